#!/usr/bin/env python3
"""Build the "on-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_on.py           build documents/on-* and gold/on-*.json
        build_on.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "on-amberford-adults-health-housing-scrutiny-review-board-2025-01-27.html"
REPORT_NAME = "on-amberford-council-cabinet-report-temporary-accommodation-2025-03-12.docx"

FIXED = dt.datetime(2025, 3, 4, 9, 0, 0)

# ---------------------------------------------------------------------------------------
# The minutes: a ModernGov "Agenda and minutes" page saved from the browser
# ---------------------------------------------------------------------------------------

WORD_P = ('<p class="MsoNormal"><span style="font-size:12.0pt;font-family:&quot;Arial&quot;,'
          'sans-serif">{}</span></p>')


def wp(text: str) -> str:
    """A paragraph pasted from Word into ModernGov's editor."""
    return WORD_P.format(text)


def p(text: str) -> str:
    return f"<p>{text}</p>"


def typed(num: str, text: str) -> str:
    """A typed clause number followed by non-breaking spaces, as pasted from Word."""
    return ('<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-18.0pt">'
            f'<span style="font-size:12.0pt;font-family:&quot;Arial&quot;,sans-serif">{num}'
            f'<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp; '
            f'</span>{text}</span></p>')


def doc_link(label: str, size: str, href: str) -> str:
    return (f'<a href="{href}" class="mgFileLink" title="Link to document {label}">'
            f'<img src="mgimages/icons/pdf.gif" alt="pdf icon" class="mgIcon"> '
            f'<span class="mgFileSize">PDF {size}</span></a>')


def item(number: str, title: str, minutes: list[str], agenda: list[str] | None = None,
         link: tuple[str, str] | None = None, additional: list[tuple[str, str]] | None = None,
         ) -> str:
    out = ['<tr>',
           f'<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{number}</p></td>',
           '<td>']
    title_html = f'<p class="mgAiTitleTxt">{title}'
    if link:
        title_html += " " + doc_link(title, link[1], link[0])
    title_html += '</p>'
    out.append(title_html)
    if agenda:
        out.append('<div class="mgWordPara">')
        out.extend(agenda)
        out.append('</div>')
    if additional:
        out.append('<p class="mgSubItemTitleTxt">Additional documents:</p>')
        out.append('<ul class="mgBulletList">')
        for label, size in additional:
            out.append(f'<li>{label} {doc_link(label, size, "documents/s51772/appendix.pdf")}</li>')
        out.append('</ul>')
    out.append('<p class="mgSubItemTitleTxt">Minutes:</p>')
    out.append('<div class="mgWordPara">')
    out.extend(minutes)
    out.append('</div>')
    out.append('</td>')
    out.append('</tr>')
    return "\n".join(out)


ITEMS: list[str] = []

ITEMS.append(item("31/24", "Apologies for Absence", [
    p("Apologies for absence were received from Councillors Fairbrother and Quereshi. "
      "Councillor Naylor attended as a substitute for Councillor Quereshi."),
]))

ITEMS.append(item("32/24", "Late Items", [
    p("There were no late items."),
], agenda=[p("To consider any late items introduced by the Chair.")]))

ITEMS.append(item("33/24", "Declarations of Interest", [
    p("Councillor Bhamra declared a non-pecuniary interest in minute 35/24, Amberford Homes "
      "&ndash; Damp, Mould and Condensation, as one of the Council&rsquo;s nominated members "
      "of the Amberford Homes Board."),
]))

ITEMS.append(item("34/24", "Minutes of the Previous Meeting", [
    p("The minutes of the meeting held on 25 November 2024 were agreed as a correct record."),
    p("<u>Matters arising</u>"),
    p("In relation to minute 24/24, the Overview and Scrutiny Officer confirmed that the "
      "information on waiting times for major adaptations requested at the last meeting had "
      "been circulated to members by email on 9 December 2024."),
], agenda=[p("To approve as a correct record the minutes of the meeting held on 25 November "
             "2024.")],
    link=("documents/g9418/Printed%20minutes%2025th-Nov-2024.pdf", "201 KB")))

