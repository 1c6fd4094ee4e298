#!/usr/bin/env python3
"""Build the "lg-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_lg.py           build documents/lg-* and gold/lg-*.json
        build_lg.py --check   verify every gold phrase occurs once in its document
"""
import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2025, 3, 27, 10, 30, 0, tzinfo=dt.timezone.utc)

MINUTES_FILE = "lg-drennington-hwb-2025-03-19.pdf"
REPORT_FILE = "lg-drennington-hwb-report-better-care-fund-plan-2025-26.docx"

# ---------------------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------------------

PRESENT = [
    ("Councillor Ferriby", "Cabinet Member for Adult Social Care and Health (in the Chair)"),
    ("Councillor Akhtar", "Cabinet Member for Children and Young People"),
    ("Councillor Bramall", "Cabinet Member for Social Inclusion"),
    ("Ian Spedding", "Strategic Director, Adult Care, Housing and Public Health"),
    ("Nicola Treharne", "Strategic Director, Children and Young People's Services"),
    ("Dr. Helen Marwood", "Director of Public Health"),
    ("Gareth Pryor", "Place Director, NHS Wharndale Integrated Care Board"),
    ("Dr. Anjali Rao", "GP Executive Place Lead, NHS Wharndale Integrated Care Board"),
    ("Lorraine Fitton", "Deputy Chief Executive, The Drennington NHS Foundation Trust"),
    ("Martin Keeble", "Director of Partnerships, Holmebrook Health and Care NHS Foundation Trust"),
    ("Susan Ogunleye", "Chief Executive, Voluntary Action Drennington"),
    ("Carl Whitlock", "Manager, Healthwatch Drennington"),
    ("Chief Superintendent Paula Denby", "District Commander, Wharndale Police"),
]
PRESENTERS = [
    ("Kate Ashdown", "Consultant in Public Health"),
    ("Andrea Thirsk", "Head of Integrated Commissioning"),
    ("Tom Hebden", "Public Health Specialist"),
    ("Jo Ellerby", "Deputy Chief Operating Officer, The Drennington NHS Foundation Trust"),
]
ALSO = [
    ("Councillor Hollis", "Chair, Health Select Commission"),
    ("Becky Lund", "Partnership Officer"),
    ("Hannah Moyes", "Governance Advisor"),
]
APOLOGIES_TEXT = (
    "Apologies for absence were received from Councillor Stanworth (Leader of the Council), "
    "Paul Derbyshire (Chief Executive, Drennington Metropolitan Borough Council), Rachel Quayle "
    "(Assistant Director, Strategic Commissioning) and Dr. Simon Adair (Chair, Drennington "
    "Primary Care Collaborative)."
)
APOLOGIES = [
    ("Councillor Stanworth", "Leader of the Council"),
    ("Paul Derbyshire", "Chief Executive, Drennington Metropolitan Borough Council"),
    ("Rachel Quayle", "Assistant Director, Strategic Commissioning"),
    ("Dr. Simon Adair", "Chair, Drennington Primary Care Collaborative"),
]

