#!/usr/bin/env python3
"""Build the "ku-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ku.py           build documents/ku-* and gold/ku-*.json
        build_ku.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "ku-churnwold-overview-scrutiny-2025-09-08.html"
REPORT_NAME = "ku-churnwold-cabinet-report-leisure-contract-review-2025-10-02.pdf"

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DATE = dt.datetime(2025, 9, 26, 10, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------------------
# The minutes: a ModernGov ieListDocuments.aspx page saved from a browser
# ---------------------------------------------------------------------------

HEAD = """<!DOCTYPE html>
<!-- saved from url=(0078)https://meetings.churnwold.gov.uk/ieListDocuments.aspx?CId=131&MId=3412&Ver=4 -->
<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agenda for Overview and Scrutiny Committee on Monday, 8th September, 2025, 4.00 pm - Churnwold District Council</title>
<meta name="DC.title" content="Agenda for Overview and Scrutiny Committee on Monday, 8th September, 2025, 4.00 pm">
<meta name="DC.creator" content="Churnwold District Council">
<link rel="stylesheet" href="./Agenda for Overview and Scrutiny Committee on Monday, 8th September, 2025, 4.00 pm - Churnwold District Council_files/mgStyles.css">
<link rel="stylesheet" href="./Agenda for Overview and Scrutiny Committee on Monday, 8th September, 2025, 4.00 pm - Churnwold District Council_files/cdc-site.css">
<script src="./Agenda for Overview and Scrutiny Committee on Monday, 8th September, 2025, 4.00 pm - Churnwold District Council_files/jquery.min.js"></script>
<script>var mgIsPrintable = false; window.dataLayer = window.dataLayer || [];</script>
</head>
<body class="mgBody">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner">
<p>We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use the site and to improve our services.</p>
<p><a class="btn" href="https://www.churnwold.gov.uk/cookies">Accept additional cookies</a> <a class="btn" href="https://www.churnwold.gov.uk/cookies">Reject additional cookies</a> <a href="https://www.churnwold.gov.uk/cookies">View cookies</a></p>
</div>
<a class="skip-link" href="https://meetings.churnwold.gov.uk/ieListDocuments.aspx?CId=131&amp;MId=3412&amp;Ver=4#mgContent">Skip to main content</a>
<header class="site-header">
<div class="site-header__logo"><a href="https://www.churnwold.gov.uk/"><img src="./Agenda for Overview and Scrutiny Committee on Monday, 8th September, 2025, 4.00 pm - Churnwold District Council_files/cdc-logo.svg" alt="Churnwold District Council logo"></a></div>
<form class="site-search" action="https://www.churnwold.gov.uk/search"><label for="q">Search this site</label><input id="q" name="q" type="text"><button type="submit">Search</button></form>
<nav class="site-nav" aria-label="Main menu"><ul>
<li><a href="https://www.churnwold.gov.uk/bins-recycling-and-waste">Bins, recycling and waste</a></li>
<li><a href="https://www.churnwold.gov.uk/council-tax">Council tax</a></li>
<li><a href="https://www.churnwold.gov.uk/housing">Housing</a></li>
<li><a href="https://www.churnwold.gov.uk/planning-and-building">Planning and building</a></li>
<li><a href="https://www.churnwold.gov.uk/business">Business</a></li>
<li><a href="https://www.churnwold.gov.uk/leisure-and-culture">Leisure and culture</a></li>
<li><a href="https://www.churnwold.gov.uk/council-and-democracy">Council and democracy</a></li>
</ul></nav>
</header>
<div class="breadcrumb"><ol>
<li><a href="https://www.churnwold.gov.uk/">Home</a></li>
<li><a href="https://www.churnwold.gov.uk/council-and-democracy">Council and democracy</a></li>
<li><a href="https://meetings.churnwold.gov.uk/mgListCommittees.aspx?bcr=1">Councillors, committees and meetings</a></li>
<li><a href="https://meetings.churnwold.gov.uk/ieListMeetings.aspx?CommitteeId=131">Overview and Scrutiny Committee</a></li>
<li>Agenda and minutes</li>
</ol></div>
<div class="page-wrap">
<aside class="mgLeftMenu" aria-label="Councillors and committees menu">
<h2>Councillors and committees</h2>
<ul>
<li><a href="https://meetings.churnwold.gov.uk/mgListCommittees.aspx?bcr=1">Committee structure</a></li>
<li><a href="https://meetings.churnwold.gov.uk/mgCalendarMonthView.aspx?GL=1&amp;bcr=1">Calendar of meetings</a></li>
<li><a href="https://meetings.churnwold.gov.uk/mgMemberIndex.aspx?bcr=1">Your councillors</a></li>
<li><a href="https://meetings.churnwold.gov.uk/mgDelegatedDecisions.aspx?bcr=1">Decisions</a></li>
<li><a href="https://meetings.churnwold.gov.uk/mgListPlans.aspx?RPId=131&amp;RD=0&amp;bcr=1">Forward plans</a></li>
<li><a href="https://meetings.churnwold.gov.uk/ieDocSearch.aspx?bcr=1">Search documents</a></li>
<li><a href="https://meetings.churnwold.gov.uk/mgListOutsideBodies.aspx?bcr=1">Outside bodies</a></li>
<li><a href="https://meetings.churnwold.gov.uk/mgEPetitionListDisplay.aspx?bcr=1">Petitions</a></li>
<li><a href="https://meetings.churnwold.gov.uk/mgRegisterKeywordInterest.aspx?bcr=1">Subscribe to updates</a></li>
<li><a href="https://meetings.churnwold.gov.uk/mgWhatsNew.aspx?bcr=1">What's new</a></li>
</ul>
</aside>
<main id="mgContent" class="mgContent">
<div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Overview and Scrutiny Committee<br>Monday, 8th September, 2025 4.00 pm</h2></div>
<div class="mgLinks">
<ul class="mgActionList">
<li><a href="https://meetings.churnwold.gov.uk/ieIssueDetails.aspx?IId=0&amp;Opt=0">Issue history</a></li>
<li><a href="https://meetings.churnwold.gov.uk/mgMeetingAttendance.aspx?ID=3412">Attendance details</a></li>
<li><a href="https://meetings.churnwold.gov.uk/ieListMeetings.aspx?CId=131&amp;Year=0">Browse meetings</a></li>
<li><a href="https://meetings.churnwold.gov.uk/ieIssueDetails.aspx?bcr=1">Track an issue</a></li>
</ul>
</div>
<p class="mgSectionTitle"><strong>Venue: </strong>Council Chamber - Abbey House, Dyer Street, Churnbury, GL7 9QQ. <a href="https://meetings.churnwold.gov.uk/mgVenueDetails.aspx?ID=2">View directions</a></p>
<p class="mgSectionTitle"><strong>Contact: </strong>Democratic Services&nbsp; 01285 771000<br>Email: <a href="mailto:democratic@churnwold.gov.uk">democratic@churnwold.gov.uk</a></p>
<div class="mgSideBar">
<h2 class="mgSideBarTitle">Meeting documents</h2>
<ul>
<li><a href="https://meetings.churnwold.gov.uk/documents/g3412/Printed%20minutes%2008th-Sep-2025%2016.00%20Overview%20and%20Scrutiny%20Committee.pdf?T=1">Printed minutes 08th-Sep-2025 16.00 Overview and Scrutiny Committee</a>&nbsp;<span class="mgFileSize">PDF 366 KB</span></li>
<li><a href="https://meetings.churnwold.gov.uk/documents/g3412/Agenda%20frontsheet%2008th-Sep-2025%2016.00%20Overview%20and%20Scrutiny%20Committee.pdf?T=0">Agenda frontsheet 08th-Sep-2025 16.00 Overview and Scrutiny Committee</a>&nbsp;<span class="mgFileSize">PDF 214 KB</span></li>
<li><a href="https://meetings.churnwold.gov.uk/documents/g3412/Public%20reports%20pack%2008th-Sep-2025%2016.00%20Overview%20and%20Scrutiny%20Committee.pdf?T=10">Public reports pack 08th-Sep-2025 16.00 Overview and Scrutiny Committee</a>&nbsp;<span class="mgFileSize">PDF 5 MB</span></li>
<li><a href="https://meetings.churnwold.gov.uk/mgIssueHistoryChronology.aspx?IId=0">Printed decisions</a></li>
<li><a href="https://meetings.churnwold.gov.uk/mgDownloadAll.aspx?MId=3412">Download all documents</a></li>
</ul>
</div>
<h2 class="mgSectionTitle">Media</h2>
<div class="mgMedia"><p><a href="https://www.youtube.com/@ChurnwoldDC/streams">Watch the recording of this meeting on the Council's YouTube channel</a></p></div>
"""

ATTENDANCE = """<h2 class="mgSectionTitle">Attendance</h2>
<div class="mgMinutesIntro">
<p><strong>Councillors present:</strong></p>
<table class="mgAttendanceTable" summary="Councillors present">
<tr><td>Harriet Ellwood - Chair</td><td>Tom Barraclough - Vice-Chair</td></tr>
<tr><td>Steve Hambling</td><td>Rosalind Fairley</td></tr>
<tr><td>Mark Ogunleye</td><td>Caroline Penrose</td></tr>
<tr><td>Nadia Quereshi</td><td>Imogen Sallis</td></tr>
<tr><td>Philip Tanswell</td><td>Daniel Whitlock</td></tr>
</table>
<p><strong>Officers present:</strong></p>
<table class="mgAttendanceTable" summary="Officers present">
<tr><td>Rachel Venn, Chief Executive</td><td>Fiona Carrow, Deputy Chief Executive and Chief Finance Officer</td></tr>
<tr><td>Nicola Brayshaw, Director of Governance and Development (Monitoring Officer)</td><td>Kerry Ballinger, Assistant Director for Resident Services</td></tr>
<tr><td>Ben Atwal, Housing Manager</td><td>Martin Dowsett, Business Manager - Leisure and Communities</td></tr>
<tr><td>Lucy Amberton, Head of Democratic and Electoral Services</td><td>Sam Whitcombe, Senior Democratic Services Officer</td></tr>
</table>
<p><strong>Observers:</strong></p>
<table class="mgAttendanceTable" summary="Observers">
<tr><td>Councillor Tim Fairhurst, Leader of the Council</td><td>Councillor Alan Kershaw, Cabinet Member for Finance</td></tr>
<tr><td>Councillor Priya Menon, Cabinet Member for Housing and Planning</td><td>Councillor Sue Abbotsley, Cabinet Member for Leisure and Communities</td></tr>
<tr><td>Claire Jennings, Regional Director, Activo Leisure Trust (for item 51)</td><td>&nbsp;</td></tr>
</table>
</div>
"""


def item(number: str, title: str, agenda: str, minutes: str, docs: str = "") -> str:
    """One row of ModernGov's items table."""
    out = [
        '<tr>',
        f'<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{number}.</p></td>',
        '<td class="mgItemTitleCell">',
        f'<p class="mgAiTitleTxt"><a href="https://meetings.churnwold.gov.uk/mgAi.aspx?ID=1{number}77">{title}</a></p>',
    ]
    if agenda:
        out.append(f'<div class="mgWordPara">{agenda}</div>')
    if docs:
        out.append(f'<div class="mgDocsList"><p class="mgSubItemTitleTxt">Additional documents:</p><ul class="mgBulletList">{docs}</ul></div>')
    out.append('<div class="mgMinutes"><p class="mgSubItemTitleTxt">Minutes:</p>')
    out.append(f'<div class="mgWordPara">{minutes}</div></div>')
    out.append('</td></tr>')
    return "\n".join(out)


