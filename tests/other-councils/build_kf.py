#!/usr/bin/env python3
"""Build the "kf-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_kf.py           build documents/kf-* and gold/kf-*.json
        build_kf.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as _dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "kf-thornedge-improvement-scrutiny-health-2025-03-17.html"
REPORT_NAME = "kf-thornedge-stop-smoking-tobacco-control-report-2025-03-17.pdf"

FILES_DIR = ("./Agenda for Improvement and Scrutiny Committee - Health on Monday, "
             "17th March, 2025, 2.00 pm _ Thornedge County Council_files")

# --------------------------------------------------------------------------------------
# The minutes: a ModernGov "Agenda and minutes" page saved from a browser
# --------------------------------------------------------------------------------------

def _bullet(text: str) -> str:
    """A list paragraph pasted from Word into the ModernGov minutes editor."""
    return (
        '<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;text-indent:-18.0pt;'
        'mso-list:l0 level1 lfo1"><span style="font-family:Symbol">\u00b7<span style="font:7.0pt '
        '&quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>'
        f'<span style="font-size:12.0pt">{text}</span></p>'
    )


ITEMS: list[dict] = [
    {
        "no": "1.",
        "title": "To receive apologies for absence",
        "docs": [],
        "minutes": """
<p>Apologies for absence were submitted on behalf of Councillors N Ibbotson and C Marchant.</p>
<p>Councillor P Moss attended as a substitute for Councillor N Ibbotson.</p>
""",
    },
    {
        "no": "2.",
        "title": "To receive declarations of interest (if any)",
        "docs": [],
        "minutes": """
<p>Councillor T Kaur declared a non-pecuniary interest in Minute No. 14/25 (Community Mental
Health Services Transformation Update) as a close family member was employed by Thornedge
Healthcare NHS Foundation Trust.</p>
<p>Councillor A Kettleborough declared that he was a member of the Council of Governors of
Thornedge Community Health Services NHS Foundation Trust.</p>
""",
    },
    {
        "no": "3.",
        "title": ("To confirm the non-exempt minutes of the meeting of the Improvement and "
                  "Scrutiny Committee - Health held on 20 January 2025"),
        "docs": [("Minutes, 20/01/2025 Improvement and Scrutiny Committee - Health", "PDF 211 KB")],
        "minutes": """
<p><strong>RESOLVED</strong> that the non-exempt minutes of the meeting of the Committee held on
20 January 2025 be confirmed as a correct record and signed by the Chairman.</p>
""",
    },
    {
        "no": "4.",
        "title": "Public Questions (30 minutes maximum in total)",
        "docs": [("Public Question - Mrs H Penrose", "PDF 96 KB")],
        "minutes": """
<p>One question had been received from a member of the public in accordance with the
Committee&#39;s procedure for public questions.</p>
<p><strong>Question from Mrs H Penrose, Wendlow:</strong></p>
<p><em>&ldquo;The minor injuries unit at Wendlow Memorial Hospital has been closed overnight since
November because of staff shortages. Will the Committee ask Thornedge Community Health Services
to hold a proper public consultation before any decision is made to make the overnight closure
permanent?&rdquo;</em></p>
<p><strong>Response from the Chairman, Councillor M Hollingworth:</strong></p>
<p>&ldquo;Thank you for your question. The Trust has informed the Committee that the overnight
closure is a temporary measure while it recruits to two vacant emergency nurse practitioner posts,
and that no decision has been taken to make it permanent. Should the Trust bring forward any
proposal for a permanent change, the Committee would expect to be consulted as the body
responsible for health scrutiny and would consider whether the proposal was a substantial
variation requiring formal public consultation.&rdquo;</p>
<p>Mrs Penrose asked a supplementary question regarding how long the Trust expected the
temporary arrangement to last. The Chairman replied that he did not have that information to
hand and that a written answer would be sent to Mrs Penrose and copied to members of the
Committee.</p>
""",
    },
    {
        "no": "5.",
        "title": "Urgent and Emergency Care - Review of Winter 2024/25",
        "docs": [("Item 5 - UEC winter review report", "PDF 486 KB"),
                 ("Item 5 - Appendix 1 - UEC system dashboard February 2025", "PDF 1 MB")],
        "minutes": """
