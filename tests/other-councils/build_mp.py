#!/usr/bin/env python3
"""Build the "mp-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_mp.py           build documents/mp-* and gold/mp-*.json
        build_mp.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES = "mp-north-haverfleet-hasc-scrutiny-panel-2025-01-22.docx"
REPORT = "mp-north-haverfleet-tracking-recommendations-report-2025-01-22.pdf"

FIXED = dt.datetime(2025, 1, 30, 9, 0, 0, tzinfo=dt.timezone.utc)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

PH = "Portfolio Holder for Health, Wellbeing and Adult Social Care"

# --------------------------------------------------------------------------------------
# The minutes, as a list of blocks.
#   ("title", text)            bold centred line
#   ("line", text)             plain line
#   ("label", text)            bold label line ("Present:")
#   ("bullet", text)           bulleted line
#   ("item", number, title)    bold "SPH.54<tab>TITLE"
#   ("p", text)                body paragraph (justified)
#   ("res", text)              "RESOLVED – " in bold then text, one paragraph
#   ("reshead",)               "RESOLVED –" on its own
#   ("clause", n, text)        "(n)<tab>text", indented
# --------------------------------------------------------------------------------------

BLOCKS = [
    ("title", "NORTH HAVERFLEET COUNCIL"),
    ("title", "HEALTH AND ADULT SOCIAL CARE SCRUTINY PANEL"),
    ("line", "22nd January 2025 at 4.00 p.m."),
    ("label", "Present:"),
    ("line", "Councillor Hudspeth (in the Chair)"),
    ("line", "Councillors Astwick, Brumby, Dannatt, Goodall, Lingard, Pettifer, "
             "Shepherdson (substitute for Councillor Croftland) and Sillitoe."),
    ("label", "Officers in attendance:"),
    ("bullet", "Rachel Ambler (Director of Adult Services)"),
    ("bullet", "Gareth Nuttall (Assistant Director, Commissioning and Transformation)"),
    ("bullet", "Dr Imogen Pratt (Director of Public Health)"),
    ("bullet", "Paul Corrie (Scrutiny and Committee Advisor)"),
    ("bullet", "Joanne Threlfall (Democratic and Scrutiny Officer)"),
    ("label", "Others in attendance:"),
    ("bullet", f"Councillor Martin Stallard ({PH})"),
    ("bullet", "Simon Dewhirst (Chief Operating Officer, Haverby and Wolds Hospitals NHS "
               "Foundation Trust)"),
    ("bullet", "Helen Kirkby (Place Director, NHS Wolds and Estuary Integrated Care Board)"),
    ("bullet", "Karen Osgerby (Head of Primary Care Commissioning, NHS Wolds and Estuary "
               "Integrated Care Board)"),
    ("bullet", "Lisa Tennant (Chief Executive, Compass Adult Social Work CIC)"),
    ("bullet", "Neil Ferriby (Healthwatch North Haverfleet)"),
    ("line", "There were two members of the public and one member of the press present."),

    # ---------------------------------------------------------------- SPH.48
    ("item", "SPH.48", "APOLOGIES FOR ABSENCE"),
    ("p", "Apologies for absence from this meeting were received from Councillors "
          "Croftland and Wilberforce."),

    # ---------------------------------------------------------------- SPH.49
    ("item", "SPH.49", "DECLARATIONS OF INTEREST"),
    ("p", "Councillor Goodall declared a personal interest in item SPH.54 (Urgent and "
          "Emergency Care – Winter Update) as a member of her family was employed by "
          "Haverby and Wolds Hospitals NHS Foundation Trust."),
    ("p", "There were no other declarations of interest in respect of any item on the "
          "agenda for this meeting."),

    # ---------------------------------------------------------------- SPH.50
    ("item", "SPH.50", "MINUTES"),
    ("p", "The minutes of the meeting of the Health and Adult Social Care Scrutiny Panel "
          "held on 4th December 2024 were agreed as a correct record."),

    # ---------------------------------------------------------------- SPH.51
    ("item", "SPH.51", "QUESTION TIME"),
    ("p", "The Chair advised that one question had been received from a member of the "
          "public in accordance with the council's Question Time procedure."),
    ("p", "Mr Ellerby, a resident of Fleetsands, asked why the minor injuries unit at "
          "Fleetsands Health Centre had reduced its opening hours from 8.00 p.m. to "
          "6.00 p.m. over the winter, and whether patients had been consulted before the "
          "change was made."),
    ("p", f"Councillor Stallard, {PH}, responded that the change was a temporary measure "
          "taken by the provider, CareFirst Haverby, because of vacancies in its nurse "
          "practitioner team, and that he had been assured by the Integrated Care Board "
          "that the usual hours would be restored from 1st April 2025. He accepted that "
          "residents should have been told about the change sooner and undertook to ask "
          "the Integrated Care Board to provide Mr Ellerby with a full written response."),
    ("p", "By way of a supplementary question, Mr Ellerby asked whether the panel would "
          "look at the unit's opening hours again if they were not restored in April. The "
          "Chair confirmed that the panel would add the matter to its work programme if "
          "that were the case."),

    # ---------------------------------------------------------------- SPH.52
    ("item", "SPH.52", "FORWARD PLAN"),
    ("p", "The panel received the current Forward Plan and members were asked to identify "
          "any items for examination by the panel via the pre-decision call-in procedure."),
    ("p", "Councillor Lingard asked when the decision on the recommissioning of the "
          "community equipment service would appear on the Forward Plan. Ms Ambler advised "
          "that it was expected to be published in March 2025, with a decision by the "
          "Portfolio Holder in April."),
    ("res", "That the Forward Plan be noted."),

    # ---------------------------------------------------------------- SPH.53
    ("item", "SPH.53", "TRACKING THE RECOMMENDATIONS OF THE PANEL"),
    ("p", "The panel received a report from the Assistant Director Law, Governance and "
          "Assurance (Monitoring Officer) tracking the recommendations of the Health and "
          "Adult Social Care Scrutiny Panel."),
    ("p", "Councillor Sillitoe noted that the panel's recommendation of 2nd October 2024, "
          "that Cabinet consider extending the carers' support service contract for a "
          "further year, was still shown as outstanding and asked when a response would be "
          "received. Mr Corrie explained that the response had been delayed pending the "
          "outcome of the Better Care Fund planning round and would be reported to the "
          "panel's meeting in March."),
    ("res", "That the report tracking the recommendations of the panel be noted."),

    # ---------------------------------------------------------------- SPH.54
    ("item", "SPH.54", "URGENT AND EMERGENCY CARE – WINTER UPDATE"),
    ("p", "The panel received a presentation from Mr Dewhirst, Chief Operating Officer of "
          "Haverby and Wolds Hospitals NHS Foundation Trust, providing an update on the "
          "performance of urgent and emergency care services at Queen Adela Hospital over "
          "the winter period. Mr Dewhirst advised that the emergency department had seen "
          "its busiest December on record, with an average of 312 attendances a day, and "
          "that performance against the four-hour standard had been 68.4 per cent in "
          "December against a national target of 78 per cent by March 2025. Ambulance "
          "handover delays had improved since the opening of the new ambulance receiving "
          "area in November, although there had still been 41 handovers of more than sixty "
          "minutes in the first two weeks of January. Flu admissions had peaked earlier "
          "than in previous years and at one point 37 beds had been closed because of flu "
          "and norovirus. The trust was working with the council and Compass Adult Social "
          "Work on a joint discharge hub, and the number of patients in hospital who no "
          "longer met the criteria to reside had fallen from 74 to 52 since October."),
    ("p", "Councillor Astwick asked how many patients had waited more than twelve hours in "
          "the emergency department and whether any had come to harm as a result. "
          "Mr Dewhirst responded that 486 patients had waited more than twelve hours from "
          "arrival in December, that every such wait was reviewed by a senior clinician "
          "the following day and that no serious incidents had been declared as a result "
          "of delays over the period."),
    ("p", "Councillor Dannatt raised concerns that patients were being cared for in "
          "corridors and asked whether the trust recorded how often this happened. "
          "Mr Dewhirst confirmed that corridor care had been used on 19 days in December, "
          "that it was recorded on the trust's risk register and reported to the trust "
          "board every month, and that the trust did not regard it as acceptable. "
          "Councillor Goodall queried whether the low uptake of the flu vaccination among "
          "trust staff had contributed to the bed closures. Mr Dewhirst explained that "
          "uptake among frontline staff was 41 per cent, which was lower than last year, "
          "and that the trust had run additional drop-in clinics on every ward during "
          "December."),
    ("p", "In response to a question from Councillor Lingard about delays in discharging "
          "patients who needed a package of care at home, Ms Ambler explained that the "
          "average wait for a home care package had fallen to four days and that the joint "
          "discharge hub, which brought together hospital discharge coordinators, social "
          "workers from Compass and the trust's therapists, was now operating seven days a "
          "week. She added that the Better Care Fund had been used to commission twenty "
          "additional reablement beds at Elmtree Lodge until the end of March."),
    ("p", "Councillor Pettifer commented that residents in the Kelthorpe and Ravensmere "
          "wards continued to report that they could not get through to the 111 service "
          "and were going straight to the emergency department as a result."),
    ("p", "Councillor Sillitoe requested that the figures for ambulance handover delays be "
          "broken down by ambulance station area in future updates. Mr Dewhirst agreed to "
          "provide this information in future reports to the panel."),
    ("p", "The Chair thanked Mr Dewhirst for his attendance and for the candour of the "
          "update."),
    ("reshead",),
    ("clause", "1", "That the update be noted."),
    ("clause", "2", "That a further report on ambulance handover delays and corridor care "
                    "be presented to the panel in June 2025."),

    # ---------------------------------------------------------------- SPH.55
    ("item", "SPH.55", "HOME CARE RECOMMISSIONING"),
    ("p", "The panel received a report from the Director of Adult Services on the proposed "
          "recommissioning of home care services from October 2025. The current contracts "
          "with seven providers, which had been let in 2019 and extended twice, would "
          "expire on 30th September 2025. It was proposed to move from a framework of spot "
          "purchased care to a model of five geographical zones, each with a lead provider "
          "and a number of approved providers, with an hourly rate of £24.10 from April "
          "2025. The report set out the results of an eight week consultation with people "
          "who received care, their families and providers, to which 214 responses had "
          "been received, and noted that the recommendations would be presented to Cabinet "
          "on 12th March 2025."),
    ("p", "Councillor Brumby asked whether care workers would be paid for their travel "
          "time between calls under the new contracts. Ms Ambler responded that the hourly "
          "rate had been calculated on the basis that travel time would be paid, and that "
          "providers would be required to evidence this through the contract monitoring "
          "process."),
    ("p", "Councillor Goodall expressed concern that two of the current providers were "
          "owned by private equity companies and asked what safeguards were in place if a "
          "provider withdrew from the market at short notice. Mr Nuttall explained that "
          "each zone would have at least two approved providers able to pick up packages "
          "quickly, and that the council would carry out annual financial checks on every "
          "provider on the framework."),
    ("p", "Councillor Dannatt queried why the council had not considered bringing home "
          f"care back in-house. The {PH} advised that an in-house service had been "
          "assessed as part of the options appraisal at Appendix 2, but that the estimated "
          "additional cost of £2.3 million a year could not be met within the medium term "
          "financial plan."),
    ("p", "Councillor Lingard asked how the zone boundaries had been drawn and whether the "
          "villages to the south of the borough, where recruiting care workers had "
          "historically been difficult, would be disadvantaged. Mr Nuttall explained that "
          "the southern rural zone would attract an enhanced rate of £1.20 an hour above "
          "the standard rate, and that the boundaries had been tested with providers at "
          "the market engagement events held in the autumn."),
    ("p", "Mr Ferriby, Healthwatch North Haverfleet, asked that continuity of carer be "
          "written into the service specification, as the consultation responses showed "
          "that seeing the same carers mattered more to people than the exact time of "
          "their call. Ms Ambler confirmed that continuity of carer had been included as "
          "one of the key performance indicators for the new contracts."),
    ("p", "Councillor Sillitoe commented that the proposals were a significant improvement "
          "on the current arrangements and welcomed the introduction of zones."),
    ("reshead",),
    ("clause", "1", "That the report be noted."),
    ("clause", "2", "That Cabinet be recommended to include in the new home care contracts "
                    "a requirement that care workers be paid for their travel time between "
                    "calls."),

    # ---------------------------------------------------------------- SPH.56
    ("item", "SPH.56", "CARE QUALITY COMMISSION ASSESSMENT OF ADULT SOCIAL CARE"),
    ("p", "The panel received a report from the Director of Adult Services on the "
          "council's preparations for its assessment by the Care Quality Commission under "
          "the local authority assurance framework. Ms Ambler advised that the council had "
          "received notification of its assessment on 6th January 2025 and had submitted "
          "its information return, which included a self-assessment against the nine "
          "quality statements, case tracking of fifty people who had used services, and "
          "the results of the most recent adult social care survey. Site visits were "
          "expected in the spring. The self-assessment identified strengths in the "
          "reablement service and in partnership working with the NHS, and areas for "
          "improvement in waiting times for Care Act assessments, the timeliness of "
          "reviews of care plans and the experience of unpaid carers. As adult social work "
          "in North Haverfleet was delivered on the council's behalf by Compass Adult "
          "Social Work CIC, Ms Tennant had been closely involved in the preparations and "
          "staff from both organisations had attended joint briefing sessions."),
    ("p", "Councillor Brumby asked how many people were currently waiting for a Care Act "
          "assessment and for how long. Ms Tennant responded that 246 people were waiting, "
          "of whom 31 had waited more than twelve weeks, and that a dedicated team of four "
          "social workers had been set up to clear the longest waits by the end of "
          "February."),
    ("p", "Councillor Astwick sought clarification on whether the inspectors would look at "
          "the arrangements with Compass as part of the assessment, given that the council "
          "remained responsible for the service in law. Ms Ambler confirmed that the "
          "council would be assessed as the accountable body and that the inspection team "
          "would interview frontline staff from Compass during the site visit. "
          "Councillor Shepherdson expressed concern that unpaid carers had not been "
          "supported to take part and that many would not know the assessment was taking "
          "place. Ms Ambler advised that the Carers' Centre had been asked to hold two "
          "drop-in sessions for carers before the site visit."),
    ("p", "Councillor Goodall asked what rating the council expected to receive. "
          "Councillor Stallard responded that it would not be appropriate to predict the "
          "outcome, but that he was confident the self-assessment gave an honest picture "
          "of the service."),
    ("reshead",),
    ("clause", "1", "That the council's preparations for the Care Quality Commission "
                    "assessment be noted."),
    ("clause", "2", "That the outcome of the assessment be reported to the panel once the "
                    "final report has been published."),

    # ---------------------------------------------------------------- SPH.57
    ("item", "SPH.57", "NHS DENTAL SERVICES IN NORTH HAVERFLEET"),
    ("p", "The panel received a report from Ms Osgerby, Head of Primary Care Commissioning "
          "at NHS Wolds and Estuary Integrated Care Board, on access to NHS dental services "
          "in North Haverfleet. The report advised that 38 per cent of adults and 54 per "
          "cent of children had seen an NHS dentist in the previous 24 months, compared "
          "with 40 and 56 per cent nationally. Two practices in Haverby had handed back "
          "their NHS contracts during 2024, representing 21,000 units of dental activity, "
          "and the ICB had commissioned a new urgent dental care service from a practice in "
          "Fleetsands which had provided 1,900 appointments since September. The ICB was "
          "also funding a flexible commissioning scheme under which practices could use "
          "part of their contract to see new patients who had not seen a dentist for two "
          "years or more."),
    ("p", "Councillor Sillitoe asked what the ICB was doing to recruit dentists to the "
          "area, given that several practices had told residents they had no capacity. "
          "Ms Osgerby explained that the ICB had introduced a golden hello payment of "
          "£20,000 for dentists who committed to working in the area for three years, and "
          "that four dentists had been recruited under the scheme so far. She acknowledged "
          "that the national dental contract remained the main barrier to practices taking "
          "on more NHS patients."),
    ("p", "Councillor Pettifer raised concerns about the number of children being admitted "
          "to hospital to have teeth removed under general anaesthetic. Dr Pratt, Director "
          "of Public Health, responded that tooth decay in children was almost entirely "
          "avoidable and that the supervised toothbrushing programme would be extended to "
          "all primary schools in the most deprived wards from September 2025."),
    ("p", "The Chair requested that the ICB provide the panel with a list of practices "
          "currently accepting new NHS patients, so that members could share it with "
          "residents. Ms Osgerby agreed to circulate the list to members following the "
          "meeting."),
    ("p", "The panel noted the report on access to NHS dental services."),

    # ---------------------------------------------------------------- SPH.58
    ("item", "SPH.58", "HEALTH AND ADULT SOCIAL CARE SCRUTINY PANEL WORK PROGRAMME"),
    ("p", "The panel considered its work programme for 2024/25. The Scrutiny and Committee "
          "Advisor reminded members that the Director of Public Health's annual report had "
          "been moved to the meeting on 19th March 2025 at the request of the Portfolio "
          "Holder."),
    ("p", "Councillor Dannatt requested that the panel receive a report on waiting times "
          "for adult mental health crisis services, following several cases raised with "
          "ward members. Mr Corrie advised that he would liaise with Harbourlight Health to "
          "schedule the report for the June meeting."),
    ("res", "That the work programme be agreed, subject to the addition of a report on "
            "adult mental health crisis services."),

    # ---------------------------------------------------------------- SPH.59
    ("item", "SPH.59", "CALLING IN OF DECISIONS"),
    ("p", "There were no call-in requests at this meeting."),
    ("p", "There being no further business, the Chair closed the meeting at 6.08 p.m."),
]

# --------------------------------------------------------------------------------------
# Gold for the minutes.
# --------------------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES,
    "doc_type": "minutes",
    "committee": "Health and Adult Social Care Scrutiny Panel",
    "meeting_date": "2025-01-22",
    "items": [
        {"number": "SPH.48", "title": "Apologies for Absence"},
        {"number": "SPH.49", "title": "Declarations of Interest"},
        {"number": "SPH.50", "title": "Minutes"},
        {"number": "SPH.51", "title": "Question Time"},
        {"number": "SPH.52", "title": "Forward Plan"},
        {"number": "SPH.53", "title": "Tracking the Recommendations of the Panel"},
        {"number": "SPH.54", "title": "Urgent and Emergency Care – Winter Update"},
        {"number": "SPH.55", "title": "Home Care Recommissioning"},
        {"number": "SPH.56", "title": "Care Quality Commission Assessment of Adult Social Care"},
        {"number": "SPH.57", "title": "NHS Dental Services in North Haverfleet"},
        {"number": "SPH.58", "title": "Health and Adult Social Care Scrutiny Panel Work Programme"},
        {"number": "SPH.59", "title": "Calling in of Decisions"},
    ],
    "questions": [
        q("SPH.51", "question",
          "asked why the minor injuries unit at Fleetsands Health Centre had reduced",
          "Mr Ellerby",
          "the change was a temporary measure taken by the provider",
          "Councillor Stallard",
          ["patient-and-public-input"]),
        q("SPH.51", "question",
          "asked whether the panel would look at the unit's opening hours again",
          "Mr Ellerby",
          "the panel would add the matter to its work programme",
          "The Chair",
          []),
        q("SPH.52", "question",
          "asked when the decision on the recommissioning of the community equipment service",
          "Councillor Lingard",
          "it was expected to be published in March 2025",
          "Ms Ambler",
          ["subcontracting"]),
        q("SPH.53", "question",
          "was still shown as outstanding and asked when a response would be received",
          "Councillor Sillitoe",
          "the response had been delayed pending the outcome of the Better Care Fund",
          "Mr Corrie",
          ["governance", "adult-social-care", "subcontracting"]),
        q("SPH.54", "question",
          "asked how many patients had waited more than twelve hours in the emergency department",
          "Councillor Astwick",
          "every such wait was reviewed by a senior clinician the following day",
          "Mr Dewhirst",
          []),
        q("SPH.54", "concern",
          "raised concerns that patients were being cared for in corridors",
          "Councillor Dannatt",
          "corridor care had been used on 19 days in December",
          "Mr Dewhirst",
          []),
        q("SPH.54", "question",
          "queried whether the low uptake of the flu vaccination among trust staff",
          "Councillor Goodall",
          "uptake among frontline staff was 41 per cent, which was lower than last year",
          "Mr Dewhirst",
          ["public-health", "workforce"]),
        q("SPH.54", "question",
          "about delays in discharging patients who needed a package of care at home",
          "Councillor Lingard",
          "the average wait for a home care package had fallen to four days",
          "Ms Ambler",
          ["adult-social-care", "integration"]),
        q("SPH.54", "comment",
          "residents in the Kelthorpe and Ravensmere wards continued to report",
          "Councillor Pettifer",
          None,
          None,
          []),
        q("SPH.54", "request",
          "requested that the figures for ambulance handover delays be broken down",
          "Councillor Sillitoe",
          "agreed to provide this information in future reports to the panel",
          "Mr Dewhirst",
          []),
        q("SPH.55", "question",
          "asked whether care workers would be paid for their travel time between calls",
          "Councillor Brumby",
          "rate had been calculated on the basis that travel time would be paid",
          "Ms Ambler",
          ["adult-social-care", "workforce", "subcontracting"]),
        q("SPH.55", "concern",
          "expressed concern that two of the current providers were owned by private equity",
          "Councillor Goodall",
          "each zone would have at least two approved providers able to pick up packages",
          "Mr Nuttall",
          ["adult-social-care", "privatisation", "subcontracting"]),
        q("SPH.55", "question",
          "queried why the council had not considered bringing home care back in-house",
          "Councillor Dannatt",
          "the estimated additional cost of £2.3 million a year could not be met",
          f"The {PH}",
          ["adult-social-care", "privatisation", "finance"]),
        q("SPH.55", "question",
          "asked how the zone boundaries had been drawn and whether the villages",
          "Councillor Lingard",
          "the southern rural zone would attract an enhanced rate of £1.20 an hour",
          "Mr Nuttall",
          ["adult-social-care", "workforce", "finance"]),
        q("SPH.55", "request",
          "asked that continuity of carer be written into the service specification",
          "Mr Ferriby",
          "continuity of carer had been included as one of the key performance indicators",
          "Ms Ambler",
          ["adult-social-care", "patient-and-public-input", "subcontracting"]),
        q("SPH.55", "comment",
          "the proposals were a significant improvement on the current arrangements",
          "Councillor Sillitoe",
          None,
          None,
          ["adult-social-care"]),
        q("SPH.56", "question",
          "asked how many people were currently waiting for a Care Act assessment",
          "Councillor Brumby",
          "246 people were waiting, of whom 31 had waited more than twelve weeks",
          "Ms Tennant",
          ["adult-social-care"]),
        q("SPH.56", "question",
          "sought clarification on whether the inspectors would look at the arrangements",
          "Councillor Astwick",
          "the council would be assessed as the accountable body",
          "Ms Ambler",
          ["adult-social-care", "governance", "subcontracting"]),
        q("SPH.56", "concern",
          "expressed concern that unpaid carers had not been supported to take part",
          "Councillor Shepherdson",
          "the Carers' Centre had been asked to hold two drop-in sessions",
          "Ms Ambler",
          ["adult-social-care", "patient-and-public-input"]),
        q("SPH.56", "question",
          "asked what rating the council expected to receive",
          "Councillor Goodall",
          "it would not be appropriate to predict the outcome",
          "Councillor Stallard",
          ["adult-social-care", "governance"]),
        q("SPH.57", "question",
          "asked what the ICB was doing to recruit dentists to the area",
          "Councillor Sillitoe",
          "introduced a golden hello payment of £20,000 for dentists who committed",
          "Ms Osgerby",
          ["primary-care", "workforce"]),
        q("SPH.57", "concern",
          "raised concerns about the number of children being admitted to hospital",
          "Councillor Pettifer",
          "the supervised toothbrushing programme would be extended to all primary schools",
          "Dr Pratt",
          ["primary-care", "children-and-families", "public-health"]),
        q("SPH.57", "request",
          "requested that the ICB provide the panel with a list of practices",
          "The Chair",
          "Ms Osgerby agreed to circulate the list to members following the meeting",
          "Ms Osgerby",
          ["primary-care"]),
        q("SPH.58", "request",
          "receive a report on waiting times for adult mental health crisis services",
          "Councillor Dannatt",
          "he would liaise with Harbourlight Health to schedule the report",
          "Mr Corrie",
          ["mental-health"]),
    ],
    "resolutions": [
        r("SPH.50", "held on 4th December 2024 were agreed as a correct record",
          "agreed", []),
        r("SPH.52", "RESOLVED – That the Forward Plan be noted", "noted", []),
        r("SPH.53", "That the report tracking the recommendations of the panel be noted",
          "noted", []),
        r("SPH.54", "a further report on ambulance handover delays and corridor care be "
                    "presented", "agreed", []),
        r("SPH.55", "That Cabinet be recommended to include in the new home care contracts",
          "recommended", ["adult-social-care", "subcontracting", "workforce"]),
        r("SPH.56", "That the outcome of the assessment be reported to the panel",
          "agreed", ["adult-social-care", "governance"]),
        r("SPH.57", "The panel noted the report on access to NHS dental services",
          "noted", ["primary-care"]),
        r("SPH.58", "That the work programme be agreed, subject to the addition of a report",
          "agreed", ["mental-health"]),
    ],
    "attendees": [
        a("Councillor Hudspeth", "Chair", "present"),
        a("Councillor Astwick", None, "present"),
        a("Councillor Brumby", None, "present"),
        a("Councillor Dannatt", None, "present"),
        a("Councillor Goodall", None, "present"),
        a("Councillor Lingard", None, "present"),
        a("Councillor Pettifer", None, "present"),
        a("Councillor Shepherdson", "substitute for Councillor Croftland", "present"),
        a("Councillor Sillitoe", None, "present"),
        a("Rachel Ambler", "Director of Adult Services", "in_attendance"),
        a("Gareth Nuttall", "Assistant Director, Commissioning and Transformation",
          "in_attendance"),
        a("Dr Imogen Pratt", "Director of Public Health", "in_attendance"),
        a("Paul Corrie", "Scrutiny and Committee Advisor", "in_attendance"),
        a("Joanne Threlfall", "Democratic and Scrutiny Officer", "in_attendance"),
        a("Councillor Martin Stallard", PH, "in_attendance"),
        a("Simon Dewhirst", "Chief Operating Officer, Haverby and Wolds Hospitals NHS "
                            "Foundation Trust", "in_attendance"),
        a("Helen Kirkby", "Place Director, NHS Wolds and Estuary Integrated Care Board",
          "in_attendance"),
        a("Karen Osgerby", "Head of Primary Care Commissioning, NHS Wolds and Estuary "
                           "Integrated Care Board", "in_attendance"),
        a("Lisa Tennant", "Chief Executive, Compass Adult Social Work CIC", "in_attendance"),
        a("Neil Ferriby", "Healthwatch North Haverfleet", "in_attendance"),
        a("Councillor Croftland", None, "apologies"),
        a("Councillor Wilberforce", None, "apologies"),
    ],
}

REPORT_GOLD = {"document": REPORT, "doc_type": "report"}


# --------------------------------------------------------------------------------------
# Writing the Word minutes
# --------------------------------------------------------------------------------------

def _field(paragraph, instr):
    """Append a simple field (PAGE) to a paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    run.append(t)
    fld.append(run)
    paragraph._p.append(fld)


