#!/usr/bin/env python3
"""Build the "in-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_in.py           build documents/in-* and gold/in-*.json
        build_in.py --check   verify every gold phrase occurs once in its document
"""

from __future__ import annotations

import json
import re
import string
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "in-brendonshire-hosc-2025-10-15.txt"
OTHER_NAME = "in-brendonshire-kingsmarsh-community-beds-questions-answers.html"

# ---------------------------------------------------------------------------------------
# The minutes, as saved from Outlook ("Save As", "Text Only").
# ---------------------------------------------------------------------------------------

MINUTES = """From:\tLaura Pendry
Sent:\t24 October 2025 15:47
To:\tHOSC Members 2025-26; HOSC District Council Representatives
Cc:\tSarah Coldwell; Scrutiny Team
Subject:\tDRAFT minutes - Health Overview and Scrutiny Committee - 15 October 2025
Attachments:\tHOSC 15 Oct 25 - action log.docx

Dear all

Please find below the draft minutes of the Health Overview and Scrutiny Committee held on 15 October 2025, which have been cleared by the Chairman. Any comments or corrections to me please by Friday 31 October, after which they will go on the website. They will be submitted to the next meeting on 26 November for confirmation.

I have also attached the action log - the ICB, the Acute Trust and the ambulance service have been sent the information requests from minutes 1205 and 1206, and I will circulate their responses when I have them.

Many thanks

Laura

Laura Pendry | Overview and Scrutiny Officer | Legal and Governance
Brendonshire County Council | County Hall, Brendon Lane, Wychford, WY5 2NP
Tel: 01632 960418 | Mobile: 07700 900274
www.brendonshire.gov.uk/scrutiny

[cid:image001.png@01DC44F2.3A6B71E0]


Health Overview and Scrutiny Committee
Wednesday, 15 October 2025, Council Chamber, County Hall, Wychford - 10.00 am

 \t \tMinutes
Present:\tCllr Marcus Dillingham (Chairman), Cllr Ruth Ashdown (Vice Chairman), Cllr Shelagh Brennan, Cllr Penny Hollis, Cllr Kathryn Oduya, Cllr Imran Qadir, Cllr Graham Tolley, Cllr David Verity, Cllr Neil Fairweather (Wychford City Council), Cllr Bernard Ollerton (Malbury Hills District Council), Cllr Sian Pettifer (Evenbridge District Council) and Cllr Alison Trew (Stourleigh District Council)

Also attended:\tCllr Jonathan Marsh-Kelly, Cabinet Member with Responsibility for Health and Wellbeing
Cllr Heather Stainton, Cabinet Member with Responsibility for Adult Social Care

Hereward and Brendonshire Integrated Care Board (ICB)
Deborah Fensome, Chief Operating Officer
Dr Anil Rathod, Associate Medical Director for Urgent and Emergency Care
Karen Whitlow, Associate Director of Primary Care (Dental, Optometry and Community Pharmacy)

Brendonshire Acute Hospitals NHS Trust
Paul Henshall, Chief Operating Officer

Midland Counties Ambulance Service University NHS Foundation Trust
Gareth Loomes, Head of Operations (Brendonshire)

Hereward and Brendonshire Health and Care NHS Trust
Claire Boddington, Director of Operations, Community Services
Owen Treharne, Deputy Director of Nursing

Healthwatch Brendonshire
Tessa Marchbank, Chief Executive Officer

Brendonshire County Council
Dr Helen Quarrie, Director of Public Health
Mark Fellowes, Assistant Director for Adult Social Care Operations
Sarah Coldwell, Democratic Governance and Scrutiny Manager
Laura Pendry, Overview and Scrutiny Officer

Available papers\tThe members had before them:

A.\tThe Agenda papers (previously circulated);
B.\tThe Minutes of the Meeting held on 16 July 2025 (previously circulated).

(A copy of document A will be attached to the signed Minutes).

1201\tApologies and Welcome
\tThe Chairman welcomed everyone to the meeting, which was being broadcast live on the Council's YouTube channel, and in particular Cllr Sian Pettifer, who had replaced Cllr Peter Axford as Evenbridge District Council's representative on the Committee.

Apologies were received from Cllr Tom Hebblethwaite and Cllr Martina Gorst (North Brendon District Council).

1202\tDeclarations of Interest and of any Party Whip
\tCllr Penny Hollis declared an interest in Agenda item 6 as a member of the League of Friends of Kingsmarsh Community Hospital.

Cllr Imran Qadir declared an interest as a close family member was employed by Brendonshire Acute Hospitals NHS Trust.

1203\tPublic Participation
\tMr Colin Ashby, a resident of Kingsmarsh, addressed the Committee in relation to Agenda item 6 (Kingsmarsh Community Hospital - Proposed Consolidation of Inpatient Beds).

Mr Ashby expressed concern that moving the beds to Evenbridge would leave older relatives without a car facing two buses and a journey of well over an hour each way, and said that the engagement exercise had been held over the summer holidays when many people were away. He asked whether the ICB would give a guarantee that the Kingsmarsh site would remain in NHS use if the beds moved.

The Chairman thanked Mr Ashby for his statement and advised that the points he had raised would be put to the NHS representatives when the Committee considered the item.

1204\tConfirmation of the Minutes of the Previous Meeting
\tThe Minutes of the Meeting held on 16 July 2025 were agreed as a correct record and signed by the Chairman.

1205\tUrgent and Emergency Care - Winter Preparedness 2025/26
\tThe Committee received an update from the ICB and its partners on the preparations of the local health and care system for winter 2025/26, together with performance information on urgent and emergency care over the summer months.

By way of introduction, the ICB's Chief Operating Officer reminded Members that the county had entered the previous winter with more patients in its hospitals who were medically fit for discharge than any other system in the region, and that the winter plan for 2025/26 had been developed jointly by the ICB, the two NHS trusts, the ambulance service and the County Council, drawing on the learning from last year. Demand had continued to rise, with attendances at the Emergency Department at Brendonshire Royal Hospital 6 per cent higher between April and September than in the same period of 2024, and the plan had been tested at a system exercise in September. The main features of the plan were:

*\tan extra 22 acute beds at Brendonshire Royal Hospital from December to March, funded from the ICB's winter allocation
*\texpansion of the 'hospital at home' virtual ward from 80 to 96 beds
*\ta single Care Co-ordination Centre, staffed by clinicians from all partners, to which ambulance crews could refer patients who did not need to go to hospital
*\tadditional capacity in the community, including:
\to\ta 7-day Urgent Community Response service across the whole county
\to\tlater opening of the Minor Injuries Units at Kingsmarsh and Stourleigh until 10.00 pm

The Chief Operating Officer of the Acute Trust added that 4-hour performance in the Emergency Department had been 71.4 per cent in September against the national target of 78 per cent by March 2026, and that the Trust was one of 20 nationally to receive additional support from NHS England's Urgent and Emergency Care team. The Trust's own improvement programme was concentrating on earlier discharge in the day, with a target of a third of discharges before midday, compared with 17 per cent at present.

In the ensuing discussion, the following main points were made:

*\tA Member asked what difference the Same Day Emergency Care (SDEC) unit, which had opened at Brendonshire Royal in May, had made, and was advised that around 45 patients a day were being assessed and sent home without being admitted. However, the unit had been used for escalation beds overnight on 19 occasions since May, which meant that it could not open on time the following morning
*\tMembers remained concerned about ambulance handover delays at Brendonshire Royal, where the average handover time in August had been 58 minutes and over 2,300 hours had been lost. The Head of Operations (Brendonshire) for the ambulance service explained that the 45-minute 'release to respond' protocol had been in place since November 2024 and that hours lost had fallen by a third compared with the same period last year, but the Stourleigh area still had the longest response times for category 2 calls in the region
*\tIn response to a question about corridor care, the Chief Operating Officer of the Acute Trust confirmed that patients had been cared for in corridors or other temporary escalation spaces on 41 days between April and September. He stressed that the Trust did not regard this as acceptable, that every occasion was reported to the Trust Board and that a named nurse was assigned to each corridor area when it was in use
*\tThe Vice Chairman asked about the uptake of flu vaccinations among health and care staff, noting that fewer than one in five care home staff in the county had been vaccinated last winter. The Director of Public Health advised that the staff programme had started on 1 October, that uptake would be reported fortnightly to the Local Health Protection Forum, and that the Council was funding peer vaccinators to visit care homes this year rather than relying on staff to attend a pharmacy in their own time
*\tA Member from Stourleigh District Council asked whether there would be enough home care to discharge people promptly over the winter. The Assistant Director for Adult Social Care Operations explained that the Council had commissioned an additional 1,200 hours of home care a week from December to March, funded through the Better Care Fund, and that the number of people in hospital waiting for a package of care was the lowest it had been for 3 years. The Cabinet Member with Responsibility for Adult Social Care added that recruitment in the home care sector had improved since the summer, although rural rounds in the west of the county remained difficult to fill
*\tA Member commented that the 'Pharmacy First' scheme and NHS 111 online had not been promoted well in the rural parts of the county, and that many residents still went straight to A&E or the Minor Injuries Unit because they did not know what else was available
*\tCllr Kathryn Oduya sought clarification on how many patients were being looked after on the virtual ward and how families could raise concerns out of hours. Dr Rathod advised that occupancy in September had averaged 78 per cent and that each patient was given a single telephone number for the Hospital at Home team, staffed 24 hours a day
*\tIn relation to the risk that industrial action by resident doctors would coincide with the winter peak, the ICB's Chief Operating Officer said that the system's plans assumed that there would be further strikes and that elective activity would be protected as far as possible

The Chairman thanked all the representatives for attending, and asked that the Committee's thanks be passed on to staff across the system for their work over what was expected to be a very difficult winter. The Committee requested:

*\ta breakdown of ambulance handover delays by hospital site for October to December 2025
*\tdetails of flu vaccination uptake among care home staff when available, and
*\tthat a review of how the system had coped over the winter be brought to the Committee's meeting in April 2026.

1206\tKingsmarsh Community Hospital - Proposed Consolidation of Inpatient Beds
\tThe Committee considered proposals from the ICB and Hereward and Brendonshire Health and Care NHS Trust (HBHCT) to consolidate the 24 inpatient beds at Kingsmarsh Community Hospital with those at Evenbridge Community Hospital, and to use the vacated ward at Kingsmarsh for an expanded outpatient and diagnostic hub. Members were asked to consider whether the proposal amounted to a substantial variation in the provision of health services, which would require formal public consultation, and to comment on the outcome of the engagement carried out between June and August 2025.

The Director of Operations, Community Services, HBHCT explained that Birch Ward at Kingsmarsh had been temporarily closed since January 2025, initially because of fire safety works and then because the Trust had been unable to staff it safely, and that its patients had been cared for at Evenbridge, 11 miles away, since that time. Of the 1,143 people who had responded to the engagement survey, 61 per cent had said that travel was their main concern, and the Trust had therefore worked with the Council's passenger transport team and the voluntary sector on the transport offer set out in section 5 of the report. Patients' outcomes and average length of stay at Evenbridge since January had been at least as good as at Kingsmarsh previously, and the combined unit of 40 beds would allow a consultant-led step-up service, therapy 7 days a week and a dementia-friendly environment which the older Kingsmarsh building could not provide. The ICB Board would make its decision at its meeting in public on 4 December 2025, taking account of the Committee's views.

During the discussion, the following main points were raised:

*\tSeveral Members expressed concern about travel for relatives and carers, pointing out that there was no direct bus between Kingsmarsh and Evenbridge and that taxi fares were over £30 each way. The Director of Operations explained that the community transport scheme run by Kingsmarsh and District Volunteer Drivers would be extended to hospital visiting, with the Trust meeting drivers' mileage costs, and that visiting times would be flexible for relatives travelling a long distance
*\tReferring to the question raised under Public Participation, the Chairman asked whether the Kingsmarsh site would stay in NHS use. The ICB's Chief Operating Officer gave an assurance that there were no plans to dispose of any part of the site, and that the outpatient and diagnostic hub would bring around 9,000 appointments a year closer to home for Kingsmarsh residents
*\tA Member queried whether the staffing problems which had led to the temporary closure had been resolved. The Deputy Director of Nursing advised that the Trust had 11.5 whole-time equivalent registered nurse vacancies across its four community hospitals, and that a single larger unit would allow safe staffing levels to be maintained without the heavy use of agency nurses which had been needed at Kingsmarsh
*\tCllr Hollis asked how the views of the League of Friends and of patients at Kingsmarsh Medical Practice had been taken into account, given the strength of local feeling. The Director of Operations said that the Trust had met the League of Friends 3 times and had attended the Practice's Patient Participation Group, and that the League's offer to fund a garden room at Evenbridge for families had been accepted. She acknowledged that many respondents had felt the decision had already been made
*\tA Member asked what the financial implications were and whether the proposal was driven by savings. Members were informed that consolidating the beds would reduce costs by around £640,000 a year, mainly through lower agency spending, and that this would be reinvested in the Urgent Community Response service in the Kingsmarsh area
*\tThe Healthwatch Chief Executive Officer commented that the feedback Healthwatch had received from Kingsmarsh residents reflected the concerns about transport and a perception that the outcome had been decided in advance, and asked that the ICB publish a 'you said, we did' response to the engagement
*\tA Member from Malbury Hills District Council questioned whether closing a ward in the smaller market town could ever be described as anything other than a substantial variation, and said that the Committee risked being seen to rubber-stamp a decision that had in practice been taken in January

Following a vote, the Committee agreed by a majority that:

a)\tthe proposed consolidation of inpatient beds at Evenbridge Community Hospital did not constitute a substantial variation requiring formal public consultation;
b)\tthe ICB and HBHCT be asked to publish a 'you said, we did' response to the engagement before the ICB Board takes its decision; and
c)\ta progress report on the transport support and the Kingsmarsh outpatient and diagnostic hub be brought to the Committee in six months' time.

Cllr Bernard Ollerton and Cllr Alison Trew asked that their votes against be recorded.

1207\tNHS Dental Services in Brendonshire
\tThe Committee received an update on access to NHS dental services, which the ICB had commissioned since taking on responsibility for primary care dental services from NHS England in April 2023.

The Associate Director of Primary Care (Dental, Optometry and Community Pharmacy) reported that 38 per cent of adults in the county had seen an NHS dentist in the previous 24 months, compared with 40 per cent nationally, and 58 per cent of children, compared with 56 per cent nationally. Two practices, in Stourleigh and Evenbridge, had handed back their NHS contracts during 2025, and a new contract for Stourleigh had been procured which would start in January 2026. The ICB had used its flexible commissioning powers to buy urgent access sessions in 11 practices and to pay a higher rate for new patients who had not seen a dentist for 2 years or more. The Cabinet Member with Responsibility for Health and Wellbeing welcomed the joint work with the ICB on oral health, but said that the position for adults in the south of the county remained very poor.

In the ensuing discussion, the following main points were made:

*\tA Member asked how many practices in the county were currently taking on new adult NHS patients, and was advised that 7 of the 58 practices had been doing so in September, although the ICB's website was not always up to date because practices' lists could open and close within a week
*\tMembers expressed concern that children with severe tooth decay were waiting up to 2 years for extractions under general anaesthetic through the community dental service. The Associate Director explained that a second theatre list had been secured at Brendonshire Royal from November, which was expected to bring the longest waits down to 12 months by summer 2026, and that the Director of Public Health's supervised toothbrushing programme was now running in 84 nurseries and schools
*\tA Member asked whether money which practices had handed back because they had not delivered their contracted activity was being lost to the county. The Associate Director confirmed that the dental budget was ring-fenced and that £1.9 million of last year's underspend had been used for urgent access sessions and the new Stourleigh contract
*\tCllr Alison Trew commented that residents in the south of Stourleigh district had been told to travel to Wychford or out of county for emergency dental treatment, which was impossible for many of them without a car
*\tA Member requested that the Committee write to the Minister for Care and the county's MPs about reform of the national dental contract, which Members agreed was the root of the problem, as the Committee had done in March 2024

The Committee noted the update and agreed that the Chairman would write to the Minister for Care and the county's MPs, on behalf of the Committee, setting out Members' concerns about access to NHS dentistry in Brendonshire.

1208\tHealth Overview and Scrutiny Round-up
\tMembers who also served on district council overview and scrutiny committees were invited to report on any health-related scrutiny in their areas.

Cllr Neil Fairweather reported that Wychford City Council's Overview and Scrutiny Committee had set up a task group on damp and mould in privately rented homes and its effect on children's health, and that its report would be shared with the Committee.

Cllr Sian Pettifer reported that Evenbridge District Council had received a presentation from the ICB on the new GP surgery planned for the Brook Farm development, which was now not expected to open until 2027.

The Vice Chairman updated Members on the most recent meeting of the Adult Care and Well Being Overview and Scrutiny Panel, which had scrutinised the Council's new Carers' Strategy and the review of in-house day services.

A Member asked when the Committee would consider the annual report of the Director of Public Health for 2025, and was advised that it was scheduled for the January 2026 meeting.

1209\tWork Programme 2025/26
\tThe Committee reviewed its work programme for 2025/26.

Cllr Sian Pettifer asked that GP access in Evenbridge be added, in view of the number of complaints she had received about telephone waiting times at the town's two practices. The Democratic Governance and Scrutiny Manager advised that the ICB had offered to bring a county-wide report on GP access and the new online consultation systems in March 2026, and suggested that Evenbridge be covered as part of that item.

The Chairman reminded Members that a joint meeting with Hereward Council's Health and Care Scrutiny Committee would be held on 14 November 2025 to consider the proposals for stroke services.

The Work Programme was agreed, subject to the inclusion of GP access in Evenbridge within the March 2026 item on GP access.



The meeting ended at 12.47 pm.




Chairman \u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026..



**********************************************************************
This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the sender and delete it. Any views or opinions presented are solely those of the author and do not necessarily represent those of Brendonshire County Council. Communications with the Council may be monitored and recorded, and may be disclosed under the Freedom of Information Act 2000.
**********************************************************************
"""

