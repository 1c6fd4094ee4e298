#!/usr/bin/env python3
"""Build the "mh-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_mh.py           build documents/mh-* and gold/mh-*.json
        build_mh.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2025, 10, 24, 9, 30, 0, tzinfo=dt.timezone.utc)

MINUTES_FILE = "mh-chaseley-hasc-scrutiny-panel-2025-10-15.docx"
REPORT_FILE = "mh-chaseley-cabinet-report-home-care-recommissioning.pdf"

# ---------------------------------------------------------------------------------------
# The minutes.  Blocks: ("item", number, title), ("p", text), ("b", bullet text),
# ("n", "1.", text) typed numbered point, ("lbl", text) a bold label line,
# ("dec", text) a decision paragraph, ("action", text), ("clause", "(i)", text).
# ---------------------------------------------------------------------------------------
HEADER = "HEALTH AND ADULT SOCIAL CARE SCRUTINY PANEL - 15.10.2025"
TITLE = ("MINUTES OF THE MEETING OF THE HEALTH AND ADULT SOCIAL CARE SCRUTINY PANEL "
         "HELD ON WEDNESDAY, 15 OCTOBER 2025")

ATTENDANCE = [
    ("MEMBERS:",
     "Councillors Derya Kaplan (Chair), Patrick Onwuachi (Vice-Chair), Helen Ashworth-Reid, "
     "Marios Christodoulou, Tamsin Goodyear, Gareth Pell and Nesrin Yilmaz-Hart"),
    ("Officers:",
     "Bharat Mistry (Executive Director – People), Louise Frampton (Director of Adult Social "
     "Care), Kwame Asante (Head of Commissioning – Adults), Dr Ruth Ellery (Director of Public "
     "Health), Sinead Moloney (Head of Safeguarding Adults and Quality Assurance), Zoe Hartigan "
     "(Governance & Scrutiny Officer)"),
    ("Also Attending:",
     "Councillor Amina Farouk (Cabinet Member for Health and Social Care), Sarah-Jane Whitlock "
     "(Director of Place – Chaseley, North Lea Integrated Care Board), Mark Dunstable (Chief "
     "Operating Officer, North Lea Hospitals NHS Trust), Dr Imran Qadir (Clinical Director, "
     "Chaseley East Primary Care Network), Geraldine Moss (Independent Chair, Chaseley "
     "Safeguarding Adults Board), Priya Anand (Chief Executive, Healthwatch Chaseley) and 4 "
     "members of the public"),
]

BLOCKS = [
    ("item", "1", "WELCOME & APOLOGIES"),
    ("p", "The Chair welcomed everyone to the meeting, including Councillor Nesrin Yilmaz-Hart, "
          "who had joined the Panel since the last meeting."),
    ("p", "Apologies for absence were received from Councillor Sunita Varma. Apologies for "
          "lateness were received from Councillor Tamsin Goodyear."),

    ("item", "2", "DECLARATIONS OF INTEREST"),
    ("p", "Councillor Marios Christodoulou declared a non-pecuniary interest in item 6 (Home Care "
          "Recommissioning) as a close family member receives a home care package arranged by the "
          "Council. There were no other declarations of interest."),

    ("item", "3", "MINUTES OF THE PREVIOUS MEETING HELD ON 9 JULY 2025"),
    ("dec", "AGREED the minutes of the meeting held on 9 July 2025 as a correct record."),
    ("p", "Matters arising: the Governance & Scrutiny Officer confirmed that the information on "
          "falls prevention requested at the last meeting had been circulated to Members on "
          "4 August 2025."),

    ("item", "4", "WINTER PLANNING 2025/26 – CHASELEY HEALTH AND CARE SYSTEM"),
    ("p", "Sarah-Jane Whitlock, Director of Place – Chaseley, North Lea Integrated Care Board (ICB), "
          "and Mark Dunstable, Chief Operating Officer, North Lea Hospitals NHS Trust, introduced "
          "the report, which set out the joint plan of the local health and care system for "
          "winter 2025/26. The following was highlighted:"),
    ("b", "Emergency department attendances at Northfield General Hospital had been 8% higher "
          "between April and August 2025 than in the same period last year, with the sharpest "
          "rise among people aged over 80."),
    ("b", "The system had been allocated £4.6m of winter funding, including £1.9m through the "
          "Better Care Fund, which would pay for additional reablement capacity, a seven-day "
          "transfer of care hub and 20 step-down beds."),
    ("b", "The urgent community response team would operate from 8am to 10pm, seven days a week, "
          "from 1 November, with a target of responding to 70% of referrals within two hours."),
    ("b", "A joint communications campaign would encourage residents to use community pharmacies, "
          "NHS 111 and their GP practice before going to the emergency department."),
    ("b", "Surge plans had been agreed with all care homes in the borough and would be tested in "
          "an exercise in early November."),
    ("lbl", "Questions/Comments from Members:"),
    ("n", "1.", "Councillor Ashworth-Reid asked how many beds at Northfield General Hospital were "
                "occupied by patients who no longer met the criteria to reside, and what was being "
                "done to reduce this. Mark Dunstable advised that on the day of the meeting 61 "
                "patients had no criteria to reside, of whom around a third were Chaseley "
                "residents. The transfer of care hub had reduced the average delay for Chaseley "
                "residents from 4.1 days to 2.7 days since April, and the additional reablement "
                "capacity funded for the winter was expected to reduce it further."),
    ("n", "2.", "Councillor Onwuachi raised concerns about the number of patients waiting more than "
                "12 hours in the emergency department, particularly older people who were being "
                "left on trolleys in corridors. Mark Dunstable acknowledged the concern and "
                "confirmed that 12-hour waits had fallen from 9.8% of attendances in January to "
                "6.1% in August, but accepted that this remained well above where the Trust wanted "
                "to be. A new same day emergency care unit for frail older people would open in "
                "December."),
    ("n", "3.", "In response to a question from Councillor Christodoulou about the uptake of flu and "
                "COVID-19 vaccinations among care home staff, Dr Ruth Ellery, Director of Public "
                "Health, stated that uptake among care home staff last winter had been only 23% for "
                "flu. Pop-up vaccination clinics would be offered in every care home in the borough "
                "from the week beginning 20 October, and the public health team was working with "
                "care home managers to address vaccine hesitancy among staff."),
    ("n", "4.", "Councillor Yilmaz-Hart asked whether the 20 step-down beds would be purchased from "
                "private care homes outside the borough, and commented that families found it very "
                "difficult to visit relatives who had been placed out of borough. Louise Frampton, "
                "Director of Adult Social Care, advised that 14 of the beds had been secured in two "
                "care homes in Chaseley and the remaining six in a home in a neighbouring borough "
                "close to the boundary; no resident would be placed in a step-down bed more than "
                "five miles from the borough."),
    ("n", "5.", "The Chair requested that a breakdown of the £4.6m winter funding by scheme, showing "
                "how much was being spent in Chaseley, be circulated to Members before the next "
                "meeting."),
    ("action", "ACTION: Sarah-Jane Whitlock"),
    ("n", "6.", "Cllr Pell commented that residents were still being told to telephone their surgery "
                "at 8am for an appointment, and that the winter communications campaign needed to "
                "reflect the reality of how people could get to see a GP."),
    ("p", "The Chair thanked Sarah-Jane Whitlock and Mark Dunstable for attending."),
    ("dec", "NOTED the Chaseley health and care system winter plan 2025/26."),

    ("item", "5", "ADULT SOCIAL CARE: CQC ASSESSMENT IMPROVEMENT PLAN – PROGRESS UPDATE"),
    ("p", "Councillor Amina Farouk, Cabinet Member for Health and Social Care, introduced the item, "
          "reminding Members that the Care Quality Commission (CQC) had published its assessment "
          "of the Council's adult social care services in March 2025 with an overall rating of "
          "'Requires Improvement'. Louise Frampton, Director of Adult Social Care, presented the "
          "report, highlighting:"),
    ("b", "Of the 46 actions in the improvement plan, 29 were complete, 13 were on track and 4 "
          "were rated amber."),
    ("b", "The number of people waiting for a Care Act assessment had risen from 388 in April to "
          "452 in August, although the longest waits had reduced."),
    ("b", "A new carers' strategy had been co-produced with the Chaseley Carers Centre and would "
          "go to Cabinet in December."),
    ("b", "The transitions protocol for young people moving from children's to adult services had "
          "been rewritten and was now in use."),
    ("p", "Councillor Kaplan queried why the number of people waiting for an assessment had risen "
          "over the summer when the improvement plan had committed to reducing it. Louise Frampton "
          "explained that referrals had increased by 11% following the changes to hospital "
          "discharge arrangements, and that two vacant team manager posts had affected capacity; "
          "both posts had now been filled and a 'waiting well' approach was in place so that "
          "everyone on the waiting list was contacted at least every four weeks. Councillor "
          "Onwuachi sought clarification on whether carers' assessments were included in the "
          "waiting list figures and was advised that they were reported separately and that 212 "
          "carers were currently waiting, of whom 40 had waited more than six months. Councillor "
          "Onwuachi commented that this was not acceptable and that unpaid carers were holding the "
          "system together."),
    ("p", "Councillor Goodyear arrived at 7.48pm."),
    ("p", "Councillor Ashworth-Reid asked what was being done to recruit and retain social workers, "
          "given the Council's reliance on agency staff. Bharat Mistry, Executive Director – "
          "People, responded that the proportion of agency social workers in adult services had "
          "fallen from 31% to 22% over the past year, that a new career progression scheme for "
          "social workers had been introduced in June and that the Council had signed the "
          "pan-London memorandum of understanding on agency pay rates. Councillor Christodoulou "
          "expressed concern that the views of people who used services and their carers were "
          "not visible in the improvement plan. The Cabinet Member agreed that co-production "
          "needed to be strengthened and confirmed that a lived experience group would be "
          "established by January 2026 to oversee the remaining actions."),
    ("p", "Priya Anand, Healthwatch Chaseley, asked whether the Council would publish its "
          "self-assessment ahead of the next CQC visit. Louise Frampton said that an updated "
          "self-assessment would be published on the Council's website in the new year."),
    ("dec", "The Panel NOTED the progress made against the improvement plan and AGREED that a "
            "further update, including waiting times for carers' assessments, be brought to its "
            "meeting in March 2026."),

    ("item", "6", "HOME CARE RECOMMISSIONING – PRE-DECISION SCRUTINY"),
    ("p", "Councillor Christodoulou had declared an interest in this item (minute 2 refers) and "
          "remained in the meeting."),
    ("p", "Kwame Asante, Head of Commissioning – Adults, presented the report, which would be "
          "considered by Cabinet on 12 November 2025. The following points were highlighted:"),
    ("n", "1.", "The Council currently commissioned around 14,500 hours of home care a week from 27 "
                "providers on a spot and framework basis, at a total cost of £31.2m a year."),
    ("n", "2.", "It was proposed to move to five geographical zones, each with a lead provider, "
                "supported by a framework of approved providers for packages that the lead "
                "providers could not pick up."),
    ("n", "3.", "All providers would be required to pay the London Living Wage and to pay for "
                "travel time, and to sign up to the Ethical Care Charter."),
    ("n", "4.", "The proposed hourly rate was £24.90, an increase of £1.65 on the current average "
                "rate."),
    ("n", "5.", "Engagement with people who receive home care, carers and providers had taken place "
                "over the summer, including a survey which received 341 responses and four focus "
                "groups."),
    ("lbl", "Questions/Comments from Members:"),
    ("n", "1.", "Councillor Onwuachi asked whether the option of bringing some home care back "
                "in-house had been considered, rather than relying entirely on private providers. "
                "Kwame Asante advised that an in-house service had been appraised as part of the "
                "options appraisal at appendix 2 to the report, but that the set-up costs of around "
                "£3.2m and the time needed to register a new service with the CQC meant that it was "
                "not recommended at this stage. The Cabinet Member added that the Administration "
                "remained committed to exploring in-house provision and that it would be looked at "
                "again before the end of the new contracts."),
    ("n", "2.", "Councillor Pell raised concerns that some care workers were currently being paid "
                "only for contact time and asked how the requirement to pay for travel time would "
                "be enforced. Officers confirmed that electronic call monitoring data would be "
                "checked monthly against payroll records and that contract compliance visits would "
                "include interviews with care workers."),
    ("n", "3.", "Councillor Yilmaz-Hart requested that the views of people receiving home care and "
                "their families be set out in full in the Cabinet report, not only the survey "
                "statistics. The Head of Commissioning agreed that a summary of what people had "
                "said, including the comments from the focus groups, would be added as an appendix."),
    ("n", "4.", "Councillor Ashworth-Reid questioned whether relying on five lead providers would "
                "leave the Council exposed if one of them were to fail or hand back its contract. "
                "Kwame Asante explained that providers' financial resilience would be assessed as "
                "part of the tender, that framework providers would be able to take on packages at "
                "short notice, and that the Council's provider failure protocol had been updated."),
    ("n", "5.", "Priya Anand, Healthwatch Chaseley, commented that people had told Healthwatch that "
                "15-minute visits left them feeling rushed and undignified. Louise Frampton "
                "confirmed that 15-minute visits would be used only for specific tasks such as "
                "medication prompts, and never for personal care."),
    ("n", "6.", "Councillor Goodyear asked what would happen to the care workers employed by "
                "providers who were not successful in the tender, and whether they would transfer "
                "to the new providers. Kwame Asante advised that TUPE was likely to apply in many "
                "cases and that all current providers had been asked to supply workforce "
                "information as part of the exit arrangements."),
    ("p", "The Panel AGREED to make the following recommendations to Cabinet:"),
    ("clause", "(i)", "that the contract specification require providers to demonstrate that care "
                      "workers are paid for travel time, with compliance reported to the Panel "
                      "annually; and"),
    ("clause", "(ii)", "that the option of an in-house home care service be reviewed no later than "
                       "18 months before the end of the new contracts."),

    ("item", "7", "ACCESS TO GENERAL PRACTICE IN CHASELEY"),
    ("p", "Dr Imran Qadir, Clinical Director, Chaseley East Primary Care Network, and Sarah-Jane "
          "Whitlock gave a presentation on access to GP services in the borough. The presentation, "
          "which had been published as a supplementary item to the agenda, covered:"),
    ("b", "the 41 GP practices in Chaseley had delivered 1.38 million appointments in 2024/25, 6% "
          "more than in the previous year, with 44% of appointments on the same day as the "
          "request;"),
    ("b", "the east of the borough had 1,920 registered patients for each full-time equivalent GP, "
          "compared with 1,610 in the west;"),
    ("b", "the roll-out of online triage under the Modern General Practice Access programme, with "
          "35 practices now using a total triage model; and"),
    ("b", "the proposed closure of the Hollybrook Lane branch surgery of the Fernside Medical "
          "Practice."),
    ("p", "Councillor Kaplan asked why patients in the east of the borough had fewer GPs per head "
          "than those in the west, and what the ICB was doing about it. Dr Qadir explained that it "
          "had been harder to recruit GPs to practices in the east, where several partners had "
          "retired in the last three years; the ICB had funded a fellowship scheme for newly "
          "qualified GPs, and 9 of the 12 fellows appointed this year were working in the east."),
    ("p", "Councillor Goodyear asked about the increasing use of additional roles in practices, such "
          "as physician associates and paramedics, and whether patients were always told who they "
          "were seeing. Dr Qadir confirmed that practices had been asked to make clear to patients "
          "the role of the clinician they were booked with, and that physician associates in his "
          "network did not see patients whose problem had not already been assessed by a GP."),
    ("p", "Cllr Pell queried how patients without a smartphone or access to the internet could book "
          "an appointment under total triage. Sarah-Jane Whitlock stated that every practice was "
          "required to offer the same access by telephone and in person as online, and that the "
          "ICB would be carrying out mystery shopping of all practices before Christmas."),
    ("p", "Councillor Onwuachi asked whether patients had been consulted on the proposed closure of "
          "the Hollybrook Lane branch surgery. Sarah-Jane Whitlock advised that the practice had "
          "run a six-week patient engagement exercise, with a drop-in session at the surgery, and "
          "that the ICB's primary care commissioning committee would consider the results in "
          "November. Councillor Onwuachi requested that the Panel be sent the engagement report "
          "before that decision was taken."),
    ("p", "Councillor Yilmaz-Hart commented that not one dental practice in the borough was "
          "accepting new adult NHS patients and that residents in pain were being directed to "
          "urgent dental services in other boroughs."),
    ("p", "The Panel noted the update and thanked Dr Qadir and Ms Whitlock for their attendance."),

    ("item", "8", "CHASELEY SAFEGUARDING ADULTS BOARD ANNUAL REPORT 2024/25"),
    ("p", "Geraldine Moss, Independent Chair of the Chaseley Safeguarding Adults Board, presented "
          "the Board's annual report. She highlighted that safeguarding concerns had risen by 9% to "
          "3,214, that self-neglect was now the second most common category of enquiry after "
          "neglect and acts of omission, and that two Safeguarding Adults Reviews had been "
          "published during the year, both concerning people with multiple disadvantages who had "
          "been known to several agencies."),
    ("lbl", "Questions/Comments from Members:"),
    ("n", "1.", "Councillor Christodoulou asked what was behind the rise in self-neglect cases and "
                "whether hoarding was a factor. Geraldine Moss said that the increase partly "
                "reflected better recognition by housing officers and the fire service, and that a "
                "multi-agency hoarding protocol had been launched in May."),
    ("n", "2.", "Councillor Ashworth-Reid asked how the Board could be sure that the recommendations "
                "of Safeguarding Adults Reviews were being acted on by partners. Sinead Moloney, "
                "Head of Safeguarding Adults and Quality Assurance, explained that each review had "
                "an action plan monitored by the Board's case review sub-group, and that partners "
                "were required to provide evidence, not just assurance, before an action was "
                "closed."),
    ("dec", "NOTED the Safeguarding Adults Board's Annual Report for 2024/25."),

    ("item", "9", "WORK PROGRAMME 2025/26"),
    ("p", "Zoe Hartigan, Governance & Scrutiny Officer, presented the Panel's work programme. The "
          "work programme had been updated following the discussion under minute 7 to include an "
          "item on access to NHS dentistry at the meeting on 22 January 2026, with the mental "
          "health crisis pathway item moving to March 2026."),
    ("dec", "AGREED the Health and Adult Social Care Scrutiny Panel work programme 2025/26, subject "
            "to the changes set out above."),

    ("item", "10", "DATE OF NEXT MEETING"),
    ("dec", "NOTED that the next meeting of the Panel will be held on Thursday, 22 January 2026 at "
            "7.00pm in the Conference Room, Civic Centre, Bramble Street."),
    ("p", "The meeting ended at 9.31pm."),
]

# ---------------------------------------------------------------------------------------
# Gold for the minutes
# ---------------------------------------------------------------------------------------
def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_FILE,
    "doc_type": "minutes",
    "committee": "Health and Adult Social Care Scrutiny Panel",
    "meeting_date": "2025-10-15",
    "items": [
        {"number": "1", "title": "WELCOME & APOLOGIES"},
        {"number": "2", "title": "DECLARATIONS OF INTEREST"},
        {"number": "3", "title": "MINUTES OF THE PREVIOUS MEETING HELD ON 9 JULY 2025"},
        {"number": "4", "title": "WINTER PLANNING 2025/26 – CHASELEY HEALTH AND CARE SYSTEM"},
        {"number": "5", "title": "ADULT SOCIAL CARE: CQC ASSESSMENT IMPROVEMENT PLAN – PROGRESS UPDATE"},
        {"number": "6", "title": "HOME CARE RECOMMISSIONING – PRE-DECISION SCRUTINY"},
        {"number": "7", "title": "ACCESS TO GENERAL PRACTICE IN CHASELEY"},
        {"number": "8", "title": "CHASELEY SAFEGUARDING ADULTS BOARD ANNUAL REPORT 2024/25"},
        {"number": "9", "title": "WORK PROGRAMME 2025/26"},
        {"number": "10", "title": "DATE OF NEXT MEETING"},
    ],
    "questions": [
        # 4 Winter planning
        q("4", "question",
          "asked how many beds at Northfield General Hospital were occupied by patients",
          "Councillor Ashworth-Reid",
          "The transfer of care hub had reduced the average delay",
          "Mark Dunstable", ["adult-social-care", "integration"]),
        q("4", "concern",
          "raised concerns about the number of patients waiting more than 12 hours",
          "Councillor Onwuachi",
          "12-hour waits had fallen from 9.8% of attendances in January to 6.1% in August",
          "Mark Dunstable", []),
        q("4", "question",
          "about the uptake of flu and COVID-19 vaccinations among care home staff",
          "Councillor Christodoulou",
          "Pop-up vaccination clinics would be offered in every care home in the borough",
          "Dr Ruth Ellery", ["public-health", "adult-social-care", "workforce"]),
        q("4", "question",
          "asked whether the 20 step-down beds would be purchased from private care homes",
          "Councillor Yilmaz-Hart",
          "14 of the beds had been secured in two care homes in Chaseley",
          "Louise Frampton", ["adult-social-care"]),
        q("4", "request",
          "showing how much was being spent in Chaseley, be circulated to Members",
          "The Chair", None, None, ["finance"]),
        q("4", "comment",
          "residents were still being told to telephone their surgery at 8am",
          "Cllr Pell", None, None, ["primary-care"]),
        # 5 CQC improvement plan
        q("5", "question",
          "queried why the number of people waiting for an assessment had risen",
          "Councillor Kaplan",
          "referrals had increased by 11% following the changes to hospital discharge arrangements",
          "Louise Frampton", ["adult-social-care"]),
        q("5", "question",
          "sought clarification on whether carers' assessments were included in the waiting list figures",
          "Councillor Onwuachi",
          "they were reported separately and that 212 carers were currently waiting",
          None, ["adult-social-care"]),
        q("5", "comment",
          "commented that this was not acceptable and that unpaid carers were holding",
          "Councillor Onwuachi", None, None, ["adult-social-care"]),
        q("5", "question",
          "asked what was being done to recruit and retain social workers",
          "Councillor Ashworth-Reid",
          "agency social workers in adult services had fallen from 31% to 22%",
          "Bharat Mistry", ["workforce", "adult-social-care"]),
        q("5", "concern",
          "expressed concern that the views of people who used services and their carers",
          "Councillor Christodoulou",
          "a lived experience group would be established by January 2026",
          "The Cabinet Member", ["patient-and-public-input", "adult-social-care"]),
        q("5", "question",
          "asked whether the Council would publish its self-assessment ahead of the next CQC visit",
          "Priya Anand",
          "an updated self-assessment would be published on the Council's website",
          "Louise Frampton", ["governance"]),
        # 6 Home care recommissioning
        q("6", "question",
          "asked whether the option of bringing some home care back in-house had been considered",
          "Councillor Onwuachi",
          "an in-house service had been appraised as part of the options appraisal",
          "Kwame Asante", ["privatisation", "adult-social-care"]),
        q("6", "concern",
          "some care workers were currently being paid only for contact time",
          "Councillor Pell",
          "electronic call monitoring data would be checked monthly against payroll records",
          "Officers", ["workforce", "subcontracting"]),
        q("6", "request",
          "requested that the views of people receiving home care and their families",
          "Councillor Yilmaz-Hart",
          "a summary of what people had said, including the comments from the focus groups",
          "The Head of Commissioning", ["patient-and-public-input", "adult-social-care"]),
        q("6", "question",
          "questioned whether relying on five lead providers would leave the Council exposed",
          "Councillor Ashworth-Reid",
          "providers' financial resilience would be assessed as part of the tender",
          "Kwame Asante", ["subcontracting"]),
        q("6", "comment",
          "people had told Healthwatch that 15-minute visits left them feeling rushed and undignified",
          "Priya Anand",
          "15-minute visits would be used only for specific tasks such as medication prompts",
          "Louise Frampton", ["adult-social-care", "patient-and-public-input"]),
        q("6", "question",
          "asked what would happen to the care workers employed by providers who were not successful",
          "Councillor Goodyear",
          "TUPE was likely to apply in many cases",
          "Kwame Asante", ["workforce", "subcontracting"]),
        # 7 Access to general practice
        q("7", "question",
          "asked why patients in the east of the borough had fewer GPs per head",
          "Councillor Kaplan",
          "the ICB had funded a fellowship scheme for newly qualified GPs",
          "Dr Qadir", ["primary-care", "workforce"]),
        q("7", "question",
          "asked about the increasing use of additional roles in practices",
          "Councillor Goodyear",
          "practices had been asked to make clear to patients the role of the clinician",
          "Dr Qadir", ["primary-care", "workforce"]),
        q("7", "question",
          "queried how patients without a smartphone or access to the internet could book",
          "Cllr Pell",
          "every practice was required to offer the same access by telephone and in person",
          "Sarah-Jane Whitlock", ["primary-care"]),
        q("7", "question",
          "asked whether patients had been consulted on the proposed closure",
          "Councillor Onwuachi",
          "the practice had run a six-week patient engagement exercise",
          "Sarah-Jane Whitlock", ["primary-care", "patient-and-public-input"]),
        q("7", "request",
          "requested that the Panel be sent the engagement report before that decision was taken",
          "Councillor Onwuachi", None, None, ["primary-care", "patient-and-public-input"]),
        q("7", "comment",
          "not one dental practice in the borough was accepting new adult NHS patients",
          "Councillor Yilmaz-Hart", None, None, ["primary-care"]),
        # 8 Safeguarding Adults Board
        q("8", "question",
          "asked what was behind the rise in self-neglect cases",
          "Councillor Christodoulou",
          "partly reflected better recognition by housing officers and the fire service",
          "Geraldine Moss", ["adult-social-care"]),
        q("8", "question",
          "asked how the Board could be sure that the recommendations of Safeguarding Adults Reviews",
          "Councillor Ashworth-Reid",
          "partners were required to provide evidence, not just assurance, before an action was closed",
          "Sinead Moloney", ["adult-social-care", "governance"]),
    ],
    "resolutions": [
        r("3", "AGREED the minutes of the meeting held on 9 July 2025", "agreed", []),
        r("4", "NOTED the Chaseley health and care system winter plan 2025/26", "noted", []),
        r("5", "NOTED the progress made against the improvement plan and AGREED that a further update",
          "agreed", ["adult-social-care"]),
        r("6", "the contract specification require providers to demonstrate that care workers are paid",
          "recommended", ["workforce", "subcontracting", "privatisation"]),
        r("7", "The Panel noted the update and thanked Dr Qadir and Ms Whitlock", "noted", []),
        r("8", "NOTED the Safeguarding Adults Board's Annual Report for 2024/25", "noted", []),
        r("9", "AGREED the Health and Adult Social Care Scrutiny Panel work programme 2025/26",
          "agreed", []),
        r("10", "NOTED that the next meeting of the Panel will be held on Thursday", "noted", []),
    ],
    "attendees": [
        a("Derya Kaplan", "Chair", "present"),
        a("Patrick Onwuachi", "Vice-Chair", "present"),
        a("Helen Ashworth-Reid", None, "present"),
        a("Marios Christodoulou", None, "present"),
        a("Tamsin Goodyear", None, "present"),
        a("Gareth Pell", None, "present"),
        a("Nesrin Yilmaz-Hart", None, "present"),
        a("Councillor Sunita Varma", None, "apologies"),
        a("Bharat Mistry", "Executive Director – People", "in_attendance"),
        a("Louise Frampton", "Director of Adult Social Care", "in_attendance"),
        a("Kwame Asante", "Head of Commissioning – Adults", "in_attendance"),
        a("Dr Ruth Ellery", "Director of Public Health", "in_attendance"),
        a("Sinead Moloney", "Head of Safeguarding Adults and Quality Assurance", "in_attendance"),
        a("Zoe Hartigan", "Governance & Scrutiny Officer", "in_attendance"),
        a("Councillor Amina Farouk", "Cabinet Member for Health and Social Care", "in_attendance"),
        a("Sarah-Jane Whitlock", "Director of Place – Chaseley, North Lea Integrated Care Board",
          "in_attendance"),
        a("Mark Dunstable", "Chief Operating Officer, North Lea Hospitals NHS Trust", "in_attendance"),
        a("Dr Imran Qadir", "Clinical Director, Chaseley East Primary Care Network", "in_attendance"),
        a("Geraldine Moss", "Independent Chair, Chaseley Safeguarding Adults Board", "in_attendance"),
        a("Priya Anand", "Chief Executive, Healthwatch Chaseley", "in_attendance"),
    ],
}

REPORT_GOLD = {"document": REPORT_FILE, "doc_type": "report"}


# ---------------------------------------------------------------------------------------
# Writing the Word minutes
# ---------------------------------------------------------------------------------------
def _page_field(paragraph):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def run_text(t):
        run = paragraph.add_run(t)
        return run

    run_text("- ")
    run = paragraph.add_run()
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    r_el = OxmlElement("w:r")
    t_el = OxmlElement("w:t")
    t_el.text = "1"
    r_el.append(t_el)
    fld.append(r_el)
    run._r.addnext(fld)
    tail = paragraph.add_run(" -")
    return tail


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def build_minutes(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)

    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)

    hp = sec.header.paragraphs[0]
    hrun = hp.add_run(HEADER)
    hrun.bold = True
    hrun.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(fp)

    t = doc.add_paragraph()
    t.paragraph_format.space_after = Pt(12)
    tr = t.add_run(TITLE)
    tr.bold = True
    tr.font.size = Pt(12)

    table = doc.add_table(rows=0, cols=2)
    _no_borders(table)
    for label, names in ATTENDANCE:
        cells = table.add_row().cells
        cells[0].width = Cm(3.6)
        cells[1].width = Cm(13.0)
        lr = cells[0].paragraphs[0].add_run(label)
        lr.bold = True
        cells[1].paragraphs[0].add_run(names)

    doc.add_paragraph()

    body_indent = Cm(1.5)
    for block in BLOCKS:
        kind = block[0]
        if kind == "item":
            p = doc.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = body_indent
            pf.first_line_indent = -body_indent
            pf.space_before = Pt(12)
            pf.keep_with_next = True
            pf.tab_stops.add_tab_stop(body_indent)
            run = p.add_run(f"{block[1]}\t{block[2]}")
            run.bold = True
        elif kind == "p":
            p = doc.add_paragraph(block[1])
            p.paragraph_format.left_indent = body_indent
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "lbl":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = body_indent
            p.paragraph_format.keep_with_next = True
            p.add_run(block[1]).bold = True
        elif kind == "b":
            p = doc.add_paragraph(block[1], style="List Bullet")
            p.paragraph_format.left_indent = Cm(2.2)
            p.paragraph_format.first_line_indent = Cm(-0.6)
        elif kind == "n":
            p = doc.add_paragraph(f"{block[1]}\t{block[2]}")
            pf = p.paragraph_format
            pf.left_indent = Cm(2.3)
            pf.first_line_indent = Cm(-0.8)
            pf.tab_stops.add_tab_stop(Cm(2.3))
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "clause":
            p = doc.add_paragraph(f"{block[1]}\t{block[2]}")
            pf = p.paragraph_format
            pf.left_indent = Cm(2.5)
            pf.first_line_indent = Cm(-1.0)
            pf.tab_stops.add_tab_stop(Cm(2.5))
        elif kind == "action":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(2.3)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.add_run(block[1]).bold = True
        elif kind == "dec":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = body_indent
            text = block[1]
            m = re.match(r"^(AGREED|NOTED)(.*)$", text, re.S)
            if m:
                p.add_run(m.group(1)).bold = True
                p.add_run(m.group(2))
            else:
                # labels inside the sentence in bold
                for part in re.split(r"(NOTED|AGREED)", text):
                    if part:
                        p.add_run(part).bold = part in ("NOTED", "AGREED")
        else:
            raise ValueError(kind)

    cp = doc.core_properties
    cp.author = "Zoe Hartigan"
    cp.last_modified_by = "Zoe Hartigan"
    cp.title = "Minutes - Health and Adult Social Care Scrutiny Panel - 15 October 2025"
    cp.created = dt.datetime(2025, 10, 20, 14, 5, 0)
    cp.modified = dt.datetime(2025, 10, 24, 9, 30, 0)
    cp.revision = 4

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue()))


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed member timestamps so the output is byte-for-byte stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 10, 24, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------------------
# The document that is not minutes: a Cabinet report (PDF)
# ---------------------------------------------------------------------------------------
REPORT_META = [
    ("Meeting Date:", "12 November 2025"),
    ("Subject:", "Recommissioning of Home Care Services"),
    ("Cabinet Member:", "Cllr Amina Farouk, Cabinet Member for Health and Social Care"),
    ("Executive Director:", "Bharat Mistry, Executive Director – People"),
    ("Key Decision:", "KD 5821"),
]

REPORT_SECTIONS = [
    ("Purpose of Report", [
        "1. This report seeks approval for a new model of home care for adults in Chaseley from "
        "1 April 2026, when the current framework agreement and spot purchase arrangements come "
        "to an end, and for the procurement of lead providers and a supporting framework.",
    ]),
    ("Recommendations", [
        "That Cabinet:",
        "I. Approves the zoned home care model described in paragraphs 9 to 14, with one lead "
        "provider in each of five zones and a framework of approved providers.",
        "II. Agrees a minimum hourly rate of £24.90 for 2026/27, to be reviewed annually.",
        "III. Delegates authority to the Executive Director – People, in consultation with the "
        "Cabinet Member for Health and Social Care, to award the lead provider contracts and "
        "framework places following the tender.",
        "IV. Notes the recommendations of the Health and Adult Social Care Scrutiny Panel of "
        "15 October 2025 and the responses to them at paragraph 24.",
    ]),
    ("Background and Options", [
        "2. The Council arranges around 14,500 hours of home care each week for approximately "
        "1,650 residents. Care is currently bought from 27 providers, 11 of them through a "
        "framework agreement let in 2021 and the rest on spot contracts.",
        "3. The current arrangements have led to long travel times for care workers, difficulty "
        "picking up packages in the north-east of the borough and wide variation in quality. "
        "Of the providers used, 21 are rated Good by the Care Quality Commission, 5 Requires "
        "Improvement and 1 is not yet rated.",
        "4. Four options were appraised (Appendix 1): (a) retender the existing framework; "
        "(b) a zoned model with lead providers; (c) an in-house service for part of the borough; "
        "(d) a mixed model combining (b) and (c). Option (b) is recommended. Option (c) would "
        "cost around £3.2m to establish and could not be registered and staffed before April 2026; "
        "it will be reconsidered during the life of the new contracts.",
    ]),
    ("What people told us", [
        "5. Engagement took place between 2 June and 25 July 2025 through an online and paper "
        "survey (341 responses), four focus groups and meetings with providers. The questions "
        "people asked most often were:",
        "• Will I keep my current care worker? Where a provider is not appointed, the Council will "
        "work with the new provider to keep the same care worker wherever possible, including "
        "through a TUPE transfer.",
        "• Will my visits be at the same time? Visit times will be agreed with each person and "
        "will not change without their agreement.",
        "• Will the service cost me more? The charge a person pays is set by the financial "
        "assessment and will not change as a result of the new contracts.",
        "6. A summary of the comments received is set out in Appendix 2.",
    ]),
    ("Response to the Health and Adult Social Care Scrutiny Panel", [
        "24. The Panel considered the proposals on 15 October 2025 and made two recommendations. "
        "Recommendation (i), that the specification require providers to show that care workers "
        "are paid for travel time with compliance reported annually: accepted; clause 18 of the "
        "specification has been strengthened. Recommendation (ii), that an in-house option be "
        "reviewed no later than 18 months before the contracts end: accepted.",
    ]),
    ("Financial Implications", [
        "25. The estimated cost of the new model in 2026/27 is £33.9m, an increase of £2.7m on "
        "the 2025/26 forecast, which is provided for in the Medium Term Financial Plan.",
    ]),
    ("Legal Implications", [
        "26. The procurement will be carried out under the Provider Selection Regime where it "
        "applies and otherwise under the Procurement Act 2023.",
    ]),
]

REPORT_FOOT = [
    "Report Author: Kwame Asante, Head of Commissioning – Adults",
    "Date of report: 24 October 2025",
    "Appendices: Appendix 1 – Options appraisal; Appendix 2 – Engagement summary",
    "Background Papers: None",
]


def build_report(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Recommissioning of Home Care Services")
    pdf.set_author("London Borough of Chaseley")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(w, 8, "London Borough of Chaseley", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(w, 8, "Cabinet", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 10)
    for label, value in REPORT_META:
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(42, 7, label, border=1)
        pdf.set_font("DejaVu", "", 10)
        pdf.cell(w - 42, 7, value, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for heading, paras in REPORT_SECTIONS:
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(w, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)
        for para in paras:
            indent = 6 if para.startswith(("•", "I.", "II.", "III.", "IV.")) else 0
            pdf.set_x(pdf.l_margin + indent)
            pdf.multi_cell(w - indent, 5.2, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        pdf.ln(2)
    pdf.set_font("DejaVu", "", 9)
    for line in REPORT_FOOT:
        pdf.cell(w, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------------------
def norm(text: str) -> str:
    text = text.lower()
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("P"))
    return re.sub(r"\s+", " ", text).strip()


def docx_text(path: Path) -> str:
    from docx import Document
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]

    def walk(tables):
        for tb in tables:
            for row in tb.rows:
                for cell in row.cells:
                    parts.extend(p.text for p in cell.paragraphs)
                    walk(cell.tables)
    walk(doc.tables)
    return "\n".join(parts)


def pdf_text(path: Path) -> str:
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def html_text(path: Path) -> str:
    from bs4 import BeautifulSoup
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")


def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".docx":
        return docx_text(path)
    if ext == ".pdf":
        return pdf_text(path)
    if ext in (".html", ".htm"):
        return html_text(path)
    return path.read_text(encoding="utf-8")


def count(phrase: str, text: str) -> int:
    p = " " + norm(phrase) + " "
    t = " " + text + " "
    n, i = 0, t.find(p)
    while i != -1:
        n += 1
        i = t.find(p, i + 1)
    return n


def theme_slugs() -> set[str]:
    path = HERE.parent.parent / "minutes" / "themes.yml"
    slugs = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([a-z][a-z-]+):\s*$", line)
        if m and m.group(1) != "ignore_names":
            slugs.add(m.group(1))
    return slugs


def check() -> int:
    problems = []
    slugs = theme_slugs()
    for gold_path in sorted(GOLD.glob("mh-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = DOCS / gold["document"]
        if not doc_path.exists():
            problems.append(f"{gold_path.name}: missing document {doc_path.name}")
            continue
        if gold_path.stem != doc_path.stem:
            problems.append(f"{gold_path.name}: name does not match {doc_path.name}")
        text = norm(doc_text(doc_path))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
            for th in row["themes"]:
                if th not in slugs:
                    problems.append(f"{gold_path.name}: unknown theme {th}")
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
            for th in row["themes"]:
                if th not in slugs:
                    problems.append(f"{gold_path.name}: unknown theme {th}")
        for what, phrase in phrases:
            words = len(norm(phrase).split())
            if not 6 <= words <= 15:
                problems.append(f"{gold_path.name}: {what} phrase has {words} words: {phrase!r}")
            n = count(phrase, text)
            if n != 1:
                problems.append(f"{gold_path.name}: {what} phrase found {n} times: {phrase!r}")
        print(f"{gold_path.name}: {len(phrases)} phrases checked, {len(text.split())} words of text")
    for p in problems:
        print("PROBLEM:", p)
    print("check passed" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_FILE)
    build_report(DOCS / REPORT_FILE)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {MINUTES_FILE}, {REPORT_FILE} and their gold files")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
