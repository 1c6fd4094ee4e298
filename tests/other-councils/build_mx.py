#!/usr/bin/env python3
"""Build the "mx-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_mx.py           build documents/mx-* and gold/mx-*.json
        build_mx.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as _dt
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "mx-greenmarsh-hassp-2025-11-13.html"
REPORT_NAME = "mx-greenmarsh-hassp-report-home-care-recommissioning.pdf"

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def esc(s: str) -> str:
    return html.escape(s, quote=False)


# ---------------------------------------------------------------------------
# The minutes page
# ---------------------------------------------------------------------------

def p(*paras: str) -> str:
    return "\n".join(f"<p>{x}</p>" for x in paras)


ITEM_GROUPS = [
    ("Standard Items", [
        {
            "no": "1",
            "title": "Apologies for Absence and Substitutions",
            "desc": p("To note any apologies for absence and substitutions."),
            "docs": [],
            "minutes": p(
                "Apologies for absence were received from Councillor Marchetti. "
                "Councillor Keane attended as a substitute.",
                "Apologies for lateness were received from Councillor Pryce, who joined "
                "the meeting at 7.20pm during item 6.",
            ),
        },
        {
            "no": "2",
            "title": "Urgent Matters",
            "desc": p("To consider any urgent matters that the Chair has agreed should be "
                      "considered at the meeting."),
            "docs": [],
            "minutes": p("There were no urgent matters."),
        },
        {
            "no": "3",
            "title": "Declarations of Interest",
            "desc": p("To note any declarations of interest made by members."),
            "docs": [],
            "minutes": p(
                "Councillor Siddiqui declared that she worked as a community pharmacist in "
                "a neighbouring borough; this was not a disclosable pecuniary interest.",
                "Councillor Keane declared that a member of her family received home care "
                "from one of the Council&#8217;s framework providers. She would take part in "
                "the discussion on item 7 as this was not a disclosable pecuniary interest.",
            ),
        },
        {
            "no": "4",
            "title": "Matters to be Considered in Private",
            "desc": p("To determine whether items contain information that is exempt from "
                      "disclosure by virtue of Part 1 of Schedule 12A of the Local Government "
                      "Act 1972."),
            "docs": [],
            "minutes": p("RESOLVED: That all items be considered in public, as proposed."),
        },
        {
            "no": "5",
            "title": "Minutes",
            "desc": p("To approve as a correct record the minutes of the meeting held on "
                      "18 September 2025."),
            "docs": [("Minutes 18 September 2025", "PDF", "214 KB")],
            "minutes": (
                "<ol>\n<li>The minutes of the meeting held on 18 September 2025 be agreed as "
                "a correct record of the meeting.</li>\n</ol>\n"
                + p(
                    "Matters arising: Councillor Birtwhistle asked whether the figures on "
                    "delayed hospital discharges promised at the last meeting had been "
                    "circulated. The Scrutiny Review Officer confirmed that they had been sent "
                    "to members on 3 October 2025 and would be included in the information "
                    "pack for the January meeting."
                )
            ),
        },
    ]),
    ("Items for Consideration", [
        {
            "no": "6",
            "title": "Urgent and Emergency Care &#8211; Winter Plan 2025/26",
            "desc": p(
                "To receive a report from NHS Thames West Integrated Care Board and "
                "Greenmarsh and Hallbrook Hospitals NHS Trust on preparations for winter "
                "2025/26 across urgent and emergency care services.",
                "The Panel is asked to comment on the winter plan and to identify any areas "
                "for further scrutiny.",
            ),
            "docs": [("Winter Plan 2025-26 - report", "PDF", "612 KB"),
                     ("Appendix A - UEC performance dashboard", "PDF", "1 MB")],
            "minutes": p(
                "Dr Rachel Huang, Borough Director, Greenmarsh, NHS Thames West Integrated "
                "Care Board (ICB), and Simon Akerele, Chief Operating Officer, Greenmarsh and "
                "Hallbrook Hospitals NHS Trust, presented the report. The winter plan had been "
                "developed jointly with the Council and set out the additional capacity that "
                "would be in place across the system from December, including 26 escalation "
                "beds at Greenmarsh Hospital, an expanded virtual ward of 60 beds, a same day "
                "emergency care unit open until midnight and a flu and COVID-19 vaccination "
                "campaign aimed at residents over 65 and front-line health and care staff. "
                "Performance against the four-hour standard in the emergency department had "
                "been 71.8% in September 2025, against the national target of 78% for March "
                "2026.",
                "Councillor Okafor asked why the Trust was still some way below the four-hour "
                "target when the plan for the previous winter had promised an improvement. "
                "Mr Akerele explained that attendances had risen by 6% year on year and that "
                "the department had been designed for far fewer patients; a redesign of the "
                "front door, with patients streamed to the urgent treatment centre on "
                "arrival, would be completed in December 2025.",
                "Councillor Birtwhistle raised concerns about the number of patients waiting "
                "more than 12 hours in the emergency department, particularly people with "
                "mental health needs who were waiting for a specialist bed. In response, "
                "Dr Huang said that this was the area of greatest concern for the ICB. A mental "
                "health crisis assessment space had opened at Hallbrook Hospital in October "
                "and the number of 12-hour waits for mental health patients had fallen from 94 "
                "in July to 61 in September, which was still far too many.",
                "In response to a question from Councillor Siddiqui about the uptake of flu "
                "vaccination among care home staff, Dr Huang said that uptake had been 38% at "
                "the end of last season and that the ICB would fund a roving vaccination team "
                "to visit every care home in the borough before Christmas. The Director of "
                "Public Health added that the Council&#8217;s own front-line staff had been "
                "offered vaccination at work for the first time this year.",
                "The Chair asked what would happen if the ambulance handover delays seen last "
                "January recurred. Mr Akerele said that a hospital ambulance liaison officer "
                "would be on duty at Greenmarsh Hospital seven days a week and that the Trust "
                "had agreed with the ambulance service that no handover should take longer "
                "than 45 minutes.",
                "Councillor Pryce asked whether there were enough care packages available to "
                "support people being discharged from hospital at weekends. Kerry Ashdown, "
                "Strategic Director, Adult Social Care and Health, said that the Council&#8217;s "
                "hospital discharge team now worked seven days a week and that most new home "
                "care packages were being started within 48 hours of a referral; the Better "
                "Care Fund was paying for additional reablement capacity over the winter "
                "months.",
                "Maureen Ashby, Healthwatch Greenmarsh, commented that residents continued to "
                "tell Healthwatch that they did not know where to go when their GP surgery "
                "was closed, and that the &#8216;think before you go&#8217; messages were not "
                "reaching people who did not speak English as a first language.",
                "Councillor Keane requested that future reports show the figures for "
                "Greenmarsh residents separately from those for the Trust as a whole, as the "
                "Panel could not tell from the dashboard how local people were affected. "
                "Dr Huang agreed to provide borough-level figures.",
                "RESOLVED: That the Panel:",
            ) + (
                "\n<ol>\n<li>noted the Urgent and Emergency Care Winter Plan 2025/26; and</li>\n"
                "<li>requested that the ICB and the Trust report back to the Panel in March "
                "2026 on performance over the winter, including borough-level figures for "
                "twelve-hour waits.</li>\n</ol>"
            ),
        },
        {
            "no": "7",
            "title": "Home Care Recommissioning &#8211; Pre-decision Scrutiny",
            "desc": p(
                "To scrutinise the proposals for the recommissioning of home care services, "
                "which are due to be considered by Cabinet on 10 December 2025, and to make "
                "any recommendations to Cabinet.",
            ),
            "docs": [("Home Care Recommissioning - report", "PDF", "486 KB"),
                     ("Appendix 1 - Engagement summary", "PDF", "302 KB"),
                     ("Appendix 2 - Equalities Analysis", "PDF", "255 KB")],
            "minutes": p(
                "Councillor Jasmine Wolde, Cabinet Member for Healthy Lives, introduced the "
                "report and explained that the current home care contracts, under which 31 "
                "providers were on a framework, would expire in September 2026. Paul Edgerton, "
                "Assistant Director, Commissioning and Market Management, outlined the "
                "proposed model: the borough would be divided into six zones, each with a "
                "lead provider and up to two secondary providers, and every provider would be "
                "required to pay the London Living Wage. The Council spent &#163;38.4 million "
                "a year on home care and supported around 1,900 residents at any one time.",
                "With the agreement of the Chair, Ms Carol Pemberton, a home care worker and "
                "a representative of the GMB trade union, addressed the Panel. She asked "
                "whether the Council would make payment for travel time between calls a "
                "condition of the new contracts, as many care workers were paid only for the "
                "minutes they spent in people&#8217;s homes. The Cabinet Member replied that "
                "paid travel time would be written into the contract specification and "
                "checked through contract monitoring visits.",
                "In discussion, the following points were made:",
            ) + "\n<ul>\n" + "\n".join(f"<li>{x}</li>" for x in [
                "Councillor Okafor questioned why the Council was not considering bringing "
                "some of the service back in-house, as other London boroughs had done. "
                "Mr Edgerton said that an in-house option had been appraised, but the "
                "start-up costs, estimated at &#163;4.2 million, and the time needed to recruit "
                "several hundred care workers meant that it could not be delivered by "
                "September 2026; the option would be kept under review.",
                "Concern was expressed that zoning could leave residents in the west of the "
                "borough with fewer providers to choose from, as the market there was thin. "
                "Officers confirmed that the zone boundaries had been drawn following market "
                "engagement with providers and that spot purchasing would remain available "
                "where a lead provider could not meet demand.",
                "Councillor Keane asked how the views of people who used home care and their "
                "carers had been taken into account. The Panel was informed that 412 people "
                "had responded to the survey and that a group of service users and carers had "
                "been involved in designing the outcomes framework.",
                "Councillor Pryce sought clarification on how the 2.5% fee uplift had been "
                "calculated and whether it was affordable within the budget for 2026/27. The "
                "Strategic Director explained that the rates had been modelled on the cost of "
                "care exercise and that the uplift had been included in the Medium Term "
                "Financial Strategy.",
                "Councillor Birtwhistle welcomed the requirement to pay the London Living Wage "
                "but commented that it would mean little if providers continued to use "
                "zero-hours contracts. Mr Edgerton replied that the specification would "
                "require providers to offer guaranteed hours to care workers who wanted them.",
                "Maureen Ashby asked what would happen to residents whose current provider "
                "did not win a contract, and whether they would be able to keep their care "
                "workers. The Cabinet Member said that no one would be moved without a "
                "conversation about their care and that TUPE would be likely to apply to many "
                "of the care workers concerned.",
            ]) + "\n</ul>\n" + p(
                "RESOLVED: That the Panel noted the report on the recommissioning of home care "
                "services.",
                "The Panel AGREED to RECOMMEND to Cabinet that:",
            ) + (
                "\n<ol>\n<li>payment for travel time between calls be a contractual "
                "requirement for all home care providers in the new contracts;</li>\n"
                "<li>the in-house option be reviewed again before the second year of the new "
                "contracts; and</li>\n"
                "<li>the Cabinet Member report back to the Panel on the outcome of the "
                "procurement.</li>\n</ol>"
            ),
        },
        {
            "no": "8",
            "title": "Adult Community Mental Health Services &#8211; Transformation Update",
            "desc": p(
                "To receive an update from Westbourne Mental Health NHS Trust on the "
                "transformation of community mental health services for adults in Greenmarsh.",
            ),
            "docs": [("Community Mental Health Transformation - presentation", "PDF", "1 MB")],
            "minutes": p(
                "Joanne Whitcombe, Borough Director (Greenmarsh), Westbourne Mental Health NHS "
                "Trust, gave a presentation on the progress of the community mental health "
                "transformation programme. Three neighbourhood mental health teams had been set "
                "up, in Northfield, Greenmarsh Central and Havelock, bringing together the "
                "Trust&#8217;s staff, the Council&#8217;s social workers and voluntary sector "
                "partners, and the Greenmarsh Crisis Caf&#233; had opened in June 2025 on "
                "weekday evenings, with 640 visits in its first four months.",
                "Members asked about waiting times for psychological therapies, which the "
                "presentation showed had risen to 19 weeks for a first appointment. "
                "Ms Whitcombe said that the service had lost eleven therapists over the year, "
                "mostly to other trusts and to private practice, and that a recruitment "
                "campaign with a retention payment was under way; she expected waiting times "
                "to fall from the spring. Councillor Siddiqui asked whether the Crisis Caf&#233; "
                "would open at weekends, when the emergency department saw the most mental "
                "health attendances, and was told that it would do so from January 2026 if "
                "funding from the ICB was confirmed. Councillor Keane asked how residents whose "
                "first language was not English were being reached, and Ms Whitcombe said "
                "that the Trust was working with community groups in Southcote and Havelock "
                "and had recruited peer support workers who spoke Punjabi, Somali and Polish.",
                "Councillor Okafor said that he remained concerned that young people moving "
                "from child and adolescent mental health services to adult services were "
                "falling through the gap, and that the Panel should look at transition in "
                "more detail at a future meeting.",
                "Councillor Pryce commented that the Crisis Caf&#233; had been praised by "
                "residents in his ward and asked that the Trust publicise it more widely in "
                "GP surgeries and pharmacies. Ms Whitcombe agreed to share publicity materials "
                "with all councillors.",
                "The Panel noted the update and thanked Ms Whitcombe and her colleagues for "
                "attending.",
            ),
        },
        {
            "no": "9",
            "title": "Work Programme 2025/26",
            "desc": p("To review the Panel&#8217;s work programme for the remainder of the "
                      "2025/26 municipal year."),
            "docs": [("HASSSP Work Programme 2025-26", "PDF", "98 KB")],
            "minutes": p(
                "Lydia Fenn, Scrutiny Review Officer, introduced the work programme and "
                "reminded members that the January meeting would consider the budget "
                "proposals for adult social care and the Director of Public Health&#8217;s "
                "annual report.",
                "Following the discussion under item 8, the Chair proposed that an item on the "
                "transition from children&#8217;s to adult mental health services be added "
                "to the March 2026 meeting.",
                "Councillor Siddiqui asked that the report on sexual health services due in "
                "March include the outcome of the recent procurement of the integrated sexual "
                "health service. The Scrutiny Review Officer said that this would be requested "
                "from the Director of Public Health.",
                "RESOLVED: That the work programme for 2025/26 be agreed, subject to the "
                "addition of an item on the transition from children&#8217;s to adult mental "
                "health services at the March 2026 meeting.",
            ),
        },
        {
            "no": "10",
            "title": "Date of Next Meeting",
            "desc": p("Thursday 22 January 2026 at 7.00pm."),
            "docs": [],
            "minutes": p(
                "The next meeting of the Panel would take place on Thursday 22 January 2026 "
                "at 7.00pm in the Council Chamber, Greenmarsh Town Hall.",
                "The meeting ended at 9.40pm.",
            ),
        },
    ]),
]

COMMITTEE_MEMBERS = [
    ("Councillor Anjali Mehra", "Chair", "Present"),
    ("Councillor Tom Birtwhistle", "Vice-Chair", "Present"),
    ("Councillor Ravi Dhaliwal", "Committee Member", "Absent"),
    ("Councillor Siobhan Keane", "Substitute", "Present as Substitute"),
    ("Councillor Helen Marchetti", "Committee Member", "Apologies"),
    ("Councillor Desmond Okafor", "Committee Member", "Present"),
    ("Councillor Gareth Pryce", "Committee Member", "Present"),
    ("Councillor Farah Siddiqui", "Committee Member", "Present"),
    ("Maureen Ashby", "Co-opted Member (Healthwatch Greenmarsh)", "Present"),
]
ALSO_ATTENDING = [
    ("Councillor Jasmine Wolde", "Cabinet Member for Healthy Lives", "In Attendance"),
]
OFFICERS = [
    ("Kerry Ashdown", "Strategic Director, Adult Social Care and Health", "In Attendance"),
    ("Dr Nikhil Rao", "Director of Public Health", "In Attendance"),
    ("Paul Edgerton", "Assistant Director, Commissioning and Market Management",
     "In Attendance"),
    ("Lydia Fenn", "Scrutiny Review Officer", "In Attendance"),
    ("Marcus Hale", "Democratic Services Officer", "In Attendance"),
]
VISITORS = [
    ("Dr Rachel Huang", "NHS Thames West Integrated Care Board", "Borough Director, Greenmarsh",
     "6"),
    ("Simon Akerele", "Greenmarsh and Hallbrook Hospitals NHS Trust", "Chief Operating Officer",
     "6"),
    ("Joanne Whitcombe", "Westbourne Mental Health NHS Trust", "Borough Director (Greenmarsh)",
     "8"),
]
DECLARATIONS = [
    ("Councillor Farah Siddiqui", "All items",
     "Other registrable interest", "Community pharmacist (employment outside the borough)"),
    ("Councillor Siobhan Keane", "7",
     "Non-registrable interest", "Relative in receipt of home care from a framework provider"),
]


def attendance_table(caption: str, rows, cls: str) -> str:
    out = [f'<table class="AttendanceTable {cls}" summary="{caption}">',
           f"<caption>{caption}</caption>",
           "<thead><tr><th scope=\"col\">Attendee</th><th scope=\"col\">Role</th>"
           "<th scope=\"col\">Attendance</th></tr></thead>", "<tbody>"]
    for name, role, att in rows:
        out.append(f'<tr><td><a href="/greenmarsh/Councillors/tabid/62/ctl/ViewCMIS_Person/'
                   f'mid/383/Default.aspx" class="PersonLink">{esc(name)}</a></td>'
                   if name.startswith("Councillor") else f"<tr><td>{esc(name)}</td>")
        out[-1] += f"<td>{esc(role)}</td><td>{esc(att)}</td></tr>"
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def build_minutes_html() -> str:
    parts: list[str] = []
    parts.append("""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Meeting Details - Health and Adult Social Services Scrutiny Panel, 13/11/2025 19:00 | Greenmarsh Council</title>
