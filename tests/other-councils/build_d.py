#!/usr/bin/env python3
"""Build the held-out "d-" evaluation documents for `minutes` and check their gold files.

    python tests/other-councils/build_d.py           # write tests/other-councils/documents/d-*
    python tests/other-councils/build_d.py --check   # verify tests/other-councils/gold/d-*.json

Every council, person, place and figure below is invented.  The documents imitate the house
styles of real English councils' published minutes (a Civica CMIS meeting page, a
metropolitan borough's numbered-paragraph PDF, a modern.gov-style agenda pack) and one
non-minutes Healthwatch report page.  Output is deterministic: no network, no randomness,
fixed PDF creation dates.

The gold files are written by hand from the finished documents; --check verifies that each
phrase (question text, answer, resolution text) is 6-15 words, occurs verbatim (after
whitespace normalisation) exactly once in the document text, lies on a single PDF page and
does not cross a hyphenated line end, and that the other fields use the allowed values.
"""
from __future__ import annotations

import datetime as _dt
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = _dt.datetime(2025, 3, 20, 9, 0, 0, tzinfo=_dt.timezone.utc)


def esc(s: str) -> str:
    return html.escape(s, quote=False)


# ---------------------------------------------------------------------------------------
# 1. Wexcombe County Council - CMIS (Civica) meeting page, Health Overview and Scrutiny
# ---------------------------------------------------------------------------------------

WEX_ATTENDANCE = [
    ("Councillor Margaret Ellery", "Chairman", "Present"),
    ("Councillor David Penhallow", "Vice-Chairman", "Present"),
    ("Councillor Amrit Sandhu", "Member", "Present"),
    ("Councillor Julia Treharne", "Member", "Present"),
    ("Councillor Peter Oakden", "Member", "Apologies"),
    ("Councillor Simon Fairweather", "Member", "Present"),
    ("Councillor Rachel Doyle", "Member", "Present"),
    ("Councillor Tom Baverstock", "Member", "Absent"),
    ("Councillor Helen Marchant", "Co-opted Member (District Councils)", "Present"),
    ("Councillor Kevin Lyle", "Cabinet Member for Adult Social Care and Public Health",
     "In attendance"),
    ("Dr Fiona Castell", "Director of Public Health", "In attendance"),
    ("Lorna Beckett", "Director of Adult Services", "In attendance"),
    ("Mark Jessop", "Chief Executive, Wexcombe Healthcare NHS Foundation Trust",
     "In attendance"),
    ("Sarah Whitlock", "Director of Primary Care, NHS Wexcombe and Tamside ICB",
     "In attendance"),
    ("Dr Owen Pryce", "Clinical Director, Wexcombe Children and Young People's Mental Health "
     "Service", "In attendance"),
    ("Andrew Pettigrew", "Democratic Services Officer", "In attendance"),
]

# Each item: (number, title, documents, blocks).  Blocks: ("p", text), ("ul", [texts]),
# ("res", [lines]) for a "Resolved:" block.
WEX_ITEMS = [
    ("1", "Apologies and Substitutes", [], [
        ("p", "Apologies were received from Councillor Peter Oakden. There were no "
              "substitutions."),
    ]),
    ("2", "Declarations of Interest", [], [
        ("p", "Councillor Rachel Doyle declared a personal interest in Item 6 as she was "
              "employed as a practice manager at a surgery in Wexcombe. Councillor Helen "
              "Marchant declared a personal interest as a trustee of Tamside Carers Centre."),
    ]),
    ("3", "Minutes of the Previous Meeting", [("Draft minutes 17 September 2024", "188")], [
        ("res", ["That the minutes of the meeting held on 17 September 2024 be confirmed as a "
                 "correct record and signed by the Chairman."]),
    ]),
    ("4", "Public Participation", [], [
        ("p", "There were no questions or statements from members of the public."),
    ]),
    ("5", "Winter Planning 2024/25", [("Winter Plan 2024-25 report", "612"),
                                      ("Appendix A - System escalation framework", "244")], [
        ("p", "The Committee considered a report from NHS Wexcombe and Tamside Integrated "
              "Care Board (ICB) and Wexcombe Healthcare NHS Foundation Trust setting out the "
              "local health and care system's plans for managing demand on urgent and "
              "emergency care services over the winter. Mark Jessop, Chief Executive of the "
              "Trust, introduced the report and highlighted that a new same day emergency "
              "care unit had opened at Wexcombe General Hospital in October 2024."),
        ("p", "Members raised the following points:"),
        ("ul", [
            "Concern that ambulance handover delays at Wexcombe General Hospital remained "
            "well above the national 45-minute standard, with crews regularly queuing outside "
            "the emergency department.",
            "The importance of clear public messaging about using NHS 111 and local "
            "pharmacies before attending the emergency department.",
        ]),
        ("p", "In response to questions from Members, officers explained that:"),
        ("ul", [
            "in relation to the capacity of the virtual ward for frail older people, 120 "
            "virtual beds were currently available, with around 85 typically occupied, and "
            "this would rise to 150 by January;",
            "on the question of how many patients were medically fit for discharge but "
            "remained in hospital, an average of 96 beds a day were occupied in this way, "
            "most of them by people waiting for a package of home care;",
            "in relation to staffing of the new same day emergency care unit, recruitment to "
            "all 38 nursing posts had been completed without the use of agency staff;",
            "on whether the flu and COVID-19 vaccination programme for care home residents was "
            "on track, uptake stood at 71 per cent, slightly ahead of the same point last "
            "year.",
        ]),
        ("p", "Councillor Julia Treharne sought assurance that the winter plan had been "
              "developed jointly with the County Council's adult social care teams rather "
              "than by the NHS alone. The Director of Adult Services confirmed that the plan "
              "had been agreed through the joint Urgent and Emergency Care Board, on which "
              "the Council was represented, and that &pound;2.4 million of Better Care Fund "
              "money had been allocated to winter discharge schemes."),
        ("p", "It was noted that the Trust's four-hour performance for October 2024 had been "
              "68.2 per cent against a national target of 78 per cent."),
        ("res", ["(i) That the report be noted.",
                 "(ii) That the Committee receive a report at its March 2025 meeting reviewing "
                 "the effectiveness of winter arrangements, including ambulance handover "
                 "times."]),
    ]),
    ("6", "Access to General Practice", [("Access to General Practice - ICB report", "530")], [
        ("p", "Sarah Whitlock, Director of Primary Care at the ICB, presented a report on "
              "access to general practice in Wexcombe, including progress against the "
              "national Primary Care Access Recovery Plan. She reported that practices in the "
              "county had delivered 4.1 million appointments in the year to September 2024, "
              "an increase of 6 per cent on the previous year."),
        ("p", "Members raised the following points:"),
        ("ul", [
            "Residents continued to report difficulty getting through to their practice by "
            "telephone at 8am, and Members asked what was being done about this. The Director "
            "of Primary Care advised that 68 of the county's 74 practices had now moved to "
            "cloud-based telephony, which allowed callers to request a call back.",
            "A Member questioned whether the additional roles funded through primary care "
            "networks, such as clinical pharmacists and physician associates, were properly "
            "understood by patients.",
            "Concern was expressed that the closure of the Linford branch surgery had not "
            "been subject to any meaningful consultation with patients in the village.",
            "Members requested that future reports include practice-level data on the number "
            "of GPs per 10,000 patients. The Director agreed to provide this information for "
            "the next report.",
        ]),
        ("p", "Councillor Simon Fairweather sought assurance that practices in deprived areas "
              "of the county were receiving a fair share of the additional funding. The "
              "Director of Primary Care explained that the ICB had introduced a weighted "
              "funding formula from April 2024 which took account of deprivation and health "
              "inequalities."),
        ("res", ["(i) That the progress made in improving access to general practice be noted.",
                 "(ii) That the ICB be asked to provide practice-level workforce data to the "
                 "Committee.",
                 "(iii) That the Chairman write to the ICB regarding the closure of the Linford "
                 "branch surgery."]),
    ]),
    ("7", "Children and Young People's Emotional Wellbeing and Mental Health",
     [("CYP Mental Health update", "451")], [
        ("p", "Dr Owen Pryce, Clinical Director, introduced an update on children and young "
              "people's mental health services, including the Mental Health Support Teams "
              "working in schools and waiting times for specialist CAMHS."),
        ("p", "Councillor Amrit Sandhu asked how long children were currently waiting for a "
              "first appointment with specialist CAMHS. Dr Pryce advised that the median wait "
              "was 14 weeks, but that 212 children had waited more than a year, most of them "
              "for a neurodevelopmental assessment."),
        ("p", "Councillor Rachel Doyle sought assurance that children on the waiting list were "
              "being contacted regularly and that risk was being reviewed while they waited."),
        ("p", "Members raised the following points:"),
        ("ul", [
            "The roll-out of Mental Health Support Teams had so far covered only 40 per cent "
            "of schools, and Members asked when the remaining schools would be reached. Dr "
            "Pryce explained that the service depended on national funding and that a bid "
            "for two further teams had been submitted to NHS England.",
            "Concern that the contract for the online counselling service had been awarded to "
            "a private provider based outside the county, without input from young people.",
        ]),
        ("p", "It was noted that a joint CAMHS transformation plan would be published in the "
              "spring."),
        ("res", ["(i) That the update be noted.",
                 "(ii) That a further report on neurodevelopmental assessment waiting times be "
                 "brought to the Committee in June 2025."]),
    ]),
    ("8", "Hospital Discharge and the Better Care Fund",
     [("Better Care Fund 2024-25 report", "389")], [
        ("p", "Lorna Beckett, Director of Adult Services, presented the report on the 2024/25 "
              "Better Care Fund plan and on the discharge to assess service. Councillor Kevin "
              "Lyle, Cabinet Member for Adult Social Care and Public Health, added that the "
              "Council had commissioned an additional 1,500 hours of home care per week since "
              "April."),
        ("p", "In response to questions from Members, officers explained that:"),
        ("ul", [
            "on the question of why the reablement service was operating below capacity, the "
            "service had 23 vacancies for reablement workers and a recruitment campaign was "
            "under way;",
            "in relation to the use of out-of-county care home placements, 41 people "
            "discharged from hospital had been placed outside Wexcombe in the last quarter, "
            "down from 63;",
            "on whether the fee uplift for home care providers reflected the National Living "
            "Wage increase, the uplift of 6.8 per cent had been set with this in mind.",
        ]),
        ("p", "Councillor David Penhallow asked whether the Council would consider bringing "
              "home care back in-house, given the difficulties experienced by several "
              "independent providers."),
        ("res", ["That the Better Care Fund plan for 2024/25 and the performance of the "
                 "discharge to assess service be noted."]),
    ]),
    ("9", "Work Programme", [("Work Programme 2024-25", "97")], [
        ("p", "The Committee considered its work programme for 2024/25. Members discussed the "
              "pressures on NHS dental services across the county."),
        ("p", "The Committee agreed to hold an additional meeting in February 2025 to consider "
              "NHS dental services, and to invite the ICB's Head of Dental Commissioning to "
              "attend."),
        ("res", ["That the work programme, as amended, be agreed."]),
    ]),
    ("10", "Date of Next Meeting", [], [
        ("p", "The next meeting will be held on Tuesday 21 January 2025 at 10.00 am."),
        ("p", "The meeting ended at 1.05 pm."),
    ]),
]


