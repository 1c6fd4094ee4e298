#!/usr/bin/env python3
"""Build the "an-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_an.py          build documents and gold
        build_an.py --check  verify every gold phrase occurs verbatim and uniquely
All people, councils, places and figures are invented.
"""
import json, os, re, sys, textwrap, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents"); GOLD = os.path.join(HERE, "gold")

# ---------------------------------------------------------------- document 1 (docx)
D1 = "an-wrenfield-asc-panel-2025-10-14.docx"
ATT1 = [
 ("Present", "Councillors Margaret Ellery (Chair), Tom Haskins (Vice-Chair), Farida Hussain, Paul Oduya, Jean Whitlock and Graham Lacey (substitute for Councillor Noreen Platt)."),
 ("Co-opted Member", "Mrs Dawn Fairbairn (Healthwatch Wrenfield, non-voting)."),
 ("Also present", "Councillor Susan Medlicott (Cabinet Member for Adult Social Care and Public Health)."),
 ("Officers", "Helen Carradine (Director of Adult Social Services), Martin Yeo (Head of Commissioning and Market Development (Adults)), Priya Shah (Principal Workforce Development Manager), Kate Brennan (Democratic Services Officer)."),
 ("External", "Dr Alan Pearce (Director of Urgent Care and Flow, Mid-Wessex Integrated Care Board)."),
 ("Apologies", "Councillor Noreen Platt."),
]
# items: (num, title, paragraphs) ; paragraph tuples: ("p", text) or ("dec", lead, [clauses])
ITEMS1 = [
 ("21", "Apologies for absence and substitutions", [
  ("p", "Apologies for absence were received from Councillor Noreen Platt. Councillor Graham Lacey attended as her substitute.")]),
 ("22", "Declarations of interest", [
  ("p", "Councillor Jean Whitlock declared a non-registrable interest in Minute 24 as her mother receives a package of home care from one of the framework providers. She remained in the meeting and took part in the discussion.")]),
 ("23", "Minutes", [
  ("dec", "RESOLVED that the minutes of the meeting held on 2 September 2025 be confirmed as a correct record and signed by the Chair.", [])]),
 ("24", "Recommissioning of Home Care (Domiciliary Care) Services", [
  ("p", "The Head of Commissioning and Market Development (Adults) presented the report, which set out progress on the recommissioning of home care services ahead of the expiry of the current framework on 31 March 2026. The new model would divide the borough into six geographical zones, each with a lead provider and a small number of framework providers."),
  ("p", "Councillor Hussain asked why the number of approved providers had fallen from 31 to 19 since 2023. The Head of Commissioning said that several smaller agencies had left the market or been bought by larger groups, and that the zonal model was intended to give the remaining providers enough guaranteed hours to plan their rotas."),
  ("p", "Councillor Oduya expressed concern that the lead provider arrangement would hand most of the borough's home care to two or three national companies, and asked what safeguards would prevent a provider withdrawing mid-contract. In reply, the Director of Adult Social Services stated that every lead provider would be required to hold a business continuity plan and that an in-house emergency response team of twelve care workers would be retained as a provider of last resort."),
  ("p", "Mrs Fairbairn (Healthwatch) reported that people using the service had repeatedly told Healthwatch that visit times were unreliable, and requested that the specification include a measure of punctuality reported to the Panel. The Head of Commissioning agreed to include electronic call monitoring data in the quarterly contract performance report."),
  ("p", "The Vice-Chair queried whether the proposed hourly rate of £24.60 was sufficient to pay care workers the Real Living Wage as well as travel time. The Director of Adult Social Services acknowledged that the rate was tight and explained that it had been set using the fair cost of care exercise uplifted for inflation; the Cabinet Member added that the budget for 2026/27 included provision for a further uplift."),
  ("dec", "The Panel AGREED:", [
   "(a) to note the progress of the home care recommissioning programme;",
   "(b) that the Head of Commissioning report punctuality and missed visit data to the Panel each quarter once the new contracts begin; and",
   "(c) to ask the Cabinet Member to publish the rate-setting methodology before the tender is advertised."])]),
 ("25", "Adult Social Care Workforce Strategy 2025–2028", [
  ("p", "The Principal Workforce Development Manager introduced the draft strategy. Vacancy rates across the independent care sector in the borough stood at 11.2 per cent, with turnover of 29 per cent, and the Council's own social work team was carrying seven vacant posts covered by agency staff."),
  ("p", "Councillor Whitlock asked how much was being spent on agency social workers this year. The Director of Adult Social Services advised that agency spend was forecast at £1.4 million, about £600,000 more than budgeted, and that a new grow-your-own social work apprenticeship scheme was expected to reduce this from 2027."),
  ("p", "Councillor Lacey sought clarification on the reliance on international recruitment, given recent changes to the health and care worker visa. The Principal Workforce Development Manager confirmed that around a third of new starters in 2024 had been recruited from overseas and that the Council was working with providers to support sponsored workers whose employers had lost their licences."),
  ("p", "The Chair commented that the strategy said very little about the pay and conditions of care workers employed by contracted providers, and suggested that the Council should consider adopting the Unison Ethical Care Charter. No response was recorded."),
  ("dec", "RECOMMENDED to Cabinet that:", [
   "(1) the Adult Social Care Workforce Strategy 2025–2028 be endorsed, subject to an additional section on pay and conditions in commissioned services; and",
   "(2) the Council consider signing up to the Ethical Care Charter as part of the home care recommissioning."])]),
 ("26", "Hospital Discharge and Winter Planning – Integrated Care Board Update", [
  ("p", "Dr Pearce gave a presentation on the winter plan for Wrenfield General Hospital and the Better Care Fund discharge schemes. On an average day in September, 47 patients at the hospital had no criteria to reside."),
  ("p", "Councillor Haskins asked why the number of people waiting in hospital for a care package had risen since the spring. Dr Pearce explained that the main cause was a shortage of bridging care in the north of the borough, and that the ICB had commissioned an additional 400 hours a week of discharge to assess capacity from November."),
  ("p", "Councillor Hussain questioned whether the closure of the step-down beds at Elmhurst Lodge had contributed to delays. In response, the Director of Adult Social Services said that the beds had been replaced by reablement at home, which evidence showed produced better outcomes, but undertook to provide the Panel with readmission figures."),
  ("dec", "RESOLVED that the update be noted and the ICB be invited to present an evaluation of the winter schemes in March 2026.", [])]),
 ("27", "Carers' Strategy – Outcome of Consultation", [
  ("p", "The Director of Adult Social Services presented the outcome of the twelve-week consultation on the refreshed carers' strategy, which had received 612 survey responses and included six drop-in sessions at libraries."),
  ("p", "Councillor Oduya asked how many of the respondents were young carers. The Director stated that only 38 responses had come from carers under 25 and that a separate engagement exercise was being arranged with schools in the new year."),
  ("p", "The Vice-Chair raised concerns that the proposed replacement of the carers' breaks grant with a direct payment would disadvantage carers who did not want to manage a budget. The Cabinet Member explained that carers would be able to choose a managed account instead and that no carer would receive less support than at present."),
  ("dec", "RESOLVED – That the Panel:", [
   "(i) welcomes the level of response to the consultation;",
   "(ii) supports the refreshed carers' strategy for approval by Cabinet; and",
   "(iii) asks that the results of the young carers' engagement be brought back to the Panel in 2026."])]),
 ("28", "Work Programme 2025/26", [
  ("p", "The Democratic Services Officer presented the work programme. Members suggested that an item on the Care Quality Commission's assessment of the Council's adult social care duties be added for January."),
  ("dec", "RESOLVED that the work programme be approved, subject to the addition of the CQC local authority assessment item at the January meeting.", [])]),
]

