#!/usr/bin/env python3
"""Build the "me-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_me.py           build documents/me-* and gold/me-*.json
        build_me.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import copy
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

MINUTES_NAME = "me-tavington-overview-scrutiny-panel-2025-01-23.docx"
REPORT_NAME = "me-tavington-leisure-contract-review-report-2023-24.pdf"

FIXED = dt.datetime(2025, 1, 27, 9, 30, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

# --------------------------------------------------------------------------------------
# The minutes, as blocks.
#   ("title", text)                    centred bold title
#   ("attendance",)                    the attendance tables
#   ("minute", ref, title)             minute heading in the hanging column
#   ("p", text)                        body paragraph (indented to the text column)
#   ("sub", text)                      bold underlined sub-heading in the text column
#   ("b", text)                        bold body paragraph
#   ("alpha", [texts])                 (a) (b) ... automatic list, restarting at (a)
#   ("num", [texts])                   1. 2. ... automatic list, restarting at 1
#   ("note", text)                     bracketed note, italic
#   ("close", text)                    closing line and signature block
# --------------------------------------------------------------------------------------

MEMBERS = [  # (mark, name, role) in two columns, left column first
    ("*", "Cllr R Tremlett", "Chair"),
    ("*", "Cllr S Ashworth", "Vice-Chair"),
    ("*", "Cllr D Blatchford", None),
    ("ø", "Cllr N Cawse", None),
    ("*", "Cllr H Daymond", None),
    ("*", "Cllr B Elford", None),
    ("*", "Cllr P Honeywill", None),
    ("ø", "Cllr L Kingdon", None),
    ("*", "Cllr A McKenna", None),
    ("*", "Cllr M Perrott", None),
    ("", "Cllr J Rowse", None),
    ("*", "Cllr F Yeo", None),
]

OFFICERS = [  # (item no, minute ref, officers)
    ("All agenda items", "",
     "Director of Strategy and Governance; Section 151 Officer; Head of Democratic "
     "Services; Democratic Services Specialist"),
    ("5", "O&S.62/24", "Director of Place and Enterprise"),
    ("6", "O&S.63/24",
     "Ms C Oduya, Associate Director of Primary Care, NHS Southmoor Integrated Care "
     "Board; Dr R Haldane, Clinical Director, Tavington and Moorside Primary Care Network"),
    ("7", "O&S.64/24", "Head of Housing; Housing Options Lead Specialist"),
    ("8", "O&S.65/24",
     "Director of Place and Enterprise; Leisure Contract Lead; Mr T Wakeham, Area "
     "Manager, Moorfit Leisure Ltd"),
    ("9", "O&S.66/24", "Head of Environment Services"),
]

BLOCKS = [
    ("title", "MINUTES OF THE MEETING OF THE OVERVIEW & SCRUTINY PANEL HELD AT "
              "HALLERTON HOUSE, TAVINGTON, ON THURSDAY 23 JANUARY 2025"),
    ("attendance",),

    ("minute", "O&S.58/24", "MINUTES"),
    ("p", "The minutes of the meeting of the Overview and Scrutiny Panel held on 28 "
          "November 2024 were confirmed as a correct record and signed by the Chair."),

    ("minute", "O&S.59/24", "DECLARATIONS OF INTEREST"),
    ("p", "Members and officers were invited to declare any interests in the items of "
          "business to be considered during the course of the meeting and these were "
          "recorded as follows:"),
    ("p", "Cllr A McKenna declared an Other Registrable Interest in Minute O&S.65/24: "
          "‘Leisure Services Contract – Annual Performance Review’ (Minute O&S.65/24 "
          "below refers) by virtue of being a trustee of the Kingsmoor Amateur Swimming "
          "Club, which hired pool time from the operator. Cllr McKenna remained in the "
          "meeting and took part in the debate thereon."),

    ("minute", "O&S.60/24", "URGENT BUSINESS"),
    ("p", "The Chair advised that there were no items of urgent business to be raised at "
          "this meeting."),

    ("minute", "O&S.61/24", "PUBLIC FORUM"),
    ("p", "In accordance with the Public Forum Procedure Rules, the Chair informed that one "
          "question had been received from a member of the public for consideration "
          "during this agenda item. The question, and the response that was read out by "
          "the lead Executive Member for Housing, Cllr Pengelly, were as follows:"),
    ("b", "Question from Mr P Gillard:"),
    ("p", "‘The Council’s own figures show that the number of households placed in bed "
          "and breakfast accommodation outside of the district has more than doubled "
          "since last year. What is the Council doing to bring these families back into "
          "Tavington, and how many of them have children of school age?’"),
    ("b", "Response:"),
    ("p", "‘Thank you for your question, Mr Gillard. The Council is very aware of the "
          "disruption that an out of area placement causes to a family, not least to "
          "children’s schooling. As at 31 December 2024, fourteen households were placed "
          "in temporary accommodation outside of the district, nine of which included "
          "children of school age. To reduce our reliance on out of area placements, the "
          "Council has purchased six properties through the Local Authority Housing Fund "
          "for use as temporary accommodation within the district, and it is expected "
          "that all six will be occupied by the end of March 2025. In the meantime, our "
          "officers are working with the County Council’s school transport team so that "
          "children can remain at their current school wherever possible.’"),
    ("p", "By way of a supplementary question, Mr Gillard asked whether these figures "
          "would be published on a regular basis. In reply, Cllr Pengelly confirmed that "
          "the number of out of area placements would be reported in the quarterly "
          "Integrated Performance Management Report from April 2025 onwards."),

    ("minute", "O&S.62/24", "EXECUTIVE FORWARD PLAN"),
    ("p", "The Panel was presented with the most recently published Executive Forward "
          "Plan. In discussion, reference was made to:"),
    ("alpha", [
        "the Car Parking Strategy Review. A Member asked why the review had slipped from "
        "the February to the April meeting of the Executive and whether the Panel would "
        "have the opportunity to consider the draft proposals beforehand. In reply, the "
        "Director of Place and Enterprise advised that the delay was due to the need to "
        "complete the consultation with town and parish councils and confirmed that the "
        "draft proposals would be presented to the Panel at its meeting on 20 March "
        "2025; and",
        "the Council Tax Reduction Scheme 2025/26. A Member noted that the Scheme had "
        "already been approved by Council at its meeting in December 2024 and requested "
        "that it be removed from the next iteration of the Forward Plan.",
    ]),

    ("minute", "O&S.63/24", "ACCESS TO GP AND DENTAL SERVICES – UPDATE FROM NHS "
                            "SOUTHMOOR INTEGRATED CARE BOARD"),
    ("p", "The Chair welcomed Ms C Oduya, Associate Director of Primary Care at NHS "
          "Southmoor Integrated Care Board (ICB), and Dr R Haldane, Clinical Director of "
          "the Tavington and Moorside Primary Care Network (PCN), to the meeting."),
    ("p", "Ms Oduya introduced a presentation (pages 15 to 32 of the published agenda pack "
          "refer) that provided the Panel with an update on access to primary care "
          "services in the district since the matter had last been considered in March "
          "2024. In so doing, Ms Oduya highlighted that the number of GP appointments "
          "delivered in the district had increased by 7% over the year, that 68% of "
          "appointments now took place on the same day or within one day of booking and "
          "that the proportion of appointments delivered face to face had returned to "
          "71%. The Panel was also informed that the ICB had taken on delegated "
          "responsibility for commissioning pharmacy, optometry and dental services from "
          "NHS England in April 2023."),
    ("p", "In the ensuing discussion, particular reference was made to:"),
    ("alpha", [
        "the telephone system at Kingsmoor Surgery. A number of Members reported that "
        "residents were continuing to wait in excess of 45 minutes to get through on the "
        "telephone at 8.00 am. In reply, Ms Oduya advised that the practice had moved to "
        "a cloud-based telephony system in October 2024 which offered a call-back "
        "facility and that average waiting times had since reduced to eleven minutes. "
        "Ms Oduya undertook to share the latest practice-level data with Members outside "
        "of the meeting;",
        "the branch surgery at Modbrook. A Member expressed concern that the temporary "
        "closure of the branch surgery had now been in place for six months and that "
        "residents without access to a car faced a return bus journey of more than two "
        "hours to the main surgery in Tavington. Dr Haldane acknowledged these concerns "
        "and stated that the closure had been necessary due to the practice being unable "
        "to recruit a salaried GP for the site. Whilst no decision had been taken on its "
        "future, Dr Haldane gave an assurance that any proposal to close the branch "
        "permanently would be subject to a formal engagement exercise with patients;",
        "the Additional Roles Reimbursement Scheme (ARRS). In response to a question, the "
        "Panel was informed that the PCN now employed 23 staff through the Scheme, "
        "including clinical pharmacists, paramedics, physician associates and a mental "
        "health practitioner, and that these roles were estimated to have released some "
        "1,900 GP appointments each month;",
        "NHS dentistry. A Member highlighted that no dental practice in the district was "
        "currently accepting new adult NHS patients and asked what the ICB was doing to "
        "address this. In reply, Ms Oduya advised that the ICB had commissioned an "
        "additional 2,400 urgent dental appointments across the area in 2024/25 and was "
        "piloting a dental therapy led service in Ashbury, but accepted that access to "
        "routine care remained very difficult and that the national dental contract was "
        "a significant barrier;",
        "communication with patients. Some Members felt that the ICB and practices needed "
        "to do more to explain the role of the wider practice team, since many patients "
        "still expected to see a GP when another clinician might be more appropriate. "
        "Ms Oduya agreed and informed that a campaign was being co-designed with "
        "Healthwatch Southmoor and local Patient Participation Groups and would be "
        "launched in the spring; and",
        "the new housing developments at Ashbury and Salcott. A Member stated that health "
        "infrastructure was not keeping pace with housing growth and felt that the ICB "
        "should be more proactive in responding to major planning applications, "
        "particularly when seeking Section 106 contributions towards additional surgery "
        "capacity.",
    ]),
    ("p", "It was then:"),
    ("b", "RESOLVED"),
    ("p", "That:"),
    ("num", [
        "the update be noted; and",
        "the ICB be requested to present a further update on access to GP and dental "
        "services to the Panel in twelve months’ time.",
    ]),
    ("p", "The Chair thanked Ms Oduya and Dr Haldane for their attendance and for their "
          "candid responses to Members’ questions."),
    ("note", "(NOTE: at 11.20 am, the Panel adjourned for a short comfort break and "
             "reconvened at 11.30 am.)"),

    ("minute", "O&S.64/24", "HOMELESSNESS AND TEMPORARY ACCOMMODATION – SIX MONTHLY "
                            "UPDATE"),
    ("p", "The Panel considered a report that provided an update on the delivery of the "
          "Homelessness Strategy 2022–2027 Action Plan and on the increasing demand for, "
          "and cost of, temporary accommodation in the district."),
    ("p", "In introducing the report, the lead Executive Member for Housing advised that "
          "the number of households in temporary accommodation had increased from 41 to "
          "67 over the past twelve months, and that the net cost to the Council of "
          "providing temporary accommodation was now forecast to be £612,000 in 2024/25, "
          "against a budget of £350,000. The lead Executive Member paid tribute to the "
          "Housing Options team, who had prevented homelessness for 212 households in the "
          "first half of the year."),
    ("p", "In discussion, particular reference was made to:"),
    ("alpha", [
        "the causes of the increase. A Member asked what was driving the increase, and "
        "the Head of Housing confirmed that the single largest cause of homelessness in "
        "the district was now the ending of private rented sector tenancies, with a "
        "number of landlords citing the Renters’ Rights Bill and the conversion of "
        "properties to holiday lets as their reasons for selling;",
        "the use of bed and breakfast accommodation. Members expressed their concern at "
        "the continued use of bed and breakfast accommodation for families with "
        "children, particularly where placements exceeded the six week legal limit. The "
        "Head of Housing informed that there were currently three families who had been "
        "in bed and breakfast for longer than six weeks, that each case was reviewed "
        "weekly and that all three families were expected to move into one of the newly "
        "acquired properties by the end of February;",
        "the condition of temporary accommodation. A Member asked what checks were "
        "undertaken on the condition of properties leased from private landlords for use "
        "as temporary accommodation. In reply, it was confirmed that every property was "
        "inspected before first use and annually thereafter, and that two properties had "
        "been withdrawn from use in 2024 following reports of damp and mould;",
        "staffing levels. The Panel noted that the Housing Options team had carried two "
        "vacancies for much of the year and a Member asked whether current caseloads "
        "were sustainable. The Head of Housing advised that one post had now been filled "
        "and the other was being re-advertised with a market supplement, but "
        "acknowledged that caseloads remained above the recommended level;",
        "mental health support. A Member stated that a high proportion of single "
        "homeless people had mental health needs and asked whether the team had access "
        "to specialist support. It was confirmed that a mental health practitioner from "
        "Southmoor Partnership NHS Foundation Trust worked alongside the team for two "
        "days each week, funded through the Rough Sleeping Initiative grant, although "
        "this funding had only been confirmed until March 2026; and",
        "the projected overspend. Members sought clarification on how the projected "
        "overspend of £262,000 would be funded. The Section 151 Officer advised that the "
        "overspend would be met from the Homelessness Reserve in 2024/25 and that an "
        "additional £200,000 had been built into the draft 2025/26 revenue budget to "
        "reflect the ongoing pressure.",
    ]),
    ("p", "During the debate, it was PROPOSED and SECONDED that an additional "
          "recommendation be added to request that the Executive establish a wholly owned "
          "housing company to acquire and manage temporary accommodation. When put to the "
          "vote, the proposal was declared LOST."),
    ("p", "It was then:"),
    ("b", "RESOLVED"),
    ("p", "That the Panel:"),
    ("num", [
        "note the progress that has been made against the Homelessness Strategy "
        "2022–2027 Action Plan; and",
        "RECOMMEND to the Executive that it gives consideration to the acquisition of "
        "further properties for use as temporary accommodation within the district as "
        "part of its 2025/26 budget proposals.",
    ]),

    ("minute", "O&S.65/24", "LEISURE SERVICES CONTRACT – ANNUAL PERFORMANCE REVIEW"),
    ("p", "Cllr A McKenna had declared an Other Registrable Interest in this agenda item "
          "(Minute O&S.59/24 above refers)."),
    ("p", "The Panel considered a report that presented the annual performance review of "
          "the Leisure Services contract with Moorfit Leisure Ltd for the 2023/24 "
          "contract year. Mr T Wakeham, Area Manager for Moorfit Leisure Ltd, was in "
          "attendance and summarised the key highlights, including a 9% increase in "
          "visits across the three leisure centres, the completion of the solar panel "
          "installation at Tavington Leisure Centre and the launch of the Active Families "
          "programme."),
    ("p", "In the ensuing discussion, particular reference was made to:"),
    ("alpha", [
        "the management fee. A Member noted that the Council was now paying a management "
        "fee of £185,000 per annum to the operator, whereas the original contract had "
        "provided for the operator to pay the Council a concession fee from year five, "
        "and asked whether the contract still represented value for money. In reply, the "
        "Director of Place and Enterprise advised that the variation had been agreed by "
        "the Executive in 2021 as part of the Covid-19 recovery arrangements, and that a "
        "soft market testing exercise undertaken in 2024 had indicated that re-procuring "
        "the contract would not deliver a better financial position for the Council at "
        "this time;",
        "future delivery options. Some Members asked whether the Council would consider "
        "bringing the service back in-house when the contract expired in 2029. The "
        "Director advised that a full options appraisal, which would include in-house "
        "delivery and a local authority trading company as well as a re-procurement, "
        "would be presented to the Panel during 2026/27, well in advance of any "
        "procurement decision needing to be taken;",
        "the closure of the learner pool at Ashbury Leisure Centre. A Member expressed "
        "disappointment that the learner pool had been closed for seven weeks during the "
        "autumn and that a number of school swimming lessons had been cancelled as a "
        "result. Mr Wakeham apologised for the disruption, explained that the closure "
        "had been caused by the failure of the air handling unit and confirmed that "
        "every affected school had been offered replacement sessions during the spring "
        "term;",
        "recruitment and pay. A Member asked whether the operator was paying the Real "
        "Living Wage. In response, Mr Wakeham confirmed that all staff had been paid at "
        "least the Real Living Wage since April 2024 and that the recruitment of "
        "lifeguards had improved since the introduction of a fully funded pool "
        "lifeguard training programme;",
        "the exercise referral scheme. A Member praised the exercise referral scheme "
        "that was delivered in partnership with GP practices across the district and "
        "requested that information on the health outcomes of participants be included "
        "in future annual reviews; and",
        "concessionary membership. A Member asked whether the concessionary membership "
        "scheme could be extended to unpaid carers. Mr Wakeham undertook to discuss this "
        "with officers and to report back to the Panel through the Leisure Contract "
        "Lead.",
    ]),
    ("note", "(NOTE: during this item, Cllr F Yeo left the meeting and did not return.)"),
    ("p", "It was then:"),
    ("b", "RESOLVED"),
    ("p", "That the annual performance review of the Leisure Services contract for 2023/24 "
          "be noted."),

    ("minute", "O&S.66/24", "TASK AND FINISH GROUP UPDATES"),
    ("sub", "Waste and Recycling Task and Finish Group"),
    ("p", "The lead Member for the Task and Finish Group, Cllr D Blatchford, provided a "
          "verbal update and advised that the Group had now met on three occasions and "
          "had taken evidence from officers, the waste collection contractor and two "
          "neighbouring councils. The Group was on course to present its final report and "
          "recommendations to the Panel meeting on 20 March 2025. A Member asked whether "
          "the Group had considered the contractor’s missed collection rates, and Cllr "
          "Blatchford confirmed that these had been examined in detail at the Group’s "
          "second meeting and that the contractor had been asked to attend the final "
          "meeting of the Group in February."),
    ("p", "The Panel noted the verbal update from the Task and Finish Group."),

    ("minute", "O&S.67/24", "ANNUAL WORK PROGRAMME 2024/25"),
    ("p", "The Panel considered its Annual Work Programme for the remainder of the 2024/25 "
          "municipal year. In discussion, the following points were raised:"),
    ("alpha", [
        "a Member requested that the annual review of the Community Safety Partnership be "
        "brought forward to the March 2025 meeting, given recent concerns over "
        "anti-social behaviour in Tavington town centre, and that the Police be invited "
        "to attend. In reply, the Head of Democratic Services advised that the Sector "
        "Inspector had already been invited and had confirmed his attendance; and",
        "with the March meeting now having a substantial agenda, a Member suggested that "
        "the review of public toilet provision be deferred to the 2025/26 Work "
        "Programme.",
    ]),
    ("p", "It was then:"),
    ("b", "RESOLVED"),
    ("p", "That, subject to the inclusion of the annual review of the Community Safety "
          "Partnership at its next meeting and the deferral of the review of public "
          "toilet provision to 2025/26, the Annual Work Programme for 2024/25 be approved."),

    ("close", "(Meeting commenced at 10.00 am and concluded at 1.10 pm)"),
]

# --------------------------------------------------------------------------------------
# Gold for the minutes
# --------------------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Overview & Scrutiny Panel",
    "meeting_date": "2025-01-23",
    "items": [
        {"number": "O&S.58/24", "title": "MINUTES"},
        {"number": "O&S.59/24", "title": "DECLARATIONS OF INTEREST"},
        {"number": "O&S.60/24", "title": "URGENT BUSINESS"},
        {"number": "O&S.61/24", "title": "PUBLIC FORUM"},
        {"number": "O&S.62/24", "title": "EXECUTIVE FORWARD PLAN"},
        {"number": "O&S.63/24", "title": "ACCESS TO GP AND DENTAL SERVICES – UPDATE FROM "
                                         "NHS SOUTHMOOR INTEGRATED CARE BOARD"},
        {"number": "O&S.64/24", "title": "HOMELESSNESS AND TEMPORARY ACCOMMODATION – SIX "
                                         "MONTHLY UPDATE"},
        {"number": "O&S.65/24", "title": "LEISURE SERVICES CONTRACT – ANNUAL PERFORMANCE "
                                         "REVIEW"},
        {"number": "O&S.66/24", "title": "TASK AND FINISH GROUP UPDATES"},
        {"number": "O&S.67/24", "title": "ANNUAL WORK PROGRAMME 2024/25"},
    ],
    "questions": [
        # Public Forum
        q("O&S.61/24", "question",
          "What is the Council doing to bring these families back into Tavington",
          "Mr P Gillard",
          "the Council has purchased six properties through the Local Authority Housing Fund",
          "Cllr Pengelly", ["housing", "children-and-families"]),
        q("O&S.61/24", "question",
          "Mr Gillard asked whether these figures would be published on a regular basis",
          "Mr Gillard",
          "would be reported in the quarterly Integrated Performance Management Report",
          "Cllr Pengelly", ["housing"]),
        # Executive Forward Plan
        q("O&S.62/24", "question",
          "A Member asked why the review had slipped from the February to the April",
          None,
          "the delay was due to the need to complete the consultation",
          "Director of Place and Enterprise", []),
        q("O&S.62/24", "request",
          "requested that it be removed from the next iteration of the Forward Plan",
          None, None, None, ["finance"]),
        # GP and dental services
        q("O&S.63/24", "concern",
          "residents were continuing to wait in excess of 45 minutes to get through",
          None,
          "the practice had moved to a cloud-based telephony system in October 2024",
          "Ms Oduya", ["primary-care"]),
        q("O&S.63/24", "concern",
          "expressed concern that the temporary closure of the branch surgery had now been",
          None,
          "any proposal to close the branch permanently would be subject to a formal "
          "engagement",
          "Dr Haldane", ["primary-care", "workforce", "patient-and-public-input"]),
        q("O&S.63/24", "question",
          "the Additional Roles Reimbursement Scheme (ARRS). In response to a question",
          None,
          "these roles were estimated to have released some 1,900 GP appointments each month",
          None, ["primary-care", "workforce"]),
        q("O&S.63/24", "question",
          "asked what the ICB was doing to address this",
          None,
          "had commissioned an additional 2,400 urgent dental appointments across the area",
          "Ms Oduya", ["primary-care"]),
        q("O&S.63/24", "comment",
          "Some Members felt that the ICB and practices needed to do more",
          None,
          "a campaign was being co-designed with Healthwatch Southmoor",
          "Ms Oduya", ["primary-care", "patient-and-public-input"]),
        q("O&S.63/24", "comment",
          "health infrastructure was not keeping pace with housing growth",
          None, None, None, ["primary-care", "housing"]),
        # Homelessness and temporary accommodation
        q("O&S.64/24", "question",
          "A Member asked what was driving the increase",
          None,
          "the single largest cause of homelessness in the district was now the ending",
          "Head of Housing", ["housing"]),
        q("O&S.64/24", "concern",
          "Members expressed their concern at the continued use of bed and breakfast",
          None,
          "there were currently three families who had been in bed and breakfast",
          "Head of Housing", ["housing", "children-and-families"]),
        q("O&S.64/24", "question",
          "what checks were undertaken on the condition of properties leased from private "
          "landlords",
          None,
          "every property was inspected before first use and annually thereafter",
          None, ["housing"]),
        q("O&S.64/24", "question",
          "a Member asked whether current caseloads were sustainable",
          None,
          "one post had now been filled and the other was being re-advertised",
          "Head of Housing", ["housing", "workforce"]),
        q("O&S.64/24", "question",
          "a high proportion of single homeless people had mental health needs",
          None,
          "a mental health practitioner from Southmoor Partnership NHS Foundation Trust "
          "worked alongside",
          None, ["housing", "mental-health"]),
        q("O&S.64/24", "question",
          "Members sought clarification on how the projected overspend of £262,000 would be "
          "funded",
          None,
          "the overspend would be met from the Homelessness Reserve in 2024/25",
          "Section 151 Officer", ["finance", "housing"]),
        # Leisure contract
        q("O&S.65/24", "question",
          "asked whether the contract still represented value for money",
          None,
          "re-procuring the contract would not deliver a better financial position",
          "Director of Place and Enterprise", ["subcontracting", "finance"]),
        q("O&S.65/24", "question",
          "whether the Council would consider bringing the service back in-house when the "
          "contract expired",
          None,
          "a full options appraisal, which would include in-house delivery",
          "Director", ["privatisation", "subcontracting"]),
        q("O&S.65/24", "concern",
          "expressed disappointment that the learner pool had been closed for seven weeks",
          None,
          "every affected school had been offered replacement sessions during the spring term",
          "Mr Wakeham", ["children-and-families"]),
        q("O&S.65/24", "question",
          "A Member asked whether the operator was paying the Real Living Wage",
          None,
          "all staff had been paid at least the Real Living Wage since April 2024",
          "Mr Wakeham", ["workforce"]),
        q("O&S.65/24", "request",
          "requested that information on the health outcomes of participants be included",
          None, None, None, ["public-health", "primary-care"]),
        q("O&S.65/24", "question",
          "whether the concessionary membership scheme could be extended to unpaid carers",
          None,
          "undertook to discuss this with officers and to report back to the Panel",
          "Mr Wakeham", ["adult-social-care"]),
        # Task and finish group
        q("O&S.66/24", "question",
          "A Member asked whether the Group had considered the contractor’s missed "
          "collection rates",
          None,
          "these had been examined in detail at the Group’s second meeting",
          "Cllr Blatchford", ["subcontracting"]),
        # Work programme
        q("O&S.67/24", "request",
          "requested that the annual review of the Community Safety Partnership be brought "
          "forward",
          None,
          "the Sector Inspector had already been invited and had confirmed his attendance",
          "Head of Democratic Services", []),
        q("O&S.67/24", "comment",
          "suggested that the review of public toilet provision be deferred",
          None, None, None, []),
    ],
    "resolutions": [
        r("O&S.58/24", "held on 28 November 2024 were confirmed as a correct record",
          "agreed", []),
        r("O&S.63/24", "present a further update on access to GP and dental services to "
                       "the Panel", "agreed", ["primary-care"]),
        r("O&S.64/24", "establish a wholly owned housing company to acquire and manage "
                       "temporary accommodation", "rejected", ["housing"]),
        r("O&S.64/24", "RECOMMEND to the Executive that it gives consideration to the "
                       "acquisition of further properties", "recommended",
          ["housing", "finance"]),
        r("O&S.65/24", "annual performance review of the Leisure Services contract for "
                       "2023/24 be noted", "noted", ["subcontracting"]),
        r("O&S.66/24", "The Panel noted the verbal update from the Task and Finish Group",
          "noted", []),
        r("O&S.67/24", "the Annual Work Programme for 2024/25 be approved", "agreed", []),
    ],
    "attendees": (
        [{"name": n, "role": role, "attendance": {"*": "present", "ø": "apologies",
                                                   "": "absent"}[m]}
         for m, n, role in MEMBERS]
        + [{"name": "Cllr C Bowden", "role": None, "attendance": "in_attendance"},
           {"name": "Cllr K Pengelly", "role": None, "attendance": "in_attendance"},
           {"name": "Cllr W Stidston", "role": None, "attendance": "in_attendance"},
           {"name": "Ms C Oduya",
            "role": "Associate Director of Primary Care, NHS Southmoor Integrated Care "
                    "Board", "attendance": "in_attendance"},
           {"name": "Dr R Haldane",
            "role": "Clinical Director, Tavington and Moorside Primary Care Network",
            "attendance": "in_attendance"},
           {"name": "Mr T Wakeham", "role": "Area Manager, Moorfit Leisure Ltd",
            "attendance": "in_attendance"}]
    ),
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}

# --------------------------------------------------------------------------------------
# Word document
# --------------------------------------------------------------------------------------

TEXT_COL_CM = 2.75          # where the minute text starts (hanging column for O&S refs)
LIST_LEFT_TW = 2268         # 4.0 cm, list text
LIST_HANG_TW = 680          # 1.2 cm hanging for "(a)" / "1."


def _zip_deterministic(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 27, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


class Numbering:
    """Adds abstract numbering definitions and one w:num per list (restarting)."""

    def __init__(self, document):
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls
        self.parse_xml, self.nsdecls = parse_xml, nsdecls
        self.numbering = document.part.numbering_part.element
        self.abstract = {}
        self.next_abs = 80
        self.next_num = 80
        self._define("alpha", "lowerLetter", "(%1)")
        self._define("num", "decimal", "%1.")

    def _define(self, key, fmt, text):
        aid = self.next_abs
        self.next_abs += 1
        xml = (
            f'<w:abstractNum {self.nsdecls("w")} w:abstractNumId="{aid}">'
            '<w:multiLevelType w:val="hybridMultilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/>'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            '<w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{LIST_LEFT_TW}" w:hanging="{LIST_HANG_TW}"/></w:pPr>'
            '</w:lvl></w:abstractNum>'
        )
        el = self.parse_xml(xml)
        first_num = self.numbering.find(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
        if first_num is not None:
            first_num.addprevious(el)
        else:
            self.numbering.append(el)
        self.abstract[key] = aid

    def new_list(self, key) -> int:
        nid = self.next_num
        self.next_num += 1
        xml = (
            f'<w:num {self.nsdecls("w")} w:numId="{nid}">'
            f'<w:abstractNumId w:val="{self.abstract[key]}"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
            '</w:num>'
        )
        self.numbering.append(self.parse_xml(xml))
        return nid


def _set_num(paragraph, num_id):
    pPr = paragraph._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id


def _no_borders(table):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    tblPr = table._tbl.tblPr
    for old in tblPr.findall(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblBorders"):
        tblPr.remove(old)
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{s} w:val="nil"/>' for s in
                  ("top", "left", "bottom", "right", "insideH", "insideV"))
        + '</w:tblBorders>'))


def _cell_text(cell, text, bold=False, size=None, align=None):
    from docx.shared import Pt
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(2)
    if align is not None:
        p.alignment = align
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return p


def _page_field(paragraph):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    paragraph._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r>'
        '</w:fldSimple>'))


def build_minutes(path: Path):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    document = docx.Document()
    sec = document.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)

    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
    for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
        rfonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + attr,
                   "Arial")
    normal.paragraph_format.space_after = Pt(8)
    normal.paragraph_format.line_spacing = 1.0

    # running header and footer
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr = hp.add_run("O&S 23.01.25")
    hr.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(fp)

    numbering = Numbering(document)

    def body(text, bold=False, italic=False, underline=False, indent=TEXT_COL_CM,
             justify=True, keep=False):
        p = document.add_paragraph()
        p.paragraph_format.left_indent = Cm(indent)
        if justify:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if keep:
            p.paragraph_format.keep_with_next = True
        run = p.add_run(text)
        run.bold, run.italic, run.underline = bold, italic, underline
        return p

    for block in BLOCKS:
        kind = block[0]
        if kind == "title":
            p = document.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(14)
            run = p.add_run(block[1])
            run.bold = True
            run.font.size = Pt(12)
        elif kind == "attendance":
            # Panel Members
            t = document.add_table(rows=0, cols=4)
            _no_borders(t)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            row = t.add_row().cells
            merged = row[0].merge(row[3])
            _cell_text(merged, "Panel Members in attendance:", bold=True)
            row = t.add_row().cells
            row[0].merge(row[1])
            _cell_text(row[0], "* Denotes attendance", size=9)
            row[2].merge(row[3])
            _cell_text(row[2], "ø Denotes apology for absence", size=9)
            half = len(MEMBERS) // 2
            for left, right in zip(MEMBERS[:half], MEMBERS[half:]):
                cells = t.add_row().cells
                for offset, (mark, name, role) in ((0, left), (2, right)):
                    _cell_text(cells[offset], mark, align=WD_ALIGN_PARAGRAPH.CENTER)
                    _cell_text(cells[offset + 1], f"{name} ({role})" if role else name)
            widths = (Cm(1.0), Cm(7.5), Cm(1.0), Cm(7.5))
            for row_ in t.rows:
                for c, w in zip(row_.cells, widths):
                    c.width = w
            document.add_paragraph()

            t2 = document.add_table(rows=2, cols=1)
            _no_borders(t2)
            _cell_text(t2.rows[0].cells[0], "Other Members also in attendance:", bold=True)
            _cell_text(t2.rows[1].cells[0],
                       "Cllrs C Bowden, K Pengelly and W Stidston (via Teams)")
            document.add_paragraph()

            t3 = document.add_table(rows=0, cols=3)
            t3.style = document.styles["Table Grid"]
            row = t3.add_row().cells
            merged = row[0].merge(row[2])
            _cell_text(merged, "Officers in attendance and participating:", bold=True)
            row = t3.add_row().cells
            for c, label in zip(row, ("Item No:", "Minute Ref No below refers:",
                                      "Officers:")):
                _cell_text(c, label, bold=True, size=10)
            for item_no, ref, officers in OFFICERS:
                cells = t3.add_row().cells
                _cell_text(cells[0], item_no, size=10)
                _cell_text(cells[1], ref, size=10)
                _cell_text(cells[2], officers, size=10)
            for row_ in t3.rows:
                for c, w in zip(row_.cells, (Cm(3.0), Cm(3.5), Cm(10.5))):
                    c.width = w
            document.add_paragraph()
        elif kind == "minute":
            p = document.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = Cm(TEXT_COL_CM)
            pf.first_line_indent = Cm(-TEXT_COL_CM)
            pf.tab_stops.add_tab_stop(Cm(TEXT_COL_CM), WD_TAB_ALIGNMENT.LEFT)
            pf.keep_with_next = True
            pf.space_before = Pt(6)
            run = p.add_run(block[1])
            run.bold = True
            run = p.add_run("\t" + block[2])
            run.bold = True
        elif kind == "p":
            body(block[1])
        elif kind == "b":
            body(block[1], bold=True, keep=True, justify=False)
        elif kind == "sub":
            body(block[1], bold=True, underline=True, keep=True, justify=False)
        elif kind == "note":
            body(block[1], italic=True)
        elif kind in ("alpha", "num"):
            nid = numbering.new_list(kind)
            for text in block[1]:
                p = document.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                _set_num(p, nid)
                p.add_run(text)
        elif kind == "close":
            p = body(block[1], justify=False)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.left_indent = Cm(0)
            p.paragraph_format.space_before = Pt(12)
            document.add_paragraph()
            document.add_paragraph()
            s = document.add_paragraph()
            s.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            s.add_run("________________________")
            s2 = document.add_paragraph()
            s2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            s2.add_run("Chair")
        else:
            raise ValueError(kind)

    cp = document.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Minutes - Overview & Scrutiny Panel - 23 January 2025"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3
    cp.comments = ""

    buf = io.BytesIO()
    document.save(buf)
    path.write_bytes(_zip_deterministic(buf.getvalue()))


# --------------------------------------------------------------------------------------
# The report that is not minutes (PDF)
# --------------------------------------------------------------------------------------

REPORT_FRONT = [
    ("Report to:", "Overview & Scrutiny Panel"),
    ("Date:", "23 January 2025"),
    ("Title:", "Leisure Services Contract – Annual Performance Review 2023/24"),
    ("Portfolio Area:", "Leisure and Wellbeing – Cllr W Stidston"),
    ("Wards Affected:", "All"),
    ("Urgent Decision:", "N        Approval and clearance obtained: Y"),
    ("Date next steps can be taken:", "Not applicable"),
    ("Author:", "Kerry Vosper        Role: Leisure Contract Lead"),
    ("Contact:", "Tel. 01632 960417 / email: leisure.contract@tavington.example"),
]

REPORT_SECTIONS = [
    ("Recommendation:", [
        "That the Overview & Scrutiny Panel:",
        "1. NOTES the performance of Moorfit Leisure Ltd in delivering the Leisure "
        "Services contract during the 2023/24 contract year; and",
        "2. IDENTIFIES any areas of the contract that it wishes to be the subject of "
        "further review during 2025/26.",
    ]),
    ("1. Executive summary", [
        "1.1 This report presents the tenth annual performance review of the Leisure "
        "Services contract, which is delivered on the Council's behalf by Moorfit Leisure "
        "Ltd at Tavington Leisure Centre, Ashbury Leisure Centre and Salcott Pool.",
        "1.2 Overall performance has been good. Visits have increased by 9% to 612,400, "
        "customer satisfaction remains above target and the solar panel installation at "
        "Tavington Leisure Centre was completed on time and within budget. The closure of "
        "the learner pool at Ashbury Leisure Centre for seven weeks in the autumn of 2023 "
        "is the only significant service failure in the year and is covered in Section 4.",
    ]),
    ("2. Background", [
        "2.1 The Council awarded a fifteen year contract to Moorfit Leisure Ltd following "
        "a competitive procurement in 2013. The contract commenced on 1 April 2014 and "
        "will expire on 31 March 2029.",
        "2.2 Under the original terms the operator was due to pay the Council a "
        "concession fee from year five. In March 2021 the Executive agreed a variation to "
        "the contract as part of the Covid-19 recovery arrangements, under which the "
        "Council pays a management fee to the operator. The fee for 2023/24 was £185,000.",
        "2.3 The contract is monitored through monthly client meetings, quarterly "
        "performance reports and an annual review which is presented to this Panel.",
    ]),
    ("3. Performance in 2023/24", []),  # table follows
    ("4. Service issues during the year", [
        "4.1 The learner pool at Ashbury Leisure Centre was closed from 2 October to 20 "
        "November 2023 following the failure of the pool hall air handling unit. Under "
        "the contract, the repair of plant is the operator's responsibility and no cost "
        "has fallen to the Council. A deduction of £4,150 was made from the management "
        "fee in line with the contract's performance mechanism.",
        "4.2 Eleven school swimming sessions were cancelled. The operator has offered "
        "every affected school replacement sessions during the spring term 2024.",
    ]),
    ("5. Matters raised at the Panel's last review and responses", [
        "5.1 At its meeting in January 2024, the Panel asked for further information on "
        "the following matters. The responses are set out below.",
        "Q: Can the operator report the number of residents using the exercise referral "
        "scheme who are still active after twelve months?",
        "A: Moorfit Leisure now records attendance at six and twelve months. Of the 418 "
        "residents referred in 2023/24, 46% were still attending after twelve months.",
        "Q: Will the concessionary membership scheme be reviewed?",
        "A: A review of concessionary pricing is planned for 2025/26 alongside the fees "
        "and charges review. Members may wish to consider whether unpaid carers should "
        "be included.",
        "Q: What is the Council doing to prepare for the end of the contract in 2029?",
        "A: An options appraisal will be presented to the Panel during 2026/27. It will "
        "consider a further procurement, in-house delivery and a local authority trading "
        "company.",
    ]),
    ("6. Next steps", [
        "6.1 Officers will continue to monitor the contract through the arrangements set "
        "out in paragraph 2.3. The Panel may wish to ask the operator to attend its "
        "meeting in January 2026 to present the 2024/25 annual review.",
    ]),
]

KPI_TABLE = [
    ("Indicator", "Target", "2022/23", "2023/24"),
    ("Total visits", "560,000", "561,800", "612,400"),
    ("Customer satisfaction (%)", "85", "87", "88"),
    ("Learn to swim enrolments", "1,900", "1,842", "2,015"),
    ("Exercise referral completions", "250", "231", "266"),
    ("Staff turnover (%)", "25", "31", "24"),
    ("Complaints resolved within 10 working days (%)", "95", "93", "96"),
]

IMPLICATIONS = [
    ("Implications", "Relevant to proposals Y/N", "Details and proposed measures to address"),
    ("Legal/Governance", "Y", "The Council has a contractual duty to monitor the "
     "performance of the operator. The annual review forms part of that monitoring."),
    ("Financial implications to include reference to value for money", "Y",
     "The management fee of £185,000 is contained within the approved budget. A soft "
     "market test in 2024 indicated that re-procurement would not offer better value at "
     "this time."),
    ("Risk", "Y", "Ageing plant at Ashbury Leisure Centre remains the principal risk to "
     "service continuity and is recorded on the contract risk register."),
    ("Supporting Corporate Strategy", "Y", "Healthy and active communities."),
    ("Climate Change – Carbon / Biodiversity Impact", "Y", "The solar panel installation "
     "is expected to save 96 tonnes of carbon each year."),
    ("Equality and Diversity", "N", "No direct implications arising from this report."),
    ("Safeguarding", "Y", "The operator's safeguarding policy was reviewed in 2023 and "
     "all staff completed refresher training."),
    ("Community Safety, Crime and Disorder", "N", "None."),
    ("Health, Safety and Wellbeing", "Y", "As set out in section 3."),
    ("Other implications", "N", "None."),
]


def build_report(path: Path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class Report(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 8)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED.replace(tzinfo=dt.timezone.utc))
    pdf.set_title("Leisure Services Contract - Annual Performance Review 2023/24")
    pdf.set_author("Tavington District Council")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    pdf.set_font("Sans", "B", 13)
    pdf.cell(0, 8, "TAVINGTON DISTRICT COUNCIL", new_x=XPos.LMARGIN, new_y=YPos.NEXT,
             align="C")
    pdf.ln(3)
    pdf.set_font("Sans", "", 10)
    with pdf.table(col_widths=(45, 125), text_align="LEFT", line_height=6,
                   first_row_as_headings=False) as table:
        for label, value in REPORT_FRONT:
            row = table.row()
            row.cell(label)
            row.cell(value)
    pdf.ln(5)

    def para(text, bold=False):
        pdf.set_font("Sans", "B" if bold else "", 10)
        pdf.multi_cell(0, 5.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)

    for heading, paras in REPORT_SECTIONS:
        para(heading, bold=True)
        for t in paras:
            para(t, bold=t.startswith("Q:"))
        if heading.startswith("3."):
            pdf.set_font("Sans", "", 9)
            with pdf.table(col_widths=(80, 30, 30, 30), line_height=5.5,
                           text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT")) as table:
                for cells in KPI_TABLE:
                    row = table.row()
                    for c in cells:
                        row.cell(c)
            pdf.ln(4)
            para("3.1 Staff turnover fell during the year following the introduction of a "
                 "funded lifeguard training programme. The operator has paid all staff at "
                 "least the Real Living Wage since April 2024.")

    para("7. Implications", bold=True)
    pdf.set_font("Sans", "", 8.5)
    with pdf.table(col_widths=(50, 25, 95), line_height=4.8, text_align="LEFT") as table:
        for cells in IMPLICATIONS:
            row = table.row()
            for c in cells:
                row.cell(c)
    pdf.ln(4)
    para("Supporting Information", bold=True)
    para("Appendices: Appendix A – Moorfit Leisure Ltd Annual Report 2023/24")
    para("Background Papers: None")
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# Check
# --------------------------------------------------------------------------------------

def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = "".join(ch for ch in text
                   if not unicodedata.category(ch).startswith(("P", "S")))
    return re.sub(r"\s+", " ", text).strip()


def document_text(path: Path) -> str:
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("me-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = DOCS / gold["document"]
        if gold_path.stem != doc_path.stem or not doc_path.exists():
            print(f"{gold_path.name}: document {gold['document']} missing or misnamed")
            problems += 1
            continue
        text = " " + normalise(document_text(doc_path)) + " "
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        items = {i["number"] for i in gold.get("items", [])}
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            if row["item"] not in items:
                print(f"{gold_path.name}: row refers to unknown item {row['item']}")
                problems += 1
        for kind, phrase in phrases:
            n = normalise(phrase)
            words = len(n.split())
            count = text.count(" " + n + " ")
            raw = text.count(n)
            if count != 1 or raw != 1:
                print(f"{gold_path.name}: {kind} phrase found {count} times "
                      f"(substring {raw}): {phrase!r}")
                problems += 1
            if not 6 <= words <= 15:
                print(f"{gold_path.name}: {kind} phrase has {words} words: {phrase!r}")
                problems += 1
        if gold["doc_type"] != "minutes":
            extra = set(gold) - {"document", "doc_type"}
            if extra:
                print(f"{gold_path.name}: not minutes but has {sorted(extra)}")
                problems += 1
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("OK" if problems == 0 else f"{problems} problem(s)")
    return 1 if problems else 0


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        out = GOLD / (Path(gold["document"]).stem + ".json")
        out.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                       encoding="utf-8")
        print("wrote", out.relative_to(HERE))
    print("wrote", (DOCS / MINUTES_NAME).relative_to(HERE))
    print("wrote", (DOCS / REPORT_NAME).relative_to(HERE))


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
