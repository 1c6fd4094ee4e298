#!/usr/bin/env python3
"""Build the "oi-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_oi.py           build documents/oi-* and gold/oi-*.json
        build_oi.py --check   verify every gold phrase occurs once in its document
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2025, 1, 21, 9, 30, 0, tzinfo=dt.timezone.utc)

MINUTES_NAME = "oi-saltbridge-health-ppb-2025-01-14.pdf"
NEWS_NAME = "oi-saltbridge-news-care-at-home-consultation.html"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Blocks:
#   ("minute", number, title)        number in the left column, title in bold capitals
#   ("p", text)                      a body paragraph (**bold** allowed)
#   ("nb", text)                     an italic "(N.B. ...)" line
#   ("bullet", text)                 a bullet point
#   ("clause", label, text)          a numbered clause with hanging indent
#   ("resolved", text, action)       "RESOLVED:" paragraph, action text in the right column
#   ("gap",)                         extra space

ATTENDANCE = [
    ("Present:",
     "Councillors Harker (Chair), Ostrowski (Vice-Chair), Begley, Carrington, Donnelly, "
     "Fairclough, J. Lowry, P. Lowry, Mensah, Rigby and Tennant and R. Coyle "
     "(Healthwatch Co-optee)"),
    ("Apologies for Absence:", "Councillors Abara and Whiteside"),
    ("Absence declared on Council business:", "None"),
    ("Officers present:", "D. Henshall, M. Crompton, K. Yeung, S. Duckworth and A. Pryce"),
    ("Also in attendance:",
     "Councillor S. Brennan (Portfolio Holder for Health and Wellbeing), Councillor "
     "L. Marsland (Portfolio Holder for Adult Social Care), J. Mullaney and T. Kavanagh "
     "(NHS Mersey Vale ICB), C. Ashworth (Weaverside and Saltbridge Teaching Hospitals NHS "
     "Foundation Trust) and one member of the public"),
]

BLOCKS = [
    ("minute", "HEA29", "MINUTES"),
    ("p", "The Minutes of the meeting held on 12 November 2024 having been circulated were "
          "signed as a correct record."),

    ("minute", "HEA30", "PUBLIC QUESTION TIME"),
    ("p", "The Board was advised that one public question had been received, from Mrs "
          "A. Kenyon of Crossford, as follows:"),
    ("p", "\u201cMy mother, who lives in Wharfside, has had to wait over six weeks for a "
          "care package after being assessed as ready to leave hospital. Can the Board "
          "explain why this happened and what is being done to stop it happening to other "
          "families this winter?\u201d"),
    ("p", "The Executive Director \u2013 Adults responded that she could not comment on an "
          "individual case in a public meeting but would be happy to meet with Mrs Kenyon "
          "separately. In general terms, the Council had commissioned additional "
          "domiciliary care hours for the winter period and the average wait for a package "
          "of care on discharge from hospital in December 2024 had been just over four "
          "days. She added that the Board would be considering the recommissioning of "
          "domiciliary care later on the agenda."),

    ("minute", "HEA31", "HEALTH AND WELLBEING MINUTES"),
    ("p", "The published minutes of the Health and Wellbeing Board meeting held on "
          "20 November 2024 were submitted to the Board for information."),
    ("p", "The minutes were noted by the Board without comment."),

    ("minute", "HEA32", "URGENT AND EMERGENCY CARE \u2013 WINTER 2024/25 UPDATE"),
    ("p", "The Board received a presentation from J. Mullaney, Place Director (Saltbridge), "
          "NHS Mersey Vale ICB, and C. Ashworth, Deputy Chief Operating Officer, Weaverside "
          "and Saltbridge Teaching Hospitals NHS Foundation Trust, which provided an update "
          "on the performance of the urgent and emergency care system in the Borough over "
          "the winter period to date, and on the actions taken by One Saltbridge partners "
          "under the winter plan that had been presented to the Board in September 2024."),
    ("p", "The presentation outlined the following:"),
    ("bullet", "attendances at the Saltbridge and Crossford Urgent Treatment Centres had "
               "risen by 9% compared with the same period last year, with the largest "
               "increase in children under five presenting with respiratory illness;"),
    ("bullet", "the Trust had opened 24 additional escalation beds at Saltbridge Hospital "
               "from 2 December 2024, and a further 12 beds would be opened if the "
               "expected peak in flu admissions occurred in late January;"),
    ("bullet", "the number of patients who no longer met the criteria to reside had "
               "averaged 61 per day during December, of whom around a third were "
               "residents of the Borough;"),
    ("bullet", "average ambulance handover times at Saltbridge Hospital had improved from "
               "52 minutes in December 2023 to 38 minutes in December 2024, although this "
               "remained above the national standard of 30 minutes; and"),
    ("bullet", "uptake of the flu vaccination among people aged 65 and over was 71.4%, "
               "slightly below the previous year, while uptake among frontline health and "
               "care staff was 38%."),
    ("p", "Arising from the presentation and discussion, the following points were noted:"),
    ("bullet", "in response to a question about why fewer patients were discharged at "
               "weekends, Members were advised that a seven day integrated discharge team "
               "had been piloted at Saltbridge Hospital since October 2024 and would be "
               "evaluated at the end of March 2025;"),
    ("bullet", "Members queried whether the 24 escalation beds were fully staffed. "
               "Ms Ashworth confirmed that the beds were staffed largely through bank and "
               "agency nurses, which was a significant cost pressure for the Trust, and that "
               "a recruitment campaign for registered nurses was under way;"),
    ("bullet", "concerns were expressed that patients from Crossford were still being "
               "conveyed to hospitals outside the Borough when Saltbridge Hospital was on "
               "divert, and that families were not always told where their relative had "
               "been taken;"),
    ("bullet", "the Chair asked what the Council was doing to support timely discharge. "
               "The Executive Director \u2013 Adults advised that the reablement service had "
               "taken 20% more referrals than in the previous winter and that Oakmere Court "
               "had opened ten additional intermediate care beds, funded through the Better "
               "Care Fund; and"),
    ("bullet", "Councillor Rigby welcomed the reduction in ambulance handover delays and "
               "asked that the Board\u2019s thanks be passed to all staff working across the "
               "system over the holiday period."),
    ("resolved", "That the presentation and the comments made by Members be noted.", None),

    ("nb", "(N.B. Councillor Tennant declared an Other Disclosable Interest in the following "
           "item as her daughter was employed by a domiciliary care provider in the "
           "Borough.)"),
    ("minute", "HEA33", "RECOMMISSIONING OF CARE AT HOME (DOMICILIARY CARE) SERVICES"),
    ("p", "The Board considered a report of the Executive Director \u2013 Adults, which "
          "sought the views of the Board on the proposed approach to the recommissioning "
          "of domiciliary care and support services in the Borough, as the current "
          "contracts were due to expire on 31 October 2025."),
    ("p", "The report explained that the Council currently commissioned approximately "
          "11,400 hours of domiciliary care per week from 14 providers under a framework "
          "agreement let in 2020. It was proposed that the new service be let on a zonal "
          "model, with two lead providers in each of four zones across Saltbridge and "
          "Crossford and a framework of additional providers to pick up packages that the "
          "lead providers were unable to accept. Members were advised that the model had "
          "been developed following engagement with providers, people who used the "
          "service and their carers, and that a public consultation would run from "
          "3 February to 17 March 2025. The Portfolio Holder for Adult Social Care added "
          "that the Council would continue to require all providers to pay care workers at "
          "least the Real Living Wage, and that the indicative budget for the new contracts "
          "was \u00a315.2m per year."),
    ("p", "Members raised a number of points in the discussion which followed."),
    ("p", "Councillor Carrington was concerned that smaller, locally based providers could "
          "be squeezed out of the market under a zonal model. The Head of Commissioning "
          "explained that the framework would remain open to smaller providers and that "
          "the evaluation criteria would give weight to local employment and social value."),
    ("p", "In response to a question from Councillor Fairclough about how care workers "
          "would be paid for travel time between calls, Members were advised that the "
          "proposed hourly rate included an allowance for travel time and that providers "
          "would be required to evidence that this was passed on to staff through their "
          "pay."),
    ("p", "Mr Coyle asked how people who currently received care at home, many of whom did "
          "not use the internet, would be able to take part in the consultation. It was "
          "agreed that paper copies would be made available in libraries and through "
          "Healthwatch Saltbridge, and that officers would attend the Crossford and "
          "Saltbridge carers\u2019 forums during February."),
    ("p", "Councillor Donnelly commented that the Council should consider bringing at least "
          "part of the service back in house, as other councils had done, rather than "
          "relying entirely on private providers. The Portfolio Holder for Adult Social "
          "Care responded that an in house option had been considered in the options "
          "appraisal at Appendix 2 to the report but had been discounted on cost grounds "
          "at this time; however, it would be kept under review."),
    ("p", "Councillor P. Lowry requested that the outcome of the consultation be reported to "
          "the Board before the Executive Board took a decision on the award of the new "
          "contracts."),
    ("resolved", "That the Board", "Executive Director \u2013 Adults"),
    ("clause", "(1)", "notes the report and the comments made by Members; and"),
    ("clause", "(2)", "supports the proposed zonal model for the recommissioning of "
                      "domiciliary care, subject to the results of the public consultation "
                      "being reported to the Board at its meeting on 10 June 2025."),

    ("minute", "HEA34", "NHS DENTAL SERVICES IN SALTBRIDGE"),
    ("p", "The Board received a presentation from T. Kavanagh, Senior Primary Care "
          "Commissioning Manager (Dental), NHS Mersey Vale ICB, on access to NHS dentistry "
          "in the Borough following the delegation of dental commissioning from NHS England "
          "to integrated care boards in April 2023. The presentation set out the number of "
          "NHS dental practices in the Borough (eleven in Saltbridge and six in Crossford), "
          "the proportion of adults and children seen by an NHS dentist in the previous 24 "
          "and 12 months respectively, the additional urgent care sessions commissioned "
          "under the Dental Access Scheme and the actions being taken with practices to "
          "increase the delivery of units of dental activity."),
    ("p", "Members were concerned that no practice in Crossford was currently accepting new "
          "adult NHS patients, and asked what was being done to address this. Mr Kavanagh "
          "explained that the ICB had commissioned over three thousand additional urgent "
          "appointments across the Borough this year and that a procurement for a new "
          "practice in Crossford would be launched in spring 2025. Councillor J. Lowry "
          "asked whether children in care and care leavers were given priority for NHS "
          "dental appointments, and it was explained that the ICB had written to all "
          "practices asking them to prioritise looked after children, in line with national "
          "guidance. The Chair asked whether the ICB could use the underspend on the dental "
          "budget to fund more appointments; Mr Kavanagh advised that dental funding was now "
          "protected nationally and that the previous year\u2019s underspend had been "
          "returned to the ICB\u2019s overall financial position, a point which several "
          "Members felt was regrettable given the level of need in the Borough."),
    ("p", "Councillor Begley asked that the ICB publish an up to date list of practices in "
          "the Borough accepting NHS patients, as residents were often told they could join "
          "a waiting list when no such list existed. Mr Kavanagh agreed to circulate this to "
          "Members after the meeting."),
    ("resolved", "That the presentation be noted and a further update on dental access be "
                 "presented to the Board in six months\u2019 time.", "T. Kavanagh"),

    ("minute", "HEA35", "DIRECTOR OF PUBLIC HEALTH ANNUAL REPORT 2024"),
    ("p", "The Board received the Director of Public Health Annual Report 2024, which this "
          "year focused on tobacco and vaping. The Director of Public Health advised that "
          "smoking prevalence among adults in Saltbridge had fallen from 19.6% in 2015 to "
          "13.9% in 2023, but remained above the England average, and that smoking was "
          "still the largest single cause of the gap in life expectancy between the most "
          "and least deprived wards. The report also highlighted the rapid growth in "
          "vaping among young people, with the 2024 schools survey finding that 14% of "
          "Year 10 pupils vaped regularly, and set out the partnership\u2019s ambition for "
          "a smokefree generation."),
    ("p", "The following comments and questions were raised by Members:"),
    ("bullet", "Councillor Mensah asked what powers the Council had to tackle shops selling "
               "vapes to children; the Director of Public Health advised that Trading "
               "Standards had carried out 38 test purchases during 2024, which had resulted "
               "in two prosecutions and a number of written warnings;"),
    ("bullet", "Members expressed concern about the number of disposable vapes found in and "
               "around schools, and asked how the national ban on single use vapes from "
               "1 June 2025 would be enforced locally; it was confirmed that enforcement "
               "would be led by Trading Standards with support from the Council\u2019s "
               "environmental health team;"),
    ("bullet", "Councillor Begley commented that the stop smoking service should be promoted "
               "more widely in GP surgeries and community pharmacies;"),
    ("bullet", "in response to a question from the Healthwatch Co-optee about support for "
               "pregnant women who smoked, it was noted that financial incentives were "
               "offered to those who set a quit date, and that 64 women had done so during "
               "2024; and"),
    ("bullet", "Councillor Carrington asked that future annual reports include information "
               "on smoking rates by ward, as the Borough average masked significant health "
               "inequalities between communities."),
    ("resolved", "That the Director of Public Health Annual Report 2024 be noted.", None),

    ("minute", "HEA36", "SCRUTINY TOPIC GROUP \u2013 SUPPORT FOR UNPAID CARERS"),
    ("p", "The Board considered a report of the Chief Executive, which presented the draft "
          "scope for the Board\u2019s scrutiny topic group on support for unpaid carers, as "
          "agreed at the meeting held on 24 September 2024. It was proposed that the topic "
          "group meet four times between February and May 2025 and report its findings and "
          "recommendations to the Board in June 2025."),
    ("p", "Councillor Ostrowski asked that the experience of young carers be included within "
          "the scope of the review. The Chair agreed and it was noted that the Policy "
          "Officer would liaise with the Children, Young People and Families Policy and "
          "Performance Board to avoid duplication. A Member asked whether carers themselves "
          "would be invited to give evidence to the topic group; it was confirmed that "
          "Carers Centre Saltbridge had offered to arrange a focus group of carers for "
          "Members to attend."),
    ("resolved", "That", "Chief Executive"),
    ("clause", "(1)", "the scope for the Carers Scrutiny Topic Group, attached at Appendix 1, "
                      "be approved, subject to the inclusion of young carers; and"),
    ("clause", "(2)", "Councillors Ostrowski, Mensah, Rigby and Tennant be appointed as "
                      "members of the Topic Group, with Councillor Ostrowski as lead Member."),

    ("minute", "HEA37", "PERFORMANCE MANAGEMENT REPORTS \u2013 QUARTER 2 2024/25"),
    ("p", "The Board received the Performance Management Reports for quarter 2 of 2024/25 "
          "(1 July 2024 to 30 September 2024). The reports related to the following "
          "functional areas which reported to the Board and detailed progress against "
          "service objectives and milestones, and performance targets, and provided "
          "information relating to key developments and emerging issues that had arisen "
          "during the period: Adult Social Care; and Public Health."),
    ("p", "One Member queried why the percentage of adult safeguarding enquiries concluded "
          "within 28 days had fallen to 71%, and was advised that this reflected an "
          "increase of almost a quarter in safeguarding concerns received and two vacant "
          "social worker posts in the Safeguarding Unit, one of which had since been filled. "
          "Councillor Fairclough asked whether the target for the number of people "
          "receiving direct payments was realistic given the shortage of personal "
          "assistants in the Borough. The Executive Director \u2013 Adults accepted that "
          "recruitment of personal assistants remained difficult and advised that a "
          "register of personal assistants would be launched in April 2025."),
    ("resolved", "That the quarter 2 Performance Management Reports be received.", None),
    ("gap",),
    ("end", "Meeting ended at 8.22 p.m."),
]


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    LEFT = 15.0      # minute-number column
    BODY = 40.0      # body text starts here
    BODY_R = 160.0   # body text ends here
    ACT = 164.0      # action column

    class Minutes(FPDF):
        def header(self):
            self.set_font("Sans", "B", 11)
            self.set_xy(ACT, 12)
            self.cell(195 - ACT, 6, "Action", align="R")
            self.set_xy(BODY, 24)

        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 9)
            self.set_x(15)
            self.cell(180, 5, f"Page {self.page_no()}", align="C")

    pdf = Minutes(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Health Policy and Performance Board - 14 January 2025")
    pdf.set_author("Saltbridge Borough Council")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft Word")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.add_font("Sans", "BI", str(FONTS / "DejaVuSans-BoldOblique.ttf"))
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_margins(LEFT, 24, 210 - 195)
    pdf.add_page()

    lh = 5.6
    # Title block (the first page has no room for the Action heading above the title,
    # so it is printed again beside the first minute).
    pdf.set_font("Sans", "B", 13)
    pdf.set_xy(LEFT, 26)
    pdf.cell(180, 7, "HEALTH POLICY AND PERFORMANCE BOARD", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Sans", "", 11)
    pdf.multi_cell(180, lh, "At a meeting of the Health Policy and Performance Board on "
                   "Tuesday, 14 January 2025 in the Council Chamber, Crossford Town Hall",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for label, names in ATTENDANCE:
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_xy(LEFT, y)
        pdf.multi_cell(48, lh, label, align="L", new_x="LMARGIN", new_y="NEXT")
        y_label_end = pdf.get_y()
        pdf.set_font("Sans", "", 10.5)
        pdf.set_xy(LEFT + 50, y)
        pdf.multi_cell(195 - LEFT - 50, lh, names, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(pdf.get_y(), y_label_end) + 3)
    pdf.ln(4)
    pdf.set_font("Sans", "BI", 10.5)
    pdf.set_x(BODY)
    pdf.cell(BODY_R - BODY, lh, "ITEMS DEALT WITH UNDER", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(BODY)
    pdf.cell(BODY_R - BODY, lh, "DUTIES EXERCISABLE BY THE BOARD", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    pdf.set_left_margin(BODY)
    pdf.set_right_margin(210 - BODY_R)
    W = BODY_R - BODY

    def need(h):
        if pdf.get_y() + h > pdf.h - 22:
            pdf.add_page()

    for block in BLOCKS:
        kind = block[0]
        pdf.set_font("Sans", "", 11)
        if kind == "minute":
            _, num, title = block
            need(3 * lh)
            pdf.ln(2)
            y = pdf.get_y()
            pdf.set_font("Sans", "B", 11)
            pdf.set_xy(LEFT, y)
            pdf.cell(BODY - LEFT - 2, lh, num)
            pdf.set_xy(BODY, y)
            pdf.multi_cell(W, lh, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "p":
            pdf.set_x(BODY)
            pdf.multi_cell(W, lh, block[1], markdown=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "nb":
            need(3 * lh)
            pdf.ln(1)
            pdf.set_font("Sans", "I", 10.5)
            pdf.set_x(BODY)
            pdf.multi_cell(W, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "bullet":
            need(lh)
            y = pdf.get_y()
            pdf.set_xy(BODY + 2, y)
            pdf.cell(5, lh, "\u2022")
            pdf.set_left_margin(BODY + 8)
            pdf.set_xy(BODY + 8, y)
            pdf.multi_cell(W - 8, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(BODY)
            pdf.ln(2)
        elif kind == "clause":
            _, label, text = block
            need(lh)
            y = pdf.get_y()
            pdf.set_xy(BODY + 2, y)
            pdf.cell(9, lh, label)
            pdf.set_left_margin(BODY + 11)
            pdf.set_xy(BODY + 11, y)
            pdf.multi_cell(W - 11, lh, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(BODY)
            pdf.ln(2)
        elif kind == "resolved":
            _, text, action = block
            need(2 * lh)
            pdf.ln(1)
            y = pdf.get_y()
            if action:
                pdf.set_font("Sans", "", 10)
                pdf.set_xy(ACT, y)
                pdf.multi_cell(195 - ACT, lh, action, align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("Sans", "", 11)
            pdf.set_xy(BODY, y)
            pdf.multi_cell(W, lh, "**RESOLVED:** " + text, markdown=True,
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "gap":
            pdf.ln(4)
        elif kind == "end":
            pdf.set_x(BODY)
            pdf.multi_cell(W, lh, block[1], new_x="LMARGIN", new_y="NEXT")

    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The document that is not minutes: a news release on the council's website
# ---------------------------------------------------------------------------
NEWS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Have your say on the future of care at home in Saltbridge | Saltbridge Borough Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/themes/saltbridge/css/main.css">
</head>
<body class="page-news">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a class="logo" href="/"><img src="/themes/saltbridge/img/logo.svg" alt="Saltbridge Borough Council"></a>
  <nav class="primary-nav" aria-label="Main">
    <ul>
      <li><a href="/bins-and-recycling">Bins and recycling</a></li>
      <li><a href="/council-tax">Council tax</a></li>
      <li><a href="/adult-social-care">Adult social care</a></li>
      <li><a href="/news">News</a></li>
      <li><a href="/your-council">Your council</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/news">News</a></li>
    <li>Have your say on the future of care at home in Saltbridge</li>
  </ol>
</nav>
<main id="main">
<article class="news-article">
  <h1>Have your say on the future of care at home in Saltbridge</h1>
  <p class="meta">Published: <time datetime="2025-02-03">Monday 3 February 2025</time> | Adult social care</p>
  <p class="lead">Saltbridge Borough Council is asking people who receive care at home, their
  families and carers, and the organisations that provide care to give their views on how
  care at home services should be organised from November 2025.</p>
  <p>The council currently arranges around 11,400 hours of care at home every week for more
  than 1,100 residents in Saltbridge and Crossford. The contracts for these services end on
  31 October 2025, and the council is proposing a new way of organising them, with the
  borough divided into four zones and two main care providers in each zone.</p>
  <p>The proposals were discussed by councillors on the Health Policy and Performance Board
  on 14 January, who supported the zonal model subject to the results of this consultation
  being reported back to them in June.</p>
  <blockquote>
    <p>&ldquo;Care at home helps people live independently in the place they know best. We
    want to hear from as many people as possible, especially those who use these services
    every day, so that the new arrangements work for them.&rdquo;</p>
    <footer>Councillor L. Marsland, Portfolio Holder for Adult Social Care</footer>
  </blockquote>
  <h2>Frequently asked questions</h2>
  <h3>Will my care change?</h3>
  <p>If you already receive care at home you will continue to receive the care set out in
  your care and support plan. If your care provider changes as a result of the new
  contracts, a social worker will contact you well before any change takes place.</p>
  <h3>Why is the council proposing a zonal model?</h3>
  <p>Having fewer providers in each area should reduce the time care workers spend
  travelling between visits and make it easier for the council to find care quickly when
  people are ready to leave hospital.</p>
  <h3>What will happen to smaller local care providers?</h3>
  <p>Smaller providers will still be able to join a framework of additional providers, who
  will be offered packages of care that the main providers cannot accept.</p>
  <h3>I do not use the internet. How can I take part?</h3>
  <p>Paper copies of the questionnaire are available at all libraries in Saltbridge and
  Crossford and from Healthwatch Saltbridge. You can also ask for a copy, or for help to
  complete it, by calling 0300 555 0199.</p>
  <h2>How to have your say</h2>
  <ul>
    <li>Complete the online questionnaire on our <a href="/consultations">consultations page</a></li>
    <li>Come to one of our drop-in sessions at Crossford Library on 12 February or
    Saltbridge Market Hall on 19 February, from 10am to 2pm</li>
    <li>Email <a href="mailto:careathome@saltbridge.gov.uk">careathome@saltbridge.gov.uk</a></li>
  </ul>
  <p>The consultation closes at midnight on Monday 17 March 2025. A final decision on the
  new contracts will be made by the council&rsquo;s Executive Board in the summer.</p>
  <h2>Notes to editors</h2>
  <p>For media enquiries please contact the council&rsquo;s communications team on
  0300 555 0100.</p>
</article>
<aside class="related">
  <h2>Related news</h2>
  <ul>
    <li><a href="/news/winter-vaccines-2024">Get your winter vaccines: flu and COVID-19 jabs available now</a></li>
    <li><a href="/news/carers-centre-new-home">Carers Centre Saltbridge moves to new home</a></li>
  </ul>
</aside>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/accessibility">Accessibility</a></li>
    <li><a href="/privacy">Privacy</a></li>
    <li><a href="/contact">Contact us</a></li>
  </ul>
  <p>&copy; Saltbridge Borough Council 2025</p>
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


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


EDA = "Executive Director \u2013 Adults"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health Policy and Performance Board",
    "meeting_date": "2025-01-14",
    "items": [
        {"number": "HEA29", "title": "MINUTES"},
        {"number": "HEA30", "title": "PUBLIC QUESTION TIME"},
        {"number": "HEA31", "title": "HEALTH AND WELLBEING MINUTES"},
        {"number": "HEA32", "title": "URGENT AND EMERGENCY CARE \u2013 WINTER 2024/25 UPDATE"},
        {"number": "HEA33",
         "title": "RECOMMISSIONING OF CARE AT HOME (DOMICILIARY CARE) SERVICES"},
        {"number": "HEA34", "title": "NHS DENTAL SERVICES IN SALTBRIDGE"},
        {"number": "HEA35", "title": "DIRECTOR OF PUBLIC HEALTH ANNUAL REPORT 2024"},
        {"number": "HEA36", "title": "SCRUTINY TOPIC GROUP \u2013 SUPPORT FOR UNPAID CARERS"},
        {"number": "HEA37",
         "title": "PERFORMANCE MANAGEMENT REPORTS \u2013 QUARTER 2 2024/25"},
    ],
    "questions": [
        q("HEA30", "question",
          "has had to wait over six weeks for a care package",
          "Mrs A. Kenyon",
          "could not comment on an individual case in a public meeting",
          EDA, ["adult-social-care"]),

        q("HEA32", "question",
          "in response to a question about why fewer patients were discharged at weekends",
          None,
          "a seven day integrated discharge team had been piloted at Saltbridge Hospital",
          None, ["adult-social-care", "integration"]),
        q("HEA32", "question",
          "Members queried whether the 24 escalation beds were fully staffed",
          None,
          "the beds were staffed largely through bank and agency nurses",
          "Ms Ashworth", ["workforce", "finance"]),
        q("HEA32", "concern",
          "patients from Crossford were still being conveyed to hospitals outside the Borough",
          None, None, None, []),
        q("HEA32", "question",
          "asked what the Council was doing to support timely discharge",
          "the Chair",
          "Oakmere Court had opened ten additional intermediate care beds",
          EDA, ["adult-social-care", "integration"]),
        q("HEA32", "comment",
          "welcomed the reduction in ambulance handover delays",
          "Councillor Rigby", None, None, []),

        q("HEA33", "concern",
          "smaller, locally based providers could be squeezed out of the market",
          "Councillor Carrington",
          "the framework would remain open to smaller providers",
          "Head of Commissioning", ["subcontracting", "adult-social-care"]),
        q("HEA33", "question",
          "how care workers would be paid for travel time between calls",
          "Councillor Fairclough",
          "proposed hourly rate included an allowance for travel time",
          None, ["workforce", "finance", "adult-social-care"]),
        q("HEA33", "question",
          "would be able to take part in the consultation",
          "Mr Coyle",
          "paper copies would be made available in libraries and through Healthwatch Saltbridge",
          None, ["patient-and-public-input", "adult-social-care"]),
        q("HEA33", "comment",
          "should consider bringing at least part of the service back in house",
          "Councillor Donnelly",
          "had been discounted on cost grounds at this time",
          "Portfolio Holder for Adult Social Care",
          ["privatisation", "subcontracting", "adult-social-care"]),
        q("HEA33", "request",
          "the outcome of the consultation be reported to the Board before",
          "Councillor P. Lowry", None, None,
          ["patient-and-public-input", "subcontracting", "adult-social-care"]),

        q("HEA34", "concern",
          "no practice in Crossford was currently accepting new adult NHS patients",
          None,
          "a procurement for a new practice in Crossford would be launched",
          "Mr Kavanagh", ["primary-care", "subcontracting"]),
        q("HEA34", "question",
          "asked whether children in care and care leavers were given priority",
          "Councillor J. Lowry",
          "had written to all practices asking them to prioritise looked after children",
          None, ["primary-care", "children-and-families"]),
        q("HEA34", "question",
          "use the underspend on the dental budget to fund more appointments",
          "the Chair",
          "advised that dental funding was now protected nationally",
          "Mr Kavanagh", ["finance", "primary-care"]),
        q("HEA34", "request",
          "asked that the ICB publish an up to date list of practices",
          "Councillor Begley",
          "agreed to circulate this to Members after the meeting",
          "Mr Kavanagh", ["primary-care"]),

        q("HEA35", "question",
          "what powers the Council had to tackle shops selling vapes to children",
          "Councillor Mensah",
          "Trading Standards had carried out 38 test purchases during 2024",
          "Director of Public Health", ["public-health", "children-and-families"]),
        q("HEA35", "concern",
          "about the number of disposable vapes found in and around schools",
          None,
          "it was confirmed that enforcement would be led by Trading Standards",
          None, ["public-health", "children-and-families"]),
        q("HEA35", "comment",
          "the stop smoking service should be promoted more widely in GP surgeries",
          "Councillor Begley", None, None, ["public-health", "primary-care"]),
        q("HEA35", "question",
          "about support for pregnant women who smoked",
          "the Healthwatch Co-optee",
          "financial incentives were offered to those who set a quit date",
          None, ["public-health"]),
        q("HEA35", "request",
          "future annual reports include information on smoking rates by ward",
          "Councillor Carrington", None, None, ["public-health"]),

        q("HEA36", "request",
          "asked that the experience of young carers be included within the scope",
          "Councillor Ostrowski",
          "the Policy Officer would liaise with the Children, Young People and Families",
          None, ["adult-social-care", "children-and-families"]),
        q("HEA36", "question",
          "whether carers themselves would be invited to give evidence to the topic group",
          None,
          "had offered to arrange a focus group of carers",
          None, ["adult-social-care", "patient-and-public-input"]),

        q("HEA37", "question",
          "queried why the percentage of adult safeguarding enquiries concluded within 28 days",
          None,
          "reflected an increase of almost a quarter in safeguarding concerns received",
          None, ["adult-social-care", "workforce"]),
        q("HEA37", "question",
          "the target for the number of people receiving direct payments was realistic",
          "Councillor Fairclough",
          "recruitment of personal assistants remained difficult",
          EDA, ["adult-social-care", "workforce"]),
    ],
    "resolutions": [
        r("HEA29", "the Minutes of the meeting held on 12 November 2024 having been circulated",
          "agreed", []),
        r("HEA31", "The minutes were noted by the Board without comment", "noted", []),
        r("HEA32", "That the presentation and the comments made by Members be noted",
          "noted", []),
        r("HEA33", "supports the proposed zonal model for the recommissioning of domiciliary care",
          "agreed", ["subcontracting", "adult-social-care", "patient-and-public-input"]),
        r("HEA34", "update on dental access be presented to the Board in six",
          "agreed", ["primary-care"]),
        r("HEA35", "That the Director of Public Health Annual Report 2024 be noted",
          "noted", ["public-health"]),
        r("HEA36", "be approved, subject to the inclusion of young carers",
          "agreed", ["adult-social-care", "governance"]),
        r("HEA37", "That the quarter 2 Performance Management Reports be received",
          "noted", []),
    ],
    "attendees": [
        a("Councillor Harker", "Chair", "present"),
        a("Councillor Ostrowski", "Vice-Chair", "present"),
        a("Councillor Begley", None, "present"),
        a("Councillor Carrington", None, "present"),
        a("Councillor Donnelly", None, "present"),
        a("Councillor Fairclough", None, "present"),
        a("Councillor J. Lowry", None, "present"),
        a("Councillor P. Lowry", None, "present"),
        a("Councillor Mensah", None, "present"),
        a("Councillor Rigby", None, "present"),
        a("Councillor Tennant", None, "present"),
        a("R. Coyle", "Healthwatch Co-optee", "present"),
        a("Councillor Abara", None, "apologies"),
        a("Councillor Whiteside", None, "apologies"),
        a("D. Henshall", None, "in_attendance"),
        a("M. Crompton", None, "in_attendance"),
        a("K. Yeung", None, "in_attendance"),
        a("S. Duckworth", None, "in_attendance"),
        a("A. Pryce", None, "in_attendance"),
        a("Councillor S. Brennan", "Portfolio Holder for Health and Wellbeing", "in_attendance"),
        a("Councillor L. Marsland", "Portfolio Holder for Adult Social Care", "in_attendance"),
        a("J. Mullaney", "NHS Mersey Vale ICB", "in_attendance"),
        a("T. Kavanagh", "NHS Mersey Vale ICB", "in_attendance"),
        a("C. Ashworth", "Weaverside and Saltbridge Teaching Hospitals NHS Foundation Trust",
          "in_attendance"),
    ],
}

NEWS_GOLD = {"document": NEWS_NAME, "doc_type": "news"}


# ---------------------------------------------------------------------------
def norm(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    s = s.replace("_", "")
    return " ".join(s.split())


def doc_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix == ".html":
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("oi-*.json")):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        text = " " + norm(doc_text(DOCS / g["document"])) + " "
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n_words = len(norm(ph).split())
            count = text.count(" " + norm(ph) + " ")
            ok = count == 1 and 6 <= n_words <= 15
            if not ok:
                bad += 1
                print(f"FAIL {g['document']}: {kind} {ph!r} occurs {count}x, {n_words} words")
        print(f"{g['document']}: {len(phrases)} phrases checked")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    (DOCS / NEWS_NAME).write_text(NEWS_HTML, encoding="utf-8")
    for g in (MINUTES_GOLD, NEWS_GOLD):
        out = GOLD / (Path(g["document"]).stem + ".json")
        out.write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote", MINUTES_NAME, NEWS_NAME)


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
