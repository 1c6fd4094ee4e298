#!/usr/bin/env python3
"""Build the "go-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_go.py           build documents/go-* and gold/go-*.json
        build_go.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import json
import os
import re
import sys

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
FIXED = datetime.datetime(2025, 6, 24, 9, 30, 0, tzinfo=datetime.timezone.utc)
SHY = "\u00ad"  # soft hyphen: fpdf2 breaks justified lines here and prints "-"

# ---------------------------------------------------------------------------
# Document 1: minutes
# ---------------------------------------------------------------------------
DOC1 = "go-hollinbridge-hasc-2025-06-17.pdf"
COUNCIL = "Hollinbridge Council"
COMMITTEE = "Health and Adult Social Care Scrutiny Committee"

# Each block: ("h", text) heading, ("p", text) justified paragraph,
# ("q", text) indented quotation, ("b", text) bold paragraph, ("r", text) resolution
MINUTES = [
    ("title", "HOLLINBRIDGE COUNCIL"),
    ("title2", "MINUTES of a meeting of the HEALTH AND ADULT SOCIAL CARE SCRUTINY COMMITTEE "
               "held in the Council Chamber, Civic Centre, Hollinbridge on Tuesday, 17 June 2025 "
               "at 6.00 pm"),
    ("p", "PRESENT: Councillor Margaret Oyelaran (Chair); Councillors Peter Dunmore "
          "(Vice-Chair), Sarah Achebe, Janet Cole (substitute for Councillor Hughes), "
          "Ruth Fairweather, Tom Greenhalgh, David Lomax, Priya Nandra and Keith Ollerton."),
    ("p", "Co-opted Member (non-voting): Mrs Ann Pelling (Healthwatch Hollinbridge)."),
    ("p", "Officers in attendance: Helen Marchant (Director of Adult Social Care and Health), "
          "Dr Aaron Kyle (Director of Public Health), Simon Treadwell (Head of Commissioning "
          "- Adults, Ageing and Disability), Nadia Forsyth (Assistant Director, Finance "
          "Business Partnering - People Directorate) and Lucy Brennan (Democratic Services "
          "Officer)."),
    ("p", "Also in attendance: Fiona Gatley (Associate Director of Mental Health "
          "Commissioning, North Marshes Integrated Care Board)."),
    ("p", "Apologies for absence: Councillors Gareth Hughes and Elaine Sharpe."),

    ("h", "HASC/25/41 APOLOGIES FOR ABSENCE AND SUBSTITUTE MEMBERS"),
    ("p", "Apologies for absence were received from Councillors Hughes and Sharpe. "
          "Councillor Cole attended as substitute for Councillor Hughes."),

    ("h", "HASC/25/42 DECLARATIONS OF INTEREST"),
    ("p", "Councillor Nandra declared a personal interest in minute HASC/25/46 as she is "
          "employed as a community pharmacist in the Hollinbridge area. Councillor Lomax "
          "declared a personal interest in minute HASC/25/45 as a close family member "
          "receives a package of home care arranged by the Council."),

    ("h", "HASC/25/43 MINUTES"),
    ("r", "RESOLVED that the minutes of the meeting held on 15 April 2025 be confirmed as a "
          "correct record and signed by the Chair."),

    ("h", "HASC/25/44 PUBLIC QUESTIONS"),
    ("p", "Two questions had been received from members of the public in accordance with "
          "the Council Procedure Rules."),
    ("p", "(a) Mr Colin Ashworth asked the following question:"),
    ("q", "\u201cGiven that the Council now spends more than forty million pounds a year on "
          "home care, can the Chair tell me how many visits were missed altogether by the "
          "contracted agencies last winter, and why this figure has never been published?\u201d"),
    ("p", "The Chair replied:"),
    ("q", "\u201cThank you, Mr Ashworth. Officers have advised me that 1,482 visits were "
          "recorded as missed between November and February, which is a little under half of "
          "one per cent of all planned visits. The figure is reported quarterly to the "
          "Contract Management Board, and I have asked that it is included in the performance "
          "report to this Committee from September onwards.\u201d"),
    ("p", "Supplementary question: Mr Ashworth asked whether the agencies responsible for "
          "missed visits had been fined under the terms of their contracts."),
    ("p", "Reply: The Chair said that financial penalties had been applied on eleven occasions "
          "last year and that a written answer giving the amounts would be sent to Mr Ashworth."),
    ("p", "(b) Ms Deborah Quail asked the following question:"),
    ("q", "\u201cWill the Committee insist that carers and people who use home care are "
          "properly involved in designing the new contracts, rather than being asked for "
          "their views once the decisions have already been made?\u201d"),
    ("p", "The Chair replied:"),
    ("q", "\u201cI share your view that co-production must be genuine. The Director has "
          "confirmed that a reference group of twelve carers and service users has met "
          "three times since March and will be represented on the evaluation panel for the "
          "new contracts.\u201d"),
    ("p", "Ms Quail did not ask a supplementary question."),
    ("r", "RESOLVED that the questions and the replies given be noted."),

    ("h", "HASC/25/45 RECOMMISSIONING OF HOME CARE SERVICES 2026-2031"),
    ("p", "The Head of Commissioning - Adults, Ageing and Disability introduced the report, "
          "which set out the proposed approach to recommissioning home care from April 2026, "
          "moving from twenty-three framework providers to a zoned model of six lead "
          "providers with a guaranteed minimum volume of hours in each zone. The estimated "
          "value of the new contracts was \u00a3214 million over five years."),
    ("p", "Councillor Greenhalgh asked why an in-house option had not been costed alongside "
          "the zoned model; the Director of Adult Social Care and Health said that an "
          "options appraisal had been carried out in 2024 and an in-house service had been "
          "ruled out because of the set-up costs and the pension liabilities involved. "
          "Councillor Achebe raised concerns about the hourly rate paid to providers and its "
          "effect on care workers' pay, and was assured that the specification would require "
          "every lead provider to pay at least the Real Living Wage and to pay for travel "
          "time between visits. Councillor Fairweather questioned how rural parts of the "
          "borough would be covered if no provider bid for the eastern zone; the Head of "
          "Commissioning explained that the eastern zone had been drawn to include the "
          "market towns so that it would be viable, and that a fallback arrangement with the "
          "Council's reablement service would be kept in reserve."),
    ("p", "Members noted that the number of people waiting for a package of home care had "
          "fallen from 118 to 37 over the past year. Councillor Ollerton sought "
          "clarification on whether the six lead providers would be allowed to subcontract "
          "work to smaller agencies, and was told by the Head of Commissioning that "
          "subcontracting would be permitted only with the Council's written consent and "
          "would be capped at twenty per cent of hours. Mrs Pelling asked how the views of "
          "people receiving care would be gathered once the contracts were running, but no "
          "answer was recorded as the Chair moved to the next speaker. Councillor Lomax "
          "requested that the Committee receive a breakdown of the \u00a3214 million by zone "
          "and by year before the tender was issued; the Assistant Director, Finance "
          "Business Partnering said that this would be circulated to Members within "
          "two weeks."),
    ("p", "Councillor Greenhalgh MOVED and Councillor Achebe SECONDED that the Committee "
          "recommend to Cabinet that a full in-house delivery option be costed and published "
          "before any tender for home care is advertised. On being put to the vote the "
          "motion was LOST (3 for, 6 against)."),
    ("r", "RESOLVED that (1) the proposed approach to recommissioning home care services set "
          "out in the report be noted; and (2) it be RECOMMENDED to Cabinet that the "
          "specification for the new contracts require lead providers to publish their "
          "missed visit figures every quarter."),

    ("h", "HASC/25/46 COMMUNITY MENTAL HEALTH TRANSFORMATION - UPDATE FROM NORTH MARSHES "
          "INTEGRATED CARE BOARD"),
    ("p", "Fiona Gatley, Associate Director of Mental Health Commissioning, presented an "
          "update on the community mental health transformation programme, including the "
          "opening of two neighbourhood mental health hubs at Eastgate and Holme Lane and the "
          "transfer of the crisis caf\u00e9 contract to a voluntary sector partner."),
    ("p", "Councillor Nandra asked how long adults referred to the new hubs were waiting for "
          "a first assessment; the Associate Director said that the median wait in May had "
          "been nineteen days against a target of twenty-eight days, although some people "
          "waited much longer for psychological therapy. Councillor Cole raised concerns "
          "about the closure of the Holme Lane drop-in for people with dementia and their "
          "carers, and was assured that the service had moved to the Eastgate hub with free "
          "transport provided. Councillor Dunmore queried whether the crisis caf\u00e9 "
          "provider had been chosen through a competitive process; the Associate Director "
          "confirmed that three bids had been received and scored by a panel that included "
          "two people with lived experience of mental illness."),
    ("p", "Councillor Achebe asked about vacancies among community psychiatric nurses, and "
          "the Associate Director reported that nine of the forty-one posts were vacant and "
          "were being covered by agency staff at a cost of about \u00a330,000 a month. "
          "Members noted the Director of Public Health's comments on the links between "
          "debt, housing insecurity and poor mental health in the most deprived wards."),
    ("r", "RESOLVED that the update be noted and the Integrated Care Board be asked to "
          "provide waiting times for each neighbourhood hub to the September meeting."),

    ("h", "HASC/25/47 WORK PROGRAMME 2025/26"),
    ("p", "The Democratic Services Officer presented the draft work programme. Councillor "
          "Fairweather requested that an item on the use of temporary accommodation for "
          "people discharged from hospital be added for the November meeting."),
    ("r", "RESOLVED that the work programme for 2025/26 be approved, subject to the addition "
          "of an item on hospital discharge and temporary accommodation in November 2025."),
    ("p", "The meeting closed at 8.17 pm."),
    ("sign", "Chair"),
]

# words to split with a soft hyphen (justified text hyphenated across line ends)
SOFT = {
    "recommissioning": "recom" + SHY + "missioning",
    "specification": "specifi" + SHY + "cation",
    "transformation": "transfor" + SHY + "mation",
    "neighbourhood": "neighbour" + SHY + "hood",
    "subcontracting": "subcon" + SHY + "tracting",
    "psychological": "psycho" + SHY + "logical",
    "arrangement": "arrange" + SHY + "ment",
    "appraisal": "apprais" + SHY + "al",
    "accordance": "accord" + SHY + "ance",
    "clarification": "clarifi" + SHY + "cation",
    "Commissioning": "Commis" + SHY + "sioning",
    "liabilities": "liabil" + SHY + "ities",
}


def soften(text):
    def rep(m):
        return SOFT.get(m.group(0), m.group(0))
    return re.sub(r"[A-Za-z]+", rep, text)


class MinutesPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, COUNCIL, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, COMMITTEE + " - 17 June 2025", align="R")
        self.ln(4)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Chair's initials ..........", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)


def new_pdf(cls):
    pdf = cls(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_creator("Hollinbridge Council Democratic Services")
    pdf.set_producer("fpdf2")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_font("DejaVu", "I", FONT_I)
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 22)
    return pdf


def build_minutes():
    pdf = new_pdf(MinutesPDF)
    pdf.add_page()
    for kind, text in MINUTES:
        if kind == "title":
            pdf.set_font("DejaVu", "B", 14)
            pdf.cell(0, 8, text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "title2":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5, text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "h":
            if pdf.get_y() > pdf.h - 50:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 10)
            pdf.multi_cell(0, 5, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5, soften(text), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "q":
            pdf.set_font("DejaVu", "I", 10)
            pdf.set_x(pdf.l_margin + 10)
            pdf.multi_cell(pdf.epw - 20, 5, soften(text), align="J",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "r":
            pdf.set_font("DejaVu", "B", 10)
            pdf.multi_cell(0, 5, soften(text), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "sign":
            pdf.ln(10)
            pdf.set_font("DejaVu", "", 10)
            pdf.cell(0, 5, "Signed ..................................................  " + text,
                     new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
            pdf.cell(0, 5, "Date ....................................", new_x="LMARGIN",
                     new_y="NEXT")
    pdf.output(os.path.join(DOCS, DOC1))


def minutes_text():
    return "\n".join(t for _, t in MINUTES)


GOLD1 = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": "Health and Adult Social Care Scrutiny Committee",
    "meeting_date": "2025-06-17",
    "items": [
        {"number": "HASC/25/41", "title": "APOLOGIES FOR ABSENCE AND SUBSTITUTE MEMBERS"},
        {"number": "HASC/25/42", "title": "DECLARATIONS OF INTEREST"},
        {"number": "HASC/25/43", "title": "MINUTES"},
        {"number": "HASC/25/44", "title": "PUBLIC QUESTIONS"},
        {"number": "HASC/25/45", "title": "RECOMMISSIONING OF HOME CARE SERVICES 2026-2031"},
        {"number": "HASC/25/46", "title": "COMMUNITY MENTAL HEALTH TRANSFORMATION - UPDATE "
                                          "FROM NORTH MARSHES INTEGRATED CARE BOARD"},
        {"number": "HASC/25/47", "title": "WORK PROGRAMME 2025/26"},
    ],
    "questions": [
        {"item": "HASC/25/44", "kind": "question",
         "text": "how many visits were missed altogether by the contracted agencies last winter",
         "asked_by": "Mr Colin Ashworth",
         "answer": "1,482 visits were recorded as missed between November and February",
         "given_by": "The Chair",
         "themes": ["patient-and-public-input", "adult-social-care", "subcontracting", "finance"]},
        {"item": "HASC/25/44", "kind": "question",
         "text": "agencies responsible for missed visits had been fined under the terms of their contracts",
         "asked_by": "Mr Ashworth",
         "answer": "financial penalties had been applied on eleven occasions last year",
         "given_by": "The Chair",
         "themes": ["patient-and-public-input", "subcontracting", "adult-social-care"]},
        {"item": "HASC/25/44", "kind": "question",
         "text": "carers and people who use home care are properly involved in designing the new contracts",
         "asked_by": "Ms Deborah Quail",
         "answer": "a reference group of twelve carers and service users has met three times",
         "given_by": "The Chair",
         "themes": ["patient-and-public-input", "adult-social-care", "subcontracting"]},
        {"item": "HASC/25/45", "kind": "question",
         "text": "asked why an in-house option had not been costed alongside the zoned model",
         "asked_by": "Councillor Greenhalgh",
         "answer": "an in-house service had been ruled out because of the set-up costs",
         "given_by": "the Director of Adult Social Care and Health",
         "themes": ["privatisation", "adult-social-care", "finance"]},
        {"item": "HASC/25/45", "kind": "concern",
         "text": "concerns about the hourly rate paid to providers and its effect on care workers' pay",
         "asked_by": "Councillor Achebe",
         "answer": "every lead provider to pay at least the Real Living Wage",
         "given_by": None,
         "themes": ["workforce", "finance", "adult-social-care", "subcontracting"]},
        {"item": "HASC/25/45", "kind": "question",
         "text": "questioned how rural parts of the borough would be covered if no provider bid",
         "asked_by": "Councillor Fairweather",
         "answer": "the eastern zone had been drawn to include the market towns",
         "given_by": "the Head of Commissioning",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "HASC/25/45", "kind": "question",
         "text": "whether the six lead providers would be allowed to subcontract work to smaller agencies",
         "asked_by": "Councillor Ollerton",
         "answer": "permitted only with the Council's written consent and would be capped at twenty per cent",
         "given_by": "the Head of Commissioning",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "HASC/25/45", "kind": "question",
         "text": "how the views of people receiving care would be gathered once the contracts were running",
         "asked_by": "Mrs Pelling",
         "answer": None,
         "given_by": None,
         "themes": ["patient-and-public-input", "adult-social-care", "subcontracting"]},
        {"item": "HASC/25/45", "kind": "request",
         "text": "requested that the Committee receive a breakdown of the £214 million by zone",
         "asked_by": "Councillor Lomax",
         "answer": "this would be circulated to Members within two weeks",
         "given_by": "the Assistant Director, Finance Business Partnering",
         "themes": ["finance", "subcontracting", "adult-social-care"]},
        {"item": "HASC/25/46", "kind": "question",
         "text": "asked how long adults referred to the new hubs were waiting for a first assessment",
         "asked_by": "Councillor Nandra",
         "answer": "the median wait in May had been nineteen days against a target",
         "given_by": "the Associate Director",
         "themes": ["mental-health"]},
        {"item": "HASC/25/46", "kind": "concern",
         "text": "raised concerns about the closure of the Holme Lane drop-in for people with dementia",
         "asked_by": "Councillor Cole",
         "answer": "the service had moved to the Eastgate hub with free transport provided",
         "given_by": None,
         "themes": ["mental-health", "adult-social-care"]},
        {"item": "HASC/25/46", "kind": "question",
         "text": "queried whether the crisis café provider had been chosen through a competitive process",
         "asked_by": "Councillor Dunmore",
         "answer": "three bids had been received and scored by a panel",
         "given_by": "the Associate Director",
         "themes": ["subcontracting", "privatisation", "mental-health", "patient-and-public-input"]},
        {"item": "HASC/25/46", "kind": "question",
         "text": "asked about vacancies among community psychiatric nurses",
         "asked_by": "Councillor Achebe",
         "answer": "nine of the forty-one posts were vacant and were being covered by agency staff",
         "given_by": "the Associate Director",
         "themes": ["workforce", "mental-health", "finance"]},
        {"item": "HASC/25/47", "kind": "request",
         "text": "an item on the use of temporary accommodation for people discharged from hospital",
         "asked_by": "Councillor Fairweather",
         "answer": None,
         "given_by": None,
         "themes": ["housing", "adult-social-care", "governance"]},
    ],
    "resolutions": [
        {"item": "HASC/25/43",
         "text": "the minutes of the meeting held on 15 April 2025 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "HASC/25/44",
         "text": "RESOLVED that the questions and the replies given be noted",
         "outcome": "noted", "themes": ["patient-and-public-input"]},
        {"item": "HASC/25/45",
         "text": "a full in-house delivery option be costed and published before any tender",
         "outcome": "rejected",
         "themes": ["privatisation", "subcontracting", "finance", "adult-social-care"]},
        {"item": "HASC/25/45",
         "text": "it be RECOMMENDED to Cabinet that the specification for the new contracts",
         "outcome": "recommended",
         "themes": ["subcontracting", "adult-social-care", "governance"]},
        {"item": "HASC/25/46",
         "text": "provide waiting times for each neighbourhood hub to the September meeting",
         "outcome": "agreed", "themes": ["mental-health"]},
        {"item": "HASC/25/47",
         "text": "the work programme for 2025/26 be approved, subject to the addition",
         "outcome": "agreed", "themes": ["governance", "adult-social-care", "housing"]},
    ],
    "attendees": [
        {"name": "Councillor Margaret Oyelaran", "role": "Chair", "attendance": "present"},
        {"name": "Peter Dunmore", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Sarah Achebe", "role": None, "attendance": "present"},
        {"name": "Janet Cole", "role": "substitute for Councillor Hughes", "attendance": "present"},
        {"name": "Ruth Fairweather", "role": None, "attendance": "present"},
        {"name": "Tom Greenhalgh", "role": None, "attendance": "present"},
        {"name": "David Lomax", "role": None, "attendance": "present"},
        {"name": "Priya Nandra", "role": None, "attendance": "present"},
        {"name": "Keith Ollerton", "role": None, "attendance": "present"},
        {"name": "Mrs Ann Pelling", "role": "Co-opted Member (non-voting), Healthwatch Hollinbridge",
         "attendance": "present"},
        {"name": "Helen Marchant", "role": "Director of Adult Social Care and Health",
         "attendance": "in_attendance"},
        {"name": "Dr Aaron Kyle", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Simon Treadwell", "role": "Head of Commissioning - Adults, Ageing and Disability",
         "attendance": "in_attendance"},
        {"name": "Nadia Forsyth",
         "role": "Assistant Director, Finance Business Partnering - People Directorate",
         "attendance": "in_attendance"},
        {"name": "Lucy Brennan", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Fiona Gatley",
         "role": "Associate Director of Mental Health Commissioning, North Marshes Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Gareth Hughes", "role": None, "attendance": "apologies"},
        {"name": "Elaine Sharpe", "role": None, "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------------------
# Document 2: Quality Account statement (not minutes)
# ---------------------------------------------------------------------------
DOC2 = "go-hollinbridge-quality-account-statement-2024-25.pdf"

QA = [
    ("addr", "Health and Adult Social Care Scrutiny Committee\nHollinbridge Council\n"
             "Civic Centre, Market Street\nHollinbridge HB1 2CC"),
    ("date", "12 May 2025"),
    ("to", "Chief Executive\nMarsh Valley NHS Foundation Trust\nEastgate Road\nHollinbridge HB4 7TR"),
    ("h", "Quality Account 2024/25: statement from the Health and Adult Social Care Scrutiny Committee"),
    ("p", "The Health and Adult Social Care Scrutiny Committee welcomes the opportunity to "
          "comment on Marsh Valley NHS Foundation Trust's draft Quality Account for 2024/25. "
          "The Committee considered the draft at an informal session on 29 April 2025, "
          "attended by the Trust's Chief Nurse and Director of Quality Governance. This "
          "statement reflects the views of the Members present and is not a formal decision "
          "of the Committee."),
    ("p", "Members were pleased to see progress against the 2024/25 priority on reducing "
          "falls among older inpatients, and the clear account of learning from serious "
          "incidents. The Committee would like next year's Account to show more openly how "
          "the Trust has acted on feedback from patients and carers, including complaints "
          "about discharge arrangements and the findings of Healthwatch Hollinbridge's "
          "Enter and View visits to the acute medical wards."),
    ("p", "The Committee remains concerned about nursing vacancies and the Trust's reliance on "
          "agency staff on the community mental health wards, and asks that the 2025/26 "
          "Account reports vacancy and turnover rates for each service line. Members also "
          "noted that delays in discharging patients to care homes continue to affect patient "
          "flow, and encourage the Trust to report jointly with the Council's adult social "
          "care service on the effect of the discharge to assess pathway."),
    ("p", "Members support the proposed 2025/26 priorities, but ask that the priority on "
          "health inequalities sets measurable targets for the three most deprived "
          "neighbourhoods in the borough."),
    ("p", "The Committee looks forward to continuing its constructive relationship with the "
          "Trust and to receiving the final Quality Account in the autumn."),
    ("sig", "Councillor Margaret Oyelaran\nChair, Health and Adult Social Care Scrutiny Committee"),
]


def build_qa():
    pdf = new_pdf(FPDF)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.set_text_color(0, 70, 110)
    pdf.cell(0, 8, "Hollinbridge Council", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    for kind, text in QA:
        if kind == "addr":
            pdf.set_font("DejaVu", "", 8.5)
            pdf.multi_cell(0, 4.2, text, align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "date":
            pdf.set_font("DejaVu", "", 9.5)
            pdf.cell(0, 5, text, align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "to":
            pdf.set_font("DejaVu", "", 9.5)
            pdf.multi_cell(90, 4.6, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(5)
        elif kind == "h":
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 5.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 9.5)
            pdf.multi_cell(0, 4.8, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "sig":
            pdf.ln(4)
            pdf.set_font("DejaVu", "", 9.5)
            pdf.cell(0, 5, "Yours sincerely", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(10)
            pdf.multi_cell(0, 4.8, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(DOCS, DOC2))


def qa_text():
    return "\n".join(t for _, t in QA)


GOLD2 = {
    "document": DOC2,
    "doc_type": "other",
    "themes": ["patient-and-public-input", "workforce", "adult-social-care", "public-health",
               "mental-health", "integration", "governance"],
}

# ---------------------------------------------------------------------------


def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def check():
    ok = True
    pairs = [(GOLD1, minutes_text()), (GOLD2, qa_text())]
    for gold, src in pairs:
        hay = norm(src)
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, p in phrases:
            n = len(p.split())
            c = hay.count(norm(p))
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {gold['document']} {kind}: count={c} words={n}: {p}")
        # gold file on disk matches
        path = os.path.join(GOLD, os.path.splitext(gold["document"])[0] + ".json")
        with open(path, encoding="utf-8") as f:
            if json.load(f) != gold:
                ok = False
                print(f"FAIL gold file out of date: {path}")
        if not os.path.exists(os.path.join(DOCS, gold["document"])):
            ok = False
            print(f"FAIL missing document {gold['document']}")
        print(f"{gold['document']}: {len(gold.get('items', []))} items, "
              f"{len(gold.get('questions', []))} questions, "
              f"{len(gold.get('resolutions', []))} resolutions, "
              f"{len(gold.get('attendees', []))} attendees")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build_minutes()
    build_qa()
    for gold in (GOLD1, GOLD2):
        path = os.path.join(GOLD, os.path.splitext(gold["document"])[0] + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    main()
