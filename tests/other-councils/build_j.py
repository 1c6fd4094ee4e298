#!/usr/bin/env python
"""Build the "j-" documents of the other-councils evaluation set and their gold annotations.

Usage:
    build_j.py            build documents/ and gold/
    build_j.py --check    verify every gold phrase occurs verbatim and uniquely in the
                          document text (and, for the PDF, in the text extracted from it)

All councils, people, places and figures are invented.  Deterministic: fixed dates, no
randomness.
"""
import datetime
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
SHY = "\u00ad"
FIXED_DATE = datetime.datetime(2025, 3, 10, 9, 0, 0, tzinfo=datetime.timezone.utc)

THEMES = {"privatisation", "subcontracting", "patient-and-public-input", "public-health",
          "finance", "governance", "integration", "workforce", "primary-care",
          "mental-health", "children-and-families", "adult-social-care", "housing"}


def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def A(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


# ---------------------------------------------------------------------------------------
# hyphenation for the PDF: insert soft hyphens at rough syllable boundaries so that fpdf2
# breaks long words across line ends, as word processors do
VOWELS = set("aeiouy")
DIGRAPHS = {"th", "ch", "sh", "ph", "wh", "ck", "gh", "qu", "ng"}


def hyphenate_word(w):
    if len(w) < 8 or not w.isalpha() or not w.islower():
        return w
    cuts = []
    for i in range(3, len(w) - 2):
        a, b, c = w[i - 1], w[i], w[i + 1]
        if a in VOWELS and b not in VOWELS and c in VOWELS:
            cuts.append(i)
        elif (a not in VOWELS and b not in VOWELS and w[i - 2] in VOWELS and c in VOWELS
              and (a + b) not in DIGRAPHS):
            cuts.append(i)
    cuts = [i for i in cuts if not w[i:].startswith(("ed", "es"))]
    out, last = [], 0
    for i in cuts:
        if i - last >= 2:
            out.append(w[last:i])
            last = i
    out.append(w[last:])
    return SHY.join(out)


def hyph(text):
    return re.sub(r"[A-Za-z]+", lambda m: hyphenate_word(m.group(0)), text)


# =======================================================================================
# 1. PDF — Hallowfield Borough Council, Adults, Health and Wellbeing O&S Committee
# =======================================================================================
PDF_NAME = "j-hallowfield-ahw-osc-minutes-2025-01-14.pdf"
PDF_HEADER = "HALLOWFIELD BOROUGH COUNCIL"
PDF_MOTTO = "Labore et Concordia"
PDF_HEADER_R = "Adults, Health and Wellbeing Overview and Scrutiny Committee - 14 January 2025"

PDF_BLOCKS = [
    ("title", "ADULTS, HEALTH AND WELLBEING OVERVIEW AND SCRUTINY COMMITTEE"),
    ("subtitle", "MINUTES OF THE MEETING HELD ON TUESDAY, 14 JANUARY 2025 AT 6.00 PM IN "
                 "COMMITTEE ROOM 2, TOWN HALL, MARKET STREET, HALLOWFIELD"),
    ("label", "PRESENT:", "Councillor M Hargreaves (in the Chair)"),
    ("cont", "Councillors T Ashworth, R Bibi, P Cartwright, D Entwistle, S Khan, L Mellor and "
             "J Whitworth"),
    ("label", "ALSO PRESENT:", "Councillor J Okafor (Cabinet Member for Adult Social Care and "
                               "Health) and A Birtwistle (Healthwatch Hallowfield, co-opted "
                               "non-voting member)"),
    ("label", "OFFICERS:", "H Sowerby (Director of Adult Social Care and Health), Dr K Rashid "
                           "(Director of Public Health), M Fielding (Head of Commissioning and "
                           "Contracts - Adults, Health and Housing Support), C Dunn (Strategic "
                           "Finance Business Partner - Adults and Health), S Royle (Associate "
                           "Director of Operations, Hallowfield Teaching Hospitals NHS "
                           "Foundation Trust) and G Pilling (Democratic and Scrutiny Support "
                           "Officer)"),
    ("item", "1", "APOLOGIES"),
    ("p", "Apologies for absence were received from Councillors K Brierley and N Haworth. "
          "Councillor P Cartwright attended as substitute for Councillor Brierley."),
    ("item", "2", "DECLARATIONS OF INTEREST"),
    ("p", "Councillor S Khan declared a non-registerable interest in Minute 7 (Adult Social "
          "Care Charging Policy) as a close family member was in receipt of chargeable care "
          "and support. She remained in the meeting during consideration of the item but did "
          "not take part in the vote."),
    ("item", "3", "MINUTES OF THE LAST MEETING"),
    ("res", "RESOLVED \u2013 That the minutes of the meeting held on 12 November 2024 be "
            "approved as a correct record and signed by the Chair.", []),
    ("item", "4", "QUESTIONS FROM MEMBERS OF THE PUBLIC"),
    ("p", "The Democratic and Scrutiny Support Officer reported that no questions had been "
          "received from members of the public under Standing Order 11."),
    ("item", "5", "WINTER RESILIENCE AND HOSPITAL DISCHARGE"),
    ("p", "The Committee considered a joint report of the Director of Adult Social Care and "
          "Health and the Associate Director of Operations, Hallowfield Teaching Hospitals NHS "
          "Foundation Trust, which provided an update on the preparations of the local health "
          "and care system for winter 2024/25 and on performance in discharging patients from "
          "hospital. S Royle reported that the Trust had declared a critical incident on "
          "2 January 2025 for a period of 36 hours owing to high numbers of influenza and "
          "norovirus admissions, and that the transfer of care hub had operated seven days a "
          "week since the beginning of November."),
    ("p", "During the discussion the following points were raised:"),
    ("pts", [
        "a Member asked how many patients who were medically optimised for discharge were "
        "still occupying acute beds \u2013 officers confirmed that the figure had been 64 on "
        "10 January 2025, compared with 81 on the same date the previous year;",
        "concern was expressed that some patients had been discharged home late in the "
        "evening before their care arrangements were in place \u2013 in response, the "
        "Associate Director of Operations stated that discharges after 8.00 pm had been "
        "stopped unless the patient or their family requested it;",
        "Councillor Entwistle asked whether the additional reablement capacity funded "
        "through the Better Care Fund would continue after 31 March 2025 \u2013 the Director "
        "of Adult Social Care and Health advised that this was dependent on the national "
        "allocation for 2025/26, which had not yet been confirmed;",
        "Members requested that future reports include information on emergency "
        "readmissions within 30 days of discharge;",
        "a Member commented that the transfer of care hub had been a positive development "
        "and asked that the thanks of the Committee be passed on to the health and care "
        "staff who had worked throughout the Christmas period.",
    ]),
    ("res", "RESOLVED \u2013 That", [
        "the report be noted; and",
        "a further report on hospital discharge performance, including emergency readmission "
        "data, be submitted to the Committee in June 2025.",
    ]),
    ("item", "6", "RECOMMISSIONING OF HOME CARE SERVICES"),
    ("p", "The Committee considered a report of the Director of Adult Social Care and Health "
          "which set out proposals for the recommissioning of home care (domiciliary care) "
          "services from 1 October 2025. The report explained that the Council currently "
          "purchased home care from 34 providers on a spot basis and proposed a new model of "
          "six geographical zones, each with a lead provider appointed through an open "
          "tender and supported by a framework of secondary providers. The Cabinet Member "
          "for Adult Social Care and Health emphasised that the proposals were intended to "
          "improve continuity of care and to reduce the number of people waiting for a care "
          "package, which had stood at 57 in December 2024."),
    ("p", "During the discussion the following points were raised:"),
    ("pts", [
        "Councillor Bibi asked whether the zoned model would reduce the choice available to "
        "people receiving care \u2013 officers confirmed that direct payments would remain "
        "available to anyone who wished to arrange their own provider;",
        "concern was raised that smaller local agencies would struggle to compete against "
        "large national companies in the tender process \u2013 in response, the Head of "
        "Commissioning and Contracts stated that the lots had been sized so that local "
        "agencies could bid as part of a consortium;",
        "a Member asked whether the new contracts would require providers to pay care "
        "workers at least the Real Living Wage \u2013 the Cabinet Member stated that this "
        "would be a contractual requirement and that compliance would be monitored "
        "quarterly;",
        "Councillor Whitworth queried why the option of bringing home care back in-house had "
        "not been recommended \u2013 the Director explained that a council-run service had "
        "been costed in the options appraisal at Appendix 2 but would cost an estimated "
        "\u00a33.4m more each year;",
        "a Member sought clarification on how the views of people receiving home care had "
        "been gathered \u2013 officers advised that 412 survey responses and four focus "
        "groups with people who use services and their carers had informed the "
        "specification.",
    ]),
    ("res", "RESOLVED \u2013 That", [
        "the proposed approach to the recommissioning of home care services be supported;",
        "Cabinet be recommended to require each lead provider to report workforce, pay and "
        "unfilled hours data to the Council on a quarterly basis; and",
        "the comments of the Committee be reported to the meeting of Cabinet on "
        "4 February 2025.",
    ]),
    ("item", "7", "ADULT SOCIAL CARE CHARGING POLICY"),
    ("p", "(Councillor S Khan had declared an interest in this item \u2013 see Minute 2 "
          "above.)"),
    ("p", "The Committee considered a report of the Director of Adult Social Care and Health "
          "which set out the outcome of the public consultation on proposed changes to the "
          "Adult Social Care Charging Policy. The proposals included the replacement of the "
          "flat-rate disability related expenditure allowance with individual assessments, "
          "and the introduction of an annual arrangement fee of \u00a3295 for people with "
          "eligible needs whose savings were above the upper capital limit but who asked the "
          "Council to arrange their care. The consultation had run for twelve weeks and had "
          "received 638 responses."),
    ("p", "During the discussion the following points were raised:"),
    ("pts", [
        "a Member asked how many people would pay more as a result of the proposals "
        "\u2013 officers confirmed that approximately 1,150 people would see an increase, "
        "averaging \u00a39.40 per week;",
        "Councillor Mellor expressed concern that the consultation had closed before the "
        "revised financial assessment guidance had been published \u2013 in response, the "
        "Cabinet Member stated that the draft guidance had been available on request "
        "throughout the consultation period;",
        "a Member asked whether the arrangement fee would deter people who funded their own "
        "care from seeking advice \u2013 the Strategic Finance Business Partner explained "
        "that the fee applied only where the Council arranged care on a person's behalf and "
        "not to information and advice;",
        "concern was expressed about the cumulative impact on unpaid carers, many of whom "
        "were already facing financial hardship \u2013 the Director undertook to circulate "
        "the section of the equality impact assessment relating to carers to all Members "
        "of the Committee;",
        "Councillor Ashworth asked what additional income the changes were expected to "
        "generate \u2013 officers confirmed a full year estimate of \u00a3560,000, which had "
        "already been included in the medium term financial plan.",
    ]),
    ("res", "RESOLVED \u2013 That", [
        "the outcome of the consultation be noted; and",
        "Cabinet be recommended to phase in the removal of the flat-rate disability related "
        "expenditure allowance over two years rather than from April 2025.",
    ]),
    ("item", "8", "DIRECTOR OF PUBLIC HEALTH ANNUAL REPORT 2024"),
    ("p", "Dr K Rashid, Director of Public Health, presented his annual report for 2024, "
          "entitled \u2018A Fair Start, A Fair Chance\u2019, which focused on the gap in "
          "healthy life expectancy between the most and the least deprived wards of the "
          "borough, which currently stood at 14.6 years for men and 12.9 years for women."),
    ("p", "During the discussion the following points were raised:"),
    ("pts", [
        "a Member asked why smoking prevalence in the east of the borough remained almost "
        "double the borough average \u2013 the Director of Public Health stated that the "
        "stop smoking service had been refocused on routine and manual workers and on "
        "pregnant women living in those wards;",
        "Councillor Khan asked about the uptake of childhood immunisations \u2013 officers "
        "confirmed that uptake of the second dose of MMR at age five was 84.2 per cent, "
        "against the national target of 95 per cent, and that a catch-up programme was under "
        "way in primary schools;",
        "a Member requested that the stop smoking service be promoted more actively through "
        "GP practices and community pharmacies \u2013 the Director agreed to raise this with "
        "the clinical directors of the primary care networks.",
    ]),
    ("res", "RESOLVED \u2013 That the annual report of the Director of Public Health for 2024 "
            "be noted and that the Director be thanked for an informative report.", []),
    ("item", "9", "WORK PROGRAMME 2024/25"),
    ("p", "The Committee considered its work programme for the remainder of the municipal "
          "year."),
    ("res", "RESOLVED \u2013 That the work programme be approved subject to the addition of an "
            "item on access to NHS dentistry at the meeting on 11 March 2025.", []),
    ("item", "10", "DATE AND TIME OF NEXT MEETING"),
    ("p", "The next meeting of the Committee will be held on Tuesday, 11 March 2025 at "
          "6.00 pm in Committee Room 2, Town Hall."),
    ("end", "(The meeting closed at 8.27 pm)"),
]


def pdf_logical_text():
    out = []
    for b in PDF_BLOCKS:
        kind = b[0]
        if kind in ("title", "subtitle", "cont", "p", "end"):
            out.append(b[1])
        elif kind == "label":
            out.append(b[1] + " " + b[2])
        elif kind == "item":
            out.append(b[1] + " " + b[2])
        elif kind == "pts":
            for i, t in enumerate(b[1]):
                out.append(f"({roman(i + 1)}) {t}")
        elif kind == "res":
            out.append(b[1])
            for i, t in enumerate(b[2]):
                out.append(f"({i + 1}) {t}")
    return "\n".join(out)


def roman(n):
    return ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][n - 1]


