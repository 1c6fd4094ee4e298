#!/usr/bin/env python3
"""Build the "qd-" documents of round 223 and their gold annotations.

Usage:  build_qd.py           build documents/qd-* and gold/qd-*.json
        build_qd.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import html
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "qd-thermbury-nem-ahw-pds-panel-2025-03-10.html"
BRIEFING_NAME = "qd-thermbury-nem-childhood-immunisation-briefing-note.docx"

FIXED = dt.datetime(2025, 2, 24, 9, 0, 0)

COUNCIL = "Thermbury and North East Mendsey Council"
PANEL = "Adults, Health and Wellbeing Policy Development and Scrutiny Panel"


# ---------------------------------------------------------------------------
# The minutes: a CMIS-style meeting page
# ---------------------------------------------------------------------------

def esc(s: str) -> str:
    return html.escape(s, quote=False)


# Blocks: ("item", number, title, [document links]); a plain string is a paragraph;
# ("ul", [..]) a bulleted list; ("raw", html) is written as it stands.

ITEMS = [
    ("item", "71", "WELCOME AND INTRODUCTIONS", []),
    "The Chair welcomed everyone to the meeting. She welcomed Councillor Tom Hext, who was "
    "attending as a substitute, and Neil Arscott from the ICB, who was attending the Panel "
    "for the first time.",

    ("item", "72", "EMERGENCY EVACUATION PROCEDURE", []),
    "The Chair drew attention to the emergency evacuation procedure.",

    ("item", "73", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", []),
    "Councillor Fiona Burchell had sent her apologies to the Panel, Councillor Tom Hext was "
    "present as her substitute for the duration of the meeting.",
    "Councillor Alan Pengelly had also sent his apologies to the Panel.",

    ("item", "74", "DECLARATIONS OF INTEREST", []),
    "Councillor Ruth Scammell declared an other interest in agenda item 10 (Community "
    "Services - Re-procurement of Community Health and Care Services) as her daughter is "
    "employed by Corvane Care Group as an occupational therapist. She stated that she would "
    "remain in the meeting for the item but would not take part in any vote.",

    ("item", "75", "TO ANNOUNCE ANY URGENT BUSINESS AGREED BY THE CHAIR", []),
    "There was none.",

    ("item", "76", "ITEMS FROM THE PUBLIC OR COUNCILLORS - TO RECEIVE DEPUTATIONS, STATEMENTS, "
     "PETITIONS OR QUESTIONS RELATING TO THE BUSINESS OF THIS MEETING",
     [("Statement - Derek Annear, Marksbourne Community Hospital League of Friends", "88 KB")]),
    "Derek Annear, Chair of the Marksbourne Community Hospital League of Friends, made a "
    "statement to the Panel regarding the re-procurement of community services. A copy of "
    "the statement can be found as an online appendix to these minutes, a summary is set "
    "out below.",
    ("ul", [
        "The League of Friends had raised more than £210,000 over the last ten years for "
        "equipment and improvements at Marksbourne Community Hospital, including the garden "
        "room on Hazel Ward.",
        "The hospital's 18 inpatient beds were used mainly by older people recovering "
        "after a stay at Thermbury Royal Infirmary, and the bus service from Marksbourne to "
        "Thermbury had been cut to two journeys a day.",
    ]),
    "Mr Annear expressed concern that many people in Marksbourne and the surrounding "
    "villages had found out about the re-procurement from the local newspaper rather than "
    "from the Council or the ICB. He asked that the Panel seek a firm assurance that the inpatient beds at Marksbourne "
    "Community Hospital would not be reduced as a result of any new contract.",
    "Councillor Graham Vellacott asked Mr Annear whether the League of Friends had been "
    "invited to take part in the engagement events held in the autumn.",
    "Mr Annear replied that they had been sent a link to an online survey but had not been "
    "invited to any of the workshops, and that several of their older members did not use "
    "the internet.",
    "The Chair thanked Mr Annear for his statement on behalf of the Panel.",

    ("item", "77", "MINUTES: 20TH JANUARY 2025",
     [("Minutes of the previous meeting, 20/01/2025", "241 KB")]),
    "The Panel confirmed the minutes of the previous meeting as a true record and they were "
    "duly signed by the Chair.",

    ("item", "78", "CABINET MEMBER UPDATE",
     [("Cabinet Member Update - online appendix", "156 KB")]),
    "Councillor Jill Marchant, Cabinet Member for Adult Services, addressed the Panel. A copy "
    "of the update will be attached as an online appendix to these minutes, a summary is set "
    "out below.",
    ("ul", [
        "Adult Social Care Budget 2025/26 - Council approved the budget on 20th February. It "
        "included an increase of 6.1% in the fees paid to home care and care home providers "
        "and £2.4m of growth to meet demand.",
        "CQC assessment - The Care Quality Commission's on-site assessment of the Council's "
        "adult social care functions had taken place from 4th to 6th February. Around 60 "
        "staff, partners and people who draw on care and support had taken part. The final "
        "report was expected in the spring.",
        "Home care - The number of people waiting for a package of home care stood at 14 at "
        "the end of February, compared with 61 at the same point last year.",
        "Carers - The new Carers' Centre contract had started on 1st January and 312 carers "
        "had registered with the service in its first two months.",
    ]),
    "Councillor Desmond Ofori asked what the Council was doing to prepare for the increase "
    "in employers' National Insurance contributions from April and the effect it would have "
    "on care providers in the district.",
    "Councillor Marchant replied that the fee uplift for 2025/26 had been set with the "
    "increase in mind, but that providers had told the Council it would not meet their full "
    "costs. She added that officers were meeting the Thermbury Care Providers Association "
    "monthly to monitor the stability of the local market.",
    "Councillor Priya Ashdown asked if the Cabinet Member could give any indication of when "
    "the CQC report would be published and whether it would be brought to the Panel.",
    "Councillor Marchant replied that the timing of publication was a matter for the CQC, "
    "but she expected the report to be published in May and would be happy for it to come "
    "to the Panel in July.",
    "Martin Eyles, Co-opted Member, commented that he welcomed the fall in the number of "
    "people waiting for home care, but that families he spoke to through his work with "
    "carers were still finding it very difficult to arrange respite care at short notice.",
    "Sarah Lovejoy, Director of Adult Social Care, said that she recognised this and that "
    "four additional respite beds had been secured at Fernbrook House from 1st April.",
    "The Chair thanked Councillor Marchant for her update on behalf of the Panel.",

    ("item", "79", "THERMBURY AND NORTH EAST MENDSEY, SELCOMBE AND WESSDOWN INTEGRATED CARE "
     "BOARD (TSW ICB) UPDATE",
     [("TSW ICB Update - online appendix", "302 KB"),
      ("NHS Dental Access - presentation", "1 MB")]),
    "Lorna Caddick, Director of Place - Thermbury and North East Mendsey, TSW ICB addressed "
    "the Panel. A copy of the update will be attached as an online appendix to these "
    "minutes, a summary is set out below.",
    ("ul", [
        "Urgent and emergency care - Thermbury Royal Infirmary had seen 74.2% of patients "
        "within four hours in January against a target of 78% by March 2025. Ambulance "
        "handover delays of over an hour had fallen by a third compared with last winter.",
        "Elective care - The number of people waiting more than 65 weeks for treatment had "
        "fallen to 38, all in orthopaedics and gynaecology.",
        "Winter vaccinations - Uptake of the flu vaccine among over 65s in Thermbury and "
        "North East Mendsey was 76.8%, the highest in the ICB area.",
        "ICB running costs - NHS England had asked all ICBs to reduce their running costs "
        "by 50% and the ICB was awaiting further guidance on how this would be achieved.",
    ]),
    "Neil Arscott, Associate Director of Primary Care, TSW ICB, then gave a short "
    "presentation on access to NHS dentistry. He explained that there were 23 practices "
    "holding NHS dental contracts in the district, that four had reduced their NHS "
    "commitment in the last two years and that 41% of adults had seen an NHS dentist in the "
    "last two years, compared with 40% nationally. The ICB had used its dental recovery "
    "funding to commission urgent care sessions and a 'Smile Ready' scheme offering "
    "appointments to children referred by health visitors and schools.",
    "Councillor Owen Blanchflower asked how many people in the district were currently "
    "waiting to be seen by an NHS dentist and whether the ICB kept a waiting list.",
    "Neil Arscott replied that there was no central waiting list for NHS dentistry, as "
    "patients were not registered with a dental practice in the way that they were with a "
    "GP, so the ICB could not give a reliable figure. He said that the ICB's dental helpline "
    "had received 2,340 calls in the last quarter from residents who could not find a "
    "practice.",
    "Councillor Lindsay Carrow stated that she was concerned that children in the more "
    "deprived parts of the district were not being seen by a dentist at all, and asked what "
    "was being done to address this.",
    "Neil Arscott replied that the Smile Ready scheme had offered 1,180 appointments since "
    "September, and that practices taking part were paid an enhanced rate for each child "
    "seen. Dr Anita Rowcliffe, Director of Public Health, added that the supervised "
    "toothbrushing programme was now running in 41 nurseries and primary schools.",
    "Carol Stanbury, Co-opted Member, asked whether the reduction in the ICB's running costs "
    "would affect the staff who commissioned local services such as dentistry.",
    "Lorna Caddick replied that consultation with ICB staff had not yet begun and so it was "
    "too early to say which teams would be affected. She said that she would keep the Panel "
    "informed as the new structure was developed.",
    "Councillor Tom Hext asked why patients from the Hensmoor Vale area were being referred "
    "to Selcombe General Hospital for hip and knee operations rather than to Thermbury "
    "Royal Infirmary.",
    "Lorna Caddick replied that patients were offered a choice of the providers with the "
    "shortest waits and that the wait for a hip or knee replacement at Selcombe was "
    "currently around 14 weeks shorter.",
    "Councillor Desmond Ofori commented that handover delays at the Royal Infirmary had "
    "clearly improved, but that residents in the villages were still telling him about "
    "waits of several hours for an ambulance after a fall.",
    "Councillor Priya Ashdown asked that future updates include a breakdown of waiting "
    "times by specialty for residents of Thermbury and North East Mendsey rather than for "
    "the ICB area as a whole.",
    "Lorna Caddick replied that she would be happy to provide this from the next update.",
    "The Chair thanked Lorna Caddick and Neil Arscott for the update on behalf of the Panel.",
    "The Panel RESOLVED to:",
    "(i) Note the update from the ICB;",
    "(ii) Ask the Chair to write on behalf of the Panel to NHS England to call for reform "
    "of the NHS dental contract, setting out the difficulties in accessing NHS dentistry "
    "described at the meeting.",

    ("item", "80", "COMMUNITY SERVICES - RE-PROCUREMENT OF COMMUNITY HEALTH AND CARE SERVICES",
     [("Community Services Re-procurement - report", "412 KB"),
      ("Appendix 1 - Phase 1 engagement summary", "640 KB"),
      ("Appendix 2 - Options appraisal", "198 KB")]),
    "The Director of Adult Social Care introduced this item to the Panel. She explained that "
    "the Council and the ICB jointly commission community health and adult social care "
    "services in the district from Corvane Care Group under a contract which began in April "
    "2018 and which, following a two-year extension, will end on 31st March 2027. The "
    "contract is worth around £64m a year and covers community nursing, therapies, "
    "reablement, the three community resource centres and the inpatient beds at Marksbourne "
    "Community Hospital.",
    "She said that the report set out three options for the future of the services:",
    ("ul", [
        "Option 1 - re-procure the services as a single contract;",
        "Option 2 - re-procure the services in two lots, one for community health services "
        "and one for adult social care;",
        "Option 3 - bring reablement and the community resource centres back into the "
        "Council's direct delivery, while the ICB procures community health services "
        "separately.",
    ]),
    "The preferred option of officers was Option 3, and a decision would be sought from the "
    "Cabinet in September 2025.",
    "Kieran Hollis, Assistant Director, Commissioning and Transformation, explained that "
    "the first phase of engagement had run from October to December 2024. There had been "
    "1,146 responses to the online survey, eight drop-in sessions in libraries and "
    "community centres and two workshops with providers. The main themes raised were "
    "continuity of care, better communication between services and keeping services local. "
    "A second phase of engagement would take place in April and May 2025.",
    "Councillor Graham Vellacott asked why the engagement workshops had not been more widely "
    "publicised, referring to the statement made by Mr Annear earlier in the meeting.",
    "Kieran Hollis replied that the workshops had been advertised on the Council's website, "
    "in the Your Mendsey newsletter and in libraries, but he accepted that more could have "
    "been done to reach groups such as the League of Friends. He gave a commitment that "
    "community groups would be contacted directly before the second phase began.",
    "Councillor Ruth Scammell asked how many of the services currently delivered by Corvane "
    "were subcontracted to other organisations, and what would happen to those subcontracts "
    "when the main contract ended.",
    "The Director of Adult Social Care replied that Corvane subcontracted 11 services, "
    "including the wheelchair service, the community equipment store and several voluntary "
    "sector services such as the hospital to home scheme. The Council and the ICB would "
    "have the option of taking over those subcontracts so that they could continue without "
    "interruption.",
    "Councillor Owen Blanchflower stated that he was concerned that a private company had "
    "been making a profit from these services for seven years and asked what the profit "
    "margin on the contract had been.",
    "The Director of Adult Social Care replied that Corvane's published accounts did not "
    "show a figure for each contract, but that the contract operated on an open book basis "
    "and the Council estimated the margin at around 3% a year.",
    "Councillor Lindsay Carrow asked what assurance could be given to staff currently "
    "employed by Corvane about their terms and conditions.",
    "Kieran Hollis replied that staff would transfer under TUPE to whichever organisation "
    "delivered their service in future, with their existing terms and conditions "
    "protected, and that trade union representatives had been briefed in February.",
    "Councillor Priya Ashdown queried whether the Council had the capacity to take "
    "reablement back in-house given the current level of vacancies in its own adult social "
    "care teams.",
    "Sarah Lovejoy said that this was recognised as one of the main risks of Option 3 and "
    "was on the project risk register. The Council would need to recruit around 40 "
    "additional staff and the transition plan allowed 18 months for this.",
    "Carol Stanbury asked if the Panel could see the detailed financial modelling for each "
    "option before the Cabinet made its decision.",
    "The Director of Adult Social Care replied that some of the modelling was commercially "
    "sensitive while the procurement was live, but that a summary could be shared with "
    "Panel members on a confidential basis.",
    "Councillor Desmond Ofori proposed that the Panel recommend to the Cabinet that all of "
    "the adult social care services currently provided under the Corvane contract be "
    "brought back into the Council's direct delivery, and not only reablement and the "
    "community resource centres. This was seconded by Councillor Owen Blanchflower. On "
    "being put to the vote, the proposal was not carried (3 for, 4 against, 1 abstention).",
    "The Panel RESOLVED to:",
    "(i) Note the report and the outcome of the first phase of engagement;",
    "(ii) Endorse the approach to the second phase of engagement set out in section 7 of "
    "the report, subject to community groups and Leagues of Friends being contacted "
    "directly;",
    "(iii) Request that the outcome of the second phase of engagement be brought to the "
    "Panel in July 2025, before the Cabinet decision.",
    "Councillor Ruth Scammell did not take part in the vote on this item.",

    ("item", "81", "VAPING AMONGST CHILDREN AND YOUNG PEOPLE",
     [("Vaping amongst Children and Young People - report", "377 KB")]),
    "Bethan Marsh, Consultant in Public Health, introduced this item to the Panel. She "
    "highlighted the following points:",
    ("ul", [
        "The 2024 Schools Health and Wellbeing Survey found that 19% of Year 10 pupils in "
        "the district had vaped in the last month, up from 14% in 2022, while smoking among "
        "the same age group had fallen to 4%.",
        "The sale of single-use vapes would be banned from 1st June 2025.",
        "Trading standards officers had carried out test purchases at 61 premises in 2024, "
        "and 23 of them had sold a vape to a young person under 18.",
        "Resources on vaping had been offered to all secondary schools and 11 of the 13 "
        "schools had used them in personal, social and health education lessons.",
    ]),
    "Councillor Ravi Doshi, Cabinet Member for Public Health and Prevention, added that the "
    "Council would continue to promote vaping as an aid to quitting smoking for adults, "
    "while doing all it could to stop children taking it up.",
    "Councillor Tom Hext asked whether the Council had taken any prosecutions against shops "
    "which had sold vapes to children.",
    "Bethan Marsh replied that trading standards had issued 19 written warnings in 2024 and "
    "that one prosecution was in progress, so she was unable to comment on it further.",
    "Councillor Ruth Scammell said that she was concerned about the number of vape shops "
    "opening in the district's high streets and asked if the Council had any powers to "
    "limit them.",
    "Dr Anita Rowcliffe replied that vape shops did not currently need a licence and that "
    "planning controls were limited, but that the Tobacco and Vapes Bill would introduce a "
    "national licensing scheme for retailers which the Council would be expected to run.",
    "Martin Eyles asked if there was any evidence that young people who vaped went on to "
    "smoke tobacco.",
    "Dr Rowcliffe replied that the evidence was still developing and that the Council's "
    "message to young people was that they should neither smoke nor vape.",
    "Councillor Priya Ashdown commented that pupils she had met on a recent school visit "
    "had told her that vapes were easy to buy through social media and delivered to the "
    "door, and she felt that online sales needed as much attention as shops.",
    "The Chair asked that the Panel be provided with the results of the test purchasing "
    "exercise broken down by ward.",
    "Bethan Marsh replied that she would arrange for the results to be circulated after "
    "the meeting.",
    "The Chair thanked Bethan Marsh and Councillor Doshi on behalf of the Panel.",
    "The Panel RESOLVED to:",
    "(i) Note the report;",
    "(ii) Recommend to the Cabinet that funding for trading standards enforcement of "
    "underage vape sales be maintained in 2025/26, and that a further round of test "
    "purchasing be carried out before the ban on single-use vapes comes into force.",

    ("item", "82", "PANEL WORKPLAN", [("Panel Workplan March 2025", "94 KB")]),
    "The Chair introduced this item to the Panel.",
    "Councillor Lindsay Carrow asked that an item on mental health support for older people, "
    "including those living with dementia, be added to the workplan.",
    "Kieran Hollis informed the Panel that officers had asked for the item on the refresh "
    "of the Carers' Strategy, scheduled for the May meeting, to be moved to July as the "
    "results of the national carers' survey would not be available until June.",
    "The Panel RESOLVED to note the workplan, with the addition of an item on mental "
    "health support for older people.",
    "The Panel agreed that consideration of the Carers' Strategy refresh be deferred to "
    "its meeting on 14th July 2025.",
]


PREAMBLE = [
    ("raw", '<p class="mintitle"><strong>THERMBURY AND NORTH EAST MENDSEY</strong></p>'),
    ("raw", '<p class="mintitle"><strong>MINUTES OF ADULTS, HEALTH AND WELLBEING POLICY '
            'DEVELOPMENT AND SCRUTINY PANEL</strong></p>'),
    ("raw", '<p class="mintitle"><strong>Monday, 10th March, 2025</strong></p>'),
    ("raw", '<p><strong>Present:-</strong> Councillors Maddy Tregear (Chair), Owen '
            'Blanchflower (Vice-Chair), Priya Ashdown, Lindsay Carrow, Tom Hext, Desmond '
            'Ofori, Ruth Scammell and Graham Vellacott</p>'),
    ("raw", '<p><strong>Co-opted Non-Voting Members:</strong> Carol Stanbury and Martin '
            'Eyles</p>'),
    ("raw", '<p><strong>Also in attendance:</strong> Sarah Lovejoy (Director of Adult Social '
            'Care), Dr Anita Rowcliffe (Director of Public Health), Kieran Hollis (Assistant '
            'Director, Commissioning and Transformation), Bethan Marsh (Consultant in Public '
            'Health), Lorna Caddick (Director of Place, TSW ICB), Neil Arscott (Associate '
            'Director of Primary Care, TSW ICB) and Jack Yeoman (Democratic Services '
            'Officer)</p>'),
    ("raw", '<p><strong>Cabinet Members in attendance:</strong> Councillor Jill Marchant and '
            'Councillor Ravi Doshi</p>'),
]

FOOT = [
    ("raw", '<p class="endtime">The meeting ended at 1.10 pm</p>'),
    ("raw", '<p class="signoff">Chair(person)</p>'),
    ("raw", '<p class="signoff">Date Confirmed and Signed</p>'),
    ("raw", '<p class="signoff"><em>Prepared by Democratic Services</em></p>'),
]


def render_blocks(blocks: list) -> str:
    out = []
    open_item = False
    for b in blocks:
        if isinstance(b, str):
            out.append(f"      <p>{esc(b)}</p>")
        elif b[0] == "raw":
            out.append("      " + b[1])
        elif b[0] == "ul":
            out.append('      <ul class="minbullets">')
            for li in b[1]:
                out.append(f"        <li>{esc(li)}</li>")
            out.append("      </ul>")
        elif b[0] == "item":
            _, num, title, docs = b
            if open_item:
                out.append("    </div>")
            open_item = True
            out.append(f'    <div class="CMISItem" id="item{num}">')
            out.append('      <table class="CMISItemHeader" role="presentation"><tr>'
                       f'<td class="ItemNumber">{num}.</td>'
                       f'<td class="ItemTitle"><h3>{esc(title)}</h3></td></tr></table>')
            for label, size in docs:
                out.append('      <p class="ItemDocs"><a href="#" class="pdf">'
                           f'{esc(label)}</a> <span class="docsize">PDF {size}</span></p>')
    if open_item:
        out.append("    </div>")
    return "\n".join(out)


ATTENDANCE = [
    ("Panel members", [
        ("Councillor Maddy Tregear", "Chair", "Present"),
        ("Councillor Owen Blanchflower", "Vice-Chair", "Present"),
        ("Councillor Priya Ashdown", "Member", "Present"),
        ("Councillor Fiona Burchell", "Member", "Apologies"),
        ("Councillor Lindsay Carrow", "Member", "Present"),
        ("Councillor Desmond Ofori", "Member", "Present"),
        ("Councillor Alan Pengelly", "Member", "Apologies"),
        ("Councillor Ruth Scammell", "Member", "Present"),
        ("Councillor Graham Vellacott", "Member", "Present"),
    ]),
    ("Substitutes", [
        ("Councillor Tom Hext", "Substitute for Councillor Fiona Burchell", "Present"),
    ]),
    ("Co-opted members (non-voting)", [
        ("Carol Stanbury", "Co-opted Member", "Present"),
        ("Martin Eyles", "Co-opted Member", "Present"),
    ]),
    ("Others in attendance", [
        ("Councillor Jill Marchant", "Cabinet Member for Adult Services", "In attendance"),
        ("Councillor Ravi Doshi", "Cabinet Member for Public Health and Prevention",
         "In attendance"),
        ("Lorna Caddick", "Director of Place, TSW ICB", "In attendance"),
        ("Neil Arscott", "Associate Director of Primary Care, TSW ICB", "In attendance"),
    ]),
    ("Officers", [
        ("Sarah Lovejoy", "Director of Adult Social Care", "In attendance"),
        ("Dr Anita Rowcliffe", "Director of Public Health", "In attendance"),
        ("Kieran Hollis", "Assistant Director, Commissioning and Transformation",
         "In attendance"),
        ("Bethan Marsh", "Consultant in Public Health", "In attendance"),
        ("Jack Yeoman", "Democratic Services Officer", "In attendance"),
    ]),
]


def render_attendance() -> str:
    out = []
    for heading, rows in ATTENDANCE:
        out.append(f'        <h4 class="AttendanceGroup">{esc(heading)}</h4>')
        out.append('        <ul class="AttendanceList">')
        for name, role, status in rows:
            out.append(f'          <li><span class="AttName">{esc(name)}</span>, '
                       f'<span class="AttRole">{esc(role)}</span> '
                       f'<span class="AttStatus">&ndash; {esc(status)}</span></li>')
        out.append("        </ul>")
    return "\n".join(out)


PAGE_TOP = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Meeting of Adults, Health and Wellbeing Policy Development and Scrutiny Panel, Monday 10 March 2025 10.00 am | Thermbury and North East Mendsey Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/cmis5/Portals/_default/Skins/TNEM/skin.css">
<style>
  body { font-family: Arial, Helvetica, sans-serif; font-size: 15px; color: #222; margin: 0; }
  #dnn_Header { background: #1d3f5e; color: #fff; padding: 10px 24px; }
  #dnn_TopMenu ul { list-style: none; margin: 0; padding: 0 24px; background: #2d5b82; }
  #dnn_TopMenu li { display: inline-block; padding: 8px 12px; }
  #dnn_TopMenu a { color: #fff; text-decoration: none; }
  .Breadcrumb { padding: 8px 24px; font-size: 13px; }
  #dnn_ContentPane { padding: 0 24px 24px 24px; }
  .CMISTabs li { display: inline-block; border: 1px solid #aaa; padding: 4px 10px; }
  .CMISTabs li.selected { background: #e6eef5; font-weight: bold; }
  .CMISItemHeader td.ItemNumber { width: 3em; vertical-align: top; font-weight: bold; }
  .CMISItemHeader h3 { font-size: 15px; margin: 0; }
  .ItemDocs { font-size: 13px; margin: 2px 0 8px 3em; }
  .mintitle { text-align: center; margin: 4px 0; }
  #dnn_Footer { border-top: 3px solid #1d3f5e; padding: 12px 24px; font-size: 13px; }
</style>
</head>
<body>
<form method="post" action="/cmis5/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/4127/Committee/19/Default.aspx" id="Form">
<a class="skip" href="#dnn_ContentPane">Skip to main content</a>
<div id="dnn_Header">
  <a href="/cmis5/" title="Thermbury and North East Mendsey Council"><img src="/cmis5/Portals/0/tnem-logo.png" alt="Thermbury and North East Mendsey Council logo"></a>
  <span class="SiteName">Councillors, Committees and Decisions</span>
  <div class="UserLinks"><a href="#">Log in</a> | <a href="#">Accessibility</a> | <a href="#">Text size</a></div>
</div>
<div id="dnn_TopMenu">
  <ul>
    <li><a href="/cmis5/">Home</a></li>
    <li><a href="/cmis5/Councillors.aspx">Councillors</a></li>
    <li><a href="/cmis5/Committees.aspx">Committees</a></li>
    <li><a href="/cmis5/Meetings.aspx">Meetings</a></li>
    <li><a href="/cmis5/Calendar.aspx">Calendar</a></li>
    <li><a href="/cmis5/Decisions.aspx">Decisions</a></li>
    <li><a href="/cmis5/ForwardPlan.aspx">Forward Plan</a></li>
    <li><a href="/cmis5/Documents.aspx">Search Documents</a></li>
    <li><a href="/cmis5/Subscribe.aspx">Subscribe</a></li>
  </ul>
</div>
<div class="Breadcrumb">You are here: <a href="/cmis5/">Home</a> &gt; <a href="/cmis5/Committees.aspx">Committees</a> &gt; <a href="#">Adults, Health and Wellbeing Policy Development and Scrutiny Panel</a> &gt; Meeting 10/03/2025</div>
<div id="dnn_ContentPane">
  <div class="CMISMeetingHeader">
    <h1>Meeting of Adults, Health and Wellbeing Policy Development and Scrutiny Panel</h1>
    <table class="MeetingDetails" role="presentation">
      <tr><th scope="row">Date:</th><td>Monday 10 March 2025</td></tr>
      <tr><th scope="row">Time:</th><td>10.00 am</td></tr>
      <tr><th scope="row">Venue:</th><td>Brightwell Room - Guildhall, Thermbury</td></tr>
      <tr><th scope="row">Contact:</th><td>Jack Yeoman, Democratic Services Officer. Tel: 01632 960418. Email: democratic_services@thermbury-nem.gov.uk</td></tr>
      <tr><th scope="row">Status:</th><td>Minutes published</td></tr>
    </table>
  </div>
  <ul class="CMISTabs">
    <li><a href="#">Meeting Details</a></li>
    <li><a href="#">Agenda</a></li>
    <li class="selected"><a href="#">Minutes</a></li>
    <li><a href="#">Documents</a></li>
    <li><a href="#">Attendance</a></li>
  </ul>
  <div class="CMISPanel" id="Attendance">
    <h2>Attendance</h2>
"""

