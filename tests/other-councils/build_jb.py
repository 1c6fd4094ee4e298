#!/usr/bin/env python3
"""Build the "jb-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_jb.py           build documents/jb-* and gold/jb-*.json
        build_jb.py --check   verify every gold phrase occurs once in its document
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "jb-ryecroft-moor-ahsc-scrutiny-board-2025-01-14.html"
AGENDA_NAME = "jb-ryecroft-moor-ahsc-scrutiny-board-agenda-2025-03-11.html"

RUNHEAD = "ADULTS, HEALTH AND SOCIAL CARE SCRUTINY BOARD, 14th January 2025"


def page_ref(ref):
    """The minute-book page reference and running header, as they came over from the
    Word minute book into the web page."""
    return (
        '<p class="pageref" align="right"><b>%s</b></p>\n'
        '<p class="runhead"><b>%s</b></p>\n' % (ref, RUNHEAD)
    )


SITE_HEAD = """<!DOCTYPE html>
<!-- saved from url=(0112)https://www.ryecroftmoor.gov.uk/council/councillors/councilmeetings/minutes/index.jsp?meeting=41287&amp;type=mins -->
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Ryecroft Moor Council</title>
<link rel="stylesheet" href="./{stem}_files/rmc-main.css">
<link rel="stylesheet" href="./{stem}_files/rmc-print.css" media="print">
<script src="./{stem}_files/jquery-3.6.0.min.js"></script>
<script src="./{stem}_files/rmc-site.js"></script>
</head>
<body class="councilmeetings">
<div id="cookie-notice" class="cookie-bar">
<p>We use cookies to make this website work and to collect information about how you use it. <a href="https://www.ryecroftmoor.gov.uk/site/cookies/">Find out more about cookies</a></p>
<button type="button" class="cookie-accept">Accept all cookies</button> <button type="button" class="cookie-reject">Reject optional cookies</button>
</div>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header">
<div class="wrapper">
<a href="https://www.ryecroftmoor.gov.uk/" class="logo"><img src="./{stem}_files/rmc-logo.png" alt="Ryecroft Moor Council"></a>
<form class="site-search" action="https://www.ryecroftmoor.gov.uk/search/" method="get"><label for="q" class="visually-hidden">Search</label><input id="q" name="q" type="text" placeholder="Search this site"><button type="submit">Search</button></form>
</div>
<nav class="top-nav"><ul>
<li><a href="https://www.ryecroftmoor.gov.uk/bins/">Bins and recycling</a></li>
<li><a href="https://www.ryecroftmoor.gov.uk/counciltax/">Council Tax</a></li>
<li><a href="https://www.ryecroftmoor.gov.uk/adults/">Adult social care</a></li>
<li><a href="https://www.ryecroftmoor.gov.uk/council/">Council and democracy</a></li>
<li><a href="https://www.ryecroftmoor.gov.uk/myaccount/">My account</a></li>
</ul></nav>
</header>
<div class="wrapper">
<ol class="breadcrumb">
<li><a href="https://www.ryecroftmoor.gov.uk/">Home</a></li>
<li><a href="https://www.ryecroftmoor.gov.uk/council/">Council and democracy</a></li>
<li><a href="https://www.ryecroftmoor.gov.uk/council/councillors/">Councillors</a></li>
<li><a href="https://www.ryecroftmoor.gov.uk/council/councillors/councilmeetings/">Council, committee and cabinet meetings</a></li>
<li>{crumb}</li>
</ol>
</div>
<main id="main-content" class="wrapper">
"""

SITE_FOOT = """</main>
<div class="wrapper page-tools">
<p class="last-updated">Was this page helpful? <a href="https://www.ryecroftmoor.gov.uk/site/feedback/?page=councilmeetings">Tell us what you think</a></p>
<p><a href="javascript:window.print()">Print this page</a> | <a href="https://www.ryecroftmoor.gov.uk/council/councillors/councilmeetings/calendar.jsp">Calendar of meetings</a> | <a href="https://www.ryecroftmoor.gov.uk/council/councillors/councilmeetings/questions/">Questions asked at Council and Cabinet meetings</a></p>
</div>
<footer class="site-footer">
<div class="wrapper">
<ul class="footer-links">
<li><a href="https://www.ryecroftmoor.gov.uk/site/accessibility/">Accessibility statement</a></li>
<li><a href="https://www.ryecroftmoor.gov.uk/site/privacy/">Privacy notice</a></li>
<li><a href="https://www.ryecroftmoor.gov.uk/site/cookies/">Cookies</a></li>
<li><a href="https://www.ryecroftmoor.gov.uk/contact/">Contact us</a></li>
</ul>
<p>Ryecroft Moor Metropolitan Borough Council, Town Hall, Crossfield Street, Kettleford KT1 1UJ</p>
<p>&copy; Ryecroft Moor Council</p>
</div>
</footer>
</body></html>
"""


def minutes_html():
    stem = MINUTES_NAME[:-5]
    parts = [SITE_HEAD.format(
        title="Minutes - Adults, Health and Social Care Scrutiny Board - 14 January 2025",
        stem=stem,
        crumb="Adults, Health and Social Care Scrutiny Board")]
    parts.append("""<h1>Adults, Health and Social Care Scrutiny Board</h1>
