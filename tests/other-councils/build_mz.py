#!/usr/bin/env python3
"""Build the "mz-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_mz.py           build documents/mz-* and gold/mz-*.json
        build_mz.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as _dt
import json
import re
import string
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "mz-pondhurst-overview-scrutiny-commission-2025-11-24.html"
REPORT_NAME = "mz-pondhurst-osc-comments-to-cabinet-temporary-accommodation.pdf"

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

# --------------------------------------------------------------------------
# The minutes: a ModernGov "Agenda and minutes" meeting page saved from a browser
# --------------------------------------------------------------------------

NB = "\u00a0"  # Word-pasted non-breaking spaces


def item_row(num: str, ai_id: int, title: str, agenda_html: str, docs: list[str],
             minutes_html: str) -> str:
    docs_html = ""
    if docs:
        lis = "\n".join(
            f'<li><a href="documents/s{ai_id * 3 + i}/{d.split(",")[0].replace(" ", "%20")}.pdf" '
            f'class="mgBulletLinks" title="Link to document">{d}</a>'
            f'<span class="mgFileSize"> PDF {k} KB</span></li>'
            for i, (d, k) in enumerate(docs_sizes(docs)))
        docs_html = (
            '<div class="mgDocsBlock">\n<p class="mgSubItemTitleTxt">Supporting documents:</p>\n'
            f'<ul class="mgBulletList">\n{lis}\n</ul>\n</div>\n')
    return f"""<tr>
