#!/usr/bin/env python3
"""Build the "jg-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_jg.py           build documents/jg-* and gold/jg-*.json
        build_jg.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "jg-evenlodeshire-people-osc-2025-03-13.docx"
REPORT_NAME = "jg-evenlodeshire-scrutiny-report-to-cabinet-home-care.pdf"

FIXED = dt.datetime(2025, 3, 14, 9, 30, 0, tzinfo=dt.timezone.utc)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# --------------------------------------------------------------------------------------
# The minutes
# --------------------------------------------------------------------------------------

ATTENDANCE = [
    ("Voting Members:", [
        "Councillor Gareth Pendry – in the Chair",
        "Councillor Rosalind Amberley (Deputy Chair)",
        "Councillor Patricia Brookman (in place of Councillor Gemma Lewin)",
        "Councillor Tobias Crane",
        "Councillor Martin Ellwood",
        "Councillor Alun Marchant",
        "Councillor Hafsa Qureshi",
        "Councillor Dev Sahota",
        "Councillor Imogen Tarrant",
    ]),
    ("Co-opted Members:", [
        "Mrs Eleanor Judd (Parent Governor Representative)",
    ]),
    ("Other Members in Attendance:", [
        "Councillor Yasmin Corder (Cabinet Member for Adult Social Care)",
        "Councillor Hugh Blencowe (Cabinet Member for Children, Education and Young "
        "People’s Services)",
        "Councillor Naomi Farrant (Cabinet Member for Public Health, Inequalities and "
        "Community Safety)",
    ]),
    ("Officers:", [
        "Whole of meeting: Lucy Ingram, Scrutiny Officer; Dominic Shaw, Committee Officer",
        "Part of meeting:",
        "Agenda Item 5: Stephen Ravenscroft, Director of Adult Social Care; Claire Oduya, "
        "Head of Commissioning (Age Well)",
        "Agenda Item 6: Joanne Weatherby, Deputy Director for Education; Tom Hensby, Head "
        "of SEND; Kieran Woolley, Head of Supported Transport",
        "Agenda Item 7: Dr Anjali Verma, Director of Public Health; Dr Alison Pryce, "
        "Consultant in Public Health",
    ]),
    ("By Invitation:", [
        "Jenny Cole, Chief Executive, Evenlodeshire Association of Care Providers",
        "Mark Tilsley, Chief Executive, Healthwatch Evenlodeshire",
    ]),
]

PREAMBLE = (
    "The Scrutiny Committee considered the matters, reports and recommendations contained "
    "or referred to in the agenda for the meeting, together with a schedule of addenda "
    "tabled at the meeting, and decided as set out below. Except insofar as otherwise "
    "specified, the reports and agenda referred to are contained in the agenda, copies of "
    "which are attached to the signed Minutes."
)

# Each block: ("item", number, title, agenda no) | ("p", text) | ("bullets", [..]) |
# ("action", text)
BODY = [
    ("item", "11/25", "APOLOGIES FOR ABSENCE AND TEMPORARY APPOINTMENTS", "1"),
    ("p", "Apologies for absence were received from Councillor Gemma Lewin, Councillor Noel "
          "Whitlock and Mr Paul Dacre (Church of England Diocesan Representative). Councillor "
          "Patricia Brookman substituted for Councillor Lewin."),

    ("item", "12/25", "DECLARATION OF INTERESTS - SEE GUIDANCE NOTE ON THE BACK PAGE", "2"),
    ("p", "Councillor Hafsa Qureshi declared a personal interest in Item 6 as her son attended "
          "a special school maintained by the Council and used home to school transport. She "
          "remained in the meeting for the item."),
    ("p", "Mrs Judd declared that she was a governor of Wychcombe Brook Primary School, which "
          "hosted a resource base for pupils with speech, language and communication needs."),

    ("item", "13/25", "MINUTES", "3"),
    ("p", "The minutes of the meeting held on 23 January 2025 were AGREED as a correct record "
          "and signed by the Chair, subject to the correction of the spelling of Councillor "
          "Sahota’s name in Minute 6/25."),
    ("p", "Arising from Minute 7/25 (Carers’ Strategy), Councillor Amberley asked whether the "
          "results of the young carers’ survey had been circulated. The Scrutiny Officer "
          "confirmed that they had been sent to all Members of the Committee on 4 February."),

    ("item", "14/25", "PETITIONS AND PUBLIC ADDRESS", "4"),
    ("p", "The Chair welcomed two members of the public who had registered to address the "
          "Committee."),
    ("p", "Mrs Linda Harbord, who cares for her mother in Lower Astwell, spoke in respect of "
          "Item 5. She raised concerns that the proposed zones would mean her mother losing "
          "carers she had known for six years, and that families had not been told clearly "
          "what would happen at the point of transfer. She asked the Committee to seek an "
          "assurance that no one would be moved to a new provider against their wishes."),
    ("p", "Mr Daniel Ofori spoke in respect of Item 6 on behalf of the Evenlodeshire Parent "
          "Carer Forum. He told the Committee that in September 2024 a number of children had "
          "been without transport for the first week of term, and that several families had "
          "only been told of their child’s route the day before. He requested that the "
          "Committee recommend a fixed date by which all families would be notified."),
    ("p", "The Chair thanked both speakers and advised that their points would be taken into "
          "account during the relevant items."),

    ("item", "15/25", "HOME CARE RECOMMISSIONING", "5"),
    ("p", "Councillor Yasmin Corder, Cabinet Member for Adult Social Care, Stephen Ravenscroft, "
          "Director of Adult Social Care, and Claire Oduya, Head of Commissioning (Age Well), "
          "were invited to present the report on the recommissioning of home care services "
          "from 1 October 2025. Jenny Cole, Chief Executive of the Evenlodeshire Association "
          "of Care Providers, and Mark Tilsley, Chief Executive of Healthwatch Evenlodeshire, "
          "attended for the item at the invitation of the Chair."),
    ("p", "The Cabinet Member introduced the report, explaining that the Council currently "
          "purchased around 24,500 hours of home care each week from 31 providers under a "
          "framework that would expire on 30 September 2025. The proposed model would divide "
          "the county into eleven zones, each with a lead provider responsible for accepting "
          "all new packages in the zone and up to three secondary providers. Around 3,100 "
          "people currently received home care arranged by the Council, and the annual budget "
          "was £71.4 million. The Director added that the model was intended to reduce travel "
          "time between calls, to improve the speed at which packages could be started "
          "following a stay in hospital, and to give providers enough certainty to invest in "
          "their workforce; a decision on the procurement would be taken by Cabinet in April."),
    ("p", "The Committee asked how the zone boundaries had been drawn and whether the rural "
          "zones in the west of the county, where packages of care had historically been the "
          "hardest to source, would be attractive to bidders. The Head of Commissioning "
          "explained that the boundaries reflected eighteen months of market engagement and "
          "travel-time analysis, and that the two most rural zones would attract an enhanced "
          "rate of £2.10 an hour above the county rate of £27.40. She advised that six "
          "providers had already indicated an interest in the western zones at the market "
          "engagement events held in January."),
    ("p", "Councillor Marchant asked Ms Cole whether her members were likely to bid for the "
          "rural zones. Ms Cole said that providers welcomed the enhanced rate, but that the "
          "real barrier in rural areas was recruiting care workers who could drive; several of "
          "her members were now paying for driving lessons for new staff. She also noted that "
          "the hourly rate had not kept pace with the increase in employers’ National "
          "Insurance contributions from April 2025."),
    ("p", "Members expressed concern about the pay and conditions of care workers, noting that "
          "several providers had told councillors that staff were leaving for supermarkets and "
          "for the NHS, and asked whether the Council would require providers to pay the Real "
          "Living Wage. The Director responded that the Council’s fee model already assumed "
          "payment of the Real Living Wage, but that the Council could not set providers’ pay "
          "directly; the new contracts would, however, require providers to pay for travel "
          "time and to offer a guaranteed-hours contract to any care worker who wanted one. "
          "Members welcomed this but questioned how compliance would be checked in practice, "
          "given the size of the contract monitoring team."),
    ("p", "Councillor Qureshi asked whether officers had considered bringing a proportion of "
          "home care back in-house, as some other authorities had done, rather than relying "
          "entirely on private providers. The Cabinet Member stated that an in-house service "
          "had been appraised as one of four options, but that the estimated start-up cost of "
          "£4.3 million and the difficulty of recruiting staff in a competitive labour market "
          "meant that it was not recommended at this stage. She added that the Council’s small "
          "in-house reablement team would be retained and expanded. Councillor Qureshi "
          "indicated that she was not persuaded and asked that the full options appraisal be "
          "shared with the Committee."),
    ("p", "In response to a question about how people who use services and their carers had "
          "been involved in developing the model, it was explained that 412 people had "
          "responded to the consultation survey, and that a reference group of eight service "
          "users and carers had helped to draft the outcomes framework against which providers "
          "would be measured. Members asked that the reference group continue to meet after "
          "the contracts were awarded."),
    ("p", "Councillor Ellwood referred to paragraph 27 of the report and queried the risks to "
          "people’s care during the transition from the current framework, noting the failure "
          "of a provider in the north of the county in 2023 at very short notice. He also "
          "asked what would happen to people whose current provider was unsuccessful in the "
          "tender. The Director confirmed that a transition plan and risk register had been "
          "prepared and would be overseen by a project board that included the Integrated Care "
          "Board, and that no one would be required to change provider before 31 March 2026; "
          "where a current provider was not successful, people would be offered the choice of "
          "moving to the new lead provider or of keeping their current carers through a direct "
          "payment. The Director undertook to write to Mrs Harbord to confirm this."),
    ("p", "Mr Tilsley commented that the feedback Healthwatch Evenlodeshire received most often "
          "about home care concerned late and missed calls and a lack of communication from "
          "agencies, rather than the quality of the care itself."),
    ("p", "Councillor Brookman asked how the new arrangements would help people leaving "
          "hospital. The Director explained that the lead provider in each zone would be "
          "expected to start a package within 48 hours of a referral from the hospital "
          "discharge teams, and that the Better Care Fund would continue to pay for a block of "
          "1,200 hours a week reserved for discharges."),
    ("p", "The Committee AGREED to make recommendations to Cabinet on the following:"),
    ("bullets", [
        "That the Council sets out how it will monitor providers’ compliance with the "
        "requirements to pay for travel time and to offer guaranteed hours, including whether "
        "additional contract monitoring capacity is needed.",
        "That the enhanced rate for the rural zones be reviewed after the first twelve months "
        "of the new contracts.",
        "That the service user and carer reference group be retained to help monitor the new "
        "contracts.",
        "That data on unmet need, including the number of people waiting for a package of care "
        "and the hours outstanding, be reported to the Committee every quarter.",
    ]),
    ("action", "ACTION: Head of Commissioning (Age Well) to share the options appraisal for an "
               "in-house service with the Committee."),

    ("item", "16/25", "SEND SUFFICIENCY AND HOME TO SCHOOL TRANSPORT", "6"),
    ("p", "Councillor Hugh Blencowe, Cabinet Member for Children, Education and Young People’s "
          "Services, Joanne Weatherby, Deputy Director for Education, Tom Hensby, Head of SEND, "
          "and Kieran Woolley, Head of Supported Transport, were invited to present the report "
          "on the sufficiency of special school places and on home to school transport for "
          "children with special educational needs and disabilities."),
    ("p", "The Cabinet Member introduced the report. The number of children and young people "
          "with an Education, Health and Care Plan (EHCP) maintained by the Council had risen "
          "by 14% in a year to 6,912, and 38% of new plans had been issued within the "
          "statutory 20 weeks in 2024, compared with 29% in 2023. Spending on SEND transport "
          "was forecast to reach £38.6 million in 2024/25, an overspend of £5.2 million, with "
          "the average cost of a journey to an out-of-county placement now over £24,000 a "
          "year."),
    ("p", "Members asked why the proportion of plans issued within 20 weeks remained so far "
          "below the national average. The Head of SEND explained that the service had "
          "received 1,420 requests for assessment during the year, an increase of 23%, and "
          "that educational psychology capacity remained the main constraint: four of the "
          "fourteen educational psychologist posts were vacant, and agency locums cost roughly "
          "twice as much as employed staff. A recruitment campaign with a market supplement had "
          "been launched in February."),
    ("p", "The Committee raised concerns regarding the growing number of children placed in "
          "independent and non-maintained special schools and the cost of those placements, "
          "which now averaged £61,000 a year. The Deputy Director acknowledged that the county "
          "did not have enough specialist places of its own and said that the strategy was to "
          "open resource bases in mainstream schools, with 140 additional places planned by "
          "September 2026."),
    ("p", "Councillor Tarrant asked when the new special free school at Saxton Fields would "
          "open. The Deputy Director stated that the Department for Education had not yet "
          "confirmed a revised opening date following the withdrawal of the original academy "
          "trust, and that officers were pressing for an opening in September 2027 at the "
          "latest."),
    ("p", "Councillor Crane questioned whether the forecast overspend on SEND transport had been "
          "fully reflected in the budget agreed by Council in February."),
    ("p", "Turning to transport, Members were concerned that a significant number of routes had "
          "been re-tendered at short notice in the summer of 2024, and that some children had "
          "been without transport at the start of term. The Head of Supported Transport "
          "explained that 212 routes had been re-procured after two operators withdrew from "
          "their contracts, that the market of local operators was small, and that a national "
          "shortage of drivers and passenger assistants had made it difficult to cover routes. "
          "He advised that a dynamic purchasing system would be in place from June 2025 so that "
          "routes could be awarded more quickly."),
    ("p", "Councillor Sahota asked whether more could be done to help young people travel "
          "independently. The Head of Supported Transport said that 63 young people had "
          "completed independent travel training in 2024/25, saving an estimated £410,000, and "
          "that the programme would be extended to post-16 students in the autumn."),
    ("p", "Mrs Judd commented that parents often heard about transport arrangements only days "
          "before the start of term, which caused considerable anxiety for families. The "
          "Cabinet Member accepted that communication with families had not been good enough "
          "and said that all families would be told of their arrangements by 15 August this "
          "year."),
    ("p", "The Committee NOTED the report and AGREED to receive a further update on the Saxton "
          "Fields special school and on educational psychology capacity at its meeting in "
          "September 2025."),
    ("p", "The Committee further AGREED to recommend to Cabinet that all families entitled to "
          "SEND transport be notified of their child’s arrangements no later than 15 August "
          "each year, and that this commitment be published in the Council’s transport "
          "policy."),
    ("action", "ACTION: Officers to provide a written response to Councillor Crane’s question "
               "on the transport budget."),

    ("item", "17/25", "DIRECTOR OF PUBLIC HEALTH ANNUAL REPORT 2024/25", "7"),
    ("p", "Councillor Naomi Farrant, Cabinet Member for Public Health, Inequalities and "
          "Community Safety, Dr Anjali Verma, Director of Public Health, and Dr Alison Pryce, "
          "Consultant in Public Health, were invited to present the Director of Public "
          "Health’s Annual Report for 2024/25, ‘Ageing Well in Evenlodeshire’."),
    ("p", "The Director of Public Health summarised the report, which set out that a quarter of "
          "the county’s population would be aged 65 or over by 2035, that healthy life "
          "expectancy in the most deprived areas was eleven years lower than in the least "
          "deprived, and that falls were now the most common reason for an emergency admission "
          "among people over 80. The report made nine recommendations for the Council, the "
          "district councils and NHS partners."),
    ("p", "Members asked how the Council’s own services would contribute to the report’s "
          "recommendations, noting that many of the levers on healthy ageing, such as housing, "
          "planning and leisure, sat with the district councils. The Director explained that "
          "the report had been developed jointly with the district councils and the Integrated "
          "Care Board through the Health and Wellbeing Board, and that each partner had been "
          "asked to report back on one commitment within a year."),
    ("p", "A Member queried the fall in the uptake of flu vaccination among people aged 65 and "
          "over in the south of the county. Dr Pryce stated that uptake had fallen to 71% "
          "against a target of 75%, partly because fewer community pharmacies were offering the "
          "vaccine, and that the Council was funding outreach clinics in village halls with two "
          "of the primary care networks."),
    ("p", "Councillor Amberley sought clarification on whether the public health grant for "
          "2025/26 would allow the falls prevention service to be expanded, as recommended in "
          "the report. The Director explained that the grant had increased by 5.9%, but that "
          "most of the increase would be absorbed by NHS pay awards in commissioned services, "
          "and that the expansion of the falls service was therefore being funded from "
          "reserves for one year only."),
    ("p", "Members expressed concern that loneliness and isolation among older people living in "
          "rural villages were not adequately reflected in the data presented in the report."),
    ("p", "Councillor Ellwood asked whether the Council’s stop smoking service was reaching "
          "older smokers. Dr Pryce advised that 14% of people using the service last year were "
          "over 60, and that a targeted offer through GP practices would be piloted in "
          "Wychcombe from April."),
    ("p", "The Committee NOTED the Director of Public Health Annual Report 2024/25 and thanked "
          "the Director and her team for their work."),

    ("item", "18/25", "RESPONSES TO SCRUTINY RECOMMENDATIONS", "8"),
    ("p", "The Committee considered the Cabinet’s response to the recommendations it had made "
          "in November 2024 on Early Help and Family Hubs. Of the six recommendations, four "
          "had been accepted, one partially accepted and one rejected."),
    ("p", "Councillor Pendry expressed disappointment that the recommendation to publish "
          "attendance figures for each family hub had been rejected, and asked that the Cabinet "
          "Member be invited to explain the reasons at a future meeting."),
    ("p", "The Cabinet’s responses to the Committee’s recommendations were noted."),

    ("item", "19/25", "COMMITTEE ACTION AND RECOMMENDATION TRACKER", "9"),
    ("p", "The Committee NOTED the progress made against its actions and recommendations."),
    ("p", "Councillor Qureshi requested that the outstanding action on the number of children "
          "missing education be pursued, as it had been outstanding since September 2024. The "
          "Scrutiny Officer confirmed that the figures had been requested from the service and "
          "would be circulated before the next meeting."),

    ("item", "20/25", "WORK PROGRAMME", "10"),
    ("p", "The Committee considered its work programme for 2025/26."),
    ("p", "Members requested that an item on the use of unregistered children’s homes and other "
          "placements for children in care be added for the July meeting, and that the "
          "Committee’s review of domiciliary care workforce pay be scheduled once the new home "
          "care contracts had been awarded."),
    ("p", "The Committee AGREED the work programme, subject to the additions above."),
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
    "committee": "People Overview & Scrutiny Committee",
    "meeting_date": "2025-03-13",
    "items": [
        {"number": n, "title": t} for kind, n, t, *_ in
        [b for b in BODY if b[0] == "item"]
    ],
    "questions": [
        q("13/25", "question",
          "asked whether the results of the young carers’ survey had been circulated",
          "Councillor Amberley",
          "they had been sent to all Members of the Committee on 4 February",
          "The Scrutiny Officer", ["patient-and-public-input", "children-and-families"]),
        q("14/25", "concern",
          "the proposed zones would mean her mother losing carers she had known",
          "Mrs Linda Harbord", None, None, ["adult-social-care"]),
        q("14/25", "request",
          "seek an assurance that no one would be moved to a new provider",
          "Mrs Linda Harbord", None, None, ["adult-social-care"]),
        q("14/25", "request",
          "requested that the Committee recommend a fixed date by which all families",
          "Mr Daniel Ofori", None, None, ["children-and-families"]),
        q("15/25", "question",
          "asked how the zone boundaries had been drawn and whether the rural zones",
          None,
          "the boundaries reflected eighteen months of market engagement",
          "The Head of Commissioning", ["subcontracting", "adult-social-care"]),
        q("15/25", "question",
          "asked Ms Cole whether her members were likely to bid for the rural zones",
          "Councillor Marchant",
          "the real barrier in rural areas was recruiting care workers who could drive",
          "Ms Cole", ["subcontracting", "workforce", "adult-social-care"]),
        q("15/25", "concern",
          "Members expressed concern about the pay and conditions of care workers",
          None,
          "the Council’s fee model already assumed payment of the Real Living Wage",
          "The Director", ["workforce", "adult-social-care"]),
        q("15/25", "question",
          "questioned how compliance would be checked in practice",
          None, None, None, ["subcontracting", "workforce"]),
        q("15/25", "question",
          "asked whether officers had considered bringing a proportion of home care back",
          "Councillor Qureshi",
          "service had been appraised as one of four options",
          "The Cabinet Member", ["privatisation", "adult-social-care", "finance"]),
        q("15/25", "request",
          "asked that the full options appraisal be shared with the Committee",
          "Councillor Qureshi", None, None, ["privatisation"]),
        q("15/25", "question",
          "how people who use services and their carers had been involved",
          None,
          "412 people had responded to the consultation survey",
          None, ["patient-and-public-input", "adult-social-care"]),
        q("15/25", "request",
          "Members asked that the reference group continue to meet after the contracts",
          None, None, None, ["patient-and-public-input"]),
        q("15/25", "question",
          "queried the risks to people’s care during the transition from the current framework",
          "Councillor Ellwood",
          "a transition plan and risk register had been prepared",
          "The Director", ["governance", "adult-social-care"]),
        q("15/25", "question",
          "asked what would happen to people whose current provider was unsuccessful",
          "Councillor Ellwood",
          "no one would be required to change provider before 31 March 2026",
          "The Director", ["subcontracting", "adult-social-care"]),
        q("15/25", "comment",
          "about home care concerned late and missed calls and a lack of communication",
          "Mr Tilsley", None, None, ["patient-and-public-input", "adult-social-care"]),
        q("15/25", "question",
          "asked how the new arrangements would help people leaving hospital",
          "Councillor Brookman",
          "expected to start a package within 48 hours of a referral",
          "The Director", ["adult-social-care", "integration"]),
        q("16/25", "question",
          "asked why the proportion of plans issued within 20 weeks remained",
          None,
          "educational psychology capacity remained the main constraint",
          "The Head of SEND", ["children-and-families", "workforce"]),
        q("16/25", "concern",
          "raised concerns regarding the growing number of children placed in independent",
          None,
          "the county did not have enough specialist places of its own",
          "The Deputy Director", ["children-and-families", "finance"]),
        q("16/25", "question",
          "asked when the new special free school at Saxton Fields would open",
          "Councillor Tarrant",
          "had not yet confirmed a revised opening date following the withdrawal",
          "The Deputy Director", ["children-and-families"]),
        q("16/25", "question",
          "questioned whether the forecast overspend on SEND transport had been fully reflected",
          "Councillor Crane", None, None, ["finance", "children-and-families"]),
        q("16/25", "concern",
          "Members were concerned that a significant number of routes had been",
          None,
          "a national shortage of drivers and passenger assistants had made it difficult",
          "The Head of Supported Transport",
          ["subcontracting", "children-and-families", "workforce"]),
        q("16/25", "question",
          "asked whether more could be done to help young people travel independently",
          "Councillor Sahota",
          "63 young people had completed independent travel training in 2024/25",
          "The Head of Supported Transport", ["children-and-families"]),
        q("16/25", "comment",
          "parents often heard about transport arrangements only days before the start of term",
          "Mrs Judd",
          "communication with families had not been good enough",
          "The Cabinet Member", ["children-and-families"]),
        q("17/25", "question",
          "asked how the Council’s own services would contribute to the report’s recommendations",
          None,
          "the report had been developed jointly with the district councils",
          "The Director", ["public-health"]),
        q("17/25", "question",
          "queried the fall in the uptake of flu vaccination among people aged 65",
          None,
          "uptake had fallen to 71% against a target of 75%",
          "Dr Pryce", ["public-health", "primary-care"]),
        q("17/25", "question",
          "sought clarification on whether the public health grant for 2025/26 would allow",
          "Councillor Amberley",
          "most of the increase would be absorbed by NHS pay awards",
          "The Director", ["public-health", "finance"]),
        q("17/25", "concern",
          "loneliness and isolation among older people living in rural villages",
          None, None, None, ["public-health"]),
        q("17/25", "question",
          "asked whether the Council’s stop smoking service was reaching older smokers",
          "Councillor Ellwood",
          "a targeted offer through GP practices would be piloted in Wychcombe",
          "Dr Pryce", ["public-health", "primary-care"]),
        q("18/25", "concern",
          "expressed disappointment that the recommendation to publish attendance figures",
          "Councillor Pendry", None, None, ["children-and-families", "governance"]),
        q("19/25", "request",
          "requested that the outstanding action on the number of children missing education",
          "Councillor Qureshi",
          "the figures had been requested from the service and would be circulated",
          "The Scrutiny Officer", ["children-and-families"]),
        q("20/25", "request",
          "an item on the use of unregistered children’s homes and other placements",
          None, None, None, ["children-and-families", "workforce", "adult-social-care"]),
    ],
    "resolutions": [
        r("13/25", "The minutes of the meeting held on 23 January 2025 were AGREED",
          "agreed", []),
        r("15/25", "the enhanced rate for the rural zones be reviewed after the first twelve months",
          "recommended", ["adult-social-care", "subcontracting", "workforce", "finance"]),
        r("16/25", "AGREED to receive a further update on the Saxton Fields special school",
          "agreed", ["children-and-families", "workforce"]),
        r("16/25", "AGREED to recommend to Cabinet that all families entitled to SEND transport",
          "recommended", ["children-and-families"]),
        r("17/25", "The Committee NOTED the Director of Public Health Annual Report",
          "noted", ["public-health"]),
        r("18/25", "The Cabinet’s responses to the Committee’s recommendations were noted",
          "noted", []),
        r("19/25", "NOTED the progress made against its actions and recommendations",
          "noted", []),
        r("20/25", "The Committee AGREED the work programme, subject to the additions above",
          "agreed", []),
    ],
    "attendees": [
        a("Councillor Gareth Pendry", "in the Chair", "present"),
        a("Councillor Rosalind Amberley", "Deputy Chair", "present"),
        a("Councillor Patricia Brookman", None, "present"),
        a("Councillor Tobias Crane", None, "present"),
        a("Councillor Martin Ellwood", None, "present"),
        a("Councillor Alun Marchant", None, "present"),
        a("Councillor Hafsa Qureshi", None, "present"),
        a("Councillor Dev Sahota", None, "present"),
        a("Councillor Imogen Tarrant", None, "present"),
        a("Mrs Eleanor Judd", "Parent Governor Representative", "present"),
        a("Councillor Gemma Lewin", None, "apologies"),
        a("Councillor Noel Whitlock", None, "apologies"),
        a("Mr Paul Dacre", "Church of England Diocesan Representative", "apologies"),
        a("Councillor Yasmin Corder", "Cabinet Member for Adult Social Care", "in_attendance"),
        a("Councillor Hugh Blencowe",
          "Cabinet Member for Children, Education and Young People’s Services", "in_attendance"),
        a("Councillor Naomi Farrant",
          "Cabinet Member for Public Health, Inequalities and Community Safety", "in_attendance"),
        a("Lucy Ingram", "Scrutiny Officer", "in_attendance"),
        a("Dominic Shaw", "Committee Officer", "in_attendance"),
        a("Stephen Ravenscroft", "Director of Adult Social Care", "in_attendance"),
        a("Claire Oduya", "Head of Commissioning (Age Well)", "in_attendance"),
        a("Joanne Weatherby", "Deputy Director for Education", "in_attendance"),
        a("Tom Hensby", "Head of SEND", "in_attendance"),
        a("Kieran Woolley", "Head of Supported Transport", "in_attendance"),
        a("Dr Anjali Verma", "Director of Public Health", "in_attendance"),
        a("Dr Alison Pryce", "Consultant in Public Health", "in_attendance"),
        a("Jenny Cole", "Chief Executive, Evenlodeshire Association of Care Providers",
          "in_attendance"),
        a("Mark Tilsley", "Chief Executive, Healthwatch Evenlodeshire", "in_attendance"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}

# --------------------------------------------------------------------------------------
# Writing the .docx
# --------------------------------------------------------------------------------------


def _page_field(paragraph):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    fld = parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple>')
    paragraph._p.append(fld)


def _no_borders(table):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    tblPr = table._tbl.tblPr
    borders = parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{s} w:val="nil"/>' for s in
                  ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>")
    tblPr.append(borders)


def build_minutes(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.space_before = Pt(0)

    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = hp.add_run("POSC")
    run.bold = True
    _page_field(hp)
    fp = sec.first_page_header.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("POSC1").bold = True

    p = doc.add_paragraph()
    p.add_run("PEOPLE OVERVIEW & SCRUTINY COMMITTEE").bold = True
    p.runs[0].font.size = Pt(14)
    p = doc.add_paragraph()
    p.add_run("MINUTES").bold = True
    p.add_run(" of the meeting held on Thursday, 13 March 2025 commencing at 10.00 am and "
              "finishing at 1.12 pm")
    p = doc.add_paragraph()
    p.add_run("Present:").bold = True

    table = doc.add_table(rows=0, cols=2)
    _no_borders(table)
    for label, lines in ATTENDANCE:
        cells = table.add_row().cells
        cells[0].width, cells[1].width = Cm(4.6), Cm(12.0)
        cells[0].paragraphs[0].add_run(label).bold = True
        first = True
        for line in lines:
            cp = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
            cp.paragraph_format.space_after = Pt(0)
            if line.startswith(("Whole of meeting:", "Part of meeting:", "Agenda Item ")):
                head, _, rest = line.partition(":")
                cp.add_run(head + ":").italic = True
                if rest:
                    cp.add_run(rest)
            else:
                cp.add_run(line)
            first = False
        cells[1].add_paragraph().paragraph_format.space_after = Pt(2)

    doc.add_paragraph()
    doc.add_paragraph(PREAMBLE)

    indent = Cm(2.0)
    for block in BODY:
        kind = block[0]
        if kind == "item":
            _, num, title, agenda = block
            tp = doc.add_paragraph()
            tp.paragraph_format.left_indent = indent
            tp.paragraph_format.first_line_indent = -indent
            tp.paragraph_format.tab_stops.add_tab_stop(indent, WD_TAB_ALIGNMENT.LEFT)
            tp.paragraph_format.space_before = Pt(12)
            tp.paragraph_format.space_after = Pt(0)
            tp.paragraph_format.keep_with_next = True
            tp.add_run(f"{num}\t{title}").bold = True
            ap = doc.add_paragraph(f"(Agenda No. {agenda})")
            ap.paragraph_format.left_indent = indent
            ap.paragraph_format.keep_with_next = True
        elif kind == "p":
            bp = doc.add_paragraph(block[1])
            bp.paragraph_format.left_indent = indent
        elif kind == "bullets":
            for text in block[1]:
                lp = doc.add_paragraph(text, style="List Bullet")
                lp.paragraph_format.left_indent = Cm(2.7)
                lp.paragraph_format.first_line_indent = Cm(-0.6)
                lp.paragraph_format.space_after = Pt(4)
        elif kind == "action":
            xp = doc.add_paragraph()
            xp.paragraph_format.left_indent = indent
            xp.add_run(block[1]).bold = True

    for _ in range(3):
        doc.add_paragraph()
    sp = doc.add_paragraph()
    sp.paragraph_format.tab_stops.add_tab_stop(Cm(9.5), WD_TAB_ALIGNMENT.LEFT)
    sp.add_run("\t...................................................... in the Chair")
    doc.add_paragraph()
    dp = doc.add_paragraph()
    dp.paragraph_format.tab_stops.add_tab_stop(Cm(9.5), WD_TAB_ALIGNMENT.LEFT)
    dp.add_run("Date of signing\t......................................................")

    cp = doc.core_properties
    cp.title = "People Overview & Scrutiny Committee - Minutes - 13 March 2025"
    cp.author = "Dominic Shaw"
    cp.last_modified_by = "Dominic Shaw"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    _write_fixed_zip(buf.getvalue(), path)


def _write_fixed_zip(data: bytes, path: Path) -> None:
    """Rewrite the package with fixed timestamps so that the bytes are reproducible."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())

