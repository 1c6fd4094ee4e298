#!/usr/bin/env python3
"""Build the "bk-" documents of the other-councils evaluation set and their gold annotations.

Usage: build_bk.py          build documents and gold
       build_bk.py --check  verify gold phrases occur once each in the source text
"""
import json
import re
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/"
SHY = "\u00ad"

PDF_NAME = "bk-kessingford-dc-overview-scrutiny-2025-09-09.pdf"
DOCX_NAME = "bk-kessingford-dc-osc-work-programme-2025-26.docx"

# ---------------------------------------------------------------- content
COUNCIL = "Kessingford District Council"
TITLE = "Overview and Scrutiny Committee"
INTRO = ("Minutes of the meeting of the Overview and Scrutiny Committee held on Tuesday "
         "9 September 2025 at 6.30 pm in the Council Chamber, Castle Street Offices, "
         "Kessingford.")

SIDEBAR = [
    ("Members present", [
        "Cllr Helen Marwood (Chairman)",
        "Cllr Patrick Oyelaran (Vice-Chairman)",
        "Cllr Dennis Abbot",
        "Cllr Sunita Gohil",
        "Cllr Joanna Treadwell",
        "Cllr Ralph Whitcombe",
        "Cllr Michael Fenn (substitute for Cllr Laura Pike)",
    ]),
    ("Also present", [
        "Cllr Graham Stannard, Portfolio Holder for Housing and Communities",
        "Dr Fiona Achebe, Associate Director of Primary Care, Mid Vale Integrated Care Board",
    ]),
    ("Officers present", [
        "Simon Kerridge, Strategic Director (Resources) and Section 151 Officer",
        "Rachel Devereux, Head of Housing",
        "Tessa Lumb, Procurement and Contracts Manager",
        "Owen Prentice, Democratic Services Officer",
    ]),
    ("Apologies", [
        "Cllr Laura Pike",
        "Cllr Bernard Wolsey",
    ]),
]