<div class="meeting-details">
<table class="meeting-info">
<tbody>
<tr><th scope="row">Date:</th><td>Tuesday 14 January 2025</td></tr>
<tr><th scope="row">Time:</th><td>6:00pm</td></tr>
<tr><th scope="row">Venue:</th><td>Council Chamber, Town Hall, Kettleford</td></tr>
<tr><th scope="row">Contact:</th><td>Democratic Services, 01632 960 418, <a href="mailto:democratic.services@ryecroftmoor.gov.uk">democratic.services@ryecroftmoor.gov.uk</a></td></tr>
</tbody>
</table>
<ul class="meeting-tabs">
<li><a href="https://www.ryecroftmoor.gov.uk/council/councillors/councilmeetings/agendas/index.jsp?meeting=41287">Agenda</a></li>
<li><a href="https://www.ryecroftmoor.gov.uk/council/councillors/councilmeetings/reports/index.jsp?meeting=41287">Reports</a></li>
<li class="active"><span>Minutes</span></li>
<li><a href="https://www.ryecroftmoor.gov.uk/council/councillors/councilmeetings/webcast/index.jsp?meeting=41287">Webcast</a></li>
</ul>
<p class="doc-download">Download: <a href="https://www.ryecroftmoor.gov.uk/council/councillors/councilmeetings/docs/41287-minutes.pdf">Minutes of the meeting [PDF file 212KB]</a></p>
</div>
<div class="minutes-text">
""")
    parts.append(page_ref("F 21"))
    parts.append("""<p><b>PRESENT:</b> Councillor Ashworth (Chair)</p>
<p>Councillors Mrs Brearley, Dalton, Hussain, Ingham, Mahmood, Patterson and Wadsworth</p>
<p><b>ALSO PRESENT:</b> Councillor Greenwood (Cabinet Member for Adult Services and Wellbeing)</p>
<p><b>IN ATTENDANCE:</b></p>
<table class="attendance" border="0" cellpadding="2">
<tbody>
<tr><td>Iain Sowerby</td><td>Director, Adults and Wellbeing</td></tr>
<tr><td>Dr Helen Marsh</td><td>Director of Public Health</td></tr>
<tr><td>Rachel Crowther</td><td>Assistant Director, Commissioning and Partnerships</td></tr>
<tr><td>Tom Redfearn</td><td>Service Manager, Private Sector Housing</td></tr>
<tr><td>Lindsay Akroyd</td><td>Scrutiny Support Officer</td></tr>
<tr><td>Mark Illingworth</td><td>Chief Operating Officer, Kettleford and Ryecroft Hospitals NHS Foundation Trust</td></tr>
<tr><td>Dr Nasreen Qadir</td><td>Place Clinical Director, NHS Pennine Ridge Integrated Care Board</td></tr>
<tr><td>Joanne Birtwhistle</td><td>Head of Primary Care, NHS Pennine Ridge Integrated Care Board</td></tr>
<tr><td>Sally Ogden</td><td>Manager, Healthwatch Ryecroft Moor</td></tr>
</tbody>
</table>
<p>&nbsp;</p>

<p><b>31&nbsp;&nbsp;&nbsp; APOLOGIES FOR ABSENCE</b></p>
<p>Apologies for absence were received from Councillors Lumb and Mrs Stansfield.</p>

<p><b>32&nbsp;&nbsp;&nbsp; MEMBERS' INTERESTS</b></p>
<p>Councillor Hussain declared a non-pecuniary interest in Minute 35 (Winter Resilience and Hospital Discharge) as an employee of Kettleford and Ryecroft Hospitals NHS Foundation Trust.</p>
<p>Councillor Mrs Brearley declared a non-pecuniary interest in Minute 36 (Recommissioning of Home Care Services) as a member of her family was employed by a home care provider in the Borough.</p>

<p><b>33&nbsp;&nbsp;&nbsp; MINUTES OF THE MEETING HELD ON 19th NOVEMBER 2024</b></p>
<p>Arising from Minute 24 (Stop Smoking and Vaping Support), Councillor Patterson asked when the figures on young people's vaping that had been promised at the last meeting would be circulated. The Scrutiny Support Officer advised that the information had been received from the provider that day and would be sent to all Members of the Board by the end of the week.</p>
<p><b>RESOLVED</b> that the Minutes of the meeting of the Board held on 19th November 2024 be approved as a correct record and signed by the Chair.</p>