# ---------------------------------------------------------------------------------------
# The document that is not minutes: the ICB's questions-and-answers page, saved from a
# browser.
# ---------------------------------------------------------------------------------------

OTHER_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<!-- saved from url=(0093)https://www.herewardbrendonshire.icb.nhs.uk/get-involved/kingsmarsh-inpatient-beds/questions -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kingsmarsh Community Hospital inpatient beds: your questions answered :: NHS Hereward and Brendonshire ICB</title>
<meta name="description" content="Questions and answers about the proposal to bring together the inpatient beds at Kingsmarsh and Evenbridge community hospitals.">
<link rel="stylesheet" href="./questions_files/main.min.css">
<script src="./questions_files/cookieconsent.min.js"></script>
</head>
<body class="page-template-default page">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner">
  <p>We use some essential cookies to make this website work. We would also like to set analytics cookies to help us improve it.</p>
  <button type="button">Accept analytics cookies</button> <button type="button">Reject analytics cookies</button> <a href="https://www.herewardbrendonshire.icb.nhs.uk/cookies">View cookies</a>
</div>
<a class="skip-link" href="#maincontent">Skip to main content</a>
<header class="site-header">
  <div class="container">
    <a class="logo" href="https://www.herewardbrendonshire.icb.nhs.uk/"><img src="./questions_files/nhs-hb-icb-logo.svg" alt="NHS Hereward and Brendonshire Integrated Care Board"></a>
    <form class="search" action="https://www.herewardbrendonshire.icb.nhs.uk/" role="search"><label for="s">Search</label><input id="s" name="s" type="search"><button>Search</button></form>
  </div>
  <nav class="primary-nav" aria-label="Main">
    <ul>
      <li><a href="https://www.herewardbrendonshire.icb.nhs.uk/your-health/">Your health</a></li>
      <li><a href="https://www.herewardbrendonshire.icb.nhs.uk/about-us/">About us</a></li>
      <li class="current"><a href="https://www.herewardbrendonshire.icb.nhs.uk/get-involved/">Get involved</a></li>
      <li><a href="https://www.herewardbrendonshire.icb.nhs.uk/publications/">Publications</a></li>
      <li><a href="https://www.herewardbrendonshire.icb.nhs.uk/news/">News</a></li>
      <li><a href="https://www.herewardbrendonshire.icb.nhs.uk/contact-us/">Contact us</a></li>
    </ul>
  </nav>
