#!/usr/bin/env python3
"""Build the "at-" documents of the other-councils evaluation set and their gold annotations.

Usage: build_at.py          build documents and gold
       build_at.py --check  verify every gold phrase occurs once in its document
"""
import datetime
import html
import json
import os
import re
import sys
import textwrap
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# ---------------------------------------------------------------------------
# Document 1: HTML intranet export, one table with a row per minute
# ---------------------------------------------------------------------------
D1 = "at-westmarch-asch-select-committee-2025-06-17.html"

D1_ROWS = [
    ("21", "Apologies and substitutions", """
<p>Apologies for absence were received from Cllr Lee Harrow and Cllr David Kemble. Cllr Ann Whitcombe attended as substitute for Cllr Harrow.</p>"""),
    ("22", "Declarations of interest", """
<p>Cllr Simon Threlkeld declared a non-pecuniary interest in minute 25 as a trustee of Westmarch Carers Together, which receives a grant from the County Council. He remained in the room and took part in the discussion.</p>"""),
    ("23", "Minutes of the previous meeting", """
<p><strong>RESOLVED</strong> that the minutes of the meeting held on 1 April 2025 be confirmed as a correct record and signed by the Chair.</p>"""),
    ("24", "Director of Public Health Annual Report 2024/25", """
<p>Dr Owen Marchetti, Director of Public Health, introduced his annual report, which this year focused on the widening gap in healthy life expectancy between the most and the least deprived wards of the county. He drew attention to the recommendations addressed to the NHS, district councils and the County Council itself.</p>
<p>The following points were raised in discussion:</p>
<ul>
<li>Cllr Okoro raised the issue of the falling uptake of childhood immunisations in the eastern districts, where MMR coverage at age five had dropped below 88 per cent. The Director stated in response that a targeted catch-up programme would run through school nurses from September, with pop-up clinics at the family hubs in Ashby Fields and Colnford.</li>
<li>Cllr Threlkeld was interested to know how much of the public health grant was now spent on services commissioned from outside the NHS. It was noted that around 41 per cent of the grant was spent through contracts, the largest being the integrated sexual health service, which is held by a community interest company until March 2027.</li>
<li>Cllr Whitcombe expressed concern that the stop smoking service had lost two of its advisers since January and that waiting times in rural areas had risen to six weeks.</li>
</ul>
<p><strong>RESOLVED</strong> &ndash; That</p>
<p>(1) the Director of Public Health Annual Report 2024/25 be noted; and</p>
<p>(2) the Director be asked to circulate a breakdown of stop smoking waiting times by district before the next meeting.</p>"""),
    ("25", "Recommissioning of Home Care (Domiciliary Care) Services", """
<p>Stephen Ruddle, Head of Commissioning and Market Management (Adult Social Care), introduced the report setting out the proposed procurement of a new home care framework from April 2026, replacing the six zone contracts awarded in 2019. The Cabinet would take the decision on 22 July 2025 and the Committee&rsquo;s comments would be reported to it.</p>
<p>Cllr Danvers raised the issue of provider failure, noting that two of the current zone lead providers had been acquired by groups backed by private equity during the last year. The Head of Commissioning stated in response that financial health checks were carried out on every bidder and that the new contract would contain step-in rights for the Council. Karen Listowel, Executive Director of Adults, Health and Wellbeing, added that the market position statement would be refreshed before tenders were invited.</p>
<p>Further points raised included:</p>
<ul>
<li>Cllr Mistry was interested to know whether the new framework would require providers to pay the Real Living Wage and to pay care workers for their travel time. The Executive Director stated in response that both would be contract conditions, funded through an uplift of 6.2 per cent in the hourly rate.
  <ul><li>It was noted that the uplift had been built into the draft budget for 2026/27.</li></ul>
</li>
<li>Cllr Fairlie asked whether an in-house home care team could be re-established as a provider of last resort, as some neighbouring councils had done. It was noted that an options appraisal for a small in-house reablement service would be brought to the Committee in the autumn.</li>
<li>Cllr Askew requested that people who draw on care and their carers be involved in evaluating the tenders, as had happened in 2019. The Head of Commissioning stated in response that he would include two expert by experience evaluators on each lot panel.</li>
</ul>
<p><strong>RESOLVED</strong> &ndash; That the Committee:</p>
<p>(1) notes the proposed commissioning model for home care;</p>
<p>(2) recommends to Cabinet that the Real Living Wage and paid travel time be written into the service specification as minimum requirements; and</p>
<p>(3) requests the options appraisal on in-house provision for its meeting on 14 October 2025.</p>"""),
    ("26", "Hospital Discharge and Winter Planning &ndash; NHS Westmarch ICB", """
<p>Amanda Corrie, Director of Urgent and Emergency Care, NHS Westmarch Integrated Care Board, presented the joint review of last winter and the draft plan for 2025/26, which had been developed with the County Council and Kingsmere Hospitals NHS Foundation Trust.</p>
<p>Cllr Whitcombe raised the issue of patients from the western fringe of the county being discharged late at night with no transport home. The ICB representative stated in response that the discharge lounge at Kingsmere General Hospital would open until 10pm from November and that transport would be booked before 6pm. Cllr Okoro was interested to know how many patients were waiting in hospital for a package of care on an average day; it was noted that the figure had fallen from 112 in January to 74 in May. Cllr Danvers raised the issue of the national requirement for the ICB to cut its running costs by 50 per cent and asked what this would mean for the joint discharge team. The Executive Director stated in response that the Council had not yet been told which ICB posts would be affected and that this was a risk to the Better Care Fund plan.</p>
<p>Cllr Threlkeld expressed concern that engagement on the proposed overnight closure of the Fenbridge minor injuries unit had so far been limited to an online survey. It was noted that three drop in public events would be held in Fenbridge and Wyle during July.</p>
<p><strong>RESOLVED</strong> that the update on hospital discharge and winter planning be noted.</p>
<p><strong>RESOLVED</strong> that the Chair write to the Chief Executive of the ICB requesting a written response on the effect of the running cost reductions on joint posts.</p>"""),
    ("27", "Work Programme 2025/26", """
<p>The Committee considered its work programme. Cllr Mistry requested that an item on the adult social care workforce strategy be added for the December meeting.</p>
<p><strong>RESOLVED</strong> that the work programme be agreed, subject to the addition of an item on the adult social care workforce strategy.</p>"""),
]


