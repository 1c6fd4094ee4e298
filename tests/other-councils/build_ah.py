#!/usr/bin/env python3
"""Build the "ah-" documents of the other-councils evaluation set and their gold annotations.

    python build_ah.py           # build documents and gold
    python build_ah.py --check   # verify gold phrases against the documents

Everything is invented. Deterministic: fixed dates, no randomness.
"""
import datetime
import json
import re
import sys
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

# ---------------------------------------------------------------------------
# Document 1: London Borough of Brenthorne, Health Scrutiny Panel, 18 November
# 2025. Umbraco-style council web page, minutes in the page body.
# ---------------------------------------------------------------------------

DOC1_NAME = "ah-brenthorne-health-scrutiny-panel-2025-11-18.html"

DOC1_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Health Scrutiny Panel minutes - 18 November 2025 | London Borough of Brenthorne</title>
<meta name="description" content="Minutes of the Health Scrutiny Panel meeting held on Tuesday 18 November 2025.">
<link rel="canonical" href="https://www.brenthorne.gov.uk/council-and-democracy/committees/health-scrutiny-panel/minutes-18-november-2025">
<link rel="stylesheet" href="/css/main.min.css?v=4.12.0">
<script src="/App_Plugins/CookieConsent/cookieconsent.js" defer></script>
</head>
<body class="page-template--content-page node-24817">
<a class="skip-link" href="#main-content">Skip to main content</a>
<div id="cookie-banner" class="cookie-banner" hidden>
  <p>We use cookies to make this website work and to understand how you use it.</p>
  <button type="button" class="btn btn--primary">Accept analytics cookies</button>
  <button type="button" class="btn btn--secondary">Reject analytics cookies</button>
</div>
<header class="site-header">
  <div class="container">
    <a class="site-header__logo" href="/"><img src="/media/1xqjw2nd/brenthorne-logo.svg" alt="London Borough of Brenthorne homepage"></a>
    <nav class="site-header__nav" aria-label="Main">
      <ul>
        <li><a href="/bins-and-recycling">Bins and recycling</a></li>
        <li><a href="/council-tax">Council Tax</a></li>
        <li><a href="/housing">Housing</a></li>
        <li><a href="/parking">Parking</a></li>
        <li><a href="/council-and-democracy">Council and democracy</a></li>
      </ul>
    </nav>
    <form class="site-search" action="/search" method="get"><label for="q">Search this site</label><input id="q" name="q" type="search"><button type="submit">Search</button></form>
  </div>
</header>
<nav class="breadcrumb container" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/council-and-democracy">Council and democracy</a></li>
    <li><a href="/council-and-democracy/committees">Committees</a></li>
    <li><a href="/council-and-democracy/committees/health-scrutiny-panel">Health Scrutiny Panel</a></li>
    <li aria-current="page">Minutes - 18 November 2025</li>
  </ol>
</nav>
<main id="main-content" class="container">
<div class="umb-block-grid" data-grid-columns="12">
<div class="umb-block-grid__layout-item" data-content-element-type-alias="pageTitle">
  <h1 class="page-title">Health Scrutiny Panel - minutes, Tuesday 18 November 2025</h1>
  <p class="page-meta">Last updated: 26 November 2025</p>
</div>
<div class="umb-block-grid__layout-item" data-content-element-type-alias="richTextBlock">
<div class="rte">
<p class="lead">Minutes of the meeting of the Health Scrutiny Panel held at 7.00pm on Tuesday 18 November 2025 in Committee Room 1, Brenthorne Town Hall, Station Parade, London. These minutes were agreed by the Panel on 20 January 2026 and are subject to any corrections made at that meeting.</p>
<div class="callout callout--info">
<p>You can <a href="https://www.youtube.com/@BrenthorneCouncil/streams">watch the recording of this meeting</a> on the council's YouTube channel. The <a href="/media/4f2k1abc/health-scrutiny-panel-agenda-18-november-2025.pdf">agenda and reports pack (PDF, 3.1MB)</a> is also available.</p>
</div>

<h2>Attendance</h2>
<p><strong>Panel members present:</strong> Councillor Ayesha Rahman (Chair), Councillor Tom Whitlock (Vice-Chair), Councillor Grace Adeyemi, Councillor Niall Brennan, Councillor Priya Chauhan, Councillor Sandra Lowe and Councillor Marek Nowak (substituting for Councillor Helen Frost)</p>
<p><strong>Co-opted member (non-voting):</strong> Dr Femi Oduya (Healthwatch Brenthorne)</p>
<p><strong>Also present:</strong> Councillor Joanne Pike, Cabinet Member for Adult Social Care and Health</p>
<p><strong>Council officers:</strong> Lorna Castellano (Corporate Director of Adults, Health and Wellbeing), Dr Raj Mistry (Director of Public Health), Simon Ferrier (Head of Commissioning and Market Management, Adult Social Care) and Kate Lindqvist (Scrutiny and Democratic Services Officer)</p>
<p><strong>NHS partners:</strong> Angela Brook (Chief Operating Officer, Brenthorne and Kilby Hospitals NHS Trust), Dr Imran Qureshi (Medical Director, Brenthorne and Kilby Hospitals NHS Trust) and Sarah Penhaligon (Borough Director for Brenthorne, NHS North Central Thames Integrated Care Board)</p>
<p><strong>Apologies:</strong> Councillor Helen Frost and Councillor David Osei</p>

<h2>Minutes</h2>

<div class="minute-item" id="item-1">
<h3 class="minute-item__title"><span class="minute-item__number">1</span> Apologies for absence and substitutions</h3>
<p>Apologies for absence were received from Councillor Helen Frost, for whom Councillor Marek Nowak attended as substitute, and from Councillor David Osei.</p>
</div>

<div class="minute-item" id="item-2">
<h3 class="minute-item__title"><span class="minute-item__number">2</span> Declarations of interest</h3>
<p>Councillor Priya Chauhan declared a non-pecuniary interest in item 4 as she is employed as a physiotherapist by a neighbouring NHS trust. Dr Femi Oduya declared that Healthwatch Brenthorne receives grant funding from the Council. Neither considered that the interest required them to leave the meeting.</p>
</div>

<div class="minute-item" id="item-3">
<h3 class="minute-item__title"><span class="minute-item__number">3</span> Minutes of the previous meeting</h3>
<p>The Panel considered the minutes of its meeting held on 16 September 2025. The Scrutiny and Democratic Services Officer confirmed that the written response from the Integrated Care Board on the Kilby Health Centre pharmacy had been circulated to members on 3 October 2025 and that all other actions from that meeting were complete.</p>
<div class="decisions">
<h4>Decisions</h4>
<ol>
<li>That the minutes of the meeting held on 16 September 2025 be agreed as an accurate record and signed by the Chair.</li>
</ol>
</div>
</div>

<div class="minute-item" id="item-4">
<h3 class="minute-item__title"><span class="minute-item__number">4</span> Brenthorne and Kilby Hospitals NHS Trust: winter plan and urgent and emergency care performance</h3>
<p>Angela Brook, Chief Operating Officer, introduced the report, which set out the Trust's plan for winter 2025/26. The emergency department at Brenthorne General Hospital had achieved four-hour performance of 71.4% in October against a national target of 78% by March 2026. The Trust planned to open 28 escalation beds from 1 December, had extended the same day emergency care unit to 10pm on weekdays and was working with the London Ambulance Service to reduce handover delays, which had averaged 41 minutes in October.</p>
<p>Councillor Brennan raised the number of patients who had waited more than 12 hours in the emergency department from the decision to admit, which had been 1,180 in October, and asked what was being done to end corridor care. The Chief Operating Officer responded that corridor care was never acceptable and that the Trust had opened a 16-trolley temporary escalation space with dedicated nursing staff, so that patients were no longer held in the main corridor. She accepted that this was a mitigation rather than a solution and said the real answer lay in improving flow out of the hospital.</p>
<p>Councillor Adeyemi raised concerns about delayed discharges, noting that on an average day 94 patients who were medically fit to leave remained in the Trust's beds, and asked how many of them were Brenthorne residents. The Corporate Director responded that 31 were Brenthorne residents on the most recent weekly snapshot. The Council's discharge to assess team now worked seven days a week and the aim was to bring the figure below 20 by the end of January; the main cause of delay was now the availability of nursing home placements for people with complex dementia rather than home care.</p>
<p>Dr Oduya raised the findings of Healthwatch Brenthorne's enter and view visit to the emergency department in September, where several patients had said they were not offered food or water during waits of more than eight hours. The Medical Director responded that the Trust had accepted all of Healthwatch's recommendations, that hydration and nutrition rounds every two hours had been introduced in October and that volunteers from the League of Friends were now helping with these rounds in the evenings.</p>
<p>Councillor Lowe asked whether the escalation beds would be staffed by agency nurses and what the winter plan would cost. The Chief Operating Officer responded that the beds would be staffed mainly through the Trust's internal staff bank, with agency use limited to specialist roles; the full-year cost of the winter escalation was estimated at &pound;3.2m, of which &pound;1.9m was funded by the Integrated Care Board and the balance by the Trust.</p>
<p>Councillor Nowak asked about the take-up of flu vaccination among the Trust's own staff. The Medical Director said that uptake among frontline staff stood at 38 per cent, lower than at the same point last year, and that peer vaccinators were now visiting every ward at night and at weekends.</p>
<div class="decisions">
<h4>Decisions</h4>
<ol>
<li>To note the Trust's winter plan for 2025/26 and the current position on urgent and emergency care performance.</li>
<li>To request that the Trust provide monthly figures for 12-hour waits in the emergency department, broken down by age band, until March 2026.</li>
</ol>
</div>
</div>

