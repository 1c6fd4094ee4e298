#!/usr/bin/env python3
"""Build the "lf-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_lf.py           build documents/lf-* and gold/lf-*.json
        build_lf.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import html
import json
import re
import sys
import textwrap
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_FILE = "lf-northfold-hosc-2025-09-11.html"
BRIEFING_FILE = "lf-northfold-nhosc-briefing-2025-09-11.pdf"

COMMITTEE = "Northfold Health Overview and Scrutiny Committee"
FIXED_DATE = datetime.datetime(2025, 9, 4, 9, 30, 0, tzinfo=datetime.timezone.utc)

# ---------------------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------------------

MEMBERS_PRESENT = [
    ("Cllr Helen Marsham (Chair)", "Northfold County Council"),
    ("Cllr Graham Tydd (Vice-Chair)", "Northfold County Council"),
    ("Cllr Anneka Brewis", "Northfold County Council"),
    ("Cllr Julie Fairweather", "Northfold County Council"),
    ("Cllr Patricia Gedge", "Wavenham District Council"),
    ("Cllr Margaret Ivory", "Aldham District Council"),
    ("Cllr Tom Lindqvist", "Borough Council of Kingsferry and Holmsea"),
    ("Cllr Desmond Okafor", "Northfold County Council"),
    ("Cllr Kathryn Sallis", "Ellingford City Council"),
    ("Cllr Owen Thurlow", "Broadmere District Council"),
]

SUBSTITUTES = [("Cllr Stephen Pegg for Cllr Rosalind Crane", "")]

ALSO_PRESENT = [
    ("Cllr Alan Whitlock", "Cabinet Member for Adult Social Care"),
    ("Martin Gaskell", "Director of Operations (East), Eastern Counties Ambulance Service NHS "
                       "Trust (ECAST)"),
    ("Nadia Fielding", "Chief Operating Officer, Northfold and Holmsea University Hospitals NHS "
                       "Foundation Trust (NHUH)"),
    ("Chris Amberley", "Director of Urgent and Emergency Care, Northfold and Wavenham "
                       "Integrated Care Board (ICB)"),
    ("Rachel Osei", "Head of Primary Care Commissioning (Dental), Northfold and Wavenham ICB"),
    ("Dr Imran Qureshi", "Chair, Northfold Local Dental Committee"),
    ("Dr Louise Penhallow", "Director of Public Health, Northfold County Council"),
    ("Alex Stannard", "Chief Executive, Healthwatch Northfold"),
    ("Lorna Petch", "Chief Executive, Northfold and Saxmund NHS Foundation Trust (NSFT)"),
    ("Gavin Rudd", "Chief Nurse, NSFT"),
    ("Peter Tennant", "Democratic Support and Scrutiny Manager"),
    ("Kirsty Dunmore", "Committee Officer"),
]

# Each item: (number, title, body); body entries are (para number, text) or
# (para number, text, [bullets]).
ITEMS = [
    ("1", "Apologies for Absence", [
        ("1.1", "Apologies were received from Cllr Rosalind Crane (Cllr Stephen Pegg "
                "substituting), Cllr Neville Ashdown (South Northfold Council) and Cllr Paula "
                "Kerrison (North Coast District Council)."),
    ]),
    ("2", "Minutes", [
        ("2.1", "The minutes of the Northfold Health Overview and Scrutiny Committee meeting "
                "held on 10 July 2025 were agreed as an accurate record and signed by the Chair."),
    ]),
    ("3", "Declarations of Interest", [
        ("3.1", "Cllr Julie Fairweather declared a non-registerable interest in item 7 as a close "
                "family member was employed as a paramedic by the Eastern Counties Ambulance "
                "Service NHS Trust."),
        ("3.2", "Cllr Kathryn Sallis declared a non-registerable interest in item 9 as she was a "
                "public governor of the Northfold and Saxmund NHS Foundation Trust."),
    ]),
    ("4", "Urgent Business", [
        ("4.1", "There was no urgent business."),
    ]),
    ("5", "Public Question Time", [
        ("5.1", "One public question had been received by the deadline. The question, the "
                "response given at the meeting and the supplementary question are attached to "
                "these minutes at Appendix A."),
    ]),
    ("6", "Chair’s Announcements", [
        ("6.1", "The Chair reminded Members that the visit to the new Ellingford Community "
                "Diagnostic Centre would take place on Thursday 2 October 2025 and asked any "
                "Member who wished to attend to let the Committee Officer know by 19 September."),
        ("6.2", "The Chair announced that the Northfold and Wavenham Integrated Care Board had "
                "launched its public consultation on the future of the minor injuries unit at "
                "Holmsea Community Hospital on 1 September 2025. The Committee would agree its "
                "formal response at its meeting on 23 October 2025 and Members were encouraged to "
                "attend one of the public drop-in sessions beforehand."),
    ]),
    ("7", "Ambulance response times and hospital handovers", [
        ("7.1", "The Committee received a suggested approach from Peter Tennant, Democratic "
                "Support and Scrutiny Manager, to a joint report from the Eastern Counties "
                "Ambulance Service NHS Trust (ECAST), the Northfold and Wavenham Integrated Care "
                "Board (ICB) and the Northfold and Holmsea University Hospitals NHS Foundation "
                "Trust (NHUH) on ambulance response times in Northfold, the time taken to hand "
                "over patients at the county’s three acute hospitals and the actions being taken "
                "by the system to reduce delays ahead of the winter."),
        ("7.2", "The Director of Operations (East), ECAST, introduced the report. The mean "
                "response time for category 2 calls in Northfold had improved from 47 minutes "
                "and 31 seconds in July 2024 to 38 minutes and 12 seconds in July 2025, against "
                "the national standard of 18 minutes and the interim target of 30 minutes set "
                "for 2025-26. Just over 9,400 hours had been lost to handover delays across the "
                "Northfold hospitals in the first quarter of 2025-26, a reduction of 21% on the "
                "same period in the previous year, and the Trust had introduced a ‘release to "
                "respond’ protocol under which crews could leave the emergency department after "
                "45 minutes. The Chief Operating Officer, NHUH, and the Director of Urgent and "
                "Emergency Care, ICB, described the work of the new system co-ordination centre "
                "and the expansion of same day emergency care at Kingsferry."),
        ("7.3", "The following points were discussed and noted:", [
            "Cllr Desmond Okafor asked why response times in the west of the county remained so "
            "much longer than in Ellingford and the coastal towns. The Director of Operations "
            "(East) explained that the rural geography and the distances between stations meant "
            "that crews from the west were regularly drawn into Ellingford and Kingsferry to "
            "cover demand there, and that the Trust was reviewing where its rapid response "
            "vehicles were based, with a report due to the Trust board in November.",

            "Members expressed concern about reports of patients waiting in ambulances outside "
            "the emergency department at Kingsferry for more than six hours during the spring. "
            "The Chief Operating Officer, NHUH, acknowledged that this had happened on several "
            "days in March and April and confirmed that the hospital had since opened a 12-bed "
            "pre-admission area next to the emergency department so that crews could hand over "
            "within 45 minutes and return to the road.",

            "Cllr Julie Fairweather queried whether ECAST would have enough paramedics to staff "
            "the additional shifts planned for the winter and what was being done to keep newly "
            "qualified staff. The Director of Operations (East) stated that the Trust had "
            "recruited 64 newly qualified paramedics since April, that staff turnover had "
            "fallen to 9% and that each new paramedic was given a named mentor for their first "
            "year, although sickness absence remained higher than the Trust would wish.",

            "The Vice-Chair commented that much of the pressure on the ambulance service came "
            "from patients who were medically fit to leave hospital but could not be discharged "
            "because no package of care was in place. The Cabinet Member for Adult Social Care "
            "responded that the number of people waiting in hospital for home care had fallen "
            "to 31, from 58 a year earlier, and that the Council’s reablement service had taken "
            "on an additional 40 staff over the summer.",

            "Cllr Kathryn Sallis asked what proportion of 999 calls were now resolved over the "
            "telephone without an ambulance being sent. The Director of Operations (East) "
            "advised that 16.8% of calls in Northfold had been closed through ‘hear and treat’ "
            "in July, compared with 11.2% two years earlier, and that clinicians in the control "
            "room were now able to book patients directly into urgent treatment centres.",

            "Cllr Tom Lindqvist asked whether the two mental health response vehicles would "
            "continue after the national funding ended in March 2026. The Director of Urgent "
            "and Emergency Care, ICB, stated that no decision had yet been taken, but that the "
            "evaluation showed the vehicles had avoided around 1,100 conveyances to emergency "
            "departments in a year, and this would be weighed against the running cost of "
            "approximately £860,000 a year when the ICB set its budget for 2026-27.",

            "Cllr Anneka Brewis raised the case of a resident of Aldham Market who had waited "
            "nine hours for an ambulance after a fall in August, and asked whether the falls "
            "response service was available in the evenings. The Director of Operations (East) "
            "apologised for the delay, agreed to look into the case if Cllr Brewis would pass on "
            "the details, and confirmed that the falls service operated until 10pm.",

            "Members requested that future reports should show response times for each district "
            "council area, so that the Committee could see how the rural parts of the county "
            "compared with the urban areas.",
        ]),
        ("7.4", "The Committee RESOLVED to:", [
            "Note the report and the improvement in category 2 response times and in the hours "
            "lost to handover delays since July 2024.",
            "Ask ECAST to provide a breakdown of category 1 and category 2 response times by "
            "district council area for inclusion in the NHOSC Briefing.",
            "Ask the ICB to share the outcome of its evaluation of the mental health response "
            "vehicles with the Committee once it had been completed.",
        ]),
    ]),
    ("8", "Access to NHS dentistry", [
        ("8.1", "The Committee received a suggested approach from the Democratic Support and "
                "Scrutiny Manager to a report from the Northfold and Wavenham ICB on access to "
                "NHS dentistry in Northfold, the progress of the ICB’s dental recovery plan and the "
                "opening of the new dental access centres in Kingsferry and Holmsea."),
        ("8.2", "The Head of Primary Care Commissioning (Dental), ICB, introduced the report. "
                "The Committee also heard from the Chief Executive of Healthwatch Northfold, who "
                "presented the findings of a survey of 1,260 residents about their experience of "
                "finding an NHS dentist, half of whom had given up trying, and from the Chair of "
                "the Northfold Local Dental Committee, who spoke about the pressures facing "
                "practices."),
        ("8.3", "During the discussion the following points were noted:", [
            "Cllr Margaret Ivory asked how many people in Northfold were waiting to see an NHS "
            "dentist. The Head of Primary Care Commissioning (Dental) explained that there was no "
            "single waiting list for NHS dentistry as patients were not registered with a "
            "practice in the way they were with a GP, but that the ICB’s dental helpline had "
            "taken more than 14,000 calls in 2024-25 from people who could not find a dentist.",

            "Members raised concerns that eleven practices in the county had handed back all or "
            "part of their NHS contracts since 2023, leaving the rural north and west of "
            "Northfold with very little NHS provision. The Chair of the Northfold Local Dental "
            "Committee stated that the national dental contract did not pay enough to cover the "
            "treatment of patients with high needs and that many dentists could earn "
            "considerably more from private work than from NHS patients.",

            "Cllr Patricia Gedge asked whether the ICB could use its own budget to pay practices "
            "a higher rate for NHS work. The Head of Primary Care Commissioning (Dental) "
            "confirmed that the ICB had raised the minimum value of a unit of dental activity to "
            "£31 from April 2025 and had offered practices additional sessions for urgent care, "
            "which 38 practices had taken up.",

            "Cllr Julie Fairweather asked whether the new dental access centres would accept "
            "patients from anywhere in the county. The Head of Primary Care Commissioning "
            "(Dental) advised that both centres took referrals through the dental helpline from "
            "any Northfold postcode, and that priority was given to children, pregnant women and "
            "people in urgent pain.",

            "Cllr Kathryn Sallis queried what was being done for children, given that tooth "
            "decay remained the most common reason for children aged six to ten being admitted "
            "to hospital. The Director of Public Health stated that the supervised toothbrushing "
            "programme now ran in 146 nurseries and primary schools in the most deprived areas "
            "and that the Council had commissioned fluoride varnish sessions in its family hubs.",

            "Cllr Owen Thurlow commented that residents in Broadmere were travelling more than "
            "40 miles for an emergency dental appointment and asked whether a mobile dental unit "
            "could be used in the rural areas. It was confirmed that the ICB was in discussion "
            "with the dental school at the University of Northfold about a mobile unit and would "
            "report back to the Committee.",

            "The Chair commented that the Committee had been told in 2023 that access would "
            "improve within two years and that residents would judge the ICB on whether they "
            "could get an appointment, not on the number of plans it had published.",
        ]),
        ("8.4", "The Committee RESOLVED to:", [
            "Recommend that the ICB publishes a timetable for recommissioning the NHS dental "
            "activity handed back by practices since 2023, giving priority to the rural north "
            "and west of the county.",
            "Recommend that the ICB works with Healthwatch Northfold to publish clear "
            "information for residents on how to obtain urgent dental treatment.",
            "Receive a further update on access to NHS dentistry in March 2026.",
        ]),
    ]),
    ("9", "Northfold and Saxmund NHS Foundation Trust – progress following the Care Quality "
          "Commission inspection", [
        ("9.1", "The Committee received a suggested approach from the Democratic Support and "
                "Scrutiny Manager to an update from the Northfold and Saxmund NHS Foundation Trust "
                "(NSFT) on its progress since the Care Quality Commission (CQC) report published "
                "in February 2025, which had rated the Trust as ‘requires improvement’ overall and "
                "its acute wards for adults of working age as ‘inadequate’ for safety."),
        ("9.2", "The Chief Executive, NSFT, explained that 41 of the 57 actions in the Trust’s "
                "improvement plan had been completed, that the number of patients placed in beds "
                "outside the county had fallen from 62 in January to 19 in August and that a new "
                "crisis café run with a local charity had opened in Holmsea in June. The Chief "
                "Nurse, NSFT, described the changes made to observation practice on the wards and "
                "the new training on the management of ligature risks."),
        ("9.3", "The following points were discussed and noted:", [
            "The Chair asked when the CQC was expected to inspect the acute wards again and "
            "whether the Trust was confident that the rating for safety would improve. The Chief "
            "Executive, NSFT, stated that the CQC had not given a date but the Trust expected an "
            "inspection before the end of the financial year, and that the warning notice "
            "relating to ligature points had been lifted in July.",

            "Cllr Stephen Pegg expressed concern that families of patients who had died had told "
            "him that they were not kept informed while the Trust investigated. The Chief Nurse "
            "apologised to the families affected and explained that the Trust had appointed two "
            "family liaison officers and had rewritten its policy on involving families in "
            "reviews, in co-production with bereaved relatives.",

            "Cllr Anneka Brewis asked about the vacancy rate for registered mental health nurses "
            "on the inpatient wards. The Chief Nurse advised that the vacancy rate was 14% and "
            "that agency staff still covered around one shift in five, although the Trust’s "
            "spending on agency staff had fallen by £3.2m compared with the previous year.",

            "Cllr Desmond Okafor commented that the crisis café in Holmsea was welcome but that "
            "there was still nothing comparable for people in crisis in the west of the county.",

            "Cllr Tom Lindqvist asked how long children and young people referred to the Trust’s "
            "community mental health teams were waiting for a first appointment. The Chief "
            "Executive, NSFT, stated that the average wait was currently 19 weeks and that a "
            "breakdown by locality would be sent to the Committee after the meeting.",
        ]),
        ("9.4", "The Committee RESOLVED to note the update from the Northfold and Saxmund NHS "
                "Foundation Trust."),
        ("9.5", "Cllr Graham Tydd left the meeting at 11.55am."),
    ]),
    ("10", "Forward Work Programme", [
        ("10.1", "The Committee received a report from the Democratic Support and Scrutiny "
                 "Manager which set out the current forward work programme."),
        ("10.2", "Cllr Margaret Ivory asked whether the Committee could examine the capacity of "
                 "GP practices to serve the new housing developments around Kingsferry. The "
                 "Democratic Support and Scrutiny Manager advised that primary care capacity in "
                 "the growth areas was already scheduled for the meeting in January 2026 and that "
                 "the district councils’ planning officers would be invited to contribute."),
        ("10.3", "The Committee agreed the forward work programme, with the addition of an item "
                 "on the evaluation of the mental health response vehicles in spring 2026."),
    ]),
]

APPENDIX_ROWS = [
    ("Question from Mrs Jean Haddow, Aldham Market",
     "In February my husband lay on our kitchen floor for eleven hours waiting for an ambulance "
     "after a fall. What is the ambulance service doing to make sure that older people who fall "
     "at home are reached more quickly, particularly in the evenings?"),
    ("Response from the Director of Operations (East), Eastern Counties Ambulance Service NHS Trust",
     "I am very sorry for the experience that Mrs Haddow’s husband had, which fell well short of "
     "the care we want to provide. Since April the Trust has run a dedicated falls response "
     "service in Northfold, staffed by an emergency care assistant and a community first "
     "responder with specialist lifting equipment, which attends people who have fallen but "
     "are not injured. The average time to reach patients who have fallen has reduced from "
     "over four hours to 1 hour 52 minutes. We would welcome the opportunity to meet Mrs Haddow "
     "to learn from her husband’s experience."),
    ("Supplementary question",
     "Mrs Haddow asked whether the falls response service would be extended to cover the "
     "whole night, since her husband had fallen shortly after midnight."),
    ("Response",
     "The Director of Operations (East) said that the service currently ran from 8am to 10pm "
     "and that the Trust was seeking funding from the ICB to extend it overnight from December."),
]

# ---------------------------------------------------------------------------------------
# Gold for the minutes
# ---------------------------------------------------------------------------------------

GOLD_MINUTES = {
    "document": MINUTES_FILE,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-09-11",
    "items": [
        {"number": "1", "title": "Apologies for Absence"},
        {"number": "2", "title": "Minutes"},
        {"number": "3", "title": "Declarations of Interest"},
        {"number": "4", "title": "Urgent Business"},
        {"number": "5", "title": "Public Question Time"},
        {"number": "6", "title": "Chair’s Announcements"},
        {"number": "7", "title": "Ambulance response times and hospital handovers"},
        {"number": "8", "title": "Access to NHS dentistry"},
        {"number": "9", "title": "Northfold and Saxmund NHS Foundation Trust – progress "
                                 "following the Care Quality Commission inspection"},
        {"number": "10", "title": "Forward Work Programme"},
    ],
    "questions": [
        # item 5: the public question in Appendix A
        {"item": "5", "kind": "question",
         "text": "What is the ambulance service doing to make sure that older people who fall",
         "asked_by": "Mrs Jean Haddow",
         "answer": "the Trust has run a dedicated falls response service in Northfold",
         "given_by": "Director of Operations (East), Eastern Counties Ambulance Service NHS Trust",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "asked whether the falls response service would be extended to cover the whole night",
         "asked_by": "Mrs Haddow",
         "answer": "seeking funding from the ICB to extend it overnight from December",
         "given_by": "Director of Operations (East)",
         "themes": ["patient-and-public-input", "finance"]},
        # item 7
        {"item": "7", "kind": "question",
         "text": "asked why response times in the west of the county remained so much longer",
         "asked_by": "Cllr Desmond Okafor",
         "answer": "the Trust was reviewing where its rapid response vehicles were based",
         "given_by": "Director of Operations (East)",
         "themes": []},
        {"item": "7", "kind": "concern",
         "text": "Members expressed concern about reports of patients waiting in ambulances outside",
         "asked_by": None,
         "answer": "the hospital had since opened a 12-bed pre-admission area",
         "given_by": "Chief Operating Officer, NHUH",
         "themes": []},
        {"item": "7", "kind": "question",
         "text": "queried whether ECAST would have enough paramedics to staff the additional shifts",
         "asked_by": "Cllr Julie Fairweather",
         "answer": "the Trust had recruited 64 newly qualified paramedics since April",
         "given_by": "Director of Operations (East)",
         "themes": ["workforce"]},
        {"item": "7", "kind": "comment",
         "text": "much of the pressure on the ambulance service came from patients who were medically fit",
         "asked_by": "Vice-Chair",
         "answer": "the number of people waiting in hospital for home care had fallen to 31",
         "given_by": "Cabinet Member for Adult Social Care",
         "themes": ["adult-social-care"]},
        {"item": "7", "kind": "question",
         "text": "asked what proportion of 999 calls were now resolved over the telephone",
         "asked_by": "Cllr Kathryn Sallis",
         "answer": "16.8% of calls in Northfold had been closed through ‘hear and treat’",
         "given_by": "Director of Operations (East)",
         "themes": []},
        {"item": "7", "kind": "question",
         "text": "asked whether the two mental health response vehicles would continue after the national funding",
         "asked_by": "Cllr Tom Lindqvist",
         "answer": "the evaluation showed the vehicles had avoided around 1,100 conveyances",
         "given_by": "Director of Urgent and Emergency Care, ICB",
         "themes": ["mental-health", "finance"]},
        {"item": "7", "kind": "question",
         "text": "raised the case of a resident of Aldham Market who had waited nine hours",
         "asked_by": "Cllr Anneka Brewis",
         "answer": "agreed to look into the case if Cllr Brewis would pass on the details",
         "given_by": "Director of Operations (East)",
         "themes": []},
        {"item": "7", "kind": "request",
         "text": "Members requested that future reports should show response times for each district",
         "asked_by": None,
         "answer": None,
         "given_by": None,
         "themes": []},
        # item 8
        {"item": "8", "kind": "question",
         "text": "asked how many people in Northfold were waiting to see an NHS dentist",
         "asked_by": "Cllr Margaret Ivory",
         "answer": "there was no single waiting list for NHS dentistry as patients were not registered",
         "given_by": "Head of Primary Care Commissioning (Dental)",
         "themes": ["primary-care"]},
        {"item": "8", "kind": "concern",
         "text": "Members raised concerns that eleven practices in the county had handed back",
         "asked_by": None,
         "answer": "the national dental contract did not pay enough to cover the treatment",
         "given_by": "Chair of the Northfold Local Dental Committee",
         "themes": ["primary-care", "subcontracting", "privatisation"]},
        {"item": "8", "kind": "question",
         "text": "asked whether the ICB could use its own budget to pay practices a higher rate",
         "asked_by": "Cllr Patricia Gedge",
         "answer": "raised the minimum value of a unit of dental activity to £31",
         "given_by": "Head of Primary Care Commissioning (Dental)",
         "themes": ["primary-care", "finance"]},
        {"item": "8", "kind": "question",
         "text": "asked whether the new dental access centres would accept patients from anywhere",
         "asked_by": "Cllr Julie Fairweather",
         "answer": "both centres took referrals through the dental helpline from any Northfold postcode",
         "given_by": "Head of Primary Care Commissioning (Dental)",
         "themes": ["primary-care"]},
        {"item": "8", "kind": "question",
         "text": "queried what was being done for children, given that tooth decay remained",
         "asked_by": "Cllr Kathryn Sallis",
         "answer": "the supervised toothbrushing programme now ran in 146 nurseries and primary schools",
         "given_by": "Director of Public Health",
         "themes": ["primary-care", "children-and-families", "public-health"]},
        {"item": "8", "kind": "question",
         "text": "asked whether a mobile dental unit could be used in the rural areas",
         "asked_by": "Cllr Owen Thurlow",
         "answer": "the ICB was in discussion with the dental school at the University of Northfold",
         "given_by": None,
         "themes": ["primary-care"]},
        {"item": "8", "kind": "comment",
         "text": "the Committee had been told in 2023 that access would improve within two years",
         "asked_by": "Chair",
         "answer": None,
         "given_by": None,
         "themes": ["primary-care"]},
        # item 9
        {"item": "9", "kind": "question",
         "text": "asked when the CQC was expected to inspect the acute wards again",
         "asked_by": "Chair",
         "answer": "the CQC had not given a date but the Trust expected an inspection",
         "given_by": "Chief Executive, NSFT",
         "themes": ["mental-health", "governance"]},
        {"item": "9", "kind": "concern",
         "text": "expressed concern that families of patients who had died had told him",
         "asked_by": "Cllr Stephen Pegg",
         "answer": "the Trust had appointed two family liaison officers",
         "given_by": "Chief Nurse",
         "themes": ["mental-health", "patient-and-public-input"]},
        {"item": "9", "kind": "question",
         "text": "asked about the vacancy rate for registered mental health nurses",
         "asked_by": "Cllr Anneka Brewis",
         "answer": "agency staff still covered around one shift in five",
         "given_by": "Chief Nurse",
         "themes": ["mental-health", "workforce", "finance"]},
        {"item": "9", "kind": "comment",
         "text": "there was still nothing comparable for people in crisis in the west of the county",
         "asked_by": "Cllr Desmond Okafor",
         "answer": None,
         "given_by": None,
         "themes": ["mental-health"]},
        {"item": "9", "kind": "question",
         "text": "asked how long children and young people referred to the Trust’s community mental health teams",
         "asked_by": "Cllr Tom Lindqvist",
         "answer": "the average wait was currently 19 weeks",
         "given_by": "Chief Executive, NSFT",
         "themes": ["mental-health", "children-and-families"]},
        # item 10
        {"item": "10", "kind": "request",
         "text": "asked whether the Committee could examine the capacity of GP practices",
         "asked_by": "Cllr Margaret Ivory",
         "answer": "primary care capacity in the growth areas was already scheduled",
         "given_by": "Democratic Support and Scrutiny Manager",
         "themes": ["primary-care", "housing"]},
    ],
    "resolutions": [
        {"item": "2", "text": "held on 10 July 2025 were agreed as an accurate record",
         "outcome": "agreed", "themes": []},
        {"item": "7", "text": "Note the report and the improvement in category 2 response times",
         "outcome": "agreed", "themes": ["mental-health"]},
        {"item": "8", "text": "Recommend that the ICB publishes a timetable for recommissioning the NHS dental activity",
         "outcome": "recommended", "themes": ["primary-care", "subcontracting"]},
        {"item": "9", "text": "RESOLVED to note the update from the Northfold and Saxmund",
         "outcome": "noted", "themes": ["mental-health"]},
        {"item": "10", "text": "The Committee agreed the forward work programme, with the addition",
         "outcome": "agreed", "themes": ["mental-health"]},
    ],
    "attendees": [
        {"name": "Cllr Helen Marsham", "role": "Chair", "attendance": "present"},
        {"name": "Cllr Graham Tydd", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Cllr Anneka Brewis", "role": None, "attendance": "present"},
        {"name": "Cllr Julie Fairweather", "role": None, "attendance": "present"},
        {"name": "Cllr Patricia Gedge", "role": None, "attendance": "present"},
        {"name": "Cllr Margaret Ivory", "role": None, "attendance": "present"},
        {"name": "Cllr Tom Lindqvist", "role": None, "attendance": "present"},
        {"name": "Cllr Desmond Okafor", "role": None, "attendance": "present"},
        {"name": "Cllr Kathryn Sallis", "role": None, "attendance": "present"},
        {"name": "Cllr Owen Thurlow", "role": None, "attendance": "present"},
        {"name": "Cllr Stephen Pegg", "role": None, "attendance": "present"},
        {"name": "Cllr Rosalind Crane", "role": None, "attendance": "apologies"},
        {"name": "Cllr Neville Ashdown", "role": None, "attendance": "apologies"},
        {"name": "Cllr Paula Kerrison", "role": None, "attendance": "apologies"},
    ] + [
        {"name": name, "role": role, "attendance": "in_attendance"}
        for name, role in ALSO_PRESENT
    ],
}

GOLD_BRIEFING = {"document": BRIEFING_FILE, "doc_type": "report"}

# ---------------------------------------------------------------------------------------
# HTML: a CMIS meeting page saved from a browser, with the Word minutes shown in the page
# ---------------------------------------------------------------------------------------

BASE = "https://northfoldcc.cmis.uk.com/northfoldcc"
MEETING_PATH = ("/northfoldcc/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/2418/"
                "Committee/22/Default.aspx")
LIST_IGNORE = '<span style=\'font:7.0pt "Times New Roman"\'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>'


def esc(text):
    return html.escape(text, quote=False)


def wrap(text, indent=""):
    """Word's HTML export hard-wraps long lines of text in the source."""
    return ("\n" + indent).join(textwrap.wrap(esc(text), 76, break_long_words=False,
                                              break_on_hyphens=False))


