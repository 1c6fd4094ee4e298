#!/usr/bin/env python3
"""Build the "ke-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ke.py           build documents/ke-* and gold/ke-*.json
        build_ke.py --check   verify every gold phrase occurs once in its document
"""
import copy
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

MINUTES_FILE = "ke-wyldemere-osp-2025-11-17.docx"
REPORT_FILE = "ke-wyldemere-cabinet-report-leisure-contract-review.pdf"

FIXED = dt.datetime(2025, 11, 18, 9, 30, 0, tzinfo=dt.timezone.utc)

THEMES = {"privatisation", "subcontracting", "patient-and-public-input", "public-health",
          "finance", "governance", "integration", "workforce", "primary-care",
          "mental-health", "children-and-families", "adult-social-care", "housing"}

# ---------------------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------------------
# Blocks: ("item", number, title) | ("p", text) | ("pt", text)  (Word-numbered point,
# numbering restarting in each item) | ("note", text) (bracketed note) | ("end", time)

ATTENDANCE = [
    ("PRESENT:", "Councillor Mrs J Halstead (Chairman), Councillor R Tebbutt (Vice-Chairman), "
     "Councillor A Gathercole, Councillor Mrs S Ketteridge, Councillor P Dorling, Councillor M Oakes, "
     "Councillor Mrs L Yallop, Councillor D Sennitt, Councillor K Bultitude and Councillor T Rusbridge."),
    ("APOLOGIES:", "Councillor B Lowden and Councillor Mrs H Fincham."),
    ("Also Present:", "Councillor G Pointer (Portfolio Holder for Housing), Councillor N Bycroft "
     "(Portfolio Holder for Finance) and Councillor Mrs C Saddington (Portfolio Holder for Leisure, "
     "Health and Wellbeing)."),
    ("In attendance:", "Dr Imogen Carver (Associate Director of Primary Care, Ouse and Nene Integrated "
     "Care Board), Mark Ellery (Head of Primary Care Contracting, Ouse and Nene Integrated Care Board), "
     "Inspector Craig Whitmore (Wyldemere Neighbourhood Policing Team, Eastfen Constabulary) and "
     "Rachel Dunwoody (Contract Manager, Lifespring Leisure)."),
    ("Officers in attendance:", "Matthew Rayner (Corporate Director and Chief Finance Officer), "
     "Sarah Whitlock (Head of Housing and Communities), Owen Tilbrook (Leisure and Active Communities "
     "Manager), Kerry Addison (Community Safety Manager), Helen Sturgess (Member Services and "
     "Governance Officer) and Lucy Penhaligon (Senior Democratic Services Officer)."),
]

ASKED = "Members asked questions, made comments and received responses as follows:"

