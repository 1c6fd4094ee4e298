#!/usr/bin/env python3
"""Build the "km-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_km.py           build documents/km-* and gold/km-*.json
        build_km.py --check   verify every gold phrase occurs once in its document
"""

from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "km-cotsmoor-hosc-2025-01-14.pdf"
OTHER_NAME = "km-cotsmoor-cabinet-report-drug-alcohol-recommissioning.docx"

COMMITTEE = "Health Overview & Scrutiny Committee"
FIXED = datetime(2025, 1, 21, 9, 30, 0, tzinfo=timezone.utc)

# --------------------------------------------------------------------------------------
# The minutes
# --------------------------------------------------------------------------------------

TITLE = (
    "Minutes of a meeting of the Health Overview & Scrutiny Committee held on "
    "Tuesday 14 January 2025 at the Council Chamber - Shire Hall, Abbeyford."
)

PRESENT = [
    ("Cllr Andrew Pembury (Chair)", "Cllr Imran Qadir"),
    ("Cllr Lucy Farrant (Vice-Chair)", "Cllr Kate Orchard"),
    ("Cllr Colin Brayshaw", "Cllr Sarah Tilley"),
    ("Cllr Dilys Hammond", "Cllr Robert Venn"),
    ("Cllr Nigel Walcot", ""),
]

DISTRICT = [
    ("Cllr Penny Ashdown (Abbeyford City Council)", "Cllr Tom Mellor (Tewbridge Borough Council)"),
    ("Cllr Gareth Lowe (Forest Vale District Council)", "Cllr Aisha Rahman (Cheltwell Borough Council)"),
]

SUBSTITUTES = "Cllr Philip Yarrow"

IN_ATTENDANCE = [
    ("Cllr Carole Dunstan", "Cabinet Member for Public Health and Communities"),
    ("Siobhan Kerr", "Director of Public Health"),
    ("Laura Pike", "Senior Democratic Services Adviser"),
    ("Mary Hollis", "Chief Executive, NHS Cotsmoor Integrated Care Board"),
    ("Dr Owen Treharne", "Chief Medical Officer, NHS Cotsmoor Integrated Care Board"),
    ("Rebecca Thorne", "Associate Director of Primary Care and Direct Commissioning, NHS Cotsmoor Integrated Care Board"),
    ("Simon Broad", "Chief Operating Officer, Cotsmoor Hospitals NHS Foundation Trust"),
    ("Paul Denning", "Director of Mental Health and Learning Disabilities, Cotsmoor Health and Care NHS Foundation Trust"),
]

