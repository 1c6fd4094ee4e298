#!/usr/bin/env python3
"""Build the "kz-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_kz.py           build documents/kz-* and gold/kz-*.json
        build_kz.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

MINUTES_NAME = "kz-sowerbeck-ahsc-scrutiny-board-2025-01-21.html"
REPORT_NAME = "kz-sowerbeck-asc-charging-consultation-report-2025-03-18.pdf"

FONT_DIR = "/usr/share/fonts/truetype/dejavu"

# ---------------------------------------------------------------------------------------
# The minutes page
# ---------------------------------------------------------------------------------------

MINUTES_HTML = """<!DOCTYPE html>
<!-- saved from url=(0096)https://www.sowerbeck.gov.uk/council/councillors-and-meetings/meetings/meeting-details?meeting=8841 -->
<html lang="en-GB" class="js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Adults, Health and Social Care Scrutiny Board - 21 January 2025 | Sowerbeck Council</title>
<meta name="description" content="Meeting details, documents and minutes for the Adults, Health and Social Care Scrutiny Board meeting on 21 January 2025.">
<link rel="canonical" href="https://www.sowerbeck.gov.uk/council/councillors-and-meetings/meetings/meeting-details?meeting=8841">
<link rel="stylesheet" href="./Adults, Health and Social Care Scrutiny Board - 21 January 2025 _ Sowerbeck Council_files/site.min.css">
<link rel="stylesheet" href="./Adults, Health and Social Care Scrutiny Board - 21 January 2025 _ Sowerbeck Council_files/print.css" media="print">
<link rel="icon" href="https://www.sowerbeck.gov.uk/themes/sowerbeck/favicon.ico">
<script async="" src="./Adults, Health and Social Care Scrutiny Board - 21 January 2025 _ Sowerbeck Council_files/gtm.js"></script>
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('consent', 'default', {'analytics_storage': 'denied'});
</script>
</head>
<body class="page-meeting-details path-council">

<a href="#main-content" class="skip-link visually-hidden focusable">Skip to main content</a>

<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on the Sowerbeck Council website">
<div class="container">
<h2 class="cookie-banner__heading">Cookies on sowerbeck.gov.uk</h2>
<p>We use some essential cookies to make this website work. We would like to set additional cookies to understand how you use the site and to improve our services.</p>
<button type="button" class="btn btn--primary" data-cookie="accept">Accept additional cookies</button>
<button type="button" class="btn btn--primary" data-cookie="reject">Reject additional cookies</button>
<a href="https://www.sowerbeck.gov.uk/cookies">View cookies</a>
</div>
</div>

<header class="site-header" role="banner">
<div class="container">
<a href="https://www.sowerbeck.gov.uk/" class="site-header__logo"><img src="./Adults, Health and Social Care Scrutiny Board - 21 January 2025 _ Sowerbeck Council_files/logo.svg" alt="Sowerbeck Council homepage"></a>
<form class="site-search" action="https://www.sowerbeck.gov.uk/search" method="get" role="search">
<label for="site-search-input" class="visually-hidden">Search this website</label>
<input type="search" id="site-search-input" name="q" placeholder="Search sowerbeck.gov.uk">
<button type="submit">Search</button>
</form>
<a href="https://www.sowerbeck.gov.uk/my-account" class="site-header__account">My account</a>
</div>
<nav class="site-nav" aria-label="Main menu">
<ul>
<li><a href="https://www.sowerbeck.gov.uk/bins-and-recycling">Bins and recycling</a></li>
<li><a href="https://www.sowerbeck.gov.uk/council-tax">Council Tax</a></li>
<li><a href="https://www.sowerbeck.gov.uk/benefits">Benefits and support</a></li>
<li><a href="https://www.sowerbeck.gov.uk/housing">Housing</a></li>
<li><a href="https://www.sowerbeck.gov.uk/adult-social-care">Adult social care</a></li>
<li><a href="https://www.sowerbeck.gov.uk/schools">Schools and learning</a></li>
<li><a href="https://www.sowerbeck.gov.uk/planning">Planning and building</a></li>
<li><a href="https://www.sowerbeck.gov.uk/council">Council and democracy</a></li>
</ul>
</nav>
</header>

<div class="container">
<nav class="breadcrumb" aria-label="Breadcrumb">
<ol>
<li><a href="https://www.sowerbeck.gov.uk/">Home</a></li>
<li><a href="https://www.sowerbeck.gov.uk/council">Council and democracy</a></li>
<li><a href="https://www.sowerbeck.gov.uk/council/councillors-and-meetings">Councillors and meetings</a></li>
<li><a href="https://www.sowerbeck.gov.uk/council/councillors-and-meetings/meetings">Council meetings</a></li>
<li><a href="https://www.sowerbeck.gov.uk/council/councillors-and-meetings/meetings/committee?id=112">Adults, Health and Social Care Scrutiny Board</a></li>
<li aria-current="page">21 January 2025</li>
</ol>
</nav>
</div>

<main id="main-content" class="container layout layout--two-col" role="main">
<div class="layout__main">

<h1>Adults, Health and Social Care Scrutiny Board - 21 January 2025</h1>

<div class="meeting-summary">
<dl class="meeting-summary__list">
<dt>Date</dt>
<dd>Tuesday 21 January 2025</dd>
<dt>Time</dt>
<dd>6.00pm</dd>
<dt>Venue</dt>
<dd>Council Chamber, Town Hall, Crossley Street, Sowerbeck, SB1 1TH</dd>
<dt>Contact</dt>
<dd>Marcus Fielden, Scrutiny Support Officer - <a href="mailto:democratic.services@sowerbeck.gov.uk">democratic.services@sowerbeck.gov.uk</a> - 01632 960418</dd>
<dt>Webcast</dt>
<dd><a href="https://sowerbeck.public-i.example/webcast/8841">Watch the recording of this meeting</a></dd>
</dl>
</div>

<ul class="tabs" role="tablist">
<li role="presentation"><a href="#tab-documents" role="tab">Documents</a></li>
<li role="presentation"><a href="#tab-minutes" role="tab" aria-selected="true">Minutes</a></li>
<li role="presentation"><a href="#tab-attendance" role="tab">Attendance</a></li>
</ul>

