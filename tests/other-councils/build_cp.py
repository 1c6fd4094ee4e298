#!/usr/bin/env python3
"""Build the "cp-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_cp.py           build documents/cp-* and gold/cp-*.json
        build_cp.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, datetime


def _fixed_zip(path, when):
    """Re-pack a saved .docx with fixed timestamps so the build is byte-for-byte repeatable."""
    import io, zipfile
    with zipfile.ZipFile(path) as src:
        entries = [(info.filename, src.read(info)) for info in src.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

# ---------------------------------------------------------------- document 1 (DOCX)
D1 = "cp-westmarch-asch-osp-2025-03-11.docx"
D1_PRESENT = ("Cllr H Marsh (Chair), Cllr P Varga (Vice-Chair), Cllr A Rahman, Cllr T Beckett, "
              "Cllr S Ohene (substitute for Cllr D Price), Cllr G Lowe, "
              "Mr C Ferris (Co-opted Member, Healthwatch Westmarch)")
D1_APOL = "Cllr D Price, Cllr N Atwal"
D1_ALSO = ("Also present: Mr J Okafor (Director of Adult Social Care and Health), "
           "Ms R Doyle (Head of Carers Services), Ms K Lindqvist (Assistant Director, "
           "Commissioning and Market Shaping), Dr S Rao (Director of Urgent and Emergency Care, "
           "NHS Westmarch and Tamside Integrated Care Board), Mr L Pryce (Strategic Finance "
           "Business Partner – Adults, Health and Housing) and Ms E Hale (Democratic Services Officer).")

D1_ITEMS = [
    ("50", "Apologies for Absence and Substitutions", [
        "Apologies for absence were received from Cllr Price and Cllr Atwal. Cllr Ohene attended as substitute for Cllr Price.",
    ]),
    ("51", "Declarations of Interest", [
        "Cllr Marsh declared a non-pecuniary interest in Minute No. 54 as a close family member receives a home care package commissioned by the Council. She remained in the meeting and took part in the item.",
    ]),
    ("52", "Minutes of the Previous Meeting", [
        "**Agreed:** That the minutes of the meeting held on 21 January 2025 be approved as a correct record and signed by the Chair.",
    ]),
    ("53", "Carers' Strategy Refresh", [
        "Mr Okafor introduced the report, which set out the draft refreshed Carers' Strategy 2025–2030 and the outcome of the eight-week engagement exercise with unpaid carers held in the autumn.",
        "**Cllr Varga** asked how many of the 1,140 carers who had completed the survey were young carers or carers from minority ethnic communities, as he was concerned the responses were not representative. **Ms Doyle (Head of Carers Services)** responded that 96 responses had come from young carers through the schools' network, but that minority ethnic carers remained under-represented and a targeted round of listening events with community organisations had been booked for May. **Cllr Rahman** queried why the number of carers' assessments completed had fallen by nearly a fifth over the last two years. **Ms Doyle** explained that the assessment team had carried three vacant posts for much of that period and that two of the posts had now been filled on permanent contracts.",
        "**Mr Ferris** requested that the strategy include a clear commitment that carers would be told the outcome of their assessment in writing within 28 days. **Mr Okafor** agreed to take the request away and said the target would be tested against current performance before the final version came back. **Cllr Beckett** sought clarification on whether the carers' breaks grant of £250 would be increased given inflation since it was last set in 2019. **Mr Pryce (Strategic Finance Business Partner)** advised that the grant was funded from the Better Care Fund and that any uplift would need to be agreed with the Integrated Care Board through the pooled budget arrangements.",
        "**Cllr Lowe** expressed concern that the proposal to move the carers' support service from the voluntary sector hub to an in-house team had not been explained to carers. **Ms Doyle** responded that no decision had been taken and that an options appraisal, including the in-house option, would be shared with the Panel before any procurement began.",
        "**Agreed:** (1) That the draft Carers' Strategy 2025–2030 be endorsed, subject to the comments made by the Panel; (2) that the Cabinet be recommended to include a 28-day written outcome standard for carers' assessments; and (3) that the options appraisal for the carers' support service be submitted to the Panel before any procurement decision.",
    ]),
    ("54", "Home Care Recommissioning", [
        "Ms Lindqvist presented the report on the recommissioning of home care from October 2025, which proposed moving from 31 spot providers to six geographical zones, each with a lead provider on a five-year contract.",
        "**Cllr Rahman** asked what would happen to people whose current care worker was employed by a provider that failed to win a zone. **Ms Lindqvist (Assistant Director, Commissioning and Market Shaping)** responded that TUPE was likely to apply to most care workers and that a transition plan would aim to keep continuity of carer wherever possible. **Cllr Ohene** asked whether the zone contracts would require providers to pay the Real Living Wage. **Ms Lindqvist** confirmed that the hourly rate had been modelled on the Real Living Wage and that payment of it would be a contractual requirement monitored quarterly.",
        "**Cllr Varga** expressed concern that large private equity backed providers could dominate the zones and squeeze out small local agencies. **Mr Okafor** replied that the lots had been sized so that small providers could bid jointly and that the evaluation gave 40 per cent weight to social value. **Cllr Beckett** asked whether the CQC ratings of bidders would be taken into account. No response was recorded as the Chair ruled that the evaluation criteria would be considered at the next meeting.",
        "**Agreed:** (1) That the proposed zonal model for home care be supported; and (2) that the Panel receive the detailed evaluation criteria, including quality and CQC rating thresholds, at its meeting on 8 April 2025.",
    ]),
    ("55", "Winter Discharge Update – NHS Westmarch and Tamside ICB", [
        "Dr Rao gave a presentation on hospital discharge performance over the winter, noting that the number of patients with no criteria to reside had fallen from 142 in December to 97 in February.",
        "**Cllr Lowe** asked why patients from the Tamside side of the area were waiting longer for a discharge to assess bed than Westmarch residents. **Dr Rao (Director of Urgent and Emergency Care)** explained that the Tamside step-down beds had been closed for six weeks because of a norovirus outbreak and that the pathway had now returned to normal. **Cllr Marsh** requested a breakdown of readmissions within 30 days for people discharged under the integrated discharge team. **Dr Rao** undertook to provide the figures to the Panel by the end of the month.",
        "**Agreed:** That the update be noted and the ICB be thanked for its attendance.",
    ]),
    ("56", "Adult Social Care Budget Monitoring – Quarter 3", [
        "Mr Pryce presented the quarter 3 position, which showed a forecast overspend of £3.4 million on the adult social care budget, mainly in residential care placements for older people.",
        "**Cllr Beckett** questioned whether the savings target for reablement of £1.1 million was still achievable this year. **Mr Pryce** responded that about £600,000 was now forecast and that the shortfall had been built into the medium-term financial plan. **Cllr Rahman** asked what use of reserves was planned to cover the overspend at year end. **Mr Okafor** said a drawdown from the social care risk reserve of up to £2 million had been approved by Cabinet in February.",
        "**Agreed:** That the forecast outturn be noted and the Panel's concern about the reablement savings shortfall be reported to Cabinet.",
    ]),
    ("57", "Work Programme 2025/26", [
        "The Panel considered its draft work programme. There was no discussion.",
        "**Agreed:** That the work programme be approved, with the addition of an item on unpaid carers' respite provision in July 2025.",
    ]),
]

D1_GOLD = {
    "document": D1, "doc_type": "minutes",
    "committee": "Adult Social Care and Health Overview and Scrutiny Panel",
    "meeting_date": "2025-03-11",
    "items": [{"number": n, "title": t} for n, t, _ in D1_ITEMS],
    "questions": [
        {"item": "53", "kind": "question", "text": "asked how many of the 1,140 carers who had completed the survey",
         "asked_by": "Cllr Varga", "answer": "a targeted round of listening events with community organisations had been booked for May",
         "given_by": "Ms Doyle (Head of Carers Services)", "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "53", "kind": "question", "text": "queried why the number of carers' assessments completed had fallen by nearly a fifth",
         "asked_by": "Cllr Rahman", "answer": "the assessment team had carried three vacant posts for much of that period",
         "given_by": "Ms Doyle", "themes": ["adult-social-care", "workforce"]},
        {"item": "53", "kind": "request", "text": "requested that the strategy include a clear commitment that carers would be told",
         "asked_by": "Mr Ferris", "answer": "the target would be tested against current performance before the final version came back",
         "given_by": "Mr Okafor", "themes": ["adult-social-care"]},
        {"item": "53", "kind": "question", "text": "whether the carers' breaks grant of £250 would be increased given inflation",
         "asked_by": "Cllr Beckett", "answer": "agreed with the Integrated Care Board through the pooled budget arrangements",
         "given_by": "Mr Pryce (Strategic Finance Business Partner)", "themes": ["adult-social-care", "finance", "integration"]},
        {"item": "53", "kind": "concern", "text": "expressed concern that the proposal to move the carers' support service",
         "asked_by": "Cllr Lowe", "answer": "an options appraisal, including the in-house option, would be shared with the Panel",
         "given_by": "Ms Doyle", "themes": ["adult-social-care", "privatisation", "subcontracting", "patient-and-public-input"]},
        {"item": "54", "kind": "question", "text": "asked what would happen to people whose current care worker was employed",
         "asked_by": "Cllr Rahman", "answer": "TUPE was likely to apply to most care workers",
         "given_by": "Ms Lindqvist (Assistant Director, Commissioning and Market Shaping)", "themes": ["adult-social-care", "subcontracting", "workforce"]},
        {"item": "54", "kind": "question", "text": "whether the zone contracts would require providers to pay the Real Living Wage",
         "asked_by": "Cllr Ohene", "answer": "payment of it would be a contractual requirement monitored quarterly",
         "given_by": "Ms Lindqvist", "themes": ["adult-social-care", "subcontracting", "workforce"]},
        {"item": "54", "kind": "concern", "text": "large private equity backed providers could dominate the zones and squeeze out",
         "asked_by": "Cllr Varga", "answer": "the lots had been sized so that small providers could bid jointly",
         "given_by": "Mr Okafor", "themes": ["adult-social-care", "privatisation", "subcontracting"]},
        {"item": "54", "kind": "question", "text": "asked whether the CQC ratings of bidders would be taken into account",
         "asked_by": "Cllr Beckett", "answer": None, "given_by": None,
         "themes": ["adult-social-care", "governance", "subcontracting"]},
        {"item": "55", "kind": "question", "text": "why patients from the Tamside side of the area were waiting longer",
         "asked_by": "Cllr Lowe", "answer": "the Tamside step-down beds had been closed for six weeks because of a norovirus outbreak",
         "given_by": "Dr Rao (Director of Urgent and Emergency Care)", "themes": ["adult-social-care", "integration"]},
        {"item": "55", "kind": "request", "text": "requested a breakdown of readmissions within 30 days for people discharged",
         "asked_by": "Cllr Marsh", "answer": "undertook to provide the figures to the Panel by the end of the month",
         "given_by": "Dr Rao", "themes": ["adult-social-care", "integration"]},
        {"item": "56", "kind": "question", "text": "questioned whether the savings target for reablement of £1.1 million was still achievable",
         "asked_by": "Cllr Beckett", "answer": "the shortfall had been built into the medium-term financial plan",
         "given_by": "Mr Pryce", "themes": ["adult-social-care", "finance"]},
        {"item": "56", "kind": "question", "text": "asked what use of reserves was planned to cover the overspend",
         "asked_by": "Cllr Rahman", "answer": "a drawdown from the social care risk reserve of up to £2 million",
         "given_by": "Mr Okafor", "themes": ["adult-social-care", "finance"]},
    ],
    "resolutions": [
        {"item": "52", "text": "the minutes of the meeting held on 21 January 2025 be approved", "outcome": "agreed", "themes": []},
        {"item": "53", "text": "That the draft Carers' Strategy 2025–2030 be endorsed, subject to the comments", "outcome": "agreed", "themes": ["adult-social-care"]},
        {"item": "54", "text": "That the proposed zonal model for home care be supported", "outcome": "agreed", "themes": ["adult-social-care", "subcontracting"]},
        {"item": "55", "text": "That the update be noted and the ICB be thanked", "outcome": "noted", "themes": ["integration"]},
        {"item": "56", "text": "That the forecast outturn be noted and the Panel's concern about the reablement", "outcome": "noted", "themes": ["adult-social-care", "finance"]},
        {"item": "57", "text": "That the work programme be approved, with the addition of an item", "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "Cllr H Marsh", "role": "Chair", "attendance": "present"},
        {"name": "Cllr P Varga", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Cllr A Rahman", "role": None, "attendance": "present"},
        {"name": "Cllr T Beckett", "role": None, "attendance": "present"},
        {"name": "Cllr S Ohene", "role": "substitute for Cllr D Price", "attendance": "present"},
        {"name": "Cllr G Lowe", "role": None, "attendance": "present"},
        {"name": "Mr C Ferris", "role": "Co-opted Member, Healthwatch Westmarch", "attendance": "present"},
        {"name": "Cllr D Price", "role": None, "attendance": "apologies"},
        {"name": "Cllr N Atwal", "role": None, "attendance": "apologies"},
        {"name": "Mr J Okafor", "role": "Director of Adult Social Care and Health", "attendance": "in_attendance"},
        {"name": "Ms R Doyle", "role": "Head of Carers Services", "attendance": "in_attendance"},
        {"name": "Ms K Lindqvist", "role": "Assistant Director, Commissioning and Market Shaping", "attendance": "in_attendance"},
        {"name": "Dr S Rao", "role": "Director of Urgent and Emergency Care, NHS Westmarch and Tamside Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Mr L Pryce", "role": "Strategic Finance Business Partner – Adults, Health and Housing", "attendance": "in_attendance"},
        {"name": "Ms E Hale", "role": "Democratic Services Officer", "attendance": "in_attendance"},
    ],
}


def add_runs(par, text):
    parts = text.split("**")
    for i, seg in enumerate(parts):
        if seg:
            r = par.add_run(seg)
            r.bold = (i % 2 == 1)


def no_borders(table):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def build_d1():
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Westmarch Council – Adult Social Care and Health Overview and Scrutiny Panel – 11 March 2025"
    fp = sec.footer.paragraphs[0]
    fp.text = "Chair's initials ………"
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph(); add_runs(p, "**WESTMARCH COUNCIL**")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph(); add_runs(p, "**ADULT SOCIAL CARE AND HEALTH OVERVIEW AND SCRUTINY PANEL**")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("Minutes of the meeting held on Tuesday 11 March 2025 at 6.30 pm in Committee Room 2, Civic Offices, Westmarch")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = doc.add_table(rows=2, cols=2)
    t.style = doc.styles["Table Grid"]
    for i, (a, b) in enumerate([("Present", D1_PRESENT), ("Apologies", D1_APOL)]):
        t.cell(i, 0).text = ""
        add_runs(t.cell(i, 0).paragraphs[0], "**" + a + "**")
        t.cell(i, 1).text = b
        t.cell(i, 0).width = Cm(3); t.cell(i, 1).width = Cm(13)
    doc.add_paragraph(D1_ALSO)
    for num, title, paras in D1_ITEMS:
        doc.add_paragraph("")
        it = doc.add_table(rows=2, cols=2)
        no_borders(it)
        for i, (a, b) in enumerate([("Minute No.", num), ("Title", title)]):
            it.cell(i, 0).text = ""
            add_runs(it.cell(i, 0).paragraphs[0], "**" + a + "**")
            it.cell(i, 1).text = ""
            add_runs(it.cell(i, 1).paragraphs[0], "**" + b + "**")
            it.cell(i, 0).width = Cm(3); it.cell(i, 1).width = Cm(13)
        for ptxt in paras:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            add_runs(p, ptxt)
    doc.add_paragraph("")
    doc.add_paragraph("The meeting closed at 8.52 pm.")
    doc.add_paragraph("Chair ……………………………………    Date ……………………")
    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.title = "Minutes – Adult Social Care and Health OSP – 11 March 2025"
    fixed = datetime.datetime(2025, 3, 14, 9, 0, 0)
    cp.created = fixed; cp.modified = fixed; cp.last_modified_by = "Democratic Services"
    cp.revision = 1
    doc.save(os.path.join(DOCS, D1))
    _fixed_zip(os.path.join(DOCS, D1), (2025, 3, 14, 9, 0, 0))


def text_d1():
    from docx import Document
    d = Document(os.path.join(DOCS, D1))
    out = []
    body = d.element.body
    for el in body.iter():
        if el.tag.endswith("}p"):
            out.append("".join(t.text or "" for t in el.iter() if t.tag.endswith("}t")))
    return "\n".join(out)


# ---------------------------------------------------------------- document 2 (TXT)
D2 = "cp-carnford-health-wellbeing-forum-2025-06-04.txt"
D2_TEXT = """CARNFORD COUNCIL