# Each block: ("h", number, title) | ("p", number, text) | ("ul", [text, ...])
#             | ("ol", [(label, text), ...])
BODY = [
    ("h", "33", "APOLOGIES"),
    ("p", "33.1", "Apologies were received from Cllr Martin Sollis and Cllr Harriet Bray. "
     "Cllr Philip Yarrow attended as a substitute for Cllr Sollis."),

    ("h", "34", "DECLARATIONS OF INTEREST"),
    ("p", "34.1", "Cllr Dilys Hammond declared that she was a public governor of Cotsmoor "
     "Hospitals NHS Foundation Trust. Cllr Aisha Rahman declared that her daughter was employed "
     "as a community nurse by Cotsmoor Health and Care NHS Foundation Trust. Neither interest was "
     "considered to be prejudicial and both members remained in the meeting."),

    ("h", "35", "MINUTES OF THE PREVIOUS MEETING"),
    ("p", "35.1", "The minutes of the meeting held on 12 November 2024 were confirmed as a correct "
     "record and signed by the Chair."),
    ("p", "35.2", "Arising from minute 28.6, the Chair reported that the written response from "
     "Western Counties Ambulance Service NHS Foundation Trust on hospital handover delays had been "
     "circulated to members on 9 December 2024 and would be published with the papers for the "
     "March meeting."),

    ("h", "36", "PUBLIC QUESTIONS"),
    ("p", "36.1", "One public question had been received in accordance with the Council's "
     "procedure rules. The question and the written response had been circulated to members and "
     "published on the Council's website before the meeting."),
    ("p", "36.2", "Mr Derek Fell, a resident of Tewbridge, asked: \u201cCan the Integrated Care "
     "Board confirm whether the overnight closure of the minor injury unit at Tewbridge Community "
     "Hospital, which was described as temporary in August 2023, is now permanent, and when will "
     "residents be consulted?\u201d"),
    ("p", "36.3", "The written response from NHS Cotsmoor ICB stated that the overnight closure "
     "remained a temporary measure, introduced because of difficulties in recruiting emergency "
     "nurse practitioners, and that no decision about the future of the service had been taken. "
     "Any proposal for a permanent change would be brought to this committee and would be subject "
     "to public consultation."),
    ("p", "36.4", "Mr Fell asked a supplementary question about how many patients had attended the "
     "unit between 8.00 pm and 8.00 am in the year before it closed. Mary Hollis, Chief Executive, "
     "NHS Cotsmoor Integrated Care Board, undertook to provide the figures to Mr Fell in writing."),

    ("h", "37", "NHS COTSMOOR INTEGRATED CARE BOARD PERFORMANCE REPORT"),
    ("p", "37.1", "Mary Hollis, Chief Executive, NHS Cotsmoor Integrated Care Board (ICB), "
     "introduced the performance report, which set out the position of the Cotsmoor health "
     "system against the main NHS constitutional standards for the period to the end of November "
     "2024. Dr Owen Treharne, Chief Medical Officer, also attended for this item."),
    ("p", "37.2", "Members were informed that the proportion of patients seen within four hours in "
     "the county's emergency departments had been 71.8% in November, against a national target of "
     "78% by March 2025; that the number of people waiting more than 65 weeks for elective "
     "treatment had fallen to 41; and that performance against the 62-day cancer standard had "
     "improved for the third month in a row but remained below the operational standard of 75%. "
     "Diagnostic waiting times had improved following the opening of the community diagnostic "
     "centre at Cheltwell in September 2024."),
    ("p", "37.3", "A member asked what was being done to reduce the number of patients in hospital "
     "who were medically fit for discharge. In response, it was explained that on an average day in "
     "December there had been between 140 and 160 such patients across the county's acute and "
     "community beds. The ICB, the Trust and the County Council had jointly funded an additional 40 "
     "discharge to assess beds over the winter, and the transfer of care hub at Abbeyford Royal "
     "Hospital was now operating seven days a week."),
    ("p", "37.4", "Cllr Colin Brayshaw expressed concern that the reduction in elective waiting "
     "times was not being felt by his residents, several of whom had been told to expect waits of "
     "more than a year for orthopaedic surgery, and asked whether those patients could be treated "
     "in the independent sector. Dr Treharne confirmed that patients waiting over 40 weeks were "
     "contacted and offered the option of moving to another provider, including independent "
     "sector hospitals, and that around 1,200 patients had taken this up since April 2024."),
    ("p", "37.5", "Cllr Lucy Farrant asked about ambulance handover delays at Abbeyford Royal "
     "Hospital, noting that crews had on occasion waited for more than six hours outside the "
     "emergency department. Simon Broad, Chief Operating Officer, Cotsmoor Hospitals NHS "
     "Foundation Trust, stated that the Trust worked to a maximum of 45 minutes, after which "
     "patients were released from the ambulance into a dedicated cohorting area, and that the "
     "average handover time in December had been 38 minutes."),
    ("p", "37.6", "A member referred to the statement in the report that access to GP appointments "
     "had improved, and commented that this did not reflect the experience of residents in the "
     "Forest Vale area, where patients still reported difficulty getting through to their surgery "
     "on the telephone at 8.00 am."),
    ("p", "37.7", "Members asked whether the ICB could provide a breakdown of the performance "
     "figures by district, so that the committee could see the differences between areas of the "
     "county. The Chief Executive agreed to include this in the next performance report."),
    ("p", "37.8", "The Committee noted the performance report for the period to November 2024."),

    ("h", "38", "URGENT AND EMERGENCY CARE - WINTER 2024/25"),
    ("p", "38.1", "Simon Broad gave a presentation on how the health and care system was managing "
     "over the winter period. The presentation covered the opening of 52 additional escalation "
     "beds across Abbeyford Royal Hospital and Cheltwell General Hospital, the new same day "
     "emergency care unit at Cheltwell General Hospital, the Trust's flu and COVID-19 vaccination "
     "campaign for its own staff, and the critical incident declared by the Trust between 2 and 5 "
     "January 2025, when both emergency departments had been at full capacity and there had been "
     "more than 30 ambulances waiting to hand over patients."),
    ("p", "38.2", "Siobhan Kerr, Director of Public Health, reported that flu activity in the "
     "county had peaked in the last week of December and that uptake of the flu vaccine among "
     "people aged 65 and over stood at 74.2%, slightly below the same point in the previous year. "
     "Uptake among pregnant women remained low at 33%."),
    ("p", "38.3", "The following points were raised during the discussion:"),
    ("ul", [
        "Cllr Imran Qadir asked what lessons had been learned from the critical incident, and "
        "whether the declaration had led to any operations being cancelled. Members were informed "
        "that 23 planned operations had been postponed, none of them for cancer, and that a "
        "debrief involving all partners would report in February.",
        "Concern was expressed about the length of time patients with mental health needs spent in "
        "the emergency department waiting for a specialist bed. Paul Denning, Director of Mental "
        "Health and Learning Disabilities, Cotsmoor Health and Care NHS Foundation Trust, "
        "acknowledged that some patients had waited more than 24 hours and explained that the "
        "Trust had opened a mental health assessment space next to the emergency department at "
        "Abbeyford Royal in October.",
        "Cllr Sarah Tilley asked whether enough was being done to encourage carers and care home "
        "staff to be vaccinated. The Director of Public Health said that vaccination clinics had "
        "been held in 61 care homes and that the Council had written to every registered care "
        "provider in the county.",
        "Cllr Tom Mellor commented that the Tewbridge minor injury unit could relieve some of the "
        "pressure on Abbeyford Royal if it were open overnight.",
        "A member asked whether the escalation beds had been staffed by agency nurses and what "
        "this had cost. The Chief Operating Officer explained that most shifts had been filled by "
        "the Trust's own bank staff, and that spending on agency staff was 31% lower than in the "
        "previous winter.",
        "Cllr Robert Venn asked whether the same day emergency care unit at Cheltwell could take "
        "patients directly from GPs and from ambulance crews. It was confirmed that GPs and "
        "paramedics could refer patients to the unit by telephone between 8.00 am and 10.00 pm.",
    ]),
    ("p", "38.4", "The Chair thanked Simon Broad and Siobhan Kerr and asked that members' thanks be "
     "passed on to staff across the health and care system for their work over the holiday period. "
     "The Committee noted the presentation and asked that the findings of the critical incident "
     "debrief be shared with members when available."),

    ("h", "39", "ACCESS TO NHS DENTAL SERVICES"),
    ("p", "39.1", "Rebecca Thorne, Associate Director of Primary Care and Direct Commissioning, "
     "NHS Cotsmoor ICB, presented an update on access to NHS dentistry following the committee's "
     "discussion in July 2024. Since April 2023 the ICB had been responsible for commissioning "
     "primary, community and secondary care dental services in the county. The report set out "
     "the measures in the ICB's dental recovery plan, including 3,400 additional urgent care "
     "appointments a year, a flexible commissioning scheme with 22 practices focused on children "
     "and people with the greatest oral health needs, and \u201cgolden hello\u201d payments of "
     "\u00a320,000 to attract dentists to work in Forest Vale and the north of the county. "
     "Nationally, the number of dentists delivering NHS care had fallen since 2019 and the ICB "
     "continued to press NHS England for reform of the national dental contract."),
    ("p", "39.2", "Members raised the following points:"),
    ("ol", [
        ("(a)", "Cllr Penny Ashdown asked how many practices in the county were currently accepting "
         "new adult NHS patients. Rebecca Thorne stated that, as at 6 January 2025, four practices "
         "were accepting adults and 11 were accepting children, and that the position changed "
         "weekly."),
        ("(b)", "Cllr Gareth Lowe questioned whether the golden hello scheme had attracted anyone to "
         "Forest Vale. It was confirmed that two dentists had been recruited under the scheme, one "
         "of whom had started in December."),
        ("(c)", "A member expressed concern that children in care and care leavers were unable to "
         "register with a dentist and were ending up in hospital for extractions. The ICB agreed to "
         "look into this with the Council's children's services and report back."),
        ("(d)", "Cllr Nigel Walcot asked whether the ICB had any power to stop dental practices "
         "handing back their NHS contracts. Members were informed that contracts were set "
         "nationally and that a practice could give notice to end its contract; the ICB's role was "
         "then to re-procure the activity, which it had done on three occasions in 2024."),
        ("(e)", "Cllr Kate Orchard requested that the committee receive the results of the ICB's "
         "survey of patients' experience of dental services when they were published."),
    ]),
    ("p", "39.3", "The Cabinet Member for Public Health and Communities added that the Council's "
     "supervised toothbrushing programme was now running in 118 nurseries and primary schools, "
     "and that fluoride varnish was being offered through the family hubs."),
    ("p", "39.4", "RESOLVED that:"),
    ("ol", [
        ("(1)", "the update be noted; and"),
        ("(2)", "a further update on dental access, including the results of the patient survey, "
         "be brought to the committee in the autumn."),
    ]),

    ("h", "40", "COMMUNITY MENTAL HEALTH SERVICES TRANSFORMATION"),
    ("p", "40.1", "Paul Denning presented a report on the transformation of community mental "
     "health services for adults with severe mental illness, funded through the NHS Long Term "
     "Plan. New multi-disciplinary teams, bringing together the Trust, GP practices, voluntary "
     "sector organisations and the Council's social workers, had been established in each of the "
     "county's 15 primary care networks. The Trust had recruited 46 mental health practitioners, "
     "peer support workers and psychologists, and the average wait for a first appointment had "
     "fallen from 14 weeks to six weeks over the previous year. The report also described the "
     "crisis caf\u00e9s run by voluntary sector partners in Abbeyford and Cheltwell."),
    ("p", "40.2", "Cllr Aisha Rahman welcomed the reduction in waiting times but asked whether the "
     "new teams would be sustainable once the transformation funding ended in March 2026. Paul "
     "Denning responded that the funding had been added to the Trust's recurrent baseline, so the "
     "posts were permanent, although the Trust would need to find \u00a31.2m of efficiency savings "
     "across its mental health services in 2025/26."),
    ("p", "40.3", "Cllr Philip Yarrow described the experience of a constituent who had been "
     "discharged from the community team without a care plan and had been unable to get back into "
     "the service when her condition deteriorated, and asked how people in that position could be "
     "referred back into the service. It was explained that anyone discharged in the previous 12 "
     "months could contact the team directly without a new referral from their GP, and that the "
     "Trust would look into the individual case if Cllr Yarrow provided the details."),
    ("p", "40.4", "A member asked how many of the 46 new posts were covered by agency or locum "
     "staff. The Director undertook to provide this information after the meeting."),
    ("p", "40.5", "Cllr Dilys Hammond asked about support for young people moving from CAMHS to "
     "adult mental health services at the age of 18. Members were informed that a transitions "
     "worker had been appointed in each locality and that joint planning between the two services "
     "now began when a young person reached 17 and a half."),
    ("p", "40.6", "Cllr Carole Dunstan, Cabinet Member for Public Health and Communities, reported "
     "that the county's suicide prevention partnership had published its refreshed strategy in "
     "December and that suicide prevention training had been offered to all county and district "
     "councillors."),
    ("p", "40.7", "RESOLVED that the Committee:"),
    ("ol", [
        ("(a)", "notes the progress made in transforming community mental health services; and"),
        ("(b)", "recommends to NHS Cotsmoor ICB that performance data for the new teams, including "
         "waiting times by primary care network, be included in future reports to the committee."),
    ]),

    ("h", "41", "WORK PLAN"),
    ("p", "41.1", "The Committee considered its work plan for the remainder of 2024/25. The Chair "
     "reminded members that the meeting on 11 March 2025 would be the last before the county "
     "council elections in May, and that the new committee would agree its own work plan at its "
     "first meeting."),
    ("p", "41.2", "Cllr Lucy Farrant asked whether Healthwatch Cotsmoor could be invited to present "
     "its annual report to the committee. The Senior Democratic Services Adviser confirmed that "
     "this had been scheduled for July 2025."),
    ("p", "41.3", "Cllr Tom Mellor requested that the ICB's proposals for the future of the county's "
     "minor injury units be brought to the committee at the earliest opportunity."),
    ("p", "41.4", "RESOLVED that the work plan be agreed, with the addition of an item on minor "
     "injury units at the meeting on 11 March 2025."),

    ("h", "42", "FUTURE MEETINGS"),
    ("p", "42.1", "Tuesday 11 March 2025 at 10.00 am, Council Chamber - Shire Hall, Abbeyford."),
]

