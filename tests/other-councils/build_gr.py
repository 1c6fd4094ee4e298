#!/usr/bin/env python3
"""Build the "gr-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_gr.py           build documents/gr-* and gold/gr-*.json
        build_gr.py --check   verify every gold phrase occurs once in its document
"""
import datetime, io, json, os, re, sys, zipfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FIXED = (2025, 9, 15, 9, 0, 0)
COUNCIL = "Broadmere County Council"

def pin_zip(path):
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())

def new_doc(title):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = title
    cp.created = datetime.datetime(2025, 9, 15, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 9, 15, 9, 0, 0)
    cp.revision = 1
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    return d

def add_field(par, instr):
    r = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = par.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r2._r.append(t)
    r3 = par.add_run()
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
    par.add_run("1")
    r4 = par.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r4._r.append(e)

def header_footer(d, head):
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = head
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    add_field(fp, "PAGE")
    fp.add_run(" of ")
    add_field(fp, "NUMPAGES")

def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)

def para(d, text, bold=False, indent=None, space_after=6, justify=True):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = bold
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if justify:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p

def numbered(d, num, text):
    """Typed paragraph number, tab, text, hanging indent."""
    p = d.add_paragraph()
    p.add_run(num + "\t" + text)
    pf = p.paragraph_format
    pf.left_indent = Cm(1.27); pf.first_line_indent = Cm(-1.27)
    pf.tab_stops.add_tab_stop(Cm(1.27)); pf.space_after = Pt(6)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p

def item_heading(d, num, title):
    p = d.add_paragraph()
    r = p.add_run(num + "\t" + title); r.bold = True
    pf = p.paragraph_format
    pf.left_indent = Cm(1.27); pf.first_line_indent = Cm(-1.27)
    pf.tab_stops.add_tab_stop(Cm(1.27)); pf.space_before = Pt(10); pf.space_after = Pt(6)

def bullets(d, items):
    for t in items:
        p = d.add_paragraph(style="List Bullet")
        p.add_run(t)
        p.paragraph_format.left_indent = Cm(1.9)
        p.paragraph_format.space_after = Pt(4)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

def clauses(d, items):
    for lab, t in items:
        p = d.add_paragraph()
        p.add_run(lab + "\t" + t)
        pf = p.paragraph_format
        pf.left_indent = Cm(2.4); pf.first_line_indent = Cm(-1.1)
        pf.tab_stops.add_tab_stop(Cm(2.4)); pf.space_after = Pt(4)

def two_col(d, rows, label):
    para(d, label, bold=True, space_after=2, justify=False)
    t = d.add_table(rows=0, cols=2)
    no_borders(t)
    for a, b in rows:
        c = t.add_row().cells
        c[0].text = a; c[1].text = b
        c[0].width = Cm(6.5); c[1].width = Cm(10)
    d.add_paragraph().paragraph_format.space_after = Pt(2)

# ---------------------------------------------------------------- document 1
MIN_NAME = "gr-broadmere-hosc-2025-09-11.docx"

