#!/usr/bin/env python3
"""Build the "ji-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ji.py           build documents/ji-* and gold/ji-*.json
        build_ji.py --check   verify every gold phrase occurs once in its document
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
FIXED = dt.datetime(2025, 2, 19, 9, 30, 0, tzinfo=dt.timezone.utc)

MINUTES_NAME = "ji-dunmouth-hasc-osc-2025-02-12.pdf"
BRIEF_NAME = "ji-dunmouth-hasc-policy-brief-february-2025.docx"

COMMITTEE = "Health and Adult Social Care Overview and Scrutiny Committee"
DATE_LINE = "Wednesday 12 February 2025"

CMHASC = "Cabinet Member for Health and Adult Social Care"

# ---------------------------------------------------------------------------
# The minutes, as blocks
# ---------------------------------------------------------------------------
# ("item", number, title) | ("p", text) | ("list", [(label, text), ...])
# ("table", [header, rows...]) | ("note", text)

ATTENDANCE = [
    ("label", "PRESENT:"),
    ("p", "Councillor Rowe, in the Chair."),
    ("p", "Councillor Mrs Kellaway, Vice Chair."),
    ("p", "Councillors Ashdown, Bellamy, Carne, Dyer, Mrs Fenwick (substitute for Councillor "
          "Tregear), Hosking, Lugg, Polglase and Vosper."),
    ("p", "Apologies for absence: Councillors Tregear and Wilcox."),
    ("p", "Also in attendance: Councillor Jory (Cabinet Member for Health and Adult Social "
          "Care), Councillor Pascoe (Cabinet Member for Finance), Alan Moyle (Strategic "
          "Director for Adults, Health and Communities), Kerry Treloar (Service Director for "
          "Integrated Commissioning), Helen Quick (Head of Adult Social Care Finance), Mark "
          "Lander (Chief Operating Officer, University Hospitals Dunmouth NHS Trust), Dr Priya "
          "Raman (Associate Director of Primary Care, NHS Moor and Coast Integrated Care "
          "Board), Gemma Sloggett (Senior Commissioning Manager \u2013 Dental, NHS Moor and "
          "Coast Integrated Care Board), Nick Trebilcock (Chief Executive, Healthwatch "
          "Dunmouth) and Jamie Sowden (Democratic Advisor)."),
    ("p", "The meeting started at 2.00 pm and finished at 5.12 pm."),
    ("note", "Note: At a future meeting, the Committee will consider the accuracy of these "
             "draft minutes, so they may be subject to change. Please check the minutes of "
             "that meeting to confirm whether these minutes have been amended."),
]

BODY = [
    ("item", "37.", "Declarations of Interest"),
    ("p", "The following declarations of interest were made by Councillors in accordance "
          "with the code of conduct in relation to items under consideration at this "
          "meeting:"),
    ("table", [
        ("Name", "Minute Number", "Reason", "Interest"),
        ("Councillor Carne", "41", "Employed by University Hospitals Dunmouth NHS Trust",
         "Private"),
        ("Councillor Mrs Fenwick", "43", "A family member receives care at home from a "
         "provider contracted by the Council", "Private"),
    ]),

    ("item", "38.", "Minutes"),
    ("p", "The Committee agreed the minutes of the meeting held on 11 December 2024 as a "
          "correct record."),

    ("item", "39.", "Chair's Urgent Business"),
    ("p", "The Chair advised the Committee that, following the discussion on NHS dentistry "
          "at the meeting on 11 December 2024, he had written on behalf of the Committee to "
          "the Minister for Care asking for an update on the reform of the national dental "
          "contract. A reply had not yet been received and would be circulated to Members "
          "when it arrived."),

    ("item", "40.", "Finance Monitoring Report Month 9 and Draft Budget 2025/26 \u2013 "
                    "Adults, Health and Communities"),
    ("p", "Councillor Pascoe (Cabinet Member for Finance) introduced the report and Helen "
          "Quick (Head of Adult Social Care Finance) highlighted the following key points:"),
    ("list", [
        ("a)", "at month nine the Adults, Health and Communities directorate was forecasting "
               "an overspend of \u00a33.84 million, of which \u00a33.1 million related to "
               "adult social care packages;"),
        ("b)", "the number of people in long-term residential and nursing care had risen by "
               "6 per cent since April 2024, with average weekly costs rising faster than "
               "the inflation assumed when the budget was set;"),
        ("c)", "the directorate's savings target for 2024/25 was \u00a35.6 million and "
               "\u00a34.2 million had been delivered or was on track to be delivered;"),
        ("d)", "the draft budget for 2025/26 included \u00a311.4 million of additional "
               "investment in adult social care, funded in part by the 2 per cent adult "
               "social care precept and the increased Social Care Grant;"),
        ("e)", "the increase in employer National Insurance contributions from April 2025 "
               "was expected to add around \u00a32.3 million a year to the cost of "
               "commissioned care, which had not been fully reflected in the provisional "
               "settlement."),
    ]),
    ("p", "In response to questions from Members, it was reported that:"),
    ("list", [
        ("a)", "on the reasons for the rise in residential and nursing placements, more "
               "people were being discharged from hospital with higher levels of need and "
               "some placements had been made at short notice during December because home "
               "care was not available;"),
        ("b)", "with regard to the savings that were not yet on track, the Strategic "
               "Director explained that these mainly related to the review of learning "
               "disability care packages, which had been delayed by vacancies in the "
               "reviewing team, and that two agency social workers had since been recruited "
               "to clear the backlog;"),
        ("c)", "asked whether the Council would increase fee rates for providers to cover "
               "the National Insurance increase, the Cabinet Member for Health and Adult "
               "Social Care said that fee uplifts for the coming year were still being "
               "modelled and would be set out in a report to Cabinet in March;"),
        ("d)", "in relation to whether reserves would be needed to balance the budget, "
               "there were no plans to use reserves for adult social care in 2025/26 but "
               "the position would be kept under review by the Cabinet Member for Finance."),
    ]),
    ("p", "Councillor Dyer expressed concern that the increase in employer National "
          "Insurance contributions could force some smaller home care agencies out of the "
          "Dunmouth market."),
    ("p", "The Committee agreed:"),
    ("list", [
        ("1.", "to note the month nine finance monitoring position for the Adults, Health "
               "and Communities directorate;"),
        ("2.", "to request that the Cabinet Member for Health and Adult Social Care shares "
               "the proposed fee rates for commissioned care with the Committee before they "
               "are agreed by Cabinet."),
    ]),

    ("item", "41.", "Urgent and Emergency Care and Hospital Discharge \u2013 Winter Update"),
    ("p", "Mark Lander (Chief Operating Officer, University Hospitals Dunmouth NHS Trust) and "
          "Kerry Treloar (Service Director for Integrated Commissioning) delivered a "
          "presentation and highlighted the following key points:"),
    ("list", [
        ("a)", "the Emergency Department at Barrowmead Hospital had seen an average of 412 "
               "attendances a day in December and January, the highest figure ever "
               "recorded;"),
        ("b)", "the number of patients who no longer met the criteria to reside but "
               "remained in hospital had fallen from an average of 158 the previous winter "
               "to 121;"),
        ("c)", "the Integrated Discharge Hub had been in place since October and brought "
               "hospital, council and community health staff together in one team;"),
        ("d)", "ambulance handover delays remained the most significant risk, with an "
               "average of 94 minutes lost for each ambulance arriving in January;"),
        ("e)", "the Council had used \u00a32.1 million from the Better Care Fund and the "
               "Discharge Fund to buy additional short-term home care and 26 interim "
               "beds."),
    ]),
    ("p", "Councillor Lugg asked what was being done about ambulance handover delays, as "
          "crews from the Moorside area were regularly held outside the Emergency Department "
          "for several hours. Mark Lander explained that a new ambulance receiving area with "
          "12 trolley spaces had opened in January and that the Trust was aiming to release "
          "crews within 45 minutes by the end of March, although this would depend on the "
          "flow of patients out of the hospital."),
    ("p", "Councillor Bellamy was concerned that patients were being discharged to interim "
          "beds a long way from their families and asked how many people had been placed "
          "outside the city. Kerry Treloar advised that 31 people had been placed in interim "
          "beds outside Dunmouth since October, mainly in care homes in the Lynher Valley, "
          "and that every placement was reviewed within ten days with a view to the person "
          "returning home or moving closer to home."),
    ("p", "In response to a question from Councillor Mrs Kellaway about the hospital "
          "workforce, Mark Lander reported that the Trust had reduced its use of agency "
          "nurses by 38 per cent over the year but that there were still 140 registered "
          "nurse vacancies, and that international recruitment had been paused because of "
          "the cost."),
    ("p", "Councillor Ashdown raised the length of time that people in mental health crisis "
          "were waiting in the Emergency Department, in some cases for more than 48 hours. "
          "Mark Lander acknowledged that this was not acceptable and said that the Trust was "
          "working with Moor and Coast Partnership NHS Trust to open a dedicated crisis "
          "assessment space next to the Emergency Department in the summer."),
    ("p", "Councillor Carne, who had declared an interest, commented that staff in the "
          "Emergency Department were exhausted after a very difficult winter and that morale "
          "was as low as she had known it."),
    ("p", "Councillor Vosper requested that future reports include the number of people "
          "readmitted to hospital within 30 days of discharge, broken down by the type of "
          "support they had received on leaving hospital. (Action: Kerry Treloar)"),
    ("p", "The Chair asked whether the additional home care capacity bought for the winter "
          "would continue once the Discharge Fund ended in March. Councillor Jory (Cabinet "
          "Member for Health and Adult Social Care) advised that the Discharge Fund was "
          "being rolled into the Better Care Fund for 2025/26 and that the intention was to "
          "keep the short-term home care service, but that this still had to be agreed with "
          "the Integrated Care Board."),
    ("p", "The Committee agreed:"),
    ("list", [
        ("1.", "to note the winter update on urgent and emergency care and hospital "
               "discharge;"),
        ("2.", "to request that the Council and NHS Moor and Coast Integrated Care Board "
               "confirm the future of the short-term home care service before the end of "
               "March 2025;"),
        ("3.", "to receive a further update on ambulance handover delays at its meeting in "
               "June 2025."),
    ]),

    ("item", "42.", "NHS Dental Services in Dunmouth"),
    ("p", "Dr Priya Raman (Associate Director of Primary Care, NHS Moor and Coast Integrated "
          "Care Board) and Gemma Sloggett (Senior Commissioning Manager \u2013 Dental) "
          "presented the report and highlighted the following key points:"),
    ("list", [
        ("a)", "there were 34 practices in the city holding NHS dental contracts, down from "
               "41 in 2019;"),
        ("b)", "only 31 per cent of adults in Dunmouth had seen an NHS dentist in the "
               "previous 24 months, compared with 40 per cent across England;"),
        ("c)", "the ICB had commissioned 6,000 additional urgent dental appointments in "
               "2024/25, which were available through NHS 111;"),
        ("d)", "the University of Dunmouth Dental School had opened a teaching clinic at "
               "Quayhead in September, offering general dental care to patients on its "
               "waiting list;"),
        ("e)", "supervised toothbrushing had been extended to 58 nurseries and primary "
               "schools in the parts of the city with the poorest oral health."),
    ]),
    ("p", "In response to questions from Members, it was reported that:"),
    ("list", [
        ("a)", "with regard to practices handing back their NHS contracts, three practices "
               "had done so during 2024 and the ICB had procured the activity from other "
               "providers in the city, although not all of it had yet been taken up;"),
        ("b)", "on how many people were waiting for an NHS dentist, the ICB did not hold a "
               "central waiting list because patients registered with individual practices, "
               "but it was working with Healthwatch Dunmouth on a survey of residents;"),
        ("c)", "asked about the oral health of children, the ICB advised that the number of "
               "children admitted to hospital to have teeth removed had fallen slightly but "
               "was still above the national average;"),
        ("d)", "in relation to national reform of the dental contract, the changes announced "
               "by the Government were not expected to take effect before April 2026."),
    ]),
    ("p", "Councillor Polglase asked where residents in pain who could not find an NHS "
          "dentist should go for help at weekends. The ICB undertook to provide a written "
          "response. (Action: Gemma Sloggett)"),
    ("p", "Nick Trebilcock (Healthwatch Dunmouth) commented that access to NHS dentistry "
          "remained the issue most often raised with Healthwatch, accounting for almost a "
          "third of all the feedback it had received in 2024."),
    ("p", "The Committee agreed:"),
    ("list", [
        ("1.", "to note the report;"),
        ("2.", "that the Chair writes to the Minister for Care on behalf of the Committee, "
               "setting out its concerns about access to NHS dentistry in Dunmouth;"),
        ("3.", "to request that the ICB provides figures on the number of children waiting "
               "for dental treatment under general anaesthetic."),
    ]),

    ("item", "43.", "Care at Home Recommissioning"),
    ("p", "Councillor Jory (Cabinet Member for Health and Adult Social Care) introduced the "
          "draft Cabinet report on the recommissioning of care at home services, which was "
          "due to be considered by Cabinet on 10 March 2025. Kerry Treloar (Service Director "
          "for Integrated Commissioning) highlighted the following key points:"),
    ("list", [
        ("a)", "the current contracts with 23 home care providers would expire in September "
               "2025 and it was proposed to move to a zoned model, with a lead provider "
               "appointed for each of five geographical zones in the city;"),
        ("b)", "2,140 people currently received care at home, amounting to around 28,000 "
               "hours of care each week;"),
        ("c)", "the consultation with people who use services, carers and providers had run "
               "from 4 November to 15 December 2024 and had received 412 responses;"),
        ("d)", "the proposed contract term was five years, with the option to extend for a "
               "further two years;"),
        ("e)", "providers would be required to pay care workers at least the Real Living "
               "Wage, and this would be funded through the hourly rates."),
    ]),
    ("p", "Members discussed:"),
    ("list", [
        ("a)", "whether the zoned model would reduce choice for people who had chosen their "
               "own provider;"),
        ("b)", "the risk that smaller local providers would not be able to bid to deliver "
               "care across a whole zone;"),
        ("c)", "how travel time between visits would be paid to care workers;"),
        ("d)", "whether consideration had been given to bringing some home care back "
               "in-house."),
    ]),
    ("p", "In response to questions raised, it was reported that:"),
    ("list", [
        ("a)", "people already receiving care would be able to stay with their current "
               "provider, and direct payments remained available to those who wanted to "
               "arrange their own care;"),
        ("b)", "lead providers would be able to subcontract to smaller providers within "
               "their zone, and 14 local providers had attended the market engagement "
               "events;"),
        ("c)", "the hourly rates in the new contracts would include an amount for travel "
               "time and the Council would check payslips as part of contract monitoring;"),
        ("d)", "an in-house option had been considered in the options appraisal but had been "
               "ruled out on cost and because of the time it would take to recruit the "
               "workforce."),
    ]),
    ("p", "Councillor Hosking proposed, and Councillor Ashdown seconded, that the Committee "
          "recommends to Cabinet that the zoned model is piloted in one zone before it is "
          "introduced across the whole city. On being put to the vote, the proposal was "
          "lost."),
    ("p", "The Committee agreed to recommend to Cabinet that:"),
    ("list", [
        ("1.", "the recommissioning of care at home services proceeds as set out in the "
               "draft Cabinet report;"),
        ("2.", "the evaluation of tenders gives weight to social value, including the "
               "recruitment and retention of local care workers;"),
        ("3.", "the Cabinet Member for Health and Adult Social Care reports the outcome of "
               "the procurement to the Committee in October 2025."),
    ]),

    ("item", "44.", "Action Log"),
    ("p", "Jamie Sowden (Democratic Advisor) advised that the response from the Integrated "
          "Care Board on telephone access to GP practices, requested at the meeting on 16 "
          "October 2024, was still outstanding and would be chased."),
    ("p", "The Committee noted the progress of the action log."),

    ("item", "45.", "Work Programme"),
    ("p", "Members requested that an item on the waiting list for the Disabled Facilities "
          "Grant and housing adaptations be added to the work programme for the meeting on "
          "9 April 2025. (Action: Jamie Sowden)"),
    ("p", "The Committee noted the work programme."),
]


def build_minutes_pdf(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("Sans", "", 8)
                self.set_text_color(90, 90, 90)
                self.set_xy(20, 10)
                self.cell(170, 4, f"{COMMITTEE} {DATE_LINE}", align="L")
                self.set_text_color(0, 0, 0)
                self.set_y(20)

        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 8)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    pdf = Minutes(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title(f"Printed minutes {DATE_LINE} {COMMITTEE}")
    pdf.set_author("Dunmouth City Council")
    pdf.set_creator("Committee management system")
    pdf.set_producer("Dunmouth City Council")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    lh = 5.2
    pdf.set_font("Sans", "B", 14)
    pdf.multi_cell(170, 7, COMMITTEE, align="L")
    pdf.ln(1)
    pdf.set_font("Sans", "B", 11)
    pdf.multi_cell(170, 6, DATE_LINE, align="L")
    pdf.ln(4)

    for kind, *rest in ATTENDANCE:
        if kind == "label":
            pdf.set_font("Sans", "B", 10)
            pdf.multi_cell(170, lh, rest[0], align="L")
            pdf.ln(2)
        elif kind == "p":
            pdf.set_font("Sans", "", 10)
            pdf.multi_cell(170, lh, rest[0], align="L")
            pdf.ln(2.5)
        elif kind == "note":
            pdf.set_font("Sans", "I", 9)
            pdf.multi_cell(170, 4.6, rest[0], align="L")
            pdf.ln(4)

    body_x = 32
    body_w = 190 - body_x
    for kind, *rest in BODY:
        if kind == "item":
            number, title = rest
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("Sans", "B", 10.5)
            y = pdf.get_y()
            pdf.set_xy(20, y)
            pdf.cell(12, 5.6, number)
            pdf.set_xy(body_x, y)
            pdf.multi_cell(body_w, 5.6, title, align="L")
            pdf.ln(2)
        elif kind == "p":
            pdf.set_font("Sans", "", 10)
            pdf.set_x(body_x)
            pdf.multi_cell(body_w, lh, rest[0], align="L")
            pdf.ln(2.5)
        elif kind == "list":
            pdf.set_font("Sans", "", 10)
            for label, text in rest[0]:
                if pdf.get_y() > 270:
                    pdf.add_page()
                y = pdf.get_y()
                pdf.set_xy(body_x, y)
                pdf.cell(9, lh, label)
                pdf.set_xy(body_x + 9, y)
                pdf.multi_cell(body_w - 9, lh, text, align="L")
                pdf.ln(1.5)
            pdf.ln(1)
        elif kind == "table":
            rows = rest[0]
            pdf.set_font("Sans", "", 9)
            pdf.set_x(body_x)
            with pdf.table(width=body_w, col_widths=(38, 22, 68, 22), align="RIGHT",
                           line_height=4.8, text_align="LEFT") as table:
                for row in rows:
                    r = table.row()
                    for cell in row:
                        r.cell(cell)
            pdf.set_font("Sans", "", 10)
            pdf.ln(3)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The Policy Brief (not minutes)
# ---------------------------------------------------------------------------

def build_brief_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)

    doc.add_paragraph("Dunmouth City Council").runs[0].bold = True
    doc.add_heading(f"{COMMITTEE}", level=1)
    doc.add_heading("Policy Brief \u2013 February 2025", level=2)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    for a, b in [
        ("Date of meeting", "12 February 2025"),
        ("Title of report", "Health and Adult Social Care Policy Brief"),
        ("Lead Strategic Director", "Alan Moyle (Strategic Director for Adults, Health and "
                                    "Communities)"),
        ("Author", "Siobhan Retallick, Senior Policy Advisor"),
        ("Contact", "policy@dunmouth.gov.uk"),
        ("Key decision", "No"),
        ("Confidentiality", "Part I \u2013 Official"),
    ]:
        cells = t.add_row().cells
        cells[0].text = a
        cells[1].text = b
        cells[0].paragraphs[0].runs[0].bold = True

    doc.add_heading("Purpose of the report", level=2)
    doc.add_paragraph(
        "This Policy Brief gives Members of the Health and Adult Social Care Overview and "
        "Scrutiny Committee a summary of national and local policy developments since the "
        "last meeting that are relevant to the Committee's remit. It is provided for "
        "information and to help Members identify matters for the work programme.")

    doc.add_heading("Recommendations and reasons", level=2)
    doc.add_paragraph(
        "That the Committee notes the Policy Brief.\n"
        "Reason: to keep Members informed of policy developments affecting health and adult "
        "social care in Dunmouth.")

    doc.add_heading("National policy", level=2)
    for head, text in [
        ("Local Government Finance Settlement 2025/26",
         "The final settlement was laid before Parliament on 3 February 2025. It confirms a "
         "new Recovery Grant for councils with higher deprivation and lower council tax "
         "bases, and an increase in the Social Care Grant. Dunmouth's core spending power "
         "rises by 6.8 per cent, which assumes that the Council raises council tax by the "
         "maximum permitted, including the 2 per cent adult social care precept."),
        ("Employer National Insurance contributions",
         "From April 2025 employer contributions rise to 15 per cent and the threshold falls "
         "to \u00a35,000. Councils will receive compensation for their own staff, but not "
         "for the staff of the care providers they commission. The Local Government "
         "Association estimates the additional cost to councils through commissioned care "
         "at \u00a3637 million nationally."),
        ("Independent Commission into Adult Social Care",
         "The Government has announced an independent commission, chaired by Baroness "
         "Casey, to report in two phases: the first in 2026, setting out medium-term "
         "measures, and the second in 2028, on the long-term shape of adult social care. A "
         "Fair Pay Agreement for care workers will also be developed."),
        ("Dental recovery",
         "NHS England has confirmed that the \u00a320 new patient premium will continue "
         "until March 2025 while the Government consults on wider reform of the dental "
         "contract. Integrated Care Boards have been asked to commission 700,000 additional "
         "urgent appointments nationally."),
    ]:
        p = doc.add_paragraph()
        p.add_run(head).bold = True
        doc.add_paragraph(text)

    doc.add_heading("Local policy and decisions", level=2)
    doc.add_paragraph(
        "On 13 January 2025 Cabinet agreed to consult on the draft Dunmouth Carers Strategy "
        "2025\u20132030. The consultation closes on 31 March 2025 and residents can take "
        "part online or at the Carers Hub in Quayhead.")
    doc.add_paragraph(
        "On 27 January 2025 the Cabinet Member for Health and Adult Social Care approved the "
        "extension of the community equipment contract for twelve months, to allow time "
        "for a joint procurement with NHS Moor and Coast Integrated Care Board.")
    doc.add_paragraph(
        "Healthwatch Dunmouth published its report on access to NHS dentistry on 30 January "
        "2025. It found that 58 per cent of the 1,204 people who responded had been unable "
        "to register with an NHS dentist in the past two years.")

    doc.add_heading("Questions Members may wish to consider", level=2)
    for q in [
        "How will the Council meet the cost of the National Insurance increase for the "
        "care providers it commissions, and will this be reflected in the 2025/26 fee "
        "rates?",
        "What does the Independent Commission mean for the Council's own plans for adult "
        "social care reform in the meantime?",
        "Should the Committee respond to the consultation on the draft Carers Strategy?",
        "Is the Committee assured that the ICB's additional urgent dental appointments are "
        "reaching the residents who most need them?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Background papers", level=2)
    doc.add_paragraph("None.")

    section = doc.sections[0]
    section.footer.paragraphs[0].text = (
        "OFFICIAL \u2013 Health and Adult Social Care Overview and Scrutiny Committee \u2013 "
        "Policy Brief")

    cp = doc.core_properties
    cp.author = "Dunmouth City Council"
    cp.last_modified_by = "Dunmouth City Council"
    cp.title = "Policy Brief February 2025"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    # python-docx stamps zip entries with the current time; rewrite them with a fixed one
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 5, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, answer, asked_by, given_by, themes):
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
    "meeting_date": "2025-02-12",
    "items": [
        {"number": "37", "title": "Declarations of Interest"},
        {"number": "38", "title": "Minutes"},
        {"number": "39", "title": "Chair's Urgent Business"},
        {"number": "40", "title": "Finance Monitoring Report Month 9 and Draft Budget "
                                  "2025/26 \u2013 Adults, Health and Communities"},
        {"number": "41", "title": "Urgent and Emergency Care and Hospital Discharge \u2013 "
                                  "Winter Update"},
        {"number": "42", "title": "NHS Dental Services in Dunmouth"},
        {"number": "43", "title": "Care at Home Recommissioning"},
        {"number": "44", "title": "Action Log"},
        {"number": "45", "title": "Work Programme"},
    ],
    "questions": [
        # 40: "In response to questions from Members, it was reported that:" a) to d)
        q("40", "question", "on the reasons for the rise in residential and nursing placements",
          "more people were being discharged from hospital with higher levels of need",
          None, None, ["adult-social-care", "finance"]),
        q("40", "question", "with regard to the savings that were not yet on track",
          "delayed by vacancies in the reviewing team",
          None, "the Strategic Director", ["finance", "workforce"]),
        q("40", "question",
          "asked whether the Council would increase fee rates for providers to cover",
          "fee uplifts for the coming year were still being modelled",
          None, "the Cabinet Member for Health and Adult Social Care",
          ["finance", "adult-social-care", "workforce"]),
        q("40", "question",
          "in relation to whether reserves would be needed to balance the budget",
          "there were no plans to use reserves for adult social care",
          None, None, ["finance", "adult-social-care"]),
        q("40", "concern",
          "could force some smaller home care agencies out of the Dunmouth market",
          None, "Councillor Dyer", None, ["adult-social-care", "finance", "workforce"]),
        # 41
        q("41", "question", "asked what was being done about ambulance handover delays",
          "a new ambulance receiving area with 12 trolley spaces had opened in January",
          "Councillor Lugg", "Mark Lander", []),
        q("41", "concern",
          "patients were being discharged to interim beds a long way from their families",
          "31 people had been placed in interim beds outside Dunmouth since October",
          "Councillor Bellamy", "Kerry Treloar", ["adult-social-care"]),
        q("41", "question",
          "a question from Councillor Mrs Kellaway about the hospital workforce",
          "reduced its use of agency nurses by 38 per cent over the year",
          "Councillor Mrs Kellaway", "Mark Lander", ["workforce"]),
        q("41", "concern",
          "the length of time that people in mental health crisis were waiting",
          "open a dedicated crisis assessment space next to the Emergency Department",
          "Councillor Ashdown", "Mark Lander", ["mental-health"]),
        q("41", "comment",
          "staff in the Emergency Department were exhausted after a very difficult winter",
          None, "Councillor Carne", None, ["workforce"]),
        q("41", "request",
          "include the number of people readmitted to hospital within 30 days of discharge",
          None, "Councillor Vosper", None, ["adult-social-care", "integration"]),
        q("41", "question",
          "whether the additional home care capacity bought for the winter would continue",
          "the Discharge Fund was being rolled into the Better Care Fund",
          "The Chair", "Councillor Jory",
          ["adult-social-care", "integration", "finance"]),
        # 42: "In response to questions from Members, it was reported that:" a) to d)
        q("42", "question", "with regard to practices handing back their NHS contracts",
          "three practices had done so during 2024",
          None, None, ["primary-care", "subcontracting"]),
        q("42", "question", "on how many people were waiting for an NHS dentist",
          "the ICB did not hold a central waiting list",
          None, None, ["primary-care", "patient-and-public-input"]),
        q("42", "question", "asked about the oral health of children",
          "the number of children admitted to hospital to have teeth removed had fallen "
          "slightly",
          None, "the ICB", ["primary-care", "children-and-families", "public-health"]),
        q("42", "question", "in relation to national reform of the dental contract",
          "were not expected to take effect before April 2026",
          None, None, ["primary-care"]),
        q("42", "question",
          "residents in pain who could not find an NHS dentist should go for help",
          None, "Councillor Polglase", None, ["primary-care"]),
        q("42", "comment", "remained the issue most often raised with Healthwatch",
          None, "Nick Trebilcock", None, ["primary-care", "patient-and-public-input"]),
        # 43: "Members discussed:" a) to d), answered in order by "In response to
        # questions raised, it was reported that:" a) to d)
        q("43", "question",
          "whether the zoned model would reduce choice for people who had chosen",
          "people already receiving care would be able to stay with their current provider",
          None, None, ["adult-social-care", "subcontracting"]),
        q("43", "concern",
          "the risk that smaller local providers would not be able to bid",
          "lead providers would be able to subcontract to smaller providers within their zone",
          None, None, ["subcontracting"]),
        q("43", "question", "how travel time between visits would be paid to care workers",
          "the hourly rates in the new contracts would include an amount for travel time",
          None, None, ["workforce", "finance", "adult-social-care"]),
        q("43", "question",
          "whether consideration had been given to bringing some home care back",
          "had been ruled out on cost and because of the time",
          None, None, ["privatisation", "adult-social-care"]),
        # 45
        q("45", "request", "an item on the waiting list for the Disabled Facilities Grant",
          None, None, None, ["housing"]),
    ],
    "resolutions": [
        r("38", "agreed the minutes of the meeting held on 11 December 2024 as a correct "
                "record", "agreed", []),
        r("40", "to note the month nine finance monitoring position", "agreed",
          ["finance", "adult-social-care"]),
        r("41", "to receive a further update on ambulance handover delays at its meeting",
          "agreed", ["adult-social-care", "integration"]),
        r("42", "setting out its concerns about access to NHS dentistry in Dunmouth",
          "agreed", ["primary-care"]),
        r("43", "the zoned model is piloted in one zone before it is introduced",
          "rejected", ["adult-social-care", "subcontracting"]),
        r("43", "the evaluation of tenders gives weight to social value", "recommended",
          ["subcontracting", "workforce", "adult-social-care"]),
        r("44", "the committee noted the progress of the action log", "noted", []),
        r("45", "the committee noted the work programme", "noted", []),
    ],
    "attendees": [
        a("Councillor Rowe", "Chair", "present"),
        a("Councillor Mrs Kellaway", "Vice Chair", "present"),
        a("Councillor Ashdown", None, "present"),
        a("Councillor Bellamy", None, "present"),
        a("Councillor Carne", None, "present"),
        a("Councillor Dyer", None, "present"),
        a("Councillor Mrs Fenwick", "substitute for Councillor Tregear", "present"),
        a("Councillor Hosking", None, "present"),
        a("Councillor Lugg", None, "present"),
        a("Councillor Polglase", None, "present"),
        a("Councillor Vosper", None, "present"),
        a("Councillor Tregear", None, "apologies"),
        a("Councillor Wilcox", None, "apologies"),
        a("Councillor Jory", CMHASC, "in_attendance"),
        a("Councillor Pascoe", "Cabinet Member for Finance", "in_attendance"),
        a("Alan Moyle", "Strategic Director for Adults, Health and Communities",
          "in_attendance"),
        a("Kerry Treloar", "Service Director for Integrated Commissioning", "in_attendance"),
        a("Helen Quick", "Head of Adult Social Care Finance", "in_attendance"),
        a("Mark Lander", "Chief Operating Officer, University Hospitals Dunmouth NHS Trust",
          "in_attendance"),
        a("Dr Priya Raman", "Associate Director of Primary Care, NHS Moor and Coast "
                            "Integrated Care Board", "in_attendance"),
        a("Gemma Sloggett", "Senior Commissioning Manager \u2013 Dental, NHS Moor and Coast "
                            "Integrated Care Board", "in_attendance"),
        a("Nick Trebilcock", "Chief Executive, Healthwatch Dunmouth", "in_attendance"),
        a("Jamie Sowden", "Democratic Advisor", "in_attendance"),
    ],
}

BRIEF_GOLD = {"document": BRIEF_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes_pdf(DOCS / MINUTES_NAME)
    build_brief_docx(DOCS / BRIEF_NAME)
    for gold in (MINUTES_GOLD, BRIEF_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / BRIEF_NAME}\nwrote 2 gold files")


def doc_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
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


def norm(s: str, joiner: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]|_", joiner, s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("ji-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            bad += 1
            continue
        raw = doc_text(doc)
        texts = {j: norm(raw, j) for j in ("", " ")}
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            words = len(norm(phrase, " ").split())
            if not 6 <= words <= 15:
                print(f"{gold_path.name}: {kind} phrase has {words} words: {phrase!r}")
                bad += 1
            for j, text in texts.items():
                n = text.count(norm(phrase, j))
                if n != 1:
                    print(f"{gold_path.name}: {kind} phrase found {n} times "
                          f"(joiner {j!r}): {phrase!r}")
                    bad += 1
        for row in gold.get("attendees", []):
            if norm(row["name"].split()[-1], " ") not in texts[" "]:
                print(f"{gold_path.name}: attendee not found: {row['name']}")
                bad += 1
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
