#!/usr/bin/env python3
"""Build the "da-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_da.py           build documents/da-* and gold/da-*.json
        build_da.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, datetime
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SH = "\u00ad"  # soft hyphen: lets fpdf2 hyphenate justified lines

PDF_NAME = "da-hartsdown-health-and-social-care-scrutiny-commission-2025-09-17.pdf"
TXT_NAME = "da-hartsdown-scrutiny-work-programme-2025-26.txt"

COUNCIL = "London Borough of Hartsdown"
COMMITTEE = "Health and Social Care Scrutiny Commission"

# ---------------------------------------------------------------- document 1 content
ATTENDANCE = [
    ("Councillors in attendance:",
     "Cllr Adaeze Okafor (Chair), Cllr Liam Brennan (Vice-Chair), Cllr Kwame Osei, "
     "Cllr Priya Raman, Cllr Stella Konstantinou, Cllr Dominic Farrow-Hughes, "
     "Cllr Ruth Achterberg"),
    ("Apologies:", "Cllr Gareth Penhaligon and Cllr Naomi Sadler"),
    ("Officers in attendance:",
     "Helen Marchetti (Strategic Director, Adult Social Care, Health and Integration), "
     "Tobias Grant (Head of Commissioning, Contracts and Market Development), "
     "Dr Marcus Lindqvist (Director of Public Health), Olufunke Adeyemi (Head of Housing "
     "Needs and Temporary Accommodation), Jarrah Whitcombe (Overview and Scrutiny Officer)"),
    ("Other people in attendance:",
     "Dr Farah Siddiqui (Place-based Partnership Director, North Thamesmouth Integrated "
     "Care Board), Colette Dunmore (Chief Executive, Healthwatch Hartsdown)"),
    ("Members of the public:", "8"),
    ("Officer Contact:", "Jarrah Whitcombe, 020 8356 0419, scrutiny@hartsdown.gov.uk"),
]

# items: (number, title, [paragraph or ('ACTION', text) or ('RESOLVED', [clauses])])
ITEMS = [
    ("1", "Apologies for Absence", [
        "Apologies for absence were received from Cllr Penhaligon and Cllr Sadler.",
        "Cllr Konstantinou attended the meeting virtually.",
    ]),
    ("2", "Urgent Items / Order of Business", [
        "There were no urgent items and the order of business was as set out in the agenda.",
    ]),
    ("3", "Declarations of Interest", [
        "Cllr Osei declared a non-pecuniary interest in item 5 as he was employed as a "
        "community pharmacist in a neighbouring borough.",
        "Cllr Raman declared that a close family member worked as a care worker for one of "
        "the framework providers named in item 4.",
    ]),
    ("4", "Home Care Recommissioning \u2013 Update", [
        "The Strategic Director, Adult Social Care, Health and Integration introduced the "
        "report, which set out progress towards the recom" + SH + "missioning of the home "
        "care framework. The current framework expired on 31 March 2026 and supported "
        "around 1,450 residents each week, at an annual cost of approximately \u00a331.2 "
        "million. The Head of Commissioning, Contracts and Market Development outlined the "
        "proposed move to eight geographical patches, each with a lead provider and a "
        "smaller number of reserve providers.",
        "The Commission heard that the market engagement exercise in June had attracted "
        "nineteen expressions of interest, and that the tender would be published in "
        "November 2025 with contract award planned for February 2026.",
        "Members asked: (a) why the number of framework providers had fallen from fourteen "
        "to nine since 2022; (b) whether the new specification would require providers to "
        "pay the London Living Wage to care workers; (c) how service users had been "
        "involved in drafting the outcome measures for the new framework. In response, the "
        "Director stated: (a) that five providers had exited the borough after failing to "
        "recruit drivers and carers at the rates offered; (b) that payment of the London "
        "Living Wage would be a contractual condition from April 2026; (c) that a reference "
        "group of twelve service users and carers had co-produced the outcome measures "
        "with Healthwatch Hartsdown.",
        "A Member expressed concern that three of the nine current providers were owned by "
        "private equity firms registered outside the United Kingdom. The Head of "
        "Commissioning replied that ownership structure was not a lawful ground for "
        "exclusion under the Procurement Act 2023, but that enhanced financial resilience "
        "checks would be applied to every bidder.",
        "Cllr Brennan requested a breakdown of missed and late visits by provider for the "
        "last two quarters.",
        ("ACTION", "Head of Commissioning to circulate missed and late visit data by "
                   "provider before the November meeting."),
        ("RESOLVED", [
            "To note the report on the recommissioning of the home care framework.",
            "To recommend to Cabinet that the in-house reablement service be excluded from "
            "the tender and retained by the Council.",
        ]),
    ]),
    ("5", "North Thamesmouth ICB \u2013 GP Access and Winter Plan 2025/26", [
        "Dr Farah Siddiqui, Place-based Partnership Director, presented the update on access "
        "to general practice in Hartsdown and the system winter plan. She reported that "
        "appointments in general practice had increased by 7 per cent on the previous year "
        "but that demand continued to outstrip capacity in the east of the borough.",
        "Members asked: (a) why patients in Hartsdown Wick ward still waited longer than "
        "three weeks for a routine GP appointment; (b) whether the ICB would publish "
        "practice-level data on same-day access; (c) what the winter plan assumed about "
        "flu vaccination uptake among care home staff. In response, the Place-based "
        "Partnership Director stated: (a) that two practices in the ward had lost salaried "
        "GPs and were relying on locums while recruitment continued; (b) that practice-"
        "level data would be published quarterly on the ICB website from December; (c) "
        "that the plan assumed uptake of sixty per cent, against forty-one per cent "
        "achieved last winter.",
        "Cllr Osei asked whether the closure of the Ferry Lane walk-in centre had increased "
        "attendances at the emergency department at Hartsdown General. The Place-based "
        "Partnership Director replied that attendances had risen by six per cent but that "
        "the evaluation could not yet attribute the change to the closure.",
        "Colette Dunmore, Healthwatch Hartsdown, reported that residents continued to "
        "describe the 8am telephone queue as the main barrier to getting an appointment.",
        ("ACTION", "North Thamesmouth ICB to share the Ferry Lane walk-in centre evaluation "
                   "with the Commission when complete."),
        ("RESOLVED", [
            "To note the update on GP access and the winter plan.",
            "To request that the ICB return to the Commission in January 2026 with the "
            "evaluation of the Ferry Lane closure.",
        ]),
    ]),
    ("6", "Health of Households in Temporary Accommodation", [
        "The Director of Public Health and the Head of Housing Needs and Temporary "
        "Accommodation introduced a joint report. There were 3,214 households in temporary "
        "accommodation, including 5,960 children, and 41 per cent of households had been "
        "placed outside the borough. The report drew on the annual public health review of "
        "deaths of children in temporary accommodation.",
        "Members asked: (a) whether families placed outside the borough kept their Hartsdown "
        "GP registration; (b) why health visitors were not notified when a family with a "
        "baby was moved; (c) how much the Council had spent on nightly-paid accommodation "
        "last year. In response, the Director of Public Health and the Head of Housing "
        "Needs stated: (a) that families were advised to re-register within two weeks, "
        "which broke continuity of care for many children; (b) that a notification "
        "protocol with the health visiting service would be in place by October; (c) that "
        "nightly-paid accommodation had cost the Council \u00a338.4 million in 2024/25.",
        "The Chair sought clarification on whether the damp and mould standards applied to "
        "private landlords providing temporary accommodation. The Head of Housing Needs "
        "confirmed that the same inspection standard applied to all temporary "
        "accommodation, whether council-owned or leased.",
        ("RESOLVED", [
            "To note the report.",
            "To agree that a task group on the health of children in temporary "
            "accommodation be established, with terms of reference to be agreed by the "
            "Chair and Vice-Chair.",
        ]),
    ]),
    ("7", "Minutes of the Previous Meeting", [
        "The Chair noted that the outstanding action on access to NHS dentistry from the "
        "previous meeting had been completed.",
        ("RESOLVED", [
            "That the minutes of the meeting held on 9 July 2025 be agreed as an accurate "
            "record.",
        ]),
    ]),
    ("8", "Health and Social Care Scrutiny Commission Work Programme 2025/26", [
        "The Overview and Scrutiny Officer introduced the work programme.",
        "Cllr Brennan asked that the item on mental health crisis beds be brought forward "
        "from January to the November meeting. The Overview and Scrutiny Officer stated "
        "that the mental health trust had already agreed to attend in November.",
        ("RESOLVED", [
            "To agree the work programme for 2025/26, subject to the change at 8.2.",
        ]),
    ]),
]

CLOSE = "Duration of the meeting: 7.00 pm \u2013 9.25 pm"


class MinutesPDF(FPDF):
    def header(self):
        self.set_font("dv", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"{COMMITTEE} \u2013 Wednesday, 17 September 2025", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, COUNCIL, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("dv", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, "Chair's initials ............", align="R")
        self.set_text_color(0, 0, 0)


def soft(p):
    """Insert a soft hyphen in the middle of long plain words so justified lines break them."""
    def f(m):
        w = m.group(0)
        k = len(w) // 2
        return w[:k] + SH + w[k:]
    return re.sub(r"\b[a-z]{11,}\b", f, p)


def pdf_source_text():
    parts = [COUNCIL, COMMITTEE, "MINUTES OF A MEETING OF THE " + COMMITTEE.upper(),
             "Wednesday, 17 September 2025"]
    for lab, val in ATTENDANCE:
        parts.append(lab + " " + val)
    for num, title, paras in ITEMS:
        parts.append(num + " " + title)
        for p in paras:
            if isinstance(p, str):
                parts.append(p)
            elif p[0] == "ACTION":
                parts.append("ACTION: " + p[1])
            else:
                parts.append("RESOLVED: " + " ".join(f"{i}) {c}" for i, c in enumerate(p[1], 1)))
    parts.append(CLOSE)
    return "\n".join(parts).replace(SH, "")


def build_pdf(path):
    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 9, 24, 10, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Minutes - Health and Social Care Scrutiny Commission - 17 September 2025")
    pdf.set_author("Hartsdown Council")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONTB)
    pdf.set_margins(22, 15, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.alias_nb_pages()
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("dv", "B", 13)
    pdf.multi_cell(W, 6.5, "MINUTES OF A MEETING OF THE " + COMMITTEE.upper(), align="L",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 11)
    pdf.cell(W, 6, "Wednesday, 17 September 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for lab, val in ATTENDANCE:
        pdf.set_font("dv", "B", 10)
        pdf.cell(W, 5, lab, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 10)
        pdf.multi_cell(W, 5, val, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.ln(2)

    NUMW = 12
    for num, title, paras in ITEMS:
        if pdf.get_y() > pdf.h - 60:
            pdf.add_page()
        pdf.ln(3)
        pdf.set_font("dv", "B", 11)
        pdf.cell(NUMW, 6, num)
        pdf.multi_cell(W - NUMW, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        pdf.set_font("dv", "", 10)
        n = 0
        for p in paras:
            if isinstance(p, str):
                n += 1
                pdf.set_font("dv", "", 10)
                pdf.cell(NUMW, 5, f"{num}.{n}")
                pdf.multi_cell(W - NUMW, 5, soft(p), align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif p[0] == "ACTION":
                pdf.set_x(pdf.l_margin + NUMW)
                pdf.set_font("dv", "B", 10)
                pdf.cell(18, 5, "ACTION:")
                pdf.set_font("dv", "", 10)
                pdf.multi_cell(W - NUMW - 18, 5, p[1], align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            else:
                pdf.set_x(pdf.l_margin + NUMW)
                pdf.set_font("dv", "B", 10)
                pdf.cell(W - NUMW, 5, "RESOLVED:", new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("dv", "", 10)
                for i, c in enumerate(p[1], 1):
                    pdf.set_x(pdf.l_margin + NUMW)
                    pdf.cell(8, 5, f"{i})")
                    pdf.multi_cell(W - NUMW - 8, 5, c, align="J", new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(1)
                pdf.ln(1.5)
    pdf.ln(6)
    pdf.set_font("dv", "", 10)
    pdf.cell(W, 5, CLOSE, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------- document 2 content
WORK_PROGRAMME = """LONDON BOROUGH OF HARTSDOWN
OVERVIEW AND SCRUTINY WORK PROGRAMME 2025/26
Health and Social Care Scrutiny Commission
Version 3 - updated 24 September 2025
Scrutiny Officer: Jarrah Whitcombe (scrutiny@hartsdown.gov.uk)

