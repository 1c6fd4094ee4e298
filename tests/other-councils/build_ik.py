#!/usr/bin/env python3
"""Build the "ik-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ik.py           build documents/ik-* and gold/ik-*.json
        build_ik.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "ik-kestridge-scrutiny-overview-2025-11-18.pdf"
NOTICE_NAME = "ik-kestridge-statement-of-executive-decisions-2025-10-22.docx"

COMMITTEE = "Scrutiny & Overview Committee"
FIXED = dt.datetime(2025, 11, 25, 10, 0, 0, tzinfo=dt.timezone.utc)

# --------------------------------------------------------------------------------------
# The minutes
# --------------------------------------------------------------------------------------

ATTENDANCE = [
    ("Present:", [
        "Councillor Amara Okafor (Chair); Councillor Dominic Hale (Vice-Chair); Councillor "
        "Ruth Penhaligon (Deputy Chair); Councillors Gideon Ashworth-Reyes, Orla Kenny, "
        "Tomasz Wrobel and Priya Venkataraman",
    ]),
    ("Also Present:", [
        "Councillor Patrice Lindqvist (Cabinet Member for Health and Adult Social Care); "
        "Councillor Ivo Marchetti (Cabinet Member for Homes); Councillor Naomi Brecken "
        "(Shadow Cabinet Member for Health and Adult Social Care); Councillor Callum Ferris",
        "Imelda Carraway (Corporate Director of Adult Social Care and Health); Desmond "
        "Achterberg (Director of Commissioning and Procurement); Lorna Fairweather (Head of "
        "Day Opportunities and Provider Services); Sunil Bhattacharya (Head of Finance \u2013 "
        "Adult Social Care and Health); Keeley Dunstan (Director of Housing Needs and "
        "Homelessness); Dr Simone Hartigan (Director of Public Health); Grace Ollerenshaw "
        "(Director of Operations, Kestridge University Hospital NHS Trust); Bernadette Quayle "
        "(Director of Integration, One Kestridge Health and Care Alliance)",
    ]),
    ("Apologies:", [
        "Councillor Farah Siddiq (Councillor Orla Kenny attended as a substitute)",
    ]),
]

CALL_IN_TITLE = ("Call-In: Day Opportunities Modernisation \u2013 Outcome of Consultation and "
                 "Approval to Recommission Services (Key Decision 4825EM)")

BODY = [
    ("part", "PART A"),

    ("item", "52/25", "Minutes of the Previous Meeting"),
    ("p", "The minutes of the meeting held on Tuesday, 14 October 2025 were agreed as an "
          "accurate record."),

    ("item", "53/25", "Disclosure of Interests"),
    ("p", "Councillor Orla Kenny disclosed a non-pecuniary interest in item 55/25, as a close "
          "family member attends the Whitmore Road day centre. Councillor Kenny remained in the "
          "meeting but did not take part in the vote on that item. There were no further "
          "disclosures of interest at the meeting."),

    ("item", "54/25", "Urgent Business (if any)"),
    ("p", "There were no items of urgent business."),

    ("item", "55/25", CALL_IN_TITLE),
    ("p", "The Committee considered a report set out on pages 11 to 94 of the agenda, which "
          "provided the details of a call-in request received in relation to the Key Decision "
          "taken by the Executive Mayor in Cabinet on 22 October 2025, Day Opportunities "
          "Modernisation \u2013 Outcome of Consultation and Approval to Recommission Services "
          "(4825EM). The decision approved the closure of the Council-run day centres at "
          "Whitmore Road and Larchfield Lane from 1 April 2026, the transfer of the in-house "
          "service at the Mayfield Resource Centre to an external provider, and the procurement "
          "of a framework of community-based day opportunities for adults with learning "
          "disabilities, autistic adults and older people."),
    ("p", "The call-in had been requested by Councillors Naomi Brecken, Callum Ferris, Gideon "
          "Ashworth-Reyes, Ruth Penhaligon and Tomasz Wrobel, and had been accepted by the "
          "Monitoring Officer as meeting the requirements of the Council\u2019s Constitution. "
          "The reasons given by the signatories for the call-in were as follows:"),
    ("list", [
        ("1.", "The decision did not give adequate weight to the consultation, in which 78% of "
               "respondents, including most carers and service users, opposed the closure of "
               "the Whitmore Road and Larchfield Lane centres."),
        ("2.", "The Equality Impact Assessment did not properly assess the cumulative impact on "
               "older people, disabled adults and their unpaid carers, the majority of whom are "
               "women."),
        ("3.", "The projected saving of \u00a31.2 million over two years was not evidenced in the "
               "report and no alternative options were costed."),
        ("4.", "The decision to close the centres was taken before the market engagement had "
               "shown that there was enough provision in the borough to meet the needs of the "
               "people affected."),
    ]),
    ("p", "At the invitation of the Chair, Councillor Naomi Brecken addressed the Committee on "
          "behalf of the signatories. Councillor Brecken said that carers had told her they felt "
          "the outcome had been decided before the consultation began, and that many of the 214 "
          "people who attended Whitmore Road and Larchfield Lane had been using the centres for "
          "more than twenty years. She questioned why the report to Cabinet had summarised a "
          "consultation analysis of over forty pages in two paragraphs, and asked the Cabinet "
          "Member to explain what had changed in the proposals as a result of what residents had "
          "said. In response, the Cabinet Member for Health and Adult Social Care, Councillor "
          "Patrice Lindqvist, said that the consultation had been genuine and that the final "
          "proposals included three changes made as a result of it: a free transport offer for "
          "anyone whose journey became longer, a six-month transition period with a named worker "
          "for each person, and the retention of a carers\u2019 drop-in at the Larchfield Lane "
          "site. The full consultation analysis had been published as Appendix B to the Cabinet "
          "report."),
    ("p", "The Committee asked how the Council could say that it had listened to residents when "
          "the decision was the same as the proposal that had been consulted on. The Corporate "
          "Director of Adult Social Care and Health advised that a consultation was not a vote, "
          "and that the Council had a duty to take account of the reasons people gave rather "
          "than the number of responses. The main concerns raised had been about transport, "
          "continuity of staff and the loss of friendships, and each of these had been addressed "
          "in the final proposals. A Member questioned whether carers had been told clearly that "
          "the proposals could still change; the Head of Day Opportunities and Provider Services "
          "confirmed that every one of the nineteen consultation events had started with a "
          "statement that no decision had been made."),
    ("p", "In response to a question about how the saving of \u00a31.2 million had been "
          "calculated, the Head of Finance \u2013 Adult Social Care and Health explained that "
          "\u00a3740,000 related to the running costs of the two buildings and \u00a3460,000 to "
          "staffing, and that the figures had been reviewed by the Section 151 Officer. The "
          "Vice-Chair noted that Appendix D of the Cabinet report showed only the building costs "
          "and requested that the full workings be shared with the Committee. The Head of Finance "
          "agreed to circulate the workings to Members after the meeting."),
    ("p", "Members expressed concern that staff at the three centres had still not been told "
          "what would happen to their jobs. The Corporate Director confirmed that 38 posts were "
          "affected. Staff at the Mayfield Resource Centre would transfer to the new provider "
          "under TUPE, with their terms and conditions protected, and staff at Whitmore Road and "
          "Larchfield Lane would be offered redeployment wherever possible. The trade unions had "
          "been briefed, and formal consultation with staff would begin in January 2026 once the "
          "procurement timetable was confirmed."),
    ("p", "Councillor Ashworth-Reyes asked why the Mayfield Resource Centre was being "
          "transferred to an external provider rather than kept in-house, and whether a private "
          "company would be allowed to make a profit from a service for residents with profound "
          "and multiple learning disabilities. The Cabinet Member said that the Council could not "
          "afford the investment the building needed and that a specialist provider would be "
          "better placed to develop the service. The Director of Commissioning and Procurement "
          "added that the tender would be open to voluntary sector organisations and private "
          "providers, that quality would carry 60% of the evaluation, and that the contract would "
          "include an open-book clause so that the Council could see the provider\u2019s costs "
          "and margins."),
    ("p", "The Committee asked what market engagement had taken place before the decision was "
          "made. The Director of Commissioning and Procurement advised that eleven organisations "
          "had attended a market engagement event in September 2025 and that six had since "
          "expressed an interest, although he acknowledged that only two of them currently "
          "delivered day services in Kestridge."),
    ("p", "Councillor Wrobel raised concerns about transport, noting that some people who "
          "attended Whitmore Road would face journeys of more than an hour to reach the nearest "
          "alternative. The Head of Day Opportunities and Provider Services said that no one "
          "would be expected to travel for more than 45 minutes each way and that journey times "
          "would be looked at in each person\u2019s review. Councillor Wrobel also asked whether "
          "officers had modelled how many people might stop attending any day service at all as "
          "a result of the changes."),
    ("p", "Councillor Kenny asked whether the Equality Impact Assessment would be revisited "
          "before any contracts were awarded. Officers confirmed that it would be updated at each "
          "stage of the procurement and would be reported to Cabinet with the contract award "
          "report."),
    ("p", "A Member asked how the changes would affect joint working with the NHS, as a number "
          "of people who attended the Mayfield Resource Centre also received support from the "
          "community learning disability nursing team. The Corporate Director said that health "
          "colleagues had been involved in the reviews carried out so far and that the "
          "integrated learning disability team would continue to support people with complex "
          "health needs whichever provider was appointed."),
    ("p", "The Chair asked whether the Executive Mayor had considered delaying the closures "
          "until the outcome of the procurement was known. The Cabinet Member said that a delay "
          "would put at risk the savings assumed in the Medium Term Financial Strategy and would "
          "prolong the uncertainty for staff, service users and their families."),
    ("p", "A Member commented that the Council had closed two other day centres in 2019 and "
          "that a number of the people who had used them had never been found an alternative "
          "placement."),
    ("p", "The Chair thanked the Cabinet Member and officers for their responses. Following a "
          "summing up by Councillor Brecken, the Committee deliberated on the evidence it had "
          "heard. The Chair reminded Members that, having considered the call-in, the Committee "
          "could: a) take no further action, in which case the decision would take effect "
          "immediately; b) refer the decision back to the decision maker for reconsideration, "
          "setting out the nature of its concerns; or c) refer the matter to Full Council, if it "
          "considered the decision to be outside the budget and policy framework."),
    ("p", "The Committee voted on whether to refer the decision back to the decision maker, "
          "with four Members voting in favour and two against. Councillor Kenny did not vote."),
    ("label", "Resolved:"),
    ("p", "That the Scrutiny & Overview Committee refer the decision back to the Executive Mayor "
          "in Cabinet for reconsideration, on the following grounds:"),
    ("list", [
        ("1.", "The Committee was not assured that the views of carers and service users "
               "expressed through the consultation had been given sufficient weight in the "
               "decision."),
        ("2.", "The Committee was not satisfied that the saving of \u00a31.2 million had been "
               "adequately evidenced in the report to Cabinet."),
        ("3.", "The closure of the Whitmore Road and Larchfield Lane centres should not proceed "
               "until the procurement had demonstrated that suitable alternative provision was "
               "available in the borough."),
    ]),
    ("p", "The Committee further recommended that, in reconsidering the decision, the Executive "
          "Mayor publish the full workings behind the savings and an updated Equality Impact "
          "Assessment."),
    ("sub", "Information Requests"),
    ("p", "The Committee requested the following information from officers:"),
    ("list", [
        ("1.", "Modelling of the number of people expected to take up alternative day "
               "opportunities, and of those expected to stop attending any service."),
        ("2.", "A breakdown of the 38 affected posts by centre and by grade."),
    ]),

    ("item", "56/25", "Winter Preparedness 2025-26: Kestridge Health and Care System"),
    ("p", "The Committee considered a report set out on pages 95 to 126 of the agenda, which "
          "provided an overview of the plans in place across the Kestridge health and care "
          "system to manage the additional pressures expected over winter 2025-26. Bernadette "
          "Quayle, Director of Integration, One Kestridge Health and Care Alliance, introduced "
          "the report together with Grace Ollerenshaw, Director of Operations, Kestridge "
          "University Hospital NHS Trust."),
    ("p", "The Committee asked whether ambulance handover times at Kestridge University Hospital "
          "had improved since last winter, when a number of patients had waited in ambulances "
          "for several hours. The Director of Operations said that the average handover time in "
          "October 2025 had been 31 minutes, compared with 52 minutes in October 2024, and that a "
          "new Rapid Assessment and Treatment area had opened in the Emergency Department in "
          "September."),
    ("p", "Members expressed concern about the number of people who remained in hospital while "
          "they waited for a package of care or a care home placement. The Corporate Director of "
          "Adult Social Care and Health confirmed that there had been 41 such patients on the day "
          "the report was written, and that the Council had commissioned 20 additional "
          "reablement beds for the winter, funded through the Better Care Fund. The Vice-Chair "
          "asked how many of the 41 patients were waiting for home care."),
    ("p", "Councillor Venkataraman asked what was being done to improve flu and COVID-19 "
          "vaccination rates among care home staff, which had been below 30% last winter. The "
          "Director of Public Health explained that vaccination clinics would be held in every "
          "care home in the borough during November and December, and that the homes with the "
          "lowest uptake would receive a visit from the public health nursing team."),
    ("p", "A Member commented that residents continued to tell councillors that it was very hard "
          "to get a GP appointment on a Monday morning, and that this was driving people to the "
          "Emergency Department. The Director of Integration said that the Alliance had funded "
          "an additional 2,400 appointments at the four GP extended access hubs over the winter "
          "months and that these could be booked through NHS 111."),
    ("p", "Councillor Hale asked whether the mental health crisis caf\u00e9 at Fairlop Parade "
          "would remain open over the Christmas and New Year period. The Director of Integration "
          "was not able to confirm the opening hours and undertook to provide them to the "
          "Committee after the meeting."),
    ("p", "The Committee questioned whether the Council\u2019s own winter communications would "
          "reach residents who did not use the internet. The Director of Public Health "
          "acknowledged that this was a gap and advised that printed leaflets on staying well in "
          "winter would be distributed through libraries, pharmacies and food banks."),
    ("sub", "Conclusions"),
    ("p", "Following discussion of this item, the Committee reached the following conclusions:"),
    ("list", [
        ("1.", "The Committee welcomed the improvement in ambulance handover times and thanked "
               "hospital staff for their work."),
        ("2.", "The Committee remained concerned about the number of residents whose discharge "
               "from hospital was delayed while they waited for care, and would keep this under "
               "review through the Health & Social Care Sub-Committee."),
    ]),
    ("sub", "Recommendations"),
    ("p", "The Committee agreed to make the following recommendation to the One Kestridge Health "
          "and Care Alliance:"),
    ("list", [
        ("1.", "That a single winter communications leaflet be produced in the five most widely "
               "spoken community languages in Kestridge and distributed in print as well as "
               "online."),
    ]),

    ("item", "57/25", "Temporary Accommodation: Progress on Scrutiny Recommendations"),
    ("p", "The Committee considered a report set out on pages 127 to 142 of the agenda, which "
          "provided an update on the implementation of the recommendations made by the Committee "
          "in January 2025 following its review of temporary accommodation. The Cabinet Member "
          "for Homes, Councillor Ivo Marchetti, introduced the report."),
    ("p", "The Committee asked why the number of families in bed and breakfast accommodation for "
          "longer than the six-week legal limit had risen from 14 to 23 since the last update. "
          "The Director of Housing Needs and Homelessness explained that the number of households "
          "approaching the Council as homeless had risen by 18% in the year, and that the Council "
          "was competing with other London boroughs for a very limited supply of private rented "
          "homes."),
    ("p", "A Member expressed concern about reports from residents of damp and mould in a "
          "temporary accommodation block on Ravenscar Road, some of whom had children with "
          "asthma. The Cabinet Member for Homes said that all 32 flats in the block had been "
          "inspected in October, that works had been completed in 19 of them and that the "
          "remainder would be finished before Christmas. He added that the Council would apply "
          "the standards required by Awaab\u2019s Law to temporary accommodation as well as to "
          "its own tenancies."),
    ("p", "Councillor Venkataraman requested that future updates include the number of children "
          "living in temporary accommodation, broken down by length of stay. The Director of "
          "Housing Needs and Homelessness agreed that this information would be included in the "
          "next update."),
    ("p", "Councillor Penhaligon asked whether the Council\u2019s spending on nightly paid "
          "accommodation was within budget. The Cabinet Member for Homes replied that it was "
          "forecast to overspend by \u00a33.4 million in 2025-26 and that the overspend had been "
          "reported in the Period 6 financial monitoring report to Cabinet."),
    ("p", "The Committee noted the progress made in implementing its recommendations and agreed "
          "to receive a further update at its meeting on 10 March 2026."),

    ("item", "58/25", "Scrutiny Work Programme 2025-26"),
    ("p", "The Committee considered a report set out on pages 143 to 158 of the agenda, which "
          "presented the work programme for the Scrutiny & Overview Committee and its "
          "Sub-Committees for the remainder of the 2025-26 municipal year."),
    ("p", "Councillor Penhaligon requested that the recommissioning of the home care contracts, "
          "which was due to be decided by Cabinet in the spring, be added to the work programme "
          "of the Health & Social Care Sub-Committee for pre-decision scrutiny. The Chair agreed "
          "that this would be considered at the work programme planning session in January."),
    ("label", "Resolved:"),
    ("p", "That the Scrutiny Work Programme 2025-26, as set out in Appendix 1 to the report, be "
          "agreed."),

    ("part", "PART B"),
    ("item", "59/25", "Exclusion of the Press and Public"),
    ("p", "This item was not required."),
]

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-11-18",
    "items": [
        {"number": "52/25", "title": "Minutes of the Previous Meeting"},
        {"number": "53/25", "title": "Disclosure of Interests"},
        {"number": "54/25", "title": "Urgent Business (if any)"},
        {"number": "55/25", "title": CALL_IN_TITLE},
        {"number": "56/25", "title": "Winter Preparedness 2025-26: Kestridge Health and Care System"},
        {"number": "57/25", "title": "Temporary Accommodation: Progress on Scrutiny Recommendations"},
        {"number": "58/25", "title": "Scrutiny Work Programme 2025-26"},
        {"number": "59/25", "title": "Exclusion of the Press and Public"},
    ],
    "questions": [
        # 55/25: the reasons given for the call-in
        {"item": "55/25", "kind": "concern",
         "text": "The decision did not give adequate weight to the consultation",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "55/25", "kind": "concern",
         "text": "did not properly assess the cumulative impact on older people",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["adult-social-care"]},
        {"item": "55/25", "kind": "concern",
         "text": "was not evidenced in the report and no alternative options were costed",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["finance"]},
        {"item": "55/25", "kind": "concern",
         "text": "was taken before the market engagement had shown that there was enough provision",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["subcontracting", "adult-social-care"]},
        # 55/25: the signatories' spokesperson, then questions to the Cabinet Member and officers
        {"item": "55/25", "kind": "question",
         "text": "She questioned why the report to Cabinet had summarised a consultation analysis",
         "asked_by": "Councillor Brecken",
         "answer": "the final proposals included three changes made as a result of it",
         "given_by": "Cabinet Member for Health and Adult Social Care",
         "themes": ["patient-and-public-input"]},
        {"item": "55/25", "kind": "question",
         "text": "asked how the Council could say that it had listened to residents",
         "asked_by": None,
         "answer": "the Council had a duty to take account of the reasons people gave",
         "given_by": "Corporate Director of Adult Social Care and Health",
         "themes": ["patient-and-public-input"]},
        {"item": "55/25", "kind": "question",
         "text": "questioned whether carers had been told clearly that the proposals could still change",
         "asked_by": None,
         "answer": "every one of the nineteen consultation events had started with a statement",
         "given_by": "Head of Day Opportunities and Provider Services",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "55/25", "kind": "question",
         "text": "In response to a question about how the saving of",
         "asked_by": None,
         "answer": "related to the running costs of the two buildings and",
         "given_by": "Head of Finance \u2013 Adult Social Care and Health",
         "themes": ["finance"]},
        {"item": "55/25", "kind": "request",
         "text": "noted that Appendix D of the Cabinet report showed only the building costs",
         "asked_by": "Vice-Chair",
         "answer": "agreed to circulate the workings to Members after the meeting",
         "given_by": "Head of Finance",
         "themes": ["finance"]},
        {"item": "55/25", "kind": "concern",
         "text": "Members expressed concern that staff at the three centres had still not been told",
         "asked_by": None,
         "answer": "Staff at the Mayfield Resource Centre would transfer to the new provider under TUPE",
         "given_by": "Corporate Director",
         "themes": ["workforce", "adult-social-care"]},
        {"item": "55/25", "kind": "question",
         "text": "whether a private company would be allowed to make a profit",
         "asked_by": "Councillor Ashworth-Reyes",
         "answer": "the Council could not afford the investment the building needed",
         "given_by": "Cabinet Member",
         "themes": ["privatisation", "subcontracting", "adult-social-care"]},
        {"item": "55/25", "kind": "question",
         "text": "The Committee asked what market engagement had taken place before the decision",
         "asked_by": None,
         "answer": "eleven organisations had attended a market engagement event in September 2025",
         "given_by": "Director of Commissioning and Procurement",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "55/25", "kind": "concern",
         "text": "Councillor Wrobel raised concerns about transport, noting that some people",
         "asked_by": "Councillor Wrobel",
         "answer": "no one would be expected to travel for more than 45 minutes each way",
         "given_by": "Head of Day Opportunities and Provider Services",
         "themes": ["adult-social-care"]},
        {"item": "55/25", "kind": "question",
         "text": "officers had modelled how many people might stop attending any day service",
         "asked_by": "Councillor Wrobel",
         "answer": None, "given_by": None,
         "themes": ["adult-social-care"]},
        {"item": "55/25", "kind": "question",
         "text": "asked whether the Equality Impact Assessment would be revisited before any contracts",
         "asked_by": "Councillor Kenny",
         "answer": "it would be updated at each stage of the procurement",
         "given_by": "Officers",
         "themes": ["subcontracting"]},
        {"item": "55/25", "kind": "question",
         "text": "asked how the changes would affect joint working with the NHS",
         "asked_by": None,
         "answer": "health colleagues had been involved in the reviews carried out so far",
         "given_by": "Corporate Director",
         "themes": ["integration"]},
        {"item": "55/25", "kind": "question",
         "text": "asked whether the Executive Mayor had considered delaying the closures",
         "asked_by": "Chair",
         "answer": "a delay would put at risk the savings assumed in the Medium Term Financial Strategy",
         "given_by": "Cabinet Member",
         "themes": ["finance", "governance"]},
        {"item": "55/25", "kind": "comment",
         "text": "commented that the Council had closed two other day centres in 2019",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["adult-social-care"]},
        # 55/25: information requests
        {"item": "55/25", "kind": "request",
         "text": "Modelling of the number of people expected to take up alternative day opportunities",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["adult-social-care"]},
        {"item": "55/25", "kind": "request",
         "text": "A breakdown of the 38 affected posts by centre and by grade",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["workforce"]},
        # 56/25 winter
        {"item": "56/25", "kind": "question",
         "text": "asked whether ambulance handover times at Kestridge University Hospital had improved",
         "asked_by": None,
         "answer": "the average handover time in October 2025 had been 31 minutes",
         "given_by": "Director of Operations",
         "themes": []},
        {"item": "56/25", "kind": "concern",
         "text": "expressed concern about the number of people who remained in hospital",
         "asked_by": None,
         "answer": "the Council had commissioned 20 additional reablement beds for the winter",
         "given_by": "Corporate Director of Adult Social Care and Health",
         "themes": ["adult-social-care", "integration"]},
        {"item": "56/25", "kind": "question",
         "text": "asked how many of the 41 patients were waiting for home care",
         "asked_by": "Vice-Chair",
         "answer": None, "given_by": None,
         "themes": ["adult-social-care"]},
        {"item": "56/25", "kind": "question",
         "text": "vaccination rates among care home staff, which had been below",
         "asked_by": "Councillor Venkataraman",
         "answer": "vaccination clinics would be held in every care home in the borough",
         "given_by": "Director of Public Health",
         "themes": ["public-health", "workforce", "adult-social-care"]},
        {"item": "56/25", "kind": "comment",
         "text": "it was very hard to get a GP appointment on a Monday morning",
         "asked_by": None,
         "answer": "appointments at the four GP extended access hubs over the winter months",
         "given_by": "Director of Integration",
         "themes": ["primary-care"]},
        {"item": "56/25", "kind": "question",
         "text": "would remain open over the Christmas and New Year period",
         "asked_by": "Councillor Hale",
         "answer": "was not able to confirm the opening hours and undertook to provide them",
         "given_by": "Director of Integration",
         "themes": ["mental-health"]},
        {"item": "56/25", "kind": "question",
         "text": "winter communications would reach residents who did not use the internet",
         "asked_by": None,
         "answer": "printed leaflets on staying well in winter would be distributed through libraries",
         "given_by": "Director of Public Health",
         "themes": ["public-health"]},
        # 57/25 temporary accommodation
        {"item": "57/25", "kind": "question",
         "text": "asked why the number of families in bed and breakfast accommodation",
         "asked_by": None,
         "answer": "the number of households approaching the Council as homeless had risen",
         "given_by": "Director of Housing Needs and Homelessness",
         "themes": ["housing"]},
        {"item": "57/25", "kind": "concern",
         "text": "expressed concern about reports from residents of damp and mould",
         "asked_by": None,
         "answer": "all 32 flats in the block had been inspected in October",
         "given_by": "Cabinet Member for Homes",
         "themes": ["housing", "children-and-families"]},
        {"item": "57/25", "kind": "request",
         "text": "requested that future updates include the number of children living in temporary accommodation",
         "asked_by": "Councillor Venkataraman",
         "answer": "agreed that this information would be included in the next update",
         "given_by": "Director of Housing Needs and Homelessness",
         "themes": ["housing", "children-and-families"]},
        {"item": "57/25", "kind": "question",
         "text": "spending on nightly paid accommodation was within budget",
         "asked_by": "Councillor Penhaligon",
         "answer": "the overspend had been reported in the Period 6 financial monitoring report",
         "given_by": "Cabinet Member for Homes",
         "themes": ["finance", "housing"]},
        # 58/25 work programme
        {"item": "58/25", "kind": "request",
         "text": "requested that the recommissioning of the home care contracts",
         "asked_by": "Councillor Penhaligon",
         "answer": "this would be considered at the work programme planning session in January",
         "given_by": "Chair",
         "themes": ["subcontracting", "adult-social-care", "governance"]},
    ],
    "resolutions": [
        {"item": "52/25",
         "text": "The minutes of the meeting held on Tuesday, 14 October 2025 were agreed",
         "outcome": "agreed", "themes": []},
        {"item": "55/25",
         "text": "refer the decision back to the Executive Mayor in Cabinet for reconsideration",
         "outcome": "recommended",
         "themes": ["governance", "patient-and-public-input", "finance", "subcontracting",
                    "adult-social-care"]},
        {"item": "56/25",
         "text": "welcomed the improvement in ambulance handover times and thanked hospital staff",
         "outcome": "other", "themes": ["adult-social-care"]},
        {"item": "56/25",
         "text": "a single winter communications leaflet be produced in the five most widely spoken",
         "outcome": "recommended", "themes": []},
        {"item": "57/25",
         "text": "noted the progress made in implementing its recommendations and agreed to receive",
         "outcome": "agreed", "themes": ["housing"]},
        {"item": "58/25",
         "text": "as set out in Appendix 1 to the report, be agreed",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "Councillor Amara Okafor", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Dominic Hale", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Ruth Penhaligon", "role": "Deputy Chair", "attendance": "present"},
        {"name": "Gideon Ashworth-Reyes", "role": None, "attendance": "present"},
        {"name": "Orla Kenny", "role": None, "attendance": "present"},
        {"name": "Tomasz Wrobel", "role": None, "attendance": "present"},
        {"name": "Priya Venkataraman", "role": None, "attendance": "present"},
        {"name": "Councillor Patrice Lindqvist",
         "role": "Cabinet Member for Health and Adult Social Care", "attendance": "in_attendance"},
        {"name": "Councillor Ivo Marchetti", "role": "Cabinet Member for Homes",
         "attendance": "in_attendance"},
        {"name": "Councillor Naomi Brecken",
         "role": "Shadow Cabinet Member for Health and Adult Social Care",
         "attendance": "in_attendance"},
        {"name": "Councillor Callum Ferris", "role": None, "attendance": "in_attendance"},
        {"name": "Imelda Carraway", "role": "Corporate Director of Adult Social Care and Health",
         "attendance": "in_attendance"},
        {"name": "Desmond Achterberg", "role": "Director of Commissioning and Procurement",
         "attendance": "in_attendance"},
        {"name": "Lorna Fairweather", "role": "Head of Day Opportunities and Provider Services",
         "attendance": "in_attendance"},
        {"name": "Sunil Bhattacharya",
         "role": "Head of Finance \u2013 Adult Social Care and Health",
         "attendance": "in_attendance"},
        {"name": "Keeley Dunstan", "role": "Director of Housing Needs and Homelessness",
         "attendance": "in_attendance"},
        {"name": "Dr Simone Hartigan", "role": "Director of Public Health",
         "attendance": "in_attendance"},
        {"name": "Grace Ollerenshaw",
         "role": "Director of Operations, Kestridge University Hospital NHS Trust",
         "attendance": "in_attendance"},
        {"name": "Bernadette Quayle",
         "role": "Director of Integration, One Kestridge Health and Care Alliance",
         "attendance": "in_attendance"},
        {"name": "Councillor Farah Siddiq", "role": None, "attendance": "apologies"},
    ],
}


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    LEFT, RIGHT = 18.0, 18.0
    NUM_W = 20.0           # minute-number column
    BODY_X = LEFT + NUM_W  # title and text column
    BODY_W = 210.0 - RIGHT - BODY_X
    LH = 5.2

    class Minutes(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("DejaVu", "", 7.5)
                self.set_text_color(110, 110, 110)
                self.set_xy(LEFT, 8)
                self.cell(0, 4, "Scrutiny & Overview Committee \u2013 18.11.25", align="R")
                self.set_text_color(0, 0, 0)
                self.set_y(18)

        def footer(self):
            self.set_y(-13)
            self.set_font("DejaVu", "", 8)
            self.set_x(LEFT)
            self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Minutes(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes of Scrutiny & Overview Committee, 18 November 2025")
    pdf.set_author("Democratic Services")
    pdf.set_creator("Kestridge Committee Management System")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(LEFT, 16, RIGHT)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    # Title block
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 8, COMMITTEE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, "Meeting held on Tuesday, 18 November 2025 at 6.30 pm in the Council "
                         "Chamber, Town Hall, Chantry Street, Kestridge KS1 1NX",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, "MINUTES", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    # Attendance: bold label in a left column, names to its right
    LABEL_W = 30.0
    for label, paras in ATTENDANCE:
        y0 = pdf.get_y()
        pdf.set_font("DejaVu", "B", 10)
        pdf.set_xy(LEFT, y0)
        pdf.cell(LABEL_W, LH, label)
        pdf.set_font("DejaVu", "", 10)
        for i, text in enumerate(paras):
            if i:
                pdf.ln(2)
            pdf.set_x(LEFT + LABEL_W)
            pdf.multi_cell(210 - RIGHT - LEFT - LABEL_W, LH, text, align="L",
                           new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    def need(h: float) -> None:
        if pdf.get_y() + h > pdf.h - 20:
            pdf.add_page()

    for block in BODY:
        kind = block[0]
        if kind == "part":
            need(20)
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 11)
            pdf.set_x(LEFT)
            pdf.cell(0, 6, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "item":
            _, num, title = block
            need(22)
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 10.5)
            y0 = pdf.get_y()
            pdf.set_xy(LEFT, y0)
            pdf.cell(NUM_W, LH + 0.4, num)
            pdf.set_xy(BODY_X, y0)
            pdf.multi_cell(BODY_W, LH + 0.4, title, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10)
            pdf.set_x(BODY_X)
            pdf.multi_cell(BODY_W, LH, block[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind in ("label", "sub"):
            need(14)
            pdf.set_font("DejaVu", "B", 10)
            pdf.set_x(BODY_X)
            pdf.cell(BODY_W, LH, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "list":
            pdf.set_font("DejaVu", "", 10)
            for marker, text in block[1]:
                need(LH * 2)
                y0 = pdf.get_y()
                pdf.set_xy(BODY_X, y0)
                pdf.cell(8, LH, marker)
                pdf.set_xy(BODY_X + 8, y0)
                pdf.multi_cell(BODY_W - 8, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            pdf.ln(1)
        else:
            raise ValueError(kind)

    # Close of meeting and signature block
    need(40)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 10)
    pdf.set_x(BODY_X)
    pdf.cell(BODY_W, LH, "The meeting ended at 9.47 pm.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_x(BODY_X)
    pdf.cell(20, LH, "Signed:")
    pdf.cell(80, LH, "..........................................................",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_x(BODY_X)
    pdf.cell(20, LH, "Date:")
    pdf.cell(80, LH, "..........................................................",
             new_x="LMARGIN", new_y="NEXT")

    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# The document that is not minutes: a Statement of Executive Decisions
# --------------------------------------------------------------------------------------

NOTICE_GOLD = {"document": NOTICE_NAME, "doc_type": "other"}

DECISIONS = [
    {
        "Agenda item": "6",
        "Title": "Day Opportunities Modernisation \u2013 Outcome of Consultation and Approval to "
                 "Recommission Services",
        "Key Decision ref": "4825EM",
        "Decision maker": "Executive Mayor in Cabinet",
        "Lead officer": "Imelda Carraway, Corporate Director of Adult Social Care and Health",
        "clauses": [
            "Note the outcome of the public consultation on the future of day opportunities, "
            "which ran from 2 June to 25 August 2025, as set out in Appendix B to the report;",
            "Approve the closure of the Council-run day centres at Whitmore Road and Larchfield "
            "Lane with effect from 1 April 2026, subject to every person who attends having a "
            "review and a transition plan;",
            "Approve the transfer of the in-house service at the Mayfield Resource Centre to an "
            "external provider, and the procurement strategy set out in section 6 of the report;",
            "Approve the establishment of a framework of community-based day opportunities for a "
            "term of four years with an option to extend for up to two further years;",
            "Delegate authority to the Corporate Director of Adult Social Care and Health, in "
            "consultation with the Cabinet Member for Health and Adult Social Care, to award the "
            "contracts resulting from the procurement; and",
            "Agree that a free transport offer is made to any person whose journey to their new "
            "service is longer than their current journey.",
        ],
    },
    {
        "Agenda item": "7",
        "Title": "Financial Performance Report \u2013 Month 5 (August 2025)",
        "Key Decision ref": "Not a key decision",
        "Decision maker": "Executive Mayor in Cabinet",
        "Lead officer": "Corporate Director of Resources and Section 151 Officer",
        "clauses": [
            "Note the General Fund revenue forecast overspend of \u00a38.9 million at Month 5, "
            "after the use of earmarked reserves;",
            "Note the Housing Revenue Account forecast and the capital programme forecast set "
            "out in sections 5 and 6 of the report; and",
            "Approve the virements set out in Appendix 3 to the report.",
        ],
    },
    {
        "Agenda item": "8",
        "Title": "Ravenscar Road Temporary Accommodation \u2013 Lease Extension",
        "Key Decision ref": "5125EM",
        "Decision maker": "Executive Mayor in Cabinet",
        "Lead officer": "Director of Housing Needs and Homelessness",
        "clauses": [
            "Approve an extension of the lease of 32 units of temporary accommodation at "
            "Ravenscar Road for a further period of three years; and",
            "Delegate authority to the Director of Housing Needs and Homelessness, in "
            "consultation with the Cabinet Member for Homes, to agree the final terms, "
            "including a schedule of works to address damp and mould.",
        ],
    },
]


def build_notice(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.created = dt.datetime(2025, 10, 23, 9, 0, 0)
    cp.modified = dt.datetime(2025, 10, 23, 9, 0, 0)
    cp.last_modified_by = "Democratic Services"
    cp.author = "Democratic Services"
    cp.title = "Statement of Executive Decisions \u2013 22 October 2025"
    cp.revision = 1

    style = d.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)

    def para(text="", bold=False, align=None, size=None):
        p = d.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        return p

    para("LONDON BOROUGH OF KESTRIDGE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    para("To:\tAll Members of the Council\n\tKestridge Council website\n\tAccess Kestridge "
         "& Town Hall Reception")
    para("STATEMENT OF EXECUTIVE DECISIONS MADE BY THE EXECUTIVE MAYOR IN CABINET ON "
         "WEDNESDAY 22 OCTOBER 2025", bold=True)
    para("This statement is produced in accordance with Regulation 12 of the Local "
         "Authorities (Executive Arrangements) (Meetings and Access to Information) (England) "
         "Regulations 2012.")
    para("The following apply to each decision listed below:", bold=True)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Reasons for these decisions:", "As set out in the Part A report"),
        ("Other options considered and rejected:", "As set out in the Part A report"),
        ("Details of conflicts of interest declared by the Executive Mayor:", "None"),
        ("Details of any dispensation granted by the Head of Paid Service in relation to any "
         "conflict of interest declared by the Executive Mayor:", "None"),
    ]:
        row = t.add_row().cells
        row[0].text = k
        row[1].text = v
    para()
    para("The date of the publication of these decisions is Thursday 23 October 2025 and the "
         "call-in period expires at 13:00 on Thursday 30 October 2025. Key decisions will be "
         "implemented from 13:00 on Friday 31 October 2025 unless a valid call-in request is "
         "received by the Head of Democratic Services before that time, in which case the "
         "decision will be referred to the Scrutiny & Overview Committee.")
    para("Signed: Hilary Vantongeren")
    para("Head of Democratic Services and Deputy Monitoring Officer")

    for dec in DECISIONS:
        d.add_page_break()
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k in ("Agenda item", "Title", "Key Decision ref", "Decision maker", "Lead officer"):
            row = t.add_row().cells
            row[0].text = k + ":"
            row[1].text = dec[k]
        para()
        para("DECISION", bold=True)
        para("Having carefully read and considered the Part A report and the requirements of "
             "the Council\u2019s public sector equality duty in relation to the issues detailed "
             "in the body of the reports, the Executive Mayor in Cabinet")
        para("RESOLVED to:", bold=True)
        for i, clause in enumerate(dec["clauses"], 1):
            para(f"{i}.\t{clause}")
    para()
    para("Any Member of the Council wishing to call in a key decision should complete the "
         "call-in request form available from Democratic Services. A request must be signed "
         "by at least five Members and must set out the reasons for the call-in.")

    d.save(str(path))
    _fix_zip_dates(path)


def _fix_zip_dates(path: Path) -> None:
    """Rewrite the .docx package with fixed entry dates so that the output is deterministic."""
    import io
    import zipfile
    with zipfile.ZipFile(str(path)) as zin:
        entries = [(info, zin.read(info.filename)) for info in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in entries:
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 10, 23, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, data)
    path.write_bytes(buf.getvalue())


# --------------------------------------------------------------------------------------
# Text extraction and --check
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
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def normalise(text: str, space: bool) -> str:
    """Lower-case, remove punctuation (deleted, or replaced by a space), collapse spaces."""
    out = []
    for ch in text.lower():
        if unicodedata.category(ch).startswith("P"):
            out.append(" " if space else "")
        else:
            out.append(ch)
    return re.sub(r"\s+", " ", "".join(out)).strip()


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("ik-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            problems += 1
            continue
        if gold_path.stem != doc.stem:
            print(f"NAME mismatch {gold_path.name} / {doc.name}")
            problems += 1
        raw = extract_text(doc)
        texts = {sp: normalise(raw, sp) for sp in (False, True)}
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        item_numbers = {i["number"] for i in gold.get("items", [])}
        for q in gold.get("questions", []) + gold.get("resolutions", []):
            if q["item"] not in item_numbers:
                print(f"  unknown item {q['item']!r}")
                problems += 1
        for kind, phrase in phrases:
            n_words = len(normalise(phrase, True).split())
            if not 6 <= n_words <= 15:
                print(f"  {gold_path.name}: {kind} has {n_words} words: {phrase!r}")
                problems += 1
            for sp, text in texts.items():
                count = text.count(normalise(phrase, sp))
                if count != 1:
                    print(f"  {gold_path.name}: {kind} occurs {count} times "
                          f"({'space' if sp else 'delete'}): {phrase!r}")
                    problems += 1
        for a in gold.get("attendees", []):
            if normalise(a["name"], True) not in texts[True]:
                print(f"  attendee not found: {a['name']!r}")
                problems += 1
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("OK" if problems == 0 else f"{problems} problem(s)")
    return 1 if problems else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_notice(DOCS / NOTICE_NAME)
    for gold in (MINUTES_GOLD, NOTICE_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / NOTICE_NAME}\nwrote gold files in {GOLD}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
