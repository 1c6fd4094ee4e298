#!/usr/bin/env python3
"""Build the "pr-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_pr.py           build documents/pr-* and gold/pr-*.json
        build_pr.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "pr-tovemoor-adult-social-care-health-osc-2025-11-18.pdf"
EQIA_NAME = "pr-tovemoor-equality-impact-assessment-day-opportunities-orchard-lane.docx"

FIXED = dt.datetime(2025, 11, 25, 14, 30, 0, tzinfo=dt.timezone.utc)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

COMMITTEE = "Adult Social Care and Health Overview and Scrutiny Committee"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Each entry of ATTENDANCE is (label, [lines]); each line is "name" or ("name", "role").
# BODY is a list of blocks:
#   ("minute", number, title)       minute number in the margin, bold title beside it
#   ("p", text)                     a paragraph in the body column
#   ("bullets", [text, ...])        a bulleted list in the body column
#   ("qa", [(left, text), ...])     the ruled two-column questions and responses table
#   ("resolved", lead, [(mark, text), ...])  bold "RESOLVED that:" block

ATTENDANCE = [
    ("Present:", [
        "Councillor Ruth Pendleford (Chairman)",
        "Councillor Derek Sandall (Vice-Chairman)",
        "Councillor Imran Bashforth",
        "Councillor Helen Dunmore",
        "Councillor Graham Eyles",
        "Councillor Patricia Hollowell",
        "Councillor Nasreen Kazmi",
        "Councillor Stuart Lythgoe",
        "Councillor Margaret Orbell",
        "Councillor Tony Wragby (substitute for Councillor Colin Tebbit)",
    ]),
    ("Co-opted Member:", [
        "Mr Alan Birtles, Healthwatch Tovemoor (non-voting)",
    ]),
    ("Also Present:", [
        ("Councillor Philippa Garside", "Cabinet Member for Adult Social Care"),
        ("Councillor Brian Kettleby", "Cabinet Member for Public Health and Wellbeing"),
    ]),
    ("Officers:", [
        ("Angela Rushworth", "Executive Director, Adults, Communities and Wellbeing"),
        ("Dr Simon Achebe-Lowe", "Director of Public Health"),
        ("Karen Thorley", "Assistant Director, Commissioning and Performance"),
        ("Mark Ellery", "Head of Assessment and Care Management"),
        ("Joanne Pask", "Scrutiny Support Officer"),
        ("Daniel Foxon", "Democratic Services Officer"),
    ]),
    ("In attendance for Minute 60/25:", [
        ("Louise Fairclough", "Head of Primary Care Commissioning, Tove and Welland "
                              "Integrated Care Board"),
        ("Dr Raj Mehra", "Chair, Tovemoor Local Dental Committee"),
    ]),
]

BODY = [
    ("minute", "54/25", "Apologies for non-attendance"),
    ("p", "Apologies for non-attendance were received from Councillor Colin Tebbit and "
          "Councillor Julie Mainwaring. Councillor Tony Wragby attended as substitute for "
          "Councillor Tebbit."),

    ("minute", "55/25", "Notification of requests from members of the public to address "
                        "the meeting"),
    ("p", "The Chairman advised that one request to address the meeting had been received, "
          "from Mrs Janet Colebrook of Welland Market, in relation to item 6 (Care at Home "
          "Re-procurement). It was agreed that Mrs Colebrook would address the Committee at "
          "the start of that item."),

    ("minute", "56/25", "Declarations of Members' Interests"),
    ("p", "Councillor Nasreen Kazmi declared a personal interest in item 7 (Access to NHS "
          "Dental Services in Tovemoor) as her daughter was employed as a dental nurse at a "
          "practice in Tovebury."),
    ("p", "Councillor Graham Eyles declared a personal interest in item 6 (Care at Home "
          "Re-procurement) as a close relative received a package of home care arranged by "
          "the County Council."),
    ("p", "There were no other declarations."),

    ("minute", "57/25", "Minutes of the meeting held on 16 September 2025"),
    ("p", "Further to minute 47/25, Councillor Orbell asked whether the figures on delayed "
          "transfers from Tovebury General Hospital promised at the last meeting had been "
          "provided. The Scrutiny Support Officer confirmed that they had been sent to all "
          "members by email on 3 October 2025 and would be attached to these minutes for "
          "completeness."),
    ("resolved", "RESOLVED that:", [
        ("", "the minutes of the Adult Social Care and Health Overview and Scrutiny Committee "
             "held on 16 September 2025 be approved and signed by the Chairman as a correct "
             "record."),
    ]),

    ("minute", "58/25", "Chairman's Announcements"),
    ("p", "The Chairman reminded members that the joint briefing with the Children, Families "
          "and Education Overview and Scrutiny Committee on the transition of young people "
          "with disabilities into adult services would take place on 9 December 2025 at "
          "2:00pm in the Cedar Room."),
    ("p", "The Chairman informed the Committee that this would be the last meeting attended "
          "by Angela Rushworth, Executive Director, Adults, Communities and Wellbeing, before "
          "her retirement at the end of December. On behalf of the Committee she thanked Ms "
          "Rushworth for her support to scrutiny over eleven years and wished her well."),

    ("minute", "59/25", "Care at Home Re-procurement"),
    ("p", "The Committee considered a report of the Executive Director, Adults, Communities "
          "and Wellbeing (copies of which had been previously circulated) that set out the "
          "proposed approach to re-procuring care at home services when the current framework "
          "agreement expires on 31 March 2026. The report was due to be considered by Cabinet "
          "on 9 December 2025, and the Committee's comments would be reported to that "
          "meeting."),
    ("p", "Mrs Janet Colebrook addressed the Committee. Mrs Colebrook stated that she cared "
          "for her husband, who received four calls a day, and that calls were frequently "
          "late and the care workers changed from one week to the next. On two occasions in "
          "the summer she had been told on the day that her husband's calls had been passed "
          "to a different agency. She asked how the Council would ensure that the new "
          "contracts stopped providers handing packages on to other agencies at short "
          "notice. The Chairman thanked Mrs Colebrook for attending."),
    ("p", "The Cabinet Member for Adult Social Care responded that the new contracts would "
          "not allow a provider to subcontract any part of a package without the Council's "
          "written consent, and that she had asked officers to contact Mrs Colebrook "
          "following the meeting to review her husband's care."),
    ("p", "The Cabinet Member for Adult Social Care introduced the report and the Assistant "
          "Director, Commissioning and Performance, gave a presentation, which highlighted "
          "the following:"),
    ("bullets", [
        "the Council currently purchased approximately 38,400 hours of care at home each "
        "week from 61 providers on the framework, for around 3,150 people;",
        "it was proposed to move to a zoned model, with the county divided into eight zones "
        "and a lead provider appointed for each zone, supported by a secondary framework of "
        "approved providers;",
        "the proposed base hourly rate from April 2026 was £24.86, with an enhanced rate of "
        "£27.40 in the two rural zones;",
        "contracts would run for five years with an option to extend for up to two further "
        "years; and",
        "the tender would be advertised in January 2026, with contracts awarded in March and "
        "a phased transfer of packages between April and September 2026.",
    ]),
    ("p", "In the course of discussion the following questions and comments were raised and "
          "responses given:"),
    ("qa", [
        ("Cllr Dunmore",
         "asked how many of the 61 current providers were expected to bid, and what would "
         "happen to providers who were unsuccessful in the zoned model."),
        ("Response",
         "The Assistant Director, Commissioning and Performance, advised that market "
         "engagement events in September had been attended by 44 providers. Providers who "
         "were not appointed as lead provider could still apply to join the secondary "
         "framework, which would be used where a lead provider could not pick up a package "
         "within 48 hours."),
        ("Cllr Lythgoe",
         "expressed concern that lead providers would subcontract large parts of their "
         "zones to smaller agencies, making it harder for the Council to know who was "
         "actually delivering care in people's homes."),
        ("Response",
         "The Assistant Director confirmed that subcontracting would only be permitted with "
         "the Council's prior agreement, that any subcontractor would be subject to the same "
         "quality monitoring visits as the lead provider, and that the lead provider would "
         "remain fully accountable for every package in its zone."),
        ("Cllr Hollowell",
         "asked whether the hourly rate of £24.86 would be sufficient to allow providers to "
         "pay care workers for travel time between calls."),
        ("Response",
         "The Executive Director explained that the rate had been set using the Council's "
         "cost of care model, which assumed that travel time was paid at the real living "
         "wage. Providers would be required to evidence this through open book accounting, "
         "and the rate would be reviewed every year."),
        ("Cllr Bashforth",
         "queried how rural areas in the north of the county, where packages were often "
         "difficult to place, would be covered under the new arrangements."),
        ("Response",
         "The Assistant Director advised that the enhanced rate for the two rural zones was "
         "intended to reflect longer journeys, and that lead providers in those zones would "
         "be expected to recruit locally and to use small teams based in the market towns."),
        ("Cllr Orbell",
         "requested that the evaluation of bids give a higher weighting to quality than to "
         "price."),
        ("Response",
         "The Cabinet Member for Adult Social Care stated that the proposed split was 70 per "
         "cent quality and 30 per cent price, and that she believed this reflected the views "
         "the Committee had expressed when the contract was last let."),
        ("Mr Birtles",
         "commented that families had told Healthwatch Tovemoor that they valued seeing the "
         "same carers more than punctuality, and asked how people who used the service had "
         "been involved in writing the specification."),
        ("Response",
         "The Assistant Director explained that 212 people had responded to the survey over "
         "the summer and that two co-production workshops had been held with service users "
         "and carers. Continuity of care worker would be one of the key performance "
         "indicators in the new contracts."),
        ("Cllr Eyles",
         "commented that some providers had handed back packages with only a few days' "
         "notice and felt that the new contracts should require a much longer notice period."),
        ("Cllr Sandall",
         "asked what contingency arrangements would be in place if a lead provider failed or "
         "withdrew part way through the contract."),
        ("Response",
         "The Executive Director advised that each contract would contain a provider failure "
         "protocol, and that the Council's in-house reablement service would act as provider "
         "of last resort for up to six weeks while packages were moved to other providers."),
    ]),
    ("p", "Councillor Wragby proposed, and Councillor Kazmi seconded, that the Committee "
          "recommend to Cabinet that the re-procurement be paused for six months to allow a "
          "full appraisal of the option of delivering more care at home in-house. On being put "
          "to the vote the proposal was lost (3 votes for, 7 against)."),
    ("resolved", "RESOLVED that: the Adult Social Care and Health Overview and Scrutiny "
                 "Committee:", [
        ("a)", "notes the proposals for the re-procurement of care at home services from "
               "April 2026;"),
        ("b)", "recommends to Cabinet that the contracts require lead providers to report all "
               "subcontracting arrangements to the Council every quarter; and"),
        ("c)", "requests that a report on the first six months of the new contracts be "
               "presented to the Committee in autumn 2026."),
    ]),

    ("minute", "60/25", "Access to NHS Dental Services in Tovemoor"),
    ("p", "The Committee received a report from the Tove and Welland Integrated Care Board "
          "(ICB) (copies of which had been previously circulated) on access to NHS dental "
          "services in the county. Louise Fairclough, Head of Primary Care Commissioning, "
          "presented the report, supported by Dr Raj Mehra, Chair of the Tovemoor Local Dental "
          "Committee. The following points were highlighted:"),
    ("bullets", [
        "41 per cent of adults and 58 per cent of children in Tovemoor had seen an NHS "
        "dentist in the previous 24 months, compared with 49 per cent and 62 per cent "
        "nationally;",
        "three practices in the county had handed back their NHS contracts during 2024/25, "
        "with a loss of around 19,000 units of dental activity;",
        "an urgent dental care centre had opened in Tovebury in April 2025, providing "
        "120 additional urgent appointments each week; and",
        "the ICB was using flexible commissioning to pay practices to see patients who had "
        "not seen a dentist for two years or more.",
    ]),
    ("p", "In the course of discussion the following questions and comments were raised and "
          "responses given:"),
    ("qa", [
        ("Cllr Kazmi",
         "asked why three practices in the county had given up their NHS work in the past "
         "year."),
        ("Response",
         "Dr Mehra explained that under the current national arrangements a practice was paid "
         "the same for a course of treatment however complex it was, so many practices lost "
         "money treating patients with high needs and had moved to private work."),
        ("Chairman",
         "asked what the ICB was doing to attract dentists to the east of the county, where "
         "no practice was currently accepting new NHS adult patients."),
        ("Response",
         "Ms Fairclough advised that the ICB had introduced a golden hello payment of £20,000 "
         "for dentists committing to three years in under-served areas, and that two dentists "
         "had so far been recruited to Thurlbeck St Mary through the scheme."),
        ("Cllr Orbell",
         "expressed concern that residents were travelling up to 40 miles for urgent "
         "treatment, which was not possible for many older people without a car."),
        ("Response",
         "Ms Fairclough acknowledged that travel distances were too long and advised that a "
         "second urgent dental care hub was planned for Welland Market in spring 2026."),
        ("Cllr Dunmore",
         "asked what was being done about tooth decay in young children, given that "
         "extractions remained the most common reason for children aged 6 to 10 to be "
         "admitted to hospital."),
        ("Response",
         "The Director of Public Health explained that supervised toothbrushing had been "
         "introduced in 64 nurseries and primary schools in the most deprived areas and "
         "would be extended to a further 30 settings during 2026."),
        ("Cllr Lythgoe",
         "requested that the ICB publish on its website a list of practices taking on NHS "
         "patients and keep it up to date every month."),
        ("Response",
         "Ms Fairclough agreed to take the request away and to confirm the position to the "
         "Scrutiny Support Officer."),
        ("Mr Birtles",
         "commented that Healthwatch Tovemoor had received more enquiries about dentistry in "
         "the last twelve months than about any other service."),
    ]),
    ("resolved", "RESOLVED that: the Committee:", [
        ("a)", "notes the report;"),
        ("b)", "asks the Chairman to write to the Secretary of State for Health and Social "
               "Care setting out the Committee's concerns about NHS dental provision in "
               "Tovemoor; and"),
        ("c)", "requests a further update from the ICB at its meeting in March 2026."),
    ]),

    ("minute", "61/25", "Youth Vaping and the Stop Smoking Service"),
    ("p", "The Committee considered a report of the Director of Public Health (copies of "
          "which had been previously circulated) on vaping among young people in Tovemoor and "
          "on the proposed re-commissioning of the stop smoking service, whose contract with "
          "Clearbreath Tovemoor CIC ends on 31 March 2026. The Cabinet Member for Public Health "
          "and Wellbeing introduced the report and the Director of Public Health highlighted "
          "the following:"),
    ("bullets", [
        "in the 2025 schools health survey, 22 per cent of Year 10 pupils reported vaping "
        "at least once a week, up from 15 per cent in 2023;",
        "Trading Standards had seized more than 9,800 illegal vapes from shops in the county "
        "since April 2024;",
        "adult smoking prevalence had fallen to 11.9 per cent, but remained above 20 per "
        "cent among people in routine and manual jobs; and",
        "the stop smoking service had supported 2,430 people to set a quit date in 2024/25, "
        "of whom 58 per cent had quit at four weeks.",
    ]),
    ("p", "In the course of discussion the following questions and comments were raised and "
          "responses given:"),
    ("qa", [
        ("Cllr Sandall",
         "asked what Trading Standards were doing to stop shops selling vapes to children "
         "under 18."),
        ("Response",
         "The Cabinet Member for Public Health and Wellbeing advised that 86 test purchases "
         "had been carried out in the past year, that 19 shops had sold to a child and that "
         "two prosecutions were under way."),
        ("Cllr Wragby",
         "queried whether the stop smoking service could be brought back in-house rather "
         "than being tendered again."),
        ("Response",
         "The Director of Public Health explained that an in-house option had been "
         "considered, but the current provider's quit rates were among the best in the "
         "region and the preferred option was a competitive tender for a five-year contract."),
        ("Cllr Hollowell",
         "expressed concern that giving free vapes to adult smokers sent a mixed message to "
         "young people."),
        ("Response",
         "The Director of Public Health responded that vaping was far less harmful than "
         "smoking for adults who could not quit by other means, but it was not for children "
         "or for people who had never smoked, and the service's publicity made that clear."),
        ("Cllr Eyles",
         "asked how schools were being supported to deal with vaping in toilets and on home "
         "to school buses."),
        ("Response",
         "The Director of Public Health advised that a vaping toolkit had been sent to every "
         "secondary school in September and that staff from 23 schools had attended training "
         "so far."),
        ("Cllr Kazmi",
         "requested figures on how many pregnant women had been referred to the stop smoking "
         "service in the last year."),
        ("Response",
         "The Director of Public Health undertook to circulate the figures to members after "
         "the meeting."),
    ]),
    ("resolved", "RESOLVED that: the Committee notes the report and the proposed approach to "
                 "the re-commissioning of the stop smoking service.", []),

    ("minute", "62/25", "Adult Social Care Assessment Waiting Times"),
    ("p", "The Committee considered a report of the Executive Director, Adults, Communities "
          "and Wellbeing (copies of which had been previously circulated) on waiting times for "
          "Care Act assessments, reviews and occupational therapy. The Head of Assessment and "
          "Care Management presented the report and highlighted the following:"),
    ("bullets", [
        "1,146 people were waiting for a Care Act assessment at the end of October 2025, "
        "down from 1,480 in April 2025;",
        "the median wait for an assessment was 41 days, against a target of 28 days;",
        "the wait for a non-urgent occupational therapy assessment was 14 weeks; and",
        "18 per cent of social worker posts in the locality teams were vacant.",
    ]),
    ("p", "In the course of discussion the following questions and comments were raised and "
          "responses given:"),
    ("qa", [
        ("Cllr Bashforth",
         "asked how the Council decided who was seen first when more than a thousand people "
         "were waiting."),
        ("Response",
         "The Head of Assessment and Care Management explained that every referral was "
         "screened within two working days and given a priority rating, and that anyone at "
         "risk of harm was seen within 48 hours."),
        ("Cllr Orbell",
         "asked what contact people had with the Council while they were on the waiting "
         "list."),
        ("Response",
         "The Head of Assessment and Care Management advised that anyone waiting longer than "
         "28 days received a waiting well telephone call every four weeks to check whether "
         "their needs had changed."),
        ("Chairman",
         "commented that a vacancy rate of 18 per cent among social workers was far too high "
         "and would make it difficult to sustain the improvement."),
        ("Response",
         "The Executive Director agreed, and advised that a market supplement had been "
         "introduced for experienced social workers and that 11 newly qualified social "
         "workers would start in January 2026."),
        ("Cllr Lythgoe",
         "asked whether people waiting for a carer's assessment were included in the "
         "figures in the report."),
        ("Response",
         "The Head of Assessment and Care Management confirmed that carers' assessments were "
         "counted separately and that 187 carers were waiting at the end of October."),
        ("Cllr Dunmore",
         "requested that future reports show waiting times for each of the five localities "
         "separately."),
    ]),
    ("resolved", "RESOLVED that: the Committee:", [
        ("a)", "notes the progress made in reducing the number of people waiting for an "
               "assessment; and"),
        ("b)", "requests that waiting times for carers' assessments be included in the next "
               "performance report to the Committee in February 2026."),
    ]),

    ("minute", "63/25", "Committee Work Programme 2025/26"),
    ("p", "The Committee considered its work programme for 2025/26 (copies of which had been "
          "previously circulated). The Scrutiny Support Officer advised that the ICB had asked "
          "for the item on community hospital beds to be moved from January to March 2026."),
    ("p", "Councillor Kazmi requested that an item on crisis support for adults with mental "
          "health needs be added to the programme for the new municipal year."),
    ("p", "Councillor Sandall asked whether the item on hospital discharge could be brought "
          "forward to the January meeting to take the place of the community hospitals item. "
          "The Scrutiny Support Officer confirmed that the January agenda had room for the "
          "hospital discharge item and that she would make the arrangements."),
    ("resolved", "RESOLVED that: the Committee agrees its work programme for 2025/26, subject "
                 "to the changes set out above.", []),

    ("minute", "64/25", "Urgent Business"),
    ("p", "There was no urgent business."),
    ("end", "There being no further business the meeting closed at 12:52pm."),
]


def build_minutes(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Minutes(FPDF):
        def header(self):
            if self.page_no() == 1:
                self.set_font("Sans", "B", 11)
                self.set_xy(140, 10)
                self.cell(52, 8, "Public Document Pack", border=1, align="C")
                self.set_y(24)
            else:
                self.set_font("Sans", "I", 8)
                self.set_y(10)
                self.cell(0, 5, f"{COMMITTEE} \u2013 18 November 2025", align="L")
                self.set_draw_color(150, 150, 150)
                self.line(20, 16, 192, 16)
                self.set_draw_color(0, 0, 0)
                self.set_y(21)

        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 9)
            self.cell(0, 6, f"Page {self.page_no()}", align="C")

    pdf = Minutes(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(f"Minutes - {COMMITTEE} - 18 November 2025")
    pdf.set_author("Democratic Services, Tovemoor County Council")
    pdf.set_creator("Committee management system")
    pdf.set_producer("Committee management system")
    pdf.add_font("Sans", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.add_font("Sans", "BI", str(FONT_DIR / "DejaVuSans-BoldOblique.ttf"))
    pdf.set_margins(20, 20, 18)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    LEFT = 20.0
    BODY_X = 44.0
    RIGHT = 192.0
    BODY_W = RIGHT - BODY_X
    LH = 5.0

    # Title block
    pdf.set_font("Sans", "B", 14)
    pdf.cell(0, 8, "TOVEMOOR COUNTY COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "B", 10.5)
    pdf.multi_cell(0, 5.5, f"Minutes of a meeting of the {COMMITTEE} held at 10:00am on "
                           "Tuesday 18 November 2025 in the Council Chamber, County Hall, "
                           "Tanner Street, Tovebury", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    # Attendance: labels in a column of their own
    LABEL_W = 44.0
    NAME_X = LEFT + LABEL_W
    for label, lines in ATTENDANCE:
        y0 = pdf.get_y()
        pdf.set_font("Sans", "B", 10)
        pdf.set_xy(LEFT, y0)
        pdf.multi_cell(LABEL_W - 2, LH, label, align="L")
        y_label = pdf.get_y()
        pdf.set_xy(NAME_X, y0)
        pdf.set_font("Sans", "", 10)
        for line in lines:
            pdf.set_x(NAME_X)
            if isinstance(line, tuple):
                name, role = line
                pdf.multi_cell(RIGHT - NAME_X, LH, f"{name} \u2013 {role}", align="L",
                               new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(RIGHT - NAME_X, LH, line, align="L",
                               new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(pdf.get_y(), y_label) + 3)

    pdf.ln(2)
    pdf.set_draw_color(0, 0, 0)
    pdf.line(LEFT, pdf.get_y(), RIGHT, pdf.get_y())
    pdf.ln(4)

    def body_para(text: str, style: str = "", gap: float = 2.5) -> None:
        pdf.set_font("Sans", style, 10)
        pdf.set_x(BODY_X)
        pdf.multi_cell(BODY_W, LH, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    for block in BODY:
        kind = block[0]
        if kind == "minute":
            _, number, title = block
            if pdf.get_y() > 245:
                pdf.add_page()
            pdf.ln(2)
            y0 = pdf.get_y()
            pdf.set_font("Sans", "B", 10)
            pdf.set_xy(LEFT, y0)
            pdf.cell(BODY_X - LEFT, LH, number)
            pdf.set_xy(BODY_X, y0)
            pdf.multi_cell(BODY_W, LH, title, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "p":
            body_para(block[1])
        elif kind == "end":
            pdf.ln(4)
            body_para(block[1])
        elif kind == "bullets":
            pdf.set_font("Sans", "", 10)
            for entry in block[1]:
                if pdf.get_y() + LH > pdf.page_break_trigger:
                    pdf.add_page()
                y0 = pdf.get_y()
                pdf.set_xy(BODY_X + 2, y0)
                pdf.cell(5, LH, "\u2022")
                pdf.set_xy(BODY_X + 8, y0)
                pdf.multi_cell(BODY_W - 8, LH, entry, align="L", new_x="LMARGIN",
                               new_y="NEXT")
                pdf.ln(1)
            pdf.ln(1.5)
        elif kind == "qa":
            pdf.set_font("Sans", "", 9.5)
            saved = pdf.l_margin
            pdf.set_left_margin(BODY_X)
            pdf.set_x(BODY_X)
            with pdf.table(
                width=BODY_W,
                col_widths=(34, BODY_W - 34),
                align="LEFT",
                v_align="TOP",
                text_align="LEFT",
                line_height=4.8,
                padding=(1.6, 2, 1.6, 2),
                first_row_as_headings=True,
                headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
                repeat_headings=1,
            ) as table:
                head = table.row()
                head.cell("Raised by")
                head.cell("Question or comment / Response")
                for left, text in block[1]:
                    row = table.row()
                    if left == "Response":
                        row.cell(left, style=FontFace(emphasis="ITALICS"))
                    else:
                        row.cell(left, style=FontFace(emphasis="BOLD"))
                    row.cell(text)
            pdf.set_left_margin(saved)
            pdf.ln(4)
        elif kind == "resolved":
            _, lead, clauses = block
            if pdf.get_y() + 3 * LH > pdf.page_break_trigger:
                pdf.add_page()
            pdf.set_font("Sans", "B", 10)
            pdf.set_x(BODY_X)
            pdf.multi_cell(BODY_W, LH, lead, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            for mark, text in clauses:
                if pdf.get_y() + LH > pdf.page_break_trigger:
                    pdf.add_page()
                y0 = pdf.get_y()
                if mark:
                    pdf.set_xy(BODY_X + 4, y0)
                    pdf.cell(8, LH, mark)
                    pdf.set_xy(BODY_X + 12, y0)
                    pdf.multi_cell(BODY_W - 12, LH, text, align="L", new_x="LMARGIN",
                                   new_y="NEXT")
                else:
                    pdf.set_xy(BODY_X, y0)
                    pdf.multi_cell(BODY_W, LH, text, align="L", new_x="LMARGIN",
                                   new_y="NEXT")
                pdf.ln(1)
            pdf.ln(2.5)
        else:
            raise ValueError(kind)

    # Signature line
    if pdf.get_y() > 240:
        pdf.add_page()
    pdf.ln(12)
    pdf.set_font("Sans", "", 10)
    pdf.set_x(BODY_X)
    pdf.cell(0, LH, "Chairman  ......................................................")
    pdf.ln(10)
    pdf.set_x(BODY_X)
    pdf.cell(0, LH, "Date  ..........................................................")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The equality impact assessment (not minutes)
# ---------------------------------------------------------------------------

def build_eqia(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)

    cp = doc.core_properties
    cp.author = "Adults, Communities and Wellbeing"
    cp.last_modified_by = "Adults, Communities and Wellbeing"
    cp.title = "Equality Impact Assessment - Orchard Lane Day Centre"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 4

    def shade(cell, fill: str) -> None:
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    def table(rows, widths=None, header=True, label_col=False):
        t = doc.add_table(rows=0, cols=len(rows[0]))
        t.style = "Table Grid"
        for i, values in enumerate(rows):
            cells = t.add_row().cells
            for j, value in enumerate(values):
                cells[j].text = ""
                para = cells[j].paragraphs[0]
                run = para.add_run(value)
                if (header and i == 0) or (label_col and j == 0):
                    run.bold = True
                    shade(cells[j], "D9E2F3")
        doc.add_paragraph()
        return t

    def heading(text: str) -> None:
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(13)
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)

    def para(text: str) -> None:
        doc.add_paragraph(text)

    def bullet(text: str) -> None:
        doc.add_paragraph(text, style="List Bullet")

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Tovemoor County Council").bold = True
    p = doc.add_paragraph()
    r = p.add_run("Equality Impact Assessment (EqIA)")
    r.bold = True
    r.font.size = Pt(18)
    p = doc.add_paragraph()
    r = p.add_run("Proposed remodelling of day opportunities for older people: closure of "
                  "Orchard Lane Day Centre, Tovebury")
    r.bold = True
    r.font.size = Pt(13)
    para("This assessment is completed in line with the Public Sector Equality Duty (section "
         "149 of the Equality Act 2010). It should be read alongside the Cabinet report of "
         "13 January 2026 and the consultation findings report.")

    heading("Section 1: About the proposal")
    table([
        ("Name of policy, service or proposal", "Remodelling of day opportunities for older "
         "people in Tovebury and the surrounding area"),
        ("Directorate", "Adults, Communities and Wellbeing"),
        ("Service area", "Provider Services (in-house day services)"),
        ("Lead officer", "Sunita Ravensdale, Service Manager, Day Opportunities"),
        ("Is this a new or existing policy / service?", "Change to an existing service"),
        ("Date assessment started", "2 June 2025"),
        ("Version and date", "Version 4 \u2013 25 November 2025"),
        ("Decision maker", "Cabinet, 13 January 2026"),
    ], header=False, label_col=True)

    para("Orchard Lane Day Centre is a building-based day service run by the County Council. "
         "It is registered for 45 places a day but average daily attendance in 2024/25 was 26. "
         "The building needs an estimated £410,000 of repairs over the next three years, "
         "including a new roof and heating system.")
    para("The proposal is to close the centre by 31 August 2026 and to support the 62 people "
         "who currently attend to move to alternative day opportunities. These would include "
         "the Council's day service at Brookhouse Resource Centre (3.5 miles away), "
         "community groups commissioned from the voluntary sector through a new small grants "
         "fund of £120,000 a year, and personal assistants funded by direct payments. "
         "Transport would continue to be provided for anyone assessed as eligible.")
    para("Thirty-one members of staff work at Orchard Lane. It is expected that most would be "
         "redeployed to Brookhouse or to the Council's reablement service.")

    heading("Section 2: Evidence used")
    bullet("Attendance and assessment records for the 62 people attending Orchard Lane "
           "(October 2025)")
    bullet("Results of the public consultation held from 7 July to 31 August 2025 "
           "(143 responses, including 48 from people who attend and 57 from carers)")
    bullet("Three drop-in sessions at Orchard Lane and one online session for carers")
    bullet("The Joint Strategic Needs Assessment chapter on older people (2024)")
    bullet("Workforce profile of the staff team at Orchard Lane")

    para("Profile of people attending Orchard Lane (October 2025):")
    table([
        ("Characteristic", "Number", "Percentage"),
        ("Aged 75 or over", "47", "76%"),
        ("Living with dementia", "29", "47%"),
        ("Physical disability or sensory impairment", "34", "55%"),
        ("Women", "39", "63%"),
        ("From a Black, Asian or other minority ethnic background", "6", "10%"),
        ("Living alone", "25", "40%"),
        ("Supported by an unpaid carer", "44", "71%"),
    ])

    heading("Section 3: Engagement and consultation \u2013 You asked, we said")
    para("The table below sets out the main questions raised during the consultation and the "
         "Council's response. A full summary is given in the consultation findings report.")
    table([
        ("You asked", "We said"),
        ("Will my mum still be able to see her friends from the centre?",
         "We will try to move friendship groups together. Where people want to stay together "
         "we will plan their moves at the same time."),
        ("How will I get to Brookhouse if I can't drive?",
         "Anyone who is eligible for transport now will keep it. We will look again at "
         "routes so that journeys are no longer than 45 minutes."),
        ("Is this just about saving money?",
         "The building needs major repairs and is half empty on most days. Money saved will "
         "be used for the small grants fund and for transport."),
        ("Will I lose my carer's break?",
         "No. Everyone who needs a break as a carer will have this set out in their "
         "reassessment and will not be left without support."),
        ("What will happen to the staff?",
         "We expect to offer redeployment to all staff who want it. Staff and trade unions "
         "are being consulted separately."),
    ])

    heading("Section 4: Assessment of impact")
    para("For each protected characteristic, the likely impact of the proposal is given as "
         "positive, negative or neutral, with the reasons.")
    table([
        ("Protected characteristic", "Impact", "Evidence and explanation"),
        ("Age", "Negative (medium)",
         "Three quarters of people attending are aged 75 or over. A change of setting may "
         "cause anxiety and a longer journey may be tiring."),
        ("Disability", "Negative (high)",
         "Nearly half of attendees live with dementia. Change of routine and surroundings can "
         "cause distress. Brookhouse is fully accessible and has a sensory room, which "
         "Orchard Lane does not."),
        ("Sex", "Negative (low)",
         "Most attendees and most unpaid carers are women. Any reduction in respite would "
         "fall more on women carers."),
        ("Race", "Neutral",
         "No evidence of a different impact. Culturally appropriate meals will continue to "
         "be provided at Brookhouse."),
        ("Religion or belief", "Neutral", "No evidence of a different impact."),
        ("Sexual orientation", "Neutral", "No evidence of a different impact."),
        ("Gender reassignment", "Neutral", "No evidence of a different impact."),
        ("Marriage and civil partnership", "Neutral",
         "Some attendees are cared for by a spouse; see carers below."),
        ("Pregnancy and maternity", "Neutral", "Not relevant to this service."),
        ("Carers (local consideration)", "Negative (medium)",
         "71% of attendees have an unpaid carer. Carers told us their break depended on the "
         "centre's opening hours."),
        ("Rural communities (local consideration)", "Negative (low)",
         "Eleven attendees live in villages north of Tovebury and would face longer "
         "journeys."),
    ])

    heading("Section 5: Action plan to reduce negative impacts")
    table([
        ("Action", "Lead", "By when"),
        ("Review every attendee under the Care Act before any move, with their carer "
         "present", "Service Manager, Day Opportunities", "May 2026"),
        ("Plan moves for friendship groups together and offer taster days at Brookhouse",
         "Brookhouse Manager", "June 2026"),
        ("Redesign transport routes so no journey exceeds 45 minutes",
         "Passenger Transport Team", "July 2026"),
        ("Keep carers' breaks at the same level or better, recorded in each support plan",
         "Carers' Lead", "August 2026"),
        ("Repeat this assessment six months after closure", "Service Manager",
         "February 2027"),
    ])

    heading("Section 6: Questions the Overview and Scrutiny Committee may wish to ask")
    para("The following questions are suggested to help members consider this assessment:")
    bullet("How will the Council know whether people with dementia have settled at their new "
           "day opportunity?")
    bullet("What will happen if the voluntary sector groups funded by the small grants fund "
           "are not able to meet the needs of people moving from Orchard Lane?")
    bullet("Has the impact on women carers been weighed properly against the savings?")
    bullet("Will the assessment be repeated, and will the results be reported to the "
           "Committee?")

    heading("Section 7: Outcome of the assessment")
    para("Outcome 2 \u2013 Adjust the proposal. The assessment identifies negative impacts, "
         "mainly on older people, disabled people and carers. These can be reduced by the "
         "actions in Section 5, which have been built into the proposal. The service will "
         "not close until every person attending has been reassessed and has an agreed "
         "alternative in place.")
    table([
        ("Completed by", "Sunita Ravensdale, Service Manager, Day Opportunities"),
        ("Approved by", "Head of Provider Services"),
        ("Date approved", "25 November 2025"),
        ("Date of next review", "February 2027"),
    ], header=False, label_col=True)

    buf = io.BytesIO()
    doc.save(buf)
    # python-docx stamps zip members with the current time: rewrite them fixed.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info_ in src.infolist():
            zi = zipfile.ZipInfo(info_.filename, date_time=(2025, 11, 25, 14, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info_.filename))
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
        {"number": "54/25", "title": "Apologies for non-attendance"},
        {"number": "55/25", "title": "Notification of requests from members of the public to "
                                     "address the meeting"},
        {"number": "56/25", "title": "Declarations of Members' Interests"},
        {"number": "57/25", "title": "Minutes of the meeting held on 16 September 2025"},
        {"number": "58/25", "title": "Chairman's Announcements"},
        {"number": "59/25", "title": "Care at Home Re-procurement"},
        {"number": "60/25", "title": "Access to NHS Dental Services in Tovemoor"},
        {"number": "61/25", "title": "Youth Vaping and the Stop Smoking Service"},
        {"number": "62/25", "title": "Adult Social Care Assessment Waiting Times"},
        {"number": "63/25", "title": "Committee Work Programme 2025/26"},
        {"number": "64/25", "title": "Urgent Business"},
    ],
    "questions": [
        # 57/25 matters arising from the minutes
        q("57/25", "question",
          "asked whether the figures on delayed transfers from Tovebury General Hospital",
          "Councillor Orbell",
          "they had been sent to all members by email on 3 October 2025",
          "Scrutiny Support Officer", ["adult-social-care"]),
        # 59/25 care at home: the public speaker, then the table
        q("59/25", "question",
          "ensure that the new contracts stopped providers handing packages on to other agencies",
          "Mrs Janet Colebrook",
          "would not allow a provider to subcontract any part of a package without",
          "Cabinet Member for Adult Social Care",
          ["subcontracting", "adult-social-care"]),
        q("59/25", "question",
          "what would happen to providers who were unsuccessful in the zoned model",
          "Cllr Dunmore",
          "could still apply to join the secondary framework",
          "Assistant Director, Commissioning and Performance",
          ["subcontracting", "adult-social-care"]),
        q("59/25", "concern",
          "lead providers would subcontract large parts of their zones to smaller agencies",
          "Cllr Lythgoe",
          "subcontracting would only be permitted with the Council's prior agreement",
          "Assistant Director",
          ["subcontracting", "adult-social-care"]),
        q("59/25", "question",
          "would be sufficient to allow providers to pay care workers for travel time",
          "Cllr Hollowell",
          "the rate had been set using the Council's cost of care model",
          "Executive Director",
          ["finance", "workforce", "adult-social-care"]),
        q("59/25", "question",
          "queried how rural areas in the north of the county",
          "Cllr Bashforth",
          "lead providers in those zones would be expected to recruit locally",
          "Assistant Director",
          ["adult-social-care"]),
        q("59/25", "request",
          "requested that the evaluation of bids give a higher weighting to quality",
          "Cllr Orbell",
          "the proposed split was 70 per cent quality and 30 per cent price",
          "Cabinet Member for Adult Social Care",
          ["subcontracting", "adult-social-care"]),
        q("59/25", "question",
          "asked how people who used the service had been involved in writing",
          "Mr Birtles",
          "two co-production workshops had been held with service users and carers",
          "Assistant Director",
          ["patient-and-public-input", "adult-social-care"]),
        q("59/25", "comment",
          "some providers had handed back packages with only a few days' notice",
          "Cllr Eyles", None, None,
          ["subcontracting", "adult-social-care"]),
        q("59/25", "question",
          "what contingency arrangements would be in place if a lead provider failed",
          "Cllr Sandall",
          "would act as provider of last resort for up to six weeks",
          "Executive Director",
          ["subcontracting", "adult-social-care"]),
        # 60/25 dentistry
        q("60/25", "question",
          "asked why three practices in the county had given up their NHS work",
          "Cllr Kazmi",
          "a practice was paid the same for a course of treatment however complex",
          "Dr Mehra", ["primary-care"]),
        q("60/25", "question",
          "what the ICB was doing to attract dentists to the east of the county",
          "Chairman",
          "introduced a golden hello payment of £20,000 for dentists committing to three years",
          "Ms Fairclough", ["primary-care", "workforce"]),
        q("60/25", "concern",
          "residents were travelling up to 40 miles for urgent treatment",
          "Cllr Orbell",
          "a second urgent dental care hub was planned for Welland Market",
          "Ms Fairclough", ["primary-care"]),
        q("60/25", "question",
          "asked what was being done about tooth decay in young children",
          "Cllr Dunmore",
          "supervised toothbrushing had been introduced in 64 nurseries and primary schools",
          "Director of Public Health",
          ["public-health", "children-and-families", "primary-care"]),
        q("60/25", "request",
          "publish on its website a list of practices taking on NHS patients",
          "Cllr Lythgoe",
          "agreed to take the request away and to confirm the position",
          "Ms Fairclough", ["primary-care"]),
        q("60/25", "comment",
          "had received more enquiries about dentistry in the last twelve months",
          "Mr Birtles", None, None,
          ["primary-care", "patient-and-public-input"]),
        # 61/25 vaping and stop smoking
        q("61/25", "question",
          "what Trading Standards were doing to stop shops selling vapes to children",
          "Cllr Sandall",
          "86 test purchases had been carried out in the past year",
          "Cabinet Member for Public Health and Wellbeing",
          ["public-health", "children-and-families"]),
        q("61/25", "question",
          "whether the stop smoking service could be brought back in-house",
          "Cllr Wragby",
          "the preferred option was a competitive tender for a five-year contract",
          "Director of Public Health",
          ["privatisation", "subcontracting", "public-health"]),
        q("61/25", "concern",
          "giving free vapes to adult smokers sent a mixed message to young people",
          "Cllr Hollowell",
          "vaping was far less harmful than smoking for adults who could not quit",
          "Director of Public Health",
          ["public-health", "children-and-families"]),
        q("61/25", "question",
          "how schools were being supported to deal with vaping in toilets",
          "Cllr Eyles",
          "a vaping toolkit had been sent to every secondary school in September",
          "Director of Public Health",
          ["public-health", "children-and-families"]),
        q("61/25", "request",
          "requested figures on how many pregnant women had been referred",
          "Cllr Kazmi",
          "undertook to circulate the figures to members after the meeting",
          "Director of Public Health", ["public-health"]),
        # 62/25 assessment waiting times
        q("62/25", "question",
          "how the Council decided who was seen first when more than a thousand",
          "Cllr Bashforth",
          "every referral was screened within two working days and given a priority rating",
          "Head of Assessment and Care Management", ["adult-social-care"]),
        q("62/25", "question",
          "asked what contact people had with the Council while they were",
          "Cllr Orbell",
          "received a waiting well telephone call every four weeks",
          "Head of Assessment and Care Management", ["adult-social-care"]),
        q("62/25", "comment",
          "a vacancy rate of 18 per cent among social workers was far too high",
          "Chairman",
          "a market supplement had been introduced for experienced social workers",
          "Executive Director", ["workforce", "adult-social-care"]),
        q("62/25", "question",
          "whether people waiting for a carer's assessment were included in the figures",
          "Cllr Lythgoe",
          "carers' assessments were counted separately and that 187 carers were waiting",
          "Head of Assessment and Care Management", ["adult-social-care"]),
        q("62/25", "request",
          "show waiting times for each of the five localities separately",
          "Cllr Dunmore", None, None, ["adult-social-care"]),
        # 63/25 work programme
        q("63/25", "request",
          "an item on crisis support for adults with mental health needs",
          "Councillor Kazmi", None, None, ["mental-health"]),
        q("63/25", "question",
          "whether the item on hospital discharge could be brought forward to the January meeting",
          "Councillor Sandall",
          "the January agenda had room for the hospital discharge item",
          "Scrutiny Support Officer", ["adult-social-care"]),
    ],
    "resolutions": [
        res("57/25", "be approved and signed by the Chairman as a correct record",
            "agreed", []),
        res("59/25", "recommend to Cabinet that the re-procurement be paused for six months",
            "rejected", ["privatisation", "subcontracting", "adult-social-care"]),
        res("59/25", "report all subcontracting arrangements to the Council every quarter",
            "recommended", ["subcontracting", "adult-social-care"]),
        res("60/25", "setting out the Committee's concerns about NHS dental provision in Tovemoor",
            "agreed", ["primary-care"]),
        res("61/25", "the proposed approach to the re-commissioning of the stop smoking service",
            "noted", ["public-health", "subcontracting"]),
        res("62/25", "requests that waiting times for carers' assessments be included in the next",
            "agreed", ["adult-social-care"]),
        res("63/25", "agrees its work programme for 2025/26, subject to the changes set out above",
            "agreed", []),
    ],
    "attendees": [
        att("Councillor Ruth Pendleford", "Chairman", "present"),
        att("Councillor Derek Sandall", "Vice-Chairman", "present"),
        att("Councillor Imran Bashforth", None, "present"),
        att("Councillor Helen Dunmore", None, "present"),
        att("Councillor Graham Eyles", None, "present"),
        att("Councillor Patricia Hollowell", None, "present"),
        att("Councillor Nasreen Kazmi", None, "present"),
        att("Councillor Stuart Lythgoe", None, "present"),
        att("Councillor Margaret Orbell", None, "present"),
        att("Councillor Tony Wragby", "substitute for Councillor Colin Tebbit", "present"),
        att("Mr Alan Birtles", "Co-opted Member, Healthwatch Tovemoor (non-voting)", "present"),
        att("Councillor Colin Tebbit", None, "apologies"),
        att("Councillor Julie Mainwaring", None, "apologies"),
        att("Councillor Philippa Garside", "Cabinet Member for Adult Social Care",
            "in_attendance"),
        att("Councillor Brian Kettleby", "Cabinet Member for Public Health and Wellbeing",
            "in_attendance"),
        att("Angela Rushworth", "Executive Director, Adults, Communities and Wellbeing",
            "in_attendance"),
        att("Dr Simon Achebe-Lowe", "Director of Public Health", "in_attendance"),
        att("Karen Thorley", "Assistant Director, Commissioning and Performance",
            "in_attendance"),
        att("Mark Ellery", "Head of Assessment and Care Management", "in_attendance"),
        att("Joanne Pask", "Scrutiny Support Officer", "in_attendance"),
        att("Daniel Foxon", "Democratic Services Officer", "in_attendance"),
        att("Louise Fairclough", "Head of Primary Care Commissioning, Tove and Welland "
                                 "Integrated Care Board", "in_attendance"),
        att("Dr Raj Mehra", "Chair, Tovemoor Local Dental Committee", "in_attendance"),
    ],
}

EQIA_GOLD = {"document": EQIA_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_eqia(DOCS / EQIA_NAME)
    for gold in (MINUTES_GOLD, EQIA_GOLD):
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
    for gold_path in sorted(GOLD.glob("pr-*.json")):
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
        print(f"ok   {doc.name}: {len(phrases)} phrases checked, {text.count(chr(12)) + 1} pages, "
              f"{len(text.split())} words, {len(gold['items'])} items, "
              f"{len(gold['questions'])} questions ({answered} answered), "
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / EQIA_NAME}\ngold in {GOLD}")
