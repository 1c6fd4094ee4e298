#!/usr/bin/env python3
"""Build the "ot-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ot.py           build documents/ot-* and gold/ot-*.json
        build_ot.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import io
import json
import re
import string
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "ot-west-haddenbury-health-scrutiny-committee-2025-03-04.txt"
TRACKER_NAME = "ot-west-haddenbury-health-scrutiny-actions-tracker.docx"

B = "·         "  # a Word bullet as it comes out of a ModernGov page copied in a browser

MINUTES = """\
We use cookies to make this website work and to collect information about how you use it.
Accept all cookies
Reject non-essential cookies
Skip to main content
West Haddenbury Council
Search
Menu
Home
Council and democracy
Councillors
Committees
Meetings calendar
Decisions
Forward plans
Search documents
Subscribe to updates
Home > Council and democracy > Committees > Health Scrutiny Committee > Meeting

Agenda and minutes
Health Scrutiny Committee - Tuesday, 4th March, 2025 1.30 pm
Venue: Council Chamber, Council Offices, Wharf Street, Haddenbury, HD14 5LD. View directions
Contact: Stephen Marlow, Principal Policy Officer (Scrutiny)  Email: scrutiny@westhaddenbury.gov.uk

Media
Watch the recording of this meeting on the Council's YouTube channel

Councillors Present: Adrian Fenning (Chairman), Martha Quayle (Vice-Chairman), Hilary Ashworth, Nigel Dawson, Jeremy Harland, Tessa Okonedo, Clive Pettifer and Rosamund Yeates (Substitute) (In place of Lucy Brathwaite)

Also Present: Sean Gilholm (Executive Director – Adult Social Care), Kerry Lomax (Service Director – Operations, Adult Social Care), Dr Hannah Pryce (Consultant in Public Health), Stephen Marlow (Principal Policy Officer – Scrutiny), Jessica Tunley (Democratic Services Officer), Councillor Patricia Rennard (Executive Portfolio Holder: Adult Social Care and Health Integration), Nicola Brereton (Director of Strategy, Royal Avenbury NHS Foundation Trust), Marcus Ellery (Programme Director – New Hospital Programme, Royal Avenbury NHS Foundation Trust), Dr Imogen Sallis (Director of Primary Care, BOWD Integrated Care Board), Dr Rajesh Menon (Clinical Director, Kennet Downs Primary Care Network) and Fiona Barraclough (Manager, Healthwatch West Haddenbury)

Apologies for inability to attend the meeting: Councillor Lucy Brathwaite and Councillor Dennis Coombe

Councillor(s) Absent: Councillor Graham Pike

Items
No.<TAB>Item
34.<TAB>
Minutes PDF 214 KB
To approve as a correct record the Minutes of the meeting of the Committee held on 10 December 2024.

Minutes:
The Minutes of the meeting held on 10 December 2024 were approved as a true and correct record and signed by the Chairman, subject to the following amendment:

Item 29 (Healthwatch West Haddenbury Annual Report), page 7, second bullet point: the number of Enter and View visits should read ‘fourteen’ rather than ‘four’.

35.<TAB>
Actions from previous Minutes PDF 98 KB
To receive an update on actions following the previous Health Scrutiny Committee meeting.

Minutes:
Members noted the progress on actions from the previous meetings.

Councillor Nigel Dawson noted that action HSC/24/31, relating to waiting times for autism assessments for adults, had been marked as complete, but the information provided had only covered children and young people. Stephen Marlow apologised and undertook to seek the adult figures from Avenshire Healthcare NHS Foundation Trust.

Councillor Hilary Ashworth asked whether there had been any response to the letter sent by the Chairman to the Secretary of State regarding the funding of community pharmacies. Stephen Marlow confirmed that an acknowledgement had been received but no substantive reply.

36.<TAB>
Declarations of Interest
To remind Members of the need to record the existence and nature of any personal, disclosable pecuniary or other registrable interests in items on the agenda, in accordance with the Members’ Code of Conduct.

Minutes:
Councillor Martha Quayle declared an interest in Agenda Item 6 by virtue of the fact that her son was employed as a staff nurse at the Royal Avenbury Hospital. As her interest was a personal or an other registrable interest, but not a disclosable pecuniary interest, she determined to remain to take part in the debate and vote on the matter.