<section id="tab-documents" class="tab-panel" role="tabpanel" hidden>
<h2>Meeting documents</h2>
<ul class="document-list">
<li><a href="https://www.sowerbeck.gov.uk/downloads/file/21904/agenda-21-january-2025">Agenda - 21 January 2025</a> <span class="file-meta">(PDF, 96KB)</span></li>
<li><a href="https://www.sowerbeck.gov.uk/downloads/file/21905/item-3-minutes-26-november-2024">Item 3 - Minutes of the meeting held on 26 November 2024</a> <span class="file-meta">(PDF, 188KB)</span></li>
<li><a href="https://www.sowerbeck.gov.uk/downloads/file/21906/item-6-home-care-recommissioning">Item 6 - Home care recommissioning: progress update</a> <span class="file-meta">(PDF, 412KB)</span></li>
<li><a href="https://www.sowerbeck.gov.uk/downloads/file/21907/item-7-winter-pressures">Item 7 - Winter pressures and hospital discharge (presentation)</a> <span class="file-meta">(PDF, 1.3MB)</span></li>
<li><a href="https://www.sowerbeck.gov.uk/downloads/file/21908/item-8-gp-dental-access">Item 8 - Access to GP and dental services</a> <span class="file-meta">(PDF, 655KB)</span></li>
<li><a href="https://www.sowerbeck.gov.uk/downloads/file/21910/item-10-work-programme">Item 10 - Work programme 2024/25</a> <span class="file-meta">(PDF, 74KB)</span></li>
<li><a href="https://www.sowerbeck.gov.uk/downloads/file/21974/minutes-21-january-2025">Minutes - 21 January 2025</a> <span class="file-meta">(PDF, 154KB)</span></li>
</ul>
</section>

<section id="tab-minutes" class="tab-panel" role="tabpanel">
<h2>Minutes</h2>
<div class="callout callout--info">
<p>These minutes are draft until they are approved at the next meeting of the Board.</p>
</div>

<div class="editor-content minutes">

<p style="text-align: center;"><strong>ADULTS, HEALTH AND SOCIAL CARE SCRUTINY BOARD</strong></p>
<p style="text-align: center;">Minutes of the meeting held on Tuesday 21 January 2025 at 6.00 pm in the Council Chamber, Town Hall, Sowerbeck</p>

<p><strong>Present:</strong><br>
Councillor Holroyd (Chair)<br>
Councillors Ahmed, Barraclough, Crabtree, Hussain, Pearson (substitute for Councillor Greenwood), Sutcliffe and Whiteley</p>

<p><strong>Co-opted Member (non-voting):</strong><br>
Mrs S Lumb (Healthwatch Sowerbeck)</p>

<p><strong>Also in attendance:</strong><br>
Councillor Kershaw (Cabinet Member for Adult Services and Wellbeing)</p>

<p><strong>Officers:</strong><br>
Iain Baxter (Director, Adult Services and Wellbeing)<br>
Rachel Firth (Head of Commissioning, Adults)<br>
Dr Helen Mistry (Director of Public Health)<br>
Marcus Fielden (Scrutiny Support Officer)</p>

<p><strong>Partners:</strong><br>
Sarah Lister (Director of Place, Pennine Ridings Integrated Care Board) (Minutes 43 and 44)<br>
Jo Ackroyd (Chief Operating Officer, Sowerbeck and Moorclough Hospitals NHS Foundation Trust) (Minute 43)<br>
Dr Owen Pratt (Clinical Director, Moorclough and Upper Valley Primary Care Network) (Minute 44)</p>

<p><strong>Apologies:</strong><br>
Councillors Greenwood and Stansfield</p>

<p>&nbsp;</p>

<h3 id="minute-38"><span class="minute-number">38</span> APOLOGIES FOR ABSENCE</h3>
<p>Apologies for absence were received from Councillors Greenwood and Stansfield. Councillor Pearson attended as a substitute for Councillor Greenwood.</p>
<p class="back-to-top"><a href="#main-content">Back to top</a></p>

<h3 id="minute-39"><span class="minute-number">39</span> MEMBERS' INTERESTS</h3>
<p>Councillor Hussain declared a non-pecuniary interest in Minute 42 (Home Care Recommissioning) as a member of her family is employed by one of the Council's framework home care providers.</p>
<p>Councillor Whiteley declared a non-pecuniary interest in Minute 43 (Winter Pressures and Hospital Discharge) as a public governor of Sowerbeck and Moorclough Hospitals NHS Foundation Trust.</p>
<p class="back-to-top"><a href="#main-content">Back to top</a></p>

<h3 id="minute-40"><span class="minute-number">40</span> MINUTES OF THE PREVIOUS MEETING</h3>
<p><strong>RESOLVED</strong> that the Minutes of the meeting of the Board held on 26 November 2024 be approved as a correct record and signed by the Chair.</p>
<p><u>Matters arising</u></p>
<p>Minute 31 (Reablement Service) &ndash; Councillor Crabtree asked whether the figures on waiting times for the reablement service, which had been requested at the last meeting, had been circulated. The Scrutiny Support Officer advised that the figures had been received from the service on 14 January and would be sent to Members with these Minutes.</p>
<p class="back-to-top"><a href="#main-content">Back to top</a></p>

<h3 id="minute-41"><span class="minute-number">41</span> PUBLIC QUESTION TIME</h3>
<p>The Chair reported that one question had been received in accordance with the Board's procedure for questions from members of the public.</p>
<p>Mr Dennis Pickles, of Brackenholme, asked the following question:</p>
<blockquote>
<p><em>&ldquo;The Shawcross Green Day Centre has been closed since the roof was damaged in October and families have been told very little. Will the Cabinet Member give a date for reopening, and say what is being provided in the meantime for the 34 people who used the centre?&rdquo;</em></p>
</blockquote>
<p>The Cabinet Member for Adult Services and Wellbeing (Councillor Kershaw) replied that she wished to apologise to families for the poor communication since the centre had closed. The roof repairs were now due to be completed at the end of February and the centre was expected to reopen on Monday 10 March 2025. In the meantime, 29 of the 34 people who used the centre had been offered places at the Lowerfold Day Centre, with transport provided, and the remaining five had chosen to receive support at home or through a direct payment. A letter would be sent to every family this week.</p>
<p>By way of a supplementary question, Mr Pickles asked whether the Council would guarantee that the Shawcross Green centre would not close permanently as part of the budget savings. The Cabinet Member replied that there were no proposals in the draft budget for 2025/26 to close the centre.</p>
<p class="back-to-top"><a href="#main-content">Back to top</a></p>