<p>The Committee received a report and presentation from Ms R Ellery, Director of Urgent and
Emergency Care, NHS Thornedge and Kelmford Integrated Care Board (ICB), and Mr S Nadeem, Chief
Operating Officer, University Hospitals of Kelmford and Thornedge NHS Foundation Trust (UHKT),
which reviewed the performance of the urgent and emergency care system over the winter period
from November 2024 to February 2025. The presentation covered attendances at the emergency
departments at Kelmford Royal Infirmary and Brackenstone General Hospital, ambulance handover
times, the number of patients with no criteria to reside, the flu and COVID-19 vaccination
programme and the impact of the resident doctors&#39; industrial action in the autumn. It was
reported that attendances had been 6% higher than the previous winter and that flu admissions
had peaked in the first week of January, earlier than had been expected.</p>
<p>Members asked questions on a number of issues, which were responded to as follows:</p>
<p>Councillor S Bradshaw asked what was being done to reduce ambulance handover delays at
Kelmford Royal Infirmary, as residents in the north of the county continued to report waits of
several hours for an ambulance. Mr Nadeem explained that a new ambulance receiving area had
opened in December 2024 and that average handover times had fallen from 52 minutes to 38
minutes, although this was still above the national standard of 30 minutes and further work was
taking place with Central Shires Ambulance Service NHS Trust.</p>
<p>Concerns were expressed about the number of patients who were medically fit to leave hospital
but remained in a hospital bed while waiting for a package of care or a care home placement.
Ms Ellery stated that joint working with the County Council&#39;s adult social care teams through
the discharge to assess programme had reduced the number of delayed discharges by around a fifth
since October, but that the availability of home care in the more rural parts of the county
remained a significant pressure.</p>
<p>A member queried whether the additional winter funding received from NHS England in 2024/25
would be repeated, and how much of it had been spent on extra beds rather than on care in the
community. In response, the Director of Finance and Contracting for the ICB, who was attending
remotely, advised that no confirmation of winter funding for 2025/26 had yet been received and
that a breakdown of how the 2024/25 allocation had been spent would be circulated after the
meeting.</p>
<p>Councillor E Carrington asked why uptake of the flu vaccination among health and care staff
had fallen compared with last year. It was reported that uptake among front-line staff at UHKT
was 41%, compared with 46% in 2023/24, and that the Trust had taken vaccination teams onto wards
and into staff rest areas during December.</p>
<p>Councillor T Kaur requested that future reports include performance figures broken down by
district, so that members could see how the position in their own areas compared with the
county as a whole.</p>
<p>Councillor J Dunstan commented that residents were still confused about when to use NHS 111,
the urgent treatment centres and their own GP practice, and felt that the winter communications
campaign had not reached older people who did not use social media. Ms Ellery acknowledged the
point and undertook to share the campaign evaluation with the Committee when it was available.</p>
<p><strong>RESOLVED</strong> to:</p>
<p>(1)&nbsp;&nbsp; note the review of the urgent and emergency care system over winter 2024/25;
and</p>
<p>(2)&nbsp;&nbsp; request that the ICB and UHKT bring the urgent and emergency care plan for
winter 2025/26 to the Committee&#39;s meeting in October 2025.</p>
""",
    },
    {
        "no": "6.",
        "title": "Community Mental Health Services Transformation Update",
        "docs": [("Item 6 - Community mental health transformation update", "PDF 612 KB")],
        "minutes": """
<p>Councillor T Kaur, having declared an interest in this item, remained in the meeting but took
no part in the discussion.</p>
<p>Mr D Farrant, Director of Operations, Thornedge Healthcare NHS Foundation Trust, and Ms J
Okafor, Assistant Director of Mental Health Commissioning, NHS Thornedge and Kelmford ICB, gave a
presentation on the progress of the community mental health transformation programme, which was
bringing together community mental health teams, primary care mental health workers and
voluntary sector support into eight neighbourhood &lsquo;hubs&rsquo; aligned to primary care
networks. The hubs at Brackenstone, Hathersford and Millhope had opened in 2024 and the remaining
five would open during 2025/26. The presentation also set out progress on reducing the number of
people placed in inpatient beds outside the county, the opening of the Tansworth Crisis
Caf&eacute; in January 2025 and the results of the Trust&#39;s most recent community mental health
survey.</p>
<p>In response to a question from Councillor R Whitehead about waiting times for the community
mental health teams, Mr Farrant said that the average wait from referral to a first appointment
had reduced from 14 weeks to nine weeks, but that waits for psychological therapies remained too
long, with some people waiting over a year. Members raised concerns about the number of Thornedge
residents who were still being placed in mental health beds outside the county, sometimes over
100 miles from home, and the effect that this had on families who wished to visit. It was
confirmed that there were 11 people in out of area placements at the end of February, compared
with 27 a year earlier, and that the opening of Elderbrook Ward at the Brackenstone Mental Health
Unit in the summer was expected to bring this close to zero by the end of 2025. Councillor F
Holroyd asked how the Trust was recruiting to the vacant posts in the new hubs and how much was
being spent on agency staff. Mr Farrant explained that the Trust had a vacancy rate of 12% across
its community services, that agency spending had halved over the past year following the
introduction of an internal staff bank, and that the Trust was working with the University of
Kelmford on a new apprenticeship route for mental health nurses.</p>
<p>Members also sought clarification on the role of voluntary sector organisations in the hubs
and how their contracts were being managed. Ms Okafor explained that three voluntary sector
partners had been commissioned through a competitive tender in 2023 on five-year contracts, with
performance reviewed quarterly by the ICB, and that the contracts included targets for the number
of people supported and their reported outcomes.</p>
<p>Councillor J Dunstan stressed the importance of the changes being shaped by people with lived
experience of mental illness and their carers, and asked how they had been involved. Mr Farrant
said that each hub had a lived experience panel and that the Trust had recently appointed four
peer support workers.</p>
<p>The Committee noted the progress made on the transformation of community mental health
services.</p>
""",
    },
    {
        "no": "7.",
        "title": "Access to NHS Dental Services",
        "docs": [("Item 7 - NHS dental services report", "PDF 398 KB")],
        "minutes": """
<p>The Committee considered a report from NHS Thornedge and Kelmford ICB, presented by Mr P
Lowther, Head of Primary Care Commissioning (Pharmacy, Optometry and Dental), on access to NHS
dental services in Thornedge. The ICB had taken on responsibility for commissioning dental
services from NHS England in April 2023. The report stated that 38% of adults and 56% of children
in the county had seen an NHS dentist in the previous 24 months, both below the England average,
and that four practices had handed back their NHS contracts in 2024, including the only practice
in Millhope. The ICB had commissioned additional urgent dental care sessions and a new flexible
commissioning scheme for practices willing to take on new patients.</p>
<p>The following points were raised by members:</p>
""" + _bullet(
            "Councillor L Padley asked what was being done for residents of Millhope, who now had to "
            "travel over 20 miles to the nearest NHS practice. Mr Lowther advised that a procurement "
            "for a replacement service in the Millhope area had been launched in January and that it "
            "was hoped a new provider would be in place by the autumn.") + "\n" + _bullet(
            "Members expressed concern that the national dental contract did not pay practices "
            "enough to treat patients with high needs, which meant that many dentists were reducing "
            "their NHS work or leaving the NHS altogether.") + "\n" + _bullet(
            "In response to a question about whether the ICB had returned any of its dental budget, "
            "it was confirmed that &pound;2.1 million of the 2023/24 dental allocation had not been "
            "spent because of under-delivery of contracts, and that the ICB had used part of the "
            "underspend to fund the additional urgent care sessions.") + "\n" + _bullet(
            "Councillor A Kettleborough asked about children&#39;s oral health and whether supervised "
            "toothbrushing was being offered in schools and nurseries. The Director of Public Health "
            "explained that the County Council&#39;s public health team had funded a supervised "
            "toothbrushing programme in 64 early years settings and primary schools in the areas of "
            "highest need, and that fluoride varnish was being offered through the community dental "
            "service.") + "\n" + _bullet(
            "A member asked that the ICB publish an up-to-date list of practices accepting new NHS "
            "patients, as the information on the NHS website was often out of date.") + """
