#!/usr/bin/env python3
"""Build the "gd-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_gd.py           build documents/gd-* and gold/gd-*.json
        build_gd.py --check   verify every gold phrase occurs once in its document
"""
import datetime, io, json, os, re, sys, zipfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FIXED = datetime.datetime(2025, 10, 20, 9, 0, 0)
ZDATE = (2025, 10, 20, 9, 0, 0)

DOC1 = "gd-harrowdale-hosc-2025-10-14.docx"
DOC2 = "gd-harrowdale-hosc-recommendations-tracker.docx"
COUNCIL = "Harrowdale County Council"
COMMITTEE = "Health Overview and Scrutiny Committee"
LOGLINE = "The Committee's decision is recorded in the decisions log below."


def pin_docx(doc, path):
    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(name))


def add_field(par, instr):
    run = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); run._r.append(b)
    run2 = par.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = f" {instr} "; run2._r.append(t)
    run3 = par.add_run()
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); run3._r.append(s)
    par.add_run("1")
    run4 = par.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); run4._r.append(e)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def base_doc(header_text):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    for s in ("Heading 1", "Heading 2"):
        doc.styles[s].font.name = "Arial"; doc.styles[s].font.color.rgb = RGBColor(0, 0, 0)
    doc.styles["Heading 2"].font.size = Pt(12)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]; hp.text = header_text; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Page ").font.size = Pt(8)
    add_field(fp, "PAGE")
    fp.add_run("\tChairman's initials ..........").font.size = Pt(8)
    return doc


def para(doc, text, bold_lead=None, justify=True):
    p = doc.add_paragraph()
    if bold_lead:
        p.add_run(bold_lead).bold = True
    p.add_run(text)
    if justify:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(6)
    return p


