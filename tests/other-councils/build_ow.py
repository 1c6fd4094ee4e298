#!/usr/bin/env python3
"""Build the "ow-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ow.py           build documents/ow-* and gold/ow-*.json
        build_ow.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "ow-churnetshire-hcosc-2025-10-13.html"
REPORT_NAME = "ow-churnetshire-care-at-home-reprocurement-report.pdf"

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = dt.datetime(2025, 10, 3, 9, 30, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------------------------------
# The minutes: a ModernGov "Agenda and minutes" page as saved from the browser.
# Each item: number, title, document link size (or None), agenda text lines,
# additional documents, and the "Minutes:" block as a list of blocks.
# A block is ("p", text) or ("ul", [bullet texts]).
# ---------------------------------------------------------------------------------------

ITEMS = [
    {
        "no": "31.",
        "title": "Declarations of Interest",
        "pdf": None,
        "agenda": [],
        "extra": [],
        "minutes": [
            ("p", "Councillor Pauline Adderley declared an interest as Churnetshire County Councils "
                  "appointed Partner Governor at Mercia Partnership NHS Foundation Trust (MPFT)."),
            ("p", "Councillor Amrit Sandhu declared an interest in item 34 (Care at Home "
                  "Re-procurement) as a close family member was employed by a home care provider "
                  "operating in the County. He remained in the meeting but did not take part in the "
                  "discussion of that item."),
        ],
    },
    {
        "no": "32.",
        "title": "Minutes of the last meeting held on 8 September 2025",
        "pdf": "201 KB",
        "agenda": [],
        "extra": [],
        "minutes": [
            ("p", "Arising from the minutes, a Member asked whether the figures on falls-related "
                  "admissions requested at the last meeting had been circulated. The Scrutiny and "
                  "Support Officer confirmed that these had been sent to Members on 22 September 2025."),
            ("p", "That the minutes of the meeting held on 8 September 2025 be confirmed and signed "
                  "by the Chair."),
        ],
    },
    {
        "no": "33.",
        "title": "Adult Social Care Winter Plan 2025/26 and Hospital Discharge",
        "pdf": "388 KB",
        "agenda": ["Report of the Cabinet Member for Health and Care"],
        "extra": [("Appendix 1 - Adult Social Care Winter Plan 2025-26", "1 MB"),
                  ("Appendix 2 - Discharge Pathway Data April to August 2025", "412 KB")],
        "minutes": [
            ("p", "The Cabinet Member for Health and Care introduced the report which set out the "
                  "arrangements that the County Council and its NHS partners had put in place to "
                  "manage the demand for adult social care over the winter period. The Director of "
                  "Health and Care advised that the plan had been developed jointly with the "
                  "Churnetshire and Burslow Integrated Care Board (ICB) and the two acute trusts, and "
                  "that the Better Care Fund and the Discharge Fund would again be used to commission "
                  "additional short term capacity, including 46 additional reablement places and 30 "
                  "discharge to assess beds in care homes across the County."),
            ("p", "Members were informed that the number of people who were medically fit for "
                  "discharge but remained in an acute hospital bed had reduced from an average of 118 "
                  "in January 2025 to 71 in August 2025. Most people were now discharged home on "
                  "pathway 1, with a package of care or reablement, and the average time from referral "
                  "to the start of a care package was 2.4 days. Delays were still longest for people "
                  "who needed a nursing home placement, particularly those with dementia."),
            ("p", "The Committee noted the following comments and responses to questions:"),
            ("ul", [
                "Members asked how the Council would know whether the additional reablement capacity "
                "was making a difference. The Director of Health and Care explained that the outcome "
                "measured was the proportion of people still at home 91 days after discharge, which "
                "currently stood at 84%, and that this would be reported monthly to the system urgent "
                "care board.",
                "A Member expressed concern that people in rural areas such as the Rowcastle Moorlands "
                "waited longer for a package of care than those living in the towns. The Assistant "
                "Director, Commissioning and Care Markets acknowledged that this had been the case, and "
                "advised that a rural premium had been paid to providers since April 2025 which had "
                "reduced waits in the Moorlands to a similar level to the rest of the County.",
                "The Committee requested that the discharge data be broken down by district and "
                "borough in future reports.",
                "In response to a question about the cost of the winter plan, the Director confirmed "
                "that the additional capacity would cost £3.1m, of which £2.4m was met from the Better "
                "Care Fund and the remainder from the Council's own budget.",
                "Members sought reassurance that people were not being discharged to care homes "
                "outside the County because local beds were not available. It was confirmed that 6% "
                "of discharges to residential care in the last quarter had been to homes outside "
                "Churnetshire, in most cases because of the person's or their family's choice.",
                "A Member commented that carers were often not told when the person they cared for "
                "was to be discharged, and that this had led to at least two unsafe discharges in her "
                "own division over the summer.",
            ]),
            ("p", "The Chair thanked officers for a comprehensive report and asked that the "
                  "Committee's thanks be passed on to frontline staff in the Council, the hospitals and "
                  "the care sector for their work over the last winter."),
            ("p", "Resolved – That:"),
            ("p", "(a)  the Adult Social Care Winter Plan 2025/26 be noted;"),
            ("p", "(b)  discharge data broken down by district and borough be included in the next "
                  "update to the Committee in March 2026; and"),
            ("p", "(c)  the Committee's concerns about the information given to carers on discharge be "
                  "referred to the Integrated Care Board for a response."),
        ],
    },
    {
        "no": "34.",
        "title": "Care at Home Re-procurement",
        "pdf": "296 KB",
        "agenda": ["Report of the Cabinet Member for Health and Care"],
        "extra": [("Appendix 1 - Summary of Market Engagement and Survey Results", "227 KB")],
        "minutes": [
            ("p", "The Cabinet Member for Health and Care introduced the report on the proposed "
                  "re-procurement of care at home services, the current contracts for which would end "
                  "on 31 August 2026. The Committee were advised that around 4,100 people received care "
                  "at home commissioned by the County Council each week, provided by 63 independent "
                  "providers under a framework agreement with zones based on the eight districts and "
                  "boroughs."),
            ("p", "The Assistant Director, Commissioning and Care Markets outlined the options that had "
                  "been considered, and advised that Cabinet would be asked on 17 December 2025 to "
                  "approve a new model with a lead provider in each zone, supported by a framework of "
                  "other providers. He explained that the aim was to give providers more certainty of "
                  "work, allowing them to offer guaranteed hours, and to reduce the time care workers "
                  "spent travelling between calls."),
            ("p", "The main issues discussed at the meeting were:"),
            ("ul", [
                "Whether the move to lead providers would squeeze smaller local providers out of the "
                "market. The Assistant Director advised that smaller providers could bid as part of a "
                "consortium and that the evaluation criteria would give weight to local knowledge and "
                "social value.",
                "The hourly rate paid to providers, which Members felt was too low to allow care "
                "workers to be paid the real living wage and for their travel time. It was confirmed "
                "that the Council's rate for 2025/26 was £24.86 per hour, and that the rate for the new "
                "contracts would be set following a cost of care exercise with providers early in 2026.",
                "Members asked whether the Council had considered bringing some home care back "
                "in-house. The Cabinet Member advised that an in-house service had been considered as "
                "one of the options but had been discounted because of the cost and the time it would "
                "take to establish; the Council's in-house reablement service would however be "
                "expanded.",
                "A Member asked how the views of people who use services had been sought. The "
                "Committee were informed that 640 people had responded to a survey over the summer and "
                "that a group of service users and carers had been involved in designing the outcome "
                "measures for the new contracts.",
                "Concern was expressed about the number of care workers recruited from overseas whose "
                "visas were sponsored by their employer, following the changes to the immigration "
                "rules, and the risk that some providers would not be able to keep their staff. The "
                "Assistant Director advised that the Council was working with the regional partnership "
                "to find new sponsors for displaced workers and that 38 workers had been found new "
                "employment in the County so far.",
            ]),
            ("p", "Resolved: – That:"),
            ("p", "(a)  the report be noted; and"),
            ("p", "(b)  Cabinet be recommended to ensure that the evaluation criteria for the new care "
                  "at home contracts give weight to the payment of the real living wage to care workers."),
        ],
    },
    {
        "no": "35.",
        "title": "Urgent and Emergency Care - Ambulance Response and Handover Performance",
        "pdf": "512 KB",
        "agenda": ["Joint report of the Churnetshire and Burslow Integrated Care Board and Midlands "
                   "Central Ambulance Service"],
        "extra": [],
        "minutes": [
            ("p", "The Deputy Director of Urgent and Emergency Care, Churnetshire and Burslow ICB and the "
                  "Head of Operations (North), Midlands Central Ambulance Service (MCAS) presented the "
                  "report, which updated the Committee on ambulance response times and hospital handover "
                  "delays since the last update in March 2025. The Committee were informed that the "
                  "average Category 2 response time in the County had improved from 41 minutes in "
                  "2024/25 to 33 minutes in the first half of 2025/26, against the national standard of "
                  "30 minutes, and that the hours lost to handover delays at the Royal Penkford Hospital "
                  "had fallen by 38% compared with the same period last year."),
            ("p", "In response to Members questions the following responses and clarification was "
                  "provided:"),
            ("ul", [
                "Members asked about response times in the most rural parts of the County. It was "
                "acknowledged that these remained longer than in the towns, and that community first "
                "responders and the two new ambulance hubs at Addersley and Rowcastle were expected to "
                "reduce them.",
                "The 45 minute maximum handover time introduced in October 2024 had been maintained at "
                "both acute hospitals, although on four days in September the Royal Penkford Hospital "
                "had asked for it to be suspended because of the number of patients waiting in its "
                "Emergency Department.",
                "Calls from care homes about residents who had fallen but were not injured were now "
                "passed to a falls response service run jointly with the Fire and Rescue Service, which "
                "had attended 1,212 calls since April 2025.",
                "A Member asked whether the ambulance hub at Rowcastle would be staffed by crews "
                "transferred from Marlford. The Head of Operations (North) advised that 26 additional "
                "paramedics and technicians had been recruited for the new hub, and that no crews would "
                "be moved from Marlford.",
            ]),
            ("p", "The Chair expressed disappointment that the report did not include the figures on "
                  "handover delays at Burslow General Hospital which had been requested at the previous "
                  "meeting. The Deputy Director of Urgent and Emergency Care apologised and undertook to "
                  "circulate the figures to Members after the meeting."),
            ("p", "RESOVLED : That"),
            ("p", "(a)  the report be noted;"),
            ("p", "(b)  a further update on ambulance response times in rural areas be brought to the "
                  "Committee in March 2026; and"),
            ("p", "(c)  the handover figures for Burslow General Hospital be circulated to all Members of "
                  "the Committee."),
        ],
    },
    {
        "no": "36.",
        "title": "Community Mental Health Services - Transformation Update",
        "pdf": "344 KB",
        "agenda": ["Report of Mercia Partnership NHS Foundation Trust"],
        "extra": [("Presentation - Community Mental Health Transformation", "2 MB")],
        "minutes": [
            ("p", "The Clinical Director, Community Mental Health, Mercia Partnership NHS Foundation Trust "
                  "(MPFT) gave a presentation on the progress of the community mental health "
                  "transformation programme, which had brought mental health practitioners into each of "
                  "the 24 primary care networks in the County and had established three mental health "
                  "crisis cafés, open in the evenings and at weekends. Councillor Pauline Adderley, having "
                  "declared an interest earlier in the meeting, took part in the discussion."),
            ("p", "Councillor Janet Colclough asked why the waiting time for a first appointment with the "
                  "adult eating disorders service had increased to 19 weeks. The Clinical Director "
                  "explained that the service had lost two of its four consultant posts during the year "
                  "and that a new consultant would start in November 2025, with waits expected to fall "
                  "to below 12 weeks by the end of March 2026."),
            ("p", "Members queried whether people could refer themselves to the crisis cafés or needed a "
                  "referral from their GP. It was confirmed that people could walk in without a referral, "
                  "and that the cafés in Marlford and Penkford had been used by 2,300 people since they "
                  "opened."),
            ("p", "Councillor Hulme highlighted the rate of suicide among middle-aged men in the north of "
                  "the County and asked what was being done with partners to address this. The Cabinet "
                  "Support Member for Public Health and Integration advised that the Suicide Prevention "
                  "Strategy was being refreshed with the ICB and that a campaign aimed at men working in "
                  "farming and construction would be launched in January 2026."),
            ("p", "A Member requested that the Committee receive the results of the patient survey when "
                  "available."),
            ("p", "Resolved – That the presentation and update on community mental health services be "
                  "noted."),
        ],
    },
    {
        "no": "37.",
        "title": "Work Programme 2025/26",
        "pdf": "180 KB",
        "agenda": [],
        "extra": [],
        "minutes": [
            ("p", "The Committee considered its work programme for 2025/26. The Vice-Chair (Scrutiny) "
                  "requested that the Working Group on dementia diagnosis rates complete its work before "
                  "the end of January 2026 so that its recommendations could inform the refresh of the "
                  "Dementia Strategy. The Scrutiny and Support Officer advised that a final meeting of "
                  "the Working Group had been arranged for 14 January 2026."),
            ("p", "Members asked that an item on the Council's use of assistive technology be added for "
                  "the March 2026 meeting."),
            ("p", "Resolved – That the work programme be approved, subject to the addition of an item on "
                  "assistive technology to the meeting on 9 March 2026."),
        ],
    },
    {
        "no": "38.",
        "title": "District and Borough Health Scrutiny Activity",
        "pdf": "129 KB",
        "agenda": [],
        "extra": [],
        "minutes": [
            ("p", "The Committee received a summary of the health scrutiny activity undertaken by the "
                  "District and Borough Councils since the last meeting."),
            ("p", "Councillor Hodgkiss reported that Rowcastle District Council's Health Overview and "
                  "Scrutiny Panel had considered the proposed closure of the branch surgery at Kettleby "
                  "Moor. The Chair asked whether the County Council had been formally consulted on the "
                  "closure, and the Scrutiny and Support Officer undertook to seek a response from the ICB."),
            ("p", "Resolved – That the District and Borough health scrutiny activity be noted."),
        ],
    },
]

# ModernGov "Attendance details" at the foot of the page: (name, role, attendance)
ATTENDANCE = [
    ("Councillor Martin Sheldrake", "Chair", "Present"),
    ("Councillor Pauline Adderley", "Vice-Chair (Overview)", "Present"),
    ("Councillor Tariq Mahmood", "Vice-Chair (Scrutiny)", "Present"),
    ("Councillor Sian Bickerton", "Committee Member", "Present"),
    ("Councillor Kathryn Bould", "Committee Member", "Apologies"),
    ("Councillor Janet Colclough", "Committee Member", "Present"),
    ("Councillor Leonard Hulme", "Committee Member", "Present"),
    ("Councillor Amrit Sandhu", "Committee Member", "Present"),
    ("Councillor Derek Wootton", "Committee Member", "Present"),
    ("Councillor Alan Hodgkiss", "Co-optee (Rowcastle District Council)", "Present"),
    ("Councillor Wendy Machin", "Co-optee (Sandleigh District Council)", "Apologies"),
    ("Councillor Philip Oakden", "Co-optee (Addersley Borough Council)", "Absent"),
    ("Councillor Rosemary Tunnicliffe", "Co-optee (Penkford Borough Council)", "Present"),
    ("Councillor Jacqueline Fennimore", "Cabinet Member for Health and Care", "In attendance"),
    ("Councillor Owen Rushton", "Cabinet Support Member for Public Health and Integration",
     "In attendance"),
    ("Dr Helen Marsland", "Director of Health and Care", "In attendance"),
    ("Andrew Ecclestone", "Assistant Director, Commissioning and Care Markets", "In attendance"),
    ("Sarah Wetherall", "Deputy Director of Urgent and Emergency Care, Churnetshire and Burslow ICB",
     "In attendance"),
    ("Matthew Oakes", "Head of Operations (North), Midlands Central Ambulance Service",
     "In attendance"),
    ("Dr Farah Quadri", "Clinical Director, Community Mental Health, MPFT", "In attendance"),
    ("Rebecca Thorley", "Scrutiny and Support Officer", "In attendance"),
]

BASE = "https://moderngov.churnetshire.gov.uk/"


def e(s: str) -> str:
    return html.escape(s, quote=False)


def item_html(it: dict, idx: int) -> str:
    out = []
    ai = 4100 + idx * 7
    out.append('<tr>\n<td class="mgItemNumberCell" style="width:60px;">\n'
               f'<p>{e(it["no"])}</p>\n</td>\n<td>')
    title = e(it["title"])
    if it["pdf"]:
        out.append(f'<p class="mgAiTitleTxt"><a href="{BASE}documents/s{ai + 90311}/'
                   f'{e(it["title"].replace(" ", "%20"))}.pdf" class="mgAiTitleLnk">{title}'
                   f'<img src="mgImages/logo-pdf-25.gif" alt="pdf icon" class="mgPdfIcon"> '
                   f'PDF {e(it["pdf"])}</a></p>')
    else:
        out.append(f'<p class="mgAiTitleTxt"><a href="{BASE}mgAi.aspx?ID={ai}" '
                   f'class="mgAiTitleLnk">{title}</a></p>')
    for line in it["agenda"]:
        out.append(f'<div class="mgWordPara"><p>{e(line)}</p></div>')
    out.append('<p class="mgSubItemTitleTxt">Additional documents:</p>')
    if it["extra"]:
        out.append('<ul class="mgBulletList">')
        for k, (name, size) in enumerate(it["extra"]):
            out.append(f'<li><a href="{BASE}documents/s{ai + 90320 + k}/{e(name.replace(" ", "%20"))}'
                       f'.pdf">{e(name)}<img src="mgImages/logo-pdf-25.gif" alt="pdf icon" '
                       f'class="mgPdfIcon"> PDF {e(size)}</a></li>')
        out.append('</ul>')
    out.append('<div class="mgMinutes">\n<h3 class="mgSubItemTitleTxt">Minutes:</h3>')
    out.append('<div class="mgWordPara">')
    for kind, body in it["minutes"]:
        if kind == "p":
            out.append(f'<p class="MsoNormal">{e(body)}</p>\n<p class="MsoNormal">&nbsp;</p>')
        else:
            out.append('<ul style="margin-top:0cm;" type="disc">')
            for b in body:
                out.append(f'<li class="MsoListParagraph">{e(b)}</li>')
            out.append('</ul>\n<p class="MsoNormal">&nbsp;</p>')
    out.append('</div>\n</div>\n</td>\n</tr>')
    return "\n".join(out)


def minutes_html() -> str:
    items = "\n".join(item_html(it, i) for i, it in enumerate(ITEMS))
    rows = "\n".join(
        f'<tr><td>{e(n)}</td><td>{e(r)}</td><td>{e(a)}</td></tr>' for n, r, a in ATTENDANCE)
    return f"""<!DOCTYPE html>