CLOSING = ("CHAIR", "Meeting concluded at 12.52 pm")


# --------------------------------------------------------------------------------------
# Gold for the minutes
# --------------------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-01-14",
    "items": [
        {"number": "33", "title": "APOLOGIES"},
        {"number": "34", "title": "DECLARATIONS OF INTEREST"},
        {"number": "35", "title": "MINUTES OF THE PREVIOUS MEETING"},
        {"number": "36", "title": "PUBLIC QUESTIONS"},
        {"number": "37", "title": "NHS COTSMOOR INTEGRATED CARE BOARD PERFORMANCE REPORT"},
        {"number": "38", "title": "URGENT AND EMERGENCY CARE - WINTER 2024/25"},
        {"number": "39", "title": "ACCESS TO NHS DENTAL SERVICES"},
        {"number": "40", "title": "COMMUNITY MENTAL HEALTH SERVICES TRANSFORMATION"},
        {"number": "41", "title": "WORK PLAN"},
        {"number": "42", "title": "FUTURE MEETINGS"},
    ],
    "questions": [
        q("36", "question",
          "whether the overnight closure of the minor injury unit at Tewbridge Community Hospital",
          "Mr Derek Fell",
          "the overnight closure remained a temporary measure",
          "NHS Cotsmoor ICB",
          ["workforce", "patient-and-public-input"]),
        q("36", "question",
          "asked a supplementary question about how many patients had attended the unit",
          "Mr Fell",
          "undertook to provide the figures to Mr Fell in writing",
          "Mary Hollis",
          []),
        q("37", "question",
          "reduce the number of patients in hospital who were medically fit for discharge",
          None,
          "The ICB, the Trust and the County Council had jointly funded",
          None,
          ["adult-social-care", "integration"]),
        q("37", "concern",
          "the reduction in elective waiting times was not being felt by his residents",
          "Cllr Colin Brayshaw",
          "offered the option of moving to another provider, including independent sector hospitals",
          "Dr Treharne",
          ["subcontracting", "privatisation"]),
        q("37", "question",
          "asked about ambulance handover delays at Abbeyford Royal Hospital",
          "Cllr Lucy Farrant",
          "the Trust worked to a maximum of 45 minutes",
          "Simon Broad",
          []),
        q("37", "comment",
          "did not reflect the experience of residents in the Forest Vale area",
          None, None, None,
          ["primary-care"]),
        q("37", "request",
          "could provide a breakdown of the performance figures by district",
          None,
          "The Chief Executive agreed to include this in the next performance report",
          "The Chief Executive",
          []),
        q("38", "question",
          "what lessons had been learned from the critical incident",
          "Cllr Imran Qadir",
          "23 planned operations had been postponed, none of them for cancer",
          None,
          []),
        q("38", "concern",
          "the length of time patients with mental health needs spent in the emergency department",
          None,
          "opened a mental health assessment space next to the emergency department",
          "Paul Denning",
          ["mental-health"]),
        q("38", "question",
          "whether enough was being done to encourage carers and care home staff to be vaccinated",
          "Cllr Sarah Tilley",
          "vaccination clinics had been held in 61 care homes",
          "The Director of Public Health",
          ["public-health", "adult-social-care", "workforce"]),
        q("38", "comment",
          "the Tewbridge minor injury unit could relieve some of the pressure",
          "Cllr Tom Mellor", None, None,
          []),
        q("38", "question",
          "whether the escalation beds had been staffed by agency nurses and what this had cost",
          None,
          "spending on agency staff was 31% lower than in the previous winter",
          "The Chief Operating Officer",
          ["workforce", "finance"]),
        q("38", "question",
          "could take patients directly from GPs and from ambulance crews",
          "Cllr Robert Venn",
          "GPs and paramedics could refer patients to the unit by telephone",
          None,
          ["primary-care"]),
        q("39", "question",
          "how many practices in the county were currently accepting new adult NHS patients",
          "Cllr Penny Ashdown",
          "four practices were accepting adults and 11 were accepting children",
          "Rebecca Thorne",
          ["primary-care"]),
        q("39", "question",
          "questioned whether the golden hello scheme had attracted anyone to Forest Vale",
          "Cllr Gareth Lowe",
          "two dentists had been recruited under the scheme",
          None,
          ["primary-care", "workforce"]),
        q("39", "concern",
          "children in care and care leavers were unable to register with a dentist",
          None,
          "The ICB agreed to look into this with the Council's children's services",
          "The ICB",
          ["children-and-families", "primary-care"]),
        q("39", "question",
          "had any power to stop dental practices handing back their NHS contracts",
          "Cllr Nigel Walcot",
          "a practice could give notice to end its contract",
          None,
          ["primary-care", "subcontracting"]),
        q("39", "request",
          "survey of patients' experience of dental services when they were published",
          "Cllr Kate Orchard", None, None,
          ["primary-care", "patient-and-public-input"]),
        q("40", "question",
          "whether the new teams would be sustainable once the transformation funding ended",
          "Cllr Aisha Rahman",
          "the funding had been added to the Trust's recurrent baseline",
          "Paul Denning",
          ["mental-health", "finance", "workforce"]),
        q("40", "question",
          "asked how people in that position could be referred back into the service",
          "Cllr Philip Yarrow",
          "could contact the team directly without a new referral from their GP",
          None,
          ["mental-health"]),
        q("40", "question",
          "how many of the 46 new posts were covered by agency or locum staff",
          None,
          "The Director undertook to provide this information after the meeting",
          "The Director",
          ["workforce", "mental-health"]),
        q("40", "question",
          "asked about support for young people moving from CAMHS to adult mental health services",
          "Cllr Dilys Hammond",
          "a transitions worker had been appointed in each locality",
          None,
          ["mental-health", "children-and-families"]),
        q("41", "request",
          "whether Healthwatch Cotsmoor could be invited to present its annual report",
          "Cllr Lucy Farrant",
          "this had been scheduled for July 2025",
          "The Senior Democratic Services Adviser",
          ["patient-and-public-input"]),
        q("41", "request",
          "proposals for the future of the county's minor injury units be brought to the committee",
          "Cllr Tom Mellor", None, None,
          []),
    ],
    "resolutions": [
        r("35", "minutes of the meeting held on 12 November 2024 were confirmed as a correct record",
          "agreed", []),
        r("37", "The Committee noted the performance report for the period to November 2024", "noted", []),
        r("38", "noted the presentation and asked that the findings of the critical incident debrief",
          "agreed", []),
        r("39", "a further update on dental access, including the results of the patient survey",
          "agreed", ["primary-care", "patient-and-public-input"]),
        r("40", "notes the progress made in transforming community mental health services",
          "recommended", ["mental-health"]),
        r("41", "the work plan be agreed, with the addition of an item on minor injury units",
          "agreed", []),
    ],
    "attendees": (
        [{"name": "Cllr Andrew Pembury", "role": "Chair", "attendance": "present"},
         {"name": "Cllr Lucy Farrant", "role": "Vice-Chair", "attendance": "present"}]
        + [{"name": n, "role": None, "attendance": "present"} for n in (
            "Cllr Colin Brayshaw", "Cllr Dilys Hammond", "Cllr Nigel Walcot", "Cllr Imran Qadir",
            "Cllr Kate Orchard", "Cllr Sarah Tilley", "Cllr Robert Venn")]
        + [{"name": "Cllr Penny Ashdown", "role": "Abbeyford City Council", "attendance": "present"},
           {"name": "Cllr Gareth Lowe", "role": "Forest Vale District Council", "attendance": "present"},
           {"name": "Cllr Tom Mellor", "role": "Tewbridge Borough Council", "attendance": "present"},
           {"name": "Cllr Aisha Rahman", "role": "Cheltwell Borough Council", "attendance": "present"},
           {"name": "Cllr Philip Yarrow", "role": None, "attendance": "present"}]
        + [{"name": n, "role": role, "attendance": "in_attendance"} for n, role in IN_ATTENDANCE]
        + [{"name": "Cllr Martin Sollis", "role": None, "attendance": "apologies"},
           {"name": "Cllr Harriet Bray", "role": None, "attendance": "apologies"}]
    ),
}