Councillor Tessa Okonedo declared an interest in Agenda Item 8 by virtue of the fact that she was a member of the Patient Participation Group at Thaxley Medical Centre. As her interest was a personal or an other registrable interest, but not a disclosable pecuniary interest, she determined to remain to take part in the debate and vote on the matter.

37.<TAB>
Petitions
Purpose: To consider petitions requiring an Officer response. The Council’s Constitution provides for petitions to be presented to a meeting of the Committee.

Minutes:
There were no petitions received at the meeting.

38.<TAB>
Royal Avenbury Hospital - New Hospital Programme PDF 1 MB
Purpose: To receive an update on the redevelopment of the Royal Avenbury Hospital as part of the national New Hospital Programme.

Additional documents:
Appendix A - Avenbury Together engagement summary PDF 2 MB

Minutes:
The Committee considered a report (Agenda Item 6) concerning progress with the redevelopment of the Royal Avenbury Hospital under the national New Hospital Programme.

Nicola Brereton (Director of Strategy, Royal Avenbury NHS Foundation Trust) and Marcus Ellery (Programme Director – New Hospital Programme) presented the report and highlighted the following points:
<B>Following the Government’s review of the New Hospital Programme, the scheme had been placed in the third wave, with construction now not expected to begin before 2033.
<B>The Trust had completed its strategic outline case, and its preferred option remained a new hospital on the existing Castle Hill site.
<B>The backlog maintenance liability at the current site stood at £212 million, of which around £61 million was classed as high risk.
<B>The Avenbury Together engagement programme had received more than 2,400 responses from patients, staff and residents, which were summarised at Appendix A.
<B>The Trust would continue to work with the Council on transport and access, including the bus link from Thaxley and Hunsford.

Members asked a number of questions and made comments, and the following points were noted:
<B>Councillor Adrian Fenning asked what the delay would mean for patients in the meantime, given the condition of the buildings. Nicola Brereton explained that the Trust had received a capital allocation of £14.6 million for 2025/26 to address the highest risks, including roof and fire safety works, but acknowledged that this would not resolve the underlying problems.
<B>Councillor Jeremy Harland raised concerns about patients from the west of the district, who already faced a round trip of over two hours by public transport to reach outpatient appointments. Marcus Ellery said that the Trust was expanding its outpatient clinics at West Haddenbury Community Hospital and that 30% of follow-up appointments were now held virtually.
<B>Councillor Martha Quayle asked how the views of seldom heard groups had been captured in the engagement programme. It was explained that targeted sessions had been held with Gypsy, Roma and Traveller communities, carers’ groups and young people at Haddenbury College.
<B>Councillor Clive Pettifer questioned whether any part of the new hospital would be built or run under a private finance arrangement. Marcus Ellery confirmed that the programme would be publicly funded through the Department of Health and Social Care, and that no private finance initiative was being considered.
<B>Members commented that the car parking charges at the hospital were a frequent source of complaint from residents, particularly for the families of patients staying for long periods.
<B>Councillor Rosamund Yeates asked whether the Council’s planning service had been engaged at this early stage. Nicola Brereton confirmed that pre-application discussions had taken place with the local planning authority in November 2024.

RESOLVED that:
<B>The report be noted.
<B>The Trust be asked to provide a further update once the Department of Health and Social Care had confirmed the revised timetable for the scheme.

Actions:
<B>Royal Avenbury NHS Foundation Trust to share the results of the travel and access survey with Members.
<B>Marcus Ellery to provide details of the parking concessions available to carers and the families of long-stay patients.

39.<TAB>
Hospital Discharge and Intermediate Care PDF 640 KB
Purpose: To provide the Committee with an update on hospital discharge performance, intermediate care and reablement capacity, and the discharge schemes funded through the Better Care Fund.

Minutes:
The Committee considered a report (Agenda Item 7) concerning hospital discharge and intermediate care.

Councillor Patricia Rennard (Executive Portfolio Holder: Adult Social Care and Health Integration) introduced the report. She thanked staff in the Hospital Discharge Team and the Reablement Service for their work over the winter, during which the Royal Avenbury Hospital had declared a critical incident on two occasions.

