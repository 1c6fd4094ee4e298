#!/usr/bin/env python3
"""Build the "mm-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_mm.py           build documents/mm-* and gold/mm-*.json
        build_mm.py --check   verify every gold phrase occurs once in its document
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
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_FILE = "mm-harcombe-north-lyncote-health-wellbeing-board-2025-12-03.html"
REPORT_FILE = "mm-harcombe-north-lyncote-wellbeing-hubs-engagement-report.pdf"

E = html.escape

# ---------------------------------------------------------------------------
# Word-pasted fragments, as ModernGov stores minutes typed in Word
# ---------------------------------------------------------------------------
SPAN = '<span style="font-size:12.0pt;font-family:&quot;Arial&quot;,sans-serif">'


def p(text: str) -> str:
    return f'<p class="MsoNormal">{SPAN}{text}</span></p>\n'


def blank() -> str:
    return f'<p class="MsoNormal">{SPAN}&nbsp;</span></p>\n'


def bullet(text: str, first=False, last=False) -> str:
    cls = "MsoListParagraphCxSpMiddle"
    if first:
        cls = "MsoListParagraphCxSpFirst"
    elif last:
        cls = "MsoListParagraphCxSpLast"
    return (f'<p class="{cls}" style="margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1">'
            f'<span style="font-family:Symbol">&#183;<span style="font:7.0pt &quot;Times New Roman&quot;">'
            f'&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>{SPAN}{text}</span></p>\n')


def numbered(label: str, text: str) -> str:
    return (f'<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-36.0pt">{SPAN}{label}'
            f'<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>{text}</span></p>\n')


def bold(text: str) -> str:
    return f'<p class="MsoNormal"><b>{SPAN}{text}</span></b></p>\n'


# ---------------------------------------------------------------------------
# The items: (note, number, title, pdf link or None, agenda text, minutes html)
# ---------------------------------------------------------------------------
ITEMS = []

ITEMS.append(("10.00am", "38", "Welcome and Introductions", None, "",
    p("The Chair welcomed everyone to the meeting, in particular Chris Allardyce, Head of Early Help, "
      "who was attending as substitute for Mary-Jane Okonkwo, and Nicola Strand from the HSW ICB who "
      "was attending for item 45.")
    + blank()
    + p("The Chair advised that item 48 would be taken before item 47 as Gwen Tillotson needed to leave "
        "the meeting at 12 noon. The minutes are recorded in the order of the agenda.")))

ITEMS.append(("", "39", "Emergency Evacuation Procedure", None,
    "The Chair will draw attention to the emergency evacuation procedure as set out under Note 6.",
    p("The Democratic Services Officer drew attention to the emergency evacuation procedure.")))

ITEMS.append(("", "40", "Apologies for Absence", None,
    "The Board is asked to note any apologies for absence and substitutions.",
    p("Apologies were received from Mary-Jane Okonkwo, Director of Children&#8217;s Services and Education "
      "(Chris Allardyce attended as her substitute), Superintendent Karen Whitlow (Selbourne "
      "Constabulary), Jo Ambrose (Rivergate Homes) and Professor Leon Whitcombe (University of Harcombe).")
    + blank()
    + p("Denise Fairclough (Wyle and Cary Partnership NHS Trust) was not present.")))

ITEMS.append(("", "41", "Declarations of Interest",  None,
    "At this point in the meeting declarations of interest are received from Members in any of the "
    "agenda items under consideration at the meeting. Members are asked to indicate:<br><br>"
    "(a) The agenda item number in which they have an interest to declare.<br>"
    "(b) The nature of their interest.<br>"
    "(c) Whether their interest is a disclosable pecuniary interest or an other interest, (as defined "
    "in Part 2, A and B of the Code of Conduct and Rules for Registration of Interests)<br><br>"
    "Any Member who needs to clarify any matters relating to the declaration of interests is "
    "recommended to seek advice from the Council&#8217;s Monitoring Officer or a member of his staff "
    "before the meeting to expedite dealing with the item during the meeting.",
    p("Dr Arun Bhattacharya declared an other interest in item 46 as a partner in a GP practice which "
      "receives payment from the Better Care Fund for care home ward rounds. He remained in the meeting "
      "and took part in the discussion.")))

ITEMS.append(("", "42", "To announce any urgent business agreed by the Chair", None, "",
    p("There was none.")))

ITEMS.append(("10.10am", "43", "Public Questions/Comments", None,
    "At the time of publication one notification had been received.",
    p("Mrs Jean Holloway, Chair of the Patient Participation Group at Midford Norton Health Centre, made a "
      "statement to the Board about access to GP appointments and the proposed closure of the branch "
      "surgery at Farrowcombe. She expressed concern that patients without a car could not reach the "
      "main surgery in Midford Norton by bus, as the 174 service ran only every two hours and not at all "
      "on Sundays. She asked the Board to ensure that the ICB&#8217;s review of the branch surgery took "
      "account of rural transport before any decision was made. A copy of the statement has been placed "
      "on the Board&#8217;s Minute Book.")
    + blank()
    + p("The Chair thanked Mrs Holloway for her statement.")
    + blank()
    + p("Councillor Haskett asked whether the ICB had met Farrowcombe Parish Council about the proposed "
        "closure. Rachel Oduya replied that the ICB had met the parish council in October, that the "
        "practice was completing a travel impact assessment and that this would be shared with the "
        "Patient Participation Group before the ICB&#8217;s Primary Care Commissioning Committee "
        "considered the application in January.")))

ITEMS.append(("", "44", "Minutes of Previous Meeting", ("Minutes of previous meeting", "201 KB"),
    "To confirm the minutes of the meeting held on 24th September 2025 as a true record.",
    p("Subject to an amendment at minute 31 to record that 3VA, rather than Healthwatch, had led the "
      "community engagement on the Harcombe Wellbeing Hubs, the minutes of the meeting held on 24th "
      "September 2025 were confirmed as a correct record and signed by the Chair.")
    + blank()
    + p("<u>Matters arising</u>")
    + p("Minute 33 (Suicide Prevention Strategy) &#8211; Dr Marchbank confirmed that the refreshed "
        "action plan would be brought to the March meeting.")))

ITEMS.append(("10.20am<br>40 mins", "45", "Winter Preparedness and System Resilience 2025/26",
    ("Winter Preparedness report", "612 KB"),
    "This report sets out the health and care system&#8217;s plans for winter 2025/26, including "
    "vaccination, hospital capacity, discharge and communications with the public.<br><br>"
    "The Board is asked to note the report.",
    p("Nicola Strand, Urgent and Emergency Care Programme Director, HSW ICB, and Paul Delacroix, Chief "
      "Operating Officer, Royal Harcombe Hospital NHS Foundation Trust, gave a presentation which covered "
      "the following:")
    + blank()
    + bullet("Demand over winter 2024/25 and the lessons learned", first=True)
    + bullet("Flu, COVID-19 and RSV vaccination uptake to date")
    + bullet("Escalation beds, the virtual ward and the Transfer of Care Hub")
    + bullet("Discharge to assess capacity in care homes and at home")
    + bullet("The &#8216;Think Pharmacy First&#8217; communications campaign", last=True)
    + blank()
    + p("The Board was informed that the number of patients at the Royal Harcombe who no longer met the "
        "criteria to reside had fallen from an average of 94 last winter to 61 in October, against a "
        "system target of 45 by the end of January 2026. Paul Delacroix explained that the hospital had "
        "opened 18 escalation beds on Ward 7 from 1st December, that the virtual ward now had capacity for "
        "60 patients, of whom around half were frail older people, and that ambulance handover times had "
        "improved to an average of 38 minutes in October, although there had been three days in November "
        "when the hospital had declared OPEL 4. Nicola Strand added that flu vaccination uptake in people "
        "aged 65 and over stood at 71% at the end of November, which was slightly ahead of the same point "
        "last year, but that uptake among health and care staff remained below 40%.")
    + blank()
    + p("Board members raised the following points and asked the following questions:")
    + blank()
    + numbered("(1)",
        "Gwen Tillotson asked how people who were not online would find out about Pharmacy First and NHS "
        "111, as Healthwatch had heard from older residents who did not know which service to use. Nicola "
        "Strand explained that a leaflet would go to every household in the area with the Council&#8217;s "
        "Connect magazine in December and that libraries and the 3VA community connectors would also have "
        "printed copies.")
    + numbered("(2)",
        "Councillor Haskett raised concerns about the number of children who had attended the Emergency "
        "Department with breathing difficulties last winter and asked what was being done to improve the "
        "uptake of flu vaccination in primary schools, which had been lowest in the schools in Lyncote. "
        "Dr Fiona Marchbank responded that the school-aged immunisation team had added Saturday catch-up "
        "clinics and that the public health team was working with the head teachers of the six schools "
        "with the lowest uptake.")
    + numbered("(3)",
        "Simon Greatorex commented that the Council had commissioned 20 additional short-term home care "
        "packages for the winter, funded from the Discharge Fund, but that recruiting care workers in the "
        "rural parts of North Lyncote remained the biggest risk to the plan.")
    + numbered("(4)",
        "Dr Bhattacharya asked whether GP practices could be given the hospital&#8217;s escalation status "
        "in real time, so that practices could take it into account when referring patients at times of "
        "pressure. Paul Delacroix said that the OPEL status was shared with practices each morning through "
        "the primary care bulletin, but he would look into a live dashboard.")
    + numbered("(5)",
        "Hannah Pryce commented that the Home from Hospital service run by Age Concern Harcombe had a "
        "waiting list of 40 people and that the voluntary sector needed to be part of winter planning from "
        "the start rather than being asked to help in December.")
    + numbered("(6)",
        "The Chair asked what arrangements were in place for people in mental health crisis who attended "
        "the Emergency Department over the holiday period. Rachel Oduya explained that the crisis "
        "caf&#233; in Harcombe would be open on Christmas Day and Boxing Day and that the mental health "
        "liaison team at the hospital would be fully staffed; Wyle and Cary Partnership had been asked to "
        "provide a written update for the next meeting.")
    + blank()
    + p("The Chair thanked Nicola Strand and Paul Delacroix for the presentation.")
    + blank()
    + p("The Board noted the winter plan and asked that a summary of how the system had performed over the "
        "winter be brought to the meeting in March 2026.")))

ITEMS.append(("11.00am", "46", "Better Care Fund 2025/26 Quarter 2 Return and Section 75 Agreement",
    ("BCF Q2 report", "389 KB"),
    "The Board is asked to approve the Better Care Fund Quarter 2 return for 2025/26 and to note the "
    "updated Section 75 agreement.",
    p("Laura Penhaligon, Head of Commissioning (Integrated Care), introduced the report. She explained that "
      "the Better Care Fund (BCF) plan for 2025/26 totalled &#163;41.6m, of which &#163;15.2m was the NHS "
      "minimum contribution to adult social care, and that the Quarter 2 return had been submitted to NHS "
      "England on 31st October 2025 subject to the Board&#8217;s approval. The Section 75 agreement "
      "between the Council and the ICB for the pooled budget had been updated to include the new "
      "Transfer of Care Hub and was due to be signed by the end of December.")
    + blank()
    + p("In discussion, Dr Bhattacharya queried why spending on the care home ward round scheme was below "
        "plan at the half year. Laura Penhaligon replied that two practices had only joined the scheme in "
        "September and that spending was expected to reach the planned level by the end of the year. Gwen "
        "Tillotson asked how people who used the services had been involved in reviewing the BCF schemes, "
        "to which Laura Penhaligon responded that a survey of people using the reablement service had been "
        "carried out over the summer and the results would be reported to the Board in March. The Chair "
        "sought clarification on the risk of an overspend on the discharge to assess beds in nursing "
        "homes. Simon Greatorex confirmed that the projected overspend of &#163;380,000 would be met from "
        "the Council&#8217;s share of the pooled budget and that the position was being monitored monthly "
        "by the Joint Commissioning Board.")
    + blank()
    + p("<b>RESOLVED</b> (unanimously) that the Board agreed to:")
    + numbered("(1)", "Approve the Better Care Fund Quarter 2 return for 2025/26 as submitted to NHS "
               "England; and")
    + numbered("(2)", "Note the updated Section 75 agreement and delegate authority to the Director of "
               "Adult Social Care, in consultation with the Chair and Vice-Chair, to agree any final "
               "changes before it is signed.")))

ITEMS.append(("11.25am", "47", "Director of Public Health Annual Report 2025 &#8211; Growing Up Well",
    ("DPH Annual Report 2025", "2 MB"),
    "The Director of Public Health will present her annual report for 2025.",
    p("Dr Fiona Marchbank, Director of Public Health, presented her annual report, which this year focused "
      "on the health of children and young people in Harcombe and North Lyncote. She highlighted the "
      "following points:")
    + blank()
    + bullet("23.4% of children in Year 6 were living with obesity, compared with 19.8% five years ago, "
             "with the highest rates in Lyncote and Midford Norton;", first=True)
    + bullet("one in five 15-year-olds said they had used a vape in the last month;")
    + bullet("hospital admissions of young people for self-harm had fallen for the second year running but "
             "remained above the England average;")
    + bullet("the report made seven recommendations to Board partners, including a whole-system approach "
             "to healthy weight and a smoke-free generation pledge.", last=True)
    + blank()
    + p("During the discussion the following points were made:")
    + blank()
    + numbered("&#8226;",
        "Councillor Haskett welcomed the report and asked what the Council could do about the number of "
        "vape shops opening close to schools. Dr Marchbank explained that the Council had limited powers "
        "over the location of shops, but that Trading Standards had carried out test purchases at 28 "
        "premises this year and eleven had sold vapes to under-18s.")
    + numbered("&#8226;",
        "Gwen Tillotson commented that young people Healthwatch had spoken to found it hard to get help with "
        "anxiety and were waiting months for CAMHS, and asked that the Board hear directly from young "
        "people at a future meeting. Dr Marchbank agreed that a session would be arranged with the Youth "
        "Forum.")
    + numbered("&#8226;",
        "Rachel Oduya said that the ICB would use the report to shape its children and young people&#8217;s "
        "programme for 2026/27.")
    + numbered("&#8226;",
        "Paul Delacroix asked whether the recommendation on healthy weight included support for families "
        "whose children were already very overweight. Dr Owen Carrick, Consultant in Public Health, "
        "replied that the Fit Families weight management service had been recommissioned from April 2025 "
        "with places for 240 families a year.")
    + blank()
    + p("<b>RESOLVED</b> that the Board:")
    + numbered("(1)", "noted the Director of Public Health&#8217;s Annual Report 2025; and")
    + numbered("(2)", "agreed that each partner organisation would report back to the Board in September "
               "2026 on how it had responded to the report&#8217;s recommendations.")))

ITEMS.append(("11.50am", "48", "Healthwatch Harcombe and North Lyncote Annual Report 2024/25",
    ("Healthwatch Annual Report 2024-25", "3 MB"),
    "",
    p("Gwen Tillotson presented the Healthwatch annual report. Healthwatch had heard from 2,914 people "
      "during the year, carried out five Enter and View visits to care homes and published reports on "
      "NHS dentistry and on the experience of unpaid carers. Access to NHS dentistry remained the issue "
      "most often raised by residents, followed by GP access and discharge from hospital.")
    + blank()
    + p("Further to questions and comments from Board members it was noted that:")
    + blank()
    + numbered("(a)",
        "In response to a question from Councillor Haskett about NHS dentistry for children in care, Rachel "
        "Oduya said that the ICB had commissioned an additional 3,000 urgent dental appointments a year "
        "from three practices in Harcombe and that children in care were given priority through a referral "
        "route agreed with the Children in Care health team.")
    + numbered("(b)",
        "Simon Greatorex asked whether the report on unpaid carers could be shared with the group "
        "refreshing the Carers&#8217; Strategy. Gwen Tillotson confirmed that it would be.")
    + numbered("(c)",
        "Ben Rossiter asked whether Enter and View visits could be extended to the community hospital "
        "wards. This was already in the Healthwatch work plan for 2026.")
    + numbered("(d)",
        "Dr Bhattacharya expressed concern that GP practices were receiving complaints about dentistry that "
        "they could not resolve, and that the public did not understand who commissioned dental services.")
    + blank()
    + p("<b>RESOLVED</b> that the Health and Wellbeing Board noted the Healthwatch Harcombe and North "
        "Lyncote Annual Report 2024/25.")))

ITEMS.append(("12.10pm", "49", "Health and Wellbeing Board Forward Plan", ("Forward Plan", "96 KB"),
    "The Board is asked to note the forward plan and to suggest items for future meetings.",
    p("Mark Hatherley, Democratic Services Officer, presented the forward plan. The following items were "
      "added:")
    + blank()
    + bullet("Winter 2025/26 review &#8211; March 2026", first=True)
    + bullet("Mental health crisis provision, Wyle and Cary Partnership &#8211; March 2026")
    + bullet("Harcombe Wellbeing Hubs: engagement findings &#8211; March 2026")
    + bullet("Young people&#8217;s voice &#8211; session with the Youth Forum &#8211; June 2026", last=True)
    + blank()
    + p("Councillor Haskett requested that the Joint Strategic Needs Assessment chapter on housing and "
        "health be brought to the Board before the summer. Mark Hatherley confirmed that it would be "
        "scheduled for June 2026.")
    + blank()
    + p("<b>RESOLVED</b> that the Board agreed the forward plan with the additions set out above.")
    + blank()
    + p("The next meeting will be held on Wednesday, 4th March, 2026 at 10.00am in the Brunswick Room, "
        "Guildhall, Harcombe.")
    + blank()
    + p("The meeting ended at 12.25pm.")))

# ---------------------------------------------------------------------------
# Attendance (the attendance details shown at the foot of the meeting page)
# ---------------------------------------------------------------------------
MEMBERS = [
    ("Councillor Imogen Falconer", "Chair", "Present", "Cabinet Member for Adult Services and Council House Building"),
    ("Rachel Oduya", "Vice-Chair", "Present", "Place Director, Harcombe and North Lyncote, HSW Integrated Care Board"),
    ("Councillor Tom Haskett", "Board Member", "Present", "Cabinet Member for Children's Services"),
    ("Dr Fiona Marchbank", "Director of Public Health", "Present", ""),
    ("Simon Greatorex", "Director of Adult Social Care", "Present", ""),
    ("Mary-Jane Okonkwo", "Director of Children's Services and Education", "Apologies, sent representative", "Chris Allardyce substituting"),
    ("Chris Allardyce", "Substitute", "Present", "Head of Early Help, for Mary-Jane Okonkwo"),
    ("Gwen Tillotson", "Healthwatch Harcombe and North Lyncote", "Present", "Left at 12 noon"),
    ("Dr Arun Bhattacharya", "Primary Care Network Clinical Director", "Present", ""),
    ("Paul Delacroix", "Royal Harcombe Hospital NHS Foundation Trust", "Present", ""),
    ("Ben Rossiter", "Meridian Community Health", "Present", "Virtual"),
    ("Superintendent Karen Whitlow", "Selbourne Constabulary", "Apologies", ""),
    ("Denise Fairclough", "Wyle and Cary Partnership NHS Trust", "Absent", ""),
    ("Hannah Pryce", "3VA (voluntary and community sector)", "Present", ""),
    ("Jo Ambrose", "Rivergate Homes", "Apologies", ""),
    ("Professor Leon Whitcombe", "University of Harcombe", "Apologies", ""),
]
IN_ATTENDANCE = [
    ("Nicola Strand", "Urgent and Emergency Care Programme Director, HSW ICB", "In attendance", "Item 45"),
    ("Laura Penhaligon", "Head of Commissioning (Integrated Care)", "In attendance", "Item 46"),
    ("Dr Owen Carrick", "Consultant in Public Health", "In attendance", ""),
    ("Mark Hatherley", "Democratic Services Officer", "In attendance", ""),
    ("Councillor Alan Pardoe", "Observer", "In attendance", "Chair, Children, Adults, Health and Wellbeing PDS Panel"),
]

GOLD_ATTENDANCE = {
    "Present": "present", "Apologies": "apologies", "Apologies, sent representative": "apologies",
    "Absent": "absent", "In attendance": "in_attendance",
}


def attendance_table(rows, caption) -> str:
    out = [f'<table class="mgStatsTable" summary="{E(caption)}">\n<caption class="mgSectionTitle">{E(caption)}</caption>\n'
           '<thead><tr><th scope="col">Attendee</th><th scope="col">Role</th>'
           '<th scope="col">Attendance</th><th scope="col">Notes</th></tr></thead>\n<tbody>\n']
    for i, (name, role, att, notes) in enumerate(rows):
        cls = ' class="mgTableOddRow"' if i % 2 == 0 else ' class="mgTableEvenRow"'
        out.append(f'<tr{cls}>\n<td><a href="mgUserInfo.aspx?UID={4100 + i}">{E(name)}</a></td>\n'
                   f'<td>{E(role)}</td>\n<td>{E(att)}</td>\n<td>{E(notes) if notes else "&nbsp;"}</td>\n</tr>\n')
    out.append('</tbody>\n</table>\n')
    return "".join(out)


def minutes_html() -> str:
    rows = []
    for i, (note, num, title, pdf, agenda, mins) in enumerate(ITEMS):
        ai = 18230 + i
        link = ""
        if pdf:
            link = (f'<a href="documents/s{51870 + i}/{E(pdf[0])}.pdf" class="mgPdfLink">'
                    f'<img src="mgimages/logo-pdf-16.gif" alt="pdf icon" class="mgPdfImg" /> PDF {pdf[1]}</a>')
        cells = [f'<tr>\n<td class="mgItemTimeCell">{note or "&nbsp;"}</td>\n'
                 f'<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{num}.</p></td>\n<td>\n'
                 f'<p class="mgAiTitleTxt"><a name="AI{ai}"></a>'
                 f'<a href="mgAi.aspx?ID={ai}">{title}</a> {link}</p>\n']
        if agenda:
            cells.append(f'<div class="mgWordPara"><p>{agenda}</p></div>\n')
        if num == "45":
            cells.append('<p class="mgSubItemTitleTxt">Additional documents:</p>\n<ul class="mgBulletList">\n'
                         '<li><a href="documents/s51895/Winter plan presentation.pdf">Winter plan 2025-26 '
                         'presentation, item 45</a> <img src="mgimages/logo-pdf-16.gif" alt="pdf icon" /> PDF 1 MB</li>\n'
                         '</ul>\n')
        cells.append('<p class="mgSubItemTitleTxt">Minutes:</p>\n'
                     f'<div class="mgWordPara">\n{mins}</div>\n</td>\n</tr>\n')
        rows.append("".join(cells))

    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
<!-- saved from url=(0085)https://democracy.harcombe-nl.gov.uk/ieListDocuments.aspx?CId=612&amp;MId=7314&amp;Ver=4 -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Agenda for Health and Wellbeing Board on Wednesday, 3rd December, 2025, 10.00 am | Harcombe and North Lyncote Council</title>
<link type="text/css" href="./ieListDocuments_files/ssMgStyles.css" rel="stylesheet" />
<link type="text/css" href="./ieListDocuments_files/SiteSpecific.css" rel="stylesheet" />
<meta name="DC.title" content="Agenda for Health and Wellbeing Board on Wednesday, 3rd December, 2025, 10.00 am" />
<meta name="DC.publisher" content="Harcombe and North Lyncote Council" />
</head>
<body>
<div id="skiplinks"><a href="#mgMain">Skip to main content</a></div>
<div id="hnl-header">
<a href="https://www.harcombe-nl.gov.uk/"><img src="./ieListDocuments_files/hnl-logo.png" alt="Harcombe and North Lyncote Council" /></a>
<ul class="hnl-topnav">
<li><a href="https://www.harcombe-nl.gov.uk/">Home</a></li>
<li><a href="mgMemberIndex.aspx">Councillors</a></li>
<li><a href="mgListCommittees.aspx">Committees</a></li>
<li><a href="mgCalendarMonthView.aspx">Meetings calendar</a></li>
<li><a href="mgDelegatedDecisions.aspx">Decisions</a></li>
<li><a href="mgListPlans.aspx">Forward Plans</a></li>
<li><a href="ieDocSearch.aspx">Search documents</a></li>
</ul>
</div>
<div class="mgBreadCrumbs"><ul>
<li><a href="https://www.harcombe-nl.gov.uk/">Home</a> &gt; </li>
<li><a href="mgListCommittees.aspx">Committee structure</a> &gt; </li>
<li><a href="mgCommitteeDetails.aspx?ID=612">Health and Wellbeing Board</a> &gt; </li>
<li>Meeting</li>
</ul></div>
<div id="modgov"><a name="mgMain"></a>
<div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Health and Wellbeing Board - Wednesday, 3rd December, 2025 10.00 am</h2></div>
<div class="mgLinks">
<ul class="mgActionList">
<li><a href="mgMeetingAttendance.aspx?ID=7314">Attendance details</a></li>
<li><a href="ieListDocuments.aspx?CId=612&amp;MId=7314&amp;Ver=4&amp;Info=1">Meeting documents</a></li>
<li><a href="documents/g7314/Printed minutes 03rd-Dec-2025 10.00 Health and Wellbeing Board.pdf">Printed minutes</a> <img src="mgimages/logo-pdf-16.gif" alt="pdf icon" /> PDF 318 KB</li>
<li><a href="documents/g7314/Public reports pack 03rd-Dec-2025 10.00 Health and Wellbeing Board.pdf">Agenda reports pack</a> <img src="mgimages/logo-pdf-16.gif" alt="pdf icon" /> PDF 7 MB</li>
</ul>
</div>
<p class="mgSubSubTitleTxt"><span class="mgLabel">Venue: </span>Brunswick Room - Guildhall, Harcombe. <a href="mgMeetingDirections.aspx?ID=7314">View directions</a></p>
<p class="mgSubSubTitleTxt"><span class="mgLabel">Contact: </span>Mark Hatherley&nbsp; 01632 960418&nbsp; Email: <a href="mailto:democratic_services@harcombe-nl.gov.uk">democratic_services@harcombe-nl.gov.uk</a></p>
<h2 class="mgSectionTitle">Media</h2>
<p><a href="https://harcombe-nl.public-i.tv/core/portal/webcast_interactive/911042">This meeting was webcast. Click here to watch the recording</a></p>
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Table of items">
<thead><tr><th class="mgTimeCol" scope="col">Note</th><th scope="col">No.</th><th scope="col">Item</th></tr></thead>
<tbody>
{"".join(rows)}</tbody>
</table>
<h2 class="mgSectionTitle">Attendance details</h2>
{attendance_table(MEMBERS, "Board Members")}
{attendance_table(IN_ATTENDANCE, "Also in attendance")}
</div>
<div id="hnl-footer">
<ul>
<li><a href="https://www.harcombe-nl.gov.uk/accessibility">Accessibility</a></li>
<li><a href="https://www.harcombe-nl.gov.uk/privacy">Privacy and cookies</a></li>
<li><a href="mgRss.aspx">RSS</a></li>
</ul>
<p>Harcombe and North Lyncote Council, Guildhall, High Street, Harcombe HC1 5AW. Telephone 01632 960000</p>
<p class="mgFooterTxt">Powered by ModernGov</p>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Gold for the minutes
# ---------------------------------------------------------------------------
def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


QUESTIONS = [
    q("43", "concern", "expressed concern that patients without a car could not reach the main surgery",
      "Mrs Jean Holloway", None, None, ["primary-care"]),
    q("43", "request", "ensure that the ICB's review of the branch surgery took account of rural transport",
      "Mrs Jean Holloway", None, None, ["primary-care"]),
    q("43", "question", "asked whether the ICB had met Farrowcombe Parish Council about the proposed closure",
      "Councillor Haskett", "the ICB had met the parish council in October",
      "Rachel Oduya", ["primary-care"]),
    q("45", "question", "asked how people who were not online would find out about Pharmacy First",
      "Gwen Tillotson", "a leaflet would go to every household in the area with the Council's Connect magazine",
      "Nicola Strand", ["primary-care", "patient-and-public-input"]),
    q("45", "concern", "raised concerns about the number of children who had attended the Emergency Department",
      "Councillor Haskett", "the school-aged immunisation team had added Saturday catch-up clinics",
      "Dr Fiona Marchbank", ["public-health", "children-and-families"]),
    q("45", "comment", "the Council had commissioned 20 additional short-term home care packages for the winter",
      "Simon Greatorex", None, None, ["adult-social-care", "workforce", "finance"]),
    q("45", "question", "asked whether GP practices could be given the hospital's escalation status in real time",
      "Dr Bhattacharya", "the OPEL status was shared with practices each morning through the primary care bulletin",
      "Paul Delacroix", ["primary-care"]),
    q("45", "comment", "the voluntary sector needed to be part of winter planning from the start",
      "Hannah Pryce", None, None, ["adult-social-care", "subcontracting"]),
    q("45", "question", "asked what arrangements were in place for people in mental health crisis",
      "The Chair", "the crisis café in Harcombe would be open on Christmas Day and Boxing Day",
      "Rachel Oduya", ["mental-health"]),
    q("46", "question", "queried why spending on the care home ward round scheme was below plan",
      "Dr Bhattacharya", "two practices had only joined the scheme in September",
      "Laura Penhaligon", ["finance", "adult-social-care", "primary-care"]),
    q("46", "question", "asked how people who used the services had been involved in reviewing the BCF schemes",
      "Gwen Tillotson", "a survey of people using the reablement service had been carried out over the summer",
      "Laura Penhaligon", ["patient-and-public-input", "integration", "adult-social-care"]),
    q("46", "question", "sought clarification on the risk of an overspend on the discharge to assess beds",
      "The Chair", "the projected overspend of £380,000 would be met from the Council's share",
      "Simon Greatorex", ["finance", "integration", "adult-social-care"]),
    q("47", "question", "asked what the Council could do about the number of vape shops",
      "Councillor Haskett", "the Council had limited powers over the location of shops",
      "Dr Marchbank", ["public-health", "children-and-families"]),
    q("47", "request", "asked that the Board hear directly from young people at a future meeting",
      "Gwen Tillotson", "Dr Marchbank agreed that a session would be arranged with the Youth Forum",
      "Dr Marchbank", ["mental-health", "children-and-families", "patient-and-public-input"]),
    q("47", "comment", "the ICB would use the report to shape its children and young people's programme",
      "Rachel Oduya", None, None, ["children-and-families"]),
    q("47", "question", "asked whether the recommendation on healthy weight included support for families",
      "Paul Delacroix", "the Fit Families weight management service had been recommissioned from April 2025",
      "Dr Owen Carrick", ["public-health", "children-and-families"]),
    q("48", "question", "In response to a question from Councillor Haskett about NHS dentistry for children in care",
      "Councillor Haskett", "the ICB had commissioned an additional 3,000 urgent dental appointments a year",
      "Rachel Oduya", ["primary-care", "children-and-families"]),
    q("48", "request", "asked whether the report on unpaid carers could be shared with the group",
      "Simon Greatorex", "Gwen Tillotson confirmed that it would be", "Gwen Tillotson",
      ["adult-social-care", "patient-and-public-input"]),
    q("48", "question", "asked whether Enter and View visits could be extended to the community hospital wards",
      "Ben Rossiter", "This was already in the Healthwatch work plan for 2026", None,
      ["patient-and-public-input"]),
    q("48", "concern", "expressed concern that GP practices were receiving complaints about dentistry",
      "Dr Bhattacharya", None, None, ["primary-care"]),
    q("49", "request", "requested that the Joint Strategic Needs Assessment chapter on housing and health",
      "Councillor Haskett", "Mark Hatherley confirmed that it would be scheduled for June 2026",
      "Mark Hatherley", ["housing"]),
]

RESOLUTIONS = [
    {"item": "44", "text": "September 2025 were confirmed as a correct record and signed by the Chair",
     "outcome": "agreed", "themes": []},
    {"item": "45", "text": "The Board noted the winter plan and asked that a summary",
     "outcome": "agreed", "themes": []},
    {"item": "46", "text": "Approve the Better Care Fund Quarter 2 return for 2025/26 as submitted",
     "outcome": "agreed", "themes": ["integration", "finance"]},
    {"item": "47", "text": "agreed that each partner organisation would report back to the Board in September 2026",
     "outcome": "agreed", "themes": ["public-health", "children-and-families"]},
    {"item": "48", "text": "noted the Healthwatch Harcombe and North Lyncote Annual Report 2024/25",
     "outcome": "noted", "themes": ["patient-and-public-input"]},
    {"item": "49", "text": "the Board agreed the forward plan with the additions set out above",
     "outcome": "agreed", "themes": []},
]


def minutes_gold() -> dict:
    items = [{"number": num, "title": html.unescape(title)} for (_n, num, title, *_r) in ITEMS]
    attendees = []
    for name, role, att, _notes in MEMBERS + IN_ATTENDANCE:
        attendees.append({"name": name, "role": role, "attendance": GOLD_ATTENDANCE[att]})
    return {
        "document": MINUTES_FILE,
        "doc_type": "minutes",
        "committee": "Health and Wellbeing Board",
        "meeting_date": "2025-12-03",
        "items": items,
        "questions": QUESTIONS,
        "resolutions": RESOLUTIONS,
        "attendees": attendees,
    }


# ---------------------------------------------------------------------------
# The report (not minutes): a cover report to the Board on the council's template
# ---------------------------------------------------------------------------
def build_report(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class Report(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 8)
            self.cell(80, 5, "Printed on recycled paper")
            self.cell(0, 5, f"Page {self.page_no()}", align="R")

    pdf = Report(format="A4")
    pdf.set_creation_date(_dt.datetime(2026, 2, 20, 9, 0, 0, tzinfo=_dt.timezone.utc))
    pdf.set_title("Harcombe Wellbeing Hubs - engagement findings")
    pdf.set_author("Harcombe and North Lyncote Council")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    W = pdf.w - 40

    pdf.set_font("Sans", "B", 15)
    pdf.cell(0, 8, "Harcombe and North Lyncote", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 11)
    pdf.cell(0, 6, "Council", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    grid = [
        ("MEETING/DECISION MAKER:", "Health and Wellbeing Board"),
        ("MEETING/DECISION DATE:", "4th March 2026"),
        ("TITLE:", "Harcombe Wellbeing Hubs: community engagement findings and next steps"),
        ("WARD:", "All"),
    ]
    pdf.set_font("Sans", "", 9.5)
    for label, value in grid:
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 9.5)
        pdf.multi_cell(55, 7, label, border=1, new_x=XPos.RIGHT, new_y=YPos.TOP)
        pdf.set_font("Sans", "", 9.5)
        pdf.multi_cell(W - 55, 7, value, border=1, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if pdf.get_y() < y + 7:
            pdf.set_y(y + 7)
    pdf.set_font("Sans", "B", 9.5)
    pdf.cell(W, 7, "AN OPEN PUBLIC ITEM", border=1, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(W, 6, "List of attachments to this report:\nAppendix 1 – Summary of survey results\n"
                         "Appendix 2 – Equality Impact Assessment", border=1,
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    def heading(num, text):
        pdf.ln(2)
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(12, 6, num)
        pdf.cell(0, 6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)

    def para(num, text):
        pdf.set_font("Sans", "", 10)
        pdf.cell(12, 5.5, num)
        pdf.multi_cell(W - 12, 5.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)

    heading("1", "THE ISSUE")
    para("1.1", "In June 2025 the Board agreed that partners would work with 3VA to find out what residents "
                "wanted from a network of Wellbeing Hubs in Harcombe, Lyncote and Midford Norton. This "
                "report sets out what people told us and the proposed next steps.")
    heading("2", "RECOMMENDATION")
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(W, 5.5, "The Board is asked to:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    para("2.1", "Note the findings of the community engagement carried out between July and October 2025;")
    para("2.2", "Agree that the first three hubs are opened at Lyncote Library, the Midford Norton Centre and "
                "the Harcombe Guildhall Annexe during 2026/27; and")
    para("2.3", "Ask each partner to confirm by June 2026 which of its services will be offered from the hubs.")
    heading("3", "THE REPORT")
    para("3.1", "3VA led the engagement on behalf of the partnership. 1,186 people completed the survey, 214 "
                "took part in 19 drop-in sessions and 37 young people took part in two workshops run with "
                "the Youth Forum.")
    para("3.2", "The services people most wanted to see in a hub were help with money and debt (61%), mental "
                "health and wellbeing support (54%), stop smoking and healthy lifestyle support (38%) and "
                "advice for carers (33%).")
    para("3.3", "Residents asked a number of questions during the drop-in sessions. The most common questions "
                "and the answers given are summarised below.")

    qa = [
        ("Will the hub replace my GP surgery?",
         "No. The hubs will not offer GP appointments. Some practices may run clinics from a hub, but "
         "surgeries will stay where they are."),
        ("Will I have to pay to use the hub?",
         "No. All advice and support at the hubs will be free of charge."),
        ("Can the hub help me if I look after someone?",
         "Yes. The Carers' Centre has agreed to hold a weekly session at each hub."),
        ("Why is there no hub planned for the villages?",
         "The first three hubs will be in the towns with the greatest need. A mobile offer for rural areas "
         "will be looked at in 2027."),
    ]
    pdf.set_font("Sans", "", 9.5)
    with pdf.table(width=W, col_widths=(40, 60), line_height=5.5) as t:
        for cells in [("What residents asked", "Our response")] + qa:
            row = t.row()
            for c in cells:
                row.cell(c)
    pdf.ln(3)
    para("3.4", "Should the Board agree the recommendations, a joint project group led by the Director of "
                "Public Health will oversee the opening of the hubs and report progress to the Board twice a "
                "year.")
    heading("4", "STATUTORY CONSIDERATIONS")
    para("4.1", "The Board has a duty under the Health and Social Care Act 2012 to encourage integrated "
                "working between health and social care commissioners.")
    heading("5", "RESOURCE IMPLICATIONS (FINANCE, PROPERTY, PEOPLE)")
    para("5.1", "The set-up costs of £240,000 will be met from the Public Health grant reserve. Running costs "
                "will be shared between partners as set out in paragraph 3.4 of Appendix 1.")
    heading("6", "RISK MANAGEMENT")
    para("6.1", "A risk assessment related to the issue and recommendations has been undertaken, in compliance "
                "with the Council's decision making risk management guidance.")
    heading("7", "EQUALITIES")
    para("7.1", "An Equality Impact Assessment is attached at Appendix 2.")
    heading("8", "CLIMATE CHANGE")
    para("8.1", "All three hubs are on bus routes and within walking distance of town centres.")
    heading("9", "OTHER OPTIONS CONSIDERED")
    para("9.1", "A single hub in Harcombe was considered but not supported by residents outside the city.")
    heading("10", "CONSULTATION")
    para("10.1", "The Director of Public Health, the Section 151 Officer and the Monitoring Officer have had the "
                 "opportunity to input to this report and have cleared it for publication.")
    pdf.ln(2)
    pdf.set_font("Sans", "", 9.5)
    for label, value in [("Contact person", "Dr Owen Carrick, Consultant in Public Health, 01632 960477"),
                         ("Background papers", "Health and Wellbeing Board, 25th June 2025, minute 12")]:
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(45, 7, label, border=1)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(W - 45, 7, value, border=1, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 9.5)
    pdf.cell(W, 7, "Please contact the report author if you need to access this report in an alternative format",
             border=1, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------
def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_FILE).write_text(minutes_html(), encoding="utf-8")
    build_report(DOCS / REPORT_FILE)
    golds = {
        MINUTES_FILE: minutes_gold(),
        REPORT_FILE: {"document": REPORT_FILE, "doc_type": "report"},
    }
    for name, data in golds.items():
        out = GOLD / (Path(name).stem + ".json")
        out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote", ", ".join(sorted(golds)))


def norm(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    text = text.replace("_", "")
    return re.sub(r"\s+", " ", text).strip()


def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
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
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text()
    return path.read_text(encoding="utf-8")


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("mm-*.json")):
        data = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / data["document"]
        text = norm(doc_text(doc))
        if not text:
            print(f"{doc.name}: no text extracted")
            bad += 1
        phrases = []
        for row in data.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in data.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            words = len(phrase.split())
            n = text.count(norm(phrase))
            if n != 1 or not 6 <= words <= 15:
                print(f"{doc.name}: {kind} {phrase!r} occurs {n} times, {words} words")
                bad += 1
        print(f"{doc.name}: {len(phrases)} phrases checked")
    print("check", "FAILED" if bad else "passed", f"({bad} problems)")
    return 1 if bad else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
