#!/usr/bin/env python
"""Build the "af-" documents of the other-councils evaluation set and their gold annotations.

    python build_af.py          # write documents/af-* and gold/af-*.json
    python build_af.py --check  # verify every gold phrase occurs once, verbatim

Documents (all councils, people and figures invented):
  af-jhosc-minutes-2025-09-18.docx   joint HOSC minutes from a Word template: bold items
                                     "14<tab>Title", dot-leader attendance, "The Committee
                                     AGREED:" / "AGREED to RECOMMEND" / "NOTED" decisions
  af-housing-panel-minutes-2025-10-07.txt  open-data plain-text minutes, "[27]" items
                                     underlined with ===, sub-headings with ---, "Present:"
                                     on one long line, "Panel conclusion" blocks
  af-home-care-recommissioning-report.pdf  officer report to a scrutiny panel with
                                     recommendations and "questions the Panel may wish to
                                     consider" (not minutes)
"""
import datetime as dt
import io
import json
import re
import sys
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

THEMES = {"privatisation", "subcontracting", "patient-and-public-input", "public-health",
          "finance", "governance", "integration", "workforce", "primary-care",
          "mental-health", "children-and-families", "adult-social-care", "housing"}

# ---------------------------------------------------------------------------
# Document 1: joint health overview and scrutiny committee, Word
# ---------------------------------------------------------------------------

JH_NAME = "af-jhosc-minutes-2025-09-18.docx"
JH_COMMITTEE = "Ashcombe, Kelbury and Thamesmoor Joint Health Overview and Scrutiny Committee"
ICB = "NHS Ashcombe, Kelbury and Thamesmoor Integrated Care Board"

JH_ATTENDANCE = [
    ("heading", "Members present"),
    ("line", "Councillor Priya Okafor (Chair)", "Ashcombe Borough Council"),
    ("line", "Councillor Gareth Linwood (Vice-Chair)", "Kelbury Borough Council"),
    ("line", "Councillor Maureen Ashby", "Kelbury Borough Council"),
    ("line", "Councillor Dennis Coyle", "Thamesmoor Borough Council"),
    ("line", "Councillor Tom Ferris (Substitute for Councillor Angela Burke)",
     "Ashcombe Borough Council"),
    ("line", "Councillor Shazia Rahman", "Thamesmoor Borough Council"),
    ("heading", "Apologies for absence"),
    ("line", "Councillor Angela Burke", "Ashcombe Borough Council"),
    ("line", "Councillor Olu Adeyemi", "Thamesmoor Borough Council"),
    ("heading", "Also in attendance"),
    ("line", "Councillor Rachel Penhaligon",
     "Cabinet Member for Adult Social Care and Health, Kelbury Borough Council"),
    ("sub", ICB),
    ("line", "Stephen Hallam", "Director of Urgent and Emergency Care"),
    ("line", "Dr Anjali Mistry", "Director of Strategy and Transformation"),
    ("line", "Karen Lowther", "Associate Director of Contracting and Procurement"),
    ("line", "Gemma Fitch", "Head of Communications and Engagement"),
    ("sub", "Thamesmoor and District Partnership NHS Foundation Trust"),
    ("line", "Darren Obi", "Deputy Chief Operating Officer"),
    ("sub", "Healthwatch Kelbury"),
    ("line", "Ruth Oduya", "Healthwatch Manager"),
    ("sub", "Council officers"),
    ("line", "Dr Faisal Qureshi", "Director of Public Health, Thamesmoor Borough Council"),
    ("line", "Leanne Grady", "Scrutiny Policy Officer, Kelbury Borough Council"),
    ("line", "Mark Tolley",
     "Senior Democratic Services Officer, Ashcombe Borough Council (Clerk)"),
]

