#!/usr/bin/env python3
"""Build the "kx-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_kx.py           build documents/kx-* and gold/kx-*.json
        build_kx.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
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

MINUTES_NAME = "kx-cotherdale-health-housing-scrutiny-2025-01-22.docx"
REPORT_NAME = "kx-cotherdale-tenant-satisfaction-measures-report.pdf"

FIXED = dt.datetime(2025, 1, 27, 9, 30, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Attendance, printed the way this council prints it: run-on lines with a bold
# capitalised label and a dash, the number present in brackets at the end.
ATTENDANCE = [
    ("PRESENT", "Councillor Pemberton (Chair), Councillors Allenby, Bramwell, Haigh, "
                "Mrs Kirtley, Ormsby and Thwaites (7)"),
    ("ALSO IN ATTENDANCE", "Councillor Lund (Cabinet Member with Health and Housing "
                           "Portfolio) and Councillor Garbutt"),
    ("APOLOGIES", "Councillors Dunwell and Hemsley"),
    ("ABSENT", "Councillor Fairlamb"),
    ("OFFICERS IN ATTENDANCE", "Jacqueline Thorne (Assistant Director Housing and Revenues), "
                               "Mark Elstob (Head of Housing Management), Gemma Coulson "
                               "(Housing Options Manager), Dr Imran Qureshi (Director of Public "
                               "Health) and Lydia Carr (Democratic Officer)"),
    ("EXTERNAL REPRESENTATIVES", "Neil Farrow (Director of Place Based Delivery, North Dales "
                                 "Integrated Care Board), Dr Helen Askew (Clinical Director, "
                                 "Cotherdale Central Primary Care Network), Karen Metcalfe "
                                 "(Chief Operating Officer, Cotherdale and Swaleby Hospitals NHS "
                                 "Foundation Trust) and Beth Raine (Chief Executive, Healthwatch "
                                 "Cotherdale)"),
]

# Each minute: (number, title, run_in_text or None, [paragraphs]).
# A paragraph is a plain string, or ("RESOLVED", [clauses]) for a decision block.
MINUTES = [
    ("HH28/Jan/25", "DECLARATIONS OF INTEREST",
     "Councillor Haigh declared a non-registrable interest in Minute HH31/Jan/25 below, "
     "as a close family member is employed by a GP practice in the Borough, and remained "
     "in the meeting during consideration of that item.",
     []),

    ("HH29/Jan/25", "TO HEAR RELEVANT REPRESENTATION (FROM MEMBERS AND THE GENERAL PUBLIC) "
                    "ON ITEMS ON THIS SCRUTINY COMMITTEE AGENDA",
     "Mr Parkin, a Council tenant from the Brankin Moor estate, made representation in "
     "relation to Minute HH32/Jan/25 below regarding repeated reports of damp and mould in "
     "his home since 2022, and asked what timescales tenants could expect for repairs to be "
     "carried out once an inspection had taken place. The Cabinet Member with Health and "
     "Housing Portfolio thanked Mr Parkin for attending and advised that timescales would "
     "be covered in the report at that item, and that the Head of Housing Management would "
     "contact Mr Parkin directly following the meeting to arrange a further visit to his "
     "property.",
     []),

    ("HH30/Jan/25", "TO APPROVE THE MINUTES OF THE MEETING OF THIS SCRUTINY COMMITTEE HELD ON "
                    "27 NOVEMBER 2024",
     None,
     ["Submitted – The Minutes (previously circulated) of the meeting of this Scrutiny "
      "Committee held on 27 November 2024.",
      ("RESOLVED", ["That the Minutes of the meeting of this Scrutiny Committee held on "
                    "27 November 2024 be approved as a correct record."])]),

    ("HH31/Jan/25", "ACCESS TO PRIMARY CARE – GENERAL PRACTICE AND NHS DENTAL SERVICES",
     None,
     ["The Director of Place Based Delivery, North Dales Integrated Care Board (ICB) and the "
      "Clinical Director, Cotherdale Central Primary Care Network (PCN) gave a joint "
      "presentation (previously circulated) updating Members on access to general practice "
      "and NHS dental services in the Borough.",

      "The presentation outlined the number of GP appointments delivered across the "
      "Borough’s eleven practices in 2023/24, which had increased by 6.2 per cent on the "
      "previous year; the proportion of appointments delivered on the same day as they were "
      "booked; the move to the modern general practice access model, including online "
      "consultation; the Additional Roles Reimbursement Scheme, under which the two PCNs had "
      "recruited clinical pharmacists, physician associates, care coordinators and first "
      "contact physiotherapists; and the results of the most recent GP Patient Survey, in "
      "which 68 per cent of respondents in the Borough described their overall experience of "
      "their practice as good. In respect of dental services, Members were advised that the "
      "ICB had commissioned additional urgent dental sessions from four practices in the "
      "Borough and that a pilot to improve access to dental care for children, including "
      "children in care, was being rolled out from February 2025.",

      "Discussion ensued on the difficulties which residents continued to report in getting "
      "through to their practice by telephone first thing in the morning and Members queried "
      "whether practices had moved to the new telephone systems promised by NHS England; it "
      "was reported that all eleven practices in the Borough were now using the new digital "
      "telephony, which offered patients a call back instead of waiting in a queue, and that "
      "call data was being monitored by the PCNs each month. A Member sought clarification on "
      "the role of physician associates and whether patients were always made aware that "
      "they were not seeing a GP; in response, the Clinical Director advised that physician "
      "associates worked under the supervision of a named GP at all times and that practices "
      "had been asked to make the role of each clinician clear to patients when appointments "
      "were booked.",

      "Concerns were raised regarding the number of residents, particularly in the north of "
      "the Borough, who had been unable to register with an NHS dentist and had been advised "
      "to travel to practices outside the Borough for treatment. The Director of Place Based "
      "Delivery acknowledged that access to NHS dentistry remained very challenging across the "
      "region, that the national dental contract was a significant barrier to recruiting "
      "dentists and retaining NHS activity in practices, and that the ICB would bring a fuller "
      "report on its dental recovery plan to a future meeting.",

      "Members also expressed concern at the potential impact on GP practices of the increase "
      "in employers’ National Insurance contributions from April 2025, and at the risk that "
      "practices would reduce the number of clinical staff they employed as a result.",

      "In response to a question about the Pharmacy First service, Members were informed that "
      "27 of the 31 community pharmacies in the Borough were delivering the service, and that "
      "GP practices were now referring patients with minor illnesses directly to a pharmacy.",

      ("RESOLVED", ["(a) That the thanks of this Scrutiny Committee be extended to the "
                    "Director of Place Based Delivery and the Clinical Director for their "
                    "informative presentation.",
                    "(b) That a further report on NHS dental access and the dental recovery "
                    "plan be brought to a future meeting of this Scrutiny Committee."])]),

    ("HH32/Jan/25", "DAMP AND MOULD IN COUNCIL HOMES – PREPARING FOR AWAAB’S LAW",
     None,
     ["The Assistant Director Housing and Revenues submitted a report (previously circulated) "
      "updating Members on the Council’s approach to tackling damp and mould in its housing "
      "stock and on the preparations being made for the implementation of Awaab’s Law in the "
      "social housing sector, the first phase of which would come into force in October 2025.",

      "The submitted report outlined the number of damp and mould reports received by the "
      "Council (1,146 in 2023/24, compared with 712 in 2022/23); the establishment of a "
      "dedicated damp and mould team of surveyors and operatives; the programme of stock "
      "condition surveys, which had now covered 74 per cent of the Council’s 5,280 homes; the "
      "Council’s self-assessment against the Housing Ombudsman’s spotlight report on damp and "
      "mould; and the new legal timescales which Awaab’s Law would require social landlords to "
      "meet for investigating and repairing hazards.",

      "Particular discussion ensued on response times and Members questioned whether the "
      "Council would be able to meet the timescales proposed under Awaab’s Law within the "
      "current resources of the repairs service. The Head of Housing Management advised that "
      "the average time from a report being made to an inspection was currently 9 working "
      "days; that a restructure of the repairs service was underway to create additional "
      "surveyor capacity; and that the cost of this would be met from the Housing Revenue "
      "Account. Members also sought assurance that tenants who reported damp and mould were "
      "no longer simply told to open their windows and heat their homes, and were advised that "
      "guidance to staff had been revised to make clear that damp and mould would not be "
      "attributed to the lifestyle of tenants.",

      "A Member commented that the stock condition surveys should have been completed much "
      "sooner, given that the problems in the older properties at Brankin Moor had been known "
      "to the Council for some years. The Cabinet Member with Health and Housing Portfolio "
      "acknowledged the frustration of tenants and stated that £4.2m had been invested in the "
      "Brankin Moor properties over the last three years and that the remaining surveys would "
      "be completed by September 2025.",

      "Members requested that the number of open damp and mould cases, and the average time "
      "taken to complete the works, be reported to this Scrutiny Committee as part of the "
      "quarterly housing performance information.",

      ("RESOLVED", ["(a) That the report be noted.",
                    "(b) That information on the number of open damp and mould cases and "
                    "average completion times be included in future quarterly performance "
                    "reports to this Scrutiny Committee."])]),

    ("HH33/Jan/25", "HOMELESSNESS AND ROUGH SLEEPING STRATEGY 2025-2030 – CONSULTATION DRAFT",
     None,
     ["The Housing Options Manager submitted a report (previously circulated) requesting that "
      "consideration be given to the draft Homelessness and Rough Sleeping Strategy 2025-2030 "
      "(also previously circulated), prior to its consideration by Cabinet in March 2025.",

      "The submitted report stated that the Council had a statutory duty to publish a "
      "homelessness strategy every five years, based on a review of homelessness in the "
      "Borough; that the number of households approaching the Council as homeless or at risk "
      "of homelessness had risen by 23 per cent since 2021/22; and that the draft strategy "
      "set out four priorities, namely preventing homelessness at the earliest opportunity, "
      "reducing the use of temporary accommodation, ending rough sleeping, and improving "
      "access to settled homes. Members were advised that the draft strategy had been subject "
      "to public consultation between 4 November 2024 and 10 January 2025.",

      "Discussion ensued on the increasing use of temporary accommodation and Members were "
      "concerned at the number of families with children who had been placed in bed and "
      "breakfast accommodation, some of it outside the Borough; the Housing Options Manager "
      "reported that 14 households had been placed in bed and breakfast at the end of "
      "December 2024, of which three were families with children, and that no family had "
      "remained there beyond the six-week legal limit. In response to a question from "
      "Councillor Ormsby regarding the support available to people leaving prison or "
      "hospital with nowhere to live, the Housing Options Manager advised that a hospital "
      "discharge protocol had been agreed with the Foundation Trust and that an officer from "
      "the Housing Options team now attended the local prison each week.",

      "Members queried the level of response to the consultation, which some Members felt "
      "was low, and asked how the views of people with lived experience of homelessness had "
      "been gathered. It was reported that 214 responses had been received to the online "
      "survey and that two focus groups had been held with residents of the Council’s "
      "supported accommodation and with clients of the Foyer project.",

      "A Member commented that the strategy should contain a specific action on the growth in "
      "the number of households made homeless at the end of a private tenancy, following the "
      "service of section 21 notices by landlords.",

      ("RESOLVED", ["That this Scrutiny Committee recommends to Cabinet that the draft "
                    "Homelessness and Rough Sleeping Strategy 2025-2030 be adopted, subject to "
                    "the comments of Members, as detailed above, being taken into account."])]),

    ("HH34/Jan/25", "URGENT AND EMERGENCY CARE – WINTER 2024/25",
     None,
     ["The Chief Operating Officer, Cotherdale and Swaleby Hospitals NHS Foundation Trust, gave "
      "a presentation (previously circulated) on the pressures experienced by the Trust’s "
      "urgent and emergency care services during the winter period, including performance "
      "against the four hour standard in the Emergency Department at Cotherdale Memorial "
      "Hospital, ambulance handover times, the number of patients admitted with flu, COVID-19 "
      "and norovirus, the number of patients with no criteria to reside, and the use of "
      "virtual wards and the Urgent Community Response service to avoid admissions.",

      "Members queried the ambulance handover times at Cotherdale Memorial Hospital and were "
      "informed that the average handover time in December 2024 had been 31 minutes, against "
      "a target of 15 minutes, and that a dedicated cohorting area had been opened next to the "
      "Emergency Department to release ambulance crews more quickly. Concerns were expressed "
      "regarding the number of patients who were medically fit to leave hospital but remained "
      "on the wards awaiting a package of care or a care home placement; the Chief Operating "
      "Officer advised that on average 42 patients each day had no criteria to reside, and "
      "that joint work with the Council’s hospital social work team had reduced this from a "
      "peak of 58 patients in early December. A Member asked about the uptake of the flu "
      "vaccination among health and care staff and residents; the Director of Public Health "
      "advised that uptake among residents aged 65 and over in the Borough was 74 per cent, "
      "above the national average, and that uptake among front line staff at the Trust was 41 "
      "per cent, which was disappointing.",

      "The Chair thanked the Chief Operating Officer for her attendance and the presentation "
      "was noted."]),

    ("HH35/Jan/25", "PERFORMANCE INDICATORS QUARTER 2 2024/25",
     None,
     ["Submitted – A report (previously circulated) of the Chief Executive providing Members "
      "with an update on performance against key performance indicators for 2024/25 at "
      "Quarter 2, for those indicators which fall within the remit of this Scrutiny "
      "Committee.",

      "It was reported that 22 of the 31 indicators were performing better than or the same "
      "as at Quarter 2 in 2023/24. The Chair queried the increase in the average number of "
      "days taken to re-let empty Council homes (HBS 034), and the Head of Housing Management "
      "advised that this was due to the number of properties requiring major works when they "
      "became empty, and that contractors had been appointed to increase capacity. Members "
      "requested that future performance reports show the number of households in temporary "
      "accommodation at the end of each quarter.",

      ("RESOLVED", ["That the performance information provided for Quarter 2 2024/25 be "
                    "noted."])]),

    ("HH36/Jan/25", "HEALTHWATCH COTHERDALE – ANNUAL REPORT 2023/24 AND WORK PLAN 2024/25",
     None,
     ["The Chief Executive, Healthwatch Cotherdale, gave a presentation (previously "
      "circulated) on the Healthwatch Cotherdale Annual Report 2023/24, which highlighted that "
      "the organisation had heard from 1,380 people about their experiences of health and "
      "social care services during the year, had carried out six Enter and View visits to care "
      "homes and the Emergency Department, and had published reports on access to GP "
      "appointments and on the experiences of unpaid carers. The presentation also outlined "
      "the priorities in the Healthwatch work plan for 2024/25, which had been chosen following "
      "a public survey and included NHS dentistry, hospital discharge and children and young "
      "people’s mental health.",

      "Members welcomed the report and a Member asked whether the care homes which had been "
      "visited had acted on the recommendations made; the Chief Executive advised that all of "
      "the providers had responded in writing and that follow up visits had found improvements "
      "in five of the six settings, particularly in the activities offered to residents. "
      "Members also queried how Healthwatch reached residents who did not use the internet or "
      "attend community events, and were advised that volunteers now held drop in sessions at "
      "the covered market, libraries and the two family hubs each month.",

      "Members requested that the findings of the Healthwatch survey on NHS dentistry be shared "
      "with this Scrutiny Committee in advance of the report from the ICB referred to at Minute "
      "HH31/Jan/25 above.",

      ("RESOLVED", ["That the Healthwatch Cotherdale Annual Report 2023/24 and the work plan "
                    "for 2024/25 be noted."])]),

    ("HH37/Jan/25", "WORK PROGRAMME",
     None,
     ["The Assistant Director Law and Governance submitted a report (previously circulated) "
      "requesting Members to consider the work programme items scheduled to be considered by "
      "this Scrutiny Committee during the 2024/25 Municipal Year and to consider any "
      "additional areas which Members would like to suggest for inclusion.",

      "Members gave consideration to a Quad of Aims (previously circulated) submitted by "
      "Councillor Thwaites in respect of the time taken to deliver adaptations funded through "
      "the Disabled Facilities Grant. Discussion ensued and Members agreed that the topic "
      "would be suitable for a Task and Finish Review Group.",

      ("RESOLVED", ["(a) That the current status of the Work Programme be noted.",
                    "(b) That the Quad of Aims in respect of Disabled Facilities Grant "
                    "adaptations be approved and a Task and Finish Review Group be "
                    "established, with Members to contact the Democratic Officer to express "
                    "an interest in serving on the Group."])]),
]

# ---------------------------------------------------------------------------
# The gold annotation of the minutes
# ---------------------------------------------------------------------------
def _q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def _r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def _a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


CMH = "Cabinet Member with Health and Housing Portfolio"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health and Housing Scrutiny Committee",
    "meeting_date": "2025-01-22",
    "items": [{"number": n, "title": t} for n, t, _, _ in MINUTES],
    "questions": [
        # HH29: a public representation with a question
        _q("HH29/Jan/25", "question",
           "asked what timescales tenants could expect for repairs to be carried out",
           "Mr Parkin",
           "would contact Mr Parkin directly following the meeting to arrange a further visit",
           CMH, ["housing", "patient-and-public-input"]),
        # HH31: primary care
        _q("HH31/Jan/25", "question",
           "Members queried whether practices had moved to the new telephone systems",
           None,
           "all eleven practices in the Borough were now using the new digital telephony",
           None, ["primary-care"]),
        _q("HH31/Jan/25", "question",
           "sought clarification on the role of physician associates and whether patients",
           None,
           "associates worked under the supervision of a named GP at all times",
           "Clinical Director", ["primary-care", "workforce"]),
        _q("HH31/Jan/25", "concern",
           "who had been unable to register with an NHS dentist",
           None,
           "acknowledged that access to NHS dentistry remained very challenging across the region",
           "Director of Place Based Delivery", ["primary-care"]),
        _q("HH31/Jan/25", "concern",
           "Members also expressed concern at the potential impact on GP practices",
           None, None, None, ["primary-care", "finance", "workforce"]),
        _q("HH31/Jan/25", "question",
           "In response to a question about the Pharmacy First service",
           None,
           "27 of the 31 community pharmacies in the Borough were delivering the service",
           None, ["primary-care"]),
        # HH32: damp and mould
        _q("HH32/Jan/25", "question",
           "Members questioned whether the Council would be able to meet the timescales",
           None,
           "a restructure of the repairs service was underway to create additional surveyor capacity",
           "Head of Housing Management", ["housing", "finance"]),
        _q("HH32/Jan/25", "question",
           "sought assurance that tenants who reported damp and mould were no longer",
           None,
           "guidance to staff had been revised to make clear that damp and mould",
           None, ["housing"]),
        _q("HH32/Jan/25", "comment",
           "commented that the stock condition surveys should have been completed much sooner",
           None,
           "the remaining surveys would be completed by September 2025",
           CMH, ["housing"]),
        _q("HH32/Jan/25", "request",
           "Members requested that the number of open damp and mould cases",
           None, None, None, ["housing"]),
        # HH33: homelessness strategy
        _q("HH33/Jan/25", "concern",
           "Members were concerned at the number of families with children who had been placed",
           None,
           "14 households had been placed in bed and breakfast at the end of December 2024",
           "Housing Options Manager", ["housing", "children-and-families"]),
        _q("HH33/Jan/25", "question",
           "regarding the support available to people leaving prison or hospital with nowhere to live",
           "Councillor Ormsby",
           "a hospital discharge protocol had been agreed with the Foundation Trust",
           "Housing Options Manager", ["housing"]),
        _q("HH33/Jan/25", "question",
           "Members queried the level of response to the consultation",
           None,
           "214 responses had been received to the online survey",
           None, ["housing", "patient-and-public-input"]),
        _q("HH33/Jan/25", "comment",
           "the strategy should contain a specific action on the growth in the number",
           None, None, None, ["housing"]),
        # HH34: urgent and emergency care
        _q("HH34/Jan/25", "question",
           "Members queried the ambulance handover times at Cotherdale Memorial Hospital",
           None,
           "a dedicated cohorting area had been opened next to the Emergency Department",
           None, []),
        _q("HH34/Jan/25", "concern",
           "medically fit to leave hospital but remained on the wards awaiting a package of care",
           None,
           "on average 42 patients each day had no criteria to reside",
           "Chief Operating Officer", ["adult-social-care"]),
        _q("HH34/Jan/25", "question",
           "asked about the uptake of the flu vaccination among health and care staff",
           None,
           "uptake among residents aged 65 and over in the Borough was 74 per cent",
           "Director of Public Health", ["public-health", "workforce"]),
        # HH35: performance
        _q("HH35/Jan/25", "question",
           "The Chair queried the increase in the average number of days taken",
           "The Chair",
           "due to the number of properties requiring major works when they became empty",
           "Head of Housing Management", ["housing"]),
        _q("HH35/Jan/25", "request",
           "requested that future performance reports show the number of households",
           None, None, None, ["housing"]),
        # HH36: Healthwatch
        _q("HH36/Jan/25", "question",
           "asked whether the care homes which had been visited had acted on the recommendations",
           None,
           "all of the providers had responded in writing",
           "Chief Executive", ["adult-social-care", "patient-and-public-input"]),
        _q("HH36/Jan/25", "question",
           "queried how Healthwatch reached residents who did not use the internet",
           None,
           "volunteers now held drop in sessions at the covered market",
           None, ["patient-and-public-input"]),
        _q("HH36/Jan/25", "request",
           "findings of the Healthwatch survey on NHS dentistry be shared",
           None, None, None, ["primary-care", "patient-and-public-input"]),
        # HH37: work programme: no questions raised
    ],
    "resolutions": [
        _r("HH30/Jan/25", "27 November 2024 be approved as a correct record", "agreed", []),
        _r("HH31/Jan/25",
           "a further report on NHS dental access and the dental recovery plan be brought",
           "agreed", ["primary-care"]),
        _r("HH32/Jan/25",
           "information on the number of open damp and mould cases and average completion times",
           "agreed", ["housing"]),
        _r("HH33/Jan/25",
           "recommends to Cabinet that the draft Homelessness and Rough Sleeping Strategy",
           "recommended", ["housing"]),
        _r("HH34/Jan/25",
           "thanked the Chief Operating Officer for her attendance and the presentation was noted",
           "noted", []),
        _r("HH35/Jan/25",
           "That the performance information provided for Quarter 2 2024/25 be noted",
           "noted", []),
        _r("HH36/Jan/25",
           "Healthwatch Cotherdale Annual Report 2023/24 and the work plan for 2024/25 be noted",
           "noted", ["patient-and-public-input"]),
        _r("HH37/Jan/25",
           "Quad of Aims in respect of Disabled Facilities Grant adaptations be approved",
           "agreed", ["housing", "governance"]),
    ],
    "attendees": [
        _a("Councillor Pemberton", "Chair", "present"),
        _a("Councillor Allenby", None, "present"),
        _a("Councillor Bramwell", None, "present"),
        _a("Councillor Haigh", None, "present"),
        _a("Councillor Mrs Kirtley", None, "present"),
        _a("Councillor Ormsby", None, "present"),
        _a("Councillor Thwaites", None, "present"),
        _a("Councillor Lund", CMH, "in_attendance"),
        _a("Councillor Garbutt", None, "in_attendance"),
        _a("Councillor Dunwell", None, "apologies"),
        _a("Councillor Hemsley", None, "apologies"),
        _a("Councillor Fairlamb", None, "absent"),
        _a("Jacqueline Thorne", "Assistant Director Housing and Revenues", "in_attendance"),
        _a("Mark Elstob", "Head of Housing Management", "in_attendance"),
        _a("Gemma Coulson", "Housing Options Manager", "in_attendance"),
        _a("Dr Imran Qureshi", "Director of Public Health", "in_attendance"),
        _a("Lydia Carr", "Democratic Officer", "in_attendance"),
        _a("Neil Farrow", "Director of Place Based Delivery, North Dales Integrated Care Board",
           "in_attendance"),
        _a("Dr Helen Askew", "Clinical Director, Cotherdale Central Primary Care Network",
           "in_attendance"),
        _a("Karen Metcalfe", "Chief Operating Officer, Cotherdale and Swaleby Hospitals NHS "
                             "Foundation Trust", "in_attendance"),
        _a("Beth Raine", "Chief Executive, Healthwatch Cotherdale", "in_attendance"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Writing the .docx
# ---------------------------------------------------------------------------
def _add_field(paragraph, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run._r.append(begin)
    run = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instr} "
    run._r.append(text)
    run = paragraph.add_run()
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run._r.append(sep)
    paragraph.add_run("1")
    run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def build_minutes_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)

    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(8)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    # Header and footer as this council prints them on every page.
    hp = sec.header.paragraphs[0]
    hp.text = "This document was classified as: OFFICIAL"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("- ")
    _add_field(fp, "PAGE")
    fp.add_run(" -")
    fp2 = sec.footer.add_paragraph("This document was classified as: OFFICIAL")
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for p in (fp, fp2):
        for r in p.runs:
            r.font.size = Pt(8)

    indent = Cm(3.2)

    def para(text="", bold=False, align=None, left=None, hanging=False, after=None):
        p = doc.add_paragraph()
        if text:
            run = p.add_run(text)
            run.bold = bold
        if align is not None:
            p.alignment = align
        pf = p.paragraph_format
        if left is not None:
            pf.left_indent = left
        if hanging:
            pf.first_line_indent = -left
            pf.tab_stops.add_tab_stop(left, WD_TAB_ALIGNMENT.LEFT)
        if after is not None:
            pf.space_after = after
        return p

    para("HEALTH AND HOUSING SCRUTINY COMMITTEE", bold=True,
         align=WD_ALIGN_PARAGRAPH.CENTER, after=Pt(2))
    para("Wednesday, 22 January 2025", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
         after=Pt(14))

    for label, text in ATTENDANCE:
        p = para()
        p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
        r = p.add_run(f"{label} –")
        r.bold = True
        p.add_run(" " + text)

    for number, title, run_in, paras in MINUTES:
        p = para(left=indent, hanging=True)
        p.paragraph_format.keep_with_next = run_in is None
        r = p.add_run(number)
        r.bold = True
        p.add_run("\t")
        r = p.add_run(title)
        r.bold = True
        if run_in:
            p.add_run(" – " + run_in)
        for item in paras:
            if isinstance(item, tuple):
                _, clauses = item
                first = True
                for clause in clauses:
                    q = para(left=indent)
                    if first:
                        q.add_run("RESOLVED – ").bold = True
                        first = False
                    else:
                        q.paragraph_format.left_indent = indent + Cm(2.1)
                    q.add_run(clause)
            else:
                para(item, left=indent)

    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Minutes - Health and Housing Scrutiny Committee - 22 January 2025"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    _write_zip_deterministic(buf.getvalue(), path)


def _write_zip_deterministic(data: bytes, path: Path) -> None:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 27, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# The document that is not minutes: an officer report to the committee (PDF)
# ---------------------------------------------------------------------------
def build_report_pdf(path: Path) -> None:
    from fpdf import FPDF

    class Report(FPDF):
        def header(self):
            self.set_font("Sans", "", 7)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, "This document was classified as: OFFICIAL", align="C",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(3)

        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 7)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, "This document was classified as: OFFICIAL", align="C",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Tenant Satisfaction Measures 2024/25")
    pdf.set_author("Cotherdale Borough Council")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 15, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    W = pdf.w - 44

    def right(text, bold=True):
        pdf.set_font("Sans", "B" if bold else "", 10)
        pdf.cell(0, 5, text, align="R", new_x="LMARGIN", new_y="NEXT")

    def head(text, size=10, space=3):
        pdf.ln(space)
        pdf.set_font("Sans", "B", size)
        pdf.multi_cell(W, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def body(text, indent=0):
        pdf.set_font("Sans", "", 10)
        pdf.set_x(22 + indent)
        pdf.multi_cell(W - indent, 5, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def numbered(num, text, indent=0):
        pdf.set_font("Sans", "", 10)
        pdf.set_x(22 + indent)
        pdf.cell(12, 5, num)
        pdf.multi_cell(W - indent - 12, 5, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    right("HEALTH AND HOUSING SCRUTINY COMMITTEE")
    right("19 MARCH 2025")
    pdf.ln(6)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, "TENANT SATISFACTION MEASURES 2024/25", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, "SUMMARY REPORT", align="C", new_x="LMARGIN", new_y="NEXT")

    head("Purpose of the Report")
    numbered("1.", "To inform Members of the results of the Council’s Tenant Satisfaction "
                   "Measures (TSM) perception survey for 2024/25, carried out in line with the "
                   "Regulator of Social Housing’s Tenant Satisfaction Measures Standard, and of "
                   "the actions proposed in response.")
    head("Summary")
    numbered("2.", "A total of 1,012 tenants took part in the survey, which was carried out by an "
                   "independent research company by telephone and online between September and "
                   "November 2024. Overall satisfaction with the service provided by the Council "
                   "as landlord was 71.4 per cent, compared with 73.8 per cent in 2023/24.")
    numbered("3.", "Satisfaction improved on seven of the twelve perception measures, including "
                   "satisfaction that the home is safe (80.2 per cent) and that the Council "
                   "treats tenants fairly and with respect (78.9 per cent). The lowest scores "
                   "related to complaints handling (34.6 per cent) and satisfaction that the "
                   "Council listens to tenants’ views and acts upon them (58.1 per cent).")
    head("Recommendation")
    numbered("4.", "It is recommended that :-")
    body("(a)  Members note the results of the Tenant Satisfaction Measures survey for "
         "2024/25, attached at Appendix 1.", indent=12)
    body("(b)  Members consider whether there are any areas which they would wish to examine "
         "further as part of the Committee’s work programme for 2025/26.", indent=12)
    head("Reasons")
    numbered("5.", "The recommendations are supported to allow Members to monitor the "
                   "performance of the Council’s housing service and its compliance with the "
                   "Consumer Standards.")
    pdf.ln(2)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, 5, "Jacqueline Thorne", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Assistant Director Housing and Revenues", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, 5, "Background Papers", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, 5, "No background papers were used in the preparation of this report.",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.cell(0, 5, "Mark Elstob: Extension 5502", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    # The council's implications table
    rows = [
        ("Council Plan", "The report contributes to the Council Plan priority of homes which "
                         "are affordable, secure and of a decent standard."),
        ("Addressing inequalities", "The survey results are analysed by age, disability and "
                                    "ethnicity to identify any differences in satisfaction."),
        ("Tackling Climate Change", "There are no issues relating to climate change."),
        ("Efficient and effective use of resources", "This report has no impact on the "
                                                     "Council’s Efficiency Programme."),
        ("Health and Wellbeing", "Satisfaction that the home is safe and well maintained "
                                 "contributes to tenants’ health and wellbeing."),
        ("S17 Crime and Disorder", "This report has no implications for Crime and Disorder."),
        ("Wards Affected", "All wards."),
        ("Groups Affected", "All Council tenants."),
        ("Budget and Policy Framework", "This report does not represent a change to the budget "
                                        "and policy framework."),
        ("Key Decision", "This is not a key decision."),
        ("Urgent Decision", "This is not an urgent decision."),
        ("Impact on Looked After Children and Care Leavers",
         "This report has no impact on Looked After Children or Care Leavers."),
    ]
    pdf.set_font("Sans", "", 9)
    with pdf.table(col_widths=(38, 62), text_align="LEFT", line_height=4.6,
                   first_row_as_headings=False) as table:
        for a, b in rows:
            row = table.row()
            row.cell(a)
            row.cell(b)

    pdf.add_page()
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, "MAIN REPORT", align="C", new_x="LMARGIN", new_y="NEXT")
    head("Information and Analysis")
    numbered("6.", "Since April 2023 all registered providers of social housing have been "
                   "required to collect and publish information against 22 Tenant Satisfaction "
                   "Measures: 10 measures generated from management information and 12 from a "
                   "perception survey of tenants. The results are submitted to the Regulator of "
                   "Social Housing each year and are published on the Council’s website.")
    numbered("7.", "The perception survey asks tenants a fixed set of questions set by the "
                   "Regulator. Those with the lowest scores in 2024/25 were :-")
    for q in [
        "TP09  How satisfied or dissatisfied are you with the Council’s approach to "
        "handling complaints?",
        "TP06  How satisfied or dissatisfied are you that your landlord listens to your views "
        "and acts upon them?",
        "TP07  How satisfied or dissatisfied are you that your landlord keeps you informed "
        "about things that matter to you?",
        "TP03  How satisfied or dissatisfied are you with the time taken to complete your most "
        "recent repair after you reported it?",
    ]:
        body("•  " + q, indent=12)
    numbered("8.", "Tenants who were dissatisfied were asked why. The most common reasons given "
                   "were repairs not being completed right first time, having to chase "
                   "outstanding repairs, a lack of updates on complaints, and damp and mould "
                   "that had returned after treatment. Several tenants asked why they were not "
                   "told the outcome of their reports.")
    numbered("9.", "In response, the Housing Services management team has agreed an action plan "
                   "(Appendix 2), which includes a text message update at each stage of a repair, "
                   "a follow up call after every damp and mould treatment, and a review of the "
                   "complaints process by the Tenants’ Panel. It was agreed that progress would "
                   "be reported to the Tenants’ Panel each quarter.")
    head("Table 1: Perception measures 2023/24 and 2024/25")
    pdf.set_font("Sans", "", 9)
    data = [
        ("Measure", "2023/24", "2024/25"),
        ("TP01 Overall satisfaction", "73.8%", "71.4%"),
        ("TP02 Satisfaction with repairs", "72.0%", "72.9%"),
        ("TP03 Time taken to complete most recent repair", "65.5%", "67.0%"),
        ("TP04 Satisfaction that the home is well maintained", "70.3%", "71.1%"),
        ("TP05 Satisfaction that the home is safe", "78.6%", "80.2%"),
        ("TP06 Landlord listens to tenant views and acts upon them", "59.9%", "58.1%"),
        ("TP07 Landlord keeps tenants informed", "69.2%", "70.5%"),
        ("TP08 Landlord treats tenants fairly and with respect", "77.4%", "78.9%"),
        ("TP09 Satisfaction with complaints handling", "36.0%", "34.6%"),
    ]
    with pdf.table(col_widths=(70, 15, 15), text_align=("LEFT", "CENTER", "CENTER"),
                   line_height=4.6) as table:
        for rec in data:
            row = table.row()
            for c in rec:
                row.cell(c)
    head("Consultation")
    numbered("10.", "The results have been shared with the Tenants’ Panel, which will be asked "
                    "whether the proposed actions address the concerns raised by tenants.")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Text extraction and the check
# ---------------------------------------------------------------------------
PUNCT = set(string.punctuation) | set("–—‘’“”…•£")


def norm(text: str, space: bool) -> str:
    text = text.lower()
    text = "".join((" " if space else "") if ch in PUNCT else ch for ch in text)
    return re.sub(r"\s+", " ", text).strip()


def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    failures = 0
    for gold_path in sorted(GOLD.glob("kx-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc.name}")
            failures += 1
            continue
        raw = doc_text(doc)
        texts = {sp: norm(raw, sp) for sp in (False, True)}
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, phrase in phrases:
            n_words = len(norm(phrase, True).split())
            if not 6 <= n_words <= 15:
                print(f"{gold_path.name}: {kind} phrase has {n_words} words: {phrase!r}")
                failures += 1
            for sp, text in texts.items():
                count = text.count(norm(phrase, sp))
                if count != 1:
                    print(f"{gold_path.name}: {kind} phrase found {count} times "
                          f"(punctuation {'as space' if sp else 'deleted'}): {phrase!r}")
                    failures += 1
        print(f"{gold_path.name}: {len(phrases)} phrases checked, {len(raw)} characters of text")
    print("OK" if not failures else f"{failures} FAILURES")
    return 1 if failures else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes_docx(DOCS / MINUTES_NAME)
    build_report_pdf(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {MINUTES_NAME}, {REPORT_NAME} and their gold files")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
