#!/usr/bin/env python3
"""Build the "k-" documents of the other-councils evaluation set and their gold annotations.

    python tests/other-councils/build_k.py          # write documents/k-* and gold/k-*
    python tests/other-councils/build_k.py --check  # verify gold phrases against the documents

All councils, people, places and figures are invented.  Output is deterministic (fixed
dates, no randomness).
"""
import datetime as dt
import html
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = dt.datetime(2025, 3, 20, 9, 30, 0, tzinfo=dt.timezone.utc)

# --------------------------------------------------------------------------- helpers

DIGRAPHS = {"th", "ch", "sh", "ph", "ck", "gh", "wh", "qu", "ng"}
SUFFIXES = ("tion", "tions", "sion", "sions", "ment", "ments", "ness", "ity", "ities",
            "ance", "ence", "ised", "ising", "ings", "ing", "ship", "ships", "able", "ality")
VOWELS = set("aeiouy")


def hyph_points(word):
    """Plausible hyphenation points (indexes into word) for a long plain word."""
    m = re.match(r"^([(\"'‘“]*)([A-Za-z]+)([)\"'’”.,;:]*)$", word)
    if not m:
        return []
    lead, core, _ = m.groups()
    if len(core) < 8:
        return []
    low = core.lower()
    pts = set()
    for i in range(3, len(core) - 2):
        a, b = low[i - 1], low[i]
        prev, nxt = low[i - 2], low[i + 1]
        if (a not in VOWELS and b not in VOWELS and prev in VOWELS and nxt in VOWELS
                and a + b not in DIGRAPHS and a != "x"):
            pts.add(i)
    for suf in SUFFIXES:
        if low.endswith(suf) and len(low) - len(suf) >= 4:
            pts.add(len(low) - len(suf))
    return sorted(p + len(lead) for p in pts if 3 <= p <= len(core) - 4)


def norm(s):
    s = s.replace("\u00ad", "")
    s = re.sub(r"[^0-9a-z]+", " ", s.lower())
    return re.sub(r"\s+", " ", s).strip()


def dehyphenate(s):
    # a word broken across a line end ("commis-\n   sioning") is joined up again
    return re.sub(r"([a-z])-[ \t]*\n[ \t]*([a-z])", r"\1\2", s)


# --------------------------------------------------------------------------- PDF engine

from fpdf import FPDF  # noqa: E402


class FlowPDF(FPDF):
    """A small justified-text layout engine with real hyphenation and page furniture."""

    def __init__(self, header_fn=None, footer_fn=None, top=20, bottom=272, **kw):
        super().__init__(orientation="P", unit="mm", format="A4", **kw)
        self.set_auto_page_break(False)
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.add_font("DV", "BI", FONT_DIR + "DejaVuSans-BoldOblique.ttf")
        self.set_creation_date(FIXED)
        self.header_fn = header_fn
        self.footer_fn = footer_fn
        self.top = top
        self.bottom = bottom
        self.cur_y = top

    def header(self):
        if self.header_fn:
            self.header_fn(self)

    def footer(self):
        if self.footer_fn:
            self.footer_fn(self)

    def new_page(self):
        self.add_page()
        self.cur_y = self.top

    def need(self, h):
        if self.cur_y + h > self.bottom:
            self.new_page()

    def space(self, h):
        self.cur_y += h

    def break_lines(self, text, width, hyphenate=True):
        words = text.split()
        lines, cur = [], []
        sw = self.get_string_width(" ")

        def width_of(ws):
            return sum(self.get_string_width(w) for w in ws) + sw * max(len(ws) - 1, 0)

        i = 0
        while i < len(words):
            w = words[i]
            if width_of(cur + [w]) <= width:
                cur.append(w)
                i += 1
                continue
            # does not fit: try to hyphenate
            placed = False
            if hyphenate and cur:
                for p in reversed(hyph_points(w)):
                    head = w[:p] + "-"
                    if width_of(cur + [head]) <= width:
                        cur.append(head)
                        lines.append((cur, True))
                        cur = []
                        words[i] = w[p:]
                        placed = True
                        break
            if placed:
                continue
            if not cur:
                cur.append(w)
                i += 1
                continue
            lines.append((cur, True))
            cur = []
        if cur:
            lines.append((cur, False))
        return lines

    def para(self, text, x, width, size=10, style="", lh=5.0, align="J", after=2.5,
             hyphenate=True, first_label=None, label_x=None, label_style=None):
        """Flow a paragraph; returns y of the first line.  first_label is printed at
        label_x on the first line (minute numbers in the margin, list letters)."""
        self.set_font("DV", style, size)
        lines = self.break_lines(text, width, hyphenate)
        first_y = None
        for n, (ws, justify) in enumerate(lines):
            if self.cur_y + lh > self.bottom:
                self.new_page()
                self.set_font("DV", style, size)
            base = self.cur_y + lh * 0.75
            if n == 0:
                first_y = self.cur_y
                if first_label is not None:
                    self.set_font("DV", label_style if label_style is not None else style, size)
                    self.text(label_x, base, first_label)
                    self.set_font("DV", style, size)
            if align == "C":
                line = " ".join(ws)
                self.text(x + (width - self.get_string_width(line)) / 2, base, line)
            elif align == "J" and justify and len(ws) > 1:
                total = sum(self.get_string_width(w) for w in ws)
                gap = (width - total) / (len(ws) - 1)
                xx = x
                for k, w in enumerate(ws):
                    self.text(xx, base, w if k == len(ws) - 1 else w + " ")
                    xx += self.get_string_width(w) + gap
            else:
                self.text(x, base, " ".join(ws))
            self.cur_y += lh
        self.cur_y += after
        return first_y