</header>
<div class="container">
  <ol class="breadcrumb">
    <li><a href="https://www.herewardbrendonshire.icb.nhs.uk/">Home</a></li>
    <li><a href="https://www.herewardbrendonshire.icb.nhs.uk/get-involved/">Get involved</a></li>
    <li><a href="https://www.herewardbrendonshire.icb.nhs.uk/get-involved/kingsmarsh-inpatient-beds/">Kingsmarsh Community Hospital inpatient beds</a></li>
    <li aria-current="page">Your questions answered</li>
  </ol>
</div>
<main id="maincontent" class="container">
  <div class="row">
    <aside class="col-sidebar">
      <h2 class="visually-hidden">In this section</h2>
      <ul class="section-nav">
        <li><a href="https://www.herewardbrendonshire.icb.nhs.uk/get-involved/kingsmarsh-inpatient-beds/">About the proposal</a></li>
        <li class="active"><a href="https://www.herewardbrendonshire.icb.nhs.uk/get-involved/kingsmarsh-inpatient-beds/questions">Your questions answered</a></li>
        <li><a href="https://www.herewardbrendonshire.icb.nhs.uk/get-involved/kingsmarsh-inpatient-beds/engagement-report">What people told us</a></li>
        <li><a href="https://www.herewardbrendonshire.icb.nhs.uk/get-involved/kingsmarsh-inpatient-beds/travel">Getting to Evenbridge</a></li>
      </ul>
    </aside>
    <article class="col-main">
      <h1>Kingsmarsh Community Hospital inpatient beds: your questions answered</h1>
      <p class="lede">We have put together answers to the questions people have asked us most often about the proposal to bring the inpatient beds at Kingsmarsh Community Hospital and Evenbridge Community Hospital together on the Evenbridge site. We will keep this page up to date as the proposal goes through the decision-making process.</p>
      <p class="updated">Last updated: 22 October 2025</p>

      <h2>About the proposal</h2>
      <details class="accordion">
        <summary><h3>What is being proposed?</h3></summary>
        <div class="accordion-body">
          <p>Hereward and Brendonshire Health and Care NHS Trust, which runs the county's community hospitals, and NHS Hereward and Brendonshire Integrated Care Board (ICB), which plans and pays for local health services, are proposing that the 24 inpatient beds on Birch Ward at Kingsmarsh Community Hospital should move permanently to Evenbridge Community Hospital, making a single unit of 40 beds.</p>
          <p>The space on Birch Ward would be turned into an outpatient and diagnostic hub, so that more clinics, scans and tests can take place in Kingsmarsh rather than at Brendonshire Royal Hospital in Wychford.</p>
        </div>
      </details>
      <details class="accordion">
        <summary><h3>Why has Birch Ward been closed since January?</h3></summary>
        <div class="accordion-body">
          <p>The ward closed temporarily in January 2025 so that fire safety work could be carried out. While the work was going on we were not able to recruit enough registered nurses to reopen it safely, and patients who would have gone to Kingsmarsh have been cared for at Evenbridge since then.</p>
        </div>
      </details>
      <details class="accordion">
        <summary><h3>Is Kingsmarsh Community Hospital going to close?</h3></summary>
        <div class="accordion-body">
          <p>No. The Minor Injuries Unit, the outpatient clinics, the X-ray department and the community nursing and therapy teams based at the hospital will all stay. There are no plans to sell any part of the Kingsmarsh site, and the new hub would bring around 9,000 appointments a year to the town.</p>
        </div>
      </details>
      <details class="accordion">
        <summary><h3>Is this about saving money?</h3></summary>
        <div class="accordion-body">
          <p>Running one larger unit costs less than running two small ones, mainly because we would need far fewer agency nurses. We expect the change to save around £640,000 a year. All of this money would be put back into community services in the Kingsmarsh area, starting with the Urgent Community Response team, which sees people at home within two hours when they become unwell.</p>
        </div>
      </details>

      <h2>Visiting and travel</h2>
      <details class="accordion">
        <summary><h3>How will I get to Evenbridge to visit a relative?</h3></summary>
        <div class="accordion-body">
          <p>We know that travel is the biggest worry for many people. Kingsmarsh and District Volunteer Drivers will offer lifts to Evenbridge for visitors as well as patients, and we will pay the drivers' mileage. Visiting times on the ward are flexible, so you can visit at a time that fits the bus timetable or your lift.</p>
          <p>If you are on a low income you may be able to claim back the cost of travel. Ask the ward staff or see our <a href="https://www.herewardbrendonshire.icb.nhs.uk/get-involved/kingsmarsh-inpatient-beds/travel">Getting to Evenbridge</a> page.</p>
        </div>
      </details>
      <details class="accordion">
        <summary><h3>Can I still choose to be cared for closer to home?</h3></summary>
        <div class="accordion-body">
          <p>Many people who would once have been admitted to a community hospital can now be looked after in their own home by our Hospital at Home and Urgent Community Response teams. Your doctor or nurse will talk to you about the options that are right for you.</p>
        </div>
      </details>

      <h2>Having your say and the decision</h2>
      <details class="accordion">
        <summary><h3>What did people tell you?</h3></summary>
        <div class="accordion-body">
          <p>Between June and August 2025 we held six drop-in sessions and an online survey, and met the League of Friends of Kingsmarsh Community Hospital and the patient participation group at Kingsmarsh Medical Practice. 1,143 people filled in the survey. The main things people told us, and what we have done about them, are set out below.</p>
          <table class="table">
            <caption>You said, we did</caption>
            <thead><tr><th scope="col">You said</th><th scope="col">We did</th></tr></thead>
            <tbody>
              <tr><td>Getting to Evenbridge without a car is very difficult.</td><td>We have agreed with the volunteer drivers' scheme that it will take visitors as well as patients, and we will cover drivers' mileage.</td></tr>
              <tr><td>The engagement was held in the summer holidays.</td><td>We extended the survey by two weeks and held two extra sessions in September.</td></tr>
              <tr><td>Families need somewhere to stay and rest at Evenbridge.</td><td>We have accepted the League of Friends' offer to fund a garden room for families.</td></tr>
              <tr><td>You have already made up your mind.</td><td>No decision has been made. Everything you told us will be reported to the ICB Board before it decides.</td></tr>
            </tbody>
          </table>
        </div>
      </details>
      <details class="accordion">
        <summary><h3>Has a decision already been made?</h3></summary>
        <div class="accordion-body">
          <p>No. The ICB Board will make a decision at its meeting in public on Thursday 4 December 2025. The papers will be published on our website a week before the meeting.</p>
          <p>On 15 October 2025 Brendonshire County Council's Health Overview and Scrutiny Committee looked at the proposal. The committee agreed that it was not a substantial change to services that would need a formal public consultation, and asked us to come back in six months to report on travel support and the new hub. You can read the committee's papers on the <a href="https://www.brendonshire.gov.uk/scrutiny">county council's website</a>.</p>
        </div>
      </details>
      <details class="accordion">
        <summary><h3>Can I ask a question at the Board meeting?</h3></summary>
        <div class="accordion-body">
          <p>Yes. Members of the public can send a question about an item on the agenda up to three working days before the meeting. Email <a href="mailto:hbicb.boardsecretary@nhs.net">hbicb.boardsecretary@nhs.net</a> with your name, the town you live in and your question. The Chair will answer questions at the start of the meeting, and we will publish the answers on our website.</p>
        </div>
      </details>
      <details class="accordion">
        <summary><h3>What happens to the staff at Kingsmarsh?</h3></summary>
        <div class="accordion-body">
          <p>Nobody will lose their job. Staff who worked on Birch Ward have been working at Evenbridge or in the community teams since January, and we have talked to each of them about where they would like to work in future.</p>
        </div>
      </details>

      <h2>Documents</h2>
      <ul class="documents">
        <li><a href="https://www.herewardbrendonshire.icb.nhs.uk/wp-content/uploads/2025/10/Kingsmarsh-engagement-report-final.pdf">Kingsmarsh inpatient beds engagement report (PDF, 1.8MB)</a></li>
        <li><a href="https://www.herewardbrendonshire.icb.nhs.uk/wp-content/uploads/2025/10/Kingsmarsh-engagement-report-easy-read.pdf">Easy read summary (PDF, 640KB)</a></li>
        <li><a href="https://www.herewardbrendonshire.icb.nhs.uk/wp-content/uploads/2025/06/Kingsmarsh-equality-impact-assessment.pdf">Equality and health inequalities impact assessment (PDF, 412KB)</a></li>
      </ul>
      <p>If you need this information in another format or language, please contact the communications and engagement team on 01632 960733 or email <a href="mailto:hbicb.engagement@nhs.net">hbicb.engagement@nhs.net</a>.</p>
      <p class="page-meta">Page last reviewed: 22 October 2025<br>Next review due: 4 December 2025</p>
    </article>
  </div>