OTHER_GOLD = {"document": OTHER_NAME, "doc_type": "report"}


# --------------------------------------------------------------------------------------
# PDF writer
# --------------------------------------------------------------------------------------

def build_minutes_pdf(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("Sans", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_xy(self.l_margin, 9)
            self.cell(0, 4, "Health Overview & Scrutiny Committee - 14 January 2025", align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(20)

        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 9)
            self.cell(0, 5, f"- {self.page_no()} -", align="C")

    pdf = Minutes(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Printed minutes - Health Overview & Scrutiny Committee - 14 January 2025")
    pdf.set_author("Cotsmoor County Council")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(22, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    lm = pdf.l_margin
    width = pdf.w - pdf.l_margin - pdf.r_margin
    lh = 5.4

    # Council name at the top right, as the logo would stand
    pdf.set_font("Sans", "B", 13)
    pdf.cell(0, 7, "Cotsmoor County Council", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Sans", "B", 11)
    pdf.multi_cell(width, 6, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def label(text):
        pdf.set_font("Sans", "B", 10)
        pdf.cell(0, lh, text, new_x="LMARGIN", new_y="NEXT")

    def two_columns(rows, col=83):
        pdf.set_font("Sans", "", 10)
        for left, right in rows:
            y = pdf.get_y()
            pdf.set_xy(lm, y)
            pdf.multi_cell(col - 3, lh, left, align="L", new_x="LMARGIN", new_y="NEXT")
            y_left = pdf.get_y()
            pdf.set_xy(lm + col, y)
            pdf.multi_cell(width - col, lh, right, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(max(pdf.get_y(), y_left, y + lh))

    label("Present:")
    two_columns(PRESENT)
    pdf.ln(2)
    label("District council members:")
    two_columns(DISTRICT)
    pdf.ln(2)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(30, lh, "Substitutes:")
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, lh, SUBSTITUTES, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    label("Also in attendance:")
    pdf.set_font("Sans", "", 10)
    for name, role in IN_ATTENDANCE:
        pdf.multi_cell(width, lh, f"{name} \u2013 {role}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    num_w = 14
    for block in BODY:
        kind = block[0]
        if kind == "h":
            _, num, title = block
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("Sans", "B", 11)
            pdf.set_x(lm)
            pdf.cell(num_w, 6, f"{num}.")
            pdf.multi_cell(width - num_w, 6, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "p":
            _, num, text = block
            pdf.set_font("Sans", "", 11)
            if pdf.get_y() > pdf.h - pdf.b_margin - lh:
                pdf.add_page()
            pdf.set_x(lm)
            pdf.cell(num_w, lh + 0.4, num)
            bold = text.startswith("RESOLVED")
            pdf.set_left_margin(lm + num_w)
            if bold:
                pdf.set_font("Sans", "B", 11)
            pdf.multi_cell(width - num_w, lh + 0.4, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(lm)
            pdf.ln(2.2)
        elif kind == "ul":
            pdf.set_font("Sans", "", 11)
            for text in block[1]:
                if pdf.get_y() > pdf.h - pdf.b_margin - lh:
                    pdf.add_page()
                pdf.set_x(lm + num_w)
                pdf.cell(7, lh + 0.4, "\u2022")
                pdf.set_left_margin(lm + num_w + 7)
                pdf.multi_cell(width - num_w - 7, lh + 0.4, text, new_x="LMARGIN", new_y="NEXT")
                pdf.set_left_margin(lm)
                pdf.ln(1.5)
            pdf.ln(0.8)
        elif kind == "ol":
            pdf.set_font("Sans", "", 11)
            for lab, text in block[1]:
                if pdf.get_y() > pdf.h - pdf.b_margin - lh:
                    pdf.add_page()
                pdf.set_x(lm + num_w)
                pdf.cell(10, lh + 0.4, lab)
                pdf.set_left_margin(lm + num_w + 10)
                pdf.multi_cell(width - num_w - 10, lh + 0.4, text, new_x="LMARGIN", new_y="NEXT")
                pdf.set_left_margin(lm)
                pdf.ln(1.5)
            pdf.ln(0.8)

    pdf.ln(12)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, CLOSING[0], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Sans", "", 11)
    pdf.cell(0, 6, CLOSING[1], new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# The document that is not minutes: a Cabinet report (Word)
# --------------------------------------------------------------------------------------

REPORT_META = [
    ("Cabinet", "19 February 2025"),
    ("Title", "Recommissioning of community drug and alcohol treatment and recovery services"),
    ("Cabinet Member", "Cllr Carole Dunstan, Cabinet Member for Public Health and Communities"),
    ("Key Decision", "Yes"),
    ("Purpose of report", "To seek approval to procure new community drug and alcohol treatment "
     "and recovery services from 1 April 2026."),
]

REPORT_BODY = [
    ("h", "Recommendations"),
    ("p", "That Cabinet:"),
    ("n", "1. Approves the procurement of an all-age community drug and alcohol treatment and "
     "recovery service for a contract term of five years, with an option to extend for up to "
     "three further years, at an estimated total value of \u00a348.6m over eight years."),
    ("n", "2. Delegates authority to the Director of Public Health, in consultation with the "
     "Cabinet Member for Public Health and Communities, to award the contract to the successful "
     "bidder following the procurement process."),
    ("n", "3. Notes the findings of the public consultation summarised in section 6 and the "
     "comments of the Health Overview & Scrutiny Committee on 12 November 2024."),
    ("h", "Reasons for recommendations"),
    ("p", "The current contract with the county's treatment provider ends on 31 March 2026 and "
     "cannot be extended further. A new service must be in place to meet the Council's duties "
     "under the public health grant conditions and the national drug strategy."),
    ("h", "1. Background"),
    ("p", "1.1 The Council is responsible for commissioning drug and alcohol treatment services. "
     "Around 2,900 adults and 240 young people were in treatment in Cotsmoor in 2023/24. Drug "
     "related deaths in the county have risen in each of the last four years."),
    ("p", "1.2 The service is funded from the public health grant and the Supplementary Substance "
     "Misuse Treatment and Recovery Grant. Future years of the supplementary grant have not been "
     "confirmed, and the service has been designed so that it can be scaled back if the grant ends."),
    ("h", "2. Options considered"),
    ("p", "2.1 Option 1 \u2013 bring the service in-house. Not recommended: the Council does not "
     "hold the clinical registration or prescribing capacity to run the service directly."),
    ("p", "2.2 Option 2 \u2013 procure a single lead provider with subcontracted recovery "
     "support (recommended)."),
    ("p", "2.3 Option 3 \u2013 procure separate adult and young people's services. Not "
     "recommended: consultation responses favoured one service for all ages."),
    ("h", "6. Consultation"),
    ("p", "6.1 A public consultation ran from 2 September to 27 October 2024 and received 412 "
     "responses, including 131 from people with lived experience of treatment and 58 from "
     "family members. The main questions raised and the Council's response are set out below."),
    ("t", [
        ("What people asked", "Our response"),
        ("Will the new service still have a base in Tewbridge and in Forest Vale?",
         "Yes. The specification requires hubs in Abbeyford and Cheltwell and satellite clinics "
         "in every district, including Tewbridge and Forest Vale."),
        ("Why can't families get support in their own right?",
         "The new service will include a family support offer for adults affected by someone "
         "else's drug or alcohol use."),
        ("Will people have to wait longer for a prescribing appointment?",
         "The contract will set a maximum wait of 14 days from assessment to starting treatment."),
        ("Should the Council keep the service public rather than contracting it out?",
         "The options appraisal in section 2 explains why a contracted service is recommended."),
    ]),
    ("p", "6.2 At its meeting on 12 November 2024 the Health Overview & Scrutiny Committee asked "
     "whether the new contract would include targets for the number of people completing "
     "treatment, and requested that the service specification be shared with members before the "
     "procurement began. Both requests have been met."),
    ("h", "7. Risks"),
    ("p", "7.1 The main risks are a limited number of bidders in the market, the transfer of staff "
     "under TUPE, and the uncertainty of future grant funding. Each is covered in the risk register "
     "at Appendix 2."),
    ("h", "Background papers"),
    ("p", "Cotsmoor Drug and Alcohol Needs Assessment 2024; Consultation report (Appendix 1)."),
    ("p", "Contact officer: Siobhan Kerr, Director of Public Health, 01452 000 000."),
]


def build_report_docx(path: Path) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.author = "Public Health"
    cp.last_modified_by = "Public Health"
    cp.title = "Cabinet report - drug and alcohol recommissioning"
    cp.revision = 3

    p = d.add_paragraph()
    run = p.add_run("Cotsmoor County Council")
    run.bold = True
    run.font.size = Pt(14)

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in REPORT_META:
        row = t.add_row().cells
        row[0].text = k
        row[1].text = v
        for par in row[0].paragraphs:
            for rn in par.runs:
                rn.bold = True
    d.add_paragraph()

    for kind, *rest in REPORT_BODY:
        if kind == "h":
            d.add_heading(rest[0], level=2)
        elif kind == "p":
            d.add_paragraph(rest[0])
        elif kind == "n":
            para = d.add_paragraph(rest[0])
            para.paragraph_format.left_indent = Pt(18)
        elif kind == "t":
            rows = rest[0]
            tab = d.add_table(rows=0, cols=2)
            tab.style = "Table Grid"
            for i, (a, b) in enumerate(rows):
                cells = tab.add_row().cells
                cells[0].text = a
                cells[1].text = b
                if i == 0:
                    for c in cells:
                        for rn in c.paragraphs[0].runs:
                            rn.bold = True
            d.add_paragraph()

    buf = io.BytesIO()
    d.save(buf)
    # python-docx stamps each zip member with the current time; rewrite with a fixed one
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 21, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------------------
# Check
# --------------------------------------------------------------------------------------

def normalise(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def document_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("km-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            bad += 1
            continue
        text = normalise(document_text(doc))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for what, phrase in phrases:
            n = text.count(normalise(phrase))
            words = len(normalise(phrase).split())
            if n != 1:
                print(f"{gold['document']}: {what} phrase found {n} times: {phrase!r}")
                bad += 1
            if not 6 <= words <= 15:
                print(f"{gold['document']}: {what} phrase has {words} words: {phrase!r}")
                bad += 1
        item_numbers = {i["number"] for i in gold.get("items", [])}
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            if row["item"] not in item_numbers:
                print(f"{gold['document']}: unknown item {row['item']}")
                bad += 1
        print(f"{gold['document']}: {len(phrases)} phrases checked")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes_pdf(DOCS / MINUTES_NAME)
    build_report_docx(DOCS / OTHER_NAME)
    for gold in (MINUTES_GOLD, OTHER_GOLD):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
