#!/usr/bin/env python3
"""Build the "aq-" documents of the other-councils evaluation set and their gold annotations.

Usage: build_aq.py           write documents/ and gold/
       build_aq.py --check   verify every gold phrase occurs once, verbatim, in its document
Deterministic: no dates from the clock, no randomness.
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

# ---------------------------------------------------------------------------
# Document 1: Westmarsh Council, Adults and Health Scrutiny Committee (HTML,
# item numbers only via CSS counters)
# ---------------------------------------------------------------------------
D1 = "aq-westmarsh-adults-health-scrutiny-2025-03-11.html"

D1_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Minutes - Adults and Health Scrutiny Committee - 11 March 2025 | Westmarsh Council</title>
<style>
  body { font-family: Arial, Helvetica, sans-serif; max-width: 52em; margin: 0 auto; counter-reset: item; }
  .site-header { border-bottom: 4px solid #00594f; padding: .5em 0; }
  .breadcrumb { font-size: .85em; color: #555; }
  main h2 { counter-increment: item; border-top: 1px solid #ccc; padding-top: .6em; }
  main h2::before { content: counter(item) ". "; }
  table.attendance { border-collapse: collapse; width: 100%; }
  table.attendance th, table.attendance td { border: 1px solid #bbb; padding: .25em .5em; text-align: left; }
  ul ul { list-style-type: circle; color: #333; }
  .status { font-size: .85em; background: #f3f3f3; padding: .4em; }
  footer { font-size: .8em; border-top: 1px solid #ccc; margin-top: 2em; }
</style>
</head>
<body>
<header class="site-header">
  <a href="/">Westmarsh Council</a>
  <nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/council">Council and democracy</a> &rsaquo; <a href="/council/meetings">Meetings</a> &rsaquo; Adults and Health Scrutiny Committee</nav>
</header>

<div class="intro">
<h1>Adults and Health Scrutiny Committee &ndash; minutes</h1>
<p class="status">Status: Approved at the meeting on 22 April 2025. Published 24 April 2025.</p>
<p><strong>Date:</strong> Tuesday 11 March 2025, 2.00pm<br>
<strong>Venue:</strong> Committee Room 2, Westmarsh Guildhall, and via Microsoft Teams</p>

<h3>Attendance</h3>
<table class="attendance">
<thead><tr><th>Councillor</th><th>Role</th><th>Attendance</th></tr></thead>
<tbody>
<tr><td>Cllr Margaret Ellery</td><td>Chair</td><td>Present</td></tr>
<tr><td>Cllr Dev Pattani</td><td>Vice-Chair</td><td>Present</td></tr>
<tr><td>Cllr Anita Brookes</td><td>Member</td><td>Apologies</td></tr>
<tr><td>Cllr Leon Fairweather</td><td>Member</td><td>Substitute for Cllr Brookes</td></tr>
<tr><td>Cllr Tom Haverley</td><td>Member</td><td>Present</td></tr>
<tr><td>Cllr Priya Nandra</td><td>Member</td><td>Remote</td></tr>
<tr><td>Cllr Graham Oakes</td><td>Member</td><td>Present</td></tr>
<tr><td>Cllr Sian Roberts</td><td>Member</td><td>Present</td></tr>
</tbody>
</table>

<p><strong>Officers and others in attendance:</strong> Helen Marchbank (Director of Adult Social Care and Health), Dr Rosa Kinnear (Director of Public Health), Simon Achebe (Head of Commissioning &ndash; Care and Support), Joanne Pell (Associate Director of Mental Health Commissioning, Westmarsh and Dunmoor Integrated Care Board) and Kieran Doyle (Democratic Services Officer).</p>
<p><em>Councillor Nandra attended remotely and was therefore not counted towards the quorum and did not vote.</em></p>
</div>

<main>
<h2 id="item-apologies">Apologies and Substitutions</h2>
<p>Apologies for absence were received from Councillor Anita Brookes. Councillor Leon Fairweather attended as her substitute.</p>

<h2 id="item-declarations">Declarations of Interest</h2>
<p>Councillor Graham Oakes declared a non-registrable interest in the item on home care recommissioning as a close family member is employed by a home care agency operating in the borough. He remained in the room but took no part in the discussion of that item.</p>

<h2 id="item-minutes">Minutes of the Previous Meeting</h2>
<p><strong>Resolved:</strong></p>
<ol type="a">
<li>That the minutes of the meeting held on 21 January 2025 be approved as a correct record and signed by the Chair.</li>
</ol>

<h2 id="item-home-care">Recommissioning of Home Care and Reablement Services</h2>
<p>Simon Achebe, Head of Commissioning &ndash; Care and Support, introduced the report, which set out the proposed move from 31 spot-purchased agencies to six lead providers working in geographical zones from October 2025. The Cabinet Member for Adult Social Care had asked for the Committee&rsquo;s views before the tender was launched.</p>
<p>In discussion the following matters were raised:</p>
<ul>
  <li>Councillor Roberts asked how the council would stop lead providers passing work on to smaller agencies without proper oversight.
    <ul><li>Officers explained that sub-contracting would only be permitted with the council&rsquo;s written consent and would be checked at quarterly contract reviews.</li></ul>
  </li>
  <li>Councillor Haverley expressed concern that the zone model would squeeze out the small local providers who currently delivered most rural packages.
    <ul><li>Officers explained that smaller agencies could join a zone as approved partners and that rural zones would carry an enhanced hourly rate.</li></ul>
  </li>
  <li>Councillor Pattani requested that the evaluation criteria give real weight to paying care workers at least the real living wage.
    <ul><li>The Director of Adult Social Care and Health confirmed that fair pay and travel time would carry fifteen per cent of the quality score.</li></ul>
  </li>
  <li>Councillor Fairweather asked whether people currently receiving care had been asked for their views on a change of provider.
    <ul><li>Officers explained that 412 people had responded to the survey and that keeping the same carer had been their main concern.</li></ul>
  </li>
</ul>
<p><strong>Resolved:</strong></p>
<ol type="a">
<li>That the proposed zoned commissioning model for home care and reablement be noted.</li>
<li>That the Committee recommends to the Cabinet Member for Adult Social Care that the tender documents require lead providers to publish their hourly pay rates for care workers.</li>
</ol>

<h2 id="item-public-health">Public Health Grant 2025/26 and the Stop Smoking Service</h2>
<p>Dr Rosa Kinnear, Director of Public Health, presented the report on the allocation of the public health grant for 2025/26, which had risen by &pound;1.2 million, and on the proposed changes to the stop smoking service.</p>
<p>Members welcomed the increase in the grant. Councillor Nandra queried why the stop smoking service would move from an in-house team to a community pharmacy model. Dr Kinnear said that pharmacies offered longer opening hours across the borough and that the in-house advisers would move to a new specialist service for pregnant smokers. Councillor Oakes sought clarification on how much of the grant uplift was already committed to NHS pay awards for commissioned services. It was confirmed that roughly &pound;610,000 of the uplift would be absorbed by pay awards in the sexual health and drug and alcohol contracts. The Chair requested a written briefing on the outcomes of the school vaping pilot before the summer recess.</p>
<p><strong>Resolved:</strong></p>
<ol type="a">
<li>That the allocation of the public health grant for 2025/26 be noted.</li>
</ol>

<h2 id="item-crisis">Mental Health Crisis Care: Update from the Integrated Care Board</h2>
<p>Joanne Pell, Associate Director of Mental Health Commissioning at the ICB, gave a presentation on crisis care across Westmarsh and Dunmoor, including the 24/7 crisis line, the two crisis caf&eacute;s and adult acute bed occupancy.</p>
<p>In discussion the following matters were raised:</p>
<ul>
  <li>The Chair asked why people in mental health crisis were still waiting more than twelve hours in the emergency department for a bed.
    <ul><li>Ms Pell explained that out-of-area placements had fallen but that occupancy at the Larkfield Unit remained above 98 per cent.</li></ul>
  </li>
  <li>Councillor Haverley raised concern about the closure of the evening crisis caf&eacute; in Dunmoor without any public consultation.
    <ul><li>Ms Pell explained that the caf&eacute; had closed when the charity running it withdrew and that a replacement provider was being procured.</li></ul>
  </li>
  <li>Councillor Roberts commented that the crisis line number was missing from the council&rsquo;s own adult social care leaflets.</li>
</ul>
<p><strong>Resolved:</strong></p>
<ol type="a">
<li>That the update be noted.</li>
<li>That the Integrated Care Board be invited to the September meeting with a plan for reducing emergency department waits for mental health beds.</li>
</ol>

<h2 id="item-workforce">Adult Social Care Workforce Strategy 2025&ndash;2028</h2>
<p>Helen Marchbank, Director of Adult Social Care and Health, introduced the draft strategy, which covered recruitment, retention, career pathways and the council&rsquo;s international recruitment programme.</p>
<p>In response to a question from Councillor Nandra about the continuing use of agency social workers, the Director said that agency spend had fallen by a third since twelve international recruits had started in post. Councillor Pattani asked what support was given to overseas recruits whose visas were tied to a single employer. The Director explained that a pastoral support officer had been appointed and that the council had signed the regional ethical recruitment charter.</p>
<p><strong>Resolved:</strong></p>
<ol type="a">
<li>That the Committee endorses the Adult Social Care Workforce Strategy 2025&ndash;2028.</li>
<li>That a report on staff retention be brought to the Committee in twelve months&rsquo; time.</li>
</ol>

<h2 id="item-work-programme">Work Programme 2025/26</h2>
<p>The Committee considered its draft work programme for 2025/26. Councillor Fairweather requested that the review of direct payments be brought forward to the July meeting. The Chair agreed to discuss the timing with the Democratic Services Officer.</p>
<p><strong>Resolved:</strong></p>
<ol type="a">
<li>That the work programme be agreed, subject to adding the school vaping pilot briefing.</li>
</ol>

<p class="close">The meeting ended at 4.40pm.</p>
</main>

<footer>
<p>Westmarsh Council, The Guildhall, Market Street, Westmarsh WM1 2QA &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy</a></p>
<p>Page last updated: 24 April 2025</p>
</footer>
</body>
</html>
"""

