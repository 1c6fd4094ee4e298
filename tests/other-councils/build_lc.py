#!/usr/bin/env python3
"""Build the "lc-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_lc.py           build documents/lc-* and gold/lc-*.json
        build_lc.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import html
import json
import re
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "lc-wendlemoor-eyp-osc-2025-01-24.html"
REPORT_NAME = "lc-wendlemoor-cabinet-report-home-to-school-transport-2025-02-18.pdf"

COMMITTEE = "Education and Young People Overview & Scrutiny Committee"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# --------------------------------------------------------------------------------------
# The minutes page
# --------------------------------------------------------------------------------------

BASE = "https://mycouncil.wendlemoor.gov.uk"
CID = 1187
MID = 7958


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def wrap(s: str, indent: str = "") -> str:
    """Word's 'Web Page' output wraps the source at about 76 characters."""
    lines = textwrap.wrap(esc(s), width=76, break_long_words=False, break_on_hyphens=False)
    return ("\n" + indent).join(lines)


SPAN = '<span style="font-size:11.0pt;font-family:&quot;Arial&quot;,sans-serif">'


def w_p(text: str) -> str:
    return ('<p class="MsoNormal" style="margin-bottom:0cm;text-align:justify">' + SPAN
            + wrap(text) + "</span></p>")


def w_blank() -> str:
    return ('<p class="MsoNormal" style="margin-bottom:0cm"><span style="font-size:11.0pt;'
            'font-family:&quot;Arial&quot;,sans-serif">&nbsp;</span></p>')


def w_bullets(points: list[str], lfo: int) -> str:
    out = []
    for i, text in enumerate(points):
        if len(points) == 1:
            cls = "MsoListParagraph"
        elif i == 0:
            cls = "MsoListParagraphCxSpFirst"
        elif i == len(points) - 1:
            cls = "MsoListParagraphCxSpLast"
        else:
            cls = "MsoListParagraphCxSpMiddle"
        out.append(
            f'<p class="{cls}" style="margin-left:36.0pt;text-align:justify;text-indent:-18.0pt;'
            f'mso-list:l{lfo} level1 lfo{lfo + 1}"><!--[if !supportLists]--><span style="font-family:Symbol">'
            '·<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
            '</span></span><!--[endif]-->' + SPAN + wrap(text) + "</span></p>")
    return "\n".join(out)


def w_numbered(points: list[str], style: str, lfo: int) -> str:
    out = []
    for i, text in enumerate(points):
        label = f"{chr(ord('a') + i)})" if style == "alpha" else f"{i + 1}."
        cls = ("MsoListParagraphCxSpFirst" if i == 0 else
               "MsoListParagraphCxSpLast" if i == len(points) - 1 else "MsoListParagraphCxSpMiddle")
        out.append(
            f'<p class="{cls}" style="margin-left:36.0pt;text-indent:-18.0pt;mso-list:l{lfo} level1 '
            f'lfo{lfo + 1}"><!--[if !supportLists]-->{SPAN}{label}<span style="font:7.0pt &quot;Times New '
            'Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><!--[endif]-->' + SPAN + wrap(text)
            + "</span></p>")
    return "\n".join(out)


def agenda_paras(paras: list[str]) -> str:
    out = []
    for p in paras:
        if p == "":
            out.append("<p>&nbsp;</p>")
        else:
            out.append("<p>" + esc(p) + "</p>")
    return "\n".join(out)


PUBLIC_ADDRESS_AGENDA = [
    "Members of the public who wish to speak at this meeting may attend in person or join "
    "‘virtually’ through an online connection.",
    "",
    "Requests to speak, or to present a petition, must reach the Scrutiny Officer no later than "
    "9am four working days before the meeting, i.e. 9am on Monday 20 January 2025. Please send "
    "requests to scrutiny@wendlemoor.gov.uk.",
    "",
    "If you are speaking ‘virtually’ you may also send a written copy of what you intend to say, "
    "so that your views can be taken into account if the technology fails. Written statements "
    "should reach us by 9am two working days before the meeting and be no longer than one side "
    "of A4.",
    "",
    "Please note that the Committee does not take decisions on behalf of the Council and cannot "
    "consider individual complaints. Speakers are asked not to name individual children.",
]


def item_1() -> str:
    return "\n".join([
        w_p("Apologies were received from Cllr Lindqvist, with Cllr Ashcroft substituting, and "
            "from Cllr Sandhu. Apologies were also received from the co-opted member Mrs Joanna "
            "Crane."),
        w_blank(),
        w_p("Cllr Fenwick attended online and was therefore unable to vote."),
        w_blank(),
        w_p("Cllr Tolley, Cabinet Member for Children, Education and Young People’s Services, had "
            "sent apologies, and Cllr Omondi, Deputy Leader of the Council, attended in her place."),
    ])


def item_2() -> str:
    return "\n".join([
        w_p("Cllr Bexley declared that she was a governor of Lydmarsh Church of England Primary "
            "School."),
        w_blank(),
        w_p("Mr Okoro, parent governor co-opted member, declared a non-registerable interest as the "
            "parent of a child with an Education, Health and Care Plan."),
    ])


def item_3() -> str:
    return "\n".join([
        w_p("The minutes of the meeting held on 22 November 2024 were AGREED as a true and accurate "
            "record, subject to the correction of the spelling of Mr Okoro’s name in minute 41/24."),
        w_blank(),
        w_p("Arising from the minutes, Cllr Harcourt asked whether the breakdown of suspensions by "
            "year group, promised at the last meeting, had been circulated. The Scrutiny Officer "
            "advised that it had been received that morning and would be sent to members after the "
            "meeting."),
    ])