<p><strong>RESOLVED</strong> to:</p>
<p>(1)&nbsp;&nbsp; note the report;</p>
<p>(2)&nbsp;&nbsp; ask the Chairman to write to the Secretary of State for Health and Social
Care, on behalf of the Committee, setting out members&#39; concerns about the national dental
contract and the lack of NHS dental provision in rural parts of the county; and</p>
<p>(3)&nbsp;&nbsp; receive a further update on the procurement of dental services in the Millhope
area at a future meeting.</p>
""",
    },
    {
        "no": "8.",
        "title": "Stop Smoking Services and Tobacco Control",
        "docs": [("Item 8 - Stop smoking services and tobacco control report", "PDF 355 KB")],
        "minutes": """
<p>Ms C Ainsworth, Director of Public Health, introduced a report which provided an update on stop
smoking services and tobacco control activity in Thornedge. Smoking prevalence among adults in
the county had fallen to 12.4% in 2023, but remained above 20% among people in routine and manual
occupations and among people with a serious mental illness. The County Council had received an
additional &pound;1.18 million in 2024/25 through the national Local Stop Smoking Services and
Support Grant, which had been used to expand the Live Well Thornedge stop smoking service, to
introduce a swap to stop scheme offering free vape starter kits to adult smokers and to fund
additional Trading Standards enforcement work on illegal tobacco and underage vape sales.</p>
<p>The Cabinet Member for Health and Communities, Councillor H Stennett, informed the Committee
that Cabinet had approved the Thornedge Tobacco Control Strategy 2025-2030 at its meeting in
February.</p>
<p>Councillor E Carrington raised concerns about the growing number of young people who were
vaping and asked whether the swap to stop scheme risked encouraging vaping among people who had
never smoked. Ms Ainsworth said that vape kits were only provided to adults who were current
smokers and who were enrolled with the stop smoking service, and that the Council was working
with schools on a prevention programme for pupils in years 7 to 9.</p>
<p>Councillor S Bradshaw asked how many illegal tobacco and vape seizures had taken place and
whether any prosecutions had followed. The Committee was informed that Trading Standards had
carried out 46 test purchases and seized over 210,000 illegal cigarettes and 3,900 vapes during
2024, resulting in three prosecutions and two closure orders.</p>
<p>A member asked whether the additional grant funding would continue beyond March 2026, as the
service had recruited additional staff on that basis.</p>
<p>In response to a question from Councillor L Padley about smoking in pregnancy, which remained
at 9.8% of women at the time of delivery, the Committee heard that a specialist smoking in
pregnancy advisor was now based at each of the two maternity units and that the ICB had funded a
financial incentive scheme for pregnant women who quit.</p>
<p>(Councillor P Moss left the meeting at 3.55 pm during consideration of this item.)</p>
<p><strong>RESOLVED</strong> to note the update on stop smoking services and tobacco control and
the progress made towards a smokefree Thornedge.</p>
""",
    },
    {
        "no": "9.",
        "title": "Millhope Community Hospital - Temporary Closure of Inpatient Beds",
        "docs": [("Item 9 - TCHS report Millhope Community Hospital", "PDF 274 KB")],
        "minutes": """
<p>Ms A Garside, Chief Operating Officer, Thornedge Community Health Services NHS Foundation Trust
(TCHS), presented a report on the temporary closure of the 16 inpatient beds on Linnet Ward at
Millhope Community Hospital, which had been in place since 2 December 2024 because of fire
safety works and difficulties in recruiting registered nurses. Patients who would previously
have been admitted to Millhope were being cared for at Brackenstone Community Hospital or
supported at home by the Trust&#39;s virtual ward and community rehabilitation teams. The Trust
intended to reopen the ward in July 2025 once the works were complete, but was also reviewing the
future model of community bed provision across the north of the county with the ICB, and would
engage with the public on any proposals arising from that review.</p>
<p>Councillor L Padley, as the local member for Millhope, said that the closure had caused
considerable anxiety in the community, particularly among older residents and their families,
and that the public had not been told about the closure until after it had taken place. He asked
why the Committee had not been informed before the beds closed. Ms Garside apologised that notice
had not been given sooner and explained that the decision had been taken urgently following a
fire risk assessment in November.</p>
<p>Councillor R Whitehead queried how many patients had been supported through the virtual ward
since the closure and whether carers had been given enough support when relatives were
discharged home. It was reported that 212 patients from the Millhope area had been supported by
the virtual ward between December and February, with an average stay of six days, and that the
Trust was working with the County Council&#39;s adult social care teams and Thornedge Carers&#39;
Association on a survey of carers&#39; experience.</p>
<p>Councillor A Kettleborough asked for an assurance that the review of community beds was not a
way of closing Millhope Community Hospital permanently. Ms Garside stated that no decision had
been made about the future of the hospital and that any proposals would be brought to the
Committee before they were finalised.</p>
<p>Councillor L Padley moved, and Councillor J Dunstan seconded, that the Committee considered the
closure of the beds on Linnet Ward to be a substantial variation in the provision of health
services and that the Trust be required to carry out a formal public consultation. Following
advice from the Director of Legal and Democratic Services that the closure had been made on
temporary safety grounds, the motion was put to the vote and was lost.</p>
<p><strong>RESOLVED</strong> that:</p>
<p>(1)&nbsp;&nbsp; the report be noted;</p>
<p>(2)&nbsp;&nbsp; the Committee does not consider the temporary closure of the inpatient beds at
Millhope Community Hospital to be a substantial variation at this time; and</p>
<p>(3)&nbsp;&nbsp; Thornedge Community Health Services NHS Foundation Trust be asked to report back
to the Committee in July 2025 on the reopening of Linnet Ward and on the outcome of the review of
community beds in the north of the county, before any public engagement begins.</p>
""",
    },
    {
        "no": "10.",
        "title": "Work Programme 2025/26",
        "docs": [("Item 10 - Draft work programme 2025-26", "PDF 142 KB")],
        "minutes": """
