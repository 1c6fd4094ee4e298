#!/usr/bin/env python3
"""Build the "ky-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ky.py           build documents/ky-* and gold/ky-*.json
        build_ky.py --check   verify every gold phrase occurs once in its document
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
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "ky-thurneshire-hosc-2025-03-13.pdf"
BRIEFING_NAME = "ky-thurneshire-hosc-briefing-2025-03-13.docx"

FIXED = datetime(2025, 3, 20, 9, 30, 0, tzinfo=timezone.utc)

# --------------------------------------------------------------------------------------
# The minutes
# --------------------------------------------------------------------------------------

PRESENT = [
    ("Cllr Helen Marsham (Chair)", "Thurneshire County Council"),
    ("Cllr Graham Tilney (Vice-Chair)", "Thurneshire County Council"),
    ("Cllr Nigel Cushion", "Thurneshire County Council"),
    ("Cllr Susan Fairweather", "Thurneshire County Council"),
    ("Cllr Michelle Oakes", "Thurneshire County Council"),
    ("Cllr Kate Wymer", "Brecklow District Council"),
    ("Cllr Liam Sadler", "Kingsfen Borough Council"),
    ("Cllr Dawn Everitt", "Saltmarsh Coast District Council"),
    ("Cllr Ravi Chandra", "Thurnford City Council"),
]

SUBSTITUTES = [
    ("Cllr Peter Colby for Cllr Mark Rudd", "Thurneshire County Council"),
]

ALSO_PRESENT = [
    ("Cllr Bill Hargreaves", "Cabinet Member for Adult Social Care"),
    ("Dr Imogen Barratt", "Medical Director, Thurneshire and Saltings Integrated Care Board "
                          "(ICB)"),
    ("Fiona Garside", "Director of Mental Health Commissioning, ICB"),
    ("Carl Whitmore", "Director of Urgent and Emergency Care, ICB"),
    ("Sarah Lindqvist", "Chief Operating Officer, Thurneshire and Saltings Mental Health NHS "
                        "Foundation Trust (TSFT)"),
    ("Dr Owen Pryce", "Executive Medical Director, TSFT"),
    ("Gemma Royle", "Head of Operations (Thurneshire), Anglia Coast Ambulance Service NHS "
                    "Trust (ACAS)"),
    ("Lee Hammond", "Deputy Chief Operating Officer, Thurnford and District University "
                    "Hospital NHS Foundation Trust (TDUH)"),
    ("Mark Ellwood", "Director of Community Social Work, Adult Social Services"),
    ("Alex Stannard", "Chief Executive, Healthwatch Thurneshire"),
    ("Rachel Fenn", "Democratic Support and Scrutiny Team Manager"),
    ("Tom Ridley", "Committee Officer"),
]

ALSO_PRESENT_REMOTE = [
    ("Pauline Dack", "Head of Integrated Discharge, ICB"),
]

# Blocks: ("item", number, title) | ("para", number, text) | ("bullet", text)
#         | ("line", text) indented list line without a bullet
BODY = [
    ("item", "1.", "Apologies for Absence"),
    ("para", "1.1", "Apologies were received from Cllr Mark Rudd (substituted by Cllr Peter "
                    "Colby), Cllr Derek Pask and Cllr Joan Pettit (Yarmere Borough Council)."),

    ("item", "2.", "Minutes"),
    ("para", "2.1", "The minutes of the previous meeting held on 16 January 2025 were agreed "
                    "as an accurate record, subject to paragraph 6.5, third bullet point, "
                    "being corrected to read \u201cKingsfen\u201d rather than "
                    "\u201cKingsford\u201d, and signed by the Chair."),

    ("item", "3.", "Declarations of Interest"),
    ("para", "3.1", "Cllr Kate Wymer declared a non-registrable interest in item 7 as a close "
                    "family member was employed by the Anglia Coast Ambulance Service NHS "
                    "Trust."),
    ("para", "3.2", "Cllr Nigel Cushion declared a non-registrable interest in item 7 as a "
                    "volunteer community first responder."),

    ("item", "4.", "Urgent Business"),
    ("para", "4.1", "There was no urgent business."),

    ("item", "5.", "Public Question Time"),
    ("para", "5.1", "One public question had been received by the deadline. The question and "
                    "the response given are attached at Appendix A to these minutes."),
    ("para", "5.2", "Mrs Rowley asked a supplementary question about whether the Trust would "
                    "agree to meet the Hollybank Ward Relatives\u2019 Group before any final "
                    "decision was taken on the future of the ward. The Chief Operating "
                    "Officer (TSFT) said that she would be happy to meet the group and would "
                    "contact Mrs Rowley after the meeting to arrange a date."),

    ("item", "6.", "Adult Mental Health Services \u2013 Progress Update"),
    ("para", "6.1", "The Committee received the suggested approach from the Democratic Support "
                    "and Scrutiny Team Manager, introducing a report from Thurneshire and "
                    "Saltings Mental Health NHS Foundation Trust (TSFT) and Thurneshire and "
                    "Saltings Integrated Care Board (ICB) on progress with the Trust\u2019s "
                    "improvement programme following the Care Quality Commission (CQC) "
                    "inspection report published in June 2024, and on access to adult "
                    "community mental health services, out of area placements and crisis "
                    "support."),
    ("para", "6.2", "The Chair welcomed to the meeting:"),
    ("line", "Sarah Lindqvist \u2013 Chief Operating Officer, TSFT"),
    ("line", "Dr Owen Pryce \u2013 Executive Medical Director, TSFT"),
    ("line", "Dr Imogen Barratt \u2013 Medical Director, ICB"),
    ("line", "Fiona Garside \u2013 Director of Mental Health Commissioning, ICB"),
    ("line", "Alex Stannard \u2013 Chief Executive, Healthwatch Thurneshire"),
    ("para", "6.3", "The Chief Operating Officer (TSFT) introduced the report, highlighting "
                    "that the Trust\u2019s overall rating had moved from \u2018Inadequate\u2019 "
                    "to \u2018Requires Improvement\u2019 following the CQC\u2019s "
                    "re-inspection, that the number of patients placed out of area had "
                    "fallen from 41 in April 2024 to 17 at the end of February 2025, and that "
                    "the new community mental health teams based around primary care "
                    "networks were now operating in all five localities. She said that "
                    "significant challenges remained, particularly in waiting times for "
                    "assessment and in the recruitment of registered nurses."),
    ("para", "6.4", "The following points were discussed and noted:"),
    ("bullet", "Members asked how the Trust intended to eliminate inappropriate out of area "
               "placements altogether, noting the distress caused to patients and to "
               "families who had to travel long distances to visit them. The Chief Operating "
               "Officer explained that the Trust had opened eight additional beds at the "
               "Alder Unit in Thurnford in January and that a new 16-bed ward at Kingsfen "
               "was due to open in the autumn; the Trust\u2019s aim was to have no "
               "inappropriate out of area placements by March 2026."),
    ("bullet", "Cllr Susan Fairweather asked about the length of time adults were waiting for "
               "an ADHD or autism assessment. The Director of Mental Health Commissioning "
               "acknowledged that some adults had been waiting for more than three years for "
               "an ADHD assessment and that around 6,800 people were currently on the "
               "waiting list. Patients had a legal right to choose their provider under the "
               "NHS Right to Choose arrangements, and a growing number were being assessed "
               "by private providers, which the ICB was required to fund. The ICB was "
               "carrying out a review of the whole pathway and expected to report in the "
               "summer."),
    ("bullet", "Cllr Fairweather expressed concern that the money spent on private providers "
               "under Right to Choose could otherwise have been invested in NHS services, and "
               "that some private providers\u2019 assessments were not being accepted by "
               "local GPs for shared care prescribing. The Medical Director (ICB) agreed "
               "that this was an issue nationally and said the ICB had written to NHS "
               "England asking for clearer national standards for Right to Choose "
               "providers."),
    ("bullet", "Cllr Kate Wymer asked what crisis support was available to people in the "
               "rural west of the county outside office hours, as constituents had told her "
               "they had waited several hours for a call back from the crisis line. Dr Pryce "
               "said that the First Response helpline was available 24 hours a day, seven "
               "days a week, and calls were answered on average within four minutes, "
               "although he recognised that call backs had at times been delayed when the "
               "service was under pressure. Crisis caf\u00e9s were open in Thurnford and "
               "Kingsfen, and a mental health response vehicle, staffed jointly by a mental "
               "health nurse and a paramedic, had been piloted with the ambulance trust in "
               "the west of the county."),
    ("bullet", "Members questioned the Trust\u2019s vacancy rate and its reliance on agency "
               "staff. The Chief Operating Officer said that the vacancy rate for registered "
               "nurses in community teams had reduced from 21% to 14% over the year, that "
               "spending on agency staff had fallen by \u00a33.2 million, and that 38 nurses "
               "had been recruited from overseas. Staff survey results had improved, "
               "although morale in some inpatient teams remained low."),
    ("bullet", "Alex Stannard, Healthwatch Thurneshire, reported that feedback received by "
               "Healthwatch continued to show that families and carers felt they were not "
               "kept informed when a relative was admitted to hospital or discharged. The "
               "Chief Operating Officer said that the Trust had signed up to the Triangle of "
               "Care and that every ward now had a named carers\u2019 lead."),
    ("bullet", "A Member commented that the Trust had been rated \u2018Inadequate\u2019 by the "
               "CQC three times in the last eight years and that, while the progress was "
               "welcome, residents needed to see that improvements would be sustained this "
               "time."),
    ("bullet", "Cllr Michelle Oakes asked for information about the number of unexpected "
               "deaths of patients in the care of the Trust over the last two years and how "
               "these were reviewed. Dr Pryce said that all unexpected deaths were reviewed "
               "under the Patient Safety Incident Response Framework, and agreed to provide "
               "the Committee with figures for the last two years, broken down by service, "
               "after the meeting."),
    ("bullet", "In response to a question about when the CQC would next inspect the Trust, "
               "the Chief Operating Officer said that the timing of inspections was a matter "
               "for the CQC, but that the Trust expected a further inspection of its acute "
               "wards during 2025."),
    ("para", "6.5", "The Chair thanked the representatives for attending and for their candid "
                    "answers to the Committee\u2019s questions."),
    ("para", "6.6", "The Committee agreed:"),
    ("bullet", "To ask TSFT to provide the figures on unexpected deaths requested at the "
               "meeting, for circulation to Members."),
    ("bullet", "To ask the ICB to provide an update on the outcome of its review of the adult "
               "ADHD and autism assessment pathway when this is available."),
    ("bullet", "To receive a further progress report on adult mental health services at a "
               "meeting in early 2026."),

    ("item", "7.", "Ambulance Response Times and Hospital Handover Delays"),
    ("para", "7.1", "The Committee received the suggested approach from the Democratic Support "
                    "and Scrutiny Team Manager, introducing a report from Anglia Coast "
                    "Ambulance Service NHS Trust (ACAS) and the ICB on ambulance response "
                    "times in Thurneshire, delays in handing over patients at the county\u2019s "
                    "acute hospitals and the action being taken to reduce them."),
    ("para", "7.2", "The Chair welcomed Gemma Royle, Head of Operations (Thurneshire), ACAS, "
                    "Carl Whitmore, Director of Urgent and Emergency Care, ICB and Lee "
                    "Hammond, Deputy Chief Operating Officer, TDUH."),
    ("para", "7.3", "The Head of Operations (ACAS) explained that the mean response time for "
                    "Category 2 calls, which included suspected strokes and heart attacks, "
                    "had been 41 minutes 12 seconds in Thurneshire in January 2025 against the "
                    "national standard of 30 minutes, an improvement of nine minutes on the "
                    "same month in the previous year. Hours lost to handover delays at the "
                    "county\u2019s three acute hospitals had fallen by a third since the "
                    "introduction of the 45 minute \u2018release to respond\u2019 protocol in "
                    "November 2024."),
    ("para", "7.4", "During the discussion the following points were noted:"),
    ("bullet", "Cllr Dawn Everitt asked why response times in the Saltmarsh Coast district "
               "remained so much longer than elsewhere, with a mean Category 2 response of "
               "over an hour in some months. The Head of Operations said that the geography "
               "of the coast, with long distances between villages and a limited road "
               "network, meant that ambulances took longer to reach patients, and that crews "
               "were often drawn into the hospitals at Thurnford and Yarmere when those "
               "hospitals were busy. The Trust was placing an additional rapid response car at "
               "Saltmarsh and working with community first responders to provide an earlier "
               "response."),
    ("bullet", "Members expressed concern about patients being cared for on trolleys in "
               "corridors in the emergency department at Thurnford and District University "
               "Hospital while waiting for a bed. The Deputy Chief Operating Officer (TDUH) "
               "said that the hospital did not regard corridor care as acceptable, but at "
               "times of very high demand it was safer for patients to be cared for in the "
               "department than to wait in an ambulance outside; a new 24-bed acute "
               "assessment unit would open in June and was expected to reduce the need for "
               "it."),
    ("bullet", "Cllr Nigel Cushion asked whether the ambulance trust would continue to support "
               "community first responder schemes, several of which depended on charitable "
               "donations for their equipment. The Head of Operations confirmed that ACAS "
               "valued the schemes highly, provided their training and kit, and was not "
               "proposing any reduction in its support."),
    ("bullet", "Cllr Ravi Chandra asked about sickness absence and morale among paramedics and "
               "ambulance crews given the pressures they had faced over the winter. The Head "
               "of Operations said that sickness absence was 7.1%, above the Trust\u2019s "
               "target of 5.5%, and that the Trust was investing in wellbeing support, "
               "including a dedicated mental health service for staff; the number of staff "
               "leaving the Trust had fallen over the last year."),
    ("bullet", "A Member asked how many calls from people who had fallen at home could be "
               "dealt with without sending an ambulance. The Director of Urgent and "
               "Emergency Care explained that the falls response service jointly "
               "commissioned by the ICB and the County Council now attended around 600 "
               "people a month who had fallen but were not injured, freeing ambulances for "
               "more serious calls, and that the service was funded through the Better Care "
               "Fund until March 2026."),
    ("bullet", "Cllr Liam Sadler requested that future reports include response times broken "
               "down by district council area, so that Members could see how their own "
               "residents were affected. The Head of Operations agreed to provide this."),
    ("bullet", "Cllr Graham Tilney questioned whether the national standard of a 30 minute "
               "mean response for Category 2 calls was realistic for a rural county, and "
               "asked whether the Trust had made representations to the Government for a "
               "different standard to apply in rural areas."),
    ("para", "7.5", "The Committee RESOLVED to:"),
    ("bullet", "Note the improvement in Category 2 response times and the reduction in hours "
               "lost to handover delays."),
    ("bullet", "Ask ACAS to provide response times broken down by district council area for "
               "each month of 2024-25."),
    ("bullet", "Ask the ICB, ACAS and TDUH to return to the Committee in November 2025 with an "
               "update on handover delays and the impact of the new acute assessment unit."),

    ("item", "8.", "Hospital Discharge and Intermediate Care"),
    ("para", "8.1", "The Committee received the suggested approach from the Democratic Support "
                    "and Scrutiny Team Manager, introducing a report from the ICB and "
                    "Thurneshire County Council Adult Social Services on hospital discharge "
                    "and the intermediate care services funded through the Better Care Fund."),
    ("para", "8.2", "Mark Ellwood, Director of Community Social Work, introduced the report. "
                    "Pauline Dack, Head of Integrated Discharge, ICB, joined the meeting "
                    "remotely for this item."),
    ("para", "8.3", "The following points were discussed and noted:"),
    ("bullet", "Members asked how many patients who were medically fit to leave hospital "
               "remained in an acute bed. The Head of Integrated Discharge said that on an "
               "average day in February around 190 patients across the three acute "
               "hospitals no longer met the criteria to reside, compared with 240 a year "
               "earlier, and that the average delay had reduced from 6.8 days to 4.9 days."),
    ("bullet", "Concern was expressed about the availability of home care in rural parts of "
               "the county, where people could wait in hospital or in a short-term bed until "
               "a package of care became available. The Director of Community Social Work "
               "said that the Council had awarded new contracts to independent home care "
               "providers on a locality basis from October 2024, with an enhanced hourly "
               "rate for the most rural areas, and that the number of people waiting for "
               "home care had fallen from 143 to 61."),
    ("bullet", "Cllr Peter Colby asked how much of the Better Care Fund was spent on "
               "intermediate care and whether it represented value for money. Mr Ellwood "
               "said that around \u00a338 million of the pooled budget of \u00a3112 million "
               "was spent on intermediate care, reablement and discharge support, and that "
               "an independent evaluation of the discharge to assess model would be reported "
               "to the Health and Wellbeing Board in the summer."),
    ("bullet", "A Member raised the effect of the increase in employers\u2019 national "
               "insurance contributions on care providers, several of which had told "
               "councillors that they might have to reduce the care they could offer."),
    ("bullet", "Cllr Michelle Oakes asked whether people discharged to a care home for a "
               "short period were being properly assessed before a permanent placement was "
               "agreed. The Director of Community Social Work said that the Council aimed "
               "for everyone to be assessed in their own home wherever possible, and that "
               "fewer people were now moving into permanent residential care directly from "
               "hospital."),
    ("para", "8.4", "The Cabinet Member for Adult Social Care thanked staff across health and "
                    "social care for their work over what had been a very difficult winter."),
    ("para", "8.5", "The Committee noted the report and the progress made in reducing delays in "
                    "discharging patients from hospital."),

    ("item", "9.", "Forward Work Programme"),
    ("para", "9.1", "The Committee received the suggested approach from the Democratic Support "
                    "and Scrutiny Team Manager, setting out the current forward work "
                    "programme."),
    ("para", "9.2", "The Democratic Support and Scrutiny Team Manager reminded the Committee "
                    "that, following the Government\u2019s decision to postpone the county "
                    "council elections due in May 2025 pending local government "
                    "reorganisation, the current membership of the Committee would continue "
                    "until the elections in 2026."),
    ("para", "9.3", "Cllr Ravi Chandra asked whether the Committee could examine access to NHS "
                    "dentistry, which remained a serious concern for residents across the "
                    "county. The Democratic Support and Scrutiny Team Manager advised that an "
                    "update from the ICB on dental services was already scheduled for "
                    "September 2025."),
    ("para", "9.4", "The Committee agreed the forward work programme, with the addition of an "
                    "item on access to GP appointments and the new online consultation "
                    "arrangements in November 2025."),
    ("para", "9.5", "The Committee also agreed that Cllr Liam Sadler would replace Cllr Joan "
                    "Pettit as the Committee\u2019s link member for Yarmere and Saltings "
                    "Hospital NHS Foundation Trust."),
    ("para", "9.6", "The next meeting of the Committee will be held on Thursday 22 May 2025 at "
                    "10am in the Council Chamber, County Hall."),
]

PUBLIC_QUESTION = (
    "Question from Mrs Eileen Rowley, Thurnford",
    "My mother was a patient on Hollybank Ward in Thurnford for eleven weeks last year. "
    "Families have heard that the Trust is considering closing the ward and moving the beds "
    "to Kingsfen, which is over forty miles away by road. Can the Trust confirm whether this "
    "is being planned, and how would families without a car be able to visit?",
    "Response from Thurneshire and Saltings Mental Health NHS Foundation Trust",
    "No decision has been taken to close Hollybank Ward. The Trust is reviewing how its older "
    "people\u2019s mental health beds are organised across the county as part of its clinical "
    "strategy, and any proposal that would involve a significant change would be discussed "
    "with this Committee and with patients, families and the public before a decision is "
    "made. The Trust recognises how important it is for families to be able to visit, and "
    "already offers help with travel costs to relatives on low incomes.",
)

ACCESSIBILITY = (
    "If you need these minutes in large print, audio, Braille, alternative format or in a "
    "different language please contact Customer Services on 01632 960 200 or Text Relay on "
    "18001 01632 960 200 (textphone) and we will do our best to help."
)


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_xy(20, 9)
            self.cell(170, 4, "Health Overview and Scrutiny Committee \u2013 13 March 2025",
                      align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(20)

        def footer(self):
            self.set_y(-14)
            self.set_font("DejaVu", "", 9)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Minutes(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Health Overview and Scrutiny Committee - Minutes - 13 March 2025")
    pdf.set_author("Democratic Services")
    pdf.set_creator("Microsoft Word")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    lh = 5.4

    def text(x, w, s, bold=False, size=10.5, gap=0.0):
        pdf.set_font("DejaVu", "B" if bold else "", size)
        pdf.set_x(x)
        pdf.multi_cell(w, lh, s, new_x="LMARGIN", new_y="NEXT")
        if gap:
            pdf.ln(gap)

    # Title block
    pdf.set_font("DejaVu", "B", 9)
    pdf.set_xy(130, 12)
    pdf.cell(60, 5, "Thurneshire County Council", align="R")
    pdf.set_xy(20, 24)
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(170, 8, "Health Overview and Scrutiny Committee", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    text(20, 170, "Minutes of the Meeting held on Thursday 13 March 2025 at 10am in the "
                  "Council Chamber, County Hall, Riverside Lane, Thurnford", gap=4)

    def two_col(rows):
        for left, right in rows:
            pdf.set_font("DejaVu", "", 10.5)
            y = pdf.get_y()
            if y > 265:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(20, y)
            pdf.cell(78, lh, left)
            pdf.set_xy(98, y)
            pdf.multi_cell(92, lh, right, align="L", new_x="LMARGIN", new_y="NEXT")

    text(20, 170, "Present:", bold=True, gap=1)
    two_col(PRESENT)
    pdf.ln(3)
    text(20, 170, "Substitute Member Present:", bold=True, gap=1)
    two_col(SUBSTITUTES)
    pdf.ln(3)
    text(20, 170, "Also Present:", bold=True, gap=1)
    two_col(ALSO_PRESENT)
    pdf.ln(3)
    text(20, 170, "Also Present (remotely):", bold=True, gap=1)
    two_col(ALSO_PRESENT_REMOTE)
    pdf.ln(5)

    for block in BODY:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("DejaVu", "B", 11)
            y = pdf.get_y()
            pdf.set_xy(20, y)
            pdf.cell(15, 6, num)
            pdf.set_xy(35, y)
            pdf.multi_cell(155, 6, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "para":
            _, num, body = block
            pdf.set_font("DejaVu", "", 10.5)
            if pdf.get_y() > 268:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_xy(20, y)
            pdf.cell(15, lh, num)
            pdf.set_xy(35, y)
            pdf.multi_cell(155, lh, body, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "bullet":
            _, body = block
            pdf.set_font("DejaVu", "", 10.5)
            if pdf.get_y() > 268:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_xy(37, y)
            pdf.cell(6, lh, "\u2022")
            pdf.set_xy(43, y)
            pdf.multi_cell(147, lh, body, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "line":
            _, body = block
            pdf.set_font("DejaVu", "", 10.5)
            pdf.set_x(43)
            pdf.multi_cell(147, lh, body, align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            raise ValueError(kind)

    pdf.ln(4)
    text(20, 170, "The meeting concluded at 12.52pm", gap=12)
    text(20, 170, "Chair", bold=True, gap=0)

    # Appendix A: the public question
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(170, 7, "Appendix A", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.multi_cell(170, lh, "Health Overview and Scrutiny Committee 13 March 2025 \u2013 "
                            "Public Question Time", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    q_head, q_text, r_head, r_text = PUBLIC_QUESTION
    pdf.set_font("DejaVu", "", 10.5)
    with pdf.table(col_widths=(18, 152), text_align="LEFT", first_row_as_headings=False,
                   line_height=lh, padding=2) as table:
        row = table.row()
        row.cell("5.1")
        row.cell(q_head + "\n\n" + q_text)
        row = table.row()
        row.cell("")
        row.cell(r_head + "\n\n" + r_text)
    pdf.ln(10)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.set_fill_color(235, 235, 235)
    pdf.multi_cell(170, 5, ACCESSIBILITY, border=1, fill=True, padding=3,
                   new_x="LMARGIN", new_y="NEXT")

    pdf.output(str(path))


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health Overview and Scrutiny Committee",
    "meeting_date": "2025-03-13",
    "items": [
        {"number": "1", "title": "Apologies for Absence"},
        {"number": "2", "title": "Minutes"},
        {"number": "3", "title": "Declarations of Interest"},
        {"number": "4", "title": "Urgent Business"},
        {"number": "5", "title": "Public Question Time"},
        {"number": "6", "title": "Adult Mental Health Services \u2013 Progress Update"},
        {"number": "7", "title": "Ambulance Response Times and Hospital Handover Delays"},
        {"number": "8", "title": "Hospital Discharge and Intermediate Care"},
        {"number": "9", "title": "Forward Work Programme"},
    ],
    "questions": [
        # 5 Public Question Time (the question itself is printed in Appendix A)
        {"item": "5", "kind": "question",
         "text": "Can the Trust confirm whether this is being planned",
         "asked_by": "Mrs Eileen Rowley",
         "answer": "No decision has been taken to close Hollybank Ward",
         "given_by": "Thurneshire and Saltings Mental Health NHS Foundation Trust",
         "themes": ["mental-health"]},
        {"item": "5", "kind": "question",
         "text": "whether the Trust would agree to meet the Hollybank Ward Relatives Group",
         "asked_by": "Mrs Rowley",
         "answer": "she would be happy to meet the group and would contact Mrs Rowley",
         "given_by": "The Chief Operating Officer (TSFT)",
         "themes": ["mental-health", "patient-and-public-input"]},
        # 6 Adult mental health services
        {"item": "6", "kind": "question",
         "text": "Members asked how the Trust intended to eliminate inappropriate out of area",
         "asked_by": None,
         "answer": "the Trust had opened eight additional beds at the Alder Unit",
         "given_by": "The Chief Operating Officer",
         "themes": ["mental-health"]},
        {"item": "6", "kind": "question",
         "text": "asked about the length of time adults were waiting for an ADHD",
         "asked_by": "Cllr Susan Fairweather",
         "answer": "some adults had been waiting for more than three years for an ADHD "
                   "assessment",
         "given_by": "The Director of Mental Health Commissioning",
         "themes": ["mental-health", "privatisation"]},
        {"item": "6", "kind": "concern",
         "text": "expressed concern that the money spent on private providers under Right to "
                 "Choose",
         "asked_by": "Cllr Fairweather",
         "answer": "the ICB had written to NHS England asking for clearer national standards",
         "given_by": "The Medical Director (ICB)",
         "themes": ["mental-health", "privatisation", "finance", "primary-care"]},
        {"item": "6", "kind": "question",
         "text": "asked what crisis support was available to people in the rural west",
         "asked_by": "Cllr Kate Wymer",
         "answer": "the First Response helpline was available 24 hours a day",
         "given_by": "Dr Pryce",
         "themes": ["mental-health"]},
        {"item": "6", "kind": "question",
         "text": "Members questioned the Trust\u2019s vacancy rate and its reliance on agency staff",
         "asked_by": None,
         "answer": "the vacancy rate for registered nurses in community teams had reduced",
         "given_by": "The Chief Operating Officer",
         "themes": ["mental-health", "workforce", "finance"]},
        {"item": "6", "kind": "comment",
         "text": "feedback received by Healthwatch continued to show that families and carers",
         "asked_by": "Alex Stannard, Healthwatch Thurneshire",
         "answer": "the Trust had signed up to the Triangle of Care",
         "given_by": "The Chief Operating Officer",
         "themes": ["mental-health", "patient-and-public-input"]},
        {"item": "6", "kind": "comment",
         "text": "A Member commented that the Trust had been rated Inadequate by the CQC",
         "asked_by": None,
         "answer": None,
         "given_by": None,
         "themes": ["mental-health", "governance"]},
        {"item": "6", "kind": "request",
         "text": "asked for information about the number of unexpected deaths of patients",
         "asked_by": "Cllr Michelle Oakes",
         "answer": "all unexpected deaths were reviewed under the Patient Safety Incident "
                   "Response Framework",
         "given_by": "Dr Pryce",
         "themes": ["mental-health"]},
        {"item": "6", "kind": "question",
         "text": "In response to a question about when the CQC would next inspect",
         "asked_by": None,
         "answer": "the timing of inspections was a matter for the CQC",
         "given_by": "the Chief Operating Officer",
         "themes": ["mental-health", "governance"]},
        # 7 Ambulance response times
        {"item": "7", "kind": "question",
         "text": "asked why response times in the Saltmarsh Coast district remained so much "
                 "longer",
         "asked_by": "Cllr Dawn Everitt",
         "answer": "the geography of the coast, with long distances between villages",
         "given_by": "The Head of Operations",
         "themes": []},
        {"item": "7", "kind": "concern",
         "text": "Members expressed concern about patients being cared for on trolleys in "
                 "corridors",
         "asked_by": None,
         "answer": "the hospital did not regard corridor care as acceptable",
         "given_by": "The Deputy Chief Operating Officer (TDUH)",
         "themes": []},
        {"item": "7", "kind": "question",
         "text": "asked whether the ambulance trust would continue to support community first "
                 "responder",
         "asked_by": "Cllr Nigel Cushion",
         "answer": "ACAS valued the schemes highly, provided their training and kit",
         "given_by": "The Head of Operations",
         "themes": ["finance"]},
        {"item": "7", "kind": "question",
         "text": "asked about sickness absence and morale among paramedics and ambulance crews",
         "asked_by": "Cllr Ravi Chandra",
         "answer": "sickness absence was 7.1%, above the Trust's target of 5.5%",
         "given_by": "The Head of Operations",
         "themes": ["workforce"]},
        {"item": "7", "kind": "question",
         "text": "A Member asked how many calls from people who had fallen at home",
         "asked_by": None,
         "answer": "the falls response service jointly commissioned by the ICB and the County "
                   "Council",
         "given_by": "The Director of Urgent and Emergency Care",
         "themes": ["integration", "subcontracting", "finance"]},
        {"item": "7", "kind": "request",
         "text": "requested that future reports include response times broken down by district",
         "asked_by": "Cllr Liam Sadler",
         "answer": "The Head of Operations agreed to provide this",
         "given_by": "The Head of Operations",
         "themes": []},
        {"item": "7", "kind": "question",
         "text": "questioned whether the national standard of a 30 minute mean response",
         "asked_by": "Cllr Graham Tilney",
         "answer": None,
         "given_by": None,
         "themes": []},
        # 8 Hospital discharge
        {"item": "8", "kind": "question",
         "text": "Members asked how many patients who were medically fit to leave hospital",
         "asked_by": None,
         "answer": "around 190 patients across the three acute hospitals no longer met the "
                   "criteria",
         "given_by": "The Head of Integrated Discharge",
         "themes": ["adult-social-care"]},
        {"item": "8", "kind": "concern",
         "text": "Concern was expressed about the availability of home care in rural parts",
         "asked_by": None,
         "answer": "the Council had awarded new contracts to independent home care providers",
         "given_by": "The Director of Community Social Work",
         "themes": ["adult-social-care", "subcontracting", "finance"]},
        {"item": "8", "kind": "question",
         "text": "asked how much of the Better Care Fund was spent on intermediate care",
         "asked_by": "Cllr Peter Colby",
         "answer": "around \u00a338 million of the pooled budget of \u00a3112 million",
         "given_by": "Mr Ellwood",
         "themes": ["adult-social-care", "integration", "finance"]},
        {"item": "8", "kind": "concern",
         "text": "A Member raised the effect of the increase in employers national insurance",
         "asked_by": None,
         "answer": None,
         "given_by": None,
         "themes": ["adult-social-care", "finance", "workforce"]},
        {"item": "8", "kind": "question",
         "text": "asked whether people discharged to a care home for a short period",
         "asked_by": "Cllr Michelle Oakes",
         "answer": "the Council aimed for everyone to be assessed in their own home",
         "given_by": "The Director of Community Social Work",
         "themes": ["adult-social-care"]},
        # 9 Forward work programme
        {"item": "9", "kind": "request",
         "text": "asked whether the Committee could examine access to NHS dentistry",
         "asked_by": "Cllr Ravi Chandra",
         "answer": "an update from the ICB on dental services was already scheduled",
         "given_by": "The Democratic Support and Scrutiny Team Manager",
         "themes": ["primary-care"]},
    ],
    "resolutions": [
        {"item": "2",
         "text": "The minutes of the previous meeting held on 16 January 2025 were agreed",
         "outcome": "agreed", "themes": []},
        {"item": "6",
         "text": "To ask TSFT to provide the figures on unexpected deaths requested at the "
                 "meeting",
         "outcome": "agreed", "themes": ["mental-health"]},
        {"item": "7",
         "text": "Note the improvement in Category 2 response times and the reduction in hours",
         "outcome": "agreed", "themes": []},
        {"item": "8",
         "text": "The Committee noted the report and the progress made in reducing delays",
         "outcome": "noted", "themes": ["adult-social-care"]},
        {"item": "9",
         "text": "The Committee agreed the forward work programme, with the addition of an item",
         "outcome": "agreed", "themes": ["primary-care"]},
        {"item": "9",
         "text": "also agreed that Cllr Liam Sadler would replace Cllr Joan Pettit",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "Cllr Helen Marsham", "role": "Chair", "attendance": "present"},
        {"name": "Cllr Graham Tilney", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Cllr Nigel Cushion", "role": None, "attendance": "present"},
        {"name": "Cllr Susan Fairweather", "role": None, "attendance": "present"},
        {"name": "Cllr Michelle Oakes", "role": None, "attendance": "present"},
        {"name": "Cllr Kate Wymer", "role": None, "attendance": "present"},
        {"name": "Cllr Liam Sadler", "role": None, "attendance": "present"},
        {"name": "Cllr Dawn Everitt", "role": None, "attendance": "present"},
        {"name": "Cllr Ravi Chandra", "role": None, "attendance": "present"},
        {"name": "Cllr Peter Colby", "role": None, "attendance": "present"},
        {"name": "Cllr Mark Rudd", "role": None, "attendance": "apologies"},
        {"name": "Cllr Derek Pask", "role": None, "attendance": "apologies"},
        {"name": "Cllr Joan Pettit", "role": None, "attendance": "apologies"},
        {"name": "Cllr Bill Hargreaves", "role": "Cabinet Member for Adult Social Care",
         "attendance": "in_attendance"},
        {"name": "Dr Imogen Barratt",
         "role": "Medical Director, Thurneshire and Saltings Integrated Care Board (ICB)",
         "attendance": "in_attendance"},
        {"name": "Fiona Garside", "role": "Director of Mental Health Commissioning, ICB",
         "attendance": "in_attendance"},
        {"name": "Carl Whitmore", "role": "Director of Urgent and Emergency Care, ICB",
         "attendance": "in_attendance"},
        {"name": "Sarah Lindqvist",
         "role": "Chief Operating Officer, Thurneshire and Saltings Mental Health NHS "
                 "Foundation Trust (TSFT)",
         "attendance": "in_attendance"},
        {"name": "Dr Owen Pryce", "role": "Executive Medical Director, TSFT",
         "attendance": "in_attendance"},
        {"name": "Gemma Royle",
         "role": "Head of Operations (Thurneshire), Anglia Coast Ambulance Service NHS Trust "
                 "(ACAS)",
         "attendance": "in_attendance"},
        {"name": "Lee Hammond",
         "role": "Deputy Chief Operating Officer, Thurnford and District University Hospital "
                 "NHS Foundation Trust (TDUH)",
         "attendance": "in_attendance"},
        {"name": "Mark Ellwood",
         "role": "Director of Community Social Work, Adult Social Services",
         "attendance": "in_attendance"},
        {"name": "Alex Stannard", "role": "Chief Executive, Healthwatch Thurneshire",
         "attendance": "in_attendance"},
        {"name": "Rachel Fenn", "role": "Democratic Support and Scrutiny Team Manager",
         "attendance": "in_attendance"},
        {"name": "Tom Ridley", "role": "Committee Officer", "attendance": "in_attendance"},
        {"name": "Pauline Dack", "role": "Head of Integrated Discharge, ICB",
         "attendance": "in_attendance"},
    ],
}

# --------------------------------------------------------------------------------------
# The document that is not minutes: the committee's members' briefing (Word)
# --------------------------------------------------------------------------------------

BRIEFING_GOLD = {"document": BRIEFING_NAME, "doc_type": "report"}


def build_briefing(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Thurneshire County Council")
    r.bold = True
    doc.add_heading("Health Overview and Scrutiny Committee", level=1)
    doc.add_heading("Briefing \u2013 13 March 2025", level=2)
    doc.add_paragraph(
        "This briefing is for members of the Committee and their substitutes. It is not an "
        "item for discussion at the meeting. It gives information on matters the Committee "
        "has considered before and on issues Members may wish to raise at future meetings. "
        "If Members have questions about anything in the briefing, please contact the "
        "Democratic Support and Scrutiny Team Manager before the meeting.")

    doc.add_heading("1. Responses to the Committee\u2019s questions from 16 January 2025", 2)
    doc.add_paragraph(
        "(a) Community pharmacy closures. At the meeting on 16 January 2025 the Committee "
        "asked the Integrated Care Board (ICB) how many community pharmacies in Thurneshire "
        "had closed since April 2023, and whether any areas were now without a pharmacy "
        "within reasonable travelling distance.")
    doc.add_paragraph(
        "The ICB has responded that nine pharmacies have closed permanently in that period "
        "and two have reduced their opening hours. The ICB\u2019s assessment is that no area "
        "of the county has lost reasonable access, although it is keeping the position in "
        "Brecklow and on the Saltmarsh coast under review. The pharmaceutical needs "
        "assessment will be refreshed by the Health and Wellbeing Board in 2025.")
    doc.add_paragraph(
        "(b) Stroke rehabilitation beds. Members asked whether the temporary move of stroke "
        "rehabilitation beds from Yarmere to Thurnford would become permanent. The ICB has "
        "confirmed that no decision has been made and that it would bring any proposal for "
        "a permanent change to this Committee before public consultation.")
    doc.add_paragraph(
        "(c) NHS dentistry. As the Committee agreed, the Chair wrote to the Minister of State "
        "for Care on 3 February 2025 about access to NHS dentistry in Thurneshire. No reply "
        "had been received at the time this briefing was prepared.")

    doc.add_heading("2. Updates from NHS organisations", 2)
    doc.add_paragraph(
        "Thurnford and District University Hospital NHS Foundation Trust has told us that "
        "building work on its new acute assessment unit is on schedule and that the unit is "
        "expected to open in June 2025.")
    doc.add_paragraph(
        "Winter vaccinations: by the end of January 2025, 71.4% of people aged 65 and over in "
        "Thurneshire had received a flu vaccination, compared with 72.9% in the previous "
        "winter. Uptake of the COVID-19 vaccine among care home residents was 68%.")

    doc.add_heading("3. Link members for NHS providers", 2)
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "NHS provider"
    table.rows[0].cells[1].text = "Link member (substitute)"
    for provider, member in [
        ("Thurnford and District University Hospital NHS FT", "Cllr Graham Tilney "
         "(Cllr Nigel Cushion)"),
        ("Yarmere and Saltings Hospital NHS FT", "Cllr Joan Pettit (Cllr Dawn Everitt)"),
        ("Kingsfen Queen Matilda Hospital NHS FT", "Cllr Liam Sadler (Cllr Kate Wymer)"),
        ("Thurneshire and Saltings Mental Health NHS FT", "Cllr Susan Fairweather "
         "(Cllr Michelle Oakes)"),
    ]:
        cells = table.add_row().cells
        cells[0].text = provider
        cells[1].text = member
    doc.add_paragraph(
        "The Committee will be asked at item 9 of the agenda whether it wishes to appoint "
        "Cllr Liam Sadler in place of Cllr Joan Pettit as link member for Yarmere and "
        "Saltings Hospital NHS FT.")

    doc.add_heading("4. Forward work programme", 2)
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "Meeting"
    table.rows[0].cells[1].text = "Items"
    for meeting, items in [
        ("22 May 2025", "Children and young people\u2019s mental health services; Healthwatch "
                        "Thurneshire annual report"),
        ("17 July 2025", "Stroke services; Thurneshire suicide prevention strategy"),
        ("25 September 2025", "Access to NHS dentistry (ICB update)"),
        ("20 November 2025", "Ambulance handover delays (update); access to GP appointments"),
    ]:
        cells = table.add_row().cells
        cells[0].text = meeting
        cells[1].text = items
    doc.add_paragraph(
        "Should the Committee wish to examine the proposals for community stroke "
        "rehabilitation in more detail, which questions would Members wish to put to the "
        "ICB? Suggestions can be sent to the Democratic Support and Scrutiny Team Manager.")

    doc.add_heading("Contact", 2)
    doc.add_paragraph(
        "Rachel Fenn, Democratic Support and Scrutiny Team Manager\n"
        "Tel: 01632 960 418\n"
        "Email: rachel.fenn@thurneshire.gov.uk")

    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "HOSC Briefing 13 March 2025"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    # Rewrite the zip with fixed timestamps so the output is byte-for-byte stable.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 6, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------------------

def normalise(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def document_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def count(phrase: str, text: str) -> int:
    return f" {text} ".count(f" {normalise(phrase)} ")


def check() -> int:
    problems = []
    for gold_file in sorted(GOLD.glob("ky-*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            problems.append(f"{gold_file.name}: missing document {doc.name}")
            continue
        text = normalise(document_text(doc))
        if not text:
            problems.append(f"{doc.name}: no text extracted")
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question text", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for what, phrase in phrases:
            n_words = len(normalise(phrase).split())
            if not 6 <= n_words <= 15:
                problems.append(f"{doc.name}: {what} has {n_words} words: {phrase!r}")
            n = count(phrase, text)
            if n != 1:
                problems.append(f"{doc.name}: {what} found {n} times: {phrase!r}")
        print(f"{gold_file.name}: {len(phrases)} phrases checked")
    for p in problems:
        print("PROBLEM:", p)
    if problems:
        return 1
    print("check passed")
    return 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_briefing(DOCS / BRIEFING_NAME)
    for gold in (MINUTES_GOLD, BRIEFING_GOLD):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / BRIEFING_NAME}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