def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]; hp.text = "Wrenfield Borough Council – Adult Social Care and Health Scrutiny Panel – 14 October 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT; hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]; fp.text = "Chair's initials ……………\t\tPANEL 14.10.25"
    fp.runs[0].font.size = Pt(8)
    cp = doc.core_properties
    cp.author = "Democratic Services"; cp.title = "Minutes ASC&H Scrutiny Panel 14.10.25"
    cp.created = cp.modified = datetime.datetime(2025, 10, 20, 9, 0, 0)
    cp.last_modified_by = "kbrennan"; cp.revision = 3
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("WRENFIELD BOROUGH COUNCIL"); r.bold = True; r.font.size = Pt(14)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("ADULT SOCIAL CARE AND HEALTH SCRUTINY PANEL"); r.bold = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("MINUTES of the meeting of the Adult Social Care and Health Scrutiny Panel held in Committee Room 2, Civic Offices, Market Street, Wrenfield on Tuesday 14 October 2025 at 6.30 pm")
    for label, text in ATT1:
        p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(3.5)
        p.paragraph_format.first_line_indent = Cm(-3.5)
        r = p.add_run(label + ":"); r.bold = True
        p.add_run("\t" + text)
    for num, title, paras in ITEMS1:
        p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.left_indent = Cm(1.5); p.paragraph_format.first_line_indent = Cm(-1.5)
        r = p.add_run(num + "\t" + title.upper()); r.bold = True; r.underline = True
        for para in paras:
            if para[0] == "p":
                q = doc.add_paragraph(para[1]); q.paragraph_format.left_indent = Cm(1.5)
                q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            else:
                q = doc.add_paragraph(); q.paragraph_format.left_indent = Cm(1.5)
                lead = para[1]
                m = re.match(r"(RESOLVED|RECOMMENDED|NOTED|The Panel AGREED)(.*)", lead, re.S)
                r = q.add_run(m.group(1)); r.bold = True; q.add_run(m.group(2))
                for c in para[2]:
                    cc = doc.add_paragraph(c); cc.paragraph_format.left_indent = Cm(2.5)
                    cc.paragraph_format.first_line_indent = Cm(-1.0)
    p = doc.add_paragraph("The meeting ended at 8.52 pm."); p.paragraph_format.space_before = Pt(18)
    doc.add_paragraph("CHAIR")
    doc.save(path)
    import zipfile, io
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2025, 10, 20, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())

