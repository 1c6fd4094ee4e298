#!/usr/bin/env python3
"""Build the "mq-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_mq.py           build documents/mq-* and gold/mq-*.json
        build_mq.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_FILE = "mq-kelsbury-community-select-committee-2026-01-14.html"
REPORT_FILE = "mq-kelsbury-executive-report-temporary-accommodation-acquisitions-2026-02-11.pdf"

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DATE = dt.datetime(2026, 2, 2, 9, 30, 0, tzinfo=dt.timezone.utc)


def e(s: str) -> str:
    return html.escape(s, quote=False)


# ---------------------------------------------------------------------------
# The minutes: a ModernGov "Agenda and minutes" page
# ---------------------------------------------------------------------------

def doc_link(title: str, size: str, n: int) -> str:
    return (f'<li><a href="../documents/s{48210 + n}/{e(title.replace(" ", "%20"))}.pdf" '
            f'class="mgPdfLink" title="Link to document \'{e(title)}\' opens in new window">'
            f'{e(title)}</a> <span class="mgFileSize">PDF {e(size)}</span></li>')


ITEMS: list[dict] = []


def item(num: str, title: str, agenda: str = "", docs=(), extra_docs=(), minutes: str = ""):
    ITEMS.append(dict(num=num, title=title, agenda=agenda, docs=docs, extra_docs=extra_docs,
                      minutes=minutes))


def ul(points: list[str]) -> str:
    return '<ul class="mgBulletList">\n' + "\n".join(
        f"<li><p>{p}</p></li>" for p in points) + "\n</ul>"


def ol(points: list[str]) -> str:
    return "\n".join(f'<p class="mgIndentPara">{i}.&nbsp;&nbsp;{p}</p>'
                     for i, p in enumerate(points, 1))


def paras(*ps: str) -> str:
    return "\n".join(f"<p>{p}</p>" for p in ps)


item("1", "APOLOGIES FOR ABSENCE AND DECLARATIONS OF INTEREST",
     minutes=paras(
         "Apologies for absence were received from Councillors Bernadette Kemp and Naveed "
         "Hussain.",
         "Councillor Carol Dunsby declared a non-pecuniary interest in Item 4 as she was a "
         "Council tenant. Councillor Lucy Shenton declared a non-pecuniary interest in Item 5 "
         "as a trustee of the Oakmere Youth Project.",
     ))

item("2", "MINUTES - 12 NOVEMBER 2025",
     agenda="To approve as a correct record the Minutes of the meeting of the Committee held "
            "on 12 November 2025 for signature by the Chair.",
     docs=[("Minutes 12 November 2025", "186 KB")],
     minutes=paras(
         "It was <b>RESOLVED</b> that the Minutes of the meeting of the Community Select "
         "Committee held on 12 November 2025 be approved as a correct record and signed by "
         "the Chair.",
         "Arising from Minute 4, the Chair reported that the information on void turnaround "
         "times requested at the last meeting had been circulated to Members on 3 December "
         "2025.",
     ))

item("3", "HOMELESSNESS AND TEMPORARY ACCOMMODATION - UPDATE",
     agenda="To receive a presentation from the Assistant Director (Housing Needs) on "
            "homelessness demand and the use of temporary accommodation.",
     docs=[("Presentation - Homelessness and Temporary Accommodation", "1 MB")],
     minutes="\n".join([
         paras("The Chair welcomed Councillor Janet Orchard, Portfolio Holder for Housing, to "
               "the meeting.",
               "The Assistant Director (Housing Needs) gave a presentation to the Committee, "
               "which covered the following:"),
         ul([
             "the number of households approaching the Council for homelessness assistance "
             "had risen by 19% compared with the same period in 2024/25, with the loss of a "
             "private rented tenancy remaining the most common reason;",
             "at the end of December 2025 there were 238 households in temporary "
             "accommodation, of whom 131 were households with children;",
             "the use of bed and breakfast had increased from an average of 22 households a "
             "night in 2024/25 to 47 households a night in 2025/26;",
             "the net cost of temporary accommodation to the General Fund was forecast to be "
             "&pound;2.9m in 2025/26 against a budget of &pound;1.7m;",
             "40 homes had been acquired through the Housing Revenue Account for use as "
             "temporary accommodation since April 2024; and",
             "the Housing Options team had prevented or relieved homelessness for 611 "
             "households in the first nine months of the year.",
         ]),
         paras("The following questions and comments were raised by Members:"),
         ul([
             "Members asked how many families with children had been in bed and breakfast "
             "accommodation for longer than the six week limit. The Assistant Director "
             "(Housing Needs) advised that at the time of the meeting there were nine such "
             "families, each of whom had been offered self-contained accommodation outside "
             "the borough which they had declined. Every case was reviewed weekly by the "
             "Housing Options Manager;",
             "Councillor Graham Pettit expressed concern at the cost of nightly paid "
             "accommodation and asked whether the Council was paying more than neighbouring "
             "authorities. The Portfolio Holder for Housing advised that the Wenshire "
             "districts had agreed a joint rate card with providers in 2024 to stop "
             "authorities outbidding each other, although some London boroughs were now "
             "placing households in Wenshire at higher rates;",
             "a Member asked what support was given to households placed outside the borough "
             "so that children could stay at their existing schools. It was noted that the "
             "Council met the cost of school travel where a child remained at a Kelsbury "
             "school, and that a dedicated Temporary Accommodation Support Officer kept in "
             "contact with each family;",
             "Councillor Rajan Mistry queried whether properties leased from private "
             "landlords under the Private Sector Leasing scheme were inspected before "
             "households moved in. The Housing Options Manager confirmed that every property "
             "was inspected by the Private Sector Housing team before it was let and "
             "annually thereafter;",
             "Members commented that no fault evictions were the main driver of demand and "
             "asked what effect the Renters&rsquo; Rights Act 2025 would have. The Assistant "
             "Director (Housing Needs) advised that the abolition of section 21 notices from "
             "1 May 2026 should reduce new approaches over time, but that officers expected a "
             "short-term increase as some landlords sold their properties before the new "
             "rules took effect;",
             "Councillor Ann-Marie Lowther commented that a high proportion of households in "
             "temporary accommodation had mental health needs and that it was often very "
             "difficult for them to obtain support from NHS services; and",
             "the Vice-Chair requested that future updates include the number of people "
             "sleeping rough and the use of the winter shelter at St Barnabas Church. The "
             "Assistant Director (Housing Needs) agreed that this would be included in the "
             "next update.",
         ]),
         paras("In response to a question from Councillor Imran Qadir regarding the "
               "acquisitions programme, the Portfolio Holder for Housing explained that the 40 "
               "homes had been bought using a combination of retained Right to Buy receipts, "
               "grant from Homes England and borrowing within the Housing Revenue Account, and "
               "that each home used in place of nightly paid accommodation saved the General "
               "Fund around &pound;11,000 a year. She added that a further 25 acquisitions were "
               "proposed for 2026/27, subject to the Executive&rsquo;s approval of the HRA "
               "Business Plan in February 2026, and that officers were also looking at the "
               "conversion of the former Kingsdown youth centre into eight self-contained "
               "units.",
               "It was <b>RESOLVED</b>:"),
         ol(["That the update on homelessness and temporary accommodation be noted.",
             "That officers circulate to Members a breakdown of temporary accommodation "
             "placements by household type and previous ward of residence."]),
     ]))

item("4", "DAMP, MOULD AND CONDENSATION REVIEW - PROGRESS ON RECOMMENDATIONS",
     agenda="To consider a report on progress made in implementing the recommendations of "
            "the Committee&rsquo;s scrutiny review of damp, mould and condensation in Council "
            "homes.",
     docs=[("Damp Mould and Condensation Review - Progress Report", "312 KB")],
     extra_docs=[("Appendix A - Action Plan Update", "188 KB")],
     minutes=paras(
         "The Assistant Director (Housing Property Services) presented a report updating the "
         "Committee on progress against the 11 recommendations of its review of damp, mould "
         "and condensation, which had been accepted by the Executive in March 2025. Seven "
         "recommendations had been completed, three were on track and one, relating to the "
         "re-procurement of the damp and mould surveying contract, had been delayed.",
         "The Assistant Director advised that the Council had been subject to the "
         "requirements of Awaab&rsquo;s Law for damp and mould hazards since 27 October 2025. "
         "A dedicated Damp and Mould Team of four officers had been established, a new case "
         "management module had been added to the housing management system, and all front "
         "line staff, including caretakers and Neighbourhood Wardens, had received training "
         "in identifying and reporting damp and mould.",
         "Councillor Tom Fairley asked how many cases had been reported since the new "
         "requirements came into force and how many had been investigated within the "
         "required ten working days. The Assistant Director (Housing Property Services) "
         "advised that 412 cases had been reported between 27 October and 31 December 2025, "
         "of which 88% had been investigated within ten working days. Most of the cases that "
         "had missed the timescale had arisen in the first three weeks, before additional "
         "surveyors had been brought in.",
         "The Vice-Chair expressed concern that the delay to the surveying contract had left "
         "the service reliant on agency surveyors and asked what this had cost. Members were "
         "advised that agency surveyors had cost &pound;146,000 so far in 2025/26. Two "
         "permanent Surveyor posts had been filled in December 2025, and the contract would "
         "be re-tendered in February 2026 after the first exercise had attracted only one "
         "compliant bid.",
         "A Member queried how tenants were being made aware of the changes and whether their "
         "views had been taken into account. The Assistant Director explained that the "
         "Tenants&rsquo; and Leaseholders&rsquo; Panel had helped to design the new damp and "
         "mould leaflet and reporting form, and that a satisfaction survey was sent to every "
         "tenant after works had been completed; 74% of respondents to date had been "
         "satisfied or very satisfied.",
         "Councillor Dennis Yeoman asked whether the Council&rsquo;s repairs contractor had "
         "been penalised for missed appointments. The Portfolio Holder for Housing confirmed "
         "that the contract included performance deductions and that &pound;23,500 had been "
         "deducted in the second quarter of the year.",
         "Councillor Carol Dunsby commented that tenants were often advised to open windows "
         "and keep their homes heated, which was unrealistic for many households who were "
         "struggling with their energy bills.",
         "Members requested that future progress reports include data on repeat cases of "
         "damp and mould at the same property. The Assistant Director (Housing Property "
         "Services) undertook to include this information in the next report.",
         "It was <b>RESOLVED</b> that progress against the action plan arising from the "
         "review of damp, mould and condensation be noted.",
         "It was further <b>RESOLVED</b> that the Executive be recommended to require the "
         "re-tendered surveying contract to include key performance indicators on repeat "
         "cases of damp and mould.",
     ))

item("5", "SAFER KELSBURY PARTNERSHIP - ANNUAL UPDATE",
     agenda="To receive a presentation from the Community Safety Manager and Wenshire "
            "Constabulary on the work of the Safer Kelsbury Partnership during 2025.",
     docs=[("Safer Kelsbury Partnership Annual Update 2025", "894 KB")],
     minutes="\n".join([
         paras("The Chair invited Mr Derek Hollins, a resident of Oakmere, to put his "
               "question to the Committee, which had been submitted in advance:"),
         '<p style="margin-left:36pt"><i>&ldquo;Residents of the Oakmere neighbourhood centre '
         'have reported drug dealing outside the shops to the police many times over the past '
         'year. What action are the Council and the police taking, and why has nothing '
         'changed?&rdquo;</i></p>',
         paras("In response, the Portfolio Holder for Communities, Neighbourhoods and "
               "Co-operative Working thanked Mr Hollins for his question. He advised that the "
               "Council and Wenshire Constabulary had jointly applied for a closure order on a "
               "flat above the shops in November 2025, which had been granted by the "
               "Magistrates&rsquo; Court, and that two further properties were being "
               "investigated. CCTV coverage of the precinct had been upgraded in December and "
               "the Council&rsquo;s Neighbourhood Wardens were now patrolling the area daily. "
               "He would arrange for the local Neighbourhood Inspector to meet Mr Hollins and "
               "other residents.",
               "The Community Safety Manager and Chief Inspector Helen Marsh, Wenshire "
               "Constabulary, then gave a presentation on the work of the Safer Kelsbury "
               "Partnership, highlighting that:"),
         ul([
             "total recorded crime in the borough had fallen by 6% in the year to November "
             "2025 and anti-social behaviour by 11%;",
             "knife crime had fallen for the second successive year, although there had been "
             "two serious incidents in the town centre in the autumn;",
             "the Town Centre Public Spaces Protection Order had been renewed for three years "
             "in July 2025; and",
             "the youth diversion programme, funded by the Police and Crime Commissioner, had "
             "worked with 96 young people.",
         ]),
         paras("Members raised the following issues:"),
         ul([
             "the visibility of police officers in the neighbourhoods, particularly in "
             "Harrowby Green and Kingsdown in the evenings &ndash; Chief Inspector Marsh "
             "advised that the Neighbourhood Team was at its full establishment for the first "
             "time in three years, with 14 officers and 8 Police Community Support Officers, "
             "and that patrols were directed to the areas of greatest need;",
             "whether the Public Spaces Protection Order had reduced street drinking, and what "
             "help was offered to people who were dependent on alcohol &ndash; the Community "
             "Safety Manager advised that 54 fixed penalty notices had been issued in 2025 and "
             "that Neighbourhood Wardens had made 37 referrals to Pathways, the Wenshire drug "
             "and alcohol recovery service;",
             "the dangerous riding of e-bikes and e-scooters in the underpasses and on the "
             "cycleway network, which several Members had raised on behalf of residents;",
             "the future funding of the youth diversion programme &ndash; it was noted that "
             "the Police and Crime Commissioner had confirmed funding until March 2027, but "
             "that there was no certainty beyond that date.",
         ]),
         paras("Councillor Lucy Shenton asked how the Partnership worked with schools to "
               "identify young people at risk of exploitation. Chief Inspector Marsh advised "
               "that each secondary school had a named Schools Liaison Officer and that the "
               "Partnership&rsquo;s Exploitation Panel met monthly to review referrals.",
               "The Chair thanked the Community Safety Manager and Chief Inspector Marsh for "
               "attending and the Committee noted the update."),
     ]))

item("6", "HEALTH INEQUALITIES AND THE KELSBURY COMMUNITY HEALTH HUB",
     agenda="To receive a presentation from the Wenshire and Colne Valley Integrated Care "
            "Board and the Healthy Kelsbury Partnership Manager.",
     docs=[("Presentation - Health Inequalities in Kelsbury", "2 MB")],
     minutes=paras(
         "The Committee received a presentation from Dr Anita Rowe, Director of Place "
         "(Kelsbury and North Wenshire), Wenshire and Colne Valley Integrated Care Board, and "
         "the Healthy Kelsbury Partnership Manager on health inequalities in the borough and "
         "the development of the Kelsbury Community Health Hub. The presentation highlighted "
         "a gap in life expectancy of 7.4 years for men between the most and least deprived "
         "wards, adult smoking rates of 17% in Harrowby Green and Kingsdown compared with 11% "
         "across Wenshire, and plans to open the Community Health Hub in the former Brookhill "
         "library in September 2026, bringing together GP extended access appointments, "
         "community nursing, a pharmacy and the Council&rsquo;s Healthy Kelsbury team.",
         "Members expressed concern about the difficulty residents continued to experience in "
         "obtaining GP appointments, particularly when telephoning at 8am, and Dr Rowe "
         "acknowledged that demand remained very high but advised that the number of "
         "appointments offered by Kelsbury practices had risen by 9% over two years and that "
         "all practices now offered online consultations. In response to a further question "
         "about the proposed closure of the Longmead branch surgery, she explained that this "
         "was a decision for the practice partnership, that the ICB had required the practice "
         "to carry out a full patient engagement exercise, and that the outcome would be "
         "reported to the County Council&rsquo;s Health Scrutiny Committee in March. "
         "Councillor Phil Brennan asked whether the Council&rsquo;s leisure centres, which "
         "were operated by Parkway Leisure Trust under contract, were contributing to the "
         "programme; the Healthy Kelsbury Partnership Manager confirmed that free swimming was "
         "now offered to under 16s living in the four most deprived wards, funded from the "
         "social value commitments in the contract.",
         "Councillor Dennis Yeoman asked how the Council and the NHS were working together on "
         "the Hub and whether the Council would be contributing financially. The Strategic "
         "Director advised that the Council would provide the building on a 25 year lease at "
         "a peppercorn rent and would meet the cost of the Healthy Kelsbury team&rsquo;s space "
         "within it, with the ICB funding the refurbishment.",
         "The Chair requested that the ICB provide a written briefing on the services and "
         "opening hours of the Hub before the Committee&rsquo;s meeting in March. Dr Rowe "
         "agreed to provide the briefing.",
         "It was <b>RESOLVED</b> that the presentation on health inequalities and the Kelsbury "
         "Community Health Hub be noted.",
     ))

item("7", "COMMUNITY SELECT COMMITTEE WORK PROGRAMME 2025/26",
     agenda="To consider the Committee&rsquo;s work programme for the remainder of the "
            "2025/26 municipal year.",
     docs=[("Work Programme 2025-26", "64 KB")],
     minutes=paras(
         "The Scrutiny Officer presented the Committee&rsquo;s work programme. The meeting on "
         "11 March 2026 would consider the annual report of the Tenants&rsquo; and "
         "Leaseholders&rsquo; Panel and the draft Homelessness and Rough Sleeping Strategy "
         "2026-2031 prior to public consultation.",
         "Councillor Lucy Shenton suggested that the Committee carry out a short review of the "
         "Council&rsquo;s community centres in 2026/27, given the number of community "
         "associations reporting difficulty in recruiting volunteers and meeting running "
         "costs. Members supported the suggestion.",
         "It was <b>RESOLVED</b> that the work programme be agreed, subject to the addition of "
         "a review of community centres for 2026/27.",
     ))

item("8", "URGENT PART I BUSINESS",
     agenda="To consider any Part I business accepted by the Chair as urgent.",
     minutes=paras("None."))

item("9", "EXCLUSION OF PUBLIC",
     agenda="To consider the following motions &ndash;<br><br>1. That under Section 100A of "
            "the Local Government Act 1972, the press and public be excluded from the meeting "
            "for the following item(s) of business on the grounds that it involves the likely "
            "disclosure of exempt information as defined in Paragraphs 1 &ndash; 7 of Part 1 "
            "of Schedule 12A of the Act as amended by SI 2006 No. 88.<br><br>2. That Members "
            "consider the reasons for the following report(s) being in Part II and determine "
            "if the exempt information is outweighed by the public interest in disclosure.",
     minutes=paras("Not required."))

item("10", "URGENT PART II BUSINESS",
     agenda="To consider any Part II business accepted by the Chair as urgent.",
     minutes=paras("None."))


def render_minutes() -> str:
    n = 0
    rows = []
    for it in ITEMS:
        cell = [f'<p class="mgAiTitleTxt"><a name="AI{3120 + int(it["num"])}"></a>'
                f'<a href="mgAi.aspx?ID={3120 + int(it["num"])}" '
                f'title="Link to agenda item details">{e(it["title"])}</a></p>']
        if it["agenda"]:
            cell.append(f'<div class="mgWordPara"><p>{it["agenda"]}</p></div>')
        if it["docs"]:
            links = []
            for t, s in it["docs"]:
                n += 1
                links.append(doc_link(t, s, n))
            cell.append('<ul class="mgActionList">' + "".join(links) + "</ul>")
        if it["extra_docs"]:
            links = []
            for t, s in it["extra_docs"]:
                n += 1
                links.append(doc_link(t, s, n))
            cell.append('<p class="mgSubItemTitleTxt">Additional documents:</p>'
                        '<ul class="mgActionList">' + "".join(links) + "</ul>")
        cell.append('<p class="mgSubItemTitleTxt">Minutes:</p>')
        cell.append(f'<div class="mgWordPara">\n{it["minutes"]}\n</div>')
        rows.append(
            '<tr>\n<td class="mgItemNumberCell"><p class="mgAiTitleTxt">'
            f'{it["num"]}.</p></td>\n<td>\n' + "\n".join(cell) + "\n</td>\n</tr>")

    present = ("Councillors: Sarah Whitcombe (Chair), Imran Qadir (Vice-Chair), Phil Brennan, "
               "Carol Dunsby, Tom Fairley, Ann-Marie Lowther, Rajan Mistry, Graham Pettit, "
               "Lucy Shenton and Dennis Yeoman.")
    also = ("Councillor Janet Orchard (Portfolio Holder for Housing) and Councillor Kieran Moss "
            "(Portfolio Holder for Communities, Neighbourhoods and Co-operative Working).")

    return f"""<!DOCTYPE html>