# body blocks: ("item", number, title) ("p", text) ("label", text) ("clause", mark, text)
JH_BODY = [
    ("item", "14", "Apologies for Absence and Notification of Substitute Members"),
    ("p", "Apologies for absence were received from Councillor Angela Burke (Ashcombe) and "
          "Councillor Olu Adeyemi (Thamesmoor). Councillor Tom Ferris attended as the "
          "nominated substitute for Councillor Burke. No substitute had been nominated for "
          "Councillor Adeyemi."),

    ("item", "15", "Declarations of Interest"),
    ("p", "Councillor Shazia Rahman declared a non-pecuniary interest in minute 17 below, as "
          "a close family member is employed as an emergency department nurse by Kelbury "
          "and Thamesmoor Hospitals NHS Trust. She remained in the room and took part in the "
          "discussion. There were no other declarations."),

    ("item", "16", "Minutes of the Meeting held on 26 June 2025"),
    ("p", "Arising from minute 9 (Ambulance Handover Delays), the Clerk reported that the "
          "breakdown of handover times by hospital site, which the Committee had requested, "
          "had been circulated to Members by email on 15 July 2025."),
    ("label", "The Committee AGREED:"),
    ("clause", "", "that the minutes of the meeting held on 26 June 2025 be confirmed as a "
                   "correct record and signed by the Chair."),

    ("item", "17", "Urgent and Emergency Care: Winter Resilience Plan 2025/26"),
    ("p", "Stephen Hallam, Director of Urgent and Emergency Care at the ICB, introduced the "
          "report, which set out the system\u2019s plan for managing demand between November "
          "2025 and March 2026. The plan drew on lessons from the previous winter, when "
          "performance against the four-hour standard in the emergency department at Kelbury "
          "General Hospital had fallen to 64 per cent in January and the average ambulance "
          "handover time had reached 71 minutes. Its main elements were the opening of 38 "
          "escalation beds, an expanded virtual ward with capacity for 160 patients, a new "
          "same-day emergency care unit at Thamesmoor Royal Infirmary and a single transfer "
          "of care hub to co-ordinate discharges."),
    ("p", "The Committee sought assurance that the 38 escalation beds would be safely staffed "
          "throughout the winter, given the difficulties experienced last year. The ICB "
          "representative advised that the Trust had recruited 29 of the 34 registered "
          "nurses required on substantive contracts, and that the remaining shifts would be "
          "filled from the Trust\u2019s own staff bank rather than from agencies, which had "
          "been the single largest cost pressure in 2024/25."),
    ("p", "Members challenged the use of corridor care during the previous winter, pointing "
          "out that on eleven days in January 2025 patients had waited more than twelve "
          "hours in the emergency department corridor, and asked what would be different "
          "this year. Mr Hallam acknowledged that the experience of those patients had "
          "fallen well short of acceptable standards. He explained that the Trust had adopted "
          "a new escalation protocol under which corridor care could only be authorised by "
          "the executive on call, and that every instance would be reported to the ICB\u2019s "
          "quality committee within 24 hours."),
    ("p", "Councillor Coyle wished to know how many patients were currently in hospital beds "
          "despite being medically fit for discharge, and how many of those were waiting for "
          "a package of home care. It was confirmed that on the date of the most recent "
          "snapshot, 9 September 2025, 118 patients across the three boroughs no longer met "
          "the criteria to reside, of whom 41 were awaiting a home care package and 23 a "
          "care home placement. Councillor Penhaligon added that Kelbury had commissioned "
          "additional reablement capacity from October to reduce waits for home care."),
    ("p", "Councillor Linwood asked whether the winter plan had genuinely been developed "
          "jointly with the adult social care departments of the three councils, or had "
          "simply been shared with them once it was finalised. Councillor Penhaligon "
          "responded that Kelbury\u2019s Director of Adult Social Care had sat on the winter "
          "planning group since May and that the transfer of care hub would be funded "
          "through the Better Care Fund, although she accepted that officers from Ashcombe "
          "and Thamesmoor had joined the process later."),
    ("p", "The Committee requested that future winter updates include ambulance handover "
          "times and twelve-hour waits broken down by borough of residence, so that each "
          "council could see the position for its own residents. Mr Hallam undertook to "
          "provide this from the January 2026 update onwards."),
    ("label", "The Committee AGREED:"),
    ("clause", "(a)", "to note the Winter Resilience Plan 2025/26 and the assurances given at "
                      "the meeting;"),
    ("clause", "(b)", "that the ICB be asked to report back to the Committee\u2019s meeting on "
                      "12 March 2026 with an evaluation of the plan, including the use of "
                      "corridor care and escalation beds; and"),
    ("clause", "(c)", "that performance data in future reports be presented by borough of "
                      "residence."),

    ("item", "18", "Proposed Reconfiguration of Hyper-Acute Stroke Services"),
    ("p", "Dr Anjali Mistry, Director of Strategy and Transformation at the ICB, presented the "
          "pre-consultation business case for consolidating hyper-acute stroke care for the "
          "three boroughs on a single site at Kelbury General Hospital. Hyper-acute stroke "
          "units currently operated at both Kelbury General Hospital and Thamesmoor Royal "
          "Infirmary, but neither consistently treated the 600 confirmed strokes a year "
          "recommended nationally, and the Thamesmoor unit had relied on locum consultants "
          "for over two years. Under the proposal Thamesmoor Royal Infirmary would retain an "
          "acute stroke unit providing rehabilitation closer to home. The ICB intended to "
          "launch a twelve-week public consultation in January 2026, subject to NHS England "
          "assurance."),
    ("p", "Councillor Rahman wished to know what modelling had been carried out on travel "
          "times for Thamesmoor residents who did not have access to a car, particularly "
          "relatives visiting patients, and whether the equality impact assessment had "
          "considered the effect on health inequalities in the east of the borough. Dr "
          "Mistry advised that blue-light travel times for 97 per cent of residents would "
          "remain within 30 minutes, but accepted that public transport journeys for "
          "visitors from east Thamesmoor could exceed 75 minutes. A full travel analysis "
          "would be published with the consultation documents."),
    ("p", "Members challenged whether the pre-consultation engagement had been "
          "representative, noting that only 412 people had responded to the online survey "
          "and that respondents were predominantly white and over 55. Ms Fitch, Head of "
          "Communications and Engagement, explained that the survey was only one strand: "
          "the ICB had also held 14 focus groups with stroke survivors and carers, and would "
          "fund community organisations to reach seldom-heard groups during the formal "
          "consultation."),
    ("p", "The Committee sought assurance that South Thames Ambulance Service had the "
          "capacity to absorb longer journeys to Kelbury. It was confirmed that the ambulance "
          "trust had been involved in the modelling and that the ICB had agreed recurrent "
          "funding of \u00a31.2 million for four additional double-crewed ambulances, to be "
          "in place before any change took effect."),
    ("p", "Councillor Ferris commented that residents in Thamesmoor would see the proposal as "
          "another service being taken away from their hospital, and urged the ICB to be "
          "clear in its consultation materials about what would remain at Thamesmoor Royal "
          "Infirmary."),
    ("p", "The Clerk advised that, where the Committee considered a proposal to be a "
          "substantial variation, the ICB was required to consult it under the Local "
          "Authority (Public Health, Health and Wellbeing Boards and Health Scrutiny) "
          "Regulations 2013, as amended, and that since January 2024 the former power of "
          "referral had been replaced by the ability to ask the Secretary of State to "
          "consider calling in a proposal."),
    ("label", "The Committee AGREED:"),
    ("clause", "(a)", "that the proposed consolidation of hyper-acute stroke services "
                      "constitutes a substantial variation in the provision of health "
                      "services for residents of the three boroughs;"),
    ("clause", "(b)", "that the ICB be requested to consult the Committee formally, and to "
                      "share the draft consultation document before publication; and"),
    ("clause", "(c)", "that authority be delegated to the Clerk, in consultation with the "
                      "Chair and Vice-Chair, to draft the Committee\u2019s formal response for "
                      "approval at a future meeting."),

    ("item", "19", "Community Diagnostic Centre, Ashcombe: Contract with an Independent "
                   "Sector Provider"),
    ("p", "Karen Lowther, Associate Director of Contracting and Procurement, reported that "
          "following a competitive process under the Provider Selection Regime, the ICB had "
          "awarded a seven-year contract, valued at approximately \u00a346 million, to "
          "Meridian Imaging Partners Ltd to operate the Community Diagnostic Centre at the "
          "Ashcombe Gateway retail park from April 2026. The centre would offer MRI, CT, "
          "ultrasound and phlebotomy seven days a week, with capacity for around 95,000 "
          "tests a year."),
    ("p", "Councillor Ferris expressed concern that awarding a long-term contract to a "
          "private company would divert NHS funding, and radiographers, away from the "
          "Trust\u2019s own imaging department, which already had a vacancy rate of 18 per "
          "cent. Ms Lowther responded that the contract included a clause preventing the "
          "provider from recruiting staff who had worked for an NHS body in the three "
          "boroughs within the previous six months, and that the provider would be required "
          "to train eight apprentice radiographers a year."),
    ("p", "Members asked what would happen to patients if the provider withdrew or failed "
          "during the term of the contract. It was confirmed that the contract contained "
          "step-in rights allowing the ICB to transfer the service to the Trust at short "
          "notice, and that the scanners would be leased in the ICB\u2019s name so that they "
          "remained available to the NHS."),
    ("p", "Councillor Ashby wished to know whether scan results produced at the centre would "
          "be visible to GPs and hospital clinicians through the shared care record. The ICB "
          "representative advised that the provider would report directly into the "
          "Trust\u2019s imaging system, so that results would appear in the GP record in the "
          "same way as any other NHS scan."),
    ("p", "The Committee requested that the key performance indicators and termination "
          "provisions of the contract be shared with Members. Ms Lowther explained that "
          "parts of the contract were commercially confidential but agreed to provide the "
          "performance schedule, and to brief the Chair and Vice-Chair on the termination "
          "provisions on a confidential basis."),
    ("label", "The Committee AGREED to RECOMMEND to the ICB Board:"),
    ("clause", "(a)", "that an annual report on the performance of the diagnostic centre "
                      "contract, covering waiting times, activity, patient experience and the "
                      "effect on the Trust\u2019s workforce, be published and presented to this "
                      "Committee; and"),
    ("clause", "(b)", "that before awarding any clinical services contract longer than five "
                      "years the ICB set out how it has considered keeping the service within "
                      "NHS providers."),

    ("item", "20", "Mental Health: Out-of-Area Inpatient Placements"),
    ("p", "Darren Obi, Deputy Chief Operating Officer of Thamesmoor and District Partnership "
          "NHS Foundation Trust, presented an update on adult acute mental health inpatient "
          "placements made outside the Trust\u2019s area. The number of people placed out of "
          "area had risen from 14 in April 2024 to 31 in August 2025, most of them in "
          "independent sector hospitals more than 50 miles away. The Trust\u2019s recovery "
          "plan aimed to end inappropriate out-of-area placements by March 2027."),
    ("p", "Councillor Coyle questioned why the number of out-of-area placements had more than "
          "doubled in little over a year, when the Trust had told the Committee in 2024 that "
          "the position was improving. Mr Obi explained that around a third of the "
          "Trust\u2019s 96 adult acute beds were occupied by patients who were clinically "
          "ready for discharge but had no suitable supported accommodation to move to, which "
          "in turn forced new admissions out of area."),
    ("p", "Members sought clarification on the cost of placements in private hospitals. It "
          "was confirmed that the Trust had spent \u00a34.3 million on independent sector "
          "beds in 2024/25, compared with \u00a31.6 million two years earlier, and that this "
          "was the largest single contributor to the Trust\u2019s forecast deficit."),
    ("p", "Councillor Rahman commented that a shortage of supported housing was a council "
          "responsibility as much as an NHS one, and asked that the Trust invite housing "
          "officers from each borough to its discharge planning group. Mr Obi welcomed the "
          "suggestion and agreed to issue invitations before the end of October."),
    ("plain", "The Committee NOTED the update and the Trust\u2019s recovery plan for "
              "out-of-area placements."),

    ("item", "21", "Healthwatch Kelbury: Access to NHS Dentistry"),
    ("p", "Ruth Oduya, Healthwatch Manager, presented the findings of the \u2018Open "
          "Wide\u2019 report, based on 1,140 responses from residents of the three boroughs. "
          "Only 4 of the 52 dental practices in the area were accepting new adult NHS "
          "patients, and 38 per cent of respondents had gone without treatment they needed."),
    ("p", "Councillor Linwood commented that the findings mirrored his own casework, in which "
          "residents described travelling to other counties for emergency dental treatment."),
    ("p", "The Chair asked whether Healthwatch had been able to hear from residents who did "
          "not speak English as a first language. Ms Oduya said that the survey had been "
          "translated into six community languages and that volunteers had supported "
          "face-to-face completion at two mosques and a Polish community centre."),
    ("p", "Councillor Ashby asked what the ICB, which had been responsible for dentistry "
          "since April 2023, was doing in response. Ms Lowther advised that the ICB had "
          "commissioned 6,000 additional urgent dental appointments for 2025/26 and would "
          "report on their take-up to the January meeting."),
    ("label", "The Committee AGREED:"),
    ("clause", "(a)", "to note the Healthwatch Kelbury report on access to NHS dentistry; "
                      "and"),
    ("clause", "(b)", "that the Chair write on behalf of the Committee to the Secretary of "
                      "State for Health and Social Care setting out its concerns about the "
                      "national dental contract."),

    ("item", "22", "Work Programme 2025/26"),
    ("p", "Leanne Grady, Scrutiny Policy Officer, presented the draft work programme for the "
          "remainder of the municipal year."),
    ("label", "The Committee AGREED:"),
    ("clause", "", "that the work programme be approved, subject to the addition of (i) the "
                   "ICB\u2019s plans to reduce its running costs, at the November meeting, and "
                   "(ii) NHS dentistry recovery, at the January 2026 meeting."),

    ("item", "23", "Date of Next Meeting"),
    ("p", "The next meeting of the Committee will be held on Thursday, 20 November 2025 at "
          "6.30 pm at Thamesmoor Town Hall."),
]

