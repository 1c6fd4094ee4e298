#!/usr/bin/env python3
"""Build the "fr-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_fr.py           build documents/fr-* and gold/fr-*.json
        build_fr.py --check   verify every gold phrase occurs once in its document
"""
import datetime, io, json, os, re, sys, zipfile
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FIXED = datetime.datetime(2025, 3, 18, 9, 30, 0)

def pin_zip(path):
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 18, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())

def fix_props(doc, title):
    cp = doc.core_properties
    cp.author = "Democratic Services"; cp.last_modified_by = "Democratic Services"
    cp.title = title; cp.created = FIXED; cp.modified = FIXED; cp.last_printed = FIXED
    cp.revision = 3

def fld(run, instr):
    for kind, txt in (("begin", None), ("instr", instr), ("separate", None)):
        if kind == "instr":
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = txt
            run._r.append(it)
        else:
            fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); run._r.append(fc)

def fld_end(run):
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); run._r.append(fc)

def simple_field(par, instr, cached):
    r = par.add_run(); fld(r, instr)
    par.add_run(cached)
    fld_end(par.add_run())

def header_footer(doc, council, committee, date_text):
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    h = sec.header.paragraphs[0]
    h.text = f"{council}\t\t{committee} – {date_text}"
    h.runs[0].font.size = Pt(8)
    f = sec.footer.paragraphs[0]
    r = f.add_run("Page "); r.font.size = Pt(8)
    simple_field(f, "PAGE", "1")
    f.add_run("\t\tChair's initials ..........").font.size = Pt(8)

# ---------------------------------------------------------------- minutes
COUNCIL = "Marlcombe Council"
COMMITTEE = "People Scrutiny Committee"
MIN_NAME = "fr-marlcombe-people-scrutiny-2025-03-11.docx"

ITEMS = [
 ("1", "Apologies for Absence and Substitutions", 1),
 ("2", "Declarations of Interest", 1),
 ("3", "Minutes of the Previous Meeting", 1),
 ("4", "Recommissioning of Care at Home Services", 2),
 ("5", "Hospital Discharge and Winter Pressures – Mid Vale ICB Update", 3),
 ("6", "Sufficiency of Placements for Children in Care", 4),
 ("7", "Temporary Accommodation for Families with Children", 5),
 ("8", "Work Programme 2025/26", 5),
]

def get_style(doc, name, base="Normal"):
    try:
        return doc.styles[name]
    except KeyError:
        st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = doc.styles[base]
        return st

def qa_table(doc, rows):
    t = doc.add_table(rows=0, cols=2)
    t.style = doc.styles["Table Grid"]
    for member, q, a in rows:
        cells = t.add_row().cells
        cells[0].width = Cm(4); cells[1].width = Cm(12.5)
        cells[0].paragraphs[0].add_run(member).bold = True
        p = cells[1].paragraphs[0]
        p.add_run("Q: " + q)
        p.add_run().add_break()
        p.add_run("A: " + a)
    doc.add_paragraph()

