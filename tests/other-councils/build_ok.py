#!/usr/bin/env python3
"""Build the "ok-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ok.py           build documents/ok-* and gold/ok-*.json
        build_ok.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "ok-mardenford-overview-scrutiny-2025-11-18.html"
REPORT_NAME = "ok-mardenford-executive-report-leisure-contract-extension.pdf"

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DATE = dt.datetime(2026, 1, 12, 9, 30, 0, tzinfo=dt.timezone.utc)


# ---------------------------------------------------------------------------
# The minutes: a saved ModernGov meeting page
# ---------------------------------------------------------------------------

def p(text: str, cls: str = "MsoNormal") -> str:
    return f'<p class="{cls}">{text}</p>\n'


def bullet(text: str, first: bool = False, last: bool = False) -> str:
    """A Word "·" bullet pasted into the ModernGov editor."""
    if first and last:
        cls = "MsoListParagraph"
    elif first:
        cls = "MsoListParagraphCxSpFirst"
    elif last:
        cls = "MsoListParagraphCxSpLast"
    else:
        cls = "MsoListParagraphCxSpMiddle"
    return (
        f'<p class="{cls}" style="margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1">'
        '<span style="font-family:Symbol"><span style="mso-list:Ignore">\u00b7'
        '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>'
        f"</span></span>{text}</p>\n"
    )


def bullets(items: list[str]) -> str:
    out = []
    for i, t in enumerate(items):
        out.append(bullet(t, first=(i == 0), last=(i == len(items) - 1)))
    return "".join(out)


def docs_list(docs: list[tuple[str, str]]) -> str:
    lis = "".join(
        f'<li><a href="documents/s{41000 + i * 7}/{html.escape(name)}.pdf" '
        f'class="mgPdfLink" title="Link to document \'{html.escape(name)}\'">{html.escape(name)}</a>'
        f'<span class="mgNonLinkText">&nbsp;PDF {size}</span></li>'
        for i, (name, size) in enumerate(docs)
    )
    return (
        '<p class="mgSubItemTitleTxt">Supporting documents:</p>\n'
        f'<ul class="mgBulletList">{lis}</ul>\n'
    )


def item(number: str, title: str, agenda: str, minutes: str, docs=None, restricted=False) -> str:
    out = ['<tr>\n<td class="mgItemNumberCell"><p class="mgAiTitleTxt">'
           f"{number}.</p></td>\n<td>\n"]
    if docs:
        out.append(f'<p class="mgAiTitleTxt"><a href="ieIssueDetails.aspx?IId={31200 + int(number[2:])}&amp;Opt=0" '
                   f'class="mgAiTitleLink" title="Link to issue">{title}</a><span class="mgNonLinkText">'
                   f'&nbsp;PDF {docs[0][1]}</span></p>\n')
    else:
        out.append(f'<p class="mgAiTitleTxt">{title}</p>\n')
    if agenda:
        out.append(f'<div class="mgWordPara">{agenda}</div>\n')
    out.append('<p class="mgSubItemTitleTxt">Minutes:</p>\n')
    out.append(f'<div class="mgWordPara">\n{minutes}</div>\n')
    if docs:
        out.append(docs_list(docs))
    out.append("</td>\n</tr>\n")
    return "".join(out)


HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<!-- saved from url=(0082)https://democracy.mardenford.gov.uk/ieListDocuments.aspx?CId=142&MId=2871&Ver=4 -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Agenda for Overview and Scrutiny Committee on Tuesday, 18th November, 2025, 7.00 pm - Mardenford Borough Council</title>
<link type="text/css" href="ieListDocuments_files/mgWebPart.css" rel="stylesheet" />
<link type="text/css" href="ieListDocuments_files/mbc-main.css" rel="stylesheet" />
<meta name="DC.title" content="Agenda for Overview and Scrutiny Committee on Tuesday, 18th November, 2025, 7.00 pm" />
<meta name="DC.date" scheme="W3CDTF" content="2025-11-18" />
</head>
<body>
<div id="cookie-banner" class="cookie-banner">
<p>Can we use cookies to collect information about how you use this website? We use this information to make the website work as well as possible.</p>
<p><a href="#" class="btn">Accept additional cookies</a> <a href="#" class="btn">Reject additional cookies</a> <a href="https://www.mardenford.gov.uk/cookies">View cookies</a></p>
</div>
<a class="skip-link" href="#mgMainContent">Skip to main content</a>
<div id="site-header">
<a href="https://www.mardenford.gov.uk/" class="logo"><img src="ieListDocuments_files/mbc-logo.png" alt="Mardenford Borough Council" /></a>
<ul class="top-nav">
<li><a href="https://www.mardenford.gov.uk/bins">Bins and recycling</a></li>
<li><a href="https://www.mardenford.gov.uk/counciltax">Council Tax</a></li>
<li><a href="https://www.mardenford.gov.uk/planning">Planning</a></li>
<li><a href="https://www.mardenford.gov.uk/housing">Housing</a></li>
<li><a href="https://www.mardenford.gov.uk/reportit">Report it</a></li>
</ul>
<form action="https://www.mardenford.gov.uk/search" class="site-search"><label for="q">Search this site</label> <input id="q" name="q" type="text" /> <input type="submit" value="Search" /></form>
</div>
<div class="breadcrumb"><ul>
<li><a href="https://www.mardenford.gov.uk/">Home</a></li>
<li><a href="https://www.mardenford.gov.uk/councilanddemocracy">Council and democracy</a></li>
<li><a href="mgListCommittees.aspx?bcr=1">Committee structure</a></li>
<li><a href="ieListMeetings.aspx?CommitteeId=142">Meetings</a></li>
<li>Agenda item</li>
</ul></div>
<div id="modgov"><a name="mgMainContent" id="mgMainContent"></a>
<div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Overview and Scrutiny Committee - Tuesday, 18th November, 2025 7.00 pm</h2></div>
<div class="mgLinks">
<ul>
<li><a href="documents/g2871/Public%20reports%20pack%2018th-Nov-2025%2019.00%20Overview%20and%20Scrutiny%20Committee.pdf">Agenda reports pack</a><span class="mgNonLinkText">&nbsp;PDF 4 MB</span></li>
<li><a href="documents/g2871/Printed%20minutes%2018th-Nov-2025%2019.00%20Overview%20and%20Scrutiny%20Committee.pdf">Printed minutes</a><span class="mgNonLinkText">&nbsp;PDF 241 KB</span></li>
<li><a href="mgIssueHistoryChronology.aspx?IId=31234">Issue history</a></li>
</ul>
</div>
<div class="mgContent">
<p class="mgSubHeading"><span class="mgLabel">Venue: </span>Council Chamber, Millbourne House, Millbourne, Mardenford, Weyshire MD1 4HB. <a href="mgGeneric.aspx?MD=Venue">View directions</a></p>
<p class="mgSubHeading"><span class="mgLabel">Contact: </span>Democratic Services&nbsp;Tel:&nbsp;01652 446012. Email: committees@mardenford.gov.uk</p>
<h3 class="mgSubHeading">Media</h3>
<p><a href="https://mardenford.public-i.tv/core/portal/webcast_interactive/918233">This meeting was webcast. Select to view the recording.</a></p>
"""

