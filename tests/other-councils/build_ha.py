#!/usr/bin/env python3
"""Build the "ha-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ha.py           build documents/ha-* and gold/ha-*.json
        build_ha.py --check   verify every gold phrase occurs once in its document
"""
import datetime, io, json, os, re, sys, zipfile
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FIXED = datetime.datetime(2025, 3, 12, 9, 0, 0)
ZIPDATE = (2025, 3, 12, 9, 0, 0)

M_NAME = "ha-wessexdown-health-select-committee-2025-03-06.docx"
C_NAME = "ha-wessexdown-scrutiny-self-evaluation-checklist.docx"


def base_doc(title):
    d = Document()
    cp = d.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = title
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = Cm(2.0)
        s.bottom_margin = Cm(2.0)
    return d


def field(par, code):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = par.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code; r2._r.append(it)
    r3 = par.add_run()
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r3._r.append(f2)
    par.add_run("1")
    r4 = par.add_run()
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r4._r.append(f3)


def save_pinned(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=ZIPDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(item.filename))


# ----------------------------------------------------------------- minutes
def build_minutes():
    d = base_doc("Minutes - Health Select Committee - 6 March 2025")
    # custom minute heading style, as in the council's template
    mh = d.styles.add_style("Minute Heading", WD_STYLE_TYPE.PARAGRAPH)
    mh.base_style = d.styles["Normal"]
    mh.font.bold = True
    mh.font.size = Pt(12)
    mh.paragraph_format.space_before = Pt(14)
    mh.paragraph_format.space_after = Pt(6)
    mh.paragraph_format.keep_with_next = True
    ppr = mh.element.get_or_add_pPr()
    ol = OxmlElement("w:outlineLvl"); ol.set(qn("w:val"), "0"); ppr.append(ol)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Wessexdown Council – Health Select Committee – 6 March 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8); hp.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Page ")
    field(fp, " PAGE ")
    fp.add_run("\t\tChairman's initials ..........")
    for r in fp.runs:
        r.font.size = Pt(8)

    def para(text, bold=False, italic=False, align=None, size=None, indent=None, hanging=None):
        p = d.add_paragraph()
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if align is not None: p.alignment = align
        if indent is not None: p.paragraph_format.left_indent = Cm(indent)
        if hanging is not None: p.paragraph_format.first_line_indent = Cm(-hanging)
        return p

    def labelled(label, text):
        p = d.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(text)
        return p

    def heading(num, title):
        p = d.add_paragraph(style="Minute Heading")
        p.add_run(f"{num} ")
        p.add_run(title)
        return p

    def resolved(lead, clauses):
        para("Resolved:", bold=True)
        if lead:
            para(lead)
        for i, c in enumerate(clauses, 1):
            para(f"{i})\t{c}", indent=1.0, hanging=0.75)

    logo = para("Wessexdown Council", bold=True, size=16)
    para("Health Select Committee", bold=True, size=13)
    para("MINUTES OF THE HEALTH SELECT COMMITTEE MEETING HELD ON 6 MARCH 2025 AT KENNET "
         "ROOM - COUNTY HALL, TROWBURY BA14 8JN.", bold=True)
    labelled("Present:", "\nCllr Gareth Pennock (Chairman), Cllr Marion Ashdown (Vice-Chairman), "
             "Cllr Trevor Lacey, Cllr Sunita Bhatt, Cllr Owen Fairclough, Cllr Helen Quarrie "
             "and Cllr Derek Stallard (Substitute)")
    labelled("Co-opted Member:", "\nDiane Hollis (Healthwatch Wessexdown)")
    labelled("Also Present:", "\nCllr Rosalind Tarrant (Cabinet Member for Adult Social Care, SEND "
             "and Inclusion), Fiona Dunmore (Director of Adult Social Services), Helen Rudge "
             "(Head of Commissioning – Adults, Ageing and Living Well), Alison Brayfield "
             "(Place Director (Wessexdown), Avonvale Integrated Care Board), Mark Ellery "
             "(Head of Primary Care Commissioning, Avonvale Integrated Care Board) and "
             "Tom Carver (Senior Scrutiny Officer)")

    heading("14", "Apologies")
    para("Apologies were received from:")
    para("•\tCllr Ian Merriweather, who was substituted by Cllr Derek Stallard", indent=1.0, hanging=0.75)
    para("•\tCllr Jo Venning", indent=1.0, hanging=0.75)

    heading("15", "Minutes of the Previous Meeting")
    para("The minutes of the meeting held on 15 January 2025 were presented for consideration, "
         "and it was,")
    resolved(None, ["To approve and sign the minutes of the meeting held on 15 January 2025 as a "
                    "true and correct record."])

    heading("16", "Declarations of Interest")
    para("Cllr Sunita Bhatt declared a non-pecuniary interest in minute 18 as a close family "
         "member is employed by a domiciliary care agency operating in the county. She remained "
         "in the meeting and took part in the debate. There were no other declarations.")

    heading("17", "Adult Social Care Charging Policy – Outcome of Consultation")
    para("Cllr Rosalind Tarrant, Cabinet Member for Adult Social Care, SEND and Inclusion, "
         "introduced the report, which set out the outcome of the twelve-week public consultation "
         "on proposed changes to the Adult Social Care Charging Policy, including a revised "
         "disability-related expenditure allowance and the introduction of an arrangement fee for "
         "self-funders. Fiona Dunmore, Director of Adult Social Services, explained that 1,142 "
         "responses had been received, of which 38 per cent had been submitted on paper.")
    para("During the discussion, Cllr Trevor Lacey asked how many people currently receiving care "
         "at home would pay more under the revised allowance; the Director advised that around "
         "610 people would see an increase, the majority by less than £10 per week. Cllr Helen "
         "Quarrie expressed concern that the consultation had been largely online and questioned "
         "whether housebound residents had been adequately reached. Officers explained that paper "
         "questionnaires had been posted to every person in receipt of a chargeable service and "
         "that the Council had funded Healthwatch Wessexdown to run six drop-in sessions in "
         "market towns. Diane Hollis commented that respondents at those sessions had felt the "
         "financial assessment letters were difficult to understand, and the Director accepted "
         "the point and undertook to redraft the letters with Healthwatch volunteers. Cllr Owen "
         "Fairclough sought clarification on whether the additional income of £1.3 million had "
         "already been assumed in the budget for 2025/26, and was informed that it had been "
         "included in the Medium Term Financial Strategy approved by Full Council in February.")
    para("At the conclusion of the debate, it was")
    resolved("The Health Select Committee resolved to:", [
        "Note the outcome of the consultation and the Cabinet Member's proposed response.",
        "Recommend to Cabinet that implementation of the revised allowance be phased over two "
        "years for existing service users.",
        "Receive a report on the impact of the changes at its meeting in November 2025."])

    heading("18", "Home Care Recommissioning – Procurement Update")
    para("Helen Rudge, Head of Commissioning – Adults, Ageing and Living Well, gave a presentation "
         "on the recommissioning of home care services, which would replace the current framework "
         "of 46 providers with eleven geographical zones, each served by a lead provider and up to "
         "two secondary providers, from April 2026.")
    para("Issues highlighted in the course of the presentation and discussion included:")
    for b in [
        "Members questioned whether moving to a zone model would reduce choice for people using "
        "direct payments. The Head of Commissioning confirmed that direct payment recipients "
        "would remain free to purchase care from any registered provider.",
        "Concern was expressed that the two largest existing providers were both owned by private "
        "equity investors, and it was asked what financial checks would be carried out on "
        "bidders. It was explained that bidders would be required to submit three years of "
        "audited accounts and a parent company guarantee.",
        "The importance of paying care workers at least the Real Living Wage was emphasised; "
        "officers stated that the new hourly rate of £27.40 had been modelled on that basis.",
        "Cllr Sunita Bhatt asked whether the rural uplift would be sufficient to attract "
        "providers to the Ebble Valley and Upper Plain zones, where hand-backs of packages had "
        "been most frequent.",
    ]:
        p = d.add_paragraph(style="List Bullet")
        p.add_run(b)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    resolved("The Health Select Committee resolved to:", [
        "Note the procurement timetable for the recommissioning of home care services.",
        "Ask that the outcome of the tender evaluation be reported to the Committee before "
        "contracts are awarded."])

    heading("19", "Avonvale ICB – Community Pharmacy and GP Access Update")
    para("Alison Brayfield, Place Director (Wessexdown), Avonvale Integrated Care Board, presented "
         "the update, which covered the recovery plan for access to general practice, the "
         "Pharmacy First service and recent changes to community pharmacy opening hours.")
    para("In response to a question from Cllr Marion Ashdown about the closure of two community "
         "pharmacies in Marlbury, the Place Director said that the ICB had no power to require a "
         "pharmacy to remain open but had assessed that the remaining provision met the needs "
         "identified in the Pharmaceutical Needs Assessment. Cllr Derek Stallard queried why "
         "patients in Westleigh were still waiting more than three weeks for a routine GP "
         "appointment. Mark Ellery explained that the practice had lost two salaried GPs and was "
         "recruiting pharmacists and paramedics through the additional roles scheme.")
    para("Cllr Helen Quarrie requested that the ICB share practice-level data on appointment "
         "waiting times with the Committee, and Alison Brayfield agreed to circulate the data "
         "before the next meeting. The Chairman commented that residents continued to report "
         "difficulty getting through on the telephone at eight o'clock each morning.")
    resolved("The Health Select Committee resolved to:", [
        "Note the update from Avonvale Integrated Care Board.",
        "Write to the ICB Chief Executive seeking assurance on pharmacy provision in Marlbury."])

    heading("20", "Forward Work Programme")
    para("Tom Carver, Senior Scrutiny Officer, presented the forward work programme. Cllr Owen "
         "Fairclough asked whether the Committee could schedule an item on dementia diagnosis "
         "rates across the county; the Chairman agreed that this would be added for the July "
         "meeting.")
    resolved(None, ["To note the forward work programme, subject to the addition of an item on "
                    "dementia diagnosis rates."])

    heading("21", "Date of Next Meeting")
    para("The date of the next meeting was confirmed as 8 May 2025 at 10.30am.")

    para("(Duration of meeting: 10.30 am - 1.05 pm)", italic=True)
    para("The Officer who has produced these minutes is Tom Carver of Democratic Services, "
         "direct line 01225 718562, e-mail committee@wessexdown.gov.uk", size=9)
    para("Press enquiries to Communications, direct line 01225 713114 or email "
         "communications@wessexdown.gov.uk", size=9)
    for p in d.paragraphs:
        if p.alignment is None and p.style.name == "Normal":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    logo.alignment = WD_ALIGN_PARAGRAPH.LEFT
    return d