JH_GOLD = {
    "document": JH_NAME,
    "doc_type": "minutes",
    "committee": JH_COMMITTEE,
    "meeting_date": "2025-09-18",
    "items": [
        {"number": "14", "title": "Apologies for Absence and Notification of Substitute Members"},
        {"number": "15", "title": "Declarations of Interest"},
        {"number": "16", "title": "Minutes of the Meeting held on 26 June 2025"},
        {"number": "17", "title": "Urgent and Emergency Care: Winter Resilience Plan 2025/26"},
        {"number": "18", "title": "Proposed Reconfiguration of Hyper-Acute Stroke Services"},
        {"number": "19", "title": "Community Diagnostic Centre, Ashcombe: Contract with an "
                                  "Independent Sector Provider"},
        {"number": "20", "title": "Mental Health: Out-of-Area Inpatient Placements"},
        {"number": "21", "title": "Healthwatch Kelbury: Access to NHS Dentistry"},
        {"number": "22", "title": "Work Programme 2025/26"},
        {"number": "23", "title": "Date of Next Meeting"},
    ],
    "questions": [
        {"item": "17", "kind": "question",
         "text": "sought assurance that the 38 escalation beds would be safely staffed",
         "asked_by": None,
         "answer": "the Trust had recruited 29 of the 34 registered nurses required",
         "given_by": "ICB representative", "themes": ["workforce"]},
        {"item": "17", "kind": "concern",
         "text": "Members challenged the use of corridor care during the previous winter",
         "asked_by": None,
         "answer": "corridor care could only be authorised by the executive on call",
         "given_by": "Mr Hallam", "themes": []},
        {"item": "17", "kind": "question",
         "text": "how many patients were currently in hospital beds despite being medically fit",
         "asked_by": "Councillor Coyle",
         "answer": "118 patients across the three boroughs no longer met the criteria to reside",
         "given_by": None, "themes": ["adult-social-care"]},
        {"item": "17", "kind": "question",
         "text": "asked whether the winter plan had genuinely been developed jointly",
         "asked_by": "Councillor Linwood",
         "answer": "the transfer of care hub would be funded through the Better Care Fund",
         "given_by": "Councillor Penhaligon", "themes": ["integration", "adult-social-care"]},
        {"item": "17", "kind": "request",
         "text": "requested that future winter updates include ambulance handover times",
         "asked_by": None,
         "answer": "undertook to provide this from the January 2026 update onwards",
         "given_by": "Mr Hallam", "themes": []},
        {"item": "18", "kind": "question",
         "text": "what modelling had been carried out on travel times for Thamesmoor residents",
         "asked_by": "Councillor Rahman",
         "answer": "public transport journeys for visitors from east Thamesmoor could exceed 75 minutes",
         "given_by": "Dr Mistry", "themes": ["public-health"]},
        {"item": "18", "kind": "concern",
         "text": "Members challenged whether the pre-consultation engagement had been representative",
         "asked_by": None,
         "answer": "held 14 focus groups with stroke survivors and carers",
         "given_by": "Ms Fitch", "themes": ["patient-and-public-input"]},
        {"item": "18", "kind": "question",
         "text": "South Thames Ambulance Service had the capacity to absorb longer journeys",
         "asked_by": None,
         "answer": "agreed recurrent funding of \u00a31.2 million for four additional double-crewed ambulances",
         "given_by": None, "themes": ["finance"]},
        {"item": "18", "kind": "comment",
         "text": "residents in Thamesmoor would see the proposal as another service being taken away",
         "asked_by": "Councillor Ferris", "answer": None, "given_by": None,
         "themes": ["patient-and-public-input"]},
        {"item": "19", "kind": "concern",
         "text": "awarding a long-term contract to a private company would divert NHS funding",
         "asked_by": "Councillor Ferris",
         "answer": "preventing the provider from recruiting staff who had worked for an NHS body",
         "given_by": "Ms Lowther",
         "themes": ["privatisation", "subcontracting", "workforce", "finance"]},
        {"item": "19", "kind": "question",
         "text": "what would happen to patients if the provider withdrew or failed",
         "asked_by": None,
         "answer": "the contract contained step-in rights allowing the ICB to transfer the service",
         "given_by": None, "themes": ["subcontracting", "governance"]},
        {"item": "19", "kind": "question",
         "text": "whether scan results produced at the centre would be visible to GPs",
         "asked_by": "Councillor Ashby",
         "answer": "the provider would report directly into the Trust\u2019s imaging system",
         "given_by": "ICB representative", "themes": ["primary-care"]},
        {"item": "19", "kind": "request",
         "text": "key performance indicators and termination provisions of the contract be shared",
         "asked_by": None,
         "answer": "parts of the contract were commercially confidential but agreed to provide",
         "given_by": "Ms Lowther", "themes": ["subcontracting", "governance"]},
        {"item": "20", "kind": "question",
         "text": "questioned why the number of out-of-area placements had more than doubled",
         "asked_by": "Councillor Coyle",
         "answer": "clinically ready for discharge but had no suitable supported accommodation",
         "given_by": "Mr Obi", "themes": ["mental-health", "housing"]},
        {"item": "20", "kind": "question",
         "text": "Members sought clarification on the cost of placements in private hospitals",
         "asked_by": None,
         "answer": "spent \u00a34.3 million on independent sector beds in 2024/25",
         "given_by": None, "themes": ["finance", "privatisation", "mental-health"]},
        {"item": "20", "kind": "comment",
         "text": "a shortage of supported housing was a council responsibility as much as an NHS one",
         "asked_by": "Councillor Rahman",
         "answer": "Mr Obi welcomed the suggestion and agreed to issue invitations",
         "given_by": "Mr Obi", "themes": ["housing", "mental-health"]},
        {"item": "21", "kind": "comment",
         "text": "the findings mirrored his own casework, in which residents described travelling",
         "asked_by": "Councillor Linwood", "answer": None, "given_by": None,
         "themes": ["primary-care"]},
        {"item": "21", "kind": "question",
         "text": "had been able to hear from residents who did not speak English",
         "asked_by": "Chair",
         "answer": "the survey had been translated into six community languages",
         "given_by": "Ms Oduya", "themes": ["patient-and-public-input"]},
        {"item": "21", "kind": "question",
         "text": "asked what the ICB, which had been responsible for dentistry since April 2023",
         "asked_by": "Councillor Ashby",
         "answer": "commissioned 6,000 additional urgent dental appointments for 2025/26",
         "given_by": "Ms Lowther", "themes": ["primary-care"]},
    ],
    "resolutions": [
        {"item": "16", "text": "the minutes of the meeting held on 26 June 2025 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "17", "text": "to note the Winter Resilience Plan 2025/26 and the assurances given",
         "outcome": "agreed", "themes": []},
        {"item": "18", "text": "proposed consolidation of hyper-acute stroke services constitutes a substantial variation",
         "outcome": "agreed", "themes": ["governance"]},
        {"item": "19", "text": "an annual report on the performance of the diagnostic centre contract",
         "outcome": "recommended", "themes": ["subcontracting", "privatisation"]},
        {"item": "20", "text": "NOTED the update and the Trust\u2019s recovery plan for out-of-area placements",
         "outcome": "noted", "themes": ["mental-health"]},
        {"item": "21", "text": "to note the Healthwatch Kelbury report on access to NHS dentistry",
         "outcome": "agreed", "themes": ["primary-care"]},
        {"item": "22", "text": "that the work programme be approved, subject to the addition of",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "Councillor Priya Okafor", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Gareth Linwood", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Maureen Ashby", "role": None, "attendance": "present"},
        {"name": "Councillor Dennis Coyle", "role": None, "attendance": "present"},
        {"name": "Councillor Tom Ferris", "role": "Substitute for Councillor Angela Burke",
         "attendance": "present"},
        {"name": "Councillor Shazia Rahman", "role": None, "attendance": "present"},
        {"name": "Councillor Angela Burke", "role": None, "attendance": "apologies"},
        {"name": "Councillor Olu Adeyemi", "role": None, "attendance": "apologies"},
        {"name": "Councillor Rachel Penhaligon",
         "role": "Cabinet Member for Adult Social Care and Health, Kelbury Borough Council",
         "attendance": "in_attendance"},
        {"name": "Stephen Hallam", "role": "Director of Urgent and Emergency Care",
         "attendance": "in_attendance"},
        {"name": "Dr Anjali Mistry", "role": "Director of Strategy and Transformation",
         "attendance": "in_attendance"},
        {"name": "Karen Lowther", "role": "Associate Director of Contracting and Procurement",
         "attendance": "in_attendance"},
        {"name": "Gemma Fitch", "role": "Head of Communications and Engagement",
         "attendance": "in_attendance"},
        {"name": "Darren Obi", "role": "Deputy Chief Operating Officer",
         "attendance": "in_attendance"},
        {"name": "Ruth Oduya", "role": "Healthwatch Manager", "attendance": "in_attendance"},
        {"name": "Dr Faisal Qureshi",
         "role": "Director of Public Health, Thamesmoor Borough Council",
         "attendance": "in_attendance"},
        {"name": "Leanne Grady", "role": "Scrutiny Policy Officer, Kelbury Borough Council",
         "attendance": "in_attendance"},
        {"name": "Mark Tolley",
         "role": "Senior Democratic Services Officer, Ashcombe Borough Council (Clerk)",
         "attendance": "in_attendance"},
    ],
}


