#!/usr/bin/env python3
"""Build the "op-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_op.py           build documents/op-* and gold/op-*.json
        build_op.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "op-tormarsh-scrutiny-adults-health-2025-11-20.html"
REPORT_NAME = "op-tormarsh-report-asc-charging-policy-consultation.pdf"

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = _dt.datetime(2025, 11, 3, 9, 30, 0, tzinfo=_dt.timezone.utc)

COMMITTEE = "Scrutiny Committee - Adults and Health"
BASE = "https://democracy.tormarsh.gov.uk"

# ---------------------------------------------------------------------------
# The minutes: a saved ModernGov ieListDocuments.aspx page
# ---------------------------------------------------------------------------

PUBLIC_QT_AGENDA = [
    "The Chair to advise the Committee of any items on which members of the public "
    "have requested to speak and advise those members of the public present of the "
    "details of the Council\u2019s public participation scheme.",
    "For those members of the public who have submitted any questions or statements, "
    "please note, a three minute time limit applies to each speaker and you will be "
    "asked to speak before Councillors debate the issue.",
    "We are now live webcasting most of our committee meetings and you are welcome to "
    "view and listen to the discussion. The link to each webcast will be available on "
    "the meeting webpage, please see details under \u2018click here to join online "
    "meeting\u2019.",
]

BUL = "\u00b7" + "\u00a0" * 7  # Word's pasted symbol bullet and its padding

# Each item: number, title, pdf size (or None), agenda paragraphs, additional docs,
# decision paragraphs (or None), minutes (list of (kind, text)) where kind is
# "p" (plain paragraph), "b" (Word-pasted bullet paragraph), "n" (numbered clause).
ITEMS = [
    {
        "no": "58",
        "title": "Apologies for Absence",
        "pdf": None,
        "agenda": ["To receive any apologies for absence."],
        "minutes": [
            ("p", "Apologies were received from Cllr Rhys Penwarden (Cllr Martin Lusty as "
                  "substitute) and Cllr Sandra Coombe."),
        ],
    },
    {
        "no": "59",
        "title": "Minutes of Previous Meeting",
        "pdf": "138 KB",
        "agenda": ["To approve the minutes from the previous meeting."],
        "decision": [
            "Resolved that the minutes of the Scrutiny Committee - Adults and Health held "
            "on 18 September 2025 be confirmed as a correct record.",
        ],
        "minutes": [
            ("p", "Resolved that the minutes of the Scrutiny Committee - Adults and Health "
                  "held on 18th September 2025 be confirmed as a correct record."),
            ("p", "Cllr Owen Parfitt raised a query as he had not received the response "
                  "promised under minute 41 on ambulance handover delays at Brinscombe "
                  "Hospital, and it was confirmed that a response would be chased up."),
        ],
    },
    {
        "no": "60",
        "title": "Declarations of Interest",
        "pdf": None,
        "agenda": [
            "To receive and note any declarations of interests in respect of any matters "
            "included on the agenda for consideration at this meeting.",
            "(The other registrable interests of Councillors of Tormarsh Council, arising "
            "from membership of City, Town or Parish Councils and other Local Authorities "
            "will automatically be recorded in the minutes: "
            "<a href=\"/documents/s41277/Twin%20Hatters%202025.pdf\">City, Town &amp; Parish "
            "Twin Hatters - Tormarsh Councillors 2025</a> )",
        ],
        "minutes": [
            ("p", "Cllr Jo Treloar declared a personal interest in minute 63 as a volunteer "
                  "with the Friends of Kelsworth Community Hospital."),
            ("p", "There were no other new declarations of interest."),
        ],
    },
    {
        "no": "61",
        "title": "Public Question Time",
        "pdf": "71 KB",
        "agenda": PUBLIC_QT_AGENDA,
        "minutes": [
            ("p", "A public question was received from Mr Derek Stallard, Chair of the "
                  "Friends of Kelsworth Community Hospital, on the topic of the temporary "
                  "closure of the inpatient ward at Kelsworth Community Hospital. Mr "
                  "Stallard asked why the ward had remained closed for over eighteen months "
                  "when it had been described in May 2024 as a temporary measure, and "
                  "whether the beds would reopen before the winter. The question is "
                  "outlined in Annexe A to the minutes."),
            ("p", "A verbal response was provided at the meeting from Lucy Pardoe, Chief "
                  "Officer for Strategy and Transformation \u2013 NHS Tormarsh, who explained "
                  "that the closure had been made on the grounds of safe staffing and that "
                  "no decision on the future of the beds would be taken until the options "
                  "appraisal had been considered by this Committee. A written response "
                  "would be sent to Mr Stallard and published with the minutes."),
        ],
    },
    {
        "no": "62",
        "title": "Scrutiny Committee - Adults and Health Work Programme",
        "pdf": "96 KB",
        "agenda": [
            "To consider the Committee\u2019s work programme and the Executive Forward Plan "
            "and make recommendations for any areas to be considered by the Committee.",
        ],
        "additional": [("Tormarsh Council Executive Forward Plan", "212 KB")],
        "minutes": [
            ("p", "The Committee considered its work programme for 2025/26 and the "
                  "Executive Forward Plan. The following additions were requested:"),
            ("b", "Cllr Owen Parfitt asked that an item on access to NHS dentistry in the "
                  "west of the county be scheduled, as constituents were travelling up to "
                  "forty miles for a routine appointment. The Scrutiny Manager advised that "
                  "NHS Tormarsh had been asked for a date and that the item was "
                  "provisionally scheduled for March 2026."),
            ("b", "Cllr Priya Chaudhry requested an update on the transfer of the community "
                  "equipment service before the current contract ends in April 2026."),
            ("b", "Cllr Graham Venn suggested a joint meeting with the Scrutiny Committee "
                  "\u2013 Children and Families to look at the transition of young people "
                  "with disabilities from children\u2019s to adult services. The Chair agreed "
                  "to raise this with the Chair of that committee."),
            ("p", "The Committee noted the work programme and agreed that the items above "
                  "be added."),
        ],
    },
    {
        "no": "63",
        "title": "Community Hospitals - Inpatient Beds at Kelsworth and Marlpit",
        "pdf": "402 KB",
        "agenda": [
            "To receive an update from NHS Tormarsh and Tormarsh NHS Foundation Trust on "
            "community hospital inpatient beds, including the temporary closure at "
            "Kelsworth, and to ask questions of the presenting officers.",
        ],
        "additional": [
            ("Appendix A - Community Hospital Bed Occupancy April to September 2025", "288 KB"),
            ("Presentation - Community Hospitals Update", "1 MB"),
        ],
        "minutes": [
            ("p", "The Committee received a report and presentation from Lucy Pardoe, Chief "
                  "Officer for Strategy and Transformation \u2013 NHS Tormarsh, and Sean "
                  "Kittow, Director of Community Services \u2013 Tormarsh NHS Foundation "
                  "Trust, which provided an update on inpatient beds in the county\u2019s "
                  "thirteen community hospitals and on the temporary closure of the 16-bed "
                  "ward at Kelsworth Community Hospital since May 2024."),
            ("p", "The report set out that community hospital beds had been running at an "
                  "average occupancy of 94% between April and September 2025, that the "
                  "average length of stay had fallen from 27 days to 22 days, and that the "
                  "Kelsworth ward had been closed on the advice of the Trust\u2019s Chief "
                  "Nurse because it could not be staffed safely at night. A further 10 beds "
                  "had been opened at Marlpit in the same period. The presenting officers "
                  "explained that the shift from hospital to community set out in the NHS "
                  "10 Year Health Plan would require decisions about the future shape of "
                  "community hospital services and that an options appraisal covering "
                  "Kelsworth and Marlpit was being prepared with the Council and local "
                  "partners. The presentation also described the virtual ward service, "
                  "which had supported 1,870 people at home in the six months to September, "
                  "and the \u2018home first\u2019 approach to discharge."),
            ("p", "During the discussion, the following points were raised:"),
            ("b", "Cllr Jo Treloar asked how many patients from the Kelsworth area had been "
                  "placed in community hospital beds elsewhere in the county since the ward "
                  "closed, and what this meant for families visiting without a car. Sean "
                  "Kittow advised that 212 patients had been admitted to other community "
                  "hospitals, most of them to Marlpit, and that the Trust was working with "
                  "the voluntary sector on a volunteer driver scheme for relatives."),
            ("b", "Concern was expressed that the closure had been described as temporary "
                  "for so long that residents no longer trusted that they would be properly "
                  "consulted on the future of the hospital. Lucy Pardoe acknowledged the "
                  "strength of feeling and said that NHS Tormarsh would publish a timetable "
                  "for engagement before Christmas."),
            ("b", "Cllr Desmond Huxtable queried whether the recruitment of registered "
                  "nurses had improved enough for the ward to reopen. It was confirmed that "
                  "the nursing vacancy rate in community hospitals had fallen from 19% to "
                  "11%, but that the Trust still relied on agency staff to cover night "
                  "shifts in the smaller hospitals."),
            ("b", "Cllr Bryony Tilke asked what proportion of patients in community hospital "
                  "beds were medically fit for discharge but waiting for a package of care, "
                  "and whether the Council\u2019s reablement service had the capacity to "
                  "help. Carl Hembury, Service Director \u2013 Adult Social Care Operations, "
                  "advised that around a third of patients were waiting for onward care of "
                  "some kind, and that the reablement service had recruited eight additional "
                  "staff since October."),
            ("b", "A member commented that the virtual ward had looked after a close relative "
                  "very well over the summer and asked that the Committee\u2019s thanks be "
                  "passed on to the team."),
            ("b", "Cllr Nigel Ashdown asked whether beds bought from independent nursing "
                  "homes were being used in place of community hospital beds, and at what "
                  "cost. Sean Kittow confirmed that 24 beds were block-booked with two "
                  "independent providers at a cost of \u00a31.4 million a year and that the "
                  "arrangement would be reviewed in March 2026."),
            ("p", "Cllr Graham Venn raised the question of the Kelsworth building itself and "
                  "whether, if the beds did not reopen, the site could be used as a health "
                  "and care hub bringing the GP practice, community nursing and the "
                  "Council\u2019s adult social care locality team under one roof; he also asked "
                  "who owned the building and what it cost to keep it open while the ward "
                  "was empty. Lucy Pardoe responded that the building was owned by NHS "
                  "Property Services, that any future use would form part of the options "
                  "appraisal, and she undertook to share the site\u2019s running costs with "
                  "the Committee. The Chair expressed disappointment that the running costs, "
                  "first requested by the Committee in June, had still not been provided."),
            ("p", "The Chair thanked the presenting officers for their attendance."),
            ("p", "The Scrutiny Committee - Adults and Health resolved to:"),
            ("n", "1.\u00a0\u00a0\u00a0 Note the update on community hospital inpatient beds."),
            ("n", "2.\u00a0\u00a0\u00a0 Request that the options appraisal for Kelsworth and "
                  "Marlpit be brought to the Committee before any public consultation "
                  "begins."),
        ],
    },
    {
        "no": "64",
        "title": "Adult Social Care Performance - Quarter 2 2025/26",
        "pdf": "512 KB",
        "agenda": ["To receive the Quarter 2 performance report for adult social care."],
        "minutes": [
            ("p", "Cllr Peter Dunning, Lead Member for Adult Social Care, introduced the "
                  "report, which set out performance against the adult social care measures "
                  "in the Council Plan for the period July to September 2025, and Niall "
                  "Corbett, Director of Adult Social Care, took the Committee through the "
                  "main measures. Of the 24 measures reported, 15 were rated green, 6 amber "
                  "and 3 red; the three red measures related to the timeliness of annual "
                  "reviews, the proportion of safeguarding enquiries concluded within target "
                  "and the number of people aged 65 and over permanently admitted to "
                  "residential and nursing care, which remained above the regional average "
                  "although it had fallen for the third successive quarter. Spend on "
                  "long-term care was forecast to be \u00a33.2m over budget at year end, mainly "
                  "because of the higher cost of placements for people with complex needs."),
            ("p", "Cllr Priya Chaudhry asked about the number of people waiting for a Care "
                  "Act assessment and how long the longest had waited. In response, the "
                  "Director of Adult Social Care explained that 486 people were waiting at "
                  "the end of September, down from 731 a year earlier, and that the longest "
                  "wait was 143 days, for a person whose needs were being met in the "
                  "meantime by a short-term service."),
            ("p", "Cllr Owen Parfitt sought clarification on when the outcome of the Care "
                  "Quality Commission\u2019s assessment of the Council\u2019s adult social care "
                  "functions would be published. The Director of Adult Social Care advised "
                  "that the on-site visit had taken place in September and the report was "
                  "expected early in the new year; he would circulate it to the Committee on "
                  "the day of publication."),
            ("p", "Concerns were expressed about the number of home care hours that could "
                  "not be delivered in the more rural parts of the county, in particular "
                  "around Chedwell and the Langmoor villages, where people were being "
                  "discharged from hospital to a bed in a care home because no package of "
                  "care could be found. Cllr Peter Dunning responded that a rural uplift to "
                  "the hourly rate paid to home care providers had been introduced from 1 "
                  "October and that unmet hours had fallen from 620 to 310 a week since the "
                  "summer, and the Director of Adult Social Care added that a small in-house "
                  "team of carers was being piloted in the Langmoor area."),
            ("p", "Cllr Martin Lusty asked what support was being given to overseas care "
                  "workers who had lost their jobs when their employers\u2019 sponsorship "
                  "licences were revoked. The Director of Adult Social Care confirmed that "
                  "the Council had supported 41 workers displaced when two providers lost "
                  "their licences and that 36 had since found new employment with other "
                  "providers in the county."),
            ("p", "Cllr Jo Treloar requested that the next report show how many people used "
                  "direct payments in each locality, as she was aware of families in her "
                  "division who had been unable to find personal assistants."),
            ("p", "Resolved that the Scrutiny Committee - Adults and Health note the Quarter "
                  "2 performance report and that the Quarter 3 report include the use of "
                  "direct payments by locality."),
        ],
    },
    {
        "no": "65",
        "title": "Adult Social Care Charging Policy - Outcome of Consultation",
        "pdf": "344 KB",
        "agenda": [
            "To consider the outcome of the public consultation on proposed changes to the "
            "Adult Social Care Charging Policy and to make any recommendations to the "
            "Executive before it takes a decision on 10 December 2025.",
        ],
        "additional": [
            ("Appendix A - Draft Adult Social Care Charging Policy 2026", "402 KB"),
            ("Appendix B - Consultation Feedback Summary", "655 KB"),
            ("Appendix C - Equality Impact Assessment", "301 KB"),
        ],
        "minutes": [
            ("p", "Cllr Peter Dunning, Lead Member for Adult Social Care, introduced the "
                  "report, which set out the outcome of the twelve-week public consultation "
                  "on three proposed changes to the Charging Policy: charging for the second "
                  "carer on double-handed home care visits, introducing an arrangement fee "
                  "for people who fund their own care and ask the Council to arrange it, and "
                  "bringing the treatment of disability-related expenditure into line with "
                  "national guidance. Nicola Rendle, Strategic Manager \u2013 Finance and "
                  "Charging, explained that the changes would raise an estimated \u00a31.1m a "
                  "year once fully implemented and that around 1,450 people would be affected "
                  "by at least one of the proposals."),
            ("p", "The following points were raised in discussion:"),
            ("p", "Cllr Desmond Huxtable was concerned that charging for a second carer would "
                  "fall hardest on people with the greatest needs, many of whom already paid "
                  "the maximum charge. Nicola Rendle explained that all charges remained "
                  "subject to an individual financial assessment and that nobody would be "
                  "asked to pay more than they had been assessed as able to afford."),
            ("p", "Cllr Bryony Tilke asked how many people had responded to the consultation "
                  "and whether the views of unpaid carers had been taken into account. The "
                  "Director of Adult Social Care advised that there had been 1,126 "
                  "responses, including 204 from unpaid carers, and that their comments were "
                  "summarised at Appendix B."),
            ("p", "Cllr Alison Moorcroft, attending remotely as the local member for "
                  "Chedwell, commented that the letters sent to people who used services had "
                  "been hard to understand and had caused needless worry in her division."),
            ("p", "Cllr Owen Parfitt asked whether the arrangement fee had been benchmarked "
                  "against neighbouring councils. It was explained that the proposed fee of "
                  "\u00a3295 was below the average of the councils in the South West that "
                  "charged one."),
            ("p", "Following a vote (6 in favour, 2 against and 1 abstention) the Scrutiny "
                  "Committee - Adults and Health resolved to:"),
            ("n", "1.\u00a0\u00a0\u00a0 Note the outcome of the consultation on the Adult "
                  "Social Care Charging Policy."),
            ("n", "2.\u00a0\u00a0\u00a0 Recommend to the Executive that any charge for a second "
                  "carer on double-handed visits be phased in over two years and that its "
                  "impact be reviewed after twelve months."),
        ],
    },
    {
        "no": "66",
        "title": "Tormarsh Drug and Alcohol Partnership - Annual Report 2024/25",
        "pdf": "1 MB",
        "agenda": [
            "To receive the annual report of the Tormarsh Drug and Alcohol Partnership.",
        ],
        "minutes": [
            ("p", "Dr Tamsin Yeo, Director of Public Health, presented the annual report of "
                  "the Tormarsh Drug and Alcohol Partnership, which brings together the "
                  "Council, the Police, the Probation Service, NHS partners and the treatment "
                  "provider. The report highlighted that the number of adults in structured "
                  "treatment had risen by 14% to 2,310, that drug-related deaths in the "
                  "county had fallen for the second year running, and that the "
                  "Partnership\u2019s priorities for 2025/26 were continuity of care for people "
                  "leaving prison, the treatment of alcohol dependency in older people and "
                  "early help for young people."),
            ("p", "Members asked questions, made comments and received responses as "
                  "follows:"),
            ("p", "(a)\u00a0 Cllr Graham Venn asked why the proportion of people successfully "
                  "completing alcohol treatment had fallen. Dr Yeo explained that the fall "
                  "reflected a change in the way completions were counted nationally rather "
                  "than a drop in performance, and that the local figure remained above the "
                  "national average."),
            ("p", "(b)\u00a0 Cllr Nigel Ashdown questioned whether the new treatment provider, "
                  "which had taken over the contract in April, was meeting its targets. It "
                  "was confirmed that the provider was meeting nine of its eleven key "
                  "performance indicators and that contract meetings were held monthly."),
            ("p", "(c)\u00a0 A member queried the availability of naloxone in rural pharmacies, "
                  "noting that the nearest supplier to some villages was over twenty miles "
                  "away. The Director of Public Health advised that 38 pharmacies now held "
                  "naloxone and that a list was published on the Council\u2019s website."),
            ("p", "(d)\u00a0 Cllr Priya Chaudhry raised concerns about the sale of illegal vapes "
                  "to children near schools in Brinscombe and asked that Trading Standards "
                  "be invited to a future meeting."),
            ("p", "The Committee noted the Tormarsh Drug and Alcohol Partnership Annual Report "
                  "2024/25."),
        ],
    },
]

ATTENDANCE = [
    ("Present:", "Cllr Hilda Varcoe (Chair), Cllr Nigel Ashdown (Vice-Chair), Cllr Priya "
                 "Chaudhry, Cllr Desmond Huxtable, Cllr Martin Lusty, Cllr Owen Parfitt, "
                 "Cllr Bryony Tilke, Cllr Jo Treloar and Cllr Graham Venn"),
    ("Other Members present remotely:", "Cllr Alison Moorcroft"),
    ("In attendance:", "Cllr Peter Dunning (Lead Member for Adult Social Care) and Cllr "
                       "Fiona Maddicott (Lead Member for Public Health, Equalities and "
                       "Diversity)"),
]


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "%20", text).strip("%20")


def _esc(text: str) -> str:
    # Text is written by hand here and may contain an <a> already (item 60).
    if "<a " in text:
        return text
    return html.escape(text, quote=False)


def _item_rows() -> str:
    rows = []
    doc_id = 41270
    for item in ITEMS:
        no = item["no"]
        doc_id += 3
        title = html.escape(item["title"], quote=False)
        cell = []
        if item.get("pdf"):
            cell.append(
                f'<p class="mgAiTitleTxt"><a href="{BASE}/documents/s{doc_id}/'
                f'{_slug(item["title"])}.pdf" class="mgAiTitleLnk">{title}'
                f' <img src="/mgimages/icons/pdf.png" alt="pdf icon" class="mgIcon"> '
                f'<span class="mgPdfSize">PDF {item["pdf"]}</span></a></p>'
            )
        else:
            cell.append(f'<p class="mgAiTitleTxt">{title}</p>')
        if item.get("decision"):
            cell.append(
                '<ul class="mgActionList">\n<li><a href="mgIssueHistoryHome.aspx?IId=9'
                f'{doc_id}&amp;Opt=0">View the decision for item {no}.</a></li>\n</ul>'
            )
        cell.append('<div class="mgWordPara">')
        for para in item["agenda"]:
            cell.append(f'<p class="MsoNormal">{_esc(para)}</p>')
        cell.append("</div>")
        if item.get("additional"):
            cell.append('<p class="mgSubItemTitleTxt">Additional documents:</p>')
            cell.append('<ul class="mgBulletList">')
            for k, (name, size) in enumerate(item["additional"], 1):
                cell.append(
                    f'<li><a href="{BASE}/documents/s{doc_id + k * 100}/{_slug(name)}.pdf">'
                    f'{html.escape(name, quote=False)}, item {no} '
                    f'<img src="/mgimages/icons/pdf.png" alt="pdf icon" class="mgIcon"> '
                    f'<span class="mgPdfSize">PDF {size}</span></a></li>'
                )
            cell.append("</ul>")
        if item.get("decision"):
            cell.append('<p class="mgSubItemTitleTxt">Decision:</p>')
            cell.append('<div class="mgWordPara">')
            for para in item["decision"]:
                cell.append(f'<p class="MsoNormal">{html.escape(para, quote=False)}</p>')
            cell.append("</div>")
        cell.append('<p class="mgSubItemTitleTxt">Minutes:</p>')
        cell.append('<div class="mgWordPara">')
        for kind, para in item["minutes"]:
            text = html.escape(para, quote=False)
            if kind == "b":
                cell.append(
                    '<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;'
                    'text-indent:-18.0pt"><span style="font-family:Symbol">'
                    f'{BUL[0]}<span style="font:7.0pt &quot;Times New Roman&quot;">'
                    f'{BUL[1:]}</span></span>{text}</p>'
                )
            elif kind == "n":
                cell.append(
                    '<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-18.0pt">'
                    f'{text}</p>'
                )
            else:
                cell.append(f'<p class="MsoNormal">{text}</p>')
            cell.append('<p class="MsoNormal">\u00a0</p>')
        cell.append("</div>")
        body = "\n".join(cell)
        rows.append(
            f'<tr>\n<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{no}.</p></td>\n'
            f'<td>\n{body}\n</td>\n</tr>'
        )
    return "\n".join(rows)


def build_minutes_html() -> str:
    attendance = "\n".join(
        f'<p class="mgAttendanceTxt"><strong>{html.escape(label)}</strong> '
        f'{html.escape(names)}</p>'
        for label, names in ATTENDANCE
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<!-- saved from url=(0074){BASE}/ieListDocuments.aspx?CId=200&amp;MId=7412&amp;Ver=4 -->
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agenda for {COMMITTEE} on Thursday, 20th November, 2025, 10.00 am - Tormarsh Council</title>
<link rel="stylesheet" href="ieListDocuments_files/modgov.css">
<link rel="stylesheet" href="ieListDocuments_files/tormarsh-theme.css">
</head>
<body class="mgBody">
<div id="cookie-banner" class="cookie-banner">
<p>We use some essential cookies to make this website work. We would like to set
additional cookies to understand how you use the site.</p>
<button type="button">Accept additional cookies</button>
<button type="button">Reject additional cookies</button>
<a href="https://www.tormarsh.gov.uk/cookies">View cookies</a>
</div>
<a class="skip-link" href="#mgMain">Skip to main content</a>
<header class="site-header">
<a href="https://www.tormarsh.gov.uk/" class="site-logo"><img src="ieListDocuments_files/tormarsh-logo.svg" alt="Tormarsh Council logo"></a>
<nav class="site-nav" aria-label="Democracy">
<ul>
<li><a href="mgMemberIndex.aspx?bcr=1">Councillors</a></li>
<li><a href="ieDocHome.aspx?bcr=1">Committees</a></li>
<li><a href="mgCalendarMonthView.aspx?GL=1&amp;bcr=1">Calendar</a></li>
<li><a href="mgDelegatedDecisions.aspx?bcr=1">Decisions</a></li>
<li><a href="mgPlansHome.aspx?bcr=1">Forward plans</a></li>
<li><a href="ieDocSearch.aspx?bcr=1">Search documents</a></li>
</ul>
</nav>
</header>
<div class="breadcrumb">
<ul>
<li><a href="https://www.tormarsh.gov.uk/">Home</a></li>
<li><a href="ieDocHome.aspx?bcr=1">Committee structure</a></li>
<li><a href="mgCommitteeDetails.aspx?ID=200">Committee details</a></li>
<li>Agenda item</li>
</ul>
</div>
<main id="mgMain">
<div id="modgov">
<div class="mgHeadingBox"><h1 class="mgMainTitleTxt">Agenda, decisions and minutes</h1></div>
<h2 class="mgSubTitleTxt">{COMMITTEE}<br>
Thursday, 20th November, 2025 10.00 am</h2>
<ul class="mgActionList">
<li><a href="{BASE}/documents/g7412/Public%20reports%20pack%2020th-Nov-2025%2010.00%20Scrutiny%20Committee%20-%20Adults%20and%20Health.pdf">Agenda reports pack <span class="mgPdfSize">PDF 5 MB</span></a></li>
<li><a href="{BASE}/documents/g7412/Printed%20minutes%2020th-Nov-2025%2010.00%20Scrutiny%20Committee%20-%20Adults%20and%20Health.pdf">Printed minutes <span class="mgPdfSize">PDF 241 KB</span></a></li>
<li><a href="mgMeetingAttendance.aspx?ID=7412">Attendance</a></li>
<li><a href="ieIssueDetails.aspx?MId=7412">Issue history</a></li>
</ul>
<p class="mgSubTitleTxt"><strong>Venue:</strong> Kelsworth Room, Cullingham House, Station Approach, Brinscombe TM4 2HQ. <a href="mgLocationDetails.aspx?RID=61">View directions</a></p>
<p class="mgSubTitleTxt"><strong>Contact:</strong> Democratic Services <strong>Email:</strong> <a href="mailto:democraticservicesteam@tormarsh.gov.uk">democraticservicesteam@tormarsh.gov.uk</a></p>
<h2 class="mgSectionTitle">Media</h2>
<div class="mgWebcast">
<ul>
<li><a href="https://tormarsh.public-i.tv/core/portal/webcast_interactive/911205">Webcast for {COMMITTEE}, Thursday, 20th November, 2025 10.00 am</a></li>
</ul>
</div>
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Table of items for the meeting">
<tr><th class="mgItemNumberCell" scope="col">No.</th><th scope="col">Item</th></tr>
{_item_rows()}
</table>
<h2 class="mgSectionTitle">Attendance details</h2>
<div class="mgAttendance">
{attendance}
</div>
<p class="mgLastUpdated">Last updated: 04 December 2025</p>
</div>
</main>
<footer class="site-footer">
<ul>
<li><a href="https://www.tormarsh.gov.uk/contact-us">Contact us</a></li>
<li><a href="https://www.tormarsh.gov.uk/accessibility">Accessibility statement</a></li>
<li><a href="https://www.tormarsh.gov.uk/privacy">Privacy</a></li>
<li><a href="https://www.tormarsh.gov.uk/cookies">Cookies</a></li>
</ul>
<p>Tormarsh Council, County Hall, The Crescent, Hembury TM1 1AA</p>
<p>&copy; Tormarsh Council 2025</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# The document that is not minutes: an officer report to the committee (PDF)
# ---------------------------------------------------------------------------

REPORT_META = [
    ("Executive Lead Member(s):", "Cllr Peter Dunning, Lead Member for Adult Social Care"),
    ("Local Member(s) and Division:", "All"),
    ("Lead Officer:", "Niall Corbett, Director of Adult Social Care"),
    ("Author:", "Nicola Rendle, Strategic Manager \u2013 Finance and Charging"),
    ("Contact Details:", "charging.review@tormarsh.gov.uk"),
]

SIGN_OFF = [
    ("", "Seen by:", "Name", "Date"),
    ("Report Sign-Off", "Legal & Governance (Monitoring Officer)", "Hannah Goodland", "27/10/2025"),
    ("", "Corporate Finance (S151 Officer)", "Toby Westaway", "27/10/2025"),
    ("", "Customers, Digital and Workforce", "Kerry Alderson", "24/10/2025"),
    ("", "Executive Director / Senior Manager", "Niall Corbett", "22/10/2025"),
    ("", "Executive Lead Member", "Cllr Peter Dunning", "29/10/2025"),
    ("", "Consulted: Local Division Members", "All Members briefed", "30/10/2025"),
    ("", "Local Member", "N/A", ""),
    ("", "Opposition Spokesperson", "Cllr Rhys Penwarden", "29/10/2025"),
    ("", "Scrutiny Chair", "Cllr Hilda Varcoe", "29/10/2025"),
]

REPORT_SECTIONS = [
    ("Summary / Background", [
        "1.1 Tormarsh Council currently charges for non-residential adult social care "
        "services under the Adult Social Care Charging Policy adopted in 2019. The Council "
        "must follow the Care Act 2014 and the Care and Support Statutory Guidance when "
        "deciding what a person can afford to pay, and the policy has not been reviewed "
        "since the Council became a unitary authority.",
        "1.2 In June 2025 the Executive agreed to consult on three proposed changes: (a) "
        "charging for the second carer where two carers are needed on a home care visit "
        "(\u201cdouble-handed\u201d calls); (b) introducing an arrangement fee for people who "
        "pay the full cost of their care and ask the Council to arrange it; and (c) "
        "bringing the assessment of disability-related expenditure into line with the "
        "statutory guidance.",
        "1.3 The consultation ran for twelve weeks from 7 July to 29 September 2025. It was "
        "carried out online, on paper, by telephone and at eleven drop-in sessions held in "
        "libraries and community venues, with an Easy Read version produced with the "
        "Tormarsh Learning Disability Partnership Board. This report sets out what people "
        "told us and how the proposals have been changed as a result.",
        "1.4 The Executive is due to decide on the revised policy on 10 December 2025. "
        "The Scrutiny Committee \u2013 Adults and Health is invited to comment on the "
        "proposals before that decision is made.",
    ]),
    ("Recommendations", [
        "2.1 That the Scrutiny Committee \u2013 Adults and Health:",
        "a) Considers the outcome of the consultation set out in this report and at "
        "Appendix B;",
        "b) Agrees any comments or recommendations it wishes to make to the Executive on "
        "the revised Charging Policy at Appendix A.",
    ]),
    ("Reasons for recommendations", [
        "3.1 Pre-decision scrutiny gives Members the opportunity to test the proposals and "
        "the response to the consultation before the Executive takes its decision.",
    ]),
    ("Other options considered", [
        "4.1 Not to change the policy. This would leave the Council charging differently "
        "from most other councils in the region and would not address the forecast "
        "pressure on the adult social care budget.",
        "4.2 To introduce all three changes in full from April 2026. This has not been "
        "recommended because of the concerns raised in the consultation about people with "
        "the highest needs.",
    ]),
    ("Links to Council Plan and Medium-Term Financial Plan", [
        "5.1 The proposals support the Council Plan priority of a fairer and healthier "
        "Tormarsh and form part of the savings in the Medium-Term Financial Plan agreed by "
        "Council in February 2025.",
    ]),
    ("Financial and Risk Implications", [
        "6.1 If all three changes were introduced in full, additional income of around "
        "\u00a31.1m a year is estimated once the changes are fully in place. A phased "
        "introduction of the charge for the second carer would reduce the income in "
        "2026/27 to around \u00a3640,000.",
        "6.2 The main risks are that people cancel or reduce care they need because of the "
        "cost, and that the number of financial reassessments exceeds the capacity of the "
        "Financial Assessment and Benefits Team. Both risks are recorded on the Adult "
        "Social Care risk register and will be monitored monthly.",
    ]),
    ("Legal Implications", [
        "7.1 Section 14 of the Care Act 2014 gives the Council the power to charge for "
        "care and support, and section 17 requires a financial assessment. The Council "
        "must have regard to Annex C of the statutory guidance and must consult before "
        "changing its policy.",
    ]),
    ("HR Implications", [
        "8.1 There are no direct HR implications. Two temporary posts in the Financial "
        "Assessment and Benefits Team would be needed for six months.",
    ]),
    ("Other Implications (including due regard implications)", [
        "Equalities Implications",
        "9.1 An Equality Impact Assessment is attached at Appendix C. The changes affect "
        "disabled people and older people in particular. The mitigations include the "
        "phasing of the second carer charge, a review of every person\u2019s financial "
        "assessment before any new charge begins, and a hardship fund.",
        "Community Safety Implications",
        "9.2 There are no community safety implications.",
        "Climate Change and Sustainability Implications",
        "9.3 There are no climate change implications.",
        "Health and Safety Implications",
        "9.4 The number of carers provided on a visit will continue to be decided by the "
        "moving and handling assessment and not by the person\u2019s ability to pay.",
        "Health and Wellbeing Implications",
        "9.5 There is a risk that some people may reduce the care they receive. Social "
        "workers will be asked to flag any such cases to the Charging Team.",
        "Social Value",
        "9.6 Not applicable.",
    ]),
    ("Scrutiny comments / recommendations:", [
        "10.1 To be added following the meeting of the Scrutiny Committee \u2013 Adults and "
        "Health on 20 November 2025.",
    ]),
    ("Background", [
        "11.1 There were 1,126 responses to the consultation, including 204 from unpaid "
        "carers and 61 from people who fund their own care. The main themes, and the "
        "Council\u2019s response to each, are summarised in the table below. The full "
        "feedback is at Appendix B.",
    ]),
]

YOU_SAID = [
    ("What people told us", "Our response"),
    ("\u201cWhy should I pay for two carers when I only asked for one? I don\u2019t choose "
     "to need two.\u201d",
     "Two carers are provided only where a moving and handling assessment says it is "
     "needed. We propose to phase in the charge over two years and to review its impact "
     "after twelve months."),
    ("Will the new charges mean people stop having the care they need?",
     "Every person affected will have their financial assessment reviewed before any new "
     "charge starts, and a hardship fund will be available."),
    ("The letters about the consultation were confusing and some people thought their "
     "care would stop.",
     "We apologise. Future letters will be tested with the Tormarsh Carers Voice group "
     "before they are sent."),
    ("How does the arrangement fee compare with other councils?",
     "The proposed fee of \u00a3295 is below the average charged by councils in the South "
     "West that have an arrangement fee."),
    ("Disability-related expenditure should include the real cost of heating and "
     "laundry.",
     "Agreed. The revised policy lists these as standard allowances and will be kept "
     "under review."),
]

BACKGROUND_TAIL = [
    "11.2 Following the consultation the Executive Lead Member has asked officers to "
    "revise the proposals so that the charge for the second carer is phased in, the "
    "arrangement fee is set at \u00a3295, and the disability-related expenditure "
    "allowances are increased. The revised draft policy is at Appendix A.",
]

BACKGROUND_PAPERS = [
    "Executive report, 11 June 2025 \u2013 Adult Social Care Charging Policy: approval to "
    "consult",
    "Care and Support Statutory Guidance, Annex C: Treatment of income",
]

APPENDICES = [
    "Appendix A \u2013 Draft Adult Social Care Charging Policy 2026",
    "Appendix B \u2013 Consultation Feedback Summary",
    "Appendix C \u2013 Equality Impact Assessment",
]


def build_report_pdf(path: Path) -> None:
    from fpdf import FPDF

    class ReportPDF(FPDF):
        def footer(self):  # noqa: D401 - fpdf hook
            self.set_y(-14)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = ReportPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Adult Social Care Charging Policy - Outcome of Consultation")
    pdf.set_author("Tormarsh Council")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Tormarsh Council", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "Scrutiny Committee \u2013 Adults and Health", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(0, 6, "20 November 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 7, "Adult Social Care Charging Policy \u2013 Outcome of Consultation",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for label, value in REPORT_META:
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.cell(62, 5.5, label)
        pdf.set_font("DejaVu", "", 9.5)
        pdf.multi_cell(width - 62, 5.5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    # Report sign-off table
    pdf.set_font("DejaVu", "", 8.5)
    col = (32, 62, 46, width - 140)
    with pdf.table(col_widths=col, line_height=5, first_row_as_headings=False,
                   text_align="LEFT") as table:
        for r in SIGN_OFF:
            row = table.row()
            for k, v in enumerate(r):
                if k == 0 and v:
                    pdf.set_font("DejaVu", "B", 8.5)
                row.cell(v)
                pdf.set_font("DejaVu", "", 8.5)
    pdf.ln(5)

    for heading, paras in REPORT_SECTIONS:
        pdf.set_font("DejaVu", "B", 11)
        pdf.multi_cell(0, 6.5, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for p in paras:
            if re.match(r"^[A-Z][A-Za-z ,/]+Implications$|^Social Value$", p):
                pdf.set_font("DejaVu", "I", 9.5)
                pdf.multi_cell(0, 5.5, p, new_x="LMARGIN", new_y="NEXT")
                continue
            pdf.set_font("DejaVu", "", 9.5)
            indent = 8 if re.match(r"^[a-c]\) ", p) else 0
            if indent:
                pdf.set_x(pdf.l_margin + indent)
            pdf.multi_cell(width - indent, 5.5, p, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        pdf.ln(2)

    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(width * 0.45, width * 0.55), line_height=5,
                   text_align="LEFT") as table:
        for k, (a, b) in enumerate(YOU_SAID):
            row = table.row()
            row.cell(a)
            row.cell(b)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 9.5)
    for p in BACKGROUND_TAIL:
        pdf.multi_cell(0, 5.5, p, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    for heading, lines in (("Background Papers", BACKGROUND_PAPERS), ("Appendices", APPENDICES)):
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9.5)
        for line in lines:
            pdf.set_x(pdf.l_margin + 4)
            pdf.multi_cell(width - 4, 5.5, "\u2022  " + line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-11-20",
    "items": [{"number": it["no"], "title": it["title"]} for it in ITEMS],
    "questions": [
        q("59", "question",
          "raised a query as he had not received the response promised",
          "Cllr Owen Parfitt", "confirmed that a response would be chased up", None, []),
        q("61", "question",
          "asked why the ward had remained closed for over eighteen months",
          "Mr Derek Stallard",
          "the closure had been made on the grounds of safe staffing",
          "Lucy Pardoe", ["patient-and-public-input"]),
        q("62", "request",
          "asked that an item on access to NHS dentistry in the west",
          "Cllr Owen Parfitt", "NHS Tormarsh had been asked for a date",
          "Scrutiny Manager", ["primary-care"]),
        q("62", "request",
          "requested an update on the transfer of the community equipment service",
          "Cllr Priya Chaudhry", None, None, ["subcontracting"]),
        q("62", "request",
          "to look at the transition of young people with disabilities",
          "Cllr Graham Venn",
          "agreed to raise this with the Chair of that committee",
          "Chair", ["children-and-families"]),
        q("63", "question",
          "asked how many patients from the Kelsworth area had been placed",
          "Cllr Jo Treloar",
          "212 patients had been admitted to other community hospitals",
          "Sean Kittow", []),
        q("63", "concern",
          "the closure had been described as temporary for so long",
          None,
          "NHS Tormarsh would publish a timetable for engagement before Christmas",
          "Lucy Pardoe", ["patient-and-public-input"]),
        q("63", "question",
          "queried whether the recruitment of registered nurses had improved enough",
          "Cllr Desmond Huxtable",
          "the nursing vacancy rate in community hospitals had fallen",
          None, ["workforce"]),
        q("63", "question",
          "asked what proportion of patients in community hospital beds were medically fit",
          "Cllr Bryony Tilke",
          "around a third of patients were waiting for onward care",
          "Carl Hembury", ["adult-social-care"]),
        q("63", "comment",
          "the virtual ward had looked after a close relative very well",
          None, None, None, []),
        q("63", "question",
          "asked whether beds bought from independent nursing homes were being used",
          "Cllr Nigel Ashdown",
          "the arrangement would be reviewed in March 2026",
          "Sean Kittow", ["subcontracting", "finance", "adult-social-care"]),
        q("63", "question",
          "raised the question of the Kelsworth building itself",
          "Cllr Graham Venn",
          "the building was owned by NHS Property Services",
          "Lucy Pardoe", ["integration", "primary-care", "finance"]),
        q("63", "concern",
          "The Chair expressed disappointment that the running costs",
          "Chair", None, None, ["finance"]),
        q("64", "question",
          "asked about the number of people waiting for a Care Act assessment",
          "Cllr Priya Chaudhry",
          "486 people were waiting at the end of September",
          "Director of Adult Social Care", ["adult-social-care"]),
        q("64", "question",
          "sought clarification on when the outcome of the Care Quality Commission",
          "Cllr Owen Parfitt",
          "the report was expected early in the new year",
          "Director of Adult Social Care", ["governance", "adult-social-care"]),
        q("64", "concern",
          "the number of home care hours that could not be delivered",
          None,
          "a rural uplift to the hourly rate paid to home care providers",
          "Cllr Peter Dunning", ["adult-social-care"]),
        q("64", "question",
          "asked what support was being given to overseas care workers",
          "Cllr Martin Lusty",
          "the Council had supported 41 workers displaced when two providers lost",
          "Director of Adult Social Care", ["workforce", "adult-social-care"]),
        q("64", "request",
          "requested that the next report show how many people used direct payments",
          "Cllr Jo Treloar", None, None, ["adult-social-care"]),
        q("65", "concern",
          "was concerned that charging for a second carer would fall hardest",
          "Cllr Desmond Huxtable",
          "all charges remained subject to an individual financial assessment",
          "Nicola Rendle", ["finance", "adult-social-care"]),
        q("65", "question",
          "asked how many people had responded to the consultation",
          "Cllr Bryony Tilke",
          "their comments were summarised at Appendix B",
          "Director of Adult Social Care",
          ["patient-and-public-input", "adult-social-care"]),
        q("65", "comment",
          "commented that the letters sent to people who used services",
          "Cllr Alison Moorcroft", None, None, []),
        q("65", "question",
          "asked whether the arrangement fee had been benchmarked against neighbouring councils",
          "Cllr Owen Parfitt",
          "below the average of the councils in the South West",
          None, ["finance"]),
        q("66", "question",
          "asked why the proportion of people successfully completing alcohol treatment",
          "Cllr Graham Venn",
          "a change in the way completions were counted nationally",
          "Dr Yeo", ["public-health"]),
        q("66", "question",
          "questioned whether the new treatment provider which had taken over the contract",
          "Cllr Nigel Ashdown",
          "the provider was meeting nine of its eleven key performance indicators",
          None, ["subcontracting", "public-health"]),
        q("66", "question",
          "queried the availability of naloxone in rural pharmacies",
          None,
          "38 pharmacies now held naloxone and that a list was published",
          "Director of Public Health", ["public-health", "primary-care"]),
        q("66", "concern",
          "raised concerns about the sale of illegal vapes to children near schools",
          "Cllr Priya Chaudhry", None, None, ["public-health", "children-and-families"]),
    ],
    "resolutions": [
        {"item": "59", "text": "held on 18th September 2025 be confirmed as a correct record",
         "outcome": "agreed", "themes": []},
        {"item": "62", "text": "The Committee noted the work programme and agreed that the items",
         "outcome": "agreed", "themes": []},
        {"item": "63", "text": "options appraisal for Kelsworth and Marlpit be brought to the "
                               "Committee before any public consultation",
         "outcome": "agreed", "themes": ["patient-and-public-input"]},
        {"item": "64", "text": "that the Quarter 3 report include the use of direct payments "
                               "by locality",
         "outcome": "agreed", "themes": ["adult-social-care"]},
        {"item": "65", "text": "Recommend to the Executive that any charge for a second carer",
         "outcome": "recommended", "themes": ["finance", "adult-social-care"]},
        {"item": "66", "text": "The Committee noted the Tormarsh Drug and Alcohol Partnership "
                               "Annual Report",
         "outcome": "noted", "themes": ["public-health"]},
    ],
    "attendees": [
        {"name": "Cllr Hilda Varcoe", "role": "Chair", "attendance": "present"},
        {"name": "Cllr Nigel Ashdown", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Cllr Priya Chaudhry", "role": None, "attendance": "present"},
        {"name": "Cllr Desmond Huxtable", "role": None, "attendance": "present"},
        {"name": "Cllr Martin Lusty", "role": None, "attendance": "present"},
        {"name": "Cllr Owen Parfitt", "role": None, "attendance": "present"},
        {"name": "Cllr Bryony Tilke", "role": None, "attendance": "present"},
        {"name": "Cllr Jo Treloar", "role": None, "attendance": "present"},
        {"name": "Cllr Graham Venn", "role": None, "attendance": "present"},
        {"name": "Cllr Alison Moorcroft", "role": None, "attendance": "present"},
        {"name": "Cllr Peter Dunning", "role": "Lead Member for Adult Social Care",
         "attendance": "in_attendance"},
        {"name": "Cllr Fiona Maddicott",
         "role": "Lead Member for Public Health, Equalities and Diversity",
         "attendance": "in_attendance"},
        {"name": "Cllr Rhys Penwarden", "role": None, "attendance": "apologies"},
        {"name": "Cllr Sandra Coombe", "role": None, "attendance": "apologies"},
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(build_minutes_html(), encoding="utf-8")
    build_report_pdf(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}")
    print(f"wrote {DOCS / REPORT_NAME}")


def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
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


def norm(text: str, repl: str = "") -> str:
    text = text.lower().replace("\u00a0", " ")
    text = re.sub(r"[^\w\s]", repl, text)
    return re.sub(r"\s+", " ", text).strip()


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("op-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc.name}")
            problems += 1
            continue
        raw = doc_text(doc)
        texts = {"": norm(raw), " ": norm(raw, " ")}
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["item"], row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["item"], row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["item"], row["text"]))
        for kind, item, phrase in phrases:
            n_words = len(norm(phrase).split())
            if not 6 <= n_words <= 15:
                print(f"{doc.name}: {kind} [{item}] has {n_words} words: {phrase!r}")
                problems += 1
            for repl, text in texts.items():
                count = text.count(norm(phrase, repl))
                if count != 1:
                    print(f"{doc.name}: {kind} [{item}] found {count} times: {phrase!r}")
                    problems += 1
                    break
        for att in gold.get("attendees", []):
            if norm(att["name"]) not in texts[""]:
                print(f"{doc.name}: attendee not found: {att['name']}")
                problems += 1
        print(f"{doc.name}: {len(phrases)} phrases, "
              f"{len(gold.get('attendees', []))} attendees checked")
    if problems:
        print(f"FAILED: {problems} problem(s)")
        return 1
    print("OK: every gold phrase occurs exactly once")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
