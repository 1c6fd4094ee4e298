#!/usr/bin/env python3
"""Build the "lv-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_lv.py           build documents/lv-* and gold/lv-*.json
        build_lv.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "lv-tandleford-adults-social-care-health-scrutiny-board-2025-11-11.html"
OTHER_NAME = "lv-tandleford-ascsb-work-programme-2025-26.docx"

SITE = "https://democracy.tandleford.gov.uk"
COMMITTEE = "Adults Social Care and Health Scrutiny Board"

# ---------------------------------------------------------------------------
# The minutes: one entry per agenda item.
#   number, title, title_doc (main report link text and size, or None),
#   agenda (agenda text html), extra_docs (list of (text, size)), minutes (html)
# ---------------------------------------------------------------------------

ITEMS = [
    dict(
        number="1", iid=51871, title="Apologies For Absence", title_doc=None,
        agenda="", extra_docs=[],
        minutes="""
<p>Apologies for absence were received from Councillor Mahmood, Councillor Ashworth-Kerr (Councillor Dearden substituting), Lorraine Keble (Healthwatch Tandleford) and Dr Anjali Rao, Director of Public Health.</p>
""",
    ),
    dict(
        number="2", iid=51872, title="Urgent Business", title_doc=None,
        agenda="<p>Urgent business, if any, introduced by the Chair</p>", extra_docs=[],
        minutes="""
<p>There were no items of urgent business received.</p>
""",
    ),
    dict(
        number="3", iid=51873, title="Declarations of Interest", title_doc=None,
        agenda="<p>To Receive Declarations of Interest in any Contract or matter to be discussed at the meeting.</p>",
        extra_docs=[],
        minutes="""
<p>Councillor Fitton declared an other registrable interest in Item 6 (Homecare Recommissioning 2026) by virtue of her being a trustee of Tandleford Carers Centre, which receives grant funding from the Council. Councillor Fitton remained in the meeting and took part in the discussion of the item.</p>
""",
    ),
    dict(
        number="4", iid=51874, title="Public Question Time", title_doc=None,
        agenda="<p>To receive Questions from the Public, in accordance with the Council&#8217;s Constitution.</p>",
        extra_docs=[],
        minutes="""
<p>One public question had been received, from Mr Derek Lomax of Springhead. Mr Lomax was unable to attend the meeting and the question was read out by the Chair:</p>
<p><em>&#8220;My wife has gone to the Grasscroft Day Centre three days a week for six years. We were told in the summer that the Council is reviewing day services. Can the Board tell me whether the Grasscroft centre is going to close, and when will families like ours be asked for our views?&#8221;</em></p>
<p>The Chair read out the following response from the Cabinet Member for Health and Social Care, Councillor Sue Pickup:</p>
<p><em>&#8220;The review of day opportunities is looking at how the Council can best support the people who use day services now and in the future. No decision has been made about the future of any centre, including Grasscroft. Before any proposals are taken to Cabinet there will be a full consultation with the people who use the service, their families and carers, and staff. The outcome of the review will be reported to this Scrutiny Board before the Cabinet considers it.&#8221;</em></p>
<p>&nbsp;</p>
<p>It was noted that a copy of the response would be sent to Mr Lomax.</p>
""",
    ),
    dict(
        number="5", iid=51875,
        title="Minutes of Previous Adults Social Care and Health Scrutiny Board Meeting",
        title_doc=("PDF 238 KB", "s104512"),
        agenda="<p>The Minutes of the Adults Social Care and Health Scrutiny Board held on 16th September 2025 are attached for approval.</p>",
        extra_docs=[],
        minutes="""
<p>Further to Minute 8 (Adult Social Care Workforce Strategy), Councillor Ogden asked whether the figures on international recruitment that had been requested at the last meeting had been circulated. The Principal Scrutiny Support Officer advised that these had been sent to Members by email on 3rd October 2025 and would be re-sent.</p>
<p>RESOLVED that the minutes of the meeting held on 16th September 2025 be approved as a correct record.</p>
<p>&nbsp;</p>
""",
    ),
    dict(
        number="6", iid=51876, title="Homecare Recommissioning 2026",
        title_doc=("PDF 412 KB", "s104517"),
        agenda="<p>Report of the Director of Adult Social Care setting out proposals for the recommissioning of homecare (care at home) services from April 2026, prior to consideration by Cabinet.</p>",
        extra_docs=[
            ("Appendix 1 - Market engagement summary", "PDF 296 KB", "s104518"),
            ("Appendix 2 - Equality Impact Assessment", "PDF 181 KB", "s104519"),
        ],
        minutes="""
