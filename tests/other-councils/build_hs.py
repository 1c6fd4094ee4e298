#!/usr/bin/env python3
"""Build the "hs-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_hs.py           build documents/hs-* and gold/hs-*.json
        build_hs.py --check   verify every gold phrase occurs once in its document
"""
import json
import re
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "hs-hollingshire-cfa-performance-overview-2025-09-10.txt"
OTHER_NAME = "hs-hollingshire-crmp-2026-2031-consultation.html"

# ---------------------------------------------------------------------------------------
# The minutes. Paragraphs are separated by blank lines and wrapped at 92 characters as the
# PDF printed them; a paragraph whose first line starts with "|" keeps its line breaks.
# ---------------------------------------------------------------------------------------
MINUTES_SOURCE = """\
|HOLLINGSHIRE COMBINED FIRE AUTHORITY

|PERFORMANCE AND OVERVIEW COMMITTEE

Wednesday, 10 September 2025, at 10.00 am in the Main Conference Room, Hollingshire Fire & Rescue Service Headquarters, Tarnside.

|MINUTES

|PRESENT:

|Councillors

|P Harrowby (Chair)
|M Tennant (Vice-Chair)
|S Aldred
|J Brocklehurst
|R Catterall
|H Dewhurst
|N Iqbal
|T Openshaw
|K Whiteside

|Officers

|S Pendlebury, Chief Fire Officer (HFRS)
|L Kershaw, Deputy Chief Fire Officer (HFRS)
|A Rawcliffe, Assistant Chief Fire Officer (HFRS)
|K Sowerby, Director of Corporate Services and Treasurer (HFRS)
|G Tomlinson, Area Manager, Head of Prevention and Protection (HFRS)
|R Birtwistle, Area Manager, Head of Service Delivery (HFRS)
|L Ormerod, Member Services Officer (HFRS)

|In attendance

|D Rushton, Head of Operations (Hollingshire), Northern Counties Ambulance Service NHS Trust
|K Fairhurst, Fire Brigades Union

|9-25/26     Apologies For Absence

Apologies were received from County Councillor Lorraine Fazackerley and Councillor Bernard Swarbrick.

|10-25/26    Disclosure of Pecuniary and Non-Pecuniary Interests

County Councillor Openshaw declared a non-pecuniary interest in agenda item 6 (On-Call Availability and Recruitment) as a close family member was employed as an on-call firefighter at Bickerdale Fire Station.

|11-25/26    Minutes of Previous Meeting

|Resolved: - That the Minutes of the last meeting held on 18 June 2025 be confirmed as a
|correct record and signed by the Chair.

|12-25/26    Performance Management Information

The Assistant Chief Fire Officer presented a comprehensive report to the Performance and Overview Committee. This was the 1st quarterly report for 2025/26 as detailed in the Community Risk Management Plan 2022-2027.

This quarter there were four positive and three negative key performance indicator (KPI) exceptions. The negative exceptions were 1.2.1 Accidental Dwelling Fires, 2.3 Fire Engine Availability - On-Call Duty System and 3.1 Staff Absence - Wholetime.

The Assistant Chief Fire Officer drew Members' attention to several areas of activity during the quarter. The Service had attended the wildfire on Tarnside Moor between 2 and 11 July, which at its height required 27 fire engines, two high volume pumps and specialist wildfire teams from three neighbouring services, and had been the largest incident in Hollingshire since 2018. Crews had delivered 6,912 Home Fire Safety Checks, 71% of which were to households with one or more recognised risk factors. The new breathing apparatus and fire behaviour training centre at Ludworth had been handed over on 23 June and the first wholetime recruits' course had started there on 4 August. The Service had also hosted the regional Fire Cadets passing out parade at Tarnside Community Fire Station, with 64 cadets aged between 13 and 17 from eleven units taking part.

In response to a question from the Chair regarding the wildfire, the Chief Fire Officer confirmed that the additional cost to the Authority, estimated at approximately £310,000 including overtime, hired plant and meals for crews, would be claimed under the Bellwin scheme where eligible and that the balance would be met from the general reserve. A full debrief was being held with the landowners, Natural England and the water company and the learning would be shared with Members at a future Member briefing.

Members examined each indicator in turn focusing on those KPIs which were in exception as follows:

|KPI 1 - Preventing fires and other emergencies from happening and Protecting people and
|property when fires happen

|1.1     Risk Map

This indicator measured the fire risk in each Super Output Area (SOA), of which there were 941 in Hollingshire. Risk was determined using fire activity over the previous three fiscal years along with a range of demographic data, such as population and deprivation. The score for 2025 was 31,002, a reduction of 2.1% on the previous year, and represented a continuing reduction in risk across the county.

|1.2.1   Accidental Dwelling Fires (ADF) - negative exception

This indicator reported the number of primary fires where a dwelling had been affected and the cause of the fire had been recorded as 'Accidental' or 'Not known'. Quarter 1 activity was 178 against 152 in the same quarter of the previous year, an increase of 17.1%, and the number of incidents had been above the upper control limit in both May and June. The Area Manager, Head of Prevention and Protection explained that cooking remained the main cause, followed by electrical appliances and smoking materials, and that a significant proportion of the incidents involved people aged over 65 living alone. In around one in five incidents the occupier had been affected by alcohol or medication at the time of the fire. A targeted campaign had been launched in July in the wards with the highest numbers of incidents and every household within 100 metres of an accidental dwelling fire had been offered a Home Fire Safety Check within 72 hours.

In response to a question from County Councillor Catterall regarding whether the increase was concentrated in particular districts, the Area Manager, Head of Prevention and Protection explained that the rise had been most marked in Kellbridge and in the coastal wards of Wyre Marsh, where the Service had already increased targeted Home Fire Safety Checks and was working with the adult social care teams of both councils to improve the number of referrals.

County Councillor Dewhurst commented that many older residents in her division who lived alone were not known to any agency and asked how the Service reached people who were not referred by partners. The Area Manager explained that the Service received data from the NHS under a data sharing agreement which identified residents aged over 65 who were registered with a GP, and wrote to those living in the highest risk areas offering a free visit. The response rate to the letters was around 14% and crews at four on-call stations would trial door knocking in the autumn, the results of which would be reported to a future meeting.

Councillor Iqbal raised concerns that staff working for home care providers were not routinely trained to recognise fire risks such as the build-up of paraffin-based emollient creams on clothing and bedding, and asked whether the Service could offer awareness sessions to care workers. The Area Manager confirmed that an e-learning package had been developed with the Hollingshire Safeguarding Adults Board and had been offered to all domiciliary care providers; take-up had been low and officers would write to the commissioning teams at Kellbridge Borough Council and Marsdale with Ossington Borough Council to ask that completion be included in the providers' contracts.

|1.3     Accidental Dwelling Fires - Extent of Damage (Fire Severity) - positive exception

This indicator reported the number of primary fires where a dwelling had been affected and the cause had been recorded as 'Accidental' or 'Not known', by extent of damage. 88% of fires were limited to the item first ignited or the room of origin, against a standard of 84%. Members noted that the Service attributed the improvement in part to the fitting of 1,430 additional linked smoke alarms during the previous year.

|1.4     Accidental Dwelling Fire Casualties

This indicator reported the number of fire-related fatalities, slight and serious injuries at primary fires where a dwelling had been affected and the cause of fire had been recorded as 'Accidental' or 'Not known'. There had been 2 fatalities and 9 injuries during the quarter. Members expressed their condolences to the families concerned. The Chief Fire Officer advised that a fatal fire review was undertaken jointly with the police and the relevant local authority in each case, and that both victims had been aged over 80; neither had been known to the Service.

|KPI 2 - Responding to fire and other emergencies quickly

|2.1     Critical Fire Response - 1st Fire Engine Attendance

This indicator measured how long it took the first fire engine to respond to critical fire incidents, from the time the emergency call was answered to the arrival of the first fire engine. The response standard varied between 6 and 11 minutes according to the risk map score of the location. The standard was met in 91.2% of incidents against a target of 90%.

|2.3     Fire Engine Availability - On-Call Duty System - negative exception

This indicator measured the availability of fire engines that were crewed by on-call firefighters and was measured as the percentage of time that a fire engine was available to respond compared with the total time in the period. Availability during the quarter was 81.4% against a standard of 95%, compared with 83.9% in the same quarter of the previous year. The reduction was attributed to a combination of vacancies, long-term sickness and the loss of daytime cover during the summer holiday period. The Deputy Chief Fire Officer advised that a separate report on on-call availability and recruitment was included on the agenda.

County Councillor Brocklehurst asked why availability at Fellgate and Ribble Bridge stations had fallen below 50% during weekday daytimes. The Assistant Chief Fire Officer explained that most on-call firefighters at both stations now worked outside the villages during the day, and that wholetime staff from Tarnside had been detached to Fellgate on 31 days during the quarter to keep the fire engine available.

|KPI 3 - Delivering value for money in how we use our resources

|3.1     Staff Absence - Wholetime - negative exception

This indicator measured the number of shifts lost through absence per employee for wholetime staff. The cumulative total number of shifts lost during the quarter was 2.31 per employee against a standard of 1.8. The main causes of absence were musculoskeletal injuries and mental health conditions, including stress and anxiety, with 11 cases of long-term absence during the quarter.

In response to a question from County Councillor Tennant about the support available to firefighters experiencing poor mental health, the Deputy Chief Fire Officer confirmed that the Service had an in-house occupational health unit with a full-time counsellor, ran a trauma risk management programme after traumatic incidents, and had recently commissioned an external provider to offer rapid access to physiotherapy and talking therapies. County Councillor Tennant welcomed this and asked that the Service's wellbeing support be highlighted to the new recruits at Ludworth.

|3.3     Progress Against Allocated Budget

The Director of Corporate Services and Treasurer reported that revenue spend to the end of the quarter was £17.94m against a budget of £18.21m, and that the forecast outturn was an underspend of £0.41m, largely in relation to on-call pay as a result of vacancies, partly offset by the cost of the Tarnside Moor wildfire.

County Councillor Openshaw queried whether the underspend on on-call pay should be regarded as a saving when it reflected fire engines not being available to respond. The Treasurer explained that the underspend was not treated as a saving in the budget and that, subject to the approval of the Fire Authority, it would be transferred to an earmarked reserve to fund the on-call improvement programme.

|KPI 4 - Engaging with our staff

|4.2.1   Staff Accidents - positive exception

This indicator measured the number of accidents which occurred to staff members at work within the quarter. Total number of staff accidents was 9, a reduction of 40% against the same quarter of the previous year.

Councillor Whiteside commented that the report was much easier to follow since the control charts had been introduced and thanked officers for the detailed analysis provided in the exception reports.

|Resolved: - That the Performance and Overview Committee noted and endorsed the Quarter 1
|Measuring Progress report, including three negative exceptions.

|13-25/26    Building Safety and High-Rise Residential Buildings Update

The Area Manager, Head of Prevention and Protection presented the report which updated Members on the Service's work with the Building Safety Regulator and on the high-rise residential buildings in Hollingshire. There were 38 residential buildings of 18 metres or more in height across the county, of which 11 had external wall systems which required remediation and 4 were operating a simultaneous evacuation strategy, three of which had a waking watch in place. Fire safety inspectors had audited all 38 buildings since April 2024 and the Service continued to provide one inspector to the Building Safety Regulator's multi-disciplinary team for the North West region under a funded secondment. The Service had also responded to 412 building regulations consultations during the quarter, 93% within the statutory timescale, and had received 29 referrals from local authority housing teams about concerns in houses in multiple occupation.

County Councillor Aldred asked what powers the Service had where a private landlord or managing agent refused to carry out remediation works. The Area Manager explained that the Service could serve an enforcement notice under the Regulatory Reform (Fire Safety) Order 2005 and, in the most serious cases, a prohibition notice restricting the use of a building; two enforcement notices had been served during the quarter, one of which related to a converted office block in Tarnside town centre where work had since begun.

Councillor Whiteside expressed concern about residents with mobility problems living on the upper floors of buildings which had moved to simultaneous evacuation, and asked whether personal emergency evacuation plans would be required. The Area Manager confirmed that the Residential Personal Emergency Evacuation Plans regulations would place a duty on responsible persons from April 2026, and that the Service was already working with the housing team at Kellbridge Borough Council to identify tenants in its own blocks who might need help to leave the building.

County Councillor Catterall sought clarification on whether the protection team was adequately resourced to respond to the growing number of consultations within the statutory timescales. The Chief Fire Officer advised that two additional fire safety inspectors had been recruited during the year and would be fully qualified by the spring, and that he was in discussion with the Treasurer about the cost of a further post which would be considered as part of the 2026/27 budget setting process. He added that the national shortage of qualified fire engineers remained a risk for all fire and rescue services.

|Resolved: - That the Committee noted the report.

|14-25/26    On-Call Availability and Recruitment

The Deputy Chief Fire Officer presented a report which set out progress with the On-Call Improvement Programme. The Service operated 28 on-call stations with 412 on-call firefighters against an establishment of 486. The programme included a trial of payment for availability at five stations since March 2025, a recruitment campaign with the strapline 'Be There For Your Community', shorter recruit courses delivered at weekends, and work with local employers to release staff to respond during the working day. The main reasons given by firefighters leaving the on-call service were the commitment required, changes in primary employment and moving away from the station area.

County Councillor Brocklehurst asked whether the payment for availability trial had made any difference at the stations involved. The Deputy Chief Fire Officer advised that availability at the five trial stations had risen from 71% to 84% over six months, and that a full evaluation including the costs of extending the scheme would be presented to the Fire Authority in December.

Councillor Iqbal sought clarification about the number of women and people from ethnic minority backgrounds applying for on-call roles. In response the Deputy Chief Fire Officer reported that 14% of applicants in the last campaign had been women and 6% from ethnic minority backgrounds, compared with 9% and 3% two years previously, and that positive action taster days were being held at Kellbridge and Ossington stations during October.

County Councillor Dewhurst raised concern that young people in rural villages could not afford to live near their local fire station, and that the lack of affordable housing was now a real barrier to recruitment in the Ribble valley. The Chief Fire Officer agreed and said that he had raised the issue with the district councils' planning officers, as key worker housing schemes had been used successfully by other services.

At the invitation of the Chair, Mr Fairhurst commented that on-call firefighters' pay had not kept pace with the demands placed upon them and that the Fire Brigades Union wished to be fully involved in the evaluation of the trial. The Deputy Chief Fire Officer confirmed that the representative bodies were members of the programme board and would contribute to the evaluation.

County Councillor Tennant requested that future performance reports show the availability of each on-call station rather than district totals, so that Members could see where the problems were in their own areas.

|Resolved: - That the Committee:
|i)   noted the report; and
|ii)  requested that a station by station breakdown of on-call availability be included in
|     future quarterly Measuring Progress reports.

|15-25/26    Emergency Medical Response - Co-Responding Pilot Evaluation

The Assistant Chief Fire Officer introduced Mr Rushton, Head of Operations (Hollingshire) at Northern Counties Ambulance Service NHS Trust (NCAS), and presented the evaluation of the first year of the pilot, under which on-call crews at six stations were mobilised alongside an ambulance to patients in cardiac arrest and to people who had fallen at home and were uninjured but unable to get up. Crews had attended 611 incidents in the year, arriving on average six minutes before the first ambulance resource at cardiac arrests, and had lifted 238 people who had fallen, 71% of whom had been aged over 80. Mr Rushton advised that the pilot had released an estimated 1,900 ambulance hours and had reduced the average wait for an older person who had fallen in the pilot areas from over four hours to 52 minutes.

County Councillor Aldred asked who met the costs of the pilot and whether the Authority was in effect subsidising the NHS. The Treasurer explained that the ambulance trust reimbursed the Service at an agreed rate of £46 per incident, which covered the direct costs of crew payments and equipment but not the management and training time, estimated at £38,000 in the year. Mr Rushton added that the trust's funding for the pilot was agreed annually with the integrated care board and that he could not give a commitment beyond March 2026.

Councillor Whiteside asked whether firefighters responding to falls were trained in assessing older people and what happened after a person had been helped up. Mr Rushton explained that crews were trained to use a recognised falls assessment tool and spoke by video link to a clinician in the trust's clinical hub before leaving, and that where a person had fallen more than once a referral was made to the falls prevention service or the reablement team of the relevant council.

County Councillor Catterall expressed concern that on-call firefighters attending medical calls might not be available if a fire occurred in their area. The Assistant Chief Fire Officer responded that crews were only mobilised to medical calls where the fire engine could be replaced from a neighbouring station, and that no fire call had been delayed as a result of the pilot during the year.

County Councillor Openshaw commented that the actions of the Bickerdale crew at a cardiac arrest in February had saved the life of one of her constituents and asked that the thanks of the Committee be passed on to the crew.

|Resolved: - That the Committee:
|i)   noted the evaluation of the first year of the co-responding pilot; and
|ii)  recommended to the Fire Authority that the pilot be extended to 31 March 2027, subject
|     to the agreement of funding with Northern Counties Ambulance Service NHS Trust.

|16-25/26    Date of Next Meeting

The next meeting of the Committee would be held on Wednesday, 3 December 2025 at 10:00 hours in the Main Conference Room at Hollingshire Fire & Rescue Service Headquarters, Tarnside.

Further meeting dates were noted for 11 March 2026 and agreed for 24 June 2026.

|17-25/26    Exclusion of Press and Public

|Resolved: - That the press and members of the public be excluded from the meeting during
|consideration of the following item of business on the grounds that there would be a likely
|disclosure of exempt information as defined in the appropriate paragraph of Part 1 of
|Schedule 12A to the Local Government Act 1972, indicated under the heading to the item.

|18-25/26    Mobilising System - Support Contract Performance (Paragraph 3)

Members considered a report that provided an update on the performance of the supplier of the mobilising system used by Hollingshire Fire Control and the arrangements for the remaining term of the support and maintenance contract.

Members raised a number of questions regarding the resilience of the system following the outage on 14 July 2025 and the steps taken by the supplier to prevent a recurrence. The Director of Corporate Services and Treasurer confirmed that a root cause analysis had been completed and that service credits of £12,500 had been applied under the terms of the contract.

The Committee noted the report and the performance of the mobilising system supplier.

|S AINSCOUGH
|Clerk to CFA

|HFRS HQ
|Tarnside
"""

