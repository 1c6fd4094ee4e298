#!/usr/bin/env python3
"""Build the "jl-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_jl.py           build documents/jl-* and gold/jl-*.json
        build_jl.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "jl-oakenfold-hasc-scrutiny-board-2025-03-13.pdf"
NEWS_NAME = "jl-oakenfold-news-adult-social-care-assessment-next-steps.html"

COMMITTEE = "Health and Adult Social Care Scrutiny Board"
FOOTER = "Health and Adult Social Care Scrutiny Board – 13 March 2025"
BULLETS_INTRO = ("From the comments and questions by members of the Board, the following "
                 "responses were made and issues highlighted:-")

# --------------------------------------------------------------------------------------
# The minutes, as a list of blocks.
#   ("att", label, text)         attendance line: label in the left column
#   ("item", number, title)      minute heading
#   ("p", text)                  paragraph under the heading
#   ("b", text)                  bullet point
#   ("label", text)              bold line ("Resolved:-")
#   ("cl", "(1)", text)          numbered clause of a resolution
#   ("end", text)                closing lines at the left margin
# --------------------------------------------------------------------------------------

ATTENDANCE = [
    ("att", "Present:", "Councillor Dhillon (Chair);\n"
     "Councillors Ashworth-Cole (Vice-Chair), Begum, Collard, Fairweather, Hussain, "
     "Millington, Okafor and Pryce."),
    ("att", "Also present:", "Councillor Nagra (Cabinet Member for Adult Social Care and Health);\n"
     "Fiona Garside (Managing Director – Oakenfold Place, Ridgeway Integrated Care Board);\n"
     "Dr Samir Haq (Chief Medical Officer, Oakenfold and Tipworth Hospitals NHS Trust);\n"
     "Lorraine Obi (Director of Operations – Urgent Care, Oakenfold and Tipworth Hospitals "
     "NHS Trust);\n"
     "Dr Petra Lindqvist (GP and Clinical Lead for Primary Care, Ridgeway Integrated Care "
     "Board);\n"
     "Tom Welland (Chief Officer, Healthwatch Oakenfold)."),
    ("att", "Officers:", "Marcia Fennell (Director of Adult Social Care);\n"
     "Dr Owen Latimer (Director of Public Health);\n"
     "Jagdeep Rai (Assistant Director – Commissioning, Quality and Integration);\n"
     "Karen Shortland (Principal Social Worker);\n"
     "Alex Brennan (Senior Lead Officer – Scrutiny);\n"
     "Ellie Prosser (Democratic Services Officer)."),
]

BODY = [
    ("item", "9/25", "Apologies for Absence"),
    ("p", "Apologies for absence were received from Councillors Hackett and Rowe."),

    ("item", "10/25", "Declarations of Interest"),
    ("p", "Councillor Okafor declared a personal interest in Minute No. 14/25 (Urgent and "
          "Emergency Care – Winter 2024/25 Update) as she was employed by Oakenfold and "
          "Tipworth Hospitals NHS Trust. She remained in the meeting and took part in the "
          "discussion of the item."),

    ("item", "11/25", "Minutes"),
    ("p", "Resolved that the minutes of the meeting held on 23 January 2025 are approved "
          "as a correct record."),

    ("item", "12/25", "Urgent Additional Items of Business"),
    ("p", "There were no additional items of business to consider as a matter of urgency."),

    ("item", "13/25", "Adult Social Care – Care Quality Commission Assessment and "
                      "Improvement Plan"),
    ("p", "The Board received an update on the outcome of the Care Quality Commission's "
          "(CQC) assessment of how the Council was meeting its duties under Part 1 of the "
          "Care Act 2014, and on the improvement plan developed in response (Minute No. "
          "4/25 refers). The Cabinet Member for Adult Social Care and Health introduced the "
          "item and thanked staff in the directorate for their work throughout the "
          "assessment process."),
    ("p", "The CQC had carried out its on-site assessment in October 2024 and had published "
          "its report on 7 February 2025, giving the Council an overall rating of 'Requires "
          "Improvement'. The report had identified strengths in partnership working with "
          "the NHS and the voluntary sector, in the Council's approach to safeguarding and "
          "in the support offered to unpaid carers. Areas for improvement related to "
          "waiting times for Care Act assessments and reviews, the timeliness of "
          "occupational therapy assessments, the availability of information and advice, "
          "and the sufficiency of support for people with complex needs and for younger "
          "adults with a learning disability moving on from children's services."),
    ("p", "The Director of Adult Social Care outlined the key areas of the improvement "
          "plan, which had been co-produced with people who drew on care and support and "
          "with the Oakenfold Carers' Partnership, and which would be overseen by an "
          "Improvement Board chaired by the Chief Executive. The number of people waiting "
          "for a Care Act assessment had fallen from 1,148 in April 2024 to 612 at the end "
          "of February 2025, and the longest wait had reduced from 41 weeks to 19 weeks."),
    ("p", BULLETS_INTRO),
    ("b", "Members sought assurance that the improvement plan was deliverable within "
          "existing resources. The Director of Adult Social Care advised that £1.2 million "
          "of one-off funding had been set aside from the adult social care reserve to pay "
          "for additional social work capacity until March 2026, after which it was "
          "expected that the new front door arrangements would have reduced the demand "
          "on the assessment teams."),
    ("b", "In response to a question about the use of agency social workers, the Director "
          "of Adult Social Care reported that agency staff made up 14% of the social work "
          "workforce, down from 22% a year earlier, and that the regional memorandum of "
          "understanding on agency pay rates had helped to limit costs."),
    ("b", "Members expressed concern that residents waiting for an assessment might be left "
          "without support and asked how the risk to those people was being managed. The "
          "Principal Social Worker explained that every person on the waiting list was "
          "contacted at least every six weeks through a 'waiting well' check, that cases "
          "were prioritised according to risk, and that anyone whose circumstances changed "
          "was passed to the duty team the same day."),
    ("b", "A member asked whether the Council would be reassessed and, if so, when. The "
          "Board was advised that the CQC had not yet confirmed the timetable for "
          "reassessment but that the directorate was working on the assumption that it "
          "would take place within two years."),
    ("b", "Councillor Collard commented that the positive feedback from carers quoted in "
          "the report did not reflect the experience of many carers in her ward, who had "
          "struggled to get through to the adult social care front door by telephone."),
    ("b", "In relation to information and advice, members were informed that a new online "
          "self-assessment tool and an updated directory of local services would be "
          "launched in June 2025, and that the directorate was working with Healthwatch "
          "Oakenfold and voluntary sector partners to make information available in "
          "community languages and in easy read formats."),
    ("b", "The Chair asked that future updates on the improvement plan include a breakdown "
          "of waiting times by team and by type of support, together with the number of "
          "people waiting for a review. The Director of Adult Social Care agreed to "
          "provide this."),
    ("label", "Resolved:-"),
    ("cl", "(1)", "that the outcome of the Care Quality Commission's assessment of the "
                  "Council's adult social care functions, and the Adult Social Care "
                  "Improvement Plan, are noted;"),
    ("cl", "(2)", "that a further update on progress against the Improvement Plan, including "
                  "waiting times by team and type of support, is presented to the Board in "
                  "September 2025;"),
    ("cl", "(3)", "that the Director of Adult Social Care circulates to members of the Board "
                  "the results of the most recent survey of unpaid carers."),

    ("item", "14/25", "Urgent and Emergency Care – Winter 2024/25 Update"),
    ("p", "Fiona Garside (Managing Director – Oakenfold Place, Ridgeway Integrated Care "
          "Board) and Lorraine Obi (Director of Operations – Urgent Care, Oakenfold and "
          "Tipworth Hospitals NHS Trust) presented a joint update on the performance of the "
          "urgent and emergency care system over the winter period, the first winter "
          "following the move of acute services from Hallcroft General Hospital to the new "
          "Greaves Heath University Hospital in October 2024."),
    ("p", "The Board noted that attendances at the Emergency Department had averaged 412 a "
          "day in January 2025, an increase of 9% on the previous January, and that 68.4% of "
          "patients had been admitted, transferred or discharged within four hours, against "
          "a national target of 78% by March 2025. Ambulance handover times had improved "
          "since the move to the new hospital, with an average handover time of 27 minutes "
          "in February 2025 compared with 49 minutes in February 2024. The system had "
          "opened 46 additional escalation beds, the Urgent Treatment Centre at Tipworth had "
          "extended its opening hours until midnight, and the Integrated Discharge Hub had "
          "supported an average of 61 discharges a day. The flu vaccination programme had "
          "reached 71.2% of people aged 65 and over, but uptake among frontline health and "
          "care staff remained low at 38%. The system had declared its highest level of "
          "escalation on eleven days between December and February, mainly as a result of "
          "high levels of flu and norovirus, and partners had met daily during those "
          "periods to manage the flow of patients through the hospital and back into the "
          "community."),
    ("p", BULLETS_INTRO),
    ("b", "Members expressed concern about reports from residents of long waits in the "
          "Emergency Department at Greaves Heath, including older people waiting on "
          "trolleys for more than 12 hours, and asked what was being done to end corridor "
          "care. Dr Haq acknowledged that there had been occasions in January when patients "
          "had been cared for in corridors, which was not acceptable, and advised that the "
          "Trust had introduced a 'continuous flow' model so that patients were moved to "
          "wards earlier in the day."),
    ("b", "In response to a question from Councillor Millington about delayed discharges, "
          "the Board was advised that the number of patients in hospital who no longer met "
          "the criteria to reside had fallen from an average of 104 in November to 78 in "
          "February, and that the Council had commissioned 20 additional discharge to "
          "assess beds in care homes over the winter, funded through the Better Care Fund."),
    ("b", "Councillor Pryce asked why uptake of the flu vaccine among health and care staff "
          "was so low and what more could be done. The Director of Public Health advised "
          "that uptake among frontline staff had fallen nationally since the pandemic, and "
          "that the Council had run vaccination clinics in care homes and had worked with "
          "home care providers to give care workers paid time to attend appointments. He "
          "agreed that this remained an area of concern."),
    ("b", "Members asked how residents were being encouraged to use alternatives to the "
          "Emergency Department, such as NHS 111, community pharmacies and the Urgent "
          "Treatment Centre. The Managing Director – Oakenfold Place advised that a 'Think "
          "Which Service' campaign had run across the borough since November, including "
          "adverts on buses and in community languages, and that an audit of patients "
          "attending the Emergency Department had found that around one in five could have "
          "been seen elsewhere."),
    ("b", "Councillor Begum raised concerns about the cost and availability of car parking "
          "at Greaves Heath University Hospital and the lack of a direct bus service from "
          "the north of the borough. She was informed that the Trust was in discussion with "
          "the transport authority and bus operators about a direct service from Hallcroft, "
          "and that free parking was available for blue badge holders and for the "
          "relatives of patients receiving end of life care."),
    ("b", "Healthwatch Oakenfold reported that it had received 57 comments about the "
          "Emergency Department during the winter, most of which related to waiting times "
          "and communication with families, and that it would share a summary with the "
          "Trust and the Board."),
    ("p", "The Chair thanked partners for their attendance and for the work of staff across "
          "the system over what had been a very challenging winter."),
    ("p", "The Board noted the update and requested that the Trust provide a written "
          "response on the use of corridor care, including the number of patients affected "
          "each month since October 2024."),

    ("item", "15/25", "Access to General Practice – Primary Care Access Recovery Plan"),
    ("p", "Dr Petra Lindqvist (GP and Clinical Lead for Primary Care, Ridgeway Integrated "
          "Care Board) presented an update on access to GP services in Oakenfold and on "
          "progress in delivering the Primary Care Access Recovery Plan. There were 38 GP "
          "practices in the borough, working together in seven Primary Care Networks. In "
          "the twelve months to January 2025 practices had delivered 1.61 million "
          "appointments, 4.8% more than in the previous year, of which 71% had been face to "
          "face and 44% had taken place on the same day that the patient made contact. All "
          "practices had now moved to cloud-based telephony, which allowed patients to "
          "request a call back rather than waiting in a queue. The 2024 GP Patient Survey "
          "had shown that 46% of patients in Oakenfold described their experience of "
          "contacting their practice as good, compared with 61% nationally. The Additional "
          "Roles Reimbursement Scheme had funded 142 posts in the borough, including "
          "clinical pharmacists, physician associates, paramedics and social prescribing "
          "link workers."),
    ("p", BULLETS_INTRO),
    ("b", "Members commented that many residents continued to report difficulty in getting "
          "through to their practice at 8am and being told to ring back the next day. The "
          "Board was advised that practices were no longer permitted to ask patients to "
          "call back the following day, and that the ICB would follow up any specific "
          "examples that members provided."),
    ("b", "In response to a question from Councillor Hussain about the role of physician "
          "associates, Dr Lindqvist explained that physician associates worked under the "
          "supervision of a GP, did not replace GPs, and that patients could ask to see a "
          "GP if they wished."),
    ("b", "Councillor Fairweather asked about the proposed closure of the branch surgery at "
          "Brinsley Lane. She was informed that no decision had been made and that the "
          "practice would be required to carry out a period of patient engagement before "
          "any application was considered by the ICB's Primary Care Commissioning "
          "Committee."),
    ("b", "Members requested that the Board be consulted before any decision was taken on "
          "the future of the Brinsley Lane surgery."),
    ("b", "A member asked whether there were enough GPs in Oakenfold, noting that the "
          "borough had one of the lowest numbers of GPs per head of population in the "
          "region. Dr Lindqvist acknowledged the shortfall and advised that the ICB was "
          "using a GP retention fund and a fellowship scheme for newly qualified GPs to "
          "encourage them to stay in the area, although some newly qualified GPs had "
          "struggled to find salaried posts because practices could not afford to employ "
          "them."),
    ("b", "Councillor Ashworth-Cole asked about access to NHS dentistry, which was not "
          "covered in the report. It was agreed that a briefing note on access to NHS "
          "dental services in the borough would be circulated to members."),
    ("label", "Resolved:-"),
    ("cl", "(1)", "that the update on access to general practice and the Primary Care Access "
                  "Recovery Plan is noted;"),
    ("cl", "(2)", "that the Ridgeway Integrated Care Board is requested to present any "
                  "proposal for the future of the Brinsley Lane branch surgery to the Board "
                  "before a decision is made."),

    ("item", "16/25", "Care at Home Recommissioning – Pre-Decision Scrutiny"),
    ("p", "The Assistant Director – Commissioning, Quality and Integration presented a report "
          "to be considered by the Cabinet on 26 March 2025, seeking approval to recommission "
          "care at home services from 1 April 2026. The current contracts, held by 21 "
          "providers, would expire on 31 March 2026. The proposed model would divide the "
          "borough into six zones, each with a lead provider supported by a framework of "
          "approved providers to meet additional demand. Providers would be required to pay "
          "care workers at least the Real Living Wage and to pay for travel time between "
          "visits. The estimated annual value of the contracts was £38.4 million."),
    ("p", BULLETS_INTRO),
    ("b", "Members welcomed the commitment to the Real Living Wage but asked how the Council "
          "would ensure that providers paid travel time in practice. The Assistant Director "
          "advised that providers would be required to provide evidence of payroll records "
          "as part of contract monitoring, and that the Council would carry out spot "
          "checks."),
    ("b", "Councillor Okafor questioned whether the Council had considered bringing some "
          "home care provision in-house, as a number of other councils had done. The "
          "Cabinet Member for Adult Social Care and Health advised that an options appraisal "
          "had been carried out and that an in-house service was not considered affordable "
          "at this time, but that the Council's reablement service would continue to be "
          "delivered in-house."),
    ("b", "Concern was expressed that the zonal model could reduce choice for people who "
          "wished to keep their existing care worker. It was confirmed that people already "
          "receiving care would be able to keep their provider where that provider joined "
          "the framework, and that direct payments remained available to anyone who wished "
          "to arrange their own care."),
    ("b", "The Vice-Chair asked that the views of people who currently received care at home, "
          "and of their families, be taken into account in the evaluation of tenders. The "
          "Assistant Director confirmed that people with lived experience would be part of "
          "the evaluation panel."),
    ("p", "Resolved to recommend to the Cabinet that, in approving the recommissioning of "
          "care at home services, it ensures that compliance with the Real Living Wage and "
          "the payment of travel time are monitored through the contract and reported "
          "annually to this Board."),

    ("item", "17/25", "Cabinet Forward Plan"),
    ("p", "The Board noted the Cabinet Forward Plan and the items relevant to its remit."),

    ("item", "18/25", "Scrutiny Action Tracker"),
    ("p", "The Board noted the progress made in relation to actions and recommendations "
          "from previous meetings."),
    ("p", "In response to a question from the Vice-Chair, the Senior Lead Officer – "
          "Scrutiny advised that the information requested on the closure of two community "
          "pharmacies in Tipworth had been chased with the ICB and would be circulated as "
          "soon as it was received."),

    ("item", "19/25", "Work Programme 2024/25"),
    ("p", "The Board considered its work programme for the remainder of the municipal year "
          "and the items suggested for 2025/26."),
    ("p", "Resolved that the work programme for 2024/25 is noted and that items on support "
          "for unpaid carers and on mental health crisis services are included in the draft "
          "work programme for 2025/26."),

    ("end", "Meeting ended at 8.17pm"),
    ("end", "Contact: democratic_services@oakenfold.gov.uk"),
]

# --------------------------------------------------------------------------------------
# Gold for the minutes
# --------------------------------------------------------------------------------------

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-03-13",
    "items": [
        {"number": "9/25", "title": "Apologies for Absence"},
        {"number": "10/25", "title": "Declarations of Interest"},
        {"number": "11/25", "title": "Minutes"},
        {"number": "12/25", "title": "Urgent Additional Items of Business"},
        {"number": "13/25", "title": "Adult Social Care – Care Quality Commission Assessment "
                                     "and Improvement Plan"},
        {"number": "14/25", "title": "Urgent and Emergency Care – Winter 2024/25 Update"},
        {"number": "15/25", "title": "Access to General Practice – Primary Care Access "
                                     "Recovery Plan"},
        {"number": "16/25", "title": "Care at Home Recommissioning – Pre-Decision Scrutiny"},
        {"number": "17/25", "title": "Cabinet Forward Plan"},
        {"number": "18/25", "title": "Scrutiny Action Tracker"},
        {"number": "19/25", "title": "Work Programme 2024/25"},
    ],
    "questions": [
        # 13/25 CQC assessment
        {"item": "13/25", "kind": "question",
         "text": "Members sought assurance that the improvement plan was deliverable within "
                 "existing resources",
         "asked_by": None,
         "answer": "of one-off funding had been set aside from the adult social care reserve",
         "given_by": "Director of Adult Social Care",
         "themes": ["finance", "adult-social-care", "workforce"]},
        {"item": "13/25", "kind": "question",
         "text": "In response to a question about the use of agency social workers",
         "asked_by": None,
         "answer": "the regional memorandum of understanding on agency pay rates had helped",
         "given_by": "Director of Adult Social Care",
         "themes": ["workforce", "finance"]},
        {"item": "13/25", "kind": "concern",
         "text": "Members expressed concern that residents waiting for an assessment might be "
                 "left without support",
         "asked_by": None,
         "answer": "every person on the waiting list was contacted at least every six weeks",
         "given_by": "Principal Social Worker",
         "themes": ["adult-social-care", "governance"]},
        {"item": "13/25", "kind": "question",
         "text": "A member asked whether the Council would be reassessed and, if so, when",
         "asked_by": None,
         "answer": "the CQC had not yet confirmed the timetable for reassessment",
         "given_by": None,
         "themes": ["governance"]},
        {"item": "13/25", "kind": "comment",
         "text": "the positive feedback from carers quoted in the report did not reflect",
         "asked_by": "Councillor Collard",
         "answer": None,
         "given_by": None,
         "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "13/25", "kind": "question",
         "text": "In relation to information and advice, members were informed that",
         "asked_by": None,
         "answer": "a new online self-assessment tool and an updated directory of local services",
         "given_by": None,
         "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "13/25", "kind": "request",
         "text": "The Chair asked that future updates on the improvement plan include a "
                 "breakdown",
         "asked_by": "Chair",
         "answer": "The Director of Adult Social Care agreed to provide this",
         "given_by": "Director of Adult Social Care",
         "themes": ["adult-social-care"]},
        # 14/25 Urgent and emergency care
        {"item": "14/25", "kind": "concern",
         "text": "Members expressed concern about reports from residents of long waits in the "
                 "Emergency Department",
         "asked_by": None,
         "answer": "Trust had introduced a 'continuous flow' model so that patients were moved",
         "given_by": "Dr Haq",
         "themes": []},
        {"item": "14/25", "kind": "question",
         "text": "In response to a question from Councillor Millington about delayed discharges",
         "asked_by": "Councillor Millington",
         "answer": "the number of patients in hospital who no longer met the criteria to reside",
         "given_by": None,
         "themes": ["adult-social-care", "integration"]},
        {"item": "14/25", "kind": "question",
         "text": "asked why uptake of the flu vaccine among health and care staff was so low",
         "asked_by": "Councillor Pryce",
         "answer": "uptake among frontline staff had fallen nationally since the pandemic",
         "given_by": "Director of Public Health",
         "themes": ["public-health", "workforce"]},
        {"item": "14/25", "kind": "question",
         "text": "Members asked how residents were being encouraged to use alternatives to the "
                 "Emergency Department",
         "asked_by": None,
         "answer": "Which Service' campaign had run across the borough since November",
         "given_by": "Managing Director – Oakenfold Place",
         "themes": ["primary-care"]},
        {"item": "14/25", "kind": "concern",
         "text": "raised concerns about the cost and availability of car parking at Greaves "
                 "Heath",
         "asked_by": "Councillor Begum",
         "answer": "the Trust was in discussion with the transport authority and bus operators",
         "given_by": None,
         "themes": []},
        {"item": "14/25", "kind": "comment",
         "text": "Healthwatch Oakenfold reported that it had received 57 comments about the "
                 "Emergency Department",
         "asked_by": "Healthwatch Oakenfold",
         "answer": None,
         "given_by": None,
         "themes": ["patient-and-public-input"]},
        # 15/25 GP access
        {"item": "15/25", "kind": "concern",
         "text": "many residents continued to report difficulty in getting through to their "
                 "practice at 8am",
         "asked_by": None,
         "answer": "practices were no longer permitted to ask patients to call back the "
                   "following day",
         "given_by": None,
         "themes": ["primary-care"]},
        {"item": "15/25", "kind": "question",
         "text": "a question from Councillor Hussain about the role of physician associates",
         "asked_by": "Councillor Hussain",
         "answer": "physician associates worked under the supervision of a GP",
         "given_by": "Dr Lindqvist",
         "themes": ["primary-care", "workforce"]},
        {"item": "15/25", "kind": "question",
         "text": "Councillor Fairweather asked about the proposed closure of the branch surgery",
         "asked_by": "Councillor Fairweather",
         "answer": "no decision had been made and that the practice would be required",
         "given_by": None,
         "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "15/25", "kind": "request",
         "text": "Members requested that the Board be consulted before any decision was taken",
         "asked_by": None,
         "answer": None,
         "given_by": None,
         "themes": ["primary-care"]},
        {"item": "15/25", "kind": "question",
         "text": "A member asked whether there were enough GPs in Oakenfold",
         "asked_by": None,
         "answer": "the ICB was using a GP retention fund and a fellowship scheme",
         "given_by": "Dr Lindqvist",
         "themes": ["primary-care", "workforce"]},
        {"item": "15/25", "kind": "question",
         "text": "Councillor Ashworth-Cole asked about access to NHS dentistry, which was not "
                 "covered",
         "asked_by": "Councillor Ashworth-Cole",
         "answer": "a briefing note on access to NHS dental services in the borough",
         "given_by": None,
         "themes": ["primary-care"]},
        # 16/25 Care at home recommissioning
        {"item": "16/25", "kind": "question",
         "text": "asked how the Council would ensure that providers paid travel time in "
                 "practice",
         "asked_by": None,
         "answer": "evidence of payroll records as part of contract monitoring",
         "given_by": "Assistant Director",
         "themes": ["workforce", "subcontracting", "adult-social-care"]},
        {"item": "16/25", "kind": "question",
         "text": "questioned whether the Council had considered bringing some home care "
                 "provision in-house",
         "asked_by": "Councillor Okafor",
         "answer": "an in-house service was not considered affordable at this time",
         "given_by": "Cabinet Member for Adult Social Care and Health",
         "themes": ["privatisation", "adult-social-care", "finance"]},
        {"item": "16/25", "kind": "concern",
         "text": "Concern was expressed that the zonal model could reduce choice for people",
         "asked_by": None,
         "answer": "direct payments remained available to anyone who wished to arrange their "
                   "own care",
         "given_by": None,
         "themes": ["adult-social-care", "subcontracting"]},
        {"item": "16/25", "kind": "request",
         "text": "The Vice-Chair asked that the views of people who currently received care",
         "asked_by": "Vice-Chair",
         "answer": "people with lived experience would be part of the evaluation panel",
         "given_by": "Assistant Director",
         "themes": ["patient-and-public-input", "subcontracting", "adult-social-care"]},
        # 18/25 Action tracker
        {"item": "18/25", "kind": "question",
         "text": "In response to a question from the Vice-Chair",
         "asked_by": "Vice-Chair",
         "answer": "the closure of two community pharmacies in Tipworth had been chased",
         "given_by": "Senior Lead Officer – Scrutiny",
         "themes": ["primary-care"]},
    ],
    "resolutions": [
        {"item": "11/25",
         "text": "the minutes of the meeting held on 23 January 2025 are approved",
         "outcome": "agreed", "themes": []},
        {"item": "13/25",
         "text": "a further update on progress against the Improvement Plan",
         "outcome": "agreed", "themes": ["adult-social-care", "governance"]},
        {"item": "14/25",
         "text": "requested that the Trust provide a written response on the use of corridor "
                 "care",
         "outcome": "agreed", "themes": []},
        {"item": "15/25",
         "text": "present any proposal for the future of the Brinsley Lane branch surgery",
         "outcome": "agreed", "themes": ["primary-care"]},
        {"item": "16/25",
         "text": "compliance with the Real Living Wage and the payment of travel time are "
                 "monitored",
         "outcome": "recommended",
         "themes": ["workforce", "subcontracting", "adult-social-care"]},
        {"item": "17/25",
         "text": "noted the Cabinet Forward Plan and the items relevant to its remit",
         "outcome": "noted", "themes": []},
        {"item": "18/25",
         "text": "noted the progress made in relation to actions and recommendations",
         "outcome": "noted", "themes": []},
        {"item": "19/25",
         "text": "items on support for unpaid carers and on mental health crisis services",
         "outcome": "agreed", "themes": ["adult-social-care", "mental-health"]},
    ],
    "attendees": [
        {"name": "Councillor Dhillon", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Ashworth-Cole", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Begum", "role": None, "attendance": "present"},
        {"name": "Councillor Collard", "role": None, "attendance": "present"},
        {"name": "Councillor Fairweather", "role": None, "attendance": "present"},
        {"name": "Councillor Hussain", "role": None, "attendance": "present"},
        {"name": "Councillor Millington", "role": None, "attendance": "present"},
        {"name": "Councillor Okafor", "role": None, "attendance": "present"},
        {"name": "Councillor Pryce", "role": None, "attendance": "present"},
        {"name": "Councillor Nagra", "role": "Cabinet Member for Adult Social Care and Health",
         "attendance": "in_attendance"},
        {"name": "Fiona Garside",
         "role": "Managing Director – Oakenfold Place, Ridgeway Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Dr Samir Haq",
         "role": "Chief Medical Officer, Oakenfold and Tipworth Hospitals NHS Trust",
         "attendance": "in_attendance"},
        {"name": "Lorraine Obi",
         "role": "Director of Operations – Urgent Care, Oakenfold and Tipworth Hospitals NHS "
                 "Trust",
         "attendance": "in_attendance"},
        {"name": "Dr Petra Lindqvist",
         "role": "GP and Clinical Lead for Primary Care, Ridgeway Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Tom Welland", "role": "Chief Officer, Healthwatch Oakenfold",
         "attendance": "in_attendance"},
        {"name": "Marcia Fennell", "role": "Director of Adult Social Care",
         "attendance": "in_attendance"},
        {"name": "Dr Owen Latimer", "role": "Director of Public Health",
         "attendance": "in_attendance"},
        {"name": "Jagdeep Rai",
         "role": "Assistant Director – Commissioning, Quality and Integration",
         "attendance": "in_attendance"},
        {"name": "Karen Shortland", "role": "Principal Social Worker",
         "attendance": "in_attendance"},
        {"name": "Alex Brennan", "role": "Senior Lead Officer – Scrutiny",
         "attendance": "in_attendance"},
        {"name": "Ellie Prosser", "role": "Democratic Services Officer",
         "attendance": "in_attendance"},
        {"name": "Councillor Hackett", "role": None, "attendance": "apologies"},
        {"name": "Councillor Rowe", "role": None, "attendance": "apologies"},
    ],
}

NEWS_GOLD = {"document": NEWS_NAME, "doc_type": "news"}

# --------------------------------------------------------------------------------------
# PDF rendering
# --------------------------------------------------------------------------------------

FIXED_DATE = dt.datetime(2025, 3, 20, 9, 30, 0, tzinfo=dt.timezone.utc)
NUM_X = 20.0      # minute number column
TEXT_X = 42.0     # text column
ATT_X = 50.0      # attendance names, after the labels
RIGHT = 190.0
LINE_H = 5.4


def build_minutes_pdf(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class MinutesPDF(FPDF):
        def footer(self) -> None:
            self.set_y(-17)
            self.set_draw_color(120, 120, 120)
            self.set_line_width(0.2)
            self.line(NUM_X, self.get_y(), RIGHT, self.get_y())
            self.set_y(-15)
            self.set_x(NUM_X)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(120, 5, FOOTER)
            self.set_x(RIGHT - 30)
            self.cell(30, 5, str(self.page_no()), align="R")
            self.set_text_color(0, 0, 0)

    pdf = MinutesPDF(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(f"Minutes of {COMMITTEE} - 13 March 2025")
    pdf.set_author("Oakenfold Metropolitan Borough Council")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft Word")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(NUM_X, 18, 210 - RIGHT)
    pdf.set_auto_page_break(True, margin=24)
    pdf.add_page()

    # Council "logo", top right of the first page
    pdf.set_fill_color(0, 84, 120)
    pdf.rect(150, 14, 40, 16, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("DejaVu", "B", 12)
    pdf.set_xy(150, 16)
    pdf.cell(40, 6, "Oakenfold", align="C")
    pdf.set_font("DejaVu", "", 6.5)
    pdf.set_xy(150, 22.5)
    pdf.cell(40, 4, "Metropolitan Borough Council", align="C")
    pdf.set_text_color(0, 0, 0)

    pdf.set_xy(NUM_X, 36)
    pdf.set_font("DejaVu", "B", 17)
    pdf.cell(0, 8, "Minutes of", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 9, COMMITTEE, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(0, 6, "Thursday 13 March 2025 at 6.00pm", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 6, "at the Council Chamber, Oakenfold Council House, Hallcroft",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)

    def ensure(space: float) -> None:
        if pdf.get_y() + space > pdf.page_break_trigger:
            pdf.add_page()

    def flow(x: float, text: str, bold: bool = False, after: float = 2.5) -> None:
        pdf.set_font("DejaVu", "B" if bold else "", 10.5)
        pdf.set_x(x)
        pdf.multi_cell(RIGHT - x, LINE_H, text, align="L",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(after)

    for _, label, text in ATTENDANCE:
        ensure(LINE_H * 2)
        y = pdf.get_y()
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.set_xy(NUM_X, y)
        pdf.cell(ATT_X - NUM_X, LINE_H, label)
        pdf.set_xy(ATT_X, y)
        pdf.set_font("DejaVu", "", 10.5)
        pdf.multi_cell(RIGHT - ATT_X, LINE_H, text, align="L",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3.5)
    pdf.ln(3)

    for block in BODY:
        kind = block[0]
        if kind == "item":
            _, number, title = block
            pdf.ln(2)
            ensure(LINE_H * 5)
            y = pdf.get_y()
            pdf.set_font("DejaVu", "B", 11)
            pdf.set_xy(NUM_X, y)
            pdf.cell(TEXT_X - NUM_X, LINE_H + 0.6, number)
            pdf.set_xy(TEXT_X, y)
            pdf.multi_cell(RIGHT - TEXT_X, LINE_H + 0.6, title, align="L",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2.5)
        elif kind == "p":
            flow(TEXT_X, block[1])
        elif kind == "label":
            ensure(LINE_H * 3)
            flow(TEXT_X, block[1], bold=True, after=1.5)
        elif kind == "b":
            ensure(LINE_H * 2)
            y = pdf.get_y()
            pdf.set_font("DejaVu", "", 10.5)
            pdf.set_xy(TEXT_X + 1, y)
            pdf.cell(5, LINE_H, "•")
            pdf.set_xy(TEXT_X + 7, y)
            pdf.multi_cell(RIGHT - TEXT_X - 7, LINE_H, block[1], align="L",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2.2)
        elif kind == "cl":
            _, lab, text = block
            ensure(LINE_H * 2)
            y = pdf.get_y()
            pdf.set_font("DejaVu", "", 10.5)
            pdf.set_xy(TEXT_X, y)
            pdf.cell(9, LINE_H, lab)
            pdf.set_xy(TEXT_X + 10, y)
            pdf.multi_cell(RIGHT - TEXT_X - 10, LINE_H, text, align="L",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2.0)
        elif kind == "end":
            pdf.ln(4)
            flow(NUM_X, block[1], bold=block[1].startswith("Meeting"), after=1)
        else:
            raise ValueError(kind)

    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# The news page (not minutes)
# --------------------------------------------------------------------------------------

NEWS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Council sets out next steps after adult social care assessment | Oakenfold Council</title>
<meta name="description" content="The Care Quality Commission has published its assessment of adult social care in Oakenfold. Find out what it said and what happens next.">
<link rel="stylesheet" href="/assets/css/oakenfold.min.css?v=4.2.1">
</head>
<body class="page-news">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="container">
    <a class="logo" href="/"><img src="/assets/img/oakenfold-logo.svg" alt="Oakenfold Metropolitan Borough Council"></a>
    <form class="site-search" action="/search" method="get">
      <label for="q" class="visually-hidden">Search this site</label>
      <input id="q" name="q" type="search" placeholder="Search">
      <button type="submit">Search</button>
    </form>
    <nav class="main-nav" aria-label="Main">
      <ul>
        <li><a href="/bins-and-recycling">Bins and recycling</a></li>
        <li><a href="/council-tax">Council tax</a></li>
        <li><a href="/adult-social-care">Adult social care</a></li>
        <li><a href="/housing">Housing</a></li>
        <li><a href="/news">News</a></li>
      </ul>
    </nav>
  </div>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/news">News</a></li>
    <li aria-current="page">Council sets out next steps after adult social care assessment</li>
  </ol>
</nav>
<main id="main" class="container">
<article class="news-article">
  <h1>Council sets out next steps after adult social care assessment</h1>
  <p class="news-meta">Published: 14 February 2025 &middot; Category: <a href="/news/category/health-and-care">Health and care</a></p>
  <img class="news-image" src="/media/news/2025/02/care-worker-visit.jpg" alt="A care worker visiting a resident at home in Hallcroft">

  <p class="lead">The Care Quality Commission (CQC) has published its assessment of how Oakenfold Council supports adults who need care, and the council has set out the steps it is taking in response.</p>

  <p>Inspectors visited the council in October 2024 and spoke to residents, unpaid carers, staff and partner organisations. The report, published on 7 February, gives the council an overall rating of &lsquo;Requires Improvement&rsquo;.</p>

  <p>The CQC praised the council&rsquo;s work with the NHS and the voluntary sector, its approach to keeping people safe and the support it gives to unpaid carers. It also found that some people have waited too long for an assessment of their needs, and that information about care and support is not always easy to find.</p>

  <blockquote>
    <p>&ldquo;I want to thank our staff, who work incredibly hard for the people of Oakenfold. We accept what the CQC has said about waiting times and we are already putting it right. The number of people waiting for an assessment has almost halved since last spring, and we will not stop until everyone gets the help they need when they need it.&rdquo;</p>
    <cite>Councillor Nagra, Cabinet Member for Adult Social Care and Health</cite>
  </blockquote>

  <h2>Your questions answered</h2>

  <h3>I am waiting for an assessment. What should I do?</h3>
  <p>You do not need to do anything. We will stay in touch with you while you wait. If your situation changes or you feel you or the person you care for is at risk, call the adult social care front door on 0121 496 0750 straight away. Out of hours, call 0121 496 0999.</p>

  <h3>Will this change the care I already receive?</h3>
  <p>No. The rating does not change any care or support you already have. If you have a question about your care, speak to your social worker or care provider.</p>

  <h3>Why did the council not get a better rating?</h3>
  <p>The CQC looks at nine areas of our work. It found that we do well in several of them, but that we need to improve how quickly we carry out assessments and reviews, how quickly people get occupational therapy and equipment, and the information we give people about their options.</p>

  <h3>How can I have my say?</h3>
  <p>We want people who use our services and their carers to help shape our improvement plan. You can <a href="/adult-social-care/have-your-say">fill in our short online survey</a> or come along to one of our drop-in sessions at Hallcroft Library, Tipworth Community Centre or Greaves Heath Leisure Centre in March.</p>

  <h2>What happens next</h2>
  <ul>
    <li>On 19 February the council&rsquo;s Cabinet is expected to approve the Adult Social Care Improvement Plan and &pound;1.2 million of one-off funding for extra social workers.</li>
    <li>An Improvement Board chaired by the council&rsquo;s Chief Executive will check progress every month.</li>
    <li>Councillors on the Health and Adult Social Care Scrutiny Board will look at the plan at their meeting on 13 March. The meeting is open to the public and will be broadcast on the council&rsquo;s YouTube channel.</li>
    <li>A new online self-assessment tool and directory of local services will be launched in the summer.</li>
  </ul>

  <p>You can read <a href="https://www.cqc.org.uk/">the full CQC report</a> on the CQC website.</p>

  <div class="share">
    <h2 class="visually-hidden">Share this page</h2>
    <a href="#" class="share-facebook">Facebook</a>
    <a href="#" class="share-x">X</a>
    <a href="#" class="share-email">Email</a>
  </div>
</article>

<aside class="related">
  <h2>Related news</h2>
  <ul>
    <li><a href="/news/2025/02/winter-think-which-service">Think Which Service this winter</a> <span>3 February 2025</span></li>
    <li><a href="/news/2025/01/carers-week-grants">Grants open for groups supporting unpaid carers</a> <span>22 January 2025</span></li>
    <li><a href="/news/2024/12/greaves-heath-hospital-open">New hospital at Greaves Heath now fully open</a> <span>9 December 2024</span></li>
  </ul>
</aside>
</main>
<footer class="site-footer">
  <div class="container">
    <ul>
      <li><a href="/contact-us">Contact us</a></li>
      <li><a href="/accessibility">Accessibility</a></li>
      <li><a href="/privacy">Privacy and cookies</a></li>
      <li><a href="/newsroom/media-enquiries">Media enquiries</a></li>
    </ul>
    <p>&copy; Oakenfold Metropolitan Borough Council, Council House, Freeman Street, Hallcroft</p>
  </div>
</footer>
</body>
</html>
"""