def build_minutes(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    sec.different_first_page_header_footer = True

    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(8)
    normal.paragraph_format.space_before = Pt(0)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
    for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
        rfonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + attr,
                   "Arial")

    # running header and page-number footers (the first page has only a footer)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr = hp.add_run("Health and Adult Social Care Scrutiny Panel – 22nd January 2025")
    hr.font.size = Pt(9)
    hr.italic = True
    for footer in (sec.footer, sec.first_page_footer):
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run("- ")
        _field(fp, "PAGE")
        fp.add_run(" -")

    def body(text, justify=True):
        p = doc.add_paragraph()
        p.add_run(text)
        if justify:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        return p

    for block in BLOCKS:
        kind = block[0]
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(block[1])
            run.bold = True
            run.font.size = Pt(12)
            p.paragraph_format.space_after = Pt(4)
        elif kind == "line":
            p = body(block[1], justify=False)
            if block[1].startswith("22nd"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.paragraph_format.space_after = Pt(14)
            if block[1].startswith("Councillor Hudspeth"):
                p.paragraph_format.space_after = Pt(0)
        elif kind == "label":
            p = doc.add_paragraph()
            run = p.add_run(block[1])
            run.bold = True
            p.paragraph_format.space_after = Pt(2)
            p.paragraph_format.keep_with_next = True
        elif kind == "bullet":
            p = doc.add_paragraph(style="List Bullet")
            p.add_run(block[1])
            p.paragraph_format.space_after = Pt(0)
        elif kind == "item":
            p = doc.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(2.5), WD_TAB_ALIGNMENT.LEFT)
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.keep_with_next = True
            run = p.add_run(f"{block[1]}\t{block[2]}")
            run.bold = True
        elif kind == "p":
            body(block[1])
        elif kind == "res":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.add_run("RESOLVED – ").bold = True
            p.add_run(block[1])
        elif kind == "reshead":
            p = doc.add_paragraph()
            p.add_run("RESOLVED –").bold = True
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.space_after = Pt(4)
        elif kind == "clause":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            pf = p.paragraph_format
            pf.left_indent = Cm(1.25)
            pf.first_line_indent = Cm(-1.25)
            pf.tab_stops.add_tab_stop(Cm(1.25), WD_TAB_ALIGNMENT.LEFT)
            pf.space_after = Pt(4)
            p.add_run(f"({block[1]})\t{block[2]}")
        else:  # pragma: no cover
            raise ValueError(kind)

    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Health and Adult Social Care Scrutiny Panel - Minutes - 22 January 2025"
    cp.created = dt.datetime(2025, 1, 23, 10, 15, 0)
    cp.modified = dt.datetime(2025, 1, 30, 9, 0, 0)
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    _normalise_zip(buf.getvalue(), path)