PAGE_MIDDLE = """  </div>
  <div class="CMISPanel" id="Documents">
    <h2>Documents</h2>
    <ul class="DocumentList">
      <li><a href="#">Agenda frontsheet 10th-Mar-2025 10.00 Adults Health and Wellbeing Policy Development and Scrutiny Panel</a> PDF 167 KB</li>
      <li><a href="#">Agenda reports pack</a> PDF 4 MB</li>
      <li><a href="#">Printed minutes 10th-Mar-2025 10.00 Adults Health and Wellbeing Policy Development and Scrutiny Panel</a> PDF 318 KB</li>
    </ul>
  </div>
  <div class="CMISPanel" id="Minutes">
    <h2>Minutes</h2>
    <p class="MinutesNote">These minutes were confirmed at the meeting of the Panel held on 12th May 2025.</p>
    <div class="MinutesBody">
"""

PAGE_BOTTOM = """    </div>
  </div>
  <p class="PrintLink"><a href="#">Print this page</a> | <a href="#">Back to meetings</a> | <a href="#">Add meeting to calendar</a></p>
</div>
<div id="dnn_Footer">
  <ul class="FooterLinks">
    <li><a href="#">Contact the Council</a></li>
    <li><a href="#">Privacy notice</a></li>
    <li><a href="#">Cookies</a></li>
    <li><a href="#">Accessibility statement</a></li>
    <li><a href="#">Webcasts</a></li>
  </ul>
  <p>&copy; Thermbury and North East Mendsey Council, Guildhall, High Street, Thermbury TH1 5AW</p>
</div>
</form>
</body>
</html>
"""


