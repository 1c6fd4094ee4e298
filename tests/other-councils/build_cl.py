#!/usr/bin/env python3
"""Build the "cl-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_cl.py           build documents/cl-* and gold/cl-*.json
        build_cl.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, textwrap, datetime, copy
import docx
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

# ---------------------------------------------------------------- document 1
D1 = "cl-westmarch-health-overview-scrutiny-2025-06-12.docx"
D1_HEAD = [
    ("title", "WESTMARCH COUNTY COUNCIL"),
    ("title", "HEALTH OVERVIEW AND SCRUTINY COMMITTEE"),
    ("normal", "MINUTES of a meeting of the Health Overview and Scrutiny Committee held in the Council Chamber, County Hall, Marlow Road, Westmarch on Thursday 12 June 2025 at 10.00 am."),
    ("normal", "Present: Councillor Harriet Pennock (Chairman), Councillor Desmond Yeo (Vice-Chairman), Councillors Aled Brightwater, Fiona Castellan, Marcus Okonjo, Priya Raithatha, Gordon Tullis and Wendy Ashgrove (substitute for Councillor Rhys Lammas)."),
    ("normal", "Co-opted Member: Mrs Janet Holloway (Healthwatch Westmarch)."),
    ("normal", "In attendance: Councillor Simon Darrowby (Cabinet Member for Adult Social Care and Health); Dr Anita Sorensen (Director of Public Health); Mr Keith Langridge (Head of Dental Commissioning, Westmarch and Tarn Integrated Care Board); Ms Olwen Fairclough (Associate Director of Mental Health Transformation, Tarnside Partnership NHS Foundation Trust); Mr Paul Heseltine (Assistant Director, Commissioning and Market Shaping, Adults and Communities); Miss Laura Quenby (Democratic Services Officer)."),
]
# (title, [(kind, text)]) kind: 'p' discussion paragraph
D1_ITEMS = [
    ("Apologies and Substitutions", [
        "Apologies for absence were received from Councillor Rhys Lammas, for whom Councillor Wendy Ashgrove attended as substitute, and from Councillor Bernadette Farrow.",
    ]),
    ("Declarations of Interest", [
        "Councillor Priya Raithatha declared a personal interest in item 4 as her husband is a dentist practising in Tarnbridge under an NHS contract. Councillor Aled Brightwater declared a personal interest in item 6 as a trustee of a carers' charity which receives council funding. Neither Member considered the interest to be prejudicial and both remained for the items.",
    ]),
    ("Minutes", [
        "RESOLVED that the minutes of the meeting held on 10 April 2025 be confirmed as a correct record and signed by the Chairman.",
    ]),
    ("NHS Dentistry Recovery Plan", [
        "The Head of Dental Commissioning introduced the report, which set out the Integrated Care Board's progress against the national dental recovery plan, including the new patient premium, the mobile dental unit pilot in the Fells and the flexible commissioning scheme for urgent treatment. Since April 2024 some 14,600 additional courses of treatment had been delivered, against a target of 18,000.",
        "Councillor Fiona Castellan asked whether any practice in the north of the county was currently accepting new adult NHS patients, noting that residents in Kirkby Tarn had been told to travel more than forty miles. The Head of Dental Commissioning said that two practices in Alderholme had opened their lists to adults in May but had filled within a fortnight, and that the Board was negotiating with a third provider to take on units of dental activity handed back by a retiring dentist.",
        "Councillor Marcus Okonjo asked why the mobile dental unit was only visiting on alternate weeks when waiting lists in the Fells were the longest in the region. The Head of Dental Commissioning explained that the unit was staffed through a sessional arrangement with the dental hospital and that the limiting factor was the availability of dental nurses rather than funding; recruitment of two further nurses was under way.",
        "Mrs Janet Holloway said that Healthwatch had received over 300 contacts about dentistry in the last year, the majority from parents unable to register their children, and queried how families were told which practices had capacity. The Head of Dental Commissioning acknowledged that the online finder was often out of date and undertook to ask practices to update their status weekly.",
        "Councillor Gordon Tullis expressed concern that the flexible commissioning money would be returned to NHS England if it was not spent by March. In reply, the Head of Dental Commissioning confirmed that the ring-fenced allocation had been fully committed for 2025/26 and that underspends would be redeployed to urgent care sessions.",
        "RESOLVED that (a) the report be noted; (b) the Integrated Care Board be asked to provide a breakdown of new patient registrations by district to the October meeting; and (c) the Chairman write to the Minister on behalf of the Committee regarding reform of the national dental contract.",
    ]),
    ("Community Mental Health Transformation", [
        "The Associate Director of Mental Health Transformation gave a presentation on the roll-out of the new community mental health model across the county's six primary care network areas, which replaced the former community mental health teams with integrated hubs including voluntary sector partners.",
        "Councillor Priya Raithatha sought clarification on how many of the new mental health practitioner posts in GP surgeries were currently vacant. The Associate Director replied that 19 of the 27 funded posts were filled and that the remaining posts had been readvertised with a recruitment premium for the rural networks.",
        "Councillor Desmond Yeo asked what had been done to involve service users and carers in the design of the hubs. The Associate Director said that a lived experience panel of twelve people had co-produced the referral pathway and that a survey of 640 service users would be repeated in the autumn.",
        "Councillor Wendy Ashgrove requested that the Committee receive waiting times for psychological therapies broken down by age group, particularly for 16 to 25 year olds moving from children's services.",
        "RESOLVED that the presentation be noted and that a further update on waiting times and the transition from children's to adult services be presented to the Committee in January 2026.",
    ]),
    ("Home Care Recommissioning", [
        "The Assistant Director, Commissioning and Market Shaping, presented the proposals for recommissioning home care from April 2026 on the basis of twelve geographical zones, each with a lead provider, replacing the current framework of 41 providers. The Cabinet would take the decision in September.",
        "Councillor Aled Brightwater questioned whether a zone-based model would squeeze out smaller local agencies in favour of large national companies owned by private equity. The Assistant Director said that the tender had been designed with lots small enough for local providers and that subcontracting to other agencies would be permitted with the Council's approval.",
        "Councillor Marcus Okonjo raised concerns about the pay of care workers and asked whether the contract would require providers to pay the Real Living Wage. The Cabinet Member said that the hourly rate in the model had been set to allow providers to pay at least the Real Living Wage, and that this would be monitored through open-book accounting.",
        "Councillor Fiona Castellan asked how many people were currently waiting for a home care package after being discharged from hospital. The Assistant Director reported that 86 people were waiting, 31 of them in a short-term residential placement, and that the zone model was intended to reduce that number by guaranteeing rural coverage.",
        "RESOLVED that the Committee recommend to Cabinet that (1) the zone-based model for home care be approved subject to a minimum of three zones being reserved for providers with fewer than 250 employees; and (2) payment of the Real Living Wage be a contractual condition of every lead provider.",
    ]),
    ("Work Programme", [
        "The Democratic Services Officer presented the Committee's work programme for 2025/26.",
        "Mrs Janet Holloway asked that the Committee consider the ICB's proposals for the consolidation of stroke services at an early meeting, as public consultation was expected to begin in the summer. The Chairman agreed to discuss timing with the Board's chief executive.",
        "RESOLVED that the work programme be agreed, subject to the addition of stroke services reconfiguration and a joint session with the Children's Services Scrutiny Committee on emotional wellbeing in schools.",
    ]),
]
D1_TAIL = ["The meeting ended at 12.40 pm.", "Chairman ..............................................   Date ....................."]

GOLD1 = {
    "document": D1, "doc_type": "minutes",
    "committee": "Health Overview and Scrutiny Committee", "meeting_date": "2025-06-12",
    "items": [{"number": str(i + 1), "title": t} for i, (t, _) in enumerate(D1_ITEMS)],
    "questions": [
        {"item": "4", "kind": "question", "text": "asked whether any practice in the north of the county was currently accepting",
         "asked_by": "Councillor Fiona Castellan", "answer": "two practices in Alderholme had opened their lists to adults in May",
         "given_by": "Head of Dental Commissioning", "themes": ["primary-care"]},
        {"item": "4", "kind": "question", "text": "asked why the mobile dental unit was only visiting on alternate weeks",
         "asked_by": "Councillor Marcus Okonjo", "answer": "the limiting factor was the availability of dental nurses rather than funding",
         "given_by": "Head of Dental Commissioning", "themes": ["primary-care", "workforce"]},
        {"item": "4", "kind": "question", "text": "queried how families were told which practices had capacity",
         "asked_by": "Mrs Janet Holloway", "answer": "undertook to ask practices to update their status weekly",
         "given_by": "Head of Dental Commissioning", "themes": ["primary-care", "patient-and-public-input", "children-and-families"]},
        {"item": "4", "kind": "concern", "text": "expressed concern that the flexible commissioning money would be returned to NHS England",
         "asked_by": "Councillor Gordon Tullis", "answer": "the ring-fenced allocation had been fully committed for 2025/26",
         "given_by": "Head of Dental Commissioning", "themes": ["primary-care", "finance"]},
        {"item": "5", "kind": "question", "text": "sought clarification on how many of the new mental health practitioner posts",
         "asked_by": "Councillor Priya Raithatha", "answer": "19 of the 27 funded posts were filled",
         "given_by": "Associate Director", "themes": ["mental-health", "workforce", "primary-care"]},
        {"item": "5", "kind": "question", "text": "asked what had been done to involve service users and carers in the design",
         "asked_by": "Councillor Desmond Yeo", "answer": "a lived experience panel of twelve people had co-produced the referral pathway",
         "given_by": "Associate Director", "themes": ["mental-health", "patient-and-public-input"]},
        {"item": "5", "kind": "request", "text": "requested that the Committee receive waiting times for psychological therapies broken down by age group",
         "asked_by": "Councillor Wendy Ashgrove", "answer": None, "given_by": None,
         "themes": ["mental-health", "children-and-families"]},
        {"item": "6", "kind": "question", "text": "questioned whether a zone-based model would squeeze out smaller local agencies",
         "asked_by": "Councillor Aled Brightwater", "answer": "the tender had been designed with lots small enough for local providers",
         "given_by": "Assistant Director", "themes": ["adult-social-care", "privatisation", "subcontracting"]},
        {"item": "6", "kind": "concern", "text": "raised concerns about the pay of care workers and asked whether the contract",
         "asked_by": "Councillor Marcus Okonjo", "answer": "the hourly rate in the model had been set to allow providers",
         "given_by": "Cabinet Member", "themes": ["adult-social-care", "workforce", "subcontracting", "finance"]},
        {"item": "6", "kind": "question", "text": "asked how many people were currently waiting for a home care package",
         "asked_by": "Councillor Fiona Castellan", "answer": "86 people were waiting, 31 of them in a short-term residential placement",
         "given_by": "Assistant Director", "themes": ["adult-social-care"]},
        {"item": "7", "kind": "request", "text": "asked that the Committee consider the ICB's proposals for the consolidation of stroke services",
         "asked_by": "Mrs Janet Holloway", "answer": "The Chairman agreed to discuss timing with the Board's chief executive",
         "given_by": "Chairman", "themes": ["patient-and-public-input", "governance"]},
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes of the meeting held on 10 April 2025 be confirmed", "outcome": "agreed", "themes": []},
        {"item": "4", "text": "the Integrated Care Board be asked to provide a breakdown of new patient registrations", "outcome": "agreed", "themes": ["primary-care"]},
        {"item": "5", "text": "the presentation be noted and that a further update on waiting times", "outcome": "agreed", "themes": ["mental-health", "children-and-families"]},
        {"item": "6", "text": "the zone-based model for home care be approved subject to a minimum", "outcome": "recommended", "themes": ["adult-social-care", "subcontracting", "workforce"]},
        {"item": "7", "text": "the work programme be agreed, subject to the addition of stroke services", "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "Councillor Harriet Pennock", "role": "Chairman", "attendance": "present"},
        {"name": "Councillor Desmond Yeo", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Councillor Aled Brightwater", "role": None, "attendance": "present"},
        {"name": "Councillor Fiona Castellan", "role": None, "attendance": "present"},
        {"name": "Councillor Marcus Okonjo", "role": None, "attendance": "present"},
        {"name": "Councillor Priya Raithatha", "role": None, "attendance": "present"},
        {"name": "Councillor Gordon Tullis", "role": None, "attendance": "present"},
        {"name": "Councillor Wendy Ashgrove", "role": "substitute for Councillor Rhys Lammas", "attendance": "present"},
        {"name": "Mrs Janet Holloway", "role": "Co-opted Member (Healthwatch Westmarch)", "attendance": "present"},
        {"name": "Councillor Rhys Lammas", "role": None, "attendance": "apologies"},
        {"name": "Councillor Bernadette Farrow", "role": None, "attendance": "apologies"},
        {"name": "Councillor Simon Darrowby", "role": "Cabinet Member for Adult Social Care and Health", "attendance": "in_attendance"},
        {"name": "Dr Anita Sorensen", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Mr Keith Langridge", "role": "Head of Dental Commissioning, Westmarch and Tarn Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Ms Olwen Fairclough", "role": "Associate Director of Mental Health Transformation, Tarnside Partnership NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "Mr Paul Heseltine", "role": "Assistant Director, Commissioning and Market Shaping, Adults and Communities", "attendance": "in_attendance"},
        {"name": "Miss Laura Quenby", "role": "Democratic Services Officer", "attendance": "in_attendance"},
    ],
}


def setup_numbering(doc):
    """One multilevel list: level 0 '1.' for List Number, level 1 '1.1' for List Number 2,
    linked through the styles so paragraphs carry numPr only via their style."""
    numbering = doc.part.numbering_part.element
    aid = 90
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "multilevel"); absn.append(mlt)
    for ilvl, fmt, style, ind in ((0, "%1.", "ListNumber", 567), (1, "%1.%2", "ListNumber2", 1134)):
        lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:pStyle", style),
                         ("w:lvlText", fmt), ("w:lvlJc", "left")):
            e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
        ppr = OxmlElement("w:pPr"); ind_e = OxmlElement("w:ind")
        ind_e.set(qn("w:left"), str(ind)); ind_e.set(qn("w:hanging"), "567")
        ppr.append(ind_e); lvl.append(ppr)
        absn.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num"); num.set(qn("w:numId"), "90")
    an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), str(aid)); num.append(an)
    numbering.append(num)
    for sname, ilvl in (("List Number", 0), ("List Number 2", 1)):
        st = doc.styles[sname].element
        ppr = st.get_or_add_pPr()
        old = ppr.find(qn("w:numPr"))
        if old is not None:
            ppr.remove(old)
        numpr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl"); il.set(qn("w:val"), str(ilvl)); numpr.append(il)
        ni = OxmlElement("w:numId"); ni.set(qn("w:val"), "90"); numpr.append(ni)
        ppr.insert(0, numpr)


def build_d1(path):
    doc = docx.Document()
    doc.core_properties.created = datetime.datetime(2025, 6, 16, 9, 0, 0)
    doc.core_properties.modified = datetime.datetime(2025, 6, 16, 9, 0, 0)
    doc.core_properties.author = "Laura Quenby"
    doc.core_properties.title = "Health Overview and Scrutiny Committee - 12 June 2025 - Minutes"
    doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(11)
    setup_numbering(doc)
    sec = doc.sections[0]
    sec.footer.paragraphs[0].text = "Health Overview and Scrutiny Committee – 12 June 2025                Chairman's initials ........"
    for kind, text in D1_HEAD:
        p = doc.add_paragraph()
        r = p.add_run(text)
        if kind == "title":
            r.bold = True; p.alignment = 1
    for title, paras in D1_ITEMS:
        p = doc.add_paragraph(style="List Number")
        p.add_run(title).bold = True
        for t in paras:
            q = doc.add_paragraph(style="List Number 2")
            q.paragraph_format.alignment = 3
            if t.startswith("RESOLVED"):
                q.add_run("RESOLVED").bold = True
                q.add_run(t[len("RESOLVED"):])
            else:
                q.add_run(t)
    for t in D1_TAIL:
        doc.add_paragraph(t)
    doc.save(path)
    _fix_zip_dates(path)


def _fix_zip_dates(path):
    import zipfile, io
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2025, 6, 16, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def text_d1(path):
    d = docx.Document(path)
    return "\n".join(p.text for p in d.paragraphs)


# ---------------------------------------------------------------- document 2
D2 = "cl-calderbrook-health-adult-care-scrutiny-panel-2025-09-23.txt"
D2_INTRO = """From: Megan Stroud <megan.stroud@calderbrook.gov.uk>
To: HASC Panel Members <hasc.panel@calderbrook.gov.uk>
Cc: Scrutiny Team <scrutiny@calderbrook.gov.uk>
Date: Thu, 2 Oct 2025 16:47:12 +0100
Subject: FW: Draft minutes - HASC Scrutiny Panel 23 September
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dear all,

