#!/usr/bin/env python3
"""Build the "qy-" documents (round 234) and their gold annotations.

Usage:  build_qy.py           write documents/qy-* and gold/qy-*.json beside this script
        build_qy.py --check   verify every gold phrase occurs exactly once in its document

Ormsworth County Council, its people, places, providers and figures are invented.
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

MINUTES_NAME = "qy-ormsworth-health-overview-scrutiny-committee-2025-10-14.docx"
AGENDA_NAME = "qy-ormsworth-health-overview-scrutiny-committee-agenda-2025-12-09.docx"

FIXED_MINUTES = dt.datetime(2025, 10, 21, 11, 42, 0)
FIXED_AGENDA = dt.datetime(2025, 12, 1, 9, 15, 0)
ZIP_TIME_MINUTES = (2025, 10, 21, 11, 42, 0)
ZIP_TIME_AGENDA = (2025, 12, 1, 9, 15, 0)

THEMES = {"privatisation", "subcontracting", "patient-and-public-input", "public-health",
          "finance", "governance", "integration", "workforce", "primary-care",
          "mental-health", "children-and-families", "adult-social-care", "housing"}

# ---------------------------------------------------------------------------
# The minutes (Word)
# ---------------------------------------------------------------------------
# Blocks:
#   ("label", label, text)     bold label run-in, then text ("Present:")
#   ("plabel", label)          bold label on a line of its own ("Also in attendance:")
#   ("att", name, post)        one attendance line "Name – Post"
#   ("h", number, title)       item heading (Heading 1): "35/25<tab>Title"
#   ("p", text)                plain paragraph
#   ("quote", text)            indented italic paragraph (a question as submitted)
#   ("note", text)             italic line
#   ("lead", text)             paragraph introducing a bullet list
#   ("b", text)                bullet (List Bullet)
#   ("resolved",)              "Resolved – That:"
#   ("clause", letter, text)   lettered clause of a decision
#   ("close", text)            closing line
#   ("sign",)                  signature line
#   ("actions", rows)          "Actions arising" table

MINUTES = [
    ("label", "Present:",
     "County Councillors Patricia Aldred (Chair) (Skelbury Rural), Rhys Tennant (Vice-Chair) "
     "(Harnwick East), Colin Bramall (Pellingford), Tom Ellwood (Harnwick South) (substitute), "
     "Deborah Fairclough-Innes (Dunstow Market), Hilary Makepeace (Wrayburn Valley), "
     "Nathaniel Osei (Tolborough), Sian Pryderi (High Moor) and Alan Whitbread (Skelbury Town)."),
    ("label", "Co-opted Members (non-voting):",
     "District Councillor Janet Moorcroft (Harnwick District Council) and Borough Councillor "
     "Vikram Rao (Dunstow Market Borough Council)."),
    ("plabel", "Also in attendance:"),
    ("att", "County Councillor Jane Corrie", "Cabinet Member for Adult Social Care and Health"),
    ("att", "Lisa Tremain", "Executive Director of Adult Services"),
    ("att", "Dr Amara Nwosu", "Director of Public Health"),
    ("att", "Paul Devereux", "Head of Commissioning (Adults and Health)"),
    ("att", "Rachel Okonedo", "Public Health Consultant"),
    ("att", "Brenda Cottle", "Chief Officer, Healthwatch Ormsworth"),
    ("att", "Kirsty Lomax", "Democratic Services Officer"),
    ("plabel", "In attendance (NHS):"),
    ("att", "Fiona Hatherleigh", "Director of Strategy and Partnerships, Ormsworth and Lentmoor "
                                 "Integrated Care Board (ICB)"),
    ("att", "Owen Cradock", "Head of Urgent and Emergency Care, Ormsworth and Lentmoor ICB"),
    ("att", "Dr Sanjay Mehrotra", "Medical Director, Ormsworth Community Health NHS Trust"),

    # ------------------------------------------------------------------ 31/25
    ("h", "31/25", "Apologies for Absence and Substitutions"),
    ("p", "Apologies for absence were received from County Councillor Gurpreet Sandhu, for "
          "whom County Councillor Tom Ellwood attended as substitute, and from District "
          "Councillor Ewan Caldicott (North Ormsworth District Council)."),
    ("p", "County Councillor Brian Fortescue (Fenn Valley) was absent."),

    # ------------------------------------------------------------------ 32/25
    ("h", "32/25", "Declarations of Interest"),
    ("p", "County Councillor Hilary Makepeace declared a non-registrable interest in minute "
          "35/25, as her daughter is employed as a staff nurse at Wrayburn Community Hospital. "
          "She remained in the meeting and took part in the discussion."),
    ("p", "County Councillor Deborah Fairclough-Innes declared a registrable interest in "
          "minute 37/25 as a trustee of Turning Tide Recovery, the charity which delivers the "
          "county\u2019s drug and alcohol treatment service. She left the room for that item "
          "and took no part in the discussion."),
    ("p", "There were no other declarations."),

    # ------------------------------------------------------------------ 33/25
    ("h", "33/25", "Minutes of the Meeting held on 2 September 2025"),
    ("p", "The minutes of the meeting held on 2 September 2025 were confirmed as a correct "
          "record and signed by the Chair, subject to minute 27/25 being amended to record that "
          "County Councillor Osei had sent his apologies."),
    ("p", "Arising from minute 28/25, County Councillor Tennant asked whether the ambulance "
          "handover figures for Harnwick General Hospital requested at the last meeting had "
          "now been received. The Democratic Services Officer confirmed that the ICB had "
          "supplied the figures on 10 October 2025 and that they would be circulated to "
          "members with these minutes."),

    # ------------------------------------------------------------------ 34/25
    ("h", "34/25", "Public Questions"),
    ("p", "The following question had been received from Mr Geoffrey Pannell, a resident of "
          "Wrayburn, in accordance with the Committee\u2019s procedure for questions from the "
          "public:"),
    ("quote", "\u201cThe minor injuries unit at Wrayburn Community Hospital has been closed "
              "overnight since January on what we were told was a temporary basis. Will the "
              "ICB say when it will reopen at night, and will local people be consulted before "
              "any permanent decision is taken?\u201d"),
    ("p", "Fiona Hatherleigh, Director of Strategy and Partnerships, Ormsworth and Lentmoor ICB, "
          "replied that the overnight closure had been made because the unit could not be "
          "staffed safely at night, and that no permanent decision had been taken. The "
          "ICB\u2019s proposals for overnight opening at Wrayburn and at two other units were "
          "on the agenda for this meeting (minute 35/25) and would be the subject of a "
          "twelve-week public consultation beginning on 3 November 2025, in which she hoped "
          "Mr Pannell and other Wrayburn residents would take part."),
    ("p", "By way of a supplementary question, Mr Pannell asked how people without a car were "
          "expected to reach Harnwick in the middle of the night. Ms Hatherleigh acknowledged "
          "that public transport at night was very limited and said that NHS 111 could arrange "
          "transport where a clinician judged it necessary. She undertook to send Mr Pannell a "
          "fuller written reply."),

    # ------------------------------------------------------------------ 35/25
    ("h", "35/25", "Minor Injuries Units \u2013 Review of Overnight Opening"),
    ("p", "Fiona Hatherleigh, Director of Strategy and Partnerships, Ormsworth and Lentmoor "
          "Integrated Care Board, presented the report, which set out the findings of the "
          "ICB\u2019s review of overnight opening at the county\u2019s five minor injuries "
          "units (MIUs), at Wrayburn, Skelbury, Pellingford, Tolborough and Dunstow Market. "
          "She reminded the Committee that the unit at Wrayburn Community Hospital had closed "
          "between midnight and 8.00 am since 6 January 2025 on a temporary basis, because of "
          "nurse vacancies, and that the Committee had been informed of that change at its "
          "meeting in February."),
    ("p", "The review had found that between midnight and 8.00 am the units at Wrayburn, "
          "Skelbury and Tolborough had each seen an average of fewer than three patients a "
          "night during 2024, and that around a third of those patients had needed to be "
          "transferred on to Harnwick General Hospital. The ICB was therefore proposing that "
          "overnight opening end permanently at those three units from 1 April 2026, that "
          "Pellingford continue unchanged, and that the Dunstow Market unit become a 24-hour "
          "urgent treatment centre with access to X-ray and a GP throughout the night. A "
          "twelve-week public consultation was planned to begin on 3 November 2025."),
    ("p", "Owen Cradock, Head of Urgent and Emergency Care, explained that the nursing hours "
          "released from night shifts would be used to extend opening in the evening, when "
          "most patients attended, so that all five units would open until 10.00 pm seven "
          "days a week rather than closing at 8.00 pm as at present."),
    ("p", "Brenda Cottle, Chief Officer of Healthwatch Ormsworth, summarised what residents had "
          "told Healthwatch during the ICB\u2019s pre-consultation engagement over the summer. "
          "Of the 312 people who had taken part, most used the units during the day and valued "
          "them highly; the main worries were travel at night, the cost of taxis and a lack of "
          "information about where to go when a unit was closed."),
    ("lead", "The Committee raised the following points:"),
    ("b", "Members questioned how the overnight attendance figures had been arrived at, given "
          "that the Wrayburn unit had been closed at night since January \u2013 Mr Cradock "
          "explained that the Wrayburn figures were taken from the twelve months before the "
          "temporary closure, and that overnight calls to NHS 111 from Wrayburn postcodes had "
          "also been analysed."),
    ("b", "Concern that journeys of up to 55 minutes by car to Harnwick or Dunstow Market would "
          "fall hardest on older residents and those without a car, particularly in the High "
          "Moor villages \u2013 the Director of Strategy and Partnerships acknowledged that "
          "access at night had been the main theme of the pre-consultation engagement, and "
          "said that a travel impact assessment would be published alongside the consultation "
          "document."),
    ("b", "A member asked whether the ambulance service had been consulted on the likely effect "
          "of the changes on 999 calls at night."),
    ("b", "County Councillor Pryderi was worried that the proposals would simply move pressure "
          "on to the emergency department at Harnwick General Hospital, which was already one "
          "of the busiest in the region."),
    ("p", "Responding to these two points, Dr Sanjay Mehrotra, Medical Director, Ormsworth "
          "Community Health NHS Trust, said that the ambulance trust had taken part in the "
          "clinical review and had modelled an increase of fewer than two calls a night across "
          "the county. Most people from the affected areas who needed care at night already "
          "went to the emergency department, because the units could not treat chest pain, "
          "serious head injuries or children under two."),
    ("b", "The Vice-Chair requested that consultation events be held in each of the affected "
          "towns in the evening as well as during the day, and that printed copies of the "
          "consultation document be available in libraries and GP surgeries \u2013 Ms "
          "Hatherleigh agreed to both requests and added that an easy-read version and an "
          "online survey would also be provided."),
    ("b", "County Councillor Bramall commented that the nursing staff at the Skelbury unit were "
          "highly regarded and that the town could not afford to lose them. It was confirmed "
          "that no redundancies were proposed and that the nurses affected would be offered "
          "daytime and evening shifts at the same unit or a rotation to Dunstow Market."),
    ("b", "Whether the saving of \u00a31.1 million a year identified in the report would be "
          "put back into services in the affected areas or used towards the ICB\u2019s "
          "deficit \u2013 the Director of Strategy and Partnerships stated that the whole "
          "saving would be reinvested, in the urgent treatment centre at Dunstow Market and in "
          "longer hours for the urgent community response team, and that none of it would be "
          "used to reduce the deficit."),
    ("b", "Members noted that the ICB had not yet reached a view on whether the proposals "
          "amounted to a substantial variation in services, and expressed the view that a "
          "change affecting three of the five units plainly did."),
    ("p", "Ms Hatherleigh thanked the Committee for its comments, which would be reported to "
          "the ICB Board on 20 November 2025."),
    ("resolved",),
    ("clause", "a", "the Committee considers that the proposed changes to overnight opening at "
                    "the Wrayburn, Skelbury and Tolborough minor injuries units constitute a "
                    "substantial variation in the provision of health services in the county;"),
    ("clause", "b", "the Committee responds formally to the consultation at its meeting on "
                    "24 February 2026;"),
    ("clause", "c", "the ICB be asked to hold evening consultation events in each affected town "
                    "and to publish the travel impact assessment before the consultation "
                    "opens; and"),
    ("clause", "d", "a report on the outcome of the consultation be brought to the Committee "
                    "before any decision is taken by the ICB Board."),

    # ------------------------------------------------------------------ 36/25
    ("h", "36/25", "Integrated Community Equipment Service \u2013 Recommissioning"),
    ("p", "County Councillor Jane Corrie, Cabinet Member for Adult Social Care and Health, "
          "introduced the report, which would be considered by Cabinet on 18 November 2025. "
          "The integrated community equipment service delivered, fitted, maintained and "
          "collected equipment such as hospital beds, hoists, pressure-relieving mattresses "
          "and bathing aids for around 19,000 people a year, so that they could leave hospital "
          "safely or remain in their own homes. It was funded through a pooled budget of "
          "\u00a37.4 million a year, to which the County Council contributed 55 per cent and "
          "the ICB 45 per cent, and had been provided since September 2019 by Vantora "
          "Healthcare Logistics Ltd under a contract that would end on 31 August 2026 with no "
          "further option to extend."),
    ("p", "Paul Devereux, Head of Commissioning (Adults and Health), outlined the three options "
          "that had been appraised: a competitive re-procurement of the service as a single "
          "contract; bringing the service in-house, either directly or through the "
          "Council\u2019s wholly owned company, Ormsworth Care Enterprises Ltd; or a joint "
          "arrangement with the neighbouring county of Lentmoor. The preferred option was "
          "re-procurement for five years with the option to extend for up to three more, with "
          "the specification strengthened in the light of lessons from the current contract. "
          "He drew attention to the recycling rate for returned equipment and to delivery "
          "performance, which were set out in appendix 2 to the report."),
    ("lead", "The Committee raised the following points:"),
    ("b", "Members questioned whether bringing the service back in-house had been given fair "
          "consideration, given that Vantora had missed the contract standard for delivery "
          "times in five of the last twelve months \u2013 the Head of Commissioning said that "
          "all three options had been scored against the same criteria; the in-house option "
          "scored well on control but would need start-up costs of around \u00a31.9 million "
          "for a depot, vehicles and a stock system, and performance had been within standard "
          "since June."),
    ("b", "County Councillor Fairclough-Innes was concerned that the Council did not know what "
          "profit the provider made from the contract, and asked that the open-book clause be "
          "used to find out. Mr Devereux replied that the clause had been exercised in 2024, "
          "when the margin was reported as 6.8 per cent; he would share the review with "
          "members in confidence."),
    ("b", "Long delays in collecting equipment that was no longer needed, with members citing "
          "families who had waited months for beds and hoists to be removed after a relative "
          "had moved into a care home or died."),
    ("b", "The Vice-Chair asked how the views of people who use the equipment, and of the "
          "occupational therapists who prescribe it, had shaped the draft specification "
          "\u2013 it was explained that 640 service users had responded to a survey during the "
          "summer and that the therapists\u2019 forum had helped to write the new service "
          "standards."),
    ("b", "County Councillor Osei asked what would happen to the staff working on the contract "
          "if another company won it. Mr Devereux confirmed that TUPE was expected to apply to "
          "the 58 staff employed on the contract and that bidders would be told this at the "
          "outset."),
    ("b", "A member commented that the recycling rate of 82 per cent compared well with other "
          "areas and should be written into the new contract as a minimum."),
    ("p", "County Councillor Whitbread, noting that the ICB contributed almost half of the "
          "pooled budget, sought clarification as to whether the ICB supported the preferred "
          "option. Owen Cradock confirmed on behalf of the ICB that its executive team had "
          "endorsed re-procurement on 30 September 2025 and that the ICB would be represented "
          "on the evaluation panel."),
    ("resolved",),
    ("clause", "a", "the report be noted;"),
    ("clause", "b", "it be recommended to Cabinet that re-procurement be supported as the "
                    "preferred option for the integrated community equipment service, provided "
                    "that the new contract includes firm standards and financial penalties for "
                    "the collection of equipment that is no longer needed, and requires "
                    "performance to be published quarterly; and"),
    ("clause", "c", "the Head of Commissioning (Adults and Health) be requested to circulate the "
                    "2024 open-book review to members of the Committee in confidence."),

    # ------------------------------------------------------------------ 37/25
    ("h", "37/25", "Drug and Alcohol Treatment and Recovery Service \u2013 Annual Report "
                   "2024/25"),
    ("note", "County Councillor Fairclough-Innes, having declared an interest (minute 32/25), "
             "left the room during consideration of this item."),
    ("p", "Dr Amara Nwosu, Director of Public Health, introduced the annual report of Pathway "
          "Ormsworth, the county\u2019s adult drug and alcohol treatment and recovery service, "
          "which was delivered by the charity Turning Tide Recovery under a contract funded "
          "from the public health grant. Rachel Okonedo, Public Health Consultant, highlighted "
          "that 2,310 adults had been in structured treatment during 2024/25, an increase of "
          "9 per cent on the previous year, and that the service had opened a new hub in "
          "Tolborough in May. Successful completions among alcohol-only clients were above the "
          "national average at 38 per cent, but among opiate users remained low at 4.9 per "
          "cent. There had been 41 drug-related deaths registered in the county in 2024, "
          "compared with 33 in 2023."),
    ("p", "County Councillor Makepeace asked why the completion rate for opiate users was so "
          "far below that for alcohol clients, and whether comparable rural counties did "
          "better. The Director of Public Health replied that Ormsworth had an older group of "
          "opiate users than most areas, many of whom had been in treatment for more than ten "
          "years, and that the service had appointed two recovery coordinators in 2025 to work "
          "with this group. Comparable counties had similar rates."),
    ("p", "Concerns were expressed about the rise in drug-related deaths. Ms Okonedo explained "
          "that around two thirds of those who died had not been in contact with treatment "
          "services in the previous year, and that naloxone had been supplied to 1,150 people "
          "in 2024/25, including family members and hostel staff."),
    ("lead", "Members went on to raise the following:"),
    ("b", "the availability of residential rehabilitation places, and whether the "
          "\u00a3410,000 set aside for them was enough \u2013 officers confirmed that there was "
          "no waiting list at present but that the budget was fully committed for the rest of "
          "the year;"),
    ("b", "the lack of coordinated support for people with both a mental health condition and "
          "a drug or alcohol problem, which several members had heard about from families in "
          "their divisions;"),
    ("b", "whether the contract with Turning Tide Recovery, which runs until March 2027, would "
          "be extended or re-tendered, and what part people in recovery would play in that "
          "decision \u2013 the Director of Public Health explained that Cabinet would decide on "
          "the extension option in summer 2026 and that members of the peer-led recovery forum "
          "would sit on any evaluation panel;"),
    ("b", "a request from County Councillor Ellwood for alcohol-related hospital admissions to "
          "be broken down by district \u2013 the Director of Public Health agreed to provide "
          "this before the next meeting."),
    ("resolved",),
    ("clause", "a", "the annual report of Pathway Ormsworth for 2024/25 be noted;"),
    ("clause", "b", "the Committee\u2019s thanks be passed to the staff, volunteers and peer "
                    "mentors of the service; and"),
    ("clause", "c", "the Director of Public Health be requested to report to a future meeting "
                    "on support for people with co-occurring mental health and substance "
                    "misuse needs."),

    # ------------------------------------------------------------------ 38/25
    ("h", "38/25", "Work Programme 2025/26"),
    ("p", "Kirsty Lomax, Democratic Services Officer, presented the Committee\u2019s work "
          "programme for the remainder of the municipal year, which had been updated following "
          "the informal planning session on 23 September 2025. In discussion:"),
    ("b", "County Councillor Pryderi asked that the ICB\u2019s winter plan and ambulance "
          "handover delays be considered at the December meeting \u2013 the Chair agreed, and "
          "it was noted that the ICB had already offered to attend."),
    ("b", "County Councillor Tennant proposed that a task group be set up to look at access to "
          "NHS dentistry in the north of the county, where he said no practice had taken on "
          "new adult NHS patients for over two years. It was agreed that the scope would be "
          "discussed at the next informal planning session."),
    ("b", "A member suggested that the Quality Account of Ormsworth Community Health NHS Trust "
          "be brought to the Committee earlier in the year, so that its comments could be "
          "included in the published document."),
    ("p", "The work programme for 2025/26 was agreed, subject to the changes above."),

    # ------------------------------------------------------------------ 39/25
    ("h", "39/25", "Date of Next Meeting"),
    ("p", "The next meeting of the Committee will be held on Tuesday, 9 December 2025 at "
          "10.00 am in the Council Chamber, County Hall, Harnwick."),
    ("close", "The meeting commenced at 10.00 am and closed at 1.25 pm."),
    ("sign",),
    ("actions", [
        ("Circulate the ambulance handover figures supplied by the ICB (minute 33/25)",
         "Democratic Services Officer", "24 October 2025"),
        ("Send Mr Pannell a written reply on night-time transport (minute 34/25)",
         "Director of Strategy and Partnerships, ICB", "31 October 2025"),
        ("Publish the travel impact assessment for the MIU proposals (minute 35/25)",
         "ICB", "Before 3 November 2025"),
        ("Circulate the 2024 open-book findings in confidence (minute 36/25)",
         "Head of Commissioning (Adults and Health)", "7 November 2025"),
        ("Alcohol-related admissions by district (minute 37/25)",
         "Director of Public Health", "9 December 2025"),
        ("ICB winter plan and handover delays added to the December agenda (minute 38/25)",
         "Democratic Services Officer", "Complete"),
        ("Scope of a dentistry task group for the next planning session (minute 38/25)",
         "Chair / Democratic Services Officer", "January 2026"),
    ]),
]


# ---------------------------------------------------------------------------
# The agenda front sheet for the next meeting (Word, not minutes)
# ---------------------------------------------------------------------------

AGENDA_MEMBERS = (
    "County Councillors Patricia Aldred (Chair), Rhys Tennant (Vice-Chair), Colin Bramall, "
    "Deborah Fairclough-Innes, Brian Fortescue, Hilary Makepeace, Nathaniel Osei, Sian Pryderi, "
    "Gurpreet Sandhu and Alan Whitbread")
AGENDA_COOPTED = (
    "District Councillor Ewan Caldicott (North Ormsworth District Council), District Councillor "
    "Janet Moorcroft (Harnwick District Council) and Borough Councillor Vikram Rao (Dunstow "
    "Market Borough Council)")

AGENDA_ITEMS = [
    ("1", "Apologies for Absence and Substitutions",
     "To receive apologies for absence and notification of any substitute members.", ""),
    ("2", "Declarations of Interest",
     "Members are reminded to declare any registrable or non-registrable interest in a matter "
     "on the agenda, in accordance with the Members\u2019 Code of Conduct. A member who is "
     "unsure whether an interest should be declared is advised to seek guidance from the "
     "Monitoring Officer before the meeting.", ""),
    ("3", "Minutes of the Meeting held on 14 October 2025",
     "To confirm as a correct record the minutes of the meeting held on 14 October 2025.",
     "5 \u2013 14"),
    ("4", "Public Questions",
     "To receive any questions submitted by members of the public under the Committee\u2019s "
     "procedure (see the notes below). None had been received at the time this agenda was "
     "published.", ""),
    ("5", "NHS Winter Plan 2025/26 and Ambulance Handover Delays",
     "Report of the Director of Strategy and Partnerships, Ormsworth and Lentmoor Integrated "
     "Care Board. The report describes the local health and care system\u2019s plans for the "
     "winter period, including 46 additional community beds, the expansion of the urgent "
     "community response service to cover evenings, the flu and COVID-19 vaccination "
     "programmes for staff and residents, and the actions agreed with the ambulance trust to "
     "reduce handover delays at Harnwick General Hospital. Representatives of the ICB, "
     "Harnwick and Wrayburn Hospitals NHS Foundation Trust and the ambulance service will "
     "attend.", "15 \u2013 38"),
    ("6", "Hospital Discharge and the Discharge to Assess Model",
     "Joint report of the Executive Director of Adult Services and the Director of Strategy "
     "and Partnerships, ICB. The report sets out performance in discharging people from "
     "hospital since the new discharge to assess arrangements began in April 2025, the use of "
     "short-term care home beds, the number of people waiting in hospital for a package of "
     "care at home, and the Better Care Fund schemes which support discharge.",
     "39 \u2013 60"),
    ("7", "Minor Injuries Units \u2013 Overnight Opening: Consultation Progress",
     "Verbal update from the ICB on the public consultation which opened on 3 November 2025 "
     "and closes on 26 January 2026, including the number of responses received to date, the "
     "events held in Wrayburn, Skelbury and Tolborough and the travel impact assessment.",
     "Verbal"),
    ("8", "Ormsworth Community Health NHS Trust \u2013 Quality Account 2025/26: Mid-Year "
          "Position",
     "Report of the Chief Nurse, Ormsworth Community Health NHS Trust, setting out progress "
     "against the Trust\u2019s three quality priorities for 2025/26: pressure ulcer "
     "prevention in community nursing, waiting times for children\u2019s therapy services and "
     "the experience of patients in the Trust\u2019s community hospitals. The mid-year "
     "position is presented earlier than in previous years so that the Committee\u2019s "
     "comments can inform the final Quality Account.", "61 \u2013 72"),
    ("9", "Work Programme 2025/26",
     "Report of the Democratic Services Officer, setting out the Committee\u2019s work "
     "programme for the remainder of the municipal year and the draft scope of a task group on "
     "access to NHS dentistry in the north of the county.", "73 \u2013 80"),
    ("10", "Date of Next Meeting",
     "Tuesday, 24 February 2026 at 10.00 am in the Council Chamber, County Hall, Harnwick.",
     ""),
]

AGENDA_NOTES = [
    ("Webcasting and recording",
     "This meeting will be broadcast live on the County Council\u2019s website and the "
     "recording will remain available for twelve months. The Chair will confirm at the start "
     "of the meeting that it is being webcast. Members of the public attending the meeting may "
     "be filmed if they speak; anyone who does not wish to be filmed should sit in the area of "
     "the public gallery marked for that purpose. Members of the public and the press may also "
     "film or record the meeting, provided that they do so without disruption and do not film "
     "anyone who has asked not to be filmed."),
    ("Questions from the public",
     "Any person who lives, works or studies in Ormsworth may submit one question on a matter "
     "within the Committee\u2019s remit. Questions must be sent in writing to Democratic "
     "Services by 12 noon on Wednesday, 3 December 2025 and must not exceed 150 words. The "
     "questioner will be invited to read out the question at the meeting and may, at the "
     "discretion of the Chair, ask one supplementary question arising from the reply. A "
     "maximum of 20 minutes is set aside for public questions at each meeting."),
    ("Substitute members",
     "A member of the Committee who is unable to attend may arrange for a substitute from the "
     "same political group. Democratic Services should be told of any substitution before the "
     "start of the meeting."),
    ("Access to the meeting",
     "County Hall is accessible by wheelchair from the Castle Street entrance, and a hearing "
     "loop is available in the Council Chamber. If you need this agenda in large print, in "
     "another language or in another format, please contact Democratic Services. Parking at "
     "County Hall is limited; the nearest public car park is at Market Yard, Harnwick, about "
     "five minutes\u2019 walk away, and the 21 and 36 bus routes stop outside."),
    ("Fire and evacuation",
     "If the fire alarm sounds, please leave the building by the nearest signed exit and "
     "gather at the assembly point in the rear car park. Do not use the lifts. Staff will help "
     "anyone who needs assistance."),
]


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------

def _add_field(run, instr: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instr} "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, text, sep, shown, end):
        run._r.append(el)


def _fixed_zip(data: bytes, when) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _new_document():
    from docx import Document
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    for name, size in (("Heading 1", 12), ("Heading 2", 11)):
        st = doc.styles[name]
        st.font.name = "Arial"
        st.font.size = Pt(size)
        st.font.bold = True
        st.font.italic = False
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.paragraph_format.space_before = Pt(14)
        st.paragraph_format.space_after = Pt(6)
    lb = doc.styles["List Bullet"]
    lb.font.name = "Arial"
    lb.font.size = Pt(11)
    lb.paragraph_format.space_after = Pt(4)
    return doc


def _footer_page(doc, left_text: str) -> None:
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run(left_text + "\tPage ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    _add_field(r, "PAGE")


def _title_table(doc, rows, heading: str):
    """A two-column title block: the council's name across the top, then label/value rows."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    t = doc.add_table(rows=len(rows) + 1, cols=2)
    t.style = doc.styles["Table Grid"]
    top = t.cell(0, 0).merge(t.cell(0, 1))
    _shade(top, "1F3864")
    p = top.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("ORMSWORTH COUNTY COUNCIL")
    r.bold = True
    r.font.size = Pt(15)
    from docx.shared import RGBColor
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    p2 = top.add_paragraph()
    p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p2.add_run(heading)
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for i, (label, value) in enumerate(rows, start=1):
        a, b = t.cell(i, 0), t.cell(i, 1)
        a.width, b.width = Cm(3.4), Cm(13.0)
        _shade(a, "D9E2F3")
        a.paragraphs[0].add_run(label).bold = True
        b.paragraphs[0].add_run(value)
    doc.add_paragraph()
    return t