</main>
<footer class="site-footer">
  <div class="container">
    <ul class="footer-links">
      <li><a href="https://www.herewardbrendonshire.icb.nhs.uk/accessibility/">Accessibility</a></li>
      <li><a href="https://www.herewardbrendonshire.icb.nhs.uk/privacy-notice/">Privacy notice</a></li>
      <li><a href="https://www.herewardbrendonshire.icb.nhs.uk/freedom-of-information/">Freedom of information</a></li>
      <li><a href="https://www.herewardbrendonshire.icb.nhs.uk/complaints/">Complaints</a></li>
    </ul>
    <p>&copy; 2025 NHS Hereward and Brendonshire Integrated Care Board, Wychford Business Park, Wychford WY4 8TL</p>
  </div>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------
# Gold annotations, written from the documents above.
# ---------------------------------------------------------------------------------------


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
    "committee": "Health Overview and Scrutiny Committee",
    "meeting_date": "2025-10-15",
    "items": [
        {"number": "1201", "title": "Apologies and Welcome"},
        {"number": "1202", "title": "Declarations of Interest and of any Party Whip"},
        {"number": "1203", "title": "Public Participation"},
        {"number": "1204", "title": "Confirmation of the Minutes of the Previous Meeting"},
        {"number": "1205", "title": "Urgent and Emergency Care - Winter Preparedness 2025/26"},
        {"number": "1206", "title": "Kingsmarsh Community Hospital - Proposed Consolidation of Inpatient Beds"},
        {"number": "1207", "title": "NHS Dental Services in Brendonshire"},
        {"number": "1208", "title": "Health Overview and Scrutiny Round-up"},
        {"number": "1209", "title": "Work Programme 2025/26"},
    ],
    "questions": [
        # 1203 Public Participation: a statement with a concern and a question; the Chairman
        # only says the points will be put to the NHS under item 1206 (no answer here).
        q("1203", "concern",
          "moving the beds to Evenbridge would leave older relatives without a car",
          "Mr Ashby", None, None, ["patient-and-public-input"]),
        q("1203", "question",
          "asked whether the ICB would give a guarantee that the Kingsmarsh site",
          "Mr Ashby", None, None, []),
        # 1205 Winter preparedness
        q("1205", "question",
          "A Member asked what difference the Same Day Emergency Care",
          None, "around 45 patients a day were being assessed and sent home", None, []),
        q("1205", "concern",
          "Members remained concerned about ambulance handover delays at Brendonshire Royal",
          None, "hours lost had fallen by a third compared with the same period",
          "Head of Operations (Brendonshire)", []),
        q("1205", "question",
          "In response to a question about corridor care",
          None, "patients had been cared for in corridors or other temporary escalation spaces",
          "Chief Operating Officer of the Acute Trust", []),
        q("1205", "question",
          "asked about the uptake of flu vaccinations among health and care staff",
          "Vice Chairman",
          "the Council was funding peer vaccinators to visit care homes this year",
          "Director of Public Health", ["public-health", "workforce", "adult-social-care"]),
        q("1205", "question",
          "asked whether there would be enough home care to discharge people promptly",
          None, "the number of people in hospital waiting for a package of care",
          "Assistant Director for Adult Social Care Operations",
          ["adult-social-care", "integration"]),
        q("1205", "comment",
          "had not been promoted well in the rural parts of the county",
          None, None, None, ["primary-care"]),
        q("1205", "question",
          "sought clarification on how many patients were being looked after on the virtual ward",
          "Cllr Kathryn Oduya", "occupancy in September had averaged 78 per cent",
          "Dr Rathod", []),
        q("1205", "question",
          "In relation to the risk that industrial action by resident doctors",
          None, "plans assumed that there would be further strikes and that elective activity",
          "ICB's Chief Operating Officer", ["workforce"]),
        # 1206 Kingsmarsh Community Hospital
        q("1206", "concern",
          "expressed concern about travel for relatives and carers, pointing out that there",
          None, "the community transport scheme run by Kingsmarsh and District Volunteer Drivers",
          "Director of Operations", ["adult-social-care"]),
        q("1206", "question",
          "the Chairman asked whether the Kingsmarsh site would stay in NHS use",
          "Chairman", "there were no plans to dispose of any part of the site",
          "ICB's Chief Operating Officer", []),
        q("1206", "question",
          "queried whether the staffing problems which had led to the temporary closure",
          None, "a single larger unit would allow safe staffing levels to be maintained",
          "Deputy Director of Nursing", ["workforce"]),
        q("1206", "question",
          "asked how the views of the League of Friends and of patients",
          "Cllr Hollis", "the Trust had met the League of Friends 3 times",
          "Director of Operations", ["patient-and-public-input"]),
        q("1206", "question",
          "asked what the financial implications were and whether the proposal was driven",
          None, "mainly through lower agency spending, and that this would be reinvested in the",
          None, ["finance"]),
        q("1206", "comment",
          "the feedback Healthwatch had received from Kingsmarsh residents reflected the concerns",
          "Healthwatch Chief Executive Officer", None, None, ["patient-and-public-input"]),
        q("1206", "question",
          "closing a ward in the smaller market town could ever be described",
          None, None, None, ["governance"]),
        # 1207 NHS dental services
        q("1207", "question",
          "how many practices in the county were currently taking on new adult",
          None, "7 of the 58 practices had been doing so in September", None,
          ["primary-care"]),
        q("1207", "concern",
          "children with severe tooth decay were waiting up to 2 years",
          None, "a second theatre list had been secured at Brendonshire Royal from November",
          "Associate Director", ["primary-care", "children-and-families", "public-health"]),
        q("1207", "question",
          "money which practices had handed back because they had not delivered",
          None, "had been used for urgent access sessions and the new Stourleigh contract",
          "Associate Director", ["primary-care", "finance"]),
        q("1207", "comment",
          "residents in the south of Stourleigh district had been told to travel",
          "Cllr Alison Trew", None, None, ["primary-care"]),
        q("1207", "request",
          "requested that the Committee write to the Minister for Care and the",
          None, None, None, ["primary-care"]),
        # 1208 Round-up
        q("1208", "question",
          "asked when the Committee would consider the annual report of the Director",
          None, "it was scheduled for the January 2026 meeting", None, ["public-health"]),
        # 1209 Work programme
        q("1209", "request",
          "asked that GP access in Evenbridge be added, in view of the",
          "Cllr Sian Pettifer", "suggested that Evenbridge be covered as part of that item",
          "Democratic Governance and Scrutiny Manager", ["primary-care"]),
    ],
    "resolutions": [
        r("1204", "held on 16 July 2025 were agreed as a correct record and signed",
          "agreed", []),
        r("1205", "a breakdown of ambulance handover delays by hospital site for October",
          "agreed", ["public-health"]),
        r("1206", "did not constitute a substantial variation requiring formal public consultation",
          "agreed", ["governance", "patient-and-public-input"]),
        r("1207", "setting out Members' concerns about access to NHS dentistry in Brendonshire",
          "agreed", ["primary-care"]),
        r("1209", "The Work Programme was agreed, subject to the inclusion of GP access",
          "agreed", ["primary-care"]),
    ],
    "attendees": [
        a("Cllr Marcus Dillingham", "Chairman", "present"),
        a("Cllr Ruth Ashdown", "Vice Chairman", "present"),
        a("Cllr Shelagh Brennan", None, "present"),
        a("Cllr Penny Hollis", None, "present"),
        a("Cllr Kathryn Oduya", None, "present"),
        a("Cllr Imran Qadir", None, "present"),
        a("Cllr Graham Tolley", None, "present"),
        a("Cllr David Verity", None, "present"),
        a("Cllr Neil Fairweather", None, "present"),
        a("Cllr Bernard Ollerton", None, "present"),
        a("Cllr Sian Pettifer", None, "present"),
        a("Cllr Alison Trew", None, "present"),
        a("Cllr Jonathan Marsh-Kelly",
          "Cabinet Member with Responsibility for Health and Wellbeing", "in_attendance"),
        a("Cllr Heather Stainton",
          "Cabinet Member with Responsibility for Adult Social Care", "in_attendance"),
        a("Deborah Fensome", "Chief Operating Officer", "in_attendance"),
        a("Dr Anil Rathod", "Associate Medical Director for Urgent and Emergency Care",
          "in_attendance"),
        a("Karen Whitlow",
          "Associate Director of Primary Care (Dental, Optometry and Community Pharmacy)",
          "in_attendance"),
        a("Paul Henshall", "Chief Operating Officer", "in_attendance"),
        a("Gareth Loomes", "Head of Operations (Brendonshire)", "in_attendance"),
        a("Claire Boddington", "Director of Operations, Community Services", "in_attendance"),
        a("Owen Treharne", "Deputy Director of Nursing", "in_attendance"),
        a("Tessa Marchbank", "Chief Executive Officer", "in_attendance"),
        a("Dr Helen Quarrie", "Director of Public Health", "in_attendance"),
        a("Mark Fellowes", "Assistant Director for Adult Social Care Operations",
          "in_attendance"),
        a("Sarah Coldwell", "Democratic Governance and Scrutiny Manager", "in_attendance"),
        a("Laura Pendry", "Overview and Scrutiny Officer", "in_attendance"),
        a("Cllr Tom Hebblethwaite", None, "apologies"),
        a("Cllr Martina Gorst", None, "apologies"),
    ],
}