<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{num}</p></td>
<td>
<p class="mgAiTitleTxt"><a href="mgAi.aspx?ID={ai_id}" title="Link to item details for {title}">{title}</a></p>
<div class="mgWordPara">
{agenda_html}
</div>
{docs_html}<div class="mgMinutesBlock">
<p class="mgSubItemTitleTxt">Minutes:</p>
<div class="mgWordPara">
{minutes_html}
</div>
</div>
</td>
</tr>
"""


_SIZES = {}


def docs_sizes(docs):
    out = []
    for d in docs:
        out.append((d, _SIZES.get(d, 120)))
    return out


def build_minutes_html() -> str:
    _SIZES.update({
        "Minutes - 13/10/2025 Overview and Scrutiny Commission, item 2": 214,
        "SHS-112 Temporary Accommodation Acquisitions Programme Phase 3, item 5": 412,
        "Appendix A - Acquisition Criteria, item 5": 96,
        "FIN-718 Budget Monitoring Q2 2025-26, item 6": 538,
        "CS-094 Leisure and Cultural Services Future Delivery Model, item 7": 701,
        "Appendix B - Residents Survey Summary, item 7": 1203,
        "HASC 12 November 2025 - Agenda and Summary, item 8": 164,
        "Damp and Mould Scrutiny Panel Scoping Framework, item 9": 88,
        "Forward Plan December 2025, item 10": 131,
    })
    rows = []

    # 1 ------------------------------------------------------------------
    rows.append(item_row(
        "1.", 21874, "Disclosures of Interest and Whipping Declarations",
        "<p>In accordance with the Council’s Code of Conduct, councillors of the Council are "
        "reminded that it is a requirement to declare interests where appropriate.</p>\n"
        "<p>Councillors must also declare if they are subject to their party group whip in "
        "relation to any items under consideration.</p>",
        [],
        "<p>The following disclosures were made:</p>\n"
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4">\n'
        "<tr><td><p><b>Councillor</b></p></td><td><p><b>Item and Minute</b></p></td>"
        "<td><p><b>Type and Nature of Disclosure</b></p></td></tr>\n"
        "<tr><td><p>Councillor A Brannigan</p></td>"
        "<td><p>Temporary Accommodation Acquisitions Programme – Phase 3<br>(Minute 5)</p></td>"
        "<td><p>Personal Interest – owns a flat in the borough which is let through a "
        "lettings agent</p></td></tr>\n"
        "<tr><td><p>Councillor H Vaswani</p></td>"
        "<td><p>Leisure and Cultural Services – Future Delivery Model<br>(Minute 7)</p></td>"
        "<td><p>Personal Interest – a close family member is employed by Active Horizons "
        "Leisure Trust. Councillor Vaswani took part in the discussion but did not vote on "
        "the proposal set out in Minute 7.</p></td></tr>\n"
        "</table>\n"
        "<p>No whipping declarations were made.</p>"))

    # 2 ------------------------------------------------------------------
    rows.append(item_row(
        "2.", 21875, "Minutes",
        "<p>To approve as a correct record the minutes of the meeting of the Overview and "
        "Scrutiny Commission held on 13 October 2025.</p>",
        ["Minutes - 13/10/2025 Overview and Scrutiny Commission, item 2"],
        "<p>The minutes of the meeting of the Overview and Scrutiny Commission held on "
        "13 October 2025 were approved as a correct record and signed by the Chair.</p>"))

    # 3 ------------------------------------------------------------------
    rows.append(item_row(
        "3.", 21876, "Public Question Time",
        "<p>To answer any questions asked by the public which are relevant to the functions "
        "of the Commission.</p>\n"
        "<p>Public Question Time will be concluded by the Chair when all questions have been "
        "answered or on the expiry of a period of 15 minutes, whichever is the earlier.</p>",
        [],
        "<p>One question was asked by a member of the public.</p>\n"
        f"<p>Mr Terence Gallimore, a resident of Northcote Common, asked why the Council was "
        f"proposing to spend £9.6m buying homes for temporary accommodation when families on "
        f"the housing register in his neighbourhood had been waiting more than five years for a "
        f"council home, and whether any of the properties would be bought in Northcote "
        f"Common.</p>\n"
        f"<p>The Cabinet Member for Housing, Councillor M Delacroix, responded that the "
        f"acquisitions would reduce the Council’s reliance on bed and breakfast and nightly paid "
        f"accommodation outside the borough, which cost considerably more and was unsuitable "
        f"for families, and that homes would be bought across the borough wherever they "
        f"offered value for money, including in Northcote Common.{NB} She added that the report "
        f"would be considered by the Commission later in the meeting and by the Cabinet on "
        f"3 December 2025.</p>"))

    # 4 ------------------------------------------------------------------
    rows.append(item_row(
        "4.", 21877,
        "Consideration of any Matter Referred to the Commission or Requests for Call In of a "
        "Decision",
        "<p>To consider any matters referred to the Commission under Overview and Scrutiny "
        "Procedure Rule 11, or any requests for call in of a decision under Procedure "
        "Rule 13.</p>",
        [],
        "<p>None.</p>"))

    # 5 ------------------------------------------------------------------
    rows.append(item_row(
        "5.", 21878, "Temporary Accommodation Acquisitions Programme – Phase 3",
        "<p>To consider report SHS/112 of the Head of Strategic Housing, which is due to be "
        "considered by the Cabinet at its meeting on 3 December 2025.</p>",
        ["SHS-112 Temporary Accommodation Acquisitions Programme Phase 3, item 5",
         "Appendix A - Acquisition Criteria, item 5"],
        "<p>The Commission considered report <b>SHS/112</b> of the Head of Strategic Housing "
        "which sought approval to extend the Council’s temporary accommodation acquisitions "
        "programme by a further 40 homes, funded through a combination of the Local Authority "
        "Housing Fund grant, retained Right to Buy receipts and prudential borrowing within the "
        "Housing Revenue Account.&nbsp; The report set out that the number of households placed "
        "in temporary accommodation had risen from 284 in April 2024 to 371 at the end of "
        "October 2025, and that the net cost to the General Fund of nightly paid and bed and "
        "breakfast placements was forecast to exceed £2.4m in 2025/26.</p>\n"
        "<p>The Cabinet Member for Housing, Councillor M Delacroix, and the Head of Strategic "
        "Housing, Owen Liddiard, attended to present the report and answer questions.</p>\n"
        "<p>During the discussion with the Cabinet Member and the Head of Strategic Housing, "
        "Members made the following comments:</p>\n"
        '<ul style="margin-top:0cm">\n'
        "<li>Acknowledgement of the scale of the pressure on temporary accommodation and "
        "recognition that the Council was not alone in facing rising numbers of homeless "
        "households.</li>\n"
        "<li>Clarification was sought on how many households with children were currently in "
        "bed and breakfast accommodation.&nbsp; The Head of Strategic Housing confirmed that "
        "there were 19 families in bed and breakfast, 6 of whom had been there for longer than "
        "the six-week legal limit, and that these families would be prioritised for the first "
        "homes acquired.</li>\n"
        "<li>Concern was expressed that the Council’s purchases could push up prices for "
        "first-time buyers in the borough’s cheaper neighbourhoods.&nbsp; The Cabinet Member "
        "advised that the programme represented a very small proportion of annual sales in the "
        "borough and that officers would continue to target former Council homes sold under "
        "the Right to Buy.</li>\n"
        "<li>A Member queried the average price per property assumed in the report and how "
        "this compared with the cost of a nightly paid placement.&nbsp; It was explained that "
        "the assumed average of £240,000 for a two or three bedroom home would be repaid over "
        "40 years and that each home would save the General Fund around £17,000 a year "
        "compared with nightly paid accommodation.</li>\n"
        "<li>Members asked that a list of the wards in which properties had been bought under "
        "the first two phases be circulated.&nbsp; The Head of Strategic Housing agreed to "
        "provide this information to the Commission after the meeting.</li>\n"
        "<li>Concern over the condition of older properties bought on the open market, "
        "particularly in relation to damp and mould.&nbsp; Members were advised that every "
        "property received a stock condition survey before purchase and that any works were "
        "completed before a household moved in, in line with the standards expected under "
        "Awaab’s Law.</li>\n"
        "<li>Members queried whether the Housing Options team had enough staff to manage the "
        "additional homes and to support the households placed in them.</li>\n"
        "<li>Support for the proposal to keep the homes within the Housing Revenue Account "
        "rather than transferring them to the Council’s housing company.</li>\n"
        "</ul>\n"
        "<p><b>RESOLVED</b></p>\n"
        "<p>That the Commission noted report SHS/112 and requested that the views expressed "
        "during the debate be fed back to the Cabinet through the Commission’s Comments on the "
        "Cabinet Report.</p>"))

    # 6 ------------------------------------------------------------------
    rows.append(item_row(
        "6.", 21879, "2025/2026 Budget Monitoring – Quarter 2",
        "<p>To consider report FIN/718 of the Head of Corporate Finance, which is due to be "
        "considered by the Cabinet at its meeting on 3 December 2025.</p>",
        ["FIN-718 Budget Monitoring Q2 2025-26, item 6"],
        "<p>The Commission considered report <b>FIN/718</b> of the Head of Corporate Finance "
        "which set out the Council’s projected revenue and capital outturn for 2025/26 as at "
        "the end of September 2025.&nbsp; The General Fund was forecasting an overspend of "
        "£812,000, principally as a result of the cost of temporary accommodation (£1.1m) and a "
        "shortfall in car parking income (£290,000), partly offset by additional investment "
        "interest and by vacancies across several services.&nbsp; The capital programme had "
        "been reprofiled, with £6.3m moved into 2026/27, mainly relating to the Town Centre "
        "Eastern Gateway scheme and the replacement of the plant at Oakfield Pool.</p>\n"
        "<p>The Cabinet Member for Resources, Councillor B Stanway, and the Head of Corporate "
        "Finance, Priya Kendrew, were present for this item.</p>\n"
        "<p>During the discussion with the Cabinet Member and the Head of Corporate Finance, "
        "Members made the following comments:</p>\n"
        '<ul style="margin-top:0cm">\n'
        "<li>In response to a query regarding the car parking income shortfall, confirmation "
        "that the fall in season ticket sales reflected the continued pattern of hybrid working "
        "and that car parking charges would be reviewed as part of the fees and charges report "
        "in January.</li>\n"
        "<li>Concern that the level of vacancies being held to offset the overspend could not "
        "be sustained without affecting services.&nbsp; The Head of Corporate Finance explained "
        "that vacancies were being reviewed monthly by the Corporate Management Team and that "
        "no frontline post in the Environmental Services or Housing Options teams had been held "
        "vacant.</li>\n"
        "<li>Clarification was sought on whether the Council would need to draw on its general "
        "reserves at the year end.&nbsp; It was confirmed that, if the overspend could not be "
        "reduced, the balance would be met from the Budget Equalisation Reserve, leaving the "
        "general reserve at its minimum level of £2m.</li>\n"
        "<li>A Member asked why the Eastern Gateway scheme had slipped again and whether the "
        "contractor would be liable for any additional costs.&nbsp; The Cabinet Member for "
        "Resources advised that the delay related to the diversion of utilities under Queensway "
        "and that the contract placed the risk of utility delays with the Council rather than "
        "the contractor.</li>\n"
        "<li>Members questioned the increase in the cost of agency staff within the Waste and "
        "Recycling service.&nbsp; It was noted that agency cover had been needed for HGV "
        "drivers while recruitment to four vacant posts was completed.</li>\n"
        "<li>Members requested that future monitoring reports include the number of households "
        "in temporary accommodation alongside the financial figures, so that the link between "
        "demand and cost was clearer.&nbsp; The Head of Corporate Finance agreed to include "
        "this information from the Quarter 3 report onwards.</li>\n"
        "<li>Recognition of the work of the finance team in bringing the quarterly report "
        "forward to allow it to be scrutinised before Cabinet.</li>\n"
        "</ul>\n"
        "<p><b>RESOLVED</b></p>\n"
        "<p>That the Commission noted report FIN/718 and requested that its comments be fed "
        "back to the Cabinet.</p>"))

    # 7 ------------------------------------------------------------------
    rows.append(item_row(
        "7.", 21880, "Leisure and Cultural Services – Future Delivery Model",
        "<p>To consider report CS/094 of the Head of Community Services, which is due to be "
        "considered by the Cabinet at its meeting on 3 December 2025.</p>",
        ["CS-094 Leisure and Cultural Services Future Delivery Model, item 7",
         "Appendix B - Residents Survey Summary, item 7"],
        "<p>The Commission considered report <b>CS/094</b> of the Head of Community Services.  "
        "The Council’s contract with Active Horizons Leisure Trust for the management of "
        "Oakfield Pool, the Pondhurst Leisure Centre at Kestrel Down, the Hawthorn Hall arts "
        "venue and the town’s two community golf courses was due to expire on 31 March 2027, "
        "having already been extended once.&nbsp; The report set out the outcome of an options "
        "appraisal carried out with the support of external advisers, which had considered four "
        "options: a further short extension of the current contract, a full re-procurement "
        "through competitive tendering, bringing the services back in-house, and the creation "
        "of a local authority trading company wholly owned by the Council.&nbsp; The appraisal "
        "had scored a re-procurement highest on the combination of cost, risk and quality, "
        "although the report noted that an in-house service would give the Council more direct "
        "control over pricing and programming and that the management fee paid to the operator "
        "had risen by 38% since 2019, largely as a result of energy costs.&nbsp; The report also "
        "summarised the results of a residents’ survey carried out over the summer, which had "
        "received 1,912 responses, and recommended that the Cabinet approve a re-procurement "
        "with a contract of up to ten years starting on 1 April 2027.</p>\n"
        "<p>Councillor E Quarrie, Cabinet Member for Leisure and Culture, Ruth Ambler, Head of "
        "Community Services, and Simon Aldwick, Leisure Contracts Manager, attended for this "
        "item.</p>\n"
        "<p>During the discussion with the Cabinet Member and officers, Members made the "
        "following comments:</p>\n"
        '<ul style="margin-top:0cm">\n'
        "<li>Concern that a further long contract with an external operator would leave the "
        "Council with little influence over prices for residents on low incomes.&nbsp; The "
        "Cabinet Member advised that the specification would set maximum prices for "
        "concessionary memberships and that the Council would retain the right to approve any "
        "increase above inflation.</li>\n"
        "<li>Clarification was sought on why the in-house option had scored lower when it "
        "avoided paying the operator’s management fee and surplus.&nbsp; The Leisure Contracts "
        "Manager explained that the in-house option lost the business rates relief available "
        "to a charitable trust and that the Council would carry the full risk of energy price "
        "rises and of any fall in income.</li>\n"
        "<li>Members sought assurance that staff would be protected on a transfer to any new "
        "operator.&nbsp; It was confirmed that TUPE would apply and that the specification "
        "would require the operator to pay at least the Real Living Wage.</li>\n"
        "<li>A question was asked about the pension arrangements for the staff who had "
        "transferred from the Council to the Trust in 2012.</li>\n"
        "<li>Members welcomed the number of responses to the residents’ survey but asked how "
        "the views of young people and disabled residents, who had been under-represented, "
        "would be reflected in the specification.&nbsp; The Head of Community Services advised "
        "that focus groups would be held with the Youth Council and the Access Forum before the "
        "specification was finalised.</li>\n"
        "<li>Concern regarding the condition of Oakfield Pool, which had been closed on eleven "
        "occasions in the past year because of plant failures.&nbsp; It was noted that the "
        "replacement plant was included in the capital programme and that the risk of "
        "unplanned closures would sit with the Council until the works were complete.</li>\n"
        "<li>Support for retaining the community golf courses within the contract rather than "
        "disposing of them.</li>\n"
        "</ul>\n"
        "<p>Councillor Pardoe proposed, and Councillor Chaudhry seconded, that the Commission "
        "recommend to the Cabinet that a full business case for bringing the service in-house "
        "be prepared before any decision to re-procure was taken.&nbsp; Upon being put to the "
        "vote, the proposal was lost (3 votes for, 5 against).</p>\n"
        "<p><b>RESOLVED</b></p>\n"
        "<p>That the Commission noted report CS/094 and requested that the views expressed "
        "during the debate, including the Commission’s wish to see maximum prices for "
        "concessionary memberships written into the specification, be fed back to the "
        "Cabinet.</p>"))

    # 8 ------------------------------------------------------------------
    rows.append(item_row(
        "8.", 21881, "Health and Adult Social Care Scrutiny Committee (HASC) Update",
        "<p>To receive an update from the Council’s representative on the Andredshire County "
        "Council Health and Adult Social Care Scrutiny Committee (HASC).</p>",
        ["HASC 12 November 2025 - Agenda and Summary, item 8"],
        "<p>Councillor W Tranter, the Council’s representative on the Andredshire County "
        "Council Health and Adult Social Care Scrutiny Committee (HASC), provided the "
        "Commission with an update on the HASC meeting held on 12 November 2025.&nbsp; The main "
        "items had been the NHS Saxonbury Integrated Care Board’s plan for improving access to "
        "general practice, winter planning across the urgent and emergency care system, and the "
        "proposal to close the Urgent Treatment Centre at Pondhurst Hospital overnight.&nbsp; "
        "HASC had agreed to receive a further report on the Urgent Treatment Centre at its "
        "meeting in March 2026, following the end of the ICB’s public consultation.</p>\n"
        "<p>Councillor Nyamweya asked whether the ICB had set out how GP capacity would be "
        "provided for the new neighbourhood at Ashfold Park, where more than 1,100 homes were "
        "now occupied.&nbsp; Councillor Tranter advised that a surgery building was included in "
        "the section 106 agreement for the development but that no practice had yet agreed to "
        "operate it, and that he would raise the matter again at the next HASC meeting.</p>\n"
        "<p>Councillor Pardoe expressed concern about delays in discharging Pondhurst residents "
        "from East Weald Hospital into care homes and home care, particularly over the winter "
        "months, and the effect this had on families.</p>\n"
        "<p>In response to a question about the Urgent Treatment Centre consultation, "
        "Councillor Tranter confirmed that the consultation would run until 16 January 2026 "
        "and that drop-in sessions would be held at Pondhurst Library and the Town Hall.</p>\n"
        "<p>Councillor Mellor asked whether HASC had considered the closure of the evening "
        "mental health crisis café in Pondhurst town centre.&nbsp; Councillor Tranter advised "
        "that it had not been on the HASC agenda but that he would ask for it to be added to "
        "the HASC work programme.</p>\n"
        "<p>Councillor Rossiter requested that the Commission be provided with the ICB’s "
        "figures on ambulance handover times at East Weald Hospital.&nbsp; It was agreed that "
        "the Democratic Services Manager would request these from the ICB and circulate them "
        "to Members.</p>\n"
        "<p>The Chair thanked Councillor Tranter for the update.</p>\n"
        "<p>The Commission noted the update provided by Councillor Tranter.</p>"))

    # 9 ------------------------------------------------------------------
    rows.append(item_row(
        "9.", 21882, "Damp and Mould Scrutiny Panel – Scoping Framework",
        "<p>To consider the scoping framework for a new scrutiny panel, proposed by "
        "Councillor K Nyamweya.</p>",
        ["Damp and Mould Scrutiny Panel Scoping Framework, item 9"],
        "<p>Councillor Nyamweya presented a scoping framework for a scrutiny panel to review "
        "the Council’s approach to damp and mould in both its own housing stock and the private "
        "rented sector, including the Council’s readiness for its duties under Awaab’s Law and "
        "its use of enforcement powers against private landlords.&nbsp; The panel would meet up "
        "to five times between January and April 2026 and report to the Commission in "
        "June 2026.</p>\n"
        "<p>Members made the following comments:</p>\n"
        '<ul style="margin-top:0cm">\n'
        "<li>Support for the review, given the number of casework enquiries Members received "
        "on the subject.</li>\n"
        "<li>A request that the panel hear directly from tenants, including those in private "
        "rented homes who might be reluctant to complain for fear of eviction.&nbsp; Councillor "
        "Nyamweya confirmed that a short survey of tenants would form part of the panel’s "
        "evidence gathering.</li>\n"
        "<li>Clarification was sought on whether the panel could consider the health impact of "
        "damp and mould on children.&nbsp; It was confirmed that the Director of Public Health "
        "at Andredshire County Council would be invited to give evidence.</li>\n"
        "<li>Concern that the timetable was tight given the budget meetings in February.</li>\n"
        "</ul>\n"
        "<p><b>RESOLVED</b></p>\n"
        "<p>That the Commission approved the scoping framework and agreed the establishment of "
        "the Damp and Mould Scrutiny Panel, with the membership to be Councillors Brannigan, "
        "Chaudhry, Nyamweya, Pardoe and Vaswani, and the Chair to be elected at the panel’s "
        "first meeting.</p>"))

    # 10 -----------------------------------------------------------------
    rows.append(item_row(
        "10.", 21883,
        "Forward Plan – Provisional List of Reports for the Commission’s Following Meetings",
        "<p>To confirm the provisional list of reports for the Commission’s following "
        "meetings.</p>",
        ["Forward Plan December 2025, item 10"],
        "<p>The Commission confirmed the following reports for its next meeting on "
        "19 January 2026:</p>\n"
        '<ul style="margin-top:0cm">\n'
        "<li>2026/2027 Budget and Council Tax</li>\n"
        "<li>Fees and Charges 2026/27</li>\n"
        "<li>Treasury Management Strategy 2026/2027</li>\n"
        "<li>Homelessness and Rough Sleeping Strategy 2026–2031 – Consultation Draft</li>\n"
        "</ul>\n"
        "<p>The Democratic Services Manager advised that the Cabinet Member for Environmental "
        "Services had agreed to attend the meeting on 9 March 2026 to answer questions on the "
        "changes to the waste and recycling service.</p>\n"
        "<p><b>Closure of Meeting</b></p>\n"
        "<p>With the business of the Overview and Scrutiny Commission concluded, the Chair "
        "declared the meeting closed at 9.14 pm.</p>\n"
        "<p>P OKONJO<br>Chair</p>"))

    items_html = "".join(rows)

    attendance = """<div class="mgAttendance">