def _save(doc, path: Path, title: str, when, zip_time, author: str) -> None:
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.revision = 3
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue(), zip_time))


def build_minutes(path: Path) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = _new_document()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Health Overview and Scrutiny Committee \u2013 14 October 2025")
    r.font.size = Pt(8)
    r.italic = True
    _footer_page(doc, "Minutes \u2013 subject to confirmation at the next meeting")

    _title_table(doc, [
        ("Meeting", "Health Overview and Scrutiny Committee"),
        ("Date", "Tuesday, 14 October 2025"),
        ("Time", "10.00 am"),
        ("Venue", "Council Chamber, County Hall, Castle Street, Harnwick HN1 2QA"),
    ], "MINUTES")

    def para(text="", bold=False, italic=False, left=0.0, hang=0.0, after=None):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        if left:
            pf.left_indent = Cm(left)
        if hang:
            pf.first_line_indent = Cm(-hang)
        if after is not None:
            pf.space_after = Pt(after)
        if text:
            run = p.add_run(text)
            run.bold = bold
            run.italic = italic
        return p

    for block in MINUTES:
        kind = block[0]
        if kind == "label":
            _, label, text = block
            p = para()
            p.paragraph_format.left_indent = Cm(2.5)
            p.paragraph_format.first_line_indent = Cm(-2.5)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(2.5))
            p.add_run(label).bold = True
            p.add_run("\t" + text)
        elif kind == "plabel":
            para(block[1], bold=True, after=2)
        elif kind == "att":
            _, name, post = block
            para(f"{name} \u2013 {post}", left=1.0, after=0)
        elif kind == "h":
            _, number, title = block
            doc.add_paragraph(f"{number}\t{title}", style="Heading 1")
        elif kind == "p":
            para(block[1])
        elif kind == "quote":
            p = para(block[1], italic=True, left=1.0)
            p.paragraph_format.right_indent = Cm(1.0)
        elif kind == "note":
            para(block[1], italic=True)
        elif kind == "lead":
            para(block[1])
        elif kind == "b":
            doc.add_paragraph(block[1], style="List Bullet")
        elif kind == "resolved":
            p = para(after=4)
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.keep_with_next = True
            p.add_run("Resolved \u2013 That:").bold = True
        elif kind == "clause":
            _, letter, text = block
            p = para(left=1.0, hang=1.0, after=4)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
            p.add_run(f"({letter})\t{text}")
        elif kind == "close":
            para()
            para(block[1], italic=True)
        elif kind == "sign":
            para()
            para("Chair ...............................................          "
                 "Date ..............................")
        elif kind == "actions":
            rows = block[1]
            p = para()
            p.paragraph_format.space_before = Pt(18)
            p.paragraph_format.keep_with_next = True
            r = p.add_run("Actions arising")
            r.bold = True
            r.font.size = Pt(12)
            t = doc.add_table(rows=len(rows) + 1, cols=3)
            t.style = doc.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = (Cm(9.0), Cm(4.6), Cm(2.8))
            for j, head in enumerate(("Action", "Responsible", "By when")):
                c = t.cell(0, j)
                c.width = widths[j]
                _shade(c, "D9E2F3")
                c.paragraphs[0].add_run(head).bold = True
            for i, row in enumerate(rows, start=1):
                for j, value in enumerate(row):
                    c = t.cell(i, j)
                    c.width = widths[j]
                    run = c.paragraphs[0].add_run(value)
                    run.font.size = Pt(10)
        else:
            raise ValueError(kind)

    _save(doc, path, "Health Overview and Scrutiny Committee - 14 October 2025 - Minutes",
          FIXED_MINUTES, ZIP_TIME_MINUTES, "Kirsty Lomax")


