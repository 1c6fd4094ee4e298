#!/usr/bin/env python3
"""Build the "hw-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_hw.py           build documents/hw-* and gold/hw-*.json
        build_hw.py --check   verify every gold phrase occurs once in its document
"""
import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "hw-stourmere-community-leadership-osc-2025-01-20.pdf"
REPORT_NAME = "hw-stourmere-a2-report-homelessness-temporary-accommodation.pdf"

COMMITTEE = "Community Leadership Overview & Scrutiny Committee"
FIXED_DATE = datetime(2025, 1, 23, 9, 30, 0, tzinfo=timezone.utc)


# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------

TITLE_LINE = (
    "MINUTES OF THE MEETING OF THE COMMUNITY LEADERSHIP OVERVIEW & SCRUTINY COMMITTEE, "
    "HELD ON MONDAY, 20TH JANUARY, 2025 AT 7.30 PM IN THE COMMITTEE ROOM, TOWN HALL, "
    "MARINE PARADE, STOURMERE-ON-SEA"
)

ATTENDANCE = [
    ("Present:",
     "Councillors Fairweather (Chairman), Okonjo (Vice-Chairman), Baines, Delahaye, "
     "Gorringe, Kettle, Moffatt, Pryor and Wainwright"),
    ("Also Present:",
     "Councillors Ashdown (Portfolio Holder for Housing and Planning), Threlfall "
     "(Portfolio Holder for Partnerships) and Venn (except minutes 38 - 45)"),
    ("In Attendance:",
     "Marcus Hollings (Director (Operations and Delivery)), Rebecca Tuffin (Assistant "
     "Director (Partnerships)), Daniel Crowther (Assistant Director (Housing)), Nina Abbey "
     "(Head of Democratic Services and Elections), Priya Sandhu (Community Safety Manager) "
     "(for minute 42 only), Owen Latimer (Housing Options Manager) (for minute 43 only), "
     "Kirsty Bellamy (Committee Services Officer) and Tom Rudd (Democratic Services Officer)"),
    ("Also in Attendance:",
     "Chief Inspector Helen Marchbank (District Commander, Stourshire Police) (for minute 42 "
     "only), Sarah Kemble (Director of Primary Care, Mid and North Stourshire Integrated Care "
     "Board) and Dr Rhian Fothergill (Clinical Director, Stourmere Coastal Primary Care "
     "Network) (for minute 44 only)"),
]