def docs_list(entries: list[tuple[str, str, str]]) -> str:
    return "".join(
        f'<li><a href="https://meetings.churnwold.gov.uk/documents/s{sid}/{name.replace(" ", "%20")}.pdf">{name}</a>'
        f'&nbsp;<span class="mgFileSize">PDF {size}</span></li>'
        for sid, name, size in entries
    )


VOTE_44 = """<p><strong>Voting record:</strong></p>
<p>For 9, Against 0, Abstain 1, Absent 1</p>
<table class="mgVotingTable" border="1" summary="Voting record">
<tr><th>For</th><th>Against</th><th>Abstain</th><th>Absent</th></tr>
<tr><td>Tom Barraclough</td><td>&nbsp;</td><td>Steve Hambling</td><td>Oliver Dunstan</td></tr>
<tr><td>Harriet Ellwood</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td>Rosalind Fairley</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td>Mark Ogunleye</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td>Caroline Penrose</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td>Nadia Quereshi</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td>Imogen Sallis</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td>Philip Tanswell</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td>Daniel Whitlock</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
</table>"""

ITEMS = [
    item("41", "Apologies",
         "<p>To receive any apologies for absence. The quorum for the Overview and Scrutiny Committee is 3 Members.</p>",
         "<p>Apologies for absence were received from Councillors Oliver Dunstan and Julia Ramsbottom.</p>"),
    item("42", "Substitute Members",
         "<p>To note details of any substitution arrangements in place for the meeting.</p>",
         "<p>Councillor Steve Hambling substituted for Councillor Julia Ramsbottom.</p>"),
    item("43", "Declarations of Interest",
         "<p>To receive any declarations of interest from Members and Officers, relating to items to be considered at the meeting.</p>",
         "<p>Councillor Rosalind Fairley declared an other registrable interest in agenda item 11 (Leisure and Culture Contract "
         "&ndash; Annual Performance Review 2024/25) as a trustee of the Friends of Lechmoor Lido. She remained in the meeting "
         "and took part in the discussion.</p>"
         "<p>There were no declarations of interest from Officers.</p>"),
    item("44", "Minutes",
         "<p>To confirm the minutes of the previous meeting of the Committee held on 7 July 2025.</p>",
         "<p>The Committee considered the minutes of the meeting held on 7 July 2025.</p>"
         "<p>Councillor Tanswell asked whether the car parking income figures which the Cabinet Member for Finance had "
         "undertaken to circulate at minute 33 had been sent to Members, as he had not received them. The Senior Democratic "
         "Services Officer confirmed that the figures had been delayed and would be circulated with the Quarter One "
         "report pack, and that minute 33 would be amended to record the undertaking.</p>"
         "<p>Councillor Barraclough proposed that the minutes be approved, subject to this amendment. This was seconded by "
         "Councillor Penrose and put to the vote.</p>"
         "<p><strong>RESOLVED:</strong> To APPROVE the minutes of the meeting held on 7 July 2025 as a correct record, "
         "subject to the amendment to minute 33.</p>" + VOTE_44),
    item("45", "Chair's Announcements",
         "<p>To receive any announcements from the Chair of the Overview and Scrutiny Committee.</p>",
         "<p>The Chair welcomed Councillor Hambling, who was attending as a substitute, and Claire Jennings of Activo "
         "Leisure Trust, who would present the Trust's annual review under agenda item 11.</p>"
         "<p>The Chair reminded Members that the task and finish group on empty homes would hold its first meeting on "
         "22 September 2025, and that any Member who wished to take part and had not yet done so should contact "
         "Democratic Services.</p>"
         "<p>The Chair advised that, with the agreement of the Committee, agenda item 9 (Vantage Partnership Transition) "
         "would be taken before agenda item 8 so that the Leader could leave to attend the Churn Valley Joint Committee. "
         "The minutes are set out in agenda order.</p>"),
    item("46", "Public Questions",
         "<p>To deal with questions from the public within the open forum question and answer session of fifteen minutes "
         "in total. Questions from each member of the public should be no longer than one minute each and relate to "
         "issues under the Committee's remit. At any one meeting no person may submit more than two questions.</p>",
         "<p>One public question had been submitted in advance by Mr Keith Farrant, a resident of Lechmoor. Mr Farrant "
         "attended the meeting and read out his question:</p>"
         "<p>&ldquo;The Council is now placing homeless families in bed and breakfast rooms in Churnbury for up to ten "
         "weeks at a time. What is the Council doing to bring the empty homes in Lechmoor back into use as temporary "
         "accommodation for local families?&rdquo;</p>"
         "<p>The Cabinet Member for Housing and Planning thanked Mr Farrant for his question and responded that the "
         "Council had purchased four homes for use as temporary accommodation since April 2025. The Council's Empty "
         "Homes Officer was working with the owners of 37 long-term empty properties across the district, six of which "
         "were in Lechmoor, and the Council could offer grants or loans to bring these back into use where the owner "
         "agreed to let them to households nominated by the Council. The Cabinet Member added that the Committee's task "
         "and finish group on empty homes would also look at leasing empty properties from their owners.</p>"
         "<p>Mr Farrant asked a supplementary question as to whether any of the six empty properties in Lechmoor were "
         "owned by the Council or by a housing association. The Cabinet Member did not have that information to hand "
         "and undertook to provide Mr Farrant with a written response.</p>"),
    item("47", "Member Questions",
         "<p>To deal with written questions by Members, relating to issues under the Committee's remit, with "
         "notice of the question being given by 5.00 pm on Tuesday 2 September 2025.</p>",
         "<p>There were no Member questions.</p>"),
    item("48", "Financial Performance Report 2025/26 Quarter One",
         "<p><strong>Purpose</strong></p><p>To set out the Council's financial position at the end of the first quarter of "
         "2025/26, covering the revenue budget, the capital programme and treasury management activity.</p>"
         "<p><strong>Recommendation</strong></p><p>That the Overview and Scrutiny Committee reviews the report and "
         "decides whether to make any comments or recommendations to Cabinet.</p>",
         "<p>The Cabinet Member for Finance, Councillor Alan Kershaw, introduced the report, which forecast an overspend "
         "of &pound;412,000 against the net revenue budget of &pound;16.8 million at the end of the first quarter. The "
         "main pressures were temporary accommodation, where bed and breakfast costs were forecast to exceed the budget "
         "by &pound;286,000, and a shortfall in car parking income of around &pound;150,000. These were partly offset by "
         "higher than budgeted interest on balances. The Cabinet Member explained that officers were preparing a savings "
         "plan and that no call on the General Fund reserve was proposed at this stage.</p>"
         "<p>The Deputy Chief Executive and Chief Finance Officer added that the capital programme had slipped by "
         "&pound;2.1 million, largely because of the delayed start of the decarbonisation works at Churnbury Leisure "
         "Centre, and that the external auditor had issued a disclaimed opinion on the 2023/24 accounts in line with the "
         "national backstop arrangements. This reflected the position of many councils and was not a finding about the "
         "Council's own financial management.</p>"
         "<p>The Committee asked questions and made comments as follows:</p>"
         "<ul>"
         "<li>Councillor Tanswell asked why car parking income was still below budget when the new tariffs had been "
         "in place since the spring. The Deputy Chief Executive explained that the new tariffs had been introduced six "
         "weeks later than planned because of the statutory notice period, and that usage in Fosswick had fallen since "
         "the closure of the town's last bank branch. Around half of the shortfall was expected to be recovered over "
         "the summer months.</li>"
         "<li>Councillor Quereshi expressed concern that the cost of bed and breakfast accommodation was now higher than "
         "the whole of the homelessness prevention budget. The Cabinet Member for Finance acknowledged this and said "
         "that buying more temporary accommodation was the most effective way to bring the cost down, which was "
         "covered in a later item on the agenda.</li>"
         "<li>Councillor Whitlock asked whether the forecast took account of the national pay award for 2025/26. The "
         "Deputy Chief Executive confirmed that the forecast assumed a pay award of 3.2%, in line with the offer made by "
         "the national employers, and that each further 1% would cost the Council about &pound;95,000 a year.</li>"
         "<li>Councillor Penrose requested that future reports show the one-off costs of the Vantage transition "
         "separately from the service budgets, so that Members could track them. The Deputy Chief Executive agreed to "
         "do so from the Quarter Two report onwards.</li>"
         "<li>Councillor Ogunleye asked what the disclaimed audit opinion would mean in practice for residents. The "
         "Deputy Chief Executive said that it did not affect the services residents received, and that a briefing note "
         "would be circulated to all Members ahead of the Audit and Governance Committee in October.</li>"
         "<li>Councillor Sallis commented that the Council's reserves could not sustain another year of overspending "
         "on temporary accommodation at this level, and that the savings plan needed to be seen by Members before "
         "Cabinet took any decisions on it.</li>"
         "</ul>"
         "<p>Councillor Penrose proposed, and Councillor Whitlock seconded, a recommendation to Cabinet that the savings "
         "plan be brought to this Committee before it was considered by Cabinet. On being put to the vote, this was "
         "agreed.</p>"
         "<p><strong>RESOLVED:</strong> That the Overview and Scrutiny Committee:</p>"
         "<ol><li>NOTED the financial performance of the Council for Quarter One of 2025/26; and</li>"
         "<li>RECOMMENDED to Cabinet that the savings plan to address the temporary accommodation overspend is "
         "presented to the Overview and Scrutiny Committee before it is considered by Cabinet.</li></ol>"
         "<p><strong>Voting record:</strong></p><p>For 10, Against 0, Abstain 0, Absent 1</p>",
         docs_list([("27731", "Appendix A - Revenue Budget Monitoring Q1 2025-26", "188 KB"),
                    ("27732", "Appendix B - Capital Programme Monitoring Q1 2025-26", "142 KB"),
                    ("27733", "Appendix C - Treasury Management Q1 2025-26", "121 KB")])),
    item("49", "Vantage Partnership Transition - Progress Update",
         "<p><strong>Purpose</strong></p><p>To update the Committee on the transfer of services and staff from Vantage "
         "Partnership Ltd to the Council, which is due to complete on 1 November 2025.</p>"
         "<p><strong>Recommendation</strong></p><p>That the Committee notes the progress made and considers whether it "
         "wishes to make any recommendations to Cabinet.</p>",
         "<p>The Leader of the Council, Councillor Tim Fairhurst, introduced the item. He reminded Members that in "
         "December 2024 Council had agreed to bring most of the services delivered by Vantage Partnership Ltd, the "
         "company jointly owned by the Council and its two partner councils, back under the Council's direct control. "
         "The first phase, covering 183 staff in finance, revenues and benefits, ICT and customer services, had "
         "transferred to the Council on 1 July 2025 under the TUPE regulations. The second phase, covering 96 staff in "
         "planning, environmental health and housing, would transfer on 1 November 2025. The Chief Executive then gave "
         "a presentation on progress, covering the new management structure, the pay and grading review, the novation "
         "of contracts and software licences, and the arrangements for the services that would remain shared between "
         "the three councils.</p>"
         "<p>In the discussion that followed:</p>"
         "<p>Councillor Barraclough asked how many posts were vacant in the services that had already transferred and "
         "whether agency staff were being used to cover them. The Chief Executive responded that there were 14 vacant "
         "posts across the transferred services, mostly in ICT, and that four of these were being covered by agency "
         "staff. Recruitment had improved since the Council had been able to advertise posts in its own name.</p>"
         "<p>Councillor Fairley raised concerns about staff morale during such a long period of change, referring to the "
         "staff survey carried out in May in which only 41% of those who responded said that they felt well informed. "
         "The Chief Executive acknowledged that communication with staff had not always been good enough, and said that "
         "a programme of monthly staff briefings had been running since July. A short pulse survey would be carried out "
         "in October and the results shared with the Committee.</p>"
         "<p>Councillor Hambling queried whether the one-off transition costs of &pound;1.45 million were still within the "
         "budget agreed by Council. The Deputy Chief Executive and Chief Finance Officer confirmed that they were, and "
         "that &pound;310,000 of the contingency had been committed so far, mainly on ICT separation and legal advice.</p>"
         "<p>Councillor Sallis asked who would be accountable for the services that would remain shared after November, "
         "and how the Committee would be able to scrutinise them. The Director of Governance and Development explained "
         "that the shared services would be governed by an inter-authority agreement overseen by a joint member board "
         "made up of the three Leaders, and that the board's agendas and minutes would be published. The Leader added "
         "that he would be happy to attend the Committee to answer questions on the work of the joint board.</p>"
         "<p>Councillor Ogunleye commented that the experience of Vantage showed the risk of placing council services in "
         "a company at arm's length from elected Members, and asked that the lessons learned review promised in the "
         "original Council report be brought to this Committee before the end of the municipal year.</p>"
         "<p>The Chair thanked the Leader and the Chief Executive for the update.</p>"
         "<p><strong>RESOLVED:</strong> That the Overview and Scrutiny Committee NOTED the progress of the Vantage "
         "transition and requested that the results of the October staff pulse survey are reported to its December "
         "meeting.</p>"
         "<p><strong>Voting record:</strong></p><p>For 10, Against 0, Abstain 0, Absent 1</p>",
         docs_list([("27740", "Vantage Transition presentation - September 2025", "1 MB")])),
    item("50", "Homelessness and Temporary Accommodation Update",
         "<p><strong>Purpose</strong></p><p>To provide an update on demand for the homelessness service, the use of "
         "temporary accommodation and progress with the Temporary Accommodation Acquisition Programme.</p>"
         "<p><strong>Recommendation</strong></p><p>That the Committee notes the report.</p>",
         "<p>The Cabinet Member for Housing and Planning, Councillor Priya Menon, introduced the report and the Housing "
         "Manager gave a summary of the main points. The number of households approaching the Council as homeless or "
         "threatened with homelessness had risen by 23% compared with the same period last year, and the ending of "
         "private rented tenancies remained the most common reason for approaches. At the end of July there were 46 "
         "households in temporary accommodation, including 19 families with children, of whom 11 were in bed and "
         "breakfast accommodation and three had been there for longer than the six-week legal limit. The Council had "
         "completed the purchase of four properties under the acquisition programme, funded in part through the Local "
         "Authority Housing Fund, and had a further five under offer. The Housing Manager explained that the team had "
         "also seen more approaches from people leaving hospital and from people with complex needs, including mental "
         "health and substance misuse, and that the single homelessness pathway commissioned jointly with the County "
         "Council was under considerable pressure.</p>"
         "<p>Members raised the following points:</p>"
         "<p>a) Councillor Whitlock asked whether families placed in accommodation outside the district were able to "
         "keep their children at the same school. The Housing Manager advised that the Council tried to place families "
         "within reach of their children's schools, and that home to school transport could be requested from the "
         "County Council, although this was not always agreed.</p>"
         "<p>b) Councillor Quereshi asked what support was available for single people with mental health needs who "
         "were sleeping rough. The Housing Manager explained that the Council funded an outreach worker through the "
         "Rough Sleeping Initiative who worked alongside the county's community mental health teams, although waiting "
         "times for assessments could be long.</p>"
         "<p>c) Councillor Penrose asked whether more landlords could be persuaded to let homes to the Council for use as "
         "temporary accommodation. The Cabinet Member responded that the landlord incentive scheme had been refreshed in "
         "June and three landlords had signed up, but that rents in the district were well above the Local Housing "
         "Allowance, which made it hard to compete.</p>"
         "<p>d) Councillor Hambling raised the condition of some of the temporary accommodation in Churnbury, where he had "
         "received reports of damp and mould, and asked how often the units were inspected. The Assistant Director for "
         "Resident Services confirmed that every unit was inspected before each new placement and that the Council was "
         "preparing for the requirements of Awaab's Law to be extended to temporary accommodation.</p>"
         "<p>e) Councillor Fairley requested that future updates include the number of households placed in bed and "
         "breakfast for longer than six weeks and the length of each stay.</p>"
         "<p>The Chair thanked the Housing team for their work in what were very difficult circumstances, and the "
         "Committee noted the report.</p>"),
    item("51", "Leisure and Culture Contract - Annual Performance Review 2024/25",
         "<p><strong>Purpose</strong></p><p>To review the performance of Activo Leisure Trust in delivering the "
         "Council's leisure and culture contract in 2024/25, the second year of the ten-year contract.</p>"
         "<p><strong>Recommendation</strong></p><p>That the Committee scrutinises the performance of the contract and "
         "makes any comments or recommendations to Cabinet.</p>",
         "<p>The Business Manager - Leisure and Communities introduced the report, and Claire Jennings, Regional Director "
         "of Activo Leisure Trust, presented the Trust's annual review. Visits across the four leisure centres had "
         "increased to 812,000, 9% above the previous year, and memberships had recovered to above their pre-pandemic "
         "level. The management fee payable to the Council had been &pound;186,000, below the &pound;240,000 set out in "
         "the contract, because of energy costs, the risk of which was shared between the Council and the Trust. The "
         "Trust had delivered the exercise on referral scheme to 640 residents referred by their GP practice, and had "
         "started a falls prevention programme for older people at Fosswick and Windcombe in partnership with the "
         "community health teams.</p>"
         "<p>Councillor Tanswell asked whether the Council was getting value for money from the contract now that the "
         "management fee was lower than had been expected. Ms Jennings explained that energy prices had fallen since the "
         "peak in 2023 and that the Trust expected to pay the full fee from 2026/27. The Business Manager added that the "
         "contract provided for an open-book review of energy costs each year, and that the review for 2024/25 had been "
         "completed.</p>"
         "<p>Councillor Sallis asked about the learner pool at Lechmoor Leisure Centre, which had been closed for five "
         "weeks in the spring. Ms Jennings said that the closure had been caused by the failure of a pump which had taken "
         "longer to replace than expected, and apologised to the swimming clubs and schools that had been affected.</p>"
         "<p>Councillor Fairley commented that the open-air lido in Lechmoor was run entirely by volunteers and received "
         "no support through the contract, and asked whether the Trust could help with lifeguard training. Ms Jennings "
         "agreed to meet the Friends of Lechmoor Lido to discuss what help the Trust could give.</p>"
         "<p>Councillor Whitlock sought clarification on whether the Trust paid its staff the Real Living Wage, as the "
         "Council did. Ms Jennings confirmed that all staff aged 18 and over were paid at least the Real Living Wage and "
         "that the Trust had been accredited by the Living Wage Foundation in 2024.</p>"
         "<p>Councillor Ogunleye questioned whether the Council had considered running leisure services itself when "
         "the contract was let, given the decision it had since taken on Vantage. The Cabinet Member for Leisure and "
         "Communities, Councillor Sue Abbotsley, responded that an options appraisal had been carried out in 2022 and "
         "that the Trust model had been chosen because of the savings on business rates and VAT, which would not be "
         "available to an in-house service.</p>"
         "<p>Councillor Quereshi asked whether the falls prevention programme could be extended to the villages in the "
         "north of the district, where there was no leisure centre.</p>"
         "<p><strong>RESOLVED:</strong> That the Overview and Scrutiny Committee:</p>"
         "<ol><li>NOTED the annual performance review of the leisure and culture contract for 2024/25; and</li>"
         "<li>ASKED the Business Manager - Leisure and Communities to report back to a future meeting on the outcome of "
         "the discussions with the Friends of Lechmoor Lido.</li></ol>"
         "<p><strong>Voting record:</strong></p><p>For 10, Against 0, Abstain 0, Absent 1</p>",
         docs_list([("27751", "Annex A - Activo Leisure Trust Annual Review 2024-25", "2 MB"),
                    ("27752", "Annex B - Contract Key Performance Indicators 2024-25", "96 KB")])),
    item("52", "Overview and Scrutiny Committee Work Plan 2025/26 and Cabinet Forward Plan",
         "<p>To note the Committee's work plan for 2025/26 and the Cabinet Forward Plan, and to identify any items "
         "for pre-decision scrutiny.</p>",
         "<p>The Senior Democratic Services Officer introduced the work plan and the following changes were agreed:</p>"
         "<ul><li>the savings plan for temporary accommodation to be added to the November meeting;</li>"
         "<li>the results of the staff pulse survey to be added to the December meeting;</li>"
         "<li>the Local Plan Regulation 19 consultation to be moved from October to January, in line with the "
         "revised timetable.</li></ul>"
         "<p>Councillor Barraclough asked whether the Committee could carry out pre-decision scrutiny of the new Car "
         "Parking Strategy, which was on the Forward Plan for Cabinet in December. The Senior Democratic Services "
         "Officer said that this would be added to the agenda for the November meeting.</p>"
         "<p>Councillor Quereshi requested an item on access to GP and dental services in the north of the district, "
         "following the closure of the Windcombe branch surgery in July. The Chair said that she would write to the "
         "Churn and Severn Integrated Care Board to invite representatives to attend a meeting early in the new year.</p>"
         "<p><strong>RESOLVED:</strong> To AGREE the work plan for 2025/26, subject to the changes set out above, and "
         "to NOTE the Cabinet Forward Plan.</p>",
         docs_list([("27760", "OSC Work Plan 2025-26 September update", "64 KB"),
                    ("27761", "Cabinet Forward Plan September 2025", "210 KB")])),
]

