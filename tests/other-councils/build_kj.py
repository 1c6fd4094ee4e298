#!/usr/bin/env python3
"""Build the "kj-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_kj.py           build documents/kj-* and gold/kj-*.json
        build_kj.py --check   verify every gold phrase occurs once in its document
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
FIXED = dt.datetime(2025, 3, 24, 9, 30, 0, tzinfo=dt.timezone.utc)

MINUTES_NAME = "kj-stonemouth-housing-community-services-scrutiny-panel-2025-03-20.pdf"
OTHER_NAME = "kj-stonemouth-housing-community-services-panel-action-log-2024-25.docx"

COMMITTEE = "Housing and Community Services Scrutiny Panel"
DATE_LONG = "Thursday 20 March 2025"

# --------------------------------------------------------------------------------------
# The minutes
# --------------------------------------------------------------------------------------
# Blocks: ("title", text) ("date", text) ("label", text) ("p", text) ("item", no, title)
#         ("alist", [points]) ("nlist", [points]) ("table", [rows]) ("italic", text)

MINUTES = [
    ("title", COMMITTEE),
    ("date", DATE_LONG),
    ("label", "PRESENT:"),
    ("p", "Councillor Penhallow, in the Chair."),
    ("p", "Councillor Mrs Veale, Vice Chair."),
    ("p", "Councillors Ashworth, Bassett, Carne (substitute for Councillor Doidge), "
          "Fairweather, Gwynn, Kitto, Nankivell and Rowe."),
    ("p", "Apologies for absence: Councillors Doidge and Lanyon."),
    ("p", "Also in attendance: Councillor Trelawny (Cabinet Member for Housing, Cooperative "
          "Development and Communities), Councillor Sandercock (Cabinet Member for Community "
          "Safety, Libraries and Events), Gareth Polglase (Service Director for Community "
          "Connections), Karen Spargo (Head of Housing Options and Homelessness), Jonathan "
          "Moyle (Private Sector Housing Manager), Sarah Keast (Chief Executive, Stonemouth "
          "Community Homes), Ian Roskilly (Director of Property Services, Stonemouth "
          "Community Homes), Superintendent Rachel Mewton (Western Peninsula Police), Louise "
          "Pascoe (Community Safety Partnership Manager), Tom Chenoweth (Community "
          "Empowerment Lead) and Elliot Nance (Democratic Advisor)."),
    ("p", "The meeting started at 2.00 pm and finished at 5.07 pm."),
    ("italic", "Note: At a future meeting, the Panel will consider the accuracy of these draft "
               "minutes, so they may be subject to change. Please check the minutes of that "
               "meeting to confirm whether these minutes have been amended."),

    ("item", "52", "Declarations of Interest"),
    ("p", "The following declarations of interest were made by Councillors in accordance with "
          "the code of conduct in relation to items under consideration at this meeting:"),
    ("table", [
        ["Name", "Minute Number", "Reason", "Interest"],
        ["Councillor Kitto", "55", "Member of the Board of Stonemouth Community Homes",
         "Personal"],
        ["Councillor Rowe", "58", "Trustee of Westhoe Community Larder, a recipient of a "
         "community grant", "Personal"],
    ]),

    ("item", "53", "Minutes"),
    ("p", "The Panel agreed the minutes of the meeting held on 16 January 2025 as a correct "
          "record."),

    ("item", "54", "Chair's Urgent Business"),
    ("p", "The Chair informed the Panel that the draft Stonemouth Housing Plan 2025-2030, which "
          "had been expected at this meeting, would now be considered on 19 June 2025 so that "
          "the results of the tenant and resident survey could be included. The Chair also "
          "thanked Councillor Lanyon, who was standing down from the Panel, for her "
          "contribution over the past four years."),

    ("item", "55", "Damp and Mould in Social Housing: Stonemouth Community Homes Update"),
    ("p", "Sarah Keast (Chief Executive, Stonemouth Community Homes) introduced the item and "
          "highlighted:"),
    ("alist", [
        "Stonemouth Community Homes (SCH) owned and managed approximately 15,600 homes across "
        "the city and had received 2,184 reports of damp, mould or condensation in the twelve "
        "months to January 2025, an increase of 38 per cent on the previous year;",
        "the increase was largely attributed to a campaign encouraging tenants to report "
        "problems early, and to the creation of a dedicated damp and mould team of 14 "
        "surveyors and operatives in April 2024;",
        "Awaab's Law would apply to social landlords from October 2025 and would require "
        "landlords to investigate reported hazards within fixed timescales and to carry out "
        "emergency repairs within 24 hours;",
        "SCH had invested £4.2 million in ventilation, insulation and window replacement in "
        "the current financial year and a further £6 million had been allocated in its "
        "2025/26 capital programme;",
        "the average time taken to complete a damp and mould repair had fallen from 67 days "
        "to 29 days, although 212 cases had been open for more than 90 days.",
    ]),
    ("p", "Councillor Gwynn joined the meeting at 2.20 pm during the introduction of this item."),
    ("p", "Members discussed:"),
    ("alist", [
        "concerns that some tenants had been told by SCH staff that mould in their homes was "
        "caused by their lifestyle, such as drying clothes indoors, and had been reluctant to "
        "report problems again; Sarah Keast apologised on behalf of SCH, confirmed that "
        "this language had been removed from all staff guidance and said that every surveyor "
        "had since completed training on the causes of damp and mould;",
        "whether SCH would have sufficient surveyors in post to meet the timescales required "
        "by Awaab's Law from October 2025; Ian Roskilly advised that four further posts had "
        "been recruited to and two apprentice surveyors were in training, but that the "
        "national shortage of qualified surveyors remained a risk on the SCH risk register;",
        "the condition of the system-built blocks at Carrow Heights, where residents had "
        "reported persistent condensation for several years; Members were informed that an "
        "independent stock condition survey of the blocks had been commissioned and would "
        "report in the summer;",
        "the need for SCH to communicate more clearly with tenants who were waiting for works, "
        "as several Members had been contacted by residents who had heard nothing after an "
        "initial inspection;",
        "the help available to tenants who could not afford to heat their homes adequately; "
        "Ian Roskilly explained that SCH funded two energy advisers who worked alongside the "
        "Council's Energy Advice Service and could help tenants apply for the Household "
        "Support Fund.",
    ]),
    ("p", "Councillor Fairweather asked whether the Council, as the strategic housing "
          "authority, had any powers to intervene where a registered provider was failing to "
          "deal with damp and mould. Gareth Polglase (Service Director for Community "
          "Connections) explained that the Regulator of Social Housing and the Housing "
          "Ombudsman were responsible for the oversight of registered providers. The "
          "Council's enforcement powers under the Housing Act 2004 could in principle be used "
          "against a social landlord but this was rarely appropriate, and the Council's "
          "preference was to work in partnership with SCH through the Stonemouth Housing "
          "Partnership. Jonathan Moyle (Private Sector Housing Manager) added that his team "
          "had served 47 improvement notices on private landlords for damp and mould hazards "
          "in 2024/25."),
    ("p", "The Panel agreed:"),
    ("nlist", [
        "to note the update from Stonemouth Community Homes;",
        "to request that SCH provides the Panel with its quarterly damp and mould performance "
        "data, broken down by ward;",
        "that the findings of the stock condition survey at Carrow Heights are reported to "
        "the Panel when available.",
    ]),

    ("item", "56", "Homelessness and Temporary Accommodation Update"),
    ("p", "Councillor Trelawny (Cabinet Member for Housing, Cooperative Development and "
          "Communities) introduced the item and Karen Spargo (Head of Housing Options and "
          "Homelessness) presented the report, highlighting:"),
    ("alist", [
        "the service had received 3,412 approaches from households who were homeless or "
        "threatened with homelessness between April 2024 and the end of February 2025, an "
        "increase of 11 per cent on the same period in the previous year;",
        "486 households were in temporary accommodation on 28 February 2025, of whom 271 were "
        "families with children;",
        "61 households were in bed and breakfast accommodation, including nine families who "
        "had been there for longer than the six week legal limit;",
        "the net cost of temporary accommodation was projected to be £7.9 million in 2024/25 "
        "against a budget of £4.6 million, mainly because Housing Benefit subsidy for "
        "temporary accommodation remained frozen at January 2011 Local Housing Allowance "
        "rates;",
        "the Temporary Accommodation Acquisition Programme had bought 40 homes, part-funded "
        "by the Local Authority Housing Fund, and a further 30 would be bought in 2025/26; "
        "the homes were leased to and managed by SCH.",
    ]),
    ("p", "In response to a question from Councillor Ashworth regarding the reasons for the "
          "increase in approaches, Karen Spargo explained that the ending of private rented "
          "tenancies remained the single largest cause, accounting for 31 per cent of "
          "approaches, followed by family and friends no longer being able to accommodate and "
          "domestic abuse. Some landlords were leaving the market because of higher mortgage "
          "costs and uncertainty about the Renters' Rights Bill, and the service was seeing "
          "more section 21 notices served ahead of the abolition of no fault evictions."),
    ("p", "Councillor Mrs Veale raised concerns about the number of families placed in "
          "temporary accommodation outside the city, some as far away as Barnholt, and the "
          "effect on children who had to travel long distances to school. The Cabinet Member "
          "acknowledged that out of area placements were not acceptable for families with "
          "children in school and advised that the number had been reduced from 23 to 11 "
          "since October; each family placed outside the city was reviewed weekly and the "
          "receiving authority was notified in every case."),
    ("p", "Councillor Nankivell asked what proportion of the temporary accommodation budget "
          "was paid to private companies providing nightly paid accommodation, and whether the "
          "Council had considered bringing more of the provision in-house. Gareth Polglase "
          "advised that approximately 70 per cent of the spend was with private providers of "
          "nightly paid and bed and breakfast accommodation. The Acquisition Programme was "
          "intended to reduce that dependence, and the business case showed that each "
          "council-owned home saved around £9,000 a year compared with nightly paid "
          "accommodation."),
    ("p", "Councillor Kitto queried why the number of people found sleeping rough in the "
          "November 2024 count had risen to 34, from 22 the year before. Karen Spargo said "
          "that the count was a snapshot on a single night and that the outreach team was "
          "working with 58 people who had slept rough at some point in the last month. "
          "Rough Sleeping Initiative funding had been confirmed for 2025/26 only, which made it "
          "difficult to commission supported accommodation on longer contracts."),
    ("p", "Councillor Carne commented that staff in the Housing Options team had been under "
          "considerable pressure over the winter and asked that the Panel's thanks be passed "
          "on to them."),
    ("p", "Councillor Rowe asked about caseloads in the Housing Options team. Gareth Polglase "
          "said that caseloads had risen to around 60 households for each officer, against a "
          "recommended maximum of 40; six of the eight vacant posts had now been filled and "
          "agency staff were covering the remaining two."),
    ("p", "Councillor Bassett requested a breakdown of the temporary accommodation overspend by "
          "type of accommodation and asked that it be circulated to the Panel before the next "
          "meeting. Karen Spargo agreed to provide this."),
    ("p", "Action: Karen Spargo to circulate a breakdown of the temporary accommodation "
          "overspend by type of accommodation."),
    ("p", "The Panel agreed to recommend to the Cabinet Member for Housing, Cooperative "
          "Development and Communities that:"),
    ("nlist", [
        "the Council continues to lobby Government, with other local authorities in the South "
        "West, for Housing Benefit subsidy for temporary accommodation to be uprated to "
        "current Local Housing Allowance rates;",
        "a target date is set for ending the placement of families with children in bed and "
        "breakfast accommodation for longer than six weeks.",
    ]),

    ("item", "57", "Safer Stonemouth Partnership Annual Report 2024/25"),
    ("p", "Councillor Sandercock (Cabinet Member for Community Safety, Libraries and Events) "
          "introduced the report, supported by Louise Pascoe (Community Safety Partnership "
          "Manager) and Superintendent Rachel Mewton (Western Peninsula Police). The report "
          "set out the Partnership's performance against its four priorities for 2024/25: "
          "serious violence, violence against women and girls, anti-social behaviour, and "
          "harm caused by drugs and alcohol. Overall recorded crime in the city had fallen by "
          "4 per cent, but shoplifting had risen by 27 per cent and reports of domestic abuse "
          "by 9 per cent. The Home Office had funded additional hotspot patrols in the city "
          "centre and in Westhoe, and the Partnership had published its first Serious Violence "
          "Strategy in July 2024."),
    ("p", "Members sought clarification on how the Partnership measured the success of the "
          "hotspot patrols in the city centre. Superintendent Mewton explained that the patrols "
          "had been targeted at the 20 streets with the highest levels of anti-social behaviour "
          "and serious violence; recorded anti-social behaviour in those streets had fallen by "
          "23 per cent compared with the previous year, although she cautioned that some of "
          "the activity may have been displaced to neighbouring streets."),
    ("p", "Councillor Rowe raised concerns about the rise in shoplifting and anti-social "
          "behaviour around the Westhoe shopping parade and asked whether a Public Spaces "
          "Protection Order could be introduced there. Louise Pascoe advised that an order "
          "required evidence that the behaviour was persistent and was having a detrimental "
          "effect on the quality of life of those in the locality, and that a public "
          "consultation would be needed; officers would gather evidence with the neighbourhood "
          "policing team and report back to Ward Members."),
    ("p", "Councillor Gwynn asked what support was available for young people at risk of "
          "exploitation by county lines drug networks. It was confirmed that the Youth Justice "
          "Service and the Partnership jointly funded two detached youth workers, and that "
          "Serious Violence Duty funding had been used to commission a mentoring programme "
          "from a voluntary sector provider, which was working with 36 young people."),
    ("p", "Councillor Fairweather questioned the reduction in the number of police community "
          "support officers in the city, from 52 to 38 over three years, and its impact on "
          "neighbourhood policing. Superintendent Mewton said that the reduction reflected the "
          "force's budget position and a decision to prioritise the recruitment of police "
          "officers; the force was reviewing its neighbourhood policing model and the views of "
          "the Panel would be fed into that review."),
    ("p", "Councillor Bassett commented that residents in her ward did not feel that reporting "
          "anti-social behaviour made any difference, and that the Partnership should do more "
          "to tell people what action had been taken as a result of their reports."),
    ("p", "Councillor Ashworth asked how many residents were currently in treatment for drug and "
          "alcohol misuse and how this compared with the estimated level of need. Louise Pascoe "
          "said that the figures were held by the Public Health team and were not available at "
          "the meeting, but would be circulated to Members."),
    ("p", "The Panel agreed to note the Safer Stonemouth Partnership Annual Report 2024/25."),

    ("item", "58", "Community Grants and Voluntary Sector Infrastructure Support"),
    ("p", "Tom Chenoweth (Community Empowerment Lead) presented the report, which set out the "
          "findings of the review of the Council's community grants programme and the proposed "
          "approach to commissioning infrastructure support for the voluntary and community "
          "sector from 1 October 2025. The current contract with Stonemouth Voluntary Action "
          "would end on 30 September 2025. It was proposed to tender a single contract for "
          "three years, with an option to extend for a further two years, at a value of "
          "£180,000 a year, a reduction of 15 per cent; the community grants budget of £250,000 "
          "would be maintained. A survey of voluntary and community organisations had received "
          "94 responses, and two workshops had been held in January 2025."),
    ("p", "Councillor Nankivell expressed concern that a 15 per cent reduction in the value of "
          "the contract would reduce the support available to small community groups, many of "
          "which relied on help with funding bids and safeguarding policies. Tom Chenoweth "
          "explained that the specification would prioritise support for small groups and that "
          "the reduction reflected the savings required by the Council's medium term financial "
          "plan."),
    ("p", "Councillor Kitto asked whether the tender would be open to organisations from "
          "outside the city and whether local organisations would be disadvantaged by a "
          "competitive process. Officers advised that procurement rules did not allow the "
          "Council to restrict the tender to local organisations, but social value would make "
          "up 20 per cent of the evaluation and bidders would be expected to demonstrate local "
          "knowledge and partnerships."),
    ("p", "Councillor Mrs Veale requested that the full results of the survey of voluntary and "
          "community organisations be shared with the Panel. Tom Chenoweth agreed to circulate "
          "the consultation report."),
    ("p", "Councillor Rowe asked whether the city's Welcoming Spaces would continue to receive "
          "support next winter. Tom Chenoweth confirmed that £65,000 had been set aside from "
          "the Household Support Fund for Welcoming Spaces until March 2026, but there was no "
          "commitment to funding beyond that date."),
    ("p", "The Panel agreed:"),
    ("nlist", [
        "to support the proposed approach to recommissioning infrastructure support for the "
        "voluntary and community sector;",
        "that a report on the impact of the new contract on small community groups is brought "
        "to the Panel six months after the contract starts.",
    ]),

    ("item", "59", "Action Log"),
    ("p", "Members noted the progress made against the actions in the action log. Councillor "
          "Fairweather requested that the action relating to a ward-level breakdown of "
          "disabled facilities grant spending, which had been outstanding since September "
          "2024, be escalated. Gareth Polglase apologised for the delay and undertook to "
          "provide the information to Members by the end of April 2025."),

    ("item", "60", "Work Programme"),
    ("p", "Elliot Nance (Democratic Advisor) presented the work programme and reminded Members "
          "that the Panel would agree its work programme for 2025/26 at its first meeting of "
          "the new municipal year. Councillor Fairweather requested that an item on selective "
          "licensing of the private rented sector be added to the work programme for 2025/26."),
    ("p", "The Panel noted the work programme."),
]


# --------------------------------------------------------------------------------------
# Gold for the minutes
# --------------------------------------------------------------------------------------

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
    "meeting_date": "2025-03-20",
    "items": [
        {"number": "52", "title": "Declarations of Interest"},
        {"number": "53", "title": "Minutes"},
        {"number": "54", "title": "Chair's Urgent Business"},
        {"number": "55", "title": "Damp and Mould in Social Housing: Stonemouth Community Homes Update"},
        {"number": "56", "title": "Homelessness and Temporary Accommodation Update"},
        {"number": "57", "title": "Safer Stonemouth Partnership Annual Report 2024/25"},
        {"number": "58", "title": "Community Grants and Voluntary Sector Infrastructure Support"},
        {"number": "59", "title": "Action Log"},
        {"number": "60", "title": "Work Programme"},
    ],
    "questions": [
        # 55 Damp and mould: the "Members discussed:" list, one row per lettered point
        q("55", "concern",
          "concerns that some tenants had been told by SCH staff that mould",
          None,
          "confirmed that this language had been removed from all staff guidance",
          "Sarah Keast", ["housing", "workforce"]),
        q("55", "question",
          "whether SCH would have sufficient surveyors in post to meet the timescales",
          None,
          "four further posts had been recruited to and two apprentice surveyors",
          "Ian Roskilly", ["housing", "workforce", "governance"]),
        q("55", "concern",
          "the condition of the system-built blocks at Carrow Heights",
          None,
          "an independent stock condition survey of the blocks had been commissioned",
          None, ["housing"]),
        q("55", "request",
          "the need for SCH to communicate more clearly with tenants who were waiting",
          None, None, None, ["housing"]),
        q("55", "question",
          "the help available to tenants who could not afford to heat their homes",
          None,
          "SCH funded two energy advisers who worked alongside the Council's Energy Advice Service",
          "Ian Roskilly", ["housing", "finance"]),
        q("55", "question",
          "Councillor Fairweather asked whether the Council, as the strategic housing authority, had",
          "Councillor Fairweather",
          "the Regulator of Social Housing and the Housing Ombudsman were responsible",
          "Gareth Polglase", ["housing", "governance"]),
        # 56 Homelessness and temporary accommodation
        q("56", "question",
          "In response to a question from Councillor Ashworth regarding the reasons",
          "Councillor Ashworth",
          "the ending of private rented tenancies remained the single largest cause",
          "Karen Spargo", ["housing"]),
        q("56", "concern",
          "raised concerns about the number of families placed in temporary accommodation outside the city",
          "Councillor Mrs Veale",
          "out of area placements were not acceptable for families with children in school",
          "The Cabinet Member", ["housing", "children-and-families"]),
        q("56", "question",
          "asked what proportion of the temporary accommodation budget was paid to private companies",
          "Councillor Nankivell",
          "approximately 70 per cent of the spend was with private providers",
          "Gareth Polglase", ["housing", "finance", "privatisation"]),
        q("56", "question",
          "queried why the number of people found sleeping rough in the November 2024 count",
          "Councillor Kitto",
          "the count was a snapshot on a single night",
          "Karen Spargo", ["housing", "finance", "subcontracting"]),
        q("56", "comment",
          "staff in the Housing Options team had been under considerable pressure",
          "Councillor Carne", None, None, ["housing", "workforce"]),
        q("56", "question",
          "Councillor Rowe asked about caseloads in the Housing Options team",
          "Councillor Rowe",
          "caseloads had risen to around 60 households for each officer",
          "Gareth Polglase", ["housing", "workforce"]),
        q("56", "request",
          "requested a breakdown of the temporary accommodation overspend by type of accommodation",
          "Councillor Bassett",
          "Karen Spargo agreed to provide this",
          "Karen Spargo", ["housing", "finance"]),
        # 57 Safer Stonemouth Partnership
        q("57", "question",
          "Members sought clarification on how the Partnership measured the success",
          "Members",
          "had been targeted at the 20 streets with the highest levels",
          "Superintendent Mewton", []),
        q("57", "concern",
          "raised concerns about the rise in shoplifting and anti-social behaviour around the Westhoe",
          "Councillor Rowe",
          "required evidence that the behaviour was persistent and was having a detrimental effect",
          "Louise Pascoe", ["patient-and-public-input"]),
        q("57", "question",
          "asked what support was available for young people at risk of exploitation",
          "Councillor Gwynn",
          "the Youth Justice Service and the Partnership jointly funded two detached youth workers",
          None, ["children-and-families", "subcontracting"]),
        q("57", "question",
          "questioned the reduction in the number of police community support officers",
          "Councillor Fairweather",
          "the reduction reflected the force's budget position",
          "Superintendent Mewton", ["workforce", "finance"]),
        q("57", "comment",
          "residents in her ward did not feel that reporting anti-social behaviour made any difference",
          "Councillor Bassett", None, None, ["patient-and-public-input"]),
        q("57", "question",
          "asked how many residents were currently in treatment for drug and alcohol misuse",
          "Councillor Ashworth",
          "the figures were held by the Public Health team and were not available",
          "Louise Pascoe", ["public-health"]),
        # 58 Community grants
        q("58", "concern",
          "expressed concern that a 15 per cent reduction in the value of the contract",
          "Councillor Nankivell",
          "the specification would prioritise support for small groups",
          "Tom Chenoweth", ["finance", "subcontracting"]),
        q("58", "question",
          "asked whether the tender would be open to organisations from outside the city",
          "Councillor Kitto",
          "procurement rules did not allow the Council to restrict the tender",
          "Officers", ["subcontracting"]),
        q("58", "request",
          "requested that the full results of the survey of voluntary and community organisations",
          "Councillor Mrs Veale",
          "Tom Chenoweth agreed to circulate the consultation report",
          "Tom Chenoweth", ["patient-and-public-input"]),
        q("58", "question",
          "asked whether the city's Welcoming Spaces would continue to receive support next winter",
          "Councillor Rowe",
          "had been set aside from the Household Support Fund for Welcoming Spaces",
          "Tom Chenoweth", ["finance"]),
        # 59 Action log
        q("59", "request",
          "requested that the action relating to a ward-level breakdown of disabled facilities grant",
          "Councillor Fairweather",
          "undertook to provide the information to Members by the end of April 2025",
          "Gareth Polglase", ["housing", "finance"]),
        # 60 Work programme
        q("60", "request",
          "requested that an item on selective licensing of the private rented sector",
          "Councillor Fairweather", None, None, ["housing"]),
    ],
    "resolutions": [
        r("53", "agreed the minutes of the meeting held on 16 January 2025 as a correct record",
          "agreed", []),
        r("55", "to request that SCH provides the Panel with its quarterly damp and mould performance data",
          "agreed", ["housing"]),
        r("56", "the Council continues to lobby Government, with other local authorities in the South West",
          "recommended", ["housing", "finance", "children-and-families"]),
        r("57", "The Panel agreed to note the Safer Stonemouth Partnership Annual Report",
          "noted", []),
        r("58", "to support the proposed approach to recommissioning infrastructure support",
          "agreed", ["subcontracting"]),
        r("59", "Members noted the progress made against the actions in the action log",
          "noted", []),
        r("60", "The Panel noted the work programme", "noted", []),
    ],
    "attendees": [
        a("Councillor Penhallow", "Chair", "present"),
        a("Councillor Mrs Veale", "Vice Chair", "present"),
        a("Councillor Ashworth", None, "present"),
        a("Councillor Bassett", None, "present"),
        a("Councillor Carne", "substitute for Councillor Doidge", "present"),
        a("Councillor Fairweather", None, "present"),
        a("Councillor Gwynn", None, "present"),
        a("Councillor Kitto", None, "present"),
        a("Councillor Nankivell", None, "present"),
        a("Councillor Rowe", None, "present"),
        a("Councillor Doidge", None, "apologies"),
        a("Councillor Lanyon", None, "apologies"),
        a("Councillor Trelawny",
          "Cabinet Member for Housing, Cooperative Development and Communities", "in_attendance"),
        a("Councillor Sandercock",
          "Cabinet Member for Community Safety, Libraries and Events", "in_attendance"),
        a("Gareth Polglase", "Service Director for Community Connections", "in_attendance"),
        a("Karen Spargo", "Head of Housing Options and Homelessness", "in_attendance"),
        a("Jonathan Moyle", "Private Sector Housing Manager", "in_attendance"),
        a("Sarah Keast", "Chief Executive, Stonemouth Community Homes", "in_attendance"),
        a("Ian Roskilly", "Director of Property Services, Stonemouth Community Homes",
          "in_attendance"),
        a("Superintendent Rachel Mewton", "Western Peninsula Police", "in_attendance"),
        a("Louise Pascoe", "Community Safety Partnership Manager", "in_attendance"),
        a("Tom Chenoweth", "Community Empowerment Lead", "in_attendance"),
        a("Elliot Nance", "Democratic Advisor", "in_attendance"),
    ],
}

OTHER_GOLD = {"document": OTHER_NAME, "doc_type": "other"}


# --------------------------------------------------------------------------------------
# PDF writer (ModernGov printed minutes)
# --------------------------------------------------------------------------------------

def build_pdf(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("Sans", "", 8)
                self.set_text_color(90, 90, 90)
                self.cell(0, 5, f"{COMMITTEE} {DATE_LONG}", align="R",
                          new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
                self.ln(4)

        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 8)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    pdf = Minutes(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title(f"{COMMITTEE} - {DATE_LONG} - Minutes")
    pdf.set_author("Stonemouth City Council")
    pdf.set_creator("ModernGov")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    body = 10
    lh = 5.2
    for block in MINUTES:
        kind = block[0]
        if kind == "title":
            pdf.set_font("Sans", "B", 15)
            pdf.multi_cell(0, 8, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "date":
            pdf.set_font("Sans", "B", 12)
            pdf.multi_cell(0, 7, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "label":
            pdf.set_font("Sans", "B", body)
            pdf.multi_cell(0, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "p":
            pdf.set_font("Sans", "", body)
            pdf.multi_cell(0, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "italic":
            pdf.set_font("Sans", "I", 9)
            pdf.multi_cell(0, 4.8, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "item":
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("Sans", "B", 11)
            y = pdf.get_y()
            pdf.cell(12, 6, f"{block[1]}.")
            pdf.set_xy(pdf.l_margin + 12, y)
            pdf.multi_cell(0, 6, block[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind in ("alist", "nlist"):
            pdf.set_font("Sans", "", body)
            for i, text in enumerate(block[1]):
                label = f"{chr(97 + i)})" if kind == "alist" else f"{i + 1}."
                y = pdf.get_y()
                if y > pdf.h - 28:
                    pdf.add_page()
                    y = pdf.get_y()
                pdf.set_x(pdf.l_margin + 4)
                pdf.cell(8, lh, label)
                pdf.set_xy(pdf.l_margin + 12, y)
                pdf.multi_cell(0, lh, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            pdf.ln(1.5)
        elif kind == "table":
            rows = block[1]
            widths = (40, 26, 72, 28)
            pdf.set_font("Sans", "", 9)
            with pdf.table(col_widths=widths, line_height=5, text_align="LEFT",
                           first_row_as_headings=True,
                           headings_style=__import__("fpdf").FontFace(emphasis="BOLD")) as t:
                for row in rows:
                    tr = t.row()
                    for cell in row:
                        tr.cell(cell)
            pdf.ln(4)
        else:
            raise ValueError(kind)
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# DOCX writer (the Panel's action log, not minutes)
# --------------------------------------------------------------------------------------

ACTION_ROWS = [
    ["Date of meeting", "Minute", "Action / recommendation", "Officer", "Progress", "Status"],
    ["12 September 2024", "17",
     "Councillor Fairweather asked for a ward-level breakdown of disabled facilities grant "
     "spending for 2023/24 and 2024/25 to date.",
     "Gareth Polglase",
     "The data is being extracted from the new case management system. Response to follow.",
     "Outstanding"],
    ["12 September 2024", "18",
     "The Panel agreed to recommend to the Cabinet Member for Housing, Cooperative "
     "Development and Communities that the Council's Empty Homes Strategy is refreshed "
     "during 2024/25.",
     "Jonathan Moyle",
     "Cabinet Member response: the recommendation is accepted. A refreshed strategy will be "
     "brought to the Panel in September 2025.",
     "In progress"],
    ["14 November 2024", "31",
     "Members asked how many households in temporary accommodation had been there for more "
     "than two years.",
     "Karen Spargo",
     "Response circulated by email on 2 December 2024: 64 households, of whom 41 are families "
     "with children.",
     "Complete"],
    ["14 November 2024", "32",
     "The Panel requested that Stonemouth Community Homes attends the March 2025 meeting to "
     "report on damp and mould.",
     "Elliot Nance",
     "Added to the agenda for 20 March 2025.",
     "Complete"],
    ["16 January 2025", "44",
     "Councillor Nankivell asked whether the Council would consider a landlord incentive "
     "scheme to increase the number of private rented homes available to households leaving "
     "temporary accommodation.",
     "Karen Spargo",
     "Response: a revised Landlord Offer, including a £2,000 incentive payment and a "
     "rent guarantee for 12 months, was launched on 3 March 2025.",
     "Complete"],
    ["16 January 2025", "45",
     "The Panel agreed that a briefing on the Renters' Rights Bill is arranged for all "
     "Members once the Bill receives Royal Assent.",
     "Jonathan Moyle",
     "To be arranged after Royal Assent. Expected summer 2025.",
     "In progress"],
    ["16 January 2025", "46",
     "Members asked what the Council was doing to recover the cost of works in default from "
     "private landlords.",
     "Jonathan Moyle",
     "Response: charges are registered as local land charges and £83,400 has been recovered "
     "since April 2023. A note has been circulated to Members.",
     "Complete"],
]


def build_docx(path: Path) -> None:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(18)
    sec.top_margin = sec.bottom_margin = Mm(16)
    style = d.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)

    sec.header.paragraphs[0].text = "OFFICIAL"
    sec.footer.paragraphs[0].text = ("Stonemouth City Council – Housing and Community Services "
                                     "Scrutiny Panel – Action Log 2024/25")

    d.add_heading("Housing and Community Services Scrutiny Panel", level=1)
    d.add_heading("Action Log 2024/25", level=2)
    p = d.add_paragraph()
    p.add_run("Updated: ").bold = True
    p.add_run("11 March 2025, for the meeting on Thursday 20 March 2025")
    d.add_paragraph(
        "This log records the actions agreed by the Panel, the recommendations it has made to "
        "the Cabinet and Cabinet Members, and the requests for information made by Members at "
        "its meetings, together with the response of the responsible officer. Items marked "
        "Complete will be removed from the log once they have been reported to the Panel.")
    d.add_paragraph(
        "Status: Complete – the action has been carried out or the information provided; In "
        "progress – work is under way; Outstanding – no response has yet been received.")

    t = d.add_table(rows=0, cols=len(ACTION_ROWS[0]))
    t.style = "Table Grid"
    for i, row in enumerate(ACTION_ROWS):
        cells = t.add_row().cells
        for c, text in zip(cells, row):
            c.text = ""
            run = c.paragraphs[0].add_run(text)
            if i == 0:
                run.bold = True
    widths = (Mm(30), Mm(16), Mm(85), Mm(30), Mm(80), Mm(20))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    d.add_paragraph()
    d.add_paragraph("Contact: Elliot Nance, Democratic Advisor, democratic.support@stonemouth.gov.uk")

    cp = d.core_properties
    cp.author = "Elliot Nance"
    cp.last_modified_by = "Elliot Nance"
    cp.title = "Housing and Community Services Scrutiny Panel Action Log 2024/25"
    cp.created = dt.datetime(2025, 3, 11, 10, 0, 0)
    cp.modified = dt.datetime(2025, 3, 11, 10, 0, 0)
    cp.revision = 1

    buf = io.BytesIO()
    d.save(buf)
    # python-docx stamps each zip entry with the current time: rewrite with a fixed one.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 11, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------------------
# Check
# --------------------------------------------------------------------------------------

def norm(s: str) -> str:
    s = s.lower()
    s = "".join(ch for ch in s if not unicodedata.category(ch).startswith("P"))
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join((pg.extract_text() or "") for pg in pdf.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("kj-*.json")):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        if not doc.exists():
            print(f"MISSING document {doc.name}")
            bad += 1
            continue
        text = norm(doc_text(doc))
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for what, phrase in phrases:
            n_words = len(norm(phrase).split())
            count = text.count(norm(phrase))
            if count != 1 or not 6 <= n_words <= 15:
                bad += 1
                print(f"{gold_path.name}: {what} found {count}x, {n_words} words: {phrase!r}")
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_pdf(DOCS / MINUTES_NAME)
    build_docx(DOCS / OTHER_NAME)
    for g in (MINUTES_GOLD, OTHER_GOLD):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / OTHER_NAME}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
