#!/usr/bin/env python3
"""Build the "mj-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_mj.py           build documents/mj-* and gold/mj-*.json
        build_mj.py --check   verify every gold phrase occurs once in its document
"""

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "mj-tollmouth-hosp-2025-02-13.html"
REPORT_NAME = "mj-tollmouth-icb-briefing-primary-care-access-2025-02.pdf"

FIXED_DATE = dt.datetime(2025, 2, 6, 9, 30, 0, tzinfo=dt.timezone.utc)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

# ---------------------------------------------------------------------------------------
# The minutes: a ModernGov meeting page saved as HTML
# ---------------------------------------------------------------------------------------

# A Word-pasted bullet, as ModernGov keeps it inside mgWordPara.
def wbullet(text, pos="Middle"):
    return (
        f'<p class="MsoListParagraphCxSp{pos}" style="margin-left:36.0pt;text-indent:-18.0pt">'
        '<span style="font-family:Symbol">·<span style="font:7.0pt &quot;Times New Roman&quot;">'
        '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>'
        f'<span style="font-family:&quot;Arial&quot;,sans-serif">{text}</span></p>\n'
    )


def item(number, title, description, links, minutes_html):
    links_html = ""
    if links:
        lis = "\n".join(
            f'<li><a href="{href}" class="mgPdfIcon" title="{label}">{label} '
            f'<span class="mgFileSize">PDF {size}</span></a></li>'
            for label, href, size in links[:1]
        )
        links_html += f'<ul class="mgBulletList">\n{lis}\n</ul>\n'
        if len(links) > 1:
            extra = "\n".join(
                f'<li><a href="{href}" class="mgPdfIcon" title="{label}">{label} '
                f'<span class="mgFileSize">PDF {size}</span></a></li>'
                for label, href, size in links[1:]
            )
            links_html += (
                '<p class="mgAdditionalDocs">Additional documents:</p>\n'
                f'<ul class="mgBulletList">\n{extra}\n</ul>\n'
            )
    desc_html = f'<div class="mgWordPara">\n<p class="mgAiDescriptionText">{description}</p>\n</div>\n' if description else ""
    return f"""<tr>
<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{number}.</p></td>
<td>
<p class="mgAiTitleTxt"><a name="AI{4700 + int(number)}"></a>{title}</p>
{desc_html}{links_html}<div class="mgItemMinutes">
<p class="mgSubItemTitleTxt"><strong>Minutes:</strong></p>
<div class="mgWordPara">
{minutes_html}</div>
</div>
</td>
</tr>
"""


ITEMS = []

ITEMS.append(item(
    "31", "Apologies and Changes in Panel Membership (If Any)",
    "To note any changes in membership of the Panel made in accordance with Council "
    "Procedure Rule 4.3.",
    [],
    """<p class="MsoNormal">Apologies were received from Councillor Pryce.</p>
<p class="MsoNormal">It was noted that following receipt of the temporary resignation of Councillor Pryce from the Panel, the Director of Legal and Governance, acting under delegated powers, had appointed Councillor Tennant to replace her for the purposes of this meeting. The appointment would cease at the end of the meeting.</p>
"""))

ITEMS.append(item(
    "32", "Disclosure of Personal and Pecuniary Interests",
    "In accordance with the Localism Act 2011, and the Council&#39;s Code of Conduct, "
    "Members to disclose any personal or pecuniary interests in any matter included on the "
    "agenda for this meeting.",
    [],
    """<p class="MsoNormal">Councillor Dellow declared a personal interest in Minute 35 (Home Care Recommissioning) as a close family member was employed by a home care provider operating in the city. She remained in the meeting and took part in the discussion of the item.</p>
<p class="MsoNormal">Councillor Lutterworth declared a personal interest in Minute 37 (Primary Care Access &ndash; Update) as a member of the patient participation group at his own GP practice.</p>
"""))

ITEMS.append(item(
    "33", "Statement from the Chair",
    "",
    [],
    """<p class="MsoNormal">The Chair welcomed Councillor Tennant to the meeting. The Chair informed the Panel that the Cabinet, at its meeting on 21 January 2025, had accepted all nine recommendations of the Panel&#39;s inquiry into hospital discharge, and thanked Members and the witnesses who had contributed to the inquiry.</p>
"""))

ITEMS.append(item(
    "34", "Minutes of the Previous Meeting (including Matters Arising)",
    "To approve and sign as a correct record the minutes of the meeting held on 12 December "
    "2024 and to deal with any matters arising.",
    [("Minutes , 12/12/2024 Health Overview and Scrutiny Panel",
      "/documents/g4818/Printed%20minutes%2012th-Dec-2024%2018.00%20Health%20Overview%20and%20Scrutiny%20Panel.pdf?T=1",
      "118 KB")],
    """<p class="MsoNormal"><b>RESOLVED: </b>that the minutes for the Panel meeting on 12 December 2024 be approved and signed as a correct record.</p>
<p class="MsoNormal"><u>Matters Arising</u></p>
<p class="MsoNormal">Minute 27 (Integrated Care Board &ndash; Financial Position 2024/25) &ndash; Councillor Kinsella asked whether the information requested by the Panel on the ICB&#39;s savings plan for 2025/26 had been received. The Scrutiny Manager confirmed that the information had been received on 3 February 2025 and would be circulated to the Panel following the meeting.</p>
"""))

