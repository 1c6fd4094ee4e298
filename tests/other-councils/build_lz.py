#!/usr/bin/env python3
"""Build the "lz-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_lz.py           build documents/lz-* and gold/lz-*.json
        build_lz.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "lz-culmshire-health-adult-care-scrutiny-2025-01-16.html"
REPORT_NAME = "lz-culmshire-dentistry-spotlight-review-report.pdf"

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DATE = datetime.datetime(2025, 1, 8, 9, 30, 0, tzinfo=datetime.timezone.utc)


# --------------------------------------------------------------------------------------
# The minutes: a ModernGov meeting page
# --------------------------------------------------------------------------------------

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<!-- saved from url=(0086)https://democracy.culmshire.gov.uk/ieListDocuments.aspx?CId=214&amp;MId=6127&amp;Ver=4 -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Agenda for Health and Adult Care Scrutiny Committee on Thursday, 16th January, 2025, 10.30 am - Culmshire County Council</title>
<meta name="description" content="Agenda for Health and Adult Care Scrutiny Committee on Thursday, 16th January, 2025, 10.30 am" />
<meta name="DC.title" content="Agenda for Health and Adult Care Scrutiny Committee on Thursday, 16th January, 2025, 10.30 am" />
<link rel="stylesheet" type="text/css" href="./ieListDocuments_files/mgCss.css" />
<link rel="stylesheet" type="text/css" href="./ieListDocuments_files/culmshire.css" />
<script type="text/javascript" src="./ieListDocuments_files/mgJQuery.js"></script>
<script type="text/javascript">
<!--
  function mgShowHide(id) { var e = document.getElementById(id); if (e) { e.style.display = (e.style.display == 'none') ? 'block' : 'none'; } }
//-->
</script>
</head>
<body>
<div id="cookie-banner" class="cookie-notice" style="display:none">
<p>We use cookies to make this website work and to collect information about how you use it. <a href="https://www.culmshire.gov.uk/cookies">Cookie settings</a></p>
</div>
<a class="skip-link" href="#mgMain">Skip to main content</a>
<div id="site-header">
<div class="header-inner">
<a href="https://www.culmshire.gov.uk/" class="logo"><img src="./ieListDocuments_files/ccc-logo.png" alt="Culmshire County Council" width="210" height="60" /></a>
<ul class="top-nav">
<li><a href="https://www.culmshire.gov.uk/">Home</a></li>
<li><a href="mgMemberIndex.aspx?bcr=1">Councillors</a></li>
<li><a href="ieDocHome.aspx?bcr=1">Committees</a></li>
<li><a href="mgCalendarMonthView.aspx?GL=1&amp;bcr=1">Calendar</a></li>
<li><a href="mgDelegatedDecisions.aspx?bcr=1&amp;DM=0&amp;DS=2&amp;K=0&amp;DR=&amp;V=0">Officer decisions</a></li>
<li><a href="mgPlansHome.aspx?bcr=1">Forward plans</a></li>
<li><a href="mgListPetitions.aspx?bcr=1">Petitions</a></li>
<li><a href="ieListMeetings.aspx?CId=214&amp;Year=0">Webcasts</a></li>
</ul>
<form class="search" action="mgSearchResults.aspx"><label for="q">Search this site</label> <input type="text" id="q" name="q" /> <input type="submit" value="Search" /></form>
</div>
</div>
<div id="breadcrumb">
<ul class="mgBreadcrumb">
<li><a href="https://www.culmshire.gov.uk/">Home</a> &gt; </li>
<li><a href="ieDocHome.aspx?bcr=1">Committee structure</a> &gt; </li>
<li><a href="mgCommitteeDetails.aspx?ID=214">Health and Adult Care Scrutiny Committee</a> &gt; </li>
<li>Meeting</li>
</ul>
</div>
<div id="mgMain" class="mgContent">
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<div class="mgSubTitle">
<h2 class="mgSubTitleTxt">Health and Adult Care Scrutiny Committee - Thursday, 16th January, 2025 10.30 am</h2>
</div>
<div class="mgLinks">
<ul class="mgActionList">
<li><a href="mgIssueHistoryChronology.aspx?CId=214&amp;MId=6127">Issue history</a></li>
<li><a href="mgMeetingAttendance.aspx?ID=6127">Attendance details</a></li>
<li><a href="ieListDocuments.aspx?CId=214&amp;MId=6127&amp;Ver=4&amp;Info=1">Printable version</a></li>
<li><a href="mgIcs.aspx?MId=6127">Add to calendar</a></li>
</ul>
</div>
<p class="mgLocTxt"><span class="mgLabel">Venue: </span>Committee Suite - County Hall, Culmford. <a href="mgLocationDetails.aspx?RId=3">View directions</a></p>
<p class="mgContactTxt"><span class="mgLabel">Contact: </span>Gemma Lethaby&nbsp; 01632 384551<br />
Email:&nbsp;<a href="mailto:gemma.lethaby@culmshire.gov.uk">gemma.lethaby@culmshire.gov.uk</a></p>
<div class="mgSideBar">
<h2 class="mgSectionTitle">Meeting documents</h2>
<ul class="mgBulletList">
<li><a class="mgFileLink" href="documents/g6127/Public%20reports%20pack%2016th-Jan-2025%2010.30%20Health%20and%20Adult%20Care%20Scrutiny%20Committee.pdf?T=10">Public reports pack PDF 3 MB</a></li>
<li><a class="mgFileLink" href="documents/g6127/Printed%20minutes%2016th-Jan-2025%2010.30%20Health%20and%20Adult%20Care%20Scrutiny%20Committee.pdf?T=1">Printed minutes PDF 211 KB</a></li>
<li><a class="mgFileLink" href="documents/g6127/Agenda%20frontsheet%2016th-Jan-2025%2010.30%20Health%20and%20Adult%20Care%20Scrutiny%20Committee.pdf?T=0">Agenda frontsheet PDF 164 KB</a></li>
</ul>
</div>
<h2 class="mgSectionTitle">Media</h2>
<ul class="mgMediaList">
<li><a href="https://culmshire.public-i.tv/core/portal/webcast_interactive/884217">Webcast: Health and Adult Care Scrutiny Committee, 16 January 2025</a> (3 hours 20 minutes)</li>
</ul>
"""