<div class="minute-item" id="item-5">
<h3 class="minute-item__title"><span class="minute-item__number">5</span> Adult community health services: transfer of the contract to NHS provision</h3>
<p>Sarah Penhaligon, Borough Director for Brenthorne at the Integrated Care Board, introduced the report. Adult community health services in the borough, including district nursing, community rehabilitation, tissue viability and podiatry, had been provided since 2019 by Kestrel Community Health Ltd under a seven-year contract. Kestrel had given notice in June that it would not seek a further term, and the Integrated Care Board proposed to award the services directly to Brenthorne and Kilby Hospitals NHS Trust from 1 April 2026 under the Provider Selection Regime.</p>
<p>Councillor Whitlock raised the Panel's long-standing concerns about the performance of the contract and asked what financial penalties had been applied to the private provider. The Borough Director responded that service credits totalling &pound;412,000 had been applied over the life of the contract, mainly for missed two-hour urgent response times in district nursing, and that a contract performance notice issued in 2023 had been closed after an improvement plan was delivered.</p>
<p>Councillor Chauhan asked whether the 340 staff transferring under TUPE would keep their current terms and conditions and whether they would be able to join the NHS Pension Scheme. The Borough Director responded that staff would transfer on their existing terms, that the Trust had committed to offering Agenda for Change contracts to all transferring staff within twelve months, and that access to the NHS Pension Scheme would be available from the date of transfer.</p>
<p>Councillor Lowe questioned whether a direct award without any competition could demonstrate value for money to residents. The Borough Director responded that the Provider Selection Regime permitted a direct award where the existing or most suitable provider was clearly identifiable; the ICB had assessed the Trust against the key criteria, and the decision would be published with a standstill period during which other providers could make representations.</p>
<p>Dr Oduya requested that patients and carers be involved in designing the service model for after the transfer, particularly for housebound patients who relied on district nurses. The Borough Director agreed and said that Healthwatch would be invited to co-chair a patient and carer reference group from January.</p>
<p>Councillor Brennan asked whether any part of the service would be subcontracted back to private companies once the transfer had taken place. The Chief Operating Officer responded that the Trust had no plans to subcontract any of the clinical services, although the supply of wound-care products would continue to be handled by an external distributor.</p>
<div class="decisions">
<h4>Decisions</h4>
<ol>
<li>To welcome the return of adult community health services to NHS provision from 1 April 2026.</li>
<li>To recommend to the Integrated Care Board that a patient and carer reference group be established before the transfer and that a report on the first six months of the new service be brought to the Panel in autumn 2026.</li>
</ol>
</div>
</div>

<div class="minute-item" id="item-6">
<h3 class="minute-item__title"><span class="minute-item__number">6</span> Recommissioning of the integrated sexual health service</h3>
<p>Dr Raj Mistry, Director of Public Health, introduced the report on the proposed recommissioning of the integrated sexual health service, which the Council commissions jointly with two neighbouring boroughs. The current contract expires on 31 March 2027. The proposed model would keep a main clinic at Brenthorne Central Health Centre, expand online testing and move contraception for under-25s into community pharmacies. The service is paid for from the public health grant, and the Council's share of the contract would be about &pound;4.6m a year.</p>
<p>Councillor Adeyemi raised the proposal to close the Saturday walk-in clinic at Kilby Health Centre and asked whether young people had been asked for their views. The Director responded that a survey of 640 service users, 41 per cent of them aged under 25, had informed the model, and that the Saturday session would be replaced by extended Thursday evening opening at the central clinic, which was the option most respondents had preferred.</p>
<p>Councillor Nowak asked how online testing would reach residents who did not have a smartphone or a private address to receive a kit. The Director responded that kits could be collected from any of the 19 participating pharmacies without giving an address, and that the specification would require the provider to offer telephone booking in at least six languages.</p>
<p>Councillor Whitlock asked what weighting would be given to price when tenders were evaluated. The Director responded that the proposed split was 60 per cent quality, 30 per cent price and 10 per cent social value, and that bidders would have to show how they would meet the London Living Wage for all staff, including subcontracted cleaning and security.</p>
<div class="decisions">
<h4>Decisions</h4>
<ol>
<li>That the Panel's comments on the proposed service model, in particular on the Saturday clinic and on digital exclusion, be submitted to Cabinet for its meeting on 9 December 2025.</li>
</ol>
</div>
</div>

<div class="minute-item" id="item-7">
<h3 class="minute-item__title"><span class="minute-item__number">7</span> Home care framework: London Living Wage compliance</h3>
<p>Simon Ferrier, Head of Commissioning and Market Management, introduced the report. The Council currently funds home care for about 1,150 residents through 23 providers on its framework, at a standard hourly rate of &pound;24.10. All framework providers are contractually required to pay the London Living Wage. An unannounced compliance audit in August had found that three providers were not paying care workers for travel time between visits, which brought their effective hourly pay below the London Living Wage.</p>
<p>The Chair raised the audit findings and asked what action had been taken against the three providers concerned. The Head of Commissioning responded that all three had been issued with formal default notices, that one had already repaid &pound;38,000 in back pay to 61 care workers, and that the other two had until 31 December to do the same or face suspension from the framework.</p>
<p>Councillor Chauhan raised concerns about the continued use of zero-hours contracts by framework providers. The Head of Commissioning responded that 14 of the 23 providers still used zero-hours contracts as the norm; the new framework from April 2026 would require providers to offer guaranteed-hours contracts to any care worker who asked for one.</p>
<p>Dr Oduya raised Healthwatch feedback that home care visits were often shorter than planned, leaving some people without help to eat or wash properly. The Head of Commissioning responded that electronic call monitoring showed 14 per cent of visits in September had lasted less than 80 per cent of the planned time, and that providers would from January be paid on the basis of actual rather than planned time.</p>
<p>Councillor Brennan asked whether the Council had considered bringing part of the home care service back in-house. The Cabinet Member for Adult Social Care and Health responded that an options appraisal on an in-house reablement service and a provider of last resort would go to Cabinet in the spring, and that she would welcome the Panel's involvement in shaping it.</p>
<div class="decisions">
<h4>Decisions</h4>
<ol>
<li>To note the findings of the August 2025 compliance audit and the action taken.</li>
<li>To recommend to Cabinet that payment for travel time be written into the new home care framework as a separate contract term and that the results of compliance audits be published each year.</li>
</ol>
</div>
</div>

<div class="minute-item" id="item-8">
<h3 class="minute-item__title"><span class="minute-item__number">8</span> Work programme 2025/26</h3>
<p>The Scrutiny and Democratic Services Officer presented the Panel's work programme for the rest of the municipal year.</p>
<p>Councillor Lowe requested that an item on GP access and the new online consultation system be scheduled for the March meeting, as residents were reporting difficulty getting through to their practice. The Chair agreed that this would be added and asked the Borough Director to bring a short report.</p>
<div class="decisions">
<h4>Decisions</h4>
<ol>
<li>To agree the work programme for 2025/26, subject to the addition of an item on GP access for March 2026.</li>
</ol>
</div>
</div>

<div class="minute-item" id="item-9">
<h3 class="minute-item__title"><span class="minute-item__number">9</span> Any other business</h3>
<p>There was no other business.</p>
</div>

<h2>Actions</h2>
<table class="table table--striped actions-table">
<caption>Actions arising from the meeting on 18 November 2025</caption>
<thead>
<tr><th scope="col">Ref</th><th scope="col">Item</th><th scope="col">Action</th><th scope="col">Owner</th><th scope="col">Due date</th></tr>
</thead>
<tbody>
<tr><td>HSP 25-31</td><td>4</td><td>Send monthly figures on 12-hour emergency department waits, by age band</td><td>Angela Brook, Brenthorne and Kilby Hospitals NHS Trust</td><td>Monthly until 31 March 2026</td></tr>
<tr><td>HSP 25-32</td><td>4</td><td>Circulate the Trust's action plan in response to the Healthwatch enter and view report</td><td>Dr Imran Qureshi</td><td>5 December 2025</td></tr>
<tr><td>HSP 25-33</td><td>5</td><td>Confirm membership and first meeting date of the patient and carer reference group</td><td>Sarah Penhaligon, NHS North Central Thames ICB</td><td>16 January 2026</td></tr>
<tr><td>HSP 25-34</td><td>6</td><td>Forward the Panel's comments on the sexual health service model to Cabinet</td><td>Kate Lindqvist</td><td>28 November 2025</td></tr>
<tr><td>HSP 25-35</td><td>7</td><td>Report back on repayment of travel time pay by the two remaining providers</td><td>Simon Ferrier</td><td>20 January 2026</td></tr>
<tr><td>HSP 25-36</td><td>8</td><td>Add GP access and online consultation to the March 2026 agenda</td><td>Kate Lindqvist</td><td>Completed</td></tr>
</tbody>
</table>