def build_d1():
    rows = []
    for no, subj, body in D1_ROWS:
        rows.append(
            '<tr valign="top">\n<td class="minno">%s</td>\n<td class="subj"><b>%s</b></td>\n'
            '<td class="minute">%s\n</td>\n</tr>' % (no, subj, body.strip()))
    doc = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Adult Social Care and Health Select Committee - Minutes - 17 June 2025</title>
<style>
body { font-family: Arial, Helvetica, sans-serif; font-size: 10pt; margin: 20px; }
table.minutes { border-collapse: collapse; width: 100%%; }
table.minutes th, table.minutes td { border: 1px solid #999; padding: 4px 6px; }
table.minutes th { background: #dde4ee; text-align: left; }
td.minno { width: 4em; } td.subj { width: 16em; }
dl.att dt { font-weight: bold; margin-top: 6px; } dl.att dd { margin-left: 2em; }
.exportinfo { color: #777; font-size: 8pt; }
</style>
</head>
<body>
<div class="exportinfo">Westmarch County Council intranet &middot; Committee records &middot; exported 24/06/2025 09:12 &middot; Status: Approved for publication</div>
<h1>WESTMARCH COUNTY COUNCIL</h1>
<h2>Adult Social Care and Health Select Committee</h2>
<p>Minutes of the meeting held on Tuesday 17 June 2025 at 10.00 am in the Council Chamber, County Hall, Kingsmere.</p>
<dl class="att">
<dt>Present</dt>
<dd>Cllr Helen Askew (Chair), Cllr Robert Danvers (Vice-Chair), Cllr Gordon Fairlie, Cllr Priya Mistry, Cllr Janet Okoro, Cllr Simon Threlkeld, Cllr Ann Whitcombe (substitute)</dd>
<dt>Also present</dt>
<dd>Cllr Martin Pell (Cabinet Member for Adult Social Care and Health)</dd>
<dd>Amanda Corrie (Director of Urgent and Emergency Care, NHS Westmarch Integrated Care Board) &ndash; for minute 26</dd>
<dt>Officers</dt>
<dd>Karen Listowel (Executive Director of Adults, Health and Wellbeing)</dd>
<dd>Dr Owen Marchetti (Director of Public Health)</dd>
<dd>Stephen Ruddle (Head of Commissioning and Market Management, Adult Social Care)</dd>
<dd>Fiona Beck (Democratic Services Officer)</dd>
<dt>Apologies</dt>
<dd>Cllr Lee Harrow, Cllr David Kemble</dd>
</dl>
<table class="minutes" summary="Minutes">
<thead>
<tr><th>No.</th><th>Subject</th><th>Minute</th></tr>
</thead>
<tbody>
%s
</tbody>
</table>
<p>The meeting ended at 12.48 pm.</p>
<p>Chair ..............................................</p>
<div class="exportinfo">Document ref: ASCH/MIN/2025-06-17 &middot; Page generated by CommitteeRecords v3.2</div>
</body>
</html>
""" % "\n".join(rows)
    return doc


def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def A(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


G1 = {
    "document": D1,
    "doc_type": "minutes",
    "committee": "Adult Social Care and Health Select Committee",
    "meeting_date": "2025-06-17",
    "items": [{"number": n, "title": html.unescape(t)} for n, t, _ in D1_ROWS],
    "questions": [
        Q("24", "question", "raised the issue of the falling uptake of childhood immunisations",
          "Cllr Okoro", "a targeted catch-up programme would run through school nurses",
          "The Director", ["public-health", "children-and-families"]),
        Q("24", "question", "was interested to know how much of the public health grant",
          "Cllr Threlkeld", "around 41 per cent of the grant was spent through contracts",
          None, ["public-health", "finance", "subcontracting"]),
        Q("24", "concern", "the stop smoking service had lost two of its advisers",
          "Cllr Whitcombe", None, None, ["public-health", "workforce"]),
        Q("25", "concern", "two of the current zone lead providers had been acquired",
          "Cllr Danvers", "financial health checks were carried out on every bidder",
          "The Head of Commissioning", ["subcontracting", "privatisation", "adult-social-care"]),
        Q("25", "question", "require providers to pay the Real Living Wage and to pay care workers",
          "Cllr Mistry", "both would be contract conditions funded through an uplift of 6.2 per cent",
          "The Executive Director", ["workforce", "subcontracting", "finance", "adult-social-care"]),
        Q("25", "question", "whether an in-house home care team could be re-established",
          "Cllr Fairlie", "an options appraisal for a small in-house reablement service",
          None, ["privatisation", "adult-social-care"]),
        Q("25", "request", "people who draw on care and their carers be involved in evaluating the tenders",
          "Cllr Askew", "include two expert by experience evaluators on each lot panel",
          "The Head of Commissioning", ["patient-and-public-input", "subcontracting", "adult-social-care"]),
        Q("26", "concern", "being discharged late at night with no transport home",
          "Cllr Whitcombe", "the discharge lounge at Kingsmere General Hospital would open until 10pm",
          "The ICB representative", ["adult-social-care"]),
        Q("26", "question", "how many patients were waiting in hospital for a package of care",
          "Cllr Okoro", "the figure had fallen from 112 in January to 74 in May",
          None, ["adult-social-care"]),
        Q("26", "question", "national requirement for the ICB to cut its running costs by 50 per cent",
          "Cllr Danvers", "the Council had not yet been told which ICB posts would be affected",
          "The Executive Director", ["finance", "workforce", "integration"]),
        Q("26", "concern", "engagement on the proposed overnight closure of the Fenbridge minor injuries unit",
          "Cllr Threlkeld", "three drop in public events would be held in Fenbridge and Wyle",
          None, ["patient-and-public-input"]),
        Q("27", "request", "an item on the adult social care workforce strategy be added",
          "Cllr Mistry", None, None, ["adult-social-care", "workforce"]),
    ],
    "resolutions": [
        R("23", "minutes of the meeting held on 1 April 2025 be confirmed", "agreed", []),
        R("24", "the Director of Public Health Annual Report 2024/25 be noted", "agreed", ["public-health"]),
        R("25", "recommends to Cabinet that the Real Living Wage and paid travel time",
          "recommended", ["workforce", "subcontracting", "adult-social-care"]),
        R("26", "the update on hospital discharge and winter planning be noted", "noted",
          ["adult-social-care"]),
        R("26", "the Chair write to the Chief Executive of the ICB requesting", "agreed",
          ["finance", "workforce"]),
        R("27", "the work programme be agreed subject to the addition of an item", "agreed",
          ["adult-social-care", "workforce"]),
    ],
    "attendees": [
        A("Cllr Helen Askew", "Chair", "present"),
        A("Cllr Robert Danvers", "Vice-Chair", "present"),
        A("Cllr Gordon Fairlie", None, "present"),
        A("Cllr Priya Mistry", None, "present"),
        A("Cllr Janet Okoro", None, "present"),
        A("Cllr Simon Threlkeld", None, "present"),
        A("Cllr Ann Whitcombe", "substitute", "present"),
        A("Cllr Martin Pell", "Cabinet Member for Adult Social Care and Health", "in_attendance"),
        A("Amanda Corrie", "Director of Urgent and Emergency Care, NHS Westmarch Integrated Care Board", "in_attendance"),
        A("Karen Listowel", "Executive Director of Adults, Health and Wellbeing", "in_attendance"),
        A("Dr Owen Marchetti", "Director of Public Health", "in_attendance"),
        A("Stephen Ruddle", "Head of Commissioning and Market Management, Adult Social Care", "in_attendance"),
        A("Fiona Beck", "Democratic Services Officer", "in_attendance"),
        A("Cllr Lee Harrow", None, "apologies"),
        A("Cllr David Kemble", None, "apologies"),
    ],
}

# ---------------------------------------------------------------------------
# Document 2: clerk's plain text, "1)" items, a./b. points, "  > " answers
# ---------------------------------------------------------------------------
D2 = "at-brackenfold-health-scrutiny-panel-2025-03-04.txt"

W = 76


def para(text, indent="", first=None):
    first = indent if first is None else first
    return textwrap.fill(text, W, initial_indent=first, subsequent_indent=indent)


def point(letter, q, answers=()):
    out = [para(q, indent="     ", first="  %s. " % letter)]
    for a in answers:
        out.append(para(a, indent="    ", first="  > "))
    return "\n".join(out)


def build_d2():
    L = []
    L.append("BRACKENFOLD BOROUGH COUNCIL")
    L.append("HEALTH SCRUTINY PANEL")
    L.append("")
    L.append("Minutes of meeting held Tuesday 4 March 2025, 6.30pm")
    L.append("Committee Room 2, Town Hall, Brackenfold")
    L.append("")
    L.append("In the Chair: Cllr D Pickersgill")
    L.append("Panel members: Cllr T Aldous (Vice-Chair), Cllr M Brannigan, Cllr S Chaudhry,")
    L.append("  Cllr L Ferreira, Cllr K Howell")
    L.append("Officers: Rachel Tennant (Head of Strategic Housing and Public Health")
    L.append("  Commissioning), Mark Ewart (Scrutiny and Democratic Services Officer)")
    L.append("Also attending: Dr Hannah Wyke (Clinical Director, Brackenfold Primary Care")
    L.append("  Network) - item 4; Colin Rees (Manager, Healthwatch Brackenfold) - item 6")
    L.append("Apologies: Cllr G Munro, Cllr P Sadler")
    L.append("")
    L.append("-" * W)
    L.append("")
    L.append("1) APOLOGIES FOR ABSENCE")
    L.append(para("Apologies were received from Cllr Munro and Cllr Sadler. No substitutes had been nominated."))
    L.append("")
    L.append("2) DECLARATIONS OF INTEREST")
    L.append(para("Cllr Howell declared that she is a patient at Riverside Surgery, one of the six practices in the Brackenfold PCN. This was not a disclosable interest. No other declarations were made."))
    L.append("")
    L.append("3) MINUTES OF LAST MEETING")
    L.append(para("The minutes of the meeting held on 14 January 2025 were AGREED as a correct record and signed by the Chair."))
    L.append("Matters arising:")
    L.append(point("a", "Cllr Aldous asked whether the ICB had replied to the Chair's letter about the temporary closure of Fenwick Ward at Brackenfold Community Hospital.",
                   ["M Ewart said a holding reply had been received and a full response was promised by the end of March."]))
    L.append("")
    L.append("4) ACCESS TO GP APPOINTMENTS - BRACKENFOLD PCN")
    L.append(para("Dr Wyke gave a presentation on appointment activity across the six practices in the PCN. Appointments offered had risen by 9% on the previous year, but the proportion of patients describing their experience of making an appointment as good had fallen to 49%."))
    L.append("Points raised by members:")
    L.append(point("a", "Cllr Brannigan asked why patients ringing their surgery at 8am were still being told that every appointment for that day had gone within twenty minutes.",
                   ["Dr Wyke said the practices had moved to a total triage model in January and callers should now be offered a call back on the same day."]))
    L.append(point("b", "Cllr Ferreira raised concern that older residents without smartphones were being pushed to use the NHS App.",
                   ["Dr Wyke confirmed that the phone and walk in routes remained open and that care navigators at each practice had been trained to help."]))
    L.append(point("c", "Cllr Howell asked about the use of physician associates and whether patients were told that they were not seeing a doctor.",
                   ["Dr Wyke said all physician associates wore badges and were supervised by a named GP each session.",
                    "The PCN employed 4.5 FTE physician associates through the Additional Roles Reimbursement Scheme."]))
    L.append(point("d", "Cllr Chaudhry requested figures on the number of registered patients per GP in each of the six practices."))
    L.append("")
    L.append("The Panel NOTED the presentation on access to GP appointments.")
    L.append(para("It was AGREED that the PCN be invited back in September to report on the first six months of the total triage model."))
    L.append("")
    L.append("\f")
    L.append("Health Scrutiny Panel 4 March 2025                                  Page 2")
    L.append("")
    L.append("5) TEMPORARY ACCOMMODATION AND HEALTH")
    L.append(para("Rachel Tennant introduced the report on the health needs of households placed in temporary accommodation, including the continued use of two hotels for bed and breakfast placements."))
    L.append(point("a", "Cllr Aldous asked how many families with children had been in bed and breakfast for longer than the six week legal limit.",
                   ["R Tennant said 23 families had exceeded six weeks at the end of February, down from 41 in November."]))
    L.append(point("b", "Cllr Howell raised the point that families placed out of borough were losing their GP registration and contact with health visitors.",
                   ["R Tennant said a health liaison nurse, funded from the public health grant, now visited both hotels every week."]))
    L.append(point("c", "Cllr Ferreira asked whether the Council's contract with the operator of the Station Road hotel included any standards on damp and mould.",
                   ["R Tennant said the contract had been re-let in 2024 with an inspection regime and penalties for failing to complete repairs within 48 hours."]))
    L.append("")
    L.append("The Panel NOTED the report on temporary accommodation and health.")
    L.append(para("It was AGREED that the Panel recommend to the Executive that a dedicated budget line be created for health support to households in temporary accommodation."))
    L.append("")
    L.append("6) HEALTHWATCH QUARTERLY REPORT")
    L.append(para("Colin Rees presented the Healthwatch report for October to December 2024, which drew on 612 pieces of feedback, most of them about GP access and NHS dentistry."))
    L.append(point("a", "Cllr Chaudhry asked how Healthwatch had reached residents who do not speak English as a first language.",
                   ["C Rees said the survey had been translated into Polish, Urdu and Romanian and promoted through community groups and the mosque."]))
    L.append(point("b", "Cllr Brannigan commented that the lack of NHS dentists taking on adult patients in the town centre had been raised at every meeting for two years.",
                   ["C Rees said Healthwatch had escalated the matter to the ICB's dental commissioning lead in January."]))
    L.append("")
    L.append("The Panel NOTED the Healthwatch quarterly report for October to December.")
    L.append("")
    L.append("7) WORK PLAN AND DATE OF NEXT MEETING")
    L.append(para("It was AGREED that the work plan be approved and that the next meeting be held on Tuesday 10 June 2025 at 6.30pm."))
    L.append("")
    L.append("Meeting closed 8.41pm")
    L.append("")
    L.append("Signed ............................ (Chair)      Date ..................")
    L.append("")
    return "\n".join(L)


G2 = {
    "document": D2,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Panel",
    "meeting_date": "2025-03-04",
    "items": [
        {"number": "1", "title": "APOLOGIES FOR ABSENCE"},
        {"number": "2", "title": "DECLARATIONS OF INTEREST"},
        {"number": "3", "title": "MINUTES OF LAST MEETING"},
        {"number": "4", "title": "ACCESS TO GP APPOINTMENTS - BRACKENFOLD PCN"},
        {"number": "5", "title": "TEMPORARY ACCOMMODATION AND HEALTH"},
        {"number": "6", "title": "HEALTHWATCH QUARTERLY REPORT"},
        {"number": "7", "title": "WORK PLAN AND DATE OF NEXT MEETING"},
    ],
    "questions": [
        Q("3", "question", "whether the ICB had replied to the Chair's letter about the temporary closure",
          "Cllr Aldous", "a holding reply had been received and a full response was promised",
          "M Ewart", ["governance"]),
        Q("4", "question", "every appointment for that day had gone within twenty minutes",
          "Cllr Brannigan", "the practices had moved to a total triage model in January",
          "Dr Wyke", ["primary-care"]),
        Q("4", "concern", "older residents without smartphones were being pushed to use the NHS App",
          "Cllr Ferreira", "care navigators at each practice had been trained to help",
          "Dr Wyke", ["primary-care"]),
        Q("4", "question", "asked about the use of physician associates and whether patients were told",
          "Cllr Howell", "all physician associates wore badges and were supervised by a named GP",
          "Dr Wyke", ["primary-care", "workforce"]),
        Q("4", "request", "requested figures on the number of registered patients per GP",
          "Cllr Chaudhry", None, None, ["primary-care"]),
        Q("5", "question", "how many families with children had been in bed and breakfast",
          "Cllr Aldous", "23 families had exceeded six weeks at the end of February",
          "R Tennant", ["housing", "children-and-families"]),
        Q("5", "concern", "families placed out of borough were losing their GP registration",
          "Cllr Howell", "a health liaison nurse funded from the public health grant now visited",
          "R Tennant", ["housing", "primary-care", "public-health"]),
        Q("5", "question", "contract with the operator of the Station Road hotel included any standards",
          "Cllr Ferreira", "the contract had been re-let in 2024 with an inspection regime",
          "R Tennant", ["housing", "subcontracting"]),
        Q("6", "question", "how Healthwatch had reached residents who do not speak English",
          "Cllr Chaudhry", "the survey had been translated into Polish Urdu and Romanian",
          "C Rees", ["patient-and-public-input"]),
        Q("6", "comment", "the lack of NHS dentists taking on adult patients in the town centre",
          "Cllr Brannigan", "Healthwatch had escalated the matter to the ICB's dental commissioning lead",
          "C Rees", ["primary-care"]),
    ],
    "resolutions": [
        R("3", "The minutes of the meeting held on 14 January 2025 were AGREED", "agreed", []),
        R("4", "The Panel NOTED the presentation on access to GP appointments", "noted", ["primary-care"]),
        R("4", "the PCN be invited back in September to report on the first", "agreed", ["primary-care"]),
        R("5", "The Panel NOTED the report on temporary accommodation and health", "noted", ["housing"]),
        R("5", "recommend to the Executive that a dedicated budget line be created", "recommended",
          ["housing", "finance"]),
        R("6", "The Panel NOTED the Healthwatch quarterly report for October to December", "noted",
          ["patient-and-public-input"]),
        R("7", "the work plan be approved and that the next meeting be held", "agreed", []),
    ],
    "attendees": [
        A("Cllr D Pickersgill", "Chair", "present"),
        A("Cllr T Aldous", "Vice-Chair", "present"),
        A("Cllr M Brannigan", None, "present"),
        A("Cllr S Chaudhry", None, "present"),
        A("Cllr L Ferreira", None, "present"),
        A("Cllr K Howell", None, "present"),
        A("Rachel Tennant", "Head of Strategic Housing and Public Health Commissioning", "in_attendance"),
        A("Mark Ewart", "Scrutiny and Democratic Services Officer", "in_attendance"),
        A("Dr Hannah Wyke", "Clinical Director, Brackenfold Primary Care Network", "in_attendance"),
        A("Colin Rees", "Manager, Healthwatch Brackenfold", "in_attendance"),
        A("Cllr G Munro", None, "apologies"),
        A("Cllr P Sadler", None, "apologies"),
    ],
}

# ---------------------------------------------------------------------------
# Document 3: PDF letter from a HOSC chair to an ICB chief executive
# ---------------------------------------------------------------------------
D3 = "at-harrowfield-hosc-letter-to-icb-2025-09-22.pdf"

LETTER_QS = [
    "How many staff posts, including posts in joint teams with Harrowfield County Council and the district councils, will be removed as a result of the required 50 per cent reduction in the ICB's running costs, and on what timetable?",
    "Which of the ICB's commissioning functions are expected to transfer to NHS England, to the new cluster arrangement with Dene and Wolds, or to provider trusts, and how will the Committee be able to scrutinise decisions taken by those bodies?",
    "What assessment has been made of the effect of the proposed reduction in community beds at Ollerby and Stainmoor on hospital discharge, and will the ICB treat the proposal as a substantial variation requiring formal consultation with this Committee?",
    "Of the £14.2 million of elective activity commissioned from independent sector providers in 2024/25, how much is planned for 2025/26, and what is the ICB's policy on the use of independent sector capacity once NHS waiting lists return to target?",
    "What is the current waiting time from referral to first appointment for children and young people's mental health services in each place, and what funding has been agreed to meet the commitment made to the Committee in March?",
    "How will the views of patients and carers be gathered before the ICB decides on the future of the three walk-in centres, given that the recent online survey received only 318 responses?",
]


def build_d3(path):
    from fpdf import FPDF

    class Letter(FPDF):
        def header(self):
            if self.page_no() == 1:
                self.set_font("DV", "B", 15)
                self.cell(0, 7, "Harrowfield County Council", new_x="LMARGIN", new_y="NEXT")
                self.set_font("DV", "", 9)
                self.cell(0, 5, "Health Overview and Scrutiny Committee", new_x="LMARGIN", new_y="NEXT")
                self.cell(0, 5, "Shire Hall, Castle Street, Harrowfield HF1 2QA", new_x="LMARGIN", new_y="NEXT")
                self.set_draw_color(0, 90, 60)
                self.set_line_width(0.6)
                self.line(20, self.get_y() + 2, 190, self.get_y() + 2)
                self.ln(8)
            else:
                self.set_font("DV", "", 8)
                self.cell(0, 5, "Dr Rebecca Lyle, NHS Harrowfield and Dene ICB - 22 September 2025",
                          new_x="LMARGIN", new_y="NEXT")
                self.ln(4)

        def footer(self):
            self.set_y(-15)
            self.set_font("DV", "", 7.5)
            self.cell(0, 4, "Democratic Services: scrutiny@harrowfield.gov.example | 01632 960 418",
                      align="L")
            self.cell(0, 4, "Page %d of {nb}" % self.page_no(), align="R")

    pdf = Letter(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 9, 22, 11, 30, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Letter to ICB Chief Executive - HOSC 11 September 2025")
    pdf.set_author("Harrowfield County Council")
    pdf.set_creator("Harrowfield CC Democratic Services")
    pdf.set_producer("Harrowfield CC Democratic Services")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("DV", "", 9)
    right = [
        "Contact: Joanne Birtles",
        "Direct line: 01632 960 418",
        "Our ref: HOSC/CORR/25-09",
        "Date: 22 September 2025",
    ]
    for r in right:
        pdf.cell(0, 4.5, r, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DV", "", 10)
    for a in ["Dr Rebecca Lyle", "Chief Executive", "NHS Harrowfield and Dene Integrated Care Board",
              "Wolds House", "Minster Way", "Harrowfield HF4 7TN"]:
        pdf.cell(0, 5, a, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "By email", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.cell(0, 5, "Dear Dr Lyle,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DV", "B", 10)
    pdf.multi_cell(0, 5, "Health Overview and Scrutiny Committee, 11 September 2025 - ICB operating model, "
                   "community beds and elective capacity", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DV", "", 10)

    def p(t):
        pdf.multi_cell(0, 5, t, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

    p("Thank you for sending Mr Tariq Osei, Director of Strategy and Partnerships, to the Committee's meeting "
      "on 11 September 2025. Members found his presentation on the ICB's new operating model helpful, and I am "
      "grateful to him for staying for the whole of the item. There was not time to deal with all of the "
      "questions that Members wished to put, and several answers given at the meeting were provisional "
      "because the national guidance had not then been published.")
    p("The Committee therefore agreed that I should write to you setting out its outstanding questions and "
      "asking for a written response. The questions below summarise the discussion; they are not a record "
      "of the meeting, and the draft minutes will be published in the usual way once they have been "
      "approved at our next meeting.")
    for i, q in enumerate(LETTER_QS, 1):
        y = pdf.get_y()
        pdf.set_x(20)
        pdf.cell(9, 5, "%d." % i)
        pdf.set_xy(29, y)
        pdf.multi_cell(161, 5, q, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(1)
    p("I would be grateful for a written response by Friday 24 October 2025 so that it can be published "
      "with the papers for the Committee's meeting on 6 November 2025. If any of the information is not "
      "yet available, please say when it is expected rather than delaying the whole reply.")
    p("I am copying this letter to Councillor Neil Sturrock, Cabinet Member for Health and Adult Social Care, "
      "to Annette Fairbairn, Director of Public Health, and to Healthwatch Harrowfield.")
    pdf.ln(2)
    pdf.cell(0, 5, "Yours sincerely,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.set_font("DV", "B", 10)
    pdf.cell(0, 5, "Councillor Margaret Onslow", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10)
    pdf.cell(0, 5, "Chair, Health Overview and Scrutiny Committee", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DV", "", 8.5)
    pdf.multi_cell(0, 4.5, "cc: Cllr Neil Sturrock; Annette Fairbairn; Mr Tariq Osei (ICB); "
                   "Healthwatch Harrowfield; Members of the Health Overview and Scrutiny Committee",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


G3 = {"document": D3, "doc_type": "other"}

# ---------------------------------------------------------------------------


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def source_text(path):
    if path.endswith(".html"):
        p = _Text()
        with open(path, encoding="utf-8") as f:
            p.feed(f.read())
        return "".join(p.parts)
    if path.endswith(".txt"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    if path.endswith(".pdf"):
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    raise ValueError(path)


def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


ALL = [(D1, G1), (D2, G2), (D3, G3)]


def build():
    with open(os.path.join(DOCS, D1), "w", encoding="utf-8", newline="\n") as f:
        f.write(build_d1())
    with open(os.path.join(DOCS, D2), "w", encoding="utf-8", newline="\n") as f:
        f.write(build_d2())
    build_d3(os.path.join(DOCS, D3))
    for doc, gold in ALL:
        name = os.path.splitext(doc)[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("built", len(ALL), "documents")


def check():
    bad = 0
    for doc, gold in ALL:
        text = norm(source_text(os.path.join(DOCS, doc)))
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = text.count(norm(ph))
            if c != 1 or not 6 <= n <= 15:
                bad += 1
                print("FAIL %s %s: %r occurs %d times, %d words" % (doc, kind, ph, c, n))
        print("%s: %d items, %d questions, %d resolutions, %d attendees, %d phrases checked" % (
            doc, len(gold.get("items", [])), len(gold.get("questions", [])),
            len(gold.get("resolutions", [])), len(gold.get("attendees", [])), len(phrases)))
    if bad:
        print("CHECK FAILED:", bad)
        sys.exit(1)
    print("CHECK PASSED")


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        build()