ITEMS.append(item(
    "35", "Home Care Recommissioning",
    "Report of the Cabinet Member for Adults and Health setting out the proposed approach to "
    "recommissioning home care services in Tollmouth, ahead of consideration by the Cabinet "
    "in March 2025.",
    [("Home Care Recommissioning - HOSP 13 February 2025, item 35",
      "/documents/s61402/Home%20Care%20Recommissioning%20-%20HOSP%2013%20February%202025.pdf",
      "406 KB"),
     ("Appendix 1 - Tollmouth Home Care Market Position Summary, item 35",
      "/documents/s61403/Appendix%201%20-%20Market%20Position%20Summary.pdf", "1 MB"),
     ("Appendix 2 - Summary of Engagement Feedback, item 35",
      "/documents/s61404/Appendix%202%20-%20Engagement%20Feedback.pdf", "233 KB")],
    """<p class="MsoNormal">The Panel considered the report of the Cabinet Member for Adults and Health setting out the proposed approach to the recommissioning of home care services in Tollmouth from October 2025, prior to consideration of the proposals by the Cabinet on 18 March 2025.</p>
<p class="MsoNormal">Councillor Vasey, Cabinet Member for Adults and Health; Jonathan Pellow, Executive Director &ndash; Wellbeing (Health and Adults); and Sarah Quennell, Head of Integrated Commissioning, were present and, with the consent of the Chair, addressed the meeting.</p>
<p class="MsoNormal">In attendance and with the consent of the Chair, Mrs Dunmore, representing the Tollmouth Pensioners&#39; Forum, addressed the meeting and expressed concern about missed and shortened visits that had been reported to the Forum by older residents receiving home care in the Marlpit and Stonehill wards.</p>
<p class="MsoNormal">The Panel discussed a number of points including:</p>
""" + wbullet(
        "The proposed move from the current framework of 31 providers to six lead providers, "
        "each covering a geographical zone of the city, and the risk that the Council would "
        "become reliant on a small number of larger organisations. Officers explained that a "
        "secondary framework would be retained to pick up packages that the lead providers "
        "could not start within five days.", "First")
    + wbullet(
        "Whether the option of bringing home care back in-house had been considered. The "
        "Cabinet Member advised that an in-house service had been appraised as part of the "
        "options appraisal but had been discounted at this stage due to the cost of setting up "
        "the service and the difficulty of recruiting staff in the current market. The "
        "Council&#39;s reablement service, which was delivered in-house, would be expanded.")
    + wbullet(
        "The proposed hourly rate of &pound;24.10, how this compared with neighbouring "
        "authorities, and whether it would enable providers to pay care workers the Real "
        "Living Wage. The Executive Director explained that the rate had been set following a "
        "cost of care exercise with providers and assumed that all care workers would be paid "
        "at least the Real Living Wage from October 2025, and that this would be monitored "
        "through the contract.")
    + wbullet(
        "Travel time &ndash; Members were concerned that care workers who were not paid for "
        "the time spent travelling between calls were leaving the sector, and sought assurance "
        "that this would be addressed. Officers confirmed that payment for travel time would be "
        "a requirement of the new contracts and that the proposed rate had been calculated on "
        "that basis.")
    + wbullet(
        "The concerns raised by the Pensioners&#39; Forum, and how missed and late visits "
        "would be identified under the new arrangements. It was explained that electronic call "
        "monitoring data would be reviewed monthly by the commissioning team and that people "
        "receiving care would have a single telephone number to report a missed visit.")
    + wbullet(
        "The extent to which people who draw on care, and their unpaid carers, had been "
        "involved in shaping the service specification. Members requested that the outcome of "
        "the engagement events held in January be shared with the Panel.", "Last")
    + """<p class="MsoNormal"><b>RESOLVED </b>that:</p>
<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-36.0pt">(i)<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>The Panel requested that the outcome of the engagement with people who draw on care and their carers is circulated to the Panel before the Cabinet decision on 18 March 2025;</p>
<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-36.0pt">(ii)<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>That the Panel is provided with a breakdown of the proposed hourly rate for home care, including the allowance for travel time; and</p>
<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-36.0pt">(iii)<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>That the Panel reviews the implementation of the new home care contracts in the 2025/26 municipal year.</p>
"""))

