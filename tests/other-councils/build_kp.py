#!/usr/bin/env python3
"""Build the "kp-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_kp.py           build documents/kp-* and gold/kp-*.json
        build_kp.py --check   verify every gold phrase occurs once in its document
"""
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
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

MINUTES_NAME = "kp-brettvale-overview-scrutiny-2025-03-17.pdf"
REPORT_NAME = "kp-brettvale-damp-mould-awaabs-law-report-bos-24-25.docx"

FIXED = datetime(2025, 3, 24, 9, 0, 0, tzinfo=timezone.utc)

# ---------------------------------------------------------------------------
# The minutes: a list of blocks
#   ("title", number, text)   bold minute heading
#   ("para", number, text)    numbered sub-paragraph
#   ("text", text)            unnumbered paragraph, indented
#   ("bold", text)            bold unnumbered line, indented
#   ("clause", number, text)  resolution clause "1.1"
#   ("bullet", text)
#   ("quote", text)           indented quotation
#   ("note", text)            full-width note
# ---------------------------------------------------------------------------

MINUTES = [
    ("title", "58", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"),
    ("para", "58.1", "Apologies were received from Councillors Peter Ambrose and Sian Kettleborough."),
    ("para", "58.2", "Councillor Michael Stebbings substituted for Councillor Ambrose."),

    ("title", "59", "DECLARATION OF INTERESTS BY COUNCILLORS"),
    ("para", "59.1", "Councillor Whitlock declared an other registrable interest in item BOS/24/24 as a "
     "trustee of the Hadstock Otters Swimming Club, which hires pool time at Brettvale Leisure Centre. "
     "She remained in the meeting but did not take part in the vote on that item."),

    ("title", "60", "BOS/24/22 TO CONFIRM THE MINUTES OF THE MEETING HELD ON 17 FEBRUARY 2025"),
    ("bold", "It was RESOLVED: -"),
    ("text", "That the minutes of the meeting held on 17 February 2025 be confirmed and signed as a "
     "true record."),

    ("title", "61", "TO RECEIVE NOTIFICATION OF PETITIONS IN ACCORDANCE WITH THE COUNCIL'S PETITIONS SCHEME"),
    ("para", "61.1", "None received."),

    ("title", "62", "QUESTIONS BY THE PUBLIC"),
    ("para", "62.1", "The Chair advised that one question had been received from a member of the public in "
     "accordance with the Committee's procedure rules."),
    ("para", "62.2", "Mrs Gwen Tallis asked the following question:"),
    ("quote", "\u201cFamilies placed in bed and breakfast rooms on Felsham Road have been there for more "
     "than six weeks with no cooking facilities. What is the Council doing to end the use of bed and "
     "breakfast for families with children, and when will it stop?\u201d"),
    ("para", "62.3", "The Cabinet Member for Housing responded:"),
    ("quote", "\u201cI thank Mrs Tallis for her question. The Council recognises that bed and breakfast is "
     "not suitable accommodation for families and it is only used in an emergency. As of 28 February "
     "2025 there were four families in bed and breakfast, of whom one had been there for longer than the "
     "six week legal limit. Officers are working with each family to move them into self-contained "
     "temporary accommodation, and the Council has purchased eight further homes for this purpose which "
     "will be available from May. A fuller update is provided in the report at item BOS/24/23.\u201d"),
    ("para", "62.4", "Mrs Tallis asked a supplementary question on whether the families had been offered any "
     "help with meals while they waited to be moved. The Cabinet Member for Housing undertook to provide "
     "a written response."),

    ("title", "63", "QUESTIONS BY COUNCILLORS"),
    ("para", "63.1", "None received."),

    ("title", "64", "BOS/24/23 HOMELESSNESS AND TEMPORARY ACCOMMODATION \u2013 DEMAND AND COST PRESSURES"),
    ("para", "64.1", "The Chair invited Councillor Lowther, Cabinet Member for Housing, to introduce the report."),
    ("para", "64.2", "The Cabinet Member for Housing introduced the report, advising Members that the number "
     "of households in temporary accommodation had risen from 61 in April 2023 to 104 at the end of "
     "February 2025, and that the net cost to the General Fund was forecast to be \u00a31.42m in 2024/25 "
     "against a budget of \u00a3760,000. The report set out the actions taken to increase the supply of "
     "temporary accommodation and to prevent homelessness at an earlier stage, and the Cabinet Member "
     "highlighted the purchase of twenty properties with the support of the Local Authority Housing Fund."),
    ("para", "64.3", "The Corporate Manager \u2013 Housing Solutions (PD) added that the main causes of "
     "homelessness in the district continued to be the ending of private rented tenancies and family or "
     "friends no longer being willing to accommodate, and that the average length of stay in temporary "
     "accommodation had increased to 31 weeks."),
    ("para", "64.4", "Councillor Dunmore queried how many households were placed in accommodation outside "
     "the district and the Corporate Manager \u2013 Housing Solutions (PD) responded that 23 households were "
     "currently placed outside Brettvale, mostly in Colbridge and Wenham Market, and that priority was "
     "given to households with children in school locally when a move back into the district became "
     "possible."),
    ("para", "64.5", "Councillor Okafor asked whether the Council was using its Homelessness Prevention Grant "
     "to its full extent, and whether any of the grant had been carried forward. The Director \u2013 Housing "
     "(GR) advised that the grant for 2024/25 was \u00a3412,000 and was fully committed, with the largest "
     "share used for rent deposits and for payments to landlords to sustain tenancies, and that a small "
     "underspend from 2023/24 had been used to fund an additional prevention officer post on a "
     "fixed-term basis."),
    ("para", "64.6", "Councillor Hatch raised concerns that the forecast overspend on temporary accommodation "
     "was not sustainable and asked what assumptions had been made for 2025/26 in the Medium Term "
     "Financial Strategy. The Cabinet Member for Housing responded that the budget for 2025/26 had been "
     "increased to \u00a31.2m and that an earmarked reserve of \u00a3300,000 had been created to manage the "
     "risk, but that the position would be kept under close review and reported through the quarterly "
     "performance and finance reports."),
    ("para", "64.7", "Councillor Farrow commented that a number of residents had contacted him about the "
     "condition of some of the shared houses used as temporary accommodation in Pykes Road, Hadstock, in "
     "particular damp and poor heating, and that residents did not always know who they should report "
     "problems to."),
    ("para", "64.8", "In response to a question from Councillor Quayle regarding the Council's relationship "
     "with private landlords, the Corporate Manager \u2013 Housing Solutions (PD) explained that the Council "
     "operated a landlord incentive scheme offering up to \u00a32,000 per tenancy, but that the number of "
     "landlords willing to let to households in receipt of benefits had fallen because Local Housing "
     "Allowance rates remained well below market rents in most of the district."),
    ("para", "64.9", "Councillor Whitlock asked what support was available for single people sleeping rough "
     "during the winter months and was informed that the Severe Weather Emergency Protocol had been "
     "activated on eleven nights since November, and that the outreach worker funded through the Rough "
     "Sleeping Initiative had supported nine people into accommodation."),
    ("para", "64.10", "Councillor Stebbings asked whether the new temporary accommodation being purchased "
     "would be managed by the Council or by an external provider. The Cabinet Member for Housing "
     "confirmed that the properties would be owned and managed by the Council\u2019s housing service and "
     "would not be leased to a private company, as the Council wished to keep control of standards."),
    ("para", "64.11", "Members debated the report and the following points were raised:"),
    ("bullet", "the need for earlier contact with households threatened with homelessness, particularly "
     "those who had been served with section 21 notices;"),
    ("bullet", "that the Committee would welcome a breakdown of temporary accommodation costs by the type "
     "of accommodation used;"),
    ("bullet", "concern that any reduction in the Household Support Fund after March 2026 would add to the "
     "pressure on the prevention service."),
    ("para", "64.12", "Councillor Hatch proposed the recommendations as detailed in the report, with an "
     "additional recommendation that a breakdown of costs be circulated to Members of the Committee."),
    ("para", "64.13", "Councillor Okafor seconded the proposal."),
    ("bold", "By a unanimous vote"),
    ("bold", "It was RESOLVED: -"),
    ("clause", "1.1", "That the Overview and Scrutiny Committee noted the increase in demand for temporary "
     "accommodation and the associated cost pressures set out in report BOS/24/23."),
    ("clause", "1.2", "That the Committee recommends to Cabinet that the programme of acquiring properties "
     "for use as temporary accommodation be continued into 2025/26, subject to a business case."),
    ("clause", "1.3", "That a breakdown of temporary accommodation costs by type of accommodation be "
     "circulated to Members of the Committee."),

    ("note", "Note: The meeting was adjourned between 10:52am and 11:03am."),

    ("title", "65", "BOS/24/24 LEISURE CENTRES CONTRACT \u2013 ANNUAL PERFORMANCE REVIEW 2024"),
    ("para", "65.1", "Councillor Whitlock, having declared an other registrable interest, remained in the "
     "meeting for this item but did not vote."),
    ("para", "65.2", "The Chair invited Councillor Marchbank, Cabinet Member for Communities and Leisure, to "
     "introduce the report and welcomed Mr Daniel Ashworth, Regional Director of Vantage Leisure, the "
     "Council\u2019s leisure operator."),
    ("para", "65.3", "The Cabinet Member for Communities and Leisure introduced the report, which set out "
     "the performance of the leisure management contract in its fourth year. The contract for the "
     "operation of Brettvale Leisure Centre, Hadstock Pool and Wenham Sports Hall had been awarded to "
     "Vantage Leisure in 2021 for a term of ten years, with the Council paying a management fee of "
     "\u00a3186,000 a year. Visits had returned to above pre-pandemic levels, at 612,000 in 2024, and the "
     "exercise referral scheme had received 740 referrals."),
    ("para", "65.4", "Councillor Quayle asked Mr Ashworth how the operator had managed the increase in energy "
     "costs and whether any of this had been passed on to the Council. Mr Ashworth responded that the "
     "contract included an energy price mechanism under which the Council shared the cost of increases "
     "above an agreed baseline, and that the Council had paid \u00a394,000 under this mechanism in "
     "2023/24; the installation of solar panels and air source heat pumps at Hadstock Pool had since "
     "reduced consumption by around 30 per cent."),
    ("para", "65.5", "Councillor Okafor raised concerns about the price of swimming lessons, which had risen "
     "by 9 per cent in April 2024, and asked whether concessionary prices were protected under the "
     "contract. The Leisure and Wellbeing Manager (KT) advised that concessionary prices for residents on "
     "means-tested benefits were set by the Council and could only be increased with its agreement, and "
     "that the increase for 2025 had been limited to 3 per cent."),
    ("para", "65.6", "Councillor Hatch queried the low take-up of the exercise referral scheme among men and "
     "in the east of the district, and asked whether the scheme was linked to the social prescribing "
     "offer of local GP practices. Mr Ashworth explained that referrals came mainly from two primary care "
     "networks and that Vantage Leisure was working with the Leisure and Wellbeing Manager to meet the "
     "remaining practices before the summer."),
    ("para", "65.7", "Councillor Dunmore commented that he had received complaints about the condition of the "
     "changing rooms at Wenham Sports Hall and asked when the refurbishment included in the capital "
     "programme would take place. The Leisure and Wellbeing Manager (KT) confirmed that the works had been "
     "tendered and were expected to begin in June 2025, with the sports hall remaining open throughout."),
    ("para", "65.8", "Councillor Farrow asked whether the Council had considered bringing the leisure service "
     "back in-house when the contract ended in 2031, as some other councils had done. The Cabinet Member "
     "for Communities and Leisure responded that no decision had been taken, and that an options appraisal "
     "would be brought to the Committee and to Cabinet at least three years before the end of the "
     "contract."),
    ("para", "65.9", "Councillor Stebbings requested that future annual reports include customer satisfaction "
     "and feedback data for each site."),
    ("para", "65.10", "Councillor Hatch proposed, and Councillor Quayle seconded, that the recommendation in "
     "the report be agreed."),
    ("bold", "By 6 votes to 1"),
    ("bold", "It was RESOLVED: -"),
    ("text", "That the Overview and Scrutiny Committee noted the annual performance of the leisure "
     "management contract and the actions being taken by the operator to improve participation."),

    ("title", "66", "BOS/24/25 DAMP AND MOULD IN COUNCIL HOMES \u2013 PREPARATIONS FOR AWAAB'S LAW"),
    ("para", "66.1", "The Cabinet Member for Housing introduced the report, which set out the Council\u2019s "
     "approach to damp and mould in its 3,400 council homes and the work under way to prepare for the "
     "requirements of Awaab\u2019s Law, which would apply to social landlords from October 2025. The "
     "Corporate Manager \u2013 Housing Maintenance (SB) outlined the new process, under which every report of "
     "damp and mould would be triaged within one working day and inspected within ten working days. There "
     "were 212 open damp and mould cases at the end of February 2025, compared with 318 in September 2024."),
    ("para", "66.2", "Councillor Okafor asked how the Council would meet the new timescales when the "
     "responsive repairs contractor was already missing its targets for urgent repairs. The Corporate "
     "Manager \u2013 Housing Maintenance (SB) acknowledged that performance on urgent repairs had been 82 per "
     "cent against a target of 95 per cent, and that the contractor had been served a performance "
     "improvement notice in January; a dedicated damp and mould team of two surveyors and four operatives "
     "had been set up within the Council to reduce reliance on the contractor."),
    ("para", "66.3", "Councillor Whitlock asked whether tenants were being told what to expect and how to "
     "report damp. It was confirmed that a leaflet had been sent to all tenants in February and that the "
     "Tenants\u2019 Panel had been consulted on the new policy before it was finalised."),
    ("para", "66.4", "Councillor Dunmore raised concerns that tenants had in the past been told that mould was "
     "caused by their lifestyle, and asked for an assurance that this was no longer the case. The Director "
     "\u2013 Housing (GR) gave an assurance that all housing officers and repairs staff had received training "
     "on the new approach, which placed the responsibility for finding the cause of damp on the landlord."),
    ("para", "66.5", "Councillor Farrow sought clarification on the number of homes found to have Category 1 "
     "damp hazards and how many of these had been resolved. The Corporate Manager \u2013 Housing "
     "Maintenance (SB) advised that 37 homes had been assessed as having a Category 1 hazard since April "
     "2024, of which 29 had been resolved and the remainder had works scheduled."),
    ("para", "66.6", "Councillor Hatch asked whether the additional cost of the new arrangements had been "
     "included in the Housing Revenue Account budget for 2025/26. The Director \u2013 Housing (GR) responded "
     "that \u00a3450,000 had been included for the damp and mould team and for additional surveys, funded "
     "from the rent increase agreed by Council in February."),
    ("para", "66.7", "Councillor Dunmore proposed that the Committee recommend to Cabinet that quarterly "
     "performance data on damp and mould be published on the Council\u2019s website. Councillor Farrow "
     "seconded the proposal."),
    ("bold", "By a unanimous vote"),
    ("bold", "It was RESOLVED: -"),
    ("clause", "1.1", "That the Overview and Scrutiny Committee noted the Council\u2019s preparations for the "
     "introduction of Awaab\u2019s Law."),
    ("clause", "1.2", "That the Committee recommends to Cabinet that quarterly performance data on damp and "
     "mould cases be published on the Council\u2019s website."),

    ("title", "67", "BOS/24/26 FORTHCOMING DECISIONS LIST"),
    ("para", "67.1", "The Chair drew Members\u2019 attention to the Forthcoming Decisions List."),
    ("para", "67.2", "Councillor Quayle asked when the decision on the future of the Council\u2019s CCTV "
     "service, which had been listed for February, would now be taken. The Overview and Scrutiny Officer "
     "(AN) advised that the item had been moved to the Cabinet meeting on 10 April 2025."),
    ("para", "67.3", "The Committee noted the Forthcoming Decisions List."),

    ("title", "68", "BOS/24/27 OVERVIEW AND SCRUTINY WORK PLAN"),
    ("para", "68.1", "The Overview and Scrutiny Officer (AN) introduced the work plan and reminded Members "
     "that the June meeting would receive the annual report of the Committee and the quarter four "
     "performance and finance outturn."),
    ("para", "68.2", "Councillor Hatch requested that the Committee receive an update on the implications of "
     "local government reorganisation for the Council\u2019s housing services at its June meeting. The Chair "
     "agreed that this would be added to the work plan."),
    ("para", "68.3", "Councillor Stebbings suggested that a joint session be held with Wenshire County "
     "Council\u2019s Health Scrutiny Committee on access to GP appointments in the east of the district."),
    ("bold", "It was RESOLVED: -"),
    ("text", "That the Overview and Scrutiny Work Plan be noted, subject to the addition of an update on "
     "local government reorganisation and housing services in June 2025."),
]

ATTENDANCE = {
    "chair": [("Councillor:", "Alastair Pemberton (Chair)"), ("", "Rosalind Hatch (Vice-Chair)")],
    "members": [("Kieran Dunmore", "Leslie Farrow"), ("Bernadette Okafor", "Trevor Quayle"),
                ("Michael Stebbings", "Janine Whitlock")],
    "in_attendance_cllrs": ["Harriet Lowther (Cabinet Member for Housing)",
                            "Owen Marchbank (Cabinet Member for Communities and Leisure)"],
    "others": ["Daniel Ashworth \u2013 Regional Director, Vantage Leisure"],
    "officers": ["Director \u2013 Housing (GR)",
                 "Corporate Manager \u2013 Housing Solutions (PD)",
                 "Corporate Manager \u2013 Housing Maintenance (SB)",
                 "Leisure and Wellbeing Manager (KT)",
                 "Overview and Scrutiny Officer (AN)",
                 "Governance Officer (CT)"],
    "apologies": ["Peter Ambrose", "Sian Kettleborough"],
}


def build_minutes_pdf(path):
    from fpdf import FPDF

    class Minutes(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", "", 9)
            self.cell(0, 6, str(self.page_no()), align="C")

    pdf = Minutes(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Printed minutes 17th-Mar-2025 09.30 Overview and Scrutiny Committee")
    pdf.set_author("Brettvale District Council")
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    lh = 5.2

    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "BRETTVALE DISTRICT COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.multi_cell(0, lh, "MINUTES OF A MEETING OF THE OVERVIEW AND SCRUTINY COMMITTEE HELD IN THE "
                   "KERSEY ROOM - STOUR HOUSE, 14 MILL LANE, HADSTOCK ON MONDAY, 17 MARCH 2025 AT 09:30AM",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(0, lh, "PRESENT:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10.5)
    c1, c2, c3 = 20, 50, 110
    for label, name in ATTENDANCE["chair"]:
        pdf.set_x(c1)
        pdf.cell(c2 - c1, lh, label)
        pdf.cell(0, lh, name, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    first = True
    for a, b in ATTENDANCE["members"]:
        pdf.set_x(c1)
        pdf.cell(c2 - c1, lh, "Councillors:" if first else "")
        pdf.cell(c3 - c2, lh, a)
        pdf.cell(0, lh, b, new_x="LMARGIN", new_y="NEXT")
        first = False
    pdf.ln(3)

    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(0, lh, "In attendance:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10.5)
    for label, rows in (("Councillors:", ATTENDANCE["in_attendance_cllrs"]),
                        ("Others:", ATTENDANCE["others"]),
                        ("Officers:", ATTENDANCE["officers"])):
        for i, r in enumerate(rows):
            pdf.set_x(c1)
            pdf.cell(c2 - c1, lh, label if i == 0 else "")
            pdf.cell(0, lh, r, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(1.5)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(0, lh, "Apologies:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10.5)
    for i, r in enumerate(ATTENDANCE["apologies"]):
        pdf.set_x(c1)
        pdf.cell(c2 - c1, lh, "Councillors:" if i == 0 else "")
        pdf.cell(0, lh, r, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    num_x, text_x = 20, 36
    text_w = 190 - text_x
    for block in MINUTES:
        kind = block[0]
        if kind == "title":
            if pdf.get_y() > 297 - 22 - 25:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 10.5)
            y = pdf.get_y()
            pdf.set_x(num_x)
            pdf.cell(text_x - num_x, lh, block[1])
            pdf.set_xy(text_x, y)
            pdf.multi_cell(text_w, lh, block[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind in ("para", "clause"):
            pdf.set_font("DejaVu", "", 10.5)
            if pdf.get_y() > 297 - 22 - 2 * lh:
                pdf.add_page()
            y = pdf.get_y()
            nx = num_x if kind == "para" else text_x
            tx = text_x if kind == "para" else text_x + 10
            pdf.set_x(nx)
            pdf.cell(tx - nx, lh, block[1])
            pdf.set_xy(tx, y)
            pdf.multi_cell(190 - tx, lh, block[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "text":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.set_x(text_x)
            pdf.multi_cell(text_w, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "bold":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.set_x(text_x)
            pdf.multi_cell(text_w, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "bullet":
            pdf.set_font("DejaVu", "", 10.5)
            if pdf.get_y() > 297 - 22 - 2 * lh:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_x(text_x + 4)
            pdf.cell(6, lh, "\u2022")
            pdf.set_xy(text_x + 10, y)
            pdf.multi_cell(190 - text_x - 10, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "quote":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.set_x(text_x + 8)
            pdf.multi_cell(190 - text_x - 16, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "note":
            pdf.ln(1)
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.set_x(num_x)
            pdf.multi_cell(0, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)

    pdf.ln(3)
    pdf.set_font("DejaVu", "", 10.5)
    pdf.multi_cell(0, lh, "The business of the meeting was concluded at 12:04pm.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(16)
    pdf.set_x(120)
    pdf.cell(0, lh, "\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(140)
    pdf.cell(0, lh, "Chair", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The report (not minutes)
# ---------------------------------------------------------------------------

def fix_zip_dates(path):
    """python-docx stamps zip members with the current time: rewrite them fixed."""
    data = Path(path).read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 7, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    Path(path).write_bytes(out.getvalue())


def build_report_docx(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.created = datetime(2025, 3, 7, 12, 0, 0)
    cp.modified = datetime(2025, 3, 7, 12, 0, 0)
    cp.last_printed = datetime(2025, 3, 7, 12, 0, 0)
    cp.author = "Housing Maintenance"
    cp.last_modified_by = "Governance"
    cp.revision = 3
    cp.title = "BOS/24/25 Damp and mould in council homes"

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("BRETTVALE DISTRICT COUNCIL")
    r.bold = True
    r.font.size = Pt(14)

    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    cells = [("TO: Overview and Scrutiny Committee", "REPORT NUMBER: BOS/24/25"),
             ("FROM: Cabinet Member for Housing", "DATE OF MEETING: 17 March 2025"),
             ("OFFICER: Corporate Manager \u2013 Housing Maintenance", "KEY DECISION REF NO. N/A")]
    for i, (a, b) in enumerate(cells):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("DAMP AND MOULD IN COUNCIL HOMES \u2013 PREPARATIONS FOR AWAAB\u2019S LAW")
    r.bold = True

    def head(text):
        q = doc.add_paragraph()
        q.add_run(text).bold = True

    def para(num, text):
        doc.add_paragraph(f"{num}\t{text}")

    head("1.\tPURPOSE OF REPORT")
    para("1.1", "To set out for the Committee the Council\u2019s current approach to damp and mould in its "
         "housing stock, the performance of the service over the last twelve months, and the work under way "
         "to meet the requirements of Awaab\u2019s Law, which will apply to social landlords from 27 October "
         "2025.")
    head("2.\tOPTIONS CONSIDERED")
    para("2.1", "This report is for information and scrutiny. No options are presented.")
    head("3.\tRECOMMENDATIONS")
    para("3.1", "That the Overview and Scrutiny Committee notes the Council\u2019s preparations for the "
         "introduction of Awaab\u2019s Law.")
    para("3.2", "That the Committee considers whether it wishes to make any recommendations to Cabinet on "
         "the reporting of damp and mould performance.")
    q = doc.add_paragraph()
    q.add_run("REASON FOR DECISION").bold = True
    doc.add_paragraph("To enable the Committee to scrutinise the Council\u2019s readiness to meet its new "
                      "statutory duties as a social landlord.")
    head("4.\tKEY INFORMATION")
    para("4.1", "The Council owns and manages 3,412 homes across the district, of which around 900 were built "
         "before 1945 and are of solid wall construction. Reports of damp and mould rose sharply in the "
         "winter of 2023/24, reaching 318 open cases in September 2024.")
    para("4.2", "Under Awaab\u2019s Law, landlords will be required to investigate hazards within set "
         "timescales, to provide tenants with a written summary of the findings, and to complete emergency "
         "repairs within 24 hours. The Council has revised its damp and mould policy accordingly, and the "
         "Tenants\u2019 Panel was consulted on the draft policy in December 2024.")
    para("4.3", "A dedicated damp and mould team has been created, consisting of two surveyors and four "
         "operatives, and the responsive repairs contractor has been issued with a performance improvement "
         "notice in respect of urgent repairs.")
    para("4.4", "Open cases had fallen to 212 by the end of February 2025. The table below sets out the "
         "position by category of hazard.")
    t2 = doc.add_table(rows=4, cols=3)
    t2.style = "Table Grid"
    rows = [("Hazard", "Assessed since April 2024", "Resolved"),
            ("Category 1", "37", "29"),
            ("Category 2 (band D and above)", "164", "121"),
            ("Condensation advice only", "402", "402")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t2.cell(i, j).text = v
    para("4.5", "Members may wish to consider the following key lines of enquiry:")
    for s in ["Is the Council confident that it can meet the new investigation timescales from October 2025?",
              "How will tenants be told about the outcome of an inspection, and in what form?",
              "What assurance is there that the repairs contractor will improve its performance on "
              "urgent repairs?",
              "How will performance be reported to Members and to tenants?"]:
        doc.add_paragraph(s, style="List Bullet")
    head("5.\tLINKS TO THE CORPORATE PLAN")
    para("5.1", "Priority 2: Homes \u2013 ensuring that Council homes are safe, warm and well maintained.")
    head("6.\tFINANCIAL IMPLICATIONS")
    para("6.1", "The Housing Revenue Account budget for 2025/26 includes \u00a3450,000 for the damp and mould "
         "team and for additional stock condition surveys.")
    head("7.\tLEGAL IMPLICATIONS")
    para("7.1", "The Social Housing (Regulation) Act 2023 inserts an implied term into tenancy agreements "
         "requiring landlords to comply with the prescribed requirements. Failure to comply will be a "
         "breach of the tenancy agreement and may be enforced by tenants through the courts.")
    head("8.\tRISK MANAGEMENT")
    t3 = doc.add_table(rows=3, cols=5)
    t3.style = "Table Grid"
    rows = [("Key Risk", "Description", "Likelihood", "Impact", "Mitigation"),
            ("Timescales not met", "Insufficient capacity to inspect within ten working days", "2", "3",
             "Dedicated team; contractor improvement notice"),
            ("Regulatory action", "Regulator of Social Housing finds serious failings", "1", "4",
             "Quarterly reporting to Cabinet")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t3.cell(i, j).text = v
    head("9.\tCONSULTATIONS")
    para("9.1", "The Tenants\u2019 Panel was consulted on the revised policy between 2 and 20 December 2024.")
    head("10.\tEQUALITY ANALYSIS")
    para("10.1", "An equality impact screening has been completed and no negative impacts were identified.")
    head("11.\tAPPENDICES")
    para("11.1", "None.")
    head("12.\tREPORT AUTHORS")
    para("12.1", "Corporate Manager \u2013 Housing Maintenance")
    doc.save(str(path))
    fix_zip_dates(path)


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

PD = "Corporate Manager \u2013 Housing Solutions (PD)"
SB = "Corporate Manager \u2013 Housing Maintenance (SB)"
GR = "Director \u2013 Housing (GR)"
KT = "Leisure and Wellbeing Manager (KT)"
CMH = "Cabinet Member for Housing"


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def minutes_gold():
    items = [{"number": str(n), "title": t} for n, t in [
        (58, "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"),
        (59, "DECLARATION OF INTERESTS BY COUNCILLORS"),
        (60, "BOS/24/22 TO CONFIRM THE MINUTES OF THE MEETING HELD ON 17 FEBRUARY 2025"),
        (61, "TO RECEIVE NOTIFICATION OF PETITIONS IN ACCORDANCE WITH THE COUNCIL'S PETITIONS SCHEME"),
        (62, "QUESTIONS BY THE PUBLIC"),
        (63, "QUESTIONS BY COUNCILLORS"),
        (64, "BOS/24/23 HOMELESSNESS AND TEMPORARY ACCOMMODATION \u2013 DEMAND AND COST PRESSURES"),
        (65, "BOS/24/24 LEISURE CENTRES CONTRACT \u2013 ANNUAL PERFORMANCE REVIEW 2024"),
        (66, "BOS/24/25 DAMP AND MOULD IN COUNCIL HOMES \u2013 PREPARATIONS FOR AWAAB'S LAW"),
        (67, "BOS/24/26 FORTHCOMING DECISIONS LIST"),
        (68, "BOS/24/27 OVERVIEW AND SCRUTINY WORK PLAN"),
    ]]
    questions = [
        q("62", "question", "What is the Council doing to end the use of bed and breakfast for families",
          "Mrs Gwen Tallis",
          "The Council recognises that bed and breakfast is not suitable accommodation for families",
          CMH, ["housing", "patient-and-public-input", "children-and-families"]),
        q("62", "question", "whether the families had been offered any help with meals while they waited",
          "Mrs Tallis", "The Cabinet Member for Housing undertook to provide a written response",
          CMH, ["housing", "patient-and-public-input"]),
        q("64", "question", "queried how many households were placed in accommodation outside the district",
          "Councillor Dunmore", "23 households were currently placed outside Brettvale",
          PD, ["housing"]),
        q("64", "question", "whether the Council was using its Homelessness Prevention Grant to its full extent",
          "Councillor Okafor", "the grant for 2024/25 was £412,000 and was fully committed",
          GR, ["housing", "finance"]),
        q("64", "concern", "raised concerns that the forecast overspend on temporary accommodation was not sustainable",
          "Councillor Hatch",
          "the position would be kept under close review and reported through the quarterly",
          CMH, ["housing", "finance"]),
        q("64", "comment", "the condition of some of the shared houses used as temporary accommodation",
          "Councillor Farrow", None, None, ["housing"]),
        q("64", "question", "regarding the Council's relationship with private landlords",
          "Councillor Quayle", "operated a landlord incentive scheme offering up to £2,000 per tenancy",
          PD, ["housing"]),
        q("64", "question", "what support was available for single people sleeping rough during the winter",
          "Councillor Whitlock",
          "the Severe Weather Emergency Protocol had been activated on eleven nights",
          None, ["housing"]),
        q("64", "question", "would be managed by the Council or by an external provider",
          "Councillor Stebbings",
          "would be owned and managed by the Council's housing service",
          CMH, ["housing", "privatisation", "subcontracting"]),
        q("64", "comment", "the need for earlier contact with households threatened with homelessness",
          None, None, None, ["housing"]),
        q("64", "request", "the Committee would welcome a breakdown of temporary accommodation costs",
          None, None, None, ["housing", "finance"]),
        q("64", "concern", "any reduction in the Household Support Fund after March 2026",
          None, None, None, ["housing", "finance"]),
        q("65", "question", "how the operator had managed the increase in energy costs",
          "Councillor Quayle",
          "the contract included an energy price mechanism under which the Council shared",
          "Mr Ashworth", ["finance", "subcontracting"]),
        q("65", "concern", "raised concerns about the price of swimming lessons",
          "Councillor Okafor",
          "concessionary prices for residents on means-tested benefits were set by the Council",
          KT, ["finance"]),
        q("65", "question", "queried the low take-up of the exercise referral scheme among men",
          "Councillor Hatch",
          "referrals came mainly from two primary care networks",
          "Mr Ashworth", ["public-health", "primary-care"]),
        q("65", "question", "asked when the refurbishment included in the capital programme would take place",
          "Councillor Dunmore",
          "the works had been tendered and were expected to begin in June 2025",
          KT, ["finance", "subcontracting"]),
        q("65", "question", "bringing the leisure service back in-house when the contract ended in 2031",
          "Councillor Farrow",
          "no decision had been taken, and that an options appraisal would be brought",
          "The Cabinet Member for Communities and Leisure", ["privatisation", "subcontracting"]),
        q("65", "request", "requested that future annual reports include customer satisfaction and feedback data",
          "Councillor Stebbings", None, None, ["patient-and-public-input"]),
        q("66", "question", "how the Council would meet the new timescales when the responsive repairs contractor",
          "Councillor Okafor",
          "the contractor had been served a performance improvement notice in January",
          SB, ["housing", "subcontracting"]),
        q("66", "question", "asked whether tenants were being told what to expect and how to report damp",
          "Councillor Whitlock",
          "a leaflet had been sent to all tenants in February",
          None, ["housing", "patient-and-public-input"]),
        q("66", "concern", "raised concerns that tenants had in the past been told that mould",
          "Councillor Dunmore",
          "all housing officers and repairs staff had received training on the new approach",
          GR, ["housing", "workforce"]),
        q("66", "question", "sought clarification on the number of homes found to have Category 1",
          "Councillor Farrow",
          "37 homes had been assessed as having a Category 1 hazard",
          SB, ["housing"]),
        q("66", "question", "whether the additional cost of the new arrangements had been included",
          "Councillor Hatch",
          "£450,000 had been included for the damp and mould team",
          GR, ["housing", "finance"]),
        q("67", "question", "asked when the decision on the future of the Council's CCTV service",
          "Councillor Quayle",
          "the item had been moved to the Cabinet meeting on 10 April 2025",
          "Overview and Scrutiny Officer (AN)", ["governance"]),
        q("68", "request", "receive an update on the implications of local government reorganisation",
          "Councillor Hatch", "The Chair agreed that this would be added to the work plan",
          "The Chair", ["governance", "housing"]),
        q("68", "comment", "suggested that a joint session be held with Wenshire County Council's",
          "Councillor Stebbings", None, None, ["primary-care", "governance"]),
    ]
    resolutions = [
        {"item": "60", "text": "That the minutes of the meeting held on 17 February 2025 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "64", "text": "noted the increase in demand for temporary accommodation and the associated cost",
         "outcome": "recommended", "themes": ["housing", "finance"]},
        {"item": "65", "text": "noted the annual performance of the leisure management contract",
         "outcome": "noted", "themes": ["subcontracting"]},
        {"item": "66", "text": "noted the Council's preparations for the introduction of Awaab's Law",
         "outcome": "recommended", "themes": ["housing"]},
        {"item": "67", "text": "The Committee noted the Forthcoming Decisions List",
         "outcome": "noted", "themes": []},
        {"item": "68", "text": "That the Overview and Scrutiny Work Plan be noted, subject to the addition",
         "outcome": "agreed", "themes": ["governance", "housing"]},
    ]
    attendees = [
        {"name": "Alastair Pemberton", "role": "Chair", "attendance": "present"},
        {"name": "Rosalind Hatch", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Kieran Dunmore", "role": None, "attendance": "present"},
        {"name": "Leslie Farrow", "role": None, "attendance": "present"},
        {"name": "Bernadette Okafor", "role": None, "attendance": "present"},
        {"name": "Trevor Quayle", "role": None, "attendance": "present"},
        {"name": "Michael Stebbings", "role": None, "attendance": "present"},
        {"name": "Janine Whitlock", "role": None, "attendance": "present"},
        {"name": "Harriet Lowther", "role": "Cabinet Member for Housing", "attendance": "in_attendance"},
        {"name": "Owen Marchbank", "role": "Cabinet Member for Communities and Leisure",
         "attendance": "in_attendance"},
        {"name": "Daniel Ashworth", "role": "Regional Director, Vantage Leisure", "attendance": "in_attendance"},
        {"name": "GR", "role": "Director \u2013 Housing", "attendance": "in_attendance"},
        {"name": "PD", "role": "Corporate Manager \u2013 Housing Solutions", "attendance": "in_attendance"},
        {"name": "SB", "role": "Corporate Manager \u2013 Housing Maintenance", "attendance": "in_attendance"},
        {"name": "KT", "role": "Leisure and Wellbeing Manager", "attendance": "in_attendance"},
        {"name": "AN", "role": "Overview and Scrutiny Officer", "attendance": "in_attendance"},
        {"name": "CT", "role": "Governance Officer", "attendance": "in_attendance"},
        {"name": "Peter Ambrose", "role": None, "attendance": "apologies"},
        {"name": "Sian Kettleborough", "role": None, "attendance": "apologies"},
    ]
    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": "Overview and Scrutiny Committee",
        "meeting_date": "2025-03-17",
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

def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    path = Path(path)
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
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


def check():
    ok = True
    for g in sorted(GOLD.glob("kp-*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            ok = False
            continue
        text = norm(doc_text(doc))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n = len(norm(ph).split())
            c = text.count(norm(ph))
            if c != 1 or not (6 <= n <= 15):
                print(f"FAIL {g.name} {kind} ({c} hits, {n} words): {ph}")
                ok = False
        print(f"{g.name}: {len(phrases)} phrases checked")
    print("OK" if ok else "CHECK FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes_pdf(DOCS / MINUTES_NAME)
    build_report_docx(DOCS / REPORT_NAME)
    for gold in (minutes_gold(), report_gold()):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("written:", MINUTES_NAME, REPORT_NAME)


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