<p>The Improvement and Scrutiny Officer, Mr G Tomlinson, presented the draft work programme for
2025/26, which had been developed following a workshop with members in February.</p>
<p>Councillor F Holroyd suggested that the Committee should examine access to GP appointments in
rural areas, and the Chairman agreed that this would be considered at the next work programme
planning meeting. Members also asked that the Committee receive the annual report of Healthwatch
Thornedge, and it was confirmed that this was scheduled for the September meeting.</p>
<p><strong>RESOLVED</strong> to approve the work programme for 2025/26, subject to the addition of
an item on access to GP appointments.</p>
""",
    },
    {
        "no": "11.",
        "title": "Date of Next Meeting",
        "docs": [],
        "minutes": """
<p>The next meeting of the Committee would be held on Monday 16 June 2025 at 2.00 pm in Committee
Room 1, County Hall, Brackenstone.</p>
<p>The meeting finished at 4.40 pm.</p>
""",
    },
]

ATTENDANCE_HTML = """
<div class="mgAttendance">
<h2 class="mgSectionTitle">Attendance</h2>
<p><strong>PRESENT</strong></p>
<p>Councillor M Hollingworth (in the Chair)</p>
<p>Councillors S Bradshaw, E Carrington, J Dunstan, F Holroyd, T Kaur, A Kettleborough,
P Moss, L Padley and R Whitehead.</p>
<p>Also in attendance were Councillor H Stennett (Cabinet Member for Health and Communities),
C Ainsworth (Director of Public Health), W Pickering (Director of Legal and Democratic Services),
G Tomlinson (Improvement and Scrutiny Officer) and F Beresford (Democratic Services Officer).</p>
<p>Attending for items 5 to 9: R Ellery (Director of Urgent and Emergency Care, NHS Thornedge and
Kelmford ICB), J Okafor (Assistant Director of Mental Health Commissioning, NHS Thornedge and
Kelmford ICB), P Lowther (Head of Primary Care Commissioning, NHS Thornedge and Kelmford ICB),
S Nadeem (Chief Operating Officer, University Hospitals of Kelmford and Thornedge NHS Foundation
Trust), D Farrant (Director of Operations, Thornedge Healthcare NHS Foundation Trust) and
A Garside (Chief Operating Officer, Thornedge Community Health Services NHS Foundation Trust).</p>
</div>
"""


def _item_row(item: dict) -> str:
    docs = ""
    if item["docs"]:
        lis = "\n".join(
            f'<li><a href="https://democracy.thornedge.gov.uk/documents/s{29400 + i * 7 + len(item["no"]) * 3}/'
            f'{name.replace(" ", "%20")}.pdf" class="mgPdfLnk" title="{name} {size}">{name}'
            f' <span class="mgFileSize">{size}</span></a></li>'
            for i, (name, size) in enumerate(item["docs"]))
        docs = f'<ul class="mgActionList">\n{lis}\n</ul>\n'
    return f"""<tr>
<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{item['no']}</p></td>
<td>
<p class="mgAiTitleTxt">{item['title']}</p>
{docs}<div class="mgWordPara">
<p class="mgSubItemTitleTxt">Minutes:</p>
{item['minutes'].strip()}
</div>
</td>
</tr>"""


def minutes_html() -> str:
    rows = "\n".join(_item_row(i) for i in ITEMS)
    return f"""<!DOCTYPE html>
