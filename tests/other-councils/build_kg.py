#!/usr/bin/env python3
"""Build the "kg-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_kg.py           build documents/kg-* and gold/kg-*.json
        build_kg.py --check   verify every gold phrase occurs once in its document
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
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "kg-fossbridge-hhasc-policy-scrutiny-2025-01-22.pdf"
REPORT_NAME = "kg-fossbridge-damp-mould-update-report-2025-01-22.docx"

COMMITTEE = "Health, Housing and Adult Social Care Policy and Scrutiny Committee"
FIXED_DATE = datetime(2025, 1, 27, 9, 30, 0, tzinfo=timezone.utc)

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------

GRID = [
    ("Meeting", [COMMITTEE]),
    ("Date", ["22 January 2025"]),
    ("Present", ["Councillors Hollis (Chair), Ramsden (Vice-Chair), Akhtar, Denby, "
                 "Fairweather, Kowalczyk, Pennock and Thwaite (Substitute for "
                 "Cllr Whitlam)"]),
    ("Apologies", ["Councillors Whitlam and Garside"]),
    ("Officers Present", [
        "Harriet Lumb – Corporate Director of Adult Services and Integration",
        "Dr Samir Okafor – Director of Public Health",
        "Michael Trask – Director of Housing and Communities",
        "Jo Ellerby – Head of Housing Management",
        "Ruth Hebden – Head of Commissioning and Contracts",
        "Bethan Corrie – Scrutiny Officer",
    ]),
    ("In Attendance", [
        "Cllr Pickersgill – Executive Member for Health, Wellbeing and Adult "
        "Social Care",
        "Cllr Mowbray – Executive Member for Housing, Planning and Safer "
        "Communities",
        "Claire Haddlesey – Chief Operating Officer, Fossbridge and Coast "
        "Teaching Hospitals NHS Foundation Trust",
        "Neil Farrow – Place Director (Fossbridge), Wolds and Ridings "
        "Integrated Care Board",
        "Gemma Sowerby – Chief Executive, Healthwatch Fossbridge",
    ]),
]

# Blocks: ("item", number, title, time) | ("p", text) | ("bullets", [texts])
#         ("resolved", [clauses] or str, reason or None) | ("end", text)
BODY = [
    ("item", "41", "Declarations of Interests", "5:30 pm"),
    ("p", "Members were asked to declare, at this point in the meeting, any "
          "disclosable pecuniary interest or other registerable interest they might "
          "have in respect of business on this agenda, if they had not already done "
          "so in advance on the Register of Interests. Cllr Denby declared a "
          "non-registerable interest in agenda item 6 (Adult Social Care: "
          "Non-Residential Charging Policy Consultation), as a close family member "
          "received a home care package arranged by the Council. She remained in "
          "the meeting and took part in the discussion. No other interests were "
          "declared."),

    ("item", "42", "Minutes", "5:31 pm"),
    ("resolved", "That the minutes of the meeting held on 27 November 2024 be "
                 "approved and then signed by the Chair as a correct record.", None),

    ("item", "43", "Public Participation", "5:32 pm"),
    ("p", "It was reported that there had been two registrations to speak at the "
          "meeting under the Council’s Public Participation Scheme."),
    ("p", "Flick Bannister, Chair of the Ashby Rise Tenants’ and Residents’ "
          "Association, spoke on agenda item 5. She stated that tenants on the "
          "estate had lived with black mould in bedrooms over several winters and "
          "had repeatedly been told that it was caused by drying clothes indoors, "
          "and expressed concern that repair appointments were being cancelled at "
          "short notice by the Council’s contractor. She asked that every open case "
          "be given a named officer who tenants could contact directly."),
    ("p", "Gwen Tillotson spoke on agenda item 6 as an unpaid carer for her adult "
          "son. She questioned whether the proposed removal of the flat-rate "
          "disability-related expenditure allowance had been properly assessed for "
          "its impact on families already struggling with energy bills, and said "
          "that none of the consultation material she had seen was available in "
          "Easy Read."),
    ("p", "The Chair thanked both speakers for their contributions."),

    ("item", "44", "Urgent and Emergency Care: Winter Update", "5:41 pm"),
    ("p", "Members considered a report from Fossbridge and Coast Teaching Hospitals "
          "NHS Foundation Trust and the Wolds and Ridings Integrated Care Board (ICB) "
          "which set out the pressures on urgent and emergency care services over "
          "the winter period and the actions being taken across the health and care "
          "system in Fossbridge. The Chief Operating Officer and the Place Director "
          "attended the meeting to present the report."),
    ("p", "Key points raised during the presentation of the report included:"),
    ("bullets", [
        "Attendances at the Emergency Department at Fossbridge Hospital had been 9% "
        "higher in December 2024 than in December 2023, with a peak of 412 "
        "attendances on 30 December.",
        "Flu admissions had risen sharply from the middle of December and, at the "
        "peak, 96 inpatients had tested positive for flu.",
        "The Trust had achieved 71.4% against the four-hour standard in December, "
        "below the national ambition of 78% by March 2025.",
        "Ambulance handover times had improved since a dedicated handover area had "
        "opened in November, although some handovers still took longer than 60 "
        "minutes.",
    ]),
    ("p", "In response to questions from Members, it was noted that:"),
    ("bullets", [
        "Asked about the use of corridor care, the Chief Operating Officer "
        "acknowledged that patients had been cared for in temporary escalation "
        "spaces, including corridors, on 17 days in December. She stated that this "
        "was not an acceptable standard of care but was at times the safer option "
        "compared with patients waiting in ambulances outside the department.",
        "On the number of patients who were medically fit for discharge but "
        "remained in hospital, it was reported that this had averaged 74 a day in "
        "December, of whom around a third were waiting for a package of home care "
        "or a care home placement.",
        "A Member queried whether the new urgent treatment centre at Fossbridge "
        "Hospital was diverting patients away from the Emergency Department; the "
        "Place Director confirmed that around 140 patients a day were now streamed "
        "to the urgent treatment centre and that GP out-of-hours appointments had "
        "been extended at weekends.",
        "Members asked about staff sickness over the festive period. The Chief "
        "Operating Officer said that absence had peaked at 6.8%, mostly as a "
        "result of flu and other respiratory illness, and that uptake of the flu "
        "vaccine among frontline staff stood at 41%, lower than the previous year. "
        "The Director of Public Health added that uptake among residents aged 65 "
        "and over was 74% and that a further community vaccination clinic would "
        "run at the Barbican Centre in February.",
    ]),
    ("p", "Cllr Akhtar asked what was being done to reduce the number of frail older "
          "people conveyed to hospital from care homes. The Corporate Director of "
          "Adult Services and Integration explained that the Council and the ICB had "
          "jointly funded a care home support team of advanced nurse practitioners, "
          "which had visited 38 care homes since October, and that a community rapid "
          "response service now attended residents who had fallen until 10pm each "
          "evening. Cllr Ramsden sought clarification on whether the additional "
          "discharge funding announced by the Government had been received; it was "
          "confirmed that the city’s share of the discharge allocation within the "
          "Better Care Fund, £1.9m, had been received in full and had been used to "
          "purchase 22 interim care home beds and to increase reablement capacity. "
          "Cllr Kowalczyk expressed concern that residents of the outlying villages "
          "had been directed to the minor injuries unit at Coastwick Hospital out of "
          "hours, a journey of over an hour by public transport. The Place Director "
          "explained that this had been a temporary measure during the fortnight "
          "when the urgent treatment centre had closed overnight because of staff "
          "shortages, and that the overnight service had since been restored."),
    ("p", "The Chief Executive of Healthwatch Fossbridge raised concerns about the "
          "length of time patients were waiting for transport home once they had "
          "been discharged, with some people reporting waits of more than six hours "
          "in the discharge lounge. The Chief Operating Officer said that a new "
          "patient transport contract had started in November and that the provider "
          "had been asked to produce a recovery plan by the end of January."),
    ("p", "Cllr Fairweather commented that the report had been published only two "
          "days before the meeting, which had made detailed scrutiny of the "
          "performance figures difficult."),
    ("resolved", [
        "That the report be noted.",
        "That the Trust and the ICB be asked to provide a further update, "
        "including data on corridor care and on patients who are medically fit "
        "for discharge, to the Committee’s meeting in June 2025.",
    ], "To ensure that the Committee is kept informed of the performance of urgent "
       "and emergency care services in Fossbridge."),

    ("item", "45", "Damp and Mould in Council Homes – Update", "6:32 pm"),
    ("p", "Members considered a report which provided an update on the Council’s "
          "approach to damp and mould in its housing stock, its preparation for the "
          "requirements of Awaab’s Law, which would apply to social landlords from "
          "October 2025, and progress with the programme of ventilation and "
          "insulation works. The Executive Member for Housing, Planning and Safer "
          "Communities introduced the report, and the Director of Housing and "
          "Communities and the Head of Housing Management were in attendance to "
          "answer questions."),
    ("p", "The Director of Housing and Communities reported that 1,146 reports of "
          "damp and mould had been received in the twelve months to December 2024, "
          "compared with 702 in the previous year, and that the increase reflected "
          "greater awareness among tenants following the Council’s publicity "
          "campaign as well as the condition of some older properties. Of these, 87 "
          "had been assessed as Category 1 hazards."),
    ("p", "Members raised a number of questions and comments, which are summarised "
          "below:"),
    ("lettered", [
        "Cllr Pennock asked how the Council would meet the fixed timescales for "
        "investigation and repair that Awaab’s Law would introduce, given the "
        "current backlog. The Head of Housing Management explained that the "
        "backlog of open cases had been reduced from 310 in September to 184, that "
        "two additional surveyors had been recruited, and that a triage process had "
        "been introduced so that cases involving young children or people with "
        "respiratory conditions were inspected within ten working days.",
        "Cllr Thwaite referred to the points made under Public Participation about "
        "appointments being cancelled and asked how the contractor’s performance "
        "was being managed. The Director of Housing and Communities confirmed that "
        "a formal performance notice had been issued to the contractor in "
        "November, that cancellations were now reported to him weekly, and that the "
        "contract allowed the Council to make deductions for missed appointments.",
        "Cllr Ramsden questioned whether tenants were still being told that mould "
        "was a result of their lifestyle. The Executive Member for Housing, "
        "Planning and Safer Communities stated that such wording had been removed "
        "from all letters and guidance, and that all repairs and tenancy staff had "
        "now completed training on the Council’s revised approach.",
        "Cllr Denby requested that Members be given a breakdown of cases by ward, "
        "so that they could follow up with residents in their own areas.",
        "In response to a question about the cost of the programme, it was noted "
        "that £3.2m had been allocated in the Housing Revenue Account capital "
        "programme for 2025/26 for ventilation, insulation and window replacement, "
        "and that the Council had applied for a share of the Warm Homes: Social "
        "Housing Fund.",
        "Cllr Fairweather commented that private tenants faced the same problems "
        "and asked whether the Council’s private sector housing team had the "
        "capacity to respond. The Director of Housing and Communities acknowledged "
        "that privately rented homes were outside the scope of Awaab’s Law at "
        "present, but confirmed that enforcement officers had served 23 "
        "improvement notices relating to damp and mould over the past year and "
        "that a selective licensing scheme for two wards was under consideration.",
    ]),
    ("resolved", [
        "That the report be noted.",
        "That a breakdown of damp and mould cases by ward be circulated to Members "
        "of the Committee.",
        "That a further update on the Council’s readiness for Awaab’s Law be "
        "brought to the Committee in September 2025.",
    ], "To enable the Committee to monitor the Council’s response to damp and mould "
       "in its homes."),

    ("item", "46", "Adult Social Care: Non-Residential Charging Policy Consultation",
     "7:10 pm"),
    ("p", "Members considered a report which set out proposals to revise the "
          "Council’s charging policy for non-residential adult social care services, "
          "including home care, day services and direct payments, on which the "
          "Council proposed to consult from February to April 2025. The Executive "
          "Member for Health, Wellbeing and Adult Social Care explained that the "
          "Council was facing a forecast overspend of £4.6m in adult social care in "
          "2024/25 and that the proposals would bring Fossbridge’s policy into line "
          "with those of neighbouring authorities. The Corporate Director of Adult "
          "Services and Integration outlined the main proposals, which were to:"),
    ("bullets", [
        "charge for the second carer where two carers were needed for a visit;",
        "replace the flat-rate disability-related expenditure allowance of £20 a "
        "week with an individual assessment of each person’s costs; and",
        "introduce an arrangement fee for people with savings above the upper "
        "capital limit who asked the Council to arrange their care.",
    ]),
    ("p", "Members asked how many people would be affected by the proposals. "
          "Officers advised that approximately 1,380 people currently made a "
          "contribution towards the cost of their care and that modelling suggested "
          "that around 610 of them would pay more under the proposals, with an "
          "average increase of £11.40 a week. Members expressed concern about the "
          "cumulative impact of the changes on people on low incomes and on unpaid "
          "carers, many of whom were already meeting some of the costs of care "
          "themselves. The Executive Member for Health, Wellbeing and Adult Social "
          "Care acknowledged these concerns and said that nobody would be asked to "
          "pay more than they could afford following a financial assessment, and "
          "that a hardship fund would be considered as part of the consultation."),
    ("p", "Cllr Akhtar asked how the Council would make sure that the consultation "
          "reached people who did not use the internet, noting the point made by the "
          "public speaker about Easy Read material. The Head of Commissioning and "
          "Contracts confirmed that paper questionnaires would be sent to every "
          "person currently paying a charge, that Easy Read and large print versions "
          "would be published at the start of the consultation, and that drop-in "
          "sessions would be held at libraries and at the Fossbridge Carers Centre."),
    ("p", "Cllr Pennock requested that the outcome of the consultation and the "
          "equality impact assessment be brought back to the Committee before any "
          "decision was taken by the Executive. The Executive Member for Health, "
          "Wellbeing and Adult Social Care said that she would welcome the "
          "Committee’s views before the decision, which was expected in June."),
    ("p", "Cllr Kowalczyk moved, and Cllr Fairweather seconded, that the Committee "
          "recommend to the Executive that the proposal to charge for a second carer "
          "be withdrawn from the consultation, as it would fall hardest on people "
          "with the most complex needs. On being put to the vote, the motion was "
          "lost."),
    ("resolved", [
        "That the report and the proposed consultation be noted.",
        "That the Committee recommend to the Executive that the consultation run "
        "for a minimum of twelve weeks and include a specific question on the "
        "impact of the proposals on unpaid carers.",
        "That the outcome of the consultation and the equality impact assessment "
        "be reported to the Committee before a decision is taken by the Executive.",
    ], "To ensure that the views of the Committee are taken into account in the "
       "development of the charging policy."),

    ("item", "47", "Healthwatch Fossbridge Quarterly Report", "7:48 pm"),
    ("p", "Members received the Healthwatch Fossbridge report for the period October "
          "to December 2024, which was presented by the Chief Executive of "
          "Healthwatch Fossbridge. The report highlighted feedback from residents "
          "about access to NHS dentistry, on which Healthwatch had received 143 "
          "contacts during the quarter, and about telephone and online booking "
          "systems at GP practices."),
    ("p", "The Chair asked whether there had been any improvement in access to NHS "
          "dental care for children. The Chief Executive of Healthwatch Fossbridge "
          "advised that no practice in the city was accepting new adult NHS patients, "
          "although two practices had opened their lists to children under 18 "
          "since the autumn, and that the ICB had commissioned additional urgent "
          "dental sessions. The Place Director added that the ICB’s dental recovery "
          "plan for the area would be published in March. Cllr Denby commented that "
          "several residents had told her they were unable to get through to their "
          "GP practice at 8am, and that the move to online triage had left some "
          "older residents with no way of booking an appointment. The Chief "
          "Executive of Healthwatch Fossbridge said that Healthwatch would carry out "
          "a survey on digital access to general practice in the spring and would "
          "share the findings with the Committee."),
    ("p", "The Committee noted the report and thanked Healthwatch Fossbridge for its "
          "work."),

    ("item", "48", "Scrutiny Review of Community Mental Health Support for Young "
                   "Adults – Draft Scope", "7:58 pm"),
    ("p", "The Scrutiny Officer reported that the ICB had asked for more time to "
          "comment on the draft terms of reference for the proposed review, and "
          "that the Chair had agreed that the item should be deferred, subject to "
          "the Committee’s agreement. Members agreed that consideration of the draft "
          "scope be deferred to the next meeting of the Committee on 19 March 2025."),

    ("item", "49", "Work Plan", "8:02 pm"),
    ("p", "Members considered the Committee’s work plan for the 2024/25 municipal "
          "year. Cllr Thwaite requested that an item on temporary accommodation for "
          "homeless families be added to the work plan, noting the increased use of "
          "bed and breakfast accommodation in the city since the summer. The "
          "Scrutiny Officer advised that a report on homelessness and temporary "
          "accommodation was already scheduled for the meeting in April 2025 and "
          "that the Director of Housing and Communities would be asked to include "
          "figures on families with children."),
    ("resolved", "That the work plan be noted, subject to the addition of an update "
                 "on readiness for Awaab’s Law in September 2025 and the rescheduled "
                 "scoping report for the mental health review in March 2025.",
     "To keep the Committee’s work plan updated."),

    ("end", "Cllr J Hollis, Chair"),
    ("end", "[The meeting started at 5.30 pm and finished at 8.09 pm]."),
]

ROMAN = ["i", "ii", "iii", "iv", "v", "vi"]


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 9)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Minutes(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(f"{COMMITTEE} - 22 January 2025 - Minutes")
    pdf.set_author("Democratic Services")
    pdf.set_creator("Microsoft Word")
    pdf.add_font("Sans", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.alias_nb_pages()
    pdf.set_margins(22, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    lh = 5.4
    width = pdf.w - pdf.l_margin - pdf.r_margin

    # Masthead
    pdf.set_font("Sans", "B", 15)
    pdf.cell(width / 2, 9, "City of Fossbridge Council")
    pdf.set_font("Sans", "B", 13)
    pdf.cell(width / 2, 9, "Committee Minutes", align="R",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(0, 0, 0)
    pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.w - pdf.r_margin, pdf.get_y() + 1)
    pdf.ln(6)

    # Label grid (no rules)
    label_w = 42
    for label, lines in GRID:
        y0 = pdf.get_y()
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_xy(pdf.l_margin, y0)
        pdf.multi_cell(label_w, lh, label, align="L")
        y_label = pdf.get_y()
        pdf.set_font("Sans", "", 10.5)
        pdf.set_xy(pdf.l_margin + label_w, y0)
        for line in lines:
            pdf.set_x(pdf.l_margin + label_w)
            pdf.multi_cell(width - label_w, lh, line, align="L",
                           new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(pdf.get_y(), y_label) + 2.5)
    pdf.ln(4)

    def para(text, indent=0.0, style="", gap=2.6):
        pdf.set_font("Sans", style, 10.5)
        pdf.set_left_margin(22 + indent)
        pdf.set_x(22 + indent)
        pdf.multi_cell(0, lh, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_left_margin(22)
        pdf.ln(gap)

    def marked(marker, text, indent, text_indent):
        pdf.set_font("Sans", "", 10.5)
        if pdf.get_y() + lh > pdf.h - 22:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_xy(22 + indent, y)
        pdf.cell(text_indent, lh, marker)
        pdf.set_left_margin(22 + indent + text_indent)
        pdf.set_xy(22 + indent + text_indent, y)
        pdf.multi_cell(0, lh, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_left_margin(22)
        pdf.ln(1.6)

    for block in BODY:
        kind = block[0]
        if kind == "item":
            _, num, title, time = block
            if pdf.get_y() > pdf.h - 50:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("Sans", "B", 11.5)
            y = pdf.get_y()
            pdf.set_xy(22, y)
            pdf.cell(13, 6, f"{num}.")
            pdf.set_left_margin(35)
            pdf.set_xy(35, y)
            pdf.multi_cell(0, 6, f"{title} ({time})", align="L",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(22)
            pdf.ln(2.5)
        elif kind == "p":
            para(block[1])
        elif kind == "bullets":
            for text in block[1]:
                marked("•", text, 4, 6)
            pdf.ln(1.2)
        elif kind == "lettered":
            for i, text in enumerate(block[1]):
                marked(f"{'abcdefgh'[i]})", text, 0, 8)
            pdf.ln(1.2)
        elif kind == "resolved":
            _, clauses, reason = block
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            if isinstance(clauses, str):
                y = pdf.get_y()
                pdf.set_font("Sans", "B", 10.5)
                pdf.set_xy(22, y)
                pdf.cell(24, lh, "Resolved:")
                pdf.set_font("Sans", "", 10.5)
                pdf.set_left_margin(46)
                pdf.set_xy(46, y)
                pdf.multi_cell(0, lh, clauses, align="L",
                               new_x="LMARGIN", new_y="NEXT")
                pdf.set_left_margin(22)
                pdf.ln(2.6)
            else:
                pdf.set_font("Sans", "B", 10.5)
                pdf.cell(0, lh, "Resolved:", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.4)
                for i, clause in enumerate(clauses):
                    marked(f"{ROMAN[i]}.", clause, 10, 9)
                pdf.ln(1.0)
            if reason:
                y = pdf.get_y()
                pdf.set_font("Sans", "B", 10.5)
                pdf.set_xy(22, y)
                pdf.cell(24, lh, "Reason:")
                pdf.set_font("Sans", "", 10.5)
                pdf.set_left_margin(46)
                pdf.set_xy(46, y)
                pdf.multi_cell(0, lh, reason, align="L",
                               new_x="LMARGIN", new_y="NEXT")
                pdf.set_left_margin(22)
                pdf.ln(3)
        elif kind == "end":
            if block[1].startswith("Cllr"):
                pdf.ln(6)
            para(block[1], gap=1.0)
        else:
            raise ValueError(kind)

    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------
# The report (not minutes)
# ---------------------------------------------------------------------------

def build_report(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(12)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = Cm(2)
        s.bottom_margin = Cm(2)

    def p(text, bold=False, align=None, size=None, space_after=6):
        para = d.add_paragraph()
        run = para.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if align:
            para.alignment = align
        para.paragraph_format.space_after = Pt(space_after)
        return para

    def numbered(n, text):
        para = d.add_paragraph()
        para.paragraph_format.left_indent = Cm(1.0)
        para.paragraph_format.first_line_indent = Cm(-1.0)
        para.add_run(f"{n}.\t{text}")
        return para

    def sub(marker, text):
        para = d.add_paragraph()
        para.paragraph_format.left_indent = Cm(2.0)
        para.paragraph_format.first_line_indent = Cm(-1.0)
        para.add_run(f"{marker}\t{text}")
        return para

    hdr = d.add_table(rows=2, cols=2)
    hdr.cell(0, 0).text = COMMITTEE
    hdr.cell(0, 1).text = "22 January 2025"
    hdr.cell(1, 0).text = ("Report of the Director of Housing and Communities\n"
                           "Portfolio of the Executive Member for Housing, Planning "
                           "and Safer Communities")
    hdr.cell(1, 1).text = ""
    for row in hdr.rows:
        for c in row.cells:
            for para in c.paragraphs:
                for r in para.runs:
                    r.bold = True
    d.add_paragraph()
    p("Damp and Mould in Council Homes – Update", bold=True, size=15)

    p("Summary", bold=True)
    numbered(1, "At its meeting on 18 September 2024 the Committee asked for an "
                "update on the Council’s handling of damp and mould in its 7,400 "
                "council homes, including the steps being taken to prepare for the "
                "requirements of Awaab’s Law. This report sets out performance in "
                "the twelve months to December 2024, the changes made to the "
                "Council’s approach since the Housing Ombudsman’s spotlight report, "
                "and the programme of ventilation and insulation works planned for "
                "2025/26.")
    p("Recommendations", bold=True)
    numbered(2, "The Committee is asked to:")
    sub("i.", "Note the progress made in reducing the number of open damp and mould "
              "cases and in improving communication with tenants.")
    sub("ii.", "Consider whether it wishes to receive a further update on the "
               "Council’s readiness for Awaab’s Law before the new duties come into "
               "force in October 2025.")
    para = d.add_paragraph()
    r = para.add_run("Reason: ")
    r.bold = True
    para.add_run("To enable the Committee to monitor the Council’s response to damp "
                 "and mould in its homes.")

    p("Background", bold=True)
    numbered(3, "Awaab’s Law will require social landlords to investigate reported "
                "hazards within fixed timescales, to begin repairs promptly and to "
                "keep tenants informed in writing. The first phase, covering damp "
                "and mould and emergency hazards, is expected to apply from October "
                "2025.")
    numbered(4, "In the twelve months to December 2024 the Council received 1,146 "
                "reports of damp and mould, compared with 702 in the previous year. "
                "87 cases were assessed as Category 1 hazards under the Housing "
                "Health and Safety Rating System.")
    numbered(5, "Open cases have fallen from 310 at the end of September to 184 at "
                "the end of December. Two additional surveyors joined the team in "
                "November, and cases involving young children or residents with "
                "respiratory conditions are now prioritised for inspection within "
                "ten working days.")
    numbered(6, "The repairs contractor has been issued with a formal performance "
                "notice following a rise in cancelled appointments. Cancellations "
                "are now reported weekly and the contract allows deductions to be "
                "made for missed appointments.")

    p("Questions raised by Members in September 2024", bold=True)
    numbered(7, "At the last update Members asked a number of questions, which are "
                "answered below.")
    qa = d.add_table(rows=1, cols=2)
    qa.style = "Table Grid"
    qa.cell(0, 0).text = "Question"
    qa.cell(0, 1).text = "Response"
    rows = [
        ("How many homes have had a follow-up visit after mould was treated?",
         "Since April 2024 every treated case receives a follow-up visit after six "
         "weeks; 412 follow-up visits were completed by December."),
        ("Are tenants still being told that mould is caused by their lifestyle?",
         "No. All template letters and tenant guidance were rewritten in October "
         "2024 and all repairs and tenancy staff have completed training."),
        ("What will the ventilation and insulation programme cost?",
         "£3.2m is allocated in the Housing Revenue Account capital programme for "
         "2025/26, subject to approval by Full Council in February."),
    ]
    for q, a in rows:
        cells = qa.add_row().cells
        cells[0].text = q
        cells[1].text = a

    d.add_paragraph()
    p("Consultation", bold=True)
    numbered(8, "The Tenants’ Panel was consulted on the revised tenant guidance and "
                "the new case update letters in October 2024, and its suggestions "
                "have been adopted.")
    p("Options", bold=True)
    numbered(9, "This report is for information. No decision is required from the "
                "Committee other than to decide whether it wishes to receive a "
                "further update.")
    p("Council Plan", bold=True)
    numbered(10, "The work described supports the Council Plan priority of "
                 "affordable, warm and safe homes.")
    p("Implications", bold=True)
    for label, text in [
        ("Financial", "The works programme is funded from the Housing Revenue "
                      "Account. There are no implications for the General Fund."),
        ("Human Resources (HR)", "Two surveyor posts were created in 2024/25 and "
                                 "are funded from existing budgets."),
        ("Equalities", "An equalities impact assessment of the revised approach "
                       "has been completed."),
        ("Legal", "The Council will need to comply with regulations made under "
                  "the Social Housing (Regulation) Act 2023."),
        ("Crime and Disorder, Information Technology, Property", "None."),
    ]:
        para = d.add_paragraph()
        r = para.add_run(f"{label}: ")
        r.bold = True
        para.add_run(text)
    p("Risk Management", bold=True)
    numbered(11, "Failure to meet the new timescales would expose the Council to "
                 "enforcement action by the Regulator of Social Housing and to "
                 "claims for disrepair.")

    p("Contact Details", bold=True)
    ct = d.add_table(rows=4, cols=2)
    ct.style = "Table Grid"
    ct.cell(0, 0).text = "Author:"
    ct.cell(0, 1).text = "Chief Officer Responsible for the report:"
    ct.cell(1, 0).text = "Jo Ellerby\nHead of Housing Management\nTel: 01632 960417"
    ct.cell(1, 1).text = "Michael Trask\nDirector of Housing and Communities"
    ct.cell(2, 0).text = ""
    ct.cell(2, 1).text = "Report Approved ✓     Date 10/01/2025"
    ct.cell(3, 0).text = "Wards Affected:"
    ct.cell(3, 1).text = "All ✓"
    d.add_paragraph()
    p("For further information please contact the author of the report")
    p("Background Papers: None")
    p("Annexes: Annex A – Damp and mould cases by month, January to December 2024")
    p("Abbreviations: HRA – Housing Revenue Account; HHSRS – Housing Health and "
      "Safety Rating System")

    cp = d.core_properties
    cp.author = "Jo Ellerby"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Damp and Mould in Council Homes – Update"
    cp.created = datetime(2025, 1, 10, 9, 0, 0)
    cp.modified = datetime(2025, 1, 13, 15, 20, 0)
    cp.revision = 3

    buf = io.BytesIO()
    d.save(buf)
    # Re-zip with fixed timestamps so the output is byte-for-byte deterministic.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 13, 15, 20, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-01-22",
    "items": [
        {"number": "41", "title": "Declarations of Interests"},
        {"number": "42", "title": "Minutes"},
        {"number": "43", "title": "Public Participation"},
        {"number": "44", "title": "Urgent and Emergency Care: Winter Update"},
        {"number": "45", "title": "Damp and Mould in Council Homes – Update"},
        {"number": "46", "title": "Adult Social Care: Non-Residential Charging "
                                  "Policy Consultation"},
        {"number": "47", "title": "Healthwatch Fossbridge Quarterly Report"},
        {"number": "48", "title": "Scrutiny Review of Community Mental Health "
                                  "Support for Young Adults – Draft Scope"},
        {"number": "49", "title": "Work Plan"},
    ],
    "questions": [
        # 43 Public Participation
        q("43", "concern",
          "expressed concern that repair appointments were being cancelled at short notice",
          "Flick Bannister", None, None, ["housing", "subcontracting"]),
        q("43", "request",
          "She asked that every open case be given a named officer",
          "Flick Bannister", None, None, ["housing"]),
        q("43", "question",
          "She questioned whether the proposed removal of the",
          "Gwen Tillotson", None, None,
          ["adult-social-care", "finance", "patient-and-public-input"]),
        # 44 Urgent and Emergency Care
        q("44", "question", "Asked about the use of corridor care",
          None, "patients had been cared for in temporary escalation spaces",
          "Chief Operating Officer", []),
        q("44", "question",
          "On the number of patients who were medically fit for discharge",
          None, "of whom around a third were waiting for a package of home care",
          None, ["adult-social-care"]),
        q("44", "question",
          "A Member queried whether the new urgent treatment centre at Fossbridge Hospital",
          None, "around 140 patients a day were now streamed to the urgent treatment centre",
          "Place Director", ["primary-care"]),
        q("44", "question",
          "Members asked about staff sickness over the festive period",
          None, "absence had peaked at 6.8%, mostly as a result of flu",
          "Chief Operating Officer", ["workforce", "public-health"]),
        q("44", "question",
          "asked what was being done to reduce the number of frail older people",
          "Cllr Akhtar",
          "jointly funded a care home support team of advanced nurse practitioners",
          "Corporate Director of Adult Services and Integration",
          ["adult-social-care", "integration"]),
        q("44", "question",
          "sought clarification on whether the additional discharge funding announced by the Government",
          "Cllr Ramsden",
          "had been used to purchase 22 interim care home beds",
          None, ["finance", "integration", "adult-social-care"]),
        q("44", "concern",
          "expressed concern that residents of the outlying villages had been directed",
          "Cllr Kowalczyk",
          "this had been a temporary measure during the fortnight",
          "Place Director", ["workforce"]),
        q("44", "concern",
          "raised concerns about the length of time patients were waiting for transport home",
          "Chief Executive of Healthwatch Fossbridge",
          "a new patient transport contract had started in November",
          "Chief Operating Officer", ["subcontracting", "adult-social-care"]),
        q("44", "comment",
          "commented that the report had been published only two days before the meeting",
          "Cllr Fairweather", None, None, ["governance"]),
        # 45 Damp and mould
        q("45", "question",
          "asked how the Council would meet the fixed timescales for investigation and repair",
          "Cllr Pennock",
          "the backlog of open cases had been reduced from 310 in September to 184",
          "Head of Housing Management", ["housing", "workforce"]),
        q("45", "question",
          "asked how the contractor’s performance was being managed",
          "Cllr Thwaite",
          "a formal performance notice had been issued to the contractor in November",
          "Director of Housing and Communities", ["housing", "subcontracting"]),
        q("45", "question",
          "questioned whether tenants were still being told that mould was a result of their lifestyle",
          "Cllr Ramsden",
          "such wording had been removed from all letters and guidance",
          "Executive Member for Housing, Planning and Safer Communities",
          ["housing", "workforce"]),
        q("45", "request",
          "requested that Members be given a breakdown of cases by ward",
          "Cllr Denby", None, None, ["housing"]),
        q("45", "question",
          "In response to a question about the cost of the programme",
          None,
          "had been allocated in the Housing Revenue Account capital programme for 2025/26",
          None, ["housing", "finance"]),
        q("45", "question",
          "commented that private tenants faced the same problems and asked whether",
          "Cllr Fairweather",
          "confirmed that enforcement officers had served 23 improvement notices",
          "Director of Housing and Communities", ["housing"]),
        # 46 Charging policy
        q("46", "question",
          "Members asked how many people would be affected by the proposals",
          None,
          "modelling suggested that around 610 of them would pay more",
          "Officers", ["adult-social-care", "finance"]),
        q("46", "concern",
          "Members expressed concern about the cumulative impact of the changes on people on low incomes",
          None,
          "nobody would be asked to pay more than they could afford",
          "Executive Member for Health, Wellbeing and Adult Social Care",
          ["adult-social-care", "finance"]),
        q("46", "question",
          "asked how the Council would make sure that the consultation reached people",
          "Cllr Akhtar",
          "paper questionnaires would be sent to every person currently paying a charge",
          "Head of Commissioning and Contracts",
          ["patient-and-public-input", "adult-social-care"]),
        q("46", "request",
          "requested that the outcome of the consultation and the equality impact assessment be brought back",
          "Cllr Pennock",
          "she would welcome the Committee’s views before the decision",
          "Executive Member for Health, Wellbeing and Adult Social Care",
          ["patient-and-public-input", "governance"]),
        # 47 Healthwatch
        q("47", "question",
          "asked whether there had been any improvement in access to NHS dental care for children",
          "Chair",
          "no practice in the city was accepting new adult NHS patients",
          "Chief Executive of Healthwatch Fossbridge",
          ["primary-care", "children-and-families"]),
        q("47", "comment",
          "commented that several residents had told her they were unable to get through",
          "Cllr Denby",
          "would carry out a survey on digital access to general practice",
          "Chief Executive of Healthwatch Fossbridge",
          ["primary-care", "patient-and-public-input"]),
        # 49 Work plan
        q("49", "request",
          "requested that an item on temporary accommodation for homeless families be added",
          "Cllr Thwaite",
          "a report on homelessness and temporary accommodation was already scheduled",
          "Scrutiny Officer", ["housing", "children-and-families"]),
    ],
    "resolutions": [
        r("42", "minutes of the meeting held on 27 November 2024 be approved",
          "agreed", []),
        r("44", "be asked to provide a further update including data on corridor care",
          "agreed", []),
        r("45", "a breakdown of damp and mould cases by ward be circulated",
          "agreed", ["housing"]),
        r("46", "recommend to the Executive that the proposal to charge for a second carer be withdrawn",
          "rejected", ["adult-social-care", "finance"]),
        r("46", "recommend to the Executive that the consultation run for a minimum of twelve weeks",
          "recommended", ["patient-and-public-input", "adult-social-care"]),
        r("47", "The Committee noted the report and thanked Healthwatch Fossbridge",
          "noted", []),
        r("48", "consideration of the draft scope be deferred to the next meeting",
          "deferred", ["mental-health"]),
        r("49", "That the work plan be noted, subject to the addition of an update",
          "agreed", []),
    ],
    "attendees": [
        {"name": "Hollis", "role": "Chair", "attendance": "present"},
        {"name": "Ramsden", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Akhtar", "role": None, "attendance": "present"},
        {"name": "Denby", "role": None, "attendance": "present"},
        {"name": "Fairweather", "role": None, "attendance": "present"},
        {"name": "Kowalczyk", "role": None, "attendance": "present"},
        {"name": "Pennock", "role": None, "attendance": "present"},
        {"name": "Thwaite", "role": "Substitute for Cllr Whitlam",
         "attendance": "present"},
        {"name": "Whitlam", "role": None, "attendance": "apologies"},
        {"name": "Garside", "role": None, "attendance": "apologies"},
        {"name": "Harriet Lumb",
         "role": "Corporate Director of Adult Services and Integration",
         "attendance": "in_attendance"},
        {"name": "Dr Samir Okafor", "role": "Director of Public Health",
         "attendance": "in_attendance"},
        {"name": "Michael Trask", "role": "Director of Housing and Communities",
         "attendance": "in_attendance"},
        {"name": "Jo Ellerby", "role": "Head of Housing Management",
         "attendance": "in_attendance"},
        {"name": "Ruth Hebden", "role": "Head of Commissioning and Contracts",
         "attendance": "in_attendance"},
        {"name": "Bethan Corrie", "role": "Scrutiny Officer",
         "attendance": "in_attendance"},
        {"name": "Cllr Pickersgill",
         "role": "Executive Member for Health, Wellbeing and Adult Social Care",
         "attendance": "in_attendance"},
        {"name": "Cllr Mowbray",
         "role": "Executive Member for Housing, Planning and Safer Communities",
         "attendance": "in_attendance"},
        {"name": "Claire Haddlesey",
         "role": "Chief Operating Officer, Fossbridge and Coast Teaching Hospitals "
                 "NHS Foundation Trust",
         "attendance": "in_attendance"},
        {"name": "Neil Farrow",
         "role": "Place Director (Fossbridge), Wolds and Ridings Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Gemma Sowerby", "role": "Chief Executive, Healthwatch Fossbridge",
         "attendance": "in_attendance"},
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------

def norm_delete(s: str) -> str:
    s = s.lower()
    s = "".join(ch for ch in s if ch.isalnum() or ch.isspace())
    return re.sub(r"\s+", " ", s).strip()


def norm_space(s: str) -> str:
    s = s.lower()
    s = "".join(ch if (ch.isalnum() or ch.isspace()) else " " for ch in s)
    return re.sub(r"\s+", " ", s).strip()


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
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    failures = 0
    for gold_path in sorted(GOLD.glob("kg-*.json")):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            failures += 1
            continue
        if gold_path.stem != doc.stem:
            print(f"NAME MISMATCH {gold_path.name} vs {doc.name}")
            failures += 1
        text = doc_text(doc)
        texts = {"delete": norm_delete(text), "space": norm_space(text)}
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            n_words = len(norm_space(phrase).split())
            if not 6 <= n_words <= 15:
                print(f"  LENGTH {n_words} words: {kind}: {phrase!r}")
                failures += 1
            for mode, fn in (("delete", norm_delete), ("space", norm_space)):
                c = texts[mode].count(fn(phrase))
                if c != 1:
                    print(f"  {g['document']}: {kind} found {c}x ({mode}): {phrase!r}")
                    failures += 1
        if g["doc_type"] == "minutes":
            item_numbers = {it["number"] for it in g["items"]}
            for row in g.get("questions", []) + g.get("resolutions", []):
                if row["item"] not in item_numbers:
                    print(f"  unknown item {row['item']}")
                    failures += 1
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    if failures:
        print(f"FAILED: {failures} problem(s)")
        return 1
    print("OK: every gold phrase occurs exactly once")
    return 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for g in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(g["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}")
    print(f"wrote {DOCS / REPORT_NAME}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