# Blocks: ("item", number, title) | ("p", text) | ("b", text) bullet | ("sub", text) bold
# sub-heading inside an item | ("res", [clauses]) a "Resolved:-" block | ("q", text) quoted
# question set in from the margin.
BODY = [
    ("item", "52", "DECLARATIONS OF INTEREST"),
    ("p", "Dr. Rao declared a personal interest in Minute No. 59 (Pharmaceutical Needs Assessment "
          "2025 - Draft for Consultation) as a partner in a dispensing GP practice in the Thornbeck "
          "area of the Borough. She remained in the meeting and took part in the discussion of the "
          "item."),

    ("item", "53", "QUESTIONS FROM MEMBERS OF THE PUBLIC AND THE PRESS"),
    ("p", "Mr. D. Lowther, a resident of Kelworth, attended the meeting and asked the following "
          "question:-"),
    ("q", "\u201cKelworth has been without a pharmacy since the branch on Station Road closed last "
          "November. What is the Board doing to make sure people in Kelworth can get their "
          "prescriptions without two bus journeys into the town centre?\u201d"),
    ("p", "Dr. Helen Marwood, Director of Public Health, responded that the Board had a statutory "
          "duty to assess the need for pharmaceutical services in the Borough but did not itself "
          "commission pharmacies, which was the responsibility of the Integrated Care Board. The "
          "draft Pharmaceutical Needs Assessment, which was to be considered later in the meeting "
          "(Minute No. 59 refers), had looked specifically at access in the Kelworth area following "
          "the closure and the Board would be asked to agree that it went out to public consultation. "
          "Gareth Pryor, Place Director, added that the ICB had received an application to open a "
          "new pharmacy in Kelworth which was being determined in line with the regulations, and he "
          "would write to Mr. Lowther with the outcome once it was known."),
    ("p", "In a supplementary question, Mr. Lowther asked whether online pharmacies could really be "
          "counted as meeting local need when many older residents in Kelworth did not use the "
          "internet."),
    ("p", "The Director of Public Health stated that distance selling pharmacies had to be included "
          "in the assessment under the regulations, but the draft document recognised that they were "
          "no substitute for face to face advice for many older people and this would be reflected "
          "in the final version."),

    ("item", "54", "MINUTES OF THE PREVIOUS MEETING"),
    ("p", "Consideration was given to the minutes of the previous meeting of the Health and Wellbeing "
          "Board held on 22nd January, 2025."),
    ("p", "Arising from Minute No. 46 (Winter Vaccination Programme), Councillor Bramall asked whether "
          "the final figures for flu vaccine uptake among frontline social care staff had been "
          "circulated. Dr. Marwood confirmed that the figures had been received from the UK Health "
          "Security Agency the previous week and would be circulated to Board members with these "
          "minutes."),
    ("res", ["That the minutes of the previous meeting of the Health and Wellbeing Board held on "
             "22nd January, 2025, be approved as a true and correct record of the proceedings."]),

    ("item", "55", "EXCLUSION OF THE PRESS AND PUBLIC"),
    ("p", "There were no items of business on the agenda that would require the exclusion of the "
          "press and public from the meeting."),

    ("item", "56", "COMMUNICATIONS"),
    ("p", "Gareth Pryor reported that the Drennington Place Partnership Board had, at its meeting on "
          "12th February, 2025, signed off the refreshed Place Plan for 2025 to 2027. The Plan would "
          "be brought to the Health and Wellbeing Board for endorsement in May alongside the "
          "refreshed Board Assurance Framework."),
    ("p", "Carl Whitlock reported that Healthwatch Drennington had completed its programme of Enter "
          "and View visits to six care homes in the Borough between November and February. The "
          "individual reports had been shared with the providers and the Care Quality Commission, "
          "and a summary report would be circulated to Board members in April."),
    ("p", "Dr. Marwood reminded partners that the 2024 Director of Public Health Annual Report, "
          "\u201cGrowing Up in Drennington\u201d, had been published on the Council's website on "
          "3rd March and that printed copies were available from the Public Health team."),
    ("p", "The Board noted the updates received from partners."),

    ("item", "57", "HEALTH AND WELLBEING STRATEGY - AIM 2: ALL DRENNINGTON PEOPLE ENJOY THE BEST "
                   "POSSIBLE MENTAL HEALTH AND WELLBEING AND HAVE A GOOD QUALITY OF LIFE"),
    ("p", "Martin Keeble, Director of Partnerships, Holmebrook Health and Care NHS Foundation Trust, "
          "and Kate Ashdown, Consultant in Public Health, gave the following powerpoint presentation "
          "on progress against Aim 2 of the Health and Wellbeing Strategy:-"),
    ("sub", "Aim 2 priorities"),
    ("b", "Improve the mental health and wellbeing of all Drennington people"),
    ("b", "Reduce suicide and self-harm across all ages"),
    ("b", "Improve the support available to people living with dementia and their carers"),
    ("b", "Reduce the harm caused by alcohol and drugs, including to families"),
    ("sub", "Progress since the last update (September 2024)"),
    ("b", "1,340 people working or volunteering in the Borough had completed suicide awareness "
          "training, against a target of 1,200"),
    ("b", "Mental Health Support Teams now covered 28 schools, with a further 9 schools to be "
          "added from September 2025"),
    ("b", "Three community mental health hubs (Drennington Central, Thornbeck and the Dearne Valley "
          "villages) were open, bringing together Trust, primary care and voluntary sector staff"),
    ("b", "The dementia diagnosis rate was 61.2% against the national ambition of 66.7%"),
    ("b", "The Better Mental Health grants programme had funded 17 community groups in 2024/25"),
    ("sub", "Challenges"),
    ("b", "Waiting times for adult ADHD and autism assessment, which now exceeded two years"),
    ("b", "An increase in the number of children and young people presenting in crisis, "
          "particularly girls aged 13 to 16"),
    ("b", "Non-recurrent funding for a number of voluntary and community sector services"),
    ("sub", "Next steps"),
    ("b", "Refresh of the Drennington Suicide Prevention Action Plan by July 2025"),
    ("b", "Implementation of Right Care Right Person phase 3 with Wharndale Police"),
    ("b", "Development of a single front door for adult mental health crisis support"),
    ("p", "Discussion ensued with the following issues raised/clarified:-"),
    ("b", "Councillor Akhtar asked what was being done to reduce waiting times for children and "
          "young people referred to CAMHS, as she continued to receive casework from parents who "
          "had been waiting for over a year. Martin Keeble explained that the average wait for a "
          "first appointment had reduced from 26 weeks to 14 weeks over the last twelve months, "
          "but the waits for neurodevelopmental assessment remained much longer. Additional "
          "capacity had been bought from an independent provider until the end of June 2025 to "
          "reduce the backlog."),
    ("b", "Concern was expressed that the dementia diagnosis rate had remained below the national "
          "ambition for three years. It was noted that the memory assessment service had recruited "
          "two additional nurse practitioners in January and that GP practices with the lowest "
          "diagnosis rates were being supported to review their registers."),
    ("b", "Carl Whitlock reported that feedback gathered by Healthwatch showed people in crisis "
          "often did not know which number to ring, and asked whether the single front door would "
          "be publicised in languages other than English. Martin Keeble confirmed that the "
          "communications plan was being co-produced with people with lived experience and would "
          "include the five most commonly spoken community languages in the Borough."),
    ("b", "Susan Ogunleye highlighted that many of the voluntary sector organisations delivering "
          "mental health support were funded on twelve month grants, which made it very difficult "
          "for them to plan or to keep experienced staff. She requested that partners move to "
          "multi-year funding agreements wherever possible. Ian Spedding acknowledged the point and "
          "stated that a review of the grant arrangements was under way and would report to the "
          "Place Partnership Board in the summer."),
    ("b", "Chief Superintendent Denby commented that the first two phases of Right Care Right Person "
          "had released over 400 officer hours a month, but it was important that the health "
          "response was in place before phase 3 went live. Martin Keeble gave an assurance that "
          "phase 3 would not go live until the joint risk assessment had been signed off by both "
          "organisations."),
    ("b", "It was suggested that the next update should include information on the mental health "
          "of older people living in the rural east of the Borough, where isolation had been raised "
          "as an issue at ward level."),
    ("res", ["(1)  That the update on Aim 2 of the Health and Wellbeing Strategy be noted.",
             "(2)  That a further update, including the outcome of the review of voluntary and "
             "community sector grant arrangements, be submitted to the Board in September 2025."]),

    ("item", "58", "BETTER CARE FUND - QUARTER 3 RETURN 2024/25 AND PLAN 2025/26"),
    ("p", "Consideration was given to a report presented by Andrea Thirsk, Head of Integrated "
          "Commissioning, which provided an update on the Better Care Fund (BCF) for 2024/25 and "
          "sought approval of the BCF Plan for 2025/26."),
    ("p", "The Quarter 3 return had been submitted to NHS England on 7th February, 2025, under "
          "delegated authority, in order to meet the national deadline. All four national "
          "conditions continued to be met. Of the national metrics, avoidable admissions and "
          "permanent admissions of older people to residential and nursing care were on track, "
          "discharge to usual place of residence was slightly below plan at 92.1% against a plan "
          "of 93.0%, and falls-related emergency admissions were higher than planned over the "
          "winter months. The total pooled budget for 2024/25 was \u00a338.6m, including the "
          "Discharge Fund, and a small underspend of \u00a3212k was forecast on the schemes "
          "funded through the Improved Better Care Fund."),
    ("p", "The 2025/26 Plan had been prepared jointly by the Council and the ICB in line with the "
          "revised national policy framework, which had been published later than usual. The "
          "Discharge Fund had been merged into the main NHS minimum contribution and the overall "
          "value of the Fund for 2025/26 would be \u00a340.1m. The Plan had to be submitted by "
          "31st March, 2025."),
    ("p", "Councillor Bramall asked how the Fund was being used to reduce delays for people who were "
          "ready to leave hospital but were waiting for a package of care at home. In response, "
          "Andrea Thirsk explained that the Fund paid for the integrated discharge team and the "
          "intermediate care and reablement service at Oakfield Lodge, and that the average wait "
          "for home care on discharge had fallen to under three days, compared with nine days two "
          "years ago. Lorraine Fitton queried whether the merging of the Discharge Fund into the "
          "minimum contribution would mean any reduction in the capacity commissioned for next "
          "winter. Gareth Pryor stated that the ICB had committed to maintaining the same level of "
          "discharge capacity in 2025/26 and that any change would have to come back to the Board. "
          "Councillor Ferriby thanked officers for the work involved in preparing the Plan to such "
          "a tight timescale."),
    ("res", ["(1)  That the Quarter 3 return for 2024/25, submitted to NHS England on 7th February, "
             "2025, be noted.",
             "(2)  That the Better Care Fund Plan for 2025/26 be approved for submission to NHS "
             "England by 31st March, 2025.",
             "(3)  That authority be delegated to the Strategic Director of Adult Care, Housing and "
             "Public Health and the Place Director, in consultation with the Chair, to agree any "
             "minor amendments required to the Plan following national assurance."]),

    ("item", "59", "PHARMACEUTICAL NEEDS ASSESSMENT 2025 - DRAFT FOR CONSULTATION"),
    ("p", "Tom Hebden, Public Health Specialist, presented the draft Pharmaceutical Needs Assessment "
          "(PNA) 2025, which the Board was required to publish every three years. The draft had been "
          "prepared by a steering group including the ICB, the Local Pharmaceutical Committee and "
          "Healthwatch Drennington. There were currently 47 community pharmacies and 2 distance "
          "selling pharmacies in the Borough, compared with 53 at the time of the last assessment, "
          "and 96% of residents lived within a twenty minute walk of a pharmacy. The draft "
          "concluded that there were no current gaps in the provision of necessary services, but "
          "identified a risk of a future gap in Kelworth and in the evenings and at weekends in "
          "the north of the Borough. It was proposed that the draft be published for the statutory "
          "60 day consultation from 1st April, 2025."),
    ("p", "Discussion ensued with the following issues raised/clarified:-"),
    ("b", "Dr. Rao pointed out that each pharmacy closure placed additional pressure on GP practices, "
          "and asked whether the PNA would include data on the uptake of Pharmacy First. Tom Hebden "
          "responded that Pharmacy First consultations by pharmacy were included in an appendix to "
          "the draft and that uptake in Drennington was above the regional average."),
    ("b", "The Chair queried how the consultation would reach people who did not complete online "
          "surveys. It was reported that paper copies would be available in all libraries and at "
          "the Riverside customer service centre, and that Healthwatch and Voluntary Action "
          "Drennington would promote the consultation through their networks."),
    ("b", "Concern was raised about the number of pharmacies that had reduced their supplementary "
          "opening hours in the last year, particularly on Saturday afternoons. It was explained "
          "that pharmacies were able to change their supplementary hours with three months' notice "
          "and that the ICB monitored the overall pattern of opening hours across the Borough."),
    ("b", "Councillor Hollis requested that the final PNA be shared with the Health Select "
          "Commission before it was published."),
    ("res", ["(1)  That the draft Pharmaceutical Needs Assessment 2025 be approved for the statutory "
             "60 day consultation commencing on 1st April, 2025.",
             "(2)  That authority be delegated to the Director of Public Health, in consultation "
             "with the Chair, to approve the final Pharmaceutical Needs Assessment for publication "
             "by 1st October, 2025."]),

    ("item", "60", "URGENT AND EMERGENCY CARE - REVIEW OF WINTER 2024/25"),
    ("p", "Jo Ellerby, Deputy Chief Operating Officer, The Drennington NHS Foundation Trust, "
          "presented a review of the health and care system's performance over the winter period. "
          "The Urgent and Emergency Care Centre had seen its busiest ever December, with an average "
          "of 412 attendances a day, and performance against the four hour standard had been 71.4% "
          "for the quarter against the national target of 78% by March 2025. Flu admissions had "
          "peaked in the first week of January, when 64 patients with flu had been in the hospital "
          "at the same time. Ambulance handover times had improved compared with the previous winter "
          "and no handover had exceeded 60 minutes since 1st December. The number of patients who "
          "no longer met the criteria to reside had averaged 58 a day, which was the lowest in "
          "South Wharndale, and the Transfer of Care Hub had operated seven days a week throughout "
          "the period."),
    ("p", "Discussion ensued with the following issues raised/clarified:-"),
    ("b", "Councillor Bramall expressed concern that people were still being cared for in corridors "
          "in the Urgent and Emergency Care Centre at the busiest times. Jo Ellerby confirmed that "
          "corridor care had been used on 19 days during January and that every instance was "
          "reported and reviewed, and stated that the opening of the new assessment unit in "
          "October would add 24 trolley spaces."),
    ("b", "Councillor Akhtar asked how many of the attendances over the winter had been children with "
          "respiratory illnesses. Jo Ellerby undertook to provide the paediatric figures to "
          "Councillor Akhtar after the meeting."),
    ("b", "Carl Whitlock reported that Healthwatch continued to receive feedback about patients being "
          "discharged late in the evening without transport or medication in place."),
    ("b", "In response to a question from Susan Ogunleye about the Home from Hospital service, Ian "
          "Spedding said that the service had supported 311 people over the winter and that the "
          "contract had been extended for a further year."),
    ("res", ["That the review of winter 2024/25 be noted and the learning be reflected in the "
             "Drennington Urgent and Emergency Care Plan for 2025/26, a draft of which be submitted to "
             "the Board in September 2025."]),

    ("item", "61", "HEALTH AND WELLBEING BOARD FORWARD PLAN 2025/26"),
    ("p", "The Board considered its draft forward plan for the 2025/26 municipal year, which set out "
          "the items expected at each meeting including the rolling programme of updates on the "
          "four aims of the Health and Wellbeing Strategy."),
    ("p", "Councillor Akhtar requested that an item on the joint commissioning arrangements for "
          "children and young people with special educational needs be added to the forward plan. "
          "The Chair agreed that this would be scheduled for the meeting in July 2025, following "
          "the outcome of the Local Area SEND Inspection."),
    ("res", ["That the forward plan for 2025/26 be approved, subject to the addition of the item "
             "requested by Councillor Akhtar."]),

    ("item", "62", "DATE AND TIME OF NEXT MEETING"),
    ("res", ["That the next meeting of the Health and Wellbeing Board be held on Wednesday, 21st May, "
             "2025, commencing at 9.00 a.m. in Drennington Town Hall."]),
]

