"""Build the `e-` held-out evaluation documents (round 3).

Writes into tests/other-councils/documents/:
  e-marlow-vale-printed-minutes.pdf  ModernGov "Printed minutes" PDF (Adults and Health Scrutiny)
  e-marlow-vale-agenda.pdf           ModernGov agenda front sheet (not minutes)
  e-hollins-cabinet-scrutiny.docx    Word minutes of a district Overview and Scrutiny Panel
  e-hollins-issue-history.html       saved ModernGov issue history page (ieIssueDetails.aspx)

All councils, people, places and figures are invented.

Usage:
  python tests/other-councils/build_e.py           build the documents
  python tests/other-councils/build_e.py --check   verify the gold files in
                                                          tests/other-councils/gold/e-*.json against
                                                          the built documents

Deterministic: fixed creation dates, fixed zip timestamps, no randomness, no network.
"""

import datetime as _dt
import html
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
FIXED_DATE = _dt.datetime(2025, 2, 12, 9, 30, 0, tzinfo=_dt.timezone.utc)


# ---------------------------------------------------------------------------
# 1. Marlow Vale Council - Adults and Health Scrutiny Committee - printed minutes
# ---------------------------------------------------------------------------

MV_COMMITTEE = "Adults and Health Scrutiny Committee"
MV_DATE_LONG = "Tuesday, 4 February 2025"

MV_ATTENDANCE = [
    ("Present:",
     "Councillors Jane Pemberton (Chairman), Adebayo Okafor (Vice-Chairman), Ruth Beddows, "
     "Simon Carrick, Helen Dunmore, Patrick Fairlie, Meera Ghosh, Lewis Hartwell and "
     "Tessa Ingram"),
    ("Co-opted Member:", "Brian Nyland (Healthwatch Marlow Vale)"),
    ("Also Present:",
     "Councillor Graham Whitlock (Cabinet Member for Adult Social Care and Health) and "
     "Dr Anil Varma (Associate Medical Director, Vale and Downs Integrated Care Board)"),
    ("Officers in attendance:",
     "Simon Toller (Director of Adult Social Services), Dr Helen Marsh (Director of Public "
     "Health), Karen Abbott (Head of Commissioning \u2013 Adults), Owen Pryce (Finance "
     "Business Partner) and Lucy Fenwick (Democratic Services Officer)"),
]

MEMBERS_RAISED = "Members raised the following questions and comments:"