def build_minutes(path):
    d = new_doc("Health Overview and Scrutiny Committee minutes 11 September 2025")
    header_footer(d, "Health Overview and Scrutiny Committee\n11 September 2025")
    p = para(d, "Health Overview and Scrutiny Committee", bold=True, justify=False)
    p.runs[0].font.size = Pt(16)
    para(d, "Minutes of the Meeting Held on Thursday 11 September 2025 at 10am in the Council Chamber, County Hall, Kingsmere", justify=False)
    two_col(d, [
        ("Cllr Jane Tamworth (Chair)", COUNCIL),
        ("Cllr Peter Hartwell (Vice-Chair)", COUNCIL),
        ("Cllr Susan Dewsbury", COUNCIL),
        ("Cllr Gary Moreton", COUNCIL),
        ("Cllr Rachel Oduya", COUNCIL),
        ("Cllr Alan Paterson", COUNCIL),
        ("Cllr Lucy Fairweather", "Marshland District Council"),
    ], "Members Present:")
    two_col(d, [("Cllr Ann Calloway", "Fenwick City Council")], "Co-opted Member (non-voting):")
    two_col(d, [("Cllr Sandra Pike for Cllr Brian Lowery", COUNCIL)], "Substitute Member Present:")
    two_col(d, [
        ("Simon Redfearn", "Chief Executive, Broadmere Community Health and Care NHS Trust"),
        ("Maggie Ellwood", "Director of Nursing, Broadmere Community Health and Care NHS Trust"),
        ("Dr Priya Nandakumar", "Director of Strategy and Transformation, Broadmere and Fenwick Integrated Care Board (ICB)"),
        ("Keith Arbuthnot", "Chief Finance Officer, Broadmere and Fenwick ICB"),
        ("Helen Marsh", "Head of Urgent and Emergency Care, Broadmere and Fenwick ICB"),
        ("Tom Bexley", "Locality Director (Broadmere), Fenland Coast Ambulance Service NHS Trust"),
        ("James Whitlow", "Director of Adult Social Services, Broadmere County Council"),
        ("Carol Dunmore", "Democratic Support and Scrutiny Team Manager"),
    ], "Also Present:")
    two_col(d, [("Cllr Brian Lowery", COUNCIL), ("Cllr Helen Gray", COUNCIL)], "Apologies for Absence")

    item_heading(d, "1.", "Apologies and Substitutions")
    numbered(d, "1.1", "Apologies were received from Cllr Brian Lowery (Cllr Sandra Pike substituting) and Cllr Helen Gray.")
    item_heading(d, "2.", "Minutes")
    numbered(d, "2.1", "The minutes of the previous meeting held on 17 July 2025 were agreed as an accurate record and signed by the Chair.")
    item_heading(d, "3.", "Declarations of Interest")
    numbered(d, "3.1", "Cllr Rachel Oduya declared an other interest as she is employed part-time by a GP practice in Wellsby. Cllr Lucy Fairweather declared an other interest as a volunteer driver for the Marshland Community Transport scheme.")
    item_heading(d, "4.", "Urgent Business")
    numbered(d, "4.1", "There was no urgent business.")
    item_heading(d, "5.", "Chair’s Announcements")
    numbered(d, "5.1", "The Chair reported that she had written to the ICB following the temporary overnight closure of the Saltney minor injuries unit in August, and had received a reply setting out the staffing reasons for the closure; the reply had been circulated to Members by email. She also welcomed Cllr Ann Calloway to her first meeting as the Fenwick City Council co-opted member.")
    numbered(d, "5.2", "The Committee noted the Chair’s announcements and the ICB’s reply about Saltney.")

    item_heading(d, "6.", "Community Stroke Rehabilitation – Proposed Changes")
    numbered(d, "6.1", "The Committee received the suggested approach from the Democratic Support and Scrutiny Team Manager to a report from Broadmere and Fenwick ICB and Broadmere Community Health and Care NHS Trust on proposals to consolidate community stroke rehabilitation beds at the Thornbury unit and to commission twelve additional beds from an independent provider in Fenwick.")
    numbered(d, "6.2", "The Chief Executive of the Trust introduced the report and explained that the current arrangement of beds spread across three community hospitals did not allow therapy staff to provide the recommended daily hours of rehabilitation.")
    numbered(d, "6.3", "In the course of discussion the following key points were noted:")
    bullets(d, [
        "Members asked about the length of time patients currently waited for a community rehabilitation bed after leaving the acute stroke unit. The Chief Executive explained that the average wait had fallen from eleven days to six days since March 2025 but remained above the national ambition.",
        "Cllr Hartwell queried whether the proposed contract with the independent provider in Fenwick would be time limited; the ICB confirmed that the contract would run for three years with an option to extend by a further two years.",
        "In reply to a question the Director of Nursing said that therapy staffing at the Thornbury unit had stabilised, with the two remaining physiotherapy vacancies being covered by bank staff until new graduates started in October.",
        "The Chief Executive informed the Committee that the Trust had received 214 responses to its summer engagement exercise, most of them from stroke survivors and their families.",
        "Members expressed concern that relatives living in the west of the county would face journeys of more than an hour to visit patients in Fenwick. The Chief Executive explained that the volunteer driver scheme would be extended to families of stroke patients for the first time.",
        "Cllr Dewsbury asked whether the proposals amounted to a substantial variation requiring formal public consultation. The Director of Strategy and Transformation stated that legal advice was being taken and the Committee would be told the outcome before the end of October.",
        "Members asked about the cost of the new model. The Chief Finance Officer confirmed that the recurrent budget of £4.2m would be unchanged and that no savings target had been attached to the proposals.",
        "Cllr Fairweather sought assurance that patients would still have a choice of bed nearer home; the Director of Nursing said that patient choice would be recorded and any patient declining a Fenwick bed would be offered the next available local bed.",
    ])
    numbered(d, "6.4", "The Committee agreed")
    clauses(d, [
        ("(a)", "To note the report and the findings of the summer engagement exercise."),
        ("(b)", "To ask the ICB for a briefing on the outcome of the legal advice about substantial variation by 31 October 2025."),
        ("(c)", "To add a further update on community stroke rehabilitation to the forward work programme for March 2026."),
    ])

    item_heading(d, "7.", "Ambulance Response Times and Hospital Handover Delays")
    numbered(d, "7.1", "The Committee received the suggested approach from the Democratic Support and Scrutiny Team Manager to a joint report from Fenland Coast Ambulance Service NHS Trust and Broadmere and Fenwick ICB on ambulance performance and handover delays at Queen Adelaide Hospital, King’s Harwich.")
    numbered(d, "7.2", "In the course of discussion the following key points were noted:")
    bullets(d, [
        "The Locality Director reported that category 2 response times in rural parts of the county had averaged 51 minutes in July, against a national standard of 30 minutes.",
        "Members asked about the number of hours lost to handover delays at Queen Adelaide Hospital. The Head of Urgent and Emergency Care said that 4,312 hours had been lost in July, a reduction of 18% on July 2024.",
        "Cllr Moreton queried whether the new hospital ambulance liaison officers were permanent posts; the Trust confirmed that the posts were funded by the ICB only until March 2026.",
        "Members raised concerns about older people waiting several hours on the floor after a fall at home. The Locality Director explained that a falls response car crewed by a paramedic and an occupational therapist now operated every evening.",
        "In reply to a question the Director of Adult Social Services said that delays in arranging home care packages were now the main reason medically fit patients remained in hospital beds.",
        "Cllr Paterson asked whether private ambulance companies would again be used to meet winter demand; the Locality Director confirmed that contracted private ambulance services had carried about 6% of patients last winter and would be used again.",
        "Cllr Oduya requested that future reports show response times separately for each district council area in the county.",
    ])
    numbered(d, "7.3", "The Committee agreed")
    clauses(d, [
        ("(a)", "To note the update from the Ambulance Trust and the ICB."),
        ("(b)", "To write to the ICB asking that funding for the hospital ambulance liaison officers be continued beyond March 2026."),
    ])

    item_heading(d, "8.", "Forward Work Programme")
    numbered(d, "8.1", "The Committee received the suggested approach from the Democratic Support and Scrutiny Team Manager to the forward work programme and the list of briefings circulated since the last meeting.")
    numbered(d, "8.2", "In the course of discussion the following key points were noted:")
    bullets(d, [
        "Cllr Hartwell suggested that access to NHS dentistry in the coastal towns be considered at the January meeting. The Democratic Support and Scrutiny Team Manager advised that the ICB had already offered to attend in January.",
        "Members asked whether the Committee could look at the recommissioning of the children’s community nursing service. The Manager said that this would first be raised with the Chair of the Children’s Services Scrutiny Committee to avoid duplication.",
    ])
    numbered(d, "8.3", "The Committee agreed")
    clauses(d, [
        ("(a)", "The forward work programme, subject to adding NHS dentistry in the coastal towns to the January 2026 meeting."),
    ])

    d.add_paragraph()
    para(d, "Cllr Jane Tamworth, Chair", bold=True, space_after=0, justify=False)
    para(d, "Health Overview and Scrutiny Committee", space_after=10, justify=False)
    para(d, "The meeting concluded at 12.40pm", justify=False)
    para(d, "If you need these minutes in large print, audio, Braille, alternative format or in a different language please contact Democratic Services on 0345 000 4411 or text relay on 18001 0345 000 4411 and we will do our best to help.", justify=False)
    d.save(path)
    pin_zip(path)