# Each item: (number, title, blocks). Blocks:
#   ("p", text)               a justified paragraph (markdown ** for bold)
#   ("table", [(left, right), ...])  Matters raised / Response thereto
#   ("clause", text)          a lettered clause with a hanging indent
ITEMS = [
    ("38", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", [
        ("p", "Apologies for absence were submitted on behalf of Councillors Harker (with "
              "Councillor Pryor substituting) and Lomas (with no substitute)."),
    ]),
    ("39", "MINUTES OF THE LAST MEETING", [
        ("p", "It was moved by Councillor Okonjo, seconded by Councillor Kettle and:-"),
        ("p", "**RESOLVED** that the minutes of the meeting of the Committee, held on Monday "
              "18 November 2024, be approved as a correct record and be signed by the Chairman."),
    ]),
    ("40", "DECLARATIONS OF INTEREST", [
        ("p", "Councillor Delahaye declared for the public record, in relation to Minute 42 "
              "below (Report A.1 – Stourmere Community Safety Partnership: Annual Scrutiny), "
              "that she was a volunteer trustee of Harbourside Women’s Aid, which received "
              "grant funding through the Partnership."),
        ("p", "Councillor Pryor declared for the public record, in relation to Minute 44 below, "
              "that his wife was employed as a receptionist at a GP practice within the "
              "Stourmere Coastal Primary Care Network."),
    ]),
    ("41", "QUESTIONS ON NOTICE PURSUANT TO COUNCIL PROCEDURE RULE 38", [
        ("p", "On this occasion no Councillor had submitted notice of a question."),
    ]),
    ("42", "REPORT OF THE ASSISTANT DIRECTOR (PARTNERSHIPS) - A.1 - STOURMERE COMMUNITY "
           "SAFETY PARTNERSHIP: ANNUAL SCRUTINY", [
        ("p", "The Committee, sitting in its capacity as the Council’s designated Crime and "
              "Disorder Committee, had before it a report of the Assistant Director "
              "(Partnerships) (A.1) which provided Members with an overview of the work of the "
              "Stourmere Community Safety Partnership (CSP) during the 2024/25 municipal year, "
              "including its performance against the priorities set out in the Partnership "
              "Plan 2023-2026."),
        ("p", "Members were reminded that, under Section 19 of the Police and Justice Act 2006, "
              "the Council was required to have a committee with the power to review or "
              "scrutinise decisions made, or other action taken, in connection with the "
              "discharge by the responsible authorities of their crime and disorder functions, "
              "and that this Committee fulfilled that role for the District."),
        ("p", "The Portfolio Holder for Partnerships (Councillor Threlfall) introduced the report "
              "and informed the Committee that the CSP’s four priorities for 2024/25 had been: "
              "tackling anti-social behaviour; reducing violence against women and girls; "
              "tackling drug-related harm and the exploitation of young people through county "
              "lines; and road safety. Chief Inspector Marchbank then gave a presentation on "
              "crime trends in the District, which showed that total recorded crime had fallen "
              "by 4.2% in the twelve months to November 2024, although reports of shoplifting "
              "had risen by 19% and remained concentrated in Stourmere-on-Sea town centre and "
              "at the Wellbury Retail Park."),
        ("p", "Having considered the report and the presentation, the Committee asked questions "
              "of the Portfolio Holder, Chief Inspector Marchbank and Officers, and received "
              "responses as follows:-"),
        ("table", [
            ("Councillor Gorringe asked why the number of Police Community Support Officers "
             "(PCSOs) covering the coastal wards had fallen from six to four since last year.",
             "Chief Inspector Marchbank explained that two PCSO posts had become vacant "
             "following retirements. Recruitment was under way and she expected both posts to "
             "be filled by April 2025. In the meantime the Harbour and Saltings wards were "
             "being covered by the Stourmere Town neighbourhood team."),
            ("What action is being taken about the anti-social behaviour reported around the "
             "Saltings bus station and the Marine Parade underpass?",
             "The Community Safety Manager advised that the Public Spaces Protection Order "
             "covering the town centre had been extended to the bus station in October 2024, "
             "and that two additional CCTV cameras had been installed at the underpass. Joint "
             "patrols with the Council’s Community Ambassadors took place on Friday and "
             "Saturday evenings."),
            ("Councillor Okonjo asked how the CSP identified young people at risk of "
             "exploitation at an early stage and whether schools were fully engaged in that "
             "work.",
             "The Assistant Director (Partnerships) replied that the CSP funded a detached "
             "youth worker through Stourshire Youth Service and that all secondary schools in "
             "the District took part in the Safer Schools Partnership. Referrals were "
             "discussed monthly at the multi-agency Exploitation Panel."),
            ("Councillor Kettle expressed concern that residents who reported incidents "
             "through the 101 number often waited so long that they gave up.",
             "Chief Inspector Marchbank acknowledged residents’ frustration. The average "
             "answer time for 101 calls in December had been eleven minutes, and residents "
             "were encouraged to use online reporting, which was monitored around the clock."),
            ("Councillor Baines asked how much of the Safer Streets grant had been spent, and "
             "whether the funding would continue after March 2025.",
             "The Portfolio Holder for Partnerships stated that £187,000 of the £240,000 "
             "awarded had been spent and that the remainder was committed. The Home Office "
             "had not yet confirmed whether there would be a further round of funding."),
            ("Is there sufficient capacity in domestic abuse outreach services to meet the "
             "rise in referrals?",
             "The Assistant Director (Partnerships) undertook to provide a written response "
             "to all Members of the Committee outside of the meeting."),
        ]),
        ("p", "It was moved by Councillor Baines, seconded by Councillor Kettle and:-"),
        ("p", "**RESOLVED** that the Committee -"),
        ("clause", "(a)", "notes the contents of the report and the presentation;"),
        ("clause", "(b)", "requests that the Assistant Director (Partnerships) provides Members "
                          "with the number of anti-social behaviour incidents reported in the "
                          "Harbour and Saltings wards in each quarter of 2023/24 and 2024/25; "
                          "and"),
        ("clause", "(c)", "thanks Chief Inspector Marchbank for her attendance and for the work "
                          "of the neighbourhood policing teams in the District."),
    ]),
    ("43", "REPORT OF THE DIRECTOR (OPERATIONS AND DELIVERY) - A.2 - HOMELESSNESS AND "
           "TEMPORARY ACCOMMODATION: COST AND DEMAND PRESSURES", [
        ("p", "The Committee had before it a report of the Director (Operations and Delivery) "
              "(A.2) which set out the increasing demand on the Council’s homelessness service "
              "and the resulting pressure on the temporary accommodation budget, which was "
              "forecast to overspend by £612,000 in 2024/25."),
        ("p", "The Portfolio Holder for Housing and Planning (Councillor Ashdown) introduced the "
              "report. Members were informed that, as at 31 December 2024, 143 households were "
              "living in temporary accommodation arranged by the Council, of which 61 were in "
              "bed and breakfast accommodation, including 24 families with children. The report "
              "set out two proposals which Cabinet would be asked to consider at its meeting on "
              "7 February 2025: the acquisition of up to 20 dwellings on the open market for use "
              "as temporary accommodation, to be funded from the capital programme and the Local "
              "Authority Housing Fund; and the introduction of a private sector leasing scheme."),
        ("p", "Having considered the report, the Committee asked questions of the Portfolio "
              "Holder and Officers, and received responses as follows:-"),
        ("table", [
            ("Councillor Wainwright asked how long families with children were staying in bed "
             "and breakfast accommodation, given the six week legal limit.",
             "The Housing Options Manager confirmed that at 31 December nine families had been "
             "in bed and breakfast accommodation for longer than six weeks, the longest for "
             "fourteen weeks. Each case was reviewed weekly and the families concerned had been "
             "prioritised for the next available self-contained units."),
            ("Councillor Pryor queried what impact placing families outside the District was "
             "having on children’s schooling.",
             "The Assistant Director (Housing) advised that 17 households were currently placed "
             "outside the District. Officers worked with the County Council’s admissions and "
             "school transport teams so that, wherever possible, children could remain at "
             "their existing school."),
            ("What is the nightly cost of bed and breakfast compared with the Council’s own "
             "temporary accommodation?",
             "Members were informed that bed and breakfast cost an average of £72 per night, "
             "of which the Council could recover only a small part through housing benefit "
             "subsidy, which remained capped at 2011 Local Housing Allowance rates. The net "
             "cost of a unit owned by the Council was approximately £18 per night."),
            ("Councillor Gorringe sought clarification as to whether buying properties would "
             "reduce the number of homes available to first-time buyers.",
             "The Assistant Director (Housing) said that purchases would be spread across the "
             "District and would mainly be two and three bedroom homes which had been on the "
             "market for some time. The numbers involved were small compared with the 1,900 "
             "sales recorded in the District in 2024."),
            ("Councillor Moffatt commented that the private rented sector was shrinking as "
             "landlords left the market, and asked what incentives the Council offered to "
             "landlords.",
             "The Portfolio Holder for Housing and Planning referred to the Stourmere Lettings "
             "scheme, which offered landlords up to £2,500 per tenancy together with rent in "
             "advance. Thirty-eight tenancies had been secured through the scheme in 2024."),
            ("Councillor Kettle asked whether the Council had lobbied the Government about "
             "Local Housing Allowance rates.",
             "The Portfolio Holder confirmed that the Leader of the Council had written to the "
             "Minister for Housing and Planning in November 2024, and that the District "
             "Councils’ Network was pressing for the subsidy cap to be lifted. No reply had yet "
             "been received."),
        ]),
        ("p", "Councillor Gorringe moved, and Councillor Moffatt seconded, that the Committee "
              "recommends to Cabinet that the number of dwellings to be acquired be limited to "
              "ten, pending a review of the scheme after twelve months. Upon being put to the "
              "vote the motion was declared LOST."),
        ("p", "It was then moved by Councillor Okonjo, seconded by Councillor Wainwright and:-"),
        ("p", "**RESOLVED** that the Committee **RECOMMENDS TO CABINET** that -"),
        ("clause", "(a)", "the proposed acquisition of up to 20 dwellings for use as temporary "
                          "accommodation, as set out in the report, be supported;"),
        ("clause", "(b)", "priority in the allocation of the new units be given to families with "
                          "children who are currently in bed and breakfast accommodation; and"),
        ("clause", "(c)", "the Leader of the Council be asked to write again to the Minister, "
                          "seeking the removal of the cap on housing benefit subsidy for "
                          "temporary accommodation."),
    ]),
    ("44", "PRESENTATION BY THE MID AND NORTH STOURSHIRE INTEGRATED CARE BOARD - ACCESS TO "
           "GENERAL PRACTICE IN THE DISTRICT", [
        ("p", "The Chairman welcomed Sarah Kemble (Director of Primary Care, Mid and North "
              "Stourshire Integrated Care Board (ICB)) and Dr Rhian Fothergill (Clinical "
              "Director, Stourmere Coastal Primary Care Network) to the meeting. Councillor "
              "Pryor had declared an interest in this item (Minute 40 above refers) and "
              "remained in the meeting."),
        ("p", "Sarah Kemble gave a presentation on access to general practice in the District "
              "which covered: the number of appointments delivered by the District’s 14 "
              "practices (an increase of 6% on the previous year); the proportion of "
              "appointments which took place on the same day; the recruitment of additional "
              "roles, such as clinical pharmacists, physician associates and paramedics, to work "
              "alongside GPs; the national Primary Care Access Recovery Plan; and the proposed "
              "permanent closure of the Great Oakhurst branch surgery."),
        ("p", "The Chairman then invited Members to ask questions, and the following points were "
              "raised:-"),
        ("p", "Councillor Wainwright stated that residents of Kirkby Heath were regularly unable "
              "to obtain an appointment when telephoning at 8.00 am, and asked what was being "
              "done to end the ‘8 o’clock scramble’. Dr Fothergill responded that all of the "
              "practices in the Primary Care Network had now moved to cloud-based telephone "
              "systems with a call-back facility, and that online consultation requests could "
              "be submitted throughout the day. She accepted that demand on Monday mornings "
              "still exceeded capacity."),
        ("p", "Councillor Delahaye expressed concern about the proposed closure of the Great "
              "Oakhurst branch surgery and asked whether patients without access to a car had "
              "been consulted. Sarah Kemble explained that the ICB and the practice had carried "
              "out a six week engagement exercise which had received 412 responses, and that a "
              "free community transport service to the main surgery in Wellbury would be "
              "provided for two years. The final decision would be taken by the ICB’s Primary "
              "Care Commissioning Committee in March 2025."),
        ("p", "Councillor Baines asked how many full-time equivalent GPs there were for every "
              "10,000 patients in the District, compared with the national average. In "
              "response, Sarah Kemble advised that the District had 4.1 full-time equivalent "
              "GPs per 10,000 patients compared with 4.6 across England, but that the gap was "
              "narrower when the additional roles were taken into account."),
        ("p", "Councillor Okonjo asked what support was available within general practice for "
              "patients with mental health needs. Dr Fothergill advised that every practice in "
              "the Network now had access to a mental health practitioner funded through the "
              "Additional Roles Reimbursement Scheme, and that waiting times for the local "
              "talking therapies service had fallen to five weeks."),
        ("p", "Councillor Pryor commented that community pharmacies in the District were "
              "increasingly being asked to take on work previously undertaken by GP practices "
              "through the Pharmacy First service, and that two pharmacies in Stourmere-on-Sea "
              "had reduced their opening hours during 2024."),
        ("p", "Councillor Moffatt asked why the health centre promised as part of the Wellbury "
              "Garden Community had not yet been built, given that section 106 contributions "
              "had been secured from the developer in 2021."),
        ("p", "The Chairman thanked Sarah Kemble and Dr Fothergill for their attendance. The "
              "Committee noted the presentation and asked that the ICB provide a written update "
              "on the proposed Wellbury health centre to its meeting in July 2025."),
    ]),
    ("45", "REPORT OF THE HEAD OF DEMOCRATIC SERVICES AND ELECTIONS - A.3 - RECOMMENDATIONS "
           "MONITORING REPORT", [
        ("p", "The Committee had before it a report of the Head of Democratic Services and "
              "Elections (A.3) which set out the recommendations made by the Committee to "
              "Cabinet and to Portfolio Holders since the start of the 2024/25 municipal year, "
              "together with the responses received."),
        ("p", "Members noted that Cabinet had accepted the Committee’s recommendations of 16 "
              "September 2024 regarding the Council’s Sports and Physical Activity Strategy. "
              "Councillor Kettle asked why the recommendation concerning the review of fees "
              "and charges at the Stourmere Leisure Centre was still shown as outstanding. The "
              "Head of Democratic Services and Elections explained that the Portfolio Holder "
              "for Leisure and Tourism had asked for the response to be considered alongside "
              "the 2025/26 budget, and that it would be reported to the Committee’s next "
              "meeting."),
        ("p", "It was moved by Councillor Fairweather, seconded by Councillor Okonjo and:-"),
        ("p", "**RESOLVED** that the Recommendations Monitoring Report be noted."),
    ]),
    ("46", "REPORT OF THE HEAD OF DEMOCRATIC SERVICES AND ELECTIONS - A.4 - SCRUTINY OF "
           "PROPOSED DECISIONS", [
        ("p", "The Committee had before it a report of the Head of Democratic Services and "
              "Elections (A.4) which drew Members’ attention to the decisions included in the "
              "Executive’s most recent Notice of Forthcoming Decisions, published on 6 January "
              "2025, that fell within the Committee’s terms of reference."),
        ("p", "Members’ attention was drawn in particular to the forthcoming decision on the "
              "award of a contract for the management of the Stourmere Leisure Centre and "
              "Kirkby Heath Pool from 1 October 2025. Councillor Wainwright expressed concern "
              "that a private operator might seek to reduce the concessionary swimming sessions "
              "for older people and juniors, and asked whether the Committee would see the "
              "specification before the contract was let. The Director (Operations and "
              "Delivery) informed Members that the specification would require the existing "
              "concessions to be maintained for the full term of the contract, and that he "
              "would be happy for the draft specification to be shared with the Committee "
              "before the tender was issued."),
        ("p", "Councillor Venn, with the permission of the Chairman, asked whether bringing the "
              "leisure centres back in-house had been considered as an option. The Director "
              "(Operations and Delivery) confirmed that an in-house option had been appraised by "
              "the Council’s external advisers but had been found to be more costly, largely "
              "because of the Council’s partial exemption position for VAT."),
        ("p", "It was moved by Councillor Wainwright, seconded by Councillor Delahaye and:-"),
        ("p", "**RESOLVED** that the Committee -"),
        ("clause", "(a)", "notes the report; and"),
        ("clause", "(b)", "requests that the draft specification for the leisure management "
                          "contract be presented to its meeting on 17 March 2025, prior to the "
                          "decision being taken by Cabinet."),
    ]),
    ("47", "REPORT OF THE HEAD OF DEMOCRATIC SERVICES AND ELECTIONS - A.5 - UPDATED WORK "
           "PROGRAMME 2024/25", [
        ("p", "The Committee considered its updated Work Programme for 2024/25, as set out in "
              "the Appendix to the report (A.5)."),
        ("p", "Councillor Delahaye requested that the Council’s performance against the "
              "Corporate Plan key performance indicators for the third quarter be added to the "
              "Work Programme, as the Committee had not reviewed performance since September "
              "2024. The Head of Democratic Services and Elections confirmed that the Quarter 3 "
              "Performance Report would be available in time for the Committee’s meeting in "
              "March."),
        ("p", "Councillor Gorringe asked that the Committee revisit the provision of public "
              "toilets along the seafront, following complaints from residents and visitors "
              "during the summer. The Chairman indicated that this would be considered when the "
              "Work Programme for 2025/26 was drawn up."),
        ("p", "Following discussion, it was moved by Councillor Fairweather, seconded by "
              "Councillor Okonjo and:-"),
        ("p", "**RESOLVED** that the Updated Work Programme 2024/25, as set out in the Appendix "
              "to item A.5 of the Report Pack, be approved, subject to the addition of the draft "
              "leisure management contract specification and the Quarter 3 Performance Report "
              "to the meeting on 17 March 2025."),
    ]),
]