# Each item: (number, title, [paragraphs]); a paragraph is a str or ("res", lead, [clauses])
ITEMS = [
    ("31", "Apologies for Absence and Substitutions", [
        "Apologies for absence were received from Cllr Laura Pike and Cllr Bernard Wolsey. "
        "Cllr Michael Fenn attended as substitute for Cllr Pike.",
    ]),
    ("32", "Declarations of Interest", [
        "Cllr Joanna Treadwell declared a non-registrable interest in Minute 35 (Temporary "
        "Accommodation and Homelessness Pressures) as a board member of Vale Homes Housing "
        "Association, and took no part in the discussion of that item. No other declarations "
        "were made.",
    ]),
    ("33", "Minutes", [
        ("res", "RESOLVED that the minutes of the meeting held on 8 July 2025 be approved as a "
                "correct record and signed by the Chairman.", []),
    ]),
    ("34", "Public Participation", [
        "The Democratic Services Officer reported that no public questions or statements had "
        "been received for this meeting.",
    ]),
    ("35", "Temporary Accommodation and Homelessness Pressures", [
        "The Portfolio Holder for Housing and Communities, Cllr Graham Stannard, introduced the "
        "report, which set out the rise in households placed in temporary accommodation from 41 "
        "in April 2024 to 78 at the end of July 2025, and the associated net cost to the General "
        "Fund. Cllr Sunita Gohil raised the issue of families with school-age children being "
        "placed in bed and breakfast accommodation outside the district for longer than the "
        "six-week legal limit. In reply, the Portfolio Holder said that four families had "
        "exceeded six weeks at the date of the meeting and each had a named caseworker and a "
        "move-on plan. Cllr Dennis Abbot asked what proportion of placements were with private "
        "providers of nightly-paid accommodation and what rates were being paid. The Head of "
        "Housing clarified that roughly two thirds of placements were nightly-paid, at an average "
        "of £68 per night, and that the Council was working with neighbouring districts to agree "
        "a common rate cap.",
        "Cllr Ralph Whitcombe sought an assurance that the purchase of twelve properties for use "
        "as temporary accommodation would not divert resources from the prevention team. The "
        "Head of Housing clarified that the acquisitions were funded through the capital "
        "programme and the Local Authority Housing Fund, and that two additional prevention "
        "officer posts had been filled in August. Cllr Michael Fenn requested that future "
        "reports include the number of households leaving temporary accommodation each quarter "
        "and where they moved to. The Chairman indicated that this would be picked up in the "
        "next quarterly performance update. Cllr Patrick Oyelaran expressed concern at the "
        "number of disrepair complaints received from housing association tenants in the north "
        "of the district.",
        ("res", "RESOLVED that the Committee:", [
            "(a) notes the increase in temporary accommodation placements and the actions set "
            "out in section 5 of the report; and",
            "(b) asks the Head of Housing to provide a breakdown of nightly-paid placements by "
            "provider and cost to the November meeting.",
        ]),
    ]),
    ("36", "Leisure Centre Management Contract – Options for Re-procurement", [
        "The Procurement and Contracts Manager presented the report, explaining that the "
        "contract with Activa Leisure Trust for the management of Kessingford Pool and "
        "Brookmead Sports Centre would expire on 31 March 2027, and that three options had been "
        "appraised: re-tendering on a similar basis, a wholly owned local authority trading "
        "company, or bringing the service back in-house. Cllr Dennis Abbot raised the issue of "
        "whether a private operator would be able to close facilities or cut opening hours "
        "without the Council's consent. In reply, the Portfolio Holder said that the "
        "specification would fix core opening hours and that any reduction would require a "
        "formal contract variation agreed by Cabinet. Cllr Sunita Gohil sought an assurance that "
        "staff transferring under TUPE would keep their pension rights whichever option was "
        "chosen. The Procurement and Contracts Manager confirmed that pension protection would "
        "be a condition of any tender and that the recognised trade unions would be consulted "
        "before the specification was finalised.",
        "Cllr Ralph Whitcombe asked whether the in-house option had been costed on the same "
        "basis as the other two, noting that the appraisal appeared to leave out the VAT "
        "advantage of the current trust arrangement. The Strategic Director (Resources) said "
        "that the VAT position had been modelled separately and would be added as an appendix "
        "before the report went to Cabinet. Cllr Helen Marwood, in the Chair, asked whether "
        "users of the two centres had been asked for their views on the options. In reply, the "
        "Portfolio Holder said that a user survey would run for six weeks from October and its "
        "results would be reported to Cabinet.",
        ("res", "RECOMMENDED to Cabinet that:", [
            "(a) a soft market testing exercise be undertaken before any decision is taken on "
            "the future management model for the leisure centres; and",
            "(b) the results of the user survey and the full VAT appraisal be considered "
            "alongside the options report.",
        ]),
    ]),
    ("37", "GP Access and the ICB Primary Care Plan", [
        "Dr Fiona Achebe, Associate Director of Primary Care at Mid Vale Integrated Care Board, "
        "gave a presentation on access to general practice across the three primary care "
        "networks serving the district. Cllr Joanna Treadwell raised the issue of residents "
        "being unable to get through to the Brookmead surgery by telephone at 8 am. Dr Achebe "
        "said that the practice had moved to a cloud-based telephone system in July with a "
        "call-back function, and average waiting times had fallen from 19 minutes to seven. "
        "Cllr Michael Fenn asked how the new housing development at Steeple Farm would be "
        "served, given that the nearest practice had closed its list. Dr Achebe explained that "
        "the ICB had secured developer contributions towards an extension of the Abbeyfields "
        "surgery, although building work would not start before 2027.",
        "Cllr Patrick Oyelaran sought an assurance that the expansion of Pharmacy First would "
        "not be used to justify fewer GP appointments. Dr Achebe gave that assurance, adding "
        "that Pharmacy First consultations were counted separately and were additional to "
        "general practice activity. Cllr Sunita Gohil requested that the ICB share the results "
        "of its latest patient survey broken down by practice.",
        ("res", "RESOLVED that the Committee:", [
            "(a) notes the presentation and thanks Dr Achebe for attending; and",
            "(b) notes that the ICB will return in March 2026 with an update on primary care "
            "provision for Steeple Farm.",
        ]),
    ]),
    ("38", "Quarter 1 Financial Monitoring 2025/26", [
        "The Strategic Director (Resources) and Section 151 Officer introduced the report, which "
        "forecast a General Fund overspend of £412,000, mainly attributable to temporary "
        "accommodation costs and lower than budgeted car park income. Cllr Ralph Whitcombe "
        "asked whether the overspend would require a call on general reserves before the end "
        "of the year. The Strategic Director said that mitigating underspends were expected in "
        "the second half of the year and a draw on reserves would be a last resort. Cllr Dennis "
        "Abbot raised the issue of the cost of agency staff in the planning service, which had "
        "exceeded £180,000 in the quarter. The Strategic Director acknowledged the figure and "
        "said that a recruitment campaign for three permanent planning officers had closed in "
        "August.",
        ("res", "RESOLVED that the Committee notes the forecast outturn position for quarter 1 "
                "of 2025/26.", []),
    ]),
    ("39", "Work Programme 2025/26", [
        "Cllr Joanna Treadwell requested that an item on damp and mould in social housing be "
        "added to the work programme for the January meeting. The Democratic Services Officer "
        "confirmed that there was capacity on that agenda and that Vale Homes would be invited "
        "to attend.",
        ("res", "RESOLVED that the Committee agrees the work programme for 2025/26, subject to "
                "the addition of an item on damp and mould in January 2026.", []),
    ]),
]
CLOSE = "The meeting closed at 8.52 pm."