def Q(item, kind, text, asked_by, answer, given_by, themes):
    return dict(item=item, kind=kind, text=text, asked_by=asked_by, answer=answer, given_by=given_by, themes=themes)

def A(name, role, att):
    return dict(name=name, role=role, attendance=att)

MIN_GOLD = {
    "document": MIN_NAME,
    "doc_type": "minutes",
    "committee": "Health Overview and Scrutiny Committee",
    "meeting_date": "2025-09-11",
    "items": [
        {"number": "1", "title": "Apologies and Substitutions"},
        {"number": "2", "title": "Minutes"},
        {"number": "3", "title": "Declarations of Interest"},
        {"number": "4", "title": "Urgent Business"},
        {"number": "5", "title": "Chair’s Announcements"},
        {"number": "6", "title": "Community Stroke Rehabilitation – Proposed Changes"},
        {"number": "7", "title": "Ambulance Response Times and Hospital Handover Delays"},
        {"number": "8", "title": "Forward Work Programme"},
    ],
    "questions": [
        Q("6", "question", "Members asked about the length of time patients currently waited for a community rehabilitation bed",
          None, "the average wait had fallen from eleven days to six days", "Chief Executive", []),
        Q("6", "question", "queried whether the proposed contract with the independent provider in Fenwick would be time limited",
          "Cllr Hartwell", "the contract would run for three years with an option to extend", "ICB", ["subcontracting"]),
        Q("6", "question", "In reply to a question the Director of Nursing said that therapy staffing",
          None, "the two remaining physiotherapy vacancies being covered by bank staff", "Director of Nursing", ["workforce"]),
        Q("6", "concern", "relatives living in the west of the county would face journeys",
          None, "the volunteer driver scheme would be extended to families of stroke patients", "Chief Executive", []),
        Q("6", "question", "asked whether the proposals amounted to a substantial variation requiring formal public consultation",
          "Cllr Dewsbury", "legal advice was being taken and the Committee would be told the outcome", "Director of Strategy and Transformation",
          ["governance", "patient-and-public-input"]),
        Q("6", "question", "Members asked about the cost of the new model",
          None, "the recurrent budget of £4.2m would be unchanged and that no savings target", "Chief Finance Officer", ["finance"]),
        Q("6", "request", "sought assurance that patients would still have a choice of bed nearer home",
          "Cllr Fairweather", "any patient declining a Fenwick bed would be offered the next available local bed", "Director of Nursing", []),
        Q("7", "question", "Members asked about the number of hours lost to handover delays at Queen Adelaide Hospital",
          None, "4,312 hours had been lost in July, a reduction of 18% on July 2024", "Head of Urgent and Emergency Care", []),
        Q("7", "question", "queried whether the new hospital ambulance liaison officers were permanent posts",
          "Cllr Moreton", "the posts were funded by the ICB only until March 2026", "Trust", ["workforce", "finance"]),
        Q("7", "concern", "Members raised concerns about older people waiting several hours on the floor after a fall",
          None, "a falls response car crewed by a paramedic and an occupational therapist", "Locality Director", ["adult-social-care"]),
        Q("7", "question", "In reply to a question the Director of Adult Social Services said that delays",
          None, "delays in arranging home care packages were now the main reason medically fit patients", "Director of Adult Social Services",
          ["adult-social-care"]),
        Q("7", "question", "asked whether private ambulance companies would again be used to meet winter demand",
          "Cllr Paterson", "contracted private ambulance services had carried about 6% of patients last winter", "Locality Director",
          ["privatisation", "subcontracting"]),
        Q("7", "request", "requested that future reports show response times separately for each district council area",
          "Cllr Oduya", None, None, []),
        Q("8", "request", "suggested that access to NHS dentistry in the coastal towns be considered",
          "Cllr Hartwell", "the ICB had already offered to attend in January", "Democratic Support and Scrutiny Team Manager", ["primary-care"]),
        Q("8", "question", "could look at the recommissioning of the children’s community nursing service",
          None, "this would first be raised with the Chair of the Children’s Services Scrutiny Committee", "Manager",
          ["children-and-families", "subcontracting", "governance"]),
    ],
    "resolutions": [
        {"item": "2", "text": "The minutes of the previous meeting held on 17 July 2025 were agreed", "outcome": "agreed", "themes": []},
        {"item": "5", "text": "The Committee noted the Chair’s announcements and the ICB’s reply about Saltney", "outcome": "noted", "themes": []},
        {"item": "6", "text": "To ask the ICB for a briefing on the outcome of the legal advice",
         "outcome": "agreed", "themes": ["governance"]},
        {"item": "7", "text": "asking that funding for the hospital ambulance liaison officers be continued beyond March 2026",
         "outcome": "agreed", "themes": ["finance", "workforce"]},
        {"item": "8", "text": "subject to adding NHS dentistry in the coastal towns to the January 2026 meeting",
         "outcome": "agreed", "themes": ["primary-care"]},
    ],
    "attendees": [
        A("Cllr Jane Tamworth", "Chair", "present"),
        A("Cllr Peter Hartwell", "Vice-Chair", "present"),
        A("Cllr Susan Dewsbury", None, "present"),
        A("Cllr Gary Moreton", None, "present"),
        A("Cllr Rachel Oduya", None, "present"),
        A("Cllr Alan Paterson", None, "present"),
        A("Cllr Lucy Fairweather", None, "present"),
        A("Cllr Ann Calloway", "Co-opted Member (non-voting)", "present"),
        A("Cllr Sandra Pike", "Substitute Member", "present"),
        A("Simon Redfearn", "Chief Executive, Broadmere Community Health and Care NHS Trust", "in_attendance"),
        A("Maggie Ellwood", "Director of Nursing, Broadmere Community Health and Care NHS Trust", "in_attendance"),
        A("Dr Priya Nandakumar", "Director of Strategy and Transformation, Broadmere and Fenwick Integrated Care Board (ICB)", "in_attendance"),
        A("Keith Arbuthnot", "Chief Finance Officer, Broadmere and Fenwick ICB", "in_attendance"),
        A("Helen Marsh", "Head of Urgent and Emergency Care, Broadmere and Fenwick ICB", "in_attendance"),
        A("Tom Bexley", "Locality Director (Broadmere), Fenland Coast Ambulance Service NHS Trust", "in_attendance"),
        A("James Whitlow", "Director of Adult Social Services, Broadmere County Council", "in_attendance"),
        A("Carol Dunmore", "Democratic Support and Scrutiny Team Manager", "in_attendance"),
        A("Cllr Brian Lowery", None, "apologies"),
        A("Cllr Helen Gray", None, "apologies"),
    ],
}