<html lang="en-GB">
<!-- saved from url=(0083)https://democracy.kelsbury.gov.uk/ieListDocuments.aspx?CId=142&amp;MId=2871&amp;Ver=4 -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Agenda for Community Select Committee on Wednesday, 14th January, 2026, 6.00 pm | Kelsbury Borough Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="DC.title" content="Agenda for Community Select Committee on Wednesday, 14th January, 2026, 6.00 pm">
<meta name="DC.publisher" content="Kelsbury Borough Council">
<link rel="stylesheet" href="./ieListDocuments_files/mgCommon.css" type="text/css">
<link rel="stylesheet" href="./ieListDocuments_files/kbc-site.css" type="text/css">
<script src="./ieListDocuments_files/jquery.min.js"></script>
<script>
  var mgDateFormat = "dd/MM/yyyy";
  function mgToggleCookieBar() {{ document.getElementById('cookieBar').style.display = 'none'; }}
</script>
</head>
<body>
<div id="cookieBar" class="kbc-cookie-bar">
<p>We use cookies to make this site work and to collect information about how you use it.
<a href="https://www.kelsbury.gov.uk/cookies">Cookie settings</a>
<button type="button" onclick="mgToggleCookieBar()">Accept all cookies</button></p>
</div>
<a class="kbc-skip" href="#mgContent">Skip to main content</a>
<header class="kbc-header">
<a href="https://www.kelsbury.gov.uk/"><img src="./ieListDocuments_files/kbc-logo.svg" alt="Kelsbury Borough Council logo" width="180"></a>
<form class="kbc-search" action="https://www.kelsbury.gov.uk/search"><label for="q">Search this site</label> <input id="q" name="q" type="search"> <button type="submit">Search</button></form>
<nav class="kbc-topnav"><ul>
<li><a href="https://www.kelsbury.gov.uk/bins-and-recycling">Bins and recycling</a></li>
<li><a href="https://www.kelsbury.gov.uk/council-tax">Council tax</a></li>
<li><a href="https://www.kelsbury.gov.uk/housing">Housing</a></li>
<li><a href="https://www.kelsbury.gov.uk/planning">Planning</a></li>
<li><a href="https://democracy.kelsbury.gov.uk/">Councillors and committees</a></li>
</ul></nav>
</header>
<div class="kbc-breadcrumb"><ul>
<li><a href="https://www.kelsbury.gov.uk/">Home</a></li>
<li><a href="mgListCommittees.aspx?bcr=1">Committee structure</a></li>
<li><a href="ieListMeetings.aspx?CommitteeId=142">Community Select Committee</a></li>
<li>Meeting</li>
</ul></div>