ATTENDANCE = """<h2 class="mgSectionTitle">Attendance</h2>
<div class="mgWordPara">
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td width="302" valign="top"><p class="MsoNormal">*Councillor Rosalind Featherby (Chairman)</p></td>
<td width="302" valign="top"><p class="MsoNormal">*Councillor Nikhil Barrowcliffe (Vice-Chairman)</p></td></tr>
<tr><td width="302" valign="top"><p class="MsoNormal">&nbsp;</p></td><td width="302" valign="top"><p class="MsoNormal">&nbsp;</p></td></tr>
<tr><td width="302" valign="top"><p class="MsoNormal">&nbsp;Councillor Judith Anstey-Marsh</p></td>
<td width="302" valign="top"><p class="MsoNormal">*Councillor Bethan Illingworth</p></td></tr>
<tr><td width="302" valign="top"><p class="MsoNormal">*Councillor Owen Carbery</p></td>
<td width="302" valign="top"><p class="MsoNormal">*Councillor Kwame Lockyer</p></td></tr>
<tr><td width="302" valign="top"><p class="MsoNormal">*Councillor Dominic Fairlie</p></td>
<td width="302" valign="top"><p class="MsoNormal">*Councillor Patricia Moxley</p></td></tr>
<tr><td width="302" valign="top"><p class="MsoNormal">*Councillor Helen Gosden</p></td>
<td width="302" valign="top"><p class="MsoNormal">&nbsp;Councillor Stuart Pennock</p></td></tr>
<tr><td width="302" valign="top"><p class="MsoNormal">&nbsp;Councillor Terence Hallam</p></td>
<td width="302" valign="top"><p class="MsoNormal">*Councillor Yvonne Quarrie</p></td></tr>
<tr><td width="302" valign="top"><p class="MsoNormal">&nbsp;</p></td>
<td width="302" valign="top"><p class="MsoNormal">*Councillor Gareth Whitcombe</p></td></tr>
</table>
<p class="MsoNormal">*Present</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Councillors Martin Aldred (Lead Councillor for Leisure, Culture and Community Safety), Fenella Dunstable and Priya Venkatesan (Lead Councillor for Housing) were also in attendance.</p>
<p class="MsoNormal">Councillor Ivor Tredinnick was in attendance online.</p>
</div>
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Table of items for the meeting">
<tr><th class="mgHeaderRow" scope="col">No.</th><th class="mgHeaderRow" scope="col">Item</th></tr>
"""

FOOT = """</table>
</div>
<div class="mgFooter"><p><a href="mgCalendarMonthView.aspx?GL=1&amp;bcr=1">Calendar of meetings</a> | <a href="mgWhatsNew.aspx?bcr=1">What's new</a> | <a href="mgRegisterKeywordInterest.aspx?bcr=1">Subscribe to updates</a></p></div>
</div>
<div id="site-footer">
<ul>
<li><a href="https://www.mardenford.gov.uk/accessibility">Accessibility statement</a></li>
<li><a href="https://www.mardenford.gov.uk/privacy">Privacy</a></li>
<li><a href="https://www.mardenford.gov.uk/contact">Contact us</a></li>
<li><a href="https://www.mardenford.gov.uk/feedback">Was this page useful?</a></li>
</ul>
<p>&copy; Mardenford Borough Council, Millbourne House, Millbourne, Mardenford, Weyshire MD1 4HB. Telephone 01652 505050.</p>
</div>
</body>
</html>
"""