ITEMS.append(item("35/24", "Amberford Homes &ndash; Damp, Mould and Condensation and "
                  "Preparations for Awaab&rsquo;s Law", [
    wp("The Board received a report of the Strategic Director of Communities and Place which "
       "updated members on the work of Amberford Homes, the Council&rsquo;s arm&rsquo;s length "
       "management organisation, to identify and put right damp, mould and condensation in "
       "council homes, and on preparations for the introduction of Awaab&rsquo;s Law for "
       "social landlords from October 2025. The report was presented by Gareth Lomas, Director "
       "of Property Services, Amberford Homes, and Helen Brightwell, Head of Strategic "
       "Housing."),
    wp("&nbsp;"),
    wp("The Board was informed that 1,486 reports of damp and mould had been received in the "
       "twelve months to the end of December 2024, an increase of 38% on the previous year, "
       "which was thought to reflect the publicity campaign that had been run with tenants in "
       "the autumn. 92% of cases assessed as a Category 1 hazard had been inspected within 10 "
       "working days, and the average time to complete remedial works was 31 working days. "
       "The proposed timescales under Awaab&rsquo;s Law would require a reported hazard to be "
       "investigated within 10 working days and emergency hazards to be dealt with within 24 "
       "hours."),
    wp("&nbsp;"),
    wp("A councillor asked how many cases had been closed and then reopened because the mould "
       "had come back. The Director of Property Services advised that around one in six cases "
       "were reopened within six months, usually where the cause was poor ventilation or cold "
       "bridging rather than a leak, and that a surveyor now revisited every case three months "
       "after the works were completed. A councillor queried whether Amberford Homes had "
       "enough surveyors to meet the timescales that would be required under Awaab&rsquo;s "
       "Law. It was explained that two additional surveyor posts had been approved and were "
       "being recruited to, but that qualified surveyors were hard to attract and agency staff "
       "were being used in the meantime."),
    wp("&nbsp;"),
    wp("The Chair expressed concern that some tenants had been told that mould in their homes "
       "was caused by their lifestyle, for example by drying clothes indoors, and asked what "
       "training had been given to staff and contractors. The Head of Strategic Housing "
       "confirmed that all front-line staff and the main repairs contractor had completed "
       "training based on the Housing Ombudsman&rsquo;s spotlight report, and that references "
       "to &lsquo;lifestyle&rsquo; had been removed from all standard letters."),
    wp("&nbsp;"),
    wp("A councillor commented that residents of the Clayfield Road maisonettes had reported "
       "mould in successive winters and suggested that a block by block approach would be "
       "more effective than responding to each report separately. Members were advised that a "
       "stock condition survey of the maisonettes would be completed by March 2025 and that "
       "the block would be considered for the 2025/26 planned investment programme."),
    wp("&nbsp;"),
    wp("A councillor asked whether tenants in the private rented sector had any equivalent "
       "protection. It was confirmed that Awaab&rsquo;s Law would at first apply only to "
       "social housing, but that the Council&rsquo;s Private Sector Housing team would "
       "continue to use its enforcement powers under the Housing Health and Safety Rating "
       "System where landlords did not act; 212 complaints about damp and mould in privately "
       "rented homes had been received in 2024."),
    wp("&nbsp;"),
    wp("The co-opted member from Healthwatch Amberford requested that the findings of the "
       "tenant survey on damp and mould be shared with the Board, including the views of "
       "tenants living with asthma or other respiratory conditions."),
    wp("&nbsp;"),
    wp("<b>Resolved</b> to:"),
    typed("1.", "note the report and the progress made by Amberford Homes in responding to "
          "damp and mould;"),
    typed("2.", "request that the results of the tenant survey on damp and mould are "
          "circulated to members of the Board; and"),
    typed("3.", "receive a further report on readiness for Awaab&rsquo;s Law at its meeting in "
          "September 2025."),
], agenda=[p("Report of the Strategic Director of Communities and Place")],
    link=("documents/s51771/Damp%20and%20Mould%20report.pdf", "412 KB"),
    additional=[("Appendix 1 - Damp and Mould Action Plan 2024-26", "289 KB")]))

ITEMS.append(item("36/24", "Homelessness and Temporary Accommodation &ndash; Quarter 3 "
                  "Update", [
    wp("The Board received a report of the Strategic Director of Communities and Place which "
       "set out the position on homelessness and the use of temporary accommodation, "
       "including bed and breakfast, at the end of the third quarter of 2024/25. The report "
       "was presented by Siobhan Petrie, Head of Housing Options. Councillor Sallis, Cabinet "
       "Member for Adults, Health and Housing, was in attendance for the item."),
    wp("&nbsp;"),
    wp("It was reported that 412 households were in temporary accommodation on 31 December "
       "2024, of whom 138 were families with children, and that 46 households were in bed and "
       "breakfast, including nine families who had been there for longer than the six week "
       "limit. The net cost of temporary accommodation was forecast to be &pound;6.8 million "
       "in 2024/25 against a budget of &pound;4.1 million, the overspend being met from the "
       "homelessness reserve and the Homelessness Prevention Grant."),
    wp("&nbsp;"),
    wp("A councillor asked what was being done to move the nine families out of bed and "
       "breakfast. The Head of Housing Options explained that each family had a named officer "
       "and that the Council had secured 24 self-contained flats at Wyvern Court on a five "
       "year lease, which would open in February 2025 and were expected to end the use of bed "
       "and breakfast for families by the end of March."),
    wp("&nbsp;"),
    wp("A councillor questioned the number of households placed outside the city and the "
       "effect on children&rsquo;s schooling. It was noted that 31 households were placed "
       "outside Amberford, mostly in neighbouring districts, and that the service worked with "
       "the School Admissions team to arrange transport where children needed to remain at "
       "their existing school."),
    wp("&nbsp;"),
    wp("Concerns were expressed about the condition of some of the privately owned properties "
       "used as temporary accommodation and the nightly charges made by the companies "
       "providing them. The Cabinet Member for Adults, Health and Housing shared the concerns "
       "and said that the Council was preparing a business case to buy its own properties for "
       "use as temporary accommodation, which would reduce reliance on nightly paid "
       "accommodation and was expected to be considered by Council Cabinet in March 2025."),
    wp("&nbsp;"),
    wp("The Chair asked whether the Homelessness Prevention Grant for 2025/26 had been "
       "confirmed. It was confirmed that an allocation of &pound;3.24 million had been "
       "announced in December 2024, an increase of &pound;610,000 on the current year, "
       "although officers cautioned that the grant conditions had not yet been published."),
    wp("&nbsp;"),
    wp("A councillor requested that future reports include a breakdown of homelessness "
       "presentations by ward and by the main reason for homelessness, and that the number of "
       "people sleeping rough be reported separately."),
    wp("&nbsp;"),
    wp("<b>Resolved</b> to:"),
    typed("1.", "note the report; and"),
    typed("2.", "recommend to Council Cabinet that the business case for the purchase of "
          "properties for use as temporary accommodation be brought forward as a matter of "
          "priority."),
], agenda=[p("Report of the Strategic Director of Communities and Place")],
    link=("documents/s51773/Homelessness%20Q3%20report.pdf", "356 KB")))