<h3 id="minute-42"><span class="minute-number">42</span> HOME CARE RECOMMISSIONING &ndash; PROGRESS UPDATE</h3>
<p>The Director, Adult Services and Wellbeing submitted a report which updated the Board on progress with the recommissioning of home care services, following the Board's consideration of the proposed new model at its meeting on 24 September 2024 (Minute 19 refers).</p>
<p>Rachel Firth, Head of Commissioning, Adults, introduced the report and reminded Members that the new model would replace the current framework of 23 providers with eight lead providers, one for each of eight geographical zones, with the new contracts starting on 1 October 2025. The tender had closed on 6 December 2024 and 41 bids had been received from 19 organisations. Evaluation was under way, with people who use services and carers taking part in the evaluation of the quality questions, and it was expected that contracts would be awarded in April 2025. The report also set out the proposed hourly rate of &pound;24.80 for 2025/26, the arrangements for the transfer of care workers between providers under TUPE and the steps that would be taken to ensure continuity of care for the approximately 1,650 people who currently receive home care.</p>
<p>In discussion, Members raised the following issues:</p>
<ul>
<li>Members were concerned that people might have to change carer if their current provider was unsuccessful in the tender, and asked how many people could be affected. The Head of Commissioning, Adults explained that this would not be known until the evaluation was complete, but modelling suggested that up to 40% of people could see a change of provider. In most cases the care workers would transfer to the new provider under TUPE, so that people would be able to keep the same carer even where the provider changed.</li>
<li>Councillor Barraclough asked whether the proposed hourly rate of &pound;24.80 would be sufficient for providers to pay the Real Living Wage, given the increase in employers' National Insurance contributions from April 2025. The Director, Adult Services and Wellbeing said that the rate had been calculated using the national cost of care toolkit and allowed for care workers to be paid the Real Living Wage of &pound;12.60 an hour. However, the National Insurance changes had been announced after the rate had been set, and the rate would be reviewed before contracts were signed.</li>
<li>A Member asked how the rural zone, covering Moorclough and the upper valley, would be served, as providers had in the past been reluctant to accept packages of care there. Officers explained that the zone boundary had been drawn to include part of Sowerbeck town centre so that the zone would be viable for a provider, and that a rural travel supplement of &pound;1.50 an hour would be paid for calls in the most remote areas.</li>
<li>Mrs Lumb reported that Healthwatch Sowerbeck had gathered feedback from 112 people who use home care services, and that the most common issues were late or missed calls and people not knowing which care worker would be visiting. She asked how the new contracts would address these concerns. The Head of Commissioning, Adults said that electronic call monitoring would be a requirement in every zone and that the contracts included a target for 95% of calls to start within 30 minutes of the planned time, with service credits payable where providers fell short.</li>
<li>Councillor Ahmed asked whether bringing some or all of home care back in-house had been considered, as a number of other councils had done. The Director, Adult Services and Wellbeing replied that an in-house option had been costed as part of the options appraisal in 2024 and had been estimated to cost around &pound;3.1 million a year more than the proposed model, mainly because of differences in pensions and terms and conditions. The Council's reablement service would, however, continue to be provided in-house.</li>
<li>Councillor Sutcliffe commented that the last recommissioning of home care, in 2019, had left some people without care for several weeks, and requested that a detailed transition plan be brought to the Board before the new contracts started. The Cabinet Member for Adult Services and Wellbeing agreed that this would be reported to the Board in July 2025.</li>
<li>Councillor Crabtree questioned whether reducing the number of providers from 23 to eight would increase the risk to the Council, and to the people using the service, if one of the lead providers were to fail or hand back its contract.</li>
</ul>
<p>The Chair thanked the Head of Commissioning for the report and asked that the Board's thanks be passed on to the staff involved in the tender.</p>
<p><strong>RESOLVED</strong> that</p>
<ol style="list-style-type: lower-alpha;">
<li>the progress made on the recommissioning of home care services be noted;</li>
<li>the Director, Adult Services and Wellbeing be asked to review the proposed hourly rate for 2025/26 in the light of the increase in employers' National Insurance contributions, and to report the outcome to the Chair before contracts are awarded; and</li>
<li>a transition plan for the new home care contracts be submitted to the meeting of the Board in July 2025.</li>
</ol>
<p><em>(Councillor Sutcliffe left the meeting at the conclusion of this item.)</em></p>
<p class="back-to-top"><a href="#main-content">Back to top</a></p>