BLOCKS = [
    ("item", "OSC30/25", "PREVIOUS MINUTES"),
    ("p", "The minutes of the meeting of 15 September 2025 were confirmed and signed as an accurate "
          "record, subject to minute OSC24/25 being amended to record that Councillor Dorling had "
          "submitted his apologies for that meeting."),

    ("item", "OSC31/25", "UPDATE ON PREVIOUS ACTIONS"),
    ("p", "Members considered the Update on Previous Actions report."),
    ("p", "Councillor Rusbridge asked whether the information requested at the last meeting on the "
          "number of empty homes brought back into use had been circulated, as he had not received it. "
          "Helen Sturgess confirmed that the information had been sent to all Panel members by email on "
          "3 October 2025 and that she would forward it to him again after the meeting."),
    ("p", "Members noted the action list and AGREED that actions OSC12/25 and OSC21/25 be removed "
          "as they have been completed."),

    ("item", "OSC32/25", "PRIMARY CARE PROVISION IN WYLDEMERE"),
    ("note", "(Councillor Mrs Ketteridge declared that she is registered as a patient at Ravensby "
             "Surgery, which is referred to in the presentation, and took part in the discussion.)"),
    ("p", "The Chairman welcomed Dr Imogen Carver and Mark Ellery from the Ouse and Nene Integrated "
          "Care Board (ICB) to the meeting."),
    ("p", "Members received a presentation from Dr Carver on access to GP services across the district, "
          "which covered the number of appointments delivered by the nine practices in Wyldemere, the "
          "additional roles recruited through the three primary care networks, the plans for a new "
          "surgery at Oxney St Mary and the ICB's work with community pharmacies through the Pharmacy "
          "First scheme. Dr Carver highlighted that the practices in Wyldemere had delivered 38,400 "
          "appointments in September 2025, an increase of 6% on the same month last year, and that 71% "
          "of patients had been seen within two weeks of booking, although there remains considerable "
          "variation between practices, with one practice seeing only 52% of patients within two weeks."),
    ("note", "(Councillor Bultitude joined the meeting at 1.45 pm during the presentation.)"),
    ("p", ASKED),
    ("pt", "Councillor Mrs Ketteridge stated that residents in Ravensby are still unable to get through "
           "to their surgery on the telephone at 8am and are being told to ring back the following day. "
           "She asked what the ICB is doing about practices that are not meeting the national standard "
           "on telephone access. Dr Carver responded that all practices in Wyldemere have now moved to "
           "cloud-based telephony, which allows the ICB to see call waiting times and abandoned calls, "
           "and the two practices with the longest waits are receiving support from the ICB's primary "
           "care team. She added that the contract requires patients to be offered an assessment of need "
           "on the day they contact the practice and she would be happy to pick up any specific cases "
           "with Councillor Mrs Ketteridge outside the meeting."),
    ("pt", "Councillor Gathercole asked how many GPs are currently working in the district and how this "
           "compares with the number five years ago. Mark Ellery stated that there are 41 full-time "
           "equivalent GPs in Wyldemere compared with 46 in 2020, but the number of other clinical staff "
           "working in practices, including pharmacists, physiotherapists, paramedics and mental health "
           "practitioners, has more than doubled over the same period through the Additional Roles "
           "Reimbursement Scheme. Councillor Gathercole made the point that residents want to see a "
           "doctor and do not want to be passed to somebody else."),
    ("pt", "Councillor Oakes asked for an update on the new surgery at Oxney St Mary, which he stated "
           "has been promised to residents for over six years and is needed more than ever given the "
           "1,200 new homes being built in the village. Dr Carver explained that the business case had "
           "been approved by the ICB Board in July 2025 and that the developer contribution of "
           "£1.4 million secured through the Section 106 agreement would be used towards the cost of the "
           "building, with the remaining funding coming from the ICB's capital allocation. She stated that "
           "the ICB expects building work to start in the summer of 2026, subject to planning permission, "
           "with the surgery opening in late 2027. Councillor Oakes asked that the ICB provide the Panel "
           "with a timetable for the project and Dr Carver agreed to do so."),
    ("pt", "Councillor Mrs Yallop expressed concern that patients registered at the Kettlemarsh branch "
           "surgery are being asked to travel to the main surgery in Wyldham for blood tests, which is a "
           "round trip of 18 miles and is not possible for those without a car as there is no direct bus. "
           "She asked whether the blood testing service could be restored at the branch. Mark Ellery "
           "stated that the ICB is aware of the issue and had raised it with the practice, which had "
           "explained that it had been unable to recruit a phlebotomist for the branch, and the ICB is "
           "exploring whether the community phlebotomy service could run a weekly clinic from Kettlemarsh "
           "Community Centre."),
    ("pt", "Councillor Sennitt asked whether the Pharmacy First scheme is having any effect on the demand "
           "for GP appointments, as he is aware that two pharmacies in the district have reduced their "
           "opening hours in the last year. Dr Carver stated that over 2,300 consultations had been carried "
           "out under Pharmacy First in Wyldemere in the last six months, which the ICB estimates would "
           "otherwise have been GP appointments. She added that the funding for community pharmacy is set "
           "nationally and the ICB has limited ability to influence opening hours, but it monitors changes "
           "closely and has a duty to make sure there is adequate provision across the district."),
    ("pt", "Councillor Tebbutt made the point that the new housing being built across the district is "
           "not being matched by investment in health services and that the Council should be doing more "
           "through the Local Plan to make sure that developer contributions for health are secured at "
           "the outset."),
    ("pt", "Councillor Bultitude asked whether residents had been asked for their views on the way "
           "appointments are now booked online, as many older residents do not use the internet. "
           "Dr Carver stated that the ICB had carried out a survey of 1,900 patients across the ICB area "
           "over the summer and Healthwatch had also published a report on digital access, both of which "
           "had found that older people and those with a disability are less satisfied with online "
           "booking. She confirmed that every practice must still offer appointments by telephone and in "
           "person and that the ICB would be sharing the survey results with the Panel."),
    ("p", "The Chairman thanked Dr Carver and Mark Ellery for attending the meeting."),
    ("p", "Members AGREED to note the update and that representatives of the ICB be invited to return to "
          "the Panel in November 2026 to provide a further update, including progress on the Oxney St Mary "
          "surgery."),

    ("item", "OSC33/25", "LIFESPRING LEISURE – ANNUAL CONTRACT PERFORMANCE 2024/25"),
    ("note", "(Councillor Bultitude declared a non-registrable interest in respect of this item, by virtue "
             "of the fact that his daughter is employed by Lifespring Leisure, and took no part in the "
             "discussion or voting thereon.)"),
    ("p", "Members considered the Lifespring Leisure Annual Contract Performance report presented by "
          "Owen Tilbrook and Rachel Dunwoody."),
    ("p", "Owen Tilbrook explained that Lifespring Leisure has operated the Council's three leisure centres "
          "at Wyldham, Ravensby and Kettlemarsh since April 2019 under a ten-year contract with the option "
          "of a five-year extension. The report sets out performance against the key performance "
          "indicators in the contract for 2024/25, which shows that total visits increased to 612,000, "
          "the highest since the contract began, and that the management fee paid to the Council "
          "increased to £318,000 for the year. He highlighted that customer satisfaction had fallen "
          "slightly at Ravensby following the closure of the learner pool for six weeks for repairs to "
          "the pool hall roof, and that the number of children completing the school swimming programme "
          "had returned to the level seen before the pandemic."),
    ("p", ASKED),
    ("pt", "Councillor Dorling asked why the learner pool at Ravensby had been closed for six weeks when the "
           "works had been expected to take three, and who had paid for the repairs. Owen Tilbrook stated "
           "that once the contractor had started work it was found that the steel supports to the roof were "
           "more corroded than the survey had shown, and additional works had to be carried out. He "
           "explained that under the contract the Council is responsible for the structure of the buildings "
           "and the cost of £86,000 had been met from the Council's repairs and maintenance budget."),
    ("pt", "Councillor Mrs Yallop stated that she has received complaints from residents about the state of "
           "the changing rooms at Wyldham Leisure Centre, which she stated are tired and often not clean, "
           "and asked what is being done about this. Rachel Dunwoody responded that Lifespring had increased "
           "the cleaning schedule at Wyldham in September and that a refurbishment of the wet-side changing "
           "village is planned for the spring of 2026, which Lifespring will fund as part of its investment "
           "commitment in the contract."),
    ("pt", "Councillor Rusbridge asked how the prices charged at the centres compare with other leisure "
           "centres in the area, as he has been told by residents that a family swim at Kettlemarsh is now "
           "more expensive than in neighbouring districts. Rachel Dunwoody stated that prices are "
           "benchmarked each year against centres within a 20-mile radius and that Wyldemere's prices are in "
           "the middle of the range. She added that the Lifespring concession scheme offers a 50% discount "
           "to residents in receipt of means-tested benefits and 1,140 residents held a concession card at "
           "the end of March 2025."),
    ("pt", "Councillor Tebbutt expressed the view that the contract has been good value for the Council, as "
           "the centres had been costing the Council over £600,000 a year to run before the contract "
           "started, and he asked that officers make sure that these savings are protected when the "
           "contract is reviewed. Councillor Mrs Saddington responded that the Council will be starting "
           "the review of the contract in 2026, ahead of a decision on whether to take up the extension, "
           "and that value for money will be a key part of that review."),
    ("pt", "Councillor Oakes asked how many people are taking part in the GP exercise referral scheme and "
           "whether this is helping to reduce pressure on the NHS. Owen Tilbrook stated that 486 people had "
           "been referred to the scheme in 2024/25, mainly by GPs and physiotherapists, of whom 61% had "
           "completed the twelve-week programme. He explained that the scheme is jointly funded with the "
           "County Council's public health team and that Lifespring collects information on participants' "
           "activity levels and wellbeing before and after the programme, but it is not possible to show "
           "the effect on NHS services directly."),
    ("pt", "Councillor Sennitt stated that the leisure centres are public assets paid for by local "
           "taxpayers and that any profits made from them should be reinvested locally rather than going "
           "to a private company. He stated that the Council should be looking at bringing the service back "
           "in-house when the contract ends in 2029. Councillor Mrs Saddington responded that Lifespring is "
           "a not-for-profit charitable trust and any surplus is reinvested in the centres, and that all "
           "options for the future of the service will be considered as part of the review."),
    ("p", "Councillor Sennitt proposed that the Panel recommend to Cabinet that an in-house option be "
          "included in the review of the leisure contract. This was seconded by Councillor Oakes and, on "
          "being put to the vote, the proposal was LOST."),
    ("p", "Proposed by Councillor Gathercole, seconded by Councillor Tebbutt and AGREED to note the report."),

    ("item", "OSC34/25", "DRAFT HOMELESSNESS AND ROUGH SLEEPING STRATEGY 2026-2031"),
    ("p", "Members considered the Draft Homelessness and Rough Sleeping Strategy report presented by "
          "Councillor Pointer and Sarah Whitlock."),
    ("p", "Councillor Pointer explained that the Council is required to review its homelessness strategy "
          "at least every five years and that the draft strategy had been prepared following a review of "
          "homelessness in the district and discussions with partners, including the County Council, "
          "registered providers, the Integrated Care Board and voluntary organisations. Sarah Whitlock "
          "highlighted that approaches to the Council's housing options service have increased by 23% "
          "over the last two years, with the ending of private rented tenancies the most common reason, "
          "and that there were 74 households in temporary accommodation at the end of October 2025, "
          "compared with 39 two years ago. She explained that the draft strategy has four priorities: "
          "preventing homelessness at the earliest opportunity; increasing the supply of affordable and "
          "supported accommodation; ending rough sleeping; and supporting the health and wellbeing of "
          "people who are homeless, and that an action plan will be reviewed each year by the Homelessness "
          "Forum and reported to this Panel."),
    ("p", ASKED),
    ("pt", "Councillor Oakes asked how many of the 74 households in temporary accommodation are families "
           "with children and how long they are staying there. Sarah Whitlock stated that 41 of the "
           "households include children and the average length of stay is 19 weeks, although some families "
           "have been in temporary accommodation for over a year because of the shortage of larger "
           "affordable homes in the district."),
    ("pt", "Councillor Mrs Ketteridge expressed concern at the use of bed and breakfast accommodation "
           "outside the district, which means that children have to travel long distances to school and "
           "families are cut off from their support networks. She asked what the Council is doing to "
           "reduce its use. Councillor Pointer responded that the Council has purchased eleven properties "
           "for use as temporary accommodation over the last eighteen months using its own capital funding "
           "and grant from the Local Authority Housing Fund, and a further six are planned for 2026/27, "
           "which will reduce the need for bed and breakfast. He stated that no family has been in bed and "
           "breakfast for longer than the six-week legal limit in the last year."),
    ("pt", "Councillor Rusbridge asked what the cost of temporary accommodation had been to the Council in "
           "2024/25 and whether this is sustainable. Matthew Rayner stated that the net cost to the Council "
           "had been £1.12 million in 2024/25, against a budget of £640,000, and that this overspend is one "
           "of the largest pressures in the Medium Term Financial Strategy. He explained that because the "
           "housing benefit subsidy the Council receives for temporary accommodation is capped at 2011 "
           "rates, the Council loses money on every night a household spends in bed and breakfast."),
    ("pt", "Councillor Bultitude asked whether the Council is doing enough to tackle poor conditions in the "
           "private rented sector, as many of the people approaching the Council have been living in homes "
           "with damp and mould. Sarah Whitlock stated that the private sector housing team had carried out "
           "212 inspections in 2024/25 and served 38 improvement notices, and that the new strategy includes "
           "an action to consider a selective licensing scheme for parts of Wyldham."),
    ("pt", "Councillor Mrs Yallop stated that many of the people she meets who are sleeping rough have "
           "mental health or drug and alcohol problems and find it very difficult to get help from health "
           "services. She asked how the strategy will make sure that health services are joined up with the "
           "Council's housing support. Sarah Whitlock responded that the Council has secured funding from "
           "the ICB for a specialist nurse to work with rough sleepers two days a week, and that the "
           "Council's outreach workers meet each month with the drug and alcohol service and the community "
           "mental health team to discuss individual cases."),
    ("pt", "Councillor Dorling asked whether the consultation on the draft strategy will include people who "
           "have experience of being homeless. Sarah Whitlock confirmed that the Council will be working "
           "with the Wyldham Hub and Ravensby Foodbank to hold drop-in sessions for people with lived "
           "experience during the consultation, as well as running an online survey."),
    ("pt", "Councillor Tebbutt made the point that the Council cannot solve the shortage of affordable homes "
           "on its own and asked that the Panel's concerns about the housing benefit subsidy rate be raised "
           "with the Government and the district's two MPs. The Chairman stated that she would write to the "
           "Minister on behalf of the Panel."),
    ("p", "Proposed by Councillor Dorling, seconded by Councillor Mrs Yallop and AGREED to recommend to "
          "Cabinet that the Draft Homelessness and Rough Sleeping Strategy 2026-2031 be approved for public "
          "consultation."),

    ("item", "OSC35/25", "DRAFT BUDGET AND MEDIUM TERM FINANCIAL STRATEGY 2026/27"),
    ("p", "Members considered the Draft Budget and Medium Term Financial Strategy report presented by "
          "Councillor Bycroft and Matthew Rayner."),
    ("p", "Councillor Bycroft explained that the report sets out the draft budget for 2026/27 and the Medium "
          "Term Financial Strategy to 2030/31, which will be considered by Cabinet on 11 December 2025 "
          "before going out for consultation. He stated that the draft budget assumes a council tax "
          "increase of 2.99%, the maximum allowed without a referendum, and includes savings of £420,000, "
          "but there remains a budget gap of £1.3 million in 2026/27 which will need to be closed before "
          "the budget is set in February. Matthew Rayner added that the provisional local government "
          "finance settlement is not expected until the week before Christmas and the figures in the "
          "report are therefore subject to change, particularly as the Government has not yet confirmed "
          "how the Fair Funding Review will affect district councils."),
    ("p", ASKED),
    ("pt", "Councillor Gathercole asked how much the Council holds in general reserves and how long these "
           "would last if the budget gap cannot be closed. Matthew Rayner stated that the general fund "
           "balance is £2.1 million, which is the minimum level recommended in his statement on the "
           "robustness of the estimates, and that the Council also holds earmarked reserves of £6.8 million. "
           "He stated that reserves cannot be used to close the gap on an ongoing basis and any use of them "
           "would only buy the Council time."),
    ("pt", "Councillor Oakes expressed concern that the savings proposals include reducing the grants paid "
           "to voluntary organisations by £60,000, which he stated would affect the advice services and "
           "community transport schemes that many older and vulnerable residents depend on. Councillor "
           "Bycroft responded that no decisions have yet been made and that the Council will be discussing "
           "the proposals with the organisations affected before the budget is finalised."),
    ("pt", "Councillor Sennitt asked what effect local government reorganisation will have on the Council's "
           "budget and whether the Council is spending money on preparing for a new unitary authority. "
           "Matthew Rayner stated that the Council had set aside £150,000 from reserves in 2025/26 for its "
           "share of the work on the proposals submitted to the Government in November, and that the cost "
           "of implementing a new unitary council would fall to the new authority. He explained that the "
           "Council must continue to set a balanced budget each year until it is replaced."),
    ("pt", "Councillor Mrs Ketteridge requested that the Panel be provided with a breakdown of the £420,000 "
           "of savings by service area before the budget is considered by Council in February. Matthew "
           "Rayner agreed to circulate this to Panel members before Christmas."),
    ("pt", "Councillor Rusbridge stated that the increase in car parking charges proposed in the budget "
           "will be unpopular with traders in Wyldham town centre, who are already struggling."),
    ("p", "Proposed by Councillor Tebbutt, seconded by Councillor Dorling and AGREED that the comments of "
          "the Panel be passed to Cabinet for consideration at its meeting on 11 December 2025."),
    ("note", "(Councillor Mrs Ketteridge left the meeting at 3.20 pm.)"),

    ("item", "OSC36/25", "WYLDEMERE COMMUNITY SAFETY PARTNERSHIP – ANNUAL UPDATE"),
    ("p", "Members considered the Community Safety Partnership Annual Update report presented by Kerry "
          "Addison and Inspector Craig Whitmore."),
    ("p", "Kerry Addison explained that the Partnership's priorities for 2025/26 are anti-social behaviour, "
          "serious violence, domestic abuse and rural crime, and that the report sets out the work carried "
          "out against each priority over the last year, including the Safer Streets project in Wyldham "
          "town centre and the joint days of action with the Environment Agency on illegal waste sites. "
          "Inspector Whitmore stated that overall recorded crime in the district had fallen by 4% in the "
          "year to September 2025, but that shoplifting in Wyldham had increased by 31% and remains a "
          "priority for the Neighbourhood Policing Team."),
    ("p", ASKED),
    ("pt", "Councillor Dorling asked what is being done about the increase in shoplifting in Wyldham town "
           "centre, as traders have told him that they no longer report incidents because the police do "
           "not attend. Inspector Whitmore stated that the police had launched an operation with the Wyldham "
           "Business Partnership in October, which includes extra patrols on market days, and he would "
           "encourage all businesses to report every incident as this determines where resources are "
           "allocated."),
    ("pt", "Councillor Bultitude asked whether the number of police community support officers in the "
           "district would be reduced as a result of the Constabulary's budget pressures. Inspector "
           "Whitmore stated that there are currently nine PCSOs in Wyldemere and there are no plans to "
           "reduce this number in 2026, although he could not give a guarantee beyond that."),
    ("pt", "Councillor Mrs Yallop asked how many young people in the district had been referred to the youth "
           "diversion programme and whether there is enough for young people to do in the rural villages. "
           "Kerry Addison stated that 58 young people had been referred in 2024/25 and that the Partnership "
           "has funded a detached youth work project in Kettlemarsh and Oxney St Mary from its grant from "
           "the Police and Crime Commissioner."),
    ("pt", "Councillor Oakes asked that the Panel receive information on the number of fly-tipping "
           "prosecutions brought by the Council in the last year. Kerry Addison stated that she would "
           "provide this information after the meeting."),
    ("p", "Members noted the update and thanked Inspector Whitmore and Kerry Addison for attending."),

    ("item", "OSC37/25", "FUTURE WORK PROGRAMME"),
    ("p", "Members considered the Future Work Programme 2025/26."),
    ("p", "Councillor Sennitt asked whether an item on local government reorganisation could be added to "
          "the work programme, as members of the public are asking what it will mean for services in the "
          "district. Helen Sturgess stated that the Government's decision on the proposals is expected in "
          "the spring and that an item could be added to the meeting on 16 March 2026 once the decision is "
          "known."),
    ("p", "Members AGREED to note the future work programme, subject to the addition of an update on local "
          "government reorganisation to the meeting on 16 March 2026."),
    ("end", "3.52 pm"),
]


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_FILE,
    "doc_type": "minutes",
    "committee": "Overview and Scrutiny Panel",
    "meeting_date": "2025-11-17",
    "items": [
        {"number": "OSC30/25", "title": "PREVIOUS MINUTES"},
        {"number": "OSC31/25", "title": "UPDATE ON PREVIOUS ACTIONS"},
        {"number": "OSC32/25", "title": "PRIMARY CARE PROVISION IN WYLDEMERE"},
        {"number": "OSC33/25", "title": "LIFESPRING LEISURE – ANNUAL CONTRACT PERFORMANCE 2024/25"},
        {"number": "OSC34/25", "title": "DRAFT HOMELESSNESS AND ROUGH SLEEPING STRATEGY 2026-2031"},
        {"number": "OSC35/25", "title": "DRAFT BUDGET AND MEDIUM TERM FINANCIAL STRATEGY 2026/27"},
        {"number": "OSC36/25", "title": "WYLDEMERE COMMUNITY SAFETY PARTNERSHIP – ANNUAL UPDATE"},
        {"number": "OSC37/25", "title": "FUTURE WORK PROGRAMME"},
    ],
    "questions": [
        q("OSC31/25", "question",
          "asked whether the information requested at the last meeting on the number of empty homes",
          "Councillor Rusbridge",
          "the information had been sent to all Panel members by email",
          "Helen Sturgess", ["housing"]),
        # OSC32/25 primary care
        q("OSC32/25", "question",
          "She asked what the ICB is doing about practices that are not meeting",
          "Councillor Mrs Ketteridge",
          "all practices in Wyldemere have now moved to cloud-based telephony",
          "Dr Carver", ["primary-care"]),
        q("OSC32/25", "question",
          "asked how many GPs are currently working in the district",
          "Councillor Gathercole",
          "there are 41 full-time equivalent GPs in Wyldemere compared with 46 in 2020",
          "Mark Ellery", ["primary-care", "workforce"]),
        q("OSC32/25", "question",
          "asked for an update on the new surgery at Oxney St Mary",
          "Councillor Oakes",
          "the business case had been approved by the ICB Board in July 2025",
          "Dr Carver", ["primary-care", "finance"]),
        q("OSC32/25", "concern",
          "expressed concern that patients registered at the Kettlemarsh branch surgery",
          "Councillor Mrs Yallop",
          "it had been unable to recruit a phlebotomist for the branch",
          "Mark Ellery", ["primary-care", "workforce"]),
        q("OSC32/25", "question",
          "asked whether the Pharmacy First scheme is having any effect on the demand",
          "Councillor Sennitt",
          "over 2,300 consultations had been carried out under Pharmacy First",
          "Dr Carver", ["primary-care", "finance"]),
        q("OSC32/25", "comment",
          "the new housing being built across the district is not being matched by investment",
          "Councillor Tebbutt", None, None, ["primary-care", "housing"]),
        q("OSC32/25", "question",
          "asked whether residents had been asked for their views on the way appointments",
          "Councillor Bultitude",
          "the ICB had carried out a survey of 1,900 patients across the ICB area",
          "Dr Carver", ["primary-care", "patient-and-public-input"]),
        # OSC33/25 leisure
        q("OSC33/25", "question",
          "asked why the learner pool at Ravensby had been closed for six weeks",
          "Councillor Dorling",
          "the steel supports to the roof were more corroded than the survey had shown",
          "Owen Tilbrook", ["finance"]),
        q("OSC33/25", "concern",
          "has received complaints from residents about the state of the changing rooms",
          "Councillor Mrs Yallop",
          "Lifespring had increased the cleaning schedule at Wyldham in September",
          "Rachel Dunwoody", ["subcontracting"]),
        q("OSC33/25", "question",
          "asked how the prices charged at the centres compare with other leisure centres",
          "Councillor Rusbridge",
          "prices are benchmarked each year against centres within a 20-mile radius",
          "Rachel Dunwoody", ["finance"]),
        q("OSC33/25", "request",
          "asked that officers make sure that these savings are protected when the contract is reviewed",
          "Councillor Tebbutt",
          "value for money will be a key part of that review",
          "Councillor Mrs Saddington", ["finance", "subcontracting"]),
        q("OSC33/25", "question",
          "asked how many people are taking part in the GP exercise referral scheme",
          "Councillor Oakes",
          "486 people had been referred to the scheme in 2024/25",
          "Owen Tilbrook", ["public-health", "primary-care"]),
        q("OSC33/25", "comment",
          "the leisure centres are public assets paid for by local taxpayers",
          "Councillor Sennitt",
          "Lifespring is a not-for-profit charitable trust and any surplus is reinvested",
          "Councillor Mrs Saddington", ["privatisation", "subcontracting"]),
        # OSC34/25 homelessness
        q("OSC34/25", "question",
          "asked how many of the 74 households in temporary accommodation are families with children",
          "Councillor Oakes",
          "41 of the households include children and the average length of stay is 19 weeks",
          "Sarah Whitlock", ["housing", "children-and-families"]),
        q("OSC34/25", "concern",
          "expressed concern at the use of bed and breakfast accommodation outside the district",
          "Councillor Mrs Ketteridge",
          "the Council has purchased eleven properties for use as temporary accommodation",
          "Councillor Pointer", ["housing", "children-and-families"]),
        q("OSC34/25", "question",
          "asked what the cost of temporary accommodation had been to the Council",
          "Councillor Rusbridge",
          "the net cost to the Council had been £1.12 million in 2024/25",
          "Matthew Rayner", ["housing", "finance"]),
        q("OSC34/25", "question",
          "asked whether the Council is doing enough to tackle poor conditions",
          "Councillor Bultitude",
          "the private sector housing team had carried out 212 inspections",
          "Sarah Whitlock", ["housing"]),
        q("OSC34/25", "question",
          "She asked how the strategy will make sure that health services are joined up",
          "Councillor Mrs Yallop",
          "secured funding from the ICB for a specialist nurse to work with rough sleepers",
          "Sarah Whitlock", ["housing", "mental-health", "public-health", "integration"]),
        q("OSC34/25", "question",
          "asked whether the consultation on the draft strategy will include people",
          "Councillor Dorling",
          "hold drop-in sessions for people with lived experience during the consultation",
          "Sarah Whitlock", ["housing", "patient-and-public-input"]),
        q("OSC34/25", "request",
          "asked that the Panel's concerns about the housing benefit subsidy rate be raised",
          "Councillor Tebbutt",
          "she would write to the Minister on behalf of the Panel",
          "The Chairman", ["housing", "finance"]),
        # OSC35/25 budget
        q("OSC35/25", "question",
          "asked how much the Council holds in general reserves",
          "Councillor Gathercole",
          "the general fund balance is £2.1 million, which is the minimum level recommended",
          "Matthew Rayner", ["finance"]),
        q("OSC35/25", "concern",
          "expressed concern that the savings proposals include reducing the grants paid to voluntary organisations",
          "Councillor Oakes",
          "no decisions have yet been made and that the Council will be discussing",
          "Councillor Bycroft", ["finance"]),
        q("OSC35/25", "question",
          "asked what effect local government reorganisation will have on the Council's budget",
          "Councillor Sennitt",
          "set aside £150,000 from reserves in 2025/26 for its share of the work",
          "Matthew Rayner", ["finance", "governance"]),
        q("OSC35/25", "request",
          "requested that the Panel be provided with a breakdown of the £420,000 of savings",
          "Councillor Mrs Ketteridge",
          "Rayner agreed to circulate this to Panel members before Christmas",
          "Matthew Rayner", ["finance"]),
        q("OSC35/25", "comment",
          "the increase in car parking charges proposed in the budget will be unpopular",
          "Councillor Rusbridge", None, None, ["finance"]),
        # OSC36/25 community safety
        q("OSC36/25", "question",
          "asked what is being done about the increase in shoplifting in Wyldham town centre",
          "Councillor Dorling",
          "the police had launched an operation with the Wyldham Business Partnership in October",
          "Inspector Whitmore", []),
        q("OSC36/25", "question",
          "asked whether the number of police community support officers in the district would be reduced",
          "Councillor Bultitude",
          "there are currently nine PCSOs in Wyldemere and there are no plans",
          "Inspector Whitmore", ["workforce", "finance"]),
        q("OSC36/25", "question",
          "asked how many young people in the district had been referred",
          "Councillor Mrs Yallop",
          "58 young people had been referred in 2024/25",
          "Kerry Addison", ["children-and-families"]),
        q("OSC36/25", "request",
          "asked that the Panel receive information on the number of fly-tipping prosecutions",
          "Councillor Oakes",
          "Kerry Addison stated that she would provide this information after the meeting",
          "Kerry Addison", []),
        # OSC37/25 work programme
        q("OSC37/25", "request",
          "asked whether an item on local government reorganisation could be added to the work programme",
          "Councillor Sennitt",
          "the Government's decision on the proposals is expected in the spring",
          "Helen Sturgess", ["governance"]),
    ],
    "resolutions": [
        r("OSC30/25", "The minutes of the meeting of 15 September 2025 were confirmed and signed",
          "agreed", []),
        r("OSC31/25", "AGREED that actions OSC12/25 and OSC21/25 be removed as they have been completed",
          "agreed", []),
        r("OSC32/25", "representatives of the ICB be invited to return to the Panel in November 2026",
          "agreed", ["primary-care"]),
        r("OSC33/25", "recommend to Cabinet that an in-house option be included in the review",
          "rejected", ["privatisation", "subcontracting"]),
        r("OSC33/25", "seconded by Councillor Tebbutt and AGREED to note the report",
          "noted", []),
        r("OSC34/25", "Strategy 2026-2031 be approved for public consultation",
          "recommended", ["housing", "patient-and-public-input"]),
        r("OSC35/25", "the comments of the Panel be passed to Cabinet for consideration",
          "agreed", ["finance"]),
        r("OSC36/25", "Members noted the update and thanked Inspector Whitmore", "noted", []),
        r("OSC37/25", "AGREED to note the future work programme, subject to the addition",
          "agreed", ["governance"]),
    ],
    "attendees": [
        {"name": "Councillor Mrs J Halstead", "role": "Chairman", "attendance": "present"},
        {"name": "Councillor R Tebbutt", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Councillor A Gathercole", "role": None, "attendance": "present"},
        {"name": "Councillor Mrs S Ketteridge", "role": None, "attendance": "present"},
        {"name": "Councillor P Dorling", "role": None, "attendance": "present"},
        {"name": "Councillor M Oakes", "role": None, "attendance": "present"},
        {"name": "Councillor Mrs L Yallop", "role": None, "attendance": "present"},
        {"name": "Councillor D Sennitt", "role": None, "attendance": "present"},
        {"name": "Councillor K Bultitude", "role": None, "attendance": "present"},
        {"name": "Councillor T Rusbridge", "role": None, "attendance": "present"},
        {"name": "Councillor B Lowden", "role": None, "attendance": "apologies"},
        {"name": "Councillor Mrs H Fincham", "role": None, "attendance": "apologies"},
        {"name": "Councillor G Pointer", "role": "Portfolio Holder for Housing",
         "attendance": "in_attendance"},
        {"name": "Councillor N Bycroft", "role": "Portfolio Holder for Finance",
         "attendance": "in_attendance"},
        {"name": "Councillor Mrs C Saddington", "role": "Portfolio Holder for Leisure, Health and Wellbeing",
         "attendance": "in_attendance"},
        {"name": "Dr Imogen Carver",
         "role": "Associate Director of Primary Care, Ouse and Nene Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Mark Ellery", "role": "Head of Primary Care Contracting, Ouse and Nene Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Inspector Craig Whitmore",
         "role": "Wyldemere Neighbourhood Policing Team, Eastfen Constabulary",
         "attendance": "in_attendance"},
        {"name": "Rachel Dunwoody", "role": "Contract Manager, Lifespring Leisure",
         "attendance": "in_attendance"},
        {"name": "Matthew Rayner", "role": "Corporate Director and Chief Finance Officer",
         "attendance": "in_attendance"},
        {"name": "Sarah Whitlock", "role": "Head of Housing and Communities", "attendance": "in_attendance"},
        {"name": "Owen Tilbrook", "role": "Leisure and Active Communities Manager",
         "attendance": "in_attendance"},
        {"name": "Kerry Addison", "role": "Community Safety Manager", "attendance": "in_attendance"},
        {"name": "Helen Sturgess", "role": "Member Services and Governance Officer",
         "attendance": "in_attendance"},
        {"name": "Lucy Penhaligon", "role": "Senior Democratic Services Officer",
         "attendance": "in_attendance"},
    ],
}

