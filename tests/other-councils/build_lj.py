#!/usr/bin/env python3
"""Build the "lj-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_lj.py           build documents/lj-* and gold/lj-*.json
        build_lj.py --check   verify every gold phrase occurs once in its document
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
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2025, 3, 26, 9, 30, 0, tzinfo=dt.timezone.utc)

MINUTES_NAME = "lj-larkwood-health-wellbeing-board-2025-03-19.docx"
REPORT_NAME = "lj-larkwood-hwb-report-better-care-fund-plan-2025-26.pdf"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Body blocks: ("p", text) plain paragraph; ("b", text) bold paragraph;
# ("li", label, text) lettered/numbered point with a hanging indent;
# ("bl", text) bulleted point.

ITEMS: list[tuple[str, str, list[tuple]]] = [
    ("34.", "FILMING AT MEETINGS", [
        ("p", "The Chair referred Members present to agenda Item 1 as shown on the agenda in "
              "respect of filming at this meeting, and Members noted the information contained "
              "therein."),
    ]),
    ("35.", "WELCOME AND INTRODUCTIONS", [
        ("p", "The Chair welcomed everyone to the meeting, and introductions were made."),
        ("p", "The Chair noted that this would be the last meeting of the Board for Joanne "
              "Whitcombe, Director of Children's Services, who would be leaving the Council at "
              "the end of April, and thanked her on behalf of the Board for her contribution to "
              "partnership working in Larkwood over the past six years."),
    ]),
    ("36.", "APOLOGIES", [
        ("p", "Apologies for absence were received from Councillor Emeka Dunmore, Dr Nadia "
              "Farouk and Tracey Halliwell (Chief Executive, Larkwood Voluntary Action)."),
        ("p", "Dr Sam Whitlow attended as a substitute for Dr Farouk."),
    ]),
    ("37.", "URGENT BUSINESS", [
        ("p", "There were no items of urgent business."),
    ]),
    ("38.", "DECLARATIONS OF INTEREST", [
        ("p", "Dr Sam Whitlow declared a non-pecuniary interest in relation to item 6, as he was "
              "a partner in Larkwood Park Medical Group, which ran the Pemberton Road branch "
              "surgery. Dr Whitlow did not take part in the discussion of that item."),
    ]),
    ("39.", "QUESTIONS, DEPUTATIONS, PETITIONS", [
        ("p", "The Board received a deputation from Ms Bernadette Quaye, Chair of the Pemberton "
              "Road Surgery Patient Participation Group, in relation to the proposed closure of "
              "the Pemberton Road branch surgery in Northcote Vale. Ms Quaye was accompanied by "
              "Mr Desmond Akers."),
        ("p", "Ms Quaye informed the Board that the branch surgery served around 6,200 "
              "registered patients, many of whom were older people or families living on the "
              "Northcote estate, and that the nearest alternative site at Larkwood Park was a "
              "25-minute walk or two bus journeys away. Patients had first heard about the "
              "proposal through a letter in January. The deputation felt that the engagement "
              "carried out by the practice and the ICB had been inadequate, and asked the Board "
              "to call on the ICB to pause the closure until a full public consultation had "
              "taken place and an equality impact assessment had been published."),
        ("p", "The following arose in response to questions from the Board:"),
        ("li", "a.", "Cllr Choudhury asked how many patients had responded to the practice's "
                     "survey. Ms Quaye said that the practice had received around 400 responses, "
                     "but that the survey had only been available online; the Patient "
                     "Participation Group had collected over 1,100 signatures on a paper "
                     "petition in two weeks."),
        ("li", "b.", "Cllr Wilde asked whether the deputation had been offered a meeting with the "
                     "practice partners. Mr Akers responded that a meeting had been offered but "
                     "had been arranged at short notice during working hours, and that the group "
                     "had asked for an evening meeting which had not yet been agreed."),
        ("p", "The Chair invited Rachel Ndlovu, Director of Integration (Larkwood), North "
              "Metropolitan ICB, to respond to the deputation. Ms Ndlovu explained that the "
              "proposal had been brought forward by the practice because of the condition of the "
              "Pemberton Road building, which did not meet current infection control standards "
              "and could not be adapted to provide step-free access. The ICB had not yet made a "
              "decision, and its Primary Care Commissioning Committee would consider the "
              "practice's application in May. Ms Ndlovu confirmed that the ICB would extend the "
              "engagement period by six weeks, hold a public meeting in Northcote Vale, and "
              "publish an equality impact assessment before the committee met."),
        ("p", "The Chair thanked Ms Quaye and Mr Akers for attending. The Chair asked that the "
              "ICB write to the Board with the outcome of the extended engagement before the May "
              "meeting of the Primary Care Commissioning Committee. (Action: Rachel Ndlovu)"),
    ]),
    ("40.", "MINUTES", [
        ("p", "Cllr Choudhury asked whether the information on childhood immunisation uptake by "
              "ward, requested at the previous meeting (minute 27), had been circulated. Philip "
              "Rourke, Principal Committee Co-ordinator, advised that the information had been "
              "received from Public Health that morning and would be circulated to Board members "
              "after the meeting."),
        ("b", "RESOLVED"),
        ("p", "That the minutes of the meeting held on 4th December 2024 be confirmed and signed "
              "as a correct record."),
    ]),
    ("41.", "LARKWOOD BOROUGH PARTNERSHIP UPDATE", [
        ("p", "The Board received a report which provided an update on the work of the Larkwood "
              "Borough Partnership, including the system's performance over the winter period "
              "and progress in establishing integrated neighbourhood teams in the borough's four "
              "localities. The report was introduced by Rachel Ndlovu, Director of Integration "
              "(Larkwood), North Metropolitan ICB, and Claire Tennant, Head of Integrated Care, "
              "as set out in the agenda pack at pages 21 to 44."),
        ("p", "Ms Ndlovu advised that this winter had been the most challenging for several "
              "years, with flu admissions peaking in the first week of January at a level not "
              "seen since 2017/18. Four-hour A&E performance at Sedley Park Hospital had averaged "
              "71% across December to February, against the national target of 78%, but the "
              "number of patients with no criteria to reside had fallen from 68 to 41 following "
              "the opening of the integrated discharge hub in October. Two neighbourhood teams, "
              "in Northcote Vale and Larkwood Central, had gone live in January, bringing "
              "together community nursing, social work, GP practices, mental health "
              "practitioners and social prescribers around a shared caseload of residents with "
              "complex needs. The remaining two localities would follow in July."),
        ("p", "The following arose during the discussion of the report:"),
        ("li", "a.", "Cllr Wilde asked why the number of patients waiting to be discharged from "
                     "hospital into a care home placement had not fallen in line with the overall "
                     "figure. Ms Tennant explained that the majority of these delays related to "
                     "patients with dementia who required a nursing home placement, and that "
                     "there was very limited capacity in the borough for this type of bed. The "
                     "Council and the ICB were jointly commissioning a block contract for twelve "
                     "nursing beds from April to address this."),
        ("li", "b.", "Sheila Prendergast, Chair of Healthwatch Larkwood, commented that residents "
                     "continued to tell Healthwatch that they could not get through to their GP "
                     "practice by telephone at 8am, and that the move to online triage had left "
                     "many older residents, and those who did not speak English as a first "
                     "language, unable to book appointments. Healthwatch had surveyed 612 "
                     "residents in January and 38% had said that they had given up trying to "
                     "contact their practice at least once in the previous three months. Dr "
                     "Whitlow responded that all practices in Larkwood now had cloud-based "
                     "telephony, which allowed calls to be held in a queue and patients to "
                     "request a call back, and that every practice was required to offer a "
                     "telephone and walk-in route alongside online triage. The GP Federation "
                     "would be happy to work with Healthwatch on the survey findings."),
        ("li", "c.", "The Board sought assurance about the staffing of the neighbourhood teams, "
                     "given the high vacancy rates in community nursing reported at previous "
                     "meetings. It was noted that the district nursing vacancy rate had reduced "
                     "from 24% to 15% over the past year following an international recruitment "
                     "campaign, but that the service still relied on agency staff to cover "
                     "weekends."),
        ("li", "d.", "Cllr Choudhury raised concerns that families placed in temporary "
                     "accommodation outside the borough often remained registered with Larkwood "
                     "GPs and were having to travel long distances for appointments, and asked "
                     "what was being done to support them. Mr Oyelaran acknowledged that this was "
                     "a significant issue; there were currently 3,140 households in temporary "
                     "accommodation, of whom around 900 were placed outside the borough. The "
                     "Housing Needs service was working with Public Health on a health offer for "
                     "families in temporary accommodation, and he would bring a report on this to "
                     "a future meeting. (Action: Marcus Oyelaran)"),
        ("li", "e.", "In response to a question from the Chair about how the voluntary and "
                     "community sector would be involved in the neighbourhood teams, Ms Ndlovu "
                     "explained that each team had a community connector post hosted by Larkwood "
                     "Voluntary Action, and that small grants of up to £5,000 would be available "
                     "to local groups from the ICB's health inequalities funding."),
        ("li", "f.", "Cllr Wilde expressed concern that the new community diagnostic centre at "
                     "Larkwood Retail Park was to be run by a private provider under contract to "
                     "the ICB, and asked that the Board be given details of the contract and of "
                     "how its performance would be monitored."),
        ("li", "g.", "Dr Asante commented that the neighbourhood teams were the most promising "
                     "development in local integration that he had seen in his time in Larkwood, "
                     "but that their success would depend on the teams being given time to bed in "
                     "before they were judged on hospital activity."),
        ("p", "The Chair requested that the Board receive a fuller update on neighbourhood teams "
              "in the new municipal year, including the views of residents who had used them."),
        ("b", "RESOLVED"),
        ("p", "To note the report and the progress made on integrated neighbourhood teams."),
    ]),
    ("42.", "LARKWOOD SUICIDE PREVENTION STRATEGY 2025-2030", [
        ("p", "The Board received a report which presented the draft Larkwood Suicide Prevention "
              "Strategy 2025-2030 and accompanying action plan for endorsement. The report was "
              "introduced by Dr Harriet Lomax, Director of Public Health, and Adebayo Sowande, "
              "Senior Public Health Strategist, as set out in the agenda pack at pages 45 to 88."),
        ("p", "Dr Lomax informed the Board that 61 deaths by suicide had been registered among "
              "Larkwood residents in the three years 2021-2023, a rate of 8.9 per 100,000 "
              "population, which was slightly below the London average but had risen from the "
              "previous period. Three quarters of those who had died were men. Middle-aged men, "
              "people in contact with mental health services and people experiencing financial "
              "hardship or debt had been identified as the groups at highest risk. The strategy "
              "had been developed with the Larkwood Suicide Prevention Partnership and informed "
              "by engagement sessions with residents, including people bereaved by suicide. It "
              "set out six priorities, including a real-time surveillance system for suspected "
              "suicides, training for frontline staff in housing, benefits and debt advice "
              "services, and support for children and young people through schools."),
        ("p", "The following arose during the discussion of this item:"),
        ("li", "a.", "Cllr Choudhury asked how the strategy would reach middle-aged men who were "
                     "unlikely to seek help from their GP or from mental health services. Mr "
                     "Sowande explained that the action plan included work with barbers, football "
                     "clubs and workplaces, and that the Council had commissioned Larkwood Mind "
                     "to deliver a men's peer support programme from April. Cllr Choudhury "
                     "suggested that taxi and delivery drivers should also be considered, and "
                     "this was agreed."),
        ("li", "b.", "Joanne Whitcombe noted concerns raised by headteachers about waiting times for "
                     "CAMHS and asked how the strategy would align with the Mental Health Support "
                     "Teams in schools. Dr Lomax advised that the Mental Health Support Teams now "
                     "covered 38 of the borough's 64 schools, and that the strategy's children and "
                     "young people priority had been co-produced with the Larkwood Youth Council."),
        ("li", "c.", "Sheila Prendergast asked whether people with lived experience would continue "
                     "to be involved in the implementation of the strategy, and not only in its "
                     "development. It was confirmed that a lived experience advisory group would "
                     "be established and would report to the Suicide Prevention Partnership."),
        ("li", "d.", "Dr Asante commented that GPs would welcome access to the real-time "
                     "surveillance data, as practices were often not informed for several weeks "
                     "when a patient had died by suicide, and asked that a protocol for sharing "
                     "this information with primary care be developed. Dr Lomax agreed to take "
                     "this forward with the ICB. (Action: Dr Lomax)"),
        ("li", "e.", "Cllr Wilde queried how the strategy would be funded, given that the action "
                     "plan stated that it would be delivered within existing resources. Dr Lomax "
                     "acknowledged that there was no dedicated budget for the strategy; most "
                     "actions would be funded from the public health grant and the ICB's mental "
                     "health investment, and the real-time surveillance system would cost around "
                     "£18,000 a year. She noted that the public health grant had increased by "
                     "5.3% for 2025/26, but that much of the increase had been absorbed by NHS "
                     "pay awards for commissioned services."),
        ("li", "f.", "Cllr Wilde further asked whether the strategy took account of the risk to "
                     "people living in temporary accommodation and those facing eviction. Mr "
                     "Oyelaran advised that housing officers would be among the first frontline "
                     "staff to receive suicide awareness training, and that a pathway had been "
                     "agreed with the Housing Needs service for residents identified as being at "
                     "risk."),
        ("b", "RESOLVED"),
        ("p", "That the Board:"),
        ("li", "1.", "Endorsed the Larkwood Suicide Prevention Strategy 2025-2030 and action plan, "
                     "as set out at Appendix 1 and Appendix 2 of the report; and"),
        ("li", "2.", "Agreed that an annual progress report on the implementation of the action "
                     "plan be presented to the Board."),
    ]),
    ("43.", "BETTER CARE FUND PLAN 2025/26", [
        ("p", "The Board received a report which sought approval of the Larkwood Better Care Fund "
              "(BCF) Plan for 2025/26. The report was introduced by Fiona Gault, Assistant "
              "Director, Commissioning, as set out in the agenda pack at pages 89 to 118."),
        ("p", "Ms Gault explained that the total value of the pooled budget for 2025/26 was "
              "£41.6m, including the Disabled Facilities Grant of £2.9m. The national planning "
              "requirements had been simplified this year, with two national objectives: "
              "reforming to support the shift from sickness to prevention, and supporting people "
              "to live independently and the shift from hospital to home. The plan would be "
              "submitted to NHS England by the national deadline of 31st March, subject to the "
              "Board's approval."),
        ("p", "The following was noted in response to questions and comments from Board members:"),
        ("bl", "Cllr Wilde asked what proportion of the fund was spent through contracts with "
               "independent sector home care providers, and whether the Council was satisfied "
               "with the quality of these services. Ms Gault advised that around £9.4m was spent "
               "on commissioned home care, delivered by eleven providers on the Council's "
               "framework, and that all but one were rated Good by the CQC. The one provider "
               "rated Requires Improvement was subject to an improvement plan and a suspension "
               "on new placements. Cllr Wilde commented that he would prefer to see more of this "
               "work brought back in-house over time, and Mr Oyelaran noted that an options "
               "appraisal on the reablement service was due later in the year."),
        ("bl", "Cllr Choudhury asked about waiting times for adaptations funded through the "
               "Disabled Facilities Grant. Mr Oyelaran advised that the average time from "
               "referral to completion of a major adaptation was 34 weeks, against a target of 26 "
               "weeks, largely because of a backlog of occupational therapy assessments; two "
               "additional occupational therapists had been recruited on fixed-term contracts to "
               "clear the backlog by September."),
        ("bl", "Sheila Prendergast commented that unpaid carers had told Healthwatch that they "
               "found it difficult to access respite breaks, particularly at short notice, and "
               "asked how the carers' element of the BCF was being used. Ms Gault responded that "
               "£1.2m was allocated to carers' services, including the contract with Larkwood "
               "Carers' Hub, and that a review of carers' breaks would be completed in the "
               "summer."),
        ("bl", "Dr Asante asked whether there was evidence that the reablement service was "
               "reducing the need for long-term care. It was noted that 82% of people who "
               "received reablement after discharge were still at home 91 days later, which was "
               "above the London average, but that the service only had capacity for around 60% "
               "of those referred to it."),
        ("bl", "Dr Whitlow asked whether any of the funding could be used to support the work of "
               "GP practices in the neighbourhood teams. Ms Ndlovu advised that the ICB's "
               "contribution included £1.8m for community health services within the "
               "neighbourhood teams, but that general practice was funded separately under "
               "national arrangements."),
        ("b", "RESOLVED"),
        ("p", "That the Board:"),
        ("li", "1.", "Approved the Larkwood Better Care Fund Plan 2025/26, as set out at Appendix 1 "
                     "to the report; and"),
        ("li", "2.", "Delegated authority to the Corporate Director of Adults, Housing and Health, "
                     "in consultation with the Chair of the Board and the Director of Integration "
                     "(Larkwood), to agree any minor amendments to the plan required following "
                     "regional assurance."),
    ]),
    ("44.", "NEW ITEMS OF URGENT BUSINESS", [
        ("p", "None."),
    ]),
    ("45.", "FUTURE AGENDA ITEMS AND MEETING DATES", [
        ("p", "The Chair reminded Members that the next meeting would be held on 25th June 2025. "
              "Items already scheduled for that meeting included the Director of Public Health's "
              "Annual Report, the Pharmaceutical Needs Assessment 2025 and the Healthwatch "
              "Larkwood annual report."),
        ("p", "Cllr Choudhury requested that an item on damp and mould in private rented homes, "
              "and its impact on children's respiratory health, be added to the forward plan. The "
              "Chair agreed to discuss this with officers."),
        ("p", "The Board noted the future agenda items and the dates of meetings for 2025/26:"),
        ("p", "25th June 2025\n24th September 2025\n10th December 2025\n18th March 2026"),
    ]),
]

PRESENT = [
    ("Councillors: ", "Aileen Ferris (Chair), Tomasz Wilde and Rehana Choudhury"),
]
BOARD_MEMBERS = [
    "Dr Kwame Asante – Clinical Director, Larkwood Borough Partnership (Vice-Chair)",
    "Marcus Oyelaran – Corporate Director of Adults, Housing and Health",
    "Dr Harriet Lomax – Director of Public Health",
    "Joanne Whitcombe – Director of Children's Services",
    "Sheila Prendergast – Chair, Healthwatch Larkwood",
    "Rachel Ndlovu – Director of Integration (Larkwood), North Metropolitan ICB",
    "Dr Sam Whitlow – Medical Director, Larkwood GP Federation (substituting for Dr Nadia Farouk)",
]
ALSO_ATTENDING = ("Fiona Gault (Assistant Director, Commissioning), Adebayo Sowande (Senior Public "
                  "Health Strategist), Claire Tennant (Head of Integrated Care, North Metropolitan "
                  "ICB) and Philip Rourke (Principal Committee Co-ordinator)")


def _q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def _r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health and Wellbeing Board",
    "meeting_date": "2025-03-19",
    "items": [{"number": n.rstrip("."), "title": t} for n, t, _ in ITEMS],
    "questions": [
        # 39 deputation
        _q("39", "request",
           "asked the Board to call on the ICB to pause the closure",
           "Ms Bernadette Quaye",
           "the ICB would extend the engagement period by six weeks",
           "Rachel Ndlovu",
           ["primary-care", "patient-and-public-input"]),
        _q("39", "question",
           "asked how many patients had responded to the practice's survey",
           "Cllr Choudhury",
           "the practice had received around 400 responses",
           "Ms Quaye",
           ["primary-care", "patient-and-public-input"]),
        _q("39", "question",
           "asked whether the deputation had been offered a meeting with the practice partners",
           "Cllr Wilde",
           "a meeting had been offered but had been arranged at short notice",
           "Mr Akers",
           ["primary-care", "patient-and-public-input"]),
        _q("39", "request",
           "asked that the ICB write to the Board with the outcome of the extended engagement",
           "The Chair",
           None,
           None,
           ["primary-care", "patient-and-public-input"]),
        # 40 minutes
        _q("40", "question",
           "asked whether the information on childhood immunisation uptake by ward",
           "Cllr Choudhury",
           "would be circulated to Board members after the meeting",
           "Philip Rourke",
           ["public-health", "children-and-families"]),
        # 41 borough partnership
        _q("41", "question",
           "asked why the number of patients waiting to be discharged from hospital",
           "Cllr Wilde",
           "the majority of these delays related to patients with dementia",
           "Ms Tennant",
           ["adult-social-care", "subcontracting"]),
        _q("41", "comment",
           "could not get through to their GP practice by telephone at 8am",
           "Sheila Prendergast",
           "all practices in Larkwood now had cloud-based telephony",
           "Dr Whitlow",
           ["primary-care", "patient-and-public-input"]),
        _q("41", "concern",
           "The Board sought assurance about the staffing of the neighbourhood teams",
           None,
           "the district nursing vacancy rate had reduced from 24% to 15%",
           None,
           ["workforce"]),
        _q("41", "concern",
           "raised concerns that families placed in temporary accommodation outside the borough",
           "Cllr Choudhury",
           "there were currently 3,140 households in temporary accommodation",
           "Mr Oyelaran",
           ["housing", "primary-care"]),
        _q("41", "question",
           "a question from the Chair about how the voluntary and community sector",
           "the Chair",
           "each team had a community connector post hosted by Larkwood Voluntary Action",
           "Ms Ndlovu",
           ["integration"]),
        _q("41", "concern",
           "expressed concern that the new community diagnostic centre at Larkwood Retail Park",
           "Cllr Wilde",
           None,
           None,
           ["privatisation", "subcontracting"]),
        _q("41", "comment",
           "the neighbourhood teams were the most promising development in local integration",
           "Dr Asante",
           None,
           None,
           ["integration"]),
        _q("41", "request",
           "requested that the Board receive a fuller update on neighbourhood teams",
           "The Chair",
           None,
           None,
           ["integration", "patient-and-public-input"]),
        # 42 suicide prevention
        _q("42", "question",
           "asked how the strategy would reach middle-aged men who were unlikely",
           "Cllr Choudhury",
           "the action plan included work with barbers, football clubs and workplaces",
           "Mr Sowande",
           ["mental-health"]),
        _q("42", "concern",
           "noted concerns raised by headteachers about waiting times for CAMHS",
           "Joanne Whitcombe",
           "the Mental Health Support Teams now covered 38 of the borough's 64 schools",
           "Dr Lomax",
           ["mental-health", "children-and-families"]),
        _q("42", "question",
           "asked whether people with lived experience would continue to be involved",
           "Sheila Prendergast",
           "a lived experience advisory group would be established",
           None,
           ["mental-health", "patient-and-public-input"]),
        _q("42", "request",
           "asked that a protocol for sharing this information with primary care be developed",
           "Dr Asante",
           "Dr Lomax agreed to take this forward with the ICB",
           "Dr Lomax",
           ["mental-health", "primary-care"]),
        _q("42", "question",
           "queried how the strategy would be funded, given that the action plan",
           "Cllr Wilde",
           "there was no dedicated budget for the strategy",
           "Dr Lomax",
           ["mental-health", "finance", "public-health"]),
        _q("42", "question",
           "further asked whether the strategy took account of the risk to people",
           "Cllr Wilde",
           "housing officers would be among the first frontline staff to receive",
           "Mr Oyelaran",
           ["mental-health", "housing"]),
        # 43 better care fund
        _q("43", "question",
           "asked what proportion of the fund was spent through contracts with",
           "Cllr Wilde",
           "around £9.4m was spent on commissioned home care",
           "Ms Gault",
           ["subcontracting", "adult-social-care", "privatisation"]),
        _q("43", "question",
           "asked about waiting times for adaptations funded through the Disabled Facilities Grant",
           "Cllr Choudhury",
           "the average time from referral to completion of a major adaptation was 34 weeks",
           "Mr Oyelaran",
           ["housing"]),
        _q("43", "comment",
           "unpaid carers had told Healthwatch that they found it difficult to access respite",
           "Sheila Prendergast",
           "£1.2m was allocated to carers' services",
           "Ms Gault",
           ["adult-social-care", "patient-and-public-input"]),
        _q("43", "question",
           "asked whether there was evidence that the reablement service was reducing",
           "Dr Asante",
           "82% of people who received reablement after discharge were still at home",
           None,
           ["adult-social-care"]),
        _q("43", "question",
           "asked whether any of the funding could be used to support the work",
           "Dr Whitlow",
           "the ICB's contribution included £1.8m for community health services",
           "Ms Ndlovu",
           ["finance", "primary-care", "integration"]),
        # 45 future items
        _q("45", "request",
           "requested that an item on damp and mould in private rented homes",
           "Cllr Choudhury",
           "Chair agreed to discuss this with officers",
           "The Chair",
           ["housing", "children-and-families"]),
    ],
    "resolutions": [
        _r("34", "filming at this meeting, and Members noted the information contained therein",
           "noted", []),
        _r("40", "the minutes of the meeting held on 4th December 2024 be confirmed",
           "agreed", []),
        _r("41", "To note the report and the progress made on integrated neighbourhood teams",
           "noted", ["integration"]),
        _r("42", "Endorsed the Larkwood Suicide Prevention Strategy 2025-2030 and action plan",
           "agreed", ["mental-health"]),
        _r("43", "Approved the Larkwood Better Care Fund Plan 2025/26, as set out at Appendix 1",
           "agreed", ["integration"]),
        _r("45", "The Board noted the future agenda items and the dates of meetings",
           "noted", []),
    ],
    "attendees": [
        {"name": "Aileen Ferris", "role": "Chair", "attendance": "present"},
        {"name": "Tomasz Wilde", "role": None, "attendance": "present"},
        {"name": "Rehana Choudhury", "role": None, "attendance": "present"},
        {"name": "Dr Kwame Asante",
         "role": "Clinical Director, Larkwood Borough Partnership (Vice-Chair)",
         "attendance": "present"},
        {"name": "Marcus Oyelaran", "role": "Corporate Director of Adults, Housing and Health",
         "attendance": "present"},
        {"name": "Dr Harriet Lomax", "role": "Director of Public Health", "attendance": "present"},
        {"name": "Joanne Whitcombe", "role": "Director of Children's Services",
         "attendance": "present"},
        {"name": "Sheila Prendergast", "role": "Chair, Healthwatch Larkwood",
         "attendance": "present"},
        {"name": "Rachel Ndlovu",
         "role": "Director of Integration (Larkwood), North Metropolitan ICB",
         "attendance": "present"},
        {"name": "Dr Sam Whitlow", "role": "Medical Director, Larkwood GP Federation",
         "attendance": "present"},
        {"name": "Fiona Gault", "role": "Assistant Director, Commissioning",
         "attendance": "in_attendance"},
        {"name": "Adebayo Sowande", "role": "Senior Public Health Strategist",
         "attendance": "in_attendance"},
        {"name": "Claire Tennant", "role": "Head of Integrated Care, North Metropolitan ICB",
         "attendance": "in_attendance"},
        {"name": "Philip Rourke", "role": "Principal Committee Co-ordinator",
         "attendance": "in_attendance"},
        {"name": "Councillor Emeka Dunmore", "role": None, "attendance": "apologies"},
        {"name": "Dr Nadia Farouk", "role": None, "attendance": "apologies"},
        {"name": "Tracey Halliwell", "role": "Chief Executive, Larkwood Voluntary Action",
         "attendance": "apologies"},
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Writing the .docx
# ---------------------------------------------------------------------------

def _add_page_field(paragraph):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    num = OxmlElement("w:t")
    num.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, instr, sep, num, end):
        run._r.append(el)


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


def _fixed_zip(raw: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so that the output is byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 26, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_minutes(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)

    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)

    hdr = sec.header.paragraphs[0]
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hdr.add_run("MINUTES OF THE HEALTH AND WELLBEING BOARD – WEDNESDAY, 19 MARCH 2025")
    r.font.size = Pt(8)
    ftr = sec.footer.paragraphs[0]
    ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _add_page_field(ftr)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Larkwood Council")
    r.bold = True
    r.font.size = Pt(14)

    p = doc.add_paragraph()
    r = p.add_run("MINUTES OF MEETING ")
    r.bold = True
    r = p.add_run("Health and Wellbeing Board")
    r.bold = True
    r = p.add_run(" HELD ON ")
    r.bold = True
    r = p.add_run("Wednesday, 19th March, 2025, 2.00 - 4.40 pm")
    r.bold = True

    p = doc.add_paragraph()
    p.add_run("PRESENT:").bold = True
    for label, names in PRESENT:
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(names)
    for line in BOARD_MEMBERS:
        p = doc.add_paragraph(line)
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("ALSO ATTENDING: ").bold = True
    p.add_run(ALSO_ATTENDING)
    doc.add_paragraph()

    table = doc.add_table(rows=0, cols=2)
    table.autofit = False
    _no_borders(table)
    widths = (Cm(1.6), Cm(15.4))

    def new_row():
        row = table.add_row()
        for c, w in zip(row.cells, widths):
            c.width = w
        return row

    for number, title, body in ITEMS:
        row = new_row()
        row.cells[0].paragraphs[0].add_run(number).bold = True
        row.cells[1].paragraphs[0].add_run(title).bold = True
        row = new_row()
        cell = row.cells[1]
        first = True
        for block in body:
            para = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            kind = block[0]
            if kind == "p":
                lines = block[1].split("\n")
                for i, line in enumerate(lines):
                    if i:
                        para.add_run().add_break(WD_BREAK.LINE)
                    para.add_run(line)
            elif kind == "b":
                para.add_run(block[1]).bold = True
            elif kind == "li":
                para.paragraph_format.left_indent = Cm(0.9)
                para.paragraph_format.first_line_indent = Cm(-0.9)
                para.paragraph_format.tab_stops.add_tab_stop(Cm(0.9))
                para.add_run(f"{block[1]}\t{block[2]}")
            elif kind == "bl":
                para.paragraph_format.left_indent = Cm(0.9)
                para.paragraph_format.first_line_indent = Cm(-0.6)
                para.paragraph_format.tab_stops.add_tab_stop(Cm(0.9))
                para.add_run(f"•\t{block[1]}")
        cell.add_paragraph()

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("CHAIR: Councillor Aileen Ferris").bold = True
    doc.add_paragraph()
    doc.add_paragraph("Signed by Chair ……………………………….")
    doc.add_paragraph()
    doc.add_paragraph("Date ………………………………….")

    cp = doc.core_properties
    cp.author = "Philip Rourke"
    cp.last_modified_by = "Philip Rourke"
    cp.title = "Minutes - Health and Wellbeing Board - 19 March 2025"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue()))


# ---------------------------------------------------------------------------
# The report (not minutes): the board cover report on the BCF plan, as a PDF
# ---------------------------------------------------------------------------

REPORT_FRONT = [
    ("Report for:", "Health and Wellbeing Board – 19 March 2025"),
    ("Item number:", "10"),
    ("Title:", "Larkwood Better Care Fund Plan 2025/26"),
    ("Report authorised by:", "Marcus Oyelaran, Corporate Director of Adults, Housing and Health"),
    ("Lead Officer:", "Fiona Gault, Assistant Director, Commissioning\n"
                      "fiona.gault@larkwood.gov.uk  020 8496 0417"),
    ("Ward(s) affected:", "All"),
    ("Report for Key/\nNon Key Decision:", "Not applicable"),
]

REPORT_SECTIONS = [
    ("1.", "Describe the issue under consideration", [
        ("1.1", "The Better Care Fund (BCF) is a national programme that requires local "
                "authorities and integrated care boards to pool budgets and agree a joint plan "
                "for integrated health and social care. The plan must be agreed by the Health and "
                "Wellbeing Board before it is submitted to NHS England."),
        ("1.2", "This report presents the Larkwood BCF Plan for 2025/26 for approval. The "
                "national submission deadline is 31 March 2025."),
    ]),
    ("2.", "Cabinet Member Introduction", [
        ("2.1", "The Better Care Fund is one of the most important tools we have for joining up "
                "care around residents. This year's plan keeps our focus on helping people to "
                "leave hospital safely and quickly, on reablement and on support for unpaid "
                "carers, while starting to shift investment towards prevention in our "
                "neighbourhoods. I commend it to the Board. (Cllr Aileen Ferris, Cabinet Member "
                "for Health, Social Care and Wellbeing)"),
    ]),
    ("3.", "Recommendations", [
        ("3.1", "The Health and Wellbeing Board is asked to:"),
        ("", "a) Approve the Larkwood Better Care Fund Plan 2025/26 as set out at Appendix 1; and"),
        ("", "b) Delegate authority to the Corporate Director of Adults, Housing and Health, in "
             "consultation with the Chair of the Board and the Director of Integration "
             "(Larkwood), to agree any minor amendments required following regional assurance."),
    ]),
    ("4.", "Reasons for decision", [
        ("4.1", "Approval by the Health and Wellbeing Board is a national condition of the BCF. "
                "Without an approved plan, the NHS minimum contribution and the Disabled "
                "Facilities Grant cannot be released to the pooled budget."),
    ]),
    ("5.", "Alternative options considered", [
        ("5.1", "The Board could decline to approve the plan. This is not recommended, as it "
                "would put at risk £41.6m of funding for services that residents rely on."),
    ]),
    ("6.", "Background information", [
        ("6.1", "The 2025/26 planning requirements set two national objectives: reforming to "
                "support the shift from sickness to prevention; and supporting people to live "
                "independently and the shift from hospital to home. Three national metrics "
                "replace the previous five: emergency admissions, discharge delays and "
                "admissions to long-term residential and nursing care."),
        ("6.2", "The total value of the Larkwood pooled budget in 2025/26 is summarised below."),
        ("TABLE", ""),
        ("6.3", "The largest areas of spend are home care commissioned from eleven framework "
                "providers (£9.4m), the integrated discharge hub and bridging care (£4.1m), "
                "reablement (£3.6m), community health services within the neighbourhood teams "
                "(£1.8m) and carers' services (£1.2m)."),
        ("6.4", "Questions the Board may wish to consider:"),
        ("", "• Is the Board assured that the plan will reduce the number of people with no "
             "criteria to reside at Sedley Park Hospital?"),
        ("", "• Does the Board support the gradual shift of investment from hospital discharge "
             "towards prevention in neighbourhoods?"),
        ("", "• How should the Board monitor the waiting times for Disabled Facilities Grant "
             "adaptations during the year?"),
    ]),
    ("7.", "Contribution to strategic outcomes", [
        ("7.1", "The plan supports the Larkwood Joint Health and Wellbeing Strategy priority to "
                "help residents live well and independently for longer, and the Borough "
                "Partnership's neighbourhood health programme."),
    ]),
    ("8.", "Carbon and Climate Change", [
        ("8.1", "There are no direct carbon implications arising from this report."),
    ]),
    ("9.", "Statutory Officers comments (Director of Finance (including procurement), "
           "Head of Legal and Governance, Equalities)", [
        ("", "Finance"),
        ("9.1", "The Council's contribution to the pooled budget is contained within the "
                "approved Adults, Housing and Health budget for 2025/26. Any overspend on the "
                "pooled budget is shared under the risk-share arrangements in the section 75 "
                "agreement."),
        ("", "Procurement"),
        ("9.2", "Strategic Procurement notes the content of this report. There are no "
                "procurement decisions sought in this report."),
        ("", "Head of Legal and Governance"),
        ("9.3", "The Health and Wellbeing Board has the power to approve the BCF plan under its "
                "terms of reference. The pooled budget is governed by an agreement under section "
                "75 of the National Health Service Act 2006, which will be varied to reflect the "
                "2025/26 plan."),
        ("", "Equality"),
        ("9.4", "The Council has a public sector equality duty under the Equality Act 2010. The "
                "schemes in the plan are expected to benefit older and disabled residents, who "
                "share protected characteristics. No negative impacts have been identified."),
    ]),
    ("10.", "Use of Appendices", [
        ("", "Appendix 1 – Larkwood Better Care Fund Plan 2025/26 (narrative and planning "
             "template)"),
    ]),
    ("11.", "Local Government (Access to Information) Act 1985", [
        ("11.1", "Better Care Fund policy framework and planning requirements 2025/26."),
    ]),
]

REPORT_TABLE = [
    ("Funding stream", "2025/26 (£m)"),
    ("NHS minimum contribution", "27.3"),
    ("Council contribution (including Improved Better Care Fund)", "9.6"),
    ("Disabled Facilities Grant", "2.9"),
    ("Additional ICB and Council contributions", "1.8"),
    ("Total pooled budget", "41.6"),
]


def build_report(path: Path) -> None:
    from fpdf import FPDF

    class Report(FPDF):
        def header(self):
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Larkwood Council", align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(3)

        def footer(self):
            self.set_y(-14)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_author("Larkwood Council")
    pdf.set_title("Larkwood Better Care Fund Plan 2025/26")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()

    # front sheet table
    pdf.set_font("DejaVu", "", 10)
    with pdf.table(col_widths=(55, 115), text_align="LEFT", first_row_as_headings=False,
                   line_height=6) as table:
        for label, value in REPORT_FRONT:
            row = table.row()
            pdf.set_font("DejaVu", "B", 10)
            row.cell(label)
            pdf.set_font("DejaVu", "", 10)
            row.cell(value)
    pdf.ln(6)

    for num, heading, paras in REPORT_SECTIONS:
        pdf.set_font("DejaVu", "B", 11)
        pdf.multi_cell(0, 6, f"{num}  {heading}", align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for pnum, text in paras:
            if pnum == "TABLE":
                pdf.set_font("DejaVu", "", 10)
                pdf.set_x(32)
                with pdf.table(col_widths=(110, 30), width=140, align="LEFT", line_height=6,
                               text_align=("LEFT", "RIGHT")) as t:
                    for r in REPORT_TABLE:
                        row = t.row()
                        for c in r:
                            row.cell(c)
                pdf.ln(3)
                continue
            if pnum == "" and text in ("Finance", "Procurement", "Head of Legal and Governance",
                                       "Equality"):
                pdf.set_font("DejaVu", "B", 10)
                pdf.set_x(32)
                pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
                continue
            pdf.set_font("DejaVu", "", 10)
            if pnum:
                pdf.cell(12, 5.5, pnum)
                pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_x(32)
                pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        pdf.ln(2)

    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------

def norm(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        import docx

        d = docx.Document(str(path))
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
    errors = 0
    for gold_path in sorted(GOLD.glob("lj-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc.name}")
            errors += 1
            continue
        if gold_path.stem != doc.stem:
            print(f"gold name {gold_path.name} does not match {doc.name}")
            errors += 1
        text = norm(doc_text(doc))
        if not text:
            print(f"{doc.name}: no text extracted")
            errors += 1
        numbers = {i["number"] for i in gold.get("items", [])}
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["item"], q["text"]))
            if q["answer"] is not None:
                phrases.append(("answer", q["item"], q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["item"], r["text"]))
        for kind, item, phrase in phrases:
            n = text.count(norm(phrase))
            words = len(norm(phrase).split())
            ok = n == 1 and 6 <= words <= 15 and item in numbers
            if not ok:
                errors += 1
                print(f"{doc.name}: {kind} (item {item}, {words} words, found {n}x): {phrase!r}")
        print(f"{doc.name}: {len(phrases)} phrases checked, {len(text.split())} words of text")
    print("OK" if not errors else f"{errors} problem(s)")
    return 1 if errors else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {MINUTES_NAME}, {REPORT_NAME} and their gold files")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
