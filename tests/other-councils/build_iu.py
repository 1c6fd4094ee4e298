#!/usr/bin/env python3
"""Build the "iu-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_iu.py           build documents/iu-* and gold/iu-*.json
        build_iu.py --check   verify every gold phrase occurs once in its document
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_FILE = "iu-north-fenstow-overview-scrutiny-2025-01-15.html"
REPORT_FILE = "iu-north-fenstow-leisure-contract-performance-report.pdf"

BASE = "https://democracy.north-fenstow.gov.uk"

# ---------------------------------------------------------------------------
# The minutes: a ModernGov ieListDocuments page, saved from a browser
# ---------------------------------------------------------------------------

ITEMS = [
    ("87.", "Apologies for Absence", 68231,
     "<p>To receive Apologies for Absence</p>", "",
     """<p>Apologies were received from Cllr E Varley and Cllr G Orriss.</p>"""),

    ("88.", "Substitutes", 68232,
     "<p>To receive details of any substitute Members who may be attending the meeting.</p>", "",
     """<p>Cllr W Sayle was present as a substitute for Cllr E Varley.</p>"""),

    ("89.", "Public Questions &amp; Statements", 68233,
     "<p>To receive questions / statements from the public, if any.</p>", "",
     """<p>The Chairman advised that one public question had been received in advance of the
meeting, relating to agenda item 10 (Leisure Contract Annual Performance Review 2023/24), and
that this would be taken at the start of that item.</p>"""),

    ("90.", "Minutes", 68234,
     """<p>To approve, as a correct record, the minutes of the meeting of the Overview &amp;
Scrutiny Committee held on 11<sup>th</sup> December 2024.</p>""",
     """<ul class="mgActionList">
<li><a href="https://democracy.north-fenstow.gov.uk/documents/g4127/Printed%20minutes%2011th-Dec-2024%2009.30%20Overview%20Scrutiny%20Committee.pdf?T=1" class="mgPdfLink">Minutes 11.12.24 <span class="mgFileSize">PDF 214 KB</span></a></li>
</ul>""",
     """<p>The Minutes of the meeting of the Committee held on 11<sup>th</sup> December 2024 were
approved as a correct record and signed by the Chairman, subject to the amendment of minute 81
(iv) to record that Cllr N Gedge had asked for the figures by ward rather than by parish.</p>"""),

    ("91.", "Items of Urgent Business", 68235,
     """<p>To determine any other items of business which the Chairman decides should be
considered as a matter of urgency pursuant to section 100B(4)(b) of the Local Government Act
1972.</p>""", "",
     """<p>None.</p>"""),

    ("92.", "Declarations of Interest", 68236,
     """<p>Members are asked at this stage to declare any interests that they may have in any of
the following items on the agenda. The Code of Conduct for Members requires that declarations
include the nature of the interest and whether it is a disclosable pecuniary interest.</p>""",
     """<ul class="mgActionList">
<li><a href="https://democracy.north-fenstow.gov.uk/documents/s31877/Registration%20and%20Disclosure%20of%20Interests%20Form.pdf" class="mgPdfLink">Registration and Disclosure of Interests Form <span class="mgFileSize">PDF 96 KB</span></a></li>
</ul>""",
     """<p>Cllr S Dunmore declared a non-registrable interest in agenda item 10, as a trustee of
Brankwell Swimming Club, which hires pool time at Brankwell Leisure Centre.</p>
<p>Cllr T Mounsey declared a non-registrable interest in agenda item 9, as she lets a property
to the Council for use as temporary accommodation, and advised that she would leave the meeting
for that item.</p>"""),

    ("93.", "Crime and Disorder Briefing", 68237,
     """<p>To receive a briefing from Anglemere Constabulary and the North Fenstow Community Safety
Partnership on crime and disorder in the District.</p>""",
     """<ul class="mgActionList">
<li><a href="https://democracy.north-fenstow.gov.uk/documents/s31880/Crime%20and%20Disorder%20Briefing%20Jan%2025.pdf" class="mgPdfLink">Crime and Disorder Briefing Jan 25 <span class="mgFileSize">PDF 410 KB</span></a></li>
</ul>""",
     """<p>Chief Inspector R Tolhurst (CI) &ndash; North Fenstow District Commander, Anglemere
Constabulary, introduced the briefing and informed Members that overall recorded crime in the
District had fallen by 4% in the twelve months to the end of November 2024, though shoplifting
had increased by 22% and was now the subject of a dedicated operation in Oxmoor Market and
Saltby-next-the-Sea. He added that the Safer Neighbourhood Team had been brought up to full
establishment following the recruitment of three Police Community Support Officers (PCSOs) in
the autumn, and that the Rural Crime Team had recovered over &pound;180k of stolen plant,
machinery and vehicles during the year. The CI noted that the force&rsquo;s new online reporting
tool had been well used, with 38% of non-emergency reports in the District now made online.</p>
<p>The Community Safety and Resilience Manager (CSRM) informed Members that the Community
Safety Partnership had agreed three priorities for 2024/25: anti-social behaviour in the town
centres, the exploitation of vulnerable people through county lines, and road safety on the
coast road during the summer months.</p>
<p><strong>Questions and Discussion</strong></p>
<ol style="list-style-type: lower-roman;">
<li>Cllr P Colbourne referred to the rise in shoplifting and asked whether this was being
driven by organised groups or by cost of living pressures. The CI replied that both were
factors, but that a small number of prolific offenders accounted for a large proportion of the
offences, and that the force was working with retailers through the Shopwatch scheme to share
intelligence.</li>
<li>Cllr A Fairweather expressed concern that residents in the more remote villages rarely saw
a police presence, and that response times in the west of the District were considerably longer
than in the towns. The CI acknowledged that rural response times remained a challenge given the
size of the District, but noted that the average emergency response time in rural areas had
improved to 17 minutes, and that he would be happy to attend parish council meetings on
request.</li>
<li>Cllr N Gedge asked how the Council&rsquo;s own CCTV network was supporting the police, as
several cameras in Westerby had been out of action for some months. The CSRM stated that four
cameras had been replaced in December and the remaining two would be repaired by the end of
February, with the cost met from the Community Safety budget.</li>
<li>Cllr R Hallsworth asked about the level of drug-related crime linked to county lines, and
whether young people in the District were being drawn into dealing. The CI confirmed that two
county lines had been closed down in the District in 2024 and that officers were working with
schools and the Youth Justice Service to identify children at risk of exploitation at an early
stage.</li>
<li>Cllr C Ingold sought clarification on whether the new PCSO posts were permanent or
funded by a fixed-term grant from the Police and Crime Commissioner. The CI advised that the
posts were permanent and funded within the force&rsquo;s establishment, although the summer
coastal patrols were grant funded.</li>
<li>The Chairman commented that the Committee would wish to see a further update on the
shoplifting operation in the summer, and asked that the next briefing include figures for each
of the market towns.</li>
</ol>
<p><strong>RESOLVED</strong></p>
<ol>
<li>To note the briefing.</li>
<li>To request that a further update on retail crime, including figures for each market town,
be brought to the Committee in July 2025.</li>
</ol>"""),

    ("94.", "NHS Dental Access in North Fenstow", 68238,
     """<p>To receive a presentation from Anglia Coast Integrated Care Board on access to NHS