REPORT_GOLD = {"document": REPORT_FILE, "doc_type": "report"}


# ---------------------------------------------------------------------------------------
# Word document
# ---------------------------------------------------------------------------------------
def build_minutes_docx(path):
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    sec.different_first_page_header_footer = True

    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    normal.paragraph_format.space_after = Pt(8)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.0

    # --- numbering: one abstract definition, a fresh w:num per item so it restarts at 1
    numbering = doc.part.numbering_part.element
    abstract_id = 90
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(abstract_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", "%1."),
                     ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "567")
    ind.set(qn("w:hanging"), "567")
    ppr.append(ind)
    lvl.append(ppr)
    absn.append(lvl)
    # abstractNum elements must come before num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    next_num_id = [200]

    def new_num():
        next_num_id[0] += 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(next_num_id[0]))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), str(abstract_id))
        num.append(a)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        numbering.append(num)
        return next_num_id[0]

    def set_num(par, num_id):
        p_pr = par._p.get_or_add_pPr()
        num_pr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), str(num_id))
        num_pr.append(il)
        num_pr.append(ni)
        style = p_pr.find(qn("w:pStyle"))
        if style is None:
            p_pr.insert(0, num_pr)
        else:
            style.addnext(num_pr)

    def add_field(par, instr, placeholder):
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), instr)
        run = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = placeholder
        run.append(t)
        fld.append(run)
        par._p.append(fld)

    # --- headers and footers (first page: footer only)
    for footer in (sec.footer, sec.first_page_footer):
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = fp.add_run("OSP 17.11.25 – Page ")
        rr.font.size = Pt(9)
        add_field(fp, "PAGE", "1")
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr = hp.add_run("Overview and Scrutiny Panel – 17 November 2025")
    hr.font.size = Pt(9)
    hr.italic = True
    sec.first_page_header.paragraphs[0].text = ""

    # --- title block
    t1 = doc.add_paragraph()
    t1.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t1.paragraph_format.space_after = Pt(6)
    run = t1.add_run("OVERVIEW AND SCRUTINY PANEL")
    run.bold = True
    run.font.size = Pt(14)
    t2 = doc.add_paragraph()
    t2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t2.paragraph_format.space_after = Pt(18)
    run = t2.add_run("MONDAY, 17 NOVEMBER 2025 - 1.30 PM")
    run.bold = True
    run.font.size = Pt(12)

    for label, text in ATTENDANCE:
        par = doc.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        lr = par.add_run(label)
        lr.bold = True
        par.add_run(" " + text)

    num_id = None
    for block in BLOCKS:
        kind = block[0]
        if kind == "item":
            par = doc.add_paragraph()
            par.paragraph_format.space_before = Pt(10)
            par.paragraph_format.keep_with_next = True
            par.paragraph_format.tab_stops.add_tab_stop(Cm(2.75), WD_TAB_ALIGNMENT.LEFT)
            par.paragraph_format.left_indent = Cm(2.75)
            par.paragraph_format.first_line_indent = Cm(-2.75)
            run = par.add_run(f"{block[1]}\t{block[2]}")
            run.bold = True
            num_id = None
        elif kind == "p":
            par = doc.add_paragraph(block[1])
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "note":
            par = doc.add_paragraph(block[1])
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "pt":
            if num_id is None:
                num_id = new_num()
            par = doc.add_paragraph(block[1])
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            par.paragraph_format.left_indent = Cm(1.0)
            par.paragraph_format.first_line_indent = Cm(-1.0)
            set_num(par, num_id)
        elif kind == "end":
            doc.add_paragraph()
            par = doc.add_paragraph()
            par.paragraph_format.space_before = Pt(24)
            par.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
            par.add_run(f"{block[1]}\tChairman")

    cp = doc.core_properties
    cp.author = "Member Services"
    cp.last_modified_by = "Member Services"
    cp.title = "Minutes - Overview and Scrutiny Panel - 17 November 2025"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 4

    buf = io.BytesIO()
    doc.save(buf)
    write_fixed_zip(buf.getvalue(), path)