ITEMS.append(item("37/24", "Winter Pressures, Hospital Discharge and the Better Care Fund", [
    p("<i>The meeting adjourned at 7.12 pm and reconvened at 7.20 pm.</i>"),
    wp("The Board received a joint presentation from Dr Anjali Rao, Director of Place "
       "(Amberford), Amberford and Wyeshire Integrated Care Board (ICB), and Daniel Okoro, "
       "Director of Integrated Commissioning, on the response of the local health and care "
       "system to winter pressures, including hospital discharge performance and the use of "
       "the Better Care Fund."),
    wp("&nbsp;"),
    wp("The Board noted that the Royal Amberford Infirmary had declared a critical incident "
       "on 2 January 2025, and that during December an average of 74 patients a day who no "
       "longer met the criteria to reside had remained in hospital. The Better Care Fund for "
       "2024/25 totalled &pound;41.6 million, of which &pound;7.9 million came from the "
       "Discharge Fund."),
    wp("&nbsp;"),
    wp("Members asked a number of questions and made comments, which are summarised below "
       "together with the responses given:"),
    wp("&nbsp;"),
    typed("(a)", "A councillor asked why the number of people waiting in hospital for a "
          "package of care at home had risen since November. Officers explained that there "
          "was capacity in the home care market but that a high proportion of patients "
          "needed two carers at each visit, which took longer to arrange."),
    typed("(b)", "Concern was expressed that patients were being discharged late in the "
          "evening without their medication or a care plan in place. Dr Rao advised that the "
          "Infirmary had extended the opening hours of its discharge lounge to 8.00 pm and "
          "that any discharge after that time was reviewed by the ward manager the following "
          "day."),
    typed("(c)", "A councillor asked whether the Better Care Fund was being used to buy "
          "short-term beds in independent sector care homes, and at what cost. It was "
          "confirmed that 38 discharge to assess beds were commissioned from independent "
          "providers at an average cost of &pound;1,150 per bed per week."),
    typed("(d)", "The Healthwatch representative commented that families had told Healthwatch "
          "they were often given little notice of discharge and did not know who to contact "
          "once their relative was home."),
    typed("(e)", "A councillor questioned whether the pressure on the emergency department "
          "was linked to patients being unable to obtain GP appointments. Dr Rao stated that "
          "the ICB&rsquo;s data did not show a direct link, but acknowledged that around one "
          "in five attendances could have been seen elsewhere, and said that additional "
          "same-day appointments had been funded in primary care over the winter."),
    typed("(f)", "A councillor asked what would happen to the schemes funded by the Discharge "
          "Fund if the funding was not continued after March 2025. Mr Okoro said that the "
          "Better Care Fund plan for 2025/26 had not yet been agreed nationally and that a "
          "report would be brought to the Board in the summer."),
    wp("&nbsp;"),
    wp("The Chair thanked Dr Rao and Mr Okoro for attending."),
    wp("&nbsp;"),
    wp("The Board noted the presentation and the actions being taken across the system."),
], agenda=[p("Joint presentation of the Amberford and Wyeshire Integrated Care Board and the "
             "Director of Integrated Commissioning")],
    link=("documents/s51775/Winter%20presentation.pdf", "1 MB")))

ITEMS.append(item("38/24", "Adult Social Care &ndash; Fees for Independent Sector Providers "
                  "2025/26", [
    wp("The Board considered a report due to be submitted to Council Cabinet on 12 February "
       "2025 which set out the proposed increases in the fees paid to independent sector "
       "providers of home care, residential care and nursing care for 2025/26. The report was "
       "presented by Councillor Sallis, Cabinet Member for Adults, Health and Housing, and "
       "Maxine Hartley, Director of Adult Social Care."),
    wp("&nbsp;"),
    wp("The Board was informed that the proposals included an uplift of 6.8% for home care, "
       "taking the standard hourly rate to &pound;24.10, and an uplift of 5.9% for "
       "residential and nursing care. The uplifts reflected the increase in the National "
       "Living Wage to &pound;12.21 from April 2025 and the changes to employers&rsquo; "
       "National Insurance contributions announced in the Autumn Budget. The total cost of "
       "the proposals was &pound;7.4 million, of which &pound;2.6 million would be met from "
       "the Social Care Grant."),
    wp("&nbsp;"),
    wp("A councillor asked whether providers had been consulted on the proposed rates. The "
       "Director of Adult Social Care confirmed that a cost of care exercise had been carried "
       "out in the autumn and that 41 providers had responded to the consultation, several of "
       "whom had said that the proposed uplift would not cover their increased costs. "
       "Councillor Delaney asked whether the Council could require providers to pay care "
       "workers the Real Living Wage. The Cabinet Member replied that this would cost an "
       "estimated &pound;3.4 million a year, which could not be afforded without additional "
       "funding from government, but that it remained the administration&rsquo;s "
       "ambition."),
    wp("&nbsp;"),
    wp("A councillor raised concerns that a number of home care providers had handed back "
       "packages of care in the outer estates and questioned whether the market was "
       "sustainable. Officers advised that three contracts had been handed back during 2024 "
       "and that everyone affected had been found an alternative provider within a week, with "
       "no break in their care."),
    wp("&nbsp;"),
    wp("The Healthwatch co-opted member asked how the Council would monitor whether the uplift "
       "was passed on to care workers&rsquo; pay."),
    wp("&nbsp;"),
    wp("Councillor Tomlinson moved, and Councillor Delaney seconded, that the Board recommend "
       "to Council Cabinet that the uplift for home care be increased to 8% to reflect the "
       "pressures reported by providers. On being put to the vote, the motion was lost."),
    wp("&nbsp;"),
    wp("<b>Resolved</b> to recommend to Council Cabinet that:"),
    typed("1.", "the proposed fee uplifts for independent sector providers for 2025/26 be "
          "approved; and"),
    typed("2.", "the Leader of the Council write to the Secretary of State for Health and "
          "Social Care setting out the impact of the increase in employers&rsquo; National "
          "Insurance contributions on the care market in Amberford."),
], agenda=[p("Report of the Strategic Director of Peoples Services (pre-decision scrutiny of a "
             "report to Council Cabinet on 12 February 2025)")],
    link=("documents/s51776/ASC%20Fees%202025-26.pdf", "398 KB")))