MIN_CONTENT = {
 "4": {
  "presentation": "The Director of Adult Social Care introduced the report, which set out the proposal to replace the current spot-purchase arrangements for care at home with a zoned framework of lead providers from October 2025. She explained that the Council currently bought some 9,400 hours of home care each week from eleven providers, that the hourly rate had risen to £24.80 and that the new model was intended to reduce handbacks in the rural west of the borough. The Head of Commissioning and Market Development outlined the procurement timetable.",
  "rows": [
   ("Cllr Anwen Price", "Why has the number of unfilled home care packages risen since the autumn?",
    "The Director said that two providers had handed back rural rounds because travel time was not paid."),
   ("Cllr Anwen Price", "Would the new framework pay for travel time between visits, and how would that be checked?",
    "The Director confirmed that the zoned rates would include travel time from October 2025 and that electronic call monitoring would be used."),
   ("Cllr Tom Whitcombe", "What share of the contract value would go to providers owned by private equity funds?",
    "The Head of Commissioning said that three of the eleven current providers were backed by private equity and that ownership would be assessed at tender."),
   ("Cllr Priya Nair", "How would the views of people receiving care at home shape the specification?",
    "The Director said that forty service users and carers had joined co-production workshops held in January."),
  ],
  "outcome": ["The Committee noted the report and asked for the final specification to be shared before the tender opens."],
 },
 "5": {
  "presentation": "Claire Dunmore, Director of Place at Mid Vale Integrated Care Board, presented an update on hospital discharge over the winter. Ms Dunmore reported that the number of patients with no criteria to reside at Marlcombe General Hospital had peaked at eighty-four in the first week of January and had since fallen, and that the integrated discharge hub had moved to seven-day working in December.",
  "rows": [
   ("Cllr Rhodri Evans", "How many patients were waiting in hospital beds for a care package each week?",
    "Ms Dunmore said that the average in February had been sixty-two patients on any one day, of whom about half were awaiting home care."),
   ("Cllr Sioned Hughes", "Was the Better Care Fund money for discharge to assess being spent in full this year?",
    "The Director of Adult Social Care said that the pooled budget was forecast to underspend by £310,000 because of vacant posts."),
   ("Cllr Daniel Okafor", "Why were agency staff still used on the discharge hub at weekends?",
    "Ms Dunmore said that recruitment to six weekend posts had failed twice and the posts would be re-advertised with an enhancement."),
   ("Cllr Gareth Lloyd", "Could the Committee see the risk register for the discharge programme before its next meeting?",
    "Ms Dunmore agreed to share the programme risk register with members on a confidential basis."),
  ],
  "outcome": ["The Committee noted the update and requested a further report on weekend discharge arrangements in July 2025.",
              "The Committee agreed that the Chair write to the Chief Executive of the ICB about weekend staffing on the discharge hub."],
 },
 "6": {
  "presentation": "The Director of Children's Services introduced the draft Placement Sufficiency Strategy 2025–2028. He reported that there were 312 children in care, that 41 were living in residential homes, of whom 36 were placed outside the borough, and that the strategy proposed two council-run children's homes and a recruitment campaign for foster carers.",
  "rows": [
   ("Cllr Tom Whitcombe", "How much was the Council paying each week for the most expensive residential placement?",
    "The Director of Children's Services said that the highest weekly fee was £14,600 for a single placement with an independent provider."),
   ("Cllr Priya Nair", "When would the two council-run children's homes open and how would they be staffed?",
    "The Director said that the first home in Larch Road would open in June and the second in the autumn, with a registered manager already appointed."),
   ("Cllr Anwen Price", "Were foster carers leaving because the allowances had not kept pace with costs?",
    "The Director said that exit interviews showed that retirement rather than the level of allowances was the main reason for leaving."),
  ],
  "outcome": ["The Committee noted the draft strategy and endorsed the plan to open two council-run children's homes."],
 },
 "7": {
  "presentation": "The Head of Housing Options and Homelessness presented the report on temporary accommodation. She explained that 238 households were in temporary accommodation at the end of February, 151 of them with children, and that spending on nightly-paid accommodation was forecast to exceed the budget by £1.9 million.",
  "rows": [
   ("Cllr Sioned Hughes", "How many families with children had been in bed and breakfast for longer than six weeks?",
    "The Head of Housing Options said that nineteen families were in breach of the six-week limit at the end of February."),
   ("Cllr Rhodri Evans", "Had private landlords been offered incentives to house homeless households in the borough?",
    "She said that a £2,000 incentive scheme had secured thirty-one tenancies since November."),
   ("Cllr Daniel Okafor", "Was the health of children placed in temporary accommodation out of area being followed up?",
    "The Director of Public Health said that health visitors now received a weekly list of families placed outside the borough."),
  ],
  "outcome": ["The Committee noted the report and asked for quarterly figures on families placed in bed and breakfast."],
 },
}