def write_fixed_zip(data, path):
    """Re-pack a zip with fixed timestamps so the output is byte-for-byte repeatable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 18, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------------------
# The report (PDF, not minutes)
# ---------------------------------------------------------------------------------------
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def build_report_pdf(path):
    from fpdf import FPDF

    class Report(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 8)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Leisure Contract Review - Scope and Timetable")
    pdf.set_author("Wyldemere District Council")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    w = pdf.epw

    pdf.set_font("Sans", "B", 9)
    pdf.cell(0, 5, "WYLDEMERE DISTRICT COUNCIL", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def grid(rows, widths=(0.32, 0.68), bold_first=True):
        pdf.set_font("Sans", "", 10)
        with pdf.table(col_widths=tuple(int(x * 100) for x in widths), line_height=6,
                       first_row_as_headings=False) as table:
            for a, b in rows:
                row = table.row()
                pdf.set_font("Sans", "B" if bold_first else "", 10)
                row.cell(a)
                pdf.set_font("Sans", "", 10)
                row.cell(b)
        pdf.ln(4)

    grid([
        ("Agenda Item No:", "8"),
        ("Committee:", "Cabinet"),
        ("Date:", "11 December 2025"),
        ("Report Title:", "Leisure Contract Review – Scope and Timetable"),
    ])

    def heading(text):
        pdf.ln(2)
        pdf.set_font("Sans", "B", 11)
        pdf.multi_cell(w, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def para(text):
        pdf.set_font("Sans", "", 10)
        pdf.multi_cell(w, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def bullets(items, marker="•"):
        pdf.set_font("Sans", "", 10)
        for it in items:
            x = pdf.get_x()
            pdf.cell(7, 5.2, marker)
            pdf.multi_cell(w - 7, 5.2, it, new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(x)
            pdf.ln(1)
        pdf.ln(1)

    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, "Cover sheet:", new_x="LMARGIN", new_y="NEXT")
    heading("1 Purpose / Summary")
    para("The Council's contract with Lifespring Leisure for the management of Wyldham, Ravensby and "
         "Kettlemarsh leisure centres runs until 31 March 2029, with an option to extend for up to five "
         "years. A decision on the extension must be taken by 31 March 2027 so that there is enough time "
         "to procure a new operator if the option is not taken up. This report sets out the proposed scope "
         "and timetable for a review of the contract to inform that decision.")
    heading("2 Key issues")
    bullets([
        "Lifespring Leisure's performance in 2024/25 was reported to the Overview and Scrutiny Panel on "
        "17 November 2025. Visits reached 612,000 and the management fee paid to the Council was "
        "£318,000.",
        "The Council remains responsible for the structure of the buildings. The stock condition survey "
        "carried out in 2025 identifies £3.9 million of works needed over the next ten years, most of it "
        "at Wyldham Leisure Centre.",
        "The review will compare the cost and quality of extending the current contract, procuring a new "
        "contract, and other delivery models, including an in-house service and a local authority company.",
        "Local government reorganisation means that any decision will be inherited by a new unitary "
        "council, which will need to be consulted as the proposals develop.",
    ])
    heading("3 Recommendations")
    para("It is recommended that Cabinet:")
    bullets([
        "Approves the scope of the leisure contract review set out in section 4 of this report.",
        "Delegates authority to the Corporate Director, in consultation with the Portfolio Holder for "
        "Leisure, Health and Wellbeing, to appoint specialist leisure advisers at a cost not exceeding "
        "£45,000, to be funded from the Invest to Save reserve.",
        "Notes that a further report with a recommendation on the contract extension will be brought to "
        "Cabinet in September 2026.",
    ], marker="–")

    grid([
        ("Wards Affected", "All"),
        ("Forward Plan Reference", "KEY/11DEC25/04"),
        ("Portfolio Holder(s)", "Councillor Mrs C Saddington, Portfolio Holder for Leisure, Health and "
                                "Wellbeing"),
        ("Report Originator(s)", "Owen Tilbrook, Leisure and Active Communities Manager"),
        ("Contact Officer(s)", "Owen Tilbrook, Leisure and Active Communities Manager\n"
                               "Matthew Rayner, Corporate Director and Chief Finance Officer"),
        ("Background Paper(s)", "Leisure Management Contract 2019–2029; Lifespring Leisure Annual Contract "
                                "Performance Report 2024/25; Leisure Facilities Stock Condition Survey 2025"),
    ])

    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, "Report:", new_x="LMARGIN", new_y="NEXT")
    heading("1 Background")
    para("1.1 Before April 2019 the Council ran its leisure centres directly, at a net cost of over £600,000 "
         "a year. Following a competitive procurement, the contract was awarded to Lifespring Leisure, a "
         "not-for-profit charitable trust, for ten years. Under the contract Lifespring is responsible for "
         "staffing, programming, day-to-day maintenance and utilities, and pays the Council a management "
         "fee which has risen each year since 2021/22.")
    para("1.2 The contract allows the Council to extend for a period of up to five years on the same terms. "
         "If the Council does not extend, a new procurement would take around eighteen months and would "
         "need to begin no later than the autumn of 2027.")
    heading("2 Comments of the Overview and Scrutiny Panel")
    para("2.1 The Panel considered the annual performance report on 17 November 2025. Members asked about "
         "the closure of the learner pool at Ravensby, the condition of the changing rooms at Wyldham, "
         "prices compared with neighbouring districts and the GP exercise referral scheme. A proposal that "
         "the Panel recommend to Cabinet that an in-house option be included in the review was not "
         "supported; however, the scope set out below already includes an in-house option for comparison.")
    heading("3 Questions the review will answer")
    para("3.1 The review will be structured around the following questions:")
    bullets([
        "Does the current contract continue to offer value for money when compared with the market?",
        "What would an extension cost the Council in capital works, given its responsibility for the "
        "buildings?",
        "Could the service be delivered in-house or through a local authority company at a lower cost "
        "to residents?",
        "How can the centres do more to improve the health of residents, including through the exercise "
        "referral scheme and work with the primary care networks?",
        "What do residents and users of the centres think of the service, and what would they like to "
        "see change?",
    ], marker="–")
    heading("4 Scope and timetable")
    para("4.1 The review will cover the three leisure centres and the outdoor pitches at Ravensby. It will "
         "not include the Council's parks or the community centres, which are managed separately.")
    grid([
        ("January – March 2026", "Appointment of advisers; data collection; user and resident survey"),
        ("April – June 2026", "Options appraisal and soft market testing"),
        ("July 2026", "Overview and Scrutiny Panel to consider the emerging findings"),
        ("September 2026", "Report to Cabinet with a recommendation on the contract extension"),
    ], widths=(0.3, 0.7), bold_first=False)
    heading("5 Effects on Corporate Objectives")
    para("5.1 The review supports the Business Plan priorities of promoting health and wellbeing for all "
         "and making sure that the Council's resources are used effectively.")
    heading("6 Community Impact")
    para("6.1 An Equality Impact Assessment will be completed as part of the options appraisal. The resident "
         "survey will include questions on access for older and disabled residents and on prices.")
    heading("7 Conclusions")
    para("7.1 A structured review will allow Cabinet to take an informed decision on the future of the "
         "leisure contract in good time and to engage the new unitary authority in that decision.")

    pdf.output(str(path))


# ---------------------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------------------
def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check():
    ok = True
    for gold_path in sorted(GOLD.glob("ke-*.json")):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = DOCS / g["document"]
        if not doc_path.exists():
            print(f"MISSING document {doc_path}")
            ok = False
            continue
        text = norm(doc_text(doc_path))
        if not text:
            print(f"EMPTY text from {doc_path.name}")
            ok = False
        phrases = []
        for i, row in enumerate(g.get("questions", [])):
            phrases.append((f"question {i} text", row["text"]))
            if row["answer"] is not None:
                phrases.append((f"question {i} answer", row["answer"]))
            bad = set(row["themes"]) - THEMES
            if bad:
                print(f"{gold_path.name}: question {i} unknown themes {bad}")
                ok = False
            if row["kind"] not in ("question", "concern", "request", "comment"):
                print(f"{gold_path.name}: question {i} bad kind")
                ok = False
        for i, row in enumerate(g.get("resolutions", [])):
            phrases.append((f"resolution {i}", row["text"]))
            if row["outcome"] not in ("noted", "agreed", "recommended", "deferred", "rejected", "other"):
                print(f"{gold_path.name}: resolution {i} bad outcome")
                ok = False
            bad = set(row["themes"]) - THEMES
            if bad:
                print(f"{gold_path.name}: resolution {i} unknown themes {bad}")
                ok = False
        for label, ph in phrases:
            n = norm(ph)
            count = len(re.findall(r"(?<!\w)" + re.escape(n) + r"(?!\w)", text))
            raw = text.count(n)
            words = len(ph.split())
            if count != 1 or raw != 1:
                print(f"{gold_path.name}: {label} occurs {raw} times: {ph!r}")
                ok = False
            if not 6 <= words <= 15:
                print(f"{gold_path.name}: {label} has {words} words: {ph!r}")
                ok = False
        for it in g.get("items", []):
            if norm(it["title"]) not in text:
                print(f"{gold_path.name}: item title not found {it['title']!r}")
                ok = False
        for a in g.get("attendees", []):
            if norm(a["name"]) not in text:
                print(f"{gold_path.name}: attendee not found {a['name']!r}")
                ok = False
            if a["role"] and norm(a["role"]) not in text:
                print(f"{gold_path.name}: role not found {a['role']!r}")
                ok = False
    print("check passed" if ok else "check FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes_docx(DOCS / MINUTES_FILE)
    build_report_pdf(DOCS / REPORT_FILE)
    for g in (MINUTES_GOLD, REPORT_GOLD):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {MINUTES_FILE}, {REPORT_FILE} and their gold files")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