CLOSING = "The meeting was declared closed at 9.38 pm"


class MinutesPDF(FPDF):
    def header(self):
        self.set_font("Cond", "", 9)
        self.set_y(10)
        self.cell(0, 5, COMMITTEE, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, "20 January 2025", align="R")
        self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_font("Cond", "", 9)
        self.cell(0, 5, str(self.page_no()), align="C")


def add_fonts(pdf):
    pdf.add_font("Cond", "", str(FONTS / "DejaVuSansCondensed.ttf"))
    pdf.add_font("Cond", "B", str(FONTS / "DejaVuSansCondensed-Bold.ttf"))
    pdf.add_font("Cond", "I", str(FONTS / "DejaVuSansCondensed-Oblique.ttf"))
    pdf.add_font("Cond", "BI", str(FONTS / "DejaVuSansCondensed-BoldOblique.ttf"))


NUM_X = 20
TEXT_X = 33
TEXT_W = 190 - TEXT_X
LH = 5.2


def build_minutes(path):
    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Printed minutes - Community Leadership Overview & Scrutiny Committee - 20 January 2025")
    pdf.set_author("Stourmere District Council")
    pdf.set_margins(20, 22, 20)
    pdf.set_auto_page_break(True, 22)
    add_fonts(pdf)
    pdf.add_page()

    pdf.set_font("Cond", "B", 11)
    pdf.multi_cell(0, 5.6, TITLE_LINE, align="J")
    pdf.ln(5)

    for label, text in ATTENDANCE:
        y = pdf.get_y()
        pdf.set_font("Cond", "B", 10.5)
        pdf.set_xy(NUM_X, y)
        pdf.multi_cell(38, LH, label, align="L")
        pdf.set_font("Cond", "", 10.5)
        pdf.set_xy(NUM_X + 38, y)
        pdf.multi_cell(190 - NUM_X - 38, LH, text, align="L")
        pdf.ln(2.5)
    pdf.ln(3)

    for number, title, blocks in ITEMS:
        if pdf.get_y() > 250:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("Cond", "B", 10.5)
        pdf.set_xy(NUM_X, y)
        pdf.cell(TEXT_X - NUM_X, LH, f"{number}.")
        pdf.set_xy(TEXT_X, y)
        pdf.multi_cell(TEXT_W, LH, title, align="L")
        pdf.ln(2.5)
        for block in blocks:
            kind = block[0]
            if kind == "p":
                pdf.set_font("Cond", "", 10.5)
                pdf.set_x(TEXT_X)
                pdf.multi_cell(TEXT_W, LH, block[1], align="J", markdown=True)
                pdf.ln(2.5)
            elif kind == "clause":
                pdf.set_font("Cond", "", 10.5)
                y = pdf.get_y()
                if y > 262:
                    pdf.add_page()
                    y = pdf.get_y()
                pdf.set_xy(TEXT_X, y)
                pdf.cell(9, LH, block[1])
                pdf.set_xy(TEXT_X + 9, y)
                pdf.multi_cell(TEXT_W - 9, LH, block[2], align="J")
                pdf.ln(1.5)
            elif kind == "table":
                pdf.set_font("Cond", "", 10)
                pdf.set_draw_color(0, 0, 0)
                with pdf.table(
                    col_widths=(74, TEXT_W - 74),
                    width=TEXT_W,
                    align="RIGHT",
                    text_align="LEFT",
                    line_height=4.8,
                    padding=1.6,
                    v_align="TOP",
                    headings_style=FontFace(emphasis="BOLD"),
                ) as table:
                    head = table.row()
                    head.cell("Matters raised by the Committee:-")
                    head.cell("Response thereto:-")
                    for left, right in block[1]:
                        row = table.row()
                        row.cell(left)
                        row.cell(right)
                pdf.ln(4)
        pdf.ln(2)

    pdf.ln(4)
    pdf.set_font("Cond", "", 10.5)
    pdf.set_x(TEXT_X)
    pdf.multi_cell(TEXT_W, LH, CLOSING, align="L")
    pdf.ln(18)
    pdf.set_x(TEXT_X)
    pdf.cell(60, LH, "Chairman")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The officer report (not minutes)