ITEMS.append(item("39/24", "Topic Review &ndash; Access to GP Appointments: Progress "
                  "Update", [
    wp("The Overview and Scrutiny Officer gave a verbal update on the Board&rsquo;s topic "
       "review of access to GP appointments. Members had visited Brookfield Medical Centre "
       "and Harrowby Street Surgery in December and January, and an evidence session with the "
       "Local Medical Committee and the ICB&rsquo;s primary care team had been arranged for 17 "
       "February 2025."),
    wp("&nbsp;"),
    wp("A councillor asked whether the views of patients would form part of the review, "
       "particularly patients who did not use online booking. It was agreed that a short "
       "survey, available on paper as well as online, would be run with the help of "
       "Healthwatch Amberford."),
    wp("&nbsp;"),
    wp("<b>Resolved</b> to note the progress of the topic review."),
], agenda=[p("Verbal update of the Overview and Scrutiny Officer")]))

ITEMS.append(item("40/24", "Work Programme 2024/25", [
    wp("The Board considered its work programme for the remainder of the 2024/25 municipal "
       "year. Members agreed that the item on the Home Improvement Agency and disabled "
       "facilities grants be moved from March to the April meeting, and requested that an "
       "item on access to NHS dentistry be included in the work programme for 2025/26."),
    wp("&nbsp;"),
    wp("<b>Resolved</b> to agree the work programme, subject to the changes set out above."),
    wp("&nbsp;"),
    wp("<b>Minutes end 8.14 pm</b>"),
], agenda=[p("Report of the Overview and Scrutiny Officer")],
    link=("documents/s51777/Work%20Programme%20Jan%202025.pdf", "167 KB")))


COMMITTEE = [
    ("Councillor Mark Holloway", "Chair", "Present"),
    ("Councillor Priya Kaur", "Vice-Chair", "Present"),
    ("Councillor Stephen Ashcroft", "Committee Member", "Present"),
    ("Councillor Harjit Bhamra", "Committee Member", "Present"),
    ("Councillor Niamh Delaney", "Committee Member", "Present"),
    ("Councillor Jean Fairbrother", "Committee Member", "Apologies"),
    ("Councillor Lynne Merriman", "Committee Member", "Present"),
    ("Councillor Gordon Pike", "Committee Member", "Absent"),
    ("Councillor Tariq Quereshi", "Committee Member", "Apologies"),
    ("Councillor Carl Tomlinson", "Committee Member", "Present"),
    ("Councillor Rachel Naylor", "Substitute", "Present as substitute"),
    ("Janet Cuthbert", "Co-opted Member (Healthwatch Amberford, non-voting)", "Present"),
]

OTHERS = [
    ("Councillor Andrew Sallis", "Cabinet Member for Adults, Health and Housing", "In attendance"),
    ("Gareth Lomas", "Director of Property Services, Amberford Homes", "In attendance"),
    ("Helen Brightwell", "Head of Strategic Housing", "In attendance"),
    ("Siobhan Petrie", "Head of Housing Options", "In attendance"),
    ("Dr Anjali Rao", "Director of Place (Amberford), Amberford and Wyeshire ICB", "In attendance"),
    ("Daniel Okoro", "Director of Integrated Commissioning", "In attendance"),
    ("Maxine Hartley", "Director of Adult Social Care", "In attendance"),
    ("Tom Wildgoose", "Overview and Scrutiny Officer", "In attendance"),
    ("Kirsty Denholm", "Democratic Services Officer", "In attendance"),
]


def attendance_html() -> str:
    rows = []
    rows.append('<h2 class="mgSectionTitle">Attendance details</h2>')
    rows.append('<table class="mgStatsTable" summary="Meeting attendance">')
    rows.append('<caption class="mgSectionTitle">Committee Members</caption>')
    rows.append('<tr><th scope="col">Attendee</th><th scope="col">Role</th>'
                '<th scope="col">Attendance</th></tr>')
    for name, role, att in COMMITTEE:
        rows.append(f'<tr><td><a href="mgUserInfo.aspx?UID=0">{name}</a></td><td>{role}</td>'
                    f'<td>{att}</td></tr>')
    rows.append('</table>')
    rows.append('<table class="mgStatsTable" summary="Other attendees">')
    rows.append('<caption class="mgSectionTitle">Other attendees</caption>')
    rows.append('<tr><th scope="col">Attendee</th><th scope="col">Role</th>'
                '<th scope="col">Attendance</th></tr>')
    for name, role, att in OTHERS:
        rows.append(f'<tr><td>{name}</td><td>{role}</td><td>{att}</td></tr>')
    rows.append('</table>')
    return "\n".join(rows)