<p>Councillor Pickup, Cabinet Member for Health and Social Care, introduced the item and Nadeem Saleem, Head of Commissioning (All Age), presented a report setting out proposals to recommission homecare services in Tandleford from 1st April 2026. The current framework agreement had been in place since 2019, had been extended twice and would expire on 31st March 2026. The Council currently purchased around 19,400 hours of homecare each week from 27 providers at a cost of approximately &#163;24.1 million a year.</p>
<p>The report highlighted that:</p>
<ul>
<li>the proposed model would divide the borough into five zones, each with a lead provider and up to three supporting providers;</li>
<li>providers would be required to pay care workers at least the Real Living Wage, currently &#163;12.60 an hour, with travel time paid;</li>
<li>a minimum hourly rate of &#163;25.14 was proposed for 2026/27, an increase of 4.3% on the current rate;</li>
<li>market engagement events had taken place in June and September 2025 and had been attended by 41 providers; and</li>
<li>people who use homecare and their carers had been consulted through a survey, which had received 212 responses, and two focus groups.</li>
</ul>
<p>Members asked a number of questions and made comments, in summary:</p>
<p>Councillor Rahman asked how the Council would make sure that the Real Living Wage was actually paid to care workers and was not absorbed by providers. Mr Saleem explained that payment of the Real Living Wage would be a contractual requirement, that providers would be asked to submit payroll evidence every six months and that the contract monitoring team would carry out spot checks.</p>
<p>Concerns were expressed that the zoned model could squeeze out small local agencies in favour of large national companies. It was explained that the lots had been sized so that local providers could bid, either on their own or as part of a consortium, and that 11 of the 41 providers at the engagement events were Tandleford-based businesses.</p>
<p>Councillor Fitton asked what would happen to people who were happy with their current carer if that agency did not win a contract. The Director of Adult Social Care, Marcus Illingworth, advised that a transition plan would be agreed with each provider and that, where people wished to keep their existing carers, the Council would look to use direct payments or a spot contract for a limited period.</p>
<p>A Member queried whether care workers would transfer to the new providers under TUPE. Mr Saleem stated that TUPE was likely to apply in many cases and that legal advice was being sought on the wider workforce implications.</p>
<p>Councillor Hindle commented that the survey findings showed that people wanted to see the same carer at the same time each day, and that this should be written into the service specification.</p>
<p>Councillor Dearden sought clarification on whether the proposed rate would be enough to cover the increase in employers&#8217; National Insurance contributions. Mr Saleem advised that the rate had been modelled using the national cost of care toolkit and included the National Insurance increase, but acknowledged that some providers had told the Council it remained too low.</p>
<p>Members asked that the Board be kept informed of the outcome of the tender.</p>
<p>RESOLVED that:</p>
<ol>
<li>The report be noted.</li>
<li>The Board recommends to Cabinet that continuity of care, so that people see the same care workers at consistent times, be a key quality requirement in the service specification.</li>
<li>A report on the outcome of the procurement and the mobilisation of the new contracts be brought to the Board in July 2026.</li>
</ol>
""",
    ),
    dict(
        number="7", iid=51877, title="CQC Assessment of Adult Social Care - Improvement Plan",
        title_doc=("PDF 367 KB", "s104521"),
        agenda="<p>To receive a report on the outcome of the Care Quality Commission assessment of the Council&#8217;s adult social care functions and the resulting improvement plan.</p>",
        extra_docs=[
            ("Appendix A - CQC Improvement Plan", "PDF 522 KB", "s104522"),
        ],
        minutes="""
<p>The Director of Adult Social Care presented a report on the outcome of the Care Quality Commission&#8217;s (CQC) assessment of how the Council met its duties under Part 1 of the Care Act 2014. The assessment had taken place in May and June 2025 and the final report, published on 2nd October 2025, had rated the Council as &#8216;Requires Improvement&#8217;. Of the nine quality statements, the Council had scored well on partnerships and communities and on safe systems, pathways and transitions, but had scored lower on assessing needs, on equity in experience and outcomes and on supporting people to live healthier lives. The improvement plan attached to the report set out 38 actions under four themes. Mr Illingworth advised that the waiting list for Care Act assessments had reduced from 612 people in January 2025 to 389 at the end of September, and that the longest wait had fallen from 41 weeks to 23 weeks.</p>
<p>Members asked about waiting times for occupational therapy assessments and equipment. It was reported that the average wait for an occupational therapy assessment was currently 11 weeks and that a trusted assessor scheme had been introduced with the Pennine Valleys Care Organisation to reduce this.</p>
<p>Councillor Ogden asked how people who draw on care and support had been involved in developing the improvement plan. Mr Illingworth explained that a co-production group of 14 people with lived experience and carers had met monthly since July and had helped to rewrite the letters and information sent to people following an assessment.</p>
<p>Councillor Quayle raised concerns about the number of carers&#8217; assessments completed, which the CQC report had described as low, and asked what was being done to reach carers from South Asian communities. The Assistant Director of Adult Social Care (Operations), Helen Brierley, stated that a new carers&#8217; offer would be launched in January 2026 with Tandleford Carers Centre and that outreach workers who spoke Urdu, Bengali and Punjabi had been recruited.</p>
<p>Councillor Hindle requested that the Board receive a copy of the CQC&#8217;s full report alongside the improvement plan at each update.</p>
<p>RESOLVED: That the report and improvement plan be noted and that the Board receive six-monthly updates on progress against the CQC improvement plan.</p>
""",
    ),
    dict(
        number="8", iid=51878, title="Urgent and Emergency Care - Winter Plan 2025/26",
        title_doc=None,
        agenda="<p>Presentation from NHS Greater Manchester (Tandleford) and the Pennine Valleys Care Organisation on winter preparedness across the Tandleford health and care system.</p><p>Presentation to follow.</p>",
        extra_docs=[
            ("Winter Plan 2025-26 presentation", "PDF 1 MB", "s104540"),
        ],
        minutes="""
