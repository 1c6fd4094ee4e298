#!/usr/bin/env python3
"""Build the "qr-" documents (round 230) and their gold annotations.

Usage:  build_qr.py           build documents/qr-* and gold/qr-*.json
        build_qr.py --check   verify every gold phrase occurs once in its document

Everything here is invented: the councils, the NHS bodies, the people, places and figures.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "qr-tillmoor-cawdle-valley-jhosc-2025-03-18.pdf"
REPORT_NAME = "qr-tillmoor-cawdle-valley-jhosc-annual-report-2024-25.pdf"

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
MINUTES_DATE = dt.datetime(2025, 3, 24, 14, 12, 0, tzinfo=dt.timezone.utc)
REPORT_DATE = dt.datetime(2025, 6, 5, 11, 30, 0, tzinfo=dt.timezone.utc)

COMMITTEE = "Tillmoor and Cawdle Valley Joint Health Overview and Scrutiny Committee"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Blocks:
#   ("minute", number, title)         bold "Minute No. N" and the title in capitals
#   ("p", text)                       a paragraph (markdown **bold** allowed)
#   ("i", text)                       an italic note in brackets
#   ("sub", text)                     a bold sub-heading
#   ("bullets", [text, ...])          bullet points with a hanging indent
#   ("clauses", [(label, text), ...]) "(a)" clauses with a hanging indent
#   ("quote", text)                   an indented quotation
#   ("decl", rows)                    the declarations table
#   ("gap", mm)

BODY = [
    ("minute", "31", "APOLOGIES FOR ABSENCE AND SUBSTITUTE MEMBERS"),
    ("p", "Apologies for absence were received from Councillor L. Fenwick-Shaw (South "
          "Cawdleside Council) and Councillor B. Okonedo (Skelbrough City Council)."),
    ("p", "Councillor G. Tindale was present as substitute member for Councillor "
          "Fenwick-Shaw. No substitute had been nominated by Skelbrough City Council."),

    ("minute", "32", "DISCLOSURES OF MEMBERS' INTERESTS"),
    ("p", "The following disclosures of interest were made:-"),
    ("decl", [
        ("Member", "Council", "Minute No.", "Nature of Interest", "Action taken"),
        ("Councillor K. Heslop-Barr", "Tillmoor", "35",
         "Other Registrable Interest \u2013 a public governor of Cawdle Valley Healthcare "
         "NHS Foundation Trust",
         "Remained in the meeting and took part in the discussion"),
        ("Councillor E. Mowbray", "South Cawdleside", "36",
         "Non-Registrable Interest \u2013 employed as a community midwife by Cawdle Valley "
         "Healthcare NHS Foundation Trust",
         "Left the meeting for the item"),
        ("Councillor S. Wetherell", "Skelbrough", "37",
         "Non-Registrable Interest \u2013 a close family member is a dentist at a practice "
         "in Skelbrough",
         "Remained in the meeting and took part in the discussion"),
    ]),

    ("minute", "33", "MINUTES"),
    ("p", "**RESOLVED** that the minutes of the meeting of the Joint Committee held on "
          "Tuesday, 14 January 2025, as circulated, be confirmed as a true record and "
          "signed by the Chair."),
    ("sub", "Matters arising"),
    ("p", "Minute No. 27 (Winter Pressures and Ambulance Handovers) \u2013 the Scrutiny "
          "Co-ordinator reported that the handover figures for each hospital site, which "
          "had been requested at the last meeting, were circulated to Members on "
          "4 February 2025. Councillor Ord asked whether the figures for the Cawdlemouth "
          "Urgent Treatment Centre could also be provided, as they had been omitted from "
          "the circulated table. The Scrutiny Co-ordinator undertook to request these from "
          "the ambulance service and to forward them to all Members."),

    ("minute", "34", "PUBLIC QUESTIONS"),
    ("p", "In accordance with the Joint Committee's procedure rules, one question had been "
          "received from a member of the public, notice of which had been given to the "
          "Democratic Services Officer by the deadline."),
    ("sub", "Question from Mr Trevor Lindqvist, Bellingford"),
    ("quote", "\u201cThe midwife-led unit in Bellingford has not delivered a baby since "
              "October 2023, and families in the upper valley were told at the time that "
              "the closure was temporary. Will the Joint Committee insist that no permanent "
              "decision is taken on the unit until there has been a full public "
              "consultation, and will it ask the Trust to publish how many shifts could "
              "not be staffed each month?\u201d"),
    ("sub", "Response from Graham Etherington, Director of Place (Tillmoor), North Tillmoor "
            "and Cawdle Integrated Care Board"),
    ("quote", "\u201cNo decision has been taken on the future of the Bellingford Midwife-Led "
              "Unit. The ICB recognises that any permanent change to birthing services "
              "there would be likely to require formal consultation, and its proposed "
              "engagement and consultation plan is on the agenda for today's meeting "
              "(Minute No. 36 refers). The Trust reports its maternity staffing figures to "
              "its Board of Directors in public every month and will show the Bellingford "
              "unit separately in those figures from April 2025.\u201d"),
    ("p", "Mr Lindqvist asked, by way of a supplementary question, whether families who had "
          "been affected by the suspension would be invited to take part in the "
          "engagement. The Chair advised that this would be considered under Minute "
          "No. 36 and thanked Mr Lindqvist for attending."),

    ("minute", "35", "ELECTIVE CARE WAITING TIMES AND THE USE OF INDEPENDENT SECTOR "
                     "PROVIDERS"),
    ("p", "Andrew Kyle, Director of Planned Care, Cawdle Valley Healthcare NHS Foundation "
          "Trust, introduced a report on waiting times for planned (elective) care at the "
          "Trust's hospitals in Skelbrough and Cawdlemouth, and on the Trust's use of "
          "independent sector providers to treat NHS patients under subcontract. He was "
          "accompanied by Gillian Stobart, Chief Operating Officer."),
    ("i", "(Copy of report enclosed with the signed minutes.)"),
    ("p", "Key points of the report included:-"),
    ("bullets", [
        "the total waiting list had risen from 48,200 in March 2024 to 51,650 at the end of "
        "January 2025, although the rate of growth had slowed since the autumn;",
        "61.4% of patients had been waiting less than 18 weeks, against the national "
        "standard of 92% and an interim ambition of 65% by March 2026;",
        "212 patients had waited more than 65 weeks, mainly in trauma and orthopaedics, "
        "ophthalmology and ear, nose and throat surgery;",
        "since April 2024, 6,380 patients had been treated by two independent sector "
        "providers under subcontracts let by the Trust, principally at the Fellwick "
        "Treatment Centre and the Skelbrough Clinic; and",
        "the subcontracts had been extended once and were due to expire on 30 September "
        "2025.",
    ]),
    ("p", "Members' questions and comments included the following:-"),
    ("bullets", [
        "Councillor Ord asked what was being done for the 212 patients waiting longest. It "
        "was reported that each patient had been clinically reviewed in the last three "
        "months, that 150 had a date for treatment before the end of March, and that the "
        "remainder had been offered treatment elsewhere in the region through the national "
        "mutual aid system.",
        "Councillor Abiodun expressed concern that Skelbrough patients were being offered "
        "operations at the Fellwick Treatment Centre, some 38 miles away, and that older "
        "patients without a car found the journey difficult. She asked whether transport "
        "was provided. The Director of Planned Care advised that non-emergency patient "
        "transport was available to those who met the eligibility criteria, and that any "
        "patient who declined a transfer kept their place on the Trust's own waiting list.",
        "In response to a question about the cost of the subcontracts, Members were advised "
        "that the Trust had paid \u00a39.8m to independent providers in 2024/25 at national "
        "tariff prices, funded from the elective recovery allocation rather than from the "
        "Trust's core budget.",
        "Concern was expressed that the independent providers might be drawing consultants "
        "and theatre staff away from the Trust. The Chief Operating Officer gave an "
        "assurance that the subcontracts required providers to use their own clinical "
        "teams, and that no Trust consultant could work for them during contracted NHS "
        "sessions.",
        "Councillor Gilchrist asked whether the subcontracts would be re-tendered when they "
        "expired and whether Members would have sight of the process. The Chief Operating "
        "Officer explained that the ICB, not the Trust, would lead the procurement under "
        "the Provider Selection Regime, and that the Trust would ask the ICB to bring the "
        "outcome to the Joint Committee.",
        "Councillor Heslop-Barr asked what support was offered to patients who were in pain "
        "or losing mobility while they waited. The Director of Planned Care referred to the "
        "Trust's Waiting Well programme, which offered physiotherapy, weight management and "
        "pain clinics, and said that 4,100 patients had been contacted under the programme "
        "since it began in May 2024.",
        "A Member requested that future reports show waiting list figures for the residents "
        "of each constituent council area, as well as for the Trust as a whole. The "
        "Director of Planned Care agreed to provide this from the next report.",
    ]),
    ("p", "The Chair thanked Mr Kyle and Mrs Stobart for their attendance, and it was:-"),
    ("p", "**RESOLVED** that:-"),
    ("clauses", [
        ("(a)", "the report be noted; and"),
        ("(b)", "a further report on elective waiting times, including figures for each "
                "constituent council area and the outcome of the procurement of "
                "independent sector capacity, be presented to the Joint Committee in "
                "September 2025."),
    ]),

    ("minute", "36", "BELLINGFORD MIDWIFE-LED UNIT \u2013 ENGAGEMENT AND CONSULTATION PLAN"),
    ("p", "Councillor Mowbray, having declared an interest, left the meeting during "
          "consideration of this item."),
    ("p", "Joanne Haddow, Director of Midwifery, Cawdle Valley Healthcare NHS Foundation "
          "Trust, and Peter Marrs, Head of Communications and Engagement, North Tillmoor and "
          "Cawdle Integrated Care Board, presented the proposed approach to engaging the "
          "public on the future of birthing services at the Bellingford Midwife-Led Unit."),
    ("i", "(Copy of presentation enclosed with the signed minutes.)"),
    ("p", "Members were advised that:-"),
    ("bullets", [
        "births at the unit had been suspended in October 2023 because it had not been "
        "possible to staff every shift with two midwives, as national guidance required;",
        "before the suspension, between 60 and 75 women had given birth at the unit each "
        "year, and antenatal and postnatal clinics had continued at Bellingford "
        "throughout;",
        "a period of engagement would run from April to June 2025, to be followed, if the "
        "options which emerged involved a permanent change, by a formal public "
        "consultation of at least twelve weeks; and",
        "the ICB considered that any permanent closure of the birthing service would "
        "constitute a substantial variation in the provision of health services.",
    ]),
    ("p", "The Chair thanked the officers and invited questions from Members."),
    ("p", "Councillor Tindale queried why the unit had been allowed to remain closed for "
          "seventeen months without any public consultation having taken place. The "
          "Director of Midwifery explained that the suspension had been a temporary measure "
          "taken on safety grounds, that the Trust had advertised the vacant posts four "
          "times, and that it had not wished to prejudge the outcome by consulting on "
          "closure while recruitment continued."),
    ("p", "Councillor Lumsden asked how women in the upper Cawdle valley would reach the "
          "consultant-led unit at Skelbrough Royal Infirmary in winter, when the road from "
          "Bellingford was often closed by snow. It was noted that the Northern Fells "
          "Ambulance Service had agreed a protocol with the Trust for women in labour in "
          "the most rural areas, and that a review of the protocol would form part of the "
          "engagement."),
    ("p", "Councillor Heslop-Barr sought clarification as to whether women who had given "
          "birth since the suspension would be approached directly. Mr Marrs confirmed that "
          "the Trust would write to every woman who had booked with the Bellingford team "
          "since October 2023, and that the engagement would include sessions in the "
          "evenings and at weekends."),
    ("p", "The Vice-Chair requested that the engagement materials be made available in "
          "easy read format and in paper copy at libraries and GP surgeries, for those "
          "without internet access. Mr Marrs gave an assurance that paper copies would be "
          "provided at all of those venues."),
    ("p", "Councillor Gilchrist asked what it cost the Trust to keep the Bellingford unit "
          "open for births. The Director of Midwifery stated that the staffing cost had "
          "been approximately \u00a31.1m a year, but stressed that the suspension had not "
          "been made in order to save money."),
    ("p", "Councillor Dunnage expressed concern that the engagement would be a paper "
          "exercise, and that the future of the unit had in effect been decided when births "
          "were suspended in 2023."),
    ("p", "Councillor Dunnage moved, and Councillor Tindale seconded, that the Joint "
          "Committee report the suspension of births at the Bellingford Midwife-Led Unit to "
          "the Secretary of State for Health and Social Care. The Senior Solicitor advised "
          "that a referral could only be made in respect of a proposal on which the Joint "
          "Committee had been consulted and had commented. On being put to the vote, the "
          "motion was **LOST**, with 3 votes for and 7 against."),
    ("p", "**RESOLVED** that:-"),
    ("clauses", [
        ("(a)", "the Joint Committee considers that a permanent change to birthing services "
                "at the Bellingford Midwife-Led Unit would be a substantial variation in "
                "the provision of health services;"),
        ("(b)", "the engagement and consultation plan be supported, subject to the points "
                "raised by Members being taken into account; and"),
        ("(c)", "the ICB and the Trust report the findings of the engagement to the Joint "
                "Committee before any options for consultation are finalised."),
    ]),
    ("p", "Councillor Mowbray returned to the meeting."),

    ("minute", "37", "ACCESS TO NHS DENTISTRY"),
    ("p", "Helen Yeoman, Head of Primary Care Commissioning (Dental), North Tillmoor and "
          "Cawdle Integrated Care Board, gave a presentation on access to NHS dental "
          "services across the four council areas."),
    ("i", "(Copy of presentation enclosed with the signed minutes.)"),
    ("p", "Ms Yeoman reported that 44% of adults had seen an NHS dentist in the previous two "
          "years and 61% of children in the previous year; that five practices had handed "
          "back all or part of their NHS contracts since April 2022; and that the ICB had "
          "funded 18,000 additional urgent appointments in 2024/25 through its Dental Access "
          "Sessions scheme, of which 93% had been used."),
    ("p", "The ICB's dental recovery plan for 2025/26 would prioritise three groups: "
          "children who had not seen a dentist since before the pandemic, people living in "
          "care homes, and patients who had started a course of treatment but had been "
          "unable to complete it when their practice left the NHS. A domiciliary dental "
          "service for care home residents would be procured during the summer."),
    ("p", "Colin Ashby-Reed, Chief Executive, Healthwatch Skelbrough, then summarised the "
          "findings of a joint survey carried out by the four local Healthwatch "
          "organisations, to which 1,240 residents had responded. 38% of respondents had "
          "been unable to find an NHS dentist taking on adult patients, and one in six had "
          "travelled more than 25 miles for treatment."),
    ("p", "Members raised the following matters:-"),
    ("bullets", [
        "Councillor Lumsden asked why no practice in North Cawdleside was accepting new "
        "adult NHS patients. In reply, Ms Yeoman explained that two practices in "
        "Cawdlemouth had handed back their contracts in 2023 and that the ICB had "
        "re-procured the activity, with a new six-chair practice due to open in the town in "
        "September 2025.",
        "Councillor Ord raised the number of children having teeth removed under general "
        "anaesthetic at Skelbrough Royal Infirmary, which had been 412 in 2023/24. Dr Roe "
        "advised that the supervised toothbrushing programme now reached 143 nurseries and "
        "primary schools across the four areas, and that two of the councils were "
        "considering the fluoridation of water supplies.",
        "In answer to a Member's question about the new patient premium introduced in "
        "2024, it was stated that the premium had encouraged some practices to take on "
        "new patients, but that the numbers seen under the scheme locally were small.",
        "Councillor Gilchrist requested that the ICB provide each constituent council with "
        "a monthly list of practices accepting NHS patients, for publication on council "
        "websites and in libraries. Ms Yeoman agreed to do so.",
        "Councillor Abiodun commented that the national dental contract was the root of "
        "the problem, and that local schemes could only ever be a sticking plaster.",
    ]),
    ("p", "**RESOLVED** that:-"),
    ("clauses", [
        ("(a)", "the presentation and the Healthwatch findings be noted; and"),
        ("(b)", "the Chair write on behalf of the Joint Committee to the Minister of State "
                "for Care, supporting the Healthwatch call for reform of the dental "
                "contract without further delay."),
    ]),

    ("minute", "38", "YOUTH VAPING \u2013 JOINT PUBLIC HEALTH UPDATE"),
    ("p", "Dr Anjali Roe, Director of Public Health, Tillmoor County Council, presented an "
          "update on behalf of the four Directors of Public Health on vaping among children "
          "and young people in the four council areas."),
    ("i", "(Copy of presentation enclosed with the signed minutes.)"),
    ("p", "The update highlighted that:-"),
    ("bullets", [
        "the 2024 schools health survey had found that 9% of pupils in years 10 and 11 "
        "vaped regularly, compared with 6% in 2022;",
        "most young people who vaped used single-use products, which would be banned from "
        "sale from 1 June 2025;",
        "trading standards officers had carried out 58 test purchases across the four "
        "areas during 2024, 14 of which had resulted in an illegal sale;",
        "adult smokers would continue to be offered a free vape kit as a quit aid through "
        "the stop smoking services, which had supported 2,310 people to set a quit date in "
        "2024/25; and",
        "a joint campaign developed with young people from the four youth councils, "
        "\u201cClear the Air\u201d, would run on social media and in secondary schools from "
        "September 2025.",
    ]),
    ("p", "In the discussion that followed:-"),
    ("bullets", [
        "Councillor Thirlwell asked what action was taken against shops that repeatedly "
        "sold vapes to under-18s. Dr Roe explained that trading standards issued a warning "
        "on the first occasion, and that two retailers in Skelbrough had been prosecuted "
        "in 2024, with fines totalling \u00a36,400.",
        "Concern was raised about discarded single-use vapes and the fire risk they posed "
        "in refuse vehicles. Members were informed that the councils' waste services would "
        "run a collection scheme ahead of the ban.",
        "Councillor Abiodun asked how schools were being supported to discourage pupils "
        "from vaping. Dr Roe advised that a resource pack had been sent to every secondary "
        "school, and that school nurses were leading sessions in year 8 assemblies.",
        "Councillor Wetherell commented that messages to young people must not discourage "
        "adult smokers from switching to vapes in order to quit. Dr Roe agreed, and said "
        "that the campaign had been tested with both groups.",
        "Councillor Ord requested that the next update include figures for each of the four "
        "council areas separately, and for pupils in primary schools.",
    ]),
    ("p", "**RESOLVED** that the joint update on youth vaping be noted."),
    ("p", "**RECOMMENDED** to the Health and Wellbeing Board of each constituent council that "
          "youth vaping be included as a priority in its joint local health and wellbeing "
          "strategy when that strategy is next refreshed."),

    ("minute", "39", "WORK PROGRAMME 2025/26"),
    ("p", "The Scrutiny Co-ordinator presented the draft work programme for 2025/26 and "
          "reminded Members that the hosting of the Joint Committee would pass to Skelbrough "
          "City Council from June 2025. Items already scheduled included the outcome of "
          "the Bellingford engagement, the further report on elective waiting times, the "
          "annual report of the Northern Fells Ambulance Service and an update on the "
          "recommissioning of community wheelchair services by the ICB."),
    ("i", "(Copy of work programme enclosed with the signed minutes.)"),
    ("p", "Councillor Heslop-Barr asked that an item on mental health crisis services for "
          "adults be added to the programme, in view of recent press reports about waits at "
          "the Cawdle Crisis Hub. The Scrutiny Co-ordinator advised that the mental health "
          "trust had been asked to attend the September meeting for this purpose."),
    ("p", "**RESOLVED** that the work programme for 2025/26 be agreed, subject to the "
          "addition of an item on adult mental health crisis services."),

    ("minute", "40", "DATE OF NEXT MEETING"),
    ("p", "The next meeting of the Joint Committee will be held on Tuesday, 17 June 2025 at "
          "10.00 a.m. in the Civic Centre, Skelbrough."),
    ("gap", 4),
    ("p", "The meeting closed at 12.41 p.m."),
]

MEMBERS = [
    ("Tillmoor County Council", ["Dunnage, P.", "Heslop-Barr, K.", "Ord, T."]),
    ("Skelbrough City Council", ["Abiodun, F. (Vice-Chair)", "Gilchrist, R.", "Wetherell, S."]),
    ("North Cawdleside Council", ["Lumsden, A.", "Thirlwell, D."]),
    ("South Cawdleside Council", ["Mowbray, E.", "Tindale, G."]),
]

OFFICERS = [
    ("Brannigan, L.", "Senior Solicitor, Tillmoor County Council"),
    ("Fairless, D.", "Scrutiny Co-ordinator, Tillmoor County Council"),
    ("Kerrigan, S.", "Scrutiny Officer, Skelbrough City Council"),
    ("Ngata, R.", "Democratic Services Officer, Tillmoor County Council"),
    ("Roe, Dr A.", "Director of Public Health, Tillmoor County Council"),
]

ALSO_PRESENT = [
    ("Ashby-Reed, C.", "Chief Executive, Healthwatch Skelbrough"),
    ("Etherington, G.", "Director of Place (Tillmoor), North Tillmoor and Cawdle "
                        "Integrated Care Board"),
    ("Haddow, J.", "Director of Midwifery, Cawdle Valley Healthcare NHS Foundation Trust"),
    ("Kyle, A.", "Director of Planned Care, Cawdle Valley Healthcare NHS Foundation Trust"),
    ("Marrs, P.", "Head of Communications and Engagement, North Tillmoor and Cawdle "
                  "Integrated Care Board"),
    ("Stobart, G.", "Chief Operating Officer, Cawdle Valley Healthcare NHS Foundation Trust"),
    ("Yeoman, H.", "Head of Primary Care Commissioning (Dental), North Tillmoor and Cawdle "
                   "Integrated Care Board"),
]


def _fpdf_class():
    from fpdf import FPDF

    class Minutes(FPDF):
        footer_left = "Tillmoor and Cawdle Valley Joint Health OSC, 18 March 2025"

        def header(self):
            if self.page_no() == 1:
                self.set_font("DejaVu", "B", 9)
                self.set_text_color(90, 90, 90)
                self.set_xy(self.l_margin, 8)
                self.cell(self.epw, 5, "Public Document Pack", align="R")
                self.set_text_color(0, 0, 0)
                self.set_y(self.t_margin)

        def footer(self):
            self.set_y(-18)
            self.set_font("DejaVu", "", 8)
            self.cell(self.epw / 2, 4, self.footer_left, align="L")
            self.cell(self.epw / 2, 4, "Ch.'s Initials\u2026\u2026\u2026\u2026", align="R")
            self.ln(5)
            self.set_font("DejaVu", "", 9)
            self.cell(self.epw, 4, str(self.page_no()), align="C")

    return Minutes


def add_fonts(pdf) -> None:
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.add_font("DejaVu", "BI", str(FONT_DIR / "DejaVuSans-BoldOblique.ttf"))


LH = 5.2  # line height


def build_minutes(path: Path) -> None:
    Minutes = _fpdf_class()
    pdf = Minutes(format="A4")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=24)
    add_fonts(pdf)
    pdf.set_creation_date(MINUTES_DATE)
    pdf.set_title("Minutes - Tillmoor and Cawdle Valley JHOSC - 18 March 2025")
    pdf.set_author("Democratic Services, Tillmoor County Council")
    pdf.set_creator("Tillmoor County Council")
    pdf.add_page()

    # Title block
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(pdf.epw, 7, "TILLMOOR COUNTY COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(pdf.epw, 6, "TILLMOOR AND CAWDLE VALLEY JOINT HEALTH OVERVIEW AND "
                   "SCRUTINY COMMITTEE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 10.5)
    pdf.multi_cell(pdf.epw, LH, "At a meeting of the Tillmoor and Cawdle Valley Joint Health "
                   "Overview and Scrutiny Committee held in the Council Chamber, County Hall, "
                   "Ashburn Road, Kelderton on Tuesday, 18 March 2025 at 10.00 a.m.",
                   align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(pdf.epw, LH, "PRESENT", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("DejaVu", "", 10.5)
    pdf.cell(pdf.epw, LH, "Councillor M. Tranwell", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(pdf.epw, LH, "(Chair, in the Chair)", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(pdf.epw, LH, "MEMBERS", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    col = pdf.epw / 2
    for council, names in MEMBERS:
        pdf.set_font("DejaVu", "BI", 10)
        pdf.cell(pdf.epw, LH, council, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10.5)
        for i in range(0, len(names), 2):
            pdf.set_x(pdf.l_margin + 8)
            pdf.cell(col - 8, LH, names[i])
            if i + 1 < len(names):
                pdf.cell(col, LH, names[i + 1])
            pdf.ln(LH)
        pdf.ln(1.5)
    pdf.ln(2)

    def name_post_table(label: str, rows) -> None:
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.cell(pdf.epw, LH, label, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("DejaVu", "", 10.5)
        for name, post in rows:
            y = pdf.get_y()
            pdf.set_x(pdf.l_margin + 8)
            pdf.cell(40, LH, name)
            pdf.set_xy(pdf.l_margin + 50, y)
            pdf.multi_cell(pdf.epw - 50, LH, post, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    name_post_table("OFFICERS", OFFICERS)
    name_post_table("ALSO PRESENT", ALSO_PRESENT)
    pdf.set_font("DejaVu", "", 10.5)
    pdf.multi_cell(pdf.epw, LH, "One member of the public was also present.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    indent = 10
    for block in BODY:
        kind = block[0]
        if kind == "minute":
            _, num, title = block
            if pdf.get_y() > pdf.h - 55:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("DejaVu", "B", 10.5)
            y = pdf.get_y()
            pdf.cell(32, LH, f"Minute No. {num}")
            pdf.set_xy(pdf.l_margin + 32, y)
            pdf.multi_cell(pdf.epw - 32, LH, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(pdf.epw, LH, block[1], align="J", markdown=True,
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "i":
            pdf.set_font("DejaVu", "I", 10)
            pdf.multi_cell(pdf.epw, LH, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "sub":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(pdf.epw, LH, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "quote":
            pdf.set_font("DejaVu", "I", 10.5)
            pdf.set_x(pdf.l_margin + indent)
            pdf.multi_cell(pdf.epw - 2 * indent, LH, block[1], align="J",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "bullets":
            pdf.set_font("DejaVu", "", 10.5)
            for entry in block[1]:
                y = pdf.get_y()
                if y > pdf.h - 24 - LH:
                    pdf.add_page()
                    y = pdf.get_y()
                pdf.set_x(pdf.l_margin + 3)
                pdf.cell(indent - 3, LH, "\u2022")
                pdf.set_xy(pdf.l_margin + indent, y)
                pdf.multi_cell(pdf.epw - indent, LH, entry, align="J",
                               new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            pdf.ln(1)
        elif kind == "clauses":
            pdf.set_font("DejaVu", "", 10.5)
            for label, text in block[1]:
                y = pdf.get_y()
                if y > pdf.h - 24 - LH:
                    pdf.add_page()
                    y = pdf.get_y()
                pdf.set_x(pdf.l_margin + 3)
                pdf.cell(indent - 3, LH, label)
                pdf.set_xy(pdf.l_margin + indent, y)
                pdf.multi_cell(pdf.epw - indent, LH, text, align="J",
                               new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            pdf.ln(1)
        elif kind == "decl":
            rows = block[1]
            pdf.set_font("DejaVu", "", 9)
            with pdf.table(col_widths=(34, 24, 17, 50, 41), line_height=4.4,
                           text_align="LEFT", first_row_as_headings=True) as table:
                for r in rows:
                    row = table.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(3)
        elif kind == "gap":
            pdf.ln(block[1])
        else:
            raise ValueError(kind)

    # Signature lines
    pdf.ln(12)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(20, LH, "CHAIR")
    pdf.set_font("DejaVu", "", 10.5)
    pdf.cell(80, LH, "\u2026" * 24, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(20, LH, "DATE")
    pdf.set_font("DejaVu", "", 10.5)
    pdf.cell(80, LH, "\u2026" * 24, new_x="LMARGIN", new_y="NEXT")

    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The annual report (not minutes)
# ---------------------------------------------------------------------------

REPORT = [
    ("h1", "Chair's foreword"),
    ("p", "This is the second annual report of the Tillmoor and Cawdle Valley Joint Health "
          "Overview and Scrutiny Committee, covering the municipal year 2024/25. It has been "
          "a year in which the pressures on local health services have been felt by "
          "residents in every part of our four council areas: in the queue for a dentist, on "
          "the waiting list for a new hip, and in the upper valley, where expectant mothers "
          "have now gone seventeen months without a birthing unit on their doorstep."),
    ("p", "Joint scrutiny works best when councillors from different places bring their "
          "residents' experiences to the same table and hold the NHS to account together. I "
          "am grateful to every Member of the Joint Committee for the way they have done "
          "that this year, to the NHS colleagues who have come before us, often at short "
          "notice, and to the four local Healthwatch organisations, whose evidence has "
          "shaped much of our work."),
    ("p", "Hosting of the Joint Committee passes to Skelbrough City Council from June 2025. "
          "I would like to thank the scrutiny and democratic services teams at County Hall "
          "for supporting the Joint Committee so well during Tillmoor's two years as host."),
    ("sig", "Councillor Moira Tranwell, Chair, 2023/24 to 2024/25"),

    ("h1", "About the Joint Committee"),
    ("p", "The Joint Committee was established in 2023 by Tillmoor County Council, "
          "Skelbrough City Council, North Cawdleside Council and South Cawdleside Council to "
          "scrutinise health services which are planned or provided across more than one of "
          "their areas, and to respond to consultations from NHS bodies on substantial "
          "developments or variations in those services. Each council's own health scrutiny "
          "committee continues to look at services used mainly by its own residents."),
    ("p", "The Joint Committee has twelve voting members: four from Tillmoor County Council, "
          "four from Skelbrough City Council and two each from North Cawdleside Council and "
          "South Cawdleside Council. The Chair and Vice-Chair are appointed each year at the "
          "first meeting after the annual councils."),
    ("table", [
        ("Council", "Members 2024/25"),
        ("Tillmoor County Council", "Councillors M. Tranwell (Chair), P. Dunnage, "
                                    "K. Heslop-Barr, T. Ord"),
        ("Skelbrough City Council", "Councillors F. Abiodun (Vice-Chair), R. Gilchrist, "
                                    "B. Okonedo, S. Wetherell"),
        ("North Cawdleside Council", "Councillors A. Lumsden, D. Thirlwell"),
        ("South Cawdleside Council", "Councillors L. Fenwick-Shaw, E. Mowbray"),
    ]),

    ("h1", "Our year in numbers"),
    ("bullets", [
        "4 meetings held in public, at County Hall, Kelderton, and at the Civic Centre, "
        "Skelbrough",
        "17 substantive items considered",
        "26 witnesses from the NHS, the councils and Healthwatch",
        "3 public questions received and answered",
        "6 recommendations and requests made to NHS bodies and to the constituent councils",
    ]),

    ("h1", "What we looked at"),
    ("h2", "Elective care waiting times and independent sector providers"),
    ("p", "We examined waiting times for planned operations at Cawdle Valley Healthcare NHS "
          "Foundation Trust, where the waiting list passed 51,000 during the winter. Members "
          "were particularly interested in the Trust's use of two independent sector "
          "providers, which treated more than 6,000 NHS patients under subcontract during "
          "the year, and in what happens when those subcontracts end in September 2025. We "
          "have asked for waiting list figures for each council area in future, and for the "
          "outcome of the new procurement to be reported to us."),
    ("h2", "Bellingford Midwife-Led Unit"),
    ("p", "Births at the Bellingford unit were suspended in October 2023 because of "
          "midwifery staffing. We have followed this closely all year. In March 2025 we "
          "agreed with the Integrated Care Board that any permanent change would be a "
          "substantial variation, and we supported its plan to engage with local families "
          "before options are drawn up, on the condition that the findings come back to us "
          "first. A proposal to refer the suspension to the Secretary of State was not "
          "supported, on legal advice that the Joint Committee had not yet been consulted on "
          "a proposal."),
    ("h2", "Access to NHS dentistry"),
    ("p", "Dentistry remains the issue residents raise with Healthwatch more than any other. "
          "The joint Healthwatch survey of 1,240 residents, presented to us in March, found "
          "that more than a third of respondents could not find an NHS dentist taking on "
          "adults. The Chair has written to the Minister of State for Care on behalf of the "
          "Joint Committee to support calls for reform of the national dental contract."),
    ("h2", "Youth vaping"),
    ("p", "The four Directors of Public Health gave us a joint update on vaping among young "
          "people. Regular vaping among 14 and 15 year olds has risen since 2022. We have "
          "recommended that each council's Health and Wellbeing Board makes youth vaping a "
          "priority when its joint local health and wellbeing strategy is next refreshed."),
    ("h2", "Winter pressures and ambulance handovers"),
    ("p", "In January we heard from the ambulance service and the acute trust about "
          "handover delays at Skelbrough Royal Infirmary. Handover figures for each "
          "hospital site are now shared with Members after every meeting."),

    ("h1", "You asked, we did"),
    ("p", "Residents can ask a question at any meeting of the Joint Committee. Here are some "
          "of the things you raised with us this year, and what happened next."),
    ("qa", [
        ("You asked:", "Will the Joint Committee make sure there is a full public "
                       "consultation before anything permanent happens to the Bellingford "
                       "unit?"),
        ("We did:", "We confirmed that any permanent change would be a substantial "
                    "variation, which means the NHS must consult the public and come back "
                    "to us."),
        ("You asked:", "Why can nobody in Cawdlemouth get an NHS dentist?"),
        ("We did:", "We questioned the ICB in public. A new six-chair practice is due to "
                    "open in the town in September 2025, and we will check that it does."),
        ("You asked:", "Can the hospital publish how often maternity shifts go unfilled?"),
        ("We did:", "The Trust has agreed to show the Bellingford unit separately in the "
                    "staffing figures it reports to its Board each month."),
    ]),

    ("h1", "Questions we will keep asking in 2025/26"),
    ("p", "Our work programme for next year is built around the questions residents most "
          "often put to their councillors. Among them:"),
    ("bullets", [
        "How quickly are waiting lists coming down for residents of each council area, and "
        "not just for the Trust as a whole?",
        "Who will provide extra operating capacity after September 2025, and how will "
        "patients be told?",
        "What did families in the upper valley say during the Bellingford engagement, and "
        "how has it changed the options?",
        "How long are adults in mental health crisis waiting to be seen at the Cawdle "
        "Crisis Hub?",
        "Is the ban on single-use vapes reducing the number of young people who vape?",
    ]),

    ("h1", "Get involved"),
    ("p", "All meetings of the Joint Committee are held in public and papers are published "
          "on the host council's website a week beforehand. If you would like to ask a "
          "question, suggest a topic or find out more, please contact the Scrutiny "
          "Co-ordinator, Tillmoor County Council, County Hall, Ashburn Road, Kelderton, or "
          "email scrutiny@tillmoor.gov.uk. From June 2025 enquiries should be sent to "
          "Democratic Services, Skelbrough City Council."),
]


def build_report(path: Path) -> None:
    from fpdf import FPDF

    class Report(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("DejaVu", "", 8)
                self.set_text_color(0, 94, 110)
                self.set_xy(self.l_margin, 10)
                self.cell(self.epw, 4, "Joint Health Overview and Scrutiny Committee | Annual "
                          "Report 2024/25", align="R")
                self.set_text_color(0, 0, 0)
                self.set_y(self.t_margin)

        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(self.epw, 4, f"Page {self.page_no()}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = Report(format="A4")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=22)
    add_fonts(pdf)
    pdf.set_creation_date(REPORT_DATE)
    pdf.set_title("Tillmoor and Cawdle Valley JHOSC Annual Report 2024/25")
    pdf.set_author("Scrutiny Team, Tillmoor County Council")
    pdf.set_creator("Tillmoor County Council")
    pdf.add_page()

    pdf.set_fill_color(0, 94, 110)
    pdf.rect(0, 0, pdf.w, 62, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(pdf.l_margin, 16)
    pdf.set_font("DejaVu", "B", 20)
    pdf.multi_cell(pdf.epw, 9, "Tillmoor and Cawdle Valley Joint Health Overview and "
                   "Scrutiny Committee", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 15)
    pdf.cell(pdf.epw, 8, "Annual Report 2024/25", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(68)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(pdf.epw, 5, "Tillmoor County Council \u00b7 Skelbrough City Council \u00b7 "
                   "North Cawdleside Council \u00b7 South Cawdleside Council",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(pdf.epw, 5, "Presented to the Joint Committee on 17 June 2025 and to "
                   "each constituent council for information.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    for block in REPORT:
        kind = block[0]
        if kind == "h1":
            if pdf.get_y() > pdf.h - 50:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("DejaVu", "B", 13)
            pdf.set_text_color(0, 94, 110)
            pdf.multi_cell(pdf.epw, 7, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1.5)
        elif kind == "h2":
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(pdf.epw, 5.5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(pdf.epw, 5.2, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "sig":
            pdf.set_font("DejaVu", "I", 10)
            pdf.multi_cell(pdf.epw, 5.2, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "bullets":
            pdf.set_font("DejaVu", "", 10)
            for entry in block[1]:
                y = pdf.get_y()
                if y > pdf.h - 22 - 5.2:
                    pdf.add_page()
                    y = pdf.get_y()
                pdf.set_x(pdf.l_margin + 2)
                pdf.cell(5, 5.2, "\u2022")
                pdf.set_xy(pdf.l_margin + 8, y)
                pdf.multi_cell(pdf.epw - 8, 5.2, entry, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            pdf.ln(1.5)
        elif kind == "table":
            from fpdf.fonts import FontFace
            pdf.set_font("DejaVu", "", 9.5)
            pdf.set_fill_color(255, 255, 255)
            heading = FontFace(emphasis="BOLD", color=(255, 255, 255),
                               fill_color=(0, 94, 110))
            with pdf.table(col_widths=(55, 111), line_height=5, text_align="LEFT",
                           first_row_as_headings=True, headings_style=heading,
                           borders_layout="HORIZONTAL_LINES") as table:
                for r in block[1]:
                    row = table.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(3)
        elif kind == "qa":
            pdf.set_fill_color(232, 243, 245)
            for label, text in block[1]:
                if pdf.get_y() > pdf.h - 40:
                    pdf.add_page()
                y = pdf.get_y()
                pdf.set_font("DejaVu", "B", 10)
                pdf.set_x(pdf.l_margin)
                pdf.cell(26, 5.2, label, fill=(label == "You asked:"))
                pdf.set_font("DejaVu", "", 10)
                pdf.set_xy(pdf.l_margin + 26, y)
                pdf.multi_cell(pdf.epw - 26, 5.2, text, fill=(label == "You asked:"),
                               new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5 if label == "You asked:" else 3)
        else:
            raise ValueError(kind)

    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def res(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-03-18",
    "items": [
        {"number": "31", "title": "APOLOGIES FOR ABSENCE AND SUBSTITUTE MEMBERS"},
        {"number": "32", "title": "DISCLOSURES OF MEMBERS' INTERESTS"},
        {"number": "33", "title": "MINUTES"},
        {"number": "34", "title": "PUBLIC QUESTIONS"},
        {"number": "35", "title": "ELECTIVE CARE WAITING TIMES AND THE USE OF INDEPENDENT "
                                  "SECTOR PROVIDERS"},
        {"number": "36", "title": "BELLINGFORD MIDWIFE-LED UNIT \u2013 ENGAGEMENT AND "
                                  "CONSULTATION PLAN"},
        {"number": "37", "title": "ACCESS TO NHS DENTISTRY"},
        {"number": "38", "title": "YOUTH VAPING \u2013 JOINT PUBLIC HEALTH UPDATE"},
        {"number": "39", "title": "WORK PROGRAMME 2025/26"},
        {"number": "40", "title": "DATE OF NEXT MEETING"},
    ],
    "questions": [
        # 33 matters arising
        q("33", "request",
          "asked whether the figures for the Cawdlemouth Urgent Treatment Centre could also "
          "be provided",
          "Councillor Ord",
          "undertook to request these from the ambulance service",
          "Scrutiny Co-ordinator", []),
        # 34 public questions
        q("34", "question",
          "Will the Joint Committee insist that no permanent decision is taken on the unit",
          "Mr Trevor Lindqvist",
          "No decision has been taken on the future of the Bellingford Midwife-Led Unit",
          "Graham Etherington", ["patient-and-public-input", "workforce"]),
        q("34", "question",
          "whether families who had been affected by the suspension would be invited",
          "Mr Lindqvist",
          "The Chair advised that this would be considered under Minute No. 36",
          "Chair", ["patient-and-public-input"]),
        # 35 elective care
        q("35", "question",
          "asked what was being done for the 212 patients waiting longest",
          "Councillor Ord",
          "each patient had been clinically reviewed in the last three months",
          None, []),
        q("35", "concern",
          "expressed concern that Skelbrough patients were being offered operations at the "
          "Fellwick",
          "Councillor Abiodun",
          "any patient who declined a transfer kept their place on the Trust's own",
          "Director of Planned Care", ["subcontracting"]),
        q("35", "question",
          "In response to a question about the cost of the subcontracts",
          None,
          "the Trust had paid £9.8m to independent providers in 2024/25",
          None, ["finance", "subcontracting"]),
        q("35", "concern",
          "the independent providers might be drawing consultants and theatre staff away",
          None,
          "the subcontracts required providers to use their own clinical teams",
          "Chief Operating Officer", ["subcontracting", "workforce"]),
        q("35", "question",
          "asked whether the subcontracts would be re-tendered when they expired",
          "Councillor Gilchrist",
          "the ICB, not the Trust, would lead the procurement under the Provider Selection "
          "Regime",
          "Chief Operating Officer", ["subcontracting"]),
        q("35", "question",
          "asked what support was offered to patients who were in pain or losing mobility",
          "Councillor Heslop-Barr",
          "Waiting Well programme, which offered physiotherapy, weight management and pain "
          "clinics",
          "Director of Planned Care", []),
        q("35", "request",
          "show waiting list figures for the residents of each constituent council area",
          None,
          "The Director of Planned Care agreed to provide this from the next report",
          "Director of Planned Care", []),
        # 36 Bellingford MLU
        q("36", "question",
          "queried why the unit had been allowed to remain closed for seventeen months",
          "Councillor Tindale",
          "the suspension had been a temporary measure taken on safety grounds",
          "Director of Midwifery", ["patient-and-public-input"]),
        q("36", "question",
          "asked how women in the upper Cawdle valley would reach the consultant-led unit",
          "Councillor Lumsden",
          "had agreed a protocol with the Trust for women in labour",
          None, []),
        q("36", "question",
          "sought clarification as to whether women who had given birth since the suspension",
          "Councillor Heslop-Barr",
          "the Trust would write to every woman who had booked with the Bellingford team",
          "Mr Marrs", ["patient-and-public-input"]),
        q("36", "request",
          "requested that the engagement materials be made available in easy read format",
          "Vice-Chair",
          "gave an assurance that paper copies would be provided at all of those venues",
          "Mr Marrs", ["patient-and-public-input"]),
        q("36", "question",
          "asked what it cost the Trust to keep the Bellingford unit open for births",
          "Councillor Gilchrist",
          "the staffing cost had been approximately £1.1m a year",
          "Director of Midwifery", ["finance"]),
        q("36", "concern",
          "expressed concern that the engagement would be a paper exercise",
          "Councillor Dunnage", None, None, ["patient-and-public-input"]),
        # 37 dentistry
        q("37", "question",
          "asked why no practice in North Cawdleside was accepting new adult NHS patients",
          "Councillor Lumsden",
          "the ICB had re-procured the activity, with a new six-chair practice",
          "Ms Yeoman", ["primary-care", "subcontracting"]),
        q("37", "concern",
          "raised the number of children having teeth removed under general anaesthetic",
          "Councillor Ord",
          "the supervised toothbrushing programme now reached 143 nurseries and primary schools",
          "Dr Roe", ["primary-care", "children-and-families", "public-health"]),
        q("37", "question",
          "a Member's question about the new patient premium introduced in 2024",
          None,
          "the premium had encouraged some practices to take on new patients",
          None, ["primary-care"]),
        q("37", "request",
          "provide each constituent council with a monthly list of practices accepting NHS "
          "patients",
          "Councillor Gilchrist",
          "Ms Yeoman agreed to do so",
          "Ms Yeoman", ["primary-care"]),
        q("37", "comment",
          "the national dental contract was the root of the problem",
          "Councillor Abiodun", None, None, ["primary-care"]),
        # 38 youth vaping
        q("38", "question",
          "asked what action was taken against shops that repeatedly sold vapes",
          "Councillor Thirlwell",
          "two retailers in Skelbrough had been prosecuted in 2024",
          "Dr Roe", ["public-health", "children-and-families"]),
        q("38", "concern",
          "Concern was raised about discarded single-use vapes and the fire risk",
          None,
          "the councils' waste services would run a collection scheme ahead of the ban",
          None, ["public-health"]),
        q("38", "question",
          "asked how schools were being supported to discourage pupils from vaping",
          "Councillor Abiodun",
          "school nurses were leading sessions in year 8 assemblies",
          "Dr Roe", ["public-health", "children-and-families"]),
        q("38", "comment",
          "messages to young people must not discourage adult smokers from switching",
          "Councillor Wetherell",
          "the campaign had been tested with both groups",
          "Dr Roe", ["public-health", "children-and-families"]),
        q("38", "request",
          "requested that the next update include figures for each of the four council areas",
          "Councillor Ord", None, None, ["public-health", "children-and-families"]),
        # 39 work programme
        q("39", "request",
          "asked that an item on mental health crisis services for adults be added",
          "Councillor Heslop-Barr",
          "the mental health trust had been asked to attend the September meeting",
          "Scrutiny Co-ordinator", ["mental-health"]),
    ],
    "resolutions": [
        res("33", "be confirmed as a true record and signed by the Chair", "agreed", []),
        res("35", "a further report on elective waiting times, including figures for each",
            "agreed", ["subcontracting"]),
        res("36", "the Joint Committee report the suspension of births at the Bellingford",
            "rejected", ["governance"]),
        res("36", "a permanent change to birthing services at the Bellingford Midwife-Led Unit "
                  "would",
            "agreed", ["governance", "patient-and-public-input"]),
        res("37", "the Chair write on behalf of the Joint Committee to the Minister",
            "agreed", ["primary-care"]),
        res("38", "the joint update on youth vaping be noted", "noted",
            ["public-health", "children-and-families"]),
        res("38", "youth vaping be included as a priority in its joint local health",
            "recommended", ["public-health", "children-and-families"]),
        res("39", "the work programme for 2025/26 be agreed, subject to the addition",
            "agreed", ["mental-health"]),
    ],
    "attendees": [
        att("Councillor M. Tranwell", "Chair", "present"),
        att("Councillor P. Dunnage", None, "present"),
        att("Councillor K. Heslop-Barr", None, "present"),
        att("Councillor T. Ord", None, "present"),
        att("Councillor F. Abiodun", "Vice-Chair", "present"),
        att("Councillor R. Gilchrist", None, "present"),
        att("Councillor S. Wetherell", None, "present"),
        att("Councillor A. Lumsden", None, "present"),
        att("Councillor D. Thirlwell", None, "present"),
        att("Councillor E. Mowbray", None, "present"),
        att("Councillor G. Tindale", None, "present"),
        att("Councillor L. Fenwick-Shaw", None, "apologies"),
        att("Councillor B. Okonedo", None, "apologies"),
        att("L. Brannigan", "Senior Solicitor, Tillmoor County Council", "in_attendance"),
        att("D. Fairless", "Scrutiny Co-ordinator, Tillmoor County Council", "in_attendance"),
        att("S. Kerrigan", "Scrutiny Officer, Skelbrough City Council", "in_attendance"),
        att("R. Ngata", "Democratic Services Officer, Tillmoor County Council",
            "in_attendance"),
        att("Dr A. Roe", "Director of Public Health, Tillmoor County Council",
            "in_attendance"),
        att("C. Ashby-Reed", "Chief Executive, Healthwatch Skelbrough", "in_attendance"),
        att("G. Etherington", "Director of Place (Tillmoor), North Tillmoor and Cawdle "
                              "Integrated Care Board", "in_attendance"),
        att("J. Haddow", "Director of Midwifery, Cawdle Valley Healthcare NHS Foundation "
                         "Trust", "in_attendance"),
        att("A. Kyle", "Director of Planned Care, Cawdle Valley Healthcare NHS Foundation "
                       "Trust", "in_attendance"),
        att("P. Marrs", "Head of Communications and Engagement, North Tillmoor and Cawdle "
                        "Integrated Care Board", "in_attendance"),
        att("G. Stobart", "Chief Operating Officer, Cawdle Valley Healthcare NHS Foundation "
                          "Trust", "in_attendance"),
        att("H. Yeoman", "Head of Primary Care Commissioning (Dental), North Tillmoor and "
                         "Cawdle Integrated Care Board", "in_attendance"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def extract(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".txt":
        return path.read_text(encoding="utf-8")
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n\f".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    raise ValueError(path)


def norm_delete(s: str) -> str:
    s = re.sub(r"[^\w\s]", "", s.lower())
    return " ".join(s.split())


def norm_space(s: str) -> str:
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return " ".join(s.split())


def count(phrase: str, text: str, norm) -> int:
    p, t = norm(phrase), norm(text)
    return len(re.findall(r"(?<!\w)" + re.escape(p) + r"(?!\w)", t))


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("qr-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            problems += 1
            continue
        text = extract(doc)
        if gold["doc_type"] != "minutes":
            print(f"ok   {doc.name}: {gold['doc_type']}, {len(text.split())} words")
            continue
        phrases = []
        for row in gold["questions"]:
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in gold["resolutions"]:
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            words = len(norm_delete(phrase).split())
            for norm in (norm_delete, norm_space):
                n = count(phrase, text, norm)
                if n != 1:
                    print(f"FAIL {doc.name}: {kind} found {n} times ({norm.__name__}): "
                          f"{phrase!r}")
                    problems += 1
            if not 6 <= words <= 15:
                print(f"FAIL {doc.name}: {kind} has {words} words: {phrase!r}")
                problems += 1
        pages = text.count("\f") + 1
        print(f"ok   {doc.name}: {len(phrases)} phrases checked, {pages} pages, "
              f"{len(text.split())} words, {len(gold['items'])} items, "
              f"{len(gold['questions'])} questions, "
              f"{sum(1 for r in gold['questions'] if r['answer'])} answers, "
              f"{len(gold['resolutions'])} resolutions, {len(gold['attendees'])} attendees")
    if problems:
        print(f"{problems} problem(s)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\ngold in {GOLD}")
