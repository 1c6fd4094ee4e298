#!/usr/bin/env python3
"""Build the "ka-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ka.py           build documents/ka-* and gold/ka-*.json
        build_ka.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import io
import json
import re
import sys
import unicodedata
import zipfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

MINUTES_FILE = "ka-wrayshire-adults-community-wellbeing-scrutiny-2025-01-22.pdf"
REPORT_FILE = "ka-wrayshire-executive-report-homecare-recommissioning-2025-02-04.docx"

COMMITTEE_CAPS = "ADULTS AND COMMUNITY WELLBEING SCRUTINY COMMITTEE"
DATE_CAPS = "22 JANUARY 2025"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Blocks: ("item", number, title) | ("p", text) | ("b", text) bullet |
#         ("label", text) bold line | ("n", "1.", text) numbered clause

ATTENDANCE = [
    ("p", "Councillors Mrs J M Harcastle (Vice-Chairman), P D Ashworth, T Burslem, "
          "Mrs K L Colebrook, D M Fennick, A Hargate, Mrs M Oakden, S J Pellow and R Whitlam"),
    ("p", "Councillor Mrs L M Ravensby (Executive Councillor for Adult Care and Public Health) "
          "attended the meeting."),
    ("p", "Councillor C J Dunmore attended the meeting as an observer."),
    ("p", "Officers in attendance:-"),
    ("p", "Ben Ashdown (Head of Commissioning - Adult Care), Rachel Dunsby (Democratic Services "
          "Officer), Helen Foxton (Deputy Chief Operating Officer, United Wrayshire Hospitals NHS "
          "Trust), Martin Holloway (Executive Director - Adult Care and Community Wellbeing), "
          "Amanda Kettleby (Scrutiny Officer), Joanne Maltby (Independent Chair, Wrayshire "
          "Safeguarding Adults Board), Priya Saddington (Assistant Director - Prevention and Early "
          "Intervention), Mark Tillbrook (Head of Finance - Adult Care and Public Health) and "
          "Dr Sunil Varma (Director of Integrated Care, NHS Wrayshire Integrated Care Board)"),
]

INTRO_Q = ("Members were given the opportunity to ask questions to the officers present in relation "
           "to the information contained within the report and some of the points raised during "
           "discussion included the following:")

BODY = [
    ("item", "52", "APOLOGIES FOR ABSENCE/REPLACEMENT MEMBERS"),
    ("p", "Apologies for absence were received from Councillors W H Gratton and Mrs A Tennyson-Lowe."),
    ("p", "It was reported that, under Regulation 13 of the Local Government (Committees and "
          "Political Groups) Regulations 1990, Councillor S J Pellow had been appointed as a "
          "replacement member of the Committee in place of Councillor W H Gratton, for this "
          "meeting only."),

    ("item", "53", "DECLARATIONS OF MEMBERS' INTEREST"),
    ("p", "Councillor Mrs M Oakden advised, in relation to minute 57, that her daughter was employed "
          "as a care worker by a homecare provider operating in the Eastmoor area."),
    ("p", "Councillor T Burslem wished it to be noted that he was a trustee of Wrayshire Carers' "
          "Centre."),

    ("item", "54", "MINUTES OF THE MEETING OF THE ADULTS AND COMMUNITY WELLBEING SCRUTINY "
                   "COMMITTEE HELD ON 11 DECEMBER 2024"),
    ("label", "RESOLVED"),
    ("p", "That the minutes of the meeting of the Adults and Community Wellbeing Scrutiny Committee "
          "held on 11 December 2024 be approved as a correct record and signed by the Chairman."),

    ("item", "55", "ANNOUNCEMENTS BY THE CHAIRMAN, EXECUTIVE COUNCILLOR AND LEAD OFFICERS"),
    ("p", "The Chairman reminded members that a visit to the Transfer of Care Hub at Wrayford County "
          "Hospital had been arranged for the morning of 12 February 2025, and asked any member "
          "wishing to attend to contact the Scrutiny Officer by the end of the month."),
    ("p", "The Executive Councillor for Adult Care and Public Health advised that the Care Quality "
          "Commission had published its assessment of the Council's adult social care functions on "
          "9 January 2025, and that the Council had been given an overall rating of 'Good'. The "
          "Executive Councillor thanked staff across the directorate, and the people who use services "
          "and carers who had spoken to the assessors, for their contribution. A report on the "
          "assessment and the resulting improvement plan would be presented to the Committee on "
          "2 April 2025."),
    ("p", "In response to a question on whether the assessment report would be shared with all "
          "councillors, the Executive Director - Adult Care and Community Wellbeing confirmed that a "
          "link to the full report would be circulated to every member of the Council."),

    ("item", "56", "ADULT CARE AND COMMUNITY WELLBEING BUDGET PROPOSALS 2025/26"),
    ("p", "Consideration was given to a report by Mark Tillbrook, Head of Finance - Adult Care and "
          "Public Health, which described the budget proposals for the next financial year, "
          "2025/26, as they related to the services within the remit of the Committee. The "
          "Committee was advised that the Executive had considered the proposals at its meeting on "
          "7 January 2025 and that they were now subject to consultation, with the final budget due "
          "to be considered by the Executive on 4 February 2025 and by full Council on 21 February "
          "2025. The proposed net budget for Adult Care and Community Wellbeing for 2025/26 was "
          "£318.452m, an increase of £21.730m on the current year. The main cost pressures related "
          "to the increase in the National Living Wage to £12.21 an hour from April 2025, the "
          "increase in employers' National Insurance contributions, which would affect both the "
          "Council and the providers from which it commissioned care, and the continued growth in "
          "the number of adults with complex needs requiring long term support. The proposals "
          "assumed that the Council would levy the full 2% adult social care precept, and included "
          "savings of £4.1m, mainly from the review of high-cost care packages and the further "
          "expansion of assistive technology."),
    ("p", INTRO_Q),
    ("b", "Concerns were raised about the impact of the increase in employers' National Insurance "
          "contributions on the care market, particularly on smaller providers. It was reported that "
          "the Council estimated the additional cost to providers at around £9m a year, and that no "
          "confirmation had yet been received as to whether the Government would compensate councils "
          "for the increased cost of commissioned care;"),
    ("b", "A member queried how the proposed fee uplift for providers had been calculated and whether "
          "providers had been consulted. The Committee was advised that the uplift had been "
          "calculated using the Council's cost of care model, which had been refreshed in the autumn "
          "following engagement with the provider market, and that the proposed uplift for homecare "
          "was 6.8%. A meeting with the Wrayshire Care Association had taken place on 15 January "
          "2025;"),
    ("b", "Clarity was sought on the level of the adult care reserves and whether these could be used "
          "to reduce the savings required. It was explained that the earmarked reserve for adult care "
          "stood at £14.3m, and that using reserves to meet ongoing costs would only defer the "
          "pressure to future years, which officers did not recommend;"),
    ("b", "It was queried whether the savings from the review of high-cost care packages were "
          "achievable, given that similar savings had been included in previous years. Officers "
          "advised that £2.7m had been delivered from package reviews in 2024/25 and that the target "
          "for 2025/26 had been set on the basis of reviews already scheduled;"),
    ("b", "One member commented that assistive technology should not be seen as a replacement for "
          "personal contact, particularly for people living alone in rural parts of the county;"),
    ("b", "In response to a question about the Better Care Fund, the Committee was advised that the "
          "allocations for 2025/26 had not yet been confirmed by the Government, and that the budget "
          "assumed the fund would continue at its current level; and"),
    ("b", "A member asked whether the Council had lobbied for fairer funding for rural counties. The "
          "Executive Councillor for Adult Care and Public Health advised that she had written to the "
          "Minister for Care in December 2024, and that the Council continued to make the case "
          "through the County Councils Network."),
    ("label", "RESOLVED"),
    ("n", "1.", "That the budget proposals for 2025/26, as set out in the report, be supported."),
    ("n", "2.", "That a summary of the comments made by the Committee be passed on to the Executive "
                "as part of its consideration of the budget proposals for 2025/26."),

    ("item", "57", "RECOMMISSIONING OF HOMECARE SERVICES"),
    ("p", "Consideration was given to a report by Ben Ashdown, Head of Commissioning - Adult Care, "
          "which invited the Committee to consider a report on the Recommissioning of Homecare "
          "Services, which was due to be considered by the Executive on 4 February 2025. The views "
          "of the Committee would be reported to the Executive as part of its consideration of this "
          "item."),
    ("p", "The Committee was advised that the current homecare contracts, which had been let in 2019 "
          "on the basis of twelve geographical zones, would expire on 30 September 2025. The Council "
          "currently purchased approximately 38,000 hours of homecare a week from 41 providers, "
          "supporting around 3,100 people. The proposed model would retain the zonal approach but "
          "reduce the number of zones to eight, with a lead provider in each zone and a framework of "
          "approved providers to pick up packages that the lead provider could not accept. The "
          "proposals also included an in-house 'provider of last resort' team, which would operate "
          "in the more rural parts of the county where the market had struggled to pick up packages "
          "of care, and would be funded from within the existing homecare budget."),
    ("p", INTRO_Q),
    ("b", "Members welcomed the proposal for an in-house provider of last resort and asked how many "
          "staff would be needed. The Committee was advised that the team would initially employ "
          "around 45 care workers, with recruitment due to begin in the summer so that the team was "
          "in place before the new contracts started;"),
    ("b", "Concerns were expressed about the Council's reliance on a small number of large private "
          "providers, and the risk to the Council if a lead provider failed. It was explained that "
          "the contracts would include robust contingency arrangements, that the framework would give "
          "the Council options to move packages quickly, and that financial checks would be carried "
          "out on all bidders as part of the procurement;"),
    ("b", "A member asked what was being done to address the difficulty of recruiting care workers "
          "in coastal areas. It was reported that the Council had funded the 'Care to Join Us' "
          "recruitment campaign, and that the new contracts would require providers to pay at least "
          "the Real Living Wage, with the cost reflected in the hourly rates;"),
    ("b", "It was queried whether the number of people waiting for homecare had reduced. Officers "
          "confirmed that, as of 10 January 2025, 37 people were waiting for a package of homecare, "
          "compared with over 300 at the peak in 2022, and that the average wait was now four days;"),
    ("b", "Clarity was sought on whether providers would be permitted to subcontract packages to "
          "other agencies. It was confirmed that subcontracting would only be permitted with the "
          "prior written agreement of the Council, and that any subcontractor would be required to "
          "meet the same quality standards;"),
    ("b", "A member highlighted that care workers were often not paid for their travel time between "
          "calls, particularly in rural areas, and requested that this be addressed in the new "
          "contracts. The Head of Commissioning - Adult Care advised that the contracts would "
          "require providers to pay for travel time and that this had been built into the proposed "
          "rates;"),
    ("b", "It was asked how the views of people who used the service had been taken into account. "
          "The Committee was advised that a survey of people receiving homecare and their carers "
          "had received 612 responses, and that the main themes had been continuity of care "
          "workers and the timing of calls; and"),
    ("b", "One member commented that the Committee should receive regular updates on the "
          "performance of the new contracts once they were in place."),
    ("label", "RESOLVED"),
    ("n", "1.", "That the Committee unanimously supports the recommendations to the Executive, as set "
                "out in the report."),
    ("n", "2.", "That a summary of the comments made by the Committee, as set out above, be passed on "
                "to the Executive as part of its consideration of this item."),
    ("n", "3.", "That a report on the performance of the new homecare contracts be added to the "
                "Committee's work programme for early 2026."),

    ("p", "The Committee adjourned from 11.32 am until 11.41 am."),

    ("item", "58", "HOSPITAL DISCHARGE AND THE WRAYSHIRE TRANSFER OF CARE HUB"),
    ("p", "The Chairman welcomed to the meeting Dr Sunil Varma, Director of Integrated Care, NHS "
          "Wrayshire Integrated Care Board, and Helen Foxton, Deputy Chief Operating Officer, United "
          "Wrayshire Hospitals NHS Trust."),
    ("p", "Consideration was given to a report by Priya Saddington, Assistant Director - Prevention "
          "and Early Intervention, which provided an update on the work of the Transfer of Care Hub. "
          "The Hub had been established in April 2024 as a joint team of hospital, community health "
          "and adult social care staff based at each of the county's three acute hospitals, with a "
          "single point of contact for ward staff. The report set out performance against the "
          "discharge measures in the Better Care Fund plan, including the number of patients who no "
          "longer met the criteria to reside in hospital, which had fallen from an average of 214 a "
          "day in January 2024 to 146 a day in November 2024, and the proportion of people still at "
          "home 91 days after discharge into reablement services, which stood at 83.6%."),
    ("p", "During consideration of this item, the following points were raised:"),
    ("b", "A member asked why patients in the east of the county continued to experience longer "
          "delays than those in other areas. Helen Foxton explained that the availability of "
          "homecare and of short-term residential beds on the coast remained the main constraint, "
          "and that the Hub was working with the Council's commissioners to secure additional "
          "capacity;"),
    ("b", "Concerns were expressed about patients being discharged late at night and without their "
          "medication. It was acknowledged that this had happened on occasion, and the Committee was "
          "advised that the Trust had introduced a policy that no patient over 75 should be "
          "discharged after 8pm unless they had chosen to be;"),
    ("b", "Clarity was sought on the role of the voluntary sector in supporting people leaving "
          "hospital. Dr Sunil Varma reported that the Integrated Care Board had commissioned "
          "Wrayshire Community Action to provide a Home from Hospital service, which had supported "
          "1,140 people in 2024;"),
    ("b", "It was queried whether delays in carrying out housing adaptations were preventing people "
          "from returning home. It was reported that delays with major adaptations funded through "
          "the Disabled Facilities Grant, which was administered by the district councils, did "
          "contribute to some delays, and that a trusted assessor approach had been agreed with four "
          "of the seven district councils to speed up the process;"),
    ("b", "A member raised the issue of families being asked to choose a care home at short notice, "
          "and whether people who paid for their own care were given enough information to make "
          "that choice;"),
    ("b", "It was requested that future reports include performance data broken down by hospital "
          "site and by district. Officers agreed that this information would be included in the "
          "next update; and"),
    ("b", "Members praised the joint working between the Council and its NHS partners, and the "
          "commitment of the staff in the Hub."),
    ("label", "RESOLVED"),
    ("n", "1.", "That the update on hospital discharge and the work of the Transfer of Care Hub be "
                "noted."),
    ("n", "2.", "That a further update be presented to the Committee in September 2025, to include "
                "performance data for each hospital site."),

    ("item", "59", "WRAYSHIRE SAFEGUARDING ADULTS BOARD ANNUAL REPORT 2023/24"),
    ("p", "Consideration was given to a report from Joanne Maltby, Independent Chair of the Wrayshire "
          "Safeguarding Adults Board, which presented the Board's Annual Report for 2023/24. It was "
          "highlighted that the Board had received 7,412 safeguarding concerns during the year, an "
          "increase of 9% on the previous year, of which 1,986 had progressed to an enquiry under "
          "section 42 of the Care Act 2014. Self-neglect and neglect by others remained the most "
          "common types of abuse, and the most common location of risk was the person's own home. "
          "Two Safeguarding Adults Reviews had been published during the year."),
    ("p", "Councillor A Hargate left the meeting at 12.15 pm."),
    ("p", "Some of the points raised during discussion included the following:"),
    ("b", "A member asked why the number of safeguarding concerns had risen and whether this was a "
          "cause for concern. The Independent Chair advised that the increase partly reflected better "
          "awareness and reporting, particularly by care providers and the police, and that the "
          "proportion of concerns leading to an enquiry had remained stable;"),
    ("b", "It was queried what lessons had been learned from the Safeguarding Adults Review "
          "concerning Adult D, who had died in a care home. The Committee was advised that the review "
          "had identified the need for better sharing of information between the care home, the GP "
          "practice and the Council, and that all of its recommendations had been implemented;"),
    ("b", "Concerns were raised about financial abuse, including scams targeting older people. It was "
          "noted that financial abuse accounted for 14% of concerns, and that the Board was working "
          "with Wrayshire Police and Trading Standards on a campaign aimed at older people and their "
          "families; and"),
    ("b", "A member requested that information on how to report a safeguarding concern be circulated "
          "to all members, so that it could be shared with residents. The Independent Chair agreed "
          "to provide a short briefing for members."),
    ("p", "The Committee noted the Annual Report and thanked Joanne Maltby for her attendance and for "
          "the work of the Board over the past year."),

    ("item", "60", "ADULTS AND COMMUNITY WELLBEING SCRUTINY COMMITTEE WORK PROGRAMME"),
    ("p", "Consideration was given to a report by Amanda Kettleby, Scrutiny Officer, which invited the "
          "Committee to consider and comment on the content of its work programme, to ensure that "
          "scrutiny activity was focused where it could be of greatest benefit. The Scrutiny Officer "
          "advised that the item on the Carers Strategy, which had been scheduled for 5 March 2025, "
          "would now be considered on 2 April 2025, so that the outcome of the consultation with "
          "carers could be included."),
    ("p", "It was requested that an item on day opportunities for adults with a learning disability "
          "be added to the work programme, following concerns raised with members by families in the "
          "Saltby area. The Scrutiny Officer advised that this would be discussed with the Executive "
          "Director and an item scheduled for a future meeting."),
    ("p", "Councillor Mrs K L Colebrook asked whether the Committee could hold a joint session with "
          "the Health Scrutiny Committee on the pressures facing GP practices in the county."),
    ("label", "RESOLVED"),
    ("p", "That the work programme, as set out in the report, be agreed, subject to the addition of "
          "the item on day opportunities referred to above."),
    ("gap",),
    ("p", "The meeting closed at 12.52 pm."),
]


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("Sans", "B", 10)
            self.set_xy(20, 12)
            self.cell(0, 5, str(self.page_no()), new_x="LMARGIN", new_y="NEXT")
            self.set_x(20)
            self.cell(0, 5, COMMITTEE_CAPS, new_x="LMARGIN", new_y="NEXT")
            self.set_x(20)
            self.cell(0, 5, DATE_CAPS, new_x="LMARGIN", new_y="NEXT")
            self.set_y(34)
            self.set_font("Sans", "", 10.5)

    pdf = Minutes(format="A4")
    pdf.set_creation_date(datetime(2025, 1, 30, 9, 15, 0, tzinfo=timezone.utc))
    pdf.set_title("Minutes - Adults and Community Wellbeing Scrutiny Committee - 22 January 2025")
    pdf.set_author("Democratic Services")
    pdf.add_font("Sans", "", f"{FONT_DIR}/DejaVuSans.ttf")
    pdf.add_font("Sans", "B", f"{FONT_DIR}/DejaVuSans-Bold.ttf")
    pdf.set_margins(38, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    lh = 5.0
    body_x = 38

    # Title block of the first page
    pdf.set_font("Sans", "B", 11)
    pdf.set_x(20)
    pdf.cell(0, 6, COMMITTEE_CAPS, new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(20)
    pdf.cell(0, 6, DATE_CAPS, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_x(20)
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(0, 6, "PRESENT: COUNCILLOR R A TEMPLEMAN (CHAIRMAN)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Sans", "", 10.5)
    for blk in ATTENDANCE:
        pdf.set_x(20)
        pdf.set_left_margin(20)
        pdf.multi_cell(170, lh, blk[1], align="J" if len(blk[1]) > 120 else "L",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.set_left_margin(body_x)
    pdf.ln(2)

    for blk in BODY:
        kind = blk[0]
        if kind == "item":
            _, num, title = blk
            # keep a title with at least a few lines of its minute
            if pdf.get_y() > pdf.h - 20 - 22:
                pdf.add_page()
            pdf.ln(2)
            y = pdf.get_y()
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_xy(20, y)
            pdf.cell(14, lh, num)
            pdf.set_xy(body_x, y)
            pdf.multi_cell(0, lh, title, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Sans", "", 10.5)
            pdf.ln(3)
        elif kind == "p":
            pdf.set_x(body_x)
            pdf.multi_cell(0, lh, blk[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "label":
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_x(body_x)
            pdf.cell(0, lh, blk[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Sans", "", 10.5)
            pdf.ln(3)
        elif kind == "b":
            if pdf.get_y() > pdf.h - 20 - lh:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_xy(body_x, y)
            pdf.cell(6, lh, "•")
            pdf.set_left_margin(body_x + 6)
            pdf.set_xy(body_x + 6, y)
            pdf.multi_cell(0, lh, blk[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(body_x)
            pdf.ln(2)
        elif kind == "n":
            if pdf.get_y() > pdf.h - 20 - lh:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_xy(body_x, y)
            pdf.cell(6, lh, blk[1])
            pdf.set_left_margin(body_x + 6)
            pdf.set_xy(body_x + 6, y)
            pdf.multi_cell(0, lh, blk[2], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(body_x)
            pdf.ln(3)
        elif kind == "gap":
            pdf.ln(4)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The document that is not minutes: an Executive report (Word)
# ---------------------------------------------------------------------------

def build_report(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)

    def para(text="", bold=False, align=None, space_after=6, italic=False):
        p = d.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold = bold
            r.italic = italic
        if align:
            p.alignment = align
        p.paragraph_format.space_after = Pt(space_after)
        return p

    def numbered(num, text, bold_num=False):
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.0)
        p.paragraph_format.first_line_indent = Cm(-1.0)
        p.paragraph_format.space_after = Pt(6)
        r = p.add_run(f"{num}\t")
        r.bold = bold_num
        p.add_run(text)
        return p

    para("Open Report on behalf of Martin Holloway, Executive Director - Adult Care and "
         "Community Wellbeing", bold=True, space_after=12)

    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    rows = [("Report to:", "Executive"),
            ("Date:", "04 February 2025"),
            ("Subject:", "Recommissioning of Homecare Services"),
            ("Decision Reference:", "I032167"),
            ("Key decision?", "Yes")]
    for (a, b), row in zip(rows, t.rows):
        row.cells[0].text = a
        row.cells[1].text = b
        row.cells[0].paragraphs[0].runs[0].bold = True
    para("", space_after=6)

    para("Summary:", bold=True)
    para("The Council's contracts for homecare (care and support provided to adults in their own "
         "homes) expire on 30 September 2025. This report sets out the outcome of a review of the "
         "current arrangements and of engagement with people who use homecare, their carers and "
         "the provider market, and seeks approval to the commissioning approach for new services "
         "to start on 1 October 2025. The proposed model reduces the number of zones from twelve "
         "to eight, appoints a lead provider in each zone supported by a framework of approved "
         "providers, and establishes an in-house provider of last resort for the areas of the "
         "county where the market has been least able to meet demand.")

    para("Recommendation(s):", bold=True)
    para("That the Executive:")
    recs = [
        "Approves the commissioning approach for homecare services set out in section 1 of this "
        "report, including the reduction of the number of zones from twelve to eight.",
        "Approves the carrying out of a procurement process for a lead provider contract in each "
        "of the eight zones and for a framework agreement of approved providers, each to commence "
        "on 1 October 2025 for an initial term of five years with the option to extend for up to "
        "a further three years.",
        "Approves the establishment of an in-house homecare provider of last resort, as described "
        "in paragraphs 1.14 to 1.18.",
        "Delegates to the Executive Director - Adult Care and Community Wellbeing, in consultation "
        "with the Executive Councillor for Adult Care and Public Health, authority to determine the "
        "final form of the contracts and to award them, and to take all other decisions necessary "
        "to give effect to recommendations 1 to 3.",
    ]
    for i, r in enumerate(recs, 1):
        numbered(f"{i}.", r)

    para("Alternatives Considered:", bold=True)
    numbered("1.", "To extend the current contracts. The current contracts contain no further "
                   "extension options and an extension would not comply with the Procurement Act "
                   "2023.")
    numbered("2.", "To retain twelve zones. This was considered but rejected because several of "
                   "the smaller zones have not attracted sufficient provider capacity.")
    numbered("3.", "To bring all homecare in-house. This was considered but rejected on grounds "
                   "of cost and the time required to recruit a workforce of the necessary size.")

    para("Reasons for Recommendation:", bold=True)
    para("The recommended approach builds on the strengths of the current zonal model, responds to "
         "what people who use homecare and providers have told the Council, and gives the Council "
         "greater resilience where the market is fragile.")

    para("1.\tBackground", bold=True)
    bg = [
        ("1.1", "The Council currently purchases approximately 38,000 hours of homecare each week "
                "from 41 providers, supporting around 3,100 people. The annual cost is approximately "
                "£49.6m."),
        ("1.2", "The current contracts were let in 2019 across twelve zones. Performance has "
                "improved markedly since 2022, when over 300 people were waiting for a package of "
                "care; at 10 January 2025 the number waiting was 37."),
        ("1.3", "Engagement with people who use services took place between September and November "
                "2024. A survey received 612 responses. People were asked 'What matters most to you "
                "about the care you receive at home?' The most frequent answers were seeing the same "
                "care workers and knowing when they would arrive."),
        ("1.4", "Two market engagement events were held with providers in October 2024. A summary "
                "of the questions raised by providers, and the Council's responses, is at Appendix "
                "A."),
        ("1.14", "It is proposed that the Council establishes a small in-house team to act as a "
                 "provider of last resort in the most rural parts of the county. The team would "
                 "initially employ around 45 care workers."),
    ]
    for n, txt in bg:
        numbered(n, txt)

    para("2.\tLegal Issues:", bold=True)
    para("Equality Act 2010", bold=True)
    para("Under section 149 of the Equality Act 2010, the Council must, in the exercise of its "
         "functions, have due regard to the need to eliminate discrimination, advance equality of "
         "opportunity and foster good relations. An Equality Impact Analysis has been completed "
         "and is available as a background paper.")
    para("Joint Strategic Needs Assessment (JSNA) and the Joint Health and Wellbeing Strategy (JHWS)",
         bold=True)
    para("The Council must have regard to the JSNA and the JHWS in coming to a decision. Supporting "
         "people to remain independent in their own homes is a priority of the JHWS.")
    para("Crime and Disorder", bold=True)
    para("There are no direct implications.")

    para("3.\tConclusion", bold=True)
    para("The proposed model is expected to maintain the improvements in the availability of "
         "homecare while improving continuity of care and giving the Council greater resilience.")

    para("4.\tLegal Comments:", bold=True)
    para("The Council has the power to enter into the contracts proposed. The decision is consistent "
         "with the Policy Framework and within the remit of the Executive.")

    para("5.\tResource Comments:", bold=True)
    para("The cost of the proposed contracts will be met from within the homecare budget, including "
         "the fee uplift proposed as part of the budget for 2025/26.")

    para("6.\tConsultation", bold=True)
    para("a)\tHas the Local Member been consulted?", bold=True)
    para("N/A")
    para("b)\tHas the Executive Councillor been consulted?", bold=True)
    para("Yes")
    para("c)\tScrutiny Comments", bold=True)
    para("This report will be considered by the Adults and Community Wellbeing Scrutiny Committee on "
         "22 January 2025 and the comments of the Committee will be reported to the Executive.")
    para("d)\tRisks and Impact Analysis", bold=True)
    para("The main risks are failure of a lead provider and insufficient bids in the most rural "
         "zones. These are mitigated by the framework arrangement and the provider of last resort.")

    para("7.\tAppendices", bold=True)
    t2 = d.add_table(rows=1, cols=2)
    t2.style = "Table Grid"
    t2.rows[0].cells[0].text = "Appendix A"
    t2.rows[0].cells[1].text = "Questions raised by providers at the market engagement events, "\
                               "and the Council's responses"
    para("", space_after=6)

    para("8.\tBackground Papers", bold=True)
    para("The following background papers as defined in the Local Government Act 1972 were relied "
         "upon in the writing of this report: Equality Impact Analysis - Recommissioning of "
         "Homecare Services (December 2024).")
    para("This report was written by Ben Ashdown, who can be contacted on 01632 960418 or "
         "ben.ashdown@wrayshire.gov.uk.", italic=True)

    d.add_page_break()
    para("Appendix A - Questions raised by providers at the market engagement events", bold=True)
    qa = [
        ("Will the hourly rate include payment for travel time between calls?",
         "Yes. The rate will include an element for travel time and providers will be required "
         "to pay care workers for it."),
        ("Will lead providers be allowed to subcontract packages?",
         "Only with the prior written agreement of the Council."),
        ("How will the Council decide which packages go to the in-house team?",
         "Packages will be offered to the lead provider and the framework first. The in-house "
         "team will pick up packages that cannot be placed within five working days."),
        ("Will existing care workers transfer to new providers under TUPE?",
         "TUPE may apply in some cases. Providers should take their own legal advice."),
    ]
    t3 = d.add_table(rows=1, cols=2)
    t3.style = "Table Grid"
    t3.rows[0].cells[0].text = "Question"
    t3.rows[0].cells[1].text = "Response"
    for c in t3.rows[0].cells:
        c.paragraphs[0].runs[0].bold = True
    for q, a in qa:
        row = t3.add_row()
        row.cells[0].text = q
        row.cells[1].text = a

    fixed = datetime(2025, 1, 13, 10, 0, 0)
    cp = d.core_properties
    cp.author = "Ben Ashdown"
    cp.last_modified_by = "Ben Ashdown"
    cp.title = "Recommissioning of Homecare Services"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 4

    buf = io.BytesIO()
    d.save(buf)
    # re-zip with fixed timestamps so that the output is byte-for-byte deterministic
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 13, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

ASC = "adult-social-care"


def q(item, kind, text, answer, asked_by=None, given_by=None, themes=()):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": list(themes)}


def r(item, text, outcome, themes=()):
    return {"item": item, "text": text, "outcome": outcome, "themes": list(themes)}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_FILE,
    "doc_type": "minutes",
    "committee": "Adults and Community Wellbeing Scrutiny Committee",
    "meeting_date": "2025-01-22",
    "items": [
        {"number": "52", "title": "APOLOGIES FOR ABSENCE/REPLACEMENT MEMBERS"},
        {"number": "53", "title": "DECLARATIONS OF MEMBERS' INTEREST"},
        {"number": "54", "title": "MINUTES OF THE MEETING OF THE ADULTS AND COMMUNITY WELLBEING "
                                  "SCRUTINY COMMITTEE HELD ON 11 DECEMBER 2024"},
        {"number": "55", "title": "ANNOUNCEMENTS BY THE CHAIRMAN, EXECUTIVE COUNCILLOR AND LEAD "
                                  "OFFICERS"},
        {"number": "56", "title": "ADULT CARE AND COMMUNITY WELLBEING BUDGET PROPOSALS 2025/26"},
        {"number": "57", "title": "RECOMMISSIONING OF HOMECARE SERVICES"},
        {"number": "58", "title": "HOSPITAL DISCHARGE AND THE WRAYSHIRE TRANSFER OF CARE HUB"},
        {"number": "59", "title": "WRAYSHIRE SAFEGUARDING ADULTS BOARD ANNUAL REPORT 2023/24"},
        {"number": "60", "title": "ADULTS AND COMMUNITY WELLBEING SCRUTINY COMMITTEE WORK "
                                  "PROGRAMME"},
    ],
    "questions": [
        q("55", "question",
          "a question on whether the assessment report would be shared with all councillors",
          "a link to the full report would be circulated to every member of the Council",
          None, "Executive Director - Adult Care and Community Wellbeing", ["governance"]),

        q("56", "concern",
          "impact of the increase in employers' National Insurance contributions on the care market",
          "the Council estimated the additional cost to providers at around £9m a year",
          None, None, ["finance", ASC, "workforce"]),
        q("56", "question",
          "queried how the proposed fee uplift for providers had been calculated",
          "the uplift had been calculated using the Council's cost of care model",
          None, None, ["finance", "subcontracting", ASC]),
        q("56", "question",
          "Clarity was sought on the level of the adult care reserves",
          "using reserves to meet ongoing costs would only defer the pressure to future years",
          None, None, ["finance"]),
        q("56", "question",
          "whether the savings from the review of high-cost care packages were achievable",
          "had been delivered from package reviews in 2024/25",
          None, "Officers", ["finance", ASC]),
        q("56", "comment",
          "assistive technology should not be seen as a replacement for personal contact",
          None, None, None, [ASC]),
        q("56", "question",
          "In response to a question about the Better Care Fund",
          "the allocations for 2025/26 had not yet been confirmed by the Government",
          None, None, ["finance", "integration"]),
        q("56", "question",
          "asked whether the Council had lobbied for fairer funding for rural counties",
          "she had written to the Minister for Care in December 2024",
          None, "Executive Councillor for Adult Care and Public Health", ["finance"]),

        q("57", "question",
          "welcomed the proposal for an in-house provider of last resort",
          "the team would initially employ around 45 care workers",
          None, None, ["privatisation", "workforce", ASC]),
        q("57", "concern",
          "reliance on a small number of large private providers",
          "the contracts would include robust contingency arrangements",
          None, None, ["privatisation", "subcontracting", "governance", ASC]),
        q("57", "question",
          "difficulty of recruiting care workers in coastal areas",
          "the new contracts would require providers to pay at least the Real Living Wage",
          None, None, ["workforce", ASC]),
        q("57", "question",
          "queried whether the number of people waiting for homecare had reduced",
          "37 people were waiting for a package of homecare",
          None, "Officers", [ASC]),
        q("57", "question",
          "whether providers would be permitted to subcontract packages to other agencies",
          "subcontracting would only be permitted with the prior written agreement of the Council",
          None, None, ["subcontracting", ASC]),
        q("57", "request",
          "care workers were often not paid for their travel time between calls",
          "the contracts would require providers to pay for travel time",
          None, "Head of Commissioning - Adult Care", ["workforce", ASC]),
        q("57", "question",
          "asked how the views of people who used the service had been taken into account",
          "homecare and their carers had received 612 responses",
          None, None, ["patient-and-public-input", ASC]),
        q("57", "comment",
          "should receive regular updates on the performance of the new contracts",
          None, None, None, ["subcontracting", ASC]),

        q("58", "question",
          "why patients in the east of the county continued to experience longer delays",
          "homecare and of short-term residential beds on the coast remained the main constraint",
          None, "Helen Foxton", [ASC]),
        q("58", "concern",
          "Concerns were expressed about patients being discharged late at night",
          "the Trust had introduced a policy that no patient over 75 should be discharged",
          None, None, [ASC]),
        q("58", "question",
          "the role of the voluntary sector in supporting people leaving hospital",
          "had commissioned Wrayshire Community Action to provide a Home from Hospital service",
          None, "Dr Sunil Varma", ["subcontracting", "integration", ASC]),
        q("58", "question",
          "whether delays in carrying out housing adaptations were preventing people from returning home",
          "a trusted assessor approach had been agreed with four of the seven district councils",
          None, None, ["housing", ASC]),
        q("58", "concern",
          "families being asked to choose a care home at short notice",
          None, None, None, [ASC]),
        q("58", "request",
          "future reports include performance data broken down by hospital site and by district",
          "Officers agreed that this information would be included in the next update",
          None, "Officers", [ASC]),
        q("58", "comment",
          "Members praised the joint working between the Council and its NHS partners",
          None, None, None, ["integration"]),

        q("59", "question",
          "asked why the number of safeguarding concerns had risen",
          "the increase partly reflected better awareness and reporting",
          None, "Independent Chair", [ASC]),
        q("59", "question",
          "what lessons had been learned from the Safeguarding Adults Review concerning Adult D",
          "better sharing of information between the care home, the GP practice and the Council",
          None, None, [ASC, "primary-care"]),
        q("59", "concern",
          "Concerns were raised about financial abuse, including scams targeting",
          "the Board was working with Wrayshire Police and Trading Standards on a campaign",
          None, None, [ASC]),
        q("59", "request",
          "information on how to report a safeguarding concern be circulated to all members",
          "The Independent Chair agreed to provide a short briefing for members",
          None, "Independent Chair", [ASC]),

        q("60", "request",
          "an item on day opportunities for adults with a learning disability be added",
          "this would be discussed with the Executive Director and an item scheduled",
          None, "Scrutiny Officer", [ASC]),
        q("60", "question",
          "asked whether the Committee could hold a joint session with the Health Scrutiny Committee",
          None, "Councillor Mrs K L Colebrook", None, ["primary-care", "governance"]),
    ],
    "resolutions": [
        r("54", "held on 11 December 2024 be approved as a correct record", "agreed"),
        r("56", "That the budget proposals for 2025/26, as set out in the report, be supported",
          "agreed", ["finance"]),
        r("57", "That the Committee unanimously supports the recommendations to the Executive",
          "agreed", ["subcontracting", ASC]),
        r("58", "update on hospital discharge and the work of the Transfer of Care Hub be noted",
          "agreed", [ASC, "integration"]),
        r("59", "The Committee noted the Annual Report and thanked Joanne Maltby", "noted", [ASC]),
        r("60", "That the work programme, as set out in the report, be agreed", "agreed", []),
    ],
    "attendees": [
        a("R A Templeman", "Chairman", "present"),
        a("Mrs J M Harcastle", "Vice-Chairman", "present"),
        a("P D Ashworth", None, "present"),
        a("T Burslem", None, "present"),
        a("Mrs K L Colebrook", None, "present"),
        a("D M Fennick", None, "present"),
        a("A Hargate", None, "present"),
        a("Mrs M Oakden", None, "present"),
        a("S J Pellow", None, "present"),
        a("R Whitlam", None, "present"),
        a("Mrs L M Ravensby", "Executive Councillor for Adult Care and Public Health", "in_attendance"),
        a("C J Dunmore", None, "in_attendance"),
        a("Ben Ashdown", "Head of Commissioning - Adult Care", "in_attendance"),
        a("Rachel Dunsby", "Democratic Services Officer", "in_attendance"),
        a("Helen Foxton", "Deputy Chief Operating Officer, United Wrayshire Hospitals NHS Trust",
          "in_attendance"),
        a("Martin Holloway", "Executive Director - Adult Care and Community Wellbeing", "in_attendance"),
        a("Amanda Kettleby", "Scrutiny Officer", "in_attendance"),
        a("Joanne Maltby", "Independent Chair, Wrayshire Safeguarding Adults Board", "in_attendance"),
        a("Priya Saddington", "Assistant Director - Prevention and Early Intervention",
          "in_attendance"),
        a("Mark Tillbrook", "Head of Finance - Adult Care and Public Health", "in_attendance"),
        a("Dr Sunil Varma", "Director of Integrated Care, NHS Wrayshire Integrated Care Board",
          "in_attendance"),
        a("W H Gratton", None, "apologies"),
        a("Mrs A Tennyson-Lowe", None, "apologies"),
    ],
}

REPORT_GOLD = {"document": REPORT_FILE, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_FILE)
    build_report(DOCS / REPORT_FILE)
    for g in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(g["document"]).stem
        (GOLD / f"{stem}.json").write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_FILE}\nwrote {DOCS / REPORT_FILE}\nwrote gold for both")


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
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def norm(s: str) -> str:
    s = s.lower()
    s = "".join(ch for ch in s if not unicodedata.category(ch).startswith("P"))
    return re.sub(r"\s+", " ", s).strip()


def check() -> int:
    bad = 0
    for gpath in sorted(GOLD.glob("ka-*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        dpath = DOCS / g["document"]
        if not dpath.exists():
            print(f"MISSING document {dpath}")
            bad += 1
            continue
        text = " " + norm(doc_text(dpath)) + " "
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n = text.count(" " + norm(ph) + " ")
            words = len(norm(ph).split())
            status = "ok"
            if n != 1:
                status = f"FOUND {n} TIMES"
            elif not 6 <= words <= 15:
                status = f"{words} WORDS"
            if status != "ok":
                bad += 1
                print(f"{g['document']}: {kind}: {status}: {ph!r}")
        print(f"{g['document']}: {len(phrases)} phrases checked")
    print("check passed" if not bad else f"check FAILED ({bad} problems)")
    return 1 if bad else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