HEALTH AND WELLBEING FORUM

Notes of the Forum held on Wednesday 4 June 2025, 7.00 pm - 8.45 pm
Northside Community Centre, Albion Street, Carnford

The Health and Wellbeing Forum is an open public meeting hosted by the Council.
It is not a decision-making committee of the Council. These notes are a summary
of the discussion and are not a verbatim record.


1) WELCOME, INTRODUCTIONS AND APOLOGIES

Cllr Ruth Adeyemi (Chair of the Forum, Cabinet Member for Health and Wellbeing)
welcomed everyone. Around 30 residents attended in person and 12 online.

Forum members present:
  Cllr Ruth Adeyemi (Chair)
  Cllr James Whitlow
  Ms Patience Okonjo (Carnford Healthwatch)
  Mr Derek Slater (Carnford Carers Network)
  Rev. Alison Moss (Northside Churches Together)

Officers and partners:
  Dr Fiona Hartley, Director of Public Health
  Mr Kevin Baines, Primary Care Lead, Carnford Place, NHS Pennine Vale ICB
  Ms Lena Cho, Associate Director of Community Mental Health, Pennine Vale NHS Foundation Trust
  Mr Samuel Osei, Tobacco Control and Healthy Lifestyles Lead
  Ms Rajdeep Kaur, Community Engagement Officer (notes)

