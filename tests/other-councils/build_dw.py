#!/usr/bin/env python3
"""Build the "dw-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_dw.py           build documents/dw-* and gold/dw-*.json
        build_dw.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile

from fpdf import FPDF
import docx
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 3, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)

R = "[REDACTED – paragraph 3, Schedule 12A]"

# ---------------------------------------------------------------------------
# Document 1: county HOSC minutes PDF
# ---------------------------------------------------------------------------
HOSC_NAME = "dw-northmoor-hosc-2025-03-12.pdf"

MEMBERS = [
    ("Councillor David Ashworth", "Chairman"),
    ("Councillor Fiona Pryce", "Vice-Chairman"),
    ("Councillor Samuel Okafor", None),
    ("Councillor Eva Lindqvist", None),
    ("Councillor Margaret Hartley", None),
    ("Councillor Nadia Begum", None),
    ("Councillor Tom Weller", "substitute for Councillor Alan Fisk"),
    ("Councillor Peter Dunmore", "co-opted, Carston District Council"),
]
OFFICERS = [
    ("Ms Priya Nandra", "Executive Director of Adults and Health"),
    ("Mr Oliver Grant", "Head of Commissioning (Adults and Health)"),
    ("Ms Lucy Fern", "Senior Democratic Services Officer"),
    ("Dr Helen Marsh", "Chief Operating Officer, Northmoor Hospitals NHS Trust"),
    ("Mr Mark Ellery", "Director of Mental Health Services, Vale and Northmoor "
                       "Partnership NHS Foundation Trust"),
    ("Mr Kwame Addo", "Director of Strategy, Northmoor and Vale Integrated Care Board"),
]

# items: (number, title, [blocks]); block = ("p", text) | ("res", text) | ("bar",) | ("note", text)
ITEMS = [
    ("HOSC 20/25", "Apologies for Absence and Substitutions", [
        ("p", "Apologies for absence were received from Councillor Ruth Kenning, Councillor "
              "Alan Fisk (Councillor Tom Weller attending as substitute) and Mrs Jane Abbott "
              "(Co-opted Member, Healthwatch Northmoor)."),
    ]),
    ("HOSC 21/25", "Declarations of Interest", [
        ("p", "Councillor Hartley declared a personal interest in Minute HOSC 25/25 as a "
              "close family member is employed as a care worker by a home care agency "
              "contracted to the County Council. She remained in the meeting and took part "
              "in the discussion. No other declarations were made."),
    ]),
    ("HOSC 22/25", "Minutes of the Previous Meeting", [
        ("res", "RESOLVED – That the minutes of the meeting held on 22 January 2025 be "
                "confirmed as a correct record and signed by the Chairman."),
    ]),
    ("HOSC 23/25", "Urgent and Emergency Care: Review of Winter 2024/25", [
        ("p", "The Committee received a joint report from Northmoor Hospitals NHS Trust and "
              "the Northmoor and Vale Integrated Care Board reviewing urgent and emergency "
              "care performance over the winter period. Dr Helen Marsh, Chief Operating "
              "Officer, introduced the report and highlighted that four-hour performance had "
              "reached 71 per cent in January against an interim national standard of 78 per "
              "cent, and that the number of patients waiting more than twelve hours in the "
              "emergency department had fallen for the third consecutive month."),
        ("p", "Councillor Pryce asked why ambulance handover delays at Carston General "
              "Hospital had worsened since November when additional beds had been opened. "
              "Dr Marsh replied that the additional beds had been filled largely by patients "
              "medically fit for discharge who were waiting for home care, and that handover "
              "times had improved over the last three weeks. Councillor Okafor asked whether "
              "the Trust had used corridor care this winter and how many patients had been "
              "affected. The Chief Operating Officer replied that corridor care had been used "
              "on 19 days during January, that each occasion was logged on the Trust's risk "
              "register, and that a full breakdown would be circulated to Members."),
        ("p", "Councillor Lindqvist expressed concern that residents of the eastern villages "
              "faced journeys of more than an hour to the nearest emergency department while "
              "the Minor Injuries Unit at Wellsby remained closed overnight. The ICB Director "
              "of Strategy replied that the overnight closure was a temporary staffing "
              "measure and would be reviewed in May. Councillor Pryce requested that the "
              "Committee see the outcome of that review before any permanent decision was "
              "taken, and the Chairman confirmed that the item would be added to the "
              "Committee's work programme for June."),
        ("res", "RESOLVED – That (1) the report be noted; (2) the Trust be asked to provide "
                "a breakdown of corridor care by site and by day for January and February "
                "2025; and (3) the outcome of the review of overnight opening at Wellsby Minor "
                "Injuries Unit be reported to the Committee before any decision is taken."),
    ]),
    ("HOSC 24/25", "Community Mental Health Transformation – Progress Update", [
        ("p", "Mr Mark Ellery, Director of Mental Health Services, Vale and Northmoor "
              "Partnership NHS Foundation Trust, presented an update on the transformation "
              "of community mental health services, including the roll-out of neighbourhood "
              "mental health teams in the four localities and the role of voluntary sector "
              "partners in providing crisis cafés and peer support."),
        ("p", "Councillor Hartley asked how waiting times for psychological therapies in "
              "Northmoor compared with the national position. Mr Ellery replied that 62 per "
              "cent of people started treatment within six weeks, which was below the "
              "national standard, and that two additional therapists had recently been "
              "recruited. Councillor Begum asked whether the voluntary sector contracts for "
              "the crisis cafés would be extended beyond the end of March. The Director "
              "replied that the contracts had been extended for twelve months on existing "
              "terms while a longer-term commissioning plan was agreed with the ICB. "
              "Councillor Okafor commented that the report said very little about the "
              "experience of people from minority ethnic communities using the new teams."),
        ("res", "RESOLVED – That the progress update on community mental health "
                "transformation be noted."),
    ]),
    ("HOSC 25/25", "Adult Social Care Workforce Strategy 2025–2028", [
        ("p", "The Executive Director of Adults and Health, Ms Priya Nandra, introduced the "
              "draft Adult Social Care Workforce Strategy 2025–2028, which had been developed "
              "jointly with independent care providers, the ICB and the further education "
              "colleges. The strategy set out actions on recruitment, retention, career "
              "pathways and the pay of care workers in the commissioned sector."),
        ("p", "Councillor Lindqvist asked what proportion of home care workers in the County "
              "were paid at or above the Real Living Wage. The Executive Director replied "
              "that around 58 per cent of contracted home care workers were paid the Real "
              "Living Wage and that the new framework contract would require it from October "
              "2025. Councillor Hartley asked whether the Council would consider bringing "
              "some home care provision back in-house. Ms Nandra replied that an options "
              "appraisal of in-house provision in the northern locality was under way and "
              "would be reported to Cabinet in the summer. Councillor Begum raised concerns "
              "about the reliance of local providers on international recruitment and the "
              "risk to workers whose sponsorship was withdrawn; the Executive Director "
              "explained that the Council had funded a support scheme with the regional "
              "partnership to help displaced workers find new sponsoring employers."),
        ("res", "RESOLVED – That the draft Adult Social Care Workforce Strategy 2025–2028 be "
                "endorsed, subject to the comments made by Members being reflected in the "
                "final version."),
    ]),
    ("HOSC 26/25", "Exclusion of the Press and Public", [
        ("res", "RESOLVED – That under Section 100A(4) of the Local Government Act 1972 the "
                "press and public be excluded from the meeting for the following item of "
                "business on the grounds that it involves the likely disclosure of exempt "
                "information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act."),
    ]),
    ("HOSC 27/25", "Procurement of the Integrated Community Equipment Service (Part II)", [
        ("note", "Part II – exempt information. This minute has been redacted for "
                 "publication under paragraph 3 of Part 1 of Schedule 12A to the Local "
                 "Government Act 1972 (information relating to the financial or business "
                 "affairs of any particular person)."),
        ("p", "The Head of Commissioning (Adults and Health) reported on the outcome of the "
              "procurement of the Integrated Community Equipment Service, which is jointly "
              "commissioned by the County Council and the ICB and is currently delivered "
              "in-house. Three compliant bids had been received and evaluated. The preferred "
              "bidder, " + R + ", had scored " + R + " on quality and had submitted a price "
              "of " + R + " over the initial five-year term. The evaluation scores of the "
              "other two bidders were summarised in the exempt appendix as follows:"),
        ("bar",),
        ("p", "Councillor Pryce asked how the preferred bidder's price compared with the cost "
              "of the current in-house service. The Head of Commissioning replied that the "
              "contract value was " + R + " lower than the current budget, but that the "
              "saving depended on delivery volumes remaining stable. Councillor Lindqvist "
              "raised concerns that the transfer of staff under TUPE would erode the terms "
              "and conditions of the current employees; Mr Grant explained that TUPE "
              "protections would apply in full and that the recognised trade unions had "
              "been consulted on the measures proposed by " + R + "."),
        ("res", "RESOLVED – That (1) the Committee's comments on the procurement be "
                "forwarded to the Cabinet Member for Adult Social Care before the contract "
                "award decision is taken; and (2) a report on the mobilisation of the new "
                "contract be brought to the Committee within six months of its start date."),
    ]),
]

VOWELS = set("aeiouyAEIOUY")
DIGRAPHS = {"th", "ch", "sh", "ph", "ck", "wh", "gh", "qu"}


class Minutes(FPDF):
    def header(self):
        self.set_font("D", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(20, 10)
        self.cell(85, 4, "Northmoor County Council")
        self.cell(85, 4, "Health Overview and Scrutiny Committee – 12 March 2025", align="R")
        self.line(20, 15, 190, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_font("D", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_x(20)
        self.cell(57, 4, "HOSC – 12.03.25")
        self.cell(56, 4, "Page %d" % self.page_no(), align="C")
        self.cell(57, 4, "Chairman's initials ..........", align="R")
        self.set_text_color(0, 0, 0)


def hyphen_split(pdf, word, room):
    """Split word so that prefix + '-' fits into room; crude syllable points."""
    core = word.rstrip(".,;:)")
    if len(core) < 8 or not core.isalpha():
        return None
    for i in range(len(core) - 3, 2, -1):
        a, b = core[i - 1].lower(), core[i].lower()
        if (core[i - 2] in VOWELS and a not in VOWELS and b not in VOWELS
                and core[i + 1] in VOWELS and a + b not in DIGRAPHS):
            pre = word[:i] + "-"
            if pdf.get_string_width(pre) <= room:
                return word[:i] + "-", word[i:]
    return None


def layout(pdf, text, width, hyph=True):
    sp = pdf.get_string_width(" ")
    words = text.split(" ")
    lines, cur, curw = [], [], 0.0
    i = 0
    while i < len(words):
        w = words[i]
        ww = pdf.get_string_width(w)
        need = ww + (sp if cur else 0)
        if curw + need <= width:
            cur.append(w)
            curw += need
            i += 1
            continue
        room = width - curw - (sp if cur else 0)
        split = hyphen_split(pdf, w, room) if cur and hyph else None
        if split:
            cur.append(split[0])
            words[i] = split[1]
        lines.append(cur)
        cur, curw = [], 0.0
    if cur:
        lines.append(cur)
    return lines


def para(pdf, text, x=20, width=170, lh=4.8, style="", justify=True, after=2.5):
    pdf.set_font("D", style, 10)
    lines = layout(pdf, text, width, hyph=justify)
    for n, ln in enumerate(lines):
        if pdf.get_y() + lh > pdf.h - 22:
            pdf.add_page()
        y = pdf.get_y()
        total = sum(pdf.get_string_width(w) for w in ln)
        last = n == len(lines) - 1
        if justify and not last and len(ln) > 1:
            gap = (width - total) / (len(ln) - 1)
        else:
            gap = pdf.get_string_width(" ")
        cx = x
        for w in ln:
            pdf.text(cx, y + 3.6, w)
            cx += pdf.get_string_width(w) + gap
        pdf.set_y(y + lh)
    pdf.set_y(pdf.get_y() + after)


def build_hosc():
    src = []
    pdf = Minutes(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes – Health Overview and Scrutiny Committee – 12 March 2025")
    pdf.set_author("Democratic Services, Northmoor County Council")
    pdf.add_font("D", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("D", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("D", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(False)
    pdf.set_margins(20, 22, 20)
    pdf.add_page()

    pdf.set_font("D", "B", 14)
    pdf.set_x(20)
    pdf.cell(170, 7, "NORTHMOOR COUNTY COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("D", "B", 12)
    pdf.cell(170, 6, "HEALTH OVERVIEW AND SCRUTINY COMMITTEE", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    intro = ("MINUTES of a meeting of the Health Overview and Scrutiny Committee held in the "
             "Council Chamber, County Hall, Carston on Wednesday 12 March 2025 at 10.00 am.")
    src.append(intro)
    para(pdf, intro, justify=False, after=4)

    # two-column attendance: members left, officers and guests right
    top = pdf.get_y()
    pdf.set_font("D", "B", 10)
    pdf.text(20, top + 3.6, "PRESENT")
    pdf.text(108, top + 3.6, "OFFICERS AND GUESTS IN ATTENDANCE")
    src.append("PRESENT OFFICERS AND GUESTS IN ATTENDANCE")
    pdf.set_y(top + 6.5)
    for name, role in MEMBERS:
        t = name + (" (%s)" % role if role else "")
        src.append(t)
        para(pdf, t, x=20, width=80, justify=False, after=0.6)
    ly = pdf.get_y()
    pdf.set_y(top + 6.5)
    for name, role in OFFICERS:
        src.append(name)
        para(pdf, name, x=108, width=82, style="B", justify=False, after=0)
        src.append(role)
        para(pdf, role, x=108, width=82, style="I", justify=False, after=1.2)
    pdf.set_y(max(ly, pdf.get_y()) + 2)
    pdf.line(20, pdf.get_y(), 190, pdf.get_y())
    pdf.set_y(pdf.get_y() + 3)

    for num, title, blocks in ITEMS:
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.set_font("D", "B", 10.5)
        y = pdf.get_y()
        pdf.text(20, y + 3.8, num)
        pdf.text(48, y + 3.8, title.upper() if "Part II" not in title else title)
        src.append(num + " " + title)
        pdf.set_y(y + 7)
        for b in blocks:
            if b[0] == "p":
                src.append(b[1])
                para(pdf, b[1])
            elif b[0] == "note":
                src.append(b[1])
                para(pdf, b[1], style="I")
            elif b[0] == "res":
                src.append(b[1])
                para(pdf, b[1], style="B", after=5)
            elif b[0] == "bar":
                y = pdf.get_y()
                pdf.set_fill_color(0, 0, 0)
                pdf.rect(20, y + 0.3, 150, 4.2, style="F")
                pdf.set_y(y + 4.8 + 2.5)
    pdf.set_font("D", "", 10)
    pdf.ln(4)
    closing = "The meeting closed at 12.48 pm."
    src.append(closing)
    para(pdf, closing, justify=False)
    pdf.ln(8)
    para(pdf, "Chairman ....................................      Date ....................",
         justify=False)
    pdf.output(os.path.join(DOCS, HOSC_NAME))
    return "\n".join(src)


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


HOSC_GOLD = {
    "document": HOSC_NAME,
    "doc_type": "minutes",
    "committee": "Health Overview and Scrutiny Committee",
    "meeting_date": "2025-03-12",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        q("HOSC 23/25", "question",
          "asked why ambulance handover delays at Carston General Hospital had worsened",
          "Councillor Pryce",
          "the additional beds had been filled largely by patients medically fit for discharge",
          "Dr Marsh", ["adult-social-care"]),
        q("HOSC 23/25", "question",
          "asked whether the Trust had used corridor care this winter",
          "Councillor Okafor",
          "corridor care had been used on 19 days during January",
          "The Chief Operating Officer", ["governance"]),
        q("HOSC 23/25", "concern",
          "faced journeys of more than an hour to the nearest emergency department",
          "Councillor Lindqvist",
          "the overnight closure was a temporary staffing measure and would be reviewed in May",
          "The ICB Director of Strategy", ["workforce"]),
        q("HOSC 23/25", "request",
          "Committee see the outcome of that review before any permanent decision was taken",
          "Councillor Pryce",
          "the Chairman confirmed that the item would be added to the",
          "the Chairman", ["governance"]),
        q("HOSC 24/25", "question",
          "asked how waiting times for psychological therapies in Northmoor compared",
          "Councillor Hartley",
          "62 per cent of people started treatment within six weeks",
          "Mr Ellery", ["mental-health", "workforce"]),
        q("HOSC 24/25", "question",
          "asked whether the voluntary sector contracts for the crisis cafés would be extended",
          "Councillor Begum",
          "the contracts had been extended for twelve months on existing terms",
          "The Director", ["mental-health", "subcontracting"]),
        q("HOSC 24/25", "comment",
          "said very little about the experience of people from minority ethnic communities",
          "Councillor Okafor", None, None, ["mental-health"]),
        q("HOSC 25/25", "question",
          "asked what proportion of home care workers in the County were paid",
          "Councillor Lindqvist",
          "around 58 per cent of contracted home care workers were paid",
          "The Executive Director", ["adult-social-care", "workforce", "subcontracting"]),
        q("HOSC 25/25", "question",
          "asked whether the Council would consider bringing some home care provision back in-house",
          "Councillor Hartley",
          "an options appraisal of in-house provision in the northern locality was under way",
          "Ms Nandra", ["adult-social-care", "privatisation"]),
        q("HOSC 25/25", "concern",
          "reliance of local providers on international recruitment and the risk to workers",
          "Councillor Begum",
          "funded a support scheme with the regional partnership to help displaced workers",
          "the Executive Director", ["adult-social-care", "workforce"]),
        q("HOSC 27/25", "question",
          "asked how the preferred bidder's price compared with the cost",
          "Councillor Pryce",
          "the saving depended on delivery volumes remaining stable",
          "The Head of Commissioning", ["finance", "subcontracting", "privatisation"]),
        q("HOSC 27/25", "concern",
          "the transfer of staff under TUPE would erode the terms and conditions",
          "Councillor Lindqvist",
          "TUPE protections would apply in full and that the recognised trade unions",
          "Mr Grant", ["workforce", "subcontracting"]),
    ],
    "resolutions": [
        {"item": "HOSC 22/25", "outcome": "agreed", "themes": [],
         "text": "the minutes of the meeting held on 22 January 2025 be confirmed"},
        {"item": "HOSC 23/25", "outcome": "agreed", "themes": ["governance"],
         "text": "the Trust be asked to provide a breakdown of corridor care by site"},
        {"item": "HOSC 24/25", "outcome": "noted", "themes": ["mental-health"],
         "text": "the progress update on community mental health transformation be noted"},
        {"item": "HOSC 25/25", "outcome": "agreed", "themes": ["adult-social-care", "workforce"],
         "text": "the draft Adult Social Care Workforce Strategy 2025–2028 be endorsed"},
        {"item": "HOSC 26/25", "outcome": "agreed", "themes": ["governance"],
         "text": "press and public be excluded from the meeting for the following item"},
        {"item": "HOSC 27/25", "outcome": "agreed", "themes": ["subcontracting"],
         "text": "the Committee's comments on the procurement be forwarded to the Cabinet Member"},
    ],
    "attendees": (
        [{"name": n, "role": r, "attendance": "present"} for n, r in MEMBERS]
        + [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in OFFICERS]
        + [
            {"name": "Councillor Ruth Kenning", "role": None, "attendance": "apologies"},
            {"name": "Councillor Alan Fisk", "role": None, "attendance": "apologies"},
            {"name": "Mrs Jane Abbott", "role": "Co-opted Member, Healthwatch Northmoor",
             "attendance": "apologies"},
        ]
    ),
}

# ---------------------------------------------------------------------------
# Document 2: Healthwatch quarterly report (not minutes)
# ---------------------------------------------------------------------------
HW_NAME = "dw-healthwatch-northmoor-quarterly-report-q3-2024-25.docx"

HW_GOLD = {
    "document": HW_NAME,
    "doc_type": "report",
    "themes": ["patient-and-public-input", "primary-care", "mental-health",
               "adult-social-care", "workforce"],
}


def build_healthwatch():
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Healthwatch Northmoor"
    cp.title = "Healthwatch Northmoor – Quarterly Report Q3 2024/25"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "Healthwatch Northmoor"
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    p = d.add_paragraph()
    r = p.add_run("healthwatch")
    r.bold = True
    r.font.size = Pt(22)
    r.font.color.rgb = RGBColor(0xE7, 0x3E, 0x97)
    r = p.add_run(" Northmoor")
    r.font.size = Pt(22)
    r.font.color.rgb = RGBColor(0x00, 0x4F, 0x6B)
    d.add_heading("Quarterly Report to the Health Overview and Scrutiny Committee", 0)
    d.add_paragraph("Quarter 3: October to December 2024").runs[0].italic = True
    d.add_paragraph("Report to: Northmoor County Council Health Overview and Scrutiny "
                    "Committee, 12 March 2025\nAuthor: Sarah Quinn, Chief Officer, "
                    "Healthwatch Northmoor\nStatus: For information")

    d.add_heading("1. About Healthwatch Northmoor", 1)
    d.add_paragraph(
        "Healthwatch Northmoor is the independent champion for people who use health and "
        "social care services in the county. We listen to what people tell us about their "
        "experiences, we visit services, and we share what we hear with the organisations "
        "that plan, buy and provide care so that they can make improvements. This report "
        "summarises what we heard between 1 October and 31 December 2024.")

    d.add_heading("2. What people told us this quarter", 1)
    d.add_paragraph(
        "We heard from 412 people this quarter, through our information line, our online "
        "feedback form, 14 community outreach sessions and two Enter and View visits. This "
        "is an increase of 23 per cent on the previous quarter, mainly because of outreach "
        "in the eastern villages and at the Carston Food Bank.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Service area", "Experiences shared", "Change on Q2"]):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for row in [("GP services", "131", "▲ 18"), ("Hospital services", "86", "▲ 9"),
                ("Dentistry", "64", "▲ 21"), ("Mental health services", "52", "▼ 4"),
                ("Social care (home care and care homes)", "47", "▲ 11"),
                ("Other (pharmacy, ambulance, NHS 111)", "32", "▲ 3")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    d.add_heading("3. Key themes", 1)
    d.add_heading("3.1 Getting a GP appointment", 2)
    d.add_paragraph(
        "Access to GP appointments remained the most common issue. People described "
        "queuing on the telephone at 8am only to be told that all appointments had gone, and "
        "older people without internet access told us they felt shut out by online "
        "booking. Several people praised practices where the care navigator called them "
        "back at an agreed time.")
    q_ = d.add_paragraph(
        "“I rang 47 times on Monday morning. By the time I got through there was nothing "
        "left, and I was told to try again tomorrow.” – Patient, Carston")
    q_.style = d.styles["Quote"] if "Quote" in [s.name for s in d.styles] else q_.style
    d.add_heading("3.2 NHS dentistry", 2)
    d.add_paragraph(
        "Sixty-four people contacted us because they could not find an NHS dentist. Eleven "
        "were parents of young children and six described being in pain for more than a "
        "month. We continue to signpost people to the urgent dental helpline, but there is "
        "very little we can offer people who want a routine check-up.")
    d.add_heading("3.3 Mental health crisis support", 2)
    d.add_paragraph(
        "People who had used the crisis cafés spoke highly of them, but some told us they "
        "did not know the cafés existed until after they had attended the emergency "
        "department. Carers of people with serious mental illness said they were not "
        "always told when their relative was discharged from the inpatient unit.")
    d.add_heading("3.4 Leaving hospital and home care", 2)
    d.add_paragraph(
        "We heard from families whose relatives waited in hospital for a package of home "
        "care to start. Some said that when care did begin, visits were shorter than "
        "planned and the care workers changed frequently, which was distressing for people "
        "living with dementia.")

    d.add_heading("4. Enter and View visits", 1)
    d.add_paragraph(
        "Our trained authorised representatives carried out two announced Enter and View "
        "visits this quarter. Full reports are published on our website and have been "
        "shared with the providers, the County Council and the Care Quality Commission.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Service visited", "Date", "What we found"]):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for row in [
        ("Fernleigh House care home, Wellsby (42 beds)", "15 October 2024",
         "Warm and friendly staff; residents enjoyed the activities programme. Some "
         "residents had waited several weeks for a hearing test and a dental check. "
         "Night staffing relied heavily on agency workers."),
        ("Ward 9 (older people's medicine), Carston General Hospital", "26 November 2024",
         "Good use of ‘This is me’ documents for patients with dementia. Relatives were "
         "unclear about discharge dates and visiting was restricted without explanation."),
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    d.add_heading("5. Our recommendations to providers", 1)
    recs = [
        "GP practices, through the primary care networks, should offer a call-back option "
        "and a non-digital route to booking for people who cannot use online systems.",
        "Northmoor and Vale ICB should publish a clear plan for restoring access to routine "
        "NHS dentistry, starting with children and people on low incomes.",
        "Vale and Northmoor Partnership NHS Foundation Trust should promote the crisis "
        "cafés in emergency departments and GP surgeries, and make sure carers are told "
        "when a relative is discharged.",
        "Fernleigh House should reduce its reliance on agency staff at night and arrange "
        "regular dental and hearing checks for residents.",
        "Northmoor Hospitals NHS Trust should give patients and relatives on Ward 9 an "
        "expected date of discharge and explain any restrictions on visiting.",
    ]
    for rtxt in recs:
        d.add_paragraph(rtxt, style="List Number")

    d.add_heading("6. How providers have responded", 1)
    d.add_paragraph(
        "Fernleigh House has accepted all of our recommendations and has recruited two "
        "permanent night care assistants. Northmoor Hospitals NHS Trust has agreed to "
        "review the information given to relatives on Ward 9. We are still waiting for "
        "responses from the ICB on dentistry and will report these to the Committee in "
        "the next quarter.")
    d.add_heading("7. Looking ahead: Quarter 4", 1)
    for b in ["A focus on the experiences of young carers, working with the Northmoor "
              "Young Carers Service.",
              "An Enter and View visit to the Carston Urgent Treatment Centre.",
              "A survey of people waiting for adult social care assessments."]:
        d.add_paragraph(b, style="List Bullet")
    d.add_paragraph("Contact: Healthwatch Northmoor, Unit 4, Mill Yard, Carston. "
                    "Freephone 0800 000 0000.")

    buf = io.BytesIO()
    d.save(buf)
    # rewrite with fixed zip timestamps for determinism
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = os.path.join(DOCS, HW_NAME)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


# ---------------------------------------------------------------------------
def norm(s):
    s = s.lower().replace("\u00ad", "")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def check(src, gold):
    ns = " " + norm(src) + " "
    ok = True
    phrases = []
    for qq in gold.get("questions", []):
        phrases.append(("question", qq["text"]))
        if qq["answer"]:
            phrases.append(("answer", qq["answer"]))
    for rr in gold.get("resolutions", []):
        phrases.append(("resolution", rr["text"]))
    for kind, ph in phrases:
        n = len(ph.split())
        cnt = ns.count(" " + norm(ph) + " ")
        if cnt != 1 or not 6 <= n <= 15:
            ok = False
            print("FAIL %s (%d words, %d hits): %s" % (kind, n, cnt, ph))
    return ok, len(phrases)


def pdf_text(path):
    import pdfplumber
    with pdfplumber.open(path) as p:
        t = "\n".join(pg.extract_text() or "" for pg in p.pages)
    return re.sub(r"-\n", "", t)


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    src = build_hosc()
    build_healthwatch()
    for g in (HOSC_GOLD, HW_GOLD):
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
    if "--check" in sys.argv:
        ok, n = check(src, HOSC_GOLD)
        print("%s: %d phrases checked against source text" % (HOSC_NAME, n))
        ok2, _ = check(pdf_text(os.path.join(DOCS, HOSC_NAME)), HOSC_GOLD)
        print("  also against de-hyphenated PDF text:", "ok" if ok2 else "differs")
        hw = docx.Document(os.path.join(DOCS, HW_NAME))
        assert "Enter and View" in "\n".join(p.text for p in hw.paragraphs)
        assert HW_GOLD["doc_type"] == "report" and "questions" not in HW_GOLD
        print("%s: report gold, no phrases" % HW_NAME)
        print("CHECK PASSED" if ok and ok2 else "CHECK FAILED")
        sys.exit(0 if ok and ok2 else 1)


if __name__ == "__main__":
    main()
