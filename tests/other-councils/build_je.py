#!/usr/bin/env python3
"""Build the "je-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_je.py           build documents/je-* and gold/je-*.json
        build_je.py --check   verify every gold phrase occurs once in its document
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
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "je-lymebridge-asch-scrutiny-2025-03-06.pdf"
REPORT_NAME = "je-lymebridge-asc-charging-consultation-report.docx"

COMMITTEE = "Adult Social Care & Health Scrutiny Committee"
RUNNING = "Adult Social Care & Health Scrutiny Committee - Thursday, 6 March 2025"
INTRO = "The following comments were made/issues raised:-"
INTRO2 = ("Members asked questions and made comments in relation to the report and the "
          "following issues were raised:-")

# ---------------------------------------------------------------------------------------
# The minutes, as a list of blocks.
#   ("h", number, title)      item heading
#   ("p", text)               paragraph
#   ("b", text)               bullet
#   ("r", [clauses])          RESOLVED block (one clause: "RESOLVED – That ...")
#   ("t", [(left, right)])    borderless two-column table
# ---------------------------------------------------------------------------------------
MINUTES = [
    ("h", "1", "MINUTES"),
    ("p", "The Minutes (copies of which had been circulated) of the meeting held on 23 January "
          "2025 were approved as a correct record and signed by the Chair."),

    ("h", "2", "DECLARATIONS OF INTEREST"),
    ("p", "Councillors and officers were invited to declare any interests which they had in any "
          "of the items on the agenda for the meeting."),
    ("p", "The following interests were declared:-"),
    ("sub", "Personal Interests"),
    ("t", [("Councillor", "Interest"),
           ("Gillian Dearden", "Agenda Item 6 – ‘Recommissioning of Care at Home Services’ as a "
                               "member of her family was employed by a home care provider in "
                               "the borough."),
           ("Imran Chaudhry", "Agenda Item 7 – ‘Access to General Practice’ as a salaried GP at "
                              "a practice within the Hollin Green Primary Care Network.")]),

    ("h", "3", "CALL-IN"),
    ("p", "There were no call-in items to consider."),

    ("h", "4", "PORTFOLIO PERFORMANCE AND RESOURCES - THIRD UPDATE REPORT 2024/25"),
    ("p", "The Cabinet Member for Health & Adult Social Care (Councillor Keith Ormerod) submitted "
          "a report (copies of which had been circulated) providing an overview of progress in "
          "delivering the priorities of the Health & Adult Social Care portfolio, together with "
          "the forecast revenue outturn and the position of the capital programme as at the end "
          "of Quarter 3 (31 December 2024)."),
    ("p", "The report set out a forecast revenue overspend of £2.874m for the portfolio, arising "
          "largely from the cost of externally commissioned care packages and the continued use "
          "of agency staff in the Adult Social Care Front Door and Review teams, partially offset "
          "by a drawdown of £1.1m from the Adult Social Care reserve. The Cabinet Member for "
          "Finance & Resources (Councillor Diane Fletcher) also attended the meeting to answer "
          "Members’ questions."),
    ("p", INTRO),
    ("b", "Members queried the continued reliance on agency social workers in the review teams "
          "and the cost of this to the Council. The Director of Adult Social Care stated that "
          "the number of agency social workers had reduced from 31 to 19 since April 2024, and "
          "that a further six permanent appointments were expected to start before the end of "
          "the financial year following the recruitment campaign held in the autumn."),
    ("b", "It was asked whether the overspend on externally commissioned care was the result of "
          "more people needing support or of the rising cost of each package of care. In "
          "response, it was stated that both factors applied, but that the greater part of the "
          "pressure related to the complexity of need among people being discharged from "
          "hospital, with the average cost of a homecare package having risen by 11% over the "
          "year."),
    ("b", "Concern was expressed that the Adult Social Care reserve was being used to balance the "
          "position for a second year running and that this could not continue indefinitely. The "
          "Cabinet Member for Finance & Resources acknowledged the concern and advised that the "
          "Medium Term Financial Plan assumed no further use of the reserve from 2025/26, with "
          "the growth in the base budget agreed at Budget Council intended to address the "
          "underlying pressure."),
    ("b", "Members welcomed the improvement in the percentage of safeguarding enquiries "
          "concluded within timescale, which had risen to 82% in Quarter 3."),
    ("b", "A Member requested that future update reports include the number of people waiting "
          "for a Care Act assessment and the length of time they had been waiting, broken down "
          "by team. The Director of Adult Social Care agreed to include this information from "
          "the next reporting period."),
    ("b", "It was commented that the slippage on the capital programme for the Hollin Green "
          "extra care scheme was disappointing given the shortage of extra care places in the "
          "east of the borough. Members were advised that the delay related to the relocation of "
          "a utilities main on the site and that the scheme was now expected to be completed in "
          "October 2025."),
    ("r", ["(1) That the report be noted.",
           "(2) That the Director of Adult Social Care be requested to circulate a breakdown of "
           "the forecast overspend on externally commissioned care, by type of care, to members "
           "of the Scrutiny Committee."]),

    ("h", "5", "ADULT SOCIAL CARE CHARGING POLICY - OUTCOME OF CONSULTATION"),
    ("p", "The Director of Adult Social Care submitted a report (copies of which had been "
          "circulated) setting out the outcome of the public consultation on proposed changes to "
          "the Council’s Charging Policy for non-residential adult social care services, which "
          "had run for twelve weeks from 30 September to 22 December 2024. The proposals "
          "included aligning the Minimum Income Guarantee with the national rates set by the "
          "Department of Health and Social Care, taking into account the higher rate of "
          "Attendance Allowance and the enhanced rate of the daily living component of Personal "
          "Independence Payment when assessing income, and introducing an annual arrangement fee "
          "of £125 for people with savings above the upper capital limit who asked the Council "
          "to arrange their care."),
    ("p", "It was reported that 412 responses had been received to the online survey, together "
          "with 37 paper questionnaires and feedback from six drop-in sessions held at libraries "
          "and day centres across the borough. The majority of respondents had disagreed with "
          "the proposal to take the higher rates of disability benefits into account."),
    ("p", "The Cabinet Member for Health & Adult Social Care (Councillor Keith Ormerod) attended "
          "the meeting to answer Members’ questions."),
    ("p", INTRO),
    ("b", "A Member asked how many people would pay more as a result of the changes and by how "
          "much. In response, it was stated that approximately 640 people would see an increase "
          "in their weekly contribution, with the median increase being £14.30 per week, and "
          "that around 210 people would see no change."),
    ("b", "Concern was expressed that the proposal to include the enhanced rate of the daily "
          "living component of Personal Independence Payment would fall hardest on younger "
          "disabled adults living independently, many of whom had told the consultation that "
          "they used the money for costs relating to their disability. The Cabinet Member for "
          "Health & Adult Social Care stated that every person would continue to receive an "
          "individual financial assessment and that disability-related expenditure would be "
          "allowed for in full where it was evidenced."),
    ("b", "Members asked whether the Council had considered the number of people who might stop "
          "receiving care altogether because of the increased charges. The Director of Adult "
          "Social Care advised that this risk had been identified in the Equality Impact "
          "Assessment and that the service would monitor cancellations of care packages for "
          "twelve months following implementation, reporting the findings to the Scrutiny "
          "Committee."),
    ("b", "It was commented that the consultation had been well publicised, although some Members "
          "had received feedback from residents that the online questionnaire was difficult to "
          "complete for people with a learning disability and that an Easy Read version had only "
          "been made available some three weeks into the consultation period."),
    ("b", "In response to a question about the proposed arrangement fee, it was confirmed that "
          "the fee was intended to recover the Council’s administrative costs only and was lower "
          "than the fees charged by most of the neighbouring authorities."),
    ("r", ["That the Cabinet be recommended to approve the revised Charging Policy for "
           "non-residential adult social care services, subject to the impact of the changes on "
           "people aged under 65 being reviewed after twelve months and the outcome reported to "
           "the Scrutiny Committee."]),

    ("h", "6", "RECOMMISSIONING OF CARE AT HOME SERVICES"),
    ("p", "The Director of Adult Social Care submitted a report (copies of which had been "
          "circulated) setting out the proposed approach to the recommissioning of care at home "
          "services in the borough from April 2026, when the current framework agreement with 23 "
          "providers would expire. It was proposed to move to a zoned model, with a lead provider "
          "in each of five zones aligned to the borough’s neighbourhood teams, supported by a "
          "flexible framework of additional providers, and to require all providers to pay care "
          "workers at least the Real Living Wage."),
    ("p", "The Head of Commissioning, Adult Social Care reported that market engagement events "
          "had been held with providers in November and January, and that the views of people "
          "who used the service and their carers had been gathered through 140 telephone "
          "interviews carried out by Healthwatch Lymebridge."),
    ("p", INTRO),
    ("b", "Members welcomed the commitment to the Real Living Wage and asked how this would be "
          "funded. The Head of Commissioning stated that the hourly rate for 2025/26 had been set "
          "at £25.60 to reflect the Real Living Wage and the increase in employers’ National "
          "Insurance contributions, and that the additional cost had been built into the Medium "
          "Term Financial Plan."),
    ("b", "Concern was expressed that moving to a lead provider model could force smaller local "
          "agencies out of the market, and that people who had been supported by the same care "
          "workers for many years might have to change provider. In response, it was stated that "
          "smaller providers would be able to join the flexible framework and that the "
          "specification would require lead providers to offer sub-contracting arrangements "
          "where continuity of care would otherwise be lost. It was further stated that nobody "
          "would be required to change their care provider solely as a result of the "
          "recommissioning."),
    ("b", "A Member asked what weighting would be given to quality as opposed to price in the "
          "evaluation of tenders. The Head of Commissioning advised that the evaluation would be "
          "weighted 70% quality and 30% price, and that people with lived experience of care at "
          "home would sit on the evaluation panel for the quality questions."),
    ("b", "It was asked whether the Council had considered bringing any of the service back "
          "in-house. The Cabinet Member for Health & Adult Social Care responded that an in-house "
          "option had been considered as part of the options appraisal but had been discounted "
          "on the grounds of cost and the time it would take to build the necessary workforce, "
          "although the Council’s in-house reablement service would continue to be expanded."),
    ("b", "Councillor Latchford referred to the difficulties experienced in recruiting care "
          "workers in the rural wards in the south of the borough, where travel times between "
          "calls were long, and asked that the specification address the payment of travel "
          "time. It was confirmed that the specification would require providers to pay care "
          "workers for travel time between calls and that a rural uplift to the hourly rate was "
          "being modelled."),
    ("r", ["That the progress made on the recommissioning of care at home services be noted, and "
           "a further report on the outcome of the tender be submitted to the Scrutiny Committee "
           "before a contract award is made."]),

    ("h", "7", "ACCESS TO GENERAL PRACTICE"),
    ("p", "The Deputy Place Lead (NHS Lymebridge) and the Associate Medical Director, One "
          "Lymebridge Health & Care, submitted a report and gave a presentation (copies of which "
          "had been circulated) on access to general practice in the borough, including the "
          "implementation of the modern general practice access model, the use of online "
          "consultation tools, the roll-out of cloud-based telephony to all 38 practices and the "
          "work of the borough’s five Primary Care Networks."),
    ("p", "Members were advised that general practice in Lymebridge had delivered 1.52 million "
          "appointments in the twelve months to December 2024, an increase of 6% on the previous "
          "year, and that 41% of appointments now took place on the same day as they were "
          "booked. It was reported that the GP Patient Survey had shown that 68% of patients "
          "described their overall experience of their practice as good, compared with 71% "
          "nationally."),
    ("p", INTRO2),
    ("b", "It was commented that many residents, particularly older people, continued to report "
          "difficulties in getting through to their practice at 8.00 am and that some felt they "
          "were being pushed towards online forms which they could not use. The Associate "
          "Medical Director stated that practices were required to offer the same access to "
          "patients who contacted them by telephone or in person as to those using online tools, "
          "and that cloud-based telephony now enabled patients to request a call back rather than "
          "wait in a queue."),
    ("b", "A Member asked what was being done to address the shortage of NHS dentists taking on "
          "new patients, as several constituents had been told that there was a waiting list of "
          "two years. The Deputy Place Lead advised that the commissioning of dental services had "
          "been delegated to the Integrated Care Board in 2023 and that additional sessions for "
          "urgent dental care had been commissioned from four practices in the borough, but "
          "acknowledged that access to routine NHS dental care remained very poor."),
    ("b", "Members queried the number of GPs working in the borough and whether newly qualified "
          "GPs were struggling to find work, as had been reported in the national press. It was "
          "reported that the number of full-time equivalent GPs had increased slightly over the "
          "past two years, and that the Additional Roles Reimbursement Scheme had funded the "
          "recruitment of 96 staff, including clinical pharmacists, physiotherapists, paramedics "
          "and mental health practitioners, to work alongside GPs. Dr Nandra confirmed that some "
          "recently qualified GPs locally had found it difficult to secure salaried posts because "
          "of the way in which practice funding was structured."),
    ("b", "Concern was expressed about the closure of the branch surgery at Redbank in January "
          "2025 and the lack of consultation with patients before the decision was taken."),
    ("b", "Councillor Whitworth asked whether the Pharmacy First scheme had reduced demand on GP "
          "appointments. In response, it was stated that over 9,400 consultations had been "
          "provided through Pharmacy First in the borough since February 2024, although it was "
          "not yet possible to measure the effect on GP appointments."),
    ("p", "The Chair thanked the representatives of NHS Lymebridge and One Lymebridge Health & "
          "Care for attending the meeting. The Scrutiny Committee noted the update and asked that "
          "a report on access to NHS dentistry in the borough be submitted to a meeting in the "
          "2025/26 municipal year."),

    ("h", "8", "ANNUAL REPORT OF THE DIRECTOR OF PUBLIC HEALTH 2024"),
    ("p", "The Director of Public Health submitted his Annual Report for 2024 (copies of which had "
          "been circulated), which this year focused on healthy ageing and on the gap in healthy "
          "life expectancy between the most and least deprived neighbourhoods of the borough, "
          "which stood at 14.6 years for men and 12.9 years for women. The report set out five "
          "recommendations for the Council and its partners, including the expansion of falls "
          "prevention activity, action on loneliness and social isolation, and Making Every "
          "Contact Count training for frontline staff."),
    ("p", INTRO2),
    ("b", "Members thanked the Director of Public Health for a clear and readable report and "
          "asked how the recommendations would be monitored. In response, it was stated that "
          "progress would be reported to the Health and Wellbeing Board through its annual review "
          "of the Joint Local Health and Wellbeing Strategy."),
    ("b", "Concern was expressed about the reduction in the number of people taking up the flu "
          "vaccination among the over 65s in the most deprived wards. The Director of Public "
          "Health advised that uptake among over 65s had fallen to 71% in the 2024/25 season, and "
          "that community pharmacies and the mobile vaccination bus had been deployed to the "
          "wards with the lowest uptake."),
    ("b", "It was commented that the report’s focus on loneliness was welcome, but that many of "
          "the community groups which did the most to tackle it had lost their funding in recent "
          "years."),
    ("b", "A Member asked what the Council’s public health grant for 2025/26 would be and whether "
          "any of the recommendations in the report were unfunded. The Director of Public Health "
          "stated that the grant allocation for 2025/26 had not yet been confirmed by the "
          "Government, and that the recommendations had been framed so that they could be "
          "delivered largely within existing resources."),
    ("r", ["That the Annual Report of the Director of Public Health 2024 be noted."]),

    ("h", "9", "SCRUTINY REVIEW - HOSPITAL DISCHARGE: FINAL REPORT"),
    ("p", "Councillor Rachel Sunderland, as Lead Member of the Scrutiny Review Panel, submitted "
          "the final report of the Scrutiny Review into hospital discharge (copies of which had "
          "been circulated). The Review Panel had met on five occasions between July and "
          "December 2024, had visited the Integrated Discharge Hub at Castle Heyes Hospital and "
          "had received evidence from Lymebridge NHS Foundation Trust, the Council’s reablement "
          "service, two care home providers, Healthwatch Lymebridge and carers’ organisations. "
          "The report made eight recommendations, including the establishment of a seven-day "
          "social work presence at the Integrated Discharge Hub, better information for carers "
          "before discharge and a review of the discharge to assess beds commissioned by the "
          "Council."),
    ("p", "Councillor Sunderland thanked the members of the Review Panel, the officers who had "
          "supported it and all those who had given evidence."),
    ("p", INTRO),
    ("b", "Members commended the Review Panel on a thorough and well evidenced report."),
    ("b", "It was asked whether the recommendations had been shared with the Foundation Trust "
          "and whether the Trust supported them. Councillor Sunderland advised that the draft "
          "recommendations had been discussed with the Trust’s Director of Operations, who had "
          "indicated support for all of them, although the recommendation on seven-day working "
          "would need further discussion as to how it would be funded."),
    ("b", "A Member expressed concern that carers were often the last to know when a relative was "
          "to be discharged and sometimes had less than 24 hours’ notice, and asked that the "
          "recommendation on information for carers be strengthened to include a named contact "
          "for each carer. The Director of Adult Social Care agreed that this was a gap and "
          "stated that the Council and the Trust were developing a joint discharge leaflet and a "
          "single point of contact for carers in the Integrated Discharge Hub."),
    ("r", ["(1) That the final report of the Hospital Discharge Scrutiny Review be approved, "
           "subject to recommendation 4 being amended to include a named contact for each carer.",
           "(2) That the final report be submitted to the Cabinet for consideration and "
           "response."]),

    ("h", "10", "AGENDA PLANNING"),
    ("p", "A representative of the Assistant Director – Legal & Democratic Governance (Monitoring "
          "Officer) submitted a report (copies of which had been circulated) setting out the "
          "planned agenda items for the Scrutiny Committee’s next meeting and any Forward Plan "
          "items that fell within the remit of the Committee."),
    ("p", "It was noted that the Forward Plan included a key decision on the award of contracts "
          "for the Integrated Wellness Service, which provided stop smoking, weight management "
          "and NHS Health Check services. A Member requested that the Scrutiny Committee be given "
          "the opportunity to consider the proposals before the decision was taken by the "
          "Cabinet Member. The Director of Public Health stated that the decision was not "
          "expected until July 2025 and that a briefing could be provided to the Committee at its "
          "first meeting of the new municipal year."),
    ("r", ["That the report be noted and a briefing on the recommissioning of the Integrated "
           "Wellness Service be included on the agenda for the first meeting of the 2025/26 "
           "municipal year."]),
]

PRESENT = ("Councillor Helen Marsland (Chair) in the chair; Councillor Peter Oduya (Vice-Chair); "
           "Councillors Sandra Belfield, Imran Chaudhry, Gillian Dearden, Mark Hollinshead, "
           "Ruth Kenyon, Tom Latchford, Janet Priestnall and Adam Whitworth.")
ALSO = ("Councillor Keith Ormerod (Cabinet Member for Health & Adult Social Care), Councillor "
        "Diane Fletcher (Cabinet Member for Finance & Resources), Councillor Rachel Sunderland "
        "(Lead Member, Hospital Discharge Scrutiny Review), Hannah Cropper (Director of Adult "
        "Social Care), Dr Michael Adeyemi (Director of Public Health), Lisa Brereton (Head of "
        "Commissioning, Adult Social Care), Andrew Kershaw (Finance Business Partner), Claire "
        "Pendlebury (Deputy Place Lead, NHS Lymebridge), Dr Priya Nandra (Associate Medical "
        "Director, One Lymebridge Health & Care) and Joanne Tattersall (Senior Democratic "
        "Services Officer).")


def build_minutes_pdf(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("dv", "I", 8)
                self.set_text_color(90, 90, 90)
                self.cell(0, 5, RUNNING, align="R", new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
                self.ln(4)

        def footer(self):
            self.set_y(-15)
            self.set_font("dv", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"{self.page_no()}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = Minutes(format="A4")
    pdf.set_creation_date(datetime(2025, 3, 14, 10, 30, 0, tzinfo=timezone.utc))
    pdf.set_title("Printed minutes 06th-Mar-2025 18.00 Adult Social Care & Health Scrutiny Committee")
    pdf.set_author("Lymebridge MBC")
    pdf.add_font("dv", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("dv", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    w = pdf.epw
    lh = 5.4
    size = 10.5

    pdf.set_font("dv", "B", 15)
    pdf.multi_cell(w, 8, COMMITTEE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("dv", "", size)
    for label, value in (("Meeting:", "6 March 2025"), ("At:", "6.00 pm")):
        pdf.set_font("dv", "B", size)
        pdf.cell(22, lh, label)
        pdf.set_font("dv", "", size)
        pdf.cell(0, lh, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    def heading(text):
        pdf.set_font("dv", "B", size)
        pdf.multi_cell(w, lh, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        pdf.set_font("dv", "", size)

    def para(text, indent=0.0):
        pdf.set_font("dv", "", size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(w - indent, lh, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    heading("PRESENT")
    para(PRESENT)
    heading("ALSO IN ATTENDANCE")
    para(ALSO)
    pdf.ln(2)

    num_w = 10
    for block in MINUTES:
        kind = block[0]
        if kind == "h":
            _, num, title = block
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("dv", "B", size)
            pdf.cell(num_w, lh, f"{num}.")
            pdf.multi_cell(w - num_w, lh, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "p":
            para(block[1], indent=num_w)
        elif kind == "sub":
            pdf.set_x(pdf.l_margin + num_w)
            pdf.set_font("dv", "B", size)
            pdf.cell(0, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "b":
            pdf.set_font("dv", "", size)
            x0 = pdf.l_margin + num_w
            if pdf.get_y() > pdf.h - 30:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_xy(x0, y)
            pdf.cell(6, lh, "•")
            pdf.set_xy(x0 + 7, y)
            pdf.multi_cell(w - num_w - 7, lh, block[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "r":
            clauses = block[1]
            pdf.ln(1)
            x0 = pdf.l_margin + num_w
            lab = "RESOLVED – "
            pdf.set_font("dv", "B", size)
            lab_w = pdf.get_string_width(lab) + 1
            y = pdf.get_y()
            pdf.set_xy(x0, y)
            pdf.cell(lab_w, lh, lab)
            pdf.set_font("dv", "", size)
            for i, clause in enumerate(clauses):
                if i:
                    pdf.set_x(x0 + lab_w)
                pdf.multi_cell(w - num_w - lab_w, lh, clause, align="J",
                               new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            pdf.ln(2)
        elif kind == "t":
            rows = block[1]
            pdf.set_font("dv", "", size)
            x0 = pdf.l_margin + num_w
            cw = 42
            for i, (left, right) in enumerate(rows):
                pdf.set_font("dv", "B" if i == 0 else "", size)
                y = pdf.get_y()
                pdf.set_xy(x0, y)
                pdf.multi_cell(cw, lh, left, new_x="RIGHT", new_y="TOP")
                pdf.set_xy(x0 + cw, y)
                pdf.multi_cell(w - num_w - cw, lh, right, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            pdf.set_font("dv", "", size)
            pdf.ln(1)

    pdf.ln(4)
    pdf.set_font("dv", "", size)
    pdf.cell(0, lh, "The meeting closed at 8.17 pm.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    pdf.cell(0, lh, "Chair", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------
# The document that is not minutes: a committee report in Word.
# ---------------------------------------------------------------------------------------
def build_report_docx(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(12)
    cp = d.core_properties
    fixed = datetime(2025, 2, 24, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "Lisa Brereton"
    cp.last_modified_by = "Democratic Services"
    cp.title = "ASC Charging Policy - Outcome of Consultation"
    cp.revision = 3

    def p(text, bold=False, align=None, space_after=6):
        para = d.add_paragraph()
        run = para.add_run(text)
        run.bold = bold
        if align:
            para.alignment = align
        para.paragraph_format.space_after = Pt(space_after)
        return para

    def numbered(num, text):
        para = d.add_paragraph()
        para.paragraph_format.left_indent = Pt(36)
        para.paragraph_format.first_line_indent = Pt(-36)
        para.add_run(f"{num}\t{text}")
        return para

    p("ITEM 5", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p("ADULT SOCIAL CARE & HEALTH SCRUTINY COMMITTEE", bold=True, space_after=0)
    p("Meeting: 6 March 2025", space_after=12)
    p("CABINET", bold=True, space_after=0)
    p("Meeting: 18 March 2025", space_after=12)
    p("ADULT SOCIAL CARE CHARGING POLICY – OUTCOME OF CONSULTATION", bold=True)
    p("Report of the Director of Adult Social Care", space_after=12)

    p("1.\tINTRODUCTION AND PURPOSE OF REPORT", bold=True)
    numbered("1.1", "This report sets out the outcome of the twelve week public consultation on "
                    "proposed changes to the Council’s Charging Policy for non-residential adult "
                    "social care services, which ran from 30 September to 22 December 2024, and "
                    "the revised proposals that have been developed in the light of the feedback "
                    "received.")
    numbered("1.2", "The Scrutiny Committee is invited to comment on the proposals before they "
                    "are considered by the Cabinet on 18 March 2025.")

    p("2.\tBACKGROUND", bold=True)
    numbered("2.1", "Under the Care Act 2014 the Council may charge for the care and support it "
                    "arranges, subject to a financial assessment which ensures that people keep "
                    "a minimum level of income. The current Charging Policy was last revised in "
                    "2019 and does not reflect the rates now set by the Department of Health and "
                    "Social Care.")
    numbered("2.2", "The Council’s budget for 2025/26 assumes additional income of £0.9m from "
                    "changes to charging, of which £0.2m relates to the arrangement fee.")

    p("3.\tTHE CONSULTATION", bold=True)
    numbered("3.1", "The consultation was promoted through the Council’s website, letters to all "
                    "4,126 people currently receiving a chargeable service, the Lymebridge "
                    "Carers Centre and Healthwatch Lymebridge. An Easy Read version of the "
                    "questionnaire was published on 21 October 2024.")
    numbered("3.2", "In total 412 online responses and 37 paper questionnaires were received, and "
                    "six drop-in sessions were held at libraries and day centres. The table below "
                    "summarises the answers to the main questions.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ("Question asked", "Agree", "Disagree", "Don’t know")
    for c, h in zip(t.rows[0].cells, hdr):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    rows = [
        ("Do you agree that the Minimum Income Guarantee should match the national rates?",
         "61%", "22%", "17%"),
        ("Do you agree that the higher rate of Attendance Allowance and the enhanced daily "
         "living rate of PIP should be taken into account?", "18%", "71%", "11%"),
        ("Do you agree that people who can afford to pay for their care should pay a fee if "
         "they ask the Council to arrange it?", "44%", "39%", "17%"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    p("", space_after=6)
    numbered("3.3", "The questions most often raised at the drop-in sessions, and the answers "
                    "given, are set out below.")
    qa = [
        ("Will I have to pay more?",
         "Your contribution will depend on your income and savings. About 640 people are "
         "expected to pay more; everyone will receive a new financial assessment before any "
         "change is made."),
        ("What happens if I cannot afford the new charge?",
         "You can ask for a review of your financial assessment at any time, and we will take "
         "into account any extra costs you have because of your disability."),
        ("Why are you charging people who pay for their own care?",
         "The fee covers the cost of setting up and managing a care arrangement on your behalf. "
         "You will not have to pay it if you arrange your care yourself."),
    ]
    for q, a in qa:
        para = d.add_paragraph()
        para.paragraph_format.left_indent = Pt(36)
        para.add_run("Q. " + q).bold = True
        para2 = d.add_paragraph()
        para2.paragraph_format.left_indent = Pt(36)
        para2.add_run("A. " + a)

    p("4.\tREVISED PROPOSALS", bold=True)
    numbered("4.1", "Having considered the feedback, it is proposed to proceed with the changes "
                    "to the Minimum Income Guarantee and the arrangement fee of £125 a year, and "
                    "to take the higher rates of disability benefits into account from 7 April "
                    "2025, with a full allowance for evidenced disability-related expenditure.")
    numbered("4.2", "It is also proposed that the impact on people aged under 65 should be "
                    "reviewed after twelve months.")

    p("5.\tFINANCIAL AND RISK CONSIDERATIONS", bold=True)
    numbered("5.1", "The revised proposals are expected to generate additional income of £0.82m "
                    "in a full year. There is a risk that some people will cancel their care; "
                    "cancellations will be monitored for twelve months after implementation.")

    p("6.\tEQUALITIES IMPACT", bold=True)
    numbered("6.1", "An Equality Impact Assessment is attached at Appendix 2. The changes are "
                    "likely to have a greater impact on younger disabled adults.")

    p("7.\tRECOMMENDATIONS", bold=True)
    numbered("7.1", "The Scrutiny Committee is asked to comment on the outcome of the "
                    "consultation and the revised proposals.")
    numbered("7.2", "The Cabinet is recommended to:")
    for letter, text in (("(i)", "approve the revised Charging Policy for non-residential adult "
                                 "social care services set out at Appendix 1, to take effect "
                                 "from 7 April 2025; and"),
                         ("(ii)", "delegate authority to the Director of Adult Social Care, in "
                                  "consultation with the Cabinet Member for Health & Adult "
                                  "Social Care, to make minor amendments to the policy.")):
        para = d.add_paragraph()
        para.paragraph_format.left_indent = Pt(72)
        para.paragraph_format.first_line_indent = Pt(-36)
        para.add_run(f"{letter}\t{text}")

    p("", space_after=6)
    p("BACKGROUND PAPERS", bold=True)
    p("There are none.")
    p("Anyone wishing to inspect the above background papers or requiring further information "
      "should contact Lisa Brereton on telephone number 0161 496 0318 or, alternatively, email "
      "lisa.brereton@lymebridge.gov.uk")

    buf = io.BytesIO()
    d.save(buf)
    # python-docx stamps zip entries with the current time: rewrite them with a fixed one.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 24, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------
def Q(item, kind, text, answer, themes, asked_by=None, given_by=None):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


DASC = "Director of Adult Social Care"
CMH = "Cabinet Member for Health & Adult Social Care"
DPH = "Director of Public Health"

QUESTIONS = [
    Q("4", "question", "queried the continued reliance on agency social workers in the review teams",
      "the number of agency social workers had reduced from 31 to 19", ["workforce", "finance"],
      given_by=DASC),
    Q("4", "question", "whether the overspend on externally commissioned care was the result of more people",
      "the greater part of the pressure related to the complexity of need",
      ["finance", "adult-social-care"]),
    Q("4", "concern", "the Adult Social Care reserve was being used to balance the position",
      "the Medium Term Financial Plan assumed no further use of the reserve", ["finance"],
      given_by="Cabinet Member for Finance & Resources"),
    Q("4", "comment", "welcomed the improvement in the percentage of safeguarding enquiries concluded within timescale",
      None, ["adult-social-care"]),
    Q("4", "request", "include the number of people waiting for a Care Act assessment",
      "agreed to include this information from the next reporting period", ["adult-social-care"],
      given_by=DASC),
    Q("4", "comment", "the slippage on the capital programme for the Hollin Green extra care scheme",
      "the delay related to the relocation of a utilities main on the site",
      ["finance", "housing", "adult-social-care"]),

    Q("5", "question", "how many people would pay more as a result of the changes",
      "approximately 640 people would see an increase in their weekly contribution",
      ["finance", "adult-social-care"]),
    Q("5", "concern", "would fall hardest on younger disabled adults living independently",
      "disability-related expenditure would be allowed for in full where it was evidenced",
      ["finance", "adult-social-care", "patient-and-public-input"], given_by=CMH),
    Q("5", "question", "the number of people who might stop receiving care altogether",
      "monitor cancellations of care packages for twelve months following implementation",
      ["finance", "adult-social-care"], given_by=DASC),
    Q("5", "comment", "the online questionnaire was difficult to complete for people with a learning disability",
      None, ["patient-and-public-input"]),
    Q("5", "question", "In response to a question about the proposed arrangement fee",
      "the fee was intended to recover the Council’s administrative costs only", ["finance"]),

    Q("6", "question", "welcomed the commitment to the Real Living Wage and asked how this would be funded",
      "the additional cost had been built into the Medium Term Financial Plan",
      ["workforce", "finance", "subcontracting"], given_by="Head of Commissioning"),
    Q("6", "concern", "could force smaller local agencies out of the market",
      "the specification would require lead providers to offer sub-contracting arrangements",
      ["subcontracting", "adult-social-care"]),
    Q("6", "question", "what weighting would be given to quality as opposed to price",
      "people with lived experience of care at home would sit on the evaluation panel",
      ["subcontracting", "patient-and-public-input"], given_by="Head of Commissioning"),
    Q("6", "question", "whether the Council had considered bringing any of the service back in-house",
      "had been discounted on the grounds of cost and the time",
      ["privatisation", "subcontracting", "workforce"], given_by=CMH),
    Q("6", "request", "asked that the specification address the payment of travel time",
      "a rural uplift to the hourly rate was being modelled",
      ["workforce", "subcontracting", "finance"], asked_by="Councillor Latchford"),

    Q("7", "comment", "continued to report difficulties in getting through to their practice",
      "enabled patients to request a call back rather than wait in a queue",
      ["primary-care"], given_by="Associate Medical Director"),
    Q("7", "question", "address the shortage of NHS dentists taking on new patients",
      "additional sessions for urgent dental care had been commissioned from four practices",
      ["primary-care"], given_by="Deputy Place Lead"),
    Q("7", "question", "whether newly qualified GPs were struggling to find work",
      "some recently qualified GPs locally had found it difficult to secure salaried posts",
      ["primary-care", "workforce"], given_by="Dr Nandra"),
    Q("7", "concern", "the closure of the branch surgery at Redbank in January 2025",
      None, ["primary-care", "patient-and-public-input"]),
    Q("7", "question", "whether the Pharmacy First scheme had reduced demand on GP appointments",
      "it was not yet possible to measure the effect on GP appointments",
      ["primary-care"], asked_by="Councillor Whitworth"),

    Q("8", "question", "asked how the recommendations would be monitored",
      "progress would be reported to the Health and Wellbeing Board through its annual review",
      ["public-health"]),
    Q("8", "concern", "reduction in the number of people taking up the flu vaccination",
      "the mobile vaccination bus had been deployed to the wards with the lowest uptake",
      ["public-health"], given_by=DPH),
    Q("8", "comment", "the community groups which did the most to tackle it had lost their funding",
      None, ["finance", "public-health"]),
    Q("8", "question", "whether any of the recommendations in the report were unfunded",
      "had been framed so that they could be delivered largely within existing resources",
      ["finance", "public-health"], given_by=DPH),

    Q("9", "comment", "commended the Review Panel on a thorough and well evidenced report",
      None, []),
    Q("9", "question", "whether the recommendations had been shared with the Foundation Trust",
      "who had indicated support for all of them", ["adult-social-care"],
      given_by="Councillor Sunderland"),
    Q("9", "concern", "carers were often the last to know when a relative was to be discharged",
      "developing a joint discharge leaflet and a single point of contact for carers",
      ["adult-social-care", "integration"], given_by=DASC),

    Q("10", "request", "be given the opportunity to consider the proposals before the decision was taken",
      "a briefing could be provided to the Committee at its first meeting",
      ["governance", "public-health", "subcontracting"], given_by=DPH),
]

RESOLUTIONS = [
    R("1", "of the meeting held on 23 January 2025 were approved as a correct record", "agreed", []),
    R("4", "circulate a breakdown of the forecast overspend on externally commissioned care", "agreed",
      ["finance"]),
    R("5", "the Cabinet be recommended to approve the revised Charging Policy for non-residential",
      "recommended", ["finance", "adult-social-care"]),
    R("6", "a further report on the outcome of the tender be submitted", "agreed",
      ["subcontracting", "adult-social-care"]),
    R("7", "asked that a report on access to NHS dentistry in the borough be submitted",
      "agreed", ["primary-care"]),
    R("8", "That the Annual Report of the Director of Public Health 2024 be noted", "noted",
      ["public-health"]),
    R("9", "be approved, subject to recommendation 4 being amended to include a named contact",
      "agreed", ["adult-social-care", "governance"]),
    R("10", "a briefing on the recommissioning of the Integrated Wellness Service be included",
      "agreed", ["public-health", "subcontracting"]),
]


def A(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


ATTENDEES = [
    A("Councillor Helen Marsland", "Chair", "present"),
    A("Councillor Peter Oduya", "Vice-Chair", "present"),
    A("Sandra Belfield", None, "present"),
    A("Imran Chaudhry", None, "present"),
    A("Gillian Dearden", None, "present"),
    A("Mark Hollinshead", None, "present"),
    A("Ruth Kenyon", None, "present"),
    A("Tom Latchford", None, "present"),
    A("Janet Priestnall", None, "present"),
    A("Adam Whitworth", None, "present"),
    A("Councillor Keith Ormerod", "Cabinet Member for Health & Adult Social Care", "in_attendance"),
    A("Councillor Diane Fletcher", "Cabinet Member for Finance & Resources", "in_attendance"),
    A("Councillor Rachel Sunderland", "Lead Member, Hospital Discharge Scrutiny Review",
      "in_attendance"),
    A("Hannah Cropper", "Director of Adult Social Care", "in_attendance"),
    A("Dr Michael Adeyemi", "Director of Public Health", "in_attendance"),
    A("Lisa Brereton", "Head of Commissioning, Adult Social Care", "in_attendance"),
    A("Andrew Kershaw", "Finance Business Partner", "in_attendance"),
    A("Claire Pendlebury", "Deputy Place Lead, NHS Lymebridge", "in_attendance"),
    A("Dr Priya Nandra", "Associate Medical Director, One Lymebridge Health & Care",
      "in_attendance"),
    A("Joanne Tattersall", "Senior Democratic Services Officer", "in_attendance"),
]


def minutes_gold() -> dict:
    items = [{"number": b[1], "title": b[2]} for b in MINUTES if b[0] == "h"]
    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": COMMITTEE,
        "meeting_date": "2025-03-06",
        "items": items,
        "questions": QUESTIONS,
        "resolutions": RESOLUTIONS,
        "attendees": ATTENDEES,
    }


def report_gold() -> dict:
    return {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------------------
def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("P"))
    return re.sub(r"\s+", " ", text).strip()


def doc_text(path: Path) -> str:
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
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    bad = 0
    for gold_file in sorted(GOLD.glob("je-*.json")):
        g = json.loads(gold_file.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            bad += 1
            continue
        text = norm(doc_text(doc))
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"] is not None:
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            count = text.count(norm(ph))
            if count != 1 or not 6 <= n <= 15:
                print(f"{g['document']}: {kind} occurs {count}x, {n} words: {ph!r}")
                bad += 1
        print(f"{g['document']}: {len(phrases)} phrases checked")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes_pdf(DOCS / MINUTES_NAME)
    build_report_docx(DOCS / REPORT_NAME)
    for gold in (minutes_gold(), report_gold()):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}, {DOCS / REPORT_NAME} and their gold files")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
