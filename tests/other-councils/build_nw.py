#!/usr/bin/env python3
"""Build the "nw-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_nw.py           build documents/nw-* and gold/nw-*.json
        build_nw.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2025, 2, 24, 9, 30, 0, tzinfo=dt.timezone.utc)

MINUTES_NAME = "nw-lickhurst-overview-scrutiny-board-2025-02-17.pdf"
REPORT_NAME = "nw-lickhurst-cabinet-report-dfg-policy.docx"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Blocks: ("item", number, title) ("p", text) ("bullet", text) ("clause", label, text)
# ("res", text) -- "res" text uses **bold** for the decision label.

MINUTES = [
    ("item", "68/24", "APOLOGIES FOR ABSENCE AND NAMED SUBSTITUTES"),
    ("p", "Apologies for absence were received from Councillors G. Sambrook and "
          "L. Tunnicliffe. Councillor B. Pargeter was in attendance as the named substitute "
          "for Councillor Sambrook."),

    ("item", "69/24", "DECLARATIONS OF INTEREST AND WHIPPING ARRANGEMENTS"),
    ("p", "Councillor K. Hollinshead declared an other disclosable interest in Minute "
          "No. 72/24 \u2013 Leisure Services Contract \u2013 Annual Performance Report 2023/24, "
          "as a member of the committee of Hagworth Amateur Swimming Club, which hired pool "
          "time at Hagworth Pool. Councillor Hollinshead remained in the meeting and took "
          "part in the discussion of that item."),
    ("p", "There were no whipping arrangements."),

    ("item", "70/24", "TO CONFIRM THE ACCURACY OF THE MINUTES OF THE MEETING OF THE "
                      "OVERVIEW AND SCRUTINY BOARD HELD ON 20TH JANUARY 2025"),
    ("p", "The minutes of the meeting of the Overview and Scrutiny Board held on 20th "
          "January 2025 were submitted."),
    ("res", "**RESOLVED** that the minutes of the meeting of the Overview and Scrutiny "
            "Board held on 20th January 2025 be approved as a true and correct record."),

    ("item", "71/24", "DISABLED FACILITIES GRANTS POLICY 2025 \u2013 PRE-SCRUTINY"),
    ("p", "The Private Sector Housing Manager presented the Disabled Facilities Grants "
          "(DFG) Policy 2025 for pre-scrutiny, in advance of its consideration by Cabinet at "
          "its meeting on 12th March 2025."),
    ("p", "Members were advised that DFGs were mandatory grants which enabled eligible "
          "disabled residents to adapt their homes, for example through the installation of "
          "level access showers, stairlifts, ramps and ground floor extensions. The grants "
          "were funded through the Better Care Fund and the allocation for Lickhurst in "
          "2024/25 was \u00a31.46 million. The revised Policy introduced a number of "
          "discretionary forms of assistance, including a relocation grant of up to "
          "\u00a315,000 for residents whose current home could not reasonably be adapted, and "
          "a fast-track route for adaptations costing less than \u00a38,000, which would no "
          "longer be subject to a means test. The service was delivered by the Council\u2019s "
          "in-house Home Improvement Agency, and works were carried out by contractors "
          "appointed from a framework which had been procured jointly with the other "
          "district councils in Worleshire."),
    ("p", "Following the presentation of the report, Members discussed the following in "
          "detail:"),
    ("bullet", "The average length of time taken from a resident\u2019s referral to the "
               "completion of works. Members were informed that this currently stood at 41 "
               "weeks, of which around 14 weeks was spent waiting for an assessment by an "
               "occupational therapist employed by Worleshire County Council. The Council had "
               "funded an additional occupational therapist post within the Home Improvement "
               "Agency from April 2024 and this had reduced waiting times for the cases that "
               "post was able to take on."),
    ("bullet", "Concerns were raised that some residents had waited several months after "
               "their grant had been approved for a contractor to start works. Officers "
               "confirmed that there were currently seven contractors on the framework but "
               "that two had withdrawn during the year due to rising material costs. The "
               "framework would be retendered in summer 2025 and Officers were hopeful that "
               "smaller local firms would be encouraged to bid."),
    ("bullet", "Whether a relocation grant of \u00a315,000 would be sufficient given the cost "
               "of moving home in the District. The Portfolio Holder for Housing and Health "
               "explained that the grant was intended to meet removal costs, legal fees and "
               "stamp duty rather than any difference in the value of the properties, and "
               "that the level of the grant would be reviewed after the first year of "
               "operation."),
    ("bullet", "The amount of DFG funding that had been carried forward from previous "
               "years, which a Member noted stood at \u00a3612,000. Officers explained that the "
               "underspend had arisen from the fall in referrals during the pandemic and it "
               "was anticipated that the full balance would be committed by the end of "
               "2025/26 as a result of the fast-track route."),
    ("bullet", "The contribution made by registered providers to adaptations in their own "
               "properties. It was explained that Lickhurst District Housing Trust funded "
               "minor adaptations below \u00a31,000 from its own budget, but that larger "
               "adaptations to its properties were funded through DFGs in the same way as for "
               "owner-occupiers and private tenants."),
    ("p", "Councillor Garside requested that future performance reports on DFGs include the "
          "number of applicants who had withdrawn from the process before works were "
          "completed, as she was concerned that some older residents gave up because of the "
          "length of the wait. The Private Sector Housing Manager agreed to include this "
          "information."),
    ("p", "Councillor Aziz proposed an additional recommendation, that the Council write to "
          "Worleshire County Council and the Worleshire Integrated Care Board to ask that "
          "the waiting time for occupational therapy assessments for Lickhurst residents be "
          "reduced, and this was seconded by Councillor Loxley."),
    ("res", "**RECOMMENDED** that"),
    ("clause", "1)", "the Disabled Facilities Grants Policy 2025 be approved; and"),
    ("clause", "2)", "the Portfolio Holder for Housing and Health write to Worleshire County "
                     "Council and the Worleshire Integrated Care Board requesting that action "
                     "be taken to reduce the waiting time for occupational therapy "
                     "assessments for residents of the District."),

    ("item", "72/24", "LEISURE SERVICES CONTRACT \u2013 ANNUAL PERFORMANCE REPORT 2023/24"),
    ("p", "The Leisure and Culture Services Manager introduced the annual performance report "
          "on the contract with Corvale Leisure Limited for the management of the Lickhurst "
          "Sports and Leisure Centre and Hagworth Pool, which had commenced in April 2021 for "
          "a period of ten years with the option to extend for a further five years. "
          "Mr. D. Halloran, Contract Manager for Corvale Leisure Limited, was also in "
          "attendance and delivered a presentation on the performance of the two facilities "
          "during 2023/24."),
    ("p", "Members were informed that total visits across both sites had reached 612,400 in "
          "2023/24, an increase of 9 per cent on the previous year, and that the number of "
          "direct debit memberships had risen to 5,830. The management fee paid to the "
          "Council was \u00a3184,000 for the year, having been reduced under the terms of the "
          "contract during the period affected by the pandemic and by the increase in energy "
          "costs in 2022/23. The exercise referral scheme, which was funded by the "
          "Worleshire County Council public health team and accepted referrals from GPs and "
          "practice nurses, had supported 438 residents, the majority of whom had completed "
          "the twelve week programme."),
    ("p", "During consideration of this item Members asked a number of questions about the "
          "operation of the contract. Councillor Bellamy asked what measures were in place to "
          "ensure that the prices charged to residents remained affordable, particularly for "
          "families on low incomes. Mr. Halloran explained that the Council set the prices of "
          "a number of core activities, including junior swimming lessons and the "
          "concessionary membership, and that these could only be increased by more than "
          "inflation with the agreement of the Council. In response to a further question "
          "about the take-up of the concessionary membership, Members were advised that 742 "
          "residents currently held a Lickhurst Leisure Card, and that this figure had fallen "
          "slightly since the eligibility criteria had been aligned with the Council Tax "
          "Support scheme."),
    ("p", "Councillor Hollinshead raised concerns about the number of occasions on which "
          "Hagworth Pool had been closed at short notice over the summer because of a "
          "shortage of lifeguards, which had affected swimming clubs and school swimming "
          "lessons. Mr. Halloran acknowledged that there had been 11 such closures between "
          "June and September 2024, which had been caused by difficulties in recruiting and "
          "retaining qualified lifeguards. Corvale Leisure had since introduced a funded "
          "lifeguard training programme for young people aged 16 and over, and 14 new "
          "lifeguards had qualified through the scheme since October."),
    ("p", "A Member commented that the car park at the Lickhurst Sports and Leisure Centre "
          "was frequently full in the early evening and that this was deterring some "
          "residents from using the centre."),
    ("p", "Questions were raised about the condition of the building at Hagworth Pool, which "
          "was now over 45 years old. The Leisure and Culture Services Manager reported that "
          "the Council remained responsible for the building\u2019s structure and plant under "
          "the contract, and that a condition survey had identified works totalling "
          "approximately \u00a31.2 million over the next five years. A bid for funding from the "
          "Swimming Pool Support Fund had been unsuccessful, and options for the future of "
          "the pool would be reported to Cabinet later in the year."),
    ("p", "Councillor Ndlovu questioned whether the contract offered the Council value for "
          "money, and whether consideration had been given to bringing the service back "
          "in-house when the contract came to an end. The Leisure and Culture Services "
          "Manager explained that a review of the options for the future management of the "
          "service, including in-house provision and a local authority trading company, "
          "would be undertaken at least two years before the end of the contract term and "
          "would be brought to the Board for pre-scrutiny."),
    ("p", "Members requested that the data on the exercise referral scheme be broken down by "
          "ward in future reports, so that the Board could see whether the scheme was "
          "reaching residents in the most deprived areas of the District."),
    ("res", "**RESOLVED** that"),
    ("clause", "1)", "the Leisure Services Contract Annual Performance Report 2023/24 be "
                     "noted; and"),
    ("clause", "2)", "a further update on the options for the future of Hagworth Pool be "
                     "presented to the Board once these were available."),

    ("item", "73/24", "WORLESHIRE HEALTH OVERVIEW AND SCRUTINY COMMITTEE \u2013 UPDATE"),
    ("p", "Councillor E. M. Loxley, the Council\u2019s representative on the Worleshire Health "
          "Overview and Scrutiny Committee (HOSC), provided an update on the meeting of the "
          "HOSC which had taken place on 29th January 2025. Members were informed that the "
          "HOSC had received reports on ambulance handover delays at Worleshire Royal "
          "Infirmary, on access to GP appointments across the county and on waiting times for "
          "children and young people\u2019s mental health services. Handover delays had "
          "improved since the opening of a new ambulance receiving area in November 2024, "
          "although on the worst days ambulances were still waiting for more than four hours. "
          "The Integrated Care Board had reported that the number of GP appointments had "
          "increased by 6 per cent compared to the previous year, but that demand continued "
          "to exceed capacity in a number of practices in the north of the county, including "
          "two practices in Lickhurst."),
    ("p", "Councillor Ndlovu asked whether the HOSC had discussed the future of the minor "
          "injuries unit at the Prince Edward Community Hospital, which had been closed "
          "overnight since the summer. Councillor Loxley advised that this had not been on "
          "the agenda for the January meeting, but that the Acute Trust had given a "
          "commitment that overnight opening would be restored once staff vacancies had been "
          "filled, and she would seek a further update for Members."),
    ("p", "Concerns were expressed that many residents continued to find it difficult to "
          "obtain a GP appointment, particularly those who were unable to use online booking "
          "systems."),
    ("p", "A Member commented that the new housing developments to the west of Lickhurst had "
          "increased the pressure on local practices and questioned whether developer "
          "contributions could be used to provide additional surgery space. In response, "
          "Officers advised that the Council\u2019s Infrastructure Delivery Plan identified a "
          "requirement for additional primary care floorspace in the town, and that the "
          "Integrated Care Board had been consulted on the allocation of Community "
          "Infrastructure Levy funds."),
    ("p", "Members requested that representatives of the Worleshire Integrated Care Board be "
          "invited to attend a future meeting of the Board to discuss GP provision in the "
          "District."),
    ("p", "The Board noted the update provided by Councillor Loxley."),

    ("item", "74/24", "FINANCE AND BUDGET WORKING GROUP \u2013 UPDATE"),
    ("p", "Councillor D. J. Corfield, Chairman of the Finance and Budget Working Group, "
          "provided an update on the meeting of the Working Group held on 3rd February 2025, "
          "at which Members had considered the second tranche of the Medium Term Financial "
          "Plan 2025/26 to 2027/28 and the proposed fees and charges for 2025/26. The Working "
          "Group had made two recommendations, which had been considered by Cabinet at its "
          "meeting on 5th February 2025. Cabinet had accepted the recommendation that the "
          "proposed increase in the garden waste charge be limited to \u00a33 per bin, but had "
          "not accepted the recommendation that the planned reduction in the grant to "
          "Lickhurst Citizens Advice be deferred for one year."),
    ("p", "Members questioned why the second recommendation had not been accepted, given the "
          "increase in demand for debt advice in the District. The Portfolio Holder for "
          "Finance and Governance explained that the Council had been required to identify "
          "savings of \u00a31.1 million in order to set a balanced budget and that Citizens "
          "Advice would be able to bid for funding from the Council\u2019s UK Shared Prosperity "
          "Fund allocation in 2025/26 to offset the reduction."),
    ("p", "A Member asked whether the Council\u2019s reserves would be sufficient to cover the "
          "shortfall in 2026/27 if the Government\u2019s Fair Funding Review did not provide "
          "additional funding for district councils. The Assistant Director of Finance and "
          "Customer Services advised that the general fund balance was forecast to be "
          "\u00a32.4 million at 31st March 2026, which was above the minimum level recommended "
          "by the Section 151 Officer, but that the position would remain uncertain until the "
          "multi-year settlement was announced later in 2025."),
    ("res", "**RESOLVED** that the update from the Finance and Budget Working Group be "
            "noted."),

    ("item", "75/24", "TASK GROUP UPDATES"),
    ("sub", "Damp and Mould in Private Rented Housing Task Group \u2013 Chairman, "
            "Councillor R. Aziz"),
    ("p", "Councillor Aziz reported that the Task Group had met on four occasions and had "
          "heard evidence from tenants, from the Council\u2019s Environmental Health team and "
          "from a local association of letting agents. The Task Group intended to present its "
          "final report to the Board at its meeting on 24th March 2025."),
    ("p", "A Member queried whether the Task Group would be considering properties owned by "
          "housing associations as well as those let by private landlords. Councillor Aziz "
          "confirmed that the terms of reference were limited to the private rented sector, "
          "as housing association properties were subject to separate regulation by the "
          "Regulator of Social Housing."),
    ("sub", "Social Isolation and Loneliness Task Group \u2013 Chairman, Councillor "
            "S. A. Bellamy"),
    ("p", "The scoping document for the Task Group had been agreed at the previous meeting of "
          "the Board. Councillor Bellamy reported that the first meeting of the Task Group "
          "would be held on 4th March 2025. Members who wished to join the Task Group were "
          "invited to contact the Democratic Services Officer."),

    ("item", "76/24", "CABINET WORK PROGRAMME"),
    ("p", "Members considered the Cabinet Work Programme for the period 1st March to 30th "
          "June 2025."),
    ("p", "A Member asked when the review of the Council\u2019s Local Plan would be reported to "
          "Cabinet, as this item had been removed from the Work Programme since the previous "
          "edition. Officers undertook to provide Members with an update on the timetable for "
          "the Local Plan review following the meeting."),
    ("res", "**RESOLVED** that the Cabinet Work Programme be noted."),

    ("item", "77/24", "OVERVIEW AND SCRUTINY BOARD WORK PROGRAMME"),
    ("p", "The Board considered its Work Programme for the remainder of the 2024/25 municipal "
          "year. The Democratic Services Officer reminded Members that the meeting on 24th "
          "March 2025 would receive the final report of the Damp and Mould in Private Rented "
          "Housing Task Group, the Quarter 3 Corporate Performance Report and the annual "
          "Crime and Disorder Scrutiny item, with representatives of the Community Safety "
          "Partnership and Worleshire Police invited to attend."),
    ("p", "Further to the discussion at Minute No. 73/24, Councillor Ndlovu requested that "
          "an item on primary care provision in the District be added to the Work Programme "
          "for the 2025/26 municipal year. Members agreed to this request."),
    ("res", "**RESOLVED** that, subject to the addition of an item on primary care provision "
            "in 2025/26, the Overview and Scrutiny Board Work Programme be noted."),
]

PRESENT = [
    ("Councillor H. J. Whitcombe", "Chairman"),
    ("Councillor R. Aziz", "Vice-Chairman"),
    ("Councillor S. A. Bellamy", None),
    ("Councillor D. J. Corfield", None),
    ("Councillor M. Dunstan", None),
    ("Councillor P. L. Garside", None),
    ("Councillor K. Hollinshead", None),
    ("Councillor J. Inchley", None),
    ("Councillor E. M. Loxley", None),
    ("Councillor T. Ndlovu", None),
    ("Councillor B. Pargeter", None),
    ("Councillor C. Rudge", None),
]
PRESENT_LINE = ("Councillors H. J. Whitcombe (Chairman), R. Aziz (Vice-Chairman), "
                "S. A. Bellamy, D. J. Corfield, M. Dunstan, P. L. Garside, K. Hollinshead, "
                "J. Inchley, E. M. Loxley, T. Ndlovu, B. Pargeter and C. Rudge")
OBSERVERS_LINE = ("Councillor N. Venables (Portfolio Holder for Housing and Health), "
                  "Councillor F. Wragg (Portfolio Holder for Finance and Governance) and "
                  "Mr. D. Halloran (Contract Manager, Corvale Leisure Limited)")
OFFICERS_LINE = ("Mr. G. Ashdown, Ms. R. Bhatti, Mrs. L. Cotterill, Mr. I. Dobbs, "
                 "Mr. S. Ellery and Mrs. K. Fairbrother")


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        def header(self):
            if self.page_no() == 1:
                self.set_font("DejaVu", "B", 11)
                self.set_xy(130, 10)
                self.cell(60, 6, "Public Document Pack", align="R")
                self.set_y(24)
                return
            self.set_font("DejaVu", "", 10)
            self.set_y(12)
            self.cell(0, 5, "Overview and Scrutiny Board", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 5, "17th February 2025", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.ln(8)

        def footer(self):
            self.set_y(-16)
            self.set_font("DejaVu", "", 10)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = MinutesPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Printed minutes - Overview and Scrutiny Board - 17 February 2025")
    pdf.set_author("Lickhurst District Council")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Lickhurst District Council committee system")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=24)
    pdf.add_page()

    lh = 5.4
    pdf.set_font("DejaVu", "B", 12)
    for line in ("LICKHURST DISTRICT COUNCIL", "",
                 "MEETING OF THE OVERVIEW AND SCRUTINY BOARD", "",
                 "MONDAY, 17TH FEBRUARY 2025, AT 6.00 P.M."):
        pdf.cell(0, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)

    def labelled(label: str, text: str, bold_label: bool = True) -> None:
        y = pdf.get_y()
        pdf.set_font("DejaVu", "B" if bold_label else "", 11)
        pdf.set_xy(20, y)
        pdf.cell(30, lh, label)
        pdf.set_font("DejaVu", "", 11)
        pdf.set_xy(50, y)
        pdf.multi_cell(140, lh, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)

    labelled("PRESENT:", PRESENT_LINE)
    labelled("Observers:", OBSERVERS_LINE, bold_label=False)
    labelled("Officers:", OFFICERS_LINE, bold_label=False)
    pdf.ln(2)

    for block in MINUTES:
        kind = block[0]
        if kind == "item":
            _, number, title = block
            if pdf.get_y() > pdf.page_break_trigger - 22:
                pdf.add_page()
            pdf.ln(2)
            y = pdf.get_y()
            pdf.set_font("DejaVu", "B", 11)
            pdf.set_xy(20, y)
            pdf.cell(20, lh, number)
            pdf.set_xy(40, y)
            pdf.multi_cell(150, lh, title, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "sub":
            pdf.set_font("DejaVu", "B", 11)
            pdf.set_x(40)
            pdf.multi_cell(150, lh, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 11)
            pdf.set_x(40)
            pdf.multi_cell(150, lh, block[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3.5)
        elif kind == "bullet":
            pdf.set_font("DejaVu", "", 11)
            y = pdf.get_y()
            if y > pdf.page_break_trigger - lh:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(40, y)
            pdf.cell(7, lh, "\u2022")
            pdf.set_xy(47, y)
            pdf.multi_cell(143, lh, block[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "clause":
            _, label, text = block
            pdf.set_font("DejaVu", "", 11)
            y = pdf.get_y()
            if y > pdf.page_break_trigger - lh:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(40, y)
            pdf.cell(8, lh, label)
            pdf.set_xy(48, y)
            pdf.multi_cell(142, lh, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "res":
            pdf.set_font("DejaVu", "", 11)
            pdf.set_x(40)
            pdf.multi_cell(150, lh, block[1], align="J", markdown=True,
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3.5)
        else:  # pragma: no cover
            raise ValueError(kind)

    pdf.ln(4)
    pdf.set_font("DejaVu", "", 11)
    pdf.set_x(40)
    pdf.cell(150, lh, "The meeting closed at 8.07 p.m.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(18)
    pdf.set_x(140)
    pdf.cell(50, lh, "Chairman", align="C")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The document that is not minutes: a Cabinet report (Word)
# ---------------------------------------------------------------------------

def build_report(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(12)

    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Cabinet\t\t12th March 2025"
    fp = sec.footer.paragraphs[0]
    fp.text = "Lickhurst District Council"

    def para(text: str = "", bold: bool = False, align=None, size=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        return p

    def numbered(num: str, text: str):
        p = d.add_paragraph()
        p.add_run(num + "\t")
        p.add_run(text)
        p.paragraph_format.left_indent = Pt(36)
        p.paragraph_format.first_line_indent = Pt(-36)
        return p

    para("LICKHURST DISTRICT COUNCIL", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para("Cabinet", bold=True)
    para("12th March 2025", bold=True)
    para("Disabled Facilities Grants Policy 2025", bold=True, size=14)

    rows = [
        ("Relevant Portfolio Holder",
         "Councillor N. Venables \u2013 Portfolio Holder for Housing and Health"),
        ("Portfolio Holder Consulted", "Yes"),
        ("Relevant Assistant Director",
         "Assistant Director of Community and Housing Services"),
        ("Report Author",
         "Job Title: Private Sector Housing Manager\n"
         "Contact email: privatesectorhousing@lickhurst.gov.example\n"
         "Contact Tel: 01527 881 204"),
        ("Wards Affected", "All Wards"),
        ("Ward Councillor(s) consulted", "N/A"),
        ("Relevant Council Priority", "Housing; Health and Wellbeing"),
        ("Key Decision", "Yes \u2013 Forward Plan reference CAB/2025/07"),
    ]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        c = t.add_row().cells
        c[0].text = k
        c[1].text = v
    c = t.add_row().cells
    merged = c[0].merge(c[1])
    merged.text = ("If you have any questions about this report, please contact the report "
                   "author in advance of the meeting.")

    para()
    para("1.\tSUMMARY", bold=True)
    numbered("1.1", "This report presents the revised Disabled Facilities Grants (DFG) Policy "
             "2025 for approval. The Policy sets out how the Council will use its Better Care "
             "Fund allocation to help disabled residents to live independently and safely in "
             "their own homes, and introduces new discretionary forms of assistance under the "
             "Regulatory Reform (Housing Assistance) (England and Wales) Order 2002.")

    para("2.\tRECOMMENDATIONS", bold=True)
    para("Cabinet is asked to RESOLVE that:")
    numbered("2.1", "the Disabled Facilities Grants Policy 2025, attached at Appendix A, be "
             "approved with effect from 1st April 2025; and")
    numbered("2.2", "authority be delegated to the Assistant Director of Community and "
             "Housing Services, following consultation with the Portfolio Holder for Housing "
             "and Health, to make minor amendments to the Policy.")

    para("3.\tKEY ISSUES", bold=True)
    para("Financial Implications", bold=True)
    numbered("3.1", "The Council\u2019s DFG allocation for 2024/25 is \u00a31.46 million, "
             "received through the Worleshire Better Care Fund. A further \u00a3612,000 has "
             "been carried forward from previous years. The discretionary assistance set out "
             "in the Policy will be met from within this funding and there is no call on the "
             "Council\u2019s General Fund.")
    para("Legal Implications", bold=True)
    numbered("3.2", "Mandatory DFGs are provided under the Housing Grants, Construction and "
             "Regeneration Act 1996. The Council must publish a policy before it gives any "
             "discretionary assistance.")
    para("Service / Operational Implications", bold=True)
    numbered("3.3", "The Policy introduces a fast-track route for adaptations costing less "
             "than \u00a38,000, which will not be means tested, and a relocation grant of up "
             "to \u00a315,000 where a resident\u2019s home cannot reasonably be adapted.")
    numbered("3.4", "The Overview and Scrutiny Board pre-scrutinised this report at its "
             "meeting held on 17th February 2025. Members asked about waiting times, "
             "contractor capacity and the level of the relocation grant, and the Board "
             "recommended that the Policy be approved. The Board also recommended that the "
             "Portfolio Holder write to Worleshire County Council and the Integrated Care "
             "Board about waiting times for occupational therapy assessments. A response "
             "to this recommendation will be reported to Cabinet separately.")
    para("Customer / Equalities and Diversity Implications", bold=True)
    numbered("3.5", "An Equality Impact Assessment has been completed and is attached at "
             "Appendix B. The removal of the means test for smaller adaptations is expected "
             "to benefit older residents on modest incomes in particular.")

    para("4.\tRISK MANAGEMENT", bold=True)
    numbered("4.1", "Should contractor capacity not improve following the retendering of the "
             "framework, there is a risk that the allocation will again be underspent. This "
             "risk is recorded on the Community and Housing Services risk register.")

    para("5.\tAPPENDICES and BACKGROUND DOCUMENTS", bold=True)
    para("Appendix A \u2013 Disabled Facilities Grants Policy 2025")
    para("Appendix B \u2013 Equality Impact Assessment")
    para("Appendix C \u2013 Questions applicants often ask")

    para("6.\tREPORT SIGN OFF", bold=True)
    so = d.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    hdr = so.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Department", "Name and Job Title", "Date"
    for dept, who, date in [
        ("Portfolio Holder", "Councillor N. Venables", "10th February 2025"),
        ("Lead Director / Assistant Director",
         "Assistant Director of Community and Housing Services", "7th February 2025"),
        ("Financial Services", "Assistant Director of Finance and Customer Services",
         "6th February 2025"),
        ("Legal Services", "Principal Solicitor", "6th February 2025"),
        ("Policy Team (if equalities implications apply)", "Policy Manager",
         "5th February 2025"),
    ]:
        r = so.add_row().cells
        r[0].text, r[1].text, r[2].text = dept, who, date

    d.add_page_break()
    para("Appendix C \u2013 Questions applicants often ask", bold=True)
    for q, a in [
        ("Do I have to pay anything towards the cost of the works?",
         "For adaptations costing less than \u00a38,000 there is no means test. For larger "
         "works your income and savings will be assessed and you may be asked to make a "
         "contribution."),
        ("How long will it take?",
         "Most adaptations are completed within nine months of a referral, but this depends "
         "on the waiting time for an occupational therapy assessment."),
        ("Can I choose my own builder?",
         "Yes, but the builder must provide two quotations and be approved by the Home "
         "Improvement Agency before any works start."),
        ("What if my home cannot be adapted?",
         "You may be eligible for a relocation grant of up to \u00a315,000 to help with the "
         "costs of moving to a more suitable home."),
    ]:
        para("Q. " + q, bold=True)
        para("A. " + a)

    cp = d.core_properties
    cp.author = "Private Sector Housing"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Disabled Facilities Grants Policy 2025"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3

    buf = io.BytesIO()
    d.save(buf)
    # Re-pack with fixed timestamps so that the file is byte-for-byte deterministic.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 24, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def minutes_gold() -> dict:
    items = [
        {"number": "68/24", "title": "Apologies for Absence and Named Substitutes"},
        {"number": "69/24", "title": "Declarations of Interest and Whipping Arrangements"},
        {"number": "70/24", "title": "To confirm the accuracy of the minutes of the meeting "
                                      "of the Overview and Scrutiny Board held on 20th "
                                      "January 2025"},
        {"number": "71/24", "title": "Disabled Facilities Grants Policy 2025 \u2013 "
                                      "Pre-Scrutiny"},
        {"number": "72/24", "title": "Leisure Services Contract \u2013 Annual Performance "
                                      "Report 2023/24"},
        {"number": "73/24", "title": "Worleshire Health Overview and Scrutiny Committee "
                                      "\u2013 Update"},
        {"number": "74/24", "title": "Finance and Budget Working Group \u2013 Update"},
        {"number": "75/24", "title": "Task Group Updates"},
        {"number": "76/24", "title": "Cabinet Work Programme"},
        {"number": "77/24", "title": "Overview and Scrutiny Board Work Programme"},
    ]
    questions = [
        # 71/24 Disabled Facilities Grants
        q("71/24", "question",
          "The average length of time taken from a resident\u2019s referral to the completion "
          "of works", None,
          "this currently stood at 41 weeks, of which around 14 weeks", None,
          ["housing"]),
        q("71/24", "concern",
          "Concerns were raised that some residents had waited several months after their "
          "grant", None,
          "there were currently seven contractors on the framework but that two had withdrawn",
          None, ["housing", "subcontracting"]),
        q("71/24", "question",
          "would be sufficient given the cost of moving home in the District", None,
          "the grant was intended to meet removal costs, legal fees and stamp duty",
          "The Portfolio Holder for Housing and Health", ["housing", "finance"]),
        q("71/24", "question",
          "The amount of DFG funding that had been carried forward from previous years",
          None,
          "the underspend had arisen from the fall in referrals during the pandemic", None,
          ["housing", "finance"]),
        q("71/24", "question",
          "The contribution made by registered providers to adaptations in their own "
          "properties", None,
          "larger adaptations to its properties were funded through DFGs in the same way",
          None, ["housing", "finance"]),
        q("71/24", "request",
          "requested that future performance reports on DFGs include the number of applicants",
          "Councillor Garside",
          "The Private Sector Housing Manager agreed to include this information",
          "The Private Sector Housing Manager", ["housing"]),
        # 72/24 Leisure contract
        q("72/24", "question",
          "asked what measures were in place to ensure that the prices charged",
          "Councillor Bellamy",
          "the Council set the prices of a number of core activities",
          "Mr. Halloran", ["finance"]),
        q("72/24", "question",
          "a further question about the take-up of the concessionary membership", None,
          "742 residents currently held a Lickhurst Leisure Card", None, ["finance"]),
        q("72/24", "concern",
          "raised concerns about the number of occasions on which Hagworth Pool had been "
          "closed", "Councillor Hollinshead",
          "there had been 11 such closures between June and September 2024",
          "Mr. Halloran", ["workforce", "children-and-families"]),
        q("72/24", "comment",
          "the car park at the Lickhurst Sports and Leisure Centre was frequently full",
          None, None, None, []),
        q("72/24", "question",
          "Questions were raised about the condition of the building at Hagworth Pool",
          None,
          "the Council remained responsible for the building\u2019s structure and plant under "
          "the contract", "The Leisure and Culture Services Manager",
          ["finance", "subcontracting"]),
        q("72/24", "question",
          "questioned whether the contract offered the Council value for money",
          "Councillor Ndlovu",
          "a review of the options for the future management of the service",
          "The Leisure and Culture Services Manager",
          ["finance", "privatisation", "subcontracting"]),
        q("72/24", "request",
          "requested that the data on the exercise referral scheme be broken down by ward",
          None, None, None, ["public-health"]),
        # 73/24 HOSC update
        q("73/24", "question",
          "asked whether the HOSC had discussed the future of the minor injuries unit",
          "Councillor Ndlovu",
          "the Acute Trust had given a commitment that overnight opening would be restored",
          "Councillor Loxley", []),
        q("73/24", "concern",
          "many residents continued to find it difficult to obtain a GP appointment",
          None, None, None, ["primary-care"]),
        q("73/24", "question",
          "questioned whether developer contributions could be used to provide additional "
          "surgery space", None,
          "Infrastructure Delivery Plan identified a requirement for additional primary care "
          "floorspace", None, ["primary-care", "housing"]),
        q("73/24", "request",
          "representatives of the Worleshire Integrated Care Board be invited to attend a "
          "future meeting", None, None, None, ["primary-care"]),
        # 74/24 Finance and Budget Working Group
        q("74/24", "question",
          "questioned why the second recommendation had not been accepted", None,
          "the Council had been required to identify savings",
          "The Portfolio Holder for Finance and Governance", ["finance"]),
        q("74/24", "question",
          "asked whether the Council\u2019s reserves would be sufficient to cover the shortfall",
          None, "the general fund balance was forecast to be",
          "The Assistant Director of Finance and Customer Services", ["finance"]),
        # 75/24 Task groups
        q("75/24", "question",
          "queried whether the Task Group would be considering properties owned by housing "
          "associations", None,
          "the terms of reference were limited to the private rented sector",
          "Councillor Aziz", ["housing"]),
        # 76/24 Cabinet work programme
        q("76/24", "question",
          "asked when the review of the Council\u2019s Local Plan would be reported", None,
          "Officers undertook to provide Members with an update on the timetable", None, []),
        # 77/24 O&S work programme
        q("77/24", "request",
          "requested that an item on primary care provision in the District be added",
          "Councillor Ndlovu", None, None, ["primary-care"]),
    ]
    resolutions = [
        r("70/24", "be approved as a true and correct record", "agreed", []),
        r("71/24", "the Disabled Facilities Grants Policy 2025 be approved", "recommended",
          ["housing"]),
        r("72/24", "the Leisure Services Contract Annual Performance Report 2023/24 be noted",
          "agreed", ["subcontracting"]),
        r("73/24", "The Board noted the update provided by Councillor Loxley", "noted", []),
        r("74/24", "the update from the Finance and Budget Working Group be noted", "noted",
          ["finance"]),
        r("76/24", "the Cabinet Work Programme be noted", "noted", []),
        r("77/24", "subject to the addition of an item on primary care provision in 2025/26",
          "agreed", ["primary-care"]),
    ]
    attendees = [{"name": n, "role": role, "attendance": "present"} for n, role in PRESENT]
    attendees += [
        {"name": "Councillor G. Sambrook", "role": None, "attendance": "apologies"},
        {"name": "Councillor L. Tunnicliffe", "role": None, "attendance": "apologies"},
        {"name": "Councillor N. Venables", "role": "Portfolio Holder for Housing and Health",
         "attendance": "in_attendance"},
        {"name": "Councillor F. Wragg", "role": "Portfolio Holder for Finance and Governance",
         "attendance": "in_attendance"},
        {"name": "Mr. D. Halloran", "role": "Contract Manager, Corvale Leisure Limited",
         "attendance": "in_attendance"},
    ]
    for n in ("Mr. G. Ashdown", "Ms. R. Bhatti", "Mrs. L. Cotterill", "Mr. I. Dobbs",
              "Mr. S. Ellery", "Mrs. K. Fairbrother"):
        attendees.append({"name": n, "role": None, "attendance": "in_attendance"})
    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": "Overview and Scrutiny Board",
        "meeting_date": "2025-02-17",
        "items": items,
        "questions": questions,
        "resolutions": resolutions,
        "attendees": attendees,
    }


def report_gold() -> dict:
    return {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------

def normalise(s: str) -> str:
    s = s.lower()
    s = "".join(ch for ch in s if not unicodedata.category(ch).startswith("P"))
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.extend(p.text for p in cell.paragraphs)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    bad = 0
    for gpath in sorted(GOLD.glob("nw-*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            bad += 1
            continue
        text = normalise(doc_text(doc))
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for what, ph in phrases:
            n = normalise(ph)
            words = len(n.split())
            count = text.count(n)
            if count != 1 or not 6 <= words <= 15:
                bad += 1
                print(f"FAIL {g['document']} {what} ({count} hits, {words} words): {ph}")
        print(f"{g['document']}: {len(phrases)} phrases checked")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


def main() -> int:
    if "--check" in sys.argv[1:]:
        return check()
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for g in (minutes_gold(), report_gold()):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}, {DOCS / REPORT_NAME} and their gold files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