TAIL = """<p class="mgMinutesClose">The Meeting commenced at 4.00 pm and closed at 6.41 pm</p>
<p class="mgMinutesClose">Chair</p>
<p class="mgMinutesClose">(END)</p>
</main>
</div>
<footer class="site-footer">
<ul>
<li><a href="https://www.churnwold.gov.uk/contact-us">Contact us</a></li>
<li><a href="https://www.churnwold.gov.uk/accessibility-statement">Accessibility statement</a></li>
<li><a href="https://www.churnwold.gov.uk/privacy">Privacy notice</a></li>
<li><a href="https://www.churnwold.gov.uk/cookies">Cookies</a></li>
<li><a href="https://www.churnwold.gov.uk/council-and-democracy/transparency">Transparency</a></li>
</ul>
<p>Churnwold District Council, Abbey House, Dyer Street, Churnbury, GL7 9QQ. Telephone 01285 771000</p>
<p>&copy; Churnwold District Council 2025</p>
<p class="mgPoweredBy"><a href="https://www.moderngov.co.uk/">Powered by Modern.gov</a></p>
</footer>
</body></html>
"""


def minutes_html() -> str:
    table = ['<h2 class="mgSectionTitle">Items</h2>',
             '<table class="mgItemTable" summary="Table of items">',
             '<tr><th class="mgItemNumberHeader">No.</th><th class="mgItemHeader">Item</th></tr>']
    table += ITEMS
    table.append('</table>')
    html = HEAD + ATTENDANCE + "\n".join(table) + "\n" + TAIL
    # a browser's saved page keeps the line breaks ModernGov writes between block elements
    return re.sub(r"></?(p|li|ul|ol|div|tr|td|th|table)\b", lambda m: ">\n" + m.group(0)[1:], html)