# ---------------------------------------------------------------- document 1
ITEMS = [
    ("61", "Apologies for Absence and Substitutions", [
        "Apologies for absence were received from Councillors P Haverstock and J Mullins. "
        "Councillor T Okafor attended as substitute for Councillor Haverstock and Councillor "
        "D Renshaw as substitute for Councillor Mullins. Apologies were also received from "
        "Ms K Doyle (Healthwatch Harrowdale, co-opted member).",
        "No decision was required under this item."]),
    ("62", "Declarations of Interest", [
        "Councillor S Bramwell declared a personal interest in Minute 66 as her daughter is "
        "employed as a care worker by one of the Council's current home care providers. She "
        "remained in the meeting and took part in the discussion. No other declarations were made.",
        "No decision was required under this item."]),
    ("63", "Minutes of the Previous Meeting", [
        "The minutes of the meeting held on 9 September 2025 were submitted for confirmation. "
        "The Democratic Services Officer reported one typographical correction at Minute 54.",
        LOGLINE]),
    ("64", "Public Participation", [
        "One question had been received in accordance with the Committee's public participation "
        "scheme. Mr G Whitlock, a resident of Castle Ellery, asked why the overnight closure of the "
        "minor injuries unit at Castle Ellery Community Hospital had not been subject to public "
        "consultation before it took effect in August. The Chair responded that the Committee had "
        "written to the ICB on the matter and had been told that the change was a temporary measure "
        "linked to staffing, but that she would ask the ICB to attend the December meeting to explain "
        "whether the change amounted to a substantial variation requiring formal consultation. "
        "Mr Whitlock thanked the Chair for her response.",
        "No decision was required under this item."]),
    ("65", "Urgent and Emergency Care: Winter Plan 2025/26", [
        "The Committee considered a report of the Harrowdale and Wyre Integrated Care Board (ICB) "
        "setting out the system's plan for urgent and emergency care over winter 2025/26. Ms R Ansell, "
        "Director of Urgent Care and System Flow, Harrowdale and Wyre ICB, introduced the report, "
        "supported by Mr O Pryce, Chief Operating Officer, Harrowdale Hospitals NHS Foundation Trust.",
        "Cllr Bramwell asked how many additional beds would be opened at Harrowdale General Hospital "
        "over the winter and how they would be staffed; the ICB Director said that 38 escalation beds "
        "would open from 1 December, staffed largely through the Trust's own bank rather than agency "
        "nurses. Cllr Fenwick raised concern that handover delays for ambulances outside the emergency "
        "department had worsened since the spring, with crews waiting more than three hours on several "
        "occasions in September; Mr Pryce acknowledged the position and said that a new ambulance "
        "receiving area with twelve trolley spaces would open in November. Cllr Okafor asked whether "
        "the plan made use of community pharmacies and GP practices to divert patients from the "
        "emergency department; the ICB Director said that an additional 4,200 same-day GP appointments "
        "per week had been commissioned through the primary care networks for the winter period.",
        "Cllr Renshaw raised concern that the winter funding from NHS England had arrived too late to "
        "be used well; the ICB Director agreed that late allocations made planning harder but said "
        "that the ICB had committed funding from its own reserves in advance. The Chair asked that the "
        "Committee receive the ambulance handover figures monthly until the end of March.",
        LOGLINE]),
    ("66", "Home Care Recommissioning 2026-2031", [
        "Mr S Achterberg, Assistant Director, Commissioning, Brokerage and Market Sustainability "
        "(Adults and Health), presented a report on the proposed recommissioning of home care from "
        "April 2026. The report proposed replacing the current 41 spot-purchased providers with eight "
        "zoned lead providers on five-year contracts, with a fixed hourly rate of \u00a324.60.",
        "Cllr Fenwick asked what proportion of the current providers were owned by private equity "
        "investors; the Assistant Director said that four of the larger providers were owned by "
        "investment funds and that the tender would include financial resilience tests. Cllr Bramwell "
        "raised concern that zoning would force people to change their carer if their current provider "
        "did not win the zone; Mr Achterberg said that existing packages would be allowed to continue "
        "with the current provider for up to twelve months. Cllr Okafor asked whether the Council had "
        "considered bringing part of the service back in-house, as neighbouring Wyre Borough had done "
        "for reablement; the Corporate Director of Adults and Health said that an in-house option had "
        "been appraised but would cost an estimated \u00a33.1m more a year. Cllr Lister asked whether "
        "the hourly rate would allow providers to pay care workers the Real Living Wage. The Assistant "
        "Director undertook to provide a written answer setting out the cost model behind the rate.",
        LOGLINE]),
    ("67", "Stop Smoking Service: Contract Extension", [
        "Dr M Osei, Director of Public Health, reported that the contract with Clearway Health CIC for "
        "the specialist stop smoking service had been extended by twelve months to March 2027 under the "
        "Council's procurement rules, funded from the Local Stop Smoking Services and Support Grant.",
        "Cllr Renshaw asked how many people had set a quit date in 2024/25 and how many had quit at four "
        "weeks; the Director of Public Health said that 2,310 people had set a quit date and 1,207 had "
        "quit at four weeks, a rate of 52 per cent. Cllr Lister sought clarification on why the "
        "extension had not been brought to the Committee before it was signed. Dr Osei explained that "
        "the decision had been taken under delegated powers because of the short timescale attached "
        "to the grant.",
        LOGLINE]),
    ("68", "Work Programme 2025/26", [
        "The Committee considered its work programme for the remainder of 2025/26. Cllr Okafor "
        "requested that the item on access to NHS dentistry be brought forward from March to "
        "February 2026, given the number of residents contacting Members about it.",
        LOGLINE]),
]

LOG = [
    ("63", "The minutes of the meeting held on 9 September 2025 were confirmed as a correct record, "
           "subject to \u2018Frinton Road\u2019 being corrected to \u2018Frinton Lane\u2019 at Minute 54, "
           "and were signed by the Chair.", "None", "\u2013", "\u2013"),
    ("65", "The Committee noted the Urgent and Emergency Care Winter Plan 2025/26 and requested that "
           "ambulance handover figures be reported to Members monthly until March 2026.",
     "Circulate monthly ambulance handover data to all Committee Members",
     "Director of Urgent Care and System Flow, ICB", "Monthly to 31/03/2026"),
    ("66", "The Committee recommended to Cabinet that the home care contracts include a requirement "
           "for all providers to pay at least the Real Living Wage from April 2026.",
     "Refer recommendation to Cabinet (4 November 2025)",
     "Senior Democratic Services and Scrutiny Officer", "04/11/2025"),
    ("66", "The Committee agreed to establish a task group of four Members to review the tender "
           "evaluation criteria before the invitation to tender is published.",
     "Seek nominations from political groups; arrange first meeting",
     "Senior Democratic Services and Scrutiny Officer", "31/10/2025"),
    ("67", "The Committee noted the twelve-month extension of the specialist stop smoking service contract.",
     "None", "\u2013", "\u2013"),
    ("68", "The work programme was approved, with the addition of the Castle Ellery minor injuries unit "
           "to the December meeting and the dentistry item moved to February 2026.",
     "Update work programme; invite ICB to December meeting",
     "Senior Democratic Services and Scrutiny Officer", "21/10/2025"),
]


