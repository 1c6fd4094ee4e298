#!/usr/bin/env python3
"""Build the "li-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_li.py           build documents/li-* and gold/li-*.json
        build_li.py --check   verify every gold phrase occurs once in its document
"""
import datetime as _dt
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

MINUTES_NAME = "li-kellow-health-ppb-2025-03-11.pdf"
REPORT_NAME = "li-kellow-health-ppb-report-domiciliary-care-recommissioning.docx"

FIXED = _dt.datetime(2025, 3, 14, 9, 30, 0, tzinfo=_dt.timezone.utc)

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------

ATTENDANCE = [
    ("Present:", "Councillors Ormerod (Chair), Leyland (Vice-Chair), Bostock, Fairhurst, "
                 "P. Garside, Hesketh, Naylor, Thwaite and Whiteside and Mrs J. Kenyon "
                 "(Healthwatch Co-optee)"),
    ("Apologies for Absence:", "Councillors Brearley and Catterall"),
    ("Absence declared on Council business:", "Councillor Rimmer"),
    ("Officers present:", "H. Marsden, D. Lowther, I. Pennington, S. Ashworth, E. Grundy "
                          "and K. Butterworth"),
    ("Also in attendance:", "Councillor T. Mawdsley (Portfolio Holder for Health and "
                            "Wellbeing), Dr R. Sethi (Place Director, NHS Estuary ICB), "
                            "Ms L. Crompton (Chief Operating Officer, Saltmoor and Brindlow "
                            "Teaching Hospitals NHS Foundation Trust) and one member of the "
                            "public"),
]

AD = "Executive Director – Adult Services"
DPH = "Director of Public Health"