# ---------------------------------------------------------------------------
# The document that is not minutes: a Cabinet report (PDF)
# ---------------------------------------------------------------------------

REPORT_COVER = [
    ("Council name", "CHURNWOLD DISTRICT COUNCIL"),
    ("Name and date of Committee", "CABINET - 2 OCTOBER 2025"),
    ("Subject", "LEISURE AND CULTURE CONTRACT - ANNUAL PERFORMANCE REVIEW 2024/25 AND COMMENTS OF THE "
                "OVERVIEW AND SCRUTINY COMMITTEE"),
    ("Wards affected", "All"),
    ("Accountable member", "Councillor Sue Abbotsley, Cabinet Member for Leisure and Communities\n"
                           "Email: democratic@churnwold.gov.uk"),
    ("Accountable officer", "Jonathan Stride, Director of Communities and Place"),
    ("Report author", "Martin Dowsett, Business Manager - Leisure and Communities"),
    ("Summary/Purpose", "To report on the performance of Activo Leisure Trust in the second year of the leisure "
                        "and culture contract and to set out the comments of the Overview and Scrutiny Committee "
                        "made at its meeting on 8 September 2025."),
    ("Annexes", "Annex A - Activo Leisure Trust Annual Review 2024/25\n"
                "Annex B - Contract Key Performance Indicators 2024/25"),
    ("Recommendation(s)", "That Cabinet resolves to:\n"
                          "1. Note the performance of the leisure and culture contract in 2024/25;\n"
                          "2. Agree that the open-book review of energy costs continues for 2025/26; and\n"
                          "3. Ask officers to explore with the Trust how the falls prevention programme could be "
                          "offered in the north of the district."),
    ("Corporate priorities", "Supporting Healthy and Active Communities\nDelivering Good Services"),
    ("Key Decision", "NO"),
    ("Exempt", "NO"),
    ("Consultees/ Consultation", "Chief Executive, Deputy Chief Executive and Chief Finance Officer, Director of "
                                 "Governance and Development, Cabinet Member for Leisure and Communities, "
                                 "Activo Leisure Trust"),
]

