#!/usr/bin/env python3
"""Build the "nb-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_nb.py           build documents/nb-* and gold/nb-*.json
        build_nb.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "nb-severnshire-health-overview-scrutiny-2025-01-13.html"
REPORT_NAME = "nb-severnshire-cabinet-report-domiciliary-care-recommissioning.pdf"

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

# ---------------------------------------------------------------------------
# The minutes page
# ---------------------------------------------------------------------------

SPAN = '<span style="font-size:12.0pt;font-family:&quot;Arial&quot;,sans-serif">'


def esc(t: str) -> str:
    return html.escape(t, quote=False)


def P(text: str, raw: bool = False, spacer: bool = True) -> str:
    body = text if raw else esc(text)
    out = f'<p class="MsoNormal" style="text-align:justify">{SPAN}{body}</span></p>\n'
    if spacer:
        out += '<p class="MsoNormal">' + SPAN + '&nbsp;</span></p>\n'
    return out


def BOLD(text: str) -> str:
    return f'<p class="MsoNormal"><b>{SPAN}{esc(text)}</span></b></p>\n'


def BULLETS(points: list[str]) -> str:
    out = []
    n = len(points)
    for i, pt in enumerate(points):
        cls = ("MsoListParagraphCxSpFirst" if i == 0 else
               "MsoListParagraphCxSpLast" if i == n - 1 else "MsoListParagraphCxSpMiddle")
        out.append(
            f'<p class="{cls}" style="margin-left:36.0pt;text-align:justify;text-indent:-18.0pt;'
            f'mso-list:l0 level1 lfo1"><!--[if !supportLists]--><span style="font-family:Symbol">'
            f'\u00b7<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;'
            f'&nbsp;&nbsp;&nbsp; </span></span><!--[endif]-->{SPAN}{esc(pt)}</span></p>\n')
        if i < n - 1:
            out.append(f'<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt">'
                       f'{SPAN}&nbsp;</span></p>\n')
    out.append('<p class="MsoNormal">' + SPAN + '&nbsp;</span></p>\n')
    return "".join(out)


def CLAUSES(items: list[tuple[str, str]]) -> str:
    out = []
    for num, text in items:
        out.append(
            f'<p class="MsoNormal" style="margin-left:36.0pt;text-align:justify;text-indent:-36.0pt">'
            f'{SPAN}{num}<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
            f'</span>{esc(text)}</span></p>\n')
    out.append('<p class="MsoNormal">' + SPAN + '&nbsp;</span></p>\n')
    return "".join(out)


def DOCLIST(docs: list[tuple[str, str, str]]) -> str:
    lis = "".join(
        f'<li><a href="documents/s{sid}/{esc(fname)}.pdf" class="mgNoTextDec" '
        f'title="Link to document \'{esc(fname)}\'">{esc(fname)}<span class="mgDocTypeTxt">'
        f'&nbsp;PDF&nbsp;{size}</span></a></li>\n'
        for sid, fname, size in docs)
    label = "Supporting documents:" if len(docs) > 1 else "Additional documents:"
    return (f'<p class="mgSubItemTitleTxt">{label}</p>\n'
            f'<ul class="mgBulletList">\n{lis}</ul>\n')


def ITEM(num: str, title: str, agenda: str, minutes: str, docs=None) -> str:
    agenda_html = "".join(f"<p>{esc(a)}</p>\n" for a in agenda.split("\n\n") if a)
    docs_html = DOCLIST(docs) if docs else ""
    return f"""<tr>