<html lang="en">
<!-- saved from url=(0078)https://moderngov.churnetshire.gov.uk/ieListDocuments.aspx?CId=871&MId=17312 -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Agenda for Health and Care Overview and Scrutiny Committee on Monday 13th October 2025, 10:00am - Churnetshire County Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="./ieListDocuments_files/modgov.css">
<link rel="stylesheet" href="./ieListDocuments_files/churnetshire.css">
</head>
<body>
<a class="skip" href="#mgContent">Skip to main content</a>
<header id="siteHeader">
<div class="logo"><a href="https://www.churnetshire.gov.uk/"><img src="./ieListDocuments_files/logo.png" alt="Churnetshire County Council"></a></div>
<ul class="topnav">
<li><a href="https://www.churnetshire.gov.uk/Care-for-all-ages/">Care</a></li>
<li><a href="https://www.churnetshire.gov.uk/Your-council-and-democracy/">Your council</a></li>
<li><a href="https://www.churnetshire.gov.uk/contact/">Contact us</a></li>
</ul>
</header>
<div id="breadcrumb">
<ul class="mgBreadCrumbs">
<li><a href="https://www.churnetshire.gov.uk/">Home</a></li>
<li><a href="{BASE}uuCoverPage.aspx?bcr=1">Meetings, agendas, and minutes</a></li>
<li><a href="{BASE}ieListMeetings.aspx?CommitteeId=871">Health and Care Overview and Scrutiny Committee</a></li>
<li>Meeting</li>
</ul>
</div>
<div id="mgContent" class="mgContent">
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<div class="mgSubTitle">
<h2 class="mgSubTitleTxt">Health and Care Overview and Scrutiny Committee - Monday 13th October 2025 10:00am</h2>
</div>
<div class="mgLinks">
<ul class="mgActionList">
<li><a href="{BASE}ieListDocuments.aspx?CId=871&amp;MId=17312&amp;Ver=4&amp;Info=1">Meeting details</a></li>
<li><a href="{BASE}mgCalendarMonthView.aspx?M=10&amp;DD=2025&amp;CID=871">Calendar</a></li>
<li><a href="{BASE}ieIssueDetails.aspx?MId=17312">Issue history</a></li>
<li><a href="{BASE}mgMeetingAttendance.aspx?ID=17312">Attendance</a></li>
</ul>
</div>
<p class="mgSubTitle"><span class="mgLabel">Venue: </span>Oak Room, County Buildings, Marlford. <a href="{BASE}mgLocationDetails.aspx?RID=7">View directions</a></p>
<p class="mgSubTitle"><span class="mgLabel">Contact: </span>Rebecca Thorley&nbsp; <span class="mgLabel">Email: </span><a href="mailto:rebecca.thorley@churnetshire.gov.uk">rebecca.thorley@churnetshire.gov.uk</a></p>
<div class="mgSectionTitle"><h2 class="mgSectionTitle">Media</h2></div>
<p><a href="https://churnetshire.public-i.tv/core/portal/webcast_interactive/911204">Webcast for Health and Care Overview and Scrutiny Committee, Monday 13th October 2025 10:00am</a></p>
<div class="mgSectionTitle"><h2 class="mgSectionTitle">Items</h2></div>
<table class="mgItemTable" summary="Items for Health and Care Overview and Scrutiny Committee">
<thead><tr><th scope="col">No.</th><th scope="col">Item</th></tr></thead>
<tbody>
{items}
</tbody>
</table>
<div class="mgSectionTitle"><h2 class="mgSectionTitle">Attendance details</h2></div>
<table class="mgStatsTable" summary="Attendance at the meeting">
<thead><tr><th scope="col">Attendee</th><th scope="col">Role</th><th scope="col">Attendance</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<div class="mgSectionTitle"><h2 class="mgSectionTitle">Meeting Documents</h2></div>
<ul class="mgActionList">
<li><a href="{BASE}documents/g17312/Agenda%20frontsheet%2013th-Oct-2025%2010.00%20Health%20and%20Care%20Overview%20and%20Scrutiny%20Committee.pdf">Agenda frontsheet<img src="mgImages/logo-pdf-25.gif" alt="pdf icon" class="mgPdfIcon"> PDF 118 KB</a></li>
<li><a href="{BASE}documents/g17312/Public%20reports%20pack%2013th-Oct-2025%2010.00%20Health%20and%20Care%20Overview%20and%20Scrutiny%20Committee.pdf">Public reports pack<img src="mgImages/logo-pdf-25.gif" alt="pdf icon" class="mgPdfIcon"> PDF 3 MB</a></li>
<li><a href="{BASE}documents/g17312/Printed%20minutes%2013th-Oct-2025%2010.00%20Health%20and%20Care%20Overview%20and%20Scrutiny%20Committee.pdf">Printed minutes<img src="mgImages/logo-pdf-25.gif" alt="pdf icon" class="mgPdfIcon"> PDF 236 KB</a></li>
</ul>
</div>
<footer id="siteFooter">
<ul>
<li><a href="https://www.churnetshire.gov.uk/accessibility/">Accessibility</a></li>
<li><a href="https://www.churnetshire.gov.uk/privacy/">Privacy and cookies</a></li>
<li><a href="{BASE}mgGeneric.aspx?bcr=1">Print this page</a></li>
</ul>
<p>&copy; Churnetshire County Council, County Buildings, Marlford</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# The report that is not minutes (PDF).
# ---------------------------------------------------------------------------------------

