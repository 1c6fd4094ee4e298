#!/usr/bin/env python3
"""Build the "ol-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ol.py           build documents/ol-* and gold/ol-*.json
        build_ol.py --check   verify every gold phrase occurs once in its document
"""

import json
import re
import string
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "ol-osterbridge-health-adults-care-scrutiny-panel-2025-11-10.txt"
OTHER_NAME = "ol-osterbridge-decision-details-drug-alcohol-service-recommissioning.html"

NB = "\u00a0"  # the non-breaking spaces a browser copy leaves on "empty" lines
BUL = "\u00b7       "  # Word's Symbol bullet pasted into the CMS, with its tab as spaces

# ---------------------------------------------------------------------------
# The minutes: a browser copy (select all, copy, paste into Notepad) of the
# council's ModernGov meeting page.
# ---------------------------------------------------------------------------

MINUTES = f"""Skip to main content
Osterbridge Council

Search this site
Search
Menu

Home
Councillors and committees
Meetings, agendas and minutes
Committee details
Health and Adults Care Scrutiny Panel
Agenda and minutes
Agenda and minutes
Health and Adults Care Scrutiny Panel
Monday, 10th November, 2025 7.30 pm

Venue: Committee Room 2, Osterbridge House, 14 Grove Road, Osterbridge, TW3 4QX. View directions

Contact: Priya Bhandal, Scrutiny Officer, telephone: 020 8583 2519 or e-mail:  priya.bhandal@osterbridge.gov.uk

Media
Watch the webcast of this meeting (opens in a new window)

Items
No.\tItem

24.

Welcome and Introductions

Minutes:

The Chair, Cllr Marcia Ellery, opened the meeting and welcomed members, officers and guests. She reminded those present that the meeting was being webcast and that the recording would be available on the Council's website for six months.

{NB}

Cllr Nadia Qureshi, Cabinet Member for Adult Social Care and Health, and Michael Tennant, Co-opted Member (Healthwatch Osterbridge), were also in attendance.

{NB}

25.

Apologies for Absence, declarations of Interest and other Communication

Minutes:

Apologies were received from Cllrs Vora and Halloran. Cllr Kieran Doyle attended as substitute for Cllr Halloran.

{NB}

Apologies were also received from Tobias Wren, Executive Director of Adults' Social Care. Ruth Calloway, Head of Quality and Practice, attended in his place.

{NB}

Cllr Dhaliwal declared a non-pecuniary interest in item 29 as her husband was employed as a staff nurse at West Colne University Hospital. Cllr Ellery agreed to record a general declaration given that all Panel Members were registered with GP practices in the borough and would be users of West Colne University Hospital.

There were no other communications.

26.

Minutes of the meeting held on 15 September 2025 pdf icon PDF 168 KB

Minutes:

The minutes of the meeting held on 15 September 2025 were agreed as an accurate record, subject to the spelling of Cllr Okonjo's name being corrected at minute 17.

{NB}

27.

Matters Arising and actions log pdf icon PDF 94 KB

Minutes:

Priya Bhandal, Scrutiny Officer, took the Panel through the actions log.

{NB}

Item 14 – the breakdown of GP appointment data by primary care network had been circulated to members on 3 October. This action was complete.

{NB}

Item 18 – the ICB had still not provided the figures for the number of adults waiting for a community wheelchair assessment. Cllr Fenn asked that this be escalated to the ICB's Borough Director as the information had first been requested in July.

{NB}

Action: Priya Bhandal to escalate the request for wheelchair service waiting figures to the ICB.

{NB}

Item 19 – Cllr Ahmed queried whether the Panel's visit to the Heathfield Lodge reablement unit had been arranged. Priya advised that the unit had offered two dates in January and these would be circulated to members by the end of the week.

{NB}

Resolved: That the actions log be noted and completed actions be removed from the log.

{NB}

28.

Community Health Services in Osterbridge - update six months after transfer to West Capital NHS Trust pdf icon PDF 412 KB

To receive an update from West Capital NHS Trust and NHS Thames West Integrated Care Board on community health services following the transfer of the contract on 1 May 2025.

Additional documents:

Community Services Transfer - presentation, item 28 pdf icon PDF 1 MB
Community Services Transfer - Performance Dashboard Q2 2025-26, item 28 pdf icon PDF 226 KB

Minutes:

The Chair welcomed representatives from West Capital NHS Trust, Lisa Marchetti (Director of Community Services) and Dr Owen Carrick (Clinical Lead for Community Nursing), and from NHS Thames West Integrated Care Board, Graham Pell (Borough Director, Osterbridge).

{NB}

Lisa Marchetti presented the report and presentation (see accompanying report pack and presentation for details). All 612 staff in scope had transferred from Colne and Crane Community Healthcare on 1 May 2025 and the services had been stable through the transfer, with no loss of clinics and no serious incidents linked to the change of provider. The Trust had kept the Osterbridge community services as a single borough team with its own management so that relationships with GP practices, the Council's reablement service and care homes could be maintained. The most difficult area had been information technology: community staff were still using the previous provider's electronic record under a transitional agreement, and the move to the Trust's own system, originally planned for October, had been put back to February 2026 so that it would not take place during the winter. Vacancy rates in district nursing had fallen from 18% to 12% since May following a recruitment campaign, but therapy services, and in particular adult speech and language therapy, remained under pressure. In addition to the points made in the report and presentation the following matters were highlighted to the Panel:

{NB}

{BUL}The rapid response service was seeing 94% of urgent referrals within two hours, above the national standard of 70%.

{BUL}The Trust had started a review of the community phlebotomy service after complaints about the closure of the walk-in clinic at Bedfont Lane, and would report the outcome to the Panel.

{BUL}A staff survey carried out in September showed that 71% of transferred staff would recommend the Trust as a place to work.

{NB}

Questions asked:

{NB}

Cllr Okonjo asked why waiting times for adult speech and language therapy had risen since the transfer when the report stated that services had been maintained. Lisa Marchetti responded that the service had lost two senior therapists over the summer and a locum had been in post since September. The longest wait had peaked at 31 weeks in August and was now 24 weeks, and she expected it to return to the 18 week standard by the end of March 2026.

{NB}

Cllr Fenn raised concern that district nurses from the Osterbridge team were being sent to cover visits elsewhere in the Trust's area, and that this was affecting continuity of care for housebound patients in the borough. Dr Carrick explained that cross-borough cover had been used on eleven occasions since May, mainly at weekends, and that a separate Osterbridge weekend rota would be in place from January.

{NB}

Cllr Mabey questioned whether the value of the contract had been protected in the transfer or whether the Trust was expected to make savings from Osterbridge services. Graham Pell confirmed that the contract had transferred at its full value of £38.4 million for 2025/26. The Trust was subject to the same 2% efficiency requirement as all NHS providers but this would not be taken from front-line community services.

{NB}

Cllr Ahmed said that several residents had contacted him because appointment letters were still being sent out with the previous provider's name and telephone number, which had caused confusion about who to call.

{NB}

Michael Tennant (Healthwatch Osterbridge) asked whether the Trust would share the results of its community services patient experience survey with Healthwatch. Lisa Marchetti agreed to share the results once they had been to the Trust's quality committee in December.

{NB}

Action: Lisa Marchetti to share the patient experience survey results with Healthwatch Osterbridge and the Panel.

{NB}

Resolved:

That the Panel noted the update and asked West Capital NHS Trust to return in six months with a further update on therapy waiting times, the weekend district nursing rota and the move to the Trust's electronic patient record.

{NB}

29.

Winter Planning 2025/26 - Urgent and Emergency Care and Hospital Discharge pdf icon PDF 356 KB

To receive a joint report from NHS Thames West Integrated Care Board, West Colne University Hospital and Adults' Social Care on preparations for winter 2025/26.

{NB}

Members may wish to consider:

{BUL}How well prepared are local health and care services for the coming winter?

{BUL}What lessons have been learnt from winter 2024/25?

{BUL}How will residents be supported to stay well at home?

Additional documents:

Appendix A - Osterbridge System Winter Plan 2025-26 pdf icon PDF 702 KB

Minutes:

The Chair welcomed Joanne Sturridge (Hospital Director, West Colne University Hospital) and Ade Balogun (Director of Operations, West Colne University Hospital), who joined Graham Pell and Ruth Calloway for this item.

{NB}

Graham Pell introduced the report, which set out the system winter plan agreed by the Osterbridge Health and Care Partnership Board in October. The plan focused on keeping people well at home, reducing the number of people who needed to go to the Emergency Department, and discharging patients promptly once they were medically fit. Additional schemes this winter included an acute respiratory infection hub for children and adults at the Heston Road health centre, extended opening of the urgent treatment centre until midnight, and a virtual ward with capacity for 60 patients. Joanne Sturridge reported that the same day emergency care unit at West Colne would move into its new building in December, and that the hospital had opened 22 additional escalation beds for the winter.

{NB}

In response to questions the following discussion points were raised:

{NB}

{BUL}Members asked about performance against the four-hour standard in the Emergency Department. Joanne Sturridge reported that West Colne had seen 76.2% of patients within four hours in October against the national target of 78% by March 2026, and that the move of the same day emergency care unit was expected to help.

{BUL}Cllr Dhaliwal raised concerns about patients being cared for on trolleys in corridors overnight and asked how many twelve hour waits from the decision to admit there had been. Ade Balogun stated that there had been 41 twelve hour trolley waits in October compared with 63 in October 2024, and that each one was reviewed by the hospital's clinical harm review panel.

{BUL}Cllr Doyle asked whether enough care home and home care capacity had been commissioned for the rise in discharges expected over Christmas. Ruth Calloway confirmed that the Council had block-booked 14 step-down beds at Fernleigh Court and had agreed additional hours with the six lead home care providers, funded through the Better Care Fund.

{BUL}Flu and Covid vaccination uptake among frontline hospital staff was queried. It was noted that uptake at West Colne stood at 38% at the end of October and that the staff campaign would continue to the end of January.

{BUL}Cllr Fenn commented that the voluntary sector home from hospital service had worked well last winter and asked that its funding for 2026/27 be confirmed earlier than in previous years so that the service did not lose its volunteers.

{BUL}Cllr Ellery asked what was being done to reduce the number of people discharged late in the evening. Ade Balogun advised that the hospital's discharge lounge would now stay open until 8pm and that the target was for a third of discharges to take place before midday.

{NB}

Resolved:

That the report be noted and a review of discharge performance over the winter be brought to the Panel in April 2026.

{NB}

30.

Adults' Social Care: CQC Local Authority Assessment - Improvement Plan pdf icon PDF 298 KB

Additional documents:

Appendix 1 - CQC Assessment Report (Osterbridge) pdf icon PDF 884 KB
Appendix 2 - Improvement Plan 2025-27 pdf icon PDF 311 KB

Minutes:

Ruth Calloway, Head of Quality and Practice, presented the report in the absence of the Executive Director of Adults' Social Care. The Care Quality Commission had published its assessment of the Council's adult social care functions in July 2025 and had given an overall rating of Requires Improvement, with a score of 2 in seven of the nine quality statements. The inspectors had found that people were positive about the care they received once services were in place, but that waiting times for assessments and reviews were too long, that information and advice for people who funded their own care was limited, and that the Council did not yet understand well enough the experience of unpaid carers. The improvement plan set out 34 actions under five themes. Cllr Qureshi, Cabinet Member for Adult Social Care and Health, added that she had asked for monthly updates on the plan and that the Council intended to be rated Good at its next assessment.

{NB}

Questions asked:

{NB}

Cllr Ellery asked how many people were waiting for a Care Act assessment and how long the longest wait was. Ruth responded that 327 people were waiting for an assessment at the end of October, of whom 58 had waited more than six months. Every person on the waiting list was contacted at least once a month and those at greatest risk were prioritised.

{NB}

Cllr Mabey asked how much of the improvement plan depended on recruiting social workers and whether the Council was still reliant on agency staff. Ruth Calloway advised that 22% of social work posts were filled by agency workers, down from 31% a year ago, and that a recruitment and retention offer including a market supplement had been agreed in September.

{NB}

Cllr Okonjo sought clarification on how people who used services and carers had been involved in drawing up the improvement plan. Cllr Qureshi stated that the plan had been co-produced with the Making It Real Board and a carers' reference group, who would review progress with officers every quarter.

{NB}

Members expressed concern that none of the actions in the plan had been costed and asked whether the improvements could be delivered within the existing budget, given the overspend of £2.9 million reported for adults' social care at month 6.

{NB}

Action: Ruth Calloway to provide the Panel with a costed version of the improvement plan.

{NB}

Cllr Doyle asked whether the number of safeguarding concerns raised had changed since the assessment. Ruth advised that 1,146 safeguarding concerns had been received in the first half of the year, a similar number to last year, and that the proportion going on to a section 42 enquiry had risen from 24% to 29%.

{NB}

The Panel noted the improvement plan and agreed to monitor progress at its meetings in April and July 2026.

{NB}

31.

Recommissioning of the Integrated Drug and Alcohol Treatment Service pdf icon PDF 264 KB

Pre-decision scrutiny of the report to Cabinet on 9 December 2025.

Minutes:

Dr Anjali Mistry, Director of Public Health, and Fiona Garside, Assistant Director - Commissioning, presented the report, which set out proposals to recommission the integrated drug and alcohol treatment service from 1 October 2026 for five years with an option to extend for a further two years, at an annual value of up to £4.1 million funded from the public health grant and the Drug and Alcohol Treatment and Recovery Improvement Grant. The current contract with Pathway Recovery Partnership would end on 30 September 2026. Consultation with service users, families and partners over the summer had identified the need for more support for people leaving prison, better access for women, and closer working with mental health services.

{NB}

Key points of discussion:

{NB}

{BUL}Cllr Doyle asked why the Council was proposing an open tender rather than extending the current contract with the existing provider. Fiona Garside explained that the current contract had already been extended once and could not lawfully be extended again, and that market engagement had shown interest from five providers.

{BUL}Cllr Ahmed raised concern about the risk that a change of provider would disrupt treatment for people in recovery and asked what transition arrangements would be in place. Dr Mistry responded that any new provider would be required to submit a mobilisation plan, and that TUPE would apply to front-line staff so that people would normally keep the same keyworker.

{BUL}Michael Tennant asked that people with lived experience of treatment be involved in evaluating the bids. Fiona Garside confirmed that two peer mentors from the recovery community would sit on the evaluation panel for the quality questions.

{BUL}Cllr Dhaliwal commented that alcohol-related hospital admissions in the west of the borough were among the highest in London and that the new service should have a base in Feltmarsh rather than relying on outreach from the town centre.

{NB}

Resolved:

That the Panel's comments be submitted to Cabinet for consideration alongside the report on 9 December 2025, and that Cabinet be recommended to include a service base in the west of the borough in the service specification.

{NB}

32.

Scrutiny Panel Work Programme 2025/26 pdf icon PDF 122 KB

Minutes:

Priya Bhandal introduced the work programme. Members requested that a report on access to NHS dentistry for children and care home residents be added for the March 2026 meeting.

{NB}

Cllr Fenn asked whether the Panel could hold a session on the health needs of families living in temporary accommodation, jointly with the Housing and Environment Scrutiny Panel. The Chair agreed to raise this with the Chair of the Housing and Environment Scrutiny Panel.

{NB}

Action: Priya Bhandal to update the work programme.

{NB}

Resolved: That the work programme, as amended, be agreed.

{NB}

33.

Any Other Business

Minutes:

There was no other business.

34.

Date of Next Meeting

Minutes:

The next meeting would take place on Monday 19 January 2026 at 7.30pm.

{NB}

The meeting ended at 9.52 pm.

Documents
Agenda frontsheet PDF 142 KB
Agenda reports pack PDF 4 MB
Printed minutes PDF 231 KB

Accessibility statement
Contact us
Cookies
Privacy notice
\u00a9 Osterbridge Council 2025
"""