Sean Gilholm (Executive Director – Adult Social Care) presented the report. He highlighted that the average number of West Haddenbury residents in hospital who no longer met the criteria to reside had fallen from 41 in April 2024 to 26 in January 2025, and that 84% of people discharged with reablement support remained at home 91 days later. Spot purchasing of short-term care home beds had reduced, but the Council remained reliant on placements outside the district for people with complex needs, particularly those living with dementia.

Councillor Adrian Fenning noted the improvement in the figures but asked why West Haddenbury’s performance still fell below that of the neighbouring authorities. Sean Gilholm explained that the comparison was affected by the proportion of residents admitted to hospitals outside the area, where discharge arrangements were less well established, and that a joint post with Pangmoor Council had been created to address this.

In response to a question from Councillor Tessa Okonedo about the number of people placed in care homes outside the district, Kerry Lomax (Service Director – Operations) advised that 37 people had been placed out of area during the year, most of them in nursing homes with dementia specialisms, as there was insufficient local capacity. The Council was working with two providers on proposals for additional beds in Haddenbury.

Councillor Jeremy Harland expressed concern that the reablement service was now delivered partly by external providers and asked whether this had affected the quality of care. Kerry Lomax said that the in-house reablement team remained the main provider, with around 20% of hours commissioned from two independent providers under a block contract, and that both were monitored against the same outcome measures. Councillor Harland stated that he would prefer to see the whole service delivered in-house.

Councillor Martha Quayle asked about the recruitment and retention of care workers, particularly in the rural west of the district, given the changes to the rules for overseas recruitment. Sean Gilholm said that vacancies in the in-house service had fallen to 9%, but that providers expected the closure of the care worker visa route to new overseas recruits to make recruitment more difficult from the summer. The Council was paying a rural travel supplement to home care providers and had launched a local recruitment campaign with Haddenbury College.

Councillor Nigel Dawson sought clarification on whether the discharge schemes funded through the Better Care Fund would continue in 2025/26. Councillor Rennard stated that national guidance for 2025/26 had only been published in late January and the plan was still being agreed with the ICB; the Council had assumed that the discharge funding would continue at the current level, but there was a risk of a shortfall of around £700,000.

Councillor Hilary Ashworth requested that future reports include information on the experience of unpaid carers when their relative was discharged from hospital, as Healthwatch had reported that carers were often not told of a discharge until the day itself. Sean Gilholm agreed to include this in the next report.

Councillor Clive Pettifer commented that the figure on readmissions within 30 days was encouraging, and that the Committee should recognise the work of the team.

The Chairman noted that the Committee had raised concerns about out of area placements for people living with dementia on several occasions, and suggested that this should be considered further as part of the work programme.

RESOLVED that the report and the improvement in discharge performance be noted.

It was agreed that the Chairman would write to the Chief Executive of the BOWD Integrated Care Board to ask that the discharge to assess funding for 2025/26 be confirmed before the start of the financial year.

40.<TAB>
Access to General Practice PDF 820 KB
Purpose: To receive an update from the BOWD Integrated Care Board on access to general practice in West Haddenbury, including the plans to meet demand from new housing development.

Minutes:
The Committee considered a report (Agenda Item 8) concerning access to general practice.

Dr Imogen Sallis (Director of Primary Care, BOWD ICB) and Dr Rajesh Menon (Clinical Director, Kennet Downs Primary Care Network) presented the report and highlighted the following points:
<B>GP practices in West Haddenbury had delivered 71,400 appointments in December 2024, 6% more than a year earlier, with 44% of appointments taking place on the same day that they were booked.
<B>All but one practice had moved to cloud-based telephony, allowing call-backs and messages giving a caller’s position in the queue.
<B>The Additional Roles Reimbursement Scheme had funded 58 posts across the four primary care networks, including clinical pharmacists, paramedics, physiotherapists and mental health practitioners.
<B>The collective action taken by GPs from August 2024 had been reflected in a small reduction in the number of routine appointments offered by some practices.