<div id="modgov"><div class="mgContent" id="mgContent">
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<h2 class="mgSubTitleTxt">Community Select Committee - Wednesday, 14th January, 2026 6.00 pm</h2>

<div class="mgLinks"><ul class="mgActionList">
<li><a href="ieListDocuments.aspx?CId=142&amp;MId=2871&amp;Ver=4&amp;Info=1">Meeting attendance</a></li>
<li><a href="mgMeetingAttendance.aspx?ID=2871">Attendance details</a></li>
<li><a href="ieIssueDetails.aspx?CId=142&amp;MId=2871">Issue history</a></li>
<li><a href="mgCalendarMonthView.aspx?M=1&amp;DD=2026">Calendar</a></li>
</ul></div>

<p class="mgSubTxt"><span class="mgLabel">Venue: </span>Council Chamber, Castlegate House, Danesway, Kelsbury. <a href="mgGetVenueInfo.aspx?ID=1">View directions</a></p>
<p class="mgSubTxt"><span class="mgLabel">Contact: </span>Committee and Member Services, 01578 255 000, email <a href="mailto:committees@kelsbury.gov.uk">committees@kelsbury.gov.uk</a></p>

<h2 class="mgSectionTitle">Media</h2>
<ul class="mgActionList">
<li><a href="https://kelsbury.public-i.tv/core/portal/webcast_interactive/914402">Webcast for Community Select Committee, 14 January 2026</a></li>
</ul>