# ---------------------------------------------------------------------------
# Not minutes: a ModernGov "Decision details" page saved from the browser.
# ---------------------------------------------------------------------------

OTHER = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Decision - Recommissioning of the Integrated Drug and Alcohol Treatment Service | Osterbridge Council</title>
<link rel="stylesheet" href="SiteSpecific/ssMgStyles.css">
</head>
<body>
<div id="skip"><a href="#mgContent">Skip to main content</a></div>
<header class="site-header">
<a class="logo" href="https://www.osterbridge.gov.uk/">Osterbridge Council</a>
<nav><ul>
<li><a href="mgMemberIndex.aspx">Councillors</a></li>
<li><a href="ieDocHome.aspx">Meetings, agendas and minutes</a></li>
<li><a href="mgDelegatedDecisions.aspx">Decisions</a></li>
<li><a href="mgPlansHome.aspx">Forward plans</a></li>
</ul></nav>
</header>
<div id="mgContent">
<h1 class="mgMainTitleTxt">Decision details</h1>
<h2 class="mgSubTitleTxt">Recommissioning of the Integrated Drug and Alcohol Treatment Service</h2>
<div class="mgDecisionDetails">
<p><span class="mgLabel">Decision Maker: </span><a href="mgCommitteeDetails.aspx?ID=131">Cabinet</a></p>
<p><span class="mgLabel">Decision status: </span>Recommendations Approved</p>
<p><span class="mgLabel">Is Key decision?: </span>Yes</p>
<p><span class="mgLabel">Is subject to call in?: </span>Yes</p>

