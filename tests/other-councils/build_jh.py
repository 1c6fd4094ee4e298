#!/usr/bin/env python3
"""Build the "jh-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_jh.py           build documents/jh-* and gold/jh-*.json
        build_jh.py --check   verify every gold phrase occurs once in its document
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "jh-selwood-health-select-committee-2025-11-11.pdf"
OTHER_NAME = "jh-selwood-asc-transport-task-group-executive-response.docx"

FIXED = dt.datetime(2025, 11, 18, 9, 30, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------------------------------------
# The minutes, as blocks: ("item", number, title), ("p", text), ("b", text) bullet,
# ("label", text) bold line, ("n", "1.", text) numbered clause, ("sub", text) bold sub-heading,
# ("i", text) italic paragraph.
# ---------------------------------------------------------------------------------------------

PRESENT = (
    "Cllr Graham Tilsley (Chairman), Cllr Ruth Penfold (Vice-Chairman), Cllr Howard Blakemore, "
    "Cllr Anita Corbridge, Cllr Sue Ellery, Cllr Nigel Farrant, Cllr Pippa Lowther, "
    "Cllr Derek Mace (Substitute) and Irene Stallard (Selwood Service Users' Network)"
)

ALSO_PRESENT = (
    "Cllr Jan Hollier (Cabinet Member for Adult Social Care, SEND and Inclusion), "
    "Cllr Ivor Pellington (Cabinet Member for Public Health, Leisure and Libraries), "
    "Cllr Tom Ruddle, Fiona Marchant (Director - Adult Social Care), Dr Kavita Rao (Director of "
    "Public Health), Helen Strang (Head of Commissioning - Adults), Mark Denning (Chief Operating "
    "Officer, Avon, Downs and Selwood Integrated Care Board), Lucy Harbinson (Associate Director "
    "of Primary Care, ADS ICB) and Philippa Tarrant (Senior Scrutiny Officer)"
)

BLOCKS = [
    ("item", "39", "Apologies"),
    ("p", "Apologies for absence were received from:"),
    ("b", "Cllr Brian Oakes"),
    ("b", "Cllr Lesley Farthing, who was substituted by Cllr Derek Mace"),
    ("b", "Sarah Quenby (Healthwatch Selwood)"),
    ("p", "Cllr Ivor Pellington, Cabinet Member for Public Health, Leisure and Libraries, had given "
          "notice that he would need to leave the meeting at 12.15pm."),

    ("item", "40", "Minutes of the Previous Meeting"),
    ("p", "The minutes of the meeting held on 16 September 2025 were presented for consideration, "
          "and it was;"),
    ("label", "Resolved:"),
    ("p", "To approve and sign the minutes of the previous meeting held on 16 September 2025 as a "
          "true and correct record."),

    ("item", "41", "Declarations of Interest"),
    ("p", "Cllr Anita Corbridge declared a non-pecuniary interest in Minute No. 46 (NHS Dental "
          "Services in Selwood), as a close family member was employed as a dental nurse at a "
          "practice in Melchbury. She remained in the meeting and took part in the debate."),

    ("item", "42", "Chairman's Announcements"),
    ("p", "The Chairman made the following announcements:"),
    ("sub", "a) Adult Social Care Transport Task Group - Executive Response"),
    ("p", "The Chairman reported that the final report of the Adult Social Care Transport Task "
          "Group had been considered by Cabinet on 4 November 2025 and that the executive response "
          "had been circulated to members. The Committee would receive an update on the "
          "implementation of the accepted recommendations in six months' time."),
    ("sub", "b) Winter Vaccination Programme"),
    ("p", "The Chairman drew the Committee's attention to the briefing note from the Director of "
          "Public Health on this year's flu and COVID-19 vaccination programme, which had been "
          "circulated by email on 3 November 2025. Members were encouraged to promote uptake in "
          "their divisions, particularly among carers and people aged 75 and over."),

    ("item", "43", "Public Participation"),
    ("p", "Two questions had been received from Mrs Alison Threlfall, a resident of Hallowbridge, "
          "on the recommissioning of community health services (Minute No. 44 refers). The "
          "questions and the written responses provided by the Avon, Downs and Selwood Integrated "
          "Care Board (ADS ICB) were published in Agenda Supplement 1."),
    ("p", "Mrs Threlfall asked a supplementary question as to whether any new provider would be "
          "required to keep the community inpatient beds at Hallowbridge Community Hospital open. "
          "Mark Denning, Chief Operating Officer, ADS ICB, explained that no decision had been "
          "taken on the future pattern of community beds and that the service specification would "
          "be shaped by the engagement exercise, but that any proposal to change the number or "
          "location of beds would be brought to the Committee before a decision was made."),
    ("p", "Mrs Threlfall further asked that the results of the engagement exercise be published in "
          "full, including comments received on paper forms, and not only as a summary."),
    ("p", "The Chairman thanked Mrs Threlfall for attending the meeting."),

    ("item", "44", "Community Health Services Recommissioning"),
    ("p", "Mark Denning, Chief Operating Officer, ADS ICB, and Helen Strang, Head of Commissioning - "
          "Adults, presented a report on the joint recommissioning of community health services in "
          "Selwood. The current contract with Selwood Health and Care, a limited liability "
          "partnership of the two acute trusts and the Selwood GP federation, would end on 31 March "
          "2027, and the ICB and the Council had agreed to recommission the services jointly under "
          "a section 75 agreement."),
    ("p", "Points highlighted in the presentation included:"),
    ("b", "the contract was worth approximately £94 million a year, of which the Council contributed "
          "£11.2 million through the Better Care Fund;"),
    ("b", "the Provider Selection Regime would apply, and the ICB had carried out early market "
          "engagement with NHS, independent sector and voluntary sector organisations;"),
    ("b", "a public engagement exercise would run from 1 December 2025 to 23 February 2026; and"),
    ("b", "a decision on the procurement route would be taken by the ICB Board and the Council's "
          "Cabinet in May 2026."),
    ("p", "During the discussion, points included:"),
    ("b", "Cllr Nigel Farrant asked whether the ICB could guarantee that the new contract would be "
          "awarded to an NHS provider. Mark Denning explained that under the Provider Selection "
          "Regime the ICB could not restrict the award to NHS bodies, but that quality, "
          "integration and value would all be assessed, and that the current arrangements had "
          "performed well against most of the national indicators."),
    ("b", "Concern was expressed that a change of provider could disrupt the integrated "
          "neighbourhood teams that had been built up over the last five years, and Members sought "
          "assurance that staff would transfer on their existing terms and conditions. The "
          "Committee was informed that TUPE would apply to any change of provider and that staff "
          "side representatives were involved in the design of the new service model."),
    ("b", "Cllr Pippa Lowther queried how the engagement exercise would reach housebound people "
          "and those without internet access. Helen Strang confirmed that paper copies of the "
          "survey would be available in libraries and GP surgeries, and that the Selwood Service "
          "Users' Network and Healthwatch Selwood had been funded to run sessions with "
          "seldom-heard groups."),
    ("b", "Irene Stallard asked that people with lived experience sit on the evaluation panel for "
          "the bids, and not only be involved in the engagement phase. Mark Denning undertook to "
          "look at how this could be done within the procurement rules."),
    ("b", "Members asked about the financial position of the contract, given reports of an "
          "overspend at the end of 2024/25. It was explained that the overspend had arisen mainly "
          "from the use of agency nurses in the community hospitals and that a recovery plan was "
          "in place, which had reduced agency spend by 31% since April."),
    ("b", "The Committee welcomed the decision to recommission the services jointly, but felt that "
          "the timetable left little room for scrutiny before a decision was taken."),
    ("p", "The Chairman thanked Mark Denning and Helen Strang for their attendance and proposed "
          "that the Committee hold a rapid scrutiny exercise on the proposals. At the conclusion "
          "of the discussion, it was;"),
    ("label", "Resolved:"),
    ("p", "The Health Select Committee:"),
    ("n", "1.", "Noted the report on the joint recommissioning of community health services."),
    ("n", "2.", "Agreed to hold a rapid scrutiny exercise on the proposed service model and "
                "procurement route, to report to the Committee's meeting on 10 March 2026, with "
                "membership to be confirmed by the Chairman and Vice-Chairman."),
    ("n", "3.", "Asked that the ICB share the findings of the engagement exercise with the "
                "Committee before the ICB Board and Cabinet take a decision."),

    ("item", "45", "Hospital Discharge and Reablement Update"),
    ("p", "Cllr Jan Hollier, Cabinet Member for Adult Social Care, SEND and Inclusion, introduced "
          "the report, which set out progress since the Committee last considered hospital "
          "discharge in March 2025. Fiona Marchant, Director - Adult Social Care, gave a "
          "presentation on the Home First model, the expansion of the in-house reablement service "
          "to 410 hours a day and the work of the transfer of care hubs at Melchbury District "
          "Hospital, the Royal Amesford Hospital and Great Westbridge Hospital."),
    ("p", "Members asked how many people were waiting in hospital for a package of home care or a "
          "reablement place on a typical day. Fiona Marchant stated that the figure had fallen "
          "from around 90 people in January 2025 to 52 in October 2025, although numbers tended to "
          "rise again over the winter, and that the average wait for a home care package was now "
          "under four days. Cllr Sue Ellery questioned whether the reduction had been achieved by "
          "placing more people in short-term residential care, which could lead to long-term "
          "placements that were not what people wanted. The Director acknowledged that short-term "
          "beds were still used more than the Council would like, but that the proportion of "
          "people who returned home after reablement had risen to 78%, and that each short-term "
          "placement was now reviewed within ten days."),
    ("p", "Cllr Howard Blakemore raised concerns about the recruitment and retention of care "
          "workers in the rural parts of the county, where travel time between calls was long and "
          "mileage rates had not kept pace with fuel costs. Helen Strang explained that the "
          "Council had increased the hourly rate paid to home care providers by 6.8% from April "
          "2025, including an uplift for rural calls, and that a zoned model was being developed "
          "with providers so that care workers would cover smaller areas. Cllr Derek Mace asked "
          "whether the Council had assessed the effect of the increase in employers' National "
          "Insurance contributions on the viability of local care providers. The Cabinet Member "
          "stated that the Council had raised the matter with the Department of Health and Social "
          "Care and with the Local Government Association, and that the pressure had been "
          "reflected in the fee uplift, although several smaller providers had reported that they "
          "were operating at a loss."),
    ("p", "Members sought clarification on who was responsible for decisions in the transfer of "
          "care hubs when health and social care staff disagreed about a person's readiness for "
          "discharge. It was confirmed that each hub had a single escalation route through a "
          "jointly appointed hub manager, and that disputes were rare."),
    ("p", "Members noted the positive feedback from people who had used the reablement service, "
          "but requested that future reports include data on readmissions to hospital within 91 "
          "days of discharge."),
    ("label", "Resolved:"),
    ("p", "The Health Select Committee:"),
    ("n", "1.", "Noted the update on hospital discharge and reablement."),
    ("n", "2.", "Requested a further update in September 2026, to include data on readmissions "
                "within 91 days of discharge and on the use of short-term residential placements."),

    ("item", "46", "NHS Dental Services in Selwood"),
    ("p", "Lucy Harbinson, Associate Director of Primary Care, ADS ICB, presented a report on access "
          "to NHS dental services. Since April 2023 the commissioning of NHS dentistry had been "
          "delegated to the ICB. The report showed that 38% of adults and 54% of children in "
          "Selwood had seen an NHS dentist in the 24 months to June 2025, below the averages for "
          "England, and that five practices had reduced or handed back their NHS contracts since "
          "2023. The ICB's dental recovery plan included urgent access sessions, a flexible "
          "commissioning scheme and incentives for newly qualified dentists to work in the county."),
    ("p", "During the discussion, points included:"),
    ("b", "Cllr Anita Corbridge asked why several practices had handed back their NHS contracts "
          "in the past year. Lucy Harbinson explained that the national contract, based on units "
          "of dental activity, did not cover the cost of more complex treatment and made NHS work "
          "unattractive for many practices, particularly where they also had a private list."),
    ("b", "Members asked what was being done for children who could not find an NHS dentist, and "
          "whether the supervised toothbrushing scheme in early years settings would continue. "
          "It was confirmed that the scheme had been extended to 64 nurseries and primary schools "
          "and was funded until March 2027."),
    ("b", "The Committee asked about the ICB's plans for the urgent dental access centres. It was "
          "noted that a third centre would open in Amesford in April 2026, offering around 9,000 "
          "additional urgent appointments a year."),
    ("b", "Cllr Sue Ellery expressed disappointment that no representative of the dental "
          "profession, such as the Local Dental Committee, had been invited to attend the meeting."),
    ("b", "Cllr Ruth Penfold asked how many Selwood residents were travelling out of the county for "
          "urgent dental treatment. Lucy Harbinson undertook to provide the figures after the "
          "meeting, as they were not held by practice location."),
    ("label", "Resolved:"),
    ("p", "The Health Select Committee:"),
    ("n", "1.", "Noted the update on NHS dental services in Selwood."),
    ("n", "2.", "Recommended that the Health and Wellbeing Board give oral health a higher priority "
                "in the refresh of the Joint Local Health and Wellbeing Strategy."),

    ("item", "47", "Task Group and Rapporteur Update"),
    ("p", "Updates were received on the following task group and rapporteur activity:"),
    ("sub", "Mental Health Crisis Care - Rapporteur"),
    ("p", "Cllr Pippa Lowther reported that she had visited the crisis café in Melchbury and met "
          "staff of the First Response Service and the Selwood Mind helpline. A report on her "
          "findings would be brought to the January meeting. Cllr Farrant asked whether the "
          "rapporteur would look at the support given to people waiting for a mental health "
          "assessment in emergency departments. Cllr Lowther confirmed that this was within the "
          "scope agreed by the Committee."),
    ("sub", "Adult Social Care Transport Task Group"),
    ("p", "See Minute No. 42 above."),
    ("label", "Resolved:"),
    ("p", "To note the update on task group and rapporteur activity."),

    ("item", "48", "Forward Work Programme"),
    ("p", "The Committee considered its forward work programme. Philippa Tarrant, Senior Scrutiny "
          "Officer, explained that the item on the Public Health Grant had been moved to March 2026 "
          "at the request of the Director of Public Health, pending the announcement of the "
          "2026/27 allocations."),
    ("p", "Cllr Howard Blakemore requested that an item on community pharmacy closures in the north "
          "of the county be added to the work programme, following the closure of two pharmacies "
          "in Westleigh Marsh since the summer. The Chairman agreed that this would be discussed "
          "at the next meeting of the Chairman, Vice-Chairman and scrutiny officers."),
    ("p", "The forward work programme was approved, subject to the changes set out above."),

    ("item", "49", "Urgent Items"),
    ("p", "There were no urgent items."),

    ("item", "50", "Date of Next Meeting"),
    ("p", "The date of the next meeting was confirmed as Tuesday 13 January 2026."),

    ("end", ""),
]

ENDING = [
    "(Duration of meeting: 10.30 am - 1.10 pm)",
    "The Officer who has produced these minutes is Oliver Nye of Democratic Services, direct "
    "line 01632 718059, e-mail oliver.nye@selwood.gov.uk",
    "Press enquiries to Communications, direct line 01632 713114 or email "
    "communications@selwood.gov.uk",
]


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("Sans", "", 8)
                self.set_text_color(90, 90, 90)
                self.set_xy(20, 9)
                self.cell(170, 5, "Health Select Committee - 11 November 2025", align="R")
                self.set_text_color(0, 0, 0)
                self.set_y(20)

        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 8)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    pdf = Minutes(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Printed minutes 11th-Nov-2025 10.30 Health Select Committee")
    pdf.set_author("Selwood Council")
    pdf.set_creator("modern.gov")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    # Heading block
    pdf.set_font("Sans", "B", 15)
    pdf.set_text_color(0, 70, 120)
    pdf.cell(170, 8, "Selwood Council", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    pdf.set_font("Sans", "B", 14)
    pdf.cell(170, 8, "Health Select Committee", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "B", 9.5)
    pdf.multi_cell(170, 5, "MINUTES OF THE HEALTH SELECT COMMITTEE MEETING HELD ON 11 NOVEMBER "
                   "2025 AT KENNET ROOM - COUNTY HALL, MARKET STREET, MELCHBURY, SL14 8JN.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for label, text in (("Present:", PRESENT), ("Also Present:", ALSO_PRESENT)):
        pdf.set_font("Sans", "B", 10)
        pdf.cell(170, 6, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 10)
        pdf.multi_cell(170, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    num_x, body_x, body_w = 20, 32, 158
    lh = 5.0
    for block in BLOCKS:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.ln(4)
            pdf.set_font("Sans", "B", 11)
            y = pdf.get_y()
            pdf.set_xy(num_x, y)
            pdf.cell(12, 6, num)
            pdf.set_xy(body_x, y)
            pdf.multi_cell(body_w, 6, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "p":
            pdf.set_font("Sans", "", 10)
            pdf.set_x(body_x)
            pdf.multi_cell(body_w, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "i":
            pdf.set_font("Sans", "I", 10)
            pdf.set_x(body_x)
            pdf.multi_cell(body_w, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "sub":
            pdf.set_font("Sans", "B", 10)
            pdf.set_x(body_x)
            pdf.multi_cell(body_w, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "label":
            pdf.set_font("Sans", "B", 10)
            pdf.set_x(body_x)
            pdf.cell(body_w, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "b":
            pdf.set_font("Sans", "", 10)
            y = pdf.get_y()
            if y > 265:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(body_x + 2, y)
            pdf.cell(5, lh, "\u2022")
            pdf.set_xy(body_x + 8, y)
            pdf.multi_cell(body_w - 8, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "n":
            _, label, text = block
            pdf.set_font("Sans", "", 10)
            y = pdf.get_y()
            if y > 265:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(body_x, y)
            pdf.cell(8, lh, label)
            pdf.set_xy(body_x + 8, y)
            pdf.multi_cell(body_w - 8, lh, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "end":
            pdf.ln(8)
            pdf.set_font("Sans", "", 10)
            for line in ENDING:
                pdf.set_x(body_x)
                pdf.multi_cell(body_w, lh, line, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(3)
    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------------------------
# The document that is not minutes: an executive response to a task group's final report.
# ---------------------------------------------------------------------------------------------

RESPONSES = [
    ("1", "That the Council reviews its eligibility criteria for assisted transport to day "
          "services, so that people who cannot use public transport safely are not refused help "
          "because they live on a bus route.",
     "Accepted",
     "The criteria will be reviewed by March 2026 with the Selwood Service Users' Network. The "
     "review will ask whether the test of a 'safe and reasonable' journey should replace the "
     "current distance rule."),
    ("2", "That the Cabinet Member asks the ICB to agree a joint approach to non-emergency patient "
          "transport and council-funded transport, with a single point of contact for residents.",
     "Partially accepted",
     "The Cabinet Member has written to the ICB. A single telephone number is not affordable in "
     "2026/27, but a shared web page and joint information for GP surgeries will be produced."),
    ("3", "That the charge for a return journey to a day centre is frozen at £6.50 for 2026/27.",
     "Not accepted",
     "The charge will be considered as part of the budget for 2026/27. Freezing it would cost "
     "about £140,000 a year, which would have to be found from other adult social care budgets."),
    ("4", "That the Council works with community transport schemes to recruit and train more "
          "volunteer drivers, and reviews the mileage rate paid to them.",
     "Accepted",
     "A recruitment campaign will run in spring 2026. The volunteer mileage rate will rise from "
     "45p to 50p a mile from April 2026."),
    ("5", "That an update on these recommendations is brought to the Health Select Committee in "
          "six months' time.",
     "Accepted",
     "An update will be brought to the Committee in May 2026."),
]


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a .docx with fixed entry timestamps so that the output is deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 10, 28, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_other(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Selwood Council")
    r.bold = True
    r.font.size = Pt(14)

    doc.add_paragraph("Cabinet")
    doc.add_paragraph("4 November 2025")
    p = doc.add_paragraph()
    p.add_run("Subject:\t").bold = True
    p.add_run("Executive Response to the Final Report of the Adult Social Care Transport Task Group")
    p = doc.add_paragraph()
    p.add_run("Cabinet Member:\t").bold = True
    p.add_run("Cllr Jan Hollier - Cabinet Member for Adult Social Care, SEND and Inclusion")
    p = doc.add_paragraph()
    p.add_run("Key Decision:\t").bold = True
    p.add_run("Non Key")

    doc.add_heading("Purpose of Report", level=2)
    doc.add_paragraph(
        "1. To provide the executive response to the final report of the Adult Social Care "
        "Transport Task Group, which was endorsed by the Health Select Committee on 16 September "
        "2025 and referred to Cabinet for response.")
    doc.add_heading("Background", level=2)
    doc.add_paragraph(
        "2. The task group was established in January 2025 to look at how adults who receive "
        "social care get to day services, appointments and community activities, and at the "
        "cost of assisted transport to the Council and to the people who use it. It met nine "
        "times, heard from officers, providers, community transport schemes and the ICB, and "
        "carried out a survey of 212 people who use day services and their carers.")
    doc.add_paragraph(
        "3. The task group asked three questions: Who is eligible for assisted transport, and is "
        "the policy applied consistently? How does council-funded transport fit with "
        "non-emergency patient transport provided by the NHS? What would make transport "
        "affordable for people on low incomes?")
    doc.add_paragraph(
        "4. The task group made five recommendations. The response of the Cabinet Member to each "
        "is set out in the table below.")

    doc.add_heading("Executive Response", level=2)
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    for cell, text in zip(hdr, ["No.", "Task group recommendation", "Response", "Comment"]):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for no, rec, resp, comment in RESPONSES:
        cells = table.add_row().cells
        cells[0].text = no
        cells[1].text = rec
        cells[2].text = resp
        cells[3].text = comment

    doc.add_heading("Safeguarding, Public Health and Equalities Impact", level=2)
    doc.add_paragraph(
        "5. Older and disabled people are more likely to rely on assisted transport. An equality "
        "impact assessment will be completed for any change to the eligibility criteria.")
    doc.add_heading("Financial Implications", level=2)
    doc.add_paragraph(
        "6. The accepted recommendations can be met from existing budgets, apart from the rise in "
        "the volunteer mileage rate, which will cost about £18,000 a year and will be met from "
        "the Better Care Fund.")
    doc.add_heading("Proposal", level=2)
    doc.add_paragraph("7. Cabinet is asked to:")
    doc.add_paragraph("a) approve the executive response to the task group's recommendations; and")
    doc.add_paragraph(
        "b) thank the members of the task group for their work and for the people who took part "
        "in its survey.")
    doc.add_heading("Reason for Proposal", level=2)
    doc.add_paragraph(
        "8. The Council's constitution requires Cabinet to respond to the recommendations of a "
        "scrutiny task group within two months of their referral.")
    doc.add_paragraph("Fiona Marchant\nDirector - Adult Social Care")
    doc.add_paragraph(
        "Report author: Helen Strang, Head of Commissioning - Adults, helen.strang@selwood.gov.uk")

    cp = doc.core_properties
    cp.author = "Selwood Council"
    cp.title = "Executive Response - Adult Social Care Transport Task Group"
    cp.created = dt.datetime(2025, 10, 24, 9, 0, 0)
    cp.modified = dt.datetime(2025, 10, 28, 12, 0, 0)
    cp.last_printed = dt.datetime(2025, 10, 28, 12, 0, 0)
    cp.revision = 3
    cp.last_modified_by = "Selwood Council"
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue()))


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------

ITEMS = [
    ("39", "Apologies"),
    ("40", "Minutes of the Previous Meeting"),
    ("41", "Declarations of Interest"),
    ("42", "Chairman's Announcements"),
    ("43", "Public Participation"),
    ("44", "Community Health Services Recommissioning"),
    ("45", "Hospital Discharge and Reablement Update"),
    ("46", "NHS Dental Services in Selwood"),
    ("47", "Task Group and Rapporteur Update"),
    ("48", "Forward Work Programme"),
    ("49", "Urgent Items"),
    ("50", "Date of Next Meeting"),
]


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


QUESTIONS = [
    q("43", "question",
      "asked a supplementary question as to whether any new provider would be required",
      "Mrs Threlfall",
      "no decision had been taken on the future pattern of community beds",
      "Mark Denning", ["patient-and-public-input", "subcontracting"]),
    q("43", "request",
      "further asked that the results of the engagement exercise be published in full",
      "Mrs Threlfall", None, None, ["patient-and-public-input"]),
    q("44", "question",
      "asked whether the ICB could guarantee that the new contract would be awarded",
      "Cllr Nigel Farrant",
      "the ICB could not restrict the award to NHS bodies",
      "Mark Denning", ["privatisation", "subcontracting"]),
    q("44", "concern",
      "Concern was expressed that a change of provider could disrupt the integrated",
      None,
      "TUPE would apply to any change of provider",
      None, ["integration", "workforce", "subcontracting"]),
    q("44", "question",
      "queried how the engagement exercise would reach housebound people",
      "Cllr Pippa Lowther",
      "paper copies of the survey would be available in libraries and GP surgeries",
      "Helen Strang", ["patient-and-public-input"]),
    q("44", "request",
      "asked that people with lived experience sit on the evaluation panel",
      "Irene Stallard",
      "undertook to look at how this could be done within the procurement rules",
      "Mark Denning", ["patient-and-public-input", "subcontracting"]),
    q("44", "question",
      "Members asked about the financial position of the contract",
      None,
      "the overspend had arisen mainly from the use of agency nurses",
      None, ["finance", "workforce"]),
    q("44", "comment",
      "welcomed the decision to recommission the services jointly, but felt that the timetable",
      None, None, None, ["governance", "subcontracting"]),
    q("45", "question",
      "Members asked how many people were waiting in hospital for a package",
      None,
      "the average wait for a home care package was now under four days",
      "Fiona Marchant", ["adult-social-care"]),
    q("45", "question",
      "questioned whether the reduction had been achieved by placing more people",
      "Cllr Sue Ellery",
      "short-term beds were still used more than the Council would like",
      "The Director", ["adult-social-care"]),
    q("45", "concern",
      "raised concerns about the recruitment and retention of care workers",
      "Cllr Howard Blakemore",
      "had increased the hourly rate paid to home care providers by 6.8%",
      "Helen Strang", ["workforce", "adult-social-care", "finance"]),
    q("45", "question",
      "asked whether the Council had assessed the effect of the increase",
      "Cllr Derek Mace",
      "the pressure had been reflected in the fee uplift",
      "The Cabinet Member", ["finance", "workforce", "adult-social-care"]),
    q("45", "question",
      "Members sought clarification on who was responsible for decisions in the transfer",
      None,
      "each hub had a single escalation route through a jointly appointed hub manager",
      None, ["integration", "adult-social-care", "governance"]),
    q("45", "request",
      "requested that future reports include data on readmissions to hospital",
      None, None, None, ["adult-social-care"]),
    q("46", "question",
      "asked why several practices had handed back their NHS contracts",
      "Cllr Anita Corbridge",
      "did not cover the cost of more complex treatment",
      "Lucy Harbinson", ["primary-care"]),
    q("46", "question",
      "Members asked what was being done for children who could not find",
      None,
      "the scheme had been extended to 64 nurseries and primary schools",
      None, ["primary-care", "children-and-families", "public-health"]),
    q("46", "question",
      "The Committee asked about the ICB's plans for the urgent dental access centres",
      None,
      "a third centre would open in Amesford in April 2026",
      None, ["primary-care"]),
    q("46", "concern",
      "expressed disappointment that no representative of the dental profession",
      "Cllr Sue Ellery", None, None, ["primary-care"]),
    q("46", "question",
      "asked how many Selwood residents were travelling out of the county",
      "Cllr Ruth Penfold",
      "undertook to provide the figures after the meeting",
      "Lucy Harbinson", ["primary-care"]),
    q("47", "question",
      "asked whether the rapporteur would look at the support given to people",
      "Cllr Farrant",
      "confirmed that this was within the scope agreed by the Committee",
      "Cllr Lowther", ["mental-health"]),
    q("48", "request",
      "requested that an item on community pharmacy closures in the north",
      "Cllr Howard Blakemore",
      "would be discussed at the next meeting of the Chairman",
      "The Chairman", ["primary-care"]),
]


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


RESOLUTIONS = [
    r("40", "To approve and sign the minutes of the previous meeting held on 16 September",
      "agreed", []),
    r("44", "Noted the report on the joint recommissioning of community health services",
      "agreed", ["subcontracting", "governance", "patient-and-public-input"]),
    r("45", "Noted the update on hospital discharge and reablement", "agreed",
      ["adult-social-care"]),
    r("46", "Noted the update on NHS dental services in Selwood", "recommended",
      ["primary-care", "public-health"]),
    r("47", "To note the update on task group and rapporteur activity", "noted", ["governance"]),
    r("48", "The forward work programme was approved, subject to the changes", "agreed", []),
]


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


ATTENDEES = [
    a("Cllr Graham Tilsley", "Chairman", "present"),
    a("Cllr Ruth Penfold", "Vice-Chairman", "present"),
    a("Cllr Howard Blakemore", None, "present"),
    a("Cllr Anita Corbridge", None, "present"),
    a("Cllr Sue Ellery", None, "present"),
    a("Cllr Nigel Farrant", None, "present"),
    a("Cllr Pippa Lowther", None, "present"),
    a("Cllr Derek Mace", "Substitute", "present"),
    a("Irene Stallard", "Selwood Service Users' Network", "present"),
    a("Cllr Jan Hollier", "Cabinet Member for Adult Social Care, SEND and Inclusion",
      "in_attendance"),
    a("Cllr Ivor Pellington", "Cabinet Member for Public Health, Leisure and Libraries",
      "in_attendance"),
    a("Cllr Tom Ruddle", None, "in_attendance"),
    a("Fiona Marchant", "Director - Adult Social Care", "in_attendance"),
    a("Dr Kavita Rao", "Director of Public Health", "in_attendance"),
    a("Helen Strang", "Head of Commissioning - Adults", "in_attendance"),
    a("Mark Denning", "Chief Operating Officer, Avon, Downs and Selwood Integrated Care Board",
      "in_attendance"),
    a("Lucy Harbinson", "Associate Director of Primary Care, ADS ICB", "in_attendance"),
    a("Philippa Tarrant", "Senior Scrutiny Officer", "in_attendance"),
    a("Cllr Brian Oakes", None, "apologies"),
    a("Cllr Lesley Farthing", None, "apologies"),
    a("Sarah Quenby", "Healthwatch Selwood", "apologies"),
]


def gold_minutes() -> dict:
    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": "Health Select Committee",
        "meeting_date": "2025-11-11",
        "items": [{"number": n, "title": t} for n, t in ITEMS],
        "questions": QUESTIONS,
        "resolutions": RESOLUTIONS,
        "attendees": ATTENDEES,
    }


def gold_other() -> dict:
    return {"document": OTHER_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------------------------

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
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def norm(s: str, sep: str = "") -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", sep, s)
    return " ".join(s.split())


def count(phrase: str, text: str) -> int:
    """Occurrences of a normalised phrase on word boundaries in normalised text."""
    return len(re.findall(r"(?<!\S)" + re.escape(phrase) + r"(?!\S)", text))


def check() -> int:
    problems = []
    for gold_path in sorted(GOLD.glob("jh-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            problems.append(f"{gold_path.name}: missing document {doc.name}")
            continue
        raw = doc_text(doc)
        texts = [norm(raw, ""), norm(raw, " ")]
        item_numbers = {i["number"] for i in gold.get("items", [])}
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["item"], row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["item"], row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["item"], row["text"]))
        for what, item, phrase in phrases:
            if item not in item_numbers:
                problems.append(f"{doc.name}: {what} for unknown item {item}: {phrase!r}")
            words = len(norm(phrase, " ").split())
            if not 6 <= words <= 15:
                problems.append(f"{doc.name}: {what} phrase has {words} words: {phrase!r}")
            for sep, text in zip(("", " "), texts):
                n = count(norm(phrase, sep), text)
                if n != 1:
                    problems.append(f"{doc.name}: {what} phrase found {n} times: {phrase!r}")
                    break
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    for p in problems:
        print("PROBLEM:", p)
    print("check passed" if not problems else f"check FAILED ({len(problems)} problems)")
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    if "--check" in argv:
        return check()
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_other(DOCS / OTHER_NAME)
    for data in (gold_minutes(), gold_other()):
        stem = Path(data["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / OTHER_NAME}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