<p><b>34&nbsp;&nbsp;&nbsp; QUESTIONS FROM MEMBERS OF THE PUBLIC</b></p>
<p>Mr Derek Haigh, a resident of Luddenby, asked the following question:</p>
<p>&ldquo;Luddenby Health Centre has lost two of its doctors since the summer and patients are being told to ring back at eight o'clock every morning. What is this Board doing to make the ICB sort this out before the practice closes its list to new patients?&rdquo;</p>
<p>The Chair thanked Mr Haigh for his question and advised that access to general practice was the subject of a report later on the agenda (Minute 37), and that representatives of the Integrated Care Board were present and would be asked to respond to the points he had raised. The Chair undertook to ensure that a full written response was sent to Mr Haigh within seven working days.</p>

<p><b>35&nbsp;&nbsp;&nbsp; WINTER RESILIENCE AND HOSPITAL DISCHARGE</b></p>
<p>The Director, Adults and Wellbeing and the Chief Operating Officer, Kettleford and Ryecroft Hospitals NHS Foundation Trust submitted a joint written report which set out the arrangements put in place by the Council and its NHS partners to manage demand over the winter period. The report covered the operation of the Transfer of Care Hub at Kettleford Royal Infirmary, the use of the Better Care Fund and the Discharge Fund to purchase additional short-term care, and performance against the local target for the number of patients in hospital with no criteria to reside.</p>
<p>Mark Illingworth, Chief Operating Officer, informed the Board that the Trust had declared OPEL 4, the highest level of pressure, on two occasions over the Christmas and New Year period, and that attendances at the Emergency Department had been around 9% higher than in the same period last year. On the day of the meeting 62 patients in the Infirmary had no criteria to reside.</p>
<p>Iain Sowerby, Director, Adults and Wellbeing, explained that the Council had commissioned 40 additional &lsquo;discharge to assess&rsquo; beds in independent sector care homes for the winter and that the reablement service had been expanded with twelve additional support workers, the majority of whom had been recruited from outside the care sector.</p>
<p>Members asked questions and made comments and the following responses were given:-</p>
<p>(A)&nbsp;&nbsp; Councillor Ingham asked how many of the 62 patients were waiting for a package of home care and how long on average they had been waiting. The Director, Adults and Wellbeing confirmed that 19 were waiting for home care and that the average wait had fallen from eleven days in October to just under six days.</p>
<p>(B)&nbsp;&nbsp; Councillor Mahmood expressed concern that patients from Brigworth were being discharged to care homes as far away as Hollinclough, which made visiting very difficult for elderly husbands and wives without a car. In response, the Assistant Director, Commissioning and Partnerships acknowledged the difficulty and said that placements were always made as close to home as possible, but that capacity in the upper valley was very limited and families could be offered a move once a nearer bed became free.</p>
""")
    parts.append(page_ref("F 22"))
    parts.append("""<p>(C)&nbsp;&nbsp; Councillor Wadsworth queried whether the Discharge Fund would continue in 2025/26 and what would happen to the additional beds if it did not. The Director explained that national guidance was still awaited; the funding had been assumed within the draft Better Care Fund plan for next year, but there was a risk that some of the beds would have to be given up if it was withdrawn.</p>
<p>(D)&nbsp;&nbsp; Councillor Hussain asked what proportion of the people discharged to a &lsquo;discharge to assess&rsquo; bed went on to a permanent placement in a care home. The Director undertook to provide this information to Members after the meeting.</p>
<p>(E)&nbsp;&nbsp; Councillor Patterson commented that the queues of ambulances waiting to hand over patients outside the Emergency Department on New Year's Day had been unacceptable and that the Board should raise this directly with the ambulance service.</p>
<p>(F)&nbsp;&nbsp; Councillor Mrs Brearley asked whether the Trust had enough nurses to keep the additional escalation ward open until the end of March. The Chief Operating Officer confirmed that the ward had been staffed largely through bank and agency nurses at a significant cost, and that this was not sustainable beyond the winter.</p>
<p>The Cabinet Member for Adult Services and Wellbeing thanked health and social care staff for their work over the holiday period and reported that she had visited the Transfer of Care Hub on 23rd December.</p>
<p><b>RESOLVED</b> that:</p>
<p>(a)&nbsp;&nbsp; the report be noted;</p>
<p>(b)&nbsp;&nbsp; the thanks of the Board to health and social care staff for their work over the winter period be placed on record; and</p>
<p>(c)&nbsp;&nbsp; a further report on the outcome of winter and the future of the Discharge Fund be submitted to the meeting of the Board in June 2025.</p>

