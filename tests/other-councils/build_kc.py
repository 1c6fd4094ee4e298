#!/usr/bin/env python3
"""Build the "kc-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_kc.py           build documents/kc-* and gold/kc-*.json
        build_kc.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import html
import json
import re
import string
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MIN_NAME = "kc-elmbury-stanwick-hisc-pac-2025-11-18.html"
REP_NAME = "kc-elmbury-stanwick-home-care-recommissioning-report.pdf"

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

# ---------------------------------------------------------------------------------------------
# The minutes page
# ---------------------------------------------------------------------------------------------

COMMITTEE = "Health, Inclusion and Social Care Policy and Accountability Committee"
SITE = "https://democracy.elmbury-stanwick.gov.uk"


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def p(text: str, bold: bool = False) -> str:
    """A Word-pasted paragraph as ModernGov stores it."""
    body = esc(text)
    if bold:
        body = f"<b>{body}</b>"
    return f'<p class="MsoNormal" style="margin-bottom:8.0pt">{body}</p>'


def raw(markup: str) -> str:
    return f'<p class="MsoNormal" style="margin-bottom:8.0pt">{markup}</p>'


def bullets(lines: list[str]) -> str:
    out = []
    for i, line in enumerate(lines):
        cls = ("MsoListParagraphCxSpFirst" if i == 0 else
               "MsoListParagraphCxSpLast" if i == len(lines) - 1 else "MsoListParagraphCxSpMiddle")
        out.append(
            f'<p class="{cls}" style="margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1">'
            f'<span style="font-family:Symbol"><span style="mso-list:Ignore">·'
            f'<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>'
            f'</span></span>{esc(line)}</p>')
    return "\n".join(out)


def resolved(*clauses: str) -> str:
    out = [raw("<b>RESOLVED</b>")]
    if len(clauses) == 1:
        out.append(p(clauses[0]))
    else:
        for n, c in enumerate(clauses, 1):
            out.append(raw(f"{n}.&nbsp;&nbsp;&nbsp; {esc(c)}"))
    return "\n".join(out)


def action(who: str) -> str:
    return raw(f"<b>ACTION: {esc(who)}</b>")


# Each item: number, title, agenda text (or ""), [supporting documents], minutes markup.
ITEMS: list[tuple[str, str, str, list[tuple[str, str]], str]] = []

ITEMS.append(("1", "Minutes of the previous meeting",
    "To approve as an accurate record, and the Chair to sign, the minutes of the meeting of the "
    "Committee held on 16 September 2025.",
    [("Minutes, 16/09/2025, Health, Inclusion and Social Care Policy and Accountability Committee", "PDF 268 KB")],
    "\n".join([
        resolved("That the minutes of the meeting held on 16 September 2025 were agreed as an accurate record."),
        raw("<b><u>Matters arising</u></b>"),
        p("Margaret Dunleavy asked when the breakdown of out-of-borough mental health placements, which "
          "had been requested at the last meeting, would be circulated. Julian Ashdown apologised for the "
          "delay and confirmed that it would be sent to members by the end of November."),
        action("Julian Ashdown"),
    ])))

ITEMS.append(("2", "Apologies for absence", "", [],
    p("Apologies for absence were received from Councillor Benedict Crane and from Vera Lindqvist "
      "(Healthwatch Elmbury & Stanwick). Councillor Tomasz Orzel gave apologies for lateness.")))

ITEMS.append(("3", "Declarations of interest",
    "If a Councillor has a disclosable pecuniary interest in a particular item, whether or not it is "
    "entered in the Authority\u2019s register of interests, or any other significant interest which they "
    "consider should be declared in the public interest, then they must declare the existence and, "
    "unless it is a sensitive interest as defined in the Member Code of Conduct, the nature of the "
    "interest at the commencement of the consideration of that item or as soon as it becomes apparent.",
    [],
    "\n".join([
        p("Councillor Hugh Calloway declared a non-pecuniary interest in item 5 as a trustee of the "
          "Stanwick Cross Hospital Charity. He remained in the meeting for the item and took part in the "
          "discussion."),
        p("There were no other declarations of interest."),
    ])))

ITEMS.append(("4", "Winter Planning 2025/26",
    "This report and presentation set out how the Council and NHS partners in Elmbury & Stanwick are "
    "preparing for winter 2025/26, including urgent and emergency care, vaccination and hospital "
    "discharge. The Committee is asked to note and comment on the report.",
    [("Winter Planning 2025-26 - cover report", "PDF 214 KB"),
     ("Appendix 1 - Western Thames ICB and partners winter plan presentation", "PDF 1 MB")],
    "\n".join([
        p("The Chair welcomed Lorraine Feld (Borough Director, Western Thames Integrated Care Board), "
          "Dr Kieran Moss (Chief Medical Officer, Elmbury & Stanwick Healthcare NHS Trust) and Julian "
          "Ashdown (Strategic Director of Social Care) to the meeting."),
        p("Lorraine Feld gave a presentation on the joint winter plan for the borough, which had been "
          "agreed by the Elmbury & Stanwick Health and Care Partnership Board in October. Last winter had "
          "seen the highest number of attendances at the Stanwick Cross emergency department on record, "
          "and the plan had been built around keeping people well at home and getting them home from "
          "hospital as soon as they were medically fit. Key points included:"),
        bullets([
            "an additional 24 escalation beds would open at Stanwick Cross Hospital from 1 December, and "
            "a further 10 virtual ward places would be available for frail older people;",
            "the single point of access for hospital discharge would operate seven days a week, from 8am "
            "to 8pm, throughout the winter;",
            "a borough-wide flu and COVID-19 vaccination campaign was targeting residents aged 65 and "
            "over, care home residents and frontline health and care staff; and",
            "a winter communications campaign, \u201cThink Pharmacy First\u201d, would encourage residents "
            "to use community pharmacies for minor illnesses.",
        ]),
        p("Julian Ashdown added that the Council had agreed to fund an additional 11 reablement posts "
          "from the Better Care Fund, and that home care providers had been asked to hold capacity for 400 "
          "additional hours a week from December."),
        p("Councillor Donna Whitlock asked how many residents had been delayed in hospital last winter "
          "because a package of care was not available. Julian Ashdown explained that the number of "
          "residents waiting in hospital for a package of care had fallen from an average of 14 a week in "
          "January 2025 to three a week in October, which was one of the best positions in London."),
        p("Margaret Dunleavy expressed concern that the escalation beds would be staffed largely by "
          "agency nurses, and asked what the additional cost to the Trust would be. Dr Kieran Moss said "
          "that the Trust had recruited 38 nurses through its international recruitment programme since "
          "April and that agency spend on the escalation ward was expected to be below \u00a3400,000 for "
          "the season. He agreed to report the final figure to the Committee after the winter."),
        action("Dr Kieran Moss"),
        p("Councillor Hugh Calloway noted that vaccination uptake among care home staff in the borough "
          "had been among the lowest in London last year and asked what would be done differently this "
          "winter. Dr Sunita Varma (Director of Public Health) said that the public health team would run "
          "pop-up clinics in every care home during November and December, and that uptake was now being "
          "monitored weekly with providers."),
        p("Ade Olowe asked whether personal assistants employed by disabled residents through direct "
          "payments could be vaccinated at the same clinics. Dr Varma confirmed that personal assistants "
          "were eligible as frontline care workers and that a letter was being sent to all direct payment "
          "recipients explaining how to book."),
        p("Councillor Tomasz Orzel said that several residents in his ward had told him they could not "
          "get through to their GP practice at 8am and had gone to the emergency department instead, and "
          "asked whether the ICB would publish telephone answering data for each practice. Lorraine Feld "
          "said that practice-level data on call volumes was published monthly by NHS England, and that "
          "she would circulate the link to members. She added that all but two practices in the borough "
          "now used cloud-based telephony, which allowed calls to be held in a queue rather than cut off."),
        action("Lorraine Feld"),
        p("Ade Olowe requested that the Think Pharmacy First materials be made available in Easy Read "
          "and large print formats."),
        p("The Chair thanked partners for their attendance and for the work of frontline staff over what "
          "was expected to be a difficult winter."),
        resolved("That the Committee noted the report and presentation.",
                 "That an update on winter performance be brought to the meeting on 10 March 2026."),
    ])))

ITEMS.append(("5", "Stanwick Cross Hospital Redevelopment - Update",
    "The Committee will receive an update from Elmbury & Stanwick Healthcare NHS Trust on the "
    "redevelopment of Stanwick Cross Hospital following the Government\u2019s review of the New Hospital "
    "Programme.",
    [("Stanwick Cross Hospital Redevelopment - Trust briefing", "PDF 486 KB")],
    "\n".join([
        p("Simon Thackeray (Director of Redevelopment, Elmbury & Stanwick Healthcare NHS Trust) gave a "
          "presentation. He reported that, following the national review of the New Hospital Programme, "
          "the Stanwick Cross scheme had been placed in the second wave of schemes, with main construction "
          "now expected to begin between 2030 and 2032. Enabling works, including the demolition of the "
          "former nurses\u2019 residence on Ferrier Road, would go ahead in 2026 as planned, and the outline "
          "business case would be resubmitted in the new year."),
        p("Councillor Fiona Attwater (Cabinet Member for Health and Adult Social Care) said that the delay "
          "was unacceptable for residents who had campaigned for a new hospital for more than fifteen "
          "years, and that the Council would continue to press the Government for a firm start date."),
        p("Margaret Dunleavy said that the further delay was deeply disappointing, and asked whether the "
          "Trust could guarantee that the new hospital would have no fewer beds than the current one. Simon "
          "Thackeray said that the outline business case assumed 402 inpatient beds, compared with 361 "
          "today, but that the final number would depend on the national hospital design standards, which "
          "had not yet been published."),
        p("Councillor Hugh Calloway asked whether any part of the scheme would be financed by the private "
          "sector. Simon Thackeray confirmed that the build would be funded entirely from public capital "
          "through the New Hospital Programme and that there were no plans for a private finance "
          "arrangement."),
        p("Ade Olowe queried whether disabled residents would be involved in the design of the new "
          "outpatient areas, noting that the current building was very difficult for wheelchair users to "
          "navigate. Simon Thackeray said that a design reference group of patients, carers and residents "
          "would be set up in the spring, and that the Trust would welcome nominations from Elmbury "
          "Disability Action."),
        p("Councillor Donna Whitlock sought clarification on the cost of maintaining the existing "
          "buildings until the new hospital opened, noting that the backlog maintenance figure in the "
          "presentation had risen to \u00a3142 million. Dr Kieran Moss explained that around \u00a318 million "
          "a year was being spent on critical infrastructure, including the roof of the Kendrew Wing and "
          "the main electrical supply, and that the Trust had bid for further national funding."),
        p("Councillor Tomasz Orzel asked what arrangements would be made for parking and construction "
          "traffic on Ferrier Road and the neighbouring streets while the enabling works were carried out."),
        p("With the agreement of the Chair, Mr Desmond Harte, a resident of Ferrier Road, addressed the "
          "Committee and asked why the Trust had not consulted residents before deciding to demolish the "
          "former nurses\u2019 residence, which he said could have been converted into homes for key "
          "workers. Simon Thackeray replied that the building did not meet modern fire safety standards "
          "and that the Trust had held two public drop-in sessions in 2024 before the decision was taken. "
          "He would be happy to meet Mr Harte and his neighbours."),
        resolved("That the Committee noted the update.",
                 "That the Chair write to the Secretary of State for Health and Social Care on behalf of the "
                 "Committee, seeking a firm commitment to a start date for the main construction works."),
    ])))

ITEMS.append(("6", "Home Care Recommissioning - Co-production Update",
    "This report updates the Committee on the co-produced recommissioning of home care services, ahead "
    "of a Cabinet decision on the award of new contracts in February 2026. The Committee is asked to "
    "comment on the proposed service model.",
    [("Home Care Recommissioning - Co-production Update", "PDF 391 KB"),
     ("Appendix 1 - Co-production Group report", "PDF 702 KB")],
    "\n".join([
        p("Councillor Fiona Attwater introduced the report, explaining that the current home care "
          "contracts would expire in June 2026 and that the new service had been designed with disabled "
          "residents and carers through the Council\u2019s co-production group over the past year. Ruth Calder "
          "(Head of Commissioning, Adult Social Care) outlined the proposed model, which would:"),
        bullets([
            "divide the borough into four patches, each with a single lead provider;",
            "require all providers to pay the London Living Wage, including for travel time between visits;",
            "replace fixed 15 minute visits with outcome-based support plans agreed with each resident; and",
            "keep home care free of charge for all residents who are assessed as eligible.",
        ]),
        p("Ruth Calder reported that 312 residents and carers had taken part in the engagement, through "
          "surveys, workshops and home visits, and that the co-production group had signed off the service "
          "specification on 28 October."),
        p("Ade Olowe said that the co-production group\u2019s highest priority had been continuity of care, "
          "and expressed concern that residents could still see several different care workers in a week "
          "under the new model. Ruth Calder responded that continuity would be a key performance indicator "
          "in each contract, with a target that at least 80 per cent of visits were delivered by a "
          "resident\u2019s regular care worker."),
        p("Councillor Hugh Calloway asked whether the Council had considered bringing home care back "
          "in-house rather than contracting with external providers. Councillor Attwater replied that an "
          "options appraisal had been carried out and that in-house delivery would cost an estimated "
          "\u00a33.2 million a year more than the proposed model; the reablement service would remain "
          "in-house and the option would be kept under review."),
        p("Councillor Donna Whitlock asked how the Council would check that care workers were actually "
          "paid for their travel time. Ruth Calder explained that payment for travel time would be a "
          "contractual requirement and that providers would be required to submit payroll evidence each "
          "quarter as part of contract monitoring."),
        p("Margaret Dunleavy requested that the results of the care worker survey be shared with the "
          "Committee before the contract award decision was taken by Cabinet. Julian Ashdown agreed to "
          "circulate the results to members."),
        action("Ruth Calder"),
        p("Councillor Tomasz Orzel welcomed the commitment that home care would remain free of charge, "
          "which he said made a real difference to residents on low incomes."),
        resolved("That the Committee noted the report and endorsed the proposed service model, and that "
                 "the Committee\u2019s comments be reported to Cabinet when it considers the contract award in "
                 "February 2026."),
    ])))

ITEMS.append(("7", "Annual Report of the Director of Public Health 2024/25",
    "To receive the Director of Public Health\u2019s annual report for 2024/25, \u201cGrowing up "
    "smoke-free\u201d, which focuses on tobacco and vaping.",
    [("Director of Public Health Annual Report 2024-25 - cover report", "PDF 188 KB"),
     ("Appendix 1 - Growing up smoke-free", "PDF 3 MB")],
    "\n".join([
        p("Dr Sunita Varma introduced her annual report, which this year focused on smoking and vaping. "
          "Adult smoking prevalence in the borough had fallen to 10.8 per cent, but remained above 20 per "
          "cent among people in routine and manual occupations and among people with a serious mental "
          "illness. The report set out six recommendations for the Council and partners, including a "
          "smoke-free play areas policy and an expansion of the stop smoking service into community "
          "pharmacies."),
        p("Councillor Donna Whitlock asked what was being done about shops selling vapes to children near "
          "schools. Dr Varma said that trading standards officers had carried out 46 test purchases in the "
          "past year, and that 12 retailers had been found selling to under-18s and were now subject to "
          "enforcement action."),
        p("Councillor Hugh Calloway asked about the gap in life expectancy between the most and least "
          "deprived wards. Dr Varma explained that the gap for men was 8.4 years, between Millbrook Green "
          "and Oldfield Park wards, and that smoking accounted for around a third of the difference."),
        p("Concerns were expressed about the reduction in the public health grant in real terms over the "
          "past decade. Dr Varma said that the grant for 2025/26 had increased by 5.5 per cent, but that it "
          "remained around a quarter lower in real terms than in 2015/16."),
        p("The Committee noted the annual report and thanked Dr Varma and her team for their work."),
    ])))

ITEMS.append(("8", "Work Programme 2025/26",
    "The Committee is asked to note and comment on its work programme for the remainder of the "
    "municipal year.",
    [("Work Programme 2025-26", "PDF 96 KB")],
    "\n".join([
        p("The Chair reported that the January meeting would focus on the Council\u2019s budget proposals "
          "for 2026/27 and on mental health crisis services."),
        resolved("That the work programme be noted, and that an item on access to GP appointments be "
                 "added for the meeting on 10 March 2026."),
    ])))

ITEMS.append(("9", "Dates of future meetings",
    "To note the dates of future meetings.",
    [],
    "\n".join([
        p("The Committee noted the dates of the remaining meetings in the municipal year:"),
        bullets(["Wednesday 21 January 2026", "Tuesday 10 March 2026"]),
        p("Meeting started: 7.00 pm"),
        p("Meeting ended: 9.38 pm"),
    ])))

ATTENDANCE = [
    ("Committee members:",
     ["Councillors Priya Ramsden (Chair), Hugh Calloway, Donna Whitlock and Tomasz Orzel"]),
    ("Co-opted members:",
     ["Margaret Dunleavy (Save Our Stanwick Hospitals) and Ade Olowe (Elmbury Disability Action)"]),
    ("Other Councillors:",
     ["Councillor Fiona Attwater (Cabinet Member for Health and Adult Social Care)"]),
    ("Officers:",
     ["Julian Ashdown (Strategic Director of Social Care)",
      "Dr Sunita Varma (Director of Public Health)",
      "Grace Adebisi (Assistant Director, Independent Living)",
      "Ruth Calder (Head of Commissioning, Adult Social Care)",
      "Carl Henshaw (Committee Coordinator)"]),
    ("Guests:",
     ["Lorraine Feld (Borough Director, Western Thames Integrated Care Board)",
      "Dr Kieran Moss (Chief Medical Officer, Elmbury & Stanwick Healthcare NHS Trust)",
      "Simon Thackeray (Director of Redevelopment, Elmbury & Stanwick Healthcare NHS Trust)"]),
]


def build_minutes_html() -> str:
    rows = []
    for num, title, agenda, docs, minutes in ITEMS:
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
        pdf = ""
        if docs:
            pdf = (f' <a href="documents/s{48200 + int(num) * 7}/{slug}.pdf" class="mgPDFLink">'
                   f'<img src="mgImages/pdf.gif" alt="PDF file" /> {docs[0][1]}</a>')
        cell = [f'<p class="mgAiTitleTxt"><a name="AI{23710 + int(num)}"></a>'
                f'<a href="mgAi.aspx?ID={23710 + int(num)}" title="View the background to item {num}.">'
                f'{esc(title)}</a>{pdf}</p>']
        if agenda:
            cell.append(f'<div class="mgWordPara"><p>{esc(agenda)}</p></div>')
        cell.append('<p class="mgSubItemTitleTxt">Minutes:</p>')
        cell.append(f'<div class="mgWordPara">\n{minutes}\n</div>')
        if docs:
            cell.append('<p class="mgSubItemTitleTxt">Supporting documents:</p>')
            lis = "\n".join(
                f'<li><a href="documents/s{48200 + int(num) * 7 + k}/doc.pdf" class="mgPDFLink">'
                f'{esc(name)}, item {num} <img src="mgImages/pdf.gif" alt="PDF file" /> {size}</a></li>'
                for k, (name, size) in enumerate(docs))
            cell.append(f'<ul class="mgActionList">\n{lis}\n</ul>')
        rows.append(
            f'<tr>\n<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{num}.</p></td>\n'
            f'<td>\n' + "\n".join(cell) + "\n</td>\n</tr>")
    items_table = ('<table class="mgItemTable" summary="Agenda items">\n'
                   '<caption class="mgSectionTitle">Items</caption>\n'
                   '<tr><th scope="col" class="mgItemNumberCell">No.</th><th scope="col">Item</th></tr>\n'
                   + "\n".join(rows) + "\n</table>")

    att = []
    for label, lines in ATTENDANCE:
        att.append(f'<p class="mgAttendanceTxt"><b>{esc(label)}</b> ' + "<br />\n".join(esc(x) for x in lines)
                   + "</p>")
    attendance = ('<div class="mgAttendance">\n<h2 class="mgSectionTitle">Attendance details</h2>\n'
                  '<p class="mgAttendanceHead">PRESENT</p>\n' + "\n".join(att) + "\n</div>")

    page = f"""<!DOCTYPE html>