# ---------------------------------------------------------------------------

REPORT_SECTIONS = [
    ("PART 1 – KEY INFORMATION", None),
    ("PURPOSE OF THE REPORT", [
        "To set out for the Committee the increasing demand on the Council’s homelessness "
        "service and the resulting pressure on the temporary accommodation budget, and to "
        "invite the Committee to comment on the proposals that Cabinet will consider on 7 "
        "February 2025 before that decision is taken.",
    ]),
    ("EXECUTIVE SUMMARY", [
        "The number of households approaching the Council as homeless or threatened with "
        "homelessness rose from 1,212 in 2022/23 to 1,587 in 2023/24 and is on course to "
        "exceed 1,700 in 2024/25. The main causes are the ending of private rented tenancies "
        "(41% of cases) and family or friends no longer being willing to accommodate (23%).",
        "As at 31 December 2024, 143 households were in temporary accommodation arranged by "
        "the Council, 61 of them in bed and breakfast accommodation, including 24 families "
        "with children. The temporary accommodation budget is forecast to overspend by "
        "£612,000 in 2024/25.",
        "Two proposals are being developed for Cabinet: (i) the acquisition of up to 20 "
        "dwellings on the open market, to be held in the General Fund and let as temporary "
        "accommodation; and (ii) a private sector leasing scheme under which landlords lease "
        "properties to the Council for between three and five years.",
    ]),
    ("RECOMMENDATION(S)", [
        "That the Committee:",
        "a) considers the information set out in this report and determines whether it wishes "
        "to make any comments or recommendations to Cabinet in respect of the proposals "
        "described in this report; and",
        "b) notes the measures already in place to prevent homelessness and to reduce the use "
        "of bed and breakfast accommodation for families.",
    ]),
    ("REASON(S) FOR THE RECOMMENDATION(S)", [
        "To enable the Committee to undertake pre-decision scrutiny of a matter that is "
        "included in the Notice of Forthcoming Decisions and that has significant financial "
        "implications for the Council.",
    ]),
    ("ALTERNATIVE OPTIONS CONSIDERED", [
        "The Committee could decide not to comment on the proposals, in which case Cabinet "
        "will take its decision on the basis of the officers’ report alone.",
    ]),
    ("PART 2 – IMPLICATIONS OF THE DECISION", None),
    ("DELIVERING PRIORITIES", [
        "The proposals support the Corporate Plan 2024-2028 theme ‘Homes that meet local "
        "needs’ and the Housing Strategy 2023-2028 priority of reducing the use of bed and "
        "breakfast accommodation.",
    ]),
    ("LEGAL", [
        "Part 7 of the Housing Act 1996 places a duty on the Council to secure accommodation "
        "for eligible households in priority need. The Homelessness (Suitability of "
        "Accommodation) (England) Order 2003 provides that bed and breakfast accommodation "
        "is not suitable for families with children save where no other accommodation is "
        "available, and then for no longer than six weeks.",
    ]),
    ("FINANCE AND OTHER RESOURCES", [
        "The gross cost of bed and breakfast accommodation in 2024/25 is forecast at £2.31 "
        "million, against which housing benefit subsidy of £0.74 million is expected. The "
        "purchase of 20 dwellings is estimated to cost £4.6 million, of which £1.15 million "
        "would be met from the Local Authority Housing Fund and the balance from prudential "
        "borrowing. Full details will be set out in the report to Cabinet.",
    ]),
    ("USE OF RESOURCES AND VALUE FOR MONEY", [
        "The following are submitted in respect of the indicated use of resources and value "
        "for money indicators:",
        "A) Financial sustainability: how the body plans and manages its resources to ensure "
        "it can continue to deliver its services;",
        "B) Governance: how the body ensures that it makes informed decisions and properly "
        "manages its risks; and",
        "C) Improving economy, efficiency and effectiveness: how the body uses information "
        "about its costs and performance to improve the way it manages and delivers its "
        "services.",
        "The proposals are expected to reduce the net cost of temporary accommodation by "
        "approximately £390,000 a year once all 20 dwellings are in use.",
    ]),
    ("ASSOCIATED RISKS AND MITIGATION", [
        "The main risks are that suitable properties cannot be bought within the price "
        "envelope, and that demand continues to rise faster than supply. These risks will be "
        "managed through the Housing Delivery Board and reported quarterly.",
    ]),
    ("EQUALITY IMPLICATIONS", [
        "An Equality Impact Assessment has been completed. Families with children, disabled "
        "people and women fleeing domestic abuse are over-represented among households in "
        "temporary accommodation and would benefit most from the proposals.",
    ]),
    ("PART 3 – SUPPORTING INFORMATION", None),
    ("MATTERS THE COMMITTEE MAY WISH TO EXPLORE", [
        "In undertaking pre-decision scrutiny the Committee may wish to consider the "
        "following questions:",
        "• How long are families with children remaining in bed and breakfast accommodation, "
        "and how many have exceeded six weeks?",
        "• What effect does placing households outside the District have on children’s "
        "schooling and on access to work and health services?",
        "• Would the purchase of dwellings by the Council affect the local housing market?",
        "• What more could be done to keep private landlords in the market?",
    ]),
    ("BACKGROUND PAPERS", [
        "Stourmere District Council Housing Strategy 2023-2028; Homelessness and Rough "
        "Sleeping Strategy 2024-2029.",
    ]),
    ("APPENDICES", [
        "Appendix A – Temporary accommodation: numbers and costs, April 2022 to December 2024.",
    ]),
]