def _add_field(run, instr):
    """Append a simple Word field (PAGE / NUMPAGES) to a run."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instr} "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, text, sep, shown, end):
        run._r.append(el)


def _border(paragraph, side="bottom", sz="6"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    ppr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), sz)
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), "1F4E79")
    bdr.append(el)
    ppr.append(bdr)


def build_jhosc():
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.0)
    sec.header_distance = sec.footer_distance = Cm(1.0)
    text_width = Cm(16.5)

    styles = doc.styles
    normal = styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)

    def pstyle(name, bold=False, size=11, left=0.0, first=0.0, align=None, before=0,
               after=6, keep=False):
        st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = normal
        st.font.bold = bold
        st.font.size = Pt(size)
        pf = st.paragraph_format
        pf.left_indent = Cm(left)
        pf.first_line_indent = Cm(first)
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        pf.keep_with_next = keep
        if align is not None:
            pf.alignment = align
        return st

    pstyle("ABC Council Name", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    pstyle("ABC Committee Title", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER,
           before=6, after=6)
    pstyle("ABC Meeting Details", align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
    att_head = pstyle("ABC Attendance Heading", bold=True, before=10, after=3, keep=True)
    att_head.font.small_caps = True
    att_sub = pstyle("ABC Attendance Group", size=10, before=4, after=0, keep=True)
    att_sub.font.italic = True
    att = pstyle("ABC Attendance Line", size=10, after=0)
    att.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT,
                                                WD_TAB_LEADER.DOTS)
    item = pstyle("ABC Minute Item", bold=True, left=1.5, first=-1.5, before=14, after=6,
                  keep=True)
    item.paragraph_format.tab_stops.add_tab_stop(Cm(1.5))
    pstyle("ABC Minute Text", left=1.5, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    pstyle("ABC Decision Label", bold=True, left=1.5, before=6, after=3, keep=True)
    clause = pstyle("ABC Decision Clause", left=2.6, first=-1.1,
                    align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=3)
    clause.paragraph_format.tab_stops.add_tab_stop(Cm(2.6))
    pstyle("ABC Decision Text", left=1.5, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=3)

    # header and footer (every page)
    hdr = sec.header.paragraphs[0]
    hdr.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
    r = hdr.add_run("Ashcombe, Kelbury and Thamesmoor JHOSC\tMinutes \u2013 18 September 2025")
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    _border(hdr)
    ftr = sec.footer.paragraphs[0]
    ftr.paragraph_format.tab_stops.add_tab_stop(Cm(8.25), WD_TAB_ALIGNMENT.CENTER)
    ftr.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
    _border(ftr, side="top")
    for txt, field in (("Hosted by Ashcombe Borough Council\tPage ", "PAGE"),
                       (" of ", "NUMPAGES"),
                       ("\tChair\u2019s initials ........", None)):
        run = ftr.add_run(txt)
        run.font.size = Pt(9)
        if field:
            frun = ftr.add_run()
            frun.font.size = Pt(9)
            _add_field(frun, field)

    doc.add_paragraph("ASHCOMBE BOROUGH COUNCIL \u2022 KELBURY BOROUGH COUNCIL \u2022 "
                      "THAMESMOOR BOROUGH COUNCIL", style="ABC Council Name")
    doc.add_paragraph(JH_COMMITTEE, style="ABC Committee Title")
    doc.add_paragraph("Minutes of the meeting held in Committee Room 2, Ashcombe Civic Centre, "
                      "Market Street, Ashcombe AS1 4DQ on Thursday, 18 September 2025 at "
                      "6.30 pm", style="ABC Meeting Details")

    for row in JH_ATTENDANCE:
        if row[0] == "heading":
            doc.add_paragraph(row[1], style="ABC Attendance Heading")
        elif row[0] == "sub":
            doc.add_paragraph(row[1], style="ABC Attendance Group")
        else:
            doc.add_paragraph(f"{row[1]}\t{row[2]}", style="ABC Attendance Line")

    for block in JH_BODY:
        kind = block[0]
        if kind == "item":
            doc.add_paragraph(f"{block[1]}.\t{block[2]}", style="ABC Minute Item")
        elif kind == "p":
            doc.add_paragraph(block[1], style="ABC Minute Text")
        elif kind == "plain":
            p = doc.add_paragraph(style="ABC Minute Text")
            head, tail = block[1].split(" NOTED ", 1)
            p.add_run(head + " ")
            p.add_run("NOTED").bold = True
            p.add_run(" " + tail)
        elif kind == "label":
            doc.add_paragraph(block[1], style="ABC Decision Label")
        elif kind == "clause":
            if block[1]:
                doc.add_paragraph(f"{block[1]}\t{block[2]}", style="ABC Decision Clause")
            else:
                doc.add_paragraph(block[2], style="ABC Decision Text")

    doc.add_paragraph("The meeting began at 6.30 pm and ended at 8.47 pm.",
                      style="ABC Minute Text").paragraph_format.space_before = Pt(18)
    sig = doc.add_paragraph(style="ABC Minute Text")
    sig.paragraph_format.space_before = Pt(24)
    sig.add_run("Chair: .............................................\t\tDate: "
                "........................")
    doc.add_paragraph("Contact: Mark Tolley, Senior Democratic Services Officer, Ashcombe "
                      "Borough Council \u2013 democratic.services@ashcombe.gov.uk",
                      style="ABC Minute Text").runs[0].font.size = Pt(9)

    cp = doc.core_properties
    fixed = dt.datetime(2025, 9, 24, 10, 15, 0)
    cp.author = "Mark Tolley"
    cp.last_modified_by = "Mark Tolley"
    cp.title = "JHOSC minutes 18 September 2025"
    cp.created = cp.modified = cp.last_printed = fixed
    cp.revision = 3
    cp.comments = ""
    buf = io.BytesIO()
    doc.save(buf)
    return _fixed_zip(buf.getvalue())


def _fixed_zip(data):
    """Re-pack a zip with fixed timestamps so the build is byte-for-byte repeatable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 24, 10, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------
# Document 2: housing scrutiny panel, plain text from an open-data portal
# ---------------------------------------------------------------------------

TX_NAME = "af-housing-panel-minutes-2025-10-07.txt"
TX_COMMITTEE = "Housing and Communities Scrutiny Panel"


def _wrap(text, width=76, indent=""):
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


def _h1(title):
    return f"{title}\n{'=' * len(title)}"


