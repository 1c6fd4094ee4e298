#!/usr/bin/env python3
"""Build the "jr-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_jr.py           build documents/jr-* and gold/jr-*.json
        build_jr.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "jr-portlidge-ecyp-scrutiny-panel-2025-11-13.pdf"
REPORT_NAME = "jr-portlidge-fostering-council-tax-exemption-decision-report.docx"

FIXED = dt.datetime(2025, 11, 20, 9, 30, 0, tzinfo=dt.timezone.utc)

COMMITTEE = "Education, Children & Young People Scrutiny Panel"

# --------------------------------------------------------------------------------------
# The minutes
# --------------------------------------------------------------------------------------

ATTENDANCE = [
    # (label, [lines]) ; a line is either a string or ("Councillors", name)
    ("Present", [
        "Councillor Anna Prowse (Chair)",
        ("Councillors", "Derek Hollis (Vice-Chair)"),
        ("", "Leanne Forbes"),
        ("", "Judith Okafor-Reid"),
        ("", "Mandeep Sahota"),
        ("", "Graham Tullett"),
        ("", "Peter Vance (standing deputy)"),
    ]),
    ("Co-opted Members", [
        "Mrs Helen Ardley, Parent Governor Representative",
        "Mr Tom Bramwell, Church of England Diocesan Representative",
    ]),
    ("Also Present", [
        "Councillor Ruth Kempsey, Cabinet Member for Children, Families and Education",
    ]),
    ("Officers Present", [
        "Alison Mercer, Director of Children, Families and Education",
        "Kieran Doyle, Head of Inclusion",
        "Lorna Haskett, Attendance and Children Missing Education Manager",
        "Marcus Ellery, Assistant Director, Children's Social Care",
        "Joanne Pike, Fostering Service Manager",
        "Callum Reade, Local Democracy Officer",
    ]),
    ("Partners", [
        "Dr Imogen Sallis, Clinical Director, Children and Young People's Services, "
        "Harbour Downs NHS Foundation Trust",
        "Gareth Pryce, Associate Director, Children and Young People's Commissioning, "
        "Wessex Coast Integrated Care Board",
    ]),
]

# Blocks: ("item", number, title) / ("p", text) / ("b", bullet text) /
#         ("res", text) / ("cl", clause text) / ("end", text)
BLOCKS = [
    ("item", "1", "Apologies for Absence"),
    ("p", "Apologies for absence were received from Councillor Shona Mair and from "
          "Mr Daniel Okoye, Parent Governor Representative. Councillor Peter Vance attended "
          "as standing deputy for Councillor Mair."),
    ("p", "Councillor Forbes advised that she would need to leave the meeting at 6.00 pm."),

    ("item", "2", "Declarations of Members' Interests"),
    ("p", "Councillor Sahota declared a personal but not prejudicial interest in item 4 as "
          "she is a governor at Fernhill Primary School. Mrs Ardley declared a personal "
          "interest in item 4 as the parent of a child with an Education, Health and Care "
          "Plan. Both remained in the meeting for the item."),

    ("item", "3", "Minutes of the Previous Meeting held on 11 September 2025"),
    ("p", "Arising from minute 6 (School Attendance), Councillor Hollis asked whether the "
          "ward-level breakdown of persistent absence that had been promised at the last "
          "meeting had been circulated. Callum Reade, Local Democracy Officer, confirmed that "
          "it had been sent to members by email on 3 October and undertook to send it again "
          "after the meeting."),
    ("res", "**RESOLVED** that the minutes of the meeting held on 11 September 2025 be "
            "agreed as a correct record."),

    ("item", "4", "Special Educational Needs and Disabilities (SEND) - Sufficiency and "
                  "High Needs Block Update"),
    ("p", "Kieran Doyle, Head of Inclusion, introduced the report, which updated the panel on "
          "demand for Education, Health and Care (EHC) needs assessments, the sufficiency of "
          "specialist school places in the city and the forecast position on the High Needs "
          "Block of the Dedicated Schools Grant (DSG). He explained that the number of children "
          "and young people with an Education, Health and Care Plan (EHCP) maintained by the "
          "council had risen to 2,418 at the end of September, an increase of 14% on the same "
          "point last year, and that requests for assessment had risen by 22%. The forecast "
          "in-year deficit on the High Needs Block was £6.2 million, which would take the "
          "cumulative deficit to £19.8 million by 31 March 2026. The statutory override, which "
          "keeps DSG deficits off councils' general fund balances, had been extended by the "
          "government to March 2028, but the council would need to show how the deficit would "
          "be brought under control."),
    ("p", "In response to questions from members, the following points were clarified:"),
    ("b", "Councillor Tullett asked why only 46% of new plans had been issued within the "
          "statutory 20-week timescale, when the national figure was around half. Mr Doyle "
          "explained that the main cause of delay had been obtaining educational psychology "
          "advice; two of the six educational psychologist posts had been vacant for most of "
          "the year and the service had relied on locum psychologists at considerably higher "
          "cost. Both posts had now been filled and timeliness for September and October had "
          "improved to 58%."),
    ("b", "Members asked how many children were placed in independent and non-maintained "
          "special schools and what those placements cost. Officers advised that 164 children "
          "were currently placed in the independent sector at an average cost of £61,000 a "
          "year, compared with around £24,000 for a place in one of the city's maintained "
          "special schools, and that most of the independent schools used were run by private "
          "companies. The Cabinet Member added that the aim of the sufficiency strategy was to "
          "create enough places in the city for children to be educated close to home."),
    ("b", "Councillor Okafor-Reid expressed concern that the 40 places at the new Kingfisher "
          "Centre satellite unit would now not open until September 2026. Mr Doyle confirmed "
          "that the contractor had reported delays in the supply of the modular classrooms and "
          "that opening had been put back by two terms; in the meantime 12 children would be "
          "offered interim places at Seabourne Academy, with transport provided."),
    ("b", "Mrs Ardley asked what support was available to families who were waiting for an "
          "assessment decision and felt they had been left without any information. Mr Doyle "
          "said that the SEND Information, Advice and Support Service and the Portlidge Parent "
          "Carer Forum held monthly drop-in sessions, and that the Local Offer website had been "
          "rewritten this year in response to feedback from parents. He acknowledged that "
          "communication with families during the assessment process needed to improve and "
          "said that every family would now be given a named caseworker."),
    ("b", "Councillor Hollis commented that mainstream schools were being asked to meet "
          "increasingly complex needs without any additional funding and that the current "
          "system was not sustainable for headteachers."),
    ("b", "Councillor Vance queried the increase in the cost of home to school transport for "
          "children with SEND, which the report showed had risen to £7.4 million. Alison "
          "Mercer, Director of Children, Families and Education, explained that the number of "
          "eligible children had grown and that the re-tendering of taxi routes in the summer "
          "had resulted in higher prices from operators; independent travel training was being "
          "offered to older pupils where appropriate."),
    ("p", "The Chair requested that the panel be sent a copy of the council's deficit "
          "management plan for the High Needs Block once it had been submitted to the "
          "Department for Education. The Director agreed to circulate it in January."),
    ("res", "**RESOLVED** that the panel:"),
    ("cl", "(1)\tnotes the report;"),
    ("cl", "(2)\treceives a further update on the High Needs Block deficit management plan "
           "at its meeting in March 2026."),

    ("item", "5", "Elective Home Education and Children Missing Education"),
    ("p", "Lorna Haskett, Attendance and Children Missing Education Manager, presented the "
          "annual report. The number of children registered as electively home educated (EHE) "
          "had risen to 612 at the end of the summer term, compared with 388 three years "
          "earlier, and 74 children had been recorded as missing education at some point "
          "during the year. The Children's Wellbeing and Schools Bill would, once enacted, "
          "require councils to keep a register of children not in school and would give "
          "councils stronger powers where home education was not suitable."),
    ("p", "Members asked about the reasons given by parents for removing their children from "
          "school. Ms Haskett explained that parents were not required to give a reason but, "
          "where one was recorded, the most common was the child's mental health or anxiety "
          "(27%), followed by dissatisfaction with the school (19%) and unmet special "
          "educational needs (14%); a growing number of families were also choosing home "
          "education on philosophical grounds. Councillor Vance queried whether some schools "
          "were encouraging parents to deregister pupils who were at risk of exclusion. "
          "Ms Haskett said that where a pattern of deregistrations from one school was "
          "identified this was raised with the headteacher and, in the case of academies, with "
          "the trust and the Regional Director, and that two such conversations had taken "
          "place in the last academic year. Councillor Forbes asked how many electively home "
          "educated children were known to children's social care; officers confirmed that "
          "41 children, around 7%, had an open child in need or child protection plan and "
          "that the figure was reviewed monthly with social care colleagues."),
    ("p", "Councillor Sahota raised the position of families placed in temporary "
          "accommodation outside the city, whose children were often without a school place "
          "for several weeks. The Director acknowledged that this remained a concern and said "
          "that the Housing service now notified the Children Missing Education team within "
          "two working days of any out-of-area placement, so that a school place could be "
          "sought straight away."),
    ("p", "Mr Bramwell asked whether home educating families were offered access to the "
          "council's careers advice and to exam centres. Ms Haskett said that a list of exam "
          "centres was provided on request but that the council was not funded to pay exam "
          "entry fees, which could cost families several hundred pounds."),
    ("p", "The panel noted the annual report on elective home education and children missing "
          "education."),

    ("item", "6", "Fostering Sufficiency: Recruitment and Retention of Foster Carers"),
    ("p", "Marcus Ellery, Assistant Director, Children's Social Care, and Joanne Pike, "
          "Fostering Service Manager, presented the report. At 30 September 2025 the council "
          "had 118 fostering households, a net loss of nine over the previous 12 months: 14 new "
          "households had been approved but 23 had left, most of them through retirement. As a "
          "result, 38% of children in care who were living with foster families were placed "
          "with independent fostering agencies, at an average weekly cost of £1,020 compared "
          "with £480 for an in-house placement. The council had joined the Wessex Coast "
          "Fostering Hub, funded by the Department for Education, which would handle all "
          "initial enquiries for the seven councils in the region from January 2026."),
    ("p", "Councillor Okafor-Reid expressed concern at the proportion of placements being made "
          "with independent fostering agencies, several of which were now owned by private "
          "equity firms and made significant profits, and asked what could be done to reverse "
          "the trend. Mr Ellery said that the council could not prevent carers from "
          "transferring to agencies but the aim was to increase in-house placements to 75% "
          "over three years; the allowances and the support offered to carers were being "
          "reviewed to make fostering for Portlidge more attractive."),
    ("p", "Councillor Tullett asked how Portlidge's fostering allowances compared with those "
          "paid by neighbouring councils. Ms Pike said that, following the uplift agreed in "
          "April, the weekly allowances were now in the middle of the range for the south east, "
          "and that a proposal to exempt foster carers from council tax would be considered by "
          "the Cabinet Member in December."),
    ("p", "In response to a question from the Vice-Chair about caseloads, Ms Pike advised that "
          "supervising social workers each supported an average of 16 fostering households, "
          "above the service's target of 14, because of two vacancies; one had since been "
          "filled and the other was being covered by an agency worker."),
    ("p", "Mrs Ardley asked whether the service had sought the views of foster carers who had "
          "left. Ms Pike said that exit interviews were offered to every household and that "
          "the main reasons given, apart from retirement, were a lack of out-of-hours support "
          "and delays in payments; both had been addressed in the new foster carer charter, "
          "which had been written with the Portlidge Foster Carers' Association."),
    ("p", "Mr Bramwell commented that churches in the city would be willing to host "
          "information evenings for people interested in fostering and offered to put the "
          "service in touch with parish contacts. Ms Pike welcomed the offer and said she "
          "would contact him after the meeting."),
    ("res", "**RESOLVED** that the panel:"),
    ("cl", "(1)\tnotes the report; and"),
    ("cl", "(2)\trecommends to the Cabinet Member for Children, Families and Education that "
           "the proposed council tax exemption for foster carers be extended to carers who "
           "foster for Portlidge but live outside the city."),

    ("item", "7", "Children and Young People's Emotional Wellbeing and Mental Health"),
    ("p", "Dr Imogen Sallis, Clinical Director, Harbour Downs NHS Foundation Trust, and Gareth "
          "Pryce, Associate Director, Wessex Coast Integrated Care Board (ICB), gave a "
          "presentation on children and young people's mental health services in Portlidge, "
          "including the Child and Adolescent Mental Health Service (CAMHS), the Mental Health "
          "Support Teams in schools and the neurodevelopmental assessment pathway. Referrals to "
          "CAMHS had risen by 18% since 2023/24. The median wait from referral to a second "
          "contact was now 14 weeks, but some 2,150 children and young people from the "
          "Portlidge area were waiting for an autism or ADHD assessment, of whom around 600 "
          "had waited more than two years."),
    ("p", "In response to questions from members, the following points were clarified:"),
    ("b", "Asked about the long waits for neurodevelopmental assessments, Mr Pryce said that "
          "the ICB had commissioned additional assessments from two independent providers for "
          "the remainder of the year and was introducing a \"needs-led\" approach, so that "
          "schools and families could get support without waiting for a diagnosis."),
    ("b", "Councillor Forbes asked what would happen to the online counselling service for 11 "
          "to 25 year olds when its contract ended in March 2026. Mr Pryce said that the "
          "contract had been extended for 12 months while the ICB undertook a procurement "
          "jointly with the other councils in the area."),
    ("b", "The Mental Health Support Teams now covered 62% of pupils in the city, and a bid had "
          "been made to NHS England for two further teams so that every school would be "
          "covered by 2027."),
    ("b", "Councillor Hollis asked how children and young people had been involved in "
          "redesigning the service. Dr Sallis said that the trust's youth participation group "
          "had helped to design the new single point of access, and that a survey of more than "
          "1,100 secondary pupils had been carried out with the Portlidge Youth Council in the "
          "spring."),
    ("b", "Councillor Vance asked how many young people from the city had been admitted to "
          "adult mental health wards or to beds outside the region in the last year. Dr Sallis "
          "said she did not have the figures with her and would provide them to the panel after "
          "the meeting."),
    ("b", "Councillor Okafor-Reid expressed concern that the eating disorder service had seen a "
          "sharp rise in referrals since the pandemic and that some young people were becoming "
          "very unwell before they were seen. Dr Sallis said that urgent eating disorder cases "
          "were seen within one week in 94% of cases, against a national standard of 95%, and "
          "that the trust was recruiting two additional dietitians."),
    ("p", "Councillor Forbes left the meeting at the conclusion of this item."),
    ("res", "**RESOLVED** that the panel:"),
    ("cl", "(1)\tnotes the presentation; and"),
    ("cl", "(2)\tasks Wessex Coast Integrated Care Board to provide, within four weeks, a "
           "breakdown of neurodevelopmental assessment waiting times by age group."),

    ("item", "8", "Work Programme 2025/26"),
    ("p", "Callum Reade, Local Democracy Officer, introduced the panel's work programme for the "
          "remainder of the municipal year. The evidence sessions for the panel's review of "
          "school attendance would conclude in January, with the draft report coming to the "
          "March meeting."),
    ("p", "Councillor Okafor-Reid requested that the panel look at youth provision in the city "
          "following the closure of the Northbrook youth centre and the reduction in "
          "council-funded youth work. The Chair suggested this could be considered at the start "
          "of the next municipal year, once the outcome of the youth services commissioning "
          "exercise was known."),
    ("res", "**RESOLVED** that the work programme be agreed, with youth provision to be added "
            "as a possible topic for 2026/27."),
    ("end", "The meeting concluded at 6.35 pm."),
]

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-11-13",
    "items": [
        {"number": "1", "title": "Apologies for Absence"},
        {"number": "2", "title": "Declarations of Members' Interests"},
        {"number": "3", "title": "Minutes of the Previous Meeting held on 11 September 2025"},
        {"number": "4", "title": "Special Educational Needs and Disabilities (SEND) - "
                                 "Sufficiency and High Needs Block Update"},
        {"number": "5", "title": "Elective Home Education and Children Missing Education"},
        {"number": "6", "title": "Fostering Sufficiency: Recruitment and Retention of Foster "
                                 "Carers"},
        {"number": "7", "title": "Children and Young People's Emotional Wellbeing and Mental "
                                 "Health"},
        {"number": "8", "title": "Work Programme 2025/26"},
    ],
    "questions": [
        {"item": "3", "kind": "question",
         "text": "breakdown of persistent absence that had been promised at the last meeting",
         "asked_by": "Councillor Hollis",
         "answer": "it had been sent to members by email on 3 October",
         "given_by": "Callum Reade, Local Democracy Officer",
         "themes": []},
        {"item": "4", "kind": "question",
         "text": "asked why only 46% of new plans had been issued within the statutory",
         "asked_by": "Councillor Tullett",
         "answer": "the main cause of delay had been obtaining educational psychology advice",
         "given_by": "Mr Doyle",
         "themes": ["children-and-families", "workforce"]},
        {"item": "4", "kind": "question",
         "text": "asked how many children were placed in independent and non-maintained special "
                 "schools",
         "asked_by": None,
         "answer": "164 children were currently placed in the independent sector",
         "given_by": None,
         "themes": ["children-and-families", "finance", "privatisation"]},
        {"item": "4", "kind": "concern",
         "text": "expressed concern that the 40 places at the new Kingfisher Centre",
         "asked_by": "Councillor Okafor-Reid",
         "answer": "the contractor had reported delays in the supply of the modular classrooms",
         "given_by": "Mr Doyle",
         "themes": ["children-and-families"]},
        {"item": "4", "kind": "question",
         "text": "asked what support was available to families who were waiting for an "
                 "assessment decision",
         "asked_by": "Mrs Ardley",
         "answer": "the Local Offer website had been rewritten this year in response to feedback",
         "given_by": "Mr Doyle",
         "themes": ["children-and-families", "patient-and-public-input"]},
        {"item": "4", "kind": "comment",
         "text": "commented that mainstream schools were being asked to meet",
         "asked_by": "Councillor Hollis",
         "answer": None,
         "given_by": None,
         "themes": ["children-and-families", "finance"]},
        {"item": "4", "kind": "question",
         "text": "queried the increase in the cost of home to school transport",
         "asked_by": "Councillor Vance",
         "answer": "the re-tendering of taxi routes in the summer had resulted in higher prices",
         "given_by": "Alison Mercer, Director of Children, Families and Education",
         "themes": ["children-and-families", "finance", "subcontracting"]},
        {"item": "4", "kind": "request",
         "text": "requested that the panel be sent a copy of the council's deficit management "
                 "plan",
         "asked_by": "The Chair",
         "answer": "The Director agreed to circulate it in January",
         "given_by": "The Director",
         "themes": ["finance", "children-and-families"]},
        {"item": "5", "kind": "question",
         "text": "Members asked about the reasons given by parents for removing their children",
         "asked_by": None,
         "answer": "the most common was the child's mental health or anxiety",
         "given_by": "Ms Haskett",
         "themes": ["children-and-families", "mental-health"]},
        {"item": "5", "kind": "question",
         "text": "queried whether some schools were encouraging parents to deregister pupils",
         "asked_by": "Councillor Vance",
         "answer": "a pattern of deregistrations from one school was identified this was raised "
                   "with the headteacher",
         "given_by": "Ms Haskett",
         "themes": ["children-and-families"]},
        {"item": "5", "kind": "question",
         "text": "asked how many electively home educated children were known to children's "
                 "social care",
         "asked_by": "Councillor Forbes",
         "answer": "41 children, around 7%, had an open child in need or child protection plan",
         "given_by": None,
         "themes": ["children-and-families"]},
        {"item": "5", "kind": "concern",
         "text": "raised the position of families placed in temporary accommodation outside "
                 "the city",
         "asked_by": "Councillor Sahota",
         "answer": "the Housing service now notified the Children Missing Education team",
         "given_by": "The Director",
         "themes": ["housing", "children-and-families"]},
        {"item": "5", "kind": "question",
         "text": "asked whether home educating families were offered access to the council's "
                 "careers advice",
         "asked_by": "Mr Bramwell",
         "answer": "the council was not funded to pay exam entry fees",
         "given_by": "Ms Haskett",
         "themes": ["children-and-families", "finance"]},
        {"item": "6", "kind": "concern",
         "text": "expressed concern at the proportion of placements being made with independent "
                 "fostering agencies",
         "asked_by": "Councillor Okafor-Reid",
         "answer": "the council could not prevent carers from transferring to agencies",
         "given_by": "Mr Ellery",
         "themes": ["children-and-families", "privatisation"]},
        {"item": "6", "kind": "question",
         "text": "asked how Portlidge's fostering allowances compared with those paid by "
                 "neighbouring councils",
         "asked_by": "Councillor Tullett",
         "answer": "the weekly allowances were now in the middle of the range",
         "given_by": "Ms Pike",
         "themes": ["children-and-families", "finance"]},
        {"item": "6", "kind": "question",
         "text": "In response to a question from the Vice-Chair about caseloads",
         "asked_by": "the Vice-Chair",
         "answer": "supervising social workers each supported an average of 16 fostering "
                   "households",
         "given_by": "Ms Pike",
         "themes": ["children-and-families", "workforce"]},
        {"item": "6", "kind": "question",
         "text": "asked whether the service had sought the views of foster carers who had left",
         "asked_by": "Mrs Ardley",
         "answer": "exit interviews were offered to every household",
         "given_by": "Ms Pike",
         "themes": ["children-and-families", "patient-and-public-input"]},
        {"item": "6", "kind": "comment",
         "text": "commented that churches in the city would be willing to host information "
                 "evenings",
         "asked_by": "Mr Bramwell",
         "answer": "Ms Pike welcomed the offer and said she would contact him",
         "given_by": "Ms Pike",
         "themes": ["children-and-families"]},
        {"item": "7", "kind": "question",
         "text": "Asked about the long waits for neurodevelopmental assessments",
         "asked_by": None,
         "answer": "the ICB had commissioned additional assessments from two independent "
                   "providers",
         "given_by": "Mr Pryce",
         "themes": ["mental-health", "subcontracting", "children-and-families"]},
        {"item": "7", "kind": "question",
         "text": "asked what would happen to the online counselling service for 11 to 25 year "
                 "olds",
         "asked_by": "Councillor Forbes",
         "answer": "the contract had been extended for 12 months while the ICB undertook a "
                   "procurement",
         "given_by": "Mr Pryce",
         "themes": ["mental-health", "subcontracting"]},
        {"item": "7", "kind": "question",
         "text": "The Mental Health Support Teams now covered 62% of pupils in the city",
         "asked_by": None,
         "answer": "a bid had been made to NHS England for two further teams",
         "given_by": None,
         "themes": ["mental-health", "children-and-families"]},
        {"item": "7", "kind": "question",
         "text": "asked how children and young people had been involved in redesigning the "
                 "service",
         "asked_by": "Councillor Hollis",
         "answer": "the trust's youth participation group had helped to design the new single "
                   "point of access",
         "given_by": "Dr Sallis",
         "themes": ["patient-and-public-input", "mental-health", "children-and-families"]},
        {"item": "7", "kind": "question",
         "text": "had been admitted to adult mental health wards or to beds outside the region",
         "asked_by": "Councillor Vance",
         "answer": "did not have the figures with her and would provide them to the panel",
         "given_by": "Dr Sallis",
         "themes": ["mental-health"]},
        {"item": "7", "kind": "concern",
         "text": "expressed concern that the eating disorder service had seen a sharp rise in "
                 "referrals",
         "asked_by": "Councillor Okafor-Reid",
         "answer": "urgent eating disorder cases were seen within one week in 94% of cases",
         "given_by": "Dr Sallis",
         "themes": ["mental-health"]},
        {"item": "8", "kind": "request",
         "text": "requested that the panel look at youth provision in the city",
         "asked_by": "Councillor Okafor-Reid",
         "answer": "could be considered at the start of the next municipal year",
         "given_by": "The Chair",
         "themes": ["children-and-families", "finance"]},
    ],
    "resolutions": [
        {"item": "3",
         "text": "the minutes of the meeting held on 11 September 2025 be agreed",
         "outcome": "agreed", "themes": []},
        {"item": "4",
         "text": "receives a further update on the High Needs Block deficit management plan",
         "outcome": "agreed", "themes": ["finance", "children-and-families"]},
        {"item": "5",
         "text": "The panel noted the annual report on elective home education",
         "outcome": "noted", "themes": ["children-and-families"]},
        {"item": "6",
         "text": "the proposed council tax exemption for foster carers be extended to carers",
         "outcome": "recommended", "themes": ["finance", "children-and-families"]},
        {"item": "7",
         "text": "a breakdown of neurodevelopmental assessment waiting times by age group",
         "outcome": "agreed", "themes": ["mental-health", "children-and-families"]},
        {"item": "8",
         "text": "the work programme be agreed, with youth provision to be added",
         "outcome": "agreed", "themes": ["children-and-families"]},
    ],
    "attendees": [
        {"name": "Councillor Anna Prowse", "role": "Chair", "attendance": "present"},
        {"name": "Derek Hollis", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Leanne Forbes", "role": None, "attendance": "present"},
        {"name": "Judith Okafor-Reid", "role": None, "attendance": "present"},
        {"name": "Mandeep Sahota", "role": None, "attendance": "present"},
        {"name": "Graham Tullett", "role": None, "attendance": "present"},
        {"name": "Peter Vance", "role": "standing deputy", "attendance": "present"},
        {"name": "Mrs Helen Ardley", "role": "Parent Governor Representative",
         "attendance": "present"},
        {"name": "Mr Tom Bramwell", "role": "Church of England Diocesan Representative",
         "attendance": "present"},
        {"name": "Councillor Ruth Kempsey",
         "role": "Cabinet Member for Children, Families and Education",
         "attendance": "in_attendance"},
        {"name": "Alison Mercer", "role": "Director of Children, Families and Education",
         "attendance": "in_attendance"},
        {"name": "Kieran Doyle", "role": "Head of Inclusion", "attendance": "in_attendance"},
        {"name": "Lorna Haskett", "role": "Attendance and Children Missing Education Manager",
         "attendance": "in_attendance"},
        {"name": "Marcus Ellery", "role": "Assistant Director, Children's Social Care",
         "attendance": "in_attendance"},
        {"name": "Joanne Pike", "role": "Fostering Service Manager",
         "attendance": "in_attendance"},
        {"name": "Callum Reade", "role": "Local Democracy Officer",
         "attendance": "in_attendance"},
        {"name": "Dr Imogen Sallis",
         "role": "Clinical Director, Children and Young People's Services, Harbour Downs NHS "
                 "Foundation Trust",
         "attendance": "in_attendance"},
        {"name": "Gareth Pryce",
         "role": "Associate Director, Children and Young People's Commissioning, Wessex Coast "
                 "Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Councillor Shona Mair", "role": None, "attendance": "apologies"},
        {"name": "Mr Daniel Okoye", "role": "Parent Governor Representative",
         "attendance": "apologies"},
    ],
}


def build_minutes_pdf(path: Path) -> None:
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        def header(self):
            if self.page_no() == 1:
                self.set_font("DejaVu", "B", 8)
                self.set_xy(150, 8)
                self.cell(40, 6, "Public Document Pack", border=1, align="C")
                self.set_y(20)

        def footer(self):
            self.set_y(-14)
            self.set_font("DejaVu", "", 9)
            self.cell(0, 6, str(self.page_no()), align="C")

    pdf = MinutesPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Education, Children & Young People Scrutiny Panel - "
                  "13 November 2025")
    pdf.set_author("Portlidge City Council")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft Word")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    lh = 5.2
    body = 10

    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "EDUCATION, CHILDREN & YOUNG PEOPLE SCRUTINY PANEL", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", body)
    pdf.multi_cell(0, lh, "**MINUTES OF THE MEETING** of the Education, Children & Young "
                          "People Scrutiny Panel held on Thursday, 13 November 2025 at 4.00 pm "
                          "in Conference Room A, Civic Offices, Portlidge",
                   markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(0, lh, "These minutes should be read in conjunction with the agenda and "
                          "reports for the meeting, which can be found at www.portlidge.gov.uk.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    col1, col2 = 20, 62
    for label, lines in ATTENDANCE:
        pdf.set_font("DejaVu", "B", body)
        y0 = pdf.get_y()
        pdf.set_xy(col1, y0)
        pdf.cell(col2 - col1, lh, label)
        pdf.set_font("DejaVu", "", body)
        for line in lines:
            if isinstance(line, tuple):
                lead, name = line
                pdf.set_x(col2)
                pdf.cell(25, lh, lead)
                pdf.set_x(col2 + 25)
                pdf.multi_cell(190 - (col2 + 25), lh, name,
                               new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_x(col2)
                pdf.multi_cell(210 - 20 - col2, lh, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    pdf.ln(2)
    ind = 30  # body indent
    width = 210 - 20 - ind
    for block in BLOCKS:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            pdf.ln(2)
            if pdf.get_y() > 297 - 40:
                pdf.add_page()
            pdf.set_font("DejaVu", "B", body)
            y = pdf.get_y()
            pdf.set_xy(20, y)
            pdf.cell(ind - 20, lh, f"{num}.")
            pdf.set_xy(ind, y)
            pdf.multi_cell(width, lh, f"{title} (AI {num})", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
            pdf.set_font("DejaVu", "", body)
        elif kind == "p" or kind == "end":
            pdf.set_x(ind if kind == "p" else 20)
            pdf.multi_cell(width if kind == "p" else 170, lh, block[1],
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "b":
            y = pdf.get_y()
            if y > 297 - 20 - lh:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(ind + 3, y)
            pdf.cell(5, lh, "•")
            pdf.set_xy(ind + 9, y)
            pdf.multi_cell(width - 9, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "res":
            pdf.set_x(ind)
            pdf.multi_cell(width, lh, block[1], markdown=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "cl":
            label, text = block[1].split("\t", 1)
            y = pdf.get_y()
            if y > 297 - 20 - lh:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(ind, y)
            pdf.cell(10, lh, label)
            pdf.set_xy(ind + 10, y)
            pdf.multi_cell(width - 10, lh, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    # signature block
    pdf.ln(14)
    if pdf.get_y() > 297 - 50:
        pdf.add_page()
    pdf.set_x(20)
    pdf.cell(80, lh, "." * 60, new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(20)
    pdf.cell(80, lh, "Signed by the Chair of the meeting", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(20)
    pdf.cell(80, lh, "Councillor Anna Prowse", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# The document that is not minutes: a report to a Cabinet Member decision meeting
# --------------------------------------------------------------------------------------

REPORT_HEADER = [
    ("Title of meeting:", "Cabinet Member for Children, Families and Education Decision "
                          "Meeting"),
    ("Date of meeting:", "2 December 2025"),
    ("Subject:", "Council Tax Exemption for Foster Carers and Fostering Allowances 2026/27"),
    ("Report by:", "Alison Mercer, Director of Children, Families and Education"),
    ("Cabinet Member:", "Councillor Ruth Kempsey, Cabinet Member for Children, Families and "
                        "Education"),
    ("Wards affected:", "All"),
    ("Key decision:", "Yes"),
    ("Full Council decision:", "No"),
]

REPORT_BODY = [
    ("h", "1. Purpose of report"),
    ("p", "1.1 To seek approval for a council tax exemption for Portlidge City Council foster "
          "carers from 1 April 2026, and to set the weekly fostering allowances for 2026/27."),
    ("p", "1.2 To respond to the recommendation made by the Education, Children & Young People "
          "Scrutiny Panel at its meeting on 13 November 2025."),
    ("h", "2. Recommendations"),
    ("p", "2.1 It is recommended that the Cabinet Member:"),
    ("p", "(i) Approves a discretionary reduction under section 13A(1)(c) of the Local "
          "Government Finance Act 1992, equal to 100% of the council tax payable, for approved "
          "foster carers of Portlidge City Council who live in the city, with effect from "
          "1 April 2026;"),
    ("p", "(ii) Approves an increase of 4.5% in the weekly fostering allowances for 2026/27, "
          "as set out in Appendix 1;"),
    ("p", "(iii) Agrees that Portlidge foster carers who live outside the city be paid an "
          "annual payment equivalent to the average Band D council tax for their area, in "
          "response to the recommendation of the Scrutiny Panel; and"),
    ("p", "(iv) Delegates authority to the Director of Children, Families and Education, in "
          "consultation with the Director of Finance and Resources, to agree the detailed "
          "eligibility criteria."),
    ("h", "3. Background"),
    ("p", "3.1 At 30 September 2025 the council had 118 approved fostering households. Over "
          "the last year the service approved 14 new households but 23 left, mostly through "
          "retirement. Where a child cannot be placed with one of the council's own carers a "
          "placement is commissioned from an independent fostering agency, at an average "
          "weekly cost more than twice that of an in-house placement."),
    ("p", "3.2 Many councils in the south east already offer a council tax exemption to their "
          "foster carers. Foster carers told us that this was one of the most important "
          "factors when deciding whether to foster for a council or for an agency."),
    ("p", "3.3 At its meeting on 13 November 2025 the Education, Children & Young People "
          "Scrutiny Panel resolved to recommend to the Cabinet Member that the proposed "
          "exemption be extended to carers who foster for Portlidge but live outside the city. "
          "The council cannot grant a reduction on council tax charged by another authority, "
          "so recommendation (iii) proposes an equivalent annual payment instead."),
    ("h", "4. Consultation with foster carers"),
    ("p", "4.1 The proposals were discussed with the Portlidge Foster Carers' Association in "
          "October 2025 and an online survey was sent to all fostering households; 71 "
          "households (60%) responded. The main questions raised, and our responses, are set "
          "out below."),
    ("table", [
        ("Question raised", "Response"),
        ("Will the exemption apply if I am between placements?",
         "Yes. The exemption will apply for as long as you remain an approved foster carer "
         "for Portlidge City Council, including periods between placements."),
        ("What happens if I live outside the city?",
         "We cannot reduce another council's bill, but carers living outside the city will "
         "receive an equivalent annual payment (see recommendation (iii))."),
        ("Will the exemption affect my benefits or tax?",
         "Council tax reductions are not counted as income for tax purposes. Carers who "
         "receive benefits are advised to contact our fostering finance officer."),
        ("Why are allowances only going up by 4.5%?",
         "The increase is above the national minimum allowance uplift for 2026/27 and is "
         "what the council can afford within the children's services budget."),
    ]),
    ("h", "5. Reasons for recommendations"),
    ("p", "5.1 Increasing the number of in-house foster carers will improve outcomes for "
          "children, who are more likely to remain in the city, near their school and family, "
          "and will reduce the council's reliance on independent fostering agencies."),
    ("p", "5.2 The estimated cost of the exemption and the equivalent payment is £198,000 a "
          "year. If the scheme helps the council to recruit eight additional fostering "
          "households, or to keep eight who would otherwise leave, it will pay for itself."),
    ("h", "6. Integrated impact assessment"),
    ("p", "6.1 An integrated impact assessment has been completed and is available on request. "
          "No negative impacts on people with protected characteristics were identified."),
    ("h", "7. Legal implications"),
    ("p", "7.1 Section 13A(1)(c) of the Local Government Finance Act 1992 allows the council to "
          "reduce the council tax payable by any person or class of persons. The cost of any "
          "reduction falls on the council's general fund."),
    ("h", "8. Director of Finance's comments"),
    ("p", "8.1 The cost of the proposals, estimated at £198,000 in 2026/27, will be met from "
          "the fostering budget and is expected to be offset by lower spending on agency "
          "placements. The cost has been included in the draft budget for 2026/27."),
    ("sig", "Signed by: Director of Children, Families and Education"),
    ("h", "Appendices:"),
    ("p", "Appendix 1: Weekly fostering allowances 2026/27"),
    ("h", "Background list of documents: Section 100D of the Local Government Act 1972"),
    ("p", "The following documents disclose facts or matters, which have been relied upon to a "
          "material extent by the author in preparing this report: Report to the Education, "
          "Children & Young People Scrutiny Panel, 13 November 2025 - Fostering Sufficiency."),
    ("p", "The recommendation(s) set out above were approved/ approved as amended/ deferred/ "
          "rejected by ................................ on ................................"),
    ("p", "Signed by: Cabinet Member for Children, Families and Education"),
]

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a .docx zip with fixed timestamps and a stable member order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 20, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_report_docx(path: Path) -> None:
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Pt, Cm

    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)

    head = d.add_paragraph()
    r = head.add_run("PORTLIDGE CITY COUNCIL")
    r.bold = True
    head.alignment = 2  # right

    t = d.add_table(rows=0, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    for label, value in REPORT_HEADER:
        cells = t.add_row().cells
        cells[0].width = Cm(5)
        cells[1].width = Cm(11)
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(value)
    d.add_paragraph()

    for kind, content in REPORT_BODY:
        if kind == "h":
            p = d.add_paragraph()
            p.add_run(content).bold = True
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "sig":
            d.add_paragraph()
            d.add_paragraph("……………………………………………")
            d.add_paragraph(content)
        elif kind == "table":
            tab = d.add_table(rows=0, cols=2)
            tab.style = "Table Grid"
            for i, (a, b) in enumerate(content):
                cells = tab.add_row().cells
                ra = cells[0].paragraphs[0].add_run(a)
                rb = cells[1].paragraphs[0].add_run(b)
                if i == 0:
                    ra.bold = rb.bold = True
            d.add_paragraph()

    cp = d.core_properties
    cp.author = "Children, Families and Education"
    cp.last_modified_by = "Children, Families and Education"
    cp.title = "Council Tax Exemption for Foster Carers and Fostering Allowances 2026/27"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue()))


# --------------------------------------------------------------------------------------
# Checking
# --------------------------------------------------------------------------------------

def extract_text(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def normalise(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def check() -> int:
    failures = 0
    for gold_path in sorted(GOLD.glob("jr-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        text = normalise(extract_text(doc))
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question text", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for label, phrase in phrases:
            n_words = len(phrase.split())
            count = text.count(normalise(phrase))
            bad = []
            if count != 1:
                bad.append(f"found {count} times")
            if not 6 <= n_words <= 15:
                bad.append(f"{n_words} words")
            if bad:
                failures += 1
                print(f"FAIL {gold['document']}: {label} {phrase!r}: {', '.join(bad)}")
        print(f"{gold['document']}: {len(phrases)} phrases checked")
    print("OK" if failures == 0 else f"{failures} failure(s)")
    return 1 if failures else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes_pdf(DOCS / MINUTES_NAME)
    build_report_docx(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}")
    print(f"wrote {DOCS / REPORT_NAME}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