dentistry in the District.</p>""",
     """<ul class="mgActionList">
<li><a href="https://democracy.north-fenstow.gov.uk/documents/s31881/NHS%20Dental%20Access%20-%20ACICB%20presentation.pdf" class="mgPdfLink">NHS Dental Access - ACICB presentation <span class="mgFileSize">PDF 1 MB</span></a></li>
</ul>""",
     """<p>The Chairman introduced the item and reminded Members that the Committee had requested a
briefing on dental access following a number of concerns raised by residents and by the Local
Member for Saltby-next-the-Sea.</p>
<p>Ms J Crowfoot &ndash; Deputy Director of Primary Care, Anglia Coast Integrated Care Board
(DDPC) gave a presentation and informed Members that the ICB had taken on responsibility for
commissioning dental services from NHS England in April 2023, and that only 31% of adults in
North Fenstow had seen an NHS dentist in the previous 24 months, compared with 40% nationally.
She noted that two practices in the District had handed back their NHS contracts during 2024,
and that the ICB had commissioned additional urgent treatment sessions at Brankwell and Oxmoor
Market, equivalent to around 6,000 units of dental activity. The DDPC added that a
&lsquo;golden hello&rsquo; scheme had been introduced to attract dentists to practices on the
coast, which had so far led to four appointments, and that a dental therapy training programme
was being developed with a local college.</p>
<p><strong>Questions and Discussion</strong></p>
<ol style="list-style-type: lower-roman;">
<li>Cllr H Ashdown asked how residents who were not registered with a dentist could access
urgent treatment, as many had been told by practices that no appointments were available. The
DDPC explained that patients did not register with a dentist in the same way as with a GP, and
that urgent care could be accessed by calling NHS 111, who would book patients into one of the
urgent treatment sessions.</li>
<li>Cllr L Kettleburgh expressed concern that the national dental contract paid practices the
same for a course of treatment regardless of its complexity, which made NHS work uneconomic for
practices with many older patients. The DDPC agreed that the contract was a significant barrier
and stated that the ICB had lobbied the Department of Health and Social Care for reform, but
that it had limited local flexibility.</li>
<li>Cllr S Dunmore asked whether the ICB would consider commissioning a salaried dental service
directly, given the failure of the independent sector to provide sufficient NHS capacity on the
coast.</li>
<li>Cllr W Sayle referred to the high levels of tooth decay among children in the District and
asked what was being done on prevention, including fluoride varnish in schools. The DDPC replied
that the supervised toothbrushing scheme had been extended to 38 nurseries and primary schools
in the District, and that the County Council&rsquo;s public health team was leading on oral
health promotion.</li>
<li>Cllr T Mounsey asked whether the recruitment of dentists was being hampered by the
shortage of housing for key workers on the coast. The DDPC stated that this had been raised by
several practices, and the Director for Communities (DFC) added that the Council was exploring
whether key worker housing could be included within the affordable housing on larger
sites.</li>
<li>The Vice-Chairman requested that the ICB provide the Committee with a breakdown of NHS
dental activity by practice, and details of the sites where urgent treatment sessions were
offered. The DDPC agreed to provide this information via the DSGOS.</li>
</ol>
<p><strong>RESOLVED</strong></p>
<ol>
<li>To note the presentation.</li>
<li>To request that the ICB provide a written update on dental access to the Committee in six
months&rsquo; time.</li>
<li>To recommend to Cabinet that the Leader writes to the Secretary of State for Health and
Social Care on behalf of the Council, seeking reform of the NHS dental contract and additional
funding for dental services in coastal areas.</li>
</ol>"""),

    ("95.", "Temporary Accommodation Update", 68239,
     """<p>To receive an update on the use of temporary accommodation and on the Council&rsquo;s
programme of acquiring homes for use as temporary accommodation.</p>""",
     """<ul class="mgActionList">
<li><a href="https://democracy.north-fenstow.gov.uk/documents/s31883/Temporary%20Accommodation%20Update%20OS%20Jan%2025.pdf" class="mgPdfLink">Temporary Accommodation Update OS Jan 25 <span class="mgFileSize">PDF 388 KB</span></a></li>
</ul>""",
     """<p><em>Cllr T Mounsey left the meeting at 11.05am.</em></p>
