#!/usr/bin/env python3
"""Build the "im-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_im.py           build documents/im-* and gold/im-*.json
        build_im.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

COUNCIL = "Wardlebridge Metropolitan Borough Council"
COMMITTEE = "Corporate, Resource Management & Governance Scrutiny Committee"
MINUTES_NAME = "im-wardlebridge-crmg-scrutiny-2025-01-14.pdf"
NEWS_NAME = "im-wardlebridge-news-budget-consultation-2025-01-16.html"

# ---------------------------------------------------------------------------
# The minutes, as blocks.
#   ("title", text) ("meta", text) ("heading", text) ("para", text)
#   ("item", number, title) ("bullet", text) ("resolved", text)
#   ("resolved_clauses", [clauses]) ("table", header, rows) ("gap",)
# ---------------------------------------------------------------------------

MINUTES = [
    ("council", COUNCIL.upper()),
    ("title", COMMITTEE.upper()),
    ("meta", "Meeting:\t14 January 2025"),
    ("meta", "At:\t6.00 pm"),
    ("meta", "Venue:\tCommittee Room 2, Town Hall, Wardlebridge"),
    ("gap",),
    ("heading", "PRESENT"),
    ("para",
     "Councillor Helen Aspinall (Chair) in the chair; Councillor Mark Broadhurst "
     "(Vice-Chair); Councillors Rukhsana Baig, Colin Foden, Judith Hartle, Sajid Iqbal, "
     "Paul Kenworthy, Lorraine Tattersall and Graham Whitworth."),
    ("heading", "ALSO IN ATTENDANCE"),
    ("para",
     "Councillor Nasreen Akhtar (Cabinet Member for Finance & Resources) and Councillor "
     "Roger Dakin (Cabinet Member for Adult Care & Health)."),
    ("para", "An apology for absence was received from Councillor Diane Shore."),

    # 1 -------------------------------------------------------------------
    ("item", "1.", "MINUTES"),
    ("para",
     "The Minutes (copies of which had been circulated) of the meeting held on "
     "26 November 2024 were approved as a correct record and signed by the Chair."),

    # 2 -------------------------------------------------------------------
    ("item", "2.", "DECLARATIONS OF INTEREST"),
    ("para",
     "Councillors and officers were invited to declare any interests they had in any of "
     "the items on the agenda for the meeting."),
    ("para", "The following interests were declared:-"),
    ("subheading", "Personal Interests"),
    ("table", ("Councillor", "Interest"), [
        ("Colin Foden",
         "Agenda Item 6 \u2018Budget Proposals 2025/26 \u2013 Finance & Resources "
         "Portfolio\u2019 as a non-executive director of Wardlebridge Homes Limited."),
        ("Lorraine Tattersall",
         "Agenda Item 5 \u2018Medium Term Financial Plan \u2013 Updated Financial Outlook "
         "2025/26 to 2027/28\u2019 as her husband is employed by the Council in the "
         "Revenues and Benefits Service."),
    ]),

    # 3 -------------------------------------------------------------------
    ("item", "3.", "PUBLIC QUESTION TIME"),
    ("para",
     "Members of the public were invited to submit questions to the Chair on any matters "
     "within the powers and duties of the Scrutiny Committee, notice of which had been "
     "given in advance."),
    ("para",
     "One question was submitted by Ms Carol Venables, on behalf of the Friends of "
     "Oakcroft Library, relating to the proposed reduction in the opening hours of branch "
     "libraries and the consultation that had been carried out with library users. She "
     "asked whether the Committee would ask the Cabinet to defer any decision on library "
     "opening hours until the results of the consultation had been published in full."),
    ("para",
     "The Chair responded that the proposals relating to libraries fell within the remit "
     "of the Communities & Transport Scrutiny Committee, which would consider the final "
     "consultation findings at its meeting on 28 January 2025, and that the question and "
     "this response would be referred to that Committee so that it could take them into "
     "account."),

    # 4 -------------------------------------------------------------------
    ("item", "4.", "CALL-IN"),
    ("para", "There were no call-in items to consider."),

    # 5 -------------------------------------------------------------------
    ("item", "5.",
     "MEDIUM TERM FINANCIAL PLAN \u2013 UPDATED FINANCIAL OUTLOOK 2025/26 TO 2027/28 AND "
     "PROVISIONAL LOCAL GOVERNMENT FINANCE SETTLEMENT"),
    ("para",
     "The Cabinet Member for Finance & Resources (Councillor Nasreen Akhtar) submitted a "
     "report of the Deputy Chief Executive (copies of which had been circulated) updating "
     "the Committee on the Council\u2019s Medium Term Financial Plan (MTFP) following the "
     "announcement of the Provisional Local Government Finance Settlement on 18 December "
     "2024. The report set out the revised forecast of resources and spending pressures "
     "for the period 2025/26 to 2027/28, the assumptions made on council tax and the "
     "Adult Social Care precept, and the remaining budget gap of \u00a311.482m in 2025/26 "
     "after the savings and cost reduction proposals considered by the Cabinet on "
     "5 November 2024 had been taken into account. The gap was forecast to rise to "
     "\u00a324.9m by 2027/28 if no further action were taken."),
    ("para",
     "The Cabinet Member reported that the settlement had been better than the Council "
     "had planned for in some respects, with the new Recovery Grant and the one-off "
     "Children\u2019s Social Care Prevention Grant, but that the increase in employers\u2019 "
     "National Insurance contributions from April 2025 would cost the Council an estimated "
     "\u00a33.1m directly, and a further amount through the providers it commissioned which "
     "had not yet been quantified, against which the Government\u2019s compensation was "
     "expected to be in the region of \u00a32.4m. Demand for adult social care and for "
     "children\u2019s placements continued to be the largest single pressure on the "
     "budget, and growth of \u00a39.6m had been built into the plan for 2025/26 to reflect "
     "this."),
    ("para", "The following comments were made/issues raised:-"),
    ("bullet",
     "Clarification was sought as to whether the Council\u2019s allocation of the new "
     "Recovery Grant was a one-off sum or would continue beyond 2025/26. In response, the "
     "Deputy Chief Executive stated that the Government had indicated that the grant would "
     "be rolled into a reformed distribution of funding from 2026/27 through the Fair "
     "Funding Review, and that no assumption of its continuation had been made in the "
     "later years of the MTFP."),
    ("bullet",
     "Concern was expressed that the compensation for the increase in employers\u2019 "
     "National Insurance contributions would not cover the costs passed on by care "
     "providers and other contractors, and that this would add to the pressure on the "
     "adult social care budget in particular. The Cabinet Member for Adult Care & Health "
     "stated that discussions were taking place with providers through the Care Market "
     "Forum and that an allowance had been made within the proposed fee uplift for "
     "2025/26, but that the position would be kept under review."),
    ("bullet",
     "It was commented that the continued use of one-off resources and reserves to "
     "balance the budget was not sustainable and that the Council needed a longer-term "
     "plan to close the gap in 2026/27 and beyond, rather than relying on savings "
     "identified a year at a time."),
    ("bullet",
     "A Member asked what assumption had been made in the MTFP for the 2025/26 pay award "
     "for Council staff. It was stated that a pay award of 3% had been assumed for "
     "2025/26 and that every additional 1% would cost approximately \u00a31.6m; the "
     "outcome of the national negotiations was not expected before the summer."),
    ("bullet",
     "In response to a question about the level of the Council\u2019s reserves, the "
     "Deputy Chief Executive stated that the un-earmarked General Fund Balance was "
     "forecast to be \u00a314.9m at 31 March 2025, which was at the lower end of the range "
     "he considered prudent in his Section 25 assessment, and that earmarked reserves had "
     "fallen by \u00a319m over the past two years."),
    ("bullet",
     "Councillor Kenworthy referred to the comparison with neighbouring authorities in "
     "paragraph 4.6 of the report and asked why Wardlebridge\u2019s core spending power "
     "per head remained below the average for metropolitan boroughs. The Cabinet Member "
     "for Finance & Resources stated that this reflected the historic distribution of "
     "grant and the Council\u2019s comparatively low council tax base, and that the Council "
     "would continue to press for fairer funding in its response to the Government\u2019s "
     "consultation on funding reform."),
    ("bullet",
     "Councillor Hartle asked about the level of demand assumed for children\u2019s social "
     "care placements, noting the overspend reported for 2024/25. The Deputy Chief "
     "Executive stated that \u00a34.2m of growth had been included for 2025/26 for external "
     "residential placements, where the average weekly cost had risen to over \u00a36,000, "
     "and that the Council\u2019s programme to open two small in-house children\u2019s homes "
     "was expected to reduce costs from 2026/27."),
    ("bullet",
     "A Member asked whether the Better Care Fund allocation for 2025/26 had been confirmed "
     "and whether the Integrated Care Board would continue to contribute to the cost of "
     "hospital discharge. The Cabinet Member for Adult Care & Health stated that the "
     "national allocations had been confirmed but that local agreement with the ICB on "
     "the use of the discharge funding was still being negotiated."),
    ("bullet",
     "Members asked whether the proposed increase in council tax of 4.99%, including the "
     "2% Adult Social Care precept, was the maximum permitted without a referendum and "
     "whether the Cabinet had considered a lower increase. It was stated that 4.99% was "
     "the maximum permitted, that each 1% was worth approximately \u00a31.45m, and that no "
     "decision would be taken until the Cabinet had considered the final budget "
     "proposals."),
    ("resolved",
     "That the report be noted and the comments of the Committee be forwarded to the "
     "Cabinet for consideration at its meeting on 4 February 2025."),

    # 6 -------------------------------------------------------------------
    ("item", "6.", "BUDGET PROPOSALS 2025/26 \u2013 FINANCE & RESOURCES PORTFOLIO"),
    ("para",
     "The Cabinet Member for Finance & Resources submitted a report of the Deputy Chief "
     "Executive (copies of which had been circulated) setting out the savings and cost "
     "reduction proposals for 2025/26 within the remit of the Committee, totalling "
     "\u00a32.735m, which had been agreed by the Cabinet on 5 November 2024 for public "
     "consultation. The proposals comprised the rationalisation of the Council\u2019s "
     "office accommodation, including the vacation of Fernlea House (\u00a30.45m), the "
     "further digitisation of the Revenues and Benefits Service (\u00a30.62m), a review of "
     "the Council\u2019s procurement and contract management arrangements (\u00a30.8m), the "
     "deletion of 14 vacant posts across Corporate & Support Services (\u00a30.585m) and "
     "increased income from the Council\u2019s traded services to schools (\u00a30.28m)."),
    ("para", "The following comments were made/issues raised:-"),
    ("bullet",
     "Concern was expressed about the impact of the deletion of vacant posts on the "
     "remaining staff, many of whom were already carrying high workloads, and it was "
     "asked how the Council would monitor sickness absence and morale in the teams "
     "affected. The Deputy Chief Executive stated that the posts had been vacant for more "
     "than twelve months, that the work had already been redistributed, and that sickness "
     "absence was reported to the Committee each quarter as part of the Portfolio "
     "Performance and Resources reports."),
    ("bullet",
     "In response to a question about the procurement saving, the Director of Finance "
     "explained that the saving would be made by renegotiating contracts at renewal, "
     "through greater use of collaborative frameworks with other councils and by "
     "stronger contract management, and that a contract management programme had been "
     "introduced for budget holders."),
    ("bullet",
     "A Member asked whether any of the proposals would involve services being outsourced "
     "to the private sector. It was confirmed that none of the proposals in the report "
     "involved the transfer of a service to an external provider and that the Council\u2019s "
     "policy remained that services would be delivered in-house unless a clear case could "
     "be made otherwise."),
    ("bullet",
     "Councillor Baig asked whether the digitisation of the Revenues and Benefits Service "
     "would disadvantage residents who were not online, particularly older residents and "
     "those for whom English was not their first language. The Cabinet Member for Finance "
     "& Resources stated that face-to-face and telephone support would remain available at "
     "the Town Hall and at the Oakcroft and Heald Moor community hubs, and that an "
     "equality impact assessment had been completed."),
    ("bullet",
     "It was commented that the rationalisation of office accommodation should take "
     "account of the views of staff and of the recognised trade unions, and that a number "
     "of the services at Fernlea House were used by the public. It was reported that "
     "formal consultation with staff and the trade unions had begun in December 2024 and "
     "that no service would move until a suitable alternative location had been agreed."),
    ("bullet",
     "Members requested that a breakdown of the income from traded services to schools, by "
     "service and by school, be provided to Members of the Committee."),
    ("para",
     "The Chair thanked the Cabinet Member and officers for attending and for their "
     "responses to the Committee\u2019s questions."),
    ("resolved_clauses", [
        "(1) That the report be noted.",
        "(2) That the Cabinet be recommended to ensure that the equality impact assessment "
        "for the digitisation of the Revenues and Benefits Service is published alongside "
        "the final budget report.",
    ]),

    # 7 -------------------------------------------------------------------
    ("item", "7.", "BUDGET CONSULTATION 2025/26 \u2013 INTERIM FINDINGS"),
    ("para",
     "A representative of the Deputy Chief Executive submitted a report (copies of which "
     "had been circulated) setting out the interim findings of the public consultation on "
     "the budget proposals for 2025/26, which had run from 6 November 2024 to 5 January "
     "2025. A total of 1,847 responses had been received to the online survey, together "
     "with 212 paper questionnaires, and feedback had been gathered at nine drop-in "
     "sessions held in libraries and community hubs across the borough. The proposals "
     "which had attracted most comment were the changes to the charging policy for "
     "non-residential adult social care, the reduction in the opening hours of the Heald "
     "Moor and Wardle Green household waste recycling centres, and the proposed increase "
     "in car parking charges in district centres."),
    ("para", "The following comments were made/issues raised:-"),
    ("bullet",
     "It was commented that the number of responses, while higher than in previous years, "
     "represented less than 1% of the borough\u2019s adult population and that care should "
     "be taken in drawing conclusions from the survey. It was stated that the survey was "
     "not intended to be statistically representative and that the results would be "
     "considered alongside the feedback from the drop-in sessions and from partner "
     "organisations."),
    ("bullet",
     "Clarification was sought on how the views of young people had been gathered. The "
     "representative of the Deputy Chief Executive reported that a shorter version of "
     "the survey had been promoted through schools and the Youth Council, and that 164 "
     "responses had been received from people aged under 25."),
    ("bullet",
     "Concern was expressed at the level of opposition to the changes to the charging "
     "policy for non-residential adult social care, with 71% of respondents disagreeing "
     "with the proposal, and it was asked how the Cabinet would take this into account. "
     "The Cabinet Member for Adult Care & Health stated that he recognised the strength "
     "of feeling, that the proposal would bring the Council into line with the charging "
     "policies of most other councils, and that further work was being done on the "
     "protections for people on the lowest incomes before a final decision was made."),
    ("bullet",
     "It was commented that a number of respondents had referred to the cumulative impact "
     "of the proposals on disabled people and their carers, and that this should be "
     "reflected in the cumulative equality impact assessment to be presented to the "
     "Cabinet."),
    ("bullet",
     "Members requested that the final consultation report include a breakdown of the "
     "responses by ward. It was confirmed that this would be included in the report to "
     "be considered by the Cabinet."),
    ("resolved", "That the interim findings of the budget consultation be noted."),

    # 8 -------------------------------------------------------------------
    ("item", "8.", "CAPITAL STRATEGY AND CAPITAL PROGRAMME 2025/26 TO 2027/28"),
    ("para",
     "The Cabinet Member for Finance & Resources submitted a report of the Deputy Chief "
     "Executive (copies of which had been circulated) setting out the proposed capital "
     "programme for 2025/26 to 2027/28 of \u00a3268.4m, the Capital Strategy and the "
     "Council\u2019s prudential indicators. The report highlighted that the programme was "
     "largely funded by grants and external contributions, with prudential borrowing of "
     "\u00a341.2m, and that the revenue cost of the borrowing had been reflected in the "
     "MTFP. Mr Simon Royle, Chief Executive of Active Wardlebridge Trust, attended the "
     "meeting for this item."),
    ("para",
     "Members asked about the Council\u2019s joint venture with Castlegate Developments "
     "for the regeneration of Wardlebridge town centre, and in particular the risk to the "
     "Council if the private sector partner were to withdraw from the scheme, and the "
     "Director of Finance explained that the Council\u2019s exposure was limited to the "
     "value of the land it had contributed and to a loan facility of \u00a36m secured "
     "against the first phase, and that the risks were recorded in the Strategic Risk "
     "Register and reviewed by the Audit Committee. Councillor Whitworth questioned "
     "whether the borrowing for the new leisure centre at Kettleshaw was affordable given "
     "the pressures on the revenue budget; Mr Royle stated that the business case "
     "assumed that the additional income generated by the new centre would cover the "
     "borrowing costs, and that the Trust had agreed to a reduction in its management fee "
     "from 2026/27. Reference was also made to the condition of a number of school "
     "buildings and the level of the schools condition allocation, and it was asked "
     "whether the Council would lobby the Government for additional funding for school "
     "repairs."),
    ("para",
     "The Committee noted the report and the proposed prudential indicators. It was also "
     "agreed that the Chair, in consultation with the Vice-Chair, would write to the "
     "Cabinet Member for Finance & Resources setting out the Committee\u2019s comments on "
     "the capital programme."),

    # 9 -------------------------------------------------------------------
    ("item", "9.", "AGENDA PLANNING"),
    ("para",
     "A representative of the Assistant Director \u2013 Legal & Democratic Governance "
     "submitted a report (copies of which had been circulated) setting out planned agenda "
     "items for the Scrutiny Committee\u2019s next meeting and any Forward Plan items that "
     "fell within the remit of the Scrutiny Committee."),
    ("para",
     "Members requested that an update on the Council\u2019s use of agency staff and "
     "interim managers be added to the agenda for the next meeting, including the cost "
     "to the Council in 2024/25."),
    ("resolved",
     "That the report be noted and an item on the use of agency staff be included on the "
     "agenda for the meeting on 11 March 2025."),
    ("gap",),
    ("para", "The meeting closed at 8.14 pm"),
]


# ---------------------------------------------------------------------------
# Gold for the minutes
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-01-14",
    "items": [
        {"number": "1", "title": "MINUTES"},
        {"number": "2", "title": "DECLARATIONS OF INTEREST"},
        {"number": "3", "title": "PUBLIC QUESTION TIME"},
        {"number": "4", "title": "CALL-IN"},
        {"number": "5", "title": "MEDIUM TERM FINANCIAL PLAN \u2013 UPDATED FINANCIAL "
                                 "OUTLOOK 2025/26 TO 2027/28 AND PROVISIONAL LOCAL "
                                 "GOVERNMENT FINANCE SETTLEMENT"},
        {"number": "6", "title": "BUDGET PROPOSALS 2025/26 \u2013 FINANCE & RESOURCES "
                                 "PORTFOLIO"},
        {"number": "7", "title": "BUDGET CONSULTATION 2025/26 \u2013 INTERIM FINDINGS"},
        {"number": "8", "title": "CAPITAL STRATEGY AND CAPITAL PROGRAMME 2025/26 TO "
                                 "2027/28"},
        {"number": "9", "title": "AGENDA PLANNING"},
    ],
    "questions": [
        # 3 Public Question Time
        q("3", "question",
          "asked whether the Committee would ask the Cabinet to defer any decision",
          "Ms Carol Venables",
          "the question and this response would be referred to that Committee",
          "The Chair", ["patient-and-public-input"]),
        # 5 MTFP
        q("5", "question",
          "Clarification was sought as to whether the Council's allocation of the new "
          "Recovery Grant",
          None,
          "no assumption of its continuation had been made in the later years of the MTFP",
          "the Deputy Chief Executive", ["finance"]),
        q("5", "concern",
          "compensation for the increase in employers' National Insurance contributions "
          "would not cover",
          None,
          "an allowance had been made within the proposed fee uplift for 2025/26",
          "The Cabinet Member for Adult Care & Health",
          ["finance", "workforce", "subcontracting", "adult-social-care"]),
        q("5", "comment",
          "continued use of one-off resources and reserves to balance the budget was not "
          "sustainable",
          None, None, None, ["finance"]),
        q("5", "question",
          "asked what assumption had been made in the MTFP for the 2025/26 pay award",
          None,
          "every additional 1% would cost approximately £1.6m",
          None, ["finance", "workforce"]),
        q("5", "question",
          "In response to a question about the level of the Council's reserves",
          None,
          "the un-earmarked General Fund Balance was forecast to be £14.9m",
          "the Deputy Chief Executive", ["finance"]),
        q("5", "question",
          "asked why Wardlebridge's core spending power per head remained below the average",
          "Councillor Kenworthy",
          "this reflected the historic distribution of grant and the Council's comparatively "
          "low",
          "The Cabinet Member for Finance & Resources", ["finance"]),
        q("5", "question",
          "asked about the level of demand assumed for children's social care placements",
          "Councillor Hartle",
          "open two small in-house children's homes was expected to reduce costs",
          "The Deputy Chief Executive",
          ["children-and-families", "finance", "privatisation"]),
        q("5", "question",
          "asked whether the Better Care Fund allocation for 2025/26 had been confirmed",
          None,
          "local agreement with the ICB on the use of the discharge funding",
          "The Cabinet Member for Adult Care & Health",
          ["integration", "adult-social-care", "finance"]),
        q("5", "question",
          "Members asked whether the proposed increase in council tax of 4.99%",
          None,
          "worth approximately £1.45m, and that no decision would be taken until",
          None, ["finance", "adult-social-care"]),
        # 6 Budget proposals F&R
        q("6", "concern",
          "Concern was expressed about the impact of the deletion of vacant posts",
          None,
          "the posts had been vacant for more than twelve months",
          "The Deputy Chief Executive", ["workforce"]),
        q("6", "question",
          "In response to a question about the procurement saving",
          None,
          "greater use of collaborative frameworks with other councils",
          "the Director of Finance", ["subcontracting", "finance"]),
        q("6", "question",
          "asked whether any of the proposals would involve services being outsourced",
          None,
          "none of the proposals in the report involved the transfer of a service",
          None, ["privatisation", "subcontracting"]),
        q("6", "question",
          "asked whether the digitisation of the Revenues and Benefits Service would "
          "disadvantage",
          "Councillor Baig",
          "face-to-face and telephone support would remain available at the Town Hall",
          "The Cabinet Member for Finance & Resources", []),
        q("6", "comment",
          "rationalisation of office accommodation should take account of the views of staff",
          None,
          "formal consultation with staff and the trade unions had begun in December 2024",
          None, ["workforce"]),
        q("6", "request",
          "a breakdown of the income from traded services to schools",
          None, None, None, ["finance", "children-and-families"]),
        # 7 Budget consultation
        q("7", "comment",
          "represented less than 1% of the borough's adult population",
          None,
          "the survey was not intended to be statistically representative",
          None, ["patient-and-public-input"]),
        q("7", "question",
          "Clarification was sought on how the views of young people had been gathered",
          None,
          "promoted through schools and the Youth Council",
          "The representative of the Deputy Chief Executive",
          ["patient-and-public-input", "children-and-families"]),
        q("7", "concern",
          "Concern was expressed at the level of opposition to the changes to the charging "
          "policy",
          None,
          "work was being done on the protections for people on the lowest incomes",
          "The Cabinet Member for Adult Care & Health",
          ["adult-social-care", "finance", "patient-and-public-input"]),
        q("7", "comment",
          "cumulative impact of the proposals on disabled people and their carers",
          None, None, None, ["adult-social-care"]),
        q("7", "request",
          "the final consultation report include a breakdown of the responses by ward",
          None,
          "this would be included in the report to be considered by the Cabinet",
          None, ["patient-and-public-input"]),
        # 8 Capital programme
        q("8", "question",
          "Members asked about the Council's joint venture with Castlegate Developments",
          None,
          "the Council's exposure was limited to the value of the land it had contributed",
          "Director of Finance", ["privatisation", "governance", "finance"]),
        q("8", "question",
          "questioned whether the borrowing for the new leisure centre at Kettleshaw was "
          "affordable",
          "Councillor Whitworth",
          "additional income generated by the new centre would cover the borrowing costs",
          "Mr Royle", ["finance", "subcontracting"]),
        q("8", "question",
          "whether the Council would lobby the Government for additional funding for school "
          "repairs",
          None, None, None, ["children-and-families", "finance"]),
        # 9 Agenda planning
        q("9", "request",
          "an update on the Council's use of agency staff and interim managers",
          None, None, None, ["workforce", "finance"]),
    ],
    "resolutions": [
        r("1", "were approved as a correct record and signed by the Chair", "agreed", []),
        r("5", "the comments of the Committee be forwarded to the Cabinet for consideration",
          "agreed", []),
        r("6", "That the Cabinet be recommended to ensure that the equality impact assessment",
          "recommended", ["finance"]),
        r("7", "That the interim findings of the budget consultation be noted", "noted",
          ["patient-and-public-input", "finance"]),
        r("8", "The Committee noted the report and the proposed prudential indicators",
          "noted", ["finance"]),
        r("8", "the Chair, in consultation with the Vice-Chair, would write to the Cabinet "
               "Member",
          "agreed", ["finance"]),
        r("9", "an item on the use of agency staff be included on the agenda", "agreed",
          ["workforce"]),
    ],
    "attendees": [
        {"name": "Councillor Helen Aspinall", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Mark Broadhurst", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Rukhsana Baig", "role": None, "attendance": "present"},
        {"name": "Colin Foden", "role": None, "attendance": "present"},
        {"name": "Judith Hartle", "role": None, "attendance": "present"},
        {"name": "Sajid Iqbal", "role": None, "attendance": "present"},
        {"name": "Paul Kenworthy", "role": None, "attendance": "present"},
        {"name": "Lorraine Tattersall", "role": None, "attendance": "present"},
        {"name": "Graham Whitworth", "role": None, "attendance": "present"},
        {"name": "Councillor Nasreen Akhtar",
         "role": "Cabinet Member for Finance & Resources", "attendance": "in_attendance"},
        {"name": "Councillor Roger Dakin",
         "role": "Cabinet Member for Adult Care & Health", "attendance": "in_attendance"},
        {"name": "Councillor Diane Shore", "role": None, "attendance": "apologies"},
    ],
}


# ---------------------------------------------------------------------------
# The document that is not minutes: a council news release (saved web page)
# ---------------------------------------------------------------------------

NEWS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Budget 2025/26: what you told us about our savings proposals | Wardlebridge Council</title>
<link rel="stylesheet" href="/assets/css/site.min.css?v=4.12.0">
<link rel="canonical" href="https://www.wardlebridge.gov.uk/news/budget-2025-26-what-you-told-us">
<meta property="og:title" content="Budget 2025/26: what you told us about our savings proposals">
<meta property="og:type" content="article">
</head>
<body class="page-news-article">
<a class="skip-link" href="#main-content">Skip to main content</a>
<div class="cookie-banner" role="region" aria-label="Cookies on the Wardlebridge Council website">
  <p>We use some essential cookies to make this website work. We&rsquo;d like to set
  additional cookies to understand how you use the site.</p>
  <button type="button">Accept additional cookies</button>
  <button type="button">Reject additional cookies</button>
</div>
<header class="site-header">
  <a class="site-header__logo" href="/"><img src="/assets/img/wardlebridge-logo.svg" alt="Wardlebridge Metropolitan Borough Council"></a>
  <nav class="site-header__nav" aria-label="Main">
    <ul>
      <li><a href="/bins-and-recycling">Bins and recycling</a></li>
      <li><a href="/council-tax">Council tax</a></li>
      <li><a href="/adult-social-care">Adult social care</a></li>
      <li><a href="/schools-and-learning">Schools and learning</a></li>
      <li><a href="/your-council">Your council</a></li>
      <li><a href="/news">News</a></li>
    </ul>
  </nav>
  <form class="site-search" action="/search" role="search">
    <label for="q">Search this website</label>
    <input id="q" name="q" type="search">
    <button type="submit">Search</button>
  </form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/news">News</a></li>
    <li aria-current="page">Budget 2025/26: what you told us</li>
  </ol>
</nav>
<main id="main-content">
<article class="news-article">
  <h1>Budget 2025/26: what you told us about our savings proposals</h1>
  <p class="news-article__meta">Published: <time datetime="2025-01-16">16 January 2025</time>
  &middot; Category: <a href="/news?category=council-and-democracy">Council and democracy</a></p>
  <p class="news-article__lead">More than 2,000 residents, businesses and community groups
  have given their views on Wardlebridge Council&rsquo;s plans to save &pound;11.5 million
  next year, and councillors have begun looking at what people said.</p>

  <p>The council&rsquo;s budget consultation ran from 6 November 2024 to 5 January 2025.
  People could take part online, by filling in a paper questionnaire at any library, or by
  coming along to one of nine drop-in sessions held across the borough.</p>

  <p>The interim findings were discussed by the Corporate, Resource Management &amp;
  Governance Scrutiny Committee on Tuesday 14 January. Councillors asked how young people
  had been involved and requested a breakdown of the responses by ward before the Cabinet
  makes its final recommendations.</p>

  <h2>The proposals people commented on most</h2>
  <ul>
    <li><strong>Charging for care at home and day services</strong> &ndash; 71% of people who
    answered this question disagreed with the proposed changes to the charging policy for
    non-residential adult social care.</li>
    <li><strong>Household waste recycling centres</strong> &ndash; many people were worried
    that shorter opening hours at Heald Moor and Wardle Green would lead to more
    fly-tipping.</li>
    <li><strong>Car parking in district centres</strong> &ndash; traders in Oakcroft and
    Kettleshaw told us higher charges would put shoppers off.</li>
    <li><strong>Library opening hours</strong> &ndash; library users asked us to keep
    Saturday opening at all branch libraries.</li>
  </ul>

  <blockquote class="news-article__quote">
    <p>&ldquo;I want to thank everyone who took the time to tell us what they think. Nobody
    comes into local politics wanting to reduce services, but after more than a decade of
    funding cuts and with demand for care rising every year, we have to make difficult
    choices. Every comment will be read before the Cabinet makes its recommendations.&rdquo;</p>
    <footer>&mdash; Councillor Nasreen Akhtar, Cabinet Member for Finance &amp; Resources</footer>
  </blockquote>

  <h2>Your questions answered</h2>
  <h3>Why does the council need to make savings?</h3>
  <p>The cost of providing care for older and disabled adults and for children in care has
  risen much faster than the money the council receives. Even after the government&rsquo;s
  finance settlement in December, we expect to spend &pound;11.5 million more than our income
  in 2025/26 unless we make savings.</p>
  <h3>Will my council tax go up?</h3>
  <p>The Cabinet is proposing an increase of 4.99%, which includes 2% that can only be
  spent on adult social care. For a Band A home this would be about &pound;1.40 a week. The
  final figure will be set by the full Council on 26 February 2025.</p>
  <h3>Is the council privatising services to save money?</h3>
  <p>No. None of the proposals for next year involves handing a council service to a
  private company. Where we buy services from other organisations we are renegotiating
  contracts to get better value.</p>
  <h3>Has anything been decided yet?</h3>
  <p>No final decisions have been made. The Cabinet will consider the final budget report,
  including the full consultation findings, on 4 February 2025 and will recommend a budget
  and council tax to the full Council.</p>

  <h2>What happens next</h2>
  <ol>
    <li>4 February 2025 &ndash; Cabinet considers the final budget proposals and the
    consultation report.</li>
    <li>26 February 2025 &ndash; Budget Council sets the budget and council tax for
    2025/26.</li>
    <li>March 2025 &ndash; council tax bills are sent out.</li>
  </ol>
  <p>You can <a href="/budget-consultation/interim-findings">read the interim findings
  report</a> or <a href="https://democracy.wardlebridge.gov.uk/ieListDocuments.aspx?MId=4187">watch
  the scrutiny committee meeting</a> again.</p>

  <div class="news-article__share">
    <p>Share this page:</p>
    <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.wardlebridge.gov.uk/news/budget-2025-26-what-you-told-us">Facebook</a>
    <a href="https://x.com/intent/post?url=https://www.wardlebridge.gov.uk/news/budget-2025-26-what-you-told-us">X</a>
    <a href="mailto:?subject=Budget%202025%2F26">Email</a>
  </div>
  <p class="news-article__contact">Media enquiries: <a href="mailto:press.office@wardlebridge.gov.uk">press.office@wardlebridge.gov.uk</a></p>
</article>
<aside class="related-news" aria-label="Related news">
  <h2>Related news</h2>
  <ul>
    <li><a href="/news/cabinet-agrees-budget-proposals-for-consultation">Cabinet agrees budget proposals for consultation</a> <span>6 November 2024</span></li>
    <li><a href="/news/kettleshaw-leisure-centre-plans-approved">Kettleshaw leisure centre plans approved</a> <span>22 October 2024</span></li>
    <li><a href="/news/council-tax-support-scheme-2025-26">Council Tax Support scheme for 2025/26</a> <span>14 October 2024</span></li>
  </ul>
</aside>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/accessibility">Accessibility statement</a></li>
    <li><a href="/privacy">Privacy notice</a></li>
    <li><a href="/cookies">Cookies</a></li>
    <li><a href="/contact-us">Contact us</a></li>
  </ul>
  <p>&copy; Wardlebridge Metropolitan Borough Council, Town Hall, Wardlebridge</p>
</footer>
</body>
</html>
"""