def docx_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return "\n".join(parts)

G1 = {
 "document": D1, "doc_type": "minutes", "committee": "Adult Social Care and Health Scrutiny Panel",
 "meeting_date": "2025-10-14",
 "items": [{"number": n, "title": t} for n, t, _ in ITEMS1],
 "questions": [
  {"item": "24", "kind": "question", "text": "asked why the number of approved providers had fallen from 31 to 19",
   "asked_by": "Councillor Hussain", "answer": "several smaller agencies had left the market or been bought by larger groups",
   "given_by": "Head of Commissioning", "themes": ["subcontracting", "adult-social-care"]},
  {"item": "24", "kind": "concern", "text": "expressed concern that the lead provider arrangement would hand most of the borough's home care",
   "asked_by": "Councillor Oduya", "answer": "every lead provider would be required to hold a business continuity plan",
   "given_by": "Director of Adult Social Services", "themes": ["privatisation", "subcontracting", "adult-social-care"]},
  {"item": "24", "kind": "request", "text": "requested that the specification include a measure of punctuality reported to the Panel",
   "asked_by": "Mrs Fairbairn (Healthwatch)", "answer": "agreed to include electronic call monitoring data in the quarterly contract performance report",
   "given_by": "Head of Commissioning", "themes": ["patient-and-public-input", "subcontracting", "adult-social-care"]},
  {"item": "24", "kind": "question", "text": "queried whether the proposed hourly rate of £24.60 was sufficient to pay care workers",
   "asked_by": "The Vice-Chair", "answer": "it had been set using the fair cost of care exercise uplifted for inflation",
   "given_by": "Director of Adult Social Services", "themes": ["finance", "workforce", "adult-social-care"]},
  {"item": "25", "kind": "question", "text": "asked how much was being spent on agency social workers this year",
   "asked_by": "Councillor Whitlock", "answer": "agency spend was forecast at £1.4 million, about £600,000 more than budgeted",
   "given_by": "Director of Adult Social Services", "themes": ["workforce", "finance", "adult-social-care"]},
  {"item": "25", "kind": "question", "text": "sought clarification on the reliance on international recruitment, given recent changes",
   "asked_by": "Councillor Lacey", "answer": "around a third of new starters in 2024 had been recruited from overseas",
   "given_by": "Principal Workforce Development Manager", "themes": ["workforce", "adult-social-care"]},
  {"item": "25", "kind": "comment", "text": "commented that the strategy said very little about the pay and conditions",
   "asked_by": "The Chair", "answer": None, "given_by": None, "themes": ["workforce", "subcontracting", "adult-social-care"]},
  {"item": "26", "kind": "question", "text": "asked why the number of people waiting in hospital for a care package",
   "asked_by": "Councillor Haskins", "answer": "the main cause was a shortage of bridging care in the north of the borough",
   "given_by": "Dr Pearce", "themes": ["adult-social-care", "integration"]},
  {"item": "26", "kind": "question", "text": "questioned whether the closure of the step-down beds at Elmhurst Lodge had contributed",
   "asked_by": "Councillor Hussain", "answer": "the beds had been replaced by reablement at home, which evidence showed",
   "given_by": "Director of Adult Social Services", "themes": ["adult-social-care", "integration"]},
  {"item": "27", "kind": "question", "text": "asked how many of the respondents were young carers",
   "asked_by": "Councillor Oduya", "answer": "only 38 responses had come from carers under 25",
   "given_by": "Director of Adult Social Services", "themes": ["patient-and-public-input", "adult-social-care", "children-and-families"]},
  {"item": "27", "kind": "concern", "text": "replacement of the carers' breaks grant with a direct payment would disadvantage carers",
   "asked_by": "The Vice-Chair", "answer": "carers would be able to choose a managed account instead",
   "given_by": "Cabinet Member", "themes": ["finance", "adult-social-care"]},
 ],
 "resolutions": [
  {"item": "23", "text": "the minutes of the meeting held on 2 September 2025 be confirmed", "outcome": "agreed", "themes": []},
  {"item": "24", "text": "to note the progress of the home care recommissioning programme", "outcome": "agreed", "themes": ["subcontracting", "adult-social-care"]},
  {"item": "25", "text": "the Adult Social Care Workforce Strategy 2025–2028 be endorsed, subject to an additional section", "outcome": "recommended", "themes": ["workforce", "adult-social-care"]},
  {"item": "26", "text": "the update be noted and the ICB be invited to present an evaluation", "outcome": "noted", "themes": ["integration"]},
  {"item": "27", "text": "welcomes the level of response to the consultation", "outcome": "agreed", "themes": ["patient-and-public-input", "adult-social-care"]},
  {"item": "28", "text": "the work programme be approved, subject to the addition of the CQC", "outcome": "agreed", "themes": ["governance"]},
 ],
 "attendees": [
  {"name": "Margaret Ellery", "role": "Chair", "attendance": "present"},
  {"name": "Tom Haskins", "role": "Vice-Chair", "attendance": "present"},
  {"name": "Farida Hussain", "role": None, "attendance": "present"},
  {"name": "Paul Oduya", "role": None, "attendance": "present"},
  {"name": "Jean Whitlock", "role": None, "attendance": "present"},
  {"name": "Graham Lacey", "role": "substitute for Councillor Noreen Platt", "attendance": "present"},
  {"name": "Mrs Dawn Fairbairn", "role": "Co-opted Member (Healthwatch Wrenfield, non-voting)", "attendance": "present"},
  {"name": "Councillor Susan Medlicott", "role": "Cabinet Member for Adult Social Care and Public Health", "attendance": "in_attendance"},
  {"name": "Helen Carradine", "role": "Director of Adult Social Services", "attendance": "in_attendance"},
  {"name": "Martin Yeo", "role": "Head of Commissioning and Market Development (Adults)", "attendance": "in_attendance"},
  {"name": "Priya Shah", "role": "Principal Workforce Development Manager", "attendance": "in_attendance"},
  {"name": "Kate Brennan", "role": "Democratic Services Officer", "attendance": "in_attendance"},
  {"name": "Dr Alan Pearce", "role": "Director of Urgent Care and Flow, Mid-Wessex Integrated Care Board", "attendance": "in_attendance"},
  {"name": "Councillor Noreen Platt", "role": None, "attendance": "apologies"},
 ],
}