D1_GOLD = {
    "document": D1,
    "doc_type": "minutes",
    "committee": "Adults and Health Scrutiny Committee",
    "meeting_date": "2025-03-11",
    "items": [
        {"number": "1", "title": "Apologies and Substitutions"},
        {"number": "2", "title": "Declarations of Interest"},
        {"number": "3", "title": "Minutes of the Previous Meeting"},
        {"number": "4", "title": "Recommissioning of Home Care and Reablement Services"},
        {"number": "5", "title": "Public Health Grant 2025/26 and the Stop Smoking Service"},
        {"number": "6", "title": "Mental Health Crisis Care: Update from the Integrated Care Board"},
        {"number": "7", "title": "Adult Social Care Workforce Strategy 2025–2028"},
        {"number": "8", "title": "Work Programme 2025/26"},
    ],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "how the council would stop lead providers passing work on to smaller agencies",
         "asked_by": "Councillor Roberts",
         "answer": "sub-contracting would only be permitted with the council's written consent",
         "given_by": "Officers",
         "themes": ["subcontracting", "adult-social-care", "governance"]},
        {"item": "4", "kind": "concern",
         "text": "the zone model would squeeze out the small local providers",
         "asked_by": "Councillor Haverley",
         "answer": "smaller agencies could join a zone as approved partners",
         "given_by": "Officers",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "4", "kind": "request",
         "text": "the evaluation criteria give real weight to paying care workers",
         "asked_by": "Councillor Pattani",
         "answer": "fair pay and travel time would carry fifteen per cent of the quality score",
         "given_by": "Director of Adult Social Care and Health",
         "themes": ["workforce", "subcontracting", "adult-social-care"]},
        {"item": "4", "kind": "question",
         "text": "whether people currently receiving care had been asked for their views",
         "asked_by": "Councillor Fairweather",
         "answer": "412 people had responded to the survey",
         "given_by": "Officers",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "why the stop smoking service would move from an in-house team",
         "asked_by": "Councillor Nandra",
         "answer": "pharmacies offered longer opening hours across the borough",
         "given_by": "Dr Kinnear",
         "themes": ["public-health", "privatisation", "subcontracting", "primary-care"]},
        {"item": "5", "kind": "question",
         "text": "how much of the grant uplift was already committed to NHS pay awards",
         "asked_by": "Councillor Oakes",
         "answer": "roughly £610,000 of the uplift would be absorbed by pay awards",
         "given_by": None,
         "themes": ["finance", "public-health", "workforce", "subcontracting"]},
        {"item": "5", "kind": "request",
         "text": "requested a written briefing on the outcomes of the school vaping pilot",
         "asked_by": "The Chair",
         "answer": None,
         "given_by": None,
         "themes": ["public-health", "children-and-families"]},
        {"item": "6", "kind": "question",
         "text": "why people in mental health crisis were still waiting more than twelve hours",
         "asked_by": "The Chair",
         "answer": "out-of-area placements had fallen but that occupancy at the Larkfield Unit",
         "given_by": "Ms Pell",
         "themes": ["mental-health"]},
        {"item": "6", "kind": "concern",
         "text": "the closure of the evening crisis café in Dunmoor without any public consultation",
         "asked_by": "Councillor Haverley",
         "answer": "the café had closed when the charity running it withdrew",
         "given_by": "Ms Pell",
         "themes": ["mental-health", "patient-and-public-input", "subcontracting"]},
        {"item": "6", "kind": "comment",
         "text": "the crisis line number was missing from the council's own adult social care leaflets",
         "asked_by": "Councillor Roberts",
         "answer": None,
         "given_by": None,
         "themes": ["mental-health"]},
        {"item": "7", "kind": "question",
         "text": "a question from Councillor Nandra about the continuing use of agency social workers",
         "asked_by": "Councillor Nandra",
         "answer": "agency spend had fallen by a third since twelve international recruits",
         "given_by": "the Director",
         "themes": ["workforce", "finance", "adult-social-care"]},
        {"item": "7", "kind": "question",
         "text": "what support was given to overseas recruits whose visas were tied to a single employer",
         "asked_by": "Councillor Pattani",
         "answer": "a pastoral support officer had been appointed",
         "given_by": "The Director",
         "themes": ["workforce", "adult-social-care"]},
        {"item": "8", "kind": "request",
         "text": "requested that the review of direct payments be brought forward to the July meeting",
         "asked_by": "Councillor Fairweather",
         "answer": "The Chair agreed to discuss the timing with the Democratic Services Officer",
         "given_by": "The Chair",
         "themes": ["adult-social-care", "governance"]},
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes of the meeting held on 21 January 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "recommends to the Cabinet Member for Adult Social Care that the tender documents",
         "outcome": "recommended", "themes": ["subcontracting", "workforce", "adult-social-care"]},
        {"item": "5", "text": "the allocation of the public health grant for 2025/26 be noted",
         "outcome": "noted", "themes": ["public-health", "finance"]},
        {"item": "6", "text": "the Integrated Care Board be invited to the September meeting",
         "outcome": "agreed", "themes": ["mental-health", "governance"]},
        {"item": "7", "text": "the Committee endorses the Adult Social Care Workforce Strategy 2025–2028",
         "outcome": "agreed", "themes": ["workforce", "adult-social-care"]},
        {"item": "8", "text": "the work programme be agreed, subject to adding the school vaping pilot briefing",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "Cllr Margaret Ellery", "role": "Chair", "attendance": "present"},
        {"name": "Cllr Dev Pattani", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Cllr Anita Brookes", "role": "Member", "attendance": "apologies"},
        {"name": "Cllr Leon Fairweather", "role": "Member", "attendance": "present"},
        {"name": "Cllr Tom Haverley", "role": "Member", "attendance": "present"},
        {"name": "Cllr Priya Nandra", "role": "Member", "attendance": "in_attendance"},
        {"name": "Cllr Graham Oakes", "role": "Member", "attendance": "present"},
        {"name": "Cllr Sian Roberts", "role": "Member", "attendance": "present"},
        {"name": "Helen Marchbank", "role": "Director of Adult Social Care and Health", "attendance": "in_attendance"},
        {"name": "Dr Rosa Kinnear", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Simon Achebe", "role": "Head of Commissioning – Care and Support", "attendance": "in_attendance"},
        {"name": "Joanne Pell", "role": "Associate Director of Mental Health Commissioning, Westmarsh and Dunmoor Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Kieran Doyle", "role": "Democratic Services Officer", "attendance": "in_attendance"},
    ],
}