ITEMS.append(item(
    "36", "Urgent and Emergency Care &ndash; Winter 2024/25",
    "Report of the Meonvale Integrated Care Board and University Hospital Tollmouth NHS "
    "Foundation Trust providing an update on the performance of the urgent and emergency care "
    "system over the winter period.",
    [("Urgent and Emergency Care - Winter 2024-25, item 36",
      "/documents/s61405/UEC%20Winter%20Update%20-%20HOSP%2013%20February%202025.pdf",
      "512 KB")],
    """<p class="MsoNormal">The Panel considered the report of the Meonvale Integrated Care Board (ICB) and University Hospital Tollmouth NHS Foundation Trust (UHT) outlining the performance of the urgent and emergency care system in Tollmouth over winter 2024/25.</p>
<p class="MsoNormal">Fiona Garside, Director of Urgent and Emergency Care, ICB; Dr Aled Morrow, Chief Medical Officer, UHT; Paul Nicklin, Head of Operations (Tollmouth), Wessex Ambulance Service NHS Trust; and Claire Edgecombe, Director of Adult Social Care, were present and, with the consent of the Chair, addressed the meeting.</p>
<p class="MsoNormal">The Panel was informed that the Emergency Department at Tollmouth General Hospital had experienced its busiest December on record, with an average of 412 attendances a day, and that 68.4% of patients had been seen within four hours against a national target of 78% by March 2025. On average 61 patients a day had remained in a hospital bed when they no longer met the criteria to reside, around half of whom were Tollmouth residents.</p>
<p class="MsoNormal">The Panel discussed a number of points including:</p>
<ul>
<li>Ambulance handovers and corridor care &ndash; Members welcomed the reduction in average handover times since the introduction of the 45 minute &lsquo;release to respond&rsquo; standard, but expressed concern at reports of patients still waiting in corridors for long periods. Dr Morrow acknowledged that corridor care had been used on 19 days during December and January, which was not acceptable, and that a clinical risk assessment was completed for every patient cared for in a temporary escalation space.</li>
<li>Hospital discharge &ndash; In response to a question about the number of patients who were medically fit but remained in hospital, the Director of Adult Social Care explained that the Council had funded 20 additional discharge to assess beds over the winter from the Better Care Fund, and that the average wait for a package of care following hospital discharge had fallen from nine days to four.</li>
<li>Flu vaccination &ndash; Councillor Okafor asked why uptake of the flu vaccine among UHT staff was lower than in the previous year. Dr Morrow advised that uptake stood at 41%, reflecting a national trend, and that the Trust had run roving vaccination clinics on wards and at night to make it easier for staff working shifts.</li>
<li>Alternatives to the Emergency Department &ndash; Members questioned whether residents understood the alternatives to the Emergency Department, including NHS 111, the Urgent Treatment Centre at Ropewalk and the Pharmacy First scheme. Ms Garside advised that the ICB&#39;s winter campaign had reached over 90,000 residents through social media and that further work was planned with community groups where English was not the first language.</li>
<li>The cost of agency nursing staff used to open escalation beds over the winter period.</li>
</ul>
<p class="MsoNormal"><b>RESOLVED</b> that the Panel recommended to the ICB and UHT that a review of winter 2024/25, including the use of temporary escalation spaces and corridor care, is presented to the Panel in September 2025 to inform planning for next winter.</p>
"""))

ITEMS.append(item(
    "37", "Primary Care Access &ndash; Update",
    "Briefing paper of the Meonvale Integrated Care Board providing an update on access to "
    "general practice and NHS dental services in Tollmouth.",
    [("Primary Care Access - ICB Briefing Paper, item 37",
      "/documents/s61406/Primary%20Care%20Access%20-%20ICB%20Briefing%20Paper.pdf", "288 KB")],
    """<p class="MsoNormal">The Panel considered the briefing paper of the Meonvale Integrated Care Board (ICB) providing an update on access to general practice and NHS dental services in Tollmouth, including progress against the recommendations of the Panel&#39;s 2023 inquiry into GP access.</p>
<p class="MsoNormal">Kathryn Mole, Associate Director of Primary Care (Tollmouth Place), ICB; and Dr Priya Ranganathan, Clinical Director, Tollmouth Central Primary Care Network, were present and, with the consent of the Chair, addressed the meeting.</p>
<p class="MsoNormal">Councillor Brannigan asked what proportion of patients were able to get an appointment with their practice within two weeks. Ms Mole reported that 86% of appointments in Tollmouth took place within two weeks of booking, compared with 84% nationally, although the figure varied considerably between practices and the ICB was working with the lowest performing practices through its practice support offer. Councillor Kinsella raised the continuing difficulties residents had in getting through to their practice by telephone at 8am and asked when all practices would have cloud-based telephony. In response, Dr Ranganathan explained that 31 of the city&#39;s 34 practices had moved to cloud-based telephony, which allowed patients to be told their place in the queue or to request a call back, and that the remaining three practices were expected to move by the end of March 2025.</p>
<p class="MsoNormal">Councillor Mrs Fairweather expressed concern that residents were unable to register with an NHS dentist anywhere in the city, and that children were being admitted to hospital for tooth extractions as a result of untreated decay. Ms Mole acknowledged that access to NHS dentistry remained very challenging. The ICB had commissioned 2,400 additional urgent dental appointments across the city in 2024/25 and had procured a new NHS dental practice in Woolcombe, which was due to open in April 2025 and would prioritise children and patients who had not seen a dentist for two years or more.</p>
<p class="MsoNormal">Councillor Lutterworth questioned the growing use of physician associates in general practice and whether patients were always made aware that they were not seeing a GP.</p>
<p class="MsoNormal">Councillor Okafor requested that future updates include data on access by ward, so that the Panel could understand the health inequalities between the most and least deprived parts of the city. Ms Mole agreed to provide this.</p>
<p class="MsoNormal">The Panel noted the update and thanked the representatives of the ICB for attending.</p>
"""))

