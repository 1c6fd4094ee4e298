#!/usr/bin/env python3
"""Build the "hr-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_hr.py           build documents/hr-* and gold/hr-*.json
        build_hr.py --check   verify every gold phrase occurs once in its document
"""
import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2025, 2, 4, 9, 30, 0, tzinfo=dt.timezone.utc)

MINUTES = "hr-clystmoor-audit-governance-2025-01-28.pdf"
REPORT = "hr-clystmoor-internal-audit-progress-report-2024-25.pdf"


# --------------------------------------------------------------------------- minutes

class MinutesPDF(FPDF):
    first_page_no = 37          # the minute book's running page numbers

    def footer(self):
        self.set_y(-15)
        self.set_font("Sans", "", 8.5)
        self.set_x(20)
        self.cell(120, 5, "Audit and Governance Committee \u2013 28 January 2025")
        self.cell(50, 5, str(self.first_page_no + self.page_no() - 1), align="R")


def new_pdf(cls):
    pdf = cls(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    return pdf


LEFT = 20      # minute numbers
BODY = 36      # text
WIDTH = 154
LH = 5.2       # line height


def minute(pdf, num, title, stamp):
    if pdf.get_y() > 245:
        pdf.add_page()
    pdf.ln(2.5)
    y = pdf.get_y()
    pdf.set_font("Sans", "B", 10)
    pdf.set_xy(LEFT, y)
    pdf.cell(BODY - LEFT, LH, num)
    pdf.set_xy(BODY, y)
    pdf.multi_cell(WIDTH, LH, f"**{title}** ({stamp})", markdown=True,
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    pdf.ln(1.5)


def para(pdf, text, md=False, indent=0, after=2.4):
    pdf.set_font("Sans", "", 10)
    pdf.set_x(BODY + indent)
    pdf.multi_cell(WIDTH - indent, LH, text, markdown=md, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def bullets(pdf, items, mark="\u2022"):
    pdf.set_font("Sans", "", 10)
    for text in items:
        y = pdf.get_y()
        if y > 262:
            pdf.add_page()
            y = pdf.get_y()
        pdf.set_xy(BODY + 2, y)
        pdf.cell(6, LH, mark)
        pdf.set_xy(BODY + 8, y)
        pdf.multi_cell(WIDTH - 8, LH, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.6)
    pdf.ln(0.8)


def label_rows(pdf, rows):
    """Attendance block: label in the left column, names beside it."""
    for label, text, bold in rows:
        y = pdf.get_y()
        pdf.set_xy(LEFT, y)
        pdf.set_font("Sans", "B" if bold else "", 10)
        pdf.cell(44, LH, label)
        pdf.set_font("Sans", "", 10)
        pdf.set_xy(LEFT + 44, y)
        pdf.multi_cell(WIDTH + BODY - LEFT - 44, LH, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)


def build_minutes(path):
    pdf = new_pdf(MinutesPDF)
    pdf.set_title("Audit and Governance Committee 28 January 2025 - Minutes")
    pdf.set_author("Democratic Services, Clystmoor District Council")
    pdf.add_page()

    pdf.set_font("Sans", "B", 13)
    pdf.cell(0, 7, "CLYSTMOOR DISTRICT COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Sans", "", 10.5)
    pdf.multi_cell(0, 6, "**MINUTES** of a **MEETING** of the **AUDIT AND GOVERNANCE COMMITTEE** "
                   "held on 28 January 2025 at 5.30 pm in the Council Chamber, Riverside House, "
                   "Wellbrook", markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, LH, "Present", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    label_rows(pdf, [
        ("Councillors", "D R Halloran (Chairman)", False),
        ("", "C Ashworth-Lee (Vice Chairman)", False),
        ("", "B Caddick, F J Colley, M Fursdon-Hart, S R Jeffery, W Marchant, A Okonjo "
             "and R Venn", False),
        ("Co-opted Member", "P Trenowth (Independent Member)", False),
    ])
    pdf.ln(2)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, LH, "Apologies", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    label_rows(pdf, [("Councillor(s)", "N Blatchford and K Illingworth", False)])
    pdf.ln(2)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, LH, "Also Present", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    label_rows(pdf, [("Councillor(s)", "J P Sandercock (Cabinet Member for Finance)", False)])
    pdf.ln(2)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, LH, "Also Present", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    label_rows(pdf, [
        ("Officer(s):", "Ian Rendell (Deputy Chief Executive (S151)), Maria De Souza (Director "
         "of Legal, People and Governance (Monitoring Officer)), Carys Pengelly (Head of "
         "Finance and Property), Lowenna Tregear (Operations Manager for Performance, "
         "Governance and Data Security), Katrina Dunn (Head of Heartwood Audit Partnership), "
         "Tony Blewett (Audit Manager, Heartwood Audit Partnership), Harriet Quayle (Key Audit "
         "Partner, Brunswick Lyle LLP), Samir Okafor (Engagement Manager, Brunswick Lyle LLP) "
         "and Jenny Hoskins (Democratic Services Officer)", False),
    ])
    pdf.ln(2)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, LH, "Councillors Online", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    label_rows(pdf, [("Councillor(s)", "L Kemp and P Raddon", False)])
    pdf.ln(3)

    # 41 ------------------------------------------------------------------
    minute(pdf, "41", "APOLOGIES AND SUBSTITUTE MEMBERS", "00:03:12")
    para(pdf, "Apologies were received from Cllr N Blatchford who was substituted by Cllr W "
              "Marchant, and from Cllr K Illingworth.")

    # 42 ------------------------------------------------------------------
    minute(pdf, "42", "PUBLIC QUESTION TIME", "00:03:51")
    para(pdf, "Mr Gordon Pellow, referring to item 10 on the agenda (Treasury Management "
              "Strategy), asked the following question:")
    para(pdf, "\u201cThe Council now owes more than \u00a342 million to the Public Works Loan "
              "Board, much of it borrowed for the Orchard Quay regeneration scheme. How much "
              "is the Council paying in interest on this borrowing each year, and what "
              "happens to council tax payers if the rents from Orchard Quay do not cover "
              "that cost?\u201d", indent=8)
    para(pdf, "The Deputy Chief Executive (S151) responded that the interest payable on the "
              "Council\u2019s external borrowing in 2024/25 was forecast to be \u00a31.62 "
              "million, of which \u00a31.18 million related to Orchard Quay. The rental income "
              "from the scheme was currently \u00a31.41 million a year and any shortfall in a "
              "future year would be met from the Commercial Investment Risk Reserve, which "
              "held \u00a32.4 million, rather than from council tax. A written response setting "
              "out the figures in full would be sent to Mr Pellow.")

    # 43 ------------------------------------------------------------------
    minute(pdf, "43", "DECLARATIONS OF INTERESTS UNDER THE CODE OF CONDUCT", "00:07:20")
    para(pdf, "Members were reminded of the need to make declarations of interest where "
              "appropriate.")
    para(pdf, "Cllr R Venn made a declaration of an Other Registrable Interest in respect of "
              "item 10 (Treasury Management Strategy 2025/26 and Quarter 3 Treasury Update) "
              "as a Council appointed director of Clystmoor Homes Limited.")

    # 44 ------------------------------------------------------------------
    minute(pdf, "44", "MINUTES OF THE PREVIOUS MEETING", "00:07:58")
    para(pdf, "The minutes of the meeting held on 26 November 2024 were agreed as a true "
              "record and **SIGNED** by the Chairman.", md=True)

    # 45 ------------------------------------------------------------------
    minute(pdf, "45", "EXTERNAL AUDIT PROGRESS REPORT AND SECTOR UPDATE", "00:08:40")
    para(pdf, "The Committee had before it a report * from Brunswick Lyle LLP providing an "
              "update on progress in delivering its responsibilities as the Council\u2019s "
              "external auditor, together with a summary of emerging national issues and "
              "developments.")
    para(pdf, "The Key Audit Partner outlined the contents of the report, highlighting that:",
         after=1.2)
    bullets(pdf, [
        "The audit of the 2023/24 financial statements was substantially complete, but the "
        "firm would be issuing a disclaimed opinion before the statutory backstop date of 28 "
        "February 2025, as it had not been possible to obtain assurance over the opening "
        "balances and reserves carried forward from 2022/23, the audit of which had itself been "
        "disclaimed. This was not a reflection on the quality of the Council\u2019s accounts "
        "but a consequence of the national arrangements to clear the backlog of local audits.",
        "The draft Auditor\u2019s Annual Report on the Council\u2019s value for money "
        "arrangements had identified one significant weakness, in financial sustainability, "
        "and two improvement recommendations relating to the governance of the Council\u2019s "
        "companies.",
        "Planning for the 2024/25 audit had begun and the Audit Plan was presented at the "
        "following item.",
        "The sector update drew attention to the English Devolution White Paper, the "
        "Government\u2019s strategy for overhauling local audit and the proposed Local Audit "
        "Office.",
    ])
    para(pdf, "Discussion took place regarding:", after=1.2)
    bullets(pdf, [
        "Whether the disclaimed opinion would affect the Council\u2019s ability to borrow or "
        "its standing with lenders. The Key Audit Partner explained that disclaimed opinions "
        "had been issued to a large number of councils as part of the backstop arrangements "
        "and that lenders and the Public Works Loan Board were aware of this; it did not arise "
        "from any error found in the Council\u2019s accounts.",
        "How long it would take to rebuild assurance over the Council\u2019s balances. It was "
        "explained that the Government expected assurance to be rebuilt over several audit "
        "cycles and that the timescale depended on the evidence the Council could provide "
        "over its reserves and its property, plant and equipment.",
        "The significant weakness in financial sustainability. Cllr F J Colley expressed "
        "concern that the Council was relying on its reserves to balance the budget in "
        "2025/26 and asked what the auditors would expect to see before the weakness could be "
        "removed. The Key Audit Partner stated that they would wish to see a balanced medium "
        "term financial plan with savings that had been identified and were being delivered, "
        "rather than a line of savings still to be found. The Deputy Chief Executive (S151) "
        "added that the draft Medium Term Financial Plan going to Cabinet on 4 February "
        "reduced the gap to \u00a31.1 million by 2027/28 and that a further savings programme "
        "was being developed.",
        "The recommendations on Clystmoor Homes Limited, the Council\u2019s wholly owned "
        "housing company, and whether the shareholder arrangements gave the Council "
        "sufficient oversight of the company. The Director of Legal, People and Governance "
        "(Monitoring Officer) explained that a revised shareholder agreement and terms of "
        "reference for a Shareholder Committee would be brought to Cabinet in June 2025 in "
        "response to the recommendations.",
    ])
    para(pdf, "**RESOLVED** that the External Audit Progress Report and Sector Update be "
              "**NOTED**.", md=True, after=1)
    para(pdf, "(Proposed by the Chairman and seconded by Cllr C Ashworth-Lee)")
    para(pdf, "Note: * Report previously circulated, copy attached to the minutes.")

    # 46 ------------------------------------------------------------------
    minute(pdf, "46", "EXTERNAL AUDIT PLAN 2024/25", "00:26:15")
    para(pdf, "The Committee had before it the External Audit Plan * for the year ending 31 "
              "March 2025 from Brunswick Lyle LLP.")
    para(pdf, "The Engagement Manager outlined the plan, explaining the significant risks that "
              "had been identified (management override of controls, the valuation of land "
              "and buildings and investment properties, and the valuation of the net pension "
              "liability), the planning materiality of \u00a31.45 million and the proposed "
              "fee of \u00a3186,420, which had been set by Public Sector Audit Appointments "
              "Ltd (PSAA).")
    para(pdf, "In response to a question asked by Cllr A Okonjo about why the proposed fee had "
              "increased so much compared with the fees the Council had paid before 2023/24, "
              "the Engagement Manager explained that the scale fees were set nationally by "
              "PSAA and reflected the additional work required by revised auditing standards, "
              "particularly ISA 315 and ISA 540, and the higher cost of audit staff across the "
              "market. The fee for 2024/25 was broadly unchanged from the previous year.")
    para(pdf, "Cllr S R Jeffery asked whether the Orchard Quay investment properties would be "
              "valued by the same external valuer as in previous years, given the fall in "
              "retail rents in the town centre. The Head of Finance and Property confirmed that "
              "the valuation contract had been tendered again in 2024 and a new valuer, Hollis "
              "Carne Chartered Surveyors, had been appointed, and that the auditors would use "
              "their own expert to review the valuer\u2019s assumptions.")
    para(pdf, "**RESOLVED** that the External Audit Plan for the year ending 31 March 2025 be "
              "**NOTED**.", md=True, after=1)
    para(pdf, "(Proposed by Cllr A Okonjo and seconded by Cllr R Venn)")
    para(pdf, "Note: * Plan previously circulated, copy attached to the minutes.")

    # 47 ------------------------------------------------------------------
    minute(pdf, "47", "INTERNAL AUDIT PROGRESS REPORT 2024/25", "00:39:05")
    para(pdf, "The Committee had before it a report * from the Head of Heartwood Audit "
              "Partnership setting out the work of internal audit for the period to 31 "
              "December 2024.")
    para(pdf, "The Audit Manager outlined the contents of the report, explaining that 71% of "
              "the audit plan had been delivered to at least draft report stage, that two "
              "audits had received a limited assurance opinion (Temporary Accommodation "
              "\u2013 Income and Debt Recovery, and Contract Management) and that 14 agreed "
              "actions were now overdue, of which five were high priority.")
    para(pdf, "Discussion took place regarding:", after=1.2)
    bullets(pdf, [
        "The limited assurance opinion on temporary accommodation income, where housing benefit "
        "claims had not been made promptly for households placed in bed and breakfast "
        "accommodation and arrears of \u00a3312,000 had built up. Members were informed that "
        "a new process had been put in place from January 2025, that the Housing Options "
        "Manager was reviewing every open case and that a follow up audit was scheduled for "
        "quarter 1 of 2025/26.",
        "Contract management, and in particular that the Council did not hold a complete "
        "contracts register and that several contracts, including the grounds maintenance "
        "contract, had been extended without a formal waiver. Cllr M Fursdon-Hart asked "
        "whether this would be put right before the Procurement Act 2023 came into force. "
        "The Head of Finance and Property explained that the Act would come into force on 24 "
        "February 2025 and that a Procurement Lead had been appointed in January; a complete "
        "contracts register would be published by the end of April 2025 as the new regime "
        "required.",
        "The number of overdue actions. Members felt that managers should be held to account "
        "where agreed actions were repeatedly not implemented, and requested that the Head of "
        "Housing and Health attend the next meeting of the Committee to explain the progress "
        "made on the temporary accommodation actions.",
        "The resources available to the Audit Partnership. In response to a question, the "
        "Head of Heartwood Audit Partnership confirmed that two auditor vacancies had been "
        "filled in December and that the partnership was no longer using agency staff to "
        "deliver the plan.",
    ])
    para(pdf, "**RESOLVED** that:", md=True, after=1)
    para(pdf, "1.  The progress made against the 2024/25 Internal Audit Plan be **NOTED**; and",
         md=True, indent=4, after=1)
    para(pdf, "2.  The Head of Housing and Health be invited to attend the meeting on 25 March "
              "2025 to report on progress with the overdue actions arising from the "
              "Temporary Accommodation audit.", indent=4, after=1)
    para(pdf, "(Proposed by Cllr F J Colley and seconded by Cllr M Fursdon-Hart)")
    para(pdf, "Note: * Report previously circulated, copy attached to the minutes.")

    # 48 ------------------------------------------------------------------
    minute(pdf, "48", "GLOBAL INTERNAL AUDIT STANDARDS \u2013 INTERNAL AUDIT CHARTER AND "
                      "MANDATE", "00:57:48")
    para(pdf, "The Committee had before it a report * from the Head of Heartwood Audit "
              "Partnership presenting a revised Internal Audit Charter and Mandate reflecting "
              "the Global Internal Audit Standards (UK public sector), which would come into "
              "effect on 1 April 2025, together with the proposed approach to the 2025/26 "
              "audit plan.")
    para(pdf, "The Head of Heartwood Audit Partnership explained that the new Standards placed "
              "greater emphasis on the role of the Committee in overseeing internal audit, "
              "including approving the mandate and being consulted on the resources available. "
              "The indicative plan for 2025/26 of 410 days would include for the first time "
              "audits of cyber security, the Council\u2019s readiness for local government "
              "reorganisation and the Clystmoor Homes shareholder arrangements, and the full "
              "plan would be presented in March following consultation with the Leadership "
              "Team.")
    para(pdf, "Cllr B Caddick queried whether 410 days was enough for a council of this size, "
              "noting that the plan had been 460 days in 2022/23. The Head of Heartwood Audit "
              "Partnership stated that the reduction reflected a more focused, risk based "
              "approach and greater use of data analytics, and that under the new Standards she "
              "would be required to report to the Committee if she considered the resources "
              "insufficient to support her annual opinion.")
    para(pdf, "The Independent Member welcomed the inclusion of an audit of the Council\u2019s "
              "cyber security arrangements and suggested that the Committee receive a private "
              "briefing on the outcome, given the sensitivity of the findings. The Chairman "
              "agreed that a briefing would be arranged once the audit had been completed.")
    para(pdf, "**RESOLVED** that:", md=True, after=1)
    para(pdf, "(i)   the revised Internal Audit Charter and Mandate be **APPROVED**; and",
         md=True, indent=4, after=1)
    para(pdf, "(ii)  the proposed approach to the 2025/26 Internal Audit Plan be **NOTED**.",
         md=True, indent=4, after=1)
    para(pdf, "(Proposed by the Chairman and seconded by Cllr B Caddick)")
    para(pdf, "Reason for the decision: the Global Internal Audit Standards in the UK Public "
              "Sector require the Committee to approve the internal audit mandate and charter.")
    para(pdf, "Note: * Report previously circulated, copy attached to the minutes.")

    # 49 ------------------------------------------------------------------
    minute(pdf, "49", "CORPORATE RISK REGISTER", "01:09:30")
    para(pdf, "The Committee had before it a report * from the Operations Manager for "
              "Performance, Governance and Data Security presenting the Corporate Risk "
              "Register as at 31 December 2024. There were 16 corporate risks, of which four "
              "were scored as high: cyber security; the Council\u2019s medium term financial "
              "position; compliance in the Council\u2019s own housing stock (damp and mould, "
              "and fire safety); and the future of leisure provision following the notice "
              "given by the leisure operator.")
    para(pdf, "Discussion took place regarding:", after=1.2)
    bullets(pdf, [
        "The leisure risk. Cllr R Venn asked what contingency arrangements were in place for "
        "when the operator left in October 2025. The Deputy Chief Executive (S151) explained "
        "that Tamar Active Leisure had given twelve months\u2019 notice under the break "
        "clause in the contract and that Cabinet would consider options in April, including "
        "bringing the service in-house through a local authority trading company or "
        "procuring a new operator; the financial implications were being modelled and "
        "would be reported to the Committee.",
        "Whether the local government reorganisation risk should be scored higher following "
        "the English Devolution White Paper published in December. The Deputy Chief "
        "Executive (S151) stated that the risk score had been increased from 12 to 16 in the "
        "current register and would be reviewed again once the Government had set out the "
        "timetable for proposals from the councils in the county.",
        "Cyber security. Cllr A Okonjo expressed concern that only 71% of staff had "
        "completed the mandatory cyber security training by the December deadline. The "
        "Operations Manager for Performance, Governance and Data Security informed the "
        "Committee that completion rates were now reported monthly to the Leadership Team, "
        "that access to the network was suspended for staff who had not completed the "
        "training and that the figure had since risen to 86%.",
        "Housing compliance. A Member commented that the damp and mould risk had remained at "
        "the same score for more than a year despite the Council\u2019s self referral to the "
        "Regulator of Social Housing, and that the mitigating actions shown in the register "
        "had not been updated since September.",
    ])
    para(pdf, "The Committee **NOTED** the Corporate Risk Register.", md=True)
    para(pdf, "Note: * Report previously circulated, copy attached to the minutes.")
    para(pdf, "Note: Cllr S R Jeffery left the meeting at 6.52 pm.")

    # 50 ------------------------------------------------------------------
    minute(pdf, "50", "TREASURY MANAGEMENT STRATEGY 2025/26 AND QUARTER 3 TREASURY UPDATE",
           "01:27:14")
    para(pdf, "Cllr R Venn, having made a declaration under Minute 43, left the meeting for "
              "the duration of this item.")
    para(pdf, "The Committee had before it a report * from the Head of Finance and Property "
              "presenting the Treasury Management Strategy Statement, the Annual Investment "
              "Strategy, the Minimum Revenue Provision Policy and the Capital Strategy for "
              "2025/26, together with the treasury management position at 31 December 2024.")
    para(pdf, "The Head of Finance and Property outlined the contents of the report, explaining "
              "that the Council\u2019s investment balances stood at \u00a331.6 million at 31 "
              "December 2024, earning an average rate of 4.97%, that external borrowing stood "
              "at \u00a342.3 million, all from the Public Works Loan Board, and that no new "
              "long term borrowing was forecast in 2025/26. The \u00a32 million invested in "
              "the Municipal Property Income Fund remained below its purchase price, but the "
              "statutory override for pooled investment funds had been extended for existing "
              "investments to 31 March 2029 and the Council continued to hold a reserve to "
              "cover any loss.")
    para(pdf, "In response to a question asked by Cllr F J Colley about the \u00a36.5 million "
              "loan facility to Clystmoor Homes Limited, the Deputy Chief Executive (S151) "
              "explained that the company had drawn down \u00a34.1 million to date, that "
              "interest was charged at a commercial margin over the Council\u2019s own borrowing "
              "rate in line with subsidy control rules, and that all repayments had been made "
              "on time.")
    para(pdf, "The Independent Member sought clarification as to whether the Council\u2019s "
              "ethical investment policy prevented deposits with banks that financed fossil "
              "fuel extraction. The Head of Finance and Property explained that security, "
              "liquidity and yield remained the statutory priorities, but that the strategy "
              "now stated a preference for counterparties with published net zero targets and "
              "excluded direct investment in fossil fuel companies.")
    para(pdf, "Cllr B Caddick commented that the Capital Strategy should show more clearly the "
              "revenue cost to the General Fund of each capital scheme over its life. The "
              "Deputy Chief Executive (S151) undertook to include a table showing this in the "
              "2026/27 strategy.")
    para(pdf, "**RECOMMENDED** to Council that:", md=True, after=1)
    para(pdf, "1.  the Treasury Management Strategy Statement, Annual Investment Strategy and "
              "Minimum Revenue Provision Policy for 2025/26 be **APPROVED**;", md=True,
         indent=4, after=1)
    para(pdf, "2.  the Capital Strategy 2025/26 to 2029/30 be **APPROVED**; and", md=True,
         indent=4, after=1)
    para(pdf, "3.  the Prudential Indicators set out in Appendix 2 be **APPROVED**.", md=True,
         indent=4, after=1)
    para(pdf, "(Proposed by Cllr M Fursdon-Hart and seconded by the Chairman)")
    para(pdf, "The Committee further **NOTED** the treasury management position at the end of "
              "quarter 3.", md=True)
    para(pdf, "Note: * Report previously circulated, copy attached to the minutes.")
    para(pdf, "Note: Cllr R Venn returned to the meeting at 7.14 pm.")

    # 51 ------------------------------------------------------------------
    minute(pdf, "51", "WORK PROGRAMME", "01:47:02")
    para(pdf, "The Committee had before it, and **NOTED**, its work programme * for the "
              "remainder of the municipal year.", md=True)
    para(pdf, "Cllr A Okonjo requested that a report on how the Council had implemented the "
              "Procurement Act be added to the programme. The Deputy Chief Executive (S151) "
              "confirmed that this would be scheduled for the meeting in July, once the new "
              "contracts register had been in place for a quarter.")
    para(pdf, "Note: * Work programme previously circulated, copy attached to the minutes.")

    # 52 ------------------------------------------------------------------
    minute(pdf, "52", "IDENTIFICATION OF ITEMS FOR THE NEXT MEETING", "01:49:30")
    para(pdf, "Note: The following items were identified for the next meeting on 25 March "
              "2025:", after=1.2)
    bullets(pdf, [
        "Internal Audit Plan 2025/26",
        "External Audit \u2013 Auditor\u2019s Annual Report 2023/24",
        "Corporate Risk Register",
        "Temporary accommodation \u2013 attendance of the Head of Housing and Health "
        "(Minute 47 refers)",
        "Annual Review of the Effectiveness of the Audit and Governance Committee",
    ], mark="\u2022")
    pdf.ln(4)
    para(pdf, "(The meeting ended at 7.22 pm)")
    pdf.ln(12)
    pdf.set_x(120)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(50, LH, "CHAIRMAN", align="C")
    pdf.output(str(path))


# --------------------------------------------------------------------------- report

class ReportPDF(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Sans", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_x(20)
        self.cell(170, 5, "Heartwood Audit Partnership \u2013 Clystmoor District Council "
                          "\u2013 Internal Audit Progress Report 2024/25", align="R")
        self.set_text_color(0, 0, 0)
        self.ln(9)

    def footer(self):
        self.set_y(-14)
        self.set_font("Sans", "", 8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def report_table(pdf, widths, head, rows, size=8):
    pdf.set_font("Sans", "", size)
    with pdf.table(col_widths=widths, line_height=4.2, text_align="LEFT",
                   headings_style=FontFace(emphasis="BOLD", fill_color=(220, 226, 235)),
                   first_row_as_headings=True) as table:
        r = table.row()
        for h in head:
            r.cell(h)
        for row in rows:
            r = table.row()
            for c in row:
                r.cell(c)
    pdf.set_font("Sans", "", 10)
    pdf.ln(4)


def build_report(path):
    pdf = new_pdf(ReportPDF)
    pdf.set_title("Internal Audit Progress Report 2024/25")
    pdf.set_author("Heartwood Audit Partnership")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 6, "CLYSTMOOR DISTRICT COUNCIL", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "", 10)
    rows = [
        ("AUDIT AND GOVERNANCE COMMITTEE", "28 January 2025"),
        ("Agenda Item:", "7"),
        ("Title:", "Internal Audit Progress Report 2024/25"),
        ("Cabinet Member(s):", "Cllr J P Sandercock, Cabinet Member for Finance"),
        ("Responsible Officer:", "Katrina Dunn, Head of Heartwood Audit Partnership"),
        ("Reason for Report:", "To inform the Committee of the work of internal audit in the "
                               "period April to December 2024 and of progress with agreed "
                               "actions."),
        ("RECOMMENDATION:", "That the Committee notes the progress made against the 2024/25 "
                            "Internal Audit Plan and considers whether any further assurance "
                            "is required from service managers on overdue actions."),
        ("Financial Implications:", "None arising directly from this report."),
        ("Legal Implications:", "The Accounts and Audit Regulations 2015 require the Council "
                                "to undertake an effective internal audit to evaluate the "
                                "effectiveness of its risk management, control and governance "
                                "processes."),
        ("Risk Assessment:", "Weaknesses identified by internal audit are reported with agreed "
                             "actions; failure to implement them increases the Council's "
                             "exposure to the risks described."),
        ("Equality Impact Assessment:", "None."),
    ]
    with pdf.table(col_widths=(56, 114), line_height=4.8, text_align="LEFT",
                   first_row_as_headings=False, borders_layout="NONE") as table:
        for a, b in rows:
            r = table.row()
            pdf.set_font("Sans", "B", 9.5)
            r.cell(a)
            pdf.set_font("Sans", "", 9.5)
            r.cell(b)
    pdf.ln(5)

    def h(t):
        pdf.set_font("Sans", "B", 10.5)
        pdf.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("Sans", "", 10)

    def p(t):
        pdf.set_font("Sans", "", 10)
        pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

    h("1.0 INTRODUCTION")
    p("1.1 This report summarises the work of the Heartwood Audit Partnership on behalf of "
      "Clystmoor District Council between 1 April and 31 December 2024. The Partnership "
      "provides internal audit to four councils under a collaboration agreement and works "
      "to the Public Sector Internal Audit Standards, to be replaced by the Global Internal "
      "Audit Standards (UK public sector) from 1 April 2025.")
    p("1.2 The Head of Internal Audit is required to give an annual opinion on the Council's "
      "framework of governance, risk management and internal control. Based on the work "
      "completed to date, the interim opinion is one of reasonable assurance, with the "
      "exception of the two areas reported below.")
    h("2.0 PROGRESS AGAINST THE 2024/25 PLAN")
    p("2.1 The plan approved by the Committee in March 2024 provided for 420 days. At 31 "
      "December 2024, 71% of the plan had been delivered to at least draft report stage. "
      "Table 1 shows the status of each assignment.")
    pdf.set_font("Sans", "B", 9)
    pdf.cell(0, 5, "Table 1: Status of 2024/25 audit assignments", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    report_table(pdf, (62, 30, 38, 20, 20), ["Assignment", "Status", "Assurance opinion",
                                             "Planned days", "Actual days"], [
        ["Main Accounting and Budgetary Control", "Final", "Substantial", "15", "14"],
        ["Council Tax and Business Rates", "Final", "Reasonable", "20", "22"],
        ["Payroll", "Final", "Reasonable", "12", "12"],
        ["Temporary Accommodation \u2013 Income and Debt Recovery", "Final", "Limited", "15",
         "19"],
        ["Contract Management", "Final", "Limited", "18", "21"],
        ["Housing Repairs \u2013 Responsive", "Draft", "Reasonable", "20", "17"],
        ["Disabled Facilities Grants", "Fieldwork", "\u2013", "12", "6"],
        ["Information Governance and Data Protection", "Fieldwork", "\u2013", "12", "5"],
        ["Leisure Contract Monitoring", "Planned Q4", "\u2013", "10", "0"],
        ["Planning Enforcement", "Deferred to 2025/26", "\u2013", "10", "0"],
    ])
    h("3.0 LIMITED ASSURANCE REPORTS")
    p("3.1 Temporary Accommodation \u2013 Income and Debt Recovery. Housing benefit claims "
      "were not being submitted promptly for households placed in bed and breakfast "
      "accommodation, and recovery action on former occupants' arrears was not consistently "
      "taken. Arrears stood at \u00a3312,000 at the time of the audit. Six actions were "
      "agreed with the Housing Options Manager.")
    p("3.2 Contract Management. The Council does not hold a complete register of its "
      "contracts; of a sample of 25 contracts, seven had been extended beyond their term "
      "without a waiver approved under the Contract Procedure Rules, including grounds "
      "maintenance. Contract monitoring meetings were not documented for four of the ten "
      "highest value contracts.")
    h("4.0 OVERDUE AGREED ACTIONS")
    p("4.1 There are 14 agreed actions that have passed their target date, of which five are "
      "high priority. The high priority actions and the latest management responses are set "
      "out in Table 2.")
    pdf.set_font("Sans", "B", 9)
    pdf.cell(0, 5, "Table 2: Overdue high priority actions", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    report_table(pdf, (14, 48, 58, 28, 22), ["Ref", "Agreed action", "Management response "
                                             "(January 2025)", "Responsible officer",
                                             "Target date"], [
        ["TA/01", "Submit housing benefit claims within two working days of every B&B "
         "placement.", "New procedure introduced January 2025; all open cases being reviewed. "
         "Partly implemented.", "Housing Options Manager", "30/09/2024"],
        ["TA/03", "Reconcile temporary accommodation rent accounts to the housing benefit "
         "system monthly.", "Not yet implemented due to vacancies in the income team; "
         "revised date requested.", "Housing Options Manager", "31/10/2024"],
        ["CM/01", "Compile and publish a complete contracts register.", "Procurement Lead "
         "appointed January 2025; register to be published by April 2025 as required by the "
         "Procurement Act 2023.", "Head of Finance and Property", "31/12/2024"],
        ["CM/02", "Ensure all contract extensions are supported by an approved waiver.",
         "Waiver process revised; retrospective waivers being obtained for the grounds "
         "maintenance contract.", "Head of Finance and Property", "31/12/2024"],
        ["IG/04", "Complete the review of the information asset register.", "Delayed by "
         "cyber security training rollout; now due March 2025.", "Operations Manager for "
         "Performance, Governance and Data Security", "30/11/2024"],
    ])
    h("5.0 RESOURCES")
    p("5.1 Two auditor vacancies were filled in December 2024 and the Partnership no longer "
      "relies on agency auditors. The remaining 2024/25 plan is expected to be delivered in "
      "time to support the annual opinion.")
    h("6.0 QUESTIONS THE COMMITTEE MAY WISH TO CONSIDER")
    p("6.1 Is the Committee satisfied with the responses of management to the limited "
      "assurance reports? Does the Committee wish to invite any service manager to explain "
      "the progress of overdue actions?")
    pdf.ln(2)
    p("Contact for more information: Tony Blewett, Audit Manager, Heartwood Audit Partnership")
    p("Circulation of the Report: Leadership Team, Cabinet Member for Finance")
    p("List of Background Papers: Internal Audit Plan 2024/25; individual audit reports")
    pdf.output(str(path))


# --------------------------------------------------------------------------- gold

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


GOLD_MINUTES = {
    "document": MINUTES,
    "doc_type": "minutes",
    "committee": "Audit and Governance Committee",
    "meeting_date": "2025-01-28",
    "items": [
        {"number": "41", "title": "APOLOGIES AND SUBSTITUTE MEMBERS"},
        {"number": "42", "title": "PUBLIC QUESTION TIME"},
        {"number": "43", "title": "DECLARATIONS OF INTERESTS UNDER THE CODE OF CONDUCT"},
        {"number": "44", "title": "MINUTES OF THE PREVIOUS MEETING"},
        {"number": "45", "title": "EXTERNAL AUDIT PROGRESS REPORT AND SECTOR UPDATE"},
        {"number": "46", "title": "EXTERNAL AUDIT PLAN 2024/25"},
        {"number": "47", "title": "INTERNAL AUDIT PROGRESS REPORT 2024/25"},
        {"number": "48", "title": "GLOBAL INTERNAL AUDIT STANDARDS \u2013 INTERNAL AUDIT "
                                  "CHARTER AND MANDATE"},
        {"number": "49", "title": "CORPORATE RISK REGISTER"},
        {"number": "50", "title": "TREASURY MANAGEMENT STRATEGY 2025/26 AND QUARTER 3 "
                                  "TREASURY UPDATE"},
        {"number": "51", "title": "WORK PROGRAMME"},
        {"number": "52", "title": "IDENTIFICATION OF ITEMS FOR THE NEXT MEETING"},
    ],
    "questions": [
        q("42", "question",
          "How much is the Council paying in interest on this borrowing each year",
          "Mr Gordon Pellow",
          "any shortfall in a future year would be met from the Commercial Investment Risk "
          "Reserve",
          "Deputy Chief Executive (S151)", ["finance"]),
        q("45", "question",
          "Whether the disclaimed opinion would affect the Council\u2019s ability to borrow",
          None,
          "disclaimed opinions had been issued to a large number of councils",
          "Key Audit Partner", ["governance", "finance"]),
        q("45", "question",
          "How long it would take to rebuild assurance over the Council\u2019s balances",
          None,
          "the timescale depended on the evidence the Council could provide over its reserves",
          None, ["governance", "finance"]),
        q("45", "concern",
          "expressed concern that the Council was relying on its reserves to balance the "
          "budget",
          "Cllr F J Colley",
          "a balanced medium term financial plan with savings that had been identified",
          "Key Audit Partner", ["finance"]),
        q("45", "question",
          "whether the shareholder arrangements gave the Council sufficient oversight of the "
          "company",
          None,
          "a revised shareholder agreement and terms of reference for a Shareholder Committee",
          "Director of Legal, People and Governance (Monitoring Officer)",
          ["governance", "housing"]),
        q("46", "question",
          "why the proposed fee had increased so much compared with the fees",
          "Cllr A Okonjo",
          "the scale fees were set nationally by PSAA and reflected the additional work",
          "Engagement Manager", ["finance"]),
        q("46", "question",
          "whether the Orchard Quay investment properties would be valued by the same external "
          "valuer",
          "Cllr S R Jeffery",
          "the valuation contract had been tendered again in 2024 and a new valuer",
          "Head of Finance and Property", ["subcontracting", "finance"]),
        q("47", "concern",
          "housing benefit claims had not been made promptly for households placed in bed",
          None,
          "a new process had been put in place from January 2025",
          None, ["housing", "finance"]),
        q("47", "question",
          "asked whether this would be put right before the Procurement Act 2023 came into "
          "force",
          "Cllr M Fursdon-Hart",
          "a complete contracts register would be published by the end of April 2025",
          "Head of Finance and Property", ["subcontracting", "governance"]),
        q("47", "request",
          "requested that the Head of Housing and Health attend the next meeting",
          None, None, None, ["governance", "housing"]),
        q("47", "question",
          "The resources available to the Audit Partnership",
          None,
          "two auditor vacancies had been filled in December",
          "Head of Heartwood Audit Partnership", ["workforce"]),
        q("48", "question",
          "queried whether 410 days was enough for a council of this size",
          "Cllr B Caddick",
          "would be required to report to the Committee if she considered the resources "
          "insufficient",
          "Head of Heartwood Audit Partnership", ["governance"]),
        q("48", "request",
          "suggested that the Committee receive a private briefing on the outcome",
          "Independent Member",
          "agreed that a briefing would be arranged once the audit had been completed",
          "Chairman", ["governance"]),
        q("49", "question",
          "asked what contingency arrangements were in place for when the operator left",
          "Cllr R Venn",
          "Cabinet would consider options in April, including bringing the service in-house",
          "Deputy Chief Executive (S151)",
          ["subcontracting", "privatisation", "finance"]),
        q("49", "question",
          "Whether the local government reorganisation risk should be scored higher",
          None,
          "the risk score had been increased from 12 to 16 in the current register",
          "Deputy Chief Executive (S151)", ["governance"]),
        q("49", "concern",
          "completed the mandatory cyber security training by the December deadline",
          "Cllr A Okonjo",
          "completion rates were now reported monthly to the Leadership Team",
          "Operations Manager for Performance, Governance and Data Security",
          ["workforce", "governance"]),
        q("49", "comment",
          "the damp and mould risk had remained at the same score",
          "A Member", None, None, ["housing", "governance"]),
        q("50", "question",
          "loan facility to Clystmoor Homes Limited",
          "Cllr F J Colley",
          "interest was charged at a commercial margin over the Council\u2019s own borrowing rate",
          "Deputy Chief Executive (S151)", ["finance", "housing"]),
        q("50", "question",
          "whether the Council\u2019s ethical investment policy prevented deposits with banks that "
          "financed",
          "Independent Member",
          "security, liquidity and yield remained the statutory priorities",
          "Head of Finance and Property", ["finance"]),
        q("50", "comment",
          "the Capital Strategy should show more clearly the revenue cost to the General Fund",
          "Cllr B Caddick",
          "undertook to include a table showing this in the 2026/27 strategy",
          "Deputy Chief Executive (S151)", ["finance"]),
        q("51", "request",
          "requested that a report on how the Council had implemented the Procurement Act",
          "Cllr A Okonjo",
          "confirmed that this would be scheduled for the meeting in July",
          "Deputy Chief Executive (S151)", ["subcontracting"]),
    ],
    "resolutions": [
        r("44", "minutes of the meeting held on 26 November 2024 were agreed as a true record",
          "agreed", []),
        r("45", "that the External Audit Progress Report and Sector Update be NOTED",
          "noted", ["governance"]),
        r("46", "that the External Audit Plan for the year ending 31 March 2025 be NOTED",
          "noted", ["governance"]),
        r("47", "The progress made against the 2024/25 Internal Audit Plan be NOTED",
          "agreed", ["governance", "housing"]),
        r("48", "the revised Internal Audit Charter and Mandate be APPROVED",
          "agreed", ["governance"]),
        r("49", "The Committee NOTED the Corporate Risk Register",
          "noted", ["governance"]),
        r("50", "the Treasury Management Strategy Statement, Annual Investment Strategy and "
                "Minimum Revenue Provision",
          "recommended", ["finance"]),
        r("50", "The Committee further NOTED the treasury management position at the end of "
                "quarter 3",
          "noted", ["finance"]),
        r("51", "The Committee had before it, and NOTED, its work programme",
          "noted", []),
    ],
    "attendees": [
        a("D R Halloran", "Chairman", "present"),
        a("C Ashworth-Lee", "Vice Chairman", "present"),
        a("B Caddick", None, "present"),
        a("F J Colley", None, "present"),
        a("M Fursdon-Hart", None, "present"),
        a("S R Jeffery", None, "present"),
        a("W Marchant", None, "present"),
        a("A Okonjo", None, "present"),
        a("R Venn", None, "present"),
        a("P Trenowth", "Independent Member", "present"),
        a("N Blatchford", None, "apologies"),
        a("K Illingworth", None, "apologies"),
        a("J P Sandercock", "Cabinet Member for Finance", "in_attendance"),
        a("Ian Rendell", "Deputy Chief Executive (S151)", "in_attendance"),
        a("Maria De Souza", "Director of Legal, People and Governance (Monitoring Officer)",
          "in_attendance"),
        a("Carys Pengelly", "Head of Finance and Property", "in_attendance"),
        a("Lowenna Tregear", "Operations Manager for Performance, Governance and Data "
                             "Security", "in_attendance"),
        a("Katrina Dunn", "Head of Heartwood Audit Partnership", "in_attendance"),
        a("Tony Blewett", "Audit Manager, Heartwood Audit Partnership", "in_attendance"),
        a("Harriet Quayle", "Key Audit Partner, Brunswick Lyle LLP", "in_attendance"),
        a("Samir Okafor", "Engagement Manager, Brunswick Lyle LLP", "in_attendance"),
        a("Jenny Hoskins", "Democratic Services Officer", "in_attendance"),
        a("L Kemp", None, "in_attendance"),
        a("P Raddon", None, "in_attendance"),
    ],
}

GOLD_REPORT = {"document": REPORT, "doc_type": "report"}


# --------------------------------------------------------------------------- check

def norm_drop(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = "".join("" if unicodedata.category(c)[0] in "PS" else c for c in s)
    return re.sub(r"\s+", " ", s).strip()


def norm_space(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = "".join(" " if unicodedata.category(c)[0] in "PS" else c for c in s)
    return re.sub(r"\s+", " ", s).strip()


def pdf_text(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def check():
    ok = True
    for gold in (GOLD_MINUTES, GOLD_REPORT):
        doc = DOCS / gold["document"]
        stored = json.loads((GOLD / (Path(gold["document"]).stem + ".json")).read_text())
        if stored != gold:
            print(f"STALE gold file for {doc.name}; run without --check")
            ok = False
        text = pdf_text(doc)
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n_words = len(norm_space(ph).split())
            for norm in (norm_drop, norm_space):
                count = norm(text).count(norm(ph))
                if count != 1:
                    print(f"{doc.name}: {kind} phrase found {count} times ({norm.__name__}): {ph!r}")
                    ok = False
            if not 6 <= n_words <= 15:
                print(f"{doc.name}: {kind} phrase has {n_words} words: {ph!r}")
                ok = False
        for row in gold.get("attendees", []):
            if norm_drop(row["name"]) not in norm_drop(text):
                print(f"{doc.name}: attendee not found: {row['name']}")
                ok = False
        print(f"{doc.name}: {len(pdf_text(doc))} chars, "
              f"{len(__import__('pdfplumber').open(doc).pages)} pages, {len(phrases)} phrases")
    print("check passed" if ok else "check FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES)
    build_report(DOCS / REPORT)
    for gold in (GOLD_MINUTES, GOLD_REPORT):
        out = GOLD / (Path(gold["document"]).stem + ".json")
        out.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote", out.relative_to(HERE))
    print("wrote", (DOCS / MINUTES).relative_to(HERE))
    print("wrote", (DOCS / REPORT).relative_to(HERE))


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