def _h2(title):
    return f"{title}\n{'-' * len(title)}"


TX_ITEMS = [
    ("27", "APOLOGIES FOR ABSENCE AND SUBSTITUTE MEMBERS", [
        ("p", "Apologies for absence were received from Councillor P. Grange. Councillor R. "
              "Dell attended as substitute."),
    ]),
    ("28", "DECLARATIONS OF INTEREST", [
        ("p", "Councillor M. O'Hare declared an other registrable interest in item [31] as a "
              "board member of Brackenfield Homes Ltd, the Council's wholly-owned housing "
              "company, and took no part in the discussion of the company's leasing "
              "arrangements."),
    ]),
    ("29", "MINUTES", [
        ("p", "The minutes of the meeting of the Panel held on 2 September 2025 were "
              "confirmed as a correct record and signed by the Chairman, subject to the "
              "spelling of Councillor Chaudhry's name being corrected in minute [21]."),
    ]),
    ("30", "PUBLIC QUESTION TIME", [
        ("p", "Two questions had been received from members of the public under Panel "
              "Procedure Rule 11."),
        ("p", "Mrs Hilary Voss, a resident of Wensley Court, Mill Lane, asked what powers the "
              "Council had to require a housing association to deal with persistent damp and "
              "mould, as several flats in her block had been affected for over two years. "
              "Councillor Greaves replied that the private sector housing team could inspect "
              "under the Housing Health and Safety Rating System and that officers would "
              "visit Wensley Court within ten working days. He added that social landlords "
              "would also be subject to Awaab's Law from 27 October 2025, which set legal "
              "timescales for investigating and repairing damp and mould hazards."),
        ("p", "Mr Graham Pettit asked why the Council continued to place homeless families in "
              "bed and breakfast accommodation in Dunmere, 22 miles away, when children had "
              "to travel back to school in Brackenfield each day. Councillor Greaves said "
              "that he shared Mr Pettit's concern, that no family had been in bed and "
              "breakfast for more than six weeks since June, and that the matter would be "
              "discussed in detail under item [31]."),
    ]),
    ("31", "TEMPORARY ACCOMMODATION: DEMAND AND COST PRESSURES", [
        ("h2", "Report"),
        ("p", "Nadia Kershaw, Head of Housing Options and Homelessness, introduced the report. "
              "The number of households in temporary accommodation had risen from 148 in "
              "March 2023 to 263 at the end of August 2025, including 171 families with "
              "children. Net spending on temporary accommodation was forecast at \u00a33.9m "
              "for 2025/26 against a budget of \u00a32.2m, mainly because of the use of "
              "nightly-paid accommodation, whose rates had risen by 31 per cent in two "
              "years."),
        ("h2", "Discussion"),
        ("p", "Councillor Baines raised the question of why so much of the accommodation was "
              "nightly-paid rather than leased. Ms Kershaw replied that landlords had become "
              "reluctant to enter into three- or five-year leases with the Council, and that "
              "Brackenfield Homes Ltd held 64 leased units against a target of 120."),
        ("p", "Councillor Sefton was concerned that families placed out of the borough lost "
              "contact with their GP, health visitor and children's schools, and asked how "
              "many households were currently placed outside Brackenfield. Ms Kershaw said "
              "that 58 households were placed in other districts, of whom 37 were families, "
              "and that the team notified the receiving authority and the relevant schools "
              "in every case."),
        ("p", "Councillor Chaudhry queried whether the Council was receiving the full "
              "Homelessness Prevention Grant it was entitled to, and whether any of it was "
              "being used to reduce temporary accommodation costs. Councillor Lunn, "
              "Portfolio Holder for Finance and Assets, confirmed that the 2025/26 "
              "allocation of \u00a31.46m had been received in full and that \u00a3400,000 of "
              "it was funding a landlord incentive scheme."),
        ("p", "The Panel made the following further observations:"),
        ("dash", "the reliance on nightly-paid accommodation from private providers "
                 "represented poor value for money and should be reduced as a matter of "
                 "urgency;"),
        ("dash", "the Council should learn from neighbouring authorities that had bought "
                 "homes for use as temporary accommodation, funded by borrowing repaid from "
                 "rental income;"),
        ("dash", "the standard of some bed and breakfast accommodation in Dunmere, which "
                 "Members had visited in August, was not acceptable for families with young "
                 "children."),
        ("h2", "Panel conclusion"),
        ("p", "The Panel noted the report and the steps being taken to reduce the use of "
              "nightly-paid accommodation."),
        ("h2", "Recommendation to Cabinet"),
        ("p", "That Cabinet commission a business case for the purchase of up to 40 homes for "
              "use as temporary accommodation, funded through prudential borrowing, for "
              "consideration as part of the 2026/27 budget."),
    ]),
    ("32", "HOUSING REPAIRS AND MAINTENANCE CONTRACT: OPTIONS FROM APRIL 2027", [
        ("h2", "Report"),
        ("p", "Phil Ormerod, Service Manager - Property Services and Repairs, presented the "
              "options appraisal for the responsive repairs and voids service for the "
              "Council's 3,900 homes, which had been delivered by Kestrel Property Services "
              "Ltd under a ten-year contract expiring on 31 March 2027. Three options had "
              "been assessed: (A) re-procure a single contractor; (B) bring the whole "
              "service in-house through a direct labour organisation; and (C) a hybrid model "
              "in which responsive repairs were delivered in-house and voids and planned "
              "works were contracted out. Option C was the officers' preferred option."),
        ("h2", "Discussion"),
        ("p", "Councillor Dell asked how tenant satisfaction with the current contractor "
              "compared with other landlords. Mr Ormerod said that satisfaction with repairs "
              "in the 2024/25 Tenant Satisfaction Measures survey was 61 per cent, against a "
              "median of 72 per cent for comparable councils, and that Kestrel had been "
              "issued with two formal performance notices in the past year."),
        ("p", "Councillor Mrs Patel sought an assurance that staff transferring from Kestrel "
              "under TUPE would keep their terms and conditions and pension rights if the "
              "service came in-house. Mr Ormerod confirmed that TUPE would protect existing "
              "terms and conditions and that approximately 46 operatives would transfer; "
              "access to the Local Government Pension Scheme would be the subject of a "
              "separate report."),
        ("p", "Councillor Arkwright questioned whether the Council had the management "
              "capacity and IT systems to run an in-house repairs service, recalling that "
              "the previous direct labour organisation had been closed in 2012 after "
              "repeated overspends. Councillor Greaves acknowledged the history but said "
              "that the hybrid model would be phased in over eighteen months and that the "
              "set-up costs of \u00a31.1m had been included in the Housing Revenue Account "
              "business plan."),
        ("p", "Councillor O'Hare asked whether tenants had been consulted on the options. Mr "
              "Ormerod said that a tenants' panel had helped to draw up the evaluation "
              "criteria and that a survey of all tenants had closed on 26 September with 812 "
              "responses, 68 per cent of which favoured the hybrid option."),
        ("h2", "Recommendation to Cabinet"),
        ("p", "That Cabinet approve Option C (hybrid delivery) as the preferred model for "
              "repairs and maintenance from 1 April 2027, subject to a full business case and "
              "an independent review of the mobilisation plan being reported to this Panel "
              "before a final decision is taken."),
        ("p", "Councillor Arkwright asked that his dissent from the recommendation be "
              "recorded."),
    ]),
    ("33", "DISABLED FACILITIES GRANTS: PERFORMANCE IN 2024/25", [
        ("h2", "Report"),
        ("p", "Jas Bhamra, Private Sector Housing and Grants Team Leader, reported that 142 "
              "disabled facilities grants had been completed in 2024/25, funded from the "
              "Council's Better Care Fund allocation of \u00a31.9m."),
        ("h2", "Discussion"),
        ("p", "Councillor Chaudhry asked why the average time from referral to completion of "
              "a grant had risen to 38 weeks. Ms Bhamra explained that the main delay was at "
              "the occupational therapy assessment stage, carried out by the County Council, "
              "where about 240 people were waiting."),
        ("p", "Councillor Baines commented that an underspend of \u00a3310,000 on the Better "
              "Care Fund allocation for grants was disappointing when so many residents were "
              "waiting for adaptations. Ms Bhamra said that the sum had been carried forward "
              "and would be used to fund a trusted assessor post."),
        ("h2", "Panel conclusion"),
        ("p", "The Panel agreed to set up a task and finish group of four Members to examine "
              "the delivery of disabled facilities grants with the County Council, and "
              "appointed Councillors Baines, Chaudhry, Dell and Sefton to serve on it."),
    ]),
    ("34", "CABINET FORWARD PLAN AND PANEL WORK PROGRAMME", [
        ("p", "The Democratic Services Officer presented the Cabinet forward plan for October "
              "2025 to January 2026 and the Panel's work programme."),
        ("p", "The work programme was agreed, with the addition of a report on the "
              "implementation of Awaab's Law by the Council's own housing service at the "
              "January 2026 meeting."),
    ]),
    ("35", "URGENT BUSINESS", [
        ("p", "There was no urgent business."),
    ]),
]


