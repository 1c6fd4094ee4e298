#!/usr/bin/env python3
"""Build the "ip-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ip.py           build documents/ip-* and gold/ip-*.json
        build_ip.py --check   verify every gold phrase occurs once in its document
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "ip-north-brigwold-children-education-scrutiny-panel-2025-11-12.html"
NEWS_NAME = "ip-north-brigwold-news-ofsted-childrens-services-rated-good.html"

MINUTES_URL = ("https://democracy.northbrigwold.gov.uk/meetings/scrutiny-panels/"
               "scrutiny-panels-2025-26/children-and-education-scrutiny-panel/"
               "children-education-scrutiny-panel-12-november-2025/")
NEWS_URL = ("https://www.northbrigwold.gov.uk/news/"
            "ofsted-rates-north-brigwold-childrens-services-good/")


def saved_from(url: str) -> str:
    """The mark Chrome puts at the top of a page saved as "Webpage, Complete"."""
    return "<!-- saved from url=(%04d)%s -->" % (len(url), url)


# ---------------------------------------------------------------------------------------
# The minutes page
# ---------------------------------------------------------------------------------------

FILES = "./Children &amp; Education Scrutiny Panel – 12 November 2025 _ North Brigwold Council – Democracy_files"

MINUTES_HEAD = """<!DOCTYPE html>
@@SAVED@@
<html lang="en-GB" class="js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>Children &amp; Education Scrutiny Panel – 12 November 2025 | North Brigwold Council – Democracy</title>
<meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="North Brigwold Council - Democracy » Feed" href="https://democracy.northbrigwold.gov.uk/feed/">
<link rel="stylesheet" id="wp-block-library-css" href="@@FILES@@/style.min.css" type="text/css" media="all">
<link rel="stylesheet" id="nbc-democracy-style-css" href="@@FILES@@/style.css" type="text/css" media="all">
<link rel="stylesheet" id="nbc-democracy-print-css" href="@@FILES@@/print.css" type="text/css" media="print">
<script type="text/javascript" src="@@FILES@@/jquery.min.js" id="jquery-core-js"></script>
<script type="text/javascript" src="@@FILES@@/jquery-migrate.min.js" id="jquery-migrate-js"></script>
<link rel="https://api.w.org/" href="https://democracy.northbrigwold.gov.uk/wp-json/">
<link rel="alternate" type="application/json" href="https://democracy.northbrigwold.gov.uk/wp-json/wp/v2/pages/48213">
<meta name="generator" content="WordPress 6.6.2">
<link rel="canonical" href="@@URL@@">
<link rel="shortlink" href="https://democracy.northbrigwold.gov.uk/?p=48213">
<style type="text/css">.recentcomments a{display:inline !important;padding:0 !important;margin:0 !important;}</style>
<style type="text/css" id="wp-custom-css">
.entry-content table td { padding: 2px 12px 2px 0; vertical-align: top; }
.entry-content p { margin: 0 0 1em 0; }
</style>
</head>

<body class="page-template-default page page-id-48213 page-child parent-pageid-47990 wp-embed-responsive">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>

<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">We use cookies to make this website work and to understand how you use it. You can accept or reject analytics cookies.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Accept">Accept</a><a href="#" id="cn-refuse-cookie" data-cookie-set="refuse" class="cn-set-cookie cn-button" aria-label="Reject">Reject</a></span></div></div>

<header id="masthead" class="site-header" role="banner">
<div class="site-branding">
<a href="https://www.northbrigwold.gov.uk/" class="custom-logo-link" rel="home"><img width="220" height="64" src="@@FILES@@/nbc-logo.png" class="custom-logo" alt="North Brigwold Council"></a>
<p class="site-title"><a href="https://democracy.northbrigwold.gov.uk/" rel="home">Democracy</a></p>
<p class="site-description">Councillors, meetings, decisions and minutes</p>
</div>
<form role="search" method="get" class="search-form" action="https://democracy.northbrigwold.gov.uk/">
<label><span class="screen-reader-text">Search for:</span>
<input type="search" class="search-field" placeholder="Search …" value="" name="s"></label>
<input type="submit" class="search-submit" value="Search">
</form>
<nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Top Menu">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
<div class="menu-main-container"><ul id="primary-menu" class="menu">
<li id="menu-item-12" class="menu-item menu-item-type-custom menu-item-home menu-item-12"><a href="https://democracy.northbrigwold.gov.uk/">Home</a></li>
<li id="menu-item-15" class="menu-item menu-item-type-post_type menu-item-15"><a href="https://democracy.northbrigwold.gov.uk/councillors/">Your councillors</a></li>
<li id="menu-item-16" class="menu-item menu-item-type-post_type current-page-ancestor menu-item-16"><a href="https://democracy.northbrigwold.gov.uk/meetings/">Meetings</a></li>
<li id="menu-item-17" class="menu-item menu-item-type-post_type menu-item-17"><a href="https://democracy.northbrigwold.gov.uk/council-minutes/">Council minutes</a></li>
<li id="menu-item-18" class="menu-item menu-item-type-post_type menu-item-18"><a href="https://democracy.northbrigwold.gov.uk/cabinet-decisions/">Cabinet and key decisions</a></li>
<li id="menu-item-19" class="menu-item menu-item-type-post_type menu-item-19"><a href="https://democracy.northbrigwold.gov.uk/forward-plan/">Forward plan</a></li>
<li id="menu-item-20" class="menu-item menu-item-type-post_type menu-item-20"><a href="https://democracy.northbrigwold.gov.uk/contact-democratic-services/">Contact us</a></li>
</ul></div>
</nav>
</header>

<div class="breadcrumbs" typeof="BreadcrumbList" vocab="https://schema.org/">
<span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" title="Go to North Brigwold Council - Democracy." href="https://democracy.northbrigwold.gov.uk/" class="home"><span property="name">Home</span></a><meta property="position" content="1"></span> » <span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" title="Go to Meetings." href="https://democracy.northbrigwold.gov.uk/meetings/" class="post post-page"><span property="name">Meetings</span></a><meta property="position" content="2"></span> » <span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" title="Go to Scrutiny Panels." href="https://democracy.northbrigwold.gov.uk/meetings/scrutiny-panels/" class="post post-page"><span property="name">Scrutiny Panels</span></a><meta property="position" content="3"></span> » <span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" title="Go to Scrutiny Panels 2025-26." href="https://democracy.northbrigwold.gov.uk/meetings/scrutiny-panels/scrutiny-panels-2025-26/" class="post post-page"><span property="name">Scrutiny Panels 2025-26</span></a><meta property="position" content="4"></span> » <span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" title="Go to Children and Education Scrutiny Panel." href="https://democracy.northbrigwold.gov.uk/meetings/scrutiny-panels/scrutiny-panels-2025-26/children-and-education-scrutiny-panel/" class="post post-page"><span property="name">Children and Education Scrutiny Panel</span></a><meta property="position" content="5"></span> » <span property="itemListElement" typeof="ListItem"><span property="name" class="post post-page current-item">Children &amp; Education Scrutiny Panel – 12 November 2025</span><meta property="url" content="@@URL@@"><meta property="position" content="6"></span>
</div>

