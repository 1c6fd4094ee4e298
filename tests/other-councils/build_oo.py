#!/usr/bin/env python3
"""Build the "oo-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_oo.py           build documents/oo-* and gold/oo-*.json
        build_oo.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import io
import json
import re
import string
import sys
import zipfile
from pathlib import Path

from fpdf import FPDF
import docx
from docx.shared import Pt, Cm

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "oo-spoddenvale-health-care-osc-2025-03-11.pdf"
REPORT_NAME = "oo-spoddenvale-report-stop-smoking-vaping-recommissioning.docx"

COMMITTEE = "Health and Care Overview and Scrutiny Committee"
FIXED = datetime.datetime(2025, 3, 14, 9, 30, tzinfo=datetime.timezone.utc)

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------

ATTENDANCE = [
    ("PRESENT:", "Councillor Brearley (Chair); Councillors Akhtar, Bhatti, Cunliffe, "
                 "Emmott, S Greenhalgh, Iqbal, Taylor-Mount and Winterbottom."),
    ("OFFICERS:", "R. Ormerod (Director of Public Health), K. Schofield (Assistant Director, "
                  "Adult Care Commissioning), J. Lumb (Head of Integrated Urgent Care), "
                  "P. Heap (Scrutiny Officer) and H. Kay (Committee Services)."),
    ("ALSO IN ATTENDANCE:", "Councillor Duckworth (Cabinet Member for Adult Care and "
                            "Wellbeing), Dr F. Okonjo (Medical Director, Northern Valleys Care "
                            "Alliance NHS Foundation Trust), T. Howarth (Deputy Place Lead, NHS "
                            "North West Pennine Integrated Care Board) and M. Rigby "
                            "(Healthwatch Spodden Vale)."),
    ("APOLOGIES:", "Councillors Fitton and Mahmood."),
]

# Each item: (number, title, [blocks]); block kinds: ("p", text), ("res", [clauses] or
# text), ("list", intro, [(label, text)])
ITEMS = [
    ("52", "APOLOGIES FOR ABSENCE", [
        ("p", "Apologies for absence were received from Councillors Fitton and Mahmood."),
    ]),
    ("53", "DECLARATIONS OF INTEREST", [
        ("p", "Councillor Iqbal declared a personal interest in Minute 58 (Adult Care Provider "
              "Fees 2025/26) as a director of a community interest company which provides day "
              "opportunities in the borough, and took no part in the discussion of that item."),
    ]),
    ("54", "URGENT ITEMS OF BUSINESS", [
        ("p", "There were no urgent items of business."),
    ]),
    ("55", "OPEN FORUM", [
        ("p", "Mr G. Whittaker, a resident of Heyburn, asked the following question, notice of "
              "which had been given in accordance with the Council’s procedure rules:"),
        ("p", "“Patients at the Heyburn Lane branch surgery have been told that it will close "
              "at the end of May. What consultation has there been with patients, and how are "
              "older people without a car expected to get to the main surgery in Milnbrook?”"),
        ("p", "T. Howarth, Deputy Place Lead, responded that the practice had applied to the "
              "Integrated Care Board to close the branch surgery and that no decision had yet "
              "been made. A patient survey had been carried out by the practice in January and "
              "had received 412 responses, and the findings, together with an assessment of "
              "travel times by bus from Heyburn to Milnbrook, would be considered by the "
              "Primary Care Commissioning Committee in April before any decision was taken."),
        ("p", "Mr Whittaker asked a supplementary question as to whether the practice would "
              "provide transport between the two sites, to which no answer was available at the "
              "meeting. The Chair thanked Mr Whittaker for attending."),
    ]),
    ("56", "MINUTES", [
        ("res", ["That the Minutes of the meeting of the Health and Care Overview and Scrutiny "
                 "Committee held on 21 January 2025 be approved as a correct record."]),
    ]),
    ("57", "URGENT AND EMERGENCY CARE – WINTER 2024/25 UPDATE", [
        ("p", "The Committee considered a joint report of the Northern Valleys Care Alliance NHS "
              "Foundation Trust and the Spodden Vale locality of NHS North West Pennine "
              "Integrated Care Board which provided an update on the performance of urgent and "
              "emergency care services over the winter period, including the Emergency "
              "Department at Spoddenford Infirmary, the Urgent Treatment Centre at Heyburn and "
              "the arrangements for discharging patients from hospital."),
        ("p", "Dr F. Okonjo, Medical Director, presented the report and advised that attendances "
              "at the Emergency Department between November and February had been 8 per cent "
              "higher than in the previous winter, that performance against the four hour "
              "standard had averaged 71.4 per cent against a national target of 78 per cent, "
              "and that the number of patients who were medically fit for discharge but "
              "remained in hospital had fallen from 64 in November to 41 at the end of "
              "February. J. Lumb, Head of Integrated Urgent Care, outlined the work of the "
              "integrated discharge team, which brought together hospital social workers, "
              "therapists and the Council’s reablement service on the Infirmary site."),
        ("p", "Members asked a number of questions in relation to the report. Councillor "
              "Cunliffe asked why ambulance handover times at Spoddenford Infirmary remained "
              "longer than at the Trust’s other hospitals. Dr Okonjo advised that the Emergency "
              "Department had been designed for around 60,000 attendances a year and was now "
              "seeing over 90,000, and that a new assessment area for ambulance patients would "
              "open in June, which was expected to reduce handover delays significantly."),
        ("p", "Councillor Winterbottom expressed concern about the use of corridor care during "
              "January and asked how patients’ dignity was being protected. In response, the "
              "Medical Director acknowledged that corridor care had been used on 19 days in "
              "January, which was not acceptable, and explained that a senior nurse was "
              "allocated to every shift to oversee patients waiting in corridors and that each "
              "occasion was reviewed by the Trust’s quality and safety committee."),
        ("p", "Councillor Akhtar referred to the number of people remaining in hospital while "
              "waiting for a package of care and sought clarification on how many of these "
              "were waiting for home care. The Assistant Director, Adult Care Commissioning "
              "reported that home care capacity was no longer the main cause of delay, as an "
              "additional 1,200 hours a week had been commissioned since the summer, and that "
              "most of the remaining delays related to people who needed a nursing home "
              "placement with specialist dementia support, of which there was a shortage "
              "across the borough."),
        ("p", "Councillor Taylor-Mount asked whether the Urgent Treatment Centre at Heyburn "
              "would remain open overnight after 31 March, as residents had been given "
              "conflicting information. T. Howarth advised that the overnight opening had been "
              "funded on a temporary basis from winter monies and that a decision on its future "
              "would be taken by the Integrated Care Board in April following a review of how "
              "the service had been used. Members requested that the outcome of the review be "
              "reported to the Committee."),
        ("p", "Councillor Emmott commented that staff at the Infirmary had worked extremely hard "
              "over the winter under very difficult circumstances and asked that the "
              "Committee’s thanks be passed on to them."),
        ("res", ["That the report be noted;",
                 "That the outcome of the review of overnight opening at the Heyburn Urgent "
                 "Treatment Centre be submitted to a future meeting of the Committee."]),
    ]),
    ("58", "ADULT CARE PROVIDER FEES 2025/26", [
        ("p", "The Committee considered a report of the Director of Adult Care which set out the "
              "proposed fee rates for 2025/26 for home care, residential and nursing care, "
              "supported living and day opportunities purchased from external providers, prior "
              "to their consideration by Cabinet on 25 March 2025."),
        ("p", "K. Schofield, Assistant Director, Adult Care Commissioning, introduced the report "
              "and advised that the proposed uplift for home care was 6.8 per cent, taking the "
              "standard hourly rate to £24.10, which reflected the increase in the National "
              "Living Wage and in employers’ National Insurance contributions from April 2025. "
              "The full year cost of the proposed uplifts across all services would be £7.9 "
              "million, of which £2.3 million would be met from the increase in the Social Care "
              "Grant and the remainder from the Adult Care budget for 2025/26 approved by "
              "Council in February. Providers had been consulted on the proposed rates in "
              "December and January, and 37 responses had been received."),
        ("p", "Councillor Duckworth, Cabinet Member for Adult Care and Wellbeing, advised that the "
              "Council had consistently paid providers at or above the rates indicated by its "
              "cost of care exercise, and that the proposals sought to balance the stability of "
              "the care market with the pressures on the Council’s budget."),
        ("list", "Members raised the following points:", [
            ("(a)", "Councillor S Greenhalgh asked whether the hourly rate would allow providers "
                    "to pay care workers for their travel time between calls. The Assistant "
                    "Director confirmed that the rate had been built up from a cost of care "
                    "model which included paid travel time and mileage, and that providers were "
                    "required to evidence this through the Council’s contract monitoring "
                    "arrangements."),
            ("(b)", "Councillor Bhatti expressed concern that a number of smaller home care "
                    "providers had left the market during the year and that care in the borough "
                    "was increasingly being delivered by national companies owned by private "
                    "equity. The Assistant Director advised that two providers had handed back "
                    "contracts in 2024, that all of the packages concerned had been transferred "
                    "without a break in care, and that 78 per cent of home care hours were still "
                    "delivered by providers based in Spodden Vale."),
            ("(c)", "Councillor Winterbottom asked how the increase in fees for residential care "
                    "would affect residents who paid for their own care. The Cabinet Member "
                    "explained that care homes set their own charges for self-funders, which the "
                    "Council could not control, but that the Council’s information and advice "
                    "service would support any resident or family who was concerned."),
            ("(d)", "Councillor Cunliffe requested that future reports include the number of "
                    "hours of home care commissioned each month, so that the Committee could "
                    "see whether the waiting list for care was reducing."),
        ]),
        ("res", ["That the Committee recommends to Cabinet that the proposed fee rates for "
                 "2025/26 be approved, and that Cabinet be advised of the Committee’s concerns "
                 "regarding the stability of the home care market in the borough."]),
    ]),
    ("59", "STOP SMOKING AND VAPING SERVICE – RECOMMISSIONING", [
        ("p", "The Committee considered a report of the Director of Public Health which sought "
              "the views of the Committee on proposals to recommission the Council’s specialist "
              "stop smoking service from 1 October 2025, including the provision of vapes as a "
              "quit aid, prior to a decision by the Cabinet Member for Public Health and "
              "Communities."),
        ("p", "R. Ormerod, Director of Public Health, advised that smoking prevalence among "
              "adults in Spodden Vale was 15.9 per cent, compared with 11.6 per cent in "
              "England, and that smoking remained the single largest cause of the gap in life "
              "expectancy between the most and least deprived wards in the borough. The "
              "Council had received an additional £412,000 for 2024/25 through the national "
              "Local Stop Smoking Services and Support Grant, and the new contract would "
              "double the number of people supported to quit each year. A public consultation "
              "on the proposed service model would run from 17 March to 27 April 2025."),
        ("p", "In the discussion that followed, Councillor Emmott asked whether providing free "
              "vapes risked encouraging young people to take up vaping, and the Director of "
              "Public Health explained that vapes would only be supplied to adults who were "
              "smokers as part of a structured quit attempt with behavioural support, and that "
              "the Council’s trading standards team was continuing to take action against "
              "shops selling vapes to children. Councillor Akhtar questioned why the service "
              "was to be tendered rather than delivered by the Council’s own staff, and was "
              "advised that the service had not been delivered in-house since 2016 and that an "
              "options appraisal had found that a contract with a specialist provider, working "
              "with GP practices and community pharmacies, offered the best value for money. "
              "Councillor Taylor-Mount sought clarification as to whether pregnant women would "
              "continue to receive support through the maternity service at Spoddenford "
              "Infirmary, and it was confirmed that the maternity smokefree pathway was funded "
              "separately by the NHS and would not be affected by the proposals."),
        ("p", "The Chair asked that the consultation include the views of people with mental "
              "health problems, who were more likely to smoke and less likely to be offered "
              "support to stop. The Director of Public Health agreed to ensure that users of "
              "mental health services were involved through the Spodden Vale Mind user forum."),
        ("res", ["That the report be noted;",
                 "That the Committee supports the proposal to recommission the stop smoking "
                 "service, including the provision of vapes as a quit aid; and",
                 "That the results of the public consultation be reported to the Committee "
                 "before a decision is taken."]),
    ]),
    ("60", "ACCESS TO NHS DENTAL SERVICES", [
        ("p", "T. Howarth presented a briefing note on access to NHS dentistry in Spodden Vale "
              "since the Integrated Care Board took over responsibility for commissioning dental "
              "services. There were 31 dental practices in the borough holding NHS contracts, "
              "of which 4 were currently accepting new adult NHS patients. Additional urgent "
              "dental care sessions had been commissioned at two practices in Spoddenford and "
              "one in Middlebrook, and 2,950 patients had been seen through these sessions "
              "since April."),
        ("p", "M. Rigby, Healthwatch Spodden Vale, reported that dentistry had remained the most "
              "common reason for residents contacting Healthwatch during the year, and that many "
              "callers had been told by practices to join a waiting list of over two years or "
              "to pay privately."),
        ("list", "The following issues were raised by Members:", [
            ("•", "Councillor Iqbal asked how many children in the borough had not seen a "
                  "dentist in the past year. T. Howarth advised that 46 per cent of children had "
                  "not seen a dentist in the previous 12 months, and that a supervised "
                  "toothbrushing programme had been commissioned in 40 primary schools and "
                  "nurseries in the areas with the highest levels of tooth decay."),
            ("•", "The length of time residents with disabilities had to wait to be seen by the "
                  "community dental service. It was noted that the waiting time for an "
                  "assessment by the community dental service was currently 38 weeks."),
            ("•", "Councillor Cunliffe queried whether the Integrated Care Board had any powers "
                  "to prevent practices from handing back their NHS contracts."),
            ("•", "Councillor Winterbottom commented that the national dental contract was the "
                  "root of the problem and that local commissioners could do little until it "
                  "was reformed."),
        ]),
        ("res", ["That the briefing note be noted and that the Chair write to the Secretary of "
                 "State for Health and Social Care on behalf of the Committee setting out its "
                 "concerns regarding the national dental contract."]),
    ]),
    ("61", "WORK PROGRAMME 2024/25", [
        ("p", "P. Heap, Scrutiny Officer, presented the Committee’s work programme for the "
              "remainder of the 2024/25 municipal year and invited Members to suggest items for "
              "consideration in 2025/26. Members suggested that the Council’s response to the "
              "Care Quality Commission assessment of adult social care, mental health crisis "
              "support for young people, and the effect of damp and mould in private rented "
              "homes on residents’ health be considered for inclusion."),
        ("p", "The Committee noted the work programme, subject to the addition of the items "
              "suggested by Members to the draft work programme for 2025/26."),
    ]),
]

CLOSING = "The meeting started at 6.00 pm and ended at 8.12 pm."


class MinutesPDF(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(20, 10)
        self.cell(85, 5, COMMITTEE)
        self.cell(85, 5, "11 March 2025", align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 9)
        self.cell(0, 5, str(self.page_no()), align="C")


NUM_X = 20
BODY_X = 38
RIGHT = 20
LINE_H = 5.2


def _para(pdf, text, x=BODY_X, bold=False, gap=2.5):
    pdf.set_left_margin(x)
    pdf.set_x(x)
    pdf.set_font("DejaVu", "B" if bold else "", 10.5)
    pdf.multi_cell(210 - x - RIGHT, LINE_H, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def _hanging(pdf, label, text, label_x, text_x, gap=2.5):
    if pdf.get_y() > 297 - 30:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("DejaVu", "", 10.5)
    pdf.set_xy(label_x, y)
    pdf.cell(text_x - label_x, LINE_H, label)
    pdf.set_left_margin(text_x)
    pdf.set_xy(text_x, y)
    pdf.multi_cell(210 - text_x - RIGHT, LINE_H, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def build_minutes(path):
    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_margins(20, 20, RIGHT)
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, COMMITTEE.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 6, "MINUTES OF MEETING", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(0, 6, "Tuesday, 11 March 2025", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    for label, text in ATTENDANCE:
        pdf.set_left_margin(20)
        pdf.set_x(20)
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.write(LINE_H, label + " ")
        pdf.set_font("DejaVu", "", 10.5)
        pdf.write(LINE_H, text)
        pdf.ln(LINE_H)
        pdf.ln(3)
    pdf.ln(3)

    for number, title, blocks in ITEMS:
        if pdf.get_y() > 297 - 45:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.set_xy(NUM_X, y)
        pdf.cell(BODY_X - NUM_X, LINE_H, number)
        _para(pdf, title, bold=True, gap=2)
        for block in blocks:
            kind = block[0]
            if kind == "p":
                _para(pdf, block[1])
            elif kind == "list":
                _para(pdf, block[1], gap=1.5)
                for label, text in block[2]:
                    _hanging(pdf, label, text, BODY_X, BODY_X + 9, gap=1.8)
                pdf.ln(1)
            elif kind == "res":
                _para(pdf, "Resolved:", bold=True, gap=1)
                clauses = block[1]
                if len(clauses) == 1:
                    _para(pdf, clauses[0])
                else:
                    for i, clause in enumerate(clauses, 1):
                        _hanging(pdf, f"{i}.", clause, BODY_X, BODY_X + 7, gap=1)
                    pdf.ln(1.5)
        pdf.ln(1.5)

    _para(pdf, CLOSING, x=20)
    pdf.set_left_margin(20)
    pdf.output(str(path))
    return pdf.page_no()


# ---------------------------------------------------------------------------
# The report (not minutes)
# ---------------------------------------------------------------------------

REPORT_META = [
    ("Subject:", "Stop Smoking and Vaping Service – Recommissioning"),
    ("Status:", "For Publication"),
    ("Report to:", "Health and Care Overview and Scrutiny Committee"),
    ("Date:", "11 March 2025"),
    ("Report of:", "Director of Public Health"),
    ("Cabinet Member:", "Cabinet Member for Public Health and Communities"),
    ("Key Decision:", "Yes"),
    ("Forward Plan:", "General Exception / Special Urgency: No"),
    ("Author:", "L. Crossley, Public Health Commissioning Manager"),
]

REPORT_SECTIONS = [
    ("1. Recommendations", [
        "1.1 That the Committee notes the proposals for the recommissioning of the specialist "
        "stop smoking service set out in this report.",
        "1.2 That the Committee comments on the proposed service model, including the provision "
        "of e-cigarettes (vapes) as a quit aid, before the public consultation begins.",
    ]),
    ("2. Reason for recommendation", [
        "2.1 The current contract for the specialist stop smoking service ends on 30 September "
        "2025 and cannot be extended further under the Council’s Contract Procedure Rules. The "
        "Committee’s views will be reported to the Cabinet Member for Public Health and "
        "Communities alongside the results of the consultation.",
    ]),
    ("3. Key points for decision", [
        "3.1 Smoking prevalence among adults in Spodden Vale is 15.9%, compared with 11.6% in "
        "England. Prevalence among people with a long-term mental health condition is estimated "
        "at 26%, and among routine and manual workers at 22%.",
        "3.2 The additional Local Stop Smoking Services and Support Grant (£412,000 in 2024/25) "
        "allows the Council to increase the number of quit attempts it supports from around "
        "1,100 to 2,200 a year.",
        "3.3 It is proposed that the new service includes a ‘swap to stop’ offer in which adult "
        "smokers receive a vape starter kit and twelve weeks of behavioural support. Vapes will "
        "not be supplied to anyone under 18.",
    ]),
    ("4. Alternatives considered", [
        "4.1 Delivering the service in-house was considered but rejected: the Council has not "
        "employed stop smoking advisers since 2016 and would need to recruit and train a new team "
        "before October 2025. Extending the current contract is not permitted.",
    ]),
    ("5. Costs and Budget Summary", [
        "5.1 The proposed contract value is £640,000 a year for three years, with an option to "
        "extend for up to two further years, funded from the Public Health Grant (£380,000) and "
        "the Local Stop Smoking Services and Support Grant (£260,000). The grant is confirmed for "
        "2025/26 only.",
    ]),
    ("6. Risk and Policy Implications", [
        "6.1 If the grant is not continued beyond March 2026 the service would need to be reduced "
        "to the level funded by the Public Health Grant. The contract will include a break "
        "clause to manage this risk.",
    ]),
]

REPORT_QA_INTRO = ("7.1 Early engagement took place at community events in Spoddenford, Heyburn "
                   "and Middlebrook in January and February 2025. The questions asked most often, "
                   "and our responses, are set out below.")

REPORT_QA = [
    ("Will the Council be handing out free vapes to teenagers?",
     "No. Vapes will only be provided to adults aged 18 or over who smoke and who sign up to a "
     "quit attempt with an adviser."),
    ("Why can’t my GP surgery or chemist help me stop instead?",
     "They will. The new provider will be required to offer appointments in GP practices and "
     "community pharmacies as well as by telephone and online."),
    ("Is vaping safe?",
     "Vaping is not risk free, but it is substantially less harmful than smoking. The advice of "
     "the Chief Medical Officer is that smokers should be encouraged to switch completely."),
    ("What happens if I am pregnant?",
     "Pregnant women will continue to be supported by the maternity smokefree pathway at "
     "Spoddenford Infirmary, which is funded by the NHS."),
]

REPORT_TAIL = [
    ("8. Equality impact", [
        "8.1 An equality impact assessment has been completed (Appendix 2). The proposals are "
        "expected to have a positive impact on people with mental health conditions, people "
        "on low incomes and pregnant women, among whom smoking rates are highest.",
    ]),
    ("9. Background papers", [
        "9.1 Spodden Vale Tobacco Control Plan 2023–2028; Local Stop Smoking Services and Support "
        "Grant conditions 2024/25. For further information please contact L. Crossley, Public "
        "Health Commissioning Manager, Riverbank House, Spoddenford.",
    ]),
]


def build_report(path):
    d = docx.Document()
    cp = d.core_properties
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.author = "Public Health"
    cp.last_modified_by = "Public Health"
    cp.title = "Stop Smoking and Vaping Service – Recommissioning"
    cp.revision = 1
    style = d.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)

    p = d.add_paragraph()
    r = p.add_run("SPODDEN VALE BOROUGH COUNCIL")
    r.bold = True
    r.font.size = Pt(14)

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in REPORT_META:
        row = t.add_row().cells
        row[0].text = label
        row[0].paragraphs[0].runs[0].bold = True
        row[1].text = value
        row[0].width = Cm(4)
        row[1].width = Cm(12)
    d.add_paragraph()

    p = d.add_paragraph()
    p.add_run("Purpose of report").bold = True
    d.add_paragraph("To seek the views of the Health and Care Overview and Scrutiny Committee on "
                    "the proposed model for a recommissioned specialist stop smoking service, "
                    "including a ‘swap to stop’ vaping offer, from 1 October 2025.")

    def sections(items):
        for heading, paras in items:
            d.add_heading(heading, level=2)
            for para in paras:
                d.add_paragraph(para)

    sections(REPORT_SECTIONS)
    d.add_heading("7. Consultation", level=2)
    d.add_paragraph(REPORT_QA_INTRO)
    qa = d.add_table(rows=1, cols=2)
    qa.style = "Table Grid"
    qa.rows[0].cells[0].text = "What people asked"
    qa.rows[0].cells[1].text = "Our response"
    for c in qa.rows[0].cells:
        c.paragraphs[0].runs[0].bold = True
    for q, a in REPORT_QA:
        row = qa.add_row().cells
        row[0].text = q
        row[1].text = a
    d.add_paragraph()
    d.add_paragraph("7.2 A formal public consultation will run from 17 March to 27 April 2025. "
                    "The Committee is asked whether it wishes to receive the results before a "
                    "decision is taken.")
    sections(REPORT_TAIL)
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so the output is deterministic
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 11, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
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


def minutes_gold():
    items = [{"number": n, "title": t} for n, t, _ in ITEMS]
    questions = [
        q("55", "question",
          "What consultation has there been with patients, and how are older people",
          "Mr G. Whittaker",
          "the practice had applied to the Integrated Care Board to close the branch surgery",
          "T. Howarth",
          ["primary-care", "patient-and-public-input"]),
        q("55", "question",
          "whether the practice would provide transport between the two sites",
          "Mr Whittaker", None, None, ["primary-care"]),
        q("57", "question",
          "asked why ambulance handover times at Spoddenford Infirmary remained longer",
          "Councillor Cunliffe",
          "a new assessment area for ambulance patients would open in June",
          "Dr Okonjo", []),
        q("57", "concern",
          "expressed concern about the use of corridor care during January",
          "Councillor Winterbottom",
          "a senior nurse was allocated to every shift to oversee patients",
          "Medical Director", []),
        q("57", "question",
          "sought clarification on how many of these were waiting for home care",
          "Councillor Akhtar",
          "home care capacity was no longer the main cause of delay",
          "Assistant Director, Adult Care Commissioning",
          ["adult-social-care"]),
        q("57", "question",
          "asked whether the Urgent Treatment Centre at Heyburn would remain open overnight",
          "Councillor Taylor-Mount",
          "had been funded on a temporary basis from winter monies",
          "T. Howarth", ["finance"]),
        q("57", "request",
          "Members requested that the outcome of the review be reported to the Committee",
          None, None, None, []),
        q("57", "comment",
          "commented that staff at the Infirmary had worked extremely hard over the winter",
          "Councillor Emmott", None, None, ["workforce"]),
        q("58", "question",
          "asked whether the hourly rate would allow providers to pay care workers",
          "Councillor S Greenhalgh",
          "the rate had been built up from a cost of care model",
          "Assistant Director", ["workforce", "finance", "adult-social-care"]),
        q("58", "concern",
          "expressed concern that a number of smaller home care providers had left the market",
          "Councillor Bhatti",
          "two providers had handed back contracts in 2024",
          "Assistant Director",
          ["privatisation", "subcontracting", "adult-social-care"]),
        q("58", "question",
          "asked how the increase in fees for residential care would affect residents",
          "Councillor Winterbottom",
          "care homes set their own charges for self-funders, which the Council could not control",
          "Cabinet Member", ["finance", "adult-social-care"]),
        q("58", "request",
          "requested that future reports include the number of hours of home care",
          "Councillor Cunliffe", None, None, ["adult-social-care", "subcontracting"]),
        q("59", "question",
          "asked whether providing free vapes risked encouraging young people to take up vaping",
          "Councillor Emmott",
          "vapes would only be supplied to adults who were smokers",
          "Director of Public Health", ["public-health", "children-and-families"]),
        q("59", "question",
          "questioned why the service was to be tendered rather than delivered by",
          "Councillor Akhtar",
          "an options appraisal had found that a contract with a specialist provider",
          None, ["privatisation", "subcontracting", "finance", "public-health"]),
        q("59", "question",
          "sought clarification as to whether pregnant women would continue to receive support",
          "Councillor Taylor-Mount",
          "the maternity smokefree pathway was funded separately by the NHS",
          None, ["public-health"]),
        q("59", "request",
          "The Chair asked that the consultation include the views of people with mental",
          "The Chair",
          "The Director of Public Health agreed to ensure that users of",
          "Director of Public Health",
          ["patient-and-public-input", "mental-health", "public-health"]),
        q("60", "question",
          "asked how many children in the borough had not seen a dentist",
          "Councillor Iqbal",
          "46 per cent of children had not seen a dentist in the previous 12 months",
          "T. Howarth", ["primary-care", "children-and-families"]),
        q("60", "concern",
          "The length of time residents with disabilities had to wait to be seen",
          None,
          "the waiting time for an assessment by the community dental service was currently",
          None, ["primary-care"]),
        q("60", "question",
          "queried whether the Integrated Care Board had any powers to prevent practices",
          "Councillor Cunliffe", None, None, ["primary-care", "governance"]),
        q("60", "comment",
          "commented that the national dental contract was the root of the problem",
          "Councillor Winterbottom", None, None, ["primary-care"]),
        q("61", "request",
          "Members suggested that the Council’s response to",
          None, None, None,
          ["governance", "adult-social-care", "mental-health", "children-and-families",
           "housing"]),
    ]
    resolutions = [
        r("56", "the Minutes of the meeting of the Health and Care Overview and Scrutiny",
          "agreed", []),
        r("57", "the outcome of the review of overnight opening at the Heyburn Urgent",
          "agreed", []),
        r("58", "the Committee recommends to Cabinet that the proposed fee rates for 2025/26",
          "recommended", ["finance", "adult-social-care"]),
        r("59", "the Committee supports the proposal to recommission the stop smoking service",
          "agreed", ["public-health", "subcontracting", "patient-and-public-input"]),
        r("60", "the Chair write to the Secretary of State for Health and Social Care",
          "agreed", ["primary-care", "governance"]),
        r("61", "The Committee noted the work programme, subject to the addition of the items",
          "agreed", []),
    ]
    attendees = [
        {"name": "Councillor Brearley", "role": "Chair", "attendance": "present"},
    ]
    for n in ["Akhtar", "Bhatti", "Cunliffe", "Emmott", "S Greenhalgh", "Iqbal",
              "Taylor-Mount", "Winterbottom"]:
        attendees.append({"name": f"Councillor {n}", "role": None, "attendance": "present"})
    for n, role in [("R. Ormerod", "Director of Public Health"),
                    ("K. Schofield", "Assistant Director, Adult Care Commissioning"),
                    ("J. Lumb", "Head of Integrated Urgent Care"),
                    ("P. Heap", "Scrutiny Officer"),
                    ("H. Kay", "Committee Services"),
                    ("Councillor Duckworth", "Cabinet Member for Adult Care and Wellbeing"),
                    ("Dr F. Okonjo", "Medical Director, Northern Valleys Care Alliance NHS "
                                     "Foundation Trust"),
                    ("T. Howarth", "Deputy Place Lead, NHS North West Pennine Integrated "
                                   "Care Board"),
                    ("M. Rigby", "Healthwatch Spodden Vale")]:
        attendees.append({"name": n, "role": role, "attendance": "in_attendance"})
    for n in ["Fitton", "Mahmood"]:
        attendees.append({"name": f"Councillor {n}", "role": None, "attendance": "apologies"})
    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": COMMITTEE,
        "meeting_date": "2025-03-11",
        "items": items,
        "questions": questions,
        "resolutions": resolutions,
        "attendees": attendees,
    }


def report_gold():
    return {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------

PUNCT = set(string.punctuation) | set("‘’“”–—•£…")


def norm(text):
    text = text.lower()
    text = "".join(ch for ch in text if ch not in PUNCT)
    return re.sub(r"\s+", " ", text).strip()


def doc_text(path):
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix == ".docx":
        d = docx.Document(str(path))
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


def check():
    ok = True
    for gold_path in sorted(GOLD.glob("oo-*.json")):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        text = norm(doc_text(doc))
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            n = text.count(norm(phrase))
            words = len(phrase.split())
            if n != 1 or not 6 <= words <= 15:
                ok = False
                print(f"FAIL {g['document']}: {kind} {phrase!r}: {n} matches, {words} words")
        print(f"{g['document']}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


def main():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    pages = build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for g in (minutes_gold(), report_gold()):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {MINUTES_NAME} ({pages} pages) and {REPORT_NAME}")
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)


if __name__ == "__main__":
    main()
