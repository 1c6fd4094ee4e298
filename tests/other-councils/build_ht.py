#!/usr/bin/env python3
"""Build the "ht-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ht.py           build documents/ht-* and gold/ht-*.json
        build_ht.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "ht-westhythe-health-social-care-scrutiny-sub-2025-10-21.html"
FAQ_NAME = "ht-westhythe-adult-social-care-charging-faq.html"

COMMITTEE = "Health and Social Care Scrutiny Sub (Community and Children's Services) Committee"

# --------------------------------------------------------------------------------------
# Shared page furniture of the corporation's website
# --------------------------------------------------------------------------------------

SITE_HEAD = """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title} | City of Westhythe Corporation</title>
<meta name="description" content="{description}">
<link rel="canonical" href="https://www.westhythe.gov.uk{path}">
<link rel="stylesheet" href="/themes/custom/westhythe/css/base.css?t4k2x9">
<link rel="stylesheet" href="/themes/custom/westhythe/css/components.css?t4k2x9">
<link rel="icon" href="/themes/custom/westhythe/favicon.ico" type="image/vnd.microsoft.icon">
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
<script src="/themes/custom/westhythe/js/cookie-banner.js?t4k2x9"></script>
</head>
<body class="path-node page-node-type-{node_type}">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie consent">
  <p>We use some essential cookies to make this website work. We would also like to set
  analytics cookies to understand how you use the site.</p>
  <button type="button" class="btn btn--accept">Accept analytics cookies</button>
  <button type="button" class="btn btn--reject">Reject analytics cookies</button>
  <a href="/about-us/access-to-information/cookies">View cookies</a>
</div>
<header class="site-header" role="banner">
  <div class="site-header__inner">
    <a href="/" class="site-logo" rel="home"><img src="/themes/custom/westhythe/images/crest-logo.svg" alt="City of Westhythe Corporation home page" width="210" height="64"></a>
    <form class="site-search" action="/search" method="get" role="search">
      <label for="edit-keys" class="visually-hidden">Search this site</label>
      <input type="search" id="edit-keys" name="keys" placeholder="Search westhythe.gov.uk">
      <button type="submit">Search</button>
    </form>
  </div>
  <nav class="main-nav" aria-label="Main navigation">
    <ul class="menu">
      <li><a href="/services">Services</a></li>
      <li><a href="/business">Business</a></li>
      <li><a href="/things-to-do">Things to do</a></li>
      <li><a href="/about-us">About us</a></li>
      <li><a href="/contact-us">Contact us</a></li>
    </ul>
  </nav>
</header>
"""

SITE_FOOT = """<section class="page-feedback" aria-labelledby="feedback-heading">
  <h2 id="feedback-heading" class="page-feedback__title">Is this page useful?</h2>
  <a href="/feedback?page={path}&amp;useful=yes" class="btn btn--small">Yes</a>
  <a href="/feedback?page={path}&amp;useful=no" class="btn btn--small">No</a>
  <a href="/feedback?page={path}&amp;problem=1" class="link--small">Report a problem with this page</a>
</section>
<footer class="site-footer" role="contentinfo">
  <div class="site-footer__columns">
    <div class="site-footer__col">
      <h2 class="site-footer__heading">City of Westhythe Corporation</h2>
      <p>Guildhall<br>PO Box 1180<br>Westhythe<br>WH1 2GH</p>
      <p>Telephone: 020 7946 0100</p>
    </div>
    <div class="site-footer__col">
      <h2 class="site-footer__heading">About this site</h2>
      <ul>
        <li><a href="/about-us/access-to-information/accessibility-statement">Accessibility</a></li>
        <li><a href="/about-us/access-to-information/cookies">Cookies</a></li>
        <li><a href="/about-us/access-to-information/privacy-notice">Privacy</a></li>
        <li><a href="/about-us/access-to-information/terms-and-conditions">Terms and conditions</a></li>
        <li><a href="/about-us/access-to-information/modern-slavery-statement">Modern slavery statement</a></li>
      </ul>
    </div>
    <div class="site-footer__col">
      <h2 class="site-footer__heading">Follow us</h2>
      <ul class="social">
        <li><a href="https://www.linkedin.com/company/westhythe-corporation">LinkedIn</a></li>
        <li><a href="https://www.instagram.com/westhythecorp">Instagram</a></li>
        <li><a href="https://www.youtube.com/@westhythecorporation">YouTube</a></li>
      </ul>
    </div>
  </div>
  <p class="site-footer__copyright">&copy; City of Westhythe Corporation 2025</p>
</footer>
<script src="/themes/custom/westhythe/js/accordion.js?t4k2x9"></script>
<script src="/themes/custom/westhythe/js/back-to-top.js?t4k2x9"></script>
</body>
</html>
"""

# --------------------------------------------------------------------------------------
# The minutes
# --------------------------------------------------------------------------------------

MINUTES_PATH = ("/about-us/committees/health-and-social-care-scrutiny-sub-committee/"
                "minutes-21-october-2025")

MINUTES_MAIN = """<div class="breadcrumb-wrapper">
  <nav class="breadcrumb" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/about-us">About us</a></li>
      <li><a href="/about-us/committees">Committees and meetings</a></li>
      <li><a href="/about-us/committees/community-and-childrens-services-committee">Community and Children's Services Committee</a></li>
      <li><a href="/about-us/committees/health-and-social-care-scrutiny-sub-committee">Health and Social Care Scrutiny Sub Committee</a></li>
      <li>Minutes: 21 October 2025</li>
    </ol>
  </nav>
</div>
<main id="main-content" class="layout layout--sidebar-right" role="main">
<div class="layout__content">
<article class="node node--type-committee-minutes node--view-mode-full">
<h1 class="page-title"><span>Health and Social Care Scrutiny Sub Committee &ndash; minutes, 21 October 2025</span></h1>
<div class="node__meta">
  <p class="meta-item"><span class="label">Published:</span> 4 November 2025</p>
  <p class="meta-item"><span class="label">Status:</span> Draft &ndash; subject to approval at the next meeting</p>
</div>
<div class="callout callout--info">
  <p>These are the public minutes of the meeting. A printed copy (PDF) is available under
  <a href="#related-documents">Related documents</a>. If you need this information in
  another format, please contact the Town Clerk's Department.</p>
