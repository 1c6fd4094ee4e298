#!/usr/bin/env python3
"""Build the "oc-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_oc.py           build documents/oc-* and gold/oc-*.json
        build_oc.py --check   verify every gold phrase occurs once in its document
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
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2025, 2, 6, 9, 30, 0, tzinfo=dt.timezone.utc)

MINUTES_PDF = "oc-roding-vale-overview-scrutiny-2025-02-04.pdf"
REPORT_DOCX = "oc-roding-vale-cabinet-report-temporary-accommodation.docx"

COMMITTEE = "Overview and Scrutiny Committee"
DATE_LONG = "Tuesday, 4 February 2025"

# --------------------------------------------------------------------------------------
# The minutes
# --------------------------------------------------------------------------------------

HEAD_ROWS = [
    ("Members Present:",
     "M Aldous (Chairman), K Brightwell (Vice-Chairman), P Chana, D Ferrier, L Gannon, "
     "S Hollis, J Ibbotson, R Kavanagh, A Lister, T Okonjo, H Quayle and B Stroud"),
    ("Other Councillors:", "N Avis, R Baxendale and G Pemberton"),
    ("Apologies:", "C Northey and F Weir"),
    ("Officers Present:",
     "R Dunmore (Chief Executive), L Fairweather (Service Director (Housing and Property)), "
     "J Okafor (Housing Options Manager), A Whitlock (Service Director (Community and "
     "Wellbeing)), V Kemble (Democratic Services Manager), M Grady (Senior Scrutiny Officer) "
     "and C Hendricks (Democratic and Electoral Services Officer)"),
    ("Officers Present (Virtually):",
     "P Lyle (Leisure Contracts Manager) and S Ahmed (Accountancy Manager)"),
    ("Also in attendance:",
     "Chief Inspector D Harcourt (District Commander, Trinoshire Police), K Oduya (Associate "
     "Director of Primary Care, West Trinoshire Health and Care Partnership), Dr F Leventis "
     "(Clinical Director, Thaxhurst and Rodings Primary Care Network) and R Castell (General "
     "Manager, Verdant Leisure)"),
]

# Each item: (number, title, blocks). A block is ("p", text), ("bullet", text),
# ("resolved", [clauses]) where a single clause is printed without a number.
ITEMS = [
    ("52", "WEBCASTING INTRODUCTION", [
        ("p", "The Chairman made a short address to remind everyone present that the meeting "
              "would be broadcast live to the internet, and would be capable of repeated "
              "viewing, which could infringe their human and data protection rights."),
    ]),
    ("53", "SUBSTITUTE MEMBERS", [
        ("p", "The Committee noted that Councillor T Okonjo was substituting for Councillor "
              "C Northey."),
    ]),
    ("54", "DECLARATIONS OF INTEREST", [
        ("p", "(a) Pursuant to the Council\u2019s Members\u2019 Code of Conduct, Councillor "
              "D Ferrier declared a non-pecuniary interest in the following item of the agenda "
              "by virtue of being a member of the Friends of Thaxhurst Pool. The Councillor had "
              "determined that her interest was non-pecuniary and indicated that she would "
              "remain in the meeting for the consideration of the item:"),
        ("bullet", "Item 9 \u2013 Leisure Management Contract \u2013 Annual Review 2023/24."),
        ("p", "(b) There were no other declarations of interest."),
    ]),
    ("55", "MINUTES", [
        ("resolved", ["That the minutes of the meeting of the Committee held on 10 December "
                      "2024 be taken as read and signed by the Chairman as a correct record."]),
    ]),
    ("56", "EXECUTIVE DECISIONS - CALL-IN", [
        ("p", "There had been no call-ins of executive decisions since the last meeting of "
              "the Committee."),
    ]),
    ("57", "TRINOSHIRE POLICE - DISTRICT COMMANDER\u2019S UPDATE", [
        ("p", "The Chairman welcomed Chief Inspector D Harcourt, District Commander for Roding "
              "Vale and Harlowby, to the meeting. The District Commander gave a presentation "
              "on policing in the district over the previous twelve months. Overall crime in "
              "the district had fallen by 4.2 per cent compared with the previous year, "
              "although shoplifting had risen by 18 per cent, mainly in the Thaxhurst, "
              "Loughbury and Nazemere town centres. Residential burglary had fallen for the "
              "third year running and the district now had the second lowest rate of burglary "
              "in the county. The force had recruited to its full establishment of officers, "
              "and the district had a Community Policing Team of one sergeant, six constables "
              "and eight Police Community Support Officers (PCSOs), with a further two PCSO "
              "posts to be filled by April 2025."),
        ("p", "Councillor S Hollis asked how many of the eight PCSOs were actually deployed in "
              "the district on a typical day, as residents in the rural parishes rarely saw "
              "them. The District Commander replied that PCSOs were ring-fenced to "
              "neighbourhood duties and were not abstracted to response work, but that "
              "training, leave and court attendance meant that typically five would be on duty "
              "across the district on any one day."),
        ("p", "Councillor J Ibbotson expressed concern about the rise in shoplifting and the "
              "effect on small independent traders in Loughbury High Street, some of whom had "
              "stopped reporting offences because they did not expect a response. The District "
              "Commander acknowledged this and urged all businesses to report every offence, "
              "as reporting data determined where patrols were directed. The force had also "
              "joined the Business Crime Partnership run with the Council\u2019s Community "
              "Safety Team and had appointed a dedicated business crime officer for the "
              "district."),
        ("p", "Councillor R Kavanagh referred to anti-social behaviour by young people around "
              "the Rodingford skate park and asked what diversionary work was being done with "
              "schools and youth services. The District Commander explained that the Schools "
              "Liaison Officer had visited all five secondary schools in the district during "
              "the autumn term, and that the Council and the police had jointly funded a youth "
              "outreach worker through the Safer Roding Vale Partnership until March 2026."),
        ("p", "Councillor B Stroud asked whether the police would support the use of Public "
              "Spaces Protection Orders in Thaxhurst town centre. The Service Director "
              "(Community and Wellbeing) advised that a report on a possible Public Spaces "
              "Protection Order would be brought to the Cabinet in the summer following public "
              "consultation, and that the police had been closely involved in gathering the "
              "evidence."),
        ("p", "Councillor A Lister questioned whether the closure of the front counter at "
              "Thaxhurst Police Station had affected public confidence in the police, "
              "particularly among older residents who did not use online reporting."),
        ("p", "Councillor L Gannon requested that the District Commander provide ward-level "
              "crime figures to members on a quarterly basis. The District Commander agreed to "
              "provide these through the Council\u2019s Community Safety Team."),
        ("p", "The Chairman thanked the District Commander for his presentation and for "
              "answering members\u2019 questions."),
        ("resolved", ["That the Committee noted the presentation from the District Commander "
                      "and that quarterly ward-level crime figures be circulated to all "
                      "members."]),
    ]),
    ("58", "ACCESS TO PRIMARY CARE IN RODING VALE", [
        ("p", "The Committee received a presentation from K Oduya, Associate Director of "
              "Primary Care for the West Trinoshire Health and Care Partnership, and Dr F "
              "Leventis, Clinical Director of the Thaxhurst and Rodings Primary Care Network "
              "(PCN), on access to general practice in the district. The item had been "
              "requested by the Committee at its meeting in September 2024 following concerns "
              "raised by residents about the difficulty of obtaining appointments."),
        ("p", "The Associate Director advised that the 14 GP practices in the district had "
              "delivered 412,000 appointments in 2024, an increase of 6 per cent on 2023, and "
              "that 71 per cent of appointments were now face to face. All practices had moved "
              "to a cloud-based telephone system that offered a call-back, and an online "
              "consultation tool was available at every practice. The PCN had recruited 23 "
              "staff under the Additional Roles Reimbursement Scheme, including clinical "
              "pharmacists, first contact physiotherapists, mental health practitioners and "
              "care co-ordinators. Dr Leventis explained that the number of GP partners in the "
              "district had fallen, and that practices were relying on salaried GPs and locums "
              "to cover the gap."),
        ("p", "Councillor K Brightwell asked why residents in Nazemere still reported waiting "
              "more than three weeks for a routine appointment when the figures suggested that "
              "access had improved. Dr Leventis explained that the average masked considerable "
              "variation between practices, and that two practices in the north of the "
              "district had lost GPs during 2024. A practice resilience programme was in place "
              "for both, and a locum GP had been secured for Nazemere Surgery until the "
              "summer."),
        ("p", "Councillor P Chana expressed concern that the 1,850 new homes allocated in the "
              "Local Plan at North Thaxhurst would place further pressure on practices that "
              "were already full, and asked whether the developer contributions secured for "
              "health facilities would actually be spent. The Associate Director confirmed "
              "that Section 106 contributions of \u00a31.9 million had been secured towards a "
              "new health hub at North Thaxhurst, and that the Partnership was working with the "
              "Council\u2019s planning team on a business case to be submitted to NHS England "
              "later in the year."),
        ("p", "Councillor H Quayle asked about the closure of the pharmacy in Rodingford in "
              "November and what provision there was for residents without a car. The "
              "Associate Director replied that the closure had been assessed against the "
              "pharmaceutical needs assessment, which had found that there was adequate "
              "provision within two miles; however, she would raise the concerns about public "
              "transport with the Trinoshire Health and Wellbeing Board."),
        ("p", "Councillor D Ferrier commented that the online consultation tool was difficult "
              "for older residents to use and that many felt they were being steered away from "
              "seeing a doctor. Dr Leventis accepted that digital access did not suit everyone "
              "and assured the Committee that telephone and walk-in routes remained open at all "
              "practices; care co-ordinators were also helping older patients to register for "
              "the NHS App."),
        ("p", "Councillor S Hollis asked whether the Partnership had surveyed patients about "
              "their experience of the new telephone systems. The Associate Director advised "
              "that the results of the national GP Patient Survey would be published in July, "
              "and that practice Patient Participation Groups had also been asked for "
              "feedback."),
        ("p", "Concerns were expressed about the lack of NHS dentists accepting new adult "
              "patients in the district. The Associate Director advised that the commissioning "
              "of dental services had transferred to the integrated care board in 2023 and that "
              "additional urgent dental sessions had been commissioned at two practices in "
              "Loughbury, but she acknowledged that access to routine NHS dentistry remained "
              "very limited."),
        ("p", "Councillor J Ibbotson requested that the Partnership return to the Committee in "
              "twelve months with an update on the North Thaxhurst health hub and on waiting "
              "times at individual practices."),
        ("p", "The Chairman thanked K Oduya and Dr Leventis for attending the meeting."),
        ("resolved", [
            "That the Committee noted the presentation on access to primary care in the "
            "district; and",
            "That the West Trinoshire Health and Care Partnership be invited to provide a "
            "further update to the Committee in February 2026, including progress on the North "
            "Thaxhurst health hub and waiting times for routine appointments at each "
            "practice.",
        ]),
    ]),
    ("59", "HOMELESSNESS AND TEMPORARY ACCOMMODATION - PRE-SCRUTINY OF CABINET REPORT", [
        ("p", "The Housing and Community Services Portfolio Holder, Councillor N Avis, "
              "introduced the report, which would be considered by the Cabinet at its meeting "
              "on 17 February 2025. The number of households in temporary accommodation had "
              "risen from 96 in April 2023 to 171 in December 2024, of which 38 were in bed and "
              "breakfast accommodation outside the district. The net cost to the General Fund "
              "of temporary accommodation was forecast to be \u00a32.35 million in 2024/25, "
              "against a budget of \u00a31.4 million. The report proposed that the Council "
              "purchase up to 40 properties over two years for use as temporary accommodation, "
              "funded by prudential borrowing of up to \u00a312 million, and that the Council "
              "enter into a lease with a registered provider for a further 20 units."),
        ("p", "The Housing Options Manager explained that most households approaching the "
              "Council as homeless had been served with a no-fault eviction notice by a private "
              "landlord, and that the loss of private rented homes in the district was the main "
              "cause of the rise."),
        ("p", "Councillor A Lister asked how the cost of purchasing properties compared with "
              "the current cost of bed and breakfast. The Accountancy Manager advised that the "
              "average nightly cost of bed and breakfast was \u00a378 per household, of which "
              "only a small part could be recovered through housing benefit, whereas the "
              "modelling in the report showed a net saving of around \u00a39,000 per property "
              "per year once the borrowing costs had been met."),
        ("p", "Councillor P Chana sought clarification on whether the properties would be "
              "bought within the district, as families placed outside Roding Vale had to "
              "travel long distances to schools and work. The Service Director (Housing and "
              "Property) confirmed that the strategy was to buy within the district wherever "
              "possible, but that prices in the south of the district might mean that some "
              "purchases were made in neighbouring towns."),
        ("p", "Councillor L Gannon expressed concern at the risk to the Council if property "
              "values fell or interest rates rose during the two-year programme. The "
              "Accountancy Manager advised that the business case had been tested against an "
              "interest rate of 6 per cent, and that each purchase would require a positive net "
              "present value before it was approved under delegated authority."),
        ("p", "Councillor R Kavanagh asked why the Council was proposing to lease units from a "
              "registered provider rather than keep all of the accommodation in council "
              "ownership. The Service Director (Housing and Property) explained that leasing "
              "allowed units to be brought into use quickly, and that the registered provider "
              "would be responsible for repairs and management under the contract."),
        ("p", "Councillor T Okonjo commented that the condition of some bed and breakfast "
              "accommodation used by the Council was poor, with reports of damp and mould, and "
              "asked how often it was inspected. The Housing Options Manager said that all "
              "placements were inspected before use and at least every six months, and that "
              "two providers had been removed from the Council\u2019s list during 2024."),
        ("p", "Councillor D Ferrier commented that the Council should press the Government for "
              "a higher local housing allowance rate, which had not kept pace with local rents."),
        ("p", "The Chairman proposed, and Councillor K Brightwell seconded, that the Committee "
              "support the recommendations of the report, with an additional recommendation "
              "that the Cabinet receive a six-monthly report on the number and cost of "
              "properties purchased."),
        ("resolved", [
            "That the Committee supported the recommendations set out in the report to the "
            "Cabinet on the purchase and leasing of temporary accommodation; and",
            "That the Committee recommended to the Cabinet that a six-monthly report on the "
            "number, location and cost of properties purchased be submitted to the Cabinet and "
            "to the Overview and Scrutiny Committee.",
        ]),
    ]),
    ("60", "LEISURE MANAGEMENT CONTRACT - ANNUAL REVIEW 2023/24", [
        ("p", "Councillor G Pemberton, the Leisure and Culture Portfolio Holder, introduced the "
              "annual review of the leisure management contract with Verdant Leisure, which had "
              "operated the Council\u2019s four leisure centres since April 2021 under a "
              "15-year contract. R Castell, General Manager, Verdant Leisure, presented the "
              "performance report. Attendances had reached 1.32 million in 2023/24, 9 per cent "
              "above the pre-pandemic level, and membership stood at 11,400. The management fee "
              "paid to the Council by the operator had been \u00a3640,000 in 2023/24, although "
              "the utility cost pressures of 2022/23 had been shared under the change in law "
              "provisions of the contract."),
        ("p", "Councillor B Stroud asked why swimming lesson prices at Thaxhurst Leisure Centre "
              "had risen by 12 per cent in September 2024, well above inflation. R Castell "
              "explained that pool staff wages had risen in line with the National Living Wage "
              "and that the increase had been approved by the Council under the contract; "
              "concessionary prices for residents on benefits had been frozen."),
        ("p", "Councillor H Quayle questioned whether the Council had considered bringing the "
              "service back in-house when the contract came up for review, given the profits "
              "being made by the operator. The Leisure Contracts Manager advised that the "
              "contract ran to 2036 with a break clause in 2031, and that any review of options, "
              "including in-house provision or a local authority trading company, would need to "
              "start around 2028."),
        ("p", "Councillor J Ibbotson raised the recruitment of lifeguards, noting that the pool "
              "at Loughbury had closed to the public on several weekends in the autumn. R "
              "Castell confirmed that there had been 11 unplanned pool closures at Loughbury "
              "between September and December due to staff shortages, and that Verdant Leisure "
              "was now funding lifeguard training for local young people in return for a "
              "commitment to work at the centre for a year."),
        ("p", "Councillor K Brightwell asked what the operator was doing to reach residents who "
              "did not currently use the centres, particularly older people and those with "
              "long-term conditions. R Castell advised that the exercise referral scheme, run "
              "with local GP practices, had received 640 referrals in the year, and that a "
              "falls prevention class had started at all four centres."),
        ("p", "Councillor S Hollis requested that future annual reports include customer "
              "satisfaction results and the number of complaints received. The Leisure "
              "Contracts Manager agreed to include these in the next report."),
        ("p", "The Committee noted the annual review of the leisure management contract for "
              "2023/24 and asked that the next annual review include customer satisfaction and "
              "complaints data."),
    ]),
    ("61", "OVERVIEW AND SCRUTINY COMMITTEE - WORK PROGRAMME", [
        ("p", "The Senior Scrutiny Officer reported on the Committee\u2019s work programme for "
              "2024/25. The item on the Customer Contact Strategy scheduled for March had been "
              "deferred to the first meeting of the new municipal year at the request of the "
              "Customer Services Portfolio Holder."),
        ("p", "Councillor R Kavanagh asked whether the Committee could receive a report on the "
              "impact of local government reorganisation in Trinoshire on the district before "
              "final proposals were submitted to the Government. The Chief Executive advised "
              "that the Council would be required to submit its proposals by the autumn, that "
              "a briefing for all members was being arranged for March, and that the Committee "
              "would have an opportunity to scrutinise the draft proposals before they went to "
              "the Council."),
        ("resolved", ["That the work programme be noted and that a scrutiny of the draft local "
                      "government reorganisation proposals be added for the meeting in June "
                      "2025."]),
    ]),
    ("62", "SELECT COMMITTEES - WORK PROGRAMMES", [
        ("p", "The Committee received the current work programmes of the Communities Select "
              "Committee and the Place Select Committee. Councillor L Gannon, Chairman of the "
              "Communities Select Committee, reported that the Select Committee would consider "
              "the Council\u2019s damp and mould policy for council tenants at its meeting on "
              "25 February 2025, in the light of Awaab\u2019s Law."),
        ("p", "Councillor T Okonjo asked whether the Place Select Committee would review car "
              "parking charges before the new tariffs came into effect in April. The Senior "
              "Scrutiny Officer advised that the Place Select Committee had already considered "
              "the tariffs at its meeting in January and that the Cabinet had since approved "
              "them."),
        ("p", "The Committee noted the work programmes of the Select Committees."),
    ]),
]


def build_minutes_pdf(path: Path) -> None:
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("Sans", "", 9)
                self.set_xy(20, 10)
                self.cell(85, 5, COMMITTEE, align="L")
                self.cell(85, 5, DATE_LONG, align="R")
                self.set_y(22)

        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 9)
            self.cell(0, 6, str(self.page_no()), align="C")

    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Overview and Scrutiny Committee - Minutes - 4 February 2025")
    pdf.set_author("Democratic Services")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft Word")
    pdf.add_font("Sans", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    pdf.set_font("Sans", "B", 13)
    pdf.cell(0, 7, "RODING VALE DISTRICT COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, "COMMITTEE MINUTES", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    lh = 5.0

    def grid_row(label, value, x_label, w_label, x_val, w_val, y):
        pdf.set_xy(x_label, y)
        pdf.set_font("Sans", "B", 10)
        pdf.multi_cell(w_label, lh, label, align="L")
        y1 = pdf.get_y()
        pdf.set_xy(x_val, y)
        pdf.set_font("Sans", "", 10)
        pdf.multi_cell(w_val, lh, value, align="L")
        return max(y1, pdf.get_y())

    y = pdf.get_y()
    y_a = grid_row("Committee:", COMMITTEE, 20, 26, 46, 76, y)
    y_b = grid_row("Date:", DATE_LONG, 124, 16, 140, 50, y)
    y = max(y_a, y_b) + 2
    y_a = grid_row("Place:", "Council Chamber, Civic Offices, High Street, Thaxhurst",
                   20, 26, 46, 76, y)
    y_b = grid_row("Time:", "7.00  - 9.47 pm", 124, 16, 140, 50, y)
    y = max(y_a, y_b) + 4
    for label, value in HEAD_ROWS:
        y = grid_row(label, value, 20, 26, 46, 144, y) + 3
    pdf.set_y(y + 2)

    x_num, x_text, w_text = 20, 34, 156

    def para(text, bold=False, gap=2.5, x=x_text, w=w_text):
        pdf.set_font("Sans", "B" if bold else "", 10)
        pdf.set_x(x)
        pdf.multi_cell(w, lh, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    for number, title, blocks in ITEMS:
        if pdf.get_y() > 255:
            pdf.add_page()
        pdf.ln(1)
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 10)
        pdf.set_xy(x_num, y)
        pdf.cell(14, lh, f"{number}.")
        pdf.set_xy(x_text, y)
        pdf.multi_cell(w_text, lh, title, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        for kind, content in blocks:
            if kind == "p":
                para(content)
            elif kind == "bullet":
                y = pdf.get_y()
                pdf.set_font("Sans", "", 10)
                pdf.set_xy(x_text + 4, y)
                pdf.cell(6, lh, "\u2022")
                pdf.set_xy(x_text + 10, y)
                pdf.multi_cell(w_text - 10, lh, content, align="L", new_x="LMARGIN",
                               new_y="NEXT")
                pdf.ln(2.5)
            elif kind == "resolved":
                para("RESOLVED:", bold=True, gap=1.5)
                if len(content) == 1:
                    para(content[0], bold=True)
                else:
                    for i, clause in enumerate(content, 1):
                        y = pdf.get_y()
                        pdf.set_font("Sans", "B", 10)
                        pdf.set_xy(x_text, y)
                        pdf.cell(10, lh, f"({i})")
                        pdf.set_xy(x_text + 10, y)
                        pdf.multi_cell(w_text - 10, lh, clause, align="J", new_x="LMARGIN",
                                       new_y="NEXT")
                        pdf.ln(1.5)
                    pdf.ln(1)
        pdf.ln(2)

    pdf.ln(14)
    pdf.set_font("Sans", "B", 10)
    pdf.set_x(120)
    pdf.cell(70, lh, "CHAIRMAN", align="C", border="T")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# The document that is not minutes: a Cabinet report (Word)
# --------------------------------------------------------------------------------------

def build_report_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    doc = Document()
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Housing Options"
    cp.title = "Temporary Accommodation Acquisition Programme 2025-2027"
    cp.created = dt.datetime(2025, 1, 24, 10, 0, 0)
    cp.modified = dt.datetime(2025, 1, 27, 16, 12, 0)
    cp.last_modified_by = "Democratic Services"
    cp.revision = 4

    def p(text="", bold=False, align=None, size=None):
        para = doc.add_paragraph()
        run = para.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if align:
            para.alignment = align
        return para

    def heading(text):
        para = doc.add_paragraph()
        run = para.add_run(text)
        run.bold = True
        run.underline = True
        return para

    p("RODING VALE DISTRICT COUNCIL", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    p("Report to the Cabinet", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13)

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    rows = [
        ("Report reference:", "C-047-2024/25"),
        ("Date of meeting:", "17 February 2025"),
        ("Portfolio:", "Housing and Community Services \u2013 Councillor N Avis"),
        ("Subject:", "Temporary Accommodation Acquisition Programme 2025-2027"),
        ("Responsible Officer:", "L Fairweather (01678 564210)"),
        ("Democratic Services:", "C Hendricks (01678 564247)"),
    ]
    for a, b in rows:
        cells = table.add_row().cells
        cells[0].text = a
        cells[1].text = b
        cells[0].paragraphs[0].runs[0].bold = True
        cells[0].width = Cm(5)
        cells[1].width = Cm(11.5)
    p()

    p("Recommendations/Decisions Required:", bold=True)
    recs = [
        "(1) To approve the purchase of up to 40 properties for use as temporary "
        "accommodation during 2025/26 and 2026/27, funded by prudential borrowing of up to "
        "\u00a312 million;",
        "(2) To agree a supplementary capital estimate of \u00a36 million in 2025/26 for the "
        "first year of the programme;",
        "(3) To delegate authority to the Service Director (Housing and Property), in "
        "consultation with the Housing and Community Services Portfolio Holder, to approve "
        "individual purchases that meet the criteria set out in paragraph 14 of this report; "
        "and",
        "(4) To approve entering into a ten-year lease with a registered provider for 20 units "
        "of self-contained temporary accommodation, subject to the terms set out in paragraph "
        "17.",
    ]
    for r in recs:
        para = p(r)
        para.paragraph_format.left_indent = Cm(1)
        para.paragraph_format.first_line_indent = Cm(-1)

    p("Executive Summary:", bold=True)
    p("The number of households placed in temporary accommodation by the Council has risen "
      "sharply over the last two years, from 96 in April 2023 to 171 in December 2024. Much of "
      "the additional demand has been met with nightly-paid bed and breakfast accommodation, "
      "often outside the district, at a net cost to the General Fund forecast to reach "
      "\u00a32.35 million in 2024/25 against a budget of \u00a31.4 million. This report "
      "proposes a two-year programme to acquire and lease self-contained homes so that fewer "
      "families are placed in bed and breakfast and the net cost to the Council is reduced.")

    p("Reasons for Proposed Decision:", bold=True)
    p("To reduce the Council\u2019s reliance on bed and breakfast accommodation, to improve "
      "the quality and location of the temporary accommodation offered to homeless households, "
      "and to reduce the pressure on the General Fund.")

    p("Other Options for Action:", bold=True)
    p("(i) Do nothing and continue to use nightly-paid accommodation. This is not recommended "
      "because costs would continue to rise and families would continue to be placed outside "
      "the district.")
    p("(ii) Lease all of the additional units from registered providers or private "
      "landlords. This would avoid borrowing but would leave the Council exposed to rising "
      "lease costs and provide no long-term asset.")

    heading("Report:")
    paras = [
        "1. The Council has a statutory duty under Part 7 of the Housing Act 1996 to secure "
        "interim accommodation for households who may be homeless, eligible and in priority "
        "need. The main cause of homelessness in the district is the ending of private rented "
        "tenancies, which accounted for 46 per cent of acceptances in 2023/24.",
        "2. The table below shows the number of households in temporary accommodation at "
        "the end of each quarter.",
    ]
    for t in paras:
        p(t)

    t2 = doc.add_table(rows=1, cols=4)
    t2.style = "Table Grid"
    hdr = t2.rows[0].cells
    for c, txt in zip(hdr, ["Quarter ending", "Self-contained", "Bed and breakfast",
                            "Total"]):
        c.text = txt
        c.paragraphs[0].runs[0].bold = True
    for row in [("June 2023", "81", "19", "100"), ("December 2023", "95", "27", "122"),
                ("June 2024", "112", "33", "145"), ("December 2024", "133", "38", "171")]:
        cells = t2.add_row().cells
        for c, txt in zip(cells, row):
            c.text = txt
    p()

    more = [
        "3. The average net cost of a bed and breakfast placement is \u00a378 per night, "
        "of which only a small part can be recovered through housing benefit because of the "
        "subsidy limit set at the January 2011 local housing allowance rate.",
        "4. Financial modelling (Appendix 2) shows that a typical two-bedroom property bought "
        "at \u00a3310,000 would produce a net saving of around \u00a39,000 per year compared "
        "with the equivalent bed and breakfast placements, after borrowing costs.",
        "14. Individual purchases will be approved only where the property is within the "
        "district or within five miles of its boundary, requires less than \u00a315,000 of "
        "works, and shows a positive net present value over 30 years.",
        "17. The registered provider lease would run for ten years at a fixed rent reviewed "
        "every five years, with the provider responsible for repairs and housing management.",
        "18. Pre-scrutiny: this report will be considered by the Overview and Scrutiny "
        "Committee on 4 February 2025 and any comments from that meeting will be reported to "
        "the Cabinet. Members of the Committee may wish to consider the following questions:",
    ]
    for t in more:
        p(t)
    for q in [
        "Is the Council confident that suitable properties can be bought within the district "
        "at the prices assumed in the business case?",
        "What would happen to the business case if interest rates rose above the level "
        "assumed?",
        "How will families who are placed outside the district be supported with school "
        "travel and access to work?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    for title, text in [
        ("Resource Implications:",
         "Capital: up to \u00a312 million over two years, funded by prudential borrowing. "
         "Revenue: a net saving to the General Fund estimated at \u00a3360,000 a year once all "
         "40 properties are in use."),
        ("Legal and Governance Implications:",
         "The Council has power to acquire land and property under section 120 of the Local "
         "Government Act 1972 and section 17 of the Housing Act 1985. Any lease will be "
         "approved by the Service Director (Governance and Legal)."),
        ("Safer, Cleaner and Greener Implications:",
         "Properties bought will be brought up to an energy performance rating of C or above "
         "where this is practicable."),
        ("Consultation Undertaken:",
         "The Housing and Community Services Portfolio Holder and the Finance and Economic "
         "Development Portfolio Holder have been consulted."),
        ("Background Papers:",
         "Homelessness and Rough Sleeping Strategy 2023-2028; Medium Term Financial Strategy "
         "2025/26 to 2028/29."),
        ("Risk Management:",
         "The main risks are a rise in interest rates, a fall in property values and a lack of "
         "suitable properties. These are set out with their mitigations in the table below."),
    ]:
        p(title, bold=True)
        p(text)

    t3 = doc.add_table(rows=1, cols=3)
    t3.style = "Table Grid"
    for c, txt in zip(t3.rows[0].cells, ["Risk", "Likelihood / Impact", "Mitigation"]):
        c.text = txt
        c.paragraphs[0].runs[0].bold = True
    for row in [
        ("Interest rates rise above 6 per cent", "Low / High",
         "Each purchase tested for a positive net present value before approval"),
        ("Property values fall", "Medium / Medium",
         "Properties held for the long term; no disposal planned"),
        ("Too few suitable properties", "Medium / High",
         "Search area extended to five miles beyond the district boundary"),
    ]:
        cells = t3.add_row().cells
        for c, txt in zip(cells, row):
            c.text = txt
    p()
    p("Equality:", bold=True)
    p("An Equality Impact Assessment is attached at Appendix 3. Families with children and "
      "disabled people are over-represented among households in bed and breakfast and are "
      "expected to benefit most from the proposals.")

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so the output is deterministic
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 27, 16, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------

def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def A(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


DC = "the District Commander"
AD = "the Associate Director"
SDH = "the Service Director (Housing and Property)"
ACC = "the Accountancy Manager"
LCM = "the Leisure Contracts Manager"

MINUTES_GOLD = {
    "document": MINUTES_PDF,
    "doc_type": "minutes",
    "committee": "Overview and Scrutiny Committee",
    "meeting_date": "2025-02-04",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        # 57 police
        Q("57", "question",
          "asked how many of the eight PCSOs were actually deployed in the district",
          "Councillor S Hollis",
          "PCSOs were ring-fenced to neighbourhood duties and were not abstracted to response work",
          DC, ["workforce"]),
        Q("57", "concern",
          "expressed concern about the rise in shoplifting and the effect on small independent traders",
          "Councillor J Ibbotson",
          "urged all businesses to report every offence, as reporting data determined where patrols were directed",
          DC, []),
        Q("57", "question",
          "asked what diversionary work was being done with schools and youth services",
          "Councillor R Kavanagh",
          "the Schools Liaison Officer had visited all five secondary schools in the district",
          DC, ["children-and-families"]),
        Q("57", "question",
          "asked whether the police would support the use of Public Spaces Protection Orders",
          "Councillor B Stroud",
          "a report on a possible Public Spaces Protection Order would be brought to the Cabinet",
          "the Service Director (Community and Wellbeing)", []),
        Q("57", "question",
          "questioned whether the closure of the front counter at Thaxhurst Police Station",
          "Councillor A Lister", None, None, []),
        Q("57", "request",
          "requested that the District Commander provide ward-level crime figures to members",
          "Councillor L Gannon",
          "The District Commander agreed to provide these through the Council's Community Safety Team",
          DC, []),
        # 58 primary care
        Q("58", "question",
          "asked why residents in Nazemere still reported waiting more than three weeks",
          "Councillor K Brightwell",
          "the average masked considerable variation between practices",
          "Dr Leventis", ["primary-care"]),
        Q("58", "concern",
          "expressed concern that the 1,850 new homes allocated in the Local Plan",
          "Councillor P Chana",
          "Section 106 contributions of £1.9 million had been secured towards a new health hub",
          AD, ["primary-care", "finance"]),
        Q("58", "question",
          "asked about the closure of the pharmacy in Rodingford in November",
          "Councillor H Quayle",
          "found that there was adequate provision within two miles",
          AD, ["primary-care"]),
        Q("58", "comment",
          "commented that the online consultation tool was difficult for older residents to use",
          "Councillor D Ferrier",
          "telephone and walk-in routes remained open at all practices",
          "Dr Leventis", ["primary-care"]),
        Q("58", "question",
          "asked whether the Partnership had surveyed patients about their experience",
          "Councillor S Hollis",
          "practice Patient Participation Groups had also been asked for feedback",
          AD, ["primary-care", "patient-and-public-input"]),
        Q("58", "concern",
          "Concerns were expressed about the lack of NHS dentists accepting new adult patients",
          None,
          "additional urgent dental sessions had been commissioned at two practices in Loughbury",
          AD, ["primary-care"]),
        Q("58", "request",
          "requested that the Partnership return to the Committee in twelve months",
          "Councillor J Ibbotson", None, None, ["primary-care"]),
        # 59 temporary accommodation
        Q("59", "question",
          "asked how the cost of purchasing properties compared with the current cost",
          "Councillor A Lister",
          "the modelling in the report showed a net saving of around £9,000 per property",
          ACC, ["housing", "finance"]),
        Q("59", "question",
          "sought clarification on whether the properties would be bought within the district",
          "Councillor P Chana",
          "the strategy was to buy within the district wherever possible",
          SDH, ["housing", "children-and-families"]),
        Q("59", "concern",
          "expressed concern at the risk to the Council if property values fell",
          "Councillor L Gannon",
          "the business case had been tested against an interest rate of 6 per cent",
          ACC, ["housing", "finance", "governance"]),
        Q("59", "question",
          "asked why the Council was proposing to lease units from a registered provider",
          "Councillor R Kavanagh",
          "leasing allowed units to be brought into use quickly",
          SDH, ["housing", "privatisation", "subcontracting"]),
        Q("59", "question",
          "the condition of some bed and breakfast accommodation used by the Council was poor",
          "Councillor T Okonjo",
          "all placements were inspected before use and at least every six months",
          "the Housing Options Manager", ["housing"]),
        Q("59", "comment",
          "the Council should press the Government for a higher local housing allowance rate",
          "Councillor D Ferrier", None, None, ["housing"]),
        # 60 leisure contract
        Q("60", "question",
          "asked why swimming lesson prices at Thaxhurst Leisure Centre had risen by 12 per cent",
          "Councillor B Stroud",
          "pool staff wages had risen in line with the National Living Wage",
          "R Castell", ["finance", "workforce", "subcontracting"]),
        Q("60", "question",
          "questioned whether the Council had considered bringing the service back in-house",
          "Councillor H Quayle",
          "any review of options, including in-house provision or a local authority trading company",
          LCM, ["privatisation", "subcontracting"]),
        Q("60", "concern",
          "raised the recruitment of lifeguards, noting that the pool at Loughbury had closed",
          "Councillor J Ibbotson",
          "11 unplanned pool closures at Loughbury between September and December due to staff shortages",
          "R Castell", ["workforce"]),
        Q("60", "question",
          "asked what the operator was doing to reach residents who did not currently use",
          "Councillor K Brightwell",
          "the exercise referral scheme, run with local GP practices, had received 640 referrals",
          "R Castell", ["public-health"]),
        Q("60", "request",
          "requested that future annual reports include customer satisfaction results",
          "Councillor S Hollis",
          "agreed to include these in the next report",
          LCM, ["subcontracting"]),
        # 61 work programme
        Q("61", "question",
          "asked whether the Committee could receive a report on the impact of local government reorganisation",
          "Councillor R Kavanagh",
          "a briefing for all members was being arranged for March",
          "the Chief Executive", ["governance"]),
        # 62 select committees
        Q("62", "question",
          "asked whether the Place Select Committee would review car parking charges",
          "Councillor T Okonjo",
          "had already considered the tariffs at its meeting in January",
          "the Senior Scrutiny Officer", ["finance"]),
    ],
    "resolutions": [
        R("53", "Councillor T Okonjo was substituting for Councillor C Northey", "noted", []),
        R("55", "be taken as read and signed by the Chairman as a correct record", "agreed", []),
        R("57", "noted the presentation from the District Commander and that quarterly ward-level crime figures",
          "agreed", []),
        R("58", "be invited to provide a further update to the Committee in February 2026",
          "agreed", ["primary-care"]),
        R("59", "a six-monthly report on the number, location and cost of properties purchased",
          "recommended", ["housing", "finance"]),
        R("60", "noted the annual review of the leisure management contract for 2023/24",
          "agreed", ["subcontracting"]),
        R("61", "a scrutiny of the draft local government reorganisation proposals be added",
          "agreed", ["governance"]),
        R("62", "The Committee noted the work programmes of the Select Committees", "noted", []),
    ],
    "attendees": [
        A("M Aldous", "Chairman", "present"),
        A("K Brightwell", "Vice-Chairman", "present"),
        A("P Chana", None, "present"),
        A("D Ferrier", None, "present"),
        A("L Gannon", None, "present"),
        A("S Hollis", None, "present"),
        A("J Ibbotson", None, "present"),
        A("R Kavanagh", None, "present"),
        A("A Lister", None, "present"),
        A("T Okonjo", None, "present"),
        A("H Quayle", None, "present"),
        A("B Stroud", None, "present"),
        A("N Avis", None, "in_attendance"),
        A("R Baxendale", None, "in_attendance"),
        A("G Pemberton", None, "in_attendance"),
        A("C Northey", None, "apologies"),
        A("F Weir", None, "apologies"),
        A("R Dunmore", "Chief Executive", "in_attendance"),
        A("L Fairweather", "Service Director (Housing and Property)", "in_attendance"),
        A("J Okafor", "Housing Options Manager", "in_attendance"),
        A("A Whitlock", "Service Director (Community and Wellbeing)", "in_attendance"),
        A("V Kemble", "Democratic Services Manager", "in_attendance"),
        A("M Grady", "Senior Scrutiny Officer", "in_attendance"),
        A("C Hendricks", "Democratic and Electoral Services Officer", "in_attendance"),
        A("P Lyle", "Leisure Contracts Manager", "in_attendance"),
        A("S Ahmed", "Accountancy Manager", "in_attendance"),
        A("Chief Inspector D Harcourt", "District Commander, Trinoshire Police", "in_attendance"),
        A("K Oduya", "Associate Director of Primary Care, West Trinoshire Health and Care Partnership",
          "in_attendance"),
        A("Dr F Leventis", "Clinical Director, Thaxhurst and Rodings Primary Care Network",
          "in_attendance"),
        A("R Castell", "General Manager, Verdant Leisure", "in_attendance"),
    ],
}

REPORT_GOLD = {"document": REPORT_DOCX, "doc_type": "report"}


def write_gold() -> None:
    GOLD.mkdir(parents=True, exist_ok=True)
    for g in (MINUTES_GOLD, REPORT_GOLD):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")


# --------------------------------------------------------------------------------------
# Check
# --------------------------------------------------------------------------------------

def norm(s: str) -> str:
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


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
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    bad = 0
    for gpath in sorted(GOLD.glob("oc-*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        dpath = DOCS / g["document"]
        if not dpath.exists():
            print(f"MISSING document {dpath}")
            bad += 1
            continue
        text = norm(doc_text(dpath))
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n_words = len(ph.split())
            count = text.count(norm(ph))
            status = "ok"
            if count != 1:
                status = f"FOUND {count}x"
            elif not 6 <= n_words <= 15:
                status = f"{n_words} WORDS"
            if status != "ok":
                bad += 1
                print(f"{gpath.name}: {kind}: {status}: {ph!r}")
        print(f"{gpath.name}: {len(phrases)} phrases checked")
    print("check passed" if not bad else f"check FAILED ({bad} problems)")
    return 1 if bad else 0


def main() -> int:
    if "--check" in sys.argv[1:]:
        return check()
    DOCS.mkdir(parents=True, exist_ok=True)
    build_minutes_pdf(DOCS / MINUTES_PDF)
    build_report_docx(DOCS / REPORT_DOCX)
    write_gold()
    print(f"wrote {DOCS / MINUTES_PDF}\nwrote {DOCS / REPORT_DOCX}\nwrote gold files in {GOLD}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