<p>This item (originally Item 8 on the agenda) was taken after Item 5, with the agreement of the Chair, to allow colleagues from the Pennine Valleys Care Organisation to return to the hospital.</p>
<p>Karen Moorhouse, Deputy Place Lead for Tandleford, NHS Greater Manchester, and Paul Greenhalgh, Director of Operations, Pennine Valleys Care Organisation (PVCO), gave a presentation on the plans of the Tandleford health and care system for the coming winter. The presentation slides had been published as a supplement to the agenda.</p>
<p>Key points from the presentation included:</p>
<ul>
<li>Tandleford Royal Infirmary&#8217;s emergency department had seen an average of 412 attendances a day in October 2025, 9% higher than in October 2024;</li>
<li>an additional 36 escalation beds would be opened across the Infirmary and Broadheath Community Hospital between December and March;</li>
<li>the Integrated Discharge Hub, run jointly by the Council and PVCO, would operate seven days a week from 1st December;</li>
<li>the urgent community response service would aim to see 80% of referrals within two hours; and</li>
<li>the flu and COVID-19 vaccination programme had begun on 1st October, with community pharmacies delivering around half of all vaccinations.</li>
</ul>
<p>In response to a question from Councillor Quayle about ambulance handover times, Mr Greenhalgh advised that the average handover time in October had been 38 minutes against the national standard of 30 minutes, and that a new ambulance receiving area with eight trolley spaces had opened on 20th October.</p>
<p>Councillor Ogden raised concerns that patients who were medically fit to leave hospital were still waiting several days for a package of care to be arranged. The Director of Adult Social Care explained that the number of patients with no criteria to reside had fallen from 74 in April to 49 at the end of October, and that most delays now related to people waiting for a nursing home placement rather than homecare.</p>
<p>It was asked whether any additional winter funding had been made available to the Council. It was confirmed that no separate winter grant had been announced for 2025/26 and that the discharge schemes were funded through the Better Care Fund.</p>
<p>Councillor Taylor-Birch asked whether the hospital had enough nurses to staff the escalation beds and how much was being spent on agency staff. Mr Greenhalgh stated that 52 registered nurses had been recruited since July, including 19 through international recruitment, and that agency spending had reduced by around a third compared with last winter.</p>
<p>A Member commented that residents in the east of the borough found it very difficult to get a GP appointment on the day and ended up going to A&amp;E instead.</p>
<p>Councillor Dearden asked for figures on how many escalation beds were used during the winter and for how long. Ms Moorhouse agreed to provide these to the Board after the end of March.</p>
<p>Members also queried the uptake of flu vaccinations by frontline health and care staff. Ms Moorhouse reported that uptake among PVCO staff was 34% at the start of November, lower than at the same point last year, and that vaccination clinics were being held on wards and in care homes.</p>
<p>The Chair thanked Ms Moorhouse and Mr Greenhalgh for their presentation and for answering Members&#8217; questions.</p>
<p>RESOLVED that:</p>
<ol>
<li>The Winter Plan 2025/26 for the Tandleford health and care system be noted.</li>
<li>A report on how the system performed over the winter, including the use of escalation beds, be submitted to the Board&#8217;s meeting in March 2026.</li>
</ol>
""",
    ),
    dict(
        number="9", iid=51879,
        title="Drug and Alcohol Treatment and Recovery Services - Annual Report 2024/25",
        title_doc=("PDF 604 KB", "s104525"),
        agenda="<p>Report of the Director of Public Health providing the annual update on the performance of the borough&#8217;s drug and alcohol treatment and recovery services.</p>",
        extra_docs=[],
        minutes="""
<p>Gail Nuttall, Consultant in Public Health, presented the annual report on drug and alcohol treatment and recovery services on behalf of the Director of Public Health. The service, Tandleford Pathways, was delivered under contract by a voluntary sector provider and had been recommissioned in 2023. The report highlighted:</p>
<ul>
<li>1,486 adults were in structured treatment at the end of March 2025, an increase of 7% on the previous year;</li>
<li>the number of adults in treatment for alcohol only had fallen by 5%;</li>
<li>the proportion of people in treatment for opiates who left treatment successfully remained below the national average;</li>
<li>23 drug-related deaths had been registered in the borough in 2024; and</li>
<li>the Drug and Alcohol Treatment and Recovery Improvement Grant of &#163;1.3 million had funded additional recovery workers, a criminal justice worker and residential rehabilitation placements.</li>
</ul>
<p>Members welcomed the report. Councillor Hindle queried why the number of people in treatment for alcohol alone had fallen when alcohol-related hospital admissions in the borough were rising. Ms Nuttall explained that people were increasingly presenting with both alcohol and drug use and were counted under the combined category, but accepted that more needed to be done to identify dependent drinkers through GP practices and the hospital alcohol care team.</p>
<p>A question was raised about how widely naloxone was available. It was reported that naloxone kits were available from the service&#8217;s hubs and from 14 community pharmacies, and that 620 kits had been issued during the year.</p>
<p>Members sought clarification on what would happen to the additional posts if the grant funding ended in March 2026. Ms Nuttall stated that the core treatment contract was funded from the public health grant and would continue, but that around 18 posts depended on the improvement grant and the Council was awaiting confirmation of the 2026/27 allocation.</p>
<p>Councillor Rahman requested that future reports include a breakdown of the data by ward, as the figures for the borough as a whole hid large differences between areas.</p>
<p>The Board noted the report and thanked Ms Nuttall and the staff of Tandleford Pathways for their work.</p>
""",
    ),
    dict(
        number="10", iid=51880, title="Work Programme 2025/26",
        title_doc=("PDF 188 KB", "s104527"),
        agenda="<p>To consider the Scrutiny Board&#8217;s work programme for the remainder of the municipal year.</p>",
        extra_docs=[],
        minutes="""