<p><b>36&nbsp;&nbsp;&nbsp; RECOMMISSIONING OF HOME CARE SERVICES</b></p>
<p>The Director, Adults and Wellbeing submitted a written report which sought the views of the Board on the proposed approach to the recommissioning of home care services, prior to consideration of the matter by Cabinet on 3rd February 2025. The current contracts with eleven providers would come to an end on 30th September 2025. It was proposed to move to a zoned model, with one lead provider in each of five geographical zones supported by a framework of approved providers, and to introduce a minimum hourly rate of &pound;24.10 which would allow providers to pay care workers at least the Real Living Wage.</p>
<p>Rachel Crowther, Assistant Director, Commissioning and Partnerships, outlined the outcome of the engagement carried out with people who use home care, their carers and providers between September and November 2024, which had included a survey (412 responses), six drop-in sessions in libraries and two provider events.</p>
<p>During the discussion the following issues were raised:</p>
<ul>
<li>Councillor Dalton asked whether the Council had considered bringing part of the home care service back in-house, as some other councils had done. The Assistant Director responded that an in-house option had been appraised, as set out in Appendix 3 to the report, but had been discounted at this stage because of the start-up costs and the difficulty of recruiting staff; it would be kept under review over the life of the new contracts.</li>
<li>Councillor Patterson asked how the Council would make sure that the higher hourly rate actually reached care workers rather than being retained by providers. The Assistant Director explained that the contracts would include a requirement to pay the Real Living Wage and that open-book accounting would be used to check this each year.</li>
<li>Concern was expressed that a zoned model might squeeze out the small, local agencies that were valued by families in the rural parts of the Borough. It was confirmed that small providers would be able to join the framework and that lead providers would be expected to work with them where that best met people's needs.</li>
<li>Councillor Ingham requested that the results of the survey be broken down by zone and shared with the Board before Cabinet made its decision. The Director agreed to circulate the breakdown to Members before the Cabinet meeting.</li>
<li>Councillor Mahmood asked how many hours of care were currently commissioned but not delivered because providers did not have the staff. The Assistant Director reported that around 1,150 hours a week had been unmet at the end of December, compared with 2,300 hours a week a year earlier.</li>
</ul>
<p>An amendment moved by Councillor Dalton and seconded by Councillor Patterson, that Cabinet be asked to defer its decision until a fully costed appraisal of an in-house home care service had been completed, was put to the vote and declared LOST.</p>
""")
    parts.append(page_ref("F 23"))
    parts.append("""<p>It was then moved by Councillor Ashworth, seconded by Councillor Wadsworth, and</p>
<p><b>RESOLVED</b> that Cabinet be recommended to:</p>
<p>(a)&nbsp;&nbsp; approve the zoned model for home care, with a framework open to small and local providers;</p>
<p>(b)&nbsp;&nbsp; require all home care providers to pay their care workers no less than the Real Living Wage and monitor this through open-book accounting; and</p>
<p>(c)&nbsp;&nbsp; report to this Board after the first six months of the new contracts on unmet hours and the experience of people receiving care.</p>

<p><b>37&nbsp;&nbsp;&nbsp; ACCESS TO GENERAL PRACTICE AND NHS DENTISTRY</b></p>
<p>The Place Clinical Director and the Head of Primary Care, NHS Pennine Ridge Integrated Care Board (ICB), submitted a written report on the delivery of the Primary Care Access Recovery Plan in Ryecroft Moor and on access to NHS dentistry. The report stated that the Borough's 26 practices had provided 9% more appointments in April to November 2024 than in the same months of 2023, that 61% of appointments were now face to face, and that every practice had moved to cloud-based telephony. For dentistry, only 38% of adults in the Borough had seen an NHS dentist in the previous 24 months, and the ICB had commissioned an additional 1,600 urgent dental appointments a year from four practices.</p>
<p>Sally Ogden, Manager, Healthwatch Ryecroft Moor, informed the Board that dentistry remained the subject most often raised with Healthwatch, with 214 contacts in the last six months, and that people continued to report being removed from practice lists.</p>
<p>Members welcomed the increase in the number of appointments but expressed concern that many residents still found it very difficult to get through on the telephone first thing in the morning. In response, the Head of Primary Care said that the new telephone systems allowed patients to request a call back rather than wait in a queue, and that the ICB was now monitoring call data practice by practice. Councillor Hussain asked what was being done about Luddenby Health Centre, which had been raised by a member of the public earlier in the meeting (Minute 34). Dr Qadir explained that the practice had recruited a salaried GP who would start in March and was being supported by the primary care network's additional roles staff, including two clinical pharmacists, and that there were no plans for the practice to close its list. Councillor Wadsworth sought clarification on whether the extra urgent dental appointments were open to people who were not registered with a dentist; it was confirmed that they were, and could be booked through NHS 111.</p>
""")
    parts.append(page_ref("F 24"))
    parts.append("""<p>Councillor Mrs Brearley questioned why children in the Borough were waiting so long for dental extractions under general anaesthetic and was informed that the waiting list was held by the hospital trust; the Head of Primary Care would ask the Trust for current figures. Councillor Patterson asked whether the ICB would carry out a survey of patients' experience of the new telephone systems, and the Place Clinical Director agreed to discuss this with Healthwatch Ryecroft Moor.</p>