def word_heading(num, title):
    return (f"<p class=MsoListParagraph style='margin-left:1.0cm;text-indent:-1.0cm;"
            f"mso-list:l0 level1 lfo1'><b><span style='mso-list:Ignore'>{num}."
            f"{LIST_IGNORE}</span>{wrap(title)}</b></p>\n")


def word_para(num, text):
    return (f"<p class=MsoListParagraph style='margin-left:1.0cm;text-indent:-1.0cm;"
            f"mso-list:l0 level2 lfo1'><span style='mso-list:Ignore'>{num}"
            f"{LIST_IGNORE}</span>{wrap(text)}</p>\n")


def word_bullets(bullets):
    out = []
    n = len(bullets)
    for i, b in enumerate(bullets):
        cls = ("MsoListParagraphCxSpFirst" if i == 0 else
               "MsoListParagraphCxSpLast" if i == n - 1 else "MsoListParagraphCxSpMiddle")
        out.append(f"<p class={cls} style='margin-left:1.5cm;text-indent:-.5cm;"
                   f"mso-list:l1 level1 lfo2'><span style='font-family:Symbol'>"
                   f"<span style='mso-list:Ignore'>·{LIST_IGNORE}</span></span>{wrap(b)}</p>\n")
    return "".join(out)


def word_table(rows, widths=(236, 368), header=None):
    out = ["<table class=MsoTableGrid border=0 cellspacing=0 cellpadding=0 "
           "style='border-collapse:collapse;border:none'>\n"]
    if header:
        out.append(" <tr>\n")
        for w, h in zip(widths, header):
            out.append(f"  <td width={w} valign=top style='width:{w}pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                       f"<p class=MsoNormal><b>{esc(h)}</b></p></td>\n")
        out.append(" </tr>\n")
    for row in rows:
        out.append(" <tr>\n")
        for w, cell in zip(widths, row):
            txt = wrap(cell) if cell else "&nbsp;"
            out.append(f"  <td width={w} valign=top style='width:{w}pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                       f"\n  <p class=MsoNormal>{txt}</p>\n  </td>\n")
        out.append(" </tr>\n")
    out.append("</table>\n")
    return "".join(out)


def minutes_html():
    h = []
    h.append("<div class=WordSection1>\n")
    h.append("<p class=MsoTitle><b>Northfold Health Overview and Scrutiny Committee</b></p>\n")
    h.append("<p class=MsoNormal>" + wrap(
        "Minutes of the Meeting Held on Thursday 11 September 2025 at 10am in the Council "
        "Chamber, County Hall, Kingsferry") + "</p>\n")
    h.append("<p class=MsoNormal>&nbsp;</p>\n")
    h.append("<p class=MsoNormal><b>Members Present:</b></p>\n")
    h.append(word_table(MEMBERS_PRESENT))
    h.append("<p class=MsoNormal>&nbsp;</p>\n")
    h.append("<p class=MsoNormal><b>Substitute Members Present:</b></p>\n")
    h.append(word_table(SUBSTITUTES))
    h.append("<p class=MsoNormal>&nbsp;</p>\n")
    h.append("<p class=MsoNormal><b>Also Present (who took a part in the meeting):</b></p>\n")
    h.append(word_table(ALSO_PRESENT))
    h.append("<p class=MsoNormal>&nbsp;</p>\n")
    for num, title, body in ITEMS:
        h.append(word_heading(num, title))
        for entry in body:
            h.append(word_para(entry[0], entry[1]))
            if len(entry) > 2:
                h.append(word_bullets(entry[2]))
        h.append("<p class=MsoNormal>&nbsp;</p>\n")
    h.append("<p class=MsoNormal><b>Chair</b></p>\n")
    h.append("<p class=MsoNormal>&nbsp;</p>\n")
    h.append("<p class=MsoNormal>The meeting ended at 12.48pm</p>\n")
    h.append("<p class=MsoNormal>&nbsp;</p>\n")
    h.append("<p class=MsoNormal><b>Cllr Helen Marsham, Chair,<br>\n"
             "Northfold Health Overview and Scrutiny Committee</b></p>\n")
    h.append("<p class=MsoNormal>&nbsp;</p>\n")
    h.append("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0>\n <tr>\n"
             "  <td width=64 valign=top><p class=MsoNormal><img width=56 height=56 "
             "src=\"./Meeting Details_files/image001.png\" alt=\"IN A different language, "
             "please contact us\"></p></td>\n"
             "  <td width=540 valign=top><p class=MsoNormal>" + wrap(
                 "If you need these minutes in large print, audio, Braille, alternative format "
                 "or in a different language please contact Customer Services on 0300 123 4690, "
                 "or Text Relay on 18001 0300 123 4690 (textphone) and we will do our best to "
                 "help.") + "</p></td>\n </tr>\n</table>\n")
    h.append("<br clear=all style='page-break-before:always'>\n")
    h.append("<p class=MsoNormal align=right style='text-align:right'><b>Appendix A</b></p>\n")
    h.append("<p class=MsoNormal><b>Northfold Health Overview and Scrutiny Committee – "
             "11 September 2025</b></p>\n")
    h.append("<p class=MsoNormal><b>Item 5: Public Question Time</b></p>\n")
    h.append("<p class=MsoNormal>&nbsp;</p>\n")
    h.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
             "style='border-collapse:collapse;border:solid windowtext 1.0pt'>\n")
    h.append(" <tr>\n  <td width=604 valign=top style='background:#D9E2F3'>"
             "<p class=MsoNormal><b>5.1</b></p></td>\n </tr>\n")
    for label, text in APPENDIX_ROWS:
        h.append(" <tr>\n  <td width=604 valign=top>\n"
                 f"  <p class=MsoNormal><b>{esc(label)}</b></p>\n"
                 f"  <p class=MsoNormal>{wrap(text)}</p>\n  </td>\n </tr>\n")
    h.append("</table>\n")
    h.append("<p class=MsoNormal>&nbsp;</p>\n")
    h.append("</div>\n")
    return "".join(h)


AGENDA = [
    ("Standard Items", [
        ("1", "Apologies for Absence", "To receive apologies and details of any substitute "
              "members attending.", []),
        ("2", "Minutes", "To confirm the minutes of the meeting of the Northfold Health "
              "Overview and Scrutiny Committee held on 10 July 2025.",
         [("pdf", "Minutes 10 July 2025", "231Kb")]),
        ("3", "Declarations of Interest", "If you have a Disclosable Pecuniary Interest in a "
              "matter to be considered at the meeting and that interest is on your Register of "
              "Interests you must not speak or vote on the matter.", []),
        ("4", "Urgent Business", "Any items of business the Chair decides should be considered "
              "as a matter of urgency.", []),
        ("5", "Public Question Time", "Fifteen minutes for questions from members of the public "
              "of which due notice has been given. Please note that all questions must be "
              "received by the Committee Team by 5pm on Monday 8 September 2025.", []),
        ("6", "Chair’s Announcements", "", []),
    ]),
    ("Items for Consideration", [
        ("7", "Ambulance response times and hospital handovers", "Purpose - To examine the "
              "progress made by ECAST, the ICB and NHUH in reducing ambulance response times "
              "and handover delays, and plans for winter 2025-26.",
         [("pdf", "7. Ambulance response and handovers - suggested approach", "188Kb"),
          ("pdf", "7. Appendix A - joint report ECAST, ICB and NHUH", "1204Kb")]),
        ("8", "Access to NHS dentistry", "Purpose - To receive an update on the dental "
              "recovery plan and the new dental access centres.",
         [("pdf", "8. Access to NHS dentistry - suggested approach", "176Kb"),
          ("pdf", "8. Appendix A - ICB report", "944Kb"),
          ("pdf", "8. Appendix B - Healthwatch Northfold dentistry survey", "2310Kb")]),
        ("9", "Northfold and Saxmund NHS Foundation Trust – progress following the Care "
              "Quality Commission inspection", "Purpose - To scrutinise the Trust’s "
              "improvement plan and the progress made since the CQC report of February 2025.",
         [("pdf", "9. NSFT - suggested approach", "162Kb"),
          ("pdf", "9. Appendix A - NSFT improvement plan update", "1580Kb")]),
        ("10", "Forward Work Programme", "Purpose - To consider and agree the Committee’s "
               "forward work programme.",
         [("pdf", "10. Forward work programme", "97Kb")]),
    ]),
]

CALENDAR_DAYS = [
    ["", "1", "2", "3", "4", "5", "6", "7"],
    ["", "8", "9", "10", "11", "12", "13", "14"],
    ["", "15", "16", "17", "18", "19", "20", "21"],
    ["", "22", "23", "24", "25", "26", "27", "28"],
    ["", "29", "30", "1", "2", "3", "4", "5"],
]


def agenda_html():
    out = ['<div class="AgendaItems">\n']
    for group, rows in AGENDA:
        out.append(f'<h3 class="AgendaGroup">{esc(group)}</h3>\n')
        out.append('<table class="AgendaTable" summary="Agenda items">\n')
        for num, title, purpose, docs in rows:
            out.append('<tr class="AgendaItemRow">\n')
            out.append(f'<td class="AgendaItemNumber">{num}</td>\n')
            out.append('<td class="AgendaItemDetails">\n')
            out.append(f'<span class="AgendaItemTitle">{esc(title)}</span>\n')
            if purpose:
                out.append(f'<div class="AgendaItemDescription"><p>{esc(purpose)}</p></div>\n')
            for kind, name, size in docs:
                slug = re.sub(r"[^a-z0-9]+", "", name.lower())[:24]
                out.append(f'<div class="AgendaItemDocument"><a class="PDF" href="{BASE}/'
                           f'Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo={slug}" '
                           f'target="_blank" title="{esc(name)}"><img src="./Meeting Details_files/'
                           f'pdf.gif" alt="{kind}"> {esc(name)}</a> <span class="DocSize">'
                           f'({size})</span></div>\n')
            out.append('</td>\n</tr>\n')
        out.append('</table>\n')
    out.append('</div>\n')
    return "".join(out)


def attendance_html():
    committee = ["Councillor Anneka Brewis", "Councillor Julie Fairweather",
                 "Councillor Patricia Gedge", "Councillor Margaret Ivory",
                 "Councillor Tom Lindqvist", "Councillor Helen Marsham",
                 "Councillor Desmond Okafor", "Councillor Stephen Pegg",
                 "Councillor Kathryn Sallis", "Councillor Owen Thurlow", "Councillor Graham Tydd"]
    out = ['<div id="AttendanceSection" class="MeetingSection">\n<h2>Attendance</h2>\n']
    out.append('<h3>Attended - Committee Members</h3>\n<table class="AttendanceTable">\n'
               '<tr><th scope="col">Name</th></tr>\n')
    for n in committee:
        out.append(f'<tr><td><a href="{BASE}/Councillors/tabid/62/ctl/ViewCMIS_Person/mid/383/'
                   f'id/{abs(hash_name(n))}/Default.aspx">{n}</a></td></tr>\n')
    out.append('</table>\n')
    out.append('<h3>Attended - Other Members</h3>\n<table class="AttendanceTable">\n'
               '<tr><th scope="col">Name</th></tr>\n'
               '<tr><td>Councillor Alan Whitlock</td></tr>\n</table>\n')
    out.append('<h3>Apologies</h3>\n<table class="AttendanceTable">\n'
               '<tr><th scope="col">Name</th><th scope="col">Reason for Sending Apology</th>'
               '<th scope="col">Substituted By</th></tr>\n'
               '<tr><td>Councillor Neville Ashdown</td><td>&nbsp;</td><td>&nbsp;</td></tr>\n'
               '<tr><td>Councillor Rosalind Crane</td><td>&nbsp;</td>'
               '<td>Councillor Stephen Pegg</td></tr>\n'
               '<tr><td>Councillor Paula Kerrison</td><td>&nbsp;</td><td>&nbsp;</td></tr>\n'
               '</table>\n')
    out.append('<h3>Absent</h3>\n<table class="AttendanceTable">\n'
               '<tr><th scope="col">Name</th><th scope="col">Reason for Absence</th>'
               '<th scope="col">Substituted By</th></tr>\n'
               '<tr><td colspan="3">No absentee information has been recorded for the meeting.'
               '</td></tr>\n</table>\n</div>\n')
    out.append('<div id="VisitorsSection" class="MeetingSection">\n<h2>Visitors</h2>\n'
               '<p>No visitor information has been recorded for the meeting.</p>\n</div>\n')
    out.append('<div id="DeclarationsSection" class="MeetingSection">\n'
               '<h2>Declarations of Interests</h2>\n<table class="DeclarationsTable">\n'
               '<tr><th scope="col">Member Name</th><th scope="col">Item Ref.</th>'
               '<th scope="col">Details</th><th scope="col">Nature of Declaration</th>'
               '<th scope="col">Action</th></tr>\n'
               '<tr><td>Councillor Julie Fairweather</td><td>7</td><td>Close family member '
               'employed as a paramedic by ECAST</td><td>Other</td><td>Noted in the minutes'
               '</td></tr>\n'
               '<tr><td>Councillor Kathryn Sallis</td><td>9</td><td>Public governor, NSFT</td>'
               '<td>Other</td><td>Noted in the minutes</td></tr>\n</table>\n</div>\n')
    return "".join(out)


def hash_name(name):
    # a stable small id for the councillor links (no use of Python's salted hash())
    return sum((i + 1) * ord(c) for i, c in enumerate(name)) % 9000 + 1000


def calendar_html():
    out = ['<div class="CalendarModule">\n<table class="MiniCalendar" summary="Calendar">\n'
           '<caption><a href="#" title="Previous month">&lt;</a> September 2025 '
           '<a href="#" title="Next month">&gt;</a></caption>\n'
           '<tr><th>Wk</th><th>Mo</th><th>Tu</th><th>We</th><th>Th</th><th>Fr</th><th>Sa</th>'
           '<th>Su</th></tr>\n']
    for wk, row in zip(range(36, 41), CALENDAR_DAYS):
        cells = [f"<td class=\"Week\">{wk}</td>"]
        for d in row[1:]:
            cls = "Selected" if (d == "11" and wk == 37) else "Day"
            cells.append(f'<td class="{cls}"><a href="#">{d}</a></td>')
        out.append("<tr>" + "".join(cells) + "</tr>\n")
    out.append('</table>\n<p class="CalendarLinks"><a href="#">Today</a> | '
               '<a href="#">Calendar of meetings</a></p>\n</div>\n')
    return "".join(out)


def page_html():
    nav = ["Home", "Meetings", "Committees", "Councillors", "Decisions", "Forward Plan",
           "Documents", "Search", "Subscribe", "Help"]
    viewstate = "/wEPDwUJNDU2Nzg5MDEyD2QWBmYPFgIeBFRleHQFPjwhRE9DVFlQRSBIVE1MIFBVQkxJQyAiLS8vVzND"
    h = []
    h.append('<!DOCTYPE HTML PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
             '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n')
    h.append(f"<!-- saved from url=(0131){BASE.replace('/northfoldcc', '')}{MEETING_PATH} -->\n")
    h.append('<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB" xml:lang="en-GB">'
             '<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n')
    h.append('<title>\n\tMeeting Details\n</title>\n'
             '<meta id="MetaDescription" name="DESCRIPTION" content="Northfold County Council - '
             'Committee Management Information System">\n'
             '<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke ">\n'
             '<link id="_Portals__default_" rel="stylesheet" type="text/css" '
             'href="./Meeting Details_files/default.css">\n'
             '<link id="_Portals_northfoldcc_Skins_NCC_" rel="stylesheet" type="text/css" '
             'href="./Meeting Details_files/skin.css">\n'
             '<link rel="SHORTCUT ICON" href="https://northfoldcc.cmis.uk.com/northfoldcc/Portals/'
             '0/favicon.ico">\n'
             '<style>p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:12.0pt;'
             'font-family:"Arial",sans-serif} .MeetingSection{margin-top:18px}</style>\n'
             '</head>\n')
    h.append('<body id="Body">\n')
    h.append(f'<form name="Form" method="post" action="{MEETING_PATH}" id="Form" '
             'enctype="multipart/form-data">\n<div>\n'
             f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}">\n'
             '</div>\n')
    h.append('<div id="skipLinks"><a href="#mainContent" class="skip">Skip to main content</a>'
             '</div>\n')
    h.append('<div id="header">\n<div id="logo"><a href="https://www.northfold.gov.uk/" '
             'title="Northfold County Council home page"><img src="./Meeting Details_files/'
             'ncc-logo.png" alt="Northfold County Council"></a></div>\n'
             '<div id="siteTitle">Committee meetings and decisions</div>\n'
             '<div id="headerSearch"><label for="q">Search</label> <input type="text" id="q" '
             'name="q"> <input type="submit" value="Go"></div>\n</div>\n')
    h.append('<div id="topNav"><ul class="navigation">\n')
    for item in nav:
        href = f"{BASE}/{item.replace(' ', '')}.aspx"
        cls = ' class="selected"' if item == "Meetings" else ""
        h.append(f'<li{cls}><a href="{href}">{item}</a></li>\n')
    h.append('</ul></div>\n')
    h.append('<div id="breadcrumb">You are here: <a href="' + BASE + '/Home.aspx">Home</a> &gt; '
             '<a href="' + BASE + '/Meetings.aspx">Meetings</a> &gt; Meeting Details</div>\n')
    h.append('<div id="leftPane">\n<h2>Meetings</h2>\n')
    h.append(calendar_html())
    h.append('<ul class="sideLinks">\n<li><a href="#">Meetings calendar</a></li>\n'
             '<li><a href="#">Committee list</a></li>\n<li><a href="#">Watch meetings online</a>'
             '</li>\n<li><a href="#">Have your say at a meeting</a></li>\n</ul>\n</div>\n')
    h.append('<div id="mainContent" class="contentPane">\n')
    h.append('<div class="MeetingDetails">\n<h1>Meeting Details</h1>\n'
             '<div class="MeetingSummary">\n<h2>Meeting Summary</h2>\n'
             f'<p class="CommitteeName"><a href="{BASE}/Committees/tabid/62/ctl/ViewCMIS_'
             f'CommitteeDetails/mid/381/id/22/Default.aspx">{esc(COMMITTEE)}</a></p>\n'
             '<p class="MeetingDate">11 Sep 2025 - 10:00 to 12:48</p>\n'
             '<p class="MeetingStatus">Occurred</p>\n'
             '<p class="MeetingLocation">Location: Council Chamber, County Hall, Martello Road, '
             'Kingsferry, KF1 2DH</p>\n'
             '<p class="MeetingContact">Contact: Kirsty Dunmore, Committee Officer, '
             'committees@northfold.gov.uk</p>\n'
             '<ul class="MeetingTabs">\n<li><a href="#DocumentsSection">Documents</a></li>\n'
             '<li><a href="#AttendanceSection">Attendance</a></li>\n'
             '<li><a href="#VisitorsSection">Visitors</a></li>\n'
             '<li><a href="#DeclarationsSection">Declarations of Interests</a></li>\n</ul>\n'
             '<p class="Webcast"><a href="#">Watch the recording of this meeting</a></p>\n'
             '</div>\n')
    h.append('<div id="DocumentsSection" class="MeetingSection">\n<h2>Documents</h2>\n'
             '<h3>Agenda</h3>\n'
             f'<p><a class="PDF" href="{BASE}/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo='
             'agendapack" title="Agenda">Agenda (4102Kb)</a> &nbsp; '
             f'<a class="PDF" href="{BASE}/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo='
             'nhoscbrief" title="NHOSC Briefing">NHOSC Briefing - 11 September 2025 (402Kb)</a></p>\n')
    h.append(agenda_html())
    h.append('<h3>Additional Meeting Documents</h3>\n'
             '<ul class="AdditionalDocuments">\n'
             f'<li><a class="PDF" href="{BASE}/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo='
             'minutes110925">Minutes (318Kb)</a></li>\n'
             f'<li><a class="PDF" href="{BASE}/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo='
             'pqt110925">Public Question Time - questions and responses (84Kb)</a></li>\n</ul>\n')
    h.append('<h3>Minutes</h3>\n<div class="MinutesDocument DocumentContent">\n')
    h.append(minutes_html())
    h.append('</div>\n</div>\n')
    h.append(attendance_html())
    h.append('</div>\n</div>\n')
    h.append('<div id="footer">\n<ul class="footerLinks">\n'
             '<li><a href="https://www.northfold.gov.uk/accessibility">Accessibility</a></li>\n'
             '<li><a href="https://www.northfold.gov.uk/privacy">Privacy</a></li>\n'
             '<li><a href="https://www.northfold.gov.uk/cookies">Cookies</a></li>\n'
             '<li><a href="https://www.northfold.gov.uk/contact">Contact us</a></li>\n</ul>\n'
             '<p>© Northfold County Council, County Hall, Martello Road, Kingsferry, KF1 2DH</p>\n'
             '<p class="poweredBy">Powered by CMIS</p>\n</div>\n')
    h.append('</form>\n</body></html>\n')
    return "".join(h)


