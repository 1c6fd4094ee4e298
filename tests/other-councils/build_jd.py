#!/usr/bin/env python3
"""Build the "jd-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_jd.py           build documents/jd-* and gold/jd-*.json
        build_jd.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "jd-chalkdown-health-select-committee-2025-03-05.pdf"
BRIEFING_NAME = "jd-chalkdown-briefing-note-25-04-community-pharmacy.docx"

FIXED = datetime(2025, 3, 12, 9, 30, 0, tzinfo=timezone.utc)

# --------------------------------------------------------------------------------------
# The minutes
# --------------------------------------------------------------------------------------

PRESENT = (
    "Cllr Martin Ashdown (Chairman), Cllr Helen Rudge (Vice-Chairman), Cllr Clare Fenwick, "
    "Cllr Peter Marwood, Cllr Sarah Dyer, Cllr Tony Hollis, Cllr Graham Seaton, "
    "Cllr Jo Whitcombe, Cllr Niall Brereton and Cllr David Pattle (Substitute)"
)

ALSO_PRESENT = (
    "Cllr Anne Leversedge (Cabinet Member for Adult Social Care, SEND and Inclusion), "
    "Cllr Robert Tanner (Cabinet Member for Public Health, Leisure and Libraries), "
    "Cllr Matthew Kerslake, Emma Calloway (Director, Adult Social Care), "
    "Dr Kate Linwood (Director of Public Health), Tom Varley (Head of Commissioning (Adults)), "
    "Fiona Galbraith (Chalkdown Place Director, SMC ICB), Gareth Moss (Programme Director, "
    "Integrated Community-Based Care, SMC ICB), Jenny Halsall (Head of Primary Care "
    "Commissioning, SMC ICB), Lorna Beech (Chief Executive, Healthwatch Chalkdown), "
    "Helen Jay (Senior Scrutiny Officer) and Stuart Pell (Democratic Services Officer)"
)

# Each block: (kind, *args)
#   item    number, title
#   p       body paragraph (aligned with the titles)
#   label   bold body line
#   bullet  bulleted body paragraph
#   num     numbered clause: marker, text
#   gap     vertical space in mm
BODY = [
    ("item", "48", "Apologies"),
    ("p", "Apologies for absence were received from:"),
    ("bullet", "Cllr Jack Ormond"),
    ("bullet", "Cllr Liz Greaves"),
    ("p", "Cllr Jack Ormond was substituted by Cllr David Pattle."),
    ("p", "Apologies were also received from Louise Haddon, Director \u2013 Commissioning, who "
          "was represented by Tom Varley, Head of Commissioning (Adults)."),

    ("item", "49", "Minutes of the Previous Meeting"),
    ("p", "The minutes of the meeting held on 15 January 2025 were presented for "
          "consideration."),
    ("p", "On the proposal of the Chairman, seconded by Cllr Helen Rudge, it was:"),
    ("label", "Resolved:"),
    ("p", "To approve and sign the minutes of the meeting held on 15 January 2025 as a true "
          "and correct record."),

    ("item", "50", "Declarations of Interest"),
    ("p", "Cllr Clare Fenwick declared a non-pecuniary interest in Minute 53, Integrated "
          "Community-Based Care Programme, as a trustee of the Westmoor Community Hospital "
          "League of Friends. She remained in the meeting and took part in the debate."),
    ("p", "Cllr Peter Marwood stated, for transparency, that a close family member was "
          "employed as a district nurse by Chalkdown Health and Care. He did not consider this "
          "to be a disclosable interest and took part in the debate on Minute 53."),

    ("item", "51", "Chairman's Announcements"),
    ("p", "The Chairman drew the committee\u2019s attention to the following announcements, "
          "which had been circulated with the agenda:"),
    ("num", "a)", "Briefing Note 25-04, Community Pharmacy Closures, which responded to the "
                  "questions raised by members at the last meeting about the pharmaceutical "
                  "needs assessment."),
    ("num", "b)", "The outcome of the Care Quality Commission\u2019s assessment of the "
                  "council\u2019s adult social care functions, which had been published on "
                  "20 February 2025 with an overall rating of \u2018Good\u2019. A report on the "
                  "improvement plan arising from the assessment would come to the June meeting."),
    ("num", "c)", "The Health and Wellbeing Board would hold a development session on the "
                  "refresh of the Joint Local Health and Wellbeing Strategy on 27 March 2025, to "
                  "which all members of the committee were invited."),
    ("p", "Cllr Jo Whitcombe asked whether the pharmacy in Oakhanger Road, Westmoor, which had "
          "closed in January, would be replaced, as residents without a car now faced a "
          "journey of over three miles to collect prescriptions. Dr Kate Linwood, Director of "
          "Public Health, explained that the pharmaceutical needs assessment had found that "
          "provision in the Westmoor locality remained adequate, as two pharmacies and a "
          "dispensing practice lay within the threshold used for rural areas, but that the "
          "Health and Wellbeing Board would keep this under review and she would circulate "
          "the relevant section of the assessment to members."),

    ("item", "52", "Public Participation"),
    ("p", "The Chairman noted that a question had been received from Mr Colin Dearlove, of "
          "Westmoor, concerning the future of the minor injuries unit at Westmoor Community "
          "Hospital under the Integrated Community-Based Care Programme. The question and the "
          "response of the Integrated Care Board were published in Agenda Supplement 1."),
    ("p", "Mr Dearlove attended the meeting and asked a supplementary question, namely "
          "whether the ICB would commit to a formal public consultation before any reduction "
          "in the overnight opening of the unit. The Chairman stated that a written response "
          "to the supplementary question would be provided by the ICB within ten working days, "
          "in accordance with the council\u2019s procedure rules, and would be published with "
          "these minutes."),
    ("p", "Mrs Wendy Pargeter made a statement on behalf of the Save Westmoor Hospital "
          "campaign, expressing concern that local people had learnt of the new provider "
          "from the press rather than from the NHS, and that the campaign had still not seen "
          "the estates strategy for the community hospitals. The Chairman thanked Mrs "
          "Pargeter for her statement."),

    ("item", "53", "Integrated Community-Based Care Programme \u2013 Update"),
    ("p", "Fiona Galbraith, Chalkdown Place Director, and Gareth Moss, Programme Director, "
          "Selbridge, Marden and Chalkdown Integrated Care Board (SMC ICB), gave a "
          "presentation on the progress of the Integrated Community-Based Care (ICBC) "
          "Programme ahead of the transfer of adult community health services from Chalkdown "
          "Health and Care to the new provider, Meridian Community Health Ltd, on 1 July 2025. "
          "The presentation covered the mobilisation timetable, the transfer of around 1,900 "
          "staff under TUPE, the estates strategy for the seven community hospitals, the "
          "arrangements for the community teams that support people leaving hospital, and "
          "the approach to communicating with patients, carers and the public during the "
          "transition. It was noted that the contract was for seven years, with an option to "
          "extend for a further three, and had an annual value of approximately \u00a3118 "
          "million."),
    ("p", "The Chairman thanked the officers for the presentation and invited questions."),
    ("p", "Cllr Sarah Dyer asked what safeguards were in place to ensure that a private "
          "company would not reduce services in order to protect its margins over the life "
          "of the contract. In response, Gareth Moss explained that the contract included a "
          "detailed outcomes framework with financial penalties and a right for the ICB to "
          "step in if services failed, and that the contract value was fixed, so that the "
          "provider\u2019s margin could not be increased by reducing activity. He added that "
          "the provider was required to reinvest any underspend in service developments "
          "agreed with the ICB, and that the ICB\u2019s quality team would carry out "
          "unannounced visits during the first year."),
    ("p", "Cllr Tony Hollis raised concerns about staff morale and reports that a number of "
          "community nurses had indicated that they would leave rather than transfer to a "
          "new employer. Fiona Galbraith acknowledged that there had been anxiety among "
          "staff, and reported that vacancy rates in community nursing had risen to 11 per "
          "cent over the winter. Joint staff briefings were being held by the ICB and both "
          "providers, and transferring staff would keep their existing terms and conditions "
          "and their membership of the NHS Pension Scheme."),
    ("p", "Cllr Helen Rudge sought clarification on whether the minor injuries unit at "
          "Westmoor would continue to open overnight, and whether the public would be "
          "consulted before any change, referring to the public question received under "
          "Minute 52. It was confirmed that no change to the opening hours of any minor "
          "injuries unit formed part of the contract, and that any future proposal would be "
          "subject to the ICB\u2019s duty to involve the public and, where it amounted to a "
          "substantial variation, to consultation with this committee."),
    ("p", "Cllr Graham Seaton queried how the new provider would work with the council\u2019s "
          "own services, particularly in supporting people home from hospital, and whether "
          "the council had had any say in the choice of provider. Emma Calloway, Director, "
          "Adult Social Care, stated that the council had been represented on the evaluation "
          "panel and that a joint mobilisation group met fortnightly; the council\u2019s "
          "reablement service would continue to be delivered in-house and would be aligned "
          "with the new provider\u2019s community teams through the integrated discharge hub at "
          "Kelsbridge."),
    ("p", "Cllr Clare Fenwick commented that the Leagues of Friends across the county had "
          "raised substantial sums over many years for equipment in the community hospitals, "
          "and that their volunteers felt they had not been kept informed about what the "
          "transfer would mean for them."),
    ("p", "Cllr Niall Brereton asked whether patient records would transfer without "
          "interruption and whether GPs would be able to see the notes of community nurses. "
          "Members were informed that the new provider would use the same clinical system as "
          "the majority of GP practices in the county, which would improve the sharing of "
          "records, and that the migration of data would be tested twice before go-live."),
    ("p", "On the proposal of the Chairman, seconded by Cllr Sarah Dyer, it was:"),
    ("label", "Resolved:"),
    ("p", "The Health Select Committee:"),
    ("num", "1.", "Notes the update on the Integrated Community-Based Care Programme and the "
                  "progress made on mobilisation."),
    ("num", "2.", "Requests a further update at its meeting in September 2025 covering the "
                  "first three months of the new contract, including staffing levels and "
                  "performance against the outcomes framework."),
    ("num", "3.", "Asks the ICB to ensure that the Leagues of Friends are included in its "
                  "communications plan for the transfer."),

    ("item", "54", "Better Care Fund and Hospital Discharge \u2013 Quarter 3 2024/25"),
    ("p", "Tom Varley, Head of Commissioning (Adults), presented the report, which set out "
          "performance against the Better Care Fund (BCF) metrics for quarter 3 and the use "
          "of the Discharge Fund. He highlighted that the number of people in an acute bed "
          "with no criteria to reside had fallen from 118 in October to 84 in December, that "
          "78 per cent of people discharged with reablement were still at home 91 days later, "
          "and that spending on discharge to assess beds was forecast to exceed the budget by "
          "\u00a31.2 million by the end of the year."),
    ("p", "During the discussion, points included:"),
    ("bullet", "Cllr Jo Whitcombe asked why spending on discharge to assess beds was over "
               "budget when the number of people waiting had fallen. It was explained that the "
               "cost per bed had risen because of a shortage of nursing home placements in the "
               "south of the county, where most of the block-booked beds were in homes charging "
               "above the council\u2019s usual rates."),
    ("bullet", "Cllr Peter Marwood requested that future reports show delays broken down by "
               "hospital, including for Chalkdown residents in hospitals outside the county."),
    ("bullet", "Cllr Sarah Dyer expressed concern that unpaid carers were being asked to take "
               "on caring at short notice when a family member was discharged, and asked what "
               "support was offered to them. Cllr Anne Leversedge, Cabinet Member for Adult "
               "Social Care, SEND and Inclusion, said that every carer identified at discharge "
               "was offered a carer\u2019s assessment and that the contract with Carer Support "
               "Chalkdown had been extended to March 2026."),
    ("bullet", "Whether the home care market had enough capacity to support the \u2018home "
               "first\u2019 approach. The Director, Adult Social Care, stated that the hours of "
               "home care waiting to be sourced had fallen to under 500 a week, the lowest "
               "level for three years, largely because of improved recruitment by providers, "
               "including international recruitment."),
    ("bullet", "Cllr Graham Seaton welcomed the improvement in the figures but asked that the "
               "committee also receive information on readmissions to hospital within 30 days "
               "of discharge. Tom Varley agreed that this would be included from the quarter 4 "
               "report onwards."),
    ("p", "On the proposal of Cllr Peter Marwood, seconded by Cllr Tony Hollis, it was:"),
    ("label", "Resolved:"),
    ("p", "The Health Select Committee:"),
    ("num", "1.", "Notes the Better Care Fund quarter 3 report and the progress made in "
                  "reducing delays in hospital discharge."),
    ("num", "2.", "Requests that future reports include discharge delays by hospital and the "
                  "rate of readmission within 30 days."),

    ("item", "55", "NHS Dental Services in Chalkdown"),
    ("p", "Jenny Halsall, Head of Primary Care Commissioning, SMC ICB, introduced the report on "
          "access to NHS dentistry since the delegation of dental commissioning to the ICB in "
          "April 2023. The report set out that 38 per cent of adults in Chalkdown had seen an "
          "NHS dentist in the previous 24 months, compared with 41 per cent nationally, and "
          "described the ICB\u2019s dental recovery plan, including the new patient premium, "
          "additional urgent dental care sessions and a pilot of supervised toothbrushing in "
          "primary schools in the most deprived areas of the county."),
    ("p", "Lorna Beech, Chief Executive of Healthwatch Chalkdown, informed the committee that "
          "dentistry had been the most common subject of the feedback received by Healthwatch "
          "for the third year running, with many people reporting that they had been offered "
          "treatment only as private patients."),
    ("p", "Members asked a number of questions about the report. Cllr Niall Brereton asked how "
          "many practices in the county were accepting new adult NHS patients; Ms Halsall "
          "stated that the position changed weekly, but at the end of February 11 of the 64 "
          "practices had been accepting new adult patients, mostly in the north of the county. "
          "Cllr Helen Rudge asked whether the ICB could use its local flexibilities to pay "
          "more per unit of dental activity in areas where practices had handed back their "
          "contracts. In response, Ms Halsall explained that the ICB had raised the minimum "
          "value of a unit of dental activity to \u00a328 and was offering additional payments "
          "to practices in Westmoor and Lydford Vale, but that the national contract remained "
          "the main obstacle to recruiting and keeping dentists."),
    ("p", "Cllr Tony Hollis asked what was being done for children, and particularly children "
          "in care, who could not get a routine check-up. Ms Halsall said that looked after "
          "children had a dedicated referral route through the community dental service, and "
          "Dr Kate Linwood added that the supervised toothbrushing scheme would reach 42 "
          "schools and nurseries by September 2025."),
    ("p", "Cllr David Pattle expressed frustration that the committee had been told at "
          "previous meetings that the situation would improve, and questioned whether the ICB "
          "had the power to make any real difference while the contract was set nationally."),
    ("p", "On the proposal of the Chairman, seconded by Cllr Niall Brereton, it was:"),
    ("label", "Resolved:"),
    ("p", "The Health Select Committee:"),
    ("num", "1.", "Notes the report on access to NHS dental services in Chalkdown."),
    ("num", "2.", "Agrees that the Chairman will write to the Secretary of State for Health and "
                  "Social Care, copied to the county\u2019s Members of Parliament, setting out "
                  "the committee\u2019s concerns about the national dental contract."),

    ("item", "56", "Forward Work Programme"),
    ("p", "The committee considered the forward work programme. Helen Jay, Senior Scrutiny "
          "Officer, reported that the Overview and Scrutiny Management Committee had endorsed "
          "the establishment of a task group on mental health support for older people, which "
          "would begin its work in May 2025, and invited members to put their names forward."),
    ("p", "Cllr Jo Whitcombe asked that an item on the review of respite services for adults "
          "with a learning disability be added for the autumn, as families had been told "
          "that the review would conclude in the summer. The Chairman agreed to discuss the "
          "timing with the Director, Adult Social Care, outside the meeting."),
    ("p", "The committee noted the forward work programme."),

    ("item", "57", "Urgent Items"),
    ("p", "There were no urgent items."),

    ("item", "58", "Date of Next Meeting"),
    ("p", "The date of the next meeting is Wednesday 4 June 2025 at 10.30am."),
]

CLOSING = [
    "(Duration of meeting: 10.30 am - 1.20 pm)",
    "The Officer who has produced these minutes is Stuart Pell of Democratic Services, direct "
    "line 01632 960342, e-mail stuart.pell@chalkdown.gov.uk",
    "Press enquiries to Communications, direct line 01632 960114 or email "
    "communications@chalkdown.gov.uk",
]


class MinutesPDF(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font("DejaVu", "B", 15)
            self.set_text_color(0, 94, 84)
            self.set_xy(120, 10)
            self.cell(70, 7, "Chalkdown Council", align="R")
            self.set_font("DejaVu", "", 8)
            self.set_xy(120, 17)
            self.cell(70, 4, "Working together for Chalkdown", align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(30)
        else:
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_xy(20, 10)
            self.cell(170, 4, "Health Select Committee \u2013 5 March 2025", align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 9)
        self.cell(0, 5, f"Page {self.page_no()}", align="C")


NUM_X = 20
BODY_X = 36
RIGHT = 190
LH = 5.6  # line height


def build_minutes(path: Path) -> None:
    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Health Select Committee - Minutes - 5 March 2025")
    pdf.set_author("Chalkdown Council")
    pdf.set_creator("Committee Management System")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 22, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 18)
    pdf.set_x(20)
    pdf.cell(0, 9, "Health Select Committee", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(170, 5.4,
                   "MINUTES OF THE HEALTH SELECT COMMITTEE MEETING HELD ON 5 MARCH 2025 AT "
                   "KENNET ROOM - COUNTY HALL, MILL LANE, KELSBRIDGE, CK14 8JN.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for label, text in (("Present:", PRESENT), ("Also Present:", ALSO_PRESENT)):
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, LH, label, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(170, LH, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.ln(2)

    width = RIGHT - BODY_X
    for block in BODY:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            if pdf.get_y() > 297 - 22 - 20:
                pdf.add_page()
            pdf.ln(3)
            y = pdf.get_y()
            pdf.set_font("DejaVu", "B", 11)
            pdf.set_xy(NUM_X, y)
            pdf.cell(BODY_X - NUM_X, 6, num)
            pdf.set_xy(BODY_X, y)
            pdf.multi_cell(width, 6, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10)
            pdf.set_x(BODY_X)
            pdf.multi_cell(width, LH, block[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "label":
            pdf.set_font("DejaVu", "B", 10)
            pdf.set_x(BODY_X)
            pdf.cell(width, LH, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "bullet":
            pdf.set_font("DejaVu", "", 10)
            y = pdf.get_y()
            if y > 297 - 22 - LH:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(BODY_X + 2, y)
            pdf.cell(5, LH, "\u2022")
            pdf.set_xy(BODY_X + 8, y)
            pdf.multi_cell(width - 8, LH, block[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "num":
            _, marker, text = block
            pdf.set_font("DejaVu", "", 10)
            y = pdf.get_y()
            if y > 297 - 22 - LH:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(BODY_X + 2, y)
            pdf.cell(7, LH, marker)
            pdf.set_xy(BODY_X + 10, y)
            pdf.multi_cell(width - 10, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        else:
            raise ValueError(kind)

    pdf.ln(8)
    pdf.set_font("DejaVu", "", 10)
    for line in CLOSING:
        pdf.set_x(20)
        pdf.multi_cell(170, LH, line, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# The briefing note (not minutes)
# --------------------------------------------------------------------------------------

def build_briefing(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Chalkdown Council")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x00, 0x5E, 0x54)

    p = doc.add_paragraph()
    r = p.add_run("Health Select Committee")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run("Briefing Note No. 25-04")
    r.bold = True
    r.font.size = Pt(13)

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for k, v in (
        ("Service:", "Public Health"),
        ("Further Enquiries to:", "Dr Kate Linwood, Director of Public Health"),
        ("Date Prepared:", "12 February 2025"),
        ("Direct Line:", "01632 960418"),
    ):
        cells = table.add_row().cells
        cells[0].text = k
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = v

    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Community Pharmacy Closures and the Pharmaceutical Needs Assessment")
    r.bold = True
    r.font.size = Pt(12)

    def heading(text):
        q = doc.add_paragraph()
        rr = q.add_run(text)
        rr.bold = True

    def para(n, text):
        q = doc.add_paragraph()
        q.paragraph_format.left_indent = Pt(28)
        q.paragraph_format.first_line_indent = Pt(-28)
        q.add_run(f"{n}.\t{text}")

    heading("Purpose")
    para(1, "This briefing note responds to the questions raised by members of the Health "
            "Select Committee at their meeting on 15 January 2025 about the recent closure of "
            "community pharmacies in Chalkdown, and explains the role of the Health and "
            "Wellbeing Board\u2019s Pharmaceutical Needs Assessment (PNA).")
    heading("Background")
    para(2, "The Health and Wellbeing Board has a statutory duty to publish a PNA every three "
            "years and to keep it up to date. The current PNA was published in September 2022 "
            "and the next full assessment is due by October 2025. Since 1 April 2023 the "
            "commissioning of community pharmacy services has been delegated to Selbridge, "
            "Marden and Chalkdown Integrated Care Board (SMC ICB), which decides applications "
            "to open, move or close pharmacies.")
    para(3, "Between April 2023 and January 2025 eleven community pharmacies in Chalkdown closed, "
            "seven of them owned by two national chains which have reduced their number of "
            "branches across England. Three 100-hour pharmacies have reduced their hours to 72 "
            "a week. Over the same period one new pharmacy opened, in Kelsbridge.")
    heading("Questions raised by members")
    qa = [
        ("How many pharmacies have closed since the last PNA, and where?",
         "Eleven, listed in Appendix 1: four in Kelsbridge, two in Westmoor, two in Lydford "
         "Vale and one each in Ambury, Hatchcombe and Stoke Marden."),
        ("Does a closure mean there is now a gap in provision?",
         "Not necessarily. The PNA measures access against travel times, opening hours and "
         "the range of services. The Health and Wellbeing Board\u2019s PNA steering group "
         "reviewed each closure and found no gap in necessary services, although access in "
         "Westmoor has worsened for residents without a car."),
        ("Can the council prevent a pharmacy from closing?",
         "No. A pharmacy owner must give the ICB three months\u2019 notice of closure, and the "
         "ICB cannot refuse it. The council\u2019s role is to assess need and publish "
         "supplementary statements where the position changes."),
        ("What is being done about Westmoor?",
         "The ICB has asked the remaining pharmacies in Westmoor whether they would extend "
         "their hours on Saturdays, and is exploring a delivery service for housebound "
         "patients with the local primary care network."),
    ]
    for i, (q, a) in enumerate(qa, start=1):
        qp = doc.add_paragraph()
        rq = qp.add_run(f"Q{i}. {q}")
        rq.bold = True
        doc.add_paragraph(f"Response: {a}")
    heading("Next steps")
    para(4, "A supplementary statement to the PNA will be presented to the Health and "
            "Wellbeing Board for approval on 27 March 2025.")
    para(5, "The Health Select Committee is asked to note this briefing and to consider "
            "whether it wishes to receive the draft PNA for comment during the formal "
            "consultation in the summer.")

    cp = doc.core_properties
    cp.author = "Public Health Team"
    cp.last_modified_by = "Public Health Team"
    cp.title = "Briefing Note 25-04 Community Pharmacy Closures"
    cp.created = datetime(2025, 2, 12, 9, 0, 0)
    cp.modified = datetime(2025, 2, 12, 9, 0, 0)
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    # python-docx stamps zip entries with the current time: rewrite with a fixed one.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 12, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health Select Committee",
    "meeting_date": "2025-03-05",
    "items": [
        {"number": "48", "title": "Apologies"},
        {"number": "49", "title": "Minutes of the Previous Meeting"},
        {"number": "50", "title": "Declarations of Interest"},
        {"number": "51", "title": "Chairman's Announcements"},
        {"number": "52", "title": "Public Participation"},
        {"number": "53", "title": "Integrated Community-Based Care Programme \u2013 Update"},
        {"number": "54", "title": "Better Care Fund and Hospital Discharge \u2013 Quarter 3 2024/25"},
        {"number": "55", "title": "NHS Dental Services in Chalkdown"},
        {"number": "56", "title": "Forward Work Programme"},
        {"number": "57", "title": "Urgent Items"},
        {"number": "58", "title": "Date of Next Meeting"},
    ],
    "questions": [
        q("51", "question",
          "asked whether the pharmacy in Oakhanger Road, Westmoor, which had closed in January",
          "Cllr Jo Whitcombe",
          "the pharmaceutical needs assessment had found that provision in the Westmoor locality",
          "Dr Kate Linwood", ["primary-care"]),
        q("52", "question",
          "a question had been received from Mr Colin Dearlove, of Westmoor",
          "Mr Colin Dearlove", None, None, ["patient-and-public-input"]),
        q("52", "question",
          "whether the ICB would commit to a formal public consultation before any reduction",
          "Mr Dearlove",
          "a written response to the supplementary question would be provided by the ICB",
          "The Chairman", ["patient-and-public-input"]),
        q("52", "concern",
          "made a statement on behalf of the Save Westmoor Hospital campaign, expressing concern",
          "Mrs Wendy Pargeter", None, None, ["patient-and-public-input"]),
        q("53", "question",
          "asked what safeguards were in place to ensure that a private company",
          "Cllr Sarah Dyer",
          "the contract included a detailed outcomes framework with financial penalties",
          "Gareth Moss", ["privatisation", "subcontracting", "finance"]),
        q("53", "concern",
          "raised concerns about staff morale and reports that a number of community nurses",
          "Cllr Tony Hollis",
          "vacancy rates in community nursing had risen to 11 per cent over the winter",
          "Fiona Galbraith", ["workforce"]),
        q("53", "question",
          "sought clarification on whether the minor injuries unit at Westmoor would continue",
          "Cllr Helen Rudge",
          "no change to the opening hours of any minor injuries unit formed part",
          None, ["patient-and-public-input"]),
        q("53", "question",
          "queried how the new provider would work with the council's own services",
          "Cllr Graham Seaton",
          "the council had been represented on the evaluation panel and that a joint mobilisation group",
          "Emma Calloway", ["integration", "adult-social-care", "subcontracting"]),
        q("53", "comment",
          "the Leagues of Friends across the county had raised substantial sums",
          "Cllr Clare Fenwick", None, None, []),
        q("53", "question",
          "asked whether patient records would transfer without interruption and whether GPs",
          "Cllr Niall Brereton",
          "the new provider would use the same clinical system as the majority of GP practices",
          None, ["primary-care"]),
        q("54", "question",
          "asked why spending on discharge to assess beds was over budget",
          "Cllr Jo Whitcombe",
          "the cost per bed had risen because of a shortage of nursing home placements",
          None, ["finance", "adult-social-care"]),
        q("54", "request",
          "requested that future reports show delays broken down by",
          "Cllr Peter Marwood", None, None, ["adult-social-care"]),
        q("54", "concern",
          "expressed concern that unpaid carers were being asked to take on caring at short notice",
          "Cllr Sarah Dyer",
          "every carer identified at discharge was offered a carer's assessment",
          "Cllr Anne Leversedge", ["adult-social-care"]),
        q("54", "question",
          "Whether the home care market had enough capacity to support the home first approach",
          None,
          "the hours of home care waiting to be sourced had fallen to under 500",
          "The Director, Adult Social Care", ["adult-social-care", "workforce"]),
        q("54", "request",
          "asked that the committee also receive information on readmissions to hospital",
          "Cllr Graham Seaton",
          "Tom Varley agreed that this would be included from the quarter 4 report onwards",
          "Tom Varley", ["adult-social-care"]),
        q("55", "question",
          "asked how many practices in the county were accepting new adult NHS patients",
          "Cllr Niall Brereton",
          "at the end of February 11 of the 64 practices had been accepting",
          "Ms Halsall", ["primary-care"]),
        q("55", "question",
          "Cllr Helen Rudge asked whether the ICB could use its local flexibilities",
          "Cllr Helen Rudge",
          "the ICB had raised the minimum value of a unit of dental activity",
          "Ms Halsall", ["primary-care", "finance", "subcontracting"]),
        q("55", "question",
          "asked what was being done for children, and particularly children in care",
          "Cllr Tony Hollis",
          "looked after children had a dedicated referral route through the community dental service",
          "Ms Halsall", ["primary-care", "children-and-families"]),
        q("55", "concern",
          "expressed frustration that the committee had been told at previous meetings",
          "Cllr David Pattle", None, None, ["primary-care", "governance"]),
        q("56", "request",
          "asked that an item on the review of respite services for adults",
          "Cllr Jo Whitcombe",
          "The Chairman agreed to discuss the timing with the Director, Adult Social Care",
          "The Chairman", ["adult-social-care"]),
    ],
    "resolutions": [
        {"item": "49",
         "text": "To approve and sign the minutes of the meeting held on 15 January 2025",
         "outcome": "agreed", "themes": []},
        {"item": "53",
         "text": "Notes the update on the Integrated Community-Based Care Programme and the progress",
         "outcome": "agreed", "themes": ["subcontracting", "workforce"]},
        {"item": "54",
         "text": "Notes the Better Care Fund quarter 3 report and the progress made",
         "outcome": "agreed", "themes": ["integration", "adult-social-care"]},
        {"item": "55",
         "text": "Notes the report on access to NHS dental services in Chalkdown",
         "outcome": "agreed", "themes": ["primary-care"]},
        {"item": "56",
         "text": "The committee noted the forward work programme",
         "outcome": "noted", "themes": []},
    ],
    "attendees": [
        {"name": "Cllr Martin Ashdown", "role": "Chairman", "attendance": "present"},
        {"name": "Cllr Helen Rudge", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Cllr Clare Fenwick", "role": None, "attendance": "present"},
        {"name": "Cllr Peter Marwood", "role": None, "attendance": "present"},
        {"name": "Cllr Sarah Dyer", "role": None, "attendance": "present"},
        {"name": "Cllr Tony Hollis", "role": None, "attendance": "present"},
        {"name": "Cllr Graham Seaton", "role": None, "attendance": "present"},
        {"name": "Cllr Jo Whitcombe", "role": None, "attendance": "present"},
        {"name": "Cllr Niall Brereton", "role": None, "attendance": "present"},
        {"name": "Cllr David Pattle", "role": "Substitute", "attendance": "present"},
        {"name": "Cllr Anne Leversedge",
         "role": "Cabinet Member for Adult Social Care, SEND and Inclusion",
         "attendance": "in_attendance"},
        {"name": "Cllr Robert Tanner",
         "role": "Cabinet Member for Public Health, Leisure and Libraries",
         "attendance": "in_attendance"},
        {"name": "Cllr Matthew Kerslake", "role": None, "attendance": "in_attendance"},
        {"name": "Emma Calloway", "role": "Director, Adult Social Care",
         "attendance": "in_attendance"},
        {"name": "Dr Kate Linwood", "role": "Director of Public Health",
         "attendance": "in_attendance"},
        {"name": "Tom Varley", "role": "Head of Commissioning (Adults)",
         "attendance": "in_attendance"},
        {"name": "Fiona Galbraith", "role": "Chalkdown Place Director, SMC ICB",
         "attendance": "in_attendance"},
        {"name": "Gareth Moss",
         "role": "Programme Director, Integrated Community-Based Care, SMC ICB",
         "attendance": "in_attendance"},
        {"name": "Jenny Halsall", "role": "Head of Primary Care Commissioning, SMC ICB",
         "attendance": "in_attendance"},
        {"name": "Lorna Beech", "role": "Chief Executive, Healthwatch Chalkdown",
         "attendance": "in_attendance"},
        {"name": "Helen Jay", "role": "Senior Scrutiny Officer", "attendance": "in_attendance"},
        {"name": "Stuart Pell", "role": "Democratic Services Officer",
         "attendance": "in_attendance"},
        {"name": "Cllr Jack Ormond", "role": None, "attendance": "apologies"},
        {"name": "Cllr Liz Greaves", "role": None, "attendance": "apologies"},
        {"name": "Louise Haddon", "role": "Director \u2013 Commissioning",
         "attendance": "apologies"},
    ],
}

BRIEFING_GOLD = {"document": BRIEFING_NAME, "doc_type": "report"}


# --------------------------------------------------------------------------------------
# Check
# --------------------------------------------------------------------------------------

def norm(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


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
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("jd-*.json")):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        text = norm(doc_text(DOCS / g["document"]))
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for what, ph in phrases:
            n_words = len(ph.split())
            c = text.count(norm(ph))
            status = "ok"
            if c != 1:
                status = f"FOUND {c} TIMES"
                bad += 1
            elif not 6 <= n_words <= 15:
                status = f"{n_words} WORDS"
                bad += 1
            if status != "ok":
                print(f"{gold_path.name}: {what}: {status}: {ph!r}")
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("check passed" if not bad else f"check FAILED ({bad})")
    return 1 if bad else 0


def main() -> int:
    if "--check" in sys.argv[1:]:
        return check()
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_briefing(DOCS / BRIEFING_NAME)
    for g in (MINUTES_GOLD, BRIEFING_GOLD):
        stem = Path(g["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote", MINUTES_NAME, BRIEFING_NAME)
    return 0


if __name__ == "__main__":
    sys.exit(main())
