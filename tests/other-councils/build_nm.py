#!/usr/bin/env python3
"""Build the "nm-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_nm.py           build documents/nm-* and gold/nm-*.json
        build_nm.py --check   verify every gold phrase occurs once in its document
"""

import copy
import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "nm-wigmere-phhi-scrutiny-commission-2025-01-14.docx"
REPORT_NAME = "nm-wigmere-drug-alcohol-recommissioning-report.pdf"

COMMITTEE = "Public Health and Health Integration Scrutiny Commission"
FIXED = dt.datetime(2025, 1, 21, 9, 30, 0)

DCM = "Deputy City Mayor – Health, Social Care and Community Safety"
DCM_ROLE = "Deputy City Mayor, Health, Social Care and Community Safety"  # attendance line

# ---------------------------------------------------------------------------
# The minutes, block by block.
#   ("item", number, title)     numbered capital heading
#   ("p", text)                 body paragraph (indented under the heading)
#   ("b", text)                 bullet under the body
#   ("n", text)                 numbered clause under AGREED (typed "1.")
#   ("label", text)             bold label such as AGREED:
#   ("q", text)                 quoted public question (indented further)
# ---------------------------------------------------------------------------

BODY = [
    ("item", "47", "APOLOGIES FOR ABSENCE"),
    ("p", "Apologies for absence were received from Councillor Fenwick."),
    ("p", "Apologies were also received from Rachel Omondi, Chief Operating Officer, "
          "Wigmere, Fenshire and Rutley Integrated Care Board (ICB)."),
    ("p", "Councillor Mistry informed the Commission that he would need to leave the "
          "meeting early."),

    ("item", "48", "DECLARATIONS OF INTEREST"),
    ("p", "Members were asked to declare any interests they may have in the business to be "
          "discussed."),
    ("p", "Councillor Rahman declared that she was employed as a locum pharmacist by a "
          "community pharmacy in the city, in relation to minute 55 (Access to General "
          "Practice and Community Pharmacy). Councillor Gillery declared that a close family "
          "member was employed by the current provider of the city’s drug and alcohol "
          "treatment service, in relation to minute 56."),
    ("p", "In accordance with the Council’s Code of Conduct, the interests were not "
          "considered so significant that they were likely to prejudice the Councillors’ "
          "judgement of the public interest. The Members were not, therefore, required to "
          "withdraw from the meeting during consideration of these items."),

    ("item", "49", "MINUTES OF THE PREVIOUS MEETING"),
    ("p", "Arising from minute 41 (Sexual Health Services), the Chair asked whether the "
          "figures on chlamydia testing in community settings requested at the last meeting "
          "had been circulated. The Scrutiny Policy Officer confirmed that they had been sent "
          "to Members by email on 6 December 2024."),
    ("label", "AGREED:"),
    ("p", "That the minutes of the meeting of the Public Health and Health Integration "
          "Scrutiny Commission held on 19 November 2024 be confirmed as a correct record."),

    ("item", "50", "CHAIR'S ANNOUNCEMENTS"),
    ("p", "The Chair welcomed Members, officers and partners to the meeting, including Sunita "
          "Varma, Head of Primary Care Contracting at the ICB, who was attending the "
          "Commission for the first time."),
    ("p", "The Chair reminded Members that a joint meeting of the Commission and the Adult "
          "Social Care Scrutiny Commission would be held on Tuesday 25 February 2025 to "
          "consider the Better Care Fund and hospital discharge arrangements, and that a visit "
          "to the Clinical Navigation Hub at Wigmere Royal Infirmary had been arranged for "
          "4 February 2025 for any Member who wished to attend."),
    ("p", "The Chair further reported that, following the Commission’s meeting in November, "
          "she had written to the Chief Executive of the ICB about the closure of the walk-in "
          "service at Beaumont Lane Health Centre, and that a reply was still awaited."),

    ("item", "51", "PETITIONS"),
    ("p", "The Monitoring Officer reported that none had been received."),

    ("item", "52", "QUESTIONS, REPRESENTATIONS AND STATEMENTS OF CASE"),
    ("p", "The Monitoring Officer reported that one question had been received from a member "
          "of the public, Ms Lorraine Petch."),
    ("p", "Ms Petch attended the meeting and asked the following question:"),
    ("q", "“Since the pharmacy on Hollin Road closed in October, residents of Aylesby ward, "
          "many of whom are older people without a car, have had to travel over a mile to "
          "collect their prescriptions. What has the Council done to assess the impact of this "
          "closure, and will the Pharmaceutical Needs Assessment be reviewed as a result?”"),
    ("p", "The Director of Public Health responded that the Health and Wellbeing Board was "
          "responsible for the Pharmaceutical Needs Assessment (PNA), and that the current "
          "assessment ran until October 2025. The closure had been reported to the Board, which "
          "had considered whether it created a gap in provision; a supplementary statement "
          "issued in December 2024 concluded that, as two pharmacies within 1.6 km of Hollin "
          "Road offered extended opening hours and a free delivery service, there was no gap "
          "in necessary services. A full review of the PNA would be consulted on in the spring "
          "and residents’ experience of the closure would be taken into account."),
    ("p", "Ms Petch asked a supplementary question as to whether the Council would ask the ICB "
          "to support a prescription collection point in the ward in the meantime. The Deputy "
          "City Mayor – Health, Social Care and Community Safety responded that she would raise "
          "the matter with the ICB and write to Ms Petch with the outcome."),
    ("p", "The Chair thanked Ms Petch for her question."),

    ("item", "53", "DRAFT GENERAL FUND REVENUE BUDGET 2025/26"),
    ("p", "The Director of Finance submitted a report setting out the City Mayor’s draft General "
          "Fund revenue budget for 2025/26. The Commission was invited to consider the proposals "
          "falling within its remit and to pass any comments to the Overview Select Committee, "
          "which would consider the draft budget on 6 February 2025 before it was presented to "
          "Council on 19 February 2025."),
    ("p", "The Deputy City Mayor – Health, Social Care and Community Safety introduced the "
          "report, noting that the Council continued to face a very severe financial position "
          "and that the 2025/26 budget could only be balanced through the use of one-off "
          "reserves. The Head of Finance (Adults and Public Health) presented the report, and "
          "key points included:"),
    ("b", "The public health grant allocation for 2025/26 had not yet been announced, and the "
          "draft budget assumed a cash-flat grant of £29.4m."),
    ("b", "The public health grant remained ring-fenced, and no savings from the public health "
          "budget were proposed to support the wider General Fund."),
    ("b", "Pressures arising from the NHS pay award for staff on Agenda for Change terms "
          "employed by commissioned providers were estimated at £0.6m and would need to be met "
          "from within the grant."),
    ("b", "The value of the 0-19 healthy child programme contract would rise in line with the "
          "inflation clause in the contract."),
    ("p", "In response to questions and comments from Members, it was noted that:"),
    ("b", "Members expressed frustration at the late announcement of the public health grant. "
          "Officers shared this frustration; the announcement had been expected in December and "
          "the lateness made it very difficult to agree contract values with providers before "
          "April."),
    ("b", "A Member asked whether the ring fence would remain in place beyond 2025/26. The "
          "Director of Public Health explained that the Government had given no indication that "
          "it would be removed, but the Council had previously opposed its removal in response "
          "to a national consultation and would do so again if necessary."),
    ("b", "Members queried whether public health reserves would be used to offset the pay award "
          "pressure. It was confirmed that the public health reserve had stood at £2.1m at the "
          "end of 2023/24, that around £0.8m of this was committed, and that some of the "
          "remainder would be used to smooth the pressure over two years."),
    ("b", "Concern was expressed that the healthy lifestyles offer had been reduced in previous "
          "years and that any further reduction would widen health inequalities between wards. "
          "The Director of Public Health acknowledged the concern and said that the service had "
          "been redesigned to focus on the wards with the lowest life expectancy."),
    ("b", "A Member asked how much of the grant was spent on services that other parts of the "
          "Council would otherwise fund, such as parks, leisure and housing support. The Head of "
          "Finance responded that approximately £3.2m was allocated to ‘wider determinants’ "
          "activity, which was subject to a formal agreement setting out the public health "
          "outcomes expected in return."),
    ("b", "Councillor Thornley requested that the Overview Select Committee be made aware of the "
          "Commission’s concern at the cumulative effect of cost pressures on the voluntary and "
          "community sector organisations commissioned by public health."),
    ("label", "AGREED:"),
    ("n", "1.\tThat the report be noted."),
    ("n", "2.\tThat the comments of the Commission be forwarded to the Overview Select Committee "
          "for consideration as part of the budget-setting process."),

    ("item", "54", "WINTER PRESSURES AND URGENT AND EMERGENCY CARE"),
    ("p", "The Wigmere, Fenshire and Rutley Integrated Care Board (ICB) submitted a report "
          "providing an update on winter pressures across the health and care system and on "
          "performance in urgent and emergency care. Jonathan Feld, Director of Integration and "
          "Transformation, ICB, and Dr Amara Nwosu, Deputy Medical Director, University "
          "Hospitals of Wigmere NHS Trust (UHW), presented the report."),
    ("p", "It was noted that:"),
    ("b", "The system had entered winter at OPEL level 3, and UHW had declared a critical "
          "incident for 48 hours from 2 January 2025 owing to high numbers of patients with flu "
          "and norovirus, which had led to the closure of beds on several wards."),
    ("b", "Performance against the four-hour standard in the emergency department at Wigmere "
          "Royal Infirmary had been 64.8 per cent in December 2024, against a national target "
          "of 78 per cent by March 2025."),
    ("b", "The Clinical Navigation Hub, which allowed ambulance crews and NHS 111 to speak to a "
          "senior clinician before taking a patient to hospital, had been extended to operate "
          "24 hours a day from October 2024."),
    ("b", "Joint work between the ICB, UHW and the Council’s adult social care service had "
          "increased the number of people discharged home with reablement support, funded in "
          "part through the Better Care Fund."),
    ("p", "Further to questions and comments from Members, it was noted that:"),
    ("b", "Members asked about the number of patients waiting more than twelve hours in the "
          "emergency department. It was reported that 1,412 patients had waited more than "
          "twelve hours from arrival in December 2024, compared with 1,690 in December 2023; "
          "the Deputy Medical Director stated that this remained unacceptable."),
    ("b", "A Member queried why flu vaccination uptake among frontline health and care staff was "
          "lower than the previous year. Dr Nwosu explained that uptake among UHW staff was 38 "
          "per cent; vaccine fatigue and misinformation on social media had been factors, and "
          "peer vaccinators had been deployed on wards to encourage uptake."),
    ("b", "Concerns were raised about ambulance handover delays and patients being cared for in "
          "corridors. It was acknowledged that corridor care was taking place at times of peak "
          "pressure; a standard operating procedure was in place to keep patients safe, and a "
          "45-minute ‘release to respond’ protocol had been introduced with the ambulance service "
          "in November."),
    ("b", "In response to a question about the number of patients in hospital who were medically "
          "fit to leave, it was noted that on average 96 patients a day at Wigmere Royal "
          "Infirmary had no criteria to reside, around half of whom were waiting for a package "
          "of care or a care home placement outside the city. The integrated discharge team, "
          "which included the Council’s social workers, now worked seven days a week."),
    ("b", "A Member asked whether the Clinical Navigation Hub had reduced the number of people "
          "attending the emergency department. Mr Feld said that the hub had handled 7,800 calls "
          "since October and that around a third of callers had been directed to an alternative "
          "service, such as an urgent treatment centre or a same-day GP appointment."),
    ("b", "A Member asked about people in mental health crisis waiting in the emergency "
          "department. It was noted that the mental health urgent care hub at Glenmere House was "
          "open to walk-in patients from 8am to midnight, and that the Wigmere Partnership NHS "
          "Trust was piloting a mental health response vehicle with the ambulance service."),
    ("b", "Councillor O’Dowd expressed concern that patients in the east of the city found it "
          "difficult to reach the urgent treatment centre at Rushey Fields by public transport, "
          "and asked that this be considered as part of the ICB’s review of urgent treatment "
          "centres."),
    ("p", "Councillor Mistry noted that staff across the health and care system had worked under "
          "extreme pressure over the festive period and asked that the Commission’s thanks be "
          "passed on to them. The Chair endorsed this."),
    ("p", "Councillor Mistry left the meeting at this point."),
    ("label", "AGREED:"),
    ("n", "1.\tThat the update be noted."),
    ("n", "2.\tThat the ICB be asked to provide data on ambulance handover delays and twelve-hour "
          "waits broken down by the ward of residence of the patients concerned."),
    ("n", "3.\tThat a further update on urgent and emergency care be brought to the Commission in "
          "the 2025/26 municipal year."),

    ("item", "55", "ACCESS TO GENERAL PRACTICE AND COMMUNITY PHARMACY"),
    ("p", "The ICB submitted a report on access to general practice and community pharmacy in "
          "the city, including progress against the ICB’s primary care access recovery plan. "
          "Sunita Varma, Head of Primary Care Contracting, ICB, and Dr Ravi Lakhani, GP and "
          "Clinical Lead for Primary Care, presented the report. Key points included:"),
    ("b", "The number of GP appointments provided in the city had increased by 6 per cent "
          "compared with the previous year, and 41 per cent of appointments took place on the "
          "same day that the patient contacted the practice."),
    ("b", "All practices in the city had moved to cloud-based telephony, which allowed call-back "
          "and queue position messages."),
    ("b", "Four community pharmacies in the city had closed during 2024 and two had reduced "
          "their opening hours."),
    ("b", "Pharmacy First had delivered over 19,000 consultations in the city since it was "
          "launched, mostly for sore throats, sinusitis and urinary tract infections."),
    ("p", "As part of the discussion, Members asked a number of questions and made comments. "
          "Councillor Bhagwan said that residents in his ward still reported having to telephone "
          "at 8am only to be told that all of the day’s appointments had gone, and asked what was "
          "being done about practices where patients’ experience remained poor. Dr Lakhani "
          "responded that practices were now required to assess patients’ needs on the day they "
          "made contact, and that the ICB was working with the six practices with the lowest "
          "scores in the GP Patient Survey through a support programme; he accepted that there "
          "was variation between practices and that the ‘8am rush’ had not been eliminated. "
          "Councillor Rahman asked how many staff had been recruited in the city through the "
          "Additional Roles Reimbursement Scheme and whether they were being used well; it was "
          "reported that 212 staff were in post across the city’s primary care networks, "
          "including clinical pharmacists, physician associates and social prescribing link "
          "workers, and that the inclusion of GPs in the scheme was welcomed, although several "
          "newly qualified GPs had told the ICB that they were unable to find salaried posts. "
          "Councillor Gillery sought clarification on how many patients had been removed from "
          "practice lists in the city following list cleansing, to which Ms Varma replied that "
          "she would provide the figure after the meeting."),
    ("p", "Concern was expressed about the closure of pharmacies in the most deprived parts of "
          "the city, where residents were least likely to have access to a car. It was "
          "explained that pharmacies were independent businesses and the ICB could not prevent "
          "a closure, but that it had a duty to secure adequate provision and had commissioned "
          "additional hours from a neighbouring pharmacy in one case."),
    ("p", "A Member asked whether residents knew that they could use Pharmacy First instead of "
          "waiting for a GP appointment. Ms Varma accepted that awareness remained low, and said "
          "that a campaign in community languages would run from February in partnership with "
          "the Council’s public health team."),
    ("p", "Councillor Thornley commented that many of her residents had had good experiences of "
          "the NHS App and online consultation, but that residents without smartphones or whose "
          "first language was not English must not be left behind. Dr Lakhani agreed, and said "
          "that practices were required to keep telephone and in-person routes open for "
          "patients who needed them."),
    ("p", "The Commission noted the report and asked that the ICB share the results of the 2025 "
          "GP Patient Survey for practices in the city with Members when they were published."),

    ("item", "56", "DRUG AND ALCOHOL TREATMENT AND RECOVERY SERVICE – RECOMMISSIONING"),
    ("p", "The Director of Public Health submitted a report on the proposed approach to "
          "recommissioning the city’s adult drug and alcohol treatment and recovery service, the "
          "current contract for which would end on 31 March 2026. Helen Marsters, Consultant in "
          "Public Health, presented the report."),
    ("p", "It was noted that:"),
    ("b", "The service supported around 3,100 adults a year and the contract was worth £7.2m a "
          "year, funded through the public health grant and the Drug and Alcohol Treatment and "
          "Recovery Improvement Grant."),
    ("b", "Engagement had taken place over the summer with 260 people, including people using "
          "the service, their families and staff, and a peer-led lived experience panel had been "
          "involved in designing the service specification."),
    ("b", "It was proposed to tender a single lead provider contract for five years, with the "
          "option to extend by up to two years, and a separate framework for residential "
          "rehabilitation placements."),
    ("p", "Members asked questions and made comments, and responses were given as follows:"),
    ("b", "A Member asked why the service was not being brought back in-house, given concern "
          "that private providers had profited from contracts elsewhere. The Consultant in "
          "Public Health explained that an in-house option had been appraised, but that it "
          "would require the transfer of more than 150 staff under TUPE and the Council did not "
          "hold the CQC registration needed to prescribe opioid substitution treatment; the "
          "current provider was a charity and the tender would be open to voluntary sector and "
          "NHS bidders."),
    ("b", "Concern was expressed about the time people waited between referral and starting "
          "treatment. It was noted that the median wait was nine days, well within the national "
          "expectation of three weeks, but that waits for residential rehabilitation were much "
          "longer."),
    ("b", "A Member asked how the views of families affected by a relative’s drinking or drug "
          "use would be heard. Ms Marsters said that the specification would require the "
          "provider to fund a carers’ and families’ support group and to report its feedback "
          "to the Council every quarter."),
    ("b", "Councillor Gillery asked about the trend in alcohol-related hospital admissions in "
          "the city. It was reported that admissions had risen by 11 per cent over five years, "
          "with the highest rates in the Aylesby and Newfield wards."),
    ("b", "A Member asked what support was available to people leaving treatment who were "
          "homeless or living in temporary accommodation. It was noted that the service "
          "included a housing support worker funded through the Rough Sleeping Drug and "
          "Alcohol Treatment Grant, but that this funding was only confirmed until March 2026."),
    ("b", "A Member requested that the social value element of the evaluation give weight to "
          "employing people with lived experience of recovery. Officers agreed to consider this "
          "when the evaluation criteria were finalised."),
    ("b", "Concern was raised that the rise in deaths linked to synthetic opioids nationally "
          "had not been referred to in the report."),
    ("label", "AGREED:"),
    ("n", "1.\tThat the report be noted."),
    ("n", "2.\tThat the Commission’s support for the proposed lead provider model be conveyed to "
          "the Deputy City Mayor ahead of the Executive decision."),
    ("n", "3.\tThat the final evaluation criteria be shared with Members of the Commission before "
          "the tender is published."),

    ("item", "57", "WORK PROGRAMME"),
    ("p", "The Chair reminded Members that the work programme was a working document and invited "
          "suggestions for future items."),
    ("p", "Councillor O’Dowd requested that children’s access to NHS dentistry be added to the "
          "work programme, as a number of families in her ward had been unable to find an NHS "
          "dentist. The Scrutiny Policy Officer advised that the ICB had already been asked to "
          "bring a report on dental access to the Commission’s meeting on 18 March 2025."),
    ("p", "Councillor Rahman asked that the Commission receive an update on the mental health "
          "urgent care pathway, including the crisis café, early in the new municipal year."),
    ("p", "The work programme was noted by the Commission."),

    ("item", "58", "ANY OTHER URGENT BUSINESS"),
    ("p", "There being no other items of urgent business, the meeting closed at 8:07 pm."),
]