REPORT = [
    ("small", "Local Members' Interest"),
    ("small", "N/A"),
    ("gap", None),
    ("head", "Health and Care Overview and Scrutiny Committee - Monday 13 October 2025"),
    ("title", "Care at Home Re-procurement"),
    ("h", "Recommendation(s)"),
    ("p", "I recommend that the Committee:"),
    ("p", "a.  Considers and comments on the proposed model for care at home services from "
          "1 September 2026, set out in paragraphs 9 to 14 of this report."),
    ("p", "b.  Notes the timetable for the procurement and that Cabinet will be asked to approve the "
          "model and the award process on 17 December 2025."),
    ("h", "Report of Councillor Jacqueline Fennimore, Cabinet Member for Health and Care"),
    ("h", "Summary"),
    ("h2", "What is the Overview and Scrutiny Committee being asked to do and why?"),
    ("p", "1.  The Committee is asked to consider the proposed approach to the re-procurement of care "
          "at home (domiciliary care) services for adults, before the decision is taken by Cabinet. The "
          "current framework agreement ends on 31 August 2026 and cannot be extended further."),
    ("h", "Report"),
    ("h2", "Background"),
    ("p", "2.  The County Council arranges care at home for around 4,100 people each week, totalling "
          "approximately 61,000 hours. Care is delivered by 63 providers on the current framework, "
          "which was let in 2021 with eight zones matching the district and borough boundaries."),
    ("p", "3.  Over the life of the framework the number of providers has grown and the average number "
          "of people supported by each provider has fallen. Providers report that work spread across "
          "wide areas increases travel time and makes it harder to offer care workers guaranteed hours."),
    ("p", "4.  The gross budget for care at home in 2025/26 is £78.2m. The standard hourly rate is "
          "£24.86, with a rural premium of £1.40 per hour paid in parts of the Rowcastle Moorlands and "
          "the south of Sandleigh District since April 2025."),
    ("h2", "Engagement"),
    ("p", "5.  A survey of people who receive care at home and their carers ran from 2 June to 25 July "
          "2025 and received 640 responses. Three market engagement events were held with providers in "
          "July 2025 and were attended by 51 organisations. A summary is attached as Appendix 1."),
    ("p", "6.  The main themes from people who use services were continuity of care workers, being told "
          "when a call would be late, and having enough time on each visit. Providers raised the hourly "
          "rate, the cost of travel, and the loss of overseas staff whose sponsorship had ended."),
    ("h2", "Questions raised by Members at the informal briefing on 15 September 2025"),
    ("p", "Q1. Will small local providers still be able to win work under the new model?"),
    ("p", "Yes. Providers will be able to bid for lead provider status alone or as part of a consortium, "
          "and the supporting framework will remain open to new providers at set points each year."),
    ("p", "Q2. Has the Council considered delivering care at home itself?"),
    ("p", "An in-house option was assessed (Appendix 2, option 4). It was not recommended because of the "
          "set-up cost, estimated at £6.5m over three years, and the time needed to recruit staff. The "
          "in-house reablement service will be expanded by 20 posts."),
    ("p", "Q3. How will the Council make sure care workers are paid for their travel time?"),
    ("p", "The new contracts will require providers to pay for travel time between calls and to show "
          "this in their open book returns. This will be checked through contract monitoring visits."),
    ("h2", "Proposed model"),
    ("p", "9.  It is proposed that each of the eight zones has one lead provider, responsible for taking "
          "at least 70% of new packages of care in that zone, with the remainder offered to providers "
          "on a supporting framework."),
    ("p", "10. Lead provider contracts would run for five years with an option to extend by up to two "
          "further years. The supporting framework would be re-opened annually."),
    ("p", "11. Tenders would be evaluated 60% on quality and 40% on price, with social value making up "
          "10% of the quality score."),
    ("p", "12. Hourly rates for the new contracts will be informed by a cost of care exercise with "
          "providers, to be completed by February 2026."),
    ("p", "13. Transfer of existing packages to lead providers would be phased over six months from "
          "September 2026 to avoid disruption to people receiving care."),
    ("p", "14. The risks of the new model, including provider failure and the transfer of care "
          "workers, are set out in the risk register at Appendix 3."),
    ("h2", "Timetable"),
    ("p", "Cabinet decision: 17 December 2025. Invitation to tender: February 2026. Contract award: "
          "June 2026. New contracts start: 1 September 2026."),
    ("h2", "Link to Strategic Plan"),
    ("p", "The proposals support the Strategic Plan outcome that people in Churnetshire live longer, "
          "healthier and more independent lives."),
    ("h2", "Link to Other Overview and Scrutiny Activity"),
    ("p", "The Committee considered the care market position statement on 9 June 2025."),
    ("h2", "Community Impact"),
    ("p", "A Community Impact Assessment has been completed and is available on request."),
    ("h2", "List of Background Documents/Appendices:"),
    ("p", "Appendix 1 - Summary of Market Engagement and Survey Results"),
    ("p", "Appendix 2 - Options Appraisal (exempt)"),
    ("p", "Appendix 3 - Risk Register"),
    ("h2", "Contact Details"),
    ("p", "Assistant Director:  Andrew Ecclestone, Assistant Director, Commissioning and Care Markets"),
    ("p", "Report Author:  Lorna Capewell"),
    ("p", "Job Title:  Senior Commissioning Manager, Care at Home"),
    ("p", "Telephone No.:  01632 960418"),
    ("p", "E-Mail Address:  lorna.capewell@churnetshire.gov.uk"),
]