ATTENDANCE = """<h2 class="mgSectionTitle">Attendance</h2>
<div class="mgWordPara">
<p class="MsoNormal"><b>Present:-</b></p>
<p class="MsoNormal">Councillors P Tregarthen (Chair), H Ashworth (Vice-Chair), M Bickford, L Coombe, D Eveleigh, S Hartnoll, K Jewell, A Lethbridge, T Mudge, G Pidsley, C Rowsell and F Tapper</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Apologies:-</b></p>
<p class="MsoNormal">Councillors N Vosper and B Yeo</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Members attending in accordance with Standing Order 25</b></p>
<p class="MsoNormal">Councillor J Penwarden (Cabinet Member for Integrated Adult Social Care and Health)</p>
<p class="MsoNormal">Councillor W Heathfield (Local Member for Bramcombe and Northleigh)</p>
</div>
"""

# Each item: (anchor id, number, title, file links, agenda text, minutes html)
ITEMS = []

ITEMS.append(("41288", "27", "Minutes", ["Minutes 14 November 2024 PDF 188 KB"],
"""<p>Minutes of the meeting held on 14 November 2024, attached.</p>""",
"""<p class="MsoNormal">RESOLVED that the minutes of the meeting held on 14 November 2024 be signed as a correct record.</p>"""))

ITEMS.append(("41289", "28", "Items Requiring Urgent Attention", [],
"""<p>Items which in the opinion of the Chair should be considered at the meeting as matters of urgency.</p>""",
"""<p class="MsoNormal">There was no matter raised as a matter of urgency.</p>"""))

ITEMS.append(("41290", "29", "Public Participation", [],
"""<p>Members of the public may make representations/presentations on any substantive matter listed in the published agenda for this meeting, as set out hereunder, relating to a specific matter or an examination of services or facilities provided or to be provided.</p>""",
"""<p class="MsoNormal">In accordance with the Council\u2019s Public Participation Rules, the Committee received and acknowledged the oral representations made by Mrs E Quick, on behalf of the Friends of Bramcombe Hospital, and Mr D Hosegood, a resident of Northleigh, in relation to Minute 31 below (Bramcombe Community Hospital: Temporary Closure of Inpatient Beds).</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Mrs Quick expressed concern that the temporary closure of the 16 inpatient beds had been announced to staff and to the League of Friends with less than a fortnight\u2019s notice, and asked the Committee to seek a firm date for the reopening of the ward. Mr Hosegood questioned how elderly residents without a car would visit relatives moved to Northleigh or Culmford, given the withdrawal of the 86 bus service in the autumn.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The Chair thanked the speakers for their representations and advised that the points raised would be put to the NHS representatives under Minute 31, and that a written response would be sent to each speaker.</p>"""))

