#!/usr/bin/env python3
"""Build the "nt-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_nt.py           build documents/nt-* and gold/nt-*.json
        build_nt.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import string
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_FILE = "nt-dunmarsh-health-wellbeing-board-2025-03-19.html"
REPORT_FILE = "nt-dunmarsh-hwb-report-health-wellbeing-strategy-annual-update-2025.pdf"

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DATE = dt.datetime(2025, 3, 11, 9, 30, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------------------------------
# The minutes: a saved ModernGov meeting page
# ---------------------------------------------------------------------------------------

MG = "https://democracy.dunmarsh.gov.uk"


def doc_link(title: str, size: str, doc_id: int) -> str:
    fname = re.sub(r"[^A-Za-z0-9]+", "%20", title).strip("%20")
    return (f'<li><a href="{MG}/documents/s{doc_id}/{fname}.pdf" '
            f'class="mgWordLink" title="Link to document \'{title}\' ({size})">'
            f'<img src="{MG}/mgimages/pdf.gif" alt="PDF" />&nbsp;{title}</a> '
            f'<span class="mgFileSize">PDF {size}</span></li>')


def item_row(number: str, title: str, body: str, docs: str = "", agenda_text: str = "") -> str:
    parts = [
        '<tr>',
        f'<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{number}</p></td>',
        '<td>',
        f'<p class="mgAiTitleTxt"><a name="AI{number.rstrip(".")}"></a>{title}</p>',
    ]
    if docs:
        parts.append(f'<ul class="mgActionList">{docs}</ul>')
    if agenda_text:
        parts.append(f'<div class="mgWordPara">{agenda_text}</div>')
    parts.append('<div class="mgWordPara"><p class="mgSubItemTitleTxt">Minutes:</p>')
    parts.append(body)
    parts.append('</div>')
    parts.append('</td>')
    parts.append('</tr>')
    return "\n".join(parts)


def p(text: str, style: str = "") -> str:
    st = f' style="{style}"' if style else ""
    return f'<p class="MsoNormal"{st}>{text}</p>'


def clause(num: str, text: str) -> str:
    return (f'<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-36.0pt">'
            f'<span style="mso-list:Ignore">{num}<span style="font:7.0pt &quot;Times New Roman&quot;">'
            f'&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>{text}</p>')


EMPTY = '<p class="MsoNormal">&nbsp;</p>'

ITEMS_HTML = []

ITEMS_HTML.append(item_row("41.", "WELCOME AND INTRODUCTIONS", "\n".join([
    p("The Chair welcomed everyone to the meeting and those watching the webcast."),
    p("The Chair also welcomed Chief Superintendent Marcus Oyelaran, who had recently taken up "
      "the role of Local Policing Commander for Dunmarsh, to his first meeting of the Board."),
])))

ITEMS_HTML.append(item_row("42.", "APOLOGIES", "\n".join([
    p("Apologies for absence were received from Councillor Ruth Kinsella, Gillian Thwaite "
      "(Chief Executive, Dunmarsh University Teaching Hospitals NHS Foundation Trust) and Amir "
      "Qureshi (Merrowside Fire and Rescue Service)."),
    p("Alan Fairhurst, Chief Operating Officer, attended as substitute for Gillian Thwaite."),
])))

ITEMS_HTML.append(item_row("43.", "DECLARATIONS OF INTEREST", "\n".join([
    p("Members were asked to consider whether they had any disclosable pecuniary interests "
      "and/or any other relevant interest in connection with any item(s) on the agenda and, if "
      "so, to declare them and state the nature of the interest."),
    p("Councillor Helen Carr declared a personal interest in item 7, Dunmarsh Place Based "
      "Partnership Update, by virtue of her daughter being employed by Dunmarsh University "
      "Teaching Hospitals NHS Foundation Trust."),
])))

ITEMS_HTML.append(item_row("44.", "MINUTES", "\n".join([
    p("<b>Resolved</b> &ndash; That the minutes of the meeting held on 15 January 2025 be "
      "approved and adopted as a correct record."),
]), docs=doc_link("Minutes , 15/01/2025 Health and Wellbeing Board", "214 KB", 118204)))

PQ_AGENDA = "\n".join([
    p("Notice of question to be given in writing or by email by 12 noon, Friday 14 March 2025 to "
      "the Council&rsquo;s Monitoring Officer via this link: "
      f'<a href="{MG}/mgEPetitionListDisplay.aspx">Public Question Form</a> and to be dealt with '
      "in accordance with Standing Order 10."),
    p("For more information on how your personal information will be used, please see this link: "
      f'<a href="{MG}/documents/s50091066/Data%20Protection%20Protocol.pdf">Document Data '
      "Protection Protocol for Public Questions and Statements</a>"),
    p("Please telephone the Committee Services Officer if you have not received an "
      "acknowledgement of your question by the deadline for submission."),
])

ITEMS_HTML.append(item_row("45.", "PUBLIC QUESTIONS", "\n".join([
    p("The Chair reported that one public question had been received, from Mrs Carol Whitfield, "
      "as follows:"),
    p("<i>&ldquo;Residents in Eastcliffe have lost two community pharmacies in the past eighteen "
      "months and the nearest one is now closed after half past five. What will the Health and "
      "Wellbeing Board do to make sure that people in Eastcliffe can get their prescriptions and "
      "urgent medicines in the evenings and at weekends?&rdquo;</i>",
      "margin-left:36.0pt"),
    p("The Chair read out the following response:"),
    p("<i>&ldquo;Thank you for your question. The Board is considering the final Pharmaceutical "
      "Needs Assessment at item 8 on this agenda. The assessment has looked in detail at "
      "Eastcliffe and has found that, although there is no gap in necessary services as they "
      "are defined in the regulations, access in the evenings and on Sundays is more limited "
      "than in other parts of the borough. NHS Rivermouth and Dee, which commissions pharmacy "
      "services, has been asked to keep opening hours in the area under review, and a full "
      "written response will be sent to you.&rdquo;</i>",
      "margin-left:36.0pt"),
    p("By way of a supplementary question, Mrs Whitfield asked whether the Board would write to "
      "the Integrated Care Board to ask for an extended hours pharmacy in Eastcliffe. The Chair "
      "agreed to write to the Place Director on behalf of the Board."),
]), agenda_text=PQ_AGENDA))

SP_AGENDA = "\n".join([
    p("Notice of representations to be given in writing or by email by 12 noon, Friday 14 March "
      "2025 to the Council&rsquo;s Monitoring Officer (committeeservices@dunmarsh.gov.uk) and to "
      "be dealt with in accordance with Standing Order 11.1."),
    p("Petitions may be presented to the Board if provided to Democratic and Member Services no "
      "later than 10 working days before the meeting, at the discretion of the Chair. The person "
      "presenting the petition will be allowed to address the meeting briefly (not exceeding "
      "three minutes) to outline the aims of the petition. The Chair will refer the matter to "
      "another appropriate body of the Council within whose terms of reference it falls without "
      "discussion, unless a relevant item appears elsewhere on the Agenda. If a petition contains "
      "more than 5,000 signatures, it will be debated at a subsequent meeting of Council for up "
      "to 15 minutes, at the discretion of the Mayor."),
    p("Please give notice of petitions to committeeservices@dunmarsh.gov.uk in advance of the "
      "meeting."),
])

ITEMS_HTML.append(item_row("46.", "STATEMENTS AND PETITIONS", "\n".join([
    p("The Chair reported that no statements or petitions had been received."),
]), agenda_text=SP_AGENDA))

ITEMS_HTML.append(item_row("47.", "DUNMARSH PLACE BASED PARTNERSHIP UPDATE", "\n".join([
    p("The Place Director (Dunmarsh), NHS Rivermouth and Dee, introduced the report which provided "
      "an update on the work of the Dunmarsh Place Based Partnership Board since the last meeting, "
      "including performance across urgent and emergency care over the winter period, progress on "
      "the Primary Care Access Recovery Plan and the financial position of the Integrated Care "
      "Board for 2025/26. The Board was informed that Kingsmoor Hospital had seen the highest "
      "number of attendances at its Emergency Department on record in January 2025, with an "
      "average of 412 attendances a day, and that the proportion of patients waiting more than "
      "12 hours in the department had risen to 9.4 per cent."),
    p("Members raised concerns about the number of patients who were medically optimised for "
      "discharge but remained in a hospital bed, and asked what was being done to reduce those "
      "delays. The Director of Care and Health advised that the number of people waiting had "
      "fallen from 112 in January to 84 at the start of March, and that additional reablement "
      "capacity had been commissioned from two independent providers through the Better Care "
      "Fund. He added that the Transfer of Care Hub was now operating seven days a week."),
    p("Councillor Jeffers asked why residents in the west of the borough continued to report "
      "difficulty in getting through to their GP practice by telephone at 8.00am. The Associate "
      "Director of Primary Care explained that cloud-based telephony had now been installed in "
      "all but three practices, which allowed calls to be queued and call-backs to be offered, "
      "and that the remaining three practices would move to the new system by the end of May "
      "2025. Councillor Jeffers requested that the Board receive the call answering data for "
      "each practice, and the Associate Director undertook to circulate the figures before the "
      "next meeting."),
    p("In response to a question from a Board member about whether the Integrated Care Board&rsquo;s "
      "financial position would lead to reductions in voluntary sector contracts, the Place "
      "Director stated that no decisions had yet been taken, that the ICB was required to deliver "
      "a balanced budget for 2025/26, and that any proposals affecting commissioned services would "
      "be brought to the Place Based Partnership Board and reported to this Board."),
    p("Karen Doyle, Healthwatch Dunmarsh, commented that patients and carers had told Healthwatch "
      "that they were not always given information about care at home before they left hospital, "
      "and asked that the discharge information leaflet be reviewed with people who had recent "
      "experience of the service. The Place Director welcomed the offer and agreed that "
      "Healthwatch would be involved in the review, which was due to start in April."),
    p("Councillor Pryce expressed concern that the 24-hour mental health crisis line was not well "
      "publicised in the Eastcliffe and Thursfield wards, particularly among older residents and "
      "those who did not use the internet."),
    p("The Chair thanked the Place Director and partners for their work over what had been a very "
      "difficult winter."),
    EMPTY,
    p("<b>Resolved</b> &ndash; That the Dunmarsh Place Based Partnership update report be noted."),
]), docs=doc_link("Dunmarsh Place Based Partnership Update", "398 KB", 118231)
   + doc_link("Appendix 1 - Urgent and Emergency Care Winter Dashboard", "1 MB", 118232)))

ITEMS_HTML.append(item_row("48.", "PHARMACEUTICAL NEEDS ASSESSMENT 2025", "\n".join([
    p("The Consultant in Public Health introduced the report which presented the final draft of the "
      "Dunmarsh Pharmaceutical Needs Assessment (PNA) 2025 for approval. The Board had a statutory "
      "duty to publish a PNA every three years, and the current assessment had been published in "
      "October 2022. A 60-day consultation had run from 2 December 2024 to 31 January 2025 and 41 "
      "responses had been received, the majority of which agreed with the draft findings. The PNA "
      "concluded that there were no gaps in the provision of necessary services in the borough, "
      "although it noted that access on Sundays and after 6.00pm was more limited in Eastcliffe "
      "and Brackendale."),
    p("Members queried how the closure of pharmacies since the consultation closed had been taken "
      "into account. The Consultant in Public Health advised that the two closures in Eastcliffe "
      "had been reflected in the final draft, and that a supplementary statement would be "
      "published if any further closure created a gap in provision."),
    p("In response to a question from Councillor Jeffers about the Pharmacy First service, it was "
      "confirmed that 58 of the borough&rsquo;s 67 community pharmacies were signed up to deliver "
      "it and that uptake had been lowest in the most deprived wards."),
    p("A member asked whether the assessment had considered access for people who did not have a "
      "car, and was advised that travel times by public transport had been modelled and that 98 "
      "per cent of residents lived within 20 minutes of a pharmacy by bus or on foot."),
    p("Councillor Carr commented that the Board should use its response to the national "
      "consultation on the community pharmacy contractual framework to press for funding that "
      "reflected the pressures on smaller independent pharmacies."),
    EMPTY,
    p("On a motion by the Chair, seconded by Councillor Varley, it was &ndash;"),
    p("<b>Resolved (unanimously)</b> &ndash; That"),
    clause("(1)", "the Dunmarsh Pharmaceutical Needs Assessment 2025 be approved for publication; "
                  "and"),
    clause("(2)", "authority be delegated to the Director of Public Health, in consultation with "
                  "the Chair, to make any minor amendments prior to publication and to publish "
                  "supplementary statements where required."),
]), docs=doc_link("Pharmaceutical Needs Assessment 2025", "287 KB", 118240)
   + doc_link("Appendix 1 - Dunmarsh PNA 2025 Final Draft", "3 MB", 118241)
   + doc_link("Appendix 2 - PNA Consultation Report", "512 KB", 118242)))

ITEMS_HTML.append(item_row("49.", "BETTER CARE FUND 2025/26 PLAN", "\n".join([
    p("The Director of Care and Health introduced the report which set out the Better Care Fund "
      "(BCF) Plan for 2025/26, which was required to be submitted to NHS England by 31 March "
      "2025. The total value of the pooled budget for 2025/26 was &pound;61.2 million, including "
      "the Disabled Facilities Grant of &pound;4.3 million and the former Discharge Fund, which had "
      "been consolidated into the main BCF allocation. The plan set out how the Council and NHS "
      "Rivermouth and Dee would meet the national conditions and the two national objectives of "
      "reducing the need for hospital admission and supporting timely discharge."),
    p("Councillor Carr sought clarification on how much of the pooled budget was spent with "
      "independent sector care providers, and whether the fee uplift proposed for 2025/26 "
      "reflected the increase in employers&rsquo; national insurance contributions. The Director of "
      "Care and Health explained that around two thirds of the fund was spent on commissioned "
      "care and support, and that the proposed uplift of 6.8 per cent for home care and "
      "residential care had taken account of the national insurance increase and the rise in the "
      "National Living Wage."),
    p("Members requested that future quarterly reports include outcomes for people 91 days after "
      "they left hospital, and not only activity figures. The Director of Care and Health agreed "
      "that this would be included from the first quarter of 2025/26."),
    p("Joanne Mellor, Community Action Dunmarsh, asked whether the voluntary, community and faith "
      "sector contracts funded through the BCF would be extended beyond March 2026, as several "
      "organisations were finding it difficult to keep staff without longer-term funding. The "
      "Director of Care and Health replied that the intention was to offer two-year extensions, "
      "subject to the outcome of the Spending Review."),
    EMPTY,
    p("The Board approved the Better Care Fund Plan 2025/26 for submission and agreed that any "
      "final changes required by NHS England be signed off by the Director of Care and Health and "
      "the Place Director, in consultation with the Chair."),
]), docs=doc_link("Better Care Fund 2025-26 Plan", "356 KB", 118250)
   + doc_link("Appendix 1 - BCF Planning Template 2025-26", "688 KB", 118251)))

ITEMS_HTML.append(item_row("50.", "DUNMARSH HEALTH AND WELLBEING STRATEGY 2022-2027: ANNUAL PROGRESS "
                           "UPDATE", "\n".join([
    p("The Director of Public Health introduced the annual progress report on the Dunmarsh Health "
      "and Wellbeing Strategy 2022-2027, which set out progress against the five priorities of the "
      "Strategy: giving every child the best start in life, reducing smoking and harm from "
      "alcohol, promoting a healthy weight, good work, and warm, safe homes. Adult smoking "
      "prevalence had fallen from 14.1 per cent to 12.3 per cent, the lowest figure recorded in "
      "the borough, but the gap in healthy life expectancy between the most and least deprived "
      "wards had not narrowed."),
    p("The Chair commented that the fall in smoking rates was very welcome but that a gap in life "
      "expectancy of 11.4 years for men between Brackendale and Hesketh Park remained unacceptable "
      "and should be the main test of whether the Strategy was working."),
    p("Chief Superintendent Oyelaran welcomed the inclusion of alcohol-related harm as a priority "
      "and asked whether ward level data on alcohol-related hospital admissions could be shared "
      "with the Police to support the work of the Community Safety Partnership. The Director of "
      "Public Health agreed to circulate the data after the meeting."),
    p("Councillor Pryce raised concerns about the number of families with young children living "
      "in privately rented homes affected by damp and mould, and asked what enforcement action "
      "had been taken. The Head of Housing Standards advised that 214 improvement notices had "
      "been served in 2024, an increase of 40 per cent on the previous year, and that the "
      "Council&rsquo;s selective licensing scheme in Brackendale and Hallbridge Central had been "
      "renewed for a further five years."),
    p("In response to a question about vaping among secondary school pupils, the Director of "
      "Public Health said that Trading Standards had carried out 46 test purchases at shops near "
      "schools in the last year, resulting in 11 sales to under-age young people, and that the "
      "Council would use the new powers in the Tobacco and Vapes Bill once it became law."),
    p("The Director of Children, Families and Education added that the number of families using "
      "the borough&rsquo;s six family hubs had increased by 23 per cent over the year."),
    EMPTY,
    p("<b>Resolved</b> &ndash; That"),
    clause("(1)", "the progress made in delivering the Dunmarsh Health and Wellbeing Strategy "
                  "2022-2027 be noted; and"),
    clause("(2)", "a further report on the actions being taken to reduce child poverty be brought "
                  "to the Board in September 2025."),
]), docs=doc_link("Health and Wellbeing Strategy Annual Progress Update", "402 KB", 118260)
   + doc_link("Appendix 1 - Strategy Outcomes Dashboard 2024-25", "1 MB", 118261)))

ITEMS_HTML.append(item_row("51.", "HEALTH AND WELLBEING BOARD WORK PROGRAMME", "\n".join([
    p("The Principal Democratic Services Officer introduced the report, which set out the proposed "
      "work programme for the Board for the 2025/26 municipal year. Members were invited to "
      "suggest additional items."),
    p("Members requested that an item on the emotional wellbeing and mental health of children and "
      "young people, including waiting times for CAMHS, be added to the work programme for the "
      "June meeting."),
    p("Councillor Varley asked that the Board also receive the annual report of the Dunmarsh "
      "Safeguarding Adults Partnership Board, which had not been considered by the Board for two "
      "years. The Chair agreed that this would be scheduled for the autumn."),
    EMPTY,
    p("<b>Resolved</b> &ndash; That the Health and Wellbeing Board work programme for 2025/26 be "
      "agreed, subject to the addition of the items requested at the meeting."),
]), docs=doc_link("Health and Wellbeing Board Work Programme", "176 KB", 118270)))


ATTENDANCE_HTML = """
<h2 class="mgSubTitleTxt">Attendance details</h2>
<div class="mgAttendance">
<p class="mgSectionTitle"><b>Present:</b></p>
<table class="mgStatsTable" summary="Members present">
<tr><td>Councillor J Hollis (Chair)</td><td>&nbsp;</td></tr>
<tr><td>Councillors H Carr, S Jeffers, A Pryce and M Varley</td><td>&nbsp;</td></tr>
<tr><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td>Dr Nadia Rahman</td><td>Director of Public Health</td></tr>
<tr><td>Colin Ashworth</td><td>Director of Care and Health</td></tr>
<tr><td>Bridget Lowe</td><td>Director of Children, Families and Education</td></tr>
<tr><td>Stephen Garside</td><td>Place Director (Dunmarsh), NHS Rivermouth and Dee</td></tr>
<tr><td>Alan Fairhurst</td><td>Dunmarsh University Teaching Hospitals NHS Foundation Trust (substitute)</td></tr>
<tr><td>Karen Doyle</td><td>Healthwatch Dunmarsh</td></tr>
<tr><td>Chief Superintendent Marcus Oyelaran</td><td>Northshore Police</td></tr>
<tr><td>Joanne Mellor</td><td>Community Action Dunmarsh</td></tr>
</table>
<p class="mgSectionTitle"><b>In attendance:</b></p>
<table class="mgStatsTable" summary="Officers in attendance">
<tr><td>Lucy Brennan</td><td>Consultant in Public Health</td></tr>
<tr><td>Paul Hetherington</td><td>Associate Director of Primary Care, NHS Rivermouth and Dee</td></tr>
<tr><td>Rachel Dunne</td><td>Head of Housing Standards</td></tr>
<tr><td>Elaine Roberts</td><td>Senior Lawyer</td></tr>
<tr><td>Daniel Sykes</td><td>Principal Democratic Services Officer</td></tr>
</table>
<p class="mgSectionTitle"><b>Apologies:</b></p>
<table class="mgStatsTable" summary="Apologies">
<tr><td>Councillor R Kinsella</td><td>&nbsp;</td></tr>
<tr><td>Gillian Thwaite</td><td>Chief Executive, Dunmarsh University Teaching Hospitals NHS Foundation Trust</td></tr>
<tr><td>Amir Qureshi</td><td>Merrowside Fire and Rescue Service</td></tr>
</table>
</div>
"""


def minutes_html() -> str:
    items = "\n".join(ITEMS_HTML)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=(0081){MG}/ieListDocuments.aspx?CId=1046&amp;MId=11872&amp;Ver=4 -->
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Agenda and minutes - Health and Wellbeing Board - Wednesday, 19th March, 2025 4.00 pm - Dunmarsh Council</title>
<link type="text/css" href="./ieListDocuments_files/mgStyles.css" rel="stylesheet" />
<link type="text/css" href="./ieListDocuments_files/dunmarsh.css" rel="stylesheet" />
<script type="text/javascript" src="./ieListDocuments_files/jquery.min.js"></script>
</head>
<body>
<div id="skiplinks"><a href="#mgMainContent">Skip to content</a></div>
<div id="header">
<a href="https://www.dunmarsh.gov.uk/"><img src="./ieListDocuments_files/dunmarsh-logo.png" alt="Dunmarsh Council" /></a>
<ul id="topnav">
<li><a href="https://www.dunmarsh.gov.uk/">Home</a></li>
<li><a href="{MG}/mgMemberIndex.aspx?bcr=1">Councillors</a></li>
<li><a href="{MG}/ieDocHome.aspx?bcr=1">Committees</a></li>
<li><a href="{MG}/mgCalendarMonthView.aspx?GL=1&amp;bcr=1">Calendar</a></li>
<li><a href="{MG}/mgListPlans.aspx?RPId=277&amp;RD=0">Forward plan</a></li>
<li><a href="{MG}/mgEPetitionListDisplay.aspx?bcr=1">Petitions</a></li>
</ul>
</div>
<div id="breadcrumb">
<a href="https://www.dunmarsh.gov.uk/">Home</a> &gt; <a href="{MG}/ieDocHome.aspx?bcr=1">Committee structure</a> &gt; <a href="{MG}/mgCommitteeDetails.aspx?ID=1046">Health and Wellbeing Board</a> &gt; Meeting
</div>
<div id="mgMainContent">
<div id="modgov">
<div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
<div class="mgSubTitle">
<h2 class="mgSubTitleTxt">Health and Wellbeing Board - Wednesday, 19th March, 2025 4.00 pm</h2>
</div>
<div class="mgLinks">
<ul class="mgActionList">
<li><a href="{MG}/ieListMeetings.aspx?CommitteeId=1046">Other meetings of this committee</a></li>
<li><a href="{MG}/mgCommitteeDetails.aspx?ID=1046">About this committee</a></li>
<li><a href="{MG}/mgMeetingAttendance.aspx?ID=11872">Attendance details</a></li>
</ul>
</div>
<p class="mgMainTxt"><span class="mgLabel">Venue: </span>Committee Room 1 - Hallbridge Town Hall, Church Road, Hallbridge DM44 8ED. <a href="{MG}/mgLocationDetails.aspx?RID=4">View directions</a></p>
<p class="mgMainTxt"><span class="mgLabel">Contact: </span>Daniel Sykes, Principal Democratic Services Officer&nbsp; Tel: 0151 496 0812 Email: <a href="mailto:committeeservices@dunmarsh.gov.uk">committeeservices@dunmarsh.gov.uk</a></p>
<h2 class="mgSubTitleTxt">Media</h2>
<ul class="mgActionList">
<li><a href="https://dunmarsh.public-i.tv/core/portal/webcast_interactive/902144">Webcast for Health and Wellbeing Board, 19/03/2025 16:00</a></li>
</ul>
<h2 class="mgSubTitleTxt">Items</h2>
<table class="mgItemTable" summary="Table of items">
<tr><th class="mgItemNumberCell" scope="col">No.</th><th scope="col">Item</th></tr>
{items}
</table>
{ATTENDANCE_HTML}
<div class="mgPrintLinks">
<ul class="mgActionList">
<li><a href="{MG}/documents/g11872/Public%20reports%20pack%2019th-Mar-2025%2016.00%20Health%20and%20Wellbeing%20Board.pdf?T=10">Agenda reports pack <span class="mgFileSize">PDF 7 MB</span></a></li>
<li><a href="{MG}/documents/g11872/Printed%20minutes%2019th-Mar-2025%2016.00%20Health%20and%20Wellbeing%20Board.pdf?T=1">Printed minutes <span class="mgFileSize">PDF 301 KB</span></a></li>
</ul>
</div>
</div>
</div>
<div id="footer">
<ul>
<li><a href="https://www.dunmarsh.gov.uk/accessibility">Accessibility</a></li>
<li><a href="https://www.dunmarsh.gov.uk/privacy">Privacy</a></li>
<li><a href="https://www.dunmarsh.gov.uk/contact-us">Contact us</a></li>
</ul>
<p>&copy; Dunmarsh Council 2025. Hallbridge Town Hall, Church Road, Hallbridge DM44 8ED</p>
<p class="mgVersion">Powered by Modern.Gov</p>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# The report that is not minutes (PDF, the council's board report template)
# ---------------------------------------------------------------------------------------

REPORT_BLOCKS = [
    ("centre_b", "HEALTH AND WELLBEING BOARD"),
    ("centre_b", "Wednesday, 19 March 2025"),
    ("gap", ""),
    ("label", ("REPORT TITLE:", "DUNMARSH HEALTH AND WELLBEING STRATEGY 2022-2027: ANNUAL PROGRESS "
                                "UPDATE")),
    ("label", ("REPORT OF:", "DIRECTOR OF PUBLIC HEALTH")),
    ("gap", ""),
    ("head", "REPORT SUMMARY"),
    ("para", "This report provides the Health and Wellbeing Board with the third annual update on "
             "the delivery of the Dunmarsh Health and Wellbeing Strategy 2022-2027. It summarises "
             "progress against the five priorities of the Strategy and the outcome measures agreed "
             "by the Board in March 2022, and sets out the areas where progress has been slower "
             "than expected."),
    ("para", "The Strategy supports the Dunmarsh Plan 2023-2027 theme of Active and Healthy Lives."),
    ("para", "This matter affects all wards within the borough. It is not a key decision."),
    ("head", "RECOMMENDATION/S"),
    ("para", "The Health and Wellbeing Board is recommended to:"),
    ("num", ("1.", "Note the progress made in delivering the Dunmarsh Health and Wellbeing "
                   "Strategy 2022-2027; and")),
    ("num", ("2.", "Agree that a further report on the actions being taken to reduce child "
                   "poverty is presented to the Board in September 2025.")),
    ("page", ""),
    ("head", "SUPPORTING INFORMATION"),
    ("head", "1.0    REASON/S FOR RECOMMENDATION/S"),
    ("num", ("1.1", "The Health and Wellbeing Board has a statutory duty to prepare a joint local "
                    "health and wellbeing strategy and to keep it under review. An annual update "
                    "allows the Board to hold partners to account for the delivery of the "
                    "Strategy.")),
    ("head", "2.0    OTHER OPTIONS CONSIDERED"),
    ("num", ("2.1", "No other options were considered. The Board agreed in March 2022 to receive an "
                    "annual progress report.")),
    ("head", "3.0    BACKGROUND INFORMATION"),
    ("num", ("3.1", "The Strategy has five priorities: giving every child the best start in life; "
                    "reducing smoking and harm from alcohol; promoting a healthy weight; good work; "
                    "and warm, safe homes. Each priority has a lead partner and a small set of "
                    "outcome measures, which are reported in the dashboard at Appendix 1.")),
    ("num", ("3.2", "Adult smoking prevalence has fallen from 14.1% in 2021 to 12.3% in 2024, the "
                    "lowest figure recorded in the borough. The local stop smoking service "
                    "supported 1,312 people to set a quit date in 2024/25, with a four-week quit "
                    "rate of 58%. Smoking in pregnancy remains above the national average at "
                    "9.8%.")),
    ("num", ("3.3", "Alcohol-related hospital admissions remain significantly higher than the "
                    "England average. Partners have asked whether the data can be shared at ward "
                    "level, and work is under way with the Community Safety Partnership to do "
                    "this.")),
    ("num", ("3.4", "The proportion of children in Reception who are a healthy weight has remained "
                    "broadly unchanged at 75.6%. The Healthy Schools programme is now offered in "
                    "every primary school in the borough.")),
    ("num", ("3.5", "Through the Council's Big Health Conversation survey in autumn 2024, 1,240 "
                    "residents answered the question: \"What one thing would most help you to live "
                    "a healthier life?\" The most common answers were cheaper healthy food, safer "
                    "places to walk and cycle, and warmer homes. Residents also asked why it "
                    "remains so difficult to get an appointment with a GP or a dentist, and these "
                    "comments have been shared with NHS Rivermouth and Dee.")),
    ("num", ("3.6", "Progress on the gap in healthy life expectancy between the most and least "
                    "deprived wards has been slower than expected. The gap in life expectancy for "
                    "men between Brackendale and Hesketh Park is 11.4 years. Should the Board wish "
                    "to make reducing this gap the headline measure of the Strategy, a revised "
                    "outcomes framework could be brought forward in the autumn.")),
    ("num", ("3.7", "Improvement notices served on privately rented homes affected by damp and "
                    "mould increased by 40% in 2024. The selective licensing scheme has been "
                    "renewed for a further five years.")),
    ("head", "4.0    FINANCIAL IMPLICATIONS"),
    ("num", ("4.1", "There are no direct financial implications arising from this report. The "
                    "actions described are funded from the Public Health Grant of £31.7 million "
                    "for 2025/26 and from partners' existing budgets.")),
    ("head", "5.0    LEGAL IMPLICATIONS"),
    ("num", ("5.1", "Section 116A of the Local Government and Public Involvement in Health Act 2007 "
                    "requires the Council and the Integrated Care Board, through the Health and "
                    "Wellbeing Board, to prepare a joint local health and wellbeing strategy.")),
    ("head", "6.0    RESOURCE IMPLICATIONS: STAFFING, ICT AND ASSETS"),
    ("num", ("6.1", "There are no resource implications arising from this report.")),
    ("head", "7.0    RELEVANT RISKS"),
    ("num", ("7.1", "The main risk is that reductions in partners' budgets, including the planned "
                    "reduction in Integrated Care Board running costs, slow progress on the "
                    "Strategy's priorities.")),
    ("head", "8.0    ENGAGEMENT/CONSULTATION"),
    ("num", ("8.1", "The priorities were developed with residents in 2021 and the Big Health "
                    "Conversation in 2024 has been used to test whether they remain right. "
                    "Healthwatch Dunmarsh has contributed to this report.")),
    ("head", "9.0    EQUALITY IMPLICATIONS"),
    ("num", ("9.1", "An Equality Impact Assessment was completed for the Strategy in 2022 and is "
                    "available on the Council's website.")),
    ("head", "10.0  ENVIRONMENT AND CLIMATE IMPLICATIONS"),
    ("num", ("10.1", "Warmer, better insulated homes support both the Strategy and the Council's "
                     "climate emergency commitments.")),
    ("head", "11.0  COMMUNITY WEALTH IMPLICATIONS"),
    ("num", ("11.1", "Good work is one of the five priorities. Anchor institutions in the borough "
                     "have agreed to increase the number of local residents they employ.")),
    ("gap", ""),
    ("label", ("REPORT AUTHOR:", "Lucy Brennan\nConsultant in Public Health\n"
                                 "email: lucybrennan@dunmarsh.gov.uk")),
    ("head", "APPENDICES"),
    ("para", "Appendix 1 - Health and Wellbeing Strategy Outcomes Dashboard 2024-25"),
    ("head", "BACKGROUND PAPERS"),
    ("para", "Dunmarsh Health and Wellbeing Strategy 2022-2027"),
    ("para", "Big Health Conversation 2024: Summary of Findings"),
    ("head", "TERMS OF REFERENCE"),
    ("para", "This report is being considered by the Health and Wellbeing Board in accordance with "
             "section (b) of its Terms of Reference: to prepare and keep under review the Joint "
             "Local Health and Wellbeing Strategy."),
    ("head", "SUBJECT HISTORY (last 3 years)"),
    ("table", [("Council Meeting", "Date"),
               ("Health and Wellbeing Board", "20 March 2024"),
               ("Health and Wellbeing Board", "22 March 2023"),
               ("Health and Wellbeing Board", "23 March 2022")]),
]


def build_report(path: Path) -> None:
    from fpdf import FPDF

    class Report(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("Arial", "", 9)
            self.cell(0, 10, f"Page {40 + self.page_no()}", align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Health and Wellbeing Strategy Annual Progress Update")
    pdf.set_author("Dunmarsh Council")
    pdf.add_font("Arial", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Arial", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, content in REPORT_BLOCKS:
        if kind == "centre_b":
            pdf.set_font("Arial", "B", 12)
            pdf.multi_cell(width, 6, content, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "gap":
            pdf.ln(5)
        elif kind == "page":
            pdf.add_page()
        elif kind == "label":
            label, text = content
            pdf.set_font("Arial", "B", 11)
            y = pdf.get_y()
            pdf.cell(40, 6, label)
            pdf.set_xy(pdf.l_margin + 40, y)
            pdf.set_font("Arial", "B" if label != "REPORT AUTHOR:" else "", 11)
            pdf.multi_cell(width - 40, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "head":
            pdf.ln(3)
            pdf.set_font("Arial", "B", 11)
            pdf.multi_cell(width, 6, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "para":
            pdf.set_font("Arial", "", 11)
            pdf.multi_cell(width, 6, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "num":
            num, text = content
            pdf.set_font("Arial", "", 11)
            if pdf.get_y() > pdf.page_break_trigger - 14:  # keep the number with its text
                pdf.add_page()
            y = pdf.get_y()
            pdf.cell(13, 6, num)
            pdf.set_xy(pdf.l_margin + 13, y)
            pdf.multi_cell(width - 13, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            for i, (a, b) in enumerate(content):
                pdf.set_font("Arial", "B" if i == 0 else "", 11)
                pdf.cell(width * 0.6, 7, a, border=1)
                pdf.cell(width * 0.4, 7, b, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_FILE,
    "doc_type": "minutes",
    "committee": "Health and Wellbeing Board",
    "meeting_date": "2025-03-19",
    "items": [
        {"number": "41", "title": "WELCOME AND INTRODUCTIONS"},
        {"number": "42", "title": "APOLOGIES"},
        {"number": "43", "title": "DECLARATIONS OF INTEREST"},
        {"number": "44", "title": "MINUTES"},
        {"number": "45", "title": "PUBLIC QUESTIONS"},
        {"number": "46", "title": "STATEMENTS AND PETITIONS"},
        {"number": "47", "title": "DUNMARSH PLACE BASED PARTNERSHIP UPDATE"},
        {"number": "48", "title": "PHARMACEUTICAL NEEDS ASSESSMENT 2025"},
        {"number": "49", "title": "BETTER CARE FUND 2025/26 PLAN"},
        {"number": "50", "title": "DUNMARSH HEALTH AND WELLBEING STRATEGY 2022-2027: ANNUAL "
                                  "PROGRESS UPDATE"},
        {"number": "51", "title": "HEALTH AND WELLBEING BOARD WORK PROGRAMME"},
    ],
    "questions": [
        # 45 Public questions
        q("45", "question",
          "make sure that people in Eastcliffe can get their prescriptions and urgent medicines",
          "Mrs Carol Whitfield",
          "has been asked to keep opening hours in the area under review",
          "Chair", ["primary-care"]),
        q("45", "question",
          "write to the Integrated Care Board to ask for an extended hours pharmacy",
          "Mrs Whitfield",
          "agreed to write to the Place Director on behalf of the Board",
          "Chair", ["primary-care"]),
        # 47 Place update
        q("47", "concern",
          "patients who were medically optimised for discharge but remained in a hospital bed",
          None,
          "the number of people waiting had fallen from 112 in January to 84",
          "Director of Care and Health",
          ["adult-social-care", "integration", "subcontracting"]),
        q("47", "question",
          "residents in the west of the borough continued to report difficulty in getting through",
          "Councillor Jeffers",
          "had now been installed in all but three practices",
          "Associate Director of Primary Care", ["primary-care"]),
        q("47", "request",
          "requested that the Board receive the call answering data for each practice",
          "Councillor Jeffers",
          "undertook to circulate the figures before the next meeting",
          "Associate Director", ["primary-care"]),
        q("47", "question",
          "financial position would lead to reductions in voluntary sector contracts",
          None,
          "any proposals affecting commissioned services would be brought to the Place Based",
          "Place Director", ["finance", "subcontracting"]),
        q("47", "request",
          "asked that the discharge information leaflet be reviewed with people who had recent",
          "Karen Doyle",
          "agreed that Healthwatch would be involved in the review",
          "Place Director", ["patient-and-public-input", "adult-social-care"]),
        q("47", "concern",
          "mental health crisis line was not well publicised in the Eastcliffe and Thursfield",
          "Councillor Pryce", None, None, ["mental-health"]),
        # 48 PNA
        q("48", "question",
          "how the closure of pharmacies since the consultation closed had been taken into account",
          None,
          "a supplementary statement would be published if any further closure created a gap",
          "Consultant in Public Health", ["primary-care"]),
        q("48", "question",
          "In response to a question from Councillor Jeffers about the Pharmacy First service",
          "Councillor Jeffers",
          "were signed up to deliver it and that uptake had been lowest",
          None, ["primary-care"]),
        q("48", "question",
          "whether the assessment had considered access for people who did not have a car",
          None,
          "travel times by public transport had been modelled",
          None, ["primary-care"]),
        q("48", "comment",
          "press for funding that reflected the pressures on smaller independent pharmacies",
          "Councillor Carr", None, None, ["primary-care", "finance"]),
        # 49 BCF
        q("49", "question",
          "how much of the pooled budget was spent with independent sector care providers",
          "Councillor Carr",
          "around two thirds of the fund was spent on commissioned care and support",
          "Director of Care and Health",
          ["finance", "subcontracting", "integration", "adult-social-care"]),
        q("49", "request",
          "future quarterly reports include outcomes for people 91 days after they left hospital",
          None,
          "agreed that this would be included from the first quarter",
          "Director of Care and Health", ["adult-social-care"]),
        q("49", "question",
          "contracts funded through the BCF would be extended beyond March 2026",
          "Joanne Mellor",
          "subject to the outcome of the Spending Review",
          "Director of Care and Health", ["subcontracting", "finance", "workforce"]),
        # 50 Strategy
        q("50", "comment",
          "remained unacceptable and should be the main test of whether the Strategy was working",
          "Chair", None, None, ["public-health"]),
        q("50", "request",
          "could be shared with the Police to support the work of the Community Safety Partnership",
          "Chief Superintendent Oyelaran",
          "agreed to circulate the data after the meeting",
          "Director of Public Health", ["public-health"]),
        q("50", "concern",
          "families with young children living in privately rented homes affected by damp and mould",
          "Councillor Pryce",
          "214 improvement notices had been served in 2024",
          "Head of Housing Standards", ["housing", "children-and-families"]),
        q("50", "question",
          "In response to a question about vaping among secondary school pupils",
          None,
          "Trading Standards had carried out 46 test purchases at shops near schools",
          "Director of Public Health", ["public-health", "children-and-families"]),
        # 51 Work programme
        q("51", "request",
          "an item on the emotional wellbeing and mental health of children and young people",
          None, None, None, ["mental-health", "children-and-families"]),
        q("51", "request",
          "receive the annual report of the Dunmarsh Safeguarding Adults Partnership Board",
          "Councillor Varley",
          "agreed that this would be scheduled for the autumn",
          "Chair", ["adult-social-care"]),
    ],
    "resolutions": [
        r("44", "the minutes of the meeting held on 15 January 2025 be approved", "agreed", []),
        r("47", "That the Dunmarsh Place Based Partnership update report be noted", "noted", []),
        r("48", "the Dunmarsh Pharmaceutical Needs Assessment 2025 be approved for publication",
          "agreed", ["primary-care"]),
        r("49", "agreed that any final changes required by NHS England be signed off", "agreed",
          ["integration"]),
        r("50", "a further report on the actions being taken to reduce child poverty", "agreed",
          ["public-health", "children-and-families"]),
        r("51", "subject to the addition of the items requested at the meeting", "agreed", []),
    ],
    "attendees": [
        a("Councillor J Hollis", "Chair", "present"),
        a("Councillor H Carr", None, "present"),
        a("Councillor S Jeffers", None, "present"),
        a("Councillor A Pryce", None, "present"),
        a("Councillor M Varley", None, "present"),
        a("Dr Nadia Rahman", "Director of Public Health", "present"),
        a("Colin Ashworth", "Director of Care and Health", "present"),
        a("Bridget Lowe", "Director of Children, Families and Education", "present"),
        a("Stephen Garside", "Place Director (Dunmarsh), NHS Rivermouth and Dee", "present"),
        a("Alan Fairhurst",
          "Dunmarsh University Teaching Hospitals NHS Foundation Trust (substitute)", "present"),
        a("Karen Doyle", "Healthwatch Dunmarsh", "present"),
        a("Chief Superintendent Marcus Oyelaran", "Northshore Police", "present"),
        a("Joanne Mellor", "Community Action Dunmarsh", "present"),
        a("Lucy Brennan", "Consultant in Public Health", "in_attendance"),
        a("Paul Hetherington", "Associate Director of Primary Care, NHS Rivermouth and Dee",
          "in_attendance"),
        a("Rachel Dunne", "Head of Housing Standards", "in_attendance"),
        a("Elaine Roberts", "Senior Lawyer", "in_attendance"),
        a("Daniel Sykes", "Principal Democratic Services Officer", "in_attendance"),
        a("Councillor R Kinsella", None, "apologies"),
        a("Gillian Thwaite",
          "Chief Executive, Dunmarsh University Teaching Hospitals NHS Foundation Trust",
          "apologies"),
        a("Amir Qureshi", "Merrowside Fire and Rescue Service", "apologies"),
    ],
}

REPORT_GOLD = {"document": REPORT_FILE, "doc_type": "report"}


# ---------------------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_FILE).write_text(minutes_html(), encoding="utf-8")
    build_report(DOCS / REPORT_FILE)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_FILE}\nwrote {DOCS / REPORT_FILE}\nwrote 2 gold files")


PUNCT = set(string.punctuation) | set("‘’“”–—…£•·")


def normalise(text: str, space: bool = False) -> str:
    text = text.replace("\u00a0", " ").lower()
    text = "".join((" " if space else "") if ch in PUNCT else ch for ch in text)
    return re.sub(r"\s+", " ", text).strip()


def document_text(path: Path) -> str:
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
        parts = [para.text for para in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("nt-*.json")):  # only this set's files
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            problems += 1
            continue
        raw = document_text(doc)
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            words = len(phrase.split())
            if not 6 <= words <= 15:
                print(f"{gold_path.name}: {kind} phrase has {words} words: {phrase!r}")
                problems += 1
            for space in (False, True):
                hay = normalise(raw, space)
                needle = normalise(phrase, space)
                n = len(re.findall(r"(?<![a-z0-9])" + re.escape(needle) + r"(?![a-z0-9])", hay))
                if n != 1:
                    mode = "space" if space else "strip"
                    print(f"{gold_path.name}: {kind} phrase found {n} times ({mode}): {phrase!r}")
                    problems += 1
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("check passed" if not problems else f"check FAILED: {problems} problem(s)")
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="verify the gold phrases")
    args = parser.parse_args()
    if args.check:
        return check()
    build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
