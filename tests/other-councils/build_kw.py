#!/usr/bin/env python3
"""Build the "kw-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_kw.py           build documents/kw-* and gold/kw-*.json
        build_kw.py --check   verify every gold phrase occurs once in its document
"""
import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2025, 1, 24, 9, 30, 0, tzinfo=dt.timezone.utc)

MINUTES = "kw-pelsworth-schosc-2025-01-16.pdf"
REPORT = "kw-pelsworth-report-direct-payments-personal-assistants.docx"

COMMITTEE = "Social Care and Health Overview and Scrutiny Committee"

# --------------------------------------------------------------------------
# The minutes
# --------------------------------------------------------------------------
PRESENT = [
    ("Councillor S. Begum", "(Chair)"),
    ("Councillor M. Harrington", "(Vice-Chair)"),
    ("Councillor T. Ashworth", ""),
    ("Councillor R. Clifton", ""),
    ("Councillor J. Dunleavy", ""),
    ("Councillor H. Kaur", ""),
    ("Councillor L. Pritchard", ""),
    ("Councillor W. Sandhu", ""),
]
PORTFOLIO = [
    ("Councillor K. Marsden", "Portfolio Holder – Adult Social Care"),
    ("Councillor F. Okonjo", "Portfolio Holder – Wellbeing, Leisure and Public Spaces"),
]
IN_ATTENDANCE = [
    ("D. Whitcombe", "Executive Director, Adult Social Care, Public Health and Hub"),
    ("Dr N. Farooqi", "Director of Public Health"),
    ("C. Lister", "Director, Adult Social Care Commissioning"),
    ("P. Hendry", "Head of Finance (People)"),
    ("R. Okoro", "Director of Operations, Pelsworth Healthcare NHS Trust"),
    ("Dr A. Venn", "Deputy Chief Medical Officer, Pelsworth Healthcare NHS Trust"),
    ("S. Gallagher", "Place Director (Pelsworth), Forgeland Integrated Care Board"),
    ("M. Tranter", "Head of Operations, Westmerc Ambulance Service"),
    ("J. Poole", "Scrutiny Officer"),
    ("E. Wood", "Democratic Services Officer"),
]