ITEMS.append(("41291", "30", "Urgent and Emergency Care: Winter Resilience 2024/25", ["ACH/25/201 PDF 1 MB", "Presentation PDF 2 MB"],
"""<p>Joint Report of NHS Culmshire and the Director of Integrated Adult Social Care (ACH/25/201), attached.</p>""",
"""<p class="MsoNormal">The Committee received the Joint Report of NHS Culmshire and the Director of Integrated Adult Social Care (ACH/25/201) on the arrangements in place across the Culmshire health and care system to manage demand over the winter period, together with a presentation from Mr G Salter, Chief Operating Officer, NHS Culmshire; Dr A Okafor, Deputy Chief Medical Officer, Royal Culmford Hospitals NHS Foundation Trust; and Mrs R Kingdon, Head of Operations (Culmshire), Western Counties Ambulance Service NHS Foundation Trust.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The presentation outlined the position over the Christmas and New Year period, during which a critical incident had been declared at the Royal Culmford Hospital on 2 January 2025 and stood down on 6 January 2025; the highest number of flu admissions recorded in the county since 2017/18; average ambulance handover times at each hospital; the number of patients in acute beds with no criteria to reside; and the additional capacity commissioned through the Better Care Fund, including 40 temporary \u2018discharge to assess\u2019 beds in independent sector care homes.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Members\u2019 discussion points with the officers and NHS representatives included:</p>
<ul>
<li>the length of time ambulances had waited outside the Royal Culmford Hospital over the New Year weekend, and the risk to patients waiting in the community for an ambulance while crews were held at the hospital; Mrs Kingdon advised that the longest single handover delay had been just over nine hours and that every delay of more than 60 minutes was reviewed for harm;</li>
<li>whether the critical incident could have been avoided had more community hospital beds been open, to which Mr Salter responded that the principal cause had been the number of patients who were medically fit to leave but were awaiting a package of care or a care home placement;</li>
<li>concern that the number of people waiting for a package of care in the north of the county had risen since the autumn, particularly around Tawmouth and Hartsworth, where domiciliary care providers continued to report difficulty in recruiting care workers;</li>
<li>clarification of the flu and COVID-19 vaccination rates among frontline NHS and social care staff, which the Deputy Chief Medical Officer confirmed had been 41% for flu, lower than in previous years, with a further push planned for the spring;</li>
<li>the use of corridor care in the Emergency Department and the dignity of older patients treated there, and an assurance that corridor care was only used as a last resort and was subject to a daily safety review by the senior nurse on duty;</li>
<li>a request that future winter reports include a breakdown of handover delays and \u2018no criteria to reside\u2019 figures by hospital site, so that Members could see the position at Tawmouth and Northleigh separately; and</li>
<li>the effectiveness of NHS 111 and the GP out-of-hours service in diverting people from the Emergency Department, and whether residents in rural areas were aware of the alternatives to attending A&amp;E.</li>
</ul>
<p class="MsoNormal">Councillor Eveleigh referred to the experience of a constituent who had waited 14 hours in the Emergency Department at the Royal Culmford Hospital before being admitted to a ward, and asked what was being done to improve the flow of patients through the hospital. Dr Okafor said that she could not comment on an individual case in a public meeting but would be happy to look into it if the Councillor passed on the details; more generally, the Trust had opened a 24-bed Same Day Emergency Care unit in November, which was seeing around 90 patients a day who would otherwise have waited in the Emergency Department for a bed, and a discharge lounge now operated seven days a week.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The Chair thanked the officers and representatives for attending and for the work of staff across the system over a very difficult period.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The Committee noted the report and asked that a further update on urgent and emergency care, including the outcome of the system\u2019s winter review, be brought to its meeting in June 2025.</p>"""))

ITEMS.append(("41292", "31", "Bramcombe Community Hospital: Temporary Closure of Inpatient Beds", ["ACH/25/202 PDF 402 KB"],
"""<p>Report of NHS Culmshire (ACH/25/202), attached.</p>""",
"""<p class="MsoNormal"><i>(Councillor K Jewell declared a personal interest in this item by virtue of being a volunteer driver for the League of Friends of Bramcombe Hospital.)</i></p>
<p class="MsoNormal"><i>(Councillor W Heathfield attended in accordance with Standing Order 25(2) and spoke to this item as the Local Member for Bramcombe and Northleigh.)</i></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The Committee considered the Report of NHS Culmshire (ACH/25/202) on the temporary closure, from 9 December 2024, of the 16 inpatient beds at Bramcombe Community Hospital, owing to the loss of registered nurses from the ward and the findings of a fire compartmentation survey of the building. Ms L Ferris, Director of Strategy, NHS Culmshire, and Mr P Doidge, Director of Community Services, Tawmouth and South Culmshire NHS Foundation Trust, attended for this item.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Councillor Heathfield spoke of the strength of feeling in the town, noting that a petition of over 3,200 signatures had been handed in at the Trust\u2019s headquarters, and asked the Committee to consider whether the change amounted to a substantial variation in service requiring formal consultation.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Members asked questions in relation to the staffing of the ward, the condition of the building and the timetable for reopening, and the following points were made in response:</p>
<ul>
<li>of the 11.4 whole-time equivalent registered nurse posts on the ward, 6.8 were vacant, and the Trust had been unable to cover the rota safely with bank and agency staff since October;</li>
<li>the fire compartmentation works were estimated to cost \u00a31.1 million and had not yet been included in the Trust\u2019s capital programme for 2025/26;</li>
<li>patients who would previously have been admitted to Bramcombe were being cared for at Northleigh and Culmford community hospitals or supported at home through the Urgent Community Response team; and</li>
<li>Ms Ferris could not give a date for reopening, but undertook that no permanent change would be made to services at Bramcombe without public consultation.</li>
</ul>
<p class="MsoNormal">Councillor Lethbridge asked why the Committee had first learned of the closure from the local press rather than from NHS Culmshire, and Ms Ferris apologised, acknowledging that Members should have been notified before the announcement to staff.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Councillor Mudge queried what support was being offered to relatives travelling from Bramcombe to Northleigh, in the light of the points made by Mr Hosegood under Minute 29 above. Mr Doidge explained that the Trust\u2019s volunteer car scheme had been extended to cover visiting, and that ward staff could help families to arrange video calls; he accepted that this was not a substitute for a regular bus service.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">It was MOVED by Councillor Tregarthen and SECONDED by Councillor Ashworth, and</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>RESOLVED</b></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-36.0pt">(a)<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>that the Committee considers that the temporary closure of inpatient beds at Bramcombe Community Hospital, if continued beyond 31 March 2025, would constitute a substantial variation in the provision of health services in the area;</p>
<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-36.0pt">(b)<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>that NHS Culmshire and Tawmouth and South Culmshire NHS Foundation Trust be asked to provide, within one month, a costed plan and timetable for the staffing and building works required to reopen the ward; and</p>
<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-36.0pt">(c)<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>that a further report be brought to the Committee\u2019s meeting on 20 March 2025.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><i>(Councillor Rowsell asked that her abstention from voting on the above Resolution be recorded.)</i></p>"""))