def minutes_html() -> str:
    rows = []

    # OS28 -----------------------------------------------------------------
    rows.append(item(
        "OS28", "Apologies for Absence and Notification of Substitute Members", "",
        p("Apologies for absence were received from Councillors Judith Anstey-Marsh and "
          "Terence Hallam.")
        + p("In accordance with Council Procedure Rule 23(j), Councillor Gareth Whitcombe attended "
            "as a substitute for Councillor Judith Anstey-Marsh.")
    ))

    # OS29 -----------------------------------------------------------------
    rows.append(item(
        "OS29", "Local Code of Conduct - Disclosure of Interests",
        p("In accordance with the local Code of Conduct, a councillor is required to disclose at "
          "the meeting any disclosable pecuniary interest (DPI) that they may have in respect of any "
          "matter for consideration on this agenda.&nbsp; Any councillor with a DPI must not "
          "participate in any discussion or vote regarding that matter and they must also withdraw "
          "from the meeting immediately before consideration of the matter.")
        + p("If that DPI has not been registered, the councillor must notify the Monitoring Officer "
            "of the details of the DPI within 28 days of the date of the meeting.")
        + p("Councillors are further invited to disclose any non-pecuniary interest which may be "
            "relevant to any matter on this agenda, in the interests of transparency, and to "
            "confirm whether it will affect their objectivity in relation to that matter."),
        p("There were no disclosures of disclosable pecuniary interests.")
        + p("Councillor Helen Gosden disclosed a non-pecuniary interest in agenda item OS34 "
            "(Leisure Management Contract: Annual Performance Review) as a member of the Friends of "
            "Ashbrook Pool. She confirmed that this would not affect her objectivity and that she "
            "would take part in the discussion of the item.")
    ))

    # OS30 -----------------------------------------------------------------
    rows.append(item(
        "OS30", "Minutes",
        p("To confirm the minutes of the meeting of the Committee held on 16 September 2025."),
        p("The minutes of the meeting of the Overview and Scrutiny Committee held on 16 September "
          "2025 were confirmed as a correct record.&nbsp; The Chairman signed the minutes.")
        + p("With reference to minute OS22 (Car Parking Strategy), the Chairman reported that the "
            "written answer on the income from the Ladymead multi-storey car park, which had been "
            "promised at the last meeting, had been circulated to the Committee by email on 7 October."),
        docs=[("Minutes of the meeting held on 16 September 2025", "248 KB")]
    ))

    # OS31 -----------------------------------------------------------------
    os31 = (
        p("The Committee, in its capacity as the Council's designated crime and disorder committee "
          "under the Police and Justice Act 2006, considered the annual report of the Safer Mardenford "
          "Partnership (SMP) for 2024-25.&nbsp; The Lead Councillor for Leisure, Culture and Community "
          "Safety introduced the report, and the Chairman welcomed Inspector Dawn Okoro, Mardenford "
          "Borough Commander, Weyshire Police, and the Council's Community Safety Manager to the "
          "meeting.")
        + p("The Community Safety Manager gave a presentation which highlighted the Partnership's three "
            "priorities for the year, namely anti-social behaviour in the town centre, serious violence "
            "affecting young people, and domestic abuse.&nbsp; Total recorded crime in the borough had "
            "fallen by 4 per cent compared with 2023-24, although shoplifting had risen by 19 per cent "
            "and remained a serious concern for town centre businesses.&nbsp; The Partnership had "
            "received &pound;58,000 from the Police and Crime Commissioner's Safer Streets fund, which had "
            "been used for additional CCTV cameras in the High Street and at Millbourne Bridge, and for a "
            "night-time economy scheme in which 26 licensed premises had taken part.&nbsp; Inspector "
            "Okoro added that the number of neighbourhood officers in the borough had been maintained "
            "at 14, and that a new Neighbourhood Inspector for the rural wards would take up post in "
            "January.")
        + p("In response to questions and comments from the Committee, the following points were made:")
        + bullets([
            "A Committee member asked why the number of referrals to the Community Harm and Risk "
            "Management Meeting (CHaRMM) had fallen during the year.&nbsp; The Community Safety Manager "
            "explained that the meeting had changed its referral criteria in April, so that lower-level "
            "cases were now dealt with by the housing associations' own tenancy teams before being "
            "escalated.",
            "Concern was expressed about the reduced opening hours of the front counter at Mardenford "
            "police station and the effect on residents who were unable to report crimes online.&nbsp; "
            "Inspector Okoro stated that the front counter would remain open on Tuesday and Saturday "
            "mornings and that the mobile police station visited each of the larger villages once a "
            "month, with dates published on the Weyshire Police website.",
            "A member queried whether the Council's funding for the two town centre street marshals "
            "would continue beyond March 2026.&nbsp; The Lead Councillor indicated that this would be "
            "considered as part of the budget for 2026-27, and that the Business Improvement District "
            "had offered to meet half of the cost.",
            "A Committee member commented that young people in the eastern villages had nowhere to go "
            "in the evenings since the youth club at Shalbourne had closed, and suggested that this was "
            "contributing to the anti-social behaviour reported at Shalbourne recreation ground.",
            "Councillor Illingworth asked what support was available for victims of domestic abuse who "
            "were living in the Council's temporary accommodation.&nbsp; The Community Safety Manager "
            "advised that the Council had achieved Domestic Abuse Housing Alliance accreditation in "
            "2024, and that an independent domestic violence adviser now held a weekly surgery at "
            "Millbourne House.",
            "Members asked that future annual reports include crime figures broken down by ward, so "
            "that councillors could see the trends in their own areas.&nbsp; Inspector Okoro agreed to "
            "look at what ward-level data could be shared, bearing in mind that small numbers could "
            "identify individual victims.",
        ])
        + p("The Chairman thanked Inspector Okoro and the Community Safety Manager for attending and "
            "for their work over the past year.")
        + p("<b>RESOLVED:</b>&nbsp; That the Committee:")
        + p("(1)&nbsp;&nbsp;&nbsp; notes the annual report of the Safer Mardenford Partnership for "
            "2024-25; and", "MsoNormal\" style=\"margin-left:36.0pt;text-indent:-36.0pt")
        + p("(2)&nbsp;&nbsp;&nbsp; asks that the Partnership's annual report for 2025-26 include crime "
            "figures for each ward in the borough, where these can be published without identifying "
            "victims.", "MsoNormal\" style=\"margin-left:36.0pt;text-indent:-36.0pt")
    )
    rows.append(item(
        "OS31", "Safer Mardenford Partnership Annual Report 2024-25",
        p("To consider the annual report of the Safer Mardenford Partnership, in the Committee's role "
          "as the Council's crime and disorder committee."),
        os31,
        docs=[("Safer Mardenford Partnership Annual Report 2024-25", "1 MB"),
              ("Appendix 1 - SMP Strategic Assessment summary", "402 KB")]
    ))

    # OS32 -----------------------------------------------------------------
    os32 = (
        p("The Chairman welcomed Harriet Lumsden, Associate Director of Primary Care, North Weyside "
          "Integrated Care Board (ICB), and Dr Tomasz Wilk, Clinical Director of the Mardenford Town "
          "Primary Care Network (PCN), who had been invited to attend following concerns raised by "
          "councillors and residents about the difficulty of obtaining an appointment with a GP in the "
          "borough.")
        + p("Ms Lumsden introduced the briefing note, which set out the number of appointments "
            "delivered by the borough's fourteen GP practices, the proportion of appointments which "
            "were face to face, and the results of the most recent GP Patient Survey.&nbsp; She advised "
            "that practices in the borough had delivered 9 per cent more appointments in the year to "
            "September 2025 than in the previous year, and that 71 per cent of appointments were now "
            "face to face.&nbsp; However, the new developments at Ashbrook Park and Wexley Fields had "
            "added around 6,000 patients to practice lists since 2022, and satisfaction with the "
            "experience of contacting a practice had fallen to 58 per cent, below the national average.")
        + p("A Committee member asked why new residents of the Ashbrook Park development were being "
            "told that their nearest practice was no longer registering patients.&nbsp; Ms Lumsden "
            "explained that no practice in the borough had formally closed its list, but that the "
            "Ashbrook Surgery had applied to the ICB to do so for six months and that the application "
            "would be decided by the ICB's primary care committee in December.&nbsp; In the meantime "
            "patients could register with the Castlemead Medical Centre, whose practice boundary had "
            "been extended.")
        + p("The Committee expressed concern that the developer contributions secured towards a new "
            "surgery at Wexley Fields had still not been spent, some seven years after outline planning "
            "permission had been granted.&nbsp; In response, the Joint Executive Head of Planning "
            "Development stated that &pound;1.4 million was held under the section 106 agreement and "
            "had to be spent by 2028, and that officers were in discussion with the ICB and the "
            "practice about a suitable site within the local centre.")
        + p("Councillor Lockyer asked what was being done to recruit and retain GPs, given the high "
            "cost of housing in the borough.&nbsp; Dr Wilk replied that the PCN had used the Additional "
            "Roles Reimbursement Scheme to employ clinical pharmacists, physiotherapists and paramedics, "
            "which had freed up GP time for patients with more complex needs, but that three of the "
            "PCN's five practices were each carrying a vacancy for a salaried GP and that locum cover "
            "was expensive and hard to find.")
        + p("Other points raised by members included the following:")
        + bullets([
            "the 8am telephone queue, which was still the most common complaint that councillors "
            "received from residents, particularly older people who were not confident in using the "
            "NHS App;",
            "whether the community pharmacy in Shalbourne, which had closed in the summer, would be "
            "replaced, as residents now faced a round trip of eleven miles to collect prescriptions;",
            "the need for the ICB to publish practice-level information on the time patients waited for "
            "a routine appointment, so that residents and councillors could hold practices to account.",
        ])
        + p("Ms Lumsden undertook to respond to members on these points in writing after the "
            "meeting.")
        + p("The Committee also asked what the Council itself could do to reduce the pressure on "
            "general practice.&nbsp; The Lead Councillor for Leisure, Culture and Community Safety "
            "referred to the exercise referral scheme run at the Council's leisure centres, to which "
            "GPs could refer patients with long-term conditions, and to the social prescribing link "
            "workers funded through the Council's community grants.")
        + p("<b>RESOLVED:</b>")
        + p("(1)&nbsp;&nbsp;&nbsp; That the briefing note be noted.",
            "MsoNormal\" style=\"margin-left:36.0pt;text-indent:-36.0pt")
        + p("(2)&nbsp;&nbsp;&nbsp; That the Chairman write to the Chief Executive of North Weyside ICB on "
            "behalf of the Committee, setting out its concerns about access to GP services at Ashbrook "
            "Park and Wexley Fields, and asking that the ICB report back to the Committee in six "
            "months' time.", "MsoNormal\" style=\"margin-left:36.0pt;text-indent:-36.0pt")
    )
    rows.append(item(
        "OS32", "Access to General Practice in the Borough",
        p("To receive a briefing from North Weyside Integrated Care Board on access to GP "
          "appointments in the borough, following the Committee's request at its meeting on 15 July "
          "2025 (Minute OS14 refers).")
        + p("The Committee is invited to consider the briefing and to identify any recommendations it "
            "may wish to make to the Integrated Care Board."),
        os32,
        docs=[("Briefing note - access to general practice", "733 KB")]
    ))

    # OS33 -----------------------------------------------------------------
    os33 = (
        p("The Lead Councillor for Housing introduced the report, which updated the Committee on the "
          "actions taken since the Regulator of Social Housing's inspection in February 2025, which had "
          "awarded the Council a C3 grading, and on the implementation of Awaab's Law, which had applied "
          "to social landlords since 27 October 2025.&nbsp; The Joint Executive Head of Housing Services "
          "advised that the number of open damp and mould cases had fallen from 412 at the end of March "
          "to 268 at the end of October, that the in-house surveying team had been increased by two "
          "posts, and that every household with an open case had been contacted within the last "
          "month.")
        + p("A member asked how many of the 268 open cases were classed as Category 1 hazards.&nbsp; "
            "The Joint Executive Head of Housing Services confirmed that 37 cases had been assessed as "
            "Category 1 hazards, and that all of the households concerned had been offered a temporary "
            "move while the works were carried out, although eleven had chosen to remain in their "
            "homes.")
        + p("In response to a question about the use of contractors, the Repairs and Maintenance "
            "Manager stated that around two-thirds of damp and mould works were carried out by the "
            "Council's responsive repairs contractor, Corbel Property Services, and that the contract "
            "included financial penalties where target times were missed, although none had yet been "
            "applied.")
        + p("Councillor Moxley expressed concern that tenants who reported mould were still being "
            "told to open their windows and to heat their homes, which many of them could not "
            "afford.&nbsp; The Lead Councillor for Housing agreed that this was not acceptable, and "
            "said that the Council's advice to tenants had been rewritten with the Tenants' Panel so "
            "that it no longer placed the blame on residents.")
        + p("A Committee member sought clarification as to whether the additional cost of complying "
            "with Awaab's Law had been included in the Housing Revenue Account business plan.&nbsp; The "
            "Joint Executive Head of Finance indicated that &pound;650,000 a year had been added to the "
            "repairs budget from 2026-27, but that the full cost would not be known until the stock "
            "condition survey was completed in the spring.")
        + p("Councillor Fairlie asked that ward councillors be informed whenever a complaint about "
            "damp and mould in their ward was escalated to the Housing Ombudsman.")
        + p("A member commented on the length of time taken to re-let empty council homes, which had "
            "risen to an average of 61 days.&nbsp; The Joint Executive Head of Housing Services "
            "acknowledged that this was too long, and explained that a separate contract for void "
            "works would start in January 2026 so that empty homes no longer competed with responsive "
            "repairs for the same operatives.")
        + p("The Committee noted the progress made and agreed to receive a further update at its "
            "meeting in March 2026, to include the results of the stock condition survey.")
    )
    rows.append(item(
        "OS33", "Damp and Mould in Council Homes: Progress Update",
        p("To receive an update on the Council's response to damp and mould in its own housing stock, "
          "including the preparations made for the extension of Awaab's Law to social landlords."),
        os33,
        docs=[("Damp and mould progress report", "512 KB"),
              ("Appendix 1 - Damp and mould action plan", "288 KB")]
    ))

    # OS34 -----------------------------------------------------------------
    os34 = (
        p("The Chairman invited Mr Alan Brierley, Chairman of the Friends of Ashbrook Pool, to address "
          "the Committee.&nbsp; Mr Brierley stated that the pool's hours for public swimming had been "
          "cut by a third since the contract began, that the changing rooms had been out of use for "
          "much of the summer, and that local people felt the operator was putting profit before the "
          "community.&nbsp; He urged the Committee to recommend that the leisure service be brought "
          "back in-house when the present contract ended.&nbsp; In response, the Lead Councillor for "
          "Leisure, Culture and Community Safety thanked Mr Brierley and stated that the reduction in "
          "public swimming reflected the increase in school and club bookings, and that the repairs "
          "to the changing rooms were the Council's responsibility as landlord and had been delayed "
          "by the late delivery of materials.")
        + p("The Leisure Contract Manager introduced the report, and Mr Craig Ventham, Regional "
            "Director, Vitalis Leisure, gave a presentation on the third year of the contract.&nbsp; "
            "Visits to Castlemead Leisure Centre and Ashbrook Pool had reached 1.12 million in "
            "2024-25, the highest since the contract began, and the management fee paid to the Council "
            "had risen to &pound;486,000 a year.&nbsp; Vitalis Leisure had invested &pound;310,000 in "
            "new gym equipment at Castlemead, and the Council had agreed to contribute towards the "
            "replacement of the pool hall lighting with LED units.&nbsp; The report set out a proposal, "
            "to be considered by the Executive on 27 January 2026, to extend the contract by five "
            "years from April 2027 in return for a further investment by the operator.")
        + p("The Committee made the following comments and asked the following questions:")
        + bullets([
            "whether the Council had considered setting up a local authority trading company or "
            "returning to in-house delivery before proposing to extend the contract &ndash; the Joint "
            "Executive Head of Community Services stated that an options appraisal had been carried "
            "out by external consultants in 2024 and would be shared with members on a confidential "
            "basis;",
            "concern that the price of a family swim had risen by 22 per cent in two years, putting it "
            "beyond the reach of many low-income households &ndash; Mr Ventham replied that prices were "
            "set within the limits agreed in the contract and that the Mardenford Leisure Card gave a "
            "50 per cent discount to residents on means-tested benefits;",
            "the need for the contractor to pay the real Living Wage to all of its staff, and whether "
            "this had been a condition of the contract &ndash; the Leisure Contract Manager confirmed "
            "that it had not, but that Vitalis Leisure had voluntarily paid the real Living Wage since "
            "April 2025;",
            "the condition of the changing rooms at Ashbrook Pool, which one member described as "
            "a disgrace and a poor advertisement for the Council.",
        ])
        + p("Councillor Whitcombe proposed, and Councillor Gosden seconded, that the Committee "
            "recommend to the Executive that the proposed five-year extension of the contract should "
            "not be agreed until the options appraisal had been considered by this Committee.&nbsp; On "
            "being put to the vote, the motion was lost.")
        + p("<b>RESOLVED:</b>&nbsp; That the Committee:")
        + p("(1)&nbsp;&nbsp;&nbsp; notes the annual performance report on the leisure management "
            "contract for 2024-25; and", "MsoNormal\" style=\"margin-left:36.0pt;text-indent:-36.0pt")
        + p("(2)&nbsp;&nbsp;&nbsp; recommends to the Executive that, in considering the proposed extension "
            "of the leisure management contract, it has regard to the Committee's comments on pricing, "
            "pay and the condition of Ashbrook Pool.", "MsoNormal\" style=\"margin-left:36.0pt;text-indent:-36.0pt")
    )
    rows.append(item(
        "OS34", "Leisure Management Contract: Annual Performance Review",
        p("To review the performance of the Council's leisure management contractor, Vitalis Leisure, "
          "in the third year of the contract, and to comment on the proposed extension of the "
          "contract which is included in the Executive Forward Plan.")
        + p("<b>Recommendation to Committee:</b> That the Committee considers the report and "
            "determines whether it wishes to make any comments or recommendations to the Executive."),
        os34,
        docs=[("Leisure contract annual review report", "655 KB"),
              ("Appendix 1 - Vitalis Leisure annual report 2024-25", "2 MB")]
    ))

    # OS35 -----------------------------------------------------------------
    os35 = (
        p("The Committee considered its draft work programme for the remainder of the 2025-26 "
          "municipal year, together with the latest Executive Forward Plan.&nbsp; The Scrutiny "
          "Officer advised that the Homelessness and Temporary Accommodation Task Group would present "
          "its final report to the Committee's meeting on 20 January 2026.")
        + p("A member requested that the Committee scrutinise the draft budget for 2026-27 before it "
            "was considered by the Executive in January, given the pressures on the General "
            "Fund.&nbsp; The Chairman agreed that an additional meeting would be arranged in early "
            "January for this purpose.")
        + p("Councillor Quarrie asked whether the Committee could examine the likely impact of local "
            "government reorganisation in Weyshire on services in Mardenford.&nbsp; The Scrutiny Officer "
            "indicated that this would be discussed with the Chairman and Vice-Chairman once the "
            "Government had responded to the proposals submitted in September.")
        + p("<b>RESOLVED:</b>&nbsp; That the work programme, as amended to include an additional "
            "meeting in January 2026 to scrutinise the draft budget, be approved.")
        + p("&nbsp;")
        + p("The meeting finished at 9.47 pm")
    )
    rows.append(item(
        "OS35", "Overview and Scrutiny Work Programme",
        p("To consider the Committee's work programme for the remainder of the 2025-26 municipal "
          "year."),
        os35,
        docs=[("Overview and Scrutiny work programme 2025-26", "196 KB"),
              ("Executive Forward Plan", "310 KB")]
    ))

    return HEAD + ATTENDANCE + "".join(rows) + FOOT