PAGE_HEAD = """<!DOCTYPE html>
<html lang="en">
<!-- saved from url=(0097)https://democracy.amberford.gov.uk/ieListDocuments.aspx?CId=412&amp;MId=9418&amp;Ver=4 -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Agenda for Adults, Health and Housing Scrutiny Review Board on Monday, 27th January, 2025, 6.00 pm | Amberford City Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="./ieListDocuments_files/mgStyles.css" type="text/css">
<link rel="stylesheet" href="./ieListDocuments_files/amberford.css" type="text/css">
<script src="./ieListDocuments_files/jquery.min.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date()); gtag('config', 'G-AMB00000');
</script>
</head>
<body>
<a class="skip-link" href="#mgContent">Skip to main content</a>
<header class="site-header">
<div class="site-header__logo"><a href="https://www.amberford.gov.uk/"><img src="./ieListDocuments_files/amberford-logo.svg" alt="Amberford City Council"></a></div>
<nav class="site-header__nav" aria-label="Main">
<ul>
<li><a href="https://www.amberford.gov.uk/">Home</a></li>
<li><a href="mgMemberIndex.aspx?bcr=1">Councillors</a></li>
<li><a href="mgListCommittees.aspx?bcr=1">Committees</a></li>
<li><a href="mgCalendarMonthView.aspx?GL=1&amp;bcr=1">Meetings calendar</a></li>
<li><a href="mgListPlans.aspx?RP=0&amp;RD=0&amp;bcr=1">Forward Plan of Key Decisions</a></li>
<li><a href="mgDelegatedDecisions.aspx?bcr=1">Decisions</a></li>
<li><a href="ieDocSearch.aspx?bcr=1">Search documents</a></li>
</ul>
</nav>
</header>
<div class="breadcrumb"><ul>
<li><a href="https://www.amberford.gov.uk/">Home</a></li>
<li><a href="https://www.amberford.gov.uk/council-and-democracy/">Council and democracy</a></li>
<li><a href="mgListCommittees.aspx?bcr=1">Committee structure</a></li>
<li><a href="mgCommitteeDetails.aspx?ID=412">Adults, Health and Housing Scrutiny Review Board</a></li>
<li>Meeting</li>
</ul></div>
<div id="modgov">
<div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Adults, Health and Housing Scrutiny Review Board - Monday, 27th January, 2025 6.00 pm</h2></div>
<div class="mgContent" id="mgContent">
<div class="mgLinks">
<ul class="mgActionList">
<li><a href="ieListMeetings.aspx?CId=412&amp;Year=0">Browse meetings</a></li>
<li><a href="mgMeetingAttendance.aspx?ID=9418">Attendance details</a></li>
<li><a href="ieListDocuments.aspx?CId=412&amp;MId=9418&amp;Ver=4&amp;Info=1">Meeting details</a></li>
<li><a href="mgIssueHistoryChronology.aspx?MId=9418">Issue history</a></li>
</ul>
</div>
<p><span class="mgLabel">Venue: </span>Committee Room 1, The Council House, Corporation Street, Amberford, AF1 2FS</p>
<p><span class="mgLabel">Contact: </span>Kirsty Denholm, Democratic Services Officer&nbsp; 01632 960417&nbsp; Email: <a href="mailto:democratic.services@amberford.gov.uk">democratic.services@amberford.gov.uk</a></p>
<h2 class="mgSectionTitle">Media</h2>
<ul class="mgBulletList">
<li><a href="https://www.youtube.com/@AmberfordCityCouncilMeetings">Watch the webcast of this meeting</a></li>
</ul>
<ul class="mgActionList">
<li><a href="documents/g9418/Public%20reports%20pack%2027th-Jan-2025%2018.00.pdf">Agenda reports pack <span class="mgFileSize">PDF 3 MB</span></a></li>
<li><a href="documents/g9418/Printed%20minutes%2027th-Jan-2025%2018.00.pdf">Printed minutes <span class="mgFileSize">PDF 318 KB</span></a></li>
</ul>
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Items of business">
<tr><th scope="col">No.</th><th scope="col">Item</th></tr>
"""

PAGE_FOOT = """
<div class="mgFooter">
<p><a href="#top">Back to top</a> | <a href="javascript:window.print()">Print this page</a></p>
</div>
</div>
</div>
<footer class="site-footer">
<ul>
<li><a href="https://www.amberford.gov.uk/contact-us/">Contact us</a></li>
<li><a href="https://www.amberford.gov.uk/accessibility/">Accessibility statement</a></li>
<li><a href="https://www.amberford.gov.uk/privacy/">Privacy and cookies</a></li>
</ul>
<p>Amberford City Council, The Council House, Corporation Street, Amberford, AF1 2FS</p>
<p><a href="http://www.moderngov.co.uk" title="Link to modern.gov">Powered by modern.gov</a></p>
</footer>
</body>
</html>
"""


def minutes_html() -> str:
    body = "\n".join(ITEMS)
    return PAGE_HEAD + body + "\n</table>\n" + attendance_html() + PAGE_FOOT


# ---------------------------------------------------------------------------------------
# Gold for the minutes
# ---------------------------------------------------------------------------------------

