#!/usr/bin/env python3
"""Build the "lh-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_lh.py           build documents/lh-* and gold/lh-*.json
        build_lh.py --check   verify every gold phrase occurs once in its document
"""
import datetime as dt
import json
import re
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "lh-mid-caldon-scrutiny-committee-2025-03-17.txt"
REPORT_NAME = "lh-mid-caldon-homelessness-working-group-report.pdf"

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DATE = dt.datetime(2025, 4, 3, 9, 30, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Each entry is one printed paragraph:
#   ("L", text)  a line printed as is (title block, attendance)
#   ("H", text)  a minute heading
#   ("P", text)  a paragraph, wrapped as printed
#   ("B", text)  a bullet "•", continuation lines unindented (as they copy)
#   ("N", label, text) a numbered / lettered clause
#   ("S",)       an empty paragraph that copies as a line holding one space

WIDTH = 94

MINUTES = [
    ("L", "MID CALDON DISTRICT COUNCIL"),
    ("L", "MINUTES of a MEETING of the SCRUTINY COMMITTEE held on 17 March 2025 at 5.00 pm"),
    ("L", "Present"),
    ("L", "Councillors R J Trewin (Chair)"),
    ("L", "Mrs P M Ackland, G Bellew, S Coombe, Mrs H Dymond, N Farleigh,"),
    ("L", "D Halse, T Kittow, A Prowse and F Yeo"),
    ("L", "Apologies"),
    ("L", "Councillor(s) B Sloman and Mrs L Vosper"),
    ("L", "Also Present"),
    ("L", "Councillor(s) J Heddon, C Hockridge and M Penwarden"),
    ("L", "Also Present"),
    ("L", "Officer(s): Karen Millward (Chief Executive), Howard Crocombe (Deputy Chief Executive"),
    ("L", "(S151)), Simon Lugg (Head of Housing and Health), Marcus Bidder (Operations Manager"),
    ("L", "for Public Health and Regulatory Services), Tanya Northam (Leisure Manager), Paul"),
    ("L", "Gammon (Performance and Risk Manager), Claire Endacott (Scrutiny Officer), Amy"),
    ("L", "Shapland (Democratic Services Officer), Dr Helen Marwood (Associate Director of"),
    ("L", "Primary Care, NHS Caldon) and Gareth Yelland (Head of Primary Care Commissioning,"),
    ("L", "NHS Caldon)"),
    ("L", "Councillors"),
    ("L", "Online"),
    ("L", "Councillor(s) K Rowcliffe"),
    ("S",),

    ("H", "86. APOLOGIES AND SUBSTITUTE MEMBERS (00:03:12)"),
    ("P", "Apologies were received from Cllr B Sloman who was substituted by Cllr F Yeo and from "
          "Cllr Mrs L Vosper."),

    ("H", "87. DECLARATIONS OF INTEREST UNDER THE CODE OF CONDUCT (00:03:31)"),
    ("P", "Members were reminded of the need to make declarations of interest where appropriate."),
    ("P", "Cllr Mrs H Dymond declared an Other Registrable Interest in item 7 (NHS Caldon \u2013 Access "
          "to Primary Care in Mid Caldon) as she was a member of the Patient Participation Group at "
          "Collumford Medical Practice."),
    ("P", "Cllr T Kittow declared an Other Registrable Interest in item 10 (Harlton Leisure Centre "
          "\u2013 Future Operating Options) as he was a Trustee of Harlton Amateur Swimming Club."),

    ("H", "88. PUBLIC QUESTION TIME (00:04:02)"),
    ("P", "Mr Reg Stallard, a resident of Collumford, referring to item 7 on the agenda (NHS Caldon "
          "\u2013 Access to Primary Care in Mid Caldon) asked:"),
    ("N", "1.", "Collumford has had over 900 new homes built since 2018 but the surgery building has not "
                "grown at all. What money has been collected from those developments towards GP services "
                "and why has none of it been spent?"),
    ("N", "2.", "Patients in Collumford are told to ring at 8 o'clock in the morning and are then told "
                "there are no appointments left. Will this Committee ask NHS Caldon to publish how many "
                "callers are turned away each day?"),
    ("P", "The Chair thanked Mr Stallard for his questions and stated that as they were matters for "
          "NHS Caldon a written response would be provided and attached to the minutes."),
    ("P", "Mrs Ann Burrow, Chair of Willowby Parish Council, referring to item 10 on the agenda "
          "(Harlton Leisure Centre \u2013 Future Operating Options) asked:"),
    ("P", "Can the Council give an assurance that the pool at Harlton will remain available to local "
          "schools and clubs at current prices whichever option is chosen, and that the leisure "
          "centre will not be handed over to a private operator without the public being asked "
          "first?"),
    ("P", "The Cabinet Member for Community, Leisure and Wellbeing, Cllr J Heddon, responded that no "
          "decision had been taken on the future operating model, that any change would be subject "
          "to consultation with users, schools and clubs, and that the Council had no intention of "
          "closing the pool at Harlton."),
    ("S",),

    ("H", "89. MINUTES OF THE PREVIOUS MEETING (00:09:48)"),
    ("P", "The minutes of the meeting held on 17 February 2025 were approved as a correct record and "
          "SIGNED by the Chair."),
    ("P", "(Proposed by the Chair)"),

    ("H", "90. DECISIONS OF THE CABINET (00:10:15)"),
    ("P", "The Committee NOTED that none of the decisions made by the Cabinet at its meeting on 4 March "
          "2025 had been called in."),

    ("H", "91. CHAIR'S ANNOUNCEMENTS"),
    ("P", "The Chair informed the Committee that:"),
    ("B", "The final report of the Homelessness Prevention Working Group would be presented to the "
          "Committee at its meeting in April."),
    ("B", "This would be the last meeting attended by Claire Endacott, Scrutiny Officer, before she "
          "left the Council. He thanked her on behalf of the Committee for her support over the last "
          "four years."),
    ("S",),

    ("H", "92. NHS CALDON \u2013 ACCESS TO PRIMARY CARE IN MID CALDON (00:11:02)"),
    ("P", "The Committee received a presentation * from Dr Helen Marwood (Associate Director of "
          "Primary Care, NHS Caldon) and Gareth Yelland (Head of Primary Care Commissioning, NHS "
          "Caldon) on access to GP, community pharmacy and dental services in Mid Caldon."),
    ("P", "The following was highlighted within the presentation:"),
    ("B", "There were nine GP practices in the district working together in two Primary Care "
          "Networks, with a registered population of just under 84,000."),
    ("B", "Mid Caldon practices had delivered 11% more appointments in 2024 than in 2019, and 43% of "
          "appointments took place on the day they were booked."),
    ("B", "The Additional Roles Reimbursement Scheme had funded 38 posts across the two networks, "
          "including clinical pharmacists, physiotherapists, paramedics and mental health "
          "practitioners."),
    ("B", "NHS Caldon had taken on responsibility for commissioning dental services in April 2023. "
          "The dental recovery plan had funded an additional 2,100 urgent dental appointments across "
          "the county in 2024/25."),
    ("B", "Two community pharmacies in the district had closed during 2024, one in Willowby and one "
          "in Harlton town centre."),
    ("P", "Discussion took place regarding:"),
    ("B", "The pressure placed on Collumford Medical Practice by housing growth in the town. It was "
          "explained that Section 106 contributions of \u00a3412,000 had been secured towards an extension "
          "of the surgery, but the scheme had been delayed because the practice\u2019s landlord and NHS "
          "Caldon had not yet agreed the rental terms. NHS Caldon hoped to bring a business case "
          "forward in the summer."),
    ("B", "Whether patients who were unable to use online booking were being disadvantaged. Dr "
          "Marwood stated that practices were required to offer the same access by telephone and in "
          "person as online, and that the move to total triage had been paused at two practices "
          "following feedback from their Patient Participation Groups."),
    ("B", "Cllr T Kittow asked how many GPs, as opposed to other clinicians, were working in the "
          "district. Mr Yelland stated that the number of full time equivalent GPs had fallen "
          "slightly over five years to 41 and that he would provide the figures for each practice "
          "after the meeting."),
    ("B", "Concern was expressed that there was no NHS dentist taking on adult patients within "
          "twenty miles of the east of the district and that children were waiting more than two "
          "years for routine treatment. Mr Yelland acknowledged that dentistry remained the most "
          "difficult area of access and explained that the national dental contract made it hard "
          "to attract new practices to rural areas; NHS Caldon was funding a dental access centre in "
          "Harlton which would open in the autumn."),
    ("B", "The effect of the pharmacy closures on older residents without a car, particularly in "
          "Willowby where the nearest pharmacy was now eight miles away."),
    ("B", "Cllr S Coombe asked whether the Council\u2019s planning policies could require land to be "
          "set aside for health facilities on the larger allocated sites. The Chief Executive "
          "explained that the Local Plan Review would include a policy on health infrastructure and "
          "that NHS Caldon had been invited to comment on the draft site allocations."),
    ("B", "Members commented that the presentation had not included any information about waiting "
          "times for mental health services for young people and asked that this be covered at a "
          "future meeting."),
    ("P", "It was AGREED that:"),
    ("N", "1.", "The presentation be NOTED; and"),
    ("N", "2.", "The Chair write on behalf of the Committee to NHS Caldon and the local Members of "
                "Parliament expressing its concern at the lack of access to NHS dentistry for adults in "
                "Mid Caldon."),
    ("P", "(Proposed by Cllr G Bellew and seconded by Cllr Mrs P M Ackland)"),
    ("P", "Note: * Presentation previously circulated and attached to the minutes."),
    ("S",),

    ("H", "93. PERFORMANCE AND RISK REPORT \u2013 QUARTER 3 2024/25 (01:02:36)"),
    ("P", "The Committee had before it, and NOTED, a report * from the Performance and Risk Manager "
          "providing Members with an update on performance against the Corporate Plan and local "
          "service targets for 2024/25 as well as an update on the key business risks."),
    ("P", "The Deputy Chief Executive (S151) outlined the contents of the report and highlighted the "
          "following:"),
    ("B", "17 of the 25 measures reported were on or above target."),
    ("B", "The number of households in temporary accommodation had risen from 38 to 51 since April, "
          "and the use of bed and breakfast accommodation for families had been above target for the "
          "second quarter running."),
    ("B", "Staff turnover had reduced to 11.4%, although the Council continued to experience "
          "difficulty in recruiting to posts in Planning and Environmental Health."),
    ("B", "The corporate risk relating to the financial sustainability of the Housing Revenue "
          "Account had been raised to a score of 20."),
    ("P", "Discussion took place regarding:"),
    ("B", "The length of time families were spending in bed and breakfast accommodation. The Head of "
          "Housing and Health stated that the average stay was currently 19 days, that no family had "
          "stayed longer than the six week limit this year, and that four additional units of "
          "temporary accommodation at Station Road, Harlton would be available from May."),
    ("B", "Why the time taken to relet empty council homes was still well outside the target of 28 "
          "days. It was explained that a number of properties had needed extensive works to deal "
          "with damp and mould before they could be relet and that a new voids contractor had been "
          "in place since January."),
    ("B", "Whether the use of agency staff in Environmental Health was affecting the programme of "
          "food hygiene inspections. The Operations Manager for Public Health and Regulatory "
          "Services confirmed that the programme was two months behind schedule, but that high "
          "risk premises had been prioritised and the backlog was expected to be cleared by June."),
    ("B", "A Member queried why the risk score for local government reorganisation had not been "
          "increased following the publication of the English Devolution White Paper. The Chief "
          "Executive explained that the risk was being reviewed in the light of the Government\u2019s "
          "invitation to submit proposals and that a revised score would be reported in the "
          "Quarter 4 report."),
    ("B", "Members commented on the good performance of the waste and recycling service over the "
          "Christmas period and asked that their thanks be passed on to the crews."),
    ("P", "Note: * Report previously circulated, copy attached to the minutes."),
    ("S",),

    ("H", "94. DISABLED FACILITIES GRANTS \u2013 HOUSING ASSISTANCE POLICY 2025-2028 (01:41:15)"),
    ("P", "The Committee had before it a report * from the Head of Housing and Health presenting the "
          "draft Housing Assistance Policy 2025-2028, which set out how the Council would use its "
          "Disabled Facilities Grant allocation from the Better Care Fund and the discretionary "
          "assistance it would offer."),
    ("P", "The Cabinet Member for Housing, Assets and Property outlined the contents of the report "
          "and explained that the Council had received \u00a31.38 million of Disabled Facilities Grant "
          "funding for 2024/25, that demand had risen by 30% in two years and that the average time "
          "from referral to completion of works was 34 weeks. The draft policy proposed a fast track "
          "discretionary grant of up to \u00a310,000 without a means test for stairlifts and level "
          "access showers, a relocation grant, and a dementia and hospital discharge grant to be "
          "delivered jointly with the occupational therapy service of Caldon County Council."),
    ("P", "Discussion took place regarding:"),
    ("B", "The waiting time for an occupational therapy assessment by Caldon County Council, which "
          "Members felt was the main cause of delay. The Head of Housing and Health confirmed that "
          "the wait for an assessment was currently around 16 weeks and that the Council was funding "
          "a trusted assessor post within the Housing team to reduce this."),
    ("B", "Whether the Council\u2019s framework contractors would be able to meet the increase in "
          "demand. The Cabinet Member stated that a procurement exercise for a new framework of "
          "contractors would be carried out in the summer and that local firms would be encouraged "
          "to bid."),
    ("B", "Cllr N Farleigh asked whether any of the grant allocation had been returned unspent in "
          "previous years. The Deputy Chief Executive (S151) confirmed that the full allocation had "
          "been spent in each of the last three years and that any underspend would be carried "
          "forward within the Better Care Fund."),
    ("B", "Whether tenants of housing associations would be eligible. It was explained that they "
          "would be eligible for mandatory grants but that the Council would expect the landlord to "
          "fund minor adaptations in the first instance."),
    ("B", "Concern was expressed that removing the means test for the fast track grant would benefit "
          "owners who could afford to pay for the works themselves. The Cabinet Member stated that "
          "the saving in officer time and the reduced risk of falls and hospital admission "
          "outweighed the cost, and that the grant would be capped and kept under review."),
    ("P", "It was RECOMMENDED to Cabinet that:"),
    ("N", "1.", "The draft Housing Assistance Policy 2025-2028 be approved; and"),
    ("N", "2.", "The Head of Housing and Health report back to the Scrutiny Committee in twelve months on "
                "the effect of the fast track grant on waiting times."),
    ("P", "(Proposed by Cllr D Halse and seconded by Cllr T Kittow)"),
    ("P", "Notes:"),
    ("N", "i.", "Cllr A Prowse requested that his abstention from voting be recorded;"),
    ("N", "ii.", "* Report previously circulated, copy attached to the minutes."),
    ("S",),

    ("H", "95. HARLTON LEISURE CENTRE \u2013 FUTURE OPERATING OPTIONS (02:10:40)"),
    ("P", "Cllr T Kittow, having declared an Other Registrable Interest, left the meeting during the "
          "discussion and voting on this item."),
    ("P", "The Committee had before it a report * from the Leisure Manager setting out the outcome of "
          "an independent review of the Council\u2019s three leisure centres and the options for their "
          "future operation: continued in-house management, a local authority trading company, or "
          "the procurement of an external operator under a management contract."),
    ("P", "The Cabinet Member for Community, Leisure and Wellbeing explained that the leisure service "
          "had required a subsidy of \u00a31.1 million in 2023/24, that energy costs at the Harlton pool "
          "had doubled since 2021, and that the consultants had estimated that an external operator "
          "could reduce the subsidy by between \u00a3300,000 and \u00a3450,000 a year, in part through "
          "business rates relief available to charitable trusts."),
    ("P", "Discussion took place regarding:"),
    ("B", "Members expressed concern that an external operator would put profit ahead of the health "
          "of residents and would reduce the concessionary prices for older people and children. The "
          "Leisure Manager explained that any contract would fix the prices for concessions, school "
          "swimming and the GP exercise referral scheme, and that the Council would keep ownership of "
          "the buildings."),
    ("B", "Whether staff would transfer to a new operator and on what terms. The Deputy Chief "
          "Executive (S151) confirmed that staff would transfer under TUPE with their existing terms "
          "and conditions protected, but that new starters could be employed on different terms."),
    ("B", "Cllr S Coombe asked what had happened in neighbouring districts that had outsourced their "
          "leisure centres. The Leisure Manager stated that experience had been mixed and that one "
          "neighbouring council had brought its centres back in-house in 2023 after its operator had "
          "sought additional funding during the pandemic."),
    ("B", "The condition of the pool plant at Harlton and the cost of replacing it under each option. "
          "It was explained that the capital programme included \u00a3650,000 for the replacement of the "
          "plant in 2025/26, which would be needed whichever option was chosen."),
    ("B", "A Member stated that the Council should be proud of its in-house service, which had a "
          "customer satisfaction rating of 92%, and that the review had not given enough weight to "
          "its contribution to public health."),
    ("P", "It was RECOMMENDED to Cabinet that:"),
    ("N", "a)", "Any decision on the future operating model for the leisure centres be deferred until a "
                "public consultation with users, schools and clubs has been carried out; and"),
    ("N", "b)", "Option 1 (continued in-house management with an invest to save programme) be fully "
                "costed and included in that consultation."),
    ("P", "(Proposed by Cllr Mrs P M Ackland and seconded by Cllr G Bellew)"),
    ("P", "Note: Cllr N Farleigh requested that his vote against the decision be recorded."),
    ("P", "Note: * Report previously circulated, copy attached to the minutes."),
    ("S",),

    ("H", "96. WORK PROGRAMME (02:49:05)"),
    ("P", "The Committee had before it, and NOTED, its work programme * for 2024/25 and the Cabinet "
          "Forward Plan *."),
    ("P", "The Scrutiny Officer informed the Committee that the April meeting would receive the final "
          "report of the Homelessness Prevention Working Group and the annual update of the Mid "
          "Caldon Community Safety Partnership."),
    ("P", "Cllr G Bellew requested that NHS Caldon be invited to return in the autumn to report "
          "on progress with the Collumford surgery extension and on dental access. The Scrutiny "
          "Officer confirmed that the invitation would be made and the item added to the work "
          "programme for 2025/26."),
    ("P", "Note: * Work programme and Forward Plan previously circulated."),

    ("H", "97. IDENTIFICATION OF ITEMS FOR THE NEXT MEETING (02:55:30)"),
    ("P", "Members identified the following items for the next meeting:"),
    ("B", "Homelessness Prevention Working Group \u2013 Final Report"),
    ("B", "Mid Caldon Community Safety Partnership \u2013 Annual Update"),
    ("B", "Work Programme"),
    ("S",),
    ("L", "(The meeting ended at 7.58 pm)"),
    ("L", "CHAIR"),
]

FOOTER = "Scrutiny Committee \u2013 17 March 2025"
FIRST_PAGE_NO = 112
LINES_PER_PAGE = 50


def minutes_text():
    lines = []
    for entry in MINUTES:
        kind = entry[0]
        if kind == "L":
            lines.append(entry[1])
        elif kind == "S":
            lines.append(" ")
        elif kind == "H":
            lines.append(entry[1])
        elif kind == "P":
            lines.extend(textwrap.wrap(entry[1], WIDTH))
        elif kind == "B":
            lines.extend(textwrap.wrap("\u2022 " + entry[1], WIDTH))
        elif kind == "N":
            lines.extend(textwrap.wrap(entry[1] + " " + entry[2], WIDTH))
    # Page footers as they come out when the PDF is copied: the footer line,
    # then the next page's text straight after it.
    out = []
    page = FIRST_PAGE_NO
    count = 0
    for i, line in enumerate(lines):
        out.append(line)
        count += 1
        if count >= LINES_PER_PAGE and i < len(lines) - 1:
            out.append(f"{FOOTER} {page}")
            page += 1
            count = 0
    out.append(f"{FOOTER} {page}")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# Gold for the minutes
# ---------------------------------------------------------------------------

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
    "committee": "Scrutiny Committee",
    "meeting_date": "2025-03-17",
    "items": [
        {"number": "86", "title": "Apologies and Substitute Members"},
        {"number": "87", "title": "Declarations of Interest under the Code of Conduct"},
        {"number": "88", "title": "Public Question Time"},
        {"number": "89", "title": "Minutes of the Previous Meeting"},
        {"number": "90", "title": "Decisions of the Cabinet"},
        {"number": "91", "title": "Chair's Announcements"},
        {"number": "92", "title": "NHS Caldon \u2013 Access to Primary Care in Mid Caldon"},
        {"number": "93", "title": "Performance and Risk Report \u2013 Quarter 3 2024/25"},
        {"number": "94", "title": "Disabled Facilities Grants \u2013 Housing Assistance Policy 2025-2028"},
        {"number": "95", "title": "Harlton Leisure Centre \u2013 Future Operating Options"},
        {"number": "96", "title": "Work Programme"},
        {"number": "97", "title": "Identification of Items for the Next Meeting"},
    ],
    "questions": [
        # 88 Public Question Time
        q("88", "question",
          "What money has been collected from those developments towards GP services",
          "Mr Reg Stallard", None, None,
          ["primary-care", "housing", "finance"]),
        q("88", "question",
          "Will this Committee ask NHS Caldon to publish how many callers are turned away",
          "Mr Reg Stallard", None, None,
          ["primary-care"]),
        q("88", "question",
          "the leisure centre will not be handed over to a private operator",
          "Mrs Ann Burrow",
          "no decision had been taken on the future operating model",
          "Cllr J Heddon",
          ["privatisation", "subcontracting", "patient-and-public-input", "children-and-families"]),
        # 92 NHS Caldon - access to primary care
        q("92", "concern",
          "The pressure placed on Collumford Medical Practice by housing growth in the town",
          None,
          "secured towards an extension of the surgery, but the scheme had been delayed",
          None,
          ["primary-care", "housing", "finance"]),
        q("92", "question",
          "Whether patients who were unable to use online booking were being disadvantaged",
          None,
          "practices were required to offer the same access by telephone and in person",
          "Dr Marwood",
          ["primary-care", "patient-and-public-input"]),
        q("92", "question",
          "asked how many GPs as opposed to other clinicians were working in the district",
          "Cllr T Kittow",
          "the number of full time equivalent GPs had fallen slightly over five years to 41",
          "Mr Yelland",
          ["primary-care", "workforce"]),
        q("92", "concern",
          "there was no NHS dentist taking on adult patients within twenty miles",
          None,
          "the national dental contract made it hard to attract new practices to rural areas",
          "Mr Yelland",
          ["primary-care", "children-and-families"]),
        q("92", "concern",
          "The effect of the pharmacy closures on older residents without a car",
          None, None, None,
          ["primary-care"]),
        q("92", "question",
          "set aside for health facilities on the larger allocated sites",
          "Cllr S Coombe",
          "the Local Plan Review would include a policy on health infrastructure",
          "Chief Executive",
          ["primary-care", "housing"]),
        q("92", "request",
          "waiting times for mental health services for young people and asked that this be covered",
          None, None, None,
          ["mental-health", "children-and-families"]),
        # 93 Performance and risk
        q("93", "question",
          "The length of time families were spending in bed and breakfast accommodation",
          None,
          "the average stay was currently 19 days",
          "Head of Housing and Health",
          ["housing"]),
        q("93", "question",
          "Why the time taken to relet empty council homes was still well outside the target",
          None,
          "a number of properties had needed extensive works to deal with damp and mould",
          None,
          ["housing", "subcontracting"]),
        q("93", "question",
          "Whether the use of agency staff in Environmental Health was affecting the programme",
          None,
          "the programme was two months behind schedule",
          "Operations Manager for Public Health and Regulatory Services",
          ["workforce", "governance"]),
        q("93", "question",
          "A Member queried why the risk score for local government reorganisation had not been increased",
          None,
          "the risk was being reviewed in the light of the",
          "Chief Executive",
          ["governance"]),
        q("93", "comment",
          "Members commented on the good performance of the waste and recycling service",
          None, None, None,
          []),
        # 94 Disabled facilities grants
        q("94", "concern",
          "The waiting time for an occupational therapy assessment by Caldon County Council",
          None,
          "the wait for an assessment was currently around 16 weeks",
          "Head of Housing and Health",
          ["housing", "adult-social-care"]),
        q("94", "question",
          "framework contractors would be able to meet the increase in demand",
          None,
          "a procurement exercise for a new framework of contractors would be carried out",
          "Cabinet Member",
          ["subcontracting", "housing"]),
        q("94", "question",
          "asked whether any of the grant allocation had been returned unspent in previous years",
          "Cllr N Farleigh",
          "the full allocation had been spent in each of the last three years",
          "Deputy Chief Executive (S151)",
          ["finance", "integration", "housing"]),
        q("94", "question",
          "Whether tenants of housing associations would be eligible",
          None,
          "they would be eligible for mandatory grants but that the Council would expect the landlord",
          None,
          ["housing", "finance"]),
        q("94", "concern",
          "removing the means test for the fast track grant would benefit owners",
          None,
          "the saving in officer time and the reduced risk of falls and hospital admission",
          "Cabinet Member",
          ["finance", "housing", "adult-social-care"]),
        # 95 Leisure
        q("95", "concern",
          "Members expressed concern that an external operator would put profit ahead of the health",
          None,
          "any contract would fix the prices for concessions",
          "Leisure Manager",
          ["privatisation", "subcontracting", "public-health", "finance", "children-and-families"]),
        q("95", "question",
          "Whether staff would transfer to a new operator and on what terms",
          None,
          "staff would transfer under TUPE with their existing terms and conditions protected",
          "Deputy Chief Executive (S151)",
          ["workforce", "subcontracting", "privatisation"]),
        q("95", "question",
          "asked what had happened in neighbouring districts that had outsourced their leisure centres",
          "Cllr S Coombe",
          "experience had been mixed and that one neighbouring council had brought its centres back",
          "Leisure Manager",
          ["subcontracting", "privatisation"]),
        q("95", "question",
          "The condition of the pool plant at Harlton and the cost of replacing it",
          None,
          "explained that the capital programme included",
          None,
          ["finance"]),
        q("95", "comment",
          "A Member stated that the Council should be proud of its in-house service",
          None, None, None,
          ["privatisation", "public-health"]),
        # 96 Work programme
        q("96", "request",
          "requested that NHS Caldon be invited to return in the autumn",
          "Cllr G Bellew",
          "the invitation would be made and the item added to the work programme",
          "Scrutiny Officer",
          ["primary-care"]),
    ],
    "resolutions": [
        r("89", "were approved as a correct record and SIGNED by the Chair", "agreed", []),
        r("90", "none of the decisions made by the Cabinet at its meeting on 4 March", "noted",
          ["governance"]),
        r("92", "write on behalf of the Committee to NHS Caldon and the local Members of Parliament",
          "agreed", ["primary-care"]),
        r("93", "had before it and NOTED a report from the Performance and Risk Manager", "noted",
          ["governance"]),
        r("94", "report back to the Scrutiny Committee in twelve months on the effect", "recommended",
          ["housing", "finance"]),
        r("95", "Any decision on the future operating model for the leisure centres be deferred",
          "recommended", ["patient-and-public-input", "privatisation", "children-and-families"]),
        r("96", "The Committee had before it and NOTED its work programme", "noted", []),
    ],
    "attendees": [
        a("R J Trewin", "Chair", "present"),
        a("Mrs P M Ackland", None, "present"),
        a("G Bellew", None, "present"),
        a("S Coombe", None, "present"),
        a("Mrs H Dymond", None, "present"),
        a("N Farleigh", None, "present"),
        a("D Halse", None, "present"),
        a("T Kittow", None, "present"),
        a("A Prowse", None, "present"),
        a("F Yeo", None, "present"),
        a("B Sloman", None, "apologies"),
        a("Mrs L Vosper", None, "apologies"),
        a("J Heddon", None, "in_attendance"),
        a("C Hockridge", None, "in_attendance"),
        a("M Penwarden", None, "in_attendance"),
        a("Karen Millward", "Chief Executive", "in_attendance"),
        a("Howard Crocombe", "Deputy Chief Executive (S151)", "in_attendance"),
        a("Simon Lugg", "Head of Housing and Health", "in_attendance"),
        a("Marcus Bidder", "Operations Manager for Public Health and Regulatory Services", "in_attendance"),
        a("Tanya Northam", "Leisure Manager", "in_attendance"),
        a("Paul Gammon", "Performance and Risk Manager", "in_attendance"),
        a("Claire Endacott", "Scrutiny Officer", "in_attendance"),
        a("Amy Shapland", "Democratic Services Officer", "in_attendance"),
        a("Dr Helen Marwood", "Associate Director of Primary Care, NHS Caldon", "in_attendance"),
        a("Gareth Yelland", "Head of Primary Care Commissioning, NHS Caldon", "in_attendance"),
        a("K Rowcliffe", None, "in_attendance"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# The report (not minutes): a working group's final report on the council's
# committee report template
# ---------------------------------------------------------------------------

REPORT_HEAD = [
    ("Report for:", "Scrutiny Committee"),
    ("Date of Meeting:", "14 April 2025"),
    ("Subject:", "Homelessness Prevention Working Group \u2013 Final Report"),
    ("Cabinet Member(s):", "Cllr M Penwarden, Cabinet Member for Housing, Assets and Property"),
    ("Responsible Officer:", "Claire Endacott, Scrutiny Officer"),
    ("Exempt:", "N/A"),
    ("Wards Affected:", "All"),
    ("Enclosures:", "Appendix A \u2013 Notes of the Working Group\u2019s evidence sessions\n"
                    "Appendix B \u2013 Homelessness data 2022/23 to 2024/25"),
]

REPORT_BODY = [
    ("H", "Section 1 \u2013 Summary and Recommendation(s)"),
    ("P", "The Scrutiny Committee established the Homelessness Prevention Working Group in September "
          "2024 to examine why the number of households in temporary accommodation in Mid Caldon had "
          "risen and whether the Council was doing enough to prevent homelessness at an early stage. "
          "This report sets out the Working Group\u2019s findings and its recommendations."),
    ("B", "Recommendation(s):"),
    ("P", "That the Scrutiny Committee considers the findings of the Working Group and RECOMMENDS to "
          "Cabinet that:"),
    ("N", "1.", "A single point of contact for households served with a section 21 notice is created "
                "within the Housing Options team, with a target of first contact within two working "
                "days;"),
    ("N", "2.", "The Council explores with registered providers a protocol under which no tenant is "
                "evicted for rent arrears without a referral to the Council having first been made;"),
    ("N", "3.", "The Council\u2019s landlord incentive scheme is increased from \u00a31,500 to \u00a32,500 per "
                "tenancy, funded from the Homelessness Prevention Grant; and"),
    ("N", "4.", "A progress report on these recommendations is brought back to the Scrutiny Committee "
                "in twelve months."),
    ("B", "Section 2 \u2013 Report"),
    ("B", "1.0 Introduction"),
    ("P", "1.1 The Working Group comprised Cllrs D Halse (Chair of the Working Group), Mrs P M "
          "Ackland, S Coombe and A Prowse. It met on five occasions between October 2024 and February "
          "2025 and was supported by the Scrutiny Officer."),
    ("P", "1.2 The terms of reference asked the Working Group to consider three questions: Why are "
          "more households reaching crisis point before they approach the Council? Is the Council\u2019s "
          "prevention offer reaching private renters early enough? What more could partners do?"),
    ("B", "2.0 Evidence"),
    ("P", "2.1 The Working Group heard from the Head of Housing and Health, the Housing Options "
          "Manager, two registered providers, Citizens Advice Mid Caldon, the Harlton Food Bank and a "
          "local letting agent. Notes of each session are at Appendix A."),
    ("P", "2.2 Members asked the Housing Options Manager why so few households were approaching the "
          "Council within the 56 day prevention period. She explained that most private tenants did "
          "not seek help until a bailiff\u2019s date had been set, by which point the options were "
          "limited."),
    ("P", "2.3 Citizens Advice Mid Caldon told the Working Group that half of the people it saw with a "
          "section 21 notice had not known that the Council could help them, and suggested that the "
          "Council\u2019s website and letters should be rewritten in plain English."),
    ("P", "2.4 The letting agent said that landlords were leaving the market because of rising "
          "mortgage costs and the Renters\u2019 Rights Bill, and that a larger incentive payment would "
          "persuade some landlords to accept tenants nominated by the Council."),
    ("B", "3.0 Findings"),
    ("P", "3.1 The number of households in temporary accommodation rose from 29 in March 2023 to 51 in "
          "December 2024. The most common reason for homelessness was the end of a private tenancy "
          "(41%), followed by family or friends no longer willing to accommodate (22%)."),
    ("P", "3.2 The Working Group found that the Council\u2019s prevention work was effective once a "
          "household was in contact, with 64% of prevention cases ending in a positive outcome, but "
          "that contact was too often made too late."),
    ("P", "3.3 The Working Group considered, but did not recommend, the purchase of further properties "
          "for use as temporary accommodation, as this is being considered by the Cabinet as part of "
          "the Housing Revenue Account business plan."),
    ("B", "Financial Implications"),
    ("P", "The increase to the landlord incentive scheme would cost an estimated \u00a330,000 a year and "
          "can be met from the Homelessness Prevention Grant for 2025/26. The cost of bed and "
          "breakfast accommodation in 2024/25 is forecast at \u00a3186,000."),
    ("B", "Legal Implications"),
    ("P", "The Council has duties under Part 7 of the Housing Act 1996, as amended by the Homelessness "
          "Reduction Act 2017, to take reasonable steps to prevent and relieve homelessness."),
    ("B", "Risk Assessment"),
    ("P", "If prevention activity is not improved, the use of temporary accommodation and its cost to "
          "the General Fund are likely to continue to rise."),
    ("B", "Impact on Climate Change"),
    ("P", "There are no direct climate change implications arising from this report."),
    ("B", "Equalities Impact Assessment"),
    ("P", "An Equalities Impact Assessment will be completed for any change to policy arising from "
          "the recommendations."),
    ("B", "Relationship to the Corporate Plan"),
    ("P", "The recommendations support the Corporate Plan priority \u2018Homes\u2019 and the objective of "
          "reducing homelessness and the use of bed and breakfast accommodation."),
    ("B", "Section 3 \u2013 Statutory Officer sign-off/mandatory checks"),
    ("P", "Statutory Officer: Howard Crocombe\nAgreed by or on behalf of the Section 151\nDate: 2 April 2025"),
    ("P", "Statutory Officer: Rachel Luxton\nAgreed on behalf of the Monitoring Officer\nDate: 2 April 2025"),
    ("P", "Chief Officer: Simon Lugg\nAgreed by or on behalf of the Chief Executive/Corporate Director\n"
          "Date: 1 April 2025"),
    ("P", "Performance and risk: Paul Gammon\nAgreed on behalf of the Corporate Performance & "
          "Improvement Manager\nDate: 1 April 2025"),
    ("P", "Cabinet member notified: Yes"),
    ("B", "Section 4 \u2013 Contact Details and Background Papers"),
    ("P", "Contact: Claire Endacott, Scrutiny Officer\nEmail: scrutiny@midcaldon.gov.uk\n"
          "Telephone: 01847 255255"),
    ("P", "Background papers: Scrutiny Committee, 16 September 2024, Minute 41 \u2013 Homelessness "
          "Prevention Working Group: Scoping Document"),
]


def build_report(path):
    from fpdf import FPDF

    class Report(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 9)
            self.cell(0, 8, f"{self.page_no()}", align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Homelessness Prevention Working Group - Final Report")
    pdf.set_author("Mid Caldon District Council")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()

    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, "Mid Caldon District Council", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.ln(4)
    # header table
    with pdf.table(col_widths=(45, 121), line_height=6, first_row_as_headings=False,
                   borders_layout="ALL") as table:
        for label, value in REPORT_HEAD:
            row = table.row()
            pdf.set_font("Sans", "B", 10)
            row.cell(label)
            pdf.set_font("Sans", "", 10)
            row.cell(value)
    pdf.ln(6)

    for entry in REPORT_BODY:
        kind = entry[0]
        if kind == "H":
            pdf.set_font("Sans", "B", 12)
            pdf.multi_cell(0, 7, entry[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "B":
            pdf.set_font("Sans", "B", 10.5)
            pdf.ln(1)
            pdf.multi_cell(0, 6, entry[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "P":
            pdf.set_font("Sans", "", 10.5)
            pdf.multi_cell(0, 5.6, entry[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "N":
            pdf.set_font("Sans", "", 10.5)
            pdf.set_x(pdf.l_margin)
            pdf.cell(9, 5.6, entry[1])
            pdf.multi_cell(0, 5.6, entry[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def write_json(path, data):
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(minutes_text(), encoding="utf-8", newline="\n")
    build_report(DOCS / REPORT_NAME)
    write_json(GOLD / (Path(MINUTES_NAME).stem + ".json"), MINUTES_GOLD)
    write_json(GOLD / (Path(REPORT_NAME).stem + ".json"), REPORT_GOLD)
    print("wrote", MINUTES_NAME, REPORT_NAME, "and their gold files")


def doc_text(path):
    ext = path.suffix.lower()
    if ext == ".txt":
        return path.read_text(encoding="utf-8")
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
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
    raise ValueError(path)


def norms(text):
    """Two normalisations: punctuation deleted, and punctuation turned into a space.
    A phrase must pass under both, so that it does not depend on which one a
    matcher uses."""
    low = text.lower()
    out = []
    for repl in ("", " "):
        t = re.sub(r"[^\w\s]|_", repl, low)
        out.append(re.sub(r"\s+", " ", t).strip())
    return out


def check():
    ok = True
    for gold_file in sorted(GOLD.glob("lh-*.json")):
        g = json.loads(gold_file.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        if not doc.exists():
            print("MISSING", doc)
            ok = False
            continue
        texts = norms(doc_text(doc))
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            n_words = len(phrase.split())
            if not (6 <= n_words <= 15):
                print(f"LENGTH {g['document']}: {kind} has {n_words} words: {phrase!r}")
                ok = False
            for variant, (text, p) in enumerate(zip(texts, norms(phrase))):
                count = len(re.findall(r"(?<!\w)" + re.escape(p) + r"(?!\w)", text))
                if count != 1:
                    print(f"FAIL {g['document']} [{kind}] found {count}x (variant {variant}): {phrase!r}")
                    ok = False
        print(f"{g['document']}: {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
