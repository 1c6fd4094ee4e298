#!/usr/bin/env python3
"""Build the "lb-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_lb.py           build documents/lb-* and gold/lb-*.json
        build_lb.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import io
import json
import re
import sys
import unicodedata
import zipfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED = datetime(2025, 3, 14, 9, 30, 0, tzinfo=timezone.utc)

MINUTES_NAME = "lb-brackwater-adult-social-care-policy-committee-2025-03-10.pdf"
REPORT_NAME = "lb-brackwater-home-care-recommissioning-decision-pathway-report.docx"

COMMITTEE = "Adult Social Care Policy Committee"

# --------------------------------------------------------------------------------------
# The minutes. Blocks: ("item", number, title) | ("p", text) | ("b", text) |
# ("label", text) | ("num", n, text) | ("table", header, rows, widths) | ("gap",)
# --------------------------------------------------------------------------------------

MEMBERS = (
    "Councillors: Helen Tregarthen (Chair), Marcus Obi (Vice-Chair), Lionel Ashdown, "
    "Yusuf Adeyemi-Clarke, Dominic Esterhuizen, Rosalind Fenwick-Hart, Priya Lalwani, "
    "Sian Morecambe and Gareth Pennock"
)
OFFICERS = (
    "Ruth Kilbride – Executive Director: Adults and Communities, Owen Trask – Director: "
    "Adult Social Care, Nadia Fairclough – Head of Commissioning (Adults), Simon Achterberg – "
    "Finance Business Partner, Kerry Lomax – Democratic Services Officer"
)
ALSO = (
    "Dr Imogen Saltash – Director of Integrated Care, Brackwater and Northwold Integrated Care "
    "Board; Mark Ellery – Head of Patient Flow, Brackwater Hospitals NHS Foundation Trust"
)

BLOCKS: list[tuple] = [
    ("item", "1", "Welcome, Introductions and Safety Information"),
    ("p", "The Chair welcomed everyone to the meeting and those present introduced themselves. "
          "The Chair explained the emergency evacuation procedure and reminded those present that "
          "the meeting was being webcast live and would be available to view on the Council's "
          "website afterwards."),

    ("item", "2", "Apologies for Absence and Substitutions"),
    ("p", "Apologies were received from Councillor Bella Quennell, who was substituted by "
          "Councillor Lionel Ashdown, and from Councillor Fergus Dunmore."),

    ("item", "3", "Declarations of Interest"),
    ("p", "Councillor Gareth Pennock declared a non-pecuniary interest in agenda item 9 (Home Care "
          "Recommissioning – Approval to Procure) as a close family member is employed by a home "
          "care provider operating in the city. He remained in the meeting for that item."),
    ("p", "There were no other declarations of interest."),

    ("item", "4", "Minutes of the Previous Meeting"),
    ("p", "RESOLVED: That the minutes of the meeting held on 13 January 2025 be confirmed as a "
          "correct record and signed by the Chair."),

    ("item", "5", "Chair's Business"),
    ("p", "The Chair reported that:"),
    ("b", "the informal workshop for members on the adult social care charging policy had taken "
          "place on 24 February 2025, and a note of the workshop had been circulated to all members "
          "of the Committee;"),
    ("b", "the Care Quality Commission's assessment of the Council's adult social care functions "
          "was now expected to take place in the summer, and the Executive Director would brief "
          "members as soon as a date had been confirmed;"),
    ("b", "this was the last scheduled meeting of the municipal year, and she thanked members, "
          "officers and the members of the public who had taken part in the Committee's meetings "
          "during the year."),

    ("item", "6", "Public Forum"),
    ("label", "Questions"),
    ("p", "The Committee received five written questions from members of the public (PQ01 – PQ05). "
          "The questions and the written responses had been published before the meeting and are "
          "available on the Council's website."),
    ("p", "Supplementary questions were asked and answered as follows:"),
    ("label", "PQ01 – Andrea Pellow – Day services at Marlpit Lane"),
    ("p", "Supplementary question: Ms Pellow asked whether the families who currently use the "
          "Marlpit Lane day centre would be consulted before any decision on its future was brought "
          "to the Committee."),
    ("p", "Response: The Director: Adult Social Care confirmed that no decision had been made, and "
          "that any proposal affecting Marlpit Lane would be subject to a full consultation with "
          "the people who use the centre and their carers before it came to the Committee."),
    ("label", "PQ03 – Dennis Yarrow – Waiting times for Care Act assessments"),
    ("p", "Supplementary question: Mr Yarrow asked how many people had been waiting more than six "
          "months for an assessment at the end of December 2024."),
    ("p", "Response: The Executive Director: Adults and Communities said that she did not have the "
          "figure to hand and would provide a written answer to Mr Yarrow after the meeting."),
    ("label", "PQ04 – Faye Oduya – Pay for home care workers"),
    ("p", "Ms Oduya was not present at the meeting and the written response will be sent to her."),
    ("label", "PQ05 – Kwame Boateng – Transport charges for day services"),
    ("p", "Supplementary question: Mr Boateng asked whether the Council would publish the number of "
          "people who had stopped attending day services since the transport charge was introduced "
          "in October."),
    ("p", "Response: The Director: Adult Social Care said that the figures would be included in the "
          "review of the charging policy that was due to come to the Committee in June."),
    ("label", "Statements"),
    ("p", "The following statements were received:"),
    ("table", ("Ref", "Name", "Title"), [
        ("PS01", "Harbourside Carers' Network", "Respite for unpaid carers"),
        ("PS02", "Colin Marsh", "Agenda item 9 – Home Care Recommissioning"),
        ("PS03", "Brackwater Care Workers' Branch", "Home care workers' travel time"),
        ("PS04", "Eileen Vosper", "Agenda item 10 – Discharge from hospital"),
    ], (22, 60, 74)),
    ("label", "Petitions"),
    ("p", "None received."),

    ("item", "7", "Work Programme"),
    ("p", "The Committee considered its work programme for the remainder of 2024/25 and the items "
          "proposed for the first meetings of the 2025/26 municipal year."),
    ("p", "Councillor Sian Morecambe requested that a report on the support available to people "
          "living with dementia and their carers be added to the work programme for the autumn. "
          "The Chair agreed that this would be discussed with officers at the next agenda-setting "
          "meeting."),
    ("p", "Councillor Dominic Esterhuizen asked that the annual complaints and compliments report be "
          "brought to the June meeting rather than to September, so that it could be considered "
          "alongside the Local Account."),
    ("p", "The Committee noted the work programme."),

    ("item", "8", "Adult Social Care Performance and Finance Report – Quarter 3 2024/25"),
    ("p", "The Director: Adult Social Care and the Finance Business Partner introduced the report, "
          "which set out performance against the key indicators in the Adult Social Care Plan "
          "2023–2027 and the forecast outturn for the service at the end of Quarter 3. The forecast "
          "overspend for adult social care was £4.6m, mainly as a result of the increased number and "
          "cost of packages of care for working-age adults with complex needs, partly offset by "
          "one-off grant income and by vacancies in the commissioning team. The number of people "
          "waiting for a Care Act assessment had fallen from 1,240 in April 2024 to 860 at the end of "
          "December 2024, and the median wait had reduced from 71 days to 38 days. Of the 23 "
          "performance indicators reported, 12 were rated green, 7 amber and 4 red; the four "
          "indicators rated red related to reviews, the proportion of people receiving direct "
          "payments, the timeliness of safeguarding enquiries and admissions of older people to "
          "permanent residential and nursing care."),
    ("p", "The following points were raised in discussion:"),
    ("b", "Councillor Marcus Obi asked what proportion of the £4.6m overspend was expected to recur "
          "in 2025/26. The Finance Business Partner said that around £3.1m was considered to be "
          "recurrent, and that this had been built into the budget for 2025/26 which had been "
          "approved by Full Council in February."),
    ("b", "Members expressed concern that the number of people waiting more than 28 days for a review "
          "of their care package had risen for the third quarter in a row. The Director: Adult Social "
          "Care explained that reviews had been given a lower priority while the service reduced the "
          "backlog of new assessments, and that a dedicated reviewing team of six social workers had "
          "been in place since January."),
    ("b", "Councillor Priya Lalwani asked how much of the staffing budget was being spent on agency "
          "social workers. Officers advised that 14 of the 112 social worker posts were currently "
          "filled by agency staff, compared with 23 a year earlier, and that the regional agreement "
          "on agency pay rates was helping to bring costs down."),
    ("b", "Councillor Yusuf Adeyemi-Clarke queried why the number of people receiving direct "
          "payments had fallen when the Council's stated policy was to increase take-up. He was "
          "advised that some people had moved from a direct payment to an individual service fund "
          "managed by their provider, and that a review of the direct payments support service was "
          "under way."),
    ("b", "A member commented that the report would be easier to follow if each indicator showed how "
          "Brackwater compared with similar councils."),
    ("b", "Councillor Rosalind Fenwick-Hart asked about the backlog of Deprivation of Liberty "
          "Safeguards applications, which had stood at 410 at the end of December."),
    ("p", "RESOLVED: That the Adult Social Care Policy Committee:"),
    ("num", "1.", "notes the performance and forecast financial position of adult social care at "
                  "the end of Quarter 3 2024/25; and"),
    ("num", "2.", "asks officers to include comparisons with statistical neighbours in future "
                  "performance reports."),
    ("p", "(For: 9; Against: 0; Abstain: 0)"),

    ("item", "9", "Home Care Recommissioning – Approval to Procure"),
    ("p", "The Head of Commissioning (Adults) introduced the report, which sought approval to "
          "procure new contracts for home care (community support services) to start on 1 April "
          "2026, when the current contracts with 14 providers come to an end. The report proposed a "
          "move from the current arrangement, under which any provider on the framework could accept "
          "a package anywhere in the city, to six geographical zones, each with a lead provider "
          "supported by a small number of secondary providers. The estimated total value of the "
          "contracts was £312m over a maximum term of ten years (an initial term of six years with "
          "options to extend for up to four further years). Engagement with people who draw on care "
          "and support, unpaid carers and providers had taken place between October and December "
          "2024, and the findings were set out at Appendix B. An equality impact assessment was "
          "attached at Appendix D."),
    ("p", "In discussion, the following points were made:"),
    ("b", "Councillor Marcus Obi asked whether an in-house home care service had been considered as "
          "an alternative to contracting with private providers. The Head of Commissioning said that "
          "the options appraisal at Appendix C had looked at a wholly in-house service, but the "
          "start-up costs and the time needed to recruit a workforce of around 1,800 care workers "
          "meant that this was not considered deliverable by 2026. The Council's own reablement "
          "service would continue to be provided in-house."),
    ("b", "Councillor Sian Morecambe expressed concern that a lead provider model could result in large "
          "national companies winning most of the zones, and asked what weighting would be given to "
          "social value. Officers advised that social value would make up 20% of the quality score, "
          "and that the zones had been designed so that local and medium-sized providers would be "
          "able to bid, either alone or in partnership."),
    ("b", "Councillor Priya Lalwani asked whether the hourly rate in the new contracts would allow "
          "providers to pay their staff the Real Living Wage. The Executive Director: Adults and "
          "Communities said that the proposed rate of £24.86 an hour had been modelled on the Real "
          "Living Wage for contact time, but that travel time was not fully funded, and that the "
          "Council could not require providers to pay a particular rate to their employees."),
    ("b", "Councillor Dominic Esterhuizen asked how people currently receiving care would be "
          "supported if their provider changed. The Head of Commissioning explained that a "
          "transition plan would be drawn up for each zone, that nobody would have to change their "
          "care worker where their existing provider was appointed, and that people would be "
          "contacted individually at least eight weeks before any change."),
    ("b", "Councillor Lionel Ashdown commented that the engagement findings showed that people valued "
          "continuity of their care worker above everything else, and said that he hoped the "
          "specification would reflect this."),
    ("b", "A member asked what would happen if the procurement was delayed. Officers said that the "
          "current contracts could be extended for up to 12 months under their existing terms, but "
          "that this would mean continuing with rates and arrangements that were acknowledged to be "
          "inefficient."),
    ("p", "Councillor Priya Lalwani moved an amendment, seconded by Councillor Marcus Obi, to add a "
          "further recommendation “that the Committee requires the tender specification to include "
          "payment of at least the Real Living Wage to all care workers, including for travel "
          "time”. The Head of Commissioning advised that the additional cost was estimated at "
          "£2.9m a year, for which no provision had been made in the Medium Term Financial Plan."),
    ("p", "On being put to the vote, the amendment was LOST (For: 3; Against: 5; Abstain: 1)."),
    ("p", "The recommendations in the report were then moved by the Chair and seconded by Councillor "
          "Rosalind Fenwick-Hart, and on being put to the vote it was"),
    ("p", "RESOLVED: That the Adult Social Care Policy Committee:"),
    ("num", "1.", "approves the procurement of home care (community support services) on the zoned "
                  "lead provider model set out in the report, with an estimated total contract "
                  "value of £312m over a maximum term of ten years;"),
    ("num", "2.", "delegates authority to the Executive Director: Adults and Communities, in "
                  "consultation with the Chair of the Adult Social Care Policy Committee and the "
                  "Director of Finance, to award the contracts at the end of the procurement "
                  "process; and"),
    ("num", "3.", "asks that an update on the procurement, including the outcome of the evaluation, "
                  "is brought to the Committee before the contracts are awarded."),
    ("p", "(For: 6; Against: 0; Abstain: 3)"),

    ("item", "10", "Hospital Discharge and Intermediate Care – Update from the Integrated Care Board"),
    ("p", "Dr Imogen Saltash, Director of Integrated Care at the Brackwater and Northwold Integrated "
          "Care Board (ICB), and the Director: Adult Social Care gave a joint presentation on the "
          "discharge arrangements for the winter, including the discharge to assess beds funded "
          "through the Better Care Fund and the transfer of care hub at Brackwater Royal Infirmary. "
          "On an average day in January, 97 people in acute hospital beds in the city had no "
          "criteria to reside, compared with 131 a year earlier, and the average time from being "
          "ready to leave hospital to discharge had fallen to 2.4 days."),
    ("p", "Councillor Rosalind Fenwick-Hart asked why people from the city were still being placed in "
          "care homes outside Brackwater when they left hospital. Dr Saltash said that this happened "
          "when there was no suitable bed in the city on the day, particularly for people living "
          "with dementia who needed nursing care; the number of out-of-area placements had halved "
          "since the transfer of care hub opened, and people were offered a move back to the city as "
          "soon as a suitable place became available."),
    ("p", "Councillor Yusuf Adeyemi-Clarke raised concerns about the number of people readmitted to "
          "hospital within 30 days of discharge and asked whether this was being monitored. Dr Saltash "
          "confirmed that readmissions were reported to the Better Care Fund Board each month, and "
          "that the readmission rate for people discharged with reablement support was lower than "
          "for those discharged without it."),
    ("p", "In response to a question from Councillor Sian Morecambe about the future of the discharge "
          "to assess beds at Fernhill Court, the Director: Adult Social Care said that funding had "
          "been agreed until March 2026, and that an evaluation of the beds would inform a decision "
          "on their future in the autumn."),
    ("p", "Councillor Gareth Pennock commented that unpaid carers were often not told that a relative "
          "was about to be discharged, and that this had been raised repeatedly in statements to the "
          "Committee. Mark Ellery, Head of Patient Flow, acknowledged that communication with carers "
          "was not yet consistent across the wards, and said that the new discharge checklist "
          "included a prompt to contact the person's carer before the day of discharge."),
    ("p", "The Chair asked that the ICB share with the Committee the findings of the Healthwatch "
          "survey of patients' experience of leaving hospital when it was published. Dr Saltash "
          "agreed to circulate the findings through the Democratic Services Officer."),
    ("p", "RESOLVED: That the Committee notes the update on hospital discharge and intermediate care."),

    ("item", "11", "Date of Next Meeting"),
    ("p", "The date of the next meeting will be confirmed following the Annual Meeting of Council "
          "on 20 May 2025."),
]

# ---------------------------------------------------------------------- the gold files

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-03-10",
    "items": [
        {"number": "1", "title": "Welcome, Introductions and Safety Information"},
        {"number": "2", "title": "Apologies for Absence and Substitutions"},
        {"number": "3", "title": "Declarations of Interest"},
        {"number": "4", "title": "Minutes of the Previous Meeting"},
        {"number": "5", "title": "Chair's Business"},
        {"number": "6", "title": "Public Forum"},
        {"number": "7", "title": "Work Programme"},
        {"number": "8", "title": "Adult Social Care Performance and Finance Report – Quarter 3 2024/25"},
        {"number": "9", "title": "Home Care Recommissioning – Approval to Procure"},
        {"number": "10", "title": "Hospital Discharge and Intermediate Care – Update from the Integrated Care Board"},
        {"number": "11", "title": "Date of Next Meeting"},
    ],
    "questions": [
        # 6 Public Forum: supplementary questions
        q("6", "question",
          "asked whether the families who currently use the Marlpit Lane day centre",
          "Ms Pellow",
          "would be subject to a full consultation with the people who use the centre",
          "Director: Adult Social Care",
          ["adult-social-care", "patient-and-public-input"]),
        q("6", "question",
          "asked how many people had been waiting more than six months for an assessment",
          "Mr Yarrow",
          "she did not have the figure to hand and would provide a written answer",
          "Executive Director: Adults and Communities",
          ["adult-social-care"]),
        q("6", "question",
          "publish the number of people who had stopped attending day services",
          "Mr Boateng",
          "the figures would be included in the review of the charging policy",
          "Director: Adult Social Care",
          ["adult-social-care", "finance"]),
        # 7 Work Programme
        q("7", "request",
          "requested that a report on the support available to people living with dementia",
          "Councillor Sian Morecambe",
          "The Chair agreed that this would be discussed with officers at the next agenda-setting meeting",
          "The Chair",
          ["mental-health", "adult-social-care"]),
        q("7", "request",
          "asked that the annual complaints and compliments report be brought to the June meeting",
          "Councillor Dominic Esterhuizen",
          None, None, []),
        # 8 Performance and finance
        q("8", "question",
          "asked what proportion of the £4.6m overspend was expected to recur",
          "Councillor Marcus Obi",
          "around £3.1m was considered to be recurrent, and that this had been built",
          "Finance Business Partner",
          ["finance", "adult-social-care"]),
        q("8", "concern",
          "Members expressed concern that the number of people waiting more than 28 days",
          "Members",
          "reviews had been given a lower priority while the service reduced the backlog",
          "Director: Adult Social Care",
          ["adult-social-care", "workforce"]),
        q("8", "question",
          "asked how much of the staffing budget was being spent on agency social workers",
          "Councillor Priya Lalwani",
          "14 of the 112 social worker posts were currently filled by agency staff",
          "Officers",
          ["workforce", "finance", "adult-social-care"]),
        q("8", "question",
          "queried why the number of people receiving direct payments had fallen",
          "Councillor Yusuf Adeyemi-Clarke",
          "some people had moved from a direct payment to an individual service fund",
          None,
          ["adult-social-care"]),
        q("8", "comment",
          "A member commented that the report would be easier to follow if each indicator",
          "A member",
          None, None, []),
        q("8", "question",
          "asked about the backlog of Deprivation of Liberty Safeguards applications",
          "Councillor Rosalind Fenwick-Hart",
          None, None,
          ["adult-social-care"]),
        # 9 Home care recommissioning
        q("9", "question",
          "asked whether an in-house home care service had been considered as an alternative",
          "Councillor Marcus Obi",
          "the options appraisal at Appendix C had looked at a wholly in-house service",
          "Head of Commissioning",
          ["privatisation", "subcontracting", "workforce", "adult-social-care"]),
        q("9", "concern",
          "expressed concern that a lead provider model could result in large national companies",
          "Councillor Sian Morecambe",
          "social value would make up 20% of the quality score",
          "Officers",
          ["subcontracting", "adult-social-care"]),
        q("9", "question",
          "asked whether the hourly rate in the new contracts would allow providers to pay",
          "Councillor Priya Lalwani",
          "the proposed rate of £24.86 an hour had been modelled on the Real Living Wage",
          "Executive Director: Adults and Communities",
          ["finance", "workforce", "subcontracting", "adult-social-care"]),
        q("9", "question",
          "asked how people currently receiving care would be supported if their provider changed",
          "Councillor Dominic Esterhuizen",
          "a transition plan would be drawn up for each zone",
          "Head of Commissioning",
          ["adult-social-care"]),
        q("9", "comment",
          "commented that the engagement findings showed that people valued continuity of their care worker",
          "Councillor Lionel Ashdown",
          None, None,
          ["adult-social-care", "patient-and-public-input"]),
        q("9", "question",
          "A member asked what would happen if the procurement was delayed",
          "A member",
          "the current contracts could be extended for up to 12 months under their existing terms",
          "Officers",
          ["subcontracting"]),
        # 10 Hospital discharge
        q("10", "question",
          "asked why people from the city were still being placed in care homes outside Brackwater",
          "Councillor Rosalind Fenwick-Hart",
          "this happened when there was no suitable bed in the city on the day",
          "Dr Saltash",
          ["adult-social-care", "mental-health"]),
        q("10", "concern",
          "readmitted to hospital within 30 days of discharge and asked whether this was being monitored",
          "Councillor Yusuf Adeyemi-Clarke",
          "readmissions were reported to the Better Care Fund Board each month",
          "Dr Saltash",
          ["adult-social-care", "integration"]),
        q("10", "question",
          "about the future of the discharge to assess beds at Fernhill Court",
          "Councillor Sian Morecambe",
          "funding had been agreed until March 2026, and that an evaluation of the beds",
          "Director: Adult Social Care",
          ["adult-social-care", "integration", "finance"]),
        q("10", "comment",
          "unpaid carers were often not told that a relative was about to be discharged",
          "Councillor Gareth Pennock",
          "acknowledged that communication with carers was not yet consistent across the wards",
          "Mark Ellery, Head of Patient Flow",
          ["adult-social-care"]),
        q("10", "request",
          "asked that the ICB share with the Committee the findings of the Healthwatch survey",
          "The Chair",
          "Dr Saltash agreed to circulate the findings through the Democratic Services Officer",
          "Dr Saltash",
          ["patient-and-public-input", "adult-social-care"]),
    ],
    "resolutions": [
        {"item": "4", "text": "the minutes of the meeting held on 13 January 2025 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "7", "text": "The Committee noted the work programme", "outcome": "noted",
         "themes": []},
        {"item": "8",
         "text": "notes the performance and forecast financial position of adult social care",
         "outcome": "agreed", "themes": ["adult-social-care", "finance"]},
        {"item": "9",
         "text": "requires the tender specification to include payment of at least the Real Living Wage",
         "outcome": "rejected", "themes": ["workforce", "subcontracting", "adult-social-care"]},
        {"item": "9",
         "text": "approves the procurement of home care (community support services) on the zoned lead provider model",
         "outcome": "agreed", "themes": ["subcontracting", "finance", "adult-social-care"]},
        {"item": "10",
         "text": "notes the update on hospital discharge and intermediate care",
         "outcome": "noted", "themes": ["adult-social-care"]},
    ],
    "attendees": [
        {"name": "Helen Tregarthen", "role": "Chair", "attendance": "present"},
        {"name": "Marcus Obi", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Lionel Ashdown", "role": None, "attendance": "present"},
        {"name": "Yusuf Adeyemi-Clarke", "role": None, "attendance": "present"},
        {"name": "Dominic Esterhuizen", "role": None, "attendance": "present"},
        {"name": "Rosalind Fenwick-Hart", "role": None, "attendance": "present"},
        {"name": "Priya Lalwani", "role": None, "attendance": "present"},
        {"name": "Sian Morecambe", "role": None, "attendance": "present"},
        {"name": "Gareth Pennock", "role": None, "attendance": "present"},
        {"name": "Councillor Bella Quennell", "role": None, "attendance": "apologies"},
        {"name": "Councillor Fergus Dunmore", "role": None, "attendance": "apologies"},
        {"name": "Ruth Kilbride", "role": "Executive Director: Adults and Communities",
         "attendance": "in_attendance"},
        {"name": "Owen Trask", "role": "Director: Adult Social Care", "attendance": "in_attendance"},
        {"name": "Nadia Fairclough", "role": "Head of Commissioning (Adults)",
         "attendance": "in_attendance"},
        {"name": "Simon Achterberg", "role": "Finance Business Partner",
         "attendance": "in_attendance"},
        {"name": "Kerry Lomax", "role": "Democratic Services Officer",
         "attendance": "in_attendance"},
        {"name": "Dr Imogen Saltash",
         "role": "Director of Integrated Care, Brackwater and Northwold Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Mark Ellery",
         "role": "Head of Patient Flow, Brackwater Hospitals NHS Foundation Trust",
         "attendance": "in_attendance"},
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}

# ---------------------------------------------------------------------- PDF (minutes)


def build_minutes(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class Minutes(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("Sans", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_xy(20, 9)
            self.cell(0, 4, f"{COMMITTEE} – 10 March 2025", align="R",
                      new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(0, 0, 0)
            self.set_y(20)

        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 9)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    pdf = Minutes(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title(f"Minutes of the {COMMITTEE}, 10 March 2025")
    pdf.set_author("Brackwater City Council")
    pdf.set_creator("Modern.Gov")
    pdf.add_font("Sans", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    lh = 5.0
    body_x = 33
    full_w = pdf.w - 20 - body_x

    # Title block
    pdf.set_font("Sans", "B", 15)
    pdf.cell(0, 8, "Brackwater City Council", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "B", 12.5)
    pdf.cell(0, 7, f"Minutes of the {COMMITTEE}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Sans", "", 11)
    pdf.cell(0, 6, "10 March 2025 at 2.00 pm", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    def run_in(label: str, text: str) -> None:
        pdf.set_font("Sans", "B", 10)
        pdf.cell(0, lh, label, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("Sans", "", 10)
        pdf.multi_cell(0, lh, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3)

    run_in("Members Present:-", MEMBERS)
    run_in("Officers in Attendance:-", OFFICERS)
    run_in("Also in Attendance:-", ALSO)
    pdf.set_draw_color(0, 0, 0)
    pdf.line(20, pdf.get_y(), pdf.w - 20, pdf.get_y())
    pdf.ln(4)

    for block in BLOCKS:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("Sans", "B", 10.5)
            y = pdf.get_y()
            pdf.set_xy(20, y)
            pdf.cell(13, 6, num)
            pdf.set_xy(body_x, y)
            pdf.multi_cell(full_w, 6, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        elif kind == "label":
            pdf.set_font("Sans", "B", 10)
            pdf.set_x(body_x)
            pdf.multi_cell(full_w, lh, block[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "p":
            text = block[1]
            pdf.set_font("Sans", "", 10)
            pdf.set_x(body_x)
            pdf.multi_cell(full_w, lh, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2.5)
        elif kind == "b":
            pdf.set_font("Sans", "", 10)
            y = pdf.get_y()
            pdf.set_xy(body_x + 1, y)
            pdf.cell(5, lh, "•")
            pdf.set_xy(body_x + 7, y)
            pdf.multi_cell(full_w - 7, lh, block[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        elif kind == "num":
            _, n, text = block
            pdf.set_font("Sans", "", 10)
            y = pdf.get_y()
            pdf.set_xy(body_x + 1, y)
            pdf.cell(7, lh, n)
            pdf.set_xy(body_x + 8, y)
            pdf.multi_cell(full_w - 8, lh, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        elif kind == "table":
            _, head, rows, widths = block
            pdf.set_draw_color(120, 120, 120)
            for i, row in enumerate([head] + list(rows)):
                pdf.set_font("Sans", "B" if i == 0 else "", 9.5)
                pdf.set_x(body_x)
                for w, cell in zip(widths, row):
                    pdf.cell(w, 6, cell, border=1)
                pdf.ln(6)
            pdf.set_draw_color(0, 0, 0)
            pdf.ln(3)
        else:
            raise ValueError(kind)
    pdf.ln(4)
    pdf.set_font("Sans", "", 10)
    pdf.set_x(body_x)
    pdf.cell(0, lh, "Meeting ended at 5.12 pm", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(8)
    pdf.set_x(body_x)
    pdf.cell(0, lh, "CHAIR  __________________", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))


# ---------------------------------------------------------------------- DOCX (report)

REPORT_HEAD = [
    [("PURPOSE:", True), ("Key decision", False), ("MEETING:", True),
     ("Adult Social Care Policy Committee", False), ("DATE:", True), ("10 March 2025", False)],
]
REPORT_META = [
    ("TITLE", "Home Care Recommissioning – Approval to Procure"),
    ("Ward(s)", "Citywide"),
    ("Author:", "Nadia Fairclough    Job title: Head of Commissioning (Adults)"),
    ("Committee Chair lead:", "Cllr Helen Tregarthen, Chair of the Adult Social Care Policy Committee"),
    ("Executive Director lead:", "Ruth Kilbride, Executive Director: Adults and Communities"),
    ("Proposal origin:", "Council Officer"),
    ("Decision maker:", "Adult Social Care Policy Committee"),
    ("Decision forum:", "Committee"),
    ("Forward Plan Reference:", "FP/ASC/0312"),
]

PURPOSE = [
    "To seek approval to procure home care (community support services) for adults in "
    "Brackwater from 1 April 2026, when the current framework contracts come to an end.",
    "To set out the proposed zoned lead provider model and the findings of the engagement "
    "carried out with people who draw on care and support, unpaid carers and providers.",
]
EVIDENCE = [
    "The Council currently arranges around 23,000 hours of home care a week for approximately "
    "1,950 people through a framework of 14 providers. The framework was let in 2019 and cannot "
    "be extended beyond 31 March 2026.",
    "Under the current framework any provider may accept a package of care anywhere in the city. "
    "This has led to long travel times between visits, difficulty in finding care in the outer "
    "wards (particularly Northwold Fields and Saltmarsh), and an average of 11 days from a package "
    "being requested to care starting.",
    "The proposed model divides the city into six zones. In each zone a lead provider would be "
    "expected to accept all packages offered, supported by two or three secondary providers. The "
    "options considered are summarised in Appendix C; a wholly in-house service was considered and "
    "not recommended for the reasons set out there.",
    "The proposed hourly rate for 2026/27 is £24.86, an increase of 6.4% on the current average "
    "rate. The rate is modelled on the Real Living Wage for contact time; travel time is funded at "
    "the National Living Wage.",
    "The estimated total value of the contracts is £312m over a maximum of ten years, made up of "
    "an initial term of six years with options to extend for up to four further years.",
]
RECOMMENDATIONS = [
    "Approves the procurement of home care (community support services) on the zoned lead provider "
    "model set out in this report, with an estimated total contract value of £312m over a maximum "
    "term of ten years.",
    "Delegates authority to the Executive Director: Adults and Communities, in consultation with "
    "the Chair of the Adult Social Care Policy Committee and the Director of Finance, to award the "
    "contracts at the end of the procurement process.",
    "Notes the findings of the engagement with people who draw on care and support, unpaid carers "
    "and providers set out at Appendix B.",
]
ENGAGEMENT = [
    ("What matters most to you about the care you receive at home?",
     "Seeing the same care worker, visits at the agreed time, and care workers having enough "
     "time to talk.",
     "Continuity of care worker will be a key performance indicator in every zone."),
    ("Would you be happy to receive care from a different provider if your zone changed?",
     "Most people said they would accept a change if their care worker could move with them.",
     "Providers will be asked how they will support staff to transfer, including under TUPE."),
    ("What would make it easier for providers to recruit and keep staff?",
     "Paid travel time, guaranteed hours and shorter distances between visits.",
     "Zones are designed to reduce travel; travel time will be paid at the National Living Wage."),
    ("Should the Council run more home care itself?",
     "Views were mixed; carers' groups and trade unions supported more in-house provision.",
     "The in-house reablement service will be retained; see the options appraisal at Appendix C."),
]
RISKS = [
    ("Insufficient bids in the outer zones", "High", "Medium",
     "Market engagement events; lots sized for medium-sized providers", "Head of Commissioning"),
    ("Disruption for people whose provider changes", "High", "Medium",
     "Transition plan for each zone; individual contact at least eight weeks before any change",
     "Director: Adult Social Care"),
    ("Rate not sufficient to recruit and retain care workers", "Medium", "Medium",
     "Annual rate review built into the contracts", "Executive Director: Adults and Communities"),
]


def build_report(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.author = "Nadia Fairclough"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Decision Pathway – Report – Home Care Recommissioning"
    cp.created = datetime(2025, 2, 10, 9, 0, 0)
    cp.modified = datetime(2025, 2, 27, 16, 45, 0)
    cp.revision = 7

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Brackwater City Council").bold = True
    d.add_heading("Decision Pathway – Report", level=1)

    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for cell, (txt, bold) in zip(t.rows[0].cells, REPORT_HEAD[0]):
        cell.paragraphs[0].add_run(txt).bold = bold
    d.add_paragraph()
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in REPORT_META:
        r = t.add_row().cells
        r[0].paragraphs[0].add_run(k).bold = True
        r[1].text = v

    def numbered(items, start=1):
        for i, text in enumerate(items, start):
            d.add_paragraph(f"{i}.\t{text}")

    d.add_heading("Purpose of Report:", level=2)
    numbered(PURPOSE)
    d.add_heading("Evidence Base:", level=2)
    numbered(EVIDENCE)
    d.add_heading("Recommendations:", level=2)
    d.add_paragraph("That the Adult Social Care Policy Committee:")
    numbered(RECOMMENDATIONS)
    d.add_heading("Corporate Strategy alignment:", level=2)
    d.add_paragraph("The proposal supports the Health, Care and Wellbeing theme of the Corporate "
                    "Strategy 2022–27, in particular the commitment to help people live "
                    "independently in their own homes for as long as possible.")
    d.add_heading("City Benefits:", level=2)
    d.add_paragraph("Shorter travel between visits will reduce vehicle mileage in the city. Social "
                    "value commitments will include local recruitment and support for unpaid carers.")
    d.add_heading("Consultation Details:", level=2)
    d.add_paragraph("Engagement took place between 7 October and 13 December 2024: an online survey "
                    "(412 responses), six drop-in sessions, two provider events and meetings with "
                    "the Harbourside Carers' Network and Healthwatch Brackwater. A summary is below; "
                    "the full findings are at Appendix B.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for cell, h in zip(t.rows[0].cells, ("Question we asked", "What we heard", "What we have done")):
        cell.paragraphs[0].add_run(h).bold = True
    for row in ENGAGEMENT:
        cells = t.add_row().cells
        for cell, txt in zip(cells, row):
            cell.text = txt
    d.add_heading("Background Documents:", level=2)
    d.add_paragraph("Adult Social Care Market Position Statement 2024–2027; Cost of Care Exercise "
                    "report (October 2022).")

    d.add_heading("Risk Assessment", level=2)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for cell, h in zip(t.rows[0].cells,
                       ("Risk", "Impact", "Probability", "Mitigation", "Risk owner")):
        cell.paragraphs[0].add_run(h).bold = True
    for row in RISKS:
        cells = t.add_row().cells
        for cell, txt in zip(cells, row):
            cell.text = txt

    d.add_heading("Summary of costs and funding", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Revenue Cost", "£31.2m a year (estimated, 2026/27 prices)"),
                 ("Source of Revenue Funding", "Adult social care base budget"),
                 ("Capital Cost", "£0"),
                 ("One off cost ☐  Ongoing cost ☒  Saving Proposal ☐  Income generation proposal ☐", "")]:
        r = t.add_row().cells
        r[0].text = k
        r[1].text = v
    d.add_paragraph()
    d.add_paragraph("1. Finance Advice: The proposed rate has been modelled within the budget for "
                    "2026/27 in the Medium Term Financial Plan. Any increase above the modelled "
                    "rate, for example to fund travel time at the Real Living Wage (estimated at "
                    "£2.9m a year), would require savings elsewhere or a call on reserves.")
    d.add_paragraph("Finance Business Partner: Simon Achterberg, 12 February 2025")
    d.add_paragraph("2. Legal Advice: The procurement will be carried out under the Procurement Act "
                    "2023 and the Health Care Services (Provider Selection Regime) Regulations do "
                    "not apply to these services. TUPE may apply where care workers move between "
                    "providers.")
    d.add_paragraph("Legal Team Leader: Alun Rhodri-Price, Team Leader (Commercial), 13 February 2025")
    d.add_paragraph("3. HR Advice: There are no HR implications for Council employees.")

    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for row in [("EDM Sign-off", "Ruth Kilbride", "17 February 2025"),
                ("Committee Chair sign-off", "Cllr Helen Tregarthen", "24 February 2025"),
                ("Statutory Officer sign-off", "Monitoring Officer and s151 Officer", "25 February 2025")]:
        cells = t.add_row().cells
        for cell, txt in zip(cells, row):
            cell.text = txt
    d.add_paragraph()
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Appendix A – Further essential background / detail on the proposal", "YES"),
                 ("Appendix B – Details of engagement carried out", "YES"),
                 ("Appendix C – Options appraisal", "YES"),
                 ("Appendix D – Equality Impact Assessment", "YES"),
                 ("Appendix E – Exempt Information", "NO")]:
        r = t.add_row().cells
        r[0].text = k
        r[1].text = v

    buf = io.BytesIO()
    d.save(buf)
    _write_zip_deterministic(buf.getvalue(), path)


def _write_zip_deterministic(data: bytes, path: Path) -> None:
    """Re-pack a .docx with fixed timestamps so that the output is byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 27, 16, 45, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------- check


def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join((page.extract_text() or "") for page in pdf.pages)
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
    return path.read_text(encoding="utf-8")


def norm(s: str, joiner: str = "") -> str:
    s = unicodedata.normalize("NFKC", s).lower()
    s = "".join(ch if not unicodedata.category(ch).startswith(("P", "S")) else joiner for ch in s)
    return re.sub(r"\s+", " ", s).strip()


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("lb-*.json")):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            bad += 1
            continue
        text = doc_text(doc)
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n_words = len(ph.split())
            for joiner in ("", " "):
                t, p = norm(text, joiner), norm(ph, joiner)
                c = len(re.findall(r"(?<!\w)" + re.escape(p) + r"(?!\w)", t)) if p else 0
                if c != 1:
                    print(f"{gold_path.name}: {kind} phrase found {c} times "
                          f"(joiner={joiner!r}): {ph!r}")
                    bad += 1
            if not 6 <= n_words <= 15:
                print(f"{gold_path.name}: {kind} phrase has {n_words} words: {ph!r}")
                bad += 1
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for g in (MINUTES_GOLD, REPORT_GOLD):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