Apologies - the version I sent on Tuesday had the wrong attendance list.
Corrected draft below; please send any amendments by Friday 10 October.

Megan

-----Original Message-----
From: Megan Stroud
Sent: 30 September 2025 11:02
To: Scrutiny Team
Subject: Draft minutes - HASC Scrutiny Panel 23 September
"""
D2_QUOTED = ("Team - draft minutes from last Tuesday pasted below for checking before "
             "they go to the Chair. Item 5 Q&A is from my notes and the webcast, so "
             "please shout if I've misattributed anything. Hospital discharge figures "
             "checked with Jon.")
D2_BODY = [
    "CALDERBROOK METROPOLITAN BOROUGH COUNCIL",
    "HEALTH AND ADULT CARE SCRUTINY PANEL",
    "DRAFT MINUTES - Tuesday 23 September 2025, 6.00 pm, Committee Room 2, Calderbrook Town Hall",
    "",
    "Attending: Cllr Noreen Vance (Chair), Cllr Tomasz Wilk (Vice-Chair), Cllr Abigail Hurst, Cllr Ravinder Sahota, Cllr Colin Pettigrew, Cllr Louise Ambler, Cllr Declan Fenwick (sub for Cllr Shazia Malik); Mr Trevor Ollerenshaw (co-opted, Calderbrook Carers Forum). Also attending: Cllr Joan Bickerstaff (Executive Member for Adults and Wellbeing); Sasha Deering (Director of Adult Social Services); Jonathan Kellett (Head of Integrated Discharge, Calderbrook and Ryedale Hospitals NHS Trust); Dr Farah Anwar (Consultant in Public Health); Imogen Tait (Scrutiny Officer).",
    "",
    "Apologies: Cllr Shazia Malik, Cllr Peter Greaves.",
    "",
    "Item 1 - Apologies and substitutes",
    "As above.",
    "",
    "Item 2 - Declarations of interest",
    "Cllr Ambler declared a non-pecuniary interest in Item 6 as a volunteer with Calder Valley Food Bank. No other declarations.",
    "",
    "Item 3 - Minutes of the last meeting (8 July 2025)",
    "DECISION - The minutes of the meeting held on 8 July 2025 were agreed as an accurate record, subject to correcting the spelling of Cllr Sahota's name at Item 4.",
    "",
    "Item 4 - Public questions",
    "One question had been received from Ms Hilary Dunne, a resident of Low Moor, who asked (Q) why the Council had not consulted carers before closing the Brookside day centre on Mondays and Fridays; the Executive Member (A) said that the change was a temporary measure during the refurbishment and that a full consultation with families would take place before any permanent change to opening days. Ms Dunne asked a supplementary (Q) whether transport would be provided to the alternative site at Ashby Lane; the Director (A) confirmed that the Council's fleet would provide transport at no extra charge for the duration of the works.",
    "DECISION - The Panel noted the question and the responses given.",
    "",
    "Item 5 - Hospital discharge and intermediate care",
    "Jonathan Kellett presented the winter readiness report on discharge from Calderbrook General. Average delayed days per month had fallen from 1,420 to 1,105 since the discharge to assess pathway was expanded in April, but 38 patients per day on average remained medically fit but still in a bed.",
    "Cllr Vance asked (Q) why delays were worse for patients going home with care than for those moving into care homes; Mr Kellett (A) said that domiciliary care capacity in the east of the borough was the main bottleneck and that bridging visits by the reablement team were being used while packages were sourced. Cllr Pettigrew asked (Q) whether the Trust still paid for spot-purchased beds in independent care homes and at what cost; the Director (A) said that 22 interim beds were block-booked under a joint arrangement funded from the Better Care Fund at an average of 1,180 pounds per week, and that spot purchasing had largely stopped. Cllr Hurst raised (Q) the problem of patients being sent home late at night without medication; Mr Kellett (A) accepted that this had happened and said a pharmacy-led discharge lounge would open in November.",
    "Mr Ollerenshaw commented (Q) that carers were often told of a discharge only on the day, with no chance to prepare the home; the Director (A) undertook to bring the carers' discharge protocol to a future meeting. Cllr Fenwick asked (Q) how many reablement posts were vacant; the Director (A) said 14 of 62 posts were vacant, and a recruitment campaign with the Trust had started.",
    "DECISION - (1) The report be noted. (2) The Panel recommends to the Executive Member that the interim bed contract be reviewed before it is extended beyond March 2026, with a report to the Panel on outcomes and value for money. (3) The carers' discharge protocol to come to the January meeting.",
    "",
    "Item 6 - Cost of living and health inequalities",
    "Dr Anwar presented the public health annual update on the health effects of the cost of living, including rising referrals to the warm spaces network and the fall in take-up of free flu vaccination among over-65s in the most deprived wards.",
    "Cllr Sahota asked (Q) what explained the drop in flu vaccination uptake in Westgate and Harmby; Dr Anwar (A) said that the closure of two community pharmacies had reduced access and that an outreach clinic would run from the mosque and the community centre in October. Cllr Wilk asked (Q) whether the public health grant would cover the warm spaces scheme next winter; the Executive Member (A) said that the grant had been cut in real terms and that the scheme would depend on the Household Support Fund being renewed.",
    "DECISION - The Panel noted the update and asked that ward-level vaccination figures be circulated to all Members.",
    "",
    "Item 7 - Extra care housing - Greenbank Court procurement",
    "The Director reported on the procurement of the care and support contract at Greenbank Court, the borough's largest extra care scheme, where the current provider had given notice. Cllr Ambler asked (Q) whether the Council had considered bringing the service in-house rather than going out to tender again; the Director (A) said an in-house option had been costed but would need 41 staff to transfer under TUPE at higher pension costs, and officers recommended a two-year contract while an options appraisal was completed. Cllr Vance expressed concern (Q) that tenants had not been told about the change of provider; no answer was recorded as the Chair asked officers to write to tenants.",
    "DECISION - The Panel agreed to recommend to the Executive that a two-year contract be awarded and that a full options appraisal, including in-house provision, be reported to the Panel by June 2026. Cllr Ambler asked that her dissent be recorded.",
    "",
    "Item 8 - Work programme 2025/26",
    "DECISION - The work programme was agreed, with the addition of an item on GP access in the east of the borough for November.",
    "",
    "Meeting closed 8.22 pm.",
    "",
    "Imogen Tait | Scrutiny Officer | Calderbrook MBC | 01632 960 418",
]


def wrap76(line, prefix=""):
    if not line:
        return [prefix.rstrip()]
    return [prefix + l for l in textwrap.wrap(line, 76 - len(prefix), break_long_words=False,
                                              break_on_hyphens=False)]


def build_d2(path):
    out = D2_INTRO.rstrip("\n").split("\n")
    out += [""] + wrap76(D2_QUOTED, "> ")
    out += [">", "> Megan Stroud", "> Scrutiny Support Officer", ""]
    for line in D2_BODY:
        out += wrap76(line)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


GOLD2 = {
    "document": D2, "doc_type": "minutes",
    "committee": "Health and Adult Care Scrutiny Panel", "meeting_date": "2025-09-23",
    "items": [
        {"number": "1", "title": "Apologies and substitutes"},
        {"number": "2", "title": "Declarations of interest"},
        {"number": "3", "title": "Minutes of the last meeting (8 July 2025)"},
        {"number": "4", "title": "Public questions"},
        {"number": "5", "title": "Hospital discharge and intermediate care"},
        {"number": "6", "title": "Cost of living and health inequalities"},
        {"number": "7", "title": "Extra care housing - Greenbank Court procurement"},
        {"number": "8", "title": "Work programme 2025/26"},
    ],
    "questions": [
        {"item": "4", "kind": "question", "text": "why the Council had not consulted carers before closing the Brookside day centre",
         "asked_by": "Ms Hilary Dunne", "answer": "a full consultation with families would take place before any permanent change",
         "given_by": "Executive Member", "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "4", "kind": "question", "text": "whether transport would be provided to the alternative site at Ashby Lane",
         "asked_by": "Ms Dunne", "answer": "the Council's fleet would provide transport at no extra charge",
         "given_by": "Director", "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "5", "kind": "question", "text": "why delays were worse for patients going home with care than for those",
         "asked_by": "Cllr Vance", "answer": "domiciliary care capacity in the east of the borough was the main bottleneck",
         "given_by": "Mr Kellett", "themes": ["adult-social-care"]},
        {"item": "5", "kind": "question", "text": "whether the Trust still paid for spot-purchased beds in independent care homes",
         "asked_by": "Cllr Pettigrew", "answer": "22 interim beds were block-booked under a joint arrangement",
         "given_by": "Director", "themes": ["adult-social-care", "finance", "integration", "subcontracting"]},
        {"item": "5", "kind": "concern", "text": "the problem of patients being sent home late at night without medication",
         "asked_by": "Cllr Hurst", "answer": "a pharmacy-led discharge lounge would open in November",
         "given_by": "Mr Kellett", "themes": ["adult-social-care"]},
        {"item": "5", "kind": "comment", "text": "carers were often told of a discharge only on the day",
         "asked_by": "Mr Ollerenshaw", "answer": "undertook to bring the carers' discharge protocol to a future meeting",
         "given_by": "Director", "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "5", "kind": "question", "text": "how many reablement posts were vacant; the Director (A) said",
         "asked_by": "Cllr Fenwick", "answer": "14 of 62 posts were vacant, and a recruitment campaign",
         "given_by": "Director", "themes": ["adult-social-care", "workforce"]},
        {"item": "6", "kind": "question", "text": "what explained the drop in flu vaccination uptake in Westgate and Harmby",
         "asked_by": "Cllr Sahota", "answer": "the closure of two community pharmacies had reduced access",
         "given_by": "Dr Anwar", "themes": ["public-health", "primary-care"]},
        {"item": "6", "kind": "question", "text": "whether the public health grant would cover the warm spaces scheme next winter",
         "asked_by": "Cllr Wilk", "answer": "the grant had been cut in real terms and that the scheme would depend",
         "given_by": "Executive Member", "themes": ["public-health", "finance"]},
        {"item": "7", "kind": "question", "text": "whether the Council had considered bringing the service in-house rather than",
         "asked_by": "Cllr Ambler", "answer": "an in-house option had been costed but would need 41 staff to transfer",
         "given_by": "Director", "themes": ["housing", "adult-social-care", "privatisation", "subcontracting", "workforce", "finance"]},
        {"item": "7", "kind": "concern", "text": "tenants had not been told about the change of provider",
         "asked_by": "Cllr Vance", "answer": None, "given_by": None,
         "themes": ["housing", "adult-social-care", "patient-and-public-input"]},
    ],
    "resolutions": [
        {"item": "3", "text": "The minutes of the meeting held on 8 July 2025 were agreed", "outcome": "agreed", "themes": []},
        {"item": "4", "text": "The Panel noted the question and the responses given", "outcome": "noted", "themes": []},
        {"item": "5", "text": "recommends to the Executive Member that the interim bed contract be reviewed", "outcome": "recommended", "themes": ["adult-social-care", "subcontracting", "finance"]},
        {"item": "6", "text": "The Panel noted the update and asked that ward-level vaccination figures", "outcome": "noted", "themes": ["public-health"]},
        {"item": "7", "text": "recommend to the Executive that a two-year contract be awarded", "outcome": "recommended", "themes": ["housing", "adult-social-care", "subcontracting", "privatisation"]},
        {"item": "8", "text": "The work programme was agreed, with the addition of an item on GP access", "outcome": "agreed", "themes": ["primary-care"]},
    ],
    "attendees": [
        {"name": "Cllr Noreen Vance", "role": "Chair", "attendance": "present"},
        {"name": "Cllr Tomasz Wilk", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Cllr Abigail Hurst", "role": None, "attendance": "present"},
        {"name": "Cllr Ravinder Sahota", "role": None, "attendance": "present"},
        {"name": "Cllr Colin Pettigrew", "role": None, "attendance": "present"},
        {"name": "Cllr Louise Ambler", "role": None, "attendance": "present"},
        {"name": "Cllr Declan Fenwick", "role": "sub for Cllr Shazia Malik", "attendance": "present"},
        {"name": "Mr Trevor Ollerenshaw", "role": "co-opted, Calderbrook Carers Forum", "attendance": "present"},
        {"name": "Cllr Joan Bickerstaff", "role": "Executive Member for Adults and Wellbeing", "attendance": "in_attendance"},
        {"name": "Sasha Deering", "role": "Director of Adult Social Services", "attendance": "in_attendance"},
        {"name": "Jonathan Kellett", "role": "Head of Integrated Discharge, Calderbrook and Ryedale Hospitals NHS Trust", "attendance": "in_attendance"},
        {"name": "Dr Farah Anwar", "role": "Consultant in Public Health", "attendance": "in_attendance"},
        {"name": "Imogen Tait", "role": "Scrutiny Officer", "attendance": "in_attendance"},
        {"name": "Cllr Shazia Malik", "role": None, "attendance": "apologies"},
        {"name": "Cllr Peter Greaves", "role": None, "attendance": "apologies"},
    ],
}


# ---------------------------------------------------------------- check
def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def check(doc_text, gold):
    t = " " + norm(doc_text) + " "
    errs = []
    phrases = []
    for q in gold["questions"]:
        phrases.append(("question", q["text"]))
        if q["answer"]:
            phrases.append(("answer", q["answer"]))
    for r in gold["resolutions"]:
        phrases.append(("resolution", r["text"]))
    for kind, p in phrases:
        n = norm(p)
        wc = len(n.split())
        c = t.count(" " + n + " ")
        if c != 1:
            errs.append(f"{gold['document']}: {kind} occurs {c}x: {p!r}")
        if not 6 <= wc <= 15:
            errs.append(f"{gold['document']}: {kind} has {wc} words: {p!r}")
    return errs


def main():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    p1 = os.path.join(DOCS, D1); p2 = os.path.join(DOCS, D2)
    if "--check" not in sys.argv:
        build_d1(p1); build_d2(p2)
        for g in (GOLD1, GOLD2):
            with open(os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json"), "w") as f:
                json.dump(g, f, indent=2, ensure_ascii=False); f.write("\n")
    errs = check(text_d1(p1), GOLD1)
    with open(p2, encoding="utf-8") as f:
        errs += check(f.read(), GOLD2)
    for e in errs:
        print(e)
    print("check:", "FAILED" if errs else "passed")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
