#!/usr/bin/env python3
"""Build the "jz-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_jz.py           build documents/jz-* and gold/jz-*.json
        build_jz.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "jz-kettlesworth-hasc-osc-2025-01-21.pdf"
REPORT_NAME = "jz-kettlesworth-hasc-osc-report-home-support-recommissioning.docx"

FIXED = dt.datetime(2025, 1, 28, 9, 30, 0, tzinfo=dt.timezone.utc)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

COMMITTEE = "Health and Adult Social Care Overview and Scrutiny Committee"
RUNNING_HEAD = f"{COMMITTEE} \u2013 21 January 2025"

DISCUSSION = ("In discussion, and in response to Members\u2019 questions, the following were "
              "among the main points raised: -")

# ---------------------------------------------------------------------------
# The minutes, as a list of blocks.
#   ("item", number, title)   margin number and bold capital title
#   ("p", text)               paragraph in the text column
#   ("b", text)               bullet in the text column
#   ("i", text)               italic paragraph (notes of people leaving / joining)
#   ("label", text)           bold label ("RESOLVED: -")
#   ("rule",)                 a rule across the text column after an item
# ---------------------------------------------------------------------------

MINUTES: list[tuple] = [
    ("item", "1", "NOTICE OF RECORDING/WEBCAST"),
    ("p", "The Chair advised, and the Committee noted, that this meeting would be webcast for "
          "live or subsequent broadcast via the Council\u2019s meeting YouTube site "
          "(www.youtube.com/channel/UCk3TtWz8pLmQeR0vKcouncil) and that members of the "
          "press/public may record and take photographs except where there are confidential "
          "or exempt items."),
    ("rule",),
    ("item", "2", "APOLOGIES"),
    ("p", "Apologies were submitted on behalf of Councillors Rashida Kaur and Simon Whitlock "
          "for their inability to attend the meeting."),
    ("p", "Apologies were also received from Dr Peter Okonedo, Director of Public Health. "
          "Dr Simone Achterberg, Interim Assistant Director of Public Health, attended in his "
          "place."),
    ("rule",),
    ("item", "3", "DECLARATIONS OF INTERESTS"),
    ("p", "Members were reminded that they must declare all relevant pecuniary and other "
          "registerable interests arising from any business to be discussed at this meeting. "
          "If a disclosable pecuniary interest is declared a Member must not participate in "
          "any discussion or vote on the matter and must not remain in the room unless they "
          "have been granted a dispensation. If other registerable interests are declared a "
          "Member may speak on the matter only if members of the public are allowed to speak "
          "at the meeting but otherwise must not take part in any discussion or vote on the "
          "matter and must not remain in the room unless they have been granted a "
          "dispensation. Any declarations will be recorded in the action notes of the "
          "meeting."),
    ("p", "Councillor Colette Dunmore declared an other registerable interest in item 6 (Home "
          "Support Recommissioning) as a close family member was employed as a care worker by "
          "a home support provider contracted by the Council. She left the meeting for that "
          "item."),
    ("rule",),
    ("item", "4", "ACTION NOTES/ISSUES ARISING"),
    ("p", "(See document No. 1)"),
    ("p", "The Chair advised that the information requested at the last meeting on waiting "
          "times for Care Act assessments had been circulated to Members by email on 14 "
          "January 2025, and that the remaining actions on the tracker were complete."),
    ("label", "RESOLVED: -"),
    ("p", "That the action notes of the meeting held on 17 December 2024 were agreed by the "
          "Committee."),
    ("rule",),
    ("item", "5", "ACCESS TO NHS DENTAL SERVICES IN KETTLESWORTH"),
    ("p", "(See document No. 2)"),
    ("p", "Rukhsana Mir, Director of Primary Care and Community Services, Kettlesworth and "
          "Mardenhall Integrated Care Board (ICB), and Dr Alun Pryce, Consultant in Dental "
          "Public Health, NHS England (Midlands), presented the report and highlighted the "
          "following key points: -"),
    ("b", "Responsibility for commissioning NHS dental services had been delegated to the ICB "
          "from 1 April 2023, although the national dental contract was still set by the "
          "Department of Health and Social Care."),
    ("b", "In the 24 months to September 2024, 41% of adults and 57% of children in "
          "Kettlesworth had seen an NHS dentist, compared with 40% and 59% for England as a "
          "whole, but access in the east of the city was markedly lower."),
    ("b", "Eleven practices had handed back their NHS contracts or reduced their contracted "
          "activity since 2022, most of them in Saltmoor, Hockley Brook and Ambridge Heath."),
    ("b", "The ICB had commissioned 9,400 additional urgent care appointments in 2024/25 "
          "through a flexible commissioning scheme with 23 practices, and the supervised "
          "toothbrushing programme led by the Council\u2019s public health team was being "
          "expanded."),
    ("b", "Recruiting and retaining dentists willing to undertake NHS work remained the "
          "greatest challenge."),
    ("p", DISCUSSION),
    ("b", "Councillor Imran Bashir asked how a resident of Saltmoor ward without a dentist was "
          "expected to find one when the NHS website showed no practice within five miles "
          "accepting new adult patients. Rukhsana Mir acknowledged that the website was not "
          "always accurate and said that practices were now being asked to update their "
          "status every month; anyone in pain could still obtain an urgent appointment "
          "through NHS 111."),
    ("b", "Members expressed concern that children in the city were still having teeth "
          "removed under general anaesthetic in hospital. It was noted that tooth decay "
          "remained the most common reason for a planned hospital admission among children "
          "aged 5 to 9 in Kettlesworth, and that the supervised toothbrushing programme now "
          "reached 84 schools and early years settings, with a further 30 to be added by "
          "September 2025."),
    ("b", "In response to a question about why practices were handing back their NHS "
          "contracts, Dr Pryce explained that many dentists considered the units of dental "
          "activity paid under the national contract did not cover the cost of complex "
          "treatment. The ICB had used its delegated powers to raise the minimum value of a "
          "unit of dental activity locally to \u00a328 from April 2024, and two practices "
          "that had given notice had since withdrawn it."),
    ("b", "A Member asked whether money left unspent on the dental budget last year had been "
          "lost to dentistry, given an underspend of \u00a33.2 million in 2023/24. Members "
          "were advised that the dental budget had been ring-fenced nationally for 2024/25 "
          "and that the ICB intended to reinvest any underspend in additional urgent and "
          "stabilisation sessions."),
    ("b", "Councillor Wendy Sallis asked what was being done to attract dentists to work in "
          "the east of the city. Dr Pryce said that a recruitment incentive of up to "
          "\u00a312,000 was being offered for posts in practices serving the most deprived "
          "wards and that the ICB was supporting practices to make greater use of dental "
          "therapists and hygienists."),
    ("b", "Councillor Leon Tranter commented that care home residents in the north of the "
          "city had waited more than a year for a domiciliary dental visit and that this "
          "was not acceptable."),
    ("b", "The Chair requested a breakdown by ward of the practices currently accepting new "
          "NHS patients, so that Members could advise residents. Rukhsana Mir agreed to "
          "provide this before the next meeting."),
    ("p", "The Chair thanked Rukhsana Mir and Dr Pryce for attending."),
    ("label", "RESOLVED: -"),
    ("p", "That the report be noted and the Integrated Care Board be asked to provide a "
          "ward-level breakdown of practices accepting new NHS patients before the next "
          "meeting."),
    ("rule",),
    ("item", "6", "HOME SUPPORT RECOMMISSIONING \u2013 PROPOSED MODEL (PRE-DECISION SCRUTINY)"),
    ("p", "(See document No. 3)"),
    ("i", "(Councillor Colette Dunmore left the meeting at 1112 hours.)"),
    ("p", "Councillor Martin Ellery, Cabinet Member for Health and Social Care, introduced the "
          "item and reminded Members that the Committee had asked to scrutinise the proposals "
          "before a decision was taken by Cabinet on 11 February 2025. Hannah Cordwell, "
          "Assistant Director, Commissioning, Adult Social Care, then gave a presentation "
          "and highlighted the following key points: -"),
    ("b", "The current home support framework, under which 64 providers delivered around "
          "61,000 hours of care a week to some 4,300 citizens, would expire on 31 July 2025 "
          "and could not be extended further."),
    ("b", "It was proposed to divide the city into ten localities, each with a lead provider "
          "responsible for picking up all new packages within an agreed time, supported by a "
          "list of approved providers."),
    ("b", "The minimum hourly rate paid to providers would rise from \u00a322.14 to "
          "\u00a323.61, which would allow care workers to be paid at least the Real Living "
          "Wage."),
    ("b", "1,140 people who draw on care and support, carers and providers had responded to "
          "the consultation. Most had supported the move to locality working, although many "
          "had raised worries about continuity of care."),
    ("p", DISCUSSION),
    ("b", "Councillor Patrick O\u2019Rourke questioned whether the move to ten lead providers "
          "would squeeze out the small, local and voluntary sector organisations that many "
          "citizens preferred. Hannah Cordwell responded that each lead provider would be "
          "expected to subcontract part of its hours to smaller approved providers and that "
          "the approved provider list would remain open to new applications throughout the "
          "life of the contract."),
    ("b", "Concern was expressed that the entire service would remain with private companies "
          "making a profit from public money, and it was asked whether the Council had "
          "considered bringing home support back in-house. The Cabinet Member advised that "
          "an in-house option had been appraised but would cost an estimated \u00a39.6 "
          "million more each year, mainly because of pension and terms and conditions costs, "
          "which the Council could not afford in its current financial position; the Council "
          "would, however, retain its in-house reablement service."),
    ("b", "In response to a question as to whether the new rate would cover care workers\u2019 "
          "travel time between visits, it was confirmed that the rate had been built up "
          "using a cost of care model which assumed that travel time would be paid, and that "
          "providers would be required to pay it under the new contract."),
    ("b", "Councillor Wendy Sallis asked how the Council would know that care workers were "
          "actually receiving the Real Living Wage. Officers explained that providers would "
          "have to submit evidence of pay rates each quarter and that the contract "
          "monitoring team would carry out unannounced checks of a sample of payslips; a "
          "provider found not to be paying the rate would be in breach of contract."),
    ("b", "Members sought assurance that citizens would not be forced to change their care "
          "worker when the new contracts started. The Strategic Director explained that "
          "wherever possible existing packages would stay with the current provider until a "
          "natural review point, and that where a package did transfer, staff would "
          "normally transfer with it under TUPE."),
    ("b", "Councillor Leon Tranter noted that unpaid carers had told the consultation that "
          "they were rarely told when a care worker would be late or was not coming at all, "
          "and asked that the service specification include a requirement to notify "
          "families. The Assistant Director agreed that this would be added to the "
          "specification."),
    ("label", "RESOLVED: -"),
    ("p", "That the Committee:"),
    ("p", "(i)\trecommends to the Cabinet Member for Health and Social Care that the report "
          "to Cabinet on 11 February 2025 sets out how the payment of the Real Living Wage "
          "to care workers will be verified; and"),
    ("p", "(ii)\trequests that the full consultation report be circulated to Members of the "
          "Committee."),
    ("i", "(Councillor Colette Dunmore re-joined the meeting at 1158 hours.)"),
    ("rule",),
    ("item", "7", "HEALTH AND WELLBEING OF HOUSEHOLDS IN TEMPORARY ACCOMMODATION"),
    ("p", "(See document No. 4)"),
    ("p", "Dr Simone Achterberg, Interim Assistant Director of Public Health, and Neil "
          "Wardrop, Head of Housing Options and Temporary Accommodation, presented the "
          "report, which had been requested by the Committee following its visit to the "
          "Harcourt Road family hostel in October 2024. The following key points were "
          "highlighted: -"),
    ("b", "At the end of December 2024 there were 2,940 households in temporary accommodation "
          "in Kettlesworth, including 4,180 children; 537 households were in bed and "
          "breakfast or hotel accommodation."),
    ("b", "A health needs audit of 300 families had found that one in three adults reported "
          "a long-term mental health condition and that 22% of children under five were not "
          "registered with a GP."),
    ("b", "A specialist health visiting team and a GP outreach clinic had been funded from "
          "the Public Health Grant for 2024/25."),
    ("b", "The Council was buying 250 homes through its temporary accommodation purchase "
          "programme to reduce the use of hotels."),
    ("p", DISCUSSION),
    ("b", "Councillor Harjit Gill raised concerns about reports of damp and mould in "
          "privately owned hostels used by the Council and asked how often these were "
          "inspected. Neil Wardrop explained that all self-contained temporary accommodation "
          "was inspected before first use and at least annually; 14 properties had been "
          "removed from use in the past year because of disrepair, and the Council would "
          "apply the standards in Awaab\u2019s Law to temporary accommodation when they came "
          "into force."),
    ("b", "A Member queried how many families with children had been in bed and breakfast "
          "accommodation for longer than the six-week legal limit. Neil Wardrop stated that "
          "at the end of December the figure was 118, down from 190 in the summer, and that "
          "each case was reviewed weekly by a senior manager."),
    ("b", "In response to a question about GP registration, it was reported that the "
          "outreach clinic at the Harcourt Road hostel had registered 412 people since it "
          "opened in June 2024, and that families moved to another area were now given a "
          "letter to help them register with a new practice."),
    ("b", "Councillor Imran Bashir asked whether children placed in temporary accommodation "
          "outside the city were able to remain at their schools. The Head of Housing "
          "Options advised that families were placed within the city wherever possible and "
          "that home to school transport was arranged where a child was placed more than "
          "two miles from school; however, around 160 children were currently placed "
          "outside Kettlesworth."),
    ("b", "Councillor Colette Dunmore commented that the audit findings were shocking and "
          "that the Council should lobby the Government for additional funding for "
          "temporary accommodation, the cost of which to the General Fund had risen to "
          "\u00a341 million this year. Neil Wardrop confirmed that the Council had made "
          "representations to the Ministry of Housing, Communities and Local Government "
          "through the Core Cities group."),
    ("b", "Members requested that future reports include information on the mental health "
          "of adults and children in temporary accommodation and on access to perinatal "
          "services."),
    ("p", "The Committee noted the report and asked that a joint update from Public Health "
          "and Housing be brought back in July 2025."),
    ("rule",),
    ("item", "8", "WORK PROGRAMME"),
    ("p", "(See document No. 5)"),
    ("p", "Joanne Fairhurst, Senior Overview and Scrutiny Manager, presented the work "
          "programme and advised that the meeting on 18 February 2025 would consider the "
          "Better Care Fund plan and the Adult Social Care Local Account 2023/24."),
    ("p", "Councillor Wendy Sallis requested that an item on delayed hospital discharges be "
          "scheduled before next winter. The Senior Overview and Scrutiny Manager undertook "
          "to include this in the draft work programme for 2025/26."),
    ("label", "RESOLVED: -"),
    ("p", "That the work programme be noted."),
    ("rule",),
    ("item", "9", "REQUEST(S) FOR CALL IN/COUNCILLOR CALL FOR ACTION/PETITIONS RECEIVED (IF ANY)"),
    ("p", "None."),
    ("rule",),
    ("item", "10", "OTHER URGENT BUSINESS"),
    ("p", "None."),
    ("rule",),
    ("item", "11", "AUTHORITY TO CHAIR AND OFFICERS"),
    ("label", "RESOLVED: -"),
    ("p", "That in an urgent situation between meetings the Chair, jointly with the relevant "
          "Chief Officer, has authority to act on behalf of the Committee."),
]

PRESENT_CHAIR = "Councillor Deborah Ashfield in the Chair;"
PRESENT_MEMBERS = ("Councillors Imran Bashir, Colette Dunmore, Harjit Gill, Patrick "
                   "O\u2019Rourke, Wendy Sallis and Leon Tranter.")
ALSO_PRESENT = [
    "Councillor Martin Ellery, Cabinet Member for Health and Social Care",
    "Professor Anthony Varley, Strategic Director, Adult Social Care",
    "Hannah Cordwell, Assistant Director, Commissioning, Adult Social Care",
    "Dr Simone Achterberg, Interim Assistant Director of Public Health",
    "Neil Wardrop, Head of Housing Options and Temporary Accommodation",
    "Rukhsana Mir, Director of Primary Care and Community Services, Kettlesworth and "
    "Mardenhall Integrated Care Board",
    "Dr Alun Pryce, Consultant in Dental Public Health, NHS England (Midlands) (online)",
    "Joanne Fairhurst, Senior Overview and Scrutiny Manager",
    "Mohammed Zaman, Scrutiny Officer",
    "Gemma Oduya, Committee Services",
]


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("Sans", "", 8.5)
            self.set_text_color(60, 60, 60)
            self.set_xy(20, 10)
            self.cell(170, 5, RUNNING_HEAD, align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(22)

        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 8.5)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Minutes(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(f"Minutes - {COMMITTEE} - 21 January 2025")
    pdf.set_author("Kettlesworth City Council")
    pdf.set_creator("Microsoft Word")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("Sans", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    num_x, text_x, text_w = 20, 33, 157
    lh = 5.4

    # Title block
    pdf.set_font("Sans", "B", 13)
    pdf.multi_cell(170, 7, "KETTLESWORTH CITY COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "B", 11)
    pdf.multi_cell(170, 6, COMMITTEE.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "B", 10)
    pdf.multi_cell(170, 5.5, "TUESDAY, 21 JANUARY 2025 AT 10:00 HOURS IN COMMITTEE ROOMS 3 "
                   "AND 4, COUNCIL HOUSE, ST MARGARET\u2019S SQUARE, KETTLESWORTH, KE1 1BB",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(170, lh, "PRESENT: -", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10.5)
    pdf.multi_cell(170, lh, PRESENT_CHAIR, new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(170, lh, PRESENT_MEMBERS, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(170, lh, "ALSO PRESENT: -", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10.5)
    for line in ALSO_PRESENT:
        pdf.multi_cell(170, lh, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    y = pdf.get_y()
    pdf.set_line_width(0.3)
    pdf.line(20, y, 190, y)
    pdf.ln(5)

    for block in MINUTES:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            if pdf.get_y() > 250:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_xy(num_x, y)
            pdf.cell(12, lh, num)
            pdf.set_xy(text_x, y)
            pdf.multi_cell(text_w, lh, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "p":
            text = block[1]
            pdf.set_font("Sans", "", 10.5)
            if "\t" in text:
                marker, rest = text.split("\t", 1)
                y = pdf.get_y()
                pdf.set_xy(text_x, y)
                pdf.cell(9, lh, marker)
                pdf.set_xy(text_x + 9, y)
                pdf.multi_cell(text_w - 9, lh, rest, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_x(text_x)
                pdf.multi_cell(text_w, lh, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "i":
            pdf.set_font("Sans", "I", 10.5)
            pdf.set_x(text_x)
            pdf.multi_cell(text_w, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "b":
            pdf.set_font("Sans", "", 10.5)
            y = pdf.get_y()
            if y > 268:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(text_x, y)
            pdf.cell(6, lh, "\u2022")
            pdf.set_xy(text_x + 6, y)
            pdf.multi_cell(text_w - 6, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "label":
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_x(text_x)
            pdf.cell(text_w, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "rule":
            pdf.set_font("Sans", "", 10.5)
            pdf.set_x(text_x)
            pdf.cell(text_w, lh, "_" * 62, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)

    pdf.set_font("Sans", "", 10.5)
    pdf.set_x(text_x)
    pdf.cell(text_w, lh, "The meeting ended at 1237 hours.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    pdf.set_x(120)
    pdf.cell(70, lh, "\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(120)
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(70, lh, "CHAIRPERSON", new_x="LMARGIN", new_y="NEXT")

    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------
# The report (not minutes)
# ---------------------------------------------------------------------------

def build_report(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    for section in doc.sections:
        section.left_margin = section.right_margin = Cm(2.2)

    def para(text="", bold=False, align=None, size=None, space_after=6):
        p = doc.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
        if align:
            p.alignment = align
        p.paragraph_format.space_after = Pt(space_after)
        return p

    def numbered(num, text):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.25)
        p.paragraph_format.first_line_indent = Cm(-1.25)
        p.paragraph_format.space_after = Pt(6)
        p.add_run(f"{num}\t{text}")
        return p

    def heading(num, text):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.25)
        p.paragraph_format.first_line_indent = Cm(-1.25)
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(6)
        r = p.add_run(f"{num}\t{text}")
        r.bold = True
        return p

    def bullet(text):
        p = doc.add_paragraph(style="List Bullet")
        p.paragraph_format.left_indent = Cm(1.9)
        p.add_run(text)
        return p

    para("Kettlesworth City Council", bold=True, size=16, space_after=2)
    para("Report to the Health and Adult Social Care Overview and Scrutiny Committee",
         bold=True, size=12, space_after=12)

    cover = doc.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    rows = [
        ("Date:", "21 January 2025"),
        ("Subject:", "Home Support Recommissioning \u2013 Proposed Model (Pre-Decision Scrutiny)"),
        ("Report of:", "Professor Anthony Varley, Strategic Director, Adult Social Care"),
        ("Relevant Cabinet Member:", "Councillor Martin Ellery, Health and Social Care"),
        ("Relevant O&S Chair:", "Councillor Deborah Ashfield, Health and Adult Social Care"),
        ("Report author:", "Hannah Cordwell, Assistant Director, Commissioning, Adult Social "
                           "Care\nEmail: hannah.cordwell@kettlesworth.gov.example"),
        ("Is this a key decision?", "Yes \u2013 for Cabinet on 11 February 2025 "
                                    "(Forward Plan reference 014231/2025)"),
        ("Wards affected:", "All wards"),
    ]
    for k, v in rows:
        cells = cover.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(k).bold = True
        cells[1].text = v
    para("", space_after=4)

    heading("1", "Purpose")
    numbered("1.1", "To provide the Committee with an opportunity to scrutinise the proposed "
                    "model for recommissioning home support services before a decision is taken "
                    "by Cabinet on 11 February 2025.")
    numbered("1.2", "The draft Cabinet report is attached as Appendix 1. The outcome of the "
                    "consultation is summarised in section 5 and attached in full as Appendix 2.")

    heading("2", "Recommendations")
    numbered("2.1", "That the Committee considers the proposed model for home support set out in "
                    "this report and the draft Cabinet report.")
    numbered("2.2", "That the Committee agrees any comments or recommendations it wishes to make "
                    "to the Cabinet Member for Health and Social Care before the decision is taken.")

    heading("3", "Background")
    numbered("3.1", "Home support (domiciliary care) helps adults with eligible care and support "
                    "needs to remain living safely in their own homes. The Council currently "
                    "purchases around 61,000 hours of home support a week for approximately 4,300 "
                    "citizens, at a gross cost of \u00a372.4 million in 2024/25.")
    numbered("3.2", "The current arrangements are a framework agreement with 64 providers which "
                    "began in August 2020 and has been extended twice. It expires on 31 July 2025 "
                    "and cannot lawfully be extended again.")
    numbered("3.3", "Providers have told the Council that the current hourly rate of \u00a322.14 "
                    "does not allow them to pay care workers for travel time or to pay the Real "
                    "Living Wage, and turnover of care workers in the city is running at 31%.")

    heading("4", "The proposed model")
    numbered("4.1", "It is proposed that the city is divided into ten localities based on primary "
                    "care network boundaries. In each locality a lead provider will be appointed "
                    "following a competitive tender and will be responsible for accepting all new "
                    "packages of care within 48 hours of referral.")
    numbered("4.2", "An approved provider list will sit beneath the lead providers. Lead providers "
                    "will be able to subcontract packages to approved providers, and the list will "
                    "remain open to new applicants.")
    numbered("4.3", "The minimum hourly rate will rise to \u00a323.61. This has been built up using "
                    "a cost of care model that includes paid travel time and the Real Living Wage "
                    "for care workers.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    for c, h in zip(hdr, ("Option", "Annual cost (estimate)", "Assessment")):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for row in (
        ("A. Extend current framework", "\u00a372.4m", "Not lawful \u2013 rejected"),
        ("B. Locality lead providers (preferred)", "\u00a377.2m", "Recommended"),
        ("C. In-house service", "\u00a386.8m", "Not affordable within the MTFP"),
    ):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    para("", space_after=4)

    heading("5", "Consultation")
    numbered("5.1", "A twelve-week consultation ran from 1 October to 23 December 2024. 1,140 "
                    "responses were received from people who draw on care and support, unpaid "
                    "carers, providers and staff. 71% agreed with the move to locality working.")
    numbered("5.2", "The questions most often asked by people who responded were:")
    bullet("Will I have to change my care worker if my provider is not chosen?")
    bullet("Will I be told when my care worker is running late?")
    bullet("Will small, local providers still be able to work with the Council?")
    numbered("5.3", "In response, the draft specification requires providers to maintain "
                    "continuity of care worker wherever possible and commits the Council to "
                    "transition arrangements under which existing packages stay with the current "
                    "provider until their next review.")

    heading("6", "Questions the Committee may wish to consider")
    bullet("How will the Council verify that providers pay care workers the Real Living Wage?")
    bullet("What will happen if a lead provider cannot pick up packages within 48 hours?")
    bullet("How will the views of people who draw on care be used to monitor the new contracts?")

    heading("7", "Legal implications")
    numbered("7.1", "The Council has duties under the Care Act 2014 to meet eligible needs and to "
                    "promote a diverse and sustainable market. The procurement will be carried out "
                    "under the Health Care Services (Provider Selection Regime) Regulations 2023 "
                    "where they apply, and otherwise under the Procurement Act 2023.")

    heading("8", "Financial implications")
    numbered("8.1", "The preferred option will cost an estimated \u00a34.8 million more each year "
                    "than current arrangements. This pressure has been included in the Medium "
                    "Term Financial Plan 2025/26 to 2028/29 to be considered by Council on 4 March "
                    "2025.")

    heading("9", "Appendices")
    numbered("1", "Draft Cabinet report \u2013 Home Support Recommissioning")
    numbered("2", "Home Support Consultation \u2013 Summary of Responses")
    numbered("3", "Equality Impact Assessment EQUA1187")

    cp = doc.core_properties
    cp.author = "Hannah Cordwell"
    cp.last_modified_by = "Hannah Cordwell"
    cp.title = "Home Support Recommissioning - Report to HASC O&S Committee"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    # Re-write the zip with fixed member timestamps so the output is byte-identical.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-01-21",
    "items": [
        {"number": "1", "title": "NOTICE OF RECORDING/WEBCAST"},
        {"number": "2", "title": "APOLOGIES"},
        {"number": "3", "title": "DECLARATIONS OF INTERESTS"},
        {"number": "4", "title": "ACTION NOTES/ISSUES ARISING"},
        {"number": "5", "title": "ACCESS TO NHS DENTAL SERVICES IN KETTLESWORTH"},
        {"number": "6", "title": "HOME SUPPORT RECOMMISSIONING \u2013 PROPOSED MODEL "
                                 "(PRE-DECISION SCRUTINY)"},
        {"number": "7", "title": "HEALTH AND WELLBEING OF HOUSEHOLDS IN TEMPORARY ACCOMMODATION"},
        {"number": "8", "title": "WORK PROGRAMME"},
        {"number": "9", "title": "REQUEST(S) FOR CALL IN/COUNCILLOR CALL FOR ACTION/PETITIONS "
                                 "RECEIVED (IF ANY)"},
        {"number": "10", "title": "OTHER URGENT BUSINESS"},
        {"number": "11", "title": "AUTHORITY TO CHAIR AND OFFICERS"},
    ],
    "questions": [
        # 5 Dental services
        q("5", "question",
          "asked how a resident of Saltmoor ward without a dentist was expected to find one",
          "Councillor Imran Bashir",
          "practices were now being asked to update their status every month",
          "Rukhsana Mir", ["primary-care"]),
        q("5", "concern",
          "children in the city were still having teeth removed under general anaesthetic",
          None,
          "tooth decay remained the most common reason for a planned hospital admission",
          None, ["primary-care", "children-and-families", "public-health"]),
        q("5", "question",
          "a question about why practices were handing back their NHS contracts",
          None,
          "many dentists considered the units of dental activity paid under the national contract",
          "Dr Pryce", ["primary-care", "finance"]),
        q("5", "question",
          "whether money left unspent on the dental budget last year had been lost",
          None,
          "the ICB intended to reinvest any underspend in additional urgent and stabilisation sessions",
          None, ["primary-care", "finance"]),
        q("5", "question",
          "asked what was being done to attract dentists to work in the east",
          "Councillor Wendy Sallis",
          "supporting practices to make greater use of dental therapists and hygienists",
          "Dr Pryce", ["primary-care", "workforce"]),
        q("5", "comment",
          "care home residents in the north of the city had waited more than a year",
          "Councillor Leon Tranter", None, None, ["primary-care", "adult-social-care"]),
        q("5", "request",
          "requested a breakdown by ward of the practices currently accepting new NHS patients",
          "Chair",
          "Rukhsana Mir agreed to provide this before the next meeting",
          "Rukhsana Mir", ["primary-care"]),
        # 6 Home support
        q("6", "question",
          "whether the move to ten lead providers would squeeze out the small",
          "Councillor Patrick O\u2019Rourke",
          "each lead provider would be expected to subcontract part of its hours",
          "Hannah Cordwell", ["adult-social-care", "subcontracting"]),
        q("6", "concern",
          "the entire service would remain with private companies making a profit from public money",
          None,
          "an in-house option had been appraised but would cost an estimated",
          "Cabinet Member", ["adult-social-care", "privatisation", "finance"]),
        q("6", "question",
          "whether the new rate would cover care workers\u2019 travel time between visits",
          None,
          "the rate had been built up using a cost of care model",
          None, ["adult-social-care", "workforce", "finance"]),
        q("6", "question",
          "how the Council would know that care workers were actually receiving the Real Living Wage",
          "Councillor Wendy Sallis",
          "monitoring team would carry out unannounced checks of a sample of payslips",
          "Officers", ["adult-social-care", "workforce", "subcontracting"]),
        q("6", "concern",
          "citizens would not be forced to change their care worker when the new contracts started",
          None,
          "existing packages would stay with the current provider until a natural review point",
          "Strategic Director", ["adult-social-care", "workforce", "subcontracting"]),
        q("6", "request",
          "asked that the service specification include a requirement to notify families",
          "Councillor Leon Tranter",
          "agreed that this would be added to the specification",
          "Assistant Director", ["adult-social-care", "patient-and-public-input"]),
        # 7 Temporary accommodation
        q("7", "concern",
          "reports of damp and mould in privately owned hostels used by the Council",
          "Councillor Harjit Gill",
          "all self-contained temporary accommodation was inspected before first use and at least annually",
          "Neil Wardrop", ["housing"]),
        q("7", "question",
          "how many families with children had been in bed and breakfast accommodation",
          None,
          "at the end of December the figure was 118, down from 190",
          "Neil Wardrop", ["housing", "children-and-families"]),
        q("7", "question",
          "In response to a question about GP registration",
          None,
          "the outreach clinic at the Harcourt Road hostel had registered 412 people",
          None, ["primary-care", "housing"]),
        q("7", "question",
          "children placed in temporary accommodation outside the city were able to remain at their schools",
          "Councillor Imran Bashir",
          "home to school transport was arranged where a child was placed",
          "Head of Housing Options", ["housing", "children-and-families"]),
        q("7", "comment",
          "the Council should lobby the Government for additional funding for temporary accommodation",
          "Councillor Colette Dunmore",
          "the Council had made representations to the Ministry of Housing, Communities and Local Government",
          "Neil Wardrop", ["housing", "finance"]),
        q("7", "request",
          "future reports include information on the mental health of adults and children",
          None, None, None, ["mental-health", "housing"]),
        # 8 Work programme
        q("8", "request",
          "requested that an item on delayed hospital discharges be scheduled before next winter",
          "Councillor Wendy Sallis",
          "undertook to include this in the draft work programme for 2025/26",
          "Senior Overview and Scrutiny Manager", ["adult-social-care"]),
    ],
    "resolutions": [
        r("1", "that this meeting would be webcast for live or subsequent broadcast", "noted", []),
        r("4", "the action notes of the meeting held on 17 December 2024 were agreed",
          "agreed", []),
        r("5", "the Integrated Care Board be asked to provide a ward-level breakdown",
          "agreed", ["primary-care"]),
        r("6", "how the payment of the Real Living Wage to care workers will be verified",
          "recommended", ["adult-social-care", "workforce"]),
        r("7", "noted the report and asked that a joint update from Public Health",
          "agreed", ["housing", "public-health"]),
        r("8", "That the work programme be noted", "noted", []),
        r("11", "in an urgent situation between meetings the Chair, jointly with the relevant "
                "Chief Officer", "agreed", ["governance"]),
    ],
    "attendees": [
        a("Councillor Deborah Ashfield", "Chair", "present"),
        a("Councillor Imran Bashir", None, "present"),
        a("Councillor Colette Dunmore", None, "present"),
        a("Councillor Harjit Gill", None, "present"),
        a("Councillor Patrick O\u2019Rourke", None, "present"),
        a("Councillor Wendy Sallis", None, "present"),
        a("Councillor Leon Tranter", None, "present"),
        a("Councillor Martin Ellery", "Cabinet Member for Health and Social Care", "in_attendance"),
        a("Professor Anthony Varley", "Strategic Director, Adult Social Care", "in_attendance"),
        a("Hannah Cordwell", "Assistant Director, Commissioning, Adult Social Care",
          "in_attendance"),
        a("Dr Simone Achterberg", "Interim Assistant Director of Public Health", "in_attendance"),
        a("Neil Wardrop", "Head of Housing Options and Temporary Accommodation", "in_attendance"),
        a("Rukhsana Mir", "Director of Primary Care and Community Services, Kettlesworth and "
                          "Mardenhall Integrated Care Board", "in_attendance"),
        a("Dr Alun Pryce", "Consultant in Dental Public Health, NHS England (Midlands)",
          "in_attendance"),
        a("Joanne Fairhurst", "Senior Overview and Scrutiny Manager", "in_attendance"),
        a("Mohammed Zaman", "Scrutiny Officer", "in_attendance"),
        a("Gemma Oduya", "Committee Services", "in_attendance"),
        a("Councillor Rashida Kaur", None, "apologies"),
        a("Councillor Simon Whitlock", None, "apologies"),
        a("Dr Peter Okonedo", "Director of Public Health", "apologies"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------

def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = "".join(ch for ch in text
                   if not unicodedata.category(ch).startswith(("P", "S")))
    return re.sub(r"\s+", " ", text).strip()


def document_text(path: Path) -> str:
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
    for gold_path in sorted(GOLD.glob("jz-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            failures += 1
            continue
        hay = " " + normalise(document_text(doc)) + " "
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for label, phrase in phrases:
            n_words = len(phrase.split())
            norm = normalise(phrase)
            count = hay.count(" " + norm + " ")
            ok = count == 1 and 6 <= n_words <= 15
            if not ok:
                failures += 1
                print(f"FAIL {gold_path.name} {label} ({count} hits, {n_words} words): {phrase}")
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("check passed" if failures == 0 else f"check FAILED: {failures} problem(s)")
    return 1 if failures else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}")
    print(f"wrote {DOCS / REPORT_NAME}")
    print(f"wrote gold files to {GOLD}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