<h3 class="mgSubSubTitleTxt">Purpose:</h3>
<p>To seek approval to go out to tender for the integrated drug and alcohol treatment service for adults and young people from 1 October 2026, for an initial term of five years with an option to extend for up to two further years.</p>

<h3 class="mgSubSubTitleTxt">Decision:</h3>
<p>Cabinet RESOLVED:</p>
<ol>
<li>To approve the recommissioning of the integrated drug and alcohol treatment service through an open competitive tender under the Provider Selection Regime, at an annual value of up to &pound;4.1 million.</li>
<li>To approve the evaluation criteria of 60% quality, 30% price and 10% social value, as set out in Appendix B to the report.</li>
<li>To delegate authority to the Director of Public Health, in consultation with the Cabinet Member for Adult Social Care and Health, to award the contract to the highest scoring bidder.</li>
<li>To note the comments of the Health and Adults Care Scrutiny Panel on 10 November 2025 and to agree that the service specification include a service base in the west of the borough.</li>
</ol>

<h3 class="mgSubSubTitleTxt">Reasons for the decision:</h3>
<p>The current contract ends on 30 September 2026 and cannot be extended further. The Council has a condition of the public health grant to provide drug and alcohol treatment services, and a competitive process is the best way to secure value for money and the improvements identified through consultation.</p>