def build_text():
    out = []
    out.append("BRACKENFIELD BOROUGH COUNCIL - OPEN DATA PORTAL")
    out.append("Dataset:    Committee minutes (approved)")
    out.append("Committee:  Housing and Communities Scrutiny Panel")
    out.append("Meeting:    7 October 2025")
    out.append("Published:  5 November 2025 (approved at the meeting on 4 November 2025)")
    out.append("Format:     Plain text (UTF-8), converted from the signed minutes. Page")
    out.append("            numbers and signatures are not reproduced.")
    out.append("Licence:    Open Government Licence v3.0")
    out.append("Contact:    democratic.services@brackenfield.gov.uk")
    out.append("-" * 76)
    out.append("")
    out.append("")
    out.append(_h1("HOUSING AND COMMUNITIES SCRUTINY PANEL"))
    out.append("")
    out.append(_wrap("MINUTES of a meeting held in the Council Chamber, Brackenfield House, "
                     "Station Road, Brackenfield BR2 7LX on Tuesday 7 October 2025 from "
                     "7.00 pm to 9.22 pm."))
    out.append("")
    # attendance: each list on one long unwrapped line, as pasted from the clerk's template
    out.append("Present: Councillor J. Whitcombe (Chairman), Councillor Mrs S. Patel "
               "(Vice-Chairman), Councillors D. Arkwright, L. Baines, K. Chaudhry, R. Dell "
               "(substitute for Councillor P. Grange), M. O'Hare and T. Sefton.")
    out.append("")
    out.append("Apologies: Councillor P. Grange.")
    out.append("")
    out.append("Also present: Councillor A. Greaves (Portfolio Holder for Housing and "
               "Homelessness) and Councillor B. Lunn (Portfolio Holder for Finance and "
               "Assets).")
    out.append("")
    out.append("Officers: Nadia Kershaw (Head of Housing Options and Homelessness), Phil "
               "Ormerod (Service Manager - Property Services and Repairs), Jas Bhamra "
               "(Private Sector Housing and Grants Team Leader) and Colin Tate (Democratic "
               "Services Officer).")
    out.append("")
    out.append("Six members of the public and one representative of the press were also "
               "present.")
    out.append("")
    for num, title, blocks in TX_ITEMS:
        out.append("")
        out.append(_h1(f"[{num}] {title}"))
        out.append("")
        for kind, text in blocks:
            if kind == "p":
                out.append(_wrap(text))
            elif kind == "h2":
                out.append(_h2(text))
            elif kind == "dash":
                out.append(textwrap.fill(text, width=76, initial_indent="  - ",
                                         subsequent_indent="    ", break_long_words=False,
                                         break_on_hyphens=False))
            out.append("")
    out.append("")
    out.append("The meeting closed at 9.22 pm.")
    out.append("")
    out.append("Councillor J. Whitcombe")
    out.append("Chairman")
    out.append("")
    out.append("-" * 76)
    out.append("End of record BBC-HCSP-20251007-MIN. Agenda, reports and the webcast are")
    out.append("available from the meeting page on the Council's website.")
    return "\n".join(out) + "\n"