# Blocks: ("item", number, title) | ("p", text) | ("resolved",) |
#         ("clauses", [text, ...]) | ("table", header, rows) | ("plain", text)
BODY = [
    ("item", "38/24", "Apologies"),
    ("p", "Apologies for absence were received on behalf of Councillor A. Nazir and "
          "Councillor P. Harrold."),

    ("item", "39/24", "Substitutions"),
    ("p", "Councillor R. Clifton substituted for Councillor A. Nazir for the duration of "
          "the meeting."),

    ("item", "40/24", "Declarations of interest and party whip"),
    ("p", "Councillor H. Kaur declared a non-pecuniary interest in minute 44/24 (Direct "
          "Payments and the Personal Assistant Workforce) as a member of her family receives "
          "a direct payment. There were no other declarations of interest or party whip for "
          "the duration of the meeting."),

    ("item", "41/24", "Minutes of the previous meeting"),
    ("p", "A Member queried whether the stroke rehabilitation data requested at minute 33/24 "
          "had been circulated. The Scrutiny Officer confirmed that the information had been "
          "requested from the Trust on two occasions and would be circulated to Members as "
          "soon as it was received."),
    ("resolved",),
    ("p", "That the minutes of the meeting held on 28 November 2024, a copy having been "
          "previously circulated, be approved as a true and accurate record of the meeting."),

    ("item", "42/24", "Local Government (Access to Information) Act, 1985 (as amended)"),
    ("resolved",),
    ("p", "There were no items to be considered in private session."),

    ("item", "43/24", "Urgent and Emergency Care – Winter 2024/25"),
    ("p", "The Chair welcomed representatives of Pelsworth Healthcare NHS Trust, Forgeland "
          "Integrated Care Board and Westmerc Ambulance Service to the meeting and invited the "
          "Director of Operations to present the report [annexed]."),
    ("p", "The Director of Operations advised that the Emergency Department at Pelsworth Manor "
          "Hospital had seen an average of 412 attendances a day over the Christmas and New "
          "Year period, an increase of 9% on the previous year, and that the Trust had declared "
          "a critical incident on 2 January 2025 which had been stood down after 36 hours. "
          "Performance against the four-hour standard had been 71.3% in December, against a "
          "national ambition of 78% by March 2025. Members were informed that 42 additional "
          "beds had been opened on Ward 21 and in the discharge lounge, and that the same day "
          "emergency care unit now remained open until 10.00 p.m. seven days a week. The Place "
          "Director (Pelsworth) described the system-wide winter plan, which included a virtual "
          "ward with capacity for 95 patients and extended access hubs at Hatherley Health "
          "Centre and Cottesmore Green Medical Practice, open in the evenings and at weekends."),
    ("p", "Members expressed concern at the length of time ambulances were waiting outside the "
          "Emergency Department, with some crews reported to have waited over five hours to "
          "hand over patients. The Head of Operations, Westmerc Ambulance Service, explained "
          "that the average handover time at Pelsworth Manor Hospital in December had been 38 "
          "minutes, which compared favourably with other acute hospitals in the region, but "
          "acknowledged that a small number of handovers had exceeded three hours during the "
          "critical incident. A ‘release to respond’ protocol was now in place so that crews "
          "were released within 45 minutes wherever it was clinically safe to do so."),
    ("p", "A Member asked whether patients were being cared for in corridors and, if so, how "
          "the Trust ensured their dignity and safety. The Deputy Chief Medical Officer "
          "confirmed that at times of peak pressure patients had been cared for in temporary "
          "escalation spaces, including the corridor next to the majors area, and that each "
          "space was assessed and allocated a named nurse. The Trust did not regard this as "
          "acceptable practice and every instance was reported to its Board."),
    ("p", "In response to a question about the number of patients who were medically fit for "
          "discharge but remained in hospital, the Executive Director, Adult Social Care, "
          "Public Health and Hub reported that on the day of the meeting 64 patients at the "
          "hospital had no criteria to reside, of whom 11 were Pelsworth residents waiting for "
          "social care support; the remainder were awaiting NHS community beds or lived in "
          "neighbouring authorities. The Council’s discharge to assess service and the joint "
          "discharge hub at the hospital had enabled an average of 27 discharges a day during "
          "December."),
    ("p", "A Member commented that many residents attended the Emergency Department because "
          "they could not obtain an appointment with their GP, particularly on Monday mornings, "
          "and questioned whether the extended access hubs were sufficiently publicised. The "
          "Place Director (Pelsworth) stated that practices in Pelsworth had delivered 9% more "
          "appointments in November than a year earlier, and that a ‘Think Which Service’ "
          "campaign would run on local radio and on buses from February. She undertook to "
          "provide Members with the opening hours of each hub so that they could share them "
          "with residents."),
    ("p", "Members asked about the uptake of flu and COVID-19 vaccinations among hospital staff "
          "and the wider population. The Director of Public Health reported that uptake of the "
          "flu vaccination among residents aged 65 and over stood at 71.8%, slightly below the "
          "England average, and was lower still in the more deprived wards in the west of the "
          "borough, where the public health team was working with mosques, gurdwaras and "
          "community pharmacies on pop-up clinics. The Deputy Chief Medical Officer added that "
          "48% of the Trust’s frontline staff had received the flu vaccine this winter, "
          "compared with 52% the previous winter."),
    ("p", "A Member raised concern about people in mental health crisis waiting in the "
          "Emergency Department for long periods while a specialist bed was found, sometimes "
          "out of area. The Deputy Chief Medical Officer explained that the mental health "
          "liaison team was based in the department 24 hours a day, but that the availability "
          "of inpatient beds was a matter for the mental health trust, which had been invited "
          "to attend a future meeting of the Committee."),
    ("p", "The Portfolio Holder for Adult Social Care thanked partners for the way in which "
          "health and social care had worked together over the holiday period. A Member "
          "commented that staff at the hospital and in the ambulance service had worked "
          "exceptionally hard in very difficult circumstances and asked that the Committee’s "
          "thanks be passed on to them."),
    ("resolved",),
    ("plain", "That:"),
    ("clauses", [
        "The report be noted;",
        "Pelsworth Healthcare NHS Trust provide a breakdown of Emergency Department "
        "attendances by ward of residence and age group to a future meeting;",
        "Representatives of the mental health trust be invited to a future meeting to discuss "
        "crisis care and out of area placements.",
    ]),

    ("item", "44/24", "Direct Payments and the Personal Assistant Workforce"),
    ("p", "The Portfolio Holder for Adult Social Care introduced the report [annexed], which set "
          "out the Council’s offer to people who chose to arrange their own care and support "
          "through a direct payment. The Director, Adult Social Care Commissioning advised that "
          "684 adults currently received a direct payment, equivalent to 19% of people "
          "receiving long-term community support, and that approximately 410 personal "
          "assistants (PAs) were employed by direct payment recipients. The Council had paid a "
          "standard rate of £13.60 an hour for PAs since April 2024, and a managed account "
          "service, provided under contract by Forge Independent Living CIC, supported "
          "recipients with payroll and their other responsibilities as employers."),
    ("p", "A Member asked how the hourly rate for personal assistants compared with the rates "
          "paid to home care agencies, and whether it was sufficient to recruit and retain PAs "
          "at a time when supermarkets were paying similar wages. The Director, Adult Social "
          "Care Commissioning explained that the framework rate for home care agencies was "
          "£22.84 an hour, but that this included the agencies’ overheads, travel time and "
          "profit, whereas a PA employed directly received the whole of the hourly rate less "
          "employer costs. The rate would be reviewed as part of the 2025/26 fee setting "
          "exercise, in the light of the increase in employer’s National Insurance "
          "contributions announced in the Autumn Budget. A second Member questioned whether "
          "recipients were aware of their responsibilities as employers, including pensions "
          "auto-enrolment, and was informed that the managed account service handled payroll, "
          "pensions and insurance for 71% of recipients, and that the remainder received "
          "written guidance and an annual check."),
    ("p", "Members expressed concern that take-up of direct payments was low among some "
          "communities, particularly older people of South Asian heritage, and asked what "
          "engagement had taken place to understand the reasons. The Portfolio Holder for "
          "Adult Social Care acknowledged that this was an area for improvement and advised "
          "that the Council had commissioned the Pelsworth Carers’ Centre and two community "
          "organisations to hold listening events during February and March 2025, the "
          "findings of which would be shared with the Committee."),
    ("p", "A Member asked when the contract for the managed account service was due to expire "
          "and whether the Council had considered bringing the service in-house. The Director, "
          "Adult Social Care Commissioning confirmed that the contract ran until 31 March 2026 "
          "with an option to extend for a further year; an options appraisal, including "
          "in-house provision, would be completed by the summer and reported to the Committee "
          "before any procurement began."),
    ("p", "In response to a Member’s query regarding training for personal assistants, Members "
          "were informed that PAs could access the Council’s free care skills training "
          "programme and that a PA register, launched in October 2024, now listed 126 PAs "
          "looking for work."),
    ("p", "Councillor Pritchard asked that future reports include the views of people who used "
          "direct payments, for example through case studies, as well as performance data."),
    ("resolved",),
    ("plain", "That:"),
    ("clauses", [
        "The report be noted;",
        "A briefing note on the outcome of the options appraisal for the managed account "
        "service be circulated to Members of the Committee when available;",
        "The findings of the listening events be reported to the Committee in the 2025/26 "
        "municipal year.",
    ]),

    ("item", "45/24", "Draft Revenue Budget and Capital Programme 2025/26 – 2028/29"),
    ("p", "The Head of Finance (People) presented the report [annexed], which set out the draft "
          "revenue budget proposals and capital programme relevant to the remit of the "
          "Committee, as reported to Cabinet on 11 December 2024 for consultation. Members were "
          "informed that the provisional local government finance settlement, received on 18 "
          "December 2024, provided an additional £4.1m of Social Care Grant to the Council, but "
          "that this was largely offset by the impact of the increase in employer’s National "
          "Insurance contributions on the Council’s commissioned providers, estimated at "
          "£3.2m. Demand pressures of £9.6m had been built into the adult social care budget "
          "for 2025/26, and savings proposals totalling £5.4m were attributed to the portfolio, "
          "as follows:"),
    ("table", ("Ref", "Proposal", "2025/26 £m"), [
        ("ASC 11", "Strength-based review of long-term care packages", "2.10"),
        ("ASC 12", "Expansion of technology enabled care", "1.25"),
        ("ASC 13", "Annual uplift in fees and charges for non-residential care", "0.45"),
        ("ASC 14", "Review of the in-house reablement service delivery model", "0.90"),
        ("ASC 15", "Reduction in agency social work staffing", "0.70"),
        ("", "Total", "5.40"),
    ]),
    ("p", "A Member asked for assurance that the review of care packages (ASC 11) would not "
          "result in people losing support that they needed. The Executive Director, Adult "
          "Social Care, Public Health and Hub stated that all reviews were carried out by "
          "qualified social workers under the Care Act 2014, that any change to a package would "
          "be based on assessed eligible need, and that people retained the right to challenge "
          "the outcome of a review."),
    ("p", "Councillor Dunleavy expressed strong concern regarding proposal ASC 14, the review of "
          "the in-house reablement service, and questioned whether this was a first step "
          "towards outsourcing the service to private providers, stating that the service was "
          "highly regarded by residents and that its staff should not be left facing "
          "uncertainty. The Portfolio Holder for Adult Social Care responded that no decision "
          "had been taken on the future delivery model, that the review would consider all "
          "options including retaining the service in-house, and that staff and trade unions "
          "would be consulted."),
    ("p", "A Member queried the proposed 6.7% increase in charges for non-residential care and "
          "asked how many people would be affected. Officers advised that approximately 2,150 "
          "people made a contribution towards the cost of their care, but that charges were "
          "means-tested and around 40% of people paid nothing."),
    ("p", "A Member commented that the increase in employer’s National Insurance contributions "
          "would place further pressure on care providers already struggling to recruit staff, "
          "and that this should be raised with the borough’s Members of Parliament. The "
          "Portfolio Holder for Adult Social Care agreed and advised that the Leader of the "
          "Council had written to the Minister for Care on the matter in December."),
    ("p", "In response to a question about the capital programme, the Head of Finance (People) "
          "confirmed that the Disabled Facilities Grant allocation for 2025/26 was expected to "
          "be £3.9m, and that the Council would continue to top this up from its own resources "
          "to reduce waiting times for adaptations."),
    ("resolved",),
    ("plain", "That:"),
    ("clauses", [
        "The draft revenue budget proposals and capital programme relating to the remit of the "
        "Committee be noted;",
        "The comments of the Committee, as set out above, be forwarded to Cabinet for "
        "consideration as part of the budget setting process;",
        "Cabinet be recommended to ensure that proposal ASC 14 is subject to full consultation "
        "with service users, carers, staff and trade unions before any decision on the future "
        "of the reablement service is taken.",
    ]),

    ("item", "46/24", "Areas of Focus 2024/25 and Forward Plans"),
    ("p", "Members considered the Committee’s Areas of Focus for the remainder of the municipal "
          "year, the recommendation tracker and the Forward Plans of the Council and the "
          "Forgeland Joint Executive Committee [annexed]. The Scrutiny Officer advised that the "
          "item on the Pelsworth Together partnership had been moved from March to June 2025 "
          "at the request of the Integrated Care Board."),
    ("p", "In relation to the recommendation tracker, a Member asked why the response of "
          "Cabinet to the Committee’s recommendations on the recommissioning of home care "
          "remained outstanding. The Scrutiny Officer explained that Cabinet would consider its "
          "response at its meeting on 12 February 2025."),
    ("p", "A Member requested that NHS dental services be considered by the Committee, as "
          "several constituents had reported that they could not register with an NHS dentist "
          "anywhere in the borough. The Place Director (Pelsworth) advised that responsibility "
          "for commissioning dental services had passed to the Integrated Care Board in 2023 "
          "and that officers would be happy to attend. The Committee agreed that NHS dental "
          "access be added to the Areas of Focus for the 2025/26 municipal year."),
    ("resolved",),
    ("p", "That the Areas of Focus, recommendation tracker and Forward Plans be noted."),

    ("item", "47/24", "Date of next meeting"),
    ("p", "The Chair informed the Committee that the date of the next meeting would be "
          "13 March 2025."),

    ("item", "", "Termination of meeting"),
    ("p", "There being no further business, the meeting terminated at 8.04 p.m."),
]