<p>The Board gave consideration to its Work Programme for 2025/26. Joanne Platt, Principal Scrutiny Support Officer, advised that the agenda for the January 2026 meeting was already heavily loaded and that the item on the Tandleford Locality Plan might need to move to March.</p>
<p>Following the public question at Item 4, Members requested that the review of day opportunities be added to the Work Programme for the meeting on 20th January 2026. The Cabinet Member for Health and Social Care advised that the review would not be complete by January but that an interim update could be given.</p>
<p>RESOLVED that the Work Programme for 2025/26 be noted, subject to an interim update on the review of day opportunities being added for the meeting on 20th January 2026.</p>
""",
    ),
    dict(
        number="11", iid=51881, title="Key Decision Document",
        title_doc=("PDF 241 KB", "s104528"),
        agenda="<p>Key Decision Document setting out the key decisions to be taken from 1st December 2025.</p>",
        extra_docs=[],
        minutes="""
<p>The Board gave consideration to the latest Key Decision Document, which set out key decisions due to be taken by the Cabinet or by officers from 1st December 2025. Members noted that the decision on homecare recommissioning (Item 6 above) was listed for the Cabinet meeting on 24th November 2025.</p>
<p>RESOLVED: That the Key Decision Document be noted.</p>
""",
    ),
]


def item_row(it: dict) -> str:
    num = it["number"]
    title = it["title"]
    parts = []
    if it["title_doc"]:
        size, sid = it["title_doc"]
        slug = "%20".join(re.findall(r"[A-Za-z0-9]+", title))
        parts.append(
            f'<p class="mgAiTitleTxt"><a href="{SITE}/mgIssueHistoryHome.aspx?IId={it["iid"]}" '
            f'title="Link to item history">{title}</a>'
            f'&nbsp;<a href="{SITE}/documents/{sid}/{slug}.pdf" class="mgPdfLink" '
            f'title="Link to document \'{title}\'"><img src="./ieListDocuments_files/pdf.gif" '
            f'alt="pdf icon" class="mgIconImg" width="16" height="16">&nbsp;{size}</a></p>'
        )
    else:
        parts.append(
            f'<p class="mgAiTitleTxt"><a href="{SITE}/mgIssueHistoryHome.aspx?IId={it["iid"]}" '
            f'title="Link to item history">{title}</a></p>'
        )
    if it["agenda"]:
        parts.append(f'<div class="mgWordPara">{it["agenda"]}</div>')
    if it["extra_docs"]:
        lis = []
        for text, size, sid in it["extra_docs"]:
            slug = "%20".join(re.findall(r"[A-Za-z0-9]+", text))
            lis.append(
                f'<li><a href="{SITE}/documents/{sid}/{slug}.pdf" class="mgPdfLink" '
                f'title="Link to document \'{text}\'">{text}&nbsp;'
                f'<img src="./ieListDocuments_files/pdf.gif" alt="pdf icon" class="mgIconImg" '
                f'width="16" height="16">&nbsp;{size}</a></li>'
            )
        parts.append(
            '<p class="mgSubItemTitleTxt">Additional documents:</p>\n'
            '<ul class="mgBulletList">' + "".join(lis) + "</ul>"
        )
    parts.append('<p class="mgSubItemTitleTxt">Minutes:</p>')
    parts.append(f'<div class="mgWordPara">{it["minutes"].strip()}</div>')
    body = "\n".join(parts)
    return (
        "<tr>\n"
        f'<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{num}.</p></td>\n'
        f"<td>\n{body}\n</td>\n</tr>\n"
    )


def build_html() -> str:
    rows = "".join(item_row(it) for it in ITEMS)
    url = f"{SITE}/ieListDocuments.aspx?CId=412&MId=8874&Ver=4"
    return f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="DC.title" content="Agenda for {COMMITTEE} on Tuesday, 11th November, 2025, 6.00 pm">
<title>Agenda for {COMMITTEE} on Tuesday, 11th November, 2025, 6.00 pm | Tandleford Council</title>
<link rel="stylesheet" href="./ieListDocuments_files/mgWebStyles.css" type="text/css">
<link rel="stylesheet" href="./ieListDocuments_files/tandleford-site.css" type="text/css">
<script src="./ieListDocuments_files/jquery.min.js"></script>
<script src="./ieListDocuments_files/mgAccordion.js"></script>
</head>
<body>
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner">
<p>We use some essential cookies to make this website work. We&#8217;d also like to set analytics cookies to help us improve our services.</p>
<p><button type="button">Accept analytics cookies</button> <button type="button">Reject analytics cookies</button> <a href="https://www.tandleford.gov.uk/cookies">View cookies</a></p>
</div>
<a class="skip-link" href="#mgContent">Skip to main content</a>
<header class="site-header">
<div class="site-header__logo"><a href="https://www.tandleford.gov.uk/"><img src="./ieListDocuments_files/tandleford-logo.svg" alt="Tandleford Council"></a></div>
<form class="site-search" action="https://www.tandleford.gov.uk/search" method="get"><label for="q">Search this site</label> <input id="q" name="q" type="search"> <button type="submit">Search</button></form>
<nav class="site-nav" aria-label="Main menu">
<ul>
<li><a href="https://www.tandleford.gov.uk/">Home</a></li>
<li><a href="https://www.tandleford.gov.uk/bins">Bins and recycling</a></li>
<li><a href="https://www.tandleford.gov.uk/counciltax">Council tax</a></li>
<li><a href="https://www.tandleford.gov.uk/socialcare">Adult social care</a></li>
<li><a href="https://www.tandleford.gov.uk/schools">Schools and learning</a></li>
<li><a href="https://www.tandleford.gov.uk/council">Council and democracy</a></li>
<li><a href="https://www.tandleford.gov.uk/contact">Contact us</a></li>
</ul>
</nav>
</header>
<div id="mgBreadcrumbs" class="breadcrumbs">
<ol>
<li><a href="https://www.tandleford.gov.uk/">Home</a></li>
<li><a href="https://www.tandleford.gov.uk/council">Council and democracy</a></li>
<li><a href="{SITE}/mgListCommittees.aspx?bcr=1">Committee structure</a></li>
<li><a href="{SITE}/mgCommitteeDetails.aspx?ID=412">{COMMITTEE}</a></li>
<li>Meeting</li>
</ol>
</div>
<div id="mgLeftMenu" class="mgLinks">
<h2 class="mgMenuTitle">Councillors and democracy</h2>
<ul>
<li><a href="{SITE}/mgMemberIndex.aspx?bcr=1">Your councillors</a></li>
<li><a href="{SITE}/mgListCommittees.aspx?bcr=1">Committees</a></li>
<li><a href="{SITE}/mgCalendarMonthView.aspx?GL=1&amp;bcr=1">Calendar of meetings</a></li>
<li><a href="{SITE}/mgDelegatedDecisions.aspx?bcr=1&amp;DM=0&amp;DS=2&amp;K=0&amp;DR=&amp;V=0">Decisions</a></li>
<li><a href="{SITE}/mgListPlans.aspx?RP=0&amp;RD=0">Key Decision Document</a></li>
<li><a href="{SITE}/ieDocHome.aspx?bcr=1">Library</a></li>
<li><a href="{SITE}/mgEPetitionListDisplay.aspx?bcr=1">Petitions</a></li>
<li><a href="{SITE}/ieDocSearch.aspx?bcr=1">Search documents</a></li>
<li><a href="{SITE}/mgRegisterKeywordInterest.aspx?bcr=1">Subscribe to updates</a></li>
<li><a href="{SITE}/mgManageElectionResults.aspx?bcr=1">Election results</a></li>
</ul>
</div>
<main id="mgContent" class="mgContent">
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<h2 class="mgSubTitleTxt">{COMMITTEE} - Tuesday, 11th November, 2025 6.00 pm</h2>
<div class="mgLinks">
<ul class="mgActionList">
<li><a href="{SITE}/mgCommitteeDetails.aspx?ID=412">Committee details</a></li>
<li><a href="{SITE}/mgMeetingAttendance.aspx?ID=8874">Attendance details</a></li>
<li><a href="{SITE}/ieListMeetings.aspx?CommitteeId=412">Browse meetings</a></li>
</ul>
</div>
<p class="mgSubTitleTxt"><span class="mgLabel">Venue: </span>Hartshead Suite, Civic Centre, Tandleford, West Street, Tandleford. <a href="{SITE}/mgVenueDetails.aspx?ID=3">View directions</a></p>
<p class="mgSubTitleTxt"><span class="mgLabel">Contact: </span>Constitutional Services&nbsp; Email: <a href="mailto:constitutional.services@tandleford.gov.uk">constitutional.services@tandleford.gov.uk</a></p>
<h2 class="mgSectionTitle">Media</h2>
<div class="mgWebcast"><p><a href="https://tandleford.public-i.tv/core/portal/webcast_interactive/987654">Watch the webcast of this meeting</a> (opens in a new window)</p></div>
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Table of agenda items">
<tr><th scope="col" class="mgItemNumberCell">No.</th><th scope="col">Item</th></tr>
{rows}</table>
</main>
<aside id="mgSideBar" class="mgSideBar">
<div class="mgSideBox">
<h2 class="mgSideBoxTitle">Meeting documents</h2>
<ul class="mgBulletList">
<li><a href="{SITE}/documents/g8874/Public%20reports%20pack%2011th-Nov-2025%2018.00%20Adults%20Social%20Care%20and%20Health%20Scrutiny%20Board.pdf?T=10" class="mgPdfLink">Agenda reports pack <img src="./ieListDocuments_files/pdf.gif" alt="pdf icon" class="mgIconImg">&nbsp;PDF 3 MB</a></li>
<li><a href="{SITE}/documents/g8874/Agenda%20frontsheet%2011th-Nov-2025%2018.00%20Adults%20Social%20Care%20and%20Health%20Scrutiny%20Board.pdf?T=0" class="mgPdfLink">Agenda frontsheet <img src="./ieListDocuments_files/pdf.gif" alt="pdf icon" class="mgIconImg">&nbsp;PDF 204 KB</a></li>
<li><a href="{SITE}/documents/b2731/Supplementary%20Agenda%20-%20Winter%20Plan%20presentation%2011th-Nov-2025%2018.00.pdf?T=9" class="mgPdfLink">Supplementary Agenda - Winter Plan presentation <img src="./ieListDocuments_files/pdf.gif" alt="pdf icon" class="mgIconImg">&nbsp;PDF 1 MB</a></li>
<li><a href="{SITE}/documents/g8874/Printed%20minutes%2011th-Nov-2025%2018.00%20Adults%20Social%20Care%20and%20Health%20Scrutiny%20Board.pdf?T=1" class="mgPdfLink">Printed minutes <img src="./ieListDocuments_files/pdf.gif" alt="pdf icon" class="mgIconImg">&nbsp;PDF 309 KB</a></li>
</ul>
<p><a href="{SITE}/mgDownloadMeetingDocs.aspx?MId=8874">Download all meeting documents</a></p>
</div>
<div class="mgSideBox">
<h2 class="mgSideBoxTitle">Other information</h2>
<ul class="mgBulletList">
<li><a href="{SITE}/mgMeetingAttendance.aspx?ID=8874">Attendance details</a></li>
<li><a href="{SITE}/mgIssueHistoryChronology.aspx?MId=8874">Meeting chronology</a></li>
<li><a href="{SITE}/mgCommitteeMailingList.aspx?ID=412">Committee mailing list</a></li>
</ul>
</div>
</aside>
<footer class="site-footer">
<p><a href="{SITE}/ieListDocuments.aspx?CId=412&amp;MId=8874&amp;Ver=4&amp;Opt=1">Print this page</a> | <a href="{SITE}/mgRss.aspx?CID=412">RSS feed</a></p>
<ul>
<li><a href="https://www.tandleford.gov.uk/accessibility">Accessibility statement</a></li>
<li><a href="https://www.tandleford.gov.uk/privacy">Privacy notice</a></li>
<li><a href="https://www.tandleford.gov.uk/cookies">Cookies</a></li>
<li><a href="https://www.tandleford.gov.uk/contact">Contact the council</a></li>
</ul>
<p>Tandleford Council, Civic Centre, West Street, Tandleford</p>
<p>&#169; Tandleford Council 2025. Powered by <a href="https://www.moderngov.co.uk/">ModernGov</a></p>
</footer>
</body></html>
"""