<div id="content" class="site-content">
<div id="primary" class="content-area">
<main id="main" class="site-main" role="main">

<article id="post-48213" class="post-48213 page type-page status-publish hentry">
<header class="entry-header">
<h1 class="entry-title">Children &amp; Education Scrutiny Panel – 12 November 2025</h1>
</header><!-- .entry-header -->

<div class="entry-content">
"""

MINUTES_BODY = """<p><strong>Chairman:</strong>&nbsp; Cllr M Tindall<br>
<strong>Venue:</strong>&nbsp; Committee Room 2, Riverside House, 14-22 Quay Street, Skelthorpe<br>
<strong>Time:</strong>&nbsp; 2.00 p.m.<br>
<strong>E-mail Address:</strong> <a href="mailto:scrutiny.team@northbrigwold.gov.uk">scrutiny.team@northbrigwold.gov.uk</a></p>
<p>&nbsp;</p>
<p style="text-align: center;"><strong>AGENDA</strong></p>
<p>1.&nbsp; Substitutions.</p>
<p>2.&nbsp; Declarations of disclosable pecuniary interests and personal or personal and prejudicial interests and declarations of whipping arrangements (if any).</p>
<p>3.&nbsp; To take the minutes of the meeting held on 10 September 2025 as a correct record and authorise the Chairman to sign.</p>
<p>4.&nbsp; Public speaking requests (if any).</p>
<p>5.&nbsp; Elective Home Education and Children Missing Education – Annual Update.</p>
<p style="padding-left: 40px;">5.1&nbsp; Discussion with the Head of Inclusion and Access.<br>
5.2&nbsp; Next stages (if any).</p>
<p>6.&nbsp; Children and Young People’s Mental Health and Emotional Wellbeing.</p>
<p style="padding-left: 40px;">6.1&nbsp; Discussion with representatives of Wolds and Estuary Integrated Care Board and Brigwold and Estuary Care NHS Foundation Trust.<br>
6.2&nbsp; Next stages (if any).</p>
<p>7.&nbsp; Sufficiency of Placements for Children in Care – Draft Sufficiency Strategy 2025-2028.</p>
<p style="padding-left: 40px;">7.1&nbsp; Discussion with the Cabinet Member for Children and Families and the Director: Children and Families.<br>
7.2&nbsp; Next stages (if any).</p>
<p>8.&nbsp; Scrutiny Review – Home to School Transport for Children and Young People with SEND – Draft Scope.</p>
<p>9.&nbsp; Work Programme 2025/26.</p>
<p>10.&nbsp; Added item (if any).</p>
<p>11.&nbsp; Any other items which the Chairman decides are urgent by reason of special circumstances which must be specified.</p>
<p>&nbsp;</p>
<p style="text-align: center;"><strong>MINUTES</strong></p>
<p>PRESENT:-&nbsp;&nbsp;&nbsp; Councillor M Tindall in the Chair.</p>
<p>Councillors Ostler (Vice-Chair), Brackley, Haigh, Kaur, Pridmore and Wragg.</p>
<p>Statutory Co-opted Members: Mr D Fenwick and Mrs J Scaife (Church Representatives) and Ms R Okafor (Parent Governor Representative).</p>
<p>Councillor Marris also attended the meeting in accordance with Procedure Rule 1.37 (b).</p>
<p>The panel met at Riverside House, Quay Street, Skelthorpe.</p>
<p>21&nbsp;&nbsp;&nbsp; DECLARATIONS OF DISCLOSABLE PECUNIARY INTERESTS AND PERSONAL OR PERSONAL AND PREJUDICIAL INTERESTS AND DECLARATIONS OF WHIPPING ARRANGEMENTS (IF ANY) – The following members declared personal interests –</p>
<table style="border-collapse: collapse; width: 100%;">
<tbody>
<tr>
<td style="width: 30%;"><strong>Member</strong></td>
<td style="width: 15%;"><strong>Minute</strong></td>
<td><strong>Nature of Interest</strong></td>
</tr>
<tr>
<td>Councillor Haigh</td>
<td>24</td>
<td>Local authority governor, Holme Keld Primary School</td>
</tr>
<tr>
<td>Mrs J Scaife</td>
<td>24 and 27</td>
<td>Foundation governor, St Aidan’s CE Academy, Kelstow</td>
</tr>
<tr>
<td>Ms R Okafor</td>
<td>25 and 27</td>
<td>Parent of a child with an EHC plan who receives home to school transport</td>
</tr>
</tbody>
</table>
<p>No whip was declared.</p>
<p>22&nbsp;&nbsp;&nbsp; MINUTES – Resolved – That the minutes of the proceedings of this panel held on 10 September 2025, having been printed and circulated amongst the members, be taken as read and correctly recorded and be signed by the Chairman.</p>
<p>23&nbsp;&nbsp;&nbsp; PUBLIC REQUESTS TO SPEAK – The Chairman had agreed to a request to speak from Mrs L Bexley, a parent from Barrowmere, on home to school transport for children with special educational needs and disabilities.</p>
<p>Mrs Bexley explained that her son, who attended Greystone Park Special School in Skelthorpe, had experienced four changes of driver and passenger assistant since the start of the autumn term after his route was re-tendered, and that on two occasions no vehicle had arrived at all.&nbsp; She asked why parents were not told in advance when the transport contractor changed, and who families should contact when a vehicle failed to turn up.&nbsp; She felt that the effect of the changes on her son’s anxiety and his attendance at school had not been understood.</p>
<p>The Chairman thanked Mrs Bexley for attending and for speaking so openly about her family’s experience.&nbsp; The panel agreed that the issues raised by Mrs Bexley be considered as evidence as part of its scrutiny review of home to school transport (minute 27 refers).</p>
<p>24&nbsp;&nbsp;&nbsp; (5)&nbsp; ELECTIVE HOME EDUCATION AND CHILDREN MISSING EDUCATION – ANNUAL UPDATE – The Chairman welcomed Simon Arkwright, Head of Inclusion and Access, and Leanne Dowson, Education Welfare and Children Missing Education Manager, to the meeting.&nbsp; Simon had been invited to present the annual update on elective home education (EHE) and children missing education (CME) for the 2024/25 academic year.</p>
<p>Simon gave a detailed presentation.&nbsp; The number of children and young people electively home educated in North Brigwold had risen from 356 at the October 2024 census to 412 at the October 2025 census, which was broadly in line with the regional and national trend.&nbsp; Just over half of these children were of secondary school age, with the highest number of withdrawals from school taking place in Years 9 and 10.&nbsp; The most common reasons given by parents were philosophical or lifestyle choice, emotionally based school avoidance and dissatisfaction with a school’s response to their child’s special educational needs.&nbsp; In the same period 187 children had been referred as missing education, of whom all but nine had been located and were now on a school roll, being educated at home or had moved out of the area.&nbsp; Simon explained that the council had no power to insist on seeing a child who was being home educated, but that every family was offered an annual contact visit and that 71 per cent of families had accepted one.</p>
<p>Members were informed that the council was preparing for the introduction of statutory registers of children not in school, and that a new module for the education case management system had been purchased so that the register could be kept electronically from the outset.</p>
<p>Cllr Haigh asked what proportion of the children now being home educated had an education, health and care plan (EHCP), and whether the council could be confident that their needs were being met.&nbsp; Simon explained that 38 of the 412 children had an EHCP and that each plan continued to be reviewed annually by the SEND team with the family, although a small number of parents had declined to take part in the review.</p>
<p>Members expressed concern that a growing number of parents were citing anxiety and poor mental health as their reason for withdrawing a child from school, and that in some cases the decision appeared to have been made in haste or under pressure.&nbsp; In response, Leanne confirmed that emotionally based school avoidance had been given as a reason in 94 cases, and that a pilot with the Mental Health Support Teams in Kelstow secondary schools had started in September to offer support before a child was taken off roll.&nbsp; Where there was any indication that a family had been encouraged by a school to home educate, this was challenged with the headteacher concerned.</p>
<p>Cllr Kaur queried whether the team had enough staff to carry out the annual contact visits, given the continued rise in numbers.&nbsp; Simon advised that one additional full-time post had been created in April 2025, funded from the high needs block of the Dedicated Schools Grant, but that caseloads were still above 130 children for each officer and would be kept under review.</p>
<p>Cllr Wragg sought clarification on the cost of introducing the new registers and whether the government would meet it.&nbsp; Simon stated that the Department for Education had indicated that new burdens funding would be provided, although the amount had not yet been confirmed, and that the case management module had been bought from within existing budgets.</p>
<p>Mrs Scaife requested that future reports include a breakdown, by school, of the children removed from roll to be home educated, so that members could see whether any patterns were emerging.</p>
<p>Resolved – (a) That Simon and Leanne be thanked for their attendance and informative presentation; (b) that the annual update be noted, and (c) that a further report setting out the outcome of the pilot with the Mental Health Support Teams be submitted to the panel in March 2026.</p>
<p>25&nbsp;&nbsp;&nbsp; (6)&nbsp; CHILDREN AND YOUNG PEOPLE’S MENTAL HEALTH AND EMOTIONAL WELLBEING – The Chairman welcomed Dr Helen Marwood, Associate Director of Children’s Commissioning, Wolds and Estuary Integrated Care Board (ICB), and Gary Nuttall, Service Manager, Children and Young People’s Mental Health Services, Brigwold and Estuary Care NHS Foundation Trust, to the meeting.</p>
<p>Helen gave a presentation on the local transformation plan for children and young people’s mental health.&nbsp; Referrals to the child and adolescent mental health service (CAMHS) in North Brigwold had increased by 23 per cent over two years.&nbsp; 82 per cent of young people referred were now seen for a first assessment within 18 weeks, and four Mental Health Support Teams covered schools attended by 61 per cent of pupils in the area.&nbsp; However, waiting times for neurodevelopmental assessment for autism and ADHD remained a significant challenge, with 1,140 children and young people on the waiting list, the longest of whom had waited 97 weeks.</p>
<p>Gary outlined the work of the crisis and home treatment team, which now operated seven days a week from 8.00 a.m. to 10.00 p.m. with an all-age crisis line available overnight, and of the community eating disorders service, where referrals had stabilised after the sharp rise seen since 2021.</p>
<p>Following the presentation, members asked a number of questions and the following points were raised –</p>
<p style="padding-left: 40px;">(i)&nbsp; Members were concerned that the average wait for an autism assessment had increased again since the panel last considered the matter in January 2025 – Helen acknowledged that the neurodevelopmental waiting list was the longest in the ICB area and advised that additional assessment capacity had been commissioned from an independent provider until March 2026, which was expected to see around 300 children.</p>
<p style="padding-left: 40px;">(ii)&nbsp; Cllr Pridmore asked whether the independent provider was a private company and how the ICB was assuring itself of the quality of its assessments – Helen confirmed that the provider was a private company registered with the Care Quality Commission, and explained that a sample of its assessments was audited every month by the trust’s clinical leads.</p>
<p style="padding-left: 40px;">(iii)&nbsp; A member queried what help was available to families while they waited, as parents often felt they had been left to cope on their own – Gary explained that the ‘Waiting Well’ offer included parenting workshops, a sleep clinic and an online counselling service for 11 to 18 year olds, and that every family on the waiting list received a check-in call every six months.</p>
<p style="padding-left: 40px;">(iv)&nbsp; Cllr Ostler raised concerns about vacancies in the Mental Health Support Teams and the use of agency staff to cover them – Gary reported that 4.5 of the 22 posts were currently vacant, and that two trainee Education Mental Health Practitioners would qualify in January 2026.</p>
<p style="padding-left: 40px;">(v)&nbsp; Ms Okafor commented that parents were often unclear who to contact when a referral was not accepted, and asked that the letters sent to families be reviewed with parents – Helen agreed to take this away and to involve the Brigwold Parent Carer Forum in redesigning the letter.</p>
<p style="padding-left: 40px;">(vi)&nbsp; Members asked how many young people from North Brigwold had been admitted to adult mental health wards during the last year – Helen undertook to provide the figure to members after the meeting.</p>
<p>Resolved – (a) That Helen and Gary be thanked for their attendance and informative presentation, and (b) that the ICB be requested to provide a written update on neurodevelopmental assessment waiting times for the panel’s meeting on 11 March 2026.</p>
<p>26&nbsp;&nbsp;&nbsp; (7)&nbsp; SUFFICIENCY OF PLACEMENTS FOR CHILDREN IN CARE – DRAFT SUFFICIENCY STRATEGY 2025-2028 – The Chairman welcomed Cllr Hebden, Cabinet Member for Children and Families, and Karen Lythe, Director: Children and Families, to the meeting.</p>
<p>Cllr Hebden introduced the draft strategy, reminding members that the council had a statutory duty to take steps to secure, so far as reasonably practicable, sufficient accommodation within its area to meet the needs of the children it looked after.&nbsp; The draft strategy would be considered by Cabinet on 9 December 2025 and the panel’s views would be reported to Cabinet at that meeting.</p>
<p>Karen presented the main findings of the needs analysis.&nbsp; At the end of September 2025, 318 children were in the care of the council, of whom 212 lived with foster carers, 41 in residential children’s homes and the remainder with parents, in kinship placements or in supported accommodation.&nbsp; 29 of the 41 children in residential care were placed outside North Brigwold, some more than 50 miles from home.&nbsp; The average weekly cost of an external residential placement had risen to £6,850, compared with £4,200 for a place in one of the council’s own homes.&nbsp; The two in-house homes opened in 2024 were full and both had been judged good at their first Ofsted inspection.&nbsp; The draft strategy set out four priorities: recruiting and retaining more local foster carers, expanding the council’s own residential homes, developing supported accommodation for 16 and 17 year olds and care leavers, and working with neighbouring councils on regional commissioning.</p>
<p>Members discussed the draft strategy at length.&nbsp; Cllr Brackley asked how much of the forecast overspend on the children’s services budget was due to external residential placements.&nbsp; Karen explained that external placements accounted for £3.2 million of the £4.1 million forecast overspend for 2025/26, and that the number of children needing the most complex care had doubled in three years.&nbsp; Cllr Wragg expressed concern at the level of profit being made by some large providers of children’s homes, several of which were owned by private equity firms.&nbsp; Cllr Hebden stated that the council shared this concern and had written to the Secretary of State supporting the national proposals to cap excessive profit-making by providers.&nbsp; In response to a question from Cllr Haigh about the number of children placed in unregistered settings, Karen confirmed that no children were currently placed in unregistered provision, and that Ofsted had been notified of the one occasion earlier in the year when this had been necessary for three nights.</p>
<p>A member asked about the timetable for expanding the council’s own residential provision.&nbsp; Karen confirmed that a third home, at Wrayford, was due to open in spring 2026 and that a fourth home, for children with disabilities, was included in the capital programme for 2026/27, subject to planning permission.</p>
<p>Cllr Kaur commented that recruiting more foster carers who lived locally must remain the first priority, as children did best when they could stay close to their families, friends and schools.</p>
<p>Mrs Scaife asked whether members of the panel could visit the new homes.&nbsp; Karen agreed to arrange visits through the Corporate Parenting Board, with the agreement of the young people living there.</p>
<p>Councillor Marris asked about the quality of supported accommodation for 16 and 17 year olds, following recent national concerns about some providers.&nbsp; Karen advised that all supported accommodation providers used by the council were now registered with Ofsted under the new regulations, and that the council’s quality assurance officers visited each young person at least every six weeks.</p>
<p>Resolved – (a) That Cllr Hebden and Karen be thanked for their attendance; (b) that the panel supports the priorities in the draft Sufficiency Strategy 2025-2028 and recommends to Cabinet that the strategy be approved, and (c) that an update on the in-house residential homes programme be brought to the panel in six months’ time.</p>
<p>27&nbsp;&nbsp;&nbsp; (4)&nbsp; SCRUTINY REVIEW – HOME TO SCHOOL TRANSPORT FOR CHILDREN AND YOUNG PEOPLE WITH SEND – DRAFT SCOPE – Lauren Hattersley, Scrutiny Officer, circulated the draft scope for the panel’s review, which members had agreed to undertake at their meeting on 10 September 2025.&nbsp; The draft scope proposed that the review examine the council’s eligibility criteria, the re-procurement of routes in summer 2025, the experience of families and the rising cost of the service, which had reached £9.6 million a year.</p>
<p>Members welcomed the draft scope.&nbsp; Cllr Pridmore requested that the review also examine the use of single-occupancy taxi contracts and whether more young people could be supported through independent travel training or personal transport budgets.&nbsp; Lauren confirmed that the scope would be amended to include this.</p>
<p>Ms Okafor asked that the panel hear directly from parents and young people, and not only from officers and transport operators.&nbsp; Lauren advised that she would work with the Brigwold Parent Carer Forum on a short survey for families, to be circulated through schools before the first evidence session.</p>
<p>Resolved – That the draft scope for the scrutiny review of home to school transport for children and young people with SEND, as amended, be approved, and that the first evidence session be held on 14 January 2026.</p>
<p>28&nbsp;&nbsp;&nbsp; WORK PROGRAMME 2025/26 – Lauren circulated the panel’s work programme for the remainder of the 2025/26 municipal year.&nbsp; Members noted that the meeting on 14 January 2026 would be given over to the first evidence session of the home to school transport review, and that the Youth Justice Service annual plan and the annual report of the Virtual School Headteacher would be considered on 11 March 2026.</p>
<p>Cllr Ostler asked whether the panel could look at the recent changes to the early help offer and the family hubs programme, as she had received concerns from residents in Holme Keld about the reduced opening hours of the children’s centre there.&nbsp; The Chairman advised that he would discuss this with the Cabinet Member and the Director, and that it would be brought to a future meeting if time allowed.</p>
<p>Resolved – That the work programme be approved, subject to the addition of an item on the early help offer and family hubs, should capacity allow.</p>
<p>29&nbsp;&nbsp;&nbsp; ADDED ITEM – There was no added item for consideration at the meeting.</p>
"""

MINUTES_TAIL = """</div><!-- .entry-content -->