FOOTER = "Hollingshire CFA Performance and Overview Committee 10.09.25"
LINES_PER_PAGE = 50


def minutes_text() -> str:
    lines = []
    for para in MINUTES_SOURCE.split("\n\n"):
        para = para.strip("\n")
        if para.startswith("|"):
            lines.extend(line[1:] if line.startswith("|") else line for line in para.split("\n"))
        else:
            lines.extend(textwrap.wrap(" ".join(para.split()), width=92))
        lines.append("")
    while lines and not lines[-1]:
        lines.pop()
    # paginate, as pdftotext gives it: each page's footer, then a form feed
    pages = [lines[i:i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)]
    out = []
    for n, page in enumerate(pages, 1):
        while page and not page[0]:
            page = page[1:]
        body = "\n".join(page).rstrip("\n")
        footer = f"{FOOTER}{' ' * 8}Page {n} of {len(pages)}"
        out.append(body + "\n\n" + footer + "\n")
    return "\f".join(out)


# ---------------------------------------------------------------------------------------
# The document that is not minutes: a CRMP consultation page saved from the website.
# ---------------------------------------------------------------------------------------
OTHER_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Have your say on our Community Risk Management Plan 2026-2031 | Hollingshire Fire &amp; Rescue Service</title>
<link rel="stylesheet" href="/assets/css/hfrs-main.css">
</head>
<body class="page-template-consultation">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="container">
    <a class="logo" href="/"><img src="/assets/img/hfrs-logo.svg" alt="Hollingshire Fire &amp; Rescue Service"></a>
    <nav class="primary-nav" aria-label="Main">
      <ul>
        <li><a href="/safety-advice/">Safety advice</a></li>
        <li><a href="/business-safety/">Business safety</a></li>
        <li><a href="/careers/">Careers</a></li>
        <li><a href="/news/">News</a></li>
        <li><a href="/about-us/">About us</a></li>
        <li><a href="/contact-us/">Contact us</a></li>
      </ul>
    </nav>
    <form class="search" action="/search/"><label for="q" class="visually-hidden">Search</label><input id="q" name="q" type="search" placeholder="Search"></form>
  </div>