BUL = ('<p class="MsoListParagraphCxSp{pos}" style="margin-left:36.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level1 lfo1">'
       '<span style="font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol">'
       '<span style="mso-list:Ignore">\u00b7<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>{text}</p>')


def word_bullets(points):
    out = []
    for i, text in enumerate(points):
        pos = "First" if i == 0 else ("Last" if i == len(points) - 1 else "Middle")
        out.append(BUL.format(pos=pos, text=text))
    return "\n".join(out)


ASC_POINTS = [
    "the reasons for the forecast overspend on purchased care, which the Director attributed to higher numbers of people requiring nursing home placements following hospital discharge and to the fee increases agreed with the independent sector in the autumn;",
    "the effect of the increase in employers\u2019 National Insurance contributions from April 2025 on care providers, a number of which had warned that they might hand back packages of care or withdraw from the county, and what the Council could do to support them; Mr Vellacott advised that the Council was meeting the Culmshire Care Association monthly and would take account of the increase when setting fee rates for 2025/26;",
    "the number of Care Act assessments awaiting allocation, which had fallen from 1,140 to 870 since the summer, and the length of time the longest-waiting people had waited; the Director advised that the longest wait was currently 31 weeks, for a person whose needs had been assessed as low risk, and that everyone waiting was contacted at least every eight weeks;",
    "whether the Council would consider bringing some home care back in-house, to which the Cabinet Member replied that a small in-house reablement service already operated in the east of the county and that its costs and outcomes would be reviewed before any decision on extending it;",
    "the position on direct payments, and a request for figures on how many people had taken a direct payment because no commissioned care had been available; the Cabinet Member undertook to provide these figures to all Members of the Committee after the meeting; and",
    "concern at the proportion of carers\u2019 assessments completed within the target time, which remained below 50%.",
]

ITEMS.append(("41293", "32", "Adult Social Care: Performance and Financial Position", ["ACH/25/203 PDF 733 KB"],
"""<p>Report of the Director of Integrated Adult Social Care (ACH/25/203), attached.</p>""",
"""<p class="MsoNormal">The Committee considered the Report of the Director of Integrated Adult Social Care (ACH/25/203) on the performance of adult social care services to the end of November 2024 and the forecast financial position for 2024/25, which showed a projected overspend of \u00a36.3 million, largely on purchased care for older people and for adults with a learning disability. Councillor J Penwarden, Cabinet Member for Integrated Adult Social Care and Health, introduced the Report, and Ms T Arscott, Director of Integrated Adult Social Care, and Mr S Vellacott, Head of Adult Commissioning, responded to Members\u2019 questions.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Members\u2019 discussion points with the Cabinet Member and officers included:</p>
<p class="MsoNormal">&nbsp;</p>
""" + word_bullets(ASC_POINTS) + """
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The Committee noted the Report and the actions being taken to reduce the forecast overspend.</p>"""))

ITEMS.append(("41294", "33", "Access to NHS Dentistry: Spotlight Review", ["CSO/25/1 PDF 512 KB", "Appendix 1 - Healthwatch Culmshire survey findings PDF 1 MB"],
"""<p>Report of the Spotlight Review Group (CSO/25/1), attached.</p>""",
"""<p class="MsoNormal">The Committee considered the Report of the Spotlight Review Group (CSO/25/1), presented by Councillor S Hartnoll as Chair of the Review, which set out the findings of the Spotlight Review held on 28 November 2024 with NHS Culmshire, the Local Dental Committee and Healthwatch Culmshire.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Councillor Hartnoll highlighted that no practice in the county was currently accepting new adult NHS patients, that the nearest dental access centre for many residents of the north of the county was over 40 miles away, and that the Review had heard that the national dental contract gave practices little incentive to take on patients with complex needs.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">In discussion, Members:</p>
<p class="MsoNormal">&nbsp;</p>
""" + word_bullets([
    "welcomed the Review\u2019s findings and thanked Healthwatch Culmshire for sharing the results of its survey of over 1,900 residents;",
    "expressed concern that children in care and care leavers were not being prioritised for dental checks, and asked that the Corporate Parenting Board be made aware of the Review\u2019s findings;",
    "asked whether the additional funding for urgent dental appointments announced by the Government would reach Culmshire, and were advised by Mr Salter that NHS Culmshire expected to commission around 14,000 additional urgent appointments in 2025/26; and",
    "suggested that the dental school at the University of Culmford be approached about a community outreach clinic in Tawmouth.",
]) + """
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">It was MOVED by Councillor Hartnoll and SECONDED by Councillor Bickford, and</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>RESOLVED</b> that the Cabinet be RECOMMENDED to</p>
<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-36.0pt">(a)<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>endorse the recommendations of the Spotlight Review as set out in Report CSO/25/1; and</p>
<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-36.0pt">(b)<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>write to the Secretary of State for Health and Social Care seeking reform of the NHS dental contract and fair funding for rural areas.</p>"""))

