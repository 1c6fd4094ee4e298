#!/usr/bin/env python3
"""Build the "jy-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_jy.py           build documents/jy-* and gold/jy-*.json
        build_jy.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "jy-brantshire-hcosc-2025-03-10.pdf"
REPORT_NAME = "jy-brantshire-mh-crisis-support-working-group-report.docx"

COMMITTEE = "Health and Care Overview and Scrutiny Committee"
MEETING_DATE_TEXT = "10 March 2025"
FIXED_DATE = dt.datetime(2025, 3, 14, 9, 30, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------------------------------
# The minutes, as blocks
# ---------------------------------------------------------------------------------------
ATTENDANCE = [
    ("Graham Ashworth", "Pauline Hartshorne"),
    ("Susan Bickerton (Vice-Chair (Scrutiny))", "Derek Holloway"),
    ("Anne Calloway", "Nigel Pemberton"),
    ("Keith Danvers", "Trevor Quayle"),
    ("Joan Eddowes", "Janet Rowlands"),
    ("Rosalind Fenwick (Vice-Chair (Overview))", "Philip Sandiford"),
]

MINUTES: list[tuple] = [
    ("title", "Minutes of the Health and Care Overview and Scrutiny Committee Meeting held on "
              "10 March 2025"),
    ("labelled", "Present:", "Martin Ellery (Chair)"),
    ("attendance", ATTENDANCE),
    ("labelled", "Also in attendance:", "Helen Marchant (Cabinet Member for Health and Care) and "
                 "Robert Lyle (Cabinet Support Member for Public Health and Integrated Care)"),
    ("labelled", "Apologies:", "Brian Ottley, Margaret Vane and Colin Wheatcroft"),
    ("part", "PART ONE"),

    ("item", "58.", "Declarations of Interest"),
    ("p", "Joan Eddowes declared a personal interest in minute 62 (Community Mental Health "
          "Services) as a public governor of Brantshire Community Partnership NHS Foundation "
          "Trust."),
    ("p", "Derek Holloway declared a personal interest in minute 61 (Home Care Recommissioning) "
          "as his wife was employed by a home care provider in Kelbridge."),

    ("item", "59.", "Minutes of the last meeting held on 3 February 2025"),
    ("resolved1", "That the minutes of the meeting held on 3 February 2025 be confirmed and "
                  "signed by the Chair."),

    ("item", "60.", "Urgent and Emergency Care - Winter 2024/25"),
    ("p", "The Committee received a presentation from the Brantshire and Stowmarsh Integrated Care "
          "Board (ICB), University Hospitals of North Brantshire NHS Trust (UHNB) and Midshire "
          "Ambulance Service University NHS Foundation Trust (MAS) on the performance of the "
          "urgent and emergency care system over the winter of 2024/25. Claire Pennock, Director "
          "of Urgent Care and System Flow (ICB), Dr Amir Qureshi, Chief Medical Officer (UHNB) "
          "and Lisa Carrow, Head of Operations for Brantshire (MAS) attended for this item."),
    ("p", "The Committee were informed that attendances at the emergency departments at Royal "
          "Brantford Hospital and Kelbridge County Hospital had been 6% higher than in the "
          "previous winter. Four-hour performance had reached 71.8% in February 2025 against the "
          "national ambition of 78% by March 2025, and the average ambulance handover time had "
          "fallen from 52 minutes in January 2024 to 38 minutes in January 2025. Flu admissions "
          "had peaked in the week before Christmas, earlier than in recent years, and norovirus "
          "had closed 14 wards at various points in January."),
    ("p", "Members asked how many patients had been cared for in corridors and other temporary "
          "escalation spaces during the winter. The Chief Medical Officer confirmed that temporary "
          "escalation spaces had been used at Royal Brantford Hospital on 41 days between "
          "December and February, that every use was reported to the Trust Board, and that the "
          "Trust did not regard corridor care as acceptable."),
    ("p", "A Member expressed concern that residents in the rural north of the county still waited "
          "far longer for an ambulance than people living in Brantford and asked what was being "
          "done to close the gap. The Head of Operations explained that category 2 response times "
          "in the Tallington Moor area had averaged 58 minutes in January compared with 36 "
          "minutes across Brantshire as a whole. Two additional rapid response vehicles would be "
          "based at Ridgecastle from April 2025 and the Trust was working with the ICB on a falls "
          "response service with Brantshire Fire and Rescue Service."),
    ("p", "Members welcomed the improvement in handover times and asked whether it could be "
          "sustained once the additional winter funding ended on 31 March 2025. The Director of "
          "Urgent Care and System Flow advised that the Integrated Discharge Hub would continue to "
          "be funded through the Better Care Fund in 2025/26, although the number of discharge to "
          "assess beds commissioned from care homes would reduce from 60 to 45. She added that the "
          "ICB and the Council were reviewing the pathway jointly and would report the outcome to "
          "the Health and Wellbeing Board."),
    ("p", "The Chair questioned the reliance on agency nurses to staff escalation areas and asked "
          "what this had cost over the winter. The Chief Medical Officer did not have the figure "
          "to hand and agreed to provide it to the Committee after the meeting."),
    ("p", "A Member commented that many older residents were unaware of the NHS 111 online service "
          "and suggested that it be promoted through parish councils, libraries and the Council's "
          "own residents' newsletter."),
    ("p", "In response to a question about the virtual ward, the Committee were informed that 212 "
          "virtual ward beds were now open, that occupancy had averaged 74% over the winter, and "
          "that the service had been extended to frail older people referred directly by care "
          "homes. Members also queried whether care home staff had been trained to use the remote "
          "monitoring equipment, and it was confirmed that staff from 96 care homes had completed "
          "training delivered by the Trust's community nursing teams, with a further 30 homes "
          "booked for April."),
    ("resolved", "That:", [
        ("a)", "the update on the performance of the urgent and emergency care system be noted;"),
        ("b)", "the ICB provide the Committee with the cost of agency nursing at UHNB between "
               "December 2024 and February 2025; and"),
        ("c)", "a report on ambulance response times in rural areas be brought to the Committee "
               "in September 2025."),
    ]),

    ("item", "61.", "Home Care Recommissioning"),
    ("p", "Helen Marchant, Cabinet Member for Health and Care, introduced a report on the "
          "recommissioning of home care services from 1 October 2025, when the current framework "
          "contracts with 54 providers come to an end. She was supported by Andrew Kimber, "
          "Assistant Director for Commissioning and Market Development."),
    ("p", "The Committee were informed that the Council currently purchased around 38,000 hours of "
          "home care each week for approximately 3,900 people at a cost of £49 million a year. "
          "The proposed model would divide the county into eight zones, each served by a lead "
          "provider supported by a framework of secondary providers, with a standard hourly rate "
          "of £24.60, an enhanced rate for rural areas, and a requirement that all providers pay "
          "their care workers at least the Real Living Wage."),
    ("p", "Members asked how the zone model would avoid the difficulties in arranging care in "
          "rural areas which had arisen under the previous zoned contracts in 2017. The Assistant "
          "Director explained that lessons had been learned from that experience: rural areas "
          "would attract the enhanced rate, lead providers would be required to accept at least "
          "90% of the packages offered in their zone, and packages not picked up within 48 hours "
          "would be offered to the wider framework."),
    ("p", "Concern was expressed that the weight given to price in the evaluation could favour "
          "large national companies, some of them owned by private equity, over small local "
          "providers that had served Brantshire for many years. The Cabinet Member stated that "
          "quality would account for 60% of the evaluation and that local providers had been "
          "supported to bid through a series of market engagement events held in Brantford, "
          "Kelbridge and Stowmarsh."),
    ("p", "Derek Holloway, having declared an interest, asked whether providers would be permitted "
          "to subcontract packages to other agencies. The Assistant Director confirmed that "
          "subcontracting would only be allowed with the Council's prior written agreement and "
          "that the lead provider would remain responsible for the quality of all care delivered "
          "in its zone."),
    ("p", "Members sought clarification on how people who received home care, and their families, "
          "had been involved in designing the new service. It was reported that 612 people had "
          "responded to the public consultation in the autumn, and that a reference group of "
          "people with lived experience and unpaid carers had helped to write the outcomes "
          "framework against which providers would be monitored."),
    ("p", "The Vice-Chair (Scrutiny) asked what would happen to care workers employed by providers "
          "that were unsuccessful. She was advised that the TUPE regulations were likely to apply "
          "to many staff and that the Council would work with providers to keep experienced care "
          "workers in the sector. Members noted that turnover among home care workers in "
          "Brantshire had been 31% in 2023/24 and asked that the new contracts include measures "
          "of staff retention."),
    ("p", "A Member asked whether the proposed hourly rate would be affordable within the "
          "Council's budget for 2025/26, given the increase in employers' National Insurance "
          "contributions from April 2025. The Cabinet Member explained that the rate had been "
          "modelled on the Council's cost of care exercise and that provision of £3.2 million had "
          "been made in the Medium Term Financial Strategy."),
    ("resolved", "That:", [
        ("a)", "the report be noted;"),
        ("b)", "the comments of the Committee be shared with the Cabinet Member for Health and "
               "Care before a decision is taken on the recommissioning of home care services; "
               "and"),
        ("c)", "the outcome of the procurement be reported to the Committee in the autumn of "
               "2025."),
    ]),

    ("item", "62.", "Community Mental Health Services - Access and Waiting Times"),
    ("p", "Helen Drury, Deputy Director of Operations, and Dr Simon Ashby, Associate Medical "
          "Director, Brantshire Community Partnership NHS Foundation Trust (BCPFT), presented a "
          "report on access to community mental health services for adults and the progress of "
          "the community mental health transformation programme. Joan Eddowes had declared a "
          "personal interest in this item."),
    ("p", "The report explained that four community mental health hubs had opened in Brantford, "
          "Kelbridge, Holmbury Vale and Stowmarsh since 2023, bringing together NHS staff, social "
          "workers and voluntary sector partners. Referrals had risen by 22% over two years."),
    ("p", "Members were concerned that 1,140 adults had been waiting more than 18 weeks for a "
          "first assessment by the community mental health teams and asked when this would be "
          "reduced. The Deputy Director of Operations acknowledged that waiting times were too "
          "long and explained that a waiting list validation exercise had been completed in "
          "January, that additional weekend clinics were being held in Kelbridge and Stowmarsh, "
          "and that the Trust expected no-one to wait more than 18 weeks by December 2025."),
    ("p", "A Member asked what support was offered to people while they waited. The Associate "
          "Medical Director said that everyone on the waiting list was contacted at least "
          "monthly, was given the number of the 24-hour mental health crisis line, and could "
          "attend the crisis cafés run by Brantshire Mind in four towns."),
    ("p", "In response to a question about young people moving from CAMHS to adult mental health "
          "services, the Committee heard that a new transition protocol had been agreed with "
          "Brantshire Children's Services in January 2025 and that planning for transition now "
          "began when a young person reached 17. Members asked that the Committee be kept "
          "informed of how the protocol was working."),
    ("p", "Members asked about recruitment to the vacant consultant psychiatrist posts in the "
          "community teams. The Associate Medical Director reported that six of the nine posts had "
          "been filled since the last update, two of them by long-term locums, and that the Trust "
          "had recruited 14 mental health practitioners through its apprenticeship scheme."),
    ("p", "A Member suggested that the Trust publish its community mental health waiting times on "
          "its website each month so that patients and GPs could see them."),
    ("resolved", "That:", [
        ("a)", "the report be noted; and"),
        ("b)", "BCPFT provide the Committee with a breakdown of community mental health waiting "
               "times by district."),
    ]),

    ("item", "63.", "GP Access and NHS Dentistry"),
    ("p", "Dr Fiona Malik, Associate Director of Primary Care (ICB), presented an update on the "
          "delivery of the Primary Care Access Recovery Plan in Brantshire and on access to NHS "
          "dental services. The update highlighted that GP practices in Brantshire had delivered "
          "6.1 million appointments in 2024, 8% more than in 2019, and that 44% of appointments "
          "were now on the same day as the patient contacted the practice."),
    ("p", "Members reported that residents continued to complain about the \u201c8am rush\u201d to "
          "book appointments and about being unable to get through on the telephone. The "
          "Associate Director advised that 71 of the 84 practices in Brantshire had now moved to "
          "cloud-based telephony, which allowed callers to request a call back, and that the "
          "remaining practices would do so by the summer."),
    ("p", "A Member asked how many residents were unable to register with an NHS dentist. The "
          "Committee were informed that there was no national waiting list for NHS dental care, "
          "but that the ICB's dental helpline had received 9,400 calls in 2024 from people "
          "seeking a dentist. Additional urgent dental care sessions had been commissioned in "
          "Kelbridge and Holmbury Vale, and a new NHS dental practice would open in Ridgecastle "
          "in June 2025."),
    ("p", "Concern was raised about the closure of two community pharmacies in Stowmarsh town "
          "centre in the last six months and the effect on older people who did not drive. The "
          "Associate Director explained that the ICB had assessed the closures against the "
          "pharmaceutical needs assessment and concluded that there remained adequate provision "
          "in the town, but undertook to share the assessment with the Stowmarsh members."),
    ("p", "The Chair asked whether Pharmacy First had reduced demand on GP practices. He was told "
          "that Pharmacy First consultations in Brantshire had risen to around 5,200 a month, "
          "although the effect on GP appointments was not yet clear."),
    ("resolved1", "That the update on GP access and NHS dentistry be noted."),

    ("item", "64.", "District and Borough Health Scrutiny Activity"),
    ("p", "The Committee considered a summary of health scrutiny activity undertaken by the "
          "district and borough councils since the last meeting. Pauline Hartshorne reported that "
          "Stowmarsh Borough Council's Health Scrutiny Panel had considered the proposed "
          "reduction in the opening hours of the minor injuries unit at Stowmarsh Community "
          "Hospital and had asked to be consulted on any permanent change. Keith Danvers added "
          "that Holmbury Vale District Council was reviewing the local impact of the new home "
          "care zones."),
    ("p", "The Committee noted the district and borough health scrutiny update."),

    ("item", "65.", "Work Programme"),
    ("p", "The Committee considered its work programme for 2024/25 and the items proposed for the "
          "first meetings of 2025/26. Members asked that an item on support for people living "
          "with dementia and their carers be added to the programme, and that the Chair and "
          "Vice-Chairs consider whether a working group on hospital discharge should be "
          "established after the May 2025 elections."),
    ("resolved1", "That the work programme be approved, subject to the inclusion of an item on "
                  "dementia support."),

    ("closed", "The meeting closed at 12.52 pm"),
    ("signature",),
]


# ---------------------------------------------------------------------------------------
# Gold for the minutes
# ---------------------------------------------------------------------------------------
def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-03-10",
    "items": [
        {"number": "58", "title": "Declarations of Interest"},
        {"number": "59", "title": "Minutes of the last meeting held on 3 February 2025"},
        {"number": "60", "title": "Urgent and Emergency Care - Winter 2024/25"},
        {"number": "61", "title": "Home Care Recommissioning"},
        {"number": "62", "title": "Community Mental Health Services - Access and Waiting Times"},
        {"number": "63", "title": "GP Access and NHS Dentistry"},
        {"number": "64", "title": "District and Borough Health Scrutiny Activity"},
        {"number": "65", "title": "Work Programme"},
    ],
    "questions": [
        # 60 Urgent and emergency care
        q("60", "question",
          "how many patients had been cared for in corridors and other temporary escalation spaces",
          None,
          "temporary escalation spaces had been used at Royal Brantford Hospital on 41 days",
          "Chief Medical Officer", []),
        q("60", "concern",
          "residents in the rural north of the county still waited far longer for an ambulance",
          None,
          "category 2 response times in the Tallington Moor area had averaged 58 minutes",
          "Head of Operations", []),
        q("60", "question",
          "asked whether it could be sustained once the additional winter funding ended",
          None,
          "the Integrated Discharge Hub would continue to be funded through the Better Care Fund",
          "Director of Urgent Care and System Flow", ["finance", "integration"]),
        q("60", "question",
          "the reliance on agency nurses to staff escalation areas and asked what this had cost",
          "Chair",
          "did not have the figure to hand and agreed to provide it",
          "Chief Medical Officer", ["workforce", "finance"]),
        q("60", "comment",
          "many older residents were unaware of the NHS 111 online service",
          None, None, None, []),
        q("60", "question",
          "In response to a question about the virtual ward",
          None,
          "212 virtual ward beds were now open",
          None, []),
        q("60", "question",
          "queried whether care home staff had been trained to use the remote monitoring equipment",
          None,
          "staff from 96 care homes had completed training",
          None, ["adult-social-care", "workforce"]),
        # 61 Home care recommissioning
        q("61", "question",
          "how the zone model would avoid the difficulties in arranging care in rural areas",
          None,
          "lead providers would be required to accept at least 90% of the packages",
          "Assistant Director", ["adult-social-care", "subcontracting"]),
        q("61", "concern",
          "could favour large national companies, some of them owned by private equity",
          None,
          "quality would account for 60% of the evaluation",
          "Cabinet Member", ["privatisation", "subcontracting", "adult-social-care"]),
        q("61", "question",
          "asked whether providers would be permitted to subcontract packages to other agencies",
          "Derek Holloway",
          "subcontracting would only be allowed with the Council's prior written agreement",
          "Assistant Director", ["subcontracting", "adult-social-care"]),
        q("61", "question",
          "sought clarification on how people who received home care, and their families",
          None,
          "612 people had responded to the public consultation in the autumn",
          None, ["patient-and-public-input", "adult-social-care"]),
        q("61", "question",
          "asked what would happen to care workers employed by providers that were unsuccessful",
          "Vice-Chair (Scrutiny)",
          "the TUPE regulations were likely to apply to many staff",
          None, ["workforce", "adult-social-care", "subcontracting"]),
        q("61", "request",
          "asked that the new contracts include measures of staff retention",
          None, None, None, ["workforce", "adult-social-care", "subcontracting"]),
        q("61", "question",
          "whether the proposed hourly rate would be affordable within the",
          None,
          "provision of £3.2 million had been made in the Medium Term Financial Strategy",
          "Cabinet Member", ["finance", "adult-social-care"]),
        # 62 Community mental health
        q("62", "concern",
          "1,140 adults had been waiting more than 18 weeks for a first assessment",
          None,
          "a waiting list validation exercise had been completed in January",
          "Deputy Director of Operations", ["mental-health"]),
        q("62", "question",
          "asked what support was offered to people while they waited",
          None,
          "everyone on the waiting list was contacted at least monthly",
          "Associate Medical Director", ["mental-health"]),
        q("62", "question",
          "a question about young people moving from CAMHS to adult mental health services",
          None,
          "a new transition protocol had been agreed",
          None, ["mental-health", "children-and-families"]),
        q("62", "request",
          "asked that the Committee be kept informed of how the protocol was working",
          None, None, None, ["mental-health", "children-and-families"]),
        q("62", "question",
          "asked about recruitment to the vacant consultant psychiatrist posts in the community teams",
          None,
          "six of the nine posts had been filled since the last update",
          "Associate Medical Director", ["workforce", "mental-health"]),
        q("62", "request",
          "suggested that the Trust publish its community mental health waiting times",
          None, None, None, ["mental-health"]),
        # 63 GP access and dentistry
        q("63", "concern",
          "residents continued to complain about the \u201c8am rush\u201d to book appointments",
          None,
          "71 of the 84 practices in Brantshire had now moved to cloud-based telephony",
          "Associate Director", ["primary-care"]),
        q("63", "question",
          "asked how many residents were unable to register with an NHS dentist",
          None,
          "there was no national waiting list for NHS dental care",
          None, ["primary-care"]),
        q("63", "concern",
          "the closure of two community pharmacies in Stowmarsh town centre",
          None,
          "there remained adequate provision in the town",
          "Associate Director", ["primary-care"]),
        q("63", "question",
          "asked whether Pharmacy First had reduced demand on GP practices",
          "Chair",
          "Pharmacy First consultations in Brantshire had risen to around 5,200 a month",
          None, ["primary-care"]),
        # 65 Work programme
        q("65", "request",
          "an item on support for people living with dementia and their carers",
          None, None, None, ["mental-health", "adult-social-care"]),
    ],
    "resolutions": [
        r("59", "the minutes of the meeting held on 3 February 2025 be confirmed", "agreed", []),
        r("60", "the performance of the urgent and emergency care system be noted", "agreed",
          ["workforce"]),
        r("61", "the comments of the Committee be shared with the Cabinet Member", "agreed",
          ["adult-social-care", "subcontracting"]),
        r("62", "BCPFT provide the Committee with a breakdown of community mental health waiting",
          "agreed", ["mental-health"]),
        r("63", "the update on GP access and NHS dentistry be noted", "noted", ["primary-care"]),
        r("64", "The Committee noted the district and borough health scrutiny update", "noted", []),
        r("65", "the work programme be approved, subject to the inclusion of an item", "agreed",
          []),
    ],
    "attendees": [
        {"name": "Martin Ellery", "role": "Chair", "attendance": "present"},
        {"name": "Graham Ashworth", "role": None, "attendance": "present"},
        {"name": "Susan Bickerton", "role": "Vice-Chair (Scrutiny)", "attendance": "present"},
        {"name": "Anne Calloway", "role": None, "attendance": "present"},
        {"name": "Keith Danvers", "role": None, "attendance": "present"},
        {"name": "Joan Eddowes", "role": None, "attendance": "present"},
        {"name": "Rosalind Fenwick", "role": "Vice-Chair (Overview)", "attendance": "present"},
        {"name": "Pauline Hartshorne", "role": None, "attendance": "present"},
        {"name": "Derek Holloway", "role": None, "attendance": "present"},
        {"name": "Nigel Pemberton", "role": None, "attendance": "present"},
        {"name": "Trevor Quayle", "role": None, "attendance": "present"},
        {"name": "Janet Rowlands", "role": None, "attendance": "present"},
        {"name": "Philip Sandiford", "role": None, "attendance": "present"},
        {"name": "Helen Marchant", "role": "Cabinet Member for Health and Care",
         "attendance": "in_attendance"},
        {"name": "Robert Lyle",
         "role": "Cabinet Support Member for Public Health and Integrated Care",
         "attendance": "in_attendance"},
        {"name": "Brian Ottley", "role": None, "attendance": "apologies"},
        {"name": "Margaret Vane", "role": None, "attendance": "apologies"},
        {"name": "Colin Wheatcroft", "role": None, "attendance": "apologies"},
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------------------
# PDF rendering
# ---------------------------------------------------------------------------------------
def build_minutes_pdf(path: Path) -> None:
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        def header(self):
            if self.page_no() == 1:
                self.set_font("Sans", "B", 12)
                self.set_text_color(90, 40, 110)
                self.cell(0, 6, "Brantshire County Council", align="R",
                          new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
                self.ln(6)
                return
            self.set_font("Sans", "", 8)
            self.set_text_color(80, 80, 80)
            self.cell(0, 5, f"{COMMITTEE} - {MEETING_DATE_TEXT}", align="L",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(5)

        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 9)
            self.cell(0, 6, f"- {self.page_no()} -", align="C")

    pdf = MinutesPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(f"Minutes of the {COMMITTEE} Meeting held on {MEETING_DATE_TEXT}")
    pdf.set_author("Brantshire County Council")
    pdf.set_creator("Microsoft Word")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_font("Sans", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    lh = 5.2
    body = 10

    for block in MINUTES:
        kind = block[0]
        if kind == "title":
            pdf.set_font("Sans", "B", 13)
            pdf.multi_cell(width, 6.5, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "labelled":
            label, text = block[1], block[2]
            pdf.set_font("Sans", "B", body)
            lw = 40
            y = pdf.get_y()
            pdf.cell(lw, lh, label)
            pdf.set_font("Sans", "", body)
            pdf.set_xy(pdf.l_margin + lw, y)
            pdf.multi_cell(width - lw, lh, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "attendance":
            pdf.set_font("Sans", "B", body)
            pdf.cell(width, lh, "Attendance", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
            pdf.set_font("Sans", "", body)
            col = (width) / 2
            for left, right in block[1]:
                pdf.cell(col, lh + 0.6, left)
                pdf.cell(col, lh + 0.6, right, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "part":
            pdf.ln(2)
            pdf.set_font("Sans", "B", body + 1)
            pdf.cell(width, lh + 1, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "item":
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("Sans", "B", body + 1)
            pdf.cell(12, lh + 1, block[1])
            pdf.multi_cell(width - 12, lh + 1, block[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "p":
            pdf.set_font("Sans", "", body)
            pdf.multi_cell(width, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "resolved1":
            pdf.set_font("Sans", "B", body)
            pdf.cell(22, lh, "Resolved:")
            pdf.set_font("Sans", "", body)
            pdf.multi_cell(width - 22, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "resolved":
            pdf.set_font("Sans", "B", body)
            pdf.cell(22, lh, "Resolved:")
            pdf.set_font("Sans", "", body)
            pdf.multi_cell(width - 22, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            for label, text in block[2]:
                pdf.set_x(pdf.l_margin + 8)
                pdf.cell(8, lh, label)
                pdf.multi_cell(width - 16, lh, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            pdf.ln(2.5)
        elif kind == "closed":
            pdf.ln(4)
            pdf.set_font("Sans", "", body)
            pdf.cell(width, lh, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "signature":
            if pdf.get_y() > pdf.h - 22 - 20:
                pdf.add_page()
            pdf.ln(10)
            pdf.set_font("Sans", "", body)
            pdf.set_x(pdf.l_margin + width - 70)
            pdf.cell(70, lh, "." * 40, align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(pdf.l_margin + width - 70)
            pdf.set_font("Sans", "B", body)
            pdf.cell(70, lh, "Chair", align="C", new_x="LMARGIN", new_y="NEXT")
        else:  # pragma: no cover
            raise ValueError(kind)

    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------------------
# The report that is not minutes (Word)
# ---------------------------------------------------------------------------------------
REPORT_QA = [
    ("How long do people in crisis wait for a response from the crisis team?",
     "The Trust aims to see urgent referrals within 24 hours and very urgent referrals within "
     "four hours. In 2023/24 it met the four-hour standard for 81% of referrals.",
     "Deputy Director of Operations, BCPFT"),
    ("Why are people still taken to the emergency department when there is a crisis café "
     "nearby?",
     "The cafés are open from 5pm to 11pm and are not staffed to take people brought in by the "
     "police or ambulance. Extending hours would require recurrent funding of about £410,000.",
     "Head of Mental Health Commissioning, ICB"),
    ("What happens when a place of safety is not available?",
     "Officers sometimes wait with the person for several hours. In 2024 there were 37 occasions "
     "when a person was held in a police vehicle for more than an hour.",
     "Chief Inspector, Brantshire Police"),
    ("Do people who have used crisis services get a say in how they are designed?",
     "A lived experience panel meets monthly and two of its members sat on the interview panel "
     "for the new crisis service manager.",
     "Brantshire Mind"),
]

REPORT_RECS = [
    "That the Cabinet Member for Health and Care, with the ICB, seeks funding to open the crisis "
    "cafés seven nights a week until 2am.",
    "That the Council and the Trust agree a joint target for the time taken to find a bed for "
    "people assessed under the Mental Health Act, and report progress to the Committee every six "
    "months.",
    "That Adult Social Care ensures that an Approved Mental Health Professional is available "
    "through the night at weekends.",
    "That the ICB publishes the number of people waiting more than 12 hours in emergency "
    "departments for a mental health bed.",
]


def build_report_docx(path: Path) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    cp = d.core_properties
    cp.author = "Scrutiny and Support Team"
    cp.title = "Mental Health Crisis Support Working Group - Final Report"
    cp.created = dt.datetime(2025, 1, 20, 9, 0, 0)
    cp.modified = dt.datetime(2025, 1, 27, 16, 45, 0)
    cp.last_modified_by = "Scrutiny and Support Team"
    cp.revision = 3

    p = d.add_paragraph()
    run = p.add_run("Brantshire County Council")
    run.bold = True
    d.add_paragraph("Health and Care Overview and Scrutiny Committee - 3 February 2025")
    d.add_heading("Mental Health Crisis Support Working Group: Final Report", level=1)

    d.add_heading("Recommendation", level=2)
    d.add_paragraph("The Committee is asked to:")
    d.add_paragraph("(a) consider the findings of the Working Group;", style="List Paragraph")
    d.add_paragraph("(b) endorse the recommendations in section 6 for submission to the Cabinet "
                    "Member for Health and Care and the Brantshire and Stowmarsh Integrated Care "
                    "Board; and", style="List Paragraph")
    d.add_paragraph("(c) agree to review progress against the recommendations in six months.",
                    style="List Paragraph")
    p = d.add_paragraph("Report of the Chair of the Working Group")
    p.runs[0].italic = True

    d.add_heading("1. Background", level=2)
    d.add_paragraph(
        "1.1 On 9 September 2024 the Committee agreed to set up a small working group to look at "
        "the support available to adults in mental health crisis in Brantshire, following "
        "concerns raised by members about people waiting many hours in emergency departments.")
    d.add_paragraph(
        "1.2 The Working Group met four times between October and December 2024. It heard from "
        "Brantshire Community Partnership NHS Foundation Trust, the Integrated Care Board, "
        "Brantshire Police, Brantshire Mind and the Council's Approved Mental Health "
        "Professional service, and visited the crisis café in Kelbridge.")

    d.add_heading("2. Membership", level=2)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Member"
    t.rows[0].cells[1].text = "Role"
    for name, role in [("Susan Bickerton", "Chair of the Working Group"),
                       ("Anne Calloway", "Member"), ("Trevor Quayle", "Member"),
                       ("Janet Rowlands", "Member")]:
        cells = t.add_row().cells
        cells[0].text = name
        cells[1].text = role

    d.add_heading("3. Key lines of enquiry", level=2)
    for line in [
        "How quickly can an adult in crisis get help, day or night?",
        "Are there enough places of safety and crisis beds in the county?",
        "How well do the NHS, the police and the Council work together on the night?",
        "What do people who have used crisis services think of them?",
    ]:
        d.add_paragraph(line, style="List Bullet")

    d.add_heading("4. Questions put to witnesses", level=2)
    d.add_paragraph("The table below summarises the main questions the Working Group asked and "
                    "the answers it was given.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text = "Question put by the Working Group"
    hdr[1].text = "Response"
    hdr[2].text = "Witness"
    for question, answer, who in REPORT_QA:
        cells = t.add_row().cells
        cells[0].text = question
        cells[1].text = answer
        cells[2].text = who

    d.add_heading("5. Findings", level=2)
    d.add_paragraph(
        "5.1 Members were impressed by the commitment of staff but concluded that the system "
        "works well only in office hours. Between midnight and 8am there is no crisis café, "
        "limited Approved Mental Health Professional cover at weekends and no dedicated place "
        "of safety in the south of the county.")
    d.add_paragraph(
        "5.2 People with lived experience told the Working Group that being asked to repeat "
        "their story to several services was the hardest part of a crisis.")

    d.add_heading("6. Recommendations", level=2)
    for i, rec in enumerate(REPORT_RECS, 1):
        d.add_paragraph(f"R{i}. {rec}")

    d.add_heading("7. Next steps", level=2)
    d.add_paragraph(
        "If the Committee endorses this report, it will be sent to the Cabinet Member for Health "
        "and Care and to the ICB, who will be asked to respond within two months.")
    d.add_paragraph("Contact officer: Lydia Burrows, Scrutiny and Support Officer, "
                    "scrutiny@brantshire.example.gov.uk")

    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue()))


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so the output is byte-for-byte repeatable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 27, 16, 45, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------------------
# Text extraction and checks
# ---------------------------------------------------------------------------------------
def document_text(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((page.extract_text() or "") for page in pdf.pages)
    if suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_bytes(), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def normalise(text: str, joiner: str = "") -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]", joiner, text)
    return re.sub(r"\s+", " ", text).strip()


def count(phrase: str, text: str) -> int:
    """Occurrences of phrase in text on word boundaries, under both ways of dropping punctuation."""
    counts = []
    for joiner in ("", " "):
        hay = " " + normalise(text, joiner) + " "
        needle = " " + normalise(phrase, joiner) + " "
        counts.append(hay.count(needle))
    return min(counts) if counts[0] == counts[1] else -1


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("jy-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            problems += 1
            continue
        text = document_text(doc)
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for what, phrase in phrases:
            n = count(phrase, text)
            words = len(normalise(phrase, " ").split())
            if n != 1:
                print(f"{doc.name}: {what} phrase found {n} times: {phrase!r}")
                problems += 1
            if not 6 <= words <= 15:
                print(f"{doc.name}: {what} phrase has {words} words: {phrase!r}")
                problems += 1
        item_numbers = {i["number"] for i in gold.get("items", [])}
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            if row["item"] not in item_numbers:
                print(f"{doc.name}: row refers to unknown item {row['item']}")
                problems += 1
        for a in gold.get("attendees", []):
            if normalise(a["name"]) not in normalise(text):
                print(f"{doc.name}: attendee not in text: {a['name']}")
                problems += 1
        print(f"{doc.name}: {len(phrases)} phrases checked")
    if problems:
        print(f"FAILED: {problems} problem(s)")
        return 1
    print("OK: every phrase occurs exactly once")
    return 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes_pdf(DOCS / MINUTES_NAME)
    build_report_docx(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