</div>
<nav class="on-this-page" aria-labelledby="on-this-page-heading">
  <h2 id="on-this-page-heading">On this page</h2>
  <ol class="on-this-page__list">
    <li><a href="#item-1">Apologies</a></li>
    <li><a href="#item-2">Members' declarations</a></li>
    <li><a href="#item-3">Minutes</a></li>
    <li><a href="#item-4">Eastbury University Hospital &ndash; winter planning</a></li>
    <li><a href="#item-5">Primary care access for City residents</a></li>
    <li><a href="#item-6">Adult social care &ndash; home care and CQC assessment</a></li>
    <li><a href="#item-7">Public health &ndash; drug and alcohol service and workplace health</a></li>
    <li><a href="#item-8">Healthwatch Westhythe annual report</a></li>
    <li><a href="#item-9">Work programme</a></li>
    <li><a href="#item-10">Questions</a></li>
    <li><a href="#item-11">Any other business</a></li>
    <li><a href="#item-12">Exclusion of the public</a></li>
  </ol>
</nav>
<div class="field field--name-body field--type-text-with-summary">
<h2 class="minutes-committee">HEALTH AND SOCIAL CARE SCRUTINY SUB (COMMUNITY AND CHILDREN'S SERVICES) COMMITTEE</h2>
<p class="minutes-date"><strong>Tuesday, 21 October 2025</strong></p>
<p>Minutes of the meeting of the Health and Social Care Scrutiny Sub (Community and
Children's Services) Committee held at Committee Room 2 - 2nd Floor West Wing, Guildhall on
Tuesday, 21 October 2025 at 11.00 am</p>

<h3 class="minutes-present">Present</h3>
<table class="attendance attendance--members">
<tbody>
<tr><td class="attendance__label"><strong>Members:</strong></td>
<td>Deputy Marianne Threlfall (Chairman)<br>
Deputy Oliver Rathbone-Kaye (Deputy Chairman)<br>
Deputy Timothy Clerihew CBE<br>
Anjali Deshmukh-Ross<br>
Alderman Dr Rosalind Ebbutt<br>
Revd Martin Oyelaran<br>
Alderman Sir Geoffrey Pennock<br>
Helena Strachan-Moyo</td></tr>
<tr><td class="attendance__label"><strong>Also in attendance (online):</strong></td>
<td>Deputy Christabel Morrow (Chairman, Community and Children's Services Committee)</td></tr>
</tbody>
</table>

<p><strong>Officers:</strong></p>
<table class="attendance attendance--officers">
<tbody>
<tr><td>Serena Hollingdrake</td><td>- Town Clerk's Department</td></tr>
<tr><td>Amaka Lindqvist</td><td>- Town Clerk's Department</td></tr>
<tr><td>Damian Alcott</td><td>- Executive Director, Community and Children's Services</td></tr>
<tr><td>Rukhsana Begum-Tate</td><td>- Assistant Director, Commissioning and Partnerships</td></tr>
<tr><td>Conor Whitlam</td><td>- Head of Adult Social Care</td></tr>
<tr><td>Dr Fenella Okafor</td><td>- Director of Public Health, City and Eastbury</td></tr>
<tr><td>Kieran Ashworth-Lamb</td><td>- Chamberlain's Department</td></tr>
</tbody>
</table>

<p><strong>In Attendance:</strong></p>
<table class="attendance attendance--guests">
<tbody>
<tr><td>Dr Hugo Brannigan</td><td>- Chief Medical Officer, Eastbury University Hospital NHS Foundation Trust</td></tr>
<tr><td>Tessa Morland</td><td>- Director of Operations, Eastbury University Hospital NHS Foundation Trust</td></tr>
<tr><td>Lorna Pettifer</td><td>- Head of Primary Care Commissioning, NHS North East Thames Integrated Care Board</td></tr>
<tr><td>Dr Imran Qadir</td><td>- Clinical Director, Westhythe Primary Care Network</td></tr>
<tr><td>Beatrix Onwuachi</td><td>- Chief Executive, Healthwatch Westhythe</td></tr>
</tbody>
</table>

<h3 id="item-1">1. APOLOGIES</h3>
<p>Apologies for absence were received from Deputy Gwendolen Fairclough and Jasper
Mallinder.</p>
<p>Alderman Sir Geoffrey Pennock had given notice that he would arrive late. Deputy
Christabel Morrow observed the meeting online and did not count towards the quorum.</p>
<p class="back-to-top"><a href="#main-content">Back to top</a></p>

<h3 id="item-2">2. MEMBERS' DECLARATIONS UNDER THE CODE OF CONDUCT IN RESPECT OF ITEMS ON THE AGENDA</h3>
<p>Helena Strachan-Moyo declared a non-pecuniary interest in Item 5 as a registered patient
of the Wardgate Medical Practice.</p>
<p>Revd Martin Oyelaran declared a non-pecuniary interest in Item 8 as a member of the
advisory board of Healthwatch Westhythe.</p>
<p class="back-to-top"><a href="#main-content">Back to top</a></p>

<h3 id="item-3">3. MINUTES</h3>
<p><strong>RESOLVED</strong> &ndash; That the public minutes and non-public summary of the
meeting held on 15 July 2025 be approved as an accurate record.</p>
<p><strong><em>Matters arising</em></strong></p>
<p>A Member asked whether the written information on waiting times for blood test
appointments at St Aldric's Hospital, promised at the last meeting, had been circulated.
The Clerk advised that the information had been received from the Trust that morning and
would be sent to Members following the meeting.</p>
<p class="back-to-top"><a href="#main-content">Back to top</a></p>

<h3 id="item-4">4. EASTBURY UNIVERSITY HOSPITAL NHS FOUNDATION TRUST &ndash; WINTER PLANNING AND URGENT AND EMERGENCY CARE</h3>
<p>Members received a presentation from the Chief Medical Officer and the Director of
Operations of Eastbury University Hospital NHS Foundation Trust on the Trust's preparations
for winter 2025/26, its performance against the four-hour standard in the Emergency
Department and the work under way with partners to reduce delays in discharging patients.</p>
<p>The Chief Medical Officer reported that attendances at the Emergency Department had
risen by around 6% on the previous year, with the increase concentrated among older
patients with complex needs. In September, 76.2% of patients had been admitted, transferred
or discharged within four hours, against a national target of 78% by March 2026. The Trust
had opened a same day emergency care unit for frailty in August and planned to open 24
additional winter beds from December, staffed largely through its own bank rather than
agency nurses. The Director of Operations added that the Trust had agreed a joint winter
plan with the Integrated Care Board, the London Ambulance Service and the two local
authorities, which set out the escalation arrangements that would apply when the hospital
declared the highest level of operational pressure.</p>
<p>During the discussion, the following points were raised:</p>
<ol type="a" class="lettered">
<li>A Member asked how many City residents had been among the patients who waited more than
twelve hours in the Emergency Department. The Director of Operations advised that the Trust
did not routinely report performance by local authority of residence, but that City
residents accounted for fewer than 1% of attendances; she undertook to provide a breakdown
for the previous six months.</li>
<li>Members expressed concern that City workers, who made up the greater part of the
daytime population, were not reflected in the Trust's planning assumptions, which were
based on the resident population. The Chief Medical Officer acknowledged the point but
explained that the Trust's modelling used actual attendance data, which captured City
workers, rather than population forecasts; commuters tended to attend on weekdays and with
minor injuries, and were increasingly being directed to the urgent treatment centre at St
Aldric's.</li>
<li>A Member queried the reliance on winter beds, given that the Sub Committee had been told
in previous years that such beds were difficult to staff. The Chief Medical Officer stated
that 70% of the additional shifts had already been filled through the Trust's internal
bank, and that a recruitment campaign for healthcare support workers had resulted in 41
appointments since June.</li>
<li>In response to a question about delayed discharges, the Director of Operations said that
on an average day 38 patients who were medically fit to leave remained in the hospital's
beds, of whom typically one or two were City residents. The Executive Director of Community
and Children's Services added that the City's discharge to assess arrangements meant that
most City residents left hospital within 24 hours of being declared fit, and that the
Corporation funded a dedicated discharge coordinator based at the hospital.</li>
<li>A Member commented that hospital letters continued to be sent to the wrong address for
residents of the Middlemoor Estate, owing to a postcode error on the national patient
record, and that this had been raised at two previous meetings without being resolved.</li>
<li>Members sought assurance about the Trust's flu and COVID-19 vaccination programme for its
own staff, noting that uptake among frontline staff had fallen to 38% last winter. The Chief
Medical Officer confirmed that uptake so far this season stood at 29% and that peer
vaccinators were visiting wards at night and at weekends.</li>
</ol>
<p>The Chairman thanked the Trust's representatives for their attendance and for a candid
presentation.</p>
<p><strong>RESOLVED, that</strong> &ndash; the presentation be noted and the breakdown of
twelve-hour waits by place of residence be circulated to Members before the next meeting.</p>
<p class="back-to-top"><a href="#main-content">Back to top</a></p>

<h3 id="item-5">5. PRIMARY CARE ACCESS FOR CITY RESIDENTS</h3>
<p>Members received a report of the Head of Primary Care Commissioning, NHS North East Thames
Integrated Care Board (ICB), on access to general practice and community pharmacy for
residents of the City, following the decision to close the Saltgate branch surgery of the
Wardgate Medical Practice.</p>
<p>Alderman Sir Geoffrey Pennock joined the meeting at 11.42 am.</p>
<p>The Head of Primary Care Commissioning informed the Sub Committee that the Wardgate
Medical Practice, the only practice with premises in the City, remained the registered
practice for around 7,900 of the City's 8,400 residents, the remainder being registered with
practices in Eastbury and the neighbouring boroughs. The Saltgate branch would close on 31
January 2026 because the lease was ending and the landlord intended to redevelop the
building; the practice would continue to run a nurse-led clinic twice a week at the
Tenterbridge Community Centre, and home visits would be unaffected.</p>
<p>Members expressed strong concern about the loss of the branch surgery, which was the only
practice within walking distance for many older residents of the Middlemoor and
Tenterbridge estates. A Member asked what consultation had taken place with patients before
the closure had been agreed, and was advised that the practice had written to every
registered patient and held two drop-in sessions, and that the ICB had received 212
responses to its online survey, the main themes of which were set out at Appendix 2 to the
report. Another Member queried whether the ICB had considered purchasing or leasing
alternative premises, to which the Head of Primary Care Commissioning replied that a search
had been made but that commercial rents in the City were beyond the reach of the primary
care estates budget. A Member commented that the Corporation itself owned a number of vacant
ground floor units on its housing estates and asked officers to explore whether one of these
could be offered to the practice at a reduced rent; the Executive Director agreed to raise
this with the City Surveyor.</p>
<p>In response to a question about the waiting time for routine appointments, Dr Qadir
explained that the practice had moved to a total triage model, in which all requests were
made online or by telephone and assessed by a clinician on the same day; the median wait for
a routine appointment was now six working days. A Member observed that many older residents
did not use online services and that the telephone queue at 8.00 am remained a source of
frustration, and asked that the ICB provide figures on call answering times at the next
meeting.</p>
<p>With regard to community pharmacy, the report noted that two of the five pharmacies in
the City had reduced their opening hours since April and one, in Saltgate Street, had
closed. A Member asked whether the Pharmaceutical Needs Assessment had identified a gap in
provision. The Director of Public Health confirmed that the draft assessment, which was out
to consultation until 14 November 2025, had concluded that there was no gap in provision
during weekday working hours but had identified a potential gap on Sundays, and encouraged
Members and residents to respond to the consultation.</p>
<p><strong>RESOLVED, that</strong> &ndash; Members:</p>
<ol type="i" class="roman">
<li>note the report; and</li>
<li>ask the Executive Director of Community and Children's Services to report back to the
next meeting on the options for Corporation premises for the Wardgate Medical Practice.</li>
</ol>
<p class="back-to-top"><a href="#main-content">Back to top</a></p>

<h3 id="item-6">6. ADULT SOCIAL CARE &ndash; HOME CARE RECOMMISSIONING AND CARE QUALITY COMMISSION ASSESSMENT</h3>
<p>Members considered a report of the Executive Director of Community and Children's
Services which updated the Sub Committee on two matters: the recommissioning of home care
for City residents, the current contract for which expires on 31 March 2026, and the
Corporation's preparation for assessment by the Care Quality Commission (CQC) under the
local authority assurance framework.</p>
<p>The Head of Adult Social Care explained that the City supported around 70 residents with
home care at any one time, a number small enough to make the City an unattractive market for
larger providers. The current contract was held by a single provider. Following soft market
testing over the summer, officers proposed a joint procurement with the London Borough of
Eastbury for a framework of two lots, one of them reserved for providers able to guarantee
the London Living Wage and paid travel time. A report seeking approval to proceed would be
submitted to the Community and Children's Services Committee in December.</p>
<p>Members made the following comments and asked the following questions:</p>
<ul class="bullets">
<li>A Member asked whether a joint procurement with Eastbury risked City residents being
treated as a low priority by providers whose main business would be in Eastbury. Officers
responded that the contract would include service levels specific to the City, monitored by
the City's own commissioning team, and that the Corporation would retain the right to
purchase care outside the framework in an emergency.</li>
<li>Members welcomed the commitment to the London Living Wage but questioned whether the
hourly rate proposed, &pound;27.40, was sufficient to fund travel time and mileage in central
London. The Head of Adult Social Care said that the rate had been benchmarked against the
cost of care exercise and neighbouring authorities and was the highest paid in North East
Thames.</li>
<li>A Member asked whether the Corporation had considered bringing home care in-house, as
some London boroughs had begun to do. The Executive Director replied that an in-house service
had been costed as part of the options appraisal but was not considered viable for fewer than
80 clients, not least because of the cost of registration and the difficulty of recruiting a
registered manager. Deputy Christabel Morrow added that her Committee would wish to see the
full options appraisal in December.</li>
<li>A Member raised the position of residents who arranged and paid for their own care,
asking whether they would be able to benefit from the same rate. It was confirmed that
residents funding their own care could purchase it through the framework at the contracted
rate.</li>
<li>Concern was expressed that the report did not say how the views of people currently
receiving home care had been sought. The Assistant Director, Commissioning and
Partnerships, said that twelve people receiving care and five carers had been interviewed by
an independent facilitator, and that a summary would be appended to the December report.</li>
</ul>
<p>Turning to the CQC assessment, the Executive Director reported that the Corporation had
submitted its self-assessment in September and expected to be notified of an on-site visit
within the next six months. A Member asked how Members of the Sub Committee would be involved
in the assessment, and it was confirmed that the Chairman and Deputy Chairman were likely to
be interviewed by the assessment team and that a briefing session would be arranged for all
Members in November. The Deputy Chairman requested that the self-assessment be shared with
the Sub Committee in full rather than in summary, and the Executive Director agreed to
circulate it before the briefing session.</p>
<p>The Sub Committee noted the report and asked that its comments on the home care
recommissioning be reported to the Community and Children's Services Committee in
December.</p>
<p class="back-to-top"><a href="#main-content">Back to top</a></p>

<h3 id="item-7">7. PUBLIC HEALTH &ndash; DRUG AND ALCOHOL SERVICE AND HEALTHY CITY WORKPLACES</h3>
<p>Members received a report of the Director of Public Health, City and Eastbury, on the
performance of the City's drug and alcohol treatment service and the Healthy City Workplaces
programme.</p>
<p>The Director of Public Health reported that the treatment service, provided by a
voluntary sector organisation under a contract jointly commissioned with Eastbury, had 64
people in treatment who lived or slept rough in the City, the majority for alcohol, and had
exceeded its target for successful completions for the second year running. The Healthy City
Workplaces programme now had 118 employers signed up, covering some 140,000 workers, with a
focus this year on menopause support and on mental health in the financial services
sector.</p>
<p>A Member asked why the number of people in treatment for crack cocaine had more than
doubled since 2023. The Director of Public Health explained that this reflected both a real
rise in use among people sleeping rough and improved outreach by the service, working
alongside the police, and that the same pattern was seen across central London.</p>
<p>A Member noted that the contract for the service was due to be re-tendered in 2026 and
asked whether there was any prospect of the service being taken over by a private company,
as had happened in a neighbouring borough. The Director said that the procurement would be
open to all providers and that the decision would be made on quality and price, weighted
60:40 in favour of quality; she was not able to exclude any type of provider in advance.</p>
<p>Members commented on the importance of the workplace programme in a place where residents
were far outnumbered by workers, and one Member suggested that the programme should make
more of its links with the City's livery companies, many of which had charitable funds for
health.</p>
<p>In response to a question about the stop smoking offer, the Director confirmed that the
additional Government grant for stop smoking services had been used to extend the service to
City workers as well as residents, with 310 people setting a quit date since April.</p>
<p><strong>RESOLVED, that</strong> &ndash; the report be noted.</p>
<p class="back-to-top"><a href="#main-content">Back to top</a></p>

<h3 id="item-8">8. HEALTHWATCH WESTHYTHE &ndash; ANNUAL REPORT 2024/25</h3>
<p>Members received the annual report of Healthwatch Westhythe, which was introduced by its
Chief Executive. She highlighted the Enter and View visits carried out at St Aldric's
Hospital and at the two care homes in Eastbury used by most City residents, the survey of 400
residents on access to NHS dentistry, and the organisation's work with the patient
participation group of the Wardgate Medical Practice.</p>
<p>Revd Martin Oyelaran, having declared an interest, took no part in the discussion of this
item.</p>
<p>A Member asked what had changed as a result of the dentistry survey, and the Chief
Executive replied that the ICB had commissioned additional urgent dental sessions at the
Eastbury dental hub, although no new NHS dental practice had opened in the City. Another
Member noted that the findings of the Enter and View visits were largely positive, but that
families of residents in care homes outside the City continued to raise concerns about
visiting arrangements and the turnover of care staff; the Chief Executive said that
Healthwatch would share those comments with Healthwatch Eastbury, which had the statutory
remit for homes in its area.</p>
<p>Members noted the annual report and thanked Healthwatch Westhythe and its volunteers for
their work during the year.</p>
<p class="back-to-top"><a href="#main-content">Back to top</a></p>

<h3 id="item-9">9. WORK PROGRAMME</h3>
<p>The Sub Committee received its work programme for 2025/26.</p>
<p>A Member requested that an item on mental health support for people sleeping rough be
added, in the light of the discussion under Item 7. The Chairman agreed and asked the Clerk
to invite East Thames Mental Health NHS Foundation Trust to the March meeting.</p>
<p>It was noted that the joint meeting with the Eastbury Health in Eastbury Scrutiny
Commission on the ICB's proposals for stroke services would now take place in February 2026
rather than December.</p>
<p><strong>RESOLVED</strong> &ndash; That the work programme be agreed, subject to the
addition of the item set out above.</p>
<p class="back-to-top"><a href="#main-content">Back to top</a></p>

<h3 id="item-10">10. QUESTIONS ON MATTERS RELATING TO THE WORK OF THE SUB COMMITTEE</h3>
<p>A Member asked about the provision of public access defibrillators in City streets and
whether the Corporation kept a record of those installed by businesses. The Director of
Public Health advised that the national defibrillator network held the register used by the
ambulance service and that officers would circulate a map of the devices registered in the
City.</p>
<p class="back-to-top"><a href="#main-content">Back to top</a></p>

<h3 id="item-11">11. ANY OTHER BUSINESS THAT THE CHAIRMAN CONSIDERS URGENT</h3>
<p>The Chairman informed Members that this would be the last meeting supported by Serena
Hollingdrake, who was leaving the Town Clerk's Department after eleven years, and thanked
her on behalf of the Sub Committee.</p>
<p>The Chairman reminded Members that the next meeting would be held on Tuesday, 20 January
2026 at 11.00 am.</p>
<p class="back-to-top"><a href="#main-content">Back to top</a></p>

<h3 id="item-12">12. EXCLUSION OF THE PUBLIC</h3>
<p><strong>RESOLVED</strong> &ndash; That under Section 100(A) of the Local Government Act
1972, the public be excluded from the meeting for the following items on the grounds that
they involve the likely disclosure of exempt information as defined in Part I of Schedule 12A
of the Local Government Act.</p>
<table class="exempt-items">
<thead><tr><th>Item No.</th><th>Paragraph(s) in Schedule 12A</th></tr></thead>
<tbody>
<tr><td>13 - 14</td><td>1, 2 &amp; 3</td></tr>
</tbody>
</table>
<p><em>The non-public minutes of the meeting are not published.</em></p>
<p>&nbsp;</p>
<p>The meeting ended at 1.04 pm</p>
<p>&nbsp;</p>
<p>-------------------<br>
Chairman</p>
<p>&nbsp;</p>
<p><strong>Contact Officer: Serena Hollingdrake</strong><br>
tel. no.: 020 7946 0382<br>
<a href="mailto:serena.hollingdrake@westhythe.gov.uk">serena.hollingdrake@westhythe.gov.uk</a></p>
</div>
</article>
</div>
<aside class="layout__sidebar" role="complementary">
  <div class="sidebar-block meeting-details">
    <h2 class="sidebar-block__title">Meeting details</h2>
    <dl>
      <dt>Date</dt><dd>Tuesday 21 October 2025</dd>
      <dt>Time</dt><dd>11am</dd>
      <dt>Venue</dt><dd>Committee Room 2, Guildhall</dd>
      <dt>Committee</dt><dd><a href="/about-us/committees/health-and-social-care-scrutiny-sub-committee">Health and Social Care Scrutiny Sub Committee</a></dd>
    </dl>
  </div>
  <div class="sidebar-block" id="related-documents">
    <h2 class="sidebar-block__title">Related documents</h2>
    <ul class="file-list">
      <li><a href="/media/8841/download">Agenda frontsheet, 21 October 2025 (PDF, 214KB)</a></li>
      <li><a href="/media/8842/download">Public reports pack, 21 October 2025 (PDF, 6.1MB)</a></li>
      <li><a href="/media/8957/download">Printed minutes, 21 October 2025 (PDF, 188KB)</a></li>
      <li><a href="/media/8843/download">Presentation: Eastbury University Hospital winter plan (PDF, 2.3MB)</a></li>
    </ul>
  </div>
  <div class="sidebar-block">
    <h2 class="sidebar-block__title">Watch the meeting</h2>
    <p><a href="https://www.youtube.com/watch?v=wh21oct25hsc">Recording of the meeting on YouTube</a> (available for 12 months)</p>
  </div>
  <div class="sidebar-block">
    <h2 class="sidebar-block__title">More in this section</h2>
    <ul>
      <li><a href="/about-us/committees/health-and-social-care-scrutiny-sub-committee/minutes-15-july-2025">Minutes: 15 July 2025</a></li>
      <li><a href="/about-us/committees/health-and-social-care-scrutiny-sub-committee/minutes-29-april-2025">Minutes: 29 April 2025</a></li>
      <li><a href="/about-us/committees/health-and-social-care-scrutiny-sub-committee/membership">Membership and terms of reference</a></li>
    </ul>
  </div>
</aside>
</main>
"""


def minutes_html() -> str:
    head = SITE_HEAD.format(
        title="Health and Social Care Scrutiny Sub Committee - minutes, 21 October 2025",
        description="Public minutes of the Health and Social Care Scrutiny Sub Committee "
                    "meeting held on 21 October 2025.",
        path=MINUTES_PATH, node_type="committee-minutes")
    return head + MINUTES_MAIN + SITE_FOOT.format(path=MINUTES_PATH)


# --------------------------------------------------------------------------------------
# The page that is not minutes: a "your questions answered" page on care charging
# --------------------------------------------------------------------------------------

FAQ_PATH = "/services/adult-social-care/paying-for-care/charging-consultation-questions-answered"

FAQ_MAIN = """<div class="breadcrumb-wrapper">
  <nav class="breadcrumb" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/services">Services</a></li>
      <li><a href="/services/adult-social-care">Adult social care</a></li>
      <li><a href="/services/adult-social-care/paying-for-care">Paying for care</a></li>
      <li>Charging consultation: your questions answered</li>
    </ol>
  </nav>
</div>
<main id="main-content" class="layout layout--sidebar-right" role="main">
<div class="layout__content">
<article class="node node--type-page node--view-mode-full">
<h1 class="page-title"><span>Changes to charging for care at home: your questions answered</span></h1>
<div class="node__meta">
  <p class="meta-item"><span class="label">Last updated:</span> 3 November 2025</p>
</div>
<div class="field field--name-body field--type-text-with-summary">
<p class="lead">We are asking residents what they think about proposed changes to the way we
work out what people pay towards care and support at home. On this page we answer the
questions we have been asked most often at our drop-in sessions and by telephone.</p>
<p>The consultation runs from 6 October to 1 December 2025. You can
<a href="https://consult.westhythe.gov.uk/asc-charging-2025">take part online</a>, ask for a
paper copy or an easy read version, or come to one of our drop-in sessions.</p>

<div class="accordion" data-accordion>
<h2 class="accordion__heading"><button type="button" aria-expanded="false" aria-controls="faq-1">What are you proposing to change?</button></h2>
<div id="faq-1" class="accordion__panel" hidden>
<p>We are proposing three changes to our charging policy for care and support provided in
your own home, at day centres and through direct payments:</p>
<ul>
<li>to take into account the higher rate of Attendance Allowance, Disability Living
Allowance (care component) and Personal Independence Payment (daily living) when we work
out your charge, even if you receive care only during the day;</li>
<li>to introduce a flat annual fee of &pound;95 for arranging care for people who have more
than &pound;23,250 in savings and ask us to arrange their care; and</li>
<li>to review disability-related expenditure every year rather than only when your care
changes.</li>
</ul>
<p>We are not proposing to change the amount of your income that we always leave you with
(the minimum income guarantee), which is set by the Government.</p>
</div>

<h2 class="accordion__heading"><button type="button" aria-expanded="false" aria-controls="faq-2">Why are you proposing these changes?</button></h2>
<div id="faq-2" class="accordion__panel" hidden>
<p>Most councils in London already take these benefits into account. The cost of providing
care at home has risen by more than a fifth in three years, largely because we pay care
workers the London Living Wage and pay for their travel time. The changes would raise around
&pound;140,000 a year, which would be spent on care and support services.</p>
</div>

<h2 class="accordion__heading"><button type="button" aria-expanded="false" aria-controls="faq-3">Will I pay more?</button></h2>
<div id="faq-3" class="accordion__panel" hidden>
<p>About 30 of the 95 people who currently pay towards their care at home would pay more. The
average increase would be &pound;18 a week. Around 60 people would see no change because
they already pay the full cost of their care or pay nothing. Nobody would be asked to pay
more than the actual cost of their care.</p>
<p>If you would like to know how the proposals might affect you, please call the Financial
Assessment Team on 020 7946 0455.</p>
</div>

<h2 class="accordion__heading"><button type="button" aria-expanded="false" aria-controls="faq-4">What is disability-related expenditure?</button></h2>
<div id="faq-4" class="accordion__panel" hidden>
<p>These are extra costs you have because of your illness or disability, such as extra
heating, laundry, special diets or a community alarm. We take them off your income before we
work out your charge. If you think we have missed any costs, you can ask us to look again at
any time.</p>
</div>

<h2 class="accordion__heading"><button type="button" aria-expanded="false" aria-controls="faq-5">When would the changes start?</button></h2>
<div id="faq-5" class="accordion__panel" hidden>
<p>No decision has been made. After the consultation closes we will report what people told
us to the Community and Children's Services Committee, which is expected to decide in
February 2026. If the changes are agreed they would start no earlier than 6 April 2026, and
we would write to everyone affected at least four weeks before.</p>
</div>

<h2 class="accordion__heading"><button type="button" aria-expanded="false" aria-controls="faq-6">Can I get help to take part?</button></h2>
<div id="faq-6" class="accordion__panel" hidden>
<p>Yes. Staff from the Westhythe Advice Service can help you fill in the questionnaire or
explain the proposals. Carers can respond on behalf of the person they care for. We can also
arrange an interpreter or a British Sign Language video call.</p>
</div>

<h2 class="accordion__heading"><button type="button" aria-expanded="false" aria-controls="faq-7">Where are the drop-in sessions?</button></h2>
<div id="faq-7" class="accordion__panel" hidden>
<table class="table table--striped">
<caption>Drop-in sessions</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Time</th><th scope="col">Place</th></tr></thead>
<tbody>
<tr><td>Thursday 23 October 2025</td><td>2pm to 4pm</td><td>Tenterbridge Community Centre</td></tr>
<tr><td>Wednesday 5 November 2025</td><td>10am to 12 noon</td><td>Middlemoor Estate Community Room</td></tr>
<tr><td>Tuesday 18 November 2025</td><td>5.30pm to 7pm</td><td>Saltgate Library</td></tr>
</tbody>
</table>
</div>
</div>

<h2>Contact us</h2>
<p>Adult Social Care<br>
Community and Children's Services<br>
Telephone: 020 7946 0400<br>
Email: <a href="mailto:ascconsultation@westhythe.gov.uk">ascconsultation@westhythe.gov.uk</a></p>
</div>
</article>
</div>
<aside class="layout__sidebar" role="complementary">
  <div class="sidebar-block">
    <h2 class="sidebar-block__title">Related pages</h2>
    <ul>
      <li><a href="/services/adult-social-care/paying-for-care">Paying for care</a></li>
      <li><a href="/services/adult-social-care/paying-for-care/financial-assessments">Financial assessments</a></li>
      <li><a href="/services/adult-social-care/direct-payments">Direct payments</a></li>
    </ul>
  </div>
  <div class="sidebar-block">
    <h2 class="sidebar-block__title">Documents</h2>
    <ul class="file-list">
      <li><a href="/media/8790/download">Consultation document (PDF, 540KB)</a></li>
      <li><a href="/media/8791/download">Easy read consultation document (PDF, 1.2MB)</a></li>
      <li><a href="/media/8792/download">Equality analysis (PDF, 310KB)</a></li>
    </ul>
  </div>
</aside>
</main>
"""


def faq_html() -> str:
    head = SITE_HEAD.format(
        title="Changes to charging for care at home: your questions answered",
        description="Answers to common questions about our consultation on charging for "
                    "care and support at home.",
        path=FAQ_PATH, node_type="page")
    return head + FAQ_MAIN + SITE_FOOT.format(path=FAQ_PATH)


# --------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------

def q(item, kind, text, answer, asked_by=None, given_by=None, themes=()):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": list(themes)}


def r(item, text, outcome, themes=()):
    return {"item": item, "text": text, "outcome": outcome, "themes": list(themes)}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-10-21",
    "items": [
        {"number": "1", "title": "APOLOGIES"},
        {"number": "2", "title": "MEMBERS' DECLARATIONS UNDER THE CODE OF CONDUCT IN RESPECT OF ITEMS ON THE AGENDA"},
        {"number": "3", "title": "MINUTES"},
        {"number": "4", "title": "EASTBURY UNIVERSITY HOSPITAL NHS FOUNDATION TRUST – WINTER PLANNING AND URGENT AND EMERGENCY CARE"},
        {"number": "5", "title": "PRIMARY CARE ACCESS FOR CITY RESIDENTS"},
        {"number": "6", "title": "ADULT SOCIAL CARE – HOME CARE RECOMMISSIONING AND CARE QUALITY COMMISSION ASSESSMENT"},
        {"number": "7", "title": "PUBLIC HEALTH – DRUG AND ALCOHOL SERVICE AND HEALTHY CITY WORKPLACES"},
        {"number": "8", "title": "HEALTHWATCH WESTHYTHE – ANNUAL REPORT 2024/25"},
        {"number": "9", "title": "WORK PROGRAMME"},
        {"number": "10", "title": "QUESTIONS ON MATTERS RELATING TO THE WORK OF THE SUB COMMITTEE"},
        {"number": "11", "title": "ANY OTHER BUSINESS THAT THE CHAIRMAN CONSIDERS URGENT"},
        {"number": "12", "title": "EXCLUSION OF THE PUBLIC"},
    ],
    "questions": [
        # 3 Minutes - matters arising
        q("3", "question",
          "the written information on waiting times for blood test appointments",
          "had been received from the Trust that morning and would be sent",
          None, "The Clerk", []),
        # 4 Eastbury University Hospital
        q("4", "question",
          "how many City residents had been among the patients who waited more than",
          "the Trust did not routinely report performance by local authority of residence",
          None, "The Director of Operations", []),
        q("4", "concern",
          "Members expressed concern that City workers, who made up the greater part",
          "the Trust's modelling used actual attendance data, which captured City workers",
          None, "The Chief Medical Officer", []),
        q("4", "question",
          "A Member queried the reliance on winter beds",
          "70% of the additional shifts had already been filled through the Trust's internal bank",
          None, "The Chief Medical Officer", ["workforce"]),
        q("4", "question",
          "In response to a question about delayed discharges",
          "on an average day 38 patients who were medically fit to leave",
          None, "the Director of Operations", ["adult-social-care", "integration"]),
        q("4", "comment",
          "hospital letters continued to be sent to the wrong address for residents",
          None, None, None, []),
        q("4", "question",
          "Members sought assurance about the Trust's flu and COVID-19 vaccination programme",
          "uptake so far this season stood at 29% and that peer vaccinators",
          None, "The Chief Medical Officer", ["public-health", "workforce"]),
        # 5 Primary care
        q("5", "concern",
          "Members expressed strong concern about the loss of the branch surgery",
          None, None, None, ["primary-care"]),
        q("5", "question",
          "A Member asked what consultation had taken place with patients before the closure",
          "the practice had written to every registered patient and held two drop-in sessions",
          None, None, ["primary-care", "patient-and-public-input"]),
        q("5", "question",
          "queried whether the ICB had considered purchasing or leasing alternative premises",
          "commercial rents in the City were beyond the reach of the primary care estates budget",
          None, "the Head of Primary Care Commissioning", ["primary-care", "finance"]),
        q("5", "request",
          "asked officers to explore whether one of these could be offered to the practice",
          "the Executive Director agreed to raise this with the City Surveyor",
          None, "the Executive Director", ["primary-care"]),
        q("5", "question",
          "In response to a question about the waiting time for routine appointments",
          "the median wait for a routine appointment was now six working days",
          None, "Dr Qadir", ["primary-care"]),
        q("5", "request",
          "asked that the ICB provide figures on call answering times at the next meeting",
          None, None, None, ["primary-care"]),
        q("5", "question",
          "A Member asked whether the Pharmaceutical Needs Assessment had identified a gap",
          "had concluded that there was no gap in provision during weekday working hours",
          None, "The Director of Public Health", ["primary-care"]),
        # 6 Adult social care
        q("6", "question",
          "risked City residents being treated as a low priority by providers",
          "the contract would include service levels specific to the City",
          None, "Officers", ["subcontracting", "adult-social-care"]),
        q("6", "question",
          "was sufficient to fund travel time and mileage in central London",
          "the rate had been benchmarked against the cost of care exercise",
          None, "The Head of Adult Social Care", ["finance", "workforce", "adult-social-care"]),
        q("6", "question",
          "asked whether the Corporation had considered bringing home care in-house",
          "was not considered viable for fewer than 80 clients",
          None, "The Executive Director", ["privatisation", "adult-social-care"]),
        q("6", "question",
          "raised the position of residents who arranged and paid for their own care",
          "residents funding their own care could purchase it through the framework",
          None, None, ["adult-social-care", "finance"]),
        q("6", "concern",
          "Concern was expressed that the report did not say how the views of people",
          "twelve people receiving care and five carers had been interviewed by an independent facilitator",
          None, "The Assistant Director, Commissioning and Partnerships",
          ["patient-and-public-input", "adult-social-care"]),
        q("6", "question",
          "asked how Members of the Sub Committee would be involved in the assessment",
          "the Chairman and Deputy Chairman were likely to be interviewed by the assessment team",
          None, None, ["governance", "adult-social-care"]),
        q("6", "request",
          "requested that the self-assessment be shared with the Sub Committee in full",
          "the Executive Director agreed to circulate it before the briefing session",
          "The Deputy Chairman", "the Executive Director", ["governance", "adult-social-care"]),
        # 7 Public health
        q("7", "question",
          "asked why the number of people in treatment for crack cocaine had more than doubled",
          "this reflected both a real rise in use among people sleeping rough",
          None, "The Director of Public Health", ["public-health"]),
        q("7", "question",
          "any prospect of the service being taken over by a private company",
          "the procurement would be open to all providers and that the decision",
          None, "The Director", ["privatisation", "subcontracting", "public-health"]),
        q("7", "comment",
          "should make more of its links with the City's livery companies",
          None, None, None, ["public-health"]),
        q("7", "question",
          "In response to a question about the stop smoking offer",
          "had been used to extend the service to City workers as well as residents",
          None, "the Director", ["public-health", "finance"]),
        # 8 Healthwatch
        q("8", "question",
          "A Member asked what had changed as a result of the dentistry survey",
          "the ICB had commissioned additional urgent dental sessions at the Eastbury dental hub",
          None, "the Chief Executive", ["primary-care", "patient-and-public-input"]),
        q("8", "concern",
          "families of residents in care homes outside the City continued to raise concerns",
          "Healthwatch would share those comments with Healthwatch Eastbury",
          None, "the Chief Executive", ["adult-social-care", "workforce", "patient-and-public-input"]),
        # 9 Work programme
        q("9", "request",
          "requested that an item on mental health support for people sleeping rough be added",
          "asked the Clerk to invite East Thames Mental Health NHS Foundation Trust",
          None, "The Chairman", ["mental-health", "housing"]),
        # 10 Questions
        q("10", "question",
          "asked about the provision of public access defibrillators in City streets",
          "officers would circulate a map of the devices registered in the City",
          None, "The Director of Public Health", []),
    ],
    "resolutions": [
        r("3", "the public minutes and non-public summary of the meeting held on 15 July 2025",
          "agreed"),
        r("4", "the presentation be noted and the breakdown of twelve-hour waits", "agreed"),
        r("5", "report back to the next meeting on the options for Corporation premises",
          "agreed", ["primary-care"]),
        r("6", "The Sub Committee noted the report and asked that its comments",
          "agreed", ["adult-social-care", "subcontracting"]),
        r("7", "RESOLVED, that – the report be noted.", "noted", ["public-health"]),
        r("8", "Members noted the annual report and thanked Healthwatch Westhythe", "noted",
          ["patient-and-public-input"]),
        r("9", "That the work programme be agreed, subject to the addition of the item",
          "agreed"),
        r("12", "the public be excluded from the meeting for the following items", "agreed",
          ["governance"]),
    ],
    "attendees": [
        a("Deputy Marianne Threlfall", "Chairman", "present"),
        a("Deputy Oliver Rathbone-Kaye", "Deputy Chairman", "present"),
        a("Deputy Timothy Clerihew CBE", None, "present"),
        a("Anjali Deshmukh-Ross", None, "present"),
        a("Alderman Dr Rosalind Ebbutt", None, "present"),
        a("Revd Martin Oyelaran", None, "present"),
        a("Alderman Sir Geoffrey Pennock", None, "present"),
        a("Helena Strachan-Moyo", None, "present"),
        a("Deputy Christabel Morrow", "Chairman, Community and Children's Services Committee",
          "in_attendance"),
        a("Serena Hollingdrake", "Town Clerk's Department", "in_attendance"),
        a("Amaka Lindqvist", "Town Clerk's Department", "in_attendance"),
        a("Damian Alcott", "Executive Director, Community and Children's Services",
          "in_attendance"),
        a("Rukhsana Begum-Tate", "Assistant Director, Commissioning and Partnerships",
          "in_attendance"),
        a("Conor Whitlam", "Head of Adult Social Care", "in_attendance"),
        a("Dr Fenella Okafor", "Director of Public Health, City and Eastbury", "in_attendance"),
        a("Kieran Ashworth-Lamb", "Chamberlain's Department", "in_attendance"),
        a("Dr Hugo Brannigan",
          "Chief Medical Officer, Eastbury University Hospital NHS Foundation Trust",
          "in_attendance"),
        a("Tessa Morland",
          "Director of Operations, Eastbury University Hospital NHS Foundation Trust",
          "in_attendance"),
        a("Lorna Pettifer",
          "Head of Primary Care Commissioning, NHS North East Thames Integrated Care Board",
          "in_attendance"),
        a("Dr Imran Qadir", "Clinical Director, Westhythe Primary Care Network", "in_attendance"),
        a("Beatrix Onwuachi", "Chief Executive, Healthwatch Westhythe", "in_attendance"),
        a("Deputy Gwendolen Fairclough", None, "apologies"),
        a("Jasper Mallinder", None, "apologies"),
    ],
}

FAQ_GOLD = {"document": FAQ_NAME, "doc_type": "other"}


# --------------------------------------------------------------------------------------
# Build and check
# --------------------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(minutes_html(), encoding="utf-8", newline="\n")
    (DOCS / FAQ_NAME).write_text(faq_html(), encoding="utf-8", newline="\n")
    for gold in (MINUTES_GOLD, FAQ_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8",
            newline="\n")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / FAQ_NAME}\nwrote gold files in {GOLD}")


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


def normalise(text: str, space: bool = False) -> str:
    """Lower-case, drop punctuation (or turn it into spaces), collapse white space."""
    text = text.lower()
    text = "".join((" " if space else "") if _is_punct(ch) else ch for ch in text)
    return re.sub(r"\s+", " ", text).strip()


def document_text(path: Path) -> str:
    from bs4 import BeautifulSoup
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text()


def check() -> int:
    problems = 0
    for gold_file in sorted(GOLD.glob("ht-*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            problems += 1
            continue
        if gold["doc_type"] != "minutes":
            extra = set(gold) - {"document", "doc_type"}
            if extra:
                print(f"{gold_file.name}: non-minutes gold has extra keys {sorted(extra)}")
                problems += 1
            continue
        raw = document_text(doc)
        texts = {False: normalise(raw), True: normalise(raw, space=True)}
        phrases = []
        for row in gold["questions"]:
            phrases.append(("question", row["item"], row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["item"], row["answer"]))
        for row in gold["resolutions"]:
            phrases.append(("resolution", row["item"], row["text"]))
        for kind, item, phrase in phrases:
            words = len(normalise(phrase, space=True).split())
            if not 6 <= words <= 15:
                print(f"{gold_file.name} item {item} {kind}: {words} words: {phrase!r}")
                problems += 1
            for space, text in texts.items():
                n = text.count(normalise(phrase, space))
                if n != 1:
                    how = "punctuation as space" if space else "punctuation removed"
                    print(f"{gold_file.name} item {item} {kind}: found {n} times "
                          f"({how}): {phrase!r}")
                    problems += 1
        themes = _theme_slugs()
        for row in gold["questions"] + gold["resolutions"]:
            for t in row["themes"]:
                if themes and t not in themes:
                    print(f"{gold_file.name}: unknown theme {t!r}")
                    problems += 1
        print(f"{gold_file.name}: {len(phrases)} phrases checked")
    print("OK" if not problems else f"{problems} problem(s)")
    return 1 if problems else 0


def _theme_slugs() -> set[str]:
    path = HERE.parents[1] / "minutes" / "themes.yml"
    if not path.exists():
        return set()
    return {m.group(1) for m in re.finditer(r"^([a-z][a-z-]+):\s*$", path.read_text(), re.M)}


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