<link href="/greenmarsh/Portals/_default/default.css?cdv=214" type="text/css" rel="stylesheet">
<link href="/greenmarsh/DesktopModules/CMIS/module.css?cdv=214" type="text/css" rel="stylesheet">
<link href="/greenmarsh/Portals/_default/Skins/Greenmarsh2019/skin.css?cdv=214" type="text/css" rel="stylesheet">
<script src="/greenmarsh/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=214" type="text/javascript"></script>
<script src="/greenmarsh/DesktopModules/CMIS/js/tabs.js?cdv=214" type="text/javascript"></script>
<!-- saved from url=(0118)https://greenmarsh.cmis.uk.com/greenmarsh/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/7412/Committee/41/Default.aspx -->
</head>
<body id="Body">
<form method="post" action="/greenmarsh/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/7412/Committee/41/Default.aspx" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="k3Nv0rE8YwqZ1m4d0QzU9Gx2bVh7LwTj5aP6nRcS8eK1fH3yJ0uB4oD7iM2gX9tA6sE5lC1vN8wQ3rY0zF7hU4jP2kO9">
</div>
<a href="#content" class="skip-link">Skip to main content</a>
<div id="cookie-notice" class="cookie-notice" role="region" aria-label="Cookie notice">
<p>We use cookies to make this website work and to collect information about how you use it. <a href="/cookies">Find out more about cookies</a></p>
<button type="button" class="btn">Accept all cookies</button> <button type="button" class="btn btn-secondary">Reject optional cookies</button>
</div>
<header class="site-header">
<div class="container">
<a href="https://www.greenmarsh.gov.uk" class="logo"><img src="/greenmarsh/Portals/0/Images/greenmarsh-logo.png" alt="Greenmarsh Council"></a>
<nav class="main-nav" aria-label="Main">
<ul>
<li><a href="/greenmarsh/Home.aspx">Home</a></li>
<li><a href="/greenmarsh/Calendarofmeetings.aspx">Calendar of Meetings</a></li>
<li><a href="/greenmarsh/Committees.aspx">Committees</a></li>
<li><a href="/greenmarsh/Councillors.aspx">Councillors</a></li>
<li><a href="/greenmarsh/DocumentLibrary.aspx">Search Documents</a></li>
<li><a href="/greenmarsh/ForwardPlan.aspx">Forward Plan</a></li>
</ul>
</nav>
</div>
</header>
<div class="breadcrumb container"><span>You are here:</span> <a href="/greenmarsh/Home.aspx">Home</a> &gt; <a href="/greenmarsh/Meetings.aspx">Meetings</a> &gt; <span class="current">Meeting Details</span></div>
<main id="content" class="container">
<div class="DnnModule DnnModule-CMIS DnnModule-397">
<div class="Normal">
<div class="MeetingDetails">
<h1 class="ModuleTitle">Meeting Details</h1>
<div class="MeetingHeader">
<h2 class="CommitteeName">Health and Adult Social Services Scrutiny Panel</h2>
<p class="MeetingDateTime">13 Nov 2025 - 19:00 to 21:40</p>
<p class="MeetingLocation"><span class="Label">Location:</span> Council Chamber, Greenmarsh Town Hall, Station Parade</p>
<p class="MeetingStatus"><span class="Label">Status:</span> Minutes published &#8211; draft until approved at the next meeting</p>
<p class="MeetingContact"><span class="Label">Contact:</span> Marcus Hale, Democratic Services &#8211; 020 7946 0721 &#8211; <a href="mailto:democraticservices@greenmarsh.gov.uk">democraticservices@greenmarsh.gov.uk</a></p>
</div>
<ul class="nav nav-tabs" role="tablist">
<li class="active"><a href="#tabDocuments" role="tab">Documents</a></li>
<li><a href="#tabAttendance" role="tab">Attendance</a></li>
<li><a href="#tabDeclarations" role="tab">Declarations of Interests</a></li>
<li><a href="#tabVisitors" role="tab">Visitors</a></li>
</ul>
<div class="tab-content">
<div id="tabDocuments" class="tab-pane active" role="tabpanel">
<div class="MeetingDocuments">
<ul class="DocumentList">
<li><a href="/greenmarsh/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=AgendaFrontsheet" class="doc pdf">Agenda Frontsheet <span class="FileSize">PDF 188 KB</span></a></li>
<li><a href="/greenmarsh/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=AgendaPack" class="doc pdf">Agenda Reports Pack <span class="FileSize">PDF 4 MB</span></a></li>
<li><a href="/greenmarsh/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=Minutes" class="doc pdf">Minutes <span class="FileSize">PDF 241 KB</span></a></li>
</ul>
</div>
<div class="MeetingNotice">
<p>This meeting will be held in person and will be webcast. The webcast can be viewed by following this link: <a href="https://greenmarsh.public-i.tv/core/portal/home">Watch the meeting</a></p>
</div>
""")
    for group, items in ITEM_GROUPS:
        parts.append(f'<div class="AgendaGroup">\n<h3 class="AgendaGroupTitle">{group}</h3>')
        for it in items:
            parts.append('<div class="AgendaItem">')
            title = it["title"]
            if it["docs"]:
                title_html = (f'<a href="#item{it["no"]}docs" class="ItemTitleLink">{title}</a>')
            else:
                title_html = title
            parts.append(f'<h4 class="AgendaItemHeading" id="item{it["no"]}">'
                         f'<span class="ItemNumber">{it["no"]}</span> '
                         f'<span class="ItemTitle">{title_html}</span></h4>')
            parts.append(f'<div class="ItemDescription">\n{it["desc"]}\n</div>')
            if it["docs"]:
                parts.append(f'<ul class="ItemDocuments" id="item{it["no"]}docs">')
                for (dn, kind, size) in it["docs"]:
                    parts.append(f'<li><a href="/greenmarsh/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zN='
                                 f'{it["no"]}" class="doc pdf">{esc(dn)}</a> '
                                 f'<span class="FileSize">{kind} {size}</span></li>')
                parts.append("</ul>")
            parts.append(f'<div class="ItemMinutes">\n{it["minutes"]}\n</div>')
            parts.append("</div>")
        parts.append("</div>")
    parts.append("</div>")  # tabDocuments

    parts.append('<div id="tabAttendance" class="tab-pane" role="tabpanel" style="display:none">')
    parts.append('<h3 class="TabTitle">Attendance</h3>')
    parts.append(attendance_table("Committee Members", COMMITTEE_MEMBERS, "Members"))
    parts.append(attendance_table("Also in Attendance", ALSO_ATTENDING, "Others"))
    parts.append(attendance_table("Officers", OFFICERS, "Officers"))
    parts.append("</div>")

    parts.append('<div id="tabDeclarations" class="tab-pane" role="tabpanel" style="display:none">')
    parts.append('<h3 class="TabTitle">Declarations of Interests</h3>')
    parts.append('<table class="DeclarationsTable"><thead><tr><th scope="col">Member</th>'
                 '<th scope="col">Item</th><th scope="col">Type of interest</th>'
                 '<th scope="col">Nature of interest</th></tr></thead><tbody>')
    for row in DECLARATIONS:
        parts.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>")
    parts.append("</tbody></table>")
    parts.append("</div>")

    parts.append('<div id="tabVisitors" class="tab-pane" role="tabpanel" style="display:none">')
    parts.append('<h3 class="TabTitle">Visitors</h3>')
    parts.append('<table class="VisitorsTable"><thead><tr><th scope="col">Visitor</th>'
                 '<th scope="col">Organisation</th><th scope="col">Role</th>'
                 '<th scope="col">Item</th></tr></thead><tbody>')
    for row in VISITORS:
        parts.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>")
    parts.append("</tbody></table>")
    parts.append("</div>")

    parts.append("""</div>