<p>The meeting ended at 9.14pm.</p>
<p>Chair: Councillor Ayesha Rahman</p>
<p><strong>Contact:</strong> Kate Lindqvist, Scrutiny and Democratic Services Officer, <a href="mailto:scrutiny@brenthorne.gov.uk">scrutiny@brenthorne.gov.uk</a>, 020 8000 4417</p>
</div>
</div>
<div class="umb-block-grid__layout-item" data-content-element-type-alias="relatedLinks">
<aside class="related-links">
<h2>Related pages</h2>
<ul>
<li><a href="/council-and-democracy/committees/health-scrutiny-panel">Health Scrutiny Panel: members and meeting dates</a></li>
<li><a href="/council-and-democracy/have-your-say-at-meetings">Have your say at council meetings</a></li>
<li><a href="/council-and-democracy/committees/health-scrutiny-panel/minutes-16-september-2025">Minutes - 16 September 2025</a></li>
</ul>
</aside>
</div>
</div>
<section class="page-feedback">
<h2>Was this page useful?</h2>
<form action="/umbraco/surface/feedback/submit" method="post"><button name="useful" value="yes">Yes</button><button name="useful" value="no">No</button></form>
</section>
</main>
<footer class="site-footer">
<div class="container">
<ul class="site-footer__links">
<li><a href="/accessibility">Accessibility statement</a></li>
<li><a href="/privacy">Privacy notice</a></li>
<li><a href="/cookies">Cookies</a></li>
<li><a href="/contact-us">Contact us</a></li>
</ul>
<p>&copy; London Borough of Brenthorne 2025. Brenthorne Town Hall, Station Parade, London.</p>
</div>
</footer>
</body>
</html>
"""

DOC1_GOLD = {
    "document": DOC1_NAME,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Panel",
    "meeting_date": "2025-11-18",
    "items": [
        {"number": "1", "title": "Apologies for absence and substitutions"},
        {"number": "2", "title": "Declarations of interest"},
        {"number": "3", "title": "Minutes of the previous meeting"},
        {"number": "4", "title": "Brenthorne and Kilby Hospitals NHS Trust: winter plan and urgent and emergency care performance"},
        {"number": "5", "title": "Adult community health services: transfer of the contract to NHS provision"},
        {"number": "6", "title": "Recommissioning of the integrated sexual health service"},
        {"number": "7", "title": "Home care framework: London Living Wage compliance"},
        {"number": "8", "title": "Work programme 2025/26"},
        {"number": "9", "title": "Any other business"},
    ],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "asked what was being done to end corridor care",
         "asked_by": "Councillor Brennan",
         "answer": "opened a 16-trolley temporary escalation space with dedicated nursing staff",
         "given_by": "The Chief Operating Officer",
         "themes": []},
        {"item": "4", "kind": "concern",
         "text": "Councillor Adeyemi raised concerns about delayed discharges",
         "asked_by": "Councillor Adeyemi",
         "answer": "31 were Brenthorne residents on the most recent weekly snapshot",
         "given_by": "The Corporate Director",
         "themes": ["adult-social-care", "integration"]},
        {"item": "4", "kind": "concern",
         "text": "several patients had said they were not offered food or water",
         "asked_by": "Dr Oduya",
         "answer": "hydration and nutrition rounds every two hours had been introduced in October",
         "given_by": "The Medical Director",
         "themes": ["patient-and-public-input"]},
        {"item": "4", "kind": "question",
         "text": "asked whether the escalation beds would be staffed by agency nurses",
         "asked_by": "Councillor Lowe",
         "answer": "staffed mainly through the Trust's internal staff bank",
         "given_by": "The Chief Operating Officer",
         "themes": ["workforce", "finance"]},
        {"item": "4", "kind": "question",
         "text": "asked about the take-up of flu vaccination among the Trust's own staff",
         "asked_by": "Councillor Nowak",
         "answer": "uptake among frontline staff stood at 38 per cent",
         "given_by": "The Medical Director",
         "themes": ["public-health", "workforce"]},
        {"item": "5", "kind": "question",
         "text": "asked what financial penalties had been applied to the private provider",
         "asked_by": "Councillor Whitlock",
         "answer": "service credits totalling £412,000 had been applied over the life of the contract",
         "given_by": "The Borough Director",
         "themes": ["subcontracting", "privatisation", "finance"]},
        {"item": "5", "kind": "question",
         "text": "asked whether the 340 staff transferring under TUPE would keep their current terms",
         "asked_by": "Councillor Chauhan",
         "answer": "the Trust had committed to offering Agenda for Change contracts",
         "given_by": "The Borough Director",
         "themes": ["workforce"]},
        {"item": "5", "kind": "question",
         "text": "questioned whether a direct award without any competition could demonstrate value for money",
         "asked_by": "Councillor Lowe",
         "answer": "permitted a direct award where the existing or most suitable provider",
         "given_by": "The Borough Director",
         "themes": ["subcontracting", "privatisation", "finance"]},
        {"item": "5", "kind": "request",
         "text": "requested that patients and carers be involved in designing the service model",
         "asked_by": "Dr Oduya",
         "answer": "Healthwatch would be invited to co-chair a patient and carer reference group",
         "given_by": "The Borough Director",
         "themes": ["patient-and-public-input"]},
        {"item": "5", "kind": "question",
         "text": "asked whether any part of the service would be subcontracted back to private companies",
         "asked_by": "Councillor Brennan",
         "answer": "the Trust had no plans to subcontract any of the clinical services",
         "given_by": "The Chief Operating Officer",
         "themes": ["subcontracting", "privatisation"]},
        {"item": "6", "kind": "question",
         "text": "raised the proposal to close the Saturday walk-in clinic at Kilby Health Centre",
         "asked_by": "Councillor Adeyemi",
         "answer": "a survey of 640 service users, 41 per cent of them aged under 25",
         "given_by": "The Director",
         "themes": ["public-health", "patient-and-public-input", "children-and-families"]},
        {"item": "6", "kind": "question",
         "text": "asked how online testing would reach residents who did not have a smartphone",
         "asked_by": "Councillor Nowak",
         "answer": "kits could be collected from any of the 19 participating pharmacies",
         "given_by": "The Director",
         "themes": ["public-health", "primary-care"]},
        {"item": "6", "kind": "question",
         "text": "asked what weighting would be given to price when tenders were evaluated",
         "asked_by": "Councillor Whitlock",
         "answer": "60 per cent quality, 30 per cent price and 10 per cent social value",
         "given_by": "The Director",
         "themes": ["public-health", "subcontracting", "workforce"]},
        {"item": "7", "kind": "question",
         "text": "asked what action had been taken against the three providers concerned",
         "asked_by": "The Chair",
         "answer": "all three had been issued with formal default notices",
         "given_by": "The Head of Commissioning",
         "themes": ["adult-social-care", "subcontracting", "workforce"]},
        {"item": "7", "kind": "concern",
         "text": "raised concerns about the continued use of zero-hours contracts by framework providers",
         "asked_by": "Councillor Chauhan",
         "answer": "14 of the 23 providers still used zero-hours contracts as the norm",
         "given_by": "The Head of Commissioning",
         "themes": ["adult-social-care", "workforce", "subcontracting"]},
        {"item": "7", "kind": "concern",
         "text": "raised Healthwatch feedback that home care visits were often shorter than planned",
         "asked_by": "Dr Oduya",
         "answer": "14 per cent of visits in September had lasted less than 80 per cent",
         "given_by": "The Head of Commissioning",
         "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "7", "kind": "question",
         "text": "asked whether the Council had considered bringing part of the home care service",
         "asked_by": "Councillor Brennan",
         "answer": "an options appraisal on an in-house reablement service and a provider of last resort",
         "given_by": "The Cabinet Member for Adult Social Care and Health",
         "themes": ["adult-social-care", "privatisation"]},
        {"item": "8", "kind": "request",
         "text": "requested that an item on GP access and the new online consultation system",
         "asked_by": "Councillor Lowe",
         "answer": "The Chair agreed that this would be added",
         "given_by": "The Chair",
         "themes": ["primary-care"]},
    ],
    "resolutions": [
        {"item": "3", "text": "minutes of the meeting held on 16 September 2025 be agreed as an accurate record",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "To note the Trust's winter plan for 2025/26 and the current position",
         "outcome": "noted", "themes": []},
        {"item": "5", "text": "To recommend to the Integrated Care Board that a patient and carer reference group",
         "outcome": "recommended", "themes": ["privatisation", "patient-and-public-input"]},
        {"item": "6", "text": "the Panel's comments on the proposed service model, in particular on the Saturday clinic",
         "outcome": "agreed", "themes": ["public-health"]},
        {"item": "7", "text": "recommend to Cabinet that payment for travel time be written into",
         "outcome": "recommended", "themes": ["adult-social-care", "workforce", "subcontracting"]},
        {"item": "8", "text": "To agree the work programme for 2025/26, subject to the addition",
         "outcome": "agreed", "themes": ["primary-care"]},
    ],
    "attendees": [
        {"name": "Councillor Ayesha Rahman", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Tom Whitlock", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Grace Adeyemi", "role": None, "attendance": "present"},
        {"name": "Councillor Niall Brennan", "role": None, "attendance": "present"},
        {"name": "Councillor Priya Chauhan", "role": None, "attendance": "present"},
        {"name": "Councillor Sandra Lowe", "role": None, "attendance": "present"},
        {"name": "Councillor Marek Nowak", "role": "substituting for Councillor Helen Frost", "attendance": "present"},
        {"name": "Dr Femi Oduya", "role": "Co-opted member (non-voting), Healthwatch Brenthorne", "attendance": "present"},
        {"name": "Councillor Joanne Pike", "role": "Cabinet Member for Adult Social Care and Health", "attendance": "in_attendance"},
        {"name": "Lorna Castellano", "role": "Corporate Director of Adults, Health and Wellbeing", "attendance": "in_attendance"},
        {"name": "Dr Raj Mistry", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Simon Ferrier", "role": "Head of Commissioning and Market Management, Adult Social Care", "attendance": "in_attendance"},
        {"name": "Kate Lindqvist", "role": "Scrutiny and Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Angela Brook", "role": "Chief Operating Officer, Brenthorne and Kilby Hospitals NHS Trust", "attendance": "in_attendance"},
        {"name": "Dr Imran Qureshi", "role": "Medical Director, Brenthorne and Kilby Hospitals NHS Trust", "attendance": "in_attendance"},
        {"name": "Sarah Penhaligon", "role": "Borough Director for Brenthorne, NHS North Central Thames Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Councillor Helen Frost", "role": None, "attendance": "apologies"},
        {"name": "Councillor David Osei", "role": None, "attendance": "apologies"},
    ],
}
# ---------------------------------------------------------------------------
# Document 2: Carrowford City Council, Health and Care Scrutiny Commission,
# 4 December 2025. PDF that looks exported from Word: "1." items with
# underlined (not bold) titles, "1.1" paragraphs with a hanging indent,
# justified and hyphenated text, header and footer on every page.
# ---------------------------------------------------------------------------

DOC2_NAME = "ah-carrowford-health-care-scrutiny-commission-2025-12-04.pdf"

# Each item: (number, title, [blocks]); a block is
#   ("p", "5.2", text)                       numbered paragraph
#   ("res", "3.1", lead, [clauses])           RESOLVED block, clauses may be []
#   ("vote", "6.7", [(label, names), ...])    recorded vote
DOC2_ITEMS = [
    ("1", "Apologies for Absence", [
        ("p", "1.1", "Apologies for absence were received from Councillor Ng and Councillor "
         "Tranter. Councillor Whitcombe attended the meeting as substitute for Councillor Tranter."),
    ]),
    ("2", "Declarations of Interest", [
        ("p", "2.1", "Councillor Hussain declared an other registrable interest in minute 5 below, by "
         "virtue of her employment as a healthcare assistant at Carrowford Teaching Hospitals NHS "
         "Foundation Trust. She remained in the meeting during consideration of that item."),
        ("p", "2.2", "No other declarations of interest were made."),
    ]),
    ("3", "Minutes", [
        ("res", "3.1", "RESOLVED: That the minutes of the meeting of the Commission held on 23 October "
         "2025 be confirmed as a correct record and signed by the Chair.", []),
    ]),
    ("4", "Questions from Members of the Public", [
        ("p", "4.1", "The Chair reported that two questions had been submitted by members of the public "
         "in accordance with the Scrutiny Procedure Rules, and that each questioner would be permitted "
         "to ask one supplementary question."),
        ("p", "4.2", "Mr D. Harcourt, a resident of Ellerby ward, asked why the families of residents "
         "in care homes commissioned by the Council were increasingly being asked to pay third-party "
         "top-up fees of up to £180 a week, and what the Council was doing to ensure that at least one "
         "home in each part of the city was available at the Council's standard rate. The Executive "
         "Member for Adult Social Care and Health replied that the Council's usual rate for residential "
         "care had risen by 6.8 per cent in April, but that several homes in the north of the city had "
         "set their fees well above it; the Council was required by the Care Act 2014 to offer at least "
         "one suitable placement at the usual rate, and families would only be asked for a top-up if "
         "they chose a more expensive home. By way of a supplementary question, Mr Harcourt asked how "
         "many families were currently paying top-ups and how much they were paying in total. The "
         "Executive Member said that he did not have the figures to hand and undertook to provide a "
         "written answer to Mr Harcourt, copied to Members of the Commission, after the meeting."),
        ("p", "4.3", "Mrs P. Bankole asked what the current waiting time was for an adult autism "
         "assessment in Carrowford, explaining that she had been told that her son might wait for more "
         "than three years, and whether the Integrated Care Board would buy additional capacity from "
         "independent providers to reduce the backlog. Mr Olatunji, Director of Strategy and "
         "Transformation at the Integrated Care Board, replied that the median wait was currently 26 "
         "months, with around 2,300 adults on the waiting list, and that the ICB had commissioned 400 "
         "additional assessments from an independent sector provider during the current year as a "
         "temporary measure while a new pathway was designed. Mrs Bankole did not ask a supplementary "
         "question."),
    ]),
    ("5", "Carrowford Teaching Hospitals NHS Foundation Trust – Maternity Services Improvement Plan", [
        ("p", "5.1", "The Commission received a report from Carrowford Teaching Hospitals NHS Foundation "
         "Trust setting out the progress that had been made against the maternity services improvement "
         "plan drawn up following the Care Quality Commission's inspection in March 2025, when maternity "
         "services at Carrowford Royal Infirmary had been rated as Requires Improvement overall and as "
         "Inadequate for the safe domain. Ms Beddoes, Director of Midwifery, presented the report and "
         "explained that 41 of the 58 actions in the plan had been completed, that a new maternity triage "
         "telephone line had been introduced in July, and that the Trust had recruited 23 newly qualified "
         "midwives since September, which had brought the midwifery vacancy rate down from 14 per cent to "
         "8.5 per cent."),
        ("p", "5.2", "Councillor Fitzgerald asked how the Trust intended to keep the newly qualified "
         "midwives, given that many left the profession within two years of qualifying. Ms Beddoes "
         "explained that each newly qualified midwife had a named preceptor for their first year, with "
         "protected study time and a rotation through the birth centre and the community teams, and that "
         "the Trust had recently appointed a retention midwife funded by NHS England; turnover among "
         "midwives in their first two years had fallen from 19 per cent to 11 per cent over the previous "
         "twelve months."),
        ("p", "5.3", "Mr Ellery (co-opted member, Healthwatch Carrowford) referred to feedback that "
         "Healthwatch had received from women whose first language was not English, several of whom had "
         "reported that they had been expected to rely on their partners or children to interpret for "
         "them during labour, and asked what steps had been taken to address this. In reply, Ms Beddoes "
         "acknowledged that this was unacceptable and stated that the Trust's policy was clear that family "
         "members should never be used as interpreters; on-demand video interpreting had been available "
         "in every room on the labour ward since October, and all midwives had been asked to complete "
         "training in its use by the end of January."),
        ("p", "5.4", "Councillor Pemberton asked when the home birth service, which had been suspended "
         "since May 2025 because of staffing pressures, would be reinstated. Ms Beddoes replied that the "
         "Trust intended to reinstate home births on a phased basis from February 2026, beginning with the "
         "Ellerby and Westgate community teams, subject to the continuity of carer teams being fully "
         "staffed at that time."),
        ("p", "5.5", "Councillor Szymańska asked how many serious incidents in maternity services had "
         "been referred to the Maternity and Newborn Safety Investigations programme during 2025, and to "
         "how many families the Trust had apologised under the statutory duty of candour. Ms Beddoes said "
         "that she wished to make sure that the figures were accurate and agreed to provide them to the "
         "Commission in writing after the meeting. Councillor Dunne then asked whether the Maternity and "
         "Neonatal Voices Partnership was adequately funded to gather the views of women from the most "
         "deprived parts of the city, and was informed that the ICB had increased the Partnership's "
         "funding to £42,000 for 2025/26 and that outreach sessions were now being held at the family "
         "hubs in Ellerby and St Anne's."),
        ("res", "5.6", "RESOLVED:", [
            "(1) That the progress made against the maternity services improvement plan be noted.",
            "(2) That the Trust be invited to submit a further progress report to the Commission in June "
            "2026, to include the outcome of any follow-up inspection by the Care Quality Commission.",
        ]),
    ]),
    ("6", "Hollins Lane Walk-in Centre – Integrated Care Board Consultation on Urgent Care", [
        ("p", "6.1", "The Commission considered the report of the Director of Strategy and Transformation, "
         "NHS Carrowford and Wealdshire Integrated Care Board, which set out the proposal, currently the "
         "subject of a twelve-week public consultation which had commenced on 3 November 2025, to close the "
         "walk-in centre at Hollins Lane Health Centre and to consolidate urgent care at the Urgent "
         "Treatment Centre at Carrowford Royal Infirmary. Mr Olatunji explained that the walk-in centre saw "
         "an average of 96 patients a day, of whom around 40 per cent were registered with a GP practice "
         "outside the city, that the lease on the building expired in September 2026, and that the ICB "
         "regarded the proposal as a substantial variation in the provision of health services on which "
         "the Commission was formally consulted under the Local Authority (Public Health, Health and "
         "Wellbeing Boards and Health Scrutiny) Regulations 2013."),
        ("p", "6.2", "With the consent of the Chair, Ms R. Obi addressed the Commission on behalf of the "
         "Save Hollins Lane campaign and presented a petition signed by 4,312 people opposing the closure. "
         "Ms Obi questioned why only two public drop-in events had been arranged during the consultation, "
         "both of them during working hours, and asked whether the ICB would hold further events in the "
         "evenings and at weekends. Mr Olatunji replied that four additional events had now been arranged, "
         "including two on Saturdays and one at Ellerby Community Centre on a weekday evening, and that the "
         "details would be published on the ICB's website the following week."),
        ("p", "6.3", "Councillor Barraclough expressed concern that the journey from Hollins Lane to the "
         "Royal Infirmary took more than 50 minutes by bus and required a change in the city centre, and "
         "asked what assessment had been made of the impact on residents without a car, who made up a "
         "third of households in the ward. Mr Olatunji stated that the ICB's travel analysis showed that "
         "82 per cent of the walk-in centre's patients lived within 30 minutes of the Urgent Treatment "
         "Centre by public transport, but he accepted that the analysis had not been broken down by ward "
         "and undertook to provide the ward-level data to Members in writing."),
        ("p", "6.4", "Ms Achterberg (co-opted member, Carrowford Disability Forum) expressed concern that "
         "the consultation document had not been made available in Easy Read or British Sign Language "
         "formats until several weeks into the consultation, and requested that the consultation period be "
         "extended to make up for this. Mr Olatunji apologised for the delay, confirmed that an Easy Read "
         "version and a BSL video would be published by 12 December 2025, and said that the ICB board "
         "would consider any request for an extension."),
        ("p", "6.5", "Councillor Dunne asked how much the proposal would save. Mr Olatunji advised that "
         "the net saving was estimated at £1.1 million a year once the lease had ended, and that the ICB "
         "intended to reinvest part of the saving in additional same-day GP appointments in the three "
         "primary care networks closest to Hollins Lane. Councillor Pemberton commented that the Urgent "
         "Treatment Centre was better equipped than the walk-in centre, with access to X-ray and other "
         "diagnostics, and that in his view the proposal had clinical merit provided that the transport "
         "concerns were resolved."),
        ("p", "6.6", "Councillor Barraclough moved, and Councillor Dunne seconded, the recommendation to "
         "the Integrated Care Board which is set out at resolution 6.8 below. In accordance with Council "
         "Procedure Rule 18.4, three Members requested that the voting on the recommendation be recorded, "
         "and the votes were cast as follows:"),
        ("vote", "6.7", [
            ("For (6):", "Councillors Barraclough, Dunne, Hussain, Okafor, Szymańska and Whitcombe"),
            ("Against (1):", "Councillor Pemberton"),
            ("Abstaining (1):", "Councillor Fitzgerald"),
        ]),
        ("res", "6.8", "RESOLVED: That NHS Carrowford and Wealdshire Integrated Care Board be RECOMMENDED:", [
            "(a) to extend the public consultation on the future of the Hollins Lane Walk-in Centre by four "
            "weeks, so that it closes on 23 February 2026, to compensate for the late publication of "
            "accessible formats;",
            "(b) to publish ward-level travel time analysis before the consultation closes; and",
            "(c) to take no decision on the proposal until the Commission has submitted its formal "
            "response as a statutory consultee.",
        ]),
        ("res", "6.9", "RESOLVED: That the Commission's formal response to the consultation be considered "
         "and agreed at its meeting on 29 January 2026.", []),
    ]),
    ("7", "Recommissioning of Home Support Services", [
        ("p", "7.1", "The Commission considered the report of the Strategic Director – People on proposals "
         "for recommissioning home support services for adults from October 2026, when the existing "
         "framework agreements were due to expire. Mr Lyle explained that the Council currently purchased "
         "around 19,500 hours of home support each week from 41 providers, at an annual cost of "
         "approximately £28 million, and that it was proposed to replace the existing spot-purchasing "
         "arrangements with six geographical zones, each served by a lead provider and up to two reserve "
         "providers, alongside an expanded in-house rapid response and reablement service."),
        ("p", "7.2", "Councillor Szymańska expressed concern that lead providers might subcontract large "
         "volumes of work to smaller agencies with less oversight from the Council, as had happened in a "
         "neighbouring authority, and asked what safeguards would be written into the contracts. Mr Lyle "
         "explained that subcontracting would be permitted only with the Council's prior written consent, "
         "that any subcontractor would be required to meet the same quality and pay standards as the lead "
         "provider, and that the Council would retain step-in rights in the event of provider failure."),
        ("p", "7.3", "Ms Achterberg asked how the new model would affect the 640 people who used direct "
         "payments to employ their own personal assistants, and whether they would be pressed to move onto "
         "the commissioned service. Mr Lyle assured the Commission that direct payments would remain "
         "available to everyone who was eligible and that nobody would be required to change their "
         "arrangements; the Council would also be launching a register of personal assistants in the "
         "spring."),
        ("p", "7.4", "Councillor Hussain sought clarification as to whether care workers employed by the "
         "lead providers would be paid for their travel time, and at what rate. Mr Lyle confirmed that the "
         "specification would require providers to pay at least the Real Living Wage, currently £13.45 an "
         "hour, for all contact and travel time, and that the Council's price would be set accordingly, "
         "although he noted that this would add an estimated £1.9 million a year to the cost of the "
         "service."),
        ("p", "7.5", "Councillor Pemberton asked whether the Council had considered delivering all home "
         "support in-house, as a small number of councils had begun to do. Councillor Kettle, Executive "
         "Member for Adult Social Care and Health, replied that a wholly in-house service had been "
         "appraised but was not considered affordable at present, mainly because of pension and other "
         "on-costs, but that the expanded in-house reablement service would give the Council a direct stake "
         "in the market and the option of growing it in future."),
        ("res", "7.6", "RESOLVED:", [
            "(1) That the proposed model for the recommissioning of home support services be noted.",
            "(2) That the Executive be RECOMMENDED to ensure that the tender specification requires payment "
            "of at least the Real Living Wage for travel time, and that the use of subcontractors by lead "
            "providers is reported to this Commission each year.",
        ]),
    ]),
    ("8", "Carrowford Safeguarding Adults Board – Annual Report 2024/25", [
        ("p", "8.1", "The Commission received the annual report of the Carrowford Safeguarding Adults "
         "Board for 2024/25, which was presented by Ms Adebayo, Head of Safeguarding Adults and Quality "
         "Assurance, in the absence of the Board's Independent Chair. The report showed that safeguarding "
         "concerns had risen by 12 per cent to 4,870, with self-neglect and financial abuse the "
         "fastest-growing categories, and summarised the two Safeguarding Adults Reviews published during "
         "the year."),
        ("p", "8.2", "Councillor Dunne queried the reasons for the 31 per cent increase in concerns about "
         "self-neglect and asked whether this was linked to hoarding in private rented housing. Ms Adebayo "
         "explained that the increase partly reflected better recognition following multi-agency training, "
         "and that a joint protocol with the Council's private sector housing team had been agreed in the "
         "autumn so that environmental health officers could now refer cases directly."),
        ("p", "8.3", "Mr Ellery asked what proportion of the people who had been the subject of a "
         "safeguarding enquiry had been asked about the outcomes they wanted, and what proportion said "
         "that those outcomes had been achieved. Ms Adebayo advised that the figures for 2024/25 were "
         "still being validated for the national return and undertook to circulate them to Members in "
         "writing once they had been confirmed."),
        ("res", "8.4", "RESOLVED: That the annual report of the Carrowford Safeguarding Adults Board for "
         "2024/25 be noted.", []),
    ]),
    ("9", "Work Programme", [
        ("p", "9.1", "The Senior Democratic Services Officer submitted the Commission's work programme for "
         "2025/26. He reminded Members that the meeting on 29 January 2026 would be devoted principally to "
         "the Commission's formal response to the Hollins Lane consultation."),
        ("p", "9.2", "Councillor Fitzgerald asked that a session on the dental access pilot in the city's "
         "two most deprived wards be added to the programme. The Senior Democratic Services Officer "
         "confirmed that this could be accommodated at the March meeting."),
        ("res", "9.3", "RESOLVED: That the work programme be approved, subject to the addition of an item "
         "on dental access at the meeting in March 2026.", []),
    ]),
    ("10", "Date of Next Meeting", [
        ("p", "10.1", "The next meeting of the Commission will be held on Thursday, 29 January 2026 at "
         "5.30 pm in the Council Chamber, The Guildhall."),
    ]),
]

DOC2_ATTENDANCE = [
    ("PRESENT:", "Councillors M. Okafor (Chair), S. Fitzgerald (Vice-Chair), J. Barraclough, L. Dunne, "
     "R. Hussain, A. Pemberton, K. Szymańska and T. Whitcombe"),
    ("Co-opted Members:", "Mr P. Ellery (Healthwatch Carrowford) and Ms J. Achterberg "
     "(Carrowford Disability Forum) – non-voting"),
    ("Also present:", "Councillor R. Kettle – Executive Member for Adult Social Care and Health"),
    ("Officers:", "G. Lyle – Strategic Director – People; Dr H. Marsh – Director of Public Health; "
     "N. Adebayo – Head of Safeguarding Adults and Quality Assurance; O. Trevithick – Senior Democratic "
     "Services Officer"),
    ("NHS:", "C. Beddoes – Director of Midwifery, Carrowford Teaching Hospitals NHS Foundation Trust; "
     "A. Olatunji – Director of Strategy and Transformation, NHS Carrowford and Wealdshire Integrated "
     "Care Board"),
]

DOC2_GOLD = {
    "document": DOC2_NAME,
    "doc_type": "minutes",
    "committee": "Health and Care Scrutiny Commission",
    "meeting_date": "2025-12-04",
    "items": [{"number": n, "title": t} for n, t, _ in DOC2_ITEMS],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "asked why the families of residents in care homes commissioned by the Council",
         "asked_by": "Mr D. Harcourt",
         "answer": "the Council's usual rate for residential care had risen by 6.8 per cent",
         "given_by": "The Executive Member for Adult Social Care and Health",
         "themes": ["adult-social-care", "finance", "patient-and-public-input"]},
        {"item": "4", "kind": "question",
         "text": "asked how many families were currently paying top-ups",
         "asked_by": "Mr Harcourt",
         "answer": "undertook to provide a written answer to Mr Harcourt",
         "given_by": "The Executive Member",
         "themes": ["adult-social-care", "finance", "patient-and-public-input"]},
        {"item": "4", "kind": "question",
         "text": "asked what the current waiting time was for an adult autism assessment",
         "asked_by": "Mrs P. Bankole",
         "answer": "the median wait was currently 26 months, with around 2,300 adults",
         "given_by": "Mr Olatunji, Director of Strategy and Transformation at the Integrated Care Board",
         "themes": ["subcontracting", "patient-and-public-input"]},
        {"item": "5", "kind": "question",
         "text": "asked how the Trust intended to keep the newly qualified midwives",
         "asked_by": "Councillor Fitzgerald",
         "answer": "each newly qualified midwife had a named preceptor for their first year",
         "given_by": "Ms Beddoes",
         "themes": ["workforce"]},
        {"item": "5", "kind": "question",
         "text": "expected to rely on their partners or children to interpret for them during labour",
         "asked_by": "Mr Ellery (co-opted member, Healthwatch Carrowford)",
         "answer": "family members should never be used as interpreters",
         "given_by": "Ms Beddoes",
         "themes": ["patient-and-public-input"]},
        {"item": "5", "kind": "question",
         "text": "Councillor Pemberton asked when the home birth service",
         "asked_by": "Councillor Pemberton",
         "answer": "reinstate home births on a phased basis from February 2026",
         "given_by": "Ms Beddoes",
         "themes": ["workforce"]},
        {"item": "5", "kind": "question",
         "text": "asked how many serious incidents in maternity services had been referred",
         "asked_by": "Councillor Szymańska",
         "answer": "agreed to provide them to the Commission in writing after the meeting",
         "given_by": "Ms Beddoes",
         "themes": ["governance"]},
        {"item": "5", "kind": "question",
         "text": "asked whether the Maternity and Neonatal Voices Partnership was adequately funded",
         "asked_by": "Councillor Dunne",
         "answer": "increased the Partnership's funding to £42,000 for 2025/26",
         "given_by": None,
         "themes": ["finance", "patient-and-public-input"]},
        {"item": "6", "kind": "question",
         "text": "Ms Obi questioned why only two public drop-in events had been arranged",
         "asked_by": "Ms R. Obi",
         "answer": "four additional events had now been arranged, including two on Saturdays",
         "given_by": "Mr Olatunji",
         "themes": ["patient-and-public-input", "primary-care"]},
        {"item": "6", "kind": "concern",
         "text": "the journey from Hollins Lane to the Royal Infirmary took more than 50 minutes",
         "asked_by": "Councillor Barraclough",
         "answer": "82 per cent of the walk-in centre's patients lived within 30 minutes",
         "given_by": "Mr Olatunji",
         "themes": ["primary-care"]},
        {"item": "6", "kind": "concern",
         "text": "the consultation document had not been made available in Easy Read",
         "asked_by": "Ms Achterberg (co-opted member, Carrowford Disability Forum)",
         "answer": "an Easy Read version and a BSL video would be published by 12 December 2025",
         "given_by": "Mr Olatunji",
         "themes": ["patient-and-public-input", "primary-care"]},
        {"item": "6", "kind": "question",
         "text": "Councillor Dunne asked how much the proposal would save",
         "asked_by": "Councillor Dunne",
         "answer": "the net saving was estimated at £1.1 million a year",
         "given_by": "Mr Olatunji",
         "themes": ["finance", "primary-care"]},
        {"item": "6", "kind": "comment",
         "text": "the Urgent Treatment Centre was better equipped than the walk-in centre",
         "asked_by": "Councillor Pemberton",
         "answer": None,
         "given_by": None,
         "themes": ["primary-care"]},
        {"item": "7", "kind": "concern",
         "text": "lead providers might subcontract large volumes of work to smaller agencies",
         "asked_by": "Councillor Szymańska",
         "answer": "subcontracting would be permitted only with the Council's prior written consent",
         "given_by": "Mr Lyle",
         "themes": ["subcontracting", "adult-social-care", "governance"]},
        {"item": "7", "kind": "question",
         "text": "used direct payments to employ their own personal assistants",
         "asked_by": "Ms Achterberg",
         "answer": "direct payments would remain available to everyone who was eligible",
         "given_by": "Mr Lyle",
         "themes": ["adult-social-care", "subcontracting"]},
        {"item": "7", "kind": "question",
         "text": "whether care workers employed by the lead providers would be paid for their travel time",
         "asked_by": "Councillor Hussain",
         "answer": "require providers to pay at least the Real Living Wage, currently £13.45",
         "given_by": "Mr Lyle",
         "themes": ["workforce", "adult-social-care", "finance", "subcontracting"]},
        {"item": "7", "kind": "question",
         "text": "asked whether the Council had considered delivering all home support in-house",
         "asked_by": "Councillor Pemberton",
         "answer": "a wholly in-house service had been appraised",
         "given_by": "Councillor Kettle, Executive Member for Adult Social Care and Health",
         "themes": ["privatisation", "adult-social-care", "finance"]},
        {"item": "8", "kind": "question",
         "text": "queried the reasons for the 31 per cent increase in concerns about self-neglect",
         "asked_by": "Councillor Dunne",
         "answer": "a joint protocol with the Council's private sector housing team had been agreed",
         "given_by": "Ms Adebayo",
         "themes": ["adult-social-care", "housing"]},
        {"item": "8", "kind": "question",
         "text": "had been asked about the outcomes they wanted, and what proportion",
         "asked_by": "Mr Ellery",
         "answer": "undertook to circulate them to Members in writing once they had been confirmed",
         "given_by": "Ms Adebayo",
         "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "9", "kind": "request",
         "text": "asked that a session on the dental access pilot",
         "asked_by": "Councillor Fitzgerald",
         "answer": "confirmed that this could be accommodated at the March",
         "given_by": "The Senior Democratic Services Officer",
         "themes": ["primary-care"]},
    ],
    "resolutions": [
        {"item": "3", "text": "minutes of the meeting of the Commission held on 23 October 2025",
         "outcome": "agreed", "themes": []},
        {"item": "5", "text": "That the progress made against the maternity services improvement plan be noted",
         "outcome": "noted", "themes": []},
        {"item": "6", "text": "to extend the public consultation on the future of the Hollins Lane",
         "outcome": "recommended", "themes": ["patient-and-public-input", "primary-care"]},
        {"item": "6", "text": "That the Commission's formal response to the consultation be",
         "outcome": "agreed", "themes": ["patient-and-public-input"]},
        {"item": "7", "text": "requires payment of at least the Real Living Wage for travel time",
         "outcome": "recommended", "themes": ["workforce", "subcontracting", "adult-social-care"]},
        {"item": "8", "text": "That the annual report of the Carrowford Safeguarding Adults Board",
         "outcome": "noted", "themes": ["adult-social-care"]},
        {"item": "9", "text": "the work programme be approved, subject to the addition of an item on dental access",
         "outcome": "agreed", "themes": ["primary-care"]},
    ],
    "attendees": [
        {"name": "M. Okafor", "role": "Chair", "attendance": "present"},
        {"name": "S. Fitzgerald", "role": "Vice-Chair", "attendance": "present"},
        {"name": "J. Barraclough", "role": None, "attendance": "present"},
        {"name": "L. Dunne", "role": None, "attendance": "present"},
        {"name": "R. Hussain", "role": None, "attendance": "present"},
        {"name": "A. Pemberton", "role": None, "attendance": "present"},
        {"name": "K. Szymańska", "role": None, "attendance": "present"},
        {"name": "T. Whitcombe", "role": None, "attendance": "present"},
        {"name": "Mr P. Ellery", "role": "Co-opted Member, Healthwatch Carrowford", "attendance": "present"},
        {"name": "Ms J. Achterberg", "role": "Co-opted Member, Carrowford Disability Forum", "attendance": "present"},
        {"name": "Councillor R. Kettle", "role": "Executive Member for Adult Social Care and Health", "attendance": "in_attendance"},
        {"name": "G. Lyle", "role": "Strategic Director – People", "attendance": "in_attendance"},
        {"name": "Dr H. Marsh", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "N. Adebayo", "role": "Head of Safeguarding Adults and Quality Assurance", "attendance": "in_attendance"},
        {"name": "O. Trevithick", "role": "Senior Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "C. Beddoes", "role": "Director of Midwifery, Carrowford Teaching Hospitals NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "A. Olatunji", "role": "Director of Strategy and Transformation, NHS Carrowford and Wealdshire Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Councillor Ng", "role": None, "attendance": "apologies"},
        {"name": "Councillor Tranter", "role": None, "attendance": "apologies"},
    ],
}
# ---------------------------------------------------------------------------
# Document 3: plain-text "questions submitted in advance" sheet sent by the
# Brenthorne scrutiny officer to the NHS trust and ICB before the January
# 2026 meeting. Not minutes: the questions have no answers yet.
# ---------------------------------------------------------------------------

DOC3_NAME = "ah-brenthorne-hsp-advance-questions-2026-01-20.txt"

DOC3_TEXT = """\
LONDON BOROUGH OF BRENTHORNE
HEALTH SCRUTINY PANEL

