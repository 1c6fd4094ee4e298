#!/usr/bin/env python3
"""Build the "ax-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ax.py          write documents/ax-* and gold/ax-*.json
        build_ax.py --check  verify every gold phrase occurs once in its document
Deterministic: fixed dates, no randomness.
"""
import datetime
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FIXED = datetime.datetime(2025, 7, 1, 9, 0, 0)


def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def A(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


# ---------------------------------------------------------------------------
# 1. Drupal HTML: Ashcombe District Council Overview and Scrutiny Committee
# ---------------------------------------------------------------------------
HTML_NAME = "ax-ashcombe-overview-and-scrutiny-committee-2025-03-11.html"

HTML_ITEMS = [
    ("OS/2025/14", "Apologies for Absence and Substitutions", [
        "<p>Apologies for absence were received from Cllr. Mistry (Con) and Cllr. Oyelaran (Lab). "
        "Cllr. Penhale (Con) attended as a substitute for Cllr. Mistry.</p>",
    ]),
    ("OS/2025/15", "Declarations of Interest", [
        "<p>Cllr. Trevithick (Ind) declared a non-registrable interest in minute OS/2025/17 as a "
        "trustee of Ashcombe Amateur Swimming Club, which holds block bookings at Ashcombe Pools. "
        "He remained in the meeting and took part in the discussion.</p>",
    ]),
    ("OS/2025/16", "Minutes of the Previous Meeting", [
        '<div class="resolution"><p><strong>Resolved</strong> (unanimously):</p><ol>'
        "<li>That the minutes of the meeting held on 28 January 2025 be approved as a correct "
        "record and signed by the Chairman.</li></ol></div>",
    ]),
    ("OS/2025/17", "Leisure Centre Management Contract &ndash; Options Appraisal", [
        "<p>The Head of Leisure and Culture introduced the report, which set out three options for "
        "the operation of Ashcombe Pools and Meadowbank Sports Hall when the current management "
        "contract with Active Ways Leisure Ltd expires on 31 March 2026: a retender on the existing "
        "specification, a shorter contract with a revised specification, or a return to direct "
        "council management. The recommended option was a seven year contract let through open "
        "competitive tendering.</p>",
        "<p>Cllr. Haddow (Lib Dem) wanted to know why a return to direct council management had "
        "scored lowest in the appraisal when the operator&rsquo;s own accounts showed a surplus of "
        "more than &pound;300,000 last year. Officers explained that the direct management option "
        "carried additional pension, business rates and VAT costs estimated at &pound;410,000 a "
        "year, and that the operator&rsquo;s surplus was largely absorbed by its group overheads. "
        "Cllr. Okafor (Lab) probed whether staff at the two centres would transfer to any new "
        "operator on their existing terms, and whether the Council could insist on the real Living "
        "Wage as a condition of the contract. The Portfolio Holder assured members that TUPE would "
        "apply to all 46 staff and that the real Living Wage would be written into the "
        "specification as a minimum requirement.</p>",
        "<p>Cllr. Trevithick (Ind) pressed for details of how concessionary pricing for residents "
        "over 65 and for swimming club block bookings would be protected. Officers explained that "
        "the current concessions would be fixed for the first three years of the new contract, "
        "with later increases capped at the rate of inflation. Cllr. Penhale (Con) challenged "
        "officers over the absence of any user survey or public consultation before the options "
        "had been scored, and suggested that the appraisal gave too little weight to the views of "
        "residents. The Portfolio Holder assured members that a four week online and paper survey "
        "of centre users would open in April and that its results would be reported to Cabinet "
        "alongside the final recommendation.</p>",
        '<div class="resolution"><p><strong>Resolved</strong> (unanimously):</p><ol>'
        "<li>That the options appraisal for the future management of the leisure centres be "
        "noted.</li>"
        "<li>That Cabinet be recommended to defer the decision on the procurement route until the "
        "results of the user survey are available.</li>"
        "<li>That Cabinet be recommended to require payment of the real Living Wage in any new "
        "leisure management contract.</li></ol></div>",
    ]),
    ("OS/2025/18", "Homelessness and Temporary Accommodation &ndash; Quarter 3 Performance", [
        "<p>The Housing Options and Homelessness Service Manager presented the quarter 3 "
        "performance report. Approaches to the service had risen by 22 per cent compared with the "
        "same period in 2023/24, and 57 households were in temporary accommodation on 31 December "
        "2024.</p>",
        "<p>Cllr. Okafor (Lab) wanted to know how many families with children had been placed in "
        "bed and breakfast accommodation for longer than the six week legal limit. Officers "
        "explained that 9 families had exceeded the limit during the quarter, all of whom had "
        "since been moved into self-contained units in Ashcombe or Kingsmere. Cllr. Haddow (Lib "
        "Dem) pressed for details of the net cost of temporary accommodation to the General Fund. "
        "Officers explained that the forecast overspend on the temporary accommodation budget was "
        "&pound;620,000, of which around &pound;180,000 could be met from the Homelessness "
        "Prevention Grant, with the remainder drawn from the housing reserve.</p>",
        "<p>Cllr. Beresford (Green) challenged officers over the Council&rsquo;s growing reliance "
        "on nightly let accommodation from private landlords outside the district, which took "
        "families away from schools and support networks. Officers explained that a leasing scheme "
        "for 30 properties within the district was being negotiated with local letting agents and "
        "should reduce out of area placements from the summer. Cllr. Beresford also asked that "
        "future performance reports show the number of households placed outside the district in "
        "each quarter.</p>",
        '<div class="resolution"><p><strong>Resolved</strong> (unanimously):</p><ol>'
        "<li>That the quarter 3 homelessness performance report be noted.</li>"
        "<li>That a further report on the cost of temporary accommodation be brought to the "
        "September 2025 meeting.</li></ol></div>",
    ]),
    ("OS/2025/19", "Disabled Facilities Grants and the Home Improvement Agency Contract", [
        "<p>The Private Sector Housing and Home Improvement Agency Manager reported on the delivery "
        "of Disabled Facilities Grants in 2024/25 and sought the Committee&rsquo;s views on a "
        "proposed twelve month extension of the Home Improvement Agency contract with Careright "
        "Homes CIC.</p>",
        "<p>Cllr. Whitlock (Con) wanted to know the average time taken from referral to the "
        "completion of adaptation works. Officers explained that the average was currently 38 "
        "weeks, against a target of 26 weeks, largely because of delays in occupational therapy "
        "assessments. Cllr. Haddow (Lib Dem) probed whether the county council, as the social care "
        "authority, was doing enough to clear the occupational therapy backlog. Officers explained "
        "that Hartshire County Council had commissioned two additional occupational therapists "
        "through an agency until the end of the financial year, and that joint triage of referrals "
        "had begun in February. Cllr. Castellan (Lib Dem) commented that the agency had performed "
        "well under difficult conditions and that a longer extension should be considered. The "
        "Portfolio Holder assured members that a full retender of the service would begin in the "
        "autumn of 2026.</p>",
        '<div class="resolution"><p><strong>Resolved</strong> (by 8 votes to 1):</p><ol>'
        "<li>That the Committee endorses the proposed twelve month extension of the Home "
        "Improvement Agency contract with Careright Homes CIC.</li>"
        "<li>That the Portfolio Holder be asked to report on progress in reducing waiting times in "
        "six months.</li></ol></div>",
    ]),
    ("OS/2025/20", "Ashcombe Health and Wellbeing Partnership &ndash; Annual Update", [
        "<p>Dr Kit Allard, Consultant in Public Health at Hartshire County Council, presented the "
        "annual update of the partnership, whose priorities for 2024/25 had been smoking, healthy "
        "weight and loneliness among older residents.</p>",
        "<p>Cllr. Castellan (Lib Dem) pressed for details of the uptake of the stop smoking service "
        "in the two most deprived wards. Dr Allard explained that 212 residents from Eastgate and "
        "Mill Hill had set a quit date in the year, with a four week quit rate of 54 per cent. "
        "Cllr. Okafor (Lab) wanted to know whether the partnership&rsquo;s funding would continue "
        "beyond March 2026, given the uncertainty over the public health grant. Officers explained "
        "that no commitment could yet be given beyond March 2026, but that the County Council "
        "had indicated its intention to maintain district allocations.</p>",
        '<div class="resolution"><p><strong>Resolved</strong> (unanimously):</p><ol>'
        "<li>That the annual update of the Ashcombe Health and Wellbeing Partnership be "
        "noted.</li></ol></div>",
    ]),
    ("OS/2025/21", "Work Programme 2025/26", [
        "<p>The Democratic Services Officer presented the draft work programme for the coming "
        "municipal year.</p>",
        '<div class="resolution"><p><strong>Resolved</strong> (unanimously):</p><ol>'
        "<li>That the work programme for 2025/26 be agreed, subject to the addition of a task "
        "group review of the leisure contract specification.</li>"
        "<li>That Cllr. Haddow, Cllr. Okafor and Cllr. Penhale be appointed to the task "
        "group.</li></ol></div>",
    ]),
]

HTML_ATT = [  # member, party, attended
    ("Councillor Jane Haddow (Chairman)", "Liberal Democrat", "&#10004;"),
    ("Councillor Robert Whitlock (Vice-Chairman)", "Conservative", "&#10004;"),
    ("Councillor Sophie Beresford", "Green", "&#10004;"),
    ("Councillor Neil Castellan", "Liberal Democrat", "&#10004;"),
    ("Councillor Harriet Lydgate", "Liberal Democrat", "&#10008;"),
    ("Councillor Anil Mistry", "Conservative", "&#10008;"),
    ("Councillor Chidi Okafor", "Labour", "&#10004;"),
    ("Councillor Grace Oyelaran", "Labour", "&#10008;"),
    ("Councillor Mark Penhale", "Conservative", "Sub"),
    ("Councillor Peter Trevithick", "Independent", "&#10004;"),
]


def build_html():
    rows = "\n".join(
        f"        <tr><td>{m}</td><td>{p}</td><td class=\"att\">{a}</td></tr>" for m, p, a in HTML_ATT)
    arts = []
    for no, title, body in HTML_ITEMS:
        inner = "\n      ".join(body)
        arts.append(
            f'  <article class="minute" id="{no.replace("/", "-").lower()}">\n'
            f'    <header><h2><span class="minute-no">{no}</span> {title}</h2></header>\n'
            f'    <div class="minute__body">\n      {inner}\n    </div>\n  </article>')
    arts = "\n".join(arts)
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>Overview and Scrutiny Committee &ndash; 11 March 2025 | Ashcombe District Council</title>
<link rel="stylesheet" media="all" href="/themes/custom/ashcombe/css/style.css?sq4k2p">
</head>
<body class="path-node page-node-type-committee-minutes">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas">
<header role="banner" class="site-header">
  <a href="/" rel="home" class="site-logo">Ashcombe District Council</a>
  <nav role="navigation" aria-label="Main"><ul class="menu">
    <li><a href="/bins-recycling">Bins and recycling</a></li>
    <li><a href="/council-tax">Council tax</a></li>
    <li><a href="/planning">Planning</a></li>
    <li><a href="/your-council">Your council</a></li></ul></nav>
</header>
<nav class="breadcrumb" aria-labelledby="system-breadcrumb"><ol>
  <li><a href="/">Home</a></li><li><a href="/your-council">Your council</a></li>
  <li><a href="/committees">Committees</a></li>
  <li><a href="/committees/overview-and-scrutiny-committee">Overview and Scrutiny Committee</a></li>
</ol></nav>
<main id="main-content" role="main">
<div class="node node--type-committee-minutes node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">Overview and Scrutiny Committee &ndash; minutes, 11 March 2025</span></h1>
<div class="field field--name-field-meeting-details">
  <p>Minutes of the meeting of the Overview and Scrutiny Committee held on Tuesday 11 March 2025
  at 6.30pm in the Council Chamber, Ashcombe House, Market Street, Ashcombe.</p>
  <p class="status">Status: <strong>Approved</strong> at the meeting on 22 April 2025</p>
</div>
<section class="field field--name-field-attendance">
  <h2>Attendance</h2>
  <table class="attendance">
    <thead><tr><th>Member</th><th>Party</th><th>Attended</th></tr></thead>
    <tbody>
{rows}
    </tbody>
  </table>
  <p class="key"><small>&#10004; attended &nbsp; &#10008; did not attend &nbsp; Sub &ndash; attended as substitute</small></p>
  <p><strong>Also present:</strong> Councillor Martin Fenwick (Portfolio Holder for Housing, Leisure and Communities)</p>
  <p><strong>Officers:</strong> Rowena Dace (Head of Leisure and Culture), Samir Bhatt (Housing Options and Homelessness Service Manager),
  Elspeth Moran (Private Sector Housing and Home Improvement Agency Manager), Dr Kit Allard (Consultant in Public Health, Hartshire County Council)
  and Tom Pascoe (Democratic Services Officer)</p>
</section>
<div class="field field--name-field-minutes">
{arts}
</div>
<p class="meeting-close">The meeting ended at 8.52pm.</p>
<div class="field field--name-field-documents"><h2>Documents</h2><ul>
  <li><a href="/sites/default/files/2025-03/os-agenda-11-march-2025.pdf">Agenda (PDF, 2.1 MB)</a></li>
  <li><a href="/sites/default/files/2025-03/os-minutes-11-march-2025.pdf">Printable minutes (PDF, 310 KB)</a></li></ul></div>
<p class="last-updated">Last updated: 23 April 2025</p>
</div>
</main>
<footer role="contentinfo" class="site-footer"><p>&copy; Ashcombe District Council, Ashcombe House, Market Street, Ashcombe</p>
<ul class="menu"><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul></footer>
</div>
</body>
</html>
"""


HTML_GOLD = {
    "document": HTML_NAME,
    "doc_type": "minutes",
    "committee": "Overview and Scrutiny Committee",
    "meeting_date": "2025-03-11",
    "items": [{"number": n, "title": html.unescape(t)} for n, t, _ in HTML_ITEMS],
    "questions": [
        Q("OS/2025/17", "question",
          "wanted to know why a return to direct council management had scored lowest",
          "Cllr. Haddow",
          "direct management option carried additional pension, business rates and VAT costs",
          "Officers", ["privatisation", "finance", "subcontracting"]),
        Q("OS/2025/17", "question",
          "probed whether staff at the two centres would transfer to any new operator",
          "Cllr. Okafor", "assured members that TUPE would apply to all 46 staff",
          "The Portfolio Holder", ["workforce", "subcontracting"]),
        Q("OS/2025/17", "question",
          "pressed for details of how concessionary pricing for residents over 65",
          "Cllr. Trevithick",
          "current concessions would be fixed for the first three years of the new contract",
          "Officers", ["finance", "subcontracting"]),
        Q("OS/2025/17", "concern",
          "challenged officers over the absence of any user survey or public consultation",
          "Cllr. Penhale",
          "a four week online and paper survey of centre users would open in April",
          "The Portfolio Holder", ["patient-and-public-input"]),
        Q("OS/2025/18", "question",
          "how many families with children had been placed in bed and breakfast",
          "Cllr. Okafor", "9 families had exceeded the limit during the quarter", "Officers",
          ["housing", "children-and-families"]),
        Q("OS/2025/18", "question",
          "pressed for details of the net cost of temporary accommodation to the General Fund",
          "Cllr. Haddow", "with the remainder drawn from the housing reserve", "Officers",
          ["housing", "finance"]),
        Q("OS/2025/18", "concern",
          "growing reliance on nightly let accommodation from private landlords outside the district",
          "Cllr. Beresford",
          "a leasing scheme for 30 properties within the district was being negotiated",
          "Officers", ["housing", "children-and-families"]),
        Q("OS/2025/18", "request",
          "asked that future performance reports show the number of households placed outside",
          "Cllr. Beresford", None, None, ["housing"]),
        Q("OS/2025/19", "question",
          "the average time taken from referral to the completion of adaptation works",
          "Cllr. Whitlock", "the average was currently 38 weeks, against a target of 26 weeks",
          "Officers", ["housing"]),
        Q("OS/2025/19", "question",
          "probed whether the county council, as the social care authority, was doing enough",
          "Cllr. Haddow", "joint triage of referrals had begun in February", "Officers",
          ["adult-social-care", "integration", "housing"]),
        Q("OS/2025/19", "comment",
          "commented that the agency had performed well under difficult conditions",
          "Cllr. Castellan",
          "a full retender of the service would begin in the autumn of 2026",
          "The Portfolio Holder", ["subcontracting"]),
        Q("OS/2025/20", "question",
          "the uptake of the stop smoking service in the two most deprived wards",
          "Cllr. Castellan", "212 residents from Eastgate and Mill Hill had set a quit date",
          "Dr Allard", ["public-health"]),
        Q("OS/2025/20", "question",
          "funding would continue beyond March 2026, given the uncertainty over the public health grant",
          "Cllr. Okafor", "no commitment could yet be given beyond March 2026", "Officers",
          ["public-health", "finance"]),
    ],
    "resolutions": [
        R("OS/2025/16", "the minutes of the meeting held on 28 January 2025 be approved",
          "agreed", []),
        R("OS/2025/17",
          "That Cabinet be recommended to defer the decision on the procurement route",
          "recommended", ["subcontracting", "patient-and-public-input", "workforce"]),
        R("OS/2025/18", "a further report on the cost of temporary accommodation be brought",
          "agreed", ["housing", "finance"]),
        R("OS/2025/19",
          "endorses the proposed twelve month extension of the Home Improvement Agency contract",
          "agreed", ["subcontracting", "housing"]),
        R("OS/2025/20",
          "That the annual update of the Ashcombe Health and Wellbeing Partnership be noted",
          "noted", ["public-health"]),
        R("OS/2025/21",
          "the work programme for 2025/26 be agreed, subject to the addition of a task",
          "agreed", ["governance", "subcontracting"]),
    ],
    "attendees": [
        A("Councillor Jane Haddow", "Chairman", "present"),
        A("Councillor Robert Whitlock", "Vice-Chairman", "present"),
        A("Councillor Sophie Beresford", None, "present"),
        A("Councillor Neil Castellan", None, "present"),
        A("Councillor Harriet Lydgate", None, "absent"),
        A("Councillor Anil Mistry", None, "apologies"),
        A("Councillor Chidi Okafor", None, "present"),
        A("Councillor Grace Oyelaran", None, "apologies"),
        A("Councillor Mark Penhale", None, "present"),
        A("Councillor Peter Trevithick", None, "present"),
        A("Councillor Martin Fenwick", "Portfolio Holder for Housing, Leisure and Communities",
          "in_attendance"),
        A("Rowena Dace", "Head of Leisure and Culture", "in_attendance"),
        A("Samir Bhatt", "Housing Options and Homelessness Service Manager", "in_attendance"),
        A("Elspeth Moran", "Private Sector Housing and Home Improvement Agency Manager",
          "in_attendance"),
        A("Dr Kit Allard", "Consultant in Public Health, Hartshire County Council",
          "in_attendance"),
        A("Tom Pascoe", "Democratic Services Officer", "in_attendance"),
    ],
}

# ---------------------------------------------------------------------------
# 2. Plain-text email: North Harland Council Health and Care Scrutiny Committee
# ---------------------------------------------------------------------------
TXT_NAME = "ax-north-harland-health-and-care-scrutiny-committee-2025-06-19.txt"
WIDTH = 70

# ("H", heading) one line; ("P", text) paragraph; ("S", "(i)", text) sub-point; ("B",) blank
TXT_BODY = [
    ("P", "NORTH HARLAND COUNCIL"),
    ("P", "HEALTH AND CARE SCRUTINY COMMITTEE"),
    ("P", "Minutes of the meeting held on Thursday 19 June 2025 at 10.00 am in "
          "the Council Chamber, Harland Civic Centre, Wrey Street, Harland"),
    ("P", "Councillors present: Councillor Helen Brennan (Chair); Councillor "
          "Paul Achebe (Vice-Chair); Councillor Ruth Grange; Councillor Dev "
          "Sahota; Councillor Marion Tuckett; Councillor Alan Ferris; "
          "Councillor Joanne Kellaway; Councillor Simon Orde (substitute for "
          "Councillor Lyle)"),
    ("P", "Apologies: Councillor Graham Lyle; Councillor Beatrice Noone"),
    ("P", "Co-opted member present: Mrs Sheila Ambrose (Healthwatch Harland)"),
    ("P", "Officers in attendance: Gareth Lund (Corporate Director of Adult "
          "Social Care and Health); Dr Nadia Sorensen (Director of Public "
          "Health); Claire Hebden (Head of Commissioning and Market Shaping, "
          "Adult Social Care); Tomasz Wilk (Scrutiny and Democratic Services "
          "Officer)"),
    ("P", "Also in attendance: Fiona Macrae (Director of Commissioning, Harland "
          "and Deane Integrated Care Board); Dr Owen Threlfall (Chief Operating "
          "Officer, Harland Hospitals NHS Foundation Trust)"),
    ("H", "Minute 41/25: Apologies for Absence and Substitutions"),
    ("P", "Apologies for absence were received from Councillors Lyle and Noone. "
          "Councillor Orde attended as substitute for Councillor Lyle."),
    ("H", "Minute 42/25: Declarations of Interest"),
    ("P", "Councillor Kellaway declared a personal interest in Minute 45/25 as "
          "her daughter is employed as a care worker by a domiciliary care "
          "provider commissioned by the Council. No other declarations were made."),
    ("H", "Minute 43/25: Minutes of the Previous Meeting"),
    ("P", "RESOLVED: That the minutes of the meeting held on 10 April 2025 be "
          "confirmed as a correct record and signed by the Chair."),
    ("H", "Minute 44/25: Community Health Services Contract - Re-procurement"),
    ("P", "Fiona Macrae, Director of Commissioning at the Harland and Deane "
          "Integrated Care Board, introduced the report on the re-procurement of "
          "adult community health services, currently provided by Harland "
          "Community Health CIC under a contract which expires on 31 March 2026. "
          "The ICB intended to use the competitive process under the Provider "
          "Selection Regime, and the report set out the timetable, the three "
          "lots proposed and the engagement undertaken so far. In the discussion "
          "that followed:"),
    ("S", "(i)", "Councillor Grange queried why the ICB had decided to run a "
                 "competitive process rather than award the contract directly to "
                 "the existing provider. In response, Ms Macrae said that the value "
                 "and the scope of the new contract had changed significantly and "
                 "that legal advice had been that a competitive process was required."),
    ("S", "(ii)", "Councillor Sahota pressed the ICB on whether private companies "
                  "would be able to bid for any of the three lots, and raised "
                  "concerns that the community nursing lot could be separated from "
                  "the rest of the service. In response, Ms Macrae confirmed that any "
                  "qualified provider could bid but that the evaluation gave a 20 per "
                  "cent weighting to social value and to integration with council "
                  "services."),
    ("S", "(iii)", "Mrs Ambrose queried how patients and carers had been involved in "
                   "writing the service specification. In response, Ms Macrae said "
                   "that three engagement events had been held and that a patient "
                   "panel would take part in the evaluation of bids."),
    ("S", "(iv)", "Councillor Tuckett asked that the Committee be given sight of the "
                  "evaluation criteria before the invitation to tender was issued in "
                  "September. In response, Ms Macrae agreed to circulate the criteria "
                  "to members by the end of July."),
    ("P", "RESOLVED:"),
    ("S", "(1)", "That the report be noted."),
    ("S", "(2)", "That the comments of the Committee at (i) to (iv) above be "
                 "submitted to the ICB as its formal response to the engagement on "
                 "the re-procurement."),
    ("S", "(3)", "That a further report be brought to the Committee before the "
                 "contract is awarded."),
    ("H", "Minute 45/25: Adult Social Care Workforce Strategy 2025-2028"),
    ("P", "Gareth Lund, Corporate Director of Adult Social Care and Health, "
          "presented the draft workforce strategy, which had been developed with "
          "care providers and the Harland Care Association. Vacancy rates across "
          "the independent home care sector stood at 11.4 per cent, and the "
          "Council's own reablement service carried 17 vacant posts. Councillor "
          "Kellaway, having declared an interest, took no part in the discussion."),
    ("S", "(i)", "Councillor Achebe queried how many international recruits "
                 "working in home care had been affected by the changes to the "
                 "health and care worker visa. In response, Mr Lund said that the "
                 "Council was aware of 64 workers whose sponsors had lost their "
                 "licences, and that 41 of them had been found new employment with "
                 "other local providers."),
    ("S", "(ii)", "Councillor Ferris pressed for an explanation of why the fee "
                  "uplift to providers for 2025/26 had not been sufficient to fund "
                  "the increase in employer national insurance contributions. In "
                  "response, Ms Hebden said that the uplift of 5.8 per cent had been "
                  "set before the national insurance changes were announced, and "
                  "that a review of the fee model would report in October."),
    ("S", "(iii)", "Councillor Orde raised concerns that the strategy did not "
                   "address the pay gap between care workers and healthcare "
                   "assistants employed by the NHS, without which recruitment would "
                   "remain difficult."),
    ("P", "RESOLVED:"),
    ("S", "(1)", "That the draft Adult Social Care Workforce Strategy 2025-2028 be "
                 "endorsed."),
    ("S", "(2)", "That it be recommended to Cabinet that the final strategy include "
                 "an action plan on pay parity between care workers and NHS staff."),
    ("H", "Minute 46/25: Urgent and Emergency Care - Winter 2024/25 Review"),
    ("P", "Dr Owen Threlfall, Chief Operating Officer of Harland Hospitals NHS "
          "Foundation Trust, presented a review of winter performance. Four hour "
          "performance at Harland General Hospital had averaged 68 per cent "
          "between December and February, and on the worst days more than 120 "
          "patients had been medically fit for discharge but remained in hospital."),
    ("S", "(i)", "Councillor Sahota queried the number of patients who had waited "
                 "more than twelve hours in the emergency department. In response, "
                 "Dr Threlfall said that 2,930 patients had waited more than twelve "
                 "hours from arrival, compared with 3,410 the previous winter, and "
                 "that corridor care had been used on 41 days."),
    ("S", "(ii)", "Councillor Brennan pressed the Trust and the Council on what had "
                  "been done to reduce delayed discharges. In response, Mr Lund said "
                  "that the discharge to assess model had been extended to weekends "
                  "and that 30 additional short term care home beds had been block "
                  "purchased."),
    ("S", "(iii)", "Councillor Grange queried the cost of agency and locum staff over "
                   "the winter period. In response, Dr Threlfall said that agency "
                   "spend had fallen by a third compared with the previous year."),
    ("P", "RESOLVED: That the winter review be noted and that the Trust be thanked "
          "for its attendance."),
    ("H", "Minute 47/25: Healthwatch Harland Annual Report 2024/25"),
    ("P", "Mrs Ambrose presented the annual report of Healthwatch Harland, which "
          "highlighted continuing difficulties in access to NHS dentistry and to "
          "GP appointments."),
    ("S", "(i)", "Councillor Tuckett queried whether Healthwatch had seen any "
                 "improvement in access to NHS dentistry since the urgent dental "
                 "access scheme was launched by the ICB. In response, Mrs Ambrose "
                 "said that dentistry remained the most common subject of feedback, "
                 "at 38 per cent of all contacts."),
    ("S", "(ii)", "Councillor Ferris commented that the findings on GP telephone "
                  "access matched the experience of his own residents."),
    ("P", "RESOLVED: That the Healthwatch Harland Annual Report 2024/25 be noted."),
    ("H", "Minute 48/25: Work Programme"),
    ("P", "The Scrutiny and Democratic Services Officer presented the work "
          "programme for 2025/26."),
    ("P", "RESOLVED: That the work programme be agreed, with the addition of an "
          "item on NHS dental access for the September meeting."),
    ("P", "The meeting closed at 12.47 pm."),
    ("P", "Chair ..............................    Date ....................."),
]


def wrap(text, width, indent="", first=""):
    """Greedy wrap with hyphenation of long words at the line end (PDF justified look)."""
    words = text.split(" ")
    lines, cur = [], first
    base = len(first)
    for w in words:
        sep = "" if len(cur) == base else " "
        if len(cur) + len(sep) + len(w) <= width:
            cur += sep + w
            continue
        room = width - len(cur) - len(sep) - 1
        if w.isalpha() and len(w) >= 9 and room >= 4 and len(w) - room >= 3:
            lines.append(cur + sep + w[:room] + "-")
            cur = indent + w[room:]
        else:
            lines.append(cur)
            cur = indent + w
        base = len(indent)
    lines.append(cur)
    return lines


def build_txt():
    lines = []
    for part in TXT_BODY:
        if part[0] == "H":
            lines += [part[1], ""]
        elif part[0] == "P":
            lines += wrap(part[1], WIDTH) + [""]
        elif part[0] == "S":
            lab = part[1].ljust(6)
            lines += wrap(part[2], WIDTH, indent=" " * 6, first=lab) + [""]
    # paginate: page number and running header at page breaks, as copied from a PDF viewer
    out, page, n = [], 1, 0
    for ln in lines:
        out.append(ln)
        n += 1
        if n >= 46 and ln == "":
            page += 1
            out += [f"\u2013 {page - 1} \u2013", "",
                    "Health and Care Scrutiny Committee - 19 June 2025", ""]
            n = 0
    out += [f"\u2013 {page} \u2013"]
    head = (
        "From: Tomasz Wilk <tomasz.wilk@northharland.gov.uk>\n"
        "Sent: 24 June 2025 09:14\n"
        "To: Health and Care Scrutiny Committee Members\n"
        "Subject: Draft minutes - Health and Care Scrutiny Committee 19 June 2025\n\n"
        "Dear Members,\n\n"
        "Some of you have had trouble opening the PDF, so I have pasted the\n"
        "draft minutes of last Thursday's meeting below. Please let me know of\n"
        "any corrections by Friday.\n\n"
        "Kind regards\nTomasz\n\n"
        "-----\n\n")
    return head + "\n".join(out) + "\n"


TXT_GOLD = {
    "document": TXT_NAME,
    "doc_type": "minutes",
    "committee": "Health and Care Scrutiny Committee",
    "meeting_date": "2025-06-19",
    "items": [
        {"number": "41/25", "title": "Apologies for Absence and Substitutions"},
        {"number": "42/25", "title": "Declarations of Interest"},
        {"number": "43/25", "title": "Minutes of the Previous Meeting"},
        {"number": "44/25", "title": "Community Health Services Contract - Re-procurement"},
        {"number": "45/25", "title": "Adult Social Care Workforce Strategy 2025-2028"},
        {"number": "46/25", "title": "Urgent and Emergency Care - Winter 2024/25 Review"},
        {"number": "47/25", "title": "Healthwatch Harland Annual Report 2024/25"},
        {"number": "48/25", "title": "Work Programme"},
    ],
    "questions": [
        Q("44/25", "question",
          "rather than award the contract directly to the existing provider",
          "Councillor Grange",
          "the value and the scope of the new contract had changed significantly",
          "Ms Macrae", ["subcontracting", "privatisation"]),
        Q("44/25", "question",
          "whether private companies would be able to bid for any of the three lots",
          "Councillor Sahota",
          "the evaluation gave a 20 per cent weighting to social value",
          "Ms Macrae", ["privatisation", "subcontracting"]),
        Q("44/25", "question",
          "queried how patients and carers had been involved in writing the service specification",
          "Mrs Ambrose", "a patient panel would take part in the evaluation of bids",
          "Ms Macrae", ["patient-and-public-input", "subcontracting"]),
        Q("44/25", "request",
          "asked that the Committee be given sight of the evaluation criteria before",
          "Councillor Tuckett", "agreed to circulate the criteria to members by the end of July",
          "Ms Macrae", ["subcontracting"]),
        Q("45/25", "question",
          "how many international recruits working in home care had been affected",
          "Councillor Achebe",
          "41 of them had been found new employment with other local providers",
          "Mr Lund", ["workforce", "adult-social-care"]),
        Q("45/25", "question",
          "pressed for an explanation of why the fee uplift to providers",
          "Councillor Ferris", "a review of the fee model would report in October",
          "Ms Hebden", ["finance", "workforce", "adult-social-care"]),
        Q("45/25", "concern",
          "raised concerns that the strategy did not address the pay gap",
          "Councillor Orde", None, None, ["workforce", "adult-social-care"]),
        Q("46/25", "question",
          "queried the number of patients who had waited more than twelve hours",
          "Councillor Sahota", "that corridor care had been used on 41 days",
          "Dr Threlfall", []),
        Q("46/25", "question",
          "pressed the Trust and the Council on what had been done to reduce delayed discharges",
          "Councillor Brennan",
          "30 additional short term care home beds had been block purchased",
          "Mr Lund", ["adult-social-care", "integration"]),
        Q("46/25", "question",
          "queried the cost of agency and locum staff over the winter period",
          "Councillor Grange",
          "agency spend had fallen by a third compared with the previous year",
          "Dr Threlfall", ["workforce", "finance"]),
        Q("47/25", "question",
          "queried whether Healthwatch had seen any improvement in access to NHS dentistry",
          "Councillor Tuckett", "dentistry remained the most common subject of feedback",
          "Mrs Ambrose", ["primary-care", "patient-and-public-input"]),
        Q("47/25", "comment",
          "access matched the experience of his own residents",
          "Councillor Ferris", None, None, ["primary-care"]),
    ],
    "resolutions": [
        R("43/25", "minutes of the meeting held on 10 April 2025 be confirmed", "agreed", []),
        R("44/25", "That the comments of the Committee at (i) to (iv) above be",
          "agreed", ["subcontracting", "patient-and-public-input"]),
        R("45/25", "recommended to Cabinet that the final strategy include an action plan",
          "recommended", ["workforce", "adult-social-care"]),
        R("46/25", "That the winter review be noted and that the Trust be thanked",
          "noted", []),
        R("47/25", "That the Healthwatch Harland Annual Report 2024/25 be noted", "noted",
          ["patient-and-public-input"]),
        R("48/25", "with the addition of an item on NHS dental access", "agreed",
          ["primary-care"]),
    ],
    "attendees": [
        A("Councillor Helen Brennan", "Chair", "present"),
        A("Councillor Paul Achebe", "Vice-Chair", "present"),
        A("Councillor Ruth Grange", None, "present"),
        A("Councillor Dev Sahota", None, "present"),
        A("Councillor Marion Tuckett", None, "present"),
        A("Councillor Alan Ferris", None, "present"),
        A("Councillor Joanne Kellaway", None, "present"),
        A("Councillor Simon Orde", "substitute for Councillor Lyle", "present"),
        A("Councillor Graham Lyle", None, "apologies"),
        A("Councillor Beatrice Noone", None, "apologies"),
        A("Mrs Sheila Ambrose", "Healthwatch Harland", "present"),
        A("Gareth Lund", "Corporate Director of Adult Social Care and Health", "in_attendance"),
        A("Dr Nadia Sorensen", "Director of Public Health", "in_attendance"),
        A("Claire Hebden", "Head of Commissioning and Market Shaping, Adult Social Care",
          "in_attendance"),
        A("Tomasz Wilk", "Scrutiny and Democratic Services Officer", "in_attendance"),
        A("Fiona Macrae", "Director of Commissioning, Harland and Deane Integrated Care Board",
          "in_attendance"),
        A("Dr Owen Threlfall", "Chief Operating Officer, Harland Hospitals NHS Foundation Trust",
          "in_attendance"),
    ],
}

# ---------------------------------------------------------------------------
# 3. DOCX briefing note (not minutes)
# ---------------------------------------------------------------------------
DOCX_NAME = "ax-wrenbury-member-briefing-note-2025-07-01.docx"


def build_docx(path):
    from docx import Document
    from docx.shared import Pt
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    p = d.add_paragraph()
    r = p.add_run("Wrenbury Borough Council")
    r.bold = True
    d.add_heading("Member Briefing Note", level=1)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Subject", "Access to NHS dentistry in Wrenbury"),
        ("For", "Health and Adult Care Scrutiny Panel, 10 July 2025"),
        ("Prepared by", "Leah Corrigan, Senior Scrutiny Officer"),
        ("Date", "1 July 2025"),
    ]):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    d.add_heading("1. Purpose", level=2)
    d.add_paragraph(
        "This note gives members background ahead of the Panel's session with the Mersey "
        "Vale Integrated Care Board (ICB) on access to NHS dental services. It is for "
        "information only and does not ask members to make a decision.")
    d.add_heading("2. Background", level=2)
    d.add_paragraph(
        "Since April 2023 ICBs have been responsible for commissioning NHS dental services. "
        "Dentists are paid under the national contract by units of dental activity (UDAs). "
        "Several practices in the borough have handed back part of their NHS contracts in the "
        "last two years, and the ICB launched an urgent dental access scheme in October 2024 "
        "which funds extra sessions at six practices.")
    d.add_heading("3. Local picture", level=2)
    t2 = d.add_table(rows=4, cols=3)
    t2.style = "Table Grid"
    for i, row in enumerate([
        ("Measure", "Wrenbury", "England"),
        ("Adults seen by an NHS dentist in the last 24 months", "36%", "40%"),
        ("Children seen in the last 12 months", "52%", "56%"),
        ("NHS UDAs delivered against contracted (2024/25)", "81%", "79%"),
    ]):
        for j, v in enumerate(row):
            t2.cell(i, j).text = v
    d.add_paragraph(
        "Healthwatch Wrenbury reports that dentistry was the most common subject raised with "
        "it in 2024/25. Members have also received casework from residents unable to register "
        "with any practice within ten miles.")
    d.add_heading("4. Questions members may wish to ask", level=2)
    for q in [
        "How many practices in Wrenbury are currently accepting new adult NHS patients?",
        "What has the urgent dental access scheme delivered since October 2024, and will it "
        "continue after March 2026?",
        "How is the ICB using the funding returned when practices under-deliver their UDAs?",
        "What is being done to recruit and retain NHS dentists and dental nurses locally?",
        "How will the ICB make sure that children, care home residents and people with "
        "learning disabilities get the checks they need?",
        "How have patients and Healthwatch been involved in the ICB's dental recovery plan?",
    ]:
        d.add_paragraph(q, style="List Number")
    d.add_heading("5. Contact", level=2)
    d.add_paragraph("Leah Corrigan, Senior Scrutiny Officer, scrutiny@wrenbury.gov.uk")
    cp = d.core_properties
    cp.author = "Leah Corrigan"
    cp.title = "Member Briefing Note - NHS dentistry"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Leah Corrigan"
    cp.revision = 1
    d.save(path)
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the package with fixed zip timestamps so the build is byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2025, 7, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


DOCX_GOLD = {"document": DOCX_NAME, "doc_type": "report"}

# ---------------------------------------------------------------------------


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)

    def handle_starttag(self, tag, attrs):
        self.parts.append(" ")

    def handle_endtag(self, tag):
        self.parts.append(" ")


def source_text(path):
    if path.suffix == ".html":
        p = _Text()
        p.feed(path.read_text(encoding="utf-8"))
        return "".join(p.parts)
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                out += [c.text for c in row.cells]
        return "\n".join(out)
    return path.read_text(encoding="utf-8")


def norms(s):
    s = s.lower()
    a = " ".join(re.sub(r"[^\w\s]|_", " ", s).split())
    b = " ".join(re.sub(r"[^\w\s]|_", "", s).split())
    return a, b


def check():
    ok = True
    for g in sorted(GOLD.glob("ax-*.json")):
        gold = json.loads(g.read_text())
        doc = DOCS / gold["document"]
        if not doc.exists():
            print("MISSING", doc)
            ok = False
            continue
        ta, tb = norms(source_text(doc))
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            pa, pb = norms(ph)
            n = len(pa.split())
            ca, cb = ta.count(pa), tb.count(pb)
            if not (6 <= n <= 15) or ca != 1 or cb != 1:
                print(f"FAIL {g.name} {kind}: {ph!r} words={n} count={ca}/{cb}")
                ok = False
        print(f"{g.name}: {len(gold.get('items', []))} items, "
              f"{len(gold.get('questions', []))} questions, "
              f"{len(gold.get('resolutions', []))} resolutions, "
              f"{len(gold.get('attendees', []))} attendees")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    (DOCS / HTML_NAME).write_text(build_html(), encoding="utf-8")
    (DOCS / TXT_NAME).write_text(build_txt(), encoding="utf-8")
    build_docx(DOCS / DOCX_NAME)
    for gold in (HTML_GOLD, TXT_GOLD, DOCX_GOLD):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print("built", HTML_NAME, TXT_NAME, DOCX_NAME)


if __name__ == "__main__":
    main()