<div class="MeetingFooterLinks">
<a href="/greenmarsh/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/7412/Committee/41/SelectedTab/Documents/Print.aspx" class="print">Print this page</a> |
<a href="/greenmarsh/Calendarofmeetings.aspx">Back to Calendar of Meetings</a> |
<a href="/greenmarsh/Committees/tabid/62/ctl/ViewCMIS_CommitteeDetails/mid/383/id/41/Default.aspx">Committee details</a>
</div>
</div>
</div>
</div>
</main>
<footer class="site-footer">
<div class="container">
<ul class="footer-links">
<li><a href="https://www.greenmarsh.gov.uk/accessibility">Accessibility</a></li>
<li><a href="https://www.greenmarsh.gov.uk/privacy">Privacy notice</a></li>
<li><a href="https://www.greenmarsh.gov.uk/contact">Contact us</a></li>
</ul>
<p>Greenmarsh Council, Greenmarsh Town Hall, Station Parade, London</p>
<p>&#169; Greenmarsh Council 2025. Committee information powered by CMIS.</p>
</div>
</footer>
<input name="ScrollTop" type="hidden" id="ScrollTop">
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{`__scdoff`:`1`}">
</form>
</body>
</html>
""")
    return "\n".join(parts)


# ---------------------------------------------------------------------------
# The report that is not minutes
# ---------------------------------------------------------------------------

def build_report_pdf(path: Path) -> None:
    from fpdf import FPDF

    class Report(FPDF):
        def header(self):
            self.set_font("Sans", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Greenmarsh Council", align="L")
            self.cell(0, 5, "Health and Adult Social Services Scrutiny Panel \u2013 13 November 2025",
                      align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(3)

        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"Agenda Item 7 \u2013 page {self.page_no()}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = Report(format="A4")
    pdf.set_creation_date(_dt.datetime(2025, 11, 4, 9, 30, 0, tzinfo=_dt.timezone.utc))
    pdf.set_title("Home Care Recommissioning - Pre-decision Scrutiny")
    pdf.set_author("Greenmarsh Council")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("Sans", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    def heading(t: str, size: float = 11):
        pdf.ln(2)
        pdf.set_font("Sans", "B", size)
        pdf.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def para(t: str, indent: float = 0):
        pdf.set_font("Sans", "", 10)
        if indent:
            pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    pdf.set_font("Sans", "B", 15)
    pdf.multi_cell(0, 8, "Home Care Recommissioning \u2013 Pre-decision Scrutiny",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "", 9.5)
    cover = [
        ("Report to", "Health and Adult Social Services Scrutiny Panel"),
        ("Date of meeting", "13 November 2025"),
        ("Cabinet Member", "Councillor Jasmine Wolde, Cabinet Member for Healthy Lives"),
        ("Lead officer", "Paul Edgerton, Assistant Director, Commissioning and Market Management"),
        ("Contact", "homecare.commissioning@greenmarsh.gov.uk"),
        ("Wards affected", "All"),
        ("Key decision", "Yes \u2013 to be taken by Cabinet on 10 December 2025"),
    ]
    with pdf.table(col_widths=(45, 125), text_align=("LEFT", "LEFT"), line_height=5.5,
                   first_row_as_headings=False) as table:
        for a, b in cover:
            row = table.row()
            row.cell(a)
            row.cell(b)
    pdf.ln(3)

    heading("1. Purpose of the report")
    para("1.1 This report sets out the proposed model for the recommissioning of home care "
         "services in Greenmarsh from October 2026, and gives the Panel the opportunity to "
         "comment on the proposals before they are considered by Cabinet.")

    heading("2. Recommendations")
    para("2.1 The Panel is asked to:")
    para("(a) note the proposed zoned model for home care set out in section 4;", indent=6)
    para("(b) comment on the outcome of the engagement with residents, carers and providers "
         "summarised in section 5; and", indent=6)
    para("(c) agree any recommendations it wishes to make to Cabinet.", indent=6)

    heading("3. Background")
    para("3.1 The Council currently buys home care from 31 providers appointed to a framework "
         "in 2021. The framework expires on 30 September 2026 and cannot be extended further. "
         "Around 1,900 residents receive home care at any one time, and the Council spent "
         "\u00a338.4 million on the service in 2024/25.")
    para("3.2 Providers have told the Council that the framework spreads work too thinly, so "
         "that care workers spend a large part of each shift travelling between calls. "
         "Recruitment and retention of care workers remains the greatest risk to the service.")

    heading("4. The proposed model")
    para("4.1 The borough would be divided into six zones based on the neighbourhood health "
         "and care areas. Each zone would have one lead provider, responsible for accepting "
         "every new package in the zone, and up to two secondary providers.")
    para("4.2 All providers would be required to pay care workers at least the London Living "
         "Wage, to pay for travel time, and to offer guaranteed-hours contracts to staff who "
         "want them. Fee rates would rise by 2.5% in 2026/27.")
    para("4.3 An in-house option was appraised and is not recommended at this stage because of "
         "the start-up costs and the time needed to build a workforce; Appendix 3 sets out the "
         "appraisal.")

    heading("5. What people asked us and our response")
    para("5.1 Engagement ran from 2 June to 25 July 2025. 412 people responded to the survey, "
         "and four workshops were held with people who use home care, carers and providers. "
         "The main questions raised are set out below.")
    rows = [
        ("Question raised", "Our response"),
        ("Will I be able to keep my care worker if my provider changes?",
         "We will plan every move with the person and their family. In many cases care "
         "workers will transfer to the new provider with the work."),
        ("Why are visits sometimes only 15 minutes long?",
         "The new specification sets a minimum of 30 minutes for visits that include "
         "personal care."),
        ("Who do I contact if a carer does not turn up?",
         "Each lead provider will run a local office in its zone, and the Council\u2019s "
         "brokerage team will remain available out of hours."),
        ("Will the changes cost me more?",
         "No. The amount people contribute towards their care is set by the charging "
         "policy, which is not changing as part of this work."),
    ]
    pdf.set_font("Sans", "", 9.5)
    with pdf.table(col_widths=(70, 100), text_align=("LEFT", "LEFT"), line_height=5.2) as table:
        for a, b in rows:
            row = table.row()
            row.cell(a)
            row.cell(b)
    pdf.ln(3)

    heading("6. Financial implications")
    para("6.1 The proposed rates have been modelled on the cost of care exercise completed in "
         "2025 and are affordable within the Medium Term Financial Strategy. The additional "
         "cost in 2026/27 is estimated at \u00a31.1 million.")

    heading("7. Legal implications")
    para("7.1 The procurement will be carried out under the Health Care Services (Provider "
         "Selection Regime) Regulations 2023 where they apply, and otherwise under the "
         "Procurement Act 2023. The Transfer of Undertakings (Protection of Employment) "
         "Regulations may apply to some care workers.")

    heading("8. Suggested lines of enquiry for the Panel")
    for q in [
        "How will the Council check that providers are paying for travel time in practice?",
        "What happens in a zone where the lead provider cannot take on new packages?",
        "How have people who use home care shaped the outcomes framework?",
        "What would need to change for an in-house service to be viable in future?",
    ]:
        para("\u2022 " + q, indent=4)

    heading("9. Background papers")
    para("Cost of Care Exercise 2025; Market Position Statement 2025\u20132028; Equalities "
         "Analysis (Appendix 2).")

    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def minutes_gold() -> dict:
    items = []
    for _, group in ITEM_GROUPS:
        for it in group:
            items.append({"number": it["no"], "title": html.unescape(it["title"])})
    questions = [
        q("5", "question",
          "asked whether the figures on delayed hospital discharges promised at the last meeting",
          "Councillor Birtwhistle",
          "The Scrutiny Review Officer confirmed that they had been sent to members",
          "The Scrutiny Review Officer", ["adult-social-care"]),
        q("6", "question",
          "asked why the Trust was still some way below the four-hour target",
          "Councillor Okafor",
          "the department had been designed for far fewer patients",
          "Mr Akerele", []),
        q("6", "concern",
          "raised concerns about the number of patients waiting more than 12 hours",
          "Councillor Birtwhistle",
          "this was the area of greatest concern for the ICB",
          "Dr Huang", ["mental-health"]),
        q("6", "question",
          "about the uptake of flu vaccination among care home staff",
          "Councillor Siddiqui",
          "the ICB would fund a roving vaccination team to visit every care home",
          "Dr Huang", ["public-health", "adult-social-care", "workforce"]),
        q("6", "question",
          "asked what would happen if the ambulance handover delays seen last January recurred",
          "The Chair",
          "a hospital ambulance liaison officer would be on duty at Greenmarsh Hospital",
          "Mr Akerele", []),
        q("6", "question",
          "asked whether there were enough care packages available to support people being "
          "discharged",
          "Councillor Pryce",
          "hospital discharge team now worked seven days a week",
          "Kerry Ashdown", ["adult-social-care", "integration"]),
        q("6", "comment",
          "residents continued to tell Healthwatch that they did not know where to go",
          "Maureen Ashby", None, None, ["primary-care", "patient-and-public-input"]),
        q("6", "request",
          "requested that future reports show the figures for Greenmarsh residents separately",
          "Councillor Keane",
          "Dr Huang agreed to provide borough-level figures",
          "Dr Huang", []),
        q("7", "question",
          "asked whether the Council would make payment for travel time between calls a condition",
          "Ms Carol Pemberton",
          "paid travel time would be written into the contract specification",
          "The Cabinet Member", ["workforce", "subcontracting", "adult-social-care"]),
        q("7", "question",
          "questioned why the Council was not considering bringing some of the service back",
          "Councillor Okafor",
          "an in-house option had been appraised, but the start-up costs",
          "Mr Edgerton", ["privatisation", "finance", "workforce"]),
        q("7", "concern",
          "Concern was expressed that zoning could leave residents in the west of the borough",
          None,
          "the zone boundaries had been drawn following market engagement with providers",
          None, ["subcontracting", "adult-social-care"]),
        q("7", "question",
          "asked how the views of people who used home care and their carers",
          "Councillor Keane",
          "412 people had responded to the survey",
          None, ["patient-and-public-input", "adult-social-care"]),
        q("7", "question",
          "sought clarification on how the 2.5% fee uplift had been calculated",
          "Councillor Pryce",
          "the rates had been modelled on the cost of care exercise",
          "The Strategic Director", ["finance", "adult-social-care"]),
        q("7", "comment",
          "it would mean little if providers continued to use zero-hours contracts",
          "Councillor Birtwhistle",
          "the specification would require providers to offer guaranteed hours to care workers",
          "Mr Edgerton", ["workforce", "subcontracting"]),
        q("7", "question",
          "asked what would happen to residents whose current provider did not win a contract",
          "Maureen Ashby",
          "no one would be moved without a conversation about their care",
          "The Cabinet Member", ["adult-social-care", "workforce", "subcontracting"]),
        q("8", "question",
          "Members asked about waiting times for psychological therapies",
          None,
          "the service had lost eleven therapists over the year",
          "Ms Whitcombe", ["mental-health", "workforce"]),
        q("8", "question",
          "asked whether the Crisis Café would open at weekends",
          "Councillor Siddiqui",
          "it would do so from January 2026 if funding from the ICB was confirmed",
          None, ["mental-health", "finance"]),
        q("8", "question",
          "asked how residents whose first language was not English were being reached",
          "Councillor Keane",
          "the Trust was working with community groups in Southcote and Havelock",
          "Ms Whitcombe", ["mental-health"]),
        q("8", "concern",
          "young people moving from child and adolescent mental health services to adult services",
          "Councillor Okafor", None, None, ["mental-health", "children-and-families"]),
        q("8", "request",
          "asked that the Trust publicise it more widely in GP surgeries and pharmacies",
          "Councillor Pryce",
          "Ms Whitcombe agreed to share publicity materials with all councillors",
          "Ms Whitcombe", ["mental-health", "primary-care"]),
        q("9", "request",
          "asked that the report on sexual health services due in March include",
          "Councillor Siddiqui",
          "this would be requested from the Director of Public Health",
          "The Scrutiny Review Officer", ["public-health", "subcontracting"]),
    ]
    resolutions = [
        r("4", "That all items be considered in public, as proposed", "agreed", []),
        r("5", "minutes of the meeting held on 18 September 2025 be agreed", "agreed", []),
        r("6", "requested that the ICB and the Trust report back to the Panel",
          "agreed", []),
        r("7", "the Panel noted the report on the recommissioning of home care", "noted",
          ["adult-social-care", "subcontracting"]),
        r("7", "be a contractual requirement for all home care providers in the new contracts",
          "recommended",
          ["workforce", "subcontracting", "privatisation", "adult-social-care"]),
        r("8", "The Panel noted the update and thanked Ms Whitcombe", "noted",
          ["mental-health"]),
        r("9", "be agreed, subject to the addition of an item on the transition",
          "agreed", ["mental-health", "children-and-families"]),
    ]

    def att(rows, status_map):
        return [{"name": n, "role": role, "attendance": status_map[a]} for n, role, a in rows]

    smap = {"Present": "present", "Present as Substitute": "present", "Apologies": "apologies",
            "Absent": "absent", "In Attendance": "in_attendance"}
    attendees = (att(COMMITTEE_MEMBERS, smap) + att(ALSO_ATTENDING, smap)
                 + att(OFFICERS, smap)
                 + [{"name": n, "role": role, "attendance": "in_attendance"}
                    for n, _org, role, _item in VISITORS])
    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": "Health and Adult Social Services Scrutiny Panel",
        "meeting_date": "2025-11-13",
        "items": items,
        "questions": questions,
        "resolutions": resolutions,
        "attendees": attendees,
    }


def report_gold() -> dict:
    return {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def norm(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]|_", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    suf = path.suffix.lower()
    if suf in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    if suf == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join((pg.extract_text() or "") for pg in pdf.pages)
    if suf == ".docx":
        import docx
        d = docx.Document(str(path))
        out = [para.text for para in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    out.append(c.text)
        return "\n".join(out)
    return path.read_text(encoding="utf-8")


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(build_minutes_html(), encoding="utf-8")
    build_report_pdf(DOCS / REPORT_NAME)
    for g in (minutes_gold(), report_gold()):
        stem = Path(g["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote", DOCS / MINUTES_NAME)
    print("wrote", DOCS / REPORT_NAME)


def check() -> int:
    bad = 0
    for g in (minutes_gold(), report_gold()):
        path = DOCS / g["document"]
        if not path.exists():
            print("missing", path)
            bad += 1
            continue
        text = norm(doc_text(path))
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = text.count(norm(ph))
            if c != 1 or not 6 <= n <= 15:
                bad += 1
                print(f"FAIL {g['document']}: {kind} {ph!r}: {c} occurrences, {n} words")
        for a in g.get("attendees", []):
            if norm(a["name"]) not in text:
                bad += 1
                print(f"FAIL attendee not found: {a['name']}")
    print("check:", "OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
