#!/usr/bin/env python3
"""Build the "ju-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ju.py           build documents/ju-* and gold/ju-*.json
        build_ju.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import io
import json
import re
import string
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "ju-rodmere-hopsc-2025-02-06.pdf"
REPORT_NAME = "ju-rodmere-hopsc-chairmans-report-2025-03-06.docx"

COMMITTEE = "Health Overview Policy and Scrutiny Committee"
FIXED_DATE = datetime(2025, 2, 27, 9, 30, 0, tzinfo=timezone.utc)

# ---------------------------------------------------------------------------
# The minutes: a list of blocks.
#   ("item", number, title)      numbered minute heading
#   ("p", text)                  paragraph in the body column
#   ("pb", text)                 bold paragraph in the body column
#   ("b", text)                  bullet
#   ("n", label, text)           numbered / lettered paragraph
#   ("nb", text)                 bullet nested under a numbered paragraph
#   ("q", text)                  indented quotation
#   ("gap",)                     extra space
# ---------------------------------------------------------------------------

MEMBERS_LEFT = [
    "Jeremy Hallam (Chairman)",
    "Pauline Strutt (Vice-Chairman)",
    "Tony Baylis (Vice-Chairman)",
    "Marie Goodall",
    "Dave Kershaw",
]
MEMBERS_RIGHT = [
    "June Lissenden",
    "Graham Orbell",
    "Andrew Pettifer",
    "Sunita Rao",
]
ALSO_PRESENT = [
    "Councillor Richard Fairley, Cabinet Member for Health, Adult Social Care and Integration",
    "Sam Gillingham, Chief Executive, Healthwatch Rodmere",
]
OFFICERS = [
    "Emma Tolhurst, Democratic Services Manager",
    "Lucy Marchant, Senior Policy and Scrutiny Officer",
    "Kieran Doyle, Democratic Services Officer",
]

BLOCKS = [
    ("item", "1", "Membership, Apologies, Substitutions and Declarations of Interest"),
    ("p", "The report of the Membership, Apologies and Declarations was received and the "
          "following was noted:"),
    ("n", "1.", "There had been no change to the membership of the Committee since the last "
                "report."),
    ("n", "2.", "Apologies for absence had been received from Councillor Lesley Wharton, for "
                "whom Councillor Graham Orbell was substituting, and from Councillor Mike Steel."),
    ("n", "3.", "The following declarations of interest were made:"),
    ("nb", "Councillor Sunita Rao declared a Code Interest in Item 4 as she is employed as a "
           "pharmacist by Mid and South Rodmere NHS Foundation Trust."),
    ("nb", "Councillor June Lissenden declared a Code Interest in Item 5 as a trustee of "
           "Rodmere Mind."),

    ("item", "2", "Minutes of previous meeting"),
    ("p", "The minutes of the meeting held on Thursday 9 January 2025 were approved as a true "
          "record and signed by the Chairman."),
    ("p", "Councillor Tony Baylis asked whether the ambulance response time data by district, "
          "requested at the last meeting, had been received. The Democratic Services Officer "
          "confirmed that it had been received from Eastern Counties Ambulance Service NHS "
          "Trust and circulated to Members by email on 21 January 2025."),

    ("item", "3", "Questions from the Public"),
    ("p", "The Chairman reported that one question had been received from a member of the "
          "public in accordance with the Committee\u2019s procedure for public questions."),
    ("p", "Mrs Angela Pike, a resident of Stanbrook, asked the following question:"),
    ("q", "\u201cSince the minor injuries unit at Tollerby Community Hospital stopped opening "
          "overnight last October, people in my village have had to travel more than 20 miles "
          "to Chelmbridge General Hospital in the middle of the night. What consultation took "
          "place with local people before this was decided, and will this Committee look into "
          "it?\u201d"),
    ("p", "The Chairman thanked Mrs Pike for her question and read out the following response, "
          "which had been provided by the Mid and South Rodmere Integrated Care Board:"),
    ("q", "\u201cThe overnight closure was introduced in October 2024 as a temporary measure "
          "because there were not enough emergency nurse practitioners to staff the unit safely "
          "at night. Because the change was temporary and made on grounds of patient safety, "
          "formal public consultation was not required, but the ICB informed local councillors, "
          "this Committee and Healthwatch Rodmere at the time. Any proposal to make the change "
          "permanent would be subject to engagement with local people and would be brought to "
          "this Committee.\u201d"),
    ("p", "The Chairman added that Members would have the opportunity to raise the matter with "
          "the ICB under Item 4."),

    ("item", "4", "Urgent and Emergency Care \u2013 Winter Update"),
    ("p", "The Committee considered report HOPSC/04/25 comprising an update from the Mid and "
          "South Rodmere Integrated Care Board (ICB) and its partners on the performance of "
          "urgent and emergency care services during the winter period, including ambulance "
          "handover delays, performance against the four-hour standard and discharge from "
          "hospital."),
    ("p", "The Committee welcomed to the meeting:"),
    ("b", "Dr Alison Merrow, Chief Medical Officer, Mid and South Rodmere ICB"),
    ("b", "Karen Dibb, Director of Urgent and Emergency Care, Mid and South Rodmere ICB"),
    ("b", "Paul Ashdown, Chief Operating Officer, Mid and South Rodmere NHS Foundation Trust "
          "(MSRFT)"),
    ("b", "Fiona Carraway, Head of Operations (Rodmere), Eastern Counties Ambulance Service NHS "
          "Trust (ECAS)"),
    ("b", "Nick Temperley, Director, Adult Social Care Operations, Rodmere County Council"),
    ("p", "Karen Dibb introduced the report and highlighted that the system had experienced its "
          "busiest December on record, with 1,142 ambulance conveyances to Chelmbridge General "
          "Hospital in the week before Christmas alone. An additional 64 escalation beds had "
          "been opened across the three hospital sites at Chelmbridge, Brayfield and Stanbrook, "
          "the Call Before You Convey service had been extended to seven days a week, and a new "
          "Same Day Emergency Care unit had opened at Brayfield Hospital in November. "
          "Performance against the four-hour standard in January had been 71.4 per cent, "
          "against a national ambition of 78 per cent by March 2025."),
    ("p", "Following the introduction, Members asked questions and the following was "
          "highlighted:"),
    ("b", "Members asked what proportion of ambulances had waited more than an hour to hand "
          "over patients at Chelmbridge General Hospital and whether the use of corridor care "
          "had increased. Paul Ashdown confirmed that 18 per cent of handovers in December had "
          "exceeded 60 minutes and that corridor care had been used on 23 days during the "
          "month. A senior nurse was allocated to each corridor area and every patient cared "
          "for there was recorded on a log which was reviewed daily by the Chief Nurse."),
    ("b", "Councillor Sunita Rao expressed concern about the dignity of patients being cared for "
          "in corridors, particularly frail older people who could wait many hours without "
          "privacy, a proper meal or easy access to a toilet. It was acknowledged that corridor "
          "care was not acceptable and was only used as a last resort where the alternative "
          "was leaving patients in ambulances outside the hospital, which would prevent crews "
          "from responding to other calls. The Trust had introduced hourly comfort rounds and "
          "had purchased additional reclining chairs and screens."),
    ("b", "A Member asked how many patients who were medically fit to leave hospital remained "
          "in a hospital bed, and what the Council was doing to help. Nick Temperley advised "
          "that on the morning of the meeting there had been 187 patients across the three "
          "sites with no criteria to reside, of whom around 40 per cent were waiting for a "
          "package of home care or a care home placement. The Council had commissioned 60 "
          "additional short-term discharge to assess beds in independent sector care homes "
          "over the winter and had block-booked home care hours in the south of the county, "
          "where the market was most fragile."),
    ("b", "Councillor Andrew Pettifer queried whether the escalation beds opened over winter had "
          "been staffed by permanent staff or by agency staff, and at what cost. Paul Ashdown "
          "explained that most escalation shifts had been filled through the Trust\u2019s "
          "internal staff bank, but that agency spend had risen above plan in the third quarter "
          "to \u00a33.2m; a reduction plan had been agreed with the ICB and agency use for "
          "healthcare support workers had now stopped entirely."),
    ("b", "Members asked whether care homes were making use of the Call Before You Convey "
          "service. Fiona Carraway reported that 62 per cent of care homes in the county had "
          "used the service at least once since October, avoiding an estimated 900 conveyances "
          "to hospital, and that ECAS was working with the remaining homes through the "
          "Council\u2019s care provider forums."),
    ("b", "Councillor Marie Goodall asked when the minor injuries unit at Tollerby Community "
          "Hospital would reopen overnight, noting the question raised by a member of the public "
          "earlier in the meeting. Karen Dibb stated that the position would be reviewed in "
          "April 2025 once the outcome of a recruitment campaign for emergency nurse "
          "practitioners was known, and gave an assurance that local people would be engaged "
          "before any permanent change was proposed."),
    ("b", "Councillor June Lissenden asked about the length of time that people in a mental "
          "health crisis were waiting in emergency departments. Dr Alison Merrow advised that "
          "the average wait from a decision to admit to arrival on a mental health ward had "
          "been 31 hours in December. The new crisis assessment hub at Stanbrook, which had "
          "opened on 13 January, was expected to reduce the number of people attending "
          "emergency departments in crisis."),
    ("b", "Councillor Tony Baylis commented that residents in the rural north of the county were "
          "often unsure whether to use NHS 111, their GP practice, a minor injuries unit or the "
          "emergency department, and that the messages from different NHS organisations over "
          "the winter had at times been contradictory."),
    ("p", "The Cabinet Member for Health, Adult Social Care and Integration added that the "
          "Council\u2019s discharge funding from the Better Care Fund had been fully committed "
          "for the year and that he would be raising the sustainability of winter funding with "
          "the Minister."),
    ("p", "The Chairman thanked the witnesses for their attendance and for the candour of their "
          "answers."),
    ("pb", "Conclusion:"),
    ("p", "The Committee agreed:"),
    ("n", "(i)", "to note the report;"),
    ("n", "(ii)", "that a further update on corridor care and ambulance handover delays be "
                  "brought to the Committee in July 2025; and"),
    ("n", "(iii)", "that the ICB provide written data on the number of patients with no "
                   "criteria to reside, broken down by hospital site, for circulation to "
                   "Members."),

    ("item", "5", "Adult Community Mental Health Services"),
    ("p", "The Committee considered report HOPSC/05/25 providing an update on the "
          "transformation of adult community mental health services in Mid and South Rodmere."),
    ("p", "The Committee welcomed to the meeting:"),
    ("b", "Jane Oduya, Executive Director of Strategy and Transformation, Rodmere Partnership "
          "University NHS Foundation Trust (RPUT)"),
    ("b", "Dr Ravi Menon, Clinical Director, Community Mental Health Services, RPUT"),
    ("b", "Claire Boxall, Head of Mental Health Commissioning, Rodmere County Council and Mid "
          "and South Rodmere ICB"),
    ("p", "Jane Oduya introduced the report, which set out progress in implementing the "
          "Community Mental Health Framework. Fourteen community mental health hubs had been "
          "established, each aligned to one or more primary care networks, and 38 mental health "
          "practitioners were now working within GP practices. Referrals to community services "
          "had risen by 22 per cent since 2022/23, with the largest increase among young adults "
          "aged 18 to 25."),
    ("p", "Members asked questions and the following was highlighted:"),
    ("b", "Councillor Pauline Strutt asked how long people were waiting between referral and "
          "first contact with the community team, and whether people were being lost between "
          "their GP and secondary mental health services. Dr Ravi Menon advised that the median "
          "wait from referral to first contact was now 19 days, down from 41 days a year "
          "earlier, but that waits for some psychological therapies could still exceed 12 "
          "months. Everyone on a waiting list was contacted at least monthly and could use the "
          "crisis line if their situation deteriorated."),
    ("b", "Concern was expressed at the number of vacancies in community teams and the reliance "
          "on locum consultant psychiatrists, which Members felt affected continuity of care. "
          "It was explained that the vacancy rate in community teams had fallen from 21 per "
          "cent to 14 per cent over the past year, helped by the Trust\u2019s international "
          "recruitment programme and new apprenticeship routes into nursing, although nine "
          "consultant psychiatrist posts were still filled by locums."),
    ("b", "Councillor Dave Kershaw asked whether any part of the service was being commissioned "
          "from the voluntary or private sector. Claire Boxall confirmed that the three crisis "
          "caf\u00e9s and the peer support service were provided by voluntary sector "
          "organisations under contracts jointly commissioned by the Council and the ICB, and "
          "that there were no plans to commission core clinical services from private "
          "providers."),
    ("b", "Councillor Sunita Rao requested that future reports set out how the views of service "
          "users and carers had shaped the new model of care. Jane Oduya agreed to include this "
          "in future reports and explained that the Trust\u2019s Lived Experience Ambassadors "
          "had co-designed the hub model and sat on each hub\u2019s steering group."),
    ("b", "A Member asked what support was available for people with a serious mental illness "
          "who were homeless or living in temporary accommodation. Claire Boxall said that a "
          "housing options officer from the relevant district council was now based in two of "
          "the hubs, and that the Council was working with the district councils on a "
          "supported accommodation pathway for people leaving mental health inpatient wards."),
    ("b", "Councillor Graham Orbell questioned how the crisis caf\u00e9s would be funded after "
          "March 2026, noting that they were currently paid for from a non-recurrent grant. "
          "Claire Boxall responded that funding had been confirmed for the next financial year "
          "only and that future funding would be considered as part of the ICB\u2019s "
          "financial planning for 2026/27."),
    ("b", "Councillor Marie Goodall commented that several residents had told her they had been "
          "discharged back to their GP without being told, and had felt abandoned."),
    ("pb", "Conclusion:"),
    ("p", "The Committee NOTED the report and agreed that RPUT be invited to return in October "
          "2025 with an update on waiting times for psychological therapies."),

    ("item", "6", "NHS Dental Services"),
    ("p", "The Committee considered report HOPSC/06/25 on access to NHS dental services in the "
          "county, following concerns raised by Members and by Healthwatch Rodmere. "
          "Responsibility for commissioning dental services had passed from NHS England to the "
          "ICB in April 2023."),
    ("p", "The Committee welcomed to the meeting:"),
    ("b", "Tom Ruskin, Director of Primary Care, Mid and South Rodmere ICB"),
    ("b", "Dr Helen Abara, Consultant in Dental Public Health, NHS England \u2013 East of "
          "England"),
    ("b", "Dr Peter Lowe, Chair, Rodmere Local Dental Committee"),
    ("p", "Tom Ruskin introduced the report and advised that 38 per cent of adults and 56 per "
          "cent of children in Mid and South Rodmere had seen an NHS dentist in the previous 24 "
          "months, compared with 40 per cent and 59 per cent nationally. The ICB had "
          "commissioned 14,500 additional urgent dental appointments in 2024/25 through a "
          "flexible commissioning scheme with 31 practices."),
    ("p", "Sam Gillingham, Healthwatch Rodmere, reported that dentistry remained the single most "
          "common issue raised with Healthwatch, accounting for one in four of all contacts in "
          "the last quarter, and that many people had told Healthwatch they had been offered "
          "private treatment as the only option."),
    ("p", "Members asked questions and the following was highlighted:"),
    ("b", "The Chairman asked how many practices had handed back NHS contracts in the last two "
          "years. Tom Ruskin said that eleven practices had handed back or reduced their "
          "contracts, with the loss of around 46,000 units of dental activity, and that the ICB "
          "had re-procured most of this activity, although two areas in the east of the county "
          "still had no practice accepting new NHS adult patients."),
    ("b", "Councillor Marie Goodall expressed concern that children in the most deprived areas "
          "were only seeing a dentist once they were in pain, and asked what was being done to "
          "prevent tooth decay in young children. Dr Helen Abara explained that a supervised "
          "toothbrushing programme had been extended to 120 nurseries and primary schools in "
          "the most deprived wards, and that the Council\u2019s public health team was funding "
          "fluoride varnish sessions in family hubs."),
    ("b", "Councillor Andrew Pettifer asked whether the value of NHS contracts was sufficient to "
          "make NHS dentistry viable for practices. Dr Peter Lowe stated that the national "
          "contract was widely regarded as unfit for purpose, as practices were paid the same "
          "for a course of treatment regardless of how much work it involved, and many lost "
          "money treating patients with high needs. He urged the Committee to support the Local "
          "Dental Committee\u2019s call for reform of the national contract."),
    ("b", "Councillor June Lissenden asked whether there was a waiting list that residents "
          "without a dentist could join. Tom Ruskin confirmed that there was no central waiting "
          "list for NHS dentistry; residents should contact practices directly, and the "
          "ICB\u2019s website listed the practices accepting new patients and was updated "
          "weekly. Those needing urgent care should call NHS 111."),
    ("b", "Councillor Tony Baylis commented that a practice in Ashmarsh had advertised for new "
          "private patients in the same week that it had told his residents it could not take "
          "them on as NHS patients."),
    ("b", "Councillor Pauline Strutt requested that the Committee receive a breakdown of access "
          "figures by district, so that Members could see where the gaps were greatest. Tom "
          "Ruskin agreed to provide this after the meeting."),
    ("p", "The Chairman thanked the witnesses and noted the strength of feeling among Members."),
    ("pb", "Conclusion:"),
    ("p", "The Committee agreed:"),
    ("n", "(i)", "that the Chairman write, on behalf of the Committee, to the Secretary of State "
                 "for Health and Social Care in support of reform of the national dental "
                 "contract, copying in the county\u2019s Members of Parliament; and"),
    ("n", "(ii)", "to receive a further update on access to NHS dentistry in twelve "
                  "months\u2019 time, to include the outcome of the ICB\u2019s dental recovery "
                  "procurement."),

    ("item", "7", "Chairman\u2019s Report"),
    ("p", "The Committee considered report HOPSC/07/25, the Chairman\u2019s Report, which gave "
          "an update on the Chairman\u2019s Forum held on 15 January 2025 and on the visit by "
          "the Chairman and Vice-Chairmen to the new crisis assessment hub at Stanbrook."),
    ("p", "Councillor Dave Kershaw asked whether the Rodmere, Southmere and Thurrowby Joint "
          "Health Scrutiny Committee had met since the autumn, given the ICB\u2019s proposals "
          "for stroke services. Emma Tolhurst explained that the Joint Committee had not met "
          "since October but that a meeting had been arranged for 20 March 2025, at which the "
          "proposals for hyper-acute stroke services would be considered."),
    ("p", "The Committee noted the update provided by the Chairman."),

    ("item", "8", "Member Updates"),
    ("p", "The Committee considered report HOPSC/08/25."),
    ("p", "Councillor Pauline Strutt reported on her attendance at the Healthwatch Rodmere "
          "annual conference on 22 January 2025, where the main themes raised by residents had "
          "been access to GP appointments and the cost of travel to hospital appointments."),
    ("p", "Councillor Sunita Rao reported on a visit to the Community Diagnostic Centre at "
          "Colnford, which was now carrying out around 1,900 tests a week. She requested that a "
          "site visit for all Members of the Committee be arranged before the summer. The "
          "Chairman agreed to take this forward with officers."),
    ("p", "The Committee noted the updates from Members."),

    ("item", "9", "Work Programme"),
    ("p", "The Committee considered report HOPSC/09/25 setting out the current work programme. "
          "The Chairman reminded Members that the March meeting would focus on access to GP "
          "services and the development of Integrated Neighbourhood Teams."),
    ("p", "Councillor Andrew Pettifer asked that the impact of the increase in employers\u2019 "
          "National Insurance contributions on adult social care providers and their workforce "
          "be added to the work programme. The Senior Policy and Scrutiny Officer advised that "
          "this would be considered at the next private pre-meeting, when the programme for "
          "2025/26 would be reviewed."),
    ("p", "The Committee noted the current work programme."),

    ("item", "10", "Date of Next Meeting"),
    ("p", "The Committee noted that the next meeting would take place on Thursday 6 March 2025 "
          "at 10:30am in Committee Room 1, County Hall, Chelmbridge."),

    ("item", "11", "Urgent Business"),
    ("p", "There was no urgent business."),

    ("item", "12", "Urgent Exempt Business"),
    ("p", "There was no urgent exempt business."),
    ("gap",),
    ("p", "There being no further business, the meeting closed at 12:54pm."),
]

# ---------------------------------------------------------------------------
# Gold for the minutes
# ---------------------------------------------------------------------------

ITEMS = [(b[1], b[2]) for b in BLOCKS if b[0] == "item"]


def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


QUESTIONS = [
    Q("2", "question",
      "asked whether the ambulance response time data by district",
      "Councillor Tony Baylis",
      "circulated to Members by email on 21 January 2025",
      "The Democratic Services Officer", []),
    Q("3", "question",
      "What consultation took place with local people before this was decided",
      "Mrs Angela Pike",
      "formal public consultation was not required, but the ICB informed local councillors",
      "Mid and South Rodmere Integrated Care Board", ["patient-and-public-input"]),
    Q("4", "question",
      "asked what proportion of ambulances had waited more than an hour",
      None,
      "confirmed that 18 per cent of handovers in December had exceeded 60 minutes",
      "Paul Ashdown", []),
    Q("4", "concern",
      "expressed concern about the dignity of patients being cared for in corridors",
      "Councillor Sunita Rao",
      "corridor care was not acceptable and was only used as a last resort",
      None, []),
    Q("4", "question",
      "asked how many patients who were medically fit to leave hospital",
      None,
      "there had been 187 patients across the three sites with no criteria to reside",
      "Nick Temperley", ["adult-social-care", "integration", "subcontracting"]),
    Q("4", "question",
      "queried whether the escalation beds opened over winter had been staffed",
      "Councillor Andrew Pettifer",
      "most escalation shifts had been filled through the",
      "Paul Ashdown", ["workforce", "finance"]),
    Q("4", "question",
      "asked whether care homes were making use of the Call Before You Convey service",
      None,
      "62 per cent of care homes in the county had used the service",
      "Fiona Carraway", ["adult-social-care"]),
    Q("4", "question",
      "asked when the minor injuries unit at Tollerby Community Hospital would reopen overnight",
      "Councillor Marie Goodall",
      "position would be reviewed in April 2025 once the outcome of a recruitment",
      "Karen Dibb", ["workforce", "patient-and-public-input"]),
    Q("4", "question",
      "asked about the length of time that people in a mental health crisis",
      "Councillor June Lissenden",
      "average wait from a decision to admit to arrival on a mental health ward",
      "Dr Alison Merrow", ["mental-health"]),
    Q("4", "comment",
      "residents in the rural north of the county were often unsure whether to use",
      "Councillor Tony Baylis", None, None, []),
    Q("5", "question",
      "whether people were being lost between their GP and secondary mental health services",
      "Councillor Pauline Strutt",
      "median wait from referral to first contact was now 19 days",
      "Dr Ravi Menon", ["mental-health"]),
    Q("5", "concern",
      "Concern was expressed at the number of vacancies in community teams",
      None,
      "the vacancy rate in community teams had fallen from 21 per cent",
      None, ["workforce", "mental-health"]),
    Q("5", "question",
      "any part of the service was being commissioned from the voluntary or private sector",
      "Councillor Dave Kershaw",
      "no plans to commission core clinical services from private providers",
      "Claire Boxall", ["subcontracting", "privatisation", "mental-health"]),
    Q("5", "request",
      "requested that future reports set out how the views of service users and carers",
      "Councillor Sunita Rao",
      "agreed to include this in future reports and explained that the",
      "Jane Oduya", ["patient-and-public-input", "mental-health"]),
    Q("5", "question",
      "support was available for people with a serious mental illness who were homeless",
      None,
      "a housing options officer from the relevant district council was now based",
      "Claire Boxall", ["housing", "mental-health"]),
    Q("5", "question",
      "would be funded after March 2026, noting that they were currently paid for",
      "Councillor Graham Orbell",
      "funding had been confirmed for the next financial year only",
      "Claire Boxall", ["finance", "mental-health"]),
    Q("5", "comment",
      "had been discharged back to their GP without being told",
      "Councillor Marie Goodall", None, None, ["mental-health"]),
    Q("6", "question",
      "asked how many practices had handed back NHS contracts in the last two years",
      "The Chairman",
      "eleven practices had handed back or reduced their contracts",
      "Tom Ruskin", ["primary-care", "subcontracting"]),
    Q("6", "concern",
      "children in the most deprived areas were only seeing a dentist",
      "Councillor Marie Goodall",
      "supervised toothbrushing programme had been extended to 120 nurseries and primary schools",
      "Dr Helen Abara", ["children-and-families", "public-health", "primary-care"]),
    Q("6", "question",
      "asked whether the value of NHS contracts was sufficient to make NHS dentistry viable",
      "Councillor Andrew Pettifer",
      "practices were paid the same for a course of treatment regardless of how much work",
      "Dr Peter Lowe", ["primary-care", "finance"]),
    Q("6", "question",
      "asked whether there was a waiting list that residents without a dentist could join",
      "Councillor June Lissenden",
      "there was no central waiting list for NHS dentistry",
      "Tom Ruskin", ["primary-care"]),
    Q("6", "comment",
      "had advertised for new private patients in the same week",
      "Councillor Tony Baylis", None, None, ["privatisation", "primary-care"]),
    Q("6", "request",
      "receive a breakdown of access figures by district, so that Members",
      "Councillor Pauline Strutt",
      "agreed to provide this after the meeting",
      "Tom Ruskin", ["primary-care"]),
    Q("7", "question",
      "asked whether the Rodmere, Southmere and Thurrowby Joint Health Scrutiny Committee had met",
      "Councillor Dave Kershaw",
      "a meeting had been arranged for 20 March 2025",
      "Emma Tolhurst", ["governance"]),
    Q("8", "request",
      "requested that a site visit for all Members of the Committee be arranged",
      "Councillor Sunita Rao",
      "agreed to take this forward with officers",
      "The Chairman", []),
    Q("9", "request",
      "on adult social care providers and their workforce be added to the work programme",
      "Councillor Andrew Pettifer",
      "advised that this would be considered at the next private",
      "The Senior Policy and Scrutiny Officer", ["workforce", "adult-social-care", "finance"]),
]


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


RESOLUTIONS = [
    R("1", "report of the Membership, Apologies and Declarations was received", "noted", []),
    R("2", "were approved as a true record and signed by the Chairman", "agreed", []),
    R("4", "a further update on corridor care and ambulance handover delays be brought",
      "agreed", []),
    R("5", "be invited to return in October 2025 with an update on waiting times",
      "agreed", ["mental-health"]),
    R("6", "in support of reform of the national dental contract", "agreed",
      ["primary-care"]),
    R("7", "The Committee noted the update provided by the Chairman", "noted", []),
    R("8", "The Committee noted the updates from Members", "noted", []),
    R("9", "The Committee noted the current work programme", "noted", []),
    R("10", "noted that the next meeting would take place on Thursday 6 March 2025", "noted", []),
]


def A(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


ATTENDEES = [
    A("Jeremy Hallam", "Chairman", "present"),
    A("Pauline Strutt", "Vice-Chairman", "present"),
    A("Tony Baylis", "Vice-Chairman", "present"),
    A("Marie Goodall", None, "present"),
    A("Dave Kershaw", None, "present"),
    A("June Lissenden", None, "present"),
    A("Graham Orbell", None, "present"),
    A("Andrew Pettifer", None, "present"),
    A("Sunita Rao", None, "present"),
    A("Councillor Richard Fairley",
      "Cabinet Member for Health, Adult Social Care and Integration", "in_attendance"),
    A("Sam Gillingham", "Chief Executive, Healthwatch Rodmere", "in_attendance"),
    A("Emma Tolhurst", "Democratic Services Manager", "in_attendance"),
    A("Lucy Marchant", "Senior Policy and Scrutiny Officer", "in_attendance"),
    A("Kieran Doyle", "Democratic Services Officer", "in_attendance"),
    A("Councillor Lesley Wharton", None, "apologies"),
    A("Councillor Mike Steel", None, "apologies"),
    A("Dr Alison Merrow", "Chief Medical Officer, Mid and South Rodmere ICB", "in_attendance"),
    A("Karen Dibb", "Director of Urgent and Emergency Care, Mid and South Rodmere ICB",
      "in_attendance"),
    A("Paul Ashdown", "Chief Operating Officer, Mid and South Rodmere NHS Foundation Trust "
      "(MSRFT)", "in_attendance"),
    A("Fiona Carraway", "Head of Operations (Rodmere), Eastern Counties Ambulance Service NHS "
      "Trust (ECAS)", "in_attendance"),
    A("Nick Temperley", "Director, Adult Social Care Operations, Rodmere County Council",
      "in_attendance"),
    A("Jane Oduya", "Executive Director of Strategy and Transformation, Rodmere Partnership "
      "University NHS Foundation Trust (RPUT)", "in_attendance"),
    A("Dr Ravi Menon", "Clinical Director, Community Mental Health Services, RPUT",
      "in_attendance"),
    A("Claire Boxall", "Head of Mental Health Commissioning, Rodmere County Council and Mid "
      "and South Rodmere ICB", "in_attendance"),
    A("Tom Ruskin", "Director of Primary Care, Mid and South Rodmere ICB", "in_attendance"),
    A("Dr Helen Abara", "Consultant in Dental Public Health, NHS England \u2013 East of England",
      "in_attendance"),
    A("Dr Peter Lowe", "Chair, Rodmere Local Dental Committee", "in_attendance"),
]


def minutes_gold() -> dict:
    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": COMMITTEE,
        "meeting_date": "2025-02-06",
        "items": [{"number": n, "title": t} for n, t in ITEMS],
        "questions": QUESTIONS,
        "resolutions": RESOLUTIONS,
        "attendees": ATTENDEES,
    }


def report_gold() -> dict:
    return {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# PDF writer (fpdf2)
# ---------------------------------------------------------------------------

def build_minutes_pdf(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    LH = 5.2          # line height
    BODY_X = 32.0     # body column
    BODY_W = 210 - 20 - BODY_X

    class MinutesPDF(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("DejaVu", "", 8)
            self.set_text_color(80, 80, 80)
            self.set_xy(20, 10)
            self.cell(100, 4, COMMITTEE, new_x=XPos.RIGHT, new_y=YPos.TOP)
            self.cell(70, 4, "Thursday, 06 February 2025", align="R",
                      new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_draw_color(150, 150, 150)
            self.line(20, 15, 190, 15)
            self.set_text_color(0, 0, 0)
            self.set_y(20)

        def footer(self):
            self.set_y(-14)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(80, 80, 80)
            self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Minutes - Health Overview Policy and Scrutiny Committee - 06 February 2025")
    pdf.set_author("Rodmere County Council")
    pdf.set_creator("CMIS")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    # Title block
    pdf.set_font("DejaVu", "B", 13)
    pdf.set_xy(20, 16)
    pdf.cell(170, 7, "Rodmere County Council", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(170, 6, "Minutes of the meeting of the Health Overview Policy and Scrutiny "
                   "Committee, held in Committee Room 1, County Hall, Chelmbridge, RD1 1QH on "
                   "Thursday, 06 February 2025", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    # Attendance
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(170, LH, "Present:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.set_font("DejaVu", "", 10.5)
    pdf.cell(170, LH, "Councillors:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    y0 = pdf.get_y()
    for i in range(max(len(MEMBERS_LEFT), len(MEMBERS_RIGHT))):
        y = y0 + i * LH
        if i < len(MEMBERS_LEFT):
            pdf.set_xy(26, y)
            pdf.cell(80, LH, MEMBERS_LEFT[i])
        if i < len(MEMBERS_RIGHT):
            pdf.set_xy(110, y)
            pdf.cell(80, LH, MEMBERS_RIGHT[i])
    pdf.set_xy(20, y0 + max(len(MEMBERS_LEFT), len(MEMBERS_RIGHT)) * LH + 3)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(170, LH, "Also present:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 10.5)
    for line in ALSO_PRESENT:
        pdf.set_x(26)
        pdf.multi_cell(164, LH, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(170, LH, "The following officers were supporting the meeting:",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 10.5)
    for line in OFFICERS:
        pdf.set_x(26)
        pdf.cell(164, LH, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)

    def para(text, style="", x=BODY_X, w=BODY_W, after=2.2):
        pdf.set_font("DejaVu", style, 10.5)
        pdf.set_x(x)
        pdf.multi_cell(w, LH, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(after)

    def marker(label, text, x_label, x_text, after=1.6):
        pdf.set_font("DejaVu", "", 10.5)
        if pdf.get_y() + LH > pdf.h - 20:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_xy(x_label, y)
        pdf.cell(x_text - x_label, LH, label)
        pdf.set_xy(x_text, y)
        pdf.multi_cell(190 - x_text, LH, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(after)

    for block in BLOCKS:
        kind = block[0]
        if kind == "item":
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 10.5)
            y = pdf.get_y()
            pdf.set_xy(20, y)
            pdf.cell(12, LH + 0.6, block[1])
            pdf.set_xy(BODY_X, y)
            pdf.multi_cell(BODY_W, LH + 0.6, block[2], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.6)
        elif kind == "p":
            para(block[1])
        elif kind == "pb":
            para(block[1], style="B", after=1.0)
        elif kind == "q":
            para(block[1], style="I", x=BODY_X + 6, w=BODY_W - 12)
        elif kind == "b":
            marker("\u2022", block[1], BODY_X + 2, BODY_X + 7)
        elif kind == "n":
            marker(block[1], block[2], BODY_X, BODY_X + 10)
        elif kind == "nb":
            marker("\u2022", block[1], BODY_X + 10, BODY_X + 15)
        elif kind == "gap":
            pdf.ln(4)

    # Signature block
    pdf.ln(14)
    pdf.set_font("DejaVu", "", 10.5)
    pdf.set_x(120)
    pdf.cell(70, LH, "_______________________________", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(120)
    pdf.cell(70, LH, "Chairman", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------
# The document that is not minutes: the Chairman's Report to the next meeting (Word)
# ---------------------------------------------------------------------------

def build_report_docx(path: Path) -> None:
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Pt, Cm

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Cm(2.2)
        sec.top_margin = sec.bottom_margin = Cm(2.0)
        sec.footer.paragraphs[0].text = "Rodmere County Council \u2013 HOPSC/13/25"

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for k, v in [
        ("Reference number: HOPSC/13/25", ""),
        ("Report title: Chairman\u2019s Report", ""),
        ("Report to: Health Overview Policy and Scrutiny Committee", ""),
        ("Report author: Councillor Jeremy Hallam, Chairman of the Health Overview Policy and "
         "Scrutiny Committee", ""),
        ("Date: 6 March 2025", "For: Noting"),
        ("Enquiries to: Lucy Marchant, Senior Policy and Scrutiny Officer, "
         "lucy.marchant@rodmere.gov.example", ""),
        ("County Divisions affected: All Rodmere", ""),
    ]:
        row = t.add_row().cells
        if v:
            row[0].text = k
            row[1].text = v
        else:
            merged = row[0].merge(row[1])
            merged.text = k

    def h(text):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        p.paragraph_format.space_before = Pt(12)

    def p(text):
        d.add_paragraph(text)

    def bullet(text):
        d.add_paragraph(text, style="List Bullet")

    d.add_paragraph()
    h("1. Introduction")
    p("1.1 This report provides an update on matters considered by the Chairman and the two "
      "Vice-Chairmen since the last meeting of the Committee on 6 February 2025, and on the "
      "actions agreed at that meeting.")
    h("2. Action required")
    p("2.1 The Committee is asked to note the report and to consider whether any of the "
      "matters raised should be added to the work programme.")
    h("3. Chairman\u2019s Forum \u2013 12 February 2025")
    p("3.1 The Chairman\u2019s Forum met with the Chief Executive of the Mid and South Rodmere "
      "Integrated Care Board. The following matters were discussed:")
    bullet("The Forum asked what progress had been made on reducing corridor care at Chelmbridge "
           "General Hospital. The Chief Executive said that the number of days on which "
           "corridor care was used had fallen to nine in January, and that the Trust\u2019s "
           "board would receive a full report in April.")
    bullet("The Vice-Chairman (Councillor Strutt) raised the ICB\u2019s financial position. The "
           "Chief Executive confirmed that the ICB was forecasting a deficit of \u00a318.4m for "
           "2024/25 and was required to agree a recovery plan with NHS England.")
    bullet("The Forum asked whether the consultation on hyper-acute stroke services would "
           "include public meetings in the north of the county. This was confirmed.")
    h("4. Actions from the meeting on 6 February 2025")
    at = d.add_table(rows=1, cols=3)
    at.style = "Table Grid"
    hdr = at.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Item", "Action agreed", "Response / status"
    for a, b, c in [
        ("Urgent and Emergency Care \u2013 Winter Update",
         "ICB to provide data on the number of patients with no criteria to reside by hospital "
         "site.",
         "Received on 19 February 2025 and circulated to Members on 20 February 2025. Complete."),
        ("Urgent and Emergency Care \u2013 Winter Update",
         "Further update on corridor care and ambulance handover delays.",
         "Added to the work programme for July 2025."),
        ("NHS Dental Services",
         "Chairman to write to the Secretary of State in support of reform of the national "
         "dental contract.",
         "Letter sent on 14 February 2025. A reply is awaited."),
        ("NHS Dental Services",
         "Breakdown of dental access figures by district.",
         "Attached as Appendix A."),
        ("Member Updates",
         "Site visit to the Community Diagnostic Centre at Colnford.",
         "Arranged for 9 April 2025. Members to confirm attendance with Democratic Services."),
    ]:
        cells = at.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = a, b, c
    h("5. Questions from Members between meetings")
    p("5.1 Councillor Goodall asked the ICB whether the overnight closure of the minor injuries "
      "unit at Tollerby Community Hospital would be extended beyond April. The ICB has advised "
      "that two emergency nurse practitioners have been appointed and that a decision will be "
      "taken at the ICB\u2019s Primary and Community Care Committee on 17 April 2025. The "
      "Chairman has asked that the decision be reported to the Committee.")
    p("5.2 Councillor Baylis asked how residents can find out which dental practices are taking "
      "on NHS patients. The ICB has confirmed that its website is updated every Friday.")
    h("6. Rodmere, Southmere and Thurrowby Joint Health Scrutiny Committee")
    p("6.1 The Joint Committee will meet on 20 March 2025 to consider the ICB\u2019s proposals "
      "for hyper-acute stroke services. The Joint Committee will be asked to agree its response "
      "to the public consultation and whether the proposals amount to a substantial variation "
      "in services.")
    h("7. Recommendation")
    p("7.1 That the Committee notes the report.")
    h("8. List of appendices")
    p("Appendix A \u2013 NHS dental access by district (patients seen in the previous 24 months)")
    h("9. List of background papers")
    p("None.")

    d.add_page_break()
    h("Appendix A \u2013 NHS dental access by district")
    ap = d.add_table(rows=1, cols=3)
    ap.style = "Table Grid"
    c = ap.rows[0].cells
    c[0].text, c[1].text, c[2].text = "District", "Adults seen (%)", "Children seen (%)"
    for a, b, cc in [("Chelmbridge", "41", "60"), ("Brayfield", "39", "57"),
                     ("Stanbrook", "36", "55"), ("Tollerby", "33", "51"),
                     ("Ashmarsh", "29", "47"), ("Colnford", "40", "58")]:
        cells = ap.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = a, b, cc
    p("Source: Mid and South Rodmere ICB, NHS Business Services Authority data to December 2024.")

    cp = d.core_properties
    cp.author = "Lucy Marchant"
    cp.last_modified_by = "Lucy Marchant"
    cp.title = "Chairman's Report HOPSC/13/25"
    cp.revision = 3
    cp.created = datetime(2025, 2, 24, 9, 0, 0)
    cp.modified = datetime(2025, 2, 26, 16, 30, 0)

    buf = io.BytesIO()
    d.save(buf)
    # Re-pack the zip with fixed timestamps so the output is byte-for-byte deterministic.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 26, 16, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Text extraction and checks
# ---------------------------------------------------------------------------

def extract_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((pg.extract_text() or "") for pg in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
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


_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def norm(s: str, repl: str = "") -> str:
    s = _PUNCT.sub(repl, s.lower().replace("_", repl))
    return " " + " ".join(s.split()) + " "


def count(hay: str, phrase: str) -> int:
    n = " " + " ".join(phrase.split()) + " "
    n = n.strip()
    return len(re.findall(r"(?<!\w)" + re.escape(n) + r"(?!\w)", hay))


THEMES = ["privatisation", "subcontracting", "patient-and-public-input", "public-health",
          "finance", "governance", "integration", "workforce", "primary-care", "mental-health",
          "children-and-families", "adult-social-care", "housing"]


def check() -> int:
    errors = 0
    try:
        import yaml
        tf = HERE.parent.parent / "minutes" / "themes.yml"
        slugs = set(k for k in yaml.safe_load(tf.read_text()) if k != "ignore_names")
    except Exception:
        slugs = set(THEMES)
    for gold_path in sorted(GOLD.glob("ju-*.json")):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            errors += 1
            continue
        if gold_path.stem != doc.stem:
            print(f"gold name {gold_path.name} does not match {doc.name}")
            errors += 1
        raw = extract_text(doc)
        hay_a, hay_b = norm(raw, ""), norm(raw, " ")
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["item"], q["text"]))
            if q["answer"] is not None:
                phrases.append(("answer", q["item"], q["answer"]))
            if q["kind"] not in ("question", "concern", "request", "comment"):
                print(f"  bad kind {q['kind']}")
                errors += 1
            for t in q["themes"]:
                if t not in slugs:
                    print(f"  bad theme {t}")
                    errors += 1
            for who in (q["asked_by"], q["given_by"]):
                if who and count(hay_a, norm(who).strip()) == 0:
                    print(f"  name not in text: {who}")
                    errors += 1
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["item"], r["text"]))
            if r["outcome"] not in ("noted", "agreed", "recommended", "deferred", "rejected",
                                    "other"):
                print(f"  bad outcome {r['outcome']}")
                errors += 1
            for t in r["themes"]:
                if t not in slugs:
                    print(f"  bad theme {t}")
                    errors += 1
        for a in g.get("attendees", []):
            if count(hay_a, norm(a["name"]).strip()) == 0:
                print(f"  attendee not in text: {a['name']}")
                errors += 1
            if a["attendance"] not in ("present", "apologies", "in_attendance", "absent"):
                print(f"  bad attendance {a['attendance']}")
                errors += 1
        item_numbers = {i["number"] for i in g.get("items", [])}
        for kind, item, ph in phrases:
            if item not in item_numbers:
                print(f"  {kind} refers to unknown item {item}: {ph}")
                errors += 1
            words = norm(ph).split()
            ca, cb = count(hay_a, norm(ph, "").strip()), count(hay_b, norm(ph, " ").strip())
            ok = ca == 1 and cb == 1 and 6 <= len(words) <= 15
            if not ok:
                errors += 1
                print(f"  FAIL {kind} [{item}] ({len(words)} words, {ca}/{cb} hits): {ph}")
        print(f"{gold_path.name}: {len(phrases)} phrases checked, "
              f"{len(g.get('attendees', []))} attendees, {len(g.get('items', []))} items")
        if doc.suffix == ".pdf":
            import pdfplumber
            with pdfplumber.open(doc) as pdf:
                print(f"  {len(pdf.pages)} pages")
    print("OK" if errors == 0 else f"{errors} error(s)")
    return 1 if errors else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes_pdf(DOCS / MINUTES_NAME)
    build_report_docx(DOCS / REPORT_NAME)
    for g in (minutes_gold(), report_gold()):
        stem = Path(g["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}")
    print(f"wrote {DOCS / REPORT_NAME}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