def build_minutes(path):
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("dv", "", 8)
                self.set_text_color(90, 90, 90)
                self.set_xy(20, 10)
                self.cell(170, 5, f"{COMMITTEE} – 16 January 2025", align="R")
                self.set_text_color(0, 0, 0)
                self.set_y(22)

        def footer(self):
            self.set_y(-15)
            self.set_font("dv", "", 8)
            self.cell(0, 5, f"{self.page_no()}", align="C")

    pdf = Minutes(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(f"Minutes – {COMMITTEE} – 16 January 2025")
    pdf.set_author("Democratic Services, Pelsworth Council")
    pdf.set_creator("Microsoft® Word for Microsoft 365")
    pdf.add_font("dv", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    lh = 5.4
    num_x, text_x = 20, 42
    width = 190 - text_x

    pdf.set_font("dv", "B", 14)
    pdf.multi_cell(170, 7, COMMITTEE, align="L")
    pdf.ln(2)
    pdf.set_font("dv", "", 10.5)
    pdf.cell(170, lh, "Thursday 16 January 2025 at 6.00 p.m.", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(170, lh, "Conference Room 2, Council House, Pelsworth", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    def labelled(label, rows, two_col=False):
        pdf.set_font("dv", "B", 10.5)
        pdf.set_x(20)
        pdf.cell(40, lh, label)
        pdf.set_font("dv", "", 10.5)
        first = True
        for name, role in rows:
            if not first:
                pdf.set_x(60)
            first = False
            pdf.set_x(60)
            if two_col:
                nw = 48 if name.startswith("Councillor") else 30
                pdf.cell(nw, lh, name)
                pdf.multi_cell(130 - nw, lh, role, new_x="LMARGIN", new_y="NEXT")
            else:
                txt = f"{name} {role}".strip()
                pdf.cell(130, lh, txt, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)

    labelled("Present", PRESENT)
    labelled("Portfolio Holders", PORTFOLIO, two_col=True)
    labelled("In attendance", IN_ATTENDANCE, two_col=True)

    for block in BODY:
        kind = block[0]
        pdf.set_font("dv", "", 10.5)
        if kind == "item":
            _, num, title = block
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.ln(3)
            y = pdf.get_y()
            pdf.set_font("dv", "B", 10.5)
            pdf.set_xy(num_x, y)
            pdf.cell(20, lh, num)
            pdf.set_xy(text_x, y)
            pdf.multi_cell(width, lh, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "p":
            pdf.set_x(text_x)
            pdf.multi_cell(width, lh, block[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "plain":
            pdf.set_x(text_x)
            pdf.multi_cell(width, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "resolved":
            pdf.set_font("dv", "B", 10.5)
            pdf.set_x(text_x)
            pdf.cell(width, lh, "Resolved", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "clauses":
            for i, c in enumerate(block[1], 1):
                y = pdf.get_y()
                if y > 262:
                    pdf.add_page()
                    y = pdf.get_y()
                pdf.set_xy(text_x, y)
                pdf.cell(8, lh, f"{i}.")
                pdf.set_xy(text_x + 8, y)
                pdf.multi_cell(width - 8, lh, c, align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            pdf.ln(1)
        elif kind == "table":
            _, head, rows = block
            widths = (20, 100, 28)
            pdf.set_x(text_x)
            pdf.set_font("dv", "B", 9.5)
            for w, h in zip(widths, head):
                pdf.cell(w, 6, h, border=1, align="R" if h == head[-1] else "L")
            pdf.ln(6)
            for r in rows:
                pdf.set_x(text_x)
                pdf.set_font("dv", "B" if r[1] == "Total" else "", 9.5)
                for j, (w, v) in enumerate(zip(widths, r)):
                    pdf.cell(w, 6, v, border=1, align="R" if j == 2 else "L")
                pdf.ln(6)
            pdf.ln(3)

    pdf.ln(10)
    pdf.set_font("dv", "", 10.5)
    pdf.set_x(text_x)
    pdf.cell(width, lh, "Chair: ……………………………………………", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_x(text_x)
    pdf.cell(width, lh, "Date: ……………………………………………", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# --------------------------------------------------------------------------
# The document that is not minutes: the officer report to the same meeting
# --------------------------------------------------------------------------
def build_report(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(12)
    cp = d.core_properties
    cp.created = dt.datetime(2025, 1, 6, 10, 0, 0)
    cp.modified = dt.datetime(2025, 1, 7, 16, 12, 0)
    cp.author = "C. Lister"
    cp.last_modified_by = "J. Poole"
    cp.title = "Direct Payments and the Personal Assistant Workforce"
    cp.revision = 3

    def para(text, bold=False, align=None, size=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return p

    para("Agenda item: 7", bold=True, align="right")
    para("Social Care and Health Overview and Scrutiny Committee", bold=True, size=14)
    para("16 January 2025", bold=True)
    para("Direct Payments and the Personal Assistant Workforce", bold=True, size=14)
    para("Ward(s): All")
    para("Portfolios: Councillor K. Marsden – Adult Social Care")

    def heading(t):
        para(t, bold=True)

    heading("1. Aim")
    para("1.1 To provide the Committee with an overview of the take-up of direct payments in "
         "Pelsworth, the support available to people who employ personal assistants (PAs), and "
         "the sufficiency of the PA workforce, so that Members can consider whether any "
         "recommendations should be made to the Portfolio Holder.")
    heading("2. Recommendations")
    para("2.1 That the Committee considers the content of the report and makes any "
         "recommendations it considers appropriate to the Portfolio Holder for Adult Social Care.")
    para("2.2 That the Committee notes the intention to complete an options appraisal of the "
         "managed account service, including in-house provision, before the current contract "
         "expires on 31 March 2026.")
    heading("3. Report detail – Know")
    para("Context", bold=True)
    para("3.1 A direct payment is a sum of money paid to a person with eligible care and support "
         "needs, or to their representative, so that they can arrange their own support instead "
         "of receiving services arranged by the Council. Under the Care Act 2014 the Council "
         "must offer a direct payment to everyone whose needs are to be met through a personal "
         "budget.")
    para("3.2 As at 30 November 2024, 684 adults received a direct payment, equivalent to 19% of "
         "people receiving long-term community support. The regional average is 24%. Take-up is "
         "lowest among people aged 75 and over and among older people of South Asian heritage.")

    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Measure", "March 2024", "November 2024")):
        c.text = h
    for row in [("Adults receiving a direct payment", "651", "684"),
                ("Of whom employ one or more PAs", "372", "398"),
                ("PAs employed (estimate)", "385", "410"),
                ("Recipients using the managed account service", "70%", "71%"),
                ("Direct payments ended in the period (not through death)", "44", "29")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    para("")
    para("3.3 The standard hourly rate for PAs has been £13.60 since April 2024. The rate will be "
         "reviewed as part of the 2025/26 fee setting exercise.")
    para("What people have told us", bold=True)
    para("3.4 At a direct payment recipients’ forum held on 3 December 2024, people raised the "
         "following questions. The Council’s responses are shown beside each.")

    t2 = d.add_table(rows=1, cols=2)
    t2.style = "Table Grid"
    t2.rows[0].cells[0].text = "Question raised"
    t2.rows[0].cells[1].text = "Our response"
    for q, a in [
        ("Why does it take so long for my direct payment to start once my support plan is agreed?",
         "We have reduced the average time from 31 days to 19 days and aim to reach 14 days by "
         "April 2025."),
        ("Can I pay a family member who lives with me to be my PA?",
         "Only in exceptional circumstances, where the Council agrees this is necessary to meet "
         "your needs. Your social worker can explain how to ask for this."),
        ("What happens if my PA is off sick and I have no cover?",
         "Contact the managed account service or the Council’s duty team; we can arrange "
         "short-term cover through a home care agency."),
        ("Will the hourly rate go up to reflect the National Living Wage?",
         "The rate will be reviewed for 2025/26 and recipients will be told the outcome in "
         "March 2025."),
    ]:
        cells = t2.add_row().cells
        cells[0].text = q
        cells[1].text = a

    para("")
    para("Council Plan priorities", bold=True)
    para("3.5 Supporting people to live independently and to have choice and control over their "
         "care contributes to the Council Plan priority ‘People can access support in their "
         "community to keep safe and well and remain independent at home’.")
    para("Risk management", bold=True)
    para("3.6 The main risk is the sufficiency of the PA workforce. Should the number of PAs "
         "seeking work fall, some recipients may return to commissioned home care, at a higher "
         "unit cost.")
    para("Financial implications", bold=True)
    para("3.7 Expenditure on direct payments for 2024/25 is forecast at £11.2m. There are no "
         "direct financial implications arising from this report.")
    para("Legal implications", bold=True)
    para("3.8 Direct payments are made under sections 31 to 33 of the Care Act 2014 and the Care "
         "and Support (Direct Payments) Regulations 2014.")
    para("Procurement Implications/Social Value", bold=True)
    para("3.9 The managed account service contract with Forge Independent Living CIC runs to "
         "31 March 2026 with an option to extend for one year.")
    para("Reducing Inequalities", bold=True)
    para("3.10 Listening events with community organisations will be held in February and March "
         "2025 to understand the lower take-up among some communities.")
    heading("4. Decide")
    para("4.1 The Committee may wish to make recommendations to the Portfolio Holder, or to "
         "request further information.")
    heading("5. Respond")
    para("5.1 Any recommendations made by the Committee will be considered by the Portfolio "
         "Holder and a response provided to a future meeting.")
    heading("6. Review")
    para("6.1 The Committee will be updated through its recommendation tracker.")
    heading("Background papers")
    para("None.")
    heading("Author")
    para("C. Lister\nDirector, Adult Social Care Commissioning\n07 January 2025")
    d.save(str(path))
    _fix_zip_dates(path)


def _fix_zip_dates(path):
    """Rewrite a .docx with fixed member dates so the bytes are reproducible."""
    import io
    import zipfile
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 7, 16, 12, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, data)
    Path(path).write_bytes(buf.getvalue())


# --------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------
ED = "Executive Director, Adult Social Care, Public Health and Hub"
DCOM = "Director, Adult Social Care Commissioning"
PH = "Portfolio Holder for Adult Social Care"


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


GOLD_MINUTES = {
    "document": MINUTES,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-01-16",
    "items": [{"number": b[1], "title": b[2]} for b in BODY if b[0] == "item"],
    "questions": [
        q("41/24", "question",
          "queried whether the stroke rehabilitation data requested at minute 33/24 had been circulated",
          None,
          "the information had been requested from the Trust on two occasions",
          "Scrutiny Officer", []),
        q("43/24", "concern",
          "concern at the length of time ambulances were waiting outside the Emergency Department",
          None,
          "the average handover time at Pelsworth Manor Hospital in December had been 38 minutes",
          "Head of Operations, Westmerc Ambulance Service", []),
        q("43/24", "question",
          "asked whether patients were being cared for in corridors",
          None,
          "at times of peak pressure patients had been cared for in temporary escalation spaces",
          "Deputy Chief Medical Officer", []),
        q("43/24", "question",
          "the number of patients who were medically fit for discharge but remained in hospital",
          None,
          "64 patients at the hospital had no criteria to reside",
          ED, ["adult-social-care", "integration"]),
        q("43/24", "question",
          "questioned whether the extended access hubs were sufficiently publicised",
          None,
          "practices in Pelsworth had delivered 9% more appointments in November than a year earlier",
          "Place Director (Pelsworth)", ["primary-care"]),
        q("43/24", "question",
          "asked about the uptake of flu and COVID-19 vaccinations among hospital staff",
          None,
          "uptake of the flu vaccination among residents aged 65 and over stood at 71.8%",
          "Director of Public Health", ["public-health", "workforce"]),
        q("43/24", "concern",
          "concern about people in mental health crisis waiting in the Emergency Department",
          None,
          "the mental health liaison team was based in the department 24 hours a day",
          "Deputy Chief Medical Officer", ["mental-health"]),
        q("43/24", "request",
          "asked that the Committee’s thanks be passed on to them",
          None, None, None, ["workforce"]),
        q("44/24", "question",
          "how the hourly rate for personal assistants compared with the rates paid",
          None,
          "a PA employed directly received the whole of the hourly rate less employer costs",
          DCOM, ["finance", "workforce", "adult-social-care"]),
        q("44/24", "question",
          "questioned whether recipients were aware of their responsibilities as employers",
          None,
          "the managed account service handled payroll, pensions and insurance for 71% of recipients",
          None, ["workforce"]),
        q("44/24", "concern",
          "take-up of direct payments was low among some communities, particularly older people",
          None,
          "commissioned the Pelsworth Carers’ Centre and two community organisations to hold listening events",
          PH, ["adult-social-care", "patient-and-public-input"]),
        q("44/24", "question",
          "asked when the contract for the managed account service was due to expire",
          None,
          "an options appraisal, including in-house provision, would be completed by the summer",
          DCOM, ["subcontracting", "privatisation"]),
        q("44/24", "question",
          "In response to a Member’s query regarding training for personal assistants",
          None,
          "PAs could access the Council’s free care skills training programme",
          None, ["workforce"]),
        q("44/24", "request",
          "asked that future reports include the views of people who used direct payments",
          "Councillor Pritchard", None, None, ["patient-and-public-input", "adult-social-care"]),
        q("45/24", "question",
          "asked for assurance that the review of care packages (ASC 11)",
          None,
          "all reviews were carried out by qualified social workers under the Care Act 2014",
          ED, ["adult-social-care", "finance"]),
        q("45/24", "concern",
          "expressed strong concern regarding proposal ASC 14, the review of the in-house reablement service",
          "Councillor Dunleavy",
          "no decision had been taken on the future delivery model",
          PH, ["privatisation", "subcontracting", "adult-social-care", "workforce"]),
        q("45/24", "question",
          "queried the proposed 6.7% increase in charges for non-residential care",
          None,
          "charges were means-tested and around 40% of people paid nothing",
          None, ["finance", "adult-social-care"]),
        q("45/24", "comment",
          "would place further pressure on care providers already struggling to recruit staff",
          None,
          "the Leader of the Council had written to the Minister for Care",
          PH, ["finance", "workforce", "adult-social-care"]),
        q("45/24", "question",
          "In response to a question about the capital programme",
          None,
          "the Disabled Facilities Grant allocation for 2025/26 was expected to be £3.9m",
          "Head of Finance (People)", ["finance", "housing"]),
        q("46/24", "question",
          "recommendations on the recommissioning of home care remained outstanding",
          None,
          "Cabinet would consider its response at its meeting on 12 February 2025",
          "Scrutiny Officer", ["adult-social-care", "subcontracting"]),
        q("46/24", "request",
          "requested that NHS dental services be considered by the Committee",
          None,
          "responsibility for commissioning dental services had passed to the Integrated Care Board",
          "Place Director (Pelsworth)", ["primary-care"]),
    ],
    "resolutions": [
        r("41/24", "the minutes of the meeting held on 28 November 2024", "agreed", []),
        r("42/24", "There were no items to be considered in private session", "other", []),
        r("43/24", "provide a breakdown of Emergency Department attendances by ward of residence",
          "agreed", []),
        r("44/24", "A briefing note on the outcome of the options appraisal for the managed account",
          "agreed", ["subcontracting"]),
        r("45/24", "Cabinet be recommended to ensure that proposal ASC 14 is subject to full consultation",
          "recommended", ["patient-and-public-input", "adult-social-care", "finance"]),
        r("46/24", "The Committee agreed that NHS dental access be added to the Areas of Focus",
          "agreed", ["primary-care"]),
        r("46/24", "That the Areas of Focus, recommendation tracker and Forward Plans be noted",
          "noted", []),
    ],
    "attendees": (
        [{"name": n, "role": (role.strip("()") or None), "attendance": "present"}
         for n, role in PRESENT]
        + [{"name": n, "role": role, "attendance": "in_attendance"} for n, role in PORTFOLIO]
        + [{"name": n, "role": role, "attendance": "in_attendance"} for n, role in IN_ATTENDANCE]
        + [{"name": "Councillor A. Nazir", "role": None, "attendance": "apologies"},
           {"name": "Councillor P. Harrold", "role": None, "attendance": "apologies"}]
    ),
}

GOLD_REPORT = {"document": REPORT, "doc_type": "report"}


# --------------------------------------------------------------------------
# Check
# --------------------------------------------------------------------------
def norm(s, space=False):
    s = unicodedata.normalize("NFKC", s).lower()
    out = []
    for ch in s:
        cat = unicodedata.category(ch)
        if cat[0] in "PS":
            out.append(" " if space else "")
        else:
            out.append(ch)
    return re.sub(r"\s+", " ", "".join(out)).strip()


def doc_text(path):
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
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


def check():
    ok = True
    for gold_path in sorted(GOLD.glob("kw-*.json")):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        text = doc_text(doc)
        phrases = []
        for qq in g.get("questions", []):
            phrases.append(("question", qq["text"]))
            if qq["answer"] is not None:
                phrases.append(("answer", qq["answer"]))
        for rr in g.get("resolutions", []):
            phrases.append(("resolution", rr["text"]))
        for kind, ph in phrases:
            n_words = len(norm(ph, space=True).split())
            if not 6 <= n_words <= 15:
                print(f"{doc.name}: {kind} phrase has {n_words} words: {ph!r}")
                ok = False
            for space in (False, True):
                c = norm(text, space).count(norm(ph, space))
                if c != 1:
                    print(f"{doc.name}: {kind} phrase found {c} times (space={space}): {ph!r}")
                    ok = False
        if g["doc_type"] == "minutes":
            nt = norm(text, True)
            for a in g["attendees"]:
                if norm(a["name"], True) not in nt:
                    print(f"{doc.name}: attendee not found: {a['name']}")
                    ok = False
                if a["role"] and norm(a["role"], True) not in nt:
                    print(f"{doc.name}: role not found: {a['role']}")
                    ok = False
            for it in g["items"]:
                if norm(it["title"], True) not in nt:
                    print(f"{doc.name}: item title not found: {it['title']}")
                    ok = False
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES)
    build_report(DOCS / REPORT)
    for g in (GOLD_MINUTES, GOLD_REPORT):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print("written:", MINUTES, REPORT)


if __name__ == "__main__":
    main()