Apologies: Cllr Marion Furness; Ms Gwen Lyle (Age UK Carnford).


2) NOTES OF THE LAST FORUM (5 MARCH 2025)

The notes of the last Forum were accepted. Ms Kaur reported that all five
actions from March had been completed or were on this agenda.

Actions agreed:
  * Notes of 5 March 2025 to be published on the Forum web page as final.


3) DIRECTOR OF PUBLIC HEALTH ANNUAL REPORT 2024/25

Dr Hartley presented the headlines of her annual report, which this year
focused on the gap in healthy life expectancy between Northside and the
south of the borough, now 11.2 years for women.

Question from a member of the public (Mrs Ellis, Northside):
What is actually going to be done about the gap, rather than another report
describing it? My street has had the same problems for twenty years.

Reply (Director of Public Health):
Dr Hartley said she shared the frustration. The Council would target £1.8
million of the public health grant at Northside and Eastgate over three
years, starting with a community health worker in every GP practice there,
and progress would be reported back to the Forum every six months.

Question from a member of the public (Mr Tranter, Eastgate):
Why has the health visiting service been given to a private company, and
will residents be asked before the contract is renewed?

Reply (Director of Public Health):
The 0-19 service was run by Pennine Vale NHS Foundation Trust, not a private
company. The contract ends in March 2027 and a public consultation on the
service model would run next spring before any procurement decision.