<footer class="entry-footer">
<p class="last-updated">Page last updated: 27 November 2025</p>
</footer><!-- .entry-footer -->
</article><!-- #post-48213 -->

</main><!-- #main -->
</div><!-- #primary -->

<aside id="secondary" class="widget-area" role="complementary" aria-label="Sidebar">
<section id="nav_menu-3" class="widget widget_nav_menu"><h2 class="widget-title">In this section</h2>
<div class="menu-children-and-education-scrutiny-panel-container"><ul id="menu-children-and-education-scrutiny-panel" class="menu">
<li class="menu-item"><a href="https://democracy.northbrigwold.gov.uk/meetings/scrutiny-panels/scrutiny-panels-2025-26/children-and-education-scrutiny-panel/children-education-scrutiny-panel-11-june-2025/">Children &amp; Education Scrutiny Panel – 11 June 2025</a></li>
<li class="menu-item"><a href="https://democracy.northbrigwold.gov.uk/meetings/scrutiny-panels/scrutiny-panels-2025-26/children-and-education-scrutiny-panel/children-education-scrutiny-panel-10-september-2025/">Children &amp; Education Scrutiny Panel – 10 September 2025</a></li>
<li class="menu-item current-menu-item"><a href="@@URL@@" aria-current="page">Children &amp; Education Scrutiny Panel – 12 November 2025</a></li>
<li class="menu-item"><a href="https://democracy.northbrigwold.gov.uk/meetings/scrutiny-panels/scrutiny-panels-2025-26/children-and-education-scrutiny-panel/children-education-scrutiny-panel-14-january-2026/">Children &amp; Education Scrutiny Panel – 14 January 2026</a></li>
<li class="menu-item"><a href="https://democracy.northbrigwold.gov.uk/meetings/scrutiny-panels/scrutiny-panels-2025-26/children-and-education-scrutiny-panel/children-education-scrutiny-panel-11-march-2026/">Children &amp; Education Scrutiny Panel – 11 March 2026</a></li>
</ul></div></section>
<section id="text-4" class="widget widget_text"><h2 class="widget-title">Panel membership 2025-26</h2>
<div class="textwidget"><p>Cllrs Tindall (Chairman), Ostler (Vice-Chair), Brackley, Haigh, Kaur, Lund and Wragg.</p>
<p>Statutory co-opted members: two Church Representatives and two Parent Governor Representatives (one vacancy).</p>
<p><a href="https://democracy.northbrigwold.gov.uk/meetings/scrutiny-panels/">About scrutiny panels</a></p>
</div></section>
<section id="text-5" class="widget widget_text"><h2 class="widget-title">Speaking at a meeting</h2>
<div class="textwidget"><p>If you live or work in North Brigwold you can ask to speak at a scrutiny panel. Requests must reach Democratic Services by 12 noon two working days before the meeting.</p>
</div></section>
</aside><!-- #secondary -->
</div><!-- #content -->

