#!/usr/bin/env python3
"""Build the "od-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_od.py           build documents/od-* and gold/od-*.json
        build_od.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "od-brantshire-acph-scrutiny-2025-10-15.html"
REPORT_NAME = "od-brantshire-homecare-recommissioning-report.pdf"

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DATE = dt.datetime(2025, 10, 6, 9, 30, 0, tzinfo=dt.timezone.utc)

COMMITTEE = "Adult Care and Public Health Scrutiny Committee"

# ---------------------------------------------------------------------------------------
# The minutes: content
# ---------------------------------------------------------------------------------------
# Each item: number, title, pdf size of the item's report (or None), agenda text (the
# bracketed description ModernGov shows under the title), additional documents, and the
# minutes as a list of blocks: ("p", text), ("b", bullet text), ("n", "1.", text) for a
# typed numbered clause, ("blank",) for an empty Word paragraph, ("bold", text).

E_DIR = "Executive Director \u2013 Adult Care and Community Wellbeing"
EXEC_CLLR = "Executive Councillor for Adult Care and Public Health"

ITEMS = [
    {
        "number": "20",
        "title": "Apologies for Absence/Replacement Members",
        "pdf": None,
        "agenda": None,
        "additional": [],
        "minutes": [
            ("p", "Apologies for absence were received from Councillors M Drury and "
                  "Mrs C E Pattinson."),
            ("blank",),
            ("p", "It was noted that the Chief Executive, having received notice under "
                  "Regulation 13 of the Local Government (Committee and Political Groups) "
                  "Regulations 1990, had appointed Councillor L Hassan as a replacement member "
                  "of the Committee in place of Councillor M Drury, for this meeting only."),
            ("blank",),
            ("p", "An apology for absence was also received from Councillor D W Ashby "
                  "(Executive Support Councillor for Adult Care and Public Health)."),
        ],
    },
    {
        "number": "21",
        "title": "Declarations of Members' Interests",
        "pdf": None,
        "agenda": None,
        "additional": [],
        "minutes": [
            ("p", "Councillor Mrs A M Tindall declared that her daughter was employed as a care "
                  "worker by a homecare provider operating in the Sallowby area, and advised that "
                  "she would take no part in any discussion relating to that provider under "
                  "minute 24."),
            ("blank",),
            ("p", "Councillor G Varley advised that he was a public governor of Brantshire "
                  "Community Health Services NHS Trust, in relation to minute 25."),
        ],
    },
    {
        "number": "22",
        "title": "Minutes of the previous meeting of the Adult Care and Public Health Scrutiny "
                 "Committee held on 3 September 2025",
        "pdf": "PDF 181 KB",
        "agenda": None,
        "additional": [],
        "minutes": [
            ("p", "Further to minute 15 (Adult Social Care Charging Policy), a member asked "
                  "whether the breakdown of disability related expenditure allowances by district, "
                  "which had been promised at the previous meeting, had been circulated.\u00a0 The "
                  "Scrutiny Officer advised that the information had been received from the "
                  "service the previous day and would be circulated to all members of the "
                  "Committee following the meeting."),
            ("blank",),
            ("bold", "RESOLVED"),
            ("blank",),
            ("p", "That the minutes of the meeting held on 3 September 2025 be agreed as a "
                  "correct record and signed by the Chairman."),
        ],
    },
    {
        "number": "23",
        "title": "Announcements by the Chairman, Executive Councillor and Lead Officers",
        "pdf": None,
        "agenda": None,
        "additional": [],
        "minutes": [
            ("p", "The Chairman advised that he and the Vice-Chairman had visited the Integrated "
                  "Discharge Hub at Wrayminster County Hospital on 24 September 2025, and thanked "
                  "the staff of the hub for their time.\u00a0 A short note of the visit would be "
                  "circulated to members of the Committee."),
            ("blank",),
            ("p", "The " + EXEC_CLLR + " announced that the Care Quality Commission had "
                  "published its assessment of the Council's adult social care functions under "
                  "the Care Act 2014 on 2 October 2025, and that the Council had received an "
                  "overall rating of 'Good'.\u00a0 She thanked all staff and partners for their "
                  "contribution to the assessment.\u00a0 The full assessment report would be "
                  "considered by the Committee at its meeting on 26 November 2025."),
            ("blank",),
            ("p", "The Director of Public Health advised that the autumn and winter vaccination "
                  "programme for flu and COVID-19 had commenced on 1 October 2025, and asked "
                  "members to help promote take-up in their divisions, particularly among older "
                  "people, pregnant women and people with long-term conditions."),
            ("blank",),
            ("p", "In response to a question from Councillor S Okonedo on whether the Care Quality "
                  "Commission had identified any areas for improvement, the " + E_DIR +
                  " advised that the assessment had highlighted waiting times for Care Act "
                  "assessments for younger adults and the consistency of transitions from "
                  "children's services, both of which were already included in the service's "
                  "improvement plan."),
        ],
    },
    {
        "number": "24",
        "title": "Homecare Re-commissioning",
        "pdf": "PDF 412 KB",
        "agenda": "(To receive a report by Hannah Rowe, " + E_DIR + ", which invites the "
                  "Committee to consider a report on Homecare Re-commissioning, which is due to "
                  "be considered by the " + EXEC_CLLR + " between 27 and 31 October 2025.\u00a0 "
                  "The views of the Committee will be reported to the Executive Councillor as "
                  "part of her consideration of this item)",
        "additional": [("Appendix A - Homecare Market Engagement Summary", "PDF 233 KB"),
                       ("Appendix B - Equality Impact Analysis", "PDF 190 KB")],
        "minutes": [
            ("p", "Consideration was given to a report by the " + E_DIR + ", which invited the "
                  "Committee to consider a report on Homecare Re-commissioning, which was due to "
                  "be considered by the " + EXEC_CLLR + " between 27 and 31 October 2025."),
            ("blank",),
            ("p", "The Chairman invited Ruth Maddox, Head of Commissioning \u2013 Adult Care, and "
                  "Sanjay Mehra, Senior Commissioning Manager, to present the item to the "
                  "Committee.\u00a0 It was reported that the current homecare contracts, which had "
                  "been awarded in 2019 on the basis of one lead provider in each of twelve "
                  "geographical zones, would expire on 31 July 2026.\u00a0 Around 4,900 people were "
                  "supported with homecare at any one time, with approximately 71,000 hours of "
                  "care delivered each week at a gross annual cost of \u00a398.4 million.\u00a0 The "
                  "proposed model would retain a zonal approach but would increase the number of "
                  "zones from twelve to eighteen, and would allow up to three providers in each "
                  "zone to be appointed through a competitive tender, supported by a framework "
                  "of additional providers who would pick up any package which the zone "
                  "providers could not accept within 48 hours.\u00a0 An indicative hourly rate of "
                  "\u00a325.60 was proposed for 2026/27, with an enhanced rate of \u00a327.15 in the "
                  "six most rural zones.\u00a0 The findings of the market engagement exercise, "
                  "which had included two provider events and a survey of 214 people who "
                  "received homecare and their carers, were summarised at Appendix A to the "
                  "report."),
            ("blank",),
            ("p", "During consideration of this item, the Committee raised the following comments "
                  "and questions, and responses were provided where appropriate:"),
            ("blank",),
            ("b", "A member queried why the number of zones was to be increased, when providers "
                  "had previously told the Council that larger zones gave them more certainty.\u00a0 "
                  "It was explained that several of the existing zones in the coastal and fen "
                  "areas were too large for one provider to cover the most isolated villages, and "
                  "that smaller zones would reduce the distances care workers travelled between "
                  "calls."),
            ("b", "Concern was expressed that appointing up to three providers in each zone could "
                  "lead to providers competing for the same small pool of care workers, rather "
                  "than growing the capacity of the market as a whole.\u00a0 The Head of "
                  "Commissioning acknowledged this risk and advised that bidders would be "
                  "required to set out how they would recruit new staff into the sector, and that "
                  "this would form part of the quality evaluation."),
            ("b", "A member asked whether the proposed hourly rate would be sufficient for "
                  "providers to pay care workers at least the Real Living Wage, given the "
                  "increase in employers' National Insurance contributions from April 2025.\u00a0 "
                  "It was reported that the rate had been modelled on providers paying the Real "
                  "Living Wage as a minimum, including the increase in National Insurance, and "
                  "that the rate would be reviewed each year as part of the Council's budget "
                  "setting process."),
            ("b", "It was queried whether care workers were currently paid for their travel time "
                  "between visits.\u00a0 In response, it was confirmed that the new contracts would "
                  "require providers to pay for travel time, and that compliance would be "
                  "checked through the Council's contract monitoring visits and a sample of "
                  "payslips."),
            ("b", "Some members commented that most homecare in Brantshire was now delivered by "
                  "private companies, several of them owned by national groups, and asked "
                  "whether the Council had considered delivering a proportion of homecare "
                  "in-house.\u00a0 The " + E_DIR + " advised that an in-house option had been "
                  "assessed during the commissioning review but had not been taken forward, as "
                  "the set-up costs would be significant and an in-house service would face the "
                  "same recruitment difficulties as the independent sector.\u00a0 The Council's "
                  "in-house reablement service would, however, continue to be expanded."),
            ("b", "A member highlighted that people in Ingleby Fen and the surrounding villages "
                  "had waited many weeks for a package of care after leaving hospital, and asked "
                  "how the new model would ensure that rural areas were not left behind.\u00a0 It "
                  "was advised that the additional framework and the enhanced rural rate were "
                  "intended to address this, and that the number of people waiting for homecare "
                  "had reduced from 212 in January 2025 to 38 at the end of September 2025."),
            ("b", "In response to a question about the use of technology, it was confirmed that "
                  "electronic call monitoring would be a requirement for all providers, and that "
                  "this would allow the Council to pay for the actual time care workers spent "
                  "with each person rather than the time commissioned."),
            ("b", "The Committee welcomed the involvement of people who used homecare and their "
                  "carers in writing the new service specification, and the plan to include "
                  "people with lived experience on the tender evaluation panels."),
            ("b", "A member asked what action the Council would take if a provider handed back "
                  "packages of care or withdrew from the market during the life of the "
                  "contract."),
            ("b", "It was requested that the outcome of the tender, including the number of "
                  "local providers who had been successful, be reported to the Committee in "
                  "summer 2026.\u00a0 The Head of Commissioning agreed that this could be added to "
                  "the work programme."),
            ("blank",),
            ("bold", "RESOLVED"),
            ("blank",),
            ("n", "1.", "That the Committee supports the recommendations to the " + EXEC_CLLR +
                        ", as set out in the report."),
            ("blank",),
            ("n", "2.", "That a summary of the comments made by the Committee, as set out above, "
                        "be passed on to the " + EXEC_CLLR + ", in relation to this item."),
        ],
    },
    {
        "number": "25",
        "title": "Intermediate Care and Hospital Discharge - Update from Brantshire Integrated "
                 "Care Board",
        "pdf": "PDF 698 KB",
        "agenda": "(To receive a report from Brantshire Integrated Care Board, which provides "
                  "the Committee with an update on intermediate care and hospital discharge "
                  "arrangements across Brantshire.\u00a0 Clare Denholm (Director of Integrated "
                  "Care, Brantshire Integrated Care Board), Mark Tansley (Deputy Chief Operating "
                  "Officer, United Brantshire Hospitals NHS Trust) and Lisa Chadwick (Head of "
                  "Intermediate Care, Brantshire Community Health Services NHS Trust) will be in "
                  "attendance for this item)",
        "additional": [],
        "minutes": [
            ("p", "The Committee received a report from Brantshire Integrated Care Board (ICB), "
                  "which provided an update on intermediate care and hospital discharge "
                  "arrangements across Brantshire."),
            ("blank",),
            ("p", "The Chairman welcomed to the meeting Clare Denholm, Director of Integrated "
                  "Care, Brantshire Integrated Care Board; Mark Tansley, Deputy Chief Operating "
                  "Officer, United Brantshire Hospitals NHS Trust; and Lisa Chadwick, Head of "
                  "Intermediate Care, Brantshire Community Health Services NHS Trust, and invited "
                  "them to present the report."),
            ("blank",),
            ("p", "The Committee was advised that the average number of patients in the county's "
                  "acute hospitals who no longer met the criteria to reside had fallen from 142 a "
                  "day in the winter of 2024/25 to 96 a day in August 2025.\u00a0 The Integrated "
                  "Discharge Hubs at Wrayminster County Hospital and Sallowby General Hospital "
                  "now operated seven days a week, bringing together hospital discharge teams, "
                  "social workers and community health staff, and 81 per cent of patients were "
                  "now discharged to their usual place of residence.\u00a0 A total of 54 "
                  "intermediate care beds were jointly commissioned by the ICB and the Council "
                  "through the Better Care Fund, of which 40 were in independent sector care "
                  "homes and 14 were in the community hospital at Market Wrayton."),
            ("blank",),
            ("p", "During discussion, the Committee raised the following points:"),
            ("blank",),
            ("b", "A member asked what the main reasons were for the delays which remained.\u00a0 "
                  "The Deputy Chief Operating Officer explained that the largest single cause was "
                  "waiting for a care home placement for people with complex dementia needs, "
                  "followed by waits for homecare in the most rural areas of the county."),
            ("b", "Concern was expressed at reports from families in Cawthorpe-on-Sea that older "
                  "relatives had been discharged late in the evening without their medication "
                  "or any arrangements being in place at home.\u00a0 It was advised that the "
                  "Trust's policy was that no patient aged 65 or over should be discharged after "
                  "8.00 pm unless they or their family had agreed to this, and that the Trust "
                  "would look into the specific cases if details were provided."),
            ("b", "A member asked how the quality of the intermediate care beds in independent "
                  "sector care homes was monitored.\u00a0 The Head of Intermediate Care explained "
                  "that each home received daily therapy input from the Community Trust, and "
                  "that the beds were subject to joint quality visits by the ICB and the "
                  "Council's contracts team."),
            ("b", "A member commented that the success of the discharge to assess model depended "
                  "on the availability of therapists, and asked whether there were vacancies in "
                  "the community therapy teams.\u00a0 It was reported that the vacancy rate for "
                  "occupational therapists in the Community Trust was 14 per cent, and that a "
                  "joint recruitment campaign with the Council had been launched, including two "
                  "apprenticeship routes into therapy roles."),
            ("b", "In response to a question about the future of the Better Care Fund, the "
                  "Director of Integrated Care advised that national guidance for 2026/27 had "
                  "not yet been published, but that the ICB and the Council had agreed to "
                  "maintain the current level of funding for intermediate care until March "
                  "2027."),
            ("b", "Concern was raised at the limited mental health support available to older "
                  "people in intermediate care beds, particularly those with delirium or "
                  "depression following a hospital stay.\u00a0 The Director of Integrated Care "
                  "undertook to raise this with Brantshire Partnership NHS Foundation Trust and "
                  "to provide a written response to the Committee."),
            ("b", "A member requested that future reports include discharge data broken down by "
                  "hospital site and by district, so that the Committee could see where the "
                  "pressures were greatest.\u00a0 This was agreed."),
            ("blank",),
            ("p", "The Chairman thanked the representatives for their attendance, and it was "
                  "agreed that a further update on winter resilience and discharge performance "
                  "be received at the meeting of the Committee on 14 January 2026."),
        ],
    },
    {
        "number": "26",
        "title": "One You Brantshire - Integrated Lifestyle Service Annual Update",
        "pdf": "PDF 355 KB",
        "agenda": "(To receive a report by Dr Imogen Castell, Director of Public Health, which "
                  "provides an update on the performance of the One You Brantshire integrated "
                  "lifestyle service during 2024/25)",
        "additional": [],
        "minutes": [
            ("p", "Consideration was given to a report by the Director of Public Health, which "
                  "provided an update on the performance of the One You Brantshire integrated "
                  "lifestyle service during 2024/25.\u00a0 The service, which was delivered under "
                  "contract by a community interest company, provided stop smoking support, a "
                  "12-week healthy weight programme, alcohol brief advice and support to "
                  "increase physical activity.\u00a0 During 2024/25, 2,318 people had set a quit "
                  "date with the service and 1,402 of them had quit at four weeks, a quit rate "
                  "of 60 per cent.\u00a0 The additional Local Stop Smoking Services and Support "
                  "Grant of \u00a31.1 million had been used to expand the Swap to Stop vaping "
                  "scheme and to provide support in the maternity units at both acute "
                  "hospitals."),
            ("blank",),
            ("p", "The Committee considered the report and during discussion the following "
                  "points were noted:"),
            ("blank",),
            ("b", "A member asked why the number of people quitting in the Market Wrayton area "
                  "was lower than in other parts of the county.\u00a0 The Director of Public "
                  "Health advised that smoking rates among routine and manual workers in the "
                  "area remained high, and that the service was working with employers and "
                  "community pharmacies to offer support closer to people's places of work."),
            ("b", "Concern was expressed at the rise in vaping among young people, and it was "
                  "queried whether the supply of free vapes through Swap to Stop risked "
                  "encouraging vaping among people who had never smoked.\u00a0 It was explained "
                  "that vapes were only supplied to adult smokers who had set a quit date with "
                  "an adviser, and that the Council's Trading Standards team continued to "
                  "carry out test purchasing to prevent underage sales."),
            ("b", "A member queried the length of time people were waiting to join the healthy "
                  "weight programme.\u00a0 It was reported that the average wait was six weeks, and "
                  "that additional evening and online groups had been introduced to reduce "
                  "this."),
            ("b", "A member commented that GPs in his division were not always aware of the "
                  "service or how to refer patients to it.\u00a0 The Director of Public Health "
                  "advised that the service had written to all GP practices in the summer and "
                  "would attend primary care network meetings over the coming months."),
            ("b", "It was requested that a breakdown of the service's outcomes by deprivation "
                  "quintile be circulated to members of the Committee.\u00a0 The Director of "
                  "Public Health agreed to circulate this information."),
            ("blank",),
            ("bold", "RESOLVED"),
            ("blank",),
            ("p", "That the annual update on the One You Brantshire integrated lifestyle "
                  "service be noted."),
        ],
    },
    {
        "number": "27",
        "title": "Adult Care and Community Wellbeing Performance Report, Quarter 1 2025/26",
        "pdf": "PDF 540 KB",
        "agenda": "(To receive a report by Hannah Rowe, " + E_DIR + ", which presents "
                  "performance against the Council Plan measures for adult care and community "
                  "wellbeing for Quarter 1 of 2025/26)",
        "additional": [("Appendix A - Quarter 1 Performance Measures", "PDF 301 KB")],
        "minutes": [
            ("p", "Consideration was given to a report by the " + E_DIR + ", which presented "
                  "performance against the Council Plan measures for adult care and community "
                  "wellbeing for Quarter 1 of 2025/26.\u00a0 Of the 22 measures reported in the "
                  "quarter, 15 had achieved their target, four were within tolerance and three "
                  "had not achieved their target.\u00a0 Tom Ellery, Assistant Director \u2013 Adult "
                  "Frailty and Long Term Conditions, advised that the measures which had not "
                  "achieved their target were the percentage of care packages reviewed within "
                  "twelve months, the number of carers supported following an assessment, and "
                  "permanent admissions to residential and nursing care for people aged 65 and "
                  "over."),
            ("blank",),
            ("p", "During consideration of the report, the following points were raised:"),
            ("blank",),
            ("b", "A member asked why the percentage of people whose care had been reviewed "
                  "within twelve months had fallen to 71 per cent.\u00a0 The Assistant Director "
                  "explained that there had been a high number of vacant social worker posts in "
                  "the East locality over the spring, and that agency social workers had been "
                  "engaged on a short-term basis to clear the backlog of overdue reviews."),
            ("b", "Concern was expressed that the number of carers supported following an "
                  "assessment was below target for the third quarter in succession, and that "
                  "carers in the more rural parts of the county were not aware of the support "
                  "available to them."),
            ("b", "A member queried whether the rise in permanent admissions to residential care "
                  "was linked to the availability of homecare.\u00a0 It was advised that the rise "
                  "reflected an increase in the number of people with advanced dementia being "
                  "admitted from hospital, and that admissions from the community had remained "
                  "stable."),
            ("b", "In response to a question on the number of adult safeguarding concerns "
                  "received, the Assistant Director confirmed that 1,968 concerns had been "
                  "received in the quarter, of which 24 per cent had led to a section 42 "
                  "enquiry, which was in line with the regional average."),
            ("blank",),
            ("bold", "RESOLVED"),
            ("blank",),
            ("p", "That the Quarter 1 performance be noted, and that a breakdown of overdue "
                  "reviews by locality be included in the Quarter 2 performance report."),
        ],
    },
    {
        "number": "28",
        "title": "Adult Care and Public Health Scrutiny Committee Work Programme",
        "pdf": "PDF 214 KB",
        "agenda": "(To receive a report by Kate Sorby, Scrutiny Officer, which enables the "
                  "Committee to consider and comment on the content of its work programme for "
                  "the coming year)",
        "additional": [],
        "minutes": [
            ("p", "Consideration was given to a report by the Scrutiny Officer, which enabled "
                  "the Committee to consider and comment on the content of its work programme.\u00a0 "
                  "The Scrutiny Officer advised that, in addition to the items set out in the "
                  "report, the Care Quality Commission assessment report would be considered on "
                  "26 November 2025, and the further update on winter resilience and discharge "
                  "performance agreed at minute 25 would be added for 14 January 2026."),
            ("blank",),
            ("p", "A member suggested that an item on the supply of extra care housing and "
                  "supported accommodation for older people be added to the work programme.\u00a0 "
                  "The Scrutiny Officer advised that this could be scheduled for the meeting on "
                  "4 March 2026, and that housing officers from the district councils would be "
                  "invited to attend."),
            ("blank",),
            ("bold", "RESOLVED"),
            ("blank",),
            ("p", "That the work programme, as set out in the report, be approved, subject to "
                  "the inclusion of the items referred to above."),
        ],
    },
]

# Attendance details as ModernGov lists them for the meeting.
ATTENDANCE = {
    "Present": [
        ("Councillor K R Alcott", "Chairman"),
        ("Councillor Mrs D Fenwick", "Vice-Chairman"),
        ("Councillor P J Brereton", None),
        ("Councillor L Hassan", "Replacement Member for Councillor M Drury"),
        ("Councillor S Okonedo", None),
        ("Councillor Mrs A M Tindall", None),
        ("Councillor G Varley", None),
        ("Councillor R T Whitlam", None),
    ],
    "Apologies": [
        ("Councillor M Drury", None),
        ("Councillor Mrs C E Pattinson", None),
        ("Councillor D W Ashby", "Executive Support Councillor for Adult Care and Public Health"),
    ],
    "Also present": [
        ("Councillor Mrs H J Marlowe", EXEC_CLLR),
        ("Councillor F N Pryce", "Observer"),
    ],
    "In attendance": [
        ("Hannah Rowe", E_DIR),
        ("Dr Imogen Castell", "Director of Public Health"),
        ("Tom Ellery", "Assistant Director \u2013 Adult Frailty and Long Term Conditions"),
        ("Ruth Maddox", "Head of Commissioning \u2013 Adult Care"),
        ("Sanjay Mehra", "Senior Commissioning Manager"),
        ("Kate Sorby", "Scrutiny Officer"),
        ("Jenny Allsop", "Democratic Services Officer"),
        ("Clare Denholm", "Director of Integrated Care, Brantshire Integrated Care Board"),
        ("Mark Tansley",
         "Deputy Chief Operating Officer, United Brantshire Hospitals NHS Trust"),
        ("Lisa Chadwick",
         "Head of Intermediate Care, Brantshire Community Health Services NHS Trust"),
    ],
}
ATT_CODE = {"Present": "present", "Apologies": "apologies", "Also present": "in_attendance",
            "In attendance": "in_attendance"}

# ---------------------------------------------------------------------------------------
# The minutes: gold
# ---------------------------------------------------------------------------------------

def q(item, kind, text, answer, asked_by=None, given_by=None, themes=()):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": list(themes)}


QUESTIONS = [
    q("22", "question",
      "breakdown of disability related expenditure allowances by district",
      "information had been received from the service the previous day",
      None, "Scrutiny Officer", ["finance", "adult-social-care"]),
    q("23", "question",
      "Commission had identified any areas for improvement",
      "highlighted waiting times for Care Act assessments for younger adults",
      "Councillor S Okonedo", E_DIR, ["governance", "adult-social-care"]),
    # 24 Homecare Re-commissioning
    q("24", "question",
      "queried why the number of zones was to be increased",
      "several of the existing zones in the coastal and fen areas were too large",
      None, None, ["subcontracting", "adult-social-care"]),
    q("24", "concern",
      "providers competing for the same small pool of care workers",
      "bidders would be required to set out how they would recruit new staff",
      None, "Head of Commissioning",
      ["subcontracting", "workforce", "adult-social-care"]),
    q("24", "question",
      "sufficient for providers to pay care workers at least the Real Living Wage",
      "the rate had been modelled on providers paying the Real Living Wage",
      None, None, ["finance", "workforce", "adult-social-care"]),
    q("24", "question",
      "whether care workers were currently paid for their travel time",
      "the new contracts would require providers to pay for travel time",
      None, None, ["workforce", "subcontracting", "adult-social-care"]),
    q("24", "comment",
      "most homecare in Brantshire was now delivered by private companies",
      "an in-house option had been assessed during the commissioning review",
      None, E_DIR,
      ["privatisation", "subcontracting", "adult-social-care", "finance", "workforce"]),
    q("24", "question",
      "waited many weeks for a package of care after leaving hospital",
      "the additional framework and the enhanced rural rate were intended to address this",
      None, None, ["adult-social-care"]),
    q("24", "question",
      "In response to a question about the use of technology",
      "electronic call monitoring would be a requirement for all providers",
      None, None, ["subcontracting", "adult-social-care"]),
    q("24", "comment",
      "welcomed the involvement of people who used homecare and their carers",
      None, None, None, ["patient-and-public-input", "adult-social-care", "subcontracting"]),
    q("24", "question",
      "if a provider handed back packages of care or withdrew from the market",
      None, None, None, ["subcontracting", "adult-social-care"]),
    q("24", "request",
      "outcome of the tender, including the number of local providers",
      "agreed that this could be added to the work programme",
      None, "Head of Commissioning", ["subcontracting"]),
    # 25 Intermediate care and hospital discharge
    q("25", "question",
      "asked what the main reasons were for the delays which remained",
      "largest single cause was waiting for a care home placement",
      None, "Deputy Chief Operating Officer",
      ["adult-social-care", "mental-health"]),
    q("25", "concern",
      "older relatives had been discharged late in the evening without their medication",
      "no patient aged 65 or over should be discharged after 8.00 pm",
      None, None, ["adult-social-care"]),
    q("25", "question",
      "how the quality of the intermediate care beds in independent sector care homes was monitored",
      "each home received daily therapy input from the Community Trust",
      None, "Head of Intermediate Care",
      ["adult-social-care", "subcontracting", "governance"]),
    q("25", "question",
      "asked whether there were vacancies in the community therapy teams",
      "the vacancy rate for occupational therapists in the Community Trust",
      None, None, ["workforce", "integration", "adult-social-care"]),
    q("25", "question",
      "In response to a question about the future of the Better Care Fund",
      "agreed to maintain the current level of funding for intermediate care",
      None, "Director of Integrated Care", ["integration", "finance"]),
    q("25", "concern",
      "the limited mental health support available to older people in intermediate care beds",
      "undertook to raise this with Brantshire Partnership NHS Foundation Trust",
      None, "Director of Integrated Care", ["mental-health", "adult-social-care"]),
    q("25", "request",
      "future reports include discharge data broken down by hospital site and by district",
      None, None, None, ["adult-social-care"]),
    # 26 One You Brantshire
    q("26", "question",
      "why the number of people quitting in the Market Wrayton area was lower",
      "smoking rates among routine and manual workers in the area remained high",
      None, "Director of Public Health", ["public-health", "primary-care"]),
    q("26", "concern",
      "the supply of free vapes through Swap to Stop risked encouraging vaping",
      "vapes were only supplied to adult smokers who had set a quit date",
      None, None, ["public-health", "children-and-families"]),
    q("26", "question",
      "the length of time people were waiting to join the healthy weight programme",
      "the average wait was six weeks",
      None, None, ["public-health"]),
    q("26", "comment",
      "GPs in his division were not always aware of the service",
      "the service had written to all GP practices in the summer",
      None, "Director of Public Health", ["primary-care", "public-health"]),
    q("26", "request",
      "breakdown of the service's outcomes by deprivation quintile be circulated",
      "The Director of Public Health agreed to circulate this information",
      None, "Director of Public Health", ["public-health"]),
    # 27 Performance
    q("27", "question",
      "percentage of people whose care had been reviewed within twelve months had fallen",
      "a high number of vacant social worker posts in the East locality",
      None, "Assistant Director", ["workforce", "adult-social-care"]),
    q("27", "concern",
      "the number of carers supported following an assessment was below target",
      None, None, None, ["adult-social-care"]),
    q("27", "question",
      "rise in permanent admissions to residential care was linked to the availability of homecare",
      "reflected an increase in the number of people with advanced dementia",
      None, None, ["adult-social-care", "mental-health"]),
    q("27", "question",
      "In response to a question on the number of adult safeguarding concerns",
      "of which 24 per cent had led to a section 42 enquiry",
      None, "Assistant Director", ["adult-social-care"]),
    # 28 Work programme
    q("28", "request",
      "supply of extra care housing and supported accommodation for older people",
      "this could be scheduled for the meeting on 4 March 2026",
      None, "Scrutiny Officer", ["housing", "adult-social-care"]),
]


def r(item, text, outcome, themes=()):
    return {"item": item, "text": text, "outcome": outcome, "themes": list(themes)}


RESOLUTIONS = [
    r("22", "the minutes of the meeting held on 3 September 2025 be agreed", "agreed"),
    r("24", "That the Committee supports the recommendations to the Executive Councillor",
      "agreed", ["subcontracting", "adult-social-care"]),
    r("25", "a further update on winter resilience and discharge performance be received",
      "agreed", ["adult-social-care"]),
    r("26", "annual update on the One You Brantshire integrated lifestyle service be noted",
      "noted", ["public-health"]),
    r("27", "a breakdown of overdue reviews by locality be included", "agreed",
      ["adult-social-care"]),
    r("28", "the work programme, as set out in the report, be approved", "agreed"),
]

# ---------------------------------------------------------------------------------------
# The minutes: HTML
# ---------------------------------------------------------------------------------------

def esc(s: str) -> str:
    return html.escape(s, quote=False)


def minutes_block(blocks) -> str:
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "p":
            out.append('<p class="MsoNormal" style="text-align:justify">'
                       '<span style="font-size:12.0pt;font-family:\'Arial\',sans-serif">'
                       + esc(b[1]) + '</span></p>')
        elif kind == "blank":
            out.append('<p class="MsoNormal" style="text-align:justify"><span '
                       'style="font-size:12.0pt;font-family:\'Arial\',sans-serif">&nbsp;'
                       '</span></p>')
        elif kind == "bold":
            out.append('<p class="MsoNormal"><b><span style="font-size:12.0pt;'
                       'font-family:\'Arial\',sans-serif">' + esc(b[1]) + '</span></b></p>')
        elif kind == "b":
            # a bullet pasted from Word: Symbol-font middle dot and a run of spaces
            out.append('<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;'
                       'text-align:justify;text-indent:-18.0pt;mso-list:l0 level1 lfo1">'
                       '<span style="font-size:12.0pt;font-family:Symbol">\u00b7<span '
                       'style="font:7.0pt \'Times New Roman\'">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
                       '&nbsp;&nbsp;&nbsp; </span></span><span style="font-size:12.0pt;'
                       'font-family:\'Arial\',sans-serif">' + esc(b[1]) + '</span></p>')
        elif kind == "n":
            out.append('<p class="MsoNormal" style="margin-left:36.0pt;text-align:justify;'
                       'text-indent:-36.0pt"><span style="font-size:12.0pt;font-family:'
                       '\'Arial\',sans-serif">' + esc(b[1]) + '<span style="mso-tab-count:1">'
                       '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
                       '</span>' + esc(b[2]) + '</span></p>')
        else:
            raise ValueError(kind)
    return "\n".join(out)


def build_minutes_html() -> str:
    ai = 41870
    rows = []
    for it in ITEMS:
        ai += 1
        cell = ['<p class="mgAiTitleTxt"><a href="mgAi.aspx?ID=%d" title="Link to item '
                'details">%s</a>' % (ai, esc(it["title"]))]
        if it["pdf"]:
            cell[0] += ('&nbsp;<a href="documents/s%d/%s.pdf" class="mgAiPdfLink">'
                        '<img class="mgPdfIcon" src="mgimages/pdf.png" alt="pdf icon" />'
                        '<span class="mgAiPdfSize">%s</span></a>'
                        % (ai + 60000, re.sub(r"[^A-Za-z0-9]+", "%20", it["title"])[:60],
                           it["pdf"]))
        cell[0] += "</p>"
        if it["agenda"]:
            cell.append('<div class="mgWordPara"><p class="MsoNormal">'
                        '<span style="font-family:\'Arial\',sans-serif">'
                        + esc(it["agenda"]) + '</span></p></div>')
        if it["additional"]:
            cell.append('<p class="mgSubItemTitleTxt">Additional documents:</p>')
            cell.append('<ul class="mgActionList">')
            for k, (t, size) in enumerate(it["additional"]):
                cell.append('<li><a href="documents/s%d/%s.pdf" title="Link to document '
                            '%s">%s</a>, <img class="mgPdfIcon" src="mgimages/pdf.png" '
                            'alt="pdf icon" /> %s</li>'
                            % (ai + 60100 + k, re.sub(r"[^A-Za-z0-9]+", "%20", t)[:50],
                               esc(t), esc(t), size))
            cell.append("</ul>")
        cell.append('<p class="mgSubItemTitleTxt">Minutes:</p>')
        cell.append('<div class="mgWordPara">\n' + minutes_block(it["minutes"]) + "\n</div>")
        rows.append('<tr>\n<td class="mgItemNumberCell"><p class="mgAiTitleTxt">%s.</p></td>\n'
                    '<td>\n%s\n</td>\n</tr>' % (it["number"], "\n".join(cell)))

    att = []
    for label, people in ATTENDANCE.items():
        att.append('<h3 class="mgSubSubTitleTxt">%s</h3>' % esc(label))
        att.append('<ul class="mgBulletList">')
        for name, role in people:
            if role:
                att.append("<li>%s (%s)</li>" % (esc(name), esc(role)))
            else:
                att.append("<li>%s</li>" % esc(name))
        att.append("</ul>")

    title = ("Agenda and minutes - Adult Care and Public Health Scrutiny Committee - "
             "Wednesday, 15th October, 2025 10.00 am")
    return """<!DOCTYPE html>