ITEMS.append(item(
    "38", "Tollmouth Drug and Alcohol Strategy &ndash; Year One Progress",
    "Report of the Director of Public Health providing an update on delivery of the first year "
    "of the Tollmouth Drug and Alcohol Strategy 2024-2029.",
    [("Drug and Alcohol Strategy Year One - HOSP, item 38",
      "/documents/s61407/Drug%20and%20Alcohol%20Strategy%20Year%20One%20-%20HOSP.pdf", "377 KB"),
     ("Appendix 1 - Strategy Action Plan Progress, item 38",
      "/documents/s61408/Appendix%201%20-%20Action%20Plan%20Progress.pdf", "201 KB")],
    """<p class="MsoNormal">The Panel considered the report of the Director of Public Health providing an update on delivery of the first year of the Tollmouth Drug and Alcohol Strategy 2024-2029.</p>
<p class="MsoNormal">Councillor Vasey, Cabinet Member for Adults and Health; Dr Ruth Castellan, Director of Public Health; Martin Orme, Service Manager, Tollmouth Recovery Partnership; and Inspector Dawn Holloway, Wessex Police, were present and, with the consent of the Chair, addressed the meeting.</p>
<p class="MsoNormal">The Panel discussed a number of points including:</p>
<ul style="list-style-type:disc">
<li><p class="MsoNormal">Treatment capacity &ndash; the number of adults in structured treatment for alcohol had risen from 512 to 604 over the year. Members asked whether the service had the capacity to reach the target of 750 by March 2026. Mr Orme advised that four additional recovery workers had been recruited using the Government&#39;s substance misuse treatment grant, but that the grant had only been confirmed for one year.</p></li>
<li><p class="MsoNormal">Drug related deaths &ndash; Members expressed concern that the rate of drug related deaths in the city remained above the national average. The Director of Public Health explained that 27 deaths had been recorded in 2023 and that naloxone was now being supplied to hostels, the probation service and the families of people who used drugs. Each death was reviewed by the multi-agency drug related deaths panel.</p></li>
<li><p class="MsoNormal">Concerns were raised about visible drug dealing around the Quayside and Fore Street area and its effect on residents and businesses. Inspector Holloway reported that Operation Lantern had resulted in 46 arrests since September 2024, and that ward councillors would be invited to the next neighbourhood tasking meeting.</p></li>
<li><p class="MsoNormal">The treatment contract, which was due to end in March 2026 &ndash; in response to a question about whether the service would be retendered, the Director of Public Health advised that options, including a possible extension of the current contract, were being appraised and that the commissioning approach would be considered by the Cabinet in July 2025.</p></li>
<li><p class="MsoNormal">The importance of joint working with mental health services for people with both mental health and substance misuse needs, who too often fell between services.</p></li>
</ul>
<p class="MsoNormal"><b>RESOLVED </b>that:</p>
<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-36.0pt">(i)&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; The Panel noted the progress made in delivering the first year of the Drug and Alcohol Strategy; and</p>
<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-36.0pt">(ii)&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; That the Director of Public Health circulates to the Panel data on drug related deaths and alcohol related hospital admissions by ward.</p>
"""))

ITEMS.append(item(
    "39", "Monitoring Scrutiny Recommendations",
    "Report of the Scrutiny Manager enabling the Health Overview and Scrutiny Panel to monitor "
    "and track progress on recommendations made at previous meetings.",
    [("Monitoring Scrutiny Recommendations - 13 February 2025, item 39",
      "/documents/s61409/Monitoring%20Scrutiny%20Recommendations.pdf", "164 KB"),
     ("Appendix 1 - HOSP Recommendations Tracker, item 39",
      "/documents/s61410/Appendix%201%20-%20Recommendations%20Tracker.pdf", "96 KB")],
    """<p class="MsoNormal">The Panel received and noted the report of the Scrutiny Manager which enabled the Panel to monitor and track progress on recommendations made at previous meetings.</p>
<p class="MsoNormal">In discussing the report, the Chair requested that the Scrutiny Manager seek a response from UHT on the outstanding recommendation relating to non-emergency patient transport.</p>
"""))