# --------------------------------------------------------------------------------------
# The document that is not minutes: a scrutiny committee's report to Cabinet (PDF)
# --------------------------------------------------------------------------------------

REPORT = [
    ("h", "RECOMMENDATION"),
    ("n", "1.", "The Cabinet is RECOMMENDED to:"),
    ("sub", "a)", "Agree to respond to the recommendations contained in the body of this "
                  "report; and"),
    ("sub", "b)", "Agree that relevant officers will continue to update the People Overview & "
                  "Scrutiny Committee on progress over the course of the next year, with an "
                  "update on implementation to be provided at its meeting in March 2026."),
    ("h", "REQUIREMENT TO RESPOND"),
    ("n", "2.", "In accordance with section 9FE of the Local Government Act 2000, the Cabinet "
                "is required, within two months of the receipt of this report, to respond in "
                "writing to the People Overview & Scrutiny Committee, setting out whether it "
                "accepts each recommendation and any action it proposes to take. A pro forma "
                "for the response is attached at Annex 1."),
    ("h", "INTRODUCTION AND OVERVIEW"),
    ("n", "3.", "The People Overview & Scrutiny Committee considered a report on the "
                "recommissioning of home care (‘Care at Home’) at its meeting on 13 March "
                "2025, in advance of the Cabinet’s decision on the procurement. The Committee "
                "would like to thank Councillor Yasmin Corder, Cabinet Member for Adult Social "
                "Care, Stephen Ravenscroft, Director of Adult Social Care, and Claire Oduya, "
                "Head of Commissioning (Age Well), for attending, and Jenny Cole of the "
                "Evenlodeshire Association of Care Providers and Mark Tilsley of Healthwatch "
                "Evenlodeshire, who contributed to the discussion."),
    ("n", "4.", "The Committee also heard from Mrs Linda Harbord, a carer from Lower Astwell, "
                "who spoke about what the change would mean for her mother. Her question, "
                "‘will anyone be made to change their carers?’, is one that the Committee "
                "believes many families will be asking, and it has shaped this report."),
    ("h", "SUMMARY"),
    ("n", "5.", "The proposals divide the county into eleven zones, each served by a lead "
                "provider and up to three secondary providers, replacing a framework of 31 "
                "providers that expires on 30 September 2025. The Committee supports the aim "
                "of reducing travel time and of giving providers the certainty they need to "
                "invest in their staff. It makes four recommendations, which focus on whether "
                "the promised improvements for care workers will be delivered, on the rural "
                "zones, on the voice of people who use the service, and on unmet need."),
    ("h", "SCRUTINY RESPONSE TO THE REPORT"),
    ("sh", "Terms and conditions for care workers"),
    ("n", "6.", "Members heard that the new contracts will oblige providers to pay for travel "
                "time and to offer guaranteed hours to any care worker who wants them. The "
                "Committee warmly welcomes both requirements. Its question is a practical one: "
                "how will the Council know that they are being met? Officers were not able to "
                "say how many staff in the contract monitoring team would be available to check "
                "compliance across eleven zones and up to 44 providers."),
    ("rec", "Recommendation 1: That the Council sets out how it will monitor providers’ "
            "compliance with the requirements to pay for travel time and to offer guaranteed "
            "hours, including whether additional contract monitoring capacity is needed."),
    ("sh", "Rural zones"),
    ("n", "7.", "The two most rural zones are to attract an enhanced rate of £2.10 an hour. "
                "The Committee heard from the providers’ association that the greater barrier in "
                "rural areas is recruiting care workers who can drive. It is not yet clear "
                "whether the enhanced rate will be enough, and the Committee considers that it "
                "should be tested against evidence once the contracts are running."),
    ("rec", "Recommendation 2: That the enhanced rate for the rural zones be reviewed after "
            "the first twelve months of the new contracts."),
    ("sh", "The voice of people who use the service"),
    ("n", "8.", "A reference group of eight service users and carers helped to write the "
                "outcomes framework for the new contracts. The Committee believes that the same "
                "group is well placed to help judge whether those outcomes are achieved, and "
                "notes that Healthwatch Evenlodeshire hears most often about late and missed "
                "calls rather than about the quality of care."),
    ("rec", "Recommendation 3: That the service user and carer reference group be retained to "
            "help monitor the new contracts."),
    ("sh", "Unmet need"),
    ("n", "9.", "The report to the Committee did not include figures for the number of people "
                "waiting for a package of care. Without them, Members cannot judge whether the "
                "new model is succeeding in its central purpose."),
    ("rec", "Recommendation 4: That data on unmet need, including the number of people waiting "
            "for a package of care and the hours outstanding, be reported to the Committee "
            "every quarter."),
    ("h", "FURTHER CONSIDERATION"),
    ("n", "10.", "The Committee asked to see the options appraisal for an in-house service, "
                 "which the Cabinet Member has agreed to share, and may return to the question "
                 "of in-house provision when it reviews the first year of the new contracts."),
    ("h", "LEGAL IMPLICATIONS"),
    ("n", "11.", "Under Part 6.2 (13) of the Council’s Constitution, the Cabinet must respond "
                 "to the Committee’s recommendations within two months of receiving them. "
                 "There are no other legal implications arising directly from this report."),
    ("h", "FINANCIAL IMPLICATIONS"),
    ("n", "12.", "There are no direct financial implications arising from this report. Any "
                 "additional contract monitoring capacity would need to be met from within the "
                 "Adult Social Care budget or identified through the budget-setting process."),
]