This document is a planning tool. It is not a record of any meeting and items
may move between meetings. Reports are due with the Scrutiny Officer ten
working days before each meeting.

======================================================================
MEETING 1 - Wednesday 9 July 2025
======================================================================

Item: Access to NHS dentistry in Hartsdown
Lead officer: Dr Farah Siddiqui, Place-based Partnership Director, ICB
Purpose: Review of dental commissioning and urgent dental care access.
Questions the commission may wish to ask:
  - How many practices are accepting new adult NHS patients?
  - What use has been made of the flexible commissioning pilot?
  - How are children in care prioritised for check-ups?

Item: Adult Social Care Annual Complaints Report 2024/25
Lead officer: Helen Marchetti, Strategic Director, Adult Social Care,
              Health and Integration
Questions the commission may wish to ask:
  - What themes recur in complaints about home care providers?
  - How is learning shared with commissioned providers?

======================================================================
MEETING 2 - Wednesday 17 September 2025
======================================================================

Item: Home care recommissioning - update before tender
Lead officer: Tobias Grant, Head of Commissioning, Contracts and Market
              Development
Questions the commission may wish to ask:
  - Will the specification require the London Living Wage for care workers?
  - How will the Council test the financial resilience of bidders?
  - What role did service users and carers play in designing outcomes?