<footer id="colophon" class="site-footer" role="contentinfo">
<div class="feedback-widget">
<form class="page-feedback" action="https://democracy.northbrigwold.gov.uk/wp-admin/admin-post.php" method="post">
<fieldset><legend>Was this page useful?</legend>
<input type="hidden" name="action" value="nbc_page_feedback"><input type="hidden" name="page_id" value="48213">
<button type="submit" name="useful" value="yes">Yes</button> <button type="submit" name="useful" value="no">No</button>
</fieldset>
</form>
</div>
<div class="footer-widgets">
<ul class="footer-links">
<li><a href="https://www.northbrigwold.gov.uk/accessibility/">Accessibility statement</a></li>
<li><a href="https://www.northbrigwold.gov.uk/privacy/">Privacy notice</a></li>
<li><a href="https://www.northbrigwold.gov.uk/cookies/">Cookies</a></li>
<li><a href="https://democracy.northbrigwold.gov.uk/contact-democratic-services/">Contact Democratic Services</a></li>
</ul>
<p class="footer-address">North Brigwold Council, Riverside House, 14-22 Quay Street, Skelthorpe, NB15 6QX</p>
<p class="copyright">© 2025 North Brigwold Council</p>
</div>
</footer><!-- #colophon -->
</div><!-- #page -->