ITEMS.append(("41295", "34", "Scrutiny Work Programme", [],
"""<p>In accordance with previous practice, Scrutiny Committees are requested to review the list of forthcoming business and determine which items are to be included in the Work Programme.</p>
<p>The Committee may also wish to review the content of the Cabinet Forward Plan to see if there are any specific items therein it might wish to explore further.</p>""",
"""<p class="MsoNormal">The Committee noted the current Work Programme, subject to the inclusion of the following:</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-36.0pt">(a)<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>a further report on Bramcombe Community Hospital at the meeting on 20 March 2025 (Minute 31 above refers);</p>
<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-36.0pt">(b)<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>a Masterclass for all Members on the NHS Culmshire Joint Forward Plan and the Integrated Care Strategy, to be held before the budget meeting of the Council; and</p>
<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-36.0pt">(c)<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>a Spotlight Review on hospital discharge and the use of short-term care home beds, the membership to be agreed by the Chair and Vice-Chair.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">[NB: The Scrutiny Work Programme is available on the Council\u2019s website at <a href="https://www.culmshire.gov.uk/scrutiny/work-programme/">https://www.culmshire.gov.uk/scrutiny/work-programme/</a>]</p>"""))

ITEMS.append(("41296", "35", "Information Previously Circulated", [],
"""<p>Below is a list of information previously circulated for Members, since the last meeting, relating to topical developments which have been or are currently being considered by this Scrutiny Committee.</p>""",
"""<p class="MsoNormal">The Committee noted information previously circulated for Members since the last meeting, relating to topical developments which have been or are currently being considered by this Scrutiny Committee:</p>
<p class="MsoNormal">&nbsp;</p>
""" + word_bullets([
    "NHS Culmshire \u2013 briefing on the refresh of the Joint Forward Plan, 2 December 2024;",
    "Culmshire Partnership NHS Trust \u2013 Care Quality Commission inspection report on acute wards for adults of working age and psychiatric intensive care units, published 11 December 2024 (rated Requires Improvement);",
    "Western Counties Ambulance Service NHS Foundation Trust \u2013 response to Members\u2019 questions on category 2 response times in rural areas, 18 December 2024;",
    "Healthwatch Culmshire \u2013 Enter and View report: Meadowbank Care Home, Hartsworth, 7 January 2025; and",
    "Director of Public Health \u2013 letter to Members on the winter vaccination programme, 9 January 2025.",
]) + """
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The Meeting started at 10.30 am and finished at 1.52 pm</p>"""))

FOOT = """<div class="mgWordPara mgMinutesNotes">
<p class="MsoNormal"><b>NOTES:</b></p>
<ol>
<li>These draft minutes are a summary of the meeting, produced by the Clerk to the Committee.</li>
<li>Minutes should always be read in association with any Reports for a complete record.</li>
<li>If the meeting has been webcast, it will be available to view on the webcasting site for up to 12 months from the date of the meeting.</li>
</ol>
</div>
</div>
<div id="site-footer">
<ul class="footer-links">
<li><a href="https://www.culmshire.gov.uk/accessibility/">Accessibility</a></li>
<li><a href="https://www.culmshire.gov.uk/privacy-notice/">Privacy</a></li>
<li><a href="https://www.culmshire.gov.uk/cookies/">Cookies</a></li>
<li><a href="https://www.culmshire.gov.uk/contact/">Contact us</a></li>
</ul>
<p>Culmshire County Council, County Hall, Culm Road, Culmford</p>
<p class="mgPoweredBy">Powered by <a href="https://www.civica.com/">Modern.Gov</a></p>
</div>
</body>
</html>
"""


def item_row(anchor, number, title, files, agenda, minutes):
    links = ""
    extra = ""
    if files:
        size = files[0][files[0].index("PDF"):]
        links = ' <a href="documents/s{0}/{1}.pdf" class="mgFileLink">{2}</a>'.format(
            anchor, files[0].split(" PDF")[0].replace(" ", "%20").replace("/", ""), size)
        if len(files) > 1:
            extra = '<p class="mgSubItemTitleTxt">Additional documents:</p>\n<ul class="mgBulletList">\n' + "\n".join(
                '<li><a href="documents/s{0}{1}/{2}.pdf" class="mgFileLink">{3}</a></li>'.format(
                    anchor, i, f.split(" PDF")[0].replace(" ", "%20"), f)
                for i, f in enumerate(files[1:], 1)) + "\n</ul>\n"
    return (
        '<tr>\n'
        '<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{number}.</p></td>\n'
        '<td>\n'
        '<p class="mgAiTitleTxt"><a name="AI{anchor}"></a>{title}{links}</p>\n'
        '{extra}'
        '<div class="mgWordPara">\n{agenda}\n</div>\n'
        '<p class="mgSubItemTitleTxt">Minutes:</p>\n'
        '<div class="mgWordPara">\n{minutes}\n</div>\n'
        '</td>\n'
        '</tr>\n'
    ).format(number=number, anchor=anchor, title=title, links=links, extra=extra,
             agenda=agenda, minutes=minutes)