<p>The Chair thanked Dr Qadir and Ms Birtwhistle for attending.</p>
<p><b>RESOLVED</b> that the report be noted and that the Integrated Care Board be asked to provide the figures for children waiting for dental extractions to the next meeting of the Board.</p>

<p><b>38&nbsp;&nbsp;&nbsp; HEALTH IMPACTS OF DAMP AND MOULD IN PRIVATE RENTED HOMES &ndash; SCOPE OF SCRUTINY REVIEW</b></p>
<p>The Scrutiny Support Officer submitted a written report setting out a draft scope for a review of the health impacts of damp and mould in privately rented homes, which the Board had agreed to undertake at its meeting on 17th September 2024 (Minute 14 refers). The review would consider the evidence on respiratory illness in children and older people, the Council's use of its enforcement powers and the advice available to tenants. Dr Helen Marsh, Director of Public Health, and Tom Redfearn, Service Manager, Private Sector Housing, were in attendance for this item.</p>
<p>Councillor Dalton suggested that the review should also cover housing association properties, where he had seen some of the worst cases in his ward. The Scrutiny Support Officer explained that Awaab's Law would apply to social landlords and that the Place Scrutiny Board had looked at social housing in 2024, so the scope had been limited to the private rented sector to keep the review manageable.</p>
<p>Councillor Mahmood asked how many complaints about damp and mould in privately rented homes the Council had received over the last year. The Service Manager, Private Sector Housing reported that there had been 486 complaints in 2023/24 and that 61 improvement notices had been served.</p>
<p>Councillor Ingham requested that tenants' groups and the local landlords' association be invited to give evidence to the review.</p>
<p>The Director of Public Health added that the annual public health report for 2025 would include a chapter on housing and health which could inform the review.</p>
<p>The Board agreed the scope of the review, subject to the inclusion of evidence from tenants' and landlords' representatives, and appointed Councillors Ashworth, Dalton, Ingham and Mahmood to the working party that would carry out the review.</p>
<p>(Councillor Mahmood left the meeting at 8.05 pm, before consideration of Minute 39.)</p>

<p><b>39&nbsp;&nbsp;&nbsp; ADULTS, HEALTH AND SOCIAL CARE SCRUTINY BOARD WORK PROGRAMME 2024/25</b></p>
<p>The Scrutiny Support Officer submitted the Board's work programme for the remainder of the 2024/25 municipal year.</p>
<p>Councillor Wadsworth asked whether the Board could look at the Council's new Suicide Prevention Action Plan before it was finalised. The Scrutiny Support Officer advised that the plan was due to be considered by the Health and Wellbeing Board in April and that the Chair would discuss the timing with the Director of Public Health.</p>
<p><b>RESOLVED</b> that the work programme be noted, subject to the addition of an item on the Suicide Prevention Action Plan at the meeting on 11th March 2025.</p>
<p>&nbsp;</p>
<p>(The meeting closed at 8.22 pm)</p>
<p>&nbsp;</p>
<p>Chair</p>
""")
    parts.append(page_ref("F 25"))
    parts.append("</div>\n")
    parts.append(SITE_FOOT)
    return "".join(parts)


def agenda_html():
    stem = AGENDA_NAME[:-5]
    parts = [SITE_HEAD.replace("minutes/index.jsp?meeting=41287&amp;type=mins",
                               "agendas/index.jsp?meeting=41354").format(
        title="Agenda - Adults, Health and Social Care Scrutiny Board - 11 March 2025",
        stem=stem,
        crumb="Adults, Health and Social Care Scrutiny Board")]
    parts.append("""<h1>Adults, Health and Social Care Scrutiny Board</h1>