class ReportPDF(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_y(22)
            return
        self.set_font("Cond", "", 9)
        self.set_y(10)
        self.cell(0, 5, "Community Leadership Overview & Scrutiny Committee – 20 January 2025 – A.2",
                  align="R")
        self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_font("Cond", "", 9)
        self.cell(0, 5, f"Page {self.page_no()}", align="C")


def render_other_considerations(pdf, w):
    """The template's table of other considerations, at the end of Part 2."""
    if pdf.get_y() > 200:
        pdf.add_page()
    pdf.set_font("Cond", "B", 10.5)
    pdf.multi_cell(w, 5.5, "OTHER RELEVANT CONSIDERATIONS OR IMPLICATIONS", align="L")
    pdf.ln(1.5)
    pdf.set_font("Cond", "", 10)
    with pdf.table(col_widths=(55, w - 55), width=w, text_align="LEFT", line_height=4.8,
                   padding=1.5, v_align="TOP", first_row_as_headings=False) as table:
        for a, b in [
            ("Crime and Disorder", "No direct implications."),
            ("Health Inequalities", "Prolonged stays in bed and breakfast accommodation are "
                                    "associated with poorer physical and mental health, "
                                    "particularly for children."),
            ("Area or Ward affected", "All wards."),
            ("Consultation/public engagement", "None specific to this report."),
        ]:
            row = table.row()
            row.cell(a)
            row.cell(b)
    pdf.ln(5)


def build_report(path):
    pdf = ReportPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("A.2 Homelessness and Temporary Accommodation: Cost and Demand Pressures")
    pdf.set_author("Stourmere District Council")
    pdf.set_margins(22, 22, 22)
    pdf.set_auto_page_break(True, 22)
    add_fonts(pdf)
    pdf.add_page()
    w = 210 - 44

    pdf.set_font("Cond", "B", 12)
    for line in ["COMMUNITY LEADERSHIP OVERVIEW & SCRUTINY COMMITTEE", "20 JANUARY 2025",
                 "", "REPORT OF THE DIRECTOR (OPERATIONS AND DELIVERY)"]:
        pdf.multi_cell(w, 6.5, line, align="C")
    pdf.ln(4)
    pdf.cell(16, 6.5, "A.2")
    pdf.multi_cell(w - 16, 6.5, "HOMELESSNESS AND TEMPORARY ACCOMMODATION: COST AND DEMAND "
                                "PRESSURES", align="L")
    pdf.set_font("Cond", "I", 10.5)
    pdf.set_x(22 + 16)
    pdf.multi_cell(w - 16, 5.5, "(Report prepared by Owen Latimer and Daniel Crowther)",
                   align="L")
    pdf.ln(5)

    for heading, paras in REPORT_SECTIONS:
        if heading.startswith("PART 3"):
            render_other_considerations(pdf, w)
        if pdf.get_y() > 255:
            pdf.add_page()
        if paras is None:
            pdf.set_font("Cond", "B", 11.5)
            pdf.set_fill_color(225, 225, 225)
            pdf.multi_cell(w, 7, heading, align="L", fill=True)
            pdf.ln(3)
            continue
        pdf.set_font("Cond", "B", 10.5)
        pdf.multi_cell(w, 5.5, heading, align="L")
        pdf.ln(1.5)
        pdf.set_font("Cond", "", 10.5)
        for para in paras:
            indent = 6 if para[:2] in ("a)", "b)", "• ") or para[:3] in ("A) ", "B) ", "C) ") else 0
            pdf.set_x(22 + indent)
            pdf.multi_cell(w - indent, 5.3, para, align="J")
            pdf.ln(2)
        pdf.ln(2)

    pdf.ln(4)
    pdf.set_font("Cond", "B", 10.5)
    pdf.multi_cell(w, 5.5, "REPORT CONTACT OFFICER(S)", align="L")
    pdf.ln(1.5)
    pdf.set_font("Cond", "", 10)
    with pdf.table(col_widths=(40, w - 40), width=w, text_align="LEFT", line_height=4.8,
                   padding=1.5, first_row_as_headings=False) as table:
        for a, b in [("Name", "Owen Latimer"), ("Job Title", "Housing Options Manager"),
                     ("Email", "olatimer@stourmere.gov.example")]:
            row = table.row()
            row.cell(a)
            row.cell(b)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-01-20",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        # 42 Community Safety Partnership
        q("42", "question", "Councillor Gorringe asked why the number",
          "Councillor Gorringe",
          "expected both posts to be filled by April 2025",
          "Chief Inspector Marchbank", ["workforce"]),
        q("42", "question", "What action is being taken about the",
          None,
          "Public Spaces Protection Order covering the town",
          "The Community Safety Manager", []),
        q("42", "question", "exploitation at an early stage and whether",
          "Councillor Okonjo",
          "the CSP funded a detached youth worker through",
          "The Assistant Director (Partnerships)", ["children-and-families"]),
        q("42", "concern", "the 101 number often waited so long that",
          "Councillor Kettle",
          "minutes, and residents were encouraged to use",
          "Chief Inspector Marchbank", []),
        q("42", "question", "Councillor Baines asked how much of the",
          "Councillor Baines",
          "spent and that the remainder was committed.",
          "The Portfolio Holder for Partnerships", ["finance"]),
        q("42", "question", "Is there sufficient capacity in domestic",
          None,
          "to provide a written response to all Members of",
          "The Assistant Director (Partnerships)", []),
        # 43 Homelessness and temporary accommodation
        q("43", "question", "families with children were staying in bed",
          "Councillor Wainwright",
          "31 December nine families had been in bed and",
          "The Housing Options Manager", ["housing", "children-and-families"]),
        q("43", "question", "placing families outside the District was",
          "Councillor Pryor",
          "households were currently placed outside the",
          "The Assistant Director (Housing)", ["housing", "children-and-families"]),
        q("43", "question", "breakfast compared with the Council’s own",
          None,
          "cost an average of £72 per night, of which the",
          None, ["housing", "finance"]),
        q("43", "question", "to whether buying properties would reduce",
          "Councillor Gorringe",
          "purchases would be spread across the District",
          "The Assistant Director (Housing)", ["housing"]),
        q("43", "question", "private rented sector was shrinking as",
          "Councillor Moffatt",
          "offered landlords up to £2,500 per tenancy",
          "The Portfolio Holder for Housing and Planning", ["housing"]),
        q("43", "question", "had lobbied the Government about Local",
          "Councillor Kettle",
          "the Council had written to the Minister for",
          "The Portfolio Holder", ["housing", "finance"]),
        # 44 Access to general practice
        q("44", "question", "residents of Kirkby Heath were regularly unable to obtain an appointment",
          "Councillor Wainwright",
          "had now moved to cloud-based telephone systems with a call-back facility",
          "Dr Fothergill", ["primary-care"]),
        q("44", "concern", "expressed concern about the proposed closure of the Great Oakhurst branch surgery",
          "Councillor Delahaye",
          "had carried out a six week engagement exercise which had received 412 responses",
          "Sarah Kemble", ["primary-care", "patient-and-public-input"]),
        q("44", "question", "asked how many full-time equivalent GPs there were for every",
          "Councillor Baines",
          "the District had 4.1 full-time equivalent GPs per 10,000 patients",
          "Sarah Kemble", ["primary-care", "workforce"]),
        q("44", "question", "asked what support was available within general practice for patients",
          "Councillor Okonjo",
          "now had access to a mental health practitioner funded through the",
          "Dr Fothergill", ["primary-care", "mental-health"]),
        q("44", "comment", "commented that community pharmacies in the District were increasingly",
          "Councillor Pryor", None, None, ["primary-care"]),
        q("44", "question", "asked why the health centre promised as part of the Wellbury",
          "Councillor Moffatt", None, None, ["primary-care"]),
        # 45 Recommendations monitoring
        q("45", "question", "asked why the recommendation concerning the review of fees and charges",
          "Councillor Kettle",
          "had asked for the response to be considered alongside the 2025/26 budget",
          "The Head of Democratic Services and Elections", ["finance"]),
        # 46 Scrutiny of proposed decisions
        q("46", "concern", "expressed concern that a private operator might seek to reduce",
          "Councillor Wainwright",
          "the specification would require the existing concessions to be maintained",
          "The Director (Operations and Delivery)",
          ["privatisation", "subcontracting"]),
        q("46", "question", "asked whether bringing the leisure centres back in-house had been considered",
          "Councillor Venn",
          "an in-house option had been appraised by the Council’s external advisers",
          "The Director (Operations and Delivery)",
          ["privatisation", "finance"]),
        # 47 Work programme
        q("47", "request", "requested that the Council’s performance against the Corporate Plan",
          "Councillor Delahaye",
          "the Quarter 3 Performance Report would be available in time",
          "The Head of Democratic Services and Elections", ["governance"]),
        q("47", "request", "asked that the Committee revisit the provision of public toilets",
          "Councillor Gorringe",
          "this would be considered when the Work Programme for 2025/26 was drawn up",
          "The Chairman", []),
    ],
    "resolutions": [
        r("39", "be approved as a correct record and be signed by the Chairman", "agreed", []),
        r("42", "provides Members with the number of anti-social behaviour incidents reported",
          "agreed", []),
        r("43", "that the number of dwellings to be acquired be limited to ten",
          "rejected", ["housing"]),
        r("43", "priority in the allocation of the new units be given to families",
          "recommended", ["housing", "children-and-families"]),
        r("44", "Committee noted the presentation and asked that the ICB provide a written update",
          "agreed", ["primary-care"]),
        r("45", "RESOLVED that the Recommendations Monitoring Report be noted", "noted", []),
        r("46", "requests that the draft specification for the leisure management contract",
          "agreed", ["subcontracting"]),
        r("47", "the Updated Work Programme 2024/25, as set out in the Appendix",
          "agreed", []),
    ],
    "attendees": [
        a("Councillor Fairweather", "Chairman", "present"),
        a("Councillor Okonjo", "Vice-Chairman", "present"),
        a("Councillor Baines", None, "present"),
        a("Councillor Delahaye", None, "present"),
        a("Councillor Gorringe", None, "present"),
        a("Councillor Kettle", None, "present"),
        a("Councillor Moffatt", None, "present"),
        a("Councillor Pryor", None, "present"),
        a("Councillor Wainwright", None, "present"),
        a("Councillor Harker", None, "apologies"),
        a("Councillor Lomas", None, "apologies"),
        a("Councillor Ashdown", "Portfolio Holder for Housing and Planning", "in_attendance"),
        a("Councillor Threlfall", "Portfolio Holder for Partnerships", "in_attendance"),
        a("Councillor Venn", None, "in_attendance"),
        a("Marcus Hollings", "Director (Operations and Delivery)", "in_attendance"),
        a("Rebecca Tuffin", "Assistant Director (Partnerships)", "in_attendance"),
        a("Daniel Crowther", "Assistant Director (Housing)", "in_attendance"),
        a("Nina Abbey", "Head of Democratic Services and Elections", "in_attendance"),
        a("Priya Sandhu", "Community Safety Manager", "in_attendance"),
        a("Owen Latimer", "Housing Options Manager", "in_attendance"),
        a("Kirsty Bellamy", "Committee Services Officer", "in_attendance"),
        a("Tom Rudd", "Democratic Services Officer", "in_attendance"),
        a("Chief Inspector Helen Marchbank", "District Commander, Stourshire Police",
          "in_attendance"),
        a("Sarah Kemble", "Director of Primary Care, Mid and North Stourshire Integrated Care Board",
          "in_attendance"),
        a("Dr Rhian Fothergill", "Clinical Director, Stourmere Coastal Primary Care Network",
          "in_attendance"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def pdf_text(path):
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def normalise(text, sep):
    text = text.lower()
    text = re.sub(r"[^\w\s]", sep, text)
    return re.sub(r"\s+", " ", text).strip()


def check():
    ok = True
    for gold_file in sorted(GOLD.glob("hw-*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            ok = False
            continue
        if gold["doc_type"] != "minutes":
            print(f"{gold_file.name}: {gold['doc_type']} (no phrases)")
            continue
        raw = pdf_text(doc)
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        bad = 0
        for kind, phrase in phrases:
            for sep in ("", " "):
                hay = normalise(raw, sep)
                needle = normalise(phrase, sep)
                n = len(re.findall(r"(?<![\w])" + re.escape(needle) + r"(?![\w])", hay))
                n_any = hay.count(needle)
                words = len(normalise(phrase, " ").split())
                if n != 1 or n_any != 1 or not 6 <= words <= 15:
                    print(f"FAIL [{kind}] sep={sep!r} found={n}/{n_any} words={words}: {phrase}")
                    bad += 1
                    ok = False
        print(f"{gold_file.name}: {len(phrases)} phrases, {bad} failures")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
    print("written", DOCS / MINUTES_NAME, DOCS / REPORT_NAME)
