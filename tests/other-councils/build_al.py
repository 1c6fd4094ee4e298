#!/usr/bin/env python
"""Build the "al-" documents of the other-councils evaluation set and their gold annotations.

  al-sarrowshire-children-families-scrutiny-2025-10-14.html
      Older / customised ModernGov "printable minutes" HTML page: items in
      <p class="mgSubTitleTxt">NN.&nbsp; Title</p>, attendance in <p class="mgAttendance">,
      webcast links per item, <strong>Resolved:</strong>, public questions with
      supplementary questions answered by Cabinet Members.
  al-mardle-vale-community-scrutiny-2026-02-03.txt
      Hand-typed plain-text minutes of a small district council panel: "Item 1", first
      names for officers, "ACTION: JANE", "Agreed:" lines, a one-line attendance.
  al-healthwatch-sarrowshire-enter-and-view-larkhill-grange.docx
      Healthwatch "Enter and View" report (not minutes): quoted questions from residents,
      recommendations table with provider responses.

Usage:  build_al.py            build documents and gold
        build_al.py --check    verify gold phrases occur verbatim and uniquely
Everything is deterministic (fixed dates, fixed zip timestamps).
"""
import datetime
import html
import io
import json
import os
import re
import sys
import zipfile
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

# ---------------------------------------------------------------------------
# Document 1: ModernGov printable minutes (older / customised template)
# ---------------------------------------------------------------------------

D1 = "al-sarrowshire-children-families-scrutiny-2025-10-14.html"
WEBCAST = "https://sarrowshire.public-i.tv/core/portal/webcast_interactive/905112"


def item(num, anchor, title, start, body):
    h, rest = divmod(start, 3600)
    m, s = divmod(rest, 60)
    return f"""
<div class="mgItem">
<p class="mgSubTitleTxt"><a name="ai{anchor}"></a>{num}.&nbsp;&nbsp;&nbsp;{title}</p>
<p class="mgWebcastLink"><img src="mgImages/webcast_small.gif" alt="Webcast" width="16" height="16">&nbsp;<a href="{WEBCAST}/start_time/{start * 1000}" target="_blank" title="Opens in a new window">View the webcast for this item</a> <span class="mgWebcastTime">({h:02d}:{m:02d}:{s:02d})</span></p>
<div class="mgMinutesTxt">
{body.strip()}
</div>
</div>
"""