MINUTES_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<!-- saved from url=(0086)https://democracy.tollmouth.gov.uk/ieListDocuments.aspx?CId=418&amp;MId=4902&amp;Ver=4 -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agenda for Health Overview and Scrutiny Panel on Thursday, 13th February, 2025, 6.00 pm | Tollmouth City Council</title>
<link rel="stylesheet" href="./ieListDocuments_files/modgov.css" type="text/css">
<link rel="stylesheet" href="./ieListDocuments_files/tollmouth-theme.css" type="text/css">
<script src="./ieListDocuments_files/jquery.min.js"></script>
<script>var mgPageId = 'ieListDocuments'; var mgShowAttendance = true;</script>
</head>
<body class="mgBody">
<div id="cookie-banner" class="cookie-banner">
<p>We use some essential cookies to make this website work. We&#39;d like to set additional cookies to understand how you use the site. <a href="https://www.tollmouth.gov.uk/cookies/">Cookie settings</a></p>
<button type="button">Accept additional cookies</button> <button type="button">Reject additional cookies</button>
</div>
<a class="skip-link" href="#mgMainContent">Skip to main content</a>
<header class="site-header">
<div class="site-header__logo"><a href="https://www.tollmouth.gov.uk/"><img src="./ieListDocuments_files/tollmouth-logo.svg" alt="Tollmouth City Council"></a></div>
<nav class="site-header__nav" aria-label="Main">
<ul>
<li><a href="https://www.tollmouth.gov.uk/council-tax/">Council tax</a></li>
<li><a href="https://www.tollmouth.gov.uk/bins-recycling/">Bins and recycling</a></li>
<li><a href="https://www.tollmouth.gov.uk/parking-travel/">Parking and travel</a></li>
<li><a href="https://www.tollmouth.gov.uk/social-care/">Social care and health</a></li>
<li><a href="https://www.tollmouth.gov.uk/council-democracy/">Council and democracy</a></li>
</ul>
</nav>
<form class="site-search" action="https://www.tollmouth.gov.uk/search/"><label for="q">Search</label><input id="q" name="q" type="search"><button type="submit">Search</button></form>
</header>
<div class="breadcrumb">
<ol>
<li><a href="https://www.tollmouth.gov.uk/">Home</a></li>
<li><a href="https://www.tollmouth.gov.uk/council-democracy/">Council and democracy</a></li>
<li><a href="mgListCommittees.aspx?bcr=1">Committee structure</a></li>
<li><a href="ieListMeetings.aspx?CommitteeId=418">Health Overview and Scrutiny Panel</a></li>
<li>Meeting</li>
</ol>
</div>
<div id="modgov">
<div class="mgSidebar">
<h2 class="mgSideBarTitle">Councillors and meetings</h2>
<ul class="mgSideBarList">
<li><a href="mgMemberIndex.aspx?bcr=1">Your councillors</a></li>
<li><a href="mgCalendarMonthView.aspx?GL=1&amp;bcr=1">Calendar of meetings</a></li>
<li><a href="mgListCommittees.aspx?bcr=1">Committees</a></li>
<li><a href="mgDelegatedDecisions.aspx?bcr=1">Decisions</a></li>
<li><a href="mgPlansHome.aspx?bcr=1">Forward plans</a></li>
<li><a href="ieDocHome.aspx?bcr=1">Library</a></li>
<li><a href="mgEPetitionListDisplay.aspx?bcr=1">Petitions</a></li>
<li><a href="ieListSubscriptions.aspx">Subscribe to updates</a></li>
</ul>
</div>
<div id="mgMainContent" class="mgContent">
<div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Health Overview and Scrutiny Panel - Thursday, 13th February, 2025 6.00 pm</h2></div>
<ul class="mgActionList">
<li><a href="mgIssueHistoryHome.aspx?bcr=1">Issue history</a></li>
<li><a href="mgMeetingAttendance.aspx?ID=4902">Attendance</a></li>
<li><a href="ieDecisionDetails.aspx?MId=4902">Decisions</a></li>
</ul>
<div class="mgLinks">
<p><span class="mgLabel">Venue: </span>Conference Rooms 3 and 4 - Civic Centre, Tollmouth. <a href="mgLocationDetails.aspx?RID=12">View directions</a></p>
<p><span class="mgLabel">Contact: </span>Mark Ellery, Scrutiny Manager&nbsp; Tel: 01632 960412&nbsp; Email: <a href="mailto:scrutiny@tollmouth.gov.uk">scrutiny@tollmouth.gov.uk</a></p>
</div>
<div class="mgLinks">
<p><span class="mgLabel">Media</span></p>
<p>This meeting was webcast. <a href="https://tollmouth.public-i.example/core/portal/webcast_interactive/912044">View the recording of the meeting</a> (opens in a new window).</p>
</div>
<ul class="mgBulletList">
<li><a href="documents/g4902/Agenda%20frontsheet%2013th-Feb-2025%2018.00%20Health%20Overview%20and%20Scrutiny%20Panel.pdf?T=0" class="mgPdfIcon">Agenda frontsheet <span class="mgFileSize">PDF 181 KB</span></a></li>
<li><a href="documents/g4902/Public%20reports%20pack%2013th-Feb-2025%2018.00%20Health%20Overview%20and%20Scrutiny%20Panel.pdf?T=10" class="mgPdfIcon">Agenda reports pack <span class="mgFileSize">PDF 3 MB</span></a></li>
<li><a href="documents/g4902/Printed%20minutes%2013th-Feb-2025%2018.00%20Health%20Overview%20and%20Scrutiny%20Panel.pdf?T=1" class="mgPdfIcon">Printed minutes <span class="mgFileSize">PDF 204 KB</span></a></li>
</ul>
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Table of items for the meeting">
<caption class="mgHide">Items</caption>
<tr><th scope="col" class="mgHide">No.</th><th scope="col" class="mgHide">Item</th></tr>
""" + "".join(ITEMS) + """</table>
<h2 class="mgSectionTitle">Attendance details</h2>
<div class="mgAttendance">
<table class="mgAttendanceTable" summary="Attendance details">
<tr><th scope="row" class="mgLabel">Present:</th>
<td>Councillors Hemmings (Chair), Okafor (Vice-Chair), Brannigan, Dellow, Kinsella, Lutterworth, Mrs Fairweather and Tennant</td></tr>
<tr><th scope="row" class="mgLabel">Apologies:</th>
<td>Councillor Pryce</td></tr>
<tr><th scope="row" class="mgLabel">Also in attendance:</th>
<td>Councillor Vasey &ndash; Cabinet Member for Adults and Health</td></tr>
</table>
</div>
<div class="mgFooterLinks">
<p><a href="ieListMeetings.aspx?CommitteeId=418">Back to the list of meetings for Health Overview and Scrutiny Panel</a></p>
<p><a href="ieListDocuments.aspx?CId=418&amp;MId=4902&amp;Ver=4&amp;Info=1">Meeting information</a> | <a href="ieListDocuments.aspx?CId=418&amp;MId=4902&amp;Ver=4&amp;PV=1">Print this page</a></p>
</div>
</div>
</div>
<footer class="site-footer">
<ul>
<li><a href="https://www.tollmouth.gov.uk/contact-us/">Contact us</a></li>
<li><a href="https://www.tollmouth.gov.uk/accessibility/">Accessibility statement</a></li>
<li><a href="https://www.tollmouth.gov.uk/privacy/">Privacy notice</a></li>
<li><a href="https://www.tollmouth.gov.uk/cookies/">Cookies</a></li>
</ul>
<p>&copy; Tollmouth City Council 2025. Civic Centre, Tollmouth TL1 2CC.</p>
<p class="mgPoweredBy">Powered by Modern.Gov</p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------
# The document that is not minutes: the ICB's briefing paper (PDF)
# ---------------------------------------------------------------------------------------

