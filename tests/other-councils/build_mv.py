#!/usr/bin/env python3
"""Build the "mv-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_mv.py           build documents/mv-* and gold/mv-*.json
        build_mv.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import json
import re
import string
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "mv-lindenford-hasc-scrutiny-committee-2025-01-16.txt"
OTHER_NAME = "mv-lindenford-asc-charging-policy-consultation.html"

COMMITTEE = "Health and Adult Social Care Scrutiny Committee"
FOOTER = f"{COMMITTEE} - 16.01.25"
WIDTH = 96          # characters on a printed line
PAGE_LINES = 49     # printed lines on a page before the footer

# ---------------------------------------------------------------------------
# The minutes.  Each entry is either ("raw", line) - printed as it stands - or
# ("para", text) - a paragraph wrapped the way the PDF lays it out.
# ---------------------------------------------------------------------------

R = "raw"
P = "para"

MINUTES: list[tuple[str, str]] = [
    (R, "Lindenford City Council"),
    (R, COMMITTEE),
    (P, "Minutes of the meeting held at Ground Floor Committee Room - Brackley House, Canal "
        "Street, Lindenford, LF1 2QS on 16 January 2025 from 9.32 am - 12.04 pm"),
    (R, "Membership"),
    (R, "Present Absent"),
    (R, "Councillor Farah Iqbal (Chair) Councillor Tom Hurrell"),
    (R, "Councillor Daniel Orchard (Vice Chair) Councillor Gareth Kinsey"),
    (R, "Councillor Lorna Abbey Councillor Ellie Vasquez"),
    (R, "Councillor Bernadette Oyelaran"),
    (R, "Councillor Shabana Rehman"),
    (R, "Councillor Mick Tranter"),
    (R, "Colleagues, partners and others in attendance:"),
    (R, "Councillor Pauline Ashdown - Portfolio Holder for Adult Social Care and Health"),
    (R, "Anil Chaudhry - Director of Mental Health Services, Wolds Healthcare NHS"),
    (R, "Foundation Trust"),
    (R, "Kerry Dunmore - Superintendent, Lindenshire Police"),
    (R, "Rob Elstree - Head of Commissioning (Adults)"),
    (R, "Claire Fenwick - Director of Urgent and Emergency Care, Lindenford University"),
    (R, "Hospitals NHS Trust"),
    (R, "Helen Marchetti - Corporate Director for Adults and Health"),
    (R, "Joanne Pettifer - Manager, Healthwatch Lindenford and Lindenshire"),
    (R, "Dr Naveen Sandhu - Medical Director, NHS Lindenford and Wolds Integrated Care"),
    (R, "Board"),
    (R, "Adam Whitcombe - Scrutiny and Audit Support Officer"),

    (R, "44 Apologies for Absence"),
    (R, "Councillor Tom Hurrell - other Council business"),
    (R, "Councillor Ellie Vasquez - unwell"),

    (R, "45 Declarations of Interests"),
    (P, "In the interests of transparency, Councillor Bernadette Oyelaran declared an other "
        "interest in agenda item 5 (minute 47), as she is employed by Lindenford University "
        "Hospitals NHS Trust. This interest did not preclude her from speaking or voting on the "
        "item."),

    (R, "46 Minutes"),
    (P, "The Committee confirmed the minutes of the meeting held on 12 December 2024 as a correct "
        "record and they were signed by the Chair."),

    (R, "47 Urgent and Emergency Care: Winter Pressures"),
    (P, "Dr Naveen Sandhu, Medical Director at the NHS Lindenford and Wolds Integrated Care Board "
        "(ICB), and Claire Fenwick, Director of Urgent and Emergency Care at Lindenford University "
        "Hospitals NHS Trust (LUH), presented a report on how the health and care system has been "
        "managing the demand for urgent and emergency care services over the winter period. The "
        "following points were raised:"),
    (P, "a) The system-wide Winter Plan was agreed by the ICB Board in October 2024 and is built "
        "around three priorities: keeping people well at home, reducing avoidable attendances at "
        "the Emergency Department (ED), and getting people home from hospital as soon as they are "
        "medically fit to leave. Demand at the ED at the Queens Road site has been consistently "
        "higher than in the previous winter, with an average of 612 attendances per day in "
        "December 2024 compared with 571 in December 2023."),
    (P, "b) A new Urgent Treatment Centre (UTC) opened at Eastgate Health Centre in November 2024 "
        "and is seeing approximately 140 patients per day, around a third of whom would previously "
        "have attended the ED. A Single Point of Access for health professionals, including "
        "ambulance crews, enables patients to be directed to same day emergency care or to the "
        "urgent community response team where this is clinically appropriate."),
    (P, "c) The number of patients in hospital beds who no longer meet the criteria to reside has "
        "reduced from an average of 164 in 2023/24 to 121, as a result of joint working between "
        "LUH, the City Council and the community health provider through the Integrated Discharge "
        "Hub. However, the discharge of people with more complex needs who require a care home "
        "placement or a package of care at home remains challenging, particularly at weekends."),
    (P, "d) Uptake of the flu and Covid-19 vaccinations among people aged 65 and over in Lindenford "
        "is lower than the national average, at 61% for flu against a national figure of 72%, and "
        "is significantly lower in the most deprived neighbourhoods of the city. Uptake among "
        "front-line health and care staff has also fallen compared with previous years."),
    (P, "e) The Committee asked why so many people continue to go to the ED when they could be "
        "treated elsewhere. Many patients are not aware of the alternatives that are available or "
        "find it difficult to get an appointment with their GP, and so they attend the ED as a "
        "place where they know that they will be seen. A communications campaign under the "
        "'Choose Well Lindenford' banner is running on buses, on local radio and on social media, "
        "and GP practices and community pharmacies are signposting patients to the UTC."),
    (P, "f) The Committee raised concerns about the length of time that patients, particularly "
        "older people, are waiting on trolleys in the corridor of the ED, and asked what is being "
        "done to protect their dignity and safety. Corridor care is not acceptable and is only "
        "used as a last resort at times of extreme pressure. A standard operating procedure for "
        "corridor care has been introduced, which ensures that each patient has a named nurse, "
        "regular observations and access to food, drink and toilet facilities, and every "
        "occurrence is reported to the ICB on a daily basis. The Chief Nurse carries out "
        "unannounced visits to the department, including at night."),
    (P, "g) The Committee queried whether the reduction in the number of patients who no longer "
        "meet the criteria to reside has been achieved by discharging people to care homes outside "
        "of the city, away from their families. The Corporate Director for Adults and Health "
        "explained that the Council seeks to place people as close to home as possible and that "
        "the majority of discharges are to people's own homes with reablement support. Where an "
        "interim placement out of the city is needed, this is reviewed within four weeks with the "
        "aim of the person returning to Lindenford."),
    (P, "h) The Committee asked how the ICB will ensure that the lower uptake of vaccinations in "
        "the most deprived neighbourhoods is addressed. The Director of Public Health is working "
        "with the ICB on a targeted programme, including pop-up clinics at community centres, "
        "places of worship and Eastgate Market, and the use of community health champions who "
        "speak the main languages spoken in the city. Vaccination uptake data at ward level is "
        "shared with GP practices every week."),
    (P, "i) The Committee noted the fall in flu vaccination uptake among front-line staff and "
        "requested that figures for staff uptake at LUH and in the care sector are provided to "
        "the Committee."),
    (P, "j) The Committee asked whether there are enough staff to run the additional capacity that "
        "has been opened for the winter. Most of the additional capacity is staffed through the "
        "Trust's own staff bank rather than through agency staff, and the Trust has reduced its "
        "agency spend by 38% compared with last year. International recruitment has enabled the "
        "Trust to fill most of its registered nursing vacancies, but there remain gaps in some "
        "specialist areas, such as paediatric emergency nursing."),
    (P, "k) A Committee member commented that residents in her ward had reported waiting more than "
        "11 hours for an ambulance after a fall at home. The Chair advised that the Mercian "
        "Ambulance Service NHS Trust has been invited to attend the Committee's meeting in March "
        "2025 to discuss response times."),
    (R, "Resolved to:"),
    (P, "(1) request that data on flu vaccination uptake among front-line staff at LUH and in the "
        "care sector is provided to the Committee; and"),
    (P, "(2) request that the Mercian Ambulance Service NHS Trust provides information on "
        "ambulance response times in Lindenford, broken down by category of call, for the "
        "Committee's meeting on 20 March 2025."),

    (R, "48 Care at Home Recommissioning"),
    (P, "Councillor Pauline Ashdown, Portfolio Holder for Adult Social Care and Health, Helen "
        "Marchetti, Corporate Director for Adults and Health, and Rob Elstree, Head of "
        "Commissioning (Adults), presented a report on the proposed approach to the "
        "recommissioning of care at home services from October 2025, ahead of a decision by the "
        "Executive Panel in February 2025. They highlighted the following points:"),
    (P, "a) The Council currently purchases around 21,000 hours of care at home each week for "
        "approximately 1,650 people, through four lead providers working in geographical zones and "
        "a further 31 providers on a framework. The current contracts end on 30 September 2025."),
    (P, "b) The proposed model would replace the four zones with eight smaller neighbourhood zones "
        "aligned with the Primary Care Networks, with one lead provider in each zone, to reduce "
        "travel time between calls and to allow care workers to build relationships with the "
        "people they support and with local health teams."),
    (P, "c) The Council would set a minimum hourly rate of \u00a324.10 and require providers to "
        "pay care workers at least the Real Living Wage and to pay them for their travel time. The "
        "full-year cost of the proposals is estimated at \u00a33.2 million above the current "
        "budget, which has been included in the Medium Term Financial Plan."),
    (P, "d) A consultation with people who receive care at home, carers and providers took place "
        "between September and November 2024 and received 412 responses. The main issues raised "
        "were the continuity of care workers, the punctuality of visits and communication when "
        "care workers are running late."),
    (R, "During the discussion that followed, the following points were raised:"),
    (P, "e) The Committee asked whether the Council had considered delivering more care at home "
        "itself, rather than relying on the independent sector. The Portfolio Holder stated that "
        "an in-house service would be significantly more expensive to deliver, given the pension "
        "costs and the terms and conditions of Council employees, but that the Council's in-house "
        "reablement service would be expanded as part of the new model and that the option of a "
        "Council-owned company would be kept under review."),
    (P, "f) The Committee raised concerns that some providers are making significant profits from "
        "public money while care workers remain on low pay. The new contracts will include "
        "open-book accounting, so that the Council can see how the hourly rate is spent, and a "
        "requirement that providers pay at least the Real Living Wage, which will be monitored "
        "through contract management visits."),
    (P, "g) The Committee asked how the views of people who receive care at home have shaped the "
        "new model. The feedback about continuity and punctuality has directly informed the move "
        "to smaller zones, and a group of people who use services and carers has been involved in "
        "designing the quality standards in the new service specification. Two members of the "
        "group will sit on the evaluation panel for the tender."),
    (P, "h) The Committee asked what will happen to people whose current provider is not "
        "successful in the tender, as a change of care worker can be very distressing, "
        "particularly for people living with dementia. Transition plans will be put in place for "
        "each zone and, where possible, care workers will transfer to the new provider under TUPE "
        "so that people can keep the same care workers. The Council will write to every person "
        "affected at least eight weeks before any change to their care."),
    (P, "i) A member commented that care workers in her ward had told her that they are not paid "
        "for the time spent travelling between calls and that calls are often cut short. Rob "
        "Elstree, Head of Commissioning (Adults), responded that payment for travel time will be "
        "a contractual requirement and that electronic call monitoring data will be used to check "
        "that visits are delivered for the full time commissioned."),
    (P, "j) The Committee queried whether the additional \u00a33.2 million is affordable given "
        "the Council's wider financial position. The Corporate Director confirmed that the "
        "funding has been identified within the adult social care budget in the Medium Term "
        "Financial Plan, partly through the Market Sustainability and Improvement Fund grant, but "
        "acknowledged that the rising number of people who need care at home remains a "
        "significant risk to the budget."),
    (P, "k) The Committee requested that the evaluation criteria for the tender include a "
        "weighting for social value, such as the employment of local people and the use of "
        "electric vehicles."),
    (P, "Resolved to recommend to the Portfolio Holder for Adult Social Care and Health that:"),
    (P, "(1) the evaluation criteria for the new care at home contracts include a weighting for "
        "social value; and"),
    (P, "(2) the Council reports annually to the Committee on the rates of pay received by care "
        "workers employed by each lead provider, including payment for travel time."),

    (R, "49 Right Care, Right Person"),
    (P, "Superintendent Kerry Dunmore, Lindenshire Police, and Anil Chaudhry, Director of Mental "
        "Health Services at Wolds Healthcare NHS Foundation Trust, presented an update on the "
        "implementation of the Right Care, Right Person (RCRP) approach in Lindenford. The "
        "following points were raised:"),
    (P, "a) RCRP is a national approach under which the Police will no longer attend calls "
        "relating to concerns for a person's mental health or welfare unless there is a real and "
        "immediate risk to life or of serious harm, or a crime is being committed. Phase 1 "
        "(concern for welfare calls) went live in Lindenford in April 2024 and Phase 2 (people "
        "who walk out of health settings) in September 2024."),
    (P, "b) Since April 2024, the Police has attended approximately 1,900 fewer incidents than in "
        "the same period in the previous year, releasing the equivalent of 11 full-time officers "
        "to other duties. Calls are now assessed against a set of agreed thresholds and, where the "
        "Police will not attend, the caller is directed to the most appropriate service."),
    (P, "c) The Trust has opened a 24-hour mental health crisis line for all ages and a crisis "
        "caf\u00e9, The Sanctuary at Millgate, which is open from 6.00 pm to midnight every day "
        "and is run in partnership with a local voluntary sector organisation."),
    (P, "d) The Committee raised concerns that the reduction in Police attendance could leave "
        "vulnerable people without the support they need, and asked how the impact is being "
        "monitored. A partnership group meets monthly to review cases where concerns have been "
        "raised, and no case has been identified where a person came to serious harm as a "
        "result of the Police not attending."),
    (P, "e) The Committee asked whether the crisis line has enough staff to respond to the "
        "increase in calls. Call volumes have increased by 45% since RCRP was introduced. The "
        "Trust recruited 14 additional call handlers in the autumn, funded by the ICB, and the "
        "average time to answer a call is now under two minutes, although the Trust acknowledged "
        "that there had been long waits in the first weeks of Phase 2."),
    (P, "f) The Committee asked about the impact of RCRP on adult social care, as social workers "
        "are reporting that more requests for welfare checks are being passed to the Council. "
        "Helen Marchetti, Corporate Director for Adults and Health, confirmed that the Council "
        "has seen an increase of around 20% in requests for welfare checks and is discussing "
        "with the Police and the Trust how this work should be shared. No funding has been "
        "transferred to the Council as part of the national approach."),
    (P, "g) Joanne Pettifer, Healthwatch Lindenford and Lindenshire, commented that families had "
        "told Healthwatch that they had not been made aware of the change and did not know who "
        "to call when a relative was in crisis. Superintendent Dunmore acknowledged that "
        "communication with the public could have been better and agreed to work with "
        "Healthwatch on information for families and carers."),
    (P, "h) The Committee requested figures on the number of people detained under section 136 "
        "of the Mental Health Act in Lindenford before and after the introduction of RCRP, broken "
        "down by ethnicity. The figures will be circulated to the Committee after the meeting."),
    (R, "Resolved to:"),
    (P, "(1) note the update on the implementation of Right Care, Right Person in Lindenford; "
        "and"),
    (P, "(2) request that a further update, including the data on detentions under section 136 "
        "of the Mental Health Act, is brought to the Committee in July 2025."),

    (R, "50 Work Programme"),
    (P, "The Chair presented the Committee's proposed work programme for the remainder of the "
        "2024/25 municipal year."),
    (P, "A member asked whether the Committee would be looking at access to NHS dental services, "
        "as residents are still unable to register with a dentist in many parts of the city. The "
        "Chair advised that the ICB has been asked to report on dental access to the meeting on "
        "17 April 2025."),
    (P, "The Committee noted the work programme."),
]


def render_minutes() -> str:
    lines: list[str] = []
    for kind, text in MINUTES:
        if kind == R:
            lines.append(text)
        else:
            lines.extend(textwrap.wrap(text, width=WIDTH))
    out: list[str] = []
    page = 1
    for i, line in enumerate(lines):
        out.append(line)
        if (i + 1) % PAGE_LINES == 0 and i + 1 < len(lines):
            out.append(FOOTER)
            out.append(str(page))
            page += 1
    out.append(FOOTER)
    out.append(str(page))
    return "\r\n".join(out) + "\r\n"


# ---------------------------------------------------------------------------
# The document that is not minutes: a consultation page saved from the browser.
# ---------------------------------------------------------------------------

OTHER_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Adult Social Care Charging Policy Review - Engage Lindenford</title>
<link rel="stylesheet" href="./Adult Social Care Charging Policy Review - Engage Lindenford_files/main.css">
</head>
<body class="consultation-page">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="logo"><a href="https://engage.lindenford.gov.uk/">Engage Lindenford</a></div>
  <nav class="top-nav">
    <ul>
      <li><a href="https://engage.lindenford.gov.uk/consultation_finder/">Find consultations</a></li>
      <li><a href="https://engage.lindenford.gov.uk/we_asked_you_said/">We Asked, You Said, We Did</a></li>
      <li><a href="https://www.lindenford.gov.uk/">Lindenford City Council</a></li>
      <li><a href="https://engage.lindenford.gov.uk/login/">Log in</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="https://engage.lindenford.gov.uk/">Engage Lindenford</a></li>
    <li><a href="https://engage.lindenford.gov.uk/adults/">Adults and Health</a></li>
    <li>Adult Social Care Charging Policy Review</li>
  </ol>
</nav>
<main id="main">
<h1>Adult Social Care Charging Policy Review</h1>
<div class="status-panel">
  <p><strong>Closes</strong> 7 Mar 2025</p>
  <p><strong>Opened</strong> 13 Jan 2025</p>
  <h2>Contact</h2>
  <p>Adult Social Care Policy Team<br>
  Email: <a href="mailto:ascconsultation@lindenford.gov.uk">ascconsultation@lindenford.gov.uk</a><br>
  Telephone: 0300 555 0172</p>
</div>

<h2>Overview</h2>
<p>Lindenford City Council provides or arranges care and support for more than 4,800 adults in the
city. Most people who receive care and support are asked to contribute towards its cost, based on a
financial assessment of what they can afford to pay. The rules we use to work this out are set out in
our Adult Social Care Charging Policy.</p>
<p>We last reviewed the policy in 2019. Since then the cost of providing care has risen sharply and the
Council faces a gap of &pound;21.6 million in its budget for 2025/26. We are proposing some changes to
the policy and we would like to hear your views before any decision is made.</p>

<h2>Why we are consulting</h2>
<p>The changes would affect people who currently receive care and support, people who may need care
and support in the future, and their families and carers. We want to understand how the proposals
might affect you, and whether there is anything we have not thought about.</p>

<h2>What we are proposing</h2>
<h3>Proposal 1: Disability-related expenditure</h3>
<p>When we carry out a financial assessment we allow for extra costs that you have because of your
disability, such as special diets or extra laundry. At the moment we allow a standard amount of
&pound;20 a week unless you ask us to look at your costs in more detail. We are proposing to reduce the
standard amount to &pound;15 a week. Anyone whose costs are higher could still ask for an individual
assessment.</p>
<h3>Proposal 2: Arrangement fee for people who pay the full cost of their care</h3>
<p>If you have savings above &pound;23,250 you pay the full cost of your care, but you can still ask the
Council to arrange it for you. We are proposing to introduce a one-off arrangement fee of &pound;295 and
a yearly fee of &pound;120 to cover the cost of this work.</p>
<h3>Proposal 3: Charging for a second care worker</h3>
<p>Some people need two care workers at the same visit. At the moment we only charge for one care
worker. We are proposing to charge for both care workers, subject to the financial assessment.</p>

<h2>Frequently asked questions</h2>
<dl class="faq">
  <dt>Will I have to pay more?</dt>
  <dd>Not everyone would pay more. Around a third of people who receive care and support pay nothing
  towards it, and this would not change. We estimate that about 1,100 people would pay more under
  Proposal 1 and 3, by an average of &pound;6.40 a week.</dd>
  <dt>Has a decision already been made?</dt>
  <dd>No. No decision will be made until the consultation has closed and all of the responses have
  been considered.</dd>
  <dt>Can I get help to fill in the questionnaire?</dt>
  <dd>Yes. Call us on 0300 555 0172 and we can go through the questions with you over the phone, or
  send you a paper copy with a freepost envelope. Easy read and large print versions are also
  available.</dd>
</dl>

<h2>Give us your views</h2>
<p>The questionnaire should take about 15 minutes to complete. It asks:</p>
<ol class="question-list">
  <li>To what extent do you agree or disagree with the proposal to reduce the standard allowance for
  disability-related expenditure to &pound;15 a week?</li>
  <li>To what extent do you agree or disagree with the proposal to introduce an arrangement fee for
  people who pay the full cost of their care?</li>
  <li>To what extent do you agree or disagree with the proposal to charge for a second care worker?</li>
  <li>How would these proposals affect you or the person you care for?</li>
  <li>Is there anything else you think we should consider before a decision is made?</li>
</ol>
<p><a class="button" href="https://engage.lindenford.gov.uk/adults/charging-policy-review/consultation/">Online Survey</a></p>

<h2>Drop-in events</h2>
<table class="events">
  <thead><tr><th>Date</th><th>Time</th><th>Venue</th></tr></thead>
  <tbody>
    <tr><td>Tuesday 28 January 2025</td><td>10.00 am to 12.00 noon</td><td>Eastgate Health Centre, community room</td></tr>
    <tr><td>Wednesday 5 February 2025</td><td>2.00 pm to 4.00 pm</td><td>Millgate Library</td></tr>
    <tr><td>Thursday 13 February 2025</td><td>6.00 pm to 7.30 pm</td><td>Online (Microsoft Teams) - book a place by email</td></tr>
  </tbody>
</table>

<h2>What happens next</h2>
<p>The Health and Adult Social Care Scrutiny Committee will be asked for its comments on the proposals
at its meeting on 20 March 2025. A report setting out the results of the consultation will then go to
the Executive Panel in April 2025, which will decide whether the changes should go ahead. If they are
agreed, the changes would take effect from 1 July 2025 and everyone affected would be written to at
least four weeks before their charge changes.</p>

<h2>Audiences</h2>
<ul class="tags"><li>Carers</li><li>Older people</li><li>People with disabilities</li><li>Service users</li></ul>
<h2>Interests</h2>
<ul class="tags"><li>Adult social care</li><li>Budget</li></ul>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="https://engage.lindenford.gov.uk/accessibility/">Accessibility</a></li>
    <li><a href="https://engage.lindenford.gov.uk/privacy/">Privacy</a></li>
    <li><a href="https://engage.lindenford.gov.uk/cookies/">Cookies</a></li>
  </ul>
  <p>&copy; Lindenford City Council 2025</p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------


def q(item, kind, text, answer, asked_by=None, given_by=None, themes=()):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": list(themes)}


def r(item, text, outcome, themes=()):
    return {"item": item, "text": text, "outcome": outcome, "themes": list(themes)}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-01-16",
    "items": [
        {"number": "44", "title": "Apologies for Absence"},
        {"number": "45", "title": "Declarations of Interests"},
        {"number": "46", "title": "Minutes"},
        {"number": "47", "title": "Urgent and Emergency Care: Winter Pressures"},
        {"number": "48", "title": "Care at Home Recommissioning"},
        {"number": "49", "title": "Right Care, Right Person"},
        {"number": "50", "title": "Work Programme"},
    ],
    "questions": [
        # 47 Urgent and Emergency Care
        q("47", "question",
          "asked why so many people continue to go to the ED",
          "Many patients are not aware of the alternatives that are available",
          themes=["primary-care"]),
        q("47", "concern",
          "raised concerns about the length of time that patients, particularly older people",
          "Corridor care is not acceptable and is only used as a last resort"),
        q("47", "question",
          "queried whether the reduction in the number of patients who no longer meet",
          "the Council seeks to place people as close to home as possible",
          given_by="The Corporate Director for Adults and Health",
          themes=["adult-social-care", "integration"]),
        q("47", "question",
          "asked how the ICB will ensure that the lower uptake of vaccinations",
          "is working with the ICB on a targeted programme, including pop-up clinics",
          themes=["public-health"]),
        q("47", "request",
          "requested that figures for staff uptake at LUH and in the care sector",
          None,
          themes=["public-health", "workforce"]),
        q("47", "question",
          "asked whether there are enough staff to run the additional capacity",
          "Most of the additional capacity is staffed through the Trust's own staff bank",
          themes=["workforce"]),
        q("47", "comment",
          "commented that residents in her ward had reported waiting more than 11 hours",
          "has been invited to attend the Committee's meeting in March 2025",
          given_by="The Chair"),
        # 48 Care at Home Recommissioning
        q("48", "question",
          "asked whether the Council had considered delivering more care at home itself",
          "would be significantly more expensive to deliver, given the pension costs",
          given_by="The Portfolio Holder",
          themes=["privatisation", "subcontracting", "adult-social-care"]),
        q("48", "concern",
          "raised concerns that some providers are making significant profits from public money",
          "so that the Council can see how the hourly rate is spent",
          themes=["privatisation", "finance", "workforce", "adult-social-care"]),
        q("48", "question",
          "asked how the views of people who receive care at home have shaped",
          "has directly informed the move to smaller zones",
          themes=["patient-and-public-input", "adult-social-care"]),
        q("48", "question",
          "asked what will happen to people whose current provider is not successful",
          "Transition plans will be put in place for each zone",
          themes=["adult-social-care", "subcontracting", "workforce"]),
        q("48", "comment",
          "care workers in her ward had told her that they are not paid",
          "payment for travel time will be a contractual requirement",
          given_by="Rob Elstree, Head of Commissioning (Adults)",
          themes=["workforce", "subcontracting", "adult-social-care"]),
        q("48", "question",
          "queried whether the additional £3.2 million is affordable given the Council's wider",
          "the funding has been identified within the adult social care budget",
          given_by="The Corporate Director",
          themes=["finance", "adult-social-care"]),
        q("48", "request",
          "requested that the evaluation criteria for the tender include a weighting",
          None,
          themes=["subcontracting"]),
        # 49 Right Care, Right Person
        q("49", "concern",
          "raised concerns that the reduction in Police attendance could leave vulnerable people",
          "A partnership group meets monthly to review cases where concerns have been raised",
          themes=["mental-health"]),
        q("49", "question",
          "asked whether the crisis line has enough staff to respond",
          "Trust recruited 14 additional call handlers in the autumn, funded by the ICB",
          themes=["mental-health", "workforce"]),
        q("49", "question",
          "asked about the impact of RCRP on adult social care",
          "has seen an increase of around 20% in requests for welfare checks",
          given_by="Helen Marchetti, Corporate Director for Adults and Health",
          themes=["adult-social-care", "workforce", "finance"]),
        q("49", "comment",
          "commented that families had told Healthwatch that they had not been made aware",
          "agreed to work with Healthwatch on information for families and carers",
          asked_by="Joanne Pettifer, Healthwatch Lindenford and Lindenshire",
          given_by="Superintendent Dunmore",
          themes=["patient-and-public-input", "mental-health"]),
        q("49", "request",
          "requested figures on the number of people detained under section 136",
          "The figures will be circulated to the Committee after the meeting",
          themes=["mental-health"]),
        # 50 Work Programme
        q("50", "question",
          "asked whether the Committee would be looking at access to NHS dental services",
          "the ICB has been asked to report on dental access",
          given_by="The Chair",
          themes=["primary-care"]),
    ],
    "resolutions": [
        r("46", "confirmed the minutes of the meeting held on 12 December 2024", "agreed"),
        r("47", "request that data on flu vaccination uptake among", "agreed",
          ["public-health", "workforce"]),
        r("48", "Resolved to recommend to the Portfolio Holder for Adult Social Care and Health",
          "recommended", ["subcontracting", "workforce", "adult-social-care"]),
        r("49", "note the update on the implementation of Right Care, Right Person", "agreed",
          ["mental-health"]),
        r("50", "The Committee noted the work programme", "noted"),
    ],
    "attendees": [
        a("Councillor Farah Iqbal", "Chair", "present"),
        a("Councillor Daniel Orchard", "Vice Chair", "present"),
        a("Councillor Lorna Abbey", None, "present"),
        a("Councillor Bernadette Oyelaran", None, "present"),
        a("Councillor Shabana Rehman", None, "present"),
        a("Councillor Mick Tranter", None, "present"),
        a("Councillor Tom Hurrell", None, "apologies"),
        a("Councillor Gareth Kinsey", None, "absent"),
        a("Councillor Ellie Vasquez", None, "apologies"),
        a("Councillor Pauline Ashdown", "Portfolio Holder for Adult Social Care and Health",
          "in_attendance"),
        a("Anil Chaudhry",
          "Director of Mental Health Services, Wolds Healthcare NHS Foundation Trust",
          "in_attendance"),
        a("Kerry Dunmore", "Superintendent, Lindenshire Police", "in_attendance"),
        a("Rob Elstree", "Head of Commissioning (Adults)", "in_attendance"),
        a("Claire Fenwick",
          "Director of Urgent and Emergency Care, Lindenford University Hospitals NHS Trust",
          "in_attendance"),
        a("Helen Marchetti", "Corporate Director for Adults and Health", "in_attendance"),
        a("Joanne Pettifer", "Manager, Healthwatch Lindenford and Lindenshire", "in_attendance"),
        a("Dr Naveen Sandhu",
          "Medical Director, NHS Lindenford and Wolds Integrated Care Board",
          "in_attendance"),
        a("Adam Whitcombe", "Scrutiny and Audit Support Officer", "in_attendance"),
    ],
}

OTHER_GOLD = {"document": OTHER_NAME, "doc_type": "other"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def write_all() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_bytes(render_minutes().encode("utf-8"))
    (DOCS / OTHER_NAME).write_bytes(OTHER_HTML.encode("utf-8"))
    for gold in (MINUTES_GOLD, OTHER_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


PUNCT = set(string.punctuation) | set("\u2018\u2019\u201c\u201d\u2013\u2014\u00a3\u2026")


def normalise(text: str, hyphen_as_space: bool = False) -> str:
    text = text.lower()
    if hyphen_as_space:
        text = re.sub(r"[-\u2013\u2014/]", " ", text)
    text = "".join(" " if (ch in PUNCT and hyphen_as_space) else ("" if ch in PUNCT else ch)
                   for ch in text)
    return " ".join(text.split())


def document_text(path: Path) -> str:
    if path.suffix == ".txt":
        return path.read_text(encoding="utf-8")
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_bytes(), "html.parser").get_text(" ")
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    raise ValueError(path)


def check() -> int:
    problems = 0
    # only this script's own gold files (other sets may share the folder)
    for name in (MINUTES_GOLD["document"], OTHER_GOLD["document"]):
        gold_path = GOLD / f"{Path(name).stem}.json"
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc.name}")
            problems += 1
            continue
        raw = document_text(doc)
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for label, phrase in phrases:
            words = len(phrase.split())
            if not 6 <= words <= 15:
                print(f"{doc.name}: {label} phrase has {words} words: {phrase!r}")
                problems += 1
            for hs in (False, True):
                n = normalise(raw, hs).count(normalise(phrase, hs))
                if n != 1:
                    print(f"{doc.name}: {label} phrase found {n} times "
                          f"(hyphen_as_space={hs}): {phrase!r}")
                    problems += 1
        print(f"{doc.name}: {len(phrases)} phrases checked")
    if problems:
        print(f"{problems} problem(s)")
        return 1
    print("check passed")
    return 0


def main(argv: list[str]) -> int:
    if "--check" in argv:
        return check()
    write_all()
    print(f"wrote {DOCS / MINUTES_NAME}")
    print(f"wrote {DOCS / OTHER_NAME}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
