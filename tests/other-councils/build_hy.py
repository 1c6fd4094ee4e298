#!/usr/bin/env python3
"""Build the "hy-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_hy.py           build documents/hy-* and gold/hy-*.json
        build_hy.py --check   verify every gold phrase occurs once in its document
"""
import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DATE = datetime(2025, 12, 3, 9, 0, 0, tzinfo=timezone.utc)

MINUTES_NAME = "hy-tarrantshire-hasc-select-committee-2025-11-18.pdf"
OTHER_NAME = "hy-tarrantshire-decision-record-care-homes-consultation-2025-12-02.pdf"

COMMITTEE = "Health and Adult Social Care Select Committee"


# ---------------------------------------------------------------------------
# PDF helpers
# ---------------------------------------------------------------------------
class MinutesPDF(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 9)
        self.cell(0, 5, str(self.page_no()), align="C")


def new_pdf(cls=MinutesPDF):
    pdf = cls(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    return pdf


NUM_X = 20      # minute number column
BODY_X = 33     # title and text column
LINE_H = 5.6


def body_w(pdf, x=BODY_X):
    return pdf.w - pdf.r_margin - x


def para(pdf, text, x=BODY_X, style="", gap=3.2):
    pdf.set_font("DejaVu", style, 11)
    if style == "B" and pdf.will_page_break(LINE_H * 4):
        pdf.add_page()  # a heading is kept with the text that follows it
    pdf.set_x(x)
    pdf.multi_cell(body_w(pdf, x), LINE_H, text, align="L",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def bullet(pdf, text, x=BODY_X + 2, gap=1.8):
    pdf.set_font("DejaVu", "", 11)
    if pdf.will_page_break(LINE_H):
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_xy(x, y)
    pdf.cell(6, LINE_H, "•")
    pdf.set_xy(x + 6, y)
    pdf.multi_cell(body_w(pdf, x + 6), LINE_H, text, align="L",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def minute_title(pdf, number, title):
    pdf.set_font("DejaVu", "B", 11)
    if pdf.will_page_break(LINE_H * 4):
        pdf.add_page()
    pdf.ln(2)
    y = pdf.get_y()
    pdf.set_xy(NUM_X, y)
    pdf.cell(BODY_X - NUM_X, LINE_H, f"{number}.")
    pdf.set_xy(BODY_X, y)
    pdf.multi_cell(body_w(pdf), LINE_H, title, align="L",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
MEMBERS = [  # (present, name) in the order of the printed two-column grid
    (True, "Councillor Ann Fairweather"), (True, "Councillor Peter Kilby"),
    (True, "Councillor Dominic Ashdown"), (False, "Councillor Rosalind Vesey"),
    (True, "Councillor Tessa Morland"), (True, "Councillor Kevin Oduya"),
    (False, "Councillor Brian Hatherley"), (True, "Councillor Shona Lindqvist"),
    (True, "Councillor Patrick Quennell"), (True, "Councillor Mary Ellerby"),
    (True, "Councillor Hugh Pennycook"), (True, "Councillor Lorraine Gadd"),
]
COOPTED = [(True, "Councillor Diane Broadbent"), (False, "Councillor Steve Marlowe")]


def build_minutes(path):
    pdf = new_pdf()
    pdf.set_title("Minutes - Health and Adult Social Care Select Committee - 18 November 2025")
    pdf.set_author("Democratic and Member Services")

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, "TARRANTSHIRE COUNTY COUNCIL", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(0, LINE_H,
                   "Minutes of a meeting of the Health and Adult Social Care Select Committee "
                   "held at Elmsworth Hall, Castle Court, Kingsworth on Tuesday, 18th November, "
                   "2025", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    # attendance, as the county prints it: an asterisk against those present
    pdf.set_font("DejaVu", "", 11)
    pdf.set_x(70)
    pdf.cell(0, LINE_H, "Chairman:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(66)
    pdf.cell(0, LINE_H, "* Councillor Graham Pellow", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def grid(rows):
        for i in range(0, len(rows), 2):
            y = pdf.get_y()
            for j, (present, name) in enumerate(rows[i:i + 2]):
                pdf.set_xy(28 + j * 82, y)
                pdf.cell(5, LINE_H, "*" if present else "")
                pdf.cell(74, LINE_H, name)
            pdf.ln(LINE_H)

    grid(MEMBERS)
    pdf.ln(2)
    pdf.set_x(28)
    pdf.cell(0, LINE_H, "*Present", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_x(20)
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, LINE_H, "Co-opted members", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    grid(COOPTED)
    pdf.ln(3)
    pdf.set_x(20)
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, LINE_H, "Also present with the agreement of the Chairman:",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    pdf.set_x(20)
    pdf.multi_cell(0, LINE_H,
                   "Councillor Janet Thistlewood, Executive Lead Member for Adult Services "
                   "and Public Health\nCouncillor Colin Rainsford, Local Member for "
                   "Lymbourne and Fernmoor", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    # ---- 57
    minute_title(pdf, 57, "APOLOGIES FOR ABSENCE")
    para(pdf, "Apologies were received from Councillor Rosalind Vesey, Councillor Brian "
              "Hatherley and Councillor Steve Marlowe. Councillor Yvonne Castleman was in "
              "attendance as the Liberal Democrat standing deputy.")

    # ---- 58
    minute_title(pdf, 58, "DECLARATIONS OF INTEREST")
    para(pdf, "Members were mindful that where they believed they had a Disclosable "
              "Pecuniary Interest in any matter considered at the meeting they must declare "
              "that interest at the time of the relevant debate and, having regard to the "
              "circumstances described in Part 3, Paragraph 1.5 of the County Council's "
              "Members' Code of Conduct, leave the meeting while the matter was discussed, "
              "save for exercising any right to speak in accordance with Paragraph 1.6 of "
              "the Code. Furthermore Members were mindful that where they believed they had "
              "a Non-Pecuniary interest in a matter being considered at the meeting they "
              "considered whether such interest should be declared, and having regard to "
              "Part 5, Paragraph 5 of the Code, considered whether it was appropriate to "
              "leave the meeting whilst the matter was discussed, save for exercising any "
              "right to speak in accordance with the Code.")
    para(pdf, "Councillor Lorraine Gadd declared a Non-Pecuniary interest in item 7 "
              "(Proposed Changes to Inpatient Rehabilitation Beds at Lymbourne Community "
              "Hospital) as a member of the League of Friends of Lymbourne Community "
              "Hospital, and remained in the meeting for that item.")

    # ---- 59
    minute_title(pdf, 59, "MINUTES OF PREVIOUS MEETING")
    para(pdf, "The minutes of the previous meeting held on 23 September 2025 were agreed as "
              "a correct record and signed by the Chairman.")

    # ---- 60
    minute_title(pdf, 60, "DEPUTATIONS")
    para(pdf, "The Committee received one deputation, from Mrs Eileen Marchbank on behalf of "
              "the League of Friends of Lymbourne Community Hospital, in relation to item 7 "
              "(Proposed Changes to Inpatient Rehabilitation Beds at Lymbourne Community "
              "Hospital).")
    para(pdf, "Mrs Marchbank told the Committee that the League of Friends had raised over "
              "£160,000 for the hospital in the last ten years, including the refurbishment "
              "of the rehabilitation ward in 2022. She expressed concern that older people "
              "from Lymbourne and the surrounding villages would be cared for 14 miles from "
              "home, and that relatives without a car faced a journey of nearly two hours "
              "each way by bus to visit them at Fernmoor. She also felt that the engagement "
              "over the summer had not been widely publicised, with one drop-in session held "
              "during the school holidays. Mrs Marchbank asked the Committee to press the "
              "Trust to publish its travel analysis before any decision was taken.")
    para(pdf, "The Chairman thanked Mrs Marchbank for her deputation and advised that the "
              "points she had made would be taken into account when the Committee "
              "considered item 7.")

    # ---- 61
    minute_title(pdf, 61, "CHAIRMAN'S ANNOUNCEMENTS")
    para(pdf, "The Chairman reported that he and the Vice-Chairman had visited the new Urgent "
              "Treatment Centre at the Royal Kingsworth Hospital on 30 October, and thanked "
              "the Trust for hosting the visit. He reminded Members that an informal "
              "briefing on winter planning across the health and care system would be held "
              "on 9 December 2025 and that all Members of the County Council had been "
              "invited.")
    para(pdf, "The Chairman also advised that, with the agreement of the Committee, item 8 "
              "would be taken before item 7 to allow the Director of Adults' Health and Care "
              "to attend another meeting. For ease of reference the minutes are recorded in "
              "agenda order.")

    # ---- 62
    minute_title(pdf, 62, "ISSUES RELATING TO THE PLANNING, PROVISION AND/OR OPERATION OF "
                          "HEALTH SERVICES")
    para(pdf, "The Committee received reports from NHS organisations providing updates on "
              "issues previously considered by the Committee (Item 6 in the Minute Book).")
    para(pdf, "Northern Tarrant Hospitals NHS Foundation Trust – Urgent and Emergency Care "
              "Performance and Winter Planning", style="B")
    para(pdf, "The Chief Operating Officer and the Chief Nursing Officer of Northern Tarrant "
              "Hospitals NHS Foundation Trust presented the update, which set out performance "
              "against the four-hour standard at the Royal Kingsworth Hospital and Andbury "
              "General Hospital, ambulance handover times and the Trust's plans for the "
              "coming winter. Members heard that 72.4% of patients had been seen within four "
              "hours in October against the national target of 78% by March 2026, and that "
              "the average ambulance handover time had reduced from 47 minutes to 31 minutes "
              "over the last year.")
    para(pdf, "In response to questions, members heard that:", gap=2)
    bullet(pdf, "The number of patients who no longer met the criteria to reside but remained "
                "in hospital had averaged 96 a day during October, and the Trust was working "
                "with the County Council's hospital discharge teams and the transfer of care "
                "hub to bring this below 70 by January.")
    bullet(pdf, "Corridor care had been used on 14 days since the start of September. Each "
                "occasion was reviewed by the Chief Nursing Officer, and patients in corridors "
                "were risk assessed at every shift change and moved to a bay as soon as one "
                "became available.")
    bullet(pdf, "Uptake of the flu vaccine among front-line staff stood at 38%, lower than at "
                "the same point last year, and peer vaccinators were now visiting wards at "
                "night and at weekends.")
    bullet(pdf, "The new same day emergency care unit at Andbury would open in January 2026, "
                "two months later than planned, because of delays with the building "
                "contractor.")
    bullet(pdf, "International recruitment of nurses had been paused as most registered nurse "
                "vacancies had been filled, but there remained gaps in emergency medicine "
                "consultants, which were being covered by locums at significant cost.")
    para(pdf, "Members expressed concern about the number of patients waiting more than "
              "twelve hours in the emergency department from the decision to admit, and "
              "asked that these figures be reported in future updates, broken down by "
              "hospital site.", x=BODY_X)
    para(pdf, "A Member asked how many beds across the two hospitals were currently closed "
              "because of norovirus.")
    para(pdf, "Members were pleased to note the improvement in ambulance handover times and "
              "asked that their thanks be passed on to staff in both emergency departments.")
    para(pdf, "RESOLVED:", style="B", gap=1.5)
    para(pdf, "That the Health and Adult Social Care Select Committee:", gap=1.5)
    para(pdf, "1.  Note the update from Northern Tarrant Hospitals NHS Foundation Trust.",
         x=BODY_X + 4, gap=1.5)
    para(pdf, "2.  Request a further update on urgent and emergency care performance, "
              "including twelve hour waits in the emergency department, at the March 2026 "
              "meeting.", x=BODY_X + 4)

    para(pdf, "Tarrantshire and Solent Vale Integrated Care Board – Access to NHS Dentistry",
         style="B")
    para(pdf, "The Director of Primary Care and the Head of Dental Commissioning of the "
              "Tarrantshire and Solent Vale Integrated Care Board (ICB) presented an update "
              "on access to NHS dentistry, following the Committee's request in March 2025. "
              "The update set out the ICB's dental recovery plan, the number of practices "
              "accepting new NHS patients and the use of the flexible commissioning scheme to "
              "provide additional urgent appointments.")
    para(pdf, "Members asked about the availability of NHS dental appointments for children in "
              "the north of the county and heard that the ICB had commissioned an additional "
              "6,500 urgent care appointments this year through the flexible commissioning "
              "scheme, and that a supervised toothbrushing programme was now running in 62 "
              "nursery and primary school settings in the areas of greatest need. In response "
              "to a question about practices handing back their NHS contracts, the Head of "
              "Dental Commissioning advised that three practices had reduced their NHS "
              "activity during the year and that the ICB had re-procured the activity from a "
              "practice in Whitcombe, which would start taking patients in February 2026.")
    para(pdf, "Members were concerned that residents were still being advised to travel more "
              "than 20 miles for an NHS check-up and that the dental contract had still not "
              "been reformed nationally. Members requested that the ICB provide a map of "
              "practices currently accepting new adult and child NHS patients, and the "
              "Director of Primary Care agreed to circulate this to the Committee before "
              "Christmas.")
    para(pdf, "RESOLVED:", style="B", gap=1.5)
    para(pdf, "That the Health and Adult Social Care Select Committee note the update on "
              "access to NHS dentistry in Tarrantshire.")

    # ---- 63
    minute_title(pdf, 63, "PROPOSED CHANGES TO INPATIENT REHABILITATION BEDS AT LYMBOURNE "
                          "COMMUNITY HOSPITAL")
    para(pdf, "The Committee received a joint report from Downland Healthcare NHS Foundation "
              "Trust and the Tarrantshire and Solent Vale Integrated Care Board (Item 7 in the "
              "Minute Book) setting out proposals to consolidate the 18 inpatient "
              "rehabilitation beds at Lymbourne Community Hospital onto the Fernmoor Hospital "
              "site from April 2026, and asking the Committee to determine whether the "
              "proposals constituted a substantial change in service.")
    para(pdf, "The Managing Director for Community Services at Downland Healthcare explained "
              "that the Lymbourne ward had been unable to open all of its beds for ten of the "
              "last twelve months because of nurse and therapist vacancies, and that bringing "
              "the two rehabilitation wards together at Fernmoor would allow seven-day "
              "therapy and on-site medical cover. The Lymbourne site would continue to host "
              "the minor injuries unit, outpatient clinics and the community nursing team.")
    para(pdf, "Members raised a number of the points made in the deputation at minute 60, and "
              "asked how the Trust had engaged with patients and families about the "
              "proposals. Members heard that a six-week engagement exercise had been held "
              "between July and September, which included two public drop-in sessions in "
              "Lymbourne, meetings with the League of Friends and the Lymbourne Patient "
              "Participation Group, and an online survey which had received 412 responses. A "
              "report of the engagement would be published in December 2025 and shared with "
              "the Committee.")
    para(pdf, "In relation to travel for families, members heard that the Trust would fund a "
              "volunteer car scheme between Lymbourne and Fernmoor for twelve months and "
              "would then review demand, and that the travel analysis referred to in the "
              "deputation would be published alongside the engagement report. A Member asked "
              "whether the Lymbourne building would be sold, and the Managing Director "
              "confirmed that there were no plans to dispose of any part of the site.")
    para(pdf, "Members questioned whether the change was being driven by the Trust's financial "
              "position. The Director of Finance explained that the consolidation would not "
              "deliver a cash saving in the first year, as all staff would transfer to "
              "Fernmoor, but it was expected to reduce spending on agency staff by around "
              "£420,000 a year. Another Member sought clarification on what would happen to "
              "the beds at Lymbourne if recruitment improved in future, and was advised that "
              "the ward would be kept available as escalation capacity for the winter but "
              "there were no plans to reopen it permanently.")
    para(pdf, "Councillor Rainsford, as the Local Member, spoke against the proposals and "
              "asked the Committee to defer its determination until the engagement report "
              "and travel analysis had been published.")
    para(pdf, "It was proposed by Councillor Ellerby and seconded by Councillor Pennycook that "
              "consideration of the item be deferred to the January 2026 meeting. On being "
              "put to the vote the motion was lost.")
    para(pdf, "RESOLVED:", style="B", gap=1.5)
    para(pdf, "That the Health and Adult Social Care Select Committee:", gap=1.5)
    para(pdf, "a)  Determine that the proposed consolidation of inpatient rehabilitation beds "
              "from Lymbourne Community Hospital to Fernmoor Hospital does not constitute a "
              "substantial change in service.", x=BODY_X + 4, gap=1.5)
    para(pdf, "b)  Request that Downland Healthcare NHS Foundation Trust reports back to the "
              "Committee in July 2026 on the impact of the change, including travel times "
              "for families and use of the volunteer car scheme.", x=BODY_X + 4)
    para(pdf, "Voting", style="B", gap=0.5)
    para(pdf, "Favour: 8", gap=0.5)
    para(pdf, "Against: 3")

    # ---- 64
    minute_title(pdf, 64, "PRE-SCRUTINY: TARRANTSHIRE CARE – PROPOSED CONSULTATION ON THE "
                          "FUTURE OF FOUR RESIDENTIAL CARE HOMES")
    para(pdf, "The Committee considered a report of the Director of Adults' Health and Care "
              "(Item 8 in the Minute Book) on proposals to be put to the Executive Lead Member "
              "for Adult Services and Public Health on 2 December 2025 to carry out a public "
              "consultation on the future of four residential care homes run by Tarrantshire "
              "Care, the County Council's in-house care provider: Beechcroft House "
              "(Andbury), Orchard Lea (Whitcombe), The Maltings (Fernmoor) and Willowmead "
              "(Lymbourne).")
    para(pdf, "The Executive Lead Member introduced the report and the Director of Adults' "
              "Health and Care explained that the four homes required an estimated £11.6 "
              "million of investment to meet current standards, that occupancy across the "
              "four homes had fallen to 71%, and that the homes could not accommodate "
              "residents with more complex nursing and dementia needs, for whom demand was "
              "growing.")
    para(pdf, "In response to questions, members heard:", gap=2)
    bullet(pdf, "That no current resident would be required to move until a suitable "
                "alternative placement had been identified, and every resident would be "
                "offered an independent advocate.")
    bullet(pdf, "That the options set out in the consultation were closure, transfer of the "
                "homes to another provider, or retaining the homes with fewer beds, and that "
                "the County Council had not identified a preferred option.")
    bullet(pdf, "That staff would be offered redeployment to the County Council's nursing "
                "homes and extra care schemes, where there were currently 63 vacant posts.")
    bullet(pdf, "That the weekly cost of a bed in the four homes was around £1,250, compared "
                "with an average of £980 a week paid for residential placements with "
                "independent providers.")
    para(pdf, "Members expressed concern that transferring the homes to a private provider "
              "could reduce the quality of care and asked that the consultation make clear "
              "what safeguards would apply. The Director of Adults' Health and Care responded "
              "that any transfer would be subject to a full procurement process, with quality "
              "standards and the protection of existing residents written into the contract.")
    para(pdf, "A Member asked whether the consultation materials would be produced in easy "
              "read and other accessible formats, and it was confirmed that they would be, "
              "with paper copies available in libraries and in each of the four homes.")
    para(pdf, "Some Members felt that the consultation was premature when the County Council "
              "had not yet published its updated market sustainability plan, and that "
              "residents and families would be caused unnecessary anxiety.")
    para(pdf, "RESOLVED:", style="B", gap=1.5)
    para(pdf, "That the Health and Adult Social Care Select Committee support the "
              "recommendations being proposed to the Executive Lead Member for Adult Services "
              "and Public Health in section 2 of the report.")
    para(pdf, "Voting", style="B", gap=0.5)
    para(pdf, "Favour: 7", gap=0.5)
    para(pdf, "Against: 3", gap=0.5)
    para(pdf, "Abstention: 1")

    # ---- 65
    minute_title(pdf, 65, "TARRANTSHIRE SAFEGUARDING ADULTS BOARD ANNUAL REPORT 2024/25")
    para(pdf, "The Independent Chair of the Tarrantshire Safeguarding Adults Board presented "
              "the Board's annual report for 2024/25 (Item 9 in the Minute Book), which "
              "summarised the Board's work against its strategic priorities, the "
              "safeguarding adults reviews completed during the year and the priorities for "
              "2025/26.")
    para(pdf, "Members queried the increase in safeguarding concerns relating to self-neglect "
              "and were informed that this largely reflected better recognition by partners "
              "following multi-agency training, rather than a rise in the number of people "
              "at risk. In response to a question about financial abuse of older people, the "
              "Independent Chair explained that scams awareness sessions had been held with "
              "Trading Standards in 40 sheltered housing schemes, and that banks had been "
              "invited to join the Board's prevention subgroup.")
    para(pdf, "A Member sought clarification on how the Board was assured about the quality "
              "of safeguarding enquiries carried out by care providers on behalf of the "
              "County Council. It was confirmed that the Board's quality assurance subgroup "
              "had audited 60 cases during the year and reported its findings to each "
              "quarterly meeting of the Board.")
    para(pdf, "RESOLVED:", style="B", gap=1.5)
    para(pdf, "That the Health and Adult Social Care Select Committee receive and note the "
              "Tarrantshire Safeguarding Adults Board Annual Report 2024/25.")

    # ---- 66
    minute_title(pdf, 66, "WORK PROGRAMME")
    para(pdf, "The Director of People and Organisation presented the Committee's work "
              "programme (Item 10 in the Minute Book). Members requested that an update on "
              "the closure of the GP-led walk-in service at Andbury be added to the "
              "programme for the March 2026 meeting. It was noted that the January 2026 "
              "meeting would include pre-scrutiny of the Adults' Health and Care revenue "
              "budget for 2026/27.")
    para(pdf, "RESOLVED:", style="B", gap=1.5)
    para(pdf, "That the Committee's work programme be approved, subject to any amendments "
              "agreed at this meeting.")

    pdf.ln(14)
    pdf.set_x(BODY_X)
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(0, LINE_H, "Chairman, ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return pdf.page_no()


# ---------------------------------------------------------------------------
# The document that is not minutes: an Executive Lead Member's decision record
# ---------------------------------------------------------------------------
class RecordPDF(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 9)
        self.cell(0, 5, f"Page {self.page_no()}", align="C")


def build_record(path):
    pdf = new_pdf(RecordPDF)
    pdf.set_title("Decision Record - Tarrantshire Care consultation")
    pdf.set_author("Democratic and Member Services")

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, "TARRANTSHIRE COUNTY COUNCIL", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Decision Record", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    rows = [
        ("Decision Maker:", "Executive Lead Member for Adult Services and Public Health"),
        ("Date:", "2 December 2025"),
        ("Title:", "Tarrantshire Care – Proposed Consultation on the Future of Four "
                   "Residential Care Homes"),
        ("Report From:", "Director of Adults' Health and Care"),
        ("Contact name:", "Helen Ashworth-Price, Assistant Director, Provider Services"),
        ("Tel:", "01632 960 418"),
        ("Email:", "helen.ashworth-price@tarrantshire.gov.uk"),
    ]
    for label, value in rows:
        y = pdf.get_y()
        pdf.set_font("DejaVu", "", 10.5)
        n_lines = len(pdf.multi_cell(130, 6, value, dry_run=True, output="LINES"))
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.set_xy(20, y)
        pdf.multi_cell(40, 6 * n_lines, label, border=1, align="L")
        pdf.set_font("DejaVu", "", 10.5)
        pdf.set_xy(60, y)
        pdf.multi_cell(130, 6, value, border=1, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    def head(t):
        pdf.set_font("DejaVu", "B", 11)
        pdf.set_x(20)
        pdf.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    def num(n, t):
        pdf.set_font("DejaVu", "", 11)
        y = pdf.get_y()
        pdf.set_xy(20, y)
        pdf.cell(12, LINE_H, n)
        pdf.set_xy(32, y)
        pdf.multi_cell(pdf.w - 20 - 32, LINE_H, t, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

    head("1.   The decision:")
    num("1.1", "That the Executive Lead Member for Adult Services and Public Health approves "
               "a public consultation, to run for twelve weeks from 8 January 2026, on the "
               "future of Beechcroft House, Orchard Lea, The Maltings and Willowmead "
               "residential care homes operated by Tarrantshire Care.")
    num("1.2", "That the Executive Lead Member notes that no decision on the future of any of "
               "the homes will be taken until the outcome of the consultation has been "
               "reported, and that a further report will be brought to a decision day in "
               "summer 2026.")
    num("1.3", "That authority is delegated to the Director of Adults' Health and Care to "
               "finalise the consultation materials, including easy read versions, in "
               "consultation with the Executive Lead Member.")

    head("2.   Reason(s) for the decision:")
    num("2.1", "The four homes require an estimated £11.6 million of investment to meet "
               "current standards, occupancy has fallen to 71% and the buildings cannot meet "
               "the needs of residents with more complex nursing and dementia needs.")
    num("2.2", "The proposals were considered by the Health and Adult Social Care Select "
               "Committee on 18 November 2025, which supported the recommendations. During "
               "pre-scrutiny Members asked what safeguards would apply if the homes were "
               "transferred to another provider, whether residents would have to move before "
               "an alternative placement was found, and whether the consultation materials "
               "would be available in accessible formats. The consultation document will "
               "address each of these questions.")
    num("2.3", "Why is the Council consulting now? The Council has a duty to consult before "
               "making significant changes to services, and residents, families and staff "
               "should be able to give their views before any option is chosen.")

    head("3.   Other options considered and rejected:")
    num("3.1", "To retain all four homes in their current form. This was rejected because the "
               "investment required could not be met within the Adults' Health and Care "
               "capital programme without reducing other services.")
    num("3.2", "To proceed directly to a decision without consultation. This was rejected as "
               "it would not meet the County Council's legal duties.")

    head("4.   Conflicts of interest:")
    num("4.1", "Conflicts of interest declared by the decision-maker: None.")
    num("4.2", "Conflicts of interest declared by other Executive Members consulted: None.")
    head("5.   Dispensation granted by the Conflicts Advisory Panel: none.")
    head("6.   Reason(s) for the matter being dealt with if urgent: not applicable.")
    head("7.   Statement from the Decision Maker:")
    num("", "I have considered the report and the comments of the Select Committee, and I "
            "am satisfied that a full public consultation is the right next step.")
    pdf.ln(8)
    y = pdf.get_y()
    pdf.set_font("DejaVu", "", 11)
    pdf.set_xy(20, y)
    pdf.cell(90, 6, "Approved by:")
    pdf.cell(0, 6, "Date:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_x(20)
    pdf.cell(90, 6, "……………………………………")
    pdf.cell(0, 6, "2 December 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(20)
    pdf.cell(0, 6, "Executive Lead Member for Adult Services and Public Health",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(20)
    pdf.cell(0, 6, "Councillor Janet Thistlewood", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------
def q(item, kind, text, answer=None, asked_by=None, given_by=None, themes=()):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": list(themes)}


def r(item, text, outcome, themes=()):
    return {"item": item, "text": text, "outcome": outcome, "themes": list(themes)}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-11-18",
    "items": [
        {"number": "57", "title": "APOLOGIES FOR ABSENCE"},
        {"number": "58", "title": "DECLARATIONS OF INTEREST"},
        {"number": "59", "title": "MINUTES OF PREVIOUS MEETING"},
        {"number": "60", "title": "DEPUTATIONS"},
        {"number": "61", "title": "CHAIRMAN'S ANNOUNCEMENTS"},
        {"number": "62", "title": "ISSUES RELATING TO THE PLANNING, PROVISION AND/OR "
                                  "OPERATION OF HEALTH SERVICES"},
        {"number": "63", "title": "PROPOSED CHANGES TO INPATIENT REHABILITATION BEDS AT "
                                  "LYMBOURNE COMMUNITY HOSPITAL"},
        {"number": "64", "title": "PRE-SCRUTINY: TARRANTSHIRE CARE – PROPOSED CONSULTATION "
                                  "ON THE FUTURE OF FOUR RESIDENTIAL CARE HOMES"},
        {"number": "65", "title": "TARRANTSHIRE SAFEGUARDING ADULTS BOARD ANNUAL REPORT "
                                  "2024/25"},
        {"number": "66", "title": "WORK PROGRAMME"},
    ],
    "questions": [
        # 60 deputation
        q("60", "concern",
          "expressed concern that older people from Lymbourne and the surrounding villages",
          asked_by="Mrs Marchbank", themes=[]),
        q("60", "comment",
          "She also felt that the engagement over the summer had not been widely publicised",
          asked_by="Mrs Marchbank", themes=["patient-and-public-input"]),
        q("60", "request",
          "asked the Committee to press the Trust to publish its travel analysis",
          asked_by="Mrs Marchbank", themes=[]),
        # 62 (a) hospitals: bullets under "In response to questions, members heard that:"
        q("62", "question",
          "no longer met the criteria to reside but remained in hospital",
          answer="working with the County Council's hospital discharge teams",
          themes=["adult-social-care"]),
        q("62", "question",
          "Corridor care had been used on 14 days since the start of September",
          answer="patients in corridors were risk assessed at every shift change",
          themes=[]),
        q("62", "question",
          "Uptake of the flu vaccine among front-line staff stood at 38%",
          answer="peer vaccinators were now visiting wards at night and at weekends",
          themes=["public-health", "workforce"]),
        q("62", "question",
          "The new same day emergency care unit at Andbury would open",
          answer="because of delays with the building contractor",
          themes=[]),
        q("62", "question",
          "International recruitment of nurses had been paused as most registered nurse",
          answer="gaps in emergency medicine consultants, which were being covered by locums",
          themes=["workforce", "finance"]),
        q("62", "concern",
          "Members expressed concern about the number of patients waiting more than twelve hours",
          themes=[]),
        q("62", "question",
          "A Member asked how many beds across the two hospitals were currently closed",
          themes=[]),
        q("62", "comment",
          "Members were pleased to note the improvement in ambulance handover times",
          themes=[]),
        # 62 (b) dentistry
        q("62", "question",
          "Members asked about the availability of NHS dental appointments for children",
          answer="commissioned an additional 6,500 urgent care appointments this year",
          themes=["primary-care", "children-and-families", "subcontracting"]),
        q("62", "question",
          "In response to a question about practices handing back their NHS contracts",
          answer="the ICB had re-procured the activity from a practice in Whitcombe",
          given_by="the Head of Dental Commissioning",
          themes=["primary-care", "subcontracting"]),
        q("62", "concern",
          "Members were concerned that residents were still being advised to travel",
          themes=["primary-care"]),
        q("62", "request",
          "Members requested that the ICB provide a map of practices currently accepting",
          answer="the Director of Primary Care agreed to circulate this to the Committee",
          given_by="the Director of Primary Care",
          themes=["primary-care"]),
        # 63 Lymbourne
        q("63", "question",
          "asked how the Trust had engaged with patients and families about the proposals",
          answer="a six-week engagement exercise had been held between July and September",
          themes=["patient-and-public-input"]),
        q("63", "question",
          "In relation to travel for families, members heard that",
          answer="the Trust would fund a volunteer car scheme between Lymbourne and Fernmoor",
          themes=[]),
        q("63", "question",
          "A Member asked whether the Lymbourne building would be sold",
          answer="there were no plans to dispose of any part of the site",
          given_by="the Managing Director",
          themes=[]),
        q("63", "question",
          "Members questioned whether the change was being driven by the Trust's financial position",
          answer="it was expected to reduce spending on agency staff by around",
          given_by="The Director of Finance",
          themes=["finance", "workforce"]),
        q("63", "question",
          "sought clarification on what would happen to the beds at Lymbourne",
          answer="the ward would be kept available as escalation capacity for the winter",
          themes=["workforce"]),
        q("63", "request",
          "asked the Committee to defer its determination until the engagement report",
          asked_by="Councillor Rainsford",
          themes=["patient-and-public-input"]),
        # 64 care homes: bullets under "In response to questions, members heard:"
        q("64", "question",
          "no current resident would be required to move until a suitable alternative placement",
          answer="every resident would be offered an independent advocate",
          themes=["adult-social-care"]),
        q("64", "question",
          "the options set out in the consultation were closure, transfer of the homes",
          answer="the County Council had not identified a preferred option",
          themes=["patient-and-public-input", "privatisation", "adult-social-care"]),
        q("64", "question",
          "That staff would be offered redeployment to the County Council's nursing homes",
          answer="where there were currently 63 vacant posts",
          themes=["workforce", "adult-social-care"]),
        q("64", "question",
          "the weekly cost of a bed in the four homes was around",
          answer="paid for residential placements with independent providers",
          themes=["finance", "adult-social-care", "subcontracting"]),
        q("64", "concern",
          "transferring the homes to a private provider could reduce the quality of care",
          answer="any transfer would be subject to a full procurement process",
          given_by="The Director of Adults' Health and Care",
          themes=["privatisation", "subcontracting", "adult-social-care"]),
        q("64", "question",
          "asked whether the consultation materials would be produced in easy read",
          answer="with paper copies available in libraries and in each of the four homes",
          themes=["patient-and-public-input", "adult-social-care"]),
        q("64", "comment",
          "Some Members felt that the consultation was premature when the County Council",
          themes=["patient-and-public-input", "adult-social-care"]),
        # 65 safeguarding adults
        q("65", "question",
          "Members queried the increase in safeguarding concerns relating to self-neglect",
          answer="better recognition by partners following multi-agency training",
          themes=["adult-social-care"]),
        q("65", "question",
          "In response to a question about financial abuse of older people",
          answer="scams awareness sessions had been held with Trading Standards",
          given_by="the Independent Chair",
          themes=["adult-social-care"]),
        q("65", "question",
          "sought clarification on how the Board was assured about the quality",
          answer="the Board's quality assurance subgroup had audited 60 cases during the year",
          themes=["adult-social-care", "governance"]),
        # 66 work programme
        q("66", "request",
          "requested that an update on the closure of the GP-led walk-in service",
          themes=["primary-care"]),
    ],
    "resolutions": [
        r("59", "were agreed as a correct record and signed by the Chairman", "agreed"),
        r("62", "Note the update from Northern Tarrant Hospitals NHS Foundation Trust",
          "agreed"),
        r("62", "note the update on access to NHS dentistry in Tarrantshire", "noted",
          ["primary-care"]),
        r("63", "put to the vote the motion was lost", "rejected"),
        r("63", "does not constitute a substantial change in service", "agreed",
          ["governance"]),
        r("64", "support the recommendations being proposed to the Executive Lead Member",
          "agreed", ["adult-social-care"]),
        r("65", "receive and note the Tarrantshire Safeguarding Adults Board Annual Report",
          "noted", ["adult-social-care"]),
        r("66", "That the Committee's work programme be approved, subject to any amendments",
          "agreed"),
    ],
    "attendees": [
        a("Councillor Graham Pellow", "Chairman", "present"),
        *[a(n, None, "present" if p else "apologies") for p, n in MEMBERS],
        *[a(n, None, "present" if p else "apologies") for p, n in COOPTED],
        a("Councillor Yvonne Castleman", "Liberal Democrat standing deputy", "present"),
        a("Councillor Janet Thistlewood",
          "Executive Lead Member for Adult Services and Public Health", "in_attendance"),
        a("Councillor Colin Rainsford", "Local Member for Lymbourne and Fernmoor",
          "in_attendance"),
    ],
}

OTHER_GOLD = {"document": OTHER_NAME, "doc_type": "other"}


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------
def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    s = s.replace("_", "")
    return re.sub(r"\s+", " ", s).strip()


def pdf_text(path):
    import pdfplumber
    with pdfplumber.open(str(path)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def check():
    ok = True
    for gold in (MINUTES_GOLD, OTHER_GOLD):
        text = norm(pdf_text(DOCS / gold["document"]))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, p in phrases:
            n_words = len(p.split())
            count = text.count(norm(p))
            if count != 1 or not 6 <= n_words <= 15:
                ok = False
                print(f"FAIL {gold['document']}: {kind} {p!r}: {count} occurrences, "
                      f"{n_words} words")
        print(f"{gold['document']}: {len(phrases)} phrases checked")
    # the attendance names must be printed as given
    raw = pdf_text(DOCS / MINUTES_NAME)
    flat = re.sub(r"\s+", " ", raw)
    for att in MINUTES_GOLD["attendees"]:
        if att["name"] not in flat:
            ok = False
            print(f"FAIL attendee not printed: {att['name']}")
    print("check passed" if ok else "check FAILED")
    return ok


def main():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    pages = build_minutes(DOCS / MINUTES_NAME)
    build_record(DOCS / OTHER_NAME)
    for gold in (MINUTES_GOLD, OTHER_GOLD):
        out = GOLD / (Path(gold["document"]).stem + ".json")
        out.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {MINUTES_NAME} ({pages} pages), {OTHER_NAME} and their gold files")
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)


if __name__ == "__main__":
    main()