<h3 class="mgSubSubTitleTxt">Alternative options considered:</h3>
<p>Could the service be brought in-house? This was considered and rejected because the Council does not hold the clinical registration needed to prescribe substitute medication and would need to build a new clinical team.</p>
<p>Could the service be jointly commissioned with a neighbouring borough? This was considered, but neither neighbouring borough's contract ends at a time that would allow a joint procurement before 2028.</p>

<h3 class="mgSubSubTitleTxt">Interests and Nature of Interests Declared:</h3>
<p>None.</p>

<h3 class="mgSubSubTitleTxt">Reason Key:</h3>
<p>Expenditure &gt; &pound;500,000;.</p>

<h3 class="mgSubSubTitleTxt">Wards affected:</h3>
<p>(All Wards);</p>

<h3 class="mgSubSubTitleTxt">Contact:</h3>
<p>Fiona Garside, Assistant Director - Commissioning Email: <a href="mailto:fiona.garside@osterbridge.gov.uk">fiona.garside@osterbridge.gov.uk</a>.</p>

<h3 class="mgSubSubTitleTxt">Report author:</h3>
<p>Fiona Garside</p>

<p><span class="mgLabel">Publication date: </span>10/12/2025</p>
<p><span class="mgLabel">Date of decision: </span>09/12/2025</p>
<p><span class="mgLabel">Decided at meeting: </span><a href="ieListDocuments.aspx?CId=131&amp;MId=4412">09/12/2025 - Cabinet</a></p>
<p><span class="mgLabel">Effective from: </span>18/12/2025</p>

