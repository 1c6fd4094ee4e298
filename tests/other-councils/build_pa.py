#!/usr/bin/env python3
"""Build the "pa-" documents (round 209) and their gold annotations.

Usage:  build_pa.py           build documents/pa-* and gold/pa-*.json
        build_pa.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "pa-thornmoss-healthy-communities-housing-scrutiny-2025-01-20.pdf"
NEWS_NAME = "pa-thornmoss-news-careline-response-service-2025-03-14.html"

FIXED = dt.datetime(2025, 1, 27, 14, 12, 0, tzinfo=dt.timezone.utc)

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Blocks:
#   ("head", number, title)   minute number in the margin, bold capital title
#   ("p", text)               indented paragraph
#   ("bul", [items])          bulleted list in the indented column
#   ("moved", text)           the mover and seconder, own line
#   ("res", text)             "RESOLVED ..." paragraph; text starts with the bold word
#   ("cl", text)              a resolution clause "(1) ...", indented further
#   ("action", text)          the officer responsible, bold, in brackets, right
#   ("note", text)            italic note in the indented column

COMMITTEE = "Healthy Communities and Housing Scrutiny Committee"

HEAD_LINES = [
    "Minutes of a meeting of the Healthy Communities and Housing Scrutiny Committee of "
    "the Thornmoss District Council held in the Council Chamber, The Beacon, Thornmoss "
    "on Monday 20th January 2025 at 10:00 hours.",
]

PRESENT = [
    ("label", "PRESENT:-"),
    ("label", "Members:-"),
    ("line", "Councillor Rowena Hatterby in the Chair"),
    ("line", "Councillors Derek Bramall, Catherine Fothergill, Lyn Greatorex, Peter "
             "Hinchliffe, Jenny Kirkland, Stuart Mellors, Amanda Pegg and Trevor "
             "Widdowson."),
    ("run", "Officers:-", "Sharon Leivers (Assistant Director of Housing Management and "
            "Enforcement), Mark Stanyard (Housing Strategy and Enabling Manager), Claire "
            "Ollerenshaw (Careline and Independent Living Manager), Nadeem Qureshi "
            "(Environmental Health Manager), Joanne Bestwick (Scrutiny Officer) and Kieran "
            "Lowe (Governance and Civic Officer)."),
    ("line", "Also in attendance at the meeting were Helen Swindell (Head of Primary Care "
             "Commissioning (Dental), Erewood and Dales Integrated Care Board), Dr Ayesha "
             "Khatun (Consultant in Public Health, Erewoodshire County Council) and Gareth "
             "Rowbotham (Principal Trading Standards Officer, Erewoodshire County Council)."),
    ("line", "Councillor Maureen Tatlow (Portfolio Holder for Housing) attended the meeting "
             "for Minute No. HCH47-24/25."),
    ("line", "Also in attendance at the meeting, observing, was Councillor Dennis Cupit "
             "(Portfolio Holder for Health and Wellbeing)."),
]

BODY = [
    ("head", "HCH41-24/25", "APOLOGIES"),
    ("p", "Apologies for absence were received on behalf of Councillors Ian Bagshaw and "
          "Pauline Scattergood."),

    ("head", "HCH42-24/25", "URGENT ITEMS OF BUSINESS"),
    ("p", "There were no urgent items of business to consider."),

    ("head", "HCH43-24/25", "DECLARATIONS OF INTEREST"),
    ("p", "Minute No. HCH46-24/25 \u2013 Councillor Amanda Pegg declared a Non-Registrable "
          "Interest as a close family member was employed as a dental nurse at a practice "
          "in the District. Councillor Pegg remained in the meeting and took part in the "
          "discussion on the item."),
    ("p", "Minute No. HCH47-24/25 \u2013 Councillor Trevor Widdowson declared a "
          "Non-Registrable Interest as a close relative was a Careline customer. Councillor "
          "Widdowson remained in the meeting and took part in the discussion on the item."),

    ("head", "HCH44-24/25", "MINUTES \u2013 25TH NOVEMBER 2024"),
    ("moved", "Moved by Councillor Derek Bramall and seconded by Councillor Jenny Kirkland"),
    ("res", "**RESOLVED** that the Minutes of a meeting of the Healthy Communities and Housing "
            "Scrutiny Committee held on 25th November 2024 be approved as a true and "
            "correct record."),

    ("head", "HCH45-24/25", "LIST OF KEY DECISIONS AND ITEMS TO BE CONSIDERED IN PRIVATE"),
    ("p", "Committee considered the List of Key Decisions and Items to be Considered in "
          "Private document. Members noted that the decision on the future of the Careline "
          "mobile response service was listed for the meeting of Executive on 10th March "
          "2025, and that Executive would be informed by the Committee\u2019s consideration "
          "of the matter at Minute No. HCH47-24/25 below."),
    ("res", "**RESOLVED** that the List of Key Decisions and Items to be Considered in "
            "Private document be noted."),

    ("head", "HCH46-24/25", "ACCESS TO NHS DENTISTRY IN THE DISTRICT \u2013 PRESENTATION BY "
                            "EREWOOD AND DALES INTEGRATED CARE BOARD"),
    ("p", "The Chair welcomed Helen Swindell, Head of Primary Care Commissioning (Dental) at "
          "Erewood and Dales Integrated Care Board (ICB), and Dr Ayesha Khatun, Consultant "
          "in Public Health at Erewoodshire County Council, to the meeting."),
    ("p", "Committee received a presentation on access to NHS dental services in the "
          "District. The main points of the presentation were as follows:"),
    ("bul", [
        "the ICB had taken on responsibility for commissioning NHS dentistry from NHS "
        "England in April 2023, along with a ring-fenced dental budget of \u00a354.2 million "
        "for the ICB area;",
        "there were 11 NHS dental practices in the District, two fewer than in 2022;",
        "39% of adults in the District had seen an NHS dentist in the previous 24 months, "
        "compared with 43% across the ICB area and 40% nationally;",
        "Wendlow Dental Care had handed back its NHS contract in September 2024, affecting "
        "approximately 3,100 patients, the majority of whom lived in Wendlow and "
        "Harlswood;",
        "the ICB had funded 2,400 additional urgent dental appointments across the ICB area "
        "in 2024/25 through its flexible commissioning scheme, of which 310 had been "
        "provided by practices in the District;",
        "a supervised toothbrushing programme was being delivered in 26 early years "
        "settings in the District by the County Council\u2019s oral health improvement team; "
        "and",
        "the ICB\u2019s dental access plan for 2025/26 would prioritise urgent care, "
        "children, people with learning disabilities and care home residents, in line "
        "with national guidance."
    ]),
    ("p", "Members queried why the practice in Wendlow had been able to hand back its "
          "contract with such short notice to patients. The Head of Primary Care "
          "Commissioning explained that providers were only required to give three "
          "months\u2019 notice under the national contract, and that the ICB had tried to "
          "re-procure the contract value through a tender in the autumn, which had not "
          "attracted any compliant bids. A further procurement, split into two smaller "
          "lots, would take place in the spring."),
    ("p", "A Member raised concerns that residents in the north of the District were having "
          "to travel more than 15 miles to be seen for urgent treatment, which was "
          "difficult for those without a car. In response, the Head of Primary Care "
          "Commissioning advised that urgent care was accessed through NHS 111 and "
          "patients were offered the nearest available appointment, which was not always "
          "close to home."),
    ("p", "Councillor Stuart Mellors asked whether the ICB held a waiting list for "
          "residents who could not find an NHS dentist. Members were advised that patients "
          "were not registered with a dentist in the same way as with a GP practice, so no "
          "waiting list as such was held; however, the ICB website listed the practices "
          "that were accepting new NHS patients and this was updated weekly."),
    ("p", "Members requested that the list of practices accepting new patients be made "
          "available in paper form at the Council\u2019s contact centres for residents who "
          "did not use the internet. The Head of Primary Care Commissioning agreed to "
          "provide a printed list each month."),
    ("p", "A Member asked how many children in the District had not seen a dentist at all "
          "in the last two years. The Consultant in Public Health stated that the figure "
          "was not held at District level but would be circulated to Members after the "
          "meeting."),
    ("p", "Councillor Catherine Fothergill welcomed the supervised toothbrushing programme "
          "but queried why it was not offered in all primary schools. Dr Khatun confirmed "
          "that the programme was targeted at the wards with the highest levels of tooth "
          "decay among five year olds, and that funding for 2025/26 had not yet been "
          "confirmed by the County Council."),
    ("p", "Councillor Amanda Pegg commented that practices were finding it difficult to "
          "recruit dentists who were willing to take on NHS work, and asked whether any "
          "incentives were available. The Head of Primary Care Commissioning stated that a "
          "one-off payment of \u00a320,000 was available nationally to dentists who "
          "committed to working in under-served areas for three years, and that two "
          "practices in the District had expressed an interest in the scheme."),
    ("p", "Members felt strongly that the current position was unacceptable for a District "
          "with high levels of deprivation and poor oral health, and that the national "
          "dental contract was not working for residents of former coalfield communities."),
    ("p", "The Chair asked whether the ICB had considered making greater use of dental "
          "therapists and hygienists to free up dentists\u2019 time. The Head of Primary "
          "Care Commissioning replied that practices were being encouraged to do so and "
          "that a pilot was under way at two practices elsewhere in the ICB area, the "
          "results of which would be shared with the Committee."),
    ("moved", "Moved by Councillor Rowena Hatterby and seconded by Councillor Trevor "
              "Widdowson"),
    ("res", "**RESOLVED** that"),
    ("cl", "(1)\tthe presentation be noted;"),
    ("cl", "(2)\tthe Chair, on behalf of the Committee, write to Erewood and Dales "
           "Integrated Care Board setting out Members\u2019 concerns about the level of "
           "access to NHS dentistry in the District and requesting a further update within "
           "six months."),
    ("action", "(Scrutiny Officer)"),

    ("head", "HCH47-24/25", "CARELINE MOBILE RESPONSE SERVICE \u2013 OPTIONS FOR "
                            "RE-PROCUREMENT"),
    ("p", "Committee considered a report of the Careline and Independent Living Manager, "
          "which set out options for the future of the mobile response service that "
          "attended alarm activations from Careline customers who had fallen or needed "
          "help at home. Since 2019, the service had been subcontracted to Vantwell "
          "Response Services Ltd under a contract which was due to expire on 30th "
          "September 2025 with no further option to extend."),
    ("p", "The Careline and Independent Living Manager advised that the Council\u2019s "
          "Careline service had 2,870 customers across the District, and that the mobile "
          "responders had attended 4,112 call-outs during 2023/24, with an average response "
          "time of 38 minutes against a contractual target of 45 minutes. The annual cost "
          "of the contract was \u00a3312,000. Three options had been assessed:"),
    ("bul", [
        "Option 1 \u2013 re-tender the service on the same basis for a further five years;",
        "Option 2 \u2013 bring the mobile response service in-house, to be delivered by the "
        "Careline team from 1st October 2025; and",
        "Option 3 \u2013 carry out a joint procurement with Upper Ashwell District Council."
    ]),
    ("p", "Option 2 was the recommended option. The estimated annual running cost of an "
          "in-house service was \u00a3298,000, with one-off set-up costs of \u00a346,000 in "
          "the first year, mainly for vehicles, equipment and training."),
    ("p", "The Portfolio Holder for Housing stated that she fully supported the "
          "recommendation and that Careline customers had told the Council that they "
          "valued seeing the same faces when they needed help."),
    ("p", "Members asked whether the responders currently employed by the provider on the "
          "Thornmoss contract would transfer to the Council. The Careline and Independent "
          "Living Manager advised that the Transfer of Undertakings (Protection of "
          "Employment) Regulations were likely to apply to seven responders, who would "
          "transfer on their existing terms and conditions, and that informal discussions "
          "had already taken place with the provider."),
    ("p", "A Member raised concerns regarding the performance of the current provider at "
          "weekends and overnight. It was confirmed that weekend response times had "
          "averaged 52 minutes during 2023/24 and that two performance notices had been "
          "issued to the provider in the last twelve months."),
    ("p", "Councillor Derek Bramall queried whether the Council would buy or lease the "
          "vehicles needed for an in-house service. The Careline and Independent Living "
          "Manager stated that four electric vans would be leased through the Council\u2019s "
          "existing fleet arrangements, with charging points installed at the depot."),
    ("p", "Members sought clarification on how Careline customers had been consulted about "
          "the proposed change. Committee was informed that a survey had been sent to all "
          "customers in November 2024 and 1,134 responses had been received, of which 82% "
          "supported the Council delivering the service directly."),
    ("p", "A Member asked what would happen if the Council could not recruit enough "
          "responders in time for October. In response, the Assistant Director of Housing "
          "Management and Enforcement explained that a short extension of up to six months "
          "had been agreed in principle with the provider as a contingency."),
    ("p", "A Member asked whether bringing the service in-house would expose the Council "
          "to any additional financial risk. The Assistant Director of Housing Management "
          "and Enforcement stated that the main risk was the cost of covering sickness and "
          "annual leave in a small team, and that this had been built into the budget "
          "through a pool of relief responders who would also cover the control room."),
    ("p", "The Chair thanked the Careline and Independent Living Manager for a clear and "
          "thorough report, and Members placed on record their thanks to the Careline "
          "team for the service they provided to residents."),
    ("moved", "Moved by Councillor Lyn Greatorex and seconded by Councillor Jenny Kirkland"),
    ("res", "**RESOLVED** that Executive be recommended to approve Option 2 of the report, to "
            "bring the Careline mobile response service in-house from 1st October 2025."),
    ("action", "(Careline and Independent Living Manager)"),

    ("head", "HCH48-24/25", "DISABLED FACILITIES GRANTS \u2013 DELIVERY AND WAITING TIMES"),
    ("p", "Committee considered a report of the Housing Strategy and Enabling Manager on the "
          "delivery of Disabled Facilities Grants (DFGs) in the District. The Council had "
          "received an allocation of \u00a31.46 million through the Better Care Fund in "
          "2023/24, and 138 adaptations had been completed during the year. The average "
          "time from referral to completion was 41 weeks. Works were delivered through a "
          "framework of four contractors, two of whom subcontracted some works to smaller "
          "local firms, and occupational therapy assessments were carried out by the "
          "County Council."),
    ("p", "Members expressed concern at the length of time that residents were waiting for "
          "adaptations such as level access showers and stairlifts. The Housing Strategy "
          "and Enabling Manager explained that the largest delay was in the occupational "
          "therapy assessment stage, which was carried out by the County Council, and that "
          "the Council was funding an additional trusted assessor post from April 2025."),
    ("p", "A Member queried whether the Council checked the quality of work carried out by "
          "subcontractors on the framework. Members were advised that every completed "
          "adaptation was inspected by a Council technical officer before payment was "
          "released to the contractor."),
    ("p", "Councillor Jenny Kirkland asked whether any of the 2023/24 allocation had been "
          "returned unspent. The Housing Strategy and Enabling Manager confirmed that no "
          "funding had been returned and that \u00a3212,000 had been carried forward to "
          "meet commitments already approved."),
    ("p", "Members requested that future reports include a breakdown of waiting times by "
          "type of adaptation. The Housing Strategy and Enabling Manager agreed to include "
          "this in the next report."),
    ("p", "The Chair asked whether Council tenants waited the same length of time as "
          "owner-occupiers and private tenants for an adaptation."),
    ("note", "Councillor Peter Hinchliffe left the meeting at 11:15 hours during "
             "consideration of the above item."),
    ("moved", "Moved by Councillor Catherine Fothergill and seconded by Councillor Stuart "
              "Mellors"),
    ("res", "**RESOLVED** that"),
    ("cl", "(1)\tthe report be noted;"),
    ("cl", "(2)\ta further report on DFG waiting times, including a breakdown by type of "
           "adaptation, be brought to Committee in July 2025."),
    ("action", "(Housing Strategy and Enabling Manager)"),
    ("note", "The meeting adjourned at 11:22 hours and reconvened at 11:31 hours."),

    ("head", "HCH49-24/25", "YOUTH VAPING AND ILLICIT VAPES \u2013 JOINT REPORT OF "
                            "ENVIRONMENTAL HEALTH AND TRADING STANDARDS"),
    ("p", "Committee considered a joint report of the Environmental Health Manager and the "
          "Principal Trading Standards Officer, Erewoodshire County Council, on vaping "
          "among young people in the District and the sale of illicit vapes. The report "
          "had been requested by Members following concerns raised by a number of schools "
          "and parish councils."),
    ("p", "The Consultant in Public Health advised that a survey of Year 10 pupils across "
          "the county in 2024 had found that 19% vaped regularly or occasionally, and that "
          "the most commonly used products were brightly coloured disposable vapes. The "
          "Principal Trading Standards Officer reported that 1,860 illicit vapes had been "
          "seized from 11 premises in the District during 2024. Many of the products seized "
          "contained more than the legal limit of nicotine or had tanks larger than the "
          "permitted size, and a number had been found to contain high levels of metals. "
          "Two premises had been closed for three months under closure orders obtained "
          "jointly by Trading Standards and the police."),
    ("p", "Members queried how many retailers in the District had been found selling vapes "
          "to under-18s. The Principal Trading Standards Officer advised that test "
          "purchases at 14 premises in 2024 had resulted in sales at five, and that each "
          "of those premises had received a written warning and a follow-up visit."),
    ("p", "A Member expressed concern about the number of vape shops opening close to "
          "schools and asked whether the Council could use its planning powers to prevent "
          "this. The Environmental Health Manager explained that the planning system did "
          "not allow a change of use to be refused because of the type of goods to be "
          "sold, but that new premises were visited by officers within a month of opening."),
    ("p", "Councillor Lyn Greatorex asked what help was available for young people who "
          "wished to stop vaping. Dr Khatun stated that the County Council\u2019s stop "
          "smoking service had accepted referrals of young people aged 12 and over since "
          "April 2024, although numbers so far were small."),
    ("p", "In response to a question regarding the ban on the sale of disposable vapes from "
          "1st June 2025, the Principal Trading Standards Officer said that all known "
          "retailers would be written to before the ban came into force and that "
          "enforcement would be led by Trading Standards."),
    ("p", "Members asked that information on the risks of vaping and on how to report "
          "underage sales be shared with schools and parish councils through the "
          "Council\u2019s residents\u2019 magazine."),
    ("p", "The Chair commented that it was important that adult smokers were not put off "
          "using vapes to help them quit. The Consultant in Public Health agreed, adding "
          "that vaping remained substantially less harmful than smoking for adults and "
          "that the message for young people who did not smoke was that they should not "
          "vape."),
    ("moved", "Moved by Councillor Trevor Widdowson and seconded by Councillor Amanda Pegg"),
    ("res", "**RESOLVED** that the joint report on youth vaping and illicit vapes be noted."),

    ("head", "HCH50-24/25", "SCRUTINY REVIEW OF TENANT ENGAGEMENT \u2013 MONITORING OF "
                            "RECOMMENDATIONS"),
    ("p", "The Scrutiny Officer presented the twelve-month monitoring report on the "
          "recommendations of the Committee\u2019s review of tenant engagement, which had "
          "been approved by Executive in November 2023. Of the nine recommendations, "
          "seven had been met and two were in progress: recommendation 6, on the "
          "establishment of a digital tenants\u2019 panel, and recommendation 8, on "
          "engaging younger tenants."),
    ("p", "A Member asked why the recommendation on engaging younger tenants remained "
          "outstanding. The Assistant Director of Housing Management and Enforcement "
          "explained that the Tenant Participation Officer post had been vacant for five "
          "months and had now been filled, and that a survey of tenants aged under 35 "
          "would be carried out in February. The digital tenants\u2019 panel had been "
          "delayed by the replacement of the Council\u2019s housing management system "
          "and was now expected to launch in the summer, with 60 tenants having already "
          "registered an interest."),
    ("moved", "Moved by Councillor Stuart Mellors and seconded by Councillor Derek Bramall"),
    ("res", "**RESOLVED** that"),
    ("cl", "(1)\tthe progress made in implementing the recommendations of the Scrutiny "
           "Review of Tenant Engagement be noted;"),
    ("cl", "(2)\trecommendations 6 and 8 be monitored again at the meeting of the Committee "
           "in July 2025."),
    ("action", "(Scrutiny Officer)"),

    ("head", "HCH51-24/25", "WORK PROGRAMME 2024/25"),
    ("p", "Committee considered its Work Programme for the remainder of the 2024/25 "
          "municipal year. The Scrutiny Officer reminded Members that a visit to the "
          "Careline control room had been arranged for 4th February 2025 and that the "
          "draft scoping document for the Committee\u2019s next review, on the health of "
          "residents living in temporary accommodation, would be brought to the meeting "
          "in March."),
    ("p", "Members requested that an item on the Council\u2019s preparations for Awaab\u2019s "
          "Law and the handling of damp and mould cases in Council homes be added to the "
          "Work Programme. The Scrutiny Officer advised that this could be included at the "
          "meeting on 17th March 2025."),
    ("moved", "Moved by Councillor Rowena Hatterby and seconded by Councillor Catherine "
              "Fothergill"),
    ("res", "**RESOLVED** that the Work Programme be approved subject to the inclusion of an "
            "item on Awaab\u2019s Law and damp and mould at the meeting on 17th March 2025."),
    ("action", "(Scrutiny Officer)"),

    ("end", "The meeting concluded at 12:08 hours."),
]


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() == 1:
                self.set_font("Sans", "B", 9)
                self.set_text_color(60, 60, 60)
                self.set_draw_color(60, 60, 60)
                self.set_xy(150, 8)
                self.cell(42, 7, "Public Document Pack", border=1, align="C")
                self.set_text_color(0, 0, 0)
                self.set_y(22)

        def footer(self):
            self.set_y(-16)
            self.set_font("Sans", "", 10)
            self.cell(0, 6, str(self.page_no()), align="C")

    pdf = Minutes(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Healthy Communities and Housing Scrutiny Committee - "
                  "20 January 2025")
    pdf.set_author("Thornmoss District Council")
    pdf.set_creator("Thornmoss District Council - Democratic Services")
    pdf.set_producer("Thornmoss District Council")
    pdf.add_font("Sans", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 20, 18)
    pdf.set_auto_page_break(True, margin=24)
    pdf.add_page()

    LH = 5.2
    IND = 50  # the text column beside the minute numbers
    W_IND = pdf.w - pdf.r_margin - IND
    W_ALL = pdf.w - pdf.r_margin - pdf.l_margin

    # Heading block
    pdf.set_font("Sans", "B", 13)
    pdf.cell(0, 7, "THORNMOSS DISTRICT COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, COMMITTEE.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Sans", "", 10.5)
    for line in HEAD_LINES:
        pdf.multi_cell(W_ALL, LH, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    for block in PRESENT:
        kind = block[0]
        if kind == "label":
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_x(pdf.l_margin)
            pdf.cell(0, LH, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "line":
            pdf.set_font("Sans", "", 10.5)
            pdf.multi_cell(W_ALL, LH, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "run":
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_x(pdf.l_margin)
            pdf.cell(24, LH, block[1])
            pdf.set_font("Sans", "", 10.5)
            pdf.multi_cell(W_ALL - 24, LH, block[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
    pdf.ln(3)

    def room(mm: float) -> None:
        if pdf.get_y() + mm > pdf.h - 24:
            pdf.add_page()

    for block in BODY:
        kind = block[0]
        if kind == "head":
            room(22)
            pdf.ln(2)
            y = pdf.get_y()
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(IND - pdf.l_margin, LH, block[1])
            pdf.set_xy(IND, y)
            pdf.multi_cell(W_IND, LH, block[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "p":
            pdf.set_font("Sans", "", 10.5)
            pdf.set_x(IND)
            pdf.multi_cell(W_IND, LH, block[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "note":
            pdf.set_font("Sans", "I", 10.5)
            pdf.set_x(IND)
            pdf.multi_cell(W_IND, LH, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "bul":
            pdf.set_font("Sans", "", 10.5)
            for item in block[1]:
                y = pdf.get_y()
                if y + LH > pdf.h - 24:
                    pdf.add_page()
                    y = pdf.get_y()
                pdf.set_xy(IND + 2, y)
                pdf.cell(6, LH, "\u2022")
                pdf.set_xy(IND + 8, y)
                pdf.multi_cell(W_IND - 8, LH, item, align="J", new_x="LMARGIN",
                               new_y="NEXT")
                pdf.ln(1.5)
            pdf.ln(1)
        elif kind == "moved":
            room(16)
            pdf.set_font("Sans", "", 10.5)
            pdf.set_x(IND)
            pdf.multi_cell(W_IND, LH, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "res":
            pdf.set_font("Sans", "", 10.5)
            pdf.set_x(IND)
            pdf.multi_cell(W_IND, LH, block[1], markdown=True, new_x="LMARGIN",
                           new_y="NEXT")
            pdf.ln(2)
        elif kind == "cl":
            pdf.set_font("Sans", "", 10.5)
            num, text = block[1].split("\t", 1)
            y = pdf.get_y()
            if y + LH > pdf.h - 24:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(IND + 8, y)
            pdf.cell(10, LH, num)
            pdf.set_xy(IND + 18, y)
            pdf.multi_cell(W_IND - 18, LH, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "action":
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_x(IND)
            pdf.cell(W_IND, LH, block[1], align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "end":
            pdf.ln(4)
            pdf.set_font("Sans", "", 10.5)
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(W_ALL, LH, block[1], new_x="LMARGIN", new_y="NEXT")
        else:
            raise ValueError(kind)

    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The news release (web page saved from the council's site)
# ---------------------------------------------------------------------------

NEWS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Careline mobile response service to be run by the council | Thornmoss District Council</title>
<meta name="description" content="From 1 October 2025 the Careline mobile responders who visit customers after a fall or an alarm call will be employed by Thornmoss District Council.">
<link rel="stylesheet" href="/site/styles/main.css">
<link rel="icon" href="/site/images/favicon.ico">
</head>
<body class="page-news">
<a class="skip-link" href="#main-content">Skip to main content</a>

<div class="cookie-banner" role="region" aria-label="Cookies on this website">
  <p>We use some essential cookies to make this website work. We would also like to set
  analytics cookies to help us improve it.</p>
  <button type="button">Accept analytics cookies</button>
  <button type="button">Reject analytics cookies</button>
  <a href="/cookies">View cookies</a>
</div>

<header class="site-header">
  <div class="header-top">
    <a class="logo" href="/"><img src="/site/images/thornmoss-logo.svg" alt="Thornmoss District Council home page"></a>
    <form class="site-search" action="/search" method="get">
      <label for="q">Search this site</label>
      <input id="q" name="q" type="search">
      <button type="submit">Search</button>
    </form>
    <ul class="header-links">
      <li><a href="/myaccount">My Thornmoss account</a></li>
      <li><a href="/contact-us">Contact us</a></li>
      <li><a href="/translate">Translate</a></li>
    </ul>
  </div>
  <nav class="main-nav" aria-label="Main menu">
    <ul>
      <li><a href="/bins-and-recycling">Bins and recycling</a></li>
      <li><a href="/council-tax">Council tax</a></li>
      <li><a href="/benefits">Benefits</a></li>
      <li><a href="/housing">Housing</a></li>
      <li><a href="/careline">Careline and independent living</a></li>
      <li><a href="/planning-and-building-control">Planning and building control</a></li>
      <li><a href="/environmental-health">Environmental health</a></li>
      <li><a href="/leisure">Leisure and wellbeing</a></li>
      <li><a href="/your-council">Your council</a></li>
      <li><a href="/news">News</a></li>
    </ul>
  </nav>
</header>

<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/news">News</a></li>
    <li><a href="/news/2025">2025</a></li>
    <li aria-current="page">Careline mobile response service to be run by the council</li>
  </ol>
</nav>

<main id="main-content">
<article class="news-article">
  <h1>Careline mobile response service to be run by the council</h1>
  <p class="news-meta">Published: Friday 14 March 2025 &middot; Category: Housing, Careline</p>

  <p class="lead">Careline customers who need someone to come out to them after a fall or an
  alarm call will be helped by responders employed directly by Thornmoss District Council from
  1 October 2025, after the council&rsquo;s Executive agreed to bring the mobile response service
  back under its own management.</p>

  <p>The Careline service supports around 2,870 people across the district to live safely and
  independently in their own homes. Customers wear a pendant or have a sensor fitted which,
  when pressed or triggered, connects them to the council&rsquo;s 24-hour control room at The
  Beacon in Thornmoss. Most calls are dealt with over the speaker, but when someone has fallen
  or is unwell and there is nobody else who can help, a mobile responder is sent out to them.</p>

  <p>Since 2019 the mobile response part of the service has been provided for the council by an
  outside company under a contract which ends on 30 September 2025. At its meeting on 10 March
  the council&rsquo;s Executive looked at three options for what should happen next: tendering
  the contract again, joining with a neighbouring council to buy the service together, or
  running it ourselves. Members chose to bring it in-house.</p>

  <p>The decision followed a survey of Careline customers last November, which received 1,134
  replies, and a discussion by the council&rsquo;s Healthy Communities and Housing Scrutiny
  Committee in January.</p>

  <h2>What the council has said</h2>

  <p>Councillor Maureen Tatlow, Portfolio Holder for Housing, said: &ldquo;Careline is one of
  the services our residents tell us they value most. When you have had a fall in the middle
  of the night, the person who comes through the door matters. Our customers told us very
  clearly that they wanted the service to be run by the council, and that they wanted to see
  familiar faces.</p>

  <p>&ldquo;Bringing the responders into the Careline team means one service, one set of
  standards and one number to call if anything is not right. It also means we can plan
  training, vehicles and rotas around the needs of people in Thornmoss rather than around a
  contract.&rdquo;</p>

  <p>The council expects the in-house service to cost around &pound;298,000 a year to run, a
  little less than the current contract, with one-off costs of &pound;46,000 in the first year
  for electric vans, equipment and training.</p>

  <h2>You asked, we said</h2>

  <p>We received a lot of questions through the customer survey and at our Careline coffee
  mornings. Here are the ones we were asked most often, with our answers.</p>

  <div class="faq">
    <h3>You asked: Will my alarm or pendant change?</h3>
    <p>We said: No. Your equipment, your monthly charge and the number the alarm dials will
    all stay the same. You do not need to do anything.</p>

    <h3>You asked: Will the same responders still come out to me?</h3>
    <p>We said: We expect that most of the responders who work on the Thornmoss contract now
    will transfer to the council on 1 October, so many of the faces you know will stay the
    same. We will also be recruiting some new responders over the summer.</p>

    <h3>You asked: Will it take longer for someone to get to me?</h3>
    <p>We said: We are aiming for a responder to arrive within 45 minutes on every call, day
    or night, including weekends. We will publish our response times every three months on
    this website and in the Careline newsletter.</p>

    <h3>You asked: Is this being done to save money?</h3>
    <p>We said: The main reason is to give customers a service that is joined up with the
    control room. The new arrangements are expected to cost slightly less than the current
    contract, but that was not the reason for the decision.</p>

    <h3>You asked: What happens if the council cannot find enough staff in time?</h3>
    <p>We said: We have agreed with the current provider that the contract can be extended
    for a short time if we need it to, so there will be no gap in the service.</p>

    <h3>You asked: Who can I talk to if I have a concern?</h3>
    <p>We said: Call the Careline team on 01632 960 418 (Monday to Friday, 9am to 5pm) or
    email careline@thornmoss.example.gov.uk. In an emergency, always press your pendant.</p>
  </div>

  <h2>What happens next</h2>

  <p>Over the next six months the Careline team will:</p>
  <ul>
    <li>work with the current provider to make sure staff who are transferring are kept
    informed at every stage;</li>
    <li>lease four electric vans, with charging points at the council depot;</li>
    <li>recruit additional responders, with training in falls lifting, first aid and
    dementia awareness; and</li>
    <li>write to every Careline customer in September to confirm the arrangements.</li>
  </ul>

  <p>The Healthy Communities and Housing Scrutiny Committee will receive an update on how the
  new service is performing six months after it starts. Members of the public are welcome to
  attend committee meetings, which are held at The Beacon and streamed online.</p>

  <h2>Questions the committee may wish to ask</h2>

  <p>When the committee looks at the new service next year, the scrutiny team has suggested
  it might consider questions such as: Are responders reaching customers within 45 minutes,
  including at night? How many call-outs have needed an ambulance as well? Are customers
  satisfied, and how do they know how to complain? Has the service been able to recruit and
  keep enough staff?</p>

  <h2>Notes to editors</h2>
  <ul>
    <li>The Careline control room answered 61,400 calls in 2023/24. Mobile responders were
    sent out to 4,112 of these.</li>
    <li>Careline is open to anyone living in the Thornmoss district, whether or not they are
    a council tenant. Prices start from &pound;4.95 a week.</li>
    <li>For media enquiries contact the Communications Team on 01632 960 400 or
    communications@thornmoss.example.gov.uk.</li>
  </ul>
</article>

<aside class="related">
  <h2>Related pages</h2>
  <ul>
    <li><a href="/careline/apply">Apply for a Careline alarm</a></li>
    <li><a href="/careline/charges">Careline charges</a></li>
    <li><a href="/housing/adaptations">Adaptations to your home</a></li>
    <li><a href="/your-council/meetings">Council meetings, agendas and minutes</a></li>
  </ul>
  <h2>Latest news</h2>
  <ul>
    <li><a href="/news/2025/trading-standards-warning-illegal-vapes">Warning to shops as illegal vapes seized</a></li>
    <li><a href="/news/2025/garden-waste-subscriptions-open">Garden waste subscriptions now open</a></li>
    <li><a href="/news/2025/council-tax-bills-2025-26">Council tax bills for 2025/26 on their way</a></li>
  </ul>
</aside>

<div class="page-feedback">
  <h2>Was this page useful?</h2>
  <button type="button">Yes</button>
  <button type="button">No</button>
  <a href="/feedback">Report a problem with this page</a>
</div>
</main>

<footer class="site-footer">
  <nav aria-label="Footer menu">
    <ul>
      <li><a href="/accessibility">Accessibility statement</a></li>
      <li><a href="/privacy">Privacy notice</a></li>
      <li><a href="/cookies">Cookies</a></li>
      <li><a href="/foi">Freedom of information</a></li>
      <li><a href="/jobs">Jobs</a></li>
      <li><a href="/contact-us">Contact us</a></li>
    </ul>
  </nav>
  <ul class="social">
    <li><a href="/social/facebook">Facebook</a></li>
    <li><a href="/social/x">X</a></li>
    <li><a href="/social/instagram">Instagram</a></li>
  </ul>
  <p>Thornmoss District Council, The Beacon, Hallow Lane, Thornmoss, TM4 2QX</p>
  <p>&copy; Thornmoss District Council 2025</p>
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


P = "HCH{}-24/25"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-01-20",
    "items": [
        {"number": P.format(41), "title": "APOLOGIES"},
        {"number": P.format(42), "title": "URGENT ITEMS OF BUSINESS"},
        {"number": P.format(43), "title": "DECLARATIONS OF INTEREST"},
        {"number": P.format(44), "title": "MINUTES \u2013 25TH NOVEMBER 2024"},
        {"number": P.format(45), "title": "LIST OF KEY DECISIONS AND ITEMS TO BE "
                                         "CONSIDERED IN PRIVATE"},
        {"number": P.format(46), "title": "ACCESS TO NHS DENTISTRY IN THE DISTRICT \u2013 "
                                         "PRESENTATION BY EREWOOD AND DALES INTEGRATED "
                                         "CARE BOARD"},
        {"number": P.format(47), "title": "CARELINE MOBILE RESPONSE SERVICE \u2013 OPTIONS "
                                         "FOR RE-PROCUREMENT"},
        {"number": P.format(48), "title": "DISABLED FACILITIES GRANTS \u2013 DELIVERY AND "
                                         "WAITING TIMES"},
        {"number": P.format(49), "title": "YOUTH VAPING AND ILLICIT VAPES \u2013 JOINT "
                                         "REPORT OF ENVIRONMENTAL HEALTH AND TRADING "
                                         "STANDARDS"},
        {"number": P.format(50), "title": "SCRUTINY REVIEW OF TENANT ENGAGEMENT \u2013 "
                                         "MONITORING OF RECOMMENDATIONS"},
        {"number": P.format(51), "title": "WORK PROGRAMME 2024/25"},
    ],
    "questions": [
        # 46 dentistry
        q(P.format(46), "question",
          "queried why the practice in Wendlow had been able to hand back its contract",
          None,
          "providers were only required to give three months\u2019 notice under the national contract",
          "Head of Primary Care Commissioning", ["primary-care", "subcontracting"]),
        q(P.format(46), "concern",
          "residents in the north of the District were having to travel more than 15 miles",
          None,
          "patients were offered the nearest available appointment, which was not always close to home",
          "Head of Primary Care Commissioning", ["primary-care"]),
        q(P.format(46), "question",
          "asked whether the ICB held a waiting list for residents",
          "Councillor Stuart Mellors",
          "patients were not registered with a dentist in the same way",
          None, ["primary-care"]),
        q(P.format(46), "request",
          "requested that the list of practices accepting new patients be made available",
          None,
          "agreed to provide a printed list each month",
          "Head of Primary Care Commissioning", ["primary-care"]),
        q(P.format(46), "question",
          "asked how many children in the District had not seen a dentist",
          None,
          "the figure was not held at District level but would be circulated",
          "Consultant in Public Health", ["primary-care", "children-and-families"]),
        q(P.format(46), "question",
          "queried why it was not offered in all primary schools",
          "Councillor Catherine Fothergill",
          "the programme was targeted at the wards with the highest levels of tooth decay",
          "Dr Khatun", ["primary-care", "public-health", "children-and-families", "finance"]),
        q(P.format(46), "question",
          "asked whether any incentives were available",
          "Councillor Amanda Pegg",
          "committed to working in under-served areas for three years",
          "Head of Primary Care Commissioning", ["primary-care", "workforce", "finance"]),
        q(P.format(46), "comment",
          "Members felt strongly that the current position was unacceptable for a District",
          None, None, None, ["primary-care", "public-health"]),
        q(P.format(46), "question",
          "asked whether the ICB had considered making greater use of dental therapists",
          "Chair",
          "practices were being encouraged to do so and that a pilot was under way",
          "Head of Primary Care Commissioning", ["primary-care", "workforce"]),
        # 47 Careline
        q(P.format(47), "question",
          "asked whether the responders currently employed by the provider on the Thornmoss contract",
          None,
          "were likely to apply to seven responders, who would transfer on their existing terms",
          "Careline and Independent Living Manager",
          ["workforce", "subcontracting", "privatisation"]),
        q(P.format(47), "concern",
          "raised concerns regarding the performance of the current provider at weekends",
          None,
          "weekend response times had averaged 52 minutes during 2023/24",
          None, ["subcontracting"]),
        q(P.format(47), "question",
          "queried whether the Council would buy or lease the vehicles",
          "Councillor Derek Bramall",
          "four electric vans would be leased through the Council\u2019s existing fleet arrangements",
          "Careline and Independent Living Manager", ["privatisation"]),
        q(P.format(47), "question",
          "sought clarification on how Careline customers had been consulted",
          None,
          "a survey had been sent to all customers in November 2024",
          None, ["patient-and-public-input"]),
        q(P.format(47), "question",
          "asked what would happen if the Council could not recruit enough responders",
          None,
          "a short extension of up to six months had been agreed in principle",
          "Assistant Director of Housing Management and Enforcement",
          ["workforce", "subcontracting"]),
        q(P.format(47), "question",
          "would expose the Council to any additional financial risk",
          None,
          "the main risk was the cost of covering sickness and annual leave",
          "Assistant Director of Housing Management and Enforcement",
          ["finance", "governance", "workforce", "privatisation"]),
        # 48 DFGs
        q(P.format(48), "concern",
          "expressed concern at the length of time that residents were waiting for adaptations",
          None,
          "the largest delay was in the occupational therapy assessment stage",
          "Housing Strategy and Enabling Manager", ["housing"]),
        q(P.format(48), "question",
          "queried whether the Council checked the quality of work carried out by subcontractors",
          None,
          "every completed adaptation was inspected by a Council technical officer before payment",
          None, ["housing", "subcontracting"]),
        q(P.format(48), "question",
          "asked whether any of the 2023/24 allocation had been returned unspent",
          "Councillor Jenny Kirkland",
          "no funding had been returned and that \u00a3212,000 had been carried forward",
          "Housing Strategy and Enabling Manager", ["housing", "finance"]),
        q(P.format(48), "request",
          "requested that future reports include a breakdown of waiting times",
          None,
          "agreed to include this in the next report",
          "Housing Strategy and Enabling Manager", ["housing"]),
        q(P.format(48), "question",
          "asked whether Council tenants waited the same length of time as owner-occupiers",
          "Chair", None, None, ["housing"]),
        # 49 vaping
        q(P.format(49), "question",
          "queried how many retailers in the District had been found selling vapes",
          None,
          "test purchases at 14 premises in 2024 had resulted in sales at five",
          "Principal Trading Standards Officer", ["public-health", "children-and-families"]),
        q(P.format(49), "concern",
          "expressed concern about the number of vape shops opening close to schools",
          None,
          "the planning system did not allow a change of use to be refused",
          "Environmental Health Manager", ["public-health", "children-and-families"]),
        q(P.format(49), "question",
          "asked what help was available for young people who wished to stop vaping",
          "Councillor Lyn Greatorex",
          "had accepted referrals of young people aged 12 and over since April 2024",
          "Dr Khatun", ["public-health", "children-and-families"]),
        q(P.format(49), "question",
          "regarding the ban on the sale of disposable vapes from 1st June 2025",
          None,
          "all known retailers would be written to before the ban came into force",
          "Principal Trading Standards Officer", ["public-health"]),
        q(P.format(49), "request",
          "asked that information on the risks of vaping and on how to report",
          None, None, None, ["public-health", "children-and-families"]),
        q(P.format(49), "comment",
          "commented that it was important that adult smokers were not put off",
          "Chair",
          "vaping remained substantially less harmful than smoking for adults",
          "Consultant in Public Health", ["public-health"]),
        # 50 tenant engagement review
        q(P.format(50), "question",
          "asked why the recommendation on engaging younger tenants remained outstanding",
          None,
          "the Tenant Participation Officer post had been vacant for five months",
          "Assistant Director of Housing Management and Enforcement",
          ["housing", "patient-and-public-input", "workforce"]),
        # 51 work programme
        q(P.format(51), "request",
          "an item on the Council\u2019s preparations for Awaab\u2019s Law",
          None,
          "this could be included at the meeting on 17th March 2025",
          "Scrutiny Officer", ["housing"]),
    ],
    "resolutions": [
        res(P.format(44), "be approved as a true and correct record", "agreed", []),
        res(P.format(45), "the List of Key Decisions and Items to be Considered in Private document be noted",
            "noted", []),
        res(P.format(46), "write to Erewood and Dales Integrated Care Board setting out Members\u2019 concerns",
            "agreed", ["primary-care"]),
        res(P.format(47), "Executive be recommended to approve Option 2 of the report",
            "recommended", ["privatisation"]),
        res(P.format(48), "a further report on DFG waiting times, including a breakdown",
            "agreed", ["housing"]),
        res(P.format(49), "the joint report on youth vaping and illicit vapes be noted",
            "noted", ["public-health"]),
        res(P.format(50), "recommendations 6 and 8 be monitored again at the meeting",
            "agreed", ["housing", "patient-and-public-input"]),
        res(P.format(51), "RESOLVED that the Work Programme be approved subject to the",
            "agreed", ["housing"]),
    ],
    "attendees": [
        att("Councillor Rowena Hatterby", "Chair", "present"),
        att("Councillor Derek Bramall", None, "present"),
        att("Councillor Catherine Fothergill", None, "present"),
        att("Councillor Lyn Greatorex", None, "present"),
        att("Councillor Peter Hinchliffe", None, "present"),
        att("Councillor Jenny Kirkland", None, "present"),
        att("Councillor Stuart Mellors", None, "present"),
        att("Councillor Amanda Pegg", None, "present"),
        att("Councillor Trevor Widdowson", None, "present"),
        att("Councillor Ian Bagshaw", None, "apologies"),
        att("Councillor Pauline Scattergood", None, "apologies"),
        att("Sharon Leivers", "Assistant Director of Housing Management and Enforcement",
            "in_attendance"),
        att("Mark Stanyard", "Housing Strategy and Enabling Manager", "in_attendance"),
        att("Claire Ollerenshaw", "Careline and Independent Living Manager", "in_attendance"),
        att("Nadeem Qureshi", "Environmental Health Manager", "in_attendance"),
        att("Joanne Bestwick", "Scrutiny Officer", "in_attendance"),
        att("Kieran Lowe", "Governance and Civic Officer", "in_attendance"),
        att("Helen Swindell",
            "Head of Primary Care Commissioning (Dental), Erewood and Dales Integrated Care Board",
            "in_attendance"),
        att("Dr Ayesha Khatun", "Consultant in Public Health, Erewoodshire County Council",
            "in_attendance"),
        att("Gareth Rowbotham",
            "Principal Trading Standards Officer, Erewoodshire County Council",
            "in_attendance"),
        att("Councillor Maureen Tatlow", "Portfolio Holder for Housing", "in_attendance"),
        att("Councillor Dennis Cupit", "Portfolio Holder for Health and Wellbeing",
            "in_attendance"),
    ],
}

NEWS_GOLD = {"document": NEWS_NAME, "doc_type": "news"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    (DOCS / NEWS_NAME).write_bytes(NEWS_HTML.encode("utf-8"))
    for gold in (MINUTES_GOLD, NEWS_GOLD):
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
    for gold_path in sorted(GOLD.glob("pa-*.json")):
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
        print(f"ok   {doc.name}: {len(phrases)} phrases checked, {len(text.split())} words, "
              f"{len(gold['items'])} items, {len(gold['questions'])} questions, "
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / NEWS_NAME}\ngold in {GOLD}")