The following points were raised in the discussion:
<B>Councillor Rosamund Yeates asked how the ICB was planning for the 2,500 new homes allocated at Thaxley East, given that the nearest surgery was already at capacity. Dr Sallis explained that the ICB had requested developer contributions towards an extension of Thaxley Medical Centre, but that contributions only covered buildings and not the staff needed to run them.
<B>Members expressed concern that residents were still reporting long waits on the telephone at 8.00am, only to be told that all of the appointments had gone. Dr Menon acknowledged that this remained the most common complaint and said that practices were moving to online triage, so that requests could be made throughout the day.
<B>Councillor Nigel Dawson asked whether patients understood when they were seeing a physician associate rather than a GP. Dr Menon said that all practices in the network had been asked to make clear to patients the role of the clinician they were seeing, in line with national guidance issued in 2024.
<B>Councillor Tessa Okonedo queried whether the online triage systems were accessible to older people and those without internet access, and whether the views of patient participation groups had been sought. Dr Sallis confirmed that telephone and face to face routes would remain available and that patient participation groups had been involved in designing the new systems at six practices.
<B>Councillor Clive Pettifer raised the closure of the pharmacy in Calcombe and the impact on the dispensing practice in the village, which was now receiving prescriptions from a much wider area.
<B>Councillor Hilary Ashworth asked what support was available to practices for patients with complex mental health needs. Dr Menon explained that each primary care network now had at least one mental health practitioner employed through Avenshire Healthcare NHS Foundation Trust.
<B>The Chairman asked whether the ICB had any plans to reduce the number of GP practices in the district. Dr Sallis stated that there were no such plans, although two practices in Haddenbury were exploring a merger.

RESOLVED that the report be noted, and that the ICB be invited to present an update on primary care estates and the Thaxley East development in October 2025.

Actions:
<B>The ICB to provide a written response on the implications of the Calcombe pharmacy closure for the dispensing practice.
<B>Dr Menon to circulate the national guidance on the role of physician associates to Members.

41.<TAB>
Healthwatch West Haddenbury Update PDF 455 KB
Purpose: To receive an update from Healthwatch West Haddenbury on its recent work and its priorities for 2025/26.

Minutes:
Fiona Barraclough (Manager, Healthwatch West Haddenbury) gave a presentation on the work of Healthwatch West Haddenbury during the third quarter of 2024/25. She reported that the organisation had received 312 pieces of feedback during the quarter, with NHS dentistry, GP access and hospital discharge the most common subjects, and that it had carried out Enter and View visits to three care homes in the district, the reports of which were available on its website. Its priorities for 2025/26 would include the experience of people using community mental health services and access to NHS dentistry for children.

Councillor Jeremy Harland asked whether any dental practices in the district were accepting new adult NHS patients. Fiona Barraclough said that, of the eleven practices in the district, only one had been taking on adult NHS patients when Healthwatch last checked in January, and then only patients who were exempt from charges.

Councillor Martha Quayle asked how the funding for Healthwatch had changed in recent years. Fiona Barraclough explained that the contract with the Council had been extended to March 2026 at the same value, which in real terms represented a reduction, and that the organisation was relying more on volunteers.

Councillor Nigel Dawson suggested that Healthwatch and the Committee should share their work programmes to avoid duplication, which was welcomed.

RESOLVED that the presentation be noted.

42.<TAB>
Health Scrutiny Committee Work Programme PDF 130 KB
Purpose: To receive new items and agree and prioritise the work programme of the Committee for 2025/26.

Minutes:
Stephen Marlow (Principal Policy Officer – Scrutiny) presented the work programme (Agenda Item 10). He noted that the first meeting of the Committee in 2025/26 would be held on 17 June 2025, and that the items on the Avenbury mental health rehabilitation unit and ambulance response times would be carried forward to that meeting.

Councillor Hilary Ashworth requested that the Committee examine suicide prevention, in light of the increase in the number of suspected suicides in the district recorded in the Public Health annual report. Dr Hannah Pryce (Consultant in Public Health) advised that the refreshed Suicide Prevention Strategy would be ready for consultation in the summer and suggested that the Committee consider it in September 2025.

The Committee returned to the proposal, made under the previous item, that out of area placements for people living with dementia should be reviewed.

RESOLVED that:
<B>The work programme be noted.
<B>The Suicide Prevention Strategy be added to the work programme for the meeting in September 2025.
<B>A task and finish group be established to review out of area placements for people living with dementia, with terms of reference to be brought to the meeting on 17 June 2025.

