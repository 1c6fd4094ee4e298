#!/usr/bin/env python3
"""Build the "mi-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_mi.py           build documents/mi-* and gold/mi-*.json
        build_mi.py --check   verify every gold phrase occurs once in its document
"""
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
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = dt.datetime(2025, 1, 24, 9, 30, 0, tzinfo=dt.timezone.utc)

MIN_NAME = "mi-catmere-adults-health-scrutiny-2025-01-16"
REP_NAME = "mi-catmere-report-04-2025-home-care-recommissioning"

# ---------------------------------------------------------------------------
# Minutes content
# ---------------------------------------------------------------------------

ATTENDANCE = [
    # (label, [(name, role or "")], two_columns)
    ("PRESENT:", [
        ("Councillor H Ambler (Chair)", ""),
        ("Councillor D Pryce (Vice-Chair)", ""),
        ("Councillor K Bexon", ""),
        ("Councillor R Challis", ""),
        ("Councillor S Fairley", ""),
    ], True),
    ("APOLOGIES:", [
        ("Councillor M Dunmore", ""),
        ("Councillor T Quenby", ""),
    ], True),
    ("OFFICERS PRESENT:", [
        ("Nadia Kershaw", "Strategic Director for Adult Services and Health"),
        ("Graham Tilley", "Head of Adult Social Care"),
        ("Dr Fiona Lake", "Director of Public Health"),
        ("Sarah Wyles", "Health and Wellbeing Integration Lead"),
        ("Amy Cotterill", "Scrutiny Officer"),
        ("Jonah Pike", "Governance Officer"),
    ], False),
    ("IN ATTENDANCE:", [
        ("Councillor P Hartley", "Portfolio Holder for Health, Wellbeing and Adult Care"),
        ("Dr Imran Sethi", "Clinical Lead for Primary Care, Fosse and Welland Integrated Care Board"),
        ("Claire Mottram", "Head of Primary Care Contracting, Fosse and Welland Integrated Care Board"),
        ("Janet Yeoman", "Chair, Healthwatch Catmere"),
    ], False),
]