<html lang="en-GB">
<!-- saved from url=(0077)https://brantshire.moderngov.co.uk/ieListDocuments.aspx?CId=214&amp;MId=8127&amp;Ver=4 -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s - Brantshire County Council</title>
<link rel="stylesheet" href="./ieListDocuments_files/mgStyles.css" type="text/css">
<link rel="stylesheet" href="./ieListDocuments_files/brantshire.css" type="text/css">
<script src="./ieListDocuments_files/jquery.min.js"></script>
</head>
<body>
<div id="skiplinks"><a href="#mgMainContent">Skip to main content</a></div>
<header class="site-header">
<a class="site-logo" href="https://www.brantshire.gov.uk/"><img src="./ieListDocuments_files/brantshire-logo.svg" alt="Brantshire County Council"></a>
<nav class="site-nav">
<ul>
<li><a href="https://www.brantshire.gov.uk/adult-social-care">Adult social care</a></li>
<li><a href="https://www.brantshire.gov.uk/health-wellbeing">Health and wellbeing</a></li>
<li><a href="https://www.brantshire.gov.uk/council-business">Council business</a></li>
</ul>
</nav>
</header>
<div id="breadcrumb">
<ul class="breadcrumb">
<li><a href="https://www.brantshire.gov.uk/">Home</a></li>
<li><a href="mgMemberIndex.aspx?bcr=1">Councillors and democracy</a></li>
<li><a href="ieDocHome.aspx?bcr=1">Committee meetings</a></li>
<li><a href="ieListMeetings.aspx?CommitteeId=214">Adult Care and Public Health Scrutiny Committee</a></li>
<li>Meeting</li>
</ul>
</div>
<div id="mgMainContent" class="mgContent">
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<h2 class="mgSubTitleTxt">Adult Care and Public Health Scrutiny Committee<br>
Wednesday, 15th October, 2025 10.00 am</h2>
<div class="mgLinks">
<ul class="mgActionList">
<li><a href="ieListMeetings.aspx?CId=214&amp;Year=0">Browse meetings</a></li>
<li><a href="mgMeetingAttendance.aspx?ID=8127">Attendance</a></li>
<li><a href="mgIssueHistoryChronology.aspx?ID=8127">Issue history</a></li>
</ul>
</div>
<p class="mgSubTitleTxt"><span class="mgLabel">Venue: </span>Council Chamber, County Offices, Minster Yard, Wrayminster WY1 1YL. <a href="mgLocationDetails.aspx?RID=3">View directions</a></p>
<p class="mgSubTitleTxt"><span class="mgLabel">Contact: </span><a href="mgUserInfo.aspx?UID=402">Jenny Allsop</a>&nbsp; Democratic Services Officer</p>
<h2 class="mgSectionTitle">Media</h2>
<ul class="mgActionList">
<li><a href="https://brantshire.public-i.tv/core/portal/webcast_interactive/912640">Webcast for Adult Care and Public Health Scrutiny Committee, 15/10/2025 10:00</a></li>
</ul>
<div class="mgDocList">
<ul class="mgActionList">
<li><a href="documents/g8127/Public%%20reports%%20pack%%2007th-Oct-2025%%2010.00%%20Adult%%20Care%%20and%%20Public%%20Health%%20Scrutiny%%20Committee.pdf">Agenda reports pack</a> <img class="mgPdfIcon" src="mgimages/pdf.png" alt="pdf icon"> PDF 3 MB</li>
<li><a href="documents/g8127/Printed%%20minutes%%2015th-Oct-2025%%2010.00%%20Adult%%20Care%%20and%%20Public%%20Health%%20Scrutiny%%20Committee.pdf">Printed minutes</a> <img class="mgPdfIcon" src="mgimages/pdf.png" alt="pdf icon"> PDF 244 KB</li>
</ul>
</div>
<table class="mgItemTable" summary="Table of items">
<caption class="mgSectionTitle">Items</caption>
<tr><th class="mgItemNumberCellTitle" scope="col">No.</th><th class="mgItemCellTitle" scope="col">Item</th></tr>
%(rows)s
</table>
<h2 class="mgSectionTitle">Attendance details</h2>
<div class="mgAttendance">
%(att)s
</div>
</div>
<footer class="site-footer">
<ul>
<li><a href="https://www.brantshire.gov.uk/accessibility">Accessibility</a></li>
<li><a href="https://www.brantshire.gov.uk/privacy">Privacy notice</a></li>
<li><a href="https://www.brantshire.gov.uk/cookies">Cookies</a></li>
</ul>
<p>&copy; Brantshire County Council</p>
<p class="mgFooter">Democracy pages powered by modern.gov</p>
</footer>
</body>
</html>
""" % {"title": esc(title), "rows": "\n".join(rows), "att": "\n".join(att)}


def minutes_gold() -> dict:
    attendees = []
    for label, people in ATTENDANCE.items():
        for name, role in people:
            attendees.append({"name": name, "role": role, "attendance": ATT_CODE[label]})
    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": COMMITTEE,
        "meeting_date": "2025-10-15",
        "items": [{"number": it["number"], "title": it["title"]} for it in ITEMS],
        "questions": QUESTIONS,
        "resolutions": RESOLUTIONS,
        "attendees": attendees,
    }

# ---------------------------------------------------------------------------------------
# The report (not minutes): the officer's Open Report behind minute 24, as a PDF
# ---------------------------------------------------------------------------------------

REPORT_FRONT = [
    ("Report to:", COMMITTEE),
    ("Date:", "15 October 2025"),
    ("Subject:", "Homecare Re-commissioning"),
    ("Decision Reference:", "I031842"),
    ("Key decision?", "Yes"),
]

REPORT_BODY = [
    ("h", "Summary:"),
    ("p", "The Council's current contracts for homecare expire on 31 July 2026. This report "
          "sets out the outcome of the commissioning review and market engagement carried out "
          "between March and August 2025 and the proposed model for homecare from August "
          "2026. The proposals are due to be considered by the " + EXEC_CLLR + " between 27 "
          "and 31 October 2025."),
    ("h", "Actions Required:"),
    ("p", "The Adult Care and Public Health Scrutiny Committee is invited to:"),
    ("n", "1)", "consider the attached report and to determine whether the Committee "
                "supports the recommendation(s) to the " + EXEC_CLLR + " as set out in the "
                "report."),
    ("n", "2)", "agree any additional comments to be passed on to the " + EXEC_CLLR +
                " in relation to this item."),
    ("h", "1. Background"),
    ("p", "1.1 Homecare supports around 4,900 adults at any one time to remain living in "
          "their own homes. In 2024/25 the Council commissioned approximately 71,000 hours of "
          "homecare each week at a gross cost of \u00a398.4 million."),
    ("p", "1.2 The current contracts were awarded in 2019 on the basis of one lead provider "
          "in each of twelve zones. While the model has improved the reliability of care in "
          "the towns, lead providers in the largest rural zones have not always been able to "
          "accept new packages, and in January 2025 212 people were waiting for homecare."),
    ("p", "1.3 The commissioning review considered four options: extending the current "
          "contracts; a single countywide framework; bringing a proportion of homecare "
          "in-house; and a revised zonal model with up to three providers in each zone. The "
          "revised zonal model is recommended."),
    ("h", "2. What people told us"),
    ("p", "2.1 A survey of people who receive homecare and their carers received 214 "
          "responses. Two provider events were attended by 38 organisations. The questions "
          "most often asked at the events, and the Council's answers, are set out below."),
    ("qa", "Will I have to change my care provider?",
           "Not necessarily. Where your provider is successful in the new tender for your "
           "area, your care will continue as now. Where it is not, we will work with you and "
           "your family to plan any change carefully."),
    ("qa", "Will care workers be paid for the time they spend travelling?",
           "Yes. The new contracts will require providers to pay care workers for travel time "
           "between visits, and we will check this as part of contract monitoring."),
    ("qa", "Why not keep one provider in each zone?",
           "Providers told us larger zones give certainty, but people in rural areas told us "
           "they were waiting too long. Up to three providers in smaller zones, with a "
           "framework for any packages that cannot be picked up, balances the two."),
    ("h", "3. Proposed model"),
    ("p", "3.1 Eighteen zones, each with up to three providers appointed through a "
          "competitive tender evaluated 60 per cent on quality and 40 per cent on price, and "
          "an open framework of additional providers for packages not accepted within 48 "
          "hours."),
    ("p", "3.2 An indicative hourly rate of \u00a325.60 for 2026/27, with an enhanced rate "
          "of \u00a327.15 in the six most rural zones, modelled on care workers being paid at "
          "least the Real Living Wage."),
    ("p", "3.3 Mandatory electronic call monitoring, with payment for the actual time "
          "delivered."),
    ("h", "4. Legal Issues"),
    ("p", "Equality Act 2010: an Equality Impact Analysis is attached at Appendix B. "
          "Joint Strategic Needs Assessment (JSNA) and the Joint Health and Wellbeing Strategy "
          "(JHWS): the proposals support the JHWS priority of healthy ageing. Crime and "
          "Disorder: no direct implications have been identified."),
    ("h", "5. Conclusion"),
    ("p", "The revised zonal model offers the best balance of continuity, capacity in rural "
          "areas and value for money."),
    ("h", "Recommendation(s):"),
    ("p", "That the " + EXEC_CLLR + ":"),
    ("n", "1.", "approves the re-commissioning of homecare services for adults from 1 August "
                "2026 on the basis of the revised zonal model described in section 3 of this "
                "report;"),
    ("n", "2.", "approves the carrying out of a procurement for contracts of four years with "
                "an option to extend for up to a further three years;"),
    ("n", "3.", "delegates to the " + E_DIR + ", in consultation with the " + EXEC_CLLR +
                ", authority to determine the final form of the contracts and to approve "
                "their award."),
    ("h", "6. Consultation"),
    ("p", "a) Has the Local Member been consulted? N/A"),
    ("p", "b) Has the Executive Councillor been consulted? Yes"),
    ("p", "c) Scrutiny Comments: The decision will be considered by the Adult Care and Public "
          "Health Scrutiny Committee on 15 October 2025 and the comments of the Committee "
          "will be reported to the Executive Councillor."),
    ("p", "d) Risks and Impact Analysis: see Appendix B."),
    ("h", "7. Appendices"),
    ("p", "Appendix A \u2013 Homecare Market Engagement Summary"),
    ("p", "Appendix B \u2013 Equality Impact Analysis"),
    ("h", "8. Background Papers"),
    ("p", "No background papers within Section 100D of the Local Government Act 1972 were "
          "used in the preparation of this report."),
    ("p", "This report was written by Ruth Maddox, Head of Commissioning \u2013 Adult Care, "
          "who can be contacted on 01632 960 417 or ruth.maddox@brantshire.gov.uk."),
]


def build_report_pdf(path: Path) -> None:
    from fpdf import FPDF

    class Report(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", "", 9)
            self.cell(0, 8, "Page %d" % (self.page_no() + 22), align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Homecare Re-commissioning")
    pdf.set_author("Brantshire County Council")
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(0, 6, "Open Report on behalf of Hannah Rowe, " + E_DIR)
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 10.5)
    with pdf.table(col_widths=(45, 125), text_align="LEFT", line_height=6) as table:
        for label, value in REPORT_FRONT:
            row = table.row()
            row.cell(label)
            row.cell(value)
    pdf.ln(4)
    w = pdf.epw
    for block in REPORT_BODY:
        kind = block[0]
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(w, 6, block[1])
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(w, 5.5, block[1])
            pdf.ln(1.5)
        elif kind == "n":
            pdf.set_font("DejaVu", "", 10.5)
            x = pdf.get_x()
            pdf.cell(10, 5.5, block[1])
            pdf.multi_cell(w - 10, 5.5, block[2])
            pdf.set_x(x)
            pdf.ln(1.5)
        elif kind == "qa":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(w, 5.5, "Q: " + block[1])
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(w, 5.5, "A: " + block[2])
            pdf.ln(2)
    pdf.output(str(path))


def report_gold() -> dict:
    return {"document": REPORT_NAME, "doc_type": "report"}

# ---------------------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------------------

def norm(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text()
    return path.read_text(encoding="utf-8")


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(build_minutes_html(), encoding="utf-8")
    build_report_pdf(DOCS / REPORT_NAME)
    for gold in (minutes_gold(), report_gold()):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print("wrote", DOCS / MINUTES_NAME)
    print("wrote", DOCS / REPORT_NAME)


def check() -> int:
    bad = 0
    for gpath in sorted(GOLD.glob("od-*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print("MISSING document", doc)
            bad += 1
            continue
        text = norm(doc_text(doc))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            n_words = len(phrase.split())
            count = text.count(norm(phrase))
            if count != 1 or not 6 <= n_words <= 15:
                print("%s: %s phrase found %d times (%d words): %r"
                      % (gold["document"], kind, count, n_words, phrase))
                bad += 1
        print("%s: %d phrases checked" % (gold["document"], len(phrases)))
    if bad:
        print("FAILED:", bad)
        return 1
    print("check passed")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify gold phrases")
    args = ap.parse_args()
    if args.check:
        return check()
    build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
