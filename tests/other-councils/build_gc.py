#!/usr/bin/env python3
"""Build the "gc-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_gc.py           build documents/gc-* and gold/gc-*.json
        build_gc.py --check   verify every gold phrase occurs once in its document
"""
import datetime, json, os, re, sys
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 10, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)
SHY = "\u00ad"
COUNCIL = "Ashcombe Borough Council"
COMMITTEE = "Health and Care Scrutiny Committee"


def hyph(text):
    """Insert soft hyphens into long words so justified lines break inside words."""
    def f(m):
        w = m.group(0)
        if len(w) < 10:
            return w
        k = len(w) // 2
        return w[:k] + SHY + w[k:]
    return re.sub(r"[A-Za-z]{10,}", f, text)


def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " " + s.strip() + " "


class Doc(FPDF):
    def __init__(self, kind):
        super().__init__(format="A4")
        self.kind = kind
        self.cur = None          # (number, title, first page)
        self.set_creation_date(FIXED)
        self.set_creator("Ashcombe Committee Services")
        self.set_producer("fpdf2")
        for st, fn in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"),
                       ("I", "DejaVuSans-Oblique.ttf"), ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("DV", st, FONT + fn)
        self.set_margins(22, 26, 22)
        self.set_auto_page_break(True, 24)
        self.alias_nb_pages("{nb}")
        self.src = []

    def header(self):
        if self.page_no() == 1:
            return
        self.set_y(10)
        self.set_font("DV", "", 8)
        self.set_text_color(80, 80, 80)
        if self.kind == "minutes":
            self.cell(0, 4, f"{COMMITTEE} – 14 October 2025", align="L")
            self.ln(4)
            if self.cur and self.cur[2] < self.page_no():
                self.set_font("DV", "I", 8)
                self.cell(0, 4, f"Minute {self.cur[0]} (continued) – {self.cur[1]}", align="L")
                self.ln(4)
        else:
            self.cell(0, 4, f"{COMMITTEE} – Agenda – 25 November 2025", align="L")
            self.ln(4)
        self.line(22, self.get_y() + 1, 188, self.get_y() + 1)
        self.set_text_color(0, 0, 0)
        self.set_y(26)

    def footer(self):
        self.set_y(-16)
        self.set_font("DV", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(60, 4, COUNCIL, align="L")
        self.cell(46, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        if self.kind == "minutes":
            self.cell(60, 4, "Chair's initials ..........", align="R")
        self.set_text_color(0, 0, 0)

    def para(self, text, style="", size=10, align="J", gap=2.5, indent=0):
        self.src.append(text)
        self.set_font("DV", style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, 5, hyph(text) if align == "J" else text,
                        align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def minute(self, num, title):
        if self.get_y() > 245:
            self.add_page()
        self.cur = (num, title.title().replace("And ", "and ").replace("Of ", "of ")
                    .replace("For ", "for ").replace("–", "–"), self.page_no())
        self.src.append(f"{num}. {title}")
        self.set_font("DV", "B", 10.5)
        self.cell(12, 6, f"{num}.")
        self.multi_cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)


# ---------------------------------------------------------------- minutes
MIN_NAME = "gc-ashcombe-health-care-scrutiny-2025-10-14.pdf"
AG_NAME = "gc-ashcombe-hcsc-agenda-2025-11-25.pdf"

PRESENT = ("Present: Councillor Margaret Oyelaran (Chair), Councillor Dennis Halloran "
           "(Vice-Chair), Councillors Priya Chaudhry, Gareth Pemberton, Sandra Kilbride, "
           "Tomasz Wojcik and Len Ashworth (substituting for Councillor Fiona Rudd); "
           "Co-opted Member: Mrs Helen Marchetti (Healthwatch Ashcombe, non-voting).")
ALSO = ("Also in attendance: Councillor Yusuf Bakare (Cabinet Member for Adult Social Care "
        "and Health); Ruth Tennant (Corporate Director of Adults, Health and Housing); "
        "Colin Aird (Head of Financial Assessments, Charging and Client Finance); "
        "Dr Anjali Rao (Director of Public Health); Marcus Fenwick (Assistant Director, "
        "Commissioning, Procurement and Market Management); Joanne Lister (Chief Operating "
        "Officer, Ashcombe and Wyre Valley Hospitals NHS Foundation Trust); "
        "Peter Quayle (Democratic Services Officer).")
APOL = "Apologies: Councillors Fiona Rudd and Bernard Achebe."

BODY = [
    ("min", "53", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"),
    ("p", "Apologies for absence were received from Councillor Fiona Rudd, for whom Councillor "
          "Len Ashworth attended as substitute, and from Councillor Bernard Achebe, for whom no "
          "substitute had been nominated."),
    ("min", "54", "DECLARATIONS OF INTEREST"),
    ("p", "Councillor Sandra Kilbride declared a personal interest in Minute 57 as her mother "
          "receives a home care package arranged by the Council and is assessed for a "
          "contribution towards its cost. She remained in the meeting and took part in the "
          "discussion. No other declarations were made."),
    ("min", "55", "MINUTES OF THE PREVIOUS MEETING"),
    ("p", "RESOLVED: That the minutes of the meeting held on 9 September 2025 be confirmed as a "
          "correct record and signed by the Chair."),
    ("min", "56", "WINTER RESILIENCE – ASHCOMBE AND WYRE VALLEY HOSPITALS"),
    ("p", "Joanne Lister, Chief Operating Officer of the Foundation Trust, presented the Trust's "
          "winter plan, which set out an additional 38 escalation beds at Wyre Valley General, "
          "a virtual ward capacity of 120 and a target to reduce corridor care to zero by "
          "January. The plan had been developed with the Integrated Care Board and the "
          "Council's hospital discharge team and was supported by £2.4 million of "
          "non-recurrent winter funding."),
    ("p", "Councillor Priya Chaudhry asked how many of the escalation beds would be staffed by "
          "the Trust's own nurses rather than agency staff. The Chief Operating Officer "
          "replied that around two thirds of shifts were expected to be filled from the "
          "Trust's internal bank, and that the agency cap would be reviewed weekly by the "
          "executive team. Councillor Gareth Pemberton was concerned that the virtual ward "
          "figure had never been reached in previous winters; officers explained that "
          "occupancy had averaged 71 per cent last year and that a new remote monitoring "
          "contract would allow more patients with respiratory conditions to be admitted to it. "
          "Mrs Helen Marchetti reported that Healthwatch had received a number of complaints "
          "about patients waiting on trolleys in the emergency department overnight, and "
          "requested that the Trust publish its corridor care figures each month. The Chief "
          "Operating Officer agreed to share the monthly figures with the Committee and "
          "Healthwatch from November."),
    ("p", "Councillor Tomasz Wojcik asked whether the flu and COVID vaccination uptake among "
          "Trust staff was on course. Dr Anjali Rao, Director of Public Health, stated that "
          "frontline staff uptake stood at 41 per cent at the end of September, slightly "
          "behind last year, and that peer vaccinators were being deployed on wards."),
    ("p", "RESOLVED: (1) That the winter plan be noted. (2) That the Trust be asked to report "
          "monthly corridor care and ambulance handover figures to Members of the Committee "
          "until the end of March 2026."),
    ("min", "57", "ADULT SOCIAL CARE CHARGING POLICY"),
    ("p", "The Cabinet Member for Adult Social Care and Health introduced the report, which set "
          "out proposed changes to the Council's Fairer Contributions Policy for non-residential "
          "care following an eight-week public consultation that had closed on 29 August. The "
          "proposals were to take the higher rate of Attendance Allowance and the enhanced "
          "daily living component of Personal Independence Payment into account in full, to "
          "introduce an annual arrangement fee of £312 for self-funders whose care the Council "
          "arranges, and to reduce the standard disability-related expenditure allowance from "
          "£25 to £20 a week while offering an individual assessment to anyone who considered "
          "their costs to be higher. The changes were expected to raise £1.1 million in a full "
          "year towards a projected overspend of £6.8 million in adult social care."),
    ("p", "Colin Aird, Head of Financial Assessments, Charging and Client Finance, summarised the "
          "consultation. There had been 612 responses, of which 74 per cent disagreed with the "
          "proposal on disability benefits and 58 per cent disagreed with the arrangement fee. "
          "Three drop-in sessions had been held in libraries and a paper version of the survey "
          "had been sent to all 2,140 people currently assessed as making a contribution."),
    ("p", "Councillor Dennis Halloran asked how many people would pay more under the proposals "
          "and by how much. The Head of Financial Assessments, Charging and Client Finance "
          "replied that around 1,350 people would see an increase, with a median rise of £14.60 "
          "a week, and that about 190 people currently receiving free care would begin to "
          "contribute. Councillor Sandra Kilbride was concerned that a reduction in the "
          "disability-related expenditure allowance would fall hardest on people with the "
          "highest heating, laundry and dietary costs; officers explained that any person could "
          "ask for an individual assessment of their actual disability-related costs and that "
          "the financial assessment team would contact everyone receiving the higher rate of "
          "Attendance Allowance before the changes took effect."),
    ("p", "Councillor Gareth Pemberton asked whether the Council had compared its proposals with "
          "the charging policies of neighbouring authorities. The Corporate Director of Adults, "
          "Health and Housing said that eleven of the fifteen councils in the region already "
          "took the higher rate of disability benefits into account in full, and that a "
          "benchmarking table would be circulated to Members after the meeting. Councillor "
          "Priya Chaudhry questioned whether the consultation had reached people who did not "
          "use the internet or whose first language was not English; the Head of Financial "
          "Assessments said that 41 per cent of responses had been received on paper, that "
          "translated summaries had been available in four languages, and that advocacy "
          "organisations had helped a further 36 people to respond."),
    ("p", "Mrs Helen Marchetti said that many of the comments received by Healthwatch were from "
          "unpaid carers who feared that higher charges would lead people to cancel their care "
          "and rely on family members instead. She asked what monitoring would be put in place "
          "to detect people withdrawing from services because of cost. The Cabinet Member "
          "replied that the Council would track cancellations and reductions in care packages "
          "each quarter and that any person who cancelled care after a new charge would be "
          "offered a review by a social worker within ten working days."),
    ("p", "Councillor Tomasz Wojcik requested that the arrangement fee be waived for the first "
          "year for self-funders who had moved to the Council's arrangements since April. No "
          "response was recorded on this point before the Chair moved to the recommendations."),
    ("p", "Councillor Len Ashworth asked whether debt had increased since the last changes to the "
          "policy in 2022. The Head of Financial Assessments, Charging and Client Finance "
          "confirmed that unpaid care charges had risen from £1.9 million to £2.6 million over "
          "three years and that a more flexible repayment scheme was being introduced, with no "
          "referrals to enforcement agents for people who lacked capacity to manage their "
          "finances."),
    ("p", "The Committee discussed whether it supported the proposals. A number of Members felt "
          "that the financial pressures on the Council were real but that the impact on the "
          "poorest disabled residents had not been fully set out in the equality impact "
          "assessment."),
    ("p", "RESOLVED: (1) That the Committee's comments on the proposed changes to the charging "
          "policy, as recorded above, be forwarded to the Cabinet for consideration at its "
          "meeting on 6 November 2025. (2) That the Cabinet be recommended to keep the "
          "disability-related expenditure allowance at £25 a week for a further year. "
          "(3) That the equality impact assessment be revised to show the effect on people in "
          "each income band before the Cabinet takes its decision."),
    ("min", "58", "HOME CARE RECOMMISSIONING – PROCUREMENT STRATEGY"),
    ("p", "Marcus Fenwick, Assistant Director, Commissioning, Procurement and Market Management, "
          "presented the proposed approach to re-tendering the Council's home care contracts, "
          "currently held by 23 providers under a framework that expires in September 2026. The "
          "strategy proposed eight geographical lots with a single lead provider in each, a "
          "minimum hourly rate of £24.90 and a requirement that providers pay care workers for "
          "travel time between visits."),
    ("p", "Councillor Margaret Oyelaran, the Chair, asked why the Council was reducing the number "
          "of providers when smaller local agencies had often delivered the most reliable care. "
          "The Assistant Director replied that the current framework had led to care workers "
          "criss-crossing the borough, and that each lead provider would be allowed to "
          "subcontract up to 30 per cent of hours to smaller agencies. Councillor Priya Chaudhry "
          "asked whether the Council had considered bringing part of the service back in-house; "
          "officers explained that an in-house option had been costed at around 18 per cent more "
          "than the external market and was not recommended at this stage, but that the "
          "Council's reablement service would remain directly provided."),
    ("p", "Councillor Dennis Halloran was concerned that large national companies backed by "
          "private equity might bid low to win the lots and then hand contracts back. The "
          "Assistant Director stated that the evaluation would include a financial resilience "
          "test and parent company guarantees, and that no more than two lots could be awarded "
          "to the same provider. Councillor Sandra Kilbride commented that people who use the "
          "services should be involved in evaluating the tenders."),
    ("p", "RESOLVED: (1) That the procurement strategy be endorsed for submission to the Cabinet. "
          "(2) That two people who use home care services be invited to sit on the evaluation "
          "panel for the quality questions."),
    ("min", "59", "CARE LEAVERS – SUPPORTED ACCOMMODATION"),
    ("p", "The Corporate Director of Adults, Health and Housing presented a joint report with "
          "Children's Services on accommodation for care leavers aged 18 to 21. There were 164 "
          "care leavers in the borough, of whom 19 were living in temporary accommodation and "
          "7 in accommodation more than 20 miles away. Ofsted registration of supported "
          "accommodation providers had reduced the number of placements available locally."),
    ("p", "Councillor Gareth Pemberton asked how long care leavers were spending in bed and "
          "breakfast accommodation. The Corporate Director confirmed that the longest stay this "
          "year had been 23 nights and that bed and breakfast was now used only in emergencies "
          "with a personal adviser visiting daily. Councillor Len Ashworth sought clarification "
          "on whether care leavers had priority on the housing register; officers explained that "
          "care leavers were placed in the highest band for two years after leaving care."),
    ("p", "RESOLVED: That the report be noted and a further report on the new supported lodgings "
          "scheme be brought to the Committee in March 2026."),
    ("min", "60", "WORK PROGRAMME 2025/26"),
    ("p", "The Democratic Services Officer presented the work programme. It was agreed that the "
          "Pharmaceutical Needs Assessment consultation be added to the meeting on 25 November."),
    ("p", "RESOLVED: That the work programme be agreed, subject to the addition of the "
          "Pharmaceutical Needs Assessment consultation to the November meeting."),
    ("p", "The meeting commenced at 6.30 pm and closed at 9.12 pm.", "I"),
]


def build_minutes():
    d = Doc("minutes")
    d.add_page()
    d.set_font("DV", "B", 14)
    d.src.append(COUNCIL)
    d.cell(0, 7, COUNCIL.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    d.para(f"MINUTES of a meeting of the {COMMITTEE} held in the Council Chamber, Ashcombe Town "
           "Hall, on Tuesday 14 October 2025 at 6.30 pm", "B", 11, "C", 4)
    for t in (PRESENT, ALSO, APOL):
        lab, rest = t.split(":", 1)
        d.src.append(t)
        d.set_font("DV", "", 10)
        d.write_html if False else None
        d.set_font("DV", "B", 10)
        d.write(5, lab + ":")
        d.set_font("DV", "", 10)
        d.write(5, rest)
        d.ln(7)
    d.ln(2)
    for b in BODY:
        if b[0] == "min":
            d.minute(b[1], b[2])
        else:
            style = b[2] if len(b) > 2 else ""
            txt = b[1]
            if txt.startswith("RESOLVED:"):
                # clauses on their own indented lines
                parts = re.split(r" (?=\(\d\) )", txt[len("RESOLVED: "):])
                d.src.append(txt)
                d.set_font("DV", "B", 10)
                d.cell(0, 5, "RESOLVED:", new_x="LMARGIN", new_y="NEXT")
                d.ln(1)
                for p in parts:
                    d.set_font("DV", "B", 10)
                    d.set_x(d.l_margin + 8)
                    d.multi_cell(d.epw - 8, 5, hyph(p), align="J", new_x="LMARGIN", new_y="NEXT")
                    d.ln(1.5)
                d.ln(2)
            else:
                d.para(txt, style)
    d.ln(8)
    d.para("Chair ....................................................        "
           "Date ........................", "", 10, "L")
    return d


MIN_GOLD = {
    "document": MIN_NAME, "doc_type": "minutes", "committee": COMMITTEE,
    "meeting_date": "2025-10-14",
    "items": [{"number": n, "title": t} for k, n, t in [b for b in BODY if b[0] == "min"]],
    "questions": [
        {"item": "56", "kind": "question",
         "text": "how many of the escalation beds would be staffed by the Trust's own nurses",
         "asked_by": "Councillor Priya Chaudhry",
         "answer": "around two thirds of shifts were expected to be filled from the Trust's internal bank",
         "given_by": "The Chief Operating Officer", "themes": ["workforce"]},
        {"item": "56", "kind": "concern",
         "text": "was concerned that the virtual ward figure had never been reached",
         "asked_by": "Councillor Gareth Pemberton",
         "answer": "occupancy had averaged 71 per cent last year",
         "given_by": "officers", "themes": []},
        {"item": "56", "kind": "request",
         "text": "requested that the Trust publish its corridor care figures each month",
         "asked_by": "Mrs Helen Marchetti",
         "answer": "agreed to share the monthly figures with the Committee and Healthwatch",
         "given_by": "The Chief Operating Officer", "themes": ["patient-and-public-input", "governance"]},
        {"item": "56", "kind": "question",
         "text": "asked whether the flu and COVID vaccination uptake among Trust staff",
         "asked_by": "Councillor Tomasz Wojcik",
         "answer": "frontline staff uptake stood at 41 per cent at the end of September",
         "given_by": "Dr Anjali Rao, Director of Public Health", "themes": ["public-health", "workforce"]},
        {"item": "57", "kind": "question",
         "text": "asked how many people would pay more under the proposals",
         "asked_by": "Councillor Dennis Halloran",
         "answer": "around 1,350 people would see an increase, with a median rise",
         "given_by": "The Head of Financial Assessments, Charging and Client Finance",
         "themes": ["adult-social-care", "finance"]},
        {"item": "57", "kind": "concern",
         "text": "disability-related expenditure allowance would fall hardest on people with the highest heating",
         "asked_by": "Councillor Sandra Kilbride",
         "answer": "ask for an individual assessment of their actual disability-related costs",
         "given_by": "officers", "themes": ["adult-social-care", "finance"]},
        {"item": "57", "kind": "question",
         "text": "compared its proposals with the charging policies of neighbouring authorities",
         "asked_by": "Councillor Gareth Pemberton",
         "answer": "eleven of the fifteen councils in the region already took the higher rate",
         "given_by": "The Corporate Director of Adults, Health and Housing",
         "themes": ["adult-social-care", "finance"]},
        {"item": "57", "kind": "question",
         "text": "questioned whether the consultation had reached people who did not use the internet",
         "asked_by": "Councillor Priya Chaudhry",
         "answer": "41 per cent of responses had been received on paper",
         "given_by": "the Head of Financial Assessments",
         "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "57", "kind": "question",
         "text": "asked what monitoring would be put in place to detect people withdrawing",
         "asked_by": "Mrs Helen Marchetti",
         "answer": "track cancellations and reductions in care packages each quarter",
         "given_by": "The Cabinet Member", "themes": ["adult-social-care", "finance"]},
        {"item": "57", "kind": "request",
         "text": "requested that the arrangement fee be waived for the first year",
         "asked_by": "Councillor Tomasz Wojcik", "answer": None, "given_by": None,
         "themes": ["adult-social-care", "finance"]},
        {"item": "57", "kind": "question",
         "text": "asked whether debt had increased since the last changes to the policy",
         "asked_by": "Councillor Len Ashworth",
         "answer": "unpaid care charges had risen from £1.9 million to £2.6 million",
         "given_by": "The Head of Financial Assessments, Charging and Client Finance",
         "themes": ["adult-social-care", "finance"]},
        {"item": "58", "kind": "question",
         "text": "why the Council was reducing the number of providers when smaller local agencies",
         "asked_by": "Councillor Margaret Oyelaran",
         "answer": "each lead provider would be allowed to subcontract up to 30 per cent",
         "given_by": "The Assistant Director", "themes": ["subcontracting", "adult-social-care"]},
        {"item": "58", "kind": "question",
         "text": "considered bringing part of the service back in-house",
         "asked_by": "Councillor Priya Chaudhry",
         "answer": "an in-house option had been costed at around 18 per cent more",
         "given_by": "officers", "themes": ["privatisation", "subcontracting", "adult-social-care", "finance"]},
        {"item": "58", "kind": "concern",
         "text": "large national companies backed by private equity might bid low to win",
         "asked_by": "Councillor Dennis Halloran",
         "answer": "the evaluation would include a financial resilience test and parent company guarantees",
         "given_by": "The Assistant Director", "themes": ["privatisation", "subcontracting", "adult-social-care"]},
        {"item": "58", "kind": "comment",
         "text": "people who use the services should be involved in evaluating the tenders",
         "asked_by": "Councillor Sandra Kilbride", "answer": None, "given_by": None,
         "themes": ["patient-and-public-input", "subcontracting", "adult-social-care"]},
        {"item": "59", "kind": "question",
         "text": "how long care leavers were spending in bed and breakfast accommodation",
         "asked_by": "Councillor Gareth Pemberton",
         "answer": "the longest stay this year had been 23 nights",
         "given_by": "The Corporate Director", "themes": ["children-and-families", "housing"]},
        {"item": "59", "kind": "question",
         "text": "whether care leavers had priority on the housing register",
         "asked_by": "Councillor Len Ashworth",
         "answer": "care leavers were placed in the highest band for two years",
         "given_by": "officers", "themes": ["children-and-families", "housing"]},
    ],
    "resolutions": [
        {"item": "55", "text": "minutes of the meeting held on 9 September 2025 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "56", "text": "That the winter plan be noted. (2) That the Trust be asked",
         "outcome": "agreed", "themes": ["governance"]},
        {"item": "57", "text": "comments on the proposed changes to the charging policy, as recorded above, be forwarded",
         "outcome": "recommended", "themes": ["adult-social-care", "finance"]},
        {"item": "58", "text": "That the procurement strategy be endorsed for submission to the Cabinet",
         "outcome": "agreed", "themes": ["subcontracting", "adult-social-care", "patient-and-public-input"]},
        {"item": "59", "text": "further report on the new supported lodgings scheme be brought",
         "outcome": "agreed", "themes": ["children-and-families", "housing"]},
        {"item": "60", "text": "That the work programme be agreed, subject to the addition",
         "outcome": "agreed", "themes": ["primary-care"]},
    ],
    "attendees": [
        {"name": "Councillor Margaret Oyelaran", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Dennis Halloran", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Priya Chaudhry", "role": None, "attendance": "present"},
        {"name": "Councillor Gareth Pemberton", "role": None, "attendance": "present"},
        {"name": "Councillor Sandra Kilbride", "role": None, "attendance": "present"},
        {"name": "Councillor Tomasz Wojcik", "role": None, "attendance": "present"},
        {"name": "Councillor Len Ashworth", "role": "substituting for Councillor Fiona Rudd", "attendance": "present"},
        {"name": "Mrs Helen Marchetti", "role": "Co-opted Member (Healthwatch Ashcombe, non-voting)", "attendance": "present"},
        {"name": "Councillor Yusuf Bakare", "role": "Cabinet Member for Adult Social Care and Health", "attendance": "in_attendance"},
        {"name": "Ruth Tennant", "role": "Corporate Director of Adults, Health and Housing", "attendance": "in_attendance"},
        {"name": "Colin Aird", "role": "Head of Financial Assessments, Charging and Client Finance", "attendance": "in_attendance"},
        {"name": "Dr Anjali Rao", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Marcus Fenwick", "role": "Assistant Director, Commissioning, Procurement and Market Management", "attendance": "in_attendance"},
        {"name": "Joanne Lister", "role": "Chief Operating Officer, Ashcombe and Wyre Valley Hospitals NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "Peter Quayle", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Councillor Fiona Rudd", "role": None, "attendance": "apologies"},
        {"name": "Councillor Bernard Achebe", "role": None, "attendance": "apologies"},
    ],
}


# ---------------------------------------------------------------- agenda
AG_ITEMS = [
    ("1", "Apologies for absence and substitutions", ""),
    ("2", "Declarations of interest", "Members are reminded to declare any disclosable pecuniary, other registrable or non-registrable interests in items on this agenda."),
    ("3", "Minutes of the previous meeting", "To confirm the minutes of the meeting held on 14 October 2025. (Pages 5 - 16)"),
    ("4", "Public questions and statements", "To receive any questions or statements from members of the public submitted in accordance with the rules set out below."),
    ("5", "Pharmaceutical Needs Assessment 2025 – consultation draft", "Report of the Director of Public Health. To comment on the draft assessment of community pharmacy provision before the consultation closes. (Pages 17 - 58)"),
    ("6", "Adult Social Care Charging Policy – Cabinet decision", "Report of the Corporate Director of Adults, Health and Housing. To receive the Cabinet's response to the Committee's comments of 14 October. (Pages 59 - 70)"),
    ("7", "Mental health crisis care for children and young people", "Presentation by the Wyre Valley Partnership NHS Foundation Trust and the Integrated Care Board. (Pages 71 - 88)"),
    ("8", "Work programme 2025/26", "Report of the Democratic Services Officer. (Pages 89 - 94)"),
]


def build_agenda():
    d = Doc("agenda")
    d.add_page()
    d.set_font("DV", "B", 14)
    d.src.append(COUNCIL)
    d.cell(0, 7, COUNCIL.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para(COMMITTEE, "B", 13, "C", 1)
    d.para("AGENDA", "B", 12, "C", 3)
    d.para("Date: Tuesday 25 November 2025\nTime: 6.30 pm\nVenue: Council Chamber, Ashcombe Town Hall, "
           "Market Street, Ashcombe AS1 2TH", "", 10, "L", 3)
    d.para("Membership: Councillors Margaret Oyelaran (Chair), Dennis Halloran (Vice-Chair), "
           "Bernard Achebe, Priya Chaudhry, Sandra Kilbride, Gareth Pemberton, Fiona Rudd and "
           "Tomasz Wojcik. Co-opted Member: Mrs Helen Marchetti (Healthwatch Ashcombe).", "", 10, "J", 3)
    # contact officer box
    y = d.get_y()
    box = ("Contact officer: Peter Quayle, Democratic Services Officer\n"
           "Telephone: 01632 960 418   Email: democratic.services@ashcombe.example.gov.uk\n"
           "Agenda published: Monday 17 November 2025")
    d.src.append(box)
    d.set_fill_color(235, 235, 235)
    d.set_font("DV", "", 9.5)
    d.multi_cell(0, 5, box, border=1, fill=True, padding=3, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.para("ITEMS OF BUSINESS", "B", 11, "L", 2)
    for n, t, desc in AG_ITEMS:
        d.src.append(f"{n} {t}")
        d.set_font("DV", "B", 10)
        d.cell(10, 5.5, n)
        d.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")
        if desc:
            d.para(desc, "", 9.5, "J", 2.5, indent=10)
        else:
            d.ln(2)
    d.add_page()
    d.para("PUBLIC SPEAKING AT THE HEALTH AND CARE SCRUTINY COMMITTEE", "B", 11, "L", 2)
    rules = [
        "Any person who lives, works or studies in the borough may ask one question or make one statement on a matter within the Committee's terms of reference.",
        "Questions must be submitted in writing to the contact officer by 12 noon on the third working day before the meeting (Thursday 20 November 2025).",
        "A maximum of 30 minutes is allowed for public questions and statements at each meeting. Each speaker may speak for up to three minutes.",
        "The Chair may reject a question that is defamatory, frivolous, substantially the same as a question put in the previous six months, or that relates to an individual patient, service user or member of staff.",
        "The questioner may ask one supplementary question arising from the answer. Where an answer cannot be given at the meeting, a written reply will be sent within ten working days and published with the minutes.",
        "The meeting will be webcast. Members of the public who speak will be filmed; those seated in the public gallery will not normally be shown.",
    ]
    for i, r in enumerate(rules, 1):
        d.para(f"{i}. {r}", "", 10, "J", 2, indent=4)
    d.para("Accessibility: the Council Chamber has step-free access and an induction loop. Please "
           "tell the contact officer in advance if you need any adjustments to take part.", "I", 9.5, "J", 2)
    return d


AG_GOLD = {"document": AG_NAME, "doc_type": "agenda", "committee": COMMITTEE,
           "meeting_date": "2025-11-25",
           "themes": ["primary-care", "adult-social-care", "finance", "mental-health",
                      "children-and-families", "patient-and-public-input"]}


def check(docs):
    ok = True
    for name, src, gold in docs:
        text = norm(" ".join(src))
        phrases = []
        for q in gold.get("questions", []):
            phrases += [("q", q["text"])] + ([("a", q["answer"])] if q["answer"] else [])
        for r in gold.get("resolutions", []):
            phrases.append(("r", r["text"]))
        for k, p in phrases:
            n = len(p.split())
            c = text.count(norm(p))
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {name} [{k}] count={c} words={n}: {p}")
        print(f"{name}: {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    built = []
    for name, fn, gold in ((MIN_NAME, build_minutes, MIN_GOLD), (AG_NAME, build_agenda, AG_GOLD)):
        d = fn()
        d.output(os.path.join(DOCS, name))
        with open(os.path.join(GOLD, name[:-4] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")
        built.append((name, d.src, gold))
    if "--check" in sys.argv:
        sys.exit(0 if check(built) else 1)


if __name__ == "__main__":
    main()