Item: GP access and the winter plan (North Thamesmouth ICB)
Questions the commission may wish to ask:
  - Is practice-level data on same-day access published?
  - What flu vaccination uptake is assumed for frontline care staff?

Item: Health of households in temporary accommodation
Lead officers: Dr Marcus Lindqvist, Director of Public Health;
               Olufunke Adeyemi, Head of Housing Needs and Temporary
               Accommodation
Questions the commission may wish to ask:
  - How is GP registration maintained when families move out of borough?
  - What is the cost of nightly-paid accommodation?

======================================================================
MEETING 3 - Wednesday 12 November 2025
======================================================================

Item: Mental health crisis beds and the crisis pathway (brought forward)
Lead officer: Chief Operating Officer, Thamesmouth Mental Health NHS
              Foundation Trust
Questions the commission may wish to ask:
  - How many residents were placed in out-of-area beds last year?
  - What is the average wait for a crisis assessment?
  - How are people with lived experience involved in service design?

Item: Budget scrutiny - Adult Social Care savings proposals 2026/27
Lead officer: Group Director, Finance and Corporate Resources
Questions the commission may wish to ask:
  - Which savings depend on reduced care packages?
  - What consultation with service users is planned?

======================================================================
MEETING 4 - Wednesday 21 January 2026
======================================================================