# Each minute: (number, title, blocks). Block kinds:
#   ("p", text)                     paragraph
#   ("b", [text, ...])              bullet list
#   ("q", label, text)              "Question:" / "Response:" style run-in paragraph
#   ("res", [lines], action)        RESOLVED block; first line follows "RESOLVED:"
#   ("nb", text)                    bracketed interest note
MINUTES = [
    ("HEA37", "MINUTES", [
        ("p", "The Minutes of the meeting held on 14 January 2025 having been circulated "
              "were signed as a correct record."),
    ]),
    ("HEA38", "PUBLIC QUESTION TIME", [
        ("p", "The Board was advised that one public question had been received from "
              "Mr G. Entwistle, in accordance with Standing Order No. 34(9). The question, "
              "and the response provided by the Portfolio Holder for Health and Wellbeing, "
              "are set out below:"),
        ("q", "Question:", "‘When the walk-in centre at Brindlow Health Centre moved to "
              "appointments only last October, residents were told that this would improve "
              "access. How many patients have been turned away or sent to Saltmoor since "
              "the change, and will the Board ask the ICB to publish these figures?’"),
        ("q", "Response:", "‘The ICB has advised that 1,146 patients were redirected to "
              "the Urgent Treatment Centre at Saltmoor General Hospital between October and "
              "December 2024, which represents around 9% of those who contacted the centre. "
              "The ICB has agreed to include these figures in its quarterly place report "
              "to this Board from June 2025.’"),
        ("p", "Mr Entwistle asked a supplementary question regarding the lack of evening "
              "bus services between Brindlow and Saltmoor General Hospital. The Chair "
              "advised that a written response would be sent to him following the meeting."),
    ]),
    ("HEA39", "HEALTH AND WELLBEING MINUTES", [
        ("p", "The minutes of the Health and Wellbeing Board meeting held on 22 January "
              "2025 were submitted to the Board for information."),
    ]),
    ("HEA40", "URGENT AND EMERGENCY CARE – WINTER 2024/25", [
        ("p", "The Board received a presentation from Lorna Crompton, Chief Operating "
              "Officer, Saltmoor and Brindlow Teaching Hospitals NHS Foundation Trust (the "
              "Trust) and Dr Rakesh Sethi, Place Director, NHS Estuary Integrated Care Board "
              "(ICB), which reviewed the performance of the local urgent and emergency care "
              "system over the winter period 2024/25."),
        ("p", "The presentation outlined:"),
        ("b", [
            "attendances at the Emergency Department at Saltmoor General Hospital, which "
            "had been 7% higher in December 2024 and January 2025 than in the same months "
            "of the previous year;",
            "four hour performance, which had averaged 71.4% over the quarter against the "
            "national expectation of 78% by March 2025;",
            "the impact of the Transfer of Care Hub, which had reduced the number of "
            "patients in hospital with no criteria to reside from an average of 64 to 41;",
            "the joint work between the Trust, the Council’s Care Management Team and the "
            "ICB on the discharge to assess pathways; and",
            "the escalation arrangements put in place during the period of high flu and "
            "norovirus prevalence in the first two weeks of January.",
        ]),
        ("p", "Arising from the presentation, the following points were raised:"),
        ("b", [
            "Members queried the length of time that ambulances had waited outside the "
            "Emergency Department during January. It was reported that average handover "
            "times had improved to 38 minutes in February, although there had been 19 "
            "occasions in January when a handover had taken over four hours;",
            "a Member asked whether the rise in attendances was linked to the "
            "difficulties residents faced in getting a GP appointment. Dr Sethi advised "
            "that around a quarter of people who walked in to the Emergency Department "
            "could have been seen in primary care, and that additional same day "
            "appointments had been funded in practices through the winter access scheme;",
            "concern was expressed about patients being cared for on trolleys in "
            "corridors and the effect this had on their dignity. The Chief Operating "
            "Officer acknowledged that this had happened on the busiest days and that it "
            "was not acceptable, and advised that a temporary escalation area of 12 beds "
            "had been opened on Ward C4 to reduce corridor care;",
            "in relation to staffing, Members were advised that the Trust had reduced "
            "its use of agency nurses by recruiting 46 internationally educated nurses "
            "during 2024, but that there were still vacancies in emergency medicine "
            "consultant posts;",
            "Councillor Hesketh requested that future reports include figures broken down "
            "by the Saltmoor and Brindlow localities, so that Members could see any "
            "differences between the two towns; and",
            "a Member commented that the Transfer of Care Hub was a good example of the "
            "joined up working between health and social care that the Board had long "
            "called for, and that the staff involved deserved the Board’s thanks.",
        ]),
        ("res", ["That the presentation be noted and the thanks of the Board be passed "
                 "to the staff of the Transfer of Care Hub."], AD),
    ]),
    ("HEA41", "HOME CARE – RECOMMISSIONING OF DOMICILIARY CARE SERVICES", [
        ("p", "The Board considered a report of the Executive Director – Adult Services, "
              "which set out the proposed approach to the recommissioning of domiciliary "
              "care (home care) services in the Borough, as the current contracts with the "
              "six framework providers were due to expire on 31 October 2025."),
        ("p", "The Divisional Manager – Commissioning explained that the proposed model "
              "would move from a framework of spot purchased providers to four geographical "
              "zones, each with a lead provider supported by a small number of other "
              "providers, which was expected to reduce the travelling time of care workers "
              "and to improve the continuity of care received by people. Engagement had "
              "taken place with people who used the service, their families and carers and "
              "the current providers between November 2024 and January 2025, and 212 "
              "responses had been received to the survey. The report would be presented to "
              "the Executive Board on 10 April 2025 for approval to go out to tender."),
        ("p", "Members raised a number of questions in relation to the proposals. "
              "Councillor Naylor asked whether the Council had considered bringing some or "
              "all of the service back in-house, given the profits being made by some of the "
              "large national providers. The Executive Director – Adult Services replied "
              "that an in-house option had been assessed as part of the options appraisal, "
              "but that the set up costs and the cost of transferring staff under TUPE "
              "meant that it was not viable within the Council’s current financial "
              "position, although the in-house reablement service would be retained and "
              "would continue to provide the first six weeks of care for people leaving "
              "hospital. Councillor Naylor stated that he remained unconvinced by the "
              "options appraisal and asked that his view be recorded."),
        ("p", "Members sought assurance that the new contracts would require providers to "
              "pay care workers at least the Real Living Wage. It was confirmed that the "
              "hourly rate to be offered to providers had been calculated to allow them to "
              "pay the Real Living Wage of £12.60 per hour, and that this would be a "
              "contractual requirement with open book monitoring by the Commissioning "
              "Team. Concern was expressed that care workers were still not being paid for "
              "the time spent travelling between visits, which had led many of them to "
              "leave the sector. In response, the Divisional Manager – Commissioning "
              "advised that payment for travel time would be a condition of the zone "
              "contracts, and that the move to zones was itself intended to reduce the "
              "time spent travelling."),
        ("p", "Councillor Whiteside queried what would happen to people currently "
              "receiving care from a provider that was not successful in the tender, as "
              "continuity of carers was very important to older people, particularly those "
              "living with dementia. Members were advised that a transition plan would be "
              "agreed with each person and their family and that, wherever possible, staff "
              "would transfer to the new provider so that people could keep the same "
              "carers."),
        ("p", "In response to a question from the Healthwatch Co-optee about how the "
              "results of the survey had shaped the proposals, the Board was advised that "
              "the strongest message from service users had been about the reliability of "
              "call times, and that the service specification now included a maximum "
              "window of 30 minutes either side of the planned time of each visit."),
        ("res", ["That the Board", "1) note the report and the proposed model for the "
                 "recommissioning of domiciliary care services; and",
                 "2) receive a further report on the outcome of the procurement exercise at "
                 "its meeting in September 2025."], AD),
    ]),
    ("HEA42", "STOP SMOKING AND VAPING – ANNUAL UPDATE", [
        ("p", "The Board received an update from the Director of Public Health on the work "
              "of the Kellow Stop Smoking Service and on the Council’s response to the rise "
              "in vaping among children and young people. It was reported that smoking "
              "prevalence among adults in the Borough had fallen to 13.9% in 2023, "
              "compared with 11.9% for England, and that the service had supported 1,108 "
              "people to set a quit date so far in 2024/25, of whom 58% had quit at four "
              "weeks. The Council had received an additional £298,000 through the Local "
              "Stop Smoking Services and Support Grant in 2024/25, which had been used to "
              "extend the opening hours of the service and to provide a specialist offer "
              "for pregnant women and for people with a serious mental illness."),
        ("p", "Following Members’ questions, the following additional information was "
              "provided:"),
        ("b", [
            "vapes were offered as a quit aid under the national Swap to Stop scheme, but "
            "only to adult smokers and always alongside behavioural support;",
            "Trading Standards officers had carried out 37 test purchases of vapes in the "
            "last twelve months, 9 of which had resulted in a sale to a person under 18, "
            "and three shops had been referred for prosecution;",
            "the School Nursing Service and the Youth Service were delivering vaping "
            "awareness sessions in every secondary school in the Borough; and",
            "the Tobacco and Vapes Bill, if passed, would give local authorities new "
            "powers to enforce the ban on sales to anyone born on or after 1 January 2009.",
        ]),
        ("p", "Councillor Thwaite raised concerns about the number of discarded disposable "
              "vapes being found as litter in parks and on the Brindlow estates."),
        ("res", ["That the report and comments made be noted."], DPH),
    ]),
    ("HEA43", "SCRUTINY TOPIC GROUP – ACCESS TO GP SERVICES", [
        ("p", "The Board considered the draft report and recommendations of the Scrutiny "
              "Topic Group that had been established to examine access to GP services in "
              "the Borough. Councillor Leyland, who had chaired the Topic Group, thanked the "
              "Members, officers, GP practices and patient participation groups who had "
              "contributed to the review, which had held six evidence gathering sessions "
              "between July and December 2024."),
        ("p", "The report made nine recommendations, including that the ICB and the Kellow "
              "GP Federation work with practices to offer a consistent telephone call back "
              "system across the Borough; that information on the roles of the additional "
              "staff now working in practices, such as clinical pharmacists, "
              "physiotherapists and paramedics, be promoted to residents; and that the "
              "Council seek developer contributions towards primary care capacity from the "
              "Saltmoor Docks housing development."),
        ("p", "During the discussion, a Member asked whether the recommendations would have "
              "any real effect given that the Council did not commission GP services. Dr "
              "Sethi advised that the ICB welcomed the report and would respond formally to "
              "each recommendation within two months of receiving it, and that several of "
              "the recommendations were already reflected in the ICB’s Primary Care Access "
              "Recovery Plan. Members also requested that the final report be sent to all "
              "of the patient participation groups in the Borough."),
        ("res", ["That the Board recommends to the Executive Board that",
                 "1) the report and recommendations of the Access to GP Services Scrutiny "
                 "Topic Group be approved; and",
                 "2) the report be forwarded to NHS Estuary Integrated Care Board and the "
                 "Kellow GP Federation for a formal response."], AD),
    ]),
    ("HEA44", "PERFORMANCE MANAGEMENT REPORTS – QUARTER 3 2024/25", [
        ("p", "The Board received the Performance Management reports for quarter 3 of "
              "2024/25 (1 October 2024 to 31 December 2024). The key priorities for "
              "development or improvement in 2024/25 were agreed by Members and included in "
              "the Directorate Plan, for the various function areas reported to the Board "
              "as follows:"),
        ("b", ["Adult Social Care; and", "Public Health."]),
        ("p", "The reports detailed progress against service objectives and milestones and "
              "performance targets, and provided information relating to key developments "
              "and emerging issues that had arisen during the period."),
        ("p", "Members noted that the number of people waiting for a Care Act assessment "
              "had risen to 318 at the end of December and asked what action was being "
              "taken to reduce the waiting list. The Executive Director – Adult Services "
              "explained that two additional social workers had been appointed on fixed "
              "term contracts funded from the Adult Social Care reserve, and that a review "
              "team was prioritising those people assessed as being at the highest risk."),
        ("p", "A question was raised regarding the low uptake of NHS Health Checks in "
              "Brindlow compared with Saltmoor, and whether the outreach checks offered at "
              "community venues during the autumn would be continued."),
        ("p", "Councillor Fairhurst queried the increase in the number of Disabled Facilities "
              "Grant applications awaiting approval, noting that some residents had waited "
              "over a year for a level access shower. In response, it was noted that "
              "waiting times had been affected by a shortage of contractors and that a new "
              "framework of approved contractors would be in place from April 2025."),
        ("res", ["That the Quarter 3 Performance Management reports be received."], AD),
    ]),
    ("HEA45", "SCRUTINY TOPIC 2025/26", [
        ("p", "The Board was reminded that each year it selected a topic for in-depth "
              "review by a Scrutiny Topic Group. The suggestions received from Members "
              "before the meeting were the support available to unpaid carers, the "
              "hospital discharge pathway for people with a learning disability, and the "
              "availability of NHS dental services for adults."),
        ("p", "Councillor Bostock suggested that dental services should be the priority, as "
              "she had been contacted by a number of residents who had been unable to "
              "register with an NHS dentist anywhere in the Borough."),
        ("p", "Following a vote, the Board agreed that the Scrutiny Topic for 2025/26 would "
              "be access to NHS dental services, and that a draft scope for the Topic Group "
              "would be brought to the next meeting on 17 June 2025."),
    ]),
]