<!-- saved from url=(0077){SITE}/ieListDocuments.aspx?CId=412&amp;MId=8923&amp;Ver=4 -->
<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agenda for {esc(COMMITTEE)} on Tuesday, 18th November, 2025, 7.00 pm | Elmbury &amp; Stanwick Council</title>
<link rel="stylesheet" href="./Agenda for Health, Inclusion and Social Care PAC_files/mgStyles.css" type="text/css">
<link rel="stylesheet" href="./Agenda for Health, Inclusion and Social Care PAC_files/es-core.css" type="text/css">
<script src="./Agenda for Health, Inclusion and Social Care PAC_files/jquery.min.js"></script>
<script>var mgPageId = "ieListDocuments"; var mgMeetingId = 8923;</script>
</head>
<body class="mgBody">
<div id="cookie-banner" class="es-cookie-banner"><p>We use cookies to make this website work and to
understand how you use it. <a href="https://www.elmbury-stanwick.gov.uk/cookies">Cookie settings</a></p>
<button type="button">Accept all cookies</button> <button type="button">Reject optional cookies</button></div>
<a class="skip-link" href="#mgMainContent">Skip to main content</a>
<header class="es-header">
<a href="https://www.elmbury-stanwick.gov.uk/" class="es-logo"><img src="./Agenda for Health, Inclusion and Social Care PAC_files/es-logo.svg" alt="Elmbury &amp; Stanwick Council"></a>
<nav class="es-topnav"><ul>
<li><a href="https://www.elmbury-stanwick.gov.uk/bins-and-recycling">Bins and recycling</a></li>
<li><a href="https://www.elmbury-stanwick.gov.uk/council-tax">Council tax</a></li>
<li><a href="https://www.elmbury-stanwick.gov.uk/housing">Housing</a></li>
<li><a href="https://www.elmbury-stanwick.gov.uk/parking">Parking</a></li>
<li><a href="https://www.elmbury-stanwick.gov.uk/councillors-and-democracy">Councillors and democracy</a></li>
</ul></nav>
<form class="es-search" action="https://www.elmbury-stanwick.gov.uk/search"><label for="q">Search</label><input id="q" name="q" type="search"><button>Search</button></form>
</header>
<div class="mgBreadCrumbs"><a href="https://www.elmbury-stanwick.gov.uk/">Home</a> &gt;
<a href="{SITE}/mgListCommittees.aspx?bcr=1">Committee structure</a> &gt;
<a href="{SITE}/ieListMeetings.aspx?CommitteeId=412">{esc(COMMITTEE)}</a> &gt; Meeting</div>
<div id="mgMainContent" class="mgContent">
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<div class="mgSubTitle">
<h2 class="mgSubTitleTxt">{esc(COMMITTEE)} - Tuesday, 18th November, 2025 7.00 pm</h2>
</div>
<div class="mgLinks">
<ul class="mgActionList">
<li><a href="{SITE}/mgMeetingAttendance.aspx?ID=8923">Attendance details</a></li>
<li><a href="{SITE}/mgIssueHistoryChronology.aspx?MId=8923">Issue history</a></li>
<li><a href="{SITE}/ieListDocuments.aspx?CId=412&amp;MId=8923&amp;Ver=4&amp;info=1">Meeting information</a></li>
</ul>
</div>
<div class="mgSidebar">
<h2 class="mgSideBarTitle">Meeting documents</h2>
<ul class="mgActionList">
<li><a href="documents/g8923/Public reports pack 18th-Nov-2025 19.00 {esc(COMMITTEE)}.pdf">Reports pack <img src="mgImages/pdf.gif" alt="PDF file"> PDF 6 MB</a></li>
<li><a href="documents/g8923/Agenda frontsheet 18th-Nov-2025 19.00 {esc(COMMITTEE)}.pdf">Agenda frontsheet <img src="mgImages/pdf.gif" alt="PDF file"> PDF 172 KB</a></li>
<li><a href="documents/g8923/Printed minutes 18th-Nov-2025 19.00 {esc(COMMITTEE)}.pdf">Printed minutes <img src="mgImages/pdf.gif" alt="PDF file"> PDF 241 KB</a></li>
</ul>
<h2 class="mgSideBarTitle">Committee details</h2>
<ul class="mgActionList"><li><a href="{SITE}/mgCommitteeDetails.aspx?ID=412">Committee membership and terms of reference</a></li>
<li><a href="{SITE}/mgCalendarMonthView.aspx">Calendar of meetings</a></li></ul>
</div>
<p class="mgVenue"><span class="mgLabel">Venue: </span>Council Chamber, Stanwick Town Hall, King Edward Street, London W9 4QX. <a href="https://www.elmbury-stanwick.gov.uk/stanwick-town-hall">View directions</a></p>
<p class="mgContact"><span class="mgLabel">Contact: </span>Carl Henshaw, Committee Coordinator&nbsp; Email: <a href="mailto:carl.henshaw@elmbury-stanwick.gov.uk">carl.henshaw@elmbury-stanwick.gov.uk</a></p>
<div class="mgMedia">
<h2 class="mgSectionTitle">Media</h2>
<p><a href="https://www.youtube.com/@ElmburyStanwickCouncil/streams">Watch the webcast of this meeting on YouTube</a></p>
</div>
{items_table}
{attendance}
</div>
<footer class="es-footer">
<ul>
<li><a href="https://www.elmbury-stanwick.gov.uk/accessibility">Accessibility statement</a></li>
<li><a href="https://www.elmbury-stanwick.gov.uk/privacy">Privacy</a></li>
<li><a href="https://www.elmbury-stanwick.gov.uk/contact-us">Contact us</a></li>
</ul>
<p>&copy; Elmbury &amp; Stanwick Council, Stanwick Town Hall, King Edward Street, London W9 4QX</p>
<p class="mgPoweredBy">Powered by ModernGov</p>
</footer>
</body></html>
"""
    return page


# ---------------------------------------------------------------------------------------------
# The report (not minutes), PDF
# ---------------------------------------------------------------------------------------------

def build_report_pdf(path: Path) -> None:
    from fpdf import FPDF

    class Report(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = Report(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 11, 7, 9, 30, tzinfo=dt.timezone.utc))
    pdf.set_title("Home Care Recommissioning - Co-production Update")
    pdf.set_author("Elmbury & Stanwick Council")
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def para(text, size=10.5, style="", gap=2.5, h=5.4):
        pdf.set_font("DejaVu", style, size)
        pdf.multi_cell(W, h, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    def heading(text):
        pdf.ln(1.5)
        para(text, 11, "B", 1.5)

    def numbered(num, text):
        pdf.set_font("DejaVu", "", 10.5)
        x = pdf.l_margin
        y = pdf.get_y()
        pdf.cell(12, 5.4, num)
        pdf.set_xy(x + 12, y)
        pdf.multi_cell(W - 12, 5.4, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def labelled(label, text):
        pdf.set_font("DejaVu", "B", 10.5)
        y = pdf.get_y()
        pdf.multi_cell(52, 5.4, label, new_x="RIGHT", new_y="TOP")
        pdf.set_xy(pdf.l_margin + 52, y)
        pdf.set_font("DejaVu", "", 10.5)
        pdf.multi_cell(W - 52, 5.4, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.5)

    para("LONDON BOROUGH OF ELMBURY & STANWICK", 13, "B", 5)
    labelled("Report to:", COMMITTEE)
    labelled("Date:", "18/11/2025")
    labelled("Subject:", "Home Care Recommissioning \u2013 Co-production Update")
    labelled("Report of:", "Councillor Fiona Attwater, Cabinet Member for Health and Adult Social Care")
    labelled("Report author:", "Ruth Calder, Head of Commissioning, Adult Social Care")
    labelled("Responsible Director:", "Julian Ashdown, Strategic Director of Social Care")
    pdf.ln(3)

    heading("SUMMARY")
    para("The Council\u2019s current home care contracts end on 30 June 2026. Since November 2024 the Council "
         "has worked with disabled residents, carers and care workers to design the service that will "
         "replace them. This report sets out what residents told us, the service model that the "
         "co-production group has agreed, and the timetable for the procurement, which will lead to a "
         "Cabinet decision on the award of contracts in February 2026.")
    para("The new model keeps home care free of charge for everyone who is assessed as eligible, a "
         "commitment that the Council made in 2015 and that no other London borough offers.")

    heading("RECOMMENDATIONS")
    numbered("1.", "That the Committee notes and comments on the proposed service model for home care set "
                   "out in paragraph 4.3.")
    numbered("2.", "That the Committee considers whether it wishes to make any recommendations to Cabinet "
                   "ahead of the contract award decision in February 2026.")
    labelled("Wards Affected:", "All")
    pdf.ln(3)

    # Values table
    values = [
        ("Our Values", "Summary of how this report aligns to the E&S Values"),
        ("Building shared prosperity", "The model requires every provider to pay the London Living Wage, "
         "including for travel time, to a workforce that is largely made up of local residents."),
        ("Creating a compassionate council", "Home care remains free at the point of use for all eligible "
         "residents."),
        ("Doing things with residents, not to them", "The service specification was written with, and "
         "signed off by, the Home Care Co-production Group."),
        ("Being ruthlessly financially efficient", "A patch-based model reduces travel time between visits "
         "and the number of contracts to be managed."),
        ("Taking pride in Elmbury & Stanwick", "Care workers will be based in the patches they serve."),
        ("Rising to the challenge of the climate and ecological emergency", "Providers will be asked to "
         "move to electric vehicles and e-bikes over the life of the contract."),
    ]
    col1 = 62
    for i, (a, b) in enumerate(values):
        style = "B" if i == 0 else ""
        pdf.set_font("DejaVu", style, 9.5)
        lines_a = pdf.multi_cell(col1 - 2, 5, a, dry_run=True, output="LINES", align="L")
        lines_b = pdf.multi_cell(W - col1 - 2, 5, b, dry_run=True, output="LINES", align="L")
        h = 5 * max(len(lines_a), len(lines_b)) + 2
        if pdf.get_y() + h > pdf.h - 22:
            pdf.add_page()
        y = pdf.get_y()
        if i == 0:
            pdf.set_fill_color(220, 225, 235)
            pdf.rect(pdf.l_margin, y, W, h, style="F")
        pdf.rect(pdf.l_margin, y, col1, h)
        pdf.rect(pdf.l_margin + col1, y, W - col1, h)
        pdf.set_xy(pdf.l_margin + 1, y + 1)
        pdf.multi_cell(col1 - 2, 5, a, align="L")
        pdf.set_xy(pdf.l_margin + col1 + 1, y + 1)
        pdf.multi_cell(W - col1 - 2, 5, b, align="L")
        pdf.set_xy(pdf.l_margin, y + h)
    pdf.ln(5)

    heading("Financial Impact")
    para("The current annual spend on commissioned home care is \u00a321.6 million. The proposed model is "
         "expected to cost \u00a322.4 million a year, the increase reflecting payment for travel time. This "
         "will be met from the adult social care budget for 2026/27, which includes provision for the "
         "market sustainability grant.")
    para("Verified by: Marcus Ford, Head of Finance (Social Care), 3 November 2025", 9.5)
    heading("Legal Implications")
    para("The Provider Selection Regime does not apply to social care, and the procurement will be "
         "carried out under the light-touch regime in the Procurement Act 2023. "
         "Contract Standing Orders require a Cabinet decision for contracts of this value.")
    para("Verified by: Angela Brook, Chief Solicitor (Contracts), 4 November 2025", 9.5)
    heading("Background Papers Used in Preparing This Report")
    para("None.")

    heading("DETAILED ANALYSIS")
    heading("Background")
    numbered("1.1", "Around 1,150 residents receive home care arranged by the Council, most of them older "
                    "people and working-age disabled residents. Care is currently delivered by nine "
                    "providers under contracts let in 2019, which were extended in 2024.")
    numbered("1.2", "Residents and care workers have told us that the current arrangements, with short "
                    "visits and several providers working in the same streets, make it hard to build "
                    "relationships and leave too little time for travel.")
    heading("Co-production")
    numbered("2.1", "The Home Care Co-production Group, made up of 14 residents who use home care, carers "
                    "and two care workers, met eleven times between November 2024 and October 2025. The "
                    "wider engagement reached 312 residents and carers through surveys, workshops and "
                    "home visits.")
    numbered("2.2", "The questions most often put to us during the engagement, and our responses, were:")

    qa = [
        ("Will I keep the same care worker?",
         "Continuity of care worker will be measured in every contract, with a target that at least 80 "
         "per cent of visits are made by a resident\u2019s regular care worker."),
        ("Will I have to start paying for my care?",
         "No. Home care will stay free for every resident who is assessed as eligible."),
        ("Why not run the service directly?",
         "An options appraisal found that direct delivery would cost around \u00a33.2 million a year more. "
         "The reablement service will stay with the Council and the option will be reviewed."),
        ("How will you know care workers are paid properly?",
         "Providers will send payroll evidence every quarter as part of contract monitoring."),
    ]
    col1 = 60
    pdf.set_font("DejaVu", "B", 9.5)
    rows = [("What residents asked", "Our response")] + qa
    for i, (a, b) in enumerate(rows):
        pdf.set_font("DejaVu", "B" if i == 0 else "", 9.5)
        la = pdf.multi_cell(col1 - 2, 5, a, dry_run=True, output="LINES", align="L")
        lb = pdf.multi_cell(W - col1 - 2, 5, b, dry_run=True, output="LINES", align="L")
        h = 5 * max(len(la), len(lb)) + 2
        if pdf.get_y() + h > pdf.h - 22:
            pdf.add_page()
        y = pdf.get_y()
        pdf.rect(pdf.l_margin, y, col1, h)
        pdf.rect(pdf.l_margin + col1, y, W - col1, h)
        pdf.set_xy(pdf.l_margin + 1, y + 1)
        pdf.multi_cell(col1 - 2, 5, a, align="L")
        pdf.set_xy(pdf.l_margin + col1 + 1, y + 1)
        pdf.multi_cell(W - col1 - 2, 5, b, align="L")
        pdf.set_xy(pdf.l_margin, y + h)
    pdf.ln(5)

    heading("Proposed service model")
    numbered("4.1", "The co-production group agreed the following principles on 28 October 2025.")
    numbered("4.2", "The service will be commissioned on a patch basis, so that each neighbourhood has one "
                    "lead provider responsible for all home care in its area.")
    numbered("4.3", "The proposed model will: (a) divide the borough into four patches, each with a single "
                    "lead provider; (b) require all providers to pay the London Living Wage, including for "
                    "travel time between visits; (c) replace fixed 15 minute visits with outcome-based "
                    "support plans agreed with each resident; and (d) keep home care free of charge for "
                    "all residents who are assessed as eligible.")
    heading("Next steps")
    numbered("5.1", "The tender will be published in December 2025, with bids evaluated by officers and "
                    "members of the co-production group in January 2026. Cabinet will be asked to award "
                    "the contracts on 2 February 2026, and the new service will start on 1 July 2026.")
    numbered("5.2", "Questions the Committee may wish to consider: Does the model reflect what residents "
                    "have told us? Are the proposed performance measures the right ones? How should the "
                    "Committee monitor the new contracts once they are in place?")
    heading("Risk Management Implications")
    para("The main risk is a change of provider for some residents. A transition plan will be agreed with "
         "each resident affected. Risk Management comments provided by David Rowe, Head of Audit and Risk, "
         "4 November 2025.")
    heading("Equality Implications")
    para("An Equality Impact Assessment has been completed and is available on request. The proposals are "
         "expected to have a positive impact on older and disabled residents.")
    heading("LIST OF APPENDICES")
    para("Appendix 1 \u2013 Home Care Co-production Group report (published separately)")
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MIN_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-11-18",
    "items": [{"number": num, "title": title} for num, title, *_ in ITEMS],
    "questions": [
        q("1", "question", "which had been requested at the last meeting would be circulated",
          "Margaret Dunleavy", "confirmed that it would be sent to members by the end of November",
          "Julian Ashdown", ["mental-health"]),
        q("4", "question", "asked how many residents had been delayed in hospital last winter",
          "Councillor Donna Whitlock", "had fallen from an average of 14 a week in January 2025",
          "Julian Ashdown", ["adult-social-care"]),
        q("4", "concern", "expressed concern that the escalation beds would be staffed largely by agency nurses",
          "Margaret Dunleavy", "the Trust had recruited 38 nurses through its international recruitment programme",
          "Dr Kieran Moss", ["workforce", "finance"]),
        q("4", "question", "noted that vaccination uptake among care home staff in the borough",
          "Councillor Hugh Calloway", "clinics in every care home during November and December",
          "Dr Sunita Varma", ["public-health", "adult-social-care", "workforce"]),
        q("4", "question", "asked whether personal assistants employed by disabled residents through direct payments",
          "Ade Olowe", "confirmed that personal assistants were eligible as frontline care workers",
          "Dr Varma", ["public-health", "adult-social-care"]),
        q("4", "question", "asked whether the ICB would publish telephone answering data for each practice",
          "Councillor Tomasz Orzel", "data on call volumes was published monthly by NHS England",
          "Lorraine Feld", ["primary-care"]),
        q("4", "request", "requested that the Think Pharmacy First materials be made available in Easy Read",
          "Ade Olowe", None, None, ["primary-care"]),
        q("5", "question", "could guarantee that the new hospital would have no fewer beds",
          "Margaret Dunleavy", "the outline business case assumed 402 inpatient beds compared with 361 today",
          "Simon Thackeray", []),
        q("5", "question", "asked whether any part of the scheme would be financed by the private sector",
          "Councillor Hugh Calloway",
          "the build would be funded entirely from public capital through the New Hospital Programme",
          "Simon Thackeray", ["privatisation", "finance"]),
        q("5", "question", "whether disabled residents would be involved in the design of the new outpatient areas",
          "Ade Olowe", "a design reference group of patients carers and residents would be set up",
          "Simon Thackeray", ["patient-and-public-input"]),
        q("5", "question", "sought clarification on the cost of maintaining the existing buildings",
          "Councillor Donna Whitlock",
          "was being spent on critical infrastructure including the roof of the Kendrew Wing",
          "Dr Kieran Moss", ["finance"]),
        q("5", "question", "what arrangements would be made for parking and construction traffic on Ferrier Road",
          "Councillor Tomasz Orzel", None, None, []),
        q("5", "question", "had not consulted residents before deciding to demolish the former nurses",
          "Mr Desmond Harte", "the building did not meet modern fire safety standards",
          "Simon Thackeray", ["patient-and-public-input", "housing"]),
        q("6", "concern", "expressed concern that residents could still see several different care workers in a week",
          "Ade Olowe", "continuity would be a key performance indicator in each contract",
          "Ruth Calder", ["adult-social-care", "subcontracting", "workforce"]),
        q("6", "question", "asked whether the Council had considered bringing home care back",
          "Councillor Hugh Calloway", "replied that an options appraisal had been carried out",
          "Councillor Attwater", ["privatisation", "subcontracting", "adult-social-care", "finance"]),
        q("6", "question", "check that care workers were actually paid for their travel time",
          "Councillor Donna Whitlock", "providers would be required to submit payroll evidence each quarter",
          "Ruth Calder", ["workforce", "subcontracting", "adult-social-care"]),
        q("6", "request", "the results of the care worker survey be shared with the Committee",
          "Margaret Dunleavy", "Julian Ashdown agreed to circulate the results to members",
          "Julian Ashdown", ["workforce", "patient-and-public-input"]),
        q("6", "comment", "welcomed the commitment that home care would remain free of charge",
          "Councillor Tomasz Orzel", None, None, ["adult-social-care", "finance"]),
        q("7", "question", "what was being done about shops selling vapes to children near schools",
          "Councillor Donna Whitlock", "trading standards officers had carried out 46 test purchases in the past year",
          "Dr Varma", ["public-health", "children-and-families"]),
        q("7", "question", "asked about the gap in life expectancy between the most and least deprived wards",
          "Councillor Hugh Calloway", "smoking accounted for around a third of the difference",
          "Dr Varma", ["public-health"]),
        q("7", "concern", "Concerns were expressed about the reduction in the public health grant",
          None, "remained around a quarter lower in real terms than in",
          "Dr Varma", ["public-health", "finance"]),
    ],
    "resolutions": [
        r("1", "meeting held on 16 September 2025 were agreed as an accurate record",
          "agreed", []),
        r("4", "an update on winter performance be brought to the meeting on 10 March 2026", "agreed", []),
        r("5", "seeking a firm commitment to a start date for the main construction works", "agreed", []),
        r("6", "noted the report and endorsed the proposed service model", "agreed",
          ["adult-social-care", "subcontracting"]),
        r("7", "The Committee noted the annual report and thanked Dr Varma and her team", "noted",
          ["public-health"]),
        r("8", "an item on access to GP appointments be added for the meeting", "agreed", ["primary-care"]),
        r("9", "The Committee noted the dates of the remaining meetings in the municipal year", "noted", []),
    ],
    "attendees": [
        a("Priya Ramsden", "Chair", "present"),
        a("Hugh Calloway", None, "present"),
        a("Donna Whitlock", None, "present"),
        a("Tomasz Orzel", None, "present"),
        a("Margaret Dunleavy", "Save Our Stanwick Hospitals", "present"),
        a("Ade Olowe", "Elmbury Disability Action", "present"),
        a("Councillor Fiona Attwater", "Cabinet Member for Health and Adult Social Care", "in_attendance"),
        a("Julian Ashdown", "Strategic Director of Social Care", "in_attendance"),
        a("Dr Sunita Varma", "Director of Public Health", "in_attendance"),
        a("Grace Adebisi", "Assistant Director, Independent Living", "in_attendance"),
        a("Ruth Calder", "Head of Commissioning, Adult Social Care", "in_attendance"),
        a("Carl Henshaw", "Committee Coordinator", "in_attendance"),
        a("Lorraine Feld", "Borough Director, Western Thames Integrated Care Board", "in_attendance"),
        a("Dr Kieran Moss", "Chief Medical Officer, Elmbury & Stanwick Healthcare NHS Trust", "in_attendance"),
        a("Simon Thackeray", "Director of Redevelopment, Elmbury & Stanwick Healthcare NHS Trust",
          "in_attendance"),
        a("Councillor Benedict Crane", None, "apologies"),
        a("Vera Lindqvist", "Healthwatch Elmbury & Stanwick", "apologies"),
    ],
}

REPORT_GOLD = {"document": REP_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MIN_NAME).write_text(build_minutes_html(), encoding="utf-8")
    build_report_pdf(DOCS / REP_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
    print("wrote", DOCS / MIN_NAME, DOCS / REP_NAME, sep="\n  ")


_PUNCT = set(string.punctuation) | set("\u2018\u2019\u201c\u201d\u2013\u2014\u00b7\u2026")


def norm(s: str) -> str:
    s = s.lower()
    s = "".join(ch for ch in s if ch not in _PUNCT)
    return " ".join(s.split())


def doc_text(path: Path) -> str:
    if path.suffix == ".html":
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text()
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [para.text for para in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def check() -> int:
    bad = 0
    for gfile in sorted(GOLD.glob("kc-*.json")):
        gold = json.loads(gfile.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        text = norm(doc_text(doc))
        if not text:
            print(f"EMPTY TEXT: {doc.name}")
            bad += 1
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n_words = len(norm(ph).split())
            count = text.count(norm(ph))
            if count != 1 or not 6 <= n_words <= 15:
                print(f"BAD {gfile.name} {kind}: {ph!r} occurs {count} times, {n_words} words")
                bad += 1
        print(f"{gfile.name}: {len(phrases)} phrases checked, {len(text.split())} words in document")
    print("check passed" if not bad else f"check FAILED ({bad})")
    return 1 if bad else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