def build_agenda(path: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = _new_document()
    _footer_page(doc, "Health Overview and Scrutiny Committee \u2013 9 December 2025")

    _title_table(doc, [
        ("Meeting", "Health Overview and Scrutiny Committee"),
        ("Date", "Tuesday, 9 December 2025"),
        ("Time", "10.00 am"),
        ("Venue", "Council Chamber, County Hall, Castle Street, Harnwick HN1 2QA"),
        ("Contact", "Kirsty Lomax, Democratic Services Officer\n"
                    "Tel: 01846 502 317\n"
                    "democratic.services@ormsworth.example.gov.uk"),
    ], "AGENDA")

    def para(text="", bold=False, italic=False, size=None, after=None, align=None):
        p = doc.add_paragraph()
        if after is not None:
            p.paragraph_format.space_after = Pt(after)
        if align is not None:
            p.alignment = align
        if text:
            r = p.add_run(text)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
        return p

    p = para()
    p.add_run("To: ").bold = True
    p.add_run("The Chair and Members of the Health Overview and Scrutiny Committee")
    p = para()
    p.add_run("Membership: ").bold = True
    p.add_run(AGENDA_MEMBERS + ".")
    p = para()
    p.add_run("Co-opted Members (non-voting): ").bold = True
    p.add_run(AGENDA_COOPTED + ".")
    para("You are invited to attend a meeting of the Health Overview and Scrutiny Committee, "
         "to be held in the Council Chamber, County Hall, Harnwick on Tuesday, 9 December 2025 "
         "at 10.00 am, for the transaction of the business set out below.")
    para("Fenella Gaunt", bold=True, after=0)
    para("Director of Law and Governance and Monitoring Officer", after=0)
    para("County Hall, Harnwick", after=0)
    para("Published: Monday, 1 December 2025")

    doc.add_paragraph("Agenda", style="Heading 1")
    t = doc.add_table(rows=len(AGENDA_ITEMS) + 1, cols=3)
    t.style = doc.styles["Table Grid"]
    widths = (Cm(1.4), Cm(12.6), Cm(2.4))
    for j, head in enumerate(("Item", "Business", "Pages")):
        c = t.cell(0, j)
        c.width = widths[j]
        _shade(c, "D9E2F3")
        c.paragraphs[0].add_run(head).bold = True
    for i, (num, title, text, pages) in enumerate(AGENDA_ITEMS, start=1):
        a, b, c = t.cell(i, 0), t.cell(i, 1), t.cell(i, 2)
        for cell, w in zip((a, b, c), widths):
            cell.width = w
        a.paragraphs[0].add_run(num + ".").bold = True
        b.paragraphs[0].add_run(title).bold = True
        d = b.add_paragraph(text)
        d.runs[0].font.size = Pt(10)
        c.paragraphs[0].add_run(pages)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph("Notes for members of the public", style="Heading 1")
    for title, text in AGENDA_NOTES:
        doc.add_paragraph(title, style="Heading 2")
        para(text)
    para()
    para("This agenda and the reports listed are available on the County Council\u2019s "
         "website and may be inspected at County Hall between 9.00 am and 5.00 pm on "
         "weekdays.", italic=True, size=9)

    _save(doc, path, "Health Overview and Scrutiny Committee - 9 December 2025 - Agenda",
          FIXED_AGENDA, ZIP_TIME_AGENDA, "Kirsty Lomax")


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def res(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


DSP = "Director of Strategy and Partnerships"
DPH = "Director of Public Health"
HOC = "Head of Commissioning"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health Overview and Scrutiny Committee",
    "meeting_date": "2025-10-14",
    "items": [
        {"number": "31/25", "title": "Apologies for Absence and Substitutions"},
        {"number": "32/25", "title": "Declarations of Interest"},
        {"number": "33/25", "title": "Minutes of the Meeting held on 2 September 2025"},
        {"number": "34/25", "title": "Public Questions"},
        {"number": "35/25", "title": "Minor Injuries Units \u2013 Review of Overnight Opening"},
        {"number": "36/25",
         "title": "Integrated Community Equipment Service \u2013 Recommissioning"},
        {"number": "37/25",
         "title": "Drug and Alcohol Treatment and Recovery Service \u2013 Annual Report 2024/25"},
        {"number": "38/25", "title": "Work Programme 2025/26"},
        {"number": "39/25", "title": "Date of Next Meeting"},
    ],
    "questions": [
        # 33/25 matters arising
        q("33/25", "question",
          "asked whether the ambulance handover figures for Harnwick General Hospital",
          "County Councillor Tennant",
          "the ICB had supplied the figures on 10 October 2025",
          "Democratic Services Officer", []),
        # 34/25 public questions
        q("34/25", "question",
          "Will the ICB say when it will reopen at night",
          "Mr Geoffrey Pannell",
          "the overnight closure had been made because the unit could not be staffed safely",
          "Fiona Hatherleigh", ["patient-and-public-input"]),
        q("34/25", "question",
          "asked how people without a car were expected to reach Harnwick",
          "Mr Pannell",
          "NHS 111 could arrange transport where a clinician judged it necessary",
          "Ms Hatherleigh", []),
        # 35/25 minor injuries units
        q("35/25", "question",
          "questioned how the overnight attendance figures had been arrived at",
          None,
          "the Wrayburn figures were taken from the twelve months before the temporary closure",
          "Mr Cradock", []),
        q("35/25", "concern",
          "journeys of up to 55 minutes by car to Harnwick or Dunstow Market",
          None,
          "a travel impact assessment would be published alongside the consultation document",
          DSP, []),
        q("35/25", "question",
          "asked whether the ambulance service had been consulted on the likely effect",
          None,
          "the ambulance trust had taken part in the clinical review",
          "Dr Sanjay Mehrotra", []),
        q("35/25", "concern",
          "was worried that the proposals would simply move pressure on to the emergency department",
          "County Councillor Pryderi",
          "Most people from the affected areas who needed care at night already went",
          "Dr Sanjay Mehrotra", []),
        q("35/25", "request",
          "requested that consultation events be held in each of the affected towns",
          "Vice-Chair",
          "agreed to both requests and added that an easy-read version",
          "Ms Hatherleigh", ["patient-and-public-input"]),
        q("35/25", "comment",
          "the nursing staff at the Skelbury unit were highly regarded",
          "County Councillor Bramall",
          "no redundancies were proposed and that the nurses affected would be offered",
          None, ["workforce"]),
        q("35/25", "question",
          "Whether the saving of \u00a31.1 million a year identified in the report",
          None,
          "the whole saving would be reinvested, in the urgent treatment centre",
          DSP, ["finance"]),
        q("35/25", "comment",
          "expressed the view that a change affecting three of the five units",
          None, None, None, ["governance"]),
        # 36/25 community equipment
        q("36/25", "question",
          "questioned whether bringing the service back in-house had been given fair consideration",
          None,
          "all three options had been scored against the same criteria",
          HOC, ["privatisation", "subcontracting"]),
        q("36/25", "concern",
          "was concerned that the Council did not know what profit the provider made",
          "County Councillor Fairclough-Innes",
          "the clause had been exercised in 2024, when the margin was reported",
          "Mr Devereux", ["privatisation", "subcontracting", "finance"]),
        q("36/25", "concern",
          "Long delays in collecting equipment that was no longer needed",
          None, None, None, ["adult-social-care"]),
        q("36/25", "question",
          "asked how the views of people who use the equipment",
          "Vice-Chair",
          "640 service users had responded to a survey during the summer",
          None, ["patient-and-public-input"]),
        q("36/25", "question",
          "asked what would happen to the staff working on the contract",
          "County Councillor Osei",
          "TUPE was expected to apply to the 58 staff employed",
          "Mr Devereux", ["workforce", "subcontracting"]),
        q("36/25", "comment",
          "the recycling rate of 82 per cent compared well with other areas",
          None, None, None, ["subcontracting"]),
        q("36/25", "question",
          "sought clarification as to whether the ICB supported the preferred option",
          "County Councillor Whitbread",
          "its executive team had endorsed re-procurement on 30 September 2025",
          "Owen Cradock", ["integration", "subcontracting"]),
        # 37/25 drug and alcohol services
        q("37/25", "question",
          "asked why the completion rate for opiate users was so far below",
          "County Councillor Makepeace",
          "Ormsworth had an older group of opiate users than most areas",
          DPH, ["public-health"]),
        q("37/25", "concern",
          "Concerns were expressed about the rise in drug-related deaths",
          None,
          "two thirds of those who died had not been in contact",
          "Ms Okonedo", ["public-health"]),
        q("37/25", "question",
          "the availability of residential rehabilitation places, and whether the",
          None,
          "no waiting list at present but that the budget was fully committed",
          None, ["public-health", "finance"]),
        q("37/25", "concern",
          "the lack of coordinated support for people with both a mental health condition",
          None, None, None, ["mental-health", "public-health"]),
        q("37/25", "question",
          "whether the contract with Turning Tide Recovery, which runs until March 2027",
          None,
          "members of the peer-led recovery forum would sit on any evaluation panel",
          DPH, ["subcontracting", "patient-and-public-input", "public-health"]),
        q("37/25", "request",
          "for alcohol-related hospital admissions to be broken down by district",
          "County Councillor Ellwood",
          "agreed to provide this before the next meeting",
          DPH, ["public-health"]),
        # 38/25 work programme
        q("38/25", "request",
          "asked that the ICB's winter plan and ambulance handover delays be considered",
          "County Councillor Pryderi",
          "the Chair agreed, and it was noted that the ICB had already offered",
          "Chair", []),
        q("38/25", "request",
          "proposed that a task group be set up to look at access",
          "County Councillor Tennant",
          "the scope would be discussed at the next informal planning session",
          None, ["primary-care", "governance"]),
        q("38/25", "request",
          "suggested that the Quality Account of Ormsworth Community Health NHS Trust",
          None, None, None, []),
    ],
    "resolutions": [
        res("33/25", "were confirmed as a correct record and signed by the Chair",
            "agreed", []),
        res("35/25", "constitute a substantial variation in the provision of health services",
            "agreed", ["governance", "patient-and-public-input"]),
        res("36/25", "it be recommended to Cabinet that re-procurement be supported as the "
                     "preferred option", "recommended", ["subcontracting"]),
        res("37/25", "report to a future meeting on support for people with co-occurring",
            "agreed", ["public-health", "mental-health"]),
        res("38/25", "The work programme for 2025/26 was agreed, subject to the changes above",
            "agreed", []),
    ],
    "attendees": [
        att("Patricia Aldred", "Chair", "present"),
        att("Rhys Tennant", "Vice-Chair", "present"),
        att("Colin Bramall", None, "present"),
        att("Tom Ellwood", None, "present"),
        att("Deborah Fairclough-Innes", None, "present"),
        att("Hilary Makepeace", None, "present"),
        att("Nathaniel Osei", None, "present"),
        att("Sian Pryderi", None, "present"),
        att("Alan Whitbread", None, "present"),
        att("District Councillor Janet Moorcroft", "Harnwick District Council", "present"),
        att("Borough Councillor Vikram Rao", "Dunstow Market Borough Council", "present"),
        att("County Councillor Gurpreet Sandhu", None, "apologies"),
        att("District Councillor Ewan Caldicott", "North Ormsworth District Council",
            "apologies"),
        att("County Councillor Brian Fortescue", None, "absent"),
        att("County Councillor Jane Corrie", "Cabinet Member for Adult Social Care and Health",
            "in_attendance"),
        att("Lisa Tremain", "Executive Director of Adult Services", "in_attendance"),
        att("Dr Amara Nwosu", DPH, "in_attendance"),
        att("Paul Devereux", "Head of Commissioning (Adults and Health)", "in_attendance"),
        att("Rachel Okonedo", "Public Health Consultant", "in_attendance"),
        att("Brenda Cottle", "Chief Officer, Healthwatch Ormsworth", "in_attendance"),
        att("Kirsty Lomax", "Democratic Services Officer", "in_attendance"),
        att("Fiona Hatherleigh",
            "Director of Strategy and Partnerships, Ormsworth and Lentmoor Integrated Care "
            "Board (ICB)", "in_attendance"),
        att("Owen Cradock", "Head of Urgent and Emergency Care, Ormsworth and Lentmoor ICB",
            "in_attendance"),
        att("Dr Sanjay Mehrotra", "Medical Director, Ormsworth Community Health NHS Trust",
            "in_attendance"),
    ],
}

AGENDA_GOLD = {"document": AGENDA_NAME, "doc_type": "agenda"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_agenda(DOCS / AGENDA_NAME)
    for gold in (MINUTES_GOLD, AGENDA_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def extract(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".txt":
        return path.read_text(encoding="utf-8")
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
        from html.parser import HTMLParser

        class _Text(HTMLParser):
            def __init__(self):
                super().__init__()
                self.parts = []

            def handle_data(self, data):
                self.parts.append(data)

        h = _Text()
        h.feed(path.read_text(encoding="utf-8"))
        return " ".join(h.parts)
    raise ValueError(path)


def norm_delete(s: str) -> str:
    s = re.sub(r"[^\w\s]", "", s.lower())
    return " ".join(s.split())


def norm_space(s: str) -> str:
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return " ".join(s.split())


def count(phrase: str, text: str, norm) -> int:
    p, t = norm(phrase), norm(text)
    return len(re.findall(r"(?<!\w)" + re.escape(p) + r"(?!\w)", t))


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("qy-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            problems += 1
            continue
        text = extract(doc)
        if gold["doc_type"] != "minutes":
            print(f"ok   {doc.name}: {gold['doc_type']}, {len(text.split())} words")
            continue
        item_numbers = {i["number"] for i in gold["items"]}
        phrases = []
        for row in gold["questions"]:
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
            elif row["given_by"]:
                print(f"FAIL {doc.name}: given_by without an answer: {row['text']!r}")
                problems += 1
        for row in gold["resolutions"]:
            phrases.append(("resolution", row["text"]))
        for row in gold["questions"] + gold["resolutions"]:
            if row["item"] not in item_numbers:
                print(f"FAIL {doc.name}: unknown item {row['item']!r}")
                problems += 1
            bad = set(row["themes"]) - THEMES
            if bad:
                print(f"FAIL {doc.name}: unknown themes {sorted(bad)}")
                problems += 1
        for kind, phrase in phrases:
            words = len(norm_delete(phrase).split())
            for norm in (norm_delete, norm_space):
                n = count(phrase, text, norm)
                if n != 1:
                    print(f"FAIL {doc.name}: {kind} found {n} times ({norm.__name__}): {phrase!r}")
                    problems += 1
            if not 6 <= words <= 15:
                print(f"FAIL {doc.name}: {kind} has {words} words: {phrase!r}")
                problems += 1
        for row in gold["items"]:
            if count(row["number"] + " " + row["title"], text, norm_space) < 1:
                print(f"FAIL {doc.name}: item heading not found: {row['number']} {row['title']}")
                problems += 1
        answered = sum(1 for r in gold["questions"] if r["answer"])
        print(f"ok   {doc.name}: {len(text.split())} words, {len(phrases)} phrases checked, "
              f"{len(gold['items'])} items, {len(gold['questions'])} questions "
              f"({answered} answered), {len(gold['resolutions'])} resolutions, "
              f"{len(gold['attendees'])} attendees")
    if problems:
        print(f"{problems} problem(s)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / AGENDA_NAME}\ngold in {GOLD}")