<script type="text/javascript" src="@@FILES@@/navigation.js" id="nbc-democracy-navigation-js"></script>
<script type="text/javascript" src="@@FILES@@/skip-link-focus-fix.js" id="nbc-democracy-skip-link-focus-fix-js"></script>
<script type="text/javascript" id="cookie-notice-front-js-before">
var cnArgs = {"ajaxUrl":"https:\\/\\/democracy.northbrigwold.gov.uk\\/wp-admin\\/admin-ajax.php","nonce":"4c1f0a9e2b","hideEffect":"fade","position":"bottom","onScroll":false,"refuse":true,"revokeCookies":false,"cookieName":"cookie_notice_accepted","cookieTime":2592000,"cache":false};
</script>
<script type="text/javascript" src="@@FILES@@/front.min.js" id="cookie-notice-front-js"></script>

</body></html>
"""


def minutes_html() -> str:
    page = MINUTES_HEAD + MINUTES_BODY + MINUTES_TAIL
    return (page.replace("@@SAVED@@", saved_from(MINUTES_URL))
                .replace("@@FILES@@", FILES)
                .replace("@@URL@@", MINUTES_URL))


# ---------------------------------------------------------------------------------------
# The news page (not minutes)
# ---------------------------------------------------------------------------------------

NEWS_FILES = "./Ofsted rates North Brigwold children’s services ‘good’ _ North Brigwold Council_files"

NEWS_PAGE = """<!DOCTYPE html>
@@SAVED@@
<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ofsted rates North Brigwold children’s services ‘good’ | North Brigwold Council</title>
<meta name="description" content="Inspectors have judged the council’s services for children and families to be good overall.">
<meta property="og:type" content="article">
<meta property="og:title" content="Ofsted rates North Brigwold children’s services ‘good’">
<meta property="article:published_time" content="2025-10-03T10:15:00+00:00">
<meta property="article:modified_time" content="2025-10-06T08:42:11+00:00">
<link rel="stylesheet" id="nbc-main-css" href="@@FILES@@/main.css" type="text/css" media="all">
<script type="text/javascript" src="@@FILES@@/jquery.min.js" id="jquery-core-js"></script>
<link rel="canonical" href="@@URL@@">
<meta name="generator" content="WordPress 6.6.2">
</head>
<body class="post-template-default single single-post postid-90571 single-format-standard">
<a class="skip-link screen-reader-text" href="#main">Skip to main content</a>