Item: Evaluation of the Ferry Lane walk-in centre closure (ICB)
Item: Social care workforce - recruitment and retention
Questions the commission may wish to ask:
  - What is the vacancy rate for social worker posts?
  - How much is spent on agency staff each year?

======================================================================
MEETING 5 - Wednesday 18 March 2026
======================================================================

Item: Task group report - health of children in temporary accommodation
Item: Healthwatch Hartsdown annual priorities
Item: Work programme 2026/27 - suggestions from residents

----------------------------------------------------------------------
Items awaiting a date
----------------------------------------------------------------------
  * Drug and alcohol treatment services recommissioning
  * Special educational needs transport contract
  * Dementia diagnosis rates

Suggestions for the work programme can be sent to the Scrutiny Officer.
"""

# ---------------------------------------------------------------- gold
def q(item, kind, text, asked_by, answer, given_by, themes):
    return dict(item=item, kind=kind, text=text, asked_by=asked_by, answer=answer,
                given_by=given_by, themes=themes)


PDF_GOLD = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-09-17",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        q("4", "question",
          "why the number of framework providers had fallen from fourteen to nine",
          None, "five providers had exited the borough after failing to recruit drivers",
          "the Director", ["subcontracting", "adult-social-care"]),
        q("4", "question",
          "whether the new specification would require providers to pay the London Living Wage",
          None, "payment of the London Living Wage would be a contractual condition",
          "the Director", ["subcontracting", "workforce", "adult-social-care"]),
        q("4", "question",
          "how service users had been involved in drafting the outcome measures",
          None, "a reference group of twelve service users and carers had co-produced",
          "the Director", ["patient-and-public-input", "adult-social-care"]),
        q("4", "concern",
          "three of the nine current providers were owned by private equity firms",
          "A Member",
          "ownership structure was not a lawful ground for exclusion under the Procurement Act",
          "The Head of Commissioning", ["privatisation", "subcontracting", "adult-social-care"]),
        q("4", "request",
          "requested a breakdown of missed and late visits by provider",
          "Cllr Brennan", None, None, ["subcontracting", "adult-social-care"]),
        q("5", "question",
          "why patients in Hartsdown Wick ward still waited longer than three weeks",
          None, "two practices in the ward had lost salaried GPs and were relying on locums",
          "the Place-based Partnership Director", ["primary-care", "workforce"]),
        q("5", "question",
          "whether the ICB would publish practice-level data on same-day access",
          None, "practice-level data would be published quarterly on the ICB website",
          "the Place-based Partnership Director", ["primary-care", "governance"]),
        q("5", "question",
          "what the winter plan assumed about flu vaccination uptake among care home staff",
          None, "the plan assumed uptake of sixty per cent, against forty-one per cent",
          "the Place-based Partnership Director",
          ["public-health", "adult-social-care", "workforce"]),
        q("5", "question",
          "whether the closure of the Ferry Lane walk-in centre had increased attendances",
          "Cllr Osei", "attendances had risen by six per cent but that the evaluation",
          "The Place-based Partnership Director", ["primary-care"]),
        q("6", "question",
          "whether families placed outside the borough kept their Hartsdown GP registration",
          None, "families were advised to re-register within two weeks",
          "the Director of Public Health and the Head of Housing Needs",
          ["housing", "primary-care", "children-and-families"]),
        q("6", "question",
          "why health visitors were not notified when a family with a baby was moved",
          None, "a notification protocol with the health visiting service would be in place",
          "the Director of Public Health and the Head of Housing Needs",
          ["housing", "children-and-families", "public-health"]),
        q("6", "question",
          "how much the Council had spent on nightly-paid accommodation last year",
          None, "nightly-paid accommodation had cost the Council £38.4 million in 2024/25",
          "the Director of Public Health and the Head of Housing Needs",
          ["housing", "finance"]),
        q("6", "question",
          "whether the damp and mould standards applied to private landlords providing temporary",
          "The Chair", "the same inspection standard applied to all temporary accommodation",
          "The Head of Housing Needs", ["housing", "governance"]),
        q("8", "request",
          "asked that the item on mental health crisis beds be brought forward",
          "Cllr Brennan", "the mental health trust had already agreed to attend in November",
          "The Overview and Scrutiny Officer", ["mental-health", "governance"]),
    ],
    "resolutions": [
        {"item": "4", "text": "To recommend to Cabinet that the in-house reablement service be excluded",
         "outcome": "recommended",
         "themes": ["privatisation", "subcontracting", "adult-social-care"]},
        {"item": "5", "text": "To request that the ICB return to the Commission in January 2026",
         "outcome": "agreed", "themes": ["primary-care"]},
        {"item": "6", "text": "a task group on the health of children in temporary accommodation",
         "outcome": "agreed", "themes": ["housing", "children-and-families", "governance"]},
        {"item": "7", "text": "the minutes of the meeting held on 9 July 2025 be agreed",
         "outcome": "agreed", "themes": []},
        {"item": "8", "text": "To agree the work programme for 2025/26, subject to the change",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "Cllr Adaeze Okafor", "role": "Chair", "attendance": "present"},
        {"name": "Cllr Liam Brennan", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Cllr Kwame Osei", "role": None, "attendance": "present"},
        {"name": "Cllr Priya Raman", "role": None, "attendance": "present"},
        {"name": "Cllr Stella Konstantinou", "role": None, "attendance": "present"},
        {"name": "Cllr Dominic Farrow-Hughes", "role": None, "attendance": "present"},
        {"name": "Cllr Ruth Achterberg", "role": None, "attendance": "present"},
        {"name": "Cllr Gareth Penhaligon", "role": None, "attendance": "apologies"},
        {"name": "Cllr Naomi Sadler", "role": None, "attendance": "apologies"},
        {"name": "Helen Marchetti",
         "role": "Strategic Director, Adult Social Care, Health and Integration",
         "attendance": "in_attendance"},
        {"name": "Tobias Grant",
         "role": "Head of Commissioning, Contracts and Market Development",
         "attendance": "in_attendance"},
        {"name": "Dr Marcus Lindqvist", "role": "Director of Public Health",
         "attendance": "in_attendance"},
        {"name": "Olufunke Adeyemi",
         "role": "Head of Housing Needs and Temporary Accommodation",
         "attendance": "in_attendance"},
        {"name": "Jarrah Whitcombe", "role": "Overview and Scrutiny Officer",
         "attendance": "in_attendance"},
        {"name": "Dr Farah Siddiqui",
         "role": "Place-based Partnership Director, North Thamesmouth Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Colette Dunmore", "role": "Chief Executive, Healthwatch Hartsdown",
         "attendance": "in_attendance"},
    ],
}

TXT_GOLD = {
    "document": TXT_NAME,
    "doc_type": "other",
    "themes": ["governance", "primary-care", "adult-social-care", "subcontracting",
               "workforce", "housing", "public-health", "mental-health", "finance",
               "patient-and-public-input", "children-and-families"],
}


def norm(s):
    s = s.replace(SH, "").lower()
    s = re.sub(r"[^\w£]+", " ", s)
    return " ".join(s.split())


def phrases(g):
    out = []
    for x in g.get("questions", []):
        out.append(("question", x["text"]))
        if x["answer"]:
            out.append(("answer", x["answer"]))
    for x in g.get("resolutions", []):
        out.append(("resolution", x["text"]))
    return out


def check():
    ok = True
    pairs = [(PDF_GOLD, pdf_source_text()), (TXT_GOLD, WORK_PROGRAMME)]
    for g, src in pairs:
        ns = norm(src)
        for kind, p in phrases(g):
            n = len(p.split())
            c = ns.count(norm(p))
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print(f"FAIL {g['document']} {kind}: count={c} words={n}: {p}")
        # also check against extracted PDF text (de-hyphenated)
    import pdfplumber
    with pdfplumber.open(os.path.join(DOCS, PDF_NAME)) as pdf:
        txt = "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    txt = re.sub(r"[-\u00ad]\n", "", txt)
    nt = norm(txt)
    for kind, p in phrases(PDF_GOLD):
        if norm(p) not in nt and norm(p).replace(" ", "") not in nt.replace(" ", ""):
            print(f"WARN (pdf text) {kind}: {p}")
    for name in (PDF_NAME, TXT_NAME):
        gp = os.path.join(GOLD, os.path.splitext(name)[0] + ".json")
        if not os.path.exists(gp):
            ok = False
            print("missing gold", gp)
    print("check passed" if ok else "check FAILED")
    return ok


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build_pdf(os.path.join(DOCS, PDF_NAME))
    with open(os.path.join(DOCS, TXT_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write(WORK_PROGRAMME)
    for g in (PDF_GOLD, TXT_GOLD):
        with open(os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json"), "w",
                  encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("built")


if __name__ == "__main__":
    main()