# ---------------------------------------------------------------------------------------
# PDF: the members' briefing (not minutes)
# ---------------------------------------------------------------------------------------

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def build_briefing(path):
    from fpdf import FPDF

    class Briefing(FPDF):
        def header(self):
            self.set_font("Sans", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Northfold Health Overview and Scrutiny Committee – Briefing – "
                            "11 September 2025", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 8)
            self.cell(0, 10, f"{self.page_no()}", align="C")

    pdf = Briefing(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("NHOSC Briefing 11 September 2025")
    pdf.set_author("Northfold County Council")
    pdf.set_producer("Microsoft® Word for Microsoft 365")
    pdf.set_creator("Microsoft® Word for Microsoft 365")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    def h1(text):
        pdf.set_font("Sans", "B", 15)
        pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def h2(text):
        pdf.ln(2)
        pdf.set_font("Sans", "B", 11)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def para(text, bold=False):
        pdf.set_font("Sans", "B" if bold else "", 10)
        pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def numbered(num, text):
        pdf.set_font("Sans", "", 10)
        pdf.cell(12, 5.2, num)
        pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, 6, "Northfold County Council", new_x="LMARGIN", new_y="NEXT")
    h1("Northfold Health Overview and Scrutiny Committee\nNHOSC Briefing – 11 September 2025")
    para("This briefing is prepared by the Democratic Support and Scrutiny Manager for Members’ "
         "information. It is not an agenda item for discussion at the meeting, although Members "
         "may raise any matter in it under the forward work programme. Where an organisation "
         "has provided information in response to a request made at a previous meeting, its "
         "response is set out below in full.")

    h2("1. Responses to the Committee’s requests for information")
    numbered("1.1", "Community pharmacy closures (NHOSC 10 July 2025). Members asked how many "
                    "community pharmacies in Northfold had closed since April 2023, and whether "
                    "the ICB had assessed the effect on rural villages. The Northfold and "
                    "Wavenham ICB has responded that 14 pharmacies have closed permanently and 3 "
                    "have reduced their core opening hours. The ICB does not consider that a gap "
                    "in provision has arisen in any locality, but will review the pharmaceutical "
                    "needs assessment with the Health and Wellbeing Board in 2026.")
    numbered("1.2", "Stroke rehabilitation at Wavenham (NHOSC 10 July 2025). The Committee "
                    "requested the number of patients waiting for community stroke "
                    "rehabilitation. NHUH has advised that 47 patients were waiting at the end of "
                    "July, with a median wait of 11 days from discharge. Why is this figure higher "
                    "than in 2024? The Trust explains that two therapist posts were vacant over "
                    "the summer and have since been filled.")
    numbered("1.3", "Holmsea minor injuries unit. The ICB’s public consultation runs from 1 "
                    "September to 24 November 2025. Members will be asked to agree the "
                    "Committee’s response at the meeting on 23 October 2025. The proposed "
                    "response should be agreed before the close of the consultation so that it "
                    "can be taken into account by the ICB board in January 2026.")

    h2("2. Updates")
    numbered("2.1", "Ellingford Community Diagnostic Centre. The centre opened to patients on 4 "
                    "August 2025 and is now offering CT, MRI, ultrasound and phlebotomy seven "
                    "days a week. Members are invited to visit on 2 October 2025.")
    numbered("2.2", "Eastern Counties Ambulance Service NHS Trust. The Trust’s board agreed its "
                    "winter plan on 28 August 2025. A copy is available from the Democratic "
                    "Support and Scrutiny Manager on request.")
    numbered("2.3", "Healthwatch Northfold. Healthwatch has published its report on access to "
                    "hearing aid services, which recommends that the ICB recommissions the "
                    "service for adults over 55. The ICB is due to respond by 30 September.")

    h2("3. Forward work programme")
    pdf.set_font("Sans", "B", 9)
    widths = (34, 96, 40)
    for w, t in zip(widths, ("Meeting", "Subject", "Lead")):
        pdf.cell(w, 7, t, border=1)
    pdf.ln()
    pdf.set_font("Sans", "", 9)
    rows = [
        ("23 October 2025", "Holmsea minor injuries unit – response to consultation", "ICB"),
        ("23 October 2025", "Children’s speech and language therapy waiting times", "ICB / NHUH"),
        ("27 November 2025", "Winter preparedness across the health and care system", "ICB / NCC"),
        ("22 January 2026", "Primary care capacity in growth areas", "ICB / district councils"),
        ("5 March 2026", "Access to NHS dentistry – further update", "ICB"),
    ]
    for row in rows:
        for w, t in zip(widths, row):
            pdf.cell(w, 7, t, border=1)
        pdf.ln()
    pdf.ln(3)
    para("Members are asked to note the forward work programme. Any suggestions for additional "
         "topics should be sent to the Democratic Support and Scrutiny Manager.")

    h2("4. Glossary of terms")
    pdf.set_font("Sans", "", 9)
    for abbr, meaning in [
        ("ECAST", "Eastern Counties Ambulance Service NHS Trust"),
        ("ICB", "Northfold and Wavenham Integrated Care Board"),
        ("NHUH", "Northfold and Holmsea University Hospitals NHS Foundation Trust"),
        ("NSFT", "Northfold and Saxmund NHS Foundation Trust"),
        ("UDA", "Unit of dental activity"),
        ("CDC", "Community Diagnostic Centre"),
    ]:
        pdf.cell(24, 6, abbr, border=1)
        pdf.cell(146, 6, meaning, border=1)
        pdf.ln()
    pdf.ln(4)
    para("Officer contact: Peter Tennant, Democratic Support and Scrutiny Manager, "
         "peter.tennant@northfold.gov.uk, 01604 223 918.")
    para("If you need this document in large print, audio, Braille, alternative format or in a "
         "different language please contact Customer Services on 0300 123 4690 and we will do "
         "our best to help.")
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------

def normalise(text):
    text = text.lower()
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("P"))
    return re.sub(r"\s+", " ", text).strip()


def document_text(path):
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text()
    if suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if suffix == ".docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def check():
    ok = True
    for gold_path in sorted(GOLD.glob("lf-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        text = normalise(document_text(doc))
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, phrase in phrases:
            n_words = len(phrase.split())
            count = text.count(normalise(phrase))
            if count != 1 or not 6 <= n_words <= 15:
                ok = False
                print(f"FAIL {gold['document']}: {kind} {phrase!r}: {count} matches, "
                      f"{n_words} words")
        print(f"{gold['document']}: {len(phrases)} phrases checked, "
              f"{len(text.split())} words of text")
    print("check passed" if ok else "check FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_FILE).write_text(page_html(), encoding="utf-8")
    build_briefing(DOCS / BRIEFING_FILE)
    for gold in (GOLD_MINUTES, GOLD_BRIEFING):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("written:", MINUTES_FILE, BRIEFING_FILE)


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
