#!/usr/bin/env python3
"""Build the "po-" documents (round 216) and their gold annotations.

Usage:  build_po.py           build documents/po-* and gold/po-*.json
        build_po.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "po-edgwell-adults-health-scrutiny-sub-committee-2025-11-18.pdf"
AGENDA_NAME = "po-edgwell-adults-health-scrutiny-sub-committee-agenda-2026-01-27.docx"

FIXED = dt.datetime(2025, 11, 24, 10, 15, 0, tzinfo=dt.timezone.utc)
FIXED_AGENDA = dt.datetime(2026, 1, 19, 9, 30, 0)

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

COMMITTEE = "Adults and Health Scrutiny Sub-Committee"
FOOTER_LEFT = "Adults and Health Scrutiny Sub-Committee - 18 November 2025"
FIRST_PAGE_NO = 212  # the minute book runs on through the municipal year

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Attendance block on the first page, as the committee system prints it: a label in
# the left column, names in two columns, "*" for present, "(2)" for a reserve, "†" for
# apologies.

ATT_MEMBERS = [
    ("Chair:", [["* Councillor Nalini Rajapakse", ""]]),
    ("Councillors:", [
        ["* Grace Adebayo-Lewis (2)", "* Philippa Dunmore"],
        ["\u2020 Imran Chaudhry-Wells", "* Marcus Pennington-Hale"],
        ["* Terence Cullinane", "* Sunita Varsani"],
    ]),
    ("Advisers\n(Non-voting):", [
        ["* Desmond Akinyemi", "Healthwatch Edgwell"],
        ["\u2020 Margaret Lowery", "Edgwell Carers' Forum"],
    ]),
    ("In attendance:\n(Councillors)", [
        ["Helen Marchetti", "Minutes 121, 124 and 126"],
        ["Colin Fairweather", "Minute 125"],
    ]),
]

ATT_OFFICERS = [
    ("In attendance:\n(Officers)", [
        ["Sarah Whitlock", "Corporate Director, People"],
        ["Lorna Featherstone", "Director of Adult Social Services"],
        ["Dr Anand Bhattacharya", "Director of Public Health"],
        ["Kwame Asante-Mensah", "Head of Commissioning and Quality (Adults)"],
        ["Bethan Lloyd-Pryce", "Trading Standards Manager"],
        ["Joanne Hetherington", "Senior Democratic and Electoral Services Officer"],
    ]),
    ("In attendance:\n(Partners)", [
        ["Dr Fiona McCreadie", "Borough Director (Edgwell), North Wyvern Integrated Care Board"],
        ["Rashid Hollings", "Primary Care Commissioning Lead (Dental), North Wyvern "
                            "Integrated Care Board"],
        ["Tessa Arkwright", "Head of Communications and Engagement, North Wyvern Integrated "
                            "Care Board"],
    ]),
]

LEGEND = ["*  Denotes Member present",
          "(2)  Denotes category of Reserve Members",
          "\u2020  Denotes apologies received"]

# Body blocks:
#   ("section", TEXT)            bold underlined capitals at the margin
#   ("minute", NUM, TITLE)       number in the margin column, bold title beside it
#   ("p", TEXT)                  paragraph in the text column
#   ("resolved", LABEL, TEXT)    bold label with the text hanging beside it
#   ("label", TEXT)              bold line in the text column
#   ("sub", MARK, TEXT)          "(a)" mark with the text hanging beside it
#   ("qa", LABEL, TEXT)          "Questioner:" style label with a hanging value
#   ("table", HEAD, ROWS)        small ruled table in the text column
#   ("italic", TEXT)             italic paragraph
#   ("gap", MM)                  vertical space

BODY = [
    ("section", "PRELIMINARY ITEMS"),

    ("minute", "118.", "Attendance by Reserve Members"),
    ("resolved", "RESOLVED:",
     "To note the attendance at this meeting of the following duly appointed Reserve "
     "Member:"),
    ("table", ("Ordinary Member", "Reserve Member"),
     [("Councillor Imran Chaudhry-Wells", "Councillor Grace Adebayo-Lewis")]),

    ("minute", "119.", "Declarations of Interest"),
    ("resolved", "RESOLVED:", "To note that the following interests were declared:"),
    ("label", "Agenda Item 7 \u2013 Re-procurement of Home Care and Reablement Services"),
    ("p", "Councillor Terence Cullinane declared a non-pecuniary interest in that he was a "
          "trustee of the Edgwell Elders' Network, which provided a befriending service under "
          "a grant agreement with the Council. He would remain in the room whilst the matter "
          "was considered and voted upon."),
    ("label", "Agenda Item 8 \u2013 Access to NHS Dentistry in Edgwell"),
    ("p", "Councillor Sunita Varsani declared a non-pecuniary interest in that her sister was "
          "employed as a dental nurse at a practice in Northolme Green. She would remain in "
          "the room whilst the matter was considered and voted upon."),

    ("minute", "120.", "Minutes"),
    ("resolved", "RESOLVED:",
     "That the minutes of the meeting held on 16 September 2025, be taken as read and "
     "signed as a correct record."),

    ("minute", "121.", "Public Questions"),
    ("resolved", "RESOLVED:",
     "To note that the following public questions were received and responded to, and "
     "that the recording had been placed on the Council's website."),
    ("gap", 1),
    ("label", "1."),
    ("qa", "Questioner:", "Dennis Haverstock"),
    ("qa", "Asked of:", "Councillor Helen Marchetti, Portfolio Holder for Adult Social Care "
                        "and Health"),
    ("qa", "Question:",
     "\u201cWhen the new home care contracts start next year, will every provider be required "
     "to pay its care workers for the time they spend travelling between visits, and how "
     "will the Council check that this actually happens?\u201d"),
    ("qa", "Answer:",
     "\u201cThank you for your question, Mr Haverstock. Yes. The specification for the new "
     "home care framework, which the Sub-Committee will consider later this evening, makes "
     "payment for travel time between calls a contractual requirement for every provider, "
     "alongside payment of at least the London Living Wage. Our contract monitoring officers "
     "will check this through quarterly visits and by sampling anonymised payslips and "
     "rotas, and care workers will be able to raise concerns with us directly and in "
     "confidence.\u201d"),
    ("qa", "Supplemental Question:",
     "\u201cIf a provider is found not to be paying for travel time, what will actually "
     "happen to that provider?\u201d"),
    ("qa", "Supplemental Answer:",
     "\u201cThe contract will allow us to suspend new referrals to any provider in breach "
     "and, if the breach is not put right within the period we set, to terminate the "
     "contract. I would much rather we never had to do that, but I can assure you that we "
     "will.\u201d"),
    ("gap", 1),
    ("label", "2."),
    ("qa", "Questioner:", "Yasmin Okafor-Reid"),
    ("qa", "Asked of:", "Councillor Nalini Rajapakse, Chair of the Adults and Health "
                        "Scrutiny Sub-Committee"),
    ("qa", "Question:",
     "\u201cMy mother lives in a care home in Edgwell and has not seen a dentist for over "
     "two years. Will the Sub-Committee ask the ICB how many care home residents in the "
     "borough have had a dental check in the last twelve months?\u201d"),
    ("qa", "Answer:",
     "\u201cThank you, Ms Okafor-Reid, and I am sorry to hear about your mother\u2019s "
     "experience. Representatives of the ICB are here tonight for the item on NHS "
     "dentistry and I will put your question to them directly under that item. Whatever "
     "answer we are given this evening will also be sent to you in writing.\u201d"),
    ("qa", "Supplemental Question:", "None \u2013 the questioner was not present."),

    ("minute", "122.", "Petitions"),
    ("resolved", "RESOLVED:", "To note that no petitions were received."),

    ("minute", "123.", "Deputations"),
    ("resolved", "RESOLVED:", "To note that no deputations were received."),

    ("section", "RECOMMENDED ITEMS"),

    ("minute", "124.", "Re-procurement of Home Care and Reablement Services"),
    ("p", "The Sub-Committee received a report of the Corporate Director, People, which set "
          "out proposals for the re-procurement of the Council\u2019s home care and reablement "
          "services ahead of the expiry of the current contracts on 30 June 2026. The report "
          "would be considered by Cabinet at its meeting on 11 December 2025, and the "
          "Sub-Committee had been invited to comment on the proposals as part of pre-decision "
          "scrutiny."),
    ("p", "The Portfolio Holder for Adult Social Care and Health introduced the report. She "
          "advised that the Council currently purchased around 14,300 hours of home care each "
          "week from 31 providers, at an annual cost of \u00a327.6 million, and that the "
          "existing framework had been extended twice since it was let in 2019. The proposal "
          "was to replace the framework with a zoned model of five geographical patches, each "
          "with one lead provider and up to two secondary providers, and to bring the "
          "reablement service, which had been delivered under contract by a national company "
          "since 2021, back in-house from July 2026."),
    ("p", "The Director of Adult Social Services added that the market engagement events held "
          "over the summer had been attended by 46 organisations, and that the views of 212 "
          "people who received home care, and of their families and carers, had shaped the "
          "draft service specification."),
    ("p", "The Corporate Director, People advised that the procurement would be run as a "
          "competitive tender under the Procurement Act 2023, with contract awards expected "
          "in March 2026 and a three-month mobilisation period. The estimated total value of "
          "the new contracts was \u00a3156 million over a maximum term of eight years."),
    ("p", "Members asked the following questions and made the following comments:"),
    ("sub", "(a)",
     "A Member asked how the Council would make sure that small, locally based agencies were "
     "not squeezed out of the market by larger organisations under the zoned model. An "
     "officer advised that social value, including local employment, would carry a 20 per "
     "cent weighting in the evaluation, and that two of the five zones had been drawn so "
     "that a small provider could realistically bid for them as lead provider."),
    ("sub", "(b)",
     "Councillor Cullinane expressed concern that the reablement service had missed its "
     "target for the proportion of people still at home 91 days after leaving hospital in "
     "six of the last eight quarters, and asked whether the provider had faced any financial "
     "consequence. The Director of Adult Social Services confirmed that service credits "
     "totalling \u00a3184,000 had been deducted under the contract, and that the "
     "provider\u2019s performance was one of the reasons for recommending that the service "
     "be brought in-house."),
    ("sub", "(c)",
     "A Member questioned whether bringing reablement in-house would cost more than the "
     "current arrangement. The Director explained that the in-house model was forecast to "
     "cost \u00a3310,000 a year more in its first two years, largely because of pension "
     "contributions, but that the business case expected this to be more than offset by a "
     "reduction in the number of people needing long-term packages of care."),
    ("sub", "(d)",
     "Councillor Varsani asked what would happen to the staff currently employed by the "
     "reablement provider. An officer advised that around 64 staff were expected to "
     "transfer to the Council under TUPE, and that formal consultation with the affected "
     "staff and the recognised trade unions would begin in February 2026."),
    ("sub", "(e)",
     "A Member commented that residents had repeatedly told councillors that they did not "
     "know which carer would arrive or at what time, and that continuity of care deserved far "
     "greater weight in the specification than it had been given in 2019. The Portfolio "
     "Holder agreed, and stated that providers would now be required to give each person a "
     "named care worker for at least 70 per cent of their visits."),
    ("sub", "(f)",
     "Mr Akinyemi (Healthwatch Edgwell) asked how people who used home care had been involved "
     "in designing the specification, and whether any of them would take part in evaluating "
     "the bids. The Head of Commissioning and Quality (Adults) responded that two Experts by "
     "Experience had been recruited and trained and would score the quality questions "
     "alongside officers, with the same weighting as any other evaluator."),
    ("sub", "(g)",
     "A Member asked whether the Council had considered bringing the whole of home care "
     "in-house rather than reablement alone."),
    ("p", "In response to a question from the Chair about the risk of providers withdrawing "
          "during the handover between contracts, the Head of Commissioning and Quality "
          "(Adults) stated that a provider failure plan had been agreed with the Care Quality "
          "Commission and that the current contracts allowed for an extension of up to six "
          "months if mobilisation slipped."),
    ("p", "The Chair requested that a report on the mobilisation of the new contracts, "
          "including the transfer of the reablement staff, be brought to the Sub-Committee in "
          "September 2026. The Corporate Director, People agreed to add this to the "
          "Sub-Committee\u2019s work programme."),
    ("label", "Resolved to RECOMMEND: (to Cabinet)"),
    ("p", "That, in considering the proposals for the re-procurement of home care and "
          "reablement services, Cabinet be asked to:"),
    ("sub", "(1)",
     "make payment for travel time between calls a condition of every contract awarded, "
     "with compliance reported to this Sub-Committee annually;"),
    ("sub", "(2)",
     "ensure that continuity of care carries a specific weighting in the evaluation of "
     "bids; and"),
    ("sub", "(3)",
     "note the Sub-Committee\u2019s support for the proposal to bring the reablement service "
     "in-house from July 2026."),

    ("section", "RESOLVED ITEMS"),

    ("minute", "125.", "Access to NHS Dentistry in Edgwell"),
    ("p", "The Sub-Committee received a report from North Wyvern Integrated Care Board (ICB) "
          "which set out the position on access to NHS dental services in the borough, the "
          "ICB\u2019s local dental recovery plan and the findings of a survey of 640 residents "
          "carried out by Healthwatch Edgwell between June and August 2025."),
    ("p", "The Primary Care Commissioning Lead (Dental) reported that 38 per cent of adults in "
          "Edgwell had seen an NHS dentist in the previous 24 months, compared with 41 per "
          "cent across London, and that three practices had handed back their NHS contracts "
          "in the last 18 months, removing around 21,000 units of dental activity from the "
          "borough. Two of the three contracts had since been re-procured, and the new "
          "practice in Northolme Green had opened in October 2025."),
    ("p", "The Borough Director (Edgwell) added that the ICB had funded an additional "
          "5,200 urgent appointments across the borough in 2025/26 and had agreed a "
          "\u2018high needs\u2019 scheme under which participating practices would receive an "
          "enhanced payment for taking on patients who had not seen a dentist for more than "
          "two years."),
    ("p", "Councillor Colin Fairweather, who was not a member of the Sub-Committee, addressed "
          "the meeting with the agreement of the Chair regarding the closure of the Kenwood "
          "Parade practice in his ward."),
    ("p", "The Chair put to the ICB the question asked by Ms Okafor-Reid under Minute 121, "
          "asking how many care home residents in the borough had received a dental check in "
          "the past year. The Primary Care Commissioning Lead (Dental) replied that the ICB "
          "did not currently hold that figure for Edgwell, because the community dental "
          "service recorded visits by patient rather than by setting, but he undertook to "
          "provide an estimate in writing within 28 days."),
    ("p", "Councillor Pennington-Hale asked why practices in the borough were handing back "
          "their NHS contracts. The Borough Director (Edgwell) explained that the national "
          "contract paid the same for a course of complex treatment as for a simpler one, so "
          "that many practices were losing money on NHS patients and were choosing to expand "
          "their private lists instead."),
    ("p", "A Member expressed concern that residents were being told to travel to practices "
          "in neighbouring boroughs for urgent treatment, which was not realistic for older "
          "or disabled people. The Primary Care Commissioning Lead (Dental) acknowledged the "
          "difficulty and advised that the urgent dental care line could now book "
          "appointments directly at 14 practices across the ICB area, four of them in "
          "Edgwell."),
    ("p", "Councillor Dunmore asked what was being done about children\u2019s oral health, "
          "noting that 29 per cent of five-year-olds in Edgwell had visible tooth decay. The "
          "Director of Public Health advised that the supervised toothbrushing programme now "
          "reached 41 nurseries and primary schools, and that fluoride varnish was being "
          "offered at three family hubs."),
    ("p", "Councillor Fairweather asked that the ICB write to every patient of the former "
          "Kenwood Parade practice to explain where they could now register. The Borough "
          "Director (Edgwell) agreed that letters would be sent to all registered patients "
          "before the end of December."),
    ("italic", "[Note: the estimate referred to above was circulated to Members of the "
               "Sub-Committee on 4 December 2025 and has been sent to the questioner.]"),
    ("p", "Mr Akinyemi commented that one in three respondents to the Healthwatch survey had "
          "been asked to pay privately for treatment they believed they were entitled to on "
          "the NHS, and that many did not know how to complain."),
    ("resolved", "RESOLVED:", "That"),
    ("sub", "(1)", "the report be noted;"),
    ("sub", "(2)",
     "the ICB be requested to provide, within 28 days, an estimate of the number of care "
     "home residents in Edgwell who had received a dental check in the last twelve months; "
     "and"),
    ("sub", "(3)",
     "the Chair write to the Chief Executive of the ICB setting out the Sub-Committee\u2019s "
     "concerns about the loss of NHS dental capacity in the south of the borough."),

    ("minute", "126.", "Youth Vaping: Trading Standards and Public Health Update"),
    ("p", "The Sub-Committee received a joint report of the Director of Public Health and the "
          "Trading Standards Manager on the prevalence of vaping among young people in Edgwell "
          "and on enforcement against underage and illegal sales since the ban on single-use "
          "vapes came into force on 1 June 2025."),
    ("p", "The Director of Public Health advised that the 2025 schools health survey of 3,900 "
          "pupils had found that 14 per cent of Year 10 pupils vaped at least weekly, "
          "compared with 9 per cent in 2022. The Trading Standards Manager reported that "
          "officers had carried out 52 test purchases in 2024/25, that 17 had resulted in a "
          "sale to a person under 18, and that more than 11,400 illegal or non-compliant "
          "vapes had been seized from 23 premises."),
    ("p", "The Portfolio Holder for Adult Social Care and Health, who also held the public "
          "health portfolio, stated that the Council had written to all secondary "
          "headteachers in the borough in September offering a vaping awareness session "
          "for Year 7 and Year 8 pupils, and that 12 of the 14 schools had taken up the "
          "offer."),
    ("p", "Members asked the following questions and made the following comments:"),
    ("sub", "(a)",
     "Councillor Cullinane asked how many retailers had been prosecuted. The Trading "
     "Standards Manager advised that four retailers had been prosecuted in 2024/25, that "
     "two further cases were awaiting a court date, and that 31 warning letters had been "
     "issued."),
    ("sub", "(b)",
     "A Member expressed concern that shops near secondary schools were displaying brightly "
     "coloured vapes and sweet flavours in their windows. The Trading Standards Manager "
     "explained that the Council had no power to control window displays at present, but "
     "that the Tobacco and Vapes Bill would give local authorities new powers once it "
     "became law."),
    ("sub", "(c)",
     "Councillor Adebayo-Lewis asked whether the stop smoking service helped young people "
     "who wanted to give up vaping. The Director of Public Health replied that the service "
     "did not currently support under-16s who vaped, but that a pilot with two secondary "
     "schools would begin in January 2026."),
    ("sub", "(d)",
     "A Member requested that the results of the test purchasing be broken down by ward and "
     "circulated to all councillors."),
    ("sub", "(e)",
     "A Member asked whether any of the Council\u2019s grant for local stop smoking services "
     "could be spent on young people who vaped but had never smoked. The Director of Public "
     "Health advised that the grant was restricted to supporting people who smoked, and "
     "that the schools pilot was funded from the public health grant instead."),
    ("resolved", "RESOLVED:", "That the update on youth vaping be noted."),

    ("minute", "127.", "Proposed Changes to Community Phlebotomy (Blood Test) Services: "
                       "Patient and Public Engagement"),
    ("p", "The Sub-Committee received a report from the ICB on proposals to replace the "
          "walk-in blood test clinics at four community sites in Edgwell with an "
          "appointment-only service at three hubs, and on the outcome of the engagement "
          "exercise which had run from 1 July to 30 September 2025. The Head of "
          "Communications and Engagement reported that 1,140 responses had been received and "
          "that 68 per cent of respondents had supported the move to booked appointments, "
          "provided that a telephone booking line remained available."),
    ("p", "The Borough Director (Edgwell) explained that the proposed hubs would be at "
          "Northolme Green Health Centre, Edgwell Community Hospital and the Tillingford "
          "Medical Centre, and that two of the existing walk-in sites would continue to "
          "offer blood tests for children and for patients who needed extra support, by "
          "appointment only. Subject to the Sub-Committee\u2019s views, the new service would start "
          "in April 2026."),
    ("p", "Members asked the following questions and made the following comments:"),
    ("sub", "(a)",
     "A Member asked why the engagement had been promoted mainly online, given the age "
     "profile of the people who used the clinics. The Head of Communications and Engagement "
     "advised that paper questionnaires had also been available in all 11 libraries and at "
     "every GP surgery in the borough, and that 312 of the responses had been returned on "
     "paper."),
    ("sub", "(b)",
     "Councillor Pennington-Hale expressed concern that residents without a smartphone or "
     "internet access would find it harder to get a blood test. The Borough Director "
     "(Edgwell) gave an assurance that the telephone booking line would be staffed from "
     "8.00 am to 6.00 pm on weekdays and that GP receptionists would also be able to book "
     "appointments on a patient\u2019s behalf."),
    ("sub", "(c)",
     "A Member queried whether the proposals amounted to a substantial variation on which "
     "the ICB was required to consult the Sub-Committee formally. The Borough Director "
     "(Edgwell) stated that the ICB\u2019s view was that they did not, as no site was closing "
     "to patients, but that the ICB would respect the Sub-Committee\u2019s view."),
    ("sub", "(d)",
     "Mr Akinyemi requested that the engagement report be published in an easy read "
     "version and in the five community languages most spoken in Edgwell. The Head of "
     "Communications and Engagement agreed to do so by the end of January 2026."),
    ("sub", "(e)",
     "Councillor Varsani asked how long patients currently waited for a routine blood test. "
     "The Borough Director (Edgwell) advised that waits at the walk-in clinics were often "
     "over two hours at peak times, whereas the pilot of booked appointments at Northolme "
     "Green had offered a slot within four working days to 93 per cent of patients."),
    ("p", "The Chair thanked the representatives of the ICB for attending and for their "
          "answers to Members\u2019 questions."),
    ("resolved", "RESOLVED:", "That"),
    ("sub", "(1)", "the report be noted;"),
    ("sub", "(2)",
     "the Sub-Committee did not regard the proposed changes as a substantial variation, on "
     "condition that the telephone booking line was maintained; and"),
    ("sub", "(3)",
     "a report on the first six months of the new service be brought to the Sub-Committee "
     "in October 2026."),

    ("gap", 4),
    ("italic", "(Note: The meeting, having commenced at 6.30 pm, closed at 9.14 pm)."),
    ("gap", 6),
    ("signed", "(Signed) COUNCILLOR NALINI RAJAPAKSE\nChair"),
]


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("DV", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(15, 8)
            self.cell(180, 4, "Edgwell Council \u2013 Minute Book 2025/26", align="R")
            self.set_draw_color(160, 160, 160)
            self.line(15, 13, 195, 13)
            self.set_text_color(0, 0, 0)
            self.set_y(20)

        def footer(self):
            self.set_y(-14)
            self.set_font("DV", "", 8)
            self.set_text_color(0, 0, 0)
            self.set_x(15)
            self.cell(120, 5, FOOTER_LEFT, align="L")
            self.set_x(150)
            self.cell(45, 5, f"- {FIRST_PAGE_NO + self.page_no() - 1} -", align="R")

    pdf = MinutesPDF(format="A4", unit="mm")
    pdf.add_font("DV", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DV", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(15, 20, 15)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Adults and Health Scrutiny Sub-Committee - 18 November 2025")
    pdf.set_author("Democratic and Electoral Services")
    pdf.set_creator("Committee Management System")
    pdf.set_producer("Committee Management System PDF export")
    pdf.add_page()

    TX = 38      # text column
    TW = 195 - TX
    LH = 5.0     # line height
    FS = 10

    # --- title block
    pdf.set_font("DV", "B", 15)
    pdf.set_xy(15, 18)
    pdf.cell(180, 8, COMMITTEE.upper(), align="C")
    pdf.ln(11)
    pdf.set_font("DV", "B", 13)
    pdf.cell(180, 7, "MINUTES", align="C")
    pdf.ln(9)
    pdf.cell(180, 7, "18 NOVEMBER 2025", align="C")
    pdf.ln(14)

    def att_block(blocks, col2_x, col2_w, bold_first=False):
        for label, rows in blocks:
            y0 = pdf.get_y()
            pdf.set_font("DV", "", FS)
            pdf.set_xy(15, y0)
            pdf.multi_cell(40, LH, label, align="L")
            y_label_end = pdf.get_y()
            y = y0
            for left, right in rows:
                pdf.set_xy(58, y)
                pdf.cell(col2_x - 58, LH, left)
                if right:
                    pdf.set_xy(col2_x, y)
                    pdf.multi_cell(col2_w, LH, right, align="L")
                    y = max(pdf.get_y(), y + LH)
                else:
                    y = y + LH
                y += 1.2
            pdf.set_y(max(y, y_label_end) + 3)

    att_block(ATT_MEMBERS, 118, 77)
    att_block(ATT_OFFICERS, 106, 89)

    pdf.ln(2)
    pdf.set_font("DV", "", 8.5)
    for line in LEGEND:
        pdf.set_x(15)
        pdf.cell(90, 4.3, line)
        pdf.ln(4.3)
    pdf.ln(6)

    def ensure(space):
        if pdf.get_y() + space > pdf.h - 20:
            pdf.add_page()

    def para(text, x=TX, style="", size=FS, after=3.0, align="L"):
        pdf.set_font("DV", style, size)
        pdf.set_x(x)
        pdf.multi_cell(195 - x, LH, text, align=align)
        pdf.ln(after)

    for block in BODY:
        kind = block[0]
        if kind == "section":
            ensure(24)
            pdf.ln(2)
            pdf.set_font("DV", "BU", 11)
            pdf.set_x(15)
            pdf.cell(120, 6, block[1])
            pdf.ln(10)
        elif kind == "minute":
            _, num, title = block
            ensure(22)
            y = pdf.get_y()
            pdf.set_font("DV", "B", 11)
            pdf.set_xy(15, y)
            pdf.cell(20, 6, num)
            pdf.set_xy(TX, y)
            pdf.multi_cell(TW, 6, title, align="L")
            pdf.ln(3)
        elif kind == "p":
            para(block[1])
        elif kind == "italic":
            para(block[1], style="I")
        elif kind == "label":
            ensure(12)
            para(block[1], style="B", after=2.0)
        elif kind == "resolved":
            _, label, text = block
            ensure(12)
            y = pdf.get_y()
            pdf.set_font("DV", "B", FS)
            pdf.set_xy(TX, y)
            pdf.cell(24, LH, label)
            pdf.set_font("DV", "", FS)
            pdf.set_xy(TX + 25, y)
            pdf.multi_cell(TW - 25, LH, text, align="L")
            pdf.ln(3)
        elif kind == "sub":
            _, mark, text = block
            ensure(11)
            y = pdf.get_y()
            pdf.set_font("DV", "", FS)
            pdf.set_xy(TX, y)
            pdf.cell(10, LH, mark)
            pdf.set_xy(TX + 10, y)
            pdf.multi_cell(TW - 10, LH, text, align="L")
            pdf.ln(2.5)
        elif kind == "qa":
            _, label, text = block
            ensure(11)
            y = pdf.get_y()
            pdf.set_font("DV", "B", FS)
            pdf.set_xy(TX, y)
            pdf.multi_cell(50, LH, label, align="L")
            y_lab = pdf.get_y()
            pdf.set_font("DV", "", FS)
            pdf.set_xy(TX + 51, y)
            pdf.multi_cell(TW - 51, LH, text, align="L")
            pdf.set_y(max(pdf.get_y(), y_lab))
            pdf.ln(2.5)
        elif kind == "table":
            _, head, rows = block
            ensure(20)
            pdf.set_x(TX)
            pdf.set_font("DV", "B", FS)
            for h in head:
                pdf.cell(75, 7, h, border=1)
            pdf.ln(7)
            pdf.set_font("DV", "", FS)
            for row in rows:
                pdf.set_x(TX)
                for c in row:
                    pdf.cell(75, 7, c, border=1)
                pdf.ln(7)
            pdf.ln(4)
        elif kind == "gap":
            pdf.ln(block[1])
        elif kind == "signed":
            ensure(20)
            pdf.set_font("DV", "B", FS)
            pdf.set_x(TX)
            pdf.multi_cell(TW, LH, block[1], align="L")
        else:
            raise ValueError(kind)

    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------
# The paper that is not minutes: the agenda front sheet for the next meeting
# ---------------------------------------------------------------------------

def build_agenda(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    doc = Document()
    sect = doc.sections[0]
    sect.left_margin = Cm(2.2)
    sect.right_margin = Cm(2.2)
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)

    def p(text="", bold=False, size=None, align=None, italic=False, space_after=None):
        para = doc.add_paragraph()
        if text:
            r = para.add_run(text)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
        if align:
            para.alignment = align
        if space_after is not None:
            para.paragraph_format.space_after = Pt(space_after)
        return para

    def labelled(label, value):
        para = doc.add_paragraph()
        para.add_run(label).bold = True
        para.add_run("\t" + value)
        para.paragraph_format.space_after = Pt(2)
        return para

    p("Edgwell Council", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p("Adults and Health Scrutiny Sub-Committee", bold=True, size=20, space_after=14)

    labelled("Date:", "Tuesday 27 January 2026")
    labelled("Time:", "6.30 pm")
    labelled("Place:", "Committee Rooms 1 & 2, Edgwell Civic Centre, Station Road, "
                       "Edgwell")
    p()
    p("Membership (Quorum 3)", bold=True, space_after=4)
    labelled("Chair:", "Councillor Nalini Rajapakse")
    p()
    t = doc.add_table(rows=4, cols=3)
    for row, cells in zip(t.rows, (
        ("Labour Councillors:", "Terence Cullinane", "Sunita Varsani"),
        ("", "Imran Chaudhry-Wells", ""),
        ("Conservative Councillors:", "Philippa Dunmore", "Marcus Pennington-Hale"),
        ("Reserve Members:", "1. Grace Adebayo-Lewis\n2. Omar Sheikh-Ellis\n"
                             "3. Veronica Aldous", "1. Bernard Quaye\n2. Lydia Farrant"),
    )):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    p()
    p("Advisers (Non-voting):", bold=True, space_after=2)
    p("Desmond Akinyemi \u2013 Healthwatch Edgwell", space_after=2)
    p("Margaret Lowery \u2013 Edgwell Carers' Forum")
    p()
    p("Contact:", bold=True, space_after=2)
    p("Joanne Hetherington, Senior Democratic and Electoral Services Officer", space_after=2)
    p("Tel: 020 7946 0381   E-mail: joanne.hetherington@edgwell.gov.uk")
    p()
    p("Useful Information", bold=True, size=13)
    p("Meeting details:", bold=True, space_after=2)
    p("This meeting is open to the press and public and can be viewed on "
      "www.edgwell.gov.uk/webcasts. Directions to the Civic Centre can be found on the "
      "Council\u2019s website.")
    p("Filming / recording of meetings", bold=True, space_after=2)
    p("Please note that proceedings at this meeting may be recorded or filmed. If you choose "
      "to attend, you will be deemed to have consented to being recorded and/or filmed. "
      "When present in the meeting room, silent mode should be enabled for all mobile "
      "devices.")
    p("Meeting access / special requirements", bold=True, space_after=2)
    p("The Civic Centre is accessible to people with special needs. There are accessible "
      "toilets and lifts to meeting rooms. If you have special requirements, please contact "
      "the officer listed on the front page of this agenda.")
    p("Agenda publication date:  Monday 19 January 2026", bold=True)

    doc.add_page_break()

    p("Agenda - Part I", bold=True, size=14, space_after=10)

    def item(num, title, pages=None, body=(), bullets=(), after=()):
        para = doc.add_paragraph()
        para.paragraph_format.space_before = Pt(10)
        r = para.add_run(f"{num}.\t{title}")
        r.bold = True
        if pages:
            para.add_run(f"\t(Pages {pages})").bold = False
        for text in body:
            b = doc.add_paragraph(text)
            b.paragraph_format.left_indent = Cm(1.27)
        for text in bullets:
            b = doc.add_paragraph(text, style="List Bullet")
            b.paragraph_format.left_indent = Cm(1.9)
        for text in after:
            b = doc.add_paragraph(text)
            b.paragraph_format.left_indent = Cm(1.27)

    item(1, "Attendance by Reserve Members", body=(
        "To note the attendance at this meeting of any duly appointed Reserve Members.",
        "Reserve Members may attend meetings:-",
        "(i)\tto take the place of an ordinary Member for whom they are a reserve;",
        "(ii)\twhere the ordinary Member will be absent for the whole of the meeting; and",
        "(iii)\tthe meeting notes at the start of the meeting at the item \u2018Reserves\u2019 "
        "that the Reserve Member is or will be attending as a reserve;",
        "(iv)\tif a Reserve Member whose intention to attend has been noted arrives after the "
        "commencement of the meeting, then that Reserve Member can only act as a Member from "
        "the start of the next item of business on the agenda after his/her arrival.",
    ))
    item(2, "Declarations of Interest", body=(
        "To receive declarations of disclosable pecuniary or non pecuniary interests, "
        "arising from business to be transacted at this meeting, from:",
        "(a)\tall Members of the Sub-Committee;",
        "(b)\tall other Members present.",
    ))
    item(3, "Minutes", pages="5 - 18", body=(
        "That the minutes of the meeting held on 18 November 2025 be taken as read and "
        "signed as a correct record.",
    ))
    item(4, "Public Questions", body=(
        "To note any public questions received.",
        "Questions will be asked in the order in which they were received. There will be a "
        "time limit of 15 minutes for the asking and answering of public questions.",
        "[The deadline for receipt of public questions is 3.00 pm, Thursday 22 January 2026. "
        "Questions should be sent to publicquestions@edgwell.gov.uk. No person may submit "
        "more than one question.]",
    ))
    item(5, "Petitions", body=(
        "To receive petitions (if any) submitted by members of the public/Councillors under "
        "the provisions of Committee Procedure Rule 15 (Part 4B of the Constitution).",
    ))
    item(6, "Deputations", body=(
        "To receive deputations (if any) under the provisions of Committee Procedure Rule 16 "
        "(Part 4B) of the Constitution.",
    ))
    item(7, "Responses to Matters Raised at the Last Meeting", pages="19 - 24", body=(
        "Report of the Corporate Director, People.",
        "This information report sets out the responses received from the Council and from "
        "North Wyvern Integrated Care Board to the points the Sub-Committee asked to be "
        "followed up at its meeting on 18 November 2025. A summary is given below; the "
        "full responses are attached at Appendix A.",
    ))
    t2 = doc.add_table(rows=4, cols=2)
    t2.style = "Table Grid"
    for row, (a, b) in zip(t2.rows, (
        ("You asked", "We said"),
        ("How many care home residents in Edgwell have had a dental check in the last "
         "twelve months?",
         "The ICB estimates that 1,080 of the borough\u2019s 1,650 care home residents were "
         "seen by the community dental service in 2024/25. A new care home oral health "
         "pathway will start in April 2026."),
        ("Can the results of underage test purchasing be broken down by ward?",
         "Yes. A ward breakdown was circulated to all councillors in the Members\u2019 "
         "Information Bulletin on 12 December 2025."),
        ("Will the phlebotomy engagement report be published in easy read and community "
         "languages?",
         "The easy read version and translations into five languages were published on the "
         "ICB\u2019s website on 16 January 2026."),
    )):
        row.cells[0].text = a
        row.cells[1].text = b
    item(8, "Adult Social Care Winter Pressures and Hospital Discharge", pages="25 - 52",
         body=(
             "Report of the Director of Adult Social Services and the Borough Director "
             "(Edgwell), North Wyvern Integrated Care Board.",
             "The report describes demand on adult social care and on discharge from "
             "hospital over the winter so far, the use of the discharge funding allocated "
             "for 2025/26, and the position of the home care market ahead of the "
             "re-procurement.",
             "Suggested lines of enquiry \u2013 Members may wish to ask:",
         ),
         bullets=(
             "How many people were waiting in hospital for a package of care on the last "
             "day of each month, and for how long?",
             "Which schemes funded through the discharge grant have made the biggest "
             "difference, and which will continue after March?",
             "Are home care providers able to start new packages within 48 hours, and if "
             "not, why not?",
             "What is being done to support unpaid carers when a relative comes home from "
             "hospital?",
         ))
    item(9, "Draft Suicide Prevention Strategy 2026\u20132030", pages="53 - 88", body=(
        "Report of the Director of Public Health.",
        "The Sub-Committee is invited to comment on the draft strategy before public "
        "consultation begins in February 2026. The draft has been developed with people with "
        "lived experience, the voluntary sector and the Edgwell Suicide Prevention "
        "Partnership.",
        "Questions for the Sub-Committee to consider:",
    ), bullets=(
        "Does the strategy reflect the groups at highest risk in Edgwell?",
        "How will the actions be measured, and who will be accountable for them?",
        "How will the consultation reach men aged 40 to 59 and people who do not use "
        "services?",
    ))
    item(10, "Scrutiny Work Programme 2025/26", pages="89 - 96", body=(
        "Report of the Director of Legal and Governance Services.",
        "To consider the Sub-Committee\u2019s work programme for the remainder of the "
        "municipal year, including the mobilisation report on home care and reablement "
        "requested for September 2026.",
    ))
    item(11, "Any Other Business", body=(
        "Which cannot otherwise be dealt with.",
    ))

    p()
    p("Agenda - Part II - Nil", bold=True, size=12)
    p()
    p("\u2731 Data Protection Act Notice", bold=True, space_after=2)
    p("The Council will audio and video record this meeting for subsequent publication on "
      "the Council\u2019s website. Members of the public who ask a question or present a "
      "deputation or petition will be recorded. Any personal data collected will be "
      "processed in accordance with the Council\u2019s privacy notice.")
    p("Note: The web link to the recording of this meeting will be available on the "
      "Council\u2019s website within five working days of the meeting.", italic=True)

    cp = doc.core_properties
    cp.author = "Joanne Hetherington"
    cp.last_modified_by = "Joanne Hetherington"
    cp.title = "Agenda - Adults and Health Scrutiny Sub-Committee - 27 January 2026"
    cp.revision = 2
    cp.created = FIXED_AGENDA
    cp.modified = FIXED_AGENDA
    cp.last_printed = FIXED_AGENDA

    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 19, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


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
    "meeting_date": "2025-11-18",
    "items": [
        {"number": "118", "title": "Attendance by Reserve Members"},
        {"number": "119", "title": "Declarations of Interest"},
        {"number": "120", "title": "Minutes"},
        {"number": "121", "title": "Public Questions"},
        {"number": "122", "title": "Petitions"},
        {"number": "123", "title": "Deputations"},
        {"number": "124", "title": "Re-procurement of Home Care and Reablement Services"},
        {"number": "125", "title": "Access to NHS Dentistry in Edgwell"},
        {"number": "126", "title": "Youth Vaping: Trading Standards and Public Health Update"},
        {"number": "127", "title": "Proposed Changes to Community Phlebotomy (Blood Test) "
                                   "Services: Patient and Public Engagement"},
    ],
    "questions": [
        # 121 public questions (written record)
        q("121", "question",
          "will every provider be required to pay its care workers for the time",
          "Dennis Haverstock",
          "makes payment for travel time between calls a contractual requirement for every provider",
          "Councillor Helen Marchetti",
          ["adult-social-care", "workforce", "subcontracting"]),
        q("121", "question",
          "If a provider is found not to be paying for travel time",
          "Dennis Haverstock",
          "allow us to suspend new referrals to any provider in breach",
          "Councillor Helen Marchetti",
          ["workforce", "subcontracting"]),
        q("121", "question",
          "how many care home residents in the borough have had a dental check",
          "Yasmin Okafor-Reid",
          "I will put your question to them directly under that item",
          "Councillor Nalini Rajapakse",
          ["adult-social-care", "primary-care"]),
        # 124 home care and reablement
        q("124", "question",
          "not squeezed out of the market by larger organisations under the zoned model",
          None,
          "two of the five zones had been drawn so that a small provider",
          None, ["subcontracting", "adult-social-care"]),
        q("124", "concern",
          "expressed concern that the reablement service had missed its target",
          "Councillor Cullinane",
          "service credits totalling £184,000 had been deducted under the contract",
          "Director of Adult Social Services",
          ["adult-social-care", "subcontracting", "privatisation", "finance"]),
        q("124", "question",
          "questioned whether bringing reablement in-house would cost more than the current arrangement",
          None,
          "the in-house model was forecast to cost £310,000 a year more",
          "Director of Adult Social Services",
          ["adult-social-care", "privatisation", "finance", "workforce"]),
        q("124", "question",
          "asked what would happen to the staff currently employed by the reablement provider",
          "Councillor Varsani",
          "around 64 staff were expected to transfer to the Council under TUPE",
          None, ["adult-social-care", "workforce", "subcontracting"]),
        q("124", "comment",
          "continuity of care deserved far greater weight in the specification",
          None,
          "a named care worker for at least 70 per cent of their visits",
          "Portfolio Holder", ["adult-social-care", "subcontracting"]),
        q("124", "question",
          "asked how people who used home care had been involved in designing the specification",
          "Mr Akinyemi",
          "two Experts by Experience had been recruited and trained and would score",
          "Head of Commissioning and Quality (Adults)",
          ["adult-social-care", "patient-and-public-input", "subcontracting"]),
        q("124", "question",
          "considered bringing the whole of home care in-house rather than reablement alone",
          None, None, None, ["adult-social-care", "privatisation"]),
        q("124", "question",
          "the risk of providers withdrawing during the handover between contracts",
          "Chair",
          "a provider failure plan had been agreed with the Care Quality Commission",
          "Head of Commissioning and Quality (Adults)",
          ["adult-social-care", "subcontracting", "governance"]),
        q("124", "request",
          "requested that a report on the mobilisation of the new contracts",
          "Chair",
          "agreed to add this to the Sub-Committee's work programme",
          "Corporate Director, People", ["adult-social-care", "subcontracting", "workforce"]),
        # 125 dentistry
        q("125", "question",
          "asking how many care home residents in the borough had received a dental check",
          "Chair",
          "the ICB did not currently hold that figure for Edgwell",
          "Primary Care Commissioning Lead (Dental)",
          ["primary-care", "adult-social-care"]),
        q("125", "question",
          "asked why practices in the borough were handing back their NHS contracts",
          "Councillor Pennington-Hale",
          "many practices were losing money on NHS patients and were choosing to expand",
          "Borough Director (Edgwell)",
          ["primary-care", "finance", "privatisation"]),
        q("125", "concern",
          "residents were being told to travel to practices in neighbouring boroughs",
          None,
          "the urgent dental care line could now book appointments directly at 14 practices",
          "Primary Care Commissioning Lead (Dental)", ["primary-care"]),
        q("125", "question",
          "asked what was being done about children's oral health",
          "Councillor Dunmore",
          "the supervised toothbrushing programme now reached 41 nurseries and primary schools",
          "Director of Public Health",
          ["primary-care", "public-health", "children-and-families"]),
        q("125", "request",
          "asked that the ICB write to every patient of the former Kenwood Parade practice",
          "Councillor Fairweather",
          "letters would be sent to all registered patients before the end of December",
          "Borough Director (Edgwell)", ["primary-care"]),
        q("125", "comment",
          "one in three respondents to the Healthwatch survey had been asked to pay privately",
          "Mr Akinyemi", None, None,
          ["primary-care", "patient-and-public-input", "privatisation"]),
        # 126 vaping
        q("126", "question",
          "Councillor Cullinane asked how many retailers had been prosecuted",
          "Councillor Cullinane",
          "four retailers had been prosecuted in 2024/25, that two further cases",
          "Trading Standards Manager", ["public-health"]),
        q("126", "concern",
          "shops near secondary schools were displaying brightly coloured vapes and sweet flavours",
          None,
          "the Council had no power to control window displays at present",
          "Trading Standards Manager", ["public-health", "children-and-families"]),
        q("126", "question",
          "asked whether the stop smoking service helped young people who wanted to give up vaping",
          "Councillor Adebayo-Lewis",
          "did not currently support under-16s who vaped, but that a pilot",
          "Director of Public Health", ["public-health", "children-and-families"]),
        q("126", "request",
          "requested that the results of the test purchasing be broken down by ward",
          None, None, None, ["public-health"]),
        q("126", "question",
          "could be spent on young people who vaped but had never smoked",
          None,
          "the grant was restricted to supporting people who smoked",
          "Director of Public Health",
          ["public-health", "finance", "children-and-families"]),
        # 127 phlebotomy
        q("127", "question",
          "asked why the engagement had been promoted mainly online",
          None,
          "paper questionnaires had also been available in all 11 libraries",
          "Head of Communications and Engagement", ["patient-and-public-input"]),
        q("127", "concern",
          "residents without a smartphone or internet access would find it harder",
          "Councillor Pennington-Hale",
          "the telephone booking line would be staffed from 8.00 am to 6.00 pm",
          "Borough Director (Edgwell)", ["primary-care"]),
        q("127", "question",
          "queried whether the proposals amounted to a substantial variation",
          None,
          "the ICB's view was that they did not, as no site was closing",
          "Borough Director (Edgwell)", ["governance", "patient-and-public-input"]),
        q("127", "request",
          "requested that the engagement report be published in an easy read version",
          "Mr Akinyemi",
          "agreed to do so by the end of January 2026",
          "Head of Communications and Engagement", ["patient-and-public-input"]),
        q("127", "question",
          "asked how long patients currently waited for a routine blood test",
          "Councillor Varsani",
          "had offered a slot within four working days to 93 per cent of patients",
          "Borough Director (Edgwell)", []),
    ],
    "resolutions": [
        res("118", "To note the attendance at this meeting of the following duly appointed",
            "noted", []),
        res("119", "To note that the following interests were declared", "noted", []),
        res("120", "the minutes of the meeting held on 16 September 2025, be taken as read",
            "agreed", []),
        res("121", "To note that the following public questions were received and responded to",
            "noted", []),
        res("122", "To note that no petitions were received", "noted", []),
        res("123", "To note that no deputations were received", "noted", []),
        res("124", "in considering the proposals for the re-procurement of home care and",
            "recommended",
            ["adult-social-care", "subcontracting", "workforce", "privatisation"]),
        res("125", "the ICB be requested to provide, within 28 days, an estimate",
            "agreed", ["primary-care", "adult-social-care"]),
        res("126", "That the update on youth vaping be noted", "noted", ["public-health"]),
        res("127", "the Sub-Committee did not regard the proposed changes as a substantial variation",
            "agreed", ["governance"]),
    ],
    "attendees": [
        att("Councillor Nalini Rajapakse", "Chair", "present"),
        att("Grace Adebayo-Lewis", "Reserve Member", "present"),
        att("Philippa Dunmore", None, "present"),
        att("Imran Chaudhry-Wells", None, "apologies"),
        att("Marcus Pennington-Hale", None, "present"),
        att("Terence Cullinane", None, "present"),
        att("Sunita Varsani", None, "present"),
        att("Desmond Akinyemi", "Healthwatch Edgwell", "present"),
        att("Margaret Lowery", "Edgwell Carers' Forum", "apologies"),
        att("Helen Marchetti", None, "in_attendance"),
        att("Colin Fairweather", None, "in_attendance"),
        att("Sarah Whitlock", "Corporate Director, People", "in_attendance"),
        att("Lorna Featherstone", "Director of Adult Social Services", "in_attendance"),
        att("Dr Anand Bhattacharya", "Director of Public Health", "in_attendance"),
        att("Kwame Asante-Mensah", "Head of Commissioning and Quality (Adults)",
            "in_attendance"),
        att("Bethan Lloyd-Pryce", "Trading Standards Manager", "in_attendance"),
        att("Joanne Hetherington", "Senior Democratic and Electoral Services Officer",
            "in_attendance"),
        att("Dr Fiona McCreadie",
            "Borough Director (Edgwell), North Wyvern Integrated Care Board", "in_attendance"),
        att("Rashid Hollings",
            "Primary Care Commissioning Lead (Dental), North Wyvern Integrated Care Board",
            "in_attendance"),
        att("Tessa Arkwright",
            "Head of Communications and Engagement, North Wyvern Integrated Care Board",
            "in_attendance"),
    ],
}

AGENDA_GOLD = {"document": AGENDA_NAME, "doc_type": "agenda"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_agenda(DOCS / AGENDA_NAME)
    for gold in (MINUTES_GOLD, AGENDA_GOLD):
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
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
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
    for gold_path in sorted(GOLD.glob("po-*.json")):
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
                    print(f"FAIL {doc.name}: {kind} found {n} times ({norm.__name__}): {phrase!r}")
                    problems += 1
            if not 6 <= words <= 15:
                print(f"FAIL {doc.name}: {kind} has {words} words: {phrase!r}")
                problems += 1
        answered = sum(1 for r in gold["questions"] if r["answer"])
        print(f"ok   {doc.name}: {len(phrases)} phrases checked, {len(text.split())} words, "
              f"{len(gold['items'])} items, {len(gold['questions'])} questions "
              f"({answered} answered), {len(gold['resolutions'])} resolutions, "
              f"{len(gold['attendees'])} attendees")
    if problems:
        print(f"{problems} problem(s)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / AGENDA_NAME}\ngold in {GOLD}")