# ---------------------------------------------------------------------------
# The document that is not minutes: the board's work programme (Word)
# ---------------------------------------------------------------------------

FIXED = dt.datetime(2025, 11, 3, 9, 30, 0)


def build_docx() -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)

    p = doc.add_paragraph()
    r = p.add_run("TANDLEFORD COUNCIL")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading("Adults Social Care and Health Scrutiny Board", level=1)
    doc.add_heading("Work Programme 2025/26", level=2)
    doc.add_paragraph("Updated: 3rd November 2025")
    doc.add_paragraph(
        "The Work Programme sets out the items the Scrutiny Board expects to consider during "
        "the 2025/26 municipal year. It is a live document and is reviewed at every meeting. "
        "Items may be added at the request of Members, or moved where reports are not ready."
    )
    doc.add_paragraph(
        "When considering the Work Programme, Members may wish to ask themselves:"
    )
    for q in [
        "Are the items scheduled the right priorities for Tandleford residents?",
        "Is there enough time on each agenda for the Board to scrutinise items properly?",
        "Would any item be better looked at by a task and finish group?",
        "Has the Board asked for the right people to attend, including partners and service users?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Meetings in 2025/26", level=2)
    rows = [
        ("Tuesday 10th June 2025",
         "Corporate Performance Report: Quarter 4 2024/25",
         "Performance against adult social care and public health measures.",
         "Director of Adult Social Care",
         "Report noted. Board asked for direct payments figures by client group."),
        ("Tuesday 10th June 2025",
         "Health and Wellbeing Strategy - Update",
         "Progress on the three priorities of the strategy.",
         "Director of Public Health",
         "Progress noted."),
        ("Tuesday 16th September 2025",
         "Adult Social Care Workforce Strategy",
         "How is the Council recruiting and keeping care staff? What is the vacancy rate in the care sector?",
         "Director of Adult Social Care / Cabinet Member for Health and Social Care",
         "Strategy endorsed. International recruitment figures to be circulated (done 3rd October)."),
        ("Tuesday 16th September 2025",
         "Safeguarding Adults Board Annual Report 2024/25",
         "Independent Chair to present the annual report.",
         "Independent Chair, Tandleford Safeguarding Adults Board",
         "Noted."),
        ("Tuesday 11th November 2025",
         "Homecare Recommissioning 2026",
         "Pre-decision scrutiny before Cabinet on 24th November. Will the new model improve continuity of care? Can the Council afford the proposed rate?",
         "Head of Commissioning (All Age)",
         ""),
        ("Tuesday 11th November 2025",
         "CQC Assessment - Improvement Plan",
         "What did the CQC find and how will the Council respond?",
         "Director of Adult Social Care",
         ""),
        ("Tuesday 11th November 2025",
         "Urgent and Emergency Care - Winter Plan 2025/26",
         "Presentation from NHS Greater Manchester (Tandleford) and PVCO.",
         "Deputy Place Lead",
         ""),
        ("Tuesday 11th November 2025",
         "Drug and Alcohol Treatment and Recovery - Annual Report",
         "Annual update; what happens when the improvement grant ends?",
         "Consultant in Public Health",
         ""),
        ("Tuesday 20th January 2026",
         "Tandleford Locality Plan refresh",
         "How will the refreshed plan join up health and care in neighbourhoods?",
         "Deputy Place Lead / Director of Adult Social Care",
         ""),
        ("Tuesday 20th January 2026",
         "Budget proposals 2026/27 - Adult Social Care and Public Health",
         "Savings proposals within the Board's remit and their impact on residents.",
         "Director of Finance",
         ""),
        ("Tuesday 17th March 2026",
         "Access to GP services",
         "Are residents able to get an appointment when they need one? Variation between practices and neighbourhoods.",
         "NHS Greater Manchester (Tandleford)",
         ""),
        ("Tuesday 17th March 2026",
         "Winter 2025/26 - how did the system perform?",
         "Follow-up to the November presentation.",
         "PVCO / Deputy Place Lead",
         ""),
    ]
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    hdr = ["Meeting", "Item", "Summary / key questions", "Lead officer / Cabinet Member", "Outcome"]
    for cell, text in zip(table.rows[0].cells, hdr):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text

    doc.add_heading("Items to be scheduled", level=2)
    for t in [
        "Review of day opportunities - report to the Board before any decision by Cabinet (requested by Members following a public question).",
        "Dementia diagnosis rates and post-diagnostic support.",
        "Healthwatch Tandleford annual report 2024/25.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Actions from previous meetings", level=2)
    acts = [
        ("10/06/25 - Min 6", "Direct payments figures by client group to be provided.", "Circulated to Members on 1st July 2025.", "Complete"),
        ("16/09/25 - Min 8", "Figures on international recruitment to adult social care to be circulated.", "Sent by email on 3rd October 2025.", "Complete"),
        ("16/09/25 - Min 9", "Chair to write to the Safeguarding Adults Board about self-neglect training for housing staff.", "Letter sent 29th September; reply awaited.", "Open"),
    ]
    t2 = doc.add_table(rows=1, cols=4)
    t2.style = "Table Grid"
    for cell, text in zip(t2.rows[0].cells, ["Meeting / minute", "Action", "Response", "Status"]):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in acts:
        cells = t2.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text

    doc.add_paragraph("")
    doc.add_paragraph(
        "Contact: Joanne Platt, Principal Scrutiny Support Officer, Constitutional Services, "
        "constitutional.services@tandleford.gov.uk"
    )

    cp = doc.core_properties
    cp.author = "Constitutional Services"
    cp.last_modified_by = "Constitutional Services"
    cp.title = "ASC and Health Scrutiny Board Work Programme 2025-26"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 7

    buf = io.BytesIO()
    doc.save(buf)
    return normalise_zip(buf.getvalue())


def normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps and order so the output is byte-stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 3, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return dict(item=item, kind=kind, text=text, asked_by=asked_by, answer=answer,
                given_by=given_by, themes=themes)


def res(item, text, outcome, themes):
    return dict(item=item, text=text, outcome=outcome, themes=themes)


GOLD_MINUTES = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-11-11",
    "items": [{"number": it["number"], "title": it["title"]} for it in ITEMS],
    "questions": [
        q("4", "question",
          "Can the Board tell me whether the Grasscroft centre is going to close",
          "Mr Derek Lomax",
          "No decision has been made about the future of any centre",
          "Councillor Sue Pickup",
          ["adult-social-care", "patient-and-public-input"]),
        q("5", "question",
          "asked whether the figures on international recruitment that had been requested",
          "Councillor Ogden",
          "these had been sent to Members by email on 3rd October 2025",
          "Principal Scrutiny Support Officer",
          ["workforce"]),
        q("6", "question",
          "asked how the Council would make sure that the Real Living Wage was actually paid",
          "Councillor Rahman",
          "payment of the Real Living Wage would be a contractual requirement",
          "Mr Saleem",
          ["workforce", "subcontracting", "adult-social-care"]),
        q("6", "concern",
          "Concerns were expressed that the zoned model could squeeze out small local agencies",
          None,
          "the lots had been sized so that local providers could bid",
          None,
          ["subcontracting", "adult-social-care"]),
        q("6", "question",
          "what would happen to people who were happy with their current carer",
          "Councillor Fitton",
          "a transition plan would be agreed with each provider",
          "Marcus Illingworth",
          ["adult-social-care", "subcontracting"]),
        q("6", "question",
          "A Member queried whether care workers would transfer to the new providers under TUPE",
          None,
          "TUPE was likely to apply in many cases",
          "Mr Saleem",
          ["workforce", "subcontracting", "adult-social-care"]),
        q("6", "comment",
          "the survey findings showed that people wanted to see the same carer",
          "Councillor Hindle",
          None,
          None,
          ["patient-and-public-input", "adult-social-care"]),
        q("6", "question",
          "sought clarification on whether the proposed rate would be enough to cover",
          "Councillor Dearden",
          "the rate had been modelled using the national cost of care toolkit",
          "Mr Saleem",
          ["finance", "workforce", "adult-social-care"]),
        q("6", "request",
          "Members asked that the Board be kept informed of the outcome of the tender",
          None,
          None,
          None,
          ["subcontracting", "adult-social-care"]),
        q("7", "question",
          "Members asked about waiting times for occupational therapy assessments and equipment",
          None,
          "the average wait for an occupational therapy assessment was currently 11 weeks",
          None,
          ["adult-social-care"]),
        q("7", "question",
          "asked how people who draw on care and support had been involved",
          "Councillor Ogden",
          "a co-production group of 14 people with lived experience and carers",
          "Mr Illingworth",
          ["patient-and-public-input", "adult-social-care"]),
        q("7", "concern",
          "raised concerns about the number of carers' assessments completed",
          "Councillor Quayle",
          "a new carers' offer would be launched in January 2026",
          "Helen Brierley",
          ["adult-social-care", "governance"]),
        q("7", "request",
          "receive a copy of the CQC's full report alongside the improvement plan",
          "Councillor Hindle",
          None,
          None,
          ["governance", "adult-social-care"]),
        q("8", "question",
          "In response to a question from Councillor Quayle about ambulance handover times",
          "Councillor Quayle",
          "the average handover time in October had been 38 minutes",
          "Mr Greenhalgh",
          []),
        q("8", "concern",
          "patients who were medically fit to leave hospital were still waiting several days",
          "Councillor Ogden",
          "the number of patients with no criteria to reside had fallen",
          "Director of Adult Social Care",
          ["adult-social-care"]),
        q("8", "question",
          "It was asked whether any additional winter funding had been made available",
          None,
          "no separate winter grant had been announced for 2025/26",
          None,
          ["finance", "integration"]),
        q("8", "question",
          "asked whether the hospital had enough nurses to staff the escalation beds",
          "Councillor Taylor-Birch",
          "52 registered nurses had been recruited since July",
          "Mr Greenhalgh",
          ["workforce"]),
        q("8", "comment",
          "found it very difficult to get a GP appointment on the day",
          None,
          None,
          None,
          ["primary-care"]),
        q("8", "request",
          "asked for figures on how many escalation beds were used during the winter",
          "Councillor Dearden",
          "Ms Moorhouse agreed to provide these to the Board",
          "Ms Moorhouse",
          []),
        q("8", "question",
          "Members also queried the uptake of flu vaccinations by frontline health and care staff",
          None,
          "uptake among PVCO staff was 34% at the start of November",
          "Ms Moorhouse",
          ["public-health", "workforce"]),
        q("9", "question",
          "queried why the number of people in treatment for alcohol alone had fallen",
          "Councillor Hindle",
          "people were increasingly presenting with both alcohol and drug use",
          "Ms Nuttall",
          ["public-health"]),
        q("9", "question",
          "A question was raised about how widely naloxone was available",
          None,
          "naloxone kits were available from the service's hubs and from 14 community pharmacies",
          None,
          ["public-health", "primary-care"]),
        q("9", "question",
          "Members sought clarification on what would happen to the additional posts",
          None,
          "the core treatment contract was funded from the public health grant",
          "Ms Nuttall",
          ["public-health", "finance", "workforce"]),
        q("9", "request",
          "future reports include a breakdown of the data by ward",
          "Councillor Rahman",
          None,
          None,
          ["public-health"]),
        q("10", "request",
          "Members requested that the review of day opportunities be added to the Work Programme",
          None,
          "the review would not be complete by January",
          "Cabinet Member for Health and Social Care",
          ["adult-social-care"]),
    ],
    "resolutions": [
        res("5", "minutes of the meeting held on 16th September 2025 be approved", "agreed", []),
        res("6", "recommends to Cabinet that continuity of care, so that people see the same care workers",
            "recommended", ["adult-social-care", "subcontracting"]),
        res("7", "receive six-monthly updates on progress against the CQC improvement plan",
            "agreed", ["governance", "adult-social-care"]),
        res("8", "how the system performed over the winter, including the use of escalation beds",
            "agreed", []),
        res("9", "The Board noted the report and thanked Ms Nuttall and the staff",
            "noted", ["public-health"]),
        res("10", "Work Programme for 2025/26 be noted, subject to an interim update",
            "agreed", ["adult-social-care"]),
        res("11", "That the Key Decision Document be noted", "noted", []),
    ],
    "attendees": [
        {"name": "Councillor Mahmood", "role": None, "attendance": "apologies"},
        {"name": "Councillor Ashworth-Kerr", "role": None, "attendance": "apologies"},
        {"name": "Councillor Dearden", "role": None, "attendance": "present"},
        {"name": "Lorraine Keble", "role": "Healthwatch Tandleford", "attendance": "apologies"},
        {"name": "Dr Anjali Rao", "role": "Director of Public Health", "attendance": "apologies"},
    ],
}