def build_report(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Report of the People Overview & Scrutiny Committee - Home Care "
                  "Recommissioning")
    pdf.set_author("Evenlodeshire County Council")
    pdf.add_font("Sans", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 20)

    pdf.add_page()
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, 5, "Divisions Affected – All", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Sans", "B", 13)
    pdf.cell(0, 7, "CABINET", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, "22 April 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(0, 7, "Home Care Recommissioning", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 11)
    pdf.cell(0, 6, "Report of the People Overview & Scrutiny Committee",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    width = pdf.w - pdf.l_margin - pdf.r_margin
    for block in REPORT:
        kind = block[0]
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("Sans", "B", 11)
            pdf.multi_cell(width, 6, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "sh":
            pdf.set_font("Sans", "I", 11)
            pdf.multi_cell(width, 6, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "n":
            pdf.set_font("Sans", "", 10.5)
            y = pdf.get_y()
            pdf.cell(12, 5.5, block[1])
            pdf.set_xy(pdf.l_margin + 12, y)
            pdf.multi_cell(width - 12, 5.5, block[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "sub":
            pdf.set_font("Sans", "", 10.5)
            y = pdf.get_y()
            pdf.set_x(pdf.l_margin + 12)
            pdf.cell(8, 5.5, block[1])
            pdf.set_xy(pdf.l_margin + 20, y)
            pdf.multi_cell(width - 20, 5.5, block[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "rec":
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_x(pdf.l_margin + 12)
            pdf.multi_cell(width - 12, 5.5, block[1], border=1, padding=2,
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)

    pdf.ln(3)
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(0, 6, "Councillor Gareth Pendry", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10.5)
    pdf.cell(0, 6, "Chair, People Overview & Scrutiny Committee", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(3)
    pdf.cell(30, 6, "Annex:")
    pdf.cell(0, 6, "Annex 1 – Scrutiny Response Pro Forma", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(30, 6, "Background papers:")
    pdf.set_x(pdf.l_margin + 38)
    pdf.cell(0, 6, "None", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(30, 6, "Contact Officer:")
    pdf.set_x(pdf.l_margin + 38)
    pdf.multi_cell(width - 38, 6, "Lucy Ingram, Scrutiny Officer\n"
                   "lucy.ingram@evenlodeshire.gov.uk", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.cell(0, 6, "April 2025", new_x="LMARGIN", new_y="NEXT")

    # Annex 1: the blank response pro forma
    pdf.add_page(orientation="L")
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, "Annex 1 – Scrutiny Response Pro Forma", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(0, 5.5, "Cabinet response to the report of the People Overview & Scrutiny "
                   "Committee: Home Care Recommissioning\nResponse due: by 22 June 2025\n"
                   "Lead Cabinet Member: Councillor Yasmin Corder, Cabinet Member for Adult "
                   "Social Care", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    rows = [("Recommendation", "Accepted, rejected or partially accepted",
             "Proposed action (if different to that recommended) and indicative timescale "
             "(unless rejected)")]
    for block in REPORT:
        if block[0] == "rec":
            rows.append((block[1], "", ""))
    with pdf.table(col_widths=(120, 55, 78), line_height=5.5, first_row_as_headings=True) as t:
        for row in rows:
            tr = t.row()
            for cell in row:
                tr.cell(cell)

    pdf.output(str(path))

# --------------------------------------------------------------------------------------
# Checking
# --------------------------------------------------------------------------------------


def norm(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def extract_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text("\n")
    return path.read_text(encoding="utf-8")


def count(phrase: str, text: str) -> tuple[int, int]:
    p = norm(phrase)
    padded = f" {text} "
    bounded = len(re.findall(r"(?= " + re.escape(p) + " )", padded))
    return text.count(p), bounded


def check() -> int:
    failures = 0
    for gold_path in sorted(GOLD.glob("jg-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = DOCS / gold["document"]
        if not doc_path.exists():
            print(f"MISSING {doc_path}")
            failures += 1
            continue
        text = norm(extract_text(doc_path))
        if not text:
            print(f"NO TEXT {doc_path.name}")
            failures += 1
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            n_words = len(norm(phrase).split())
            raw, bounded = count(phrase, text)
            ok = raw == 1 and bounded == 1 and 6 <= n_words <= 15
            if not ok:
                failures += 1
                print(f"FAIL {gold_path.name} {kind}: {phrase!r} "
                      f"(occurs {raw}/{bounded}, {n_words} words)")
        items = {i["number"] for i in gold.get("items", [])}
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            if row["item"] not in items:
                failures += 1
                print(f"FAIL {gold_path.name}: unknown item {row['item']}")
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("check passed" if not failures else f"{failures} failure(s)")
    return 1 if failures else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {MINUTES_NAME}, {REPORT_NAME} and their gold files")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