BODY = [
    ("item", "1", "WELCOME AND APOLOGIES RECEIVED"),
    ("p", "The Chair welcomed everyone to the meeting, including members of the public "
          "attending in the gallery and those watching the livestream. Apologies were "
          "received from Councillor M Dunmore and Councillor T Quenby."),

    ("item", "2", "RECORD OF MEETING"),
    ("p", "Minutes of the meeting of the Adults and Health Scrutiny Committee held on the "
          "14th November 2024 were considered."),
    ("bold", "RESOLVED"),
    ("p", "That the minutes of the Adults and Health Scrutiny Committee meeting held on the "
          "14th November 2024 be APPROVED."),

    ("item", "3", "DECLARATIONS OF INTEREST"),
    ("p", "Councillor Fairley declared a non-registerable interest in item 7, Home Care "
          "Recommissioning, as a close family member was employed by a home care provider "
          "operating in the county. Councillor Fairley remained in the meeting but did not "
          "take part in the discussion or decision on that item."),

    ("item", "4", "PETITIONS, DEPUTATIONS AND QUESTIONS"),
    ("p", "A question had been received from Mrs P Linton in accordance with Procedure Rule "
          "217. Mrs Linton attended the meeting and asked the following question:"),
    ("q", "\u2018Since the Saturday morning clinic at Oakwell Surgery was withdrawn last "
          "summer, residents of the eastern villages have had to travel to Market Harbury "
          "for an urgent appointment at the weekend. What is the Council doing to make sure "
          "that people without a car can still see a GP at weekends?\u2019"),
    ("p", "Councillor Hartley, Portfolio Holder for Health, Wellbeing and Adult Care, gave "
          "the following response:"),
    ("q", "\u2018Thank you for your question. Weekend GP services are commissioned by the "
          "Integrated Care Board and not by the Council, but I share your concern and I "
          "have raised it with the ICB. I am told that the extended access hub at Thornby "
          "Health Centre is open from 9.00 am to 5.00 pm on Saturdays and can be booked "
          "through any practice in the county, and that the Community Car Scheme can be "
          "used to reach medical appointments on Saturdays as well as on weekdays. "
          "Colleagues from the ICB are attending this evening for item 8 and may be able "
          "to say more about weekend access.\u2019"),
    ("p", "Mrs Linton asked a supplementary question about whether the Hopper bus service "
          "could run to the eastern villages on Saturday mornings. Councillor Hartley "
          "undertook to raise this with the Portfolio Holder for Transport and to send "
          "Mrs Linton a written response."),

    ("item", "5", "QUESTIONS WITH NOTICE FROM MEMBERS"),
    ("p", "No questions with notice had been received from Members."),

    ("item", "6", "CONSIDERATION OF ANY MATTER REFERRED TO THE COMMITTEE FOR A DECISION "
                  "IN RELATION TO CALL IN OF A DECISION"),
    ("p", "No matters had been referred to the Committee."),

    ("item", "7", "HOME CARE RECOMMISSIONING"),
    ("p", "Report No. 04/2025 was received from Nadia Kershaw, Strategic Director for Adult "
          "Services and Health. Councillor Hartley, Portfolio Holder for Health, Wellbeing "
          "and Adult Care, introduced the report, which set out the proposed approach to "
          "the recommissioning of home care services when the current framework contracts "
          "with four providers expired on 30th September 2025. The report explained that "
          "around 310 people received home care arranged by the Council, amounting to "
          "approximately 4,900 hours of care each week, and that the existing framework had "
          "struggled to cover the rural east of the county, where packages had on occasion "
          "been handed back by providers at short notice. It was proposed to replace the "
          "framework with a zoned model, with a lead provider in each of three zones (Thornby "
          "and the west, Ketton Magna and the south, and the eastern villages) and a "
          "call-off arrangement with other accredited providers for overflow and specialist "
          "packages. The Portfolio Holder advised that the proposals would be presented to "
          "Cabinet on 11th February 2025 for a decision, and that the views of the Committee "
          "would be reported to Cabinet alongside the report."),
    ("p", "During the discussion, the following points were noted:"),
    ("pt", "a)", "Councillor Pryce asked how the zones had been drawn and whether the eastern "
                 "zone would be viable for a provider given the distances between calls. The "
                 "Head of Adult Social Care explained that the zones had been modelled on "
                 "current demand and travel data, and that the eastern zone would attract an "
                 "enhanced hourly rate to reflect the longer journeys."),
    ("pt", "b)", "Councillor Challis expressed concern that awarding a whole zone to a single "
                 "lead provider would leave the Council exposed if that provider failed or "
                 "withdrew from the contract. In response, the Strategic Director confirmed "
                 "that the call-off arrangement was intended to give resilience, that each "
                 "lead provider would be required to hold a business continuity plan tested "
                 "every year, and that provider failure was recorded on the directorate risk "
                 "register."),
    ("pt", "c)", "In response to a question about the hourly rate, it was confirmed that the "
                 "proposed rate of \u00a325.40 an hour for the two western zones and "
                 "\u00a327.10 for the eastern zone had been set following a cost of care "
                 "exercise with local providers, and took account of the increase in "
                 "employers\u2019 National Insurance contributions from April 2025."),
    ("pt", "d)", "Councillor Bexon asked whether the new contracts would require providers to "
                 "pay care workers for their travel time, and how the Council would know that "
                 "this was happening. The Head of Adult Social Care confirmed that payment "
                 "for travel time and at least the Real Living Wage would be conditions of the "
                 "contract, and that compliance would be checked through quarterly contract "
                 "monitoring and an annual audit of a sample of payslips."),
    ("pt", "e)", "Members raised concerns regarding the number of people waiting for a "
                 "package of care at home. The Strategic Director reported that 14 people had "
                 "been waiting on the day of the meeting, compared with 41 in January 2024, "
                 "and that no one had been delayed in hospital solely for want of a home care "
                 "package since October."),
    ("pt", "f)", "Councillor Ambler requested that the views of people who used home care "
                 "and their carers be sought before the service specification was finalised. "
                 "The Portfolio Holder agreed and advised that Healthwatch Catmere had offered "
                 "to host two listening events in February."),
    ("pt", "g)", "Councillor Pryce commented that several of the providers currently working "
                 "in the county were owned by private equity firms based outside the area, "
                 "and that he would like to see more of the work go to local and "
                 "not-for-profit providers."),
    ("pt", "h)", "Janet Yeoman, Chair of Healthwatch Catmere, asked whether the contracts "
                 "would include a requirement for continuity of care, as the number of "
                 "different carers visiting was the issue most often raised with Healthwatch "
                 "by people receiving home care. The Head of Adult Social Care advised that "
                 "the draft specification set a target that at least 80% of visits to each "
                 "person would be made by a small team of familiar care workers, and that "
                 "performance against it would be reported monthly."),
    ("bold", "RESOLVED"),
    ("p", "That the Committee:"),
    ("pt", "a)", "NOTED the content of Report No. 04/2025."),
    ("pt", "b)", "ENDORSED the proposed zoned model for the recommissioning of home care "
                 "services and asked that the comments of the Committee be reported to "
                 "Cabinet on 11th February 2025."),
    ("pt", "c)", "REQUESTED that a report on the outcome of the procurement and the "
                 "mobilisation of the new contracts be brought to the Committee in the "
                 "autumn."),

    ("item", "8", "ACCESS TO GENERAL PRACTICE IN CATMERE"),
    ("p", "Dr Imran Sethi, Clinical Lead for Primary Care, and Claire Mottram, Head of "
          "Primary Care Contracting, Fosse and Welland Integrated Care Board (ICB), gave a "
          "presentation on access to general practice in Catmere, a copy of which is "
          "attached to these minutes. The presentation covered the number of appointments "
          "delivered by the county\u2019s seven practices, the proportion of patients seen "
          "on the day they contacted the practice, the results of the GP Patient Survey, "
          "the introduction of cloud-based telephony and online consultation tools, the "
          "work of the two Primary Care Networks, and plans to respond to population growth "
          "from new housing in Thornby and Ketton Magna."),
    ("p", "During the discussion, the following points were noted:"),
    ("pt", "a)", "Councillor Challis asked why the GP Patient Survey results for Oakwell "
                 "Surgery were so much lower than those of other practices in the county. "
                 "Dr Sethi explained that the practice had lost two GP partners during 2023 "
                 "and had relied heavily on locums, but that a new partner and a salaried GP "
                 "had since been recruited and the practice\u2019s own friends and family "
                 "test results had improved in recent months."),
    ("pt", "b)", "Members were concerned that many residents found the 8.00 am telephone "
                 "queue stressful, and that people who could not use the NHS App or online "
                 "forms were at a disadvantage. Ms Mottram advised that every practice now "
                 "had cloud-based telephony with a call-back option, that patients could "
                 "still walk in or telephone to request an appointment, and that no practice "
                 "in the county was \u2018digital only\u2019."),
    ("pt", "c)", "Councillor Bexon asked what was being done about NHS dentistry, as she was "
                 "not aware of any dental practice in the county accepting new adult NHS "
                 "patients. Ms Mottram stated that dental commissioning had been delegated to "
                 "the ICB in 2023 and that an urgent dental care pathway was in place, but "
                 "acknowledged that access to routine NHS dentistry remained very difficult, "
                 "and offered to return to a future meeting to discuss dentistry in more "
                 "detail."),
    ("pt", "d)", "Councillor Fairley queried how the ICB took account of new housing when "
                 "planning GP premises, noting that over 900 homes had been given planning "
                 "permission at Ketton Magna. It was explained that the ICB sought developer "
                 "contributions through section 106 agreements and that a feasibility study "
                 "for an extension to the Ketton Magna branch surgery was under way."),
    ("pt", "e)", "Councillor Pryce asked whether physician associates were seeing patients "
                 "instead of GPs and whether patients were told who they were seeing. Dr "
                 "Sethi confirmed that physician associates worked under the supervision of a "
                 "named GP, did not prescribe, and were required to introduce themselves and "
                 "their role at the start of every consultation."),
    ("pt", "f)", "Councillor Ambler asked that the ICB share practice-level appointment data "
                 "for the county with the Committee every six months. Dr Sethi agreed to "
                 "this request."),
    ("pt", "g)", "Janet Yeoman commented that Healthwatch had received noticeably more "
                 "positive feedback about GP services over the last six months, particularly "
                 "about the care navigators at the two Thornby practices."),
    ("bold", "RESOLVED"),
    ("p", "That the Committee:"),
    ("pt", "a)", "NOTED the presentation."),
    ("pt", "b)", "REQUESTED that the ICB provide practice-level appointment data to the "
                 "Committee on a six-monthly basis."),

    ("item", "9", "BETTER CARE FUND QUARTER 2 2024/25 AND HOSPITAL DISCHARGE"),
    ("p", "Report No. 07/2025 was received from Sarah Wyles, Health and Wellbeing Integration "
          "Lead. The report provided an update on the Better Care Fund (BCF) plan for "
          "2024/25, including spending against the fund at the end of quarter 2, "
          "performance against the national metrics and the use of the Discharge Fund to "
          "support people leaving hospital. Ms Wyles highlighted that the county was on "
          "track against three of the four national metrics, the exception being emergency "
          "admissions due to falls among people aged 65 and over, and that the Integrated "
          "Discharge Team based at Thornby Community Hospital had supported 212 people to "
          "leave hospital in the first six months of the year."),
    ("p", "During the discussion, the following points were noted:"),
    ("pt", "a)", "Councillor Ambler asked why falls admissions remained high when the BCF "
                 "funded a falls prevention service. Ms Wyles explained that the county had "
                 "one of the oldest populations in the region and that the falls service had "
                 "only been fully staffed since September. The Director of Public Health "
                 "added that strength and balance classes were now running in eleven "
                 "villages and that take-up was being monitored."),
    ("pt", "b)", "Councillor Challis sought clarification on what would happen to the "
                 "services funded by the Discharge Fund if the grant did not continue in "
                 "2025/26. The Strategic Director advised that the Council was awaiting the "
                 "final local government finance settlement and the BCF policy framework for "
                 "2025/26, and that it would not be possible to maintain every scheme from "
                 "the Council\u2019s own budget if the grant ended."),
    ("pt", "c)", "Councillor Bexon asked how many people discharged with reablement were still "
                 "living at home 91 days later. It was reported that the figure for quarter "
                 "2 was 86%, against a target of 84%."),
    ("pt", "d)", "Councillor Pryce commented that residents treated at hospitals outside the "
                 "county often experienced delays because discharge arrangements differed "
                 "from one area to another, and asked whether this was being addressed. The "
                 "Strategic Director confirmed that a shared discharge protocol had been "
                 "agreed with the two neighbouring acute trusts in November 2024."),
    ("bold", "RESOLVED"),
    ("p", "That the Committee NOTED the Better Care Fund quarter 2 2024/25 update and "
          "performance against the national metrics."),

    ("item", "10", "REVIEW OF THE FORWARD PLAN AND ANNUAL WORK PLAN"),
    ("p", "The Scrutiny Officer presented the Committee\u2019s Annual Work Plan for 2024/25 "
          "and the items on the Council\u2019s Forward Plan relevant to the Committee."),
    ("p", "Councillor Fairley asked whether the Committee could consider support for unpaid "
          "carers before the new Carers Strategy was agreed by Cabinet. The Scrutiny Officer "
          "confirmed that the draft strategy was due to be published in March and would be "
          "added to the work plan for the meeting on 20th March 2025. Following Ms "
          "Mottram\u2019s offer under item 8, NHS dentistry would also be added to the "
          "work plan, date to be confirmed."),
    ("p", "The Committee noted the Forward Plan and agreed the Annual Work Plan, subject to "
          "the two additions set out above."),

    ("item", "11", "ANY OTHER URGENT BUSINESS"),
    ("p", "There was no other urgent business."),

    ("item", "12", "DATE AND PREPARATION OF NEXT MEETING"),
    ("p", "Thursday, 20th March 2025 at 7.00 pm in the Council Chamber, Chater House, "
          "Thornby."),
    ("center", "---oOo---"),
    ("center", "The Chair closed the meeting at 9.02 pm."),
    ("center", "---oOo---"),
]

