#!/usr/bin/env python3
"""Build the "qt-" documents (round 231) and their gold annotations.

Usage:  build_qt.py           build documents/qt-* and gold/qt-*.json
        build_qt.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import json
import re
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "qt-sturcombe-people-communities-scrutiny-2025-01-23.txt"
FAQ_NAME = "qt-sturcombe-damp-mould-tenants-faqs.txt"

WIDTH = 72
IND = 5
LINES_PER_PAGE = 56

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Blocks: a plain string is a paragraph indented under the item titles;
# ("raw", text) is kept line for line; ("center", text) is centred;
# ("item", number, title) is an item heading underlined with '-';
# ("b", text) is a bullet; ("cl", "(1)", text) a numbered clause;
# ("label", text) a line on its own at the paragraph indent.

HEAD = [
    ("center", "STURCOMBE CITY COUNCIL"),
    ("center", "PEOPLE AND COMMUNITIES SCRUTINY COMMITTEE\n"
               "========================================="),
    ("center", "Thursday 23 January 2025"),
    ("raw", "Present:"),
    ("raw", "Councillor Tregaskis (Chair)"),
    ("raw", "Councillors Ashplant, Brimacombe, Hext (Deputy Chair), Jory, Luscombe,\n"
            "Pascoe, Trelawny, J, Trelawny, S and Widdicombe"),
    ("raw", "Apologies:"),
    ("raw", "Councillors Coombes and Netherton"),
    ("raw", "In attendance:"),
    ("raw", "Councillor Rowse     - Portfolio Holder for Council Housing and\n"
            "                       Homelessness\n"
            "Councillor Northcott - Portfolio Holder for Communities, Health and\n"
            "                       Wellbeing\n"
            "Dr Helen Marwood     - Associate Director of Primary Care, NHS\n"
            "                       Carnshire Integrated Care Board\n"
            "Rachel Tozer         - Consultant in Public Health, Carnshire County\n"
            "                       Council\n"
            "Gavin Prowse         - Principal Trading Standards Officer, Carnshire\n"
            "                       County Council\n"
            "Valerie Hocking      - Chair, Sturcombe Tenants' and Leaseholders'\n"
            "                       Forum"),
    ("raw", "Also in attendance under Standing Order No. 44:"),
    ("raw", "Councillor Furse"),
    ("raw", "Also present:"),
    ("raw", "Strategic Director for People and Communities, Director Finance,\n"
            "Service Lead Housing Assets, Independent Living Manager and Democratic\n"
            "Services Officer"),
]

BODY = [
    ("item", "25", "MINUTES"),
    "The minutes of the meeting held on 7 November 2024 were taken as read, "
    "approved and signed by the Chair as correct.",

    ("item", "26", "DECLARATIONS OF INTEREST"),
    "No disclosable pecuniary interests were declared. The following "
    "non-registerable interests were declared:",
    ("raw", "     Councillor        Minute    Nature of interest\n"
            "     ----------        ------    ------------------\n"
            "     Jory              29        Tenant of a Council property\n"
            "     Luscombe          32        Her mother is a customer of the\n"
            "                                 Homelink service"),

    ("item", "27", "QUESTIONS FROM THE PUBLIC UNDER STANDING ORDER NO. 19"),
    "In accordance with Standing Order No. 19, the following question had been "
    "submitted by Mr Kitto, a Council tenant living in Wyndle Park, who attended "
    "the meeting and read out his question. The Portfolio Holder for Council "
    "Housing and Homelessness responded.",
    ("label", "Question"),
    "How many Council homes currently have an open report of damp or mould, and "
    "how many of those reports have been open for longer than the 14 days that "
    "the Council's own damp and mould policy allows?",
    ("label", "Response"),
    "As at 10 January 2025 there were 214 open reports of damp and mould across "
    "the Council's 4,870 homes. Of these, 61 had been open for longer than 14 "
    "days. In most of those cases the remedial work had been ordered but could "
    "not be completed until the property had dried out, or the tenant had asked "
    "for the work to be carried out at a later date. Every report is inspected by "
    "a surveyor, and the current target is for the inspection to take place "
    "within ten working days of the report being received.",
    ("label", "Supplementary question"),
    "Mr Kitto asked whether tenants would be told in writing when their case had "
    "gone past 14 days, and who they should contact.",
    ("label", "Response"),
    "Councillor Rowse stated that from 1 April 2025 any tenant whose case remained "
    "open after 14 days would receive a letter setting out the work planned and "
    "the contact details of a named case officer. She thanked Mr Kitto for "
    "raising the matter.",

    ("item", "28", "QUESTIONS FROM MEMBERS OF THE COUNCIL UNDER STANDING ORDER\nNO. 20"),
    "No questions from Members had been received.",

    ("item", "29", "RESPONSIVE REPAIRS AND VOID PROPERTY WORKS CONTRACT -\n"
                   "PROCUREMENT APPROACH"),
    "Councillor Rowse, Portfolio Holder for Council Housing and Homelessness, "
    "introduced the item, stating that repairs were the largest single cause of "
    "complaints from tenants and that the new contract was an opportunity to reset "
    "the relationship between the Council, its contractors and its tenants.",
    "The Service Lead Housing Assets presented the report seeking the Committee's "
    "views on the proposed approach to the re-procurement of the Council's "
    "responsive repairs and void property works contract, which was currently "
    "held by Trevannick Building Services Limited and was due to expire on 31 March "
    "2026. Particular reference was made to:",
    ("b", "the current contract being worth approximately £6.2 million a year, with "
          "around 19,000 repairs orders raised each year;"),
    ("b", "the proposal to divide the new contract into two lots, one for responsive "
          "repairs and one for void properties, so that smaller and locally based "
          "contractors would be able to bid for one lot;"),
    ("b", "the requirement for the successful contractor to meet the new timescales "
          "for investigating and repairing damp and mould hazards under Awaab's Law; "
          "and"),
    ("b", "the intention to bring gas servicing back in-house from April 2026, as "
          "reported to the Committee in July 2024."),
    "At the invitation of the Chair, Mrs Hocking, Chair of the Sturcombe Tenants' "
    "and Leaseholders' Forum, addressed the Committee. She stated that the Forum "
    "supported the two-lot approach and, given that the most common complaint from "
    "tenants was the number of jobs needing a second visit because operatives "
    "arrived without the right parts, asked that tenants be included on the panel "
    "evaluating the bids. The Service Lead Housing Assets confirmed that two "
    "members of the Forum would sit on the evaluation panel and would be offered "
    "training in the procurement rules beforehand.",
    "Councillor Furse, having given notice under Standing Order No. 44, spoke on "
    "the item. He raised the following points:",
    ("b", "the length of time taken to re-let empty Council homes in Mardle Down "
          "ward, some of which had stood empty for more than six months; and"),
    ("b", "whether the Council had considered setting up its own direct labour "
          "organisation rather than letting a further contract."),
    "The Portfolio Holder for Council Housing and Homelessness responded that:",
    ("b", "the average re-let time had been 58 days in the third quarter of "
          "2024/25, against a target of 35 days, and the separate voids lot was "
          "intended to bring this down; and"),
    ("b", "a direct labour organisation had been costed in the options appraisal at "
          "Appendix A, but had been discounted because of set-up costs of around "
          "£2.4 million and the difficulty of recruiting qualified trades staff."),
    "Members made the following comments:",
    ("b", "the current contractor's record on completing repairs at the first visit "
          "had been poor, and the new contract should include financial penalties "
          "where targets were missed;"),
    ("b", "the social value commitments should include apprenticeships for young "
          "people from the city; and"),
    ("b", "leaseholders should be consulted before any works which would be "
          "recharged to them were ordered under the new contract."),
    "In response to further questions from Members, the Service Lead Housing "
    "Assets advised:",
    ("b", "in respect of how bids would be evaluated, the proposed weighting was 60% "
          "quality, 30% price and 10% social value;"),
    ("b", "on the use of subcontractors by the main contractor, the successful "
          "bidder would have to name any subcontractors in its tender and pay them "
          "within 30 days;"),
    ("b", "regarding the Council's readiness for Awaab's Law, the Council was "
          "awaiting final guidance from the Government, but the specification would "
          "require emergency hazards to be made safe within 24 hours; and"),
    ("b", "as to the number of void properties, around 380 homes became empty each "
          "year, of which about one in five needed major works before they could be "
          "let again."),
    "A Member asked whether the Committee would see the outcome of the evaluation "
    "before the contract was awarded. The Strategic Director for People and "
    "Communities advised that the award would be a decision for Executive, but "
    "that a summary of the evaluation could be brought to the Committee, in Part "
    "II, in the autumn.",
    "People and Communities Scrutiny Committee supported the proposed procurement "
    "approach and recommended that Executive:",
    ("cl", "(1)", "approves the re-procurement of the responsive repairs and void "
                  "property works contract in two lots, as set out in section 8 of "
                  "the report; and"),
    ("cl", "(2)", "delegates authority to the Strategic Director for People and "
                  "Communities, in consultation with the Portfolio Holder for Council "
                  "Housing and Homelessness, to award the contracts following the "
                  "evaluation of tenders."),

    ("item", "30", "ACCESS TO GP AND DENTAL SERVICES IN THE CITY"),
    "The Chair welcomed Dr Marwood, Associate Director of Primary Care, NHS "
    "Carnshire Integrated Care Board (ICB), to the meeting. Dr Marwood gave a "
    "presentation on access to general practice and NHS dentistry in Sturcombe, a "
    "copy of which had been circulated to Members in advance of the meeting. "
    "Particular reference was made to:",
    ("b", "the 14 GP practices in the city, working in three primary care networks, "
          "having provided 4.1% more appointments in 2024 than in 2023;"),
    ("b", "79% of GP appointments having taken place within two weeks of being "
          "booked, and 41% on the same day;"),
    ("b", "the recruitment of 38 staff in additional roles, including clinical "
          "pharmacists, physiotherapists and care co-ordinators, through the primary "
          "care networks;"),
    ("b", "the ICB's dental recovery plan, under which 6,500 additional urgent dental "
          "appointments had been commissioned across Carnshire in 2024/25; and"),
    ("b", "the proportion of adults in Sturcombe seen by an NHS dentist in the "
          "previous 24 months standing at 38%, against 40% for England."),
    "Councillor Pascoe enquired whether patients were still being asked to "
    "telephone their practice at 8.00 am in order to obtain an appointment. Dr "
    "Marwood explained that all practices in the city had now moved to cloud-based "
    "telephone systems with a call-back facility, and that eleven of the fourteen "
    "practices also accepted online requests throughout the working day.",
    "Councillor J. Trelawny expressed concern at the closure of the branch surgery "
    "at Mardle Down in September 2024, which had left residents without a car "
    "facing two bus journeys to reach the main surgery. Dr Marwood advised that the "
    "decision had been taken by the practice after it had been unable to recruit a "
    "salaried GP for the branch, and that the ICB had since agreed with the "
    "practice a weekly clinic in the Mardle Down community centre for patients with "
    "long-term conditions.",
    "Councillor Widdicombe asked how many residents were unable to find an NHS "
    "dentist. In response, Dr Marwood stated that the ICB did not hold a waiting "
    "list, as patients were not registered with dental practices in the way they "
    "were with GPs, but that the Carnshire dental helpline had received 3,900 calls "
    "from Sturcombe residents during 2024.",
    "Councillor Brimacombe commented that many residents did not understand the "
    "roles of the new staff now working in practices, such as physician associates "
    "and care co-ordinators, and were reluctant to see them instead of a GP. Dr "
    "Marwood accepted the point and undertook to provide a short leaflet explaining "
    "the roles which Members could share with residents.",
    "The Deputy Chair requested that the ICB provide figures, by ward, on the "
    "number of children who had seen an NHS dentist in the previous 12 months, "
    "given the levels of tooth decay reported in the Director of Public Health's "
    "annual report. Dr Marwood agreed to provide the figures where they were "
    "available at ward level.",
    "Councillor Ashplant asked about progress on the new health centre planned as "
    "part of the Sandhill urban extension. The Strategic Director for People and "
    "Communities advised that £1.1 million of Section 106 contributions had been "
    "secured towards the building, but that the ICB had not yet confirmed the "
    "revenue funding needed to staff it, and that discussions were continuing.",
    "The Chair thanked Dr Marwood for attending and for her presentation.",
    "RESOLVED that the presentation be noted and that NHS Carnshire Integrated "
    "Care Board be invited to provide a further update on access to NHS dentistry "
    "in the city to the meeting in July 2025.",

    ("item", "31", "VAPING AMONG YOUNG PEOPLE"),
    "Ms Tozer, Consultant in Public Health, and Mr Prowse, Principal Trading "
    "Standards Officer, both of Carnshire County Council, presented the joint "
    "report on vaping among young people in the city and the action being taken to "
    "reduce underage sales. Particular reference was made to:",
    ("b", "a survey of 2,300 secondary school pupils across Carnshire in 2024, in "
          "which 9% of 14 and 15 year olds had reported vaping at least once a week;"),
    ("b", "the national ban on the sale of single-use vapes, which would come into "
          "force on 1 June 2025;"),
    ("b", "27 test purchases carried out at premises in Sturcombe during 2024, eight "
          "of which had resulted in a sale to a person under 18; and"),
    ("b", "the Council's own powers in respect of litter, street trading and the "
          "licensing of premises."),
    "Mr Prowse added that most of the illegal vapes seized in Carnshire during 2024 "
    "had exceeded the legal limits on tank size or nicotine strength, and that "
    "4,600 illegal products had been seized from 19 premises across the county.",
    "A Member asked what action was being taken against shops which had sold vapes "
    "to children on more than one occasion. Mr Prowse explained that two premises "
    "in the city had been referred to the Council's Licensing Sub-Committee for a "
    "review of their premises licences, and that one retailer had been prosecuted "
    "in October 2024 and fined £4,000.",
    "Councillor Luscombe raised concern about the number of discarded vapes in "
    "parks and play areas, and the risk of fires when they were placed in "
    "household waste. Councillor Northcott responded that collection points for "
    "vapes had been installed at the three main supermarkets in the city and at "
    "the Civic Centre, and that a campaign on the safe disposal of batteries would "
    "run in the spring.",
    "Councillor Pascoe asked whether support was available for young people who "
    "wished to stop vaping. Ms Tozer advised that the County Council's stop "
    "smoking service did not currently accept referrals for young people under "
    "16, but that a pilot offering support to quit vaping would begin in two "
    "secondary schools in the city in April 2025.",
    "Councillor Jory commented that the public health messages about vaping were "
    "confusing, as adult smokers were being encouraged to switch to vapes while "
    "children were being warned against them. Ms Tozer acknowledged this and "
    "stated that the national advice remained that vaping was substantially less "
    "harmful than smoking for adults, but that no one who did not smoke should "
    "take up vaping.",
    "Councillor Widdicombe moved, and Councillor Hext seconded, that the Chair "
    "write on behalf of the Committee to the city's Member of Parliament in support "
    "of the powers in the Tobacco and Vapes Bill to restrict the flavours, "
    "packaging and display of vapes. The motion was put to the vote and carried "
    "unanimously.",
    "People and Communities Scrutiny Committee noted the report and thanked Ms "
    "Tozer and Mr Prowse for attending.",

    ("item", "32", "HOMELINK COMMUNITY ALARM SERVICE - FUTURE DELIVERY OPTIONS"),
    "Councillor Luscombe, having declared an interest, left the meeting during "
    "consideration of this item.",
    "Councillor Northcott, Portfolio Holder for Communities, Health and Wellbeing, "
    "introduced the report. She stated that the proposals had not been brought "
    "forward lightly and that the service valued by its customers would continue, "
    "whoever ran the monitoring centre.",
    "The Independent Living Manager presented the report on the future delivery "
    "of the Homelink community alarm and telecare service, which supported 2,140 "
    "customers, around 40% of whom lived outside the city. The report recommended "
    "that the 24-hour monitoring centre be transferred to an external provider "
    "under a five-year contract, with the Council's mobile response team remaining "
    "in-house. Particular reference was made to:",
    ("b", "the switch of the national telephone network from analogue to digital by "
          "January 2027, which would require the replacement of every alarm unit "
          "and of the call-handling platform at an estimated cost of £380,000;"),
    ("b", "the service having operated at a deficit of £96,000 in 2023/24;"),
    ("b", "eleven monitoring centre staff who would transfer to the new provider "
          "under TUPE; and"),
    ("b", "a consultation with customers and their families carried out in November "
          "and December 2024."),
    "In response to questions from Members, the Independent Living Manager "
    "advised as follows:",
    ("b", "how customers and their families had been consulted on the proposals - "
          "all 2,140 customers had been written to, 612 had returned a "
          "questionnaire and most had said that their main concern was being able "
          "to speak to someone local;"),
    ("b", "whether charges would rise under an external provider - customers' "
          "weekly charges would continue to be set by the Council and would be "
          "capped at inflation for the first three years of the contract;"),
    ("b", "the position of the monitoring centre staff affected by the transfer - "
          "the eleven staff would transfer on their existing terms and conditions, "
          "and the Council had met the staff and their trade union representatives "
          "twice; and"),
    ("b", "whether response times for alarm calls would be protected - the contract "
          "would require 98% of alarm calls to be answered within 60 seconds, which "
          "matched the Council's current performance."),
    "Councillor Brimacombe asked whether the Council could afford to keep the "
    "monitoring centre in-house if the cost of the digital upgrade were met from "
    "reserves. The Director Finance advised that the upgrade could be funded once "
    "from reserves, but that the service would still need to find savings of "
    "around £100,000 a year to break even, and that an external provider would "
    "bring economies of scale which the Council could not match.",
    "Councillor J. Trelawny moved, and Councillor Pascoe seconded, that the "
    "Committee recommend to Executive that the monitoring centre be retained "
    "in-house and that the Council seek a partner authority with which to share "
    "the cost of the digital upgrade. Following a vote, the motion was lost.",
    "People and Communities Scrutiny Committee supported the recommendations in "
    "the report and recommended that Executive:",
    ("cl", "(1)", "approves the procurement of an external provider to deliver the "
                  "Homelink monitoring centre under a five-year contract from 1 "
                  "October 2025, with the mobile response service to remain with the "
                  "Council; and"),
    ("cl", "(2)", "notes that a report on the outcome of the procurement will be "
                  "brought to this Committee before the contract is awarded."),
    "Councillor Luscombe rejoined the meeting.",

    ("item", "33", "FORWARD PLAN OF BUSINESS AND SCRUTINY WORK PROGRAMME"),
    "The Democratic Services Officer presented the forward plan of business for "
    "the Executive and the Committee's work programme for the remainder of the "
    "2024/25 municipal year. She advised that the Executive would consider the "
    "Housing Revenue Account budget for 2025/26 on 4 February 2025 and the "
    "Homelessness and Rough Sleeping Strategy on 11 March 2025. The Chair reminded "
    "Members that the task and finish group on empty homes would report to the "
    "Committee in June.",
    "Councillor Jory requested that a report on the use of bed and breakfast "
    "accommodation for families with children be added to the work programme, "
    "following a rise in the number of households placed outside the city. The "
    "Chair agreed that the item would be included at the meeting on 20 March 2025, "
    "with a report from the Service Lead Housing Needs and Homelessness.",
    "The work programme was noted, subject to the addition of a report on "
    "temporary accommodation at the March meeting.",

    ("item", "34", "EXCLUSION OF PRESS AND PUBLIC"),
    "RESOLVED that, under Section 100A (4) of the Local Government Act 1972, the "
    "press and public be excluded from the meeting for consideration of the "
    "following item on the grounds that it involved the likely disclosure of "
    "exempt information as defined in paragraph 3 of Part I, Schedule 12A of the "
    "Act.",

    ("item", "35", "RESPONSIVE REPAIRS CONTRACT - PERFORMANCE OF CURRENT\nCONTRACTOR"),
    "The Service Lead Housing Assets presented a confidential update on the "
    "performance of the current responsive repairs contractor, including the "
    "deductions made under the contract's performance management framework during "
    "2024/25.",
    "People and Communities Scrutiny Committee noted the update.",

    ("raw", "(The meeting commenced at 5.30 pm and closed at 8.06 pm)"),
    ("raw", "\n\n                                          ..........................\n"
            "                                                     Chair"),
]


def wrap(text: str, first: str, rest: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)


def block_lines(block) -> list[str]:
    pad = " " * IND
    if isinstance(block, str):
        return wrap(block, pad, pad)
    kind = block[0]
    if kind == "raw":
        return block[1].split("\n")
    if kind == "center":
        return [line.center(WIDTH).rstrip() for line in block[1].split("\n")]
    if kind == "label":
        return [pad + block[1]]
    if kind == "item":
        number, title = block[1], block[2]
        parts = title.split("\n")
        out = [f"{number:<{IND}}{parts[0]}"] + [pad + p for p in parts[1:]]
        out.append(pad + "-" * max(len(p) for p in parts))
        return out
    if kind == "b":
        return wrap(block[1], pad + "*  ", pad + "   ")
    if kind == "cl":
        return wrap(block[2], pad + f"{block[1]:<4}", pad + "    ")
    raise ValueError(kind)


def minutes_text() -> str:
    lines: list[str] = []
    for block in HEAD + BODY:
        if lines:
            lines.append("")
        lines.extend(block_lines(block))
    pages: list[list[str]] = []
    cur: list[str] = []
    for line in lines:
        if len(cur) >= LINES_PER_PAGE:
            pages.append(cur)
            cur = []
        if not cur and line == "":
            continue
        cur.append(line)
    if cur:
        pages.append(cur)
    out = []
    for n, page in enumerate(pages, 1):
        while page and page[-1] == "":
            page.pop()
        if n > 1:
            page = ["People and Communities Scrutiny Committee" + "23.01.25".rjust(WIDTH - 41),
                    ""] + page
        foot = f"- {n} -".center(WIDTH).rstrip()
        out.append("\n".join(page) + "\n\n" + foot + "\n\f\n")
    return "".join(out).rstrip("\f\n") + "\n"


# ---------------------------------------------------------------------------
# The paper that is not minutes: a tenants' FAQ sheet
# ---------------------------------------------------------------------------

FAQ = [
    ("center", "STURCOMBE CITY COUNCIL\nHousing Services"),
    ("center", "DAMP AND MOULD IN YOUR HOME\n"
               "Frequently asked questions for Council tenants and leaseholders\n"
               "==============================================================="),
    ("center", "January 2025"),
    "We know that damp and mould can be upsetting and, for some people, bad "
    "for their health. We want every Council home in Sturcombe to be warm, "
    "dry and safe. This sheet answers the questions our tenants ask us most "
    "often. It was written with the help of the Sturcombe Tenants' and "
    "Leaseholders' Forum, and it replaces the leaflet we issued in 2022.",
    "If your question is not answered here, please call the Repairs Line on "
    "01632 960 550 or email repairs@sturcombe.gov.uk.",
    ("h", "1. What causes damp and mould?"),
    "There are three main kinds of damp. Rising damp comes up from the ground "
    "through the walls. Penetrating damp comes in from outside, for example "
    "through a leaking gutter, a cracked render or a loose roof tile. "
    "Condensation happens when warm, moist air inside the home meets a cold "
    "surface such as a window or an outside wall. Mould grows where surfaces "
    "stay damp for a long time. Condensation is the most common cause of mould "
    "in our homes, but it is often made worse by a repair that needs doing, so "
    "please never assume that mould is your fault.",
    ("h", "2. How do I report it?"),
    "You can report damp or mould by phone, by email, through the My Sturcombe "
    "tenant account online, or by telling any member of staff who visits your "
    "home. You do not need to fill in a form. When you report it, please tell us "
    "which rooms are affected, how long it has been there, and whether anyone in "
    "the household is pregnant, very young, older, or has a health condition "
    "such as asthma. This helps us decide how quickly we need to visit.",
    ("h", "3. What happens after I report it?"),
    "We will give you a reference number straight away. A surveyor will then "
    "contact you to arrange an inspection. At the moment we aim to inspect "
    "within ten working days, or within 24 hours if there is a risk to "
    "someone's health or safety. The surveyor will look for the cause, take "
    "moisture readings and photographs, and agree with you the work that is "
    "needed. You will be given a copy of the inspection report.",
    "If there is visible mould, we will arrange for it to be treated with a "
    "mould wash within five working days of the inspection. A mould wash on "
    "its own does not solve the problem, so we will also order any repairs or "
    "improvements needed to stop it coming back, such as extractor fans, "
    "ventilation, insulation or work to the outside of the building.",
    ("h", "4. How long will the repair take?"),
    "Simple jobs such as fitting a fan or clearing a gutter are usually done "
    "within 20 working days. Larger jobs, such as work to a roof or replacing "
    "windows, can take longer, especially if scaffolding is needed or the walls "
    "have to dry out first. If we cannot finish the work within 14 days of the "
    "inspection, we will write to you to explain why, what we plan to do, and "
    "when. From 1 April 2025 this letter will also give you the name and "
    "contact details of a case officer who will keep in touch with you until "
    "the work is finished.",
    ("h", "5. Will I have to move out while the work is done?"),
    "Very rarely. Most work can be done with you living at home. If the work "
    "is major, or if the damp is so serious that it puts your health at risk, "
    "we may offer you somewhere else to stay for a short time. We will pay "
    "reasonable removal and storage costs and will talk to you first about "
    "what would suit your household.",
    ("h", "6. What can I do to help reduce condensation?"),
    "Small changes can make a real difference:",
    ("b", "keep lids on pans when cooking and use the extractor fan;"),
    ("b", "dry clothes outside where you can, or in a room with the window open "
          "and the door closed;"),
    ("b", "leave trickle vents on windows open;"),
    ("b", "keep furniture a few inches away from outside walls; and"),
    ("b", "try to keep your home at a steady, low heat rather than short bursts "
          "of high heat."),
    "We understand that heating is expensive. Please do not turn off fans or "
    "block vents to save money, as this usually makes mould worse. See question "
    "8 for help with energy costs.",
    ("h", "7. What is Awaab's Law?"),
    "Awaab's Law is a new legal requirement for social landlords, brought in "
    "after the death of a young child from a respiratory condition caused by "
    "mould in his family's rented home. It will set fixed "
    "timescales for social landlords to investigate and fix damp and mould "
    "hazards, starting with emergency hazards. The Government expects the first "
    "part to apply from October 2025. We are already changing how we work so "
    "that we are ready, and our new repairs contract will include the new "
    "timescales.",
    ("h", "8. Can I get help with heating costs?"),
    "Yes. Our Tenancy Sustainment Team can check that you are receiving all the "
    "benefits you are entitled to, help you apply for the Warm Home Discount, "
    "and refer you for free energy advice. Tenants in some of our older homes "
    "may also be able to have extra insulation fitted as part of our "
    "retrofit programme. Ask the Repairs Line to pass your details on.",
    ("h", "9. I am a leaseholder. Does this apply to me?"),
    "The inside of your flat is your responsibility, but we are responsible for "
    "the structure and the shared parts of the building. If damp is coming into "
    "your flat from the roof, the outside walls or a communal area, please "
    "report it in the same way as a tenant would. Where the work is to the "
    "building, you may be recharged a share of the cost under your lease, and "
    "we will consult you before any major works are ordered.",
    ("h", "10. What if I am not happy with how my report has been dealt with?"),
    "Please tell us. You can speak to the case officer or the surveyor, or make "
    "a complaint through our website or by phone. If you are still unhappy "
    "after our complaints process has finished, you can contact the Housing "
    "Ombudsman Service, which is free and independent.",
    ("h", "YOU ASKED, WE SAID"),
    "At the Tenants' and Leaseholders' Forum in October 2024 and at three "
    "estate drop-in sessions, tenants put these points to us.",
    ("qa", "You asked:", "Why does the mould come back after you have washed it?"),
    ("qa", "We said:", "Because a wash only treats the surface. We now order the "
                       "work to tackle the cause at the same time as the wash, "
                       "and a surveyor will call you six weeks later to check."),
    ("qa", "You asked:", "Can you tell me when the contractor is coming instead "
                         "of giving me an all-day slot?"),
    ("qa", "We said:", "From this spring you will be able to choose a morning, "
                       "afternoon or school-run appointment, and you will get a "
                       "text message when the operative is on the way."),
    ("qa", "You asked:", "Will you blame me for drying washing indoors?"),
    ("qa", "We said:", "No. We will give advice if it helps, but we will always "
                       "look for a repair or improvement first."),
    ("qa", "You asked:", "Can tenants have a say in choosing the next repairs "
                         "contractor?"),
    ("qa", "We said:", "Yes. Two members of the Forum will help to evaluate the "
                       "bids for the new contract, which starts in 2026."),
    ("h", "QUESTIONS YOU MIGHT WANT TO ASK WHEN THE SURVEYOR VISITS"),
    ("b", "What do you think is causing the damp in my home?"),
    ("b", "What work will be done, and who will do it?"),
    ("b", "When will the work start, and how long will it take?"),
    ("b", "Do I need to move any furniture or belongings?"),
    ("b", "Who do I contact if the mould comes back?"),
    ("h", "CONTACT US"),
    ("raw", "     Repairs Line: 01632 960 550 (8.00 am to 6.00 pm, Monday to\n"
            "     Friday; emergencies 24 hours a day)\n"
            "     Email: repairs@sturcombe.gov.uk\n"
            "     In person: Customer Service Centre, Civic Centre, Priory Street"),
    "This sheet is available in large print, in other languages and in Easy "
    "Read. Please ask at the Customer Service Centre.",
    ("raw", "Sturcombe City Council Housing Services - HS/DM/03 - January 2025"),
]


def faq_lines(block) -> list[str]:
    pad = " " * IND
    if isinstance(block, tuple) and block[0] == "h":
        return [block[1], "-" * len(block[1])]
    if isinstance(block, tuple) and block[0] == "qa":
        label, text = block[1], block[2]
        return wrap(text, pad + f"{label:<12}", pad + " " * 12)
    return block_lines(block)


def faq_text() -> str:
    lines: list[str] = []
    for block in FAQ:
        if lines:
            lines.append("")
        lines.extend(faq_lines(block))
    return "\n".join(lines) + "\n"


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


PH_HOUSING = "Portfolio Holder for Council Housing and Homelessness"
SLHA = "Service Lead Housing Assets"
SDPC = "Strategic Director for People and Communities"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "People and Communities Scrutiny Committee",
    "meeting_date": "2025-01-23",
    "items": [
        {"number": "25", "title": "MINUTES"},
        {"number": "26", "title": "DECLARATIONS OF INTEREST"},
        {"number": "27", "title": "QUESTIONS FROM THE PUBLIC UNDER STANDING ORDER NO. 19"},
        {"number": "28", "title": "QUESTIONS FROM MEMBERS OF THE COUNCIL UNDER STANDING "
                                  "ORDER NO. 20"},
        {"number": "29", "title": "RESPONSIVE REPAIRS AND VOID PROPERTY WORKS CONTRACT - "
                                  "PROCUREMENT APPROACH"},
        {"number": "30", "title": "ACCESS TO GP AND DENTAL SERVICES IN THE CITY"},
        {"number": "31", "title": "VAPING AMONG YOUNG PEOPLE"},
        {"number": "32", "title": "HOMELINK COMMUNITY ALARM SERVICE - FUTURE DELIVERY "
                                  "OPTIONS"},
        {"number": "33", "title": "FORWARD PLAN OF BUSINESS AND SCRUTINY WORK PROGRAMME"},
        {"number": "34", "title": "EXCLUSION OF PRESS AND PUBLIC"},
        {"number": "35", "title": "RESPONSIVE REPAIRS CONTRACT - PERFORMANCE OF CURRENT "
                                  "CONTRACTOR"},
    ],
    "questions": [
        # 27 public question and supplementary
        q("27", "question",
          "how many of those reports have been open for longer than the 14 days",
          "Mr Kitto",
          "there were 214 open reports of damp and mould across the Council's",
          PH_HOUSING, ["housing"]),
        q("27", "question",
          "asked whether tenants would be told in writing when their case",
          "Mr Kitto",
          "would receive a letter setting out the work planned and the contact details",
          "Councillor Rowse", ["housing"]),
        # 29 repairs contract
        q("29", "request",
          "asked that tenants be included on the panel evaluating the bids",
          "Mrs Hocking",
          "two members of the Forum would sit on the evaluation panel",
          SLHA, ["subcontracting", "patient-and-public-input", "housing"]),
        q("29", "concern",
          "the length of time taken to re-let empty Council homes",
          "Councillor Furse",
          "the average re-let time had been 58 days in the third quarter",
          PH_HOUSING, ["housing"]),
        q("29", "question",
          "whether the Council had considered setting up its own direct labour organisation",
          "Councillor Furse",
          "had been discounted because of set-up costs of around £2.4 million",
          PH_HOUSING, ["privatisation", "subcontracting", "finance", "workforce"]),
        q("29", "comment",
          "the new contract should include financial penalties where targets were missed",
          None, None, None, ["subcontracting", "finance"]),
        q("29", "comment",
          "the social value commitments should include apprenticeships for young people",
          None, None, None, ["workforce", "children-and-families"]),
        q("29", "comment",
          "leaseholders should be consulted before any works which would be recharged",
          None, None, None, ["housing", "patient-and-public-input", "subcontracting"]),
        q("29", "question",
          "in respect of how bids would be evaluated",
          None,
          "the proposed weighting was 60% quality, 30% price and 10% social value",
          SLHA, ["subcontracting"]),
        q("29", "question",
          "on the use of subcontractors by the main contractor",
          None,
          "the successful bidder would have to name any subcontractors in its tender",
          SLHA, ["subcontracting"]),
        q("29", "question",
          "regarding the Council's readiness for Awaab's Law",
          None,
          "the specification would require emergency hazards to be made safe within 24 hours",
          SLHA, ["housing"]),
        q("29", "question",
          "as to the number of void properties",
          None,
          "around 380 homes became empty each year, of which about one in five",
          SLHA, ["housing"]),
        q("29", "question",
          "asked whether the Committee would see the outcome of the evaluation",
          None,
          "a summary of the evaluation could be brought to the Committee, in Part II",
          SDPC, ["subcontracting", "governance"]),
        # 30 GP and dental access
        q("30", "question",
          "enquired whether patients were still being asked to telephone their practice",
          "Councillor Pascoe",
          "all practices in the city had now moved to cloud-based telephone systems",
          "Dr Marwood", ["primary-care"]),
        q("30", "concern",
          "expressed concern at the closure of the branch surgery at Mardle Down",
          "Councillor J. Trelawny",
          "the ICB had since agreed with the practice a weekly clinic",
          "Dr Marwood", ["primary-care"]),
        q("30", "question",
          "asked how many residents were unable to find an NHS dentist",
          "Councillor Widdicombe",
          "the Carnshire dental helpline had received 3,900 calls from Sturcombe residents",
          "Dr Marwood", ["primary-care"]),
        q("30", "comment",
          "many residents did not understand the roles of the new staff",
          "Councillor Brimacombe",
          "undertook to provide a short leaflet explaining the roles",
          "Dr Marwood", ["primary-care", "workforce"]),
        q("30", "request",
          "requested that the ICB provide figures, by ward, on the number of children",
          "Deputy Chair",
          "agreed to provide the figures where they were available at ward level",
          "Dr Marwood", ["primary-care", "children-and-families", "public-health"]),
        q("30", "question",
          "asked about progress on the new health centre planned as part of",
          "Councillor Ashplant",
          "£1.1 million of Section 106 contributions had been secured towards the building",
          SDPC, ["primary-care", "finance"]),
        # 31 vaping
        q("31", "question",
          "asked what action was being taken against shops which had sold vapes",
          None,
          "two premises in the city had been referred to the Council's Licensing",
          "Mr Prowse", ["public-health", "children-and-families"]),
        q("31", "concern",
          "raised concern about the number of discarded vapes in parks and play areas",
          "Councillor Luscombe",
          "collection points for vapes had been installed at the three main supermarkets",
          "Councillor Northcott", ["public-health"]),
        q("31", "question",
          "asked whether support was available for young people who wished to stop",
          "Councillor Pascoe",
          "a pilot offering support to quit vaping would begin in two secondary schools",
          "Ms Tozer", ["public-health", "children-and-families"]),
        q("31", "comment",
          "the public health messages about vaping were confusing",
          "Councillor Jory",
          "vaping was substantially less harmful than smoking for adults",
          "Ms Tozer", ["public-health"]),
        # 32 Homelink
        q("32", "question",
          "how customers and their families had been consulted on the proposals",
          None,
          "612 had returned a questionnaire and most had said that their main concern",
          "Independent Living Manager", ["patient-and-public-input", "adult-social-care"]),
        q("32", "question",
          "whether charges would rise under an external provider",
          None,
          "would be capped at inflation for the first three years of the contract",
          "Independent Living Manager", ["finance", "subcontracting", "adult-social-care"]),
        q("32", "question",
          "the position of the monitoring centre staff affected by the transfer",
          None,
          "the eleven staff would transfer on their existing terms and conditions",
          "Independent Living Manager", ["workforce", "subcontracting"]),
        q("32", "question",
          "whether response times for alarm calls would be protected",
          None,
          "the contract would require 98% of alarm calls to be answered within 60 seconds",
          "Independent Living Manager", ["subcontracting", "adult-social-care"]),
        q("32", "question",
          "asked whether the Council could afford to keep the monitoring centre in-house",
          "Councillor Brimacombe",
          "the upgrade could be funded once from reserves, but that the service",
          "Director Finance", ["privatisation", "finance", "adult-social-care"]),
        # 33 work programme
        q("33", "request",
          "requested that a report on the use of bed and breakfast accommodation",
          "Councillor Jory",
          "agreed that the item would be included at the meeting on 20 March",
          "Chair", ["housing", "children-and-families"]),
    ],
    "resolutions": [
        res("25", "were taken as read, approved and signed by the Chair as correct",
            "agreed", []),
        res("29", "supported the proposed procurement approach and recommended that Executive",
            "recommended", ["subcontracting", "housing"]),
        res("30", "the presentation be noted and that NHS Carnshire Integrated Care Board",
            "agreed", ["primary-care"]),
        res("31", "that the Chair write on behalf of the Committee to the city's",
            "agreed", ["public-health"]),
        res("31", "noted the report and thanked Ms Tozer and Mr Prowse for attending",
            "noted", ["public-health"]),
        res("32", "the monitoring centre be retained in-house and that the Council seek a partner",
            "rejected", ["privatisation", "adult-social-care"]),
        res("32", "supported the recommendations in the report and recommended that Executive",
            "recommended", ["subcontracting", "adult-social-care"]),
        res("33", "The work programme was noted, subject to the addition of a report",
            "agreed", ["housing"]),
        res("34", "the press and public be excluded from the meeting for consideration",
            "agreed", ["governance"]),
        res("35", "People and Communities Scrutiny Committee noted the update",
            "noted", ["subcontracting"]),
    ],
    "attendees": [
        att("Councillor Tregaskis", "Chair", "present"),
        att("Councillor Ashplant", None, "present"),
        att("Councillor Brimacombe", None, "present"),
        att("Councillor Hext", "Deputy Chair", "present"),
        att("Councillor Jory", None, "present"),
        att("Councillor Luscombe", None, "present"),
        att("Councillor Pascoe", None, "present"),
        att("Councillor Trelawny, J", None, "present"),
        att("Councillor Trelawny, S", None, "present"),
        att("Councillor Widdicombe", None, "present"),
        att("Councillor Coombes", None, "apologies"),
        att("Councillor Netherton", None, "apologies"),
        att("Councillor Rowse", PH_HOUSING, "in_attendance"),
        att("Councillor Northcott", "Portfolio Holder for Communities, Health and Wellbeing",
            "in_attendance"),
        att("Dr Helen Marwood",
            "Associate Director of Primary Care, NHS Carnshire Integrated Care Board",
            "in_attendance"),
        att("Rachel Tozer", "Consultant in Public Health, Carnshire County Council",
            "in_attendance"),
        att("Gavin Prowse", "Principal Trading Standards Officer, Carnshire County Council",
            "in_attendance"),
        att("Valerie Hocking", "Chair, Sturcombe Tenants' and Leaseholders' Forum",
            "in_attendance"),
        att("Councillor Furse", None, "in_attendance"),
        att(SDPC, SDPC, "in_attendance"),
        att("Director Finance", "Director Finance", "in_attendance"),
        att(SLHA, SLHA, "in_attendance"),
        att("Independent Living Manager", "Independent Living Manager", "in_attendance"),
        att("Democratic Services Officer", "Democratic Services Officer", "in_attendance"),
    ],
}

FAQ_GOLD = {"document": FAQ_NAME, "doc_type": "other"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_bytes(minutes_text().encode("utf-8"))
    (DOCS / FAQ_NAME).write_bytes(faq_text().encode("utf-8"))
    for gold in (MINUTES_GOLD, FAQ_GOLD):
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
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
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
    for gold_path in sorted(GOLD.glob("qt-*.json")):
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
        phrases = []
        for row in gold["questions"]:
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in gold["resolutions"]:
            phrases.append(("resolution", row["text"]))
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
        pages = text.count("\f") + 1
        answers = sum(1 for r in gold["questions"] if r["answer"])
        print(f"ok   {doc.name}: {len(text.split())} words, {len(phrases)} phrases checked, "
              f"{pages} pages, {len(gold['items'])} items, {len(gold['questions'])} questions "
              f"({answers} answered), {len(gold['resolutions'])} resolutions, "
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / FAQ_NAME}\ngold in {GOLD}")