GOLD_MINUTES = {
    "document": MINUTES_FILE,
    "doc_type": "minutes",
    "committee": "Health and Wellbeing Board",
    "meeting_date": "2025-03-19",
    "items": [
        {"number": "52", "title": "DECLARATIONS OF INTEREST"},
        {"number": "53", "title": "QUESTIONS FROM MEMBERS OF THE PUBLIC AND THE PRESS"},
        {"number": "54", "title": "MINUTES OF THE PREVIOUS MEETING"},
        {"number": "55", "title": "EXCLUSION OF THE PRESS AND PUBLIC"},
        {"number": "56", "title": "COMMUNICATIONS"},
        {"number": "57", "title": "HEALTH AND WELLBEING STRATEGY - AIM 2: ALL DRENNINGTON PEOPLE "
                                  "ENJOY THE BEST POSSIBLE MENTAL HEALTH AND WELLBEING AND HAVE A "
                                  "GOOD QUALITY OF LIFE"},
        {"number": "58", "title": "BETTER CARE FUND - QUARTER 3 RETURN 2024/25 AND PLAN 2025/26"},
        {"number": "59", "title": "PHARMACEUTICAL NEEDS ASSESSMENT 2025 - DRAFT FOR CONSULTATION"},
        {"number": "60", "title": "URGENT AND EMERGENCY CARE - REVIEW OF WINTER 2024/25"},
        {"number": "61", "title": "HEALTH AND WELLBEING BOARD FORWARD PLAN 2025/26"},
        {"number": "62", "title": "DATE AND TIME OF NEXT MEETING"},
    ],
    "questions": [
        {"item": "53", "kind": "question",
         "text": "What is the Board doing to make sure people in Kelworth can get their prescriptions",
         "asked_by": "Mr. D. Lowther",
         "answer": "did not itself commission pharmacies, which was the responsibility of the Integrated Care Board",
         "given_by": "Dr. Helen Marwood",
         "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "53", "kind": "question",
         "text": "asked whether online pharmacies could really be counted as meeting local need",
         "asked_by": "Mr. Lowther",
         "answer": "no substitute for face to face advice for many older people",
         "given_by": "The Director of Public Health",
         "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "54", "kind": "question",
         "text": "final figures for flu vaccine uptake among frontline social care staff",
         "asked_by": "Councillor Bramall",
         "answer": "would be circulated to Board members with these minutes",
         "given_by": "Dr. Marwood",
         "themes": ["public-health", "workforce", "adult-social-care"]},
        {"item": "57", "kind": "question",
         "text": "asked what was being done to reduce waiting times for children and young people",
         "asked_by": "Councillor Akhtar",
         "answer": "the average wait for a first appointment had reduced from 26 weeks to 14 weeks",
         "given_by": "Martin Keeble",
         "themes": ["mental-health", "children-and-families", "subcontracting"]},
        {"item": "57", "kind": "concern",
         "text": "Concern was expressed that the dementia diagnosis rate had remained below the national ambition",
         "asked_by": None,
         "answer": "the memory assessment service had recruited two additional nurse practitioners in January",
         "given_by": None,
         "themes": ["mental-health", "primary-care", "workforce"]},
        {"item": "57", "kind": "question",
         "text": "asked whether the single front door would be publicised in languages other than English",
         "asked_by": "Carl Whitlock",
         "answer": "the communications plan was being co-produced with people with lived experience",
         "given_by": "Martin Keeble",
         "themes": ["mental-health", "patient-and-public-input"]},
        {"item": "57", "kind": "request",
         "text": "She requested that partners move to multi-year funding agreements wherever possible",
         "asked_by": "Susan Ogunleye",
         "answer": "a review of the grant arrangements was under way and would report",
         "given_by": "Ian Spedding",
         "themes": ["mental-health", "finance", "workforce", "subcontracting"]},
        {"item": "57", "kind": "comment",
         "text": "the first two phases of Right Care Right Person had released over 400 officer hours",
         "asked_by": "Chief Superintendent Denby",
         "answer": "phase 3 would not go live until the joint risk assessment had been signed off",
         "given_by": "Martin Keeble",
         "themes": ["mental-health", "governance"]},
        {"item": "57", "kind": "request",
         "text": "It was suggested that the next update should include information on the mental health",
         "asked_by": None,
         "answer": None,
         "given_by": None,
         "themes": ["mental-health", "adult-social-care"]},
        {"item": "58", "kind": "question",
         "text": "asked how the Fund was being used to reduce delays for people",
         "asked_by": "Councillor Bramall",
         "answer": "the average wait for home care on discharge had fallen to under three days",
         "given_by": "Andrea Thirsk",
         "themes": ["integration", "adult-social-care", "finance"]},
        {"item": "58", "kind": "question",
         "text": "queried whether the merging of the Discharge Fund into the minimum contribution",
         "asked_by": "Lorraine Fitton",
         "answer": "the ICB had committed to maintaining the same level of discharge capacity in 2025/26",
         "given_by": "Gareth Pryor",
         "themes": ["integration", "finance", "subcontracting", "adult-social-care"]},
        {"item": "59", "kind": "question",
         "text": "asked whether the PNA would include data on the uptake of Pharmacy First",
         "asked_by": "Dr. Rao",
         "answer": "uptake in Drennington was above the regional average",
         "given_by": "Tom Hebden",
         "themes": ["primary-care"]},
        {"item": "59", "kind": "question",
         "text": "The Chair queried how the consultation would reach people who did not complete online surveys",
         "asked_by": "The Chair",
         "answer": "paper copies would be available in all libraries and at the Riverside customer service centre",
         "given_by": None,
         "themes": ["patient-and-public-input", "primary-care"]},
        {"item": "59", "kind": "concern",
         "text": "Concern was raised about the number of pharmacies that had reduced their supplementary opening hours",
         "asked_by": None,
         "answer": "pharmacies were able to change their supplementary hours with three months' notice",
         "given_by": None,
         "themes": ["primary-care"]},
        {"item": "59", "kind": "request",
         "text": "requested that the final PNA be shared with the Health Select Commission",
         "asked_by": "Councillor Hollis",
         "answer": None,
         "given_by": None,
         "themes": ["primary-care", "governance"]},
        {"item": "60", "kind": "concern",
         "text": "expressed concern that people were still being cared for in corridors",
         "asked_by": "Councillor Bramall",
         "answer": "corridor care had been used on 19 days during January",
         "given_by": "Jo Ellerby",
         "themes": []},
        {"item": "60", "kind": "question",
         "text": "asked how many of the attendances over the winter had been children with respiratory illnesses",
         "asked_by": "Councillor Akhtar",
         "answer": "undertook to provide the paediatric figures to Councillor Akhtar after the meeting",
         "given_by": "Jo Ellerby",
         "themes": ["children-and-families"]},
        {"item": "60", "kind": "comment",
         "text": "Healthwatch continued to receive feedback about patients being discharged late in the evening",
         "asked_by": "Carl Whitlock",
         "answer": None,
         "given_by": None,
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "60", "kind": "question",
         "text": "In response to a question from Susan Ogunleye about the Home from Hospital service",
         "asked_by": "Susan Ogunleye",
         "answer": "the service had supported 311 people over the winter",
         "given_by": "Ian Spedding",
         "themes": ["adult-social-care", "subcontracting"]},
        {"item": "61", "kind": "request",
         "text": "requested that an item on the joint commissioning arrangements for children and young people",
         "asked_by": "Councillor Akhtar",
         "answer": "this would be scheduled for the meeting in July 2025",
         "given_by": "The Chair",
         "themes": ["children-and-families", "integration", "subcontracting"]},
    ],
    "resolutions": [
        {"item": "54", "text": "be approved as a true and correct record of the proceedings",
         "outcome": "agreed", "themes": []},
        {"item": "56", "text": "The Board noted the updates received from partners",
         "outcome": "noted", "themes": []},
        {"item": "57", "text": "That the update on Aim 2 of the Health and Wellbeing Strategy be noted",
         "outcome": "agreed", "themes": ["mental-health", "finance"]},
        {"item": "58", "text": "That the Better Care Fund Plan for 2025/26 be approved for submission",
         "outcome": "agreed", "themes": ["integration", "finance"]},
        {"item": "59", "text": "be approved for the statutory 60 day consultation commencing on 1st April",
         "outcome": "agreed", "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "60", "text": "That the review of winter 2024/25 be noted and the learning be reflected",
         "outcome": "agreed", "themes": []},
        {"item": "61", "text": "That the forward plan for 2025/26 be approved, subject to the addition",
         "outcome": "agreed", "themes": []},
        {"item": "62", "text": "commencing at 9.00 a.m. in Drennington Town Hall",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": (
        [{"name": n, "role": r, "attendance": "present"} for n, r in PRESENT]
        + [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in PRESENTERS]
        + [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in ALSO]
        + [{"name": n, "role": r, "attendance": "apologies"} for n, r in APOLOGIES]
    ),
}


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    first_page_no = 87          # running number of the page in the Board's minute book
    header_text = "HEALTH AND WELLBEING BOARD - 19/03/25"

    class Minutes(FPDF):
        def header(self):
            num = str(first_page_no + self.page_no() - 1)
            self.set_font("Sans", "B", 10)
            self.set_y(10)
            if self.page_no() == 1:
                self.cell(0, 5, num, align="R")
            elif self.page_no() % 2 == 0:
                self.cell(12, 5, num)
                self.cell(0, 5, header_text)
            else:
                self.cell(self.epw - 12, 5, header_text, align="R")
                self.cell(12, 5, num, align="R")
            self.set_y(22)

    pdf = Minutes(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Health and Wellbeing Board - 19 March 2025")
    pdf.set_author("Drennington Metropolitan Borough Council")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    LH = 5.2
    FS = 10

    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, "HEALTH AND WELLBEING BOARD", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, "19th March, 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def grid(label, rows):
        pdf.set_font("Sans", "B", FS)
        pdf.cell(0, LH, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", FS)
        for name, role in rows:
            y = pdf.get_y()
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(70, LH, name, new_x="RIGHT", new_y="TOP")
            pdf.set_xy(pdf.l_margin + 72, y)
            pdf.multi_cell(pdf.epw - 72, LH, role, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    grid("Present:-", PRESENT)
    grid("Report Presenters:-", PRESENTERS)
    grid("Also Present:-", ALSO)
    pdf.set_font("Sans", "", FS)
    pdf.multi_cell(0, LH, APOLOGIES_TEXT, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(0, LH, "The webcast of the Health and Wellbeing Board can be viewed at:- "
                          "https://drennington.public-i.tv/core/portal/home",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    num_w = 12
    for block in BODY:
        kind = block[0]
        if kind == "item":
            _, number, title = block
            pdf.ln(2)
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.set_font("Sans", "B", FS)
            y = pdf.get_y()
            pdf.cell(num_w, LH, number + ".")
            pdf.set_xy(pdf.l_margin + num_w, y)
            pdf.multi_cell(pdf.epw - num_w, LH, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "p":
            pdf.set_font("Sans", "", FS)
            pdf.set_x(pdf.l_margin + num_w)
            pdf.multi_cell(pdf.epw - num_w, LH, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "q":
            pdf.set_font("Sans", "I", FS)
            pdf.set_x(pdf.l_margin + num_w + 8)
            pdf.multi_cell(pdf.epw - num_w - 16, LH, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "sub":
            pdf.set_font("Sans", "B", FS)
            pdf.set_x(pdf.l_margin + num_w)
            pdf.multi_cell(pdf.epw - num_w, LH, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif kind == "b":
            pdf.set_font("Sans", "", FS)
            y = pdf.get_y()
            if y > pdf.h - pdf.b_margin - LH:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(pdf.l_margin + num_w + 2, y)
            pdf.cell(6, LH, "\u2022")
            pdf.set_xy(pdf.l_margin + num_w + 8, y)
            pdf.multi_cell(pdf.epw - num_w - 8, LH, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "res":
            pdf.ln(1)
            pdf.set_font("Sans", "B", FS)
            pdf.set_x(pdf.l_margin + num_w)
            pdf.cell(0, LH, "Resolved:-", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
            pdf.set_font("Sans", "", FS)
            for clause in block[1]:
                m = re.match(r"(\(\d+\))\s+(.*)", clause)
                y = pdf.get_y()
                if m:
                    pdf.set_xy(pdf.l_margin + num_w, y)
                    pdf.cell(10, LH, m.group(1))
                    pdf.set_xy(pdf.l_margin + num_w + 10, y)
                    pdf.multi_cell(pdf.epw - num_w - 10, LH, m.group(2),
                                   new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.set_x(pdf.l_margin + num_w)
                    pdf.multi_cell(pdf.epw - num_w, LH, clause, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            pdf.ln(1)

    pdf.ln(8)
    pdf.set_font("Sans", "", FS)
    pdf.set_x(pdf.l_margin + num_w)
    pdf.cell(0, LH, "Chair:  .............................................", new_x="LMARGIN",
             new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------
# The document that is not minutes: a Board cover report in the council's template
# ---------------------------------------------------------------------------------------

GOLD_REPORT = {"document": REPORT_FILE, "doc_type": "report"}


def build_report(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    doc.core_properties.created = FIXED.replace(tzinfo=None)
    doc.core_properties.modified = FIXED.replace(tzinfo=None)
    doc.core_properties.author = "Andrea Thirsk"
    doc.core_properties.last_modified_by = "Andrea Thirsk"
    doc.core_properties.title = "Better Care Fund Plan 2025/26"
    doc.core_properties.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(12)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Public Report")
    r.bold = True
    p = doc.add_paragraph()
    r = p.add_run("Health and Wellbeing Board")
    r.bold = True

    def field(label, value):
        para = doc.add_paragraph()
        run = para.add_run(label)
        run.bold = True
        doc.add_paragraph(value)

    field("Committee Name and Date of Committee Meeting", "Health and Wellbeing Board – 19 March 2025")
    field("Report Title", "Better Care Fund – Quarter 3 Return 2024/25 and Plan 2025/26")
    field("Is this a Key Decision and has it been included on the Forward Plan?", "No, but it has "
          "been included on the Forward Plan")
    field("Strategic Director Approving Submission of the Report",
          "Ian Spedding, Strategic Director of Adult Care, Housing and Public Health")
    t = doc.add_paragraph()
    t.add_run("Report Author(s)").bold = True
    doc.add_paragraph("Andrea Thirsk, Head of Integrated Commissioning\n"
                      "andrea.thirsk@drennington.gov.uk")
    doc.add_paragraph("Rachel Quayle, Assistant Director, Strategic Commissioning")
    field("Ward(s) Affected", "Borough-Wide")

    doc.add_heading("Report Summary", level=1)
    doc.add_paragraph(
        "This report provides the Health and Wellbeing Board with the Quarter 3 Better Care Fund "
        "(BCF) return for 2024/25, which was submitted to NHS England on 7 February 2025 under "
        "delegated authority, and seeks approval of the BCF Plan for 2025/26, which must be "
        "submitted by 31 March 2025.")
    doc.add_heading("Recommendations", level=1)
    doc.add_paragraph("That the Health and Wellbeing Board:")
    for rec in [
        "Note the Quarter 3 return for 2024/25 submitted to NHS England on 7 February 2025.",
        "Approve the Better Care Fund Plan for 2025/26 for submission to NHS England.",
        "Delegate authority to the Strategic Director of Adult Care, Housing and Public Health "
        "and the Place Director, in consultation with the Chair of the Board, to agree any minor "
        "amendments required following national assurance.",
    ]:
        doc.add_paragraph(rec, style="List Number")

    doc.add_heading("List of Appendices Included", level=1)
    doc.add_paragraph("Appendix 1    BCF Quarter 3 Return 2024/25\n"
                      "Appendix 2    BCF Planning Template 2025/26\n"
                      "Appendix 3    BCF Narrative Plan 2025/26")
    doc.add_heading("Background Papers", level=1)
    doc.add_paragraph("Better Care Fund Policy Framework 2025 to 2026, Department of Health and "
                      "Social Care and Ministry of Housing, Communities and Local Government\n"
                      "Better Care Fund Planning Requirements 2025 to 2026, NHS England")
    doc.add_heading("Consideration by any other Council Committee, Scrutiny or Advisory Panel",
                    level=1)
    doc.add_paragraph("Drennington Place Partnership Board – 12 February 2025\n"
                      "Better Care Fund Executive Group – 4 March 2025")
    doc.add_heading("Council Approval Required", level=1)
    doc.add_paragraph("No")
    doc.add_heading("Exempt from the Press and Public", level=1)
    doc.add_paragraph("No")

    doc.add_page_break()
    p = doc.add_paragraph()
    p.add_run("Better Care Fund – Quarter 3 Return 2024/25 and Plan 2025/26").bold = True

    sections = [
        ("1.", "Background", [
            ("1.1", "The Better Care Fund is a national programme that requires Integrated Care "
                    "Boards and local authorities to pool budgets and agree an integrated spending "
                    "plan for health and social care. Health and Wellbeing Boards are required to "
                    "approve BCF plans and quarterly returns."),
            ("1.2", "In Drennington the BCF is managed through a Section 75 agreement between the "
                    "Council and NHS Wharndale Integrated Care Board and overseen by the BCF "
                    "Executive Group, which reports to the Place Partnership Board."),
        ]),
        ("2.", "Key Issues", [
            ("2.1", "All four national conditions continue to be met. Performance against the "
                    "national metrics at Quarter 3 is summarised in Appendix 1. Discharge to usual "
                    "place of residence is slightly below plan at 92.1% against a plan of 93.0%."),
            ("2.2", "The total pooled budget for 2024/25 is £38.6m. A forecast underspend of £212k "
                    "on schemes funded through the Improved Better Care Fund is proposed to be "
                    "carried forward to support winter capacity in 2025/26."),
            ("2.3", "For 2025/26 the Discharge Fund is merged into the NHS minimum contribution. "
                    "The total value of the Fund will be £40.1m. Should the Board wish to maintain "
                    "the current level of discharge capacity, partners will need to agree how the "
                    "additional costs of the home care fee uplift are met within the Fund."),
            ("2.4", "Key questions for the Board to consider are: Does the Plan support the "
                    "priorities of the Health and Wellbeing Strategy? Are partners assured that "
                    "the proposed metrics are achievable? How will the Board be kept informed of "
                    "progress during the year?"),
        ]),
        ("3.", "Options considered and recommended proposal", [
            ("3.1", "The Board could decline to approve the Plan. This is not recommended, as "
                    "approval by the Health and Wellbeing Board is a national condition of the "
                    "Fund and failure to submit a Plan by 31 March 2025 would put the NHS minimum "
                    "contribution at risk."),
            ("3.2", "The recommended option is that the Board approves the Plan for submission, "
                    "with delegated authority to agree any minor amendments."),
        ]),
        ("4.", "Consultation on proposal", [
            ("4.1", "The Plan has been developed with partners through the BCF Executive Group and "
                    "the Place Partnership Board. Healthwatch Drennington and Voluntary Action "
                    "Drennington were consulted on the narrative plan."),
        ]),
        ("5.", "Timetable and Accountability for Implementing this Decision", [
            ("5.1", "The Plan will be submitted to NHS England by 31 March 2025. Quarterly returns "
                    "will be reported to the Board in line with the national timetable."),
        ]),
        ("6.", "Financial and Procurement Advice and Implications", [
            ("6.1", "There are no direct procurement implications arising from this report. Any "
                    "new schemes will be commissioned in line with the Council's Financial and "
                    "Procurement Procedure Rules and the Provider Selection Regime."),
        ]),
        ("7.", "Legal Advice and Implications", [
            ("7.1", "The Section 75 agreement will be varied to reflect the 2025/26 Plan once "
                    "national assurance is complete."),
        ]),
        ("8.", "Risks and Mitigation", [
            ("8.1", "The principal risk is increasing demand for discharge support exceeding the "
                    "capacity funded through the BCF. This is monitored monthly by the BCF "
                    "Executive Group."),
        ]),
        ("9.", "Accountable Officers", [
            ("", "Andrea Thirsk, Head of Integrated Commissioning\n"
                 "Gareth Pryor, Place Director, NHS Wharndale Integrated Care Board"),
        ]),
    ]
    for num, heading, paras in sections:
        hp = doc.add_paragraph()
        hp.add_run(f"{num}\t{heading}").bold = True
        for pnum, text in paras:
            doc.add_paragraph(f"{pnum}\t{text}" if pnum else text)

    table = doc.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    cells = [("Approvals obtained on behalf of Statutory Officers:-", "Named Officer", "Date"),
             ("Chief Executive", "Paul Derbyshire", "10/03/25"),
             ("Strategic Director of Finance & Customer Services (S.151 Officer)", "Judith Carrow",
              "07/03/25")]
    for row, vals in zip(table.rows, cells):
        for cell, val in zip(row.cells, vals):
            cell.text = val
    doc.add_paragraph("Report Author: Andrea Thirsk, Head of Integrated Commissioning\n"
                      "This report is published on the Council's website.")
    doc.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path: Path) -> None:
    """Rewrite the .docx zip with fixed entry times so that the output is byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        entries = [(info, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 10, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            zout.writestr(fixed, data)


# ---------------------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------------------

def normalise(text: str) -> str:
    text = text.lower()
    text = "".join(" " if unicodedata.category(ch).startswith("Z") or ch in "\n\r\t"
                   else ("" if unicodedata.category(ch).startswith("P") else ch)
                   for ch in text)
    return re.sub(r"\s+", " ", text).strip()


def document_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    failures = 0
    for gold_path in sorted(GOLD.glob("lg-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = DOCS / gold["document"]
        if not doc_path.exists():
            print(f"MISSING {doc_path}")
            failures += 1
            continue
        text = normalise(document_text(doc_path))
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["item"], q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["item"], q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["item"], r["text"]))
        for kind, item, phrase in phrases:
            n_words = len(phrase.split())
            count = text.count(normalise(phrase))
            ok = count == 1 and 6 <= n_words <= 15
            if not ok:
                failures += 1
                print(f"FAIL {gold['document']} {kind} item {item}: count={count} "
                      f"words={n_words}: {phrase!r}")
        print(f"{gold['document']}: {len(phrases)} phrases checked")
    print("OK" if not failures else f"{failures} failure(s)")
    return 1 if failures else 0


def main() -> int:
    if "--check" in sys.argv[1:]:
        return check()
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_FILE)
    build_report(DOCS / REPORT_FILE)
    for gold in (GOLD_MINUTES, GOLD_REPORT):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print("written:", MINUTES_FILE, REPORT_FILE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