def build_minutes_html():
    rows = "".join(item_row(*it) for it in ITEMS)
    return (HEAD + ATTENDANCE
            + '<h2 class="mgSectionTitle">Items</h2>\n'
            + '<table class="mgItemTable" summary="Agenda items">\n'
            + '<tr><th scope="col" class="mgHide">No.</th><th scope="col" class="mgHide">Item</th></tr>\n'
            + rows + '</table>\n' + FOOT)


# --------------------------------------------------------------------------------------
# The document that is not minutes: a Spotlight Review report (PDF)
# --------------------------------------------------------------------------------------

REPORT_BLOCKS = [
    ("right", "CSO/25/1"),
    ("right", "Health and Adult Care Scrutiny Committee"),
    ("right", "16 January 2025"),
    ("title", "Access to NHS Dentistry in Culmshire"),
    ("title2", "Spotlight Review"),
    ("sub", "Report of the Spotlight Review Group"),
    ("italic", "Please note that the following recommendations are subject to consideration and "
               "determination by the Committee (and confirmation under the provisions of the "
               "Council\u2019s Constitution) before taking effect."),
    ("head", "1. Recommendation"),
    ("para", "That the Committee endorses the recommendations set out in section 6 of this Report "
             "and commends them to the Cabinet for approval."),
    ("head", "2. Background"),
    ("para", "2.1 Members of the Committee have raised access to NHS dental services at almost every "
             "meeting since the Committee was established in its present form. Residents continue to "
             "contact councillors about practices leaving the NHS, about children who have not seen a "
             "dentist since before the pandemic, and about the distances some people must travel to an "
             "urgent dental appointment."),
    ("para", "2.2 Since July 2023 the commissioning of NHS dental services has been the responsibility "
             "of NHS Culmshire, the integrated care board, working within the national dental contract. "
             "The Committee agreed at its meeting on 19 September 2024 to hold a one-day Spotlight "
             "Review to understand the current position and to identify what local partners could do."),
    ("head", "3. Questions for the Review"),
    ("para", "3.1 The Review set out to answer the following questions:"),
    ("bullet", "How many residents are unable to register with an NHS dentist, and where do they live?"),
    ("bullet", "Why are practices reducing their NHS commitment, and what would persuade them to stay?"),
    ("bullet", "Are vulnerable groups, including children in care, care home residents and people "
               "experiencing homelessness, able to obtain the treatment they need?"),
    ("bullet", "What is NHS Culmshire doing with the funding returned when contracts are handed back?"),
    ("head", "4. Evidence"),
    ("para", "4.1 The Review met on 28 November 2024 at County Hall and heard from the Head of Primary "
             "Care Commissioning at NHS Culmshire, the Chair and Secretary of the Local Dental "
             "Committee, two practice owners, the Consultant in Dental Public Health and the Chief "
             "Executive of Healthwatch Culmshire. Members also considered the findings of a Healthwatch "
             "survey of 1,912 residents carried out in October 2024 (Appendix 1)."),
    ("head", "5. Findings"),
    ("para", "5.1 No practice in the county was accepting new adult NHS patients at the time of the "
             "Review. Eleven practices had reduced or ended their NHS contracts since 2022, returning "
             "an estimated 61,000 units of dental activity, most of them in the north and west of the "
             "county."),
    ("para", "5.2 Practice owners told the Review that the units of dental activity paid under the "
             "contract did not cover the cost of treating patients with high needs, and that they "
             "could not recruit dentists willing to work in rural practices. Vacancies for dental "
             "nurses had also risen."),
    ("para", "5.3 Two thirds of those responding to the Healthwatch survey said they had tried to find an "
             "NHS dentist in the last two years; fewer than one in five had succeeded. Respondents in "
             "Tawmouth and Hartsworth reported journeys of more than 40 miles for urgent treatment."),
    ("para", "5.4 NHS Culmshire has used part of the funding released by returned contracts to buy "
             "additional urgent appointments and a pilot of flexible commissioning for looked after "
             "children, but the underspend on the dental budget in 2023/24 was still \u00a33.4 million."),
    ("head", "6. Recommendations of the Spotlight Review"),
    ("para", "The Spotlight Review recommends:"),
    ("num", "(1) that NHS Culmshire publishes, each quarter, the number of practices accepting NHS "
            "patients and the location of urgent dental appointments;"),
    ("num", "(2) that any dental budget not spent in-year is reinvested in urgent and targeted "
            "services in the areas of the county with the poorest access;"),
    ("num", "(3) that children in care, care leavers and care home residents are offered a dental check "
            "within the statutory timescales, and that the Corporate Parenting Board monitors this;"),
    ("num", "(4) that the Council and NHS Culmshire approach the University of Culmford about "
            "outreach clinics staffed by dental students in areas without an NHS practice; and"),
    ("num", "(5) that the Chair of the Committee writes to the Secretary of State for Health and Social "
            "Care seeking reform of the dental contract and fair funding for rural areas."),
    ("head", "7. Membership"),
    ("para", "Councillors S Hartnoll (Chair of the Review), M Bickford, L Coombe, G Pidsley and F Tapper."),
    ("head", "8. Sources of evidence"),
    ("para", "Witnesses and written evidence are listed at Appendix 2. The Review Group would like to "
             "thank everyone who gave up their time to contribute."),
    ("sign", "Councillor S Hartnoll\nChair, Spotlight Review Group"),
    ("small", "Electoral Divisions: All\n"
              "Contact for enquiries: Gemma Lethaby, Scrutiny Officer, County Hall, Culmford\n"
              "Tel No: 01632 384551\n"
              "Local Government Act 1972: List of Background Papers\n"
              "Background Paper: Nil"),
]


