#!/usr/bin/env python3
"""Build the "jp-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_jp.py           build documents/jp-* and gold/jp-*.json
        build_jp.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "jp-crouchmere-hopsc-2025-03-05.docx"
REPORT_NAME = "jp-crouchmere-hopsc-chairmans-report-2025-03-05.pdf"

FIXED = dt.datetime(2025, 3, 12, 9, 30, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

COMMITTEE = "Health Overview Policy and Scrutiny Committee"

# ---------------------------------------------------------------------------
# The minutes, as a list of blocks.
#   ("title", text)            bold title paragraph
#   ("label", text)            bold label paragraph ("Present:")
#   ("table", rows)            borderless attendance table
#   ("plain", text)            plain paragraph (no indent)
#   ("item", number, title)    numbered item heading, hanging indent
#   ("p", text)                body paragraph, indented under the title
#   ("pi", text)               body paragraph in italics
#   ("n", num, text)           typed-number paragraph, hanging indent
#   ("b", text)                bulleted paragraph (List Bullet)
#   ("quote", text)            indented quotation
#   ("sign",)                  signature block
# ---------------------------------------------------------------------------

MINUTES = [
    ("title", "Minutes of the meeting of the Health Overview Policy and Scrutiny Committee, "
              "held in Committee Room 1, County Hall, Colneford, CN1 1LX on Wednesday, "
              "05 March 2025"),
    ("label", "Present:"),
    ("table", [
        ("Councillor M Ashdown (Chairman)", "Councillor J Dorrington"),
        ("Councillor D Feltwell (Vice-Chairman)", "Councillor P Kerridge"),
        ("Councillor S Aylward (Vice-Chairman)", "Councillor S Marwick"),
        ("Councillor R Bellamy", "Councillor T Okonjo"),
        ("Councillor A Chaudhry", "Councillor L Pettit (substitute)"),
    ]),
    ("label", "Also in attendance:"),
    ("plain", "Councillor H Wybrow, Cabinet Member for Health, Adult Social Care and ICS "
              "Integration (for item 6)"),
    ("label", "The following officers were in attendance throughout the meeting:"),
    ("plain", "Gemma Fairhurst, Democratic Services Manager"),
    ("plain", "Oliver Bruce, Senior Democratic Services Officer"),
    ("plain", "The meeting was broadcast live on the Council’s YouTube channel and a recording "
              "remains available for viewing on the Council’s website. The Chairman opened "
              "the meeting at 10:30am."),

    ("item", "1", "Membership, Apologies, Substitutions and Declarations of Interest"),
    ("p", "The report of the Membership, Apologies and Declarations was received and the "
          "following was noted:"),
    ("n", "1.", "Apologies had been received from Councillor E Goodwin, for whom Councillor "
                "L Pettit was substituting, and from Councillor G Stannard."),
    ("n", "2.", "Councillor Bellamy declared a Code Interest in item 4 as a public governor of "
                "Crouchmere Partnership University NHS Foundation Trust."),
    ("n", "3.", "Councillor Chaudhry declared a Code Interest in item 5 as a close family "
                "member was employed as a practice nurse at a surgery in Marshbury."),

    ("item", "2", "Minutes of previous meeting"),
    ("p", "The minutes of the meeting held on 5 February 2025 were approved as a true "
          "record and signed by the Chairman."),

    ("item", "3", "Questions from the public"),
    ("p", "One question had been received in advance of the meeting from Mr K Lowther, a "
          "resident of Stanwick-on-Sea, as follows:"),
    ("quote", "“Since the minor injuries unit at Stanwick Community Hospital moved to daytime "
              "only opening last autumn, residents have had to travel more than twenty miles to "
              "Colneford at night. What assessment has the Committee made of the impact on "
              "residents who do not have a car, and will the Committee ask the Trust to publish "
              "the attendance figures?”"),
    ("p", "The Chairman thanked Mr Lowther for his question and responded that the Committee "
          "had received a briefing from Mid and South Crouchmere NHS Foundation Trust in "
          "November 2024 which had included attendance figures for the unit before and after "
          "the change. The Trust had been asked to bring a further update, including the "
          "results of its travel impact survey, to the June meeting, and the figures would be "
          "published with the agenda papers for that meeting."),
    ("p", "Mr Lowther asked a supplementary question about whether patient transport could be "
          "provided overnight for residents of Stanwick-on-Sea who needed to attend the "
          "emergency department at Colneford. The Chairman undertook to seek a written response "
          "from the Trust, which would be circulated to Members and sent to Mr Lowther."),

    ("item", "4", "Crouchmere Partnership University NHS Foundation Trust – Adult Mental "
                  "Health Inpatient and Crisis Services"),
    ("p", "The Committee considered report HOSC/06/25 comprising a briefing from Crouchmere "
          "Partnership University NHS Foundation Trust (CPFT) on progress against its inpatient "
          "improvement plan following the Care Quality Commission inspection report published "
          "in October 2024, and on the development of the crisis and urgent mental health "
          "pathway."),
    ("p", "The Chairman welcomed to the meeting the following representatives of CPFT:"),
    ("b", "Dr Helen Marsh, Chief Medical Officer"),
    ("b", "Martin Oduya, Executive Director of Operations"),
    ("b", "Carys Whitlock, Deputy Director of Nursing"),
    ("p", "Dr Marsh introduced the report and highlighted that the number of patients placed "
          "in inpatient beds outside the county had reduced from 41 in April 2024 to 17 at the "
          "end of January 2025. The CQC had rated the acute wards for adults of working age as "
          "Requires Improvement, and the Trust had completed 38 of the 52 actions in its "
          "improvement plan, with the remainder on track for completion by June 2025. The new "
          "Crisis Assessment Hub at Rochmere had opened on 2 December 2024 as an alternative to "
          "the emergency department for adults in mental health crisis and had received 310 "
          "referrals in its first eight weeks. The 24 hour crisis line was now available "
          "through NHS 111 by selecting option 2."),
    ("p", "During the discussion the following was highlighted:"),
    ("b", "Members asked how many of the 17 patients currently placed out of area were more "
          "than fifty miles from home. Mr Oduya explained that eleven of the seventeen were in "
          "independent hospitals in the Midlands and the North West, and that the Trust’s aim "
          "was to end inappropriate out of area placements by March 2026, subject to the "
          "reopening of Brayfield Ward following its refurbishment."),
    ("b", "Councillor Kerridge expressed concern that the Trust continued to rely on beds "
          "purchased from private providers at considerable cost to the public purse, and asked "
          "what the total spend had been in the current financial year. Mr Oduya confirmed that "
          "the forecast spend for 2024/25 was £9.6 million, down from £13.1 million in the "
          "previous year, and that the savings were being reinvested in community crisis "
          "services."),
    ("b", "In response to a question from Councillor Marwick about staffing levels on the "
          "inpatient wards, Ms Whitlock reported that the vacancy rate for registered nurses had "
          "fallen to 14 per cent from 23 per cent a year earlier, and that spending on agency "
          "staff had reduced following a recruitment campaign which had brought 46 "
          "internationally educated nurses to the Trust. Turnover among healthcare support "
          "workers remained high and a retention plan was being developed with the staff side."),
    ("b", "Councillor Okonjo, who had joined the meeting at 10:52am, commented that families in "
          "her division had described real difficulty in getting information when a relative "
          "was admitted to a ward, and that carers did not always feel involved in planning for "
          "the patient’s discharge home."),
    ("b", "Concern was expressed about the length of time people with a learning disability or "
          "autism were waiting in acute hospital emergency departments for a mental health bed, "
          "with one case of more than 72 hours reported to a Member. Dr Marsh acknowledged that "
          "such waits were unacceptable and explained that CPFT and Mid and South Crouchmere NHS "
          "Foundation Trust had agreed a joint escalation protocol so that any wait over 24 hours "
          "was reviewed by an executive director of each trust."),
    ("b", "Members requested that the Trust provide waiting times for the Crisis Assessment Hub "
          "broken down by time of day and day of the week, as these had not been included in "
          "the report. Dr Marsh undertook to provide the figures after the meeting."),
    ("b", "Councillor Aylward asked whether the Crisis Assessment Hub was being evaluated and "
          "whether the views of people using it would be sought. It was confirmed that an "
          "independent evaluation had been commissioned from the University of Colneford and "
          "that people with lived experience of mental health crisis, and their carers, sat on "
          "the evaluation steering group."),
    ("p", "Following discussion it was agreed that:"),
    ("n", "(i)", "CPFT would provide Members with the Crisis Assessment Hub waiting time figures "
                 "requested above; and"),
    ("n", "(ii)", "the Committee would receive a further update on the inpatient improvement "
                  "plan, including the reopening of Brayfield Ward, at its October 2025 meeting."),
    ("p", "The Chairman thanked the witnesses for their attendance and they left the meeting."),
    ("pi", "The meeting adjourned at 11:48am and reconvened at 11:56am."),

    ("item", "5", "Access to General Practice"),
    ("p", "The Committee considered report HOSC/07/25 comprising an update from North East "
          "Crouchmere Integrated Care Board (the ICB) on access to general practice, including "
          "the implementation of the modern general practice access model, appointment "
          "activity and the outcome of the winter access hubs."),
    ("p", "The Chairman welcomed to the meeting the following representatives of the ICB:"),
    ("b", "Rachel Quennell, Director of Primary Care"),
    ("b", "Dr Tomasz Wierzbicki, Clinical Lead for Primary Care"),
    ("p", "Ms Quennell introduced the report and advised that practices across the ICB area had "
          "delivered 612,000 appointments in December 2024, an increase of 6.8 per cent on "
          "December 2023, and that 44 per cent of appointments had taken place on the day they "
          "were booked. The 2024 GP Patient Survey showed that 67 per cent of respondents "
          "described their overall experience of their practice as good, compared with 71 per "
          "cent nationally. All 148 practices had now moved to cloud based telephony."),
    ("p", "Councillor Dorrington asked why residents continued to tell councillors that they "
          "could not get through to their surgery at 8am when every practice now had the new "
          "telephone systems. Ms Quennell explained that the new systems allowed callers to be "
          "held in a queue or offered a call back rather than hearing an engaged tone, and that "
          "the average time taken to answer a call across the ICB area had fallen to under four "
          "minutes. Councillor Dorrington questioned whether an average was meaningful when some "
          "practices were still taking more than twenty minutes to answer, and Dr Wierzbicki "
          "accepted that the variation between practices was a concern and said that the ICB "
          "was offering targeted support to the twelve practices with the longest call waiting "
          "times, several of which had lost GP partners during the last year and were relying "
          "on locum cover."),
    ("p", "Members raised concerns about the number of community pharmacies that had closed in "
          "the county over the last two years, particularly in rural areas such as the Rochmere "
          "peninsula, and the effect this had on the Pharmacy First service and on patients "
          "collecting repeat prescriptions. Ms Quennell said that nine pharmacies had closed "
          "since April 2023, most of them owned by large national chains, and that the ICB was "
          "working with the Health and Wellbeing Board on the refresh of the pharmaceutical "
          "needs assessment, which would identify any gaps in provision."),
    ("p", "In response to a question from Councillor Pettit about the use of additional roles in "
          "general practice, including physician associates and clinical pharmacists, Dr "
          "Wierzbicki said that the additional roles reimbursement scheme now funded 410 posts "
          "across the county’s 31 primary care networks, and that practices had been asked to "
          "make sure that patients were told the role of the clinician they were seeing. The "
          "ICB did not hold information on how many physician associates were undertaking "
          "appointments without a GP on site."),
    ("p", "Councillor Feltwell commented that a number of practices had started to use online "
          "consultation forms which were switched off once the day’s capacity had been reached, "
          "which disadvantaged older residents and those who could not easily use the "
          "internet."),
    ("p", "Councillor Chaudhry requested that the ICB provide details of how many practices "
          "closed their online consultation forms during core hours, and how often. Ms Quennell "
          "agreed to provide this information and said that the contract required practices to "
          "keep online consultation open throughout core hours from October 2025."),
    ("p", "Councillor Okonjo asked what the outcome had been of the three winter access hubs "
          "run by the GP federation in Colneford, Marshbury and Stanwick-on-Sea. Dr Wierzbicki "
          "reported that the hubs had provided 21,400 additional appointments between November "
          "and February and that funding for the Marshbury hub had been extended to the end of "
          "May 2025. An evaluation, including patient feedback, would be shared with the "
          "Committee."),
    ("p", "The Committee NOTED the update from the ICB."),
    ("p", "It was further agreed that the Chairman would write to the Chief Executive of the "
          "ICB on behalf of the Committee setting out Members’ concerns about telephone access "
          "and online consultation, and asking for a response before the July meeting."),
    ("p", "The Chairman thanked Ms Quennell and Dr Wierzbicki for attending."),

    ("item", "6", "Urgent and Emergency Care – Review of Winter 2024/25"),
    ("p", "The Committee considered report HOSC/08/25 comprising a joint review by Mid and South "
          "Crouchmere NHS Foundation Trust (MSCFT), the ICB and the Council’s Adult Social Care "
          "service of urgent and emergency care over the winter of 2024/25."),
    ("p", "The Chairman welcomed to the meeting:"),
    ("b", "Andrew Pocock, Chief Operating Officer, MSCFT"),
    ("b", "Lisa Farrant, Director of Urgent and Emergency Care, MSCFT"),
    ("b", "Simon Greatorex, Director of System Flow, North East Crouchmere Integrated Care Board"),
    ("b", "Nicola Penfold, Director of Adult Social Care Operations, Crouchmere County Council"),
    ("p", "Councillor Wybrow introduced the report, noting that the health and social care "
          "system had experienced its busiest winter on record, with emergency department "
          "attendances across the three acute sites 9 per cent higher than the previous winter "
          "and a peak in flu admissions in the first week of January. Mr Pocock and Ms Penfold "
          "then took the Committee through the main findings of the review, including the "
          "performance against the four hour standard, ambulance handover times and the number "
          "of patients who no longer met the criteria to reside in hospital."),
    ("p", "The following points were raised in discussion:"),
    ("n", "(a)", "Councillor Aylward asked about ambulance handover delays at Colneford General "
                 "Hospital, which had featured in the local press. Mr Pocock reported that the "
                 "average handover time in January 2025 had been 47 minutes at Colneford "
                 "compared with 29 minutes at Marshbury, and that a new rapid assessment and "
                 "treatment area had opened at Colneford in February which was already reducing "
                 "handover times."),
    ("n", "(b)", "Concern was expressed that patients continued to be cared for in corridors and "
                 "other temporary escalation spaces for long periods. Ms Farrant said that the "
                 "Trust did not regard corridor care as acceptable, but that each space was risk "
                 "assessed and staffed, and that the Trust reported the number of patients "
                 "cared for in these spaces to its board every month."),
    ("n", "(c)", "Members asked how many patients who were medically fit to leave hospital had "
                 "remained in a hospital bed during the winter. Ms Penfold explained that the "
                 "number of patients with no criteria to reside had averaged 212 across the "
                 "three sites, of whom about 40 per cent were waiting for social care, and that "
                 "the Council had purchased additional short term residential beds and expanded "
                 "its reablement service using the Better Care Fund and the discharge grant."),
    ("n", "(d)", "Councillor Kerridge asked whether there was enough capacity in the home care "
                 "market to support people leaving hospital. Councillor Wybrow said that the "
                 "number of hours of home care commissioned had increased by 11 per cent since "
                 "April 2024 and that nobody had waited more than 48 hours for a package of care "
                 "in February, although the recruitment of care workers remained difficult "
                 "following the increase in employer national insurance contributions."),
    ("n", "(e)", "Councillor Bellamy commented that flu vaccination uptake among frontline health "
                 "and care staff appeared to be lower than last year and asked what more could "
                 "be done. Ms Farrant said that uptake among the Trust’s frontline staff was 38 "
                 "per cent compared with 44 per cent last winter, and that the Trust would be "
                 "running peer vaccinator clinics on every ward next autumn."),
    ("n", "(f)", "Members requested that future winter reports include the number of people "
                 "attending emergency departments with mental health needs and the length of "
                 "time they had waited."),
    ("label", "Resolved:"),
    ("n", "1.", "To note the report."),
    ("n", "2.", "To request that MSCFT and the ICB provide monthly figures for ambulance "
                "handover delays at each of the three hospital sites for October 2024 to "
                "March 2025."),
    ("n", "3.", "That the Better Care Fund task and finish group be asked to consider the use of "
                "short term residential beds for hospital discharge and report back to the "
                "Committee in July 2025."),

    ("item", "7", "Chairman’s Report"),
    ("p", "The Committee received report HOSC/09/25 comprising the Chairman’s Report, which set "
          "out the meetings attended by the Chairman and Vice-Chairmen since the last meeting. "
          "The Chairman drew attention to the informal briefing held with the ICB on 19 "
          "February 2025 on proposed changes to stroke rehabilitation beds, and advised that a "
          "formal report would come to the Committee once the ICB had concluded its engagement "
          "with patients and stakeholders."),
    ("p", "Councillor Marwick asked whether the Committee would be formally consulted on the "
          "stroke rehabilitation proposals as a substantial variation in service. The Chairman "
          "replied that this would be determined once the ICB had shared its options appraisal, "
          "and that in the meantime the Committee reserved its position."),
    ("p", "The Committee noted the report and thanked the Chairman for the update."),

    ("item", "8", "Work Programme"),
    ("p", "The Committee considered report HOSC/10/25 comprising the current work programme "
          "for the Committee. Ms Fairhurst advised that the Quality Accounts for the three NHS "
          "trusts would be circulated to Members in April for comment, and that a working "
          "group would be convened to prepare the Committee’s statements."),
    ("p", "Councillor Chaudhry asked whether the Committee could look at waiting times for "
          "assessments for children and young people with ADHD and autism. Ms Fairhurst advised "
          "that this fell within the remit of the People and Families Policy and Scrutiny "
          "Committee, which had scheduled an item for its June meeting, and that Members of "
          "this Committee would be invited to attend."),
    ("p", "It was agreed that:"),
    ("n", "1.", "an item on access to NHS dentistry and the local dental recovery plan be added "
                "to the work programme for the July 2025 meeting; and"),
    ("n", "2.", "the scope of the Better Care Fund task and finish group be amended as set out in "
                "minute 6 above."),

    ("item", "9", "Date of Next Meeting"),
    ("p", "The Committee noted that the next meeting would take place at 10:30am on Wednesday "
          "2 April 2025 in Committee Room 1, County Hall, Colneford."),

    ("item", "10", "Urgent Business"),
    ("p", "There was no urgent business."),
    ("plain", "There being no further business, the meeting closed at 12:58pm."),
    ("sign",),
]

# ---------------------------------------------------------------------------
# Gold for the minutes
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
    "committee": COMMITTEE,
    "meeting_date": "2025-03-05",
    "items": [
        {"number": "1", "title": "Membership, Apologies, Substitutions and Declarations of Interest"},
        {"number": "2", "title": "Minutes of previous meeting"},
        {"number": "3", "title": "Questions from the public"},
        {"number": "4", "title": "Crouchmere Partnership University NHS Foundation Trust – Adult "
                                 "Mental Health Inpatient and Crisis Services"},
        {"number": "5", "title": "Access to General Practice"},
        {"number": "6", "title": "Urgent and Emergency Care – Review of Winter 2024/25"},
        {"number": "7", "title": "Chairman’s Report"},
        {"number": "8", "title": "Work Programme"},
        {"number": "9", "title": "Date of Next Meeting"},
        {"number": "10", "title": "Urgent Business"},
    ],
    "questions": [
        # 3 Questions from the public
        q("3", "question",
          "What assessment has the Committee made of the impact on residents",
          "Mr K Lowther",
          "The Trust had been asked to bring a further update",
          "The Chairman",
          ["patient-and-public-input"]),
        q("3", "question",
          "asked a supplementary question about whether patient transport could be provided overnight",
          "Mr Lowther",
          "The Chairman undertook to seek a written response from the Trust",
          "The Chairman",
          ["patient-and-public-input"]),
        # 4 CPFT mental health
        q("4", "question",
          "Members asked how many of the 17 patients currently placed out of area",
          None,
          "eleven of the seventeen were in independent hospitals in the Midlands and the North West",
          "Mr Oduya",
          ["mental-health"]),
        q("4", "concern",
          "expressed concern that the Trust continued to rely on beds purchased from private providers",
          "Councillor Kerridge",
          "the savings were being reinvested in community crisis services",
          "Mr Oduya",
          ["mental-health", "privatisation", "finance"]),
        q("4", "question",
          "In response to a question from Councillor Marwick about staffing levels on the inpatient wards",
          "Councillor Marwick",
          "the vacancy rate for registered nurses had fallen to 14 per cent",
          "Ms Whitlock",
          ["mental-health", "workforce"]),
        q("4", "comment",
          "families in her division had described real difficulty in getting information",
          "Councillor Okonjo",
          None,
          None,
          ["mental-health", "patient-and-public-input"]),
        q("4", "concern",
          "Concern was expressed about the length of time people with a learning disability or autism",
          None,
          "CPFT and Mid and South Crouchmere NHS Foundation Trust had agreed a joint escalation protocol",
          "Dr Marsh",
          ["mental-health"]),
        q("4", "request",
          "Members requested that the Trust provide waiting times for the Crisis Assessment Hub",
          None,
          "Dr Marsh undertook to provide the figures after the meeting",
          "Dr Marsh",
          ["mental-health"]),
        q("4", "question",
          "asked whether the Crisis Assessment Hub was being evaluated",
          "Councillor Aylward",
          "an independent evaluation had been commissioned from the University of Colneford",
          None,
          ["mental-health", "patient-and-public-input"]),
        # 5 Access to General Practice
        q("5", "question",
          "asked why residents continued to tell councillors that they could not get through",
          "Councillor Dorrington",
          "the new systems allowed callers to be held in a queue",
          "Ms Quennell",
          ["primary-care"]),
        q("5", "question",
          "questioned whether an average was meaningful when some practices were still taking",
          "Councillor Dorrington",
          "accepted that the variation between practices was a concern",
          "Dr Wierzbicki",
          ["primary-care", "workforce"]),
        q("5", "concern",
          "Members raised concerns about the number of community pharmacies that had closed in the county",
          None,
          "nine pharmacies had closed since April 2023, most of them owned by large national chains",
          "Ms Quennell",
          ["primary-care"]),
        q("5", "question",
          "In response to a question from Councillor Pettit about the use of additional roles",
          "Councillor Pettit",
          "the additional roles reimbursement scheme now funded 410 posts",
          "Dr Wierzbicki",
          ["primary-care", "workforce"]),
        q("5", "comment",
          "a number of practices had started to use online consultation forms",
          "Councillor Feltwell",
          None,
          None,
          ["primary-care"]),
        q("5", "request",
          "requested that the ICB provide details of how many practices closed their online consultation forms",
          "Councillor Chaudhry",
          "agreed to provide this information and said that the contract required practices",
          "Ms Quennell",
          ["primary-care"]),
        q("5", "question",
          "asked what the outcome had been of the three winter access hubs",
          "Councillor Okonjo",
          "funding for the Marshbury hub had been extended to the end of May",
          "Dr Wierzbicki",
          ["primary-care"]),
        # 6 Urgent and emergency care
        q("6", "question",
          "asked about ambulance handover delays at Colneford General Hospital",
          "Councillor Aylward",
          "the average handover time in January 2025 had been 47 minutes at Colneford",
          "Mr Pocock",
          []),
        q("6", "concern",
          "Concern was expressed that patients continued to be cared for in corridors",
          None,
          "the Trust did not regard corridor care as acceptable",
          "Ms Farrant",
          ["governance"]),
        q("6", "question",
          "Members asked how many patients who were medically fit to leave hospital",
          None,
          "the number of patients with no criteria to reside had averaged 212",
          "Ms Penfold",
          ["adult-social-care", "integration", "finance"]),
        q("6", "question",
          "asked whether there was enough capacity in the home care market",
          "Councillor Kerridge",
          "the number of hours of home care commissioned had increased by 11 per cent",
          "Councillor Wybrow",
          ["adult-social-care", "workforce"]),
        q("6", "question",
          "commented that flu vaccination uptake among frontline health and care staff appeared to be lower",
          "Councillor Bellamy",
          "frontline staff was 38 per cent compared with 44 per cent last winter",
          "Ms Farrant",
          ["public-health", "workforce"]),
        q("6", "request",
          "Members requested that future winter reports include the number of people attending emergency departments",
          None,
          None,
          None,
          ["mental-health"]),
        # 7 Chairman's Report
        q("7", "question",
          "asked whether the Committee would be formally consulted on the stroke rehabilitation proposals",
          "Councillor Marwick",
          "this would be determined once the ICB had shared its options appraisal",
          "The Chairman",
          ["governance"]),
        # 8 Work Programme
        q("8", "question",
          "asked whether the Committee could look at waiting times for assessments",
          "Councillor Chaudhry",
          "this fell within the remit of the People and Families Policy and Scrutiny Committee",
          "Ms Fairhurst",
          ["children-and-families", "governance"]),
    ],
    "resolutions": [
        r("2", "minutes of the meeting held on 5 February 2025 were approved as a true record",
          "agreed", []),
        r("4", "the Committee would receive a further update on the inpatient improvement plan",
          "agreed", ["mental-health"]),
        r("5", "The Committee NOTED the update from the ICB", "noted", ["primary-care"]),
        r("5", "the Chairman would write to the Chief Executive of the ICB",
          "agreed", ["primary-care"]),
        r("6", "To request that MSCFT and the ICB provide monthly figures for ambulance handover delays",
          "agreed", ["adult-social-care", "integration"]),
        r("7", "The Committee noted the report and thanked the Chairman for the update",
          "noted", []),
        r("8", "an item on access to NHS dentistry and the local dental recovery plan be added",
          "agreed", ["primary-care"]),
        r("9", "The Committee noted that the next meeting would take place",
          "noted", []),
    ],
    "attendees": [
        a("Councillor M Ashdown", "Chairman", "present"),
        a("Councillor D Feltwell", "Vice-Chairman", "present"),
        a("Councillor S Aylward", "Vice-Chairman", "present"),
        a("Councillor R Bellamy", None, "present"),
        a("Councillor A Chaudhry", None, "present"),
        a("Councillor J Dorrington", None, "present"),
        a("Councillor P Kerridge", None, "present"),
        a("Councillor S Marwick", None, "present"),
        a("Councillor T Okonjo", None, "present"),
        a("Councillor L Pettit", "substitute", "present"),
        a("Councillor E Goodwin", None, "apologies"),
        a("Councillor G Stannard", None, "apologies"),
        a("Councillor H Wybrow", "Cabinet Member for Health, Adult Social Care and ICS Integration",
          "in_attendance"),
        a("Gemma Fairhurst", "Democratic Services Manager", "in_attendance"),
        a("Oliver Bruce", "Senior Democratic Services Officer", "in_attendance"),
        a("Dr Helen Marsh", "Chief Medical Officer", "in_attendance"),
        a("Martin Oduya", "Executive Director of Operations", "in_attendance"),
        a("Carys Whitlock", "Deputy Director of Nursing", "in_attendance"),
        a("Rachel Quennell", "Director of Primary Care", "in_attendance"),
        a("Dr Tomasz Wierzbicki", "Clinical Lead for Primary Care", "in_attendance"),
        a("Andrew Pocock", "Chief Operating Officer, MSCFT", "in_attendance"),
        a("Lisa Farrant", "Director of Urgent and Emergency Care, MSCFT", "in_attendance"),
        a("Simon Greatorex", "Director of System Flow, North East Crouchmere Integrated Care Board",
          "in_attendance"),
        a("Nicola Penfold", "Director of Adult Social Care Operations, Crouchmere County Council",
          "in_attendance"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}

# ---------------------------------------------------------------------------
# Word building
# ---------------------------------------------------------------------------


def _add_field(paragraph, instr):
    """Append a complex field (e.g. PAGE) with a cached result of 1."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def fld(kind):
        run = paragraph.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        run._r.append(el)
        return run

    fld("begin")
    run = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    run._r.append(it)
    fld("separate")
    paragraph.add_run("1")
    fld("end")


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def build_minutes(path: Path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.08
    rpr = normal.element.get_or_add_rPr()
    from docx.oxml.ns import qn
    rfonts = rpr.find(qn("w:rFonts"))
    rfonts.set(qn("w:eastAsia"), "Arial")
    rfonts.set(qn("w:cs"), "Arial")
    lb = doc.styles["List Bullet"]
    lb.font.name = "Arial"
    lb.font.size = Pt(11)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)

    # Running header: meeting date on the left, "Minute <page>" on the right
    hp = sec.header.paragraphs[0]
    from docx.shared import Twips
    # clear the Header style's own centre and right tabs, then set one at the margin
    hp.paragraph_format.tab_stops.add_tab_stop(Twips(4680), WD_TAB_ALIGNMENT.CLEAR)
    hp.paragraph_format.tab_stops.add_tab_stop(Twips(9360), WD_TAB_ALIGNMENT.CLEAR)
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT)
    hr = hp.add_run("Wednesday, 05 March 2025\tMinute ")
    hr.font.size = Pt(10)
    _add_field(hp, "PAGE")
    for run in hp.runs:
        run.font.size = Pt(10)

    indent = Cm(1.5)

    for block in MINUTES:
        kind = block[0]
        if kind == "title":
            p = doc.add_paragraph()
            run = p.add_run(block[1])
            run.bold = True
            run.font.size = Pt(12)
            p.paragraph_format.space_after = Pt(12)
        elif kind == "label":
            p = doc.add_paragraph()
            p.add_run(block[1]).bold = True
            p.paragraph_format.space_after = Pt(3)
            p.paragraph_format.keep_with_next = True
            if block[1] == "Resolved:":
                p.paragraph_format.left_indent = indent
        elif kind == "table":
            rows = block[1]
            t = doc.add_table(rows=len(rows), cols=2)
            t.alignment = WD_TABLE_ALIGNMENT.LEFT
            _no_borders(t)
            for i, (left, right) in enumerate(rows):
                for j, txt in enumerate((left, right)):
                    cell = t.cell(i, j)
                    cell.width = Cm(8.3)
                    cp = cell.paragraphs[0]
                    cp.paragraph_format.space_after = Pt(0)
                    cp.add_run(txt)
            doc.add_paragraph().paragraph_format.space_after = Pt(0)
        elif kind == "plain":
            doc.add_paragraph(block[1])
        elif kind == "item":
            p = doc.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = indent
            pf.first_line_indent = -indent
            pf.tab_stops.add_tab_stop(indent)
            pf.space_before = Pt(12)
            pf.keep_with_next = True
            run = p.add_run(f"{block[1]}\t{block[2]}")
            run.bold = True
        elif kind in ("p", "pi"):
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = indent
            run = p.add_run(block[1])
            if kind == "pi":
                run.italic = True
        elif kind == "n":
            p = doc.add_paragraph()
            pf = p.paragraph_format
            hang = Cm(1.0)
            pf.left_indent = indent + hang
            pf.first_line_indent = -hang
            pf.tab_stops.add_tab_stop(indent + hang)
            p.add_run(f"{block[1]}\t{block[2]}")
        elif kind == "b":
            p = doc.add_paragraph(block[1], style="List Bullet")
            p.paragraph_format.left_indent = indent + Cm(0.75)
            p.paragraph_format.first_line_indent = Cm(-0.6)
            p.paragraph_format.space_after = Pt(4)
        elif kind == "quote":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = indent + Cm(1.0)
            p.paragraph_format.right_indent = Cm(1.0)
            p.add_run(block[1]).italic = True
        elif kind == "sign":
            for _ in range(2):
                doc.add_paragraph()
            doc.add_paragraph("………………………………………")
            doc.add_paragraph("Chairman")
        else:
            raise ValueError(kind)

    cp = doc.core_properties
    cp.author = "Oliver Bruce"
    cp.last_modified_by = "Oliver Bruce"
    cp.title = "Minutes - Health Overview Policy and Scrutiny Committee - 05 March 2025"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 4

    buf = io.BytesIO()
    doc.save(buf)
    _write_deterministic_zip(buf.getvalue(), path)


