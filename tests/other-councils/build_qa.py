#!/usr/bin/env python3
"""Build the "qa-" documents of round 222 and their gold annotations.

Usage:  build_qa.py           build documents/qa-* and gold/qa-*.json
        build_qa.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "qa-wrynfell-scrutiny-of-health-2025-09-19.pdf"
AGENDA_NAME = "qa-wrynfell-scrutiny-of-health-agenda-2025-11-21.html"

FIXED = dt.datetime(2025, 9, 26, 14, 30, 0, tzinfo=dt.timezone.utc)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Attendance block: (label, [lines]) printed in a label column beside the names.

ATTENDANCE = [
    ("Present:", [
        "Cllr Judith Armistead (Chair)",
        "Cllr Neville Blamire (Vice-Chair)",
        "Cllr Shona Dockray, Cllr Peter Fearon, Cllr Hilary Grisedale, Cllr Tom Lickbarrow,",
        "Cllr Mrs Ann Postlethwaite, Cllr Ravi Sandhu, Cllr Gordon Thexton and",
        "Cllr Karen Wilkinson-Oddie",
    ]),
    ("Co-opted Members:", [
        "Cllr Diane Mossop (Scarrowby Borough Council)",
        "Cllr Michael Satterthwaite (Staveholme District Council)",
    ]),
    ("Also in attendance:", [
        "Cllr Colin Brockbank, Cabinet Member for Adult Social Care and Public Health",
    ]),
    ("Officers:", [
        "Dr Fiona Harker \u2013 Director of Public Health",
        "Sian Pickthall \u2013 Consultant in Public Health",
        "Martin Routledge \u2013 Head of Trading Standards",
        "Andrew Nixon \u2013 Senior Scrutiny Officer",
        "Lucy Wren \u2013 Democratic Services Officer",
    ]),
    ("Partners:", [
        "Dr Ian Capstick \u2013 Medical Director, Kelsthwaite Hospitals NHS Foundation Trust",
        "Rachel Hodgson-Ward \u2013 Director of Operations (Planned Care), Kelsthwaite",
        "    Hospitals NHS Foundation Trust",
        "Joanne Tyson \u2013 Head of Primary Care Commissioning (Dental), North Fells and",
        "    Coast Integrated Care Board",
        "Kevin Bewley \u2013 Chief Officer, Healthwatch Wrynfell",
    ]),
]

# Body blocks:
#   ("minute", number, title)
#   ("p", text)                      paragraph (may use **bold** and __italic__)
#   ("sub", marker, text)            lettered or numbered sub-paragraph, hanging indent
#   ("quote", text)                  indented italic quotation
#   ("res", lead, [(marker, text)])  "Resolved -" with optional numbered parts

BODY = [
    ("minute", "21", "Apologies for Absence and Substitutions"),
    ("p", "Apologies for absence were received from Cllr Margaret Coulthard, Cllr David Ferreira "
          "and Cllr Stuart Irving (Marrbeck District Council)."),
    ("p", "Cllr Karen Wilkinson-Oddie attended as substitute for Cllr Coulthard."),

    ("minute", "22", "Declarations of Interest"),
    ("p", "Cllr Hilary Grisedale declared a personal interest in minute 27 (NHS Dental Services "
          "in Wrynfell) as her daughter is employed as a dental nurse at a practice in Scarrowby."),
    ("p", "Cllr Ravi Sandhu declared a personal interest in minute 29 (Planned Care Waiting Times) "
          "as a public governor of Kelsthwaite Hospitals NHS Foundation Trust."),
    ("p", "Neither interest was considered to be prejudicial and both Members remained in the "
          "meeting and took part in the discussion."),

    ("minute", "23", "Minutes"),
    ("res", "That the Minutes of the meeting held on 4 July 2025, having been printed and "
            "circulated, be taken as read and be confirmed and signed by the Chair as a correct "
            "record.", []),

    ("minute", "24", "Public Questions or Statements"),
    ("p", "The Committee was advised that one statement and one question had been received from "
          "members of the public in accordance with the Council's Procedure Rules."),
    ("sub", "(a)", "**Statement from Mr Arnold Tebay, Chair of the Gillarth Surgery Patient "
                   "Participation Group**"),
    ("p", "Mr Tebay attended the meeting and read out the following statement:"),
    ("quote", "\u201cThe branch surgery at Netherbeck closed in April with only four weeks' notice, "
              "and patients were told about it by text message. Many of our older members do not "
              "drive and the bus to Gillarth runs only three times a day. We are concerned that the "
              "decision was taken without any consultation with patients or with this Committee, "
              "and we would ask the Committee to find out what assessment was made of the effect "
              "on people without their own transport.\u201d"),
    ("p", "The Chair thanked Mr Tebay for his statement. She advised that the closure of the "
          "Netherbeck branch surgery had already been raised with North Fells and Coast "
          "Integrated Care Board by the Senior Scrutiny Officer, and that a written response "
          "would be circulated to Members and sent to Mr Tebay within 14 days."),
    ("sub", "(b)", "**Question from Mrs Lorna Birkett, Scarrowby**"),
    ("p", "Mrs Birkett had given notice of the following question, which was read out on her "
          "behalf by the Democratic Services Officer as she was unable to attend:"),
    ("quote", "\u201cWhat powers does the County Council have to stop shops near schools from "
              "selling vapes to children, and how many shops in Scarrowby have been prosecuted for "
              "underage sales in the last year?\u201d"),
    ("p", "The Director of Public Health gave the following response:"),
    ("quote", "\u201cTrading Standards officers carry out test purchasing with young volunteers and "
              "can prosecute retailers who sell to under-18s. In the last year there were 41 test "
              "purchases in the county, nine of which resulted in a sale, and two retailers in "
              "Scarrowby have been prosecuted. The sale of single-use vapes has been banned "
              "nationally since 1 June 2025, and officers have since seized over 3,000 illegal "
              "products. The County Council does not have the power to restrict where shops may be "
              "located, but this is covered further in the report on youth vaping later on this "
              "agenda.\u201d"),
    ("p", "A written copy of the response would be sent to Mrs Birkett."),

    ("minute", "25", "Chair's Remarks"),
    ("p", "The Chair reported that:"),
    ("sub", "(a)", "she and the Vice-Chair had attended a meeting of the regional joint health "
                   "scrutiny committee on 11 September 2025, at which the future of hyper-acute "
                   "stroke services across the three counties had been discussed;"),
    ("sub", "(b)", "the Committee's task and finish group on discharge from hospital would hold its "
                   "first meeting on 3 October 2025, and Members who had not yet put their names "
                   "forward were asked to contact the Senior Scrutiny Officer; and"),
    ("sub", "(c)", "this would be the last meeting of the Committee supported by Lucy Wren, "
                   "Democratic Services Officer, who was leaving the County Council at the end of "
                   "the month. The Chair thanked her on behalf of the Committee for her support "
                   "over the past six years."),

    ("minute", "26", "Re-procurement of the Adult Drug and Alcohol Treatment and Recovery Service"),
    ("p", "Considered the report of the Director of Public Health (copy appended to the signed "
          "Minutes) seeking the Committee's views on the proposed approach to re-procuring the "
          "adult drug and alcohol treatment and recovery service, ahead of a decision by the "
          "Cabinet on 14 October 2025. The current contract, held by Fellside Recovery "
          "Partnership, expires on 31 March 2026 and cannot be extended further. The report set out "
          "a timetable under which the invitation to tender would be published in November 2025, "
          "bids would be evaluated in January 2026 and the new contract awarded in February, "
          "leaving a period of six weeks for the new provider to mobilise."),
    ("p", "Cllr Colin Brockbank, Cabinet Member for Adult Social Care and Public Health, introduced "
          "the report and emphasised that the service supported some of the most vulnerable "
          "residents of the county and their families. Sian Pickthall, Consultant in Public "
          "Health, then presented the main points of the report, highlighting that:"),
    ("sub", "(a)", "the current contract has a value of \u00a36.2m a year, of which \u00a31.4m is "
                   "funded from the national drug and alcohol treatment and recovery improvement "
                   "grant;"),
    ("sub", "(b)", "the lead provider subcontracts its harm reduction and needle exchange work to "
                   "two smaller local charities, and supervised consumption to 38 community "
                   "pharmacies;"),
    ("sub", "(c)", "the number of adults in treatment had risen by 14% over two years, but the "
                   "proportion successfully completing treatment for opiate use remains below the "
                   "national average; and"),
    ("sub", "(d)", "it is proposed to award a single contract for five years, with an option to "
                   "extend by up to two further years, following a competitive process under the "
                   "Provider Selection Regime."),
    ("p", "Members then asked questions and made comments, the main points of which were as "
          "follows:"),
    ("sub", "(e)", "Cllr Peter Fearon asked why the service could not be brought back in-house, as "
                   "it had been before 2014. The Director of Public Health explained that an "
                   "options appraisal had been carried out in the spring. This had concluded that "
                   "an in-house service would cost approximately \u00a3450,000 a year more, "
                   "largely because of pension costs, and would involve the transfer of around 120 "
                   "staff under TUPE."),
    ("sub", "(f)", "Concern was expressed by Cllr Shona Dockray that the subcontracts held by small "
                   "local charities could be lost if a large national company won the contract. "
                   "Ms Pickthall advised that the specification would require bidders to set out "
                   "how they would work with local voluntary organisations, and that social value "
                   "would make up 10% of the evaluation."),
    ("sub", "(g)", "A Member wished to know how people who use the service had been involved in "
                   "shaping the new specification. It was reported that 96 people in treatment or "
                   "recovery, and 22 family members, had taken part in a survey and focus groups "
                   "over the summer, and that two people with lived experience would sit on the "
                   "evaluation panel."),
    ("sub", "(h)", "Cllr Gordon Thexton queried whether the County Council would be tied into a "
                   "seven-year commitment if the national grant came to an end after March 2026. In "
                   "reply, Members were informed that the contract would contain a break clause "
                   "allowing its value to be reduced if the grant was withdrawn."),
    ("sub", "(i)", "The Vice-Chair made the point that the upper dales and the western valleys had "
                   "very limited access to needle exchange and naloxone, and asked that the new "
                   "contract include a requirement for outreach to the most rural parts of the "
                   "county."),
    ("sub", "(j)", "Reassurance was sought that the performance of the current provider would be "
                   "properly managed in its final months, given the risk of staff leaving ahead of "
                   "a change of provider. The Director of Public Health confirmed that monthly "
                   "contract meetings would continue and that the current provider had given "
                   "assurances about staffing levels up to the end of the contract."),
    ("res", "That:", [
        ("(1)", "the proposed approach to the re-procurement of the adult drug and alcohol "
                "treatment and recovery service be supported;"),
        ("(2)", "the comments of the Committee, as set out above, be passed to the Cabinet Member "
                "for Adult Social Care and Public Health for consideration before the Cabinet "
                "takes its decision on 14 October 2025; and"),
        ("(3)", "the outcome of the procurement be reported to the Committee in spring 2026."),
    ]),

    ("minute", "27", "NHS Dental Services in Wrynfell"),
    ("p", "Joanne Tyson, Head of Primary Care Commissioning (Dental), North Fells and Coast "
          "Integrated Care Board (ICB), attended for this item and gave a presentation on access "
          "to NHS dentistry in the county. It was reported that 42% of adults had seen an NHS "
          "dentist in the last 24 months and 59% of children in the last 12 months, both below "
          "the England average; that three practices had reduced or handed back their NHS "
          "contracts during the last year; and that the ICB had commissioned an urgent dental "
          "care service providing 160 additional sessions a month from four practices."),
    ("p", "Ms Tyson explained that changes to the national contract introduced earlier in the year "
          "had increased the payments made for treating new patients with high needs, but that "
          "the recruitment of dentists to rural practices remained the main obstacle to improving "
          "access. Two practices in the west of the county had been unable to fill vacancies for "
          "a dentist for more than a year, and one had reduced its NHS activity as a result."),
    ("p", "Kevin Bewley, Chief Officer, Healthwatch Wrynfell, reported that dentistry had been the "
          "most common reason for people contacting Healthwatch in each of the last eight "
          "quarters."),
    ("p", "During the discussion the following issues were raised:"),
    ("sub", "(a)", "Cllr Tom Lickbarrow asked how many people were waiting for an NHS dentist in the "
                   "county. Ms Tyson explained that there was no central waiting list, as patients "
                   "register with individual practices, but that a survey of practices in June had "
                   "found over 11,000 people on practice waiting lists."),
    ("sub", "(b)", "A Member raised concerns about the distance that families in the west of the "
                   "county had to travel for urgent treatment, one constituent having been offered "
                   "an appointment 58 miles away. Ms Tyson acknowledged that the spread of practices "
                   "was uneven and advised that the ICB was looking at a mobile dental unit for the "
                   "coastal towns."),
    ("sub", "(c)", "Cllr Ravi Sandhu asked what could be done locally, given that the dental "
                   "contract is set nationally. It was explained that the ICB was using flexible "
                   "commissioning to pay practices for sessions set aside for new patients, and "
                   "that four practices had signed up to this since April."),
    ("sub", "(d)", "Cllr Diane Mossop wished to know whether the supervised toothbrushing scheme in "
                   "nurseries and primary schools would continue. The Director of Public Health "
                   "confirmed that the scheme had been funded for a further two years and would be "
                   "extended to 20 more early years settings from January."),
    ("sub", "(e)", "Cllr Peter Fearon commented that the situation had become a crisis, with "
                   "residents being pushed into paying for private treatment which many of them "
                   "could not afford."),
    ("sub", "(f)", "The Chair asked that the ICB provide the Committee with a breakdown, by "
                   "practice, of the NHS dental activity commissioned and delivered in 2024/25. "
                   "Ms Tyson agreed to provide this information before the next meeting."),
    ("p", "Cllr Fearon moved, and Cllr Dockray seconded, that the Committee write to the Secretary "
          "of State for Health and Social Care calling for the national dental contract to be "
          "abolished and replaced by a salaried dental service. Following debate, the motion was "
          "put to the vote and was lost, with 4 votes for, 7 against and 1 abstention."),
    ("res", "That:", [
        ("(1)", "the presentation be noted;"),
        ("(2)", "the Chair write to the Chief Executive of North Fells and Coast Integrated Care "
                "Board setting out the Committee's concern about access to NHS dentistry in the west "
                "of the county; and"),
        ("(3)", "a further update, including progress with the mobile dental unit, be brought to "
                "the Committee in March 2026."),
    ]),

    ("minute", "28", "Youth Vaping"),
    ("p", "Considered the report of the Director of Public Health (copy appended to the signed "
          "Minutes) on vaping among children and young people in Wrynfell and the action being "
          "taken by the County Council and its partners. The report drew on the 2025 Wrynfell "
          "Schools Health Survey, in which 23% of Year 10 pupils said they had tried a vape and 9% "
          "said they vaped regularly, compared with 17% and 6% in 2022. The report described the "
          "joint approach taken by Public Health and Trading Standards, which combined "
          "enforcement against retailers selling to under-18s and illegal products, lessons on "
          "vaping within the personal, social and health education programme in secondary "
          "schools, and support for young people who wished to stop."),
    ("p", "Dr Fiona Harker, Director of Public Health, and Martin Routledge, Head of Trading "
          "Standards, presented the report. Members commented and asked questions as follows:"),
    ("sub", "(a)", "Cllr Mrs Ann Postlethwaite asked whether there was any evidence that vapes sold "
                   "to young people contained harmful substances other than nicotine. Mr Routledge "
                   "reported that of 120 products seized and tested in the last year, 31 had "
                   "exceeded the legal limit for nicotine and several contained high levels of lead "
                   "and nickel."),
    ("sub", "(b)", "Concern was expressed that flavoured products in brightly coloured packaging "
                   "continued to be displayed in shop windows close to schools. In response, the "
                   "Director of Public Health stated that the Tobacco and Vapes Bill would give "
                   "powers to restrict flavours and displays, and that the County Council had "
                   "responded in support to the national consultation."),
    ("sub", "(c)", "Cllr Karen Wilkinson-Oddie asked what help was available to young people who "
                   "wanted to stop vaping. The Consultant in Public Health explained that the school "
                   "nursing service offered one-to-one support in all secondary schools, and that a "
                   "pilot in three secondary schools in Scarrowby offered an alternative to "
                   "exclusion for pupils found vaping on site."),
    ("sub", "(d)", "A Member noted that vaping remained an effective way for adult smokers to quit "
                   "and cautioned against messages that might put them off switching. The Director "
                   "of Public Health agreed, and said that the Council's messaging distinguished "
                   "clearly between adults who were trying to stop smoking and children who had "
                   "never smoked."),
    ("sub", "(e)", "Cllr Michael Satterthwaite queried whether Trading Standards had enough "
                   "officers to carry out test purchasing across such a large and rural county. "
                   "Mr Routledge advised that the team had been strengthened by two posts funded "
                   "from the national enforcement grant until March 2026, but that the position "
                   "after that date was uncertain."),
    ("sub", "(f)", "Cllr Ravi Sandhu asked that the figures for test purchasing be broken down by "
                   "district in future reports to the Committee."),
    ("res", "That the report on youth vaping, and the comments of Members, be noted.", []),

    ("minute", "29", "Planned Care Waiting Times and Use of the Independent Sector"),
    ("p", "Rachel Hodgson-Ward, Director of Operations (Planned Care), and Dr Ian Capstick, Medical "
          "Director, Kelsthwaite Hospitals NHS Foundation Trust, presented a report on waiting "
          "times for planned operations and outpatient appointments, and on the Trust's use of "
          "independent sector providers to reduce its waiting list."),
    ("p", "The report stated that at the end of July 2025 the Trust's waiting list stood at "
          "48,900, with 61.3% of patients waiting less than 18 weeks against a national target of "
          "65% by March 2026, and that 212 patients had waited more than 65 weeks. Since January "
          "the Trust had sent around 2,400 orthopaedic, ophthalmology and general surgery "
          "procedures to two independent sector hospitals, Larchfield Hospital in Kelsthwaite and "
          "the Beckside Treatment Centre in Scarrowby."),
    ("p", "Dr Capstick added that the Trust's new day surgery unit at Kelsthwaite General Hospital "
          "was due to open in April 2026 and would provide an additional 3,000 procedures a year, "
          "which was expected to reduce the Trust's reliance on the independent sector over the "
          "following two years."),
    ("p", "The following points were raised in discussion:"),
    ("sub", "(a)", "Cllr Peter Fearon expressed concern that public money was being used to build up "
                   "private hospitals rather than NHS capacity, and asked how much had been paid to "
                   "the two providers. Mrs Hodgson-Ward stated that the total paid in 2024/25 had "
                   "been \u00a37.8m, at national tariff prices, and that the Trust did not pay more "
                   "than it would cost to treat the patient itself."),
    ("sub", "(b)", "A Member queried whether patients were given a choice about being transferred to "
                   "an independent hospital, and whether follow-up care would be provided locally. "
                   "It was confirmed that patients could decline a transfer without losing their "
                   "place on the waiting list, and that all follow-up appointments took place at "
                   "the Trust's own hospitals."),
    ("sub", "(c)", "Cllr Shona Dockray asked about the quality of care in the independent sector and "
                   "who was responsible if something went wrong. Dr Capstick advised that both "
                   "providers were rated Good by the Care Quality Commission, that the Trust "
                   "received monthly quality reports from each, and that the Trust's own consultants "
                   "reviewed any serious incident."),
    ("sub", "(d)", "Cllr Gordon Thexton raised the effect on the training of NHS surgeons, given that "
                   "routine cases suitable for doctors in training were being sent elsewhere. "
                   "Dr Capstick acknowledged this risk and explained that the Trust retained a "
                   "proportion of routine lists for training purposes."),
    ("sub", "(e)", "The Vice-Chair sought clarification as to how long patients were waiting for a "
                   "first outpatient appointment in dermatology, which had been raised with him by "
                   "several residents. Mrs Hodgson-Ward undertook to provide the figures after the "
                   "meeting."),
    ("sub", "(f)", "Cllr Hilary Grisedale asked how patients facing long waits were kept informed "
                   "and supported while they waited. It was explained that the Trust had written to "
                   "every patient waiting over 40 weeks and had introduced a \u201cwaiting well\u201d "
                   "service offering help with weight loss, stopping smoking and pain management."),
    ("sub", "(g)", "Mr Bewley commented that Healthwatch Wrynfell had heard from a number of patients "
                   "whose operations had been cancelled on the day, in some cases more than once."),
    ("res", "That:", [
        ("(1)", "the report be noted;"),
        ("(2)", "the Trust be requested to provide the Committee with the outpatient waiting times "
                "for dermatology and a breakdown of the procedures carried out by independent sector "
                "providers by specialty; and"),
        ("(3)", "a further report on planned care waiting times be included in the Committee's "
                "work programme for February 2026."),
    ]),

    ("minute", "30", "Work Programme"),
    ("p", "Considered the report of the Senior Scrutiny Officer setting out the Committee's work "
          "programme for 2025/26 (copy appended to the signed Minutes). The Senior Scrutiny Officer "
          "reminded Members that the task and finish group on discharge from hospital would report "
          "its findings to the Committee in March 2026, and that the annual report of Healthwatch "
          "Wrynfell would be received at the November meeting."),
    ("sub", "(a)", "Cllr Tom Lickbarrow requested that the Committee receive a report on the "
                   "availability of NHS mental health beds for adults, following the temporary "
                   "closure of a ward at the Thwaite Unit in Kelsthwaite. The Chair agreed that this "
                   "be considered at the January meeting."),
    ("sub", "(b)", "In response to a question from Cllr Mrs Postlethwaite about when the Committee "
                   "would consider the winter plan for urgent care, the Senior Scrutiny Officer "
                   "advised that the Integrated Care Board had been asked to attend the November "
                   "meeting."),
    ("p", "Cllr Gordon Thexton left the meeting at 12.20 pm during consideration of this item."),
    ("res", "That the work programme be approved, subject to the addition of a report on adult "
            "mental health inpatient beds in January 2026.", []),

    ("minute", "31", "Date and Time of Next Meeting"),
    ("res", "That it be noted that the next meeting of the Committee will be held on Friday "
            "21 November 2025 at 10.00 am in the Council Chamber, County Hall, Kelsthwaite.", []),
]


def build_minutes(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class Minutes(FPDF):
        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("DejaVu", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, "Scrutiny of Health Committee \u2013 Minutes \u2013 Friday 19 September 2025",
                      align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, f"Page {self.page_no()}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = Minutes(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Scrutiny of Health Committee - 19 September 2025")
    pdf.set_author("Democratic Services, Wrynfell County Council")
    pdf.set_creator("Microsoft Word")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.add_font("DejaVu", "BI", str(FONT_DIR / "DejaVuSans-BoldOblique.ttf"))
    pdf.add_page()

    left = 20.0
    num_w = 13.0
    body_x = left + num_w
    body_w = 210 - 20 - body_x
    line_h = 4.8

    # page furniture at the top of the first page
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 5, "Public Document Pack", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 8, "Wrynfell County Council", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "Scrutiny of Health Committee", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(0, 5, "Minutes of the meeting held in the Council Chamber, County Hall, "
                         "Kelsthwaite on Friday 19 September 2025, commencing at 10.00 am.",
                   align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    label_w = 42.0
    for label, lines in ATTENDANCE:
        pdf.set_font("DejaVu", "B", 9.5)
        y0 = pdf.get_y()
        pdf.set_xy(left, y0)
        pdf.cell(label_w, line_h, label)
        pdf.set_font("DejaVu", "", 9.5)
        for i, line in enumerate(lines):
            pdf.set_xy(left + label_w, y0 + i * line_h)
            pdf.cell(0, line_h, line.strip() if not line.startswith("    ") else "    " + line.strip())
        pdf.set_y(y0 + len(lines) * line_h + 2.5)
    pdf.ln(1)
    pdf.set_font("DejaVu", "I", 8.5)
    pdf.multi_cell(0, 4.5, "Copies of the reports considered at the meeting are held with the "
                           "signed Minutes and are available on the County Council's website.",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_draw_color(0, 0, 0)
    pdf.line(left, pdf.get_y(), 190, pdf.get_y())
    pdf.ln(4)

    def ensure(space: float) -> None:
        if pdf.get_y() + space > pdf.h - 22:
            pdf.add_page()

    pdf.set_font("DejaVu", "", 9.5)
    for block in BODY:
        kind = block[0]
        if kind == "minute":
            _, number, title = block
            ensure(22)
            pdf.ln(2.5)
            y = pdf.get_y()
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.set_xy(left, y)
            pdf.cell(num_w, 6, f"{number}.")
            pdf.set_xy(body_x, y)
            pdf.multi_cell(body_w, 6, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
            pdf.set_font("DejaVu", "", 9.5)
        elif kind == "p":
            pdf.set_x(body_x)
            pdf.multi_cell(body_w, line_h, block[1], markdown=True, align="J",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        elif kind == "sub":
            _, marker, text = block
            ensure(10)
            y = pdf.get_y()
            pdf.set_xy(body_x, y)
            pdf.cell(9, line_h, marker)
            pdf.set_xy(body_x + 9, y)
            pdf.multi_cell(body_w - 9, line_h, text, markdown=True, align="J",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        elif kind == "quote":
            pdf.set_font("DejaVu", "I", 9.5)
            pdf.set_x(body_x + 9)
            pdf.multi_cell(body_w - 18, line_h, block[1], align="J",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_font("DejaVu", "", 9.5)
            pdf.ln(2)
        elif kind == "res":
            _, lead, parts = block
            ensure(14)
            pdf.set_x(body_x)
            pdf.multi_cell(body_w, line_h, f"**Resolved -** {lead}", markdown=True, align="J",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
            for marker, text in parts:
                y = pdf.get_y()
                pdf.set_xy(body_x + 6, y)
                pdf.cell(9, line_h, marker)
                pdf.set_xy(body_x + 15, y)
                pdf.multi_cell(body_w - 15, line_h, text, align="J",
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(1.5)
            pdf.ln(1)
        else:
            raise ValueError(kind)

    ensure(40)
    pdf.ln(4)
    pdf.set_x(body_x)
    pdf.multi_cell(body_w, line_h, "The meeting concluded at 12.41 pm.",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(12)
    pdf.set_x(body_x)
    pdf.cell(0, line_h, "Chair .......................................................",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.set_x(body_x)
    pdf.cell(0, line_h, "Date ........................................................",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.set_font("DejaVu", "I", 7.5)
    pdf.set_x(body_x)
    pdf.cell(0, 4, "LW/ScrutinyHealth/190925", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The agenda front sheet for the next meeting (a web page)
# ---------------------------------------------------------------------------

AGENDA_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agenda for Scrutiny of Health Committee on Friday 21 November 2025, 10.00 am | Wrynfell County Council</title>
<link rel="stylesheet" href="/site/css/wcc-main.css">
</head>
<body class="committee-meeting">
<a class="skip-link" href="#content">Skip to main content</a>
<header class="site-header">
  <div class="logo"><a href="/"><img src="/site/img/wrynfell-logo.svg" alt="Wrynfell County Council home page"></a></div>
  <form class="site-search" action="/search" method="get">
    <label for="q">Search this site</label> <input id="q" name="q" type="search"> <button type="submit">Search</button>
  </form>
  <nav class="main-menu" aria-label="Main menu">
    <ul>
      <li><a href="/bins-recycling">Bins and recycling</a></li>
      <li><a href="/roads-travel">Roads and travel</a></li>
      <li><a href="/schools">Schools and learning</a></li>
      <li><a href="/adult-social-care">Adult social care</a></li>
      <li><a href="/council-democracy">Council and democracy</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/council-democracy">Council and democracy</a></li>
    <li><a href="/council-democracy/committees">Councillors and committees</a></li>
    <li><a href="/council-democracy/committees/scrutiny-of-health">Scrutiny of Health Committee</a></li>
    <li>Agenda: 21 November 2025</li>
  </ol>
</nav>
<main id="content">
<h1>Scrutiny of Health Committee</h1>
<p class="meeting-date"><strong>Date:</strong> Friday 21 November 2025<br>
<strong>Time:</strong> 10.00 am<br>
<strong>Venue:</strong> Council Chamber, County Hall, Kelsthwaite</p>
<p class="contact"><strong>Contact:</strong> Daniel Skelly, Democratic Services Officer &ndash;
email <a href="mailto:democratic.services@wrynfell.gov.uk">democratic.services@wrynfell.gov.uk</a></p>

<div class="notice">
<p>This meeting will be broadcast live and recorded, and the recording will be available on the
County Council's YouTube channel for six months afterwards. Members of the public are welcome to
attend and observe the meeting, and may ask a question or make a statement under agenda item 4 if
they have given notice in advance (see below).</p>
</div>

<h2>Membership</h2>
<h3>County Councillors (10)</h3>
<ul class="membership">
  <li>Judith Armistead (Chair)</li>
  <li>Neville Blamire (Vice-Chair)</li>
  <li>Margaret Coulthard</li>
  <li>Shona Dockray</li>
  <li>Peter Fearon</li>
  <li>David Ferreira</li>
  <li>Hilary Grisedale</li>
  <li>Tom Lickbarrow</li>
  <li>Mrs Ann Postlethwaite</li>
  <li>Ravi Sandhu</li>
  <li>Gordon Thexton</li>
</ul>
<h3>Co-opted Members (Borough and District Councils) (3)</h3>
<ul class="membership">
  <li>Stuart Irving &ndash; Marrbeck District Council</li>
  <li>Diane Mossop &ndash; Scarrowby Borough Council</li>
  <li>Michael Satterthwaite &ndash; Staveholme District Council</li>
</ul>
<p class="note">Members are reminded that they should arrange for a substitute to attend if they
are unable to be present, and should let Democratic Services know the name of their substitute
before the start of the meeting.</p>

<h2>Agenda</h2>
<p class="agenda-intro">Business to be transacted</p>
<ol class="agenda-items">
<li>
  <h3>Apologies for Absence and Substitutions</h3>
</li>
<li>
  <h3>Declarations of Interest</h3>
  <p>All Members are invited to declare at this point any interests they have in items appearing
  on this agenda, including the nature of those interests.</p>
</li>
<li>
  <h3>Minutes of the meeting held on 19 September 2025</h3>
  <p>(Pages 1 &ndash; 12)</p>
  <p class="purpose">To confirm, and for the Chair to sign, the Minutes of the meeting held on
  19 September 2025.</p>
</li>
<li>
  <h3>Public Questions or Statements</h3>
  <p>Members of the public may ask questions or make statements at this meeting if they have given
  notice (including the text of the question or statement) to Daniel Skelly, Democratic Services
  Officer, of Legal and Democratic Services (contact details above) by midday on Tuesday
  18 November 2025. Each speaker should limit themselves to three minutes on any item. Members
  of the public who have given notice will be invited to speak:</p>
  <ul>
    <li>at this point in the meeting, if their questions or statements relate to matters which are
    not otherwise on the agenda (subject to an overall time limit of 30 minutes);</li>
    <li>when the relevant agenda item is being considered, if they wish to speak on a matter which
    is on the agenda for this meeting.</li>
  </ul>
  <p>If you are exercising your right to speak at this meeting, but do not wish to be recorded,
  please inform the Chair, who will instruct those taking a recording to cease while you speak.</p>
</li>
<li>
  <h3>Chair's Remarks</h3>
  <p>Any correspondence, communication or other business brought forward by the direction of the
  Chair of the Committee.</p>
</li>
<li>
  <h3>Urgent and Emergency Care &ndash; Winter Plan 2025/26</h3>
  <p>(Pages 13 &ndash; 30)</p>
  <p class="purpose">Presentation by North Fells and Coast Integrated Care Board, Kelsthwaite
  Hospitals NHS Foundation Trust and the Director of Adult Social Care on plans to manage demand
  on urgent and emergency care services over the winter.</p>
  <div class="lines-of-enquiry">
    <p><strong>Suggested lines of enquiry.</strong> In considering the presentation, the Committee
    may wish to ask:</p>
    <ul>
      <li>How confident are partners that the additional capacity described in the plan can be
      staffed, particularly in the community hospitals?</li>
      <li>What has been learned from last winter, when ambulance handover delays at Kelsthwaite
      were among the longest in the region?</li>
      <li>How will people living in the upper dales and on the coast be able to get urgent care
      close to home if roads are closed by snow?</li>
      <li>What role will care homes and home care providers play in helping people to leave
      hospital as soon as they are well enough?</li>
    </ul>
  </div>
  <p class="recommendation"><strong>Recommendation:</strong> That the Committee considers the
  presentation and identifies any matters on which it would like further information.</p>
</li>
<li>
  <h3>Response to the Committee's Comments on NHS Dental Services</h3>
  <p>(Pages 31 &ndash; 36)</p>
  <p class="purpose">Report of the Head of Primary Care Commissioning (Dental), North Fells and
  Coast Integrated Care Board, responding to the points made by the Committee at its meeting on
  19 September 2025 and to the Chair's subsequent letter. A summary of the response is set out
  below; the full report is attached.</p>
  <table class="you-asked">
    <caption>You asked / We said</caption>
    <thead>
      <tr><th scope="col">You asked</th><th scope="col">We said</th></tr>
    </thead>
    <tbody>
      <tr>
        <td>Could the ICB give a breakdown, practice by practice, of the NHS dental activity it
        bought and what was actually delivered last year?</td>
        <td>Yes. The breakdown for all 34 NHS practices in the county is at Appendix 1. Overall,
        89% of commissioned activity was delivered in 2024/25.</td>
      </tr>
      <tr>
        <td>What is being done for families in the west of the county who are being offered
        urgent appointments a long way from home?</td>
        <td>A mobile dental unit will visit four coastal towns on a fortnightly rota from February
        2026. Urgent appointments are now allocated to the nearest practice with a free session.</td>
      </tr>
      <tr>
        <td>How many more practices will take part in the scheme that pays for sessions set aside
        for new patients?</td>
        <td>Seven practices have now signed up, three more than in September. We are talking to
        a further five.</td>
      </tr>
      <tr>
        <td>Will the Committee be told when a practice plans to hand back its NHS contract?</td>
        <td>We will let the Senior Scrutiny Officer know within five working days of receiving
        notice from any practice in Wrynfell.</td>
      </tr>
    </tbody>
  </table>
  <p class="recommendation"><strong>Recommendation:</strong> That the Committee notes the response
  and considers whether any further information is required before the update due in March 2026.</p>
</li>
<li>
  <h3>Healthwatch Wrynfell &ndash; Annual Report 2024/25</h3>
  <p>(Pages 37 &ndash; 58)</p>
  <p class="purpose">The Chief Officer of Healthwatch Wrynfell will present the organisation's
  annual report, which summarises what local people told Healthwatch during the year, the visits
  it made to services and the changes made as a result.</p>
  <div class="lines-of-enquiry">
    <p><strong>Questions the Committee may wish to consider:</strong></p>
    <ul>
      <li>Which of the issues raised with Healthwatch during the year should the Committee
      include in its own work programme?</li>
      <li>Are NHS organisations and the County Council responding to Healthwatch recommendations
      within the agreed timescales?</li>
      <li>How well are the views of people who do not go online, or who do not speak English as
      a first language, being heard?</li>
    </ul>
  </div>
  <p class="recommendation"><strong>Recommendation:</strong> That the annual report be noted and
  that Healthwatch Wrynfell be thanked for its work during 2024/25.</p>
</li>
<li>
  <h3>Work Programme</h3>
  <p>(Pages 59 &ndash; 66)</p>
  <p class="purpose">Report of the Senior Scrutiny Officer. The work programme includes the report
  on adult mental health inpatient beds requested at the last meeting, which is scheduled for
  23 January 2026.</p>
  <p class="recommendation"><strong>Recommendation:</strong> That the Committee reviews its work
  programme and agrees any changes.</p>
</li>
<li>
  <h3>Other business which the Chair agrees should be considered as a matter of urgency because of
  special circumstances</h3>
</li>
</ol>

<h2>Documents</h2>
<ul class="documents">
  <li><a href="/documents/s48211/Agenda%20frontsheet%2021-Nov-2025.pdf">Agenda frontsheet (PDF, 214 KB)</a></li>
  <li><a href="/documents/s48212/Public%20reports%20pack%2021-Nov-2025.pdf">Public reports pack (PDF, 3 MB)</a></li>
  <li><a href="/documents/s48213/Minutes%2019-Sep-2025.pdf">Minutes of the previous meeting (PDF, 188 KB)</a></li>
</ul>

<h2>Accessibility and further information</h2>
<p>If you would like this agenda in another format or language, such as large print, Braille or
audio, please contact Democratic Services. Hearing loops are available in the Council Chamber.</p>
<p>If the fire alarm sounds, please leave by the nearest exit and assemble in the rear car park.
Do not use the lifts.</p>
<p class="signed">Jonathan Calvert<br>Assistant Chief Executive (Legal and Democratic Services)<br>
County Hall, Kelsthwaite<br>Published: Thursday 13 November 2025</p>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/accessibility">Accessibility statement</a></li>
    <li><a href="/privacy">Privacy and cookies</a></li>
    <li><a href="/contact">Contact us</a></li>
  </ul>
  <p>&copy; Wrynfell County Council</p>
</footer>
</body>
</html>
"""


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
    "committee": "Scrutiny of Health Committee",
    "meeting_date": "2025-09-19",
    "items": [
        {"number": "21", "title": "Apologies for Absence and Substitutions"},
        {"number": "22", "title": "Declarations of Interest"},
        {"number": "23", "title": "Minutes"},
        {"number": "24", "title": "Public Questions or Statements"},
        {"number": "25", "title": "Chair's Remarks"},
        {"number": "26", "title": "Re-procurement of the Adult Drug and Alcohol Treatment and "
                                  "Recovery Service"},
        {"number": "27", "title": "NHS Dental Services in Wrynfell"},
        {"number": "28", "title": "Youth Vaping"},
        {"number": "29", "title": "Planned Care Waiting Times and Use of the Independent Sector"},
        {"number": "30", "title": "Work Programme"},
        {"number": "31", "title": "Date and Time of Next Meeting"},
    ],
    "questions": [
        # 24 public questions or statements
        q("24", "concern",
          "We are concerned that the decision was taken without any consultation with patients",
          "Mr Arnold Tebay",
          "a written response would be circulated to Members and sent to Mr Tebay",
          "Chair", ["primary-care", "patient-and-public-input"]),
        q("24", "question",
          "What powers does the County Council have to stop shops near schools",
          "Mrs Lorna Birkett",
          "In the last year there were 41 test purchases in the county",
          "Director of Public Health", ["public-health", "children-and-families"]),
        # 26 drug and alcohol re-procurement (officer's points (a)-(d) are not rows)
        q("26", "question",
          "asked why the service could not be brought back in-house",
          "Cllr Peter Fearon",
          "an in-house service would cost approximately £450,000 a year more",
          "Director of Public Health", ["privatisation", "finance", "workforce",
                                        "public-health"]),
        q("26", "concern",
          "the subcontracts held by small local charities could be lost if a large national company",
          "Cllr Shona Dockray",
          "the specification would require bidders to set out how they would work",
          "Ms Pickthall", ["subcontracting", "privatisation", "public-health"]),
        q("26", "question",
          "wished to know how people who use the service had been involved",
          None,
          "two people with lived experience would sit on the evaluation panel",
          None, ["patient-and-public-input", "public-health"]),
        q("26", "question",
          "queried whether the County Council would be tied into a seven-year commitment",
          "Cllr Gordon Thexton",
          "the contract would contain a break clause allowing its value to be reduced",
          None, ["finance", "subcontracting", "public-health"]),
        q("26", "request",
          "the upper dales and the western valleys had very limited access",
          "Vice-Chair", None, None, ["subcontracting", "public-health"]),
        q("26", "concern",
          "Reassurance was sought that the performance of the current provider would be properly managed",
          None,
          "monthly contract meetings would continue and that the current provider had given assurances",
          "Director of Public Health", ["subcontracting", "workforce", "public-health"]),
        # 27 dental services
        q("27", "question",
          "asked how many people were waiting for an NHS dentist in the county",
          "Cllr Tom Lickbarrow",
          "there was no central waiting list, as patients register with individual practices",
          "Ms Tyson", ["primary-care"]),
        q("27", "concern",
          "raised concerns about the distance that families in the west of the county",
          None,
          "the ICB was looking at a mobile dental unit for the coastal towns",
          "Ms Tyson", ["primary-care"]),
        q("27", "question",
          "asked what could be done locally, given that the dental contract is set nationally",
          "Cllr Ravi Sandhu",
          "the ICB was using flexible commissioning to pay practices for sessions",
          None, ["primary-care", "subcontracting"]),
        q("27", "question",
          "wished to know whether the supervised toothbrushing scheme in nurseries and primary schools",
          "Cllr Diane Mossop",
          "the scheme had been funded for a further two years",
          "Director of Public Health", ["primary-care", "public-health", "children-and-families",
                                        "finance"]),
        q("27", "comment",
          "residents being pushed into paying for private treatment which many of them could not afford",
          "Cllr Peter Fearon", None, None, ["primary-care", "privatisation"]),
        q("27", "request",
          "asked that the ICB provide the Committee with a breakdown, by practice",
          "Chair",
          "Ms Tyson agreed to provide this information before the next meeting",
          "Ms Tyson", ["primary-care"]),
        # 28 youth vaping
        q("28", "question",
          "asked whether there was any evidence that vapes sold to young people contained harmful",
          "Cllr Mrs Ann Postlethwaite",
          "31 had exceeded the legal limit for nicotine and several contained high levels",
          "Mr Routledge", ["public-health", "children-and-families"]),
        q("28", "concern",
          "flavoured products in brightly coloured packaging continued to be displayed in shop windows",
          None,
          "the Tobacco and Vapes Bill would give powers to restrict flavours and displays",
          "Director of Public Health", ["public-health", "children-and-families"]),
        q("28", "question",
          "asked what help was available to young people who wanted to stop vaping",
          "Cllr Karen Wilkinson-Oddie",
          "the school nursing service offered one-to-one support in all secondary schools",
          "Consultant in Public Health", ["public-health", "children-and-families"]),
        q("28", "comment",
          "vaping remained an effective way for adult smokers to quit",
          None,
          "the Council's messaging distinguished clearly between adults who were trying to stop smoking",
          "Director of Public Health", ["public-health"]),
        q("28", "question",
          "queried whether Trading Standards had enough officers to carry out test purchasing",
          "Cllr Michael Satterthwaite",
          "the team had been strengthened by two posts funded from the national enforcement grant",
          "Mr Routledge", ["public-health", "workforce", "finance"]),
        q("28", "request",
          "asked that the figures for test purchasing be broken down by district",
          "Cllr Ravi Sandhu", None, None, ["public-health"]),
        # 29 planned care waiting times
        q("29", "concern",
          "public money was being used to build up private hospitals rather than NHS capacity",
          "Cllr Peter Fearon",
          "the total paid in 2024/25 had been £7.8m, at national tariff prices",
          "Mrs Hodgson-Ward", ["privatisation", "finance", "subcontracting"]),
        q("29", "question",
          "queried whether patients were given a choice about being transferred to an independent hospital",
          None,
          "patients could decline a transfer without losing their place on the waiting list",
          None, ["subcontracting"]),
        q("29", "question",
          "asked about the quality of care in the independent sector",
          "Cllr Shona Dockray",
          "both providers were rated Good by the Care Quality Commission",
          "Dr Capstick", ["subcontracting", "governance"]),
        q("29", "concern",
          "raised the effect on the training of NHS surgeons",
          "Cllr Gordon Thexton",
          "the Trust retained a proportion of routine lists for training purposes",
          "Dr Capstick", ["workforce"]),
        q("29", "question",
          "sought clarification as to how long patients were waiting for a first outpatient appointment",
          "Vice-Chair",
          "undertook to provide the figures after the meeting",
          "Mrs Hodgson-Ward", []),
        q("29", "question",
          "asked how patients facing long waits were kept informed and supported",
          "Cllr Hilary Grisedale",
          "the Trust had written to every patient waiting over 40 weeks",
          None, ["public-health"]),
        q("29", "comment",
          "Healthwatch Wrynfell had heard from a number of patients whose operations had been cancelled",
          "Mr Bewley", None, None, ["patient-and-public-input"]),
        # 30 work programme
        q("30", "request",
          "requested that the Committee receive a report on the availability of NHS mental health beds",
          "Cllr Tom Lickbarrow",
          "The Chair agreed that this be considered at the January meeting",
          "Chair", ["mental-health"]),
        q("30", "question",
          "when the Committee would consider the winter plan for urgent care",
          "Cllr Mrs Postlethwaite",
          "the Integrated Care Board had been asked to attend the November meeting",
          "Senior Scrutiny Officer", []),
    ],
    "resolutions": [
        res("23", "be taken as read and be confirmed and signed by the Chair", "agreed", []),
        res("26", "the proposed approach to the re-procurement of the adult drug and alcohol",
            "agreed", ["subcontracting", "public-health"]),
        res("27", "calling for the national dental contract to be abolished and replaced",
            "rejected", ["primary-care"]),
        res("27", "the Chair write to the Chief Executive of North Fells and Coast",
            "agreed", ["primary-care"]),
        res("28", "the report on youth vaping, and the comments of Members, be noted",
            "noted", ["public-health", "children-and-families"]),
        res("29", "a breakdown of the procedures carried out by independent sector providers by specialty",
            "agreed", ["subcontracting"]),
        res("30", "subject to the addition of a report on adult mental health inpatient beds",
            "agreed", ["mental-health"]),
        res("31", "it be noted that the next meeting of the Committee will be held",
            "noted", []),
    ],
    "attendees": [
        att("Cllr Judith Armistead", "Chair", "present"),
        att("Cllr Neville Blamire", "Vice-Chair", "present"),
        att("Cllr Shona Dockray", None, "present"),
        att("Cllr Peter Fearon", None, "present"),
        att("Cllr Hilary Grisedale", None, "present"),
        att("Cllr Tom Lickbarrow", None, "present"),
        att("Cllr Mrs Ann Postlethwaite", None, "present"),
        att("Cllr Ravi Sandhu", None, "present"),
        att("Cllr Gordon Thexton", None, "present"),
        att("Cllr Karen Wilkinson-Oddie", None, "present"),
        att("Cllr Diane Mossop", "Scarrowby Borough Council", "present"),
        att("Cllr Michael Satterthwaite", "Staveholme District Council", "present"),
        att("Cllr Colin Brockbank", "Cabinet Member for Adult Social Care and Public Health",
            "in_attendance"),
        att("Dr Fiona Harker", "Director of Public Health", "in_attendance"),
        att("Sian Pickthall", "Consultant in Public Health", "in_attendance"),
        att("Martin Routledge", "Head of Trading Standards", "in_attendance"),
        att("Andrew Nixon", "Senior Scrutiny Officer", "in_attendance"),
        att("Lucy Wren", "Democratic Services Officer", "in_attendance"),
        att("Dr Ian Capstick", "Medical Director, Kelsthwaite Hospitals NHS Foundation Trust",
            "in_attendance"),
        att("Rachel Hodgson-Ward",
            "Director of Operations (Planned Care), Kelsthwaite Hospitals NHS Foundation Trust",
            "in_attendance"),
        att("Joanne Tyson",
            "Head of Primary Care Commissioning (Dental), North Fells and Coast Integrated Care "
            "Board", "in_attendance"),
        att("Kevin Bewley", "Chief Officer, Healthwatch Wrynfell", "in_attendance"),
        att("Cllr Margaret Coulthard", None, "apologies"),
        att("Cllr David Ferreira", None, "apologies"),
        att("Cllr Stuart Irving", "Marrbeck District Council", "apologies"),
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
    (DOCS / AGENDA_NAME).write_bytes(AGENDA_HTML.encode("utf-8"))
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
    for gold_path in sorted(GOLD.glob("qa-*.json")):
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
