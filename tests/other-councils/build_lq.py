#!/usr/bin/env python3
"""Build the "lq-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_lq.py           build documents/lq-* and gold/lq-*.json
        build_lq.py --check   verify every gold phrase occurs once in its document
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
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "lq-marrbrook-cyp-osp-2025-11-20.pdf"
REPORT_NAME = "lq-marrbrook-cyp-osp-report-placement-sufficiency.docx"

FIXED = dt.datetime(2025, 11, 27, 9, 30, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Block kinds:
#   ("centre", text)               bold centred heading line
#   ("para", text)                 full-width paragraph (may hold **bold**)
#   ("label", text)                bold label at the left margin
#   ("line", text)                 attendance line, indented, hanging indent
#   ("item", number, title)        minute number in the margin, bold title beside it
#   ("body", text)                 paragraph in the minute's column (may hold **bold**)
#   ("clause", number, text)       numbered clause under a RESOLVED line
#   ("gap", mm)                    vertical space
#   ("sign",)                      signature line at the end

MINUTES = [
    ("centre", "CITY OF MARRBROOK COUNCIL"),
    ("gap", 4),
    ("centre", "CHILDREN AND YOUNG PEOPLE OVERVIEW AND SCRUTINY PANEL"),
    ("gap", 4),
    ("centre", "THURSDAY, 20TH NOVEMBER, 2025"),
    ("gap", 6),
    ("para", "A MEETING of the CHILDREN AND YOUNG PEOPLE OVERVIEW AND SCRUTINY PANEL was held "
             "in the COUNCIL CHAMBER, CIVIC OFFICE, MARRBROOK on THURSDAY, 20TH NOVEMBER, 2025, "
             "at 10.00 a.m."),
    ("gap", 4),
    ("label", "PRESENT:"),
    ("gap", 2),
    ("line", "Chair - Councillor Julie Harwood"),
    ("line", "Vice-Chair - Councillor Paul Oxley"),
    ("gap", 2),
    ("line", "Councillors Shabana Akhtar, Dean Bramall, Kerry Fenwick, Martin Greaves, "
             "Lorraine Kitching and Stuart Pettinger."),
    ("gap", 2),
    ("line", "Co-opted Member - Mrs Helen Rawnsley (Parent Governor Representative)"),
    ("gap", 4),
    ("label", "ALSO IN ATTENDANCE:"),
    ("gap", 2),
    ("line", "Councillor Natalie Grayson – Cabinet Member for Children’s Social Care, "
             "Communities and Equalities"),
    ("line", "Councillor Imran Sadiq – Cabinet Member for Education, Skills and Young People"),
    ("line", "Joanne Whitlam – Director of Children’s Services"),
    ("line", "Mark Hebblethwaite – Assistant Director, Children’s Social Care"),
    ("line", "Dr Ruth Okafor – Head of Service, SEND and Inclusion"),
    ("line", "Sarah Lindley – Deputy Director of Nursing and Quality, South Riding Integrated "
             "Care Board (Marrbrook Place)"),
    ("line", "Ian Tordoff – Service Director, Children and Young People’s Mental Health Services, "
             "Marrbrook Community Health NHS Foundation Trust"),
    ("line", "Yvonne Cheetham – Senior Governance Officer"),
    ("gap", 4),
    ("label", "APOLOGIES:"),
    ("gap", 2),
    ("line", "Apologies for absence were received from Councillors Gary Mounsey and Barbara Sugden."),
    ("gap", 6),

    # 1 ------------------------------------------------------------------
    ("item", "1", "APOLOGIES FOR ABSENCE."),
    ("body", "Apologies for absence were received from Councillors Gary Mounsey and Barbara "
             "Sugden."),

    # 2 ------------------------------------------------------------------
    ("item", "2", "TO CONSIDER THE EXTENT, IF ANY, TO WHICH THE PUBLIC AND PRESS ARE TO BE "
                  "EXCLUDED FROM THE MEETING."),
    ("body", "There were no items where the public and press were to be excluded."),

    # 3 ------------------------------------------------------------------
    ("item", "3", "DECLARATIONS OF INTEREST, IF ANY."),
    ("body", "Councillor Kerry Fenwick declared a non-pecuniary interest in Agenda Item No. 6, "
             "Children in Care and Care Leavers: Placement Sufficiency Update, by virtue of being "
             "an approved foster carer for the City of Marrbrook Council. Councillor Fenwick "
             "remained in the meeting and took part in the discussion of the item."),

    # 4 ------------------------------------------------------------------
    ("item", "4", "MINUTES OF THE CHILDREN AND YOUNG PEOPLE OVERVIEW AND SCRUTINY PANEL "
                  "MEETING HELD ON 18TH SEPTEMBER, 2025."),
    ("body", "**RESOLVED** that the minutes of the meeting held on 18th September, 2025, be "
             "approved as a correct record and signed by the Chair."),

    # 5 ------------------------------------------------------------------
    ("item", "5", "PUBLIC STATEMENTS."),
    ("body", "There were no public statements made."),

    # 6 ------------------------------------------------------------------
    ("item", "6", "CHILDREN IN CARE AND CARE LEAVERS: PLACEMENT SUFFICIENCY UPDATE."),
    ("body", "The Panel received a report which provided an update on the Children in Care and "
             "Care Leavers Sufficiency Strategy 2024-2027, including the number of children in "
             "care, the types of placement being used, the progress made against the ‘Homes "
             "Closer to Home’ programme and the accommodation available to young people leaving "
             "care. Councillor Natalie Grayson, Cabinet Member for Children’s Social Care, "
             "Communities and Equalities, introduced the item and Mark Hebblethwaite, Assistant "
             "Director, Children’s Social Care, presented the report. Members were informed that "
             "at the end of September 2025 there were 612 children in care in Marrbrook, a rate "
             "of 94 per 10,000 children, which remained above the regional average, and that "
             "the number of children living in residential children’s homes had increased from "
             "71 to 78 over the previous twelve months, with the majority of these homes being "
             "run by external providers."),
    ("body", "A discussion took place and the following areas were covered:"),
    ("body", "**Placements outside Marrbrook** – A Member asked how many children were currently "
             "living in placements outside the city boundary and how far away the furthest "
             "placement was. It was explained that 143 children were placed outside Marrbrook, "
             "of whom 52 were more than twenty miles away, and that the furthest placement was "
             "in Cumbria, which had been made to meet a young person’s very specific therapeutic "
             "needs. The Assistant Director added that every child placed at a distance was "
             "visited by their social worker at least every six weeks, which was more often "
             "than the statutory minimum."),
    ("body", "**Private providers** – Concern was expressed about the proportion of residential "
             "placements which were purchased from private providers and the level of profit "
             "being made by some of the large national companies, with one Member commenting "
             "that the Council was paying in excess of £8,000 per week for some placements. In "
             "response, the Director of Children’s Services stated that she shared the Panel’s "
             "frustration with the market and that the Council was doing everything it could to "
             "reduce its reliance on it, including opening two further in-house children’s homes "
             "in 2026 at Carr Lane and Whinmoor Road, which would provide eight additional beds. "
             "She added that the Council was working with the other South Riding authorities on "
             "a regional approach to commissioning and was contributing to the national "
             "discussions on a cap on profits."),
    ("body", "**Fostering** – Councillor Pettinger queried what was being done to recruit more of "
             "the Council’s own foster carers, given that the number of mainstream fostering "
             "households had fallen again. Members were informed that the Fostering Marrbrook "
             "campaign had received 96 enquiries since its launch in June, that eleven "
             "households were currently being assessed and that the Council had increased its "
             "fee and allowance offer from April 2025, which had helped to retain experienced "
             "carers. It was noted that the number of households approved remained lower than "
             "the number leaving, largely due to retirement."),
    ("body", "**Unregistered provision** – Members sought reassurance about the use of "
             "unregistered children’s homes, which had been highlighted nationally by Ofsted. It "
             "was confirmed that there were two young people in unregistered settings at the time "
             "of the meeting, that both placements had been notified to Ofsted and were reviewed "
             "weekly by the Assistant Director, and that both providers had applied for "
             "registration."),
    ("body", "**Care leavers and accommodation** – A Member asked whether any care leavers were "
             "living in bed and breakfast accommodation and what was being done to increase the "
             "supply of supported accommodation for young people leaving care. The Cabinet "
             "Member confirmed that no care leaver had been placed in bed and breakfast since "
             "February 2025 and that the Council had agreed a protocol with Marrbrook Homes to "
             "give care leavers priority for one-bedroom tenancies, with 19 young people having "
             "been housed through the protocol so far this year."),
    ("body", "**Voice of children in care** – A Member requested that members of the Children in "
             "Care Council be invited to a future meeting of the Panel so that Members could hear "
             "directly from young people about their experience of living away from home."),
    ("body", "Councillor Akhtar commented that the report was very detailed but that it would "
             "help Members if future reports included a short summary of the key figures at the "
             "front."),
    ("body", "**RESOLVED** that the Panel:"),
    ("clause", "1.", "note the information contained within the report and the discussion held; "
                     "and"),
    ("clause", "2.", "request that a further update on the opening of the two in-house children’s "
                     "homes be provided at its meeting in March 2026."),

    # 7 ------------------------------------------------------------------
    ("item", "7", "SPECIAL EDUCATIONAL NEEDS AND DISABILITIES (SEND): EDUCATION, HEALTH AND CARE "
                  "PLAN TIMELINESS AND HIGH NEEDS BLOCK UPDATE."),
    ("body", "The Panel considered a report which set out the current position in relation to the "
             "timeliness of Education, Health and Care Plans (EHCPs), the progress of the SEND "
             "Local Area Partnership’s Priority Action Plan following the inspection in February "
             "2025, and the financial position of the High Needs Block of the Dedicated Schools "
             "Grant. Councillor Imran Sadiq, Cabinet Member for Education, Skills and Young "
             "People, introduced the item and highlighted that the number of children and young "
             "people with an EHCP in Marrbrook had risen to 4,318, an increase of 14 per cent in "
             "a year, with the largest growth in the primary phase. Dr Ruth Okafor, Head of "
             "Service, SEND and Inclusion, presented the report."),
    ("body", "A discussion took place and the following areas were covered:"),
    ("body", "**Timeliness of plans** – A Member asked why the percentage of new EHCPs issued "
             "within the statutory twenty week timescale had fallen to 38 per cent, compared with "
             "61 per cent in the previous year. It was explained that requests for statutory "
             "assessment had risen by 27 per cent, that there had been a shortage of educational "
             "psychologists both locally and nationally, and that the service had chosen to "
             "prioritise clearing the oldest cases, which had depressed the in-year figure. The "
             "Head of Service advised that performance for plans requested since July was on "
             "track to exceed 50 per cent by the end of the financial year."),
    ("body", "**Educational psychologists** – Concern was raised regarding the cost of using "
             "agency educational psychologists to complete statutory advice and whether this was "
             "sustainable. Members were informed that the Council currently used five agency "
             "educational psychologists at a cost significantly higher than that of employed "
             "staff, and that two trainee educational psychologists would join the service in "
             "September 2026 under the regional training scheme."),
    ("body", "**Communication with families** – Councillor Kitching commented that parents in her "
             "ward had told her that they could wait weeks for a reply from their SEND caseworker "
             "and that they often did not know who was dealing with their child’s plan. In "
             "response, the Head of Service acknowledged that communication had not been good "
             "enough, apologised to those families affected and explained that a duty caseworker "
             "telephone line had been introduced in October and that each family would now be "
             "given a named caseworker within five working days of a request being received."),
    ("body", "**High Needs Block** – A Member queried the size of the cumulative deficit on the "
             "High Needs Block and what would happen when the statutory override came to an end "
             "in March 2028. It was noted that the cumulative deficit was forecast to reach "
             "£31.4m by the end of 2025/26, and that the Council, like many others, was awaiting "
             "the Government’s proposals for SEND reform and for dealing with historic deficits, "
             "which were expected in the forthcoming Schools White Paper."),
    ("body", "**Independent special schools** – In response to a question about the number of "
             "children placed in independent and non-maintained special schools, Dr Okafor "
             "reported that 212 children attended such schools at an average annual cost of "
             "£63,000 per place, compared with around £24,000 in a maintained special school, and "
             "that the opening of the new Elmfield Academy specialist provision in September "
             "2026 would create 120 places in the city."),
    ("body", "**Home to school transport** – A Member commented that the Panel should look at the "
             "effect of the changes to the Home to School Transport Policy on children with SEND "
             "and their families, as several parents had raised concerns with them about longer "
             "journey times and shared transport."),
    ("body", "**RESOLVED** that the Panel:"),
    ("clause", "1.", "note the update on EHCP timeliness and the High Needs Block; and"),
    ("clause", "2.", "recommend to Cabinet that additional permanent educational psychology "
                     "capacity be considered as part of the 2026/27 budget setting process."),

    # 8 ------------------------------------------------------------------
    ("item", "8", "EMOTIONAL WELLBEING AND MENTAL HEALTH SUPPORT FOR CHILDREN AND YOUNG PEOPLE."),
    ("body", "The Panel received a presentation from Sarah Lindley, Deputy Director of Nursing and "
             "Quality, South Riding Integrated Care Board (Marrbrook Place), and Ian Tordoff, "
             "Service Director, Children and Young People’s Mental Health Services, Marrbrook "
             "Community Health NHS Foundation Trust, on the local offer of emotional wellbeing "
             "and mental health support for children and young people. The presentation covered "
             "the Child and Adolescent Mental Health Service (CAMHS), the Mental Health Support "
             "Teams working in schools, the neurodevelopmental pathway for autism and ADHD, "
             "support for children and young people in crisis and the online counselling offer. "
             "Members were informed that referrals to CAMHS had increased by 18 per cent in "
             "2024/25, that the average wait for a first appointment was now nine weeks, down "
             "from fourteen weeks a year earlier, and that the Trust had recruited to all but "
             "three of its clinical posts."),
    ("body", "A discussion took place and the following areas were covered:"),
    ("body", "**Neurodevelopmental assessments** – A Member asked how long children were currently "
             "waiting for an autism or ADHD assessment. Ian Tordoff explained that the average "
             "wait from referral to assessment was 74 weeks, with over 2,100 children on the "
             "waiting list, and that the Trust had commissioned an independent provider to "
             "complete an additional 600 assessments during 2025/26. He added that demand had "
             "more than doubled since 2021 and that the position was similar across the country."),
    ("body", "**Mental Health Support Teams** – Councillor Bramall queried why only 31 of the "
             "city’s 118 schools were covered by a Mental Health Support Team. It was explained "
             "that the teams were funded nationally by NHS England in waves and that Marrbrook "
             "had been allocated two further teams from April 2026, which would extend coverage "
             "to around half of all pupils."),
    ("body", "**Children in crisis** – Concern was expressed about children and young people in "
             "mental health crisis waiting for long periods on the children’s ward at Marrbrook "
             "Royal Infirmary while a suitable placement was found. Sarah Lindley acknowledged "
             "that this was a significant issue and advised that the ICB and the Council were "
             "jointly developing a crisis and short break provision for young people with complex "
             "needs, and that a joint funding proposal would be presented to the Health and "
             "Wellbeing Board in the new year."),
    ("body", "**Children in care** – A Member asked whether children in care were prioritised for "
             "CAMHS. Members were informed that there was a dedicated children in care mental "
             "health team which worked alongside social workers, and that children in care were "
             "seen within four weeks of referral."),
    ("body", "**Online support** – Reference was made to the online counselling service "
             "commissioned by the ICB and a Member questioned how the effectiveness of the service "
             "was being measured. It was explained that the contract included outcome measures "
             "and that feedback from young people using the service was reviewed quarterly, with "
             "83 per cent of users saying that they would recommend it to a friend."),
    ("body", "The Chair requested that a breakdown of the neurodevelopmental waiting list by ward "
             "be circulated to Members of the Panel."),
    ("body", "Members also commented that they welcomed the work of the school nursing service and "
             "of the Healthy Minds ambassadors in secondary schools."),
    ("body", "The Panel noted the presentation and the Chair thanked Sarah Lindley and Ian Tordoff "
             "for their attendance."),

    # 9 ------------------------------------------------------------------
    ("item", "9", "OVERVIEW AND SCRUTINY WORK PLAN 2025/26 AND FORWARD PLAN OF KEY DECISIONS "
                  "UPDATE."),
    ("body", "The Senior Governance Officer presented the Overview and Scrutiny Work Plan 2025/26 "
             "and the Forward Plan of Key Decisions for the period 1st December, 2025 to 31st "
             "March, 2026. Members were reminded that the Panel’s meeting on 15th January, 2026 "
             "would consider the Youth Justice Plan and the annual report of the Marrbrook "
             "Safeguarding Children Partnership."),
    ("body", "A Member asked whether the outcome of the recent inspection of the Youth Justice "
             "Service could be considered at the same meeting. The Senior Governance Officer "
             "confirmed that the inspection report was expected to be published in December and "
             "that it would be added to the January agenda if available."),
    ("body", "Following the discussion under minute numbers 6 and 7 above, it was agreed that an "
             "item on the Children in Care Council and an item on the impact of the Home to "
             "School Transport Policy on children with SEND be added to the work plan."),
    ("body", "**RESOLVED** that the Panel note the Overview and Scrutiny Work Plan 2025/26 and the "
             "Forward Plan of Key Decisions."),
    ("gap", 10),
    ("sign",),
]


# ---------------------------------------------------------------------------
# Gold for the minutes
# ---------------------------------------------------------------------------
CYP = "children-and-families"


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Children and Young People Overview and Scrutiny Panel",
    "meeting_date": "2025-11-20",
    "items": [
        {"number": "1", "title": "APOLOGIES FOR ABSENCE."},
        {"number": "2", "title": "TO CONSIDER THE EXTENT, IF ANY, TO WHICH THE PUBLIC AND PRESS "
                                 "ARE TO BE EXCLUDED FROM THE MEETING."},
        {"number": "3", "title": "DECLARATIONS OF INTEREST, IF ANY."},
        {"number": "4", "title": "MINUTES OF THE CHILDREN AND YOUNG PEOPLE OVERVIEW AND SCRUTINY "
                                 "PANEL MEETING HELD ON 18TH SEPTEMBER, 2025."},
        {"number": "5", "title": "PUBLIC STATEMENTS."},
        {"number": "6", "title": "CHILDREN IN CARE AND CARE LEAVERS: PLACEMENT SUFFICIENCY "
                                 "UPDATE."},
        {"number": "7", "title": "SPECIAL EDUCATIONAL NEEDS AND DISABILITIES (SEND): EDUCATION, "
                                 "HEALTH AND CARE PLAN TIMELINESS AND HIGH NEEDS BLOCK UPDATE."},
        {"number": "8", "title": "EMOTIONAL WELLBEING AND MENTAL HEALTH SUPPORT FOR CHILDREN AND "
                                 "YOUNG PEOPLE."},
        {"number": "9", "title": "OVERVIEW AND SCRUTINY WORK PLAN 2025/26 AND FORWARD PLAN OF KEY "
                                 "DECISIONS UPDATE."},
    ],
    "questions": [
        # 6 -------------------------------------------------------------
        q("6", "question",
          "how many children were currently living in placements outside the city boundary",
          None,
          "143 children were placed outside Marrbrook, of whom 52 were more than twenty miles away",
          None, [CYP]),
        q("6", "concern",
          "Concern was expressed about the proportion of residential placements which were "
          "purchased from private providers",
          None,
          "reduce its reliance on it, including opening two further in-house children’s homes",
          "Director of Children’s Services", ["privatisation", "finance", CYP]),
        q("6", "question",
          "queried what was being done to recruit more of the Council’s own foster carers",
          "Councillor Pettinger",
          "the Fostering Marrbrook campaign had received 96 enquiries since its launch in June",
          None, [CYP]),
        q("6", "concern",
          "Members sought reassurance about the use of unregistered children’s homes",
          None,
          "there were two young people in unregistered settings at the time of the meeting",
          None, [CYP, "governance"]),
        q("6", "question",
          "asked whether any care leavers were living in bed and breakfast accommodation",
          None,
          "no care leaver had been placed in bed and breakfast since February 2025",
          "Cabinet Member", ["housing", CYP]),
        q("6", "request",
          "requested that members of the Children in Care Council be invited to a future meeting",
          None, None, None, [CYP, "patient-and-public-input"]),
        q("6", "comment",
          "commented that the report was very detailed but that it would help Members",
          "Councillor Akhtar", None, None, []),
        # 7 -------------------------------------------------------------
        q("7", "question",
          "asked why the percentage of new EHCPs issued within the statutory twenty week timescale",
          None,
          "requests for statutory assessment had risen by 27 per cent",
          None, [CYP, "workforce"]),
        q("7", "concern",
          "Concern was raised regarding the cost of using agency educational psychologists",
          None,
          "two trainee educational psychologists would join the service in September 2026",
          None, ["workforce", "finance", CYP]),
        q("7", "comment",
          "parents in her ward had told her that they could wait weeks for a reply",
          "Councillor Kitching",
          "a duty caseworker telephone line had been introduced in October",
          "Head of Service", [CYP]),
        q("7", "question",
          "queried the size of the cumulative deficit on the High Needs Block",
          None,
          "was awaiting the Government’s proposals for SEND reform and for dealing with historic "
          "deficits",
          None, ["finance", CYP]),
        q("7", "question",
          "the number of children placed in independent and non-maintained special schools",
          None,
          "212 children attended such schools at an average annual cost",
          "Dr Okafor", [CYP, "finance"]),
        q("7", "comment",
          "look at the effect of the changes to the Home to School Transport Policy",
          None, None, None, [CYP]),
        # 8 -------------------------------------------------------------
        q("8", "question",
          "asked how long children were currently waiting for an autism or ADHD assessment",
          None,
          "the average wait from referral to assessment was 74 weeks",
          "Ian Tordoff", ["mental-health", CYP]),
        q("8", "question",
          "queried why only 31 of the city’s 118 schools were covered",
          "Councillor Bramall",
          "the teams were funded nationally by NHS England in waves",
          None, ["mental-health", CYP]),
        q("8", "concern",
          "Concern was expressed about children and young people in mental health crisis waiting",
          None,
          "jointly developing a crisis and short break provision for young people with complex needs",
          "Sarah Lindley", ["mental-health", CYP, "integration"]),
        q("8", "question",
          "asked whether children in care were prioritised for CAMHS",
          None,
          "there was a dedicated children in care mental health team",
          None, ["mental-health", CYP]),
        q("8", "question",
          "a Member questioned how the effectiveness of the service was being measured",
          None,
          "feedback from young people using the service was reviewed quarterly",
          None, ["mental-health", "subcontracting", "patient-and-public-input"]),
        q("8", "request",
          "requested that a breakdown of the neurodevelopmental waiting list by ward be circulated",
          "Chair", None, None, ["mental-health", CYP]),
        q("8", "comment",
          "welcomed the work of the school nursing service and of the Healthy Minds ambassadors",
          None, None, None, ["mental-health", CYP]),
        # 9 -------------------------------------------------------------
        q("9", "question",
          "asked whether the outcome of the recent inspection of the Youth Justice Service",
          None,
          "it would be added to the January agenda if available",
          "Senior Governance Officer", ["governance", CYP]),
    ],
    "resolutions": [
        {"item": "4", "text": "the minutes of the meeting held on 18th September, 2025, be approved",
         "outcome": "agreed", "themes": []},
        {"item": "6", "text": "note the information contained within the report and the discussion "
                              "held",
         "outcome": "agreed", "themes": [CYP, "privatisation"]},
        {"item": "7", "text": "recommend to Cabinet that additional permanent educational psychology "
                              "capacity be considered",
         "outcome": "recommended", "themes": ["workforce", "finance", CYP]},
        {"item": "8", "text": "The Panel noted the presentation and the Chair thanked Sarah Lindley",
         "outcome": "noted", "themes": ["mental-health"]},
        {"item": "9", "text": "an item on the Children in Care Council and an item on the impact",
         "outcome": "agreed", "themes": [CYP]},
        {"item": "9", "text": "that the Panel note the Overview and Scrutiny Work Plan 2025/26",
         "outcome": "noted", "themes": []},
    ],
    "attendees": [
        {"name": "Councillor Julie Harwood", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Paul Oxley", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Shabana Akhtar", "role": None, "attendance": "present"},
        {"name": "Dean Bramall", "role": None, "attendance": "present"},
        {"name": "Kerry Fenwick", "role": None, "attendance": "present"},
        {"name": "Martin Greaves", "role": None, "attendance": "present"},
        {"name": "Lorraine Kitching", "role": None, "attendance": "present"},
        {"name": "Stuart Pettinger", "role": None, "attendance": "present"},
        {"name": "Mrs Helen Rawnsley", "role": "Parent Governor Representative",
         "attendance": "present"},
        {"name": "Councillor Natalie Grayson",
         "role": "Cabinet Member for Children’s Social Care, Communities and Equalities",
         "attendance": "in_attendance"},
        {"name": "Councillor Imran Sadiq",
         "role": "Cabinet Member for Education, Skills and Young People",
         "attendance": "in_attendance"},
        {"name": "Joanne Whitlam", "role": "Director of Children’s Services",
         "attendance": "in_attendance"},
        {"name": "Mark Hebblethwaite", "role": "Assistant Director, Children’s Social Care",
         "attendance": "in_attendance"},
        {"name": "Dr Ruth Okafor", "role": "Head of Service, SEND and Inclusion",
         "attendance": "in_attendance"},
        {"name": "Sarah Lindley",
         "role": "Deputy Director of Nursing and Quality, South Riding Integrated Care Board "
                 "(Marrbrook Place)",
         "attendance": "in_attendance"},
        {"name": "Ian Tordoff",
         "role": "Service Director, Children and Young People’s Mental Health Services, "
                 "Marrbrook Community Health NHS Foundation Trust",
         "attendance": "in_attendance"},
        {"name": "Yvonne Cheetham", "role": "Senior Governance Officer",
         "attendance": "in_attendance"},
        {"name": "Gary Mounsey", "role": None, "attendance": "apologies"},
        {"name": "Barbara Sugden", "role": None, "attendance": "apologies"},
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# PDF writer
# ---------------------------------------------------------------------------
def build_minutes_pdf(path: Path) -> None:
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("Body", "", 9)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = MinutesPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Printed minutes 20th-Nov-2025 10.00 Children and Young People Overview and "
                  "Scrutiny Panel")
    pdf.set_author("City of Marrbrook Council")
    pdf.set_creator("Microsoft Word")
    pdf.add_font("Body", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("Body", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    left = 20
    col = 34           # the minute's column, beside the margin numbers
    right_w = 210 - 20 - col
    lh = 5.6           # line height

    for block in MINUTES:
        kind = block[0]
        if kind == "centre":
            pdf.set_font("Body", "B", 12)
            pdf.set_x(left)
            pdf.multi_cell(0, 6.5, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "gap":
            pdf.ln(block[1])
        elif kind == "para":
            pdf.set_font("Body", "", 11)
            pdf.set_x(left)
            pdf.multi_cell(0, lh, block[1], align="J", markdown=True, new_x="LMARGIN",
                           new_y="NEXT")
        elif kind == "label":
            pdf.set_font("Body", "B", 11)
            pdf.set_x(left)
            pdf.cell(0, lh, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "line":
            pdf.set_font("Body", "", 11)
            pdf.set_x(col)
            pdf.multi_cell(right_w, lh, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "item":
            _, number, title = block
            pdf.ln(3)
            # keep a title with at least two lines of its minute
            if pdf.get_y() > 297 - 22 - 24:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_font("Body", "B", 11)
            pdf.set_xy(left, y)
            pdf.cell(col - left, lh, number)
            pdf.set_xy(col, y)
            pdf.multi_cell(right_w, lh, title, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "body":
            pdf.set_font("Body", "", 11)
            pdf.set_x(col)
            pdf.multi_cell(right_w, lh, block[1], align="J", markdown=True, new_x="LMARGIN",
                           new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "clause":
            _, number, text = block
            pdf.set_font("Body", "", 11)
            y = pdf.get_y()
            pdf.set_xy(col + 4, y)
            pdf.cell(8, lh, number)
            pdf.set_xy(col + 12, y)
            pdf.multi_cell(right_w - 12, lh, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "sign":
            pdf.set_font("Body", "B", 11)
            pdf.set_x(left)
            pdf.cell(0, lh, "CHAIR: ______________________________        "
                            "DATE: ______________________", new_x="LMARGIN", new_y="NEXT")
        else:
            raise ValueError(kind)

    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The report (not minutes): a Word report to the same panel
# ---------------------------------------------------------------------------
def build_report_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(12)

    def para(text="", bold=False, align=None, size=None):
        p = doc.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
        if align:
            p.alignment = align
        return p

    def numbered(n, text):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Pt(36)
        p.paragraph_format.first_line_indent = Pt(-36)
        p.add_run(f"{n}.\t{text}")
        return p

    def heading(text):
        return para(text, bold=True)

    def table(rows, widths=None, bold_first_col=False, header=False):
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                cell.text = ""
                r = cell.paragraphs[0].add_run(val)
                if (header and i == 0) or (bold_first_col and j == 0):
                    r.bold = True
        doc.add_paragraph()
        return t

    para("Report", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, size=20)
    para("Date: 20th November, 2025", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para("To the Chair and Members of the Children and Young People Overview and Scrutiny Panel",
         bold=True)
    para("CHILDREN IN CARE AND CARE LEAVERS: PLACEMENT SUFFICIENCY UPDATE", bold=True)
    table([
        ["Relevant Cabinet Member(s)", "Wards Affected", "Key Decision"],
        ["Councillor Natalie Grayson, Cabinet Member for Children’s Social Care, Communities "
         "and Equalities", "All", "No"],
    ], header=True)

    heading("EXEMPT REPORT")
    numbered(1, "This report is not exempt.")

    heading("PURPOSE OF THE REPORT")
    numbered(2, "To provide the Children and Young People Overview and Scrutiny Panel with an "
                "update on the delivery of the Children in Care and Care Leavers Sufficiency "
                "Strategy 2024-2027 and on the ‘Homes Closer to Home’ programme, so that the "
                "Panel can consider whether the Council is meeting its sufficiency duty under "
                "section 22G of the Children Act 1989.")

    heading("EXECUTIVE SUMMARY")
    numbered(3, "At 30th September 2025 the City of Marrbrook Council was corporate parent to 612 "
                "children, a rate of 94 per 10,000 children. This compares with 87 per 10,000 in "
                "our statistical neighbours and 71 per 10,000 in England.")
    numbered(4, "The number of children living in residential children’s homes has increased "
                "from 71 to 78 in the last twelve months. Sixty-six of these children live in "
                "homes run by external providers, at an average weekly cost of £6,140, and 52 "
                "children in all placement types live more than twenty miles from Marrbrook.")
    numbered(5, "The Council’s first two in-house children’s homes, opened in 2024, are both "
                "rated Good by Ofsted. Two further homes, at Carr Lane and Whinmoor Road, are due "
                "to open in spring and summer 2026 and will provide eight additional beds.")

    heading("RECOMMENDATIONS")
    numbered(6, "That the Panel notes the progress made against the Sufficiency Strategy and "
                "comments on the priorities for 2026/27 set out in paragraph 21 of this report.")
    numbered(7, "That the Panel considers whether it wishes to receive a further update on the "
                "opening of the Carr Lane and Whinmoor Road homes at a future meeting.")

    heading("WHAT DOES THIS MEAN FOR THE CITIZENS OF MARRBROOK?")
    numbered(8, "More children in care will be able to live in a family or in a home close to "
                "their school, their friends and their family, and more care leavers will have a "
                "safe and settled home when they leave care.")

    heading("BACKGROUND")
    numbered(9, "The Sufficiency Strategy was approved by Cabinet in March 2024. It sets four "
                "priorities: more Marrbrook foster carers; more homes in Marrbrook for children "
                "with complex needs; fewer children placed at a distance; and a housing pathway "
                "for every care leaver.")
    numbered(10, "Progress against each priority is summarised in the table below.")
    table([
        ["Priority", "Target 2025/26", "Position at Q2", "RAG"],
        ["Net increase in fostering households", "+15", "-4", "Red"],
        ["In-house residential beds", "16", "8", "Amber"],
        ["Children placed over 20 miles away", "Below 45", "52", "Amber"],
        ["Care leavers in suitable accommodation (19-21)", "95%", "93%", "Green"],
    ], header=True)

    heading("WHAT CHILDREN AND YOUNG PEOPLE TOLD US")
    numbered(11, "The Children in Care Council met in September 2025 to help shape this update. "
                 "The questions they asked us were:")
    for text in [
        "“Why do some of us have to move so far away from our schools?”",
        "“Will there be more children’s homes in Marrbrook, and can we help choose the staff?”",
        "“When we turn eighteen, can we stay with our foster carers if we want to?”",
        "“Why do we have to wait so long to get our own flat?”",
    ]:
        p = doc.add_paragraph(text, style="List Bullet")
    numbered(12, "Young people have been invited to sit on the interview panels for the managers "
                 "of the two new homes, and the Staying Put policy has been revised so that every "
                 "young person who wishes to remain with their foster carer after eighteen can "
                 "do so.")

    heading("ISSUES THE PANEL MAY WISH TO EXPLORE")
    numbered(13, "Members may wish to ask officers:")
    for text in [
        "How is the Council reducing its reliance on high-cost external residential placements?",
        "What is being done to recruit and retain Marrbrook foster carers?",
        "How are children placed at a distance visited and supported?",
        "What assurance can be given about the use of unregistered provision?",
    ]:
        doc.add_paragraph(text, style="List Bullet")

    heading("OPTIONS CONSIDERED")
    numbered(14, "This report is for information and comment; there are no options to consider.")
    heading("REASONS FOR RECOMMENDED OPTION")
    numbered(15, "Not applicable.")

    heading("IMPACT ON THE COUNCIL’S KEY OUTCOMES")
    table([
        ["Outcomes", "Implications"],
        ["Marrbrook Learning: Our vision is for learning that prepares all children, young "
         "people and adults for a life that is fulfilling", "Children who remain close to "
         "home are more likely to stay in the same school."],
        ["Marrbrook Caring: Our vision is for a city that cares together for its most "
         "vulnerable residents", "Sufficient local homes help the Council to meet its duties "
         "as a corporate parent."],
    ], header=True)

    heading("RISKS AND ASSUMPTIONS")
    numbered(16, "The main risk is that the external residential market continues to grow in "
                 "cost faster than the Council’s budget. This is recorded on the Children’s "
                 "Services Directorate risk register.")

    heading("LEGAL IMPLICATIONS [Officer Initials: SRF | Date: 29/10/25]")
    numbered(17, "Section 22G of the Children Act 1989 requires the Council to take steps to "
                 "secure, so far as reasonably practicable, sufficient accommodation within its "
                 "area to meet the needs of the children it looks after.")
    heading("FINANCIAL IMPLICATIONS [Officer Initials: HLB | Date: 30/10/25]")
    numbered(18, "The 2025/26 budget for external placements is £38.2m. At Quarter 2 a pressure "
                 "of £3.1m is forecast, which is reported in the Quarter 2 Finance and "
                 "Performance Improvement Report to Cabinet.")
    heading("HUMAN RESOURCES IMPLICATIONS [Officer Initials: KW | Date: 30/10/25]")
    numbered(19, "Recruitment to the staff teams for the two new homes will begin in January "
                 "2026.")
    heading("CONSULTATION")
    numbered(20, "The Children in Care Council and the Care Leavers’ Forum have been consulted "
                 "on this update.")
    heading("PRIORITIES FOR 2026/27")
    numbered(21, "Open the Carr Lane and Whinmoor Road homes; launch a mockingbird constellation "
                 "for foster carers in the north of the city; and agree a joint commissioning "
                 "framework with the other South Riding authorities.")

    heading("BACKGROUND PAPERS")
    para("Children in Care and Care Leavers Sufficiency Strategy 2024-2027 (Cabinet, 13th March "
         "2024).")
    heading("GLOSSARY OF ACRONYMS AND ABBREVIATIONS")
    para("RAG – Red, Amber, Green\nQ2 – Quarter 2 (July to September)")
    heading("REPORT AUTHOR & CONTRIBUTORS")
    para("Mark Hebblethwaite, Assistant Director, Children’s Social Care\n"
         "Tel: 01632 960412  E-mail: mark.hebblethwaite@marrbrook.gov.uk")
    para("Joanne Whitlam\nDirector of Children’s Services", bold=True)

    cp = doc.core_properties
    cp.author = "Mark Hebblethwaite"
    cp.last_modified_by = "Yvonne Cheetham"
    cp.title = "Children in Care and Care Leavers: Placement Sufficiency Update"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    _write_zip_deterministic(buf.getvalue(), path)


def _write_zip_deterministic(data: bytes, path: Path) -> None:
    """Re-pack a .docx with fixed timestamps so the output is byte-for-byte stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 27, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------
def normalise(text: str) -> str:
    text = text.lower()
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("P"))
    return re.sub(r"\s+", " ", text).strip()


def document_text(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("lq-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = DOCS / gold["document"]
        if not doc_path.exists():
            print(f"MISSING document {doc_path}")
            problems += 1
            continue
        text = " " + normalise(document_text(doc_path)) + " "
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question text", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for label, phrase in phrases:
            n_words = len(phrase.split())
            norm = normalise(phrase)
            count = text.count(" " + norm + " ")
            if count != 1:
                print(f"{gold_path.name}: {label} occurs {count} times: {phrase!r}")
                problems += 1
            if not 6 <= n_words <= 15:
                print(f"{gold_path.name}: {label} has {n_words} words: {phrase!r}")
                problems += 1
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    if problems:
        print(f"{problems} problem(s)")
        return 1
    print("check passed")
    return 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes_pdf(DOCS / MINUTES_NAME)
    build_report_docx(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}")
    print(f"wrote {DOCS / REPORT_NAME}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