QUESTIONS SUBMITTED IN ADVANCE
======================================================================

Meeting:      Tuesday 20 January 2026, 7.00pm
Venue:        Committee Room 1, Brenthorne Town Hall
Sent to:      Angela Brook, Chief Operating Officer, Brenthorne and
              Kilby Hospitals NHS Trust
              Sarah Penhaligon, Borough Director for Brenthorne,
              NHS North Central Thames Integrated Care Board
Copied to:    Councillor Ayesha Rahman (Chair); Lorna Castellano,
              Corporate Director of Adults, Health and Wellbeing
Sent by:      Kate Lindqvist, Scrutiny and Democratic Services Officer
Date sent:    6 January 2026
Status:       AWAITING RESPONSES - NOT FOR PUBLICATION UNTIL THE
              SUPPLEMENTARY AGENDA IS ISSUED

----------------------------------------------------------------------
NOTES FOR RESPONDENTS
----------------------------------------------------------------------

1. Panel members have submitted the questions below so that you have
   time to prepare full answers. Please send written responses to
   scrutiny@brenthorne.gov.uk by 12 noon on Monday 12 January 2026.
   They will be published in a supplementary agenda and taken as read
   at the meeting, leaving time for follow-up questions.

2. Please answer each question separately and keep the reference
   numbers. Where figures are not yet available, please say when they
   will be, rather than leaving the answer blank.

