#!/usr/bin/env python3
"""Build the "ig-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ig.py           build documents/ig-* and gold/ig-*.json
        build_ig.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "ig-wrexlow-health-overview-scrutiny-committee-2025-09-15.pdf"
REPORT_NAME = "ig-wrexlow-hosc-report-asc-waiting-times-2025-09-15.pdf"

FIXED_DATE = datetime(2025, 9, 17, 9, 30, 0, tzinfo=timezone.utc)


# --------------------------------------------------------------------------------------
# The minutes
# --------------------------------------------------------------------------------------

PRESENT_CHAIR = "Councillor Helen Marsden (Chair)"
PRESENT_OTHERS = (
    "Councillors Peter Walford (Vice-Chair), Alison Brereton, Dominic Cattell, Jean Heywood, "
    "Kevin Lathom, Mary Onions, Rhys Pritchard, Tom Saxelby and Graham Whitmore"
)

# Blocks: ("item", number, title) | ("p", text) | ("bold", text) | ("bullet", text)
#         | ("clause", label, text) | ("gap",)
MINUTES = [
    ("item", "14", "Apologies for Absence and Substitutions"),
    ("p", "Apologies for absence were received from Councillors Sarah Ditton and Barry Halloway."),
    ("p", "Councillor Tom Saxelby substituted for Councillor Sarah Ditton."),

    ("item", "15", "Disclosable Interests"),
    ("p", "Members were reminded that they must not participate in the discussion or voting on "
          "any matter in which they had a Disclosable Pecuniary Interest and should leave the "
          "room prior to the commencement of the debate."),
    ("p", "Councillor Jean Heywood declared an Other Registrable Interest in relation to item 19, "
          "Adult Social Care Waiting Times Update, as a member of her family was employed by a "
          "home care provider which held a contract with the Council. She remained in the room "
          "and took part in the discussion."),

    ("item", "16", "Minutes of the Previous Meeting"),
    ("bold", "RESOLVED:"),
    ("p", "That the minutes of the meeting of the Health Overview and Scrutiny Committee held on "
          "14 July 2025 be confirmed as a correct record."),

    ("item", "17", "Public Question Time"),
    ("p", "A public question had been received from Mr Leonard Voss regarding the temporary "
          "overnight closure of the Minor Injuries Unit at Hadley Cross Community Hospital. The "
          "full question and the response provided are available from the web page for the "
          "meeting."),
    ("p", "By way of a supplementary question, Mr Voss asked whether the Committee would ask the "
          "Integrated Care Board to publish monthly figures showing how many patients had "
          "travelled to Wrexlow Royal Infirmary since the overnight closure began. The Chair "
          "responded that she would raise this with the ICB and that a written response would "
          "be sent to Mr Voss."),

    ("item", "18", "Member Question Time"),
    ("p", "There were no questions from Members."),

    ("item", "19", "Adult Social Care Waiting Times Update"),
    ("p", "The Committee received the report of the Executive Director of People which provided "
          "an update on the numbers of people waiting for a Care Act assessment, an occupational "
          "therapy assessment or a review of their care and support, and set out the actions "
          "being taken to reduce waiting times."),
    ("p", "The Portfolio Holder for Adult Social Care and Public Health, Councillor Nick "
          "Ravenscroft, introduced the report and explained that the number of people waiting "
          "for a Care Act assessment had fallen from 1,046 in September 2024 to 612 at the end of "
          "August 2025, and that the average wait had reduced from 68 days to 41 days. The "
          "Assistant Director \u2013 Adult Social Care Operations, Ms Lorna Pickstock, gave a "
          "presentation, a copy of which is attached to the signed minutes, which covered the "
          "risk rating of people on the waiting list, the new \u2018Front Door\u2019 triage team, "
          "the use of the Market Sustainability and Improvement Fund and the trajectory for the "
          "rest of the year."),
    ("p", "Members asked why the number of people waiting for an occupational therapy assessment "
          "had risen by almost a third since March when the other waiting lists had fallen. The "
          "Assistant Director explained that two occupational therapist posts had been vacant "
          "since the spring and that the service had prioritised people leaving hospital, which "
          "meant that lower-risk community referrals had waited longer. One of the posts had now "
          "been filled and interviews for the second were taking place in October."),
    ("p", "In response to a question from Councillor Alison Brereton about how people on the "
          "waiting list were kept safe while they waited, the Assistant Director confirmed that "
          "everyone was given a red, amber or green rating at the point of referral, that people "
          "rated amber were contacted at least every four weeks and people rated green at least "
          "every eight weeks, and that anyone whose circumstances had changed was moved up the "
          "list. There had been no safeguarding concerns raised in the last year about a person "
          "on the waiting list whose risk had not been identified."),
    ("p", "Councillor Dominic Cattell asked that future reports include the number of carers "
          "waiting for a carer\u2019s assessment, as in his experience carers were often the "
          "people left to cope while the person they cared for waited. The Executive Director of "
          "People, Mrs Tanya Rawlings, agreed that this information would be included in future "
          "updates."),
    ("p", "A Member queried the continued reliance on agency social workers and the cost of this "
          "to the Council. Members were advised that 11 of the 84 social worker posts in the "
          "adult teams were currently filled by agency staff, compared with 19 a year earlier, "
          "and that international recruitment and the Council\u2019s social work apprenticeship "
          "scheme had both contributed to the reduction. The cost of agency cover above the cost "
          "of permanent staff was forecast at \u00a3410,000 for 2025/26 and was being met from "
          "within the adult social care budget."),
    ("p", "The Vice-Chair commented that performance on reviews, with fewer than half of people "
          "with a long-term service receiving a review within twelve months, was disappointing, "
          "as reviews often identified people whose needs had increased and who were at risk of "
          "crisis. The Portfolio Holder acknowledged that reviews had been given a lower "
          "priority while the assessment waiting list was reduced, and reported that a dedicated "
          "reviewing team, funded for two years, had started work in August."),
    ("p", "Councillor Mary Onions asked whether the new online self-assessment form had been "
          "tested with older people and others who did not use the internet, and whether a "
          "paper version remained available."),
    ("p", "Councillor Rhys Pritchard sought clarification on whether any of the reduction in the "
          "waiting list had been achieved by closing cases without an assessment. The Assistant "
          "Director stated that no case was closed without the person being contacted, but that "
          "around 14% of people had been helped through a conversation with the Front Door "
          "team, often by being put in touch with voluntary and community sector support, and "
          "no longer needed a formal assessment. These outcomes were recorded and audited "
          "monthly."),
    ("p", "The Chair thanked the Portfolio Holder and officers for the report and for their "
          "attendance."),
    ("bold", "RESOLVED:"),
    ("p", "That the Committee:"),
    ("clause", "1.", "Notes the progress made in reducing the number of people waiting for a Care "
                     "Act assessment and the length of time they wait."),
    ("clause", "2.", "Requests that the next update, to be presented in March 2026, includes the "
                     "number of carers waiting for a carer\u2019s assessment and the number of "
                     "people waiting for an occupational therapy assessment in each locality."),

    ("item", "20", "Access to NHS Dental Services"),
    ("p", "The Chair welcomed Mr Gareth Hollis, Head of Primary Care Commissioning, and Dr Priya "
          "Nandra, Consultant in Dental Public Health, from NHS Wrexlow and Ambry Integrated "
          "Care Board (ICB) to the meeting."),
    ("p", "Mr Hollis gave a presentation, a copy of which is attached to the signed minutes, "
          "which outlined:"),
    ("bullet", "the responsibilities for commissioning primary, secondary and community dental "
               "services that had been delegated to the ICB by NHS England in April 2023;"),
    ("bullet", "the number of NHS dental practices in Wrexlow, which had fallen from 41 to 38 "
               "since 2022, and the proportion of adults seen by an NHS dentist in the previous "
               "24 months, which stood at 38% against 40% across England;"),
    ("bullet", "the Dental Recovery Plan, including the \u2018new patient premium\u2019, the "
               "Golden Hello scheme and the mobile dental van operating in the west of the "
               "county; and"),
    ("bullet", "the ICB\u2019s Dental Access Improvement Plan for 2025/26."),
    ("p", "Councillor Kevin Lathom reported that residents in his division had contacted every "
          "practice within 20 miles without finding one that was accepting NHS patients, and "
          "asked how many practices were currently taking on new adult patients. Mr Hollis "
          "replied that, at the end of August, four of the 38 practices were accepting new adult "
          "NHS patients and eleven were accepting children, and that the information on the NHS "
          "website was not always kept up to date by practices. The ICB was writing to practices "
          "to remind them of their contractual obligation to update it."),
    ("p", "Concern was expressed that the national dental contract, which paid practices for "
          "units of dental activity, did not cover the cost of treating patients with high needs "
          "and so discouraged practices from accepting new NHS patients. Dr Nandra agreed that "
          "the contract was a significant barrier to access but explained that reform of the "
          "contract was a matter for the Department of Health and Social Care. In the meantime "
          "the ICB had used the flexibilities available to it to pay a higher rate for urgent "
          "treatment sessions and for courses of treatment for patients who had not seen a "
          "dentist for two years."),
    ("p", "Councillor Graham Whitmore asked what had happened to the \u00a31.9 million of the "
          "dental budget that had not been spent in 2024/25. Mr Hollis explained that the dental "
          "budget had been ring-fenced nationally since April 2024 and that the underspend had "
          "been used for additional urgent care sessions, the mobile dental van and a pilot of "
          "dental care in six care homes, with the remainder returned to NHS England under the "
          "ring-fence rules."),
    ("p", "Councillor Jean Heywood welcomed the supervised toothbrushing programme in early "
          "years settings and asked whether it would be extended to primary schools in the most "
          "deprived areas. Dr Nandra confirmed that 94 nurseries and pre-schools had joined the "
          "programme and that funding had been agreed with the Council\u2019s public health team "
          "to extend it to 20 primary schools from January 2026."),
    ("p", "The Chair asked what was being done to attract dentists to work in rural parts of the "
          "county. Mr Hollis advised that the ICB was funding eight dental foundation training "
          "places in Wrexlow, was working with the University of Ambry\u2019s dental school on "
          "outreach placements, and had offered Golden Hello payments of \u00a320,000 to dentists "
          "taking up posts in areas of greatest need; three such posts had been filled so far."),
    ("p", "Members requested a breakdown by market town of the practices accepting new NHS "
          "patients, and it was agreed that this would be circulated to the Committee following "
          "the meeting."),
    ("bold", "RESOLVED:"),
    ("p", "That:"),
    ("clause", "1.", "The update from NHS Wrexlow and Ambry Integrated Care Board be noted."),
    ("clause", "2.", "The Chair write on behalf of the Committee to the Secretary of State for "
                     "Health and Social Care urging early reform of the NHS dental contract, and "
                     "copy the letter to the county\u2019s Members of Parliament."),
    ("clause", "3.", "A further update on the Dental Access Improvement Plan be brought to the "
                     "Committee in six months\u2019 time."),

    ("item", "21", "Healthwatch Wrexlow Annual Report 2024/25"),
    ("p", "Ms Celia Armitage, Chief Officer, Healthwatch Wrexlow, presented the Healthwatch "
          "Wrexlow Annual Report for 2024/25, which had been circulated with the agenda. She "
          "highlighted that 2,317 people had shared their experiences of health and care "
          "services with Healthwatch during the year, that volunteers had carried out Enter and "
          "View visits to seven care homes and two hospital wards, and that the most frequently "
          "raised issues had been access to GP appointments, NHS dentistry and waiting times for "
          "mental health services for children and young people."),
    ("p", "In response to a question about how Healthwatch reached people in rural areas who did "
          "not use the internet, Ms Armitage said that staff and volunteers held regular "
          "listening events at markets, libraries and village halls and that a freepost "
          "feedback card was available in every GP surgery and pharmacy in the county."),
    ("p", "The Vice-Chair asked what response Healthwatch had received from providers to the "
          "recommendations in its Enter and View reports. Ms Armitage reported that all seven "
          "care homes had responded within the required 20 working days and that most of the "
          "recommendations, such as improving the choice of activities for residents, had been "
          "acted upon."),
    ("p", "Councillor Tom Saxelby commented that the findings on telephone access to GP practices "
          "reflected the experience of residents in his division and suggested that the "
          "Committee look at access to GP appointments as part of its work programme."),
    ("p", "The Committee noted the report and thanked Ms Armitage and the Healthwatch volunteers "
          "for their work."),

    ("item", "22", "Work Programme"),
    ("p", "The Scrutiny Officer, Mr Daniel Frome, presented the Committee\u2019s work programme "
          "for 2025/26 and reminded Members that the task and finish group on hospital discharge "
          "would hold its first evidence session on 6 October 2025."),
    ("p", "Councillor Dominic Cattell asked whether the Committee would be consulted before any "
          "decision was taken on the future of the overnight service at Hadley Cross Minor "
          "Injuries Unit. The Chair advised that the ICB had indicated that proposals would be "
          "brought to the Committee before any public consultation began."),
    ("bold", "RESOLVED:"),
    ("p", "That the work programme be agreed, subject to the addition of access to GP "
          "appointments at the meeting on 12 January 2026."),

    ("item", "23", "Date of Next Meeting"),
    ("p", "Members noted that the next meeting of the Health Overview and Scrutiny Committee "
          "would be held on Monday, 10 November 2025 at 10.00 am."),
]


class MinutesPDF(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("Sans", "", 8.5)
            self.set_text_color(60, 60, 60)
            self.set_xy(20, 10)
            self.cell(0, 5, "Minutes of the Health Overview and Scrutiny Committee held on "
                            "15 September 2025", align="L")
            self.set_text_color(0, 0, 0)
            self.set_y(22)

    def footer(self):
        self.set_y(-16)
        self.set_font("Sans", "", 8.5)
        self.set_text_color(60, 60, 60)
        self.set_x(20)
        self.cell(120, 5, "Contact: Ann Tapley on 01632 960417", align="L")
        self.cell(0, 5, str(self.page_no()), align="R")
        self.set_text_color(0, 0, 0)


def _fonts(pdf: FPDF) -> None:
    pdf.add_font("Sans", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))


NUM_X = 20
BODY_X = 36
RIGHT = 20
LH = 5.6  # line height


def build_minutes(path: Path) -> None:
    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Minutes - Health Overview and Scrutiny Committee - 15 September 2025")
    pdf.set_author("Wrexlow Council")
    pdf.set_creator("Modern.Gov")
    _fonts(pdf)
    pdf.set_margins(NUM_X, 20, RIGHT)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    # "Committee and Date" box: names the meeting at which these minutes go for approval.
    pdf.set_font("Sans", "B", 10)
    pdf.set_xy(20, 16)
    pdf.cell(110, 5.5, "Committee and Date")
    pdf.cell(0, 5.5, "Item")
    pdf.set_font("Sans", "", 10)
    pdf.set_xy(20, 22)
    pdf.cell(110, 5.5, "Health Overview and Scrutiny Committee")
    pdf.set_xy(20, 33)
    pdf.cell(110, 5.5, "10 November 2025")
    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, 5.5, "Public")
    pdf.set_draw_color(120, 120, 120)
    pdf.line(20, 41, 190, 41)

    pdf.set_xy(20, 48)
    pdf.set_font("Sans", "B", 13)
    pdf.cell(0, 7, "HEALTH OVERVIEW AND SCRUTINY COMMITTEE", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Sans", "", 10.5)
    pdf.cell(0, LH, "Minutes of the meeting held on 15 September 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, LH, "In the Clunbury Room, Shirehall, Abbey Walk, Wrexlow, WX2 6ND",
             new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, LH, "10.00 am - 12.52 pm", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(44, LH, "Responsible Officer:")
    pdf.set_font("Sans", "", 10.5)
    pdf.cell(0, LH, "Ann Tapley", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(14, LH, "Email:")
    pdf.set_font("Sans", "", 10.5)
    pdf.cell(76, LH, "ann.tapley@wrexlow.gov.uk")
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(10, LH, "Tel:")
    pdf.set_font("Sans", "", 10.5)
    pdf.cell(0, LH, "01632 960417", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6.5, "Present", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10.5)
    pdf.cell(0, LH, PRESENT_CHAIR, new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, LH, PRESENT_OTHERS, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    width = 210 - BODY_X - RIGHT
    for block in MINUTES:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            pdf.ln(3)
            if pdf.get_y() > 297 - 22 - 20:
                pdf.add_page()
            pdf.set_font("Sans", "B", 10.5)
            y = pdf.get_y()
            pdf.set_xy(NUM_X, y)
            pdf.cell(BODY_X - NUM_X, LH + 0.4, num)
            pdf.set_xy(BODY_X, y)
            pdf.multi_cell(width, LH + 0.4, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "bold":
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_x(BODY_X)
            pdf.multi_cell(width, LH, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("Sans", "", 10.5)
            pdf.set_left_margin(BODY_X)
            pdf.set_x(BODY_X)
            pdf.multi_cell(width, LH, block[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(NUM_X)
            pdf.ln(2.5)
        elif kind == "bullet":
            pdf.set_font("Sans", "", 10.5)
            y = pdf.get_y()
            if y > 297 - 22 - LH:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(BODY_X + 2, y)
            pdf.cell(6, LH, "\u2022")
            pdf.set_left_margin(BODY_X + 8)
            pdf.set_xy(BODY_X + 8, y)
            pdf.multi_cell(width - 8, LH, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(NUM_X)
            pdf.ln(1.5)
        elif kind == "clause":
            _, label, text = block
            pdf.set_font("Sans", "", 10.5)
            y = pdf.get_y()
            if y > 297 - 22 - LH:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(BODY_X, y)
            pdf.cell(8, LH, label)
            pdf.set_left_margin(BODY_X + 8)
            pdf.set_xy(BODY_X + 8, y)
            pdf.multi_cell(width - 8, LH, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(NUM_X)
            pdf.ln(1.5)

    pdf.ln(14)
    if pdf.get_y() > 297 - 22 - 20:
        pdf.add_page()
    pdf.set_font("Sans", "", 10.5)
    pdf.set_x(NUM_X)
    pdf.cell(0, LH, "Signed " + "\u2026" * 40 + " (Chair)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.cell(0, LH, "Date:", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# The report (not minutes)
# --------------------------------------------------------------------------------------

REPORT = [
    ("h", "1.  Synopsis"),
    ("n", "1.1", "This report updates the Committee on the number of people waiting for an "
                 "adult social care assessment or review, the length of time they are waiting, "
                 "how risk is managed while people wait and the actions being taken to reduce "
                 "waiting times further during 2025/26."),
    ("h", "2.  Executive Summary"),
    ("n", "2.1", "At the end of August 2025, 612 people were waiting for a Care Act assessment, "
                 "down from 1,046 in September 2024. The average wait from referral to the start "
                 "of an assessment has reduced from 68 days to 41 days over the same period."),
    ("n", "2.2", "The number of people waiting for an occupational therapy assessment has risen "
                 "from 287 in March 2025 to 379 in August 2025, reflecting vacancies in the "
                 "occupational therapy service and the priority given to hospital discharge."),
    ("n", "2.3", "Performance on annual reviews remains below target: 47% of people receiving a "
                 "long-term service had a review within the previous twelve months, against a "
                 "target of 80%. A dedicated reviewing team started work in August 2025."),
    ("h", "3.  Recommendations"),
    ("n", "3.1", "That the Committee:"),
    ("l", "a)", "Notes the progress made in reducing waiting times for Care Act assessments;"),
    ("l", "b)", "Comments on the actions set out in section 8 of this report; and"),
    ("l", "c)", "Considers whether it wishes to receive a further update in March 2026."),
    ("h", "4.  Risk Assessment and Opportunities Appraisal"),
    ("n", "4.1", "People waiting for an assessment are at risk of deterioration, carer breakdown "
                 "or an avoidable admission to hospital or residential care. Every referral is "
                 "given a red, amber or green risk rating by the Front Door team and people are "
                 "contacted at intervals according to that rating."),
    ("n", "4.2", "Waiting lists are recorded on the Council\u2019s corporate risk register and are "
                 "a line of enquiry in the Care Quality Commission\u2019s assessment of local "
                 "authority adult social care."),
    ("h", "5.  Financial Implications"),
    ("n", "5.1", "The reviewing team is funded for two years from the Market Sustainability and "
                 "Improvement Fund at a cost of \u00a3385,000 a year. Agency social work cover is "
                 "forecast to cost \u00a3410,000 more than permanent staffing in 2025/26 and will be "
                 "met from within the adult social care budget."),
    ("h", "6.  Climate Change Appraisal"),
    ("n", "6.1", "There are no direct climate change implications arising from this report. "
                 "Greater use of telephone and online assessment reduces staff travel."),
    ("h", "7.  Background"),
    ("n", "7.1", "Under the Care Act 2014 the Council must assess any adult who appears to have "
                 "needs for care and support, and any carer who appears to have needs for "
                 "support. The Committee last considered waiting times in January 2025 and asked "
                 "for an update in the autumn."),
    ("h", "8.  Additional Information"),
    ("n", "8.1", "The table below shows the number of people waiting at the end of each quarter."),
    ("table", [["", "Sep 2024", "Dec 2024", "Mar 2025", "Jun 2025", "Aug 2025"],
               ["Care Act assessment", "1,046", "884", "751", "668", "612"],
               ["Occupational therapy", "301", "296", "287", "341", "379"],
               ["Review overdue", "1,920", "1,874", "1,811", "1,790", "1,702"]]),
    ("n", "8.2", "Actions being taken include the Front Door triage team, which resolves around "
                 "14% of contacts through a conversation and signposting to community support; "
                 "the recruitment of two occupational therapists; a new online self-assessment "
                 "form; and the reviewing team."),
    ("n", "8.3", "Members may wish to consider the following questions:"),
    ("l", "\u2022", "Is the Committee assured that people waiting for an assessment are kept safe?"),
    ("l", "\u2022", "What more could be done to reduce the number of overdue reviews?"),
    ("l", "\u2022", "How will the Council know whether the online self-assessment form is "
                    "accessible to people who do not use the internet?"),
    ("h", "9.  Conclusions"),
    ("n", "9.1", "Waiting times for Care Act assessments have improved significantly over the last "
                 "year. Occupational therapy waiting times and overdue reviews remain a concern "
                 "and will be the focus of the service for the rest of 2025/26."),
    ("h", "List of Background Papers"),
    ("t", "Report to Health Overview and Scrutiny Committee, 20 January 2025: Adult Social Care "
          "Waiting Times."),
    ("h", "Local Member:"),
    ("t", "All"),
    ("h", "Appendices"),
    ("t", "None"),
]


class ReportPDF(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("Sans", "", 8.5)
        self.set_text_color(60, 60, 60)
        self.cell(0, 5, "Contact: Tanya Rawlings, 01632 960552", align="L")
        self.set_x(20)
        self.cell(0, 5, str(self.page_no()), align="R")
        self.set_text_color(0, 0, 0)


def build_report(path: Path) -> None:
    pdf = ReportPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Adult Social Care Waiting Times Update")
    pdf.set_author("Wrexlow Council")
    _fonts(pdf)
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    # Report cover box.
    pdf.set_draw_color(0, 0, 0)
    pdf.rect(20, 16, 170, 30)
    pdf.set_font("Sans", "B", 10)
    pdf.set_xy(23, 18)
    pdf.cell(120, 5.5, "Committee and Date")
    pdf.cell(0, 5.5, "Item")
    pdf.set_font("Sans", "", 10)
    pdf.set_xy(23, 24)
    pdf.cell(120, 5.5, "Health Overview and Scrutiny Committee")
    pdf.set_font("Sans", "B", 14)
    pdf.cell(0, 5.5, "19")
    pdf.set_font("Sans", "", 10)
    pdf.set_xy(23, 30)
    pdf.cell(120, 5.5, "15 September 2025")
    pdf.set_xy(23, 38)
    pdf.cell(120, 5.5, "")
    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, 5.5, "Public")

    pdf.set_xy(20, 54)
    pdf.set_font("Sans", "B", 15)
    pdf.multi_cell(0, 8, "Adult Social Care Waiting Times Update", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    rows = [
        ("Responsible Officer:", "Tanya Rawlings, Executive Director of People"),
        ("email:", "tanya.rawlings@wrexlow.gov.uk"),
        ("Tel:", "01632 960552"),
        ("Cabinet Member (Portfolio Holder):", "Councillor Nick Ravenscroft, Adult Social Care "
                                               "and Public Health"),
    ]
    for label, value in rows:
        pdf.set_font("Sans", "B", 10)
        pdf.set_x(20)
        pdf.cell(74, 5.5, label)
        pdf.set_font("Sans", "", 10)
        pdf.multi_cell(0, 5.5, value, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    for block in REPORT:
        kind = block[0]
        if kind == "h":
            pdf.ln(2)
            if pdf.get_y() > 297 - 22 - 18:
                pdf.add_page()
            pdf.set_font("Sans", "B", 11)
            pdf.set_x(20)
            pdf.cell(0, 6.5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "n":
            _, num, text = block
            pdf.set_font("Sans", "", 10)
            y = pdf.get_y()
            pdf.set_xy(20, y)
            pdf.cell(12, 5.4, num)
            pdf.set_left_margin(32)
            pdf.set_xy(32, y)
            pdf.multi_cell(0, 5.4, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(20)
            pdf.ln(2)
        elif kind == "l":
            _, label, text = block
            pdf.set_font("Sans", "", 10)
            y = pdf.get_y()
            pdf.set_xy(34, y)
            pdf.cell(7, 5.4, label)
            pdf.set_left_margin(41)
            pdf.set_xy(41, y)
            pdf.multi_cell(0, 5.4, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(20)
            pdf.ln(1)
        elif kind == "t":
            pdf.set_font("Sans", "", 10)
            pdf.set_x(20)
            pdf.multi_cell(0, 5.4, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "table":
            data = block[1]
            pdf.set_left_margin(32)
            pdf.set_x(32)
            pdf.set_font("Sans", "", 9)
            with pdf.table(col_widths=(46, 20, 20, 20, 20, 20), text_align=(
                    "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
                    line_height=5.5, width=146) as table:
                for r in data:
                    row = table.row()
                    for c in r:
                        row.cell(c)
            pdf.set_left_margin(20)
            pdf.ln(3)
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------

ASC = "adult-social-care"
PC = "primary-care"


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health Overview and Scrutiny Committee",
    "meeting_date": "2025-09-15",
    "items": [
        {"number": "14", "title": "Apologies for Absence and Substitutions"},
        {"number": "15", "title": "Disclosable Interests"},
        {"number": "16", "title": "Minutes of the Previous Meeting"},
        {"number": "17", "title": "Public Question Time"},
        {"number": "18", "title": "Member Question Time"},
        {"number": "19", "title": "Adult Social Care Waiting Times Update"},
        {"number": "20", "title": "Access to NHS Dental Services"},
        {"number": "21", "title": "Healthwatch Wrexlow Annual Report 2024/25"},
        {"number": "22", "title": "Work Programme"},
        {"number": "23", "title": "Date of Next Meeting"},
    ],
    "questions": [
        q("17", "question",
          "regarding the temporary overnight closure of the Minor Injuries Unit at Hadley Cross",
          "Mr Leonard Voss", None, None, []),
        q("17", "question",
          "Integrated Care Board to publish monthly figures showing how many patients had travelled",
          "Mr Voss",
          "she would raise this with the ICB and that a written response would be sent",
          "The Chair", []),
        q("19", "question",
          "why the number of people waiting for an occupational therapy assessment had risen",
          None,
          "two occupational therapist posts had been vacant since the spring",
          "The Assistant Director", [ASC, "workforce"]),
        q("19", "question",
          "how people on the waiting list were kept safe while they waited",
          "Councillor Alison Brereton",
          "everyone was given a red, amber or green rating at the point of referral",
          "The Assistant Director", [ASC]),
        q("19", "request",
          "asked that future reports include the number of carers waiting",
          "Councillor Dominic Cattell",
          "Mrs Tanya Rawlings, agreed that this information would be",
          "The Executive Director of People, Mrs Tanya Rawlings", [ASC]),
        q("19", "question",
          "queried the continued reliance on agency social workers and the cost of this",
          None,
          "84 social worker posts in the adult teams were currently filled by agency staff",
          None, [ASC, "workforce", "finance"]),
        q("19", "comment",
          "commented that performance on reviews, with fewer than half of people",
          "The Vice-Chair",
          "reviews had been given a lower priority while the assessment waiting list was reduced",
          "The Portfolio Holder", [ASC]),
        q("19", "question",
          "new online self-assessment form had been tested with older people",
          "Councillor Mary Onions", None, None, [ASC]),
        q("19", "question",
          "any of the reduction in the waiting list had been achieved by closing cases",
          "Councillor Rhys Pritchard",
          "no case was closed without the person being contacted",
          "The Assistant Director", [ASC]),
        q("20", "question",
          "asked how many practices were currently taking on new adult patients",
          "Councillor Kevin Lathom",
          "four of the 38 practices were accepting new adult NHS patients",
          "Mr Hollis", [PC]),
        q("20", "concern",
          "the national dental contract, which paid practices for units of dental activity",
          None,
          "reform of the contract was a matter for the Department of Health and Social Care",
          "Dr Nandra", [PC, "finance"]),
        q("20", "question",
          "what had happened to the \u00a31.9 million of the dental budget",
          "Councillor Graham Whitmore",
          "the dental budget had been ring-fenced nationally since April 2024",
          "Mr Hollis", [PC, "finance"]),
        q("20", "question",
          "asked whether it would be extended to primary schools in the most deprived areas",
          "Councillor Jean Heywood",
          "94 nurseries and pre-schools had joined the programme",
          "Dr Nandra", [PC, "children-and-families", "public-health"]),
        q("20", "question",
          "what was being done to attract dentists to work in rural parts of the county",
          "The Chair",
          "Mr Hollis advised that the ICB was funding eight dental foundation",
          "Mr Hollis", [PC, "workforce"]),
        q("20", "request",
          "requested a breakdown by market town of the practices accepting new NHS patients",
          None,
          "it was agreed that this would be circulated to the Committee following the meeting",
          None, [PC]),
        q("21", "question",
          "how Healthwatch reached people in rural areas who did not use the internet",
          None,
          "held regular listening events at markets, libraries and village halls",
          "Ms Armitage", ["patient-and-public-input"]),
        q("21", "question",
          "what response Healthwatch had received from providers to the recommendations",
          "The Vice-Chair",
          "all seven care homes had responded within the required 20 working days",
          "Ms Armitage", ["patient-and-public-input", ASC]),
        q("21", "comment",
          "the findings on telephone access to GP practices reflected the experience of residents",
          "Councillor Tom Saxelby", None, None, [PC]),
        q("22", "question",
          "whether the Committee would be consulted before any decision was taken on the future",
          "Councillor Dominic Cattell",
          "proposals would be brought to the Committee before any public consultation began",
          "The Chair", ["patient-and-public-input"]),
    ],
    "resolutions": [
        r("16", "held on 14 July 2025 be confirmed as a correct record", "agreed", []),
        r("19", "Notes the progress made in reducing the number of people waiting for a Care Act",
          "agreed", [ASC]),
        r("20", "The Chair write on behalf of the Committee to the Secretary of State",
          "agreed", [PC]),
        r("21", "The Committee noted the report and thanked Ms Armitage and the Healthwatch "
                "volunteers", "noted", ["patient-and-public-input"]),
        r("22", "the work programme be agreed, subject to the addition of access to GP appointments",
          "agreed", [PC]),
        r("23", "the next meeting of the Health Overview and Scrutiny Committee would be held",
          "noted", []),
    ],
    "attendees": [
        {"name": "Councillor Helen Marsden", "role": "Chair", "attendance": "present"},
        {"name": "Peter Walford", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Alison Brereton", "role": None, "attendance": "present"},
        {"name": "Dominic Cattell", "role": None, "attendance": "present"},
        {"name": "Jean Heywood", "role": None, "attendance": "present"},
        {"name": "Kevin Lathom", "role": None, "attendance": "present"},
        {"name": "Mary Onions", "role": None, "attendance": "present"},
        {"name": "Rhys Pritchard", "role": None, "attendance": "present"},
        {"name": "Tom Saxelby", "role": None, "attendance": "present"},
        {"name": "Graham Whitmore", "role": None, "attendance": "present"},
        {"name": "Sarah Ditton", "role": None, "attendance": "apologies"},
        {"name": "Barry Halloway", "role": None, "attendance": "apologies"},
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# --------------------------------------------------------------------------------------
# Build and check
# --------------------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\nwrote gold files in {GOLD}")


def norm(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def doc_text(path: Path) -> str:
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        return "\n".join((page.extract_text() or "") for page in pdf.pages)


def check() -> int:
    failures = 0
    for gold_path in sorted(GOLD.glob("ig-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            failures += 1
            continue
        text = norm(doc_text(doc))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            p = norm(phrase)
            n_words = len(p.split())
            count = text.count(p)
            ok = count == 1 and 6 <= n_words <= 15
            if not ok:
                failures += 1
                print(f"FAIL {gold_path.name} {kind}: found {count}x, {n_words} words: {phrase!r}")
        items = {i["number"] for i in gold.get("items", [])}
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            if row["item"] not in items:
                failures += 1
                print(f"FAIL {gold_path.name}: unknown item {row['item']}")
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("check passed" if not failures else f"check FAILED: {failures} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
