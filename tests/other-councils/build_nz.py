#!/usr/bin/env python3
"""Build the "nz-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_nz.py           build documents/nz-* and gold/nz-*.json
        build_nz.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "nz-arrowmere-cabinet-2025-01-23.pdf"
NEWS_NAME = "nz-arrowmere-news-cabinet-backs-care-at-home-model.html"
FIXED = dt.datetime(2025, 1, 30, 9, 15, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------------------
# The minutes, as a list of blocks
# ---------------------------------------------------------------------------

ATTENDANCE = [
    ("Cabinet members physically present and voting:", [
        "Councillor Rowland Ashby, Leader of the Council (Chairperson)",
        "Councillor Helena Vaughan, Deputy Leader of the Council (Vice-Chairperson)",
        "Councillors Timothy Bevan, Nia Caradoc, Margaret Deakin and Susan Powle",
    ]),
    ("Cabinet members in attendance remotely, non-voting:", [
        "Councillor Graham Hollings",
    ]),
    ("Cabinet support members in attendance:", [
        "Councillors David Ewart and Ruth Kinnaird",
    ]),
    ("Group leaders / representatives in attendance:", [
        "Councillors Frances Almond, Terence Bodley and Liz Marsden",
    ]),
    ("Scrutiny chairpersons in attendance:", [
        "Councillors Kath Hinton, Mark Seller and Olwen Tarrant",
    ]),
    ("Other councillors in attendance:", [
        "Councillors Bill Stainton and Jean Yarrow",
    ]),
    ("Officers in attendance:", [
        "Chief Executive, Director of Resources and Assurance, Director of Governance "
        "and Law, Corporate Director Community Wellbeing, Corporate Director Children "
        "and Young People, Service Director Housing and Democratic Services Manager",
    ]),
]

B = []  # blocks


def item(num, title):
    B.append(("item", num, title))


def para(text):
    B.append(("para", text))


def bullets(items):
    B.append(("bullets", items))


def lettered(items):
    B.append(("lettered", items))


def resolved(intro, clauses, lead="It was resolved that:"):
    B.append(("resolved", lead, intro, clauses))


item("47", "Apologies for absence")
para("Apologies were received from Councillor Colin Dore, cabinet member for roads and "
     "highways.")

item("48", "Declarations of interest")
para("Councillor Nia Caradoc declared an other registrable interest in agenda item 9, "
     "care at home recommissioning, as a trustee of Kenbury Carers’ Centre, which "
     "receives grant funding from the council. She remained in the meeting and took part "
     "in the discussion and the vote on the item.")
para("No other declarations were made.")

item("49", "Minutes")
B.append(("resolved", "Resolved:",
          "That the minutes of the meeting held on 12 December 2024 be confirmed as a "
          "correct record and be signed by the chairperson.", []))

item("50", "Questions from members of the public")
para("Questions received and responses given are attached as appendix 1 to the minutes.")

item("51", "Questions from councillors")
para("Questions received and responses given are attached as appendix 2 to the minutes.")

item("52", "Care at home recommissioning")
para("The cabinet member for adults, health and wellbeing introduced the report. She "
     "explained that the current care at home contracts, let in 2019 to nine framework "
     "providers with a larger number of spot providers, would end on 31 October 2025 and "
     "could not lawfully be extended again. Around 1,150 people received care at home "
     "arranged by the council each week, a little over 14,000 hours, and the market in "
     "the west and north of the county remained fragile, with packages handed back by "
     "providers who could not staff rural rounds. The proposal was to move to eight "
     "geographical zones, each with a lead provider and a secondary provider, paid a "
     "rural enhancement on top of the standard hourly rate, with a dynamic purchasing "
     "system for the remaining packages. The report also asked cabinet to agree that the "
     "council’s own reablement service, Arrowmere Home First, be retained and expanded by "
     "two teams. She thanked the Adults and Wellbeing Scrutiny Committee for its work on "
     "the proposals at its meeting in November.")
para("The chairperson of the Adults and Wellbeing Scrutiny Committee presented the "
     "committee’s recommendations, which were set out with the responses to them at "
     "appendix C to the report, and welcomed the fact that five of the six had been "
     "accepted. The committee remained concerned that the new contracts did not guarantee "
     "that care workers would be paid for travel time between calls, and she asked that "
     "cabinet keep this under review. The cabinet member for adults, health and wellbeing "
     "responded that the rural enhancement had been calculated to cover travel time and "
     "mileage, and that officers would check what providers actually paid their staff at "
     "the quarterly contract meetings.")
para("In discussion of the report the following principal points were raised by cabinet "
     "members:")
bullets([
    "The cabinet member for finance and corporate services noted that the new model was "
    "estimated to cost £3.1m more in a full year than current spend, of which £1.4m was "
    "already provided for in the draft budget. The Director of Resources and Assurance "
    "confirmed that the remainder would be met from the adult social care precept and the "
    "social care grant, and that this had been allowed for in the medium term financial "
    "strategy.",
    "The cabinet member for children and young people asked how families with disabled "
    "children who also received care at home, and young people moving into adult "
    "services, would be affected. The Corporate Director Community Wellbeing said that "
    "transition arrangements would be written into the zone contracts and that no family "
    "would have a change of carer without a review of their care.",
    "It was asked whether the council had considered bringing more of the service "
    "in-house. The cabinet member for adults, health and wellbeing explained that a fully "
    "in-house service had been costed in the options appraisal at appendix B, would cost "
    "around £6m more a year and would need around 400 additional care workers to be "
    "recruited, and that reablement was the part of the service where direct delivery "
    "added most.",
])
para("Group leaders were invited to give the views of their groups. In the discussion the "
     "following principal points were raised:")
bullets([
    "Concern was expressed that the zone model would favour the large national providers "
    "over small local agencies and community micro-enterprises, which provided much of "
    "the care in the Lenn Valley and around Ledmarsh. The cabinet member said that the "
    "lots had been designed with small providers in mind, that providers could bid as "
    "consortia, and that the micro-enterprise programme would continue to be funded.",
    "A group leader asked what would happen to people whose carers worked for a provider "
    "that did not win a contract. The Corporate Director Community Wellbeing explained "
    "that TUPE was likely to apply in most cases, so that care workers would transfer to "
    "the new provider with their existing terms, and that continuity of carer would be "
    "one of the quality measures in the evaluation.",
    "It was suggested that people who use care at home and their families should be "
    "represented on the tender evaluation panel.",
    "A question was asked about the timetable, given the pressure on hospital discharge "
    "last winter. The Corporate Director Community Wellbeing said that the new contracts "
    "would start on 1 November 2025 after mobilisation over the summer, and that the "
    "integrated discharge team at Lugford County Hospital had been involved in designing "
    "the pathway from hospital.",
])
resolved(None, [
    "the recommissioning of care at home services through eight zones, each with a lead "
    "provider and a secondary provider, with a dynamic purchasing system for additional "
    "capacity, as set out in the report, be approved;",
    "the in-house reablement service, Arrowmere Home First, be retained and expanded at "
    "an additional cost of up to £620,000 a year;",
    "authority be delegated to the Corporate Director Community Wellbeing, following "
    "consultation with the cabinet member for adults, health and wellbeing, to award the "
    "contracts within the budget envelope set out in the report; and",
    "the responses to the recommendations of the Adults and Wellbeing Scrutiny Committee "
    "at appendix C be approved.",
])

item("53", "Draft budget 2025/26 and medium term financial strategy")
para("The cabinet member for finance and corporate services introduced the report. He "
     "explained that the budget proposed a core council tax increase of 2.99% together "
     "with a 2% adult social care precept, the most permitted without a referendum. The "
     "final local government finance settlement had not yet been published, but the "
     "provisional settlement had been £2.4m better than assumed, mainly because of the "
     "new recovery grant. The budget included savings of £14.9m, of which £6.2m were in "
     "community wellbeing, and the use of £3.5m from the financial resilience reserve. "
     "The proposals had been considered by the Scrutiny Management Board on 7 January "
     "2025 and the board’s recommendations and the responses to them were at appendix H.")
para("The Director of Resources and Assurance, as section 151 officer, reported on the "
     "robustness of the estimates and the adequacy of reserves. He said that the budget "
     "was robust but that delivery of the savings in 2025/26 was a significant risk, and "
     "that further savings of around £18m would need to be found over the following two "
     "years.")
para("Cabinet members discussed the proposals. In response to a question from the cabinet "
     "member for housing, regulatory services and community safety about the pressure "
     "from temporary accommodation, the Director of Resources and Assurance confirmed "
     "that an extra £900,000 had been built into the base budget for temporary "
     "accommodation, following an overspend of £1.1m in the current year.")
para("Group leaders were invited to give the views of their groups. In the discussion the "
     "following principal points were raised:")
bullets([
    "Concern was expressed about the proposed reduction in the grants to Arrowmere "
    "Citizens Advice and to the community transport schemes, which helped older people "
    "in rural areas to reach GP and hospital appointments.",
    "It was asked whether the savings in community wellbeing could be delivered given the "
    "demand pressures shown in the quarter 3 report. The Corporate Director Community "
    "Wellbeing said that £4.1m of the £6.2m was already being delivered through the "
    "review of high-cost placements and the expansion of reablement, and that progress "
    "on the remainder would be tracked monthly.",
    "A group leader asked that the council continue to press the government for a fairer "
    "funding settlement for rural councils. The Leader said that he had written to the "
    "Minister of State with the County Councils Network and would share the letter with "
    "group leaders.",
    "It was noted that the budget consultation had received 1,062 responses, and a "
    "request was made for the results to be broken down by market town. The cabinet "
    "member for finance and corporate services agreed that this would be provided before "
    "the Council meeting on 7 February 2025.",
])
resolved("Cabinet recommends to Council that:", [
    "the council tax base of 73,912.17 band D equivalents be noted;",
    "a balanced net revenue budget for 2025/26 of £232.7m be approved, including the "
    "savings proposals at appendix C;",
    "core council tax be increased by 2.99% and the adult social care precept by 2%, "
    "giving a band D charge of £2,023.21 for 2025/26; and",
    "the medium term financial strategy at appendix E and the capital programme at "
    "appendix F be approved.",
])

item("54", "Homelessness and rough sleeping strategy 2025 to 2030")
para("The cabinet member for housing, regulatory services and community safety "
     "introduced the report remotely. He said that the number of households in temporary "
     "accommodation had risen from 96 in March 2022 to 241 in December 2024, that 58 of "
     "these were families with children, and that the council was using bed and "
     "breakfast for 37 households, 11 of them outside the county. The strategy had been "
     "developed after engagement with more than 300 people, including people with lived "
     "experience of homelessness, and had four priorities: prevention, more suitable "
     "temporary accommodation, ending rough sleeping, and better support for people’s "
     "health and wellbeing.")
para("In the discussion the following points were raised:")
bullets([
    "The cabinet member for children and young people expressed concern about the effect "
    "on children’s schooling of families being placed out of county, sometimes more than "
    "an hour from school. The Service Director Housing said that the council paid for "
    "school transport in those cases and that the purchase of 40 homes for use as "
    "temporary accommodation, approved by cabinet in September, would reduce the use of "
    "out of county placements by the end of the year.",
    "A scrutiny chairperson asked how the strategy would address the links between "
    "homelessness, mental health and substance misuse. The Service Director Housing "
    "explained that the council had bid jointly with the integrated care board for "
    "funding for a housing first service with mental health support, and that the "
    "outcome of the bid was expected in March.",
    "A question was asked about the condition of homes in the private rented sector, "
    "including damp and mould, and whether the council would consider selective "
    "licensing. The cabinet member for housing, regulatory services and community safety "
    "said that an evidence review would be reported to the Connected Communities Scrutiny "
    "Committee in the summer.",
    "It was commented that the strategy should include a target date for ending the use "
    "of bed and breakfast for families.",
])
resolved(None, [
    "the homelessness and rough sleeping strategy 2025 to 2030 at appendix A be "
    "approved; and",
    "the Service Director Housing be authorised, following consultation with the cabinet "
    "member for housing, regulatory services and community safety, to make minor "
    "amendments before publication.",
])

item("55", "Children’s services improvement plan – progress update")
para("The cabinet member for children and young people introduced the report, the sixth "
     "update to cabinet since the inspection of children’s services in 2022. She said "
     "that Ofsted’s most recent monitoring visit in November 2024 had found improvement "
     "in the quality of assessments, but that caseloads in the safeguarding and family "
     "support teams remained too high in places. The Corporate Director Children and "
     "Young People added that the proportion of agency social workers had fallen from "
     "49% to 31% over the year and that 22 newly qualified social workers had started in "
     "September through the council’s social work academy.")
para("In discussion:")
bullets([
    "A cabinet member asked what was being done to keep the newly qualified social "
    "workers once their protected first year ended. The Corporate Director Children and "
    "Young People said that a retention payment at the end of the second year and a "
    "career progression framework had been introduced, and that turnover among social "
    "workers in their first two years had halved.",
    "The chairperson of the Children and Young People Scrutiny Committee said that the "
    "committee would look at the sufficiency of placements for children in care at its "
    "March meeting, and asked that the number of children placed more than twenty miles "
    "from home be reported in future updates.",
])
para("Cabinet noted the progress made against the improvement plan and asked that the "
     "next update to cabinet include the number of children in care placed more than "
     "twenty miles from home.")

item("56", "Quarter 3 2024/25 budget and performance report")
para("The cabinet member for finance and corporate services introduced the report. The "
     "forecast revenue outturn at the end of December was an overspend of £4.6m after "
     "the use of £2.0m of contingency, the main pressures being children’s placements "
     "(£3.8m), home to school transport (£1.3m) and temporary accommodation (£1.1m), "
     "offset in part by vacancy savings and additional income. Of the 83 performance "
     "measures reported, 51 were on or above target. The capital programme was forecast "
     "to spend £96.4m against a budget of £141.0m.")
para("The cabinet member for the environment asked why slippage on the capital programme "
     "was so large. The Director of Resources and Assurance said that most of it related "
     "to the Kenbury western relief road and the new secondary school at Pennard Cross, "
     "where the timetable had moved, and that the capital programme for 2025/26 had been "
     "reprofiled to reflect this.")
para("Concern was expressed at the continuing overspend on children’s placements. The "
     "Corporate Director Children and Young People explained that the number of children "
     "in care had stabilised at 392 but that the average cost of a residential placement "
     "had risen to over £6,500 a week, and that the placement sufficiency strategy, "
     "including two council-run children’s homes due to open in 2025, was intended to "
     "reduce reliance on external residential providers.")
resolved(None, [
    "cabinet reviews performance and financial outturn for quarter 3 2024/25, as set out "
    "in appendices A to F, and identifies any additional actions to be considered to "
    "achieve future improvements.",
])

B.append(("end", "The meeting ended at 5.07 pm", "Chairperson"))

# Appendices -----------------------------------------------------------------

APPENDICES = [
    ("Appendix 1", "Questions from members of the public – Cabinet, 23 January 2025", [
        {
            "head": "Question 1",
            "who": "Mrs Angela Fothergill, Kenbury",
            "to": "To: cabinet member for adults, health and wellbeing",
            "parts": [
                ("Question", "“The care at home recommissioning report says that each of "
                 "eight zones will have a lead provider. My mother’s care has been handed "
                 "back twice in a year because the agency could not find staff to cover the "
                 "villages west of Kenbury. Why should residents believe that handing a "
                 "whole zone to one private company will be any more reliable, and did the "
                 "council consider running the service itself?”"),
                ("Response", "“Thank you for your question, and I am sorry to hear about "
                 "your mother’s experience. The zone model is designed to address exactly "
                 "this problem. At present providers can choose which packages to accept, "
                 "and rural packages are the ones most often declined or handed back. Under "
                 "the new contracts the lead provider in each zone will be required to "
                 "accept packages in every part of the zone and will be paid a rural "
                 "enhancement to reflect travel time, and the secondary provider will give "
                 "resilience if the lead provider cannot cover a package. An in-house "
                 "option was assessed in the options appraisal; it would cost around £6m "
                 "more a year and would mean recruiting around 400 care workers, which we "
                 "do not believe is achievable. We are, however, expanding our in-house "
                 "reablement service.”"),
                ("Supplementary question", "“Will the council publish the hourly rate it "
                 "pays to each provider, so that residents can see whether the rural "
                 "enhancement is actually reaching the care workers?”"),
                ("Response", "The cabinet member said that the rates paid to individual "
                 "providers were commercially sensitive, but that the council would publish "
                 "the average hourly rate and the rural enhancement each year in its market "
                 "position statement, and would check through contract monitoring that "
                 "providers paid care workers for travel time."),
            ],
        },
        {
            "head": "Question 2",
            "who": "Mr Owen Prosser, Lugford",
            "to": "To: cabinet member for housing, regulatory services and community safety",
            "parts": [
                ("Question", "“How many families with children are currently in bed and "
                 "breakfast accommodation, how many of them are placed outside the county, "
                 "and what is the council doing to end the use of bed and breakfast for "
                 "families beyond the six week legal limit?”"),
                ("Response", "“As at 31 December 2024 there were 19 families with children "
                 "in bed and breakfast accommodation, 7 of them outside the county, and "
                 "nine families had been there for longer than six weeks. This is not "
                 "acceptable. The council is buying 40 homes to use as temporary "
                 "accommodation: the first 16 were occupied by the end of December and the "
                 "remaining 24 will be ready by September 2025. The homelessness and rough "
                 "sleeping strategy on today’s agenda commits the council to ending the use "
                 "of bed and breakfast for families except in an emergency.”"),
                ("Supplementary question", "“How much has the council spent on bed and "
                 "breakfast placements outside the county so far this financial year?”"),
                ("Response", "The cabinet member said that he did not have the figure to "
                 "hand and that a written response would be provided."),
            ],
        },
        {
            "head": "Question 3",
            "who": "Ms Rhian Talbot, Ledmarsh",
            "to": "To: cabinet member for children and young people",
            "parts": [
                ("Question", "“Parents of children with special educational needs in "
                 "Ledmarsh have been told that the council is reviewing home to school "
                 "transport. Will the council guarantee that children with an EHCP who "
                 "receive transport now will continue to do so, and will parents be "
                 "consulted before anything changes?”"),
                ("Response", "“There are no proposals in the draft budget to change "
                 "eligibility for home to school transport for children with an education, "
                 "health and care plan. The review is looking at how transport is procured "
                 "and at the routes used, because costs have risen by more than a third in "
                 "two years. Any change to the policy would be subject to public "
                 "consultation, and parents and carers would be involved through the "
                 "Arrowmere Parent Carer Forum.”"),
                ("", "Ms Talbot was not present at the meeting and no supplementary "
                 "question was asked."),
            ],
        },
    ]),
    ("Appendix 2", "Questions from councillors – Cabinet, 23 January 2025", [
        {
            "head": "Question 1",
            "who": "Councillor Frances Almond, Kenbury North ward",
            "to": "To: cabinet member for finance and corporate services",
            "parts": [
                ("Question", "“The draft budget uses £3.5m from the financial resilience "
                 "reserve for the second year running. What will the balance on that "
                 "reserve be at 31 March 2026, and how does the cabinet member intend to "
                 "stop relying on one-off money to balance the budget?”"),
                ("Response", "“The balance on the financial resilience reserve is forecast "
                 "to be £9.8m at 31 March 2026, after the planned use of £3.5m in 2025/26. "
                 "The medium term financial strategy does not plan any further use of the "
                 "reserve from 2026/27, and the savings programme for the following two "
                 "years is designed to close the gap with ongoing savings rather than "
                 "one-off money. The section 151 officer’s statement on the adequacy of "
                 "reserves is included in the budget report.”"),
                ("Supplementary question", "“Given the forecast overspend of £4.6m this "
                 "year, which will also have to be met from reserves, is the cabinet member "
                 "confident that the reserve will not be exhausted?”"),
                ("Response", "The cabinet member said that this year’s overspend would be "
                 "met from the general fund balance and other earmarked reserves rather "
                 "than the financial resilience reserve, and that the Director of Resources "
                 "and Assurance had confirmed that the minimum level of general reserves "
                 "would be maintained."),
            ],
        },
        {
            "head": "Question 2",
            "who": "Councillor Bill Stainton, Pennard Cross ward",
            "to": "To: cabinet member for adults, health and wellbeing",
            "parts": [
                ("Question", "“Families who use the Orchard Lodge day centre in Pennard "
                 "Cross have been told that it will open on three days a week rather than "
                 "five from April. What consultation has taken place with the people who "
                 "use the service and their carers, and where will they go on the other "
                 "two days?”"),
                ("Response", "“No decision has been made to reduce the opening days at "
                 "Orchard Lodge. The day opportunities review is looking at how services "
                 "across the county are used, and attendance at Orchard Lodge has averaged "
                 "11 people a day against a capacity of 30. The council will consult the "
                 "people who use the service and their carers on any proposals before a "
                 "decision is taken, and everyone’s needs will be reviewed individually.”"),
                ("Supplementary question", "“Will the cabinet member meet the families at "
                 "Orchard Lodge before any consultation begins?”"),
                ("Response", "The cabinet member agreed to meet the families and asked "
                 "officers to arrange a date in February."),
            ],
        },
    ]),
]

# ---------------------------------------------------------------------------
# Gold for the minutes
# ---------------------------------------------------------------------------

ASC = "cabinet member for adults, health and wellbeing"
FIN = "cabinet member for finance and corporate services"
HOUS = "cabinet member for housing, regulatory services and community safety"
CYP = "cabinet member for children and young people"
DRA = "Director of Resources and Assurance"
CDCW = "Corporate Director Community Wellbeing"
CDCYP = "Corporate Director Children and Young People"
SDH = "Service Director Housing"


def q(item_, kind, text, asked_by, answer, given_by, themes):
    return {"item": item_, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by if answer else None, "themes": themes}


MINUTES_QUESTIONS = [
    # appendix 1: public questions (minute 50)
    q("50", "question",
      "why should residents believe that handing a whole zone to one private company",
      "Mrs Angela Fothergill",
      "the zone model is designed to address exactly this problem",
      ASC, ["adult-social-care", "subcontracting", "privatisation"]),
    q("50", "question",
      "will the council publish the hourly rate it pays to each provider",
      "Mrs Angela Fothergill",
      "the rates paid to individual providers were commercially sensitive",
      ASC, ["adult-social-care", "finance", "workforce", "subcontracting"]),
    q("50", "question",
      "how many families with children are currently in bed and breakfast accommodation",
      "Mr Owen Prosser",
      "there were 19 families with children in bed and breakfast accommodation",
      HOUS, ["housing", "children-and-families"]),
    q("50", "question",
      "how much has the council spent on bed and breakfast placements outside the county",
      "Mr Owen Prosser",
      "he did not have the figure to hand",
      HOUS, ["housing", "finance"]),
    q("50", "question",
      "will the council guarantee that children with an EHCP who receive transport now",
      "Ms Rhian Talbot",
      "there are no proposals in the draft budget to change eligibility",
      CYP, ["children-and-families", "patient-and-public-input"]),
    # appendix 2: councillors' questions (minute 51)
    q("51", "question",
      "what will the balance on that reserve be at 31 March 2026",
      "Councillor Frances Almond",
      "the balance on the financial resilience reserve is forecast to be",
      FIN, ["finance"]),
    q("51", "question",
      "is the cabinet member confident that the reserve will not be exhausted",
      "Councillor Frances Almond",
      "would be met from the general fund balance and other earmarked reserves",
      FIN, ["finance"]),
    q("51", "question",
      "what consultation has taken place with the people who use the service and their carers",
      "Councillor Bill Stainton",
      "no decision has been made to reduce the opening days at orchard lodge",
      ASC, ["adult-social-care", "patient-and-public-input"]),
    q("51", "question",
      "will the cabinet member meet the families at orchard lodge",
      "Councillor Bill Stainton",
      "the cabinet member agreed to meet the families and asked officers",
      ASC, ["adult-social-care"]),
    # 52 care at home
    q("52", "concern",
      "the committee remained concerned that the new contracts did not guarantee",
      "chairperson of the Adults and Wellbeing Scrutiny Committee",
      "the rural enhancement had been calculated to cover travel time and mileage",
      ASC, ["workforce", "subcontracting", "adult-social-care"]),
    q("52", "comment",
      "noted that the new model was estimated to cost £3.1m more in a full year",
      FIN,
      "the remainder would be met from the adult social care precept",
      DRA, ["finance", "adult-social-care"]),
    q("52", "question",
      "asked how families with disabled children who also received care at home",
      CYP,
      "transition arrangements would be written into the zone contracts",
      CDCW, ["children-and-families", "adult-social-care", "subcontracting"]),
    q("52", "question",
      "it was asked whether the council had considered bringing more of the service",
      None,
      "a fully in-house service had been costed in the options appraisal",
      ASC, ["privatisation", "adult-social-care", "finance", "workforce"]),
    q("52", "concern",
      "concern was expressed that the zone model would favour the large national providers",
      None,
      "the lots had been designed with small providers in mind",
      ASC, ["subcontracting", "adult-social-care"]),
    q("52", "question",
      "what would happen to people whose carers worked for a provider that did not win",
      None,
      "tupe was likely to apply in most cases",
      CDCW, ["workforce", "subcontracting", "adult-social-care"]),
    q("52", "request",
      "it was suggested that people who use care at home and their families",
      None, None, None,
      ["patient-and-public-input", "subcontracting", "adult-social-care"]),
    q("52", "question",
      "a question was asked about the timetable given the pressure on hospital discharge",
      None,
      "the new contracts would start on 1 november 2025 after mobilisation",
      CDCW, ["adult-social-care", "integration"]),
    # 53 budget
    q("53", "question",
      "about the pressure from temporary accommodation",
      HOUS,
      "had been built into the base budget for temporary accommodation",
      DRA, ["finance", "housing"]),
    q("53", "concern",
      "concern was expressed about the proposed reduction in the grants to arrowmere citizens advice",
      None, None, None,
      ["finance", "adult-social-care"]),
    q("53", "question",
      "it was asked whether the savings in community wellbeing could be delivered",
      None,
      "was already being delivered through the review of high-cost placements",
      CDCW, ["finance"]),
    q("53", "request",
      "asked that the council continue to press the government for a fairer funding settlement",
      None,
      "he had written to the minister of state with the county councils network",
      "the Leader", ["finance"]),
    q("53", "request",
      "a request was made for the results to be broken down by market town",
      None,
      "this would be provided before the council meeting on 7 february 2025",
      FIN, ["patient-and-public-input", "finance"]),
    # 54 homelessness
    q("54", "concern",
      "expressed concern about the effect on children’s schooling of families being placed out of county",
      CYP,
      "paid for school transport in those cases and that the purchase of 40 homes",
      SDH, ["housing", "children-and-families"]),
    q("54", "question",
      "asked how the strategy would address the links between homelessness mental health",
      None,
      "the council had bid jointly with the integrated care board",
      SDH, ["housing", "mental-health", "public-health", "integration"]),
    q("54", "question",
      "a question was asked about the condition of homes in the private rented sector",
      None,
      "an evidence review would be reported to the connected communities scrutiny committee",
      HOUS, ["housing"]),
    q("54", "comment",
      "it was commented that the strategy should include a target date",
      None, None, None,
      ["housing", "children-and-families"]),
    # 55 children's improvement plan
    q("55", "question",
      "asked what was being done to keep the newly qualified social workers",
      None,
      "a retention payment at the end of the second year",
      CDCYP, ["workforce", "children-and-families"]),
    q("55", "request",
      "asked that the number of children placed more than twenty miles from home be reported",
      "chairperson of the Children and Young People Scrutiny Committee",
      None, None,
      ["children-and-families"]),
    # 56 quarter 3
    q("56", "question",
      "asked why slippage on the capital programme was so large",
      "cabinet member for the environment",
      "most of it related to the kenbury western relief road",
      DRA, ["finance"]),
    q("56", "concern",
      "concern was expressed at the continuing overspend on children’s placements",
      None,
      "the number of children in care had stabilised at 392",
      CDCYP, ["finance", "children-and-families", "privatisation", "subcontracting"]),
]

MINUTES_RESOLUTIONS = [
    {"item": "49", "text": "the minutes of the meeting held on 12 december 2024 be confirmed",
     "outcome": "agreed", "themes": []},
    {"item": "52", "text": "the recommissioning of care at home services through eight zones",
     "outcome": "agreed",
     "themes": ["subcontracting", "adult-social-care", "finance", "privatisation"]},
    {"item": "53", "text": "a balanced net revenue budget for 2025/26 of £232.7m be approved",
     "outcome": "recommended", "themes": ["finance"]},
    {"item": "54", "text": "the homelessness and rough sleeping strategy 2025 to 2030 at appendix a be approved",
     "outcome": "agreed", "themes": ["housing"]},
    {"item": "55", "text": "cabinet noted the progress made against the improvement plan",
     "outcome": "agreed", "themes": ["children-and-families"]},
    {"item": "56", "text": "cabinet reviews performance and financial outturn for quarter 3",
     "outcome": "noted", "themes": ["finance"]},
]


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_ATTENDEES = [
    att("Councillor Rowland Ashby", "Leader of the Council (Chairperson)", "present"),
    att("Councillor Helena Vaughan", "Deputy Leader of the Council (Vice-Chairperson)", "present"),
    att("Councillor Timothy Bevan", None, "present"),
    att("Councillor Nia Caradoc", None, "present"),
    att("Councillor Margaret Deakin", None, "present"),
    att("Councillor Susan Powle", None, "present"),
    att("Councillor Graham Hollings", None, "in_attendance"),
    att("Councillor David Ewart", None, "in_attendance"),
    att("Councillor Ruth Kinnaird", None, "in_attendance"),
    att("Councillor Frances Almond", None, "in_attendance"),
    att("Councillor Terence Bodley", None, "in_attendance"),
    att("Councillor Liz Marsden", None, "in_attendance"),
    att("Councillor Kath Hinton", None, "in_attendance"),
    att("Councillor Mark Seller", None, "in_attendance"),
    att("Councillor Olwen Tarrant", None, "in_attendance"),
    att("Councillor Bill Stainton", None, "in_attendance"),
    att("Councillor Jean Yarrow", None, "in_attendance"),
    att("Chief Executive", None, "in_attendance"),
    att("Director of Resources and Assurance", None, "in_attendance"),
    att("Director of Governance and Law", None, "in_attendance"),
    att("Corporate Director Community Wellbeing", None, "in_attendance"),
    att("Corporate Director Children and Young People", None, "in_attendance"),
    att("Service Director Housing", None, "in_attendance"),
    att("Democratic Services Manager", None, "in_attendance"),
    att("Councillor Colin Dore", "cabinet member for roads and highways", "apologies"),
]

MINUTES_ITEMS = [
    {"number": "47", "title": "Apologies for absence"},
    {"number": "48", "title": "Declarations of interest"},
    {"number": "49", "title": "Minutes"},
    {"number": "50", "title": "Questions from members of the public"},
    {"number": "51", "title": "Questions from councillors"},
    {"number": "52", "title": "Care at home recommissioning"},
    {"number": "53", "title": "Draft budget 2025/26 and medium term financial strategy"},
    {"number": "54", "title": "Homelessness and rough sleeping strategy 2025 to 2030"},
    {"number": "55", "title": "Children’s services improvement plan – progress update"},
    {"number": "56", "title": "Quarter 3 2024/25 budget and performance report"},
]

# ---------------------------------------------------------------------------
# PDF rendering
# ---------------------------------------------------------------------------


def build_pdf(path: Path) -> None:
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 8)
            self.set_text_color(80, 80, 80)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = MinutesPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Cabinet - 23 January 2025")
    pdf.set_author("Arrowmere Council Democratic Services")
    pdf.set_creator("Arrowmere Council")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    LM = 18
    BODY = 30          # text column after the minute number
    RIGHT = 192
    LH = 4.6           # line height
    FS = 9.5

    # Logo-like block, top left
    pdf.set_draw_color(20, 70, 60)
    pdf.set_fill_color(20, 70, 60)
    pdf.rect(LM, 16, 9, 14, style="F")
    pdf.set_xy(LM + 11, 16)
    pdf.set_font("Sans", "B", 15)
    pdf.set_text_color(20, 70, 60)
    pdf.cell(60, 7, "Arrowmere", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(LM + 11)
    pdf.set_font("Sans", "", 11)
    pdf.cell(60, 6, "Council", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(8)

    pdf.set_font("Sans", "B", 11)
    pdf.multi_cell(RIGHT - LM, 5.6,
                   "Minutes of the meeting of Cabinet held at The Council Chamber - The "
                   "Shire Hall, St Aldate’s Square, Lugford, LG1 2HX on Thursday 23 "
                   "January 2025 at 2.30 pm", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    # Attendance: borderless two-column layout
    label_w = 62
    for label, lines in ATTENDANCE:
        y0 = pdf.get_y()
        pdf.set_font("Sans", "B", 9.5)
        pdf.set_xy(LM, y0)
        pdf.multi_cell(label_w - 3, 4.8, label, align="L", new_x="LMARGIN", new_y="NEXT")
        y_label = pdf.get_y()
        pdf.set_font("Sans", "", 9.5)
        pdf.set_xy(LM + label_w, y0)
        for ln_ in lines:
            pdf.set_x(LM + label_w)
            pdf.multi_cell(RIGHT - LM - label_w, 4.8, ln_, align="L",
                           new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(y_label, pdf.get_y()) + 2.5)
    pdf.ln(3)

    def ensure(space):
        if pdf.get_y() + space > pdf.h - 22:
            pdf.add_page()

    def body(text, x=BODY, style="", size=FS, after=2.2, align="J"):
        pdf.set_font("Sans", style, size)
        pdf.set_x(x)
        pdf.multi_cell(RIGHT - x, LH, text, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    def hanging(marker, text, x_mark, x_text, after=1.6):
        pdf.set_font("Sans", "", FS)
        ensure(LH * 2)
        y = pdf.get_y()
        pdf.set_xy(x_mark, y)
        pdf.cell(x_text - x_mark, LH, marker)
        pdf.set_xy(x_text, y)
        pdf.multi_cell(RIGHT - x_text, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    for blk in B:
        kind = blk[0]
        if kind == "item":
            _, num, title = blk
            ensure(LH * 5)
            pdf.ln(1.5)
            y = pdf.get_y()
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_xy(LM, y)
            pdf.cell(BODY - LM, 5.5, f"{num}.")
            pdf.set_xy(BODY, y)
            pdf.multi_cell(RIGHT - BODY, 5.5, title, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "para":
            body(blk[1])
        elif kind == "bullets":
            for t in blk[1]:
                hanging("•", t, BODY + 1, BODY + 6)
            pdf.ln(0.8)
        elif kind == "lettered":
            for i, t in enumerate(blk[1]):
                hanging(f"{chr(97 + i)})", t, BODY, BODY + 7)
        elif kind == "resolved":
            _, lead, intro, clauses = blk
            ensure(LH * 4)
            if not clauses:
                # "Resolved:  That ..." run in on one paragraph
                y = pdf.get_y()
                pdf.set_font("Sans", "B", FS)
                pdf.set_xy(BODY, y)
                pdf.cell(22, LH, lead)
                pdf.set_font("Sans", "", FS)
                pdf.set_xy(BODY + 22, y)
                pdf.multi_cell(RIGHT - BODY - 22, LH, intro, align="L",
                               new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2.5)
                continue
            body(lead, style="B", after=1.5, align="L")
            if intro:
                body(intro, after=1.5, align="L")
            for i, t in enumerate(clauses):
                hanging(f"{chr(97 + i)})", t, BODY, BODY + 7, after=1.2)
            pdf.ln(1.5)
        elif kind == "end":
            _, ended, signed = blk
            ensure(26)
            pdf.ln(3)
            body(ended, x=LM, after=11, align="L")
            pdf.set_x(120)
            pdf.set_font("Sans", "", FS)
            pdf.cell(RIGHT - 120, 0.1, "", border="T", new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(120)
            pdf.cell(RIGHT - 120, 6, signed, align="C", new_x="LMARGIN", new_y="NEXT")

    # Appendices
    for n_app, (app_no, app_title, questions) in enumerate(APPENDICES):
        if n_app == 0:
            pdf.add_page()
        else:
            ensure(60)
            pdf.ln(6)
        pdf.set_font("Sans", "B", 12)
        pdf.set_x(LM)
        pdf.cell(0, 7, app_no, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "B", 11)
        pdf.multi_cell(RIGHT - LM, 6, app_title, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        for qq in questions:
            ensure(LH * 8)
            body(qq["head"], x=LM, style="B", after=1, align="L")
            body(qq["who"], x=LM, after=0.5, align="L")
            body(qq["to"], x=LM, style="I", after=2.5, align="L")
            for label, text in qq["parts"]:
                if label:
                    ensure(LH * 3)
                    body(label, x=LM, style="B", after=1, align="L")
                    body(text, x=LM, after=3)
                else:
                    body(text, x=LM, style="I", after=3, align="L")
            pdf.ln(3)

    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The news release (not minutes)
# ---------------------------------------------------------------------------

NEWS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cabinet backs new approach to care at home | Arrowmere Council</title>
<meta name="description" content="Care at home in Arrowmere will be organised in eight zones from November 2025 after cabinet approved new contracts.">
<link rel="stylesheet" href="/assets/css/main.css">
</head>
<body class="page-news">
<div id="cookie-banner" class="cookie-banner">
  <p>We use some essential cookies to make this website work. We’d like to set additional cookies to understand how you use the site.</p>
  <button type="button">Accept additional cookies</button> <button type="button">Reject additional cookies</button>
  <a href="/cookies">View cookies</a>
</div>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a href="/" class="logo">Arrowmere Council</a>
  <form class="search" action="/search"><label for="q">Search</label><input id="q" name="q" type="search"><button>Search</button></form>
  <nav><ul>
    <li><a href="/adult-social-care">Adult social care</a></li>
    <li><a href="/bins-and-recycling">Bins and recycling</a></li>
    <li><a href="/council-tax">Council tax</a></li>
    <li><a href="/housing">Housing</a></li>
    <li><a href="/schools">Schools</a></li>
    <li><a href="/news">News</a></li>
  </ul></nav>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>
  <li><a href="/">Home</a></li><li><a href="/news">News</a></li><li>Cabinet backs new approach to care at home</li>
</ol></nav>
<main id="main">
<article class="news-article">
<h1>Cabinet backs new approach to care at home</h1>
<p class="meta">Published: 24 January 2025 &middot; Adult social care, Council and democracy</p>
<p class="lede">People who need care at home in Arrowmere’s villages should find it easier to get a carer from November, after the council’s cabinet approved a new way of buying home care services at its meeting on Thursday 23 January.</p>
<p>Under the new arrangements the county will be divided into eight zones. Each zone will have a lead provider, which must accept care packages anywhere in its area, and a second provider to step in if the lead provider cannot. Providers will be paid an extra “rural enhancement” for visits in the most remote parts of the county, to reflect the time carers spend travelling between calls.</p>
<p>Cabinet also agreed to keep and expand the council’s own reablement service, Arrowmere Home First, which helps people to regain their independence after a stay in hospital. Two new Home First teams will be recruited this year.</p>
<blockquote>
<p>“Too many families have told us that their care was handed back because an agency could not cover their village. That is not good enough, and these contracts are designed to put it right. Every part of the county will have a provider who is responsible for it.”</p>
<footer>Councillor Margaret Deakin, cabinet member for adults, health and wellbeing</footer>
</blockquote>
<p>The new contracts are expected to be worth around £38 million a year. Providers will be able to bid from the spring, and the contracts will start on 1 November 2025. People who use care at home and their families will be kept informed throughout, and nobody will have their care changed without a review.</p>
<h2>What does this mean for me if I already get care at home?</h2>
<p>Nothing changes straight away. Your care will carry on as now until the new contracts begin. If your provider changes, we will contact you at least six weeks beforehand, and in most cases your carers will move with you to the new provider.</p>
<h2>Will I have to pay more?</h2>
<p>No. What you contribute towards your care depends on the financial assessment, not on which provider delivers it. The council’s charging policy is not changing as part of this decision.</p>
<h2>Why not run the whole service in-house?</h2>
<p>We looked at this carefully. Running all care at home ourselves would cost around £6 million a year more and would mean recruiting around 400 extra care workers at a time when the whole sector is struggling to fill posts. We think the best use of our own staff is in reablement, where Home First already helps more than 1,800 people a year.</p>
<h2>Have your say</h2>
<p>Would you like to help us choose the new providers? We are looking for people with experience of care at home, or family carers, to join a reference group that will help shape the questions we ask bidders. Email <a href="mailto:commissioning@arrowmere.example.gov.uk">commissioning@arrowmere.example.gov.uk</a> by 28 February 2025.</p>
<h2>Budget recommendations</h2>
<p>At the same meeting, cabinet agreed to recommend a budget for 2025/26 to the meeting of full Council on 7 February 2025, including an increase in council tax of 4.99%, of which 2% will be spent on adult social care. Councillors will debate and vote on the budget at that meeting, which can be watched live on the council’s website.</p>
<p>The cabinet report, the minutes of the meeting and the recording of the webcast are on the <a href="/meetings/cabinet">cabinet meetings page</a>.</p>
<h3>Media enquiries</h3>
<p>Communications team, Arrowmere Council, The Shire Hall, Lugford. Telephone 01900 260 260 (office hours). Out of hours: 01900 260 999.</p>
</article>
<aside class="related">
  <h2>Related pages</h2>
  <ul>
    <li><a href="/adult-social-care/care-at-home">Care at home</a></li>
    <li><a href="/adult-social-care/paying-for-care">Paying for care</a></li>
    <li><a href="/jobs/care">Jobs in care</a></li>
    <li><a href="/news">More news</a></li>
  </ul>
</aside>
<section class="feedback">
  <h2>Was this page helpful?</h2>
  <button type="button">Yes</button> <button type="button">No</button>
  <a href="/feedback?page=news-care-at-home">Report a problem with this page</a>
</section>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/accessibility">Accessibility statement</a></li>
    <li><a href="/privacy">Privacy notice</a></li>
    <li><a href="/contact">Contact us</a></li>
  </ul>
  <p>&copy; Arrowmere Council 2025</p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------


def gold_minutes():
    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": "Cabinet",
        "meeting_date": "2025-01-23",
        "items": MINUTES_ITEMS,
        "questions": MINUTES_QUESTIONS,
        "resolutions": MINUTES_RESOLUTIONS,
        "attendees": MINUTES_ATTENDEES,
    }


def gold_news():
    return {"document": NEWS_NAME, "doc_type": "news"}


def write_json(path: Path, data) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_pdf(DOCS / MINUTES_NAME)
    (DOCS / NEWS_NAME).write_text(NEWS_HTML, encoding="utf-8")
    write_json(GOLD / (Path(MINUTES_NAME).stem + ".json"), gold_minutes())
    write_json(GOLD / (Path(NEWS_NAME).stem + ".json"), gold_news())
    print("wrote", DOCS / MINUTES_NAME)
    print("wrote", DOCS / NEWS_NAME)
    print("wrote gold files in", GOLD)


# ---------------------------------------------------------------------------
# --check
# ---------------------------------------------------------------------------


def norm(s: str, repl: str = "") -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]|_", repl, s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
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
    return path.read_text(encoding="utf-8")


def check() -> int:
    problems = 0
    allowed_kinds = {"question", "concern", "request", "comment"}
    allowed_outcomes = {"noted", "agreed", "recommended", "deferred", "rejected", "other"}
    allowed_att = {"present", "apologies", "in_attendance", "absent"}
    themes_file = HERE.parent.parent / "minutes" / "themes.yml"
    slugs = set()
    try:
        import yaml as _y
        data = _y.safe_load(themes_file.read_text(encoding="utf-8"))
        slugs = {k for k in data if k != "ignore_names"}
    except Exception as exc:  # pragma: no cover
        print("could not read theme slugs:", exc)
    for gpath in sorted(GOLD.glob("nz-*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        dpath = DOCS / g["document"]
        if not dpath.exists():
            print("MISSING document", dpath)
            problems += 1
            continue
        raw = doc_text(dpath)
        texts = {repl: norm(raw, repl) for repl in ("", " ")}
        if g["doc_type"] != "minutes":
            extra = set(g) - {"document", "doc_type"}
            if extra:
                print(gpath.name, "non-minutes gold has extra keys", extra)
                problems += 1
            print(f"{gpath.name}: {g['doc_type']}, {len(raw)} characters of text")
            continue
        phrases = []
        for r in g["questions"]:
            phrases.append(("question", r["item"], r["text"]))
            if r["answer"]:
                phrases.append(("answer", r["item"], r["answer"]))
            if r["kind"] not in allowed_kinds:
                print("bad kind", r)
                problems += 1
            if slugs and set(r["themes"]) - slugs:
                print("bad theme", r["themes"])
                problems += 1
        for r in g["resolutions"]:
            phrases.append(("resolution", r["item"], r["text"]))
            if r["outcome"] not in allowed_outcomes:
                print("bad outcome", r)
                problems += 1
            if slugs and set(r["themes"]) - slugs:
                print("bad theme", r["themes"])
                problems += 1
        for a in g["attendees"]:
            if a["attendance"] not in allowed_att:
                print("bad attendance", a)
                problems += 1
        numbers = {i["number"] for i in g["items"]}
        for kind, it, ph in phrases:
            if it not in numbers:
                print("unknown item", it, ph)
                problems += 1
            words = len(norm(ph).split())
            if not 4 <= words <= 15:
                print(f"length {words}: {ph!r}")
                if words > 15 or words < 3:
                    problems += 1
            for repl, txt in texts.items():
                n = len(re.findall(r"(?<!\w)" + re.escape(norm(ph, repl)) + r"(?!\w)", txt))
                if n != 1:
                    print(f"{gpath.name}: {kind} phrase found {n} times "
                          f"(punctuation->{repl!r}): {ph!r}")
                    problems += 1
        for a in g["attendees"]:
            nm = a["name"].replace("Councillor ", "")
            if norm(nm) not in texts[""]:
                print("attendee not in text:", a["name"])
                problems += 1
        print(f"{gpath.name}: {len(g['items'])} items, {len(g['questions'])} questions, "
              f"{len(g['resolutions'])} resolutions, {len(g['attendees'])} attendees")
    if problems:
        print(f"CHECK FAILED: {problems} problem(s)")
        return 1
    print("CHECK PASSED")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
