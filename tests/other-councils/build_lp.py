#!/usr/bin/env python3
"""Build the "lp-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_lp.py           build documents/lp-* and gold/lp-*.json
        build_lp.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "lp-loddonmere-hosc-2025-01-20.docx"
REPORT_NAME = "lp-loddonmere-iemd-2025-07-asc-provider-fee-uplifts.pdf"

FIXED = dt.datetime(2025, 1, 22, 9, 30, 0)
FIXED_PDF = dt.datetime(2025, 2, 27, 14, 5, 0, tzinfo=dt.timezone.utc)
FONTS = Path("/usr/share/fonts/truetype/dejavu")

# ---------------------------------------------------------------------------
# The minutes, as a list of blocks.
#   ("title", text)           bold centred title line
#   ("label", text)           bold attendance label
#   ("att", text)             attendance line
#   ("item", number, title)   numbered capital heading
#   ("p", text)               body paragraph, indented under the heading
#   ("sub", number, text)     bold "48.1" sub-paragraph
#   ("h", text)               bold sub-heading (Question / Answer)
#   ("b", text)               bullet
#   ("res", text)             bold "RESOLVED: That" line
#   ("clause", text)          typed "1)" clause under RESOLVED
# ---------------------------------------------------------------------------

MINUTES = [
    ("title", "MINUTES OF A MEETING OF THE"),
    ("title", "HEALTH OVERVIEW AND SCRUTINY COMMITTEE"),
    ("title", "HELD ON 20 JANUARY 2025 FROM 7.00 PM TO 9.25 PM"),
    ("label", "Committee Members Present"),
    ("att", "Councillors: Alan Pritchard (Chair), Deborah Kinsella (Vice-Chair), Rashid Anwar, "
            "Nigel Ashdown, Colin Harwood (substituting Martin Dunstable), Priya Sandhu and "
            "Gemma Threlfall"),
    ("label", "Other Councillors Present"),
    ("att", "Councillors: Hannah Oakley and Stuart Bellingham"),
    ("label", "Officers Present"),
    ("att", "Lorna Whitcombe, Democratic & Electoral Services Specialist"),
    ("att", "Graham Oduya, Director Adult Social Services"),
    ("att", "Kirsty Palfrey, Assistant Director Adult Social Care"),
    ("att", "Dr Anjali Mehra, Consultant in Public Health"),
    ("label", "Others Present"),
    ("att", "Simon Trevelyan, Deputy Place Director (Loddonmere), Thames Downs and Vale ICB"),
    ("att", "Maria Costa, Director of Operations, Royal Kennetbury Hospital NHS Foundation Trust"),
    ("att", "Dr Eleanor Frost, Clinical Director, Loddonmere North Primary Care Network"),
    ("att", "Joanne Pike, Chief Officer, Healthwatch Loddonmere Borough"),

    ("item", "45", "APOLOGIES"),
    ("p", "Apologies for absence were submitted from Councillors Martin Dunstable and Fiona "
          "McAllister."),

    ("item", "46", "MINUTES OF PREVIOUS MEETING"),
    ("p", "The Minutes of the meeting of the Committee held on 12 November 2024 were confirmed "
          "as a correct record and signed by the Chair."),
    ("p", "Councillor Anwar asked whether the information requested at the previous meeting, "
          "regarding the number of residents waiting for a Care Act assessment, had been "
          "circulated. Lorna Whitcombe indicated that the information had now been received "
          "and would be circulated to Members with the Action Tracker."),

    ("item", "47", "DECLARATION OF INTEREST"),
    ("p", "Councillor Priya Sandhu declared a personal interest in Agenda Item 51 Urgent and "
          "Emergency Care \u2013 Winter 2024/25, on the grounds that she was employed as a nurse "
          "by the Royal Kennetbury Hospital NHS Foundation Trust. She remained in the meeting "
          "and took part in the discussion of the item."),

    ("item", "48", "PUBLIC QUESTION TIME"),
    ("p", "In accordance with the agreed procedure the Chair invited members of the public to "
          "submit questions to the appropriate Members."),
    ("sub", "48.1", "Margaret Ellery asked the Chair of the Health Overview and Scrutiny "
                    "Committee the following question:"),
    ("h", "Question"),
    ("p", "Residents in Shinwood have been told that the blood testing clinic at Shinwood "
          "Health Centre will move to Loddonmere Community Hospital from April. Many older "
          "residents do not drive and there is no direct bus route. Will the Committee ask the "
          "Integrated Care Board to explain how this decision was reached and whether patients "
          "were consulted before it was made?"),
    ("h", "Answer"),
    ("p", "Thank you for your question, Mrs Ellery. I have raised this with the Thames Downs "
          "and Vale Integrated Care Board, who have advised me that the move is a temporary "
          "arrangement while the health centre is refurbished, and that the patient "
          "participation group at Shinwood Medical Practice was informed in November."),
    ("p", "I have asked the ICB to provide the Committee with a written briefing setting out "
          "the transport arrangements for patients, including the volunteer car scheme, and "
          "explaining how patients were engaged before the decision was made. This briefing "
          "will be circulated to all Members of the Committee and I will make sure that a copy "
          "is sent to you."),
    ("h", "Supplementary Question"),
    ("p", "Given how many people this affects, will the Committee consider adding blood "
          "testing services to its forward programme so that residents can hear the answers "
          "for themselves?"),
    ("h", "Supplementary Answer"),
    ("p", "I am happy to consider this with the Vice-Chair and officers when we look at the "
          "forward programme later in this meeting, and I will let you know the outcome."),

    ("item", "49", "MEMBER QUESTION TIME"),
    ("p", "There were no Member questions."),

    ("item", "50", "ADULT SOCIAL CARE \u2013 CARE QUALITY COMMISSION ASSESSMENT OUTCOME"),
    ("p", "The Committee considered a report, set out in agenda pages 15 to 46, which gave "
          "details of the outcome of the Care Quality Commission\u2019s assessment of how the "
          "Council was meeting its duties under Part 1 of the Care Act 2014."),
    ("p", "Graham Oduya, Director Adult Social Services, and Kirsty Palfrey, Assistant Director "
          "Adult Social Care, presented the report. The CQC had carried out its on-site "
          "assessment in September 2024, having reviewed the Council\u2019s self-assessment and "
          "information return, case tracked 12 people who drew on care and support, and spoken "
          "to people who used services, carers, staff, partners and providers. The Council had "
          "been rated \u2018Good\u2019 overall, with a score of 3 out of 4 for six of the nine "
          "quality statements. The statements on \u2018Assessing needs\u2019, \u2018Care "
          "provision, integration and continuity\u2019 and \u2018Safe pathways, systems and "
          "transitions\u2019 had each been scored at 2. The final report had been published on "
          "13 December 2024, and the Council was one of a relatively small number of councils "
          "in the South East to have been rated \u2018Good\u2019."),
    ("p", "During the discussion of this item, the following points were made:"),
    ("b", "Councillor Kinsella asked what the main areas for improvement identified by the "
          "inspectors had been. Graham Oduya indicated that the CQC had highlighted waiting "
          "times for occupational therapy assessments, the consistency of information and "
          "advice given to people who funded their own care, and the transition of young "
          "people with complex needs into adult services. An improvement plan had been "
          "developed and would be monitored by the Adult Social Care Leadership Team."),
    ("b", "Councillor Anwar expressed concern that 214 people had been waiting for an "
          "occupational therapy assessment at the end of December, some of them for longer "
          "than six months, and asked what was being done to reduce the waiting list. Kirsty "
          "Palfrey stated that two additional occupational therapists had been recruited on "
          "fixed term contracts, and that a trusted assessor scheme with Loddon Care Partners "
          "would enable simpler items of equipment to be provided without a full assessment. "
          "It was expected that the longest waits would be cleared by the end of May 2025."),
    ("b", "Members noted that carers had been less positive about the support that they "
          "received than other groups who had spoken to the inspectors. Councillor Threlfall "
          "asked how the refreshed Carers Strategy would address this. Kirsty Palfrey explained "
          "that the strategy was being co-produced with carers through the Loddonmere Carers "
          "Hub, and would be brought to the Committee early in the new municipal year."),
    ("b", "In response to a question from Councillor Sandhu about the quality of the care "
          "commissioned by the Council, Graham Oduya stated that 87% of care homes and 91% of "
          "home care providers in the Borough were rated \u2018Good\u2019 or "
          "\u2018Outstanding\u2019, which was above the regional average. The quality assurance "
          "team visited any provider rated \u2018Requires Improvement\u2019 at least once a "
          "quarter."),
    ("b", "Councillor Harwood asked about the financial implications of the improvement plan. "
          "Graham Oduya indicated that most of the actions would be met from existing budgets. "
          "However, the additional occupational therapy capacity was funded from the Market "
          "Sustainability and Improvement Fund for 2024/25 only. Councillor Hannah Oakley, "
          "Executive Member for Health, Wellbeing and Adult Services, added that the position "
          "for 2025/26 would be considered as part of the budget setting process, and that the "
          "Council continued to lobby the Government for a long term funding settlement for "
          "social care."),
    ("b", "Councillor Ashdown commented that the outcome was a credit to the staff of the adult "
          "social care teams, many of whom had been working under considerable pressure during "
          "the assessment period."),
    ("b", "Councillor Pritchard asked whether the Committee could see the improvement plan, and "
          "suggested that it would be helpful to receive a progress report later in the year. "
          "Graham Oduya agreed to circulate the improvement plan to Members after the "
          "meeting."),
    ("res", "RESOLVED: That"),
    ("clause", "1)\tthe outcome of the CQC assessment of adult social care be noted;"),
    ("clause", "2)\tthe Committee\u2019s thanks be passed on to the staff of the adult social care "
               "teams;"),
    ("clause", "3)\ta progress report on the improvement plan be brought to the Committee in July "
               "2025."),

    ("item", "51", "URGENT AND EMERGENCY CARE \u2013 WINTER 2024/25"),
    ("p", "Simon Trevelyan, Deputy Place Director (Loddonmere), Thames Downs and Vale ICB, and "
          "Maria Costa, Director of Operations, Royal Kennetbury Hospital NHS Foundation Trust, "
          "gave a presentation on the performance of the urgent and emergency care system over "
          "the winter period to date."),
    ("p", "Maria Costa outlined the pressures experienced at the Royal Kennetbury Hospital over "
          "the Christmas and New Year period. The Emergency Department had seen an average of "
          "412 attendances a day in the first week of January, compared with 368 in the same "
          "week the previous year, and the Trust had declared a critical incident on 2 January "
          "2025, which had been stood down on 5 January. Flu admissions had peaked at 64 "
          "inpatients in the last week of December, considerably more than in the previous two "
          "winters, and a number of wards had been closed to new admissions because of "
          "norovirus. Performance against the four hour standard had been 68.4% in December, "
          "against a national target of 78% by March 2025. Simon Trevelyan added that the "
          "system had opened 22 additional community beds, that the Integrated Discharge Hub "
          "had been operating seven days a week since November, and that the NHS 111 and out "
          "of hours GP services had also seen record demand over the holiday period."),
    ("p", "During the discussion of this item, the following points were made:"),
    ("b", "Councillor Pritchard asked how many patients who were medically fit for discharge "
          "remained in hospital on a typical day, and how many of these were Loddonmere "
          "residents. Maria Costa indicated that on average 58 patients a day across the Trust "
          "had no criteria to reside, of whom around nine were Loddonmere residents. The "
          "Borough compared well with neighbouring areas, which reflected the strength of the "
          "joint discharge arrangements with the Council."),
    ("b", "Councillor Sandhu expressed concern at reports of patients being cared for in "
          "corridors in the Emergency Department, and asked whether this had now become "
          "routine. Maria Costa acknowledged that temporary escalation spaces, including "
          "corridor care, had been used on 19 days during December. This was not how the Trust "
          "wished to care for patients, and each use was risk assessed and reported to the "
          "Trust Board."),
    ("b", "Councillor Kinsella asked whether uptake of the flu and COVID-19 vaccinations had "
          "been lower than in previous years. Dr Anjali Mehra, Consultant in Public Health, "
          "stated that uptake among those aged 65 and over in Loddonmere was 76.2%, slightly "
          "below the previous year, and that uptake among pregnant women and in some of the "
          "more deprived parts of the Borough remained a concern. Pop-up clinics had been held "
          "at Hurstmoor Library and at community centres in Earlsbury and Finchwood."),
    ("b", "Councillor Anwar questioned the impact of the increase in employers\u2019 National "
          "Insurance contributions on local care providers, and whether it would affect their "
          "capacity to support people leaving hospital. Graham Oduya commented that providers "
          "had raised significant concerns about the combined effect of the increase in "
          "National Insurance and the rise in the National Living Wage, and a number of smaller "
          "home care agencies had indicated that they might hand back packages of care. The "
          "Council was engaging with providers as part of the annual fee uplift process."),
    ("b", "Councillor Harwood asked about the use of the Hospital at Home virtual wards. Simon "
          "Trevelyan stated that the virtual wards had capacity for 40 patients across the "
          "Loddonmere and Kennetbury area, and that occupancy had averaged 81% in December. "
          "There were plans to extend the service to frail patients referred directly by GPs "
          "and the ambulance service."),
    ("b", "Councillor Threlfall requested that future updates include information on ambulance "
          "handover times at the Royal Kennetbury Hospital. Simon Trevelyan agreed that this "
          "information would be included in future reports to the Committee."),
    ("res", "RESOLVED: That"),
    ("clause", "1)\tSimon Trevelyan and Maria Costa be thanked for their presentation;"),
    ("clause", "2)\tthe update on urgent and emergency care over winter 2024/25 be noted."),

    ("item", "52", "COMMUNITY PHARMACY PROVISION"),
    ("p", "The Committee received a report on community pharmacy provision in the Borough, "
          "following the closure of the pharmacies in Winnersley and Barkfield during 2024. "
          "Simon Trevelyan and Dr Eleanor Frost, Clinical Director, Loddonmere North Primary "
          "Care Network, were in attendance to answer Members\u2019 questions."),
    ("p", "During the discussion of this item, the following points were made:"),
    ("b", "Councillor Ashdown asked what assessment had been made of the impact of the closures "
          "on residents in Barkfield, where the nearest alternative pharmacy was over two miles "
          "away. Simon Trevelyan indicated that the Pharmaceutical Needs Assessment had "
          "concluded that there was no gap in provision, as all residents could reach a "
          "pharmacy within a 20 minute drive and distance selling pharmacies were also "
          "available. A supplementary statement would be published by the Health and Wellbeing "
          "Board."),
    ("b", "Councillor Anwar commented that a 20 minute drive was of little help to those "
          "residents who did not have access to a car, and felt that the assessment did not "
          "reflect the experience of older and disabled residents."),
    ("b", "Councillor Kinsella asked whether residents were making use of the Pharmacy First "
          "service. Dr Eleanor Frost stated that 11 of the 14 pharmacies in the Borough were "
          "providing Pharmacy First, and that over 4,100 consultations had been carried out "
          "between April and November 2024, most commonly for urinary tract infections and "
          "sore throats. GP practices were referring patients to the service, which had helped "
          "to free up appointments."),
    ("b", "Councillor Threlfall asked whether GP practices could dispense medicines in areas "
          "affected by closures. Dr Eleanor Frost explained that practices could only dispense "
          "in designated rural areas to patients who lived more than 1.6 kilometres from a "
          "pharmacy, and no practice in Loddonmere currently met the criteria."),
    ("b", "Members expressed concern about the number of medicines in short supply, and the "
          "amount of time that pharmacists were spending on finding alternatives."),
    ("res", "RESOLVED: That"),
    ("clause", "1)\tthe report on community pharmacy provision be noted;"),
    ("clause", "2)\tthe Thames Downs and Vale Integrated Care Board be asked to provide a written "
               "response setting out the support available to residents of Barkfield in "
               "obtaining their prescriptions;"),
    ("clause", "3)\tthe Chair write to the Chair of the Health and Wellbeing Board, asking that the "
               "supplementary statement to the Pharmaceutical Needs Assessment takes account of "
               "access by public transport."),

    ("item", "53", "HEALTHWATCH LODDONMERE BOROUGH UPDATE"),
    ("p", "Joanne Pike, Healthwatch Loddonmere Borough, provided an update on the work of "
          "Healthwatch since the last meeting, including its recent report on residents\u2019 "
          "experiences of accessing NHS dentistry, and the Enter and View visits carried out "
          "at three care homes in the Borough."),
    ("p", "During the discussion of this item, the following points were made:"),
    ("b", "Councillor Sandhu asked how many people had responded to the dentistry survey. "
          "Joanne Pike stated that 312 people had responded, and that 41% of respondents had "
          "been unable to find an NHS dentist accepting new adult patients within ten miles of "
          "their home."),
    ("b", "Councillor Harwood asked whether Healthwatch had received feedback about the online "
          "consultation systems now used by many GP surgeries. Joanne Pike indicated that the "
          "feedback had been mixed. Those who were confident online found it quicker, but "
          "Healthwatch had heard from a number of older residents who had struggled to use the "
          "system and had been told to call back the next day."),
    ("b", "Members welcomed the Enter and View reports and asked that they be circulated to the "
          "Committee."),
    ("res", "RESOLVED: That the Healthwatch update be noted."),

    ("item", "54", "ACTION TRACKER"),
    ("p", "The Committee considered the Action Tracker, which set out the responses to "
          "questions raised at previous meetings."),
    ("p", "Councillor Kinsella asked that the action relating to data on delayed discharges be "
          "kept open until the information had been received from the Royal Kennetbury "
          "Hospital."),
    ("p", "The Committee noted the Action Tracker."),

    ("item", "55", "FORWARD PROGRAMME"),
    ("p", "The Committee considered its forward programme for the remainder of the 2024/25 "
          "municipal year."),
    ("p", "During the discussion of this item, the following points were made:"),
    ("b", "It was suggested that an item on blood testing services be added to the forward "
          "programme, following the question raised under Public Question Time."),
    ("b", "Councillor Threlfall requested an update on the mental health crisis services "
          "provided by Kennet Valley Healthcare NHS Foundation Trust, including the crisis "
          "caf\u00e9 in Loddonmere town centre. Lorna Whitcombe indicated that the Trust had "
          "been invited to attend the March meeting."),
    ("b", "Members asked that the March meeting should not be overloaded, as its agenda already "
          "included the Director of Public Health\u2019s annual report and the Adult Social "
          "Care Local Account."),
    ("res", "RESOLVED: That the forward programme be noted and updated to reflect the comments "
            "made."),
]


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health Overview and Scrutiny Committee",
    "meeting_date": "2025-01-20",
    "items": [
        {"number": "45", "title": "APOLOGIES"},
        {"number": "46", "title": "MINUTES OF PREVIOUS MEETING"},
        {"number": "47", "title": "DECLARATION OF INTEREST"},
        {"number": "48", "title": "PUBLIC QUESTION TIME"},
        {"number": "49", "title": "MEMBER QUESTION TIME"},
        {"number": "50", "title": "ADULT SOCIAL CARE \u2013 CARE QUALITY COMMISSION ASSESSMENT OUTCOME"},
        {"number": "51", "title": "URGENT AND EMERGENCY CARE \u2013 WINTER 2024/25"},
        {"number": "52", "title": "COMMUNITY PHARMACY PROVISION"},
        {"number": "53", "title": "HEALTHWATCH LODDONMERE BOROUGH UPDATE"},
        {"number": "54", "title": "ACTION TRACKER"},
        {"number": "55", "title": "FORWARD PROGRAMME"},
    ],
    "questions": [
        {"item": "46", "kind": "question",
         "text": "asked whether the information requested at the previous meeting",
         "asked_by": "Councillor Anwar",
         "answer": "the information had now been received and would be circulated to Members",
         "given_by": "Lorna Whitcombe", "themes": ["adult-social-care"]},
        {"item": "48", "kind": "question",
         "text": "Will the Committee ask the Integrated Care Board to explain how this decision",
         "asked_by": "Margaret Ellery",
         "answer": "the move is a temporary arrangement while the health centre is refurbished",
         "given_by": "Chair of the Health Overview and Scrutiny Committee",
         "themes": ["patient-and-public-input", "primary-care"]},
        {"item": "48", "kind": "question",
         "text": "will the Committee consider adding blood testing services to its forward programme",
         "asked_by": "Margaret Ellery",
         "answer": "I am happy to consider this with the Vice-Chair and officers",
         "given_by": "Chair of the Health Overview and Scrutiny Committee",
         "themes": ["patient-and-public-input"]},
        {"item": "50", "kind": "question",
         "text": "asked what the main areas for improvement identified by the inspectors had been",
         "asked_by": "Councillor Kinsella",
         "answer": "the CQC had highlighted waiting times for occupational therapy assessments",
         "given_by": "Graham Oduya", "themes": ["adult-social-care", "governance"]},
        {"item": "50", "kind": "concern",
         "text": "expressed concern that 214 people had been waiting for an occupational therapy assessment",
         "asked_by": "Councillor Anwar",
         "answer": "two additional occupational therapists had been recruited on fixed term contracts",
         "given_by": "Kirsty Palfrey", "themes": ["adult-social-care", "workforce"]},
        {"item": "50", "kind": "question",
         "text": "asked how the refreshed Carers Strategy would address this",
         "asked_by": "Councillor Threlfall",
         "answer": "the strategy was being co-produced with carers through the Loddonmere Carers Hub",
         "given_by": "Kirsty Palfrey",
         "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "50", "kind": "question",
         "text": "In response to a question from Councillor Sandhu about the quality of the care",
         "asked_by": "Councillor Sandhu",
         "answer": "87% of care homes and 91% of home care providers in the Borough",
         "given_by": "Graham Oduya",
         "themes": ["adult-social-care", "subcontracting", "governance"]},
        {"item": "50", "kind": "question",
         "text": "asked about the financial implications of the improvement plan",
         "asked_by": "Councillor Harwood",
         "answer": "most of the actions would be met from existing budgets",
         "given_by": "Graham Oduya", "themes": ["adult-social-care", "finance"]},
        {"item": "50", "kind": "comment",
         "text": "commented that the outcome was a credit to the staff",
         "asked_by": "Councillor Ashdown", "answer": None, "given_by": None,
         "themes": ["adult-social-care", "workforce"]},
        {"item": "50", "kind": "request",
         "text": "asked whether the Committee could see the improvement plan",
         "asked_by": "Councillor Pritchard",
         "answer": "agreed to circulate the improvement plan to Members after the meeting",
         "given_by": "Graham Oduya", "themes": ["adult-social-care"]},
        {"item": "51", "kind": "question",
         "text": "asked how many patients who were medically fit for discharge remained in hospital",
         "asked_by": "Councillor Pritchard",
         "answer": "on average 58 patients a day across the Trust had no criteria to reside",
         "given_by": "Maria Costa", "themes": ["adult-social-care", "integration"]},
        {"item": "51", "kind": "concern",
         "text": "expressed concern at reports of patients being cared for in corridors",
         "asked_by": "Councillor Sandhu",
         "answer": "temporary escalation spaces, including corridor care, had been used on 19 days",
         "given_by": "Maria Costa", "themes": []},
        {"item": "51", "kind": "question",
         "text": "asked whether uptake of the flu and COVID-19 vaccinations had been lower",
         "asked_by": "Councillor Kinsella",
         "answer": "uptake among those aged 65 and over in Loddonmere was 76.2%",
         "given_by": "Dr Anjali Mehra", "themes": ["public-health"]},
        {"item": "51", "kind": "question",
         "text": "questioned the impact of the increase in employers\u2019 National Insurance contributions",
         "asked_by": "Councillor Anwar",
         "answer": "a number of smaller home care agencies had indicated that they might hand back",
         "given_by": "Graham Oduya",
         "themes": ["adult-social-care", "finance", "workforce"]},
        {"item": "51", "kind": "question",
         "text": "asked about the use of the Hospital at Home virtual wards",
         "asked_by": "Councillor Harwood",
         "answer": "the virtual wards had capacity for 40 patients across the Loddonmere and Kennetbury area",
         "given_by": "Simon Trevelyan", "themes": []},
        {"item": "51", "kind": "request",
         "text": "requested that future updates include information on ambulance handover times",
         "asked_by": "Councillor Threlfall",
         "answer": "this information would be included in future reports to the Committee",
         "given_by": "Simon Trevelyan", "themes": []},
        {"item": "52", "kind": "question",
         "text": "asked what assessment had been made of the impact of the closures",
         "asked_by": "Councillor Ashdown",
         "answer": "the Pharmaceutical Needs Assessment had concluded that there was no gap in provision",
         "given_by": "Simon Trevelyan", "themes": ["primary-care"]},
        {"item": "52", "kind": "comment",
         "text": "commented that a 20 minute drive was of little help to those residents",
         "asked_by": "Councillor Anwar", "answer": None, "given_by": None,
         "themes": ["primary-care"]},
        {"item": "52", "kind": "question",
         "text": "asked whether residents were making use of the Pharmacy First service",
         "asked_by": "Councillor Kinsella",
         "answer": "11 of the 14 pharmacies in the Borough were providing Pharmacy First",
         "given_by": "Dr Eleanor Frost", "themes": ["primary-care"]},
        {"item": "52", "kind": "question",
         "text": "asked whether GP practices could dispense medicines in areas affected by closures",
         "asked_by": "Councillor Threlfall",
         "answer": "practices could only dispense in designated rural areas to patients who lived",
         "given_by": "Dr Eleanor Frost", "themes": ["primary-care"]},
        {"item": "52", "kind": "concern",
         "text": "Members expressed concern about the number of medicines in short supply",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["primary-care"]},
        {"item": "53", "kind": "question",
         "text": "asked how many people had responded to the dentistry survey",
         "asked_by": "Councillor Sandhu",
         "answer": "41% of respondents had been unable to find an NHS dentist",
         "given_by": "Joanne Pike",
         "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "53", "kind": "question",
         "text": "asked whether Healthwatch had received feedback about the online consultation systems",
         "asked_by": "Councillor Harwood",
         "answer": "Healthwatch had heard from a number of older residents who had struggled",
         "given_by": "Joanne Pike",
         "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "53", "kind": "request",
         "text": "Members welcomed the Enter and View reports and asked that they be circulated",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "54", "kind": "request",
         "text": "asked that the action relating to data on delayed discharges be kept open",
         "asked_by": "Councillor Kinsella", "answer": None, "given_by": None,
         "themes": ["adult-social-care"]},
        {"item": "55", "kind": "request",
         "text": "It was suggested that an item on blood testing services be added",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["patient-and-public-input"]},
        {"item": "55", "kind": "request",
         "text": "requested an update on the mental health crisis services provided by Kennet Valley",
         "asked_by": "Councillor Threlfall",
         "answer": "the Trust had been invited to attend the March meeting",
         "given_by": "Lorna Whitcombe", "themes": ["mental-health"]},
        {"item": "55", "kind": "request",
         "text": "Members asked that the March meeting should not be overloaded",
         "asked_by": None, "answer": None, "given_by": None, "themes": []},
    ],
    "resolutions": [
        {"item": "46",
         "text": "held on 12 November 2024 were confirmed as a correct record",
         "outcome": "agreed", "themes": []},
        {"item": "50",
         "text": "the outcome of the CQC assessment of adult social care be noted",
         "outcome": "agreed", "themes": ["adult-social-care", "governance"]},
        {"item": "51",
         "text": "Simon Trevelyan and Maria Costa be thanked for their presentation",
         "outcome": "noted", "themes": []},
        {"item": "52",
         "text": "the report on community pharmacy provision be noted",
         "outcome": "agreed", "themes": ["primary-care"]},
        {"item": "53",
         "text": "RESOLVED: That the Healthwatch update be noted",
         "outcome": "noted", "themes": ["patient-and-public-input"]},
        {"item": "54",
         "text": "The Committee noted the Action Tracker",
         "outcome": "noted", "themes": []},
        {"item": "55",
         "text": "the forward programme be noted and updated to reflect the comments made",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "Alan Pritchard", "role": "Chair", "attendance": "present"},
        {"name": "Deborah Kinsella", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Rashid Anwar", "role": None, "attendance": "present"},
        {"name": "Nigel Ashdown", "role": None, "attendance": "present"},
        {"name": "Colin Harwood", "role": None, "attendance": "present"},
        {"name": "Priya Sandhu", "role": None, "attendance": "present"},
        {"name": "Gemma Threlfall", "role": None, "attendance": "present"},
        {"name": "Martin Dunstable", "role": None, "attendance": "apologies"},
        {"name": "Fiona McAllister", "role": None, "attendance": "apologies"},
        {"name": "Hannah Oakley", "role": None, "attendance": "in_attendance"},
        {"name": "Stuart Bellingham", "role": None, "attendance": "in_attendance"},
        {"name": "Lorna Whitcombe", "role": "Democratic & Electoral Services Specialist",
         "attendance": "in_attendance"},
        {"name": "Graham Oduya", "role": "Director Adult Social Services",
         "attendance": "in_attendance"},
        {"name": "Kirsty Palfrey", "role": "Assistant Director Adult Social Care",
         "attendance": "in_attendance"},
        {"name": "Dr Anjali Mehra", "role": "Consultant in Public Health",
         "attendance": "in_attendance"},
        {"name": "Simon Trevelyan",
         "role": "Deputy Place Director (Loddonmere), Thames Downs and Vale ICB",
         "attendance": "in_attendance"},
        {"name": "Maria Costa",
         "role": "Director of Operations, Royal Kennetbury Hospital NHS Foundation Trust",
         "attendance": "in_attendance"},
        {"name": "Dr Eleanor Frost",
         "role": "Clinical Director, Loddonmere North Primary Care Network",
         "attendance": "in_attendance"},
        {"name": "Joanne Pike", "role": "Chief Officer, Healthwatch Loddonmere Borough",
         "attendance": "in_attendance"},
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Word minutes
# ---------------------------------------------------------------------------

def _page_field(paragraph):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run._r.append(begin)
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run._r.append(instr)
    run = paragraph.add_run()
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run._r.append(sep)
    paragraph.add_run("1")
    run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed timestamps so that the output is deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 22, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_minutes(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)

    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.space_before = Pt(0)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
    if rfonts is not None:
        rfonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", "Arial")

    footer = sec.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(footer)

    body_indent = Cm(1.5)

    def para(text="", bold=False, indent=body_indent, align=None, after=6, before=0):
        p = doc.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold = bold
        pf = p.paragraph_format
        pf.left_indent = indent
        pf.space_after = Pt(after)
        pf.space_before = Pt(before)
        if align is not None:
            p.alignment = align
        return p

    for block in MINUTES:
        kind = block[0]
        if kind == "title":
            p = para(block[1], bold=True, indent=Cm(0), align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
            if block[1].startswith("HELD ON"):
                p.paragraph_format.space_after = Pt(18)
        elif kind == "label":
            para(block[1], bold=True, indent=Cm(0), after=2, before=6)
        elif kind == "att":
            para(block[1], indent=Cm(0), after=0)
        elif kind == "item":
            p = para(f"{block[1]}.\t{block[2]}", bold=True, indent=body_indent, before=12)
            p.paragraph_format.first_line_indent = -body_indent
            p.paragraph_format.tab_stops.add_tab_stop(body_indent)
            p.paragraph_format.keep_with_next = True
        elif kind == "p":
            p = para(block[1])
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "sub":
            p = para(f"{block[1]}\t{block[2]}", bold=True, indent=Cm(2.7))
            p.paragraph_format.first_line_indent = Cm(-1.2)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(2.7))
        elif kind == "h":
            p = para(block[1], bold=True, after=3)
            p.paragraph_format.keep_with_next = True
        elif kind == "b":
            p = doc.add_paragraph(style="List Bullet")
            p.add_run(block[1])
            pf = p.paragraph_format
            pf.left_indent = Cm(2.2)
            pf.first_line_indent = Cm(-0.63)
            pf.space_after = Pt(6)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "res":
            text = block[1]
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = body_indent
            p.paragraph_format.space_after = Pt(6)
            p.paragraph_format.space_before = Pt(6)
            head, _, rest = text.partition(":")
            r = p.add_run(head + ":")
            r.bold = True
            p.add_run(rest)
        elif kind == "clause":
            p = para(block[1], indent=Cm(2.2), after=3)
            p.paragraph_format.first_line_indent = Cm(-0.7)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(2.2))
        else:  # pragma: no cover
            raise ValueError(kind)

    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Minutes - Health Overview and Scrutiny Committee - 20 January 2025"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


# ---------------------------------------------------------------------------
# PDF report (not minutes): an Individual Executive Member Decision report
# ---------------------------------------------------------------------------

REPORT_META = [
    ("TITLE", "Adult Social Care Provider Fee Uplifts 2025/26"),
    ("DECISION TO BE MADE BY", "Executive Member for Health, Wellbeing and Adult Services "
                               "\u2013 Hannah Oakley"),
    ("DATE AND TIME", "14 March 2025, 10.00 am"),
    ("WARD", "None Specific"),
    ("DIRECTOR / KEY OFFICER", "Graham Oduya, Director Adult Social Services"),
]

REPORT_SECTIONS = [
    ("PURPOSE OF REPORT (INC STRATEGIC OUTCOMES)",
     ["To set the rates the Council will pay to providers of residential, nursing, home care "
      "and supported living services from 7 April 2025, so that the Council can continue to "
      "meet its duty under the Care Act 2014 to promote a sustainable and diverse care market "
      "for the residents of Loddonmere."]),
    ("RECOMMENDATION",
     ["That the Executive Member for Health, Wellbeing and Adult Services approves:",
      "1)  an uplift of 5.9% to the standard rates paid for home care and supported living "
      "from 7 April 2025, giving a standard home care rate of \u00a327.42 an hour;",
      "2)  an uplift of 5.2% to the rates paid for residential and nursing care placements "
      "from 7 April 2025;",
      "3)  delegated authority to the Director Adult Social Services, in consultation with "
      "the Executive Member, to agree individual rates where a provider demonstrates that the "
      "standard rate does not meet the cost of care."]),
    ("SUMMARY OF REPORT",
     ["Providers face significant cost pressures in 2025/26 from the rise in the National "
      "Living Wage to \u00a312.21 an hour and the increase in employers\u2019 National "
      "Insurance contributions. The proposed uplifts have been modelled using the Council\u2019s "
      "cost of care tool and take account of the views of providers gathered through the "
      "Loddonmere Care Providers Forum in January and February 2025.",
      "The total cost of the uplifts in 2025/26 is estimated at \u00a32.84m, which is "
      "provided for in the Medium Term Financial Plan agreed by Council on 20 February 2025."]),
    ("BACKGROUND",
     ["The Council commissions care from 46 home care and supported living providers and 31 "
      "care homes. At its meeting on 20 January 2025 the Health Overview and Scrutiny "
      "Committee heard that some smaller home care agencies might hand back packages of care "
      "because of rising costs, and the Executive Member has asked that this report set out "
      "how the uplift responds to those concerns.",
      "Officers met providers on 23 January and 11 February 2025. The main questions raised "
      "and the Council\u2019s responses are summarised below."]),
    ("PROVIDER ENGAGEMENT \u2013 QUESTIONS AND RESPONSES",
     ["Q: Will the uplift be paid from the start of the financial year or from the date of "
      "decision?",
      "A: From 7 April 2025, the first full week of the financial year, whatever the date of "
      "the decision.",
      "Q: Has the Council taken account of the increase in employers\u2019 National Insurance "
      "contributions?",
      "A: Yes. The modelling includes the higher rate and the lower threshold from April 2025. "
      "It does not include the increase in the Employment Allowance, which benefits smaller "
      "providers most.",
      "Q: Can providers ask for a higher rate where their costs are above the standard rate?",
      "A: Yes. Recommendation 3 provides for individual rates where open book information "
      "shows that the standard rate is not sufficient.",
      "Q: Will travel time continue to be paid for rural calls?",
      "A: The rural enhancement of \u00a31.10 an hour for calls in Barkfield, Finchwood and "
      "Shinwood will continue."]),
    ("FINANCIAL IMPLICATIONS OF THE RECOMMENDATION",
     ["Current financial year (2025/26): estimated cost \u00a32.84m; funded from the adult "
      "social care budget and the Market Sustainability and Improvement Fund. Next financial "
      "year (2026/27): full year cost included in the base budget. Following financial year "
      "(2027/28): subject to the annual fee review."]),
    ("STAKEHOLDER CONSIDERATIONS AND CONSULTATION",
     ["Providers were engaged through the Loddonmere Care Providers Forum and an online "
      "survey, which received 38 responses. The Health Overview and Scrutiny Committee and "
      "Healthwatch Loddonmere Borough have been informed of the proposals."]),
    ("PUBLIC SECTOR EQUALITY DUTY",
     ["An equality impact assessment screening has been completed. The uplifts are expected "
      "to have a positive impact on older and disabled residents who receive care, and on "
      "the care workforce, the majority of whom are women."]),
    ("LIST OF BACKGROUND PAPERS",
     ["Cost of care modelling 2025/26; Loddonmere Market Position Statement 2024\u20132027."]),
    ("CONTACT",
     ["Kirsty Palfrey, Assistant Director Adult Social Care, Service: Adult Social Care, "
      "Email: kirsty.palfrey@loddonmere.gov.uk"]),
]


def build_report(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Individual Executive Member Decision - Adult Social Care Provider Fee Uplifts")
    pdf.set_author("Loddonmere Borough Council")
    pdf.set_creator("Loddonmere Borough Council")
    pdf.set_producer("Loddonmere Borough Council")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)

    def footer():
        pdf.set_y(-14)
        pdf.set_font("DejaVu", "", 8)
        pdf.cell(0, 5, f"{pdf.page_no()}", align="C")

    pdf.footer = footer
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Loddonmere Borough Council", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "INDIVIDUAL EXECUTIVE MEMBER DECISION", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "REFERENCE IMD: 2025/07", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    for label, value in REPORT_META:
        pdf.set_font("DejaVu", "B", 9.5)
        y = pdf.get_y()
        pdf.multi_cell(55, 5.5, label, border=1)
        h = pdf.get_y() - y
        pdf.set_xy(75, y)
        pdf.set_font("DejaVu", "", 9.5)
        pdf.multi_cell(115, 5.5, value, border=1)
        h2 = pdf.get_y() - y
        pdf.set_y(y + max(h, h2))
    pdf.ln(5)

    for heading, paras in REPORT_SECTIONS:
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.multi_cell(0, 6, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for text in paras:
            bold = text.startswith("Q: ")
            pdf.set_font("DejaVu", "B" if bold else "", 10)
            indent = 6 if text[:3] in ("1) ", "2) ", "3) ") else 0
            pdf.set_x(20 + indent)
            pdf.multi_cell(170 - indent, 5.2, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        pdf.ln(2)

    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------

def norm(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def doc_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
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
    problems = []
    for gold_path in sorted(GOLD.glob("lp-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = DOCS / gold["document"]
        if not doc_path.exists():
            problems.append(f"{gold_path.name}: missing {doc_path.name}")
            continue
        if gold_path.stem != doc_path.stem:
            problems.append(f"{gold_path.name}: name does not match {doc_path.name}")
        text = " " + norm(doc_text(doc_path)) + " "
        if len(text.strip()) < 200:
            problems.append(f"{doc_path.name}: too little text extracted")
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for label, phrase in phrases:
            n = norm(phrase)
            words = len(n.split())
            if not 6 <= words <= 15:
                problems.append(f"{gold_path.name}: {label} phrase has {words} words: {phrase!r}")
            count = text.count(" " + n + " ")
            raw = text.count(n)
            if count != 1 or raw != 1:
                problems.append(f"{gold_path.name}: {label} phrase found {raw} times: {phrase!r}")
        items = {i["number"] for i in gold.get("items", [])}
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            if row["item"] not in items:
                problems.append(f"{gold_path.name}: unknown item {row['item']}")
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    for p in problems:
        print("PROBLEM:", p)
    if not problems:
        print("check passed")
    return 1 if problems else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print("written:", MINUTES_NAME, REPORT_NAME)


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