D1_ITEMS = [
    item(31, "18044", "Apologies for Absence and Substitutions", 95, """
<p>Apologies for absence were received from Councillor Olu Adebayo and Councillor Julie Harcourt.</p>
<p>Councillor Ian Prothero attended as a substitute for Councillor Adebayo.</p>
"""),
    item(32, "18045", "Declarations of Interest", 141, """
<p>Councillor Sunita Lall declared a non-registrable interest in item 37 (Children&rsquo;s Social Care Workforce Update) as her daughter is employed by the Council as a social worker in the Kelbrook Assessment Team. She remained in the meeting but took no part in the discussion of that item.</p>
<p>Councillor Bronwen Tilley advised, for transparency, that she is an approved foster carer for the County Council. As this was a general interest shared with other carers she was not required to leave the meeting.</p>
"""),
    item(33, "18046", "Minutes of the Previous Meeting", 233, """
<p class="MsoNormal">The Committee considered the minutes of its meeting held on 9 September 2025.</p>
<p class="MsoNormal"><strong>Resolved:</strong> That, subject to the correction of a typographical error at minute 24 (Kelbrook Family Hub), the minutes of the meeting held on 9 September 2025 be approved as a correct record and signed by the Chairman.</p>
"""),
    item(34, "18047", "Questions from Members of the Public", 301, """
<p>The Chairman reported that two questions had been received from members of the public in accordance with Scrutiny Procedure Rule 9. Each questioner was allowed up to three minutes to put their question and could ask one supplementary question arising from the reply.</p>
<p><strong>(a) Question from Mrs Jennifer Okafor to the Cabinet Member for Education and SEND</strong></p>
<p>Mrs Okafor put the following question:</p>
<p class="mgQuoteTxt"><em>&ldquo;My son travels forty miles a day to a special school and since the new transport arrangements began in April he has had four different drivers and passenger assistants in a single term. What is the Council doing to make sure that children with autism have consistent, trained staff on their journeys?&rdquo;</em></p>
<p>Councillor Terry Voss, Cabinet Member for Education and SEND, thanked Mrs Okafor for her question and replied that continuity of drivers and passenger assistants was a requirement in the current contracts, and that operators were expected to give parents 48 hours&rsquo; notice of any change. He acknowledged that some operators had struggled to recruit and keep drivers since the spring and said that the transport team had issued two formal contract notices this term as a result. All passenger assistants had to complete the Council&rsquo;s autism awareness training before working on a route, and he would ask officers to check the training records for her son&rsquo;s route and write to her.</p>
<p>By way of a supplementary question, Mrs Okafor asked whether parents would be involved in writing the specification for the new contracts, given that the existing specification had been drawn up without talking to families at all.</p>
<p>In reply, Councillor Voss confirmed that the Sarrowshire Parent Carer Forum had been invited to join the evaluation panel for the re-procurement, and that a survey of every family using the service would open in November. He hoped Mrs Okafor would take part.</p>
<p><strong>(b) Question from Mr Dennis Hurrell, Chair of the Sarrowshire Foster Carers&rsquo; Association, to the Cabinet Member for Children and Families</strong></p>
<p>Mr Hurrell put the following question:</p>
<p class="mgQuoteTxt"><em>&ldquo;The number of fostering households in Sarrowshire has fallen by nearly a fifth in three years, while the Council pays independent fostering agencies far more for each placement than it pays its own carers. Will the Cabinet Member commit to raising the in-house fostering allowance to at least the national minimum plus twenty per cent?&rdquo;</em></p>
<p>Councillor Alison Pritchard, Cabinet Member for Children and Families, responded that the Council already paid above the national minimum allowance in every age band, and that a review of the fee and allowance structure for in-house foster carers was under way, with proposals expected to come to Cabinet in February 2026 alongside the budget. She could not pre-empt that decision, but she recognised that an agency placement cost on average around &pound;400 a week more than an in-house one and that every additional carer recruited by the Council was both a saving and, more importantly, a better outcome for a child.</p>
<p>Mr Hurrell asked, as a supplementary question, whether foster carers themselves would be consulted on the review before it went to Cabinet. Councillor Pritchard gave an assurance that the Association would be consulted on the draft proposals, and said she would attend its December meeting to hear carers&rsquo; views at first hand.</p>
<p>The Chairman thanked both questioners for attending.</p>
"""),
    item(35, "18048", "Children&rsquo;s Residential Care: Placement Sufficiency Strategy 2025-2028", 1262, """
<p>Lorna Kettle, Assistant Director, Commissioning, Sufficiency and Partnerships, introduced the report, which set out the draft Placement Sufficiency Strategy for 2025-2028. The Council was looking after 1,042 children, of whom 118 were living in residential children&rsquo;s homes; only nine of those were in the Council&rsquo;s own homes. The average weekly cost of an external residential placement had risen to &pound;6,850, and the external residential budget was forecast to overspend by &pound;5.4 million in 2025/26. The strategy proposed four new in-house homes by 2028, a regional commissioning framework with neighbouring authorities, and a renewed drive to recruit foster carers so that fewer children needed residential care.</p>
<p>Councillor Ranganathan asked what proportion of the residential placements budget was paid to providers owned by private equity firms, and whether the Council knew the profit margins being made. Ms Kettle explained that around 80% of external residential placements were with private providers, a number of which were owned by private equity or other investment funds; the Council did not see providers&rsquo; accounts, but the Competition and Markets Authority had estimated average operating margins of over 20% in the sector. Councillor Whitlock commented that it was unacceptable that public money intended for vulnerable children was being used to service the debts of large investment companies, and that the Council should aim to bring as much of this provision back under its own control as it could. In response to a question from Councillor Tilley about the use of unregistered homes for children in care, Mr Duckett confirmed that no Sarrowshire child was currently placed in unregistered provision, although on three occasions in the past year a child had been placed for a few nights in an unregistered setting while an emergency placement was found; each of those had been authorised by him and notified to Ofsted.</p>
<p>Councillor Lall asked whether the four new in-house homes could be staffed, given recruitment difficulties across the sector. Ms Kettle acknowledged that recruiting residential care workers was the biggest risk to the programme. A dedicated recruitment campaign would begin in January and the Council was developing a &lsquo;grow your own&rsquo; apprenticeship route with Sarrow College.</p>
<p>Councillor Aske sought clarification on whether the capital cost of &pound;7.2 million for the new homes was included in the Council&rsquo;s plans. The Executive Director of Children&rsquo;s Services confirmed that &pound;4.8 million was already in the approved capital programme and that the remainder would be bid for from the Department for Education&rsquo;s children&rsquo;s homes capital fund.</p>
<p><strong>Resolved:</strong></p>
<ol type="a">
<li>That the draft Placement Sufficiency Strategy 2025-2028 be noted;</li>
<li>That Cabinet be recommended to accelerate the development of in-house residential provision and to report each year on the proportion of placements made with private providers; and</li>
<li>That a progress report be brought to the Committee in six months&rsquo; time.</li>
</ol>
"""),
    item(36, "18049", "Home to School Transport for Children with SEND - Re-procurement of Contracts", 3177, """
<p>Neil Fairbrother, Head of SEND and Inclusion, presented the report. The current contracts for 640 routes with 57 operators would end in August 2026. The service was forecast to cost &pound;31.4 million in 2025/26, an overspend of &pound;3.9 million. The report proposed moving to a dynamic purchasing system, with routes grouped into lots by area, and greater use of independent travel training and personal travel budgets.</p>
<p>During the debate the following matters were raised:</p>
<ul>
<li>Councillor Feeney asked why the cost per pupil had increased by 38% in two years. Mr Fairbrother explained that the number of pupils with an EHCP eligible for transport had grown by 22% over the same period, and that fuel, driver wages and a shortage of operators had all pushed up route prices.</li>
<li>Councillor Prothero was concerned that small local taxi firms would be squeezed out of the market if routes were packaged into larger lots. The Head of SEND and Inclusion said that lots would be designed so that small operators could bid, and that 43 local firms had attended a supplier engagement event in September.</li>
<li>Mrs Seddon asked how the Council would promote independent travel training for young people who were able to travel on their own. It was confirmed that the independent travel training service would be expanded from 60 to 100 young people a year from April 2026.</li>
<li>The Vice-Chairman requested that the evaluation criteria give at least 40% weighting to quality rather than price, given the concerns raised earlier in the meeting. Councillor Voss agreed to consider this before the tender documents were finalised.</li>
</ul>
<p><strong>Resolved:</strong> That the Committee endorse the proposed approach to the re-procurement of SEND home to school transport, subject to the Cabinet Member considering a quality weighting of at least 40 per cent in the evaluation criteria.</p>
"""),
    item(37, "18050", "Children&rsquo;s Social Care Workforce Update", 4620, """
<p>(Councillor Lall, having declared an interest, took no part in this item.)</p>
<p>Simon Duckett, Director of Children&rsquo;s Social Care and Safeguarding, introduced the update. Agency social workers made up 24% of the children&rsquo;s social work workforce, down from 31% a year earlier. Twelve social workers had been recruited from overseas, a retention payment of &pound;3,000 had been introduced for experienced practitioners, and all twelve authorities in the region had signed a memorandum of understanding capping agency pay rates. Average caseloads stood at 19 children per social worker.</p>
<p>Councillor Whitlock asked how much had been spent on agency social workers in 2024/25. Mr Duckett said that the total was &pound;6.3 million, which was &pound;1.9 million more than would have been spent on permanent staff in the same posts. Councillor Tilley raised concerns about the wellbeing of newly qualified social workers carrying complex cases in their first year. The Director replied that social workers in their assessed and supported year in employment had protected caseloads of no more than 14 children and weekly supervision, and that none were currently holding child protection cases alone. A Member queried whether exit interviews were carried out with social workers who left the Council. It was confirmed that exit interviews were offered to all leavers, and that the most common reasons given were workload and travel.</p>
<p><strong>Resolved:</strong> That the workforce update report, including the retention action plan, be noted.</p>
"""),
    item(38, "18051", "Family Hubs and Early Help Annual Report 2024/25", 5812, """
<p>Rachel Amankwah, Executive Director of Children&rsquo;s Services, presented the annual report. Eleven family hubs were now open and had supported 9,400 families during the year, and the number of early help assessments had risen by 17%.</p>
<p>The following issues were raised by Members:</p>
<ul>
<li>Councillor Feeney raised the reach of family hubs in rural areas, where families without a car could not get to the hubs in Sarrow and Kelbrook. The Executive Director said that an outreach bus would visit 14 villages from January.</li>
<li>Councillor Lall pointed out that Start for Life funding was only confirmed until March 2026 and asked what would happen if it ended. The Executive Director said that the Council would have to decide through the budget process whether to continue funding the 23 posts currently paid for by the grant.</li>
<li>Councillor Aske welcomed the increase in the number of fathers using the hubs.</li>
</ul>
<p>The Executive Director undertook to circulate ward-level take-up figures to all Members.</p>
<p><strong>Resolved:</strong> That the Family Hubs and Early Help Annual Report 2024/25 be noted.</p>
"""),
    item(39, "18052", "Work Programme 2025/26", 6705, """
<p>Darren Lowe, Democratic Services Officer, presented the Committee&rsquo;s work programme.</p>
<p>Councillor Aske requested that an item on elective home education be added to the work programme, noting the rise in the number of children being educated at home. The Chairman agreed that this would be scheduled for the meeting in March 2026.</p>
<p><strong>Resolved:</strong> That the work programme for 2025/26 be agreed, subject to the addition of an item on elective home education.</p>
"""),
    item(40, "18053", "Date of Next Meeting", 6890, """
<p>The next meeting of the Committee will be held on Tuesday 9 December 2025 at 10.00 am in the Council Chamber, County Hall.</p>
"""),
]