REPORT_SECTIONS = [
    ("1. EXECUTIVE SUMMARY", [
        "1.1 The leisure and culture contract with Activo Leisure Trust began on 1 April 2023 and runs for ten years, "
        "with an option to extend for a further five. It covers the four leisure centres at Churnbury, Fosswick, "
        "Lechmoor and Windcombe, the Churnbury Museum and the community sports development programme.",
        "1.2 Performance in 2024/25 was good overall. Visits rose by 9% to 812,000 and memberships are now above "
        "their pre-pandemic level. The management fee paid to the Council was £186,000 against a contract sum of "
        "£240,000, the difference being the Council's share of higher energy costs under the risk-share mechanism.",
    ]),
    ("2. BACKGROUND", [
        "2.1 The contract was awarded following a competitive procurement in 2022. An options appraisal considered "
        "in-house delivery, a local authority trading company and an external operator, and concluded that a "
        "charitable trust offered the best value because of the relief available on business rates and VAT.",
        "2.2 The contract requires the operator to produce an annual review, which is considered by the Overview "
        "and Scrutiny Committee before it is reported to Cabinet.",
    ]),
    ("3. PERFORMANCE IN 2024/25", [
        "3.1 Of the 22 key performance indicators in the contract, 18 were met, three were within 5% of target and "
        "one, the availability of the learner pool at Lechmoor, was missed because of the closure in March and April "
        "2025 following a pump failure.",
        "3.2 The exercise on referral scheme received 640 referrals from GP practices, and 71% of those who started "
        "the twelve-week programme completed it. A falls prevention programme began in January 2025 at Fosswick and "
        "Windcombe.",
    ]),
    ("4. COMMENTS OF THE OVERVIEW AND SCRUTINY COMMITTEE", [
        "4.1 The Committee considered the annual review on 8 September 2025. The questions raised by Members and the "
        "responses given are summarised in the table below.",
    ]),
]