<h3 id="minute-43"><span class="minute-number">43</span> WINTER PRESSURES AND HOSPITAL DISCHARGE</h3>
<p>The Board received a joint presentation from partners in the Sowerbeck Health and Care Partnership on the pressures on the local health and care system over the winter and on the arrangements for discharging people from hospital. A copy of the presentation slides had been published with the agenda.</p>
<p>Jo Ackroyd, Chief Operating Officer, Sowerbeck and Moorclough Hospitals NHS Foundation Trust, reported that the Trust had declared OPEL level 4, the highest level of escalation, on three occasions since Christmas. Flu admissions had peaked in the first week of January, when there had been 68 patients with flu in the Trust's beds, and on average 52 patients a day who no longer met the criteria to reside had been waiting to leave hospital. Sarah Lister, Director of Place, Pennine Ridings Integrated Care Board, outlined the additional capacity funded through the winter plan, including 20 virtual ward beds and an urgent community response service operating from 8.00 am to 10.00 pm. The Director, Adult Services and Wellbeing summarised the Council's contribution, including the expansion of the Integrated Discharge Team and the purchase of additional short-term care home beds.</p>
<p>Councillor Whiteley, having declared an interest, asked about ambulance handover times at Sowerbeck Royal Infirmary, which had been reported in the local press. Jo Ackroyd explained that the average handover time in December had been 41 minutes against a national standard of 30 minutes, and that a new &lsquo;fit to sit&rsquo; area had opened in the Emergency Department on 6 January which was already reducing delays. In response to a question from Councillor Hussain about the number of people waiting in hospital for a care home place, the Director, Adult Services and Wellbeing said that on the day of the meeting 17 people were waiting for a nursing home placement and that the Council had block-purchased 12 additional discharge to assess beds until the end of March, funded from the Better Care Fund. Councillor Pearson asked why people were still being discharged late at night, and described the case of a constituent in her eighties who had been sent home by taxi at 11.30 pm to a house with no heating on and no food. Jo Ackroyd apologised and undertook to look into the case if Councillor Pearson would provide the details, adding that the Trust's policy was that no one over 65 should be discharged after 8.00 pm unless they or their family asked to go home.</p>
<p>Members sought assurance that social care staff would be available at weekends to support discharges. The Director, Adult Services and Wellbeing confirmed that the Integrated Discharge Team had worked seven days a week since November, although with fewer staff on Saturdays and Sundays, and that social workers were on call on bank holidays.</p>
<p>Councillor Ahmed asked what was being done to increase the take-up of flu vaccination among care home staff, which he understood to be below 30% in some homes. The Director of Public Health said that uptake among care home staff was 34% across the borough, compared with 81% among residents, and that the public health team had funded pharmacists to run vaccination sessions in care homes during January.</p>
<p>Councillor Barraclough commented that unpaid carers were too often not told that the person they cared for was about to be discharged, and that this was a recurring theme in Members' casework. Sarah Lister acknowledged the point and said that the ICB's new carers' strategy, due to be published in the spring, would include a commitment to involve carers in discharge planning.</p>
<p>The Board noted the presentation, thanked the partners for attending and asked that a further update on winter performance and hospital discharge, including ambulance handover times, be provided to its meeting in June 2025.</p>
<p class="back-to-top"><a href="#main-content">Back to top</a></p>

<h3 id="minute-44"><span class="minute-number">44</span> ACCESS TO GP AND DENTAL SERVICES</h3>
<p>Sarah Lister and Dr Owen Pratt, Clinical Director, Moorclough and Upper Valley Primary Care Network, presented a report of Pennine Ridings Integrated Care Board on access to general practice and NHS dentistry in the borough. The report showed that GP practices in Sowerbeck had provided 612,000 appointments in the year to November 2024, 7% more than in the previous year, and that 54% of appointments took place on the day they were booked. Only two of the borough's 27 dental practices were accepting new adult NHS patients, although all were accepting children.</p>
<p>In response to a question from Councillor Ahmed about the morning telephone queue, Dr Pratt said that all practices in the borough had now moved to cloud-based telephone systems with a call-back option, and that the proportion of patients abandoning their calls had fallen from 19% to 11% since April.</p>
<p>Councillor Sutcliffe&rsquo;s question, submitted in advance, asked why residents of Moorclough had to travel to Sowerbeck to see an NHS dentist. Sarah Lister explained that dental services were commissioned under a national contract which made it difficult for the ICB to require practices to take on new patients. The ICB had commissioned 1,400 additional urgent dental appointments this year and was procuring a new dental practice in the upper valley, with the contract expected to start in the autumn.</p>
<p>Mrs Lumb said that Healthwatch continued to hear from people who had been removed from their dentist's list after not attending for two years, and requested that the ICB publish an up-to-date list of practices accepting NHS patients. Sarah Lister agreed to raise this with the regional dental commissioning team.</p>
<p>Councillor Hussain expressed concern about the closure of community pharmacies and the reduced opening hours of others, particularly in the evenings. Dr Pratt said that two pharmacies had closed in the borough during 2024 but that the Pharmaceutical Needs Assessment had found that there was still adequate provision; the ICB would keep the position under review.</p>
<p>Councillor Crabtree asked whether the additional roles funded through the primary care networks, such as physiotherapists and mental health practitioners, were freeing up GP time, and whether patients understood that they might not always see a GP. Dr Pratt said that there were now 96 staff in additional roles across the four primary care networks, and that practices were working with Healthwatch Sowerbeck on a campaign to explain the different roles to patients.</p>
<p><strong>RESOLVED</strong> that</p>
<ol style="list-style-type: lower-alpha;">
<li>the report of Pennine Ridings Integrated Care Board be noted; and</li>
<li>Cabinet be recommended to write to the Secretary of State for Health and Social Care, on behalf of the Council, calling for reform of the NHS dental contract so that new NHS dental practices can be commissioned in areas with poor access.</li>
</ol>
<p class="back-to-top"><a href="#main-content">Back to top</a></p>

<h3 id="minute-45"><span class="minute-number">45</span> ADULT SOCIAL CARE CHARGING POLICY &ndash; PROPOSALS FOR CONSULTATION</h3>
<p>The Chair reported that, at the request of the Cabinet Member for Adult Services and Wellbeing, the report on proposed changes to the adult social care charging policy had been withdrawn from the agenda so that the provisional Local Government Finance Settlement, announced on 18 December 2024, could be taken into account.</p>
<p>Councillor Barraclough expressed disappointment that the item had been withdrawn at short notice, given that the public consultation was due to begin in the spring, and requested that Board Members see the draft consultation documents before they were published. The Cabinet Member agreed to circulate the draft documents to Members of the Board.</p>
<p><strong>RESOLVED</strong> that consideration of the adult social care charging policy proposals be deferred to the meeting of the Board on 18 March 2025.</p>
<p class="back-to-top"><a href="#main-content">Back to top</a></p>