# ---------------------------------------------------------------- document 2 (txt)
D2 = "an-castlebury-osc-2025-12-03.txt"
HEAD2 = """                    CASTLEBURY DISTRICT COUNCIL

                 OVERVIEW AND SCRUTINY COMMITTEE

     Minutes of a Meeting of the Overview and Scrutiny Committee
     held in the Council Chamber, Castle House, Bridge Road,
     Castlebury on Wednesday, 3rd December, 2025 at 7.00 p.m.

PRESENT:  Councillor R.J. Dunmore (Chairman)
          Councillor Mrs A.M. Bexley (Vice-Chairman)
          Councillors K. Arkwright, D.P. Collinge, Mrs S. Fenn,
          B. Gatward, H. Okonjo and T.W. Rudd

Substitute Member present:
          Councillor L. Maynard (in place of Councillor J. Seddon)

Also in attendance:
          Councillor P. Quayle - Executive Member for Housing and
          Communities

Officers present:
          Mrs C. Thwaite  - Strategic Director (Place and Communities)
          Mr N. Abbas     - Housing Options and Homelessness Manager
          Ms R. Fox       - Leisure and Cultural Services Contracts
                            Officer
          Mr G. Lowe      - Chief Finance Officer (Section 151
                            Officer)
          Miss E. Marsh   - Committee Administrator

Also present:
          Ms J. Kerrigan  - Head of Primary Care Commissioning, East
                            Downs Integrated Care Board
"""
MIN2 = [
 ("54", "APOLOGIES FOR ABSENCE", [
  "Apologies for absence were received from Councillor J. Seddon (Councillor L. Maynard substituting)."]),
 ("55", "DECLARATIONS OF INTEREST", [
  "Councillor Mrs S. Fenn declared an other registrable interest in Minute No. 59 as a trustee of the Castlebury Swimming Club, which hires pool time at the Riverside Leisure Centre. Councillor Fenn remained in the meeting but did not vote on that item.",
  "No other declarations were made."]),
 ("56", "MINUTES", [
  "The Minutes of the Meeting of the Committee held on 1st October, 2025 were submitted.",
  "RESOLVED: That the Minutes of the Meeting held on 1st October, 2025 be approved as a correct record and signed by the Chairman."]),
 ("57", "PUBLIC PARTICIPATION", [
  "Mr J. Tolley, a resident of Ashby Road, had given notice of a question. Mr Tolley asked how many families with children had been placed in bed and breakfast outside the district for longer than six weeks. The Chairman replied that, as at 30th November, four families had been in bed and breakfast for more than six weeks and that all four were expected to move into self-contained accommodation before Christmas. Mr Tolley thanked the Chairman for the answer."]),
 ("58", "HOMELESSNESS AND TEMPORARY ACCOMMODATION - SIX MONTH REVIEW", [
  "The Committee considered Report No. OS/25/19 of the Housing Options and Homelessness Manager reviewing the operation of the Council's homelessness service and the use of temporary accommodation since April. The number of households in temporary accommodation had risen from 61 to 88 and net spend was projected to exceed the budget by £310,000.",
  "In answer to Councillor Arkwright, the Housing Options and Homelessness Manager stated that the principal reason for the increase was the ending of assured shorthold tenancies by private landlords leaving the market. Councillor Collinge enquired why the Council was leasing units from a private company at nightly rates rather than buying its own stock, and was advised by the Strategic Director (Place and Communities) that a business case for purchasing up to twenty homes using right to buy receipts would be presented to the Executive in February. Councillor Okonjo expressed concern at the number of 16 and 17 year olds presenting as homeless and asked whether joint assessments with the County Council's children's services were taking place; the Manager confirmed that a joint protocol had been agreed in September but that it was not yet consistently applied.",
  "Councillor Mrs Bexley asked that the Committee receive a breakdown of the length of stay in temporary accommodation by household type. The Housing Options and Homelessness Manager undertook to circulate this to Members.",
  "It was moved by Councillor Collinge, seconded by Councillor Rudd, and",
  "RESOLVED: That the Executive be RECOMMENDED to (a) approve in principle the purchase of properties for use as temporary accommodation, subject to a business case; and (b) request a progress report on the joint protocol for homeless 16 and 17 year olds within six months."]),
 ("59", "RIVERSIDE LEISURE CENTRE - MANAGEMENT CONTRACT", [
  "The Leisure and Cultural Services Contracts Officer presented Report No. OS/25/20 on options for the management of the Riverside Leisure Centre when the current contract with Active Lifestyles Ltd expires in July 2026. The options were a re-tender, a transfer to a not-for-profit leisure trust or bringing the service back in-house.",
  "Councillor Gatward questioned whether the operator had met its contractual targets for participation by older people and people on low incomes, and was informed by the Contracts Officer that two of the five targets had been met and that a performance deduction had been applied in 2024/25. Councillor Maynard asked what the VAT and business rates savings of a trust model would be; the Chief Finance Officer advised that the estimated saving was £185,000 a year, but that the Council would lose direct control over pricing. Councillor Rudd said that he believed the centre should be run by the Council rather than a private company and asked that the in-house option be fully costed; no response was recorded at the meeting.",
  "RESOLVED: That the Executive be advised that this Committee favours a full appraisal of the in-house option alongside the trust model before any decision to re-tender is taken.",
  "(Councillor Mrs Fenn did not vote on this item.)"]),
 ("60", "REVENUE BUDGET MONITORING - QUARTER 2, 2025/26", [
  "The Chief Finance Officer presented the Quarter 2 monitoring report showing a forecast overspend of £420,000 on the General Fund, largely attributable to temporary accommodation and reduced car parking income.",
  "Councillor Okonjo sought assurance that the overspend would not require the use of the general reserve. The Chief Finance Officer replied that it would be contained within the earmarked homelessness reserve and in-year vacancy savings, although the reserve would then be largely exhausted.",
  "RESOLVED: That the Quarter 2 revenue budget monitoring position be noted."]),
 ("61", "ACCESS TO NHS DENTISTRY AND GP SERVICES", [
  "Ms Kerrigan of the East Downs Integrated Care Board attended to report on access to primary care in the district. No NHS dental practice in Castlebury was currently accepting new adult patients.",
  "Councillor Dunmore asked what action the ICB was taking to attract dentists to the district, and Ms Kerrigan explained that the ICB had commissioned two urgent dental access centres and was offering a golden hello of £20,000 for dentists taking on NHS lists in rural areas. Councillor Mrs Bexley raised concerns about the closure of the Millbrook branch surgery and the lack of consultation with patients before the decision was taken. Ms Kerrigan acknowledged that the engagement had been insufficient and undertook to hold a public meeting in Millbrook in January.",
  "RESOLVED: That (1) the report be noted; and (2) the Committee write to the ICB asking that the Millbrook branch surgery be retained until a full public consultation has been completed."]),
]
FOOT2 = "Chairman's initials ........"