def build_doc1(path):
    doc = base_doc(f"{COUNCIL} \u2013 {COMMITTEE} \u2013 14 October 2025")
    p = doc.add_paragraph(); r = p.add_run(COUNCIL.upper()); r.bold = True; r.font.size = Pt(14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph(); r = p.add_run(COMMITTEE.upper()); r.bold = True; r.font.size = Pt(13)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(doc, "MINUTES of a meeting of the Health Overview and Scrutiny Committee held in the Council "
              "Chamber, County Hall, Harrowdale on Tuesday 14 October 2025 at 10.00 am.")
    para(doc, "Councillor H Marchbank (Chair), Councillor C Fenwick (Vice-Chair), Councillors "
              "S Bramwell, R Lister, A Pike, T Okafor (substituting for Councillor P Haverstock) and "
              "D Renshaw (substituting for Councillor J Mullins).", bold_lead="Members present: ")
    para(doc, "Dr M Osei (Director of Public Health), Mrs J Carraway (Corporate Director of Adults and "
              "Health), Mr S Achterberg (Assistant Director, Commissioning, Brokerage and Market "
              "Sustainability (Adults and Health)) and Ms L Fairbrother (Senior Democratic Services and "
              "Scrutiny Officer).", bold_lead="Officers: ")
    para(doc, "Ms R Ansell (Director of Urgent Care and System Flow, Harrowdale and Wyre ICB) and "
              "Mr O Pryce (Chief Operating Officer, Harrowdale Hospitals NHS Foundation Trust).",
         bold_lead="Partners: ")
    para(doc, "Councillors P Haverstock and J Mullins; Ms K Doyle (Healthwatch Harrowdale, co-opted member).",
         bold_lead="Apologies: ")
    for num, title, paras in ITEMS:
        doc.add_heading(f"Minute {num} \u2013 {title}", level=2)
        for t in paras:
            p = para(doc, t)
            if t == LOGLINE:
                p.runs[0].italic = True
    doc.add_heading("Decisions and actions log", level=2)
    para(doc, "All decisions taken at the meeting are recorded below against the minute to which they relate.")
    tbl = doc.add_table(rows=1, cols=5); tbl.style = "Table Grid"
    for i, h in enumerate(["Minute", "Decision", "Action", "Owner", "Due"]):
        c = tbl.rows[0].cells[i]; c.text = ""; c.paragraphs[0].add_run(h).bold = True; shade(c, "D9E2F3")
    for row in LOG:
        cells = tbl.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
            for r in cells[i].paragraphs[0].runs:
                r.font.size = Pt(9)
    widths = [Cm(1.6), Cm(7.0), Cm(4.0), Cm(2.6), Cm(1.8)]
    for row in tbl.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    para(doc, "The meeting closed at 12.48 pm.", justify=False)
    para(doc, "Chair ....................................................    Date ........................", justify=False)
    pin_docx(doc, path)


# ---------------------------------------------------------------- document 2
TRACKER = [
    ("HOSC/R/24-07", "12 Nov 2024", "That Cabinet commissions an independent review of delayed hospital discharges for people needing home care packages.",
     "Cabinet", "Accepted (Cabinet 17 Dec 2024)", "Review completed by Northbrook Associates; report published June 2025. Discharge-to-assess pathway expanded.", "Green"),
    ("HOSC/R/24-09", "12 Nov 2024", "That the Council publishes the hourly rates paid to each home care provider.",
     "Cabinet", "Partially accepted", "Average rates published; provider-level rates withheld as commercially sensitive. Committee to revisit in December 2025.", "Amber"),
    ("HOSC/R/25-02", "4 Feb 2025", "That the ICB reports on waiting times for children and young people's mental health services each quarter.",
     "Harrowdale and Wyre ICB", "Accepted", "Q1 2025/26 data received; Q2 data delayed by system change.", "Amber"),
    ("HOSC/R/25-03", "4 Feb 2025", "That Cabinet restores funding for the community sexual health outreach service.",
     "Cabinet", "Rejected (Cabinet 11 Mar 2025)", "Cabinet cited budget pressures; public health grant uplift to be reviewed in 2026/27.", "Red"),
    ("HOSC/R/25-05", "8 Apr 2025", "That a workforce plan for social workers in adult services is brought to the Committee.",
     "Corporate Director of Adults and Health", "Accepted", "Plan scheduled for the January 2026 meeting; vacancy rate currently 14%.", "Amber"),
    ("HOSC/R/25-06", "8 Apr 2025", "That the ICB consults patients before any further changes to GP out-of-hours bases.",
     "Harrowdale and Wyre ICB", "Accepted", "Engagement plan agreed with Healthwatch Harrowdale.", "Green"),
    ("HOSC/R/25-08", "10 Jun 2025", "That the Council considers bringing the reablement service back in-house when the current contract ends.",
     "Cabinet", "Under consideration", "Options appraisal due March 2026.", "Amber"),
]
RAG_FILL = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}