def build_report_pdf(path):
    from fpdf import FPDF

    class Report(FPDF):
        def header(self):
            self.set_font("Sans", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "CSO/25/1", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Culmshire County Council", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, f"Page {self.page_no()}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Access to NHS Dentistry in Culmshire - Spotlight Review (CSO/25/1)")
    pdf.set_author("Culmshire County Council")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("Sans", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, text in REPORT_BLOCKS:
        if kind == "right":
            pdf.set_font("Sans", "B", 10)
            pdf.cell(0, 5, text, align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "title":
            pdf.ln(6)
            pdf.set_font("Sans", "B", 15)
            pdf.multi_cell(w, 8, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "title2":
            pdf.set_font("Sans", "B", 13)
            pdf.multi_cell(w, 7, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "sub":
            pdf.set_font("Sans", "", 11)
            pdf.multi_cell(w, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "italic":
            pdf.set_font("Sans", "I", 9)
            pdf.multi_cell(w, 5, text, border=1, padding=2, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "head":
            pdf.ln(3)
            pdf.set_font("Sans", "B", 11)
            pdf.multi_cell(w, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "para":
            pdf.set_font("Sans", "", 10)
            pdf.multi_cell(w, 5.2, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "bullet":
            pdf.set_font("Sans", "", 10)
            pdf.set_x(pdf.l_margin + 6)
            pdf.cell(5, 5.2, "\u2022")
            pdf.multi_cell(w - 11, 5.2, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "num":
            pdf.set_font("Sans", "", 10)
            pdf.set_x(pdf.l_margin + 6)
            pdf.multi_cell(w - 6, 5.2, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "sign":
            pdf.ln(6)
            pdf.set_font("Sans", "B", 10)
            pdf.multi_cell(w, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "small":
            pdf.ln(8)
            pdf.set_font("Sans", "", 8.5)
            pdf.multi_cell(w, 4.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------

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
    "committee": "Health and Adult Care Scrutiny Committee",
    "meeting_date": "2025-01-16",
    "items": [{"number": it[1], "title": it[2]} for it in ITEMS],
    "questions": [
        # 29 Public Participation
        q("29", "concern",
          "expressed concern that the temporary closure of the 16 inpatient beds had been announced",
          "Mrs Quick", None, None, ["patient-and-public-input"]),
        q("29", "question",
          "questioned how elderly residents without a car would visit relatives",
          "Mr Hosegood", None, None, ["patient-and-public-input"]),
        # 30 Urgent and Emergency Care
        q("30", "concern",
          "the length of time ambulances had waited outside the Royal Culmford Hospital",
          None, "the longest single handover delay had been just over nine hours",
          "Mrs Kingdon", []),
        q("30", "question",
          "whether the critical incident could have been avoided had more community hospital beds been open",
          None, "the principal cause had been the number of patients who were medically fit",
          "Mr Salter", ["adult-social-care"]),
        q("30", "concern",
          "concern that the number of people waiting for a package of care in the north",
          None, None, None, ["adult-social-care", "workforce"]),
        q("30", "question",
          "clarification of the flu and COVID-19 vaccination rates among frontline NHS and social care staff",
          None, "had been 41% for flu, lower than in previous years",
          "the Deputy Chief Medical Officer", ["public-health", "workforce"]),
        q("30", "concern",
          "the use of corridor care in the Emergency Department and the dignity of older patients",
          None, "corridor care was only used as a last resort",
          None, []),
        q("30", "request",
          "a request that future winter reports include a breakdown of handover delays",
          None, None, None, []),
        q("30", "question",
          "the effectiveness of NHS 111 and the GP out-of-hours service",
          None, None, None, ["primary-care"]),
        q("30", "question",
          "asked what was being done to improve the flow of patients through the hospital",
          "Councillor Eveleigh", "had opened a 24-bed Same Day Emergency Care unit in November",
          "Dr Okafor", []),
        # 31 Bramcombe Community Hospital
        q("31", "request",
          "asked the Committee to consider whether the change amounted to a substantial variation",
          "Councillor Heathfield", None, None, ["governance", "patient-and-public-input"]),
        q("31", "question",
          "Members asked questions in relation to the staffing of the ward",
          None, "the Trust had been unable to cover the rota safely with bank and agency staff",
          None, ["workforce", "finance"]),
        q("31", "question",
          "asked why the Committee had first learned of the closure from the local press",
          "Councillor Lethbridge", "Ms Ferris apologised, acknowledging that Members should have been notified",
          "Ms Ferris", ["governance"]),
        q("31", "question",
          "queried what support was being offered to relatives travelling from Bramcombe to Northleigh",
          "Councillor Mudge", "the Trust's volunteer car scheme had been extended to cover visiting",
          "Mr Doidge", []),
        # 32 Adult Social Care
        q("32", "question",
          "the reasons for the forecast overspend on purchased care",
          None, "higher numbers of people requiring nursing home placements following hospital discharge",
          "the Director", ["finance", "adult-social-care"]),
        q("32", "concern",
          "the effect of the increase in employers' National Insurance contributions from April 2025",
          None, "the Council was meeting the Culmshire Care Association monthly",
          "Mr Vellacott", ["finance", "adult-social-care"]),
        q("32", "question",
          "the number of Care Act assessments awaiting allocation",
          None, "the longest wait was currently 31 weeks",
          "the Director", ["adult-social-care"]),
        q("32", "question",
          "whether the Council would consider bringing some home care back in-house",
          None, "a small in-house reablement service already operated in the east of the county",
          "the Cabinet Member", ["privatisation", "adult-social-care"]),
        q("32", "request",
          "a request for figures on how many people had taken a direct payment",
          None, "the Cabinet Member undertook to provide these figures to all Members",
          "the Cabinet Member", ["adult-social-care"]),
        q("32", "concern",
          "concern at the proportion of carers' assessments completed within the target time",
          None, None, None, ["adult-social-care"]),
        # 33 Dentistry
        q("33", "comment",
          "welcomed the Review's findings and thanked Healthwatch Culmshire for sharing the results",
          None, None, None, ["primary-care", "patient-and-public-input"]),
        q("33", "concern",
          "expressed concern that children in care and care leavers were not being prioritised",
          None, None, None, ["children-and-families", "primary-care"]),
        q("33", "question",
          "asked whether the additional funding for urgent dental appointments announced by the Government",
          None, "NHS Culmshire expected to commission around 14,000 additional urgent appointments",
          "Mr Salter", ["primary-care", "finance"]),
        q("33", "request",
          "suggested that the dental school at the University of Culmford be approached",
          None, None, None, ["primary-care"]),
    ],
    "resolutions": [
        r("27", "minutes of the meeting held on 14 November 2024 be signed as a correct record",
          "agreed", []),
        r("30", "noted the report and asked that a further update on urgent and emergency care",
          "agreed", []),
        r("31", "would constitute a substantial variation in the provision of health services",
          "agreed", ["governance"]),
        r("32", "noted the Report and the actions being taken to reduce the forecast overspend",
          "noted", ["finance", "adult-social-care"]),
        r("33", "write to the Secretary of State for Health and Social Care seeking reform",
          "recommended", ["primary-care", "finance"]),
        r("34", "noted the current Work Programme, subject to the inclusion of the following",
          "agreed", []),
        r("35", "noted information previously circulated for Members since the last meeting",
          "noted", []),
    ],
    "attendees": [
        a("P Tregarthen", "Chair", "present"),
        a("H Ashworth", "Vice-Chair", "present"),
        a("M Bickford", None, "present"),
        a("L Coombe", None, "present"),
        a("D Eveleigh", None, "present"),
        a("S Hartnoll", None, "present"),
        a("K Jewell", None, "present"),
        a("A Lethbridge", None, "present"),
        a("T Mudge", None, "present"),
        a("G Pidsley", None, "present"),
        a("C Rowsell", None, "present"),
        a("F Tapper", None, "present"),
        a("N Vosper", None, "apologies"),
        a("B Yeo", None, "apologies"),
        a("Councillor J Penwarden", "Cabinet Member for Integrated Adult Social Care and Health", "in_attendance"),
        a("Councillor W Heathfield", "Local Member for Bramcombe and Northleigh", "in_attendance"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# --------------------------------------------------------------------------------------
# Build and check
# --------------------------------------------------------------------------------------

def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text()
    return path.read_text(encoding="utf-8")


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(build_minutes_html(), encoding="utf-8", newline="\n")
    build_report_pdf(DOCS / REPORT_NAME)
    for g in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(g["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8", newline="\n")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\nwrote 2 gold files in {GOLD}")


def check():
    ok = True
    for gpath in sorted(GOLD.glob("lz-*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        dpath = DOCS / g["document"]
        if not dpath.exists():
            print(f"MISSING document {dpath}")
            ok = False
            continue
        text = norm(doc_text(dpath))
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        item_numbers = {i["number"] for i in g.get("items", [])}
        for row in g.get("questions", []) + g.get("resolutions", []):
            if row["item"] not in item_numbers:
                print(f"{gpath.name}: row refers to unknown item {row['item']!r}")
                ok = False
        for kind, phrase in phrases:
            n = len(norm(phrase).split())
            count = len(re.findall(r"(?<!\w)" + re.escape(norm(phrase)) + r"(?!\w)", text))
            raw = text.count(norm(phrase))
            if count != 1 or raw != 1:
                print(f"{gpath.name}: {kind} phrase found {raw} times: {phrase!r}")
                ok = False
            if not 6 <= n <= 15:
                print(f"{gpath.name}: {kind} phrase has {n} words: {phrase!r}")
                ok = False
        print(f"{gpath.name}: {len(phrases)} phrases checked, document text {len(text.split())} words")
    print("check passed" if ok else "check FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