MIN_GOLD = {
    "document": MIN_NAME + ".pdf",
    "doc_type": "minutes",
    "committee": "Adults and Health Scrutiny Committee",
    "meeting_date": "2025-01-16",
    "items": [
        {"number": "1", "title": "Welcome and Apologies Received"},
        {"number": "2", "title": "Record of Meeting"},
        {"number": "3", "title": "Declarations of Interest"},
        {"number": "4", "title": "Petitions, Deputations and Questions"},
        {"number": "5", "title": "Questions with Notice from Members"},
        {"number": "6", "title": "Consideration of any matter referred to the Committee for a "
                                 "decision in relation to call in of a decision"},
        {"number": "7", "title": "Home Care Recommissioning"},
        {"number": "8", "title": "Access to General Practice in Catmere"},
        {"number": "9", "title": "Better Care Fund Quarter 2 2024/25 and Hospital Discharge"},
        {"number": "10", "title": "Review of the Forward Plan and Annual Work Plan"},
        {"number": "11", "title": "Any Other Urgent Business"},
        {"number": "12", "title": "Date and Preparation of Next Meeting"},
    ],
    "questions": [
        # 4 Petitions, deputations and questions
        {"item": "4", "kind": "question",
         "text": "What is the Council doing to make sure that people without a car",
         "asked_by": "Mrs P Linton",
         "answer": "Weekend GP services are commissioned by the Integrated Care Board and not by the Council",
         "given_by": "Councillor Hartley",
         "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "4", "kind": "question",
         "text": "asked a supplementary question about whether the Hopper bus service",
         "asked_by": "Mrs Linton",
         "answer": "undertook to raise this with the Portfolio Holder for Transport",
         "given_by": "Councillor Hartley",
         "themes": ["patient-and-public-input"]},
        # 7 Home care recommissioning
        {"item": "7", "kind": "question",
         "text": "asked how the zones had been drawn and whether the eastern zone would be viable",
         "asked_by": "Councillor Pryce",
         "answer": "the zones had been modelled on current demand and travel data",
         "given_by": "Head of Adult Social Care",
         "themes": ["adult-social-care", "subcontracting", "finance"]},
        {"item": "7", "kind": "concern",
         "text": "expressed concern that awarding a whole zone to a single lead provider",
         "asked_by": "Councillor Challis",
         "answer": "the call-off arrangement was intended to give resilience",
         "given_by": "Strategic Director",
         "themes": ["adult-social-care", "subcontracting", "governance"]},
        {"item": "7", "kind": "question",
         "text": "In response to a question about the hourly rate",
         "asked_by": None,
         "answer": "had been set following a cost of care exercise with local providers",
         "given_by": None,
         "themes": ["adult-social-care", "finance"]},
        {"item": "7", "kind": "question",
         "text": "asked whether the new contracts would require providers to pay care workers",
         "asked_by": "Councillor Bexon",
         "answer": "compliance would be checked through quarterly contract monitoring",
         "given_by": "Head of Adult Social Care",
         "themes": ["adult-social-care", "workforce", "subcontracting"]},
        {"item": "7", "kind": "concern",
         "text": "Members raised concerns regarding the number of people waiting for a package",
         "asked_by": None,
         "answer": "14 people had been waiting on the day of the meeting",
         "given_by": "Strategic Director",
         "themes": ["adult-social-care"]},
        {"item": "7", "kind": "request",
         "text": "requested that the views of people who used home care and their carers",
         "asked_by": "Councillor Ambler",
         "answer": "Healthwatch Catmere had offered to host two listening events in February",
         "given_by": "Portfolio Holder",
         "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "7", "kind": "comment",
         "text": "were owned by private equity firms based outside the area",
         "asked_by": "Councillor Pryce",
         "answer": None,
         "given_by": None,
         "themes": ["adult-social-care", "privatisation", "subcontracting"]},
        {"item": "7", "kind": "question",
         "text": "asked whether the contracts would include a requirement for continuity of care",
         "asked_by": "Janet Yeoman",
         "answer": "at least 80% of visits to each person would be made by a small team",
         "given_by": "Head of Adult Social Care",
         "themes": ["adult-social-care", "workforce", "patient-and-public-input"]},
        # 8 Access to general practice
        {"item": "8", "kind": "question",
         "text": "asked why the GP Patient Survey results for Oakwell Surgery were so much lower",
         "asked_by": "Councillor Challis",
         "answer": "the practice had lost two GP partners during 2023 and had relied heavily on locums",
         "given_by": "Dr Sethi",
         "themes": ["primary-care", "workforce", "patient-and-public-input"]},
        {"item": "8", "kind": "concern",
         "text": "Members were concerned that many residents found the 8.00 am telephone queue stressful",
         "asked_by": None,
         "answer": "every practice now had cloud-based telephony with a call-back option",
         "given_by": "Ms Mottram",
         "themes": ["primary-care"]},
        {"item": "8", "kind": "question",
         "text": "asked what was being done about NHS dentistry",
         "asked_by": "Councillor Bexon",
         "answer": "dental commissioning had been delegated to the ICB in 2023",
         "given_by": "Ms Mottram",
         "themes": ["primary-care"]},
        {"item": "8", "kind": "question",
         "text": "queried how the ICB took account of new housing when planning GP premises",
         "asked_by": "Councillor Fairley",
         "answer": "the ICB sought developer contributions through section 106 agreements",
         "given_by": None,
         "themes": ["primary-care", "housing"]},
        {"item": "8", "kind": "question",
         "text": "asked whether physician associates were seeing patients instead of GPs",
         "asked_by": "Councillor Pryce",
         "answer": "physician associates worked under the supervision of a named GP",
         "given_by": "Dr Sethi",
         "themes": ["primary-care", "workforce"]},
        {"item": "8", "kind": "request",
         "text": "asked that the ICB share practice-level appointment data for the county",
         "asked_by": "Councillor Ambler",
         "answer": "Dr Sethi agreed to this request",
         "given_by": "Dr Sethi",
         "themes": ["primary-care"]},
        {"item": "8", "kind": "comment",
         "text": "Healthwatch had received noticeably more positive feedback about GP services",
         "asked_by": "Janet Yeoman",
         "answer": None,
         "given_by": None,
         "themes": ["primary-care", "patient-and-public-input"]},
        # 9 Better Care Fund
        {"item": "9", "kind": "question",
         "text": "asked why falls admissions remained high when the BCF funded a falls prevention service",
         "asked_by": "Councillor Ambler",
         "answer": "the county had one of the oldest populations in the region",
         "given_by": "Ms Wyles",
         "themes": ["integration", "public-health"]},
        {"item": "9", "kind": "question",
         "text": "sought clarification on what would happen to the services funded by the Discharge Fund",
         "asked_by": "Councillor Challis",
         "answer": "the Council was awaiting the final local government finance settlement",
         "given_by": "Strategic Director",
         "themes": ["integration", "finance", "adult-social-care"]},
        {"item": "9", "kind": "question",
         "text": "asked how many people discharged with reablement were still living at home",
         "asked_by": "Councillor Bexon",
         "answer": "the figure for quarter 2 was 86%, against a target of 84%",
         "given_by": None,
         "themes": ["adult-social-care"]},
        {"item": "9", "kind": "concern",
         "text": "residents treated at hospitals outside the county often experienced delays",
         "asked_by": "Councillor Pryce",
         "answer": "a shared discharge protocol had been agreed with the two neighbouring acute trusts",
         "given_by": "Strategic Director",
         "themes": ["adult-social-care", "integration"]},
        # 10 Work plan
        {"item": "10", "kind": "question",
         "text": "asked whether the Committee could consider support for unpaid carers",
         "asked_by": "Councillor Fairley",
         "answer": "the draft strategy was due to be published in March",
         "given_by": "Scrutiny Officer",
         "themes": ["adult-social-care"]},
    ],
    "resolutions": [
        {"item": "2",
         "text": "meeting held on the 14th November 2024 be APPROVED",
         "outcome": "agreed", "themes": []},
        {"item": "7",
         "text": "ENDORSED the proposed zoned model for the recommissioning of home care services",
         "outcome": "agreed", "themes": ["adult-social-care", "subcontracting"]},
        {"item": "8",
         "text": "REQUESTED that the ICB provide practice-level appointment data to the Committee",
         "outcome": "agreed", "themes": ["primary-care"]},
        {"item": "9",
         "text": "That the Committee NOTED the Better Care Fund quarter 2 2024/25 update",
         "outcome": "noted", "themes": ["integration"]},
        {"item": "10",
         "text": "The Committee noted the Forward Plan and agreed the Annual Work Plan",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "Councillor H Ambler", "role": "Chair", "attendance": "present"},
        {"name": "Councillor D Pryce", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor K Bexon", "role": None, "attendance": "present"},
        {"name": "Councillor R Challis", "role": None, "attendance": "present"},
        {"name": "Councillor S Fairley", "role": None, "attendance": "present"},
        {"name": "Councillor M Dunmore", "role": None, "attendance": "apologies"},
        {"name": "Councillor T Quenby", "role": None, "attendance": "apologies"},
        {"name": "Nadia Kershaw", "role": "Strategic Director for Adult Services and Health",
         "attendance": "in_attendance"},
        {"name": "Graham Tilley", "role": "Head of Adult Social Care", "attendance": "in_attendance"},
        {"name": "Dr Fiona Lake", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Sarah Wyles", "role": "Health and Wellbeing Integration Lead",
         "attendance": "in_attendance"},
        {"name": "Amy Cotterill", "role": "Scrutiny Officer", "attendance": "in_attendance"},
        {"name": "Jonah Pike", "role": "Governance Officer", "attendance": "in_attendance"},
        {"name": "Councillor P Hartley",
         "role": "Portfolio Holder for Health, Wellbeing and Adult Care",
         "attendance": "in_attendance"},
        {"name": "Dr Imran Sethi",
         "role": "Clinical Lead for Primary Care, Fosse and Welland Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Claire Mottram",
         "role": "Head of Primary Care Contracting, Fosse and Welland Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Janet Yeoman", "role": "Chair, Healthwatch Catmere", "attendance": "in_attendance"},
    ],
}

REP_GOLD = {"document": REP_NAME + ".docx", "doc_type": "report"}

# ---------------------------------------------------------------------------
# Minutes PDF
# ---------------------------------------------------------------------------


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 9)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Minutes(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Adults and Health Scrutiny Committee - 16 January 2025")
    pdf.set_author("Catmere County Council")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft Word")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("Sans", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    # Letterhead: council name at the left, address block at the right.
    pdf.set_font("Sans", "B", 16)
    pdf.set_xy(20, 16)
    pdf.cell(80, 8, "Catmere")
    pdf.set_xy(20, 23)
    pdf.cell(80, 8, "County Council")
    pdf.set_font("Sans", "", 8.5)
    for i, line in enumerate([
        "Chater House, Thornby, Catmere TH15 6HP.",
        "Telephone 01587 722500",
        "Email: governance@catmere.gov.uk",
    ]):
        pdf.set_xy(110, 17 + i * 4.5)
        pdf.cell(80, 4.5, line, align="R")
    pdf.set_draw_color(90, 90, 90)
    pdf.line(20, 34, 190, 34)
    pdf.set_y(38)
    pdf.set_font("Sans", "B", 10.5)
    pdf.multi_cell(0, 5.6,
                   "Minutes of the MEETING of the ADULTS AND HEALTH SCRUTINY COMMITTEE held "
                   "in the Council Chamber, Chater House, Thornby at 7.00 pm on Thursday, "
                   "16th January, 2025", align="C")
    pdf.ln(4)

    # Attendance: labels in a column at the left.
    lh = 5.2
    for label, people, two_cols in ATTENDANCE:
        pdf.set_font("Sans", "B", 9.5)
        y0 = pdf.get_y()
        if " " in label and not two_cols:
            first, rest = label.split(" ", 1)
            pdf.set_xy(20, y0)
            pdf.cell(40, lh, first)
            pdf.set_xy(20, y0 + lh)
            pdf.cell(40, lh, rest)
        else:
            pdf.set_xy(20, y0)
            pdf.cell(40, lh, label)
        pdf.set_font("Sans", "", 9.5)
        y = y0
        if two_cols:
            for i in range(0, len(people), 2):
                pdf.set_xy(60, y)
                pdf.cell(65, lh, people[i][0])
                if i + 1 < len(people):
                    pdf.set_xy(125, y)
                    pdf.cell(65, lh, people[i + 1][0])
                y += lh
        else:
            for name, role in people:
                pdf.set_xy(60, y)
                pdf.cell(45, lh, name)
                pdf.set_xy(105, y)
                pdf.multi_cell(85, lh, role)
                y = pdf.get_y()
        y = max(y, y0 + (2 * lh if (" " in label and not two_cols) else lh))
        pdf.set_y(y + 3)

    pdf.ln(2)
    NUM_X, TEXT_X, RIGHT = 20, 32, 190
    W = RIGHT - TEXT_X
    ph = 5.4
    for block in BODY:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            pdf.ln(2)
            if pdf.get_y() > 297 - 22 - 18:
                pdf.add_page()
            pdf.set_font("Sans", "B", 10.5)
            y = pdf.get_y()
            pdf.set_xy(NUM_X, y)
            pdf.cell(TEXT_X - NUM_X, ph, num)
            pdf.set_xy(TEXT_X, y)
            pdf.multi_cell(W, ph, title)
            pdf.ln(1.5)
        elif kind == "p":
            pdf.set_font("Sans", "", 10)
            pdf.set_x(TEXT_X)
            pdf.multi_cell(W, ph, block[1], align="J")
            pdf.ln(2.2)
        elif kind == "q":
            pdf.set_font("Sans", "I", 10)
            pdf.set_x(TEXT_X + 8)
            pdf.multi_cell(W - 16, ph, block[1], align="J")
            pdf.ln(2.2)
        elif kind == "pt":
            _, letter, text = block
            pdf.set_font("Sans", "", 10)
            y = pdf.get_y()
            if y > 297 - 22 - ph:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(TEXT_X, y)
            pdf.cell(8, ph, letter)
            pdf.set_xy(TEXT_X + 8, y)
            pdf.multi_cell(W - 8, ph, text, align="J")
            pdf.ln(1.6)
        elif kind == "bold":
            pdf.set_font("Sans", "B", 10)
            pdf.set_x(TEXT_X)
            pdf.multi_cell(W, ph, block[1])
            pdf.ln(1.2)
        elif kind == "center":
            pdf.set_font("Sans", "", 10)
            pdf.set_x(TEXT_X)
            pdf.multi_cell(W, ph, block[1], align="C")
            pdf.ln(1)

    # Signature line at the end.
    pdf.ln(10)
    pdf.set_font("Sans", "", 10)
    pdf.set_x(TEXT_X)
    pdf.cell(60, ph, "Chair ..............................")
    pdf.set_x(TEXT_X + 90)
    pdf.cell(60, ph, "Date ...........................")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Report DOCX (not minutes)
# ---------------------------------------------------------------------------


def build_report(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Catmere County Council"
    cp.title = "Report No. 04/2025 Home Care Recommissioning"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "Governance"
    cp.revision = 3

    def para(text, bold=False, align=None, size=None):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align:
            p.alignment = align
        return p

    def numbered(num, text):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Pt(36)
        p.paragraph_format.first_line_indent = Pt(-36)
        p.add_run(num + "\t" + text)
        return p

    para("Report No: 04/2025", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para("PUBLIC REPORT", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para("ADULTS AND HEALTH SCRUTINY COMMITTEE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13)
    para("16 January 2025", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para("HOME CARE RECOMMISSIONING", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13)
    para("Report of the Strategic Director for Adult Services and Health",
         align=WD_ALIGN_PARAGRAPH.CENTER)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    rows = [
        ("Strategic Aim:", "Healthy and well: supporting people to live independently at home"),
        ("Key Decision: No", "Forward Plan Reference: FP/221124"),
        ("Exempt Information", "No"),
        ("Cabinet Member(s) Responsible:",
         "Councillor P Hartley, Portfolio Holder for Health, Wellbeing and Adult Care"),
        ("Contact Officer(s):",
         "Nadia Kershaw, Strategic Director for Adult Services and Health\n"
         "Tel: 01587 758310  nkershaw@catmere.gov.uk\n"
         "Graham Tilley, Head of Adult Social Care\n"
         "Tel: 01587 758322  gtilley@catmere.gov.uk"),
        ("Ward Councillors", "All"),
    ]
    for a, b in rows:
        c = t.add_row().cells
        c[0].text = a
        c[1].text = b
        for par in c[0].paragraphs:
            for r in par.runs:
                r.bold = True

    doc.add_paragraph()
    para("DECISION RECOMMENDATIONS", bold=True)
    para("That the Committee:")
    numbered("1.", "Notes the proposed approach to the recommissioning of home care services "
                   "set out in this report.")
    numbered("2.", "Considers whether it wishes to make any comments or recommendations to "
                   "Cabinet, which will take the decision on 11 February 2025.")

    para("1\tPURPOSE OF THE REPORT", bold=True)
    numbered("1.1", "To set out for the Committee the proposed model for home care services "
                    "from 1 October 2025, when the current framework agreement ends, and to "
                    "seek the Committee\u2019s views before the proposals are considered by "
                    "Cabinet.")

    para("2\tBACKGROUND AND MAIN CONSIDERATIONS", bold=True)
    numbered("2.1", "The Council arranges home care for around 310 people, approximately "
                    "4,900 hours each week, through a framework of four providers. Demand has "
                    "risen by 11% since 2022, mostly in the rural east of the county.")
    numbered("2.2", "Providers have found the eastern villages difficult to cover. Between "
                    "April and September 2024, 23 packages were handed back at short notice, "
                    "19 of them in the east.")
    numbered("2.3", "Three options have been considered: (a) renew the framework as it is; "
                    "(b) a zoned model with a lead provider in each of three zones and a "
                    "call-off list of accredited providers; (c) bring part of the service "
                    "in-house. Option (b) is recommended. Option (c) has not been ruled out "
                    "for the eastern zone in the longer term.")
    numbered("2.4", "The proposed hourly rates are \u00a325.40 for the two western zones and "
                    "\u00a327.10 for the eastern zone. They follow a cost of care exercise with "
                    "local providers and include the increase in employers\u2019 National "
                    "Insurance contributions from April 2025.")

    para("3\tCONSULTATION", bold=True)
    numbered("3.1", "An online survey of people who use home care and their carers ran from "
                    "4 to 29 November 2024 and received 87 responses. Providers were engaged "
                    "through two market engagement events. The questions people asked most "
                    "often are set out below with our response.")
    qt = doc.add_table(rows=1, cols=2)
    qt.style = "Table Grid"
    qt.rows[0].cells[0].text = "What people asked"
    qt.rows[0].cells[1].text = "Our response"
    for a, b in [
        ("Will I keep the same carers when the new contracts start?",
         "Wherever possible, yes. Staff are expected to transfer to the new provider in "
         "their zone under TUPE, and the specification will set a target for continuity "
         "of care workers."),
        ("Will I have to pay more for my care?",
         "No. Charges are set by the Council\u2019s charging policy and not by the provider. "
         "The recommissioning does not change what anyone pays."),
        ("Why not let the Council provide home care itself?",
         "This has been considered (option (c) at paragraph 2.3). It is not recommended "
         "now because of the cost of setting up a service and recruiting staff in time, "
         "but it will be looked at again for the eastern zone."),
        ("Can carers be paid for the time they spend travelling between visits?",
         "Yes. Payment for travel time will be a condition of the new contracts and will "
         "be checked as part of contract monitoring."),
    ]:
        c = qt.add_row().cells
        c[0].text = a
        c[1].text = b

    para("4\tALTERNATIVE OPTIONS", bold=True)
    numbered("4.1", "Option (a) is not recommended because it would not address the gaps in "
                    "the east of the county. Option (c) is not recommended at this stage "
                    "for the reasons given in paragraph 2.3.")
    para("5\tFINANCIAL IMPLICATIONS", bold=True)
    numbered("5.1", "The estimated annual cost of the new arrangements is \u00a36.6m, an "
                    "increase of \u00a3410,000 on 2024/25, which has been included in the "
                    "draft Medium Term Financial Plan.")
    para("6\tLEGAL AND GOVERNANCE CONSIDERATIONS", bold=True)
    numbered("6.1", "The procurement will be carried out under the Health Care Services "
                    "(Provider Selection Regime) Regulations 2023. Cabinet is asked to "
                    "delegate the award of contracts to the Strategic Director for Adult "
                    "Services and Health in consultation with the Portfolio Holder.")
    para("7\tRISKS", bold=True)
    numbered("7.1", "The main risks are provider failure in a zone and a shortage of care "
                    "workers. These are recorded on the directorate risk register and will "
                    "be mitigated through the call-off list and business continuity plans.")
    para("8\tCONCLUSION AND SUMMARY OF REASONS FOR THE RECOMMENDATIONS", bold=True)
    numbered("8.1", "The zoned model offers the best prospect of reliable home care across "
                    "the whole county within the available budget. The Committee\u2019s "
                    "comments will be reported to Cabinet on 11 February 2025.")
    para("9\tBACKGROUND PAPERS", bold=True)
    numbered("9.1", "There are no additional background papers to the report.")
    para("10\tAPPENDICES", bold=True)
    numbered("10.1", "Appendix A \u2013 Market position statement summary (to follow).")
    para("A Large Print or Braille Version of this Report is available upon request \u2013 "
         "Contact 01587 722500.", align=WD_ALIGN_PARAGRAPH.CENTER, size=9)

    buf = io.BytesIO()
    doc.save(buf)
    # Rewrite the zip with fixed timestamps so the file is byte-for-byte stable.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 6, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(info.filename))


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------


def norm(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("mi-*.json")):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        text = norm(doc_text(DOCS / g["document"]))
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = text.count(norm(ph))
            if c != 1 or not (6 <= n <= 15):
                bad += 1
                print(f"FAIL {g['document']}: {kind} ({n} words, {c} hits): {ph}")
        print(f"{g['document']}: {len(phrases)} phrases checked")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


def main() -> int:
    if "--check" in sys.argv[1:]:
        return check()
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / (MIN_NAME + ".pdf"))
    build_report(DOCS / (REP_NAME + ".docx"))
    for g in (MIN_GOLD, REP_GOLD):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print("written:", MIN_NAME + ".pdf", REP_NAME + ".docx")
    return 0


if __name__ == "__main__":
    sys.exit(main())
