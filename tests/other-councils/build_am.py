#!/usr/bin/env python3
"""Build the "am-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_am.py          build documents and gold
        build_am.py --check  verify every gold phrase occurs verbatim and uniquely
All people, councils, places and figures are invented.
"""
import json, os, re, sys
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

COUNCIL = "Castlebridge City Council"
MEETING = "Health Scrutiny Committee \u2013 14 October 2025"

# ---------------------------------------------------------------- PDF content
# blocks: ("title", text) ("h", number, title) ("p", text) ("pl", label, text) ("res", text)
BLOCKS = [
    ("title", "CASTLEBRIDGE CITY COUNCIL"),
    ("sub", "HEALTH SCRUTINY COMMITTEE"),
    ("p", "MINUTES of the meeting of the Health Scrutiny Committee held in Committee "
          "Room 2, The Guildhall, Castlebridge on Tuesday 14 October 2025 at 6.30 pm."),
    ("pl", "PRESENT:", "Councillor Margaret Ellery (Chair); Councillor Tariq Bhatti "
          "(Vice-Chair); Councillors Helen Audley, Robert Cranmore, Priya Dhillon, "
          "Simon Fairweather (substitute for Councillor Joan Pettit) and Angela Rusk."),
    ("pl", "CO-OPTED:", "Mrs Lorraine Okafor (Healthwatch Castlebridge, non-voting)."),
    ("pl", "ALSO PRESENT:", "Councillor Neil Hargreaves (Cabinet Member for Adult Social "
          "Care and Public Health); Dr Fiona Caddick (Associate Director of Urgent Care, "
          "Wessex Downs Integrated Care Board); Mr Gareth Lowe (Deputy Chief Operating "
          "Officer, Castlebridge Hospitals NHS Foundation Trust)."),
    ("pl", "OFFICERS:", "Ms Deborah Strand (Director of Public Health); Mr Kieran Mabey "
          "(Head of Commissioning and Market Shaping, Adults and Health); Ms Rachel Tindall "
          "(Scrutiny and Democratic Services Officer)."),

    ("h", "41.", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"),
    ("p", "Apologies for absence were received from Councillors Joan Pettit and Colin "
          "Wragg. Councillor Simon Fairweather attended as substitute for Councillor "
          "Pettit. No substitute had been nominated for Councillor Wragg."),

    ("h", "42.", "DECLARATIONS OF INTEREST"),
    ("p", "Councillor Priya Dhillon declared a personal interest in Minute 45 as she is "
          "employed as a pharmacist within Castlebridge Hospitals NHS Foundation Trust. "
          "She remained in the meeting and took part in the discussion. There were no "
          "other declarations."),

    ("h", "43.", "MINUTES"),
    ("res", "RESOLVED: That the minutes of the meeting held on 9 September 2025 be "
            "confirmed as a correct record and signed by the Chair."),

    ("h", "44.", "PUBLIC QUESTION TIME"),
    ("p", "One question had been received under Council Procedure Rule 11. Mr Dennis "
          "Harrow, a resident of Millbrook ward, asked what assurance could be given that "
          "patients of the Millbrook Road Surgery would not lose local access to a GP "
          "once the branch surgery closed in January. Councillor Hargreaves, Cabinet "
          "Member, replied that the practice had committed to an extended morning "
          "clinic at the main site and that the Integrated Care Board would monitor "
          "appointment waiting times for the affected list monthly. Mr Harrow, by way of "
          "a supplementary question, asked whether the monitoring results would be made "
          "public. The Cabinet Member undertook to circulate the first quarterly summary "
          "to the Committee and to publish it on the Council's website."),
    ("p", "The Chair thanked Mr Harrow for attending."),

    ("h", "45.", "URGENT AND EMERGENCY CARE \u2013 WINTER PLAN 2025/26"),
    ("p", "Dr Fiona Caddick, Associate Director of Urgent Care at the Integrated Care "
          "Board, presented the system winter plan, which set out the expected peak in "
          "demand during December and January, the additional 42 escalation beds to be "
          "opened at Castlebridge General Hospital and the planned expansion of the "
          "virtual ward to 90 beds. Mr Gareth Lowe outlined the Trust's own escalation "
          "arrangements and reported that average ambulance handover times in September "
          "had been 47 minutes against a national standard of 15 minutes."),
    ("p", "Councillor Audley asked why handover times at Castlebridge remained among the "
          "worst in the region despite last winter's investment. Mr Lowe explained that "
          "the main constraint was the number of medically fit patients awaiting "
          "discharge, which stood at around 110 on any given day, and that a dedicated "
          "handover area staffed by the ambulance service had been opened in September. "
          "Councillor Audley further queried whether patients were still being cared for "
          "in corridors. Mr Lowe acknowledged that corridor care had occurred on eleven "
          "days in September and said that each occasion was reviewed by the Chief "
          "Nurse. Members expressed concern that corridor care was becoming normalised and "
          "asked that future reports include the number of days on which it occurred."),
    ("p", "Councillor Cranmore sought clarification on how the additional escalation "
          "beds would be staffed. Dr Caddick advised that approximately a third of the "
          "shifts were expected to be filled by agency and bank nurses, and that the "
          "Trust had recruited 64 internationally educated nurses who would be in post by "
          "December. Councillor Cranmore questioned the cost of agency cover; Mr Lowe "
          "undertook to provide the forecast agency expenditure for the winter period "
          "in writing."),
    ("p", "Mrs Okafor, Healthwatch Castlebridge, reported that residents had told "
          "Healthwatch that they did not understand the alternatives to attending the "
          "emergency department, and asked what the communications campaign would do "
          "differently this year. Dr Caddick responded that the campaign would be "
          "co-designed with the Healthwatch reader panel and would be targeted at "
          "families with children under five. Councillor Bhatti asked whether the "
          "virtual ward was suitable for frail older people living alone, and was "
          "informed that a home visit by a community nurse within four hours was a "
          "condition of admission to the virtual ward."),
    ("res", "RESOLVED: That \u2013\n"
            "(a) the winter plan for urgent and emergency care 2025/26 be noted;\n"
            "(b) the Integrated Care Board and the Trust be requested to report the number "
            "of days on which corridor care occurred in each month to the February meeting;\n"
            "(c) the forecast agency nursing expenditure for the winter period be "
            "circulated to Members of the Committee."),

    ("h", "46.", "COMMUNITY EQUIPMENT SERVICE \u2013 RE-PROCUREMENT"),
    ("p", "The Head of Commissioning and Market Shaping introduced the report, which "
          "sought the Committee's views on the options for the community equipment "
          "service after the current contract expired in September 2026. The preferred "
          "option was a joint procurement with the Integrated Care Board for a single "
          "provider over a five-year term with an option to extend by two years."),
    ("p", "Councillor Rusk expressed concern that the two previous contracts had been "
          "awarded to a private company whose delivery times had fallen below the "
          "contracted standard for most of the past year, and asked why bringing the "
          "service back in-house had been rejected. Mr Mabey replied that the in-house "
          "option had been appraised but would require a capital outlay of about "
          "\u00a31.9 million for a warehouse and vehicle fleet, which the Council could not "
          "currently fund. Councillor Dhillon asked what penalties had been applied to "
          "the current provider for late deliveries. Mr Mabey confirmed that service "
          "credits totalling \u00a348,000 had been deducted in 2024/25 and that a formal "
          "improvement notice had been issued in March."),
    ("p", "Councillor Fairweather asked whether the new specification would require the "
          "provider to pay its staff the Real Living Wage. Mr Mabey advised that this "
          "would be a mandatory requirement of the tender. Members requested that the "
          "views of service users and carers be gathered before the specification was "
          "finalised."),
    ("res", "RESOLVED: That it be RECOMMENDED to Cabinet that \u2013\n"
            "(a) the joint procurement of the community equipment service with the "
            "Integrated Care Board be approved, subject to the views of service users and "
            "carers being reflected in the specification;\n"
            "(b) the evaluation criteria give a weighting of not less than 20 per cent to "
            "delivery performance and social value."),

    ("h", "47.", "PUBLIC HEALTH GRANT AND STOP SMOKING SERVICE"),
    ("p", "The Director of Public Health presented an update on the 2025/26 public health "
          "grant allocation and the additional Local Stop Smoking Services and Support "
          "Grant. She reported that smoking prevalence in Castlebridge had fallen to 13.1 "
          "per cent but remained above the England average."),
    ("p", "Councillor Bhatti enquired why the take-up of the stop smoking service among "
          "pregnant women was lower in the east of the city. Ms Strand advised that two "
          "midwifery posts funded to support smoke-free pregnancy had been vacant since "
          "the spring and that recruitment was now under way. Councillor Audley commented "
          "that the real-terms reduction in the grant since 2015 should be highlighted in "
          "the Council's response to the spending review; the Director agreed to include "
          "it. No further questions were raised."),
    ("res", "The Committee NOTED the update on the public health grant and the stop "
            "smoking service."),

    ("h", "48.", "CARE QUALITY COMMISSION ASSESSMENT OF ADULT SOCIAL CARE \u2013 ACTION PLAN"),
    ("p", "The item was deferred to the next meeting at the request of the Cabinet Member, "
          "as the final assessment report had not yet been published."),
    ("res", "RESOLVED: That consideration of the action plan be deferred to the meeting "
            "on 2 December 2025."),

    ("h", "49.", "WORK PROGRAMME 2025/26"),
    ("p", "The Scrutiny and Democratic Services Officer presented the work programme. "
          "Councillor Rusk requested that an item on the waiting times for adult autism "
          "and ADHD assessments be added to the programme for the new year."),
    ("res", "RESOLVED: That the work programme be approved, subject to the addition of "
            "an item on waiting times for autism and ADHD assessments in March 2026."),

    ("end", "The meeting closed at 8.52 pm."),
    ("end", "CHAIR"),
]


class MinutesPDF(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("dv", "", 8)
        self.set_text_color(80)
        self.cell(0, 5, COUNCIL, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, MEETING, align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0)

    def footer(self):
        self.set_y(-15)
        self.set_font("dv", "", 8)
        self.set_text_color(80)
        self.cell(0, 5, "Page %d" % self.page_no(), align="C")
        self.set_x(self.l_margin)
        self.cell(0, 5, "Chair's initials ..........", align="R")
        self.set_text_color(0)


VOWELS = set("aeiouy")


def split_word(pdf, word, avail):
    """Try to hyphenate word so that head+'-' fits into avail. Return (head, tail) or None."""
    if word[:1].isupper():
        return None
    if len(word) < 7 or not word.isalpha() and not re.match(r"^[A-Za-z]+[,.;]?$", word):
        return None
    best = None
    for i in range(3, len(word) - 3):
        a, b = word[i - 1], word[i]
        if not (a.isalpha() and b.isalpha()):
            continue
        # break between vowel and consonant, or between two consonants
        ok = (a.lower() in VOWELS and b.lower() not in VOWELS) or \
             (a.lower() not in VOWELS and b.lower() not in VOWELS and a.lower() != b.lower()) or \
             (a.lower() == b.lower() and a.lower() not in VOWELS)
        if not ok:
            continue
        if word[i + 1:i + 2] and not any(c.lower() in VOWELS for c in word[i:]):
            continue
        head = word[:i] + "-"
        if pdf.get_string_width(head) <= avail:
            best = (head, word[i:])
    return best


def justified(pdf, text, x0, width, lh, indent=0):
    words = text.split()
    lines = []
    cur = []
    curw = 0
    sp = pdf.get_string_width(" ")
    avail_first = width - indent
    while words:
        w = words.pop(0)
        ww = pdf.get_string_width(w)
        lim = avail_first if not lines else width
        need = ww if not cur else curw + sp + ww
        if need <= lim:
            cur.append(w)
            curw = need
            continue
        room = lim - curw - (sp if cur else 0)
        parts = split_word(pdf, w, room)
        if parts:
            cur.append(parts[0])
            words.insert(0, parts[1])
        else:
            words.insert(0, w)
        lines.append(cur)
        cur, curw = [], 0
    if cur:
        lines.append(cur)
    for n, ln in enumerate(lines):
        if pdf.get_y() + lh > pdf.page_break_trigger:
            pdf.add_page()
        x = x0 + (indent if n == 0 else 0)
        lim = avail_first if n == 0 else width
        total = sum(pdf.get_string_width(w) for w in ln)
        last = n == len(lines) - 1
        gap = sp if last or len(ln) == 1 else (lim - total) / (len(ln) - 1)
        y = pdf.get_y()
        for w in ln:
            pdf.set_xy(x, y)
            pdf.cell(pdf.get_string_width(w), lh, w)
            x += pdf.get_string_width(w) + gap
        pdf.set_xy(x0, y + lh)


def build_pdf(path):
    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 10, 20, 9, 0, 0))
    pdf.set_title("Minutes - Health Scrutiny Committee - 14 October 2025")
    pdf.set_author("Democratic Services")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONTB)
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    L = pdf.l_margin
    W = pdf.w - pdf.l_margin - pdf.r_margin
    NUMW = 12
    for b in BLOCKS:
        kind = b[0]
        if kind == "title":
            pdf.set_font("dv", "B", 14)
            pdf.cell(0, 8, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "sub":
            pdf.set_font("dv", "B", 12)
            pdf.cell(0, 7, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "pl":
            pdf.set_font("dv", "B", 10)
            y = pdf.get_y()
            pdf.cell(36, 5.2, b[1])
            pdf.set_xy(L + 36, y)
            pdf.set_font("dv", "", 10)
            justified(pdf, b[2], L + 36, W - 36, 5.2)
            pdf.ln(2)
        elif kind == "h":
            if pdf.get_y() > pdf.page_break_trigger - 30:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("dv", "B", 10)
            y = pdf.get_y()
            pdf.cell(NUMW, 6, b[1])
            pdf.set_xy(L + NUMW, y)
            pdf.multi_cell(W - NUMW, 6, b[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("dv", "", 10)
            justified(pdf, b[1], L + NUMW, W - NUMW, 5.2)
            pdf.ln(2)
        elif kind == "res":
            lines = b[1].split("\n")
            for i, t in enumerate(lines):
                if i == 0 and t.startswith("RESOLVED"):
                    pdf.set_font("dv", "B", 10)
                    head, rest = t.split(":", 1)
                    y = pdf.get_y()
                    pdf.cell(pdf.get_string_width(head + ": "), 5.2, head + ":")
                    pdf.set_font("dv", "", 10)
                    ind = pdf.get_string_width(head + ": ")
                    pdf.set_xy(L + NUMW, y)
                    justified(pdf, rest.strip(), L + NUMW, W - NUMW, 5.2, indent=ind)
                elif i == 0:
                    pdf.set_font("dv", "", 10)
                    justified(pdf, t, L + NUMW, W - NUMW, 5.2)
                else:
                    pdf.set_font("dv", "", 10)
                    m = re.match(r"^(\([a-z]\))\s*(.*)$", t)
                    y = pdf.get_y()
                    pdf.set_xy(L + NUMW + 4, y)
                    pdf.cell(8, 5.2, m.group(1))
                    pdf.set_xy(L + NUMW + 12, y)
                    justified(pdf, m.group(2), L + NUMW + 12, W - NUMW - 12, 5.2)
            pdf.ln(2)
        elif kind == "end":
            pdf.ln(6)
            pdf.set_font("dv", "B" if b[1] == "CHAIR" else "", 10)
            if b[1] == "CHAIR":
                pdf.cell(0, 5.2, "......................................................", align="R",
                         new_x="LMARGIN", new_y="NEXT")
            pdf.cell(0, 5.2, b[1], align="R" if b[1] == "CHAIR" else "L",
                     new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def pdf_source_text():
    out = []
    for b in BLOCKS:
        out.append(" ".join(x for x in b[1:]))
    return "\n".join(out)


PDF_NAME = "am-castlebridge-health-scrutiny-2025-10-14.pdf"

PDF_GOLD = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Committee",
    "meeting_date": "2025-10-14",
    "items": [
        {"number": "41", "title": "Apologies for Absence and Substitutions"},
        {"number": "42", "title": "Declarations of Interest"},
        {"number": "43", "title": "Minutes"},
        {"number": "44", "title": "Public Question Time"},
        {"number": "45", "title": "Urgent and Emergency Care \u2013 Winter Plan 2025/26"},
        {"number": "46", "title": "Community Equipment Service \u2013 Re-procurement"},
        {"number": "47", "title": "Public Health Grant and Stop Smoking Service"},
        {"number": "48", "title": "Care Quality Commission Assessment of Adult Social Care \u2013 Action Plan"},
        {"number": "49", "title": "Work Programme 2025/26"},
    ],
    "questions": [
        {"item": "44", "kind": "question",
         "text": "asked what assurance could be given that patients of the Millbrook Road Surgery",
         "asked_by": "Mr Dennis Harrow",
         "answer": "the practice had committed to an extended morning clinic at the main site",
         "given_by": "Councillor Hargreaves, Cabinet Member",
         "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "44", "kind": "question",
         "text": "asked whether the monitoring results would be made public",
         "asked_by": "Mr Harrow",
         "answer": "undertook to circulate the first quarterly summary to the Committee",
         "given_by": "The Cabinet Member",
         "themes": ["primary-care", "governance", "patient-and-public-input"]},
        {"item": "45", "kind": "question",
         "text": "asked why handover times at Castlebridge remained among the worst in the region",
         "asked_by": "Councillor Audley",
         "answer": "the main constraint was the number of medically fit patients awaiting discharge",
         "given_by": "Mr Lowe",
         "themes": ["adult-social-care", "finance"]},
        {"item": "45", "kind": "question",
         "text": "queried whether patients were still being cared for in corridors",
         "asked_by": "Councillor Audley",
         "answer": "corridor care had occurred on eleven days in September",
         "given_by": "Mr Lowe",
         "themes": []},
        {"item": "45", "kind": "concern",
         "text": "Members expressed concern that corridor care was becoming normalised",
         "asked_by": "Members",
         "answer": None,
         "given_by": None,
         "themes": ["governance"]},
        {"item": "45", "kind": "question",
         "text": "sought clarification on how the additional escalation beds would be staffed",
         "asked_by": "Councillor Cranmore",
         "answer": "approximately a third of the shifts were expected to be filled by agency",
         "given_by": "Dr Caddick",
         "themes": ["workforce"]},
        {"item": "45", "kind": "question",
         "text": "Councillor Cranmore questioned the cost of agency cover",
         "asked_by": "Councillor Cranmore",
         "answer": "undertook to provide the forecast agency expenditure for the winter period",
         "given_by": "Mr Lowe",
         "themes": ["workforce", "finance"]},
        {"item": "45", "kind": "question",
         "text": "asked what the communications campaign would do differently this year",
         "asked_by": "Mrs Okafor, Healthwatch Castlebridge",
         "answer": "the campaign would be co-designed with the Healthwatch reader panel",
         "given_by": "Dr Caddick",
         "themes": ["patient-and-public-input"]},
        {"item": "45", "kind": "question",
         "text": "asked whether the virtual ward was suitable for frail older people living alone",
         "asked_by": "Councillor Bhatti",
         "answer": "a home visit by a community nurse within four hours was a condition",
         "given_by": None,
         "themes": ["adult-social-care"]},
        {"item": "46", "kind": "concern",
         "text": "the two previous contracts had been awarded to a private company",
         "asked_by": "Councillor Rusk",
         "answer": "the in-house option had been appraised but would require a capital outlay",
         "given_by": "Mr Mabey",
         "themes": ["privatisation", "subcontracting", "finance"]},
        {"item": "46", "kind": "question",
         "text": "asked what penalties had been applied to the current provider for late deliveries",
         "asked_by": "Councillor Dhillon",
         "answer": "service credits totalling \u00a348,000 had been deducted in 2024/25",
         "given_by": "Mr Mabey",
         "themes": ["subcontracting", "finance"]},
        {"item": "46", "kind": "question",
         "text": "the provider to pay its staff the Real Living Wage",
         "asked_by": "Councillor Fairweather",
         "answer": "this would be a mandatory requirement of the tender",
         "given_by": "Mr Mabey",
         "themes": ["workforce", "subcontracting"]},
        {"item": "46", "kind": "request",
         "text": "Members requested that the views of service users and carers be gathered",
         "asked_by": "Members",
         "answer": None,
         "given_by": None,
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "47", "kind": "question",
         "text": "enquired why the take-up of the stop smoking service among pregnant women",
         "asked_by": "Councillor Bhatti",
         "answer": "two midwifery posts funded to support smoke-free pregnancy had been vacant",
         "given_by": "Ms Strand",
         "themes": ["public-health", "workforce"]},
        {"item": "47", "kind": "comment",
         "text": "commented that the real-terms reduction in the grant since 2015",
         "asked_by": "Councillor Audley",
         "answer": "the Director agreed to include it",
         "given_by": "the Director",
         "themes": ["public-health", "finance"]},
        {"item": "49", "kind": "request",
         "text": "requested that an item on the waiting times for adult autism",
         "asked_by": "Councillor Rusk",
         "answer": None,
         "given_by": None,
         "themes": ["governance"]},
    ],
    "resolutions": [
        {"item": "43", "text": "minutes of the meeting held on 9 September 2025 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "45", "text": "the winter plan for urgent and emergency care 2025/26 be noted",
         "outcome": "noted", "themes": []},
        {"item": "46", "text": "the joint procurement of the community equipment service with the Integrated Care Board",
         "outcome": "recommended", "themes": ["subcontracting", "patient-and-public-input", "integration"]},
        {"item": "47", "text": "NOTED the update on the public health grant and the stop",
         "outcome": "noted", "themes": ["public-health", "finance"]},
        {"item": "48", "text": "consideration of the action plan be deferred to the meeting",
         "outcome": "deferred", "themes": ["governance", "adult-social-care"]},
        {"item": "49", "text": "the work programme be approved, subject to the addition of",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "Councillor Margaret Ellery", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Tariq Bhatti", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Helen Audley", "role": None, "attendance": "present"},
        {"name": "Councillor Robert Cranmore", "role": None, "attendance": "present"},
        {"name": "Councillor Priya Dhillon", "role": None, "attendance": "present"},
        {"name": "Councillor Simon Fairweather", "role": "substitute for Councillor Joan Pettit", "attendance": "present"},
        {"name": "Councillor Angela Rusk", "role": None, "attendance": "present"},
        {"name": "Mrs Lorraine Okafor", "role": "Healthwatch Castlebridge, non-voting", "attendance": "present"},
        {"name": "Councillor Neil Hargreaves", "role": "Cabinet Member for Adult Social Care and Public Health", "attendance": "in_attendance"},
        {"name": "Dr Fiona Caddick", "role": "Associate Director of Urgent Care, Wessex Downs Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Mr Gareth Lowe", "role": "Deputy Chief Operating Officer, Castlebridge Hospitals NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "Ms Deborah Strand", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Mr Kieran Mabey", "role": "Head of Commissioning and Market Shaping, Adults and Health", "attendance": "in_attendance"},
        {"name": "Ms Rachel Tindall", "role": "Scrutiny and Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Councillor Joan Pettit", "role": None, "attendance": "apologies"},
        {"name": "Councillor Colin Wragg", "role": None, "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------- HTML news item
HTML_NAME = "am-castlebridge-news-councillors-question-winter-plan.html"
HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Councillors question hospital winter plan and equipment contract | Castlebridge City Council</title>
<meta name="description" content="News from Castlebridge City Council's Health Scrutiny Committee, 14 October 2025.">
<link rel="stylesheet" href="/assets/css/site.css">
</head>
<body class="page-news">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a href="/" class="logo">Castlebridge City Council</a>
  <nav aria-label="Main"><ul>
    <li><a href="/bins-and-recycling">Bins and recycling</a></li>
    <li><a href="/council-tax">Council tax</a></li>
    <li><a href="/council-and-democracy">Council and democracy</a></li>
    <li><a href="/news" aria-current="page">News</a></li>
  </ul></nav>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>
  <li><a href="/">Home</a></li><li><a href="/news">News</a></li>
  <li>Councillors question hospital winter plan and equipment contract</li>
</ol></nav>
<main id="main">
<article class="news-article">
<h1>Councillors question hospital winter plan and equipment contract</h1>
<p class="news-meta">Published: <time datetime="2025-10-16">16 October 2025</time> &middot; Category: Health and social care</p>
<p class="lead">Hospital bosses faced questions about ambulance delays and corridor care when
they came before Castlebridge City Council's Health Scrutiny Committee on Tuesday evening.</p>
<p>Representatives of the Wessex Downs Integrated Care Board and Castlebridge Hospitals NHS
Foundation Trust presented this year's winter plan, which includes 42 extra beds at
Castlebridge General Hospital and a larger "virtual ward" that lets patients be looked after
at home.</p>
<p>Committee members pressed the NHS on ambulance handover times, which averaged 47 minutes
in September, and on how the extra beds will be staffed. The Trust said delays in
discharging patients who are well enough to leave hospital were the biggest cause of the
problem, and that 64 nurses recruited from overseas will be working on the wards by
December.</p>
<blockquote>
<p>&ldquo;Nobody wants to see their mum or dad waiting on a trolley in a corridor. We have
asked the NHS to tell us every month how often that is happening, and we will keep asking
until the numbers come down.&rdquo;</p>
<footer>&mdash; Councillor Margaret Ellery, Chair of the Health Scrutiny Committee</footer>
</blockquote>
<h2>Equipment service contract</h2>
<p>The committee also discussed how the council should buy its community equipment service
&ndash; the wheelchairs, hoists and bath seats that help people live safely at home &ndash;
when the current contract ends in 2026. Councillors will ask the Cabinet to back a joint
contract with the NHS, but want the people who use the service and their carers to have a
say in what it should look like first.</p>
<h2>What happens next</h2>
<ul>
  <li>The Cabinet will consider the committee's views on the equipment service on 6 November 2025.</li>
  <li>The NHS will report back on corridor care at the committee's February meeting.</li>
  <li>A discussion of the Care Quality Commission's assessment of adult social care has moved to 2 December 2025.</li>
</ul>
<p>You can read the agenda, reports and the draft minutes on the
<a href="/council-and-democracy/committees/health-scrutiny">Health Scrutiny Committee page</a>,
or watch the recording on the council's YouTube channel.</p>
<aside class="related">
<h2>Related news</h2>
<ul>
  <li><a href="/news/2025/10/get-your-winter-vaccines">Get your winter vaccines early, says public health team</a></li>
  <li><a href="/news/2025/09/millbrook-road-surgery">Millbrook Road Surgery branch to close in January</a></li>
</ul>
</aside>
</article>
</main>
<footer class="site-footer">
<p>&copy; Castlebridge City Council 2025 &middot; <a href="/accessibility">Accessibility</a> &middot;
<a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact us</a></p>
</footer>
</body>
</html>
"""
HTML_GOLD = {"document": HTML_NAME, "doc_type": "news"}


# ---------------------------------------------------------------- check
def norm(s):
    s = s.lower().replace("\u2013", " ").replace("\u2014", " ")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def check():
    src = " " + norm(pdf_source_text()) + " "
    bad = 0
    phrases = []
    for q in PDF_GOLD["questions"]:
        phrases.append(("question", q["text"]))
        if q["answer"]:
            phrases.append(("answer", q["answer"]))
    for r in PDF_GOLD["resolutions"]:
        phrases.append(("resolution", r["text"]))
    for kind, p in phrases:
        n = norm(p)
        wc = len(n.split())
        cnt = src.count(" " + n + " ")
        if cnt != 1 or not (6 <= wc <= 15):
            print("FAIL %s (count=%d words=%d): %s" % (kind, cnt, wc, p))
            bad += 1
    # gold files on disk must match
    for name, g in ((PDF_NAME, PDF_GOLD), (HTML_NAME, HTML_GOLD)):
        gp = os.path.join(GOLD, name + ".json")
        if not os.path.exists(gp) or json.load(open(gp, encoding="utf-8")) != g:
            print("FAIL gold file out of date:", gp)
            bad += 1
        if not os.path.exists(os.path.join(DOCS, name)):
            print("FAIL document missing:", name)
            bad += 1
    print("%d phrases checked, %d failures" % (len(phrases), bad))
    return bad == 0


def build():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    build_pdf(os.path.join(DOCS, PDF_NAME))
    with open(os.path.join(DOCS, HTML_NAME), "w", encoding="utf-8") as f:
        f.write(HTML)
    for name, g in ((PDF_NAME, PDF_GOLD), (HTML_NAME, HTML_GOLD)):
        with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
    print("built")