# ---------------------------------------------------------------- document 2
BRF_NAME = "gr-broadmere-hosc-briefing-october-2025.docx"

def build_briefing(path):
    d = new_doc("HOSC Briefing October 2025")
    header_footer(d, "HOSC Briefing – Issue 14 – October 2025")
    p = para(d, "HOSC Briefing", bold=True, justify=False); p.runs[0].font.size = Pt(20)
    para(d, "Issue 14 – October 2025", bold=True, justify=False)
    para(d, "A bulletin for members of the Health Overview and Scrutiny Committee from the Democratic Support and Scrutiny Team, Broadmere County Council. This briefing is for information only and does not form part of the formal agenda.", justify=False)
    para(d, "NHS service changes – short updates", bold=True, justify=False)
    for head, body in [
        ("Saltney minor injuries unit", "The overnight service at Saltney minor injuries unit remains suspended because of nurse practitioner vacancies. The ICB expects to reinstate overnight opening from 1 December 2025, subject to two appointments being confirmed. Daytime opening (8am to 8pm) is unaffected."),
        ("Community stroke rehabilitation", "Following the Committee’s meeting on 11 September, the ICB has sought legal advice on whether the proposals are a substantial variation. The engagement report (214 responses) has been published on the Trust’s website."),
        ("Wellsby GP practices merger", "Wellsby Medical Centre and Abbey Lane Surgery will merge on 1 January 2026 under a single GP contract. Patients will continue to use both buildings. The practices’ patient participation groups have been asked for their views on appointment booking."),
        ("Mental health crisis café", "The ICB has awarded a three-year contract for an evening mental health crisis café in Kingsmere to a local voluntary sector provider, Harbour Light. The café will open in November and is expected to reduce attendances at the emergency department."),
    ]:
        para(d, head, bold=True, space_after=2, justify=False)
        para(d, body)
    para(d, "Questions Members may wish to ask the ICB", bold=True, justify=False)
    for q in [
        "What is the current vacancy rate for nurse practitioners in urgent treatment and minor injuries services?",
        "How will the ICB measure the impact of the crisis café, and when will results be reported to the Committee?",
        "What assurances are there that the merged Wellsby practice will keep the same number of GP appointments?",
        "How were patients and carers involved in deciding the location of the crisis café?",
        "What would be the cost to the ICB if the independent provider’s stroke beds were not fully used?",
    ]:
        pp = d.add_paragraph(style="List Number"); pp.add_run(q)
    para(d, "Contact", bold=True, justify=False)
    para(d, "Carol Dunmore, Democratic Support and Scrutiny Team Manager\nTel: 01603 000 2214\nEmail: scrutiny@broadmere.gov.example\nCounty Hall, Martineau Way, Kingsmere KM1 2DH", justify=False)
    d.save(path)
    pin_zip(path)

BRF_GOLD = {
    "document": BRF_NAME,
    "doc_type": "other",
    "themes": ["primary-care", "mental-health", "workforce", "subcontracting", "patient-and-public-input", "governance"],
}

# ---------------------------------------------------------------- check
def docx_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            for c in r.cells:
                parts.append(c.text)
    return "\n".join(parts)

def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w£%]+", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "

def check():
    ok = True
    for name in (MIN_NAME, BRF_NAME):
        gold = json.load(open(os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json"), encoding="utf-8"))
        text = norm(docx_text(os.path.join(DOCS, name)))
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = text.count(norm(ph))
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print(f"FAIL {name} {kind}: count={c} words={n}: {ph}")
        print(f"{name}: {len(gold.get('items', []))} items, {len(gold.get('questions', []))} questions, "
              f"{len(gold.get('resolutions', []))} resolutions, {len(gold.get('attendees', []))} attendees")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok

def main():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    build_minutes(os.path.join(DOCS, MIN_NAME))
    build_briefing(os.path.join(DOCS, BRF_NAME))
    for name, g in ((MIN_NAME, MIN_GOLD), (BRF_NAME, BRF_GOLD)):
        with open(os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")

if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    main()