def build_pdf(path):
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            # a rough "crest": a shield outline with a chevron
            self.set_draw_color(60, 60, 60)
            self.set_line_width(0.3)
            x, y = 20, 9
            self.line(x, y, x + 9, y)
            self.line(x, y, x, y + 6)
            self.line(x + 9, y, x + 9, y + 6)
            self.line(x, y + 6, x + 4.5, y + 10)
            self.line(x + 9, y + 6, x + 4.5, y + 10)
            self.line(x + 1.5, y + 6, x + 4.5, y + 2.5)
            self.line(x + 7.5, y + 6, x + 4.5, y + 2.5)
            self.set_xy(32, 9)
            self.set_font("DV", "B", 10)
            self.cell(80, 5, PDF_HEADER)
            self.set_xy(32, 14)
            self.set_font("DV", "I", 7)
            self.cell(80, 4, PDF_MOTTO)
            self.set_xy(110, 11)
            self.set_font("DV", "", 7)
            self.multi_cell(80, 3.5, PDF_HEADER_R, align="R")
            self.line(20, 22, 190, 22)
            self.set_y(27)

        def footer(self):
            self.set_y(-18)
            self.set_font("DV", "", 8)
            self.cell(0, 5, f"Page {self.page_no() + 8}", align="C")
            self.set_y(-18)
            self.cell(0, 5, "Chair's initials ..........", align="R")

    pdf = Minutes(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_creator("Microsoft Word for Microsoft 365")
    pdf.set_producer("Microsoft Word for Microsoft 365")
    pdf.set_title("Minutes - Adults, Health and Wellbeing OSC - 14 January 2025")
    pdf.set_margins(20, 27, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.add_page()
    LH = 5
    for b in PDF_BLOCKS:
        kind = b[0]
        if kind == "title":
            pdf.set_font("DV", "B", 11)
            pdf.multi_cell(0, 5.5, b[1], align="C")
            pdf.ln(1)
        elif kind == "subtitle":
            pdf.set_font("DV", "B", 10)
            pdf.multi_cell(0, 4.6, b[1], align="C")
            pdf.ln(4)
        elif kind == "label":
            pdf.set_font("DV", "B", 10)
            pdf.set_x(20)
            pdf.cell(32, LH, b[1])
            pdf.set_font("DV", "", 10)
            pdf.set_x(52)
            pdf.multi_cell(0, LH, b[2], align="L")
            pdf.ln(2)
        elif kind == "cont":
            pdf.set_font("DV", "", 10)
            pdf.set_y(pdf.get_y() - 2)
            pdf.set_x(52)
            pdf.multi_cell(0, LH, b[1], align="L")
            pdf.ln(2)
        elif kind == "item":
            pdf.ln(2)
            if pdf.get_y() > 255:
                pdf.add_page()
            pdf.set_font("DV", "B", 9.5)
            pdf.set_x(20)
            pdf.cell(12, 5, b[1])
            pdf.multi_cell(0, 5, b[2])
            pdf.ln(1.5)
        elif kind == "p":
            pdf.set_font("DV", "", 10)
            pdf.set_x(32)
            pdf.multi_cell(0, LH, hyph(b[1]), align="J")
            pdf.ln(2)
        elif kind == "pts":
            pdf.set_font("DV", "", 10)
            for i, t in enumerate(b[1]):
                pdf.set_x(32)
                y = pdf.get_y()
                pdf.cell(10, LH, f"({roman(i + 1)})")
                pdf.set_xy(42, y)
                pdf.multi_cell(0, LH, hyph(t), align="J")
                pdf.ln(1.5)
            pdf.ln(0.5)
        elif kind == "res":
            pdf.set_font("DV", "B", 10)
            pdf.set_x(32)
            pdf.multi_cell(0, LH, hyph(b[1]), align="J")
            pdf.set_font("DV", "", 10)
            for i, t in enumerate(b[2]):
                pdf.ln(1)
                pdf.set_x(42)
                y = pdf.get_y()
                pdf.cell(10, LH, f"({i + 1})")
                pdf.set_xy(52, y)
                pdf.multi_cell(0, LH, hyph(t), align="J")
            pdf.ln(2.5)
        elif kind == "end":
            pdf.ln(3)
            pdf.set_font("DV", "I", 9)
            pdf.set_x(32)
            pdf.multi_cell(0, LH, b[1])
            pdf.ln(10)
            pdf.set_font("DV", "B", 10)
            pdf.set_x(120)
            pdf.cell(0, LH, "CHAIR")
    pdf.output(str(path))


PDF_GOLD = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": "Adults, Health and Wellbeing Overview and Scrutiny Committee",
    "meeting_date": "2025-01-14",
    "items": [{"number": b[1], "title": b[2]} for b in PDF_BLOCKS if b[0] == "item"],
    "questions": [
        Q("5", "question", "asked how many patients who were medically optimised for discharge",
          None, "the figure had been 64 on 10 January 2025", "officers",
          ["adult-social-care"]),
        Q("5", "concern", "some patients had been discharged home late in the evening",
          None, "discharges after 8.00 pm had been stopped unless the patient",
          "Associate Director of Operations", ["adult-social-care"]),
        Q("5", "question", "asked whether the additional reablement capacity funded through the "
          "Better Care Fund", "Councillor Entwistle",
          "this was dependent on the national allocation for 2025/26",
          "Director of Adult Social Care and Health",
          ["adult-social-care", "finance", "integration"]),
        Q("5", "request", "future reports include information on emergency readmissions within "
          "30 days", "Members", None, None, ["adult-social-care"]),
        Q("5", "comment", "the transfer of care hub had been a positive development", None,
          None, None, ["adult-social-care", "integration"]),
        Q("6", "question", "asked whether the zoned model would reduce the choice available",
          "Councillor Bibi", "direct payments would remain available to anyone who wished",
          "officers", ["adult-social-care", "subcontracting"]),
        Q("6", "concern", "smaller local agencies would struggle to compete against large "
          "national companies", None,
          "the lots had been sized so that local agencies could bid",
          "Head of Commissioning and Contracts",
          ["adult-social-care", "subcontracting", "privatisation"]),
        Q("6", "question", "require providers to pay care workers at least the Real Living Wage",
          None, "this would be a contractual requirement and that compliance would be monitored",
          "Cabinet Member", ["adult-social-care", "subcontracting", "workforce"]),
        Q("6", "question", "queried why the option of bringing home care back", 
          "Councillor Whitworth",
          "had been costed in the options appraisal at Appendix 2", "Director",
          ["adult-social-care", "privatisation", "finance"]),
        Q("6", "question", "sought clarification on how the views of people receiving home care",
          None, "412 survey responses and four focus groups with people who use services",
          "officers", ["adult-social-care", "patient-and-public-input"]),
        Q("7", "question", "asked how many people would pay more as a result of the proposals",
          None, "approximately 1,150 people would see an increase, averaging £9.40 per week",
          "officers", ["adult-social-care", "finance"]),
        Q("7", "concern", "the consultation had closed before the revised financial assessment "
          "guidance", "Councillor Mellor",
          "the draft guidance had been available on request throughout the consultation",
          "Cabinet Member", ["adult-social-care", "patient-and-public-input"]),
        Q("7", "question", "whether the arrangement fee would deter people who funded their own "
          "care", None, "the fee applied only where the Council arranged care",
          "Strategic Finance Business Partner", ["adult-social-care", "finance"]),
        Q("7", "concern", "concern was expressed about the cumulative impact on unpaid carers",
          None, "undertook to circulate the section of the equality impact assessment",
          "Director", ["adult-social-care", "finance"]),
        Q("7", "question", "asked what additional income the changes were expected to generate",
          "Councillor Ashworth", "a full year estimate of £560,000, which had already been "
          "included", "officers", ["adult-social-care", "finance"]),
        Q("8", "question", "asked why smoking prevalence in the east of the borough remained",
          None, "the stop smoking service had been refocused on routine and manual workers",
          "Director of Public Health", ["public-health"]),
        Q("8", "question", "Councillor Khan asked about the uptake of childhood immunisations",
          "Councillor Khan", "uptake of the second dose of MMR at age five", "officers",
          ["public-health", "children-and-families"]),
        Q("8", "request", "the stop smoking service be promoted more actively through GP "
          "practices", None,
          "agreed to raise this with the clinical directors of the primary care networks",
          "Director", ["public-health", "primary-care"]),
    ],
    "resolutions": [
        R("3", "the minutes of the meeting held on 12 November 2024 be approved", "agreed", []),
        R("5", "a further report on hospital discharge performance, including emergency "
          "readmission data", "agreed", ["adult-social-care"]),
        R("6", "Cabinet be recommended to require each lead provider to report workforce",
          "recommended", ["adult-social-care", "subcontracting", "workforce"]),
        R("7", "Cabinet be recommended to phase in the removal of the flat-rate", "recommended",
          ["adult-social-care", "finance"]),
        R("8", "the annual report of the Director of Public Health for 2024 be noted", "noted",
          ["public-health"]),
        R("9", "the work programme be approved subject to the addition of an item", "agreed",
          ["primary-care"]),
    ],
    "attendees": [
        A("Councillor M Hargreaves", "Chair", "present"),
        A("Councillor T Ashworth", None, "present"),
        A("Councillor R Bibi", None, "present"),
        A("Councillor P Cartwright", None, "present"),
        A("Councillor D Entwistle", None, "present"),
        A("Councillor S Khan", None, "present"),
        A("Councillor L Mellor", None, "present"),
        A("Councillor J Whitworth", None, "present"),
        A("Councillor J Okafor", "Cabinet Member for Adult Social Care and Health",
          "in_attendance"),
        A("A Birtwistle", "Healthwatch Hallowfield, co-opted non-voting member",
          "in_attendance"),
        A("H Sowerby", "Director of Adult Social Care and Health", "in_attendance"),
        A("Dr K Rashid", "Director of Public Health", "in_attendance"),
        A("M Fielding", "Head of Commissioning and Contracts - Adults, Health and Housing "
          "Support", "in_attendance"),
        A("C Dunn", "Strategic Finance Business Partner - Adults and Health", "in_attendance"),
        A("S Royle", "Associate Director of Operations, Hallowfield Teaching Hospitals NHS "
          "Foundation Trust", "in_attendance"),
        A("G Pilling", "Democratic and Scrutiny Support Officer", "in_attendance"),
        A("Councillor K Brierley", None, "apologies"),
        A("Councillor N Haworth", None, "apologies"),
    ],
}


# =======================================================================================
# 2. TXT — Northgate and Wyre Vale Joint HOSC, minutes saved from an e-mail
# =======================================================================================
TXT_NAME = "j-northgate-wyrevale-jhosc-draft-minutes-2025-02-20.txt"


def underline(title, ch):
    return [title, ch * len(title)]


def wrap(text, indent="", width=72):
    import textwrap
    return textwrap.wrap(text, width=width, initial_indent=indent,
                         subsequent_indent=indent, break_on_hyphens=False,
                         break_long_words=False)


TXT_ITEMS = [
    ("1", "Welcome, introductions and apologies", [
        "The Chair welcomed everyone to the meeting. Apologies were noted as above. "
        "Cllr Blake attended as substitute for Cllr Hext.",
    ]),
    ("2", "Declarations of interest", [
        "Cllr Ellery declared a non-pecuniary interest as her daughter is employed as a staff "
        "nurse at Kellingford General Hospital. There were no other declarations.",
    ]),
    ("3", "Minutes of the previous meeting (7 November 2024)", [
        "Decision: The minutes of the meeting held on 7 November 2024 were agreed as an "
        "accurate record.",
    ]),
    ("4", "Questions from councillors and the public", [
        "Three questions had been received in advance of the meeting. Full written responses "
        "will be published with these minutes.",
        "Q1 (Cllr Patel): Given that the ICB's own travel analysis shows residents of the "
        "Moorside estate would face journeys of over an hour by public transport to Halsey "
        "Royal Infirmary, how can the ICB claim that the stroke proposals will reduce health "
        "inequalities?",
        "Response (Chief Executive, Northgate ICB): The travel analysis relates to visitors "
        "rather than patients, who would be taken directly to the hyperacute unit by "
        "ambulance. The ICB accepts that visiting is a real concern for families and has set "
        "up a transport working group, including Healthwatch, which will report before any "
        "final decision is made.",
        "Supplementary question (Cllr Patel): Will the ICB commit to funding a dedicated "
        "visitor shuttle bus between Kellingford and Halsey if the working group recommends "
        "one?",
        "Response (Chief Executive, Northgate ICB): He could not commit funding at the "
        "meeting, but any recommendation from the working group would be given serious "
        "consideration by the ICB board.",
        "Q2 (Mr Derek Ames, Kellingford resident): How much has the ICB spent on external "
        "management consultants in developing the stroke reconfiguration proposals, and which "
        "firms were used?",
        "Response (Director of Strategy and Transformation, Northgate ICB): A total of "
        "\u00a3186,000 had been spent with two firms, whose names will be included in the "
        "written response. This covered clinical modelling and travel time analysis only.",
        "Q3 (Ms Carol Whyte, Keep Kellingford Stroke Unit campaign): Why was the public "
        "consultation launched in December, when many people are unable to attend events, "
        "and will the ICB extend the closing date?",
        "Response (Director of Strategy and Transformation, Northgate ICB): The timing had "
        "been set to allow a decision before the new financial year. However, the ICB has "
        "agreed to extend the consultation by three weeks to 4 April 2025 and additional "
        "drop-in sessions have been arranged in Kellingford and Wyrebridge.",
    ]),
    ("5", "Stroke services reconfiguration", [
        "Tom Keeling and Joanna Prior presented the report on the proposal to consolidate "
        "hyperacute stroke care for Northgate and Wyre Vale on a single site at Halsey Royal "
        "Infirmary, with Kellingford General Hospital continuing to provide inpatient stroke "
        "rehabilitation. Mr Keeling said that the current two-unit model could not meet "
        "national staffing standards for stroke consultants or specialist nurses and that "
        "both units relied heavily on locum cover, particularly at weekends.",
        "Cllr Noakes asked about the impact on ambulance journey times for patients living "
        "in the rural west of Wyre Vale. Dr Voss said that the modelling showed an average "
        "additional journey time of 11 minutes, although for around 40 patients a year it "
        "could exceed 20 minutes; the ambulance trust would be funded for two additional "
        "crews. Cllr McBride queried whether Halsey Royal had the physical capacity to take "
        "the extra patients. Ms Prior said that a \u00a37.8m capital scheme for twelve "
        "additional beds had been approved and would be completed before the change took "
        "place.",
        "Lisa Grant (Healthwatch Northgate) raised concern that the consultation documents "
        "were not available in accessible formats or community languages. Ms Prior accepted "
        "this and said that Easy Read and translated versions would be published within two "
        "weeks.",
        "Cllr Tulley asked what would happen to the stroke nurses currently working at "
        "Kellingford. Mr Keeling said that no redundancies were planned and that staff would "
        "be offered posts at Halsey or in the rehabilitation unit, with excess travel costs "
        "reimbursed for four years.",
        "Cllr Patel commented that the Committee had not been given sight of the full "
        "business case, which made meaningful scrutiny of the proposals difficult.",
        "Decision: The Committee (1) considers that the proposed reconfiguration is a "
        "substantial variation in the provision of health services; (2) will submit a "
        "formal response to the consultation by 4 April 2025; and (3) requests that the ICB "
        "shares the full pre-consultation business case with members of the Committee.",
    ]),
    ("6", "Urgent and emergency care - winter update", [
        "Dr Voss and Dr Garside gave a verbal update on urgent and emergency care over the "
        "winter period. Handover delays had improved but remained above the national "
        "standard at both hospitals.",
        "Cllr Ellery asked how many hours had been lost to ambulance handover delays at "
        "Kellingford General in January. Dr Voss said that 2,140 hours had been lost, a "
        "reduction of about a third compared with January 2024.",
        "Cllr Blake asked whether the new urgent treatment centre in Northgate was diverting "
        "patients from A&E as intended. Dr Garside said that A&E attendances had fallen by "
        "6 per cent since the centre opened, but that it was too early to draw firm "
        "conclusions.",
        "Decision: The update from the ambulance trust and the ICB was noted.",
    ]),
    ("7", "Access to NHS dentistry", [
        "Ms Prior presented a report on access to NHS dental services since the ICB took on "
        "responsibility for commissioning dentistry in April 2023. Eleven practices across "
        "the two areas had handed back their NHS contracts in the last two years.",
        "Cllr McBride asked how many residents were waiting to be seen by an NHS dentist. "
        "Ms Prior said that there was no central waiting list, but the dental helpline had "
        "received 9,300 calls in the last quarter.",
        "Ms Grant said that Healthwatch continued to receive more feedback about dentistry "
        "than about any other service, particularly from parents unable to register their "
        "children. She asked that the ICB publish data showing which practices were "
        "accepting new NHS patients. Ms Prior agreed to look into this.",
        "Cllr Noakes asked whether last year's underspend on the dental budget would be "
        "reinvested in dentistry. Ms Prior confirmed that \u00a31.2m of the underspend had "
        "been ringfenced for additional urgent dental care sessions in 2025/26.",
        "Decision: The Committee RECOMMENDS that Northgate ICB publishes a dental access "
        "recovery plan, including practice-level information on practices accepting new NHS "
        "patients, by 30 June 2025.",
    ]),
    ("8", "Work programme", [
        "Decision: The work programme was agreed, with an additional item on the outcome of "
        "the stroke consultation to be scheduled for the July meeting.",
    ]),
    ("9", "Date of next meeting", [
        "Thursday 22 May 2025, 10.00am, Northgate Town Hall.",
    ]),
]


def txt_text():
    L = []
    L += ["From: Shah, Priya <Priya.Shah@wyrevale.example.gov.uk>",
          "Sent: 27 February 2025 16:42",
          "To: JHOSC Members; JHOSC Officers",
          "Cc: Democratic Services",
          "Subject: DRAFT minutes - Northgate & Wyre Vale JHOSC - 20/02/25",
          "", "Dear all,", ""]
    L += wrap("Please see below the draft minutes of last Thursday's meeting. They will be "
              "submitted for approval at the next meeting, so please let me have any "
              "factual corrections by Friday 7 March.")
    L += ["", "Kind regards", "Priya", "",
          "Priya Shah | Scrutiny Officer | Wyre Vale County Council",
          "Tel: 01632 960418", "",
          "-" * 72, ""]
    L += underline("NORTHGATE AND WYRE VALE JOINT HEALTH OVERVIEW AND SCRUTINY COMMITTEE",
                   "=")
    L += ["", "DRAFT MINUTES",
          "Thursday 20 February 2025, 10.00am",
          "Council Chamber, Wyre Vale County Hall, Kellingford", ""]
    L += underline("Attendees:", "-")
    L += [
        "Cllr Susan Oduya \u2013 Chair \u2013 Northgate City Council",
        "Cllr Brian Tulley \u2013 Vice-Chair \u2013 Wyre Vale County Council",
        "Cllr Anil Patel \u2013 Member \u2013 Northgate City Council",
        "Cllr Fiona McBride \u2013 Member \u2013 Northgate City Council",
        "Cllr Owen Blake \u2013 Member (substitute) \u2013 Northgate City Council",
        "Cllr Graham Noakes \u2013 Member \u2013 Wyre Vale County Council",
        "Cllr Ruth Ellery \u2013 Member \u2013 Wyre Vale County Council",
        "Dr Neil Garside \u2013 Chief Executive \u2013 Northgate ICB",
        "Joanna Prior \u2013 Director of Strategy and Transformation \u2013 Northgate ICB",
        "Tom Keeling \u2013 Stroke Clinical Lead \u2013 Northgate Hospitals NHS Trust",
        "Dr Hannah Voss \u2013 Medical Director \u2013 North Wyre Ambulance Service",
        "Lisa Grant \u2013 Manager \u2013 Healthwatch Northgate",
        "Priya Shah \u2013 Scrutiny Officer \u2013 Wyre Vale County Council",
        "",
    ]
    L += wrap("Apologies: Cllr Derek Foyle (Wyre Vale County Council); Cllr Marion Hext "
              "(Northgate City Council)")
    L += [""]
    for num, title, paras in TXT_ITEMS:
        L += underline(f"Item {num}: {title}", "-")
        for p in paras:
            m = re.match(r"(Q\d+|Supplementary question|Response) \(", p)
            if m:
                L += wrap(p)
            elif p.startswith("Decision:"):
                L += wrap(p)
            else:
                L += wrap(p)
            L.append("")
    L += ["Meeting closed 12.48pm.", "", "Chair: ............................", "",
          "-- ",
          "This e-mail and any attachments are intended for the addressee only.",
          "If you have received it in error please notify the sender and delete",
          "it.", ""]
    for ln in L:
        assert len(ln) <= 72, ln
    return "\r\n".join(L)


TXT_GOLD = {
    "document": TXT_NAME,
    "doc_type": "minutes",
    "committee": "Northgate and Wyre Vale Joint Health Overview and Scrutiny Committee",
    "meeting_date": "2025-02-20",
    "items": [{"number": n, "title": t} for n, t, _ in TXT_ITEMS],
    "questions": [
        Q("4", "question", "how can the ICB claim that the stroke proposals will reduce health "
          "inequalities", "Cllr Patel",
          "The travel analysis relates to visitors rather than patients",
          "Chief Executive, Northgate ICB", ["public-health"]),
        Q("4", "question", "Will the ICB commit to funding a dedicated visitor shuttle bus",
          "Cllr Patel", "any recommendation from the working group would be given serious "
          "consideration", "Chief Executive, Northgate ICB", ["finance"]),
        Q("4", "question", "How much has the ICB spent on external management consultants",
          "Mr Derek Ames", "had been spent with two firms, whose names will be included",
          "Director of Strategy and Transformation, Northgate ICB",
          ["finance", "subcontracting"]),
        Q("4", "question", "Why was the public consultation launched in December", 
          "Ms Carol Whyte",
          "agreed to extend the consultation by three weeks to 4 April 2025",
          "Director of Strategy and Transformation, Northgate ICB",
          ["patient-and-public-input"]),
        Q("5", "question", "asked about the impact on ambulance journey times for patients",
          "Cllr Noakes", "an average additional journey time of 11 minutes", "Dr Voss", []),
        Q("5", "question", "queried whether Halsey Royal had the physical capacity to take",
          "Cllr McBride", "capital scheme for twelve additional beds had been approved",
          "Ms Prior", ["finance"]),
        Q("5", "concern", "the consultation documents were not available in accessible formats",
          "Lisa Grant", "Easy Read and translated versions would be published within two weeks",
          "Ms Prior", ["patient-and-public-input"]),
        Q("5", "question", "asked what would happen to the stroke nurses currently working",
          "Cllr Tulley", "no redundancies were planned and that staff would be offered posts",
          "Mr Keeling", ["workforce"]),
        Q("5", "comment", "had not been given sight of the full business case", "Cllr Patel",
          None, None, ["governance"]),
        Q("6", "question", "asked how many hours had been lost to ambulance handover delays",
          "Cllr Ellery", "2,140 hours had been lost, a reduction of about a third", "Dr Voss",
          []),
        Q("6", "question", "whether the new urgent treatment centre in Northgate was diverting",
          "Cllr Blake", "A&E attendances had fallen by 6 per cent since the centre opened",
          "Dr Garside", []),
        Q("7", "question", "asked how many residents were waiting to be seen by an NHS dentist",
          "Cllr McBride", "there was no central waiting list, but the dental helpline",
          "Ms Prior", ["primary-care"]),
        Q("7", "request", "asked that the ICB publish data showing which practices were "
          "accepting", "Ms Grant", "Ms Prior agreed to look into this", "Ms Prior",
          ["primary-care", "patient-and-public-input", "children-and-families"]),
        Q("7", "question", "whether last year's underspend on the dental budget would be "
          "reinvested", "Cllr Noakes",
          "had been ringfenced for additional urgent dental care sessions", "Ms Prior",
          ["primary-care", "finance"]),
    ],
    "resolutions": [
        R("3", "The minutes of the meeting held on 7 November 2024 were agreed", "agreed", []),
        R("5", "considers that the proposed reconfiguration is a substantial variation",
          "agreed", ["governance", "patient-and-public-input"]),
        R("6", "The update from the ambulance trust and the ICB was noted", "noted", []),
        R("7", "RECOMMENDS that Northgate ICB publishes a dental access recovery plan",
          "recommended", ["primary-care"]),
        R("8", "The work programme was agreed, with an additional item on the outcome",
          "agreed", []),
    ],
    "attendees": [
        A("Cllr Susan Oduya", "Chair", "present"),
        A("Cllr Brian Tulley", "Vice-Chair", "present"),
        A("Cllr Anil Patel", "Member", "present"),
        A("Cllr Fiona McBride", "Member", "present"),
        A("Cllr Owen Blake", "Member (substitute)", "present"),
        A("Cllr Graham Noakes", "Member", "present"),
        A("Cllr Ruth Ellery", "Member", "present"),
        A("Dr Neil Garside", "Chief Executive", "in_attendance"),
        A("Joanna Prior", "Director of Strategy and Transformation", "in_attendance"),
        A("Tom Keeling", "Stroke Clinical Lead", "in_attendance"),
        A("Dr Hannah Voss", "Medical Director", "in_attendance"),
        A("Lisa Grant", "Manager", "in_attendance"),
        A("Priya Shah", "Scrutiny Officer", "in_attendance"),
        A("Cllr Derek Foyle", None, "apologies"),
        A("Cllr Marion Hext", None, "apologies"),
    ],
}


# =======================================================================================
# 3. DOCX — Marlcombe District Council, Overview and Scrutiny Board (auto numbering)
# =======================================================================================
DOCX_NAME = "j-marlcombe-osb-minutes-2025-03-05.docx"
DOCX_START = 58

DOCX_ITEMS = [
    ("Apologies for absence and substitutions", [
        ("p", "Apologies for absence were received from Councillors E Vosper and L Trenear. "
              "Councillor J Hocking attended as a substitute for Councillor Vosper."),
    ]),
    ("Declarations of interest", [
        ("p", "Councillor P Fairweather declared an other registrable interest in item 8 "
              "(Leisure services contract \u2013 annual performance review) as a trustee of "
              "Marlcombe Amateur Swimming Club, which hires pool time from the operator."),
    ]),
    ("Minutes", [
        ("p", "The minutes of the meeting of the Board held on 29 January 2025 were "
              "submitted."),
        ("agreed", "That the minutes of the meeting held on 29 January 2025 be confirmed as a "
                   "correct record and signed by the Chairman."),
    ]),
    ("Public participation", [
        ("p", "Mr Colin Rawle, Chair of the Marlcombe Tenants\u2019 Forum, addressed the Board "
              "regarding damp and mould in temporary accommodation. He asked how many "
              "households placed in temporary accommodation by the Council had reported damp "
              "or mould in the last twelve months. The Cabinet Member for Housing and "
              "Communities replied that 23 reports had been received, all but two of which "
              "had been resolved, and undertook to provide Mr Rawle with a written "
              "response."),
    ]),
    ("Call-in of Cabinet decision: award of the responsive repairs and planned maintenance "
     "contract", [
        ("p", "The Board considered a call-in of the decision made by Cabinet on "
              "12 February 2025 to award the contract for responsive repairs and planned "
              "maintenance of the Council\u2019s housing stock to Veritas Property Services "
              "Ltd for seven years, with an option to extend for a further three years, at "
              "an estimated total value of \u00a341.6m. The decision had been called in by "
              "Councillors Boateng, Carew and Quiller on the grounds that Cabinet had not "
              "given adequate consideration to the alternative of an in-house direct labour "
              "organisation and that tenants had not been adequately consulted."),
        ("p", "Councillor Boateng, as lead signatory, outlined the reasons for the call-in. "
              "The Leader of the Council and the Cabinet Member for Housing and Communities "
              "responded to the reasons given, and the Procurement and Contracts Manager "
              "summarised the procurement process that had been followed."),
        ("p", "Members asked why the options appraisal had been presented to Cabinet as a "
              "confidential appendix. The Director of Resources explained that it contained "
              "commercially sensitive pricing information submitted by bidders, but that a "
              "redacted version would now be published. Members also queried whether the "
              "evaluation had given sufficient weight to social value; the Procurement and "
              "Contracts Manager confirmed that social value had been weighted at 15 per "
              "cent, in line with the Council\u2019s procurement strategy."),
        ("p", "Councillor Carew expressed concern that tenants had only been consulted "
              "through a single online survey, which had received 96 responses from more "
              "than 3,400 households. The Cabinet Member acknowledged that the response rate "
              "had been disappointing and said that the Tenants\u2019 Forum had been involved "
              "in drafting the specification."),
        ("p", "Councillor Quiller asked what protection the Council would have if the "
              "contractor failed, as the previous repairs contractor had done in 2021. The "
              "Director of Resources stated that the contract included a parent company "
              "guarantee and a performance bond equal to ten per cent of the annual contract "
              "value."),
        ("p", "Councillor Penhaligon moved, and Councillor Aldous seconded, that the Board "
              "take no further action on the call-in. Councillor Boateng moved an amendment, "
              "seconded by Councillor Carew, that the decision be referred back to Cabinet "
              "for reconsideration with a request that a full appraisal of an in-house "
              "option be published. The amendment was put to the vote and was LOST, with 3 "
              "votes in favour and 5 against."),
        ("agreed", "Not to refer the decision back to Cabinet for reconsideration; the "
                   "decision may therefore be implemented with immediate effect."),
    ]),
    ("Homelessness and temporary accommodation pressures", [
        ("p", "The Head of Housing and Homelessness presented a report on the increasing "
              "demand for temporary accommodation. The number of households in temporary "
              "accommodation had risen from 64 in April 2023 to 131 in January 2025, of whom "
              "38 had been placed in bed and breakfast accommodation outside the district. "
              "The temporary accommodation budget was forecast to overspend by \u00a31.1m in "
              "2024/25."),
        ("p", "Councillor Dymond asked how long families with children were remaining in bed "
              "and breakfast accommodation, given the six week legal limit. The Head of "
              "Housing and Homelessness said that at 28 February nine families had been "
              "there for longer than six weeks, the longest for eleven weeks, and that each "
              "case was reviewed weekly by a senior manager."),
        ("p", "Members raised concern at the cost of nightly paid accommodation and asked "
              "whether the Council could acquire properties of its own. The Director of "
              "Resources said that a business case for purchasing up to 30 homes, funded "
              "through borrowing and the Local Authority Housing Fund, would be presented to "
              "Cabinet in April. Councillor Aldous asked whether private landlords were being "
              "offered incentives to house homeless households; the Head of Housing and "
              "Homelessness confirmed that a landlord incentive scheme offering up to "
              "\u00a32,000 per tenancy had secured 17 tenancies since October."),
        ("p", "Councillor Hocking requested that the Board receive a breakdown of the reasons "
              "for homelessness presentations, including the number arising from no fault "
              "evictions."),
        ("agreed", "That the Board (a) notes the report; and (b) recommends to Cabinet that "
                   "the business case for the acquisition of temporary accommodation be "
                   "considered at the earliest opportunity."),
    ]),
    ("Leisure services contract \u2013 annual performance review", [
        ("p", "The Leisure Client and Contracts Officer presented the annual review of the "
              "leisure management contract with Active Horizons Leisure Ltd, now in the "
              "fourth year of a fifteen year contract. Visits had returned to pre-pandemic "
              "levels and the operator had paid the Council a concession fee of "
              "\u00a3212,000 in 2023/24."),
        ("p", "Councillor Fairweather, having declared an interest, took no part in the "
              "discussion of this item."),
        ("p", "Councillor Quiller asked why the operator had reduced the opening hours at "
              "Marlcombe Pool without consulting the Council. The Leisure Client and "
              "Contracts Officer said that the reduction had been a breach of the contract, "
              "that a formal warning notice had been served, and that normal opening hours "
              "had been restored in January."),
        ("p", "Members questioned whether the operator was making excessive profits from "
              "the contract, given the increase of 9 per cent in membership charges. Officers "
              "explained that the contract contained a profit share mechanism under which "
              "the Council received half of any surplus above 5 per cent, which had amounted "
              "to \u00a386,000 in 2023/24."),
        ("p", "Councillor Carew commented that the GP exercise referral scheme run by the "
              "operator was highly valued by residents and should be protected in any future "
              "contract variation."),
        ("agreed", "That the annual performance review of the leisure services contract be "
                   "noted."),
    ]),
    ("Disabled Facilities Grants \u2013 delivery and waiting times", [
        ("p", "The Head of Housing and Homelessness reported that the average time from "
              "referral to completion of a Disabled Facilities Grant adaptation was 41 weeks, "
              "against a target of 26 weeks, largely because of a shortage of occupational "
              "therapists at the county council."),
        ("p", "Councillor Aldous asked whether the Council could employ its own occupational "
              "therapist rather than rely on the county council. The Head of Housing and "
              "Homelessness said that a joint post funded through the Better Care Fund was "
              "being recruited to, with an expected start date in May 2025. Councillor "
              "Boateng asked whether the unspent grant allocation of \u00a3420,000 carried "
              "forward from last year would have to be returned to government. The Director "
              "of Resources confirmed that it would not, as the grant could be carried "
              "forward and was fully committed to approved schemes."),
        ("agreed", "That the Board (a) notes the delivery performance for Disabled Facilities "
                   "Grants; and (b) requests a further update at its meeting in "
                   "September 2025."),
    ]),
    ("Work programme", [
        ("p", "The Board considered its work programme for 2025/26."),
        ("agreed", "That the work programme be approved, with the addition of a review of "
                   "the performance of the new repairs contractor after six months of "
                   "operation."),
    ]),
]

NUMBERING_XML = """
<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="90">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="{start}"/>
    <w:numFmt w:val="decimal"/>
    <w:lvlText w:val="%1."/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="851" w:hanging="851"/></w:pPr>
    <w:rPr><w:b/></w:rPr>
  </w:lvl>
  <w:lvl w:ilvl="1">
    <w:start w:val="1"/>
    <w:numFmt w:val="decimal"/>
    <w:lvlText w:val="%1.%2"/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="851" w:hanging="851"/></w:pPr>
  </w:lvl>
  <w:lvl w:ilvl="2">
    <w:start w:val="1"/>
    <w:numFmt w:val="lowerLetter"/>
    <w:lvlText w:val="(%3)"/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="1418" w:hanging="567"/></w:pPr>
  </w:lvl>
</w:abstractNum>
"""


def build_docx(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    d = docx.Document()
    d.core_properties.created = FIXED_DATE.replace(tzinfo=None)
    d.core_properties.modified = FIXED_DATE.replace(tzinfo=None)
    d.core_properties.last_modified_by = "Kevin Jory"
    d.core_properties.author = "Democratic Services"
    d.core_properties.title = "Overview and Scrutiny Board minutes 5 March 2025"
    d.core_properties.revision = 3
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)

    numbering = d.part.numbering_part.element
    absn = parse_xml(NUMBERING_XML.replace("{start}", str(DOCX_START)))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(
        '<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def numbered(p, level):
        # get_or_add_numPr() puts <w:numPr> where the schema wants it (before spacing/jc)
        numPr = p._p.get_or_add_pPr().get_or_add_numPr()
        numPr.get_or_add_ilvl().val = level
        numPr.get_or_add_numId().val = 90

    def para(text, bold=False, align=None, size=None, space_after=6, indent=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(space_after)
        if indent is not None:
            p.paragraph_format.left_indent = Cm(indent)
        return p

    hdr = sec.header.paragraphs[0]
    hdr.text = "Overview and Scrutiny Board \u2013 5 March 2025"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    ftr = sec.footer.paragraphs[0]
    ftr.text = "Chairman\u2019s initials ________"
    ftr.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    para("MARLCOMBE DISTRICT COUNCIL", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    para("Minutes of a meeting of the Overview and Scrutiny Board held in the Council "
         "Chamber, Kenwyn House, Marlcombe on Wednesday, 5 March 2025 at 2.00 pm",
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=14)
    para("Present: Councillors R Penhaligon (Chairman), D Aldous (Vice-Chairman), "
         "K Boateng, S Carew, M Dymond, P Fairweather, J Hocking and T Quiller.")
    para("Substitutes: Councillor J Hocking (for Councillor E Vosper).")
    para("In attendance: Councillor G Tamblyn (Leader of the Council), Councillor N Rowse "
         "(Cabinet Member for Housing and Communities), Mark Liddicoat (Director of "
         "Resources and Section 151 Officer), Sarah Tregenza (Head of Housing and "
         "Homelessness), Anna Pascoe (Procurement and Contracts Manager), Lewis Opie "
         "(Leisure Client and Contracts Officer) and Kevin Jory (Democratic Services "
         "Officer).", space_after=14)

    for title, body in DOCX_ITEMS:
        p = para(title, bold=True, space_after=6)
        p.paragraph_format.keep_with_next = True
        numbered(p, 0)
        for kind, text in body:
            if kind == "p":
                p = para(text, space_after=6)
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                numbered(p, 1)
            else:
                p = d.add_paragraph()
                p.paragraph_format.left_indent = Cm(1.5)
                p.paragraph_format.space_after = Pt(10)
                r = p.add_run("AGREED: " + text)
                r.bold = True
    para("")
    para("The meeting ended at 4.52 pm.")
    para("Chairman ____________________", space_after=0)
    d.save(str(path))
    # fix zip timestamps for determinism
    import zipfile
    import shutil
    tmp = str(path) + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            ni = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 10, 9, 0, 0))
            ni.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(ni, data)
    shutil.move(tmp, path)


def n(i):
    return str(DOCX_START + i)


DOCX_GOLD = {
    "document": DOCX_NAME,
    "doc_type": "minutes",
    "committee": "Overview and Scrutiny Board",
    "meeting_date": "2025-03-05",
    "items": [{"number": n(i), "title": t} for i, (t, _) in enumerate(DOCX_ITEMS)],
    "questions": [
        Q(n(3), "question", "asked how many households placed in temporary accommodation by "
          "the Council", "Mr Colin Rawle",
          "23 reports had been received, all but two of which had been resolved",
          "Cabinet Member for Housing and Communities", ["housing"]),
        Q(n(4), "question", "Members asked why the options appraisal had been presented to "
          "Cabinet", "Members", "it contained commercially sensitive pricing information "
          "submitted by bidders", "Director of Resources", ["governance", "subcontracting"]),
        Q(n(4), "question", "queried whether the evaluation had given sufficient weight to "
          "social value", "Members",
          "social value had been weighted at 15 per cent", "Procurement and Contracts Manager",
          ["subcontracting"]),
        Q(n(4), "concern", "tenants had only been consulted through a single online survey",
          "Councillor Carew", "the response rate had been disappointing", "Cabinet Member",
          ["patient-and-public-input", "housing", "subcontracting"]),
        Q(n(4), "question", "asked what protection the Council would have if the contractor "
          "failed", "Councillor Quiller",
          "included a parent company guarantee and a performance bond",
          "Director of Resources", ["subcontracting", "governance", "housing"]),
        Q(n(5), "question", "how long families with children were remaining in bed and "
          "breakfast", "Councillor Dymond",
          "nine families had been there for longer than six weeks",
          "Head of Housing and Homelessness", ["housing", "children-and-families"]),
        Q(n(5), "concern", "Members raised concern at the cost of nightly paid accommodation",
          "Members", "a business case for purchasing up to 30 homes",
          "Director of Resources", ["housing", "finance"]),
        Q(n(5), "question", "asked whether private landlords were being offered incentives",
          "Councillor Aldous", "offering up to £2,000 per tenancy had secured 17 tenancies",
          "Head of Housing and Homelessness", ["housing", "finance"]),
        Q(n(5), "request", "receive a breakdown of the reasons for homelessness presentations",
          "Councillor Hocking", None, None, ["housing"]),
        Q(n(6), "question", "why the operator had reduced the opening hours at Marlcombe Pool",
          "Councillor Quiller",
          "the reduction had been a breach of the contract, that a formal warning notice",
          "Leisure Client and Contracts Officer", ["subcontracting"]),
        Q(n(6), "question", "questioned whether the operator was making excessive profits from "
          "the contract", "Members",
          "the Council received half of any surplus above 5 per cent", "Officers",
          ["privatisation", "subcontracting", "finance"]),
        Q(n(6), "comment", "the GP exercise referral scheme run by the operator was highly "
          "valued", "Councillor Carew", None, None, ["public-health", "subcontracting"]),
        Q(n(7), "question", "whether the Council could employ its own occupational therapist",
          "Councillor Aldous",
          "a joint post funded through the Better Care Fund was being recruited",
          "Head of Housing and Homelessness",
          ["workforce", "integration", "adult-social-care", "housing"]),
        Q(n(7), "question", "whether the unspent grant allocation of £420,000 carried forward",
          "Councillor Boateng", "the grant could be carried forward and was fully committed",
          "Director of Resources", ["finance", "housing"]),
    ],
    "resolutions": [
        R(n(2), "minutes of the meeting held on 29 January 2025 be confirmed", "agreed", []),
        R(n(4), "The amendment was put to the vote and was LOST", "rejected",
          ["subcontracting", "privatisation", "governance", "housing"]),
        R(n(4), "Not to refer the decision back to Cabinet for reconsideration", "agreed",
          ["subcontracting", "governance", "housing"]),
        R(n(5), "recommends to Cabinet that the business case for the acquisition", 
          "recommended", ["housing", "finance"]),
        R(n(6), "the annual performance review of the leisure services contract be noted",
          "noted", ["subcontracting"]),
        R(n(7), "notes the delivery performance for Disabled Facilities Grants", "agreed",
          ["housing", "adult-social-care"]),
        R(n(8), "with the addition of a review of the performance of the new repairs "
          "contractor", "agreed", ["subcontracting", "housing"]),
    ],
    "attendees": [
        A("Councillor R Penhaligon", "Chairman", "present"),
        A("Councillor D Aldous", "Vice-Chairman", "present"),
        A("Councillor K Boateng", None, "present"),
        A("Councillor S Carew", None, "present"),
        A("Councillor M Dymond", None, "present"),
        A("Councillor P Fairweather", None, "present"),
        A("Councillor J Hocking", None, "present"),
        A("Councillor T Quiller", None, "present"),
        A("Councillor G Tamblyn", "Leader of the Council", "in_attendance"),
        A("Councillor N Rowse", "Cabinet Member for Housing and Communities", "in_attendance"),
        A("Mark Liddicoat", "Director of Resources and Section 151 Officer", "in_attendance"),
        A("Sarah Tregenza", "Head of Housing and Homelessness", "in_attendance"),
        A("Anna Pascoe", "Procurement and Contracts Manager", "in_attendance"),
        A("Lewis Opie", "Leisure Client and Contracts Officer", "in_attendance"),
        A("Kevin Jory", "Democratic Services Officer", "in_attendance"),
        A("Councillor E Vosper", None, "apologies"),
        A("Councillor L Trenear", None, "apologies"),
    ],
}


# =======================================================================================
# 4. HTML — Wealdmere County Council, printed minutes page (single div)
# =======================================================================================
HTML_NAME = "j-wealdmere-cyp-scrutiny-printed-minutes-2025-01-27.html"

PQT = [
    ("Mrs Janet Morley (parent)",
     "My son has an EHCP and his taxi to school has been cancelled three times this term "
     "because the operator has no drivers. What is the Council doing to make sure that "
     "operators can actually deliver the routes they win?",
     "Mrs Chadwick, Cabinet Member for Children, Young People and Education, apologised for "
     "the disruption. She explained that the operator had been issued with a default notice "
     "and that routes would be re-let where an operator repeatedly failed to provide a "
     "driver."),
    ("Mr Alan Drury (Wealdmere Parent Carer Forum)",
     "How many children are currently waiting more than 20 weeks for their Education, "
     "Health and Care Plan to be issued, and when does the Council expect to clear the "
     "backlog?",
     "Mr Osei, Director of Education and SEND, responded that 312 plans were outside the "
     "20 week timescale at the end of December and that the service expected to clear the "
     "backlog by September 2025 following the recruitment of eight additional caseworkers."),
    ("Ms Farah Siddiqui",
     "Will the Committee look at the profits being made by private companies that run "
     "children\u2019s homes in Wealdmere, some of which charge more than \u00a38,000 a week "
     "for a placement?",
     "The Chairman replied that placement costs and the role of private providers would be "
     "considered under minute 47 below, and that Ms Siddiqui would be sent a copy of the "
     "report."),
    ("Mr Peter Lowe",
     "Why has the Council stopped funding the youth club in Eastbrook when antisocial "
     "behaviour among teenagers there is rising?",
     "Mrs Chadwick replied that funding had not been withdrawn but had been transferred to "
     "a new detached youth work contract delivered by a voluntary sector partner, which "
     "would include weekly sessions in Eastbrook."),
]

HTML_ITEMS = [
    ("41", "APOLOGIES AND SUBSTITUTES", [
        ("p", "Apologies for absence were received from Mr G Lister and Mrs P Okonjo. "
              "Mrs A Lytton was present as a substitute for Mrs Okonjo."),
    ]),
    ("42", "DECLARATIONS OF INTERESTS BY MEMBERS IN ITEMS ON THE AGENDA", [
        ("p", "Mr M Ghosh declared that his wife was an approved foster carer for the County "
              "Council."),
    ]),
    ("43", "MINUTES OF THE MEETING HELD ON 18 NOVEMBER 2024", [
        ("res", "that the minutes of the meeting held on 18 November 2024 are correctly "
                "recorded and that they be signed by the Chairman."),
    ]),
    ("44", "PUBLIC QUESTION TIME", [
        ("p", "(a) The Chairman reported that four questions had been received from members "
              "of the public in accordance with the Committee\u2019s procedure rules. The "
              "questions, and the responses given at the meeting, are set out below."),
        ("table", None),
        ("p", "(b) The Chairman thanked the questioners for attending."),
    ]),
    ("45", "HOME TO SCHOOL TRANSPORT \u2013 RECOMMISSIONING OF SEND TRANSPORT", [
        ("p", "(a) Mr Osei introduced the report, which explained that spending on home to "
              "school transport for children with special educational needs had risen from "
              "\u00a331.2m in 2021/22 to a forecast \u00a352.7m in 2024/25. It was proposed "
              "that the existing framework be replaced by a dynamic purchasing system from "
              "September 2025, allowing new operators to join at any time."),
        ("p", "(b) In the course of discussion Members raised the following points:"),
        ("p", "(i) Mr Dyer asked why the number of single occupancy taxi routes had "
              "increased so sharply. Mr Osei said that many children had complex needs that "
              "required them to travel alone, but that every such route was now being "
              "reviewed by a travel assessor."),
        ("p", "(ii) Mrs Fenton expressed concern that independent travel training was being "
              "pressed on children who were not ready for it. The Director assured Members "
              "that training was only offered with the agreement of parents and the school."),
        ("p", "(iii) Ms Cavendish asked whether the Council had considered running its own "
              "fleet of minibuses. Mr Carrow said that a pilot using six council-owned "
              "vehicles would begin in Wealdmere North in September 2025 and would be "
              "evaluated against the cost of contracted routes."),
        ("p", "(iv) Mr Bennett requested that drivers and passenger assistants employed by "
              "operators be required to complete the Council\u2019s SEND awareness "
              "training."),
        ("res", "that (1) the report be noted; and (2) the Cabinet Member for Children, Young "
                "People and Education be recommended to include a requirement for SEND "
                "awareness training for all drivers and passenger assistants in the new "
                "contracts."),
    ]),
    ("46", "CHILDREN\u2019S SOCIAL CARE WORKFORCE STRATEGY 2025-2028", [
        ("p", "(a) Ms Whitlock introduced the draft strategy. The vacancy rate for children\u2019s "
              "social workers stood at 24 per cent and agency workers filled 19 per cent of "
              "posts, at an additional cost of \u00a36.3m in 2023/24."),
        ("p", "(b) Mrs Armitage asked how the Council\u2019s pay for social workers compared "
              "with neighbouring authorities. Ms Whitlock said that, following the market "
              "supplement introduced in 2024, pay in Wealdmere was broadly comparable with "
              "neighbouring county councils but remained below that of the London "
              "boroughs."),
        ("p", "(c) Mr Ghosh asked about the retention of newly qualified social workers. The "
              "Corporate Director responded that 82 per cent of the 2022 cohort remained with "
              "the Council after two years and that caseloads for first year workers were "
              "capped at 15 children."),
        ("p", "(d) The Chairman commented that the reliance on agency staff in the Wealdmere "
              "South assessment team had been identified by Ofsted as a risk to the quality "
              "of practice. Ms Whitlock agreed and said that the team was now supported by a "
              "permanent practice manager."),
        ("res", "that the Committee endorses the draft Children\u2019s Social Care Workforce "
                "Strategy 2025-2028."),
    ]),
    ("47", "SUFFICIENCY OF PLACEMENTS FOR CHILDREN IN CARE", [
        ("p", "(a) Ms Fairbairn introduced the annual sufficiency report. 68 per cent of "
              "residential placements were with private providers, at an average weekly cost "
              "of \u00a36,850, and three new council-run children\u2019s homes were planned."),
        ("p", "(b) Mr Dyer asked what proportion of children in residential care were placed "
              "outside the county. Ms Fairbairn said that 41 of the 73 children in "
              "residential care were placed outside Wealdmere, some of them more than 100 "
              "miles away."),
        ("p", "(c) Mrs Lytton expressed concern at the level of profit being made by some "
              "private providers of children\u2019s homes and asked whether the Council could "
              "do more to develop its own provision. Mr Carrow said that the Council was "
              "working with five neighbouring authorities on a regional commissioning "
              "framework that would cap annual price increases, and that the three new "
              "homes would open during 2025/26."),
        ("p", "(d) Mr Kimber asked how the views of children in care had informed the "
              "sufficiency strategy. Ms Fairbairn explained that the Children in Care "
              "Council had helped to design the specification for the new homes and would "
              "sit on the interview panels for their managers."),
        ("p", "(e) Ms Cavendish asked for an update on the use of unregistered placements. "
              "Ms Fairbairn confirmed that no children were currently placed in unregistered "
              "settings."),
        ("res", "that the annual sufficiency report for children in care be noted."),
    ]),
    ("48", "WORK PROGRAMME 2025", [
        ("res", "that the Committee\u2019s work programme for 2025 be agreed."),
    ]),
]


def html_text():
    e = html.escape
    out = ["<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
           "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">",
           "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">",
           "<head>",
           "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" />",
           "<title>Printed minutes - Monday, 27th January, 2025 10.00 am - Wealdmere County "
           "Council</title>",
           "<style type=\"text/css\">body{font-family:Arial,sans-serif;font-size:11pt}"
           ".mgMainTitle{font-size:14pt;font-weight:bold}.mgSubTitle{font-weight:bold}"
           "table.mgPQT{border-collapse:collapse}table.mgPQT td,table.mgPQT th"
           "{border:1px solid #999;padding:4px;vertical-align:top}</style>",
           "</head>",
           "<body>",
           "<div id=\"modgov\"><div class=\"mgContent\" id=\"mgPrintedMinutes\">",
           "<p class=\"mgMainTitle\">WEALDMERE COUNTY COUNCIL</p>",
           "<p class=\"mgMainTitle\">CHILDREN AND YOUNG PEOPLE&#39;S SERVICES SCRUTINY "
           "COMMITTEE</p>",
           "<p class=\"mgSubTitle\">MINUTES of a meeting of the Children and Young "
           "People&#39;s Services Scrutiny Committee held in the Council Chamber, County Hall, "
           "Wealdmere on Monday, 27 January 2025.</p>",
           "<p><b>Present:</b> Mr P J Hollis (Chairman), Mrs S Armitage (Vice-Chairman), "
           "Mr T Bennett, Ms D Cavendish, Mr R Dyer, Mrs H Fenton, Mr M Ghosh and "
           "Mrs A Lytton<br />Co-opted Member: Mr L Kimber (Parent Governor "
           "Representative)</p>",
           "<p><b>Also present:</b> Mrs R Chadwick (Cabinet Member for Children, Young People "
           "and Education)</p>",
           "<p><b>Officers in attendance:</b> Ms K Whitlock (Corporate Director of Children, "
           "Young People and Education), Mr D Osei (Director of Education and SEND), "
           "Ms L Fairbairn (Assistant Director &ndash; Corporate Parenting and Placements), "
           "Mr J Carrow (Head of Commissioning, Children&#39;s Services) and Ms E Pryce "
           "(Scrutiny Research Officer)</p>",
           "<p class=\"mgSubTitle\">UNRESTRICTED ITEMS<br />(During these items the meeting "
           "was open to the public)</p>"]
    for num, title, body in HTML_ITEMS:
        out.append(f"<p><b>{num}.</b>&nbsp;&nbsp;<b>{e(title)}</b></p>")
        for kind, text in body:
            if kind == "p":
                out.append(f"<p style=\"margin-left:36px\">{e(text)}</p>")
            elif kind == "res":
                out.append(f"<p style=\"margin-left:36px\"><b>RESOLVED:</b> {e(text)}</p>")
            elif kind == "table":
                out.append("<table class=\"mgPQT\" summary=\"Public questions and "
                           "responses\">")
                out.append("<tr><th>Questioner</th><th>Question</th><th>Response</th></tr>")
                for qn_, qt, rt in PQT:
                    out.append(f"<tr><td>{e(qn_)}</td><td>{e(qt)}</td><td>{e(rt)}</td></tr>")
                out.append("</table>")
    out += ["<p>The meeting closed at 12.41 pm.</p>",
            "<p>Chairman ................................</p>",
            "</div></div>",
            "<p class=\"mgLegalText\">Wealdmere County Council &ndash; Democratic Services. "
            "Minutes are subject to confirmation at the next meeting.</p>",
            "</body>", "</html>", ""]
    return "\n".join(out)


HTML_GOLD = {
    "document": HTML_NAME,
    "doc_type": "minutes",
    "committee": "Children and Young People's Services Scrutiny Committee",
    "meeting_date": "2025-01-27",
    "items": [{"number": nm, "title": t} for nm, t, _ in HTML_ITEMS],
    "questions": [
        Q("44", "question", "What is the Council doing to make sure that operators",
          "Mrs Janet Morley",
          "the operator had been issued with a default notice",
          "Mrs Chadwick, Cabinet Member for Children, Young People and Education",
          ["children-and-families", "subcontracting"]),
        Q("44", "question", "currently waiting more than 20 weeks for their Education, Health "
          "and Care Plan", "Mr Alan Drury",
          "312 plans were outside the 20 week timescale", "Mr Osei, Director of Education and SEND",
          ["children-and-families", "workforce"]),
        Q("44", "question", "look at the profits being made by private companies that run",
          "Ms Farah Siddiqui",
          "the role of private providers would be considered under minute 47",
          "The Chairman", ["children-and-families", "privatisation", "finance"]),
        Q("44", "question", "Why has the Council stopped funding the youth club in Eastbrook",
          "Mr Peter Lowe",
          "transferred to a new detached youth work contract delivered by a voluntary",
          "Mrs Chadwick", ["children-and-families", "subcontracting", "finance"]),
        Q("45", "question", "asked why the number of single occupancy taxi routes had increased",
          "Mr Dyer", "every such route was now being reviewed by a travel assessor", "Mr Osei",
          ["children-and-families"]),
        Q("45", "concern", "independent travel training was being pressed on children",
          "Mrs Fenton",
          "training was only offered with the agreement of parents and the school",
          "The Director", ["children-and-families"]),
        Q("45", "question", "asked whether the Council had considered running its own fleet",
          "Ms Cavendish", "a pilot using six council-owned vehicles would begin",
          "Mr Carrow", ["children-and-families", "privatisation", "subcontracting"]),
        Q("45", "request", "drivers and passenger assistants employed by operators be required",
          "Mr Bennett", None, None, ["children-and-families", "workforce", "subcontracting"]),
        Q("46", "question", "asked how the Council's pay for social workers compared",
          "Mrs Armitage", "pay in Wealdmere was broadly comparable with neighbouring county "
          "councils", "Ms Whitlock", ["workforce", "children-and-families"]),
        Q("46", "question", "asked about the retention of newly qualified social workers",
          "Mr Ghosh", "82 per cent of the 2022 cohort remained with the Council",
          "The Corporate Director", ["workforce", "children-and-families"]),
        Q("46", "comment", "the reliance on agency staff in the Wealdmere South assessment team",
          "The Chairman", "the team was now supported by a permanent practice manager",
          "Ms Whitlock", ["workforce", "children-and-families", "governance"]),
        Q("47", "question", "what proportion of children in residential care were placed "
          "outside", "Mr Dyer", "41 of the 73 children in residential care were placed",
          "Ms Fairbairn", ["children-and-families"]),
        Q("47", "concern", "the level of profit being made by some private providers",
          "Mrs Lytton", "working with five neighbouring authorities on a regional commissioning",
          "Mr Carrow",
          ["children-and-families", "privatisation", "subcontracting", "finance"]),
        Q("47", "question", "asked how the views of children in care had informed",
          "Mr Kimber", "had helped to design the specification for the new homes",
          "Ms Fairbairn", ["children-and-families", "patient-and-public-input"]),
        Q("47", "request", "asked for an update on the use of unregistered placements",
          "Ms Cavendish", "no children were currently placed in unregistered settings",
          "Ms Fairbairn", ["children-and-families", "governance"]),
    ],
    "resolutions": [
        R("43", "the minutes of the meeting held on 18 November 2024 are correctly recorded",
          "agreed", []),
        R("45", "be recommended to include a requirement for SEND awareness training",
          "recommended", ["children-and-families", "workforce", "subcontracting"]),
        R("46", "the Committee endorses the draft Children\u2019s Social Care Workforce Strategy",
          "agreed",
          ["workforce", "children-and-families"]),
        R("47", "the annual sufficiency report for children in care be noted", "noted",
          ["children-and-families"]),
        R("48", "the Committee\u2019s work programme for 2025 be agreed", "agreed", []),
    ],
    "attendees": [
        A("Mr P J Hollis", "Chairman", "present"),
        A("Mrs S Armitage", "Vice-Chairman", "present"),
        A("Mr T Bennett", None, "present"),
        A("Ms D Cavendish", None, "present"),
        A("Mr R Dyer", None, "present"),
        A("Mrs H Fenton", None, "present"),
        A("Mr M Ghosh", None, "present"),
        A("Mrs A Lytton", None, "present"),
        A("Mr L Kimber", "Parent Governor Representative", "present"),
        A("Mrs R Chadwick", "Cabinet Member for Children, Young People and Education",
          "in_attendance"),
        A("Ms K Whitlock", "Corporate Director of Children, Young People and Education",
          "in_attendance"),
        A("Mr D Osei", "Director of Education and SEND", "in_attendance"),
        A("Ms L Fairbairn", "Assistant Director \u2013 Corporate Parenting and Placements",
          "in_attendance"),
        A("Mr J Carrow", "Head of Commissioning, Children's Services", "in_attendance"),
        A("Ms E Pryce", "Scrutiny Research Officer", "in_attendance"),
        A("Mr G Lister", None, "apologies"),
        A("Mrs P Okonjo", None, "apologies"),
    ],
}


# =======================================================================================
# 5. HTML — Tamsford Borough Council, agenda for a future scrutiny meeting (not minutes)
# =======================================================================================
AGENDA_NAME = "j-tamsford-health-care-scrutiny-agenda-2025-04-10.html"

AGENDA_ITEMS = [
    ("1.", "Apologies for absence and notification of substitutes", None,
     "To receive apologies for absence and to note any substitute members.", None, []),
    ("2.", "Declarations of interest", None,
     "Members are asked to declare any disclosable pecuniary interests or other registrable "
     "interests in matters on this agenda.", None, []),
    ("3.", "Minutes of the previous meeting", None,
     "To approve as a correct record the minutes of the meeting held on 13 February 2025.",
     None, ["Minutes 13/02/2025 (PDF, 214 KB)"]),
    ("4.", "Public questions", None,
     "Questions from the public must be received by 12 noon on Monday 7 April 2025. "
     "Questions should be sent to scrutiny@tamsford.example.gov.uk and must relate to an "
     "item on this agenda. Each questioner may ask one supplementary question at the "
     "meeting. A maximum of 30 minutes is allowed for this item.", None, []),
    ("5.", "Community mental health transformation \u2013 progress report",
     "Lead officer: Director of Strategy, Tamsford and Lowdale Mental Health NHS Foundation "
     "Trust",
     "Purpose of report: To update the Committee on the transformation of community mental "
     "health services for adults, including the new neighbourhood mental health teams, "
     "waiting times for psychological therapies and the engagement undertaken with people "
     "with lived experience.",
     "Recommendation: That the Committee notes the progress made and identifies any areas for "
     "further scrutiny.",
     ["Community mental health transformation report (PDF, 1 MB)",
      "Appendix 1 \u2013 Engagement summary (PDF, 388 KB)"]),
    ("6.", "Care home quality and inspection outcomes",
     "Lead officer: Head of Quality and Market Management (Adult Social Care)",
     "Purpose of report: To inform the Committee of the Care Quality Commission ratings of care "
     "homes in the borough, the action taken where homes are rated inadequate or requires "
     "improvement, and the support offered to providers by the Council\u2019s quality "
     "assurance team.",
     "Recommendation: That the Committee notes the report and comments on the proposed quality "
     "assurance framework for 2025/26.",
     ["Care home quality report (PDF, 640 KB)"]),
    ("7.", "Re-procurement of the integrated sexual health service",
     "Lead officer: Director of Public Health",
     "Purpose of report: To seek the views of the Committee on the proposed approach to the "
     "re-procurement of the integrated sexual health service before a decision is taken by "
     "Cabinet in June 2025. The current contract expires on 31 March 2026.",
     "Recommendation: That the Committee notes the proposed procurement timetable and provides "
     "comments to the Cabinet Member for Public Health and Leisure.",
     ["Sexual health re-procurement report (PDF, 502 KB)",
      "Appendix A \u2013 Equality impact assessment (PDF, 275 KB)"]),
    ("8.", "Work programme 2025/26", None,
     "To consider the Committee\u2019s work programme for the 2025/26 municipal year.",
     "Recommendation: That the Committee agrees its work programme, subject to any amendments.",
     ["Work programme 2025-26 (PDF, 120 KB)"]),
    ("9.", "Date of next meeting", None,
     "The next meeting of the Committee is scheduled for Thursday 19 June 2025 at 7.00 pm.",
     None, []),
]


def agenda_text():
    e = html.escape
    out = ["<!DOCTYPE html>", "<html lang=\"en-GB\">", "<head>",
           "<meta charset=\"utf-8\" />",
           "<title>Agenda for Health and Care Scrutiny Committee on Thursday, 10th April, 2025, "
           "7.00 pm - Tamsford Borough Council</title>",
           "<link rel=\"stylesheet\" href=\"SiteSpecific/ssMgStyles.css\" />",
           "</head>", "<body>",
           "<div id=\"modgov\">",
           "<h1 class=\"mgMainTitleTxt\">Agenda</h1>",
           "<div class=\"mgSubTitle\"><p>Health and Care Scrutiny Committee - Thursday, 10th "
           "April, 2025 7.00 pm</p></div>",
           "<div class=\"mgContent\">",
           "<p class=\"mgAgendaDetails\"><span class=\"mgLabel\">Venue: </span>Committee "
           "Room 1, Tamsford Civic Centre, Bridge Street, Tamsford TF1 2AA</p>",
           "<p class=\"mgAgendaDetails\"><span class=\"mgLabel\">Contact: </span>Rhiannon "
           "Gale, Scrutiny Officer  Tel: 01632 960733</p>",
           "<p class=\"mgAgendaDetails\">This meeting will be webcast live. Members of the "
           "public are welcome to attend. Please note the deadline for public questions "
           "below.</p>",
           "<p class=\"mgAgendaDetails\"><a href=\"mgConvert2PDF.aspx?ID=41187\">Printed "
           "agenda (PDF, 2 MB)</a> | <a href=\"mgIssueHistoryHome.aspx?IId=21\">Items</a> "
           "</p>",
           "<h2 class=\"mgSectionTitle\">Items</h2>",
           "<table class=\"mgItemTable\" summary=\"Agenda items\">"]
    for num, title, lead, purpose, rec, docs in AGENDA_ITEMS:
        out.append("<tr>")
        out.append(f"<td class=\"mgItemNumberCell\"><p class=\"mgAiTitleTxt\">{num}</p></td>")
        out.append("<td>")
        out.append(f"<p class=\"mgAiTitleTxt\">{e(title)}</p>")
        if lead:
            out.append(f"<p class=\"mgSubItemTitleTxt\"><span class=\"mgLabel\">{e(lead)}"
                       "</span></p>")
        out.append(f"<p>{e(purpose)}</p>")
        if rec:
            out.append(f"<p><strong>{e(rec)}</strong></p>")
        if docs:
            out.append("<ul class=\"mgBulletList\">")
            for dname in docs:
                slug = re.sub(r"[^A-Za-z0-9]+", "%20", dname.split(" (")[0])
                out.append(f"<li><a href=\"documents/s{1000 + len(dname)}/{slug}.pdf\" "
                           f"title=\"Link to document\">{e(dname)}</a></li>")
            out.append("</ul>")
        out.append("</td></tr>")
    out += ["</table>",
            "<h2 class=\"mgSectionTitle\">Membership</h2>",
            "<p>Councillors Gareth Pryor (Chair), Yasmin Akhtar (Vice-Chair), Dennis Cole, "
            "Marian Fell, Harjit Gill, Sophie Lang and Robert Nuttall. Co-opted: Healthwatch "
            "Tamsford representative (non-voting).</p>",
            "</div></div>",
            "<div class=\"mgFooter\"><p>Tamsford Borough Council | Civic Centre | Bridge "
            "Street | Tamsford</p></div>",
            "</body>", "</html>", ""]
    return "\n".join(out)


AGENDA_GOLD = {"document": AGENDA_NAME, "doc_type": "agenda"}


# =======================================================================================
# build / check
# =======================================================================================
ALL_GOLD = [PDF_GOLD, TXT_GOLD, DOCX_GOLD, HTML_GOLD, AGENDA_GOLD]


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_pdf(DOCS / PDF_NAME)
    (DOCS / TXT_NAME).write_bytes(txt_text().encode("utf-8"))
    build_docx(DOCS / DOCX_NAME)
    (DOCS / HTML_NAME).write_text(html_text(), encoding="utf-8")
    (DOCS / AGENDA_NAME).write_text(agenda_text(), encoding="utf-8")
    for g in ALL_GOLD:
        (GOLD / (g["document"] + ".json")).write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("built", len(ALL_GOLD), "documents")


class _Text(HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "td", "th", "li", "h1", "h2", "h3", "table", "ul",
             "title"}

    def __init__(self):
        super().__init__()
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_to_text(s):
    p = _Text()
    p.feed(s)
    return "".join(p.parts)


def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s]|_", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def doc_texts(name):
    """The text(s) of a document that every gold phrase must be found in."""
    path = DOCS / name
    if name.endswith(".pdf"):
        import pdfplumber
        pages = []
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                lines = (page.extract_text() or "").split("\n")
                # drop the running header (crest text, motto, meeting) and footer
                keep = [ln for ln in lines[3:]
                        if not re.fullmatch(r"Page \d+ Chair's initials \.+", ln.strip())]
                assert lines[0] == PDF_HEADER, lines[:3]
                pages.append("\n".join(keep))
        extracted = "\n".join(pages)
        extracted = re.sub(r"([a-z])-\n([a-z])", r"\1\2", extracted)
        return {"logical": pdf_logical_text(), "extracted": extracted}
    if name.endswith(".docx"):
        import docx
        d = docx.Document(str(path))
        return {"docx": "\n".join(p.text for p in d.paragraphs)}
    if name.endswith(".html"):
        return {"html": html_to_text(path.read_text(encoding="utf-8"))}
    return {"txt": path.read_text(encoding="utf-8")}


def check():
    ok = True
    for g in ALL_GOLD:
        name = g["document"]
        gfile = GOLD / (name + ".json")
        if not gfile.exists() or json.loads(gfile.read_text()) != json.loads(
                json.dumps(g, ensure_ascii=False)):
            print(f"FAIL {name}: gold file missing or stale (run the build)")
            ok = False
        texts = {k: norm(v) for k, v in doc_texts(name).items()}
        if g["doc_type"] != "minutes":
            print(f"ok   {name}: {g['doc_type']} (no rows)")
            continue
        numbers = {i["number"] for i in g["items"]}
        phrases = []
        for q in g["questions"]:
            assert q["kind"] in ("question", "concern", "request", "comment"), q
            assert q["item"] in numbers, q
            phrases.append(("question", q["text"]))
            if q["answer"] is not None:
                phrases.append(("answer", q["answer"]))
            for t in q["themes"]:
                assert t in THEMES, t
        for r in g["resolutions"]:
            assert r["outcome"] in ("noted", "agreed", "recommended", "deferred",
                                    "rejected", "other"), r
            assert r["item"] in numbers, r
            phrases.append(("resolution", r["text"]))
            for t in r["themes"]:
                assert t in THEMES, t
        for a in g["attendees"]:
            assert a["attendance"] in ("present", "apologies", "in_attendance", "absent"), a
            for label, t in texts.items():
                if norm(a["name"]).strip().split()[-1] not in t:
                    print(f"FAIL {name}: attendee {a['name']!r} not in {label} text")
                    ok = False
        for kind, ph in phrases:
            words = len(norm(ph).split())
            if not 6 <= words <= 15:
                print(f"FAIL {name}: {kind} phrase has {words} words: {ph!r}")
                ok = False
            for label, t in texts.items():
                c = t.count(norm(ph))
                if c != 1:
                    print(f"FAIL {name}: {kind} phrase found {c}x in {label} text: {ph!r}")
                    ok = False
        seen = set()
        for kind, ph in phrases:
            if norm(ph) in seen:
                print(f"FAIL {name}: duplicate phrase {ph!r}")
                ok = False
            seen.add(norm(ph))
        print(f"     {name}: {len(g['items'])} items, "
              f"{len(g['questions'])} questions, {len(g['resolutions'])} resolutions, "
              f"{len(g['attendees'])} attendees")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
