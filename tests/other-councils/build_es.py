#!/usr/bin/env python3
"""Build the "es-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_es.py           build documents/es-* and gold/es-*.json
        build_es.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import json
import re
import sys
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 9, 19, 10, 0, 0, tzinfo=datetime.timezone.utc)
SHY = "\u00ad"

# ---------------------------------------------------------------------------
# Document 1: DRAFT HOSC minutes with diagonal watermark
# ---------------------------------------------------------------------------
DOC1 = "es-wealdmoor-hosc-2025-09-16.pdf"
COUNCIL = "Wealdmoor County Council"
COMMITTEE = "Health Overview and Scrutiny Committee"

ATTEND = [
    ("Present:", "Councillor Margaret Ellery (Chairman), Councillor Dev Saini (Vice-Chairman), "
     "Councillors Thomas Brackley, Anne-Marie Colquhoun, Peter Fairweather, Lorraine Haddow, "
     "Kwame Osei and Judith Penhallow (substitute for Councillor Rhys Tavener)."),
    ("Co-opted member:", "Mrs Sandra Lightowler (Healthwatch Wealdmoor)."),
    ("Also in attendance:", "Councillor Graham Whitlock (Cabinet Member for Adult Social Care and Health); "
     "Dr Fiona Marchetti (Director of Public Health); Mr Owen Greatorex (Executive Director of Adult "
     "Social Care and Health); Ms Priya Ramanathan (Director of Strategic Commissioning and Contracts, "
     "NHS Wealdmoor and Downs Integrated Care Board); Mr Colin Amesbury (Chief Operating Officer, "
     "Wealdmoor Hospitals NHS Foundation Trust); Ms Heather Sowerby (Democratic Services Officer)."),
    ("Apologies:", "Councillor Rhys Tavener and Councillor Bernadette Quayle."),
]

# Items: (number, title, list of paragraphs). A paragraph starting with "RESOLVED" is set in bold intro.
ITEMS = [
    ("HOSC/25/31", "Apologies for Absence and Substitute Members", [
        "Apologies for absence were received from Councillor Rhys Tavener and Councillor Bernadette "
        "Quayle. Councillor Judith Penhallow attended as substitute for Councillor Tavener.",
    ]),
    ("HOSC/25/32", "Declarations of Interest", [
        "Councillor Anne-Marie Colquhoun declared a personal interest in Minute HOSC/25/34 as a "
        "volunteer driver for a hospital patient transport charity. Councillor Kwame Osei declared a "
        "personal interest in Minute HOSC/25/35 as his daughter is employed as a care worker by a "
        "domiciliary care agency in the county. Neither interest was considered prejudicial.",
    ]),
    ("HOSC/25/33", "Minutes of the Previous Meeting", [
        "RESOLVED – That the minutes of the meeting held on 8 July 2025 be confirmed as a correct "
        "record and signed by the Chairman.",
    ]),
    ("HOSC/25/34", "Community Diagnostic Centre – Proposed Independent Sector Contract", [
        "The Committee considered a report of the NHS Wealdmoor and Downs Integrated Care Board "
        "(ICB) setting out its intention to award a seven-year contract for the operation of the "
        "planned Community Diagnostic Centre at Castlebridge to an independent sector provider, "
        "following a competitive procurement under the Provider Selection Regime. Ms Priya "
        "Ramanathan introduced the report and explained that the centre would provide an additional "
        "62,000 scans and tests each year.",
        "Members questioned why the ICB had not considered an option for Wealdmoor Hospitals NHS "
        "Foundation Trust to run the centre directly. Ms Ramanathan advised that the trust had "
        "been invited to bid but had withdrawn because it could not staff the service within the "
        "national capital timetable. Councillor Fairweather asked how much of the contract value would "
        "be returned to the provider as profit. The Director advised that the contract set a fixed "
        "tariff per test and that the ICB did not hold information on the provider's margins, "
        "which were commercially confidential. A member expressed concern that radiographers "
        "would be drawn away from the acute trust by higher independent sector pay, and in reply "
        "the Chief Operating Officer said that a workforce protocol had been agreed preventing "
        "active recruitment of trust staff for the first two years.",
        "Mrs Lightowler sought clarification on whether patients would be offered a choice of "
        "diagnostic site. Ms Ramanathan confirmed that patients referred by their GP would "
        "continue to be offered a choice between the new centre and the hospital sites. Councillor "
        "Osei requested that the Committee receive the key performance indicators in the contract, "
        "including waiting times and patient satisfaction, once the contract was signed; no answer "
        "was recorded at the meeting.",
        "RESOLVED – That (1) the report be noted; (2) the ICB be asked to share the contract "
        "performance indicators and the outcome of the patient engagement exercise with the "
        "Committee; and (3) a progress report on the Community Diagnostic Centre be brought to the "
        "March 2026 meeting.",
    ]),
    ("HOSC/25/35", "Home Care Recommissioning and the Care Workforce", [
        "Mr Owen Greatorex presented an update on the recommissioning of home care through a new "
        "zoned framework of 14 lead providers, which would replace spot purchasing from 1 April 2026.",
        "Members questioned the level of the proposed hourly rate and whether it would allow "
        "providers to pay care workers the real living wage. The Executive Director advised that "
        "the framework rate of £26.40 an hour had been set following a cost of care exercise and "
        "included an uplift to fund the real living wage for all care workers. Councillor Haddow "
        "raised concerns about the loss of small local agencies that would not win a zone, and "
        "asked what would happen to the people they supported. The Executive Director advised "
        "that existing packages would transfer only with the consent of the person and their "
        "family, and that unsuccessful providers could remain on a secondary list.",
        "Councillor Brackley queried whether travel time between visits would be paid. Mr "
        "Greatorex confirmed that the specification required providers to pay travel time and "
        "that this would be checked through contract monitoring visits. Councillor Saini "
        "commented that rural zones in the north of the county had struggled to attract any "
        "bids in the past and urged officers to keep in-house reablement capacity as a fallback.",
        "RESOLVED – That the Committee recommends to the Cabinet that (1) the home care framework "
        "includes a rural enhancement for the northern zones; and (2) the Cabinet commits to "
        "publishing annual data on care worker pay and turnover among framework providers.",
    ]),
    ("HOSC/25/36", "Drug and Alcohol Treatment Service – Procurement", [
        "Dr Fiona Marchetti, Director of Public Health, introduced a report on the procurement of "
        "the integrated drug and alcohol treatment service, the current contract for which expired "
        "in September 2026. The report proposed a single contract with a lead provider and a value "
        "of £6.9 million a year, funded from the public health grant and the supplementary "
        "substance misuse treatment grant.",
        "Members questioned whether the short-term nature of the supplementary grant placed the "
        "service at risk. The Director of Public Health advised that the contract would be "
        "structured with a core element and a flexible element that could be reduced if the "
        "national grant ended. Mrs Lightowler asked how people with lived experience of addiction "
        "had shaped the service specification. Dr Marchetti explained that a peer panel of twelve "
        "people in recovery had co-produced the outcomes framework and would sit on the evaluation "
        "panel. Councillor Penhallow asked about the waiting times for residential rehabilitation "
        "placements; it was agreed that a written answer would be circulated.",
        "RESOLVED – That the report and the proposed procurement approach for the drug and alcohol "
        "treatment service be noted.",
    ]),
    ("HOSC/25/37", "Work Programme 2025/26", [
        "The Democratic Services Officer presented the work programme. Members asked that an item "
        "on access to NHS dentistry in coastal towns be added for the January 2026 meeting.",
        "RESOLVED – That the work programme be agreed, subject to the addition of an item on "
        "NHS dentistry in coastal towns for January 2026.",
    ]),
]

CLOSING = "The meeting commenced at 10.00 am and closed at 12.52 pm."

# Words to soften with hyphenation points (never inside gold phrases used for check: check strips SHY).
HYPH = {
    "Integrated": "Inte" + SHY + "grated",
    "recommissioning": "recom" + SHY + "mission" + SHY + "ing",
    "specification": "speci" + SHY + "fica" + SHY + "tion",
    "independent": "inde" + SHY + "pen" + SHY + "dent",
    "procurement": "pro" + SHY + "cure" + SHY + "ment",
    "commercially": "com" + SHY + "mer" + SHY + "cially",
    "confidential": "confi" + SHY + "den" + SHY + "tial",
    "performance": "per" + SHY + "for" + SHY + "mance",
    "radiographers": "radio" + SHY + "graph" + SHY + "ers",
    "rehabilitation": "reha" + SHY + "bili" + SHY + "tation",
    "supplementary": "supple" + SHY + "men" + SHY + "tary",
    "placements": "place" + SHY + "ments",
}


def hyph(s):
    for k, v in HYPH.items():
        s = re.sub(r"\b%s\b" % k, v, s)
    return s


class MinutesPDF(FPDF):
    def header(self):
        # watermark first so it sits underneath the page content
        self.set_font("DV", "B", 36)
        self.set_text_color(222, 222, 222)
        with self.rotation(45, self.w / 2, self.h / 2):
            txt = "DRAFT – SUBJECT TO APPROVAL"
            tw = self.get_string_width(txt)
            self.text(self.w / 2 - tw / 2, self.h / 2 + 6, txt)
        self.set_text_color(0, 0, 0)
        self.set_font("DV", "", 8)
        self.set_y(9)
        self.cell(0, 4, COUNCIL + " – " + COMMITTEE, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, "DRAFT – 16 September 2025", align="R")
        self.ln(5)
        self.line(self.l_margin, 14.5, self.w - self.r_margin, 14.5)
        self.set_y(20)

    def footer(self):
        self.set_y(-16)
        self.set_font("DV", "", 8)
        self.line(self.l_margin, self.get_y() - 1, self.w - self.r_margin, self.get_y() - 1)
        self.cell(0, 4, "Page %d" % self.page_no(), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, "Chairman's initials ..........", align="R")


def build_doc1():
    src = []
    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("DRAFT Minutes – Health Overview and Scrutiny Committee – 16 September 2025")
    pdf.set_author(COUNCIL)
    pdf.set_creator("Committee minutes template v3")
    pdf.add_font("DV", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()

    def para(text, style="", size=10, h=5.2, align="J", after=2.5):
        src.append(text)
        pdf.set_font("DV", style, size)
        pdf.multi_cell(0, h, hyph(text), align=align)
        pdf.ln(after)

    para(COUNCIL.upper(), "B", 13, 6.5, "C", 0)
    para(COMMITTEE.upper(), "B", 12, 6.5, "C", 1)
    para("MINUTES of a meeting of the Health Overview and Scrutiny Committee held at County Hall, "
         "Castlebridge on Tuesday, 16 September 2025 at 10.00 am", "", 10, 5.2, "C", 5)

    for label, names in ATTEND:
        src.append(label + " " + names)
        pdf.set_font("DV", "B", 10)
        pdf.write(5.2, label + " ")
        pdf.set_font("DV", "", 10)
        pdf.write(5.2, names)
        pdf.ln(8)
    pdf.ln(2)

    for num, title, paras in ITEMS:
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        src.append(num + " " + title)
        pdf.set_font("DV", "B", 10.5)
        pdf.cell(30, 6, num)
        pdf.multi_cell(0, 6, title.upper())
        pdf.ln(1.5)
        for p in paras:
            if p.startswith("RESOLVED"):
                src.append(p)
                pdf.set_font("DV", "B", 10)
                pdf.set_x(pdf.l_margin + 8)
                pdf.multi_cell(0, 5.2, hyph(p), align="J")
                pdf.ln(3)
            else:
                para(p)
        pdf.ln(2)
    para(CLOSING, "", 10, 5.2, "L", 8)
    para("Chairman ……………………………………        Date ……………………", "", 10, 5.2, "L", 0)
    pdf.output(str(DOCS / DOC1))
    return "\n".join(src)


def people(s):
    return s


GOLD1 = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": "Health Overview and Scrutiny Committee",
    "meeting_date": "2025-09-16",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        {"item": "HOSC/25/34", "kind": "question",
         "text": "why the ICB had not considered an option for Wealdmoor Hospitals NHS Foundation Trust",
         "asked_by": None,
         "answer": "the trust had been invited to bid but had withdrawn",
         "given_by": "Ms Ramanathan",
         "themes": ["privatisation", "subcontracting"]},
        {"item": "HOSC/25/34", "kind": "question",
         "text": "how much of the contract value would be returned to the provider as profit",
         "asked_by": "Councillor Fairweather",
         "answer": "the contract set a fixed tariff per test",
         "given_by": "The Director",
         "themes": ["privatisation", "subcontracting", "finance"]},
        {"item": "HOSC/25/34", "kind": "concern",
         "text": "radiographers would be drawn away from the acute trust by higher independent sector pay",
         "asked_by": None,
         "answer": "a workforce protocol had been agreed preventing active recruitment of trust staff",
         "given_by": "the Chief Operating Officer",
         "themes": ["workforce", "privatisation"]},
        {"item": "HOSC/25/34", "kind": "question",
         "text": "sought clarification on whether patients would be offered a choice of diagnostic site",
         "asked_by": "Mrs Lightowler",
         "answer": "patients referred by their GP would continue to be offered a choice",
         "given_by": "Ms Ramanathan",
         "themes": ["patient-and-public-input"]},
        {"item": "HOSC/25/34", "kind": "request",
         "text": "requested that the Committee receive the key performance indicators in the contract",
         "asked_by": "Councillor Osei",
         "answer": None,
         "given_by": None,
         "themes": ["subcontracting", "governance"]},
        {"item": "HOSC/25/35", "kind": "question",
         "text": "whether it would allow providers to pay care workers the real living wage",
         "asked_by": None,
         "answer": "the framework rate of £26.40 an hour had been set",
         "given_by": "The Executive Director",
         "themes": ["workforce", "finance", "adult-social-care", "subcontracting"]},
        {"item": "HOSC/25/35", "kind": "concern",
         "text": "raised concerns about the loss of small local agencies that would not win a zone",
         "asked_by": "Councillor Haddow",
         "answer": "existing packages would transfer only with the consent of the person and their family",
         "given_by": "The Executive Director",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "HOSC/25/35", "kind": "question",
         "text": "queried whether travel time between visits would be paid",
         "asked_by": "Councillor Brackley",
         "answer": "the specification required providers to pay travel time",
         "given_by": "Mr Greatorex",
         "themes": ["workforce", "adult-social-care", "subcontracting"]},
        {"item": "HOSC/25/35", "kind": "comment",
         "text": "rural zones in the north of the county had struggled to attract any bids",
         "asked_by": "Councillor Saini",
         "answer": None,
         "given_by": None,
         "themes": ["subcontracting", "privatisation", "adult-social-care"]},
        {"item": "HOSC/25/36", "kind": "question",
         "text": "whether the short-term nature of the supplementary grant placed the service at risk",
         "asked_by": None,
         "answer": "structured with a core element and a flexible element that could be reduced",
         "given_by": "The Director of Public Health",
         "themes": ["finance", "public-health", "subcontracting"]},
        {"item": "HOSC/25/36", "kind": "question",
         "text": "how people with lived experience of addiction had shaped the service specification",
         "asked_by": "Mrs Lightowler",
         "answer": "a peer panel of twelve people in recovery had co-produced the outcomes framework",
         "given_by": "Dr Marchetti",
         "themes": ["patient-and-public-input", "public-health", "subcontracting"]},
        {"item": "HOSC/25/36", "kind": "question",
         "text": "asked about the waiting times for residential rehabilitation placements",
         "asked_by": "Councillor Penhallow",
         "answer": "it was agreed that a written answer would be circulated",
         "given_by": None,
         "themes": ["public-health"]},
        {"item": "HOSC/25/37", "kind": "request",
         "text": "an item on access to NHS dentistry in coastal towns be added",
         "asked_by": None,
         "answer": None,
         "given_by": None,
         "themes": ["primary-care", "governance"]},
    ],
    "resolutions": [
        {"item": "HOSC/25/33",
         "text": "the minutes of the meeting held on 8 July 2025 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "HOSC/25/34",
         "text": "the ICB be asked to share the contract performance indicators",
         "outcome": "agreed", "themes": ["subcontracting", "patient-and-public-input"]},
        {"item": "HOSC/25/35",
         "text": "the home care framework includes a rural enhancement for the northern zones",
         "outcome": "recommended", "themes": ["adult-social-care", "subcontracting", "workforce"]},
        {"item": "HOSC/25/36",
         "text": "proposed procurement approach for the drug and alcohol treatment service be noted",
         "outcome": "noted", "themes": ["public-health", "subcontracting"]},
        {"item": "HOSC/25/37",
         "text": "the work programme be agreed, subject to the addition of an item",
         "outcome": "agreed", "themes": ["governance", "primary-care"]},
    ],
    "attendees": [
        {"name": "Councillor Margaret Ellery", "role": "Chairman", "attendance": "present"},
        {"name": "Councillor Dev Saini", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Councillor Thomas Brackley", "role": None, "attendance": "present"},
        {"name": "Councillor Anne-Marie Colquhoun", "role": None, "attendance": "present"},
        {"name": "Councillor Peter Fairweather", "role": None, "attendance": "present"},
        {"name": "Councillor Lorraine Haddow", "role": None, "attendance": "present"},
        {"name": "Councillor Kwame Osei", "role": None, "attendance": "present"},
        {"name": "Councillor Judith Penhallow", "role": "substitute for Councillor Rhys Tavener",
         "attendance": "present"},
        {"name": "Mrs Sandra Lightowler", "role": "Co-opted member (Healthwatch Wealdmoor)",
         "attendance": "present"},
        {"name": "Councillor Graham Whitlock", "role": "Cabinet Member for Adult Social Care and Health",
         "attendance": "in_attendance"},
        {"name": "Dr Fiona Marchetti", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Mr Owen Greatorex", "role": "Executive Director of Adult Social Care and Health",
         "attendance": "in_attendance"},
        {"name": "Ms Priya Ramanathan",
         "role": "Director of Strategic Commissioning and Contracts, NHS Wealdmoor and Downs Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Mr Colin Amesbury", "role": "Chief Operating Officer, Wealdmoor Hospitals NHS Foundation Trust",
         "attendance": "in_attendance"},
        {"name": "Ms Heather Sowerby", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Councillor Rhys Tavener", "role": None, "attendance": "apologies"},
        {"name": "Councillor Bernadette Quayle", "role": None, "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------------------
# Document 2: Better Care Fund plan summary (report, not minutes)
# ---------------------------------------------------------------------------
DOC2 = "es-wealdmoor-hwb-better-care-fund-plan-2025-26-summary.pdf"

BCF_INTRO = [
    "The Better Care Fund (BCF) is a pooled budget held jointly by Wealdmoor County Council and NHS "
    "Wealdmoor and Downs Integrated Care Board under a section 75 agreement. This summary sets out "
    "the plan for 2025/26 agreed by the Wealdmoor Health and Wellbeing Board on 24 June 2025 and "
    "submitted to NHS England. It is intended for members of the public, partners and councillors; "
    "the full planning template is available on request.",
    "The national conditions for 2025/26 require the plan to be jointly agreed, to support people to "
    "live independently for longer, to improve hospital discharge, and to maintain the NHS minimum "
    "contribution to adult social care. The plan has two headline goals: reducing avoidable "
    "admissions to hospital and long-term residential care, and ensuring people are discharged "
    "from hospital to the right place, at the right time.",
]

METRICS = [
    ("Metric", "2024/25 outturn", "2025/26 ambition"),
    ("Emergency admissions, people aged 65+ (per 100,000)", "2,412", "2,330"),
    ("Average discharge delay (days, people delayed)", "7.8", "6.5"),
    ("Permanent admissions to care homes, 65+ (per 100,000)", "598", "560"),
    ("People at home 91 days after reablement (%)", "81.4%", "84.0%"),
]

SCHEMES = [
    ("Scheme", "Lead", "£000"),
    ("Home-based reablement and rehabilitation", "County Council", "8,940"),
    ("Discharge to assess beds and home care", "ICB / Council", "6,215"),
    ("Integrated neighbourhood teams", "ICB", "5,120"),
    ("Disabled facilities grant (capital)", "District councils", "4,870"),
    ("Carers' support and short breaks", "County Council", "1,460"),
    ("Assistive technology and falls response", "County Council", "1,105"),
    ("Voluntary sector hospital-to-home service", "ICB", "640"),
    ("Total", "", "28,350"),
]

FUNDING = [
    ("Funding source", "£000"),
    ("NHS minimum contribution", "19,780"),
    ("Disabled facilities grant", "4,870"),
    ("Local authority additional contribution", "2,100"),
    ("ICB additional contribution", "1,600"),
    ("Total pooled fund", "28,350"),
]

BCF_END = [
    "Progress against the metrics will be reported to the Health and Wellbeing Board each quarter. "
    "The Joint Commissioning Group oversees spending and reports risks, including the pressure on "
    "home care capacity during winter, to the Board.",
]


class ReportPDF(FPDF):
    def header(self):
        self.set_fill_color(0, 92, 100)
        self.rect(0, 0, self.w, 12, "F")
        self.set_text_color(255, 255, 255)
        self.set_font("DV", "B", 9)
        self.set_y(3.5)
        self.cell(0, 5, "Wealdmoor Health and Wellbeing Board", align="L")
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 8)
        self.cell(0, 4, "Better Care Fund plan 2025/26 – summary   |   Page %d" % self.page_no(), align="C")


def build_doc2():
    src = []
    pdf = ReportPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Better Care Fund plan 2025/26 – summary")
    pdf.set_author("Wealdmoor Health and Wellbeing Board")
    pdf.add_font("DV", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    def para(text, style="", size=10, h=5.4, after=3):
        src.append(text)
        pdf.set_font("DV", style, size)
        pdf.multi_cell(0, h, text)
        pdf.ln(after)

    def table(rows, widths):
        pdf.set_font("DV", "", 9)
        with pdf.table(col_widths=widths, text_align=["LEFT"] + ["RIGHT"] * (len(widths) - 1)) as t:
            for r in rows:
                src.append(" ".join(r))
                row = t.row()
                for c in r:
                    row.cell(c)
        pdf.ln(4)

    para("Better Care Fund plan 2025/26 – summary", "B", 17, 8, 2)
    para("Wealdmoor Health and Wellbeing Board  ·  Published July 2025", "", 9, 5, 5)
    for p in BCF_INTRO:
        para(p)
    para("1. Metrics and ambitions", "B", 12, 6, 2)
    table(METRICS, (100, 35, 35))
    para("2. Schemes funded in 2025/26", "B", 12, 6, 2)
    table(SCHEMES, (95, 45, 30))
    para("3. Where the money comes from", "B", 12, 6, 2)
    table(FUNDING, (120, 50))
    para("4. Monitoring", "B", 12, 6, 2)
    for p in BCF_END:
        para(p)
    pdf.output(str(DOCS / DOC2))
    return "\n".join(src)


GOLD2 = {
    "document": DOC2,
    "doc_type": "report",
    "themes": ["integration", "finance", "adult-social-care", "housing"],
}


# ---------------------------------------------------------------------------
def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def check(src, gold):
    ok = True
    n = " " + norm(src) + " "
    phrases = []
    for q in gold.get("questions", []):
        phrases.append(("question", q["text"]))
        if q.get("answer"):
            phrases.append(("answer", q["answer"]))
    for r in gold.get("resolutions", []):
        phrases.append(("resolution", r["text"]))
    for kind, p in phrases:
        np_ = norm(p)
        wc = len(np_.split())
        cnt = n.count(" " + np_ + " ")
        if cnt != 1 or not (6 <= wc <= 15):
            ok = False
            print("FAIL %s [%s] count=%d words=%d: %s" % (gold["document"], kind, cnt, wc, p))
    print("%s: %d phrases checked, %s" % (gold["document"], len(phrases), "OK" if ok else "FAILED"))
    return ok


def main():
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    src1 = build_doc1()
    src2 = build_doc2()
    for g in (GOLD1, GOLD2):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if "--check" in sys.argv:
        ok = check(src1, GOLD1) & check(src2, GOLD2)
        sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