# ---------------------------------------------------------------------------
# Document 2: Harnley District Council, Overview and Scrutiny Committee
# (plain text exported from a minutes-taking app)
# ---------------------------------------------------------------------------
D2 = "aq-harnley-overview-scrutiny-2025-02-04.txt"

D2_TXT = """MinuteMate Export  |  Format: plain text  |  Exported 06/02/2025 09:14  |  Record ID HDC-OSC-2025-02
=====================================================================================

Meeting: Overview and Scrutiny Committee
Organisation: Harnley District Council
Date: 04/02/2025 18:30 - 21:05
Location: Council Chamber, Harnley Civic Centre, Station Road, Harnley
Status: DRAFT - subject to approval at next meeting

Attendees: Cllr Janet Dawes (Chair), Cllr Owen Pryce (Vice-Chair), Cllr Bernadette Quayle, Cllr Martin Sowerby, Cllr Ruth Adeyemi, Cllr Colin Fenwick, Paul Gresham (Head of Housing), Laura Tindall (Head of Finance and Section 151 Officer), Mark Ojo (Contracts and Procurement Manager)
Apologies: Cllr Derek Milne, Cllr Hazel Crane
Minute taker: Sophie Laing (Democratic Services Officer)

--- Item 1: Apologies for Absence ---
Notes: Apologies received from Cllr Milne and Cllr Crane. No substitutes.

--- Item 2: Declarations of Interest ---
Notes: Cllr Fenwick - member of Harnley Leisure Trust board (non-pecuniary), item 5. Stayed in the room, did not take part in the decision.

--- Item 3: Minutes of Previous Meeting (10/12/2024) ---
Decision: Minutes of the meeting on 10 December 2024 approved as a correct record and signed by the Chair.

--- Item 4: Temporary Accommodation Pressures ---
Presented by: Head of Housing
Notes: Report HSG/25/02 summarised. 148 households in temporary accommodation at 31/12/2024, up from 96 a year earlier. 41 of these in bed and breakfast, 17 with children.
Cllr Dawes (Q): Why has the number of families placed in bed and breakfast gone up so sharply since the summer?
Head of Housing (A): Mainly section 21 notices from landlords selling up, and far fewer social lets coming through from the housing associations this year.
Cllr Quayle (Q): How much is the council spending on nightly-paid accommodation this year compared with what was budgeted?
Head of Finance (A): Forecast outturn is GBP 1.9m against a budget of GBP 1.1m, so an overspend of roughly GBP 800k funded from the homelessness reserve.
Cllr Sowerby (Q): Could the council buy its own homes for temporary use rather than paying private providers by the night?
Head of Housing (A): Yes - a business case for buying 30 homes through the Local Authority Housing Fund goes to Cabinet in March.
Cllr Adeyemi (Q): Concerned that families are being placed outside the district, a long way from their schools and support networks.
Decision: Committee noted the report and recommended to Cabinet that the acquisition business case include a target for reducing out-of-district placements.
Action: Circulate breakdown of out-of-district placements by ward. Owner: Head of Housing. Due: 28/02/2025.

--- Item 5: Leisure Centre Management Contract - Options Appraisal ---
Presented by: Contracts and Procurement Manager
Notes: Current contract with Activa Leisure Ltd ends 31/03/2026. Options: extend 2 years, re-tender, or transfer to a local authority trading company. In-house option not costed in draft appraisal.
Cllr Pryce (Q): What would it cost to bring the two leisure centres back in-house when the current contract ends?
Contracts and Procurement Manager (A): One-off set-up costs estimated at GBP 350k; the VAT and business rates position has not been modelled yet.
Cllr Quayle (Q): Has the operator actually met its targets on swimming lessons and concessionary memberships?
Contracts and Procurement Manager (A): Swimming lesson targets met, but concessionary memberships 12% below target for the second year running.
Cllr Sowerby (Q): Will leisure staff transfer under TUPE if the contract goes to a different operator, and will their pensions be protected?
Contracts and Procurement Manager (A): TUPE would apply under every option; pension protection would depend on admitted body status being agreed.
Decision: Committee agreed that the options appraisal must include a fully costed in-house option before it goes to Cabinet.
Action: Add in-house option costing to the appraisal. Owner: Contracts and Procurement Manager. Due: 14/03/2025.

--- Item 6: Community Health and Wellbeing Grants 2024/25 ---
Presented by: Head of Finance
Notes: 11 grants awarded, total GBP 64,500. Main themes: loneliness, healthy walks, men's sheds, food clubs.
Cllr Adeyemi (Q): Why did only two of the eleven grants go to groups based in the eastern wards?
Head of Finance (A): Far fewer applications came in from the east; two outreach drop-in sessions are planned before the next round opens.
Cllr Sowerby (Q): Request that the next round is advertised in GP surgeries and pharmacies as well as online.
Decision: Committee noted the grants report and the plans for wider outreach in the eastern wards.

--- Item 7: Housing Repairs Contractor Performance ---
Notes: Representative from Northgate Property Maintenance unable to attend. Chair proposed deferral; no objection.
Decision: Item deferred to the meeting on 25 March 2025 so the contractor can attend.

--- Item 8: Work Programme 2025/26 ---
Notes: Draft programme circulated with the agenda.
Cllr Fenwick (Q): Asked for a session with the ICB on its plans for the future of Harnley Community Hospital.
Chair (A): Agreed to write to the ICB to invite them to the June meeting.
Decision: Work programme agreed, with the Harnley Community Hospital item added for June.

--- End of record ---
Next meeting: 25/03/2025 18:30, Council Chamber
Minute taker: Sophie Laing (Democratic Services Officer)  |  Approved by Chair: ____________  Date: ________
"""