<div class="mgAttendance">
<table class="mgDetailsTable" summary="Attendance at the meeting">
<tr><th scope="row" class="mgTableLabel">Present:</th><td>{e(present)}</td></tr>
<tr><th scope="row" class="mgTableLabel">Also Present:</th><td>{e(also)}</td></tr>
<tr><th scope="row" class="mgTableLabel">Start / End Time:</th><td>Start Time: 6.00pm<br>End Time: 8.17pm</td></tr>
</table>
</div>

<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Table of agenda items">
<tr><th class="mgItemNumberCell" scope="col">No.</th><th scope="col">Item</th></tr>
{chr(10).join(rows)}
</table>

<div class="mgWordPara"><p style="text-align:right"><b>CHAIR</b></p></div>

<h2 class="mgSectionTitle">Documents</h2>
<ul class="mgActionList">
<li><a href="../documents/g2871/Public%20reports%20pack%2014th-Jan-2026%2018.00%20Community%20Select%20Committee.pdf" class="mgPdfLink">Public reports pack 14th-Jan-2026 18.00 Community Select Committee</a> <span class="mgFileSize">PDF 5 MB</span></li>
<li><a href="../documents/g2871/Printed%20minutes%2014th-Jan-2026%2018.00%20Community%20Select%20Committee.pdf" class="mgPdfLink">Printed minutes 14th-Jan-2026 18.00 Community Select Committee</a> <span class="mgFileSize">PDF 231 KB</span></li>
</ul>
</div></div>