OTHER_GOLD = {
    "document": OTHER_NAME,
    "doc_type": "other",
}

THEMES = {"privatisation", "subcontracting", "patient-and-public-input", "public-health",
          "finance", "governance", "integration", "workforce", "primary-care",
          "mental-health", "children-and-families", "adult-social-care", "housing"}
KINDS = {"question", "concern", "request", "comment"}
OUTCOMES = {"noted", "agreed", "recommended", "deferred", "rejected", "other"}
ATTENDANCE = {"present", "apologies", "in_attendance", "absent"}


# ---------------------------------------------------------------------------------------


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    # Outlook on Windows saves text with CRLF line ends.
    (DOCS / MINUTES_NAME).write_bytes(MINUTES.replace("\n", "\r\n").encode("utf-8"))
    (DOCS / OTHER_NAME).write_bytes(OTHER_HTML.encode("utf-8"))
    for gold in (MINUTES_GOLD, OTHER_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}")
    print(f"wrote {DOCS / OTHER_NAME}")
    print(f"wrote gold files in {GOLD}")


def document_text(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".txt":
        return path.read_bytes().decode("utf-8")
    if suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_bytes(), "html.parser").get_text(" ")
    if suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    raise ValueError(f"unsupported document type: {path}")


PUNCT = set(string.punctuation) | set("\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a3\u00a0")