NEWS_GOLD = {"document": NEWS_NAME, "doc_type": "news"}


# ---------------------------------------------------------------------------
# PDF writer
# ---------------------------------------------------------------------------

def build_minutes_pdf(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos
    from fpdf.fonts import FontFace

    header_text = f"{COMMITTEE} - 14 January 2025"

    class MinutesPDF(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("Sans", "", 9)
            self.set_text_color(60, 60, 60)
            self.set_xy(self.l_margin, 10)
            self.cell(0, 5, header_text, align="C")
            self.set_text_color(0, 0, 0)
            self.set_y(20)

        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 9)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(datetime(2025, 1, 21, 9, 30, 0, tzinfo=timezone.utc))
    pdf.set_title(f"Minutes - {COMMITTEE} - 14 January 2025")
    pdf.set_author("Democratic Services")
    pdf.set_creator("Microsoft Word")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("Sans", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    body_x = 34.0          # text indent under item titles
    width = pdf.w - pdf.r_margin
    lh = 5.4               # line height for body text
    size = 10.5

    def para(text, x=body_x, style="", gap=2.6):
        pdf.set_font("Sans", style, size)
        pdf.set_x(x)
        pdf.multi_cell(width - x, lh, text, align="J",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(gap)

    in_items = False
    for block in MINUTES:
        kind = block[0]
        if kind == "council":
            pdf.set_font("Sans", "B", 9)
            pdf.cell(0, 5, block[1], align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(6)
        elif kind == "title":
            pdf.set_font("Sans", "B", 13)
            pdf.multi_cell(0, 7, block[1], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(4)
        elif kind == "meta":
            label, value = block[1].split("\t")
            pdf.set_font("Sans", "B", size)
            pdf.cell(24, lh + 0.6, label)
            pdf.set_font("Sans", "", size)
            pdf.cell(0, lh + 0.6, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "gap":
            pdf.ln(5)
        elif kind == "heading":
            pdf.set_font("Sans", "B", size)
            pdf.cell(0, lh, block[1], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        elif kind == "subheading":
            pdf.set_font("Sans", "B", size)
            pdf.set_x(body_x)
            pdf.cell(0, lh, block[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        elif kind == "para":
            para(block[1], x=body_x if in_items else pdf.l_margin)
        elif kind == "item":
            in_items = True
            _, number, title = block
            if pdf.will_page_break(lh * 4):
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("Sans", "B", size)
            y = pdf.get_y()
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(body_x - pdf.l_margin, lh, number)
            pdf.set_xy(body_x, y)
            pdf.multi_cell(width - body_x, lh, title, align="L",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2.4)
        elif kind == "bullet":
            pdf.set_font("Sans", "", size)
            if pdf.will_page_break(lh * 2):
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_xy(body_x, y)
            pdf.cell(6, lh, "\u2022")
            pdf.set_xy(body_x + 6, y)
            pdf.multi_cell(width - body_x - 6, lh, block[1], align="J",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2.2)
        elif kind == "resolved":
            pdf.set_font("Sans", "", size)
            pdf.set_x(body_x)
            pdf.multi_cell(width - body_x, lh, "**RESOLVED \u2013** " + block[1],
                           align="L", markdown=True,
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2.6)
        elif kind == "resolved_clauses":
            clauses = block[1]
            pdf.set_font("Sans", "", size)
            pdf.set_x(body_x)
            pdf.multi_cell(width - body_x, lh, "**RESOLVED \u2013** " + clauses[0],
                           align="L", markdown=True,
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.2)
            for clause in clauses[1:]:
                para(clause, x=body_x + 26.5, gap=1.2)
            pdf.ln(1.4)
        elif kind == "table":
            _, head, rows = block
            pdf.set_font("Sans", "", size - 0.5)
            pdf.set_x(body_x)
            with pdf.table(width=width - body_x, col_widths=(38, 118),
                           align="RIGHT", line_height=lh,
                           borders_layout="SINGLE_TOP_LINE",
                           first_row_as_headings=True,
                           headings_style=FontFace(emphasis="BOLD")) as table:
                hrow = table.row()
                for cell in head:
                    hrow.cell(cell)
                for row_data in rows:
                    row = table.row()
                    for cell in row_data:
                        row.cell(cell)
            pdf.ln(3)
        else:
            raise ValueError(kind)

    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Text extraction and check
# ---------------------------------------------------------------------------

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


def normalise(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def check() -> int:
    failures = 0
    for gold_path in sorted(GOLD.glob("im-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            failures += 1
            continue
        text = normalise(extract_text(doc))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for what, phrase in phrases:
            words = len(phrase.split())
            n = text.count(normalise(phrase))
            ok = n == 1 and 6 <= words <= 15
            if not ok:
                failures += 1
                print(f"FAIL {gold['document']}: {what} found {n}x, {words} words: {phrase!r}")
        print(f"{gold['document']}: {len(phrases)} phrases checked")
    print("OK" if failures == 0 else f"{failures} failure(s)")
    return 1 if failures else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes_pdf(DOCS / MINUTES_NAME)
    (DOCS / NEWS_NAME).write_text(NEWS_HTML, encoding="utf-8", newline="\n")
    for gold in (MINUTES_GOLD, NEWS_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}")
    print(f"wrote {DOCS / NEWS_NAME}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