def build_doc2(path):
    doc = base_doc(f"{COUNCIL} \u2013 {COMMITTEE}")
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    doc.add_heading("Health Overview and Scrutiny Committee \u2013 Recommendations Tracker", level=1)
    para(doc, "Position as at 30 September 2025. This tracker records the recommendations made by the "
              "Committee since May 2024, the response of the Cabinet or partner organisation, and the "
              "latest update on implementation. It is not a record of any meeting.")
    para(doc, "Green \u2013 implemented; Amber \u2013 in progress or partially accepted; Red \u2013 rejected "
              "or overdue. Completed recommendations are removed after they have been reported once.",
         bold_lead="RAG key: ")
    tbl = doc.add_table(rows=1, cols=7); tbl.style = "Table Grid"
    for i, h in enumerate(["Ref", "Meeting", "Recommendation", "Made to", "Response", "Latest update", "RAG"]):
        c = tbl.rows[0].cells[i]; c.text = ""; c.paragraphs[0].add_run(h).bold = True; shade(c, "D9D9D9")
    for row in TRACKER:
        cells = tbl.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
            for r in cells[i].paragraphs[0].runs:
                r.font.size = Pt(9)
        shade(cells[6], RAG_FILL[row[6]])
    doc.add_paragraph()
    para(doc, "Contact: Senior Democratic Services and Scrutiny Officer, County Hall, Harrowdale.", justify=False)
    pin_docx(doc, path)


# ---------------------------------------------------------------- gold
def Q(item, kind, text, asked_by, answer, given_by, themes):
    return dict(item=item, kind=kind, text=text, asked_by=asked_by, answer=answer, given_by=given_by, themes=themes)