def normalise(text: str, space: bool) -> str:
    """Lower-case, remove punctuation (deleted, or replaced by a space), collapse spaces."""
    text = text.lower()
    text = "".join((" " if space else "") if ch in PUNCT else ch for ch in text)
    return " " + re.sub(r"\s+", " ", text).strip() + " "


def count(phrase: str, text: str, space: bool) -> int:
    needle = normalise(phrase, space)
    hay = normalise(text, space)
    return hay.count(needle)


def check() -> int:
    problems = []
    for gold_path in sorted(GOLD.glob("in-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            problems.append(f"{gold_path.name}: missing document {doc.name}")
            continue
        if gold_path.stem != doc.stem:
            problems.append(f"{gold_path.name}: name does not match {doc.name}")
        text = document_text(doc)
        phrases = []
        numbers = {it["number"] for it in gold.get("items", [])}
        for row in gold.get("questions", []):
            phrases.append(("question text", row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["answer"]))
            if row["kind"] not in KINDS:
                problems.append(f"{gold_path.name}: bad kind {row['kind']}")
            if row["item"] not in numbers:
                problems.append(f"{gold_path.name}: unknown item {row['item']}")
            if row["answer"] is None and row["given_by"] is not None:
                problems.append(f"{gold_path.name}: given_by without answer: {row['text']}")
            bad = set(row["themes"]) - THEMES
            if bad:
                problems.append(f"{gold_path.name}: bad themes {bad}")
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
            if row["outcome"] not in OUTCOMES:
                problems.append(f"{gold_path.name}: bad outcome {row['outcome']}")
            if row["item"] not in numbers:
                problems.append(f"{gold_path.name}: unknown item {row['item']}")
            bad = set(row["themes"]) - THEMES
            if bad:
                problems.append(f"{gold_path.name}: bad themes {bad}")
        for row in gold.get("attendees", []):
            if row["attendance"] not in ATTENDANCE:
                problems.append(f"{gold_path.name}: bad attendance {row['attendance']}")
            if normalise(row["name"], False) not in normalise(text, False):
                problems.append(f"{gold_path.name}: attendee not in text: {row['name']}")
        for it in gold.get("items", []):
            if normalise(it["title"], False) not in normalise(text, False):
                problems.append(f"{gold_path.name}: item title not in text: {it['title']}")
        seen = set()
        for label, phrase in phrases:
            words = len(normalise(phrase, True).split())
            if not 6 <= words <= 15:
                problems.append(f"{gold_path.name}: {label} has {words} words: {phrase!r}")
            key = normalise(phrase, False)
            if key in seen:
                problems.append(f"{gold_path.name}: {label} used twice: {phrase!r}")
            seen.add(key)
            for space in (False, True):
                n = count(phrase, text, space)
                if n != 1:
                    how = "space" if space else "deleted"
                    problems.append(
                        f"{gold_path.name}: {label} found {n} times ({how}): {phrase!r}")
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    for p in problems:
        print("FAIL", p)
    if problems:
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