(The meeting commenced at 1.30 pm and closed at 4.20 pm)

CHAIRMAN<TAB>…………………………………………….
Date of Signature<TAB>…………………………………………….

Print this page
Back to top
Contact us
Accessibility statement
Cookies
Privacy notice
Site map
© West Haddenbury Council 2025
"""

# --------------------------------------------------------------------------------------------
# The committee's actions tracker: a Word document, not minutes.
TRACKER_INTRO = [
    ("West Haddenbury Council", "Title"),
    ("Health Scrutiny Committee", "Heading 1"),
    ("Actions arising from previous meetings", "Heading 2"),
    ("Position as at 24 February 2025", None),
    ("This schedule lists the actions arising from previous meetings of the Health Scrutiny "
     "Committee and the responses received. Actions marked as complete will be removed from "
     "the schedule once they have been reported to the Committee. Members who have any "
     "queries about an action should contact the Principal Policy Officer (Scrutiny).", None),
]
TRACKER_HEAD = ["Ref", "Meeting", "Item", "Action", "Responsible", "Status", "Update / response"]
TRACKER_ROWS = [
    ["HSC/24/27", "17 September 2024", "Community mental health services",
     "Members asked whether waiting times for the community mental health teams could be "
     "broken down by locality.",
     "Avenshire Healthcare NHS Foundation Trust", "Complete",
     "Figures by locality were circulated to Members on 8 October 2024."],
    ["HSC/24/29", "17 September 2024", "NHS dental services",
     "The Committee resolved that the BOWD ICB be asked to attend a future meeting to present "
     "its dental recovery plan.",
     "Principal Policy Officer (Scrutiny)", "Ongoing",
     "Added to the work programme. The ICB has proposed attending in June 2025."],
    ["HSC/24/30", "17 September 2024", "Royal Avenbury Hospital - New Hospital Programme",
     "Can the Trust confirm when the revised timetable for the scheme will be known?",
     "Royal Avenbury NHS Foundation Trust", "Complete",
     "The Trust will report on this at the meeting on 4 March 2025 (Agenda Item 6)."],
    ["HSC/24/31", "10 December 2024", "Autism and ADHD assessment pathways",
     "Provide current waiting times for autism assessments.",
     "Avenshire Healthcare NHS Foundation Trust", "Complete",
     "Waiting times for children and young people were circulated on 21 January 2025."],
    ["HSC/24/32", "10 December 2024", "Healthwatch West Haddenbury Annual Report",
     "Healthwatch to share the full reports of its Enter and View visits to care homes.",
     "Manager, Healthwatch West Haddenbury", "Complete",
     "Links to the published reports were sent to Members on 6 January 2025."],
    ["HSC/24/33", "10 December 2024", "Winter planning",
     "Members requested a monthly breakdown of ambulance handover delays at the Royal "
     "Avenbury Hospital.",
     "BOWD ICB", "In progress",
     "Requested from the ambulance service. Expected by the end of March 2025."],
    ["HSC/24/34", "10 December 2024", "Community pharmacy",
     "Chairman to write to the Secretary of State for Health and Social Care about the "
     "funding of community pharmacies.",
     "Chairman / Principal Policy Officer (Scrutiny)", "Complete",
     "Letter sent on 20 December 2024. An acknowledgement was received on 15 January 2025."],
    ["HSC/24/35", "10 December 2024", "Work programme",
     "Members agreed that the Public Health annual report should be considered at a future "
     "meeting. Should this be in June or September?",
     "Consultant in Public Health", "Ongoing",
     "To be discussed under the work programme item on 4 March 2025."],
]
TRACKER_KEY = ("Key: Complete – the action has been carried out; In progress – work on the "
               "action has started; Ongoing – the action will be carried forward to a future "
               "meeting.")

# --------------------------------------------------------------------------------------------
# Gold annotations.


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
    "committee": "Health Scrutiny Committee",
    "meeting_date": "2025-03-04",
    "items": [
        {"number": "34", "title": "Minutes"},
        {"number": "35", "title": "Actions from previous Minutes"},
        {"number": "36", "title": "Declarations of Interest"},
        {"number": "37", "title": "Petitions"},
        {"number": "38", "title": "Royal Avenbury Hospital - New Hospital Programme"},
        {"number": "39", "title": "Hospital Discharge and Intermediate Care"},
        {"number": "40", "title": "Access to General Practice"},
        {"number": "41", "title": "Healthwatch West Haddenbury Update"},
        {"number": "42", "title": "Health Scrutiny Committee Work Programme"},
    ],
    "questions": [
        q("35", "concern",
          "had been marked as complete, but the information provided had only covered children",
          "Councillor Nigel Dawson",
          "undertook to seek the adult figures from Avenshire Healthcare NHS Foundation Trust",
          "Stephen Marlow", []),
        q("35", "question",
          "asked whether there had been any response to the letter sent by the Chairman",
          "Councillor Hilary Ashworth",
          "an acknowledgement had been received but no substantive reply",
          "Stephen Marlow", ["primary-care", "finance"]),
        q("38", "question",
          "asked what the delay would mean for patients in the meantime",
          "Councillor Adrian Fenning",
          "acknowledged that this would not resolve the underlying problems",
          "Nicola Brereton", ["finance"]),
        q("38", "concern",
          "raised concerns about patients from the west of the district",
          "Councillor Jeremy Harland",
          "expanding its outpatient clinics at West Haddenbury Community Hospital",
          "Marcus Ellery", []),
        q("38", "question",
          "asked how the views of seldom heard groups had been captured",
          "Councillor Martha Quayle",
          "targeted sessions had been held with Gypsy, Roma and Traveller communities",
          None, ["patient-and-public-input"]),
        q("38", "question",
          "whether any part of the new hospital would be built or run",
          "Councillor Clive Pettifer",
          "no private finance initiative was being considered",
          "Marcus Ellery", ["privatisation", "finance"]),
        q("38", "comment",
          "car parking charges at the hospital were a frequent source of complaint",
          None, None, None, ["finance"]),
        q("38", "question",
          "planning service had been engaged at this early stage",
          "Councillor Rosamund Yeates",
          "discussions had taken place with the local planning authority in November 2024",
          "Nicola Brereton", []),
        q("39", "question",
          "noted the improvement in the figures but asked why",
          "Councillor Adrian Fenning",
          "a joint post with Pangmoor Council had been created to address this",
          "Sean Gilholm", ["adult-social-care"]),
        q("39", "question",
          "about the number of people placed in care homes outside the district",
          "Councillor Tessa Okonedo",
          "37 people had been placed out of area during the year",
          "Kerry Lomax", ["adult-social-care"]),
        q("39", "concern",
          "expressed concern that the reablement service was now delivered partly by external providers",
          "Councillor Jeremy Harland",
          "both were monitored against the same outcome measures",
          "Kerry Lomax", ["adult-social-care", "subcontracting", "privatisation"]),
        q("39", "question",
          "asked about the recruitment and retention of care workers",
          "Councillor Martha Quayle",
          "had launched a local recruitment campaign with Haddenbury College",
          "Sean Gilholm", ["workforce", "adult-social-care"]),
        q("39", "question",
          "sought clarification on whether the discharge schemes funded through the Better Care Fund",
          "Councillor Nigel Dawson",
          "there was a risk of a shortfall of around",
          "Councillor Rennard", ["integration", "finance", "adult-social-care"]),
        q("39", "request",
          "requested that future reports include information on the experience of unpaid carers",
          "Councillor Hilary Ashworth",
          "agreed to include this in the next report",
          "Sean Gilholm", ["adult-social-care"]),
        q("39", "comment",
          "commented that the figure on readmissions within 30 days was encouraging",
          "Councillor Clive Pettifer", None, None, ["adult-social-care"]),
        q("39", "comment",
          "suggested that this should be considered further as part of the work programme",
          "The Chairman", None, None, ["adult-social-care", "mental-health"]),
        q("40", "question",
          "given that the nearest surgery was already at capacity",
          "Councillor Rosamund Yeates",
          "contributions only covered buildings and not the staff needed to run them",
          "Dr Sallis", ["primary-care", "housing"]),
        q("40", "concern",
          "residents were still reporting long waits on the telephone",
          None,
          "moving to online triage, so that requests could be made throughout the day",
          "Dr Menon", ["primary-care"]),
        q("40", "question",
          "asked whether patients understood when they were seeing a physician associate",
          "Councillor Nigel Dawson",
          "make clear to patients the role of the clinician they were seeing",
          "Dr Menon", ["primary-care", "workforce"]),
        q("40", "question",
          "queried whether the online triage systems were accessible to older people",
          "Councillor Tessa Okonedo",
          "patient participation groups had been involved in designing the new systems",
          "Dr Sallis", ["primary-care", "patient-and-public-input"]),
        q("40", "concern",
          "raised the closure of the pharmacy in Calcombe and the impact",
          "Councillor Clive Pettifer", None, None, ["primary-care"]),
        q("40", "question",
          "what support was available to practices for patients with complex mental health needs",
          "Councillor Hilary Ashworth",
          "at least one mental health practitioner employed through Avenshire Healthcare",
          "Dr Menon", ["mental-health", "primary-care"]),
        q("40", "question",
          "asked whether the ICB had any plans to reduce the number of GP practices",
          "The Chairman",
          "two practices in Haddenbury were exploring a merger",
          "Dr Sallis", ["primary-care"]),
        q("41", "question",
          "asked whether any dental practices in the district were accepting new adult NHS patients",
          "Councillor Jeremy Harland",
          "only one had been taking on adult NHS patients when Healthwatch last checked",
          "Fiona Barraclough", ["primary-care"]),
        q("41", "question",
          "asked how the funding for Healthwatch had changed in recent years",
          "Councillor Martha Quayle",
          "the contract with the Council had been extended to March 2026 at the same value",
          "Fiona Barraclough", ["finance", "patient-and-public-input", "subcontracting"]),
        q("41", "request",
          "suggested that Healthwatch and the Committee should share their work programmes",
          "Councillor Nigel Dawson", None, None, ["patient-and-public-input"]),
        q("42", "request",
          "requested that the Committee examine suicide prevention, in light of the increase",
          "Councillor Hilary Ashworth",
          "the refreshed Suicide Prevention Strategy would be ready for consultation in the summer",
          "Dr Hannah Pryce", ["mental-health"]),
    ],
    "resolutions": [
        r("34", "approved as a true and correct record and signed by the Chairman", "agreed", []),
        r("35", "Members noted the progress on actions from the previous meetings", "noted", []),
        r("38", "asked to provide a further update once the Department of Health", "agreed", []),
        r("39", "the report and the improvement in discharge performance be noted", "noted",
          ["adult-social-care"]),
        r("39", "would write to the Chief Executive of the BOWD Integrated Care Board",
          "agreed", ["finance", "integration", "adult-social-care"]),
        r("40", "ICB be invited to present an update on primary care estates", "agreed",
          ["primary-care"]),
        r("41", "RESOLVED that the presentation be noted", "noted", []),
        r("42", "A task and finish group be established to review out of area placements",
          "agreed", ["adult-social-care", "mental-health"]),
    ],
    "attendees": [
        a("Adrian Fenning", "Chairman", "present"),
        a("Martha Quayle", "Vice-Chairman", "present"),
        a("Hilary Ashworth", None, "present"),
        a("Nigel Dawson", None, "present"),
        a("Jeremy Harland", None, "present"),
        a("Tessa Okonedo", None, "present"),
        a("Clive Pettifer", None, "present"),
        a("Rosamund Yeates", "Substitute", "present"),
        a("Sean Gilholm", "Executive Director – Adult Social Care", "in_attendance"),
        a("Kerry Lomax", "Service Director – Operations, Adult Social Care", "in_attendance"),
        a("Dr Hannah Pryce", "Consultant in Public Health", "in_attendance"),
        a("Stephen Marlow", "Principal Policy Officer – Scrutiny", "in_attendance"),
        a("Jessica Tunley", "Democratic Services Officer", "in_attendance"),
        a("Councillor Patricia Rennard",
          "Executive Portfolio Holder: Adult Social Care and Health Integration", "in_attendance"),
        a("Nicola Brereton", "Director of Strategy, Royal Avenbury NHS Foundation Trust",
          "in_attendance"),
        a("Marcus Ellery",
          "Programme Director – New Hospital Programme, Royal Avenbury NHS Foundation Trust",
          "in_attendance"),
        a("Dr Imogen Sallis", "Director of Primary Care, BOWD Integrated Care Board",
          "in_attendance"),
        a("Dr Rajesh Menon", "Clinical Director, Kennet Downs Primary Care Network",
          "in_attendance"),
        a("Fiona Barraclough", "Manager, Healthwatch West Haddenbury", "in_attendance"),
        a("Councillor Lucy Brathwaite", None, "apologies"),
        a("Councillor Dennis Coombe", None, "apologies"),
        a("Councillor Graham Pike", None, "absent"),
    ],
}

TRACKER_GOLD = {"document": TRACKER_NAME, "doc_type": "other"}

FIXED = datetime.datetime(2025, 2, 24, 9, 0, 0)


# --------------------------------------------------------------------------------------------
def minutes_text():
    return MINUTES.replace("<TAB>", "\t").replace("<B>", B)


def build_tracker(path):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    for text, style in TRACKER_INTRO:
        d.add_paragraph(text, style=style) if style else d.add_paragraph(text)
    t = d.add_table(rows=1, cols=len(TRACKER_HEAD))
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, TRACKER_HEAD):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in TRACKER_ROWS:
        cells = t.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    d.add_paragraph("")
    d.add_paragraph(TRACKER_KEY)
    foot = sec.footer.paragraphs[0]
    foot.text = "Health Scrutiny Committee – 4 March 2025 – Agenda Item 3"
    cp = d.core_properties
    cp.author = "Scrutiny Team"
    cp.last_modified_by = "Scrutiny Team"
    cp.title = "Health Scrutiny Committee - actions arising from previous meetings"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # python-docx stamps every zip member with the current time: rewrite with a fixed one.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 24, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_bytes(minutes_text().encode("utf-8"))
    build_tracker(DOCS / TRACKER_NAME)
    for gold in (MINUTES_GOLD, TRACKER_GOLD):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print("wrote", MINUTES_NAME, TRACKER_NAME, "and their gold files")


# --------------------------------------------------------------------------------------------
def doc_text(path):
    ext = path.suffix.lower()
    if ext == ".txt":
        return path.read_text(encoding="utf-8")
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    raise ValueError(path)


ASCII_PUNCT = re.compile("[" + re.escape(string.punctuation) + "]")
MODES = {
    "drop": lambda s: re.sub(r"[^\w\s]", "", s),
    "space": lambda s: re.sub(r"[^\w\s]", " ", s),
    "ascii-drop": lambda s: ASCII_PUNCT.sub("", s),
}


def norm(s, mode):
    s = MODES[mode](s.lower())
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def check():
    ok = True
    for gold in (MINUTES_GOLD, TRACKER_GOLD):
        path = DOCS / gold["document"]
        gfile = GOLD / (path.stem + ".json")
        if not path.exists() or not gfile.exists():
            print("MISSING", path.name)
            ok = False
            continue
        if json.loads(gfile.read_text(encoding="utf-8")) != gold:
            print("STALE gold file", gfile.name)
            ok = False
        text = doc_text(path)
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["item"], row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["item"], row["answer"]))
            elif row["given_by"] is not None:
                print("given_by without answer:", row["text"])
                ok = False
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["item"], row["text"]))
        for kind, item, phrase in phrases:
            words = norm(phrase, "drop").split()
            if not 6 <= len(words) <= 15:
                print(f"LENGTH {len(words)} [{item} {kind}] {phrase}")
                ok = False
            for mode in MODES:
                n = norm(text, mode).count(norm(phrase, mode))
                if n != 1:
                    print(f"FOUND {n}x ({mode}) [{item} {kind}] {phrase}")
                    ok = False
        if gold["doc_type"] != "minutes":
            extra = set(gold) - {"document", "doc_type"}
            if extra:
                print("non-minutes gold has extra keys:", extra)
                ok = False
        print(f"{path.name}: {len(phrases)} phrases checked")
    # deterministic output
    mine = [DOCS / MINUTES_NAME, DOCS / TRACKER_NAME]
    before = [p.read_bytes() for p in mine]
    build()
    after = [p.read_bytes() for p in mine]
    if before != after:
        print("NOT DETERMINISTIC")
        ok = False
    print("check passed" if ok else "check FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