REPORT_BLOCKS = [
    ("h1", "Briefing Paper"),
    ("meta", "Meeting: Health Overview and Scrutiny Panel, Tollmouth City Council"),
    ("meta", "Date: 13 February 2025"),
    ("meta", "Title: Access to General Practice and NHS Dental Services in Tollmouth"),
    ("meta", "From: Kathryn Mole, Associate Director of Primary Care (Tollmouth Place), "
             "Meonvale Integrated Care Board"),
    ("h2", "1. Purpose"),
    ("p", "1.1 This paper updates the Panel on access to general practice and NHS dental "
          "services in Tollmouth, on progress against the recommendations of the Panel's 2023 "
          "inquiry into GP access, and responds to the questions raised by the Panel at its "
          "meeting on 12 December 2024."),
    ("h2", "2. Recommendations"),
    ("p", "2.1 The Panel is recommended to:"),
    ("p", "(a) note the update on access to general practice in Tollmouth;"),
    ("p", "(b) note the actions being taken by the ICB to improve access to NHS dentistry; and"),
    ("p", "(c) consider whether it wishes to receive a further update in the 2025/26 municipal "
          "year."),
    ("h2", "3. Access to general practice"),
    ("p", "3.1 There are 34 GP practices in Tollmouth, working together in six Primary Care "
          "Networks. In December 2024 practices in the city delivered 118,400 appointments, "
          "9% more than in December 2023. Of these, 86% took place within two weeks of "
          "booking (England: 84%) and 41% took place on the day they were booked."),
    ("table", [("Measure", "Tollmouth", "England"),
               ("Appointments within two weeks", "86%", "84%"),
               ("Same day appointments", "41%", "44%"),
               ("Face to face appointments", "68%", "65%"),
               ("Practices on cloud-based telephony", "31 of 34", "n/a")]),
    ("p", "3.2 Performance varies considerably between practices. The ICB's practice support "
          "offer is working with the six practices with the lowest patient survey scores for "
          "ease of getting through by telephone."),
    ("h2", "4. Questions raised by the Panel on 12 December 2024"),
    ("q", "Q1. Why do patients still have to ring at 8am to get an appointment, and when will "
          "every practice have a modern telephone system?"),
    ("a", "Response: Practices must now offer an assessment of need on the day a patient "
          "contacts them, by telephone, online or in person. 31 practices have moved to "
          "cloud-based telephony, which tells callers their place in the queue and offers a "
          "call back; the remaining three are due to move by 31 March 2025."),
    ("q", "Q2. How many additional roles staff, such as physician associates and clinical "
          "pharmacists, are working in Tollmouth practices?"),
    ("a", "Response: At December 2024 there were 142 whole time equivalent staff employed "
          "through the Additional Roles Reimbursement Scheme, including 38 clinical "
          "pharmacists and 9 physician associates. Patients should always be told the role "
          "of the clinician they are seeing."),
    ("q", "Q3. What is the ICB doing about residents who cannot find an NHS dentist?"),
    ("a", "Response: The ICB has commissioned additional urgent dental sessions in 2024/25 and "
          "has awarded a contract for a new NHS dental practice in Woolcombe, due to open in "
          "April 2025. The practice will prioritise children and people who have not seen a "
          "dentist for two years or more."),
    ("h2", "5. Next steps"),
    ("p", "5.1 The ICB will continue to report progress to the Panel and would welcome the "
          "Panel's views on how practices might better explain the different ways of "
          "contacting them to patients."),
    ("meta", "Contact: Kathryn Mole, Associate Director of Primary Care. "
             "Email: primarycare.tollmouth@meonvale-icb.example"),
]