def item_4() -> str:
    return "\n".join([
        w_p("The Committee received two public addresses, both in relation to item 5."),
        w_blank(),
        w_p("Ms Rachel Denholm, a parent from Kenbury, described a wait of 41 weeks for her son’s "
            "Education, Health and Care Plan to be issued and the effect this had had on his "
            "attendance and his mental health. She asked the Committee to press the Council on when "
            "families could expect plans to be issued within the statutory timescale, and to seek "
            "assurance that annual reviews were not being put back in order to manage demand."),
        w_blank(),
        w_p("Mr Tom Aldridge, headteacher of Farrowby Community Primary School, spoke on behalf of "
            "the Wendlemoor Primary Headteachers’ Association. He commented that schools were "
            "funding additional support for pupils awaiting assessment from their own budgets, and "
            "that reductions in the Council’s early help offer meant that schools were holding "
            "levels of need they were not equipped to meet."),
        w_blank(),
        w_p("The Chair thanked both speakers and said that the points they had raised would be put "
            "to officers under item 5."),
    ])


def item_5() -> str:
    return "\n".join([
        w_p("Cllr Omondi, Deputy Leader of the Council, presented the report in the absence of the "
            "Cabinet Member, together with Dr Alison Marsh, Director of Children’s Services, and Neil "
            "Crabtree, Deputy Director of Education. Priya Lal, Head of SEND Services, Gareth Lowe, "
            "Director of Place (Wendlemoor), Integrated Care Board, and Liz Harrow, Co-Chair of "
            "Wendlemoor Parent Carer Forum, were also present to answer the Committee’s questions."),
        w_blank(),
        w_p("Cllr Omondi reminded the Committee that the Local Area Partnership had been found to "
            "have widespread and/or systemic failings at the joint Ofsted and Care Quality "
            "Commission inspection in October 2023, and that progress against the Priority Action "
            "Plan was being monitored by the Department for Education. The proportion of new "
            "Education, Health and Care Plans issued within the statutory 20 weeks had improved from "
            "9% in December 2023 to 38% in December 2024, although this remained well below the "
            "national figure of around 50%."),
        w_blank(),
        w_p("Dr Marsh highlighted that requests for statutory assessment had risen by 27% in twelve "
            "months and that the number of children and young people with a plan now exceeded "
            "8,200. The High Needs Block was forecast to overspend by £18.4m in 2024/25, taking the "
            "cumulative deficit to an estimated £64m by 31 March 2025; the statutory override that "
            "kept this deficit off the Council’s balance sheet was due to end in March 2026."),
        w_blank(),
        w_p("Ms Harrow said that families were reporting better communication from the SEND service "
            "than a year ago, but that trust remained fragile. The Forum’s most recent survey had "
            "found that only 29% of parents and carers felt listened to when their child’s plan was "
            "being written."),
        w_blank(),
        w_p("The Committee asked a number of questions, and the main points of the discussion are "
            "summarised below."),
        w_blank(),
        w_p("Members asked what had driven the improvement in timeliness and whether it could be "
            "sustained. Officers explained that the backlog of assessments waiting for educational "
            "psychology advice had been cleared with the help of locum psychologists and a "
            "commissioned partner organisation, and that the permanent team had grown from 14 to 19 "
            "full-time equivalent posts. The Deputy Director cautioned that demand was still rising "
            "and that the service did not expect to reach the national average before the autumn."),
        w_blank(),
        w_p("The Committee queried the cost of using locum educational psychologists, which members "
            "understood to be considerably higher than that of employed staff. It was confirmed that "
            "the additional cost in 2024/25 was approximately £1.1m, met from the SEND improvement "
            "reserve, and that a recruitment and retention payment for educational psychologists "
            "had been introduced in September 2024."),
        w_blank(),
        w_p("Cllr Harcourt asked about the quality of plans, noting that speed should not come at "
            "the expense of plans that properly described a child’s needs. Ms Lal responded that a "
            "multi-agency quality assurance panel now audited a sample of 30 plans each month, and "
            "that 71% of those audited in December had been graded good or better, compared with 52% "
            "a year earlier."),
        w_blank(),
        w_p("Concerns were expressed about the number of annual reviews that were overdue, and about "
            "reports from families, including the public speaker, that reviews had been postponed or "
            "cancelled at short notice. Officers acknowledged that around 1,900 annual reviews were "
            "overdue and said that a dedicated annual review team of six officers was being "
            "recruited, with the aim of clearing the backlog by the end of the summer term."),
        w_blank(),
        w_p("A member asked whether there would be enough specialist places for September 2025, "
            "given the number of children placed in independent special schools outside the county. "
            "The Director replied that 180 additional places would open across three new resource "
            "bases and the extension of Kenbury Park School, but that the opening of the new free "
            "special school at Stoke Amber had been put back by the Department for Education until "
            "2027. She added that the average cost of an independent placement was more than £60,000 "
            "a year, compared with around £26,000 in a maintained special school."),
        w_blank(),
        w_p("Cllr Ashcroft said that some private providers in the independent special school sector "
            "appeared to be making large profits from public money, and asked whether the Council had "
            "considered bringing more of this provision in-house. The Director said that the Council "
            "had joined a regional commissioning framework with neighbouring authorities to control "
            "fee increases, and that its sufficiency strategy was to expand maintained provision "
            "wherever possible."),
        w_blank(),
        w_p("Turning to health services, members asked about waiting times for autism and ADHD "
            "assessments. Mr Lowe said that around 3,400 children were waiting for an autism "
            "assessment, with a median wait of 74 weeks, and that the ICB had commissioned additional "
            "assessment capacity from two independent providers from January 2025. He accepted that "
            "waiting times remained far too long."),
        w_blank(),
        w_p("In response to a question about access to children’s mental health services for young "
            "people awaiting an assessment, Mr Lowe explained that the mental health support teams "
            "now covered 62% of pupils in the county and would reach every secondary school by "
            "September 2026."),
        w_blank(),
        w_p("Cllr Bexley asked how the Partnership would respond to the Parent Carer Forum survey "
            "finding. Cllr Omondi said that the Council accepted the finding, and that co-production "
            "with parents would be measured by what had changed as a result rather than by the "
            "number of meetings held. A “you said, we did” summary would be published each term."),
        w_blank(),
        w_p("Members also raised the use of part-time timetables for children with SEND, which in "
            "some cases appeared to have become an informal exclusion lasting several months."),
        w_blank(),
        w_p("The Committee AGREED to make the following recommendations to Cabinet:"),
        w_numbered([
            "That it sets out a trajectory, with milestones, for reducing the number of overdue "
            "annual reviews.",
            "That it reports to the Committee on the cost and effectiveness of the recruitment and "
            "retention payment for educational psychologists.",
            "That it works with the Integrated Care Board to publish waiting times for "
            "neurodevelopmental assessments by locality.",
        ], "alpha", 3),
        w_blank(),
        w_p("The Committee also AGREED an action for officers to provide members with a breakdown of "
            "the overdue annual reviews by phase of education and by locality."),
    ])


