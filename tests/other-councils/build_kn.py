#!/usr/bin/env python3
"""Build the "kn-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_kn.py           build documents/kn-* and gold/kn-*.json
        build_kn.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import string
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2025, 3, 26, 9, 30, 0, tzinfo=dt.timezone.utc)

MINUTES_NAME = "kn-loxbridge-health-scrutiny-sub-committee-2025-03-19.pdf"
EIA_NAME = "kn-loxbridge-equality-impact-assessment-netherfold-day-centre.docx"

RUNNING_HEADER = "Health Scrutiny Sub-Committee 19.03.2025"

# ---------------------------------------------------------------------------
# The minutes, as blocks:
#   ("h", number, title)        item heading
#   ("p", number, text)         numbered paragraph
#   ("b", text)                 bullet
#   ("l", letter, text)         lettered clause
#   ("q", text)                 quoted question
#   ("gap",)                    small vertical space
# ---------------------------------------------------------------------------
MINUTES = [
    ("h", "1.", "APOLOGIES FOR ABSENCE"),
    ("p", "1.1", "Apologies for absence were received from Councillors Brian Holt and "
     "Nasima Akhtar. Councillor Peter Garside attended the meeting as the duly appointed "
     "substitute for Councillor Holt."),
    ("h", "2.", "EXCLUSION OF PUBLIC AND PRESS"),
    ("p", "2.1", "No items were identified where resolutions may be moved to exclude the "
     "public and press."),
    ("h", "3.", "DECLARATIONS OF INTEREST"),
    ("p", "3.1", "Councillor Hafsa Iqbal declared a personal interest in Item 7 on the "
     "agenda (Community Mental Health Transformation: Update) as she was employed by a "
     "voluntary sector organisation which received funding from Loxbridge Health and Care "
     "NHS Foundation Trust. She confirmed that the interest was not a disclosable "
     "pecuniary interest and remained in the meeting for the item."),
    ("h", "4.", "MINUTES OF PREVIOUS MEETING"),
    ("p", "4.1", "The minutes of the meeting of the Sub-Committee held on 22nd January 2025 "
     "were approved as a correct record, subject to the addition of Councillor Jennifer "
     "Cawthorne to the list of Members present."),
    ("p", "4.2", "Arising from the minutes, Councillor Martin Ogden asked whether the "
     "information on ambulance handover delays at the Royal Loxbridge Hospital, which had "
     "been promised at the last meeting, had been circulated to Members. The Policy and "
     "Improvement Officer advised that the information had not yet been received and "
     "undertook to chase it and circulate it before the next meeting."),
    ("h", "5.", "PUBLIC QUESTIONS AND PETITIONS"),
    ("p", "5.1", "The Sub-Committee received the following question from Mr Graham Lister, "
     "a member of the Shirebank Medical Centre Patient Participation Group:-"),
    ("q", "\u201cPatients at Shirebank are told to ring at 8.00 am, and by twenty past eight "
     "they are told that all the day\u2019s appointments have gone. What is this "
     "Sub-Committee doing to hold the Integrated Care Board to account for the 8 "
     "o\u2019clock scramble, and will it ask the ICB to publish how many appointments each "
     "practice in the city offers?\u201d"),
    ("p", "5.2", "The Chair thanked Mr Lister for his question and responded that access to "
     "general practice was the subject of Item 6 on the agenda and that she would ensure "
     "that his question was put to the representatives of the Integrated Care Board under "
     "that item. She added that appointment figures for each practice were already "
     "published by NHS England every month, and that the Policy and Improvement Officer "
     "would send Mr Lister details of where they could be found."),
    ("p", "5.3", "Ms Carol Dransfield then presented a petition containing 412 signatures "
     "objecting to the proposed relocation of the blood testing (phlebotomy) clinic from "
     "Tinsfield Health Centre to the Royal Loxbridge Hospital. Ms Dransfield stated that "
     "many of the people who used the clinic were older residents who did not drive, and "
     "that the journey from Tinsfield to the hospital by public transport involved two "
     "buses and could take over an hour each way. She asked the Sub-Committee to establish "
     "whether patients had been consulted before the decision had been taken."),
    ("p", "5.4", "The Chair thanked Ms Dransfield for presenting the petition and stated that "
     "the Sub-Committee would write to the Integrated Care Board to ask what engagement "
     "with patients had taken place, and whether the change had been assessed as a "
     "substantial variation in services."),
    ("p", "5.5", "The Sub-Committee noted the petition and agreed that a letter be sent to "
     "the ICB on its behalf, and that the response be reported to the next meeting."),
    ("h", "6.", "ACCESS TO GENERAL PRACTICE IN LOXBRIDGE"),
    ("p", "6.1", "The Sub-Committee received a report of NHS Loxbridge and District "
     "Integrated Care Board (ICB) which provided an update on access to general practice "
     "in the city, including progress against the national Delivery Plan for Recovering "
     "Access to Primary Care, the move to a \u201cmodern general practice\u201d model, the "
     "introduction of cloud-based telephony and the results of the 2024 GP Patient Survey."),
    ("p", "6.2", "Present for this item were Rachel Ibbotson (Director of Primary Care, "
     "Loxbridge Place, ICB) and Dr Imran Qureshi (GP Clinical Lead, Loxbridge Place, ICB)."),
    ("p", "6.3", "Rachel Ibbotson introduced the report, highlighting that general practice "
     "in the city had delivered 3.41 million appointments in 2024, an increase of 6.2% on "
     "the previous year, that 79 of the city\u2019s 83 practices had moved to cloud-based "
     "telephony, and that the proportion of patients who described their overall "
     "experience of contacting their practice as good had risen from 47% to 51%. She "
     "acknowledged, however, that there remained a gap of over 30 percentage points "
     "between the best and worst performing practices, and that patients in the most "
     "deprived parts of the city consistently reported the poorest experience of access."),
    ("p", "6.4", "Members made various comments and asked a number of questions, to which "
     "responses were given as follows:-"),
    ("b", "A Member asked why, if the number of appointments had increased, so many "
     "residents were still telling councillors that they could not get through to their "
     "practice. It was explained that demand had risen faster than capacity, particularly "
     "among older patients with several long-term conditions, and that the new telephone "
     "systems allowed practices to offer a call-back rather than leaving patients waiting "
     "in a queue."),
    ("b", "Members put Mr Lister\u2019s question, raised under Item 5 above, to the ICB "
     "representatives. Rachel Ibbotson responded that the ICB was supporting practices to "
     "move away from the 8.00 am rush by assessing requests throughout the day, and that "
     "she would be happy to meet the Shirebank Patient Participation Group directly. She "
     "confirmed that the ICB would include practice-level data in its next report to the "
     "Sub-Committee."),
    ("b", "Councillor Tom Sayles expressed concern that online consultation tools "
     "disadvantaged residents who were not confident using the internet or whose first "
     "language was not English. Dr Qureshi agreed that online access should be in addition "
     "to, and not instead of, telephone and face to face access, and stated that all "
     "practices were required to keep their telephone lines and reception desks open "
     "throughout core hours."),
    ("b", "In response to a question about the Additional Roles Reimbursement Scheme, "
     "Members were informed that 214 staff were now employed through the scheme across the "
     "city\u2019s 15 Primary Care Networks, including clinical pharmacists, "
     "physiotherapists, social prescribers and mental health practitioners, but that some "
     "networks had been unable to fill posts because there was not enough room in their "
     "buildings for the new staff to work from."),
    ("b", "Councillor Gail Rowbotham referred to reports that newly qualified GPs were unable "
     "to find work in the city despite the shortage of GPs, and asked what the ICB was "
     "doing about this. Dr Qureshi explained that practices could claim reimbursement for "
     "the additional roles but not for salaried GPs, which meant that some practices could "
     "not afford to take on newly qualified doctors. The ICB had raised this with NHS "
     "England and had used some of its own funding to support 11 newly qualified GPs into "
     "posts in practices in the east of the city."),
    ("b", "A Member asked whether the ICB intended to commission any new practices in the "
     "east of the city, where list sizes were the highest. It was explained that a "
     "contract for the Lowedge Surgery had been awarded to a new provider following a "
     "procurement in 2024, and that there were no current plans for further procurements, "
     "although the ICB would keep list sizes under review."),
    ("b", "Dawn Kettleborough (Healthwatch Loxbridge) reported that the difficulty of getting "
     "through to practices on the telephone remained the most common issue raised with "
     "Healthwatch about GP services, followed by a lack of continuity of care for patients "
     "with long-term conditions, and asked that the findings of Healthwatch\u2019s recent "
     "survey of 1,100 patients be reflected in the ICB\u2019s access improvement plan."),
    ("b", "Councillor Craig Whitlam requested that a breakdown of appointment data by Primary "
     "Care Network, including the proportion of appointments that were delivered face to "
     "face, be circulated to Members. Rachel Ibbotson agreed to provide this."),
    ("p", "6.5", "RESOLVED: That the Sub-Committee:-"),
    ("l", "(a)", "thanks Rachel Ibbotson and Dr Imran Qureshi for attending the meeting and "
     "responding to Members\u2019 questions;"),
    ("l", "(b)", "notes the contents of the report and the responses to the questions "
     "raised; and"),
    ("l", "(c)", "requests that a further report on access to general practice, including "
     "practice-level data on patients\u2019 experience of access and the ICB\u2019s response "
     "to the findings of the Healthwatch Loxbridge survey, be submitted to the "
     "Sub-Committee in the autumn."),
    ("h", "7.", "COMMUNITY MENTAL HEALTH TRANSFORMATION: UPDATE"),
    ("p", "7.1", "The Sub-Committee received a report of Loxbridge Health and Care NHS "
     "Foundation Trust which provided an update on the transformation of community mental "
     "health services for adults, including the establishment of four locality-based "
     "Primary and Community Mental Health Teams, the expansion of alternatives to hospital "
     "for people in crisis and progress in reducing out of area placements."),
    ("p", "7.2", "Present for this item were Joanne Marsden (Director of Strategy, Loxbridge "
     "Health and Care NHS Foundation Trust), Dr Paul Etherington (Clinical Director, "
     "Community Services, Loxbridge Health and Care NHS Foundation Trust) and Karen "
     "Broadhead (Head of Mental Health, Learning Disability and Autism Commissioning, "
     "Loxbridge Place, ICB)."),
    ("p", "7.3", "Joanne Marsden gave a presentation which highlighted that the new teams had "
     "supported 6,800 people during 2024, that the average wait for a first appointment "
     "had fallen from 11 weeks to 6 weeks, and that the number of people placed in beds "
     "outside Loxbridge had reduced from 31 in April 2024 to 9 in February 2025. The "
     "Netherfold Crisis Caf\u00e9 had opened seven evenings a week from January 2025 and had "
     "been used by 1,240 people in its first ten weeks."),
    ("p", "7.4", "Members made various comments and asked a number of questions, to which "
     "responses were given as follows:-"),
    ("b", "A Member asked how long people were waiting for psychological therapies once they "
     "had been assessed by the new teams. Dr Etherington stated that, although the wait for "
     "a first appointment had fallen, the wait from assessment to the start of a course of "
     "psychological therapy was still around 22 weeks for some therapies, and that the "
     "Trust was recruiting additional psychologists to address this."),
    ("b", "Concern was expressed that some of the people placed out of area had been sent to "
     "hospitals run by private companies many miles from Loxbridge, making it difficult for "
     "families to visit. Joanne Marsden confirmed that the majority of out of area "
     "placements had been in independent sector hospitals, as there were not enough NHS "
     "beds in the region, and that the cost to the Trust had been \u00a34.2 million in "
     "2023/24. The Trust\u2019s aim was to end inappropriate out of area placements by the "
     "end of 2025."),
    ("b", "Councillor Hafsa Iqbal asked about the length of the contracts held by voluntary "
     "and community sector partners delivering parts of the new model, noting that "
     "one-year funding made it difficult for small organisations to keep their staff. "
     "Karen Broadhead responded that the ICB and the Trust had moved to three year grant "
     "agreements with the voluntary sector partners from April 2025, with an option to "
     "extend for a further two years."),
    ("b", "In response to a question regarding young people moving from children\u2019s "
     "services to adult mental health services, Dr Etherington stated that a transitions "
     "protocol had been agreed with the Children and Young People\u2019s Mental Health "
     "Service and that a named worker would now be identified for each young person from "
     "the age of seventeen and a half."),
    ("b", "Councillor Dominic Fairley asked what support was available out of hours for "
     "someone in crisis who did not want to go to the Emergency Department. It was "
     "explained that the Netherfold Crisis Caf\u00e9 was now open from 6.00 pm until "
     "midnight every day, that the NHS 111 mental health option was available at all "
     "times, and that the Trust was working with South Pennine Police on a joint response "
     "to people in crisis in line with the national Right Care, Right Person approach."),
    ("b", "Members welcomed the reduction in out of area placements and the work of staff in "
     "the community teams, which had been achieved against a background of high vacancy "
     "rates in some professions."),
    ("p", "7.5", "Councillor Jennifer Cawthorne queried how the Trust would know whether the "
     "transformation was making a difference to the people using the new teams, and sought "
     "clarification on whether the views of service users had been sought. Dr Etherington "
     "explained that the Trust was using a nationally recognised outcome measure at each "
     "review, and that a group of people with lived experience had been involved in "
     "designing the new model from the outset and continued to meet monthly with the "
     "clinical leads. Councillor Cawthorne asked that the outcome data be included in the "
     "next update, and the Chair agreed that this would be requested."),
    ("p", "7.6", "RESOLVED: That the Sub-Committee:-"),
    ("l", "(a)", "thanks the representatives of Loxbridge Health and Care NHS Foundation Trust "
     "and the ICB for attending the meeting and responding to questions;"),
    ("l", "(b)", "notes the progress made in the transformation of community mental health "
     "services; and"),
    ("l", "(c)", "recommends to the Adult Health and Social Care Policy Committee that the "
     "longer term funding of voluntary sector partners delivering mental health support "
     "be considered as part of the Council\u2019s review of its grants to the voluntary and "
     "community sector."),
    ("h", "8.", "HOSPITAL DISCHARGE AND HOME CARE: WINTER 2024/25"),
    ("p", "8.1", "The Sub-Committee received a joint report of the Strategic Director of Adult "
     "Care and Wellbeing and Loxbridge Teaching Hospitals NHS Foundation Trust which set "
     "out performance on hospital discharge over winter 2024/25, the capacity of the home "
     "care market and the use of the Better Care Fund to support discharge."),
    ("p", "8.2", "Present for this item were Councillor Angela Brierley (Chair, Adult Health "
     "and Social Care Policy Committee), Michael Furniss (Strategic Director of Adult Care "
     "and Wellbeing), Louise Padgett (Head of Commissioning, Adult Care) and Helen "
     "Shackleton (Director of Operations, Loxbridge Teaching Hospitals NHS Foundation "
     "Trust)."),
    ("p", "8.3", "Councillor Angela Brierley introduced the item, and Michael Furniss and "
     "Helen Shackleton gave a presentation which highlighted that the average number of "
     "patients in the city\u2019s hospitals who no longer met the criteria to reside had "
     "fallen from 205 in January 2024 to 138 in January 2025, that the number of hours of "
     "home care purchased each week had increased to 41,600, and that there had been no "
     "waiting list for home care since October 2024. They also reported that the average "
     "length of stay in the Council\u2019s discharge to assess beds had fallen from 39 days "
     "to 27 days."),
    ("p", "8.4", "Members made various comments and asked a number of questions, to which "
     "responses were given as follows:-"),
    ("b", "A Member asked what proportion of home care was now provided directly by the "
     "Council. Louise Padgett stated that around 88% of the home care purchased by the "
     "Council was delivered by 36 independent providers under the Council\u2019s framework "
     "contract, and that the remainder was delivered by the Council\u2019s in-house "
     "reablement service, the Short Term Intervention Team, which focused on the first six "
     "weeks after discharge."),
    ("b", "Councillor Martin Ogden expressed concern at the turnover of care workers employed "
     "by home care providers and asked whether the Council knew what providers were paying "
     "their staff. Michael Furniss responded that the Council had set its fee rates since "
     "April 2023 at a level which enabled providers to pay at least the Real Living Wage, "
     "that this was a condition of the framework contract, and that staff turnover across "
     "the providers had fallen from 38% to 29% over two years."),
    ("b", "In response to a question about readmissions, Helen Shackleton reported that the "
     "proportion of patients readmitted within 30 days of discharge had remained at around "
     "14%, which was in line with comparable trusts, and that the Trust was auditing the "
     "readmission of patients who had been discharged at weekends."),
    ("b", "Councillor Gail Rowbotham asked what happened to patients who were homeless, or "
     "whose homes were no longer suitable, when they were ready to leave hospital. It was "
     "explained that a housing officer from the Council\u2019s Housing Solutions service was "
     "now based in the Transfer of Care Hub three days a week, and that the number of "
     "patients delayed in hospital for housing reasons had halved since the post was "
     "created. Adaptations funded through the Disabled Facilities Grant were being "
     "prioritised for people awaiting discharge."),
    ("b", "Councillor Peter Garside asked whether the Better Care Fund was being spent too "
     "heavily on discharge at the expense of prevention. Michael Furniss accepted that the "
     "balance had shifted towards discharge over the last two winters and stated that the "
     "Better Care Fund plan for 2025/26, which was being developed jointly with the ICB, "
     "would increase investment in falls prevention and community support to help people "
     "remain independent at home."),
    ("b", "Councillor Jennifer Cawthorne requested that unpaid carers be involved in decisions "
     "about discharge from the start, commenting that she had heard from several carers who "
     "had been told about a discharge on the day it happened. Helen Shackleton apologised "
     "for these experiences and stated that the Trust\u2019s discharge policy required carers "
     "to be involved, and that a carers\u2019 champion had now been appointed on each ward."),
    ("b", "Councillor Tom Sayles commented that the Council should consider bringing more of "
     "the home care service back in-house, in view of the profits being made by some of "
     "the larger providers."),
    ("p", "8.5", "RESOLVED: That the Sub-Committee:-"),
    ("l", "(a)", "notes the contents of the report and the improvements in hospital discharge "
     "performance over the winter;"),
    ("l", "(b)", "requests that the Strategic Director of Adult Care and Wellbeing circulates "
     "information on staff turnover and pay rates among home care providers to Members; "
     "and"),
    ("l", "(c)", "requests that the draft Better Care Fund plan for 2025/26 be submitted to "
     "the Sub-Committee before it is finalised."),
    ("h", "9.", "WORK PROGRAMME"),
    ("p", "9.1", "The Sub-Committee received a report of the Policy and Improvement Officer, "
     "Emily Standbridge, setting out the Sub-Committee\u2019s draft work programme for "
     "2025/26."),
    ("p", "9.2", "Councillor Dominic Fairley requested that an item on access to NHS "
     "dentistry be added to the work programme, as residents in his ward had been unable "
     "to find a dentist taking on NHS patients. Emily Standbridge advised that the ICB had "
     "offered to report on its plans for dental services at the September meeting."),
    ("p", "9.3", "RESOLVED: That the work programme be approved, subject to the inclusion of "
     "an item on access to NHS dental services at the September 2025 meeting."),
    ("h", "10.", "DATE OF NEXT MEETING"),
    ("p", "10.1", "It was noted that the next meeting of the Sub-Committee would be held on "
     "Wednesday, 18th June 2025, at 4.00 pm, at the Town Hall."),
]

PRESENT = ("Councillors Alison Pryor (Chair), Craig Whitlam (Deputy Chair), Jennifer "
           "Cawthorne, Dominic Fairley, Hafsa Iqbal, Martin Ogden, Gail Rowbotham, Tom "
           "Sayles and Peter Garside (Substitute Member)")
NON_COUNCIL = "Dawn Kettleborough (Healthwatch Loxbridge)"


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------
def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Sub-Committee",
    "meeting_date": "2025-03-19",
    "items": [
        {"number": "1", "title": "Apologies for Absence"},
        {"number": "2", "title": "Exclusion of Public and Press"},
        {"number": "3", "title": "Declarations of Interest"},
        {"number": "4", "title": "Minutes of Previous Meeting"},
        {"number": "5", "title": "Public Questions and Petitions"},
        {"number": "6", "title": "Access to General Practice in Loxbridge"},
        {"number": "7", "title": "Community Mental Health Transformation: Update"},
        {"number": "8", "title": "Hospital Discharge and Home Care: Winter 2024/25"},
        {"number": "9", "title": "Work Programme"},
        {"number": "10", "title": "Date of Next Meeting"},
    ],
    "questions": [
        q("4", "question",
          "Councillor Martin Ogden asked whether the information on ambulance handover delays",
          "Councillor Martin Ogden",
          "undertook to chase it and circulate it before the next meeting",
          "The Policy and Improvement Officer", []),
        q("5", "question",
          "What is this Sub-Committee doing to hold the Integrated Care Board to account",
          "Mr Graham Lister",
          "access to general practice was the subject of Item 6 on the agenda",
          "The Chair", ["primary-care", "governance", "patient-and-public-input"]),
        q("5", "concern",
          "many of the people who used the clinic were older residents who did not drive",
          "Ms Carol Dransfield",
          "the Sub-Committee would write to the Integrated Care Board to ask what engagement",
          "The Chair", ["patient-and-public-input"]),
        q("6", "question",
          "so many residents were still telling councillors that they could not get through",
          None,
          "demand had risen faster than capacity, particularly among older patients",
          None, ["primary-care"]),
        q("6", "question",
          "Members put Mr Lister's question, raised under Item 5 above, to the ICB",
          None,
          "the ICB was supporting practices to move away from the 8.00 am rush",
          "Rachel Ibbotson", ["primary-care", "patient-and-public-input"]),
        q("6", "concern",
          "expressed concern that online consultation tools disadvantaged residents who were not confident",
          "Councillor Tom Sayles",
          "all practices were required to keep their telephone lines and reception desks open",
          "Dr Qureshi", ["primary-care"]),
        q("6", "question",
          "In response to a question about the Additional Roles Reimbursement Scheme",
          None,
          "214 staff were now employed through the scheme across the city's 15 Primary Care Networks",
          None, ["primary-care", "workforce"]),
        q("6", "question",
          "referred to reports that newly qualified GPs were unable to find work in the city",
          "Councillor Gail Rowbotham",
          "practices could claim reimbursement for the additional roles but not for salaried GPs",
          "Dr Qureshi", ["primary-care", "workforce", "finance"]),
        q("6", "question",
          "asked whether the ICB intended to commission any new practices in the east",
          None,
          "a contract for the Lowedge Surgery had been awarded to a new provider",
          None, ["primary-care", "subcontracting"]),
        q("6", "request",
          "asked that the findings of Healthwatch's recent survey of 1,100 patients be reflected",
          "Dawn Kettleborough",
          None, None, ["primary-care", "patient-and-public-input"]),
        q("6", "request",
          "requested that a breakdown of appointment data by Primary Care Network",
          "Councillor Craig Whitlam",
          "Rachel Ibbotson agreed to provide this",
          "Rachel Ibbotson", ["primary-care"]),
        q("7", "question",
          "asked how long people were waiting for psychological therapies once they had been assessed",
          None,
          "the wait from assessment to the start of a course of psychological therapy",
          "Dr Etherington", ["mental-health", "workforce"]),
        q("7", "concern",
          "people placed out of area had been sent to hospitals run by private companies",
          None,
          "the majority of out of area placements had been in independent sector hospitals",
          "Joanne Marsden", ["mental-health", "privatisation", "finance"]),
        q("7", "question",
          "asked about the length of the contracts held by voluntary and community sector partners",
          "Councillor Hafsa Iqbal",
          "had moved to three year grant agreements with the voluntary sector partners",
          "Karen Broadhead",
          ["mental-health", "subcontracting", "finance", "workforce"]),
        q("7", "question",
          "In response to a question regarding young people moving from children's services",
          None,
          "a named worker would now be identified for each young person",
          "Dr Etherington", ["mental-health", "children-and-families"]),
        q("7", "question",
          "asked what support was available out of hours for someone in crisis",
          "Councillor Dominic Fairley",
          "the Netherfold Crisis Café was now open from 6.00 pm until midnight every day",
          None, ["mental-health"]),
        q("7", "comment",
          "Members welcomed the reduction in out of area placements and the work of staff",
          None, None, None, ["mental-health", "workforce"]),
        q("7", "question",
          "queried how the Trust would know whether the transformation was making a difference",
          "Councillor Jennifer Cawthorne",
          "a group of people with lived experience had been involved in designing the new model",
          "Dr Etherington", ["mental-health", "patient-and-public-input"]),
        q("7", "request",
          "Councillor Cawthorne asked that the outcome data be included in the next update",
          "Councillor Cawthorne",
          "the Chair agreed that this would be requested",
          "The Chair", ["mental-health"]),
        q("8", "question",
          "asked what proportion of home care was now provided directly by the Council",
          None,
          "was delivered by 36 independent providers under the Council's framework contract",
          "Louise Padgett",
          ["adult-social-care", "subcontracting", "privatisation"]),
        q("8", "concern",
          "expressed concern at the turnover of care workers employed by home care providers",
          "Councillor Martin Ogden",
          "enabled providers to pay at least the Real Living Wage",
          "Michael Furniss", ["adult-social-care", "workforce", "finance"]),
        q("8", "question",
          "In response to a question about readmissions, Helen Shackleton reported",
          None,
          "readmitted within 30 days of discharge had remained at around 14%",
          "Helen Shackleton", ["adult-social-care"]),
        q("8", "question",
          "asked what happened to patients who were homeless, or whose homes were no longer suitable",
          "Councillor Gail Rowbotham",
          "a housing officer from the Council's Housing Solutions service was now based",
          None, ["housing", "adult-social-care"]),
        q("8", "question",
          "asked whether the Better Care Fund was being spent too heavily on discharge",
          "Councillor Peter Garside",
          "would increase investment in falls prevention and community support",
          "Michael Furniss",
          ["integration", "finance", "public-health", "adult-social-care"]),
        q("8", "request",
          "requested that unpaid carers be involved in decisions about discharge from the start",
          "Councillor Jennifer Cawthorne",
          "a carers' champion had now been appointed on each ward",
          "Helen Shackleton", ["adult-social-care"]),
        q("8", "comment",
          "commented that the Council should consider bringing more of the home care service back",
          "Councillor Tom Sayles", None, None,
          ["adult-social-care", "privatisation"]),
        q("9", "request",
          "requested that an item on access to NHS dentistry be added to the work programme",
          "Councillor Dominic Fairley",
          "the ICB had offered to report on its plans for dental services",
          "Emily Standbridge", ["primary-care"]),
    ],
    "resolutions": [
        r("4", "were approved as a correct record, subject to the addition of Councillor Jennifer",
          "agreed", []),
        r("5", "The Sub-Committee noted the petition and agreed that a letter be sent",
          "agreed", ["patient-and-public-input"]),
        r("6", "requests that a further report on access to general practice, including",
          "agreed", ["primary-care", "patient-and-public-input"]),
        r("7", "recommends to the Adult Health and Social Care Policy Committee that the longer term",
          "recommended", ["mental-health", "finance", "subcontracting"]),
        r("8", "requests that the Strategic Director of Adult Care and Wellbeing circulates",
          "agreed", ["adult-social-care", "workforce", "integration"]),
        r("9", "That the work programme be approved, subject to the inclusion of an item",
          "agreed", ["primary-care"]),
    ],
    "attendees": [
        a("Alison Pryor", "Chair", "present"),
        a("Craig Whitlam", "Deputy Chair", "present"),
        a("Jennifer Cawthorne", None, "present"),
        a("Dominic Fairley", None, "present"),
        a("Hafsa Iqbal", None, "present"),
        a("Martin Ogden", None, "present"),
        a("Gail Rowbotham", None, "present"),
        a("Tom Sayles", None, "present"),
        a("Peter Garside", "Substitute Member", "present"),
        a("Dawn Kettleborough", "Healthwatch Loxbridge", "present"),
        a("Brian Holt", None, "apologies"),
        a("Nasima Akhtar", None, "apologies"),
        a("Rachel Ibbotson", "Director of Primary Care, Loxbridge Place, ICB", "in_attendance"),
        a("Dr Imran Qureshi", "GP Clinical Lead, Loxbridge Place, ICB", "in_attendance"),
        a("Joanne Marsden",
          "Director of Strategy, Loxbridge Health and Care NHS Foundation Trust",
          "in_attendance"),
        a("Dr Paul Etherington",
          "Clinical Director, Community Services, Loxbridge Health and Care NHS Foundation Trust",
          "in_attendance"),
        a("Karen Broadhead",
          "Head of Mental Health, Learning Disability and Autism Commissioning, Loxbridge Place, ICB",
          "in_attendance"),
        a("Councillor Angela Brierley",
          "Chair, Adult Health and Social Care Policy Committee", "in_attendance"),
        a("Michael Furniss", "Strategic Director of Adult Care and Wellbeing", "in_attendance"),
        a("Louise Padgett", "Head of Commissioning, Adult Care", "in_attendance"),
        a("Helen Shackleton",
          "Director of Operations, Loxbridge Teaching Hospitals NHS Foundation Trust",
          "in_attendance"),
    ],
}

EIA_GOLD = {"document": EIA_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------
def build_pdf(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    LM, RM = 20.0, 20.0
    NUM_W = 14.0          # number column
    TX = LM + NUM_W        # text column
    LH = 5.3              # line height

    class Minutes(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("Sans", "", 8.5)
                self.set_xy(LM, 10)
                self.cell(0, 4, RUNNING_HEADER, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                self.set_y(20)

        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 8.5)
            self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Minutes(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Health Scrutiny Sub-Committee - 19 March 2025")
    pdf.set_author("Democratic Services")
    pdf.set_creator("Loxbridge City Council")
    pdf.set_producer("Loxbridge City Council")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(LM, 20, RM)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    # Title block
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, "LOXBRIDGE CITY COUNCIL", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.set_font("Sans", "B", 15)
    pdf.cell(0, 8, "Health Scrutiny Sub-Committee", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, "Meeting held 19 March 2025", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)

    def labelled(label, text, label_w=30.0, bold_label=True):
        y = pdf.get_y()
        pdf.set_font("Sans", "B" if bold_label else "", 10)
        pdf.set_xy(LM, y)
        pdf.cell(label_w, LH, label)
        pdf.set_font("Sans", "", 10)
        pdf.set_left_margin(LM + label_w)
        pdf.set_xy(LM + label_w, y)
        pdf.multi_cell(0, LH, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_left_margin(LM)

    labelled("PRESENT:", PRESENT)
    pdf.ln(2)
    labelled("", "Non-Council Member (non-voting):- " + NON_COUNCIL)
    pdf.ln(3)
    pdf.set_draw_color(0, 0, 0)
    pdf.line(LM, pdf.get_y(), 210 - RM, pdf.get_y())
    pdf.ln(4)

    def room(mm):
        if pdf.get_y() + mm > pdf.h - 20:
            pdf.add_page()

    def text_at(x, label, text, style="", align="J", label_x=None):
        y = pdf.get_y()
        if label:
            pdf.set_font("Sans", "", 10)
            pdf.set_xy(label_x if label_x is not None else LM, y)
            pdf.cell(x - (label_x if label_x is not None else LM), LH, label)
        pdf.set_font("Sans", style, 10)
        pdf.set_left_margin(x)
        pdf.set_xy(x, y)
        pdf.multi_cell(0, LH, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_left_margin(LM)
        pdf.set_x(LM)

    for block in MINUTES:
        kind = block[0]
        if kind == "h":
            room(18)
            pdf.ln(2)
            y = pdf.get_y()
            pdf.set_font("Sans", "B", 10)
            pdf.set_xy(LM, y)
            pdf.cell(NUM_W, LH, block[1])
            pdf.set_xy(TX, y)
            pdf.multi_cell(0, LH, block[2], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        elif kind == "p":
            room(11)
            text_at(TX, block[1], block[2])
            pdf.ln(2.5)
        elif kind == "b":
            room(11)
            text_at(TX + 6, "\u2022", block[1], label_x=TX)
            pdf.ln(2)
        elif kind == "l":
            room(11)
            text_at(TX + 9, block[1], block[2], label_x=TX)
            pdf.ln(1.5)
        elif kind == "q":
            room(11)
            pdf.set_right_margin(RM + 10)
            text_at(TX + 8, "", block[1], style="I", align="L")
            pdf.set_right_margin(RM)
            pdf.ln(2.5)

    pdf.ln(4)
    pdf.set_font("Sans", "", 10)
    room(12)
    pdf.set_x(TX)
    pdf.cell(0, LH, "(The meeting ended at 6.35 pm)", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# DOCX: Equality Impact Assessment (not minutes)
# ---------------------------------------------------------------------------
def build_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor, Cm

    doc = Document()
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = s.bottom_margin = Cm(2)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)

    cp = doc.core_properties
    cp.author = "Adult Care and Wellbeing"
    cp.last_modified_by = "Adult Care and Wellbeing"
    cp.title = "Equality Impact Assessment 1425 - Netherfold Day Centre"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 4

    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Loxbridge City Council \u2013 Equality Impact Assessment (EIA 1425)"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    p = doc.add_paragraph()
    run = p.add_run("Equality Impact Assessment")
    run.bold = True
    run.font.size = Pt(18)
    run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    doc.add_paragraph("Guidance on completing this form is available on the intranet. "
                      "Please contact the Equality Lead Officer for your portfolio if you "
                      "need help. Completed EIAs are published with the decision report.")

    doc.add_heading("PART A \u2013 Initial Impact Assessment", level=1)

    def grid(rows, widths=(6.0, 11.0)):
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, value in rows:
            cells = t.add_row().cells
            cells[0].width = Cm(widths[0])
            cells[1].width = Cm(widths[1])
            cells[0].paragraphs[0].add_run(label).bold = True
            cells[1].paragraphs[0].text = value
        doc.add_paragraph()
        return t

    grid([
        ("Proposal name", "Day Opportunities for Older People: proposed closure of "
         "Netherfold Day Centre and re-provision of day support in the community"),
        ("EIA ID", "1425"),
        ("EIA author", "Sandra Whitehouse, Service Manager, Day Opportunities"),
        ("Proposal outline",
         "Netherfold Day Centre, Stannard Road, is a council-run day centre for older "
         "people, many of whom are living with dementia. Attendance has fallen from an "
         "average of 41 people a day in 2019 to 17 a day in 2024, and the building needs "
         "an estimated \u00a3610,000 of repairs over the next five years. It is proposed "
         "that the centre closes and that the people who use it are supported to attend "
         "the Council\u2019s other day centre at Greavesley Lodge, or community-based day "
         "activities commissioned from voluntary sector organisations, following a "
         "review of each person\u2019s care and support plan."),
        ("Proposal type", "\u2610 Budget    \u2612 Non-Budget"),
        ("Year of proposal", "2025/26"),
        ("Decision type", "\u2610 Strategy and Resources Policy Committee    "
         "\u2612 Adult Health and Social Care Policy Committee    \u2610 Council    "
         "\u2610 Officer decision"),
        ("Entered on Q Tier", "\u2612 Yes    \u2610 No"),
        ("Lead Director for proposal", "Michael Furniss, Strategic Director of Adult Care "
         "and Wellbeing"),
        ("Equality Lead Officer", "Nadia Ahmed"),
        ("EIA start date", "6 January 2025"),
        ("Lead equality objective", "Ensuring that services are accessible to all and "
         "meet the needs of the people who use them"),
    ])

    doc.add_heading("Impacted characteristics", level=2)
    doc.add_paragraph("Please tick all the groups that may be affected by this proposal.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Characteristic", "Affected?", "Characteristic", "Affected?"]):
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    chars = [("Age", "\u2612"), ("Carers", "\u2612"), ("Disability", "\u2612"),
             ("Health", "\u2612"), ("Pregnancy/Maternity", "\u2610"), ("Race", "\u2610"),
             ("Religion/Belief", "\u2610"), ("Sex", "\u2612"), ("Sexual Orientation", "\u2610"),
             ("Gender Reassignment", "\u2610"), ("Partners", "\u2610"),
             ("Poverty & Financial Inclusion", "\u2612"), ("Armed Forces", "\u2610"),
             ("Voluntary/Community & Faith Sectors", "\u2612"), ("Cohesion", "\u2610"),
             ("Other", "\u2610")]
    for i in range(0, len(chars), 2):
        c = t.add_row().cells
        c[0].text, c[1].text = chars[i]
        c[2].text, c[3].text = chars[i + 1]
    doc.add_paragraph()

    doc.add_heading("Consultation and other engagement", level=2)
    grid([
        ("Cumulative impact: does the proposal have a cumulative impact?",
         "\u2612 Yes    \u2610 No. The proposal follows the closure of the Ashgate "
         "lunch club in 2023 and changes to community transport in the north of the city."),
        ("Are staff who may be affected by these proposals aware of them?",
         "Yes. The 14 staff at Netherfold (10.6 full time equivalent) were briefed on 13 "
         "January 2025 and trade unions have been consulted. No compulsory redundancies "
         "are expected, as vacant posts are being held at Greavesley Lodge."),
        ("Are customers who may be affected by these proposals aware of them?",
         "Yes. A public consultation ran for twelve weeks from 20 January to 14 April "
         "2025. Every person who attends the centre, and their family carer, has been "
         "offered a face to face conversation with a social worker."),
        ("If you have said no to either of the above, please say why.", "Not applicable."),
    ])

    doc.add_heading("Initial impact overview", level=2)
    grid([
        ("Based on the information about the proposal, what will the overall equality "
         "impact be?",
         "The proposal is likely to have a negative impact on older and disabled people "
         "who use the centre and on their carers, some of whom rely on the centre to "
         "remain in paid work. The impact is expected to be mitigated by individual "
         "reviews, the offer of transport to Greavesley Lodge and the development of "
         "community-based day activities."),
        ("Is a Full Impact Assessment required at this stage?", "\u2612 Yes    \u2610 No"),
        ("If the impact is more than minor, in that it will impact on a particular "
         "protected characteristic, you must consider whether a Full Impact Assessment "
         "is required.", "A Full Impact Assessment has been completed (Part B)."),
    ])

    doc.add_heading("PART B \u2013 Full Impact Assessment", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Characteristic", "Impact", "Level", "Details of impact and mitigation"]):
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    rows = [
        ("Age", "Negative", "Medium",
         "All 23 people currently registered at the centre are aged over 70 and 15 are "
         "over 85. A change of setting can be unsettling for older people. Mitigation: "
         "each person will have a review and a planned move, with staff they know "
         "transferring with them where possible."),
        ("Disability", "Negative", "Medium",
         "Eighteen people have a diagnosis of dementia. Greavesley Lodge has a dementia "
         "friendly sensory garden and two specialist rooms. Transport will be provided "
         "free of charge where it is part of the person\u2019s assessed needs."),
        ("Carers", "Negative", "High",
         "Carers told us that the centre gives them a break and allows some of them to "
         "keep working. Carers\u2019 assessments will be offered to all carers and no day "
         "support will end until an alternative is in place."),
        ("Health", "Neutral", "Low",
         "Attendance at day services supports physical and mental wellbeing. The "
         "alternatives offer the same activities, meals and personal care."),
        ("Sex", "Negative", "Low",
         "Most family carers of people who attend the centre are women (71%)."),
        ("Poverty & Financial Inclusion", "Neutral", "Low",
         "There is no change to the Council\u2019s charging policy for day services."),
        ("Voluntary/Community & Faith Sectors", "Positive", "Medium",
         "Up to \u00a3120,000 a year will be made available through grants to voluntary "
         "and faith groups to run community-based day activities in the north of the "
         "city."),
    ]
    for row in rows:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    doc.add_paragraph()

    doc.add_heading("What people asked during the consultation", level=2)
    doc.add_paragraph("The consultation received 164 responses. The questions most often "
                      "asked, and how the proposal responds to them, are summarised below. "
                      "The full consultation report is Appendix 2 to the committee report.")
    for qq, aa in [
        ("Will my mum lose her place at a day centre?",
         "No. Nobody will lose their day support. Everyone will be offered a place at "
         "Greavesley Lodge or a community alternative that meets their assessed needs."),
        ("How will people get to Greavesley Lodge, which is three miles further away?",
         "Transport will be arranged by the Council for everyone who is assessed as "
         "needing it, and journey times will be kept under 45 minutes."),
        ("Why can\u2019t the money be found to repair Netherfold?",
         "With attendance at less than half of capacity, spending over \u00a3600,000 on "
         "the building would not be the best use of the money available for day "
         "services."),
        ("Will the staff keep their jobs?",
         "Staff will be offered posts at Greavesley Lodge or in the Short Term "
         "Intervention Team."),
    ]:
        para = doc.add_paragraph(style="List Bullet")
        para.add_run(qq + " ").bold = True
        para.add_run(aa)

    doc.add_heading("Action plan", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Action", "Owner", "By when", "Status"]):
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    for row in [
        ("Complete a review of every person\u2019s care and support plan before any move",
         "Service Manager, Day Opportunities", "30 June 2025", "Not started"),
        ("Offer carers\u2019 assessments to all family carers", "Carers Centre",
         "31 May 2025", "In progress"),
        ("Agree grant criteria for community day activities with voluntary sector partners",
         "Head of Commissioning, Adult Care", "31 July 2025", "Not started"),
        ("Report the outcome of the consultation to the Adult Health and Social Care "
         "Policy Committee", "Strategic Director of Adult Care and Wellbeing",
         "16 April 2025", "On track"),
    ]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    doc.add_paragraph()

    doc.add_heading("Decision and sign-off", level=2)
    grid([
        ("Recommendation to the decision maker",
         "That the Adult Health and Social Care Policy Committee approves the closure of "
         "Netherfold Day Centre from 30 September 2025, subject to the completion of the "
         "actions in this plan."),
        ("Decision", "To be taken by the Adult Health and Social Care Policy Committee on "
         "16 April 2025. This EIA will be updated after the decision."),
        ("Review date", "March 2026"),
        ("Approved (Lead Manager)", "Louise Padgett, Head of Commissioning, Adult Care"),
        ("Date of approval", "24 March 2025"),
    ])

    buf = io.BytesIO()
    doc.save(buf)
    _fix_zip(buf.getvalue(), path)


def _fix_zip(data: bytes, path: Path) -> None:
    """Rewrite a zip with fixed timestamps so the output is deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 24, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------
PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def norm(s: str, sep: str = "") -> str:
    s = s.lower().replace("\u00ad", "")
    s = PUNCT.sub(sep, s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    bad = 0
    for gold in (MINUTES_GOLD, EIA_GOLD):
        gpath = GOLD / (Path(gold["document"]).stem + ".json")
        dpath = DOCS / gold["document"]
        if not gpath.exists() or not dpath.exists():
            print(f"MISSING {gpath.name} or {dpath.name}")
            bad += 1
            continue
        if json.loads(gpath.read_text(encoding="utf-8")) != gold:
            print(f"STALE {gpath.name}: rebuild")
            bad += 1
        raw = doc_text(dpath)
        texts = {sep: norm(raw, sep) for sep in ("", " ")}
        phrases = []
        for qq in gold.get("questions", []):
            phrases.append(("question", qq["text"]))
            if qq["answer"]:
                phrases.append(("answer", qq["answer"]))
        for rr in gold.get("resolutions", []):
            phrases.append(("resolution", rr["text"]))
        for kind, ph in phrases:
            n_words = len(ph.split())
            if not 6 <= n_words <= 15:
                print(f"LENGTH {n_words} {kind}: {ph}")
                bad += 1
            for sep, t in texts.items():
                c = t.count(norm(ph, sep))
                if c != 1:
                    print(f"COUNT {c} (sep={sep!r}) {kind}: {ph}")
                    bad += 1
        print(f"{dpath.name}: {len(phrases)} phrases checked")
        if dpath.suffix == ".pdf":
            import pdfplumber
            with pdfplumber.open(dpath) as pdf:
                print(f"  pages: {len(pdf.pages)}")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_pdf(DOCS / MINUTES_NAME)
    build_docx(DOCS / EIA_NAME)
    for gold in (MINUTES_GOLD, EIA_GOLD):
        gpath = GOLD / (Path(gold["document"]).stem + ".json")
        gpath.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                         encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / EIA_NAME}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