</header>
<div class="emergency-banner" role="note">In an emergency always dial 999</div>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/about-us/">About us</a></li>
    <li><a href="/about-us/consultations/">Consultations</a></li>
    <li aria-current="page">Community Risk Management Plan 2026-2031</li>
  </ol>
</nav>
<main id="main" class="container">
<article class="consultation">
<h1>Have your say on our Community Risk Management Plan 2026-2031</h1>
<p class="status"><span class="badge badge-open">Open</span> Consultation opens 15 September 2025 and closes at midnight on 7 December 2025</p>

<p class="lead">Every fire and rescue service in England must produce a plan that looks at the risks in its area and explains how it will use its people and resources to keep the public safe. We have drafted our new Community Risk Management Plan (CRMP) for 2026 to 2031 and we want to know what you think.</p>

<p>Hollingshire Combined Fire Authority, which is made up of councillors from Hollingshire County Council, Kellbridge Borough Council and Marsdale with Ossington Borough Council, agreed at its meeting on 21 July 2025 that we should consult residents, businesses, partners and our own staff on the draft plan before it is finalised in March 2026.</p>

<h2>What is in the draft plan?</h2>
<p>The draft plan is built on our assessment of the risks in Hollingshire. Over the last five years we have seen fewer fires overall, but more wildfires on our moorland, more flooding incidents and a growing number of older people living alone who are at higher risk from fire. Our plan sets out four priorities:</p>
<ol>
  <li>Preventing fires and other emergencies from happening</li>
  <li>Protecting people and property when fires happen</li>
  <li>Responding to fire and other emergencies quickly</li>
  <li>Delivering value for money in how we use our resources</li>
