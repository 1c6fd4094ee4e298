#!/usr/bin/env python3
"""Build the "cm-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_cm.py           build documents/cm-* and gold/cm-*.json
        build_cm.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/"

# ---------------------------------------------------------------------------
# Document 1: Modern.gov new responsive template (2024) HTML
# ---------------------------------------------------------------------------
D1 = "cm-harrowfield-asc-health-scrutiny-2025-03-11.html"

D1_ATT = [
    ("Councillor Margaret Okonedo", "Chair", "present"),
    ("Councillor Peter Vasquez-Lowe", "Vice-Chair", "present"),
    ("Councillor Aisha Rahman", None, "present"),
    ("Councillor Dennis Fairbrother", None, "present"),
    ("Councillor Helen Stroud", None, "present"),
    ("Councillor Gareth Inwood", None, "present"),
    ("Councillor Tom Beresford", "substitute for Councillor Linda Marsh", "present"),
]
D1_ALSO = [
    ("Councillor Sandra Whitlock", "Cabinet Member for Adult Social Care and Health", "in_attendance"),
    ("Mrs Judith Pennock", "Healthwatch Harrowfield", "in_attendance"),
]
D1_APOL = [
    ("Councillor Linda Marsh", None, "apologies"),
    ("Councillor Raymond Cheetham", None, "apologies"),
]
D1_OFF = [
    ("Karen Abimbola", "Corporate Director of Adult Social Care and Housing", "in_attendance"),
    ("Dr Matthew Lorrimer", "Director of Public Health", "in_attendance"),
    ("Simon Gladwell", "Head of Commissioning and Market Management (Adults)", "in_attendance"),
    ("Natalie Frayne", "Deputy Chief Operating Officer, Harrowfield and District NHS Foundation Trust", "in_attendance"),
    ("Owen Tregarthen", "Democratic Services Officer", "in_attendance"),
]

# items: (number, title, [minute paragraphs], decision html or None)
D1_ITEMS = [
    ("1", "Apologies for Absence and Substitutions", [
        "Apologies for absence were received from Councillors Linda Marsh and Raymond Cheetham. "
        "Councillor Tom Beresford attended as a substitute for Councillor Marsh.",
    ], None),
    ("2", "Declarations of Interest", [
        "Councillor Helen Stroud declared a non-pecuniary interest in item 7 as her son is employed "
        "as a staff nurse by Harrowfield and District NHS Foundation Trust. She remained in the "
        "meeting and took part in the discussion.",
    ], None),
    ("3", "Minutes of the Previous Meeting", [], "That the minutes of the meeting held on 4 February 2025 "
        "be approved as a correct record and signed by the Chair."),
    ("4", "Public Questions", [
        "One question had been received from a member of the public in accordance with the "
        "Committee Procedure Rules.",
        "Mrs Gwen Tallis asked whether the Council would guarantee that the Brook Lane day centre "
        "would stay open while the review of day opportunities was carried out; the Cabinet Member "
        "for Adult Social Care and Health replied that no decision had been taken and that families "
        "of current users would be consulted before any proposal came forward.",
        "Mrs Tallis asked a supplementary question about transport to alternative centres, and the "
        "Chair undertook to ensure that a written answer was sent to her within ten working days.",
    ], None),
    ("5", "Recommissioning of Home Care Services", [
        "The Head of Commissioning and Market Management (Adults) introduced the report, which set out "
        "the proposed approach to recommissioning home care from April 2026 on the basis of eight "
        "geographical zones, each with a lead provider and a framework of secondary providers.",
        "Councillor Dennis Fairbrother asked how many of the current providers were owned by private "
        "equity firms; the Cabinet Member replied that four of the fourteen framework providers were "
        "owned by investment funds and that financial resilience checks would form part of the "
        "evaluation.",
        "In response to questions from Members about the hourly rate, the Head of Commissioning "
        "explained that the proposed minimum rate of £24.60 had been benchmarked against neighbouring "
        "authorities and reflected the increase in employer national insurance contributions.",
        "Councillor Aisha Rahman raised concerns that zoning could leave rural parts of the borough "
        "without any provider willing to take packages. The Corporate Director acknowledged the "
        "risk and said that a rural uplift would be paid in the two northern zones.",
        "Councillor Gareth Inwood asked whether an in-house reablement service had been considered "
        "as an alternative to the framework; the Cabinet Member replied that an options appraisal "
        "had been carried out but that bringing the service in-house was not affordable at present.",
        "Mrs Judith Pennock of Healthwatch Harrowfield requested that people who receive home care be "
        "involved in the evaluation panels for the tender. The Head of Commissioning agreed to "
        "include two experts by experience on each panel.",
    ], "<ol><li>That the proposed approach to the recommissioning of home care services be endorsed.</li>"
       "<li>That the Cabinet be asked to ensure that a rural uplift is retained for the full term of the "
       "contract.</li></ol>"),
    ("6", "Public Health Grant 2025/26 and Stop Smoking Service", [
        "The Director of Public Health presented the allocation of the public health grant for "
        "2025/26 and the proposal to extend the stop smoking service contract with Clearair "
        "Community Interest Company for a further two years.",
        "In response to questions from Members about vaping among young people, the Director of "
        "Public Health explained that the school nursing service would deliver sessions in every "
        "secondary school from September and that trading standards had increased test purchasing.",
        "Councillor Peter Vasquez-Lowe queried why the quit rate in the most deprived wards was "
        "lower than the borough average. The Director said that the service was targeting "
        "routine and manual workers and pregnant women through a new outreach worker.",
        "Councillor Tom Beresford asked whether the grant uplift would cover the cost of the NHS "
        "pay award for staff on Agenda for Change terms; the Cabinet Member replied that it would "
        "not and that the shortfall would be met from the public health reserve.",
    ], "That the report be noted and the extension of the stop smoking service contract to 31 March "
       "2027 be supported."),
    ("7", "Harrowfield and District NHS Foundation Trust – Winter and Hospital Discharge Update", [
        "The Deputy Chief Operating Officer of the Trust gave a presentation on performance over the "
        "winter period, including ambulance handovers, the number of patients with no criteria to "
        "reside and the joint discharge hub at Harrowfield General Hospital.",
        "Councillor Helen Stroud asked what had caused the rise in corridor care in January; the "
        "Deputy Chief Operating Officer replied that flu admissions had peaked at twice the level "
        "of the previous year and that an escalation ward had been opened in response.",
        "In response to questions from Members about delayed discharges, the Corporate Director of "
        "Adult Social Care and Housing explained that the average wait for a home care package had "
        "fallen from nine days to four since the discharge to assess beds were commissioned.",
        "Councillor Aisha Rahman requested that future reports show discharge delays broken down by "
        "the ward and neighbourhood in which patients live, and this was agreed.",
    ], "That the Committee recommends to the Trust Board and the Integrated Care Board that a "
       "joint winter plan for 2025/26 be brought to the Committee in September 2025."),
    ("8", "Work Programme 2025/26", [
        "The Democratic Services Officer presented the draft work programme.",
        "Councillor Gareth Inwood asked for an item on the use of temporary accommodation for adults "
        "leaving hospital with care needs to be added to the programme; the Chair agreed that this "
        "would be considered at the informal planning meeting in April.",
    ], "That the work programme for 2025/26 be agreed, subject to the addition of the item on "
       "temporary accommodation for people leaving hospital."),
]

D1_QUESTIONS = [
    ("4", "question", "asked whether the Council would guarantee that the Brook Lane day centre",
     "Mrs Gwen Tallis", "families of current users would be consulted before any proposal came forward",
     "Cabinet Member for Adult Social Care and Health", ["adult-social-care", "patient-and-public-input"]),
    ("4", "question", "asked a supplementary question about transport to alternative centres",
     "Mrs Tallis", "ensure that a written answer was sent to her within ten working days",
     "Chair", ["adult-social-care"]),
    ("5", "question", "asked how many of the current providers were owned by private equity firms",
     "Councillor Dennis Fairbrother",
     "four of the fourteen framework providers were owned by investment funds",
     "Cabinet Member", ["privatisation", "subcontracting", "adult-social-care"]),
    ("5", "question", "In response to questions from Members about the hourly rate",
     None, "proposed minimum rate of £24.60 had been benchmarked against neighbouring authorities",
     "Head of Commissioning", ["finance", "subcontracting", "workforce", "adult-social-care"]),
    ("5", "concern", "raised concerns that zoning could leave rural parts of the borough",
     "Councillor Aisha Rahman", "a rural uplift would be paid in the two northern zones",
     "Corporate Director", ["subcontracting", "adult-social-care", "finance"]),
    ("5", "question", "asked whether an in-house reablement service had been considered",
     "Councillor Gareth Inwood",
     "bringing the service in-house was not affordable at present",
     "Cabinet Member", ["privatisation", "adult-social-care", "finance"]),
    ("5", "request", "requested that people who receive home care be involved in the evaluation panels",
     "Mrs Judith Pennock", "agreed to include two experts by experience on each panel",
     "Head of Commissioning", ["patient-and-public-input", "subcontracting", "adult-social-care"]),
    ("6", "question", "In response to questions from Members about vaping among young people",
     None, "the school nursing service would deliver sessions in every secondary school",
     "Director of Public Health", ["public-health", "children-and-families"]),
    ("6", "question", "queried why the quit rate in the most deprived wards was lower",
     "Councillor Peter Vasquez-Lowe",
     "targeting routine and manual workers and pregnant women through a new outreach worker",
     "Director", ["public-health"]),
    ("6", "question", "asked whether the grant uplift would cover the cost of the NHS pay award",
     "Councillor Tom Beresford",
     "the shortfall would be met from the public health reserve",
     "Cabinet Member", ["finance", "workforce", "public-health"]),
    ("7", "question", "asked what had caused the rise in corridor care in January",
     "Councillor Helen Stroud",
     "flu admissions had peaked at twice the level of the previous year",
     "Deputy Chief Operating Officer", ["public-health"]),
    ("7", "question", "In response to questions from Members about delayed discharges",
     None, "the average wait for a home care package had fallen from nine days to four",
     "Corporate Director of Adult Social Care and Housing", ["adult-social-care", "integration"]),
    ("7", "request", "requested that future reports show discharge delays broken down by the ward",
     "Councillor Aisha Rahman", None, None, ["adult-social-care", "public-health"]),
    ("8", "request", "asked for an item on the use of temporary accommodation for adults",
     "Councillor Gareth Inwood",
     "would be considered at the informal planning meeting in April",
     "Chair", ["housing", "governance", "adult-social-care"]),
]

D1_RES = [
    ("3", "minutes of the meeting held on 4 February 2025 be approved as a correct record",
     "agreed", []),
    ("5", "the proposed approach to the recommissioning of home care services be endorsed",
     "agreed", ["subcontracting", "adult-social-care"]),
    ("6", "extension of the stop smoking service contract to 31 March 2027 be supported",
     "agreed", ["public-health", "subcontracting"]),
    ("7", "recommends to the Trust Board and the Integrated Care Board that a joint winter plan",
     "recommended", ["integration"]),
    ("8", "the work programme for 2025/26 be agreed, subject to the addition",
     "agreed", ["governance"]),
]

CSS = """body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#1d1d1b}
.mgHeader{background:#00505c;color:#fff;padding:1rem}.mgContent{max-width:60rem;margin:0 auto;padding:1rem}
.mgAiTitleTxt{font-size:1.25rem;font-weight:700;margin-top:2rem;border-bottom:2px solid #00505c}
.mgAiNumber{display:inline-block;min-width:2.5rem}.mgDecisionTxt{background:#f3f7f7;padding:.5rem 1rem;margin:.5rem 0}
.mgAttendanceList{list-style:none;padding-left:0}@media (max-width:600px){.mgAiNumber{display:block}}"""


def esc(s):
    return html.escape(s, quote=False)


def att_li(name, role):
    return f"<li>{esc(name)}{' (' + esc(role) + ')' if role else ''}</li>"


def build_d1():
    out = ["<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           "<title>Minutes - Adult Social Care and Health Scrutiny Committee - Tuesday, 11th March, 2025 "
           "6.30 pm - Harrowfield Borough Council</title>", f"<style>{CSS}</style>", "</head>", "<body>",
           '<header class="mgHeader"><a class="mgSkip" href="#mgMain">Skip to main content</a>'
           "<p>Harrowfield Borough Council</p><nav><ul><li><a href=\"mgCalendarMonthView.aspx\">Calendar</a></li>"
           "<li><a href=\"mgListCommittees.aspx\">Committees</a></li><li><a href=\"mgMemberIndex.aspx\">Councillors</a></li>"
           "</ul></nav></header>",
           '<nav class="mgBreadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>'
           '<li><a href="ieListMeetings.aspx?CId=412">Adult Social Care and Health Scrutiny Committee</a></li>'
           "<li>Meeting</li></ol></nav>",
           '<main id="mgMain"><div class="mgContent">',
           "<h1>Minutes</h1>",
           '<div class="mgMeetingDetails"><p class="mgSubTitle">Adult Social Care and Health Scrutiny Committee</p>'
           "<p>Tuesday, 11th March, 2025 6.30 pm</p><p>Venue: Council Chamber, Civic Centre, Harrowfield</p>"
           '<p>Contact: Owen Tregarthen, Democratic Services Officer</p></div>',
           '<section class="mgAttendance"><h2>Attendance</h2>', "<h3>Councillors</h3>",
           '<ul class="mgAttendanceList">']
    out += [att_li(n, r) for n, r, _ in D1_ATT]
    out += ["</ul>", "<h3>Also present</h3>", '<ul class="mgAttendanceList">']
    out += [att_li(n, r) for n, r, _ in D1_ALSO]
    out += ["</ul>", "<h3>Apologies</h3>", '<ul class="mgAttendanceList">']
    out += [att_li(n, r) for n, r, _ in D1_APOL]
    out += ["</ul>", "<h3>Officers</h3>", '<ul class="mgAttendanceList">']
    out += [f"<li>{esc(n)} – {esc(r)}</li>" for n, r, _ in D1_OFF]
    out += ["</ul>", "</section>", '<section class="mgItems"><h2>Items</h2>']
    for num, title, paras, dec in D1_ITEMS:
        out.append(f'<div class="mgAiItem" id="item{num}">')
        out.append(f'<div class="mgAiTitleTxt"><span class="mgAiNumber">{num}.</span> {esc(title)}</div>')
        if paras:
            out.append('<div class="mgMinuteTxt">' + "".join(f"<p>{esc(p)}</p>" for p in paras) + "</div>")
        if dec:
            body = dec if dec.startswith("<") else f"<p>{esc(dec)}</p>"
            out.append(f'<div class="mgDecisionTxt"><p><strong>RESOLVED:</strong></p>{body}</div>')
        out.append("</div>")
    out += ["</section>",
            '<p class="mgMeetingEnd">The meeting ended at 8.52 pm</p>',
            '<p class="mgPrintLink"><a href="mgIssueHistoryHome.aspx">Printed minutes (PDF, 214 KB)</a></p>',
            "</div></main>",
            '<footer class="mgFooter"><p>© Harrowfield Borough Council</p></footer>',
            "</body>", "</html>"]
    return "\n".join(out) + "\n"


def html_source_text(s):
    s = re.sub(r"<style.*?</style>", " ", s, flags=re.S)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


# ---------------------------------------------------------------------------
# Document 2: joint HOSC, landscape two-column newspaper layout PDF
# ---------------------------------------------------------------------------
D2 = "cm-westmarsh-kingsbridge-jhosc-2025-06-19.pdf"
D2_COMMITTEE = "Westmarsh and Kingsbridge Joint Health Overview and Scrutiny Committee"

D2_COUNTY = [
    ("Cllr Rosalind Achterberg", "Chairman", "present"),
    ("Cllr Neville Pryce-Odum", None, "present"),
    ("Cllr Bernadette Quayle", None, "present"),
    ("Cllr Alan Threlfall", None, "present"),
    ("Cllr Judith Hemsworth", "substitute for Cllr Colin Dacre", "present"),
]
D2_CITY = [
    ("Cllr Imran Siddiqui", "Vice-Chairman", "present"),
    ("Cllr Patricia Mulvaney", None, "present"),
    ("Cllr Declan Osei-Bonsu", None, "present"),
    ("Cllr Fiona Lathbury", None, "present"),
]
D2_NHS = [
    ("Dr Helena Vorster", "Chief Medical Officer, Westmarsh and Kingsbridge Integrated Care Board", "in_attendance"),
    ("Mark Ellery", "Director of Strategic Commissioning and Contracting, Westmarsh and Kingsbridge ICB", "in_attendance"),
    ("Susan Adeyemi-Clarke", "Director of Nursing, Kingsbridge Hospitals NHS Trust", "in_attendance"),
    ("Robert Faulds", "Chief Operating Officer, Westmarsh Partnership NHS Foundation Trust", "in_attendance"),
    ("Lucy Marchbank", "Senior Scrutiny Officer, Westmarsh County Council", "in_attendance"),
    ("Ian Toller", "Democratic Services Manager, Kingsbridge City Council", "in_attendance"),
]
D2_APOL = [
    ("Cllr Colin Dacre", None, "apologies"),
    ("Cllr Maureen Kesteven", None, "apologies"),
]

# paragraphs: ("h", text) heading, ("p", text), ("r", text) RESOLVED block (text after dash)
D2_ITEMS = [
    ("JHOSC 12", "APOLOGIES AND SUBSTITUTIONS", [
        "Apologies for absence were received from Cllr Colin Dacre (County) and Cllr Maureen Kesteven "
        "(City). Cllr Judith Hemsworth attended as substitute for Cllr Dacre.",
    ], None),
    ("JHOSC 13", "DECLARATIONS OF INTEREST", [
        "Cllr Declan Osei-Bonsu (City) declared a personal interest in minute JHOSC 17 as a "
        "trustee of Kingsbridge Community Transport. Cllr Patricia Mulvaney (City) declared a "
        "personal interest as her husband is a retired GP in the city.",
    ], None),
    ("JHOSC 14", "MINUTES OF THE MEETING HELD ON 13 MARCH 2025", [], [
        "That the minutes of the meeting held on 13 March 2025 be confirmed as a correct record and "
        "signed by the Chairman.",
    ]),
    ("JHOSC 15", "URGENT AND EMERGENCY CARE RECOVERY PLAN", [
        "The ICB's Chief Medical Officer introduced the report on the urgent and emergency care "
        "recovery plan across both council areas, explaining that four-hour performance at "
        "Kingsbridge Royal Infirmary had improved to 71 per cent in May but remained below the "
        "national target.",
        "Cllr Neville Pryce-Odum (County) asked why ambulance response times in the rural west of "
        "the county were nearly double those in the city. The ICB's Chief Medical Officer said "
        "that handover delays at the Infirmary tied up crews, and that a rapid release protocol "
        "had cut average handover times to 38 minutes.",
        "Cllr Imran Siddiqui (City) asked how many patients were being cared for in corridors "
        "each day. The Director of Nursing said that the daily average in May was eleven and "
        "that every patient had a named nurse and a risk assessment.",
        "Cllr Bernadette Quayle (County) expressed concern that the urgent treatment centre at "
        "Westmarsh Community Hospital was still closed overnight because of staff shortages. "
        "The ICB's Chief Medical Officer said that recruitment to two emergency nurse "
        "practitioner posts was under way and that overnight opening would resume in October.",
        "Cllr Fiona Lathbury (City) asked whether GP practices in the city were offering enough "
        "same-day appointments to keep people away from the emergency department; the Chief "
        "Medical Officer said that the same-day access hubs had delivered 14,000 extra "
        "appointments since January.",
    ], [
        "(1) That the report be noted.",
        "(2) That the ICB be requested to report back in December 2025 on overnight opening of "
        "the Westmarsh urgent treatment centre.",
    ]),
    ("JHOSC 16", "PROPOSED RECONFIGURATION OF HYPERACUTE STROKE SERVICES", [
        "The Committee considered the ICB's proposal to centralise hyperacute stroke care at "
        "Kingsbridge Royal Infirmary and the draft consultation plan. The Committee was required "
        "to decide whether the proposal amounted to a substantial variation in the provision of "
        "health services.",
        "Cllr Alan Threlfall (County) asked what travel time analysis had been carried out for "
        "residents of the coastal villages. The ICB's Chief Medical Officer said that 96 per cent "
        "of the population would be within 60 minutes of the hyperacute unit by blue-light "
        "ambulance.",
        "Cllr Patricia Mulvaney (City) asked how the views of stroke survivors and their carers "
        "had shaped the options. The ICB's Chief Medical Officer replied that a stroke survivors' "
        "reference group had met six times and had asked for the rehabilitation beds to stay local.",
        "Cllr Judith Hemsworth (County) requested that the consultation should include drop-in "
        "events in market towns and not only online surveys; this was accepted by the ICB.",
    ], [
        "(1) That the Committee considers the proposal to be a substantial variation in the "
        "provision of health services.",
        "(2) That the Committee endorses the draft consultation plan, subject to the inclusion of "
        "drop-in events in each market town.",
    ]),
    ("JHOSC 17", "NON-EMERGENCY PATIENT TRANSPORT SERVICE – CONTRACT AWARD", [
        "The Director of Strategic Commissioning and Contracting reported that, following a "
        "competitive procurement under the Provider Selection Regime, the non-emergency patient "
        "transport contract had been awarded to Meridian Medical Logistics Ltd from 1 April 2025.",
        "Cllr Declan Osei-Bonsu (City) asked how many journeys had been missed or late since the "
        "new provider took over. The Director of Strategic Commissioning said that 6.2 per cent "
        "of renal dialysis journeys had been more than 30 minutes late in April, against a "
        "contractual standard of 5 per cent.",
        "Cllr Bernadette Quayle (County) questioned whether it was right for a private company to "
        "profit from a service that the ambulance trust had previously run. The Director of "
        "Strategic Commissioning said that the ambulance trust had not submitted a bid.",
        "Cllr Imran Siddiqui (City) asked what had happened to the drivers who had transferred "
        "under TUPE; the Director said that 41 staff had transferred and their terms and "
        "conditions were protected.",
    ], [
        "That the Committee recommends to the ICB Board that monthly performance data for the "
        "patient transport contract be published on the ICB website.",
    ]),
    ("JHOSC 18", "ADULT MENTAL HEALTH INPATIENT CAPACITY", [
        "The Chief Operating Officer of Westmarsh Partnership NHS Foundation Trust presented an "
        "update on out of area placements for adult acute mental health beds.",
        "Cllr Alan Threlfall (County) asked what the placements were costing the Trust. The Chief "
        "Operating Officer said that out of area placements had cost £4.3 million in 2024/25, "
        "mostly in independent sector hospitals.",
        "Cllr Fiona Lathbury (City) raised concern about the distance families had to travel to "
        "visit relatives placed out of area; the Chief Operating Officer said that travel costs "
        "for families were now reimbursed.",
    ], [
        "That the update on adult mental health inpatient capacity be noted.",
    ]),
    ("JHOSC 19", "WORK PROGRAMME", [
        "The Senior Scrutiny Officer presented the work programme for 2025/26.",
        "Cllr Neville Pryce-Odum (County) asked that NHS dentistry access be added as an item for "
        "the autumn; this was agreed.",
    ], [
        "That the work programme be approved, with the addition of an item on access to NHS "
        "dentistry.",
    ]),
]

D2_QUESTIONS = [
    ("JHOSC 15", "question", "asked why ambulance response times in the rural west of the county",
     "Cllr Neville Pryce-Odum", "a rapid release protocol had cut average handover times to 38 minutes",
     "ICB's Chief Medical Officer", []),
    ("JHOSC 15", "question", "asked how many patients were being cared for in corridors each day",
     "Cllr Imran Siddiqui", "every patient had a named nurse and a risk assessment",
     "Director of Nursing", ["governance"]),
    ("JHOSC 15", "concern", "expressed concern that the urgent treatment centre at Westmarsh Community Hospital",
     "Cllr Bernadette Quayle", "overnight opening would resume in October",
     "ICB's Chief Medical Officer", ["workforce"]),
    ("JHOSC 15", "question", "asked whether GP practices in the city were offering enough same-day appointments",
     "Cllr Fiona Lathbury", "same-day access hubs had delivered 14,000 extra appointments since January",
     "Chief Medical Officer", ["primary-care"]),
    ("JHOSC 16", "question", "asked what travel time analysis had been carried out for residents",
     "Cllr Alan Threlfall",
     "96 per cent of the population would be within 60 minutes",
     "ICB's Chief Medical Officer", []),
    ("JHOSC 16", "question", "asked how the views of stroke survivors and their carers had shaped the options",
     "Cllr Patricia Mulvaney",
     "a stroke survivors' reference group had met six times",
     "ICB's Chief Medical Officer", ["patient-and-public-input"]),
    ("JHOSC 16", "request", "requested that the consultation should include drop-in events in market towns",
     "Cllr Judith Hemsworth", "this was accepted by the ICB", None, ["patient-and-public-input"]),
    ("JHOSC 17", "question", "asked how many journeys had been missed or late since the new provider",
     "Cllr Declan Osei-Bonsu",
     "6.2 per cent of renal dialysis journeys had been more than 30 minutes late",
     "Director of Strategic Commissioning", ["subcontracting"]),
    ("JHOSC 17", "question", "questioned whether it was right for a private company to profit",
     "Cllr Bernadette Quayle", "the ambulance trust had not submitted a bid",
     "Director of Strategic Commissioning", ["privatisation", "subcontracting"]),
    ("JHOSC 17", "question", "asked what had happened to the drivers who had transferred under TUPE",
     "Cllr Imran Siddiqui", "41 staff had transferred and their terms and conditions were protected",
     "Director", ["workforce", "subcontracting"]),
    ("JHOSC 18", "question", "asked what the placements were costing the Trust",
     "Cllr Alan Threlfall", "out of area placements had cost £4.3 million in 2024/25",
     "Chief Operating Officer", ["mental-health", "finance", "subcontracting"]),
    ("JHOSC 18", "concern", "raised concern about the distance families had to travel to visit relatives",
     "Cllr Fiona Lathbury", "travel costs for families were now reimbursed",
     "Chief Operating Officer", ["mental-health"]),
    ("JHOSC 19", "request", "asked that NHS dentistry access be added as an item for the autumn",
     "Cllr Neville Pryce-Odum", None, None, ["primary-care", "governance"]),
]

D2_RES = [
    ("JHOSC 14", "minutes of the meeting held on 13 March 2025 be confirmed as a correct record",
     "agreed", []),
    ("JHOSC 15", "requested to report back in December 2025 on overnight opening",
     "other", []),
    ("JHOSC 16", "considers the proposal to be a substantial variation in the provision",
     "agreed", ["governance", "patient-and-public-input"]),
    ("JHOSC 17", "recommends to the ICB Board that monthly performance data for the patient transport",
     "recommended", ["subcontracting", "governance"]),
    ("JHOSC 18", "the update on adult mental health inpatient capacity be noted",
     "noted", ["mental-health"]),
    ("JHOSC 19", "the work programme be approved, with the addition of an item",
     "agreed", ["governance", "primary-care"]),
]

SHY = "\u00ad"
SUFFIXES = ["ation", "ition", "ment", "ments", "ance", "ence", "ity", "ised", "ising", "ting", "ning", "ally"]


def soft_hyphenate(text):
    """Insert soft hyphens before common suffixes of long words, so fpdf2 can split them at line ends."""
    def fix(m):
        w = m.group(0)
        if len(w) < 9:
            return w
        for suf in SUFFIXES:
            if w.lower().endswith(suf) and len(w) - len(suf) >= 5:
                return w[: len(w) - len(suf)] + SHY + w[len(w) - len(suf):]
        return w
    return re.sub(r"[A-Za-z]+", fix, text)


def d2_source_paragraphs():
    """List of (style, text) in reading order; also the 'source text' for --check."""
    out = []
    out.append(("title", "WESTMARSH COUNTY COUNCIL AND KINGSBRIDGE CITY COUNCIL"))
    out.append(("title", "JOINT HEALTH OVERVIEW AND SCRUTINY COMMITTEE"))
    out.append(("p", "MINUTES of a meeting of the Westmarsh and Kingsbridge Joint Health Overview and "
                     "Scrutiny Committee held at the Guildhall, Kingsbridge on Thursday 19 June 2025 "
                     "at 10.00 am."))
    out.append(("label", "County Council members present:"))
    out.append(("p", "; ".join(f"{n}{' (' + r + ')' if r else ''}" for n, r, _ in D2_COUNTY) + "."))
    out.append(("label", "City Council members present:"))
    out.append(("p", "; ".join(f"{n}{' (' + r + ')' if r else ''}" for n, r, _ in D2_CITY) + "."))
    out.append(("label", "NHS and officers in attendance:"))
    for n, r, _ in D2_NHS:
        out.append(("p", f"{n} – {r}"))
    out.append(("label", "Apologies:"))
    out.append(("p", "Cllr Colin Dacre (County); Cllr Maureen Kesteven (City)."))
    for num, title, paras, res in D2_ITEMS:
        out.append(("h", f"{num}  {title}"))
        for p in paras:
            out.append(("p", p))
        if res:
            out.append(("r", "RESOLVED –"))
            for r in res:
                out.append(("rc", r))
    out.append(("p", "The meeting closed at 12.47 pm."))
    out.append(("sig", "Chairman ........................................        Date ....................."))
    return out


def build_d2(path):
    from fpdf import FPDF

    class PDF(FPDF):
        def header(self):
            self.set_font("DV", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, "Westmarsh and Kingsbridge Joint Health Overview and Scrutiny Committee – 19 June 2025",
                      align="L")
            self.cell(0, 4, "Westmarsh County Council / Kingsbridge City Council", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(4)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-12)
            self.set_font("DV", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, "Chairman's initials ..........", align="L")
            self.cell(0, 4, f"Page {self.page_no()}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = PDF(orientation="L", format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 6, 24, 9, 15, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("JHOSC minutes 19 June 2025")
    pdf.set_author("Westmarsh County Council Democratic Services")
    pdf.set_creator("Committee Minutes System")
    pdf.set_producer("fpdf2")
    pdf.add_font("DV", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    paras = d2_source_paragraphs()
    # titles span both columns
    pdf.set_font("DV", "B", 13)
    for style, text in paras[:2]:
        pdf.cell(0, 7, text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    with pdf.text_columns(ncols=2, gutter=9, text_align="J", line_height=1.15) as cols:
        for style, text in paras[2:]:
            if style == "h":
                pdf.set_font("DV", "B", 9.5)
                with cols.paragraph(text_align="L", top_margin=3, bottom_margin=1.5) as par:
                    par.write(text)
            elif style == "label":
                pdf.set_font("DV", "B", 9)
                with cols.paragraph(text_align="L", top_margin=1.5, bottom_margin=0.5) as par:
                    par.write(text)
            elif style == "r":
                pdf.set_font("DV", "B", 9)
                with cols.paragraph(text_align="L", top_margin=1, bottom_margin=1) as par:
                    par.write(text)
            elif style == "rc":
                pdf.set_font("DV", "B", 9)
                with cols.paragraph(text_align="J", bottom_margin=1.5) as par:
                    par.write(soft_hyphenate(text))
            elif style == "sig":
                pdf.set_font("DV", "", 9)
                with cols.paragraph(text_align="L", top_margin=8) as par:
                    par.write(text)
            else:
                pdf.set_font("DV", "", 9)
                with cols.paragraph(text_align="J", bottom_margin=1.8) as par:
                    par.write(soft_hyphenate(text))
    pdf.output(str(path))


def d2_source_text():
    return "\n".join(t for _, t in d2_source_paragraphs())


# ---------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------
def qrows(qs):
    return [{"item": i, "kind": k, "text": t, "asked_by": a, "answer": ans, "given_by": g, "themes": th}
            for i, k, t, a, ans, g, th in qs]


def rrows(rs):
    return [{"item": i, "text": t, "outcome": o, "themes": th} for i, t, o, th in rs]


def arows(lst):
    return [{"name": n, "role": r, "attendance": a} for n, r, a in lst]


def gold_d1():
    return {
        "document": D1, "doc_type": "minutes",
        "committee": "Adult Social Care and Health Scrutiny Committee", "meeting_date": "2025-03-11",
        "items": [{"number": n, "title": t} for n, t, _, _ in D1_ITEMS],
        "questions": qrows(D1_QUESTIONS), "resolutions": rrows(D1_RES),
        "attendees": arows(D1_ATT + D1_ALSO + D1_APOL + D1_OFF),
    }


def gold_d2():
    return {
        "document": D2, "doc_type": "minutes",
        "committee": D2_COMMITTEE, "meeting_date": "2025-06-19",
        "items": [{"number": n, "title": t} for n, t, _, _ in D2_ITEMS],
        "questions": qrows(D2_QUESTIONS), "resolutions": rrows(D2_RES),
        "attendees": arows(D2_COUNTY + D2_CITY + D2_NHS + D2_APOL),
    }


def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w£]+", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def check():
    ok = True
    pairs = [(D1, html_source_text((DOCS / D1).read_text(encoding="utf-8"))), (D2, d2_source_text())]
    # also check the PDF's own extracted text when pdfplumber can read it in column order
    for name, src in pairs:
        g = json.loads((GOLD / (Path(name).stem + ".json")).read_text(encoding="utf-8"))
        ns = norm(src)
        phrases = []
        for q in g["questions"]:
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in g["resolutions"]:
            phrases.append(("resolution", r["text"]))
        for kind, p in phrases:
            n = len(p.split())
            c = ns.count(norm(p))
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {name} {kind}: count={c} words={n}: {p}")
        print(f"{name}: items={len(g['items'])} questions={len(g['questions'])} "
              f"resolutions={len(g['resolutions'])} attendees={len(g['attendees'])} phrases={len(phrases)}")
    # PDF extraction sanity: every phrase should also be found in the crop of each column
    try:
        import pdfplumber
        with pdfplumber.open(DOCS / D2) as pdf:
            parts = []
            for page in pdf.pages:
                w = page.width
                for box in ((0, 0, w / 2, page.height), (w / 2, 0, w, page.height)):
                    parts.append(page.crop(box).extract_text() or "")
        txt = "\n".join(parts)
        txt = re.sub(r"[\-\u00ad]\n", "", txt)
        nt = norm(txt)
        g = json.loads((GOLD / (Path(D2).stem + ".json")).read_text(encoding="utf-8"))
        miss = [p for p in [q["text"] for q in g["questions"]] + [q["answer"] for q in g["questions"] if q["answer"]]
                + [r["text"] for r in g["resolutions"]] if norm(p) not in nt]
        print(f"{D2}: {len(miss)} phrase(s) not found in column-cropped PDF text (informational; page/column breaks)")
        for m in miss:
            print("   ", m)
    except Exception as e:  # informational only
        print("pdf extraction check skipped:", e)
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    (DOCS / D1).write_text(build_d1(), encoding="utf-8")
    build_d2(DOCS / D2)
    for name, g in ((D1, gold_d1()), (D2, gold_d2())):
        (GOLD / (Path(name).stem + ".json")).write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
    print("built")