def q(item_no, kind, text, asked_by, answer, given_by, themes):
    return {"item": item_no, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item_no, text, outcome, themes):
    return {"item": item_no, "text": text, "outcome": outcome, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Adults, Health and Housing Scrutiny Review Board",
    "meeting_date": "2025-01-27",
    "items": [
        {"number": "31/24", "title": "Apologies for Absence"},
        {"number": "32/24", "title": "Late Items"},
        {"number": "33/24", "title": "Declarations of Interest"},
        {"number": "34/24", "title": "Minutes of the Previous Meeting"},
        {"number": "35/24", "title": "Amberford Homes – Damp, Mould and Condensation and "
                                     "Preparations for Awaab’s Law"},
        {"number": "36/24", "title": "Homelessness and Temporary Accommodation – Quarter 3 "
                                     "Update"},
        {"number": "37/24", "title": "Winter Pressures, Hospital Discharge and the Better Care "
                                     "Fund"},
        {"number": "38/24", "title": "Adult Social Care – Fees for Independent Sector "
                                     "Providers 2025/26"},
        {"number": "39/24", "title": "Topic Review – Access to GP Appointments: Progress "
                                     "Update"},
        {"number": "40/24", "title": "Work Programme 2024/25"},
    ],
    "questions": [
        # 35/24 damp and mould
        q("35/24", "question",
          "how many cases had been closed and then reopened because the mould had come back",
          None, "around one in six cases were reopened within six months",
          "Director of Property Services", ["housing"]),
        q("35/24", "question",
          "whether Amberford Homes had enough surveyors to meet the timescales",
          None, "two additional surveyor posts had been approved and were being recruited to",
          None, ["housing", "workforce"]),
        q("35/24", "concern",
          "some tenants had been told that mould in their homes was caused by their lifestyle",
          "the Chair",
          "all front-line staff and the main repairs contractor had completed training",
          "Head of Strategic Housing", ["housing", "workforce"]),
        q("35/24", "comment",
          "residents of the Clayfield Road maisonettes had reported mould in successive winters",
          None, "a stock condition survey of the maisonettes would be completed by March 2025",
          None, ["housing"]),
        q("35/24", "question",
          "whether tenants in the private rented sector had any equivalent protection",
          None, "Awaab's Law would at first apply only to social housing",
          None, ["housing"]),
        q("35/24", "request",
          "the findings of the tenant survey on damp and mould be shared with the Board",
          "co-opted member from Healthwatch Amberford", None, None,
          ["housing", "patient-and-public-input"]),
        # 36/24 homelessness
        q("36/24", "question",
          "what was being done to move the nine families out of bed and breakfast",
          None, "the Council had secured 24 self-contained flats at Wyvern Court",
          "Head of Housing Options", ["housing"]),
        q("36/24", "question",
          "the number of households placed outside the city and the effect on children's "
          "schooling",
          None, "31 households were placed outside Amberford, mostly in neighbouring districts",
          None, ["housing", "children-and-families"]),
        q("36/24", "concern",
          "the condition of some of the privately owned properties used as temporary "
          "accommodation",
          None, "the Council was preparing a business case to buy its own properties",
          "Cabinet Member for Adults, Health and Housing",
          ["housing", "finance", "privatisation"]),
        q("36/24", "question",
          "whether the Homelessness Prevention Grant for 2025/26 had been confirmed",
          "the Chair", "an allocation of £3.24 million had been announced in December 2024",
          None, ["housing", "finance"]),
        q("36/24", "request",
          "future reports include a breakdown of homelessness presentations by ward",
          None, None, None, ["housing"]),
        # 37/24 winter, discharge, BCF
        q("37/24", "question",
          "why the number of people waiting in hospital for a package of care",
          None, "a high proportion of patients needed two carers at each visit",
          None, ["adult-social-care"]),
        q("37/24", "concern",
          "patients were being discharged late in the evening without their medication",
          None, "extended the opening hours of its discharge lounge to 8.00 pm",
          "Dr Rao", ["adult-social-care"]),
        q("37/24", "question",
          "whether the Better Care Fund was being used to buy short-term beds",
          None, "38 discharge to assess beds were commissioned from independent providers",
          None, ["integration", "adult-social-care", "subcontracting", "finance"]),
        q("37/24", "comment",
          "families had told Healthwatch they were often given little notice of discharge",
          "Healthwatch representative", None, None,
          ["patient-and-public-input", "adult-social-care"]),
        q("37/24", "question",
          "whether the pressure on the emergency department was linked to patients being "
          "unable",
          None, "additional same-day appointments had been funded in primary care over the "
                "winter",
          "Dr Rao", ["primary-care"]),
        q("37/24", "question",
          "what would happen to the schemes funded by the Discharge Fund",
          None, "the Better Care Fund plan for 2025/26 had not yet been agreed",
          "Mr Okoro", ["integration", "finance"]),
        # 38/24 care fees
        q("38/24", "question",
          "whether providers had been consulted on the proposed rates",
          None, "41 providers had responded to the consultation",
          "Director of Adult Social Care", ["adult-social-care", "subcontracting", "finance"]),
        q("38/24", "question",
          "whether the Council could require providers to pay care workers the Real Living Wage",
          "Councillor Delaney", "this would cost an estimated £3.4 million a year",
          "Cabinet Member", ["workforce", "finance", "adult-social-care"]),
        q("38/24", "concern",
          "a number of home care providers had handed back packages of care",
          None, "three contracts had been handed back during 2024",
          None, ["adult-social-care", "subcontracting"]),
        q("38/24", "question",
          "how the Council would monitor whether the uplift was passed on",
          "Healthwatch co-opted member", None, None,
          ["workforce", "adult-social-care", "subcontracting"]),
        # 39/24 GP access topic review
        q("39/24", "question",
          "whether the views of patients would form part of the review",
          None, "a short survey, available on paper as well as online, would be run",
          None, ["primary-care", "patient-and-public-input"]),
        # 40/24 work programme
        q("40/24", "request",
          "an item on access to NHS dentistry be included in the work programme",
          None, None, None, ["primary-care"]),
    ],
    "resolutions": [
        r("34/24", "the meeting held on 25 November 2024 were agreed as a correct record",
          "agreed", []),
        r("35/24", "note the report and the progress made by Amberford Homes",
          "agreed", ["housing"]),
        r("36/24", "the business case for the purchase of properties for use as temporary "
                   "accommodation",
          "recommended", ["housing"]),
        r("37/24", "The Board noted the presentation and the actions being taken across the "
                   "system",
          "noted", ["integration", "adult-social-care"]),
        r("38/24", "On being put to the vote, the motion was lost",
          "rejected", ["adult-social-care", "finance"]),
        r("38/24", "the proposed fee uplifts for independent sector providers for 2025/26 be "
                   "approved",
          "recommended", ["adult-social-care", "finance", "subcontracting"]),
        r("39/24", "note the progress of the topic review", "noted", ["primary-care"]),
        r("40/24", "agree the work programme, subject to the changes set out above",
          "agreed", []),
    ],
    "attendees": [
        {"name": n, "role": role,
         "attendance": {"Present": "present", "Apologies": "apologies", "Absent": "absent",
                        "Present as substitute": "present"}[att]}
        for n, role, att in COMMITTEE
    ] + [
        {"name": n, "role": role, "attendance": "in_attendance"} for n, role, _ in OTHERS
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------------------
# The report: a Council Cabinet report in the council's Word template
# ---------------------------------------------------------------------------------------

def build_report(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    doc = Document()
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(2.2)
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(12)

    header = section.header.paragraphs[0]
    header.text = "Classification: OFFICIAL"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.text = "Council Cabinet – 12 March 2025"

    def para(text, bold=False, size=None, align=None):
        pr = doc.add_paragraph()
        run = pr.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if align is not None:
            pr.alignment = align
        return pr

    def numbered(num, text):
        pr = doc.add_paragraph()
        pr.paragraph_format.left_indent = Cm(1.25)
        pr.paragraph_format.first_line_indent = Cm(-1.25)
        pr.add_run(f"{num}\t{text}")
        return pr

    def heading(text):
        pr = doc.add_paragraph()
        run = pr.add_run(text)
        run.bold = True
        run.font.size = Pt(13)
        return pr

    top = doc.add_table(rows=1, cols=2)
    top.cell(0, 0).text = "COUNCIL CABINET\n12 March 2025"
    top.cell(0, 1).text = "ITEM 9"
    for c in top.rows[0].cells:
        for r_ in c.paragraphs[0].runs:
            r_.bold = True
    para("")
    info = doc.add_table(rows=2, cols=2)
    info.cell(0, 0).text = "Report sponsor:"
    info.cell(0, 1).text = "Strategic Director of Communities and Place"
    info.cell(1, 0).text = "Report author:"
    info.cell(1, 1).text = "Siobhan Petrie, Head of Housing Options"
    para("")
    para("Temporary Accommodation Acquisition Programme", bold=True, size=14)

    heading("Purpose")
    numbered("1.1", "To seek approval for a programme to buy up to 60 homes on the open market "
             "for use as temporary accommodation for homeless households, funded by prudential "
             "borrowing and the Local Authority Housing Fund, in order to reduce the Council’s "
             "reliance on nightly paid and bed and breakfast accommodation.")
    numbered("1.2", "The proposal responds to the recommendation of the Adults, Health and "
             "Housing Scrutiny Review Board on 27 January 2025 that the business case be "
             "brought forward as a matter of priority.")

    heading("Recommendations")
    numbered("2.1", "To approve the Temporary Accommodation Acquisition Programme set out in "
             "section 4 of this report and its addition to the Housing General Fund capital "
             "programme at a total cost of up to £11.4 million.")
    numbered("2.2", "To delegate authority to the Strategic Director of Communities and Place, "
             "following consultation with the Cabinet Member for Adults, Health and Housing and "
             "the Director of Financial Services, to approve individual purchases within the "
             "approved budget and the criteria set out in paragraph 4.6.")
    numbered("2.3", "To approve the appointment of Amberford Homes to manage the properties "
             "under the existing management agreement.")
    numbered("2.4", "To note the response to the recommendation of the Adults, Health and "
             "Housing Scrutiny Review Board set out in section 5.")

    heading("Reasons")
    numbered("3.1", "The number of households in temporary accommodation has more than doubled "
             "since March 2022 and the net cost to the Council is forecast to be £6.8 million "
             "in 2024/25, against a budget of £4.1 million.")
    numbered("3.2", "Owning the accommodation is expected to cost around £9,200 less per "
             "household each year than nightly paid accommodation, and gives the Council "
             "control over the quality and location of the homes used.")

    heading("Supporting information")
    numbered("4.1", "On 31 December 2024 there were 412 households in temporary accommodation, "
             "of whom 138 were families with children. 46 households were in bed and breakfast "
             "accommodation.")
    numbered("4.2", "Why does the Council not simply lease more homes? Leasing schemes have "
             "been tried since 2021, but few landlords have been willing to offer leases at "
             "Local Housing Allowance rates, and 24 flats at Wyvern Court are the only block "
             "secured on a lease in the last year.")
    numbered("4.3", "The programme would buy two and three bedroom houses and flats, mainly "
             "former right to buy homes, within the city boundary and close to schools and "
             "bus routes.")
    numbered("4.4", "Each property would be brought up to the Decent Homes Standard and "
             "inspected for damp and mould before it is let. The properties would be managed "
             "by Amberford Homes.")
    numbered("4.5", "Acquisitions would be phased over 2025/26 and 2026/27, with 25 properties "
             "in the first year.")
    numbered("4.6", "Individual purchases would be approved only where the price is within "
             "the valuation, the property needs less than £25,000 of works and the net "
             "annual saving is at least £6,000 when compared with nightly paid "
             "accommodation.")

    heading("Public/stakeholder engagement")
    numbered("5.1", "The position on homelessness and temporary accommodation was considered "
             "by the Adults, Health and Housing Scrutiny Review Board on 27 January 2025. "
             "Members asked what was being done to move families out of bed and breakfast, "
             "raised concerns about the condition of some nightly paid properties and asked "
             "about the effect of out of area placements on children’s schooling.")
    numbered("5.2", "The Board recommended that the business case for the purchase of "
             "properties be brought forward as a matter of priority. Response: Accepted. This "
             "report is the business case requested by the Board.")
    numbered("5.3", "Amberford Homes and the Amberford Housing Advice Forum have been consulted "
             "on the proposals and support them.")

    heading("Other options")
    numbered("6.1", "Do nothing. This was rejected because the cost of nightly paid "
             "accommodation would continue to rise and families would remain in bed and "
             "breakfast for longer.")
    numbered("6.2", "Build new homes for temporary accommodation. This was rejected for the "
             "present because of the time needed to deliver new build schemes, but will be "
             "kept under review.")

    heading("Financial and value for money issues")
    numbered("7.1", "The total cost of the programme is estimated at £11.4 million, of which "
             "£3.1 million would come from the Local Authority Housing Fund and £8.3 million "
             "from prudential borrowing. The borrowing costs would be met from rents and the "
             "savings on nightly paid accommodation.")

    heading("Legal implications")
    numbered("8.1", "The Council has power to acquire land and property for housing purposes "
             "under section 17 of the Housing Act 1985. The properties would be held in the "
             "General Fund and let on non-secure licences or tenancies.")

    heading("Climate implications")
    numbered("9.1", "Properties with an energy performance rating below C would be improved "
             "as part of the works before letting.")

    heading("Socio-Economic implications")
    numbered("10.1", "The programme would reduce the time families with children spend in "
             "unsuitable accommodation and the number placed outside the city.")

    heading("Other significant implications")
    numbered("11.1", "The main risks are rising property prices and interest rates, which "
             "would reduce the number of homes that can be bought within the budget. These "
             "risks will be monitored through the Housing Capital Programme Board.")

    para("")
    para("This report has been approved by the following people:", bold=True)
    approvals = [
        ("Role", "Name", "Date of sign-off"),
        ("Legal", "Imran Siddique, Head of Legal Services", "20 February 2025"),
        ("Finance", "Alison Greaves, Head of Finance (Communities and Place)", "21 February 2025"),
        ("Service Director(s)", "Nicola Ferris, Director of Housing", "24 February 2025"),
        ("Report sponsor", "Strategic Director of Communities and Place", "26 February 2025"),
        ("Other(s)", "", ""),
    ]
    t = doc.add_table(rows=len(approvals), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(approvals):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
    para("")
    bg = doc.add_table(rows=2, cols=2)
    bg.cell(0, 0).text = "Background papers:"
    bg.cell(0, 1).text = ("Homelessness and Temporary Accommodation – Quarter 3 Update, Adults, "
                          "Health and Housing Scrutiny Review Board, 27 January 2025")
    bg.cell(1, 0).text = "List of appendices:"
    bg.cell(1, 1).text = "Appendix 1 – Implications not covered in the report"

    doc.add_page_break()
    para("Appendix 1", bold=True)
    para("Implications not covered in the report", bold=True)
    numbered("1.1", "Personnel: None directly arising.")
    numbered("1.2", "Equalities: An equality impact assessment has been completed. Households "
             "with children, disabled people and women fleeing domestic abuse are over "
             "represented among those in temporary accommodation and would benefit from the "
             "proposals.")
    numbered("1.3", "Health and safety: Each property will receive a gas safety check, an "
             "electrical installation condition report and a fire risk assessment before "
             "use.")
    numbered("1.4", "Property: The properties would be added to the Council’s asset register.")

    cp = doc.core_properties
    cp.author = "Siobhan Petrie"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Temporary Accommodation Acquisition Programme"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    # python-docx stamps every zip member with the current time; rewrite with a fixed one
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info_ in src.infolist():
            zi = zipfile.ZipInfo(info_.filename, date_time=(2025, 3, 4, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info_.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(minutes_html(), encoding="utf-8", newline="\n")
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\nwrote gold to {GOLD}")


def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text()
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [para.text for para in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    return path.read_text(encoding="utf-8")


def norm(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def check() -> int:
    errors = 0
    # only this script's own files (other builders may share the folder)
    for gold_path in [GOLD / f"{Path(g['document']).stem}.json" for g in (MINUTES_GOLD, REPORT_GOLD)]:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = DOCS / gold["document"]
        if not doc_path.exists():
            print(f"MISSING document for {gold_path.name}")
            errors += 1
            continue
        text = " " + norm(doc_text(doc_path)) + " "
        phrases = []
        for qq in gold.get("questions", []):
            phrases.append(("question", qq["item"], qq["text"]))
            if qq.get("answer"):
                phrases.append(("answer", qq["item"], qq["answer"]))
        for rr in gold.get("resolutions", []):
            phrases.append(("resolution", rr["item"], rr["text"]))
        numbers = {it["number"] for it in gold.get("items", [])}
        for kind, item_no, phrase in phrases:
            n = norm(phrase)
            count = text.count(" " + n + " ")
            words = len(n.split())
            problems = []
            if count != 1:
                problems.append(f"occurs {count} times")
            if not 6 <= words <= 15:
                problems.append(f"{words} words")
            if item_no not in numbers:
                problems.append(f"unknown item {item_no}")
            if problems:
                errors += 1
                print(f"{gold_path.name}: {kind} [{item_no}] {phrase!r}: {', '.join(problems)}")
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("OK" if errors == 0 else f"{errors} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
