#!/usr/bin/env python3
"""Build the "oa-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_oa.py           build documents/oa-* and gold/oa-*.json
        build_oa.py --check   verify every gold phrase occurs once in its document
"""
import datetime as _dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "oa-leadonshire-hosc-2025-03-11.pdf"
NEWS_NAME = "oa-leadonshire-news-stroke-rehabilitation-unit.html"

FIXED_DATE = _dt.datetime(2025, 3, 18, 9, 30, 0, tzinfo=_dt.timezone.utc)

COMMITTEE = "Health Overview & Scrutiny Committee"

# --------------------------------------------------------------------------------------
# The minutes, as blocks:
#   ("h", number, title)       a minute heading
#   ("p", text)                a paragraph
#   ("pb", text)               a bold paragraph
#   ("li", marker, text)       a numbered / lettered point with a hanging indent
#   ("sp", mm)                 extra space
# --------------------------------------------------------------------------------------

PRESENT = [
    ("Cllr Martin Ashwell MBE (Chair)", "Cllr Gareth Penrose"),
    ("Cllr Ruth Kimberley (Vice-Chair)", "Cllr Janet Morfey"),
    ("Cllr Tessa Brannigan", "Cllr Colin Tranter"),
    ("Cllr Owen Fairleigh", "Cllr Susan Lidcombe (Tewford Borough Council)"),
    ("Cllr Dr Priya Halsted (Marlcester City Council)",
     "Cllr Alan Whitcombe (Deanwood District Council)"),
    ("Cllr Leonie Bracewell (Chelbury Borough Council)", ""),
]
SUBSTITUTES = [("Cllr Hugh Dunnery (Stroudley District Council)", "")]
APOLOGIES = [
    ("Cllr Felicity Orme (Stroudley District Council)",
     "Cllr Keith Samways (Ashbrook Vale District Council)"),
]