<td class="mgItemNumberCell"><p class="mgAiTitleTxt"><a id="AI{4000 + int(num)}"></a>{num}.</p></td>
<td>
<p class="mgAiTitleTxt">{esc(title)}</p>
<div class="mgAiText">
{agenda_html}</div>
<p class="mgSubItemTitleTxt">Minutes:</p>
<div class="mgWordPara">
<div class="WordSection1">
{minutes}</div>
</div>
{docs_html}</td>
</tr>
"""


def minutes_html() -> str:
    items = []

    # 32 -------------------------------------------------------------------
    items.append(ITEM(
        "32", "Apologies for Absence and Substitutions",
        "To receive apologies for absence and notification of substitutions.",
        P("Apologies for absence were received from Councillor David Tranter and from "
          "Jean Whitlock (Co-optee).") +
        P("Councillor Rachel Pennock substituted for Councillor Tranter.", spacer=False)))

    # 33 -------------------------------------------------------------------
    items.append(ITEM(
        "33", "Disclosable Interests",
        "Members are reminded that they must not participate in the discussion or voting on "
        "any matter in which they have a Disclosable Pecuniary Interest and should leave the "
        "room prior to the commencement of the debate.",
        P("Members were reminded that they must not participate in the discussion or voting on "
          "any matter in which they had a Disclosable Pecuniary Interest and should leave the "
          "room prior to the commencement of the debate.") +
        P("Councillor Keith Hollins declared that his wife was employed by Severnside Hospitals "
          "NHS Trust. He remained in the meeting but took no part in the discussion of minute "
          "37 below.", spacer=False)))

    # 34 -------------------------------------------------------------------
    items.append(ITEM(
        "34", "Minutes of the Previous Meeting",
        "To confirm the minutes of the meeting held on 11 November 2024.",
        P("<b>RESOLVED:</b>", raw=True, spacer=False) +
        P("That the Minutes of the meeting held on 11 November 2024 be approved as a correct "
          "record and signed by the Chairman.", spacer=False),
        docs=[("41872", "Minutes 11 November 2024", "312 KB")]))

    # 35 -------------------------------------------------------------------
    q_link = ('The full questions and the responses provided are available from the web page '
              'for the meeting: <a href="https://democracy.severnshire.gov.uk/ieListDocuments.aspx'
              '?CId=178&amp;MId=5123">Agenda for Health Overview and Scrutiny Committee on Monday, '
              '13th January, 2025, 10.00 am - Severnshire Council</a>')
    items.append(ITEM(
        "35", "Public Question Time",
        "To receive any questions from the public, notice of which has been given in accordance "
        "with Procedure Rule 14. The deadline for this meeting is 5.00 pm on Wednesday 8 January "
        "2025.",
        P("Public questions were received from:", spacer=False) +
        BULLETS([
            "Mr Colin Hartshorne \u2013 regarding the closure of the minor injuries unit at "
            "Ludcaster Community Hospital overnight",
            "Ms Anwen Price \u2013 regarding NHS dental provision for children in the south west "
            "of the county",
        ]) +
        P(q_link, raw=True) +
        P("By way of a supplementary question, Mr Hartshorne asked how many patients had been "
          "turned away from the unit since the overnight closure began, and whether Severnshire "
          "Community Health NHS Trust would publish these figures each month. The Chairman "
          "advised that a written response would be provided to Mr Hartshorne and circulated to "
          "Members of the Committee.") +
        P("By way of a supplementary question, Ms Price asked whether the Integrated Care Board "
          "would consider commissioning a dedicated children\u2019s dental access scheme for the "
          "Ludcaster and Clunbridge area. Rhian Mostyn, Head of Primary Care Commissioning "
          "(Pharmacy, Optometry and Dentistry), Severnshire and Wrekinford Integrated Care Board, "
          "replied that flexible commissioning funding had already been used to create 3,200 "
          "additional urgent appointments this year and that she would look into whether a "
          "proportion could be ring-fenced for children.", spacer=False),
        docs=[("41890", "Public questions and responses 13 January 2025", "188 KB")]))

    # 36 -------------------------------------------------------------------
    items.append(ITEM(
        "36", "Member Question Time",
        "To receive any questions from Members of the Council, notice of which has been given in "
        "accordance with Procedure Rule 15.",
        P("There were no questions from Members.", spacer=False)))

    # 37 -------------------------------------------------------------------
    items.append(ITEM(
        "37", "Urgent and Emergency Care - Winter 2024/25 Update",
        "To receive an update from the Severnshire and Wrekinford Integrated Care Board and "
        "system partners on urgent and emergency care performance and winter resilience.\n\n"
        "Presentation attached.",
        P("The Chairman welcomed representatives of the Severnshire and Wrekinford Integrated "
          "Care Board (SWICB), Severnside Hospitals NHS Trust (SHT) and Severnshire Community "
          "Health NHS Trust (SCHT) to the meeting.") +
        P("Nadia Okafor, Director of Urgent and Emergency Care, SWICB, gave a presentation (copy "
          "attached to the signed minutes) which covered performance across the urgent and "
          "emergency care system over the Christmas and New Year period, the additional capacity "
          "put in place for the winter and progress with the Hospital Transformation Programme. "
          "Members were informed that the system had declared a critical incident on 2 January "
          "2025 because of the high number of flu and norovirus admissions and that, at the peak, "
          "92 patients at the Royal Severnbury Hospital had no criteria to reside. Average "
          "ambulance handover times had improved from 96 minutes in December 2023 to 51 minutes "
          "in December 2024 but remained well above the 30 minute national standard, and four "
          "hour performance across the county\u2019s two emergency departments had been 58.3% in "
          "December against a national target of 78% by March 2025. Ms Okafor explained that the "
          "Integrated Discharge Team now operated seven days a week at both the Royal Severnbury "
          "Hospital and Ashbury Royal Hospital and that the number of people discharged before "
          "midday had risen from 14% to 21% since October.") +
        P("A Member asked what the Trust was doing to reduce the number of patients cared for in "
          "corridors and whether this was now regarded as normal practice. Dr Peter Aldred, "
          "Medical Director, SHT, responded that temporary escalation spaces were only used when "
          "all other options had been exhausted, that every patient in an escalation space had a "
          "named nurse and was reviewed at least every two hours, and that the Trust did not "
          "regard corridor care as acceptable in any circumstances. The opening of a 40 bed "
          "modular ward at the Royal Severnbury Hospital in February 2025 would provide some "
          "relief.") +
        P("In response to a question about how many of the patients with no criteria to reside "
          "were waiting for a package of care, Tanya Beddoes, Assistant Director \u2013 Adult "
          "Social Care Operations, confirmed that on the day the critical incident was declared "
          "31 of the 92 patients were awaiting Council-funded domiciliary care, and that the "
          "brokerage team had sourced packages for 24 of them within 48 hours. The remainder "
          "were mainly people needing specialist dementia nursing beds, which remained difficult "
          "to find in the north of the county.") +
        P("Members expressed concern at the continued reliance on agency staff at both acute "
          "sites and asked what had been spent on agency nursing in the last financial year. Dr "
          "Aldred advised that agency spend in 2023/24 had been \u00a321.4 million; the Trust "
          "expected to reduce this by around a third by the end of 2024/25 as a result of "
          "international recruitment and an improved bank offer, and agency nurses were no "
          "longer used on the medical wards at Ashbury Royal Hospital.") +
        P("Malcolm Reaney (Co-optee) queried whether the virtual ward was being used to its full "
          "capacity, noting that occupancy had been reported at around 60% during the autumn. "
          "Claire Venables, Director of Operations, SCHT, explained that occupancy had risen to "
          "78% in December and that work was under way with GP practices to increase \u2018step "
          "up\u2019 referrals from the community rather than relying on \u2018step down\u2019 "
          "referrals from hospital.") +
        P("Councillor Sue Ormond commented that the overnight closure of the minor injuries unit "
          "at Ludcaster Community Hospital had placed additional pressure on the ambulance "
          "service in a very rural part of the county, and that local people had not been "
          "consulted before the decision was taken.") +
        P("A Member asked whether the \u00a33.1 million of additional winter funding announced by "
          "NHS England in October had reached the county and how it had been spent. Ms Okafor "
          "said that she did not have the breakdown to hand and would provide it to the "
          "Committee after the meeting.") +
        P("The Chairman thanked the representatives for attending and asked that the "
          "Committee\u2019s thanks be passed on to staff across the system for their work over "
          "what had been an extremely difficult period.") +
        P("<b>RESOLVED:</b>", raw=True, spacer=False) +
        P("That:", spacer=False) +
        CLAUSES([
            ("1.", "the update on urgent and emergency care be noted;"),
            ("2.", "SWICB be asked to provide the Committee with the number of patients waiting "
                   "more than 12 hours in each emergency department for each month from October "
                   "2024 to March 2025; and"),
            ("3.", "a further update on the Hospital Transformation Programme be brought to the "
                   "Committee in July 2025."),
        ]),
        docs=[("41877", "UEC Winter Update - SWICB presentation", "1 MB"),
              ("41878", "Hospital Transformation Programme - briefing note", "402 KB")]))

    # 38 -------------------------------------------------------------------
    items.append(ITEM(
        "38", "NHS Dental Services in Severnshire",
        "To receive a report from the Severnshire and Wrekinford Integrated Care Board on access "
        "to NHS dental services and the local dental recovery plan.\n\n"
        "Contact: Danielle Rowe, Overview and Scrutiny Officer",
        P("Rhian Mostyn, Head of Primary Care Commissioning (Pharmacy, Optometry and Dentistry), "
          "SWICB, introduced the report, which set out the position on access to NHS dentistry "
          "across Severnshire and Wrekinford since the ICB took on delegated responsibility for "
          "dental services from NHS England in April 2023. She explained that 41% of adults and "
          "57% of children in Severnshire had seen an NHS dentist in the previous 24 months, both "
          "below the England average, and that 14 practices had handed back or reduced their NHS "
          "contracts since 2022, representing the loss of some 38,000 units of dental activity "
          "(UDAs).") +
        P("Members asked why so few practices in the county were accepting new adult NHS "
          "patients. Ms Mostyn explained that the main barrier was the national contract, under "
          "which practices were paid per unit of dental activity at rates that many dentists "
          "considered did not cover the cost of complex treatment; the ICB had raised the minimum "
          "UDA value to \u00a328 locally but could not change the contract itself.") +
        P("Councillor Nerys Caddick expressed concern that children in the south and west of the "
          "county were presenting at hospital with severe tooth decay and asked what was being "
          "done to prevent this. Dr Helen Garside, Director of Public Health, said that a "
          "supervised toothbrushing programme had now been rolled out to 46 early years settings "
          "and primary schools in the areas of greatest need, and that the Council was working "
          "with the ICB on a targeted fluoride varnish programme. She added that tooth decay "
          "remained the most common reason for children aged five to nine to be admitted to "
          "hospital.") +
        P("In response to a question from Councillor Keith Hollins about whether the ICB would "
          "consider setting up a salaried dental service, Ms Mostyn explained that the ICB had "
          "commissioned two urgent dental access centres, in Severnbury and Ashbury, through a "
          "procurement exercise completed in the autumn, and was exploring with the Community "
          "Dental Service whether salaried dentists could take on some routine care for "
          "vulnerable groups. A decision on this would be made by the ICB Board in April.") +
        P("Councillor Caddick requested that Members be provided with a list, by postcode area, "
          "of the practices currently accepting NHS patients. Ms Mostyn agreed to circulate "
          "this, although she cautioned that the position changed from week to week.") +
        P("A Member commented that the NHS 111 dental line often directed residents to urgent "
          "appointments more than an hour\u2019s drive away, which was not realistic for older "
          "people without a car in a county with such limited public transport.") +
        P("The Committee noted the report on access to NHS dental services. The Chairman thanked "
          "Ms Mostyn and Dr Garside for attending.", spacer=False),
        docs=[("41880", "NHS Dental Services in Severnshire - SWICB report", "655 KB")]))

    # 39 -------------------------------------------------------------------
    items.append(ITEM(
        "39", "Domiciliary Care Recommissioning",
        "To consider the proposed approach to the recommissioning of domiciliary care (care at "
        "home) services from October 2025, prior to a decision by Cabinet on 12 February 2025.\n\n"
        "Contact: Mark Elkington, Assistant Director \u2013 Joint Commissioning",
        P("Councillor Bernard Fitch, Portfolio Holder for Adult Social Care and Public Health, "
          "introduced the report, which set out the proposed model for recommissioning the "
          "Council\u2019s domiciliary care services when the current framework expired on 30 "
          "September 2025. The Council currently commissioned approximately 19,500 hours of home "
          "care a week from 47 providers, at an annual cost of around \u00a338 million. Mark "
          "Elkington, Assistant Director \u2013 Joint Commissioning, explained that it was proposed "
          "to move from spot purchasing to a zoned model, with a lead provider in each of nine "
          "geographical zones supported by a framework of approved providers for any packages "
          "that the lead provider could not pick up. A 12 week engagement exercise had been "
          "carried out in the autumn, including a survey of people who received care and their "
          "carers which had 412 respondents.") +
        P("During the discussion, the following points were raised:", spacer=False) +
        BULLETS([
            "Members were concerned that the more remote rural zones would not be attractive to "
            "providers because of the distances involved. The Assistant Director explained that "
            "the rural zones would carry an enhanced hourly rate to reflect travel time between "
            "calls, and that providers would be able to bid for more than one zone.",
            "A Member asked whether the Council had considered bringing some of the service back "
            "in-house. The Portfolio Holder said that the Council\u2019s in-house reablement team, "
            "Severnshire Enablement, would continue to provide short-term care following hospital "
            "discharge, but that it would not be affordable to bring long-term home care in-house "
            "at this time.",
            "Councillor Philippa Dunmore asked whether providers would be required to pay care "
            "workers at least the Real Living Wage, and whether this had been costed. Mr Elkington "
            "confirmed that the hourly rate had been modelled on the Real Living Wage plus "
            "mileage, but that it would be for providers to set their own pay rates and the "
            "Council could not require this under the contract.",
            "In relation to the engagement exercise, a Member asked how the views of people who "
            "received care had shaped the model. Officers advised that continuity of care workers "
            "had been the most important issue for respondents, and this was why the zoned model "
            "would limit the number of different carers visiting each person.",
            "Councillor Martin Lacey felt that a four week transition period for people whose "
            "provider changed was too short and would cause real anxiety for people living with "
            "dementia and their families.",
            "Mr Reaney asked what would happen if a lead provider failed part way through the "
            "contract. The Assistant Director said that business continuity and provider failure "
            "arrangements would form part of the contract, and that the framework providers "
            "would act as a back-up in each zone.",
        ]) +
        P("<b>RESOLVED:</b>", raw=True, spacer=False) +
        P("That the Committee:", spacer=False) +
        CLAUSES([
            ("a)", "notes the proposed approach to the recommissioning of domiciliary care "
                   "services from October 2025; and"),
            ("b)", "recommends to Cabinet that the enhanced rate for rural zones be reviewed six "
                   "months after the new contracts start, with the outcome reported back to this "
                   "Committee."),
        ]),
        docs=[("41882", "Domiciliary Care Recommissioning - HOSC report", "540 KB"),
              ("41883", "Appendix A - Engagement summary", "1 MB")]))

    # 40 -------------------------------------------------------------------
    items.append(ITEM(
        "40", "Work Programme",
        "To consider the Committee\u2019s work programme for 2024/25.\n\n"
        "Contact: Danielle Rowe, Overview and Scrutiny Officer",
        P("The Overview and Scrutiny Officer presented the Committee\u2019s work programme. Members "
          "requested that an item on community pharmacy closures and the pharmaceutical needs "
          "assessment be added for the March meeting, and it was noted that the response of "
          "SCHT on the future of the Ludcaster minor injuries unit was still awaited.") +
        P("<b>RESOLVED:</b>", raw=True, spacer=False) +
        P("That the work programme be agreed, subject to the addition of an item on community "
          "pharmacy provision at the meeting on 10 March 2025.", spacer=False),
        docs=[("41885", "HOSC Work Programme 2024-25", "96 KB")]))

    # 41 -------------------------------------------------------------------
    items.append(ITEM(
        "41", "Date of Next Meeting",
        "The next meeting of the Health Overview and Scrutiny Committee will be held on Monday 10 "
        "March 2025 at 10.00 am.",
        P("The next meeting of the Committee will be held on Monday 10 March 2025 at 10.00 am in "
          "the Longmynd Room, Shirehall.", spacer=False)))

    attendance = (
        '<div class="mgWordPara">\n'
        + BOLD("Present")
        + P("Councillor Gillian Ashworth (Chairman)", spacer=False)
        + P("Councillors Trevor Mardon (Vice Chairman), Alan Brierley, Nerys Caddick, Philippa "
            "Dunmore, Keith Hollins, Martin Lacey, Sue Ormond and Rachel Pennock")
        + P("Co-optee: Malcolm Reaney")
        + P("Also present: Councillors Bernard Fitch (Portfolio Holder for Adult Social Care and "
            "Public Health) and Owen Tudge", spacer=False)
        + "</div>\n")

    return f"""<!DOCTYPE html>
