#!/usr/bin/env python3
"""Build the "mc-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_mc.py           build documents/mc-* and gold/mc-*.json
        build_mc.py --check   verify every gold phrase occurs once in its document
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
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "mc-ravenburn-facs-osc-2025-02-06.pdf"
NEWS_NAME = "mc-ravenburn-news-childrens-homes-2025-02-07.html"

COMMITTEE = "Family and Children\u2019s Services Overview and Scrutiny Committee"
FOOTER_LEFT = "Family and Children\u2019s Services OSC, 6 February 2025"
FIRST_PAGE_NUMBER = 57  # running minute-book page number

Q = "\u2019"  # typographic apostrophe, as the council's Word template prints it

# ---------------------------------------------------------------------------
# The minutes, as a list of blocks
#   ("item", number, heading, subtitle-or-None)
#   ("p", text)                 paragraph; **bold** allowed
#   ("bullets", [text, ...])
#   ("clauses", [(label, text), ...])
#   ("sig",)                    signature lines
# ---------------------------------------------------------------------------

BLOCKS = [
    ("item", "46.", "APOLOGIES FOR ABSENCE", None),
    ("p", "Apologies had been received from Councillors Lowes and Straughan. Apologies were also "
          "received from I Hindmarsh."),

    ("item", "47.", "MINUTES", None),
    ("p", "**RESOLVED** that the minutes of the meeting of the Family and Children" + Q + "s Services "
          "Overview and Scrutiny Committee held on Thursday 9 January 2025, as circulated, be agreed "
          "as a true record and be signed by the Chair."),
    ("p", "With regard to Minute No. 38, Councillor Bewick queried whether the figures she had "
          "requested on the number of children electively home educated in each school partnership "
          "had been circulated. The Scrutiny Officer advised that the figures had been received from "
          "the Education Welfare Service that morning and would be circulated to all members of the "
          "Committee after the meeting."),

    ("item", "48.", "DISCLOSURE OF MEMBERS" + Q + " INTERESTS", None),
    ("p", "Councillor Fenwick declared a registerable personal interest in agenda item 6 as a "
          "governor of Coldwick High School."),
    ("p", "Councillor Orde declared a personal and prejudicial interest in agenda item 7 as an "
          "approved kinship carer for the Council and advised that she would leave the meeting "
          "during the consideration of that item."),

    ("item", "49.", "FORWARD PLAN OF KEY DECISIONS", None),
    ("p", "The Committee considered the Forward Plan of key decisions for February to May 2025 (a "
          "copy of which has been filed with the signed minutes). The Scrutiny Officer advised that "
          "the report on proposed changes to school organisation in the Coldwick Partnership had been "
          "moved from the March to the April meeting of Cabinet and would be considered by this "
          "Committee at its meeting on 3 April 2025."),
    ("p", "Councillor Dunstan asked whether the Home to School Transport Policy report shown on the "
          "Forward Plan for May would come to the Committee before it was considered by Cabinet, as "
          "parents in her division were very concerned about the proposed withdrawal of "
          "discretionary post-16 transport. The Scrutiny Officer confirmed that pre-scrutiny of the "
          "report had been requested and it would be added to the work programme."),
    ("p", "**RESOLVED** that the information be noted."),

    ("item", "50.", "REPORT OF THE EXECUTIVE DIRECTOR OF FINANCE AND SECTION 151 OFFICER",
     "Budget 2025-26 and Medium Term Financial Plan 2025-2029"),
    ("p", "The report sought the Committee" + Q + "s views on the budget proposals for 2025-26 and the "
          "Medium Term Financial Plan, so far as they related to services within the Committee" + Q + "s "
          "terms of reference, prior to their consideration by Cabinet on 11 February 2025 and County "
          "Council on 19 February 2025. (A copy of the report has been filed with the signed "
          "minutes.)"),
    ("p", "N Anderson, Senior Manager \u2013 Finance (Children" + Q + "s Services), introduced the report. "
          "Members were advised that the proposals included growth of \u00a36.2 million for external "
          "placements for children in care and \u00a32.9 million for home to school transport, the "
          "majority of which related to children with special educational needs. Savings of \u00a31.4 "
          "million were proposed from the Children, Young People and Education directorate, including "
          "\u00a3600,000 from a review of the early help offer and \u00a3350,000 from the reduction of "
          "agency social workers. Councillor Scaife, Cabinet Member for Inspiring Young People, added "
          "that the pressures facing the directorate were being felt by every council in the country "
          "and that the administration had protected front line services wherever it could."),
    ("p", "Councillor Hedley asked how much of the forecast overspend on external residential "
          "placements was attributable to a small number of very high cost placements. N Anderson "
          "advised that eleven placements currently cost in excess of \u00a310,000 per week and that "
          "these accounted for almost 40 per cent of the forecast overspend. The market for these "
          "placements was dominated by a small number of private providers and the Council had very "
          "limited ability to influence the prices charged."),
    ("p", "Councillor Milburn expressed concern that the saving attached to the review of early help "
          "would reduce the preventative work undertaken through the family hubs and lead to greater "
          "demand on statutory children" + Q + "s social care in future years. D Kirsop, Executive "
          "Director of Children, Young People and Education, responded that the review was concerned "
          "with the way in which early help was delivered rather than a reduction in the offer to "
          "families, and gave an assurance that no family hub would close as a result of the "
          "proposal."),
    ("p", "Further to comments and questions from Members, it was noted that:-"),
    ("bullets", [
        "Members queried the assumptions made about the cost to providers of the increase in "
        "employer national insurance contributions. It was explained that an uplift of 4 per cent "
        "had been built into the budget for commissioned children" + Q + "s services, although a number "
        "of providers had written to the Council seeking a higher increase.",
        "A Member asked whether the capital programme included provision for the additional "
        "specialist school places needed in the west of the county. Officers confirmed that \u00a37.5 "
        "million had been allocated over three years for a new satellite resource base at Felldyke "
        "First School.",
        "Concern was expressed that only 412 responses had been received to the budget consultation "
        "and that very few of these had been from young people.",
        "The Dedicated Schools Grant high needs block was forecast to be \u00a34.8 million overspent at "
        "31 March 2025. In response to a question as to whether the accumulated deficit would have "
        "to be met from the Council" + Q + "s reserves when the statutory override ended in March 2028, "
        "Members were advised that government had not yet announced how deficits would be treated "
        "and that the position was being monitored closely.",
    ]),
    ("p", "**RESOLVED** that the report be noted and the comments of the Committee be forwarded to "
          "Cabinet for consideration at its meeting on 11 February 2025."),

    ("item", "51.", "REPORT OF THE EXECUTIVE DIRECTOR OF CHILDREN, YOUNG PEOPLE AND EDUCATION",
     "Education, Health and Care Plans \u2013 Timeliness and Improvement Plan"),
    ("p", "The report updated the Committee on the timeliness of Education, Health and Care Plans "
          "(EHCPs) and the progress made in delivering the SEND improvement plan agreed following the "
          "local area SEND inspection in June 2024. (A copy of the report has been filed with the "
          "signed minutes.)"),
    ("p", "F Errington, Head of SEND and Inclusion, introduced the report. The Council had received "
          "1,486 requests for an education, health and care needs assessment in 2024, an increase of "
          "19 per cent on the previous year, and 34 per cent of new plans had been issued within the "
          "statutory 20 week timescale compared with 50 per cent nationally. Performance had improved "
          "to 46 per cent in the last quarter following the appointment of additional EHCP "
          "coordinators. The improvement plan had been agreed with the Department for Education and "
          "NHS England and progress was reviewed by the SEND Partnership Board every month."),
    ("p", "Councillor Alder referred to the number of complaints received from parents about the "
          "length of time taken to issue plans and asked what the main cause of the delays had been. "
          "F Errington explained that the principal difficulty had been obtaining educational "
          "psychology advice within six weeks, as the Educational Psychology Service had four vacant "
          "posts and had relied on locum psychologists at considerable cost. Two of the posts had now "
          "been filled and a grow your own scheme with the University of Hallstead was expected to "
          "provide two trainee psychologists from September 2025."),
    ("p", "Councillor Bewick commented that parents had told her they did not feel listened to during "
          "the assessment process and asked how the views of parents and young people were being used "
          "to improve the service. In response, it was noted that the Ravenburn Parent Carer Forum had "
          "co-produced the new communication standards for the service and that the survey of "
          "families who had received a plan in the last twelve months would be repeated in the "
          "spring."),
    ("p", "Councillor Dunstan requested that the Committee receive the monthly timeliness figures "
          "between meetings rather than waiting for the next annual report. The Chair agreed that "
          "this would be helpful, and F Errington undertook to circulate a quarterly dashboard to "
          "members of the Committee."),
    ("p", "Councillor Coulson-Pyle asked about the use of independent specialist schools, noting that "
          "the report showed a 23 per cent increase in such placements over two years, and whether "
          "the Council was able to challenge the fees charged. D Kirsop confirmed that placements in "
          "the independent and non-maintained sector now cost the high needs block \u00a319.3 million a "
          "year and that the Council was working with the other councils in the region on a joint "
          "commissioning framework to secure better value. She added that the new 90 place special "
          "free school at Sandhaugh, due to open in September 2026, would reduce reliance on those "
          "placements. Councillor Coulson-Pyle went on to ask whether the special free school would "
          "be run by an academy trust chosen by the Department for Education and whether the Council "
          "would have any say over admissions. It was confirmed that the trust would be selected by "
          "the Department, but that all places at the school would be commissioned by the Council "
          "through the EHCP process."),
    ("p", "**RESOLVED** that:-"),
    ("clauses", [
        ("(1)", "the report be noted; and"),
        ("(2)", "a further report on progress against the SEND improvement plan, including EHCP "
                "timeliness, be presented to the Committee in September 2025."),
    ]),

    ("item", "52.", "REPORT OF THE EXECUTIVE DIRECTOR OF CHILDREN, YOUNG PEOPLE AND EDUCATION",
     "Placement Sufficiency Strategy 2025-2028"),
    ("p", "The report set out the Council" + Q + "s strategy for ensuring sufficient local placements for "
          "children in care and care leavers over the next three years, including proposals to open "
          "two further in-house children" + Q + "s homes, and was to be considered by Cabinet on 11 March "
          "2025. (A copy of the report has been filed with the signed minutes.)"),
    ("p", "Councillor Orde left the meeting at 11.32 am for the consideration of this item."),
    ("p", "J Lumsden, Service Director \u2013 Children" + Q + "s Social Care, and A Thew, Senior Manager "
          "\u2013 Fostering and Residential Services, introduced the report. There were 431 children in "
          "the care of the Council at 31 December 2024, of whom 57 were living in residential "
          "children" + Q + "s homes, 44 of them in homes run by private providers and 19 of them more than "
          "20 miles from the county boundary. The Council currently ran five children" + Q + "s homes, all "
          "of which had been judged good or outstanding by Ofsted. The strategy proposed two new "
          "four-bed homes in Coldwick and Eastmoor Bay, funded from the capital programme, which were "
          "expected to save \u00a31.1 million a year once fully occupied, together with a renewed "
          "campaign to recruit 40 additional foster carers."),
    ("p", "Councillor Milburn welcomed the proposal to bring more residential provision in-house and "
          "asked whether the Council had considered purchasing homes from private providers that were "
          "leaving the market. J Lumsden advised that two such opportunities had been assessed in the "
          "last year but neither property had been in a suitable location, and the Council would "
          "continue to consider any further opportunities as they arose."),
    ("p", "Councillor Fenwick asked how the Council would recruit and retain residential care workers "
          "for the new homes when the existing homes were still reliant on agency staff. A Thew "
          "replied that a recruitment campaign would begin in April and that the retention payment for "
          "residential staff introduced in 2024 had reduced staff turnover from 31 per cent to 18 per "
          "cent. Agency staff now covered fewer than one in ten shifts."),
    ("p", "Concern was raised about the number of children placed a long distance from home and the "
          "effect this had on their schooling and on contact with their families. It was acknowledged "
          "that the proportion remained too high and that reducing it was one of the main aims of the "
          "strategy."),
    ("p", "H Pringle asked what support was given to care leavers to find suitable accommodation, "
          "having heard that some care leavers had been placed in bed and breakfast accommodation. "
          "J Lumsden confirmed that no care leaver had been placed in bed and breakfast since October "
          "2024 and that twelve units of supported accommodation for care leavers had been "
          "commissioned from the Stannerford Foyer, with a further six to follow in the summer."),
    ("p", "Councillor Hedley commented that foster carers in the north of the county had told him that "
          "the allowances paid by the Council compared unfavourably with the fees offered by "
          "independent fostering agencies, and that some experienced carers had transferred to "
          "agencies as a result. Councillor Scaife responded that the fostering allowances had been "
          "increased by 6.8 per cent from April 2025 and that a review of the fee structure for foster "
          "carers would be completed by the summer."),
    ("p", "Councillor Alder asked whether young people in care had been involved in designing the new "
          "homes. A Thew advised that the Children in Care Council had been consulted on the "
          "locations and would be involved in the interior design and in the recruitment of staff."),
    ("p", "**RESOLVED** that Cabinet be advised that the Committee supports the recommendations set "
          "out in the report and welcomes the proposal to increase the number of in-house "
          "children" + Q + "s homes."),
    ("p", "Councillor Orde returned to the meeting."),

    ("item", "53.", "CHILDREN AND YOUNG PEOPLE" + Q + "S MENTAL HEALTH SERVICES", None),
    ("p", "The Committee received a presentation from Dr K Oyelaran, Clinical Director, Children and "
          "Young People" + Q + "s Services, Fellside and Coast NHS Foundation Trust and R Bainbridge, Head "
          "of Children" + Q + "s Commissioning, North Fells Integrated Care Board, on the performance of "
          "child and adolescent mental health services (CAMHS) and the neurodevelopmental assessment "
          "pathway. (A copy of the presentation has been filed with the signed minutes.)"),
    ("p", "The presentation highlighted that referrals to CAMHS had risen by 38 per cent since 2019, "
          "that 82 per cent of children were seen within four weeks of referral for an initial "
          "assessment, and that Mental Health Support Teams were now working in 71 schools covering "
          "62 per cent of pupils in the county. The main pressure remained the neurodevelopmental "
          "pathway, where 2,140 children and young people were waiting for an assessment for autism "
          "or ADHD."),
    ("p", "Councillor Dunstan asked why children in the west of the county waited considerably longer "
          "for a neurodevelopmental assessment than those in the south east. Dr Oyelaran explained "
          "that the west of the county had been covered by a single team which had lost two "
          "consultant paediatricians during 2024, and that waiting lists were now being pooled across "
          "the county so that children would be seen in order of referral regardless of where they "
          "lived. He accepted that some families in Coldwick had waited more than 130 weeks, which was "
          "not acceptable."),
    ("p", "Councillor Alder asked whether the Mental Health Support Teams would be extended to the "
          "remaining first and middle schools and how this would be funded. R Bainbridge advised that "
          "the ICB had bid for two further teams through the national programme and expected to know "
          "the outcome in April; if the bid was successful, every school in the county would be "
          "covered by September 2026."),
    ("p", "Councillor Bewick expressed concern at the number of young people attending the emergency "
          "department at Hallstead General Hospital in crisis and asked what help was available out "
          "of hours. It was explained that the crisis team now operated 24 hours a day, seven days a "
          "week, and that a crisis caf\u00e9 for 16 to 25 year olds had opened in Stannerford in "
          "November, run by a voluntary sector partner."),
    ("p", "M Tweddle commented that schools were reporting long waits for help with emotionally based "
          "school avoidance, and that some pupils were out of school for months before they received "
          "any support."),
    ("p", "The Chair requested that the Trust provide the Committee with waiting times for the "
          "neurodevelopmental pathway broken down by locality and by age group. Dr Oyelaran agreed to "
          "provide the figures before the next meeting."),
    ("p", "The Chair thanked Dr Oyelaran and Ms Bainbridge for their attendance and the presentation "
          "was noted."),

    ("item", "54.", "REPORT OF THE SCRUTINY OFFICER",
     "Family and Children" + Q + "s Services Overview and Scrutiny Committee Work Programme"),
    ("p", "The Committee reviewed its work programme for the 2024-25 council year (a copy of which has "
          "been filed with the signed minutes)."),
    ("p", "Members agreed that pre-scrutiny of the Home to School Transport Policy be added to the "
          "meeting on 3 April 2025. Councillor Fenwick asked whether the Committee would be able to "
          "look at elective home education, given the increase in the number of children being "
          "removed from school rolls. The Scrutiny Officer advised that a report on elective home "
          "education and children missing education was already scheduled for June 2025."),
    ("p", "**RESOLVED** that the work programme be noted, subject to the addition of the item referred "
          "to above."),

    ("item", "55.", "DATE OF NEXT MEETING", None),
    ("p", "The next meeting of the Committee will be held on Thursday 6 March 2025 at 10.00 am in the "
          "Council Chamber, County Hall, Stannerford."),
    ("p", "The meeting closed at 12.37 pm."),
    ("sig",),
]

MEMBERS = [("Alder, K.", "Fenwick, J."), ("Bewick, S.", "Hedley, R."),
           ("Coulson-Pyle, P.", "Milburn, T."), ("Dunstan, A.", "Orde, C.")]
COOPTED = [("Pringle, H.", "Tweddle, M.")]
ALSO_PRESENT = [
    ("Councillor G. Scaife", "Cabinet Member for Inspiring Young People"),
    ("Dr K. Oyelaran", "Clinical Director, Children and Young People" + Q + "s Services, Fellside and "
                       "Coast NHS Foundation Trust"),
    ("Ms R. Bainbridge", "Head of Children" + Q + "s Commissioning, North Fells Integrated Care Board"),
]
OFFICERS = [
    ("Anderson, N.", "Senior Manager \u2013 Finance (Children" + Q + "s Services)"),
    ("Brough, L.", "Democratic Services Officer"),
    ("Errington, F.", "Head of SEND and Inclusion"),
    ("Kirsop, D.", "Executive Director of Children, Young People and Education"),
    ("Lumsden, J.", "Service Director \u2013 Children" + Q + "s Social Care"),
    ("Rutherford, S.", "Scrutiny Officer"),
    ("Thew, A.", "Senior Manager \u2013 Fostering and Residential Services"),
]


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        def header(self):
            self.set_font("Sans", "", 10)
            self.set_xy(20, 10)
            self.cell(170, 5, str(FIRST_PAGE_NUMBER - 1 + self.page_no()), align="R")
            self.set_y(22)

        def footer(self):
            self.set_y(-17)
            self.set_font("Sans", "", 8)
            self.set_x(20)
            self.cell(110, 4, FOOTER_LEFT, align="L")
            self.cell(60, 4, "Ch." + Q + "s Initials\u2026\u2026\u2026", align="R")

    pdf = MinutesPDF(format="A4", unit="mm")
    pdf.set_creation_date(dt.datetime(2025, 2, 12, 9, 15, tzinfo=dt.timezone.utc))
    pdf.set_title("Minutes - " + COMMITTEE + " - 6 February 2025")
    pdf.set_author("Democratic Services")
    pdf.set_creator("Microsoft\u00ae Word for Microsoft 365")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 22, 20)
    pdf.set_auto_page_break(True, margin=26)
    pdf.add_page()

    lh = 5.2  # line height for 10.5 pt

    # --- title block -------------------------------------------------------
    pdf.set_font("Sans", "B", 12)
    pdf.cell(170, 6, "RAVENBURN COUNTY COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(170, 6, "FAMILY AND CHILDREN" + Q + "S SERVICES OVERVIEW AND SCRUTINY COMMITTEE",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Sans", "", 10.5)
    pdf.multi_cell(170, lh, "At a meeting of the " + COMMITTEE + " held in the Council Chamber, "
                   "County Hall, Stannerford on Thursday, 6 February 2025 at 10.00 am.",
                   align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def label(text):
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(170, lh, text, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 10.5)
        pdf.ln(1)

    label("PRESENT")
    pdf.cell(170, lh, "Councillor D. Thirlwell (Chair) in the Chair", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    label("MEMBERS")
    for a, b in MEMBERS:
        pdf.set_x(50)
        pdf.cell(60, lh, a)
        pdf.cell(60, lh, b, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    label("CO-OPTED MEMBERS")
    for a, b in COOPTED:
        pdf.set_x(50)
        pdf.cell(60, lh, a)
        pdf.cell(60, lh, b, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def name_post(rows):
        for name, post in rows:
            y = pdf.get_y()
            pdf.set_xy(20, y)
            pdf.cell(50, lh, name)
            pdf.set_xy(72, y)
            pdf.multi_cell(118, lh, post, align="L", new_x="LMARGIN", new_y="NEXT")

    label("ALSO PRESENT")
    name_post(ALSO_PRESENT)
    pdf.ln(3)
    label("OFFICERS")
    name_post(OFFICERS)
    pdf.ln(3)
    pdf.multi_cell(170, lh, "One member of the press was also in attendance.", align="L",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    # --- body ----------------------------------------------------------------
    body_x, body_w = 33, 157
    for block in BLOCKS:
        kind = block[0]
        if kind == "item":
            _, num, heading, subtitle = block
            if pdf.get_y() > 297 - 26 - 30:
                pdf.add_page()
            pdf.ln(2)
            y = pdf.get_y()
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_xy(20, y)
            pdf.cell(12, lh, num)
            pdf.set_xy(body_x, y)
            pdf.multi_cell(body_w, lh, heading, align="L", new_x="LMARGIN", new_y="NEXT")
            if subtitle:
                pdf.ln(2)
                pdf.set_x(body_x)
                pdf.multi_cell(body_w, lh, subtitle, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Sans", "", 10.5)
            pdf.ln(2.5)
        elif kind == "p":
            pdf.set_x(body_x)
            pdf.multi_cell(body_w, lh, block[1], align="J", markdown=True,
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "bullets":
            for text in block[1]:
                y = pdf.get_y()
                if y > 297 - 26 - lh:
                    pdf.add_page()
                    y = pdf.get_y()
                pdf.set_xy(body_x + 2, y)
                pdf.cell(6, lh, "\u2022")
                pdf.set_xy(body_x + 9, y)
                pdf.multi_cell(body_w - 9, lh, text, align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            pdf.ln(1)
        elif kind == "clauses":
            for lab, text in block[1]:
                y = pdf.get_y()
                pdf.set_xy(body_x + 2, y)
                pdf.cell(10, lh, lab)
                pdf.set_xy(body_x + 12, y)
                pdf.multi_cell(body_w - 12, lh, text, align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            pdf.ln(1)
        elif kind == "sig":
            pdf.ln(10)
            pdf.set_x(100)
            pdf.cell(90, lh, "CHAIR \u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026",
                     new_x="LMARGIN", new_y="NEXT")
            pdf.ln(6)
            pdf.set_x(100)
            pdf.cell(90, lh, "DATE \u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026",
                     new_x="LMARGIN", new_y="NEXT")

    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The document that is not minutes: a council news page
# ---------------------------------------------------------------------------

NEWS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Councillors back plans for two new council-run children&#8217;s homes | Ravenburn County Council</title>
<meta name="description" content="Scrutiny councillors have backed plans for two new children's homes in Coldwick and Eastmoor Bay.">
<link rel="stylesheet" href="/site/styles/main.css">
</head>
<body class="page-news-article">
<a class="skip-link" href="#main">Skip to main content</a>
<div class="cookie-banner" role="region" aria-label="Cookies">
  <p>We use some essential cookies to make this website work. <a href="/cookies">Cookie settings</a> <button type="button">Accept all cookies</button></p>
</div>
<header class="site-header">
  <a class="logo" href="/"><img src="/site/img/ravenburn-logo.svg" alt="Ravenburn County Council"></a>
  <nav aria-label="Main">
    <ul>
      <li><a href="/schools-and-learning">Schools and learning</a></li>
      <li><a href="/children-and-families">Children and families</a></li>
      <li><a href="/council-tax">Council tax</a></li>
      <li><a href="/councillors-and-meetings">Councillors and meetings</a></li>
      <li><a href="/news">News</a></li>
    </ul>
  </nav>
  <form class="search" action="/search"><label for="q">Search</label><input id="q" name="q" type="search"><button>Search</button></form>
</header>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/news">News</a> &rsaquo; <a href="/news/2025/02">February 2025</a></div>
<main id="main">
<article class="news-article">
  <h1>Councillors back plans for two new council-run children&#8217;s homes</h1>
  <p class="meta">Published: Friday 7 February 2025 &middot; Category: <a href="/news/children-and-families">Children and families</a></p>
  <p class="lead">Plans to open two new council-run children&#8217;s homes in Coldwick and Eastmoor Bay have been backed by councillors on Ravenburn County Council&#8217;s Family and Children&#8217;s Services Overview and Scrutiny Committee.</p>
  <p>At its meeting on Thursday (6 February), the committee looked at the council&#8217;s new Placement Sufficiency Strategy 2025-2028, which sets out how the council will make sure there are enough homes for children in its care close to their families, schools and friends.</p>
  <p>The committee has told the council&#8217;s Cabinet that it supports the strategy, which will be decided on 11 March.</p>
  <p>The council already runs five children&#8217;s homes, all rated good or outstanding by Ofsted. The two new four-bedroom homes would mean fewer children living in homes run by private companies many miles from Ravenburn, and are expected to save around &pound;1.1 million a year once they are full.</p>
  <blockquote>
    <p>&#8220;We asked some hard questions about staffing, about foster carers&#8217; allowances and about why so many of our children still live a long way from home. We were reassured by the answers, and we will keep a close eye on how the new homes are opened.&#8221;</p>
    <footer>&#8212; Councillor Dawn Thirlwell, Chair of the Family and Children&#8217;s Services Overview and Scrutiny Committee</footer>
  </blockquote>
  <p>Councillor Graham Scaife, Cabinet Member for Inspiring Young People, said: &#8220;Every child in our care deserves a loving home near the people and places they know. Young people from our Children in Care Council have already helped us choose the locations, and they will help design the homes and interview the staff who will work there.&#8221;</p>

  <section class="callout" aria-labelledby="faq">
    <h2 id="faq">Your questions answered</h2>
    <h3>Why doesn&#8217;t the council just buy places from private providers?</h3>
    <p>The council will still need some places from other providers, but prices have risen sharply and some placements now cost more than &pound;10,000 a week. Running our own homes gives us more control over quality, cost and where children live.</p>
    <h3>Will the new homes take children from other areas?</h3>
    <p>No. The homes will be for Ravenburn children only.</p>
    <h3>Could I become a foster carer?</h3>
    <p>We want to recruit 40 more foster carers this year. Fostering allowances are going up by 6.8 per cent from April. Visit <a href="/fostering">our fostering pages</a> or call 0300 555 0199 to find out more.</p>
  </section>

  <h2>What happens next?</h2>
  <p>Cabinet will make a decision on the strategy on Tuesday 11 March 2025. If it is approved, the first new home is expected to open in spring 2026, subject to planning permission and registration with Ofsted.</p>
  <p>You can read the committee report and watch the meeting on the <a href="/councillors-and-meetings">council&#8217;s meetings website</a>.</p>
  <p class="media-contact"><strong>Media enquiries:</strong> Ravenburn County Council communications team, <a href="mailto:press@ravenburn.example">press@ravenburn.example</a></p>
</article>
<aside class="related">
  <h2>Related news</h2>
  <ul>
    <li><a href="/news/2025/01/send-improvement-plan-update">Update on our SEND improvement plan</a></li>
    <li><a href="/news/2025/01/budget-consultation-results">Budget consultation: what you told us</a></li>
    <li><a href="/news/2024/11/crisis-cafe-opens-stannerford">New crisis caf&eacute; for young people opens in Stannerford</a></li>
  </ul>
</aside>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/accessibility">Accessibility statement</a></li>
    <li><a href="/privacy">Privacy</a></li>
    <li><a href="/contact">Contact us</a></li>
  </ul>
  <p>&copy; Ravenburn County Council, County Hall, Stannerford</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

CF = "children-and-families"


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Family and Children's Services Overview and Scrutiny Committee",
    "meeting_date": "2025-02-06",
    "items": [
        {"number": "46", "title": "APOLOGIES FOR ABSENCE"},
        {"number": "47", "title": "MINUTES"},
        {"number": "48", "title": "DISCLOSURE OF MEMBERS' INTERESTS"},
        {"number": "49", "title": "FORWARD PLAN OF KEY DECISIONS"},
        {"number": "50", "title": "Budget 2025-26 and Medium Term Financial Plan 2025-2029"},
        {"number": "51", "title": "Education, Health and Care Plans – Timeliness and Improvement Plan"},
        {"number": "52", "title": "Placement Sufficiency Strategy 2025-2028"},
        {"number": "53", "title": "CHILDREN AND YOUNG PEOPLE'S MENTAL HEALTH SERVICES"},
        {"number": "54", "title": "Family and Children's Services Overview and Scrutiny Committee Work Programme"},
        {"number": "55", "title": "DATE OF NEXT MEETING"},
    ],
    "questions": [
        q("47", "question",
          "children electively home educated in each school partnership had been circulated",
          "Councillor Bewick",
          "figures had been received from the Education Welfare Service that morning",
          "Scrutiny Officer", [CF]),
        q("49", "question",
          "would come to the Committee before it was considered by Cabinet",
          "Councillor Dunstan",
          "pre-scrutiny of the report had been requested and it would be added",
          "Scrutiny Officer", [CF, "governance"]),
        q("50", "question",
          "attributable to a small number of very high cost placements",
          "Councillor Hedley",
          "eleven placements currently cost in excess of £10,000 per week",
          "N Anderson", ["finance", CF, "privatisation"]),
        q("50", "concern",
          "would reduce the preventative work undertaken through the family hubs",
          "Councillor Milburn",
          "no family hub would close as a result of the proposal",
          "D Kirsop", ["finance", CF]),
        q("50", "question",
          "queried the assumptions made about the cost to providers of the increase",
          None,
          "an uplift of 4 per cent had been built into the budget",
          None, ["finance", "subcontracting"]),
        q("50", "question",
          "included provision for the additional specialist school places needed in the west",
          None,
          "allocated over three years for a new satellite resource base",
          "Officers", ["finance", CF]),
        q("50", "concern",
          "only 412 responses had been received to the budget consultation",
          None, None, None, ["patient-and-public-input", "finance", CF]),
        q("50", "question",
          "whether the accumulated deficit would have to be met from the Council's reserves",
          None,
          "government had not yet announced how deficits would be treated",
          None, ["finance", CF]),
        q("51", "question",
          "asked what the main cause of the delays had been",
          "Councillor Alder",
          "obtaining educational psychology advice within six weeks",
          "F Errington", [CF, "workforce"]),
        q("51", "question",
          "asked how the views of parents and young people were being used",
          "Councillor Bewick",
          "Parent Carer Forum had co-produced the new communication standards",
          None, ["patient-and-public-input", CF]),
        q("51", "request",
          "receive the monthly timeliness figures between meetings rather than waiting",
          "Councillor Dunstan",
          "undertook to circulate a quarterly dashboard to members of the Committee",
          "F Errington", [CF]),
        q("51", "question",
          "whether the Council was able to challenge the fees charged",
          "Councillor Coulson-Pyle",
          "working with the other councils in the region on a joint commissioning framework",
          "D Kirsop", ["finance", "subcontracting", CF]),
        q("51", "question",
          "whether the special free school would be run by an academy trust",
          "Councillor Coulson-Pyle",
          "all places at the school would be commissioned by the Council",
          None, [CF, "privatisation", "subcontracting"]),
        q("52", "question",
          "considered purchasing homes from private providers that were leaving the market",
          "Councillor Milburn",
          "neither property had been in a suitable location",
          "J Lumsden", ["privatisation", CF]),
        q("52", "question",
          "recruit and retain residential care workers for the new homes",
          "Councillor Fenwick",
          "retention payment for residential staff introduced in 2024 had reduced staff turnover",
          "A Thew", ["workforce", CF]),
        q("52", "concern",
          "the number of children placed a long distance from home",
          None,
          "the proportion remained too high and that reducing it",
          None, [CF]),
        q("52", "question",
          "what support was given to care leavers to find suitable accommodation",
          "H Pringle",
          "no care leaver had been placed in bed and breakfast since October 2024",
          "J Lumsden", ["housing", CF]),
        q("52", "comment",
          "the allowances paid by the Council compared unfavourably with the fees",
          "Councillor Hedley",
          "fostering allowances had been increased by 6.8 per cent from April 2025",
          "Councillor Scaife", ["finance", CF]),
        q("52", "question",
          "whether young people in care had been involved in designing the new homes",
          "Councillor Alder",
          "Children in Care Council had been consulted on the locations",
          "A Thew", ["patient-and-public-input", CF]),
        q("53", "question",
          "waited considerably longer for a neurodevelopmental assessment than those in the south east",
          "Councillor Dunstan",
          "waiting lists were now being pooled across the county",
          "Dr Oyelaran", ["mental-health", CF, "workforce"]),
        q("53", "question",
          "would be extended to the remaining first and middle schools",
          "Councillor Alder",
          "had bid for two further teams through the national programme",
          "R Bainbridge", ["mental-health", CF, "finance"]),
        q("53", "concern",
          "attending the emergency department at Hallstead General Hospital in crisis",
          "Councillor Bewick",
          "the crisis team now operated 24 hours a day, seven days a week",
          None, ["mental-health", CF, "subcontracting"]),
        q("53", "comment",
          "long waits for help with emotionally based school avoidance",
          "M Tweddle", None, None, ["mental-health", CF]),
        q("53", "request",
          "waiting times for the neurodevelopmental pathway broken down by locality",
          "Chair",
          "agreed to provide the figures before the next meeting",
          "Dr Oyelaran", ["mental-health", CF]),
        q("54", "question",
          "the increase in the number of children being removed from school rolls",
          "Councillor Fenwick",
          "elective home education and children missing education was already scheduled",
          "Scrutiny Officer", [CF]),
    ],
    "resolutions": [
        r("47", "be agreed as a true record and be signed by the Chair", "agreed", []),
        r("49", "RESOLVED that the information be noted", "noted", []),
        r("50", "the comments of the Committee be forwarded to Cabinet for consideration",
          "agreed", ["finance"]),
        r("51", "a further report on progress against the SEND improvement plan", "agreed", [CF]),
        r("52", "Cabinet be advised that the Committee supports the recommendations set out",
          "recommended", [CF, "privatisation"]),
        r("53", "thanked Dr Oyelaran and Ms Bainbridge for their attendance and the presentation was noted",
          "noted", ["mental-health", CF]),
        r("54", "the work programme be noted, subject to the addition of the item", "agreed", []),
    ],
    "attendees": [
        a("Councillor D. Thirlwell", "Chair", "present"),
        a("Alder, K.", None, "present"),
        a("Bewick, S.", None, "present"),
        a("Coulson-Pyle, P.", None, "present"),
        a("Dunstan, A.", None, "present"),
        a("Fenwick, J.", None, "present"),
        a("Hedley, R.", None, "present"),
        a("Milburn, T.", None, "present"),
        a("Orde, C.", None, "present"),
        a("Pringle, H.", None, "present"),
        a("Tweddle, M.", None, "present"),
        a("Councillor G. Scaife", "Cabinet Member for Inspiring Young People", "in_attendance"),
        a("Dr K. Oyelaran", "Clinical Director, Children and Young People's Services, Fellside and "
                            "Coast NHS Foundation Trust", "in_attendance"),
        a("Ms R. Bainbridge", "Head of Children's Commissioning, North Fells Integrated Care Board",
          "in_attendance"),
        a("Anderson, N.", "Senior Manager – Finance (Children's Services)", "in_attendance"),
        a("Brough, L.", "Democratic Services Officer", "in_attendance"),
        a("Errington, F.", "Head of SEND and Inclusion", "in_attendance"),
        a("Kirsop, D.", "Executive Director of Children, Young People and Education", "in_attendance"),
        a("Lumsden, J.", "Service Director – Children's Social Care", "in_attendance"),
        a("Rutherford, S.", "Scrutiny Officer", "in_attendance"),
        a("Thew, A.", "Senior Manager – Fostering and Residential Services", "in_attendance"),
        a("Councillor Lowes", None, "apologies"),
        a("Councillor Straughan", None, "apologies"),
        a("I Hindmarsh", None, "apologies"),
    ],
}

NEWS_GOLD = {"document": NEWS_NAME, "doc_type": "news"}


# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    (DOCS / NEWS_NAME).write_text(NEWS_HTML, encoding="utf-8", newline="\n")
    for gold in (MINUTES_GOLD, NEWS_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8", newline="\n")
    print("wrote", DOCS / MINUTES_NAME, DOCS / NEWS_NAME, "and their gold files")


def norm(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text()
    return path.read_text(encoding="utf-8")


def check() -> int:
    failures = 0
    for gold_path in sorted(GOLD.glob("mc-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            failures += 1
            continue
        text = norm(doc_text(doc))
        if not text:
            print(f"EMPTY text from {doc.name}")
            failures += 1
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question text", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for what, phrase in phrases:
            words = len(phrase.split())
            n = text.count(norm(phrase))
            if n != 1:
                print(f"{doc.name}: {what} occurs {n} times: {phrase!r}")
                failures += 1
            if not 6 <= words <= 15:
                print(f"{doc.name}: {what} has {words} words: {phrase!r}")
                failures += 1
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("OK" if not failures else f"{failures} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