REPORT_TABLE = [
    ("Question or comment from the Committee", "Response"),
    ("Is the Council getting value for money now that the management fee is lower than expected?",
     "Energy prices have fallen since 2023 and the Trust expects to pay the full fee from 2026/27. An open-book "
     "review of energy costs is carried out each year."),
    ("Could the Trust support the volunteer-run lido at Lechmoor with lifeguard training?",
     "The Trust has met the Friends of Lechmoor Lido and will offer places on its lifeguard courses at cost."),
    ("Does the Trust pay the Real Living Wage?",
     "Yes. All staff aged 18 and over are paid at least the Real Living Wage and the Trust is accredited."),
    ("Could the falls prevention programme be extended to villages in the north of the district?",
     "Officers will explore this with the Trust and the community health teams (see recommendation 3)."),
]

REPORT_TAIL = [
    ("5. FINANCIAL IMPLICATIONS", [
        "5.1 The reduced management fee of £186,000 was reflected in the 2024/25 outturn. The budget for 2025/26 "
        "assumes a fee of £215,000. There are no further financial implications arising from this report.",
    ]),
    ("6. LEGAL IMPLICATIONS", [
        "6.1 The Council has a duty under the contract to monitor the operator's performance. The recommendations "
        "are within the terms of the contract and do not require a variation.",
    ]),
    ("7. RISK ASSESSMENT", [
        "7.1 The main risk to the contract remains the cost of energy. The risk-share mechanism limits the Council's "
        "exposure to 50% of any increase above the baseline agreed at contract award.",
    ]),
    ("8. EQUALITIES IMPACT", [
        "8.1 An equality impact assessment was completed when the contract was let. No new impacts have been "
        "identified.",
    ]),
    ("9. CLIMATE AND ECOLOGICAL EMERGENCIES IMPLICATIONS", [
        "9.1 The decarbonisation works at Churnbury Leisure Centre, funded by the Public Sector Decarbonisation "
        "Scheme, will reduce the centre's carbon emissions by an estimated 62% when complete in 2026.",
    ]),
    ("10. BACKGROUND PAPERS", [
        "10.1 Overview and Scrutiny Committee, 8 September 2025 - agenda item 11.",
    ]),
]