<p>Cllr F Larwood &ndash; Portfolio Holder for Housing and Peoples&rsquo; Services (PH)
introduced the report and informed Members that the number of households in temporary
accommodation had risen from 41 in April 2022 to 96 in December 2024, of which 38 were families
with children. She stated that the Council had purchased 22 properties for use as temporary
accommodation using a mix of Local Authority Housing Fund grant and prudential borrowing, which
had significantly reduced the use of bed and breakfast, but that the net cost of homelessness to
the Council was still forecast to reach &pound;1.4m in 2024/25. The Housing Options and Strategy
Manager (HOSM) added that the main causes of homelessness in the District remained the ending of
private rented tenancies and family or relationship breakdown, and that the number of approaches
from single people with complex needs had increased.</p>
<p><strong>Questions and Discussion</strong></p>
<ol style="list-style-type: lower-roman;">
<li>Cllr A Fairweather asked how many households had been placed outside the District, and for
how long. The HOSM replied that 11 households were currently placed outside North Fenstow,
mostly in Kingsfleet, and that the Council aimed to bring families with children back into the
District within six weeks.</li>
<li>Cllr P Colbourne asked whether the properties purchased by the Council represented value for
money compared with nightly paid accommodation, and what return would be achieved on the
borrowing. The Director for Resources (DFR) explained that each purchased property saved on
average &pound;14,000 a year compared with bed and breakfast, and that the business case had
assumed a payback period of under twelve years.</li>
<li>Cllr C Ingold raised concerns about the condition of some of the temporary accommodation,
noting that she had been contacted by a family living with damp and mould in a flat in Saltby.
The PH stated that all properties were inspected before use and that she would ask officers to
look into the case, details of which should be passed to the HOSM after the meeting.</li>
<li>Cllr R Hallsworth asked whether the Council was working with the County Council&rsquo;s
children&rsquo;s services to support families in temporary accommodation, particularly with
school transport. The HOSM confirmed that a protocol was in place with the County Council, and
that a Family Support Officer post had been created within the Housing Options team.</li>
<li>Cllr N Gedge commented that the housing benefit subsidy rate for temporary accommodation had
been frozen at 2011 levels, which meant that the Council lost money on every placement, and
suggested that this should be raised with the District&rsquo;s two MPs.</li>
<li>Cllr W Sayle asked whether the Council would consider leasing properties from private
landlords as an alternative to further purchases. The HOSM stated that a leasing scheme had
been tried in 2021 without much success, as landlords could obtain higher rents on the open
market, but that the option would be reviewed as part of the Homelessness Strategy
refresh.</li>
</ol>
<p><strong>RESOLVED</strong></p>
<p>To note the report and the progress made in reducing the use of bed and breakfast.</p>
<p><em>Cllr T Mounsey returned to the meeting at 11.50am.</em></p>"""),

    ("96.", "Leisure Contract Annual Performance Review 2023/24", 68240,
     """<p>To scrutinise the annual performance of the Council&rsquo;s leisure operator, Active
Horizons Leisure, under the Leisure Management Contract.</p>""",
     """<ul class="mgActionList">
<li><a href="https://democracy.north-fenstow.gov.uk/documents/s31885/Leisure%20Contract%20Annual%20Performance%20Review%202023-24.pdf" class="mgPdfLink">Leisure Contract Annual Performance Review 2023-24 <span class="mgFileSize">PDF 502 KB</span></a></li>
</ul>
<p class="mgSubItemTitleTxt">Additional documents:</p>
<ul class="mgActionList">
<li><a href="https://democracy.north-fenstow.gov.uk/documents/s31886/Appendix%20A%20-%20Performance%20Dashboard.pdf" class="mgPdfLink">Appendix A - Performance Dashboard <span class="mgFileSize">PDF 274 KB</span></a></li>
</ul>""",
     """<p><strong>Public Question</strong></p>
<p>The Chairman invited Mrs D Wrenham, Chair of the Friends of Saltby Pool, to read her
question, which asked: &lsquo;Given that the pool at Saltby Sports Centre has been closed for
27 days this year because of breakdowns and staff shortages, can the Council explain what
financial penalties it has applied to the operator, and why residents are still paying the full
price for a membership that does not include a working pool?&rsquo; The Portfolio Holder for
Leisure, Cllr K Yelland, replied that the contract included a performance deduction mechanism,
and that deductions totalling &pound;8,400 had been applied during 2023/24, mostly relating to
the closures at Saltby. He added that members affected by the closures had been offered a free
month&rsquo;s membership, and that a replacement plant room was included in the capital
programme for 2025/26.</p>
<p>The Leisure and Locality Services Manager (LLSM) introduced the report and informed Members
that total visits across the Council&rsquo;s three leisure centres had reached 742,000 in
2023/24, an increase of 9% on the previous year, and that the management fee paid to the Council
by the operator had increased to &pound;310,000 as a result of the contract variation agreed in
2023. Mr D Oakes &ndash; Contract Manager, Active Horizons Leisure (AHL) added that the operator
had introduced a GP referral scheme at all three sites and had recruited eleven new swimming
teachers to reduce the waiting list for lessons.</p>
<p><strong>Questions and Discussion</strong></p>
<ol style="list-style-type: lower-roman;">
<li>Cllr S Dunmore asked how the Council could be assured that the usage figures were accurate,
given that they were collected by the operator itself. The LLSM replied that the Council carried
out unannounced monitoring visits each quarter, and that the figures were checked against the
operator&rsquo;s membership and booking systems as part of the annual audit of the
contract.</li>
<li>Cllr L Kettleburgh asked whether consideration had been given to bringing the leisure
service back in-house when the contract expired in 2027, as some neighbouring councils had done.
The DFC stated that an options appraisal would be brought to the Committee and Cabinet in the
autumn, which would consider in-house provision, a local authority trading company and a further
procurement, but noted that the operator currently ran the service at no net cost to the
Council.</li>
<li>Cllr H Ashdown expressed concern that the price of swimming lessons had risen by 11% in
April, and that this would prevent lower income families from ensuring that their children could
swim. Mr D Oakes explained that the increase reflected the rise in energy costs and in the
National Living Wage, but that a concessionary rate was available to families in receipt of
benefits.</li>
<li>Cllr A Fairweather referred to the GP referral scheme and asked how many referrals had been
received and whether outcomes were being measured. Mr D Oakes stated that 412 people had been
referred during the year, and that the scheme was being evaluated with the County Council&rsquo;s
public health team against weight, blood pressure and wellbeing measures.</li>
<li>Cllr C Ingold commented that the changing rooms at Oxmoor Market Leisure Centre were in a
poor state and that she had received several complaints from residents about their cleanliness.
The LLSM noted that a refurbishment of the changing village was planned for the summer, funded
by the operator.</li>
</ol>
<p>It was proposed by Cllr L Kettleburgh and seconded by Cllr S Dunmore that a further
recommendation be added, asking that the options appraisal include a full assessment of
bringing the service in-house.</p>
<p><strong>RESOLVED</strong></p>
<ol>
<li>To note the Leisure Contract Annual Performance Review 2023/24.</li>
<li>To recommend to Cabinet that the options appraisal for the future of the leisure service
includes a full assessment of the costs and benefits of bringing the service in-house.</li>
</ol>"""),

    ("97.", "Cabinet Work Programme", 68241,
     "<p>To note the upcoming Cabinet Work Programme.</p>",
     """<ul class="mgActionList">