def pdf_text(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return "\n".join((p.extract_text() or "") for p in pdf.pages)


# =========================================================================== DOCUMENT 1
# Ashmore City Council: Birmingham-like O&S committee minutes, minute numbers in a left
# margin column, "In response to questions from Members, the following were among the
# points made:" with lettered points.

D1 = "k-ashmore-hasc-osc-minutes-2025-01-21.pdf"
D1_RUNNING = "Health and Adult Social Care Overview and Scrutiny Committee – 21 January 2025"

D1_ITEMS = [
    ("412", "NOTICE OF RECORDING/WEBCAST", [
        ("p", "The Chair advised that this meeting would be webcast for live or subsequent "
              "broadcast via the Council’s meetings channel and that members of the press and "
              "public may record and take photographs except where there were confidential or "
              "exempt items."),
    ]),
    ("413", "APOLOGIES", [
        ("p", "Apologies for absence were submitted on behalf of Councillors Nasreen Ali and "
              "Graham Pybus for their inability to attend the meeting, and on behalf of "
              "Councillor Declan O’Shea for lateness."),
    ]),
    ("414", "DECLARATIONS OF INTERESTS", [
        ("p", "The Chair reminded Members that they must declare all relevant pecuniary and "
              "other registrable interests arising from any business to be discussed at this "
              "meeting. If a disclosable pecuniary interest is declared a Member must not speak "
              "or take part in that agenda item."),
        ("p", "Councillor Marcia Whitlock declared a non-pecuniary interest in item 417 "
              "(Adult Social Care Home Support Recommissioning) as a close family member was "
              "employed as a care worker by a provider on the current framework. Councillor "
              "Paul Hollins declared that he was an appointed member of the Council of "
              "Governors of Ashmore University Hospitals NHS Foundation Trust."),
    ]),
    ("415", "MINUTES", [
        ("res", ["That the minutes of the meeting held on 10 December 2024 be confirmed as a "
                 "correct record and signed by the Chair."]),
    ]),
    ("416", "ACTION TRACKER", [
        ("p", "The Senior Overview and Scrutiny Manager introduced the action tracker and "
              "reported that the information requested on waiting times for occupational "
              "therapy assessments had been circulated to Members on 8 January 2025."),
        ("res", ["That the action tracker be noted."]),
    ]),
    ("417", "ADULT SOCIAL CARE HOME SUPPORT RECOMMISSIONING – PROCUREMENT STRATEGY", [
        ("it", "(See document No. 1)"),
        ("p", "Imran Saddiq, Assistant Director, Commissioning (Adults and Communities), "
              "introduced the report and drew the attention of the Committee to the following "
              "key points:-"),
        ("bul", [
            "The current home support framework, under which care is purchased from 14 "
            "providers, expires on 31 October 2025 and cannot be further extended.",
            "It is proposed to replace the framework with a zone-based model of two lead "
            "providers in each of six zones, with a spot purchasing arrangement for packages "
            "that lead providers cannot take up.",
            "The estimated annual spend is £86.4m and the proposed contract term is five "
            "years with the option to extend for up to a further three years.",
            "All providers will be required to pay at least the Real Living Wage from April "
            "2026.",
            "Market engagement events were attended by 63 organisations, and 412 people "
            "receiving home support and their carers responded to the survey.",
        ]),
        ("p", "In response to questions from Members, the following were among the points "
              "made:-"),
        ("let", [
            ("a)", "Members asked why the option of establishing an in-house home care service "
                   "had not been pursued, given that the review undertaken in 2023 had "
                   "suggested that it could improve the resilience of the market; the "
                   "Director of Adult Social Care responded that an in-house service had been "
                   "costed at an additional £7.9m a year and would require the transfer of "
                   "more than 1,100 care staff under TUPE, which could not be afforded within "
                   "the current budget."),
            ("b)", "Members expressed concern that the zone model could leave residents in the "
                   "rural wards to the east of the city without a provider willing to deliver "
                   "their care; the Assistant Director responded that lead providers would be "
                   "contractually required to accept all packages offered in their zone within "
                   "72 hours, and that repeated refusals would lead to financial penalties."),
            ("c)", "Councillor Kaur-Dhillon asked how the Council would satisfy itself that "
                   "providers actually paid the Real Living Wage to care workers, including "
                   "for travel time between visits; the Director responded that open-book "
                   "accounting would be a condition of the contract and that the contract "
                   "management team would audit a sample of payslips from each provider every "
                   "quarter."),
            ("d)", "Members noted that several providers on the current framework were owned "
                   "by private equity investors and asked whether the financial resilience of "
                   "bidders would be tested; the Assistant Director advised that each bidder "
                   "would undergo a financial standing assessment, including a review of the "
                   "debts held by its parent group, but that the Council could not lawfully "
                   "exclude a bidder because of its ownership alone."),
            ("e)", "Councillor Hollins welcomed the survey of people receiving home support but "
                   "noted that only 412 responses had been received from more than 4,600 "
                   "people, and requested that a further round of engagement be carried out "
                   "through Healthwatch Ashmore before the service specification was "
                   "finalised; the Director agreed to discuss this with Healthwatch Ashmore "
                   "and to report back to Members."),
            ("f)", "Members commented that the transfer of packages following the collapse of "
                   "a home care agency in 2023 had caused considerable distress to the people "
                   "affected and their families, and that the lessons from that experience "
                   "should be reflected in the contingency arrangements for the new "
                   "contracts."),
        ]),
        ("p", "The Chair thanked the officers for the report and their attendance."),
        ("res", ["That the report be noted;",
                 "That the Committee recommends to Cabinet that the service specification "
                 "requires lead providers to publish their care worker turnover and vacancy "
                 "rates each quarter;",
                 "That a further report on the outcome of the tender, including the number of "
                 "bids received in each zone, be submitted to the Committee in September 2025."]),
    ]),
    ("418", "URGENT AND EMERGENCY CARE – WINTER PLAN 2024/25 UPDATE", [
        ("it", "(See document No. 2)"),
        ("p", "Dr Marcus Leung, Chief Medical Officer, and Nadia Frost, Director of Urgent and "
              "Emergency Care Transformation, Ashmore and Dellwood Integrated Care Board, "
              "presented the update. They reported that performance against the four-hour "
              "standard at Ashmore General Hospital stood at 68.2% in December against a "
              "national target of 78%, that average ambulance handover times had fallen to 41 "
              "minutes, and that on a typical day 212 people who were medically fit for "
              "discharge remained in hospital beds across the system."),
        ("p", "In response to questions from Members, the following were among the points "
              "made:-"),
        ("let", [
            ("a)", "Members asked what was being done to reduce the number of people waiting in "
                   "hospital for a package of care to be arranged; the Chief Medical Officer "
                   "responded that the joint discharge hub had reduced the average delay from "
                   "nine days to six, and that the Council and the ICB had agreed to use £3.2m "
                   "of the Better Care Fund for additional discharge to assess beds."),
            ("b)", "Members queried the use of corridor care at Ashmore General Hospital and "
                   "whether the privacy and dignity of patients were being protected; the "
                   "Director of Urgent and Emergency Care Transformation responded that "
                   "corridor care was used only as a last resort, that a standard operating "
                   "procedure for temporary escalation spaces was in place and that the Care "
                   "Quality Commission had been kept informed."),
            ("c)", "Councillor Akehurst asked whether the decision to commission 40 beds from "
                   "a private hospital in Dellwood represented value for money and whether "
                   "that arrangement would continue after the winter; the Chief Medical "
                   "Officer responded that the beds had been purchased at the national tariff "
                   "price, that the arrangement would end on 31 March 2025, and that no "
                   "decision had yet been taken about next winter."),
            ("d)", "Members raised concern that sickness absence among emergency department "
                   "staff was running at 7.1% and asked what support was being offered to "
                   "them; Ms Frost responded that the hospital trust had opened a staff "
                   "support hub offering psychological support, and that the use of agency "
                   "nurses had fallen by a third since April."),
            ("e)", "Members commented that residents needed clearer information about "
                   "alternatives to the emergency department, such as community pharmacies "
                   "and NHS 111, particularly in communities where English was not the first "
                   "language."),
        ]),
        ("res", ["That the update from the Integrated Care Board on the winter plan be noted."]),
    ]),
    ("419", "WORK PROGRAMME 2024/25", [
        ("p", "The Senior Overview and Scrutiny Manager presented the work programme. Members "
              "requested the addition of an item on the review of day opportunities for "
              "people with learning disabilities."),
        ("res", ["That the work programme be agreed, subject to the addition of an item on "
                 "day opportunities for people with learning disabilities in March 2025."]),
    ]),
    ("420", "REQUEST(S) FOR CALL IN/COUNCILLOR CALL FOR ACTION/PETITIONS RECEIVED (IF ANY)", [
        ("p", "None."),
    ]),
    ("421", "OTHER URGENT BUSINESS", [
        ("p", "None."),
    ]),
    ("422", "AUTHORITY TO CHAIR AND OFFICERS", [
        ("res", ["That in an urgent situation between meetings the Chair, jointly with the "
                 "relevant Chief Officer, has authority to act on behalf of the Committee."]),
        ("p", "The meeting ended at 1228 hours."),
    ]),
]


def build_d1(path):
    def header(pdf):
        if pdf.page_no() > 1:
            pdf.set_font("DV", "", 8.5)
            pdf.set_xy(20, 9)
            pdf.cell(170, 5, D1_RUNNING, align="R")
            pdf.set_draw_color(90, 90, 90)
            pdf.line(20, 15, 190, 15)

    def footer(pdf):
        pdf.set_font("DV", "", 9)
        pdf.set_xy(20, 281)
        pdf.cell(170, 5, str(pdf.page_no()), align="C")

    pdf = FlowPDF(header_fn=header, footer_fn=footer, top=22, bottom=270)
    pdf.set_title("Minutes - Health and Adult Social Care Overview and Scrutiny Committee")
    pdf.set_author("Ashmore City Council")
    pdf.set_producer("Microsoft® Word for Microsoft 365")
    pdf.new_page()
    L, R = 20, 190
    X, W = 40, 150
    pdf.cur_y = 18
    pdf.para("ASHMORE CITY COUNCIL", L, R - L, size=13, style="B", align="C", after=4)
    pdf.para("HEALTH AND ADULT SOCIAL CARE OVERVIEW AND SCRUTINY COMMITTEE", L, R - L,
             size=11, style="B", align="C", after=0.5)
    pdf.para("TUESDAY, 21 JANUARY 2025", L, R - L, size=11, style="B", align="C", after=5)
    pdf.para("MINUTES OF A MEETING OF THE HEALTH AND ADULT SOCIAL CARE OVERVIEW AND SCRUTINY "
             "COMMITTEE HELD ON TUESDAY 21 JANUARY 2025 AT 1000 HOURS IN COMMITTEE ROOMS 3 AND "
             "4, THE GUILDHALL, VICTORIA SQUARE, ASHMORE", L, R - L, size=10, style="B",
             after=5, hyphenate=False)
    pdf.para("PRESENT:-", L, 60, size=10, style="B", after=1)
    pdf.para("Councillor Rashida Begum in the Chair;", L, 150, after=1)
    pdf.para("Councillors Tom Akehurst, Paul Hollins, Jaswinder Kaur-Dhillon, Declan O’Shea "
             "and Marcia Whitlock.", L, R - L, align="L", after=4, hyphenate=False)
    pdf.para("ALSO PRESENT:-", L, 60, size=10, style="B", after=1)
    for line in [
        "Councillor Keith Danvers, Cabinet Member for Health and Social Care",
        "Helen Carrow, Director of Adult Social Care",
        "Imran Saddiq, Assistant Director, Commissioning (Adults and Communities)",
        "Dr Marcus Leung, Chief Medical Officer, Ashmore and Dellwood Integrated Care Board",
        "Nadia Frost, Director of Urgent and Emergency Care Transformation, Ashmore and "
        "Dellwood Integrated Care Board",
        "Fiona Dade, Senior Overview and Scrutiny Manager",
        "Gail Hendry, Committee Services",
    ]:
        pdf.para(line, L, R - L, align="L", after=0.6, hyphenate=False)
    pdf.space(3)
    pdf.para("*" * 60, L, R - L, align="C", after=5)

    for num, title, blocks in D1_ITEMS:
        pdf.need(22)
        pdf.para(title, X, W, style="B", align="L", after=2.5, hyphenate=False,
                 first_label=num, label_x=L, label_style="B")
        for kind, content in blocks:
            if kind == "p":
                pdf.para(content, X, W)
            elif kind == "it":
                pdf.para(content, X, W, style="I", align="L")
            elif kind == "bul":
                for b in content:
                    pdf.para(b, X + 7, W - 7, first_label="•", label_x=X + 1, after=1.5)
                pdf.space(1)
            elif kind == "let":
                for lab, t in content:
                    pdf.para(t, X + 8, W - 8, first_label=lab, label_x=X, after=2)
                pdf.space(0.5)
            elif kind == "res":
                pdf.need(12)
                pdf.para("RESOLVED:-", X, W, style="B", align="L", after=1.5)
                if len(content) == 1:
                    pdf.para(content[0], X, W)
                else:
                    for k, t in enumerate(content):
                        lab = ["(i)", "(ii)", "(iii)", "(iv)"][k]
                        pdf.para(t, X + 9, W - 9, first_label=lab, label_x=X, after=1.5)
                    pdf.space(1)
        pdf.space(2)
    pdf.space(10)
    pdf.need(20)
    pdf.para("……………………………………..", 120, 70, align="L", after=0.5)
    pdf.para("CHAIR", 120, 70, style="B", align="L")
    pdf.output(str(path))


D1_GOLD = {
    "document": D1,
    "doc_type": "minutes",
    "committee": "Health and Adult Social Care Overview and Scrutiny Committee",
    "meeting_date": "2025-01-21",
    "items": [{"number": n, "title": t} for n, t, _ in D1_ITEMS],
    "questions": [
        {"item": "417", "kind": "question",
         "text": "asked why the option of establishing an in-house home care service",
         "asked_by": None,
         "answer": "an in-house service had been costed at an additional £7.9m a year",
         "given_by": "Director of Adult Social Care",
         "themes": ["privatisation", "finance", "workforce", "adult-social-care"]},
        {"item": "417", "kind": "concern",
         "text": "the zone model could leave residents in the rural wards",
         "asked_by": None,
         "answer": "lead providers would be contractually required to accept all packages",
         "given_by": "Assistant Director",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "417", "kind": "question",
         "text": "Kaur-Dhillon asked how the Council would satisfy itself",
         "asked_by": "Councillor Kaur-Dhillon",
         "answer": "open-book accounting would be a condition of the contract",
         "given_by": "Director",
         "themes": ["workforce", "subcontracting", "adult-social-care"]},
        {"item": "417", "kind": "question",
         "text": "asked whether the financial resilience of bidders would be tested",
         "asked_by": None,
         "answer": "each bidder would undergo a financial standing assessment",
         "given_by": "Assistant Director",
         "themes": ["privatisation", "subcontracting", "finance"]},
        {"item": "417", "kind": "request",
         "text": "requested that a further round of engagement be carried out through Healthwatch",
         "asked_by": "Councillor Hollins",
         "answer": "the Director agreed to discuss this with Healthwatch Ashmore",
         "given_by": "Director",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "417", "kind": "comment",
         "text": "the transfer of packages following the collapse of a home care agency",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "418", "kind": "question",
         "text": "reduce the number of people waiting in hospital for a package of care",
         "asked_by": None,
         "answer": "the joint discharge hub had reduced the average delay",
         "given_by": "Chief Medical Officer",
         "themes": ["adult-social-care", "integration", "finance"]},
        {"item": "418", "kind": "question",
         "text": "queried the use of corridor care at Ashmore General Hospital",
         "asked_by": None,
         "answer": "corridor care was used only as a last resort",
         "given_by": "Director of Urgent and Emergency Care Transformation",
         "themes": ["governance"]},
        {"item": "418", "kind": "question",
         "text": "commission 40 beds from a private hospital in Dellwood represented value for money",
         "asked_by": "Councillor Akehurst",
         "answer": "the beds had been purchased at the national tariff price",
         "given_by": "Chief Medical Officer",
         "themes": ["privatisation", "subcontracting", "finance"]},
        {"item": "418", "kind": "concern",
         "text": "sickness absence among emergency department staff was running at 7.1%",
         "asked_by": None,
         "answer": "the hospital trust had opened a staff support hub offering psychological support",
         "given_by": "Ms Frost",
         "themes": ["workforce"]},
        {"item": "418", "kind": "comment",
         "text": "residents needed clearer information about alternatives to the emergency department",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["primary-care"]},
        {"item": "419", "kind": "request",
         "text": "Members requested the addition of an item on the review of day opportunities",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["adult-social-care"]},
    ],
    "resolutions": [
        {"item": "415", "text": "the minutes of the meeting held on 10 December 2024 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "416", "text": "That the action tracker be noted", "outcome": "noted",
         "themes": []},
        {"item": "417",
         "text": "the Committee recommends to Cabinet that the service specification requires lead providers",
         "outcome": "recommended", "themes": ["subcontracting", "workforce", "adult-social-care"]},
        {"item": "418", "text": "the update from the Integrated Care Board on the winter plan be noted",
         "outcome": "noted",
         "themes": []},
        {"item": "419", "text": "That the work programme be agreed, subject to the addition",
         "outcome": "agreed", "themes": ["adult-social-care"]},
        {"item": "422", "text": "has authority to act on behalf of the Committee",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "Councillor Rashida Begum", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Tom Akehurst", "role": None, "attendance": "present"},
        {"name": "Councillor Paul Hollins", "role": None, "attendance": "present"},
        {"name": "Councillor Jaswinder Kaur-Dhillon", "role": None, "attendance": "present"},
        {"name": "Councillor Declan O’Shea", "role": None, "attendance": "present"},
        {"name": "Councillor Marcia Whitlock", "role": None, "attendance": "present"},
        {"name": "Councillor Nasreen Ali", "role": None, "attendance": "apologies"},
        {"name": "Councillor Graham Pybus", "role": None, "attendance": "apologies"},
        {"name": "Councillor Keith Danvers", "role": "Cabinet Member for Health and Social Care",
         "attendance": "in_attendance"},
        {"name": "Helen Carrow", "role": "Director of Adult Social Care",
         "attendance": "in_attendance"},
        {"name": "Imran Saddiq",
         "role": "Assistant Director, Commissioning (Adults and Communities)",
         "attendance": "in_attendance"},
        {"name": "Dr Marcus Leung",
         "role": "Chief Medical Officer, Ashmore and Dellwood Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Nadia Frost",
         "role": "Director of Urgent and Emergency Care Transformation, Ashmore and Dellwood "
                 "Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Fiona Dade", "role": "Senior Overview and Scrutiny Manager",
         "attendance": "in_attendance"},
        {"name": "Gail Hendry", "role": "Committee Services", "attendance": "in_attendance"},
    ],
}


# =========================================================================== DOCUMENT 2
# Brackenmoor City Council: Leeds-like Scrutiny Board minutes in Word.  Bold "45 Title"
# headings, "RESOLVED – (a) That ... (b) That ..." in one paragraph, "Members discussed a
# number of matters, including:" bullets followed by a separate paragraph of responses.

D2 = "k-brackenmoor-scrutiny-board-ahal-minutes-2025-03-18.docx"

# blocks: ("p", text) plain; ("b", [bullets]); ("att", [names]) bullets of attendees
D2_ITEMS = [
    ("45", "Appeals Against Refusal of Inspection of Documents", [
        ("p", "There were no appeals."),
    ]),
    ("46", "Exempt Information - Possible Exclusion of the Press and Public", [
        ("p", "There were no exempt items."),
    ]),
    ("47", "Late Items", [
        ("p", "There were no late items. However, supplementary information relating to item "
              "52 (Call In – Recommissioning of Community Day Opportunities) was circulated to "
              "Board Members and published on the Council’s website on 14th March 2025."),
    ]),
    ("48", "Declaration of Interests", [
        ("p", "Councillor K Renshaw drew the Board’s attention to her role as a trustee of "
              "Moorside Carers’ Network, which receives grant funding from the Council. This "
              "was not considered to be a disclosable pecuniary interest and she remained in "
              "the meeting."),
    ]),
    ("49", "Apologies for Absence and Notification of Substitutes", [
        ("p", "Apologies for absence were received from Councillors N Dobson and E Garside. "
              "Councillor P Wray was in attendance as a substitute for Councillor Dobson."),
    ]),
    ("50", "Minutes - 18th February 2025", [
        ("p", "RESOLVED – That the minutes of the meeting held on 18th February 2025 be "
              "approved as an accurate record."),
    ]),
    ("51", "Chair's Opening Remarks", [
        ("p", "The Chair welcomed everyone to the meeting and reminded Members that this was "
              "the last formal meeting of the Scrutiny Board in the 2024/25 municipal year. "
              "The Chair noted that the Board had received a high volume of correspondence "
              "from members of the public about the decision under call in, and thanked those "
              "who had written in for taking the time to share their experiences."),
    ]),
    ("52", "Call In – Decision of the Director of Adults and Health: Recommissioning of "
           "Community Day Opportunities", [
        ("p", "The Head of Democratic Services submitted a report that presented background "
              "papers to a decision that had been Called In in accordance with the Council’s "
              "Executive and Decision Making Procedure Rules. The decision, taken on 20th "
              "February 2025, was to close the Council-run day centres at Hawkshill and "
              "Brackenmoor Lane and to commission replacement community-based day "
              "opportunities from voluntary sector organisations."),
        ("p", "The following were in attendance:"),
        ("att", [
            "Councillor S Mahmood, lead signatory to the Call In",
            "Councillor F Venner, Executive Member for Adult Social Care, Active Lifestyles "
            "and Culture",
            "Caroline Ashworth, Director of Adults and Health",
            "Liam Gatenby, Chief Officer, Commissioning and Market Management (Adults and "
            "Health)",
        ]),
        ("p", "Councillor Mahmood, as lead signatory, outlined the reasons for the Call In, as "
              "set out in the Call In request form at Appendix 1 to the report. The Executive "
              "Member and the Director of Adults and Health then set out the reasons for the "
              "decision."),
        ("p", "Members discussed a number of matters, including:"),
        ("b", [
            "Concern that the engagement with people who attend the day centres, and with "
            "their carers, had run for only four weeks and had taken place during the summer "
            "holiday period.",
            "Whether the projected saving of £1.2m a year took account of the additional "
            "transport costs for people who would need to travel further to alternative "
            "provision.",
            "How the quality of the replacement services, most of which would be delivered by "
            "voluntary sector organisations under grant agreements, would be monitored.",
            "The position of the 46 staff employed at the two centres, and whether any "
            "compulsory redundancies were expected.",
            "The view of some Members that, given the level of public interest, the proposal "
            "should have been brought to the Scrutiny Board for consideration before the "
            "decision was taken.",
        ]),
        ("p", "In response, the Director of Adults and Health advised that the engagement "
              "exercise had reached 214 of the 390 people currently attending the centres, "
              "with additional drop-in sessions held in September for those who had missed "
              "the earlier events; that transport costs had been built into the savings "
              "estimate at £180,000 a year; that each voluntary sector organisation would "
              "receive quarterly monitoring visits and report against an agreed outcomes "
              "framework; and that no compulsory redundancies were anticipated, as staff "
              "would be offered redeployment into the Council’s remaining in-house services."),
        ("p", "In accordance with the Executive and Decision Making Procedure Rules, the "
              "Scrutiny Board considered the options available and, following a vote,"),
        ("p", "RESOLVED – (a) That the report and the information presented at the meeting be "
              "noted. (b) That the decision be referred back to the decision maker for "
              "reconsideration, with the Board’s recommendation that a further period of "
              "engagement with day centre users and their carers be undertaken before the "
              "decision is implemented."),
        ("i", "(Under the provisions of Council Procedure Rule 16.5, Councillor J Bowden "
              "required it to be recorded that she voted against this decision.)"),
    ]),
    ("53", "Adult Social Care Workforce - Progress Update", [
        ("p", "The Director of Adults and Health submitted a report providing an update on "
              "the recruitment and retention of the adult social care workforce in "
              "Brackenmoor, across both the Council’s in-house services and the independent "
              "sector."),
        ("p", "The following were in attendance:"),
        ("att", [
            "Councillor F Venner, Executive Member for Adult Social Care, Active Lifestyles "
            "and Culture",
            "Caroline Ashworth, Director of Adults and Health",
            "Ruth Okonjo, Head of Workforce Development (Adults and Health)",
        ]),
        ("p", "The Executive Member introduced the report, highlighting that the vacancy rate "
              "across the independent sector had fallen from 11.2% to 8.9% over the year and "
              "that the Brackenmoor Care Academy had now been operating for eighteen months."),
        ("p", "Members discussed a number of matters, including:"),
        ("b", [
            "The reliance of local providers on international recruitment to fill care worker "
            "vacancies, and the impact of recent changes to the Health and Care Worker visa "
            "rules.",
            "Whether the Council’s fee uplift for 2025/26 would be sufficient to enable "
            "providers to pay the Real Living Wage, given the increase in employer National "
            "Insurance contributions.",
            "Members welcomed the work of the Care Academy and the 112 people who had "
            "completed its introductory training programme since it opened.",
            "Whether exit interviews were carried out with care workers leaving the sector, "
            "and what they showed about the reasons for leaving.",
            "A request that future reports include turnover and vacancy data broken down "
            "between in-house services and independent sector providers.",
        ]),
        ("p", "In responding to the matters raised, the Head of Workforce Development advised "
              "that overseas applications to local providers had fallen by around 70% since "
              "the visa changes, and that providers were being supported to recruit locally "
              "through the Care Academy; that the proposed fee uplift of 6.8% had been "
              "calculated to cover both the Real Living Wage and the additional National "
              "Insurance costs for a typical provider; and that exit data collected from 31 "
              "providers showed that pay, unpaid travel time and lone working were the main "
              "reasons given for leaving. She also confirmed that future updates would "
              "separate the data for in-house and independent sector services."),
        ("p", "RESOLVED – That the contents of the report, along with Members’ comments and "
              "the responses provided, be noted."),
    ]),
    ("54", "Leisure Centre Operating Model - Options Appraisal", [
        ("p", "The Director of Communities, Housing and Environment submitted a report setting "
              "out the options appraisal for the future operation of the Council’s nine "
              "leisure centres, ahead of a decision by the Executive Board in April 2025. The "
              "preferred option in the appraisal was to transfer the management of the centres "
              "to an external operator under a ten-year contract."),
        ("p", "The following were in attendance:"),
        ("att", [
            "Councillor F Venner, Executive Member for Adult Social Care, Active Lifestyles "
            "and Culture",
            "Sanjay Rao, Chief Officer, Active Brackenmoor",
            "Polly Meacham, Head of Physical Activity and Health Partnerships",
        ]),
        ("p", "Members discussed a number of matters, including:"),
        ("b", [
            "Concern that transferring the centres to an external operator could lead to "
            "higher prices and reduced concessions for residents on low incomes.",
            "Why the option of keeping the service in-house, supported by an invest to save "
            "programme, had scored lower in the appraisal.",
            "Whether the GP exercise referral scheme and other programmes aimed at reducing "
            "health inequalities would be protected under any contract.",
            "A request that staff and their trade unions be consulted before any decision to "
            "transfer staff to a new operator under TUPE.",
        ]),
        ("p", "The Chief Officer, Active Brackenmoor, responded that any operator would be "
              "bound by a pricing policy set by the Council, including the existing "
              "Brackenmoor Card concessions; that the in-house option had scored lower because "
              "of the £4.3m backlog maintenance liability that would remain with the Council; "
              "that the exercise referral scheme would remain a Council-commissioned public "
              "health service outside the leisure contract; and that formal consultation with "
              "staff and trade unions would begin if the Executive Board approved a "
              "procurement."),
        ("p", "RESOLVED – (a) That the report be noted. (b) That the Board recommends to the "
              "Executive Board that, should it decide to proceed with a procurement, the "
              "contract requires the operator to maintain the current concessionary pricing "
              "for at least the first five years."),
    ]),
    ("55", "Work Schedule", [
        ("p", "The Head of Democratic Services submitted a report that presented the Scrutiny "
              "Board’s work schedule for the remainder of the 2024/25 municipal year, together "
              "with a draft outline work schedule for 2025/26. Members suggested that the "
              "outcome of the leisure centre procurement and the reconsidered day "
              "opportunities decision be added to the draft schedule."),
        ("p", "RESOLVED – (a) That the Board’s work schedule for 2024/25 be noted. (b) That "
              "the draft outline work schedule for 2025/26, incorporating the additions "
              "suggested at the meeting, be approved."),
    ]),
    ("56", "Date and Time of Next Meeting", [
        ("p", "RESOLVED – To note that the next meeting of the Scrutiny Board (Adults, Health "
              "and Active Lifestyles) will take place on Tuesday, 17th June 2025 at 1.30 pm "
              "(pre-meeting for all Board Members at 1.00 pm)."),
        ("p", "The meeting concluded at 4.20 pm."),
    ]),
]


def _fix_zip(path):
    """Rewrite a zip with fixed timestamps so the output is byte-for-byte reproducible."""
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml",)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 20, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(zi, src.read(info.filename))
    src.close()
    Path(path).write_bytes(buf.getvalue())


def build_d2(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    doc = Document()
    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Minutes - Scrutiny Board (Adults, Health and Active Lifestyles)"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(6)
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Cm(2.2)
        hp = sec.header.paragraphs[0]
        hp.text = ("Draft minutes to be approved at the meeting\nto be held on Tuesday, 17th "
                   "June, 2025")
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs:
            r.font.size = Pt(9)
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = fp.add_run()
        for tag, text in (("begin", None), (None, " PAGE "), ("end", None)):
            if tag:
                el = OxmlElement("w:fldChar")
                el.set(qn("w:fldCharType"), tag)
                run._r.append(el)
            else:
                el = OxmlElement("w:instrText")
                el.set(qn("xml:space"), "preserve")
                el.text = text
                run._r.append(el)

    def para(text, bold=False, italic=False, align=None, size=None, after=None, indent=None):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if align == "C":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "J":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if after is not None:
            p.paragraph_format.space_after = Pt(after)
        if indent is not None:
            p.paragraph_format.left_indent = Cm(indent)
        return p

    para("SCRUTINY BOARD (ADULTS, HEALTH AND ACTIVE LIFESTYLES)", bold=True, align="C",
         size=12, after=0)
    para("TUESDAY, 18TH MARCH, 2025", bold=True, align="C", size=12, after=18)
    p = para("PRESENT:", bold=True, after=6)
    p.add_run("\tCouncillor H Lockwood in the Chair")
    p = para("\tCouncillors J Bowden, S Firth, M Iqbal, C Nwosu, K Renshaw, T Sowerby and "
             "P Wray", after=6)
    p.paragraph_format.left_indent = Cm(2.5)
    p.paragraph_format.first_line_indent = Cm(-2.5)
    p = para("\tCo-opted Member present – Dr J Ridley (Healthwatch Brackenmoor)", after=18)
    p.paragraph_format.left_indent = Cm(2.5)
    p.paragraph_format.first_line_indent = Cm(-2.5)

    for num, title, blocks in D2_ITEMS:
        h = para(f"{num} {title}", bold=True, after=6)
        h.paragraph_format.keep_with_next = True
        h.paragraph_format.space_before = Pt(6)
        for kind, content in blocks:
            if kind == "p":
                para(content, align="J", indent=1.27)
            elif kind == "i":
                para(content, italic=True, align="J", indent=1.27)
            elif kind in ("b", "att"):
                for b in content:
                    bp = doc.add_paragraph(b, style="List Bullet")
                    bp.paragraph_format.left_indent = Cm(1.9)
                    bp.paragraph_format.space_after = Pt(3)
                    if kind == "b":
                        bp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                doc.paragraphs[-1].paragraph_format.space_after = Pt(8)
    doc.save(str(path))
    _fix_zip(path)


def docx_text(path):
    from docx import Document
    d = Document(str(path))
    return "\n".join(p.text for p in d.paragraphs)


D2_GOLD = {
    "document": D2,
    "doc_type": "minutes",
    "committee": "Scrutiny Board (Adults, Health and Active Lifestyles)",
    "meeting_date": "2025-03-18",
    "items": [{"number": n, "title": t} for n, t, _ in D2_ITEMS],
    "questions": [
        # item 52: the responses come in one separate paragraph after the bullets; each
        # bullet is linked to the part of that paragraph that answers it.
        {"item": "52", "kind": "concern",
         "text": "the engagement with people who attend the day centres, and with their carers",
         "asked_by": None,
         "answer": "the engagement exercise had reached 214 of the 390 people",
         "given_by": "Director of Adults and Health",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "52", "kind": "question",
         "text": "Whether the projected saving of £1.2m a year took account",
         "asked_by": None,
         "answer": "transport costs had been built into the savings estimate at £180,000 a year",
         "given_by": "Director of Adults and Health",
         "themes": ["finance"]},
        {"item": "52", "kind": "question",
         "text": "How the quality of the replacement services, most of which would be delivered",
         "asked_by": None,
         "answer": "each voluntary sector organisation would receive quarterly monitoring visits",
         "given_by": "Director of Adults and Health",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "52", "kind": "question",
         "text": "The position of the 46 staff employed at the two centres",
         "asked_by": None,
         "answer": "no compulsory redundancies were anticipated, as staff would be offered redeployment",
         "given_by": "Director of Adults and Health",
         "themes": ["workforce"]},
        {"item": "52", "kind": "comment",
         "text": "the proposal should have been brought to the Scrutiny Board for consideration",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["governance"]},
        # item 53
        {"item": "53", "kind": "concern",
         "text": "The reliance of local providers on international recruitment to fill care worker vacancies",
         "asked_by": None,
         "answer": "overseas applications to local providers had fallen by around 70%",
         "given_by": "Head of Workforce Development",
         "themes": ["workforce", "adult-social-care"]},
        {"item": "53", "kind": "question",
         "text": "fee uplift for 2025/26 would be sufficient to enable providers to pay",
         "asked_by": None,
         "answer": "the proposed fee uplift of 6.8% had been calculated to cover both",
         "given_by": "Head of Workforce Development",
         "themes": ["workforce", "finance", "adult-social-care"]},
        {"item": "53", "kind": "comment",
         "text": "Members welcomed the work of the Care Academy and the 112 people",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["workforce"]},
        {"item": "53", "kind": "question",
         "text": "Whether exit interviews were carried out with care workers leaving the sector",
         "asked_by": None,
         "answer": "exit data collected from 31 providers showed that pay, unpaid travel time",
         "given_by": "Head of Workforce Development",
         "themes": ["workforce", "adult-social-care"]},
        {"item": "53", "kind": "request",
         "text": "A request that future reports include turnover and vacancy data",
         "asked_by": None,
         "answer": "future updates would separate the data for in-house and independent sector services",
         "given_by": "Head of Workforce Development",
         "themes": ["workforce", "subcontracting"]},
        # item 54
        {"item": "54", "kind": "concern",
         "text": "could lead to higher prices and reduced concessions for residents on low incomes",
         "asked_by": None,
         "answer": "any operator would be bound by a pricing policy set by the Council",
         "given_by": "Chief Officer, Active Brackenmoor",
         "themes": ["privatisation", "subcontracting"]},
        {"item": "54", "kind": "question",
         "text": "Why the option of keeping the service in-house, supported by an invest",
         "asked_by": None,
         "answer": "the in-house option had scored lower because of the £4.3m backlog maintenance liability",
         "given_by": "Chief Officer, Active Brackenmoor",
         "themes": ["privatisation", "finance"]},
        {"item": "54", "kind": "question",
         "text": "Whether the GP exercise referral scheme and other programmes aimed at reducing",
         "asked_by": None,
         "answer": "the exercise referral scheme would remain a Council-commissioned public health service",
         "given_by": "Chief Officer, Active Brackenmoor",
         "themes": ["public-health", "subcontracting"]},
        {"item": "54", "kind": "request",
         "text": "A request that staff and their trade unions be consulted",
         "asked_by": None,
         "answer": "formal consultation with staff and trade unions would begin",
         "given_by": "Chief Officer, Active Brackenmoor",
         "themes": ["workforce", "privatisation"]},
        # item 55: a suggestion made while the work schedule was discussed
        {"item": "55", "kind": "request",
         "text": "Members suggested that the outcome of the leisure centre procurement",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["subcontracting", "adult-social-care"]},
    ],
    "resolutions": [
        {"item": "50", "text": "the minutes of the meeting held on 18th February 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "52",
         "text": "That the decision be referred back to the decision maker for reconsideration",
         "outcome": "recommended",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "53",
         "text": "That the contents of the report, along with Members’ comments",
         "outcome": "noted", "themes": ["workforce", "adult-social-care"]},
        {"item": "54",
         "text": "the contract requires the operator to maintain the current concessionary pricing",
         "outcome": "recommended", "themes": ["subcontracting", "privatisation"]},
        {"item": "55",
         "text": "the draft outline work schedule for 2025/26, incorporating the additions",
         "outcome": "agreed", "themes": []},
        {"item": "56",
         "text": "To note that the next meeting of the Scrutiny Board",
         "outcome": "noted", "themes": []},
    ],
    "attendees": [
        {"name": "Councillor H Lockwood", "role": "Chair", "attendance": "present"},
        {"name": "Councillor J Bowden", "role": None, "attendance": "present"},
        {"name": "Councillor S Firth", "role": None, "attendance": "present"},
        {"name": "Councillor M Iqbal", "role": None, "attendance": "present"},
        {"name": "Councillor C Nwosu", "role": None, "attendance": "present"},
        {"name": "Councillor K Renshaw", "role": None, "attendance": "present"},
        {"name": "Councillor T Sowerby", "role": None, "attendance": "present"},
        {"name": "Councillor P Wray", "role": "Substitute", "attendance": "present"},
        {"name": "Dr J Ridley", "role": "Co-opted Member (Healthwatch Brackenmoor)",
         "attendance": "present"},
        {"name": "Councillor N Dobson", "role": None, "attendance": "apologies"},
        {"name": "Councillor E Garside", "role": None, "attendance": "apologies"},
        {"name": "Councillor S Mahmood", "role": "Lead signatory to the Call In",
         "attendance": "in_attendance"},
        {"name": "Councillor F Venner",
         "role": "Executive Member for Adult Social Care, Active Lifestyles and Culture",
         "attendance": "in_attendance"},
        {"name": "Caroline Ashworth", "role": "Director of Adults and Health",
         "attendance": "in_attendance"},
        {"name": "Liam Gatenby",
         "role": "Chief Officer, Commissioning and Market Management (Adults and Health)",
         "attendance": "in_attendance"},
        {"name": "Ruth Okonjo", "role": "Head of Workforce Development (Adults and Health)",
         "attendance": "in_attendance"},
        {"name": "Sanjay Rao", "role": "Chief Officer, Active Brackenmoor",
         "attendance": "in_attendance"},
        {"name": "Polly Meacham", "role": "Head of Physical Activity and Health Partnerships",
         "attendance": "in_attendance"},
    ],
}


# =========================================================================== DOCUMENT 3
# Borough of Fenmarsh: minutes as text from `pdftotext -layout`: form feeds, running header
# and "Page N of M" footer on every page, justified lines hard-wrapped with hyphenation,
# item numbers "HSP/61/24" in the left column, "Question from Mr X:" / "Answer (...):".

D3 = "k-fenmarsh-health-scrutiny-panel-minutes-2025-03-03.txt"
D3_HEADER = "Borough of Fenmarsh – Health Scrutiny Panel – 3 March 2025"
D3_COL = 12          # body indent
D3_WIDTH = 78        # body width (total line length ~90)

D3_ITEMS = [
    ("HSP/58/24", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", [
        ("p", "Apologies for absence were received from Councillor Keith Harland. Councillor "
              "Patrick Quinlan attended as a substitute for Councillor Harland."),
    ]),
    ("HSP/59/24", "DECLARATIONS OF INTEREST", [
        ("p", "Councillor Sunita Rao declared a non-registrable interest in item HSP/63/24 "
              "(Access to NHS Dentistry) as she is employed as a dental nurse at a practice in "
              "the borough. She remained in the meeting but took no part in the discussion of "
              "that item."),
    ]),
    ("HSP/60/24", "MINUTES", [
        ("p", "RESOLVED that the minutes of the meeting held on 20 January 2025 be approved as "
              "a correct record and signed by the Chair."),
    ]),
    ("HSP/61/24", "QUESTIONS FROM THE PUBLIC", [
        ("p", "The Chair reported that two questions had been received from members of the "
              "public in accordance with Procedure Rule 9, and that the questioners had been "
              "given the opportunity to ask one supplementary question each."),
        ("lab", "Question from Mr Colin Weatherall:"),
        ("p", "“The new integrated sexual health service contract is due to be awarded later "
              "this year. Last time the contract went to a national private company, which "
              "then closed the Wyvern Road clinic. Will the Cabinet Member guarantee that the "
              "Council will consider bringing the service back in-house, or awarding it to "
              "the local NHS trust, rather than to another private company?”"),
        ("lab", "Answer (Cabinet Member for Health):"),
        ("p", "“Thank you, Mr Weatherall. All options, including a direct award to an NHS "
              "provider, were assessed in the options appraisal considered by Cabinet in "
              "December. Cabinet decided to run a competitive process open to NHS, voluntary "
              "and independent providers, in which the quality of the service and access for "
              "residents will make up 70% of the evaluation score. Bringing the service "
              "in-house was not considered viable because the Council does not hold the "
              "clinical registration that the service requires.”"),
        ("lab", "Supplementary question from Mr Weatherall:"),
        ("p", "“Will residents be able to see how each of the bids was scored before the "
              "contract is signed?”"),
        ("lab", "Answer (Cabinet Member for Health):"),
        ("p", "“Commercial confidentiality means that individual scores cannot be published "
              "before the award, but a summary of the evaluation will be reported to this "
              "Panel once the contract has been awarded.”"),
        ("lab", "Question from Mrs Angela Breen:"),
        ("p", "“My two children have not seen a dentist for over two years because no practice "
              "in Fenmarsh is accepting new NHS patients. What is the Council doing to make "
              "the ICB improve access to NHS dentistry for children in this borough?”"),
        ("lab", "Answer (Cabinet Member for Health):"),
        ("p", "“I am sorry to hear of Mrs Breen’s experience, which is shared by many families "
              "in the borough. Commissioning NHS dental services is the responsibility of the "
              "Integrated Care Board, which is attending tonight for item HSP/63/24. The "
              "Council has asked the ICB to prioritise children in its new urgent access "
              "sessions, and our public health team is funding a supervised toothbrushing "
              "programme in 24 primary schools and nurseries.”"),
    ]),
    ("HSP/62/24", "INTEGRATED SEXUAL HEALTH SERVICE – CONTRACT PERFORMANCE AND "
                  "RE-PROCUREMENT", [
        ("p", "The Director of Public Health introduced the report, which set out the "
              "performance of the integrated sexual health service provided by Claremont "
              "Health Services Ltd under a contract that expires on 31 March 2026, and the "
              "timetable for the re-procurement of the service. There had been 18,400 "
              "attendances in 2023/24, and the contract value of £2.9m a year had not changed "
              "since the service was first let in 2019."),
        ("p", "Councillor Tollit asked why the Wyvern Road clinic had closed in 2022 and "
              "whether the new specification would require a clinic in the north of the "
              "borough. The Director of Public Health explained that the provider had closed "
              "the clinic when its lease ended and that the draft specification required at "
              "least two walk-in sites, one of which must be north of the river. Councillor "
              "Everett expressed concern that the contract value had not increased since 2019 "
              "while demand for PrEP had more than doubled, and asked whether the budget was "
              "sufficient. The Head of Public Health Commissioning replied that the public "
              "health grant uplift for 2025/26 would allow the contract value to rise to "
              "£3.2m, and that PrEP was now funded through a separate national allocation."),
        ("p", "Ms Sayer, for Healthwatch Fenmarsh, said that young people had told Healthwatch "
              "that online booking was difficult and that some had been turned away from "
              "walk-in sessions, and asked how the views of service users would be reflected "
              "in the new contract. The Director responded that a young people’s panel would "
              "take part in the evaluation of the bids and that the contract would include a "
              "quarterly measure of service user feedback. Councillor Lowe sought "
              "clarification on whether the staff of the current provider would transfer to "
              "any new provider. The Head of Public Health Commissioning confirmed that TUPE "
              "would apply to clinical and administrative staff working wholly or mainly on "
              "the contract."),
        ("p", "RESOLVED that:"),
        ("num", [
            ("(1)", "the performance of the integrated sexual health service be noted; and"),
            ("(2)", "Cabinet be recommended to require, in the specification for the new "
                    "service, a walk-in clinic in the north of the borough that is open on at "
                    "least three evenings a week."),
        ]),
    ]),
    ("HSP/63/24", "ACCESS TO NHS DENTISTRY", [
        ("p", "Jo Marchant, Director of Strategy and Partnerships, and Priya Nandra, Head of "
              "Primary Care Commissioning, Fenmarsh and Wyvern Integrated Care Board, "
              "presented the report. Since the Integrated Care Board took on responsibility "
              "for commissioning dental services in April 2023, three practices in the "
              "borough had handed back their NHS contracts, and only 38% of adults had seen "
              "an NHS dentist in the previous 24 months, compared with 41% across England. "
              "The ICB had funded 6,200 additional urgent access appointments in 2024/25."),
        ("p", "Councillor Oyelaran asked how much of the activity lost when the three "
              "practices handed back their NHS contracts had since been replaced. Ms Nandra "
              "replied that one contract had been re-procured and that the ICB was "
              "negotiating with two existing providers to take on the remaining activity. "
              "Councillor Quinlan questioned whether the national dental contract was the "
              "underlying reason why practices were leaving the NHS. Ms Marchant agreed that "
              "the way the contract paid for units of dental activity made some treatments "
              "uneconomic to provide, and said that the ICB had made representations to the "
              "Department of Health and Social Care about reform."),
        ("p", "Councillor Everett raised concerns that residents unable to find an NHS dentist "
              "were being offered private treatment plans that many of them could not afford. "
              "The Chair requested that the ICB provide ward-level data on the number of "
              "children seen by an NHS dentist, so that the Panel could identify the areas "
              "of greatest need. Ms Nandra agreed to circulate this information before the "
              "next meeting."),
        ("p", "RESOLVED that the report on access to NHS dentistry be noted."),
        ("p", "The Panel AGREED to write to the Chief Executive of the Integrated Care Board, "
              "copied to the borough’s Members of Parliament, setting out its concerns about "
              "children’s access to NHS dentistry in Fenmarsh."),
    ]),
    ("HSP/64/24", "PANEL WORK PROGRAMME 2025/26", [
        ("p", "The Democratic Services Officer presented the draft work programme for "
              "2025/26."),
        ("p", "RESOLVED that the draft work programme for 2025/26 be approved, subject to the "
              "inclusion of an item on the Integrated Care Board’s proposals for community "
              "mental health services."),
    ]),
    ("HSP/65/24", "DATE OF NEXT MEETING", [
        ("p", "The next meeting of the Panel will be held on Monday 16 June 2025 at 6.30 pm "
              "in the Council Chamber, Fenmarsh Town Hall."),
    ]),
]


def txt_wrap(text, width, justify=True):
    """Greedy wrap with hyphenation; lines padded with extra spaces as pdftotext -layout
    renders justified text."""
    words = text.split()
    lines, cur = [], []
    i = 0
    while i < len(words):
        w = words[i]
        cand = " ".join(cur + [w])
        if len(cand) <= width:
            cur.append(w)
            i += 1
            continue
        done = False
        if cur:
            for p in reversed(hyph_points(w)):
                head = w[:p] + "-"
                if len(" ".join(cur + [head])) <= width:
                    cur.append(head)
                    words[i] = w[p:]
                    done = True
                    break
        if not cur:
            cur.append(w)
            i += 1
            continue
        lines.append((cur, True))
        cur = []
    if cur:
        lines.append((cur, False))
    out = []
    for n, (ws, just) in enumerate(lines):
        if justify and just and len(ws) > 1:
            extra = width - len(" ".join(ws))
            gaps = len(ws) - 1
            # pdftotext: spread the slack; the gap positions depend on the line, not random
            add = [extra // gaps] * gaps
            for k in range(extra % gaps):
                add[(k * 7 + n * 3) % gaps] += 1
            s = ws[0]
            for k, w in enumerate(ws[1:]):
                s += " " * (1 + min(add[k], 2)) + w
            out.append(s)
        else:
            out.append(" ".join(ws))
    return out


def build_d3(path):
    blocks = []   # list of (list_of_lines, keep_with_next)
    C = " " * D3_COL

    def add(lines, keep=False):
        blocks.append((lines, keep))

    add([" " * 34 + "BOROUGH OF FENMARSH", "", " " * 33 + "HEALTH SCRUTINY PANEL", "",
         " " * 15 + "Minutes of the meeting held on Monday 3 March 2025 at 6.30 pm",
         " " * 23 + "in the Council Chamber, Fenmarsh Town Hall", ""])
    T = " " * 17
    add(["Present:         Councillor Gillian Marsh (Chair)",
         T + "Councillor Ade Oyelaran (Vice-Chair)",
         T + "Councillors Mark Everett, Hannah Lowe, Patrick Quinlan, Sunita Rao",
         T + "and Brian Tollit", ""])
    add(["Co-opted member: Eileen Sayer (Healthwatch Fenmarsh, non-voting)", ""])
    add(["Also present:    Councillor Dev Bhamra (Cabinet Member for Health)", ""])
    add(["Officers:        Dr Ruth Kenward (Director of Public Health)",
         T + "Simon Achebe (Head of Public Health Commissioning)",
         T + "Lorna Fitch (Democratic Services Officer)", ""])
    add(["In attendance:   Jo Marchant (Director of Strategy and Partnerships, Fenmarsh and",
         T + "Wyvern Integrated Care Board)",
         T + "Priya Nandra (Head of Primary Care Commissioning, Fenmarsh and Wyvern",
         T + "Integrated Care Board)", "", ""])

    for num, title, items in D3_ITEMS:
        tl = txt_wrap(title, 70, justify=False)
        head = [num.ljust(D3_COL) + tl[0]] + [C + t for t in tl[1:]] + [""]
        add(head, keep=True)
        for kind, content in items:
            if kind == "p":
                add([C + l for l in txt_wrap(content, D3_WIDTH)] + [""])
            elif kind == "lab":
                add([C + content, ""], keep=True)
            elif kind == "num":
                for lab, t in content:
                    ls = txt_wrap(t, D3_WIDTH - 6)
                    add([C + lab.ljust(6) + ls[0]] + [C + " " * 6 + l for l in ls[1:]] + [""])
        add([""])
    add(["", C + "The meeting closed at 8.52 pm.", "", "",
         " " * 52 + "Chair ………………………………", "", " " * 52 + "Date ………………………………"])

    # paginate
    BODY = 52
    pages, cur = [], []
    k = 0
    while k < len(blocks):
        group = list(blocks[k][0])
        j = k
        while blocks[j][1] and j + 1 < len(blocks):   # keep heading with what follows
            j += 1
            group += blocks[j][0][:2]
        lines = blocks[k][0]
        if len(cur) + len(group) > BODY and cur:
            if len(lines) > 6 and not blocks[k][1] and BODY - len(cur) >= 3:
                room = BODY - len(cur)
                cur += lines[:room]
                pages.append(cur)
                cur = []
                blocks[k] = (lines[room:], False)
                continue
            pages.append(cur)
            cur = []
            while cur == [] and lines and lines[0] == "":
                lines = lines[1:]
            blocks[k] = (lines, blocks[k][1])
            continue
        cur += lines
        k += 1
    if cur:
        pages.append(cur)
    total = len(pages)
    out = []
    for n, body in enumerate(pages, 1):
        while body and body[-1] == "":
            body = body[:-1]
        page = [" " * 30 + D3_HEADER, "", ""] + body
        page += [""] * (BODY + 5 - len(page))
        page += ["", " " * 40 + f"Page {n} of {total}", ""]
        out.append("\n".join(l.rstrip() for l in page) + "\n")
    Path(path).write_text("\f".join(out) + "\f", encoding="utf-8")


D3_GOLD = {
    "document": D3,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Panel",
    "meeting_date": "2025-03-03",
    "items": [{"number": n, "title": t} for n, t, _ in D3_ITEMS],
    "questions": [
        {"item": "HSP/61/24", "kind": "question",
         "text": "Will the Cabinet Member guarantee that the Council will consider bringing",
         "asked_by": "Mr Colin Weatherall",
         "answer": "Cabinet decided to run a competitive process open to NHS, voluntary",
         "given_by": "Cabinet Member for Health",
         "themes": ["privatisation", "subcontracting", "public-health"]},
        {"item": "HSP/61/24", "kind": "question",
         "text": "Will residents be able to see how each of the bids was scored",
         "asked_by": "Mr Weatherall",
         "answer": "a summary of the evaluation will be reported to this Panel",
         "given_by": "Cabinet Member for Health",
         "themes": ["subcontracting", "governance"]},
        {"item": "HSP/61/24", "kind": "question",
         "text": "What is the Council doing to make the ICB improve access",
         "asked_by": "Mrs Angela Breen",
         "answer": "The Council has asked the ICB to prioritise children in its new urgent access",
         "given_by": "Cabinet Member for Health",
         "themes": ["primary-care", "children-and-families"]},
        {"item": "HSP/62/24", "kind": "question",
         "text": "Councillor Tollit asked why the Wyvern Road clinic had closed in 2022",
         "asked_by": "Councillor Tollit",
         "answer": "the draft specification required at least two walk-in sites",
         "given_by": "Director of Public Health",
         "themes": ["public-health", "subcontracting"]},
        {"item": "HSP/62/24", "kind": "concern",
         "text": "expressed concern that the contract value had not increased since 2019",
         "asked_by": "Councillor Everett",
         "answer": "the public health grant uplift for 2025/26 would allow the contract value",
         "given_by": "Head of Public Health Commissioning",
         "themes": ["finance", "public-health", "subcontracting"]},
        {"item": "HSP/62/24", "kind": "question",
         "text": "asked how the views of service users would be reflected in the new contract",
         "asked_by": "Ms Sayer",
         "answer": "a young people’s panel would take part in the evaluation of the bids",
         "given_by": "Director",
         "themes": ["patient-and-public-input", "subcontracting", "children-and-families"]},
        {"item": "HSP/62/24", "kind": "question",
         "text": "sought clarification on whether the staff of the current provider would transfer",
         "asked_by": "Councillor Lowe",
         "answer": "TUPE would apply to clinical and administrative staff working wholly",
         "given_by": "Head of Public Health Commissioning",
         "themes": ["workforce", "subcontracting"]},
        {"item": "HSP/63/24", "kind": "question",
         "text": "asked how much of the activity lost when the three practices handed back",
         "asked_by": "Councillor Oyelaran",
         "answer": "one contract had been re-procured and that the ICB was negotiating",
         "given_by": "Ms Nandra",
         "themes": ["primary-care", "subcontracting"]},
        {"item": "HSP/63/24", "kind": "question",
         "text": "questioned whether the national dental contract was the underlying reason",
         "asked_by": "Councillor Quinlan",
         "answer": "the way the contract paid for units of dental activity made some treatments",
         "given_by": "Ms Marchant",
         "themes": ["primary-care"]},
        {"item": "HSP/63/24", "kind": "concern",
         "text": "were being offered private treatment plans that many of them could not afford",
         "asked_by": "Councillor Everett", "answer": None, "given_by": None,
         "themes": ["primary-care", "privatisation", "finance"]},
        {"item": "HSP/63/24", "kind": "request",
         "text": "The Chair requested that the ICB provide ward-level data",
         "asked_by": "Chair",
         "answer": "Ms Nandra agreed to circulate this information before the next meeting",
         "given_by": "Ms Nandra",
         "themes": ["primary-care", "children-and-families"]},
    ],
    "resolutions": [
        {"item": "HSP/60/24",
         "text": "the minutes of the meeting held on 20 January 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "HSP/62/24",
         "text": "Cabinet be recommended to require, in the specification for the new service",
         "outcome": "recommended", "themes": ["public-health", "subcontracting"]},
        {"item": "HSP/63/24", "text": "RESOLVED that the report on access to NHS dentistry be noted",
         "outcome": "noted", "themes": ["primary-care"]},
        {"item": "HSP/63/24",
         "text": "The Panel AGREED to write to the Chief Executive of the Integrated Care Board",
         "outcome": "agreed", "themes": ["primary-care", "children-and-families"]},
        {"item": "HSP/64/24",
         "text": "the draft work programme for 2025/26 be approved, subject to the inclusion",
         "outcome": "agreed", "themes": ["mental-health"]},
    ],
    "attendees": [
        {"name": "Councillor Gillian Marsh", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Ade Oyelaran", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Mark Everett", "role": None, "attendance": "present"},
        {"name": "Councillor Hannah Lowe", "role": None, "attendance": "present"},
        {"name": "Councillor Patrick Quinlan", "role": None, "attendance": "present"},
        {"name": "Councillor Sunita Rao", "role": None, "attendance": "present"},
        {"name": "Councillor Brian Tollit", "role": None, "attendance": "present"},
        {"name": "Eileen Sayer", "role": "Co-opted member (Healthwatch Fenmarsh, non-voting)",
         "attendance": "present"},
        {"name": "Councillor Keith Harland", "role": None, "attendance": "apologies"},
        {"name": "Councillor Dev Bhamra", "role": "Cabinet Member for Health",
         "attendance": "in_attendance"},
        {"name": "Dr Ruth Kenward", "role": "Director of Public Health",
         "attendance": "in_attendance"},
        {"name": "Simon Achebe", "role": "Head of Public Health Commissioning",
         "attendance": "in_attendance"},
        {"name": "Lorna Fitch", "role": "Democratic Services Officer",
         "attendance": "in_attendance"},
        {"name": "Jo Marchant",
         "role": "Director of Strategy and Partnerships, Fenmarsh and Wyvern Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Priya Nandra",
         "role": "Head of Primary Care Commissioning, Fenmarsh and Wyvern Integrated Care Board",
         "attendance": "in_attendance"},
    ],
}


# =========================================================================== DOCUMENT 4
# Marlstone District Council: Word "Save as Web Page" HTML (windows-1252, MsoNormal,
# MsoListParagraph bullets drawn as Symbol "·", layout table for attendance, <o:p>).

D4 = "k-marlstone-health-communities-scrutiny-minutes-2025-02-06.html"

D4_ITEMS = [
    ("23", "APOLOGIES FOR ABSENCE AND SUBSTITUTE MEMBERS", [
        ("p", "Apologies for absence were received from Councillor P Gaskin. There were no "
              "substitute members."),
    ]),
    ("24", "DECLARATIONS OF INTEREST", [
        ("p", "Councillor T Ingram declared a non-registrable interest in Minute 27 as a board "
              "member of Marlstone Community Housing Association. He remained in the meeting "
              "and took part in the discussion."),
    ]),
    ("25", "MINUTES", [
        ("res", ["The minutes of the meeting held on 5 December 2024 be approved as a correct "
                 "record and signed by the Chairman."]),
    ]),
    ("26", "PUBLIC PARTICIPATION", [
        ("p", "The Chairman welcomed Mr Howard Linney, Secretary of the Marlstone Tenants’ "
              "Forum, who had registered to speak on item 27."),
        ("p", "Mr Linney made a statement in which he said that the Forum’s members were "
              "alarmed at the growing number of families being placed in bed and breakfast "
              "accommodation in neighbouring districts, away from their children’s schools and "
              "support networks; that the draft strategy said too little about the supply of "
              "genuinely affordable social rented homes; and that tenants’ groups should have "
              "been involved in drafting the strategy rather than being consulted only at the "
              "end of the process."),
        ("p", "The Chairman thanked Mr Linney for his statement and replied that the Committee "
              "shared many of the Forum’s concerns about out-of-district placements, that "
              "Members would take his comments into account when considering item 27, and "
              "that she would ask officers to meet the Forum during the consultation period."),
    ]),
    ("27", "HOMELESSNESS AND ROUGH SLEEPING STRATEGY 2025–2030", [
        ("p", "The Head of Communities and Wellbeing presented the draft Homelessness and Rough "
              "Sleeping Strategy 2025–2030, which the Cabinet would be asked to approve for "
              "public consultation. Approaches to the Council from households at risk of "
              "homelessness had risen by 23% over two years, and the cost of temporary "
              "accommodation to the Council had reached £1.1m in 2023/24."),
        ("p", "Members made the following comments and asked the following questions:"),
        ("bul", [
            "A Member asked how many households were currently placed in temporary "
            "accommodation outside the district and for how long. The Housing Options and "
            "Homelessness Manager replied that 27 households were placed outside the district, "
            "the longest for fourteen months, and that all placements were reviewed every "
            "fortnight.",
            "Concern was raised about the use of bed and breakfast accommodation for families "
            "with children beyond the six-week legal limit. The Manager confirmed that four "
            "families had exceeded six weeks in January and that a leasing scheme with private "
            "landlords was being set up to provide self-contained alternatives.",
            "A Member commented that the strategy should say more about the links between "
            "homelessness and poor mental health, and about the role of the hospital trust in "
            "planning the discharge of patients with no settled home.",
            "Councillor Chaudhry requested that the consultation include a survey of people "
            "with lived experience of homelessness, and not only statutory partners. The Head "
            "of Communities and Wellbeing agreed to arrange this with the outreach provider.",
            "A Member asked whether the outreach contract, which is delivered by a charity on "
            "the Council’s behalf, would be re-tendered when it expired. The Head of "
            "Communities and Wellbeing explained that the contract with Pathways Outreach had "
            "been extended to March 2026 and that a joint procurement with the neighbouring "
            "district was being explored.",
        ]),
        ("res", ["The draft Homelessness and Rough Sleeping Strategy 2025–2030 be noted.",
                 "Cabinet be recommended to approve the draft strategy for public consultation, "
                 "subject to the inclusion of a section on health and housing partnership "
                 "working."]),
    ]),
    ("28", "LEISURE CENTRES CONTRACT – ANNUAL PERFORMANCE REVIEW 2023/24", [
        ("p", "The Leisure and Culture Contracts Manager presented the annual review of the "
              "contract with Active Horizons Leisure Ltd for the operation of the Council’s "
              "three leisure centres. Visits had increased to 611,000 and the management fee "
              "paid by the operator to the Council was £312,000 for the year."),
        ("p", "Councillor Ingram queried why the management fee paid to the Council had been "
              "reduced from the figure in the original tender. The Leisure and Culture "
              "Contracts Manager explained that the fee had been renegotiated in 2022 under the "
              "contract’s energy price provisions, and would return to the tendered level from "
              "April 2026."),
        ("p", "Councillor Sherratt expressed concern that the waiting list for swimming lessons "
              "had grown to over 900 children and asked what the operator was doing about it. "
              "The Manager explained that the operator had been unable to recruit enough "
              "qualified swimming teachers but had now started a scheme to train its "
              "lifeguards as teachers."),
        ("p", "Councillor Barraclough commented that the exercise on referral scheme was highly "
              "valued by GPs in the district and should be protected in any future contract."),
        ("res", ["The annual performance review of the leisure centres contract for 2023/24 "
                 "be noted."]),
    ]),
    ("29", "DISABLED FACILITIES GRANTS – DELIVERY AND FUNDING", [
        ("p", "The Head of Communities and Wellbeing reported that the Better Care Fund "
              "allocation for Disabled Facilities Grants for 2025/26 had not yet been confirmed "
              "by the County Council, and that the report could not therefore set out the "
              "proposed programme for next year."),
        ("p", "Councillor Dempsey asked why the allocation was still unconfirmed so late in the "
              "financial year. The Head of Communities and Wellbeing responded that the County "
              "Council was itself awaiting confirmation of the national Better Care Fund "
              "settlement."),
        ("res", ["Consideration of the report be deferred to the next meeting of the "
                 "Committee, when the 2025/26 Better Care Fund allocation is expected to be "
                 "known."]),
    ]),
    ("30", "WORK PROGRAMME 2024/25", [
        ("res", ["The work programme be approved, with the addition of the deferred report on "
                 "Disabled Facilities Grants to the meeting on 3 April 2025."]),
        ("p", "The meeting closed at 9.05 pm."),
    ]),
]

D4_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List
href="HCSC%20Minutes%2006.02.25_files/filelist.xml">
<title>MARLSTONE DISTRICT COUNCIL</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Chris Ollerenshaw</o:Author>
  <o:LastAuthor>Chris Ollerenshaw</o:LastAuthor>
  <o:Revision>4</o:Revision>
  <o:TotalTime>96</o:TotalTime>
  <o:Created>2025-02-10T09:12:00Z</o:Created>
  <o:LastSaved>2025-02-12T15:40:00Z</o:LastSaved>
  <o:Pages>4</o:Pages>
  <o:Company>Marlstone District Council</o:Company>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>EN-GB</w:LidThemeOther>
  <w:Compatibility>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
  </w:Compatibility>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:Symbol;
	panose-1:5 5 1 2 1 7 6 2 5 7;
	mso-font-charset:2;
	mso-generic-font-family:roman;
	mso-font-pitch:variable;
	mso-font-signature:0 268435456 0 0 -2147483648 0;}
@font-face
	{font-family:Arial;
	panose-1:2 11 6 4 2 2 2 2 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	mso-pagination:widow-orphan;
	font-size:12.0pt;
	font-family:"Arial",sans-serif;
	mso-fareast-font-family:"Times New Roman";
	mso-fareast-language:EN-US;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	mso-style-qformat:yes;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	mso-add-space:auto;
	font-size:12.0pt;
	font-family:"Arial",sans-serif;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
	{mso-style-priority:34;
	mso-style-type:export-only;
	margin-left:36.0pt;
	mso-add-space:auto;}
p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle, div.MsoListParagraphCxSpMiddle
	{mso-style-priority:34;
	mso-style-type:export-only;
	margin-left:36.0pt;
	mso-add-space:auto;}
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast, div.MsoListParagraphCxSpLast
	{mso-style-priority:34;
	mso-style-type:export-only;
	margin-left:36.0pt;
	mso-add-space:auto;}
span.SpellE
	{mso-style-name:"";
	mso-spl-e:yes;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;
	mso-header-margin:35.4pt;
	mso-footer-margin:35.4pt;
	mso-paper-source:0;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 @list l0
	{mso-list-id:1204714451;
	mso-list-type:hybrid;
	mso-list-template-ids:-1436389218 134807553 134807555 134807557 134807553 134807555 134807557 134807553 134807555 134807557;}
@list l0:level1
	{mso-level-number-format:bullet;
	mso-level-text:\\F0B7;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;
	font-family:Symbol;}
@list l1
	{mso-list-id:1766002943;
	mso-list-type:hybrid;
	mso-list-template-ids:1349577162 134807567 134807577 134807579 134807567 134807577 134807579 134807567 134807577 134807579;}
@list l1:level1
	{mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin:0cm;
	font-size:10.0pt;
	font-family:"Times New Roman",serif;}
table.MsoTableGrid
	{mso-style-name:"Table Grid";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-priority:39;
	mso-style-unhide:no;
	border:solid windowtext 1.0pt;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	font-size:10.0pt;
	font-family:"Times New Roman",serif;}
</style>
<![endif]-->
</head>

<body lang=EN-GB style='tab-interval:36.0pt;word-wrap:break-word'>

<div class=WordSection1>

"""

SPELLE = ("Pettifer", "Barraclough", "Chaudhry", "Ollerenshaw", "Marlstone", "Linney",
          "Sherratt", "Morcombe")


def _w_text(t):
    """Escape text the way Word does, marking unusual names with SpellE spans."""
    s = html.escape(t, quote=False)
    for name in SPELLE:
        s = re.sub(r"\b%s\b" % name, "<span class=SpellE>%s</span>" % name, s)
    return s


def _w_wrap(s, width=76):
    """Word wraps the HTML source at about 76 columns, breaking at spaces."""
    out, line = [], ""
    for tok in re.split(r"( )", s):
        if tok == " " and len(line) >= width:
            out.append(line)
            line = ""
            continue
        line += tok
    out.append(line)
    return "\n".join(out)


SP = "font-family:\"Arial\",sans-serif"


def _w_p(text, style="", bold=False, raw=False):
    inner = text if raw else _w_text(text)
    span = f"<span style='{SP}'>{inner}<o:p></o:p></span>"
    if bold:
        span = f"<b>{span}</b>"
    st = f" style='{style}'" if style else ""
    return _w_wrap(f"<p class=MsoNormal{st}>{span}</p>") + "\n\n"


def _w_list(entries, numbered=False, indent=54.0, lfo=1):
    out = []
    n = len(entries)
    for k, t in enumerate(entries):
        cls = ("MsoListParagraph" if n == 1 else
               "MsoListParagraphCxSpFirst" if k == 0 else
               "MsoListParagraphCxSpLast" if k == n - 1 else "MsoListParagraphCxSpMiddle")
        lst = f"l{1 if numbered else 0} level1 lfo{lfo}"
        after = "margin-bottom:6.0pt;" if k == n - 1 else ""
        style = (f"margin-left:{indent}pt;{after}mso-add-space:auto;text-align:justify;"
                 f"text-indent:-18.0pt;mso-list:{lst}")
        if numbered:
            marker = (f"<span style='{SP};mso-fareast-font-family:Arial'><span "
                      f"style='mso-list:Ignore'>{k + 1}.<span style='font:7.0pt \"Times New "
                      f"Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>")
        else:
            marker = ("<span style='font-family:Symbol;mso-fareast-font-family:Symbol;"
                      "mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>·<span "
                      "style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                      "&nbsp;&nbsp; </span></span></span>")
        out.append(_w_wrap(f"<p class={cls} style='{style}'><![if !supportLists]>{marker}"
                           f"<![endif]><span style='{SP}'>{_w_text(t)}<o:p></o:p></span></p>"))
    return "\n\n".join(out) + "\n\n"


def _w_cell(paras, width, bold=False):
    ps = []
    for t in paras:
        inner = f"<span style='{SP}'>{_w_text(t) if t else '&nbsp;'}<o:p></o:p></span>"
        if bold and t:
            inner = f"<b>{inner}</b>"
        ps.append(f"  <p class=MsoNormal>{inner}</p>")
    return (f"  <td width={int(width * 1.333)} valign=top style='width:{width}pt;"
            f"padding:0cm 5.4pt 0cm 5.4pt'>\n" + _w_wrap("\n".join(ps)) + "\n  </td>\n")


def build_d4(path):
    h = [D4_HEAD]
    h.append(_w_p("MARLSTONE DISTRICT COUNCIL", style="text-align:center", bold=True))
    h.append(_w_p("&nbsp;", raw=True))
    h.append(_w_p("<b>MINUTES</b> of a meeting of the <b>HEALTH AND COMMUNITIES SCRUTINY "
                  "COMMITTEE</b> held in the Council Chamber, <span class=SpellE>Marlstone"
                  "</span> House, Station Road, <span class=SpellE>Marlstone</span> on "
                  "Thursday 6 February 2025 at 7.00 pm", style="text-align:justify", raw=True))
    h.append(_w_p("&nbsp;", raw=True))
    rows = [
        (["PRESENT:"], ["Councillor Sue Pettifer (Chairman)", "",
                        "Councillors R Barraclough, J Chaudhry, M Dempsey (Vice-Chairman), "
                        "T Ingram, L Morcombe and V Sherratt", ""]),
        (["Also Present:"], ["Councillor A Jarvis (Portfolio Holder for Health, Wellbeing and "
                             "Communities)", ""]),
        (["Officers:"], ["Kate Lumley (Head of Communities and Wellbeing)",
                         "Rob Tarrant (Housing Options and Homelessness Manager)",
                         "Joanne Hext (Leisure and Culture Contracts Manager)",
                         "Chris Ollerenshaw (Democratic Services Officer)"]),
    ]
    h.append("<table class=MsoTableGrid border=0 cellspacing=0 cellpadding=0\n"
             " style='border-collapse:collapse;border:none;mso-yfti-tbllook:1184;"
             "mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n")
    for k, (left, right) in enumerate(rows):
        h.append(f" <tr style='mso-yfti-irow:{k}'>\n" + _w_cell(left, 99.0, bold=True)
                 + _w_cell(right, 351.8) + " </tr>\n")
    h.append("</table>\n\n")
    h.append(_w_p("&nbsp;", raw=True))
    lfo = 1
    for num, title, blocks in D4_ITEMS:
        h.append(_w_p(f"<b>{num}.&nbsp;&nbsp;{_w_text(title)}</b>",
                      style="margin-left:36.0pt;text-indent:-36.0pt;page-break-after:avoid",
                      raw=True))
        h.append(_w_p("&nbsp;", raw=True))
        for kind, content in blocks:
            if kind == "p":
                h.append(_w_p(content, style="margin-left:36.0pt;text-align:justify"))
                h.append(_w_p("&nbsp;", style="margin-left:36.0pt", raw=True))
            elif kind == "bul":
                lfo += 1
                h.append(_w_list(content, lfo=lfo))
            elif kind == "res":
                h.append(_w_p("It was <b>RESOLVED</b> that:",
                              style="margin-left:36.0pt;text-align:justify", raw=True))
                h.append(_w_p("&nbsp;", style="margin-left:36.0pt", raw=True))
                lfo += 1
                h.append(_w_list(content, numbered=True, lfo=lfo))
        h.append(_w_p("&nbsp;", raw=True))
    h.append(_w_p("&nbsp;", raw=True))
    h.append(_w_p("Chairman", style="margin-left:288.0pt", bold=True))
    h.append("</div>\n\n</body>\n\n</html>\n")
    text = "".join(h).replace("\n", "\r\n")
    Path(path).write_bytes(text.encode("cp1252"))


def html_text(path):
    import lxml.html
    raw = Path(path).read_bytes().decode("cp1252")
    raw = re.sub(r"<!\[(?:if[^\]]*|endif)\]>", "", raw)
    tree = lxml.html.fromstring(raw)
    for bad in tree.xpath("//style|//head"):
        bad.getparent().remove(bad)
    return tree.text_content()


D4_GOLD = {
    "document": D4,
    "doc_type": "minutes",
    "committee": "Health and Communities Scrutiny Committee",
    "meeting_date": "2025-02-06",
    "items": [{"number": n, "title": t} for n, t, _ in D4_ITEMS],
    "questions": [
        {"item": "26", "kind": "comment",
         "text": "the Forum’s members were alarmed at the growing number of families",
         "asked_by": "Mr Howard Linney",
         "answer": "the Committee shared many of the Forum’s concerns about out-of-district placements",
         "given_by": "Chairman",
         "themes": ["housing", "children-and-families", "patient-and-public-input"]},
        {"item": "27", "kind": "question",
         "text": "asked how many households were currently placed in temporary accommodation",
         "asked_by": None,
         "answer": "27 households were placed outside the district, the longest for fourteen months",
         "given_by": "Housing Options and Homelessness Manager",
         "themes": ["housing"]},
        {"item": "27", "kind": "concern",
         "text": "Concern was raised about the use of bed and breakfast accommodation",
         "asked_by": None,
         "answer": "four families had exceeded six weeks in January",
         "given_by": "Manager",
         "themes": ["housing", "children-and-families"]},
        {"item": "27", "kind": "comment",
         "text": "the strategy should say more about the links between homelessness",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["housing", "mental-health", "integration"]},
        {"item": "27", "kind": "request",
         "text": "requested that the consultation include a survey of people with lived experience",
         "asked_by": "Councillor Chaudhry",
         "answer": "agreed to arrange this with the outreach provider",
         "given_by": "Head of Communities and Wellbeing",
         "themes": ["patient-and-public-input", "housing"]},
        {"item": "27", "kind": "question",
         "text": "asked whether the outreach contract, which is delivered by a charity",
         "asked_by": None,
         "answer": "the contract with Pathways Outreach had been extended to March 2026",
         "given_by": "Head of Communities and Wellbeing",
         "themes": ["subcontracting", "housing"]},
        {"item": "28", "kind": "question",
         "text": "queried why the management fee paid to the Council had been reduced",
         "asked_by": "Councillor Ingram",
         "answer": "the fee had been renegotiated in 2022 under the contract’s energy price provisions",
         "given_by": "Leisure and Culture Contracts Manager",
         "themes": ["subcontracting", "finance"]},
        {"item": "28", "kind": "concern",
         "text": "the waiting list for swimming lessons had grown to over 900 children",
         "asked_by": "Councillor Sherratt",
         "answer": "the operator had been unable to recruit enough qualified swimming teachers",
         "given_by": "Manager",
         "themes": ["workforce", "subcontracting", "children-and-families"]},
        {"item": "28", "kind": "comment",
         "text": "the exercise on referral scheme was highly valued by GPs in the district",
         "asked_by": "Councillor Barraclough", "answer": None, "given_by": None,
         "themes": ["public-health", "subcontracting", "primary-care"]},
        {"item": "29", "kind": "question",
         "text": "asked why the allocation was still unconfirmed so late in the financial year",
         "asked_by": "Councillor Dempsey",
         "answer": "was itself awaiting confirmation of the national Better Care Fund settlement",
         "given_by": "Head of Communities and Wellbeing",
         "themes": ["finance", "integration"]},
    ],
    "resolutions": [
        {"item": "25", "text": "The minutes of the meeting held on 5 December 2024 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "27",
         "text": "Cabinet be recommended to approve the draft strategy for public consultation",
         "outcome": "recommended",
         "themes": ["housing", "patient-and-public-input", "integration"]},
        {"item": "28",
         "text": "The annual performance review of the leisure centres contract for 2023/24 be noted",
         "outcome": "noted", "themes": ["subcontracting"]},
        {"item": "29",
         "text": "Consideration of the report be deferred to the next meeting of the Committee",
         "outcome": "deferred", "themes": ["finance", "integration"]},
        {"item": "30",
         "text": "The work programme be approved, with the addition of the deferred report",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "Councillor Sue Pettifer", "role": "Chairman", "attendance": "present"},
        {"name": "Councillor R Barraclough", "role": None, "attendance": "present"},
        {"name": "Councillor J Chaudhry", "role": None, "attendance": "present"},
        {"name": "Councillor M Dempsey", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Councillor T Ingram", "role": None, "attendance": "present"},
        {"name": "Councillor L Morcombe", "role": None, "attendance": "present"},
        {"name": "Councillor V Sherratt", "role": None, "attendance": "present"},
        {"name": "Councillor P Gaskin", "role": None, "attendance": "apologies"},
        {"name": "Councillor A Jarvis",
         "role": "Portfolio Holder for Health, Wellbeing and Communities",
         "attendance": "in_attendance"},
        {"name": "Kate Lumley", "role": "Head of Communities and Wellbeing",
         "attendance": "in_attendance"},
        {"name": "Rob Tarrant", "role": "Housing Options and Homelessness Manager",
         "attendance": "in_attendance"},
        {"name": "Joanne Hext", "role": "Leisure and Culture Contracts Manager",
         "attendance": "in_attendance"},
        {"name": "Chris Ollerenshaw", "role": "Democratic Services Officer",
         "attendance": "in_attendance"},
    ],
}


# =========================================================================== DOCUMENT 5
# Northwold County Council: an officer report TO a scrutiny committee (not minutes).  It
# has recommendations ("That the Committee notes ..."), "Questions for the Committee to
# consider" and a past Cabinet decision, none of which are minutes.

D5 = "k-northwold-stop-smoking-services-report-2025-01-14.pdf"

D5_SECTIONS = [
    ("1.", "Purpose of report", [
        ("1.1", "This report updates the Committee on the performance of the Northwold Stop "
                "Smoking Service in 2023/24 and the first half of 2024/25, and seeks the "
                "Committee’s views on the proposed approach to recommissioning the service "
                "when the current contract expires on 31 March 2026."),
    ]),
    ("2.", "Recommendations", [
        ("(a)", "That the Committee notes the performance of the Northwold Stop Smoking Service set out in "
                "section 4 of this report;"),
        ("(b)", "That the Committee notes the additional Local Stop Smoking Services and Support Grant of "
                "£712,000 allocated to the Council for 2024/25; and"),
        ("(c)", "That the Committee comments on the proposed approach to recommissioning the service from April "
                "2026, before a decision is taken by the Cabinet Member for Adult Social Care "
                "and Public Health."),
    ]),
    ("3.", "Background", [
        ("3.1", "Smoking remains the single largest cause of preventable ill health and "
                "premature death in Northwold. The Annual Population Survey estimates that "
                "12.9% of adults in the county smoke, rising to 21.4% among adults in routine "
                "and manual occupations. In 2023/24, 9.6% of women were recorded as smokers "
                "at the time of delivery, compared with 7.4% in England."),
        ("3.2", "On 12 March 2019 the Cabinet resolved to award the contract for an integrated "
                "stop smoking service to Breathe Well Partnership CIC for an initial term of "
                "five years, with an option to extend for two further years. The extension "
                "was exercised in 2023. The current annual contract value is £1.45m."),
        ("3.3", "In 2024 the Government announced a Local Stop Smoking Services and Support "
                "Grant, payable to local authorities until 2028/29 on condition that existing "
                "spending on stop smoking services is maintained."),
    ]),
    ("4.", "Performance in 2023/24", [
        ("4.1", "In 2023/24 the service supported 4,210 people to set a quit date, of whom "
                "2,020 (48%) had stopped smoking at four weeks, validated by carbon monoxide "
                "testing in 71% of cases. The service met its targets for quit attempts but "
                "fell short of its target for pregnant women, supporting 118 against a target "
                "of 160."),
        ("4.2", "Referrals from GP practices and community pharmacies have fallen since 2021, "
                "while self-referrals through the online booking system have risen. The "
                "provider has attributed the shortfall in the maternity pathway to staff "
                "vacancies in its specialist team, two of which have now been filled."),
    ]),
    ("5.", "Proposed approach to recommissioning", [
        ("5.1", "Four options have been considered: a further extension of the current "
                "contract, which is not permitted under its terms; a competitive procurement "
                "under the Health Care Services (Provider Selection Regime) Regulations 2023; "
                "a direct award to an NHS provider; and bringing the service in-house within "
                "the Council’s public health team."),
        ("5.2", "The preferred option is a competitive procurement for a seven-year contract, "
                "with the specification strengthened to require a dedicated maternity pathway "
                "and targeted work in the twelve neighbourhoods with the highest smoking "
                "prevalence."),
        ("5.3", "An engagement survey in autumn 2024 received 640 responses from smokers, "
                "former smokers and professionals, and its findings will inform the service "
                "specification."),
    ]),
    ("6.", "Questions for the Committee to consider", [
        ("", "The Committee may wish to consider the following questions:"),
        ("•", "Is the Committee assured that the service is reaching the groups with the "
              "highest smoking prevalence, including routine and manual workers and pregnant "
              "women?"),
        ("•", "Does the Committee support a competitive procurement, or should the Council "
              "consider bringing the service in-house?"),
        ("•", "How should the additional grant funding be used so that it adds to, rather than "
              "replaces, existing spending on stop smoking services?"),
        ("•", "What role should GP practices and community pharmacies play in the new service "
              "model?"),
    ]),
    ("7.", "Financial implications", [
        ("7.1", "The current contract is funded from the Public Health Grant. The additional "
                "grant of £712,000 must be spent on stop smoking services and cannot be used "
                "to replace existing spending. The new contract will be procured within the "
                "existing budget plus the additional grant."),
    ]),
    ("8.", "Legal implications", [
        ("8.1", "The Council has a statutory duty under the Health and Social Care Act 2012 "
                "to take steps to improve the health of the people in its area. The procurement "
                "will be carried out under the Provider Selection Regime."),
    ]),
    ("9.", "Equality implications", [
        ("9.1", "An equality impact assessment has been completed and is available on request. "
                "Smoking prevalence is higher among people with serious mental illness, people "
                "in routine and manual occupations and some minority ethnic communities."),
    ]),
    ("10.", "Background papers", [
        ("", "Cabinet report, 12 March 2019: Award of Contract – Integrated Stop Smoking Service"),
        ("", "Northwold Tobacco Control Strategy 2022–2027"),
    ]),
]


def build_d5(path):
    def header(pdf):
        if pdf.page_no() == 1:
            pdf.set_font("DV", "B", 11)
            pdf.set_xy(130, 10)
            pdf.cell(60, 6, "Agenda Item 7", align="R")

    def footer(pdf):
        pdf.set_font("DV", "", 9)
        pdf.set_xy(20, 282)
        pdf.cell(170, 5, f"Page {22 + pdf.page_no()}", align="C")

    pdf = FlowPDF(header_fn=header, footer_fn=footer, top=20, bottom=272)
    pdf.set_title("Stop Smoking Services - Performance and Recommissioning")
    pdf.set_author("Northwold County Council")
    pdf.set_producer("Microsoft® Word for Microsoft 365")
    pdf.new_page()
    pdf.cur_y = 22
    L, W = 20, 170
    pdf.para("NORTHWOLD COUNTY COUNCIL", L, W, size=13, style="B", align="L", after=2)
    pdf.para("Report of the Director of Public Health", L, W, size=11, style="B", align="L",
             after=6)
    for lab, val in [("Report to:", "Adult Social Care and Health Overview and Scrutiny "
                                    "Committee"),
                     ("Date:", "14 January 2025"),
                     ("Report of:", "Director of Public Health"),
                     ("Subject:", "Stop Smoking Services – Performance and Recommissioning"),
                     ("Electoral divisions:", "All"),
                     ("Classification:", "Unrestricted")]:
        pdf.para(val, L + 45, W - 45, align="L", after=1.5, first_label=lab, label_x=L,
                 label_style="B", hyphenate=False)
    pdf.space(3)
    pdf.para("Summary: This report sets out the performance of the county’s stop smoking "
             "service, which is commissioned by the Council from an external provider, and "
             "the options for recommissioning it from April 2026.", L, W, style="I", after=5)
    for num, title, paras in D5_SECTIONS:
        pdf.need(18)
        pdf.para(title, L + 10, W - 10, style="B", align="L", first_label=num, label_x=L,
                 after=2.5)
        for lab, t in paras:
            if lab in ("", ):
                pdf.para(t, L + 10, W - 10, align="L" if len(t) < 90 else "J")
            elif lab == "•":
                pdf.para(t, L + 17, W - 17, first_label="•", label_x=L + 11, after=1.5)
            elif lab.startswith("("):
                pdf.para(t, L + 19, W - 19, first_label=lab, label_x=L + 10, after=1.5)
            else:
                pdf.para(t, L + 10, W - 10, first_label=lab, label_x=L)
        pdf.space(2)
    pdf.need(20)
    pdf.para("Contact officer: Dr Owen Pritchard, Consultant in Public Health, "
             "owen.pritchard@northwold.gov.uk", L, W, align="L", hyphenate=False)
    pdf.para("Relevant Director: Dr Alison Grey, Director of Public Health", L, W, align="L")
    pdf.output(str(path))


D5_GOLD = {"document": D5, "doc_type": "report"}


# =========================================================================== main / check

BUILDERS = [(D1, build_d1, D1_GOLD), (D2, build_d2, D2_GOLD), (D3, build_d3, D3_GOLD),
            (D4, build_d4, D4_GOLD), (D5, build_d5, D5_GOLD)]

THEMES = {"privatisation", "subcontracting", "patient-and-public-input", "public-health",
          "finance", "governance", "integration", "workforce", "primary-care", "mental-health",
          "children-and-families", "adult-social-care", "housing"}


def source_text(path):
    p = str(path)
    if p.endswith(".pdf"):
        return dehyphenate(pdf_text(p))
    if p.endswith(".docx"):
        return docx_text(p)
    if p.endswith(".html"):
        return html_text(p)
    return dehyphenate(Path(p).read_text(encoding="utf-8"))


def check():
    problems = []
    for name, _, gold in BUILDERS:
        path = DOCS / name
        gpath = GOLD / (Path(name).stem + ".json")
        if not path.exists() or not gpath.exists():
            problems.append(f"{name}: missing document or gold")
            continue
        if json.loads(gpath.read_text(encoding="utf-8")) != gold:
            problems.append(f"{name}: gold file out of date")
        N = " " + norm(source_text(path)) + " "
        if "items" not in gold:
            continue

        def find(ph, label):
            n = norm(ph)
            wc = len(n.split())
            if not 6 <= wc <= 15:
                problems.append(f"{name}: {label} has {wc} words: {ph!r}")
            c = N.count(" " + n + " ")
            if c != 1:
                problems.append(f"{name}: {label} occurs {c} times: {ph!r}")
            return N.find(" " + n + " ")

        # item positions, in order
        starts, pos = {}, 0
        for it in gold["items"]:
            key = " " + norm(it["number"] + " " + it["title"]) + " "
            at = N.find(key, pos)
            if at < 0:
                problems.append(f"{name}: item heading not found: {it['number']} {it['title']}")
                continue
            starts[it["number"]] = at
            pos = at + 1
        order = [it["number"] for it in gold["items"]]

        def region(num):
            k = order.index(num)
            end = starts.get(order[k + 1], len(N)) if k + 1 < len(order) else len(N)
            return starts.get(num, 0), end

        for q in gold["questions"]:
            lo, hi = region(q["item"])
            at = find(q["text"], "question")
            if not lo <= at < hi:
                problems.append(f"{name}: question outside item {q['item']}: {q['text']!r}")
            if q["answer"]:
                a = find(q["answer"], "answer")
                if not (at < a < hi):
                    problems.append(f"{name}: answer not after question in item: {q['answer']!r}")
            if q["kind"] not in ("question", "concern", "request", "comment"):
                problems.append(f"{name}: bad kind {q['kind']}")
            if set(q["themes"]) - THEMES:
                problems.append(f"{name}: bad theme {q['themes']}")
        for r in gold["resolutions"]:
            lo, hi = region(r["item"])
            at = find(r["text"], "resolution")
            if not lo <= at < hi:
                problems.append(f"{name}: resolution outside item {r['item']}: {r['text']!r}")
            if r["outcome"] not in ("noted", "agreed", "recommended", "deferred", "rejected",
                                    "other"):
                problems.append(f"{name}: bad outcome {r['outcome']}")
            if set(r["themes"]) - THEMES:
                problems.append(f"{name}: bad theme {r['themes']}")
        for a in gold["attendees"]:
            surname = norm(a["name"]).split()[-1]
            if " " + surname + " " not in N:
                problems.append(f"{name}: attendee not found: {a['name']}")
            if a["attendance"] not in ("present", "apologies", "in_attendance", "absent"):
                problems.append(f"{name}: bad attendance {a['attendance']}")
        print(f"{name}: {len(gold['items'])} items, {len(gold['questions'])} questions, "
              f"{len(gold['resolutions'])} resolutions, {len(gold['attendees'])} attendees")
    # the report must carry no minutes-like gold
    if set(D5_GOLD) != {"document", "doc_type"}:
        problems.append("report gold has extra keys")
    for p in problems:
        print("PROBLEM:", p)
    print("check", "FAILED" if problems else "passed")
    return not problems


def build():
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for name, fn, gold in BUILDERS:
        fn(DOCS / name)
        (GOLD / (Path(name).stem + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("wrote", name)


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