def build_report(path: Path) -> None:
    from fpdf import FPDF

    class Report(FPDF):
        def header(self):
            self.set_font("Sans", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Churnwold District Council", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 8)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Cabinet 2 October 2025 - Leisure and Culture Contract Annual Review")
    pdf.set_author("Churnwold District Council")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Sans", "", 10)

    w1, w2 = 50, 120
    for label, value in REPORT_COVER:
        pdf.set_font("Sans", "B", 10)
        lines = pdf.multi_cell(w2, 5.5, value, dry_run=True, output="LINES")
        h = max(1, len(lines)) * 5.5 + 2
        if pdf.get_y() + h > pdf.page_break_trigger:
            pdf.add_page()
        x, y = pdf.get_x(), pdf.get_y()
        pdf.multi_cell(w1, h, "", border=1)
        pdf.set_xy(x + 1, y + 1)
        pdf.multi_cell(w1 - 2, 5.5, label)
        pdf.set_font("Sans", "", 10)
        pdf.set_xy(x + w1, y)
        pdf.multi_cell(w2, h, "", border=1)
        pdf.set_xy(x + w1 + 1, y + 1)
        pdf.multi_cell(w2 - 2, 5.5, value)
        pdf.set_xy(x, y + h)

    def sections(secs):
        for heading, paras in secs:
            pdf.ln(4)
            pdf.set_font("Sans", "B", 11)
            pdf.multi_cell(0, 6, heading, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Sans", "", 10)
            for p in paras:
                pdf.ln(1.5)
                pdf.multi_cell(0, 5.5, p, new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    sections(REPORT_SECTIONS)
    pdf.ln(3)
    with pdf.table(col_widths=(70, 100), line_height=5.5, text_align="LEFT") as table:
        for i, (q, a) in enumerate(REPORT_TABLE):
            row = table.row()
            row.cell(q)
            row.cell(a)
    sections(REPORT_TAIL)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

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
    "committee": "Overview and Scrutiny Committee",
    "meeting_date": "2025-09-08",
    "items": [
        {"number": "41", "title": "Apologies"},
        {"number": "42", "title": "Substitute Members"},
        {"number": "43", "title": "Declarations of Interest"},
        {"number": "44", "title": "Minutes"},
        {"number": "45", "title": "Chair's Announcements"},
        {"number": "46", "title": "Public Questions"},
        {"number": "47", "title": "Member Questions"},
        {"number": "48", "title": "Financial Performance Report 2025/26 Quarter One"},
        {"number": "49", "title": "Vantage Partnership Transition - Progress Update"},
        {"number": "50", "title": "Homelessness and Temporary Accommodation Update"},
        {"number": "51", "title": "Leisure and Culture Contract - Annual Performance Review 2024/25"},
        {"number": "52", "title": "Overview and Scrutiny Committee Work Plan 2025/26 and Cabinet Forward Plan"},
    ],
    "questions": [
        q("44", "question",
          "asked whether the car parking income figures which the Cabinet Member for Finance",
          "Councillor Tanswell",
          "the figures had been delayed and would be circulated with the Quarter One",
          "Senior Democratic Services Officer", ["finance"]),
        q("46", "question",
          "What is the Council doing to bring the empty homes in Lechmoor back",
          "Mr Keith Farrant",
          "Council had purchased four homes for use as temporary accommodation since April 2025",
          "Cabinet Member for Housing and Planning", ["housing", "patient-and-public-input"]),
        q("46", "question",
          "owned by the Council or by a housing association",
          "Mr Farrant",
          "undertook to provide Mr Farrant with a written response",
          "Cabinet Member", ["housing", "patient-and-public-input"]),
        q("48", "question",
          "asked why car parking income was still below budget when the new tariffs",
          "Councillor Tanswell",
          "the new tariffs had been introduced six weeks later than planned",
          "Deputy Chief Executive", ["finance"]),
        q("48", "concern",
          "expressed concern that the cost of bed and breakfast accommodation was now higher",
          "Councillor Quereshi",
          "buying more temporary accommodation was the most effective way to bring the cost down",
          "Cabinet Member for Finance", ["finance", "housing"]),
        q("48", "question",
          "asked whether the forecast took account of the national pay award for 2025/26",
          "Councillor Whitlock",
          "the forecast assumed a pay award of 3.2%, in line with the offer",
          "Deputy Chief Executive", ["finance", "workforce"]),
        q("48", "request",
          "requested that future reports show the one-off costs of the Vantage transition",
          "Councillor Penrose",
          "agreed to do so from the Quarter Two report onwards",
          "Deputy Chief Executive", ["finance"]),
        q("48", "question",
          "asked what the disclaimed audit opinion would mean in practice for residents",
          "Councillor Ogunleye",
          "it did not affect the services residents received, and that a briefing note",
          "Deputy Chief Executive", ["governance", "finance"]),
        q("48", "comment",
          "reserves could not sustain another year of overspending on temporary accommodation",
          "Councillor Sallis", None, None, ["finance", "housing"]),
        q("49", "question",
          "asked how many posts were vacant in the services that had already transferred",
          "Councillor Barraclough",
          "there were 14 vacant posts across the transferred services, mostly in ICT",
          "Chief Executive", ["workforce"]),
        q("49", "concern",
          "raised concerns about staff morale during such a long period of change",
          "Councillor Fairley",
          "acknowledged that communication with staff had not always been good enough",
          "Chief Executive", ["workforce"]),
        q("49", "question",
          "queried whether the one-off transition costs of £1.45 million were still within",
          "Councillor Hambling",
          "310,000 of the contingency had been committed so far, mainly on ICT separation",
          "Deputy Chief Executive and Chief Finance Officer", ["finance"]),
        q("49", "question",
          "asked who would be accountable for the services that would remain shared",
          "Councillor Sallis",
          "governed by an inter-authority agreement overseen by a joint member board",
          "Director of Governance and Development", ["governance"]),
        q("49", "comment",
          "the experience of Vantage showed the risk of placing council services in",
          "Councillor Ogunleye", None, None, ["governance", "privatisation"]),
        q("50", "question",
          "asked whether families placed in accommodation outside the district were able to",
          "Councillor Whitlock",
          "tried to place families within reach of their children's schools",
          "Housing Manager", ["housing", "children-and-families"]),
        q("50", "question",
          "what support was available for single people with mental health needs",
          "Councillor Quereshi",
          "funded an outreach worker through the Rough Sleeping Initiative who worked alongside",
          "Housing Manager", ["housing", "mental-health"]),
        q("50", "question",
          "asked whether more landlords could be persuaded to let homes to the Council",
          "Councillor Penrose",
          "the landlord incentive scheme had been refreshed in June and three landlords",
          "Cabinet Member", ["housing"]),
        q("50", "question",
          "raised the condition of some of the temporary accommodation in Churnbury",
          "Councillor Hambling",
          "every unit was inspected before each new placement",
          "Assistant Director for Resident Services", ["housing"]),
        q("50", "request",
          "requested that future updates include the number of households placed in bed",
          "Councillor Fairley", None, None, ["housing"]),
        q("51", "question",
          "asked whether the Council was getting value for money from the contract",
          "Councillor Tanswell",
          "energy prices had fallen since the peak in 2023 and that the Trust",
          "Ms Jennings", ["finance", "subcontracting"]),
        q("51", "question",
          "asked about the learner pool at Lechmoor Leisure Centre, which had been closed",
          "Councillor Sallis",
          "the closure had been caused by the failure of a pump",
          "Ms Jennings", []),
        q("51", "request",
          "asked whether the Trust could help with lifeguard training",
          "Councillor Fairley",
          "agreed to meet the Friends of Lechmoor Lido to discuss what help",
          "Ms Jennings", []),
        q("51", "question",
          "sought clarification on whether the Trust paid its staff the Real Living Wage",
          "Councillor Whitlock",
          "all staff aged 18 and over were paid at least the Real Living Wage",
          "Ms Jennings", ["workforce"]),
        q("51", "question",
          "questioned whether the Council had considered running leisure services itself when",
          "Councillor Ogunleye",
          "the Trust model had been chosen because of the savings on business rates",
          "Cabinet Member for Leisure and Communities", ["privatisation", "subcontracting", "finance"]),
        q("51", "question",
          "whether the falls prevention programme could be extended to the villages",
          "Councillor Quereshi", None, None, ["public-health"]),
        q("52", "question",
          "asked whether the Committee could carry out pre-decision scrutiny of the new Car",
          "Councillor Barraclough",
          "this would be added to the agenda for the November meeting",
          "Senior Democratic Services Officer", ["governance"]),
        q("52", "request",
          "requested an item on access to GP and dental services in the north",
          "Councillor Quereshi",
          "would write to the Churn and Severn Integrated Care Board to invite representatives",
          "Chair", ["primary-care"]),
    ],
    "resolutions": [
        r("44", "To APPROVE the minutes of the meeting held on 7 July 2025", "agreed", []),
        r("48", "RECOMMENDED to Cabinet that the savings plan to address the temporary accommodation overspend",
          "recommended", ["finance", "housing"]),
        r("49", "NOTED the progress of the Vantage transition and requested that the results",
          "agreed", ["workforce"]),
        r("50", "very difficult circumstances, and the Committee noted the report", "noted", ["housing"]),
        r("51", "NOTED the annual performance review of the leisure and culture contract for 2024/25",
          "agreed", ["subcontracting"]),
        r("52", "To AGREE the work plan for 2025/26, subject to the changes", "agreed", []),
    ],
    "attendees": [
        a("Harriet Ellwood", "Chair", "present"),
        a("Tom Barraclough", "Vice-Chair", "present"),
        a("Steve Hambling", None, "present"),
        a("Rosalind Fairley", None, "present"),
        a("Mark Ogunleye", None, "present"),
        a("Caroline Penrose", None, "present"),
        a("Nadia Quereshi", None, "present"),
        a("Imogen Sallis", None, "present"),
        a("Philip Tanswell", None, "present"),
        a("Daniel Whitlock", None, "present"),
        a("Oliver Dunstan", None, "apologies"),
        a("Julia Ramsbottom", None, "apologies"),
        a("Rachel Venn", "Chief Executive", "in_attendance"),
        a("Fiona Carrow", "Deputy Chief Executive and Chief Finance Officer", "in_attendance"),
        a("Nicola Brayshaw", "Director of Governance and Development (Monitoring Officer)", "in_attendance"),
        a("Kerry Ballinger", "Assistant Director for Resident Services", "in_attendance"),
        a("Ben Atwal", "Housing Manager", "in_attendance"),
        a("Martin Dowsett", "Business Manager - Leisure and Communities", "in_attendance"),
        a("Lucy Amberton", "Head of Democratic and Electoral Services", "in_attendance"),
        a("Sam Whitcombe", "Senior Democratic Services Officer", "in_attendance"),
        a("Councillor Tim Fairhurst", "Leader of the Council", "in_attendance"),
        a("Councillor Alan Kershaw", "Cabinet Member for Finance", "in_attendance"),
        a("Councillor Priya Menon", "Cabinet Member for Housing and Planning", "in_attendance"),
        a("Councillor Sue Abbotsley", "Cabinet Member for Leisure and Communities", "in_attendance"),
        a("Claire Jennings", "Regional Director, Activo Leisure Trust", "in_attendance"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(minutes_html(), encoding="utf-8")
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\nwrote 2 gold files in {GOLD}")


def doc_text(path: Path) -> str:
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
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def norm(s: str, punct_to: str) -> str:
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", punct_to, s)
    return re.sub(r"\s+", " ", s).strip()


def check() -> int:
    errors = 0
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        path = DOCS / gold["document"]
        if not path.exists():
            print(f"MISSING {path}")
            errors += 1
            continue
        text = doc_text(path)
        variants = [norm(text, ""), norm(text, " ")]
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["item"], row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["item"], row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["item"], row["text"]))
        for kind, it, phrase in phrases:
            n_words = len(phrase.split())
            counts = [f" {v} ".count(f" {norm(phrase, p)} ") for v, p in zip(variants, ("", " "))]
            ok = all(c == 1 for c in counts) and 6 <= n_words <= 15
            if not ok:
                errors += 1
                print(f"FAIL {gold['document']} item {it} {kind}: {phrase!r} counts={counts} words={n_words}")
        item_numbers = {i["number"] for i in gold.get("items", [])}
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            if row["item"] not in item_numbers:
                errors += 1
                print(f"FAIL unknown item {row['item']}")
        for att in gold.get("attendees", []):
            if norm(att["name"], " ") not in variants[1]:
                errors += 1
                print(f"FAIL attendee not found: {att['name']}")
        print(f"{gold['document']}: {len(phrases)} phrases checked")
    print("check passed" if not errors else f"check FAILED: {errors} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