D2_GOLD = {
    "document": D2,
    "doc_type": "minutes",
    "committee": "Overview and Scrutiny Committee",
    "meeting_date": "2025-02-04",
    "items": [
        {"number": "1", "title": "Apologies for Absence"},
        {"number": "2", "title": "Declarations of Interest"},
        {"number": "3", "title": "Minutes of Previous Meeting (10/12/2024)"},
        {"number": "4", "title": "Temporary Accommodation Pressures"},
        {"number": "5", "title": "Leisure Centre Management Contract - Options Appraisal"},
        {"number": "6", "title": "Community Health and Wellbeing Grants 2024/25"},
        {"number": "7", "title": "Housing Repairs Contractor Performance"},
        {"number": "8", "title": "Work Programme 2025/26"},
    ],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "Why has the number of families placed in bed and breakfast gone up",
         "asked_by": "Cllr Dawes",
         "answer": "Mainly section 21 notices from landlords selling up",
         "given_by": "Head of Housing",
         "themes": ["housing", "children-and-families"]},
        {"item": "4", "kind": "question",
         "text": "How much is the council spending on nightly-paid accommodation this year",
         "asked_by": "Cllr Quayle",
         "answer": "Forecast outturn is GBP 1.9m against a budget of GBP 1.1m",
         "given_by": "Head of Finance",
         "themes": ["housing", "finance"]},
        {"item": "4", "kind": "question",
         "text": "Could the council buy its own homes for temporary use rather than paying private providers",
         "asked_by": "Cllr Sowerby",
         "answer": "a business case for buying 30 homes through the Local Authority Housing Fund",
         "given_by": "Head of Housing",
         "themes": ["housing", "finance", "privatisation"]},
        {"item": "4", "kind": "concern",
         "text": "Concerned that families are being placed outside the district",
         "asked_by": "Cllr Adeyemi",
         "answer": None,
         "given_by": None,
         "themes": ["housing", "children-and-families"]},
        {"item": "5", "kind": "question",
         "text": "What would it cost to bring the two leisure centres back in-house",
         "asked_by": "Cllr Pryce",
         "answer": "One-off set-up costs estimated at GBP 350k",
         "given_by": "Contracts and Procurement Manager",
         "themes": ["privatisation", "subcontracting", "finance"]},
        {"item": "5", "kind": "question",
         "text": "Has the operator actually met its targets on swimming lessons and concessionary memberships",
         "asked_by": "Cllr Quayle",
         "answer": "concessionary memberships 12% below target for the second year running",
         "given_by": "Contracts and Procurement Manager",
         "themes": ["subcontracting"]},
        {"item": "5", "kind": "question",
         "text": "Will leisure staff transfer under TUPE if the contract goes to a different operator",
         "asked_by": "Cllr Sowerby",
         "answer": "pension protection would depend on admitted body status being agreed",
         "given_by": "Contracts and Procurement Manager",
         "themes": ["workforce", "subcontracting"]},
        {"item": "6", "kind": "question",
         "text": "Why did only two of the eleven grants go to groups",
         "asked_by": "Cllr Adeyemi",
         "answer": "two outreach drop-in sessions are planned before the next round opens",
         "given_by": "Head of Finance",
         "themes": ["finance", "public-health"]},
        {"item": "6", "kind": "request",
         "text": "Request that the next round is advertised in GP surgeries and pharmacies",
         "asked_by": "Cllr Sowerby",
         "answer": None,
         "given_by": None,
         "themes": ["primary-care", "finance"]},
        {"item": "8", "kind": "request",
         "text": "Asked for a session with the ICB on its plans",
         "asked_by": "Cllr Fenwick",
         "answer": "Agreed to write to the ICB to invite them to the June meeting",
         "given_by": "Chair",
         "themes": ["governance"]},
    ],
    "resolutions": [
        {"item": "3", "text": "Minutes of the meeting on 10 December 2024 approved as a correct record",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "recommended to Cabinet that the acquisition business case include a target",
         "outcome": "recommended", "themes": ["housing"]},
        {"item": "5", "text": "the options appraisal must include a fully costed in-house option",
         "outcome": "agreed", "themes": ["privatisation", "subcontracting", "finance"]},
        {"item": "6", "text": "Committee noted the grants report and the plans for wider outreach",
         "outcome": "noted", "themes": ["finance", "public-health"]},
        {"item": "7", "text": "Item deferred to the meeting on 25 March 2025 so the contractor can attend",
         "outcome": "deferred", "themes": ["subcontracting", "housing"]},
        {"item": "8", "text": "Work programme agreed, with the Harnley Community Hospital item added for June",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "Cllr Janet Dawes", "role": "Chair", "attendance": "present"},
        {"name": "Cllr Owen Pryce", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Cllr Bernadette Quayle", "role": None, "attendance": "present"},
        {"name": "Cllr Martin Sowerby", "role": None, "attendance": "present"},
        {"name": "Cllr Ruth Adeyemi", "role": None, "attendance": "present"},
        {"name": "Cllr Colin Fenwick", "role": None, "attendance": "present"},
        {"name": "Paul Gresham", "role": "Head of Housing", "attendance": "in_attendance"},
        {"name": "Laura Tindall", "role": "Head of Finance and Section 151 Officer", "attendance": "in_attendance"},
        {"name": "Mark Ojo", "role": "Contracts and Procurement Manager", "attendance": "in_attendance"},
        {"name": "Cllr Derek Milne", "role": None, "attendance": "apologies"},
        {"name": "Cllr Hazel Crane", "role": None, "attendance": "apologies"},
        {"name": "Sophie Laing", "role": "Democratic Services Officer", "attendance": "in_attendance"},
    ],
}