def wrap(text, indent=7, width=72):
    return textwrap.fill(text, width=width, initial_indent=" " * indent, subsequent_indent=" " * indent,
                         break_long_words=False, break_on_hyphens=False)

def build_txt(path):
    lines = HEAD2.splitlines()
    for num, title, paras in MIN2:
        lines += ["", f"{num}.    {title}"]
        for para in paras:
            lines += [""] + wrap(para).splitlines()
    lines += ["", "", "       The meeting closed at 9.14 p.m.", "", "", "                                              CHAIRMAN"]
    # paginate: 54 lines a page, header/footer on each
    pages, out = [lines[i:i + 50] for i in range(0, len(lines), 50)], []
    for n, pg in enumerate(pages, 1):
        out += [f"Overview and Scrutiny Committee - 3.12.25                      Page {n}", ""]
        out += pg + ["", f"{FOOT2}".rjust(72), "\f"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip("\f\n") + "\n")

G2 = {
 "document": D2, "doc_type": "minutes", "committee": "Overview and Scrutiny Committee",
 "meeting_date": "2025-12-03",
 "items": [{"number": n, "title": t} for n, t, _ in MIN2],
 "questions": [
  {"item": "57", "kind": "question", "text": "asked how many families with children had been placed in bed and breakfast",
   "asked_by": "Mr J. Tolley", "answer": "four families had been in bed and breakfast for more than six weeks",
   "given_by": "The Chairman", "themes": ["housing", "children-and-families", "patient-and-public-input"]},
  {"item": "58", "kind": "question", "text": "In answer to Councillor Arkwright, the Housing Options and Homelessness Manager stated",
   "asked_by": "Councillor Arkwright", "answer": "the principal reason for the increase was the ending of assured shorthold tenancies",
   "given_by": "Housing Options and Homelessness Manager", "themes": ["housing"]},
  {"item": "58", "kind": "question", "text": "enquired why the Council was leasing units from a private company at nightly rates",
   "asked_by": "Councillor Collinge", "answer": "a business case for purchasing up to twenty homes using right to buy receipts",
   "given_by": "Strategic Director (Place and Communities)", "themes": ["housing", "finance", "privatisation"]},
  {"item": "58", "kind": "concern", "text": "expressed concern at the number of 16 and 17 year olds presenting as homeless",
   "asked_by": "Councillor Okonjo", "answer": "a joint protocol had been agreed in September but that it was not",
   "given_by": "Housing Options and Homelessness Manager", "themes": ["housing", "children-and-families"]},
  {"item": "58", "kind": "request", "text": "asked that the Committee receive a breakdown of the length of stay in temporary accommodation",
   "asked_by": "Councillor Mrs Bexley", "answer": "undertook to circulate this to Members",
   "given_by": "Housing Options and Homelessness Manager", "themes": ["housing"]},
  {"item": "59", "kind": "question", "text": "questioned whether the operator had met its contractual targets for participation by older people",
   "asked_by": "Councillor Gatward", "answer": "two of the five targets had been met and that a performance deduction",
   "given_by": "Contracts Officer", "themes": ["subcontracting"]},
  {"item": "59", "kind": "question", "text": "asked what the VAT and business rates savings of a trust model would be",
   "asked_by": "Councillor Maynard", "answer": "the estimated saving was £185,000 a year, but that the Council would lose direct control",
   "given_by": "Chief Finance Officer", "themes": ["finance", "privatisation"]},
  {"item": "59", "kind": "request", "text": "believed the centre should be run by the Council rather than a private company",
   "asked_by": "Councillor Rudd", "answer": None, "given_by": None, "themes": ["privatisation", "subcontracting"]},
  {"item": "60", "kind": "question", "text": "sought assurance that the overspend would not require the use of the general reserve",
   "asked_by": "Councillor Okonjo", "answer": "it would be contained within the earmarked homelessness reserve and in-year vacancy savings",
   "given_by": "Chief Finance Officer", "themes": ["finance", "housing"]},
  {"item": "61", "kind": "question", "text": "asked what action the ICB was taking to attract dentists to the district",
   "asked_by": "Councillor Dunmore", "answer": "offering a golden hello of £20,000 for dentists taking on NHS lists in rural areas",
   "given_by": "Ms Kerrigan", "themes": ["primary-care", "workforce"]},
  {"item": "61", "kind": "concern", "text": "raised concerns about the closure of the Millbrook branch surgery and the lack of consultation",
   "asked_by": "Councillor Mrs Bexley", "answer": "acknowledged that the engagement had been insufficient and undertook to hold a public meeting",
   "given_by": "Ms Kerrigan", "themes": ["primary-care", "patient-and-public-input"]},
 ],
 "resolutions": [
  {"item": "56", "text": "the Minutes of the Meeting held on 1st October, 2025 be approved", "outcome": "agreed", "themes": []},
  {"item": "58", "text": "request a progress report on the joint protocol for homeless 16 and 17 year olds", "outcome": "recommended", "themes": ["housing", "finance"]},
  {"item": "59", "text": "this Committee favours a full appraisal of the in-house option alongside the trust model", "outcome": "recommended", "themes": ["privatisation", "subcontracting"]},
  {"item": "60", "text": "That the Quarter 2 revenue budget monitoring position be noted", "outcome": "noted", "themes": ["finance"]},
  {"item": "61", "text": "the Committee write to the ICB asking that the Millbrook branch surgery be retained", "outcome": "agreed", "themes": ["primary-care", "patient-and-public-input"]},
 ],
 "attendees": [
  {"name": "Councillor R.J. Dunmore", "role": "Chairman", "attendance": "present"},
  {"name": "Councillor Mrs A.M. Bexley", "role": "Vice-Chairman", "attendance": "present"},
  {"name": "K. Arkwright", "role": None, "attendance": "present"},
  {"name": "D.P. Collinge", "role": None, "attendance": "present"},
  {"name": "Mrs S. Fenn", "role": None, "attendance": "present"},
  {"name": "B. Gatward", "role": None, "attendance": "present"},
  {"name": "H. Okonjo", "role": None, "attendance": "present"},
  {"name": "T.W. Rudd", "role": None, "attendance": "present"},
  {"name": "Councillor L. Maynard", "role": "Substitute Member (in place of Councillor J. Seddon)", "attendance": "present"},
  {"name": "Councillor P. Quayle", "role": "Executive Member for Housing and Communities", "attendance": "in_attendance"},
  {"name": "Mrs C. Thwaite", "role": "Strategic Director (Place and Communities)", "attendance": "in_attendance"},
  {"name": "Mr N. Abbas", "role": "Housing Options and Homelessness Manager", "attendance": "in_attendance"},
  {"name": "Ms R. Fox", "role": "Leisure and Cultural Services Contracts Officer", "attendance": "in_attendance"},
  {"name": "Mr G. Lowe", "role": "Chief Finance Officer (Section 151 Officer)", "attendance": "in_attendance"},
  {"name": "Miss E. Marsh", "role": "Committee Administrator", "attendance": "in_attendance"},
  {"name": "Ms J. Kerrigan", "role": "Head of Primary Care Commissioning, East Downs Integrated Care Board", "attendance": "in_attendance"},
  {"name": "Councillor J. Seddon", "role": None, "attendance": "apologies"},
 ],
}