TX_GOLD = {
    "document": TX_NAME,
    "doc_type": "minutes",
    "committee": TX_COMMITTEE,
    "meeting_date": "2025-10-07",
    "items": [
        {"number": n, "title": t} for n, t, _ in TX_ITEMS
    ],
    "questions": [
        {"item": "30", "kind": "question",
         "text": "require a housing association to deal with persistent damp and mould",
         "asked_by": "Mrs Hilary Voss",
         "answer": "officers would visit Wensley Court within ten working days",
         "given_by": "Councillor Greaves", "themes": ["housing"]},
        {"item": "30", "kind": "question",
         "text": "why the Council continued to place homeless families in bed and breakfast",
         "asked_by": "Mr Graham Pettit",
         "answer": "no family had been in bed and breakfast for more than six weeks",
         "given_by": "Councillor Greaves", "themes": ["housing", "children-and-families"]},
        {"item": "31", "kind": "question",
         "text": "why so much of the accommodation was nightly-paid rather than leased",
         "asked_by": "Councillor Baines",
         "answer": "landlords had become reluctant to enter into three- or five-year leases",
         "given_by": "Ms Kershaw", "themes": ["housing"]},
        {"item": "31", "kind": "concern",
         "text": "families placed out of the borough lost contact with their GP, health visitor",
         "asked_by": "Councillor Sefton",
         "answer": "58 households were placed in other districts, of whom 37 were families",
         "given_by": "Ms Kershaw", "themes": ["housing", "children-and-families"]},
        {"item": "31", "kind": "question",
         "text": "was receiving the full Homelessness Prevention Grant it was entitled to",
         "asked_by": "Councillor Chaudhry",
         "answer": "the 2025/26 allocation of \u00a31.46m had been received in full",
         "given_by": "Councillor Lunn", "themes": ["finance", "housing"]},
        {"item": "31", "kind": "comment",
         "text": "reliance on nightly-paid accommodation from private providers represented poor value for money",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["housing", "finance"]},
        {"item": "31", "kind": "comment",
         "text": "learn from neighbouring authorities that had bought homes for use as temporary accommodation",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["housing", "finance"]},
        {"item": "31", "kind": "comment",
         "text": "Members had visited in August, was not acceptable for families with young children",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["housing", "children-and-families"]},
        {"item": "32", "kind": "question",
         "text": "how tenant satisfaction with the current contractor compared with other landlords",
         "asked_by": "Councillor Dell",
         "answer": "satisfaction with repairs in the 2024/25 Tenant Satisfaction Measures survey",
         "given_by": "Mr Ormerod", "themes": ["housing", "subcontracting"]},
        {"item": "32", "kind": "question",
         "text": "staff transferring from Kestrel under TUPE would keep their terms and conditions",
         "asked_by": "Councillor Mrs Patel",
         "answer": "TUPE would protect existing terms and conditions and that approximately 46 operatives",
         "given_by": "Mr Ormerod", "themes": ["workforce", "privatisation"]},
        {"item": "32", "kind": "question",
         "text": "had the management capacity and IT systems to run an in-house repairs service",
         "asked_by": "Councillor Arkwright",
         "answer": "set-up costs of \u00a31.1m had been included in the Housing Revenue Account",
         "given_by": "Councillor Greaves", "themes": ["privatisation", "finance", "housing"]},
        {"item": "32", "kind": "question",
         "text": "asked whether tenants had been consulted on the options",
         "asked_by": "Councillor O'Hare",
         "answer": "a survey of all tenants had closed on 26 September with 812 responses",
         "given_by": "Mr Ormerod", "themes": ["patient-and-public-input", "housing"]},
        {"item": "33", "kind": "question",
         "text": "the average time from referral to completion of a grant had risen",
         "asked_by": "Councillor Chaudhry",
         "answer": "the main delay was at the occupational therapy assessment stage",
         "given_by": "Ms Bhamra", "themes": ["housing", "adult-social-care"]},
        {"item": "33", "kind": "comment",
         "text": "an underspend of \u00a3310,000 on the Better Care Fund allocation for grants",
         "asked_by": "Councillor Baines",
         "answer": "would be used to fund a trusted assessor post",
         "given_by": "Ms Bhamra", "themes": ["finance", "integration", "housing"]},
    ],
    "resolutions": [
        {"item": "29", "text": "were confirmed as a correct record and signed by the Chairman",
         "outcome": "agreed", "themes": []},
        {"item": "31", "text": "The Panel noted the report and the steps being taken to reduce",
         "outcome": "noted", "themes": ["housing"]},
        {"item": "31", "text": "commission a business case for the purchase of up to 40 homes",
         "outcome": "recommended", "themes": ["housing", "finance"]},
        {"item": "32", "text": "approve Option C (hybrid delivery) as the preferred model for repairs",
         "outcome": "recommended", "themes": ["subcontracting", "privatisation", "housing"]},
        {"item": "33", "text": "The Panel agreed to set up a task and finish group",
         "outcome": "agreed", "themes": ["governance", "housing"]},
        {"item": "34", "text": "The work programme was agreed, with the addition of a report",
         "outcome": "agreed", "themes": ["governance", "housing"]},
    ],
    "attendees": [
        {"name": "Councillor J. Whitcombe", "role": "Chairman", "attendance": "present"},
        {"name": "Councillor Mrs S. Patel", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Councillor D. Arkwright", "role": None, "attendance": "present"},
        {"name": "Councillor L. Baines", "role": None, "attendance": "present"},
        {"name": "Councillor K. Chaudhry", "role": None, "attendance": "present"},
        {"name": "Councillor R. Dell", "role": "substitute for Councillor P. Grange",
         "attendance": "present"},
        {"name": "Councillor M. O'Hare", "role": None, "attendance": "present"},
        {"name": "Councillor T. Sefton", "role": None, "attendance": "present"},
        {"name": "Councillor P. Grange", "role": None, "attendance": "apologies"},
        {"name": "Councillor A. Greaves", "role": "Portfolio Holder for Housing and Homelessness",
         "attendance": "in_attendance"},
        {"name": "Councillor B. Lunn", "role": "Portfolio Holder for Finance and Assets",
         "attendance": "in_attendance"},
        {"name": "Nadia Kershaw", "role": "Head of Housing Options and Homelessness",
         "attendance": "in_attendance"},
        {"name": "Phil Ormerod", "role": "Service Manager - Property Services and Repairs",
         "attendance": "in_attendance"},
        {"name": "Jas Bhamra", "role": "Private Sector Housing and Grants Team Leader",
         "attendance": "in_attendance"},
        {"name": "Colin Tate", "role": "Democratic Services Officer",
         "attendance": "in_attendance"},
    ],
}

# ---------------------------------------------------------------------------
# Document 3: officer report to a scrutiny panel (not minutes), PDF
# ---------------------------------------------------------------------------

RP_NAME = "af-home-care-recommissioning-report.pdf"
RP_GOLD = {"document": RP_NAME, "doc_type": "report"}

SHY = "\u00ad"
_VOW = set("aeiouy")


def hyphenate(text):
    """Insert soft hyphens into long words (crude syllable rules: VC-CV and V-CV) so that
    fpdf2's justified lines break words with a visible hyphen, as Word's auto-hyphenation
    does."""
    digraphs = ("th", "ch", "sh", "ph", "ck", "ng", "qu", "wh", "gh")

    def word(m):
        w = m.group(0)
        if len(w) < 8 or w.isupper():
            return w
        low = w.lower()
        pos = []
        i = 2
        while i < len(w) - 3:
            a, b, c = low[i - 1], low[i], low[i + 1]
            if a in _VOW and b not in _VOW and c not in _VOW and low[i:i + 2] not in digraphs:
                pos.append(i + 1)          # VC-CV
                i += 2
                continue
            if a in _VOW and b not in _VOW and c in _VOW:
                pos.append(i)              # V-CV
                i += 2
                continue
            i += 1
        pos = [p for p in pos if 3 <= p <= len(w) - 3]
        chars = list(w)
        for p in reversed(pos):
            chars.insert(p, SHY)
        return "".join(chars)
    return re.sub(r"[A-Za-z]+", word, text)


RP_SECTIONS = [
    ("1.", "Purpose of the report", [
        ("p", "1.1", "This report invites the Panel to scrutinise the proposed model for "
                     "re-commissioning home care (domiciliary care) services for adults in "
                     "Thamesmoor from October 2026, before the proposals are considered by "
                     "Cabinet on 9 December 2025. The current framework agreement expires on "
                     "30 September 2026 and cannot be extended further."),
    ]),
    ("2.", "Recommendations", [
        ("p", "2.1", "That the Panel considers and comments on the proposed zonal model for "
                     "home care set out in section 4, and in particular on the arrangements "
                     "for workforce pay and guaranteed hours."),
        ("p", "2.2", "That the Panel notes the findings of the engagement with people who "
                     "use home care and their carers summarised in section 5."),
        ("p", "2.3", "That the Panel decides whether it wishes to make any recommendations "
                     "to Cabinet, which would be reported alongside the Cabinet report on 9 "
                     "December 2025."),
    ]),
    ("3.", "Background", [
        ("p", "3.1", "The Council currently purchases around 14,800 hours of home care a "
                     "week for approximately 1,350 people. Care is bought from 23 providers "
                     "on a framework agreement let in 2021, supplemented by spot purchases "
                     "from a further 11 providers when framework providers cannot accept a "
                     "package. In 2024/25 spot purchases accounted for 22 per cent of hours "
                     "at an average rate of \u00a326.40 an hour, against the framework rate of "
                     "\u00a322.80."),
        ("p", "3.2", "Around 160 people are waiting for a package of care at any one time, "
                     "of whom about 40 are in hospital. Provider turnover of care workers "
                     "averaged 34 per cent last year, and three providers handed back "
                     "contracts in the south of the borough because travel times between "
                     "calls made rural rounds uneconomic."),
        ("p", "3.3", "At its meeting on 8 July 2025 the Panel asked to see the proposed "
                     "model before a procurement decision was made, and requested "
                     "information on how the views of people who use services had been "
                     "gathered. This report responds to both requests."),
    ]),
    ("4.", "The proposed model", [
        ("p", "4.1", "It is proposed to divide the borough into six zones, each served by a "
                     "lead provider awarded a contract for up to seven years (five years "
                     "with an option to extend by two). Lead providers would be required to "
                     "accept every package offered in their zone within 48 hours, "
                     "sub-contracting to approved partner providers where necessary but "
                     "remaining accountable for quality."),
        ("p", "4.2", "Contracts would require providers to pay at least the Real Living "
                     "Wage, to pay for travel time between calls, and to offer every care "
                     "worker the choice of a contract with guaranteed hours. The modelled "
                     "hourly rate is \u00a325.10."),
        ("p", "4.3", "Providers would be paid for outcomes agreed in each person\u2019s "
                     "support plan, not only for minutes delivered, with reablement "
                     "provided by the Council\u2019s in-house Home First team for the first six "
                     "weeks after hospital discharge."),
    ]),
    ("5.", "What people told us", [
        ("p", "5.1", "Between May and August 2025, 640 people who use home care, family "
                     "carers and 19 providers took part in surveys, focus groups and visits. "
                     "The main findings are summarised in the table below."),
        ("table", None, None),
        ("p", "5.2", "Healthwatch Thamesmoor has reviewed the engagement plan and will "
                     "publish its own independent report in November 2025."),
    ]),
    ("6.", "Options considered", [
        ("p", "6.1", "Officers considered (a) re-letting a framework on the current basis; "
                     "(b) the zonal lead provider model; and (c) bringing a proportion of "
                     "home care into a Council-owned company. Option (c) was not recommended "
                     "at this stage because of set-up costs estimated at \u00a32.7m and the "
                     "risk of destabilising existing providers, but officers propose to "
                     "review it at the mid-point of the new contracts."),
    ]),
    ("7.", "Financial implications", [
        ("p", "7.1", "The 2025/26 home care budget is \u00a318.6m. The proposed model is "
                     "estimated to cost an additional \u00a31.9m a year at full implementation, "
                     "partly offset by reduced spot purchasing (\u00a30.8m) and fewer delayed "
                     "discharges. The net pressure of \u00a31.1m has been included in the draft "
                     "Medium Term Financial Plan."),
    ]),
    ("8.", "Legal implications", [
        ("p", "8.1", "Home care is a social and other specific service under Schedule 1 to "
                     "the Procurement Act 2023, and the Council may therefore use a flexible "
                     "competitive tendering procedure. The award decision is a key decision "
                     "reserved to Cabinet."),
    ]),
    ("9.", "Questions the Panel may wish to consider", [
        ("p", "9.1", "To assist Members, the following lines of enquiry are suggested. They "
                     "are not exhaustive."),
        ("bullet", None, "Is the Panel satisfied that a seven-year contract term strikes the "
                         "right balance between stability and flexibility?"),
        ("bullet", None, "How will the Council make sure that the Real Living Wage and paid "
                         "travel time actually reach care workers?"),
        ("bullet", None, "What will happen to people receiving care from providers that are "
                         "not successful, and how will continuity of carer be protected?"),
        ("bullet", None, "How will people who use services continue to be involved once the "
                         "contracts are let?"),
        ("bullet", None, "Should the option of Council-owned provision be reviewed sooner "
                         "than the mid-point of the contracts?"),
    ]),
    ("10.", "Next steps", [
        ("p", "10.1", "Any recommendations from the Panel will be reported to Cabinet on 9 "
                      "December 2025, when Cabinet will be asked to approve the model and "
                      "the procurement. If approved, the tender would be published in "
                      "February 2026, with contracts awarded in June and new services "
                      "starting on 1 October 2026."),
    ]),
]

RP_TABLE = [
    ("What people told us", "How the model responds"),
    ("Carers are often late or change too often", "Zones reduce travel; continuity of "
     "carer becomes a contract measure"),
    ("Fifteen-minute calls feel rushed", "Minimum 30-minute personal care calls"),
    ("It is hard to complain or be heard", "Quarterly feedback panels in each zone, "
     "chaired by a person who uses services"),
    ("Providers cannot recruit in rural areas", "Rural travel supplement and paid travel "
     "time"),
]


def build_report():
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos
    from fpdf.fonts import FontFace

    class Report(FPDF):
        def header(self):
            self.set_font("DejaVu", "B", 9)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Agenda Item 7", align="R", new_x=XPos.LMARGIN,
                      new_y=YPos.NEXT)
            self.set_draw_color(160, 160, 160)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin,
                      self.get_y() + 1)
            self.ln(5)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, "Thamesmoor Borough Council \u2013 Health and Adult Social Care "
                            "Scrutiny Panel \u2013 4 November 2025", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, f"Page {30 + self.page_no()}", align="R")

    pdf = Report(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 10, 24, 9, 0, 0, tzinfo=dt.timezone.utc))
    pdf.set_title("Re-commissioning of home care services")
    pdf.set_author("Thamesmoor Borough Council")
    pdf.set_creator("Microsoft Word")
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 8, "THAMESMOOR BOROUGH COUNCIL", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    meta = [
        ("Report to:", "Health and Adult Social Care Scrutiny Panel"),
        ("Date:", "Tuesday 4 November 2025"),
        ("Report of:", "Strategic Director of Adults, Health and Housing"),
        ("Cabinet Member:", "Cabinet Member for Adult Social Care and Public Health"),
        ("Title:", "Re-commissioning of Home Care Services 2026\u20132033"),
        ("Wards affected:", "All wards"),
        ("Key decision:", "No (pre-decision scrutiny of a Cabinet key decision)"),
        ("Status:", "Open"),
    ]
    pdf.set_font("DejaVu", "", 9.5)
    pdf.set_fill_color(232, 238, 244)
    for k, v in meta:
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.cell(38, 7, " " + k, border=1, fill=True)
        pdf.set_font("DejaVu", "", 9.5)
        pdf.cell(W - 38, 7, " " + v, border=1, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)

    for num, title, blocks in RP_SECTIONS:
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(12, 7, num)
        pdf.cell(0, 7, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
        for kind, para, text in blocks:
            pdf.set_font("DejaVu", "", 10)
            if kind == "p":
                pdf.cell(12, 5.2, para)
                pdf.multi_cell(W - 12, 5.2, hyphenate(text), align="J",
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(2.5)
            elif kind == "bullet":
                pdf.set_x(pdf.l_margin + 12)
                pdf.cell(6, 5.2, "\u2022")
                pdf.multi_cell(W - 18, 5.2, hyphenate(text), align="J",
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(1.5)
            elif kind == "table":
                pdf.set_font("DejaVu", "", 9)
                widths = ((W - 12) * 0.45, (W - 12) * 0.55)
                with pdf.table(col_widths=widths, width=W - 12, align="RIGHT",
                               first_row_as_headings=True, line_height=5,
                               headings_style=FontFace(emphasis="BOLD",
                                                       fill_color=(232, 238, 244))) as t:
                    for row in RP_TABLE:
                        t.row(list(row))
                pdf.ln(3)

    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Background papers", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(W, 5.2, hyphenate(
        "Market Position Statement for Adult Social Care 2024\u201327; Home care engagement "
        "report, September 2025; Minutes of the Health and Adult Social Care Scrutiny Panel, "
        "8 July 2025."), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Contact officer", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(W, 5.2, "Simon Achterberg, Head of Commissioning (Adults and Health)\n"
                           "Tel: 01632 960 418  |  simon.achterberg@thamesmoor.gov.uk",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    return bytes(pdf.output())


# ---------------------------------------------------------------------------
# build / check
# ---------------------------------------------------------------------------

def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / JH_NAME).write_bytes(build_jhosc())
    (DOCS / TX_NAME).write_text(build_text(), encoding="utf-8")
    (DOCS / RP_NAME).write_bytes(build_report())
    for gold in (JH_GOLD, TX_GOLD, RP_GOLD):
        path = GOLD / (Path(gold["document"]).stem + ".json")
        path.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                        encoding="utf-8")
    print("built", JH_NAME, TX_NAME, RP_NAME)