# ---------------------------------------------------------------------------
# Document 3: scrutiny work programme page (not minutes)
# ---------------------------------------------------------------------------
D3 = "aq-westmarsh-scrutiny-work-programme-2025-06-01.html"

D3_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Adults and Health Scrutiny Committee work programme 2025/26 | Westmarsh Council</title>
<style>
  body { font-family: Arial, Helvetica, sans-serif; max-width: 60em; margin: 0 auto; }
  table { border-collapse: collapse; width: 100%; margin-bottom: 1.5em; }
  th, td { border: 1px solid #bbb; padding: .3em .5em; vertical-align: top; text-align: left; }
  th { background: #e6f0ef; }
  .tag { font-size: .8em; background: #ffe9a8; padding: 0 .3em; }
</style>
</head>
<body>
<header>
  <a href="/">Westmarsh Council</a>
  <nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/council">Council and democracy</a> &rsaquo; <a href="/council/scrutiny">Scrutiny</a> &rsaquo; Work programmes</nav>
</header>
<main>
<h1>Adults and Health Scrutiny Committee: work programme 2025/26</h1>
<p>This page sets out the topics the Adults and Health Scrutiny Committee plans to look at during the 2025/26 municipal year. The work programme is a living document: it is reviewed at every meeting and may change when new issues arise. It was last agreed by the Committee on 22 April 2025.</p>
<p>If you would like to suggest a topic for scrutiny, please email <a href="mailto:scrutiny@westmarsh.gov.example">scrutiny@westmarsh.gov.example</a> or use the <a href="/council/scrutiny/suggest">online suggestion form</a>. Suggestions are assessed against the PAPER criteria (Public interest, Ability to change, Performance, Extent, Replication).</p>

<h2>Scheduled meetings</h2>
<table>
<thead><tr><th>Meeting date</th><th>Topic</th><th>Lead officer / witness</th><th>Purpose</th></tr></thead>
<tbody>
<tr><td rowspan="3">Tuesday 8 July 2025</td><td>Direct payments review: scoping</td><td>Director of Adult Social Care and Health</td><td>Agree terms of reference for a short review</td></tr>
<tr><td>Home care recommissioning &ndash; tender update</td><td>Head of Commissioning &ndash; Care and Support</td><td>Pre-decision scrutiny before contract award</td></tr>
<tr><td>Healthwatch Westmarsh annual report</td><td>Healthwatch Westmarsh Chief Officer</td><td>For information and questions</td></tr>
<tr><td rowspan="2">Tuesday 16 September 2025</td><td>Mental health crisis care &ndash; plan to reduce emergency department waits</td><td>Westmarsh and Dunmoor Integrated Care Board</td><td>Follow-up from March 2025 meeting</td></tr>
<tr><td>Safeguarding Adults Board annual report</td><td>Independent Chair of the Safeguarding Adults Board</td><td>Annual item</td></tr>
<tr><td rowspan="2">Tuesday 11 November 2025</td><td>Winter planning and hospital discharge</td><td>Westmarsh Hospitals NHS Foundation Trust; Director of Adult Social Care and Health</td><td>Assurance on winter readiness</td></tr>
<tr><td>School vaping pilot &ndash; outcomes</td><td>Director of Public Health</td><td>Written briefing followed by discussion</td></tr>
<tr><td>Tuesday 20 January 2026</td><td>Budget proposals 2026/27 (adults and public health)</td><td>Cabinet Member for Adult Social Care; Head of Finance (People)</td><td>Budget scrutiny</td></tr>
<tr><td>Tuesday 17 March 2026</td><td>Adult social care workforce &ndash; retention report</td><td>Director of Adult Social Care and Health</td><td>Twelve-month progress report on the Workforce Strategy</td></tr>
</tbody>
</table>

<h2>Scoping notes</h2>
<h3>Direct payments review</h3>
<p>Proposed as a two-session review led by a small group of Members. Possible lines of enquiry: why take-up of direct payments in Westmarsh is below the regional average; the support available to people who employ personal assistants; how unspent balances are recovered; and the experience of people who use direct payments, gathered with the help of Healthwatch Westmarsh. Expected output: recommendations to the Cabinet Member for Adult Social Care by December 2025.</p>
<h3>Winter planning and hospital discharge</h3>
<p>Members have asked that the item cover both the Trust&rsquo;s bed plan and the council&rsquo;s home care capacity, including the number of people waiting for a package of care on discharge. Witnesses to be confirmed.</p>

<h2>Items to be scheduled</h2>
<ul>
<li>Dental access for adults with learning disabilities <span class="tag">awaiting ICB data</span></li>
<li>Stop smoking service &ndash; six months after transfer to community pharmacies <span class="tag">earliest spring 2026</span></li>
<li>Carers&rsquo; strategy refresh <span class="tag">date depends on Cabinet timetable</span></li>
<li>Deprivation of Liberty Safeguards backlog</li>
</ul>

<h2>Items removed or completed</h2>
<ul>
<li>Day opportunities consultation &ndash; completed; report to Cabinet in February 2025.</li>
<li>Community equipment service contract &ndash; removed; covered by Audit and Governance Committee.</li>
</ul>

<p><a href="/documents/aws-work-programme-2025-26.pdf">Download the work programme (PDF, 142KB)</a></p>
</main>
<footer>
<p>Westmarsh Council, The Guildhall, Market Street, Westmarsh WM1 2QA</p>
<p>Page last updated: 1 June 2025</p>
</footer>
</body>
</html>
"""

D3_GOLD = {"document": D3, "doc_type": "other"}

DOCUMENTS = [(D1, D1_HTML, D1_GOLD), (D2, D2_TXT, D2_GOLD), (D3, D3_HTML, D3_GOLD)]


# ---------------------------------------------------------------------------
def source_text(name, content):
    if name.endswith(".html"):
        t = re.sub(r"(?is)<(style|script)\b.*?</\1>", " ", content)
        t = re.sub(r"(?s)<[^>]+>", " ", t)
        return html.unescape(t)
    return content


def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w£%]+", " ", s)
    return " " + " ".join(s.split()) + " "


def check():
    ok = True
    for name, _content, gold in DOCUMENTS:
        with open(os.path.join(DOCS, name), encoding="utf-8") as f:
            src = norm(source_text(name, f.read()))
        with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        if g != gold:
            print(f"{name}: gold file differs from script")
            ok = False
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        items = {i["number"] for i in g.get("items", [])}
        for row in g.get("questions", []) + g.get("resolutions", []):
            if row["item"] not in items:
                print(f"{name}: row refers to unknown item {row['item']}")
                ok = False
        for kind, p in phrases:
            n = len(p.split())
            np = norm(p)
            c = src.count(np)
            if c != 1:
                print(f"{name}: {kind} phrase found {c} times: {p!r}")
                ok = False
            if not 6 <= n <= 15:
                print(f"{name}: {kind} phrase has {n} words: {p!r}")
                ok = False
        print(f"{name}: {len(g.get('items', []))} items, {len(g.get('questions', []))} questions, "
              f"{len(g.get('resolutions', []))} resolutions, {len(g.get('attendees', []))} attendees")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for name, content, gold in DOCUMENTS:
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
        with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("wrote", name)


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
