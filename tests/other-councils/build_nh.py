#!/usr/bin/env python3
"""Build the "nh-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_nh.py           build documents/nh-* and gold/nh-*.json
        build_nh.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import html
import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "nh-ravenden-overview-scrutiny-committee-2025-01-21.html"
REPORT_NAME = "nh-ravenden-os-report-leisure-delivery-options.pdf"

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DATE = dt.datetime(2025, 1, 13, 9, 30, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------------------
# The minutes: a ModernGov meeting page
# ---------------------------------------------------------------------------

BULLET = ('<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;'
          'text-indent:-18.0pt;mso-list:l0 level1 lfo1"><span style="font-family:Symbol">'
          '\u00b7<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;'
          '&nbsp;&nbsp;&nbsp; </span></span>{}</p>')
NUMBERED = ('<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;'
            'text-indent:-18.0pt;mso-list:l1 level1 lfo2">{}.<span style="font:7.0pt '
            '&quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>{}</p>')
PARA = '<p class="MsoNormal" style="text-align:justify">{}</p>'
BLANK = '<p class="MsoNormal">&nbsp;</p>'


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def render_block(block) -> str:
    kind = block[0]
    if kind == "p":
        return PARA.format(esc(block[1]))
    if kind == "pb":  # paragraph in bold (labels such as RESOLVED:)
        return PARA.format("<strong>" + esc(block[1]) + "</strong>")
    if kind == "bullet":
        return BULLET.format(esc(block[1]))
    if kind == "num":
        return NUMBERED.format(block[1], esc(block[2]))
    if kind == "blank":
        return BLANK
    if kind == "raw":
        return block[1]
    raise ValueError(kind)


ITEMS = [
    {
        "number": "47",
        "title": "Declarations of Interest",
        "agenda": [
            ("p", "Members of the committee should declare any interests which fall under "
                  "the following categories:"),
            ("blank",),
            ("raw", '<p class="MsoNormal" style="margin-left:36.0pt">a)&nbsp;&nbsp;&nbsp; '
                    'disclosable pecuniary interests (DPI);</p>\n'
                    '<p class="MsoNormal" style="margin-left:36.0pt">b)&nbsp;&nbsp;&nbsp; '
                    'other significant interests (OSI);</p>\n'
                    '<p class="MsoNormal" style="margin-left:36.0pt">c)&nbsp;&nbsp;&nbsp; '
                    'voluntary announcements of other interests.</p>'),
        ],
        "docs": [],
        "minutes": [
            ("p", "Councillor Marrable made a voluntary announcement in respect of Minute No 52 "
                  "(Leisure Provision \u2013 Future Delivery Options) in that he is a member of "
                  "Hollingford Bay Amateur Swimming Club, which hires pool time at Bayside "
                  "Leisure Centre. He remained in the meeting and took part in discussions and "
                  "voting on this item."),
            ("blank",),
            ("p", "Councillor Mrs Hartigan made a voluntary announcement in that she is also a "
                  "member of Saxonshire County Council and sits on its Health Overview and "
                  "Scrutiny Committee."),
        ],
    },
    {
        "number": "48",
        "title": "Minutes",
        "agenda": [
            ("p", "To consider and approve, as a correct record, the minutes of the meeting held "
                  "on 26 November 2024."),
        ],
        "docs": ["Minutes , 26/11/2024 Overview and Scrutiny Committee, item 48. PDF 231 KB"],
        "minutes": [
            ("p", "The minutes of the meeting held on 26 November 2024 were submitted, approved "
                  "and signed by the Chair."),
        ],
    },
    {
        "number": "49",
        "title": "Minutes of the Finance and Performance Scrutiny Sub-Committee",
        "agenda": [
            ("p", "To consider and approve, as a correct record, the minutes of the meeting held "
                  "on 10 December 2024."),
        ],
        "docs": ["Minutes , 10/12/2024 Finance and Performance Scrutiny Sub-Committee, item 49. "
                 "PDF 198 KB"],
        "minutes": [
            ("p", "The minutes of the meeting held on 10 December 2024 were submitted and "
                  "agreed.\u00a0 Councillor Pryke, as Chair of the Sub-Committee, advised that the "
                  "quarter 2 performance report would come back to the Sub-Committee in March, "
                  "as the indicators for temporary accommodation had been left out in error."),
        ],
    },
    {
        "number": "50",
        "title": "Cabinet Member updates",
        "agenda": [
            ("p", "In accordance with the Constitution, Councillor Nadia Frost, Cabinet Member "
                  "for Communities and Wellbeing, will be attending the Overview and Scrutiny "
                  "Committee to provide a general update on decisions made within her "
                  "portfolio."),
        ],
        "docs": [],
        "minutes": [
            ("p", "In accordance with the Constitution Councillor Nadia Frost, Cabinet Member "
                  "for Communities and Wellbeing provided the Committee with a verbal update "
                  "which included the following:"),
            ("blank",),
            ("bullet", "The Active Ravenden programme had delivered 1,140 free swimming sessions "
                       "for under 16s over the summer holidays, an increase of almost a third on "
                       "2023."),
            ("bullet", "The Warm Spaces network was running in 23 venues across the district this "
                       "winter, most of them in church halls and community centres."),
            ("bullet", "The Community Grants scheme for 2025/26 had opened on 6 January, with "
                       "\u00a3120,000 available and a closing date of 28 February."),
            ("bullet", "The Council had agreed with Saxonshire County Council how the final round "
                       "of the Household Support Fund would be distributed, with vouchers sent "
                       "direct to households in receipt of Council Tax Reduction."),
            ("blank",),
            ("p", "Members asked questions and made comments, which included:"),
            ("blank",),
            ("bullet", "Councillor Oduya asked how many of the warm spaces were open at weekends, "
                       "as residents in Brookmarsh had told her that the only venue near them "
                       "closed at 2pm on a Friday.\u00a0 The Cabinet Member said that seven "
                       "venues opened on Saturdays and she would circulate the full list, with "
                       "opening hours, to all Members."),
            ("bullet", "Councillor Linfoot asked whether town and parish councils could apply "
                       "to the Community Grants scheme on behalf of voluntary groups.\u00a0 The "
                       "Cabinet Member confirmed that a parish council could apply as lead "
                       "partner, but the grant would need to benefit a constituted community "
                       "group."),
            ("bullet", "Councillor Edgecumbe expressed concern that the free swimming offer "
                       "had not reached children in the rural wards, where there was no bus to "
                       "either leisure centre during the school holidays."),
            ("bullet", "Councillor Bhamra requested that future updates include figures on the "
                       "take-up of the Household Support Fund by pensioners.\u00a0 The Cabinet "
                       "Member agreed to include this in her next update."),
            ("blank",),
            ("p", "The Chair thanked the Cabinet Member for her update and the Committee noted "
                  "the update."),
        ],
    },
    {
        "number": "51",
        "title": "Ravenden Community Safety Partnership Annual Review",
        "agenda": [
            ("p", "The Overview and Scrutiny Committee acts once a year as the Crime and "
                  "Disorder Scrutiny Panel as set out in legislation to ensure that the "
                  "Community Safety Partnership is working effectively, and responsible "
                  "authorities are discharging their statutory functions in respect of "
                  "community safety."),
        ],
        "docs": ["Report OS/24/19 CSP Annual Review, item 51. PDF 312 KB",
                 "Appendix 1 - Ravenden Community Safety Partnership Plan 2024-25, item 51. "
                 "PDF 1 MB",
                 "Presentation - Saxonshire Police District Commander, item 51. PDF 2 MB"],
        "minutes": [
            ("p", "The Chair advised that each year the Overview and Scrutiny Committee acted as "
                  "the Crime and Disorder Scrutiny Panel, to ensure that the Community Safety "
                  "Partnership was working effectively, and that the responsible authorities "
                  "were discharging their statutory functions in respect of community safety."),
            ("blank",),
            ("p", "Mr Calloway, Community Services Manager, introduced the report (OS/24/19), "
                  "which looked back at the work of the Partnership during 2024 and set out its "
                  "priorities for 2025/26: anti-social behaviour, serious violence and "
                  "exploitation, domestic abuse, and road safety.\u00a0 Chief Inspector "
                  "Gorringe, the District Commander, then gave a presentation on crime trends "
                  "across the district, which showed that overall recorded crime had fallen by "
                  "4% while shoplifting and theft of vehicles had risen.\u00a0 The presentation "
                  "has been attached to the minutes for reference."),
            ("blank",),
            ("p", "After the presentation the following points were noted:"),
            ("blank",),
            ("bullet", "Councillor Quennell asked what was being done about the anti-social "
                       "behaviour involving e-scooters and off-road bikes on the promenade at "
                       "Hollingford Bay.\u00a0 Chief Inspector Gorringe advised that a dispersal "
                       "order had been used on four weekends over the summer and nine bikes had "
                       "been seized, and a further joint operation with the Council\u2019s "
                       "enforcement team was planned for the spring."),
            ("bullet", "Shoplifting in Ravenden town centre had risen by 31% on the previous "
                       "year, although part of the increase reflected better reporting by "
                       "retailers through the Business Crime Reduction Partnership."),
            ("bullet", "Councillor Marrable queried why response times for the rural areas had "
                       "not been included in the presentation.\u00a0 The Chief Inspector "
                       "explained that the force published response times at force level only, "
                       "but he would ask whether figures for the district could be shared with "
                       "the Committee."),
            ("bullet", "Councillor Mrs Hartigan raised concerns about the number of domestic "
                       "abuse victims being placed in temporary accommodation outside the "
                       "district, and the effect this had on their children\u2019s schooling."
                       "\u00a0 Mr Calloway responded that the Council had commissioned six "
                       "units of safe accommodation from Harbour Lane Women\u2019s Aid under its "
                       "duty in the Domestic Abuse Act 2021, and a further two units would be "
                       "available from April 2025."),
            ("bullet", "Members asked whether there was funding to continue the youth diversion "
                       "project at Dunmarsh skate park after March.\u00a0 Mr Calloway advised "
                       "that the project had been funded through the Police and Crime "
                       "Commissioner\u2019s Safer Streets fund, a bid had been made to extend it "
                       "for a further year and the outcome was expected in February."),
            ("bullet", "Councillor Linfoot commented that the CCTV cameras in Kettlemere high "
                       "street had been out of action for several months and residents no longer "
                       "felt safe walking through the town in the evening.\u00a0 It was confirmed "
                       "that replacement cameras would be installed by the end of February as "
                       "part of the capital programme."),
            ("blank",),
            ("p", "Proposed by Councillor Pryke,"),
            ("p", "Seconded by Councillor Bhamra; and"),
            ("blank",),
            ("pb", "RESOLVED:"),
            ("num", 1, "To receive and note report OS/24/19."),
            ("num", 2, "That the Committee is satisfied that the Community Safety Partnership "
                       "and the responsible authorities are discharging their statutory "
                       "functions in respect of community safety."),
            ("num", 3, "That police response times for the district be provided to Members before "
                       "the next annual review, where these are available."),
            ("blank",),
            ("p", "(Voting figures: 9 for, 0 against, 0 abstentions)."),
        ],
    },
    {
        "number": "52",
        "title": "Leisure Provision - Future Delivery Options",
        "agenda": [
            ("p", "This report sets out the options for the future management of the "
                  "Council\u2019s two leisure centres when the current contract with Tidewell "
                  "Leisure Ltd ends on 31 March 2026, and asks the Committee for its comments "
                  "before the options are considered by Cabinet."),
        ],
        "docs": ["Report OS/24/20 Leisure Provision - Future Delivery Options, item 52. "
                 "PDF 402 KB",
                 "Appendix 1 - Options appraisal, item 52. PDF 210 KB"],
        "minutes": [
            ("p", "Ms Adebayo, Leisure and Culture Lead, presented report OS/24/20, which set out "
                  "four options for the running of Bayside Leisure Centre and Ravenden Pool and "
                  "Fitness Centre from April 2026: extending the current contract with Tidewell "
                  "Leisure Ltd for up to two years; re-procuring a management contract on the "
                  "open market; transferring the service to a local authority trading company; "
                  "or bringing the service back in-house.\u00a0 The management fee paid to the "
                  "operator had risen from \u00a3180,000 to \u00a3610,000 a year since 2022, "
                  "largely because of energy and staff costs, and the options appraisal at "
                  "Appendix 1 favoured a short extension while a full procurement was carried "
                  "out."),
            ("blank",),
            ("p", "Councillor Frost, Cabinet Member for Communities and Wellbeing, added that no "
                  "decision had yet been taken and that Cabinet would welcome the views of the "
                  "Committee."),
            ("blank",),
            ("p", "Councillor Edgecumbe asked what the VAT position would be if the service were "
                  "brought back in-house, as he understood that other councils had made "
                  "significant savings in this way.\u00a0 Mr Treadgold, Chief Financial Officer, "
                  "explained that an in-house service could now recover VAT on admission "
                  "charges following a change in HMRC guidance, which could be worth around "
                  "\u00a3150,000 a year, but this would be offset by the pension costs of staff "
                  "transferring under TUPE."),
            ("blank",),
            ("p", "Councillor Oduya expressed concern that the priority of a private operator "
                  "would always be to make a profit rather than to serve residents on low "
                  "incomes, and asked whether the concessionary membership scheme would be "
                  "protected under any new contract.\u00a0 Ms Adebayo confirmed that the "
                  "concessionary scheme and free swimming for under 16s would be written into "
                  "the specification whichever option was chosen."),
            ("blank",),
            ("p", "Councillor Linfoot sought clarification on whether staff at the two centres "
                  "had been told about the review.\u00a0 Ms Adebayo advised that Tidewell had "
                  "briefed its staff in December and formal consultation would take place once "
                  "Cabinet had chosen an option."),
            ("blank",),
            ("p", "Councillor Quennell asked whether residents would be consulted on the "
                  "options.\u00a0 The Cabinet Member said that a residents\u2019 survey would run "
                  "for six weeks from February, with drop-in sessions at both centres."),
            ("blank",),
            ("p", "Councillor Marrable asked about the condition of the pool plant at Bayside, "
                  "noting that the learner pool had been closed for eleven weeks in 2024.\u00a0 "
                  "Ms Adebayo explained that the plant remained the Council\u2019s responsibility "
                  "under the contract and a condition survey had identified \u00a31.2 million of "
                  "works over the next five years, which had been included in the capital "
                  "programme."),
            ("blank",),
            ("p", "Councillor Mrs Hartigan commented that when the Committee had last looked at "
                  "the contract, in 2023, it had asked for work on the options to start early, "
                  "and she was disappointed that the timetable now left so little time for a "
                  "full procurement."),
            ("blank",),
            ("p", "Councillor Edgecumbe proposed, and Councillor Oduya seconded, that the "
                  "Committee recommend to Cabinet that option 4, bringing the service back "
                  "in-house, be taken forward as the preferred option.\u00a0 On being put to "
                  "the vote the proposal was lost."),
            ("blank",),
            ("p", "(Voting figures: 3 for, 6 against, 0 abstentions)."),
            ("blank",),
            ("p", "Proposed by Councillor Pryke,"),
            ("p", "Seconded by Councillor Marrable; and"),
            ("blank",),
            ("pb", "RESOLVED:"),
            ("num", 1, "That report OS/24/20 be received and noted."),
            ("num", 2, "That the comments of the Committee, including its concern about the "
                       "time left for a full procurement, be reported to Cabinet when it "
                       "considers the options on 19 February 2025."),
            ("blank",),
            ("p", "(Voting figures: 6 for, 0 against, 3 abstentions)."),
        ],
    },
    {
        "number": "53",
        "title": "Access to Primary Care in Ravenden - NHS Saxonshire and Coast Integrated "
                 "Care Board",
        "agenda": [
            ("p", "To receive a presentation from NHS Saxonshire and Coast Integrated Care Board "
                  "on access to GP, dental and community pharmacy services in the district, and "
                  "on progress with the Hollingford Bay Health Hub."),
        ],
        "docs": ["Presentation - Access to Primary Care in Ravenden, item 53. PDF 1 MB"],
        "minutes": [
            ("p", "The Chair welcomed Joanne Platt, Director of Primary Care, NHS Saxonshire and "
                  "Coast Integrated Care Board (ICB), and Dr Imran Sethi, Clinical Director of "
                  "the Ravenden Coastal Primary Care Network (PCN)."),
            ("blank",),
            ("p", "Ms Platt gave a presentation which covered the number of GP appointments in "
                  "the district, which was 6% higher than in 2023, the move by practices to a "
                  "\u2018modern general practice\u2019 model with online consultation, access to "
                  "NHS dentistry and the urgent dental care service, the closure of two "
                  "community pharmacies in 2024, and the timetable for the Hollingford Bay "
                  "Health Hub.\u00a0 The presentation has been attached to the minutes for "
                  "reference."),
            ("blank",),
            ("p", "Members asked questions and made comments, which included:"),
            ("blank",),
            ("bullet", "Councillor Bhamra said residents were still telling her that they had to "
                       "queue on the telephone at 8am to get an appointment, and asked what was "
                       "being done about this.\u00a0 Dr Sethi responded that all practices in the "
                       "PCN had moved to cloud based telephony with a call back option, and the "
                       "average wait to answer had fallen from 14 minutes to under 5."),
            ("bullet", "Councillor Mrs Hartigan asked how residents without internet access "
                       "could use online consultation.\u00a0 Ms Platt explained that practices "
                       "were required to offer the same access by telephone and in person, and "
                       "the ICB was funding digital champions in libraries through Saxonshire "
                       "County Council."),
            ("bullet", "Councillor Quennell asked when the Hollingford Bay Health Hub would open, "
                       "given that it had first been promised in 2021.\u00a0 Ms Platt advised "
                       "that the business case had been approved by NHS England in November 2024, "
                       "building work was expected to start in the summer and the Hub was "
                       "planned to open in late 2026."),
            ("bullet", "Councillor Edgecumbe raised concerns that no dental practice in the "
                       "district was accepting new adult NHS patients.\u00a0 Ms Platt "
                       "acknowledged that access remained very difficult; the ICB had "
                       "commissioned extra urgent care sessions at two practices in Ravenden and "
                       "was running a procurement for new dental provision in the district, but "
                       "she could not yet give a date."),
            ("bullet", "Councillor Linfoot asked about the closure of the pharmacy in Kettlemere "
                       "and how far residents now had to travel for their prescriptions.\u00a0 "
                       "Ms Platt explained that Kettlemere Surgery continued to dispense to "
                       "patients who lived more than a mile from a pharmacy, and that the nearest "
                       "pharmacy was now in Ravenden, four miles away."),
            ("bullet", "Councillor Oduya asked what support there was for patients with mental "
                       "health needs while they waited to see a GP.\u00a0 Dr Sethi said that "
                       "every practice in the PCN now had a mental health practitioner, employed "
                       "through the Additional Roles scheme, who could be booked directly by "
                       "reception."),
            ("bullet", "Councillor Pryke requested that the ICB provide a breakdown of GP "
                       "appointments per 1,000 patients for each practice in the "
                       "district.\u00a0 Ms Platt agreed to provide this after the meeting."),
            ("blank",),
            ("p", "Councillor Linfoot left the meeting at 8.52pm, during the discussion of "
                  "this item."),
            ("blank",),
            ("p", "The Committee noted the presentation and asked that the ICB be invited back "
                  "in the autumn to report on progress with the Hollingford Bay Health Hub and "
                  "on access to NHS dentistry."),
        ],
    },
    {
        "number": "54",
        "title": "Overview and Scrutiny Work Programme",
        "agenda": [
            ("p", "This report sets out the Overview and Scrutiny Committee work programme for "
                  "the remainder of 2024/25."),
        ],
        "docs": ["Report OS/24/21 OSC Work Programme, item 54. PDF 164 KB"],
        "minutes": [
            ("p", "Mrs Dunstall, Scrutiny and Policy Officer, presented the work programme."),
            ("blank",),
            ("p", "Councillor Bhamra asked for an item on Disabled Facilities Grants and home "
                  "adaptations to be added, as she had been told that the wait for an "
                  "occupational therapy assessment was now over six months.\u00a0 It was agreed "
                  "that this would be considered at the meeting on 18 March 2025."),
            ("blank",),
            ("p", "Councillor Quennell requested an update on the work to tackle damp and mould "
                  "in the Council\u2019s own housing stock.\u00a0 Mrs Shackleton, Director of "
                  "Housing and Operations, advised that the self-assessment against the Housing "
                  "Ombudsman\u2019s spotlight report would be brought to the Committee in June."),
            ("blank",),
            ("p", "Proposed by Councillor Lowdell,"),
            ("p", "Seconded by Councillor Pryke; and"),
            ("blank",),
            ("pb", "RESOLVED:"),
            ("num", 1, "To note the Overview and Scrutiny Work Programme, subject to the addition "
                       "of Disabled Facilities Grants at the meeting on 18 March 2025."),
            ("blank",),
            ("p", "(Voting figures: 8 for, 0 against, 0 abstentions)."),
        ],
    },
]

ATTENDANCE = [
    ("Held at:", "Council Chamber - Civic Offices, Ravenden"),
    ("Date", "Tuesday, 21 January 2025"),
    ("Present", "Councillors Harriet Lowdell (Chair), Gareth Pryke (Vice-Chair), Sunita Bhamra, "
                "Colin Edgecumbe, Mrs Wendy Hartigan, Tobias Linfoot, Keith Marrable, Ayo Oduya "
                "and Rachel Quennell"),
    ("Apologies for Absence", "Councillor Daniel Fensome and Councillor Mrs Patricia Stroud"),
    ("Officers Present:", "Fern Adebayo (Leisure and Culture Lead), Rhys Calloway (Community "
                          "Services Manager), Kerry Dunstall (Scrutiny and Policy Officer), "
                          "Mariam Shackleton (Director of Housing and Operations), Simon "
                          "Treadgold (Chief Financial Officer) and Ellis Vantreen (Democratic "
                          "Services Officer)"),
    ("Others Present:", "Councillor Nadia Frost (Cabinet Member for Communities and Wellbeing), "
                        "Chief Inspector Lee Gorringe (District Commander, Saxonshire Police), "
                        "Joanne Platt (Director of Primary Care, NHS Saxonshire and Coast "
                        "Integrated Care Board) and Dr Imran Sethi (Clinical Director, Ravenden "
                        "Coastal Primary Care Network)"),
]


def render_minutes_html() -> str:
    out = []
    w = out.append
    w('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
      '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    w('<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">')
    w('<head>')
    w('<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />')
    w('<title>Agenda for Overview and Scrutiny Committee on Tuesday, 21st January, 2025, '
      '7.00 pm - Ravenden District Council</title>')
    w('<link type="text/css" href="SiteSpecific/ssMgStyles.css" rel="stylesheet" />')
    w('<link type="text/css" href="jquery-ui/css/Smoothness/jquery-ui-1.13.2.custom.min.css" '
      'rel="stylesheet" />')
    w('<!-- saved from url=(0093)https://democracy.ravenden.gov.uk/moderngov/ieListDocuments'
      '.aspx?CId=437&amp;MId=5391&amp;Ver=4 -->')
    w('</head>')
    w('<body>')
    w('<div id="cookie-banner" class="cookie-banner"><p>We use cookies to make this site work '
      'and to understand how you use it. <a href="/cookies">Cookie settings</a> '
      '<button type="button">Accept all cookies</button></p></div>')
    w('<a class="skip-link" href="#mgContent">Skip to main content</a>')
    w('<header class="site-header"><div class="site-logo"><a href="https://www.ravenden.gov.uk/">'
      '<img src="SiteSpecific/Images/rdc-logo.png" alt="Ravenden District Council" /></a></div>')
    w('<nav class="site-nav"><ul>')
    for label in ("Home", "Councillors", "Committees", "Meetings calendar", "Decisions",
                  "Forward plans", "Search documents", "Subscribe to updates"):
        w('<li><a href="#">' + label + '</a></li>')
    w('</ul></nav></header>')
    w('<div class="breadcrumb"><ul>')
    for label in ("Home", "Council and democracy", "Councillors and committees",
                  "Committees", "Overview and Scrutiny Committee", "Meeting"):
        w('<li><a href="#">' + label + '</a></li>')
    w('</ul></div>')
    w('<div id="mgContent"><div id="modgov">')
    w('<div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>')
    w('<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Overview and Scrutiny Committee - '
      'Tuesday, 21st January, 2025 7.00 pm</h2></div>')
    w('<div class="mgLinks"><ul class="mgActionList">')
    for label in ("Agenda frontsheet PDF 186 KB", "Agenda reports pack PDF 4 MB",
                  "Printed minutes PDF 244 KB"):
        w('<li><a href="#"><img src="mgImages/logo-pdf-25.gif" alt="pdf icon" /> ' + label
          + '</a></li>')
    w('</ul></div>')
    w('<div class="mgContent">')
    w('<p class="mgLabel"><span class="mgLabel">Venue: </span>Council Chamber - Civic Offices, '
      'Ravenden. <a href="#">View directions</a></p>')
    w('<p class="mgLabel"><span class="mgLabel">Contact: </span>Ellis Vantreen&nbsp; '
      '01796 418233</p>')
    w('<h2 class="mgSectionTitle">Media</h2>')
    w('<div class="mgMedia"><p><a href="#">Watch the webcast of this meeting</a> (opens in a new '
      'window)</p></div>')
    # printed-minutes preamble
    w('<h2 class="mgSectionTitle">Attendance</h2>')
    w('<table class="mgAttendanceTbl" summary="Attendance at the meeting">')
    for label, value in ATTENDANCE:
        w('<tr>')
        w('<td class="mgAttendanceLabel" style="width:25%;vertical-align:top"><strong>'
          + esc(label) + '</strong></td>')
        w('<td class="mgAttendanceValue">' + esc(value) + '</td>')
        w('</tr>')
    w('</table>')
    w('<h2 class="mgSectionTitle">Items</h2>')
    w('<table class="mgItemTable" summary="Table of items for the meeting">')
    w('<tr><th class="mgItemNumberHeader" scope="col">No.</th>'
      '<th class="mgItemHeader" scope="col">Item</th></tr>')
    for item in ITEMS:
        w('<tr>')
        w('<td class="mgItemNumberCell"><p class="mgAiTitleTxt">' + item["number"]
          + '.</p></td>')
        w('<td>')
        w('<p class="mgAiTitleTxt"><a href="mgAi.aspx?ID=' + str(18000 + int(item["number"]))
          + '">' + esc(item["title"]) + '</a>'
          + (' <img src="mgImages/logo-pdf-25.gif" alt="pdf icon" /> PDF 118 KB'
             if item["docs"] else '') + '</p>')
        w('<div class="mgWordPara">')
        for block in item["agenda"]:
            w(render_block(block))
        w('</div>')
        if item["docs"]:
            w('<div class="mgWordPara"><p class="mgSubItemTitleTxt">Supporting documents:</p>')
            w('<ul class="mgBulletList">')
            for doc in item["docs"]:
                w('<li><a href="#"><img src="mgImages/logo-pdf-25.gif" alt="pdf icon" /> '
                  + esc(doc) + '</a></li>')
            w('</ul></div>')
        else:
            w('<div class="mgWordPara"><p class="mgSubItemTitleTxt">Additional documents:'
              '</p></div>')
        w('<div class="mgWordPara"><p class="mgSubItemTitleTxt">Minutes:</p>')
        for block in item["minutes"]:
            w(render_block(block))
        w('</div>')
        w('</td>')
        w('</tr>')
    w('</table>')
    w('</div>')
    w('<div class="mgLinks"><p><a href="#">Back to top</a></p></div>')
    w('</div></div>')
    w('<footer class="site-footer"><ul>')
    for label in ("Accessibility statement", "Privacy notice", "Contact us",
                  "Modern.gov app"):
        w('<li><a href="#">' + label + '</a></li>')
    w('</ul><p>&copy; Ravenden District Council, Civic Offices, Castle Street, Ravenden, '
      'Saxonshire</p></footer>')
    w('</body>')
    w('</html>')
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# The report (not minutes)
# ---------------------------------------------------------------------------

REPORT_COVER = [
    ("Report Number", "OS/24/20"),
    ("To:", "Overview and Scrutiny Committee"),
    ("Date:", "21 January 2025"),
    ("Status:", "Non-executive decision"),
    ("Responsible Officer:", "Mariam Shackleton, Director of Housing and Operations"),
    ("Cabinet Member:", "Councillor Nadia Frost, Cabinet Member for Communities and Wellbeing"),
]

REPORT_SECTIONS = [
    ("1.", "INTRODUCTION", [
        ("1.1", "The Council owns two leisure centres, Bayside Leisure Centre in Hollingford Bay "
                "and Ravenden Pool and Fitness Centre. Both have been managed by Tidewell "
                "Leisure Ltd under a management contract since April 2016. The contract was "
                "extended in 2021 and expires on 31 March 2026."),
        ("1.2", "Cabinet is due to decide on 19 February 2025 how the centres will be run from "
                "April 2026. This report sets out the options that officers have considered so "
                "that the Overview and Scrutiny Committee can comment before that decision is "
                "taken."),
    ]),
    ("2.", "BACKGROUND", [
        ("2.1", "Under the contract the operator keeps the income from the centres and the "
                "Council pays a management fee. The fee has risen from \u00a3180,000 in 2021/22 "
                "to \u00a3610,000 in 2024/25, mainly because of increases in energy prices and "
                "the National Living Wage."),
        ("2.2", "The Council remains responsible for the buildings and the main plant, "
                "including the pool filtration and heating. A condition survey carried out in "
                "2024 identified \u00a31.2 million of works needed over the next five years."),
        ("2.3", "Visits to the two centres have recovered to 94% of their 2019/20 level, as "
                "shown in the table below."),
    ]),
]

VISITS = [
    ("Year", "Bayside", "Ravenden", "Total"),
    ("2019/20", "412,000", "298,000", "710,000"),
    ("2022/23", "351,000", "260,000", "611,000"),
    ("2023/24", "389,000", "281,000", "670,000"),
]

REPORT_SECTIONS_2 = [
    ("3.", "THE OPTIONS", [
        ("3.1", "Option 1 \u2013 extend the current contract for up to two years. This is "
                "allowed under the contract terms and gives time for a full procurement, but "
                "the operator has indicated that the management fee would need to rise by a "
                "further 8%."),
        ("3.2", "Option 2 \u2013 re-procure a management contract on the open market from April "
                "2026. Soft market testing found interest from three operators, but a full "
                "procurement under the Procurement Act 2023 is unlikely to be completed in "
                "time."),
        ("3.3", "Option 3 \u2013 transfer the service to a local authority trading company "
                "wholly owned by the Council. This would give the Council more control but "
                "would need a business plan, a board and support services to be set up."),
        ("3.4", "Option 4 \u2013 bring the service back in-house. Staff would transfer to the "
                "Council under TUPE. An in-house service may be able to recover VAT on "
                "admission charges, but would carry the full financial risk of the centres."),
        ("3.5", "The options appraisal at Appendix 1 scores option 1 highest in the short term, "
                "followed by a procurement or a move to option 3 or 4 from 2028."),
    ]),
    ("4.", "ENGAGEMENT", [
        ("4.1", "A residents\u2019 survey will run for six weeks from February 2025. Tidewell "
                "has briefed its staff and will share any questions with the Council."),
        ("4.2", "The Committee may wish to consider the following questions when commenting "
                "on the options:"),
    ]),
]

REPORT_QUESTIONS = [
    "How can the Council make sure that concessionary prices and free swimming for under 16s "
    "are kept whichever option is chosen?",
    "Is a two year extension good value given the expected rise in the management fee?",
    "What level of financial risk is the Council willing to take on if the service is brought "
    "back in-house?",
    "How should residents in the rural wards, who have no bus to either centre, be involved?",
]

RISKS = [
    ("Perceived risk", "Seriousness", "Likelihood", "Preventative action"),
    ("No operator in place from April 2026", "High", "Low",
     "Agree an extension before the contract expires."),
    ("Management fee rises further", "High", "Medium",
     "Open book review of the operator\u2019s costs."),
    ("Plant failure closes a pool", "Medium", "Medium",
     "Capital works programmed from 2025/26."),
]

REPORT_SECTIONS_3 = [
    ("6.", "LEGAL/FINANCIAL AND OTHER CONTROLS/POLICY MATTERS", [
        ("6.1", "Legal Officer\u2019s comments (NM) \u2013 The contract allows one extension of "
                "up to two years by agreement. Any new contract must be procured under the "
                "Procurement Act 2023. There are no further legal implications arising "
                "directly from this report."),
        ("6.2", "Finance Officer\u2019s comments (ST) \u2013 The 2025/26 budget includes "
                "\u00a3640,000 for the management fee. The cost of each option will be set out "
                "in the report to Cabinet."),
        ("6.3", "Diversities and Equalities Implications (GE) \u2013 An equality impact "
                "assessment will be completed before Cabinet makes its decision."),
        ("6.4", "Climate Change Implications (OF) \u2013 Both centres are among the "
                "Council\u2019s largest sources of carbon emissions. Decarbonisation of the "
                "pool heating should be part of any option taken forward."),
    ]),
    ("7.", "CONTACT OFFICERS AND BACKGROUND DOCUMENTS", [
        ("", "Councillors with any questions arising out of this report should contact the "
             "following officer prior to the meeting: Fern Adebayo, Leisure and Culture Lead. "
             "Email: fern.adebayo@ravenden.gov.uk"),
        ("", "Appendices: Appendix 1 \u2013 Options appraisal"),
    ]),
]


def build_report_pdf(path: Path) -> None:
    from fpdf import FPDF

    class Report(FPDF):
        def header(self):
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "This Report will be made public on 13 January 2025", align="L")
            self.ln(8)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, "Page " + str(self.page_no()) + " of {nb}", align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Report OS/24/20 Leisure Provision - Future Delivery Options")
    pdf.set_author("Ravenden District Council")
    pdf.set_creator("Microsoft Word")
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.alias_nb_pages()
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("DejaVu", "B", 11)
    for label, value in REPORT_COVER:
        pdf.cell(50, 7, label)
        pdf.set_font("DejaVu", "", 11)
        pdf.multi_cell(width - 50, 7, value, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "B", 11)
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(width, 7, "SUBJECT: LEISURE PROVISION \u2013 FUTURE DELIVERY OPTIONS",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def label_para(label: str, text: str) -> None:
        pdf.set_font("DejaVu", "B", 10)
        pdf.multi_cell(width, 6, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(width, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    label_para("SUMMARY:",
               "The contract for the management of the Council\u2019s two leisure centres "
               "ends on 31 March 2026. This report sets out four options for running the "
               "centres after that date and asks the Committee for its comments before "
               "Cabinet decides which option to take forward.")
    label_para("REASONS FOR RECOMMENDATIONS:",
               "The Committee is asked to agree the recommendations set out below because "
               "Cabinet has asked for the views of the Overview and Scrutiny Committee before "
               "it takes a decision on the future of the leisure centres.")
    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(width, 6, "RECOMMENDATIONS:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    for n, text in ((1, "To receive and note report OS/24/20."),
                    (2, "To make any comments on the options in section 3 for Cabinet to "
                        "consider at its meeting on 19 February 2025.")):
        pdf.cell(8, 5.5, str(n) + ".")
        pdf.multi_cell(width - 8, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()

    def sections(secs) -> None:
        for num, title, paras in secs:
            pdf.set_font("DejaVu", "B", 10)
            pdf.cell(10, 7, num)
            pdf.multi_cell(width - 10, 7, title, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", 10)
            for pnum, text in paras:
                if pnum:
                    pdf.cell(10, 5.5, pnum)
                    pdf.multi_cell(width - 10, 5.5, text, new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.multi_cell(width, 5.5, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            pdf.ln(2)

    def table(rows, widths) -> None:
        pdf.set_font("DejaVu", "", 9)
        with pdf.table(col_widths=widths, width=width, line_height=5.5,
                       text_align="LEFT") as t:
            for i, row in enumerate(rows):
                r = t.row()
                for cell in row:
                    r.cell(cell)
        pdf.ln(4)

    sections(REPORT_SECTIONS)
    table(VISITS, (1, 1, 1, 1))
    sections(REPORT_SECTIONS_2)
    pdf.set_font("DejaVu", "", 10)
    for q in REPORT_QUESTIONS:
        pdf.set_x(pdf.l_margin + 10)
        pdf.cell(6, 5.5, "\u2022")
        pdf.multi_cell(width - 16, 5.5, q, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(10, 7, "5.")
    pdf.multi_cell(width - 10, 7, "RISK MANAGEMENT ISSUES", new_x="LMARGIN", new_y="NEXT")
    table(RISKS, (3, 1.3, 1.3, 3.4))
    sections(REPORT_SECTIONS_3)
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
    "committee": "Overview and Scrutiny Committee",
    "meeting_date": "2025-01-21",
    "items": [{"number": it["number"], "title": it["title"]} for it in ITEMS],
    "questions": [
        # 50 Cabinet Member updates
        q("50", "question",
          "asked how many of the warm spaces were open at weekends",
          "Councillor Oduya",
          "seven venues opened on Saturdays and she would circulate the full list",
          "the Cabinet Member", []),
        q("50", "question",
          "asked whether town and parish councils could apply to the Community Grants scheme",
          "Councillor Linfoot",
          "a parish council could apply as lead partner, but the grant would need",
          "the Cabinet Member", ["finance"]),
        q("50", "concern",
          "expressed concern that the free swimming offer had not reached children in the "
          "rural wards",
          "Councillor Edgecumbe", None, None, ["children-and-families"]),
        q("50", "request",
          "requested that future updates include figures on the take-up of the Household "
          "Support Fund",
          "Councillor Bhamra",
          "The Cabinet Member agreed to include this in her next update",
          "the Cabinet Member", ["finance"]),
        # 51 Community Safety Partnership
        q("51", "question",
          "asked what was being done about the anti-social behaviour involving e-scooters",
          "Councillor Quennell",
          "a dispersal order had been used on four weekends over the summer",
          "Chief Inspector Gorringe", []),
        q("51", "comment",
          "Shoplifting in Ravenden town centre had risen by 31% on the previous year",
          None, None, None, []),
        q("51", "question",
          "queried why response times for the rural areas had not been included",
          "Councillor Marrable",
          "the force published response times at force level only",
          "the Chief Inspector", []),
        q("51", "concern",
          "raised concerns about the number of domestic abuse victims being placed in "
          "temporary accommodation",
          "Councillor Mrs Hartigan",
          "the Council had commissioned six units of safe accommodation from Harbour Lane",
          "Mr Calloway", ["housing", "children-and-families", "subcontracting"]),
        q("51", "question",
          "Members asked whether there was funding to continue the youth diversion project",
          "Members",
          "a bid had been made to extend it for a further year",
          "Mr Calloway", ["finance", "children-and-families"]),
        q("51", "comment",
          "commented that the CCTV cameras in Kettlemere high street had been out of action",
          "Councillor Linfoot",
          "replacement cameras would be installed by the end of February",
          None, ["finance"]),
        # 52 Leisure provision
        q("52", "question",
          "asked what the VAT position would be if the service were brought back in-house",
          "Councillor Edgecumbe",
          "an in-house service could now recover VAT on admission charges",
          "Mr Treadgold, Chief Financial Officer", ["privatisation", "finance", "workforce"]),
        q("52", "concern",
          "concern that the priority of a private operator would always be to make a profit",
          "Councillor Oduya",
          "the concessionary scheme and free swimming for under 16s would be written into",
          "Ms Adebayo", ["privatisation", "subcontracting"]),
        q("52", "question",
          "sought clarification on whether staff at the two centres had been told about the "
          "review",
          "Councillor Linfoot",
          "Tidewell had briefed its staff in December and formal consultation would take place",
          "Ms Adebayo", ["workforce"]),
        q("52", "question",
          "asked whether residents would be consulted on the options",
          "Councillor Quennell",
          "a residents\u2019 survey would run for six weeks from February",
          "The Cabinet Member", ["patient-and-public-input"]),
        q("52", "question",
          "asked about the condition of the pool plant at Bayside",
          "Councillor Marrable",
          "a condition survey had identified \u00a31.2 million of works over the next five years",
          "Ms Adebayo", ["finance", "subcontracting"]),
        q("52", "comment",
          "she was disappointed that the timetable now left so little time for a full "
          "procurement",
          "Councillor Mrs Hartigan", None, None, ["subcontracting"]),
        # 53 Primary care
        q("53", "question",
          "had to queue on the telephone at 8am to get an appointment",
          "Councillor Bhamra",
          "all practices in the PCN had moved to cloud based telephony",
          "Dr Sethi", ["primary-care"]),
        q("53", "question",
          "asked how residents without internet access could use online consultation",
          "Councillor Mrs Hartigan",
          "practices were required to offer the same access by telephone and in person",
          "Ms Platt", ["primary-care"]),
        q("53", "question",
          "asked when the Hollingford Bay Health Hub would open",
          "Councillor Quennell",
          "the business case had been approved by NHS England in November 2024",
          "Ms Platt", ["primary-care"]),
        q("53", "concern",
          "raised concerns that no dental practice in the district was accepting new adult "
          "NHS patients",
          "Councillor Edgecumbe",
          "the ICB had commissioned extra urgent care sessions at two practices",
          "Ms Platt", ["primary-care", "subcontracting"]),
        q("53", "question",
          "asked about the closure of the pharmacy in Kettlemere",
          "Councillor Linfoot",
          "Kettlemere Surgery continued to dispense to patients who lived more than a mile",
          "Ms Platt", ["primary-care"]),
        q("53", "question",
          "asked what support there was for patients with mental health needs",
          "Councillor Oduya",
          "every practice in the PCN now had a mental health practitioner",
          "Dr Sethi", ["mental-health", "primary-care", "workforce"]),
        q("53", "request",
          "requested that the ICB provide a breakdown of GP appointments per 1,000 patients",
          "Councillor Pryke",
          "Ms Platt agreed to provide this after the meeting",
          "Ms Platt", ["primary-care"]),
        # 54 Work programme
        q("54", "request",
          "asked for an item on Disabled Facilities Grants and home adaptations to be added",
          "Councillor Bhamra",
          "It was agreed that this would be considered at the meeting on 18 March 2025",
          None, ["housing"]),
        q("54", "request",
          "requested an update on the work to tackle damp and mould",
          "Councillor Quennell",
          "the self-assessment against the Housing Ombudsman\u2019s spotlight report would be "
          "brought",
          "Mrs Shackleton, Director of Housing and Operations", ["housing"]),
    ],
    "resolutions": [
        r("48", "26 November 2024 were submitted, approved and signed by the Chair",
          "agreed", []),
        r("49", "10 December 2024 were submitted and agreed", "agreed", []),
        r("50", "The Chair thanked the Cabinet Member for her update and the Committee noted",
          "noted", []),
        r("51", "To receive and note report OS/24/19.", "agreed", ["governance"]),
        r("52", "recommend to Cabinet that option 4, bringing the service back in-house",
          "rejected", ["privatisation"]),
        r("52", "That report OS/24/20 be received and noted.", "agreed", ["subcontracting"]),
        r("53", "The Committee noted the presentation and asked that the ICB be invited back",
          "agreed", ["primary-care"]),
        r("54", "To note the Overview and Scrutiny Work Programme, subject to the addition",
          "agreed", ["housing"]),
    ],
    "attendees": [
        a("Harriet Lowdell", "Chair", "present"),
        a("Gareth Pryke", "Vice-Chair", "present"),
        a("Sunita Bhamra", None, "present"),
        a("Colin Edgecumbe", None, "present"),
        a("Mrs Wendy Hartigan", None, "present"),
        a("Tobias Linfoot", None, "present"),
        a("Keith Marrable", None, "present"),
        a("Ayo Oduya", None, "present"),
        a("Rachel Quennell", None, "present"),
        a("Councillor Daniel Fensome", None, "apologies"),
        a("Councillor Mrs Patricia Stroud", None, "apologies"),
        a("Fern Adebayo", "Leisure and Culture Lead", "in_attendance"),
        a("Rhys Calloway", "Community Services Manager", "in_attendance"),
        a("Kerry Dunstall", "Scrutiny and Policy Officer", "in_attendance"),
        a("Mariam Shackleton", "Director of Housing and Operations", "in_attendance"),
        a("Simon Treadgold", "Chief Financial Officer", "in_attendance"),
        a("Ellis Vantreen", "Democratic Services Officer", "in_attendance"),
        a("Councillor Nadia Frost", "Cabinet Member for Communities and Wellbeing",
          "in_attendance"),
        a("Chief Inspector Lee Gorringe", "District Commander, Saxonshire Police",
          "in_attendance"),
        a("Joanne Platt",
          "Director of Primary Care, NHS Saxonshire and Coast Integrated Care Board",
          "in_attendance"),
        a("Dr Imran Sethi", "Clinical Director, Ravenden Coastal Primary Care Network",
          "in_attendance"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def normalise(text: str) -> str:
    text = text.lower()
    text = "".join(ch for ch in text
                   if not unicodedata.category(ch).startswith(("P", "S")))
    return " ".join(text.split())


def document_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join((page.extract_text() or "") for page in pdf.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text()
    return path.read_text(encoding="utf-8")


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(render_minutes_html(), encoding="utf-8")
    build_report_pdf(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print("wrote", DOCS / MINUTES_NAME)
    print("wrote", DOCS / REPORT_NAME)


def check() -> int:
    failures = 0
    for gold_path in sorted(GOLD.glob("nh-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print("MISSING", doc)
            failures += 1
            continue
        text = normalise(document_text(doc))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question text", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            n = len(phrase.split())
            count = text.count(normalise(phrase))
            problem = []
            if count != 1:
                problem.append("found %d times" % count)
            if not 6 <= n <= 15:
                problem.append("%d words" % n)
            if problem:
                failures += 1
                print("FAIL %s [%s] %r: %s" % (gold_path.name, kind, phrase, ", ".join(problem)))
        for row in gold.get("attendees", []):
            if normalise(row["name"].replace("Councillor ", "")) not in text:
                failures += 1
                print("FAIL %s attendee not found: %r" % (gold_path.name, row["name"]))
        print("%s: %d phrases checked" % (gold_path.name, len(phrases)))
    print("OK" if not failures else "%d failure(s)" % failures)
    return 1 if failures else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