# ---------------------------------------------------------------------------
# The document that is not minutes: an Executive report (PDF)
# ---------------------------------------------------------------------------

REPORT_BOX = [
    ("Ward(s) affected:", "All"),
    ("Report of", "Joint Executive Head of Community Services"),
    ("Author:", "Leisure Contract Manager"),
    ("Tel:", "01652 446219"),
    ("Email:", "leisure.contract@mardenford.gov.uk"),
    ("Lead Councillor responsible:", "Lead Councillor for Leisure, Culture and Community Safety"),
    ("Date:", "27 January 2026"),
]

REPORT_SECTIONS = [
    ("Executive Summary", [
        "The Council's leisure management contract with Vitalis Leisure began in April 2022 and is "
        "due to end in March 2027. The contract allows the Council to extend it by up to five years. "
        "This report sets out the options for the future management of Castlemead Leisure Centre and "
        "Ashbrook Pool and recommends that the contract be extended, subject to a revised investment "
        "and pricing schedule.",
        "The Overview and Scrutiny Committee reviewed the performance of the contract at its meeting "
        "on 18 November 2025 and made comments on pricing, pay and the condition of Ashbrook Pool. "
        "These are addressed in section 6 of this report.",
    ]),
    ("Recommendation to Executive", [
        "That the Executive:",
        "(1) agrees to extend the leisure management contract with Vitalis Leisure for five years from "
        "1 April 2027, subject to the revised investment and pricing schedule at Appendix 2; and",
        "(2) delegates authority to the Joint Executive Head of Community Services, in consultation "
        "with the Lead Councillor for Leisure, Culture and Community Safety, to agree the final terms "
        "of the deed of variation.",
    ]),
    ("Reason(s) for Recommendation:", [
        "To secure continued investment in the Council's leisure facilities and a guaranteed "
        "management fee, while avoiding the cost and risk of a full procurement in 2026.",
        "Is the report (or part of it) exempt from publication? No. Appendix 3 (options appraisal) is "
        "exempt under paragraph 3 of Schedule 12A to the Local Government Act 1972.",
    ]),
    ("1. Purpose of Report", [
        "1.1 To seek a decision on whether to extend the leisure management contract or to begin a "
        "new procurement or a transfer of the service back to the Council.",
    ]),
    ("2. Strategic Priorities", [
        "2.1 The leisure contract supports the Corporate Strategy priority of healthy and active "
        "communities, and in particular the commitment to keep leisure affordable for residents on "
        "low incomes.",
    ]),
    ("3. Background", [
        "3.1 Vitalis Leisure operates Castlemead Leisure Centre and Ashbrook Pool under a contract "
        "awarded following a competitive tender in 2021. The Council owns both buildings and is "
        "responsible for structural repairs; the operator is responsible for day-to-day maintenance "
        "and lifecycle replacement of equipment.",
        "3.2 Visits reached 1.12 million in 2024-25 and the management fee paid to the Council is "
        "now £486,000 a year.",
    ]),
    ("4. Options", [
        "4.1 Option 1: allow the contract to expire and carry out a new procurement. This would take "
        "around eighteen months and would cost an estimated £180,000 in advice and staff time.",
        "4.2 Option 2: bring the service in-house or into a local authority trading company. The "
        "options appraisal (Appendix 3) estimates that this would cost the Council between £390,000 "
        "and £620,000 a year more than Option 3, mainly because of VAT and pension costs.",
        "4.3 Option 3 (recommended): extend the contract for five years in return for £1.2 million of "
        "investment by the operator, a cap on price increases and a commitment to pay the real Living "
        "Wage.",
    ]),
    ("5. Consultations", [
        "5.1 The Lead Councillor has been consulted and supports the recommendation. The Friends of "
        "Ashbrook Pool have asked the Council to bring the service back in-house; their views are "
        "summarised in paragraph 6.4.",
    ]),
    ("6. Response to the Overview and Scrutiny Committee", [
        "6.1 Will prices rise again? The revised pricing schedule caps increases in the price of "
        "casual swimming at the Consumer Price Index for the period of the extension.",
        "6.2 Will staff be paid the real Living Wage? Yes. Payment of the real Living Wage will become "
        "a condition of the contract from 1 April 2027.",
        "6.3 When will the changing rooms at Ashbrook Pool be refurbished? The Council's works are "
        "programmed for completion in February 2026 and are funded from the capital programme.",
        "6.4 Should the service be brought back in-house? Officers do not recommend this for the "
        "reasons set out in paragraph 4.2.",
    ]),
    ("7. Key Risks", [
        "7.1 The main risk is that the operator's financial position deteriorates during the extension. "
        "The deed of variation will include a parent company guarantee.",
    ]),
    ("8. Financial Implications", [
        "8.1 The extension would secure a management fee of at least £2.5 million over five years. "
        "There is no additional revenue cost to the Council.",
    ]),
    ("9. Legal Implications", [
        "9.1 The extension is permitted by clause 4.3 of the contract and does not amount to a "
        "substantial modification under the Procurement Act 2023.",
    ]),
    ("10. Human Resource Implications", [
        "10.1 There are no direct implications for Council staff.",
    ]),
    ("11. Equality and Diversity Implications", [
        "11.1 An equality impact assessment has been completed. The cap on prices and the continued "
        "Leisure Card discount will protect residents on low incomes.",
    ]),
    ("12. Climate Change/Sustainability Implications", [
        "12.1 The operator's investment includes air source heat pumps at Ashbrook Pool.",
    ]),
    ("13. Conclusion", [
        "13.1 Extending the contract offers the best value for the Council and secures investment in "
        "both facilities.",
    ]),
    ("14. Background Papers", [
        "Report to the Overview and Scrutiny Committee, 18 November 2025: Leisure Management Contract "
        "Annual Performance Review.",
    ]),
    ("15. Appendices", [
        "Appendix 1: Contract performance summary 2024-25",
        "Appendix 2: Revised investment and pricing schedule",
        "Appendix 3: Options appraisal (exempt)",
    ]),
]


