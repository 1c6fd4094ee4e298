#!/usr/bin/env python3
"""Build the "jf-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_jf.py           build documents/jf-* and gold/jf-*.json
        build_jf.py --check   verify every gold phrase occurs once in its document
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
FIXED = dt.datetime(2025, 1, 20, 9, 30, 0, tzinfo=dt.timezone.utc)

MINUTES_NAME = "jf-brettshire-health-scrutiny-committee-2025-01-15.pdf"
BULLETIN_NAME = "jf-brettshire-hsc-information-bulletin-2025-01.docx"

COMMITTEE = "Health Scrutiny Committee"
DATE_TEXT = "15 January 2025"

# --------------------------------------------------------------------------------------
# The minutes, as blocks
# --------------------------------------------------------------------------------------
ATTENDANCE = [
    ("Present:",
     "Councillors Margaret Tillbrook (Chairman), Andrew Pashley (Vice-Chairman), Nicola "
     "Brigstock, Simon Ellwood, Julia Fenn-Aldous, Peter Goodchild, Rachel Hardiman, Tariq "
     "Mahmood and Graham Swallow."),
    ("Co-opted Members present:",
     "Councillors Helen Marjoram (Wenhaven Borough Council), Ann Stebbings (Lowmarsh "
     "District Council) and Colin Vesey (Felbrook District Council)."),
    ("Also present:",
     "Councillor Robert Kinnersley (Cabinet Member for Adult Care)."),
    ("Supporting officers present:",
     "Sarah Haddenham (Scrutiny Officer) and Martin Fulcher (Democratic Services Officer)."),
]

# Each item: (number, title, [blocks]); a block is ("p", text), ("ul", [texts]),
# ("ol", [texts]) or ("label", label, text).
ITEMS = [
    ("33", "Public Participation Session", [
        ("p", "Mrs Joan Aldridge, a resident of Lowmarsh, spoke on Agenda Item 6, Mental "
              "Health Crisis Care for Adults. Mrs Aldridge told the Committee that her son, "
              "who had a long-standing mental illness, had waited 31 hours in the emergency "
              "department at West Brettshire Hospital in October 2024 before a bed was found "
              "for him in a unit outside the county, and that the family had been given very "
              "little information during that time. She asked the Committee to press the Trust "
              "and the Integrated Care Board on what was being done to stop people in crisis "
              "waiting in emergency departments for so long."),
        ("p", "The Chairman thanked Mrs Aldridge for sharing her family's experience and "
              "advised that the points she had raised would be put to the witnesses when the "
              "Committee considered Agenda Item 6."),
    ]),
    ("34", "Apologies for Absence and Substitutions", [
        ("p", "Apologies for absence were received from Councillor Derek Howlett and from "
              "Councillor Patricia Oakes (East Brettshire District Council)."),
        ("p", "Councillor Nicola Brigstock attended as a substitute for Councillor Howlett."),
    ]),
    ("35", "Declarations of Interest and Dispensations", [
        ("p", "Councillor Peter Goodchild declared a non-registerable interest in Agenda Item "
              "5, Access to General Practice and Community Pharmacy in Brettshire, by virtue of "
              "the fact that his daughter worked as a community pharmacist in Felbrook."),
        ("p", "Councillor Colin Vesey declared a non-registerable interest in the same item as "
              "a member of the patient participation group at Castle Lane Surgery, Felbrook."),
        ("p", "Councillor Tariq Mahmood declared a non-registerable interest in Agenda Item 6, "
              "Mental Health Crisis Care for Adults, as he was a volunteer at the Colnford "
              "crisis café."),
        ("p", "No other declarations of interest were made."),
    ]),
    ("36", "Minutes of the Previous Meeting", [
        ("p", "The minutes of the meeting held on 13 November 2024 were confirmed as a correct "
              "record and signed by the Chairman."),
    ]),
    ("37", "Access to General Practice and Community Pharmacy in Brettshire", [
        ("p", "At Agenda Item 5, the Committee received a report from Brettshire and Wenham "
              "Integrated Care Board (ICB) which provided an update on access to general "
              "practice and community pharmacy across the county, the progress made against the "
              "ICB's Primary Care Access Recovery Plan and the impact of recent pharmacy "
              "closures. The Committee had last considered this subject at its meeting in "
              "March 2024."),
        ("p", "The Committee received evidence from the following witnesses:"),
        ("ul", ["Mark Tennant, Director of Primary Care, Brettshire and Wenham ICB",
                "Dr Eleanor Quaife, GP and Clinical Lead for Primary Care, Brettshire and "
                "Wenham ICB",
                "Fiona Rackham, Chief Officer, Brettshire Local Pharmaceutical Committee",
                "Priya Lawrence, Chief Executive, Healthwatch Brettshire"]),
        ("p", "The Director of Primary Care introduced the report and drew Members' attention "
              "to the increase in the number of appointments offered by GP practices in the "
              "county, which had risen by 7.4 per cent compared with the same period in 2023, "
              "and to the 38 additional roles recruited through the Additional Roles "
              "Reimbursement Scheme since April 2024."),
        ("p", "Members asked how many practices in the county had moved to the modern general "
              "practice access model, and whether patients had noticed any difference. The "
              "Director of Primary Care explained that 61 of the 74 practices in Brettshire had "
              "now adopted the model and that the remaining 13 were expected to do so by the "
              "end of March 2025. Patients' experience varied considerably between practices, "
              "and the ICB was using the results of the GP Patient Survey to target support at "
              "those practices where satisfaction had fallen."),
        ("p", "Councillor Hardiman queried why patients in the Lowmarsh area still reported long "
              "waits on the telephone at 8 am, despite the investment in new telephone systems. "
              "Dr Quaife acknowledged that the switch to cloud-based telephony had not yet been "
              "completed at four practices in the Lowmarsh Primary Care Network and said that "
              "these would move to the new system by February 2025, which would give patients "
              "the option of a call back rather than waiting in a queue."),
        ("p", "Councillor Vesey asked whether Healthwatch had heard from patients who were "
              "unable to use the NHS App or online consultation forms. Ms Lawrence said that "
              "Healthwatch Brettshire had received 312 comments about access to GP services in "
              "the six months to December 2024, a large proportion of them from older residents "
              "and from people whose first language was not English, and that its current "
              "survey on digital access would report in the spring."),
        ("p", "Concerns were expressed about the closure of three community pharmacies in "
              "Felbrook during 2024 and the effect this had had on residents without a car, "
              "particularly in the villages to the east of the town. The Chief Officer of the "
              "Local Pharmaceutical Committee advised that funding under the national pharmacy "
              "contractual framework had fallen by around 30 per cent in real terms since 2015, "
              "and that a number of pharmacy owners in the county had told her they were "
              "considering reducing their opening hours or selling their businesses."),
        ("p", "A Member sought clarification on what the Pharmacy First service was and whether "
              "it was reducing demand on GP practices. Ms Rackham explained that pharmacists "
              "could now assess and treat seven common conditions, including sore throats and "
              "urinary tract infections in women, without the patient needing a GP appointment, "
              "and that Brettshire pharmacies had carried out just over 21,000 consultations "
              "under the scheme since it began. The Director of Primary Care added that the ICB "
              "did not yet have reliable data on whether this had reduced the demand for GP "
              "appointments but would include this in its next report."),
        ("p", "Councillor Goodchild, having declared an interest, took no part in the "
              "discussion on community pharmacy."),
        ("label", "Decision:", "The Committee agreed:"),
        ("ol", ["a) to thank the witnesses for attending the meeting and answering Members' "
                "questions;",
                "b) to request that the ICB provides the Committee with practice-level data on "
                "telephone waiting times and appointment availability before the Committee's "
                "meeting in April 2025; and",
                "c) to ask Healthwatch Brettshire to share the findings of its survey on "
                "digital access to GP services with the Committee once published."]),
        ("label", "Reason for decision:",
         "The Committee considered the information provided in the report and by the "
         "witnesses at the meeting. Members welcomed the increase in the number of GP "
         "appointments but noted that this had not yet been reflected in patients' reported "
         "experience, and were keen to understand the variation between practices in more "
         "detail. The Committee was concerned about the future of community pharmacy in the "
         "rural parts of the county and considered that it should return to this subject "
         "during 2025."),
        ("label", "Alternative options:", "None considered."),
        ("label", "Declarations of interest:",
         "Councillors Goodchild and Vesey declared non-registerable interests in this item "
         "(see minute 35)."),
        ("label", "Dispensations:", "None noted."),
    ]),
    ("38", "Mental Health Crisis Care for Adults", [
        ("p", "At Agenda Item 6, the Committee received a joint report from Anglian Coast Mental "
              "Health NHS Foundation Trust (the Trust) and Brettshire and Wenham ICB on the "
              "crisis care available to adults in Brettshire, including the First Response "
              "24/7 helpline, the crisis resolution and home treatment teams, the two crisis "
              "cafés and the arrangements agreed with Brettshire Constabulary under Right Care, "
              "Right Person."),
        ("p", "The Committee received evidence from the following witnesses:"),
        ("ul", ["Dr Samuel Okafor, Medical Director, Anglian Coast Mental Health NHS "
                "Foundation Trust",
                "Karen Bloomfield, Director of Operations (Brettshire), Anglian Coast Mental "
                "Health NHS Foundation Trust",
                "Joanna Pettitt, Head of Mental Health Commissioning, Brettshire and Wenham ICB",
                "Chief Inspector Lee Harbottle, Brettshire Constabulary"]),
        ("p", "The Chairman invited the witnesses to respond first to the points made by Mrs "
              "Aldridge under the Public Participation Session. The Director of Operations said "
              "that she was very sorry to hear of the family's experience and offered to meet "
              "Mrs Aldridge after the meeting. She acknowledged that people in mental health "
              "crisis were waiting too long in emergency departments: in November 2024 there "
              "had been 41 occasions on which an adult had waited more than 12 hours in an "
              "emergency department in Brettshire for a mental health bed, compared with 29 in "
              "November 2023. The main cause was a shortage of adult acute beds, with an "
              "average of 17 Brettshire patients a day placed in private hospitals outside the "
              "Trust's area."),
        ("p", "Members asked what the Trust was doing to bring these patients back into the "
              "county. Dr Okafor explained that the Trust had opened eight additional beds at "
              "the Rosewood Centre in Colnford in September 2024 and was working with the ICB "
              "on a business case for a further 16-bed ward, but that this would not be "
              "available before 2027. In the meantime the Trust was focusing on reducing the "
              "length of stay of patients who were clinically ready for discharge but were "
              "waiting for supported accommodation."),
        ("p", "Councillor Mahmood asked what proportion of people detained under section 136 of "
              "the Mental Health Act were taken to a health-based place of safety rather than "
              "to police custody. Chief Inspector Harbottle confirmed that no adult had been "
              "taken to police custody as a place of safety in Brettshire since 2019, but said "
              "that officers still spent on average more than six hours with each person "
              "detained under section 136 before they could hand over their care, and that "
              "Right Care, Right Person had so far reduced the number of mental health calls "
              "attended by officers by around a fifth."),
        ("p", "In response to a question about the future of the crisis cafés, the Head of "
              "Mental Health Commissioning said that the cafés in Colnford and Wenhaven, which "
              "were run by voluntary sector partners, were funded until March 2026 and that the "
              "ICB would review their effectiveness during 2025 before deciding whether to "
              "recommission them."),
        ("p", "A Member sought clarification on the number of vacant posts in the crisis "
              "resolution and home treatment teams. The Medical Director said that the vacancy "
              "rate for registered mental health nurses in the crisis teams had fallen from 22 "
              "per cent to 14 per cent over the year, helped by international recruitment and a "
              "new rotation for newly qualified nurses, but that the teams continued to rely on "
              "agency staff at weekends."),
        ("p", "Councillor Stebbings commented that residents in the rural parts of Lowmarsh "
              "district had no crisis café within reasonable travelling distance and that many "
              "older residents were unaware that they could call NHS 111 and select the mental "
              "health option."),
        ("p", "Councillor Fenn-Aldous asked how the Trust would know whether the changes it had "
              "described were making a difference to the people using its services, and the "
              "Director of Operations replied that the Trust was developing a set of outcome "
              "measures with its service user and carer council, which would be published from "
              "April 2025."),
        ("label", "Decision:", "The Committee agreed to recommend that:"),
        ("ol", ["a) Anglian Coast Mental Health NHS Foundation Trust and Brettshire and Wenham "
                "ICB publish each month the number of adults waiting more than 12 hours in "
                "emergency departments in Brettshire for a mental health bed;",
                "b) the ICB considers the case for a crisis café or equivalent safe space in "
                "the north and east of the county when reviewing the current services; and",
                "c) the Trust and the ICB provide an update to the Committee on out of area "
                "placements in September 2025."]),
        ("label", "Reason for decision:",
         "The Committee considered the information in the report and the evidence given by "
         "the witnesses. The Committee was not assured that the number of people waiting in "
         "emergency departments would fall significantly in the coming year and wished to "
         "keep this under close review. Members welcomed the joint work with the police under "
         "Right Care, Right Person and the reduction in vacancies in the crisis teams."),
        ("label", "Alternative options:", "None considered."),
        ("label", "Declarations of interest:",
         "Councillor Mahmood declared a non-registerable interest in this item (see minute "
         "35)."),
        ("label", "Dispensations:", "None noted."),
    ]),
    ("39", "Home Care in Brettshire: Market Sustainability and Recommissioning", [
        ("p", "At Agenda Item 7, the Committee received a report from the Cabinet Member for "
              "Adult Care which set out the current state of the home care market in "
              "Brettshire, the pressures on providers and on the care workforce, and the "
              "Council's plans to recommission home care services from October 2025 on the "
              "basis of eight geographical zones."),
        ("p", "The Committee received evidence from the following witnesses:"),
        ("ul", ["Councillor Robert Kinnersley, Cabinet Member for Adult Care",
                "Geraldine Moyes, Director of Adult Care Services",
                "Daniel Sparkes, Head of Commissioning (Adult Care)",
                "Tom Bradwell, Chair, Brettshire Care Association"]),
        ("p", "The Cabinet Member for Adult Care introduced the report. He reminded the "
              "Committee that the Council purchased around 29,000 hours of home care each week "
              "from 63 independent providers, and that the number of people waiting for a "
              "package of care had fallen from 241 in January 2023 to 87 at the end of "
              "December 2024."),
        ("p", "Councillor Ellwood asked how long people were currently waiting for home care "
              "and how many of them were waiting in hospital. The Director of Adult Care "
              "Services said that of the 87 people waiting at 31 December 2024, 23 were in "
              "hospital and the remainder at home with support from family carers or the "
              "reablement service, and that the average wait was now nine days, compared with "
              "26 days two years earlier."),
        ("p", "Councillor Swallow questioned whether the move to zones with a lead provider in "
              "each zone would squeeze out the smaller local agencies which many rural "
              "residents relied on. The Head of Commissioning said that the tender had been "
              "designed so that smaller providers could bid either as a lead provider for a "
              "zone or as subcontracted partners to a lead provider, and that market engagement "
              "events in November 2024 had been attended by 48 providers."),
        ("p", "Members asked whether the Council had considered bringing some home care back "
              "in-house, as some other councils had done. The Cabinet Member said that the "
              "Council would expand its in-house reablement service, which would take on an "
              "additional 1,500 hours a week from April 2025, but that there were no plans for "
              "the Council to provide long-term home care directly, as the cost of doing so was "
              "estimated to be around 40 per cent higher."),
        ("p", "In response to a question about the impact of the increase in employer National "
              "Insurance contributions from April 2025, Mr Bradwell said that providers "
              "estimated it would add around £1.10 to the cost of each hour of care, and that "
              "several smaller agencies had told the Association that they might have to hand "
              "back packages of care if the Council's rates did not reflect this. The Cabinet "
              "Member said that the Council's uplift to provider fees for 2025/26 would be "
              "considered by Cabinet in February."),
        ("p", "Councillor Fenn-Aldous sought clarification on whether care workers were paid "
              "for the time they spent travelling between visits. The Head of Commissioning "
              "confirmed that the new contract would require providers to pay at least the Real "
              "Living Wage and to pay care workers for travel time, and that the hourly rate in "
              "the tender had been calculated to allow for this. Mr Bradwell commented that "
              "recruitment had improved over the past year but that turnover remained above 30 "
              "per cent, and that the loss of international recruits following changes to the "
              "visa rules was a significant risk for 2025."),
        ("p", "Councillor Marjoram requested that district and borough councils be involved in "
              "planning for the new contract, as adaptations funded through the disabled "
              "facilities grant were often needed before people could return home from "
              "hospital with a package of care. The Director of Adult Care Services undertook "
              "to arrange a briefing for district and borough housing officers before the "
              "tender was issued."),
        ("label", "Decision:", "The Committee agreed:"),
        ("ol", ["a) to note the progress made in reducing the number of people waiting for home "
                "care; and",
                "b) to request that a report on the outcome of the home care tender, including "
                "the number of local and small providers awarded contracts either as lead "
                "providers or as subcontracted partners, be brought to the Committee in "
                "November 2025."]),
        ("label", "Reason for decision:",
         "Members were pleased that the number of people waiting for home care had fallen "
         "significantly. The Committee recognised the financial pressures on providers from "
         "April 2025 and wished to be assured that the recommissioning would support a stable "
         "local market with a well-paid workforce."),
        ("label", "Alternative options:", "None considered."),
        ("label", "Declarations of interest:", "None declared."),
        ("label", "Dispensations:", "None noted."),
    ]),
    ("40", "Information Bulletin", [
        ("p", "The Committee received an information bulletin at Agenda Item 8, which included "
              "updates on NHS dental services, the ICB's winter plan and the responses to "
              "information requested at the Committee's meeting on 13 November 2024."),
        ("p", "Councillor Brigstock asked when the new NHS dental practice in Wenhaven referred "
              "to in the bulletin would open, as residents had been told that it would be open "
              "before Christmas."),
        ("p", "The Committee noted the information bulletin."),
    ]),
    ("41", "Forward Work Programme", [
        ("p", "The Committee received a copy of its Forward Work Programme at Agenda Item 9."),
        ("p", "Councillor Hardiman suggested that the Committee should look at the ICB's "
              "proposals for the future of the minor injuries unit at Felbrook Community "
              "Hospital, which had been closed overnight since the summer. The Scrutiny Officer "
              "advised that the ICB expected to publish its proposals in March 2025 and that "
              "the item could be scheduled for the Committee's meeting in April."),
        ("label", "Decision:",
         "The Committee agreed its Forward Work Programme, subject to the addition of items on "
         "NHS dentistry and on the Felbrook minor injuries unit for its meeting in April 2025."),
        ("label", "Reason for decision:",
         "Members wished to ensure that the Forward Work Programme reflected the issues raised "
         "during the meeting."),
        ("label", "Alternative options:", "None considered."),
        ("label", "Declarations of interest:", "None declared."),
        ("label", "Dispensations:", "None noted."),
    ]),
]


def build_minutes_pdf(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class MinutesPDF(FPDF):
        def header(self):
            if self.page_no() == 1:
                self.set_font("Sans", "B", 12)
                self.set_xy(140, 10)
                self.cell(50, 6, "Unconfirmed", align="R")
                self.set_y(22)
            else:
                self.set_font("Sans", "", 8)
                self.set_text_color(90, 90, 90)
                self.set_xy(20, 10)
                self.cell(170, 5, f"{COMMITTEE}, {DATE_TEXT}", align="R")
                self.set_text_color(0, 0, 0)
                self.set_y(20)

        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 9)
            self.cell(0, 6, str(self.page_no()), align="C")

    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(f"Minutes - {COMMITTEE} - {DATE_TEXT}")
    pdf.set_author("Brettshire County Council")
    pdf.set_creator("Microsoft Word for Microsoft 365")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    lh = 5.3
    fs = 10.5

    pdf.set_font("Sans", "", fs)
    pdf.multi_cell(0, lh, f"Minutes of the meeting of the {COMMITTEE} held on {DATE_TEXT} at "
                          "10:00 am in the Orwell Room, Brettshire House, Colnford.",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    for label, text in ATTENDANCE:
        y = pdf.get_y()
        pdf.set_font("Sans", "B", fs)
        pdf.set_xy(20, y)
        pdf.multi_cell(50, lh, label, new_x=XPos.RIGHT, new_y=YPos.TOP)
        y_label_end = pdf.get_y()
        pdf.set_font("Sans", "", fs)
        pdf.set_xy(72, y)
        pdf.multi_cell(118, lh, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_y(max(pdf.get_y(), y_label_end) + 2.5)

    pdf.ln(3)
    body_x = 31

    for number, title, blocks in ITEMS:
        if pdf.get_y() > 250:
            pdf.add_page()
        pdf.ln(2)
        y = pdf.get_y()
        pdf.set_font("Sans", "B", fs + 0.5)
        pdf.set_xy(20, y)
        pdf.cell(11, lh + 0.4, f"{number}.")
        pdf.set_xy(body_x, y)
        pdf.multi_cell(0, lh + 0.4, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.8)
        pdf.set_left_margin(body_x)
        for block in blocks:
            kind = block[0]
            pdf.set_x(body_x)
            if kind == "p":
                pdf.set_font("Sans", "", fs)
                pdf.multi_cell(0, lh, block[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(2.4)
            elif kind == "label":
                pdf.set_font("Sans", "", fs)
                pdf.multi_cell(0, lh, f"**{block[1]}** {block[2]}", markdown=True,
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(2.4)
            elif kind == "ul":
                pdf.set_font("Sans", "", fs)
                for entry in block[1]:
                    if pdf.get_y() + lh > pdf.page_break_trigger:
                        pdf.add_page()
                    y = pdf.get_y()
                    pdf.set_xy(body_x + 3, y)
                    pdf.cell(5, lh, "•")
                    pdf.set_left_margin(body_x + 8)
                    pdf.set_xy(body_x + 8, y)
                    pdf.multi_cell(0, lh, entry, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                    pdf.set_left_margin(body_x)
                    pdf.ln(0.8)
                pdf.ln(1.6)
            elif kind == "ol":
                pdf.set_font("Sans", "", fs)
                for entry in block[1]:
                    marker, rest = entry.split(" ", 1)
                    if pdf.get_y() + lh > pdf.page_break_trigger:
                        pdf.add_page()
                    y = pdf.get_y()
                    pdf.set_xy(body_x + 3, y)
                    pdf.cell(7, lh, marker)
                    pdf.set_left_margin(body_x + 10)
                    pdf.set_xy(body_x + 10, y)
                    pdf.multi_cell(0, lh, rest, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                    pdf.set_left_margin(body_x)
                    pdf.ln(1.2)
                pdf.ln(1.4)
        pdf.set_left_margin(20)

    pdf.ln(4)
    pdf.set_x(20)
    pdf.set_font("Sans", "", fs)
    pdf.multi_cell(0, lh, "The meeting closed at 12:47 pm.", new_x=XPos.LMARGIN,
                   new_y=YPos.NEXT)
    pdf.ln(12)
    pdf.set_x(20)
    pdf.cell(0, lh, "Chairman", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    path.write_bytes(bytes(pdf.output()))


# --------------------------------------------------------------------------------------
# The document that is not minutes: the Committee's Information Bulletin (Word)
# --------------------------------------------------------------------------------------
def build_bulletin_docx(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)

    p = doc.add_paragraph()
    r = p.add_run("Brettshire County Council")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(f"{COMMITTEE}, {DATE_TEXT}")
    doc.add_heading("Information Bulletin", level=1)
    doc.add_paragraph(
        "The Information Bulletin is a document that is made available to the public with the "
        "published agenda papers. It can include updates requested by the Committee as well as "
        "information that a service considers the Committee should receive as it may be of "
        "interest, or assist Members in their role. Items in the Information Bulletin are not "
        "discussed at the meeting unless a Member asks for this in advance; Members may raise "
        "questions about the content with the Scrutiny Officer.")
    doc.add_heading("Contents", level=2)
    for line in ["1. NHS dental services in Brettshire",
                 "2. Brettshire and Wenham ICB winter plan 2024/25",
                 "3. Responses to information requested at the meeting on 13 November 2024",
                 "4. Consultations"]:
        doc.add_paragraph(line)

    doc.add_heading("1. NHS dental services in Brettshire", level=2)
    doc.add_paragraph(
        "Update from Brettshire and Wenham Integrated Care Board. Following the Committee's "
        "request in July 2024, the ICB has procured additional NHS dental capacity through its "
        "flexible commissioning scheme. A new NHS dental practice in Wenhaven, with capacity "
        "for around 6,000 patients, is expected to open in the first quarter of 2025, subject "
        "to the completion of building works. Urgent dental care sessions have been extended "
        "to Saturday mornings in Colnford and Felbrook.")
    doc.add_paragraph(
        "Why can't I find an NHS dentist taking on new patients? Practices are independent "
        "businesses that hold contracts with the ICB and decide for themselves whether they "
        "have capacity to accept new patients. The ICB's website lists the practices currently "
        "accepting new adult patients and is updated every fortnight.")

    doc.add_heading("2. Brettshire and Wenham ICB winter plan 2024/25", level=2)
    doc.add_paragraph(
        "The ICB's winter plan sets out additional capacity in urgent community response, "
        "virtual wards and discharge to assess beds. Flu vaccination uptake among people aged "
        "65 and over was 71.2 per cent at 5 January 2025, against a national ambition of 75 per "
        "cent. A full report on winter performance will be brought to the Committee in "
        "April 2025.")

    doc.add_heading("3. Responses to information requested at the meeting on 13 November 2024",
                    level=2)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    hdr[0].text = "Minute"
    hdr[1].text = "Information requested"
    hdr[2].text = "Response"
    rows = [
        ("27", "How many children and young people in Brettshire are waiting for an autism "
               "assessment, and what is the longest wait?",
         "Brettshire and Wenham ICB: at 30 November 2024, 1,946 children and young people were "
         "waiting for an autism assessment. The longest wait was 118 weeks. Additional "
         "assessment capacity has been commissioned from two independent providers from "
         "January 2025."),
        ("28", "Could the Trust confirm whether patients discharged from the Rosewood Centre "
               "are given a named contact in the community team?",
         "Anglian Coast Mental Health NHS Foundation Trust: every patient discharged from an "
         "inpatient ward receives a follow-up contact within 72 hours and is given the name of "
         "a care coordinator or lead professional before discharge."),
        ("29", "What is the Council's budget for the stop smoking service in 2024/25, and how "
               "many people set a quit date?",
         "Public Health: the budget is £1.14 million, including the Government's additional "
         "Local Stop Smoking Services and Support Grant. Between April and September 2024, "
         "1,312 people set a quit date, of whom 58 per cent had quit at four weeks."),
    ]
    for minute, req, resp in rows:
        cells = table.add_row().cells
        cells[0].text = minute
        cells[1].text = req
        cells[2].text = resp

    doc.add_heading("4. Consultations", level=2)
    doc.add_paragraph(
        "Brettshire and Wenham ICB is consulting on proposals to change the opening hours of "
        "the minor injuries unit at Felbrook Community Hospital. Should the unit reopen "
        "overnight, or should resources be moved to the urgent treatment centre at West "
        "Brettshire Hospital? The consultation closes on 28 February 2025.")

    doc.add_heading("Recommendation", level=2)
    doc.add_paragraph("The Committee is asked to note the information contained in this "
                      "bulletin.")
    doc.add_paragraph("Contact: Sarah Haddenham, Scrutiny Officer, Brettshire County Council. "
                      "Email: scrutiny@brettshire.example.gov.uk")

    cp = doc.core_properties
    cp.author = "Sarah Haddenham"
    cp.last_modified_by = "Sarah Haddenham"
    cp.title = "Information Bulletin - Health Scrutiny Committee - 15 January 2025"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    # Re-zip with fixed timestamps so that the file is byte-for-byte reproducible.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 20, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------
def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-01-15",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        q("33", "request",
          "She asked the Committee to press the Trust and the Integrated Care Board",
          "Mrs Joan Aldridge",
          "advised that the points she had raised would be put to the witnesses",
          "Chairman", ["mental-health"]),
        q("37", "question",
          "Members asked how many practices in the county had moved to the modern",
          None,
          "61 of the 74 practices in Brettshire had now adopted the model",
          "Director of Primary Care", ["primary-care"]),
        q("37", "question",
          "Councillor Hardiman queried why patients in the Lowmarsh area still reported long waits",
          "Councillor Hardiman",
          "the switch to cloud-based telephony had not yet been completed at four practices",
          "Dr Quaife", ["primary-care"]),
        q("37", "question",
          "asked whether Healthwatch had heard from patients who were unable to use",
          "Councillor Vesey",
          "Healthwatch Brettshire had received 312 comments about access to GP services",
          "Ms Lawrence", ["primary-care", "patient-and-public-input"]),
        q("37", "concern",
          "Concerns were expressed about the closure of three community pharmacies in Felbrook",
          None,
          "funding under the national pharmacy contractual framework had fallen by around 30 per cent",
          "Chief Officer of the Local Pharmaceutical Committee", ["primary-care", "finance"]),
        q("37", "question",
          "A Member sought clarification on what the Pharmacy First service was",
          None,
          "pharmacists could now assess and treat seven common conditions",
          "Ms Rackham", ["primary-care"]),
        q("38", "question",
          "Members asked what the Trust was doing to bring these patients back",
          None,
          "the Trust had opened eight additional beds at the Rosewood Centre",
          "Dr Okafor", ["mental-health"]),
        q("38", "question",
          "Councillor Mahmood asked what proportion of people detained under section 136",
          "Councillor Mahmood",
          "no adult had been taken to police custody as a place of safety",
          "Chief Inspector Harbottle", ["mental-health"]),
        q("38", "question",
          "In response to a question about the future of the crisis cafés",
          None,
          "were funded until March 2026 and that the ICB would review their effectiveness",
          "Head of Mental Health Commissioning",
          ["mental-health", "finance", "subcontracting"]),
        q("38", "question",
          "A Member sought clarification on the number of vacant posts in the crisis",
          None,
          "the vacancy rate for registered mental health nurses in the crisis teams had fallen",
          "Medical Director", ["mental-health", "workforce"]),
        q("38", "comment",
          "Councillor Stebbings commented that residents in the rural parts of Lowmarsh",
          "Councillor Stebbings", None, None, ["mental-health"]),
        q("38", "question",
          "asked how the Trust would know whether the changes it had described",
          "Councillor Fenn-Aldous",
          "the Trust was developing a set of outcome measures with its service user",
          "Director of Operations", ["mental-health", "patient-and-public-input"]),
        q("39", "question",
          "Councillor Ellwood asked how long people were currently waiting for home care",
          "Councillor Ellwood",
          "the average wait was now nine days, compared with 26 days two years earlier",
          "Director of Adult Care Services", ["adult-social-care"]),
        q("39", "question",
          "questioned whether the move to zones with a lead provider in each zone",
          "Councillor Swallow",
          "smaller providers could bid either as a lead provider for a zone",
          "Head of Commissioning", ["adult-social-care", "subcontracting"]),
        q("39", "question",
          "Members asked whether the Council had considered bringing some home care back in-house",
          None,
          "there were no plans for the Council to provide long-term home care directly",
          "Cabinet Member", ["adult-social-care", "privatisation", "finance"]),
        q("39", "question",
          "a question about the impact of the increase in employer National Insurance contributions",
          None,
          "providers estimated it would add around £1.10 to the cost of each hour",
          "Mr Bradwell", ["adult-social-care", "workforce", "finance"]),
        q("39", "question",
          "sought clarification on whether care workers were paid for the time they spent travelling",
          "Councillor Fenn-Aldous",
          "the new contract would require providers to pay at least the Real Living Wage",
          "Head of Commissioning", ["adult-social-care", "workforce", "subcontracting"]),
        q("39", "request",
          "requested that district and borough councils be involved in planning for the new contract",
          "Councillor Marjoram",
          "undertook to arrange a briefing for district and borough housing officers",
          "Director of Adult Care Services", ["adult-social-care", "housing"]),
        q("40", "question",
          "Councillor Brigstock asked when the new NHS dental practice in Wenhaven",
          "Councillor Brigstock", None, None, ["primary-care"]),
        q("41", "request",
          "suggested that the Committee should look at the ICB's proposals for the future",
          "Councillor Hardiman",
          "the ICB expected to publish its proposals in March 2025",
          "Scrutiny Officer", []),
    ],
    "resolutions": [
        {"item": "36",
         "text": "minutes of the meeting held on 13 November 2024 were confirmed as a correct record",
         "outcome": "agreed", "themes": []},
        {"item": "37",
         "text": "to request that the ICB provides the Committee with practice-level data",
         "outcome": "agreed", "themes": ["primary-care"]},
        {"item": "38",
         "text": "publish each month the number of adults waiting more than 12 hours",
         "outcome": "recommended", "themes": ["mental-health"]},
        {"item": "39",
         "text": "to request that a report on the outcome of the home care tender",
         "outcome": "agreed", "themes": ["adult-social-care", "subcontracting"]},
        {"item": "40",
         "text": "The Committee noted the information bulletin",
         "outcome": "noted", "themes": []},
        {"item": "41",
         "text": "The Committee agreed its Forward Work Programme, subject to the addition of items",
         "outcome": "agreed", "themes": ["primary-care"]},
    ],
    "attendees": [
        {"name": "Margaret Tillbrook", "role": "Chairman", "attendance": "present"},
        {"name": "Andrew Pashley", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Nicola Brigstock", "role": None, "attendance": "present"},
        {"name": "Simon Ellwood", "role": None, "attendance": "present"},
        {"name": "Julia Fenn-Aldous", "role": None, "attendance": "present"},
        {"name": "Peter Goodchild", "role": None, "attendance": "present"},
        {"name": "Rachel Hardiman", "role": None, "attendance": "present"},
        {"name": "Tariq Mahmood", "role": None, "attendance": "present"},
        {"name": "Graham Swallow", "role": None, "attendance": "present"},
        {"name": "Helen Marjoram", "role": "Wenhaven Borough Council", "attendance": "present"},
        {"name": "Ann Stebbings", "role": "Lowmarsh District Council", "attendance": "present"},
        {"name": "Colin Vesey", "role": "Felbrook District Council", "attendance": "present"},
        {"name": "Councillor Robert Kinnersley", "role": "Cabinet Member for Adult Care",
         "attendance": "in_attendance"},
        {"name": "Sarah Haddenham", "role": "Scrutiny Officer", "attendance": "in_attendance"},
        {"name": "Martin Fulcher", "role": "Democratic Services Officer",
         "attendance": "in_attendance"},
        {"name": "Councillor Derek Howlett", "role": None, "attendance": "apologies"},
        {"name": "Councillor Patricia Oakes", "role": "East Brettshire District Council",
         "attendance": "apologies"},
        {"name": "Mark Tennant", "role": "Director of Primary Care, Brettshire and Wenham ICB",
         "attendance": "in_attendance"},
        {"name": "Dr Eleanor Quaife",
         "role": "GP and Clinical Lead for Primary Care, Brettshire and Wenham ICB",
         "attendance": "in_attendance"},
        {"name": "Fiona Rackham",
         "role": "Chief Officer, Brettshire Local Pharmaceutical Committee",
         "attendance": "in_attendance"},
        {"name": "Priya Lawrence", "role": "Chief Executive, Healthwatch Brettshire",
         "attendance": "in_attendance"},
        {"name": "Dr Samuel Okafor",
         "role": "Medical Director, Anglian Coast Mental Health NHS Foundation Trust",
         "attendance": "in_attendance"},
        {"name": "Karen Bloomfield",
         "role": "Director of Operations (Brettshire), Anglian Coast Mental Health NHS "
                 "Foundation Trust",
         "attendance": "in_attendance"},
        {"name": "Joanna Pettitt",
         "role": "Head of Mental Health Commissioning, Brettshire and Wenham ICB",
         "attendance": "in_attendance"},
        {"name": "Chief Inspector Lee Harbottle", "role": "Brettshire Constabulary",
         "attendance": "in_attendance"},
        {"name": "Geraldine Moyes", "role": "Director of Adult Care Services",
         "attendance": "in_attendance"},
        {"name": "Daniel Sparkes", "role": "Head of Commissioning (Adult Care)",
         "attendance": "in_attendance"},
        {"name": "Tom Bradwell", "role": "Chair, Brettshire Care Association",
         "attendance": "in_attendance"},
    ],
}

BULLETIN_GOLD = {"document": BULLETIN_NAME, "doc_type": "report"}


# --------------------------------------------------------------------------------------
# Build and check
# --------------------------------------------------------------------------------------
def norm(s: str) -> str:
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


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes_pdf(DOCS / MINUTES_NAME)
    build_bulletin_docx(DOCS / BULLETIN_NAME)
    for gold in (MINUTES_GOLD, BULLETIN_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / BULLETIN_NAME}\nwrote gold files")


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("jf-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            problems += 1
            continue
        text = " " + norm(document_text(doc)) + " "
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            n_words = len(phrase.split())
            p = " " + norm(phrase) + " "
            count = text.count(p)
            if count != 1 or not 6 <= n_words <= 15:
                problems += 1
                print(f"FAIL {gold_path.name} {kind}: found {count}x, {n_words} words: {phrase!r}")
        numbers = [i["number"] for i in gold.get("items", [])]
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            if row["item"] not in numbers:
                problems += 1
                print(f"FAIL {gold_path.name}: item {row['item']} not in items")
        if gold["doc_type"] != "minutes" and set(gold) != {"document", "doc_type"}:
            problems += 1
            print(f"FAIL {gold_path.name}: a non-minutes gold file must give only "
                  "document and doc_type")
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("check passed" if problems == 0 else f"check FAILED: {problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