<h3 id="minute-46"><span class="minute-number">46</span> WORK PROGRAMME 2024/25</h3>
<p>The Scrutiny Support Officer submitted the Board's work programme for the remainder of the 2024/25 municipal year, together with a list of possible topics for 2025/26.</p>
<p>Councillor Whiteley asked that an item on mental health crisis support, including the new crisis caf&eacute; at Lowerfold, be added to the work programme. The Chair agreed that this would be scheduled for the first meeting of 2025/26.</p>
<p>Councillor Hussain asked whether Members of the Board could visit the new Integrated Discharge Hub at Sowerbeck Royal Infirmary. The Scrutiny Support Officer said that he would arrange a visit for Members in February.</p>
<p><strong>RESOLVED</strong> that the work programme for 2024/25 be agreed, subject to the addition of the items referred to in Minutes 42, 43 and 46 above.</p>
<p class="back-to-top"><a href="#main-content">Back to top</a></p>

<h3 id="minute-47"><span class="minute-number">47</span> DATE AND TIME OF NEXT MEETING</h3>
<p>The next meeting of the Board will be held on Tuesday 18 March 2025 at 6.00 pm in the Council Chamber, Town Hall, Sowerbeck.</p>

<p>&nbsp;</p>
<p>The meeting closed at 8.41 pm.</p>
<p>Chair</p>

</div>
<p class="download-link"><a href="https://www.sowerbeck.gov.uk/downloads/file/21974/minutes-21-january-2025">Download these minutes (PDF, 154KB)</a></p>
</section>

<section id="tab-attendance" class="tab-panel" role="tabpanel" hidden>
<h2>Attendance</h2>
<p>Attendance records are published when the minutes have been approved.</p>
</section>

<div class="page-meta">
<p>Last updated: 4 February 2025</p>
</div>

<div class="feedback" id="page-feedback">
<h2 class="feedback__heading">Was this page useful?</h2>
<form action="https://www.sowerbeck.gov.uk/feedback" method="post">
<fieldset>
<legend class="visually-hidden">Was this page useful?</legend>
<label><input type="radio" name="useful" value="yes"> Yes</label>
<label><input type="radio" name="useful" value="no"> No</label>
</fieldset>
<label for="feedback-comment">What were you trying to do? (optional)</label>
<textarea id="feedback-comment" name="comment" rows="3"></textarea>
<p class="hint">Please do not include personal or financial information. We cannot reply to comments left here. If you need help, <a href="https://www.sowerbeck.gov.uk/contact-us">contact us</a>.</p>
<button type="submit" class="btn">Send feedback</button>
</form>
</div>

</div>

<aside class="layout__sidebar" aria-label="Related pages">
<div class="sidebar-box">
<h2>About this committee</h2>
<ul>
<li><a href="https://www.sowerbeck.gov.uk/council/councillors-and-meetings/meetings/committee?id=112">Adults, Health and Social Care Scrutiny Board - membership and meetings</a></li>
<li><a href="https://www.sowerbeck.gov.uk/council/scrutiny">How scrutiny works in Sowerbeck</a></li>
<li><a href="https://www.sowerbeck.gov.uk/council/scrutiny/suggest-a-topic">Suggest a topic for scrutiny</a></li>
</ul>
</div>
<div class="sidebar-box">
<h2>Have your say at a meeting</h2>
<p>Can I ask a question at a scrutiny board? Yes. Questions must be received by Democratic Services by 12 noon, three working days before the meeting, and must relate to an item on the agenda.</p>
<p><a href="https://www.sowerbeck.gov.uk/council/councillors-and-meetings/public-questions">Find out how to ask a question</a></p>
</div>
<div class="sidebar-box">
<h2>Related pages</h2>
<ul>
<li><a href="https://www.sowerbeck.gov.uk/council/councillors-and-meetings/meetings/calendar">Meetings calendar</a></li>
<li><a href="https://www.sowerbeck.gov.uk/council/councillors-and-meetings/find-your-councillor">Find your councillor</a></li>
<li><a href="https://www.sowerbeck.gov.uk/council/councillors-and-meetings/decisions">Decisions and forward plan</a></li>
<li><a href="https://www.sowerbeck.gov.uk/council/councillors-and-meetings/webcasts">Watch council meetings online</a></li>
</ul>
</div>
</aside>

</main>

<footer class="site-footer" role="contentinfo">
<div class="container">
<ul class="site-footer__links">
<li><a href="https://www.sowerbeck.gov.uk/contact-us">Contact us</a></li>
<li><a href="https://www.sowerbeck.gov.uk/accessibility-statement">Accessibility statement</a></li>
<li><a href="https://www.sowerbeck.gov.uk/privacy">Privacy notice</a></li>
<li><a href="https://www.sowerbeck.gov.uk/cookies">Cookies</a></li>
<li><a href="https://www.sowerbeck.gov.uk/jobs">Jobs</a></li>
</ul>
<ul class="site-footer__social">
<li><a href="https://www.facebook.com/sowerbeckcouncil">Facebook</a></li>
<li><a href="https://www.instagram.com/sowerbeckcouncil">Instagram</a></li>
<li><a href="https://www.linkedin.com/company/sowerbeck-council">LinkedIn</a></li>
</ul>
<p>Sowerbeck Council, Town Hall, Crossley Street, Sowerbeck, SB1 1TH</p>
<p>&copy; 2025 Sowerbeck Council</p>
</div>
</footer>