BLOCKS = [
    ("h", "1.", "APOLOGIES"),
    ("p", "Apologies for absence were received from Cllr Felicity Orme, (representing "
          "Stroudley District Council), and Cllr Keith Samways, (representing Ashbrook Vale "
          "District Council). Cllr Hugh Dunnery attended the meeting as a substitute for "
          "Cllr Orme."),
    ("p", "Other apologies included Nadia Okonjo, (Healthwatch Leadonshire), and Kevin "
          "Marsh-Tully, (Chief Executive, Leadonshire Hospitals NHS Foundation Trust)."),
    ("p", "To view/listen to a recording of the meeting, please visit the Leadonshire "
          "County Council website at the link here."),

    ("h", "2.", "DECLARATIONS OF INTEREST"),
    ("p", "Cllr Dr Priya Halsted, (Marlcester City Council), declared a non-prejudicial "
          "(personal) interest in item 6 of the agenda, in relation to her employment as a "
          "salaried GP with a practice in the Marlcester North Primary Care Network. Cllr "
          "Halsted confirmed there were no conflicts of interest in the items for discussion "
          "at the meeting."),
    ("p", "No other declarations of interest were made."),

    ("h", "3.", "MINUTES"),
    ("p", "The minutes of the meeting held on 21 January 2025 were confirmed and agreed as a "
          "correct record of that meeting."),
    ("p", "Comments raised in relation to outstanding actions from that and from earlier "
          "meetings included: -"),
    ("li", "1.", "Ambulance Handover Delays. Referring to the response circulated to members "
                 "on 12 February 2025, Cllr Owen Fairleigh stated that the figures provided "
                 "did not show how many patients had waited more than four hours to be "
                 "handed over at Marlcester Royal Hospital, and requested that this "
                 "information be included in future performance reports. The Director of "
                 "Operational Performance and Delivery, NHS Leadonshire, agreed to include "
                 "the data from the next report onwards."),
    ("li", "2.", "Council Motion 947 \u2013 Access to NHS Dentistry. Cllr Janet Morfey asked "
                 "whether a reply had been received to the Chair\u2019s letter to NHS England "
                 "(South West) regarding the commissioning of urgent dental care in the "
                 "Deanwood area. The Chair confirmed that a reply had been received on 27 "
                 "February 2025 and would be circulated to members with these minutes."),
    ("li", "3.", "Musculoskeletal (MSK) Physiotherapy. Cllr Colin Tranter reiterated his "
                 "concern at the length of waits for MSK physiotherapy in the Tewford "
                 "locality, which had been raised at the meeting in November 2024 and on "
                 "which members had yet to receive an update."),

    ("h", "4.", "PUBLIC REPRESENTATIONS"),
    ("p", "Up to 20 minutes is set aside at each meeting of the committee for representations "
          "from members of the public. Anyone who lives or works in Leadonshire, or who is "
          "affected by the work of the County Council, may submit a written representation on "
          "a matter relating to an item on the agenda. A written response is published before "
          "the meeting, and a person who attends may then speak for up to 3 minutes in reply "
          "to that response."),
    ("p", "One representation had been received before the notification deadline, from Mr "
          "Graham Pellow, concerning the temporary relocation of the blood testing "
          "(phlebotomy) service from Stroudley Community Hospital to Chelbury General "
          "Hospital. The representation and the written response from NHS Leadonshire were "
          "published as a supplement to the agenda."),
    ("p", "Mr Pellow attended the meeting and addressed the committee. He stated that "
          "patients without a car faced a round trip of more than two hours by bus to reach "
          "Chelbury and asked why the ICB had not consulted local people before making the "
          "change. In response, Jenny Calloway, (Associate Director of Engagement, NHS "
          "Leadonshire), explained that the move was a temporary measure while the outpatient "
          "wing was refurbished, that a community clinic would run on two mornings a week at "
          "Stroudley Health Centre, and that patients would be engaged before any permanent "
          "decision was taken."),
    ("p", "By way of a supplementary question, Mr Pellow asked how long the temporary "
          "arrangement was expected to last. It was confirmed that the refurbishment was due "
          "to be completed by October 2025 and that the ICB would report back to the "
          "committee on progress."),

    ("h", "5.", "LEADONSHIRE INTEGRATED CARE SYSTEM (LICS) PERFORMANCE REPORT"),
    ("p", "The Chair welcomed Simon Hartnell, (Director of Operational Performance and "
          "Delivery, NHS Leadonshire), and Dr Anita Rowsell, (Chief Medical Officer, "
          "Leadonshire Hospitals NHS Foundation Trust), to the meeting."),
    ("p", "Simon Hartnell gave an overview of the performance of the Leadonshire Integrated "
          "Care System against the NHS constitutional standards and other agreed measures, "
          "using data to the end of January 2025. The committee was informed that the system "
          "had experienced its busiest winter on record, with flu admissions peaking in the "
          "first week of January at more than double the level of the previous year, and that "
          "the four-hour emergency department standard had been met for 68.4% of attendances "
          "in January against a national target of 78% by March 2025. Performance against the "
          "28-day Faster Diagnosis Standard for cancer remained above the national standard, "
          "while the 62-day standard had fallen to 61.2%. The number of patients waiting more "
          "than 65 weeks for planned care had reduced from 412 in September to 97."),
    ("p", "Cllr Ruth Kimberley questioned the reasons for the fall in performance against the "
          "62-day cancer standard. Dr Rowsell explained that the fall was largely the result "
          "of capacity pressures in urology and dermatology, and that two locum consultant "
          "urologists had been recruited and additional weekend clinics would run from April "
          "2025."),
    ("p", "Concerns were expressed about the number of patients being cared for in corridors "
          "at Marlcester Royal Hospital during January, and members asked whether the Care "
          "Quality Commission had been informed. Dr Rowsell advised that every instance of "
          "corridor care was reported as a patient safety incident and reviewed weekly by the "
          "Trust\u2019s Quality and Performance Committee, that the CQC was aware of the "
          "position, and that a new \u2018fit to sit\u2019 area would open in the emergency "
          "department in April 2025, releasing 12 trolley spaces."),
    ("p", "Cllr Tessa Brannigan asked how many patients in hospital beds were medically fit "
          "for discharge but waiting to leave, and whether delays in arranging care packages "
          "through the County Council\u2019s adult social care service were a cause. In "
          "response, members were informed that on average 118 patients a day had no reason "
          "to reside in January, down from 160 in December, and that the majority were "
          "waiting for community hospital or reablement capacity rather than a package of "
          "care. The joint working of the NHS and the County Council through the Integrated "
          "Discharge Hub was credited with the improvement."),
    ("p", "Cllr Gareth Penrose enquired whether patients waiting longest for orthopaedic "
          "surgery were being offered treatment by private providers, and at what cost. "
          "Simon Hartnell confirmed that the ICB continued to commission additional capacity "
          "from the independent sector at the Orchard Park Treatment Centre, at the national "
          "tariff price, and that patients did not pay for their treatment. A question on "
          "whether the arrangement would continue beyond March 2026 was not answered at the "
          "meeting, as the ICB\u2019s planning guidance for 2025/26 had not been finalised."),
    ("p", "Cllr Leonie Bracewell requested figures on the number of children and young people "
          "waiting for a first appointment with the Children and Young People\u2019s Service "
          "(CYPS), the county\u2019s CAMHS provider, and the longest wait. Simon Hartnell "
          "undertook to provide the figures to members outside of the meeting."),
    ("p", "The committee noted the performance report."),

    ("h", "6.", "NHS LEADONSHIRE INTEGRATED CARE BOARD (ICB) REPORT"),
    ("p", "Mark Denholm, (Chief Executive, NHS Leadonshire), presented the report, which "
          "provided an update on the work of the ICB and its partners since the last meeting, "
          "including the transfer of responsibility for community pharmacy, optometry and "
          "dental services from NHS England, the ICB\u2019s financial position at month 10, "
          "and the outcome of the national GP Patient Survey for the county\u2019s 68 "
          "practices."),
    ("p", "Points raised in discussion included: -"),
    ("li", "(a)", "Community pharmacy closures \u2013 Cllr Alan Whitcombe highlighted the "
                  "closure of two pharmacies in the Deanwood district since the autumn and "
                  "asked what the ICB could do to make sure that patients in rural villages "
                  "could still collect their prescriptions. Mark Denholm explained that the "
                  "ICB could not require a contractor to remain open, but that it was working "
                  "with the Health and Wellbeing Board on a supplementary statement to the "
                  "Pharmaceutical Needs Assessment and with dispensing practices to cover the "
                  "gaps."),
    ("li", "(b)", "GP telephone access \u2013 Cllr Susan Lidcombe commented that residents in "
                  "Tewford continued to report difficulty in getting through to their "
                  "practice at 8.00 am. Members were informed that all practices in the county "
                  "had now moved to cloud-based telephone systems which allowed patients to "
                  "request a call back, and that the results of the GP Patient Survey showed an "
                  "improvement of 6 percentage points in the ease of getting through by "
                  "phone."),
    ("li", "(c)", "NHS dentistry \u2013 The Vice-Chair welcomed the 3,000 additional urgent "
                  "dental appointments made available since December, but stressed that these "
                  "did nothing to address the lack of routine NHS dental care for adults, "
                  "particularly in the east of the county."),
    ("li", "(d)", "Additional roles in primary care \u2013 Cllr Hugh Dunnery sought "
                  "clarification on whether funding for the additional roles employed by "
                  "primary care networks, such as clinical pharmacists and physiotherapists, "
                  "would continue in 2025/26. It was confirmed that the Additional Roles "
                  "Reimbursement Scheme would continue for 2025/26 and that, from this year, "
                  "practices would also be able to use it to recruit newly qualified GPs."),
    ("li", "(e)", "ICB finances \u2013 Cllr Owen Fairleigh asked whether the ICB expected to "
                  "meet its financial plan for 2024/25 and what the consequences would be for "
                  "local services if it did not. Mark Denholm advised that the system was "
                  "forecasting a break-even position at year end, after the receipt of "
                  "\u00a311.2m of non-recurrent support, but that the plan for 2025/26 would "
                  "require savings of around 5% and would be brought to the committee in "
                  "July."),
    ("p", "The Chair thanked Mark Denholm for the report."),

    ("h", "7.", "STROKE REHABILITATION SERVICES \u2013 OUTCOME OF PUBLIC CONSULTATION"),
    ("p", "Jenny Calloway, (Associate Director of Engagement, NHS Leadonshire), and Dr Anita "
          "Rowsell presented the report on the outcome of the public consultation on the "
          "proposal to move the 16 inpatient stroke rehabilitation beds at Stroudley Community "
          "Hospital to a new 24-bed specialist stroke rehabilitation unit at Chelbury General "
          "Hospital. The committee had determined at its meeting on 24 September 2024 that the "
          "proposal constituted a substantial variation in the provision of health services "
          "in the county."),
    ("p", "Members were informed that the consultation had run for twelve weeks from 1 "
          "October to 23 December 2024. A total of 1,240 survey responses had been received, "
          "and 14 public drop-in events and 6 online sessions had been held. The main themes "
          "raised were travel and transport for families, particularly from the west of the "
          "county, the loss of a service at Stroudley, and the staffing of the new unit. In "
          "response, the ICB had added a travel support scheme for carers on low incomes, and "
          "a commitment that early supported discharge teams would continue to be based at "
          "Stroudley."),
    ("p", "Cllr Janet Morfey asked how the views of carers and families, many of whom were "
          "older people without their own transport, had been taken into account in the final "
          "proposal. In response, it was explained that the travel support scheme had been "
          "added to the proposal as a direct result of the consultation feedback, and would "
          "offer help with mileage, taxi and parking costs for up to two visitors per "
          "patient."),
    ("p", "Concern was expressed by several members that the new unit would not be fully "
          "staffed when it opened in the autumn. Dr Rowsell acknowledged that the recruitment "
          "of specialist therapists remained a challenge, but confirmed that 14 of the 19 new "
          "posts had been filled and that the unit would open in phases, starting with 16 "
          "beds, so that no patient would be admitted without the right staff in place."),
    ("p", "Cllr Gareth Penrose questioned whether the proposal was driven by the need to make "
          "savings. Mark Denholm advised that it was not; the running cost of the new unit was "
          "expected to be around \u00a30.4m a year more than the current service, and the "
          "capital cost of \u00a36.8m would be met from national funding."),
    ("p", "Cllr Colin Tranter stated that he could not support the proposal, as in his view "
          "the ICB had not demonstrated that the public transport links to Chelbury were "
          "adequate for residents of the Tewford and Stroudley areas."),
    ("p", "Having been proposed by Cllr Ruth Kimberley and seconded by Cllr Owen Fairleigh, on "
          "being put to the vote, it was (11 for, 1 against): -"),
    ("pb", "RESOLVED that the committee: -"),
    ("li", "1.", "Supports the proposal to relocate the inpatient stroke rehabilitation beds "
                 "from Stroudley Community Hospital to a new specialist unit at Chelbury "
                 "General Hospital, and considers the proposal to be in the interests of the "
                 "health service in Leadonshire."),
    ("li", "2.", "Requests that NHS Leadonshire report to the committee in November 2025 on "
                 "the staffing of the new unit and the take-up of the travel support scheme."),

    ("h", "8.", "DIRECTOR OF PUBLIC HEALTH ANNUAL REPORT 2024"),
    ("p", "Dr Helen Carrow, (Director of Public Health, Leadonshire County Council), presented "
          "her annual report for 2024, \u2018Growing Up Well in Leadonshire\u2019, which this "
          "year focused on the health of children and young people. Dr Carrow highlighted the "
          "report\u2019s key findings, including a rise in the proportion of children leaving "
          "primary school above a healthy weight, from 30.1% to 32.6% over five years, the "
          "widening gap in life expectancy between the most and least deprived areas of the "
          "county, and the increase in young people using disposable vapes."),
    ("p", "Cllr Colin Tranter sought clarification on what action was being taken to reduce "
          "vaping among secondary school pupils, following reports from headteachers in his "
          "division. Dr Carrow explained that trading standards officers had carried out test "
          "purchasing at 46 retailers in 2024, resulting in 9 prosecutions, and that the "
          "public health team had commissioned a schools programme, delivered with the youth "
          "service, which would reach every secondary school by July 2025."),
    ("p", "Cllr Tessa Brannigan raised concern that the public health grant had fallen in real "
          "terms over the last decade, and asked whether the recommendations in the report "
          "could be delivered within the existing budget. The Director of Public Health "
          "confirmed that the grant for 2025/26 had increased by 5.9%, but advised that this "
          "did not restore the real-terms reductions made since 2015 and that the "
          "recommendations would require joint investment with the NHS and district "
          "councils."),
    ("p", "A member commented that the leisure centre contract due for renewal in 2026 should "
          "include targets for children\u2019s physical activity. The Chair suggested that "
          "this be raised with the Cabinet Member for Public Health and Communities, and "
          "undertook to write to her on behalf of the committee."),
    ("pb", "RESOLVED that the Director of Public Health Annual Report 2024 be noted."),

    ("h", "9.", "WORK PLAN"),
    ("p", "The committee reviewed its work plan for 2025/26. The Chair reminded members that, "
          "following the County Council elections on 1 May 2025, the membership of the "
          "committee would be confirmed at the Annual Meeting of the Council and that the "
          "work plan would be reviewed by the new committee."),
    ("p", "Cllr Owen Fairleigh requested that an item on ambulance response times in rural "
          "areas, including the performance of community first responders, be added for the "
          "July meeting. Cllr Lidcombe asked that the committee also receive the ICB\u2019s "
          "response to the findings of the Healthwatch Leadonshire report on hospital "
          "discharge."),
    ("pb", "RESOLVED that the work plan be agreed, subject to the addition of the items "
           "requested above."),

    ("h", "10.", "FUTURE MEETINGS"),
    ("p", "The next meeting of the committee will be held on Tuesday 15 July 2025 at 10.00 am "
          "at Shire Hall, Marlcester."),
    ("p", "As this was the last meeting of the committee before the elections, the Chair "
          "thanked members, officers and NHS colleagues for their contributions over the last "
          "four years, and paid particular tribute to Cllr Leonie Bracewell and Cllr Alan "
          "Whitcombe, who would be stepping down as their councils\u2019 representatives on "
          "the committee."),
]