GOLD_OTHER = {"document": OTHER_NAME, "doc_type": "other"}


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------

def norm(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_bytes(), "html.parser").get_text(" ")
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    return path.read_text(encoding="utf-8")


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("lv-*.json")):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
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
        numbers = {i["number"] for i in g.get("items", [])}
        for row in g.get("questions", []) + g.get("resolutions", []):
            if row["item"] not in numbers:
                print(f"{gold_path.name}: item {row['item']} not in items")
                bad += 1
        for kind, ph in phrases:
            n_words = len(norm(ph).split())
            hits = len(re.findall(r"(?<!\w)" + re.escape(norm(ph)) + r"(?!\w)", text))
            flag = "ok"
            if hits != 1:
                flag = f"FOUND {hits}x"
                bad += 1
            if not 6 <= n_words <= 15:
                flag += f" ({n_words} words)"
                bad += 1
            if flag != "ok":
                print(f"{gold_path.name}: {kind}: {flag}: {ph}")
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("check passed" if not bad else f"check FAILED ({bad} problems)")
    return 1 if bad else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(build_html(), encoding="utf-8")
    (DOCS / OTHER_NAME).write_bytes(build_docx())
    for g in (GOLD_MINUTES, GOLD_OTHER):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / OTHER_NAME}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