<footer class="kbc-footer">
<ul>
<li><a href="https://www.kelsbury.gov.uk/accessibility">Accessibility statement</a></li>
<li><a href="https://www.kelsbury.gov.uk/privacy">Privacy notice</a></li>
<li><a href="https://www.kelsbury.gov.uk/contact-us">Contact us</a></li>
</ul>
<p>&copy; Kelsbury Borough Council, Castlegate House, Danesway, Kelsbury, Wenshire KB1 1HN</p>
<p class="mgPoweredBy">Powered by Modern.Gov</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# The document that is not minutes: a report to the Executive (PDF)
# ---------------------------------------------------------------------------

def build_report(path: Path) -> None:
    from fpdf import FPDF

    class Report(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("Arial", "", 9)
            self.cell(0, 8, f"Page {self.page_no()}", align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Temporary Accommodation: Acquisitions Programme 2026/27")
    pdf.set_author("Kelsbury Borough Council")
    pdf.add_font("Arial", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Arial", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("Arial", "B", 10)
    pdf.cell(0, 6, "Part I – Release to Press", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Arial", "", 10)
    for label, value in [("Meeting:", "Executive"), ("Agenda Item:", ""),
                         ("Portfolio Area:", "Housing"), ("Date:", "11 February 2026")]:
        pdf.set_font("Arial", "B", 10)
        pdf.cell(40, 6, label)
        pdf.set_font("Arial", "", 10)
        pdf.cell(0, 6, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Arial", "B", 12)
    pdf.multi_cell(W, 7, "TEMPORARY ACCOMMODATION: ACQUISITIONS PROGRAMME 2026/27",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Arial", "B", 10)
    pdf.cell(0, 6, "KEY DECISION", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Arial", "", 10)
    for line in ["Author – Priya Nandra | Ext. 2418",
                 "Contact Officer – Priya Nandra | Ext. 2418",
                 "Lead Officer – Martin Selby | Ext. 2203"]:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def heading(num: str, text: str):
        pdf.ln(2)
        pdf.set_font("Arial", "B", 10)
        pdf.cell(12, 6, num)
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def para(num: str, text: str, indent: float = 0):
        pdf.set_font("Arial", "", 10)
        pdf.set_x(pdf.l_margin + indent)
        pdf.cell(12, 5.5, num)
        pdf.multi_cell(W - 12 - indent, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    heading("1", "PURPOSE")
    para("1.1", "To seek approval for a second phase of the programme to acquire homes on the "
         "open market for use as temporary accommodation, funded through the Housing Revenue "
         "Account (HRA), in order to reduce the Council's reliance on nightly paid and bed and "
         "breakfast accommodation.")
    heading("2", "RECOMMENDATIONS")
    para("2.1", "That the Executive approves the acquisition of up to 25 homes in 2026/27 for "
         "use as temporary accommodation, within a total budget of £7.1m, as set out in "
         "section 4 of this report.")
    para("2.2", "That authority be delegated to the Strategic Director (Housing and "
         "Communities), following consultation with the Portfolio Holder for Housing and the "
         "Portfolio Holder for Resources, to approve individual purchases that meet the "
         "criteria at Appendix A.")
    para("2.3", "That the Executive notes the comments of the Community Select Committee set "
         "out at paragraph 4.7.")
    heading("3", "BACKGROUND")
    for num, text in [
        ("3.1", "The number of households in temporary accommodation has increased from 164 in "
         "April 2024 to 238 at the end of December 2025. Of these, 131 are households with "
         "children. The Council has a duty to secure suitable accommodation for eligible "
         "households who are homeless and in priority need while their application is "
         "considered."),
        ("3.2", "Where the Council's own stock and leased properties are full, households are "
         "placed in nightly paid accommodation, including bed and breakfast. The net cost of "
         "temporary accommodation to the General Fund is forecast to be £2.9m in 2025/26 "
         "against a budget of £1.7m, largely because housing benefit subsidy for nightly paid "
         "accommodation is capped at the January 2011 Local Housing Allowance rate."),
        ("3.3", "In February 2024 the Executive approved a first phase of 40 acquisitions. All "
         "40 homes have been bought and are occupied. Each home used in place of nightly paid "
         "accommodation avoids a General Fund cost of around £11,000 a year."),
        ("3.4", "The Renters' Rights Act 2025 will abolish section 21 notices from 1 May 2026. "
         "Officers expect a short-term increase in approaches from private tenants before the "
         "change takes effect."),
    ]:
        para(num, text)
    heading("4", "REASONS FOR RECOMMENDED COURSE OF ACTION AND OTHER OPTIONS")
    for num, text in [
        ("4.1", "Three options have been considered."),
        ("4.2", "Option 1 – continue to rely on nightly paid accommodation. This is not "
         "recommended: costs would continue to rise and families would continue to be placed "
         "in bed and breakfast, often outside the borough."),
        ("4.3", "Option 2 – expand the Private Sector Leasing scheme. This remains part of the "
         "Council's approach but the number of landlords willing to lease to the Council has "
         "fallen, with 11 properties handed back in 2025."),
        ("4.4", "Option 3 – acquire a further 25 homes through the HRA (recommended). Purchases "
         "would be funded from retained Right to Buy receipts (up to 50%), Homes England "
         "grant where available, and prudential borrowing repaid from rental income."),
        ("4.5", "Homes will be two and three bedroom houses and flats within the borough, "
         "bought at or below the valuation, needing no more than £15,000 of works, and meeting "
         "the Decent Homes Standard before letting."),
        ("4.6", "Should the Executive not agree the recommendations, officers would be asked "
         "to bring back proposals for further savings in the General Fund to meet the "
         "projected temporary accommodation overspend."),
        ("4.7", "Community Select Committee: The Committee considered homelessness and "
         "temporary accommodation at its meeting on 14 January 2026. Members asked how many "
         "families had been in bed and breakfast for longer than six weeks, whether the "
         "Council was paying more for nightly paid accommodation than its neighbours, and how "
         "children placed outside the borough were helped to remain at their schools. The "
         "Committee asked for a breakdown of placements by household type and previous ward, "
         "which has been circulated to Members."),
    ]:
        para(num, text)
    heading("5", "IMPLICATIONS")
    for num, text in [
        ("5.1", "Financial Implications – The capital cost of up to £7.1m is included in the "
         "draft HRA Capital Programme 2026/27, to be considered by Council on 25 February "
         "2026. Net General Fund savings of around £275,000 a year are expected once all 25 "
         "homes are in use."),
        ("5.2", "Legal Implications – The Council has power to acquire land and property for "
         "housing purposes under section 17 of the Housing Act 1985. Right to Buy receipts "
         "must be used within five years of receipt."),
        ("5.3", "Risk Implications – The main risks are rising property prices, competition "
         "from other authorities buying in the borough, and interest rates. These are "
         "mitigated by the purchase criteria and by reviewing the programme quarterly."),
        ("5.4", "Equalities and Diversity Implications – An Equality Impact Assessment has been "
         "completed. Reducing the use of bed and breakfast will have a positive effect on "
         "families with children and on disabled people."),
        ("5.5", "Climate Change Implications – Homes will be assessed for energy efficiency "
         "and brought to at least EPC band C where practicable."),
    ]:
        para(num, text)
    heading("", "BACKGROUND DOCUMENTS")
    para("BD1", "HRA Business Plan 2026/27 (Executive, 11 February 2026)")
    para("BD2", "Temporary Accommodation Acquisitions – Phase 1 (Executive, 14 February 2024)")
    heading("", "APPENDICES")
    para("A", "Criteria for the acquisition of temporary accommodation")

    pdf.add_page()
    pdf.set_font("Arial", "B", 11)
    pdf.cell(0, 7, "Appendix A – Criteria for the acquisition of temporary accommodation",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    rows = [("Criterion", "Requirement"),
            ("Location", "Within the borough, close to schools and bus routes"),
            ("Size", "Two or three bedrooms; one bedroom flats only by exception"),
            ("Price", "At or below independent valuation"),
            ("Works", "No more than £15,000 to bring to letting standard"),
            ("Standard", "Decent Homes Standard and EPC band C where practicable"),
            ("Approval", "Strategic Director after consultation with Portfolio Holders")]
    for i, (a, b) in enumerate(rows):
        pdf.set_font("Arial", "B" if i == 0 else "", 10)
        pdf.cell(40, 7, a, border=1)
        pdf.cell(W - 40, 7, b, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item_no, kind, text, asked_by, answer, given_by, themes):
    return {"item": item_no, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item_no, text, outcome, themes):
    return {"item": item_no, "text": text, "outcome": outcome, "themes": themes}


def minutes_gold() -> dict:
    AD_HN = "Assistant Director (Housing Needs)"
    AD_HPS = "Assistant Director (Housing Property Services)"
    PH_H = "Portfolio Holder for Housing"
    PH_C = "Portfolio Holder for Communities, Neighbourhoods and Co-operative Working"
    return {
        "document": MINUTES_FILE,
        "doc_type": "minutes",
        "committee": "Community Select Committee",
        "meeting_date": "2026-01-14",
        "items": [{"number": it["num"], "title": it["title"]} for it in ITEMS],
        "questions": [
            # 3 Homelessness and temporary accommodation
            q("3", "question",
              "how many families with children had been in bed and breakfast accommodation",
              None, "at the time of the meeting there were nine such families", AD_HN,
              ["housing", "children-and-families"]),
            q("3", "concern", "expressed concern at the cost of nightly paid accommodation",
              "Councillor Graham Pettit",
              "had agreed a joint rate card with providers in 2024", PH_H,
              ["housing", "finance"]),
            q("3", "question", "what support was given to households placed outside the borough",
              None, "the Council met the cost of school travel where a child remained", None,
              ["housing", "children-and-families"]),
            q("3", "question",
              "queried whether properties leased from private landlords under the Private "
              "Sector Leasing scheme", "Councillor Rajan Mistry",
              "every property was inspected by the Private Sector Housing team",
              "Housing Options Manager", ["housing"]),
            q("3", "question", "no fault evictions were the main driver of demand", None,
              "the abolition of section 21 notices from 1 May 2026", AD_HN, ["housing"]),
            q("3", "comment",
              "a high proportion of households in temporary accommodation had mental health "
              "needs", "Councillor Ann-Marie Lowther", None, None,
              ["housing", "mental-health"]),
            q("3", "request", "future updates include the number of people sleeping rough",
              "Vice-Chair", "agreed that this would be included in the next update", AD_HN,
              ["housing"]),
            q("3", "question",
              "a question from Councillor Imran Qadir regarding the acquisitions programme",
              "Councillor Imran Qadir",
              "each home used in place of nightly paid accommodation saved the General Fund",
              PH_H, ["housing", "finance"]),
            # 4 Damp, mould and condensation
            q("4", "question",
              "how many cases had been reported since the new requirements came into force",
              "Councillor Tom Fairley",
              "412 cases had been reported between 27 October and 31 December 2025", AD_HPS,
              ["housing"]),
            q("4", "concern",
              "the service reliant on agency surveyors and asked what this had cost",
              "Vice-Chair", "Two permanent Surveyor posts had been filled in December 2025",
              None, ["housing", "workforce", "finance", "subcontracting"]),
            q("4", "question",
              "how tenants were being made aware of the changes and whether their views",
              None, "a satisfaction survey was sent to every tenant after works had been "
              "completed", "Assistant Director",
              ["housing", "patient-and-public-input"]),
            q("4", "question",
              "repairs contractor had been penalised for missed appointments",
              "Councillor Dennis Yeoman",
              "the contract included performance deductions and that", PH_H,
              ["housing", "subcontracting"]),
            q("4", "comment",
              "tenants were often advised to open windows and keep their homes heated",
              "Councillor Carol Dunsby", None, None, ["housing"]),
            q("4", "request",
              "include data on repeat cases of damp and mould at the same property", None,
              "undertook to include this information in the next report", AD_HPS,
              ["housing"]),
            # 5 Safer Kelsbury Partnership
            q("5", "question",
              "What action are the Council and the police taking, and why has nothing changed",
              "Mr Derek Hollins",
              "had jointly applied for a closure order on a flat above the shops", PH_C, []),
            q("5", "concern",
              "the visibility of police officers in the neighbourhoods, particularly in "
              "Harrowby Green", None,
              "the Neighbourhood Team was at its full establishment for the first time",
              "Chief Inspector Marsh", []),
            q("5", "question",
              "whether the Public Spaces Protection Order had reduced street drinking", None,
              "Neighbourhood Wardens had made 37 referrals to Pathways",
              "Community Safety Manager", ["public-health"]),
            q("5", "concern",
              "in the underpasses and on the cycleway network, which several Members",
              None, None, None, []),
            q("5", "question", "the future funding of the youth diversion programme", None,
              "the Police and Crime Commissioner had confirmed funding until March 2027",
              None, ["finance", "children-and-families"]),
            q("5", "question",
              "how the Partnership worked with schools to identify young people at risk",
              "Councillor Lucy Shenton",
              "each secondary school had a named Schools Liaison Officer",
              "Chief Inspector Marsh", ["children-and-families"]),
            # 6 Health inequalities and the Community Health Hub
            q("6", "concern",
              "the difficulty residents continued to experience in obtaining GP appointments",
              None, "the number of appointments offered by Kelsbury practices had risen",
              "Dr Rowe", ["primary-care"]),
            q("6", "question",
              "a further question about the proposed closure of the Longmead branch surgery",
              None, "the ICB had required the practice to carry out a full patient "
              "engagement exercise", "Dr Rowe",
              ["primary-care", "patient-and-public-input"]),
            q("6", "question",
              "leisure centres, which were operated by Parkway Leisure Trust under contract",
              "Councillor Phil Brennan",
              "free swimming was now offered to under 16s living in",
              "Healthy Kelsbury Partnership Manager", ["public-health", "subcontracting"]),
            q("6", "question", "how the Council and the NHS were working together on the Hub",
              "Councillor Dennis Yeoman",
              "would provide the building on a 25 year lease at a peppercorn rent",
              "Strategic Director", ["integration", "finance"]),
            q("6", "request",
              "provide a written briefing on the services and opening hours of the Hub",
              "Chair", "Dr Rowe agreed to provide the briefing", "Dr Rowe", []),
            # 7 Work programme
            q("7", "request", "suggested that the Committee carry out a short review",
              "Councillor Lucy Shenton", None, None, []),
        ],
        "resolutions": [
            r("2", "held on 12 November 2025 be approved as a correct record", "agreed", []),
            r("3", "the update on homelessness and temporary accommodation be noted", "agreed",
              ["housing"]),
            r("4", "progress against the action plan arising from the review of damp", "noted",
              ["housing"]),
            r("4", "It was further RESOLVED that the Executive be recommended to require",
              "recommended", ["housing", "subcontracting"]),
            r("5", "Chief Inspector Marsh for attending and the Committee noted the update",
              "noted", []),
            r("6", "the presentation on health inequalities and the Kelsbury Community Health "
              "Hub be noted", "noted", ["public-health"]),
            r("7", "the work programme be agreed, subject to the addition of a review",
              "agreed", []),
        ],
        "attendees": [
            {"name": "Sarah Whitcombe", "role": "Chair", "attendance": "present"},
            {"name": "Imran Qadir", "role": "Vice-Chair", "attendance": "present"},
            {"name": "Phil Brennan", "role": None, "attendance": "present"},
            {"name": "Carol Dunsby", "role": None, "attendance": "present"},
            {"name": "Tom Fairley", "role": None, "attendance": "present"},
            {"name": "Ann-Marie Lowther", "role": None, "attendance": "present"},
            {"name": "Rajan Mistry", "role": None, "attendance": "present"},
            {"name": "Graham Pettit", "role": None, "attendance": "present"},
            {"name": "Lucy Shenton", "role": None, "attendance": "present"},
            {"name": "Dennis Yeoman", "role": None, "attendance": "present"},
            {"name": "Councillor Janet Orchard", "role": PH_H, "attendance": "in_attendance"},
            {"name": "Councillor Kieran Moss", "role": PH_C, "attendance": "in_attendance"},
            {"name": "Bernadette Kemp", "role": None, "attendance": "apologies"},
            {"name": "Naveed Hussain", "role": None, "attendance": "apologies"},
        ],
    }


def report_gold() -> dict:
    return {"document": REPORT_FILE, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_FILE).write_text(render_minutes(), encoding="utf-8")
    build_report(DOCS / REPORT_FILE)
    for g in (minutes_gold(), report_gold()):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_FILE}\nwrote {DOCS / REPORT_FILE}\nwrote gold files in {GOLD}")


def extract_texts(path: Path) -> list[str]:
    """The document's text, in each way a reader of the brief might extract it."""
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for tag in soup(["script", "style"]):
            tag.decompose()
        return [soup.get_text(), soup.get_text(" ")]
    if suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return ["\n".join(page.extract_text() or "" for page in pdf.pages)]
    if suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return ["\n".join(parts)]
    return [path.read_text(encoding="utf-8")]


def norms(s: str) -> list[str]:
    """Lower-case, punctuation removed (deleted, or replaced by a space), spaces collapsed."""
    s = s.lower().replace("\u00a0", " ")
    out = []
    for repl in ("", " "):
        t = re.sub(r"[^\w\s]|_", repl, s)
        out.append(" " + re.sub(r"\s+", " ", t).strip() + " ")
    return out


def check() -> int:
    problems = 0
    golds = sorted(GOLD.glob("mq-*.json"))
    if len(golds) != 2:
        print(f"expected 2 gold files, found {len(golds)}")
        problems += 1
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        if not doc.exists():
            print(f"{gp.name}: missing document {doc.name}")
            problems += 1
            continue
        texts = extract_texts(doc)
        if not any(t.strip() for t in texts):
            print(f"{doc.name}: no text extracted")
            problems += 1
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["item"], row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["item"], row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["item"], row["text"]))
        items = {it["number"] for it in g.get("items", [])}
        for kind, item_no, phrase in phrases:
            if item_no not in items:
                print(f"{gp.name}: {kind} points at unknown item {item_no!r}")
                problems += 1
            words = len(phrase.split())
            if not 6 <= words <= 15:
                print(f"{gp.name}: {kind} phrase has {words} words: {phrase!r}")
                problems += 1
            for text in texts:
                for nt, np_ in zip(norms(text), norms(phrase)):
                    n = nt.count(np_)
                    if n != 1:
                        print(f"{gp.name}: {kind} phrase found {n} times: {phrase!r}")
                        problems += 1
        print(f"{gp.name}: {len(phrases)} phrases checked")
    print("OK" if problems == 0 else f"{problems} problem(s)")
    return 0 if problems == 0 else 1


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