# ---------------------------------------------------------------- check
def norm(s):
    s = s.lower().replace("\f", " ")
    s = re.sub(r"[^\w\s£]", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "

def check(gold, text):
    t, bad = norm(text), 0
    phrases = [("q", q["text"]) for q in gold["questions"]] + [("a", q["answer"]) for q in gold["questions"] if q["answer"]]
    phrases += [("r", r["text"]) for r in gold["resolutions"]]
    for kind, ph in phrases:
        n = len(ph.split())
        c = t.count(norm(ph))
        if c != 1 or not (6 <= n <= 15):
            bad += 1; print(f"  FAIL {gold['document']} [{kind}] count={c} words={n}: {ph}")
    return bad

def main():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    p1, p2 = os.path.join(DOCS, D1), os.path.join(DOCS, D2)
    if "--check" not in sys.argv:
        build_docx(p1); build_txt(p2)
        for g in (G1, G2):
            with open(os.path.join(GOLD, g["document"] + ".json" if False else os.path.splitext(g["document"])[0] + ".json"), "w", encoding="utf-8") as f:
                json.dump(g, f, indent=2, ensure_ascii=False); f.write("\n")
    bad = check(G1, docx_text(p1)) + check(G2, open(p2, encoding="utf-8").read())
    for g in (G1, G2):
        print(f"{g['document']}: items={len(g['items'])} q={len(g['questions'])} r={len(g['resolutions'])} att={len(g['attendees'])}")
    print("CHECK PASSED" if not bad else f"CHECK FAILED ({bad})"); sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