def build_report(path: Path) -> None:
    from fpdf import FPDF

    class Report(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", size=9)
            self.cell(0, 8, f"Page {self.page_no()}", align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Care at Home Re-procurement")
    pdf.set_author("Churnetshire County Council")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    for kind, text in REPORT:
        if kind == "gap":
            pdf.ln(4)
        elif kind == "small":
            pdf.set_font("Sans", "B", 10)
            pdf.cell(0, 5, text, new_x="LMARGIN", new_y="NEXT", align="R")
        elif kind == "head":
            pdf.set_font("Sans", "B", 12)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "title":
            pdf.set_font("Sans", "B", 14)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("Sans", "B", 12)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h2":
            pdf.ln(1)
            pdf.set_font("Sans", "B", 11)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            pdf.set_font("Sans", "", 11)
            pdf.multi_cell(0, 5.6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


AD = "The Assistant Director, Commissioning and Care Markets"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health and Care Overview and Scrutiny Committee",
    "meeting_date": "2025-10-13",
    "items": [{"number": it["no"].rstrip("."), "title": it["title"]} for it in ITEMS],
    "questions": [
        q("32", "question",
          "asked whether the figures on falls-related admissions requested at the last meeting",
          None, "confirmed that these had been sent to Members on 22 September 2025",
          "The Scrutiny and Support Officer", []),
        q("33", "question",
          "asked how the Council would know whether the additional reablement capacity was making",
          None, "the outcome measured was the proportion of people still at home 91 days after discharge",
          "The Director of Health and Care", ["adult-social-care"]),
        q("33", "concern",
          "expressed concern that people in rural areas such as the Rowcastle Moorlands waited longer",
          None, "a rural premium had been paid to providers since April 2025", AD,
          ["adult-social-care"]),
        q("33", "request",
          "requested that the discharge data be broken down by district and borough",
          None, None, None, ["adult-social-care"]),
        q("33", "question",
          "In response to a question about the cost of the winter plan",
          None, "the additional capacity would cost £3.1m, of which £2.4m was met",
          "the Director", ["finance", "integration", "adult-social-care"]),
        q("33", "concern",
          "Members sought reassurance that people were not being discharged to care homes outside the County",
          None, "6% of discharges to residential care in the last quarter had been to homes outside",
          None, ["adult-social-care"]),
        q("33", "comment",
          "carers were often not told when the person they cared for was to be discharged",
          None, None, None, ["adult-social-care"]),
        q("34", "concern",
          "Whether the move to lead providers would squeeze smaller local providers out of the market",
          None, "smaller providers could bid as part of a consortium",
          "The Assistant Director", ["subcontracting", "adult-social-care"]),
        q("34", "concern",
          "The hourly rate paid to providers, which Members felt was too low",
          None, "the Council's rate for 2025/26 was £24.86 per hour",
          None, ["finance", "workforce", "adult-social-care"]),
        q("34", "question",
          "Members asked whether the Council had considered bringing some home care back in-house",
          None, "an in-house service had been considered as one of the options but had been discounted",
          "The Cabinet Member", ["privatisation", "adult-social-care"]),
        q("34", "question",
          "A Member asked how the views of people who use services had been sought",
          None, "640 people had responded to a survey over the summer",
          None, ["patient-and-public-input", "adult-social-care"]),
        q("34", "concern",
          "Concern was expressed about the number of care workers recruited from overseas",
          None, "working with the regional partnership to find new sponsors for displaced workers",
          "The Assistant Director", ["workforce", "adult-social-care"]),
        q("35", "question",
          "Members asked about response times in the most rural parts of the County",
          None, "community first responders and the two new ambulance hubs at Addersley and Rowcastle",
          None, []),
        q("35", "question",
          "The 45 minute maximum handover time introduced in October 2024 had been maintained",
          None, "the Royal Penkford Hospital had asked for it to be suspended",
          None, []),
        q("35", "question",
          "Calls from care homes about residents who had fallen but were not injured",
          None, "passed to a falls response service run jointly with the Fire and Rescue Service",
          None, ["adult-social-care"]),
        q("35", "question",
          "asked whether the ambulance hub at Rowcastle would be staffed by crews transferred",
          None, "26 additional paramedics and technicians had been recruited for the new hub",
          "The Head of Operations (North)", ["workforce"]),
        q("35", "concern",
          "expressed disappointment that the report did not include the figures on handover delays",
          "The Chair", "apologised and undertook to circulate the figures to Members after the meeting",
          "The Deputy Director of Urgent and Emergency Care", []),
        q("36", "question",
          "asked why the waiting time for a first appointment with the adult eating disorders service",
          "Councillor Janet Colclough",
          "the service had lost two of its four consultant posts during the year",
          "The Clinical Director", ["mental-health", "workforce"]),
        q("36", "question",
          "queried whether people could refer themselves to the crisis cafés",
          None, "people could walk in without a referral", None,
          ["mental-health", "primary-care"]),
        q("36", "question",
          "highlighted the rate of suicide among middle-aged men in the north of the County",
          "Councillor Hulme", "the Suicide Prevention Strategy was being refreshed with the ICB",
          "The Cabinet Support Member for Public Health and Integration", ["mental-health"]),
        q("36", "request",
          "requested that the Committee receive the results of the patient survey when available",
          None, None, None, ["patient-and-public-input", "mental-health"]),
        q("37", "request",
          "requested that the Working Group on dementia diagnosis rates complete its work",
          "The Vice-Chair (Scrutiny)",
          "a final meeting of the Working Group had been arranged for 14 January 2026",
          "The Scrutiny and Support Officer", ["mental-health"]),
        q("37", "request",
          "asked that an item on the Council's use of assistive technology be added",
          None, None, None, ["adult-social-care"]),
        q("38", "question",
          "asked whether the County Council had been formally consulted on the closure",
          "The Chair", "undertook to seek a response from the ICB",
          "the Scrutiny and Support Officer", ["patient-and-public-input", "primary-care"]),
    ],
    "resolutions": [
        r("32", "minutes of the meeting held on 8 September 2025 be confirmed", "agreed", []),
        r("33", "discharge data broken down by district and borough be included in the next update",
          "agreed", ["adult-social-care"]),
        r("34", "Cabinet be recommended to ensure that the evaluation criteria for the new care",
          "recommended", ["subcontracting", "workforce", "adult-social-care"]),
        r("35", "a further update on ambulance response times in rural areas be brought",
          "agreed", []),
        r("36", "the presentation and update on community mental health services be noted",
          "noted", ["mental-health"]),
        r("37", "the work programme be approved, subject to the addition of an item on assistive",
          "agreed", []),
        r("38", "That the District and Borough health scrutiny activity be noted", "noted", []),
    ],
    "attendees": [
        {"name": n, "role": role,
         "attendance": {"Present": "present", "Apologies": "apologies", "Absent": "absent",
                        "In attendance": "in_attendance"}[a]}
        for n, role, a in ATTENDANCE
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------------------

def norm(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    if path.suffix == ".html":
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text()
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(minutes_html(), encoding="utf-8")
    build_report(DOCS / REPORT_NAME)
    for g in (MINUTES_GOLD, REPORT_GOLD):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {MINUTES_NAME}, {REPORT_NAME} and their gold files in {HERE}")


def check() -> int:
    bad = 0
    for gpath in sorted(GOLD.glob("ow-*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        dpath = DOCS / g["document"]
        if not dpath.exists():
            print(f"MISSING document {dpath}")
            bad += 1
            continue
        text = norm(doc_text(dpath))
        if len(text) < 500:
            print(f"{dpath.name}: too little text extracted ({len(text)} chars)")
            bad += 1
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, p in phrases:
            n_words = len(p.split())
            count = text.count(norm(p))
            if count != 1 or not 6 <= n_words <= 15:
                print(f"{dpath.name}: {kind} phrase occurs {count} times, {n_words} words: {p!r}")
                bad += 1
        print(f"{gpath.name}: {len(phrases)} phrases checked")
    print("check passed" if not bad else f"check FAILED: {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