# Each item: (number, title, blocks). Block kinds: ("p", text), ("bullets", [texts]),
# ("resolved", [lines])  - first line follows "RESOLVED:" on the same line.
MV_ITEMS = [
    ("12.", "Apologies for Absence and Substitutions", [
        ("p", "Apologies for absence were received from Councillors Derek Rowntree and "
              "Sandra Quigley. Councillor Tessa Ingram attended as a substitute for "
              "Councillor Rowntree."),
    ]),
    ("13.", "Declarations of Interest", [
        ("p", "Councillor Meera Ghosh declared a non-pecuniary interest in minute 17 as she is "
              "employed as a community pharmacist in the borough. She remained in the meeting "
              "and took part in the discussion. There were no other declarations of interest."),
    ]),
    ("14.", "Minutes of the Previous Meeting", [
        ("resolved", ["That the minutes of the meeting held on 3 December 2024 be confirmed as "
                      "a correct record and signed by the Chairman."]),
    ]),
    ("15.", "Public Questions", [
        ("p", "The Committee received one question from a member of the public."),
        ("p", "Mrs Pauline Egerton asked what consultation had taken place with families "
              "before the proposal to close the Fernleigh Road day centre was agreed. The "
              "Cabinet Member for Adult Social Care and Health replied that an eight-week "
              "consultation had run during the autumn and that all 46 families using the "
              "centre had been offered an individual meeting."),
    ]),
    ("16.", "Adult Social Care Budget 2025/26", [
        ("p", "Councillor Graham Whitlock, Cabinet Member for Adult Social Care and Health, "
              "introduced the report, which set out the proposed net revenue budget of "
              "\u00a3212.6 million for adult social care in 2025/26, including savings of "
              "\u00a36.4 million. The Director of Adult Social Services highlighted that "
              "demand for home care had grown by 9 per cent over the year."),
        ("p", MEMBERS_RAISED),
        ("bullets", [
            "A Member asked how the \u00a36.4 million of savings would be delivered without "
            "reducing care packages for existing clients. The Director of Adult Social "
            "Services explained that the largest saving would come from expanding the "
            "reablement service so that fewer people needed long-term home care.",
            "Councillor Carrick asked what effect the increase in employer National "
            "Insurance contributions would have on independent care providers. The Finance "
            "Business Partner advised that the estimated additional cost to providers in "
            "Marlow Vale was \u00a33.1 million and that a fee uplift of 5.5 per cent had "
            "been built into the budget.",
            "Concern was expressed that the budget relied on a one-off contribution of "
            "\u00a32.8 million from reserves, which could not be repeated in future years.",
            "Councillor Dunmore requested that the Committee receive quarterly reports on "
            "progress against the savings programme.",
            "A Member asked whether the Better Care Fund plan for 2025/26 had been agreed "
            "with the Integrated Care Board. The Director of Adult Social Services "
            "explained that national guidance had only just been published and that the "
            "plan would be signed off by the Health and Wellbeing Board in March.",
        ]),
        ("resolved", ["That",
                      "(1)\tthe proposed adult social care budget for 2025/26 be noted; and",
                      "(2)\tthe Cabinet be recommended to hold a contingency for provider fee "
                      "pressures within the corporate budget."]),
    ]),
    ("17.", "Primary Care Access Recovery Plan", [
        ("p", "Dr Anil Varma, Associate Medical Director, Vale and Downs Integrated Care "
              "Board, gave a presentation on progress with the primary care access recovery "
              "plan. He reported that 41 of the 52 GP practices in the borough had now moved "
              "to cloud-based telephony and that the number of appointments had risen by "
              "6 per cent compared with the previous year."),
        ("p", MEMBERS_RAISED),
        ("bullets", [
            "Councillor Hartwell asked why eleven practices had not yet moved to "
            "cloud-based telephony. Dr Varma explained that most of these practices were "
            "tied into existing telephone contracts which ended in the summer.",
            "A Member raised concerns that residents in rural villages were still unable to "
            "obtain a GP appointment within two weeks.",
            "Councillor Ghosh asked how community pharmacies were being used to relieve "
            "pressure on practices. Dr Varma said that more than 38,000 consultations had "
            "been delivered through Pharmacy First since it was launched.",
            "Brian Nyland, on behalf of Healthwatch Marlow Vale, asked whether patients\u2019 "
            "views of the new telephone systems had been gathered. Dr Varma replied that a "
            "patient survey would be carried out in April and the results shared with the "
            "Committee.",
        ]),
        ("resolved", ["That the update on the primary care access recovery plan be noted."]),
    ]),
    ("18.", "Director of Public Health Annual Report 2024", [
        ("p", "Dr Helen Marsh, Director of Public Health, presented her annual report for "
              "2024, which focused on the gap of 11 years in healthy life expectancy between "
              "the most and least deprived wards of the borough."),
        ("p", MEMBERS_RAISED),
        ("bullets", [
            "A Member asked what was being done to reduce smoking in pregnancy in the most "
            "deprived wards. The Director of Public Health explained that a financial "
            "incentive scheme had been launched with the maternity service in October and "
            "that 85 women had joined it so far.",
            "Councillor Fairlie expressed concern that the public health grant had fallen "
            "by almost a quarter in real terms since 2015.",
            "Councillor Okafor asked how the Council was tackling the rise in vaping among "
            "secondary school pupils. The Director of Public Health said that trading "
            "standards officers had carried out test purchases at 60 shops and that new "
            "lesson materials had been issued to all secondary schools.",
            "A Member asked whether the drug and alcohol treatment contract, which expired "
            "in March 2026, would be retendered. The Director of Public Health confirmed "
            "that the options, including bringing the service in-house, would be reported "
            "to the Committee in July.",
            "A Member commented that the link between damp and mouldy housing and childhood "
            "respiratory illness deserved greater prominence in next year\u2019s report.",
        ]),
        ("resolved", ["That the Director of Public Health Annual Report 2024 be noted and the "
                      "Committee\u2019s thanks be conveyed to the public health team."]),
    ]),
    ("19.", "Home Care Recommissioning", [
        ("p", "Karen Abbott, Head of Commissioning \u2013 Adults, introduced a report on the "
              "proposed recommissioning of home care services from October 2025. The "
              "proposals would replace the current arrangements with 23 spot-purchased "
              "providers with a zoned model of eight lead providers, each responsible for a "
              "geographical area."),
        ("p", MEMBERS_RAISED),
        ("bullets", [
            "Councillor Beddows asked how continuity of care would be maintained for people "
            "whose current provider was unsuccessful in the tender. The Head of "
            "Commissioning explained that care workers would transfer to the new providers "
            "under TUPE so that people could keep the same carers wherever possible.",
            "Concern was raised that a zoned model could reduce choice for people who "
            "arranged their own care through direct payments.",
            "A Member asked whether the new contracts would require providers to pay care "
            "workers the Real Living Wage. The Head of Commissioning said that this would "
            "be a condition of the contract and that the cost had been allowed for in the "
            "budget.",
            "Councillor Ingram asked whether more home care could be delivered directly by "
            "the Council rather than by private providers. The Director of Adult Social "
            "Services responded that an in-house service had been appraised but could not "
            "be afforded within the current budget.",
        ]),
        ("resolved", ["That",
                      "(1)\tthe proposed approach to the recommissioning of home care "
                      "services be endorsed; and",
                      "(2)\tthe Committee\u2019s comments be reported to the Cabinet meeting "
                      "on 18 March 2025."]),
    ]),
    ("20.", "Work Programme", [
        ("p", "The Committee considered its work programme for the remainder of the 2024/25 "
              "municipal year."),
        ("p", "Councillor Dunmore requested that an item on delayed hospital discharges at "
              "Kenningford General Hospital be added to the April meeting."),
        ("resolved", ["That the work programme be agreed, subject to the addition of an item "
                      "on hospital discharge."]),
    ]),
]


def _fpdf_class():
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        running_header = ""
        footer_style = "page"

        def header(self):
            if self.page_no() > 1 and self.running_header:
                self.set_font("DejaVu", "", 8)
                self.set_text_color(90, 90, 90)
                self.set_y(9)
                self.cell(0, 4, self.running_header, align="R")
                self.set_text_color(0, 0, 0)
                self.set_y(20)

        def footer(self):
            self.set_y(-14)
            self.set_font("DejaVu", "", 9)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    return MinutesPDF