<li><a href="https://democracy.north-fenstow.gov.uk/documents/s31887/Cabinet%20Work%20Programme%20Jan%2025.pdf" class="mgPdfLink">Cabinet Work Programme Jan 25 <span class="mgFileSize">PDF 132 KB</span></a></li>
</ul>""",
     """<ol style="list-style-type: lower-roman;">
<li>The Democratic Services and Governance Officer &ndash; Scrutiny (DSGOS) introduced the
Cabinet Work Programme and noted that the Local Plan Review and the Council Tax Support Scheme
had moved to the February meeting of Cabinet.</li>
<li>Cllr N Gedge asked when Cabinet would consider the Government&rsquo;s proposals for local
government reorganisation, and whether the Committee would have the opportunity to scrutinise
the Council&rsquo;s response before it was submitted. The DSGOS advised that the timetable had
not yet been confirmed, but that an interim proposal was expected to be required by March, and
that she would ensure that the Committee was given an opportunity to comment.</li>
</ol>
<p>The Committee noted the Cabinet Work Programme.</p>"""),

    ("98.", "Overview &amp; Scrutiny Work Programme and Update", 68242,
     """<p>To receive an update from the Democratic Services and Governance Officer - Scrutiny on
progress made with topics on its agreed work programme, training updates and to receive any
further information which Members may have requested at a previous meeting.</p>""",
     """<ul class="mgActionList">
<li><a href="https://democracy.north-fenstow.gov.uk/documents/s31888/OS%20Work%20Programme%20Jan%2025.pdf" class="mgPdfLink">OS Work Programme Jan 25 <span class="mgFileSize">PDF 158 KB</span></a></li>
</ul>""",
     """<ol style="list-style-type: lower-roman;">
<li>The DSGOS introduced the Work Programme and noted that the February meeting would consider
the Budget 2025/26 and the Fees and Charges report, and that the Coastal Management Annual
Report had been moved to March at the request of the Portfolio Holder.</li>
<li>The DSGOS reminded Members that the scrutiny training session on questioning skills would
take place on 29<sup>th</sup> January, and encouraged all Members to attend.</li>
<li>Cllr P Colbourne requested that the Committee receive a briefing on the waste and
recycling contract, following the problems with missed collections over the Christmas period.
The DSGOS confirmed that she would discuss the request with the Chairman and the relevant
Portfolio Holder and report back at the next meeting.</li>
<li>The Vice-Chairman suggested that the Committee consider establishing a task and finish group
on access to NHS dentistry in the District. The Chairman stated that this would be considered
once the written update requested under minute 94 had been received.</li>
</ol>
<p><strong>RESOLVED</strong></p>
<p>To note the update and the Work Programme.</p>"""),
]

ATTENDANCE = """<div class="mgSectionTitle"><h2 class="mgSectionTitle">Attendance details</h2></div>
<div class="mgAttendanceDetails">
<p class="mgSubItemTitleTxt">Members Present:</p>
<table class="mgAttendanceTable" summary="Members present" role="presentation">
<tr><td>Cllr J Pennock (Chairman)</td><td>Cllr H Ashdown (Vice-Chairman)</td></tr>
<tr><td>Cllr P Colbourne</td><td>Cllr S Dunmore</td></tr>
<tr><td>Cllr A Fairweather</td><td>Cllr N Gedge</td></tr>
<tr><td>Cllr R Hallsworth</td><td>Cllr C Ingold</td></tr>
<tr><td>Cllr L Kettleburgh</td><td>Cllr T Mounsey</td></tr>
</table>
<p class="mgSubItemTitleTxt">Substitute Members Present:</p>
<p>Cllr W Sayle</p>
<p class="mgSubItemTitleTxt">Members also attending:</p>
<p>Cllr F Larwood, Cllr K Yelland, Cllr B Thurgood</p>
<p class="mgSubItemTitleTxt">Officers in Attendance:</p>
<p>Democratic Services and Governance Officer &ndash; Scrutiny (DSGOS), Director for Communities
(DFC), Director for Resources (DFR), Housing Options and Strategy Manager (HOSM), Leisure and
Locality Services Manager (LLSM), Community Safety and Resilience Manager (CSRM) and Democratic
Services Officer (DSO)</p>
<p class="mgSubItemTitleTxt">Also in attendance:</p>
<p>Chief Inspector R Tolhurst &ndash; Anglemere Constabulary<br>
Ms J Crowfoot &ndash; Deputy Director of Primary Care, Anglia Coast Integrated Care Board<br>
Mr D Oakes &ndash; Contract Manager, Active Horizons Leisure</p>
</div>"""


def build_minutes_html() -> str:
    rows = []
    for number, title, aid, agenda, docs, minutes in ITEMS:
        rows.append(f"""<tr>
<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{number}</p></td>
<td class="mgItemCell">
<p class="mgAiTitleTxt"><a name="AI{aid}"></a><a href="{BASE}/mgAi.aspx?ID={aid}" title="Link to item {number.rstrip('.')}">{title}</a></p>
<div class="mgWordPara">
{agenda}
</div>
{docs}
<div class="mgMinutes">
<p class="mgSubItemTitleTxt">Minutes:</p>
<div class="mgWordPara">
{minutes}
</div>
</div>
</td>
</tr>""")
    items_html = "\n".join(rows)
    return f"""<!DOCTYPE html>