<h3 class="mgSubSubTitleTxt">Accompanying Documents:</h3>
<ul class="mgBulletList">
<li><a href="documents/s38817/Drug%20and%20Alcohol%20Recommissioning%20Cabinet%20Report.pdf">Drug and Alcohol Recommissioning - Cabinet Report <span class="mgFileSize">PDF 264 KB</span></a></li>
<li><a href="documents/s38818/Appendix%20A%20-%20Needs%20Assessment.pdf">Appendix A - Needs Assessment Summary <span class="mgFileSize">PDF 518 KB</span></a></li>
<li><a href="documents/s38819/Appendix%20B%20-%20Evaluation%20Criteria.pdf">Appendix B - Evaluation Criteria <span class="mgFileSize">PDF 97 KB</span></a></li>
<li><a href="documents/s38820/Appendix%20C%20-%20Equality%20Impact%20Assessment.pdf">Appendix C - Equality Impact Assessment <span class="mgFileSize">PDF 203 KB</span></a></li>
</ul>
</div>
</div>
<footer class="site-footer">
<ul>
<li><a href="https://www.osterbridge.gov.uk/accessibility">Accessibility statement</a></li>
<li><a href="https://www.osterbridge.gov.uk/contact">Contact us</a></li>
<li><a href="https://www.osterbridge.gov.uk/privacy">Privacy notice</a></li>
</ul>
<p>&copy; Osterbridge Council 2025</p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health and Adults Care Scrutiny Panel",
    "meeting_date": "2025-11-10",
    "items": [
        {"number": "24", "title": "Welcome and Introductions"},
        {"number": "25", "title": "Apologies for Absence, declarations of Interest and other Communication"},
        {"number": "26", "title": "Minutes of the meeting held on 15 September 2025"},
        {"number": "27", "title": "Matters Arising and actions log"},
        {"number": "28", "title": "Community Health Services in Osterbridge - update six months after transfer to West Capital NHS Trust"},
        {"number": "29", "title": "Winter Planning 2025/26 - Urgent and Emergency Care and Hospital Discharge"},
        {"number": "30", "title": "Adults' Social Care: CQC Local Authority Assessment - Improvement Plan"},
        {"number": "31", "title": "Recommissioning of the Integrated Drug and Alcohol Treatment Service"},
        {"number": "32", "title": "Scrutiny Panel Work Programme 2025/26"},
        {"number": "33", "title": "Any Other Business"},
        {"number": "34", "title": "Date of Next Meeting"},
    ],
    "questions": [
        # 27 Matters arising
        q("27", "request",
          "asked that this be escalated to the ICB's Borough Director",
          "Cllr Fenn", None, None, []),
        q("27", "question",
          "queried whether the Panel's visit to the Heathfield Lodge reablement unit",
          "Cllr Ahmed",
          "the unit had offered two dates in January",
          "Priya", ["adult-social-care"]),
        # 28 Community health services
        q("28", "question",
          "asked why waiting times for adult speech and language therapy had risen",
          "Cllr Okonjo",
          "the service had lost two senior therapists over the summer",
          "Lisa Marchetti", ["workforce"]),
        q("28", "concern",
          "raised concern that district nurses from the Osterbridge team were being sent",
          "Cllr Fenn",
          "cross-borough cover had been used on eleven occasions since May",
          "Dr Carrick", ["workforce"]),
        q("28", "question",
          "questioned whether the value of the contract had been protected in the transfer",
          "Cllr Mabey",
          "the contract had transferred at its full value of £38.4 million",
          "Graham Pell", ["finance", "subcontracting"]),
        q("28", "comment",
          "appointment letters were still being sent out with the previous provider's name",
          "Cllr Ahmed", None, None, []),
        q("28", "question",
          "asked whether the Trust would share the results of its community services patient experience survey",
          "Michael Tennant",
          "agreed to share the results once they had been to the Trust's quality committee",
          "Lisa Marchetti", ["patient-and-public-input"]),
        # 29 Winter planning
        q("29", "question",
          "Members asked about performance against the four-hour standard in the Emergency Department",
          None,
          "West Colne had seen 76.2% of patients within four hours in October",
          "Joanne Sturridge", []),
        q("29", "concern",
          "raised concerns about patients being cared for on trolleys in corridors overnight",
          "Cllr Dhaliwal",
          "there had been 41 twelve hour trolley waits in October",
          "Ade Balogun", []),
        q("29", "question",
          "asked whether enough care home and home care capacity had been commissioned",
          "Cllr Doyle",
          "the Council had block-booked 14 step-down beds at Fernleigh Court",
          "Ruth Calloway", ["adult-social-care", "subcontracting", "integration", "finance"]),
        q("29", "question",
          "Flu and Covid vaccination uptake among frontline hospital staff was queried",
          None,
          "uptake at West Colne stood at 38% at the end of October",
          None, ["public-health", "workforce"]),
        q("29", "request",
          "asked that its funding for 2026/27 be confirmed earlier than in previous years",
          "Cllr Fenn", None, None, ["finance", "adult-social-care"]),
        q("29", "question",
          "asked what was being done to reduce the number of people discharged late",
          "Cllr Ellery",
          "the hospital's discharge lounge would now stay open until 8pm",
          "Ade Balogun", ["adult-social-care"]),
        # 30 CQC improvement plan
        q("30", "question",
          "asked how many people were waiting for a Care Act assessment",
          "Cllr Ellery",
          "327 people were waiting for an assessment at the end of October",
          "Ruth", ["adult-social-care"]),
        q("30", "question",
          "asked how much of the improvement plan depended on recruiting social workers",
          "Cllr Mabey",
          "22% of social work posts were filled by agency workers",
          "Ruth Calloway", ["workforce", "adult-social-care"]),
        q("30", "question",
          "sought clarification on how people who used services and carers had been involved",
          "Cllr Okonjo",
          "the plan had been co-produced with the Making It Real Board",
          "Cllr Qureshi", ["patient-and-public-input", "adult-social-care"]),
        q("30", "concern",
          "Members expressed concern that none of the actions in the plan had been costed",
          None, None, None, ["finance", "adult-social-care"]),
        q("30", "question",
          "asked whether the number of safeguarding concerns raised had changed since the assessment",
          "Cllr Doyle",
          "1,146 safeguarding concerns had been received in the first half of the year",
          "Ruth", ["adult-social-care"]),
        # 31 Drug and alcohol recommissioning
        q("31", "question",
          "asked why the Council was proposing an open tender rather than extending",
          "Cllr Doyle",
          "the current contract had already been extended once and could not lawfully be extended again",
          "Fiona Garside", ["subcontracting"]),
        q("31", "concern",
          "raised concern about the risk that a change of provider would disrupt treatment",
          "Cllr Ahmed",
          "any new provider would be required to submit a mobilisation plan",
          "Dr Mistry", ["subcontracting", "workforce", "public-health"]),
        q("31", "request",
          "asked that people with lived experience of treatment be involved in evaluating the bids",
          "Michael Tennant",
          "two peer mentors from the recovery community would sit on the evaluation panel",
          "Fiona Garside", ["patient-and-public-input", "subcontracting"]),
        q("31", "comment",
          "alcohol-related hospital admissions in the west of the borough were among the highest",
          "Cllr Dhaliwal", None, None, ["public-health"]),
        # 32 Work programme
        q("32", "request",
          "Members requested that a report on access to NHS dentistry for children",
          None, None, None, ["primary-care", "children-and-families", "adult-social-care"]),
        q("32", "question",
          "asked whether the Panel could hold a session on the health needs of families",
          "Cllr Fenn",
          "The Chair agreed to raise this with the Chair of the Housing and Environment",
          "The Chair", ["housing", "children-and-families"]),
    ],
    "resolutions": [
        r("26", "15 September 2025 were agreed as an accurate record",
          "agreed", []),
        r("27", "That the actions log be noted and completed actions be removed from the log",
          "agreed", []),
        r("28", "noted the update and asked West Capital NHS Trust to return in six months",
          "agreed", []),
        r("29", "That the report be noted and a review of discharge performance",
          "agreed", ["adult-social-care"]),
        r("30", "The Panel noted the improvement plan and agreed to monitor progress",
          "agreed", ["adult-social-care", "governance"]),
        r("31", "That the Panel's comments be submitted to Cabinet for consideration alongside the report",
          "recommended", ["public-health", "subcontracting"]),
        r("32", "That the work programme, as amended, be agreed",
          "agreed", []),
    ],
    "attendees": [
        a("Cllr Marcia Ellery", "Chair", "present"),
        a("Cllr Nadia Qureshi", "Cabinet Member for Adult Social Care and Health", "in_attendance"),
        a("Michael Tennant", "Co-opted Member (Healthwatch Osterbridge)", "in_attendance"),
        a("Cllr Vora", None, "apologies"),
        a("Cllr Halloran", None, "apologies"),
        a("Cllr Kieran Doyle", None, "present"),
        a("Tobias Wren", "Executive Director of Adults' Social Care", "apologies"),
        a("Ruth Calloway", "Head of Quality and Practice", "in_attendance"),
        a("Lisa Marchetti", "Director of Community Services", "in_attendance"),
        a("Dr Owen Carrick", "Clinical Lead for Community Nursing", "in_attendance"),
        a("Graham Pell", "Borough Director, Osterbridge", "in_attendance"),
        a("Joanne Sturridge", "Hospital Director, West Colne University Hospital", "in_attendance"),
        a("Ade Balogun", "Director of Operations, West Colne University Hospital", "in_attendance"),
    ],
}