<!-- saved from url=(0083)https://democracy.thornedge.gov.uk/ieListDocuments.aspx?CId=512&MId=8841&Ver=4 -->
<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agenda for Improvement and Scrutiny Committee - Health on Monday, 17th March, 2025, 2.00 pm | Thornedge County Council</title>
<link rel="stylesheet" href="{FILES_DIR}/thornedge-main.css">
<link rel="stylesheet" href="{FILES_DIR}/modgov.css">
<link rel="stylesheet" href="{FILES_DIR}/ModernGov_print.css" media="print">
<script src="{FILES_DIR}/jquery-3.7.1.min.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-TCC0000000', {{ 'anonymize_ip': true }});
</script>
<style>.mgItemNumberCell{{width:3em;vertical-align:top}} .mgFileSize{{color:#595959}}</style>
</head>
<body class="modgov">
<a class="skip-link" href="#mgContent">Skip to main content</a>
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner">
<p>We use some essential cookies to make this website work. We would like to set additional
cookies to understand how you use the site and to improve our services.</p>
<button type="button">Accept additional cookies</button> <button type="button">Reject additional cookies</button>
<a href="https://www.thornedge.gov.uk/cookies">View cookies</a>
</div>
<header class="site-header">
<a href="https://www.thornedge.gov.uk/" class="site-logo"><img src="{FILES_DIR}/tcc-logo.svg" alt="Thornedge County Council home page"></a>
<form class="site-search" action="https://www.thornedge.gov.uk/search"><label for="q">Search this site</label>
<input id="q" name="q" type="search"><button type="submit">Search</button></form>
<nav class="site-nav" aria-label="Main">
<ul>
<li><a href="https://www.thornedge.gov.uk/education">Education and learning</a></li>
<li><a href="https://www.thornedge.gov.uk/social-health">Social care and health</a></li>
<li><a href="https://www.thornedge.gov.uk/transport-roads">Transport and roads</a></li>
<li><a href="https://www.thornedge.gov.uk/environment">Environment</a></li>
<li><a href="https://www.thornedge.gov.uk/council">Council, government and democracy</a></li>
</ul>
</nav>
</header>
<div class="breadcrumb"><ol>
<li><a href="https://www.thornedge.gov.uk/">Home</a></li>
<li><a href="https://www.thornedge.gov.uk/council">Council, government and democracy</a></li>
<li><a href="https://democracy.thornedge.gov.uk/ieDocHome.aspx">Meetings, agendas and minutes</a></li>
<li><a href="https://democracy.thornedge.gov.uk/mgCommitteeStructure.aspx">Committee structure</a></li>
<li><a href="https://democracy.thornedge.gov.uk/ieListMeetings.aspx?CommitteeId=512">Improvement and Scrutiny Committee - Health</a></li>
<li>Meeting</li>
</ol></div>
<main id="mgContent">
<div id="modgov">
<div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Improvement and Scrutiny Committee - Health<br>
Monday, 17th March, 2025 2.00 pm</h2></div>
<div class="mgContentTop">
<ul class="mgActionList">
<li><a href="https://democracy.thornedge.gov.uk/ieListDocuments.aspx?CId=512&amp;MId=8841&amp;Ver=4&amp;Info=1">Meeting attendance details</a></li>
<li><a href="https://democracy.thornedge.gov.uk/mgIssueHistoryHome.aspx?IId=0">Issue history</a></li>
<li><a href="https://democracy.thornedge.gov.uk/documents/g8841/Public%20reports%20pack%2017th-Mar-2025%2014.00.pdf" class="mgPdfLnk">Agenda reports pack <span class="mgFileSize">PDF 3 MB</span></a></li>
<li><a href="https://democracy.thornedge.gov.uk/documents/g8841/Printed%20minutes%2017th-Mar-2025%2014.00.pdf" class="mgPdfLnk">Printed minutes <span class="mgFileSize">PDF 298 KB</span></a></li>
</ul>
<p><span class="mgLabel">Venue: </span>Committee Room 1, County Hall, Brackenstone</p>
<p><span class="mgLabel">Contact: </span>Fiona Beresford, Democratic Services Officer<br>
Tel: 01632 960441 &nbsp;Email: democratic.services@thornedge.gov.uk</p>
</div>
<div class="mgWebcast">
<h2 class="mgSectionTitle">Media</h2>
<p><a href="https://thornedge.public-i.tv/core/portal/webcast_interactive/881204">Webcast for Improvement and Scrutiny Committee - Health, 17 March 2025</a> (opens in a new window)</p>
</div>
{ATTENDANCE_HTML}
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Agenda items">
<thead><tr><th scope="col" class="mgHideTitle">No.</th><th scope="col" class="mgHideTitle">Item</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<div class="mgRelated">
<h2 class="mgSectionTitle">Supporting documents</h2>
<ul class="mgActionList">
<li><a href="https://democracy.thornedge.gov.uk/documents/g8841/Agenda%20frontsheet%2017th-Mar-2025.pdf">Agenda frontsheet <span class="mgFileSize">PDF 134 KB</span></a></li>
<li><a href="https://democracy.thornedge.gov.uk/documents/g8841/Public%20reports%20pack%2017th-Mar-2025%2014.00.pdf">Agenda reports pack <span class="mgFileSize">PDF 3 MB</span></a></li>
<li><a href="https://democracy.thornedge.gov.uk/documents/g8841/Printed%20minutes%2017th-Mar-2025%2014.00.pdf">Printed minutes <span class="mgFileSize">PDF 298 KB</span></a></li>
</ul>
</div>
</div>
</main>
<footer class="site-footer">
<ul>
<li><a href="https://www.thornedge.gov.uk/accessibility">Accessibility statement</a></li>
<li><a href="https://www.thornedge.gov.uk/privacy">Privacy notice</a></li>
<li><a href="https://www.thornedge.gov.uk/contact">Contact us</a></li>
<li><a href="https://democracy.thornedge.gov.uk/mgRss.aspx">RSS feeds</a></li>
</ul>
<p>Call Thornedge Direct on 01632 960000 - Monday to Friday 8.30am to 5pm</p>
<p>&copy; Thornedge County Council, County Hall, Brackenstone</p>
<p class="mgPoweredBy">Powered by Modern.Gov</p>
</footer>
<script src="{FILES_DIR}/cookie-banner.js"></script>
</body></html>
"""

# --------------------------------------------------------------------------------------
# The document that is not minutes: the officer report for item 8, as a PDF
# --------------------------------------------------------------------------------------

REPORT_BODY: list[tuple[str, str]] = [
    ("h", "1. Purpose"),
    ("p", "1.1 To update the Improvement and Scrutiny Committee - Health on the performance of "
          "the Live Well Thornedge stop smoking service and on tobacco control activity in "
          "Thornedge during 2024/25, including the use of the Local Stop Smoking Services and "
          "Support Grant."),
    ("h", "2. Information and Analysis"),
    ("p", "2.1 Smoking remains the single largest cause of preventable ill health and early "
          "death in Thornedge. The Annual Population Survey estimates that 12.4% of adults in the "
          "county smoked in 2023, compared with 13.9% in 2021. Prevalence is considerably higher "
          "among people in routine and manual occupations (21.6%), among people with a serious "
          "mental illness and among people living in the most deprived communities of "
          "Hathersford and Wendlow."),
    ("p", "2.2 In 2024/25 the County Council received an additional grant of £1.18 million "
          "through the Local Stop Smoking Services and Support Grant. The grant conditions "
          "require the Council to maintain its existing spend on stop smoking services and to "
          "use the additional funding to increase the number of people setting a quit date."),
    ("p", "2.3 Between April and December 2024 the Live Well Thornedge service supported 3,412 "
          "people to set a quit date, of whom 1,768 (51.8%) had quit at four weeks. This compares "
          "with 2,530 quit dates in the same period of 2023/24."),
    ("p", "2.4 The swap to stop scheme began in June 2024. Adult smokers who are enrolled with "
          "the service are offered a free vape starter kit and behavioural support for twelve "
          "weeks. By the end of December 2024, 1,104 kits had been issued. Kits are not offered "
          "to anyone under 18 or to anyone who does not currently smoke."),
    ("p", "2.5 Smoking at the time of delivery was 9.8% in the first three quarters of 2024/25. "
          "The ICB has funded a specialist smoking in pregnancy advisor at each maternity unit "
          "and a financial incentive scheme, which is being evaluated by the University of "
          "Kelmford."),
    ("p", "2.6 Trading Standards made 46 test purchases of tobacco and vapes in 2024. Over "
          "210,000 illegal cigarettes and 3,900 illegal vapes were seized. Three prosecutions "
          "have been brought and two premises have been closed by order of the magistrates."),
    ("p", "2.7 At its meeting on 20 January 2025 the Committee asked for information on the "
          "following, which is provided in this report:"),
    ("b", "• How many young people in Thornedge are vaping, and what is being done in schools? "
          "(paragraphs 2.8 and 2.9)"),
    ("b", "• Will the swap to stop scheme continue if the grant ends? (paragraph 2.10)"),
    ("p", "2.8 The Thornedge Schools Health Survey 2024 found that 7% of pupils in Year 10 "
          "described themselves as regular vapers. A prevention programme for pupils in years 7 "
          "to 9 is being delivered in 31 secondary schools."),
    ("p", "2.9 The Council responded to the national consultation on the Tobacco and Vapes Bill "
          "in support of restrictions on the flavours, packaging and display of vapes."),
    ("p", "2.10 The Government has confirmed the grant for 2025/26 only. If it is not continued, "
          "the service would need to reduce the number of advisors recruited in 2024 and the "
          "swap to stop scheme would be reviewed."),
    ("h", "3. Consultation"),
    ("p", "3.1 Service users were asked for their views through a feedback survey in October "
          "2024; 88% of the 412 respondents said they would recommend the service to a friend."),
    ("h", "4. Alternative Options Considered"),
    ("p", "4.1 Not applicable. This report is for information."),
    ("h", "5. Implications"),
    ("p", "5.1 Appendix 1 sets out the relevant implications considered in the preparation of "
          "the report."),
    ("h", "6. Background Papers"),
    ("p", "6.1 Thornedge Tobacco Control Strategy 2025-2030 (Cabinet, 13 February 2025)."),
    ("h", "7. Appendices"),
    ("p", "7.1 Appendix 1 - Implications."),
    ("h", "8. Recommendation(s)"),
    ("p", "That the Committee:"),
    ("p", "a) Notes the performance of the Live Well Thornedge stop smoking service in 2024/25."),
    ("p", "b) Notes the use of the Local Stop Smoking Services and Support Grant and the "
          "tobacco control work of Trading Standards."),
    ("p", "c) Considers whether it wishes to receive a further update in 2025/26."),
    ("h", "9. Reasons for Recommendation(s)"),
    ("p", "9.1 To enable the Committee to scrutinise the Council's public health activity to "
          "reduce smoking."),
    ("p", "Report Author: Oliver Haddon, Public Health Lead - Tobacco Control\n"
          "Contact details: oliver.haddon@thornedge.gov.uk"),
    ("page", ""),
    ("h", "Appendix 1"),
    ("h", "Implications"),
    ("s", "Financial"),
    ("p", "1.1 The Local Stop Smoking Services and Support Grant of £1.18 million is ring-fenced "
          "and is included in the public health budget for 2024/25."),
    ("s", "Legal"),
    ("p", "2.1 The Council has a duty under the Health and Social Care Act 2012 to take steps to "
          "improve the health of the people in its area."),
    ("s", "Human Resources"),
    ("p", "3.1 Eight additional stop smoking advisors have been recruited on fixed-term "
          "contracts to March 2026."),
    ("s", "Information Technology"),
    ("p", "4.1 None."),
    ("s", "Equalities Impact"),
    ("p", "5.1 The service is targeted at groups with the highest smoking prevalence."),
    ("s", "Corporate objectives and priorities for change"),
    ("p", "6.1 The report supports the Council Plan outcome of resilient, healthy and safe "
          "communities."),
    ("s", "Other (for example, Health and Safety, Environmental Sustainability, Property and "
          "Asset Management, Risk Management and Safeguarding)"),
    ("p", "7.1 None."),
]


def build_report(path: Path) -> None:
    from fpdf import FPDF

    font_dir = "/usr/share/fonts/truetype/dejavu/"

    class Report(FPDF):
        def header(self):
            self.set_font("DV", "B", 10)
            self.cell(0, 5, "PUBLIC", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

        def footer(self):
            self.set_y(-15)
            self.set_font("DV", "", 9)
            self.cell(0, 5, f"Page {22 + self.page_no()}", align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(_dt.datetime(2025, 3, 7, 9, 30, tzinfo=_dt.timezone.utc))
    pdf.set_title("Stop Smoking Services and Tobacco Control")
    pdf.set_author("Thornedge County Council")
    pdf.set_creator("Microsoft Word")
    pdf.add_font("DV", "", font_dir + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", font_dir + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    pdf.set_font("DV", "B", 9)
    pdf.cell(0, 5, "Agenda Item 8", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DV", "B", 13)
    for line in ("THORNEDGE COUNTY COUNCIL", "IMPROVEMENT AND SCRUTINY COMMITTEE - HEALTH",
                 "17 March 2025", "Report of the Director of Public Health"):
        pdf.cell(0, 7, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DV", "B", 12)
    pdf.multi_cell(0, 6, "Stop Smoking Services and Tobacco Control Update", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for kind, text in REPORT_BODY:
        if kind == "page":
            pdf.add_page()
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("DV", "B", 11)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "s":
            pdf.set_font("DV", "B", 10)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "b":
            pdf.set_font("DV", "", 10)
            pdf.set_x(pdf.l_margin + 8)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            pdf.set_font("DV", "", 10)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(str(path))

# --------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------

def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def A(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


ICB = "NHS Thornedge and Kelmford ICB"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Improvement and Scrutiny Committee - Health",
    "meeting_date": "2025-03-17",
    "items": [{"number": i["no"].rstrip("."), "title": i["title"]} for i in ITEMS],
    "questions": [
        # 4 Public questions
        Q("4", "question",
          "Will the Committee ask Thornedge Community Health Services to hold a proper public consultation",
          "Mrs H Penrose",
          "no decision has been taken to make it permanent",
          "Councillor M Hollingworth", ["patient-and-public-input", "workforce"]),
        Q("4", "question",
          "asked a supplementary question regarding how long the Trust expected",
          "Mrs Penrose",
          "a written answer would be sent to Mrs Penrose and copied to members",
          "Chairman", []),
        # 5 Urgent and emergency care
        Q("5", "question",
          "asked what was being done to reduce ambulance handover delays",
          "Councillor S Bradshaw",
          "a new ambulance receiving area had opened in December 2024",
          "Mr Nadeem", []),
        Q("5", "concern",
          "Concerns were expressed about the number of patients who were medically fit",
          None,
          "joint working with the County Council's adult social care teams through the discharge",
          "Ms Ellery", ["adult-social-care", "integration"]),
        Q("5", "question",
          "queried whether the additional winter funding received from NHS England",
          None,
          "no confirmation of winter funding for 2025/26 had yet been received",
          "Director of Finance and Contracting for the ICB", ["finance"]),
        Q("5", "question",
          "asked why uptake of the flu vaccination among health and care staff had fallen",
          "Councillor E Carrington",
          "uptake among front-line staff at UHKT was 41%",
          None, ["public-health", "workforce"]),
        Q("5", "request",
          "requested that future reports include performance figures broken down by district",
          "Councillor T Kaur", None, None, []),
        Q("5", "comment",
          "residents were still confused about when to use NHS 111",
          "Councillor J Dunstan",
          "undertook to share the campaign evaluation with the Committee",
          "Ms Ellery", ["primary-care"]),
        # 6 Community mental health
        Q("6", "question",
          "about waiting times for the community mental health teams",
          "Councillor R Whitehead",
          "the average wait from referral to a first appointment had reduced",
          "Mr Farrant", ["mental-health"]),
        Q("6", "concern",
          "raised concerns about the number of Thornedge residents who were still being placed",
          None,
          "there were 11 people in out of area placements",
          None, ["mental-health"]),
        Q("6", "question",
          "asked how the Trust was recruiting to the vacant posts in the new hubs",
          "Councillor F Holroyd",
          "agency spending had halved over the past year",
          "Mr Farrant", ["mental-health", "workforce"]),
        Q("6", "question",
          "sought clarification on the role of voluntary sector organisations in the hubs",
          None,
          "three voluntary sector partners had been commissioned through a competitive tender",
          "Ms Okafor", ["mental-health", "subcontracting"]),
        Q("6", "question",
          "lived experience of mental illness and their carers, and asked how they had been involved",
          "Councillor J Dunstan",
          "each hub had a lived experience panel",
          "Mr Farrant", ["mental-health", "patient-and-public-input"]),
        # 7 Dental
        Q("7", "question",
          "what was being done for residents of Millhope, who now had to travel",
          "Councillor L Padley",
          "a procurement for a replacement service in the Millhope area had been launched",
          "Mr Lowther", ["primary-care", "subcontracting"]),
        Q("7", "concern",
          "expressed concern that the national dental contract did not pay practices enough",
          None, None, None, ["primary-care", "finance"]),
        Q("7", "question",
          "whether the ICB had returned any of its dental budget",
          None,
          "of the 2023/24 dental allocation had not been spent",
          None, ["primary-care", "finance"]),
        Q("7", "question",
          "whether supervised toothbrushing was being offered in schools and nurseries",
          "Councillor A Kettleborough",
          "funded a supervised toothbrushing programme in 64 early years settings",
          "Director of Public Health", ["primary-care", "children-and-families", "public-health"]),
        Q("7", "request",
          "asked that the ICB publish an up-to-date list of practices accepting new NHS patients",
          None, None, None, ["primary-care"]),
        # 8 Stop smoking
        Q("8", "concern",
          "raised concerns about the growing number of young people who were vaping",
          "Councillor E Carrington",
          "vape kits were only provided to adults who were current smokers",
          "Ms Ainsworth", ["public-health", "children-and-families"]),
        Q("8", "question",
          "asked how many illegal tobacco and vape seizures had taken place",
          "Councillor S Bradshaw",
          "had carried out 46 test purchases and seized over",
          None, ["public-health"]),
        Q("8", "question",
          "asked whether the additional grant funding would continue beyond March 2026",
          None, None, None, ["public-health", "finance", "workforce"]),
        Q("8", "question",
          "a question from Councillor L Padley about smoking in pregnancy",
          "Councillor L Padley",
          "a specialist smoking in pregnancy advisor was now based at each",
          None, ["public-health"]),
        # 9 Millhope Community Hospital
        Q("9", "question",
          "asked why the Committee had not been informed before the beds closed",
          "Councillor L Padley",
          "apologised that notice had not been given sooner",
          "Ms Garside", ["governance", "patient-and-public-input"]),
        Q("9", "question",
          "queried how many patients had been supported through the virtual ward since the closure",
          "Councillor R Whitehead",
          "212 patients from the Millhope area had been supported by the virtual ward",
          None, ["adult-social-care"]),
        Q("9", "request",
          "asked for an assurance that the review of community beds was not a way",
          "Councillor A Kettleborough",
          "no decision had been made about the future of the hospital",
          "Ms Garside", []),
        # 10 Work programme
        Q("10", "request",
          "suggested that the Committee should examine access to GP appointments in rural areas",
          "Councillor F Holroyd",
          "this would be considered at the next work programme planning meeting",
          "Chairman", ["primary-care"]),
        Q("10", "request",
          "asked that the Committee receive the annual report of Healthwatch Thornedge",
          None,
          "this was scheduled for the September meeting",
          None, ["patient-and-public-input"]),
    ],
    "resolutions": [
        R("3", "held on 20 January 2025 be confirmed as a correct record", "agreed", []),
        R("5", "note the review of the urgent and emergency care system over winter", "agreed", []),
        R("6", "noted the progress made on the transformation of community mental health services",
          "noted", ["mental-health"]),
        R("7", "ask the Chairman to write to the Secretary of State for Health", "agreed",
          ["primary-care"]),
        R("8", "note the update on stop smoking services and tobacco control", "noted",
          ["public-health"]),
        R("9", "the motion was put to the vote and was lost", "rejected", ["governance"]),
        R("9", "does not consider the temporary closure of the inpatient beds at Millhope",
          "agreed", ["governance"]),
        R("10", "approve the work programme for 2025/26, subject to the addition", "agreed", []),
    ],
    "attendees": [
        A("Councillor M Hollingworth", "in the Chair", "present"),
        A("Councillor S Bradshaw", None, "present"),
        A("Councillor E Carrington", None, "present"),
        A("Councillor J Dunstan", None, "present"),
        A("Councillor F Holroyd", None, "present"),
        A("Councillor T Kaur", None, "present"),
        A("Councillor A Kettleborough", None, "present"),
        A("Councillor P Moss", None, "present"),
        A("Councillor L Padley", None, "present"),
        A("Councillor R Whitehead", None, "present"),
        A("Councillor N Ibbotson", None, "apologies"),
        A("Councillor C Marchant", None, "apologies"),
        A("Councillor H Stennett", "Cabinet Member for Health and Communities", "in_attendance"),
        A("C Ainsworth", "Director of Public Health", "in_attendance"),
        A("W Pickering", "Director of Legal and Democratic Services", "in_attendance"),
        A("G Tomlinson", "Improvement and Scrutiny Officer", "in_attendance"),
        A("F Beresford", "Democratic Services Officer", "in_attendance"),
        A("R Ellery", f"Director of Urgent and Emergency Care, {ICB}", "in_attendance"),
        A("J Okafor", f"Assistant Director of Mental Health Commissioning, {ICB}", "in_attendance"),
        A("P Lowther", f"Head of Primary Care Commissioning, {ICB}", "in_attendance"),
        A("S Nadeem", "Chief Operating Officer, University Hospitals of Kelmford and Thornedge "
                      "NHS Foundation Trust", "in_attendance"),
        A("D Farrant", "Director of Operations, Thornedge Healthcare NHS Foundation Trust",
          "in_attendance"),
        A("A Garside", "Chief Operating Officer, Thornedge Community Health Services NHS "
                       "Foundation Trust", "in_attendance"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}

# --------------------------------------------------------------------------------------
# Build and check
# --------------------------------------------------------------------------------------

THEMES = {"privatisation", "subcontracting", "patient-and-public-input", "public-health",
          "finance", "governance", "integration", "workforce", "primary-care", "mental-health",
          "children-and-families", "adult-social-care", "housing"}
KINDS = {"question", "concern", "request", "comment"}
OUTCOMES = {"noted", "agreed", "recommended", "deferred", "rejected", "other"}
ATTENDANCE = {"present", "apologies", "in_attendance", "absent"}


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(minutes_html(), encoding="utf-8", newline="\n")
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8", newline="\n")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\nwrote gold files in {GOLD}")


def norm(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
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


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("kf-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            bad += 1
            continue
        text = norm(doc_text(doc))
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"] is not None:
                phrases.append(("answer", q["answer"]))
            if q["kind"] not in KINDS or not set(q["themes"]) <= THEMES:
                print(f"BAD row {q}")
                bad += 1
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
            if r["outcome"] not in OUTCOMES or not set(r["themes"]) <= THEMES:
                print(f"BAD resolution {r}")
                bad += 1
        for a in gold.get("attendees", []):
            if a["attendance"] not in ATTENDANCE:
                print(f"BAD attendee {a}")
                bad += 1
        items = {i["number"] for i in gold.get("items", [])}
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            if row["item"] not in items:
                print(f"BAD item reference {row}")
                bad += 1
        for what, phrase in phrases:
            words = len(norm(phrase).split())
            n = text.count(norm(phrase))
            ok = n == 1 and 6 <= words <= 15
            if not ok:
                bad += 1
            print(f"{'ok ' if ok else 'BAD'} {n}x {words:2d}w {what:10s} {phrase}")
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("check passed" if not bad else f"check FAILED: {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