Ms Okonjo (Carnford Healthwatch) asked that the annual report be produced in
an easy read version and in the three most spoken community languages. Dr
Hartley agreed that both versions would be produced by the end of July.

Actions agreed:
  * Easy read and translated summaries of the annual report to be produced by
    the end of July.
  * Six-monthly progress report on the Northside and Eastgate programme to
    come to the Forum.


4) STOP SMOKING AND VAPING SERVICES

Mr Osei explained that the stop smoking service had been brought back in-house
in April after the previous provider's contract ended, and that quit rates in
the first eight weeks were encouraging.

Question from a member of the public (Ms Abara, Northside):
Shops near the secondary school are selling vapes to children in uniform.
Who do we report this to and does anything ever happen?

Reply (Tobacco Control and Healthy Lifestyles Lead):
Reports should go to Trading Standards through the Council website. Twelve
test purchases had been carried out since January and two shops had been
prosecuted. Mr Osei would share the reporting link with the Forum.

Question from a member of the public (Mr Hussain, Westfield):
Will the in-house service keep the evening clinics at the leisure centre
that the old provider ran?

Reply (Tobacco Control and Healthy Lifestyles Lead):
The evening clinics would continue on Tuesdays and a Saturday clinic was
being trialled at the library from July.

Actions agreed:
  * Trading Standards reporting link and the clinic timetable to be circulated
    with these notes.


