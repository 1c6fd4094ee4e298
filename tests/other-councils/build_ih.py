#!/usr/bin/env python3
"""Build the "ih-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ih.py           build documents/ih-* and gold/ih-*.json
        build_ih.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2025, 3, 13, 10, 15, 0, tzinfo=dt.timezone.utc)

MINUTES_PDF = "ih-ferncastle-adults-health-scrutiny-panel-2025-03-06.pdf"
REPORT_DOCX = "ih-ferncastle-asc-assessment-waiting-times-report.docx"

# ---------------------------------------------------------------------------------------
# The minutes.  Each item: (number, TITLE, [blocks]); a block is ("p", text),
# ("b", bullet text), ("res", text) for the bold RESOLVED line, ("sub", bold text).
# ---------------------------------------------------------------------------------------

TITLE_LINE_1 = "MINUTES OF MEETING Adults and Health Scrutiny Panel HELD ON"
TITLE_LINE_2 = "Thursday, 6th March, 2025, 6.30 - 9.40 pm"

PRESENT = [
    ("PRESENT:", ""),
    ("", "Councillors: Anna Merrow (Chair), Kemi Adeyinka, Stelios Andreou, Liam Fairclough, "
         "Margaret Hollis and Jasmine Osei"),
    ("", "Co-opted Member: Harold Pennick (non-voting)"),
    ("ALSO ATTENDING:", "Councillor Nadia Brereton (Cabinet Member for Health, Social Care and "
     "Wellbeing), Joanne Castellan (Corporate Director of Adults, Housing and Health), Priya "
     "Ramsden (Assistant Director for Adult Social Care Operations), Dr Tobias Grene (Director "
     "of Public Health), Marcus Eltham (Chief Operating Officer, North Ferncastle University "
     "Hospital NHS Trust), Siobhan Carrick (Deputy Chief Nurse, North Ferncastle University "
     "Hospital NHS Trust), Kerry Mallinson (Director of Primary Care, North Central Thames "
     "Integrated Care Board) and Philip Heywood (Scrutiny Officer)"),
]

ITEMS = [
    ("61.", "FILMING AT MEETINGS", [
        ("p", "The Chair referred Members present to agenda Item 1 as shown on the agenda in "
              "respect of filming at this meeting, and Members noted the information contained "
              "therein."),
    ]),
    ("62.", "APOLOGIES FOR ABSENCE", [
        ("p", "Apologies for absence were received from Cllr Tom Hadley."),
        ("p", "Apologies for lateness were received from Cllr Osei."),
    ]),
    ("63.", "ITEMS OF URGENT BUSINESS", [
        ("p", "None."),
    ]),
    ("64.", "DECLARATIONS OF INTEREST", [
        ("p", "Cllr Merrow declared an interest by virtue of her membership of the Royal College "
              "of Nursing."),
        ("p", "Cllr Merrow declared an interest by virtue of her sister working as a GP in "
              "Eastbrook."),
        ("p", "Cllr Andreou declared an interest as a volunteer befriender with the Ferncastle "
              "Carers' Centre."),
    ]),
    ("65.", "DEPUTATIONS/PETITIONS/PRESENTATIONS/QUESTIONS", [
        ("p", "The Panel received a deputation from Ms Bernadette Quayle on behalf of the Northfold "
              "Patients' Action Group in relation to the re-procurement of the contract for Tannery "
              "Lane Medical Centre. Ms Quayle explained that the practice had around 11,400 "
              "registered patients, many of them living on the Northfold and Cray Fields estates, "
              "and that the current APMS contract, which had been held by the same GP partnership "
              "since 2011, would end on 30th September 2025 after the partners gave notice last "
              "summer. The group had collected just over 2,300 signatures in support of keeping "
              "the surgery open on its current site and of the contract staying with a local, "
              "GP-led organisation."),
        ("p", "Ms Quayle expressed concern that the contract could be awarded to a large private "
              "company with no connection to the area, as had happened at two practices in a "
              "neighbouring borough where patients had seen a rapid turnover of locum doctors and "
              "a move to phone-first appointments. She added that the engagement carried out by "
              "the ICB so far had consisted of an online survey which many older patients had been "
              "unable to complete. She asked the Panel to write to the ICB to request that a "
              "patient representative be included on the panel evaluating the bids."),
        ("p", "The Chair thanked Ms Quayle for the deputation. The following points arose during "
              "questions to the deputation party and to Kerry Mallinson, Director of Primary Care, "
              "North Central Thames ICB, who attended for this item:"),
        ("b", "Cllr Andreou asked whether the ICB could hand the practice to the local GP "
              "federation or to the hospital trust instead of going out to the open market. Kerry "
              "Mallinson said that the Provider Selection Regime allowed a direct award in some "
              "circumstances, but as the existing provider had given notice and there was more than "
              "one capable provider, the ICB was required to run a competitive process. The local "
              "GP federation had registered an interest and would be able to bid."),
        ("b", "Cllr Hollis asked how the quality of care would be weighed against price in the "
              "evaluation. Kerry Mallinson said that quality, continuity of care and social value "
              "together made up 80% of the score and price 20%, and that bidders would be asked to "
              "set out how they would retain the current clinical staff under TUPE."),
        ("b", "Cllr Fairclough noted that patients had reported waiting more than forty minutes "
              "to get through on the phone at 8am and requested figures on call waiting times and "
              "appointment availability at Tannery Lane over the last twelve months. (Action: "
              "Kerry Mallinson)"),
        ("b", "In response to a question from the Chair about what would happen if no suitable "
              "bidder came forward, Kerry Mallinson said that the ICB would put a caretaker "
              "arrangement in place from 1st October so that there would be no gap in services, "
              "and that dispersing the patient list to neighbouring practices would only be "
              "considered as a last resort."),
        ("b", "Harold Pennick asked whether the results of the patient survey would be made "
              "public. Kerry Mallinson confirmed that a summary of the 612 responses would be "
              "published on the ICB website before the contract was awarded, and that paper copies "
              "of the survey had since been made available at the surgery reception."),
        ("p", "The Panel agreed that the Chair would write to the ICB on behalf of the Panel "
              "requesting that a patient representative sit on the evaluation panel for the "
              "Tannery Lane Medical Centre contract. (Action: Philip Heywood)"),
    ]),
    ("66.", "MINUTES", [
        ("p", "The Panel noted the action tracker. The Chair noted that the figures requested from "
              "the ICB at the last meeting on the number of dental extractions under general "
              "anaesthetic for children in the borough had still not been received, and "
              "requested that officers chase a response before the next meeting. (Action: Philip "
              "Heywood)"),
        ("res", "RESOLVED"),
        ("p", "That the minutes of the meeting held on 16th January 2025 be approved as an accurate "
              "record."),
    ]),
    ("67.", "CABINET MEMBER QUESTIONS - HEALTH, SOCIAL CARE AND WELLBEING", [
        ("p", "Cllr Osei joined the meeting at 6.58pm."),
        ("p", "Cllr Nadia Brereton, Cabinet Member for Health, Social Care and Wellbeing, provided a "
              "verbal update on her portfolio. She highlighted the following:"),
        ("b", "The budget for 2025/26 agreed at Full Council on 3rd March included growth of "
              "£4.1m for adult social care to meet demographic pressures, alongside savings of "
              "£2.6m, most of which would come from the review of care packages and the expansion "
              "of reablement."),
        ("b", "The Care Quality Commission's assessment of the Council's adult social care "
              "functions had taken place in January, and the Council was awaiting the draft "
              "report."),
        ("b", "The joint Better Care Fund plan for 2025/26 with the ICB was due to be signed off "
              "by the Health and Wellbeing Board on 25th March."),
        ("p", "The Cabinet Member then responded to questions from the Panel, with support from "
              "Joanne Castellan, Corporate Director of Adults, Housing and Health:"),
        ("b", "Cllr Adeyinka asked about the impact of the increase in employer National Insurance "
              "contributions on home care providers. Cllr Brereton said that providers had "
              "estimated an additional cost of around £1.9m a year across the borough, and the "
              "Council had agreed an uplift of 6.2% to the hourly rate for 2025/26, which would be "
              "reviewed in the autumn once the effect on the market was clearer."),
        ("b", "Cllr Hollis asked when the outcome of the CQC assessment would be published and "
              "what the inspectors' early feedback had been. Joanne Castellan said that the "
              "on-site visit had lasted three days and included case tracking and meetings with "
              "partners and carers' groups; early feedback had been broadly positive about "
              "safeguarding and hospital discharge but had highlighted waiting times for "
              "assessments. Publication was expected in late spring."),
        ("b", "Cllr Osei expressed concern that many carers in the borough did not know they were "
              "entitled to a carer's assessment. Cllr Brereton acknowledged that the number of "
              "carers' assessments completed in 2023/24 was lower than in comparable boroughs and "
              "said that a refreshed Carers' Strategy, co-produced with the Ferncastle Carers' "
              "Centre, would be brought to Cabinet in the summer."),
        ("b", "The Chair commented that ward councillors continued to receive casework about long "
              "delays in adaptations funded through the Disabled Facilities Grant, and that some "
              "residents had been waiting over a year for a level-access shower."),
        ("b", "Cllr Fairclough asked whether the Council would bring the reablement service back "
              "in-house when the current contract ended in March 2026. Cllr Brereton said that an "
              "options appraisal was under way and would go to Cabinet in July; she did not want "
              "to pre-empt that decision but an in-house service was one of the options being "
              "considered."),
    ]),
    ("68.", "NORTH FERNCASTLE UNIVERSITY HOSPITAL - WINTER PRESSURES AND URGENT AND EMERGENCY "
            "CARE", [
        ("p", "The Panel received a presentation from Marcus Eltham, Chief Operating Officer, and "
              "Siobhan Carrick, Deputy Chief Nurse, North Ferncastle University Hospital NHS Trust, "
              "as set out in the agenda pack at pages 27-44. Mr Eltham noted that the Emergency "
              "Department had had its busiest December on record, with 14,900 attendances, and "
              "that performance against the four-hour standard had been 71.3% in January against a "
              "national target of 78% by March 2025. Ambulance handover times had improved since "
              "the opening of the new ambulance receiving area in October, although there had been "
              "a number of very long waits over the Christmas period when the hospital had declared "
              "a critical incident for two days."),
        ("p", "The following points were noted in discussion:"),
        ("b", "Cllr Hollis asked how many patients had waited more than 12 hours in the Emergency "
              "Department from decision to admit. Mr Eltham said that there had been 1,214 such "
              "waits in January, fewer than a year earlier, but he acknowledged that a large "
              "share of the longest waits were patients waiting for a mental health bed."),
        ("b", "Following on from this, Cllr Andreou expressed concern about the conditions for "
              "patients in mental health crisis who were being held overnight in corridors of the "
              "Emergency Department. Siobhan Carrick said that a mental health assessment area with "
              "six spaces had opened in November 2024, staffed jointly with Ferncastle and Enbrook "
              "Mental Health NHS Trust, and that no patient in crisis should now be cared for in a "
              "corridor; any instance would be reported as an incident."),
        ("b", "Cllr Adeyinka asked how many patients were medically fit but remained in hospital "
              "because they were waiting for care. Mr Eltham said that on an average day around 85 "
              "patients across the Trust had no criteria to reside, of whom about 20 were "
              "Ferncastle residents. Priya Ramsden added that the Council's discharge to assess "
              "beds at Oakfield Lodge had been increased from eight to twelve over the winter and "
              "that most delays for Ferncastle residents were now due to waits for a nursing home "
              "place."),
        ("b", "Cllr Fairclough requested a monthly breakdown of ambulance handovers taking longer "
              "than 60 minutes for the last year, together with the number of hours lost. "
              "(Action: Marcus Eltham)"),
        ("b", "Cllr Osei asked about nurse staffing over the winter and the Trust's use of agency "
              "nurses. Siobhan Carrick said that the registered nurse vacancy rate had fallen to "
              "7.8% and spending on agency staff was down by around a third on last year, mainly as "
              "a result of international recruitment and a more flexible internal staff bank."),
        ("b", "The Chair asked about the uptake of flu vaccination among hospital staff. Siobhan "
              "Carrick said that 41% of frontline staff had been vaccinated against flu, which was "
              "below the Trust's own target of 60%. Dr Grene added that uptake among health and "
              "care staff had fallen across London since the pandemic and that the public health "
              "team was working with the Trust on a targeted campaign for next winter."),
        ("b", "Harold Pennick commented that relatives of older patients had told Healthwatch "
              "that they were often given little notice of discharge dates and found it hard to "
              "get information from the wards."),
        ("res", "RESOLVED"),
        ("p", "That the update be noted and that a further report on ambulance handover times and "
              "mental health waits in the Emergency Department be brought to the Panel in the "
              "autumn."),
    ]),
    ("69.", "ADULT SOCIAL CARE - ASSESSMENT WAITING TIMES", [
        ("p", "The Panel received a report which provided an update on waiting times for Care Act "
              "assessments, occupational therapy assessments and annual reviews. The report was "
              "introduced by Priya Ramsden, Assistant Director for Adult Social Care Operations, as "
              "set out in the agenda pack at pages 45-62. The number of people waiting for a Care "
              "Act assessment had fallen from 612 in April 2024 to 398 at the end of January 2025 "
              "and the median wait had reduced from 51 to 34 days. Waits for occupational therapy "
              "assessments remained the main pressure, with 140 people waiting more than six "
              "months."),
        ("p", "The following points were noted in discussion:"),
        ("b", "Cllr Hollis asked what was being done for the 140 residents who had waited more than "
              "six months for an occupational therapy assessment. Priya Ramsden said that everyone "
              "waiting was risk-rated when they first made contact and was called every eight "
              "weeks, and that two additional occupational therapists had been recruited on "
              "fixed-term contracts funded from the Market Sustainability and Improvement Fund."),
        ("b", "Cllr Andreou asked why the number of overdue annual reviews had increased since the "
              "last report. Priya Ramsden explained that social workers had been moved onto new "
              "assessments and hospital discharges over the winter, and that a dedicated reviewing "
              "team of four would be in place from April."),
        ("b", "Cllr Adeyinka expressed concern that the Council had commissioned a private "
              "company to carry out 250 assessments to reduce the backlog, and asked what this had "
              "cost and how the quality of the work was checked. Joanne Castellan said that the "
              "contract was worth £186,000, that it had been awarded through a national framework, "
              "and that every assessment completed by the company was quality-assured by a Council "
              "social worker before a package of care was agreed."),
        ("b", "Cllr Osei asked whether residents were kept informed while they waited. Priya "
              "Ramsden said that everyone on the waiting list now received a 'waiting well' letter "
              "with a named contact, and that the letter had been rewritten following feedback "
              "from Healthwatch Ferncastle and the Council's Experts by Experience group."),
        ("b", "The Chair requested that future reports break down waiting times by ethnicity and "
              "by ward so that the Panel could see whether any groups of residents were waiting "
              "longer than others. (Action: Priya Ramsden)"),
        ("res", "RESOLVED"),
        ("p", "1. That the report be noted; and"),
        ("p", "2. That the Panel recommends to the Cabinet Member for Health, Social Care and "
              "Wellbeing that waiting times for occupational therapy assessments be published "
              "quarterly as part of the Council's performance scorecard."),
    ]),
    ("70.", "WORK PROGRAMME UPDATE", [
        ("p", "Philip Heywood, Scrutiny Officer, introduced the report which set out the Panel's "
              "work programme for the remainder of 2024/25 and a list of possible topics for "
              "2025/26, as set out in the agenda pack at pages 63-74."),
        ("p", "Cllr Andreou requested that the Panel look at the Council's suicide prevention "
              "action plan early in the new municipal year, given the recent rise in suspected "
              "suicides among young men in the borough. Philip Heywood said that this could be "
              "scheduled for the July meeting, subject to agreement by the Overview and Scrutiny "
              "Committee."),
        ("res", "RESOLVED"),
        ("p", "That the work programme be noted."),
    ]),
    ("71.", "NEW ITEMS OF URGENT BUSINESS", [
        ("p", "None."),
    ]),
    ("72.", "DATES OF FUTURE MEETINGS", [
        ("p", "The Panel noted that dates for meetings in the 2025/26 municipal year would be "
              "circulated following the Annual Council meeting on 19th May 2025."),
    ]),
]


class MinutesPDF:
    """Lays the minutes out as the council's Word template prints them: A4, Arial-like
    11pt, minute numbers in a narrow left column, body in a wider right column, page
    numbers centred in the footer."""

    def __init__(self):
        from fpdf import FPDF

        class _P(FPDF):
            def footer(self):
                self.set_y(-15)
                self.set_font("sans", "", 9)
                self.cell(0, 6, f"Page {self.page_no()}", align="C")

        pdf = _P(format="A4")
        pdf.set_creation_date(FIXED)
        pdf.set_title("Minutes - Adults and Health Scrutiny Panel - 6 March 2025")
        pdf.set_author("Ferncastle Democratic Services")
        pdf.set_creator("Microsoft Word")
        pdf.add_font("sans", "", str(FONTS / "DejaVuSans.ttf"))
        pdf.add_font("sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        pdf.set_margins(20, 18, 20)
        pdf.set_auto_page_break(True, margin=22)
        self.pdf = pdf
        self.num_x = 20
        self.body_x = 36
        self.bullet_x = 42

    def logo(self):
        pdf = self.pdf
        # A drawn stand-in for the council's logo (an image in the real PDFs): no text.
        pdf.set_fill_color(0, 90, 60)
        pdf.ellipse(160, 10, 12, 12, style="F")
        pdf.set_fill_color(120, 190, 70)
        pdf.rect(174, 12, 16, 8, style="F")

    def para(self, text, x, bold=False, gap=2.5, size=10.5):
        pdf = self.pdf
        pdf.set_font("sans", "B" if bold else "", size)
        pdf.set_left_margin(x)
        pdf.set_x(x)
        pdf.multi_cell(0, 5.2, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)
        pdf.set_left_margin(20)

    def bullet(self, text):
        pdf = self.pdf
        pdf.set_font("sans", "", 10.5)
        if pdf.will_page_break(5.2):
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_xy(self.body_x + 1, y)
        pdf.cell(5, 5.2, "\u2022")
        pdf.set_left_margin(self.bullet_x)
        pdf.set_xy(self.bullet_x, y)
        pdf.multi_cell(0, 5.2, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.set_left_margin(20)

    def build(self, path: Path):
        pdf = self.pdf
        pdf.add_page()
        self.logo()
        pdf.set_y(30)
        pdf.set_font("sans", "B", 12)
        pdf.cell(0, 6, TITLE_LINE_1, new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 6, TITLE_LINE_2, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
        for label, text in PRESENT:
            y = pdf.get_y()
            if label:
                pdf.set_font("sans", "B", 10.5)
                pdf.set_xy(20, y)
                pdf.cell(40, 5.2, label)
            if text:
                pdf.set_font("sans", "", 10.5)
                pdf.set_left_margin(60)
                pdf.set_xy(60, y)
                pdf.multi_cell(0, 5.2, text, align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.set_left_margin(20)
            else:
                pdf.ln(5.2)
            pdf.ln(3)
        pdf.ln(4)
        for number, title, blocks in ITEMS:
            if pdf.will_page_break(20):
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_font("sans", "B", 10.5)
            pdf.set_xy(self.num_x, y)
            pdf.cell(14, 5.2, number)
            self.para(title, self.body_x, bold=True, gap=2.5)
            for kind, text in blocks:
                if kind == "b":
                    self.bullet(text)
                elif kind == "res":
                    self.para(text, self.body_x, bold=True, gap=1.5)
                else:
                    self.para(text, self.body_x)
            pdf.ln(3)
        pdf.ln(6)
        if pdf.will_page_break(40):
            pdf.add_page()
        self.para("CHAIR: Councillor Anna Merrow", 20, bold=True, gap=6)
        self.para("Signed by Chair \u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026"
                  "\u2026\u2026\u2026\u2026\u2026", 20, gap=6)
        self.para("Date \u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026"
                  "\u2026\u2026\u2026\u2026\u2026\u2026", 20, gap=6)
        pdf.output(str(path))
        return pdf.page_no()


# ---------------------------------------------------------------------------------------
# The report (not minutes): the council's committee report template in Word.
# ---------------------------------------------------------------------------------------

REPORT_HEADER = [
    ("Report for:", "Adults and Health Scrutiny Panel \u2013 6 March 2025"),
    ("Item number:", "9"),
    ("Title:", "Adult Social Care \u2013 Assessment Waiting Times"),
    ("Report authorised by:", "Joanne Castellan, Corporate Director of Adults, Housing and "
                              "Health"),
    ("Lead Officer:", "Priya Ramsden, Assistant Director for Adult Social Care Operations\n"
                      "Tel: 020 7946 0381\nEmail: priya.ramsden@ferncastle.gov.uk"),
    ("Ward(s) affected:", "All"),
    ("Report for Key/\nNon Key Decision:", "Not applicable \u2013 for information and "
                                           "scrutiny"),
]

REPORT_BODY = [
    ("h", "1. Describe the issue under consideration"),
    ("p", "1.1 This report updates the Panel on waiting times for Care Act assessments, "
          "occupational therapy (OT) assessments and annual reviews of care and support plans, "
          "following the Panel's request at its meeting on 16 January 2025."),
    ("p", "1.2 It sets out the current position, the actions taken since the Panel last "
          "considered this matter and the risks that remain, and answers the specific questions "
          "the Panel asked."),
    ("h", "2. Cabinet Member Introduction"),
    ("p", "2.1 Not applicable."),
    ("h", "3. Recommendations"),
    ("p", "3.1 The Panel is asked to note the report and the progress made in reducing waiting "
          "times for Care Act assessments."),
    ("p", "3.2 The Panel is asked to consider whether it wishes to make any recommendations to "
          "the Cabinet Member for Health, Social Care and Wellbeing on the publication of waiting "
          "times information."),
    ("h", "4. Reasons for decision"),
    ("p", "4.1 Not applicable. This report is for information and scrutiny; no decision is "
          "required of the Panel."),
    ("h", "5. Alternative options considered"),
    ("p", "5.1 Not applicable."),
    ("h", "6. Background information"),
    ("p", "6.1 At the end of January 2025, 398 people were waiting for a Care Act assessment, "
          "down from 612 in April 2024. The median wait has fallen from 51 days to 34 days. The "
          "table below shows the position by type of assessment."),
    ("table", [
        ("Type of assessment", "Waiting Apr 2024", "Waiting Jan 2025", "Waiting over 6 months"),
        ("Care Act assessment", "612", "398", "22"),
        ("Occupational therapy", "455", "371", "140"),
        ("Carer's assessment", "96", "74", "9"),
        ("Annual review (overdue)", "1,020", "1,148", "\u2013"),
    ]),
    ("p", "6.2 Everyone waiting is risk-rated at first contact using the service's prioritisation "
          "tool. People rated high priority are allocated within five working days. People "
          "rated medium or low priority receive a \u2018waiting well\u2019 letter and are "
          "contacted every eight weeks to check whether their circumstances have changed."),
    ("p", "6.3 Between October 2024 and January 2025, 250 assessments were carried out by an "
          "external provider commissioned through a national framework at a cost of \u00a3186,000. "
          "All assessments completed by the provider were quality-assured by a Council social "
          "worker before any package of care was agreed."),
    ("p", "6.4 Questions raised by the Panel on 16 January 2025"),
    ("p", "Q1. How many people waiting for an OT assessment have had a fall while waiting?"),
    ("p", "Response: Eleven people on the OT waiting list were recorded as having had a fall "
          "between April 2024 and January 2025. Each case was reviewed by a senior practitioner "
          "and in all eleven cases the person was reprioritised and assessed within ten days."),
    ("p", "Q2. Can the service use the voluntary sector to help people while they wait?"),
    ("p", "Response: The service has agreed with Ferncastle Age Concern and the Ferncastle "
          "Carers\u2019 Centre that people on the waiting list may be referred for welfare "
          "calls and minor equipment. This started in February 2025."),
    ("p", "Q3. Why have overdue annual reviews increased?"),
    ("p", "Response: Reviewing capacity was redirected to new assessments and hospital discharge "
          "over the winter. A dedicated reviewing team of four will be in place from April 2025."),
    ("h", "7. Contribution to strategic outcomes"),
    ("p", "7.1 This report supports the Borough Plan outcome that residents are supported to "
          "live independently and safely at home for as long as possible."),
    ("h", "8. Carbon and Climate Change"),
    ("p", "8.1 There are no direct implications arising from this report."),
    ("h", "9. Statutory Officers comments (Director of Finance (including procurement), Head of "
          "Legal and Governance, Equalities)"),
    ("p", "Finance"),
    ("p", "9.1 The additional OT posts are funded on a fixed-term basis from the Market "
          "Sustainability and Improvement Fund for 2024/25 and 2025/26. There are no further "
          "financial implications arising from this report."),
    ("p", "Procurement"),
    ("p", "9.2 The external assessment provider was appointed by call-off from a compliant "
          "national framework in accordance with the Council\u2019s Contract Standing Orders."),
    ("p", "Head of Legal and Governance"),
    ("p", "9.3 The Council has a duty under section 9 of the Care Act 2014 to carry out a needs "
          "assessment where it appears that an adult may have needs for care and support. There "
          "are no legal implications arising from noting this report."),
    ("p", "Equality"),
    ("p", "9.4 The Council is required to have due regard to the need to eliminate "
          "discrimination, advance equality of opportunity and foster good relations. Work is "
          "under way to report waiting times by protected characteristic."),
    ("h", "10. Use of Appendices"),
    ("p", "10.1 None."),
    ("h", "11. Local Government (Access to Information) Act 1985"),
    ("p", "11.1 Not applicable."),
]


def build_report(path: Path):
    from docx import Document
    from docx.shared import Pt, Cm

    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.author = "Priya Ramsden"
    cp.last_modified_by = "Philip Heywood"
    cp.title = "Adult Social Care - Assessment Waiting Times"
    cp.revision = 3
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Cm(2.2)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in REPORT_HEADER:
        row = t.add_row().cells
        row[0].text = ""
        r = row[0].paragraphs[0].add_run(label)
        r.bold = True
        row[1].text = value
    doc.add_paragraph("")
    for kind, content in REPORT_BODY:
        if kind == "h":
            p = doc.add_paragraph()
            r = p.add_run(content)
            r.bold = True
        elif kind == "table":
            tbl = doc.add_table(rows=0, cols=len(content[0]))
            tbl.style = "Table Grid"
            for i, cells in enumerate(content):
                row = tbl.add_row().cells
                for c, v in zip(row, cells):
                    c.text = ""
                    run = c.paragraphs[0].add_run(v)
                    run.bold = i == 0
            doc.add_paragraph("")
        else:
            doc.add_paragraph(content)
    # python-docx stamps its zip entries with the time of saving: rewrite them with FIXED.
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(entry, zin.read(info.filename))


# ---------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_PDF,
    "doc_type": "minutes",
    "committee": "Adults and Health Scrutiny Panel",
    "meeting_date": "2025-03-06",
    "items": [{"number": n.rstrip("."), "title": t} for n, t, _ in ITEMS],
    "questions": [
        # 65 Deputation
        q("65", "concern",
          "expressed concern that the contract could be awarded to a large private company",
          "Ms Quayle", None, None,
          ["privatisation", "subcontracting", "primary-care", "workforce",
           "patient-and-public-input"]),
        q("65", "request",
          "asked the Panel to write to the ICB to request that a patient representative",
          "Ms Quayle", None, None,
          ["patient-and-public-input", "subcontracting", "primary-care"]),
        q("65", "question",
          "asked whether the ICB could hand the practice to the local GP federation",
          "Cllr Andreou",
          "the Provider Selection Regime allowed a direct award in some circumstances",
          "Kerry Mallinson",
          ["privatisation", "subcontracting", "primary-care"]),
        q("65", "question",
          "asked how the quality of care would be weighed against price in the evaluation",
          "Cllr Hollis",
          "together made up 80% of the score and price 20%",
          "Kerry Mallinson",
          ["subcontracting", "primary-care", "workforce"]),
        q("65", "request",
          "requested figures on call waiting times and appointment availability at Tannery Lane",
          "Cllr Fairclough", None, None,
          ["primary-care"]),
        q("65", "question",
          "a question from the Chair about what would happen if no suitable bidder",
          "The Chair",
          "the ICB would put a caretaker arrangement in place from 1st October",
          "Kerry Mallinson",
          ["subcontracting", "primary-care"]),
        q("65", "question",
          "asked whether the results of the patient survey would be made public",
          "Harold Pennick",
          "a summary of the 612 responses would be published on the ICB website",
          "Kerry Mallinson",
          ["patient-and-public-input", "primary-care"]),
        # 66 Minutes
        q("66", "request",
          "requested that officers chase a response before the next meeting",
          "The Chair", None, None,
          ["primary-care", "children-and-families"]),
        # 67 Cabinet Member Questions
        q("67", "question",
          "asked about the impact of the increase in employer National Insurance contributions",
          "Cllr Adeyinka",
          "providers had estimated an additional cost of around £1.9m a year",
          "Cllr Brereton",
          ["finance", "workforce", "adult-social-care"]),
        q("67", "question",
          "asked when the outcome of the CQC assessment would be published",
          "Cllr Hollis",
          "the on-site visit had lasted three days and included case tracking",
          "Joanne Castellan",
          ["governance", "adult-social-care"]),
        q("67", "concern",
          "expressed concern that many carers in the borough did not know they were entitled",
          "Cllr Osei",
          "acknowledged that the number of carers' assessments completed in 2023/24 was lower",
          "Cllr Brereton",
          ["adult-social-care", "patient-and-public-input"]),
        q("67", "comment",
          "ward councillors continued to receive casework about long delays in adaptations",
          "The Chair", None, None,
          ["housing", "adult-social-care"]),
        q("67", "question",
          "asked whether the Council would bring the reablement service back in-house",
          "Cllr Fairclough",
          "an options appraisal was under way and would go to Cabinet in July",
          "Cllr Brereton",
          ["privatisation", "subcontracting", "adult-social-care"]),
        # 68 Hospital winter pressures
        q("68", "question",
          "asked how many patients had waited more than 12 hours in the Emergency Department",
          "Cllr Hollis",
          "there had been 1,214 such waits in January, fewer than a year earlier",
          "Mr Eltham",
          ["mental-health"]),
        q("68", "concern",
          "expressed concern about the conditions for patients in mental health crisis",
          "Cllr Andreou",
          "a mental health assessment area with six spaces had opened in November 2024",
          "Siobhan Carrick",
          ["mental-health"]),
        q("68", "question",
          "asked how many patients were medically fit but remained in hospital",
          "Cllr Adeyinka",
          "on an average day around 85 patients across the Trust had no criteria to reside",
          "Mr Eltham",
          ["adult-social-care", "integration"]),
        q("68", "request",
          "requested a monthly breakdown of ambulance handovers taking longer than 60 minutes",
          "Cllr Fairclough", None, None,
          []),
        q("68", "question",
          "asked about nurse staffing over the winter and the Trust's use of agency nurses",
          "Cllr Osei",
          "the registered nurse vacancy rate had fallen to 7.8%",
          "Siobhan Carrick",
          ["workforce", "finance"]),
        q("68", "question",
          "asked about the uptake of flu vaccination among hospital staff",
          "The Chair",
          "41% of frontline staff had been vaccinated against flu",
          "Siobhan Carrick",
          ["public-health", "workforce"]),
        q("68", "comment",
          "relatives of older patients had told Healthwatch that they were often given little notice",
          "Harold Pennick", None, None,
          ["adult-social-care", "patient-and-public-input"]),
        # 69 ASC waiting times
        q("69", "question",
          "asked what was being done for the 140 residents who had waited",
          "Cllr Hollis",
          "everyone waiting was risk-rated when they first made contact and was called",
          "Priya Ramsden",
          ["adult-social-care", "workforce", "finance"]),
        q("69", "question",
          "asked why the number of overdue annual reviews had increased since the last report",
          "Cllr Andreou",
          "social workers had been moved onto new assessments and hospital discharges",
          "Priya Ramsden",
          ["adult-social-care", "workforce"]),
        q("69", "concern",
          "expressed concern that the Council had commissioned a private company to carry out",
          "Cllr Adeyinka",
          "the contract was worth £186,000, that it had been awarded through a national framework",
          "Joanne Castellan",
          ["privatisation", "subcontracting", "finance", "adult-social-care"]),
        q("69", "question",
          "asked whether residents were kept informed while they waited",
          "Cllr Osei",
          "everyone on the waiting list now received a 'waiting well' letter",
          "Priya Ramsden",
          ["adult-social-care", "patient-and-public-input"]),
        q("69", "request",
          "requested that future reports break down waiting times by ethnicity and by ward",
          "The Chair", None, None,
          ["adult-social-care"]),
        # 70 Work programme
        q("70", "request",
          "requested that the Panel look at the Council's suicide prevention action plan",
          "Cllr Andreou",
          "this could be scheduled for the July meeting, subject to agreement",
          "Philip Heywood",
          ["mental-health"]),
    ],
    "resolutions": [
        r("61", "Members noted the information contained therein", "noted", []),
        r("65", "agreed that the Chair would write to the ICB on behalf of the Panel",
          "agreed", ["patient-and-public-input", "subcontracting", "primary-care"]),
        r("66", "That the minutes of the meeting held on 16th January 2025 be approved",
          "agreed", []),
        r("68", "a further report on ambulance handover times and mental health waits",
          "agreed", ["mental-health"]),
        r("69", "That the Panel recommends to the Cabinet Member for Health, Social Care and "
                "Wellbeing", "recommended", ["adult-social-care"]),
        r("70", "That the work programme be noted", "noted", []),
        r("72", "The Panel noted that dates for meetings in the 2025/26 municipal year",
          "noted", []),
    ],
    "attendees": [
        {"name": "Anna Merrow", "role": "Chair", "attendance": "present"},
        {"name": "Kemi Adeyinka", "role": None, "attendance": "present"},
        {"name": "Stelios Andreou", "role": None, "attendance": "present"},
        {"name": "Liam Fairclough", "role": None, "attendance": "present"},
        {"name": "Margaret Hollis", "role": None, "attendance": "present"},
        {"name": "Jasmine Osei", "role": None, "attendance": "present"},
        {"name": "Harold Pennick", "role": "Co-opted Member", "attendance": "present"},
        {"name": "Councillor Nadia Brereton",
         "role": "Cabinet Member for Health, Social Care and Wellbeing",
         "attendance": "in_attendance"},
        {"name": "Joanne Castellan", "role": "Corporate Director of Adults, Housing and Health",
         "attendance": "in_attendance"},
        {"name": "Priya Ramsden", "role": "Assistant Director for Adult Social Care Operations",
         "attendance": "in_attendance"},
        {"name": "Dr Tobias Grene", "role": "Director of Public Health",
         "attendance": "in_attendance"},
        {"name": "Marcus Eltham",
         "role": "Chief Operating Officer, North Ferncastle University Hospital NHS Trust",
         "attendance": "in_attendance"},
        {"name": "Siobhan Carrick",
         "role": "Deputy Chief Nurse, North Ferncastle University Hospital NHS Trust",
         "attendance": "in_attendance"},
        {"name": "Kerry Mallinson",
         "role": "Director of Primary Care, North Central Thames Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Philip Heywood", "role": "Scrutiny Officer", "attendance": "in_attendance"},
        {"name": "Cllr Tom Hadley", "role": None, "attendance": "apologies"},
    ],
}

REPORT_GOLD = {"document": REPORT_DOCX, "doc_type": "report"}


# ---------------------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------------------

def _norm(s: str, joiner: str) -> str:
    s = s.lower()
    s = "".join(joiner if unicodedata.category(ch).startswith("P") else ch for ch in s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
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
    bad = 0
    for gold_path in sorted(GOLD.glob("ih-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        text = doc_text(doc)
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n_words = len(ph.split())
            for joiner in ("", " "):
                t = _norm(text, joiner)
                p = _norm(ph, joiner)
                count = len(re.findall(r"(?<!\w)" + re.escape(p) + r"(?!\w)", t))
                if count != 1:
                    bad += 1
                    print(f"FAIL {doc.name}: {kind} found {count}x (joiner={joiner!r}): {ph}")
            if not 6 <= n_words <= 15:
                bad += 1
                print(f"FAIL {doc.name}: {kind} has {n_words} words: {ph}")
        print(f"{doc.name}: {len(phrases)} phrases checked")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


def main() -> int:
    if "--check" in sys.argv[1:]:
        return check()
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    pages = MinutesPDF().build(DOCS / MINUTES_PDF)
    build_report(DOCS / REPORT_DOCX)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        out = GOLD / (Path(gold["document"]).stem + ".json")
        out.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {MINUTES_PDF} ({pages} pages), {REPORT_DOCX} and their gold files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