def build_minutes():
    doc = Document()
    fix_props(doc, "People Scrutiny Committee minutes 11 March 2025")
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    header_footer(doc, COUNCIL, COMMITTEE, "11 March 2025")
    toc1 = get_style(doc, "toc 1")
    doc.add_paragraph(COUNCIL, style="Title")
    doc.add_paragraph("MINUTES of a meeting of the People Scrutiny Committee held in the Council Chamber, Marlcombe Civic Centre, on Tuesday 11 March 2025 at 2.00 pm", style="Subtitle")
    doc.add_paragraph("Contents", style="Heading 1")
    # TOC field with cached result
    first = True
    for i, (num, title, page) in enumerate(ITEMS):
        p = doc.add_paragraph(style=toc1)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if first:
            fld(p.add_run(), ' TOC \\o "2-2" \\h \\z \\u ')
            first = False
        p.add_run(f"Item {num}: {title}\t{page}")
        if i == len(ITEMS) - 1:
            fld_end(p.add_run())
    doc.add_paragraph()
    p = doc.add_paragraph(); p.add_run("Members present: ").bold = True
    p.add_run("Cllr Gareth Lloyd (Chair), Cllr Anwen Price (Vice-Chair), Cllr Rhodri Evans, Cllr Sioned Hughes, Cllr Priya Nair, Cllr Daniel Okafor (substitute for Cllr Helen Marsh) and Cllr Tom Whitcombe.")
    p = doc.add_paragraph(); p.add_run("Officers in attendance: ").bold = True
    p.add_run("Julia Fenwick (Director of Adult Social Care), Kiran Bassi (Head of Commissioning and Market Development), Mark Bellamy (Director of Children's Services), Dr Ruth Adeyemi (Director of Public Health), Sarah Quinlan (Head of Housing Options and Homelessness) and Owen Pritchard (Democratic Services Officer).")
    p = doc.add_paragraph(); p.add_run("Also in attendance: ").bold = True
    p.add_run("Claire Dunmore (Director of Place, Mid Vale Integrated Care Board).")
    p = doc.add_paragraph(); p.add_run("Apologies: ").bold = True
    p.add_run("Cllr Helen Marsh and Cllr Ieuan Bevan.")

    doc.add_paragraph("Item 1: Apologies for Absence and Substitutions", style="Heading 2")
    doc.add_paragraph("Apologies for absence were received from Cllr Helen Marsh and Cllr Ieuan Bevan. Cllr Daniel Okafor attended as substitute for Cllr Marsh.")
    doc.add_paragraph("Item 2: Declarations of Interest", style="Heading 2")
    doc.add_paragraph("Cllr Priya Nair declared a non-registrable interest in Item 5 as she is employed as a physiotherapist by Marlcombe Hospitals NHS Trust. She remained in the meeting and took part in the discussion.")
    doc.add_paragraph("Item 3: Minutes of the Previous Meeting", style="Heading 2")
    doc.add_paragraph("Outcome", style="Heading 3")
    doc.add_paragraph("The minutes of the meeting held on 14 January 2025 were agreed as a correct record and signed by the Chair.")
    for num, title, page in ITEMS[3:7]:
        c = MIN_CONTENT[num]
        hp = doc.add_paragraph(f"Item {num}: {title}", style="Heading 2")
        if num == "6":
            hp.paragraph_format.page_break_before = True
        doc.add_paragraph("Presentation", style="Heading 3")
        doc.add_paragraph(c["presentation"])
        doc.add_paragraph("Questions from the Committee", style="Heading 3")
        qa_table(doc, c["rows"])
        doc.add_paragraph("Outcome", style="Heading 3")
        for o in c["outcome"]:
            doc.add_paragraph(o)
    doc.add_paragraph("Item 8: Work Programme 2025/26", style="Heading 2")
    doc.add_paragraph("Presentation", style="Heading 3")
    doc.add_paragraph("The Democratic Services Officer presented the draft work programme, which had been compiled from suggestions made at the informal planning session in February.")
    doc.add_paragraph("Outcome", style="Heading 3")
    doc.add_paragraph("The Committee agreed the work programme for 2025/26 subject to adding access to NHS dentistry in September.")
    doc.add_paragraph()
    doc.add_paragraph("The meeting ended at 4.47 pm.")
    doc.add_paragraph("Chair ....................................................")
    path = os.path.join(DOCS, MIN_NAME)
    doc.save(path); pin_zip(path)