<!-- saved from url=(0079)https://democracy.severnshire.gov.uk/ieListDocuments.aspx?CId=178&MId=5123&Ver=4 -->
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agenda for Health Overview and Scrutiny Committee on Monday, 13th January, 2025, 10.00 am - Severnshire Council</title>
<link rel="stylesheet" href="./ieListDocuments_files/mgStyle.css" type="text/css">
<link rel="stylesheet" href="./ieListDocuments_files/severnshire.css" type="text/css">
<script type="text/javascript" src="./ieListDocuments_files/jquery.min.js"></script>
</head>
<body>
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner">
<p>We use some essential cookies to make this website work. We would also like to set analytics cookies to help us improve it.</p>
<button type="button">Accept analytics cookies</button> <button type="button">Reject analytics cookies</button> <a href="https://www.severnshire.gov.uk/cookies/">View cookies</a>
</div>
<a class="skip-link" href="#modgov">Skip to main content</a>
<header class="site-header">
<a href="https://www.severnshire.gov.uk/" class="site-logo"><img src="./ieListDocuments_files/severnshire-logo.svg" alt="Severnshire Council"></a>
<nav class="site-nav" aria-label="Main">
<ul><li><a href="https://www.severnshire.gov.uk/">Home</a></li><li><a href="https://democracy.severnshire.gov.uk/mgListCommittees.aspx?bcr=1">Committee structure</a></li><li><a href="https://democracy.severnshire.gov.uk/mgCalendarMonthView.aspx?GL=1&amp;bcr=1">Meetings calendar</a></li><li><a href="https://democracy.severnshire.gov.uk/mgMemberIndex.aspx?bcr=1">Councillors</a></li><li><a href="https://democracy.severnshire.gov.uk/ieDocHome.aspx?bcr=1">Library</a></li></ul>
</nav>
</header>
<div class="breadcrumbs">
<ul><li><a href="https://www.severnshire.gov.uk/">Home</a></li>
<li><a href="https://democracy.severnshire.gov.uk/mgListCommittees.aspx?bcr=1">Committee structure</a></li>
<li><a href="https://democracy.severnshire.gov.uk/ieListMeetings.aspx?CommitteeId=178">Health Overview and Scrutiny Committee</a></li>
<li>Meeting</li></ul>
</div>
<div id="modgov">
<div class="mgHeadingWrapper"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
<div class="mgSubTitle">
<h2 class="mgSubTitleTxt">Health Overview and Scrutiny Committee</h2>
<h2 class="mgSubTitleTxt">Monday, 13th January, 2025 10.00 am</h2>
</div>
<div class="mgLinks">
<ul class="mgActionList">
<li><a href="https://democracy.severnshire.gov.uk/mgIssueHistoryChooser.aspx?ID=178">Issue history</a></li>
<li><a href="https://democracy.severnshire.gov.uk/ieListMeetingAttendees.aspx?CId=178&amp;MId=5123">Attendance</a></li>
<li><a href="https://democracy.severnshire.gov.uk/mgMeetingAttendance.aspx?ID=5123">Attendance details</a></li>
</ul>
</div>
<div class="mgContent">
<p><span class="mgLabel">Venue: </span>Longmynd Room, Shirehall, Priory Foregate, Severnbury, SV2 6ND.  <a href="https://democracy.severnshire.gov.uk/mgGeneric.aspx?MD=directions">View directions</a></p>
<p><span class="mgLabel">Contact: </span>Lorna Pritchard, Committee Officer  Tel: 01700 254718  Email: <a href="mailto:lorna.pritchard@severnshire.gov.uk">lorna.pritchard@severnshire.gov.uk</a></p>
<h2 class="mgSectionTitle">Media</h2>
<ul class="mgBulletList"><li><a href="https://severnshire.public-i.tv/core/portal/webcast_interactive/902114">Webcast for Health Overview and Scrutiny Committee, 13 January 2025</a></li></ul>
<h2 class="mgSectionTitle">Minutes</h2>
{attendance}
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Table of agenda items">
<tr><th class="mgItemNumberHdr" scope="col" abbr="No.">No.</th><th class="mgItemHdr" scope="col" abbr="Item">Item</th></tr>
{"".join(items)}</table>
<h2 class="mgSectionTitle">Documents</h2>
<ul class="mgBulletList">
<li><a href="documents/g5123/Agenda%20frontsheet%2013th-Jan-2025%2010.00%20Health%20Overview%20and%20Scrutiny%20Committee.pdf">Agenda frontsheet 13th-Jan-2025 10.00 Health Overview and Scrutiny Committee<span class="mgDocTypeTxt"> PDF 214 KB</span></a></li>
<li><a href="documents/g5123/Public%20reports%20pack%2013th-Jan-2025%2010.00%20Health%20Overview%20and%20Scrutiny%20Committee.pdf">Public reports pack 13th-Jan-2025 10.00 Health Overview and Scrutiny Committee<span class="mgDocTypeTxt"> PDF 4 MB</span></a></li>
<li><a href="documents/g5123/Printed%20minutes%2013th-Jan-2025%2010.00%20Health%20Overview%20and%20Scrutiny%20Committee.pdf">Printed minutes 13th-Jan-2025 10.00 Health Overview and Scrutiny Committee<span class="mgDocTypeTxt"> PDF 236 KB</span></a></li>
</ul>
</div>
</div>
<footer class="site-footer">
<ul><li><a href="https://www.severnshire.gov.uk/accessibility/">Accessibility</a></li><li><a href="https://www.severnshire.gov.uk/privacy/">Privacy</a></li><li><a href="https://www.severnshire.gov.uk/contact-us/">Contact us</a></li></ul>
<p>&copy; Severnshire Council 2025</p>
<p class="mgPoweredBy">Powered by Modern.Gov</p>
</footer>
</body></html>
"""


# ---------------------------------------------------------------------------
# The report (not minutes)
# ---------------------------------------------------------------------------

def build_report(path: Path) -> None:
    from fpdf import FPDF

    class Report(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 8)
            self.cell(0, 5, "Contact: Mark Elkington on 01700 253196", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, str(self.page_no()), align="R")

    pdf = Report(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 1, 31, 9, 0, 0, tzinfo=dt.timezone.utc))
    pdf.set_title("Recommissioning of Domiciliary Care (Care at Home) Services")
    pdf.set_author("Severnshire Council")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin

    # header box, top right
    pdf.set_font("Sans", "B", 10)
    x0 = pdf.w - pdf.r_margin - 70
    pdf.set_xy(x0, 18)
    pdf.cell(50, 7, "Committee and Date", border=1)
    pdf.cell(20, 7, "Item", border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(x0)
    pdf.set_font("Sans", "", 10)
    pdf.cell(50, 7, "Cabinet", border="LR")
    pdf.cell(20, 7, "", border="LR", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(x0)
    pdf.cell(50, 7, "12 February 2025", border="LRB")
    pdf.cell(20, 7, "", border="LRB", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(x0)
    pdf.cell(70, 7, "Public", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)

    pdf.set_font("Sans", "B", 14)
    pdf.multi_cell(w, 7, "Recommissioning of Domiciliary Care (Care at Home) Services",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def kv(label, value, lw=48):
        pdf.set_font("Sans", "B", 10)
        pdf.cell(lw, 6, label)
        pdf.set_font("Sans", "", 10)
        pdf.multi_cell(w - lw, 6, value, new_x="LMARGIN", new_y="NEXT")

    kv("Responsible Officer:", "Mark Elkington, Assistant Director \u2013 Joint Commissioning")
    kv("email:", "mark.elkington@severnshire.gov.uk     Tel: 01700 253196")
    kv("Cabinet Member (Portfolio Holder):",
       "Councillor Bernard Fitch, Adult Social Care and Public Health", lw=72)
    pdf.ln(4)

    def heading(text):
        pdf.ln(2)
        pdf.set_font("Sans", "B", 11)
        pdf.multi_cell(w, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def para(num, text, bold=False):
        pdf.set_font("Sans", "B" if bold else "", 10)
        if num:
            pdf.cell(12, 5.5, num)
            pdf.multi_cell(w - 12, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.multi_cell(w, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    heading("1.  Synopsis")
    para("1.1", "The Council\u2019s framework for domiciliary care expires on 30 September 2025. "
         "This report seeks approval for a new zoned model, with a lead provider in each of nine "
         "zones, and for the procurement to begin in March 2025.")

    heading("2.  Executive Summary")
    para("2.1", "Around 2,150 people receive care at home arranged by the Council, amounting to "
         "approximately 19,500 hours a week delivered by 47 providers under a spot purchasing "
         "framework. Annual expenditure is around \u00a338 million.")
    para("2.2", "The current arrangement has led to long journeys between calls, high turnover "
         "among care workers and gaps in the most rural areas, where 140 people were waiting for "
         "a package of care at the end of December 2024.")
    para("2.3", "The proposed model gives each lead provider a guaranteed volume of hours in its "
         "zone in return for accepting all packages offered within 48 hours. An enhanced rate "
         "will apply in the three rural zones.")
    para("2.4", "A 12 week engagement exercise was held between September and November 2024. "
         "Its findings are summarised in section 8 and set out in full in Appendix A.")

    heading("3.  Recommendations")
    para("", "It is recommended that Cabinet:")
    para("3.1", "Approves the zoned lead provider model for domiciliary care described in "
         "section 7, to start on 1 October 2025.")
    para("3.2", "Delegates authority to the Executive Director of People, in consultation with "
         "the Portfolio Holder for Adult Social Care and Public Health, to award the lead "
         "provider contracts and the supporting framework following the procurement.")
    para("3.3", "Notes the comments of the Health Overview and Scrutiny Committee, which "
         "considered the proposals on 13 January 2025, as set out in paragraph 8.2.")

    heading("Report")
    heading("4.  Risk Assessment and Opportunities Appraisal")
    para("4.1", "The main risks are that providers do not bid for the rural zones, that the "
         "transfer of people between providers disrupts their care, and that a lead provider "
         "fails during the contract. Mitigations include the enhanced rural rate, a phased "
         "transition and a framework of approved providers able to take on packages in any "
         "zone.")
    para("4.2", "An Equality, Social Inclusion and Health Impact Assessment has been completed "
         "and is available as a background paper.")

    heading("5.  Financial Implications")
    para("5.1", "The model has been costed at \u00a339.6 million in 2025/26, including the "
         "enhanced rural rate, against a budget of \u00a338.9 million. The difference of "
         "\u00a30.7 million will be met from the Market Sustainability and Improvement Fund for "
         "the first year and built into the Medium Term Financial Strategy thereafter.")
    para("5.2", "The hourly rates have been modelled on the Real Living Wage, with mileage paid "
         "at 45p a mile, so that providers are able to pay care workers at that level.")

    heading("6.  Climate Change Appraisal")
    para("6.1", "Shorter rounds within zones are expected to reduce the mileage driven by care "
         "workers by about 18%, with a corresponding reduction in vehicle emissions.")

    heading("7.  Background")
    para("7.1", "In 2023 Cabinet agreed a Care at Home Strategy which committed the Council to "
         "improving continuity of care and reducing waiting times for packages. The zoned "
         "model follows similar arrangements introduced by neighbouring authorities.")
    para("7.2", "The Council\u2019s in-house reablement service, Severnshire Enablement, is not "
         "affected by this recommissioning and will continue to provide short-term support "
         "after a stay in hospital.")

    heading("8.  Engagement \u2013 what people told us")
    para("8.1", "The engagement included a survey (412 respondents), six drop-in sessions in "
         "market towns and two provider events. The main questions raised, and the Council\u2019s "
         "responses, are set out below.")
    qa = [
        ("Will I have to change my carer?",
         "Most people will not. Where a provider is not appointed as a lead provider, people "
         "will be offered the choice of staying with their current provider through a Direct "
         "Payment or moving with a transition plan agreed with them."),
        ("Why not bring home care back in-house?",
         "The Council considered this option but the set-up cost and pension liabilities would "
         "be significantly higher than the proposed model. The option will be kept under review."),
        ("How will rural areas be covered?",
         "The three rural zones will attract an enhanced rate, and lead providers will be able "
         "to subcontract to small local providers with the Council\u2019s agreement."),
    ]
    for q, a in qa:
        pdf.set_font("Sans", "B", 10)
        pdf.set_x(pdf.l_margin + 12)
        pdf.multi_cell(w - 12, 5.5, "Q: " + q, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 10)
        pdf.set_x(pdf.l_margin + 12)
        pdf.multi_cell(w - 12, 5.5, "A: " + a, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    para("8.2", "The Health Overview and Scrutiny Committee considered the proposals on 13 "
         "January 2025 and will report its comments and any recommendation to Cabinet verbally "
         "at this meeting.")

    heading("9.  Conclusions")
    para("9.1", "The proposed model offers better continuity for people who receive care, more "
         "efficient rounds for care workers and greater certainty for providers. Cabinet is "
         "asked to approve it so that the procurement can begin in March 2025.")

    heading("List of Background Papers")
    para("", "Care at Home Strategy 2023\u20132028 (Cabinet, 19 July 2023); Equality, Social "
         "Inclusion and Health Impact Assessment (January 2025).")
    kv("Local Member:", "All")
    kv("Appendices:", "Appendix A \u2013 Domiciliary Care Engagement Report")

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
    "committee": "Health Overview and Scrutiny Committee",
    "meeting_date": "2025-01-13",
    "items": [
        {"number": "32", "title": "Apologies for Absence and Substitutions"},
        {"number": "33", "title": "Disclosable Interests"},
        {"number": "34", "title": "Minutes of the Previous Meeting"},
        {"number": "35", "title": "Public Question Time"},
        {"number": "36", "title": "Member Question Time"},
        {"number": "37", "title": "Urgent and Emergency Care - Winter 2024/25 Update"},
        {"number": "38", "title": "NHS Dental Services in Severnshire"},
        {"number": "39", "title": "Domiciliary Care Recommissioning"},
        {"number": "40", "title": "Work Programme"},
        {"number": "41", "title": "Date of Next Meeting"},
    ],
    "questions": [
        q("35", "question",
          "regarding the closure of the minor injuries unit at Ludcaster Community Hospital overnight",
          "Mr Colin Hartshorne", None, None, []),
        q("35", "question",
          "regarding NHS dental provision for children in the south west of the county",
          "Ms Anwen Price", None, None, ["primary-care", "children-and-families"]),
        q("35", "question",
          "how many patients had been turned away from the unit since the overnight closure",
          "Mr Hartshorne", "a written response would be provided to Mr Hartshorne",
          "The Chairman", []),
        q("35", "question",
          "whether the Integrated Care Board would consider commissioning a dedicated children's "
          "dental access scheme",
          "Ms Price",
          "she would look into whether a proportion could be ring-fenced for children",
          "Rhian Mostyn", ["primary-care", "children-and-families", "subcontracting"]),
        q("37", "question",
          "what the Trust was doing to reduce the number of patients cared for in corridors",
          None, "the Trust did not regard corridor care as acceptable in any circumstances",
          "Dr Peter Aldred", []),
        q("37", "question",
          "how many of the patients with no criteria to reside were waiting",
          None, "31 of the 92 patients were awaiting Council-funded domiciliary care",
          "Tanya Beddoes", ["adult-social-care"]),
        q("37", "concern",
          "Members expressed concern at the continued reliance on agency staff at both acute sites",
          None, "agency spend in 2023/24 had been \u00a321.4 million",
          "Dr Aldred", ["workforce", "finance"]),
        q("37", "question",
          "queried whether the virtual ward was being used to its full capacity",
          "Malcolm Reaney", "occupancy had risen to 78% in December",
          "Claire Venables", []),
        q("37", "comment",
          "the overnight closure of the minor injuries unit at Ludcaster Community Hospital",
          "Councillor Sue Ormond", None, None, ["patient-and-public-input"]),
        q("37", "question",
          "whether the \u00a33.1 million of additional winter funding announced by NHS England",
          None, "she did not have the breakdown to hand and would provide it",
          "Ms Okafor", ["finance"]),
        q("38", "question",
          "Members asked why so few practices in the county were accepting new adult NHS patients",
          None, "the main barrier was the national contract",
          "Ms Mostyn", ["primary-care"]),
        q("38", "concern",
          "were presenting at hospital with severe tooth decay",
          "Councillor Nerys Caddick",
          "a supervised toothbrushing programme had now been rolled out to 46 early years settings",
          "Dr Helen Garside", ["children-and-families", "public-health", "primary-care"]),
        q("38", "question",
          "whether the ICB would consider setting up a salaried dental service",
          "Councillor Keith Hollins",
          "the ICB had commissioned two urgent dental access centres, in Severnbury and Ashbury",
          "Ms Mostyn", ["primary-care", "subcontracting"]),
        q("38", "request",
          "requested that Members be provided with a list, by postcode area, of the practices",
          "Councillor Caddick", "Ms Mostyn agreed to circulate this",
          "Ms Mostyn", ["primary-care"]),
        q("38", "comment",
          "the NHS 111 dental line often directed residents to urgent appointments",
          None, None, None, ["primary-care"]),
        q("39", "concern",
          "the more remote rural zones would not be attractive to providers",
          None, "the rural zones would carry an enhanced hourly rate",
          "The Assistant Director",
          ["adult-social-care", "subcontracting", "finance", "workforce"]),
        q("39", "question",
          "whether the Council had considered bringing some of the service back in-house",
          None, "it would not be affordable to bring long-term home care in-house at this time",
          "The Portfolio Holder", ["privatisation", "adult-social-care", "finance"]),
        q("39", "question",
          "whether providers would be required to pay care workers at least the Real Living Wage",
          "Councillor Philippa Dunmore",
          "the hourly rate had been modelled on the Real Living Wage plus mileage",
          "Mr Elkington", ["workforce", "finance", "subcontracting", "adult-social-care"]),
        q("39", "question",
          "asked how the views of people who received care had shaped the model",
          None, "continuity of care workers had been the most important issue for respondents",
          "Officers", ["patient-and-public-input", "adult-social-care"]),
        q("39", "comment",
          "a four week transition period for people whose provider changed was too short",
          "Councillor Martin Lacey", None, None, ["adult-social-care", "mental-health"]),
        q("39", "question",
          "asked what would happen if a lead provider failed part way through the contract",
          "Mr Reaney", "the framework providers would act as a back-up in each zone",
          "The Assistant Director", ["subcontracting", "adult-social-care"]),
        q("40", "request",
          "requested that an item on community pharmacy closures and the pharmaceutical needs "
          "assessment",
          None, None, None, ["primary-care"]),
    ],
    "resolutions": [
        r("34", "held on 11 November 2024 be approved as a correct record", "agreed", []),
        r("37", "the update on urgent and emergency care be noted", "agreed", []),
        r("38", "The Committee noted the report on access to NHS dental services",
          "noted", ["primary-care"]),
        r("39", "recommends to Cabinet that the enhanced rate for rural zones be reviewed",
          "recommended", ["adult-social-care", "subcontracting", "finance"]),
        r("40", "That the work programme be agreed, subject to the addition of an item",
          "agreed", ["primary-care"]),
    ],
    "attendees": [
        a("Councillor Gillian Ashworth", "Chairman", "present"),
        a("Trevor Mardon", "Vice Chairman", "present"),
        a("Alan Brierley", None, "present"),
        a("Nerys Caddick", None, "present"),
        a("Philippa Dunmore", None, "present"),
        a("Keith Hollins", None, "present"),
        a("Martin Lacey", None, "present"),
        a("Sue Ormond", None, "present"),
        a("Rachel Pennock", None, "present"),
        a("Malcolm Reaney", "Co-optee", "present"),
        a("Bernard Fitch", "Portfolio Holder for Adult Social Care and Public Health",
          "in_attendance"),
        a("Owen Tudge", None, "in_attendance"),
        a("Councillor David Tranter", None, "apologies"),
        a("Jean Whitlock", "Co-optee", "apologies"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def norm(s: str) -> str:
    s = s.lower()
    s = "".join(ch for ch in s if not unicodedata.category(ch).startswith("P"))
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
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


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(minutes_html(), encoding="utf-8")
    build_report(DOCS / REPORT_NAME)
    for g in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(g["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote", MINUTES_NAME, REPORT_NAME, "and their gold files")


def check() -> int:
    bad = 0
    for gpath in sorted(GOLD.glob("nb-*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        dpath = DOCS / g["document"]
        if not dpath.exists():
            print("MISSING document", dpath)
            bad += 1
            continue
        text = norm(doc_text(dpath))
        if not text:
            print("EMPTY text", dpath)
            bad += 1
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n_words = len(ph.split())
            c = text.count(norm(ph))
            if c != 1 or not 6 <= n_words <= 15:
                print(f"FAIL {g['document']} {kind} ({c} hits, {n_words} words): {ph}")
                bad += 1
        print(f"{g['document']}: {len(phrases)} phrases checked")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