def source_text(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = []
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs]
            parts += [p.text for p in s.footer.paragraphs]
        parts += [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts)
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    return path.read_text(encoding="utf-8")


def norms(s):
    """Two normalisations: punctuation deleted, and punctuation turned into spaces."""
    s = s.lower().replace(SHY, "")
    a = re.sub(r"[^\w\s]", "", s)
    b = re.sub(r"[^\w\s]", " ", s)
    return [" ".join(a.split()), " ".join(b.split())]


def count(hay, needle):
    n, i = 0, hay.find(needle)
    while i != -1:
        # whole-word boundaries
        before = hay[i - 1] if i > 0 else " "
        after = hay[i + len(needle)] if i + len(needle) < len(hay) else " "
        if before == " " and after == " ":
            n += 1
        i = hay.find(needle, i + 1)
    return n


def check():
    errors = []
    for gold_path in sorted(GOLD.glob("af-*.json")):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        if gold_path.name != Path(g["document"]).stem + ".json":
            errors.append(f"{gold_path.name}: name does not match document")
        if not doc.exists():
            errors.append(f"{gold_path.name}: missing document {doc.name}")
            continue
        hay = norms(source_text(doc))
        items = {it["number"] for it in g.get("items", [])}
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"] is not None:
                phrases.append(("answer", q["answer"]))
            if q["item"] not in items:
                errors.append(f"{doc.name}: question item {q['item']} not in items")
            if q["kind"] not in ("question", "concern", "request", "comment"):
                errors.append(f"{doc.name}: bad kind {q['kind']}")
            bad = set(q["themes"]) - THEMES
            if bad:
                errors.append(f"{doc.name}: unknown themes {bad}")
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
            if r["item"] not in items:
                errors.append(f"{doc.name}: resolution item {r['item']} not in items")
            if r["outcome"] not in ("noted", "agreed", "recommended", "deferred",
                                    "rejected", "other"):
                errors.append(f"{doc.name}: bad outcome {r['outcome']}")
            bad = set(r["themes"]) - THEMES
            if bad:
                errors.append(f"{doc.name}: unknown themes {bad}")
        for a in g.get("attendees", []):
            if a["attendance"] not in ("present", "apologies", "in_attendance", "absent"):
                errors.append(f"{doc.name}: bad attendance {a}")
            bare = re.sub(r"^Councillor ", "", a["name"])
            if count(hay[1], norms(bare)[1]) < 1:
                errors.append(f"{doc.name}: attendee not found: {a['name']}")
        for it in g.get("items", []):
            if count(hay[1], norms(it["title"])[1]) < 1:
                errors.append(f"{doc.name}: item title not found: {it['title']}")
        for label, ph in phrases:
            words = len(norms(ph)[1].split())
            if not 6 <= words <= 15:
                errors.append(f"{doc.name}: {label} phrase has {words} words: {ph!r}")
            for h, n in zip(hay, norms(ph)):
                c = count(h, n)
                if c != 1:
                    errors.append(f"{doc.name}: {label} phrase found {c} times: {ph!r}")
                    break
        print(f"{doc.name}: {len(g.get('items', []))} items, "
              f"{len(g.get('questions', []))} questions, "
              f"{len(g.get('resolutions', []))} resolutions, "
              f"{len(g.get('attendees', []))} attendees")
    if errors:
        print("\n".join(errors))
        print(f"CHECK FAILED ({len(errors)} problems)")
        return 1
    print("CHECK PASSED")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    build()