<h2 class="mgSectionTitle">Attendance details</h2>
<table class="mgStatsTable" summary="Attendance details">
<tr>
<th scope="row"><p>Councillors Present:</p></th>
<td><p>P Okonjo (Chair)<br>
L Fairweather (Vice-Chair)<br>
A Brannigan, S Chaudhry, J D Mellor, K Nyamweya, T Pardoe, G Rossiter and H Vaswani</p></td>
</tr>
<tr>
<th scope="row"><p>Also in Attendance:</p></th>
<td><p>Councillors M Delacroix, E Quarrie, B Stanway and W Tranter</p></td>
</tr>
<tr>
<th scope="row"><p>Officers Present:</p></th>
<td>
<table class="mgOfficers">
<tr><td>Dominic Saltmarsh</td><td>Democratic Services Manager</td></tr>
<tr><td>Priya Kendrew</td><td>Head of Corporate Finance</td></tr>
<tr><td>Owen Liddiard</td><td>Head of Strategic Housing</td></tr>
<tr><td>Ruth Ambler</td><td>Head of Community Services</td></tr>
<tr><td>Simon Aldwick</td><td>Leisure Contracts Manager</td></tr>
<tr><td>Naomi Fellgate</td><td>Democratic Services Officer</td></tr>
</table>
</td>
</tr>
<tr>
<th scope="row"><p>Apologies for Absence:</p></th>
<td><p>Councillor Y Ostrowski</p></td>
</tr>
<tr>
<th scope="row"><p>Absent:</p></th>
<td><p>Councillor D Kerrigan</p></td>
</tr>
</table>
</div>
"""

    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agenda for Overview and Scrutiny Commission on Monday, 24th November, 2025, 7.00 pm | Pondhurst Borough Council</title>
<link rel="stylesheet" href="SiteSpecific/ssMgStyles.css">
<link rel="stylesheet" href="SiteSpecific/ssWordStyles.css">
<!-- saved from url=(0093)https://democracy.pondhurst.gov.uk/ieListDocuments.aspx?CId=142&MId=4417&Ver=4 -->
</head>
<body>
<div id="cookieBanner" class="cookie-banner">
<p>We use some essential cookies to make this website work. We’d like to set additional cookies to understand how you use the site.</p>
<p><a href="#" class="button">Accept additional cookies</a> <a href="#" class="button">Reject additional cookies</a> <a href="/cookies">View cookies</a></p>
</div>
<a class="skip-link" href="#mgMainContent">Skip to main content</a>
<header class="site-header">
<div class="site-header__logo"><a href="https://www.pondhurst.gov.uk/"><img src="SiteSpecific/logo.png" alt="Pondhurst Borough Council"></a></div>
<nav class="site-header__nav" aria-label="Main">
<ul>
<li><a href="https://www.pondhurst.gov.uk/bins">Bins and recycling</a></li>
<li><a href="https://www.pondhurst.gov.uk/council-tax">Council tax</a></li>
<li><a href="https://www.pondhurst.gov.uk/housing">Housing</a></li>
<li><a href="https://www.pondhurst.gov.uk/planning">Planning</a></li>
<li><a href="https://www.pondhurst.gov.uk/council">Council and democracy</a></li>
</ul>
</nav>
<form class="site-search" action="https://www.pondhurst.gov.uk/search"><label for="q">Search</label> <input id="q" name="q" type="text"> <button type="submit">Search</button></form>
</header>
<div class="breadcrumb"><a href="https://www.pondhurst.gov.uk/">Home</a> &gt; <a href="https://www.pondhurst.gov.uk/council">Council and democracy</a> &gt; <a href="mgListCommittees.aspx">Committees</a> &gt; <a href="ieListMeetings.aspx?CId=142">Overview and Scrutiny Commission</a> &gt; Meeting</div>
<main id="mgMainContent">
<div id="modgov">
<div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Overview and Scrutiny Commission - Monday, 24th November, 2025 7.00 pm</h2></div>
<div class="mgLinks">
<ul class="mgActionList">
<li><a href="documents/g4417/Public%20reports%20pack%2024th-Nov-2025%2019.00%20Overview%20and%20Scrutiny%20Commission.pdf">Agenda reports pack</a></li>
<li><a href="documents/g4417/Printed%20minutes%2024th-Nov-2025%2019.00%20Overview%20and%20Scrutiny%20Commission.pdf">Printed minutes</a></li>
<li><a href="mgMeetingAttendance.aspx?ID=4417">Attendance</a></li>
<li><a href="ieListDocuments.aspx?CId=142&amp;MId=4417&amp;Ver=4&amp;Info=1">Meeting details</a></li>
</ul>
</div>
<p class="mgSectionTxt"><span class="mgLabel">Venue:</span> Committee Rooms A &amp; B - Town Hall. <a href="mgLocationDetails.aspx?RID=7">View directions</a></p>
<p class="mgSectionTxt"><span class="mgLabel">Contact:</span> Democratic Services&nbsp; Email: <a href="mailto:democratic.services@pondhurst.gov.uk">democratic.services@pondhurst.gov.uk</a></p>
<p class="mgSectionTxt"><span class="mgLabel">Media</span> <a href="https://pondhurst.public-i.example/webcast/4417">Watch the webcast of this meeting</a></p>
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Items">
<tr><th scope="col" class="mgItemNumberCell">No.</th><th scope="col">Item</th></tr>
{items_html}</table>
{attendance}</div>
</main>
<footer class="site-footer">
<ul>
<li><a href="https://www.pondhurst.gov.uk/contact">Contact us</a></li>
<li><a href="https://www.pondhurst.gov.uk/accessibility">Accessibility statement</a></li>
<li><a href="https://www.pondhurst.gov.uk/privacy">Privacy notice</a></li>
<li><a href="https://www.pondhurst.gov.uk/cookies">Cookies</a></li>
</ul>
<p>Pondhurst Borough Council, Town Hall, The Boulevard, Pondhurst</p>
<p>&copy; Pondhurst Borough Council 2025</p>
<p class="mgPoweredBy">Powered by ModernGov</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------
# The document that is not minutes: the Commission's comments report to Cabinet
# --------------------------------------------------------------------------

def build_report_pdf(path: Path) -> None:
    from fpdf import FPDF

    class Report(FPDF):
        def header(self):
            self.set_font("Sans", "B", 10)
            self.cell(0, 6, "Agenda Item 7", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 9)
            self.cell(0, 8, f"Page {56 + self.page_no()}", align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(_dt.datetime(2025, 11, 25, 9, 30, tzinfo=_dt.timezone.utc))
    pdf.set_title("OSC/051 Commission's Comments on SHS/112")
    pdf.set_author("Democratic Services")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()

    def para(text, bold=False, size=11, gap=3):
        pdf.set_font("Sans", "B" if bold else "", size)
        pdf.multi_cell(0, 5.6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    def numbered(num, text, indent=12):
        pdf.set_font("Sans", "", 11)
        y = pdf.get_y()
        pdf.cell(indent, 5.6, num)
        pdf.set_xy(pdf.l_margin + indent, y)
        pdf.multi_cell(0, 5.6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

    para("Pondhurst Borough Council", bold=True, size=15, gap=1)
    para("Report to Cabinet", bold=True, size=13, gap=1)
    para("3 December 2025", size=11, gap=5)

    pdf.set_font("Sans", "B", 12)
    pdf.multi_cell(0, 6.5, "Overview and Scrutiny Commission – Comments on the Cabinet Report "
                           "SHS/112: Temporary Accommodation Acquisitions Programme – Phase 3",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    # key facts table
    pdf.set_font("Sans", "", 10)
    facts = [
        ("Report of:", "Chair of the Overview and Scrutiny Commission"),
        ("Report number:", "OSC/051"),
        ("Wards affected:", "All"),
        ("Key decision:", "No (the key decision is set out in report SHS/112)"),
        ("Contact officer:", "Naomi Fellgate, Democratic Services Officer, 01632 960418"),
    ]
    for k, v in facts:
        pdf.set_font("Sans", "B", 10)
        pdf.cell(42, 6.5, k, border=1)
        pdf.set_font("Sans", "", 10)
        pdf.cell(0, 6.5, v, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    para("1. Purpose", bold=True, gap=1)
    numbered("1.1", "This report sets out the comments of the Overview and Scrutiny Commission "
                    "following its pre-decision scrutiny of report SHS/112 at its meeting on "
                    "24 November 2025. The Commission's comments are provided so that the "
                    "Cabinet can take them into account before making its decision.")

    para("2. Recommendation", bold=True, gap=1)
    numbered("2.1", "The Cabinet is requested to consider the comments of the Overview and "
                    "Scrutiny Commission, set out in section 3, when it determines the "
                    "recommendations contained in report SHS/112.")

    para("3. Comments of the Commission", bold=True, gap=1)
    numbered("3.1", "The Commission acknowledged the continuing pressure on temporary "
                    "accommodation and the cost to the General Fund of nightly paid and bed "
                    "and breakfast placements, and supported the principle of the Council "
                    "owning more of the homes it uses for homeless households.")
    numbered("3.2", "Members asked how many families with children were living in bed and "
                    "breakfast. The Commission was told that 19 families were in this type of "
                    "accommodation, six of them beyond the six-week limit, and that these "
                    "families would be offered the first homes to be bought. The Commission "
                    "asks the Cabinet to ensure that this commitment is kept.")
    numbered("3.3", "Some Members were worried that Council purchases might make it harder for "
                    "first-time buyers to find homes in the cheaper parts of the borough. The "
                    "Cabinet Member for Housing said the number of purchases was very small "
                    "compared with the local market.")
    numbered("3.4", "The Commission questioned whether the Housing Options team has the "
                    "capacity to manage a larger portfolio of homes and to support the "
                    "households living in them. The Commission would welcome an assurance from "
                    "the Cabinet on staffing before further phases are approved.")
    numbered("3.5", "The Commission supported keeping the new homes within the Housing Revenue "
                    "Account and asked that a list of the wards in which homes were bought in "
                    "the first two phases be shared with all Members.")
    numbered("3.6", "The Commission asked that stock condition surveys continue to be carried "
                    "out on every home before purchase, with particular attention to damp and "
                    "mould.")

    para("4. Recommendations of report SHS/112 (for reference)", bold=True, gap=1)
    numbered("4.1", "That the Cabinet:")
    numbered("a)", "approves Phase 3 of the Temporary Accommodation Acquisitions Programme, "
                   "for the purchase of up to 40 homes, as set out in the report;", indent=20)
    numbered("b)", "recommends to Full Council an addition of £9.6m to the Housing Revenue "
                   "Account capital programme for 2026/27, funded as set out in section 6 of "
                   "the report; and", indent=20)
    numbered("c)", "delegates authority to the Head of Strategic Housing, in consultation with "
                   "the Cabinet Member for Housing, to agree individual purchases within the "
                   "approved budget and the acquisition criteria at Appendix A.", indent=20)

    para("5. Background Papers", bold=True, gap=1)
    numbered("5.1", "Report SHS/112 – Temporary Accommodation Acquisitions Programme – Phase 3.")
    numbered("5.2", "Overview and Scrutiny Commission – 24 November 2025 (webcast and minutes).")

    pdf.output(str(path))


# --------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------

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
    "committee": "Overview and Scrutiny Commission",
    "meeting_date": "2025-11-24",
    "items": [
        {"number": "1", "title": "Disclosures of Interest and Whipping Declarations"},
        {"number": "2", "title": "Minutes"},
        {"number": "3", "title": "Public Question Time"},
        {"number": "4", "title": "Consideration of any Matter Referred to the Commission or "
                                 "Requests for Call In of a Decision"},
        {"number": "5", "title": "Temporary Accommodation Acquisitions Programme – Phase 3"},
        {"number": "6", "title": "2025/2026 Budget Monitoring – Quarter 2"},
        {"number": "7", "title": "Leisure and Cultural Services – Future Delivery Model"},
        {"number": "8", "title": "Health and Adult Social Care Scrutiny Committee (HASC) Update"},
        {"number": "9", "title": "Damp and Mould Scrutiny Panel – Scoping Framework"},
        {"number": "10", "title": "Forward Plan – Provisional List of Reports for the "
                                  "Commission’s Following Meetings"},
    ],
    "questions": [
        # 3 Public Question Time
        q("3", "question",
          "asked why the Council was proposing to spend",
          "Mr Terence Gallimore",
          "would reduce the Council’s reliance on bed and breakfast and nightly paid accommodation",
          "Councillor M Delacroix",
          ["housing", "finance"]),
        # 5 Temporary accommodation
        q("5", "comment",
          "Acknowledgement of the scale of the pressure on temporary accommodation",
          None, None, None, ["housing"]),
        q("5", "question",
          "Clarification was sought on how many households with children were currently",
          None,
          "there were 19 families in bed and breakfast, 6 of whom",
          "Head of Strategic Housing",
          ["housing", "children-and-families"]),
        q("5", "concern",
          "purchases could push up prices for first-time buyers",
          None,
          "the programme represented a very small proportion of annual sales",
          "Cabinet Member",
          ["housing"]),
        q("5", "question",
          "queried the average price per property assumed in the report",
          None,
          "would be repaid over 40 years and that each home would save",
          None,
          ["housing", "finance"]),
        q("5", "request",
          "asked that a list of the wards in which properties had been bought",
          None,
          "agreed to provide this information to the Commission after the meeting",
          "Head of Strategic Housing",
          ["housing"]),
        q("5", "concern",
          "Concern over the condition of older properties bought on the open market",
          None,
          "every property received a stock condition survey before purchase",
          None,
          ["housing"]),
        q("5", "question",
          "queried whether the Housing Options team had enough staff",
          None, None, None, ["housing", "workforce"]),
        q("5", "comment",
          "Support for the proposal to keep the homes within the Housing Revenue Account",
          None, None, None, ["housing", "finance"]),
        # 6 Budget monitoring
        q("6", "question",
          "In response to a query regarding the car parking income shortfall",
          None,
          "the fall in season ticket sales reflected the continued pattern of hybrid working",
          None,
          ["finance"]),
        q("6", "concern",
          "Concern that the level of vacancies being held to offset the overspend",
          None,
          "vacancies were being reviewed monthly by the Corporate Management Team",
          "Head of Corporate Finance",
          ["finance", "workforce"]),
        q("6", "question",
          "whether the Council would need to draw on its general reserves",
          None,
          "the balance would be met from the Budget Equalisation Reserve",
          None,
          ["finance"]),
        q("6", "question",
          "asked why the Eastern Gateway scheme had slipped again",
          None,
          "the delay related to the diversion of utilities under Queensway",
          "Cabinet Member for Resources",
          ["finance", "subcontracting", "governance"]),
        q("6", "question",
          "questioned the increase in the cost of agency staff within the Waste",
          None,
          "agency cover had been needed for HGV drivers while recruitment",
          None,
          ["finance", "workforce"]),
        q("6", "request",
          "requested that future monitoring reports include the number of households",
          None,
          "agreed to include this information from the Quarter 3 report onwards",
          "Head of Corporate Finance",
          ["finance", "housing"]),
        q("6", "comment",
          "Recognition of the work of the finance team in bringing the quarterly report",
          None, None, None, ["finance"]),
        # 7 Leisure
        q("7", "concern",
          "a further long contract with an external operator would leave the Council",
          None,
          "the specification would set maximum prices for concessionary memberships",
          "Cabinet Member",
          ["subcontracting", "finance"]),
        q("7", "question",
          "Clarification was sought on why the in-house option had scored lower",
          None,
          "the in-house option lost the business rates relief available to a charitable trust",
          "Leisure Contracts Manager",
          ["privatisation", "finance"]),
        q("7", "question",
          "sought assurance that staff would be protected on a transfer",
          None,
          "TUPE would apply and that the specification would require the operator",
          None,
          ["workforce", "subcontracting"]),
        q("7", "question",
          "A question was asked about the pension arrangements for the staff",
          None, None, None, ["workforce"]),
        q("7", "question",
          "asked how the views of young people and disabled residents",
          None,
          "focus groups would be held with the Youth Council and the Access Forum",
          "Head of Community Services",
          ["patient-and-public-input", "children-and-families"]),
        q("7", "concern",
          "Concern regarding the condition of Oakfield Pool, which had been closed",
          None,
          "the replacement plant was included in the capital programme",
          None,
          ["finance", "governance"]),
        q("7", "comment",
          "Support for retaining the community golf courses within the contract",
          None, None, None, ["subcontracting"]),
        # 8 HASC update
        q("8", "question",
          "asked whether the ICB had set out how GP capacity would be provided",
          "Councillor Nyamweya",
          "no practice had yet agreed to operate it",
          "Councillor Tranter",
          ["primary-care"]),
        q("8", "concern",
          "expressed concern about delays in discharging Pondhurst residents from East Weald "
          "Hospital",
          "Councillor Pardoe", None, None,
          ["adult-social-care"]),
        q("8", "question",
          "In response to a question about the Urgent Treatment Centre consultation",
          None,
          "the consultation would run until 16 January 2026",
          "Councillor Tranter",
          ["patient-and-public-input"]),
        q("8", "question",
          "asked whether HASC had considered the closure of the evening mental health",
          "Councillor Mellor",
          "it had not been on the HASC agenda",
          "Councillor Tranter",
          ["mental-health"]),
        q("8", "request",
          "requested that the Commission be provided with the ICB’s figures on ambulance",
          "Councillor Rossiter",
          "the Democratic Services Manager would request these from the ICB",
          None,
          []),
        # 9 Damp and mould panel
        q("9", "comment",
          "Support for the review, given the number of casework enquiries",
          None, None, None, ["housing"]),
        q("9", "request",
          "A request that the panel hear directly from tenants",
          None,
          "a short survey of tenants would form part of the panel",
          "Councillor Nyamweya",
          ["housing", "patient-and-public-input"]),
        q("9", "question",
          "whether the panel could consider the health impact of damp and mould on children",
          None,
          "would be invited to give evidence",
          None,
          ["housing", "children-and-families", "public-health"]),
        q("9", "concern",
          "Concern that the timetable was tight given the budget meetings",
          None, None, None, []),
    ],
    "resolutions": [
        r("2", "were approved as a correct record and signed by the Chair", "agreed", []),
        r("5", "noted report SHS/112 and requested that the views expressed during the debate",
          "agreed", ["housing"]),
        r("6", "noted report FIN/718 and requested that its comments be fed back",
          "agreed", ["finance"]),
        r("7", "Upon being put to the vote, the proposal was lost (3 votes for, 5 against)",
          "rejected", ["privatisation"]),
        r("7", "noted report CS/094 and requested that the views expressed during the debate",
          "agreed", ["subcontracting"]),
        r("8", "The Commission noted the update provided by Councillor Tranter", "noted", []),
        r("9", "approved the scoping framework and agreed the establishment of the Damp and Mould",
          "agreed", ["housing"]),
        r("10", "The Commission confirmed the following reports for its next meeting",
          "agreed", []),
    ],
    "attendees": [
        a("P Okonjo", "Chair", "present"),
        a("L Fairweather", "Vice-Chair", "present"),
        a("A Brannigan", None, "present"),
        a("S Chaudhry", None, "present"),
        a("J D Mellor", None, "present"),
        a("K Nyamweya", None, "present"),
        a("T Pardoe", None, "present"),
        a("G Rossiter", None, "present"),
        a("H Vaswani", None, "present"),
        a("M Delacroix", None, "in_attendance"),
        a("E Quarrie", None, "in_attendance"),
        a("B Stanway", None, "in_attendance"),
        a("W Tranter", None, "in_attendance"),
        a("Dominic Saltmarsh", "Democratic Services Manager", "in_attendance"),
        a("Priya Kendrew", "Head of Corporate Finance", "in_attendance"),
        a("Owen Liddiard", "Head of Strategic Housing", "in_attendance"),
        a("Ruth Ambler", "Head of Community Services", "in_attendance"),
        a("Simon Aldwick", "Leisure Contracts Manager", "in_attendance"),
        a("Naomi Fellgate", "Democratic Services Officer", "in_attendance"),
        a("Councillor Y Ostrowski", None, "apologies"),
        a("Councillor D Kerrigan", None, "absent"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# --------------------------------------------------------------------------
# Build and check
# --------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(build_minutes_html(), encoding="utf-8")
    build_report_pdf(DOCS / REPORT_NAME)
    for g in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(g["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\nwrote gold to {GOLD}")


def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text()
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
    return path.read_text(encoding="utf-8")


_PUNCT_ASCII = str.maketrans("", "", string.punctuation)


def norms(s: str) -> list[str]:
    """Two readings of "remove punctuation": drop every non-word character
    (Unicode-wide), or drop only ASCII punctuation; and a third that turns
    punctuation into spaces.  A phrase must match exactly once under each."""
    s = s.lower()
    a_ = re.sub(r"[^\w\s]", "", s)
    b_ = s.translate(_PUNCT_ASCII)
    c_ = re.sub(r"[^\w\s]", " ", s)
    return [" ".join(x.split()) for x in (a_, b_, c_)]


def check() -> int:
    bad = 0
    for gpath in sorted(GOLD.glob("mz-*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        dpath = DOCS / g["document"]
        if not dpath.exists():
            print(f"MISSING document {dpath}")
            bad += 1
            continue
        texts = norms(doc_text(dpath))
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            words = norms(ph)[0].split()
            if not 6 <= len(words) <= 15:
                print(f"{gpath.name}: {kind} phrase has {len(words)} words: {ph!r}")
                bad += 1
            for t, p in zip(texts, norms(ph)):
                n = t.count(p)
                if n != 1:
                    print(f"{gpath.name}: {kind} phrase found {n} times: {ph!r}")
                    bad += 1
                    break
        if g.get("doc_type") == "minutes":
            for att in g.get("attendees", []):
                nm = norms(att["name"])[0]
                if nm not in texts[0]:
                    print(f"{gpath.name}: attendee not in text: {att['name']!r}")
                    bad += 1
        print(f"{gpath.name}: {len(phrases)} phrases checked")
    print("check passed" if not bad else f"check FAILED ({bad} problems)")
    return 1 if bad else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
