#!/usr/bin/env python3
"""Build the "qw-" documents (round 233) and their gold annotations.

Usage:  build_qw.py           write documents/qw-* and gold/qw-*.json beside this script
        build_qw.py --check   verify every gold phrase occurs exactly once in its document

The London Borough of Limewharf, its people, places, providers and figures are invented.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "qw-limewharf-health-adults-scrutiny-sub-committee-2025-11-18.pdf"
REPORT_NAME = "qw-limewharf-wharfside-eastferry-trust-board-quayside-birth-centre-2025-09-11.pdf"

FIXED_MINUTES_PDF = dt.datetime(2025, 11, 27, 10, 42, 0, tzinfo=dt.timezone.utc)
FIXED_REPORT_PDF = dt.datetime(2025, 9, 4, 17, 18, 0, tzinfo=dt.timezone.utc)

COMMITTEE = "HEALTH AND ADULTS SCRUTINY SUB-COMMITTEE"
RUNNING_HEAD = "HEALTH AND ADULTS SCRUTINY SUB-COMMITTEE, 18/11/2025"

# ---------------------------------------------------------------------------
# The minutes (PDF printed from the committee system)
# ---------------------------------------------------------------------------
# Blocks:
#   ("title", text)              bold capitals, centred, under the crest line
#   ("att", label)               bold underlined attendance label ("Members Present:")
#   ("who", name, post, wrap)    attendance entry; post in brackets, on the next line if wrap
#   ("item", number, title)      item heading in capitals
#   ("p", text)                  paragraph under the item
#   ("b", text)                  bullet point
#   ("lbl", text)                bold label ("RESOLVED:")
#   ("n", num, text)             numbered clause
#   ("action", text)             "ACTION:" line
#   ("gap",)                     a little space
#   ("close", lines)             the closing lines

MINUTES = [
    ("title", "MINUTES OF THE HEALTH AND ADULTS SCRUTINY SUB-COMMITTEE"),
    ("title", "HELD AT 7.00 P.M. ON TUESDAY, 18 NOVEMBER 2025"),
    ("title", "IN THE COUNCIL CHAMBER, TOWN HALL, 160 WHARFSIDE ROAD, LONDON E19 4QP"),
    ("gap",),
    ("att", "Members Present:"),
    ("who", "Councillor Nasreen Chowdhury-Vale", "Chair", False),
    ("who", "Councillor Tobias Aldwinckle", "Vice-Chair", False),
    ("who", "Councillor Abdul Muqit Farazi", None, False),
    ("who", "Councillor Bernard Okoli-Stace", None, False),
    ("who", "Councillor Priya Raghunathan", None, False),
    ("att", "Co-opted Members Present:"),
    ("who", "Jenna Halloway", "Healthwatch Limewharf Representative", False),
    ("att", "Other Councillors Present:"),
    ("who", "Councillor Mahbub Rasheed", "Cabinet Member for Health, Wellbeing and Social Care",
     False),
    ("who", "Councillor Oona Grealish", "Chair, Overview and Scrutiny Committee", False),
    ("att", "Officers Present:"),
    ("who", "Warrick Adeyemi-Lowe", "Director of Adult Social Care", False),
    ("who", "Dr Selina Marchetti", "Director of Public Health", False),
    ("who", "Hollis Pengelly", "Head of Reablement and Home Care Commissioning, Health, Adults "
                              "and Community", True),
    ("who", "Ayesha Quddus", "Strategy and Policy Manager, Scrutiny", False),
    ("who", "Damian Vickery", "Democratic Services Officer (Committees), Governance", True),
    ("att", "Others Present:"),
    ("who", "Dr Marian Oyelowo-Grant", "Chief Medical Officer, Wharfside and Eastferry "
                                      "Hospitals NHS Trust", True),
    ("who", "Corinne Baptiste-Hale", "Director of Midwifery, Wharfside and Eastferry Hospitals "
                                    "NHS Trust", False),
    ("who", "Fergus Lendrum", "Deputy Director of Primary Care (Limewharf), Estuary North "
                             "Integrated Care Board", False),
    ("who", "Dr Hamish Korantang", "Clinical Director, Limewharf South Primary Care Network",
     False),
    ("att", "Apologies:"),
    ("who", "Councillor Kamal Hossain-Webb", None, False),
    ("who", "Dr Lowri Pennant", "Co-opted Member, Limewharf Patients\u2019 Forum", False),
    ("who", "Grainne Tolland", "Corporate Director, Health, Adults and Community", False),
    ("gap",),

    # ------------------------------------------------------------------ 1
    ("item", "1.", "APOLOGIES FOR ABSENCE"),
    ("p", "Apologies for absence were received from Councillor Kamal Hossain-Webb and from "
          "Dr Lowri Pennant, Co-opted Member. Councillor Priya Raghunathan had given apologies "
          "for lateness."),
    ("p", "Apologies were also received from Grainne Tolland, Corporate Director, Health, "
          "Adults and Community, for whom Warrick Adeyemi-Lowe, Director of Adult Social Care, "
          "was deputising."),

    # ------------------------------------------------------------------ 2
    ("item", "2.", "DECLARATIONS OF DISCLOSABLE PECUNIARY INTERESTS AND OTHER INTERESTS"),
    ("p", "Councillor Bernard Okoli-Stace declared a non-pecuniary interest in agenda item 4.1, "
          "Proposed Temporary Suspension of Births at the Quayside Birth Centre, as his wife is "
          "employed as a midwife by Wharfside and Eastferry Hospitals NHS Trust. He remained in "
          "the meeting and took part in the discussion."),
    ("p", "There were no other declarations of interest."),

    # ------------------------------------------------------------------ 3
    ("item", "3.", "MINUTES OF THE PREVIOUS MEETING(S)"),
    ("p", "The Chair Moved and it was:"),
    ("lbl", "RESOLVED:"),
    ("n", "1.", "That the unrestricted minutes of the Health and Adults Scrutiny Sub-Committee "
                "held on 16 September 2025 be approved and signed by the Chair as a correct "
                "record of proceedings."),
    ("p", "Matters arising: Councillor Tobias Aldwinckle asked whether the figures on carers\u2019 "
          "assessments completed in each locality, which had been requested at the September "
          "meeting, had been provided. Ayesha Quddus, Strategy and Policy Manager, confirmed "
          "that the figures had been circulated to all Members by email on 3 October 2025 and "
          "would be appended to the minutes of that meeting."),

    # ------------------------------------------------------------------ 4
    ("item", "4.", "REPORTS FOR CONSIDERATION"),

    # ---------------------------------------------------------------- 4.1
    ("item", "4.1", "PROPOSED TEMPORARY SUSPENSION OF BIRTHS AT THE QUAYSIDE BIRTH CENTRE"),
    ("p", "The Chair welcomed Dr Marian Oyelowo-Grant, Chief Medical Officer, and Corinne "
          "Baptiste-Hale, Director of Midwifery, Wharfside and Eastferry Hospitals NHS Trust, to "
          "the meeting."),
    ("p", "Corinne Baptiste-Hale introduced the report and presentation, which set out the "
          "Trust\u2019s decision, taken at its public Board meeting on 11 September 2025, to "
          "suspend births at the Quayside Birth Centre from 1 December 2025 for a period of up "
          "to twelve months and to concentrate midwife-led births in the Alongside Birth Unit at "
          "the Royal Eastferry Hospital. The main points of the presentation were:"),
    ("b", "the Quayside Birth Centre had supported 212 births in 2024/25, compared with 390 in "
          "2019/20, and on 61 occasions in the last year it had closed at short notice because "
          "there were not enough midwives on shift;"),
    ("b", "when the centre closed, women in labour were redirected to the Royal Eastferry "
          "Hospital, often after they had already made the journey to Quayside;"),
    ("b", "the midwifery vacancy rate across the Trust stood at 14 per cent, and the 18 midwives "
          "based at Quayside would move to the Alongside Birth Unit, allowing all six of its "
          "birthing rooms to open;"),
    ("b", "antenatal and postnatal clinics, the infant feeding service and parent education "
          "classes would continue to be held at Quayside; and"),
    ("b", "a twelve-week engagement exercise with women, families and community groups would "
          "run from 1 December 2025 to 23 February 2026."),
    ("p", "Councillor Mahbub Rasheed, Cabinet Member for Health, Wellbeing and Social Care, "
          "informed the Sub-Committee that the Council had been told of the proposal in August "
          "and that he had written to the Trust to stress the importance of reaching the "
          "borough\u2019s Bangladeshi and Somali communities."),
    ("p", "Councillor Priya Raghunathan joined the meeting at 7.12 p.m."),
    ("p", "The Sub-Committee asked questions and received responses on the following:"),
    ("b", "Members asked why the Trust had made its decision before the Sub-Committee had been "
          "consulted, as the suspension of births appeared to amount to a substantial variation "
          "in service. Dr Oyelowo-Grant responded that the Trust regarded the change as a "
          "temporary measure taken on grounds of patient safety, which the regulations "
          "permitted, but accepted that the Sub-Committee should have been given earlier "
          "notice."),
    ("b", "On how many women would be affected, Corinne Baptiste-Hale explained that about 240 "
          "women a year chose the birth centre when booking, and that every woman due to give "
          "birth after 1 December had been contacted individually by her community midwife."),
    ("b", "Councillor Priya Raghunathan expressed concern that women living in the south of the "
          "borough would face a bus journey of up to 50 minutes to the Royal Eastferry Hospital, "
          "and that the change risked widening health inequalities for families on low incomes. "
          "The Director of Midwifery acknowledged this; the Trust would pay for taxis for women "
          "in established labour who had no transport of their own, and the arrangement would "
          "be reviewed during the engagement."),
    ("b", "Jenna Halloway, Healthwatch Limewharf, asked how women who did not speak English, and "
          "those who had had poor experiences of maternity care, would be involved. Corinne "
          "Baptiste-Hale stated that the Trust was working with the Maternity and Neonatal "
          "Voices Partnership and four community organisations, that materials would be "
          "produced in Bengali and Somali and as Sylheti audio, and that Healthwatch would be "
          "invited to help design the survey."),
    ("b", "Councillor Tobias Aldwinckle asked what the Trust was doing to recruit and retain "
          "midwives. Dr Oyelowo-Grant advised that 31 newly qualified midwives had joined the "
          "Trust since September, that a dedicated retention midwife had been appointed, and "
          "that the Board had committed to resume births at Quayside once the vacancy rate had "
          "stayed below 8 per cent for three consecutive months."),
    ("b", "A Member queried whether the unused rooms at Quayside would be leased to a private "
          "provider of pregnancy scans, as had been reported in the local press. The Chief "
          "Medical Officer said that no such arrangement had been discussed and that the rooms "
          "would be used for antenatal clinics and the infant feeding service."),
    ("b", "Councillor Abdul Muqit Farazi commented that many residents had lost confidence in the "
          "Trust\u2019s engagement since the closure of the Eastferry walk-in centre in 2023, and "
          "urged the Trust not to treat the exercise as a formality."),
    ("b", "The Chair asked whether the Trust had assessed the effect of the change on ambulance "
          "journeys from the south of the borough, particularly at night."),
    ("b", "Councillor Bernard Okoli-Stace enquired how the Trust would know whether the change "
          "had made care safer for women and babies. Dr Oyelowo-Grant said that outcomes for "
          "the Alongside Birth Unit, including transfer rates and women\u2019s feedback, would "
          "be included in the quarterly maternity safety report to the Trust Board, which is "
          "published with the Board papers."),
    ("p", "The Chair thanked the Trust\u2019s representatives for attending and for their "
          "candour."),
    ("lbl", "RESOLVED:"),
    ("n", "1.", "That the report and presentation be noted;"),
    ("n", "2.", "That the Sub-Committee considers the suspension of births at the Quayside Birth "
                "Centre to be a substantial variation in the provision of health services in "
                "the borough, and that the Trust consult it formally before any permanent "
                "change is made;"),
    ("n", "3.", "That the Trust provide the Sub-Committee with monthly figures on births, "
                "diverted women and midwifery staffing for the duration of the suspension; and"),
    ("n", "4.", "That the Trust report back to the Sub-Committee in March 2026 with the findings "
                "of the engagement exercise."),

    # ---------------------------------------------------------------- 4.2
    ("item", "4.2", "REABLEMENT SERVICE: OPTIONS APPRAISAL AND PROPOSAL TO BRING THE SERVICE "
                    "IN-HOUSE"),
    ("p", "Councillor Mahbub Rasheed, Cabinet Member for Health, Wellbeing and Social Care, "
          "introduced the report, which would be considered by the Mayor in Cabinet on "
          "10 December 2025. The reablement service, which supports around 1,900 residents a "
          "year to regain their independence after a stay in hospital or a fall, has been "
          "provided since 2019 by Carewell Partners Ltd under a contract that expires on "
          "31 March 2026. The report appraised three options: extending the current contract, "
          "re-procuring the service, or bringing it into direct Council delivery, and "
          "recommended the third."),
    ("p", "Warrick Adeyemi-Lowe, Director of Adult Social Care, and Hollis Pengelly, Head of "
          "Reablement and Home Care Commissioning, took the Sub-Committee through the "
          "appraisal and the proposed timetable for the transfer. The key points of the "
          "appraisal were as follows:"),
    ("b", "the current contract had cost \u00a34.6 million in 2024/25, and the in-house option "
          "was estimated at \u00a35.7 million a year once fully implemented;"),
    ("b", "around two thirds of referrals came from hospital discharge teams, and the average "
          "reablement episode lasted 23 days;"),
    ("b", "the service would sit within the Council\u2019s Integrated Community Services "
          "division, alongside the occupational therapy and hospital social work teams; and"),
    ("b", "a project board chaired by the Director of Adult Social Care would oversee the "
          "transfer and report monthly to the Cabinet Member."),
    ("p", "Councillor Bernard Okoli-Stace queried the cost comparison in section 6 of the "
          "report, noting that the in-house option appeared to cost \u00a31.1 million more each "
          "year. Warrick Adeyemi-Lowe explained that most of the difference arose from moving "
          "staff onto the Council\u2019s pay scales and pension scheme, and that the appraisal "
          "assumed better outcomes from reablement would reduce spending on long-term home care "
          "by around \u00a3700,000 a year."),
    ("p", "The Vice-Chair sought clarification on how many staff would transfer and what would "
          "happen to their terms and conditions. In response, the Head of Reablement and Home "
          "Care Commissioning stated that 86 staff were expected to transfer under TUPE, that "
          "their existing terms would be protected, and that all of them would receive the "
          "London Living Wage from the date of transfer."),
    ("p", "Councillor Priya Raghunathan asked whether the current provider\u2019s performance "
          "had influenced the recommendation, and Councillor Abdul Muqit Farazi asked how the "
          "Council would manage the risk of the changeover taking place during a difficult "
          "winter. Warrick Adeyemi-Lowe responded to both questions. He said that the provider "
          "had met most of its contractual targets, but only 58 per cent of people left "
          "reablement fully independent, against a London average of 71 per cent; and that a "
          "phased transfer, beginning with hospital discharge referrals in April 2026, had been "
          "chosen so that nothing would change over the winter months."),
    ("p", "Councillor Tobias Aldwinckle asked whether the Council had considered re-tendering "
          "the contract with a stronger specification instead. It was explained that "
          "re-procurement had been assessed as Option 2, but that soft market testing had "
          "produced only two expressions of interest and neither organisation could start "
          "before July 2026."),
    ("p", "The Chair asked whether bringing reablement in-house meant that the Council would "
          "also review its arrangements for long-term home care. The Cabinet Member replied "
          "that there were no plans to change the home care framework before it ended in 2028, "
          "but that the Mayor had asked officers to apply the lessons of the reablement "
          "transfer when the framework was reviewed."),
    ("p", "With the Chair\u2019s permission, Councillor Oona Grealish asked whether the in-house "
          "option had been tested against the Council\u2019s Medium Term Financial Strategy. "
          "The Cabinet Member confirmed that the additional cost had been built into the draft "
          "budget proposals for 2026/27, which the Overview and Scrutiny Committee would "
          "examine in January."),
    ("p", "Councillor Abdul Muqit Farazi commented that the Sub-Committee had long argued for "
          "the service to be run by the Council and welcomed the proposal, but stressed that "
          "people leaving hospital should help to shape the new service from the outset."),
    ("p", "Jenna Halloway requested that the Council publish the feedback it had collected from "
          "people who had used the reablement service over the last two years. The Cabinet "
          "Member agreed, and undertook that a summary would be published alongside the Cabinet "
          "report."),
    ("lbl", "RESOLVED:"),
    ("p", "That the Sub-Committee RECOMMENDS to the Mayor in Cabinet that:"),
    ("n", "1.", "the reablement service be brought in-house on a phased basis from April 2026, "
                "as set out in Option 3 of the report;"),
    ("n", "2.", "all staff transferring to the Council be paid at least the London Living Wage "
                "from the date of transfer; and"),
    ("n", "3.", "people who have used the reablement service, and their carers, be involved in "
                "designing the in-house model before it goes live."),

    # ---------------------------------------------------------------- 4.3
    ("item", "4.3", "PRIMARY CARE ACCESS: GP APPOINTMENTS AND ONLINE CONSULTATION"),
    ("p", "Fergus Lendrum, Deputy Director of Primary Care (Limewharf), Estuary North Integrated "
          "Care Board, and Dr Hamish Korantang, Clinical Director, Limewharf South Primary Care "
          "Network, presented an update on access to general practice in the borough. All 32 "
          "practices had now moved to a \u201cmodern general practice\u201d model, under which "
          "requests made by telephone, online or in person were assessed by a clinician on the "
          "same day. Practices in Limewharf had delivered 1.38 million appointments in the year "
          "to September 2025, 6 per cent more than in the previous year."),
    ("p", "In the discussion that followed, these points were raised:"),
    ("b", "The Chair asked why residents were still reporting difficulty getting through by "
          "telephone at 8.00 a.m. now that practices had moved to online triage. Fergus Lendrum "
          "advised that every practice now used cloud telephony and that the average wait on "
          "the phone had fallen from nine minutes to just under four, though he acknowledged "
          "that demand remained highest on Monday mornings."),
    ("b", "Concern was expressed that older residents and those without smartphones were being "
          "pushed towards online forms. Dr Korantang said that the online form was an "
          "additional route and not a replacement; reception staff completed it on behalf of "
          "anyone who telephoned or came to the surgery."),
    ("b", "Councillor Priya Raghunathan wanted to know what share of appointments was now "
          "provided by staff in additional roles, such as physician associates, and whether "
          "patients were told whom they would see. The ICB\u2019s representative said that 27 "
          "per cent of appointments were with staff in additional roles, and that practices "
          "had been asked to state the role of the clinician when confirming a booking."),
    ("b", "A Member noted that two practices in Eastferry ward had closed their lists to new "
          "patients and asked whether a new practice would be commissioned for the Gantry Quay "
          "development. Fergus Lendrum replied that the ICB was in discussion with the Council "
          "about space for a surgery in the planned Gantry Quay health hub, to be funded from "
          "developer contributions, but that no decision had yet been made."),
    ("b", "Councillor Abdul Muqit Farazi raised the low uptake of flu vaccination among "
          "residents aged over 65. Dr Selina Marchetti, Director of Public Health, reported "
          "that uptake had reached 58.4 per cent at the end of October, and that practices and "
          "pharmacies were running joint pop-up clinics in mosques, community centres and "
          "sheltered housing schemes."),
    ("b", "In reply to a question from Councillor Bernard Okoli-Stace about pharmacy closures, "
          "Fergus Lendrum said that three community pharmacies had closed in the borough since "
          "April 2024, and that the pharmaceutical needs assessment had found no gap in "
          "provision but would be refreshed during 2026."),
    ("b", "Jenna Halloway commented that a Healthwatch survey of 1,043 residents had found that "
          "a third did not know they could ask to see the same GP, and that continuity of care "
          "mattered most to people with long-term conditions."),
    ("b", "Councillor Tobias Aldwinckle requested practice-level figures on appointments, "
          "telephone waiting times and list closures. Fergus Lendrum agreed to circulate the "
          "data to Members once it had been validated."),
    ("action", "Fergus Lendrum (Estuary North ICB) to provide practice-level data on "
               "appointments, telephone waiting times and list closures to the Sub-Committee "
               "by 31 January 2026."),
    ("p", "The Sub-Committee noted the update on primary care access, and the Chair thanked "
          "Fergus Lendrum and Dr Korantang for attending."),

    # ------------------------------------------------------------------ 5
    ("item", "5.", "HEALTH AND ADULTS SCRUTINY SUB-COMMITTEE WORK PROGRAMME 2025/26"),
    ("p", "Ayesha Quddus, Strategy and Policy Manager, presented the work programme for the "
          "remainder of the municipal year and reminded Members that the Sub-Committee\u2019s "
          "challenge session on suicide prevention would be held on 2 December 2025."),
    ("p", "Councillor Priya Raghunathan requested that an item on hospital discharge and the use "
          "of step-down beds be scheduled before the end of the municipal year. The Chair "
          "agreed that this should be taken at the meeting on 10 March 2026, alongside the "
          "Trust\u2019s report back on maternity services."),
    ("lbl", "RESOLVED:"),
    ("n", "1.", "That the Health and Adults Scrutiny Sub-Committee work programme for 2025/26 be "
                "noted; and"),
    ("n", "2.", "That an item on hospital discharge and step-down beds be added to the agenda "
                "for 10 March 2026."),

    # ------------------------------------------------------------------ 6
    ("item", "6.", "ANY OTHER BUSINESS WHICH THE CHAIR CONSIDERS TO BE URGENT"),
    ("p", "Nil items."),
    ("gap",),
    ("close", ["The meeting ended at 9.41 p.m.", "", "",
               "Chair, Councillor Nasreen Chowdhury-Vale",
               "Health and Adults Scrutiny Sub-Committee"]),
]


def _crest(pdf, x: float, y: float) -> None:
    """A small shield drawn in lines, standing in for the borough crest."""
    pdf.set_draw_color(40, 40, 40)
    pdf.set_line_width(0.4)
    pdf.line(x, y, x + 10, y)
    pdf.line(x, y, x, y + 7)
    pdf.line(x + 10, y, x + 10, y + 7)
    pdf.line(x, y + 7, x + 5, y + 12)
    pdf.line(x + 10, y + 7, x + 5, y + 12)
    pdf.line(x + 5, y + 1.5, x + 5, y + 10)
    pdf.line(x + 1.5, y + 4.5, x + 8.5, y + 4.5)


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            self.set_font("Helvetica", "B", 8)
            self.set_xy(20, 9)
            if self.page_no() > 1:
                self.cell(120, 4, RUNNING_HEAD, align="L")
            self.set_xy(130, 9)
            self.cell(60, 4, "SECTION ONE (UNRESTRICTED)", align="R")
            self.set_y(20)

        def footer(self):
            self.set_y(-16)
            self.set_font("Helvetica", "", 9)
            self.cell(0, 5, str(self.page_no()), align="C")
            self.set_xy(150, -16)
            self.set_font("Helvetica", "B", 9)
            self.cell(40, 5, "CHAIR", align="R")

    pdf = Minutes(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(FIXED_MINUTES_PDF)
    pdf.set_title("Printed minutes 18th-Nov-2025 19.00 Health and Adults Scrutiny Sub-Committee")
    pdf.set_author("Limewharf Council")
    pdf.set_creator("ModernGov")
    pdf.set_producer("ModernGov PDF output")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()

    # crest line
    _crest(pdf, 20, 20)
    pdf.set_xy(34, 22)
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 7, "LONDON BOROUGH OF LIMEWHARF", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.3)
    pdf.line(20, 35, 190, 35)
    pdf.set_y(39)

    IND = 32.0            # text column for items
    W = 190 - IND

    for block in MINUTES:
        kind = block[0]
        if kind == "title":
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 5.5, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "gap":
            pdf.ln(4)
        elif kind == "att":
            pdf.ln(2.5)
            pdf.set_font("Helvetica", "BU", 10)
            pdf.cell(0, 5.5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif kind == "who":
            _, name, post, wrap = block
            pdf.set_font("Helvetica", "", 10)
            if post in ("Chair", "Vice-Chair"):
                pdf.cell(0, 5, f"{name} ({post})", new_x="LMARGIN", new_y="NEXT")
            elif post is None:
                pdf.cell(0, 5, name, new_x="LMARGIN", new_y="NEXT")
            elif wrap:
                pdf.cell(0, 5, name, new_x="LMARGIN", new_y="NEXT")
                pdf.set_x(28)
                pdf.multi_cell(162, 5, f"({post})", align="L", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.cell(72, 5, name)
                pdf.multi_cell(98, 5, f"\u2013 ({post})", align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "item":
            _, number, title = block
            if pdf.get_y() > pdf.h - 50:
                pdf.add_page()
            pdf.ln(5)
            pdf.set_font("Helvetica", "B", 10.5)
            y = pdf.get_y()
            pdf.set_xy(20, y)
            pdf.cell(IND - 20, 5.5, number)
            pdf.set_xy(IND, y)
            pdf.multi_cell(W, 5.5, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "p":
            pdf.set_font("Helvetica", "", 10)
            pdf.set_x(IND)
            pdf.multi_cell(W, 5, block[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "b":
            pdf.set_font("Helvetica", "", 10)
            y = pdf.get_y()
            pdf.set_xy(IND + 1, y)
            pdf.cell(6, 5, "\u2022")
            pdf.set_xy(IND + 7, y)
            pdf.multi_cell(W - 7, 5, block[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "lbl":
            pdf.ln(1)
            pdf.set_font("Helvetica", "B", 10)
            pdf.set_x(IND)
            pdf.cell(W, 5.5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "n":
            _, num, text = block
            pdf.set_font("Helvetica", "", 10)
            y = pdf.get_y()
            pdf.set_xy(IND, y)
            pdf.cell(8, 5, num)
            pdf.set_xy(IND + 8, y)
            pdf.multi_cell(W - 8, 5, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "action":
            pdf.ln(1)
            y = pdf.get_y()
            pdf.set_xy(IND, y)
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(18, 5, "ACTION:")
            pdf.set_xy(IND + 18, y)
            pdf.set_font("Helvetica", "I", 10)
            pdf.multi_cell(W - 18, 5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "close":
            pdf.set_font("Helvetica", "", 10)
            for line in block[1]:
                pdf.set_x(20)
                if line:
                    pdf.cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.ln(5.5)
        else:
            raise ValueError(kind)

    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------
# The NHS trust board paper (PDF, not minutes)
# ---------------------------------------------------------------------------

TRUST = "Wharfside and Eastferry Hospitals NHS Trust"

COVER = [
    ("Meeting", "Trust Board (meeting held in public)"),
    ("Date", "11 September 2025"),
    ("Agenda item", "3.2"),
    ("Report title", "Maternity services: temporary suspension of births at the Quayside Birth "
                     "Centre and engagement on the future of midwife-led care"),
    ("Executive lead", "Niamh Corrigan-Boyd, Chief Nursing and Midwifery Officer"),
    ("Report author", "Corinne Baptiste-Hale, Director of Midwifery"),
    ("Purpose", "For approval"),
    ("Previously considered by", "Maternity and Neonatal Safety Group, 19 August 2025; Quality "
                                 "and Safety Committee, 28 August 2025; Executive Management "
                                 "Team, 2 September 2025"),
    ("Strategic objective", "Safe, high-quality care for every patient, every time"),
    ("Board Assurance Framework", "BAF 2 \u2013 Maternity and neonatal workforce (current score "
                                  "16, target 8)"),
    ("Equality impact assessment", "Completed \u2013 summary at section 6, full assessment at "
                                   "Appendix 2"),
]

REPORT_A = [
    ("h", "Executive summary"),
    ("p", "The Quayside Birth Centre is a free-standing midwife-led unit in the south of "
          "Limewharf, 5.8 miles from the Royal Eastferry Hospital. Births at the centre have "
          "fallen by 46 per cent since 2019/20, and in 2024/25 the centre closed at short "
          "notice on 61 occasions because it could not be staffed safely. Each unplanned "
          "closure means that women who expect to give birth at Quayside are redirected, "
          "sometimes in established labour, to the Royal Eastferry Hospital."),
    ("p", "This paper proposes that births at Quayside are suspended for up to twelve months "
          "from 1 December 2025, and that the 18 midwives based there move to the Alongside "
          "Birth Unit (ABU) at the Royal Eastferry Hospital, where two of the six birthing "
          "rooms are currently closed for lack of staff. Antenatal, postnatal and infant "
          "feeding services would remain at Quayside. A twelve-week engagement exercise on the "
          "longer-term model of midwife-led care would begin on the same day."),
    ("h", "1. Background"),
    ("n", "1.1", "The Quayside Birth Centre opened in 2011 as part of the Better Births in "
                 "Limewharf programme. It has four birthing rooms, two with pools, and is "
                 "staffed by two midwives at all times, with a third on call. It has no "
                 "obstetric, anaesthetic or neonatal cover on site; women who need medical care "
                 "in labour are transferred by ambulance to the Royal Eastferry Hospital."),
    ("n", "1.2", "The ABU opened in 2019 next to the labour ward at the Royal Eastferry "
                 "Hospital. It offers the same midwife-led care as Quayside, with immediate "
                 "access to obstetric and neonatal teams if they are needed."),
    ("n", "1.3", "Across the Trust there were 6,214 births in 2024/25, of which 212 took place "
                 "at Quayside and 1,077 in the ABU."),
    ("h", "2. The case for change"),
    ("n", "2.1", "The number of births at Quayside, and the number of times the centre has had "
                 "to close at short notice, are shown in Table 1."),
]

TABLE_1 = [
    ("Year", "Births at Quayside", "Unplanned closures", "Women redirected in labour"),
    ("2019/20", "390", "7", "4"),
    ("2020/21", "318", "12", "9"),
    ("2021/22", "296", "23", "14"),
    ("2022/23", "261", "38", "26"),
    ("2023/24", "239", "52", "35"),
    ("2024/25", "212", "61", "47"),
]

REPORT_B = [
    ("cap", "Table 1: Births and unplanned closures at the Quayside Birth Centre, 2019/20 to "
            "2024/25"),
    ("n", "2.2", "The midwifery vacancy rate across the Trust was 14.2 per cent at the end of "
                 "July 2025, against a regional average of 9.6 per cent. Maintaining two "
                 "midwives on duty at Quayside at all times requires 11.6 whole-time "
                 "equivalent midwives, whatever the number of women in labour. On average the "
                 "centre supports fewer than one birth every 40 hours."),
    ("n", "2.3", "When Quayside closes, the midwives rostered there are redeployed to the "
                 "labour ward or the ABU. Unplanned closures are usually decided within two "
                 "hours of the start of a shift, which gives women and families very little "
                 "notice. Feedback gathered by the Maternity and Neonatal Voices Partnership "
                 "describes these last-minute changes as the most distressing part of their "
                 "experience."),
    ("n", "2.4", "In 2024/25, 23 per cent of women who began labour at Quayside were "
                 "transferred to the Royal Eastferry Hospital during labour or shortly after "
                 "birth. This is in line with national experience for free-standing units, but "
                 "each transfer involves an ambulance journey of 20 to 35 minutes."),
    ("h", "3. Options considered"),
]

TABLE_2 = [
    ("Option", "Description", "Assessment"),
    ("A", "Continue to offer births at Quayside and the ABU, with closures when staffing "
          "falls short.",
     "Not supported. Unplanned closures are likely to rise further over the winter and "
     "cannot be reduced without additional midwives that the Trust does not have."),
    ("B", "Suspend births at Quayside for up to twelve months, move the Quayside midwives to "
          "the ABU, keep community services at Quayside and engage on the longer-term model.",
     "Preferred. Gives women a reliable midwife-led option, opens all six ABU rooms and "
     "allows a considered decision on the future."),
    ("C", "Close the Quayside birthing rooms permanently.",
     "Not pursued. A permanent change would require formal public consultation and cannot "
     "be considered until the engagement is complete."),
]

REPORT_C = [
    ("cap", "Table 2: Summary of options"),
    ("h", "4. Arrangements from 1 December 2025"),
    ("p", "If the Board approves option B, the following arrangements would apply:"),
    ("b", "all six ABU birthing rooms, including both pools, would be open at all times, "
          "staffed by the combined team of Quayside and ABU midwives;"),
    ("b", "women currently booked to give birth at Quayside would be contacted by their named "
          "community midwife to discuss the ABU or a home birth, and offered a tour of the ABU;"),
    ("b", "the home birth team would be increased from six to nine midwives, so that women "
          "in the south of the borough who prefer to give birth at home can do so;"),
    ("b", "antenatal clinics, postnatal checks, the infant feeding service and parent "
          "education sessions would continue at Quayside, with extended opening on two "
          "evenings a week; and"),
    ("b", "a transport fund would meet the cost of a taxi to the Royal Eastferry Hospital for "
          "women in established labour who have no other way of getting there."),
    ("h", "5. Criteria for resuming births at Quayside"),
    ("n", "5.1", "The suspension is a temporary measure. Births at Quayside would resume when "
                 "the Trust-wide midwifery vacancy rate has been below 8 per cent for three "
                 "consecutive months and the Maternity and Neonatal Safety Group is satisfied "
                 "that the centre can be staffed without drawing midwives from the labour ward."),
    ("n", "5.2", "Progress against these criteria would be reported monthly to the Quality and "
                 "Safety Committee and quarterly to the Board."),
    ("h", "6. Equality and health inequalities"),
    ("n", "6.1", "The equality impact assessment found that the change would affect women "
                 "living in the Quayside, Gantry Quay and Saltmarsh Lane wards most, where "
                 "household car ownership is below 30 per cent and a higher proportion of women "
                 "are of Bangladeshi or Somali heritage. Journey times by public transport to "
                 "the Royal Eastferry Hospital from these wards range from 35 to 50 minutes."),
    ("n", "6.2", "The transport fund, the enlarged home birth team and the continuation of "
                 "community services at Quayside are intended to reduce these effects. Their "
                 "use will be monitored by ward and by ethnicity throughout the suspension."),
    ("h", "7. Engagement and scrutiny"),
    ("n", "7.1", "A twelve-week engagement exercise would run from 1 December 2025 to "
                 "23 February 2026. It would be designed with the Maternity and Neonatal Voices "
                 "Partnership and Healthwatch Limewharf, and would include a survey, drop-in "
                 "sessions at Quayside and children\u2019s centres, and sessions run by four "
                 "community organisations. Materials would be available in Bengali and Somali "
                 "and as Sylheti audio."),
    ("n", "7.2", "The Trust has informed the London Borough of Limewharf and Estuary North "
                 "Integrated Care Board of the proposal. The Director of Midwifery and the Chief "
                 "Medical Officer will attend the Council\u2019s Health and Adults Scrutiny "
                 "Sub-Committee on 18 November 2025. Any proposal to close the Quayside "
                 "birthing rooms permanently would be subject to formal consultation."),
    ("h", "8. Financial implications"),
    ("n", "8.1", "The proposal is cost-neutral in 2025/26. No midwifery posts would be lost. "
                 "The transport fund is estimated at \u00a318,000 a year and the additional home "
                 "birth midwives would be funded from existing establishment. The Quayside "
                 "building is leased until 2031 and would continue to be used for community "
                 "services."),
    ("h", "9. Risks"),
    ("n", "9.1", "The main risks are a loss of public confidence in local maternity services, "
                 "the departure of midwives who prefer to work in a free-standing unit, and "
                 "increased demand on the labour ward if more women choose obstetric care. "
                 "Each is recorded on the maternity risk register with mitigating actions, "
                 "including individual conversations with every Quayside midwife."),
    ("h", "10. Recommendation"),
    ("p", "The Trust Board is asked to:"),
    ("b", "approve the temporary suspension of births at the Quayside Birth Centre from "
          "1 December 2025 for up to twelve months (option B);"),
    ("b", "approve the engagement exercise described in section 7; and"),
    ("b", "note that a report on the findings of the engagement, and on progress against the "
          "criteria in section 5, will be brought to the Board in April 2026."),
    ("sp",),
    ("p", "Appendix 1: Quayside Birth Centre staffing and activity data (published separately)"),
    ("p", "Appendix 2: Equality impact assessment (published separately)"),
]


def build_report(path: Path) -> None:
    from fpdf import FPDF

    class Paper(FPDF):
        def header(self):
            self.set_font("Helvetica", "", 8)
            self.set_text_color(0, 48, 135)
            self.set_xy(20, 8)
            self.cell(85, 4, TRUST)
            self.set_xy(105, 8)
            self.cell(85, 4, "Trust Board (Public) \u2013 Agenda item 3.2", align="R")
            self.set_draw_color(0, 94, 184)
            self.set_line_width(0.5)
            self.line(20, 13.5, 190, 13.5)
            self.set_text_color(0, 0, 0)
            self.set_y(18)

        def footer(self):
            self.set_y(-13)
            self.set_font("Helvetica", "", 8)
            self.cell(85, 4, "Trust Board (Public), 11 September 2025")
            self.cell(85, 4, f"Page {self.page_no()} of {{nb}}", align="R")

    pdf = Paper(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.alias_nb_pages()
    pdf.set_creation_date(FIXED_REPORT_PDF)
    pdf.set_title("3.2 Maternity - Quayside Birth Centre")
    pdf.set_author(TRUST)
    pdf.set_creator("Microsoft Word for Microsoft 365")
    pdf.set_producer("Microsoft Word for Microsoft 365")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    width = 170

    pdf.set_font("Helvetica", "B", 15)
    pdf.set_text_color(0, 48, 135)
    pdf.multi_cell(width, 7, "Maternity services: temporary suspension of births at the "
                             "Quayside Birth Centre", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)

    pdf.set_font("Helvetica", "", 9)
    pdf.set_draw_color(120, 120, 120)
    pdf.set_line_width(0.2)
    with pdf.table(col_widths=(50, 120), text_align="LEFT", line_height=4.8,
                   first_row_as_headings=False) as t:
        for label, value in COVER:
            r = t.row()
            pdf.set_font("Helvetica", "B", 9)
            r.cell(label)
            pdf.set_font("Helvetica", "", 9)
            r.cell(value)
    pdf.ln(4)

    def run(blocks):
        for block in blocks:
            kind = block[0]
            if kind == "h":
                if pdf.get_y() > pdf.h - 45:
                    pdf.add_page()
                pdf.ln(2)
                pdf.set_font("Helvetica", "B", 11)
                pdf.set_text_color(0, 48, 135)
                pdf.multi_cell(width, 6, block[1], new_x="LMARGIN", new_y="NEXT")
                pdf.set_text_color(0, 0, 0)
                pdf.ln(1)
            elif kind == "p":
                pdf.set_font("Helvetica", "", 10)
                pdf.multi_cell(width, 5, block[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "n":
                pdf.set_font("Helvetica", "", 10)
                y = pdf.get_y()
                pdf.cell(12, 5, block[1])
                pdf.set_xy(32, y)
                pdf.multi_cell(width - 12, 5, block[2], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "b":
                pdf.set_font("Helvetica", "", 10)
                y = pdf.get_y()
                pdf.set_x(24)
                pdf.cell(6, 5, "\u2022")
                pdf.set_xy(30, y)
                pdf.multi_cell(width - 10, 5, block[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "cap":
                pdf.set_font("Helvetica", "I", 9)
                pdf.multi_cell(width, 4.5, block[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(3)
            elif kind == "sp":
                pdf.ln(3)
            else:
                raise ValueError(kind)

    def table(rows, widths):
        pdf.set_font("Helvetica", "", 9)
        with pdf.table(col_widths=widths, text_align="LEFT", line_height=4.6,
                       first_row_as_headings=True) as t:
            for row in rows:
                r = t.row()
                for cell in row:
                    r.cell(cell)
        pdf.ln(1.5)

    run(REPORT_A)
    table(TABLE_1, (30, 45, 45, 50))
    run(REPORT_B)
    table(TABLE_2, (18, 70, 82))
    run(REPORT_C)

    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def res(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health and Adults Scrutiny Sub-Committee",
    "meeting_date": "2025-11-18",
    "items": [
        {"number": "1", "title": "APOLOGIES FOR ABSENCE"},
        {"number": "2", "title": "DECLARATIONS OF DISCLOSABLE PECUNIARY INTERESTS AND OTHER "
                                 "INTERESTS"},
        {"number": "3", "title": "MINUTES OF THE PREVIOUS MEETING(S)"},
        {"number": "4", "title": "REPORTS FOR CONSIDERATION"},
        {"number": "4.1", "title": "PROPOSED TEMPORARY SUSPENSION OF BIRTHS AT THE QUAYSIDE "
                                   "BIRTH CENTRE"},
        {"number": "4.2", "title": "REABLEMENT SERVICE: OPTIONS APPRAISAL AND PROPOSAL TO BRING "
                                   "THE SERVICE IN-HOUSE"},
        {"number": "4.3", "title": "PRIMARY CARE ACCESS: GP APPOINTMENTS AND ONLINE "
                                   "CONSULTATION"},
        {"number": "5", "title": "HEALTH AND ADULTS SCRUTINY SUB-COMMITTEE WORK PROGRAMME "
                                 "2025/26"},
        {"number": "6", "title": "ANY OTHER BUSINESS WHICH THE CHAIR CONSIDERS TO BE URGENT"},
    ],
    "questions": [
        # 3 matters arising
        q("3", "question",
          "the figures on carers' assessments completed in each locality",
          "Councillor Tobias Aldwinckle",
          "the figures had been circulated to all Members by email",
          "Ayesha Quddus", ["adult-social-care"]),
        # 4.1 Quayside Birth Centre
        q("4.1", "question",
          "asked why the Trust had made its decision before the Sub-Committee had been consulted",
          None,
          "regarded the change as a temporary measure taken on grounds of patient safety",
          "Dr Oyelowo-Grant", ["governance"]),
        q("4.1", "question",
          "On how many women would be affected",
          None,
          "about 240 women a year chose the birth centre when booking",
          "Corinne Baptiste-Hale", []),
        q("4.1", "concern",
          "would face a bus journey of up to 50 minutes",
          "Councillor Priya Raghunathan",
          "the Trust would pay for taxis for women in established labour",
          "Director of Midwifery", ["public-health"]),
        q("4.1", "question",
          "asked how women who did not speak English, and those who had had poor experiences",
          "Jenna Halloway",
          "working with the Maternity and Neonatal Voices Partnership and four community organisations",
          "Corinne Baptiste-Hale", ["patient-and-public-input"]),
        q("4.1", "question",
          "asked what the Trust was doing to recruit and retain midwives",
          "Councillor Tobias Aldwinckle",
          "31 newly qualified midwives had joined the Trust since September",
          "Dr Oyelowo-Grant", ["workforce"]),
        q("4.1", "question",
          "would be leased to a private provider of pregnancy scans",
          None,
          "no such arrangement had been discussed and that the rooms would be used",
          "Chief Medical Officer", ["privatisation"]),
        q("4.1", "comment",
          "many residents had lost confidence in the Trust's engagement since the closure",
          "Councillor Abdul Muqit Farazi", None, None, ["patient-and-public-input"]),
        q("4.1", "question",
          "assessed the effect of the change on ambulance journeys from the south",
          "Chair", None, None, []),
        q("4.1", "question",
          "enquired how the Trust would know whether the change had made care safer",
          "Councillor Bernard Okoli-Stace",
          "would be included in the quarterly maternity safety report to the Trust Board",
          "Dr Oyelowo-Grant", ["governance"]),
        # 4.2 reablement
        q("4.2", "question",
          "queried the cost comparison in section 6 of the report",
          "Councillor Bernard Okoli-Stace",
          "most of the difference arose from moving staff onto the Council's pay scales",
          "Warrick Adeyemi-Lowe", ["finance", "privatisation"]),
        q("4.2", "question",
          "sought clarification on how many staff would transfer and what would happen",
          "Vice-Chair",
          "86 staff were expected to transfer under TUPE",
          "Head of Reablement and Home Care Commissioning", ["workforce"]),
        q("4.2", "question",
          "asked whether the current provider's performance had influenced the recommendation",
          "Councillor Priya Raghunathan",
          "only 58 per cent of people left reablement fully independent",
          "Warrick Adeyemi-Lowe", ["subcontracting", "adult-social-care"]),
        q("4.2", "question",
          "manage the risk of the changeover taking place during a difficult winter",
          "Councillor Abdul Muqit Farazi",
          "phased transfer, beginning with hospital discharge referrals in April 2026",
          "Warrick Adeyemi-Lowe", ["governance", "adult-social-care"]),
        q("4.2", "question",
          "asked whether the Council had considered re-tendering the contract with a stronger specification",
          "Councillor Tobias Aldwinckle",
          "It was explained that re-procurement had been assessed as",
          None, ["subcontracting"]),
        q("4.2", "question",
          "also review its arrangements for long-term home care",
          "Chair",
          "there were no plans to change the home care framework before it ended",
          "Cabinet Member", ["privatisation", "adult-social-care"]),
        q("4.2", "question",
          "option had been tested against the Council's Medium Term Financial Strategy",
          "Councillor Oona Grealish",
          "the additional cost had been built into the draft budget proposals",
          "Cabinet Member", ["finance"]),
        q("4.2", "comment",
          "the Sub-Committee had long argued for the service to be run by the Council",
          "Councillor Abdul Muqit Farazi", None, None,
          ["privatisation", "patient-and-public-input"]),
        q("4.2", "request",
          "requested that the Council publish the feedback it had collected",
          "Jenna Halloway",
          "undertook that a summary would be published alongside the Cabinet report",
          "Cabinet Member", ["patient-and-public-input"]),
        # 4.3 primary care access
        q("4.3", "question",
          "residents were still reporting difficulty getting through by telephone at 8.00 a.m.",
          "Chair",
          "every practice now used cloud telephony and that the average wait",
          "Fergus Lendrum", ["primary-care"]),
        q("4.3", "concern",
          "older residents and those without smartphones were being pushed towards online forms",
          None,
          "the online form was an additional route and not a replacement",
          "Dr Korantang", ["primary-care"]),
        q("4.3", "question",
          "Councillor Priya Raghunathan wanted to know what share of appointments",
          "Councillor Priya Raghunathan",
          "27 per cent of appointments were with staff in additional roles",
          "ICB's representative", ["primary-care", "workforce"]),
        q("4.3", "question",
          "whether a new practice would be commissioned for the Gantry Quay development",
          None,
          "the ICB was in discussion with the Council about space for a surgery",
          "Fergus Lendrum", ["primary-care"]),
        q("4.3", "concern",
          "raised the low uptake of flu vaccination among residents aged over 65",
          "Councillor Abdul Muqit Farazi",
          "uptake had reached 58.4 per cent at the end of October",
          "Dr Selina Marchetti", ["public-health"]),
        q("4.3", "question",
          "In reply to a question from Councillor Bernard Okoli-Stace about pharmacy closures",
          "Councillor Bernard Okoli-Stace",
          "three community pharmacies had closed in the borough since April 2024",
          "Fergus Lendrum", ["primary-care"]),
        q("4.3", "comment",
          "a third did not know they could ask to see the same GP",
          "Jenna Halloway", None, None, ["primary-care", "patient-and-public-input"]),
        q("4.3", "request",
          "requested practice-level figures on appointments, telephone waiting times and list closures",
          "Councillor Tobias Aldwinckle",
          "agreed to circulate the data to Members once it had been validated",
          "Fergus Lendrum", ["primary-care"]),
        # 5 work programme
        q("5", "request",
          "an item on hospital discharge and the use of step-down beds be scheduled",
          "Councillor Priya Raghunathan",
          "this should be taken at the meeting on 10 March 2026",
          "Chair", ["adult-social-care"]),
    ],
    "resolutions": [
        res("3", "be approved and signed by the Chair as a correct record of proceedings",
            "agreed", []),
        res("4.1", "considers the suspension of births at the Quayside Birth Centre to be",
            "agreed", ["governance", "patient-and-public-input"]),
        res("4.2", "be brought in-house on a phased basis from April 2026",
            "recommended", ["privatisation", "workforce", "patient-and-public-input"]),
        res("4.3", "The Sub-Committee noted the update on primary care access",
            "noted", ["primary-care"]),
        res("5", "an item on hospital discharge and step-down beds be added",
            "agreed", ["adult-social-care"]),
    ],
    "attendees": [
        att("Councillor Nasreen Chowdhury-Vale", "Chair", "present"),
        att("Councillor Tobias Aldwinckle", "Vice-Chair", "present"),
        att("Councillor Abdul Muqit Farazi", None, "present"),
        att("Councillor Bernard Okoli-Stace", None, "present"),
        att("Councillor Priya Raghunathan", None, "present"),
        att("Jenna Halloway", "Healthwatch Limewharf Representative", "present"),
        att("Councillor Mahbub Rasheed", "Cabinet Member for Health, Wellbeing and Social Care",
            "in_attendance"),
        att("Councillor Oona Grealish", "Chair, Overview and Scrutiny Committee",
            "in_attendance"),
        att("Warrick Adeyemi-Lowe", "Director of Adult Social Care", "in_attendance"),
        att("Dr Selina Marchetti", "Director of Public Health", "in_attendance"),
        att("Hollis Pengelly",
            "Head of Reablement and Home Care Commissioning, Health, Adults and Community",
            "in_attendance"),
        att("Ayesha Quddus", "Strategy and Policy Manager, Scrutiny", "in_attendance"),
        att("Damian Vickery", "Democratic Services Officer (Committees), Governance",
            "in_attendance"),
        att("Dr Marian Oyelowo-Grant",
            "Chief Medical Officer, Wharfside and Eastferry Hospitals NHS Trust",
            "in_attendance"),
        att("Corinne Baptiste-Hale",
            "Director of Midwifery, Wharfside and Eastferry Hospitals NHS Trust",
            "in_attendance"),
        att("Fergus Lendrum",
            "Deputy Director of Primary Care (Limewharf), Estuary North Integrated Care Board",
            "in_attendance"),
        att("Dr Hamish Korantang", "Clinical Director, Limewharf South Primary Care Network",
            "in_attendance"),
        att("Councillor Kamal Hossain-Webb", None, "apologies"),
        att("Dr Lowri Pennant", "Co-opted Member, Limewharf Patients\u2019 Forum", "apologies"),
        att("Grainne Tolland", "Corporate Director, Health, Adults and Community", "apologies"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def extract(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".txt":
        return path.read_text(encoding="utf-8")
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
        from html.parser import HTMLParser

        class _Text(HTMLParser):
            def __init__(self):
                super().__init__()
                self.parts = []

            def handle_data(self, data):
                self.parts.append(data)

        p = _Text()
        p.feed(path.read_text(encoding="utf-8"))
        return " ".join(p.parts)
    raise ValueError(path)


def _fold(s: str) -> str:
    return (s.replace("\u2019", "'").replace("\u2018", "'")
             .replace("\u201c", '"').replace("\u201d", '"'))


def norm_delete(s: str) -> str:
    s = re.sub(r"[^\w\s]", "", _fold(s).lower())
    return " ".join(s.split())


def norm_space(s: str) -> str:
    s = re.sub(r"[^\w\s]", " ", _fold(s).lower())
    return " ".join(s.split())


def count(phrase: str, text: str, norm) -> int:
    p, t = norm(phrase), norm(text)
    return len(re.findall(r"(?<!\w)" + re.escape(p) + r"(?!\w)", t))


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("qw-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            problems += 1
            continue
        text = extract(doc)
        if gold["doc_type"] != "minutes":
            print(f"ok   {doc.name}: {gold['doc_type']}, {len(text.split())} words")
            continue
        phrases = []
        for row in gold["questions"]:
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in gold["resolutions"]:
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            words = len(norm_delete(phrase).split())
            for norm in (norm_delete, norm_space):
                n = count(phrase, text, norm)
                if n != 1:
                    print(f"FAIL {doc.name}: {kind} found {n} times ({norm.__name__}): {phrase!r}")
                    problems += 1
            if not 6 <= words <= 15:
                print(f"FAIL {doc.name}: {kind} has {words} words: {phrase!r}")
                problems += 1
        answered = sum(1 for r in gold["questions"] if r["answer"])
        print(f"ok   {doc.name}: {len(text.split())} words, {len(phrases)} phrases checked, "
              f"{len(gold['items'])} items, {len(gold['questions'])} questions "
              f"({answered} answered), {len(gold['resolutions'])} resolutions, "
              f"{len(gold['attendees'])} attendees")
    if problems:
        print(f"{problems} problem(s)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\ngold in {GOLD}")
