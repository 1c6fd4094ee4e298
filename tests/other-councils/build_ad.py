#!/usr/bin/env python3
"""Build the "ad-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ad.py          build documents and gold
        build_ad.py --check  verify every gold phrase occurs verbatim and uniquely
All people, councils, places and figures are invented.
"""
import datetime
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

# ---------------------------------------------------------------------------
# 1. HTML minutes: <section> per item, <h2 id="item-N">, Question:/<em> answers,
#    attendance in one <p> with <br>s, decisions in <aside class="decision">.
# ---------------------------------------------------------------------------
DOC1 = "ad-kestermoor-hasc-minutes-2025-03-12.html"

DOC1_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Minutes &ndash; Health and Adult Social Care Scrutiny Committee &ndash; 12 March 2025 | Kestermoor Borough Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/kbc-main.min.css?v=4.2.1">
<style>
 aside.decision { border-left: 6px solid #0b6e4f; background: #eef7f2; padding: .5em 1em; margin: 1em 0; }
 section.minute-item { border-bottom: 1px solid #ccc; padding-bottom: 1em; }
 .skip-link { position: absolute; left: -999px; }
</style>
</head>
<body class="page-template-minutes">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
 <a href="/" class="logo"><img src="/assets/img/kbc-logo.svg" alt="Kestermoor Borough Council"></a>
 <nav aria-label="Main"><ul>
  <li><a href="/bins-and-recycling">Bins and recycling</a></li>
  <li><a href="/council-tax">Council tax</a></li>
  <li><a href="/your-council">Your council</a></li>
  <li><a href="/contact">Contact us</a></li>
 </ul></nav>
 <form class="search" action="/search"><label for="q">Search</label><input id="q" name="q"></form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
 <li><a href="/">Home</a></li>
 <li><a href="/your-council">Your council</a></li>
 <li><a href="/your-council/meetings">Meetings, agendas and minutes</a></li>
 <li aria-current="page">Health and Adult Social Care Scrutiny Committee &ndash; 12 March 2025</li>
</ol></nav>
<main id="main">
<article class="minutes">
<h1>Health and Adult Social Care Scrutiny Committee<br><small>Minutes &ndash; Wednesday 12 March 2025, 6.30pm</small></h1>
<p class="meta">Venue: Council Chamber, Kestermoor Town Hall, Market Street, Kestermoor KM1 2TH<br>
Status: <strong>Draft</strong> &ndash; to be confirmed at the next meeting of the Committee</p>

<p class="attendance"><strong>Present:</strong><br>
Councillor Margaret Ellery (Chair)<br>
Councillor Dev Sandhu (Vice-Chair)<br>
Councillors P. Okafor, J. Whitlock, R. Baines and S. Marr<br>
Councillor K. Moss (substitute for Councillor T. Renshaw)<br>
<strong>Apologies:</strong> Councillor T. Renshaw<br>
<strong>Also in attendance:</strong><br>
Dr Helen Castell &ndash; Director of Public Health<br>
Mark Ostrander &ndash; Assistant Director of Adult Social Care Commissioning and Market Management<br>
Priya Nandra &ndash; Associate Director of Primary Care, Kestermoor and Vale Integrated Care Board<br>
Lena Ford &ndash; Scrutiny and Democratic Services Officer</p>

<nav class="toc" aria-label="Items on this page"><h2 class="visually-hidden">Contents</h2><ul>
 <li><a href="#item-1">Item 1: Apologies and Substitutes</a></li>
 <li><a href="#item-2">Item 2: Declarations of Interest</a></li>
 <li><a href="#item-3">Item 3: Minutes of the Previous Meeting</a></li>
 <li><a href="#item-4">Item 4: Home Care Recommissioning &ndash; Outcome of Procurement</a></li>
 <li><a href="#item-5">Item 5: Access to GP Appointments and Primary Care</a></li>
 <li><a href="#item-6">Item 6: Public Health Grant 2025/26 and the Stop Smoking Service</a></li>
 <li><a href="#item-7">Item 7: Work Programme 2025/26</a></li>
 <li><a href="#item-8">Item 8: Date of Next Meeting</a></li>
</ul></nav>

<section class="minute-item" aria-labelledby="item-1">
<h2 id="item-1">Item 1: Apologies and Substitutes</h2>
<p>Apologies for absence were received from Councillor Renshaw. Councillor Moss attended as substitute.</p>
</section>

<section class="minute-item" aria-labelledby="item-2">
<h2 id="item-2">Item 2: Declarations of Interest</h2>
<p>Councillor Baines declared a non-pecuniary interest in Item 4 as her daughter is employed by one of the home care providers named in the report. She remained in the meeting and took part in the discussion.</p>
</section>

<section class="minute-item" aria-labelledby="item-3">
<h2 id="item-3">Item 3: Minutes of the Previous Meeting</h2>
<aside class="decision">
<p><strong>RESOLVED:</strong> That the minutes of the meeting held on 22 January 2025 be confirmed as a correct record and signed by the Chair.</p>
</aside>
</section>

<section class="minute-item" aria-labelledby="item-4">
<h2 id="item-4">Item 4: Home Care Recommissioning &ndash; Outcome of Procurement</h2>
<p>Mark Ostrander, Assistant Director of Adult Social Care Commissioning and Market Management, introduced the report, which set out the outcome of the procurement of the new home care framework that would replace the current zoned contracts from 1 April 2025. Eleven providers had been appointed following a competitive process in which quality had been weighted at 60 per cent and price at 40 per cent. Around 1,450 people currently received home care commissioned by the Council.</p>
<p><strong>Question:</strong> Councillor Whitlock asked how many of the providers appointed to the framework were owned by national for-profit groups. <em>Mr Ostrander said that seven of the eleven providers belonged to national or regional groups and four were local independent businesses; the Council had no in-house home care service against which to compare them.</em></p>
<p><strong>Question:</strong> Councillor Okafor expressed concern that care workers on the previous contracts had not been paid for travel time between visits, and asked whether the new rates would guarantee this. <em>The Assistant Director confirmed that the hourly rate of &pound;24.60 included a funded element for travel time, and that providers would be required to evidence payment of at least the Real Living Wage.</em></p>
<p><strong>Question:</strong> Councillor Marr requested that future reports show the number of care packages handed back by providers each month. <em>This was agreed and would be included in the quarterly performance dashboard.</em> The Chair added that hand-backs had been a particular problem in the rural north of the borough over the winter.</p>
<aside class="decision">
<p><strong>RESOLVED:</strong> That the Committee</p>
<ol>
 <li>notes the outcome of the home care procurement and the new framework arrangements; and</li>
 <li>requests a contract monitoring report on the new framework for its September 2025 meeting.</li>
</ol>
</aside>
</section>

<section class="minute-item" aria-labelledby="item-5">
<h2 id="item-5">Item 5: Access to GP Appointments and Primary Care</h2>
<p>Priya Nandra, Associate Director of Primary Care at Kestermoor and Vale Integrated Care Board, gave a presentation on access to general practice. She reported that 71 per cent of patients were seen within two weeks of booking, against a national figure of 81 per cent, and that the online consultation system had now been rolled out to all 24 practices in the borough.</p>
<p><strong>Question:</strong> Councillor Sandhu asked why practices in Kestermoor had recruited fewer staff under the Additional Roles Reimbursement Scheme than neighbouring areas. <em>Ms Nandra explained that several primary care networks had struggled to find space to house the new clinical pharmacists and physiotherapists, and that an estates bid had been submitted.</em> <strong>Question:</strong> Councillor Moss raised concerns about the proposed closure of the Lydgate branch surgery and the lack of public transport to the main site at Holm Lane. <em>Ms Nandra said that no decision had yet been taken and that the practice would be required to carry out a patient engagement exercise before any application to the ICB.</em></p>
<p><strong>Question:</strong> Councillor Baines asked what was being done about access to NHS dentistry for children, given that the nearest practice accepting new child patients was in Castleford Vale.</p>
<aside class="decision">
<p><strong>RESOLVED:</strong> That the update on access to GP appointments and primary care be noted.</p>
</aside>
</section>

<section class="minute-item" aria-labelledby="item-6">
<h2 id="item-6">Item 6: Public Health Grant 2025/26 and the Stop Smoking Service</h2>
<p>Dr Helen Castell, Director of Public Health, introduced the report. The public health grant for 2025/26 was &pound;14.2 million, an increase of 2.1 per cent in cash terms. The contract for the specialist stop smoking service with Breathe Well CIC would expire at the end of September 2025.</p>
<p><strong>Question:</strong> Councillor Okafor asked whether the stop smoking service could be brought back in-house when the current contract expired. <em>Dr Castell said that an in-house option had been appraised but would require TUPE transfer of eighteen staff and new clinical governance arrangements; the recommended option was a twelve-month extension while a joint procurement with Vale County Council was explored.</em></p>
<p><strong>Question:</strong> Councillor Whitlock queried whether the increase in the grant amounted to a real terms cut once the NHS pay award was taken into account. <em>The Director of Public Health confirmed that it did, by approximately &pound;300,000, and that savings would be found from the NHS Health Checks programme.</em></p>
<p><strong>Comment:</strong> Councillor Marr said that the vaping awareness sessions delivered in secondary schools had been well received by pupils and teachers in her ward.</p>
<aside class="decision">
<p><strong>RESOLVED:</strong> That Cabinet be RECOMMENDED to extend the specialist stop smoking service contract with Breathe Well CIC for twelve months from 1 October 2025.</p>
</aside>
</section>

<section class="minute-item" aria-labelledby="item-7">
<h2 id="item-7">Item 7: Work Programme 2025/26</h2>
<p>Lena Ford, Scrutiny and Democratic Services Officer, presented the draft work programme for the coming municipal year.</p>
<p><strong>Question:</strong> Councillor Sandhu requested that waiting times for child and adolescent mental health services be added to the programme. <em>Ms Ford advised that this could be scheduled for the July meeting jointly with the Children and Young People Scrutiny Committee.</em></p>
<aside class="decision">
<p><strong>AGREED:</strong> That the work programme for 2025/26 be approved with the addition of an item on CAMHS waiting times.</p>
</aside>
</section>

<section class="minute-item" aria-labelledby="item-8">
<h2 id="item-8">Item 8: Date of Next Meeting</h2>
<p>The next meeting will be held on Wednesday 14 May 2025 at 6.30pm in the Council Chamber.</p>
<p class="closing">The meeting closed at 8.47pm.</p>
</section>

<p class="back"><a href="/your-council/meetings/health-and-adult-social-care-scrutiny-committee">&larr; Back to all meetings of this committee</a></p>
</article>
</main>
<footer class="site-footer">
 <p>&copy; Kestermoor Borough Council 2025 &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookies</a></p>
 <p>Last updated: 19 March 2025</p>
</footer>
</body>
</html>
"""

GOLD1 = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": "Health and Adult Social Care Scrutiny Committee",
    "meeting_date": "2025-03-12",
    "items": [
        {"number": "1", "title": "Apologies and Substitutes"},
        {"number": "2", "title": "Declarations of Interest"},
        {"number": "3", "title": "Minutes of the Previous Meeting"},
        {"number": "4", "title": "Home Care Recommissioning – Outcome of Procurement"},
        {"number": "5", "title": "Access to GP Appointments and Primary Care"},
        {"number": "6", "title": "Public Health Grant 2025/26 and the Stop Smoking Service"},
        {"number": "7", "title": "Work Programme 2025/26"},
        {"number": "8", "title": "Date of Next Meeting"},
    ],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "providers appointed to the framework were owned by national for-profit groups",
         "asked_by": "Councillor Whitlock",
         "answer": "seven of the eleven providers belonged to national or regional groups",
         "given_by": "Mr Ostrander",
         "themes": ["privatisation", "subcontracting", "adult-social-care"]},
        {"item": "4", "kind": "concern",
         "text": "care workers on the previous contracts had not been paid for travel time",
         "asked_by": "Councillor Okafor",
         "answer": "the hourly rate of £24.60 included a funded element for travel time",
         "given_by": "The Assistant Director",
         "themes": ["workforce", "subcontracting", "finance", "adult-social-care"]},
        {"item": "4", "kind": "request",
         "text": "future reports show the number of care packages handed back by providers",
         "asked_by": "Councillor Marr",
         "answer": "This was agreed and would be included in the quarterly performance dashboard",
         "given_by": None,
         "themes": ["adult-social-care", "subcontracting"]},
        {"item": "5", "kind": "question",
         "text": "practices in Kestermoor had recruited fewer staff under the Additional Roles Reimbursement Scheme",
         "asked_by": "Councillor Sandhu",
         "answer": "several primary care networks had struggled to find space to house",
         "given_by": "Ms Nandra",
         "themes": ["primary-care", "workforce"]},
        {"item": "5", "kind": "concern",
         "text": "the proposed closure of the Lydgate branch surgery and the lack of public transport",
         "asked_by": "Councillor Moss",
         "answer": "the practice would be required to carry out a patient engagement exercise",
         "given_by": "Ms Nandra",
         "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "5", "kind": "question",
         "text": "asked what was being done about access to NHS dentistry for children",
         "asked_by": "Councillor Baines",
         "answer": None,
         "given_by": None,
         "themes": ["primary-care", "children-and-families"]},
        {"item": "6", "kind": "question",
         "text": "whether the stop smoking service could be brought back in-house",
         "asked_by": "Councillor Okafor",
         "answer": "an in-house option had been appraised but would require TUPE transfer",
         "given_by": "Dr Castell",
         "themes": ["public-health", "privatisation", "subcontracting"]},
        {"item": "6", "kind": "question",
         "text": "whether the increase in the grant amounted to a real terms cut",
         "asked_by": "Councillor Whitlock",
         "answer": "it did, by approximately £300,000, and that savings would be found",
         "given_by": "The Director of Public Health",
         "themes": ["finance", "public-health", "workforce"]},
        {"item": "6", "kind": "comment",
         "text": "vaping awareness sessions delivered in secondary schools had been well received",
         "asked_by": "Councillor Marr",
         "answer": None,
         "given_by": None,
         "themes": ["public-health", "children-and-families"]},
        {"item": "7", "kind": "request",
         "text": "waiting times for child and adolescent mental health services be added",
         "asked_by": "Councillor Sandhu",
         "answer": "this could be scheduled for the July meeting jointly with the Children",
         "given_by": "Ms Ford",
         "themes": ["mental-health", "children-and-families"]},
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes of the meeting held on 22 January 2025 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "notes the outcome of the home care procurement and the new framework arrangements",
         "outcome": "agreed", "themes": ["adult-social-care", "subcontracting"]},
        {"item": "5", "text": "the update on access to GP appointments and primary care be noted",
         "outcome": "noted", "themes": ["primary-care"]},
        {"item": "6", "text": "extend the specialist stop smoking service contract with Breathe Well CIC",
         "outcome": "recommended", "themes": ["public-health", "subcontracting"]},
        {"item": "7", "text": "the work programme for 2025/26 be approved with the addition of an item",
         "outcome": "agreed", "themes": ["mental-health", "children-and-families"]},
    ],
    "attendees": [
        {"name": "Councillor Margaret Ellery", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Dev Sandhu", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor P. Okafor", "role": None, "attendance": "present"},
        {"name": "Councillor J. Whitlock", "role": None, "attendance": "present"},
        {"name": "Councillor R. Baines", "role": None, "attendance": "present"},
        {"name": "Councillor S. Marr", "role": None, "attendance": "present"},
        {"name": "Councillor K. Moss", "role": "substitute for Councillor T. Renshaw", "attendance": "present"},
        {"name": "Councillor T. Renshaw", "role": None, "attendance": "apologies"},
        {"name": "Dr Helen Castell", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Mark Ostrander",
         "role": "Assistant Director of Adult Social Care Commissioning and Market Management",
         "attendance": "in_attendance"},
        {"name": "Priya Nandra",
         "role": "Associate Director of Primary Care, Kestermoor and Vale Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Lena Ford", "role": "Scrutiny and Democratic Services Officer",
         "attendance": "in_attendance"},
    ],
}

# ---------------------------------------------------------------------------
# 2. Plain-text minutes: "ITEM 3 ==> TITLE", points "4/a", answers "   -> ",
#    decisions "DECIDED:"; dotted-leader attendance block; page break with footer.
# ---------------------------------------------------------------------------
DOC2 = "ad-north-wealdham-cyph-panel-minutes-2025-01-21.txt"

DOC2_TEXT = """NORTH WEALDHAM COUNCIL
=====================================================================
CHILDREN, YOUNG PEOPLE AND HOUSING OVERVIEW PANEL

Minutes of the meeting held on Tuesday 21 January 2025 at 7.00 pm
in Committee Room B, Civic Offices, Wealdham Market
=====================================================================

MEMBERS PRESENT
   Cllr Yvonne Tasker ................ (Chair)
   Cllr Hamid Qureshi ................ (Vice-Chair)
   Cllr Bernard Lowe
   Cllr Sian Pryor
   Cllr Colin Attwater
   Cllr Ruth Dembele (substituting for Cllr Neil Fothergill)

APOLOGIES ........ Cllr Neil Fothergill, Cllr Anna Grieve
ABSENT ........... Cllr Toby Marchant

OFFICERS IN ATTENDANCE
   Jacqueline Orme     Director of Children's Services and Education
   Stuart Penhale      Head of Housing Needs and Temporary
                       Accommodation Strategy
   Farah Iqbal         Commissioning Manager, Placements and
                       Sufficiency (Children)
   Owen Blackwood      Democratic Services Officer

---------------------------------------------------------------------
ITEM 1 ==> APOLOGIES AND SUBSTITUTIONS

Apologies were received as recorded above. Cllr Dembele attended as
substitute for Cllr Fothergill.

ITEM 2 ==> DECLARATIONS OF INTEREST

Cllr Pryor declared a personal interest in Item 5 as an approved foster
carer for the Council, and remained in the room for that item.

ITEM 3 ==> MINUTES OF THE MEETING HELD ON 11 NOVEMBER 2024

DECIDED: That the minutes of the meeting held on 11 November 2024 be
confirmed as a correct record and signed by the Chair.

ITEM 4 ==> TEMPORARY ACCOMMODATION - USE OF BED AND BREAKFAST FOR
           FAMILIES

Stuart Penhale (Head of Housing Needs and Temporary Accommodation
Strategy) introduced the report. The number of households in temporary
accommodation had risen to 412, of whom 61 were in bed and breakfast,
and projected spend for 2024/25 was GBP 3.8m against a budget of
GBP 2.1m. Members raised the following:

4/a  Cllr Lowe asked how many families with children had been in bed
     and breakfast for longer than the six-week legal limit.
   -> Mr Penhale said that 23 families were currently over six weeks,
      the longest for eleven weeks, and that each case was reviewed
      weekly by a team manager.

4/b  Cllr Dembele raised concern at the nightly rates charged by private
     providers of emergency accommodation, some of which exceeded GBP 95
     a night.
   -> The Head of Housing Needs said the Council was part of a
      sub-regional agreement capping rates, but providers outside the
      agreement had to be used when it was full.

4/c  Cllr Qureshi requested a ward-by-ward breakdown of households
     placed outside the district.
   -> Officers agreed to circulate this to Panel members before the
      March meeting.

DECIDED: That the Panel RECOMMENDS to Cabinet that the programme to
acquire family-sized homes for use as temporary accommodation be
accelerated, with a report on options to Cabinet in April 2025.

                                                               - 1 -
Chair's initials ..........
\f
North Wealdham Council - CYP&H Overview Panel - 21.01.25

ITEM 5 ==> CHILDREN'S RESIDENTIAL PLACEMENTS AND SUFFICIENCY STRATEGY
           2025-2028

Jacqueline Orme (Director of Children's Services and Education) and
Farah Iqbal presented the draft strategy. There were 38 children in
residential placements, all but three with independent providers, at
an average weekly cost of GBP 6,900.

5/a  Cllr Attwater asked what share of the residential market locally
     was controlled by private equity-backed companies.
   -> Ms Iqbal said that four of the six largest providers used by the
      Council were owned by private equity firms, and that profit
      margins were reported nationally at around 20 per cent.

5/b  The Chair asked whether the Council intended to open its own
     children's homes, as neighbouring authorities had done.
   -> The Director confirmed that two in-house homes of four beds each
      were proposed in the strategy, subject to Cabinet approval of the
      capital bid.

5/c  Cllr Pryor commented that foster carers had not been consulted on
     the proposed changes to the fostering allowances and skills
     payments.
   -> Ms Orme apologised and said a consultation with the Foster
      Carers' Association would begin in February.

5/d  Cllr Lowe asked how reliant the children's social work teams were
     on agency social workers.
   -> The Director said that 27 per cent of posts were filled by agency
      staff, down from 35 per cent a year ago, following the
      introduction of a market supplement.

DECIDED: That the draft Sufficiency Strategy 2025-2028 be endorsed for
public consultation, subject to the comments above.

ITEM 6 ==> HOME TO SCHOOL TRANSPORT (SEND) - CONTRACT EXTENSION

The Director reported that the Cabinet Member had approved, under the
urgency provisions, a twelve-month extension of the contracts with
Fenway Travel Ltd and two other operators, at an additional cost of
GBP 1.2m.

6/a  Cllr Dembele questioned why the extension had not been brought to
     the Panel for pre-decision scrutiny before it was approved.

6/b  Cllr Qureshi asked whether the contracts would be re-tendered and
     when.
   -> The Director said a new procurement, divided into smaller lots to
      encourage local operators to bid, would be launched in the summer.

6/c  Cllr Attwater requested sight of the internal audit report on
     transport eligibility decisions referred to in the report.
   -> The Chair agreed that this should be considered before any view
      was taken.

DECIDED: That consideration of the transport contract extension be
deferred to the March meeting of the Panel, when the internal audit
report would be available.

ITEM 7 ==> WORK PROGRAMME 2025/26

The Panel considered its draft work programme. No points were raised.

DECIDED: That the draft work programme for 2025/26 be noted.

ITEM 8 ==> ANY OTHER BUSINESS

None.

The meeting closed at 9.12 pm.


Chair .................................   Date ....................

                                                               - 2 -
Chair's initials ..........
"""

GOLD2 = {
    "document": DOC2,
    "doc_type": "minutes",
    "committee": "Children, Young People and Housing Overview Panel",
    "meeting_date": "2025-01-21",
    "items": [
        {"number": "1", "title": "APOLOGIES AND SUBSTITUTIONS"},
        {"number": "2", "title": "DECLARATIONS OF INTEREST"},
        {"number": "3", "title": "MINUTES OF THE MEETING HELD ON 11 NOVEMBER 2024"},
        {"number": "4", "title": "TEMPORARY ACCOMMODATION - USE OF BED AND BREAKFAST FOR FAMILIES"},
        {"number": "5", "title": "CHILDREN'S RESIDENTIAL PLACEMENTS AND SUFFICIENCY STRATEGY 2025-2028"},
        {"number": "6", "title": "HOME TO SCHOOL TRANSPORT (SEND) - CONTRACT EXTENSION"},
        {"number": "7", "title": "WORK PROGRAMME 2025/26"},
        {"number": "8", "title": "ANY OTHER BUSINESS"},
    ],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "how many families with children had been in bed and breakfast for longer",
         "asked_by": "Cllr Lowe",
         "answer": "23 families were currently over six weeks, the longest for eleven weeks",
         "given_by": "Mr Penhale",
         "themes": ["housing", "children-and-families"]},
        {"item": "4", "kind": "concern",
         "text": "the nightly rates charged by private providers of emergency accommodation",
         "asked_by": "Cllr Dembele",
         "answer": "the Council was part of a sub-regional agreement capping rates",
         "given_by": "The Head of Housing Needs",
         "themes": ["housing", "finance", "privatisation"]},
        {"item": "4", "kind": "request",
         "text": "a ward-by-ward breakdown of households placed outside the district",
         "asked_by": "Cllr Qureshi",
         "answer": "Officers agreed to circulate this to Panel members before the March meeting",
         "given_by": "Officers",
         "themes": ["housing"]},
        {"item": "5", "kind": "question",
         "text": "the residential market locally was controlled by private equity-backed companies",
         "asked_by": "Cllr Attwater",
         "answer": "four of the six largest providers used by the Council",
         "given_by": "Ms Iqbal",
         "themes": ["privatisation", "children-and-families"]},
        {"item": "5", "kind": "question",
         "text": "whether the Council intended to open its own children's homes",
         "asked_by": "The Chair",
         "answer": "two in-house homes of four beds each were proposed in the strategy",
         "given_by": "The Director",
         "themes": ["children-and-families", "privatisation"]},
        {"item": "5", "kind": "comment",
         "text": "foster carers had not been consulted on the proposed changes to the fostering allowances",
         "asked_by": "Cllr Pryor",
         "answer": "a consultation with the Foster Carers' Association would begin in February",
         "given_by": "Ms Orme",
         "themes": ["children-and-families", "patient-and-public-input", "finance"]},
        {"item": "5", "kind": "question",
         "text": "how reliant the children's social work teams were on agency social workers",
         "asked_by": "Cllr Lowe",
         "answer": "27 per cent of posts were filled by agency staff",
         "given_by": "The Director",
         "themes": ["workforce", "children-and-families"]},
        {"item": "6", "kind": "question",
         "text": "why the extension had not been brought to the Panel for pre-decision scrutiny",
         "asked_by": "Cllr Dembele",
         "answer": None,
         "given_by": None,
         "themes": ["governance", "subcontracting", "children-and-families"]},
        {"item": "6", "kind": "question",
         "text": "asked whether the contracts would be re-tendered and when",
         "asked_by": "Cllr Qureshi",
         "answer": "a new procurement, divided into smaller lots to encourage local operators",
         "given_by": "The Director",
         "themes": ["subcontracting", "children-and-families"]},
        {"item": "6", "kind": "request",
         "text": "sight of the internal audit report on transport eligibility decisions",
         "asked_by": "Cllr Attwater",
         "answer": "this should be considered before any view was taken",
         "given_by": "The Chair",
         "themes": ["governance", "children-and-families"]},
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes of the meeting held on 11 November 2024 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "the programme to acquire family-sized homes for use as temporary accommodation",
         "outcome": "recommended", "themes": ["housing"]},
        {"item": "5", "text": "the draft Sufficiency Strategy 2025-2028 be endorsed for public consultation",
         "outcome": "agreed", "themes": ["children-and-families", "patient-and-public-input"]},
        {"item": "6", "text": "consideration of the transport contract extension be deferred to the March meeting",
         "outcome": "deferred", "themes": ["subcontracting", "children-and-families"]},
        {"item": "7", "text": "That the draft work programme for 2025/26 be noted",
         "outcome": "noted", "themes": []},
    ],
    "attendees": [
        {"name": "Cllr Yvonne Tasker", "role": "Chair", "attendance": "present"},
        {"name": "Cllr Hamid Qureshi", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Cllr Bernard Lowe", "role": None, "attendance": "present"},
        {"name": "Cllr Sian Pryor", "role": None, "attendance": "present"},
        {"name": "Cllr Colin Attwater", "role": None, "attendance": "present"},
        {"name": "Cllr Ruth Dembele", "role": "substituting for Cllr Neil Fothergill", "attendance": "present"},
        {"name": "Cllr Neil Fothergill", "role": None, "attendance": "apologies"},
        {"name": "Cllr Anna Grieve", "role": None, "attendance": "apologies"},
        {"name": "Cllr Toby Marchant", "role": None, "attendance": "absent"},
        {"name": "Jacqueline Orme", "role": "Director of Children's Services and Education",
         "attendance": "in_attendance"},
        {"name": "Stuart Penhale", "role": "Head of Housing Needs and Temporary Accommodation Strategy",
         "attendance": "in_attendance"},
        {"name": "Farah Iqbal", "role": "Commissioning Manager, Placements and Sufficiency (Children)",
         "attendance": "in_attendance"},
        {"name": "Owen Blackwood", "role": "Democratic Services Officer", "attendance": "in_attendance"},
    ],
}

# ---------------------------------------------------------------------------
# 3. Not minutes: a PDF member briefing note with "Questions for the Committee
#    to consider" (looks like Q&A but records no meeting).
# ---------------------------------------------------------------------------
DOC3 = "ad-kestermoor-briefing-note-community-diagnostic-centre.pdf"

DOC3_PARAS = [
    ("h", "Member Briefing Note"),
    ("s", "Health and Adult Social Care Scrutiny Committee – 14 May 2025"),
    ("kv", "Subject:", "Ashworth Community Diagnostic Centre – delivery through an independent sector provider"),
    ("kv", "Author:", "Lena Ford, Scrutiny and Democratic Services Officer"),
    ("kv", "Status:", "For information – not for decision"),
    ("h2", "1. Purpose of this note"),
    ("p", "1.1 This note gives Members background ahead of the attendance of Kestermoor and Vale "
          "Integrated Care Board (ICB) at the May meeting. It does not make recommendations. Members "
          "are asked to use it to prepare lines of questioning."),
    ("h2", "2. Background"),
    ("p", "2.1 In October 2024 the ICB awarded a five-year contract, valued at approximately £38 million, "
          "to Medica Pathways Ltd to run a community diagnostic centre (CDC) at Ashworth Retail Park. The "
          "centre is expected to open in September 2025 and to provide around 110,000 tests a year, "
          "including MRI, CT, ultrasound, phlebotomy and lung function testing."),
    ("p", "2.2 The CDC will be staffed by the provider, with some radiologists reporting remotely. "
          "Kestermoor General Hospital (part of Vale Hospitals NHS Foundation Trust) will continue to "
          "provide diagnostics for inpatients and for urgent and emergency care."),
    ("p", "2.3 The local Healthwatch has received comments from residents about travel to the retail "
          "park site, which is not served by a direct bus from the north of the borough."),
    ("h2", "3. Questions for the Committee to consider"),
    ("p", "Members may wish to explore the following with the ICB and the Trust:"),
    ("li", "a) How was value for money assessed against an NHS-run option, and was an in-house bid by the "
           "Trust invited?"),
    ("li", "b) What safeguards are in the contract to prevent the centre drawing radiographers and "
           "sonographers away from Kestermoor General Hospital?"),
    ("li", "c) How will waiting times and the quality of reporting be monitored, and will performance "
           "data be published?"),
    ("li", "d) What patient engagement took place before the site was chosen, and how will transport "
           "barriers for residents in the north of the borough be addressed?"),
    ("li", "e) What happens to the service and the equipment if the provider withdraws before the end "
           "of the contract?"),
    ("h2", "4. Next steps"),
    ("p", "4.1 The ICB's Director of Planned Care has been invited to the meeting on 14 May 2025. A "
          "written response to the questions above has been requested in advance."),
    ("p", "Contact: Lena Ford, Scrutiny and Democratic Services Officer, "
          "scrutiny@kestermoor.example.gov.uk, 01632 960 418"),
]

GOLD3 = {"document": DOC3, "doc_type": "report"}


def build_pdf(path):
    from fpdf import FPDF

    class Note(FPDF):
        def header(self):
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Kestermoor Borough Council – Scrutiny Team", align="L")
            self.cell(0, 5, "OFFICIAL", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Note(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 5, 2, 9, 30, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Member Briefing Note – Ashworth Community Diagnostic Centre")
    pdf.set_author("Kestermoor Borough Council")
    pdf.set_creator("Microsoft Word for Microsoft 365")
    pdf.set_producer("Microsoft Word for Microsoft 365")
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    for para in DOC3_PARAS:
        kind = para[0]
        if kind == "h":
            pdf.set_font("DejaVu", "B", 16)
            pdf.multi_cell(0, 9, para[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "s":
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(0, 6, para[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "kv":
            pdf.set_font("DejaVu", "B", 10)
            pdf.cell(22, 6, para[1])
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 6, para[2], new_x="LMARGIN", new_y="NEXT")
        elif kind == "h2":
            pdf.ln(3)
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(0, 7, para[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5.5, para[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "li":
            pdf.set_font("DejaVu", "", 10)
            pdf.set_x(30)
            pdf.multi_cell(0, 5.5, para[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.output(path)


# ---------------------------------------------------------------------------
def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w]+", " ", s)
    return " " + " ".join(s.split()) + " "


def html_text(src):
    src = re.sub(r"(?is)<(script|style|title)[^>]*>.*?</\1>", " ", src)
    src = re.sub(r"<[^>]+>", " ", src)
    return html.unescape(src)


DOCUMENTS = [
    (DOC1, GOLD1, lambda: html_text(DOC1_HTML)),
    (DOC2, GOLD2, lambda: DOC2_TEXT),
]


def check():
    ok = True
    for name, gold, text_fn in DOCUMENTS:
        text = norm(text_fn())
        phrases = []
        for q in gold["questions"]:
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in gold["resolutions"]:
            phrases.append(("resolution", r["text"]))
        for kind, p in phrases:
            n = len(norm(p).split())
            c = text.count(norm(p))
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print(f"FAIL {name} {kind}: count={c} words={n}: {p!r}")
        items = {i["number"] for i in gold["items"]}
        for row in gold["questions"] + gold["resolutions"]:
            if row["item"] not in items:
                ok = False
                print(f"FAIL {name}: unknown item {row['item']}")
        print(f"{name}: {len(gold['items'])} items, {len(gold['questions'])} questions, "
              f"{len(gold['resolutions'])} resolutions, {len(gold['attendees'])} attendees")
    # file presence
    for name in (DOC1, DOC2, DOC3):
        for path in (os.path.join(DOCS, name), os.path.join(GOLD, name + ".json")):
            if not os.path.exists(path):
                ok = False
                print("FAIL missing", path)
    if os.path.exists(os.path.join(DOCS, DOC3)):
        import pdfplumber
        with pdfplumber.open(os.path.join(DOCS, DOC3)) as pdf:
            t = "\n".join(p.extract_text() or "" for p in pdf.pages)
        if "Questions for the Committee to consider" not in t:
            ok = False
            print("FAIL briefing note text not extractable")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    with open(os.path.join(DOCS, DOC1), "w", encoding="utf-8", newline="\n") as f:
        f.write(DOC1_HTML)
    with open(os.path.join(DOCS, DOC2), "w", encoding="utf-8", newline="\r\n") as f:
        f.write(DOC2_TEXT)
    build_pdf(os.path.join(DOCS, DOC3))
    for gold in (GOLD1, GOLD2, GOLD3):
        with open(os.path.join(GOLD, gold["document"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
    sys.exit(0 if check() else 1)