3. Members may ask supplementary questions at the meeting. The Chair
   has asked that the officers who attend are able to speak to the
   figures in the responses.

4. Questions 1 to 5 relate to agenda item 5 (Urgent and emergency care
   - update) and questions 6 to 10 to agenda item 6 (Adult community
   health services - transfer to NHS provision). Question 11 was
   submitted by Healthwatch Brenthorne.

----------------------------------------------------------------------
AGENDA ITEM 5: URGENT AND EMERGENCY CARE - UPDATE
----------------------------------------------------------------------

Background: on 18 November 2025 the Panel asked the Trust for monthly
figures on 12-hour waits in the emergency department, by age band.
The November figures were received on 15 December; the December
figures are still outstanding.

Q1   From: Councillor Niall Brennan
     How many patients were cared for in the temporary escalation
     space during December, what was the longest time any patient
     spent there, and has the Trust used any other non-clinical area
     for patients since the Panel last met?
     Response: [awaited]

Q2   From: Councillor Sandra Lowe
     Please set out the actual spend on agency and bank nursing for
     the winter escalation beds in November and December, compared
     with the budget in the winter plan. Has the Trust asked the
     Integrated Care Board for any additional funding?
     Response: [awaited]

Q3   From: Councillor Grace Adeyemi
     What was the average number of Brenthorne residents who were
     medically fit for discharge but still in a hospital bed each
     week in December, and how many were waiting for a nursing home
     placement?
     Response: [awaited]