GOLD1 = {
    "document": DOC1, "doc_type": "minutes", "committee": COMMITTEE, "meeting_date": "2025-10-14",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        Q("64", "question", "the overnight closure of the minor injuries unit at Castle Ellery", "Mr G Whitlock",
          "the change was a temporary measure linked to staffing", "The Chair", ["patient-and-public-input"]),
        Q("65", "question", "how many additional beds would be opened at Harrowdale General Hospital", "Cllr Bramwell",
          "38 escalation beds would open from 1 December", "the ICB Director", ["workforce"]),
        Q("65", "concern", "handover delays for ambulances outside the emergency department had worsened", "Cllr Fenwick",
          "a new ambulance receiving area with twelve trolley spaces", "Mr Pryce", []),
        Q("65", "question", "made use of community pharmacies and GP practices to divert patients", "Cllr Okafor",
          "an additional 4,200 same-day GP appointments per week had been commissioned", "the ICB Director",
          ["primary-care"]),
        Q("65", "concern", "the winter funding from NHS England had arrived too late", "Cllr Renshaw",
          "the ICB had committed funding from its own reserves in advance", "the ICB Director", ["finance"]),
        Q("65", "request", "receive the ambulance handover figures monthly until the end of March", "The Chair",
          None, None, []),
        Q("66", "question", "what proportion of the current providers were owned by private equity investors",
          "Cllr Fenwick", "four of the larger providers were owned by investment funds", "the Assistant Director",
          ["privatisation", "subcontracting", "adult-social-care"]),
        Q("66", "concern", "zoning would force people to change their carer", "Cllr Bramwell",
          "existing packages would be allowed to continue with the current provider", "Mr Achterberg",
          ["subcontracting", "adult-social-care"]),
        Q("66", "question", "considered bringing part of the service back in-house", "Cllr Okafor",
          "an in-house option had been appraised but would cost", "the Corporate Director of Adults and Health",
          ["privatisation", "finance", "adult-social-care"]),
        Q("66", "question", "whether the hourly rate would allow providers to pay care workers", "Cllr Lister",
          "undertook to provide a written answer setting out the cost model", "The Assistant Director",
          ["workforce", "finance", "adult-social-care"]),
        Q("67", "question", "how many people had set a quit date in 2024/25", "Cllr Renshaw",
          "2,310 people had set a quit date and 1,207 had quit at four weeks", "the Director of Public Health",
          ["public-health"]),
        Q("67", "question", "why the extension had not been brought to the Committee before it was signed", "Cllr Lister",
          "the decision had been taken under delegated powers", "Dr Osei",
          ["governance", "subcontracting", "public-health"]),
        Q("68", "request", "the item on access to NHS dentistry be brought forward", "Cllr Okafor", None, None,
          ["primary-care"]),
    ],
    "resolutions": [
        {"item": "63", "text": "were confirmed as a correct record, subject to Frinton Road being corrected",
         "outcome": "agreed", "themes": []},
        {"item": "65", "text": "noted the Urgent and Emergency Care Winter Plan 2025/26 and requested",
         "outcome": "agreed", "themes": []},
        {"item": "66", "text": "recommended to Cabinet that the home care contracts include a requirement",
         "outcome": "recommended", "themes": ["workforce", "subcontracting", "adult-social-care"]},
        {"item": "66", "text": "agreed to establish a task group of four Members to review",
         "outcome": "agreed", "themes": ["governance", "subcontracting"]},
        {"item": "67", "text": "noted the twelve-month extension of the specialist stop smoking service contract",
         "outcome": "noted", "themes": ["subcontracting", "public-health"]},
        {"item": "68", "text": "The work programme was approved, with the addition of",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "Councillor H Marchbank", "role": "Chair", "attendance": "present"},
        {"name": "Councillor C Fenwick", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor S Bramwell", "role": None, "attendance": "present"},
        {"name": "Councillor R Lister", "role": None, "attendance": "present"},
        {"name": "Councillor A Pike", "role": None, "attendance": "present"},
        {"name": "Councillor T Okafor", "role": "substituting for Councillor P Haverstock", "attendance": "present"},
        {"name": "Councillor D Renshaw", "role": "substituting for Councillor J Mullins", "attendance": "present"},
        {"name": "Dr M Osei", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Mrs J Carraway", "role": "Corporate Director of Adults and Health", "attendance": "in_attendance"},
        {"name": "Mr S Achterberg", "role": "Assistant Director, Commissioning, Brokerage and Market Sustainability (Adults and Health)",
         "attendance": "in_attendance"},
        {"name": "Ms L Fairbrother", "role": "Senior Democratic Services and Scrutiny Officer", "attendance": "in_attendance"},
        {"name": "Ms R Ansell", "role": "Director of Urgent Care and System Flow, Harrowdale and Wyre ICB", "attendance": "in_attendance"},
        {"name": "Mr O Pryce", "role": "Chief Operating Officer, Harrowdale Hospitals NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "Councillor P Haverstock", "role": None, "attendance": "apologies"},
        {"name": "Councillor J Mullins", "role": None, "attendance": "apologies"},
        {"name": "Ms K Doyle", "role": "Healthwatch Harrowdale, co-opted member", "attendance": "apologies"},
    ],
}

GOLD2 = {
    "document": DOC2, "doc_type": "other",
    "themes": ["governance", "adult-social-care", "mental-health", "children-and-families", "public-health",
               "workforce", "primary-care", "patient-and-public-input", "privatisation", "subcontracting", "finance"],
}


# ---------------------------------------------------------------- check
def doc_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return "\n".join(parts)


def norm(s):
    s = s.lower().replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def check():
    ok = True
    for gname in sorted(os.listdir(GOLD)):
        if not gname.startswith("gd-"):
            continue
        g = json.load(open(os.path.join(GOLD, gname)))
        text = norm(doc_text(os.path.join(DOCS, g["document"])))
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = text.count(norm(ph))
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print(f"FAIL {gname} {kind}: count={c} words={n}: {ph}")
        print(f"{gname}: {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    build_doc1(os.path.join(DOCS, DOC1))
    build_doc2(os.path.join(DOCS, DOC2))
    for g in (GOLD1, GOLD2):
        with open(os.path.join(GOLD, g["document"].rsplit(".", 1)[0] + ".json"), "w") as f:
            json.dump(g, f, indent=2, ensure_ascii=False); f.write("\n")
    print("built")


if __name__ == "__main__":
    main()
