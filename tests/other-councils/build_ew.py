#!/usr/bin/env python3
"""Build the "ew-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ew.py           build documents/ew-* and gold/ew-*.json
        build_ew.py --check   verify every gold phrase occurs once in its document
"""
import io, json, os, re, sys, zipfile, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FIXED = (2025, 9, 30, 9, 0, 0)
FIXED_DT = datetime.datetime(2025, 9, 30, 9, 0, 0)


def pin_save(doc, path):
    cp = doc.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def add_field(par, instr):
    r = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = par.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = f" {instr} "; r2._r.append(t)
    r3 = par.add_run()
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
    par.add_run("1")
    r4 = par.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r4._r.append(e)


def header_footer(doc, head, foot_left):
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = head
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.add_run(foot_left + "\t\tPage ")
    add_field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(8)


def set_cell_pad(table):
    tblPr = table._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}"); el.set(qn("w:w"), "100"); el.set(qn("w:type"), "dxa")
        mar.append(el)
    tblPr.append(mar)


# ---------------------------------------------------------------- document 1
D1 = "ew-marchbrook-hasc-2025-09-16.docx"

ITEMS1 = [
    ("1", "Apologies for Absence and Substitutions", [
        "Apologies for absence were received from Councillor Liam Pryce and Councillor Nina Baptiste. "
        "Councillor Ade Okonjo attended as substitute for Councillor Pryce."], [], None),
    ("2", "Declarations of Interest", [
        "Councillor Hilary Vance declared a non-pecuniary interest in Minute 4 (Recommissioning of Home Care "
        "Services) as her daughter is employed by a domiciliary care agency operating in the Borough. She "
        "remained in the meeting and took part in the discussion. No other declarations were made."], [], None),
    ("3", "Minutes of the Previous Meeting", [], [],
        "RESOLVED: That the minutes of the meeting held on 8 July 2025 be confirmed as a correct record and signed by the Chair."),
    ("4", "Recommissioning of Home Care Services", [
        "The Assistant Director – Commissioning and Market Management introduced the report, which set out the "
        "proposed move from the current framework of fourteen spot-purchased providers to a zonal model with one "
        "lead provider and one secondary provider in each of five zones. The procurement would open in October "
        "2025 with contracts starting in April 2026. The Cabinet Member for Adult Social Care and Health added "
        "that the model was designed to reduce travel time between calls and improve continuity for residents.",
        "Members asked questions and the following exchanges took place:"],
     [
        ("Councillor Brennan asked how many of the fourteen current providers were expected to bid under the new zonal model.",
         "The Assistant Director said that eleven providers had registered interest at the market engagement events held in August, and two providers new to the Borough had also attended."),
        ("Councillor Ochoa raised concern that the proposed hourly rate of £24.10 would not allow providers to pay care workers the real living wage.",
         "It was explained that the rate had been modelled on the real living wage plus paid travel time and would be uplifted each April in line with the national increase."),
        ("Councillor Rudd requested that people who receive home care be involved in evaluating the bids.",
         "The Cabinet Member agreed and said that two people with lived experience had already been trained as evaluation panel members."),
        ("Councillor Khatri asked whether any of the work would be brought back in-house if the tender did not attract enough bids.",
         "Officers confirmed that the Council's reablement team could provide short-term cover as a contingency but was not resourced for long-term delivery."),
     ],
        "RESOLVED: That (1) the report be noted; and (2) the Committee receive a summary of the tender evaluation outcome before the contract award is made in January 2026."),
    ("5", "Access to GP Appointments – Update from the Integrated Care Board", [
        "Gillian Shaw, Associate Director of Primary Care, Lower Severn Integrated Care Board, presented an update on "
        "appointment activity across the Borough's thirty-one practices. Total appointments were 6 per cent higher "
        "than in the same quarter last year, with 44 per cent delivered on the same day as booking.",
        "Questions from Members and the responses given are recorded below:"],
     [
        ("Councillor Vance asked why patients in the Eastgate ward waited longest for a routine appointment.",
         "The Associate Director said two practices there had lost three salaried GPs since April and were relying on locums while recruitment continued."),
        ("Councillor Okonjo expressed concern that the online booking system excluded older residents without internet access at home.",
         "Ms Shaw replied that every practice was contractually required to keep a telephone route and that no patient could be refused because they did not use the app."),
        ("The Chair asked what was being done to recruit to the vacant clinical pharmacist posts within the primary care networks.",
         "It was confirmed that the ICB had funded a shared recruitment campaign across the networks which would launch in October."),
     ],
        "RESOLVED: That the Integrated Care Board be asked to provide practice-level figures on waiting times for routine appointments to the December meeting."),
    ("6", "Stop Smoking Service and Public Health Grant 2025/26", [
        "The Director of Public Health presented the report on the public health grant allocation for 2025/26 of "
        "£12.84 million and on the performance of the stop smoking service, currently delivered by the Council's own "
        "Healthy Lifestyles team with community pharmacy quit clinics commissioned in six wards. The current "
        "arrangement ends on 31 March 2026 and options for the future of the service were set out in the appendix."],
     [
        ("Councillor Brennan queried the fall in the quit rate among pregnant women shown in the performance table.",
         "The Director of Public Health explained that the midwifery referral pathway had been paused over the summer while the maternity unit filled vacancies."),
        ("Councillor Rudd asked whether the grant uplift would cover the cost of the new vaping cessation offer for young adults.",
         "Dr Ross said the uplift of 2.8 per cent would be largely absorbed by NHS pay awards for commissioned clinical staff, so the offer would be funded from public health reserves for one year."),
        ("Councillor Ochoa commented that the community pharmacy quit clinics had been very well used in her ward.",
         "—"),
     ],
        "RESOLVED: That the Committee (1) note the public health grant allocation for 2025/26; and (2) recommend to Cabinet that the stop smoking service continue to be delivered in-house when the current arrangement ends."),
    ("7(a)", "Health Scrutiny Work Programme 2025/26", [
        "The Democratic Services Officer presented the draft work programme. Members suggested that dementia "
        "diagnosis rates be considered before the end of the municipal year."], [],
        "RESOLVED: That the work programme be approved, with an item on dementia diagnosis rates added for March 2026."),
    ("7(b)", "Hospital Discharge Task Group – Progress Report", [
        "Councillor Vance, as lead member of the task group, reported that the group had held four evidence sessions, "
        "including visits to the discharge hub at Marchbrook General Hospital and to two care homes."],
     [
        ("Councillor Khatri asked when the task group expected to publish its final recommendations.",
         "Councillor Vance said the final report would be brought to the Committee in February 2026 and then to Cabinet."),
     ],
        "RESOLVED: That the progress report of the Hospital Discharge Task Group be noted."),
]