def _write_deterministic_zip(data: bytes, path: Path):
    """python-docx stamps zip members with the current time: rewrite with a fixed one."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# The report that is not minutes (PDF)
# ---------------------------------------------------------------------------

REPORT_META = [
    ("Forward Plan reference number:", "Not applicable"),
    ("Report title:", "Chairman’s Report"),
    ("Report to:", "Health Overview Policy and Scrutiny Committee"),
    ("Report author:", "Councillor Margaret Ashdown, Chairman of the Health Overview Policy "
                       "and Scrutiny Committee"),
    ("Date:", "5 March 2025"),
    ("For:", "Noting"),
    ("Enquiries to:", "Gemma Fairhurst, Democratic Services Manager, "
                      "gemma.fairhurst@crouchmere.gov.uk"),
    ("County Divisions affected:", "All Crouchmere"),
]

REPORT_BODY = [
    ("h", "1. Introduction"),
    ("p", "1.1", "This report provides the Committee with an update on the activities of the "
                 "Chairman and the Vice-Chairmen since the last meeting of the Committee on "
                 "5 February 2025, and on matters arising that do not require a separate report."),
    ("h", "2. Action required"),
    ("p", "2.1", "The Committee is asked to note the report."),
    ("h", "3. Meetings attended"),
    ("p", "3.1", "Informal briefing with North East Crouchmere Integrated Care Board – stroke "
                 "rehabilitation beds (19 February 2025). The Chairman and both Vice-Chairmen "
                 "received a briefing from the ICB on early proposals to consolidate inpatient "
                 "stroke rehabilitation beds, currently provided at Stanwick Community Hospital "
                 "and Brayfield Community Hospital, on a single site. No decision has been taken "
                 "and the ICB expects to complete its engagement with patients, carers and "
                 "stakeholders in the spring."),
    ("p", "3.2", "Members put the following questions to the ICB at the briefing, and the ICB "
                 "has agreed to address them in its formal report to the Committee:"),
    ("b", "How many patients have used the stroke rehabilitation beds at each site in each of "
          "the last three years, and what has the average length of stay been?"),
    ("b", "What would the additional travel times be for families visiting by public transport "
          "if the beds were provided on one site?"),
    ("b", "What engagement has taken place with stroke survivors and their carers, and how will "
          "their views be reflected in the options appraisal?"),
    ("b", "How will the proposals affect the community stroke team and the early supported "
          "discharge service?"),
    ("p", "3.3", "Meeting with Healthwatch Crouchmere (24 February 2025). The Chairman met the "
                 "Chief Executive of Healthwatch Crouchmere to discuss its programme of Enter and "
                 "View visits for 2025/26 and its recent report on access to NHS dentistry for "
                 "children. Healthwatch has offered to present its findings to the Committee, "
                 "and the Chairman suggests that this is considered alongside the dentistry item "
                 "proposed for the July meeting."),
    ("p", "3.4", "Eastern Region Health Scrutiny Chairs’ Network (27 February 2025). The "
                 "Vice-Chairman (Councillor Feltwell) attended the network meeting, which "
                 "discussed the national changes to NHS England and integrated care boards and "
                 "their likely effect on joint scrutiny arrangements. A further meeting is "
                 "expected in June."),
    ("h", "4. Substantial variation"),
    ("p", "4.1", "Under the Local Authority (Public Health, Health and Wellbeing Boards and "
                 "Health Scrutiny) Regulations 2013 the ICB must consult the Committee on any "
                 "proposal it considers to be a substantial development or variation of the "
                 "health service. The Chairman has written to the ICB asking that the Committee "
                 "receives the options appraisal for stroke rehabilitation in good time to decide "
                 "whether the proposals amount to a substantial variation. Should the Committee "
                 "decide that the proposals are a substantial variation, it may wish to consider "
                 "establishing a joint committee with neighbouring authorities whose residents "
                 "use the affected services."),
    ("h", "5. Financial implications"),
    ("p", "5.1", "There are no financial implications arising from this report."),
    ("h", "6. Legal implications"),
    ("p", "6.1", "There are no legal implications arising from this report."),
    ("h", "7. Equality and Diversity implications"),
    ("p", "7.1", "The report is for noting and no equality impact assessment is required."),
    ("h", "8. List of Appendices"),
    ("p", "", "None."),
    ("h", "9. List of Background papers"),
    ("p", "", "None."),
]


def build_report(path: Path):
    from fpdf import FPDF

    class Report(FPDF):
        def header(self):
            self.set_font("dv", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "HOSC/09/25", align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(2)

        def footer(self):
            self.set_y(-14)
            self.set_font("dv", "", 8)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Chairman's Report")
    pdf.set_author("Crouchmere County Council")
    pdf.add_font("dv", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("dv", "B", 11)
    pdf.cell(0, 6, "Crouchmere County Council", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    # The cover block as a ruled two-column table
    pdf.set_font("dv", "", 9.5)
    with pdf.table(col_widths=(55, 115), text_align="LEFT", line_height=5.5,
                   first_row_as_headings=False) as table:
        for label, value in REPORT_META:
            row = table.row()
            row.cell(label)
            row.cell(value)
    pdf.ln(5)

    for block in REPORT_BODY:
        if block[0] == "h":
            pdf.ln(2)
            pdf.set_font("dv", "B", 10.5)
            pdf.multi_cell(0, 6, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif block[0] == "p":
            pdf.set_font("dv", "", 10)
            num, text = block[1], block[2]
            y = pdf.get_y()
            if num:
                pdf.set_x(20)
                pdf.cell(12, 5.5, num)
            pdf.set_xy(32, y)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif block[0] == "b":
            pdf.set_font("dv", "", 10)
            y = pdf.get_y()
            pdf.set_xy(34, y)
            pdf.cell(5, 5.5, "•")
            pdf.set_xy(39, y)
            pdf.multi_cell(0, 5.5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------

def _norm(text: str, space: bool) -> str:
    text = text.lower()
    punct = set(string.punctuation) | set("‘’“”–—…•£")
    repl = " " if space else ""
    text = "".join(repl if ch in punct else ch for ch in text)
    return re.sub(r"\s+", " ", text).strip()


def _docx_text(path: Path) -> str:
    from docx import Document
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]

    def walk(tables):
        for t in tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.extend(p.text for p in cell.paragraphs)
                    walk(cell.tables)
    walk(doc.tables)
    return "\n".join(parts)


def _pdf_text(path: Path) -> str:
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _doc_text(path: Path) -> str:
    if path.suffix == ".docx":
        return _docx_text(path)
    if path.suffix == ".pdf":
        return _pdf_text(path)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    failures = 0
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        path = DOCS / gold["document"]
        text = _doc_text(path)
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            n_words = len(phrase.split())
            if not 6 <= n_words <= 15:
                print(f"LENGTH {n_words}: {kind}: {phrase}")
                failures += 1
            for space in (False, True):
                count = _norm(text, space).count(_norm(phrase, space))
                if count != 1:
                    print(f"COUNT {count} (space={space}) in {gold['document']}: {kind}: {phrase}")
                    failures += 1
        saved = json.loads((GOLD / (path.stem + ".json")).read_text(encoding="utf-8"))
        if saved != gold:
            print(f"gold file out of date: {path.stem}.json")
            failures += 1
        print(f"{gold['document']}: {len(phrases)} phrases checked, {len(text.split())} words")
    if failures:
        print(f"FAILED: {failures} problem(s)")
        return 1
    print("OK: every phrase occurs exactly once")
    return 0


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("written:", MINUTES_NAME, REPORT_NAME)


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