def _new_pdf(title):
    from fpdf import FPDF  # noqa: F401

    cls = _fpdf_class()
    pdf = cls(orientation="P", unit="mm", format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(title)
    pdf.set_author("Democratic Services")
    pdf.set_creator("Modern.gov")
    pdf.set_producer("Modern.gov document generator")
    return pdf


def _public_document_pack(pdf):
    pdf.set_font("DejaVu", "B", 10)
    pdf.set_xy(145, 10)
    pdf.cell(45, 7, "Public Document Pack", border=1, align="C")
    pdf.set_y(24)


def build_marlow_minutes(path):
    from fpdf.enums import XPos, YPos

    pdf = _new_pdf(f"Minutes - {MV_COMMITTEE} - 4 February 2025")
    pdf.running_header = f"{MV_COMMITTEE} - {MV_DATE_LONG}"
    pdf.add_page()
    _public_document_pack(pdf)

    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "MARLOW VALE COUNCIL", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, MV_COMMITTEE.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 10.5)
    pdf.multi_cell(0, 5.5,
                   f"Minutes of a meeting of the {MV_COMMITTEE} held in the Council Chamber, "
                   f"Riverside House, Kenningford on {MV_DATE_LONG} at 10.00 am",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    label_w = 54
    for label, text in MV_ATTENDANCE:
        y = pdf.get_y()
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.set_xy(20, y)
        pdf.multi_cell(label_w - 2, 5.5, label, new_x=XPos.RIGHT, new_y=YPos.TOP)
        pdf.set_font("DejaVu", "", 10.5)
        pdf.set_xy(20 + label_w, y)
        pdf.multi_cell(0, 5.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2.5)
    pdf.ln(3)

    num_x, body_x = 20, 32
    body_w = 210 - 20 - body_x
    for number, title, blocks in MV_ITEMS:
        if pdf.get_y() > 245:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.set_xy(num_x, y)
        pdf.cell(body_x - num_x, 6, number)
        pdf.set_xy(body_x, y)
        pdf.multi_cell(body_w, 6, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)
        for kind, content in blocks:
            if kind == "p":
                pdf.set_font("DejaVu", "", 10.5)
                pdf.set_x(body_x)
                pdf.multi_cell(body_w, 5.5, content, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(2.5)
            elif kind == "bullets":
                pdf.set_font("DejaVu", "", 10.5)
                for b in content:
                    y = pdf.get_y()
                    if y > 262:
                        pdf.add_page()
                        y = pdf.get_y()
                    pdf.set_xy(body_x + 2, y)
                    pdf.cell(5, 5.5, "\u2022")
                    pdf.set_xy(body_x + 8, y)
                    pdf.multi_cell(body_w - 8, 5.5, b, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                    pdf.ln(1.8)
                pdf.ln(1)
            elif kind == "resolved":
                first, rest = content[0], content[1:]
                pdf.set_x(body_x)
                pdf.set_font("DejaVu", "", 10.5)
                pdf.multi_cell(body_w, 5.5, f"**RESOLVED:** {first}", markdown=True,
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                for line in rest:
                    lab, txt = line.split("\t", 1)
                    y = pdf.get_y() + 1
                    pdf.set_xy(body_x + 4, y)
                    pdf.cell(9, 5.5, lab)
                    pdf.set_xy(body_x + 13, y)
                    pdf.multi_cell(body_w - 13, 5.5, txt, new_x=XPos.LMARGIN,
                                   new_y=YPos.NEXT)
                pdf.ln(2.5)
        pdf.ln(2)

    pdf.set_font("DejaVu", "", 10.5)
    pdf.set_x(body_x)
    pdf.cell(0, 6, "The meeting ended at 12.48 pm", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if pdf.get_y() > 240:
        pdf.add_page()
    pdf.ln(14)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.set_x(100)
    pdf.cell(0, 6, "Chairman ...........................................",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.set_x(100)
    pdf.cell(0, 6, "Date ...................................................",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# 4. Marlow Vale Council - agenda front sheet (NOT minutes)
# ---------------------------------------------------------------------------

def build_marlow_agenda(path):
    from fpdf.enums import XPos, YPos

    pdf = _new_pdf(f"Agenda - {MV_COMMITTEE} - 1 April 2025")
    pdf.add_page()
    _public_document_pack(pdf)
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "MARLOW VALE COUNCIL", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(0, 9, MV_COMMITTEE, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)

    rows = [
        ("Date:", "Tuesday, 1 April 2025"),
        ("Time:", "10.00 am"),
        ("Venue:", "Council Chamber, Riverside House, Kenningford"),
    ]
    for lab, val in rows:
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(30, 6.5, lab)
        pdf.set_font("DejaVu", "", 11)
        pdf.cell(0, 6.5, val, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 6.5, "Membership:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 10.5)
    pdf.multi_cell(0, 5.5,
                   "Councillors Jane Pemberton (Chairman), Adebayo Okafor (Vice-Chairman), "
                   "Ruth Beddows, Simon Carrick, Helen Dunmore, Patrick Fairlie, Meera Ghosh, "
                   "Lewis Hartwell, Sandra Quigley and Derek Rowntree",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)
    pdf.multi_cell(0, 5.5, "Co-opted Member: Brian Nyland (Healthwatch Marlow Vale)",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("DejaVu", "I", 9.5)
    pdf.multi_cell(0, 5,
                   "Quorum: 3 Members. This meeting is open to the public and will be "
                   "webcast live. Members of the public who wish to ask a question must give "
                   "notice by 12 noon on Wednesday, 26 March 2025.",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "AGENDA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    agenda = [
        ("1.", "Apologies for Absence and Substitutions", None,
         "To receive apologies for absence and notification of any substitutions."),
        ("2.", "Declarations of Interest", None,
         "To receive any declarations of interest from Members in respect of items on "
         "this agenda."),
        ("3.", "Minutes of the previous meeting", "(Pages 1 - 8)",
         "To approve as a correct record the minutes of the meeting held on 4 February 2025."),
        ("4.", "Questions from the public", None,
         "To receive any questions from members of the public submitted in accordance with "
         "the Council\u2019s procedure rules."),
        ("5.", "Hospital Discharge and Intermediate Care", "(Pages 9 - 26)",
         "Report of the Director of Adult Social Services."),
        ("6.", "Healthwatch Marlow Vale Annual Update", "(Pages 27 - 40)",
         "To receive a presentation from Healthwatch Marlow Vale."),
        ("7.", "Work Programme 2025/26", "(Pages 41 - 48)",
         "To consider the Committee\u2019s work programme."),
        ("8.", "Date of Next Meeting", None,
         "Tuesday, 10 June 2025 at 10.00 am."),
    ]
    for num, title, pages, desc in agenda:
        y = pdf.get_y()
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.set_xy(20, y)
        pdf.cell(12, 6, num)
        pdf.set_xy(32, y)
        pdf.cell(110, 6, title)
        if pages:
            pdf.set_font("DejaVu", "", 10)
            pdf.set_xy(150, y)
            pdf.cell(40, 6, pages, align="R")
        pdf.set_font("DejaVu", "", 10)
        pdf.set_xy(32, y + 6)
        pdf.multi_cell(140, 5, desc, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)

    pdf.ln(2)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5,
                   "Contact: Lucy Fenwick, Democratic Services Officer\n"
                   "Tel: 01632 960418  E-mail: democratic.services@marlowvale.gov.uk\n"
                   "Published: Friday, 21 March 2025",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 5, "Chief Executive: Alison Cardew", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# 2. Hollins District Council - Overview and Scrutiny Panel - Word minutes
# ---------------------------------------------------------------------------

HO_HEAD = [
    ("Members present:",
     "Councillors R Dorling (Chair), I Bashir (Vice-Chair), C Ashdown, F Gallimore, N Hext, "
     "P Lakhani, S Mottram and W Oyelaran"),
    ("Apologies:", "Councillors T Brennan and K Vickery"),
    ("Also in attendance:",
     "Councillor D Farrant (Portfolio Holder for Leisure and Communities), Councillor "
     "J Whitcombe (Portfolio Holder for Finance and Resources), M Kershaw (Director of Place), "
     "S Osei (Head of Finance and Section 151 Officer), A Lindqvist (Leisure and Culture "
     "Manager), H Tremlett (Housing Services Manager) and E Nakamura (Democratic Services "
     "Officer)"),
]

HO_ITEMS = [
    ("Minute 40 \u2013 Apologies for Absence and Substitutions", [
        "Apologies for absence were received from Councillors T Brennan and K Vickery. No "
        "substitutes had been appointed.",
    ]),
    ("Minute 41 \u2013 Declarations of Interest", [
        "Councillor S Mottram declared a non-registrable interest in Minute 45 as a committee "
        "member of Hollins Amateur Swimming Club, which hires pool time at Kestrel Leisure "
        "Centre.",
    ]),
    ("Minute 42 \u2013 Minutes", [
        "It was AGREED that the minutes of the meeting held on 26 November 2024 be approved as "
        "a correct record and signed by the Chair.",
    ]),
    ("Minute 43 \u2013 Public Participation", [
        "Mr D Ashworth, a resident of Lower Hollins, asked when the learner pool at Kestrel "
        "Leisure Centre, which had been closed since September, would reopen. The Portfolio "
        "Holder advised that a replacement circulation pump had been ordered and that the "
        "pool was expected to reopen in mid-February.",
    ]),
    ("Minute 44 \u2013 Homelessness and Temporary Accommodation Update", [
        "The Housing Services Manager introduced the quarterly update, which reported that 97 "
        "households were in temporary accommodation at the end of December 2024, an increase "
        "of 31 per cent on the previous year.",
        "Councillor P Lakhani enquired how many families with children were in bed and "
        "breakfast accommodation for longer than the six-week legal limit. Officers confirmed "
        "that there had been 14 such households at the end of December, down from 22 in "
        "October.",
        "Clarification was sought on the forecast overspend on temporary accommodation for "
        "2024/25. The Head of Finance advised that the overspend was forecast at \u00a3640,000 "
        "and would be met from the homelessness prevention reserve.",
        "A Member queried whether the Council had considered purchasing homes to use as "
        "temporary accommodation instead of relying on nightly-paid placements.",
        "Assurance was sought that rough sleepers with mental health needs were receiving "
        "specialist support. Officers confirmed that a mental health nurse funded by the "
        "Integrated Care Board now joined the weekly outreach shifts.",
        "The Panel NOTED the report on homelessness and temporary accommodation.",
    ]),
    ("Minute 45 \u2013 Leisure Contract Performance", [
        "The Leisure and Culture Manager presented the annual performance report for 2023/24 "
        "on the leisure management contract with Castlegate Leisure Ltd, which has operated "
        "the Council's three leisure centres since 2016.",
        "Councillor C Ashdown enquired why the management fee paid to Castlegate Leisure had "
        "risen by 18 per cent when visitor numbers had fallen. The Portfolio Holder advised "
        "that the increase reflected the utilities clause in the contract, which passed "
        "higher energy costs back to the Council.",
        "A Member queried whether Castlegate Leisure was making a profit from the contract "
        "while the Council carried the financial risk.",
        "Clarification was sought on the penalties available where the operator failed to "
        "meet performance standards. Officers confirmed that deductions totalling \u00a312,500 "
        "had been made during the year for poor cleanliness and unplanned pool closures.",
        "Councillor W Oyelaran enquired what was being done to increase take-up of the "
        "exercise referral scheme among people with long-term health conditions. The Leisure "
        "and Culture Manager advised that referrals from GP practices had increased to 640 "
        "during the year.",
        "Assurance was sought that staff employed by Castlegate Leisure were paid at least "
        "the Real Living Wage.",
        "A Member requested that a comparison of in-house and outsourced delivery be brought "
        "to the Panel before any decision on re-procurement. The Director of Place confirmed "
        "that a full options appraisal would be reported to the Panel in March.",
        "The Panel NOTED the annual performance report on the leisure management contract.",
        "It was AGREED that a task and finish group of four Members be established to "
        "examine the future delivery options for the leisure service.",
    ]),
    ("Minute 46 \u2013 Draft Budget 2025/26 and Medium Term Financial Strategy", [
        "The Portfolio Holder for Finance and Resources introduced the draft budget for "
        "2025/26, which showed a balanced position after savings of \u00a31.2 million and a "
        "contribution of \u00a3450,000 from reserves.",
        "Councillor N Hext enquired what assumption had been made about the level of council "
        "tax. The Portfolio Holder advised that the draft budget assumed the maximum "
        "permitted increase of \u00a35 for a Band D property.",
        "A Member queried the forecast level of general fund reserves at 31 March 2026.",
        "Clarification was sought on whether the savings of \u00a31.2 million included any "
        "reduction in staffing. Officers confirmed that four vacant posts would be deleted "
        "but that no compulsory redundancies were expected.",
        "Concern was expressed about the risk to future budgets if the Fair Funding Review "
        "reduced the Council's share of business rates from 2026/27.",
        "RECOMMENDED TO CABINET that the draft budget for 2025/26 be supported, subject to the "
        "Panel's comments on the use of reserves being taken into account.",
    ]),
    ("Minute 47 \u2013 Disabled Facilities Grants", [
        "The Housing Services Manager reported on the delivery of Disabled Facilities Grants, "
        "which are funded through the Better Care Fund. Of the \u00a31.6 million allocation for "
        "2024/25, \u00a30.9 million had been committed by the end of December.",
        "Councillor F Gallimore enquired about the average time taken from an occupational "
        "therapist's referral to the completion of works. Officers confirmed that the average "
        "was 31 weeks against a target of 26 weeks.",
        "A Member queried whether the underspend on the grant could be used to support "
        "hospital discharge, as permitted under the Better Care Fund conditions.",
        "It was AGREED that the Chair write to the Integrated Care Board supporting the use of "
        "the Disabled Facilities Grant underspend for hospital discharge support.",
    ]),
    ("Minute 48 \u2013 Work Programme 2024/25", [
        "The Panel NOTED the work programme for the remainder of the municipal year, including "
        "the options appraisal on the leisure contract scheduled for 11 March 2025.",
    ]),
]


def _bold_markers(par, text):
    """Add runs to par, making the capitalised decision words bold as Word minutes do."""
    pattern = re.compile(r"(AGREED|NOTED|RECOMMENDED TO CABINET)")
    pos = 0
    for m in pattern.finditer(text):
        if m.start() > pos:
            par.add_run(text[pos:m.start()])
        par.add_run(m.group(0)).bold = True
        pos = m.end()
    if pos < len(text):
        par.add_run(text[pos:])


def _add_page_field(par):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = par.add_run()
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    run._r.addnext(fld)


def _normalise_zip(path):
    """Rewrite a zip (docx) with fixed timestamps so the build is byte-for-byte repeatable."""
    src = zipfile.ZipFile(path)
    entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 16, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, data)
    Path(path).write_bytes(buf.getvalue())


def build_hollins_docx(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.title = "Overview and Scrutiny Panel minutes 14 January 2025"
    cp.created = _dt.datetime(2025, 1, 16, 10, 0, 0)
    cp.modified = _dt.datetime(2025, 1, 16, 10, 0, 0)
    cp.last_modified_by = "Democratic Services"
    cp.revision = 3

    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.text = "Overview and Scrutiny Panel \u2013 14 January 2025 \u2013 Page "
    _add_page_field(fp)

    for text in ("HOLLINS DISTRICT COUNCIL", "OVERVIEW AND SCRUTINY PANEL"):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(13)
    p = doc.add_paragraph(
        "Minutes of the meeting of the Overview and Scrutiny Panel held in the Council "
        "Chamber, Civic Centre, Hollins on Tuesday 14 January 2025 at 6.30 pm")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for label, text in HO_HEAD:
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(" " + text)

    for title, paras in HO_ITEMS:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.add_run(title).bold = True
        for text in paras:
            q = doc.add_paragraph()
            _bold_markers(q, text)

    doc.add_paragraph("The meeting closed at 8.47 pm.")
    doc.add_paragraph()
    doc.add_paragraph("Chair ..............................................")
    doc.save(str(path))
    _normalise_zip(path)


# ---------------------------------------------------------------------------
# 3. Hollins District Council - ModernGov issue history page
# ---------------------------------------------------------------------------

ISSUE_TITLE = "Leisure Contract Re-procurement"

ISSUE_MEETINGS = [
    {
        "heading": "Meeting: 23/04/2025 - Council (Item 97)",
        "mid": 1412, "num": "97",
        "desc": "To consider the recommendation of Cabinet made on 25 March 2025 in respect of "
                "the capital programme.",
        "docs": [("Leisure Contract Re-procurement - capital programme report", "214 KB")],
        "minutes": [
            "Councillor D Farrant, Portfolio Holder for Leisure and Communities, presented the "
            "recommendation of Cabinet to increase the capital programme by \u00a31.85 million "
            "to fund decarbonisation works at Kestrel Leisure Centre before the new contract "
            "begins.",
            "Councillor C Ashdown asked why the decarbonisation works could not be included in "
            "the new operator's bid. Councillor Farrant replied that soft market testing had "
            "shown this would add at least \u00a3300,000 a year to the management fee.",
            "Councillor W Oyelaran asked whether residents would be consulted on opening hours "
            "and prices under the new contract.",
            "An amendment moved by Councillor N Hext and seconded by Councillor P Lakhani, to "
            "defer the decision until the in-house option had been reviewed again, was put to "
            "the vote and LOST.",
            "<strong>RESOLVED:</strong> That the capital programme for 2025/26 be increased by "
            "\u00a31.85 million to fund decarbonisation works at Kestrel Leisure Centre, "
            "financed from prudential borrowing.",
        ],
        "decision": None,
    },
    {
        "heading": "Meeting: 25/03/2025 - Cabinet (Item 88)",
        "mid": 1398, "num": "88",
        "desc": "Report of the Director of Place.",
        "docs": [("Leisure Contract Re-procurement - Cabinet report", "388 KB"),
                 ("Appendix A - Options appraisal summary", "156 KB"),
                 ("Appendix B - Equality impact assessment", "97 KB")],
        "minutes": [
            "The Portfolio Holder for Leisure and Communities introduced the report, which "
            "recommended a new ten-year contract for the management of the Council's three "
            "leisure centres from 1 April 2026, following the options appraisal considered by "
            "the Overview and Scrutiny Panel on 11 March 2025.",
            "Councillor R Dorling, Chair of the Overview and Scrutiny Panel, attended to present "
            "the Panel's recommendation. She asked that free swimming for children in care be "
            "given significant weight in the evaluation. The Portfolio Holder confirmed that "
            "social value would account for 15 per cent of the quality score.",
            "Councillor I Bashir, who is not a member of the Cabinet, asked whether the trade "
            "unions had been consulted about the option of bringing leisure staff back "
            "in-house.",
        ],
        "decision": [
            "<strong>RESOLVED:</strong> That",
            "(1) the procurement of a new ten-year leisure management contract to commence on "
            "1 April 2026 be approved, using the competitive procedure with negotiation; and",
            "(2) authority be delegated to the Director of Place, in consultation with the "
            "Portfolio Holder for Leisure and Communities, to award the contract.",
            "<strong>RECOMMENDED TO COUNCIL:</strong> That the capital programme be increased "
            "by \u00a31.85 million to fund decarbonisation works at Kestrel Leisure Centre.",
            "<strong>Reasons for the decision:</strong>",
            "The existing contract expires on 31 March 2026 and cannot lawfully be extended "
            "further.",
            "<strong>Alternative options considered and rejected:</strong>",
            "In-house delivery was considered but rejected because it would cost an estimated "
            "\u00a3780,000 a year more, mainly as a result of the loss of business rates and "
            "VAT relief.",
        ],
    },
    {
        "heading": "Meeting: 11/03/2025 - Overview and Scrutiny Panel (Item 61)",
        "mid": 1387, "num": "61",
        "desc": "Pre-decision scrutiny of the options for the future management of the leisure "
                "centres.",
        "docs": [("Leisure Contract Re-procurement - options appraisal", "402 KB")],
        "minutes": [
            "The Director of Place presented the options appraisal, which compared a new "
            "outsourced contract, a local authority trading company and in-house delivery "
            "against cost, risk and social value.",
            "Councillor S Mottram enquired how the tender evaluation would balance quality "
            "against price. The Director of Place advised that the split would be 60 per cent "
            "price and 40 per cent quality.",
            "A Member queried why the in-house option carried additional VAT and business "
            "rates costs. Officers confirmed that a trust or company could claim reliefs that "
            "were not available to the Council.",
            "Concern was expressed that a ten-year contract would limit the Council's ability "
            "to respond to changing health needs.",
            "Assurance was sought that users of the leisure centres would be consulted on the "
            "service specification. The Portfolio Holder advised that a residents' survey had "
            "received 1,240 responses and would inform the specification.",
            "<strong>RECOMMENDED TO CABINET</strong> that the leisure service be re-procured "
            "through a new outsourced contract, with social value weighted at no less than 15 "
            "per cent of the quality score.",
        ],
        "decision": None,
    },
]


def _esc(text):
    """Escape text but keep the <strong> tags written into the content above."""
    out = html.escape(text, quote=False)
    return out.replace("&lt;strong&gt;", "<strong>").replace("&lt;/strong&gt;", "</strong>")


def build_hollins_issue(path):
    iid = 2731
    L = []
    a = L.append
    a('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
      '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    a('<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB" xml:lang="en-GB">')
    a("<!-- saved from url=(0067)https://democracy.hollins.gov.uk/ieIssueDetails.aspx"
      f"?IId={iid}&amp;Opt=3 -->")
    a("<head>")
    a('<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />')
    a(f"<title>Issue - items at meetings - {ISSUE_TITLE} | Hollins District Council</title>")
    a('<link type="text/css" href="./ieIssueDetails_files/mgStyles.css" rel="stylesheet" />')
    a('<script type="text/javascript" src="./ieIssueDetails_files/mgjQuery.js"></script>')
    a('<script type="text/javascript">if(top!=self){top.location=self.location;}'
      "var mgIssueId = " + str(iid) + ";</script>")
    a("</head>")
    a('<body class="mgBody">')
    a('<div id="site-header"><a href="https://www.hollins.gov.uk/">'
      '<img src="./ieIssueDetails_files/logo.png" alt="Hollins District Council" /></a>')
    a('<ul class="site-nav"><li><a href="https://www.hollins.gov.uk/bins">Bins and recycling'
      '</a></li><li><a href="https://www.hollins.gov.uk/council-tax">Council tax</a></li>'
      '<li><a href="https://www.hollins.gov.uk/planning">Planning</a></li>'
      '<li><a href="https://democracy.hollins.gov.uk/">Your council</a></li></ul></div>')
    a('<div id="breadcrumb"><ul><li><a href="https://www.hollins.gov.uk/">Home</a></li>'
      '<li><a href="https://democracy.hollins.gov.uk/uuCoverPage.aspx">Council and '
      'democracy</a></li><li>Issue</li></ul></div>')
    a('<div id="mgMainContent">')
    a('<div id="modgov"><div class="mgHeadingBlock">')
    a(f'<h1 class="mgMainTitleTxt">Issue - items at meetings - {ISSUE_TITLE}</h1>')
    a("</div>")
    a('<div class="mgLinks"><ul class="mgActionList">'
      f'<li><a href="ieIssueDetails.aspx?IId={iid}&amp;Opt=0">Issue details</a></li>'
      f'<li><a href="ieIssueDetails.aspx?IId={iid}&amp;Opt=3" class="mgLinkSelected">Issue '
      "history</a></li></ul></div>")
    a('<div class="mgContent">')
    a('<h2 class="mgSectionTitle">Issue history</h2>')
    a('<p class="mgSubTitleTxt">This page lists the meetings at which this issue has been or '
      "will be considered.</p>")
    for m in ISSUE_MEETINGS:
        a('<div class="mgIssueHistoryItem">')
        a(f'<h3 class="mgSubSubTitleTxt"><a href="ieListDocuments.aspx?CId=214&amp;MId='
          f'{m["mid"]}">{html.escape(m["heading"])}</a></h3>')
        a('<p class="mgAiTitleTxt"><span class="mgAiNumTxt">' + m["num"] + "</span> "
          + f'<a href="mgAi.aspx?ID={m["mid"] * 10 + 7}">{ISSUE_TITLE}</a></p>')
        a(f'<div class="mgWordPara"><p><em>{_esc(m["desc"])}</em></p></div>')
        a('<p class="mgSubSubTitleTxt">Supporting documents:</p>')
        a('<ul class="mgBulletList">')
        for name, size in m["docs"]:
            a(f'<li><a href="documents/s{m["mid"] * 31}/{name.replace(" ", "%20")}.pdf" '
              f'class="mgPdfLink">{html.escape(name)}</a> <span class="mgFileSizeTxt">PDF '
              f"{size}</span></li>")
        a("</ul>")
        if m["minutes"]:
            a('<p class="mgSubSubTitleTxt">Minutes:</p>')
            a('<div class="mgWordPara">')
            for para in m["minutes"]:
                a(f"<p>{_esc(para)}</p>")
            a("</div>")
        if m["decision"]:
            a('<p class="mgSubSubTitleTxt">Decision:</p>')
            a('<div class="mgWordPara">')
            for para in m["decision"]:
                a(f"<p>{_esc(para)}</p>")
            a("</div>")
        a("</div>")
    a("</div>")  # mgContent
    a('<div class="mgFooter"><p>Published by Hollins District Council, Civic Centre, '
      'Hollins. <a href="mgGeneric.aspx?bcr=1">Accessibility statement</a> | '
      '<a href="https://democracy.hollins.gov.uk/mgRss.aspx">RSS</a></p></div>')
    a("</div></div>")
    a("</body>")
    a("</html>")
    Path(path).write_text("\n".join(L) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# --check
# ---------------------------------------------------------------------------

THEMES = {"privatisation", "subcontracting", "patient-and-public-input", "public-health",
          "finance", "governance", "integration", "workforce", "primary-care",
          "mental-health", "children-and-families", "adult-social-care", "housing"}
KINDS = {"question", "concern", "request", "comment"}
OUTCOMES = {"noted", "agreed", "recommended", "deferred", "rejected", "other"}
ATTENDANCE = {"present", "apologies", "in_attendance", "absent"}
DOC_TYPES = {"minutes", "questions", "agenda", "report", "news", "issue", "other"}


def _ws(s):
    return re.sub(r"\s+", " ", s).strip()


def _loose(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def document_pages(path):
    """Text of a document as a list of 'pages' (one for non-PDF)."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(str(path)) as pdf:
            return [p.extract_text() or "" for p in pdf.pages]
    if suffix == ".docx":
        from docx import Document

        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return ["\n".join(parts)]
    if suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for tag in soup(["script", "style"]):
            tag.decompose()
        return [soup.get_text(" ")]
    return [path.read_text(encoding="utf-8")]


def check():
    errors = []
    golds = sorted(GOLD.glob("e-*.json"))
    if not golds:
        errors.append("no gold files found")
    cache = {}
    totals = {}
    for gpath in golds:
        g = json.loads(gpath.read_text(encoding="utf-8"))
        name = g.get("document")
        dpath = DOCS / name
        where = gpath.name
        if not dpath.exists():
            errors.append(f"{where}: document {name} missing")
            continue
        expected_stem = Path(name).stem
        if not gpath.stem.startswith(expected_stem):
            errors.append(f"{where}: file name does not follow document name {name}")
        if g.get("doc_type") not in DOC_TYPES:
            errors.append(f"{where}: bad doc_type {g.get('doc_type')}")
        if name not in cache:
            pages = document_pages(dpath)
            cache[name] = (pages, [_ws(p) for p in pages], _ws(" ".join(pages)),
                           [_loose(p) for p in pages], _loose(" ".join(pages)))
        pages, ws_pages, ws_all, loose_pages, loose_all = cache[name]

        items = {it["number"] for it in g.get("items", [])}
        phrases = []
        for i, q in enumerate(g.get("questions", [])):
            tag = f"{where} question {i + 1}"
            if q.get("item") not in items:
                errors.append(f"{tag}: item {q.get('item')} not in items")
            if q.get("kind") not in KINDS:
                errors.append(f"{tag}: bad kind {q.get('kind')}")
            bad = set(q.get("themes", [])) - THEMES
            if bad:
                errors.append(f"{tag}: unknown themes {bad}")
            phrases.append((tag + " text", q["text"]))
            if q.get("answer") is not None:
                phrases.append((tag + " answer", q["answer"]))
            elif q.get("given_by") is not None:
                errors.append(f"{tag}: given_by without answer")
        for i, r in enumerate(g.get("resolutions", [])):
            tag = f"{where} resolution {i + 1}"
            if r.get("item") not in items:
                errors.append(f"{tag}: item {r.get('item')} not in items")
            if r.get("outcome") not in OUTCOMES:
                errors.append(f"{tag}: bad outcome {r.get('outcome')}")
            bad = set(r.get("themes", [])) - THEMES
            if bad:
                errors.append(f"{tag}: unknown themes {bad}")
            phrases.append((tag + " text", r["text"]))
        for i, at in enumerate(g.get("attendees", [])):
            tag = f"{where} attendee {i + 1}"
            if at.get("attendance") not in ATTENDANCE:
                errors.append(f"{tag}: bad attendance {at.get('attendance')}")
            if _ws(at["name"]) not in ws_all:
                errors.append(f"{tag}: name {at['name']!r} not in document")
            if at.get("role") and _ws(at["role"]) not in ws_all:
                errors.append(f"{tag}: role {at['role']!r} not in document")
        for it in g.get("items", []):
            if _ws(it["title"]) not in ws_all:
                errors.append(f"{where}: item title {it['title']!r} not in document")
        for who in [q.get("asked_by") for q in g.get("questions", [])] + \
                   [q.get("given_by") for q in g.get("questions", [])]:
            if who and _ws(who) not in ws_all:
                errors.append(f"{where}: person {who!r} not in document")

        for tag, ph in phrases:
            n_words = len(ph.split())
            if not 6 <= n_words <= 15:
                errors.append(f"{tag}: {n_words} words: {ph!r}")
            wsph = _ws(ph)
            n_all = ws_all.count(wsph)
            n_pages = sum(p.count(wsph) for p in ws_pages)
            if n_all != 1 or n_pages != 1:
                errors.append(f"{tag}: verbatim count {n_all} (within pages {n_pages}): {ph!r}")
            lph = _loose(ph)
            la = len(re.findall(r"(?<!\w)" + re.escape(lph) + r"(?!\w)", loose_all))
            if la != 1:
                errors.append(f"{tag}: loose count {la}: {ph!r}")
        totals[where] = (len(g.get("items", [])), len(g.get("questions", [])),
                         sum(1 for q in g.get("questions", []) if q.get("answer") is None),
                         len(g.get("resolutions", [])), len(g.get("attendees", [])))
    for where, (ni, nq, nu, nr, na) in totals.items():
        print(f"{where}: items {ni}, questions {nq} ({nu} unanswered), resolutions {nr}, "
              f"attendees {na}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nall phrases found verbatim exactly once")
    return 0


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    build_marlow_minutes(DOCS / "e-marlow-vale-printed-minutes.pdf")
    build_marlow_agenda(DOCS / "e-marlow-vale-agenda.pdf")
    build_hollins_docx(DOCS / "e-hollins-cabinet-scrutiny.docx")
    build_hollins_issue(DOCS / "e-hollins-issue-history.html")
    for p in sorted(DOCS.glob("e-*")):
        print(p.relative_to(HERE), p.stat().st_size)


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