def frame_item(doc, num, title, paras, qa, res):
    outer = doc.add_table(rows=1, cols=1)
    outer.style = "Table Grid"
    set_cell_pad(outer)
    cell = outer.cell(0, 0)
    p = cell.paragraphs[0]
    r = p.add_run(f"{num}.\t{title}"); r.bold = True; r.font.size = Pt(12)
    for t in paras:
        q = cell.add_paragraph(t)
        q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if qa:
        inner = cell.add_table(rows=1, cols=2)
        inner.style = "Table Grid"
        hdr = inner.rows[0].cells
        hdr[0].paragraphs[0].add_run("Question").bold = True
        hdr[1].paragraphs[0].add_run("Answer").bold = True
        for qt, at in qa:
            row = inner.add_row().cells
            row[0].paragraphs[0].add_run(qt)
            row[1].paragraphs[0].add_run(at)
        cell.add_paragraph("")
    if res:
        label, rest = res.split(":", 1)
        q = cell.add_paragraph()
        q.add_run(label + ":").bold = True
        q.add_run(rest)
    doc.add_paragraph("")


def build_doc1():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
    header_footer(doc, "Marchbrook Borough Council – Health and Adult Social Care Scrutiny Committee – 16 September 2025",
                  "Chair's initials ..........")
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("MARCHBROOK BOROUGH COUNCIL"); r.bold = True; r.font.size = Pt(14)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("HEALTH AND ADULT SOCIAL CARE SCRUTINY COMMITTEE"); r.bold = True; r.font.size = Pt(12)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Minutes of the meeting held on Tuesday 16 September 2025 at 10.00 am in Committee Room 2, The Guildhall, Marchbrook")
    p = doc.add_paragraph(); p.add_run("Present:").bold = True
    doc.add_paragraph("Councillor Margaret Ellison (Chair); Councillor Dev Khatri (Vice-Chair); Councillors Paul Brennan, "
                      "Sarah Ochoa, Tom Rudd, Hilary Vance and Ade Okonjo (substitute for Councillor Liam Pryce).")
    p = doc.add_paragraph(); p.add_run("Also present:").bold = True
    doc.add_paragraph("Councillor Joan Fairley – Cabinet Member for Adult Social Care and Health")
    doc.add_paragraph("Dr Kamala Ross – Director of Public Health")
    doc.add_paragraph("Mark Ellery – Assistant Director – Commissioning and Market Management, Adults and Health Directorate")
    doc.add_paragraph("Gillian Shaw – Associate Director of Primary Care, Lower Severn Integrated Care Board")
    doc.add_paragraph("Rob Tait – Democratic Services Officer")
    p = doc.add_paragraph(); p.add_run("Apologies:").bold = True
    doc.add_paragraph("Councillor Liam Pryce and Councillor Nina Baptiste.")
    doc.add_paragraph("")
    for it in ITEMS1:
        frame_item(doc, *it)
    doc.add_paragraph("The next meeting will be held on Tuesday 2 December 2025 at 10.00 am.")
    doc.add_paragraph("The meeting closed at 12.25 pm.")
    doc.add_paragraph("")
    doc.add_paragraph("Chair ...................................................          Date ....................")
    pin_save(doc, os.path.join(DOCS, D1))