def build_minutes_pdf(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class MinutesPDF(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("dv", "", 9)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = MinutesPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Minutes - Health Overview & Scrutiny Committee - 11 March 2025")
    pdf.set_author("Democratic Services")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("ModernGov")
    pdf.add_font("dv", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("dv", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    body_w = pdf.w - pdf.l_margin - pdf.r_margin  # 170
    indent = 14  # hanging column for minute numbers

    # Council name at the top right, as on the printed minutes
    pdf.set_font("dv", "B", 13)
    pdf.cell(0, 7, "Leadonshire", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("dv", "", 9)
    pdf.cell(0, 4, "COUNTY COUNCIL", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(8)

    pdf.set_font("dv", "B", 11)
    pdf.multi_cell(body_w, 5.6,
                   "Minutes of a meeting of the Health Overview & Scrutiny Committee held on "
                   "Tuesday 11 March 2025 at the Council Chamber - Shire Hall, Marlcester.",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)

    pdf.set_font("dv", "", 9.5)
    with pdf.table(col_widths=(28, 71, 71), borders_layout="NONE",
                   first_row_as_headings=False, line_height=4.8,
                   padding=(0.6, 1, 0.6, 0), text_align="LEFT",
                   v_align="TOP") as table:
        for label, rows in (("Present:", PRESENT), ("Substitutes:", SUBSTITUTES),
                            ("Apologies:", APOLOGIES)):
            for i, (a, b) in enumerate(rows):
                row = table.row()
                if i == 0:
                    pdf.set_font("dv", "B", 9.5)
                    row.cell(label)
                    pdf.set_font("dv", "", 9.5)
                else:
                    row.cell("")
                row.cell(a)
                row.cell(b)
            # a blank spacer row between the groups
            if label != "Apologies:":
                row = table.row()
                row.cell("")
                row.cell("")
                row.cell("")
    pdf.ln(6)

    for block in BLOCKS:
        kind = block[0]
        if kind == "h":
            _, num, title = block
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            pdf.ln(2.5)
            pdf.set_font("dv", "B", 10.5)
            y = pdf.get_y()
            pdf.set_x(pdf.l_margin)
            pdf.cell(indent, 5.4, num)
            pdf.set_xy(pdf.l_margin + indent, y)
            pdf.multi_cell(body_w - indent, 5.4, title, align="L", new_x=XPos.LMARGIN,
                           new_y=YPos.NEXT)
            pdf.ln(1.8)
        elif kind in ("p", "pb"):
            text = block[1]
            pdf.set_font("dv", "B" if kind == "pb" else "", 10)
            pdf.set_x(pdf.l_margin + indent)
            pdf.multi_cell(body_w - indent, 5.0, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2.6)
        elif kind == "li":
            _, marker, text = block
            pdf.set_font("dv", "", 10)
            if pdf.get_y() > pdf.h - 30:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_x(pdf.l_margin + indent)
            pdf.cell(9, 5.0, marker)
            pdf.set_xy(pdf.l_margin + indent + 9, y)
            # keep the hanging indent on a following page too
            old_l = pdf.l_margin
            pdf.set_left_margin(old_l + indent + 9)
            pdf.multi_cell(body_w - indent - 9, 5.0, text, new_x=XPos.LMARGIN,
                           new_y=YPos.NEXT)
            pdf.set_left_margin(old_l)
            pdf.ln(2.2)
        elif kind == "sp":
            pdf.ln(block[1])

    # Signature block
    pdf.ln(10)
    if pdf.get_y() > pdf.h - 45:
        pdf.add_page()
    pdf.set_font("dv", "", 10)
    pdf.set_x(pdf.l_margin + 95)
    pdf.cell(60, 5, "\u2026" * 17, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("dv", "B", 10)
    pdf.set_x(pdf.l_margin + 95)
    pdf.cell(60, 6, "CHAIR", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.set_font("dv", "", 10)
    pdf.cell(0, 5, "Meeting concluded at 1.10 pm", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# The news release (not minutes)
# --------------------------------------------------------------------------------------

NEWS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Councillors back new stroke rehabilitation unit at Chelbury - Leadonshire County Council</title>
<meta name="description" content="The county's health scrutiny committee has supported NHS plans to move stroke rehabilitation beds from Stroudley to a new unit in Chelbury.">
<link rel="stylesheet" href="/site/styles/main.css">
</head>
<body class="news-article">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a class="logo" href="/"><img src="/site/images/leadonshire-logo.svg" alt="Leadonshire County Council"></a>
  <nav class="top-nav" aria-label="Main">
    <ul>
      <li><a href="/council-and-democracy/">Council and democracy</a></li>
      <li><a href="/health-and-social-care/">Health and social care</a></li>
      <li><a href="/news/">News</a></li>
      <li><a href="/contact-us/">Contact us</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/news/">News</a></li>
    <li><a href="/news/2025/">2025</a></li>
    <li aria-current="page">Councillors back new stroke rehabilitation unit at Chelbury</li>
  </ol>
</nav>
<main id="main">
<article>
  <h1>Councillors back new stroke rehabilitation unit at Chelbury</h1>
  <p class="meta">Published: <time datetime="2025-03-12">12 March 2025</time> &middot; Category: Health and wellbeing</p>

  <p class="lead">Councillors on Leadonshire&rsquo;s Health Overview &amp; Scrutiny Committee have supported NHS plans to move inpatient stroke rehabilitation beds from Stroudley Community Hospital to a new specialist unit at Chelbury General Hospital.</p>

  <p>At its meeting at Shire Hall on Tuesday 11 March, the committee heard the results of a twelve-week public consultation run by NHS Leadonshire, which received more than 1,200 responses from patients, families and staff.</p>

  <p>The committee voted to support the proposal by 11 votes to 1, and has asked NHS Leadonshire to come back in November with an update on staffing at the new 24-bed unit and on how many families have used a new travel support scheme.</p>

  <h2>What councillors asked</h2>
  <p>Members of the committee questioned NHS managers on a range of issues, including:</p>
  <ul>
    <li>How will families without a car visit relatives at Chelbury?</li>
    <li>Will the new unit have enough therapists and nurses when it opens?</li>
    <li>Is the change being made to save money?</li>
  </ul>
  <p>NHS Leadonshire told the committee that 14 of the 19 new posts had already been filled, and that the unit would open in phases so that patients were only admitted when the right staff were in place. It said the move was not about savings and that running the new unit would cost more than the current service.</p>

  <blockquote>
    <p>&ldquo;Our job is to ask the difficult questions on behalf of residents, and we did. Families told the NHS that travel was their biggest worry, and I am pleased that the travel support scheme was added as a direct result. We will be keeping a close eye on how it works in practice.&rdquo;</p>
    <footer>&mdash; Councillor Martin Ashwell, Chair of the Health Overview &amp; Scrutiny Committee</footer>
  </blockquote>

  <h2>What happens next</h2>
  <p>NHS Leadonshire&rsquo;s board is expected to make a final decision on the proposal at its meeting in public on 27 March 2025. If it is approved, the new unit is due to open in the autumn.</p>
  <p>Early supported discharge teams, which help people recovering from a stroke to continue their rehabilitation at home, will continue to be based at Stroudley.</p>

  <aside class="callout">
    <h2>Want to have your say?</h2>
    <p>Anyone who lives or works in Leadonshire can make a written representation to the Health Overview &amp; Scrutiny Committee on an item on its agenda. Find out how on our <a href="/council-and-democracy/public-participation/">public participation page</a>.</p>
  </aside>

  <p class="related">Related: <a href="/council-and-democracy/committees/health-overview-scrutiny/">Health Overview &amp; Scrutiny Committee &ndash; agendas and minutes</a></p>
</article>
</main>
<footer class="site-footer">
  <p>Leadonshire County Council, Shire Hall, Marlcester</p>
  <ul>
    <li><a href="/accessibility/">Accessibility</a></li>
    <li><a href="/privacy/">Privacy and cookies</a></li>
    <li><a href="/news/media-enquiries/">Media enquiries</a></li>
  </ul>
  <p>&copy; Leadonshire County Council 2025</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------

ITEMS = [
    ("1", "APOLOGIES"),
    ("2", "DECLARATIONS OF INTEREST"),
    ("3", "MINUTES"),
    ("4", "PUBLIC REPRESENTATIONS"),
    ("5", "LEADONSHIRE INTEGRATED CARE SYSTEM (LICS) PERFORMANCE REPORT"),
    ("6", "NHS LEADONSHIRE INTEGRATED CARE BOARD (ICB) REPORT"),
    ("7", "STROKE REHABILITATION SERVICES \u2013 OUTCOME OF PUBLIC CONSULTATION"),
    ("8", "DIRECTOR OF PUBLIC HEALTH ANNUAL REPORT 2024"),
    ("9", "WORK PLAN"),
    ("10", "FUTURE MEETINGS"),
]


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


QUESTIONS = [
    # 3 Minutes: outstanding actions list
    q("3", "request",
      "requested that this information be included in future performance reports",
      "Cllr Owen Fairleigh",
      "agreed to include the data from the next report onwards",
      "Director of Operational Performance and Delivery, NHS Leadonshire", []),
    q("3", "question",
      "asked whether a reply had been received to the Chair\u2019s letter",
      "Cllr Janet Morfey",
      "a reply had been received on 27 February 2025 and would be circulated",
      "Chair", ["primary-care", "subcontracting"]),
    q("3", "concern",
      "reiterated his concern at the length of waits for MSK physiotherapy",
      "Cllr Colin Tranter", None, None, []),
    # 4 Public representations
    q("4", "question",
      "asked why the ICB had not consulted local people before making the change",
      "Mr Pellow",
      "the move was a temporary measure while the outpatient wing was refurbished",
      "Jenny Calloway", ["patient-and-public-input"]),
    q("4", "question",
      "asked how long the temporary arrangement was expected to last",
      "Mr Pellow",
      "the refurbishment was due to be completed by October 2025",
      None, []),
    # 5 LICS performance report
    q("5", "question",
      "questioned the reasons for the fall in performance against the 62-day cancer standard",
      "Cllr Ruth Kimberley",
      "two locum consultant urologists had been recruited and additional weekend clinics",
      "Dr Rowsell", ["workforce"]),
    q("5", "concern",
      "Concerns were expressed about the number of patients being cared for in corridors",
      None,
      "every instance of corridor care was reported as a patient safety incident",
      "Dr Rowsell", ["governance"]),
    q("5", "question",
      "asked how many patients in hospital beds were medically fit for discharge",
      "Cllr Tessa Brannigan",
      "on average 118 patients a day had no reason to reside in January",
      None, ["adult-social-care", "integration"]),
    q("5", "question",
      "enquired whether patients waiting longest for orthopaedic surgery were being offered "
      "treatment",
      "Cllr Gareth Penrose",
      "the ICB continued to commission additional capacity from the independent sector",
      "Simon Hartnell", ["privatisation", "subcontracting", "finance"]),
    q("5", "question",
      "A question on whether the arrangement would continue beyond March 2026",
      None, None, None, ["subcontracting"]),
    q("5", "request",
      "requested figures on the number of children and young people waiting",
      "Cllr Leonie Bracewell",
      "undertook to provide the figures to members outside of the meeting",
      "Simon Hartnell", ["mental-health", "children-and-families"]),
    # 6 ICB report
    q("6", "question",
      "asked what the ICB could do to make sure that patients in rural villages",
      "Cllr Alan Whitcombe",
      "the ICB could not require a contractor to remain open",
      "Mark Denholm", ["primary-care"]),
    q("6", "comment",
      "residents in Tewford continued to report difficulty in getting through to their practice",
      "Cllr Susan Lidcombe",
      "all practices in the county had now moved to cloud-based telephone systems",
      None, ["primary-care"]),
    q("6", "comment",
      "stressed that these did nothing to address the lack of routine NHS dental care",
      "Vice-Chair", None, None, ["primary-care"]),
    q("6", "question",
      "sought clarification on whether funding for the additional roles employed by primary "
      "care networks",
      "Cllr Hugh Dunnery",
      "the Additional Roles Reimbursement Scheme would continue for 2025/26",
      None, ["primary-care", "finance", "workforce"]),
    q("6", "question",
      "asked whether the ICB expected to meet its financial plan for 2024/25",
      "Cllr Owen Fairleigh",
      "the system was forecasting a break-even position at year end",
      "Mark Denholm", ["finance"]),
    # 7 Stroke rehabilitation
    q("7", "question",
      "asked how the views of carers and families, many of whom were",
      "Cllr Janet Morfey",
      "added to the proposal as a direct result of the consultation feedback",
      None, ["patient-and-public-input", "adult-social-care"]),
    q("7", "concern",
      "Concern was expressed by several members that the new unit would not be fully staffed",
      None,
      "14 of the 19 new posts had been filled",
      "Dr Rowsell", ["workforce"]),
    q("7", "question",
      "questioned whether the proposal was driven by the need to make savings",
      "Cllr Gareth Penrose",
      "the running cost of the new unit was expected to be around",
      "Mark Denholm", ["finance"]),
    q("7", "comment",
      "had not demonstrated that the public transport links to Chelbury were adequate",
      "Cllr Colin Tranter", None, None, []),
    # 8 DPH annual report
    q("8", "question",
      "sought clarification on what action was being taken to reduce vaping among",
      "Cllr Colin Tranter",
      "trading standards officers had carried out test purchasing at 46 retailers",
      "Dr Carrow", ["public-health", "children-and-families"]),
    q("8", "concern",
      "raised concern that the public health grant had fallen in real terms",
      "Cllr Tessa Brannigan",
      "the grant for 2025/26 had increased by 5.9%, but advised that",
      "Director of Public Health", ["public-health", "finance"]),
    q("8", "comment",
      "the leisure centre contract due for renewal in 2026 should include targets",
      None,
      "this be raised with the Cabinet Member for Public Health and Communities",
      "Chair", ["subcontracting", "children-and-families"]),
    # 9 Work plan
    q("9", "request",
      "an item on ambulance response times in rural areas, including the performance",
      "Cllr Owen Fairleigh", None, None, []),
    q("9", "request",
      "asked that the committee also receive the ICB\u2019s response to the findings",
      "Cllr Lidcombe", None, None, ["patient-and-public-input", "adult-social-care"]),
]

RESOLUTIONS = [
    {"item": "3", "text": "were confirmed and agreed as a correct record of that meeting",
     "outcome": "agreed", "themes": []},
    {"item": "5", "text": "The committee noted the performance report.",
     "outcome": "noted", "themes": []},
    {"item": "7",
     "text": "Supports the proposal to relocate the inpatient stroke rehabilitation beds from "
             "Stroudley",
     "outcome": "agreed", "themes": ["workforce"]},
    {"item": "8", "text": "the Director of Public Health Annual Report 2024 be noted",
     "outcome": "noted", "themes": ["public-health"]},
    {"item": "9", "text": "the work plan be agreed, subject to the addition of the items",
     "outcome": "agreed", "themes": []},
]


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


ATTENDEES = [
    a("Cllr Martin Ashwell MBE", "Chair", "present"),
    a("Cllr Ruth Kimberley", "Vice-Chair", "present"),
    a("Cllr Tessa Brannigan", None, "present"),
    a("Cllr Owen Fairleigh", None, "present"),
    a("Cllr Dr Priya Halsted", None, "present"),
    a("Cllr Leonie Bracewell", None, "present"),
    a("Cllr Gareth Penrose", None, "present"),
    a("Cllr Janet Morfey", None, "present"),
    a("Cllr Colin Tranter", None, "present"),
    a("Cllr Susan Lidcombe", None, "present"),
    a("Cllr Alan Whitcombe", None, "present"),
    a("Cllr Hugh Dunnery", None, "present"),
    a("Cllr Felicity Orme", None, "apologies"),
    a("Cllr Keith Samways", None, "apologies"),
    a("Nadia Okonjo", None, "apologies"),
    a("Kevin Marsh-Tully", "Chief Executive", "apologies"),
]


def minutes_gold():
    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": COMMITTEE,
        "meeting_date": "2025-03-11",
        "items": [{"number": n, "title": t} for n, t in ITEMS],
        "questions": QUESTIONS,
        "resolutions": RESOLUTIONS,
        "attendees": ATTENDEES,
    }


def news_gold():
    return {"document": NEWS_NAME, "doc_type": "news"}


# --------------------------------------------------------------------------------------
# Build and check
# --------------------------------------------------------------------------------------

def write_json(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes_pdf(DOCS / MINUTES_NAME)
    (DOCS / NEWS_NAME).write_text(NEWS_HTML, encoding="utf-8")
    write_json(GOLD / (Path(MINUTES_NAME).stem + ".json"), minutes_gold())
    write_json(GOLD / (Path(NEWS_NAME).stem + ".json"), news_gold())
    print("wrote", DOCS / MINUTES_NAME)
    print("wrote", DOCS / NEWS_NAME)
    print("wrote gold files in", GOLD)


def normalise(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    text = text.replace("_", "")
    return re.sub(r"\s+", " ", text).strip()


def document_text(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join((page.extract_text() or "") for page in pdf.pages)
    if suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def word_count(phrase: str) -> int:
    return len(normalise(phrase).split())


def check() -> int:
    failures = 0
    for gold_path in sorted(GOLD.glob("oa-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            failures += 1
            continue
        if Path(gold["document"]).stem != gold_path.stem:
            print(f"NAME MISMATCH {gold_path.name} vs {gold['document']}")
            failures += 1
        text = " " + normalise(document_text(doc)) + " "
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        item_numbers = {i["number"] for i in gold.get("items", [])}
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            if row["item"] not in item_numbers:
                print(f"  BAD ITEM {row['item']!r} in {gold_path.name}")
                failures += 1
        for kind, phrase in phrases:
            n = text.count(" " + normalise(phrase) + " ")
            wc = word_count(phrase)
            status = "ok"
            if n != 1:
                status = f"FOUND {n} TIMES"
                failures += 1
            elif not 6 <= wc <= 15:
                status = f"{wc} WORDS"
                failures += 1
            if status != "ok":
                print(f"  {status}: [{kind}] {phrase}")
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    if failures:
        print(f"FAILED: {failures} problem(s)")
        return 1
    print("all phrases found exactly once")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