def build_report(path):
    from fpdf import FPDF

    class Briefing(FPDF):
        def header(self):
            self.set_font("Sans", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Meonvale Integrated Care Board", align="L")
            self.cell(0, 5, "OFFICIAL", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = Briefing(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Access to General Practice and NHS Dental Services in Tollmouth")
    pdf.set_author("Meonvale Integrated Care Board")
    pdf.set_creator("Microsoft Word")
    pdf.add_font("Sans", "", f"{FONT_DIR}/DejaVuSans.ttf")
    pdf.add_font("Sans", "B", f"{FONT_DIR}/DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, content in REPORT_BLOCKS:
        if kind == "h1":
            pdf.set_font("Sans", "B", 16)
            pdf.multi_cell(width, 9, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "meta":
            pdf.set_font("Sans", "", 10)
            pdf.multi_cell(width, 5.5, content, new_x="LMARGIN", new_y="NEXT")
        elif kind == "h2":
            pdf.ln(3)
            pdf.set_font("Sans", "B", 12)
            pdf.multi_cell(width, 7, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("Sans", "", 10)
            pdf.multi_cell(width, 5.5, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "q":
            pdf.set_font("Sans", "B", 10)
            pdf.multi_cell(width, 5.5, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "a":
            pdf.set_font("Sans", "", 10)
            pdf.set_x(pdf.l_margin + 6)
            pdf.multi_cell(width - 6, 5.5, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            pdf.set_font("Sans", "", 9.5)
            widths = (width * 0.56, width * 0.22, width * 0.22)
            for r, row in enumerate(content):
                pdf.set_font("Sans", "B" if r == 0 else "", 9.5)
                for c, cell in enumerate(row):
                    pdf.cell(widths[c], 7, cell, border=1, align="L" if c == 0 else "C")
                pdf.ln(7)
            pdf.ln(3)
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------

def q(item, kind, text, answer, asked_by, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health Overview and Scrutiny Panel",
    "meeting_date": "2025-02-13",
    "items": [
        {"number": "31", "title": "Apologies and Changes in Panel Membership (If Any)"},
        {"number": "32", "title": "Disclosure of Personal and Pecuniary Interests"},
        {"number": "33", "title": "Statement from the Chair"},
        {"number": "34", "title": "Minutes of the Previous Meeting (including Matters Arising)"},
        {"number": "35", "title": "Home Care Recommissioning"},
        {"number": "36", "title": "Urgent and Emergency Care – Winter 2024/25"},
        {"number": "37", "title": "Primary Care Access – Update"},
        {"number": "38", "title": "Tollmouth Drug and Alcohol Strategy – Year One Progress"},
        {"number": "39", "title": "Monitoring Scrutiny Recommendations"},
    ],
    "questions": [
        # 34 matters arising
        q("34", "question",
          "asked whether the information requested by the Panel on the ICB's savings plan",
          "the information had been received on 3 February 2025",
          "Councillor Kinsella", "The Scrutiny Manager", ["finance"]),
        # 35 home care
        q("35", "concern",
          "expressed concern about missed and shortened visits that had been reported",
          None, "Mrs Dunmore", None, ["adult-social-care"]),
        q("35", "concern",
          "the risk that the Council would become reliant on a small number",
          "a secondary framework would be retained to pick up packages",
          None, "Officers", ["subcontracting", "adult-social-care"]),
        q("35", "question",
          "Whether the option of bringing home care back in-house had been considered",
          "an in-house service had been appraised as part of the options appraisal",
          None, "The Cabinet Member",
          ["privatisation", "adult-social-care", "finance", "workforce"]),
        q("35", "question",
          "whether it would enable providers to pay care workers the Real Living Wage",
          "the rate had been set following a cost of care exercise with providers",
          None, "The Executive Director",
          ["finance", "workforce", "adult-social-care"]),
        q("35", "concern",
          "not paid for the time spent travelling between calls were leaving the sector",
          "payment for travel time would be a requirement of the new contracts",
          "Members", "Officers", ["workforce", "adult-social-care", "subcontracting"]),
        q("35", "question",
          "how missed and late visits would be identified under the new arrangements",
          "electronic call monitoring data would be reviewed monthly by the commissioning team",
          None, None, ["adult-social-care", "subcontracting"]),
        q("35", "request",
          "Members requested that the outcome of the engagement events held in January",
          None, "Members", None, ["patient-and-public-input", "adult-social-care"]),
        # 36 urgent and emergency care
        q("36", "concern",
          "expressed concern at reports of patients still waiting in corridors for long periods",
          "corridor care had been used on 19 days during December and January",
          "Members", "Dr Morrow", []),
        q("36", "question",
          "In response to a question about the number of patients who were medically fit",
          "the Council had funded 20 additional discharge to assess beds over the winter",
          None, "the Director of Adult Social Care",
          ["integration", "adult-social-care", "finance"]),
        q("36", "question",
          "asked why uptake of the flu vaccine among UHT staff was lower",
          "the Trust had run roving vaccination clinics on wards and at night",
          "Councillor Okafor", "Dr Morrow", ["public-health", "workforce"]),
        q("36", "question",
          "Members questioned whether residents understood the alternatives to the Emergency Department",
          "the ICB's winter campaign had reached over 90,000 residents through social media",
          "Members", "Ms Garside", ["primary-care"]),
        q("36", "concern",
          "The cost of agency nursing staff used to open escalation beds",
          None, None, None, ["workforce", "finance"]),
        # 37 primary care
        q("37", "question",
          "asked what proportion of patients were able to get an appointment",
          "86% of appointments in Tollmouth took place within two weeks of booking",
          "Councillor Brannigan", "Ms Mole", ["primary-care"]),
        q("37", "concern",
          "raised the continuing difficulties residents had in getting through to their practice",
          "31 of the city's 34 practices had moved to cloud-based telephony",
          "Councillor Kinsella", "Dr Ranganathan", ["primary-care"]),
        q("37", "concern",
          "residents were unable to register with an NHS dentist anywhere in the city",
          "The ICB had commissioned 2,400 additional urgent dental appointments",
          "Councillor Mrs Fairweather", "Ms Mole",
          ["primary-care", "children-and-families"]),
        q("37", "question",
          "questioned the growing use of physician associates in general practice",
          None, "Councillor Lutterworth", None, ["primary-care", "workforce"]),
        q("37", "request",
          "requested that future updates include data on access by ward",
          "Ms Mole agreed to provide this",
          "Councillor Okafor", "Ms Mole", ["primary-care", "public-health"]),
        # 38 drug and alcohol
        q("38", "question",
          "asked whether the service had the capacity to reach the target",
          "four additional recovery workers had been recruited using the Government's",
          "Members", "Mr Orme", ["public-health", "workforce", "finance"]),
        q("38", "concern",
          "the rate of drug related deaths in the city remained above the national average",
          "naloxone was now being supplied to hostels, the probation service and the families",
          "Members", "The Director of Public Health", ["public-health"]),
        q("38", "concern",
          "Concerns were raised about visible drug dealing around the Quayside",
          "Operation Lantern had resulted in 46 arrests since September 2024",
          None, "Inspector Holloway", ["public-health"]),
        q("38", "question",
          "in response to a question about whether the service would be retendered",
          "options, including a possible extension of the current contract, were being appraised",
          None, "the Director of Public Health", ["subcontracting", "public-health"]),
        q("38", "comment",
          "joint working with mental health services for people with both mental health",
          None, None, None, ["mental-health", "integration", "public-health"]),
        # 39 monitoring recommendations
        q("39", "request",
          "the Chair requested that the Scrutiny Manager seek a response from UHT",
          None, "the Chair", None, []),
    ],
    "resolutions": [
        r("34", "the minutes for the Panel meeting on 12 December 2024 be approved", "agreed", []),
        r("35", "The Panel requested that the outcome of the engagement with people who draw on care",
          "agreed", ["patient-and-public-input", "adult-social-care", "finance"]),
        r("36", "recommended to the ICB and UHT that a review of winter", "recommended", []),
        r("37", "The Panel noted the update and thanked the representatives of the ICB",
          "noted", ["primary-care"]),
        r("38", "The Panel noted the progress made in delivering the first year",
          "agreed", ["public-health"]),
        r("39", "received and noted the report of the Scrutiny Manager which enabled the Panel",
          "noted", ["governance"]),
    ],
    "attendees": [
        {"name": "Councillor Hemmings", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Okafor", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Brannigan", "role": None, "attendance": "present"},
        {"name": "Councillor Dellow", "role": None, "attendance": "present"},
        {"name": "Councillor Kinsella", "role": None, "attendance": "present"},
        {"name": "Councillor Lutterworth", "role": None, "attendance": "present"},
        {"name": "Councillor Mrs Fairweather", "role": None, "attendance": "present"},
        {"name": "Councillor Tennant", "role": None, "attendance": "present"},
        {"name": "Councillor Pryce", "role": None, "attendance": "apologies"},
        {"name": "Councillor Vasey", "role": "Cabinet Member for Adults and Health",
         "attendance": "in_attendance"},
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------------------

def write_json(path, data):
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(MINUTES_HTML, encoding="utf-8", newline="\n")
    build_report(DOCS / REPORT_NAME)
    write_json(GOLD / (Path(MINUTES_NAME).stem + ".json"), MINUTES_GOLD)
    write_json(GOLD / (Path(REPORT_NAME).stem + ".json"), REPORT_GOLD)
    print("wrote", MINUTES_NAME, REPORT_NAME, "and their gold files")


def normalise(text):
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def document_text(path):
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text()
    return path.read_text(encoding="utf-8")


def check():
    ok = True
    for gold_path in sorted(GOLD.glob("mj-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        texts = [normalise(document_text(doc))]
        if doc.suffix == ".html":  # also with a separator between tags
            from bs4 import BeautifulSoup
            texts.append(normalise(BeautifulSoup(doc.read_text(encoding="utf-8"),
                                                 "html.parser").get_text(" ")))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            n_words = len(phrase.split())
            if not 6 <= n_words <= 15:
                print(f"{gold_path.name}: {kind} phrase has {n_words} words: {phrase!r}")
                ok = False
            norm = normalise(phrase)
            for text in texts:
                count = text.count(norm)
                if count != 1:
                    print(f"{gold_path.name}: {kind} phrase found {count} times: {phrase!r}")
                    ok = False
                    break
        item_numbers = {i["number"] for i in gold.get("items", [])}
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            if row["item"] not in item_numbers:
                print(f"{gold_path.name}: unknown item {row['item']}")
                ok = False
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
