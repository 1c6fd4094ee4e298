#!/usr/bin/env python3
"""Build the "md-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_md.py           build documents/md-* and gold/md-*.json
        build_md.py --check   verify every gold phrase occurs once in its document
"""
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

MINUTES_NAME = "md-frayhurst-health-social-care-select-committee-2025-01-15.html"
REPORT_NAME = "md-frayhurst-hospital-discharge-winter-pressures-report.docx"

# ---------------------------------------------------------------------------
# The minutes: a ModernGov "Agenda and minutes" page saved from the browser
# ---------------------------------------------------------------------------

HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agenda and minutes - Health and Social Care Select Committee - Wednesday, 15th January, 2025 6.30 pm | London Borough of Frayhurst</title>
<link rel="stylesheet" type="text/css" href="./Agenda%20and%20minutes_files/ssMgStyles.css">
<link rel="stylesheet" type="text/css" href="./Agenda%20and%20minutes_files/frayhurst-main.css">
<script src="./Agenda%20and%20minutes_files/mgScripts.js"></script>
</head>
<body class="mgBody">
<!-- saved from url=(0083)https://modgov.frayhurst.gov.uk/ieListDocuments.aspx?CId=322&amp;MId=5187&amp;Ver=4 -->
<a class="skip-link" href="#modgov">Skip to main content</a>
<div id="cookie-notice" class="cookie-banner" role="region" aria-label="Cookie notice">
<p>We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use the site and improve our services.</p>
<p><button type="button">Accept additional cookies</button> <button type="button">Reject additional cookies</button> <a href="https://www.frayhurst.gov.uk/cookies">View cookies</a></p>
</div>
<header class="site-header">
<div class="site-header__logo"><a href="https://www.frayhurst.gov.uk/"><img src="./Agenda%20and%20minutes_files/frayhurst-logo.svg" alt="London Borough of Frayhurst - homepage"></a></div>
<form class="site-search" action="https://www.frayhurst.gov.uk/search"><label for="q">Search this site</label> <input id="q" name="q" type="search"> <button type="submit">Search</button></form>
<nav class="site-nav" aria-label="Main menu">
<ul>
<li><a href="https://www.frayhurst.gov.uk/bins-and-recycling">Bins and recycling</a></li>
<li><a href="https://www.frayhurst.gov.uk/council-tax">Council Tax</a></li>
<li><a href="https://www.frayhurst.gov.uk/housing">Housing</a></li>
<li><a href="https://www.frayhurst.gov.uk/parking">Parking</a></li>
<li><a href="https://www.frayhurst.gov.uk/planning">Planning and building control</a></li>
<li><a href="https://www.frayhurst.gov.uk/social-care">Social care and health</a></li>
<li><a href="https://www.frayhurst.gov.uk/council-and-democracy">Council and democracy</a></li>
</ul>
</nav>
</header>
<div class="breadcrumb"><ul>
<li><a href="https://www.frayhurst.gov.uk/">Home</a></li>
<li><a href="https://www.frayhurst.gov.uk/council-and-democracy">Council and democracy</a></li>
<li><a href="mgListCommittees.aspx?bcr=1">Committee structure</a></li>
<li><a href="mgCommitteeDetails.aspx?ID=322">Health and Social Care Select Committee</a></li>
<li>Meeting</li>
</ul></div>
<div id="modgov"><div class="mgContent">
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Health and Social Care Select Committee - Wednesday, 15th January, 2025 6.30 pm</h2></div>
<div class="mgLinks"><ul>
<li><a href="mgIssueHistoryHome.aspx?IId=0&amp;MId=5187">Issue history</a></li>
<li><a href="mgMeetingAttendance.aspx?ID=5187">Attendance details</a></li>
<li><a href="ieListDocuments.aspx?CId=322&amp;MId=5187&amp;Ver=4&amp;Info=1">Meeting information</a></li>
<li><a href="mgCommitteeDetails.aspx?ID=322">Committee details</a></li>
<li><a href="javascript:window.print()">Print this page</a></li>
</ul></div>
<div class="mgSectionTitle"><h2>Documents</h2></div>
<ul class="mgBulletList">
<li><a href="documents/g5187/Agenda%20frontsheet%2015th-Jan-2025%2018.30%20Health%20and%20Social%20Care%20Select%20Committee.pdf?T=0">Agenda frontsheet</a> <span class="mgFileSize">PDF 164 KB</span></li>
<li><a href="documents/g5187/Public%20reports%20pack%2015th-Jan-2025%2018.30%20Health%20and%20Social%20Care%20Select%20Committee.pdf?T=10">Public reports pack</a> <span class="mgFileSize">PDF 3 MB</span></li>
<li><a href="documents/g5187/Printed%20minutes%2015th-Jan-2025%2018.30%20Health%20and%20Social%20Care%20Select%20Committee.pdf?T=1">Printed minutes</a> <span class="mgFileSize">PDF 251 KB</span></li>
</ul>
<p><span class="mgLabel">Venue: </span>Committee Room 5 - Civic Centre, High Street, Frayhurst. <a href="mgLocationDetails.aspx?RID=17">View directions</a></p>
<p><span class="mgLabel">Contact: </span>Nina Castellan&nbsp; Democratic Services Officer, 01632 960418 Email: <a href="mailto:democratic@frayhurst.gov.uk">democratic@frayhurst.gov.uk</a></p>
<div class="mgSectionTitle"><h2>Media</h2></div>
<p class="mgWebcast"><a href="https://frayhurst.public-i.example/core/portal/webcast_interactive/861204">This meeting was webcast - view the recording</a></p>
<div class="mgSectionTitle"><h2>Attendance</h2></div>
<div class="mgAttendance">
<p><strong>Committee Members Present:</strong><br>
Councillors Owen Pargeter (Chair), Lakhvinder Sohal (Vice-Chair), Denise Ockwell (Opposition Lead), Amelia Brackley, Farhan Qureshi, Graham Tennick and Rupinder Mathaura</p>
<p><strong>Also Present:</strong><br>
Councillor Margaret Stoneleigh - Cabinet Member for Health and Social Care<br>
Dr Helena Marchbank - Borough Director, Frayhurst Health and Care Partners<br>
Paul Everdene - Director of Operations, The Frayhurst Hospitals NHS Foundation Trust<br>
Joanne Tellwright - Chief Executive, Healthwatch Frayhurst<br>
Rosalind Fairweather - Independent Chair, Frayhurst Safeguarding Adults Partnership Board<br>
Dr Anil Ravindran - Clinical Director, North Frayhurst Primary Care Network<br>
Corinne Lathbury - Chief Executive, Frayhurst GP Federation</p>
<p><strong>LBF Officers Present:</strong><br>
Kelvin Ashdown (Corporate Director of Adult Social Care and Health), Sarah Mulvane (Director of Adult Social Care Provider Services), Imran Dhaliwal (Head of Finance - Social Care and Health), Lorraine Beckwith (Head of Safeguarding, Quality and Partnerships) and Nina Castellan (Democratic Services Officer)</p>
</div>
<div class="mgSectionTitle"><h2>Items</h2></div>
<table class="mgItemTable" summary="Table of items">
<tr><th class="mgItemNumberHeader" scope="col">No.</th><th class="mgItemHeader" scope="col">Item</th></tr>
"""

FOOT = """</table>
<div class="mgWordPara">
<p>The meeting, which commenced at 6.30 pm, closed at 9.07 pm.</p>
<p>These are the minutes of the above meeting.&nbsp; For more information on any of the resolutions please contact Nina Castellan on 01632 960418 or via email at <a href="mailto:democratic@frayhurst.gov.uk">democratic@frayhurst.gov.uk</a>.&nbsp; Circulation of these minutes is to Councillors, Officers, the Press and Members of the Public.</p>
</div>
<div class="mgFooter"><p class="mgLastUpdated">This page was last updated 29 January 2025 at 11:42</p></div>
</div></div>
<footer class="site-footer">
<ul>
<li><a href="https://www.frayhurst.gov.uk/contact-us">Contact us</a></li>
<li><a href="https://www.frayhurst.gov.uk/accessibility">Accessibility statement</a></li>
<li><a href="https://www.frayhurst.gov.uk/privacy">Privacy notice</a></li>
<li><a href="https://www.frayhurst.gov.uk/cookies">Cookies</a></li>
</ul>
<p>London Borough of Frayhurst, Civic Centre, High Street, Frayhurst. Telephone 01632 960000</p>
<p>&copy; London Borough of Frayhurst 2025</p>
</footer>
</body>
</html>
"""


def item(number, title, docs, minutes_html, background=True, extra_docs=None):
    """One row of the ModernGov items table."""
    out = ['<tr>',
           f'<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{number}.</p></td>',
           '<td>',
           f'<p class="mgAiTitleTxt"><a name="AI{number}"></a>{title}</p>']
    for label, size in docs:
        out.append(f'<p class="mgAiTitleTxt"><a href="documents/s{70000 + int(number) * 13}/{label.replace(" ", "%20")}.pdf">'
                   f'{label}</a> <span class="mgFileSize">PDF {size}</span></p>')
    if extra_docs:
        out.append('<p class="mgAiTitleTxt">Additional documents:</p><ul class="mgActionList">')
        for label, size in extra_docs:
            out.append(f'<li><a href="documents/s{70001 + int(number) * 13}/{label.replace(" ", "%20")}.pdf">{label}</a>'
                       f' <span class="mgFileSize">PDF {size}</span></li>')
        out.append('</ul>')
    if background:
        out.append(f'<p class="mgAiTitleTxt"><a href="mgIssueHistoryHome.aspx?IId={41200 + int(number)}">View the background to item {number}.</a></p>')
    out.append('<div class="mgSubItemTitleTxt"><strong>Minutes:</strong></div>')
    out.append('<div class="mgWordPara">')
    out.append(minutes_html.strip())
    out.append('</div>')
    out.append('</td></tr>')
    return "\n".join(out) + "\n"


ITEMS = []

ITEMS.append(item("41", "Apologies for Absence and to Report the Presence of any Substitute Members", [], """
<p>Apologies for absence were received from Councillor Colin Asquith, with Councillor Rupinder Mathaura substituting.&nbsp; Apologies were also received from Mr Tom Vaisey, Chief Operating Officer at The Frayhurst Hospitals NHS Foundation Trust (FHFT), who was represented by Mr Paul Everdene.</p>
""", background=False))

ITEMS.append(item("42", "Declarations of Interest in Matters Coming Before this Meeting", [], """
<p>Councillor Amelia Brackley declared a non-pecuniary interest in Agenda Item 7 - Single Meeting Review: Access to GP Services, as she was a member of the patient participation group at the Pinnock Lane Surgery.&nbsp; She remained in the room during the consideration thereof.</p>
""", background=False))

ITEMS.append(item("43", "Minutes of the previous meeting - 20 November 2024", [("Minutes 20 November 2024", "198 KB")], """
<p><strong>RESOLVED:</strong>&nbsp; That the minutes of the meeting held on 20 November 2024 be agreed as a correct record.</p>
""", background=False))

ITEMS.append(item("44", "To confirm that the items of business marked as Part I will be considered in public and that the items marked Part II will be considered in private", [], """
<p><strong>RESOLVED:</strong>&nbsp; That all items of business be considered in public.</p>
""", background=False))

ITEMS.append(item("45", "Cabinet's Budget Proposals for Next Financial Year - 2025/26", [("Budget Proposals 2025-26 - HSC Select Committee", "386 KB")], """
<p>Mr Imran Dhaliwal, Head of Finance - Social Care and Health, introduced the report which set out the draft revenue budget and capital programme proposals for the services within the remit of the Committee.&nbsp; It was noted that Cabinet had considered the draft budget at its meeting on 19 December 2024 and that the proposals were now subject to consultation, with the final budget due to be considered by Cabinet on 13 February 2025 and by full Council on 27 February 2025.&nbsp; The proposals for the Adult Social Care and Health directorate included growth of £9.2 million to meet demographic and inflationary pressures, including the increase in employers' National Insurance contributions from April 2025, together with savings proposals totalling £3.4 million, the largest of which related to the review of high cost placements for working age adults and the further expansion of the Council's in-house reablement service.</p>
<p>Members queried how confident officers were that the savings could be delivered in full, given that some of the savings agreed for 2024/25 had slipped.&nbsp; Mr Dhaliwal advised that each of the savings proposals had a named lead officer and a delivery plan, and that progress would be reported to Cabinet each month as part of the budget monitoring report.&nbsp; Where savings had slipped in 2024/25, this had largely been as a result of the delayed implementation of the new case management system, which was now in place.</p>
<p>Concern was expressed about the impact of the increase in employers' National Insurance contributions on the home care and residential care providers that the Council commissioned, many of which were small local businesses.&nbsp; Mr Kelvin Ashdown, Corporate Director of Adult Social Care and Health, advised that officers had met with providers in December 2024 and would be considering the hourly rates paid to home care providers as part of the annual fee uplift process in March 2025.&nbsp; Members were advised that the care market in the Borough was currently stable, although two small providers had handed back packages of care during the autumn.</p>
<p>A Member asked whether the proposed increase in the weekly charge for the Telecare community alarm service, from £4.10 to £4.95, would deter older residents from taking up the service.&nbsp; Councillor Margaret Stoneleigh, Cabinet Member for Health and Social Care, advised that the charge remained below that of neighbouring boroughs, that residents in receipt of means-tested benefits would continue to be exempt from the charge and that take-up would be monitored following the increase.</p>
<p>Members sought clarification on the level of reserves available should demand for adult social care exceed the budget during the year.&nbsp; It was confirmed that the draft budget included a corporate contingency of £2.5 million and that the Council's General Fund balances were projected to remain within the range recommended by the Corporate Director of Finance.</p>
<p>Councillor Ockwell commented that the budget consultation had not been well publicised and that few residents would be aware that they were able to comment on the proposals affecting adult social care.</p>
<p><strong>RESOLVED:</strong>&nbsp; That the Health and Social Care Select Committee:</p>
<ol>
<li>noted the budget projections contained in the report; and</li>
<li>delegated authority to the Democratic Services Officer, in consultation with the Chair and the Opposition Lead, to agree the Committee's comments on the draft budget proposals for submission to Cabinet.</li>
</ol>
""", extra_docs=[("Appendix A - Draft Revenue Budget 2025-26 - Adult Social Care and Health", "142 KB"),
                 ("Appendix B - Fees and Charges 2025-26", "97 KB")]))

ITEMS.append(item("46", "Hospital Discharge and Winter Pressures Update", [("Hospital Discharge and Winter Pressures - cover report", "161 KB")], """
<p>The Chair welcomed those present to the meeting.</p>
<p>Dr Helena Marchbank, Borough Director at Frayhurst Health and Care Partners (FHCP), advised that the local health and care system had experienced a very challenging start to the winter, with a sharp rise in flu admissions over the Christmas period and record numbers of attendances at the Urgent Treatment Centre at Frayhurst Hospital.&nbsp; Mr Paul Everdene, Director of Operations at FHFT, advised that the Trust had opened 22 additional escalation beds and that the average number of patients with no criteria to reside had reduced from 61 in January 2024 to 42 in the first week of January 2025.&nbsp; The joint transfer of care hub, which brought together discharge co-ordinators from the Trust and the Council's social work and brokerage teams, had been operating seven days a week since October 2024 and most patients on pathway 1 were now discharged within 48 hours of being ready to leave.</p>
<p>Members asked about the length of time that patients were waiting in the Emergency Department before being admitted to a ward.&nbsp; Mr Everdene advised that 12 hour waits from the decision to admit had risen over the Christmas period but had since fallen, and that the Trust had introduced a new "fit to sit" area to release cubicle space for the most unwell patients.&nbsp; Members queried whether patients were being discharged before they were ready in order to free up beds.&nbsp; It was noted that discharge decisions were clinical decisions and that readmission rates within 30 days had remained stable at around 9%.</p>
<p>Concern was raised about the number of residents who were being discharged to care homes outside of the Borough because suitable placements could not be found locally, which made it difficult for families to visit.&nbsp; Mr Ashdown advised that the Council was working with local care home providers to increase the number of nursing beds available in the Borough and that the proportion of placements from hospital made outside of the Borough had fallen from 31% to 24% over the last year.&nbsp; He acknowledged that this figure remained too high.</p>
<p>Councillor Qureshi asked what impact the shortage of domiciliary care workers had on the ability to discharge patients promptly.&nbsp; Ms Sarah Mulvane, Director of Adult Social Care Provider Services, advised that there was currently no waiting list for home care in the Borough and that the in-house reablement service had recruited eleven additional staff since the summer, which had increased its capacity by around 15%.&nbsp; However, the recruitment of staff who were able to drive remained difficult in the south of the Borough.</p>
<p>Members asked Ms Tellwright about the feedback that Healthwatch Frayhurst had received from patients and carers on their experience of being discharged.&nbsp; Ms Joanne Tellwright, Chief Executive of Healthwatch Frayhurst, advised that the most common concerns had been a lack of information about what would happen after discharge and medication not being ready on the day, and that Healthwatch would be publishing a report on its Enter and View visit to the discharge lounge in March 2025.</p>
<p>Members queried why uptake of the flu vaccine amongst care home staff remained low.&nbsp; Dr Marchbank advised that uptake amongst care home staff currently stood at 28% and that the ICB had funded roving vaccination clinics, although it was recognised that some staff remained reluctant to be vaccinated.</p>
<p>The Committee requested that a breakdown of the reasons for delayed discharges, by pathway, be provided to Members before the next meeting.</p>
<p>The Committee agreed that Members would undertake a site visit to the joint transfer of care hub at Frayhurst Hospital in the spring.</p>
<p><strong>RESOLVED:</strong>&nbsp; That the update and the discussion be noted.</p>
""", extra_docs=[("FHCP Winter Update - presentation", "1 MB")]))

ITEMS.append(item("47", "Frayhurst Safeguarding Adults Partnership Board Annual Report 2023/24", [("FSAPB Annual Report 2023-24 - cover report", "149 KB")], """
<p>Ms Rosalind Fairweather, Independent Chair of the Frayhurst Safeguarding Adults Partnership Board (FSAPB), introduced the Board's annual report for 2023/24.&nbsp; The Board had received 2,146 safeguarding concerns during the year, an increase of 11% on the previous year, of which 612 had progressed to an enquiry under section 42 of the Care Act 2014.&nbsp; Neglect and acts of omission remained the most common type of abuse, followed by self-neglect and financial abuse, and the most common location of risk continued to be the person's own home.</p>
<p>Members asked why the proportion of concerns that progressed to a section 42 enquiry was lower than in neighbouring boroughs.&nbsp; Ms Fairweather advised that it had asked for an audit of decisions made at the front door and that this had found that decisions had been appropriate in the large majority of cases, although the recording of the reasons for decisions needed to improve.</p>
<p>A Member noted that two Safeguarding Adults Reviews had been published during the year and asked how the Board assured itself that the learning had been embedded in practice.&nbsp; Ms Fairweather advised that each review had an action plan that was monitored by the Board's Learning and Review sub-group, and that practitioner briefings had been attended by over 400 staff across the partnership.</p>
<p>Concern was expressed that a significant number of concerns had been raised in respect of a small number of care homes in the north of the Borough.&nbsp; Mr Ashdown advised that the Council's quality assurance team was working closely with the Care Quality Commission and that one of the homes was currently subject to a suspension of new placements.</p>
<p>Councillor Tennick asked whether residents knew how to report a safeguarding concern, particularly those whose first language was not English.&nbsp; Ms Lorraine Beckwith, Head of Safeguarding, Quality and Partnerships, advised that the Board's awareness campaign in November 2024 had included leaflets in the five most commonly spoken community languages and that the Board would be working with faith groups during 2025.</p>
<p><strong>RESOLVED:</strong>&nbsp; That the Frayhurst Safeguarding Adults Partnership Board Annual Report 2023/24 be noted.</p>
""", extra_docs=[("Appendix 1 - FSAPB Annual Report 2023-24", "2 MB")]))

ITEMS.append(item("48", "Single Meeting Review: Access to GP Services - Witness Session", [("Access to GP Services - witness session report", "204 KB")], """
<p>The Chair advised that, at its meeting on 17 September 2024, the Committee had agreed to undertake a single meeting review of access to GP services in the Borough and that this meeting would be its witness session.&nbsp; Ms Corinne Lathbury, Chief Executive of the Frayhurst GP Federation, advised that the Borough's 41 GP practices had provided over 1.3 million appointments in 2023/24, an increase of 6% on the previous year, although the number of fully qualified GPs per head of population remained below the London average.&nbsp; Dr Anil Ravindran, Clinical Director of the North Frayhurst Primary Care Network (PCN), advised that practices in his PCN had introduced a total triage model during 2024 so that every request was reviewed by a clinician on the day that it was received.</p>
<p>Members asked what proportion of patients were able to obtain an appointment within two weeks of contacting their practice.&nbsp; Dr Ravindran advised that 84% of appointments in the Borough had taken place within two weeks of being booked and 44% on the same day, although this varied significantly between practices.</p>
<p>Concern was expressed by several Members that residents continued to report difficulty in getting through to their practice by telephone at 8am.&nbsp; Ms Lathbury advised that all but three of the practices in the Borough had now moved to new telephone systems which allowed patients to request a call back rather than waiting in a queue.</p>
<p>Councillor Brackley asked how practices were using the additional roles, such as clinical pharmacists and physician associates, and whether patients understood who they would be seeing.&nbsp; Dr Ravindran advised that his PCN now employed 38 staff through the Additional Roles Reimbursement Scheme and that patients were told at the point of booking which type of clinician they would see.</p>
<p>A Member asked whether the new housing developments planned for the Vennings Park estate had been taken into account when planning for primary care capacity.&nbsp; Ms Lathbury advised that the ICB was working with the Council's planning team to secure developer contributions towards an expansion of the Vennings Park Health Centre, but that no funding had yet been agreed.</p>
<p>Councillor Mathaura commented that the increasing use of online consultation tools risked excluding older residents and those without access to the internet.&nbsp; Ms Lathbury acknowledged this and advised that practices were required to offer the same level of access by telephone and in person as online.</p>
<p>The Chair thanked the witnesses for attending.</p>
<p><strong>RESOLVED:</strong>&nbsp; That:</p>
<ol>
<li>the evidence received be noted; and</li>
<li>the Democratic Services Officer, in conjunction with the Chair and the Opposition Lead, prepare a draft final report for consideration at the Committee's next meeting.</li>
</ol>
"""))

ITEMS.append(item("49", "Cabinet Forward Plan Monthly Monitoring", [("Cabinet Forward Plan - January 2025", "210 KB")], """
<p>Consideration was given to the Cabinet Forward Plan.&nbsp; A Member asked when the decision on the recommissioning of the carers' support service would be taken, as the current contract was due to expire in September 2025.&nbsp; It was noted that the decision was now scheduled for the Cabinet meeting on 20 March 2025.</p>
<p><strong>RESOLVED:</strong>&nbsp; That the Cabinet Forward Plan be noted.</p>
""", background=False))

ITEMS.append(item("50", "Work Programme", [("Work Programme - January 2025", "188 KB")], """
<p>Consideration was given to the Committee's Work Programme.&nbsp; Members noted that the final report of the single meeting review into access to GP services would be considered at the meeting on 12 March 2025.</p>
<p><strong>RESOLVED:</strong>&nbsp; That the Work Programme be noted, subject to the addition of an update on the redevelopment of Frayhurst Hospital at the meeting on 23 April 2025.</p>
""", background=False))


def minutes_html():
    return HEAD + "".join(ITEMS) + FOOT


def q(item_no, kind, text, asked_by, answer, given_by, themes):
    return {"item": item_no, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item_no, text, outcome, themes):
    return {"item": item_no, "text": text, "outcome": outcome, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health and Social Care Select Committee",
    "meeting_date": "2025-01-15",
    "items": [
        {"number": "41", "title": "Apologies for Absence and to Report the Presence of any Substitute Members"},
        {"number": "42", "title": "Declarations of Interest in Matters Coming Before this Meeting"},
        {"number": "43", "title": "Minutes of the previous meeting - 20 November 2024"},
        {"number": "44", "title": "To confirm that the items of business marked as Part I will be considered in public and that the items marked Part II will be considered in private"},
        {"number": "45", "title": "Cabinet's Budget Proposals for Next Financial Year - 2025/26"},
        {"number": "46", "title": "Hospital Discharge and Winter Pressures Update"},
        {"number": "47", "title": "Frayhurst Safeguarding Adults Partnership Board Annual Report 2023/24"},
        {"number": "48", "title": "Single Meeting Review: Access to GP Services - Witness Session"},
        {"number": "49", "title": "Cabinet Forward Plan Monthly Monitoring"},
        {"number": "50", "title": "Work Programme"},
    ],
    "questions": [
        # 45 budget
        q("45", "question", "Members queried how confident officers were that the savings could be delivered in full",
          None, "each of the savings proposals had a named lead officer and a delivery plan",
          "Mr Dhaliwal", ["finance"]),
        q("45", "concern", "on the home care and residential care providers that the Council commissioned",
          None, "would be considering the hourly rates paid to home care providers",
          "Mr Kelvin Ashdown", ["finance", "subcontracting", "adult-social-care"]),
        q("45", "question", "would deter older residents from taking up the service",
          None, "the charge remained below that of neighbouring boroughs",
          "Councillor Margaret Stoneleigh", ["finance", "adult-social-care"]),
        q("45", "question", "Members sought clarification on the level of reserves available should demand",
          None, "It was confirmed that the draft budget included a corporate contingency",
          None, ["finance", "adult-social-care"]),
        q("45", "comment", "commented that the budget consultation had not been well publicised",
          "Councillor Ockwell", None, None, ["finance", "patient-and-public-input"]),
        # 46 hospital discharge and winter
        q("46", "question", "Members asked about the length of time that patients were waiting in the Emergency Department",
          None, "the Trust had introduced a new fit to sit area",
          "Mr Everdene", []),
        q("46", "question", "Members queried whether patients were being discharged before they were ready",
          None, "discharge decisions were clinical decisions and that readmission rates",
          None, ["adult-social-care"]),
        q("46", "concern", "Concern was raised about the number of residents who were being discharged to care homes",
          None, "working with local care home providers to increase the number of nursing beds",
          "Mr Ashdown", ["adult-social-care"]),
        q("46", "question", "asked what impact the shortage of domiciliary care workers had on the ability",
          "Councillor Qureshi", "there was currently no waiting list for home care in the Borough",
          "Ms Sarah Mulvane", ["workforce", "adult-social-care"]),
        q("46", "question", "about the feedback that Healthwatch Frayhurst had received from patients and carers",
          None, "a lack of information about what would happen after discharge",
          "Ms Joanne Tellwright", ["patient-and-public-input", "adult-social-care"]),
        q("46", "question", "queried why uptake of the flu vaccine amongst care home staff remained low",
          None, "the ICB had funded roving vaccination clinics although it was recognised that",
          "Dr Marchbank", ["public-health", "workforce", "adult-social-care"]),
        q("46", "request", "requested that a breakdown of the reasons for delayed discharges by pathway",
          None, None, None, ["adult-social-care"]),
        # 47 safeguarding adults
        q("47", "question", "asked why the proportion of concerns that progressed to a section 42 enquiry",
          None, "it had asked for an audit of decisions made at the front door",
          "Ms Fairweather", ["adult-social-care", "governance"]),
        q("47", "question", "asked how the Board assured itself that the learning had been embedded in practice",
          None, "practitioner briefings had been attended by over 400 staff across the partnership",
          "Ms Fairweather", ["adult-social-care", "governance"]),
        q("47", "concern", "Concern was expressed that a significant number of concerns had been raised",
          None, "one of the homes was currently subject to a suspension of new placements",
          "Mr Ashdown", ["adult-social-care", "governance"]),
        q("47", "question", "asked whether residents knew how to report a safeguarding concern",
          "Councillor Tennick", "awareness campaign in November 2024 had included leaflets in the five most",
          "Ms Lorraine Beckwith", ["adult-social-care"]),
        # 48 GP access
        q("48", "question", "asked what proportion of patients were able to obtain an appointment within two weeks",
          None, "84% of appointments in the Borough had taken place within two weeks",
          "Dr Ravindran", ["primary-care"]),
        q("48", "concern", "residents continued to report difficulty in getting through to their practice by telephone",
          None, "had now moved to new telephone systems which allowed patients to request a call back",
          "Ms Lathbury", ["primary-care"]),
        q("48", "question", "asked how practices were using the additional roles such as clinical pharmacists",
          "Councillor Brackley", "now employed 38 staff through the Additional Roles Reimbursement Scheme",
          "Dr Ravindran", ["primary-care", "workforce"]),
        q("48", "question", "had been taken into account when planning for primary care capacity",
          None, "the ICB was working with the Council's planning team to secure developer contributions",
          "Ms Lathbury", ["primary-care", "housing", "finance"]),
        q("48", "comment", "the increasing use of online consultation tools risked excluding older residents",
          "Councillor Mathaura", "practices were required to offer the same level of access by telephone",
          "Ms Lathbury", ["primary-care"]),
        # 49 forward plan
        q("49", "question", "A Member asked when the decision on the recommissioning of the",
          None, "the decision was now scheduled for the Cabinet meeting on 20 March 2025",
          None, ["subcontracting", "adult-social-care"]),
    ],
    "resolutions": [
        r("43", "minutes of the meeting held on 20 November 2024 be agreed as a correct record", "agreed", []),
        r("44", "That all items of business be considered in public", "agreed", []),
        r("45", "delegated authority to the Democratic Services Officer in consultation with the Chair", "agreed", ["finance"]),
        r("46", "The Committee agreed that Members would undertake a site visit to the joint transfer", "agreed", ["adult-social-care"]),
        r("46", "That the update and the discussion be noted", "noted", []),
        r("47", "Safeguarding Adults Partnership Board Annual Report 2023/24 be noted", "noted", ["adult-social-care"]),
        r("48", "prepare a draft final report for consideration at the", "agreed", ["primary-care"]),
        r("49", "That the Cabinet Forward Plan be noted", "noted", []),
        r("50", "subject to the addition of an update on the redevelopment of Frayhurst Hospital", "agreed", []),
    ],
    "attendees": [
        {"name": "Owen Pargeter", "role": "Chair", "attendance": "present"},
        {"name": "Lakhvinder Sohal", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Denise Ockwell", "role": "Opposition Lead", "attendance": "present"},
        {"name": "Amelia Brackley", "role": None, "attendance": "present"},
        {"name": "Farhan Qureshi", "role": None, "attendance": "present"},
        {"name": "Graham Tennick", "role": None, "attendance": "present"},
        {"name": "Rupinder Mathaura", "role": None, "attendance": "present"},
        {"name": "Councillor Margaret Stoneleigh", "role": "Cabinet Member for Health and Social Care", "attendance": "in_attendance"},
        {"name": "Dr Helena Marchbank", "role": "Borough Director, Frayhurst Health and Care Partners", "attendance": "in_attendance"},
        {"name": "Paul Everdene", "role": "Director of Operations, The Frayhurst Hospitals NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "Joanne Tellwright", "role": "Chief Executive, Healthwatch Frayhurst", "attendance": "in_attendance"},
        {"name": "Rosalind Fairweather", "role": "Independent Chair, Frayhurst Safeguarding Adults Partnership Board", "attendance": "in_attendance"},
        {"name": "Dr Anil Ravindran", "role": "Clinical Director, North Frayhurst Primary Care Network", "attendance": "in_attendance"},
        {"name": "Corinne Lathbury", "role": "Chief Executive, Frayhurst GP Federation", "attendance": "in_attendance"},
        {"name": "Kelvin Ashdown", "role": "Corporate Director of Adult Social Care and Health", "attendance": "in_attendance"},
        {"name": "Sarah Mulvane", "role": "Director of Adult Social Care Provider Services", "attendance": "in_attendance"},
        {"name": "Imran Dhaliwal", "role": "Head of Finance - Social Care and Health", "attendance": "in_attendance"},
        {"name": "Lorraine Beckwith", "role": "Head of Safeguarding, Quality and Partnerships", "attendance": "in_attendance"},
        {"name": "Nina Castellan", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Councillor Colin Asquith", "role": None, "attendance": "apologies"},
        {"name": "Mr Tom Vaisey", "role": "Chief Operating Officer at The Frayhurst Hospitals NHS Foundation Trust", "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------------------
# The document that is not minutes: the covering report for item 46 (Word)
# ---------------------------------------------------------------------------

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


def build_report(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(12)
    for section in doc.sections:
        section.left_margin = section.right_margin = Cm(2.2)
        section.top_margin = section.bottom_margin = Cm(2.0)
        footer = section.footer.paragraphs[0]
        footer.text = "Health and Social Care Select Committee - 15 January 2025\nPart I - Public"
        footer.alignment = WD_ALIGN_PARAGRAPH.LEFT

    def para(text, bold=False, size=None, align=None, space_after=6):
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(space_after)
        return p

    def numbered(items, start=1, fmt="{n}."):
        for i, text in enumerate(items, start):
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.first_line_indent = Cm(-1.0)
            p.add_run(fmt.format(n=i) + "\t" + text)

    def bullets(items):
        for text in items:
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.first_line_indent = Cm(-0.6)
            p.add_run("\u2022\t" + text)

    para("HOSPITAL DISCHARGE AND WINTER PRESSURES UPDATE", bold=True, size=14)

    table = doc.add_table(rows=4, cols=2)
    table.style = "Table Grid"
    rows = [("Committee name", "Health and Social Care Select Committee"),
            ("Officer reporting", "Nina Castellan, Democratic Services"),
            ("Papers with report", "Appendix A - FHCP Winter Update presentation (to follow)"),
            ("Ward", "All")]
    for row, (a, b) in zip(table.rows, rows):
        row.cells[0].text = a
        row.cells[1].text = b
        row.cells[0].paragraphs[0].runs[0].bold = True

    para("")
    para("HEADLINE INFORMATION", bold=True)
    para("Summary", bold=True)
    para("Frayhurst Health and Care Partners (FHCP), The Frayhurst Hospitals NHS Foundation Trust "
         "(FHFT) and the Council's Adult Social Care and Health directorate have been invited to "
         "attend the meeting to update the Committee on the local health and care system's "
         "performance over the winter to date, with a particular focus on hospital discharge. "
         "Healthwatch Frayhurst has also been invited to share what patients and their carers have "
         "told it about their experience of leaving hospital.")
    para("RECOMMENDATIONS:", bold=True)
    para("That the Health and Social Care Select Committee:")
    numbered(["notes the update provided by FHCP, FHFT and the Council on winter pressures and hospital discharge;",
              "questions the witnesses on the matters set out in this report; and",
              "considers whether it wishes to make any recommendations to Cabinet or to partners, or to add any "
              "further work on this subject to its Work Programme."])

    para("SUPPORTING INFORMATION", bold=True)
    para("Background", bold=True)
    para("1.\tThe Committee last received an update on hospital discharge at its meeting on 11 June 2024. "
         "At that meeting, Members asked to be kept informed about the development of the joint transfer "
         "of care hub and about the number of patients who remain in hospital after they are medically "
         "ready to leave. Members also asked that the next update include information about discharges to "
         "care homes outside of the Borough.")
    para("2.\tThe NHS and local government have been asked nationally to put in place plans to manage "
         "demand over the winter of 2024/25, including additional capacity for urgent and emergency care "
         "and actions to reduce the number of patients with no criteria to reside. Locally, these plans "
         "are overseen by the FHCP Urgent and Emergency Care Board, which reports to the Frayhurst Health "
         "and Wellbeing Board.")
    para("3.\tThe Council receives an allocation from the Better Care Fund and the Local Authority "
         "Urgent and Emergency Care Support Fund which is used to purchase additional reablement, home "
         "care and short term bed capacity over the winter. The allocation for 2024/25 is £1.62 million.")
    para("Winter to date", bold=True)
    para("4.\tA presentation setting out the latest position will be circulated to Members before the "
         "meeting and will be attached as Appendix A. Partners have been asked to cover:")
    bullets(["attendances at the Emergency Department and Urgent Treatment Centre compared with last winter;",
             "the number of patients with no criteria to reside, and the main reasons for their delay;",
             "the operation of the joint transfer of care hub and discharges at weekends;",
             "capacity in home care, reablement and nursing home beds, in and outside of the Borough; and",
             "vaccination uptake amongst residents and the health and care workforce."])
    para("Suggested lines of enquiry", bold=True)
    para("5.\tMembers may wish to use the following questions to inform their discussion with the witnesses:")
    numbered(["How many patients are currently in hospital when they no longer need to be, and why?",
              "What has been the impact of the joint transfer of care hub, and is it working at weekends?",
              "Are patients being sent home before they are ready, and how many are readmitted within 30 days?",
              "Why are residents still being placed in care homes outside of the Borough, and what is being "
              "done to increase the number of local nursing beds?",
              "Is there sufficient home care and reablement capacity to support people to leave hospital?",
              "What do patients and carers say about the information they are given when they are discharged?",
              "What more could be done to increase the uptake of flu and COVID-19 vaccinations amongst care staff?"],
             fmt="({n})")
    para("Implications on related Council policies", bold=True)
    para("6.\tThe role of the Select Committees is to make recommendations on service changes and "
         "improvements to the Cabinet, who are responsible for the Council's policy and direction.")
    para("How this report benefits Frayhurst residents", bold=True)
    para("7.\tSelect Committees directly engage residents and external partners in the work of the "
         "Council and help to ensure that health and care services in the Borough are responsive to "
         "the needs of local people.")
    para("Financial Implications", bold=True)
    para("8.\tThere are no financial implications arising directly from this report.")
    para("Legal Implications", bold=True)
    para("9.\tThere are no specific legal implications arising from this report. The Council's power to "
         "review and scrutinise matters relating to the planning, provision and operation of the health "
         "service in its area is set out in the Local Authority (Public Health, Health and Wellbeing "
         "Boards and Health Scrutiny) Regulations 2013.")
    para("BACKGROUND PAPERS", bold=True)
    para("NIL.")

    cp = doc.core_properties
    fixed = dt.datetime(2025, 1, 6, 9, 30, 0)
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Hospital Discharge and Winter Pressures Update"
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    # python-docx stamps each zip member with the current time; rewrite with a fixed one
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 6, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------

def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(minutes_html(), encoding="utf-8")
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\nand 2 gold files in {GOLD}")


def doc_text(path):
    ext = path.suffix.lower()
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text()
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    return path.read_text(encoding="utf-8")


def norms(text):
    """Two readings of 'removing punctuation': deleted, or replaced by a space."""
    low = text.lower()
    a = re.sub(r"\s+", " ", re.sub(r"[^\w\s]|_", "", low)).strip()
    b = re.sub(r"\s+", " ", re.sub(r"[^\w\s]|_", " ", low)).strip()
    return a, b


def count(hay, needle):
    return len(re.findall(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", hay))


def check():
    ok = True
    for gpath in sorted(GOLD.glob("md-*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        dpath = DOCS / gold["document"]
        if not dpath.exists():
            print(f"MISSING document {dpath}")
            ok = False
            continue
        text_a, text_b = norms(doc_text(dpath))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            pa, pb = norms(phrase)
            n_a, n_b = count(text_a, pa), count(text_b, pb)
            words = len(phrase.split())
            if n_a != 1 or n_b != 1 or not 6 <= words <= 15:
                ok = False
                print(f"FAIL {gpath.name} {kind}: {phrase!r} found {n_a}/{n_b} times, {words} words")
        print(f"{gpath.name}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