def q(item, kind, text, asked_by, answer, given_by, themes):
    return dict(item=item, kind=kind, text=text, asked_by=asked_by, answer=answer,
                given_by=given_by, themes=themes)


MIN_GOLD = {
    "document": M_NAME,
    "doc_type": "minutes",
    "committee": "Health Select Committee",
    "meeting_date": "2025-03-06",
    "items": [
        {"number": "14", "title": "Apologies"},
        {"number": "15", "title": "Minutes of the Previous Meeting"},
        {"number": "16", "title": "Declarations of Interest"},
        {"number": "17", "title": "Adult Social Care Charging Policy – Outcome of Consultation"},
        {"number": "18", "title": "Home Care Recommissioning – Procurement Update"},
        {"number": "19", "title": "Avonvale ICB – Community Pharmacy and GP Access Update"},
        {"number": "20", "title": "Forward Work Programme"},
        {"number": "21", "title": "Date of Next Meeting"},
    ],
    "questions": [
        q("17", "question", "asked how many people currently receiving care at home would pay more",
          "Cllr Trevor Lacey", "around 610 people would see an increase, the majority by less than",
          "the Director", ["adult-social-care", "finance"]),
        q("17", "concern", "expressed concern that the consultation had been largely online",
          "Cllr Helen Quarrie",
          "paper questionnaires had been posted to every person in receipt of a chargeable service",
          "Officers", ["patient-and-public-input", "adult-social-care"]),
        q("17", "comment", "respondents at those sessions had felt the financial assessment letters were difficult",
          "Diane Hollis", "undertook to redraft the letters with Healthwatch volunteers",
          "the Director", ["patient-and-public-input", "finance", "adult-social-care"]),
        q("17", "question", "sought clarification on whether the additional income of £1.3 million had",
          "Cllr Owen Fairclough",
          "included in the Medium Term Financial Strategy approved by Full Council",
          None, ["finance", "adult-social-care"]),
        q("18", "question", "Members questioned whether moving to a zone model would reduce choice",
          "Members", "direct payment recipients would remain free to purchase care from any registered provider",
          "The Head of Commissioning", ["adult-social-care", "subcontracting"]),
        q("18", "concern", "the two largest existing providers were both owned by private equity investors",
          None, "bidders would be required to submit three years of audited accounts",
          None, ["privatisation", "subcontracting", "finance", "adult-social-care"]),
        q("18", "comment", "The importance of paying care workers at least the Real Living Wage",
          None, "the new hourly rate of £27.40 had been modelled on that basis",
          "officers", ["workforce", "finance", "adult-social-care"]),
        q("18", "question", "asked whether the rural uplift would be sufficient to attract providers",
          "Cllr Sunita Bhatt", None, None, ["subcontracting", "finance", "adult-social-care"]),
        q("19", "question", "about the closure of two community pharmacies in Marlbury",
          "Cllr Marion Ashdown", "the ICB had no power to require a pharmacy to remain open",
          "the Place Director", ["primary-care"]),
        q("19", "question", "queried why patients in Westleigh were still waiting more than three weeks",
          "Cllr Derek Stallard", "the practice had lost two salaried GPs and was recruiting pharmacists",
          "Mark Ellery", ["primary-care", "workforce"]),
        q("19", "request", "requested that the ICB share practice-level data on appointment waiting times",
          "Cllr Helen Quarrie", "agreed to circulate the data before the next meeting",
          "Alison Brayfield", ["primary-care"]),
        q("19", "comment", "residents continued to report difficulty getting through on the telephone",
          "The Chairman", None, None, ["primary-care", "patient-and-public-input"]),
        q("20", "request", "asked whether the Committee could schedule an item on dementia diagnosis",
          "Cllr Owen Fairclough", "the Chairman agreed that this would be added for the July meeting",
          "the Chairman", ["mental-health", "governance"]),
    ],
    "resolutions": [
        {"item": "15", "text": "To approve and sign the minutes of the meeting held on 15 January 2025",
         "outcome": "agreed", "themes": []},
        {"item": "17", "text": "Recommend to Cabinet that implementation of the revised allowance be phased",
         "outcome": "recommended", "themes": ["adult-social-care", "finance", "patient-and-public-input"]},
        {"item": "18", "text": "Note the procurement timetable for the recommissioning of home care services",
         "outcome": "agreed", "themes": ["adult-social-care", "subcontracting"]},
        {"item": "19", "text": "Write to the ICB Chief Executive seeking assurance on pharmacy provision",
         "outcome": "agreed", "themes": ["primary-care"]},
        {"item": "20", "text": "To note the forward work programme, subject to the addition of an item",
         "outcome": "agreed", "themes": ["governance", "mental-health"]},
    ],
    "attendees": [
        {"name": "Cllr Gareth Pennock", "role": "Chairman", "attendance": "present"},
        {"name": "Cllr Marion Ashdown", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Cllr Trevor Lacey", "role": None, "attendance": "present"},
        {"name": "Cllr Sunita Bhatt", "role": None, "attendance": "present"},
        {"name": "Cllr Owen Fairclough", "role": None, "attendance": "present"},
        {"name": "Cllr Helen Quarrie", "role": None, "attendance": "present"},
        {"name": "Cllr Derek Stallard", "role": "Substitute", "attendance": "present"},
        {"name": "Diane Hollis", "role": "Co-opted Member (Healthwatch Wessexdown)", "attendance": "present"},
        {"name": "Cllr Rosalind Tarrant", "role": "Cabinet Member for Adult Social Care, SEND and Inclusion", "attendance": "in_attendance"},
        {"name": "Fiona Dunmore", "role": "Director of Adult Social Services", "attendance": "in_attendance"},
        {"name": "Helen Rudge", "role": "Head of Commissioning – Adults, Ageing and Living Well", "attendance": "in_attendance"},
        {"name": "Alison Brayfield", "role": "Place Director (Wessexdown), Avonvale Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Mark Ellery", "role": "Head of Primary Care Commissioning, Avonvale Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Tom Carver", "role": "Senior Scrutiny Officer", "attendance": "in_attendance"},
        {"name": "Cllr Ian Merriweather", "role": None, "attendance": "apologies"},
        {"name": "Cllr Jo Venning", "role": None, "attendance": "apologies"},
    ],
}


# ----------------------------------------------------------------- checklist
def build_checklist():
    d = base_doc("Health Select Committee - Annual Self-Evaluation Checklist 2024/25")
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Wessexdown Council – Overview and Scrutiny"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.add_run("Self-evaluation checklist 2024/25 – Page ")
    field(fp, " PAGE ")
    d.add_heading("Health Select Committee: Annual Self-Evaluation Checklist 2024/25", level=1)
    d.add_paragraph(
        "This checklist is completed by members of the Health Select Committee each spring, "
        "ahead of the annual work programme planning session. It is adapted from the Centre for "
        "Governance and Scrutiny's self-evaluation framework. Please mark each statement Yes, "
        "Partly or No and add any comments. Completed checklists should be returned to the "
        "Senior Scrutiny Officer by 11 April 2025. Responses are anonymous and will be summarised "
        "in a report to the Overview and Scrutiny Management Committee.")
    sections = [
        ("A. Planning and prioritising", [
            "Does the Committee's work programme reflect the issues residents tell us matter most?",
            "Are items selected because scrutiny can add value, rather than to receive information?",
            "Do we leave enough capacity to respond to urgent NHS service changes?",
        ]),
        ("B. Evidence and questioning", [
            "Do members agree lines of questioning at the pre-meeting before each item?",
            "Are reports from the ICB and NHS trusts received in time to be read properly?",
            "Do we hear directly from people who use services, carers and Healthwatch?",
            "Are follow-up questions pursued when an answer is incomplete?",
        ]),
        ("C. Impact", [
            "Are our recommendations specific, measurable and addressed to a named decision-maker?",
            "Do we track whether the Cabinet and NHS partners have acted on our recommendations?",
            "Could you name one change to local services that resulted from the Committee's work this year?",
        ]),
    ]
    for title, qs in sections:
        d.add_heading(title, level=2)
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Statement", "Yes", "Partly", "No", "Comments"]):
            c.text = ""
            c.paragraphs[0].add_run(h).bold = True
        for s in qs:
            row = t.add_row().cells
            row[0].text = s
        for row in t.rows:
            row.cells[0].width = Cm(8.0)
            for c in row.cells[1:4]:
                c.width = Cm(1.4)
            row.cells[4].width = Cm(4.5)
    d.add_heading("D. Your development", level=2)
    d.add_paragraph("What training or briefings would help you to scrutinise health and adult "
                    "social care more effectively in 2025/26?")
    d.add_paragraph("_" * 70)
    d.add_paragraph("Thank you. For queries please contact Tom Carver, Senior Scrutiny Officer, "
                    "committee@wessexdown.gov.uk.")
    return d


CHK_GOLD = {"document": C_NAME, "doc_type": "other"}


# ----------------------------------------------------------------- check
def doc_text(path):
    d = Document(path)
    parts = []
    for sec in d.sections:
        parts += [p.text for p in sec.header.paragraphs]
        parts += [p.text for p in sec.footer.paragraphs]
    body = d.element.body
    for el in body.iter(qn("w:p")):
        parts.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
    return "\n".join(parts)


def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    for name, gold in [(M_NAME, MIN_GOLD), (C_NAME, CHK_GOLD)]:
        text = " " + norm(doc_text(os.path.join(DOCS, name))) + " "
        phrases = []
        for qq in gold.get("questions", []):
            phrases.append(("question", qq["text"]))
            if qq["answer"]:
                phrases.append(("answer", qq["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = text.count(" " + norm(ph) + " ")
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print(f"FAIL {name} {kind}: count={c} words={n}: {ph}")
        with open(os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json"), encoding="utf-8") as f:
            if json.load(f) != gold:
                ok = False; print(f"FAIL gold file out of date: {name}")
        print(f"{name}: {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    save_pinned(build_minutes(), os.path.join(DOCS, M_NAME))
    save_pinned(build_checklist(), os.path.join(DOCS, C_NAME))
    for name, gold in [(M_NAME, MIN_GOLD), (C_NAME, CHK_GOLD)]:
        with open(os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")
    print("built")


if __name__ == "__main__":
    main()