# ---------------------------------------------------------------- gold
def q(item, kind, text, by, ans, given, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": by, "answer": ans,
            "given_by": given, "themes": themes}


PDF_GOLD = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": "Overview and Scrutiny Committee",
    "meeting_date": "2025-09-09",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        q("35", "concern", "placed in bed and breakfast accommodation outside the district for longer",
          "Cllr Sunita Gohil", "four families had exceeded six weeks at the date of the meeting",
          "Portfolio Holder", ["housing", "children-and-families"]),
        q("35", "question", "what proportion of placements were with private providers of nightly-paid accommodation",
          "Cllr Dennis Abbot", "roughly two thirds of placements were nightly-paid, at an average",
          "Head of Housing", ["housing", "finance", "privatisation", "subcontracting"]),
        q("35", "request", "sought an assurance that the purchase of twelve properties for use",
          "Cllr Ralph Whitcombe", "the acquisitions were funded through the capital programme and the Local Authority",
          "Head of Housing", ["housing", "finance", "workforce"]),
        q("35", "request", "requested that future reports include the number of households leaving temporary accommodation",
          "Cllr Michael Fenn", "this would be picked up in the next quarterly performance update",
          "Chairman", ["housing"]),
        q("35", "concern", "expressed concern at the number of disrepair complaints received from housing association tenants",
          "Cllr Patrick Oyelaran", None, None, ["housing"]),
        q("36", "question", "whether a private operator would be able to close facilities or cut opening hours",
          "Cllr Dennis Abbot", "specification would fix core opening hours and that any reduction would require",
          "Portfolio Holder", ["privatisation", "subcontracting"]),
        q("36", "request", "staff transferring under TUPE would keep their pension rights whichever option",
          "Cllr Sunita Gohil", "pension protection would be a condition of any tender",
          "Procurement and Contracts Manager", ["workforce", "subcontracting"]),
        q("36", "question", "asked whether the in-house option had been costed on the same basis",
          "Cllr Ralph Whitcombe", "the VAT position had been modelled separately and would be added as an appendix",
          "Strategic Director (Resources)", ["finance", "privatisation"]),
        q("36", "question", "users of the two centres had been asked for their views on the options",
          "Cllr Helen Marwood", "a user survey would run for six weeks from October",
          "Portfolio Holder", ["patient-and-public-input"]),
        q("37", "concern", "residents being unable to get through to the Brookmead surgery by telephone",
          "Cllr Joanna Treadwell", "the practice had moved to a cloud-based telephone system in July",
          "Dr Achebe", ["primary-care"]),
        q("37", "question", "how the new housing development at Steeple Farm would be served",
          "Cllr Michael Fenn", "the ICB had secured developer contributions towards an extension of the Abbeyfields surgery",
          "Dr Achebe", ["primary-care", "housing"]),
        q("37", "request", "the expansion of Pharmacy First would not be used to justify fewer GP appointments",
          "Cllr Patrick Oyelaran", "Pharmacy First consultations were counted separately and were additional",
          "Dr Achebe", ["primary-care"]),
        q("37", "request", "share the results of its latest patient survey broken down by practice",
          "Cllr Sunita Gohil", None, None, ["primary-care", "patient-and-public-input"]),
        q("38", "question", "whether the overspend would require a call on general reserves",
          "Cllr Ralph Whitcombe", "mitigating underspends were expected in the second half of the year",
          "Strategic Director", ["finance"]),
        q("38", "concern", "the cost of agency staff in the planning service, which had exceeded",
          "Cllr Dennis Abbot", "a recruitment campaign for three permanent planning officers had closed",
          "Strategic Director", ["workforce", "finance"]),
        q("39", "request", "an item on damp and mould in social housing be added to the work programme",
          "Cllr Joanna Treadwell", "there was capacity on that agenda and that Vale Homes would be invited",
          "Democratic Services Officer", ["housing", "governance"]),
    ],
    "resolutions": [
        {"item": "33", "text": "the minutes of the meeting held on 8 July 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "35", "text": "notes the increase in temporary accommodation placements and the actions set out",
         "outcome": "agreed", "themes": ["housing", "finance"]},
        {"item": "36", "text": "a soft market testing exercise be undertaken before any decision is taken",
         "outcome": "recommended", "themes": ["subcontracting", "privatisation", "finance", "patient-and-public-input"]},
        {"item": "37", "text": "notes the presentation and thanks Dr Achebe for attending",
         "outcome": "noted", "themes": ["primary-care"]},
        {"item": "38", "text": "notes the forecast outturn position for quarter 1 of 2025/26",
         "outcome": "noted", "themes": ["finance"]},
        {"item": "39", "text": "agrees the work programme for 2025/26, subject to the addition",
         "outcome": "agreed", "themes": ["housing", "governance"]},
    ],
    "attendees": [
        {"name": "Cllr Helen Marwood", "role": "Chairman", "attendance": "present"},
        {"name": "Cllr Patrick Oyelaran", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Cllr Dennis Abbot", "role": None, "attendance": "present"},
        {"name": "Cllr Sunita Gohil", "role": None, "attendance": "present"},
        {"name": "Cllr Joanna Treadwell", "role": None, "attendance": "present"},
        {"name": "Cllr Ralph Whitcombe", "role": None, "attendance": "present"},
        {"name": "Cllr Michael Fenn", "role": "substitute for Cllr Laura Pike", "attendance": "present"},
        {"name": "Cllr Graham Stannard", "role": "Portfolio Holder for Housing and Communities",
         "attendance": "in_attendance"},
        {"name": "Dr Fiona Achebe",
         "role": "Associate Director of Primary Care, Mid Vale Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Simon Kerridge", "role": "Strategic Director (Resources) and Section 151 Officer",
         "attendance": "in_attendance"},
        {"name": "Rachel Devereux", "role": "Head of Housing", "attendance": "in_attendance"},
        {"name": "Tessa Lumb", "role": "Procurement and Contracts Manager", "attendance": "in_attendance"},
        {"name": "Owen Prentice", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Cllr Laura Pike", "role": None, "attendance": "apologies"},
        {"name": "Cllr Bernard Wolsey", "role": None, "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------- work programme
WP_INTRO = [
    "This work programme sets out the items the Overview and Scrutiny Committee expects to "
    "consider during the 2025/26 municipal year. It is a living document: it is reviewed at "
    "every meeting and may be changed by the Committee to respond to emerging issues, "
    "Cabinet's Forward Plan and requests from Members.",
    "Members wishing to propose a topic should contact the Democratic Services Officer, Owen "
    "Prentice, at least four weeks before the meeting at which it would be considered.",
]
WP_ROWS = [
    ("8 July 2025", "Annual Report of the Committee 2024/25", "To approve the annual report for submission to Council", "Democratic Services Officer", "Completed"),
    ("8 July 2025", "Council Tax Support Scheme Review", "To comment on proposed changes before public consultation", "Strategic Director (Resources)", "Completed"),
    ("9 September 2025", "Temporary Accommodation and Homelessness Pressures", "To examine rising placements and the cost to the General Fund", "Head of Housing", "Completed"),
    ("9 September 2025", "Leisure Centre Management Contract – Options for Re-procurement", "Pre-decision scrutiny of the options appraisal before Cabinet", "Procurement and Contracts Manager", "Completed – recommendations to Cabinet"),
    ("9 September 2025", "GP Access and the ICB Primary Care Plan", "To question Mid Vale ICB on access to general practice", "Associate Director of Primary Care (ICB)", "Completed"),
    ("18 November 2025", "Temporary Accommodation – Nightly-Paid Placements", "Breakdown by provider and cost requested at the September meeting", "Head of Housing", "Scheduled"),
    ("18 November 2025", "Draft Budget and Medium Term Financial Plan 2026/27", "To scrutinise budget proposals and savings options", "Strategic Director (Resources)", "Scheduled"),
    ("18 November 2025", "Community Safety Partnership Annual Review", "Statutory crime and disorder scrutiny", "Community Safety Manager", "Scheduled"),
    ("20 January 2026", "Damp and Mould in Social Housing", "To hear from Vale Homes on repairs and complaints handling", "Head of Housing", "Added 9 September 2025"),
    ("20 January 2026", "Health Inequalities in the District", "To review the district's contribution to the county Public Health strategy", "Health and Wellbeing Lead", "Scheduled"),
    ("17 March 2026", "Primary Care Provision for Steeple Farm", "Update from the ICB on the Abbeyfields surgery extension", "Associate Director of Primary Care (ICB)", "To be confirmed"),
    ("17 March 2026", "Leisure User Survey Results", "To receive the results of the autumn user survey", "Leisure and Culture Manager", "To be confirmed"),
]
WP_TOPICS = [
    "Use of agency staff across Council services and the cost of vacancies (Cllr Abbot)",
    "Performance of the waste and recycling contract since the new contractor started (Cllr Whitcombe)",
    "Access to NHS dentistry for families in the district (Cllr Gohil)",
    "Disabled facilities grants: waiting times for housing adaptations (Cllr Oyelaran)",
    "How residents' feedback and complaints are used to improve services (Cllr Fenn)",
]
DOCX_GOLD = {
    "document": DOCX_NAME,
    "doc_type": "other",
    "themes": ["housing", "finance", "subcontracting", "primary-care", "public-health",
               "patient-and-public-input", "governance", "workforce"],
}

# ---------------------------------------------------------------- helpers
VOW = set("aeiouyAEIOUY")


def hyphenate(text):
    """Insert soft hyphens into long words at crude vowel-consonant-vowel points."""
    def word(m):
        w = m.group(0)
        if len(w) < 8 or not w.isalpha() or w[0].isupper():
            return w
        out, last = [], 0
        for i in range(3, len(w) - 3):
            if w[i - 1] in VOW and w[i] not in VOW and w[i + 1] in VOW and i - last >= 3:
                out.append(w[last:i])
                last = i
        out.append(w[last:])
        return SHY.join(out)
    return re.sub(r"[A-Za-z]+", word, text)


def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s£]", " ", s)
    return " ".join(s.split())


def pdf_source_text():
    parts = [COUNCIL, TITLE, INTRO]
    for head, names in SIDEBAR:
        parts.append(head)
        parts.extend(names)
    for num, title, paras in ITEMS:
        parts.append(f"{num} {title}")
        for p in paras:
            if isinstance(p, tuple):
                parts.append(p[1])
                parts.extend(p[2])
            else:
                parts.append(p)
    parts.append(CLOSE)
    return "\n".join(parts)


def docx_source_text():
    parts = ["Overview and Scrutiny Committee Work Programme 2025/26"] + WP_INTRO
    for r in WP_ROWS:
        parts.extend(r)
    parts.extend(WP_TOPICS)
    return "\n".join(parts)


# ---------------------------------------------------------------- PDF
ACCENT = (0, 92, 99)       # teal band
NUMCOL = (170, 60, 30)     # rust minute numbers
LEFT, RIGHT_P1, RIGHT = 34, 68, 20


def build_pdf():
    from fpdf import FPDF

    class P(FPDF):
        def header(self):
            if self.page_no() == 1:
                self.set_fill_color(*ACCENT)
                self.rect(0, 0, 210, 30, "F")
                self.set_draw_color(255, 255, 255)
                self.set_line_width(0.4)
                self.rect(14, 5, 16, 20)          # crest placeholder
                self.line(14, 5, 30, 25)
                self.line(30, 5, 14, 25)
                self.set_text_color(255, 255, 255)
                self.set_font("Serif", "B", 17)
                self.text(36, 15, COUNCIL)
                self.set_font("Serif", "I", 11)
                self.text(36, 22, TITLE)
                self.set_text_color(0, 0, 0)
                self.set_y(38)
            else:
                self.set_font("Serif", "", 8)
                self.set_text_color(110, 110, 110)
                self.set_xy(LEFT, 9)
                self.cell(0, 4, f"{COUNCIL} – {TITLE} – 9 September 2025", align="L")
                self.set_draw_color(*ACCENT)
                self.set_line_width(0.3)
                self.line(LEFT, 14, 210 - RIGHT, 14)
                self.set_text_color(0, 0, 0)
                self.set_right_margin(RIGHT)
                self.set_y(20)

        def footer(self):
            self.set_y(-16)
            self.set_font("Serif", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_x(LEFT)
            self.cell(120, 4, f"Overview and Scrutiny Committee – 9 September 2025 – Page {self.page_no()}")
            self.set_xy(150, self.get_y())
            self.cell(40, 4, "Chairman's initials ........", align="R")
            self.set_text_color(0, 0, 0)

    pdf = P(format="A4", unit="mm")
    pdf.creation_date = datetime(2025, 9, 15, 10, 0, 0, tzinfo=timezone.utc)
    pdf.set_title(f"{TITLE} minutes 9 September 2025")
    pdf.set_author(COUNCIL)
    pdf.set_creator("Committee Clerk")
    pdf.set_producer("fpdf2")
    pdf.add_font("Serif", "", FONT + "DejaVuSerif.ttf")
    pdf.add_font("Serif", "B", FONT + "DejaVuSerif-Bold.ttf")
    pdf.add_font("Serif", "I", FONT + "DejaVuSerif-Italic.ttf")
    pdf.add_font("Serif", "BI", FONT + "DejaVuSerif-BoldItalic.ttf")
    pdf.set_margins(LEFT, 20, RIGHT_P1)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    # sidebar on page 1
    sx, sw = 210 - RIGHT_P1 + 6, RIGHT_P1 - 6 - 12
    pdf.set_fill_color(236, 241, 241)
    pdf.rect(sx - 3, 36, sw + 6, 232, "F")
    y = 40
    for head, names in SIDEBAR:
        pdf.set_font("Serif", "B", 8.5)
        pdf.set_text_color(*ACCENT)
        pdf.set_xy(sx, y)
        pdf.multi_cell(sw, 4.2, head, align="L")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Serif", "", 7.5)
        for n in names:
            pdf.set_x(sx)
            pdf.multi_cell(sw, 3.6, n, align="L")
            pdf.ln(0.8)
        y = pdf.get_y() + 3
    pdf.set_xy(LEFT, 38)

    pdf.set_font("Serif", "I", 9.5)
    pdf.multi_cell(0, 4.8, hyphenate(INTRO), align="J")
    pdf.ln(3)

    def sc_width(word, size):
        w = 0
        for run in re.findall(r"[a-z]+|[^a-z]+", word):
            pdf.set_font("Serif", "B", size * 0.78 if run.islower() else size)
            w += pdf.get_string_width(run.upper())
        return w

    def smallcaps(x, y, text, size):
        x0, maxx = x, 210 - pdf.r_margin
        pdf.set_font("Serif", "B", size)
        space = pdf.get_string_width(" ")
        for word in text.split(" "):
            ww = sc_width(word, size)
            if x > x0 and x + ww > maxx:
                x, y = x0, y + size * 0.45
            for run in re.findall(r"[a-z]+|[^a-z]+", word):
                pdf.set_font("Serif", "B", size * 0.78 if run.islower() else size)
                pdf.text(x, y, run.upper())
                x += pdf.get_string_width(run.upper())
            x += space
        return y

    for num, title, paras in ITEMS:
        if pdf.get_y() > 245:
            pdf.add_page()
        pdf.ln(2)
        y = pdf.get_y() + 4
        pdf.set_font("Serif", "B", 11)
        pdf.set_text_color(*NUMCOL)
        pdf.text(16, y, f"{num}.")
        pdf.set_text_color(25, 25, 25)
        y = smallcaps(LEFT, y, title, 10.5)
        pdf.set_y(y + 2.5)
        for p in paras:
            pdf.set_x(LEFT)
            if isinstance(p, tuple):
                _, lead, clauses = p
                pdf.set_font("Serif", "B", 9.5)
                pdf.multi_cell(0, 4.8, hyphenate(lead), align="J")
                pdf.set_font("Serif", "", 9.5)
                for c in clauses:
                    pdf.set_x(LEFT + 6)
                    pdf.multi_cell(0, 4.8, hyphenate(c), align="J")
                    pdf.ln(0.8)
            else:
                pdf.set_font("Serif", "", 9.5)
                pdf.multi_cell(0, 4.8, hyphenate(p), align="J")
            pdf.ln(2)
    pdf.set_font("Serif", "I", 9.5)
    pdf.set_x(LEFT)
    pdf.multi_cell(0, 5, CLOSE)
    pdf.ln(10)
    pdf.set_x(LEFT)
    pdf.set_font("Serif", "", 9.5)
    pdf.cell(0, 5, "Chairman ....................................   Date ....................")
    pdf.output(str(DOCS / PDF_NAME))


# ---------------------------------------------------------------- DOCX
def build_docx():
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor, Cm

    d = docx.Document()
    cp = d.core_properties
    fixed = datetime(2025, 9, 12, 9, 0, 0)
    cp.created = cp.modified = fixed
    cp.last_printed = fixed
    cp.author = cp.last_modified_by = "Owen Prentice"
    cp.title = "Overview and Scrutiny Committee Work Programme 2025/26"
    cp.revision = 4
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    p = d.add_paragraph()
    r = p.add_run("Kessingford District Council")
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0, 92, 99)
    d.add_heading("Overview and Scrutiny Committee Work Programme 2025/26", level=1)
    p = d.add_paragraph()
    r = p.add_run("Updated following the meeting on 9 September 2025")
    r.italic = True
    for t in WP_INTRO:
        d.add_paragraph(t)

    heads = ["Meeting date", "Item", "Purpose", "Lead officer", "Status"]
    tbl = d.add_table(rows=1, cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(heads):
        c = tbl.rows[0].cells[i]
        c.text = ""
        rr = c.paragraphs[0].add_run(h)
        rr.bold = True
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), "D9E8E9")
        c._tc.get_or_add_tcPr().append(shd)
    trpr = tbl.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trpr.append(th)
    for row in WP_ROWS:
        cells = tbl.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
            for par in cells[i].paragraphs:
                for rr in par.runs:
                    rr.font.size = Pt(9)
    widths = [Cm(2.6), Cm(4.6), Cm(5.0), Cm(3.4), Cm(2.6)]
    for row in tbl.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    d.add_heading("Topics suggested by Members", level=2)
    d.add_paragraph("The following topics have been suggested and are awaiting scoping:")
    for t in WP_TOPICS:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Contact: Owen Prentice, Democratic Services Officer, Kessingford District "
                    "Council, Castle Street Offices, Kessingford.")
    tmp = DOCS / (DOCX_NAME + ".tmp")
    d.save(str(tmp))
    # rewrite the zip with fixed timestamps for determinism
    out = DOCS / DOCX_NAME
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 12, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    tmp.unlink()


# ---------------------------------------------------------------- check
def check():
    ok = True
    for gold, src in ((PDF_GOLD, pdf_source_text()), (DOCX_GOLD, docx_source_text())):
        text = norm(src)
        phrases = []
        for qq in gold.get("questions", []):
            phrases.append(("question", qq["text"]))
            if qq["answer"]:
                phrases.append(("answer", qq["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            cnt = text.count(norm(ph))
            if cnt != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {gold['document']} {kind}: count={cnt} words={n}: {ph}")
        item_nums = {i["number"] for i in gold.get("items", [])}
        for r in gold.get("questions", []) + gold.get("resolutions", []):
            if r["item"] not in item_nums:
                ok = False
                print("FAIL bad item", r["item"])
        gf = GOLD / (Path(gold["document"]).stem + ".json")
        if not gf.exists() or json.loads(gf.read_text()) != gold:
            ok = False
            print("FAIL gold file missing or stale:", gf.name)
        if not (DOCS / gold["document"]).exists():
            ok = False
            print("FAIL document missing:", gold["document"])
    print("check passed" if ok else "check FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_pdf()
    build_docx()
    for gold in (PDF_GOLD, DOCX_GOLD):
        (GOLD / (Path(gold["document"]).stem + ".json")).write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    check()


if __name__ == "__main__":
    main()