def item_6() -> str:
    return "\n".join([
        w_p("Cllr Omondi introduced the report with Neil Crabtree, Deputy Director of Education, and "
            "Mark Devlin, Head of Supported Transport. The report set out the results of the public "
            "consultation held between 14 October and 8 December 2024 on three proposals: ending "
            "discretionary free transport to denominational schools for new pupils from September "
            "2025; introducing an annual contribution of £650 towards post-16 transport for students "
            "with special educational needs and disabilities; and making greater use of personal "
            "transport budgets and independent travel training. Expenditure on home to school "
            "transport was forecast to be £48.6m in 2024/25, an overspend of £5.2m against the "
            "budget, driven mainly by the rising number of pupils with SEND who needed a single "
            "occupancy taxi."),
        w_blank(),
        w_p("Mr Devlin reported that 1,412 responses had been received, 68% of which disagreed with "
            "the post-16 contribution. Many respondents had said that the contribution would be "
            "unaffordable for families on modest incomes who did not qualify for the exemptions."),
        w_blank(),
        w_p("In discussion, the following points were raised:"),
        w_blank(),
        w_bullets([
            "Members questioned whether the expected saving from the change to denominational "
            "transport would materialise, since many of the pupils affected would qualify for free "
            "transport on low income grounds in any case. Officers confirmed that the full-year "
            "saving of £310,000 in the report already took account of pupils who would remain "
            "eligible on low income grounds.",
            "Concern was expressed that the contribution would deter young people with SEND from "
            "staying in education after 16, particularly in rural areas such as the Lydmarsh valley "
            "where there was no practical bus alternative. The Head of Supported Transport said that "
            "a hardship fund would be available and that families receiving certain benefits would "
            "be exempt from the charge.",
            "A member asked how many contracts had been retendered during the year and whether the "
            "market remained competitive. It was explained that 212 contracts had been retendered "
            "since April, that the average number of bids per route had fallen from four to under "
            "two, and that on about a fifth of routes only one operator had submitted a bid.",
            "Cllr Fenwick requested that the equality impact assessment to go to Cabinet consider "
            "the effect on rural families separately.",
            "Members welcomed the success of independent travel training and asked whether it could "
            "be expanded. The Deputy Director said that 64 young people had completed the programme "
            "in 2024 and the target for 2025/26 was 100, subject to recruiting two further trainers.",
        ], 4),
        w_blank(),
        w_p("Cllr Harcourt proposed, seconded by Cllr Ashcroft, that the Committee recommend that "
            "Cabinet defer the introduction of the contribution for a year to allow its impact to be "
            "assessed. On being put to the vote, the proposal was LOST by 4 votes to 6."),
        w_blank(),
        w_p("The Committee AGREED to recommend to Cabinet that it:"),
        w_numbered([
            "publishes the modelling behind the expected saving from the change to denominational "
            "transport;",
            "makes sure that the hardship fund is publicised to families before applications for "
            "September 2025 open; and",
            "considers the effect on rural families specifically as part of the equality impact "
            "assessment.",
        ], "num", 5),
    ])


def item_7() -> str:
    return "\n".join([
        w_p("Sarah Quinlan, Head of Access to Learning, presented the annual report. The number of "
            "children known to be electively home educated had risen from 1,240 in 2022 to 1,580 at "
            "the end of the 2023/24 academic year, and 412 children had been recorded as missing "
            "education at some point during the year, most of whom had been traced within 20 school "
            "days."),
        w_blank(),
        w_p("Members asked why the number of home educated children had continued to increase. Ms "
            "Quinlan said that anxiety, emotionally based school avoidance and dissatisfaction with "
            "support for special educational needs were the reasons most often given by parents, "
            "and that about a quarter of the children concerned had an identified special "
            "educational need."),
        w_blank(),
        w_p("Concern was raised that some families might be encouraged to deregister their child to "
            "avoid a permanent exclusion. The Committee was informed that the Council monitored "
            "deregistrations by school, challenged schools where a pattern emerged and had written "
            "to two academy trusts during the year about their practice."),
        w_blank(),
        w_p("A member queried how the Council could be assured that home educated children were safe "
            "when it had no power to see them. Officers said that every family was offered an annual "
            "visit, that around 70% accepted, and that the registers of children not in school "
            "proposed in the Children’s Wellbeing and Schools Bill would strengthen the Council’s "
            "position."),
        w_blank(),
        w_p("Cllr Bexley asked whether the team had the capacity to keep pace with the growth in "
            "numbers."),
        w_blank(),
        w_p("The Committee noted the report and thanked officers for their work."),
    ])


def item_8() -> str:
    return "\n".join([
        w_p("Members expressed disappointment that the recommendation to publish pupil place data for "
            "each planning area had only been partially accepted, and that the response gave no "
            "timescale for doing so."),
        w_blank(),
        w_p("The Committee NOTED the Cabinet response to its recommendations on school place planning "
            "and sufficiency."),
    ])


def item_9() -> str:
    return "\n".join([
        w_p("Members asked for an update on the outstanding action regarding the roll-out of mental "
            "health support teams to special schools. The Scrutiny Officer advised that a response "
            "was awaited from the Integrated Care Board and would be circulated when received."),
        w_blank(),
        w_p("The Committee NOTED the progress of actions and recommendations."),
    ])