D1_HTML = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="generator" content="Modern.Gov 4.2">
<title>Printable minutes - Children and Families Scrutiny Committee - Tuesday, 14th October, 2025 10.00 am - Sarrowshire County Council</title>
<link rel="stylesheet" type="text/css" href="SiteSpecific/ssMgStyles.css">
<link rel="stylesheet" type="text/css" href="SiteSpecific/ssPrint.css" media="print">
<style type="text/css">
body.mgPrintBody {{ font-family: Arial, Helvetica, sans-serif; font-size: 11pt; margin: 20px; }}
p.mgSubTitleTxt {{ font-weight: bold; font-size: 12pt; margin-top: 18pt; border-bottom: 1px solid #999; }}
p.mgAttendance {{ margin: 2pt 0 6pt 0; }}
p.mgWebcastLink {{ font-size: 9pt; color: #555; }}
p.mgQuoteTxt {{ margin-left: 30px; }}
.mgMinutesTxt p {{ text-align: justify; }}
</style>
<script type="text/javascript" src="mgScripts/mgPrint.js"></script>
</head>
<body class="mgPrintBody">
<div id="modgov">
<div class="mgHeader"><img src="SiteSpecific/Images/sarrowshire_print_logo.gif" alt="Sarrowshire County Council" width="180" height="60"></div>
<div class="mgLinks"><a href="mgListCommittees.aspx?bcr=1">Committees</a> | <a href="mgCalendarMonthView.aspx?GL=1&amp;bcr=1">Calendar</a> | <a href="ieListDocuments.aspx?CId=412&amp;MId=6221">Back to meeting</a> | <a href="javascript:window.print();">Print</a></div>
<h1 class="mgMainTitleTxt">Minutes</h1>
<p class="mgMeetingTitle"><strong>Children and Families Scrutiny Committee</strong></p>
<table class="mgMeetingDetails" summary="Meeting details" cellpadding="2">
<tr><td class="mgLabel">Date:</td><td>Tuesday, 14th October, 2025 10.00 am</td></tr>
<tr><td class="mgLabel">Venue:</td><td>Council Chamber - County Hall, Castle Street, Sarrow</td></tr>
<tr><td class="mgLabel">Contact:</td><td>Darren Lowe, Democratic Services Officer, 01632 960418</td></tr>
</table>
<p class="mgWebcastMeeting"><img src="mgImages/webcast_small.gif" alt="Webcast" width="16" height="16">&nbsp;<a href="{webcast}" target="_blank">Watch the webcast of this meeting</a></p>

<p class="mgSectionTitle"><strong>Attendance</strong></p>
<p class="mgAttendance"><strong>Present:</strong> Councillor Helen Marchbank (Chairman); Councillor Dev Ranganathan (Vice-Chairman); Councillors Paul Aske, Mark Feeney, Sunita Lall, Bronwen Tilley and Graham Whitlock.</p>
<p class="mgAttendance"><strong>Substitute Member:</strong> Councillor Ian Prothero (Substitute for Councillor Olu Adebayo).</p>
<p class="mgAttendance"><strong>Co-opted Member (voting on education matters only):</strong> Mrs Caroline Seddon (Parent Governor Representative).</p>
<p class="mgAttendance"><strong>Also present:</strong> Councillor Alison Pritchard (Cabinet Member for Children and Families) and Councillor Terry Voss (Cabinet Member for Education and SEND).</p>
<p class="mgAttendance"><strong>Officers in attendance:</strong> Rachel Amankwah (Executive Director of Children&rsquo;s Services), Simon Duckett (Director of Children&rsquo;s Social Care and Safeguarding), Lorna Kettle (Assistant Director, Commissioning, Sufficiency and Partnerships), Neil Fairbrother (Head of SEND and Inclusion) and Darren Lowe (Democratic Services Officer).</p>
<p class="mgAttendance"><strong>Apologies:</strong> Councillor Olu Adebayo and Councillor Julie Harcourt.</p>
<p class="mgAttendance"><em>Eleven members of the public and one representative of the press were present.</em></p>
{items}
<p class="mgMinutesFooter">The meeting started at 10.00 am and ended at 12.04 pm</p>
<p class="mgSignature">Chairman</p>
<div class="mgFooter"><hr>Sarrowshire County Council, County Hall, Castle Street, Sarrow &nbsp;|&nbsp; <a href="mgGeneric.aspx?MD=mgPrivacy">Privacy</a> &nbsp;|&nbsp; Powered by Modern.Gov</div>
</div>
</body>
</html>
"""


def build_d1():
    return D1_HTML.format(webcast=WEBCAST, items="".join(D1_ITEMS))


G1 = {
    "document": D1,
    "doc_type": "minutes",
    "committee": "Children and Families Scrutiny Committee",
    "meeting_date": "2025-10-14",
    "items": [
        {"number": "31", "title": "Apologies for Absence and Substitutions"},
        {"number": "32", "title": "Declarations of Interest"},
        {"number": "33", "title": "Minutes of the Previous Meeting"},
        {"number": "34", "title": "Questions from Members of the Public"},
        {"number": "35", "title": "Children’s Residential Care: Placement Sufficiency Strategy 2025-2028"},
        {"number": "36", "title": "Home to School Transport for Children with SEND - Re-procurement of Contracts"},
        {"number": "37", "title": "Children’s Social Care Workforce Update"},
        {"number": "38", "title": "Family Hubs and Early Help Annual Report 2024/25"},
        {"number": "39", "title": "Work Programme 2025/26"},
        {"number": "40", "title": "Date of Next Meeting"},
    ],
    "questions": [
        {"item": "34", "kind": "question",
         "text": "make sure that children with autism have consistent, trained staff on their journeys",
         "asked_by": "Mrs Jennifer Okafor",
         "answer": "continuity of drivers and passenger assistants was a requirement in the current contracts",
         "given_by": "Councillor Terry Voss, Cabinet Member for Education and SEND",
         "themes": ["children-and-families", "subcontracting", "workforce", "patient-and-public-input"]},
        {"item": "34", "kind": "question",
         "text": "whether parents would be involved in writing the specification for the new contracts",
         "asked_by": "Mrs Okafor",
         "answer": "Parent Carer Forum had been invited to join the evaluation panel",
         "given_by": "Councillor Voss",
         "themes": ["patient-and-public-input", "subcontracting", "children-and-families"]},
        {"item": "34", "kind": "question",
         "text": "commit to raising the in-house fostering allowance to at least the national minimum",
         "asked_by": "Mr Dennis Hurrell",
         "answer": "a review of the fee and allowance structure for in-house foster carers",
         "given_by": "Councillor Alison Pritchard, Cabinet Member for Children and Families",
         "themes": ["children-and-families", "finance", "subcontracting", "patient-and-public-input"]},
        {"item": "34", "kind": "question",
         "text": "whether foster carers themselves would be consulted on the review before it went to Cabinet",
         "asked_by": "Mr Hurrell",
         "answer": "gave an assurance that the Association would be consulted on the draft proposals",
         "given_by": "Councillor Pritchard",
         "themes": ["patient-and-public-input", "children-and-families"]},
        {"item": "35", "kind": "question",
         "text": "proportion of the residential placements budget was paid to providers owned by private equity",
         "asked_by": "Councillor Ranganathan",
         "answer": "around 80% of external residential placements were with private providers",
         "given_by": "Ms Kettle",
         "themes": ["privatisation", "subcontracting", "finance", "children-and-families"]},
        {"item": "35", "kind": "comment",
         "text": "public money intended for vulnerable children was being used to service the debts",
         "asked_by": "Councillor Whitlock",
         "answer": None,
         "given_by": None,
         "themes": ["privatisation", "finance", "children-and-families"]},
        {"item": "35", "kind": "question",
         "text": "about the use of unregistered homes for children in care",
         "asked_by": "Councillor Tilley",
         "answer": "no Sarrowshire child was currently placed in unregistered provision",
         "given_by": "Mr Duckett",
         "themes": ["children-and-families", "governance"]},
        {"item": "35", "kind": "question",
         "text": "whether the four new in-house homes could be staffed, given recruitment difficulties",
         "asked_by": "Councillor Lall",
         "answer": "recruiting residential care workers was the biggest risk to the programme",
         "given_by": "Ms Kettle",
         "themes": ["workforce", "children-and-families"]},
        {"item": "35", "kind": "question",
         "text": "whether the capital cost of £7.2 million for the new homes was included",
         "asked_by": "Councillor Aske",
         "answer": "£4.8 million was already in the approved capital programme",
         "given_by": "The Executive Director of Children’s Services",
         "themes": ["finance", "children-and-families"]},
        {"item": "36", "kind": "question",
         "text": "why the cost per pupil had increased by 38% in two years",
         "asked_by": "Councillor Feeney",
         "answer": "the number of pupils with an EHCP eligible for transport had grown",
         "given_by": "Mr Fairbrother",
         "themes": ["finance", "children-and-families"]},
        {"item": "36", "kind": "concern",
         "text": "small local taxi firms would be squeezed out of the market",
         "asked_by": "Councillor Prothero",
         "answer": "lots would be designed so that small operators could bid",
         "given_by": "The Head of SEND and Inclusion",
         "themes": ["subcontracting", "children-and-families"]},
        {"item": "36", "kind": "question",
         "text": "how the Council would promote independent travel training for young people",
         "asked_by": "Mrs Seddon",
         "answer": "independent travel training service would be expanded from 60 to 100",
         "given_by": None,
         "themes": ["children-and-families"]},
        {"item": "36", "kind": "request",
         "text": "evaluation criteria give at least 40% weighting to quality rather than price",
         "asked_by": "The Vice-Chairman",
         "answer": "agreed to consider this before the tender documents were finalised",
         "given_by": "Councillor Voss",
         "themes": ["subcontracting"]},
        {"item": "37", "kind": "question",
         "text": "how much had been spent on agency social workers in 2024/25",
         "asked_by": "Councillor Whitlock",
         "answer": "£1.9 million more than would have been spent on permanent staff",
         "given_by": "Mr Duckett",
         "themes": ["workforce", "finance", "children-and-families"]},
        {"item": "37", "kind": "concern",
         "text": "wellbeing of newly qualified social workers carrying complex cases in their first year",
         "asked_by": "Councillor Tilley",
         "answer": "had protected caseloads of no more than 14 children and weekly supervision",
         "given_by": "The Director",
         "themes": ["workforce", "children-and-families"]},
        {"item": "37", "kind": "question",
         "text": "whether exit interviews were carried out with social workers who left",
         "asked_by": None,
         "answer": "the most common reasons given were workload and travel",
         "given_by": None,
         "themes": ["workforce", "children-and-families"]},
        {"item": "38", "kind": "concern",
         "text": "reach of family hubs in rural areas, where families without a car",
         "asked_by": "Councillor Feeney",
         "answer": "an outreach bus would visit 14 villages from January",
         "given_by": "The Executive Director",
         "themes": ["children-and-families"]},
        {"item": "38", "kind": "question",
         "text": "Start for Life funding was only confirmed until March 2026",
         "asked_by": "Councillor Lall",
         "answer": "whether to continue funding the 23 posts currently paid for by the grant",
         "given_by": "The Executive Director",
         "themes": ["finance", "children-and-families", "workforce"]},
        {"item": "38", "kind": "comment",
         "text": "welcomed the increase in the number of fathers using the hubs",
         "asked_by": "Councillor Aske",
         "answer": None,
         "given_by": None,
         "themes": ["children-and-families"]},
        {"item": "39", "kind": "request",
         "text": "requested that an item on elective home education be added to the work programme",
         "asked_by": "Councillor Aske",
         "answer": "this would be scheduled for the meeting in March 2026",
         "given_by": "The Chairman",
         "themes": ["children-and-families", "governance"]},
    ],
    "resolutions": [
        {"item": "33", "text": "minutes of the meeting held on 9 September 2025 be approved as a correct record",
         "outcome": "agreed", "themes": []},
        {"item": "35", "text": "Cabinet be recommended to accelerate the development of in-house residential provision",
         "outcome": "recommended", "themes": ["privatisation", "children-and-families"]},
        {"item": "36", "text": "endorse the proposed approach to the re-procurement of SEND home to school transport",
         "outcome": "agreed", "themes": ["subcontracting", "children-and-families"]},
        {"item": "37", "text": "That the workforce update report, including the retention action plan, be noted",
         "outcome": "noted", "themes": ["workforce", "children-and-families"]},
        {"item": "38", "text": "That the Family Hubs and Early Help Annual Report 2024/25 be noted",
         "outcome": "noted", "themes": ["children-and-families"]},
        {"item": "39", "text": "work programme for 2025/26 be agreed, subject to the addition of an item",
         "outcome": "agreed", "themes": ["children-and-families", "governance"]},
    ],
    "attendees": [
        {"name": "Councillor Helen Marchbank", "role": "Chairman", "attendance": "present"},
        {"name": "Councillor Dev Ranganathan", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Councillor Paul Aske", "role": None, "attendance": "present"},
        {"name": "Councillor Mark Feeney", "role": None, "attendance": "present"},
        {"name": "Councillor Sunita Lall", "role": None, "attendance": "present"},
        {"name": "Councillor Bronwen Tilley", "role": None, "attendance": "present"},
        {"name": "Councillor Graham Whitlock", "role": None, "attendance": "present"},
        {"name": "Councillor Ian Prothero", "role": "Substitute for Councillor Olu Adebayo", "attendance": "present"},
        {"name": "Mrs Caroline Seddon", "role": "Parent Governor Representative", "attendance": "present"},
        {"name": "Councillor Alison Pritchard", "role": "Cabinet Member for Children and Families",
         "attendance": "in_attendance"},
        {"name": "Councillor Terry Voss", "role": "Cabinet Member for Education and SEND",
         "attendance": "in_attendance"},
        {"name": "Rachel Amankwah", "role": "Executive Director of Children’s Services", "attendance": "in_attendance"},
        {"name": "Simon Duckett", "role": "Director of Children’s Social Care and Safeguarding",
         "attendance": "in_attendance"},
        {"name": "Lorna Kettle", "role": "Assistant Director, Commissioning, Sufficiency and Partnerships",
         "attendance": "in_attendance"},
        {"name": "Neil Fairbrother", "role": "Head of SEND and Inclusion", "attendance": "in_attendance"},
        {"name": "Darren Lowe", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Councillor Olu Adebayo", "role": None, "attendance": "apologies"},
        {"name": "Councillor Julie Harcourt", "role": None, "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------------------
# Document 2: hand-typed plain-text minutes of a district council panel
# ---------------------------------------------------------------------------

D2 = "al-mardle-vale-community-scrutiny-2026-02-03.txt"

D2_TEXT = """MARDLE VALE DISTRICT COUNCIL
COMMUNITY SCRUTINY PANEL

Minutes - Tues 3rd Feb 2026, 6.30pm
Committee Rm 2, Riverside House, Fenmarket

Present: Cllrs Alan Smith (Chair), Rita Patel (Vice-Chair), Dawn Hebden, Colin Oyelaran, Margaret Frost, Tom Beasley (sub for Cllr Nunn), Officers: Jane Corrie (Head of Housing), Mike Tan (Community Safety & Wellbeing Manager), Sue Allsop (Democratic Services Officer - clerk), Also attending: Dr Fiona Lake (NHS Sarrowshire ICB, Associate Director - Mardle Vale Place), Kerry Dunmore (Healthwatch Sarrowshire)

** DRAFT - to be approved at next meeting **


Item 1 - Apologies
Cllr Gerry Nunn (family commitment). Cllr Beasley subbing for him. Cllr Smith welcomed Fiona and Kerry, first time at the panel for both.

Item 2 - Declarations
Cllr Frost - trustee of Fenmarket Foodbank, relevant to item 6. She stayed in the room but did not vote on that one. No others.

Item 3 - Notes of last meeting (25 Nov 2025) + matters arising
Agreed: notes of 25 Nov are a correct record, Chair to sign.
Matters arising - Cllr Hebden asked if we ever got a reply from the ICB to the Chair's letter about Kelbrook surgery. Sue said no reply yet, she will chase it this week.
ACTION: SUE
Leisure centre usage figures Cllr Oyelaran asked for last time were emailed round by Mike on 2 Dec.

Item 4 - Temporary accommodation / homelessness update
Jane went through her paper. 148 households in TA at end of Dec (was 102 a year ago). 31 in B&B incl 9 families with children, some of them past the 6 week limit. TA budget forecast to be £1.2m over. Main causes still section 21s and private landlords selling up, plus people leaving asylum hotels with 28 days notice.
Cllr Patel asked about the families who have been in B&B more than 6 weeks - isn't that unlawful? Jane said yes it is and the Portfolio Holder knows; 4 of the 9 are moving this week and she is hoping to have the rest out by end of Feb.
Cllr Oyelaran asked how many landlords had left the private sector leasing scheme this year. Jane said she would find out, thinks it is about 15 but doesn't want to guess.
ACTION: JANE
Cllr Smith asked where we had got to with buying homes to use as TA ourselves. Jane said the business case for buying 40 homes with the Local Authority Housing Fund money plus borrowing goes to Cabinet on 12 March - payback about 7 yrs against B&B costs.
Cllr Beasley said he was worried about families being placed in Sarrow and other places miles away from schools. Jane agreed it's not ideal, they try to keep kids in the same school and will pay for transport where needed.
Agreed: panel notes the update and recommends to Cabinet that the TA purchase business case is approved as a priority.

Item 5 - GP access and Kelbrook Health Centre (ICB)
Fiona gave a verbal update (slides to follow - Sue to circulate). Mill Lane branch surgery in Kelbrook to close end of June, services moving into the new Kelbrook Health Centre on the old depot site. The building is being put up by a developer and leased back to the practice, so the NHS won't own it. 8 week engagement started 19 Jan.
Cllr Hebden asked why the old Mill Lane branch had to close when the new centre isn't even finished - what happens to patients in between? Fiona said the branch stays open until the new building is handed over, it will not close before that, she gave that assurance.
Cllr Frost raised the 8am phone scramble, residents ringing 50+ times and then told to ring back tomorrow. Fiona said all Mardle Vale practices now on cloud telephony with call-back, and online requests are open all day; she accepted it isn't working for everyone yet.
Cllr Oyelaran asked who profits from the lease on the new building and how long the NHS is tied in for. Fiona did not have the lease details to hand, will write to the panel.
ACTION: FIONA (VIA SUE)
Cllr Patel said the engagement is too short and mostly online - older people in Kelbrook won't fill in a web form. Kerry (Healthwatch) said they'd had the same feedback and were doing 2 drop-ins at Kelbrook library.
Agreed: Chair to write to the ICB asking for the Kelbrook engagement to be extended to end of March and for paper copies at the library and pharmacy.
ACTION: CHAIR / SUE

Item 6 - Household Support Fund and food banks
Mike's update. HSF round 6 - £486k spent so far out of £612k. This is the final round, Govt replacing it with the Crisis and Resilience Fund from April but allocations not out yet. Food bank use up 18% on last year.
Cllr Beasley asked what happens on 1 April if we do not know the new allocation by then. Mike said there's £90k in the hardship reserve as a stopgap, enough for about 6 weeks of the current scheme.
Cllr Frost (declared) said volunteers at the food bank are seeing a lot more working families, people in jobs who can't cover the rent.
Agreed: HSF and food bank update noted, thanks to Mike.

Item 7 - Healthwatch feedback - hospital discharge to care homes
Kerry presented the Healthwatch report on discharge (31 people / families spoken to). Main issues - people discharged late at night, medication not sent with them, families not told.
Cllr Hebden asked whether the hospital trust had responded to the recommendations. Kerry said the trust accepted 5 of 7 recommendations, the other 2 (weekend pharmacy) it says it can't fund at the moment.
Cllr Smith asked if any of the discharges were to care homes in Mardle Vale. Kerry said 11, mostly to Larkhill Grange and Oakfield.
Agreed: to invite Sarrow Hospitals NHS Foundation Trust to the June meeting to talk about discharge, and send the Healthwatch report on to the county HOSC.
ACTION: SUE

Item 8 - Fenmarket Leisure Centre contract
Mike (covering for Andy, Leisure & Culture Lead) - contract with Pinnacle Leisure Ltd ends 31 Aug 2026. Officers propose a 2 year extension (allowed under the contract) while options are looked at. Management fee has gone from nil to £240k a yr since Covid.
Cllr Oyelaran said we are paying a private company a quarter of a million a year and they keep the profits from the gym, why not bring it back in-house? Mike said an options appraisal is in the paper - in-house, a leisure trust, or re-tendering - to go to Cabinet in the autumn; in-house would mean VAT and business rates costs the trust model avoids.
Cllr Patel asked whether staff would keep their terms if it came back in-house. Mike said TUPE would apply either way.
Agreed: panel supports the 2-year extension but asks that the options appraisal looks properly at in-house provision and comes back to this panel before Cabinet.
ACTION: MIKE / ANDY

Item 9 - Work programme
Agreed: add damp and mould in housing association homes (April mtg) and a Kelbrook Health Centre follow-up (June).

Item 10 - AOB / next meeting
None. Next mtg Tues 14 April 2026, 6.30pm, Riverside House.

Finished 8.47pm.
SA 05/02/26
"""


def build_d2():
    # typed in Notepad on a council laptop: CRLF line ends
    return D2_TEXT.replace("\n", "\r\n")


G2 = {
    "document": D2,
    "doc_type": "minutes",
    "committee": "Community Scrutiny Panel",
    "meeting_date": "2026-02-03",
    "items": [
        {"number": "1", "title": "Apologies"},
        {"number": "2", "title": "Declarations"},
        {"number": "3", "title": "Notes of last meeting (25 Nov 2025) + matters arising"},
        {"number": "4", "title": "Temporary accommodation / homelessness update"},
        {"number": "5", "title": "GP access and Kelbrook Health Centre (ICB)"},
        {"number": "6", "title": "Household Support Fund and food banks"},
        {"number": "7", "title": "Healthwatch feedback - hospital discharge to care homes"},
        {"number": "8", "title": "Fenmarket Leisure Centre contract"},
        {"number": "9", "title": "Work programme"},
        {"number": "10", "title": "AOB / next meeting"},
    ],
    "questions": [
        {"item": "3", "kind": "question",
         "text": "asked if we ever got a reply from the ICB",
         "asked_by": "Cllr Hebden",
         "answer": "Sue said no reply yet, she will chase it this week",
         "given_by": "Sue",
         "themes": ["primary-care"]},
        {"item": "4", "kind": "question",
         "text": "the families who have been in B&B more than 6 weeks",
         "asked_by": "Cllr Patel",
         "answer": "4 of the 9 are moving this week",
         "given_by": "Jane",
         "themes": ["housing", "children-and-families"]},
        {"item": "4", "kind": "question",
         "text": "how many landlords had left the private sector leasing scheme this year",
         "asked_by": "Cllr Oyelaran",
         "answer": "Jane said she would find out, thinks it is about 15",
         "given_by": "Jane",
         "themes": ["housing"]},
        {"item": "4", "kind": "question",
         "text": "where we had got to with buying homes to use as TA ourselves",
         "asked_by": "Cllr Smith",
         "answer": "business case for buying 40 homes with the Local Authority Housing Fund",
         "given_by": "Jane",
         "themes": ["housing", "finance"]},
        {"item": "4", "kind": "concern",
         "text": "worried about families being placed in Sarrow and other places miles away from schools",
         "asked_by": "Cllr Beasley",
         "answer": "they try to keep kids in the same school",
         "given_by": "Jane",
         "themes": ["housing", "children-and-families"]},
        {"item": "5", "kind": "question",
         "text": "why the old Mill Lane branch had to close when the new centre",
         "asked_by": "Cllr Hebden",
         "answer": "the branch stays open until the new building is handed over",
         "given_by": "Fiona",
         "themes": ["primary-care"]},
        {"item": "5", "kind": "concern",
         "text": "raised the 8am phone scramble, residents ringing 50+ times",
         "asked_by": "Cllr Frost",
         "answer": "all Mardle Vale practices now on cloud telephony with call-back",
         "given_by": "Fiona",
         "themes": ["primary-care"]},
        {"item": "5", "kind": "question",
         "text": "who profits from the lease on the new building",
         "asked_by": "Cllr Oyelaran",
         "answer": "did not have the lease details to hand, will write to the panel",
         "given_by": "Fiona",
         "themes": ["privatisation", "primary-care"]},
        {"item": "5", "kind": "concern",
         "text": "the engagement is too short and mostly online",
         "asked_by": "Cllr Patel",
         "answer": "were doing 2 drop-ins at Kelbrook library",
         "given_by": "Kerry (Healthwatch)",
         "themes": ["patient-and-public-input", "primary-care"]},
        {"item": "6", "kind": "question",
         "text": "what happens on 1 April if we do not know the new allocation",
         "asked_by": "Cllr Beasley",
         "answer": "£90k in the hardship reserve as a stopgap",
         "given_by": "Mike",
         "themes": ["finance"]},
        {"item": "6", "kind": "comment",
         "text": "volunteers at the food bank are seeing a lot more working families",
         "asked_by": "Cllr Frost",
         "answer": None,
         "given_by": None,
         "themes": []},
        {"item": "7", "kind": "question",
         "text": "whether the hospital trust had responded to the recommendations",
         "asked_by": "Cllr Hebden",
         "answer": "the trust accepted 5 of 7 recommendations",
         "given_by": "Kerry",
         "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "7", "kind": "question",
         "text": "if any of the discharges were to care homes in Mardle Vale",
         "asked_by": "Cllr Smith",
         "answer": "Kerry said 11, mostly to Larkhill Grange and Oakfield",
         "given_by": "Kerry",
         "themes": ["adult-social-care"]},
        {"item": "8", "kind": "question",
         "text": "paying a private company a quarter of a million a year",
         "asked_by": "Cllr Oyelaran",
         "answer": "an options appraisal is in the paper",
         "given_by": "Mike",
         "themes": ["privatisation", "subcontracting", "finance"]},
        {"item": "8", "kind": "question",
         "text": "whether staff would keep their terms if it came back in-house",
         "asked_by": "Cllr Patel",
         "answer": "Mike said TUPE would apply either way",
         "given_by": "Mike",
         "themes": ["workforce", "privatisation"]},
    ],
    "resolutions": [
        {"item": "3", "text": "notes of 25 Nov are a correct record, Chair to sign",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "recommends to Cabinet that the TA purchase business case is approved as a priority",
         "outcome": "recommended", "themes": ["housing", "finance"]},
        {"item": "5", "text": "Chair to write to the ICB asking for the Kelbrook engagement to be extended",
         "outcome": "agreed", "themes": ["patient-and-public-input", "primary-care"]},
        {"item": "6", "text": "HSF and food bank update noted, thanks to Mike",
         "outcome": "noted", "themes": ["finance"]},
        {"item": "7", "text": "invite Sarrow Hospitals NHS Foundation Trust to the June meeting",
         "outcome": "agreed", "themes": ["adult-social-care"]},
        {"item": "8", "text": "panel supports the 2-year extension but asks that the options appraisal",
         "outcome": "agreed", "themes": ["subcontracting", "privatisation"]},
        {"item": "9", "text": "add damp and mould in housing association homes",
         "outcome": "agreed", "themes": ["housing"]},
    ],
    "attendees": [
        {"name": "Cllr Alan Smith", "role": "Chair", "attendance": "present"},
        {"name": "Cllr Rita Patel", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Cllr Dawn Hebden", "role": None, "attendance": "present"},
        {"name": "Cllr Colin Oyelaran", "role": None, "attendance": "present"},
        {"name": "Cllr Margaret Frost", "role": None, "attendance": "present"},
        {"name": "Cllr Tom Beasley", "role": "sub for Cllr Nunn", "attendance": "present"},
        {"name": "Jane Corrie", "role": "Head of Housing", "attendance": "in_attendance"},
        {"name": "Mike Tan", "role": "Community Safety & Wellbeing Manager", "attendance": "in_attendance"},
        {"name": "Sue Allsop", "role": "Democratic Services Officer - clerk", "attendance": "in_attendance"},
        {"name": "Dr Fiona Lake", "role": "NHS Sarrowshire ICB, Associate Director - Mardle Vale Place",
         "attendance": "in_attendance"},
        {"name": "Kerry Dunmore", "role": "Healthwatch Sarrowshire", "attendance": "in_attendance"},
        {"name": "Cllr Gerry Nunn", "role": None, "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------------------
# Document 3: Healthwatch Enter and View report (.docx) - not minutes
# ---------------------------------------------------------------------------

D3 = "al-healthwatch-sarrowshire-enter-and-view-larkhill-grange.docx"
G3 = {"document": D3, "doc_type": "report"}

FIXED = datetime.datetime(2025, 11, 20, 9, 30, 0)


def build_d3(path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor, Cm

    PINK = RGBColor(0xE0, 0x1E, 0x83)   # Healthwatch magenta
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for s in ("Heading 1", "Heading 2", "Title"):
        doc.styles[s].font.name = "Arial"
        doc.styles[s].font.color.rgb = PINK
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Cm(2.2)
        sec.header.paragraphs[0].text = "Healthwatch Sarrowshire \u2013 Enter and View Report"
        sec.footer.paragraphs[0].text = ("Larkhill Grange Care Home \u2013 visited 18 September 2025 \u2013 "
                                         "published November 2025")

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    def para(text, bold=False, italic=False, style=None, indent=None):
        p = doc.add_paragraph(style=style)
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if indent:
            p.paragraph_format.left_indent = Cm(indent)
        return p

    def quote(text, who):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.0)
        r = p.add_run("\u201c" + text + "\u201d")
        r.italic = True
        r.font.color.rgb = PINK
        p.add_run(" \u2013 " + who)

    doc.add_paragraph("Enter and View Report", style="Title")
    para("Larkhill Grange Care Home, Kelbrook", bold=True).runs[0].font.size = Pt(16)
    para("Unannounced visit: Thursday 18 September 2025")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Service address", "Larkhill Grange, 4 Orchard Rise, Kelbrook, Sarrowshire"),
        ("Service provider", "Evermore Care Group Ltd"),
        ("Registered manager", "Mrs Angela Dwyer"),
        ("Type of service", "Residential and nursing care for up to 64 older people, including people "
                            "living with dementia"),
        ("Date and time of visit", "18 September 2025, 10.00am to 3.30pm"),
        ("Authorised Representatives", "Pam Whitaker, Jas Chaggar, Ruth O'Neill (lead)"),
        ("Contact details", "Healthwatch Sarrowshire, The Exchange, Market Street, Sarrow. "
                            "Telephone 01632 960733"),
    ]:
        row = t.add_row().cells
        row[0].text = k
        row[1].text = v
        row[0].paragraphs[0].runs[0].bold = True
        shade(row[0], "F8D7E8")

    doc.add_heading("Acknowledgements", level=1)
    para("Healthwatch Sarrowshire would like to thank the residents, relatives and staff of Larkhill "
         "Grange for making us welcome and for sharing their experiences with us. We are also grateful "
         "to the registered manager, who answered our questions on the day and responded to our draft "
         "recommendations within the statutory 20 working days.")

    doc.add_heading("Disclaimer", level=1)
    para("This report relates only to the visit on the date shown. It is not a representative portrayal "
         "of the experiences of all residents and staff, only an account of what was observed and "
         "contributed at the time.")

    doc.add_heading("What is Enter and View?", level=1)
    para("Part of the local Healthwatch programme is to carry out Enter and View visits. Local Healthwatch "
         "representatives carry out these visits to health and social care services to find out how they "
         "are being run and make recommendations where there are areas for improvement. The Health and "
         "Social Care Act 2012 allows local Healthwatch Authorised Representatives to observe service "
         "delivery and talk to service users, their families and carers on premises such as hospitals, "
         "residential homes, GP practices, dental surgeries, optometrists and pharmacies.")
    para("Enter and View visits are not an inspection. If at any time an Authorised Representative "
         "observes anything that they feel uncomfortable about they must inform their lead, who will "
         "inform the service manager, ending the visit. Any safeguarding concern is reported to "
         "Sarrowshire County Council in line with our safeguarding policy.")

    doc.add_heading("Purpose of the visit", level=1)
    for b in [
        "To hear from residents about their day-to-day experience of living at Larkhill Grange.",
        "To follow up feedback received through our information and signposting service from relatives "
        "about communication and changes of staff.",
        "To look at how residents who have recently been discharged from Sarrow General Hospital are "
        "settled into the home.",
        "To observe the dining experience and the range of activities on offer.",
    ]:
        doc.add_paragraph(b, style="List Bullet")

    doc.add_heading("Methodology", level=1)
    para("The visit was unannounced. Three Authorised Representatives spoke with 14 residents, six "
         "relatives and nine members of staff, using a semi-structured conversation guide. We also "
         "observed the lunchtime meal in both dining rooms and an afternoon activity session. Residents "
         "were asked whether they were happy to talk to us and could stop at any time. Comments have been "
         "anonymised.")

    doc.add_heading("Summary of findings", level=1)
    for b in [
        "Residents described staff as kind and patient, and the home was clean and free of odours.",
        "Many residents and relatives told us they did not know who to ask about their care or their "
        "medication, and several had questions nobody had answered.",
        "The home relies heavily on agency care staff at night and at weekends, which residents noticed.",
        "People discharged from hospital sometimes arrived late in the evening without their medicines "
        "or a discharge letter.",
        "There was a good programme of activities on weekdays but very little at weekends.",
    ]:
        doc.add_paragraph(b, style="List Bullet")

    doc.add_heading("Findings", level=1)
    doc.add_heading("Questions residents and relatives asked us", level=2)
    para("A striking feature of this visit was how many residents put questions to us that they had not "
         "felt able to put to the home. We have recorded them here, in their own words, because they "
         "show what matters to people:")
    quote("Why do they keep changing the girls at night? I never know who is going to come when I "
          "press the buzzer.", "resident, first floor")
    quote("Who do I ask if I want to see the doctor? Nobody tells you anything in here.", "resident")
    quote("Can I have a cup of tea when I want one, or do I have to wait for the trolley?", "resident")
    quote("Why was I not told that Mum had a fall until the following afternoon?", "relative")
    quote("Is there anyone who could take me to church on a Sunday? I went every week for sixty years.",
          "resident")
    quote("When my husband came back from the hospital at ten o'clock at night, why did nobody have his "
          "tablets?", "relative")
    para("We passed these questions, without names, to the registered manager at the end of the visit. "
         "Her answers are reflected in the provider response to our recommendations below.")

    doc.add_heading("Staffing", level=2)
    para("The home told us that it had 11 vacant care worker posts out of 58 and was using agency staff "
         "to cover around 30% of night shifts. Staff we spoke to said they felt supported by the manager "
         "but that training on dementia care had been delayed because of staff shortages. Two "
         "international recruits had started in August and a further four were expected by Christmas.")
    quote("The agency staff are nice enough but they don't know me. I have to explain everything again "
          "every night.", "resident")

    doc.add_heading("Discharge from hospital", level=2)
    para("Staff described three recent admissions from Sarrow General Hospital where residents arrived "
         "after 8pm. On one occasion the resident's medication did not arrive until the following day and "
         "the home had to contact the out-of-hours GP service. The home said it had raised this with the "
         "hospital's integrated discharge team but had not received a reply.")

    doc.add_heading("Food and drink", level=2)
    para("Lunch was well presented and residents were offered a choice. Drinks were offered at set "
         "times from a trolley; we did not see residents being offered drinks between rounds in the "
         "lounge on the ground floor.")

    doc.add_heading("Activities", level=2)
    para("A full-time activities co-ordinator runs a varied weekday programme, including music, "
         "reminiscence and a weekly visit from Kelbrook Primary School. There is no co-ordinator at "
         "weekends and residents told us Saturdays and Sundays were \u201clong\u201d.")

    doc.add_heading("Recommendations and provider response", level=1)
    para("Our recommendations were sent to Evermore Care Group Ltd on 2 October 2025. The provider's "
         "response was received on 29 October 2025 and is reproduced below without amendment.")
    recs = [
        ("1", "Introduce a named key worker for every resident and display a photo board of the staff on "
              "duty each shift, so residents and relatives know who to ask.",
         "Agreed. A key worker system will be in place for all residents by 31 December 2025 and staff "
         "photo boards have been ordered for both floors."),
        ("2", "Reduce reliance on agency staff at night, and where agency staff are used, book the same "
              "workers for regular shifts.",
         "Agreed in part. We are recruiting to all vacant posts and now block-book agency staff for "
         "continuity. We cannot commit to a date for ending agency use at night."),
        ("3", "Tell relatives about any fall or incident on the same day, and record when and how they "
              "were told.",
         "Agreed. Our incident policy has been updated and all senior carers were briefed on 15 October."),
        ("4", "Make drinks and snacks available to residents at any time, not only at trolley rounds.",
         "Agreed. Hydration stations have been installed in both lounges."),
        ("5", "Provide some activities at weekends, including support for residents who wish to attend "
              "a place of worship.",
         "Agreed. We are recruiting a part-time weekend activities co-ordinator and have contacted local "
         "churches about volunteer drivers."),
        ("6", "Raise late-evening discharges and missing medication formally with Sarrow Hospitals NHS "
              "Foundation Trust and NHS Sarrowshire Integrated Care Board, and keep a log of each occasion.",
         "Agreed. A log has been started. The manager has written to the Trust's discharge lead and we "
         "would welcome Healthwatch's support in raising this."),
        ("7", "Complete the delayed dementia care training for all care staff.",
         "Agreed. Training dates have been booked for November and January; 80% of staff will have "
         "completed it by the end of January 2026."),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0].cells
    for c, h in zip(hdr, ("No.", "Recommendation", "Provider response")):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "E01E83")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for n, rec, resp in recs:
        row = t.add_row().cells
        row[0].text = n
        row[1].text = rec
        row[2].text = resp
    for row in t.rows:
        row.cells[0].width = Cm(1.2)
        row.cells[1].width = Cm(8.0)
        row.cells[2].width = Cm(7.5)

    doc.add_heading("Next steps and distribution", level=1)
    para("Healthwatch Sarrowshire will revisit Larkhill Grange in spring 2026 to see how the "
         "recommendations have been put into practice. This report has been shared with:")
    for b in ["Evermore Care Group Ltd and the registered manager of Larkhill Grange",
              "Care Quality Commission",
              "Sarrowshire County Council (Adult Social Care commissioning and quality team)",
              "NHS Sarrowshire Integrated Care Board",
              "Sarrowshire County Council Health and Adult Social Care Scrutiny Committee",
              "Healthwatch England"]:
        doc.add_paragraph(b, style="List Bullet")
    p = para("Healthwatch Sarrowshire is a registered charity. This report is available in large print "
             "and other formats on request.", italic=True)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    cp = doc.core_properties
    cp.author = "Ruth O'Neill"
    cp.last_modified_by = "Healthwatch Sarrowshire"
    cp.title = "Enter and View Report - Larkhill Grange Care Home"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 4
    cp.comments = ""
    cp.keywords = "Enter and View; care home; Kelbrook"

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so the build is byte-for-byte repeatable
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 20, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            out.writestr(zi, src.read(info.filename))


# ---------------------------------------------------------------------------
# Text extraction and checking
# ---------------------------------------------------------------------------

class _Text(HTMLParser):
    BLOCK = {"p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "br", "ul", "ol", "table", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def source_text(path):
    if path.endswith(".html"):
        p = _Text()
        p.feed(open(path, encoding="utf-8").read())
        return "".join(p.parts)
    if path.endswith(".txt"):
        return open(path, encoding="utf-8", newline="").read()
    if path.endswith(".docx"):
        from docx import Document
        d = Document(path)
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    out.append(c.text)
        return "\n".join(out)
    raise ValueError(path)


def norms(s):
    s = html.unescape(s).lower()
    a = re.sub(r"\s+", " ", re.sub(r"[^\w\s]|_", " ", s)).strip()   # punctuation -> space
    b = re.sub(r"\s+", " ", re.sub(r"[^\w\s]|_", "", s)).strip()    # punctuation dropped
    return a, b


def count(hay, needle):
    hay, needle = " " + hay + " ", " " + needle + " "
    n, i = 0, hay.find(needle)
    while i >= 0:
        n += 1
        i = hay.find(needle, i + 1)
    return n


THEMES = None


def check_gold(g):
    global THEMES
    if THEMES is None:
        import yaml
        y = yaml.safe_load(open(os.path.join(HERE, "..", "..", "minutes", "themes.yml")))
        THEMES = {k for k in y if k != "ignore_names"}
    errs = []
    path = os.path.join(DOCS, g["document"])
    if not os.path.exists(path):
        return [f"missing {path}"]
    text = source_text(path)
    ta, tb = norms(text)
    items = {i["number"] for i in g.get("items", [])}
    phrases = []
    for q in g.get("questions", []):
        phrases.append(("question", q["text"]))
        if q["answer"] is not None:
            phrases.append(("answer", q["answer"]))
        if q["kind"] not in ("question", "concern", "request", "comment"):
            errs.append(f"bad kind {q['kind']}")
        if q["item"] not in items:
            errs.append(f"question item {q['item']} not in items")
        for t in q["themes"]:
            if t not in THEMES:
                errs.append(f"bad theme {t}")
    for r in g.get("resolutions", []):
        phrases.append(("resolution", r["text"]))
        if r["outcome"] not in ("noted", "agreed", "recommended", "deferred", "rejected", "other"):
            errs.append(f"bad outcome {r['outcome']}")
        if r["item"] not in items:
            errs.append(f"resolution item {r['item']} not in items")
        for t in r["themes"]:
            if t not in THEMES:
                errs.append(f"bad theme {t}")
    for a in g.get("attendees", []):
        if a["attendance"] not in ("present", "apologies", "in_attendance", "absent"):
            errs.append(f"bad attendance {a}")
        pa, _ = norms(a["name"].replace("Councillor ", "").replace("Cllr ", ""))
        if count(ta, pa) < 1:
            errs.append(f"attendee not found: {a['name']}")
    for it in g.get("items", []):
        pa, _ = norms(it["title"])
        if count(ta, pa) < 1:
            errs.append(f"item title not found: {it['title']}")
    seen = set()
    for kind, ph in phrases:
        pa, pb = norms(ph)
        nw = len(pa.split())
        if not 6 <= nw <= 15:
            errs.append(f"{kind} phrase has {nw} words: {ph!r}")
        ca, cb = count(ta, pa), count(tb, pb)
        if ca != 1 or cb != 1:
            errs.append(f"{kind} phrase occurs {ca}/{cb} times: {ph!r}")
        if pa in seen:
            errs.append(f"duplicate phrase in gold: {ph!r}")
        seen.add(pa)
    return errs


def write_gold(g, name):
    with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")


def build():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    with open(os.path.join(DOCS, D1), "w", encoding="utf-8", newline="\n") as f:
        f.write(build_d1())
    with open(os.path.join(DOCS, D2), "w", encoding="utf-8", newline="") as f:
        f.write(build_d2())
    build_d3(os.path.join(DOCS, D3))
    for g in (G1, G2, G3):
        write_gold(g, g["document"])
    print("built", D1, D2, D3)


def check():
    bad = 0
    for g in (G1, G2, G3):
        on_disk = json.load(open(os.path.join(GOLD, g["document"] + ".json"), encoding="utf-8"))
        errs = check_gold(on_disk)
        if on_disk != json.loads(json.dumps(g, ensure_ascii=False)):
            errs.append("gold file on disk differs from script (rebuild)")
        nq, nr, na = (len(on_disk.get(k, [])) for k in ("questions", "resolutions", "attendees"))
        print(f"{g['document']}: items={len(on_disk.get('items', []))} questions={nq} "
              f"resolutions={nr} attendees={na} -> {'OK' if not errs else 'FAIL'}")
        for e in errs:
            print("   ", e)
        bad += len(errs)
    if bad:
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        build()