<script src="./Adults, Health and Social Care Scrutiny Board - 21 January 2025 _ Sowerbeck Council_files/site.min.js"></script>
<script>
document.querySelectorAll('.tabs a').forEach(function (a) {
  a.addEventListener('click', function (e) { e.preventDefault(); showTab(a.getAttribute('href')); });
});
</script>
</body></html>
"""

# ---------------------------------------------------------------------------------------
# Gold for the minutes
# ---------------------------------------------------------------------------------------

CM_ASW = "Cabinet Member for Adult Services and Wellbeing"
DIR_ASW = "Director, Adult Services and Wellbeing"
HOC = "Head of Commissioning, Adults"


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Adults, Health and Social Care Scrutiny Board",
    "meeting_date": "2025-01-21",
    "items": [
        {"number": "38", "title": "APOLOGIES FOR ABSENCE"},
        {"number": "39", "title": "MEMBERS' INTERESTS"},
        {"number": "40", "title": "MINUTES OF THE PREVIOUS MEETING"},
        {"number": "41", "title": "PUBLIC QUESTION TIME"},
        {"number": "42", "title": "HOME CARE RECOMMISSIONING – PROGRESS UPDATE"},
        {"number": "43", "title": "WINTER PRESSURES AND HOSPITAL DISCHARGE"},
        {"number": "44", "title": "ACCESS TO GP AND DENTAL SERVICES"},
        {"number": "45", "title": "ADULT SOCIAL CARE CHARGING POLICY – PROPOSALS FOR CONSULTATION"},
        {"number": "46", "title": "WORK PROGRAMME 2024/25"},
        {"number": "47", "title": "DATE AND TIME OF NEXT MEETING"},
    ],
    "questions": [
        # 40 Minutes: matters arising
        q("40", "question",
          "asked whether the figures on waiting times for the reablement service",
          "Councillor Crabtree",
          "the figures had been received from the service on 14 January",
          "Scrutiny Support Officer", ["adult-social-care"]),
        # 41 Public question time
        q("41", "question",
          "Will the Cabinet Member give a date for reopening",
          "Mr Dennis Pickles",
          "The roof repairs were now due to be completed at the end of February",
          CM_ASW + " (Councillor Kershaw)", ["adult-social-care"]),
        q("41", "question",
          "would guarantee that the Shawcross Green centre would not close permanently",
          "Mr Pickles",
          "there were no proposals in the draft budget for 2025/26 to close the centre",
          "Cabinet Member", ["adult-social-care", "finance"]),
        # 42 Home care recommissioning
        q("42", "concern",
          "Members were concerned that people might have to change carer",
          None,
          "In most cases the care workers would transfer to the new provider under TUPE",
          HOC, ["adult-social-care", "subcontracting", "workforce"]),
        q("42", "question",
          "would be sufficient for providers to pay the Real Living Wage",
          "Councillor Barraclough",
          "the rate would be reviewed before contracts were signed",
          DIR_ASW, ["finance", "workforce", "adult-social-care", "subcontracting"]),
        q("42", "question",
          "asked how the rural zone, covering Moorclough and the upper valley, would be served",
          None,
          "the zone boundary had been drawn to include part of Sowerbeck town centre",
          "Officers", ["adult-social-care", "subcontracting"]),
        q("42", "question",
          "She asked how the new contracts would address these concerns",
          "Mrs Lumb",
          "electronic call monitoring would be a requirement in every zone",
          HOC, ["patient-and-public-input", "adult-social-care", "subcontracting"]),
        q("42", "question",
          "asked whether bringing some or all of home care back in-house had been considered",
          "Councillor Ahmed",
          "an in-house option had been costed as part of the options appraisal",
          DIR_ASW, ["privatisation", "finance", "adult-social-care"]),
        q("42", "request",
          "requested that a detailed transition plan be brought to the Board",
          "Councillor Sutcliffe",
          "agreed that this would be reported to the Board in July 2025",
          CM_ASW, ["adult-social-care", "subcontracting"]),
        q("42", "question",
          "questioned whether reducing the number of providers from 23 to eight would increase the risk",
          "Councillor Crabtree",
          None, None, ["subcontracting", "governance", "adult-social-care"]),
        # 43 Winter pressures and hospital discharge
        q("43", "question",
          "asked about ambulance handover times at Sowerbeck Royal Infirmary",
          "Councillor Whiteley",
          "the average handover time in December had been 41 minutes",
          "Jo Ackroyd", []),
        q("43", "question",
          "the number of people waiting in hospital for a care home place",
          "Councillor Hussain",
          "the Council had block-purchased 12 additional discharge to assess beds",
          DIR_ASW, ["adult-social-care", "integration"]),
        q("43", "question",
          "asked why people were still being discharged late at night",
          "Councillor Pearson",
          "undertook to look into the case if Councillor Pearson would provide the details",
          "Jo Ackroyd", ["adult-social-care"]),
        q("43", "question",
          "sought assurance that social care staff would be available at weekends",
          None,
          "the Integrated Discharge Team had worked seven days a week since November",
          DIR_ASW, ["adult-social-care", "workforce", "integration"]),
        q("43", "question",
          "increase the take-up of flu vaccination among care home staff",
          "Councillor Ahmed",
          "the public health team had funded pharmacists to run vaccination sessions",
          "Director of Public Health", ["public-health", "workforce", "adult-social-care"]),
        q("43", "concern",
          "unpaid carers were too often not told that the person they cared for",
          "Councillor Barraclough",
          "would include a commitment to involve carers in discharge planning",
          "Sarah Lister", ["adult-social-care"]),
        # 44 Access to GP and dental services
        q("44", "question",
          "In response to a question from Councillor Ahmed about the morning telephone queue",
          "Councillor Ahmed",
          "all practices in the borough had now moved to cloud-based telephone systems",
          "Dr Pratt", ["primary-care"]),
        q("44", "question",
          "why residents of Moorclough had to travel to Sowerbeck to see an NHS dentist",
          "Councillor Sutcliffe",
          "was procuring a new dental practice in the upper valley",
          "Sarah Lister", ["primary-care", "subcontracting"]),
        q("44", "request",
          "requested that the ICB publish an up-to-date list of practices accepting NHS patients",
          "Mrs Lumb",
          "agreed to raise this with the regional dental commissioning team",
          "Sarah Lister", ["primary-care", "patient-and-public-input"]),
        q("44", "concern",
          "expressed concern about the closure of community pharmacies",
          "Councillor Hussain",
          "the Pharmaceutical Needs Assessment had found that there was still adequate provision",
          "Dr Pratt", ["primary-care"]),
        q("44", "question",
          "asked whether the additional roles funded through the primary care networks",
          "Councillor Crabtree",
          "there were now 96 staff in additional roles across the four primary care networks",
          "Dr Pratt", ["primary-care", "workforce"]),
        # 45 Charging policy
        q("45", "request",
          "requested that Board Members see the draft consultation documents before they were published",
          "Councillor Barraclough",
          "agreed to circulate the draft documents to Members of the Board",
          "Cabinet Member", ["adult-social-care", "finance", "patient-and-public-input"]),
        # 46 Work programme
        q("46", "request",
          "asked that an item on mental health crisis support",
          "Councillor Whiteley",
          "this would be scheduled for the first meeting of 2025/26",
          "Chair", ["mental-health"]),
        q("46", "request",
          "asked whether Members of the Board could visit the new Integrated Discharge Hub",
          "Councillor Hussain",
          "he would arrange a visit for Members in February",
          "Scrutiny Support Officer", ["integration"]),
    ],
    "resolutions": [
        {"item": "40",
         "text": "the Minutes of the meeting of the Board held on 26 November 2024",
         "outcome": "agreed", "themes": []},
        {"item": "42",
         "text": "the progress made on the recommissioning of home care services be noted",
         "outcome": "agreed",
         "themes": ["adult-social-care", "subcontracting", "finance", "workforce"]},
        {"item": "43",
         "text": "asked that a further update on winter performance and hospital discharge",
         "outcome": "agreed", "themes": ["adult-social-care"]},
        {"item": "44",
         "text": "calling for reform of the NHS dental contract so that new NHS dental practices",
         "outcome": "recommended", "themes": ["primary-care", "subcontracting"]},
        {"item": "45",
         "text": "consideration of the adult social care charging policy proposals be deferred",
         "outcome": "deferred", "themes": ["adult-social-care", "finance"]},
        {"item": "46",
         "text": "the work programme for 2024/25 be agreed, subject to the addition",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "Councillor Holroyd", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Ahmed", "role": None, "attendance": "present"},
        {"name": "Councillor Barraclough", "role": None, "attendance": "present"},
        {"name": "Councillor Crabtree", "role": None, "attendance": "present"},
        {"name": "Councillor Hussain", "role": None, "attendance": "present"},
        {"name": "Councillor Pearson", "role": "substitute for Councillor Greenwood",
         "attendance": "present"},
        {"name": "Councillor Sutcliffe", "role": None, "attendance": "present"},
        {"name": "Councillor Whiteley", "role": None, "attendance": "present"},
        {"name": "Mrs S Lumb", "role": "Healthwatch Sowerbeck", "attendance": "present"},
        {"name": "Councillor Kershaw", "role": CM_ASW, "attendance": "in_attendance"},
        {"name": "Iain Baxter", "role": DIR_ASW, "attendance": "in_attendance"},
        {"name": "Rachel Firth", "role": HOC, "attendance": "in_attendance"},
        {"name": "Dr Helen Mistry", "role": "Director of Public Health",
         "attendance": "in_attendance"},
        {"name": "Marcus Fielden", "role": "Scrutiny Support Officer",
         "attendance": "in_attendance"},
        {"name": "Sarah Lister",
         "role": "Director of Place, Pennine Ridings Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Jo Ackroyd",
         "role": "Chief Operating Officer, Sowerbeck and Moorclough Hospitals NHS Foundation Trust",
         "attendance": "in_attendance"},
        {"name": "Dr Owen Pratt",
         "role": "Clinical Director, Moorclough and Upper Valley Primary Care Network",
         "attendance": "in_attendance"},
        {"name": "Councillor Greenwood", "role": None, "attendance": "apologies"},
        {"name": "Councillor Stansfield", "role": None, "attendance": "apologies"},
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}

# ---------------------------------------------------------------------------------------
# The report (not minutes): PDF
# ---------------------------------------------------------------------------------------

REPORT_BLOCKS = [
    ("h1", "Report to the Adults, Health and Social Care Scrutiny Board"),
    ("kv", [
        ("Date of meeting", "18 March 2025"),
        ("Report of", "Director, Adult Services and Wellbeing"),
        ("Cabinet Member", "Councillor Kershaw, Adult Services and Wellbeing"),
        ("Subject", "Adult Social Care Charging Policy: proposals for consultation"),
        ("Wards affected", "All wards"),
        ("Key decision", "No (the decision will be taken by Cabinet on 7 April 2025)"),
        ("Contact officer", "Rachel Firth, Head of Commissioning, Adults - 01632 960512"),
    ]),
    ("h2", "1. Purpose of the report"),
    ("p", "1.1 This report sets out proposed changes to the Council's Charging Policy for "
          "non-residential adult social care and asks the Board to comment on them before "
          "Cabinet is asked to approve a 12 week public consultation. An earlier version of "
          "this report was withdrawn from the Board's meeting on 21 January 2025 so that the "
          "provisional Local Government Finance Settlement could be taken into account."),
    ("h2", "2. Recommendations"),
    ("p", "2.1 That the Board:"),
    ("li", "(a) considers the proposed changes to the Charging Policy set out in section 4;"),
    ("li", "(b) makes any comments or recommendations it wishes Cabinet to take into account "
           "when it considers the proposals on 7 April 2025; and"),
    ("li", "(c) notes that the outcome of the consultation will be reported to the Board "
           "before any final decision is made."),
    ("h2", "3. Background"),
    ("p", "3.1 The Care Act 2014 allows councils to charge for the care and support they "
          "arrange, provided that people are left with at least the Minimum Income Guarantee "
          "set by the Government. Around 2,300 people currently receive non-residential care "
          "arranged by the Council, of whom about 1,180 pay a contribution towards its cost. "
          "Charges are assessed individually and no one pays more than the cost of their care."),
    ("p", "3.2 The Council's Charging Policy was last reviewed in 2019. Since then the cost of "
          "providing care has risen by 38%, while income from charges has risen by 11%. The "
          "adult social care budget for 2024/25 is forecast to overspend by £2.4 million."),
    ("h2", "4. Proposed changes"),
    ("p", "4.1 Four changes are proposed for consultation:"),
    ("li", "(a) to take into account the enhanced rate of the daily living component of "
           "Attendance Allowance, Disability Living Allowance and Personal Independence "
           "Payment, where the person receives care at night;"),
    ("li", "(b) to replace the standard Disability Related Expenditure allowance of £17.50 a "
           "week with an individual assessment for anyone who asks for one;"),
    ("li", "(c) to introduce an arrangement fee of £295 a year for people with savings above "
           "the upper capital limit who ask the Council to arrange their care; and"),
    ("li", "(d) to charge for day services and transport at the actual cost, rather than the "
           "flat daily rate of £32 set in 2019."),
    ("p", "4.2 If all four changes were introduced, additional income is estimated at £610,000 "
          "a year. About 420 people would pay more, by an average of £9.80 a week; around 60 "
          "people would pay less as a result of individual Disability Related Expenditure "
          "assessments."),
    ("h2", "5. Questions the Board may wish to consider"),
    ("li", "Are the proposals fair to people on the lowest incomes?"),
    ("li", "How will the Council make sure that people are not deterred from asking for "
           "care because of the cost?"),
    ("li", "Is the proposed arrangement fee in line with neighbouring councils?"),
    ("li", "What support will be available to help people understand the changes and to "
           "take part in the consultation?"),
    ("h2", "6. Consultation and engagement"),
    ("p", "6.1 Subject to Cabinet approval, the consultation would run for 12 weeks from "
          "14 April 2025. It would include an online survey, an easy read version, drop-in "
          "sessions at libraries in Sowerbeck, Moorclough and Brackenholme, and letters to "
          "everyone who currently pays a charge. Healthwatch Sowerbeck and the Sowerbeck "
          "Carers' Centre have agreed to help reach people who might otherwise not respond."),
    ("h2", "7. Responses to questions raised at the Board's meeting on 26 November 2024"),
    ("table", [
        ("Question", "Response"),
        ("How many people stopped their care in 2023/24 because of the charge?",
         "Fourteen people cancelled their care after a financial assessment in 2023/24. "
         "Each was offered a review and nine have since restarted support."),
        ("Do other councils in the region charge an arrangement fee?",
         "Seven of the nine councils in the region charge a fee, ranging from £150 to £390 a "
         "year."),
        ("Will carers be charged for services that support them?",
         "No. The Council does not charge carers for support provided to them in their own "
         "right, and no change to this is proposed."),
    ]),
    ("h2", "8. Financial implications"),
    ("p", "8.1 The Medium Term Financial Plan assumes additional income of £300,000 from "
          "charging in 2025/26 and £610,000 in a full year. Collection costs are estimated "
          "at £45,000 a year."),
    ("h2", "9. Legal implications"),
    ("p", "9.1 The Council must consult before changing its Charging Policy and must have due "
          "regard to the Public Sector Equality Duty. A draft Equality Impact Assessment is "
          "attached at Appendix B."),
    ("h2", "10. Risks"),
    ("p", "10.1 There is a risk that some people may decline care they need because of cost. "
          "This will be mitigated by individual reviews, by advice from welfare benefits "
          "officers and by monitoring cancellations of care during the first year."),
    ("p", "Appendices: A - Draft consultation questionnaire; B - Draft Equality Impact "
          "Assessment (both available from the contact officer)."),
]


def build_report(path):
    from fpdf import FPDF

    class Report(FPDF):
        def header(self):
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Sowerbeck Council", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(0, 94, 110)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(4)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-14)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Agenda Item 6 - Page %d" % self.page_no(), align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 3, 7, 9, 30, 0,
                                            tzinfo=datetime.timezone.utc))
    pdf.set_title("Adult Social Care Charging Policy: proposals for consultation")
    pdf.set_author("Sowerbeck Council")
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    for kind, content in REPORT_BLOCKS:
        if kind == "h1":
            pdf.set_font("DejaVu", "B", 14)
            pdf.multi_cell(width, 7, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h2":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(width, 6, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(width, 5.2, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "li":
            pdf.set_font("DejaVu", "", 10)
            pdf.set_x(pdf.l_margin + 8)
            pdf.multi_cell(width - 8, 5.2, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "kv":
            pdf.set_font("DejaVu", "", 10)
            with pdf.table(col_widths=(45, 125), line_height=5.5,
                           first_row_as_headings=False) as table:
                for k, v in content:
                    row = table.row()
                    row.cell(k)
                    row.cell(v)
            pdf.ln(3)
        elif kind == "table":
            pdf.set_font("DejaVu", "", 9.5)
            with pdf.table(col_widths=(70, 100), line_height=5) as table:
                for r in content:
                    row = table.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(3)
    pdf.output(path)


# ---------------------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------------------

def build():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    with open(os.path.join(DOCS, MINUTES_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write(MINUTES_HTML)
    build_report(os.path.join(DOCS, REPORT_NAME))
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = os.path.splitext(gold["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8",
                  newline="\n") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("wrote", MINUTES_NAME, REPORT_NAME, "and their gold files")


def document_text(path):
    ext = os.path.splitext(path)[1].lower()
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        with open(path, encoding="utf-8") as f:
            return BeautifulSoup(f.read(), "html.parser").get_text()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s, sep=""):
    s = s.lower()
    s = "".join(sep if unicodedata.category(ch).startswith("P") else ch for ch in s)
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    for gold_file in sorted(os.listdir(GOLD)):
        if not gold_file.startswith("kz-"):
            continue
        with open(os.path.join(GOLD, gold_file), encoding="utf-8") as f:
            gold = json.load(f)
        path = os.path.join(DOCS, gold["document"])
        if not os.path.exists(path):
            print("MISSING document", gold["document"])
            ok = False
            continue
        raw = document_text(path)
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        seen = set()
        for kind, phrase in phrases:
            for sep in ("", " "):
                text = " " + norm(raw, sep) + " "
                p = " " + norm(phrase, sep) + " "
                n = text.count(p)
                if n != 1:
                    ok = False
                    print("FAIL %s (%s) occurs %d times [sep=%r]: %s"
                          % (gold["document"], kind, n, sep, phrase))
            words = len(norm(phrase).split())
            if not 6 <= words <= 15:
                ok = False
                print("FAIL %s (%s) has %d words: %s" % (gold["document"], kind, words, phrase))
            if phrase in seen:
                ok = False
                print("FAIL duplicate gold phrase:", phrase)
            seen.add(phrase)
        print("%s: %d phrases checked" % (gold["document"], len(phrases)))
    print("check passed" if ok else "check FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