Q4   From: Councillor Marek Nowak
     What is the latest flu vaccination rate for frontline staff, and
     how does it compare with the other acute trusts in North Central
     Thames?
     Response: [awaited]

Q5   From: Councillor Ayesha Rahman (Chair)
     The Panel was told in November that the Trust aimed to meet the
     78% four-hour standard by March 2026. Does the Trust still expect
     to do so, and if not, what is the revised date?
     Response: [awaited]

----------------------------------------------------------------------
AGENDA ITEM 6: ADULT COMMUNITY HEALTH SERVICES - TRANSFER TO NHS
PROVISION
----------------------------------------------------------------------

Q6   From: Councillor Tom Whitlock (Vice-Chair)
     Has the standstill period for the direct award to the Trust now
     ended, and did any other provider make representations to the
     Integrated Care Board? If so, please summarise them.
     Response: [awaited]

Q7   From: Councillor Priya Chauhan
     How many of the staff due to transfer from Kestrel Community
     Health Ltd have resigned or moved to other employers since the
     transfer was announced, and how many district nursing posts are
     currently vacant?
     Response: [awaited]

Q8   From: Councillor Niall Brennan
     Which contracts held by Kestrel (for example for IT systems,
     vehicles, equipment and wound-care products) will transfer to the
     Trust, and for how long will each of them run?
     Response: [awaited]