def gold_doc1():
    Q = lambda item, kind, text, by, ans, giv, th: dict(item=item, kind=kind, text=text, asked_by=by, answer=ans, given_by=giv, themes=th)
    R = lambda item, text, out, th: dict(item=item, text=text, outcome=out, themes=th)
    A = lambda n, role, att: dict(name=n, role=role, attendance=att)
    return {
        "document": D1, "doc_type": "minutes",
        "committee": "Health and Adult Social Care Scrutiny Committee", "meeting_date": "2025-09-16",
        "items": [{"number": n, "title": t} for n, t, *_ in ITEMS1],
        "questions": [
            Q("4", "question", "how many of the fourteen current providers were expected to bid", "Councillor Brennan",
              "eleven providers had registered interest at the market engagement events", "The Assistant Director",
              ["subcontracting", "adult-social-care"]),
            Q("4", "concern", "hourly rate of £24.10 would not allow providers to pay care workers", "Councillor Ochoa",
              "the rate had been modelled on the real living wage plus paid travel time", None,
              ["finance", "workforce", "adult-social-care"]),
            Q("4", "request", "requested that people who receive home care be involved in evaluating the bids", "Councillor Rudd",
              "two people with lived experience had already been trained as evaluation panel members", "The Cabinet Member",
              ["patient-and-public-input", "subcontracting", "adult-social-care"]),
            Q("4", "question", "whether any of the work would be brought back in-house if the tender", "Councillor Khatri",
              "reablement team could provide short-term cover as a contingency", "Officers",
              ["privatisation", "subcontracting", "adult-social-care"]),
            Q("5", "question", "why patients in the Eastgate ward waited longest for a routine appointment", "Councillor Vance",
              "two practices there had lost three salaried GPs since April", "The Associate Director",
              ["primary-care", "workforce"]),
            Q("5", "concern", "online booking system excluded older residents without internet access at home", "Councillor Okonjo",
              "every practice was contractually required to keep a telephone route", "Ms Shaw",
              ["primary-care"]),
            Q("5", "question", "recruit to the vacant clinical pharmacist posts within the primary care networks", "The Chair",
              "the ICB had funded a shared recruitment campaign across the networks", None,
              ["primary-care", "workforce"]),
            Q("6", "question", "queried the fall in the quit rate among pregnant women", "Councillor Brennan",
              "the midwifery referral pathway had been paused over the summer", "The Director of Public Health",
              ["public-health"]),
            Q("6", "question", "whether the grant uplift would cover the cost of the new vaping cessation offer", "Councillor Rudd",
              "the uplift of 2.8 per cent would be largely absorbed by NHS pay awards", "Dr Ross",
              ["public-health", "finance"]),
            Q("6", "comment", "community pharmacy quit clinics had been very well used in her ward", "Councillor Ochoa",
              None, None, ["public-health", "primary-care"]),
            Q("7(b)", "question", "when the task group expected to publish its final recommendations", "Councillor Khatri",
              "the final report would be brought to the Committee in February 2026", "Councillor Vance",
              ["governance", "adult-social-care"]),
        ],
        "resolutions": [
            R("3", "the minutes of the meeting held on 8 July 2025 be confirmed", "agreed", []),
            R("4", "receive a summary of the tender evaluation outcome before the contract award", "agreed",
              ["subcontracting", "adult-social-care"]),
            R("5", "provide practice-level figures on waiting times for routine appointments to the December meeting", "agreed",
              ["primary-care"]),
            R("6", "recommend to Cabinet that the stop smoking service continue to be delivered in-house", "recommended",
              ["public-health", "finance", "privatisation"]),
            R("7(a)", "the work programme be approved, with an item on dementia diagnosis rates", "agreed",
              ["governance", "mental-health"]),
            R("7(b)", "the progress report of the Hospital Discharge Task Group be noted", "noted",
              ["adult-social-care", "governance"]),
        ],
        "attendees": [
            A("Margaret Ellison", "Chair", "present"),
            A("Dev Khatri", "Vice-Chair", "present"),
            A("Paul Brennan", None, "present"),
            A("Sarah Ochoa", None, "present"),
            A("Tom Rudd", None, "present"),
            A("Hilary Vance", None, "present"),
            A("Ade Okonjo", "substitute for Councillor Liam Pryce", "present"),
            A("Joan Fairley", "Cabinet Member for Adult Social Care and Health", "in_attendance"),
            A("Dr Kamala Ross", "Director of Public Health", "in_attendance"),
            A("Mark Ellery", "Assistant Director – Commissioning and Market Management, Adults and Health Directorate", "in_attendance"),
            A("Gillian Shaw", "Associate Director of Primary Care, Lower Severn Integrated Care Board", "in_attendance"),
            A("Rob Tait", "Democratic Services Officer", "in_attendance"),
            A("Liam Pryce", None, "apologies"),
            A("Nina Baptiste", None, "apologies"),
        ],
    }