<!-- saved from url=(0079){BASE}/ieListDocuments.aspx?CId=142&amp;MId=4163&amp;Ver=4 -->
<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agenda for Overview &amp; Scrutiny Committee on Wednesday, 15th January, 2025, 9.30 am - North Fenstow District Council</title>
<link rel="stylesheet" type="text/css" href="./ieListDocuments_files/mgStyles.css">
<link rel="stylesheet" type="text/css" href="./ieListDocuments_files/nfdc-site.css">
<script type="text/javascript" src="./ieListDocuments_files/jquery.min.js"></script>
<script type="text/javascript" src="./ieListDocuments_files/mgScripts.js"></script>
</head>
<body class="mgBody">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner">
<p>We use necessary cookies to make our site work. We&rsquo;d also like to set analytics cookies
to help us improve it. <a href="https://www.north-fenstow.gov.uk/cookies">Cookie settings</a></p>
<button type="button" class="cookie-accept">Accept all cookies</button>
<button type="button" class="cookie-reject">Reject analytics cookies</button>
</div>
<a class="skip-link" href="#mgContent">Skip to main content</a>
<header class="site-header">
<div class="site-header__logo"><a href="https://www.north-fenstow.gov.uk/"><img src="./ieListDocuments_files/nfdc-logo.svg" alt="North Fenstow District Council"></a></div>
<nav class="site-header__nav" aria-label="Main">
<ul>
<li><a href="https://www.north-fenstow.gov.uk/bins-and-recycling">Bins and recycling</a></li>
<li><a href="https://www.north-fenstow.gov.uk/council-tax">Council Tax</a></li>
<li><a href="https://www.north-fenstow.gov.uk/housing">Housing</a></li>
<li><a href="https://www.north-fenstow.gov.uk/planning">Planning</a></li>
<li><a href="{BASE}/mgCalendarMonthView.aspx">Meetings</a></li>
</ul>
</nav>
</header>
<div class="mgBreadCrumbs">
<ul>
<li><a href="https://www.north-fenstow.gov.uk/">Home</a></li>
<li><a href="{BASE}/uuCoverPage.aspx?bcr=1">Council and Democracy</a></li>
<li><a href="{BASE}/ieDocHome.aspx?bcr=1">Committee structure</a></li>
<li><a href="{BASE}/ieListMeetings.aspx?CommitteeId=142">Overview &amp; Scrutiny Committee</a></li>
<li>Meeting</li>
</ul>
</div>
<div id="mgContent" class="mgContent">
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<div class="mgSubTitle">
<p class="mgSubTitleTxt"><a href="{BASE}/ieListMeetings.aspx?CommitteeId=142">Overview &amp; Scrutiny Committee</a> - Wednesday, 15th January, 2025 9.30 am</p>
</div>
<div class="mgLinks">
<ul class="mgActionList">
<li><a href="{BASE}/ieListDocuments.aspx?CId=142&amp;MId=4163&amp;Ver=4&amp;Info=1" class="mgPdfLink">Agenda frontsheet <span class="mgFileSize">PDF 228 KB</span></a></li>
<li><a href="{BASE}/documents/g4163/Public%20reports%20pack%2015th-Jan-2025%2009.30%20Overview%20Scrutiny%20Committee.pdf?T=10" class="mgPdfLink">Agenda reports pack <span class="mgFileSize">PDF 4 MB</span></a></li>
<li><a href="{BASE}/documents/g4163/Printed%20minutes%2015th-Jan-2025%2009.30%20Overview%20Scrutiny%20Committee.pdf?T=1" class="mgPdfLink">Printed minutes <span class="mgFileSize">PDF 297 KB</span></a></li>
</ul>
</div>
<p><span class="mgLabel">Venue: </span>Council Chamber - Council Offices, Marsh Road, Brankwell, NF11 9EN. <a href="{BASE}/mgLocationDetails.aspx?RID=2">View directions</a></p>
<p><span class="mgLabel">Contact: </span>Democratic Services&nbsp; Email: <a href="mailto:democraticservices@north-fenstow.gov.uk">democraticservices@north-fenstow.gov.uk</a></p>
<div class="mgSectionTitle"><h2 class="mgSectionTitle">Media</h2></div>
<p class="mgWebcast"><a href="https://north-fenstow.public-i.tv/core/portal/webcast_interactive/884512">Watch the webcast of this meeting</a></p>
<div class="mgSectionTitle"><h2 class="mgSectionTitle">Items</h2></div>
<table class="mgItemTable" summary="Agenda items and minutes">
<tr><th scope="col" class="mgItemNumberCell">No.</th><th scope="col">Item</th></tr>
{items_html}
</table>
{ATTENDANCE}
<div class="mgRightColumn">
<div class="mgSideBox"><h2 class="mgSideBoxTitle">Meeting documents</h2>
<ul>
<li><a href="{BASE}/mgIssueHistoryHome.aspx?IId=28814">Issue history</a></li>
<li><a href="{BASE}/mgMeetingAttendance.aspx?ID=4163">Attendance details</a></li>
<li><a href="{BASE}/ieDecisionDetails.aspx?MId=4163">Decisions</a></li>
<li><a href="{BASE}/mgMinutes.aspx?MId=4163">Printed minutes</a></li>
</ul></div>
</div>
</div>
<footer class="site-footer">
<ul>
<li><a href="https://www.north-fenstow.gov.uk/accessibility">Accessibility statement</a></li>
<li><a href="https://www.north-fenstow.gov.uk/privacy">Privacy notice</a></li>
<li><a href="https://www.north-fenstow.gov.uk/cookies">Cookies</a></li>
<li><a href="https://www.north-fenstow.gov.uk/contact-us">Contact us</a></li>
</ul>
<p>North Fenstow District Council, Council Offices, Marsh Road, Brankwell, NF11 9EN. Telephone 01642 518000</p>
<p>&copy; 2025 North Fenstow District Council</p>
<p class="mgPoweredBy">Powered by <a href="https://www.moderngov.co.uk/">Modern.Gov</a></p>
</footer>
</body></html>
"""


# ---------------------------------------------------------------------------
# Gold for the minutes
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_FILE,
    "doc_type": "minutes",
    "committee": "Overview & Scrutiny Committee",
    "meeting_date": "2025-01-15",
    "items": [
        {"number": "87", "title": "Apologies for Absence"},
        {"number": "88", "title": "Substitutes"},
        {"number": "89", "title": "Public Questions & Statements"},
        {"number": "90", "title": "Minutes"},
        {"number": "91", "title": "Items of Urgent Business"},
        {"number": "92", "title": "Declarations of Interest"},
        {"number": "93", "title": "Crime and Disorder Briefing"},
        {"number": "94", "title": "NHS Dental Access in North Fenstow"},
        {"number": "95", "title": "Temporary Accommodation Update"},
        {"number": "96", "title": "Leisure Contract Annual Performance Review 2023/24"},
        {"number": "97", "title": "Cabinet Work Programme"},
        {"number": "98", "title": "Overview & Scrutiny Work Programme and Update"},
    ],
    "questions": [
        # 93 Crime and Disorder Briefing
        q("93", "question",
          "asked whether this was being driven by organised groups or by cost of living pressures",
          "Cllr P Colbourne",
          "a small number of prolific offenders accounted for a large proportion",
          "CI", []),
        q("93", "concern",
          "residents in the more remote villages rarely saw a police presence",
          "Cllr A Fairweather",
          "rural response times remained a challenge given the size of the District",
          "CI", []),
        q("93", "question",
          "asked how the Council's own CCTV network was supporting the police",
          "Cllr N Gedge",
          "four cameras had been replaced in December and the remaining two would be repaired",
          "CSRM", ["finance"]),
        q("93", "question",
          "whether young people in the District were being drawn into dealing",
          "Cllr R Hallsworth",
          "two county lines had been closed down in the District in 2024",
          "CI", ["children-and-families"]),
        q("93", "question",
          "sought clarification on whether the new PCSO posts were permanent",
          "Cllr C Ingold",
          "the posts were permanent and funded within the force's establishment",
          "CI", ["workforce", "finance"]),
        q("93", "request",
          "asked that the next briefing include figures for each of the market towns",
          "Chairman", None, None, []),
        # 94 NHS Dental Access
        q("94", "question",
          "asked how residents who were not registered with a dentist could access urgent treatment",
          "Cllr H Ashdown",
          "patients did not register with a dentist in the same way as with a GP",
          "DDPC", ["primary-care"]),
        q("94", "concern",
          "the national dental contract paid practices the same for a course of treatment",
          "Cllr L Kettleburgh",
          "the ICB had lobbied the Department of Health and Social Care for reform",
          "DDPC", ["primary-care"]),
        q("94", "question",
          "asked whether the ICB would consider commissioning a salaried dental service directly",
          "Cllr S Dunmore", None, None,
          ["primary-care", "subcontracting", "privatisation"]),
        q("94", "question",
          "asked what was being done on prevention, including fluoride varnish in schools",
          "Cllr W Sayle",
          "the supervised toothbrushing scheme had been extended to 38 nurseries and primary schools",
          "DDPC", ["primary-care", "public-health", "children-and-families"]),
        q("94", "question",
          "whether the recruitment of dentists was being hampered by the shortage of housing",
          "Cllr T Mounsey",
          "the Council was exploring whether key worker housing could be included",
          "Director for Communities", ["primary-care", "workforce", "housing"]),
        q("94", "request",
          "requested that the ICB provide the Committee with a breakdown of NHS dental activity",
          "Vice-Chairman",
          "The DDPC agreed to provide this information via the DSGOS",
          "DDPC", ["primary-care"]),
        # 95 Temporary Accommodation
        q("95", "question",
          "asked how many households had been placed outside the District, and for how long",
          "Cllr A Fairweather",
          "11 households were currently placed outside North Fenstow, mostly in Kingsfleet",
          "HOSM", ["housing"]),
        q("95", "question",
          "asked whether the properties purchased by the Council represented value for money",
          "Cllr P Colbourne",
          "each purchased property saved on average £14,000 a year compared with bed and breakfast",
          "Director for Resources", ["finance", "housing"]),
        q("95", "concern",
          "raised concerns about the condition of some of the temporary accommodation",
          "Cllr C Ingold",
          "all properties were inspected before use",
          "PH", ["housing"]),
        q("95", "question",
          "children's services to support families in temporary accommodation, particularly with school transport",
          "Cllr R Hallsworth",
          "a protocol was in place with the County Council",
          "HOSM", ["housing", "children-and-families"]),
        q("95", "comment",
          "the housing benefit subsidy rate for temporary accommodation had been frozen at 2011 levels",
          "Cllr N Gedge", None, None, ["housing", "finance"]),
        q("95", "question",
          "asked whether the Council would consider leasing properties from private landlords",
          "Cllr W Sayle",
          "a leasing scheme had been tried in 2021 without much success",
          "HOSM", ["housing"]),
        # 96 Leisure Contract
        q("96", "question",
          "can the Council explain what financial penalties it has applied to the operator",
          "Mrs D Wrenham",
          "the contract included a performance deduction mechanism",
          "Cllr K Yelland",
          ["subcontracting", "finance", "workforce", "patient-and-public-input"]),
        q("96", "question",
          "asked how the Council could be assured that the usage figures were accurate",
          "Cllr S Dunmore",
          "the Council carried out unannounced monitoring visits each quarter",
          "LLSM", ["subcontracting", "governance"]),
        q("96", "question",
          "asked whether consideration had been given to bringing the leisure service back in-house",
          "Cllr L Kettleburgh",
          "an options appraisal would be brought to the Committee and Cabinet in the autumn",
          "DFC", ["privatisation", "subcontracting"]),
        q("96", "concern",
          "expressed concern that the price of swimming lessons had risen by 11% in April",
          "Cllr H Ashdown",
          "the increase reflected the rise in energy costs and in the National Living Wage",
          "Mr D Oakes", ["finance", "children-and-families"]),
        q("96", "question",
          "asked how many referrals had been received and whether outcomes were being measured",
          "Cllr A Fairweather",
          "412 people had been referred during the year",
          "Mr D Oakes", ["primary-care", "public-health"]),
        q("96", "comment",
          "the changing rooms at Oxmoor Market Leisure Centre were in a poor state",
          "Cllr C Ingold",
          "a refurbishment of the changing village was planned for the summer",
          "LLSM", []),
        # 97 Cabinet Work Programme
        q("97", "question",
          "asked when Cabinet would consider the Government's proposals for local government reorganisation",
          "Cllr N Gedge",
          "the timetable had not yet been confirmed",
          "DSGOS", ["governance"]),
        # 98 O&S Work Programme
        q("98", "request",
          "requested that the Committee receive a briefing on the waste and recycling contract",
          "Cllr P Colbourne",
          "she would discuss the request with the Chairman and the relevant Portfolio Holder",
          "DSGOS", ["subcontracting"]),
        q("98", "request",
          "suggested that the Committee consider establishing a task and finish group",
          "Vice-Chairman",
          "this would be considered once the written update requested under minute 94",
          "Chairman", ["primary-care", "governance"]),
    ],
    "resolutions": [
        r("90", "were approved as a correct record and signed by the Chairman", "agreed", []),
        r("93", "To request that a further update on retail crime, including figures for each market town",
          "agreed", []),
        r("94", "To recommend to Cabinet that the Leader writes to the Secretary of State",
          "recommended", ["primary-care", "finance"]),
        r("95", "To note the report and the progress made in reducing the use",
          "noted", ["housing"]),
        r("96", "To recommend to Cabinet that the options appraisal for the future of the leisure service",
          "recommended", ["privatisation"]),
        r("97", "The Committee noted the Cabinet Work Programme.", "noted", []),
        r("98", "To note the update and the Work Programme.", "noted", []),
    ],
    "attendees": [
        a("Cllr J Pennock", "Chairman", "present"),
        a("Cllr H Ashdown", "Vice-Chairman", "present"),
        a("Cllr P Colbourne", None, "present"),
        a("Cllr S Dunmore", None, "present"),
        a("Cllr A Fairweather", None, "present"),
        a("Cllr N Gedge", None, "present"),
        a("Cllr R Hallsworth", None, "present"),
        a("Cllr C Ingold", None, "present"),
        a("Cllr L Kettleburgh", None, "present"),
        a("Cllr T Mounsey", None, "present"),
        a("Cllr W Sayle", None, "present"),
        a("Cllr E Varley", None, "apologies"),
        a("Cllr G Orriss", None, "apologies"),
        a("Cllr F Larwood", None, "in_attendance"),
        a("Cllr K Yelland", None, "in_attendance"),
        a("Cllr B Thurgood", None, "in_attendance"),
        a("Chief Inspector R Tolhurst", "Anglemere Constabulary", "in_attendance"),
        a("Ms J Crowfoot", "Deputy Director of Primary Care, Anglia Coast Integrated Care Board",
          "in_attendance"),
        a("Mr D Oakes", "Contract Manager, Active Horizons Leisure", "in_attendance"),
        # Officers are printed by title only (with the acronym used in the text).
        a("Democratic Services and Governance Officer – Scrutiny", None, "in_attendance"),
        a("Director for Communities", None, "in_attendance"),
        a("Director for Resources", None, "in_attendance"),
        a("Housing Options and Strategy Manager", None, "in_attendance"),
        a("Leisure and Locality Services Manager", None, "in_attendance"),
        a("Community Safety and Resilience Manager", None, "in_attendance"),
        a("Democratic Services Officer", None, "in_attendance"),
    ],
}


# ---------------------------------------------------------------------------
# The document that is not minutes: an officer report (PDF), from the agenda pack
# ---------------------------------------------------------------------------

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

COVER_ROWS = [
    ("Summary",
     "This report sets out the performance of Active Horizons Leisure (AHL) in the sixth year of "
     "the Leisure Management Contract, covering the period 1 April 2023 to 31 March 2024. It "
     "includes participation, customer satisfaction, financial performance and the deductions "
     "applied under the contract's performance mechanism."),
    ("Options considered",
     "This is an annual monitoring report and no options are considered. Options for the future "
     "of the leisure service after the contract expires in March 2027 will be the subject of a "
     "separate report in autumn 2025."),
    ("Consultation(s)",
     "Active Horizons Leisure; Portfolio Holder for Leisure; Friends of Saltby Pool; user "
     "feedback gathered through the operator's annual customer survey (1,106 responses)."),
    ("Recommendations",
     "It is recommended that the Overview & Scrutiny Committee:\n"
     "1. Notes the performance of the leisure contract in 2023/24; and\n"
     "2. Considers whether it wishes to make any recommendations to Cabinet regarding the "
     "options appraisal for the future delivery of the leisure service."),
    ("Reasons for recommendations",
     "To enable the Committee to fulfil its role in monitoring the performance of the Council's "
     "major contracts."),
    ("Background papers",
     "Cabinet report, 'Leisure Management Contract Variation', 4 September 2023."),
]

COVER_SMALL = [
    ("Wards affected", "All"),
    ("Cabinet member(s)", "Cllr K Yelland, Portfolio Holder for Leisure"),
    ("Contact Officer", "Leisure and Locality Services Manager\nleisure@north-fenstow.gov.uk"),
]

KPI_ROWS = [
    ("Indicator", "Target 2023/24", "Actual 2023/24", "Status"),
    ("Total visits (all sites)", "700,000", "742,118", "Met"),
    ("Swimming lesson enrolments", "2,400", "2,612", "Met"),
    ("GP referral scheme starts", "350", "412", "Met"),
    ("Customer satisfaction (survey)", "85%", "81%", "Not met"),
    ("Pool availability - Saltby", "98%", "92.6%", "Not met"),
    ("Pool availability - Brankwell", "98%", "99.1%", "Met"),
    ("Management fee to Council", "£295,000", "£310,000", "Met"),
]

SECTIONS = [
    ("1. Introduction",
     ["1.1 The Council's three leisure centres at Brankwell, Oxmoor Market and Saltby-next-the-Sea "
      "are operated by Active Horizons Leisure under a ten-year Leisure Management Contract which "
      "commenced on 1 April 2017. The contract was varied in 2023 to reflect the rise in energy "
      "costs, and the operator now pays the Council an annual management fee.",
      "1.2 This report is the annual review of the operator's performance requested by the "
      "Overview & Scrutiny Committee when it considered the contract variation in July 2023."]),
    ("2. Performance in 2023/24",
     ["2.1 The table below summarises performance against the key indicators in the contract. A "
      "full dashboard is provided at Appendix A."]),
    ("__KPI__", []),
    ("3. Customer feedback",
     ["3.1 Satisfaction fell slightly to 81%, with the most frequent complaints relating to the "
      "condition of the changing rooms at Oxmoor Market and the closures of the pool at Saltby. "
      "The operator's survey asked customers: 'How likely are you to recommend your leisure "
      "centre to a friend?' and 'What one thing would most improve your visit?'.",
      "3.2 The Friends of Saltby Pool have asked why the Council does not reduce membership "
      "prices when the pool is closed. Under the contract, pricing is a matter for the operator "
      "within limits set by the Council, and compensation for members is agreed case by case."]),
    ("4. Contract deductions",
     ["4.1 Deductions totalling £8,400 were applied in 2023/24, of which £6,900 related to the "
      "unplanned closures of the pool at Saltby caused by plant failures and lifeguard "
      "shortages. A replacement plant room is proposed for inclusion in the capital programme "
      "for 2025/26, subject to approval by Full Council in February."]),
    ("5. Matters the Committee may wish to explore",
     ["5.1 Members may wish to ask the operator and officers:",
      "a) Is the Council satisfied that the performance information supplied by the operator "
      "is reliable, and how is it verified?",
      "b) What is being done to improve customer satisfaction at Oxmoor Market?",
      "c) Should the options appraisal consider bringing the service back in-house, or a local "
      "authority trading company, alongside a further procurement?"]),
    ("6. Financial and resource implications",
     ["6.1 The contract currently operates at no net cost to the Council. The management fee "
      "received in 2023/24 was £310,000 against a budget of £295,000."]),
    ("7. Legal implications",
     ["7.1 The contract expires on 31 March 2027 and may be extended by up to two years by "
      "agreement. Any decision on the future delivery model will be a key decision for "
      "Cabinet."]),
    ("8. Risks",
     ["8.1 The principal risks are the age of plant at Saltby Sports Centre and the continuing "
      "difficulty in recruiting lifeguards and swimming teachers in coastal areas."]),
    ("9. Conclusion and recommendations",
     ["9.1 The operator met six of the eight key indicators in 2023/24. It is recommended that "
      "the Committee notes the performance of the contract and considers whether it wishes to "
      "make recommendations to Cabinet on the scope of the options appraisal."]),
]


def build_report_pdf(path: Path) -> None:
    from fpdf import FPDF

    class Report(FPDF):
        def header(self):
            self.set_font("Sans", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Overview & Scrutiny Committee - 15 January 2025", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(2)

        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 9)
            self.cell(0, 6, f"Page {46 + self.page_no()}", align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 1, 6, 10, 0, 0, tzinfo=dt.timezone.utc))
    pdf.set_title("Leisure Contract Annual Performance Review 2023/24")
    pdf.set_author("North Fenstow District Council")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("Sans", "B", 9)
    pdf.cell(0, 5, "Agenda Item 10", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "B", 14)
    pdf.multi_cell(0, 8, "Leisure Contract Annual Performance Review 2023/24",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    pdf.set_font("Sans", "", 9.5)
    with pdf.table(col_widths=(45, 125), line_height=5, first_row_as_headings=False,
                   text_align=("LEFT", "LEFT")) as table:
        for label, text in COVER_ROWS + COVER_SMALL:
            row = table.row()
            pdf.set_font("Sans", "B", 9.5)
            row.cell(label)
            pdf.set_font("Sans", "", 9.5)
            row.cell(text)
    pdf.ln(6)

    for heading, paras in SECTIONS:
        if heading == "__KPI__":
            pdf.set_font("Sans", "", 9)
            with pdf.table(col_widths=(70, 35, 35, 30), line_height=5,
                           text_align=("LEFT", "RIGHT", "RIGHT", "LEFT")) as table:
                for kpi in KPI_ROWS:
                    row = table.row()
                    for c in kpi:
                        row.cell(c)
            pdf.ln(5)
            continue
        pdf.set_font("Sans", "B", 11)
        pdf.multi_cell(0, 6, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("Sans", "", 10)
        for p in paras:
            indent = 6 if re.match(r"^[a-c]\)", p) else 0
            if indent:
                pdf.set_x(pdf.l_margin + indent)
            pdf.multi_cell(0, 5.2, p, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        pdf.ln(2)
    pdf.output(str(path))


REPORT_GOLD = {"document": REPORT_FILE, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def norm(s: str) -> str:
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text()
    return path.read_text(encoding="utf-8")


def write_json(path: Path, obj) -> None:
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_FILE).write_text(build_minutes_html(), encoding="utf-8")
    build_report_pdf(DOCS / REPORT_FILE)
    write_json(GOLD / (Path(MINUTES_FILE).stem + ".json"), MINUTES_GOLD)
    write_json(GOLD / (Path(REPORT_FILE).stem + ".json"), REPORT_GOLD)
    print("wrote", MINUTES_FILE, REPORT_FILE)


def load_themes() -> set:
    path = HERE.parent.parent / "minutes" / "themes.yml"
    slugs = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([a-z][a-z-]*):\s*$", line)
        if m and m.group(1) != "ignore_names":
            slugs.add(m.group(1))
    return slugs


def check() -> int:
    problems = []
    slugs = load_themes()
    for gold_path in sorted(GOLD.glob("iu-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            problems.append(f"{gold_path.name}: missing document {doc.name}")
            continue
        if gold_path.stem != doc.stem:
            problems.append(f"{gold_path.name}: name does not match {doc.name}")
        text = norm(doc_text(doc))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n = text.count(norm(ph))
            words = len(norm(ph).split())
            if n != 1:
                problems.append(f"{doc.name}: {kind} phrase found {n} times: {ph!r}")
            if not 6 <= words <= 15:
                problems.append(f"{doc.name}: {kind} phrase has {words} words: {ph!r}")
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            for t in row.get("themes", []):
                if slugs and t not in slugs:
                    problems.append(f"{doc.name}: unknown theme {t}")
        items = {i["number"] for i in gold.get("items", [])}
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            if row["item"] not in items:
                problems.append(f"{doc.name}: row refers to unknown item {row['item']}")
        for att in gold.get("attendees", []):
            if norm(att["name"]) not in text:
                problems.append(f"{doc.name}: attendee not in text: {att['name']}")
        print(f"{doc.name}: {len(phrases)} phrases checked")
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