def item_10() -> str:
    return "\n".join([
        w_p("Cllr Ashcroft requested that the Committee look at youth services in rural areas, "
            "following the closure of two youth centres in the north of the county. The Chair "
            "suggested that this be considered at the Committee’s work planning session in May."),
        w_blank(),
        w_p("The Committee AGREED its forward work plan, subject to moving the item on exclusions and "
            "suspensions from March to June 2025 so that the full year’s data could be included, and "
            "to adding a scrutiny briefing on early years sufficiency and the expansion of funded "
            "childcare before the March meeting."),
    ])


# (number, title, document link text or None, agenda text paragraphs, minutes html, supporting docs)
ITEMS = [
    ("1/25", "Apologies for Absence and Temporary Appointments", None,
     ["To receive any apologies for absence and temporary appointments.", ""], item_1, []),
    ("2/25", "Declaration of Interests", None,
     ["See guidance note on the back page."], item_2, []),
    ("3/25", "Minutes", "PDF 241 KB",
     ["The Committee is recommended to APPROVE the minutes of the meeting held on 22 November "
      "2024 and to receive information arising from them."], item_3, []),
    ("4/25", "Petitions and Public Address", None, PUBLIC_ADDRESS_AGENDA, item_4, []),
    ("5/25", "SEND Improvement: Priority Action Plan Update", "PDF 388 KB",
     ["10:15", "",
      "Cllr Richard Omondi, Deputy Leader of the Council, Dr Alison Marsh, Director of Children’s "
      "Services, and Neil Crabtree, Deputy Director of Education, have been invited to present an "
      "update on the Local Area Partnership’s SEND Priority Action Plan. Priya Lal, Head of SEND "
      "Services, Gareth Lowe, Director of Place (Wendlemoor), Integrated Care Board, and Liz Harrow, "
      "Co-Chair of Wendlemoor Parent Carer Forum, have also been invited to answer the Committee’s "
      "questions.",
      "",
      "The Committee is asked to consider the report and raise any questions, and to AGREE any "
      "recommendations it wishes to make to Cabinet arising therefrom."],
     item_5, ["Report by the Director of Children’s Services PDF 388 KB",
              "Annex 1 - SEND Priority Action Plan progress dashboard, December 2024 PDF 1 MB"]),
    ("6/25", "Home to School and Post-16 Transport Policy 2025/26", "PDF 412 KB",
     ["11:30", "",
      "Cllr Richard Omondi, Deputy Leader of the Council, Neil Crabtree, Deputy Director of "
      "Education, and Mark Devlin, Head of Supported Transport, have been invited to present a "
      "report on proposed changes to the Home to School and Post-16 Transport Policy, ahead of its "
      "consideration by Cabinet on 18 February 2025.",
      "",
      "The Committee is asked to consider the report and AGREE any recommendations it wishes to "
      "make to Cabinet."],
     item_6, ["Report on Home to School and Post-16 Transport Policy PDF 412 KB",
              "Annex 1 - Consultation summary PDF 655 KB",
              "Annex 2 - Equality Impact Assessment PDF 301 KB"]),
    ("7/25", "Elective Home Education and Children Missing Education - Annual Report", "PDF 296 KB",
     ["12:30", "",
      "Neil Crabtree, Deputy Director of Education, and Sarah Quinlan, Head of Access to Learning, "
      "have been invited to present the annual report on elective home education and children "
      "missing education.",
      "",
      "The Committee is asked to NOTE the report."],
     item_7, ["EHE and CME annual report 2023-24 PDF 296 KB"]),
    ("8/25", "Responses to Scrutiny Recommendations", "PDF 104 KB",
     ["Attached is the Cabinet response to the Committee’s report on School Place Planning and "
      "Sufficiency. The Committee is asked to NOTE the response."],
     item_8, ["Cabinet response - School Place Planning and Sufficiency PDF 104 KB"]),
    ("9/25", "Committee Action and Recommendation Tracker", "PDF 176 KB",
     ["The Committee is recommended to NOTE the progress of previous recommendations and actions "
      "arising from previous meetings, having raised any questions on the contents."],
     item_9, ["Action and Recommendation Tracker January 2025 PDF 176 KB"]),
    ("10/25", "Committee Forward Work Plan", "PDF 188 KB",
     ["The Committee is recommended to AGREE its work programme for forthcoming meetings, having "
      "heard any changes from previous iterations, and taking account of the Cabinet Forward "
      "Plan."],
     item_10, ["EYP OSC Work Plan 2024-25 PDF 188 KB"]),
]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=(0078){base}/ieListDocuments.aspx?CId={cid}&amp;MId={mid}&amp;Ver=4 -->
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agenda and draft minutes - Education and Young People Overview &amp; Scrutiny Committee - Friday, 24 January 2025 10.00 am | Wendlemoor County Council</title>
<link type="text/css" href="./ieListDocuments_files/jquery-ui.min.css" rel="stylesheet">
<link type="text/css" href="./ieListDocuments_files/mgStyles.css" rel="stylesheet">
<link type="text/css" href="./ieListDocuments_files/wendlemoor-mg.css" rel="stylesheet">
<script type="text/javascript" src="./ieListDocuments_files/jquery.min.js"></script>
<script type="text/javascript" src="./ieListDocuments_files/jquery-ui.min.js"></script>
<script type="text/javascript">
	if(window.$) {{
		$(document).ready(function () {{
			if(typeof mgJSInit == "function") {{ mgJSInit(); }}
		}});
	}}