# ---------------------------------------------------------------- document 2
D2 = "ew-ravensfield-scrutiny-survey-2025.docx"

TOPICS = [
    ("Access to GP and dental appointments", 268, 65.0),
    ("Children's and young people's mental health (CAMHS waiting times)", 231, 56.1),
    ("Temporary accommodation and homelessness", 187, 45.4),
    ("Home care and support for carers", 176, 42.7),
    ("Special educational needs and school transport", 149, 36.2),
    ("Council spending on agency social workers", 121, 29.4),
    ("Outsourced highways and waste contracts", 98, 23.8),
    ("Stop smoking and weight management services", 64, 15.5),
]


def build_doc2():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    header_footer(doc, "Ravensfield County Council – Overview and Scrutiny", "OFFICIAL")
    doc.add_heading("Overview and Scrutiny work planning survey 2025 – results", 0)
    doc.add_paragraph("Report of the Scrutiny and Democratic Engagement Manager to the Overview and Scrutiny Management Board, 14 October 2025")
    doc.add_heading("1. Purpose", 1)
    doc.add_paragraph(
        "Each year the Council asks residents, partners and councillors which topics they would like scrutiny "
        "committees to look at. This report summarises the 412 responses received to the 2025 survey, which ran "
        "online and on paper in libraries from 2 June to 14 July 2025. The results will inform the work programmes "
        "agreed by each committee in November.")
    doc.add_heading("2. Who responded", 1)
    doc.add_paragraph(
        "Figure 1 (a pie chart) shows who responded. Just over two thirds of responses (281) came from residents, "
        "62 from voluntary and community organisations, 41 from town and parish councils and 28 from county "
        "councillors. The chart shows residents as the largest segment by a wide margin; councillors form the "
        "smallest slice, at about 7 per cent.")
    t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Respondent type", "Responses", "Per cent")):
        c.paragraphs[0].add_run(h).bold = True
    for row in (("Residents", "281", "68.2"), ("Voluntary and community organisations", "62", "15.0"),
                ("Town and parish councils", "41", "10.0"), ("County councillors", "28", "6.8"), ("Total", "412", "100.0")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_heading("3. Votes for topics", 1)
    doc.add_paragraph(
        "Respondents could vote for up to three topics from a list of eight. Figure 2 (a horizontal bar chart, "
        "ordered from most to fewest votes) shows access to GP and dental appointments as the clear first "
        "choice, with children's mental health second. The bars for the bottom three topics are each less than "
        "half the length of the top bar. Table 2 gives the figures behind the chart.")
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Rank", "Topic", "Votes", "% of respondents")):
        c.paragraphs[0].add_run(h).bold = True
    for i, (topic, v, pc) in enumerate(TOPICS, 1):
        cells = t.add_row().cells
        for c, val in zip(cells, (str(i), topic, str(v), f"{pc:.1f}")):
            c.text = val
    doc.add_paragraph("")
    doc.add_paragraph(
        "Figure 3 (a line chart) compares this year with the 2023 and 2024 surveys. Votes for access to GP "
        "appointments have risen in each of the three years, while votes for highways contracts have fallen "
        "from first place in 2023 to seventh this year. Housing and homelessness has risen from sixth to third.")
    doc.add_heading("4. Votes by respondent type", 1)
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Topic", "Residents", "Organisations", "Councillors")):
        c.paragraphs[0].add_run(h).bold = True
    for row in (("Access to GP and dental appointments", "204", "41", "23"),
                ("Children's and young people's mental health", "158", "56", "17"),
                ("Temporary accommodation and homelessness", "121", "47", "19"),
                ("Home care and support for carers", "132", "29", "15")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_heading("5. What people told us", 1)
    doc.add_paragraph(
        "Free-text comments were grouped into themes. The most frequent concerned the difficulty of getting a "
        "same-day GP appointment by telephone, long waits for a first CAMHS appointment, and families placed in "
        "bed and breakfast accommodation outside the county. Several organisations asked that scrutiny hear "
        "directly from people who use services rather than only from officers.")
    doc.add_heading("6. Next steps", 1)
    doc.add_paragraph(
        "Committee chairs will consider the results at their work programming sessions in November. The top "
        "three topics are suggested for task and finish reviews in 2025/26, subject to officer capacity. A "
        "summary of the results will be published on the Council's website and sent to everyone who left an "
        "email address.")
    doc.add_paragraph("Contact: Scrutiny and Democratic Engagement Manager, scrutiny@ravensfield.example.gov.uk")
    pin_save(doc, os.path.join(DOCS, D2))


def gold_doc2():
    return {"document": D2, "doc_type": "report",
            "themes": ["patient-and-public-input", "governance", "primary-care", "mental-health", "housing"]}


# ---------------------------------------------------------------- check
def doc_text(path):
    d = Document(path)
    parts = []
    for p in d.element.body.iter(qn("w:p")):
        parts.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return " ".join(parts)


def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def check():
    ok = True
    for g in sorted(os.listdir(GOLD)):
        if not g.startswith("ew-"):
            continue
        gold = json.load(open(os.path.join(GOLD, g)))
        path = os.path.join(DOCS, gold["document"])
        if not os.path.exists(path):
            print("MISSING", path); ok = False; continue
        text = norm(doc_text(path))
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = text.count(norm(ph))
            if c != 1 or not (6 <= n <= 15):
                print(f"FAIL {g} {kind}: count={c} words={n}: {ph}"); ok = False
        print(f"{g}: {len(gold.get('items', []))} items, {len(gold.get('questions', []))} questions, "
              f"{len(gold.get('resolutions', []))} resolutions, {len(gold.get('attendees', []))} attendees, {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build_doc1(); build_doc2()
    for g in (gold_doc1(), gold_doc2()):
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False); f.write("\n")
    print("built")


if __name__ == "__main__":
    main()