def build_report(path: Path) -> None:
    from fpdf import FPDF

    class Report(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("Sans", "", 8)
                self.cell(0, 5, "Executive: 27 January 2026", align="R")
                self.ln(8)

        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 8)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Leisure Management Contract - Proposed Extension")
    pdf.set_author("Mardenford Borough Council")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    pdf.set_font("Sans", "B", 14)
    pdf.cell(0, 8, "Mardenford Borough Council", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, "Executive Report", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "", 9)
    for label, value in REPORT_BOX:
        pdf.set_font("Sans", "B", 9)
        pdf.cell(55, 6, label, border=1)
        pdf.set_font("Sans", "", 9)
        pdf.cell(0, 6, value, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Sans", "B", 12)
    pdf.multi_cell(0, 7, "Leisure Management Contract - Proposed Extension",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for heading, paras in REPORT_SECTIONS:
        pdf.set_font("Sans", "B", 10)
        pdf.multi_cell(0, 6, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 10)
        for para in paras:
            pdf.multi_cell(0, 5.2, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        pdf.ln(1.5)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item_no, kind, text, asked_by, answer, given_by, themes):
    return {"item": item_no, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item_no, text, outcome, themes):
    return {"item": item_no, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Overview and Scrutiny Committee",
    "meeting_date": "2025-11-18",
    "items": [
        {"number": "OS28", "title": "Apologies for Absence and Notification of Substitute Members"},
        {"number": "OS29", "title": "Local Code of Conduct - Disclosure of Interests"},
        {"number": "OS30", "title": "Minutes"},
        {"number": "OS31", "title": "Safer Mardenford Partnership Annual Report 2024-25"},
        {"number": "OS32", "title": "Access to General Practice in the Borough"},
        {"number": "OS33", "title": "Damp and Mould in Council Homes: Progress Update"},
        {"number": "OS34", "title": "Leisure Management Contract: Annual Performance Review"},
        {"number": "OS35", "title": "Overview and Scrutiny Work Programme"},
    ],
    "questions": [
        # OS31 Safer Mardenford Partnership
        q("OS31", "question",
          "asked why the number of referrals to the Community Harm and Risk",
          None,
          "the meeting had changed its referral criteria in April",
          "the Community Safety Manager", []),
        q("OS31", "concern",
          "Concern was expressed about the reduced opening hours of the front counter",
          None,
          "the front counter would remain open on Tuesday and Saturday mornings",
          "Inspector Okoro", []),
        q("OS31", "question",
          "queried whether the Council's funding for the two town centre street marshals",
          None,
          "this would be considered as part of the budget for 2026-27",
          "the Lead Councillor", ["finance"]),
        q("OS31", "comment",
          "young people in the eastern villages had nowhere to go in the evenings",
          None, None, None, ["children-and-families"]),
        q("OS31", "question",
          "asked what support was available for victims of domestic abuse who were living",
          "Councillor Illingworth",
          "the Council had achieved Domestic Abuse Housing Alliance accreditation",
          "the Community Safety Manager", ["housing"]),
        q("OS31", "request",
          "Members asked that future annual reports include crime figures broken down by ward",
          None,
          "agreed to look at what ward-level data could be shared",
          "Inspector Okoro", []),
        # OS32 Access to general practice
        q("OS32", "question",
          "asked why new residents of the Ashbrook Park development were being told",
          None,
          "no practice in the borough had formally closed its list",
          "Ms Lumsden", ["primary-care"]),
        q("OS32", "concern",
          "developer contributions secured towards a new surgery at Wexley Fields had still not been spent",
          None,
          "was held under the section 106 agreement and had to be spent by 2028",
          "the Joint Executive Head of Planning Development", ["finance", "primary-care"]),
        q("OS32", "question",
          "asked what was being done to recruit and retain GPs",
          "Councillor Lockyer",
          "the PCN had used the Additional Roles Reimbursement Scheme to employ clinical pharmacists",
          "Dr Wilk", ["workforce", "primary-care"]),
        q("OS32", "concern",
          "the 8am telephone queue, which was still the most common complaint",
          None, None, None, ["primary-care"]),
        q("OS32", "question",
          "whether the community pharmacy in Shalbourne, which had closed in the summer",
          None, None, None, ["primary-care"]),
        q("OS32", "request",
          "the need for the ICB to publish practice-level information on the time patients waited",
          None, None, None, ["primary-care", "governance"]),
        q("OS32", "question",
          "asked what the Council itself could do to reduce the pressure on general practice",
          None,
          "referred to the exercise referral scheme run at the Council's leisure centres",
          "the Lead Councillor for Leisure, Culture and Community Safety",
          ["primary-care", "public-health"]),
        # OS33 Damp and mould
        q("OS33", "question",
          "asked how many of the 268 open cases were classed as Category 1 hazards",
          None,
          "37 cases had been assessed as Category 1 hazards",
          "the Joint Executive Head of Housing Services", ["housing"]),
        q("OS33", "question",
          "In response to a question about the use of contractors",
          None,
          "around two-thirds of damp and mould works were carried out by the",
          "the Repairs and Maintenance Manager", ["housing", "subcontracting"]),
        q("OS33", "concern",
          "expressed concern that tenants who reported mould were still being told to open",
          "Councillor Moxley",
          "the Council's advice to tenants had been rewritten with the Tenants' Panel",
          "the Lead Councillor for Housing", ["housing"]),
        q("OS33", "question",
          "sought clarification as to whether the additional cost of complying with Awaab's Law",
          None,
          "a year had been added to the repairs budget from 2026-27",
          "the Joint Executive Head of Finance", ["finance", "housing"]),
        q("OS33", "request",
          "asked that ward councillors be informed whenever a complaint about damp and mould",
          "Councillor Fairlie", None, None, ["housing"]),
        q("OS33", "comment",
          "commented on the length of time taken to re-let empty council homes",
          None,
          "a separate contract for void works would start in January 2026",
          "the Joint Executive Head of Housing Services", ["housing", "subcontracting"]),
        # OS34 Leisure contract
        q("OS34", "comment",
          "the pool's hours for public swimming had been cut by a third",
          "Mr Alan Brierley",
          "the reduction in public swimming reflected the increase in school and club bookings",
          "the Lead Councillor for Leisure, Culture and Community Safety",
          ["privatisation", "subcontracting", "patient-and-public-input"]),
        q("OS34", "question",
          "whether the Council had considered setting up a local authority trading company",
          None,
          "an options appraisal had been carried out by external consultants in 2024",
          "the Joint Executive Head of Community Services",
          ["privatisation", "subcontracting"]),
        q("OS34", "concern",
          "concern that the price of a family swim had risen by 22 per cent",
          None,
          "prices were set within the limits agreed in the contract",
          "Mr Ventham", ["finance"]),
        q("OS34", "request",
          "the need for the contractor to pay the real Living Wage to all",
          None,
          "Vitalis Leisure had voluntarily paid the real Living Wage since April 2025",
          "the Leisure Contract Manager", ["workforce", "subcontracting"]),
        q("OS34", "comment",
          "the condition of the changing rooms at Ashbrook Pool, which one member described",
          None, None, None, []),
        # OS35 Work programme
        q("OS35", "request",
          "requested that the Committee scrutinise the draft budget for 2026-27",
          None,
          "an additional meeting would be arranged in early January for this purpose",
          "The Chairman", ["finance", "governance"]),
        q("OS35", "question",
          "asked whether the Committee could examine the likely impact of local government reorganisation",
          "Councillor Quarrie",
          "this would be discussed with the Chairman and Vice-Chairman",
          "The Scrutiny Officer", ["governance"]),
    ],
    "resolutions": [
        r("OS30", "were confirmed as a correct record. The Chairman signed the minutes",
          "agreed", []),
        r("OS31", "notes the annual report of the Safer Mardenford Partnership for 2024-25",
          "agreed", []),
        r("OS32", "setting out its concerns about access to GP services at Ashbrook Park",
          "agreed", ["primary-care"]),
        r("OS33", "noted the progress made and agreed to receive a further update",
          "agreed", ["housing"]),
        r("OS34", "proposed five-year extension of the contract should not be agreed until",
          "rejected", ["subcontracting"]),
        r("OS34", "recommends to the Executive that, in considering the proposed extension",
          "recommended", ["subcontracting"]),
        r("OS35", "That the work programme, as amended to include an additional meeting",
          "agreed", ["finance", "governance"]),
    ],
    "attendees": [
        a("Councillor Rosalind Featherby", "Chairman", "present"),
        a("Councillor Nikhil Barrowcliffe", "Vice-Chairman", "present"),
        a("Councillor Judith Anstey-Marsh", None, "apologies"),
        a("Councillor Owen Carbery", None, "present"),
        a("Councillor Dominic Fairlie", None, "present"),
        a("Councillor Helen Gosden", None, "present"),
        a("Councillor Terence Hallam", None, "apologies"),
        a("Councillor Bethan Illingworth", None, "present"),
        a("Councillor Kwame Lockyer", None, "present"),
        a("Councillor Patricia Moxley", None, "present"),
        a("Councillor Stuart Pennock", None, "absent"),
        a("Councillor Yvonne Quarrie", None, "present"),
        a("Councillor Gareth Whitcombe", None, "present"),
        a("Councillor Martin Aldred", "Lead Councillor for Leisure, Culture and Community Safety",
          "in_attendance"),
        a("Councillor Fenella Dunstable", None, "in_attendance"),
        a("Councillor Priya Venkatesan", "Lead Councillor for Housing", "in_attendance"),
        a("Councillor Ivor Tredinnick", None, "in_attendance"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def build() -> None:
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(minutes_html(), encoding="utf-8")
    build_report(DOCS / REPORT_NAME)
    write_json(GOLD / (Path(MINUTES_NAME).stem + ".json"), MINUTES_GOLD)
    write_json(GOLD / (Path(REPORT_NAME).stem + ".json"), REPORT_GOLD)
    print("wrote", MINUTES_NAME, REPORT_NAME, "and their gold files")


def extract_variants(path: Path) -> list[str]:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return ["\n".join((pg.extract_text() or "") for pg in pdf.pages)]
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [para.text for para in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return ["\n".join(parts)]
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        return [soup.get_text(), soup.get_text(" ")]
    return [path.read_text(encoding="utf-8")]


PUNCT = string.punctuation + "\u2018\u2019\u201c\u201d\u2013\u2014\u00b7\u00a3"


def norm(text: str, repl: str) -> str:
    text = text.lower().replace("\u00a0", " ")
    text = "".join(repl if ch in PUNCT else ch for ch in text)
    return re.sub(r"\s+", " ", text).strip()


def check() -> int:
    failures = 0
    for name in (MINUTES_NAME, REPORT_NAME):
        gold_path = GOLD / (Path(name).stem + ".json")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            failures += 1
            continue
        texts = extract_variants(doc)
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
                failures += 1
            for text in texts:
                for repl in ("", " "):
                    hay, needle = norm(text, repl), norm(phrase, repl)
                    count = hay.count(needle)
                    if count != 1:
                        print(f"{gold_path.name}: {kind} phrase found {count} times "
                              f"(punctuation->{repl!r}): {phrase!r}")
                        failures += 1
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    if failures:
        print(f"FAILED: {failures} problem(s)")
        return 1
    print("OK: every gold phrase occurs exactly once")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