</ol>

<h2>Our proposals</h2>
<h3>Proposal 1: Changing how we crew fire engines at Ludworth and Fellgate</h3>
<p>We propose to change the second fire engine at Ludworth from wholetime to on-call crewing, and to introduce a day-crewed system at Fellgate so that a fire engine is always available during the working day. Our modelling shows that average response times across the county would stay within our response standards.</p>
<h3>Proposal 2: Responding to medical emergencies</h3>
<p>We propose to continue responding to cardiac arrests and to people who have fallen at home alongside the ambulance service, and to extend this to more on-call stations if funding can be agreed with our NHS partners.</p>
<h3>Proposal 3: Targeting home fire safety visits</h3>
<p>We propose to focus our free Home Fire Safety Checks on the people most at risk, using information shared by our partners, rather than offering them to every household that asks.</p>
<h3>Proposal 4: Wildfire and flooding</h3>
<p>We propose to create two specialist wildfire units on the moors and to invest in more water rescue equipment and training at stations close to the rivers Ribble and Tarn.</p>

<h2>How to take part</h2>
<p>Please read the <a href="/media/2207/draft-crmp-2026-2031.pdf">draft Community Risk Management Plan 2026-2031 (PDF, 3.1MB)</a> or the <a href="/media/2208/crmp-easy-read.pdf">easy read summary (PDF, 1.2MB)</a> before answering our questions. The survey takes about 10 minutes to complete.</p>
<p><a class="button button-primary" href="https://survey.hfrs.example/crmp2026">Start the survey</a></p>