5) GP ACCESS IN NORTHSIDE

Mr Baines gave an update on the merger of the Albion Street and Millbrook
surgeries and the new telephone system.

Question from a member of the public (Mrs Ellis, Northside):
I still cannot get through at 8 o'clock in the morning. Why should older
people have to use an app to get an appointment with their own doctor?

Reply (Primary Care Lead, Carnford Place):
Nobody would be required to use the app. The new cloud telephone system had
a call-back option, and average waits at 8 am had fallen from 24 minutes to
9 minutes since April. Reception staff had been trained to book for patients
who came in person.

Question from a member of the public (Mr Pilling, Millbrook):
Is it true that the Millbrook branch surgery will close once the merger is
complete, and who decides that?

Reply (Primary Care Lead, Carnford Place):
There were no plans to close the branch surgery. Any proposal to do so would
need ICB approval and patients would be consulted through the practice's
patient participation group and a public survey.

Mr Slater (Carnford Carers Network) raised a concern that carers were not
being flagged on GP records so they could be offered flexible appointments.
Mr Baines said he would raise this with the practice managers' network.

Actions agreed:
  * ICB to bring telephone access figures for Northside practices to the next
    Forum.
  * Carers' flags on GP records to be raised with the practice managers'
    network.


6) COMMUNITY MENTAL HEALTH HUB CONSULTATION