<header class="site-header">
<div class="container">
<a href="https://www.northbrigwold.gov.uk/" class="logo"><img src="@@FILES@@/nbc-logo.png" alt="North Brigwold Council home page" width="220" height="64"></a>
<nav class="primary-nav" aria-label="Main menu"><ul>
<li><a href="https://www.northbrigwold.gov.uk/bins-recycling-and-waste/">Bins, recycling and waste</a></li>
<li><a href="https://www.northbrigwold.gov.uk/children-families-and-education/">Children, families and education</a></li>
<li><a href="https://www.northbrigwold.gov.uk/council-tax-and-benefits/">Council tax and benefits</a></li>
<li><a href="https://www.northbrigwold.gov.uk/housing/">Housing</a></li>
<li><a href="https://www.northbrigwold.gov.uk/health-and-social-care/">Health and social care</a></li>
<li><a href="https://www.northbrigwold.gov.uk/news/">News</a></li>
<li><a href="https://www.northbrigwold.gov.uk/my-account/">My account</a></li>
</ul></nav>
<form class="site-search" role="search" action="https://www.northbrigwold.gov.uk/"><label for="s" class="screen-reader-text">Search this site</label><input type="search" id="s" name="s" placeholder="What are you looking for?"><button type="submit">Search</button></form>
</div>
</header>

<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
<li><a href="https://www.northbrigwold.gov.uk/">Home</a></li>
<li><a href="https://www.northbrigwold.gov.uk/news/">News</a></li>
<li><a href="https://www.northbrigwold.gov.uk/news/category/children-and-families/">Children and families</a></li>
<li aria-current="page">Ofsted rates North Brigwold children’s services ‘good’</li>
</ol></nav>

<main id="main" class="container">
<article class="news-article">
<h1>Ofsted rates North Brigwold children’s services ‘good’</h1>
<p class="meta">Published: <time datetime="2025-10-03">3 October 2025</time> | Category: <a href="https://www.northbrigwold.gov.uk/news/category/children-and-families/">Children and families</a></p>
<figure><img src="@@FILES@@/ofsted-good-2025.jpg" alt="Members of the children’s social care leadership team outside Riverside House" width="800" height="450"><figcaption>Staff from across children’s services celebrate the result.</figcaption></figure>

<p class="lead">Services for vulnerable children and families in North Brigwold have been judged good overall by Ofsted, following a three-week inspection in August.</p>

<p>The inspection of local authority children’s services (ILACS) looked at how well the council helps and protects children, the experiences of children in care and care leavers, and how well the service is led.</p>

<table class="judgements">
<caption>Ofsted judgements, August 2025</caption>
<thead><tr><th scope="col">Area inspected</th><th scope="col">Judgement</th></tr></thead>
<tbody>
<tr><td>The impact of leaders on social work practice with children and families</td><td>Good</td></tr>
<tr><td>The experiences and progress of children who need help and protection</td><td>Good</td></tr>
<tr><td>The experiences and progress of children in care</td><td>Good</td></tr>
<tr><td>The experiences and progress of care leavers</td><td>Requires improvement to be good</td></tr>
<tr><td><strong>Overall effectiveness</strong></td><td><strong>Good</strong></td></tr>
</tbody>
</table>

<h2>What did the inspectors say?</h2>
<p>Inspectors found that children who need help are seen quickly, that social workers know their children well and that most children in care live in stable homes close to their families and schools. The report highlights the council’s two new children’s homes, and says that leaders have “a clear and realistic understanding of the strengths of practice and where it needs to be better”.</p>
<p>Inspectors also praised the Children in Care Council, whose members helped to interview candidates for senior posts and wrote the council’s pledge to children in care.</p>

<h2>What needs to improve?</h2>
<p>Ofsted asked the council to improve:</p>
<ul>
<li>how quickly initial health assessments are completed when children come into care</li>
<li>the range of suitable accommodation for care leavers aged 18 to 21, so that fewer young people wait in temporary accommodation</li>
<li>the quality and consistency of pathway plans, so that care leavers know what help they are entitled to</li>
</ul>

<h2>What the council says</h2>
<p>Councillor Hebden, Cabinet Member for Children and Families, said: “I am delighted that inspectors have recognised the hard work of our social workers, foster carers and partners. We are not complacent – we know we need to do more for our care leavers, and we have already asked ourselves the difficult questions. Why are some young people still waiting too long for a home of their own? How do we make sure every pathway plan is written with the young person, not for them? Our improvement plan will answer those questions.”</p>
<p>Karen Lythe, Director: Children and Families, said: “This result belongs to our staff and to the children and families who talked to inspectors so honestly about their experiences.”</p>

<h2>What happens next?</h2>
<p>The council must send Ofsted a plan setting out how it will respond to the recommendations within 70 working days. The plan will go to Cabinet on 9 December 2025, when Cabinet will be asked to approve it and to agree that progress is reported every six months to the Corporate Parenting Board.</p>
<p>The Children and Education Scrutiny Panel will also look at placements for children in care, including accommodation for care leavers, at its meeting on 12 November 2025. Meetings are open to the public and details are on our <a href="https://democracy.northbrigwold.gov.uk/meetings/">democracy website</a>.</p>

<h2>Questions about the inspection</h2>
<h3>Will this change the services my family receives?</h3>
<p>No. Your social worker or family support worker will stay the same. If you have any questions about your own support, please speak to them first.</p>
<h3>Where can I read the full report?</h3>
<p>The full report is published on the Ofsted website. A summary written for children and young people is available from the Children in Care Council.</p>
<h3>How can I become a foster carer?</h3>
<p>We need more local foster carers, especially for teenagers and brothers and sisters who want to stay together. Visit <a href="https://www.northbrigwold.gov.uk/fostering/">Foster for North Brigwold</a> or call 01745 296 300.</p>

<p class="media-contact"><strong>Media enquiries:</strong> Communications team, 01745 296 118, <a href="mailto:press.office@northbrigwold.gov.uk">press.office@northbrigwold.gov.uk</a></p>