def wexcombe_cmis() -> str:
    mid = "dnn_ctr1435_ViewMeetingPublic"
    out = []
    a = out.append
    a('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
      '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    a('<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB" xml:lang="en-GB">')
    a('<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />')
    a('<title>Meeting of Health Overview and Scrutiny Committee, Tuesday 19 November 2024 '
      '10.00 am - Wexcombe County Council</title>')
    a('<meta name="GENERATOR" content="DotNetNuke" />')
    a('<link href="/cmis5/Portals/_default/default.css?cdv=412" type="text/css" '
      'rel="stylesheet" />')
    a('<link href="/cmis5/DesktopModules/CMIS/module.css?cdv=412" type="text/css" '
      'rel="stylesheet" />')
    a('<script type="text/javascript" src="/cmis5/Resources/Shared/Scripts/jquery/'
      'jquery.min.js?cdv=412"></script>')
    a('<!-- saved from url=(0121)https://cmis.wexcombe.gov.uk/cmis5/Meetings/tabid/70/ctl/'
      'ViewMeetingPublic/mid/1435/Meeting/9862/Committee/27/Default.aspx -->')
    a('</head>')
    a('<body id="Body">')
    a('<form method="post" action="/cmis5/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/1435/'
      'Meeting/9862/Committee/27/Default.aspx" id="Form" enctype="multipart/form-data">')
    a('<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" '
      'id="__EVENTTARGET" value="" /><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" '
      'value="/wEPDwUKMTU2NDc1NjE3OA9kFgZmDxYCHgRUZXh0BT48IURPQ1RZUEUgSFRNTCBQVUJMSUMg'
      'Ii0vL1czQy8vRFREIFhIVE1MIDEuMCBUcmFuc2l0aW9uYWwvL0VOIj5kAgEPZBYMAgQPFQIKaWQ9Ik'
      'JvZHkiZAIGDxYCHgdWaXNpYmxlaGQCBw9kFgICAQ8WAh8BaGQ=" /></div>')
    a('<script type="text/javascript">//<![CDATA[\nvar theForm = document.forms["Form"];\n'
      'function __doPostBack(eventTarget, eventArgument) { if (!theForm.onsubmit || '
      '(theForm.onsubmit() != false)) { theForm.__EVENTTARGET.value = eventTarget; '
      'theForm.submit(); } }\n//]]></script>')
    a('<div id="skipLinks"><a href="#mainContent" class="skip">Skip to main content</a></div>')
    a('<div id="siteHeader"><div class="logo"><a href="https://www.wexcombe.gov.uk/">'
      '<img src="/cmis5/Portals/0/Images/wcc-logo.png" alt="Wexcombe County Council" />'
      '</a></div>')
    a('<ul id="topNav" class="nav">')
    for lab in ["Home", "Councillors", "Committees", "Meetings", "Calendar", "Decisions",
                "Forward Plan", "Documents", "Search"]:
        a(f'<li><a href="/cmis5/{lab.replace(" ", "")}.aspx">{lab}</a></li>')
    a('</ul></div>')
    a('<div id="breadcrumb"><span class="Breadcrumb"><a href="/cmis5/Home.aspx">Home</a>'
      ' &gt; <a href="/cmis5/Meetings.aspx">Meetings</a> &gt; <a href="/cmis5/Committees/'
      'tabid/62/ctl/ViewCMIS_CommitteeDetails/mid/383/id/27/Default.aspx">Health Overview and '
      'Scrutiny Committee</a></span></div>')
    a('<div id="mainContent" class="contentPane">')
    a(f'<div id="{mid}_pnlMeeting" class="MeetingDetail">')
    a('<h1 class="MeetingTitle">Health Overview and Scrutiny Committee</h1>')
    a('<table class="MeetingHeader" summary="Meeting details" cellspacing="0">')
    for k, v in [("Date:", "Tuesday, 19th November, 2024"), ("Time:", "10.00 am"),
                 ("Venue:", "Council Chamber - County Hall, Wexcombe"),
                 ("Meeting Status:", "Confirmed"),
                 ("Contact:", "Andrew Pettigrew, Democratic Services Officer, 01632 960 274, "
                              "andrew.pettigrew@wexcombe.gov.uk")]:
        a(f'<tr><td class="HeaderLabel">{k}</td><td class="HeaderValue">{esc(v)}</td></tr>')
    a('</table>')
    a('<div class="MeetingDocuments"><h2>Meeting Documents</h2><ul class="DocumentList">')
    for doc, kb in [("Agenda frontsheet 19th-Nov-2024 10.00 Health Overview and Scrutiny "
                     "Committee", "121"),
                    ("Agenda reports pack 19th-Nov-2024 10.00 Health Overview and Scrutiny "
                     "Committee", "4310"),
                    ("Printed minutes 19th-Nov-2024 10.00 Health Overview and Scrutiny "
                     "Committee", "236")]:
        a(f'<li><a class="Document PDF" href="/cmis5/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBc'
          f'oShgo=%2f{kb}" title="{esc(doc)} PDF {kb} KB">{esc(doc)}</a> '
          f'<span class="DocSize">PDF {kb} KB</span></li>')
    a('</ul></div>')

    # attendance
    a('<div class="Attendance"><h2>Attendance</h2>')
    a(f'<table class="MeetingAttendance" id="{mid}_gvAttendance" summary="Attendance details" '
      'cellspacing="0" rules="all" border="1">')
    a('<tr class="HeaderRow"><th scope="col">Name</th><th scope="col">Role</th>'
      '<th scope="col">Attendance</th></tr>')
    for i, (name, role, att) in enumerate(WEX_ATTENDANCE):
        cls = "Row" if i % 2 == 0 else "AlternateRow"
        a(f'<tr class="{cls}"><td class="AttendeeName"><a href="/cmis5/Councillors/tabid/63/'
          f'ctl/ViewCMIS_Person/mid/385/id/{3100 + i}/Default.aspx">{esc(name)}</a></td>'
          f'<td class="AttendeeRole">{esc(role)}</td><td class="AttendanceStatus">{att}</td>'
          '</tr>')
    a('</table></div>')

    a('<h2 class="ItemsHeading">Agenda Items</h2>')
    a(f'<div id="{mid}_pnlItems" class="MeetingItems">')
    for num, title, docs, blocks in WEX_ITEMS:
        a(f'<table class="MeetingItem" summary="Agenda item {num}" cellspacing="0">')
        a(f'<tr><td class="ItemNumber">{num}</td><td class="ItemTitle">'
          f'<a href="/cmis5/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/1435/Meeting/9862/'
          f'Committee/27/Default.aspx#item{num}" name="item{num}">{esc(title)}</a></td></tr>')
        if docs:
            a('<tr><td class="ItemNumber"></td><td class="ItemDocuments">'
              '<span class="Label">Supporting documents:</span><ul>')
            for dname, kb in docs:
                a(f'<li><a class="Document PDF" href="/cmis5/Document.ashx?czJKcaeAi5tUFL1DTL2'
                  f'UE4zNRBcoShgo={num}{kb}">{esc(dname)}</a> <span class="DocSize">PDF '
                  f'{kb} KB</span></li>')
            a('</ul></td></tr>')
        a('<tr><td class="ItemNumber"></td><td class="Minutes">'
          '<span class="Label">Minutes:</span>')
        for kind, body in blocks:
            if kind == "p":
                # body may carry one entity (&pound;); everything else is plain text
                a(f'<p>{esc(body).replace("&amp;pound;", "&pound;")}</p>')
            elif kind == "ul":
                a('<ul>')
                for li in body:
                    a(f'<li>{esc(li)}</li>')
                a('</ul>')
            elif kind == "res":
                a('<p><strong>Resolved:</strong></p>')
                a('<div class="Resolution">')
                for line in body:
                    a(f'<p>{esc(line)}</p>')
                a('</div>')
        a('</td></tr>')
        a('</table>')
    a('</div>')
    a('<p class="PublishedDate">Minutes published: 3 December 2024</p>')
    a('</div></div>')
    a('<div id="siteFooter"><ul><li><a href="https://www.wexcombe.gov.uk/accessibility">'
      'Accessibility</a></li><li><a href="https://www.wexcombe.gov.uk/privacy">Privacy and '
      'cookies</a></li><li><a href="https://www.wexcombe.gov.uk/contact">Contact us</a></li>'
      '</ul><p>&copy; Wexcombe County Council, County Hall, Wexcombe. Powered by CMIS.</p>'
      '</div>')
    a('</form></body></html>')
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------
# 4. Healthwatch Wexcombe report page (not minutes)
# ---------------------------------------------------------------------------------------

def wexcombe_healthwatch() -> str:
    told = [
        ("Getting through on the phone",
         "Three in five people (61%) said it was difficult or very difficult to get through "
         "to their practice by phone. People who work shifts or care for a family member told "
         "us that the 8am rush did not work for them.",
         ["Why do I have to ring at 8am on the dot when I start work at 7?",
          "I was 34th in the queue and by the time I got through every appointment had gone."]),
        ("Booking online",
         "Just over a quarter of people had used an online form or the NHS App to ask for an "
         "appointment. Many liked it, but older people and people whose first language is not "
         "English found it hard to use.",
         ["Why can't I just book online like I do for everything else?",
          "My mum is 87. Who is going to fill in an online form for her?"]),
        ("Seeing the right person",
         "People were often unsure why they had been offered an appointment with a pharmacist, "
         "physiotherapist or paramedic instead of a GP. Most were happy once it was explained.",
         ["Who decides whether I see a doctor or someone else?",
          "The paramedic was brilliant, but nobody told me that was who I was seeing."]),
        ("Continuity of care",
         "People with long-term conditions told us they wanted to see the same clinician. "
         "Several said they had to repeat their story every time.",
         ["How can I build trust with a doctor when it's a different one every time?"]),
    ]
    recs = [
        "Practices should offer a way to request a non-urgent appointment at any time of day, "
        "not only at 8am.",
        "The ICB should fund a digital support scheme so that people who are not online are "
        "not disadvantaged.",
        "Practices should explain the roles of the wider practice team on their websites, in "
        "waiting rooms and when booking.",
        "Practices should identify patients who need continuity and let them book with a named "
        "clinician.",
        "The ICB should publish practice-level data on waiting times for routine appointments "
        "every quarter.",
    ]
    o = []
    a = o.append
    a('<!DOCTYPE html>')
    a('<html lang="en" dir="ltr">')
    a('<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, '
      'initial-scale=1.0" />')
    a('<title>Getting through the door: people\'s experiences of GP access in Wexcombe | '
      'Healthwatch Wexcombe</title>')
    a('<meta name="description" content="Our report on what 1,142 people told us about getting '
      'a GP appointment in Wexcombe." />')
    a('<link rel="stylesheet" href="/themes/custom/healthwatch/css/style.css?s8k2lq" />')
    a('<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push('
      'arguments);} gtag("js", new Date());</script>')
    a('</head>')
    a('<body class="path-node page-node-type-report">')
    a('<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main '
      'content</a>')
    a('<header class="site-header"><div class="site-branding"><a href="/" rel="home">'
      '<img src="/sites/default/files/hw-wexcombe-logo.svg" alt="Healthwatch Wexcombe" />'
      '</a></div>')
    a('<nav class="main-nav" aria-label="Main navigation"><ul>')
    for lab in ["Share your views", "Advice and information", "Our work", "Reports",
                "News", "Get involved", "About us"]:
        a(f'<li><a href="/{lab.lower().replace(" ", "-")}">{lab}</a></li>')
    a('</ul></nav></header>')
    a('<main id="main-content" role="main">')
    a('<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>'
      '<li><a href="/reports">Reports</a></li><li>Getting through the door</li></ol></nav>')
    a('<article class="node node--type-report">')
    a('<h1 class="page-title">Getting through the door: people\'s experiences of GP access in '
      'Wexcombe</h1>')
    a('<div class="report-meta"><span class="report-date">Published: 3 October 2024</span> '
      '<span class="report-topic">Topic: GP services</span> <span class="report-type">'
      'Report type: Engagement report</span></div>')
    a('<div class="field field--name-field-summary"><p class="lead">Between April and June '
      '2024 we heard from 1,142 people about getting an appointment with their GP practice. '
      'This report sets out what they told us and what we think should change.</p></div>')
    a('<div class="download"><a class="button" href="/sites/default/files/reports/2024-10/'
      'HWW-GP-access-report-Oct-2024.pdf">Download the full report (PDF, 1.8 MB)</a> '
      '<a class="button button--secondary" href="/sites/default/files/reports/2024-10/'
      'HWW-GP-access-easy-read.pdf">Easy read version (PDF, 2.4 MB)</a></div>')
    a('<h2 id="about">About this project</h2>')
    a('<p>We ran an online and paper survey, held 14 listening events in libraries, family hubs '
      'and community centres, and spoke to people in GP waiting rooms across all five '
      'districts of the county. We also worked with Wexcombe Deaf Forum and Tamside Refugee '
      'Network to hear from people who are often left out.</p>')
    a('<h2 id="what-people-told-us">What people told us</h2>')
    for head, para, quotes in told:
        a(f'<h3>{esc(head)}</h3>')
        a(f'<p>{esc(para)}</p>')
        for q in quotes:
            a(f'<blockquote class="quote"><p>&ldquo;{esc(q)}&rdquo;</p></blockquote>')
    a('<h2 id="recommendations">Recommendations</h2>')
    a('<p>We have shared these recommendations with NHS Wexcombe and Tamside Integrated Care '
      'Board (ICB) and with the county\'s primary care networks.</p>')
    a('<ol class="recommendations">')
    for r in recs:
        a(f'<li>{esc(r)}</li>')
    a('</ol>')
    a('<h2 id="what-happens-next">What happens next</h2>')
    a('<p>The ICB has responded to our report and has accepted four of our five '
      'recommendations. Its response is published in full in the report. We will present our '
      'findings to the County Council\'s Health Overview and Scrutiny Committee and will '
      'check on progress in spring 2025.</p>')
    a('<blockquote class="response"><p>&ldquo;We welcome this report and are grateful to '
      'everyone who shared their experiences. We will work with practices to make it easier to '
      'ask for help at any time of day.&rdquo;</p><footer>Director of Primary Care, NHS '
      'Wexcombe and Tamside ICB</footer></blockquote>')
    a('<h2 id="share">Share your views</h2>')
    a('<p>Have you used a GP practice in Wexcombe recently? <a href="/share-your-views">Tell '
      'us about your experience</a> &ndash; it only takes five minutes.</p>')
    a('</article></main>')
    a('<footer class="site-footer"><p>Healthwatch Wexcombe, Unit 4, Riverside Business Park, '
      'Wexcombe. Telephone 01632 960 811.</p><p>Healthwatch Wexcombe CIC is a community '
      'interest company registered in England. <a href="/privacy">Privacy</a> | '
      '<a href="/accessibility">Accessibility</a> | <a href="/cookies">Cookies</a></p>'
      '</footer>')
    a('</body></html>')
    return "\n".join(o) + "\n"


# ---------------------------------------------------------------------------------------
# PDF helpers (fpdf2)
# ---------------------------------------------------------------------------------------

VOWELS = set("aeiouy")
DIGRAPHS = {"th", "ch", "sh", "ph", "wh", "ck", "gh", "qu", "ng"}
ONSETS = {"bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr", "sc", "sk", "sl",
          "sm", "sn", "sp", "st", "sw", "tr", "tw", "ch", "sh", "th", "ph", "wh", "qu", "str",
          "spr", "scr", "thr", "chr"}
PREFIXES = ("inter", "trans", "under", "over", "pre", "pro", "con", "com", "dis", "sub", "de",
            "in", "un")
SUFFIXES = ("tion", "sion", "ment", "ness", "ing", "ity", "ably")


def split_points(core: str) -> list[int]:
    """Small rule-based English hyphenation (prefixes, suffixes, VC-CV boundaries that do
    not break an onset cluster); at least 2 letters before and 3 after the break."""
    w = core.lower()
    pts = set()
    for p in PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 4 and w[len(p)] not in "aeiou":
            pts.add(len(p))
    for sfx in SUFFIXES:
        if w.endswith(sfx) and len(w) - len(sfx) >= 4:
            pts.add(len(w) - len(sfx))
    for i in range(2, len(w) - 2):
        a, b = w[i - 1], w[i]
        if a in VOWELS or b in VOWELS or w[i - 2] not in VOWELS:
            continue
        if w[i - 1:i + 1] in DIGRAPHS or w[i - 1:i + 1] in ONSETS:
            continue
        rest = w[i:]
        onset_ok = (rest[1] in VOWELS) or any(
            rest.startswith(o) and len(rest) > len(o) and rest[len(o)] in VOWELS
            for o in ONSETS)
        if onset_ok:
            pts.add(i)
    return sorted(p for p in pts if 2 <= p <= len(w) - 3)


def make_pdf_class():
    from fpdf import FPDF

    class Doc(FPDF):
        def __init__(self, header_fn=None, footer_fn=None):
            super().__init__(orientation="P", unit="mm", format="A4")
            self.header_fn = header_fn
            self.footer_fn = footer_fn
            self.set_creation_date(FIXED_DATE)
            self.set_auto_page_break(False)
            for style, fname in [("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"),
                                 ("I", "DejaVuSans-Oblique.ttf"),
                                 ("BI", "DejaVuSans-BoldOblique.ttf")]:
                self.add_font("Sans", style, str(FONT_DIR / fname))
            for style, fname in [("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"),
                                 ("I", "DejaVuSerif-Italic.ttf")]:
                self.add_font("Serif", style, str(FONT_DIR / fname))
            self.hyphenations = 0
            self.bottom = 270

        def header(self):
            if self.header_fn:
                self.header_fn(self)

        def footer(self):
            if self.footer_fn:
                self.footer_fn(self)

        # -- text layout ------------------------------------------------------------
        def wrap(self, text: str, width: float, hyphenate: bool) -> list[str]:
            words = text.split()
            lines: list[str] = []
            cur = ""
            for w in words:
                cand = w if not cur else cur + " " + w
                if self.get_string_width(cand) <= width:
                    cur = cand
                    continue
                done = False
                m = re.fullmatch(r"([a-z]{6,})([,.;:]?)", w)
                if hyphenate and m and cur:
                    core, tail = m.groups()
                    best = None
                    for i in split_points(core):
                        head = (cur + " " + core[:i] + "-")
                        if self.get_string_width(head) <= width:
                            best = i
                    if best is not None:
                        lines.append(cur + " " + core[:best] + "-")
                        cur = core[best:] + tail
                        self.hyphenations += 1
                        done = True
                if not done:
                    if cur:
                        lines.append(cur)
                    cur = w
            if cur:
                lines.append(cur)
            return lines

        def ensure(self, h: float):
            if self.get_y() + h > self.bottom:
                self.add_page()

        def para(self, text, *, x=None, width=None, size=11, style="", lh=5.6,
                 hyphenate=False, label=None, label_x=None, after=2.6, family="Sans",
                 keep=False, align="L"):
            x = self.l_margin if x is None else x
            width = (self.w - self.r_margin - x) if width is None else width
            self.set_font(family, style, size)
            lines = self.wrap(text, width, hyphenate)
            if keep:
                self.ensure(lh * len(lines))
            for n, line in enumerate(lines):
                self.ensure(lh)
                y = self.get_y()
                if n == 0 and label:
                    self.set_xy(self.l_margin if label_x is None else label_x, y)
                    self.cell(x - self.l_margin, lh, label)
                self.set_xy(x, y)
                self.cell(width, lh, line, align=align)
                self.set_xy(self.l_margin, y + lh)
            self.set_y(self.get_y() + after)

    return Doc


# ---------------------------------------------------------------------------------------
# 2. Ridgeford MBC - Joint Health Scrutiny Committee minutes (PDF)
# ---------------------------------------------------------------------------------------

RID_MEMBERS = [
    ("Councillor Bernadette Quayle", "Ridgeford MBC", "Chair", "Present"),
    ("Councillor Imran Chaudry", "Oxley MBC", "Vice-Chair", "Present"),
    ("Councillor Gareth Moss", "Ridgeford MBC", "Member", "Present"),
    ("Councillor Lesley Hartigan", "Ridgeford MBC", "Member", "Present"),
    ("Councillor Nadia Osei", "Ridgeford MBC", "Member", "Apologies"),
    ("Councillor Philip Brereton", "Oxley MBC", "Member", "Present"),
    ("Councillor Joan Whitworth", "Oxley MBC", "Member", "Present"),
    ("Councillor Raymond Tiplady", "Oxley MBC", "Member", "Absent"),
]
RID_ALSO = [
    ("Councillor Sunita Verma", "Cabinet Member for Health and Wellbeing"),
    ("Dr Priya Raman", "Director of Public Health"),
    ("Martin Greenhalgh", "Managing Director, Ridgeford and Oxley Locality, NHS Pennine Vale "
                          "Integrated Care Board"),
    ("Claire Ashworth", "Head of Primary Care Dental Commissioning, NHS Pennine Vale ICB"),
    ("Dr Alison Feeney", "Medical Director, Pennine Vale Mental Health NHS Foundation Trust"),
    ("Joanne Tasker", "Scrutiny Officer"),
]

# items: (number, TITLE, [paragraphs]); paragraph = (num, text) or (num, text, [subpoints])
# or ("Q", label, quote) for public questions / responses.
RID_ITEMS = [
    ("1", "APOLOGIES FOR ABSENCE", [
        ("1.1", "Apologies for absence were received from Councillor Nadia Osei (Ridgeford "
                "MBC)."),
    ]),
    ("2", "DECLARATIONS OF INTEREST", [
        ("2.1", "Councillor Joan Whitworth declared a non-pecuniary interest in Item 7, as her "
                "daughter is employed by Pennine Vale Mental Health NHS Foundation Trust."),
    ]),
    ("3", "MINUTES OF THE PREVIOUS MEETING", [
        ("3.1", "Resolved \u2013 That the minutes of the meeting held on 15 January 2025 be "
                "approved as a correct record and signed by the Chair."),
    ]),
    ("4", "PUBLIC QUESTIONS", [
        ("4.1", "The Chair reported that two questions had been received from members of the "
                "public in accordance with the Committee's procedure rules. Each questioner was "
                "invited to read out their question."),
        ("4.2", "Question from Mrs Eileen Marsden (resident):"),
        ("Q", "\u201cThe walk-in centre at Oxley Road has been open for over twenty years and is "
              "used by thousands of people who cannot get an appointment with their own doctor. "
              "Will the Committee insist that a full public consultation takes place before any "
              "decision is made to close it?\u201d"),
        ("", "Response from the Cabinet Member:"),
        ("Q", "\u201cThe ICB has confirmed that no decision has been taken on the future of the "
              "walk-in centre. Any proposal for substantial change would be subject to formal "
              "public consultation, and this Committee would be consulted as the statutory "
              "body under the health scrutiny regulations.\u201d"),
        ("4.3", "Question from Mr Derek Ollerton (Ridgeford Keep Our NHS Public):"),
        ("Q", "\u201cCan the Cabinet Member tell us how much of the local NHS budget for "
              "diagnostics is now being paid to private companies, and whether this represents "
              "value for money for local taxpayers?\u201d"),
        ("", "Response from the Cabinet Member:"),
        ("Q", "\u201cThe Council does not hold this information, as diagnostic services are "
              "commissioned by the ICB. I have asked the ICB to provide a written answer, which "
              "will be circulated to all members of the Committee and published with these "
              "minutes.\u201d"),
        ("4.4", "Mrs Marsden asked a supplementary question about whether the walk-in centre's "
                "extended opening hours at weekends would be protected in the meantime."),
    ]),
    ("5", "NHS DENTAL SERVICES", [
        ("5.1", "Claire Ashworth, Head of Primary Care Dental Commissioning at NHS Pennine Vale "
                "ICB, presented a report on access to NHS dentistry across Ridgeford and Oxley. "
                "The report explained that only 38 per cent of adults in the two boroughs had "
                "seen an NHS dentist in the previous 24 months, compared with 40 per cent "
                "nationally, and that the position for children had improved since the "
                "pandemic."),
        ("5.2", "Councillor Gareth Moss asked how many dental practices in the two boroughs "
                "were currently accepting new adult NHS patients. Ms Ashworth advised that, at "
                "the end of February, four of the 61 practices were accepting new adult "
                "patients, although all practices were expected to see patients needing urgent "
                "treatment."),
        ("5.3", "Members expressed concern that the national dental contract did not reward "
                "practices for treating patients with high needs, and that several practices "
                "had handed back their NHS contracts in the last year."),
        ("5.4", "In response to a question about children's oral health, the Director of Public "
                "Health said that the supervised toothbrushing programme now reached 142 "
                "nurseries and primary schools, and that a business case for community water "
                "fluoridation was being prepared."),
        ("5.5", "Councillor Philip Brereton requested that the ICB share its plans for "
                "recruiting dentists to the new dental access centre in Oxley town centre. Ms "
                "Ashworth said that the recruitment plan would be circulated to Members once it "
                "had been agreed."),
        ("5.6", "Resolved \u2013 That the Committee (a) notes the current position on access to "
                "NHS dental services; and (b) requests that the ICB provides a further update, "
                "including progress on the Oxley dental access centre, in September 2025."),
    ]),
    ("6", "COMMUNITY DIAGNOSTIC CENTRE \u2013 PROCUREMENT UPDATE", [
        ("6.1", "The Chair reported that the ICB had asked for this report to be withdrawn, as "
                "the procurement of the community diagnostic centre at Ridgeford Retail Park was "
                "in a standstill period and the outcome could not yet be made public."),
        ("6.2", "Councillor Lesley Hartigan asked that the report, when it was presented, set "
                "out the full value of the contract and the reasons for choosing an independent "
                "sector provider."),
        ("6.3", "With the agreement of the Committee, consideration of the item was deferred to "
                "the next meeting."),
    ]),
    ("7", "MENTAL HEALTH INPATIENT SERVICES \u2013 TRANSFORMATION PROGRAMME", [
        ("7.1", "Dr Alison Feeney, Medical Director, introduced the report on the Trust's "
                "programme to reduce out-of-area placements and to open a new 18-bed acute "
                "ward at the Moorside site. She reported that the number of people placed in "
                "inpatient beds outside Pennine Vale had fallen from 47 in April 2024 to 19 in "
                "February 2025."),
        ("7.2", "Members raised the following issues:", [
            ("(a)", "the distance families had to travel to visit relatives placed in hospitals "
                    "outside the area, particularly those without a car;"),
            ("(b)", "whether the new ward would be staffed without relying heavily on agency "
                    "nurses, given current vacancy rates. Dr Feeney confirmed that 31 of the 36 "
                    "registered nurse posts had been filled and that the Trust had reduced its "
                    "agency spend by 40 per cent;"),
            ("(c)", "the availability of crisis support for people experiencing a mental health "
                    "crisis out of hours. The Director of Public Health explained that two "
                    "crisis cafes commissioned from the voluntary sector were open until "
                    "midnight seven days a week."),
        ]),
        ("7.3", "Councillor Imran Chaudry questioned whether patients and carers had been "
                "involved in designing the new ward, and Dr Feeney said that a group of former "
                "inpatients and carers had helped to shape the design of the ward and its "
                "therapy spaces."),
        ("7.4", "Councillor Joan Whitworth, having declared an interest, took no part in the "
                "discussion of this item."),
        ("7.5", "Resolved \u2013 That the Committee (a) notes the progress made in reducing "
                "out-of-area placements; and (b) requests a visit for Members to the new ward "
                "at Moorside once it opens."),
    ]),
    ("8", "PROPOSED CHANGES TO STROKE REHABILITATION SERVICES", [
        ("8.1", "Martin Greenhalgh, Managing Director of the Ridgeford and Oxley Locality, "
                "presented the ICB's proposals to consolidate inpatient stroke rehabilitation at "
                "Ridgeford Royal Infirmary and to expand community stroke rehabilitation "
                "delivered by integrated health and social care teams. The public consultation "
                "had closed on 28 February 2025 and had received 1,214 responses."),
        ("8.2", "Members raised the following points:", [
            ("(a)", "concern that residents of Oxley would face longer journeys by public "
                    "transport to reach Ridgeford Royal Infirmary;"),
            ("(b)", "a request that the consultation findings be broken down by borough and by "
                    "protected characteristic. Mr Greenhalgh agreed that this would be included "
                    "in the final consultation report;"),
            ("(c)", "whether social care capacity in both boroughs was sufficient to support "
                    "earlier discharge home. The Managing Director said that the proposals had "
                    "been developed with both councils and would be funded in part through the "
                    "Better Care Fund."),
        ]),
        ("8.3", "It was moved by Councillor Quayle and seconded by Councillor Chaudry that the "
                "Committee supports the proposals, subject to the ICB addressing the transport "
                "concerns raised by Members in its decision-making business case. The "
                "recommendation was agreed unanimously."),
    ]),
    ("9", "WORK PROGRAMME 2025/26", [
        ("9.1", "The Scrutiny Officer presented the draft work programme for the coming "
                "municipal year. Members suggested that the Committee should examine the impact "
                "of the closure of community pharmacies in both boroughs."),
        ("9.2", "Resolved \u2013 That the draft work programme for 2025/26 be approved, subject "
                "to the addition of an item on community pharmacy provision."),
    ]),
    ("10", "DATE OF NEXT MEETING", [
        ("10.1", "The next meeting will be held on Wednesday 14 May 2025 at 2.00 pm at Oxley "
                 "Town Hall."),
    ]),
]


def ridgeford_pdf(path: Path):
    Doc = make_pdf_class()

    def header(p):
        # logo: a crest-like block with the council name
        p.set_fill_color(0, 84, 122)
        p.rect(20, 10, 9, 11, style="F")
        p.set_text_color(255, 255, 255)
        p.set_font("Serif", "B", 10)
        p.set_xy(20, 12.5)
        p.cell(9, 6, "R", align="C")
        p.set_text_color(0, 84, 122)
        p.set_font("Serif", "B", 11)
        p.set_xy(31, 10.5)
        p.cell(60, 5, "Ridgeford Council")
        p.set_font("Sans", "", 7)
        p.set_xy(31, 15.5)
        p.cell(60, 4, "Metropolitan Borough")
        p.set_text_color(60, 60, 60)
        p.set_font("Sans", "", 8.5)
        p.set_xy(110, 12.5)
        p.cell(80, 5, "Joint Health Scrutiny Committee \u2013 12 March 2025", align="R")
        p.set_draw_color(0, 84, 122)
        p.set_line_width(0.4)
        p.line(20, 24, 190, 24)
        p.set_text_color(0, 0, 0)
        p.set_draw_color(0, 0, 0)
        p.set_line_width(0.2)
        p.set_xy(20, 30)

    def footer(p):
        p.set_font("Sans", "", 8.5)
        p.set_xy(20, 282)
        p.cell(170, 5, f"Page {p.page_no()}", align="C")

    pdf = Doc(header, footer)
    pdf.set_margins(20, 30, 20)
    pdf.bottom = 272
    pdf.add_page()

    pdf.set_font("Sans", "B", 13)
    pdf.cell(170, 7, "JOINT HEALTH SCRUTINY COMMITTEE (RIDGEFORD AND OXLEY)", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(pdf.get_y() + 2)
    pdf.para("MINUTES of the meeting of the Joint Health Scrutiny Committee held on "
             "Wednesday, 12 March 2025 at 2.00 pm in the Council Chamber, Ridgeford Town Hall",
             size=10.5, style="B", align="C", after=4)

    # attendee grid
    cols = [("Name", 62), ("Authority", 38), ("Role", 34), ("Attendance", 36)]
    pdf.set_font("Sans", "B", 9.5)
    pdf.set_fill_color(220, 228, 235)
    for name, w in cols:
        pdf.cell(w, 6.5, name, border=1, fill=True)
    pdf.ln(6.5)
    pdf.set_font("Sans", "", 9.5)
    for row in RID_MEMBERS:
        for (name, w), val in zip(cols, row):
            pdf.cell(w, 6.2, val, border=1)
        pdf.ln(6.2)
    pdf.set_y(pdf.get_y() + 4)
    pdf.para("Also in attendance:", size=10, style="B", after=1)
    for name, role in RID_ALSO:
        pdf.para(f"{name} \u2013 {role}", size=10, lh=5.2, after=0.6)
    pdf.set_y(pdf.get_y() + 3)

    num_x = 20
    text_x = 33
    for num, title, paras in RID_ITEMS:
        pdf.ensure(20)
        pdf.set_font("Sans", "B", 11)
        y = pdf.get_y()
        pdf.set_xy(num_x, y)
        pdf.cell(13, 6, f"{num}.")
        pdf.set_xy(text_x, y)
        pdf.cell(150, 6, title)
        pdf.set_xy(20, y + 8)
        for para in paras:
            if para[0] == "Q":
                pdf.para(para[1], x=text_x + 6, style="I", hyphenate=True)
            elif para[0] == "":
                pdf.para(para[1], x=text_x, style="B", after=1.5)
            else:
                label, text = para[0], para[1]
                bold = text.startswith("Question from") or text.startswith("Response from")
                pdf.para(text, x=text_x, label=label, hyphenate=not bold,
                         style="B" if bold else "", after=1.5 if bold else 2.6)
                for sub_label, sub in (para[2] if len(para) > 2 else []):
                    pdf.para(sub, x=text_x + 9, label=sub_label, label_x=text_x,
                             hyphenate=True, after=1.8)
        pdf.set_y(pdf.get_y() + 2)

    pdf.ensure(30)
    pdf.para("The meeting closed at 4.20 pm.", after=14)
    pdf.para("Chair ...................................................", after=2)
    pdf.para("Date ....................................................", after=2)
    pdf.output(str(path))
    return pdf.page_no(), pdf.hyphenations


# ---------------------------------------------------------------------------------------
# 3. Ashvale Borough Council - agenda pack with previous minutes and an officer report
# ---------------------------------------------------------------------------------------

ASH_MINUTES = [
    ("17", "APOLOGIES FOR ABSENCE AND DECLARATIONS OF INTEREST", [
        "Apologies for absence were received from Councillor Patricia Holt. There were no "
        "declarations of interest.",
    ]),
    ("18", "MINUTES", [
        "RESOLVED: That the minutes of the meeting held on 19 September 2024 be agreed as a "
        "correct record.",
    ]),
    ("19", "CARE QUALITY COMMISSION ASSESSMENT OF ADULT SOCIAL CARE", [
        "The Director of Adult Social Services introduced the report, which summarised the "
        "outcome of the Care Quality Commission's assessment of the Council's adult social "
        "care functions, published in October 2024. The Council had been rated 'Requires "
        "Improvement', with areas for improvement identified in waiting times for Care Act "
        "assessments and in support for unpaid carers.",
        "Councillor Dunmore asked how many people were currently waiting for a Care Act "
        "assessment. The Director advised that 386 people were waiting, of whom 52 had waited "
        "longer than six months.",
        "Councillor Begum expressed concern that the Council's reliance on agency social "
        "workers, highlighted by the Care Quality Commission, would continue to affect the "
        "quality of assessments.",
        "Vera Lindqvist asked whether people who used services would be involved in developing "
        "the improvement plan. The Cabinet Member confirmed that a panel of people with lived "
        "experience would be recruited to co-produce the plan with officers.",
        "RESOLVED: That (1) the outcome of the Care Quality Commission assessment be noted; and "
        "(2) the Panel receives the adult social care improvement plan at its meeting in March "
        "2025.",
    ]),
    ("20", "CARERS' STRATEGY 2025-2030", [
        "The Head of Commissioning presented the draft Carers' Strategy, which had been "
        "developed following a survey of 640 unpaid carers across the borough and three "
        "workshops held with carers' organisations.",
        "Councillor Mwangi asked whether young carers had been included in the survey.",
        "Councillor Aspinall queried why the budget for carers' breaks had been reduced by "
        "\u00a385,000 compared with the previous year. The Head of Commissioning explained that "
        "the reduction reflected the end of a one-off grant and that core funding had been "
        "maintained.",
        "RESOLVED: That the Panel endorses the draft Carers' Strategy 2025-2030 and recommends it "
        "to Cabinet for adoption.",
    ]),
]

ASH_REPORT = [
    ("1.", "PURPOSE OF REPORT", [
        "1.1 This report invites the Panel to comment on proposed changes to the Council's "
        "policy for charging for adult social care and support provided in people's own homes "
        "and in the community, ahead of a decision by Cabinet in April 2025.",
    ]),
    ("2.", "RECOMMENDATIONS", [
        "2.1 The Panel is recommended to consider the proposals set out in section 4 and to "
        "provide any comments to Cabinet.",
        "2.2 The Panel is recommended to note the arrangements for public consultation set out "
        "in section 5.",
    ]),
    ("3.", "BACKGROUND", [
        "3.1 Under the Care Act 2014 the Council may charge for the care and support it arranges, "
        "subject to a financial assessment which ensures that people keep a minimum income "
        "guarantee. The current charging policy was adopted in 2017 and has not been reviewed "
        "since.",
        "3.2 Around 1,950 people currently receive community-based support arranged by the "
        "Council. Of these, 41 per cent pay nothing towards their care, 37 per cent make a "
        "partial contribution and 22 per cent pay the full cost.",
        "3.3 The Council's medium term financial strategy assumes additional income of "
        "\u00a3420,000 a year from charging from 2025/26. The proposals in this report would "
        "raise an estimated \u00a3390,000.",
    ]),
    ("4.", "PROPOSALS", [
        "4.1 It is proposed to (a) include the higher rate of Attendance Allowance and the "
        "enhanced daily living component of Personal Independence Payment in the financial "
        "assessment where night-time care is not provided; (b) introduce an arrangement fee of "
        "\u00a3295 for people with savings above the upper capital limit who ask the Council to "
        "arrange their care; and (c) standardise the allowance made for disability-related "
        "expenditure at \u00a320 a week, with individual assessment for higher amounts.",
        "4.2 People already receiving support would have any increase in their contribution "
        "phased in over twelve months.",
    ]),
    ("5.", "CONSULTATION", [
        "5.1 A twelve-week public consultation will run from 10 February to 4 May 2025. It will "
        "include an online and paper questionnaire, an easy read version, and drop-in sessions "
        "in each of the borough's four localities. Every person currently assessed as paying a "
        "charge will be written to individually.",
    ]),
    ("6.", "FINANCIAL IMPLICATIONS", [
        "6.1 The proposals would contribute \u00a3390,000 a year towards the savings target in "
        "the medium term financial strategy. The cost of the consultation, estimated at "
        "\u00a318,500, will be met from existing budgets.",
    ]),
    ("7.", "LEGAL IMPLICATIONS", [
        "7.1 The Council must act in accordance with the Care and Support (Charging and "
        "Assessment of Resources) Regulations 2014 and the statutory guidance. It must consult "
        "those affected before changing its policy and must have regard to the results.",
    ]),
    ("8.", "EQUALITY IMPLICATIONS", [
        "8.1 An initial equality impact assessment is attached at Appendix A. The proposals "
        "would mainly affect older people and disabled people. The assessment will be updated "
        "after the consultation.",
    ]),
]


def ashvale_pdf(path: Path, pages: dict | None = None):
    """pages: {'min_first', 'min_last', 'rep_first', 'rep_last'} for the front sheet."""
    Doc = make_pdf_class()
    state = {"section": "front", "first_min_page": None}

    def header(p):
        p.set_font("Sans", "B", 9)
        if state["section"] == "front" or (state["section"] == "minutes"
                                            and p.page_no() == state["first_min_page"]):
            p.set_xy(20, 8)
            p.set_text_color(90, 90, 90)
            p.cell(170, 5, "Public Document Pack", align="R")
            p.set_text_color(0, 0, 0)
        if state["section"] in ("minutes", "report"):
            label = "Agenda Item 3" if state["section"] == "minutes" else "Agenda Item 4"
            p.set_xy(150, 14)
            p.set_font("Sans", "B", 10)
            p.cell(40, 6, label, border=1, align="C")
        p.set_xy(20, 26)

    def footer(p):
        p.set_font("Sans", "", 9)
        p.set_xy(20, 284)
        p.cell(170, 5, f"Page {p.page_no()}", align="C")

    pdf = Doc(header, footer)
    pdf.set_margins(20, 26, 20)
    pdf.bottom = 274
    pg = pages or {"min_first": 0, "min_last": 0, "rep_first": 0, "rep_last": 0}

    # ---- front sheet -------------------------------------------------------------
    pdf.add_page()
    pdf.set_fill_color(122, 30, 72)
    pdf.rect(20, 26, 12, 12, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Serif", "B", 12)
    pdf.set_xy(20, 29)
    pdf.cell(12, 6, "A", align="C")
    pdf.set_text_color(122, 30, 72)
    pdf.set_font("Serif", "B", 16)
    pdf.set_xy(35, 27.5)
    pdf.cell(120, 9, "Ashvale Borough Council")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(20, 46)
    pdf.set_font("Sans", "B", 15)
    pdf.cell(170, 8, "Health and Adult Social Care Scrutiny Panel", new_x="LMARGIN",
             new_y="NEXT")
    pdf.set_y(pdf.get_y() + 4)
    rows = [
        ("Date:", "Thursday, 6 February 2025"),
        ("Time:", "7.00 pm"),
        ("Venue:", "Committee Room 2, Ashvale Civic Centre, Market Street, Ashvale"),
        ("Membership:", "Councillors Rosalind Kemp (Chair), Nigel Aspinall (Vice-Chair), "
                        "Farida Begum, Christopher Dunmore, Patricia Holt, Leon Mwangi and "
                        "Graham Standish"),
        ("Co-opted:", "Vera Lindqvist (Healthwatch Ashvale)"),
        ("Enquiries to:", "Thomas Reade, Democratic Services Officer, tel: 01632 960 418, "
                          "e-mail: thomas.reade@ashvale.gov.uk"),
    ]
    for k, v in rows:
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 10)
        pdf.set_xy(20, y)
        pdf.cell(32, 5.4, k)
        pdf.set_xy(20, y)
        pdf.para(v, x=52, size=10, lh=5.4, after=1.6)
    pdf.set_y(pdf.get_y() + 4)
    pdf.set_font("Sans", "B", 12.5)
    pdf.cell(170, 7, "AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "B", 10)
    pdf.cell(170, 6, "PART 1 \u2013 ITEMS TO BE CONSIDERED IN PUBLIC", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(pdf.get_y() + 2)
    pdf.set_font("Sans", "B", 9.5)
    pdf.cell(14, 6, "Item")
    pdf.cell(136, 6, "")
    pdf.cell(20, 6, "Pages", align="R", new_x="LMARGIN", new_y="NEXT")
    agenda = [
        ("1.", "Apologies for Absence", "", ""),
        ("2.", "Declarations of Interest",
         "Members are reminded to declare any interests in items on this agenda.", ""),
        ("3.", "Minutes of the previous meeting",
         "To approve as a correct record the minutes of the meeting held on 28 November 2024.",
         f"{pg['min_first']} - {pg['min_last']}"),
        ("4.", "Review of the Adult Social Care Charging Policy",
         "Report of the Director of Adult Social Services.",
         f"{pg['rep_first']} - {pg['rep_last']}"),
        ("5.", "Work Programme 2024/25", "Verbal update from the Chair.", ""),
        ("6.", "Date of Next Meeting", "Thursday, 20 March 2025 at 7.00 pm.", ""),
    ]
    for n, title, note, pages_ in agenda:
        y = pdf.get_y() + 1.5
        pdf.set_xy(20, y)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(14, 5.6, n)
        pdf.cell(136, 5.6, title)
        pdf.set_font("Sans", "", 10)
        pdf.cell(20, 5.6, pages_, align="R")
        pdf.set_xy(20, y + 5.6)
        if note:
            pdf.para(note, x=34, width=130, size=9.5, lh=5, after=0.5)
    pdf.set_y(max(pdf.get_y(), 240))
    pdf.para("Stephen Halloran, Chief Executive", size=9, lh=4.6, after=0)
    pdf.para("Published: Wednesday, 29 January 2025", size=9, lh=4.6, after=0)

    # ---- minutes of the previous meeting ----------------------------------------------
    state["section"] = "minutes"
    state["first_min_page"] = pdf.page_no() + 1
    pdf.add_page()
    min_first = pdf.page_no()
    pdf.set_font("Sans", "B", 12)
    pdf.set_y(30)
    pdf.cell(170, 6.5, "ASHVALE BOROUGH COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(170, 6.5, "HEALTH AND ADULT SOCIAL CARE SCRUTINY PANEL", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(pdf.get_y() + 2)
    pdf.para("Minutes of the meeting held on Thursday, 28 November 2024 at 7.00 pm at Ashvale "
             "Civic Centre", size=10.5, align="C", after=5)
    present = [
        ("Present:", "Councillor Rosalind Kemp (Chair)"),
        ("", "Councillors Nigel Aspinall (Vice-Chair), Farida Begum, Christopher Dunmore, Leon "
             "Mwangi and Graham Standish"),
        ("", "Vera Lindqvist (Co-opted Member, Healthwatch Ashvale)"),
        ("Also Present:", "Councillor Hugh Pendleton (Cabinet Member for Adult Social Care), "
                          "Janet Okafor (Director of Adult Social Services), Simon Albright "
                          "(Head of Commissioning, Adult Social Care) and Thomas Reade "
                          "(Democratic Services Officer)"),
        ("Apologies:", "Councillor Patricia Holt"),
    ]
    for k, v in present:
        y = pdf.get_y()
        if k:
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_xy(20, y)
            pdf.cell(32, 5.5, k)
            pdf.set_xy(20, y)
        pdf.para(v, x=52, size=10.5, lh=5.5, after=2)
    pdf.set_y(pdf.get_y() + 3)
    for num, title, paras in ASH_MINUTES:
        pdf.ensure(18)
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_xy(20, y)
        pdf.cell(12, 5.6, f"{num}.")
        pdf.set_xy(32, y)
        pdf.cell(150, 5.6, title)
        pdf.set_xy(20, y + 7.5)
        for t in paras:
            bold_head = t.startswith("RESOLVED:")
            if bold_head:
                rest = t[len("RESOLVED:"):]
                pdf.para("RESOLVED:" + rest, x=32, size=10.5, lh=5.5, after=3)
            else:
                pdf.para(t, x=32, size=10.5, lh=5.5, after=3)
        pdf.set_y(pdf.get_y() + 2)
    pdf.ensure(40)
    pdf.para("The meeting closed at 8.15 pm", x=32, size=10.5, after=18)
    pdf.para("Chair", x=32, size=10.5, style="B", after=2)
    min_last = pdf.page_no()

    # ---- officer report -------------------------------------------------------------
    state["section"] = "report"
    pdf.add_page()
    rep_first = pdf.page_no()
    pdf.set_y(30)
    pdf.set_font("Sans", "B", 12)
    pdf.cell(170, 6.5, "ASHVALE BOROUGH COUNCIL", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(pdf.get_y() + 3)
    meta = [
        ("Report to:", "Health and Adult Social Care Scrutiny Panel"),
        ("Date of meeting:", "6 February 2025"),
        ("Report of:", "Director of Adult Social Services"),
        ("Title:", "Review of the Adult Social Care Charging Policy"),
        ("Wards affected:", "All"),
        ("Key decision:", "No (for comment; Cabinet decision in April 2025)"),
        ("Contact officer:", "Simon Albright, Head of Commissioning, Adult Social Care"),
    ]
    for k, v in meta:
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 10)
        pdf.set_xy(20, y)
        pdf.cell(40, 6, k, border=1)
        pdf.set_font("Sans", "", 10)
        pdf.cell(130, 6, v, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(pdf.get_y() + 5)
    for num, title, paras in ASH_REPORT:
        pdf.ensure(16)
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_xy(20, y)
        pdf.cell(12, 5.6, num)
        pdf.cell(150, 5.6, title)
        pdf.set_xy(20, y + 7.5)
        for t in paras:
            label, text = t.split(" ", 1)
            pdf.para(text, x=32, label=label, size=10.5, lh=5.6, after=2.6)
        pdf.set_y(pdf.get_y() + 1.5)
    pdf.para("Background papers: Care Act 2014 statutory guidance, chapter 8; Ashvale Borough "
             "Council Adult Social Care Charging Policy (2017).", size=9.5, style="I", after=0)
    rep_last = pdf.page_no()
    pdf.output(str(path))
    return {"min_first": min_first, "min_last": min_last, "rep_first": rep_first,
            "rep_last": rep_last, "total": pdf.page_no()}


# ---------------------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------------------

def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "d-wexcombe-cmis-minutes.html").write_text(wexcombe_cmis(), encoding="utf-8")
    (DOCS / "d-wexcombe-healthwatch-report.html").write_text(wexcombe_healthwatch(),
                                                            encoding="utf-8")
    n, hy = ridgeford_pdf(DOCS / "d-ridgeford-hwb-minutes.pdf")
    print(f"d-ridgeford-hwb-minutes.pdf: {n} pages, {hy} hyphenated line ends")
    if n < 3 or hy < 3:
        sys.exit("ridgeford: expected 3+ pages and some hyphenated line ends")
    pack = DOCS / "d-ashvale-agenda-pack.pdf"
    first = ashvale_pdf(pack)
    second = ashvale_pdf(pack, first)          # front sheet quotes the real page ranges
    assert first == second, (first, second)
    if second["rep_last"] - second["rep_first"] != 1:
        sys.exit(f"ashvale: officer report should be 2 pages, got {second}")
    print(f"d-ashvale-agenda-pack.pdf: {second}")
    for p in sorted(DOCS.glob("d-*.html")):
        print(f"{p.name}: {p.stat().st_size} bytes")


# ---------------------------------------------------------------------------------------
# --check
# ---------------------------------------------------------------------------------------

THEMES = {"privatisation", "subcontracting", "patient-and-public-input", "public-health",
          "finance", "governance", "integration", "workforce", "primary-care", "mental-health",
          "children-and-families", "adult-social-care", "housing"}
DOC_TYPES = {"minutes", "questions", "agenda", "report", "news", "other"}
KINDS = {"question", "concern", "request", "comment"}
OUTCOMES = {"noted", "agreed", "recommended", "deferred", "rejected", "other"}
ATTENDANCE = {"present", "apologies", "in_attendance", "absent"}
BLOCK_TAGS = {"p", "div", "li", "td", "th", "tr", "table", "h1", "h2", "h3", "h4", "ul", "ol",
              "br", "blockquote", "section", "article", "header", "footer", "nav", "title",
              "span"}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def ws(s: str) -> str:
    return " ".join(s.split())


def loose(s: str) -> str:
    return " " + " ".join(re.sub(r"[^0-9a-z]+", " ", s.lower()).split()) + " "


def pages_of(path: Path) -> list[str]:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return [ws(p.extract_text() or "") for p in pdf.pages]
    p = _Text()
    p.feed(path.read_text(encoding="utf-8"))
    return [ws("".join(p.parts))]


def check() -> int:
    errors: list[str] = []
    golds = sorted(GOLD.glob("d-*.json"))
    if not golds:
        print("no gold files")
        return 1
    docs_seen = set()
    for g in golds:
        def err(msg):
            errors.append(f"{g.name}: {msg}")

        data = json.loads(g.read_text(encoding="utf-8"))
        doc = DOCS / data["document"]
        if not doc.exists():
            err(f"document {doc.name} missing")
            continue
        stem = doc.name.rsplit(".", 1)[0]
        expected = f"{stem}.{data['part']}.json" if data.get("part") else f"{stem}.json"
        if g.name != expected:
            err(f"file should be named {expected}")
        docs_seen.add(doc.name)
        if data.get("doc_type") not in DOC_TYPES:
            err(f"bad doc_type {data.get('doc_type')}")
        pages = pages_of(doc)
        full = " ".join(pages)
        full_loose = loose(full)
        if set(data) <= {"document", "doc_type"}:
            print(f"{g.name}: {data['doc_type']} (no rows)")
            continue
        for k in ("committee", "meeting_date", "items", "questions", "resolutions",
                  "attendees"):
            if k not in data:
                err(f"missing {k}")
        item_nums = {i["number"] for i in data["items"]}
        for it in data["items"]:
            if loose(it["title"]) not in full_loose:
                err(f"item title not in text: {it['title']}")
            if it["number"] and not re.search(r"(?<![\d.])" + re.escape(it["number"])
                                              + r"(?![\d])", full):
                err(f"item number not in text: {it['number']}")
        if loose(data["committee"]) not in full_loose:
            err("committee name not in text")

        def phrase(p, what):
            n = len(p.split())
            if not 6 <= n <= 15:
                err(f"{what}: {n} words: {p!r}")
            exact = sum(pg.count(p) for pg in pages)
            if exact != 1 or full.count(p) != 1:
                err(f"{what}: verbatim count {exact} (pages) / {full.count(p)} (full): {p!r}")
            lc = full_loose.count(loose(p))
            if lc != 1:
                err(f"{what}: loose count {lc}: {p!r}")
            return full.find(p)

        for q in data["questions"]:
            if q["item"] not in item_nums:
                err(f"question item {q['item']} not in items")
            if q["kind"] not in KINDS:
                err(f"bad kind {q['kind']}")
            if not set(q["themes"]) <= THEMES:
                err(f"bad themes {q['themes']}")
            at = phrase(q["text"], "question")
            if q["answer"] is not None:
                aat = phrase(q["answer"], "answer")
                if not (0 <= at < aat < at + 700):
                    err(f"answer not shortly after question: {q['text']!r}")
            elif q.get("given_by") is not None:
                err(f"given_by without answer: {q['text']!r}")
            for who in ("asked_by", "given_by"):
                if q.get(who) and loose(q[who]) not in full_loose:
                    err(f"{who} not in text: {q[who]}")
        for r in data["resolutions"]:
            if r["item"] not in item_nums:
                err(f"resolution item {r['item']} not in items")
            if r["outcome"] not in OUTCOMES:
                err(f"bad outcome {r['outcome']}")
            if not set(r["themes"]) <= THEMES:
                err(f"bad themes {r['themes']}")
            phrase(r["text"], "resolution")
        for a in data["attendees"]:
            if a["attendance"] not in ATTENDANCE:
                err(f"bad attendance {a['attendance']}")
            if loose(a["name"]) not in full_loose:
                err(f"attendee not in text: {a['name']}")
            if a.get("role") and loose(a["role"]) not in full_loose:
                err(f"role not in text: {a['role']}")
        nq = len(data["questions"])
        unanswered = sum(q["answer"] is None for q in data["questions"])
        print(f"{g.name}: items {len(data['items'])}, questions {nq} "
              f"({unanswered} unanswered), resolutions {len(data['resolutions'])}, "
              f"attendees {len(data['attendees'])}")
    for d in sorted(DOCS.glob("d-*")):
        if d.name not in docs_seen:
            errors.append(f"{d.name}: no gold file")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
