#!/usr/bin/env python3
"""Build the "io-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_io.py           build documents/io-* and gold/io-*.json
        build_io.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

COUNCIL = "Yarewold County Council"
MINUTES_FILE = "io-yarewold-cabinet-2025-09-08.pdf"
REPORT_FILE = "io-yarewold-cabinet-report-home-support-recommissioning.docx"
FIXED = datetime(2025, 9, 12, 9, 30, 0, tzinfo=timezone.utc)

ASC = "Cabinet Member for Adult Social Care, Public Health & Prevention"
CS = "Cabinet Member for Children’s Services"
HIT = "Cabinet Member for Highways, Infrastructure & Transport"
FIN = "Cabinet Member for Finance"

# ---------------------------------------------------------------------------
# The minutes, as a list of blocks
# ---------------------------------------------------------------------------
# ("title", text) ("subtitle", text) ("label", text) ("people", [(name, role)])
# ("item", number, title) ("para", number, text) ("bold", number, text)
# ("bullets", [text]) ("clauses", [text]) ("plain", text) ("gap",) ("end", text)

ATT_CABINET = [
    ("Cllr Margaret Tillyard", "Chair. Leader of the Council and Cabinet Member for Strategy & Governance."),
    ("Cllr Graham Pennock", "Vice-Chair. Deputy Leader and Cabinet Member for Finance."),
    ("Cllr Eleanor Cubitt", "Cabinet Member for Environment & Waste"),
    ("Cllr Kevin Dunstall", "Cabinet Member for Corporate Services & Innovation"),
    ("Cllr Helen Fairweather", "Cabinet Member for Highways, Infrastructure & Transport"),
    ("Cllr Roger Kettleborough", "Cabinet Member for Children’s Services"),
    ("Cllr Janice Mollett", "Cabinet Member for Communities & Partnerships"),
    ("Cllr Alison Thirtle", "Cabinet Member for Adult Social Care, Public Health & Prevention"),
]
ATT_DEPUTY = [
    ("Cllr Lana Hempstead", "Deputy Cabinet Member for Adult Social Care"),
    ("Cllr Martin Scarfe", "Deputy Cabinet Member for Children’s Services"),
]
ATT_NONEXEC = [
    ("Cllr Terry Dack", None),
    ("Cllr Colin Hardingham", None),
    ("Cllr Rowan Pike", None),
    ("Cllr Fiona Westgate", None),
]
ATT_EXEC_DIRS = [
    ("Jonathan Sayer", "Chief Executive"),
    ("Catherine Wroxham", "Executive Director of Adult Social Services"),
    ("Mark Oldroyd", "Executive Director of Children’s Services"),
    ("Dean Featherstone", "Director of Strategic Finance"),
    ("Kate Hollis", "Director of Governance"),
    ("Ruth Candlish", "Director of Public Health"),
]
ATT_OFFICERS = [
    ("Sara Linney", "Director of Commissioning, Adult Social Services"),
    ("Gemma Blyth", "Assistant Director, SEND Strategic Improvement and Early Effectiveness"),
]

BODY = [
    ("title", "Cabinet"),
    ("subtitle", "Minutes of the Meeting held on Monday 8 September 2025 at 10am in the "
                 "Council Chamber, County Hall, Aldermere"),
    ("label", "Present:"),
    ("people", ATT_CABINET),
    ("label", "Deputy Cabinet Members Present:"),
    ("people", ATT_DEPUTY),
    ("label", "Non-Executive Members Present:"),
    ("people", ATT_NONEXEC),
    ("label", "Executive Directors Present:"),
    ("people", ATT_EXEC_DIRS),
    ("label", "Officers Present:"),
    ("people", ATT_OFFICERS),
    ("gap",),
    ("plain", "The Chair welcomed everyone to the meeting, including those watching the "
              "webcast."),

    ("item", "1", "Apologies for Absence"),
    ("para", "1.1", "Apologies were received from Cllr Simon Belcher (Cabinet Member for "
                    "Economic Growth) and Amir Rahman (Executive Director of Community & "
                    "Environmental Services)."),

    ("item", "2", "Minutes from the meeting held on 4 August 2025"),
    ("para", "2.1", "Cabinet RESOLVED to agree the minutes from the Cabinet meeting held on "
                    "4 August 2025 as an accurate record of the meeting."),

    ("item", "3", "Declaration of Interests"),
    ("para", "3.1", "Cllr Janice Mollett declared an other interest in agenda item 9, "
                    "Recommissioning of Home Support Services 2026-2033, as a close family "
                    "member was employed by a home support provider in the county. She took "
                    "part in the discussion and the decision."),

    ("item", "4", "Matters referred to Cabinet by the Scrutiny Committee, Select "
                  "Committees or by full Council."),
    ("para", "4.1", "No matters were referred to Cabinet."),

    ("item", "5", "Items of Urgent Business"),
    ("para", "5.1", "There were no items of urgent business."),

    ("item", "6", "Public Question Time"),
    ("para", "6.1", "The list of public questions and the responses is attached to these "
                    "minutes at Appendix A."),
    ("para", "6.2", "Philip Stannard asked a supplementary question: “Will the Council "
                    "publish the number of people waiting for home support in each district "
                    "every month, so that residents can judge for themselves whether the new "
                    "contracts are working?”"),
    ("para", "6.3", "The Cabinet Member for Adult Social Care, Public Health & Prevention "
                    "replied that waiting list figures for each locality were already "
                    "reported to the People and Communities Select Committee every quarter, "
                    "and she would ask officers to add them to the performance dashboard on "
                    "the Council’s website from October."),
    ("para", "6.4", "Gillian Orford asked a supplementary question about why her son’s "
                    "transport to his special school had been changed three times since the "
                    "start of term without the family being told in advance. The Cabinet "
                    "Member for Children’s Services said that he was sorry to hear this and "
                    "would look into the case personally; a written response would be sent "
                    "to Ms Orford."),

    ("item", "7", "Local Member Issues/Questions"),
    ("para", "7.1", "The list of Local Member questions and the responses is attached to "
                    "these minutes at Appendix B."),
    ("para", "7.2", "Cllr Colin Hardingham asked a supplementary question: “The Cabinet "
                    "Member says the Council cannot require providers to pay the Real Living "
                    "Wage. Will she at least make it a condition of the rural uplift in the "
                    "new home support contracts?”"),
    ("para", "7.3", "The Cabinet Member for Adult Social Care, Public Health & Prevention "
                    "replied that the tender evaluation would give weight to providers’ pay "
                    "and conditions, and that the hourly rates in the report at item 9 had "
                    "been calculated so that providers could pay at least the Real Living "
                    "Wage."),
    ("para", "7.4", "Cllr Rowan Pike asked a supplementary question: “Will routes in the "
                    "west of the county be protected when the underspend is carried forward "
                    "to next year?”"),
    ("para", "7.5", "The Cabinet Member for Highways, Infrastructure & Transport replied "
                    "that no supported bus route in west Yarewold was currently proposed for "
                    "withdrawal, and that the carry forward would be confirmed when the "
                    "Department for Transport announced allocations for 2026-27."),

    ("item", "8", "Local Government Reorganisation: Final Proposal for Yarewold"),
    ("para", "8.1", "Cabinet received the report setting out the Council’s final proposal "
                    "for local government reorganisation in Yarewold which, if agreed, would "
                    "be submitted to the Secretary of State for Housing, Communities and "
                    "Local Government by 26 September 2025 in response to the statutory "
                    "invitation issued on 5 February 2025."),
    ("para", "8.2", "The Leader introduced the report to Cabinet:"),
    ("bullets", [
        "The Government had made clear that the two-tier arrangements in Yarewold would "
        "end, and all eight councils in the county had been invited to submit proposals for "
        "new unitary councils. Cabinet had agreed the Council’s interim plan in March 2025.",
        "The proposal recommended in the report was for a single unitary council for the "
        "whole of Yarewold, serving around 640,000 residents. The financial case showed "
        "annual savings of £31.2m once the new council was fully established, against "
        "one-off implementation costs of £19.6m.",
        "The district councils were expected to submit an alternative proposal for three "
        "unitary councils. The Leader respected their right to do so but did not believe "
        "that three councils would be financially sustainable, given the pressures on adult "
        "social care and children’s services.",
        "Over 7,300 residents, businesses and partners had responded to the engagement "
        "survey carried out in June and July, and the findings were set out at Appendix C. "
        "The proposal included a network of area committees and a new charter with town and "
        "parish councils so that local voices would continue to be heard.",
    ]),
    ("para", "8.3", "Cllr Colin Hardingham, Leader of the Labour Group, said that his group "
                    "accepted that reorganisation was coming but questioned how the Council "
                    "could describe the proposal as having public support when 54% of survey "
                    "respondents had said that they preferred more than one council. The "
                    "Leader replied that the survey had not been a referendum, and that "
                    "respondents had also ranked financial sustainability and the protection "
                    "of frontline services as their highest priorities, which the single "
                    "council proposal best delivered."),
    ("para", "8.4", "Cllr Fiona Westgate, Leader of the Liberal Democrat Group, expressed "
                    "concern that a council covering the whole county would be too remote "
                    "from market towns and rural communities, and asked what powers the "
                    "proposed area committees would actually have. The Chief Executive "
                    "explained that area committees would have delegated budgets for local "
                    "highways improvements and community grants, and that the detail would "
                    "be developed with members and with town and parish councils during 2026 "
                    "if the Secretary of State accepted the proposal."),
    ("para", "8.5", "Cllr Rowan Pike, Leader of the Green Group, asked whether the Council "
                    "would hold a county-wide referendum before the final proposal was "
                    "submitted, and said that the timetable set by the Government had left "
                    "residents with little real say over how they would be governed in "
                    "future."),
    ("para", "8.6", "The Cabinet Member for Finance spoke in support of the proposal. The "
                    "independent review of the financial case had confirmed that a single "
                    "council offered the greatest savings and the lowest implementation risk, "
                    "and the savings would help to protect services at a time when the "
                    "Council faced a budget gap of over £40m in 2026-27."),
    ("para", "8.7", "The Cabinet Member for Corporate Services & Innovation queried whether "
                    "the implementation costs included bringing together the IT systems of "
                    "eight councils. The Director of Strategic Finance confirmed that £6.4m "
                    "had been allowed for ICT and data migration, based on the experience of "
                    "recent reorganisations elsewhere, and that this was included in the "
                    "£19.6m total."),
    ("bold", "8.8", "Cabinet RESOLVED to:"),
    ("clauses", [
        "Agree the final proposal for a single unitary council for Yarewold, as set out at "
        "Appendix A, for submission to the Secretary of State for Housing, Communities and "
        "Local Government by 26 September 2025.",
        "Delegate authority to the Chief Executive, in consultation with the Leader, to make "
        "any minor and technical amendments to the proposal before submission.",
        "Note the findings of the engagement exercise at Appendix C and the equality impact "
        "assessment at Appendix D.",
    ]),
    ("bold", "8.9", "Evidence and Reasons for Decision"),
    ("sub", "Set out in the report."),
    ("bold", "8.10", "Alternative Options"),
    ("sub", "Set out in the report."),

    ("item", "9", "Recommissioning of Home Support Services 2026-2033"),
    ("para", "9.1", "Cabinet received the report seeking approval for the recommissioning of "
                    "home support services across Yarewold from 1 April 2026, when the "
                    "current framework contracts expire."),
    ("para", "9.2", "The Cabinet Member for Adult Social Care, Public Health & Prevention "
                    "introduced the report to Cabinet:"),
    ("bullets", [
        "Around 5,200 people received home support arranged by the Council each week, and "
        "the Council spent £92m a year on the service.",
        "The current framework, let in 2019, had struggled in rural areas. Waiting lists had "
        "fallen since 2023, but providers still handed back packages in parts of the west "
        "and along the coast where travel times were long.",
        "The new model divided the county into 14 zones, each with a lead provider "
        "responsible for picking up all new packages in that zone, supported by a framework "
        "of other providers.",
        "The hourly rate would rise to £27.40 in urban zones and £29.50 in rural zones, to "
        "reflect travel time and to support the recruitment and retention of care workers.",
        "People who used home support, carers and providers had helped to design the model "
        "through workshops and a survey earlier in the year.",
    ]),
    ("para", "9.3", "Cllr Colin Hardingham said that the Labour Group welcomed the higher "
                    "rates but remained concerned that the Council was relying almost "
                    "entirely on private providers, some of them owned by private equity, to "
                    "deliver a vital public service. He asked whether an in-house service had "
                    "been properly considered. The Executive Director of Adult Social "
                    "Services said that an in-house option had been assessed as part of the "
                    "options appraisal in section 5 of the report; it would have cost around "
                    "£11m more each year because of higher pension and on-costs, and would "
                    "have taken several years to build up, so it was not recommended at this "
                    "stage. The Council’s own reablement service would however be expanded."),
    ("para", "9.4", "Cllr Fiona Westgate asked how the Council would make sure that people "
                    "living in the most remote villages would not be left without care if "
                    "the lead provider in their zone could not find staff. The Director of "
                    "Commissioning, Adult Social Services explained that lead providers would "
                    "be required to accept every package offered in their zone within 72 "
                    "hours or explain why they could not, and that the contracts included "
                    "the power to move packages to another framework provider where "
                    "performance fell below the agreed standard."),
    ("para", "9.5", "Cllr Terry Dack, local member for Fenstead, requested that the new "
                    "contracts be designed with the Integrated Care Board so that patients "
                    "leaving Aldermere and District Hospital could be supported at home on "
                    "the day they were medically fit to leave. The Executive Director of "
                    "Adult Social Services said that the hospital discharge pathway was "
                    "being jointly commissioned with the Integrated Care Board through the "
                    "Better Care Fund, and that two of the 14 zones would pilot a same-day "
                    "discharge service from January 2026."),
    ("para", "9.6", "The Cabinet Member for Finance asked whether the additional cost of the "
                    "new rates had been included in the Council’s medium term financial "
                    "strategy. The Director of Strategic Finance confirmed that the "
                    "full-year effect of £8.7m had been included in the budget planning "
                    "assumptions for 2026-27 reported to Cabinet in July."),
    ("para", "9.7", "The Cabinet Member for Communities & Partnerships asked that voluntary "
                    "sector partners, such as the good neighbour schemes supported by the "
                    "Rural Community Council, be involved in the new zones, as they played an "
                    "important part in helping people to stay at home."),
    ("bold", "9.8", "Cabinet RESOLVED to:"),
    ("clauses", [
        "Approve the recommissioning of home support services from 1 April 2026 through a "
        "zoned model of 14 lead provider contracts and a supporting framework, for an initial "
        "term of four years with options to extend by up to three further years, as set out "
        "in section 2 of the report.",
        "Agree the hourly rates for 2026-27 of £27.40 for urban zones and £29.50 for rural "
        "zones.",
        "Delegate to the Executive Director of Adult Social Services, in consultation with "
        "the Cabinet Member for Adult Social Care, Public Health & Prevention, authority to "
        "award the contracts following the procurement process and to exercise any "
        "extension options.",
    ]),
    ("bold", "9.9", "Evidence and Reasons for Decision"),
    ("sub", "The current framework contracts expire on 31 March 2026 and the Council has a "
            "duty under the Care Act 2014 to make sure that there is sufficient home support "
            "to meet eligible needs. The zoned model is expected to improve coverage in rural "
            "areas and reduce the time people wait for care."),
    ("bold", "9.10", "Alternative Options"),
    ("sub", "Extending the current arrangements, bringing the service in-house and a "
            "county-wide framework without lead providers were all considered and are set "
            "out in section 5 of the report."),

    ("item", "10", "SEND Sufficiency Strategy 2025-2030 and Specialist Resource Base "
                   "Capital Programme"),
    ("para", "10.1", "Cabinet received the report setting out the refreshed Special "
                     "Educational Needs and Disabilities (SEND) Sufficiency Strategy for "
                     "2025-2030 and proposing the next phase of capital investment in "
                     "specialist school places."),
    ("para", "10.2", "The Cabinet Member for Children’s Services introduced the report, "
                     "explaining that the number of children and young people with an "
                     "Education, Health and Care Plan in Yarewold had risen by 61% in five "
                     "years to 11,950. The first phase of the programme had opened 520 new "
                     "specialist places, including two new special schools at Holbeck St Mary "
                     "and Saltmarsh Staithe, and the next phase would create a further 480 "
                     "places through specialist resource bases attached to mainstream "
                     "schools. This would allow more children to be educated closer to home "
                     "and reduce the Council’s reliance on costly independent placements."),
    ("para", "10.3", "Cllr Fiona Westgate welcomed the new places but said that families in "
                     "her division were still waiting far too long for assessments, and "
                     "asked what proportion of new Education, Health and Care Plans were now "
                     "issued within the statutory 20 weeks. The Executive Director of "
                     "Children’s Services said that timeliness had improved from 14% in 2023 "
                     "to 48% in the most recent quarter, following the recruitment of "
                     "additional educational psychologists and case officers, but accepted "
                     "that this was still not good enough."),
    ("para", "10.4", "Cllr Rowan Pike sought clarification on how many children were "
                     "currently placed in independent special schools and what this cost the "
                     "Council each year. The Assistant Director, SEND Strategic Improvement "
                     "and Early Effectiveness explained that there were 1,140 children in "
                     "independent placements at an average annual cost of £61,000, compared "
                     "with around £24,000 for a place in a maintained special school, and "
                     "that the strategy aimed to reduce independent placements by a third by "
                     "2030."),
    ("para", "10.5", "Cllr Colin Hardingham asked for an assurance that the new specialist "
                     "resource bases would have enough trained staff before they opened, as "
                     "some schools had told him they could not recruit teaching assistants. "
                     "The Cabinet Member for Children’s Services said that funding for "
                     "staffing was included in the place funding agreed with each school, and "
                     "that no base would open until the school and the Council were satisfied "
                     "that it was ready."),
    ("para", "10.6", "The Leader said that the high needs deficit, now forecast to reach "
                     "£132m by March 2026, remained the single biggest financial risk facing "
                     "the Council, and that the extension of the statutory override to 2028 "
                     "only postponed the problem. Cabinet agreed that the Leader and the "
                     "Cabinet Member for Children’s Services would write jointly to the "
                     "Secretary of State for Education to seek an urgent meeting about the "
                     "Council’s high needs deficit."),
    ("bold", "10.7", "Cabinet RESOLVED to:"),
    ("clauses", [
        "Approve the SEND Sufficiency Strategy 2025-2030 at Appendix A.",
        "Approve phase 3 of the specialist resource base programme, creating 480 additional "
        "places by September 2028 at a total cost of £38.5m, funded from the High Needs "
        "Provision Capital Allocation as set out in section 6 of the report.",
        "Delegate to the Executive Director of Children’s Services, in consultation with the "
        "Cabinet Member for Children’s Services and the Director of Property, authority to "
        "agree the locations of the new bases and to award the construction contracts.",
    ]),
    ("bold", "10.8", "Evidence and Reasons for Decision"),
    ("sub", "Set out in the report."),
    ("bold", "10.9", "Alternative Options"),
    ("sub", "Set out in the report."),

    ("item", "11", "Finance Monitoring Report 2025-26 P4: July 2025"),
    ("para", "11.1", "Cabinet received the report giving a summary of the forecast financial "
                     "position for the 2025-26 Revenue and Capital Budgets, General Balances, "
                     "and the Council’s Reserves at 31 March 2026, together with related "
                     "financial information."),
    ("para", "11.2", "The Cabinet Member for Finance introduced the report to Cabinet:"),
    ("bullets", [
        "At period 4 the Council was forecasting a revenue overspend of £7.9m, mainly "
        "because of pressures in home to school transport and children’s placements, and "
        "hospital discharge demand in adult social care.",
        "Executive Directors had been asked to bring forward recovery actions, and he "
        "expected the position to improve during the year as it had in previous years.",
        "General Balances were forecast to be £27.6m at 31 March 2026, and the Council’s "
        "earmarked reserves were forecast to be £148.3m.",
        "The capital programme had been updated, with £3.2m of additions funded mainly from "
        "external grants.",
    ]),
    ("para", "11.3", "Cllr Colin Hardingham asked why the report forecast that the Council "
                     "would need to draw on reserves for the third year running, and whether "
                     "this was sustainable. The Cabinet Member for Finance replied that the "
                     "use of reserves was planned and in line with the strategy agreed by "
                     "Council in February, and that reserves remained above the minimum level "
                     "recommended by the Director of Strategic Finance."),
    ("para", "11.4", "Cllr Rowan Pike commented that the overspend on home to school "
                     "transport had been predictable and should have been budgeted for "
                     "properly at the start of the year."),
    ("bold", "11.5", "Cabinet RESOLVED to:"),
    ("clauses", [
        "Recommend to County Council the addition of £3.2m to the capital programme to "
        "address capital funding requirements funded mostly from various external sources "
        "as set out in detail in capital Appendix 3, paragraph 4.1, including £1.9m of Local "
        "Transport Plan grant for highways maintenance and £0.8m for the replacement of the "
        "Aldermere Library roof.",
        "Note the period 4 general fund forecast revenue overspend of £7.9m, noting also "
        "that Executive Directors will take measures to reduce or eliminate potential "
        "over-spends where these occur within services.",
        "Note the period 4 forecast shortfall in savings of £2.1m, noting also that "
        "Executive Directors will continue to take measures to mitigate savings shortfalls "
        "through alternative savings or underspends.",
        "Note the forecast General Balances at 31 March 2026 of £27.6m.",
        "Note the expenditure and funding of the revised current and future 2025-29 "
        "capital programmes.",
    ]),
    ("bold", "11.6", "Evidence and Reasons for Decision"),
    ("sub", "Set out in the report."),
    ("bold", "11.7", "Alternative Options"),
    ("sub", "To deliver a balanced budget, no viable alternative options have been "
            "identified to the recommendations in this report. In terms of financing the "
            "proposed capital expenditure, no further grant or revenue funding has been "
            "identified to fund the expenditure, apart from the funding noted in the capital "
            "appendix."),

    ("item", "12", "Reports of the Cabinet Member and Officer Delegated Decisions made "
                   "since the last Cabinet meeting:"),
    ("para", "12.1", "Cabinet RESOLVED to note the Delegated Decisions made since the last "
                     "Cabinet meeting."),
    ("gap",),
    ("plain", "The meeting ended at 12.14pm."),
    ("gap",),
    ("plain", "Chair"),
    ("access",),
]

# Appendix rows: (number, asker line, question, answerer line, answer)
APPENDIX_A = [
    ("6.1", "Question from Philip Stannard",
     "My mother waited eleven weeks for a home care package after leaving hospital last "
     "winter, and had to stay in a care home in the meantime at her own expense. How many "
     "people in Yarewold are waiting for home care today, and how will the new contracts on "
     "today’s agenda make sure this does not happen to other families?",
     f"Response by the {ASC}:",
     "I am sorry to hear of Mr Stannard’s mother’s experience. As at 31 July 2025, 143 "
     "people were waiting for a package of home support, compared with 398 in July 2023, "
     "and the average wait had fallen to nine days. Most of those waiting live in rural "
     "parts of the county where it is hardest for providers to recruit. The zoned model set "
     "out in the report at item 9 makes a single lead provider responsible for picking up "
     "new packages in each area, with a higher hourly rate in rural zones to cover travel "
     "time."),
    ("6.2", "Question from Gillian Orford",
     "Families of children with special educational needs in the west of the county were "
     "told in July that the Council intends to replace some school taxi routes with "
     "minibuses and pick-up points. Will the Cabinet Member guarantee that no child with an "
     "Education, Health and Care Plan will have to travel further or for longer as a "
     "result?",
     f"Response by the {CS}:",
     "Every child’s transport is arranged according to their assessed needs, and that will "
     "not change. The review of routes is looking at where children travelling to the same "
     "school can share transport safely. Where a change is proposed, "
     "families will be contacted in advance, and any child whose needs mean they cannot use "
     "a shared route will continue to receive individual transport. I cannot promise that "
     "no journey will become longer, but we will not exceed the maximum journey times in "
     "our policy."),
    ("6.3", "Question from Dr Anita Vowles",
     "The engagement survey on local government reorganisation was open for only five "
     "weeks over the summer holidays and was available mainly online. How can Cabinet be "
     "confident that the views of older residents and people without internet access have "
     "been taken into account before the proposal is submitted?",
     "Response by the Leader:",
     "The survey was promoted through libraries, parish councils, local newspapers and "
     "radio, and paper copies were available in all 47 libraries and on request by "
     "telephone. The findings at Appendix C "
     "of the report include an analysis of responses by age, and respondents aged over 65 "
     "were slightly over-represented compared with the county’s population. If the "
     "Secretary of State decides to consult on our proposal, as we expect, there will be a "
     "further statutory consultation in which everyone can take part."),
    ("6.4", "Question from Keith Barnaby",
     "Can the Cabinet Member confirm how much of the public health grant is being spent on "
     "stop smoking services in 2025-26, and whether the extra Government funding for stop "
     "smoking services is being used to expand the service or to replace existing spending?",
     f"Response by the {ASC}:",
     "In 2025-26 the Council will spend £1.86m from the public health grant on stop smoking "
     "services, and has received a further £1.12m through the Local Stop Smoking Services "
     "and Support Grant. The grant conditions require it to be spent in addition to "
     "existing spending, and it is being used to expand the service, including new advisers "
     "in maternity services and in GP practices in the areas with the highest smoking "
     "rates."),
]

APPENDIX_B = [
    ("7.1", "Question from Cllr Colin Hardingham",
     "How many care workers employed by the Council’s contracted home support providers are "
     "currently paid less than the Real Living Wage of £12.60 an hour, and what is the "
     "Cabinet Member doing about it?",
     f"Response by the {ASC}:",
     "The Council does not employ these staff directly and cannot set their pay, but our "
     "provider survey in May 2025 found that 71% of care workers employed by contracted home "
     "support providers were paid at or above the Real Living Wage. The hourly rates "
     "proposed in the report at item 9 have been calculated on the basis that providers pay "
     "at least the Real Living Wage, and we will monitor pay as part of contract "
     "management."),
    ("7.2", "Question from Cllr Fiona Westgate",
     "The family hub in Holtby Market has had its opening hours cut to two days a week "
     "since April. Will the Cabinet Member restore full opening so that families in the "
     "north of the county can get the early help and health visiting support they need?",
     f"Response by the {CS}:",
     "The hours at Holtby Market were reduced temporarily while two vacant family support "
     "worker posts were recruited to. Both posts have now been filled and the hub will "
     "return to four days a week from 22 September. Health visiting clinics have continued "
     "to run weekly throughout."),
    ("7.3", "Question from Cllr Rowan Pike",
     "How much of the Bus Service Improvement Plan funding allocated to Yarewold for "
     "2025-26 has been spent so far, and how much is forecast to be unspent at the end of "
     "the year?",
     f"Response by the {HIT}:",
     "The Council’s allocation for 2025-26 is £9.4m. To the end of July, £3.1m had been "
     "spent and a further £4.0m is committed to supported services and fare schemes. The "
     "current forecast is that around £2.3m will need to be carried forward, mainly because "
     "of delays to two bus priority schemes, and this is allowed for under the grant "
     "conditions."),
    ("7.4", "Question from Cllr Terry Dack",
     "Residents in Fenstead have been without a pharmacy since the branch on Market Street "
     "closed in June, and older people now have to travel nine miles to collect their "
     "prescriptions. What is the Council doing to get a pharmacy reopened in the town?",
     f"Response by the {ASC}:",
     "Commissioning pharmacies is the responsibility of the Integrated Care Board, not the "
     "County Council. However, the Health and Wellbeing Board is responsible for the "
     "pharmaceutical needs assessment, and the Director of Public Health has written to the "
     "Integrated Care Board to ask it to treat the closure as a gap in provision. I will ask "
     "the Director of Public Health to keep Cllr Dack informed."),
]

ACCESS = ("If you need these minutes in large print, audio, Braille, alternative format or "
          "in a different language please contact Customer Services on 0345 600 7410 or "
          "Text Relay on 18001 0345 600 7410 (textphone) and we will do our best to help.")


# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------

def build_pdf(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("DejaVu", "", 8)
                self.set_text_color(90, 90, 90)
                self.set_xy(18, 9)
                self.cell(174, 5, "Cabinet – 8 September 2025", align="R")
                self.set_text_color(0, 0, 0)
                self.set_y(17)

        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", "", 9)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Minutes(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Cabinet minutes 8 September 2025")
    pdf.set_author(COUNCIL)
    pdf.set_creator("Microsoft Word")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    L = 18.0
    NUMW = 13.0
    W = 174.0
    FS = 9
    LH = 4.25

    def room(h):
        if pdf.get_y() + h > pdf.page_break_trigger:
            pdf.add_page()

    def text_block(x, w, text, style=""):
        pdf.set_font("DejaVu", style, FS)
        pdf.set_x(x)
        pdf.multi_cell(w, LH, text, align="L", new_x="LMARGIN", new_y="NEXT")

    for block in BODY:
        kind = block[0]
        if kind == "title":
            pdf.set_font("DejaVu", "B", 22)
            pdf.cell(W, 12, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "subtitle":
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(W, 6, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "label":
            room(LH * 2)
            pdf.set_font("DejaVu", "B", FS)
            pdf.cell(W, LH + 1, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "people":
            for name, role in block[1]:
                pdf.set_font("DejaVu", "", FS)
                y = pdf.get_y()
                pdf.set_xy(L, y)
                pdf.cell(58, LH, name)
                if role:
                    pdf.set_xy(L + 58, y)
                    pdf.multi_cell(W - 58, LH, role, align="L", new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.ln(LH)
            pdf.ln(2)
        elif kind == "gap":
            pdf.ln(3)
        elif kind == "plain":
            text_block(L, W, block[1])
        elif kind == "item":
            pdf.ln(3)
            room(LH * 4)
            pdf.set_font("DejaVu", "B", 11)
            y = pdf.get_y()
            pdf.set_xy(L, y)
            pdf.cell(NUMW, 6, block[1])
            pdf.set_xy(L + NUMW, y)
            pdf.multi_cell(W - NUMW, 6, block[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind in ("para", "bold"):
            room(LH * 2)
            pdf.set_font("DejaVu", "", FS)
            y = pdf.get_y()
            pdf.set_xy(L, y)
            pdf.cell(NUMW, LH, block[1])
            pdf.set_xy(L + NUMW, y)
            pdf.set_font("DejaVu", "B" if kind == "bold" else "", FS)
            pdf.multi_cell(W - NUMW, LH, block[2], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.6)
        elif kind == "sub":
            text_block(L + NUMW, W - NUMW, block[1])
            pdf.ln(2)
        elif kind in ("bullets", "clauses"):
            for i, t in enumerate(block[1], 1):
                room(LH)
                pdf.set_font("DejaVu", "", FS)
                y = pdf.get_y()
                pdf.set_xy(L + NUMW, y)
                pdf.cell(7, LH, "•" if kind == "bullets" else f"{i}.")
                pdf.set_xy(L + NUMW + 7, y)
                pdf.multi_cell(W - NUMW - 7, LH, t, align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            pdf.ln(1)
        elif kind == "access":
            pdf.ln(6)
            room(30)
            pdf.set_font("DejaVu", "", 9)
            pdf.set_line_width(0.4)
            y0 = pdf.get_y()
            pdf.set_xy(L + 12, y0 + 3)
            pdf.multi_cell(W - 24, 4.8, ACCESS, new_x="LMARGIN", new_y="NEXT")
            y1 = pdf.get_y() + 3
            pdf.rect(L + 8, y0, W - 16, y1 - y0)
            pdf.set_y(y1)
        else:
            raise ValueError(kind)

    # Appendix tables
    def appendix(letter, agenda_no, heading, rows, new_page=True):
        if new_page or pdf.get_y() + 60 > pdf.page_break_trigger:
            pdf.add_page()
        else:
            pdf.ln(8)
        pdf.set_font("DejaVu", "B", 12)
        pdf.cell(W, 7, f"Appendix {letter}", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.set_line_width(0.2)
        c1 = 30.0
        c2 = W - c1
        pad = 2.0
        # title row
        pdf.set_fill_color(220, 220, 220)
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(W, 7, "Cabinet", border="LTR", fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.cell(W, 7, "8 September 2025", border="LBR", fill=True, new_x="LMARGIN",
                 new_y="NEXT")
        pdf.set_font("DejaVu", "B", FS)
        y = pdf.get_y()
        pdf.cell(c1, 7, f"Agenda item {agenda_no}", border=1)
        pdf.cell(c2, 7, heading, border=1, new_x="LMARGIN", new_y="NEXT")

        for num, asker, q, answerer, a in rows:
            # lay the cell text out as (style, line) pairs
            lines: list[tuple[str, str]] = []
            for style, txt in (("B", asker), ("", q), ("", ""), ("B", answerer), ("", a)):
                if not txt:
                    lines.append(("", ""))
                    continue
                pdf.set_font("DejaVu", style, FS)
                for ln in pdf.multi_cell(c2 - 2 * pad, LH, txt, align="L", dry_run=True, output="LINES"):
                    lines.append((style, ln))
            # draw
            pdf.set_draw_color(0, 0, 0)
            top = pdf.get_y()
            pdf.line(L, top, L + W, top)
            first = True
            cur_top = top
            pdf.set_y(top + 1)
            for style, ln in lines:
                if pdf.get_y() + LH > pdf.page_break_trigger:
                    yb = pdf.get_y() + 1
                    pdf.line(L, cur_top, L, yb)
                    pdf.line(L + c1, cur_top, L + c1, yb)
                    pdf.line(L + W, cur_top, L + W, yb)
                    pdf.line(L, yb, L + W, yb)
                    pdf.add_page()
                    cur_top = pdf.get_y()
                    pdf.line(L, cur_top, L + W, cur_top)
                    pdf.set_y(cur_top + 1)
                y = pdf.get_y()
                if first:
                    pdf.set_font("DejaVu", "", FS)
                    pdf.set_xy(L + pad, y)
                    pdf.cell(c1 - 2 * pad, LH, num)
                    first = False
                pdf.set_font("DejaVu", style, FS)
                pdf.set_xy(L + c1 + pad, y)
                pdf.cell(c2 - 2 * pad, LH, ln)
                pdf.set_y(y + LH)
            yb = pdf.get_y() + 1
            pdf.line(L, cur_top, L, yb)
            pdf.line(L + c1, cur_top, L + c1, yb)
            pdf.line(L + W, cur_top, L + W, yb)
            pdf.line(L, yb, L + W, yb)
            pdf.set_y(yb)

    appendix("A", 6, "Public Question Time", APPENDIX_A)
    appendix("B", 7, "Local Member Questions", APPENDIX_B, new_page=False)

    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The report (Word)
# ---------------------------------------------------------------------------

REPORT_HEAD = [
    ("Item No:", "9"),
    ("Report Title:", "Recommissioning of Home Support Services 2026-2033"),
    ("Date of Meeting:", "8 September 2025"),
    ("Responsible Cabinet Member:", "Cllr Alison Thirtle (Cabinet Member for Adult Social "
                                    "Care, Public Health & Prevention)"),
    ("Responsible Director:", "Catherine Wroxham (Executive Director of Adult Social "
                              "Services)"),
    ("Is this a Key Decision?", "Yes"),
    ("If this is a Key Decision, date added to the Forward Plan of Key Decisions:",
     "14 July 2025"),
]

RECS = [
    "Approve the recommissioning of home support services from 1 April 2026 through a "
    "zoned model of 14 lead provider contracts and a supporting framework, for an initial "
    "term of four years with options to extend by up to three further years, as set out in "
    "section 2.",
    "Agree the hourly rates for 2026-27 of £27.40 for urban zones and £29.50 for rural "
    "zones.",
    "Delegate to the Executive Director of Adult Social Services, in consultation with the "
    "Cabinet Member for Adult Social Care, Public Health & Prevention, authority to award the "
    "contracts following the procurement process and to exercise any extension options.",
]

REPORT_SECTIONS = [
    ("1. Background and Purpose", [
        ("1.1", "Home support (also known as home care or domiciliary care) helps people to "
                "live safely and independently in their own homes. Around 5,200 people "
                "receive home support arranged by the Council each week, and the Council "
                "spends around £92m a year on the service."),
        ("1.2", "The current framework was let in 2019 and expires on 31 March 2026. It has "
                "provided capacity in the towns but has not worked well in rural areas, "
                "where providers have found it hard to recruit and have handed back "
                "packages. At its peak in July 2023, 398 people were waiting for a package "
                "of care."),
        ("1.3", "This report sets out the results of the options appraisal and engagement "
                "carried out since January 2025, and recommends a new model for the "
                "service from 1 April 2026."),
    ]),
    ("2. Proposal", [
        ("2.1", "It is proposed to divide the county into 14 zones, based on primary care "
                "network boundaries. In each zone a lead provider will be responsible for "
                "accepting all new packages offered to it, within 72 hours, and for "
                "working with the local primary care network, community health services "
                "and the voluntary sector."),
        ("2.2", "A supporting framework of approved providers will pick up packages that a "
                "lead provider cannot accept, and will provide choice for people who "
                "arrange their care through a direct payment."),
        ("2.3", "Hourly rates will be set at £27.40 in urban zones and £29.50 in rural zones "
                "for 2026-27, and will be reviewed each year in line with the Council’s "
                "fee setting process."),
    ]),
    ("3. Impact of the Proposal", [
        ("3.1", "The proposal is expected to reduce the time people wait for home support, "
                "particularly in rural areas, and to make it easier for people to leave "
                "hospital as soon as they are well enough."),
        ("3.2", "Between February and April 2025 the Council asked people who use home "
                "support, carers and providers for their views. 1,214 people responded to "
                "the survey. The questions asked included:"),
        ("•", "How important is it to you that the same care workers visit you each week?"),
        ("•", "What would make it easier for you to get care at the times you need it?"),
        ("•", "Should the Council pay a higher rate for care in rural areas?"),
        ("3.3", "84% of respondents said that continuity of care workers was very important "
                "to them, and 77% agreed that the Council should pay a higher rate in rural "
                "areas. Providers told us that travel time and mileage costs were the main "
                "reason for handing back rural packages."),
    ]),
    ("4. Evidence and Reasons for Decision", [
        ("4.1", "The Council has a duty under the Care Act 2014 to promote an efficient and "
                "effective market for care and support. The zoned model has been used "
                "successfully by other county councils with large rural areas, and is "
                "expected to improve coverage and continuity of care."),
    ]),
    ("5. Alternative Options", [
        ("5.1", "Extend the current framework: not possible beyond 31 March 2026 under the "
                "terms of the existing contracts, and would not address rural coverage."),
        ("5.2", "Bring the service in-house: this was assessed in detail. It would cost "
                "around £11m more each year, mainly because of pension and other on-costs, "
                "and would require the transfer of around 3,000 staff under TUPE. It is not "
                "recommended at this stage, but the Council’s in-house reablement service "
                "will be expanded."),
        ("5.3", "A county-wide framework without lead providers: this would be simpler to "
                "procure but would not give any provider responsibility for coverage in a "
                "particular area."),
    ]),
    ("6. Financial Implications", [
        ("6.1", "The new rates will cost an additional £8.7m in a full year. This has been "
                "included in the budget planning assumptions for 2026-27 reported to "
                "Cabinet in July 2025, and will be considered as part of the budget to be "
                "agreed by County Council in February 2026."),
    ]),
    ("7. Resource Implications", [
        ("7.1", "Staff: There are no direct implications for Council staff. Additional "
                "contract management capacity will be funded from within the existing "
                "commissioning budget."),
        ("7.2", "Property: None."),
        ("7.3", "IT: The Council’s brokerage system will be updated to allocate packages "
                "by zone."),
    ]),
    ("8. Other Implications", [
        ("8.1", "Legal Implications: The procurement will be carried out under the light touch "
                "regime of the Procurement Act 2023, as advised by Yarewold Legal Services."),
        ("8.2", "Human Rights Implications: None."),
        ("8.3", "Equality Impact Assessment (EqIA): An equality impact assessment has been "
                "completed and is attached at Appendix B."),
        ("8.4", "Data Protection Impact Assessments (DPIA): A DPIA will be completed before "
                "contracts are awarded."),
        ("8.5", "Health and Safety implications: None."),
        ("8.6", "Sustainability implications: Zoning is expected to reduce care workers’ "
                "travel mileage."),
        ("8.7", "Any Other Implications: None."),
    ]),
    ("9. Risk Implications / Assessment", [
        ("9.1", "The main risk is that there are too few bids for some rural zones. This "
                "has been mitigated through market engagement events and the rural rate."),
    ]),
    ("10. Select Committee Comments", [
        ("10.1", "The People and Communities Select Committee considered the proposed model "
                 "on 9 July 2025. Members asked whether lead providers would be penalised "
                 "for refusing packages, and officers confirmed that performance would be "
                 "reviewed quarterly. The committee supported the proposal and asked that "
                 "waiting list figures be reported to it each quarter."),
    ]),
]


def build_docx(path: Path) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    p = d.add_paragraph()
    r = p.add_run("Cabinet")
    r.bold = True
    r.font.size = Pt(20)

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in REPORT_HEAD:
        row = t.add_row().cells
        row[0].text = k
        row[0].paragraphs[0].runs[0].bold = True
        row[1].text = v

    def h(text):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(12)

    h("Executive Summary")
    d.add_paragraph(
        "The Council’s framework contracts for home support expire on 31 March 2026. This "
        "report sets out a new zoned model for the service, developed with people who use "
        "home support, carers and providers, and asks Cabinet to approve the "
        "recommissioning, the hourly rates for 2026-27 and the delegation needed to award "
        "the contracts.")
    h("Introduction from Cabinet Member")
    d.add_paragraph(
        "Home support is one of the most important services the Council arranges. Too many "
        "people in our rural communities have waited too long for care, and I want every "
        "part of Yarewold to have a provider that takes responsibility for it. This new "
        "model has been designed with the people who use it, and I commend it to Cabinet.")
    h("Recommendations:")
    d.add_paragraph("Cabinet is asked to:")
    for i, rtxt in enumerate(RECS, 1):
        d.add_paragraph(f"{i}. {rtxt}")

    for title, paras in REPORT_SECTIONS:
        h(title)
        for num, txt in paras:
            d.add_paragraph(f"{num}\t{txt}")

    h("11. Recommendations")
    d.add_paragraph("Cabinet is asked to:")
    for i, rtxt in enumerate(RECS, 1):
        d.add_paragraph(f"{i}. {rtxt}")
    h("12. Background Papers")
    d.add_paragraph("12.1\tMarket Position Statement for Adult Social Care 2024-2027.")
    d.add_paragraph("12.2\tPeople and Communities Select Committee, 9 July 2025, item 8.")
    h("Officer Contact")
    d.add_paragraph("If you have any questions about matters contained in this paper, please "
                    "get in touch with:")
    d.add_paragraph("Officer name: Sara Linney, Director of Commissioning\n"
                    "Telephone no.: 01873 222 416\n"
                    "Email: sara.linney@yarewold.gov.uk")
    d.add_paragraph("If you need this report in large print, audio, braille, alternative "
                    "format or in a different language please contact 0345 600 7410 or "
                    "18001 0345 600 7410 (textphone) and we will do our best to help.")

    cp = d.core_properties
    cp.author = "Sara Linney"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Recommissioning of Home Support Services 2026-2033"
    cp.created = datetime(2025, 8, 20, 9, 0, 0)
    cp.modified = datetime(2025, 8, 27, 16, 45, 0)
    cp.revision = 7

    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed entry times so the file is byte-for-byte repeatable
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 8, 27, 16, 45, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def res(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def gold_minutes() -> dict:
    items = []
    for b in BODY:
        if b[0] == "item":
            items.append({"number": b[1], "title": b[2]})

    questions = [
        # Appendix A, public questions (item 6), and supplementaries in the body
        q("6", "question",
          "How many people in Yarewold are waiting for home care today",
          "Philip Stannard",
          "As at 31 July 2025, 143 people were waiting for a package of home support",
          ASC, ["adult-social-care", "subcontracting"]),
        q("6", "question",
          "Will the Cabinet Member guarantee that no child with an Education, Health and Care Plan",
          "Gillian Orford",
          "Every child’s transport is arranged according to their assessed needs",
          CS, ["children-and-families"]),
        q("6", "question",
          "The engagement survey on local government reorganisation was open for only five weeks",
          "Dr Anita Vowles",
          "paper copies were available in all 47 libraries and on request by telephone",
          "Leader", ["governance", "patient-and-public-input"]),
        q("6", "question",
          "how much of the public health grant is being spent on stop smoking services",
          "Keith Barnaby",
          "the Council will spend £1.86m from the public health grant",
          ASC, ["public-health", "finance"]),
        q("6", "question",
          "publish the number of people waiting for home support in each district every month",
          "Philip Stannard",
          "waiting list figures for each locality were already reported",
          ASC, ["adult-social-care", "governance"]),
        q("6", "question",
          "transport to his special school had been changed three times since the start of term",
          "Gillian Orford",
          "he was sorry to hear this and would look into the case personally",
          CS, ["children-and-families"]),
        # Appendix B, local member questions (item 7), and supplementaries
        q("7", "question",
          "How many care workers employed by the Council’s contracted home support providers",
          "Cllr Colin Hardingham",
          "The Council does not employ these staff directly and cannot set their pay",
          ASC, ["workforce", "adult-social-care", "subcontracting"]),
        q("7", "question",
          "The family hub in Holtby Market has had its opening hours cut",
          "Cllr Fiona Westgate",
          "Both posts have now been filled and the hub will return to four days",
          CS, ["children-and-families", "workforce"]),
        q("7", "question",
          "How much of the Bus Service Improvement Plan funding allocated to Yarewold",
          "Cllr Rowan Pike",
          "To the end of July, £3.1m had been spent",
          HIT, ["finance"]),
        q("7", "question",
          "Residents in Fenstead have been without a pharmacy since the branch on Market Street",
          "Cllr Terry Dack",
          "Commissioning pharmacies is the responsibility of the Integrated Care Board",
          ASC, ["primary-care"]),
        q("7", "question",
          "Will she at least make it a condition of the rural uplift",
          "Cllr Colin Hardingham",
          "the tender evaluation would give weight to providers’ pay and conditions",
          ASC, ["workforce", "subcontracting", "adult-social-care"]),
        q("7", "question",
          "Will routes in the west of the county be protected when the underspend",
          "Cllr Rowan Pike",
          "no supported bus route in west Yarewold was currently proposed for withdrawal",
          HIT, ["finance"]),
        # Item 8 LGR
        q("8", "question",
          "questioned how the Council could describe the proposal as having public support",
          "Cllr Colin Hardingham",
          "the survey had not been a referendum",
          "Leader", ["governance", "patient-and-public-input"]),
        q("8", "concern",
          "a council covering the whole county would be too remote from market towns",
          "Cllr Fiona Westgate",
          "area committees would have delegated budgets for local highways improvements",
          "Chief Executive", ["governance"]),
        q("8", "question",
          "asked whether the Council would hold a county-wide referendum before the final proposal",
          "Cllr Rowan Pike", None, None, ["governance", "patient-and-public-input"]),
        q("8", "question",
          "the implementation costs included bringing together the IT systems of eight councils",
          "Cabinet Member for Corporate Services & Innovation",
          "£6.4m had been allowed for ICT and data migration",
          "Director of Strategic Finance", ["finance", "governance"]),
        # Item 9 home support
        q("9", "concern",
          "relying almost entirely on private providers, some of them owned by private equity",
          "Cllr Colin Hardingham",
          "an in-house option had been assessed as part of the options appraisal",
          "Executive Director of Adult Social Services",
          ["privatisation", "subcontracting", "adult-social-care", "finance"]),
        q("9", "question",
          "people living in the most remote villages would not be left without care",
          "Cllr Fiona Westgate",
          "lead providers would be required to accept every package offered in their zone",
          "Director of Commissioning, Adult Social Services",
          ["adult-social-care", "subcontracting", "workforce"]),
        q("9", "request",
          "requested that the new contracts be designed with the Integrated Care Board",
          "Cllr Terry Dack",
          "the hospital discharge pathway was being jointly commissioned with the Integrated Care Board",
          "Executive Director of Adult Social Services",
          ["integration", "adult-social-care", "subcontracting"]),
        q("9", "question",
          "whether the additional cost of the new rates had been included",
          "Cabinet Member for Finance",
          "the full-year effect of £8.7m had been included in the budget planning assumptions",
          "Director of Strategic Finance", ["finance"]),
        q("9", "request",
          "asked that voluntary sector partners, such as the good neighbour schemes",
          "Cabinet Member for Communities & Partnerships", None, None,
          ["subcontracting", "adult-social-care"]),
        # Item 10 SEND
        q("10", "question",
          "what proportion of new Education, Health and Care Plans were now issued",
          "Cllr Fiona Westgate",
          "timeliness had improved from 14% in 2023 to 48% in the most recent quarter",
          "Executive Director of Children’s Services",
          ["children-and-families", "workforce"]),
        q("10", "question",
          "how many children were currently placed in independent special schools",
          "Cllr Rowan Pike",
          "there were 1,140 children in independent placements at an average annual cost",
          "Assistant Director, SEND Strategic Improvement and Early Effectiveness",
          ["children-and-families", "finance"]),
        q("10", "request",
          "asked for an assurance that the new specialist resource bases would have enough trained staff",
          "Cllr Colin Hardingham",
          "funding for staffing was included in the place funding agreed with each school",
          CS, ["children-and-families", "workforce"]),
        # Item 11 finance
        q("11", "question",
          "would need to draw on reserves for the third year running",
          "Cllr Colin Hardingham",
          "the use of reserves was planned and in line with the strategy agreed by Council",
          FIN, ["finance"]),
        q("11", "comment",
          "the overspend on home to school transport had been predictable",
          "Cllr Rowan Pike", None, None, ["finance", "children-and-families"]),
    ]

    resolutions = [
        res("2", "agree the minutes from the Cabinet meeting held on 4 August 2025", "agreed", []),
        res("8", "Agree the final proposal for a single unitary council for Yarewold",
            "agreed", ["governance"]),
        res("9", "Approve the recommissioning of home support services from 1 April 2026",
            "agreed", ["adult-social-care", "subcontracting", "finance"]),
        res("10", "would write jointly to the Secretary of State for Education",
            "agreed", ["children-and-families", "finance"]),
        res("10", "Approve the SEND Sufficiency Strategy 2025-2030 at Appendix A",
            "agreed", ["children-and-families", "finance"]),
        res("11", "Recommend to County Council the addition of £3.2m to the capital programme",
            "recommended", ["finance"]),
        res("12", "note the Delegated Decisions made since the last Cabinet meeting",
            "noted", []),
    ]

    attendees = []
    for name, role in ATT_CABINET:
        attendees.append({"name": name, "role": role, "attendance": "present"})
    for group in (ATT_DEPUTY, ATT_NONEXEC, ATT_EXEC_DIRS, ATT_OFFICERS):
        for name, role in group:
            attendees.append({"name": name, "role": role, "attendance": "in_attendance"})
    attendees.append({"name": "Cllr Simon Belcher", "role": "Cabinet Member for Economic Growth",
                      "attendance": "apologies"})
    attendees.append({"name": "Amir Rahman",
                      "role": "Executive Director of Community & Environmental Services",
                      "attendance": "apologies"})

    return {
        "document": MINUTES_FILE,
        "doc_type": "minutes",
        "committee": "Cabinet",
        "meeting_date": "2025-09-08",
        "items": items,
        "questions": questions,
        "resolutions": resolutions,
        "attendees": attendees,
    }


def gold_report() -> dict:
    return {"document": REPORT_FILE, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def norm(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def build() -> None:
    build_pdf(DOCS / MINUTES_FILE)
    build_docx(DOCS / REPORT_FILE)
    write_json(GOLD / (Path(MINUTES_FILE).stem + ".json"), gold_minutes())
    write_json(GOLD / (Path(REPORT_FILE).stem + ".json"), gold_report())
    print("wrote", DOCS / MINUTES_FILE, DOCS / REPORT_FILE, sep="\n  ")


def check() -> int:
    bad = 0
    for name in (MINUTES_FILE, REPORT_FILE):
        g = json.loads((GOLD / (Path(name).stem + ".json")).read_text(encoding="utf-8"))
        text = norm(doc_text(DOCS / name))
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for what, ph in phrases:
            n_words = len(ph.split())
            count = text.count(norm(ph))
            if count != 1 or not 6 <= n_words <= 15:
                bad += 1
                print(f"FAIL {name}: {what} found {count}x, {n_words} words: {ph!r}")
        for row in g.get("attendees", []):
            if norm(row["name"]) not in text:
                bad += 1
                print(f"FAIL {name}: attendee not in text: {row['name']!r}")
        for it in g.get("items", []):
            if norm(it["title"]) not in text:
                bad += 1
                print(f"FAIL {name}: item title not in text: {it['title']!r}")
        if g["doc_type"] != "minutes" and set(g) != {"document", "doc_type"}:
            bad += 1
            print(f"FAIL {name}: a non-minutes gold must hold only document and doc_type")
        print(f"{name}: {len(phrases)} phrases checked")
    print("check passed" if not bad else f"check FAILED ({bad})")
    return 1 if bad else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