def _normalise_zip(data: bytes, path: Path) -> None:
    """Rewrite the package with fixed entry dates so the output is byte-for-byte stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------------------
# Writing the report (not minutes)
# --------------------------------------------------------------------------------------

TRACKING_ROWS = [
    ("2nd October 2024", "SPH.29",
     "That Cabinet be recommended to consider extending the carers' support service "
     "contract for a further year while the joint carers' strategy is refreshed.",
     "Awaiting Cabinet response. The Better Care Fund planning round for 2025/26 will "
     "determine whether funding is available. A response will be reported in March 2025.",
     "Outstanding"),
    ("2nd October 2024", "SPH.31",
     "That the Integrated Care Board be asked to provide details of GP appointment "
     "availability by practice for each primary care network in the borough.",
     "Information received from NHS Wolds and Estuary Integrated Care Board on 14th "
     "November 2024 and circulated to all panel members by email.",
     "Complete"),
    ("4th December 2024", "SPH.40",
     "That the Director of Public Health bring a report on the take-up of the stop "
     "smoking service by pregnant women to a future meeting.",
     "Scheduled for the panel's meeting on 19th March 2025 alongside the annual report "
     "of the Director of Public Health.",
     "On track"),
    ("4th December 2024", "SPH.42",
     "That the panel's concerns about the waiting list for occupational therapy "
     "assessments be referred to the Portfolio Holder, asking what action is being taken "
     "to reduce waits to below eight weeks.",
     "The Portfolio Holder has replied (Appendix B). Compass Adult Social Work CIC has "
     "recruited two additional occupational therapists and the waiting list has reduced "
     "from 312 to 207 people.",
     "Complete"),
    ("4th December 2024", "SPH.44",
     "That the panel receive an update on the community equipment service contract "
     "before any recommissioning decision is taken.",
     "Included on the Forward Plan. A pre-decision report will be brought to the panel "
     "before the Portfolio Holder decision expected in April 2025.",
     "On track"),
]


def build_report(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Tracking the Recommendations of the Panel")
    pdf.set_author("North Haverfleet Council")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft Word for Microsoft 365")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)

    def footer():
        pdf.set_y(-14)
        pdf.set_font("Sans", "", 8)
        pdf.cell(0, 5, f"Page {pdf.page_no()}", align="C")

    pdf.footer = footer  # type: ignore[assignment]
    pdf.add_page()

    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, 6, "NORTH HAVERFLEET COUNCIL", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.ln(4)

    cover = [
        ("Date of Meeting", "22nd January 2025"),
        ("Meeting", "Health and Adult Social Care Scrutiny Panel"),
        ("Subject", "Tracking the Recommendations of the Panel"),
        ("Report of", "Assistant Director Law, Governance and Assurance (Monitoring "
                      "Officer)"),
        ("Contact officer", "Paul Corrie, Scrutiny and Committee Advisor"),
        ("Key decision", "No"),
        ("Exempt information", "None"),
    ]
    pdf.set_draw_color(120, 120, 120)
    for label, value in cover:
        pdf.set_font("Sans", "B", 9.5)
        y = pdf.get_y()
        pdf.multi_cell(50, 7, label, border=1, new_x="RIGHT", new_y="TOP")
        pdf.set_font("Sans", "", 9.5)
        pdf.multi_cell(120, 7, value, border=1, new_x="LMARGIN", new_y="NEXT")
        if pdf.get_y() < y + 7:
            pdf.set_y(y + 7)
    pdf.ln(6)

    def heading(text):
        pdf.set_font("Sans", "B", 10.5)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def para(text):
        pdf.set_font("Sans", "", 9.5)
        pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT", align="J")
        pdf.ln(2.5)

    heading("1. Executive summary")
    para("This report enables the Health and Adult Social Care Scrutiny Panel to track "
         "the progress of recommendations it has made to Cabinet, Portfolio Holders and "
         "partner organisations during the 2024/25 municipal year, and to decide whether "
         "any further action is needed where a response has not been received.")
    heading("2. Recommendation")
    para("That the panel notes the progress made against its recommendations, as set out "
         "at Appendix A, and considers whether any outstanding recommendation should be "
         "raised with the relevant Portfolio Holder.")
    heading("3. Reasons for the recommendation")
    para("The council's scrutiny procedure rules require each scrutiny panel to monitor "
         "the implementation of the recommendations it has made. Regular tracking helps "
         "the panel to hold decision makers to account and to see what difference its "
         "work has made to residents.")
    heading("4. Background and issues")
    para("4.1 The tracking schedule at Appendix A lists each recommendation made by the "
         "panel since 2nd October 2024, the body to which it was made, the response "
         "received and its current status. Recommendations are shown as Complete once a "
         "full response has been received and reported to the panel.")
    para("4.2 Of the five recommendations made during the period, two are complete, two "
         "are on track and one remains outstanding. The outstanding recommendation "
         "concerns the carers' support service contract, on which members asked whether "
         "the contract could be extended while the joint carers' strategy is refreshed. "
         "A response from Cabinet is expected once the Better Care Fund allocations for "
         "2025/26 are confirmed.")
    para("4.3 Members may wish to consider the following questions: Has each response "
         "addressed the panel's concerns in full? Is any further information needed "
         "before a recommendation is marked as complete? Should any matter be added to "
         "the panel's work programme?")
    heading("5. Financial, legal and risk implications")
    para("There are no direct financial implications arising from this report. The "
         "monitoring of scrutiny recommendations forms part of the council's governance "
         "arrangements under the Local Government Act 2000. There are no risks arising "
         "from noting the report.")
    heading("6. Consultation with scrutiny")
    para("Not applicable. This report is presented to the Health and Adult Social Care "
         "Scrutiny Panel.")
    heading("7. Background papers")
    para("Minutes of the Health and Adult Social Care Scrutiny Panel held on 2nd October "
         "2024 and 4th December 2024.")

    pdf.add_page(orientation="L")
    heading("Appendix A – Tracking schedule: Health and Adult Social Care Scrutiny Panel")
    widths = [30, 20, 85, 100, 22]
    head = ["Meeting", "Minute", "Recommendation", "Response / progress", "Status"]
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=5,
                   first_row_as_headings=True) as table:
        pdf.set_font("Sans", "", 8.5)
        row = table.row()
        for h in head:
            row.cell(h)
        for rec in TRACKING_ROWS:
            row = table.row()
            for cell in rec:
                row.cell(cell)
    pdf.ln(4)
    para("Status key: Complete – a full response has been received and reported; On track "
         "– the response is due and work is in hand; Outstanding – no response has been "
         "received by the date requested.")

    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# Check
# --------------------------------------------------------------------------------------

def normalise(text: str) -> str:
    text = text.lower()
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("P"))
    return re.sub(r"\s+", " ", text).strip()


def doc_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    failures = 0
    for gold_path in sorted(GOLD.glob("mp-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        text = normalise(doc_text(doc))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            n_words = len(phrase.split())
            count = text.count(normalise(phrase))
            if count != 1 or not 6 <= n_words <= 15:
                failures += 1
                print(f"FAIL {gold['document']}: {kind} ({count} hits, {n_words} words): "
                      f"{phrase}")
        if gold["doc_type"] == "minutes":
            for row in gold["attendees"]:
                surname = normalise(row["name"].split()[-1])
                if surname not in text:
                    failures += 1
                    print(f"FAIL attendee not found: {row['name']}")
        print(f"{gold['document']}: {len(phrases)} phrases checked, {len(text)} chars")
    print("OK" if failures == 0 else f"{failures} failure(s)")
    return 1 if failures else 0


def main() -> int:
    if "--check" in sys.argv[1:]:
        return check()
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES)
    build_report(DOCS / REPORT)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print("written:", MINUTES, REPORT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