Ms Cho outlined the proposal to bring three community mental health teams
together in a single hub at Carnford Health Village from spring 2026, and
the consultation, which closes on 31 July.

Question from a member of the public (Mr Tranter, Eastgate):
Many people in Eastgate do not drive. How will they get to the hub, which
is two buses away?

Reply (Associate Director of Community Mental Health):
Ms Cho accepted the point. Outreach clinics would remain in Eastgate two days
a week, and travel costs could be reimbursed for people on low incomes.

Question from a member of the public (Miss Dunne, Westfield):
Will the crisis line staff move to the hub too, and will there be fewer of
them?

Reply (Associate Director of Community Mental Health):
The crisis line was not part of the proposal and there would be no reduction
in crisis staff. Two additional mental health nurses had been recruited in May.

Actions agreed:
  * Consultation materials and the online survey link to be sent to all Forum
    members for circulation.


7) ANY OTHER BUSINESS AND NEXT FORUM

Rev. Moss thanked officers for attending. The next Forum will be held on
Wednesday 3 September 2025 at Eastgate Library.

Notes taken by Rajdeep Kaur, Community Engagement Officer.
"""

D2_GOLD = {
    "document": D2, "doc_type": "minutes",
    "committee": "Health and Wellbeing Forum",
    "meeting_date": "2025-06-04",
    "items": [
        {"number": "1", "title": "WELCOME, INTRODUCTIONS AND APOLOGIES"},
        {"number": "2", "title": "NOTES OF THE LAST FORUM (5 MARCH 2025)"},
        {"number": "3", "title": "DIRECTOR OF PUBLIC HEALTH ANNUAL REPORT 2024/25"},
        {"number": "4", "title": "STOP SMOKING AND VAPING SERVICES"},
        {"number": "5", "title": "GP ACCESS IN NORTHSIDE"},
        {"number": "6", "title": "COMMUNITY MENTAL HEALTH HUB CONSULTATION"},
        {"number": "7", "title": "ANY OTHER BUSINESS AND NEXT FORUM"},
    ],
    "questions": [
        {"item": "3", "kind": "question", "text": "What is actually going to be done about the gap",
         "asked_by": "Mrs Ellis, Northside", "answer": "target £1.8 million of the public health grant at Northside and Eastgate",
         "given_by": "Director of Public Health", "themes": ["public-health", "finance"]},
        {"item": "3", "kind": "question", "text": "Why has the health visiting service been given to a private company",
         "asked_by": "Mr Tranter, Eastgate", "answer": "a public consultation on the service model would run next spring",
         "given_by": "Director of Public Health", "themes": ["public-health", "privatisation", "subcontracting", "patient-and-public-input", "children-and-families"]},
        {"item": "3", "kind": "request", "text": "asked that the annual report be produced in an easy read version",
         "asked_by": "Ms Okonjo (Carnford Healthwatch)", "answer": "agreed that both versions would be produced by the end of July",
         "given_by": "Dr Hartley", "themes": ["public-health"]},
        {"item": "4", "kind": "question", "text": "Shops near the secondary school are selling vapes to children in uniform",
         "asked_by": "Ms Abara, Northside", "answer": "Twelve test purchases had been carried out since January",
         "given_by": "Tobacco Control and Healthy Lifestyles Lead", "themes": ["public-health", "children-and-families"]},
        {"item": "4", "kind": "question", "text": "Will the in-house service keep the evening clinics at the leisure centre",
         "asked_by": "Mr Hussain, Westfield", "answer": "a Saturday clinic was being trialled at the library from July",
         "given_by": "Tobacco Control and Healthy Lifestyles Lead", "themes": ["public-health", "privatisation"]},
        {"item": "5", "kind": "question", "text": "Why should older people have to use an app to get an appointment",
         "asked_by": "Mrs Ellis, Northside", "answer": "average waits at 8 am had fallen from 24 minutes to 9 minutes",
         "given_by": "Primary Care Lead, Carnford Place", "themes": ["primary-care"]},
        {"item": "5", "kind": "question", "text": "Is it true that the Millbrook branch surgery will close",
         "asked_by": "Mr Pilling, Millbrook", "answer": "There were no plans to close the branch surgery",
         "given_by": "Primary Care Lead, Carnford Place", "themes": ["primary-care", "patient-and-public-input", "governance"]},
        {"item": "5", "kind": "concern", "text": "raised a concern that carers were not being flagged on GP records",
         "asked_by": "Mr Slater (Carnford Carers Network)", "answer": "he would raise this with the practice managers' network",
         "given_by": "Mr Baines", "themes": ["primary-care", "adult-social-care"]},
        {"item": "6", "kind": "question", "text": "How will they get to the hub, which is two buses away",
         "asked_by": "Mr Tranter, Eastgate", "answer": "Outreach clinics would remain in Eastgate two days a week",
         "given_by": "Associate Director of Community Mental Health", "themes": ["mental-health"]},
        {"item": "6", "kind": "question", "text": "Will the crisis line staff move to the hub too",
         "asked_by": "Miss Dunne, Westfield", "answer": "there would be no reduction in crisis staff",
         "given_by": "Associate Director of Community Mental Health", "themes": ["mental-health", "workforce"]},
    ],
    "resolutions": [
        {"item": "2", "text": "Notes of 5 March 2025 to be published on the Forum web page", "outcome": "agreed", "themes": []},
        {"item": "3", "text": "Easy read and translated summaries of the annual report to be produced", "outcome": "agreed", "themes": ["public-health"]},
        {"item": "4", "text": "Trading Standards reporting link and the clinic timetable to be circulated", "outcome": "agreed", "themes": ["public-health"]},
        {"item": "5", "text": "ICB to bring telephone access figures for Northside practices", "outcome": "agreed", "themes": ["primary-care"]},
        {"item": "6", "text": "Consultation materials and the online survey link to be sent", "outcome": "agreed", "themes": ["mental-health", "patient-and-public-input"]},
    ],
    "attendees": [
        {"name": "Cllr Ruth Adeyemi", "role": "Chair", "attendance": "present"},
        {"name": "Cllr James Whitlow", "role": None, "attendance": "present"},
        {"name": "Ms Patience Okonjo", "role": "Carnford Healthwatch", "attendance": "present"},
        {"name": "Mr Derek Slater", "role": "Carnford Carers Network", "attendance": "present"},
        {"name": "Rev. Alison Moss", "role": "Northside Churches Together", "attendance": "present"},
        {"name": "Dr Fiona Hartley", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Mr Kevin Baines", "role": "Primary Care Lead, Carnford Place, NHS Pennine Vale ICB", "attendance": "in_attendance"},
        {"name": "Ms Lena Cho", "role": "Associate Director of Community Mental Health, Pennine Vale NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "Mr Samuel Osei", "role": "Tobacco Control and Healthy Lifestyles Lead", "attendance": "in_attendance"},
        {"name": "Ms Rajdeep Kaur", "role": "Community Engagement Officer", "attendance": "in_attendance"},
        {"name": "Cllr Marion Furness", "role": None, "attendance": "apologies"},
        {"name": "Ms Gwen Lyle", "role": "Age UK Carnford", "attendance": "apologies"},
    ],
}


def build_d2():
    with open(os.path.join(DOCS, D2), "w", encoding="utf-8", newline="\n") as f:
        f.write(D2_TEXT)


# ---------------------------------------------------------------- check
def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w£]+", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def check_one(text, gold):
    bad = []
    t = norm(text)
    phrases = []
    for q in gold["questions"]:
        phrases.append(("question", q["text"]))
        if q["answer"]:
            phrases.append(("answer", q["answer"]))
    for r in gold["resolutions"]:
        phrases.append(("resolution", r["text"]))
    for kind, p in phrases:
        n = len(p.split())
        c = t.count(norm(p))
        if c != 1:
            bad.append(f"{gold['document']}: {kind} found {c}x: {p!r}")
        if not 6 <= n <= 15:
            bad.append(f"{gold['document']}: {kind} has {n} words: {p!r}")
    return bad


def main():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    if "--check" not in sys.argv:
        build_d1(); build_d2()
        for g in (D1_GOLD, D2_GOLD):
            name = os.path.splitext(g["document"])[0] + ".json"
            with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
                json.dump(g, f, indent=2, ensure_ascii=False); f.write("\n")
    bad = check_one(text_d1(), D1_GOLD)
    bad += check_one(open(os.path.join(DOCS, D2), encoding="utf-8").read(), D2_GOLD)
    for b in bad:
        print("FAIL", b)
    for g in (D1_GOLD, D2_GOLD):
        print(g["document"], len(g["items"]), "items", len(g["questions"]), "questions",
              len(g["resolutions"]), "resolutions", len(g["attendees"]), "attendees")
    print("check passed" if not bad else "check FAILED")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