<div class="share-links"><span>Share this page:</span> <a href="https://www.facebook.com/sharer/sharer.php?u=@@URL@@">Facebook</a> <a href="https://x.com/intent/tweet?url=@@URL@@">X</a> <a href="https://www.linkedin.com/sharing/share-offsite/?url=@@URL@@">LinkedIn</a> <a href="mailto:?subject=Ofsted%20rates%20North%20Brigwold%20children%E2%80%99s%20services%20good&amp;body=@@URL@@">Email</a></div>
</article>

<aside class="related-news" aria-labelledby="related-heading">
<h2 id="related-heading">Related news</h2>
<ul>
<li><a href="https://www.northbrigwold.gov.uk/news/third-council-childrens-home-wrayford-approved/">Third council children’s home for Wrayford approved</a> <span class="date">18 July 2025</span></li>
<li><a href="https://www.northbrigwold.gov.uk/news/foster-carers-fortnight-2025/">Foster Carers Fortnight: ‘we couldn’t do it without you’</a> <span class="date">12 May 2025</span></li>
<li><a href="https://www.northbrigwold.gov.uk/news/family-hubs-open-kelstow-barrowmere/">New family hubs open in Kelstow and Barrowmere</a> <span class="date">3 March 2025</span></li>
</ul>
</aside>
</main>

