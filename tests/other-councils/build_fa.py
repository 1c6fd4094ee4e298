#!/usr/bin/env python3
"""Build the "fa-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_fa.py           build documents/fa-* and gold/fa-*.json
        build_fa.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys
from datetime import datetime, timezone
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime(2025, 10, 20, 9, 0, 0, tzinfo=timezone.utc)

# ---------------------------------------------------------------- document 1
D1 = "fa-hartsbridge-health-wellbeing-scrutiny-sub-committee-2025-10-14.pdf"
COUNCIL = "London Borough of Hartsbridge"

COUNCILLORS = [
    "Cllr Priya Raman (Chair)",
    "Cllr Tom Whitfield (Vice-Chair)",
    "Cllr Amara Demir",
    "Cllr Leon Fairbairn",
    "Cllr Grace Ndlovu",
    "Cllr Martin Byrne (substitute)",
]
APOLOGIES = ["Cllr Chidi Okafor"]
OFFICERS = [
    "Gareth Lowe – Corporate Director of Adults, Health and Commissioning",
    "Dr Helen Marsh – Director of Public Health",
    "Sunita Kaur – Borough Director (Hartsbridge), North Central London Integrated Care Board",
    "Rebecca Tan – Head of Commissioning (Mental Health and Learning Disabilities)",
    "Dr Owen Pryce – Clinical Director, Hartsbridge North Primary Care Network",
    "Maria Costa – Chief Executive, Healthwatch Hartsbridge",
    "Fiona Achebe – Scrutiny and Governance Officer",
]

# items: (number, title, [paragraphs]) ; paragraphs numbered n.1, n.2 ...
ITEMS = [
    ("1", "Apologies for Absence and Substitutions", [
        "Apologies for absence were received from Councillor Okafor. Councillor Byrne attended "
        "as a substitute member in his place.",
    ]),
    ("2", "Declarations of Interest", [
        "Councillor Demir declared a non-pecuniary interest in item 4 as she is employed as a "
        "ward sister at Hartsbridge General Hospital. She remained in the meeting and took part "
        "in the discussion.",
        "There were no other declarations of interest.",
    ]),
    ("3", "Minutes of the Previous Meeting", [
        "RESOLVED: That the minutes of the meeting held on 8 July 2025 be agreed as a correct "
        "record and signed by the Chair.",
    ]),
    ("4", "Winter Planning and Hospital Discharge 2025/26", [
        "The Corporate Director of Adults, Health and Commissioning and the Borough Director "
        "introduced the joint report, which set out the winter plan agreed by the local "
        "system partnership, the expansion of the discharge to assess pathway and the use of "
        "the Better Care Fund to purchase additional reablement capacity over the winter "
        "months. Performance on discharges before noon had improved to 31 per cent.",
        "In response to questions from Councillor Whitfield about waiting times in the emergency "
        "department, the Borough Director stated that the proportion of patients seen within four "
        "hours had risen to 71 per cent in September, against a national target of 78 per cent, "
        "and that the new same day emergency care unit would open in November.",
        "Councillor Ndlovu asked how many patients were currently medically fit for discharge but "
        "still in a hospital bed; the Borough Director responded that the daily average in "
        "September had been 64, and that most delays were for people awaiting a package of care "
        "at home rather than a residential placement.",
        "Councillor Demir expressed concern that patients were being discharged late at night "
        "without their families being told. The Corporate Director acknowledged that this had "
        "happened and said that a discharge communication standard had been agreed with the "
        "hospital, under which no older person would be discharged after 8pm unless they chose "
        "to go.",
        "Councillor Fairbairn asked whether the additional reablement hours would be delivered by "
        "the in-house team or bought from agencies; the Corporate Director responded that two "
        "thirds would be provided by the council's own reablement service and the remainder "
        "spot purchased from framework providers at the London Living Wage hourly rate.",
        "Maria Costa, Healthwatch Hartsbridge, reported on a survey of 212 patients discharged "
        "over the summer. Councillor Raman requested that the survey findings be shared with the "
        "hospital's discharge board and asked what would change as a result; the Borough Director "
        "confirmed that the findings would be considered at the next discharge board and that "
        "Healthwatch would be invited to attend.",
        "Councillor Byrne queried the level of vacancies among home care workers; the Corporate "
        "Director stated that the vacancy rate across contracted providers was 9 per cent, down "
        "from 14 per cent a year earlier, following the international recruitment programme.",
        "RESOLVED: (i) That the report be noted; (ii) That the Borough Director provide a briefing "
        "note on daily delayed discharge figures by pathway before the January meeting; and "
        "(iii) That the Sub-Committee receive a post-winter review of the discharge to assess "
        "pathway in April 2026.",
    ]),
    ("5", "Community Mental Health Support Contract: Re-procurement", [
        "The Head of Commissioning (Mental Health and Learning Disabilities) presented the "
        "proposed approach to re-procuring the community mental health support contract, "
        "currently held by a national charity and due to expire in September 2026. The "
        "proposal was for a single lead provider contract of five years with an option to "
        "extend by two, at an annual value of £2.4 million.",
        "Councillor Fairbairn asked why the option of bringing the service in-house had been "
        "discounted; the Head of Commissioning responded that an options appraisal had "
        "concluded the council lacked the clinical governance infrastructure to run the service "
        "directly, though this could be revisited at the break point.",
        "Councillor Ndlovu raised concerns that a single lead provider model could squeeze out "
        "small local voluntary groups. In reply, the Head of Commissioning said that the "
        "specification would require at least 20 per cent of the contract value to be "
        "subcontracted to local community organisations.",
        "In response to questions from Councillor Demir about how people who use the service had "
        "been involved, the Head of Commissioning stated that three co-production workshops had "
        "been held and that a panel of service users would sit on the evaluation of bids.",
        "Councillor Whitfield sought clarification on whether staff currently employed by the "
        "charity would transfer under TUPE; the Head of Commissioning confirmed that TUPE was "
        "expected to apply and that pension liabilities would be set out in the tender pack.",
        "RESOLVED: (i) That the Sub-Committee RECOMMENDS to Cabinet that the evaluation give a "
        "weighting of at least 30 per cent to social value; and (ii) That Cabinet be asked to "
        "publish the in-house options appraisal before the contract is awarded.",
    ]),
    ("6", "Access to GP Appointments and the Primary Care Strategy", [
        "Dr Pryce and the Borough Director gave a presentation on access to general practice, "
        "including the roll-out of online consultation tools and the additional roles "
        "reimbursement scheme.",
        "Councillor Byrne asked what support was available for residents who could not use the "
        "online booking system; Dr Pryce responded that every practice was required to keep a "
        "telephone and walk-in route open and that care navigators had been trained to help "
        "patients who were digitally excluded.",
        "Councillor Raman commented that residents in the south of the borough continued to "
        "report long waits for a routine appointment, and asked for practice-level data to be "
        "published.",
        "In response to questions from Councillor Ndlovu about the closure of the Mill Lane branch "
        "surgery, the Borough Director stated that no decision had yet been taken and that any "
        "proposal would be subject to a twelve week public consultation.",
        "RESOLVED: That the presentation on access to general practice be noted.",
    ]),
    ("7", "Work Programme 2025/26", [
        "The Scrutiny and Governance Officer introduced the work programme. Members suggested "
        "adding a session on the council's stop smoking and vaping service.",
        "RESOLVED: That the work programme be agreed, subject to the addition of an item on stop "
        "smoking and vaping services at the March 2026 meeting.",
    ]),
    ("8", "Date of Next Meeting", [
        "The next meeting would be held on Tuesday 13 January 2026 at 7.00pm in Committee Room 2, "
        "Hartsbridge Civic Centre.",
    ]),
]

GOLD1 = {
    "document": D1,
    "doc_type": "minutes",
    "committee": "Health and Wellbeing Scrutiny Sub-Committee",
    "meeting_date": "2025-10-14",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "questions from Councillor Whitfield about waiting times in the emergency department",
         "asked_by": "Councillor Whitfield",
         "answer": "the proportion of patients seen within four hours had risen to 71 per cent",
         "given_by": "the Borough Director", "themes": []},
        {"item": "4", "kind": "question",
         "text": "how many patients were currently medically fit for discharge but still in",
         "asked_by": "Councillor Ndlovu",
         "answer": "most delays were for people awaiting a package of care at home",
         "given_by": "the Borough Director", "themes": ["adult-social-care"]},
        {"item": "4", "kind": "concern",
         "text": "expressed concern that patients were being discharged late at night",
         "asked_by": "Councillor Demir",
         "answer": "a discharge communication standard had been agreed with the hospital",
         "given_by": "The Corporate Director", "themes": ["adult-social-care"]},
        {"item": "4", "kind": "question",
         "text": "asked whether the additional reablement hours would be delivered by the in-house team",
         "asked_by": "Councillor Fairbairn",
         "answer": "two thirds would be provided by the council's own reablement service",
         "given_by": "the Corporate Director",
         "themes": ["adult-social-care", "privatisation", "subcontracting", "finance"]},
        {"item": "4", "kind": "request",
         "text": "requested that the survey findings be shared with the hospital's discharge board",
         "asked_by": "Councillor Raman",
         "answer": "the findings would be considered at the next discharge board",
         "given_by": "the Borough Director",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "4", "kind": "question",
         "text": "queried the level of vacancies among home care workers",
         "asked_by": "Councillor Byrne",
         "answer": "the vacancy rate across contracted providers was 9 per cent",
         "given_by": "the Corporate Director",
         "themes": ["workforce", "adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "asked why the option of bringing the service in-house had been discounted",
         "asked_by": "Councillor Fairbairn",
         "answer": "the council lacked the clinical governance infrastructure to run the service directly",
         "given_by": "the Head of Commissioning",
         "themes": ["privatisation", "subcontracting", "mental-health"]},
        {"item": "5", "kind": "concern",
         "text": "a single lead provider model could squeeze out small local voluntary groups",
         "asked_by": "Councillor Ndlovu",
         "answer": "at least 20 per cent of the contract value to be subcontracted",
         "given_by": "the Head of Commissioning",
         "themes": ["subcontracting", "mental-health"]},
        {"item": "5", "kind": "question",
         "text": "questions from Councillor Demir about how people who use the service had been involved",
         "asked_by": "Councillor Demir",
         "answer": "a panel of service users would sit on the evaluation of bids",
         "given_by": "the Head of Commissioning",
         "themes": ["patient-and-public-input", "subcontracting", "mental-health"]},
        {"item": "5", "kind": "question",
         "text": "sought clarification on whether staff currently employed by the charity would transfer",
         "asked_by": "Councillor Whitfield",
         "answer": "TUPE was expected to apply and that pension liabilities would be set out",
         "given_by": "the Head of Commissioning",
         "themes": ["workforce", "subcontracting", "mental-health"]},
        {"item": "6", "kind": "question",
         "text": "asked what support was available for residents who could not use the online booking system",
         "asked_by": "Councillor Byrne",
         "answer": "every practice was required to keep a telephone and walk-in route open",
         "given_by": "Dr Pryce", "themes": ["primary-care"]},
        {"item": "6", "kind": "comment",
         "text": "residents in the south of the borough continued to report long waits",
         "asked_by": "Councillor Raman", "answer": None, "given_by": None,
         "themes": ["primary-care"]},
        {"item": "6", "kind": "question",
         "text": "questions from Councillor Ndlovu about the closure of the Mill Lane branch surgery",
         "asked_by": "Councillor Ndlovu",
         "answer": "any proposal would be subject to a twelve week public consultation",
         "given_by": "the Borough Director",
         "themes": ["primary-care", "patient-and-public-input"]},
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes of the meeting held on 8 July 2025 be agreed",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "provide a briefing note on daily delayed discharge figures by pathway",
         "outcome": "agreed", "themes": ["adult-social-care", "integration"]},
        {"item": "5", "text": "RECOMMENDS to Cabinet that the evaluation give a weighting of at least 30 per cent",
         "outcome": "recommended",
         "themes": ["subcontracting", "privatisation", "mental-health"]},
        {"item": "6", "text": "That the presentation on access to general practice be noted", "outcome": "noted",
         "themes": ["primary-care"]},
        {"item": "7", "text": "That the work programme be agreed, subject to the addition of an item",
         "outcome": "agreed", "themes": ["public-health"]},
    ],
    "attendees": [
        {"name": "Cllr Priya Raman", "role": "Chair", "attendance": "present"},
        {"name": "Cllr Tom Whitfield", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Cllr Amara Demir", "role": None, "attendance": "present"},
        {"name": "Cllr Leon Fairbairn", "role": None, "attendance": "present"},
        {"name": "Cllr Grace Ndlovu", "role": None, "attendance": "present"},
        {"name": "Cllr Martin Byrne", "role": "substitute", "attendance": "present"},
        {"name": "Cllr Chidi Okafor", "role": None, "attendance": "apologies"},
    ] + [
        {"name": o.split(" – ")[0], "role": o.split(" – ")[1], "attendance": "in_attendance"}
        for o in OFFICERS
    ],
}


class MinutesPDF(FPDF):
    def header(self):
        self.set_font("DV", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(18, 8)
        self.cell(90, 4, COUNCIL)
        self.cell(84, 4, "Health and Wellbeing Scrutiny Sub-Committee – 14 October 2025", align="R")
        self.line(18, 13, 192, 13)
        self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self):
        self.set_y(-16)
        self.set_font("DV", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_x(18)
        self.cell(58, 4, f"Page {self.page_no()}")
        self.cell(58, 4, "Chair's initials ..........", align="C")
        self.cell(58, 4, "Minutes – subject to approval", align="R")
        self.set_text_color(0, 0, 0)


def fonts(pdf):
    pdf.add_font("DV", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.add_font("DV", "BI", FONT + "DejaVuSans-BoldOblique.ttf")


def smallcaps(pdf, x, y, text, big=10.5, small=8):
    pdf.set_xy(x, y)
    for ch in text:
        if ch.isalpha() and ch.islower():
            pdf.set_font("DV", "B", small)
            s = ch.upper()
        else:
            pdf.set_font("DV", "B", big)
            s = ch
        w = pdf.get_string_width(s)
        pdf.set_xy(x, y + (0.55 if pdf.font_size_pt == small else 0))
        pdf.cell(w, 5, s)
        x += w


def hyph(text):
    """Insert soft hyphens into long words so justified lines break mid-word."""
    def f(m):
        w = m.group(0)
        if len(w) < 10:
            return w
        k = len(w) // 2
        for d in (0, 1, -1, 2, -2, 3, -3):
            j = k + d
            if 3 <= j <= len(w) - 3 and w[j - 1] in "aeiou" and w[j] not in "aeiouy":
                k = j + 1 if w[j + 1] not in "aeiouy" and j + 1 <= len(w) - 3 else j
                break
        return w[:k] + "\u00ad" + w[k:]
    return re.sub(r"[A-Za-z]+", f, text)


def build_doc1():
    source = []
    pdf = MinutesPDF(format="A4")
    pdf.creation_date = FIXED
    fonts(pdf)
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    pdf.set_font("DV", "B", 13)
    t = COUNCIL.upper()
    pdf.cell(0, 7, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 11)
    t2 = "MINUTES of the HEALTH AND WELLBEING SCRUTINY SUB-COMMITTEE"
    pdf.cell(0, 6, t2, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9.5)
    t3 = "held on Tuesday 14 October 2025 at 7.00pm in Committee Room 2, Hartsbridge Civic Centre"
    pdf.cell(0, 6, t3, align="C", new_x="LMARGIN", new_y="NEXT")
    source += [t, t2, t3]
    # attendance box: two columns
    top = pdf.get_y() + 3
    colw = 84
    pdf.set_xy(21, top + 3)
    pdf.set_font("DV", "B", 9)
    pdf.cell(colw - 6, 5, "Councillors:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8.5)
    for c in COUNCILLORS:
        pdf.set_x(21)
        pdf.cell(colw - 6, 4.4, c, new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(21)
    pdf.set_font("DV", "B", 9)
    pdf.cell(colw - 6, 6, "Apologies:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8.5)
    for c in APOLOGIES:
        pdf.set_x(21)
        pdf.cell(colw - 6, 4.4, c, new_x="LMARGIN", new_y="NEXT")
    left_end = pdf.get_y()
    pdf.set_xy(21 + colw + 3, top + 3)
    pdf.set_font("DV", "B", 9)
    pdf.cell(colw - 6, 5, "Officers and partners:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8.5)
    for o in OFFICERS:
        pdf.set_x(21 + colw + 3)
        pdf.multi_cell(colw - 6, 4.2, o, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(pdf.get_y() + 0.6)
    right_end = pdf.get_y()
    bottom = max(left_end, right_end) + 2
    pdf.set_draw_color(0, 0, 0)
    pdf.rect(18, top, 174, bottom - top)
    pdf.line(18 + colw + 3, top, 18 + colw + 3, bottom)
    source += ["Councillors:"] + COUNCILLORS + ["Apologies:"] + APOLOGIES + ["Officers and partners:"] + OFFICERS
    pdf.set_y(bottom + 5)

    for num, title, paras in ITEMS:
        if pdf.get_y() > 245:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_fill_color(200, 200, 200)
        pdf.set_xy(18, y)
        pdf.set_font("DV", "B", 10)
        pdf.cell(9, 6.5, num, align="C", fill=True)
        smallcaps(pdf, 31, y + 0.6, title)
        source.append(num + " " + title)
        pdf.set_y(y + 9)
        for i, p in enumerate(paras, 1):
            ref = f"{num}.{i}"
            pdf.set_font("DV", "", 9.5)
            h = 4.9
            lines = len(pdf.multi_cell(158, h, hyph(p), dry_run=True, output="LINES"))
            if pdf.get_y() + lines * h > 275:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_xy(18, y)
            pdf.set_font("DV", "", 9.5)
            pdf.cell(12, h, ref)
            pdf.set_xy(31, y)
            if p.startswith("RESOLVED:"):
                pdf.set_font("DV", "B", 9.5)
                pdf.cell(pdf.get_string_width("RESOLVED: "), h, "RESOLVED: ")
                pdf.set_font("DV", "", 9.5)
                body = p[len("RESOLVED: "):]
                # clauses each on its own line, hanging
                clauses = re.split(r"(?=\(i+\) )", body)
                clauses = [c for c in clauses if c.strip()]
                if len(clauses) == 1:
                    pdf.multi_cell(161 - pdf.get_string_width("RESOLVED: "), h, hyph(body), align="J",
                                   new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.ln(h)
                    for c in clauses:
                        m = re.match(r"(\(i+\)) (.*)", c, re.S)
                        pdf.set_x(31)
                        yy = pdf.get_y()
                        pdf.cell(9, h, m.group(1))
                        pdf.set_xy(40, yy)
                        pdf.multi_cell(152, h, hyph(m.group(2).strip()), align="J",
                                       new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(161, h, hyph(p), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(pdf.get_y() + 2.4)
            source.append(ref + " " + p)
        pdf.set_y(pdf.get_y() + 2)
    pdf.set_font("DV", "", 9.5)
    pdf.ln(4)
    end = "The meeting ended at 9.12pm."
    pdf.cell(0, 5, end, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.cell(0, 5, "Chair ............................................", new_x="LMARGIN", new_y="NEXT")
    source.append(end)
    pdf.output(os.path.join(DOCS, D1))
    return "\n".join(source)


# ---------------------------------------------------------------- document 2
D2 = "fa-local-care-ombudsman-focus-report-hospital-discharge.pdf"
ORG = "Local Care and Housing Complaints Ombudsman"

REPORT = [
    ("h1", "Home too soon? Learning from complaints about hospital discharge"),
    ("sub", "Focus report: learning lessons from complaints – October 2025"),
    ("h2", "Ombudsman's foreword"),
    ("p", "Leaving hospital should be a moment of relief. Too often, the complaints we see describe "
          "something else: people sent home without the care they were promised, families left to "
          "pick up the pieces, and councils and NHS bodies each assuming the other was responsible. "
          "In the last year we received 318 complaints about the arrangements made for adults leaving "
          "hospital, and upheld 74 per cent of those we investigated in detail."),
    ("p", "This report draws on those investigations. It is not about blame. It sets out what went "
          "wrong, what we asked organisations to put right, and the questions that councillors and "
          "scrutiny committees can ask to check that the same failings are not happening in their area."),
    ("h2", "What the law and guidance say"),
    ("p", "When a person may need care and support after a hospital stay, the council must carry out "
          "an assessment under the Care Act 2014 and meet eligible needs. Under the discharge to assess "
          "model, that assessment often happens after the person has gone home, but the duty does not "
          "go away. Where a person is charged for their care, the council must tell them in advance and "
          "carry out a financial assessment. Short-term reablement of up to six weeks must be free of "
          "charge."),
    ("h2", "Common themes in the complaints we investigated"),
    ("b", "Care packages that did not start on the day of discharge, or were cancelled by the provider "
          "within days because of staff shortages."),
    ("b", "Poor communication with families and unpaid carers, including discharges late in the "
          "evening with no notice."),
    ("b", "Invoices for care that should have been free, or charges raised without any financial "
          "assessment."),
    ("b", "Assessments under the Care Act never completed once the person was back at home."),
    ("b", "Confusion between hospital staff, the council and commissioned home care agencies about "
          "who was accountable for the plan."),
    ("h2", "Case study 1: Mrs A – a care package that never arrived"),
    ("p", "Mrs A, who is 87, was discharged from hospital on a Friday afternoon with a plan for four "
          "visits a day from a home care agency. No carer arrived until the following Tuesday. Her "
          "daughter, who lives 60 miles away, stayed with her and lost three days' pay. The council "
          "said the agency had accepted the package and then withdrawn it. We found the council had no "
          "system to check that commissioned care had actually started."),
    ("p", "What we asked the council to do: apologise to Mrs A and her daughter, pay £500 in recognition "
          "of distress and £420 for lost earnings, and introduce a check within 24 hours of discharge "
          "that every new package has begun."),
    ("h2", "Case study 2: Mr B – charged for free reablement"),
    ("p", "Mr B received reablement for five weeks after a fall. He was then sent an invoice for £1,184. "
          "The council said a change in its charging system had wrongly applied its home care rate from "
          "the first day. It had not told Mr B he would be charged or offered a financial assessment."),
    ("p", "What we asked the council to do: cancel the invoice, review every reablement account raised "
          "since the system change, and refund anyone wrongly charged. The council identified 63 other "
          "people and refunded £41,700."),
    ("h2", "Case study 3: Mr C – discharged to a care home without consultation"),
    ("p", "Mr C, who has dementia, was moved from hospital to a care home 14 miles from his wife under a "
          "temporary discharge to assess placement. He stayed there for seven months. No one reviewed "
          "the placement or asked his wife, who holds lasting power of attorney, for her view. We found "
          "fault by both the council and the integrated care board, which had jointly funded the bed."),
    ("p", "What we asked them to do: agree a joint apology, pay Mrs C £1,000 for the distress and "
          "travel costs, and put in place a shared tracker so that no temporary placement goes "
          "unreviewed after four weeks."),
    ("h2", "Case study 4: Ms D – a carer left out"),
    ("p", "Ms D cares for her adult son, who has a learning disability. He was discharged after a "
          "week in hospital without anyone speaking to her. She was not offered a carer's assessment, "
          "and the support plan assumed she could provide care overnight, which she could not. The "
          "council accepted it had not followed its own carers' strategy."),
    ("h2", "Good practice we have seen"),
    ("p", "Some councils and their NHS partners have set up joint discharge hubs where social workers, "
          "therapists and ward staff meet every morning, with a named coordinator for each patient. "
          "One council telephones every person 48 hours after discharge to check that care is in "
          "place. Another has built a rule into its finance system that prevents any invoice being "
          "raised during a reablement period."),
    ("h2", "Questions for councillors and scrutiny committees"),
    ("b", "How does the council know that every commissioned care package has started on time?"),
    ("b", "How many people are in temporary discharge to assess beds for longer than four weeks?"),
    ("b", "Are families and unpaid carers told before the person comes home, and are they offered "
          "a carer's assessment?"),
    ("b", "Has the council checked that no one is being charged for the first six weeks of reablement?"),
    ("b", "What does the complaints data, including complaints about commissioned providers, tell "
          "the council about discharge?"),
    ("h2", "About us"),
    ("p", "The " + ORG + " is an independent body that investigates complaints about councils, "
          "adult social care providers and some housing matters. Our service is free. We publish "
          "focus reports to share the learning from our casework with the organisations we "
          "investigate and those who hold them to account."),
]

GOLD2 = {
    "document": D2,
    "doc_type": "report",
    "themes": ["adult-social-care", "integration", "finance", "governance", "subcontracting",
               "patient-and-public-input", "workforce"],
}


class ReportPDF(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DV", "", 7.5)
        self.set_text_color(0, 84, 110)
        self.set_xy(20, 9)
        self.cell(0, 4, ORG + "  |  Focus report: hospital discharge")
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.cell(0, 4, f"{self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)


def build_doc2():
    source = []
    pdf = ReportPDF(format="A4")
    pdf.creation_date = FIXED
    fonts(pdf)
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_fill_color(0, 84, 110)
    pdf.rect(0, 0, 210, 48, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("DV", "B", 10)
    pdf.set_xy(20, 10)
    pdf.cell(0, 5, ORG)
    source.append(ORG)
    pdf.set_y(22)
    for kind, text in REPORT:
        source.append(text)
        if kind == "h1":
            pdf.set_font("DV", "B", 17)
            pdf.set_x(20)
            pdf.multi_cell(170, 8, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "sub":
            pdf.set_font("DV", "", 10)
            pdf.set_text_color(255, 255, 255)
            pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.set_y(58)
        elif kind == "h2":
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("DV", "B", 12)
            pdf.set_text_color(0, 84, 110)
            pdf.multi_cell(170, 6.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("DV", "", 10)
            pdf.multi_cell(170, 5.2, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "b":
            pdf.set_font("DV", "", 10)
            y = pdf.get_y()
            pdf.set_x(24)
            pdf.cell(5, 5.2, "•")
            pdf.set_xy(30, y)
            pdf.multi_cell(160, 5.2, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.output(os.path.join(DOCS, D2))
    return "\n".join(source)


# ---------------------------------------------------------------- check
def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def pdf_text(path):
    import pdfplumber
    with pdfplumber.open(path) as p:
        return "\n".join(pg.extract_text() or "" for pg in p.pages)


def check(gold, sources):
    ok = True
    srcs = [norm(x) for x in sources]
    for kind, key in (("questions", "text"), ("questions", "answer"), ("resolutions", "text")):
        for row in gold.get(kind, []):
            ph = row.get(key)
            if ph is None:
                continue
            n = len(ph.split())
            if not 6 <= n <= 15:
                print(f"  {gold['document']}: {kind}.{key} has {n} words: {ph!r}")
                ok = False
            p = norm(ph)
            for src in srcs:
                c = src.count(p)
                if c != 1:
                    print(f"  {gold['document']}: {kind}.{key} found {c} times: {ph!r}")
                    ok = False
    return ok


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    s1 = build_doc1()
    s2 = build_doc2()
    for g in (GOLD1, GOLD2):
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
    if "--check" in sys.argv:
        ok = check(GOLD1, [s1])
        print("PDF text layer (informational; words hyphenated at line ends may split phrases):")
        check(GOLD1, [pdf_text(os.path.join(DOCS, D1))])
        ok = check(GOLD2, [s2]) and ok
        print("check passed" if ok else "check FAILED")
        sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