<h3>The questions we are asking</h3>
<div class="question-list">
<p><strong>Question 1.</strong> How much do you agree or disagree with the risks we have identified in our draft plan? (Strongly agree / Agree / Neither agree nor disagree / Disagree / Strongly disagree)</p>
<p><strong>Question 2.</strong> Are there any other risks in your area that you think we should plan for?</p>
<p><strong>Question 3.</strong> How much do you agree or disagree with our proposal to change how we crew fire engines at Ludworth and Fellgate?</p>
<p><strong>Question 4.</strong> Should firefighters continue to respond to medical emergencies alongside the ambulance service? (Yes / No / Don't know)</p>
<p><strong>Question 5.</strong> How much do you agree or disagree that we should target Home Fire Safety Checks at the people most at risk?</p>
<p><strong>Question 6.</strong> Is there anything else you would like to tell us about the draft plan?</p>
<p><strong>Question 7.</strong> About you: these questions are optional and help us to check that we are hearing from all parts of our community.</p>
</div>

<h2>Drop-in sessions</h2>
<p>Come and talk to our firefighters and staff about the plan at one of our drop-in sessions. You do not need to book.</p>
<table class="events">
<caption>Consultation drop-in sessions, autumn 2025</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Time</th><th scope="col">Venue</th></tr></thead>
<tbody>
<tr><td>Saturday 27 September 2025</td><td>10am to 2pm</td><td>Tarnside Community Fire Station, Moor Lane</td></tr>
<tr><td>Thursday 9 October 2025</td><td>4pm to 7pm</td><td>Ludworth Library, Market Street</td></tr>
<tr><td>Tuesday 21 October 2025</td><td>11am to 3pm</td><td>Fellgate Village Hall</td></tr>
<tr><td>Saturday 8 November 2025</td><td>10am to 1pm</td><td>Kellbridge Market Hall</td></tr>
<tr><td>Wednesday 19 November 2025</td><td>5pm to 7.30pm</td><td>Ossington Fire Station (online session also available)</td></tr>
</tbody>
</table>

<h2>Frequently asked questions</h2>
<details><summary>Will any fire stations close?</summary><p>No. None of the proposals in the draft plan would close a fire station.</p></details>
<details><summary>Will the changes save money?</summary><p>The crewing changes at Ludworth and Fellgate would reduce costs by around &pound;640,000 a year, which we would reinvest in prevention work, wildfire units and water rescue.</p></details>
<details><summary>What happens after the consultation closes?</summary><p>An independent research company will analyse all the responses. A report of the findings will be considered by the Fire Authority in February 2026 before the final plan is agreed in March 2026.</p></details>
<details><summary>Can I get the plan in another format?</summary><p>Yes. Large print, audio, Braille and other languages are available on request. Email <a href="mailto:consultation@hfrs.example">consultation@hfrs.example</a> or call 01632 960 412.</p></details>

<aside class="related">
<h2>Related pages</h2>
<ul>
  <li><a href="/about-us/fire-authority/">Hollingshire Combined Fire Authority</a></li>
  <li><a href="/about-us/our-performance/">Our performance</a></li>
  <li><a href="/about-us/crmp-2022-2027/">Community Risk Management Plan 2022-2027</a></li>
</ul>
</aside>
<p class="page-updated">Page last updated: 15 September 2025</p>
</article>
</main>
<footer class="site-footer">
  <div class="container">
    <ul class="footer-links">
      <li><a href="/accessibility/">Accessibility</a></li>
      <li><a href="/privacy/">Privacy notice</a></li>
      <li><a href="/cookies/">Cookies</a></li>
      <li><a href="/freedom-of-information/">Freedom of information</a></li>
    </ul>
    <p>&copy; 2025 Hollingshire Fire &amp; Rescue Service, Service Headquarters, Garstang Road, Tarnside</p>
  </div>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------
CATT = "County Councillor Catterall"
AMPP = "Area Manager, Head of Prevention and Protection"


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Performance and Overview Committee",
    "meeting_date": "2025-09-10",
    "items": [
        {"number": "9-25/26", "title": "Apologies For Absence"},
        {"number": "10-25/26", "title": "Disclosure of Pecuniary and Non-Pecuniary Interests"},
        {"number": "11-25/26", "title": "Minutes of Previous Meeting"},
        {"number": "12-25/26", "title": "Performance Management Information"},
        {"number": "13-25/26", "title": "Building Safety and High-Rise Residential Buildings Update"},
        {"number": "14-25/26", "title": "On-Call Availability and Recruitment"},
        {"number": "15-25/26", "title": "Emergency Medical Response - Co-Responding Pilot Evaluation"},
        {"number": "16-25/26", "title": "Date of Next Meeting"},
        {"number": "17-25/26", "title": "Exclusion of Press and Public"},
        {"number": "18-25/26", "title": "Mobilising System - Support Contract Performance (Paragraph 3)"},
    ],
    "questions": [
        q("12-25/26", "question",
          "In response to a question from the Chair regarding the wildfire",
          "the Chair",
          "would be claimed under the Bellwin scheme where eligible",
          "Chief Fire Officer", ["finance"]),
        q("12-25/26", "question",
          "regarding whether the increase was concentrated in particular districts",
          CATT,
          "the rise had been most marked in Kellbridge and in the coastal wards",
          AMPP, ["adult-social-care"]),
        q("12-25/26", "question",
          "asked how the Service reached people who were not referred by partners",
          "County Councillor Dewhurst",
          "received data from the NHS under a data sharing agreement",
          "Area Manager", ["adult-social-care"]),
        q("12-25/26", "concern",
          "raised concerns that staff working for home care providers were not routinely trained",
          "Councillor Iqbal",
          "an e-learning package had been developed with the Hollingshire Safeguarding Adults Board",
          "Area Manager", ["adult-social-care", "workforce", "subcontracting"]),
        q("12-25/26", "question",
          "asked why availability at Fellgate and Ribble Bridge stations had fallen below 50%",
          "County Councillor Brocklehurst",
          "most on-call firefighters at both stations now worked outside the villages during the day",
          "Assistant Chief Fire Officer", ["workforce"]),
        q("12-25/26", "question",
          "about the support available to firefighters experiencing poor mental health",
          "County Councillor Tennant",
          "had an in-house occupational health unit with a full-time counsellor",
          "Deputy Chief Fire Officer", ["mental-health", "workforce"]),
        q("12-25/26", "request",
          "asked that the Service's wellbeing support be highlighted to the new recruits at Ludworth",
          "County Councillor Tennant", None, None, ["workforce"]),
        q("12-25/26", "question",
          "queried whether the underspend on on-call pay should be regarded as a saving",
          "County Councillor Openshaw",
          "the underspend was not treated as a saving in the budget",
          "Treasurer", ["finance", "workforce"]),
        q("12-25/26", "comment",
          "the report was much easier to follow since the control charts had been introduced",
          "Councillor Whiteside", None, None, []),
        q("13-25/26", "question",
          "asked what powers the Service had where a private landlord or managing agent refused",
          "County Councillor Aldred",
          "could serve an enforcement notice under the Regulatory Reform (Fire Safety) Order 2005",
          "Area Manager", ["housing"]),
        q("13-25/26", "concern",
          "expressed concern about residents with mobility problems living on the upper floors",
          "Councillor Whiteside",
          "would place a duty on responsible persons from April 2026",
          "Area Manager", ["housing"]),
        q("13-25/26", "question",
          "sought clarification on whether the protection team was adequately resourced",
          CATT,
          "two additional fire safety inspectors had been recruited during the year",
          "Chief Fire Officer", ["workforce", "finance"]),
        q("14-25/26", "question",
          "asked whether the payment for availability trial had made any difference",
          "County Councillor Brocklehurst",
          "availability at the five trial stations had risen from 71% to 84% over six months",
          "Deputy Chief Fire Officer", ["workforce"]),
        q("14-25/26", "question",
          "the number of women and people from ethnic minority backgrounds applying for on-call roles",
          "Councillor Iqbal",
          "14% of applicants in the last campaign had been women",
          "Deputy Chief Fire Officer", ["workforce"]),
        q("14-25/26", "concern",
          "raised concern that young people in rural villages could not afford to live",
          "County Councillor Dewhurst",
          "he had raised the issue with the district councils' planning officers",
          "Chief Fire Officer", ["housing", "workforce"]),
        q("14-25/26", "comment",
          "on-call firefighters' pay had not kept pace with the demands placed upon them",
          "Mr Fairhurst",
          "the representative bodies were members of the programme board",
          "Deputy Chief Fire Officer", ["workforce"]),
        q("14-25/26", "request",
          "requested that future performance reports show the availability of each on-call station",
          "County Councillor Tennant", None, None, []),
        q("15-25/26", "question",
          "asked who met the costs of the pilot and whether the Authority",
          "County Councillor Aldred",
          "the ambulance trust reimbursed the Service at an agreed rate of £46 per incident",
          "Treasurer", ["finance", "integration"]),
        q("15-25/26", "question",
          "asked whether firefighters responding to falls were trained in assessing older people",
          "Councillor Whiteside",
          "crews were trained to use a recognised falls assessment tool",
          "Mr Rushton", ["adult-social-care", "workforce"]),
        q("15-25/26", "concern",
          "expressed concern that on-call firefighters attending medical calls might not be available",
          CATT,
          "crews were only mobilised to medical calls where the fire engine could be replaced",
          "Assistant Chief Fire Officer", []),
        q("15-25/26", "comment",
          "the actions of the Bickerdale crew at a cardiac arrest in February",
          "County Councillor Openshaw", None, None, []),
        q("18-25/26", "question",
          "questions regarding the resilience of the system following the outage on 14 July 2025",
          None,
          "a root cause analysis had been completed and that service credits",
          "Director of Corporate Services and Treasurer", ["subcontracting"]),
    ],
    "resolutions": [
        r("11-25/26", "the Minutes of the last meeting held on 18 June 2025 be confirmed",
          "agreed", []),
        r("12-25/26", "noted and endorsed the Quarter 1 Measuring Progress report",
          "agreed", []),
        r("13-25/26", "Resolved: - That the Committee noted the report.", "noted", []),
        r("14-25/26", "requested that a station by station breakdown of on-call availability",
          "agreed", []),
        r("15-25/26", "recommended to the Fire Authority that the pilot be extended to 31 March 2027",
          "recommended", ["integration", "finance"]),
        r("16-25/26", "Further meeting dates were noted for 11 March 2026 and agreed",
          "agreed", []),
        r("17-25/26", "the press and members of the public be excluded from the meeting",
          "agreed", ["governance"]),
        r("18-25/26", "The Committee noted the report and the performance of the mobilising system supplier",
          "noted", ["subcontracting"]),
    ],
    "attendees": [
        a("P Harrowby", "Chair", "present"),
        a("M Tennant", "Vice-Chair", "present"),
        a("S Aldred", None, "present"),
        a("J Brocklehurst", None, "present"),
        a("R Catterall", None, "present"),
        a("H Dewhurst", None, "present"),
        a("N Iqbal", None, "present"),
        a("T Openshaw", None, "present"),
        a("K Whiteside", None, "present"),
        a("S Pendlebury", "Chief Fire Officer (HFRS)", "present"),
        a("L Kershaw", "Deputy Chief Fire Officer (HFRS)", "present"),
        a("A Rawcliffe", "Assistant Chief Fire Officer (HFRS)", "present"),
        a("K Sowerby", "Director of Corporate Services and Treasurer (HFRS)", "present"),
        a("G Tomlinson", "Area Manager, Head of Prevention and Protection (HFRS)", "present"),
        a("R Birtwistle", "Area Manager, Head of Service Delivery (HFRS)", "present"),
        a("L Ormerod", "Member Services Officer (HFRS)", "present"),
        a("D Rushton", "Head of Operations (Hollingshire), Northern Counties Ambulance Service NHS Trust",
          "in_attendance"),
        a("K Fairhurst", "Fire Brigades Union", "in_attendance"),
        a("County Councillor Lorraine Fazackerley", None, "apologies"),
        a("Councillor Bernard Swarbrick", None, "apologies"),
    ],
}