def minutes_html() -> str:
    return (PAGE_TOP + render_attendance() + "\n" + PAGE_MIDDLE
            + render_blocks(PREAMBLE) + "\n" + render_blocks(ITEMS) + "\n"
            + render_blocks(FOOT) + "\n" + PAGE_BOTTOM)


# ---------------------------------------------------------------------------
# The paper that is not minutes: a public health briefing note for members (.docx)
# ---------------------------------------------------------------------------

def build_briefing(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    for name in ("Heading 1", "Heading 2"):
        hs = doc.styles[name]
        hs.font.name = "Arial"
        hs.font.color.rgb = RGBColor(0x1D, 0x3F, 0x5E)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Thermbury and North East Mendsey Council")
    r.bold = True
    r.font.size = Pt(12)
    p = doc.add_paragraph()
    r = p.add_run("Members' Briefing Note")
    r.bold = True
    r.font.size = Pt(18)

    table = doc.add_table(rows=6, cols=2)
    table.style = "Table Grid"
    for row, (a, b) in zip(table.rows, (
        ("To:", "Members of the Adults, Health and Wellbeing Policy Development and "
                "Scrutiny Panel; all ward councillors for information"),
        ("From:", "Dr Anita Rowcliffe, Director of Public Health"),
        ("Date:", "24th February 2025"),
        ("Subject:", "Childhood immunisations - uptake, measles and the local response"),
        ("Contact:", "Bethan Marsh, Consultant in Public Health, 01632 960455"),
        ("Status:", "For information - this note is not for decision"),
    )):
        row.cells[0].text = a
        row.cells[1].text = b
        for par in row.cells[0].paragraphs:
            for run in par.runs:
                run.bold = True

    def h(text: str) -> None:
        doc.add_heading(text, level=1)

    def para(text: str) -> None:
        doc.add_paragraph(text)

    def bullets(items) -> None:
        for it in items:
            doc.add_paragraph(it, style="List Bullet")

    h("1. Purpose of this note")
    para("1.1 This note updates councillors on the uptake of routine childhood immunisations "
         "in Thermbury and North East Mendsey, following the national increase in measles "
         "cases during 2024 and the questions raised by members at the Panel's meeting on "
         "20th January 2025. It is provided for information and does not ask members to "
         "make a decision.")
    para("1.2 Commissioning of the national immunisation programme is the responsibility of "
         "NHS England, with vaccinations given mainly by GP practices and the school-aged "
         "immunisation service. The Council's role, through the Director of Public Health, "
         "is to provide independent scrutiny and challenge of the arrangements and to help "
         "promote uptake among local communities.")

    h("2. Background")
    para("2.1 Measles is one of the most infectious diseases known. It can cause serious "
         "complications, including pneumonia and encephalitis, and is most dangerous for "
         "babies, pregnant women and people with weakened immune systems. Two doses of the "
         "MMR vaccine give around 99% protection.")
    para("2.2 Nationally, there were more than 2,900 laboratory-confirmed measles cases in "
         "England in 2024, the highest annual total for over a decade. The UK Health "
         "Security Agency declared a national incident in January 2024 and has asked local "
         "areas to take action to raise MMR uptake, particularly in communities where "
         "uptake is lowest.")
    para("2.3 Six cases of measles were confirmed in the district during 2024, all linked to "
         "a single outbreak in the autumn. No cases have been confirmed so far in 2025.")

    h("3. Current position")
    para("3.1 The table below shows the most recent published quarterly figures (October "
         "to December 2024) for the district, the ICB area and England. The national "
         "target for each of these measures is 95%.")
    t = doc.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    for row, cells in zip(t.rows, (
        ("Measure", "Thermbury and NE Mendsey", "TSW ICB area", "England"),
        ("6-in-1 vaccine, 3 doses by 12 months", "93.1%", "92.6%", "91.2%"),
        ("MMR first dose by 24 months", "90.4%", "90.9%", "88.9%"),
        ("MMR first dose by 5 years", "93.2%", "93.5%", "92.0%"),
        ("MMR two doses by 5 years", "86.7%", "87.8%", "83.9%"),
    )):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    para("3.2 Uptake in the district is above the England average but below the 95% "
         "needed for herd immunity on every measure. The second dose of MMR remains the "
         "greatest gap: around one child in seven starts school without full protection.")
    para("3.3 Uptake varies considerably between areas. It is lowest in parts of central "
         "Thermbury and in Westbarrow ward, where the MMR two-dose figure at five years "
         "is below 80%, and highest in the rural villages south of Marksbourne. Lower uptake "
         "is associated with higher deprivation, with families who move home frequently and "
         "with some Gypsy, Roma and Traveller and recently arrived communities.")

    h("4. What is being done locally")
    para("4.1 The Local Immunisation Group, chaired by the Consultant in Public Health, "
         "brings together the Council, the ICB, the NHS England screening and immunisation "
         "team, GP practices and the school-aged immunisation service. Since the autumn "
         "outbreak the group has:")
    bullets([
        "written to the families of 1,430 children identified from GP records as having "
        "missed one or both doses of MMR, offering catch-up appointments;",
        "supported three GP practices with the lowest uptake to run Saturday clinics, "
        "which gave 212 doses between November and January;",
        "worked with the family hubs and health visitors to check immunisation status at "
        "the one-year and two-year reviews;",
        "commissioned a community outreach worker, through the Council's public health "
        "grant, to work with Traveller sites and with families who have recently arrived "
        "in the district;",
        "produced leaflets and short films in eight community languages, shared through "
        "schools, mosques, churches and community groups.",
    ])
    para("4.2 From January 2025 the NHS has also offered MMR catch-up to young adults aged "
         "up to 25 through GP practices, and the university health centre has run two "
         "clinics for students.")

    h("5. You asked, we said")
    para("5.1 At the Panel's meeting on 20th January 2025 members asked a number of "
         "questions which officers undertook to answer in writing. These are summarised "
         "below.")
    qa = doc.add_table(rows=4, cols=2)
    qa.style = "Table Grid"
    for row, (a, b) in zip(qa.rows, (
        ("You asked", "We said"),
        ("Why is MMR uptake lower in Westbarrow than in neighbouring wards?",
         "Westbarrow has a younger population, more families living in privately rented "
         "homes and a higher turnover of GP registrations. Reminder letters often go to "
         "old addresses. We are working with the practices concerned to check contact "
         "details at every appointment."),
        ("Can the Council see immunisation figures for each GP practice?",
         "Practice-level figures are published quarterly by the NHS. We have shared the "
         "latest figures with the ICB and will include a summary by primary care network "
         "in the annual report of the Director of Public Health."),
        ("Are children being excluded from school because they are not vaccinated?",
         "No. Vaccination is not compulsory in England and children cannot be excluded "
         "from school because they have not been immunised. If a case of measles occurs, "
         "unvaccinated contacts may be advised to stay away for a period on the advice of "
         "the health protection team."),
    )):
        row.cells[0].text = a
        row.cells[1].text = b

    h("6. Risks and next steps")
    para("6.1 The main risk is a further outbreak, particularly in schools and early years "
         "settings with low uptake. The health protection team and the Council have an "
         "agreed outbreak plan, which was tested in the autumn and worked well.")
    para("6.2 Over the next six months the Local Immunisation Group will focus on the second "
         "dose of MMR before school entry, on improving the accuracy of GP records and on "
         "reaching families who are not registered with a GP. A further update will be "
         "included in the Director of Public Health's annual report in the autumn.")

    h("7. Questions members may wish to consider")
    para("7.1 Members may find the following questions helpful when discussing immunisation "
         "with partners or with residents in their wards:")
    bullets([
        "How confident are we that GP records of children's immunisations are accurate "
        "and up to date?",
        "What more could schools and family hubs do to encourage parents to take up the "
        "second dose of MMR?",
        "Are there communities in my ward who find it harder to get to a GP practice for "
        "vaccination, and would an outreach clinic help?",
        "How will changes to the ICB's structure affect local work on immunisation?",
    ])
    para("7.2 Councillors who would like to arrange a briefing for a community group in "
         "their ward are asked to contact the public health team.")

    p = doc.add_paragraph()
    p.add_run("Dr Anita Rowcliffe").bold = True
    doc.add_paragraph("Director of Public Health")

    section = doc.sections[0]
    footer = section.footer.paragraphs[0]
    footer.text = "Members' Briefing Note - Childhood immunisations - February 2025"

    cp = doc.core_properties
    cp.author = "Bethan Marsh"
    cp.last_modified_by = "Bethan Marsh"
    cp.title = "Members' Briefing Note - Childhood immunisations"
    cp.revision = 4
    cp.comments = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED

    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info_ in src.infolist():
            zi = zipfile.ZipInfo(info_.filename, date_time=(2025, 2, 24, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info_.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def res(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}



MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": PANEL,
    "meeting_date": "2025-03-10",
    "items": [
        {"number": "71", "title": "WELCOME AND INTRODUCTIONS"},
        {"number": "72", "title": "EMERGENCY EVACUATION PROCEDURE"},
        {"number": "73", "title": "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"},
        {"number": "74", "title": "DECLARATIONS OF INTEREST"},
        {"number": "75", "title": "TO ANNOUNCE ANY URGENT BUSINESS AGREED BY THE CHAIR"},
        {"number": "76", "title": "ITEMS FROM THE PUBLIC OR COUNCILLORS - TO RECEIVE "
                                  "DEPUTATIONS, STATEMENTS, PETITIONS OR QUESTIONS RELATING "
                                  "TO THE BUSINESS OF THIS MEETING"},
        {"number": "77", "title": "MINUTES: 20TH JANUARY 2025"},
        {"number": "78", "title": "CABINET MEMBER UPDATE"},
        {"number": "79", "title": "THERMBURY AND NORTH EAST MENDSEY, SELCOMBE AND WESSDOWN "
                                  "INTEGRATED CARE BOARD (TSW ICB) UPDATE"},
        {"number": "80", "title": "COMMUNITY SERVICES - RE-PROCUREMENT OF COMMUNITY HEALTH "
                                  "AND CARE SERVICES"},
        {"number": "81", "title": "VAPING AMONGST CHILDREN AND YOUNG PEOPLE"},
        {"number": "82", "title": "PANEL WORKPLAN"},
    ],
    "questions": [
        # 76 public statement and a councillor's question to the speaker
        q("76", "concern",
          "had found out about the re-procurement from the local newspaper",
          "Mr Annear", None, None, ["patient-and-public-input", "subcontracting"]),
        q("76", "request",
          "asked that the Panel seek a firm assurance that the inpatient beds",
          "Mr Annear", None, None, ["subcontracting"]),
        q("76", "question",
          "asked Mr Annear whether the League of Friends had been invited",
          "Councillor Graham Vellacott",
          "had been sent a link to an online survey but had not been invited",
          "Mr Annear", ["patient-and-public-input"]),
        # 78 cabinet member update
        q("78", "question",
          "prepare for the increase in employers' National Insurance contributions from April",
          "Councillor Desmond Ofori",
          "the fee uplift for 2025/26 had been set with the increase in mind",
          "Councillor Marchant", ["finance", "adult-social-care"]),
        q("78", "question",
          "asked if the Cabinet Member could give any indication of when the CQC report",
          "Councillor Priya Ashdown",
          "she expected the report to be published in May and would be happy",
          "Councillor Marchant", ["governance"]),
        q("78", "comment",
          "commented that he welcomed the fall in the number of people waiting for home care",
          "Martin Eyles",
          "four additional respite beds had been secured at Fernbrook House",
          "Sarah Lovejoy", ["adult-social-care"]),
        # 79 ICB update
        q("79", "question",
          "waiting to be seen by an NHS dentist and whether the ICB kept",
          "Councillor Owen Blanchflower",
          "there was no central waiting list for NHS dentistry",
          "Neil Arscott", ["primary-care"]),
        q("79", "concern",
          "concerned that children in the more deprived parts of the district were not being seen",
          "Councillor Lindsay Carrow",
          "the Smile Ready scheme had offered 1,180 appointments since September",
          "Neil Arscott", ["primary-care", "children-and-families"]),
        q("79", "question",
          "asked whether the reduction in the ICB's running costs would affect the staff",
          "Carol Stanbury",
          "consultation with ICB staff had not yet begun",
          "Lorna Caddick", ["workforce", "finance"]),
        q("79", "question",
          "asked why patients from the Hensmoor Vale area were being referred",
          "Councillor Tom Hext",
          "patients were offered a choice of the providers with the shortest waits",
          "Lorna Caddick", []),
        q("79", "comment",
          "residents in the villages were still telling him about waits of several hours",
          "Councillor Desmond Ofori", None, None, []),
        q("79", "request",
          "asked that future updates include a breakdown of waiting times by specialty",
          "Councillor Priya Ashdown",
          "she would be happy to provide this from the next update",
          "Lorna Caddick", []),
        # 80 community services re-procurement
        q("80", "question",
          "asked why the engagement workshops had not been more widely publicised",
          "Councillor Graham Vellacott",
          "he accepted that more could have been done to reach groups",
          "Kieran Hollis", ["patient-and-public-input"]),
        q("80", "question",
          "were subcontracted to other organisations, and what would happen to those subcontracts",
          "Councillor Ruth Scammell",
          "Corvane subcontracted 11 services, including the wheelchair service",
          "Director of Adult Social Care", ["subcontracting"]),
        q("80", "concern",
          "concerned that a private company had been making a profit from these services",
          "Councillor Owen Blanchflower",
          "the Council estimated the margin at around 3% a year",
          "Director of Adult Social Care", ["privatisation", "subcontracting"]),
        q("80", "question",
          "what assurance could be given to staff currently employed by Corvane",
          "Councillor Lindsay Carrow",
          "staff would transfer under TUPE to whichever organisation delivered their service",
          "Kieran Hollis", ["workforce", "subcontracting"]),
        q("80", "question",
          "queried whether the Council had the capacity to take reablement back in-house",
          "Councillor Priya Ashdown",
          "recognised as one of the main risks of Option 3",
          "Sarah Lovejoy", ["workforce", "adult-social-care", "privatisation"]),
        q("80", "request",
          "asked if the Panel could see the detailed financial modelling for each option",
          "Carol Stanbury",
          "a summary could be shared with Panel members on a confidential basis",
          "Director of Adult Social Care", ["finance"]),
        # 81 vaping
        q("81", "question",
          "asked whether the Council had taken any prosecutions against shops",
          "Councillor Tom Hext",
          "trading standards had issued 19 written warnings in 2024",
          "Bethan Marsh", ["public-health", "children-and-families"]),
        q("81", "concern",
          "concerned about the number of vape shops opening in the district's high streets",
          "Councillor Ruth Scammell",
          "vape shops did not currently need a licence",
          "Dr Anita Rowcliffe", ["public-health"]),
        q("81", "question",
          "asked if there was any evidence that young people who vaped went on",
          "Martin Eyles",
          "the evidence was still developing and that the Council's message",
          "Dr Rowcliffe", ["public-health", "children-and-families"]),
        q("81", "comment",
          "vapes were easy to buy through social media and delivered to the door",
          "Councillor Priya Ashdown", None, None,
          ["public-health", "children-and-families"]),
        q("81", "request",
          "asked that the Panel be provided with the results of the test purchasing",
          "Chair",
          "she would arrange for the results to be circulated",
          "Bethan Marsh", ["public-health"]),
        # 82 workplan
        q("82", "request",
          "asked that an item on mental health support for older people",
          "Councillor Lindsay Carrow", None, None, ["mental-health", "adult-social-care"]),
    ],
    "resolutions": [
        res("77", "The Panel confirmed the minutes of the previous meeting as a true record",
            "agreed", []),
        res("79", "Ask the Chair to write on behalf of the Panel to NHS England",
            "agreed", ["primary-care"]),
        res("80", "all of the adult social care services currently provided under the Corvane contract",
            "rejected", ["privatisation", "subcontracting", "adult-social-care"]),
        res("80", "Note the report and the outcome of the first phase of engagement",
            "agreed", ["patient-and-public-input"]),
        res("81", "Recommend to the Cabinet that funding for trading standards enforcement",
            "recommended", ["public-health", "finance"]),
        res("82", "RESOLVED to note the workplan, with the addition of an item",
            "agreed", ["mental-health"]),
        res("82", "consideration of the Carers' Strategy refresh be deferred to its meeting",
            "deferred", ["adult-social-care"]),
    ],
    "attendees": [
        att("Councillor Maddy Tregear", "Chair", "present"),
        att("Councillor Owen Blanchflower", "Vice-Chair", "present"),
        att("Councillor Priya Ashdown", "Member", "present"),
        att("Councillor Fiona Burchell", "Member", "apologies"),
        att("Councillor Lindsay Carrow", "Member", "present"),
        att("Councillor Desmond Ofori", "Member", "present"),
        att("Councillor Alan Pengelly", "Member", "apologies"),
        att("Councillor Ruth Scammell", "Member", "present"),
        att("Councillor Graham Vellacott", "Member", "present"),
        att("Councillor Tom Hext", "Substitute for Councillor Fiona Burchell", "present"),
        att("Carol Stanbury", "Co-opted Member", "present"),
        att("Martin Eyles", "Co-opted Member", "present"),
        att("Councillor Jill Marchant", "Cabinet Member for Adult Services", "in_attendance"),
        att("Councillor Ravi Doshi", "Cabinet Member for Public Health and Prevention",
            "in_attendance"),
        att("Lorna Caddick", "Director of Place, TSW ICB", "in_attendance"),
        att("Neil Arscott", "Associate Director of Primary Care, TSW ICB", "in_attendance"),
        att("Sarah Lovejoy", "Director of Adult Social Care", "in_attendance"),
        att("Dr Anita Rowcliffe", "Director of Public Health", "in_attendance"),
        att("Kieran Hollis", "Assistant Director, Commissioning and Transformation",
            "in_attendance"),
        att("Bethan Marsh", "Consultant in Public Health", "in_attendance"),
        att("Jack Yeoman", "Democratic Services Officer", "in_attendance"),
    ],
}

BRIEFING_GOLD = {"document": BRIEFING_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_bytes(minutes_html().encode("utf-8"))
    build_briefing(DOCS / BRIEFING_NAME)
    for gold in (MINUTES_GOLD, BRIEFING_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def extract(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".txt":
        return path.read_text(encoding="utf-8")
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    raise ValueError(path)


def norm_delete(s: str) -> str:
    s = re.sub(r"[^\w\s]", "", s.lower())
    return " ".join(s.split())


def norm_space(s: str) -> str:
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return " ".join(s.split())


def count(phrase: str, text: str, norm) -> int:
    p, t = norm(phrase), norm(text)
    return len(re.findall(r"(?<!\w)" + re.escape(p) + r"(?!\w)", t))


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("qd-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            problems += 1
            continue
        text = extract(doc)
        if gold["doc_type"] != "minutes":
            print(f"ok   {doc.name}: {gold['doc_type']}, {len(text.split())} words")
            continue
        phrases = []
        for row in gold["questions"]:
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in gold["resolutions"]:
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            words = len(norm_delete(phrase).split())
            for norm in (norm_delete, norm_space):
                n = count(phrase, text, norm)
                if n != 1:
                    print(f"FAIL {doc.name}: {kind} found {n} times ({norm.__name__}): {phrase!r}")
                    problems += 1
            if not 6 <= words <= 15:
                print(f"FAIL {doc.name}: {kind} has {words} words: {phrase!r}")
                problems += 1
        answers = sum(1 for r in gold["questions"] if r["answer"])
        print(f"ok   {doc.name}: {len(phrases)} phrases checked, {len(text.split())} words, "
              f"{len(gold['items'])} items, {len(gold['questions'])} questions "
              f"({answers} answered), {len(gold['resolutions'])} resolutions, "
              f"{len(gold['attendees'])} attendees")
    if problems:
        print(f"{problems} problem(s)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / BRIEFING_NAME}\ngold in {GOLD}")