MEMBERS = [
    ("Councillor Bhagwan", "Councillor Mistry"),
    ("Councillor Gillery", "Councillor O’Dowd"),
    ("Councillor Rahman", ""),
]


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-01-14",
    "items": [{"number": b[1], "title": b[2]} for b in BODY if b[0] == "item"],
    "questions": [
        # 49 matters arising
        Q("49", "question",
          "the chair asked whether the figures on chlamydia testing in community settings",
          "the Chair",
          "confirmed that they had been sent to Members by email",
          "the Scrutiny Policy Officer", ["public-health"]),
        # 52 public question and supplementary
        Q("52", "question",
          "What has the Council done to assess the impact of this closure",
          "Ms Petch",
          "a supplementary statement issued in December 2024 concluded that",
          "the Director of Public Health", ["primary-care"]),
        Q("52", "question",
          "asked a supplementary question as to whether the Council would ask the ICB",
          "Ms Petch",
          "she would raise the matter with the ICB and write to Ms Petch",
          DCM, ["primary-care"]),
        # 53 budget
        Q("53", "concern",
          "Members expressed frustration at the late announcement of the public health grant",
          None,
          "the lateness made it very difficult to agree contract values with providers",
          None, ["finance", "public-health"]),
        Q("53", "question",
          "asked whether the ring fence would remain in place beyond 2025/26",
          None,
          "the Government had given no indication that it would be removed",
          "the Director of Public Health", ["finance", "public-health"]),
        Q("53", "question",
          "Members queried whether public health reserves would be used to offset the pay award",
          None,
          "the public health reserve had stood at £2.1m at the end of 2023/24",
          None, ["finance", "public-health"]),
        Q("53", "concern",
          "the healthy lifestyles offer had been reduced in previous years",
          None,
          "the service had been redesigned to focus on the wards with the lowest life expectancy",
          "the Director of Public Health", ["public-health", "finance"]),
        Q("53", "question",
          "asked how much of the grant was spent on services that other parts",
          None,
          "approximately £3.2m was allocated to ‘wider determinants’ activity",
          "the Head of Finance", ["finance", "public-health"]),
        Q("53", "request",
          "requested that the Overview Select Committee be made aware of the Commission’s concern",
          "Councillor Thornley",
          None, None, ["finance", "subcontracting"]),
        # 54 winter
        Q("54", "question",
          "Members asked about the number of patients waiting more than twelve hours",
          None,
          "1,412 patients had waited more than twelve hours from arrival in December 2024",
          None, []),
        Q("54", "question",
          "queried why flu vaccination uptake among frontline health and care staff was lower",
          None,
          "vaccine fatigue and misinformation on social media had been factors",
          "Dr Nwosu", ["public-health", "workforce"]),
        Q("54", "concern",
          "Concerns were raised about ambulance handover delays and patients being cared for in corridors",
          None,
          "a standard operating procedure was in place to keep patients safe",
          None, []),
        Q("54", "question",
          "a question about the number of patients in hospital who were medically fit",
          None,
          "on average 96 patients a day at Wigmere Royal Infirmary had no criteria to reside",
          None, ["adult-social-care", "integration"]),
        Q("54", "question",
          "asked whether the Clinical Navigation Hub had reduced the number of people attending",
          None,
          "around a third of callers had been directed to an alternative service",
          "Mr Feld", []),
        Q("54", "question",
          "asked about people in mental health crisis waiting in the emergency department",
          None,
          "the mental health urgent care hub at Glenmere House was open to walk-in patients",
          None, ["mental-health"]),
        Q("54", "concern",
          "patients in the east of the city found it difficult to reach",
          "Councillor O’Dowd",
          None, None, []),
        Q("54", "request",
          "staff across the health and care system had worked under extreme pressure",
          "Councillor Mistry",
          None, None, ["workforce"]),
        # 55 primary care
        Q("55", "question",
          "asked what was being done about practices where patients’ experience remained poor",
          "Councillor Bhagwan",
          "the ICB was working with the six practices with the lowest scores",
          "Dr Lakhani", ["primary-care"]),
        Q("55", "question",
          "asked how many staff had been recruited in the city through the Additional Roles",
          "Councillor Rahman",
          "212 staff were in post across the city’s primary care networks",
          None, ["primary-care", "workforce"]),
        Q("55", "question",
          "sought clarification on how many patients had been removed from practice lists",
          "Councillor Gillery",
          "she would provide the figure after the meeting",
          "Ms Varma", ["primary-care"]),
        Q("55", "concern",
          "Concern was expressed about the closure of pharmacies in the most deprived parts",
          None,
          "pharmacies were independent businesses and the ICB could not prevent a closure",
          None, ["primary-care"]),
        Q("55", "question",
          "asked whether residents knew that they could use Pharmacy First instead of waiting",
          None,
          "a campaign in community languages would run from February",
          "Ms Varma", ["primary-care"]),
        Q("55", "comment",
          "many of her residents had had good experiences of the NHS App",
          "Councillor Thornley",
          "practices were required to keep telephone and in-person routes open",
          "Dr Lakhani", ["primary-care"]),
        # 56 drug and alcohol
        Q("56", "question",
          "A Member asked why the service was not being brought back in-house",
          None,
          "an in-house option had been appraised, but that it would require the transfer",
          "the Consultant in Public Health",
          ["privatisation", "subcontracting", "workforce", "public-health"]),
        Q("56", "concern",
          "Concern was expressed about the time people waited between referral and starting treatment",
          None,
          "the median wait was nine days, well within the national expectation",
          None, ["public-health"]),
        Q("56", "question",
          "asked how the views of families affected by a relative’s drinking or drug use",
          None,
          "the specification would require the provider to fund a carers’ and families’ support group",
          "Ms Marsters", ["patient-and-public-input", "public-health"]),
        Q("56", "question",
          "asked about the trend in alcohol-related hospital admissions in the city",
          "Councillor Gillery",
          "admissions had risen by 11 per cent over five years",
          None, ["public-health"]),
        Q("56", "question",
          "asked what support was available to people leaving treatment who were homeless",
          None,
          "the service included a housing support worker funded through the Rough Sleeping",
          None, ["housing", "public-health", "finance"]),
        Q("56", "request",
          "requested that the social value element of the evaluation give weight",
          None,
          "Officers agreed to consider this when the evaluation criteria were finalised",
          None, ["subcontracting", "patient-and-public-input"]),
        Q("56", "concern",
          "the rise in deaths linked to synthetic opioids nationally had not been referred to",
          None, None, None, ["public-health"]),
        # 57 work programme
        Q("57", "request",
          "requested that children’s access to NHS dentistry be added to the work programme",
          "Councillor O’Dowd",
          "the ICB had already been asked to bring a report on dental access",
          "the Scrutiny Policy Officer", ["primary-care", "children-and-families"]),
        Q("57", "request",
          "asked that the Commission receive an update on the mental health urgent care pathway",
          "Councillor Rahman",
          None, None, ["mental-health"]),
    ],
    "resolutions": [
        R("49", "held on 19 November 2024 be confirmed as a correct record", "agreed", []),
        R("53", "That the comments of the Commission be forwarded to the Overview Select Committee",
          "agreed", ["finance"]),
        R("54", "That the ICB be asked to provide data on ambulance handover delays",
          "agreed", []),
        R("55", "The Commission noted the report and asked that the ICB share the results",
          "agreed", ["primary-care", "patient-and-public-input"]),
        R("56", "support for the proposed lead provider model be conveyed to the Deputy City Mayor",
          "agreed", ["subcontracting", "public-health"]),
        R("57", "The work programme was noted by the Commission", "noted", []),
    ],
    "attendees": [
        {"name": "Councillor Adeyemi", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Thornley", "role": "Vice Chair", "attendance": "present"},
        {"name": "Councillor Bhagwan", "role": None, "attendance": "present"},
        {"name": "Councillor Gillery", "role": None, "attendance": "present"},
        {"name": "Councillor Mistry", "role": None, "attendance": "present"},
        {"name": "Councillor O’Dowd", "role": None, "attendance": "present"},
        {"name": "Councillor Rahman", "role": None, "attendance": "present"},
        {"name": "Councillor Caddick", "role": DCM_ROLE, "attendance": "in_attendance"},
        {"name": "Councillor Fenwick", "role": None, "attendance": "apologies"},
        {"name": "Rachel Omondi",
         "role": "Chief Operating Officer, Wigmere, Fenshire and Rutley Integrated Care Board (ICB)",
         "attendance": "apologies"},
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Writing the Word minutes
# ---------------------------------------------------------------------------

def _add_field(run, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instr} "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, text, sep, shown, end):
        run._r.append(el)


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def build_minutes(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    sec.different_first_page_header_footer = True

    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run(f"{COMMITTEE} – 14 January 2025")
    r.font.size = Pt(8)
    for footer in (sec.footer, sec.first_page_footer):
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _add_field(fp.add_run(), "PAGE")

    def centred(text, bold=False, size=None, after=6, underline=False):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(after)
        run = p.add_run(text)
        run.bold = bold
        run.underline = underline
        if size:
            run.font.size = Pt(size)
        return p

    centred("Minutes of the Meeting of the", size=12, after=2)
    centred(COMMITTEE.upper(), bold=True, size=12, after=12)
    centred("Held: TUESDAY, 14 JANUARY 2025 at 5:30 pm", bold=True, after=18)
    centred("P R E S E N T :", bold=True, underline=True, after=12)
    centred("Councillor Adeyemi (Chair)", after=0)
    centred("Councillor Thornley (Vice Chair)", after=12)

    table = doc.add_table(rows=len(MEMBERS), cols=2)
    _no_borders(table)
    for row, pair in zip(table.rows, MEMBERS):
        for cell, name in zip(row.cells, pair):
            cp = cell.paragraphs[0]
            cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            cp.paragraph_format.space_after = Pt(0)
            cp.add_run(name)

    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    centred("In Attendance", bold=True, underline=True, after=6)
    centred(f"Councillor Caddick – {DCM_ROLE}", after=12)
    centred("*   *   *   *   *   *   *   *", bold=True, after=18)

    for block in BODY:
        kind = block[0]
        if kind == "item":
            p = doc.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = Cm(1.5)
            pf.first_line_indent = Cm(-1.5)
            pf.space_before = Pt(12)
            pf.keep_with_next = True
            pf.tab_stops.add_tab_stop(Cm(1.5))
            run = p.add_run(f"{block[1]}.\t{block[2]}")
            run.bold = True
            continue
        text = block[1]
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = Cm(1.5)
        if kind == "p":
            p.alignment = 3  # justified, as the council prints it
            p.add_run(text)
        elif kind == "label":
            pf.keep_with_next = True
            run = p.add_run(text)
            run.bold = True
        elif kind == "b":
            p.style = doc.styles["List Bullet"]
            pf.left_indent = Cm(2.2)
            pf.first_line_indent = Cm(-0.7)
            p.alignment = 3
            p.add_run(text)
        elif kind == "n":
            pf.left_indent = Cm(2.5)
            pf.first_line_indent = Cm(-1.0)
            pf.tab_stops.add_tab_stop(Cm(2.5))
            p.add_run(text)
        elif kind == "q":
            pf.left_indent = Cm(2.5)
            pf.right_indent = Cm(1.0)
            run = p.add_run(text)
            run.italic = True
        else:
            raise ValueError(kind)

    cp = doc.core_properties
    cp.author = "Democratic Support"
    cp.last_modified_by = "Democratic Support"
    cp.title = f"Minutes – {COMMITTEE} – 14 January 2025"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    _write_fixed_zip(buf.getvalue(), path)


def _write_fixed_zip(data, path):
    """Re-pack the .docx with fixed timestamps so the output is deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 21, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Writing the officer report (not minutes)
# ---------------------------------------------------------------------------

REPORT_SECTIONS = [
    ("1. Summary", [
        "1.1 This report sets out the proposed approach to recommissioning the city’s adult "
        "drug and alcohol treatment and recovery service. The current contract ends on 31 March "
        "2026 and cannot be extended further under its terms.",
        "1.2 The service supports around 3,100 adults a year. It is funded through the public "
        "health grant and the Drug and Alcohol Treatment and Recovery Improvement Grant, at a "
        "combined value of approximately £7.2m a year.",
        "1.3 The preferred option is to tender a single lead provider contract for five years, "
        "with the option to extend by up to two years, alongside a separate framework for "
        "residential rehabilitation placements.",
    ]),
    ("2. Recommended actions/decision", [
        "2.1 The Public Health and Health Integration Scrutiny Commission is recommended to:",
        "a) Note the findings of the engagement carried out between June and August 2024;",
        "b) Comment on the proposed lead provider model and the draft evaluation criteria;",
        "c) Note that a decision on the procurement will be taken by the City Mayor following "
        "consideration by the Executive.",
    ]),
    ("3. Scrutiny / stakeholder engagement", [
        "3.1 Engagement took place over the summer of 2024 with 260 people, including people "
        "using the service, families and carers, staff and partner organisations. An online "
        "survey was supported by six drop-in sessions and two focus groups held in recovery "
        "community venues.",
        "3.2 The survey asked: “What would make it easier for you to get help with drugs or "
        "alcohol?”, “What has helped you most in your recovery?” and “Is there anything that "
        "put you off getting support?”. The most common answers concerned appointment times, "
        "being seen by the same worker and support for families.",
        "3.3 A peer-led lived experience panel of eleven members has been involved in designing "
        "the service specification and will take part in the evaluation of bids.",
        "3.4 Members may wish to consider the following questions: Does the proposed model "
        "strike the right balance between specialist treatment and recovery support? How should "
        "the views of families be reflected in the performance framework? What assurance does "
        "the Commission require on waiting times for residential rehabilitation?",
    ]),
    ("4. Background and options with supporting evidence", [
        "4.1 Three options were appraised: (1) re-procure the existing model; (2) bring the "
        "service in-house; (3) tender a lead provider contract with a separate residential "
        "rehabilitation framework.",
        "4.2 Option 2 was not recommended. It would require the transfer of more than 150 "
        "staff under TUPE, and the Council does not hold the Care Quality Commission "
        "registration needed to prescribe opioid substitution treatment. The one-off cost of "
        "establishing an in-house service was estimated at £1.4m.",
        "4.3 Option 3 is recommended because it keeps a single point of access for residents "
        "while allowing residential placements to be purchased from a wider range of providers.",
    ]),
    ("5. Detailed report", [
        "5.1 Alcohol-related hospital admissions in the city have risen by 11 per cent over the "
        "last five years. Rates are highest in Aylesby and Newfield wards.",
        "5.2 The median wait from referral to treatment is nine days, against the national "
        "expectation of three weeks. Waits for residential rehabilitation remain long.",
        "5.3 The specification requires the provider to fund a carers’ and families’ support "
        "group and to report the group’s feedback to the Council every quarter.",
        "5.4 Social value will account for 10 per cent of the evaluation. Officers propose that "
        "this include commitments on employing people with lived experience of recovery.",
        "5.5 Indicative timetable: Executive decision – March 2025; tender published – May "
        "2025; contract award – November 2025; mobilisation – December 2025 to March 2026; "
        "service start – 1 April 2026.",
    ]),
    ("6. Financial, legal, equalities, climate emergency and other implications", [
        "6.1 Financial implications",
        "The contract will be funded within the public health grant and the Drug and Alcohol "
        "Treatment and Recovery Improvement Grant. The latter is confirmed only until March "
        "2026; the contract will therefore include a break clause should that grant end.",
        "Signed: Rohan Pillay, Head of Finance (Adults and Public Health)   Dated: 2 January 2025",
        "6.2 Legal implications",
        "The procurement will be carried out under the Procurement Act 2023 and the Health Care "
        "Services (Provider Selection Regime) Regulations 2023 as they apply to the services "
        "concerned. Legal Services will advise on the form of contract.",
        "Signed: Mandeep Gill, Principal Lawyer (Commercial)   Dated: 3 January 2025",
        "6.3 Equalities implications",
        "An Equality Impact Assessment has been completed and will be updated following the "
        "evaluation of bids. Women, older people and people from some ethnic minority "
        "communities are under-represented in treatment.",
        "Signed: Aisha Bello, Equalities Officer   Dated: 3 January 2025",
        "6.4 Climate Emergency implications",
        "There are no significant climate emergency implications arising from this report. The "
        "specification will require the provider to set out how it will reduce travel.",
        "6.5 Other implications (You will need to have considered other implications in "
        "preparing this report. Please indicate which ones apply?)",
        "None.",
    ]),
    ("7. Background information and other papers:", [
        "Drug and alcohol needs assessment 2024; engagement report, September 2024.",
    ]),
    ("8. Summary of appendices:", [
        "Appendix A – Engagement summary (“You said, we will”). Appendix B – Draft evaluation "
        "criteria.",
    ]),
    ("9. Is this a private report (If so, please indicate the reasons and state why it is "
     "not in the public interest to be dealt with publicly)?", ["No."]),
    ("10. Is this a “key decision”? If so, why?", [
        "No. The report is for scrutiny. The subsequent procurement decision will be a key "
        "decision as it involves expenditure above £1m."
    ]),
]


def build_report(path):
    from fpdf import FPDF

    font_dir = "/usr/share/fonts/truetype/dejavu/"
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Drug and Alcohol Treatment and Recovery Service – Recommissioning")
    pdf.set_author("Wigmere City Council")
    pdf.add_font("DV", "", font_dir + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", font_dir + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 20)

    def footer():
        pass

    pdf.add_page()
    pdf.set_font("DV", "B", 11)
    pdf.cell(0, 6, "Wigmere City Council", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.ln(10)
    pdf.set_font("DV", "B", 20)
    pdf.multi_cell(0, 10, "Drug and Alcohol Treatment and Recovery Service – "
                          "Recommissioning", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DV", "", 12)
    pdf.multi_cell(0, 7, "Public Health and Health Integration Scrutiny Commission\n"
                         "Date of meeting: 14 January 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DV", "B", 12)
    pdf.cell(0, 7, "Lead director: Professor Catherine Ebdon, Director of Public Health",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("DV", "B", 12)
    pdf.cell(0, 7, "Useful information", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 11)
    for line in ("■ Ward(s) affected: All",
                 "■ Report author: Helen Marsters, Consultant in Public Health",
                 "■ Author contact details: helen.marsters@wigmere.gov.uk",
                 "■ Report version number: 2"):
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()

    for heading, paras in REPORT_SECTIONS:
        pdf.set_font("DV", "B", 12)
        pdf.multi_cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for para in paras:
            if re.match(r"^6\.\d ", para):
                pdf.set_font("DV", "B", 11)
            else:
                pdf.set_font("DV", "", 11)
            indent = 8 if re.match(r"^[a-c]\) ", para) else 0
            if indent:
                pdf.set_x(pdf.l_margin + indent)
            pdf.multi_cell(0, 6, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        pdf.ln(3)

    # page numbers, added afterwards on every page
    total = pdf.page_no()
    for n in range(1, total + 1):
        pdf.page = n
        pdf.set_auto_page_break(False)
        pdf.set_font("DV", "", 9)
        pdf.set_xy(pdf.l_margin, 297 - 14)
        pdf.cell(0, 5, str(n), align="C")
    pdf.page = total
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------

def norm(text):
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def doc_text(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_bytes(), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check():
    ok = True
    for gold_path in sorted(GOLD.glob("nm-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            ok = False
            continue
        text = norm(doc_text(doc))
        if not text:
            print(f"EMPTY TEXT {doc.name}")
            ok = False
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, phrase in phrases:
            words = len(norm(phrase).split())
            count = text.count(norm(phrase))
            if count != 1 or not 6 <= words <= 15:
                ok = False
                print(f"FAIL {doc.name} {kind}: {count} hits, {words} words: {phrase!r}")
        print(f"{doc.name}: {len(phrases)} phrases checked")
    print("OK" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print("written:", MINUTES_NAME, REPORT_NAME)


if __name__ == "__main__":
    main()