<div class="meeting-details">
<table class="meeting-info">
<tbody>
<tr><th scope="row">Date:</th><td>Tuesday 11 March 2025</td></tr>
<tr><th scope="row">Time:</th><td>6:00pm</td></tr>
<tr><th scope="row">Venue:</th><td>Council Chamber, Town Hall, Kettleford</td></tr>
<tr><th scope="row">Contact:</th><td>Lindsay Akroyd, Scrutiny Support Officer, 01632 960 427, <a href="mailto:scrutiny@ryecroftmoor.gov.uk">scrutiny@ryecroftmoor.gov.uk</a></td></tr>
</tbody>
</table>
<ul class="meeting-tabs">
<li class="active"><span>Agenda</span></li>
<li><a href="https://www.ryecroftmoor.gov.uk/council/councillors/councilmeetings/reports/index.jsp?meeting=41354">Reports</a></li>
<li><span class="disabled">Minutes (not yet available)</span></li>
<li><a href="https://www.ryecroftmoor.gov.uk/council/councillors/councilmeetings/webcast/index.jsp?meeting=41354">Webcast</a></li>
</ul>
</div>
<div class="agenda-text">
<p><b>Members of the Board:</b> Councillors Ashworth (Chair), Mrs Brearley, Dalton, Hussain, Ingham, Lumb, Mahmood, Patterson, Mrs Stansfield and Wadsworth</p>
<p>This meeting is open to the public unless the Board decides to exclude the public for any exempt or confidential item of business. The meeting will be webcast.</p>
<h2>Agenda</h2>
<p><b>1&nbsp;&nbsp; Apologies for absence</b></p>
<p><b>2&nbsp;&nbsp; Members' interests</b><br>
To remind Members of the need to declare any disclosable pecuniary interests or other interests which they might have in relation to the items on this agenda.</p>
<p><b>3&nbsp;&nbsp; Minutes of the meeting held on 14th January 2025</b><br>
To approve the Minutes as a correct record. <a href="https://www.ryecroftmoor.gov.uk/council/councillors/councilmeetings/docs/41287-minutes.pdf">Minutes [PDF file 212KB]</a></p>
<p><b>4&nbsp;&nbsp; Questions from members of the public</b><br>
Members of the public may ask a question about any matter within the remit of the Board. Questions must be sent to the Scrutiny Support Officer by 12 noon on Thursday 6 March 2025 and must not exceed 100 words. Where a reply cannot be given at the meeting, a written reply will be sent within seven working days.</p>
<p><b>5&nbsp;&nbsp; Suicide Prevention Action Plan 2025&ndash;2028</b><br>
Report of the Director of Public Health. <a href="https://www.ryecroftmoor.gov.uk/council/councillors/councilmeetings/docs/41354-item5.pdf">Report [PDF file 486KB]</a></p>
<p>The Board is asked to comment on the draft action plan before it is considered by the Health and Wellbeing Board in April. Members may wish to consider the following questions:</p>
<ul>
<li>How has the plan been shaped by people with lived experience and by families bereaved by suicide?</li>
<li>What will be done differently for middle-aged men, who account for most deaths in the Borough?</li>
<li>How will the partners know whether the actions are making a difference?</li>
</ul>
<p><b>6&nbsp;&nbsp; Adult Social Care Local Account 2023/24</b><br>
Report of the Director, Adults and Wellbeing. <a href="https://www.ryecroftmoor.gov.uk/council/councillors/councilmeetings/docs/41354-item6.pdf">Report [PDF file 1.2MB]</a></p>
<p>Recommendation: That the Board notes the Local Account and considers whether any matters arising from it should be added to the work programme.</p>
<p><b>7&nbsp;&nbsp; Health Impacts of Damp and Mould in Private Rented Homes &ndash; progress of the review</b><br>
Verbal update from the Chair of the working party.</p>
<p><b>8&nbsp;&nbsp; Work programme 2024/25 and suggestions for 2025/26</b><br>
Report of the Scrutiny Support Officer. <a href="https://www.ryecroftmoor.gov.uk/council/councillors/councilmeetings/docs/41354-item8.pdf">Report [PDF file 98KB]</a></p>
<p>Recommendation: That the Board (a) notes the work programme for the remainder of 2024/25, and (b) agrees which of the topics suggested by Members, residents and partners should be taken forward into the work programme for 2025/26.</p>
<p class="issued">Issued: 3 March 2025. Head of Legal and Democratic Services, Town Hall, Kettleford.</p>
</div>
""")
    parts.append(SITE_FOOT)
    return "".join(parts)


A = "jb-ryecroft-moor-ahsc-scrutiny-board-2025-01-14.html"


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


def minutes_gold():
    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": "Adults, Health and Social Care Scrutiny Board",
        "meeting_date": "2025-01-14",
        "items": [
            {"number": "31", "title": "Apologies for Absence"},
            {"number": "32", "title": "Members' Interests"},
            {"number": "33", "title": "Minutes of the Meeting held on 19th November 2024"},
            {"number": "34", "title": "Questions from Members of the Public"},
            {"number": "35", "title": "Winter Resilience and Hospital Discharge"},
            {"number": "36", "title": "Recommissioning of Home Care Services"},
            {"number": "37", "title": "Access to General Practice and NHS Dentistry"},
            {"number": "38", "title": "Health Impacts of Damp and Mould in Private Rented Homes – Scope of Scrutiny Review"},
            {"number": "39", "title": "Adults, Health and Social Care Scrutiny Board Work Programme 2024/25"},
        ],
        "questions": [
            q("33", "question",
              "asked when the figures on young people's vaping that had been promised",
              "Councillor Patterson",
              "the information had been received from the provider that day",
              "The Scrutiny Support Officer",
              ["public-health", "children-and-families"]),
            q("34", "question",
              "What is this Board doing to make the ICB sort this out",
              "Mr Derek Haigh",
              "access to general practice was the subject of a report later on the agenda",
              "The Chair",
              ["primary-care", "patient-and-public-input"]),
            q("35", "question",
              "how many of the 62 patients were waiting for a package of home care",
              "Councillor Ingham",
              "19 were waiting for home care and that the average wait had fallen",
              "The Director, Adults and Wellbeing",
              ["adult-social-care"]),
            q("35", "concern",
              "patients from Brigworth were being discharged to care homes as far away as Hollinclough",
              "Councillor Mahmood",
              "placements were always made as close to home as possible",
              "the Assistant Director, Commissioning and Partnerships",
              ["adult-social-care"]),
            q("35", "question",
              "queried whether the Discharge Fund would continue in 2025/26",
              "Councillor Wadsworth",
              "the funding had been assumed within the draft Better Care Fund plan",
              "The Director",
              ["finance", "integration"]),
            q("35", "question",
              "what proportion of the people discharged to a discharge to assess bed",
              "Councillor Hussain",
              "The Director undertook to provide this information to Members after the meeting",
              "The Director",
              ["adult-social-care"]),
            q("35", "comment",
              "the queues of ambulances waiting to hand over patients outside the Emergency Department",
              "Councillor Patterson",
              None,
              None,
              []),
            q("35", "question",
              "asked whether the Trust had enough nurses to keep the additional escalation ward open",
              "Councillor Mrs Brearley",
              "the ward had been staffed largely through bank and agency nurses",
              "The Chief Operating Officer",
              ["workforce"]),
            q("36", "question",
              "asked whether the Council had considered bringing part of the home care service back in-house",
              "Councillor Dalton",
              "an in-house option had been appraised, as set out in Appendix 3",
              "The Assistant Director",
              ["privatisation", "adult-social-care", "finance", "workforce"]),
            q("36", "question",
              "make sure that the higher hourly rate actually reached care workers",
              "Councillor Patterson",
              "open-book accounting would be used to check this each year",
              "The Assistant Director",
              ["finance", "workforce", "subcontracting", "adult-social-care"]),
            q("36", "concern",
              "a zoned model might squeeze out the small, local agencies",
              None,
              "small providers would be able to join the framework",
              None,
              ["subcontracting", "adult-social-care"]),
            q("36", "request",
              "requested that the results of the survey be broken down by zone",
              "Councillor Ingham",
              "The Director agreed to circulate the breakdown to Members before the Cabinet meeting",
              "The Director",
              ["patient-and-public-input"]),
            q("36", "question",
              "how many hours of care were currently commissioned but not delivered",
              "Councillor Mahmood",
              "around 1,150 hours a week had been unmet at the end of December",
              "The Assistant Director",
              ["adult-social-care", "workforce", "subcontracting"]),
            q("37", "concern",
              "many residents still found it very difficult to get through on the telephone",
              None,
              "the new telephone systems allowed patients to request a call back",
              "the Head of Primary Care",
              ["primary-care"]),
            q("37", "question",
              "asked what was being done about Luddenby Health Centre",
              "Councillor Hussain",
              "the practice had recruited a salaried GP who would start in March",
              "Dr Qadir",
              ["primary-care", "workforce"]),
            q("37", "question",
              "whether the extra urgent dental appointments were open to people who were not registered",
              "Councillor Wadsworth",
              "it was confirmed that they were, and could be booked through NHS 111",
              None,
              ["primary-care"]),
            q("37", "question",
              "questioned why children in the Borough were waiting so long for dental extractions",
              "Councillor Mrs Brearley",
              "the waiting list was held by the hospital trust",
              None,
              ["primary-care", "children-and-families"]),
            q("37", "question",
              "whether the ICB would carry out a survey of patients' experience",
              "Councillor Patterson",
              "the Place Clinical Director agreed to discuss this with Healthwatch Ryecroft Moor",
              "the Place Clinical Director",
              ["patient-and-public-input", "primary-care"]),
            q("38", "comment",
              "suggested that the review should also cover housing association properties",
              "Councillor Dalton",
              "the scope had been limited to the private rented sector to keep the review manageable",
              "The Scrutiny Support Officer",
              ["housing"]),
            q("38", "question",
              "how many complaints about damp and mould in privately rented homes the Council had received",
              "Councillor Mahmood",
              "there had been 486 complaints in 2023/24 and that 61 improvement notices",
              "The Service Manager, Private Sector Housing",
              ["housing"]),
            q("38", "request",
              "requested that tenants' groups and the local landlords' association be invited",
              "Councillor Ingham",
              None,
              None,
              ["housing", "patient-and-public-input"]),
            q("39", "question",
              "asked whether the Board could look at the Council's new Suicide Prevention Action Plan",
              "Councillor Wadsworth",
              "the plan was due to be considered by the Health and Wellbeing Board in April",
              "The Scrutiny Support Officer",
              ["mental-health"]),
        ],
        "resolutions": [
            r("33", "be approved as a correct record and signed by the Chair", "agreed", []),
            r("35", "a further report on the outcome of winter and the future of the Discharge Fund",
              "agreed", ["adult-social-care", "finance", "integration"]),
            r("36", "that Cabinet be asked to defer its decision until a fully costed appraisal",
              "rejected", ["privatisation", "adult-social-care"]),
            r("36", "approve the zoned model for home care, with a framework open to small",
              "recommended", ["subcontracting", "adult-social-care", "workforce"]),
            r("37", "the Integrated Care Board be asked to provide the figures for children waiting",
              "agreed", ["primary-care", "children-and-families"]),
            r("38", "The Board agreed the scope of the review, subject to the inclusion of evidence",
              "agreed", ["housing"]),
            r("39", "subject to the addition of an item on the Suicide Prevention Action Plan",
              "agreed", ["mental-health"]),
        ],
        "attendees": [
            att("Councillor Ashworth", "Chair", "present"),
            att("Councillor Mrs Brearley", None, "present"),
            att("Councillor Dalton", None, "present"),
            att("Councillor Hussain", None, "present"),
            att("Councillor Ingham", None, "present"),
            att("Councillor Mahmood", None, "present"),
            att("Councillor Patterson", None, "present"),
            att("Councillor Wadsworth", None, "present"),
            att("Councillor Greenwood", "Cabinet Member for Adult Services and Wellbeing", "in_attendance"),
            att("Iain Sowerby", "Director, Adults and Wellbeing", "in_attendance"),
            att("Dr Helen Marsh", "Director of Public Health", "in_attendance"),
            att("Rachel Crowther", "Assistant Director, Commissioning and Partnerships", "in_attendance"),
            att("Tom Redfearn", "Service Manager, Private Sector Housing", "in_attendance"),
            att("Lindsay Akroyd", "Scrutiny Support Officer", "in_attendance"),
            att("Mark Illingworth", "Chief Operating Officer, Kettleford and Ryecroft Hospitals NHS Foundation Trust", "in_attendance"),
            att("Dr Nasreen Qadir", "Place Clinical Director, NHS Pennine Ridge Integrated Care Board", "in_attendance"),
            att("Joanne Birtwhistle", "Head of Primary Care, NHS Pennine Ridge Integrated Care Board", "in_attendance"),
            att("Sally Ogden", "Manager, Healthwatch Ryecroft Moor", "in_attendance"),
            att("Councillor Lumb", None, "apologies"),
            att("Councillor Mrs Stansfield", None, "apologies"),
        ],
    }


def agenda_gold():
    return {"document": AGENDA_NAME, "doc_type": "agenda"}


# ---------------------------------------------------------------- check

def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    from bs4 import BeautifulSoup
    html = path.read_text(encoding="utf-8")
    return BeautifulSoup(html, "html.parser").get_text(" ")


def check():
    ok = True
    for gpath in sorted(GOLD.glob("jb-*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        dpath = DOCS / gold["document"]
        if not dpath.exists():
            print("MISSING document", dpath)
            ok = False
            continue
        text = norm(doc_text(dpath))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n_words = len(ph.split())
            count = text.count(norm(ph))
            if count != 1 or not (6 <= n_words <= 15):
                ok = False
                print("FAIL %s (%d words, %d hits): %s" % (kind, n_words, count, ph))
        print("%s: %d phrases checked" % (gpath.name, len(phrases)))
    print("OK" if ok else "FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(minutes_html(), encoding="utf-8")
    (DOCS / AGENDA_NAME).write_text(agenda_html(), encoding="utf-8")
    for g in (minutes_gold(), agenda_gold()):
        name = g["document"].rsplit(".", 1)[0] + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote", MINUTES_NAME, AGENDA_NAME)


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