<footer class="site-footer">
<div class="container">
<form class="feedback" action="https://www.northbrigwold.gov.uk/wp-admin/admin-post.php" method="post"><fieldset><legend>Did you find what you were looking for?</legend><button name="found" value="yes">Yes</button> <button name="found" value="no">No</button></fieldset></form>
<ul class="footer-nav">
<li><a href="https://www.northbrigwold.gov.uk/contact-us/">Contact us</a></li>
<li><a href="https://www.northbrigwold.gov.uk/accessibility/">Accessibility</a></li>
<li><a href="https://www.northbrigwold.gov.uk/privacy/">Privacy</a></li>
<li><a href="https://www.northbrigwold.gov.uk/cookies/">Cookies</a></li>
<li><a href="https://democracy.northbrigwold.gov.uk/">Councillors and democracy</a></li>
</ul>
<p>North Brigwold Council, Riverside House, 14-22 Quay Street, Skelthorpe, NB15 6QX</p>
<p>© 2025 North Brigwold Council</p>
</div>
</footer>
<script type="text/javascript" src="@@FILES@@/main.js" id="nbc-main-js"></script>
</body></html>
"""


def news_html() -> str:
    return (NEWS_PAGE.replace("@@SAVED@@", saved_from(NEWS_URL))
                     .replace("@@FILES@@", NEWS_FILES)
                     .replace("@@URL@@", NEWS_URL))


# ---------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


CF = "children-and-families"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Children & Education Scrutiny Panel",
    "meeting_date": "2025-11-12",
    "items": [
        {"number": "21", "title": "DECLARATIONS OF DISCLOSABLE PECUNIARY INTERESTS AND PERSONAL OR "
                                  "PERSONAL AND PREJUDICIAL INTERESTS AND DECLARATIONS OF WHIPPING "
                                  "ARRANGEMENTS (IF ANY)"},
        {"number": "22", "title": "MINUTES"},
        {"number": "23", "title": "PUBLIC REQUESTS TO SPEAK"},
        {"number": "24", "title": "ELECTIVE HOME EDUCATION AND CHILDREN MISSING EDUCATION – ANNUAL UPDATE"},
        {"number": "25", "title": "CHILDREN AND YOUNG PEOPLE’S MENTAL HEALTH AND EMOTIONAL WELLBEING"},
        {"number": "26", "title": "SUFFICIENCY OF PLACEMENTS FOR CHILDREN IN CARE – DRAFT SUFFICIENCY "
                                  "STRATEGY 2025-2028"},
        {"number": "27", "title": "SCRUTINY REVIEW – HOME TO SCHOOL TRANSPORT FOR CHILDREN AND YOUNG "
                                  "PEOPLE WITH SEND – DRAFT SCOPE"},
        {"number": "28", "title": "WORK PROGRAMME 2025/26"},
        {"number": "29", "title": "ADDED ITEM"},
    ],
    "questions": [
        # 23 public speaking
        q("23", "question",
          "She asked why parents were not told in advance when the transport contractor changed",
          "Mrs Bexley", None, None, [CF, "subcontracting"]),
        # 24 elective home education
        q("24", "question",
          "asked what proportion of the children now being home educated had an education",
          "Cllr Haigh",
          "38 of the 412 children had an EHCP and that each plan continued",
          "Simon", [CF]),
        q("24", "concern",
          "citing anxiety and poor mental health as their reason for withdrawing a child",
          None,
          "a pilot with the Mental Health Support Teams in Kelstow secondary schools",
          "Leanne", [CF, "mental-health"]),
        q("24", "question",
          "queried whether the team had enough staff to carry out the annual contact visits",
          "Cllr Kaur",
          "one additional full-time post had been created in April 2025",
          "Simon", [CF, "workforce", "finance"]),
        q("24", "question",
          "sought clarification on the cost of introducing the new registers",
          "Cllr Wragg",
          "the Department for Education had indicated that new burdens funding would be provided",
          "Simon", [CF, "finance"]),
        q("24", "request",
          "requested that future reports include a breakdown, by school, of the children removed from roll",
          "Mrs Scaife", None, None, [CF]),
        # 25 mental health
        q("25", "concern",
          "the average wait for an autism assessment had increased again since the panel",
          None,
          "additional assessment capacity had been commissioned from an independent provider until March 2026",
          "Helen", ["mental-health", CF, "subcontracting"]),
        q("25", "question",
          "asked whether the independent provider was a private company",
          "Cllr Pridmore",
          "the provider was a private company registered with the Care Quality Commission",
          "Helen", ["privatisation", "subcontracting", "governance", "mental-health"]),
        q("25", "question",
          "queried what help was available to families while they waited",
          None,
          "the ‘Waiting Well’ offer included parenting workshops, a sleep clinic",
          "Gary", ["mental-health", CF]),
        q("25", "concern",
          "raised concerns about vacancies in the Mental Health Support Teams",
          "Cllr Ostler",
          "4.5 of the 22 posts were currently vacant",
          "Gary", ["workforce", "mental-health"]),
        q("25", "request",
          "asked that the letters sent to families be reviewed with parents",
          "Ms Okafor",
          "to involve the Brigwold Parent Carer Forum in redesigning the letter",
          "Helen", ["patient-and-public-input", "mental-health"]),
        q("25", "question",
          "how many young people from North Brigwold had been admitted to adult mental health wards",
          None,
          "Helen undertook to provide the figure to members after the meeting",
          "Helen", ["mental-health", CF]),
        # 26 sufficiency of placements
        q("26", "question",
          "asked how much of the forecast overspend on the children’s services budget",
          "Cllr Brackley",
          "external placements accounted for £3.2 million of the £4.1 million forecast overspend",
          "Karen", ["finance", CF]),
        q("26", "concern",
          "expressed concern at the level of profit being made by some large providers",
          "Cllr Wragg",
          "had written to the Secretary of State supporting the national proposals",
          "Cllr Hebden", ["privatisation", CF]),
        q("26", "question",
          "about the number of children placed in unregistered settings",
          "Cllr Haigh",
          "no children were currently placed in unregistered provision",
          "Karen", [CF, "governance"]),
        q("26", "question",
          "asked about the timetable for expanding the council’s own residential provision",
          None,
          "a third home, at Wrayford, was due to open in spring 2026",
          "Karen", [CF, "finance"]),
        q("26", "comment",
          "recruiting more foster carers who lived locally must remain the first priority",
          "Cllr Kaur", None, None, [CF]),
        q("26", "request",
          "asked whether members of the panel could visit the new homes",
          "Mrs Scaife",
          "Karen agreed to arrange visits through the Corporate Parenting Board",
          "Karen", [CF]),
        q("26", "question",
          "asked about the quality of supported accommodation for 16 and 17 year olds",
          "Councillor Marris",
          "all supported accommodation providers used by the council were now registered with Ofsted",
          "Karen", [CF, "housing", "governance"]),
        # 27 SEND transport review scope
        q("27", "request",
          "requested that the review also examine the use of single-occupancy taxi contracts",
          "Cllr Pridmore",
          "Lauren confirmed that the scope would be amended to include this",
          "Lauren", [CF, "subcontracting"]),
        q("27", "request",
          "asked that the panel hear directly from parents and young people",
          "Ms Okafor",
          "a short survey for families, to be circulated through schools",
          "Lauren", [CF, "patient-and-public-input"]),
        # 28 work programme
        q("28", "request",
          "asked whether the panel could look at the recent changes to the early help offer",
          "Cllr Ostler",
          "he would discuss this with the Cabinet Member and the Director",
          "The Chairman", [CF]),
    ],
    "resolutions": [
        r("22", "the minutes of the proceedings of this panel held on 10 September 2025", "agreed", []),
        r("23", "the issues raised by Mrs Bexley be considered as evidence",
          "agreed", [CF]),
        r("24", "a further report setting out the outcome of the pilot",
          "agreed", [CF, "mental-health"]),
        r("25", "the ICB be requested to provide a written update on neurodevelopmental assessment waiting times",
          "agreed", ["mental-health", CF]),
        r("26", "recommends to Cabinet that the strategy be approved", "recommended", [CF]),
        r("27", "the draft scope for the scrutiny review of home to school transport", "agreed", [CF]),
        r("28", "the work programme be approved, subject to the addition of an item", "agreed", [CF]),
    ],
    "attendees": [
        {"name": "Councillor M Tindall", "role": "Chairman", "attendance": "present"},
        {"name": "Councillor Ostler", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Brackley", "role": None, "attendance": "present"},
        {"name": "Councillor Haigh", "role": None, "attendance": "present"},
        {"name": "Councillor Kaur", "role": None, "attendance": "present"},
        {"name": "Councillor Pridmore", "role": None, "attendance": "present"},
        {"name": "Councillor Wragg", "role": None, "attendance": "present"},
        {"name": "Mr D Fenwick", "role": "Church Representative", "attendance": "present"},
        {"name": "Mrs J Scaife", "role": "Church Representative", "attendance": "present"},
        {"name": "Ms R Okafor", "role": "Parent Governor Representative", "attendance": "present"},
        {"name": "Councillor Marris", "role": None, "attendance": "in_attendance"},
    ],
}

NEWS_GOLD = {"document": NEWS_NAME, "doc_type": "news"}


# ---------------------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(minutes_html(), encoding="utf-8", newline="\n")
    (DOCS / NEWS_NAME).write_text(news_html(), encoding="utf-8", newline="\n")
    for gold in (MINUTES_GOLD, NEWS_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8", newline="\n")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / NEWS_NAME}\nwrote 2 gold files in {GOLD}")


def document_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def normalise(text: str, joiner: str) -> str:
    """Lower-case, drop punctuation (Unicode P* and S* classes; `joiner` replaces each
    mark: "" deletes it, " " splits the word), collapse white space."""
    text = unicodedata.normalize("NFKC", text).lower()
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat[0] in ("P", "S"):
            out.append(joiner)
        else:
            out.append(ch)
    return re.sub(r"\s+", " ", "".join(out)).strip()


def count(hay: str, needle: str) -> int:
    # whole-word occurrences
    return len(re.findall(r"(?<![0-9a-z])" + re.escape(needle) + r"(?![0-9a-z])", hay))


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("ip-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document for {gold_path.name}")
            problems += 1
            continue
        if gold_path.stem != doc.stem:
            print(f"gold file name {gold_path.name} does not match {doc.name}")
            problems += 1
        raw = document_text(doc)
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["item"], row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["item"], row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["item"], row["text"]))
        for joiner in ("", " "):
            hay = normalise(raw, joiner)
            for kind, item, phrase in phrases:
                n = count(hay, normalise(phrase, joiner))
                words = len(phrase.split())
                if n != 1:
                    print(f"{doc.name}: {kind} (item {item}) found {n} times "
                          f"[joiner={joiner!r}]: {phrase!r}")
                    problems += 1
                if joiner == "" and not 6 <= words <= 15:
                    print(f"{doc.name}: {kind} (item {item}) has {words} words: {phrase!r}")
                    problems += 1
        if gold["doc_type"] == "minutes":
            names = [a["name"] for a in gold.get("attendees", [])]
            for name in names:
                surname = name.split()[-1]
                if surname.lower() not in raw.lower():
                    print(f"{doc.name}: attendee {name!r} not in text")
                    problems += 1
            for item in gold.get("items", []):
                if item["number"] and not re.search(r"(?m)^\s*" + re.escape(item["number"]) + r"\s",
                                                    raw.replace("\xa0", " ")):
                    print(f"{doc.name}: item number {item['number']} not found at a line start")
                    problems += 1
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("check passed" if not problems else f"check FAILED: {problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