</script>
<style type="text/css">
.mgHiddenField {{ display: none; }}
#wcc-cookie-banner {{ background:#1d2b36; color:#fff; padding:12px 20px; }}
</style>
</head>
<body>
<div id="wcc-cookie-banner" role="region" aria-label="Cookies on the Wendlemoor County Council website">
<p>We use some essential cookies to make this website work. We’d also like to set analytics cookies to help us improve it.</p>
<p><button type="button">Accept analytics cookies</button> <button type="button">Reject analytics cookies</button> <a href="https://www.wendlemoor.gov.uk/cookies">View cookies</a></p>
</div>
<a class="wcc-skip" href="#mgMainContent">Skip to main content</a>
<header class="wcc-header">
<div class="wcc-header__inner">
<a class="wcc-logo" href="https://www.wendlemoor.gov.uk/"><img src="./ieListDocuments_files/wcc-logo-white.svg" alt="Wendlemoor County Council"></a>
<form class="wcc-search" action="https://www.wendlemoor.gov.uk/search" method="get"><label for="wcc-q" class="mgHiddenField">Search this site</label><input id="wcc-q" name="q" type="search" placeholder="Search"><button type="submit">Search</button></form>
</div>
<nav class="wcc-nav" aria-label="Main">
<ul>
<li><a href="https://www.wendlemoor.gov.uk/residents">Residents</a></li>
<li><a href="https://www.wendlemoor.gov.uk/business">Business</a></li>
<li><a href="https://www.wendlemoor.gov.uk/council">Council</a></li>
<li><a href="https://www.wendlemoor.gov.uk/jobs">Jobs</a></li>
</ul>
</nav>
</header>
<div id="mgBreadCrumbs" class="wcc-breadcrumb">
<ul>
<li><a href="https://www.wendlemoor.gov.uk/">Home</a></li>
<li><a href="https://www.wendlemoor.gov.uk/council">Council</a></li>
<li><a href="{base}/mgGeneric.aspx?bcr=1">Councillors, committees and meetings</a></li>
<li><a href="{base}/mgListCommittees.aspx?bcr=1">Committee structure</a></li>
<li><a href="{base}/ieListMeetings.aspx?CommitteeId={cid}">Meetings</a></li>
<li>Agenda and draft minutes</li>
</ul>
</div>
<div class="wcc-layout">
<div id="mgSideBar" class="wcc-sidebar">
<h2>Councillors and meetings</h2>
<ul class="mgNavList">
<li><a href="{base}/mgMemberIndex.aspx?bcr=1">Your councillors</a></li>
<li><a href="{base}/mgCalendarMonthView.aspx?GL=1&amp;bcr=1">Meetings calendar</a></li>
<li><a href="{base}/mgListCommittees.aspx?bcr=1">Committee structure</a></li>
<li><a href="{base}/mgDelegatedDecisions.aspx?bcr=1&amp;DM=0&amp;DS=2&amp;K=0&amp;DR=&amp;V=0">Decisions</a></li>
<li><a href="{base}/mgListPlans.aspx?RPId=173&amp;RD=0&amp;bcr=1">Forward plan</a></li>
<li><a href="{base}/mgListOutsideBodies.aspx?bcr=1">Outside bodies</a></li>
<li><a href="{base}/ieDocSearch.aspx?bcr=1">Search documents</a></li>
<li><a href="{base}/mgRegisterKeywordInterest.aspx?bcr=1">Subscribe to updates</a></li>
<li><a href="{base}/mgWhatsNew.aspx?bcr=1">What’s new</a></li>
</ul>
</div>
<div id="mgMainContent" class="wcc-main" role="main">
<h1 class="mgMainTitleTxt">Agenda and draft minutes</h1>
<div class="mgSubTitle">
<h2 class="mgSubTitleTxt">Education and Young People Overview &amp; Scrutiny Committee - Friday, 24 January 2025 10.00 am</h2>
</div>
<div class="mgLinks">
<ul class="mgActionList">
<li><a href="{base}/mgMeetingAttendance.aspx?ID={mid}" title="Attendance details">Attendance details</a></li>
<li><a href="{base}/mgIssueHistoryChronology.aspx?MId={mid}&amp;Opt=2">Issue history</a></li>
</ul>
</div>
<p class="mgSubTitleTxt"><span class="mgLabel">Venue: </span>Room 2&amp;3 - County Hall, Abbey Street, Carrowbridge. <a href="{base}/mgMeetingVenue.aspx?ID=14">View directions</a></p>
<p class="mgSubTitleTxt"><span class="mgLabel">Contact: </span>Scrutiny Officer &nbsp;<span class="mgLabel">Email: </span><a href="mailto:scrutiny@wendlemoor.gov.uk">scrutiny@wendlemoor.gov.uk</a></p>
<p class="mgSubTitleTxt"><span class="mgLabel">Link: </span><a href="https://wendle.cc/EYP24012025">video link https://wendle.cc/EYP24012025</a></p>
<div class="mgLinks">
<ul class="mgBulletList">
<li><a href="{base}/documents/g{mid}/Agenda%20frontsheet%2024th-Jan-2025%2010.00%20Education%20and%20Young%20People%20Overview%20Scrutiny%20Committee.pdf?T=0">Agenda frontsheet <img src="./ieListDocuments_files/pdf.gif" alt="pdf icon"> PDF 214 KB</a></li>
<li><a href="{base}/documents/g{mid}/Public%20reports%20pack%2024th-Jan-2025%2010.00%20Education%20and%20Young%20People%20Overview%20Scrutiny%20Committee.pdf?T=10">Agenda reports pack <img src="./ieListDocuments_files/pdf.gif" alt="pdf icon"> PDF 3 MB</a></li>
<li><a href="{base}/documents/g{mid}/Printed%20minutes%2024th-Jan-2025%2010.00%20Education%20and%20Young%20People%20Overview%20Scrutiny%20Committee.pdf?T=1">Printed draft minutes <img src="./ieListDocuments_files/pdf.gif" alt="pdf icon"> PDF 201 KB</a></li>
</ul>
</div>
<table class="mgItemTable" summary="Table of agenda items">
<caption class="mgSectionTitle">Items</caption>
<tbody><tr><th class="mgTableHead" scope="col">No.</th><th class="mgTableHead" scope="col">Item</th></tr>
"""

FOOT = """</tbody></table>
<p class="mgBackToTop"><a href="#mgMainContent">Back to top</a></p>
</div>
</div>
<footer class="wcc-footer">
<div class="wcc-footer__inner">
<ul>
<li><a href="https://www.wendlemoor.gov.uk/contact">Contact us</a></li>
<li><a href="https://www.wendlemoor.gov.uk/accessibility">Accessibility statement</a></li>
<li><a href="https://www.wendlemoor.gov.uk/privacy">Privacy notice</a></li>
<li><a href="https://www.wendlemoor.gov.uk/cookies">Cookies</a></li>
</ul>
<p>Wendlemoor County Council, County Hall, Abbey Street, Carrowbridge</p>
<p>© Wendlemoor County Council 2025</p>
<p class="mgSmall">Powered by Modern.Gov</p>
</div>
</footer>
<script type="text/javascript">
var _mgPage = "ieListDocuments"; var _mgMId = "{mid}";
</script>
</body></html>
"""


def render_minutes_page() -> str:
    parts = [HEAD.format(base=BASE, cid=CID, mid=MID)]
    ai = 30412
    for number, title, doclink, agenda, minutes_fn, docs in ITEMS:
        ai += 3
        if doclink:
            title_html = (f'<a href="{BASE}/ieListDocuments.aspx?CId={CID}&amp;MId={MID}#AI{ai}" '
                          f'class="mgAiTitleLnk">{esc(title)} <img src="./ieListDocuments_files/pdf.gif" '
                          f'alt="pdf icon" class="mgPdfIcon"> <span class="mgFileSize">{doclink}</span></a>')
        else:
            title_html = esc(title)
        cell = [f'<tr>\n<td class="mgItemNumberCell" style="vertical-align:top">'
                f'<p class="mgAiTitleTxt">{number}</p></td>',
                '<td style="vertical-align:top">',
                f'<p class="mgAiTitleTxt"><a name="AI{ai}" id="AI{ai}"></a>{title_html}</p>',
                '<div class="mgWordPara">', agenda_paras(agenda), "</div>"]
        if docs:
            cell.append('<p class="mgRelDocsTxt"><span class="mgLabel">Additional documents:</span></p>')
            cell.append('<ul class="mgRelDocs">')
            for d in docs:
                name, _, size = d.rpartition(" PDF ")
                cell.append(f'<li><a href="{BASE}/documents/s{ai * 3 + len(name)}/{name.replace(" ", "%20")}.pdf">'
                            f'{esc(name)} <img src="./ieListDocuments_files/pdf.gif" alt="pdf icon"> '
                            f'PDF {size}</a></li>')
            cell.append("</ul>")
        cell.append('<p class="mgSubItemTitleTxt"><span class="mgLabel">Minutes:</span></p>')
        cell.append('<div class="mgWordPara">')
        cell.append('<div class="WordSection1">')
        cell.append(minutes_fn())
        cell.append("</div>\n</div>")
        cell.append("</td>\n</tr>\n")
        parts.append("\n".join(cell))
    parts.append(FOOT.replace("{mid}", str(MID)))
    return "\n".join(parts)


# --------------------------------------------------------------------------------------
# The document that is not minutes: a Cabinet report (PDF)
# --------------------------------------------------------------------------------------


def build_report_pdf(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class Report(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("DejaVu", "", 8)
                self.set_text_color(90, 90, 90)
                self.cell(0, 5, "CA7 – Cabinet – 18 February 2025", align="R",
                          new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                self.ln(2)
                self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = Report(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 2, 7, 9, 30, tzinfo=dt.timezone.utc))
    pdf.set_title("Home to School and Post-16 Transport Policy 2025/26")
    pdf.set_author("Wendlemoor County Council")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_page()

    W = pdf.epw

    def para(num: str | None, text: str, size: float = 10, bold: bool = False, indent: float = 0):
        pdf.set_font("DejaVu", "B" if bold else "", size)
        if num:
            pdf.set_x(pdf.l_margin + indent)
            pdf.cell(10, 5.2, num)
            pdf.multi_cell(W - 10 - indent, 5.2, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            pdf.set_x(pdf.l_margin + indent)
            pdf.multi_cell(W - indent, 5.2, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)

    def heading(text: str):
        pdf.ln(1)
        pdf.set_font("DejaVu", "B", 11)
        pdf.multi_cell(W, 6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)

    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Divisions Affected – All", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "CABINET", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 6, "18 February 2025", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(W, 7, "HOME TO SCHOOL AND POST-16 TRANSPORT POLICY 2025/26",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 6, "Report by Director of Children’s Services", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    heading("RECOMMENDATION")
    para("1.", "The Cabinet is RECOMMENDED to:")
    for label, text in [
        ("a)", "approve the Home to School and Post-16 Transport Policy 2025/26 at Annex 1;"),
        ("b)", "agree that discretionary free transport to denominational schools is withdrawn for "
               "pupils starting at a school from September 2025, with pupils already travelling "
               "keeping their entitlement;"),
        ("c)", "agree the introduction of an annual contribution of £650 towards transport for "
               "post-16 students with special educational needs and disabilities, together with a "
               "hardship fund of £120,000; and"),
        ("d)", "delegate to the Director of Children’s Services, in consultation with the Cabinet "
               "Member for Children, Education and Young People’s Services, authority to make minor "
               "amendments to the policy before publication."),
    ]:
        para(label, text, indent=10)

    heading("Executive Summary")
    para("2.", "The Council has a statutory duty to provide free travel to school for eligible "
               "children of compulsory school age, and to publish each year a transport policy "
               "statement for learners of sixth form age. Spending on home to school transport is "
               "forecast to reach £48.6m in 2024/25, £5.2m more than the budget, and has risen by "
               "41% in three years.")
    para("3.", "Most of the growth is in transport for children and young people with special "
               "educational needs and disabilities, where the number of single occupancy taxi "
               "journeys has doubled since 2021. The proposals in this report are expected to save "
               "£740,000 in a full year while protecting statutory entitlements.")

    heading("Consultation")
    para("4.", "A public consultation ran from 14 October to 8 December 2024 and received 1,412 "
               "responses. Drop-in sessions were held in Carrowbridge, Kenbury and Lydmarsh, and "
               "the Parent Carer Forum ran two online sessions for families. The questions most "
               "often asked, and the Council’s response, are summarised below; the full analysis is "
               "at Annex 2.")

    rows = [
        ("What respondents asked", "Our response"),
        ("Why should families pay towards post-16 transport when staying in education or "
         "training is compulsory until 18?",
         "The duty to stay in learning until 18 does not carry a duty on councils to provide free "
         "transport after 16. Most councils in the region already ask for a contribution."),
        ("What happens if we cannot afford the £650 contribution?",
         "Families in receipt of qualifying benefits will be exempt, and others may apply to the "
         "hardship fund. Payment can be made in ten monthly instalments."),
        ("Will my child lose their place on the bus to their church school?",
         "No. Pupils already receiving transport will keep it until they leave that school. The "
         "change applies to pupils starting from September 2025."),
        ("Could personal transport budgets be paid for siblings travelling together?",
         "Yes. A single budget can be agreed for a family where this is cheaper than separate "
         "transport."),
    ]
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(48, 52), line_height=4.8, text_align="LEFT",
                   first_row_as_headings=True) as table:
        for r in rows:
            tr = table.row()
            for c in r:
                tr.cell(c)
    pdf.ln(4)

    heading("Comments of the Education and Young People Overview & Scrutiny Committee")
    para("5.", "The Committee considered the proposals on 24 January 2025 and made three "
               "recommendations: that the modelling behind the expected saving from the change to "
               "denominational transport be published; that the hardship fund be publicised to "
               "families before applications open; and that the equality impact assessment consider "
               "rural families specifically. A proposal that the contribution be deferred for a year "
               "was not supported by the Committee.")
    para("6.", "Officers have accepted all three recommendations. The savings model is published "
               "alongside this report as Annex 3, and the Equality Impact Assessment at Annex 4 has "
               "been revised to include a section on rural families.")

    heading("Financial Implications")
    para("7.", "The withdrawal of discretionary denominational transport is expected to save "
               "£310,000 in a full year, rising as pupils already travelling leave their schools. "
               "The post-16 contribution is expected to raise £430,000 a year net of exemptions and "
               "the hardship fund. These savings are included in the Medium Term Financial Strategy.")

    heading("Equality and Inclusion Implications")
    para("8.", "The Equality Impact Assessment identifies a potential negative impact on disabled "
               "young people and on families in rural areas with limited public transport. The "
               "hardship fund, the exemptions and the option of a personal transport budget are "
               "intended to reduce this impact.")

    heading("Legal Implications")
    para("9.", "The Council’s duties are set out in sections 508B, 508C and 509AA of the Education "
               "Act 1996 and in the Department for Education’s statutory guidance of June 2024. "
               "Changes to discretionary arrangements must be consulted upon and published before "
               "the admissions round to which they apply.")

    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 5.2, "DR ALISON MARSH", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 5.2, "Director of Children’s Services", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    for line in ["Annexes:  1. Home to School and Post-16 Transport Policy 2025/26",
                 "              2. Consultation analysis",
                 "              3. Savings model",
                 "              4. Equality Impact Assessment",
                 "Contact Officer:  Mark Devlin, Head of Supported Transport",
                 "February 2025"]:
        pdf.cell(0, 5.2, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------

CF = "children-and-families"


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-01-24",
    "items": [{"number": n, "title": t} for n, t, *_ in ITEMS],
    "questions": [
        q("3/25", "question", "asked whether the breakdown of suspensions by year group",
          "Cllr Harcourt", "it had been received that morning and would be sent to members",
          "The Scrutiny Officer", [CF]),
        q("4/25", "request",
          "asked the Committee to press the Council on when families could expect plans",
          "Ms Rachel Denholm", None, None, [CF, "mental-health"]),
        q("4/25", "comment",
          "schools were funding additional support for pupils awaiting assessment from their own budgets",
          "Mr Tom Aldridge", None, None, [CF, "finance"]),
        q("5/25", "question",
          "Members asked what had driven the improvement in timeliness and whether it could be sustained",
          None,
          "the backlog of assessments waiting for educational psychology advice had been cleared",
          None, [CF, "workforce"]),
        q("5/25", "question", "queried the cost of using locum educational psychologists", None,
          "met from the SEND improvement reserve, and that a recruitment and retention payment",
          None, [CF, "finance", "workforce"]),
        q("5/25", "question", "asked about the quality of plans, noting that speed should not come",
          "Cllr Harcourt", "quality assurance panel now audited a sample of 30 plans each month",
          "Ms Lal", [CF]),
        q("5/25", "concern",
          "Concerns were expressed about the number of annual reviews that were overdue", None,
          "a dedicated annual review team of six officers was being recruited", None,
          [CF, "workforce"]),
        q("5/25", "question", "asked whether there would be enough specialist places for September 2025",
          None, "180 additional places would open across three new resource bases", "The Director",
          [CF, "finance"]),
        q("5/25", "question",
          "some private providers in the independent special school sector appeared to be making",
          "Cllr Ashcroft",
          "had joined a regional commissioning framework with neighbouring authorities to control fee increases",
          "The Director", [CF, "privatisation", "subcontracting", "finance"]),
        q("5/25", "question", "members asked about waiting times for autism and ADHD assessments",
          None, "commissioned additional assessment capacity from two independent providers",
          "Mr Lowe", [CF, "subcontracting"]),
        q("5/25", "question",
          "a question about access to children’s mental health services for young people",
          None, "the mental health support teams now covered 62% of pupils in the county",
          "Mr Lowe", [CF, "mental-health"]),
        q("5/25", "question",
          "asked how the Partnership would respond to the Parent Carer Forum survey finding",
          "Cllr Bexley", "would be measured by what had changed as a result rather than",
          "Cllr Omondi", [CF, "patient-and-public-input"]),
        q("5/25", "concern",
          "which in some cases appeared to have become an informal exclusion lasting several months",
          None, None, None, [CF]),
        q("6/25", "question",
          "questioned whether the expected saving from the change to denominational transport would materialise",
          None, "already took account of pupils who would remain eligible on low income grounds",
          None, [CF, "finance"]),
        q("6/25", "concern",
          "would deter young people with SEND from staying in education after 16", None,
          "a hardship fund would be available and that families receiving certain benefits",
          "The Head of Supported Transport", [CF, "finance"]),
        q("6/25", "question",
          "asked how many contracts had been retendered during the year and whether", None,
          "the average number of bids per route had fallen from four to under two", None,
          ["subcontracting", "privatisation"]),
        q("6/25", "request",
          "requested that the equality impact assessment to go to Cabinet consider",
          "Cllr Fenwick", None, None, [CF]),
        q("6/25", "question",
          "welcomed the success of independent travel training and asked whether it could be expanded",
          None, "64 young people had completed the programme in 2024 and the target",
          "The Deputy Director", [CF, "workforce"]),
        q("7/25", "question",
          "asked why the number of home educated children had continued to increase", None,
          "anxiety, emotionally based school avoidance and dissatisfaction with support for special educational needs",
          "Ms Quinlan", [CF, "mental-health"]),
        q("7/25", "concern",
          "some families might be encouraged to deregister their child to avoid a permanent exclusion",
          None, "monitored deregistrations by school, challenged schools where a pattern emerged",
          None, [CF]),
        q("7/25", "question",
          "queried how the Council could be assured that home educated children were safe",
          None, "every family was offered an annual visit, that around 70% accepted", None, [CF]),
        q("7/25", "question",
          "asked whether the team had the capacity to keep pace with the growth in numbers",
          "Cllr Bexley", None, None, [CF, "workforce"]),
        q("8/25", "concern",
          "Members expressed disappointment that the recommendation to publish pupil place data",
          None, None, None, [CF]),
        q("9/25", "request",
          "Members asked for an update on the outstanding action regarding the", None,
          "a response was awaited from the Integrated Care Board and would be circulated",
          "The Scrutiny Officer", [CF, "mental-health"]),
        q("10/25", "request", "requested that the Committee look at youth services in rural areas",
          "Cllr Ashcroft", "this be considered at the Committee’s work planning session in May",
          "The Chair", [CF]),
    ],
    "resolutions": [
        r("3/25", "22 November 2024 were AGREED as a true and accurate record", "agreed", []),
        r("5/25", "sets out a trajectory, with milestones, for reducing the number of overdue annual reviews",
          "recommended", [CF, "workforce", "finance"]),
        r("5/25", "provide members with a breakdown of the overdue annual reviews by phase",
          "agreed", [CF]),
        r("6/25", "defer the introduction of the contribution for a year to allow its impact",
          "rejected", [CF, "finance"]),
        r("6/25", "publishes the modelling behind the expected saving from the change to denominational transport",
          "recommended", [CF, "finance"]),
        r("7/25", "The Committee noted the report and thanked officers", "noted", [CF]),
        r("8/25", "NOTED the Cabinet response to its recommendations on school place planning",
          "noted", [CF]),
        r("9/25", "The Committee NOTED the progress of actions and recommendations", "noted", []),
        r("10/25", "AGREED its forward work plan, subject to moving the item on exclusions",
          "agreed", [CF]),
    ],
    "attendees": [
        a("Cllr Lindqvist", None, "apologies"),
        a("Cllr Ashcroft", None, "present"),
        a("Cllr Sandhu", None, "apologies"),
        a("Mrs Joanna Crane", "co-opted member", "apologies"),
        a("Cllr Fenwick", None, "present"),
        a("Cllr Tolley", "Cabinet Member for Children, Education and Young People’s Services",
          "apologies"),
        a("Cllr Omondi", "Deputy Leader of the Council", "in_attendance"),
        a("Dr Alison Marsh", "Director of Children’s Services", "in_attendance"),
        a("Neil Crabtree", "Deputy Director of Education", "in_attendance"),
        a("Priya Lal", "Head of SEND Services", "in_attendance"),
        a("Gareth Lowe", "Director of Place (Wendlemoor), Integrated Care Board", "in_attendance"),
        a("Liz Harrow", "Co-Chair of Wendlemoor Parent Carer Forum", "in_attendance"),
        a("Mark Devlin", "Head of Supported Transport", "in_attendance"),
        a("Sarah Quinlan", "Head of Access to Learning", "in_attendance"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# --------------------------------------------------------------------------------------
# Build and check
# --------------------------------------------------------------------------------------


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_bytes(render_minutes_page().encode("utf-8"))
    build_report_pdf(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        out = GOLD / (Path(gold["document"]).stem + ".json")
        out.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}")
    print(f"wrote {DOCS / REPORT_NAME}")
    print(f"wrote gold files in {GOLD}")


def norm(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    s = s.replace("_", "")
    return re.sub(r"\s+", " ", s).strip()


def texts_of(path: Path) -> list[str]:
    ext = path.suffix.lower()
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        soup = BeautifulSoup(path.read_bytes(), "html.parser")
        return [soup.get_text(), soup.get_text(" ")]
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return ["\n".join((p.extract_text() or "") for p in pdf.pages)]
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return ["\n".join(parts)]
    return [path.read_text(encoding="utf-8", errors="replace")]


def check() -> int:
    problems = 0
    for gold_path in [GOLD / (Path(n).stem + ".json") for n in (MINUTES_NAME, REPORT_NAME)]:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            problems += 1
            continue
        variants = [" " + norm(t) + " " for t in texts_of(doc)]
        if not variants[0].strip():
            print(f"{doc.name}: no text extracted")
            problems += 1
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            n_words = len(norm(phrase).split())
            if not 6 <= n_words <= 15:
                print(f"{doc.name}: {kind} phrase has {n_words} words: {phrase!r}")
                problems += 1
            for v in variants:
                count = v.count(" " + norm(phrase) + " ")
                if count != 1:
                    print(f"{doc.name}: {kind} phrase found {count} times: {phrase!r}")
                    problems += 1
                    break
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("check passed" if problems == 0 else f"check FAILED ({problems} problems)")
    return 1 if problems else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