OTHER_GOLD = {"document": OTHER_NAME, "doc_type": "other"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(MINUTES, encoding="utf-8", newline="\n")
    (DOCS / OTHER_NAME).write_text(OTHER, encoding="utf-8", newline="\n")
    for gold in (MINUTES_GOLD, OTHER_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}")
    print(f"wrote {DOCS / OTHER_NAME}")
    print(f"wrote gold files in {GOLD}")


PUNCT = set(string.punctuation) | set("\u2018\u2019\u201c\u201d\u2013\u2014\u00a3\u00b7\u2026")


def norm(text):
    text = text.lower()
    text = "".join(ch for ch in text if ch not in PUNCT)
    return re.sub(r"\s+", " ", text).strip()


def doc_text(path):
    ext = path.suffix.lower()
    if ext == ".txt":
        return path.read_text(encoding="utf-8")
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    raise ValueError(path)


def check():
    ok = True
    for gpath in sorted(GOLD.glob("ol-*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        dpath = DOCS / gold["document"]
        if not dpath.exists():
            print(f"MISSING document {dpath}")
            ok = False
            continue
        text = norm(doc_text(dpath))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            n = len(phrase.split())
            count = text.count(norm(phrase))
            if count != 1:
                print(f"{gpath.name}: {kind} phrase found {count} times: {phrase!r}")
                ok = False
            if not 6 <= n <= 15:
                print(f"{gpath.name}: {kind} phrase has {n} words: {phrase!r}")
                ok = False
        print(f"{gpath.name}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