DIR = "Director of Adult Social Care"
def q(item, kind, text, who, ans, by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": who, "answer": ans, "given_by": by, "themes": themes}

MIN_GOLD = {
 "document": MIN_NAME, "doc_type": "minutes", "committee": COMMITTEE, "meeting_date": "2025-03-11",
 "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
 "questions": [
  q("4", "question", "Why has the number of unfilled home care packages risen since the autumn",
    "Cllr Anwen Price", "two providers had handed back rural rounds because travel time was not paid", "The Director", ["adult-social-care", "subcontracting"]),
  q("4", "question", "Would the new framework pay for travel time between visits",
    "Cllr Anwen Price", "the zoned rates would include travel time from October 2025", "The Director", ["adult-social-care", "workforce", "finance", "subcontracting"]),
  q("4", "question", "What share of the contract value would go to providers owned by private equity funds",
    "Cllr Tom Whitcombe", "three of the eleven current providers were backed by private equity", "The Head of Commissioning", ["privatisation", "subcontracting", "adult-social-care"]),
  q("4", "question", "How would the views of people receiving care at home shape the specification",
    "Cllr Priya Nair", "forty service users and carers had joined co-production workshops held in January", "The Director", ["patient-and-public-input", "adult-social-care", "subcontracting"]),
  q("5", "question", "How many patients were waiting in hospital beds for a care package each week",
    "Cllr Rhodri Evans", "the average in February had been sixty-two patients on any one day", "Ms Dunmore", ["adult-social-care", "integration"]),
  q("5", "question", "Was the Better Care Fund money for discharge to assess being spent in full",
    "Cllr Sioned Hughes", "the pooled budget was forecast to underspend by £310,000 because of vacant posts", "The Director of Adult Social Care", ["finance", "integration", "workforce", "adult-social-care"]),
  q("5", "question", "Why were agency staff still used on the discharge hub at weekends",
    "Cllr Daniel Okafor", "recruitment to six weekend posts had failed twice and the posts would be re-advertised", "Ms Dunmore", ["workforce", "adult-social-care"]),
  q("5", "request", "Could the Committee see the risk register for the discharge programme before its next meeting",
    "Cllr Gareth Lloyd", "agreed to share the programme risk register with members on a confidential basis", "Ms Dunmore", ["governance"]),
  q("6", "question", "How much was the Council paying each week for the most expensive residential placement",
    "Cllr Tom Whitcombe", "the highest weekly fee was £14,600 for a single placement with an independent provider", "The Director of Children's Services", ["children-and-families", "finance", "privatisation"]),
  q("6", "question", "When would the two council-run children's homes open and how would they be staffed",
    "Cllr Priya Nair", "the first home in Larch Road would open in June", "The Director", ["children-and-families", "privatisation", "workforce"]),
  q("6", "question", "Were foster carers leaving because the allowances had not kept pace with costs",
    "Cllr Anwen Price", "exit interviews showed that retirement rather than the level of allowances was the main reason", "The Director", ["children-and-families", "finance"]),
  q("7", "question", "How many families with children had been in bed and breakfast",
    "Cllr Sioned Hughes", "nineteen families were in breach of the six-week limit at the end of February", "The Head of Housing Options", ["housing", "children-and-families"]),
  q("7", "question", "Had private landlords been offered incentives to house homeless households in the borough",
    "Cllr Rhodri Evans", "a £2,000 incentive scheme had secured thirty-one tenancies since November", "She", ["housing"]),
  q("7", "question", "Was the health of children placed in temporary accommodation out of area being followed up",
    "Cllr Daniel Okafor", "health visitors now received a weekly list of families placed outside the borough", "The Director of Public Health", ["housing", "children-and-families", "public-health"]),
 ],
 "resolutions": [
  {"item": "3", "text": "meeting held on 14 January 2025 were agreed as a correct record", "outcome": "agreed", "themes": []},
  {"item": "4", "text": "asked for the final specification to be shared before the tender opens", "outcome": "agreed", "themes": ["subcontracting", "adult-social-care"]},
  {"item": "5", "text": "requested a further report on weekend discharge arrangements in July 2025", "outcome": "agreed", "themes": ["adult-social-care", "integration"]},
  {"item": "5", "text": "agreed that the Chair write to the Chief Executive of the ICB about weekend staffing", "outcome": "agreed", "themes": ["workforce", "integration"]},
  {"item": "6", "text": "noted the draft strategy and endorsed the plan to open two council-run children's homes", "outcome": "agreed", "themes": ["children-and-families", "privatisation"]},
  {"item": "7", "text": "noted the report and asked for quarterly figures on families placed in bed and breakfast", "outcome": "agreed", "themes": ["housing", "children-and-families"]},
  {"item": "8", "text": "agreed the work programme for 2025/26 subject to adding access to NHS dentistry", "outcome": "agreed", "themes": ["governance", "primary-care"]},
 ],
 "attendees": [
  {"name": "Cllr Gareth Lloyd", "role": "Chair", "attendance": "present"},
  {"name": "Cllr Anwen Price", "role": "Vice-Chair", "attendance": "present"},
  {"name": "Cllr Rhodri Evans", "role": None, "attendance": "present"},
  {"name": "Cllr Sioned Hughes", "role": None, "attendance": "present"},
  {"name": "Cllr Priya Nair", "role": None, "attendance": "present"},
  {"name": "Cllr Daniel Okafor", "role": "substitute for Cllr Helen Marsh", "attendance": "present"},
  {"name": "Cllr Tom Whitcombe", "role": None, "attendance": "present"},
  {"name": "Julia Fenwick", "role": "Director of Adult Social Care", "attendance": "in_attendance"},
  {"name": "Kiran Bassi", "role": "Head of Commissioning and Market Development", "attendance": "in_attendance"},
  {"name": "Mark Bellamy", "role": "Director of Children's Services", "attendance": "in_attendance"},
  {"name": "Dr Ruth Adeyemi", "role": "Director of Public Health", "attendance": "in_attendance"},
  {"name": "Sarah Quinlan", "role": "Head of Housing Options and Homelessness", "attendance": "in_attendance"},
  {"name": "Owen Pritchard", "role": "Democratic Services Officer", "attendance": "in_attendance"},
  {"name": "Claire Dunmore", "role": "Director of Place, Mid Vale Integrated Care Board", "attendance": "in_attendance"},
  {"name": "Cllr Helen Marsh", "role": None, "attendance": "apologies"},
  {"name": "Cllr Ieuan Bevan", "role": None, "attendance": "apologies"},
 ],
}

# ---------------------------------------------------------------- report
REP_NAME = "fr-marlcombe-asc-complaints-annual-report-2024-25.docx"

def build_report():
    doc = Document()
    fix_props(doc, "Adult social care complaints and compliments annual report 2024/25")
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    header_footer(doc, COUNCIL, "Adult Social Care Complaints Annual Report", "2024/25")
    doc.add_paragraph("Adult social care complaints and compliments annual report 2024/25", style="Title")
    doc.add_paragraph("Marlcombe Council – Customer Feedback and Complaints Team. Prepared under the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009.")
    doc.add_paragraph("1. Introduction", style="Heading 1")
    doc.add_paragraph("This report summarises the complaints, compliments and enquiries received about adult social care between 1 April 2024 and 31 March 2025. The Council is required to publish an annual report on the handling of statutory complaints. Feedback from people who use services and their carers is used to improve practice, and learning is shared with managers each quarter.")
    doc.add_paragraph("2. Headline figures", style="Heading 1")
    t = doc.add_table(rows=1, cols=3); t.style = doc.styles["Table Grid"]
    for c, h in zip(t.rows[0].cells, ["Measure", "2023/24", "2024/25"]):
        c.paragraphs[0].add_run(h).bold = True
    for row in [("Complaints received", "214", "247"), ("Complaints upheld or partly upheld", "98 (46%)", "121 (49%)"),
                ("Responded to within agreed timescale", "71%", "78%"), ("Compliments received", "386", "412"),
                ("Referred to the Ombudsman", "17", "22"), ("MP and councillor enquiries", "63", "58")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph()
    doc.add_paragraph("The rise in complaints was concentrated in home care and in financial assessments, which together accounted for 58% of all complaints. Complaints about residential and nursing home care fell slightly.")
    doc.add_paragraph("3. Themes of complaints", style="Heading 1")
    for th in [
        "Missed and late home care visits, particularly in rural areas, where complaints often involved care provided by external providers under contract to the Council.",
        "Charging and financial assessments: delays of up to sixteen weeks in completing financial assessments led to backdated invoices for care charges.",
        "Communication: people told us they did not know who their social worker was or could not get a call back.",
        "Hospital discharge: families were not always involved in decisions about care on leaving hospital.",
        "Carers' assessments: carers reported waiting too long for an assessment or a review.",
    ]:
        doc.add_paragraph(th, style="List Bullet")
    doc.add_paragraph("4. Compliments", style="Heading 1")
    doc.add_paragraph("Most compliments related to the reablement service and to individual care workers. One family wrote: “The team treated Mum with dignity and kindness and helped her get back home.”")
    doc.add_paragraph("5. Lessons learned", style="Heading 1")
    for ll in [
        "Financial assessment letters have been rewritten in plain English and now give an estimate of charges before care starts.",
        "Contract monitoring visits to home care providers now include a check of call logs against complaints.",
        "Team managers now ring the complainant within three working days of a complaint being received.",
        "Training on recording conversations with families has been delivered to 140 staff.",
    ]:
        doc.add_paragraph(ll, style="List Number")
    doc.add_paragraph("6. Local Government and Social Care Ombudsman", style="Heading 1")
    doc.add_paragraph("The Ombudsman made decisions on 22 adult social care complaints about the Council in 2024/25. Nine were investigated in detail, of which seven were upheld. In two cases the Ombudsman found fault in the way charges had been calculated after a delayed financial assessment and recommended refunds totalling £6,840. In one case a home care provider acting on the Council's behalf had failed to deliver visits over a period of five weeks; the Council apologised and paid £750 in recognition of distress. All Ombudsman recommendations were complied with on time.")
    doc.add_paragraph("7. Looking ahead", style="Heading 1")
    doc.add_paragraph("In 2025/26 the team will report quarterly to the Adult Social Care leadership team and annually to the People Scrutiny Committee, and will introduce an online feedback survey for people receiving care at home.")
    path = os.path.join(DOCS, REP_NAME)
    doc.save(path); pin_zip(path)

REP_GOLD = {"document": REP_NAME, "doc_type": "report",
            "themes": ["adult-social-care", "patient-and-public-input", "governance", "finance", "subcontracting", "workforce"]}

# ---------------------------------------------------------------- check
def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()

def docx_text(path):
    d = Document(path)
    parts = []
    body = d.element.body
    for el in body.iter():
        if el.tag == qn("w:p"):
            parts.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
    return "\n".join(parts)

def check():
    ok = True
    for name in (MIN_NAME, REP_NAME):
        g = json.load(open(os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json")))
        text = " " + norm(docx_text(os.path.join(DOCS, name))) + " "
        phrases = []
        for qq in g.get("questions", []):
            phrases.append(qq["text"])
            if qq["answer"]:
                phrases.append(qq["answer"])
        phrases += [r["text"] for r in g.get("resolutions", [])]
        for ph in phrases:
            n = len(ph.split())
            c = text.count(" " + norm(ph) + " ")
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print(f"FAIL {name}: count={c} words={n}: {ph}")
        print(name, "phrases checked:", len(phrases))
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok

def main():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build_minutes(); build_report()
    for g in (MIN_GOLD, REP_GOLD):
        with open(os.path.join(GOLD, g["document"].rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False); f.write("\n")
    check()

if __name__ == "__main__":
    main()