Q9   From: Councillor Sandra Lowe
     What one-off costs of the transfer have been identified so far,
     and who will meet them: the Integrated Care Board, the Trust or
     Kestrel?
     Response: [awaited]

Q10  From: Councillor Helen Frost
     Will patients currently on the podiatry and tissue viability
     waiting lists keep their place after 1 April 2026, and how will
     they be told about the change of provider?
     Response: [awaited]

Q11  From: Dr Femi Oduya, Healthwatch Brenthorne (co-opted member)
     Who has agreed to sit on the patient and carer reference group,
     when will it first meet, and how will housebound patients who
     cannot attend meetings be able to take part?
     Response: [awaited]

----------------------------------------------------------------------
Questions not accepted
----------------------------------------------------------------------

One further question, about a named patient's treatment, was not
accepted because it concerned an individual case. The councillor has
been given the contact details for the Trust's Patient Advice and
Liaison Service.

----------------------------------------------------------------------
Kate Lindqvist
Scrutiny and Democratic Services Officer
London Borough of Brenthorne
020 8000 4417 | scrutiny@brenthorne.gov.uk
----------------------------------------------------------------------
"""

DOC3_GOLD = {
    "document": DOC3_NAME,
    "doc_type": "other",
}
# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
SHY = "\u00ad"
VOWELS = set("aeiouy")
DIGRAPHS = {"th", "ch", "sh", "ph", "wh", "ck", "gh", "qu", "ng"}
SUFFIXES = ["isation", "ations", "ation", "itions", "ition", "tion", "sion", "ments", "ment",
            "ness", "ities", "able", "ible", "ship", "ings", "ing", "ful"]
BLEND_FIRST = set("bcdfgkpt")


def hyphenate_word(word):
    """Insert soft hyphens at plausible break points in a lower-case word."""
    m = re.match(r"^([a-z]+)(.*)$", word)
    if not m:
        return word
    core, tail = m.group(1), m.group(2)
    if len(core) < 7 or (tail and not re.fullmatch(r"[,.;:)’']*", tail)):
        return word
    n = len(core)
    breaks = set()
    for i in range(3, n - 2):
        a, b = core[i - 1], core[i]
        prev, nxt = core[i - 2], core[i + 1]
        if (prev in VOWELS and a not in VOWELS and b not in VOWELS and nxt in VOWELS
                and (a + b) not in DIGRAPHS):
            if b in "rl" and a in BLEND_FIRST:
                if i - 1 >= 3:
                    breaks.add(i - 1)   # pro-gramme, not prog-ramme
            else:
                breaks.add(i)
    for suf in SUFFIXES:
        if core.endswith(suf) and n - len(suf) >= 3:
            cut = n - len(suf)
            breaks = {b for b in breaks if abs(b - cut) > 2}
            breaks.add(cut)
            break
    out = []
    for i, ch in enumerate(core):
        if i in breaks:
            out.append(SHY)
        out.append(ch)
    return "".join(out) + tail


def hyphenate(text):
    return " ".join(hyphenate_word(w) for w in text.split(" "))


class MinutesPDF(FPDF):
    LM = 25.4
    IND = 12.7
    LH = 5.2

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Sans", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.LM, 11)
        self.cell(0, 4, "Health and Care Scrutiny Commission – Thursday, 4 December 2025", align="R")
        self.set_text_color(0, 0, 0)
        self.set_xy(self.LM, 22)

    def footer(self):
        self.set_font("Sans", "", 8)
        self.set_xy(self.LM, -16)
        self.cell(80, 4, "Chair's initials ……………", align="L")
        self.set_xy(self.LM, -16)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_xy(self.LM, -12)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Carrowford City Council – Minutes – HCSC 04.12.25 – UNCONFIRMED until signed", align="C")
        self.set_text_color(0, 0, 0)


def pdf_numbered_para(pdf, num, text, style=""):
    lm = pdf.LM
    if pdf.get_y() > pdf.h - 40:
        pdf.add_page()
    y0 = pdf.get_y()
    pdf.set_font("Sans", "", 10)
    pdf.set_xy(lm, y0)
    pdf.cell(pdf.IND, pdf.LH, num)
    pdf.set_left_margin(lm + pdf.IND)
    pdf.set_xy(lm + pdf.IND, y0)
    pdf.set_font("Sans", style, 10)
    pdf.multi_cell(0, pdf.LH, hyphenate(text), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.set_left_margin(lm)
    pdf.ln(2.8)


def build_doc2(path):
    pdf = MinutesPDF(format="A4")
    pdf.set_margins(MinutesPDF.LM, 22, MinutesPDF.LM)
    pdf.set_auto_page_break(True, 24)
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("Sans", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_creator("Microsoft® Word for Microsoft 365")
    pdf.set_producer("Microsoft® Word for Microsoft 365")
    pdf.set_author("Trevithick, Owen")
    pdf.set_title("Minutes - Health and Care Scrutiny Commission - 4 December 2025")
    pdf.set_creation_date(datetime.datetime(2025, 12, 11, 9, 42, 17, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    lm = MinutesPDF.LM

    pdf.set_y(18)
    pdf.set_font("Sans", "B", 13)
    pdf.cell(0, 7, "CARROWFORD CITY COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, "HEALTH AND CARE SCRUTINY COMMISSION", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(0, 5.2, "MINUTES of the meeting of the Health and Care Scrutiny Commission held on "
                   "Thursday, 4 December 2025 at 5.30 pm in the Council Chamber, The Guildhall, "
                   "Carrowford", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    label_w = 42
    for label, text in DOC2_ATTENDANCE:
        y0 = pdf.get_y()
        pdf.set_font("Sans", "B" if label == "PRESENT:" else "", 10)
        pdf.set_xy(lm, y0)
        pdf.multi_cell(label_w - 2, 5.2, label, align="L")
        y_after_label = pdf.get_y()
        pdf.set_left_margin(lm + label_w)
        pdf.set_xy(lm + label_w, y0)
        pdf.set_font("Sans", "", 10)
        pdf.multi_cell(0, 5.2, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_left_margin(lm)
        pdf.set_y(max(pdf.get_y(), y_after_label))
        pdf.ln(2)
    pdf.set_font("Sans", "I", 9)
    pdf.set_x(lm)
    pdf.cell(0, 5, "Eleven members of the public and one representative of the press were also present.",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    for num, title, blocks in DOC2_ITEMS:
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        y0 = pdf.get_y()
        pdf.set_font("Sans", "", 10)
        pdf.set_xy(lm, y0)
        pdf.cell(MinutesPDF.IND, 5.4, f"{num}.")
        pdf.set_left_margin(lm + MinutesPDF.IND)
        pdf.set_xy(lm + MinutesPDF.IND, y0)
        pdf.set_font("Sans", "U", 10)
        pdf.multi_cell(0, 5.4, title, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_left_margin(lm)
        pdf.ln(2.8)
        for block in blocks:
            kind = block[0]
            if kind == "p":
                pdf_numbered_para(pdf, block[1], block[2])
            elif kind == "res":
                _, pnum, lead, clauses = block
                if lead == "RESOLVED:":
                    y0 = pdf.get_y()
                    pdf.set_font("Sans", "", 10)
                    pdf.set_xy(lm, y0)
                    pdf.cell(MinutesPDF.IND, 5.2, pnum)
                    pdf.set_font("Sans", "B", 10)
                    pdf.cell(0, 5.2, "RESOLVED:", new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(1.5)
                else:
                    pdf_numbered_para(pdf, pnum, lead)
                for cl in clauses:
                    pdf.set_left_margin(lm + 2 * MinutesPDF.IND)
                    pdf.set_x(lm + 2 * MinutesPDF.IND)
                    pdf.set_font("Sans", "", 10)
                    pdf.multi_cell(0, 5.2, hyphenate(cl), align="J", new_x="LMARGIN", new_y="NEXT")
                    pdf.set_left_margin(lm)
                    pdf.ln(1.8)
                if clauses:
                    pdf.ln(1)
            elif kind == "vote":
                _, pnum, rows = block
                y0 = pdf.get_y()
                pdf.set_font("Sans", "", 10)
                pdf.set_xy(lm, y0)
                pdf.cell(MinutesPDF.IND, 5.2, pnum)
                for label, names in rows:
                    pdf.set_x(lm + MinutesPDF.IND)
                    pdf.cell(32, 5.2, label)
                    pdf.set_left_margin(lm + MinutesPDF.IND + 32)
                    pdf.multi_cell(0, 5.2, names, align="L", new_x="LMARGIN", new_y="NEXT")
                    pdf.set_left_margin(lm)
                    pdf.ln(0.8)
                pdf.ln(2)
        pdf.ln(1.5)

    pdf.ln(4)
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, 5.2, "The meeting began at 5.30 pm and closed at 8.47 pm.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.cell(0, 5.2, "…………………………………………", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5.2, "CHAIR", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Sans", "I", 8)
    pdf.multi_cell(0, 4.2, "Contact officer: Owen Trevithick, Senior Democratic Services Officer, "
                   "democratic.services@carrowford.gov.uk. Minutes are published in draft within ten "
                   "working days and confirmed at the next meeting of the Commission.", align="L")
    pdf.output(path)


def build_all():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / DOC1_NAME).write_text(DOC1_HTML, encoding="utf-8")
    build_doc2(str(DOCS / DOC2_NAME))
    (DOCS / DOC3_NAME).write_text(DOC3_TEXT, encoding="utf-8")
    for gold in (DOC1_GOLD, DOC2_GOLD, DOC3_GOLD):
        name = gold["document"] + ".json"
        name = re.sub(r"\.(html|pdf|txt)\.json$", ".json", name)
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# --check
# ---------------------------------------------------------------------------

def norm(s):
    s = s.replace(SHY, "")
    return " " + re.sub(r"[\W_]+", " ", s.lower()).strip() + " "


def source_texts(path):
    """Return the texts a phrase must be found in (all of them)."""
    if path.suffix == ".html":
        from bs4 import BeautifulSoup
        return [BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")]
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            raw = "\n".join(p.extract_text() or "" for p in pdf.pages)
        dehyph = re.sub(r"(\w)-\n(\w)", r"\1\2", raw)
        return [raw, dehyph]
    return [path.read_text(encoding="utf-8")]


def check():
    ok = True
    for gold in (DOC1_GOLD, DOC2_GOLD, DOC3_GOLD):
        path = DOCS / gold["document"]
        gname = re.sub(r"\.(html|pdf|txt)$", ".json", gold["document"])
        stored = json.loads((GOLD / gname).read_text(encoding="utf-8"))
        if stored != json.loads(json.dumps(gold, ensure_ascii=False)):
            print(f"FAIL {gname}: gold file out of date, rebuild")
            ok = False
        texts = [norm(t) for t in source_texts(path)]
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = norm(ph)
            words = len(n.split())
            if not 6 <= words <= 15:
                print(f"FAIL {path.name}: {kind} phrase has {words} words: {ph!r}")
                ok = False
            for t in texts:
                c = t.count(n)
                if c != 1:
                    print(f"FAIL {path.name}: {kind} phrase found {c} times: {ph!r}")
                    ok = False
                    break
        # answers must follow their questions
        t = texts[-1]
        for q in gold.get("questions", []):
            if q["answer"]:
                qi, ai = t.find(norm(q["text"])), t.find(norm(q["answer"]))
                if qi >= 0 and ai >= 0 and ai < qi:
                    print(f"FAIL {path.name}: answer before question: {q['text']!r}")
                    ok = False
        themes_ok = set(THEMES)
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            bad = set(row["themes"]) - themes_ok
            if bad:
                print(f"FAIL {path.name}: unknown themes {bad}")
                ok = False
        print(f"{path.name}: {len(gold.get('items', []))} items, {len(gold.get('questions', []))} questions, "
              f"{len(gold.get('resolutions', []))} resolutions, {len(gold.get('attendees', []))} attendees")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


THEMES = ["privatisation", "subcontracting", "patient-and-public-input", "public-health", "finance",
          "governance", "integration", "workforce", "primary-care", "mental-health",
          "children-and-families", "adult-social-care", "housing"]


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build_all()
    print("built", DOC1_NAME, DOC2_NAME, DOC3_NAME)