GOLD_MINUTES = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health Policy and Performance Board",
    "meeting_date": "2025-03-11",
    "items": [{"number": n, "title": t} for n, t, _ in MINUTES],
    "questions": [
        {"item": "HEA38", "kind": "question",
         "text": "How many patients have been turned away or sent to Saltmoor since the change",
         "asked_by": "Mr G. Entwistle",
         "answer": "1,146 patients were redirected to the Urgent Treatment Centre at Saltmoor General Hospital",
         "given_by": "Portfolio Holder for Health and Wellbeing",
         "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "HEA38", "kind": "question",
         "text": "asked a supplementary question regarding the lack of evening bus services",
         "asked_by": "Mr Entwistle",
         "answer": "a written response would be sent to him following the meeting",
         "given_by": "The Chair",
         "themes": ["patient-and-public-input"]},
        {"item": "HEA40", "kind": "question",
         "text": "Members queried the length of time that ambulances had waited outside",
         "asked_by": None,
         "answer": "average handover times had improved to 38 minutes in February",
         "given_by": None,
         "themes": []},
        {"item": "HEA40", "kind": "question",
         "text": "asked whether the rise in attendances was linked to the difficulties residents faced",
         "asked_by": None,
         "answer": "around a quarter of people who walked in to the Emergency Department",
         "given_by": "Dr Sethi",
         "themes": ["primary-care"]},
        {"item": "HEA40", "kind": "concern",
         "text": "concern was expressed about patients being cared for on",
         "asked_by": None,
         "answer": "a temporary escalation area of 12 beds had been opened on Ward C4",
         "given_by": "The Chief Operating Officer",
         "themes": []},
        {"item": "HEA40", "kind": "question",
         "text": "in relation to staffing, Members were advised that the Trust",
         "asked_by": None,
         "answer": "had reduced its use of agency nurses by recruiting 46 internationally educated nurses",
         "given_by": None,
         "themes": ["workforce"]},
        {"item": "HEA40", "kind": "request",
         "text": "requested that future reports include figures broken down by the Saltmoor and Brindlow localities",
         "asked_by": "Councillor Hesketh",
         "answer": None,
         "given_by": None,
         "themes": []},
        {"item": "HEA40", "kind": "comment",
         "text": "joined up working between health and social care that the Board had long called for",
         "asked_by": None,
         "answer": None,
         "given_by": None,
         "themes": ["integration"]},
        {"item": "HEA41", "kind": "question",
         "text": "asked whether the Council had considered bringing some or all of the service back in-house",
         "asked_by": "Councillor Naylor",
         "answer": "an in-house option had been assessed as part of the options appraisal",
         "given_by": "The Executive Director – Adult Services",
         "themes": ["privatisation", "finance"]},
        {"item": "HEA41", "kind": "comment",
         "text": "stated that he remained unconvinced by the options appraisal",
         "asked_by": "Councillor Naylor",
         "answer": None,
         "given_by": None,
         "themes": ["privatisation"]},
        {"item": "HEA41", "kind": "question",
         "text": "Members sought assurance that the new contracts would require providers to pay care workers",
         "asked_by": None,
         "answer": "the hourly rate to be offered to providers had been calculated to allow them",
         "given_by": None,
         "themes": ["workforce", "subcontracting", "finance", "adult-social-care"]},
        {"item": "HEA41", "kind": "concern",
         "text": "Concern was expressed that care workers were still not being paid",
         "asked_by": None,
         "answer": "payment for travel time would be a condition of the zone contracts",
         "given_by": "the Divisional Manager – Commissioning",
         "themes": ["workforce", "subcontracting", "adult-social-care"]},
        {"item": "HEA41", "kind": "question",
         "text": "queried what would happen to people currently receiving care from a provider",
         "asked_by": "Councillor Whiteside",
         "answer": "a transition plan would be agreed with each person and their family",
         "given_by": None,
         "themes": ["adult-social-care", "subcontracting", "mental-health"]},
        {"item": "HEA41", "kind": "question",
         "text": "about how the results of the survey had shaped the proposals",
         "asked_by": "the Healthwatch Co-optee",
         "answer": "the strongest message from service users had been about the reliability of call times",
         "given_by": None,
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "HEA42", "kind": "question",
         "text": "vapes were offered as a quit aid under the national Swap to Stop scheme",
         "asked_by": None,
         "answer": None,
         "given_by": None,
         "themes": ["public-health"]},
        {"item": "HEA42", "kind": "question",
         "text": "Trading Standards officers had carried out 37 test purchases of vapes",
         "asked_by": None,
         "answer": None,
         "given_by": None,
         "themes": ["public-health", "children-and-families"]},
        {"item": "HEA42", "kind": "question",
         "text": "were delivering vaping awareness sessions in every secondary school in the Borough",
         "asked_by": None,
         "answer": None,
         "given_by": None,
         "themes": ["public-health", "children-and-families"]},
        {"item": "HEA42", "kind": "question",
         "text": "the Tobacco and Vapes Bill, if passed, would give local authorities new powers",
         "asked_by": None,
         "answer": None,
         "given_by": None,
         "themes": ["public-health"]},
        {"item": "HEA42", "kind": "concern",
         "text": "raised concerns about the number of discarded disposable vapes being found as litter",
         "asked_by": "Councillor Thwaite",
         "answer": None,
         "given_by": None,
         "themes": ["public-health"]},
        {"item": "HEA43", "kind": "question",
         "text": "asked whether the recommendations would have any real effect",
         "asked_by": None,
         "answer": "the ICB welcomed the report and would respond formally to each recommendation",
         "given_by": "Dr Sethi",
         "themes": ["primary-care"]},
        {"item": "HEA43", "kind": "request",
         "text": "requested that the final report be sent to all of the patient participation groups",
         "asked_by": None,
         "answer": None,
         "given_by": None,
         "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "HEA44", "kind": "question",
         "text": "asked what action was being taken to reduce the waiting list",
         "asked_by": None,
         "answer": "two additional social workers had been appointed on fixed term contracts",
         "given_by": "The Executive Director – Adult Services",
         "themes": ["adult-social-care", "workforce"]},
        {"item": "HEA44", "kind": "question",
         "text": "A question was raised regarding the low uptake of NHS Health",
         "asked_by": None,
         "answer": None,
         "given_by": None,
         "themes": ["public-health"]},
        {"item": "HEA44", "kind": "question",
         "text": "queried the increase in the number of Disabled Facilities Grant applications awaiting approval",
         "asked_by": "Councillor Fairhurst",
         "answer": "waiting times had been affected by a shortage of contractors",
         "given_by": None,
         "themes": ["housing", "subcontracting"]},
        {"item": "HEA45", "kind": "comment",
         "text": "suggested that dental services should be the priority",
         "asked_by": "Councillor Bostock",
         "answer": None,
         "given_by": None,
         "themes": ["primary-care"]},
    ],
    "resolutions": [
        {"item": "HEA37", "text": "having been circulated were signed as a correct record",
         "outcome": "agreed", "themes": []},
        {"item": "HEA40", "text": "the Board be passed to the staff of the Transfer of Care Hub",
         "outcome": "agreed", "themes": []},
        {"item": "HEA41", "text": "receive a further report on the outcome of the procurement exercise",
         "outcome": "agreed", "themes": ["subcontracting", "adult-social-care"]},
        {"item": "HEA42", "text": "RESOLVED: That the report and comments made be noted.",
         "outcome": "noted", "themes": ["public-health"]},
        {"item": "HEA43", "text": "the report and recommendations of the Access to GP Services Scrutiny Topic Group be approved",
         "outcome": "recommended", "themes": ["primary-care"]},
        {"item": "HEA44", "text": "RESOLVED: That the Quarter 3 Performance Management",
         "outcome": "noted", "themes": []},
        {"item": "HEA45", "text": "agreed that the Scrutiny Topic for 2025/26 would be access to NHS dental services",
         "outcome": "agreed", "themes": ["primary-care"]},
    ],
    "attendees": [
        {"name": "Ormerod", "role": "Chair", "attendance": "present"},
        {"name": "Leyland", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Bostock", "role": None, "attendance": "present"},
        {"name": "Fairhurst", "role": None, "attendance": "present"},
        {"name": "P. Garside", "role": None, "attendance": "present"},
        {"name": "Hesketh", "role": None, "attendance": "present"},
        {"name": "Naylor", "role": None, "attendance": "present"},
        {"name": "Thwaite", "role": None, "attendance": "present"},
        {"name": "Whiteside", "role": None, "attendance": "present"},
        {"name": "Mrs J. Kenyon", "role": "Healthwatch Co-optee", "attendance": "present"},
        {"name": "Brearley", "role": None, "attendance": "apologies"},
        {"name": "Catterall", "role": None, "attendance": "apologies"},
        {"name": "Councillor Rimmer", "role": None, "attendance": "apologies"},
        {"name": "H. Marsden", "role": None, "attendance": "in_attendance"},
        {"name": "D. Lowther", "role": None, "attendance": "in_attendance"},
        {"name": "I. Pennington", "role": None, "attendance": "in_attendance"},
        {"name": "S. Ashworth", "role": None, "attendance": "in_attendance"},
        {"name": "E. Grundy", "role": None, "attendance": "in_attendance"},
        {"name": "K. Butterworth", "role": None, "attendance": "in_attendance"},
        {"name": "Councillor T. Mawdsley", "role": "Portfolio Holder for Health and Wellbeing",
         "attendance": "in_attendance"},
        {"name": "Dr R. Sethi", "role": "Place Director, NHS Estuary ICB",
         "attendance": "in_attendance"},
        {"name": "Ms L. Crompton",
         "role": "Chief Operating Officer, Saltmoor and Brindlow Teaching Hospitals NHS Foundation Trust",
         "attendance": "in_attendance"},
    ],
}


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 9)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = MinutesPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Health Policy and Performance Board - 11 March 2025")
    pdf.set_author("Democratic Services, Kellow Borough Council")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft Word")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_margins(20, 18, 20)
    pdf.add_page()

    NUM_X = 20          # minute number column
    TXT_X = 42          # text column
    ACT_X = 160         # action column
    TXT_R = 210 - ACT_X + 4   # right margin while writing the text column
    LH = 5.2            # line height
    FS = 10

    # heading
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, "HEALTH POLICY AND PERFORMANCE BOARD", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Sans", "", FS)
    pdf.multi_cell(0, LH, "At a meeting of the Health Policy and Performance Board on "
                          "Tuesday, 11 March 2025 in the Council Chamber, Saltmoor Town Hall",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for label, text in ATTENDANCE:
        pdf.multi_cell(0, LH, f"**{label}** {text}", markdown=True,
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.ln(2)

    # "ITEMS DEALT WITH UNDER DUTIES EXERCISABLE BY THE BOARD"  ...  Action
    y0 = pdf.get_y()
    pdf.set_font("Sans", "B", FS)
    pdf.set_xy(NUM_X, y0)
    pdf.multi_cell(58, LH, "ITEMS DEALT WITH\nUNDER DUTIES\nEXERCISABLE BY THE BOARD",
                   new_x="LMARGIN", new_y="NEXT")
    y1 = pdf.get_y()
    pdf.set_xy(ACT_X + 4, y0)
    pdf.cell(30, LH, "Action")
    pdf.set_y(y1 + 4)

    def text_margins():
        pdf.set_left_margin(TXT_X)
        pdf.set_right_margin(TXT_R)

    def para(text, indent=0.0, md=False):
        text_margins()
        pdf.set_font("Sans", "", FS)
        pdf.set_x(TXT_X + indent)
        pdf.multi_cell(0, LH, text, markdown=md, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

    for number, title, blocks in MINUTES:
        if pdf.get_y() > 297 - 22 - 25:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_left_margin(NUM_X)
        pdf.set_right_margin(20)
        pdf.set_font("Sans", "B", FS)
        pdf.set_xy(NUM_X, y)
        pdf.cell(TXT_X - NUM_X, LH, number)
        text_margins()
        pdf.set_xy(TXT_X, y)
        pdf.multi_cell(0, LH, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
        for block in blocks:
            kind = block[0]
            if kind == "p":
                para(block[1])
            elif kind == "nb":
                para(block[1])
            elif kind == "q":
                para(f"**{block[1]}** {block[2]}", md=True)
            elif kind == "b":
                text_margins()
                pdf.set_font("Sans", "", FS)
                for item in block[1]:
                    if pdf.get_y() > 297 - 22 - LH:
                        pdf.add_page()
                    yb = pdf.get_y()
                    pdf.set_xy(TXT_X + 1, yb)
                    pdf.cell(5, LH, "•")
                    pdf.set_left_margin(TXT_X + 7)
                    pdf.set_xy(TXT_X + 7, yb)
                    pdf.multi_cell(0, LH, item, new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(1.5)
                    text_margins()
                pdf.ln(1)
            elif kind == "res":
                lines, action = block[1], block[2]
                if pdf.get_y() > 297 - 22 - 3 * LH:
                    pdf.add_page()
                yr = pdf.get_y()
                page = pdf.page_no()
                text_margins()
                pdf.set_font("Sans", "", FS)
                pdf.set_xy(TXT_X, yr)
                pdf.multi_cell(0, LH, f"**RESOLVED:** {lines[0]}", markdown=True,
                               new_x="LMARGIN", new_y="NEXT")
                for clause in lines[1:]:
                    pdf.ln(1.5)
                    yc = pdf.get_y()
                    num, rest = clause.split(" ", 1)
                    pdf.set_xy(TXT_X, yc)
                    pdf.cell(8, LH, num)
                    pdf.set_left_margin(TXT_X + 8)
                    pdf.set_xy(TXT_X + 8, yc)
                    pdf.multi_cell(0, LH, rest, new_x="LMARGIN", new_y="NEXT")
                    text_margins()
                yend = pdf.get_y()
                pend = pdf.page_no()
                # the Action entry, level with the RESOLVED line
                pdf.page = page
                pdf.set_left_margin(ACT_X + 4)
                pdf.set_right_margin(12)
                pdf.set_font("Sans", "", 9)
                pdf.set_xy(ACT_X + 4, yr)
                pdf.multi_cell(0, 4.6, action, new_x="LMARGIN", new_y="NEXT")
                pdf.page = pend
                pdf.set_y(yend)
                pdf.ln(3)
        pdf.ln(2)
        if number == "HEA40":
            # the interest note belongs above the next minute
            para("(N.B. Councillor P. Garside declared an Other Disclosable Interest in the "
                 "following item of business as his daughter was employed by one of the "
                 "current home care providers, and left the meeting during its "
                 "consideration.)")
            pdf.ln(1)

    text_margins()
    pdf.ln(4)
    pdf.set_font("Sans", "", FS)
    pdf.set_x(TXT_X)
    pdf.multi_cell(0, LH, "Meeting ended at 8.12 p.m.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The report (not minutes)
# ---------------------------------------------------------------------------

REPORT_QA = [
    ("Will I keep the same carers?",
     "Wherever possible, yes. Where a provider is not successful, staff will be able to "
     "transfer to the new provider for their zone, and a transition plan will be agreed with "
     "each person and their family."),
    ("Why do call times vary so much?",
     "Providers told us that travel between visits across the Borough is the main cause. "
     "Zones will shorten journeys, and the specification sets a maximum window of 30 minutes "
     "either side of the planned time."),
    ("Will the Council still be responsible if something goes wrong?",
     "Yes. The Council remains responsible for meeting assessed eligible needs under the "
     "Care Act 2014 and will monitor every contract through quarterly reviews, visits and "
     "feedback from people who use the service."),
    ("Will care workers be paid properly?",
     "The hourly rate offered will allow providers to pay at least the Real Living Wage, and "
     "payment for travel time will be a condition of the contract."),
]


def build_report(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.author = "Commissioning Team"
    cp.last_modified_by = "Commissioning Team"
    cp.title = "Recommissioning of Domiciliary Care Services"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 3

    head = d.add_table(rows=6, cols=2)
    rows = [("REPORT TO:", "Health Policy and Performance Board"),
            ("DATE:", "11 March 2025"),
            ("REPORTING OFFICER:", "Executive Director – Adult Services"),
            ("PORTFOLIO:", "Adult Social Care"),
            ("SUBJECT:", "Recommissioning of Domiciliary Care Services"),
            ("WARD(S):", "Borough-wide")]
    for r, (a, b) in zip(head.rows, rows):
        r.cells[0].paragraphs[0].add_run(a).bold = True
        r.cells[1].paragraphs[0].add_run(b)

    def heading(text):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.add_run(text).bold = True

    def para(num, text):
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Pt(36)
        p.paragraph_format.first_line_indent = Pt(-36)
        p.add_run(f"{num}\t{text}")

    heading("1.0\tPURPOSE OF THE REPORT")
    para("1.1", "To inform the Board of the proposed approach to the recommissioning of "
                "domiciliary care (home care) services in Kellow, ahead of a report to the "
                "Executive Board on 10 April 2025 seeking approval to go out to tender.")
    heading("2.0\tRECOMMENDATION: That the Board:")
    para("i)", "note the contents of the report; and")
    para("ii)", "comment on the proposed zone model and the results of the engagement "
                "with people who use the service, set out in section 3.")
    heading("3.0\tSUPPORTING INFORMATION")
    para("3.1", "The Council currently purchases around 11,400 hours of home care each week "
                "from six providers on a framework agreement that began on 1 November 2021. "
                "The framework expires on 31 October 2025 and cannot be extended further.")
    para("3.2", "The current arrangement allows packages to be offered to any provider on "
                "the framework. In practice this has meant that care workers travel across "
                "both Saltmoor and Brindlow in a single shift, that call times are difficult "
                "to keep and that people are often visited by a large number of different "
                "carers.")
    para("3.3", "It is proposed that the Borough be divided into four zones (Saltmoor North, "
                "Saltmoor South and the Docks, Brindlow East, Brindlow West and Hale Moss). "
                "Each zone would have a lead provider responsible for accepting all new "
                "packages in the zone, with two supporting providers for the Borough as a "
                "whole. Contracts would run for five years with the option to extend for "
                "up to two further years.")
    para("3.4", "The in-house reablement service will continue to provide the first six "
                "weeks of support for people leaving hospital and is not part of this "
                "procurement.")
    para("3.5", "Between November 2024 and January 2025 a survey was sent to every person "
                "receiving home care and their families, and six drop-in sessions were held "
                "in Saltmoor and Brindlow. 212 responses were received. Three sessions were "
                "also held with providers and their staff.")
    para("3.6", "The questions most often asked during the engagement, and the response "
                "given, are summarised in the table below.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].paragraphs[0].add_run("What people asked").bold = True
    t.rows[0].cells[1].paragraphs[0].add_run("Our response").bold = True
    for q, a in REPORT_QA:
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(q)
        cells[1].paragraphs[0].add_run(a)
    heading("4.0\tPOLICY IMPLICATIONS")
    para("4.1", "The proposals support the Council’s duties under the Care Act 2014 to "
                "promote a diverse and sustainable market of high quality care and support.")
    heading("5.0\tFINANCIAL IMPLICATIONS")
    para("5.1", "The 2024/25 budget for externally commissioned home care is £17.9m. The "
                "proposed hourly rate of £24.86 has been modelled to allow providers to pay "
                "the Real Living Wage and travel time, and will add an estimated £1.2m a year "
                "to the cost of the service, which has been included in the Medium Term "
                "Financial Strategy.")
    heading("6.0\tIMPLICATIONS FOR THE COUNCIL’S PRIORITIES")
    para("6.1", "Improving Health, Promoting Wellbeing and Supporting Greater Independence – "
                "reliable home care helps people to remain living independently at home.")
    para("6.2", "Building a Strong, Sustainable Local Economy – the zone model will make "
                "it easier for local people to work as care workers close to where they live.")
    heading("7.0\tRISK ANALYSIS")
    para("7.1", "There is a risk that the tender does not attract bids in every zone. Market "
                "engagement indicates sufficient interest, and the supporting provider "
                "contracts will act as a fallback.")
    heading("8.0\tEQUALITY AND DIVERSITY ISSUES")
    para("8.1", "An Equality Impact Assessment has been completed and will be published "
                "with the Executive Board report.")
    heading("9.0\tCLIMATE CHANGE IMPLICATIONS")
    para("9.1", "Shorter journeys between visits are expected to reduce the mileage driven "
                "by care workers.")
    heading("10.0\tLIST OF BACKGROUND PAPERS UNDER SECTION 100D OF THE LOCAL GOVERNMENT "
            "ACT 1972")
    para("10.1", "None under the meaning of the Act.")

    buf = io.BytesIO()
    d.save(buf)
    # python-docx stamps every zip entry with the current time: rewrite with a fixed one.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 4, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            out.writestr(zi, src.read(info.filename))


GOLD_REPORT = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for g in (GOLD_MINUTES, GOLD_REPORT):
        stem = Path(g["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote", DOCS / MINUTES_NAME)
    print("wrote", DOCS / REPORT_NAME)


def norm(s: str) -> str:
    s = s.lower()
    s = "".join(ch for ch in s if ch.isalnum() or ch.isspace())
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    bad = 0
    for gpath in sorted(GOLD.glob("li-*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        if not doc.exists():
            print("MISSING document", doc)
            bad += 1
            continue
        text = norm(doc_text(doc))
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["item"], q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["item"], q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["item"], r["text"]))
        item_numbers = {i["number"] for i in g.get("items", [])}
        for kind, item, ph in phrases:
            n = text.count(norm(ph))
            words = len(norm(ph).split())
            if n != 1:
                print(f"FAIL {gpath.name} {kind} {item}: found {n} times: {ph!r}")
                bad += 1
            if not 6 <= words <= 15:
                print(f"FAIL {gpath.name} {kind} {item}: {words} words: {ph!r}")
                bad += 1
            if item not in item_numbers:
                print(f"FAIL {gpath.name} {kind}: unknown item {item}")
                bad += 1
        print(f"{gpath.name}: {len(phrases)} phrases checked")
    print("check passed" if not bad else f"check FAILED ({bad} problems)")
    return 1 if bad else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