OTHER_GOLD = {"document": OTHER_NAME, "doc_type": "other"}


# ---------------------------------------------------------------------------------------
def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_bytes(minutes_text().encode("utf-8"))
    (DOCS / OTHER_NAME).write_bytes(OTHER_HTML.encode("utf-8"))
    for gold in (MINUTES_GOLD, OTHER_GOLD):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print("wrote", MINUTES_NAME, OTHER_NAME, "and their gold files")


def norm(s: str) -> str:
    s = re.sub(r"[^\w\s]", "", s.lower())
    return " ".join(s.split())


def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
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
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    bad = 0
    for gpath in sorted(GOLD.glob("hs-*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        text = norm(doc_text(DOCS / gold["document"]))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            n = text.count(norm(phrase))
            words = len(phrase.split())
            if n != 1 or not 6 <= words <= 15:
                bad += 1
                print(f"FAIL {gold['document']}: {kind} found {n} times, {words} words: {phrase!r}")
        for item in gold.get("items", []):
            if norm(item["number"] + " " + item["title"]) not in text:
                bad += 1
                print(f"FAIL {gold['document']}: item {item['number']} {item['title']!r}")
        for att in gold.get("attendees", []):
            if norm(att["name"]) not in text:
                bad += 1
                print(f"FAIL {gold['document']}: attendee {att['name']!r}")
        print(f"{gold['document']}: {len(phrases)} phrases checked")
    print("check passed" if not bad else f"check FAILED: {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