def build_news(path: Path) -> None:
    path.write_text(NEWS_HTML, encoding="utf-8", newline="\n")


# --------------------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------------------

def write_gold(gold: dict) -> None:
    name = Path(gold["document"]).stem + ".json"
    (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8", newline="\n")


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes_pdf(DOCS / MINUTES_NAME)
    build_news(DOCS / NEWS_NAME)
    write_gold(MINUTES_GOLD)
    write_gold(NEWS_GOLD)
    print(f"wrote {DOCS / MINUTES_NAME}")
    print(f"wrote {DOCS / NEWS_NAME}")
    print(f"wrote gold files in {GOLD}")


def normalise(text: str) -> str:
    text = text.lower()
    text = "".join(ch for ch in text
                   if not unicodedata.category(ch).startswith(("P", "S")))
    return re.sub(r"\s+", " ", text).strip()


def document_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join((page.extract_text() or "") for page in pdf.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    problems: list[str] = []
    for gold_path in sorted(GOLD.glob("jl-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            problems.append(f"{gold_path.name}: missing document {doc.name}")
            continue
        if gold_path.stem != doc.stem:
            problems.append(f"{gold_path.name}: name does not match {doc.name}")
        text = " " + normalise(document_text(doc)) + " "
        if gold["doc_type"] != "minutes":
            extra = set(gold) - {"document", "doc_type"}
            if extra:
                problems.append(f"{gold_path.name}: non-minutes gold has {sorted(extra)}")
            continue

        # where each item's section starts in the normalised text
        # (headings are looked for in order: a heading's words may also be quoted earlier,
        # as in "declared an interest in Minute No. 14/25 (Urgent and ...)")
        starts = []
        after = 0
        for item in gold["items"]:
            head = " " + normalise(f"{item['number']} {item['title']}") + " "
            pos = text.find(head, after)
            if pos < 0:
                problems.append(f"{doc.name}: item heading {item['number']} not found in order")
                starts.append(after)
            else:
                starts.append(pos)
                after = pos + 1
        numbers = [i["number"] for i in gold["items"]]

        def section(number: str) -> tuple[int, int]:
            i = numbers.index(number)
            end = starts[i + 1] if i + 1 < len(starts) else len(text)
            return starts[i], end

        phrases = []
        for q in gold["questions"]:
            phrases.append(("question text", q["item"], q["text"]))
            if q["answer"] is not None:
                phrases.append(("answer", q["item"], q["answer"]))
            if q["kind"] not in {"question", "concern", "request", "comment"}:
                problems.append(f"bad kind {q['kind']}")
        for r in gold["resolutions"]:
            phrases.append(("resolution", r["item"], r["text"]))
            if r["outcome"] not in {"noted", "agreed", "recommended", "deferred",
                                    "rejected", "other"}:
                problems.append(f"bad outcome {r['outcome']}")
        for what, item, phrase in phrases:
            words = len(phrase.split())
            if not 6 <= words <= 15:
                problems.append(f"{what} has {words} words: {phrase!r}")
            p = " " + normalise(phrase) + " "
            n = text.count(p)
            if n != 1:
                problems.append(f"{what} occurs {n} times: {phrase!r}")
                continue
            if item not in numbers:
                problems.append(f"{what} names unknown item {item}: {phrase!r}")
                continue
            lo, hi = section(item)
            pos = text.index(p)
            if not lo <= pos < hi:
                problems.append(f"{what} is not inside item {item}: {phrase!r}")
        for a in gold["attendees"]:
            if a["attendance"] not in {"present", "apologies", "in_attendance", "absent"}:
                problems.append(f"bad attendance {a}")
        print(f"{doc.name}: {len(phrases)} phrases checked")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
