#!/usr/bin/env python3
"""Build the "lw-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_lw.py           build documents/lw-* and gold/lw-*.json
        build_lw.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES = "lw-ormesfield-overview-scrutiny-board-2025-02-12.docx"
NEWS = "lw-ormesfield-news-gp-access-scrutiny-2025-02-14.html"

FIXED = dt.datetime(2025, 2, 13, 9, 30, 0)
ZIP_TIME = (2025, 2, 13, 9, 30, 0)

# --------------------------------------------------------------------------------------
# The minutes
# --------------------------------------------------------------------------------------
# Block kinds: ("h", number, title) item heading; ("p", text) paragraph; ("b", text)
# bullet; ("agreed", text) paragraph opening with a bold AGREED; ("n", "1.", text)
# typed numbered clause; ("decl", rows) declarations table.

ATTENDANCE = [
    ("PRESENT:",
     "Councillors T Garbutt (Chair), R Hodgson (Vice-Chair), S Amin, K Barnfather, "
     "L Craddock, J Ferriday, P Hussain, N Kirkbride, M Nattrass and D Pounder"),
    ("ALSO IN ATTENDANCE:",
     "Councillor E Threlfall (Executive Member for Adult Social Care and Public Health), "
     "Councillor G Wardle (Executive Member for Finance and Governance), M Oyelaran "
     "(Northern Counties Integrated Care Board) and J Lavery (Local Democracy Reporting "
     "Service)"),
    ("OFFICERS:",
     "A Beadnell, C Dunwell, H Marwood, R Pickersgill, S Tindale and F Younis"),
    ("APOLOGIES FOR ABSENCE:", "Councillors B Cowey and A Rowbotham"),
]

BLOCKS = [
    ("h", "24/56", "WELCOME AND FIRE EVACUATION PROCEDURE"),
    ("p", "The Chair welcomed everyone to the meeting and read out the Building Evacuation "
          "Procedure."),

    ("h", "24/57", "DECLARATIONS OF INTEREST"),
    ("decl", [
        ("Name of Member", "Type of Interest", "Item/Nature of Interest"),
        ("Councillor K Barnfather", "Non-Pecuniary",
         "Agenda Item 6 – Trustee, Ormesfield Carers Centre"),
        ("Councillor P Hussain", "Non-Pecuniary",
         "Agenda Item 8 – close family member is a salaried GP at a practice in Ormesfield"),
    ]),

    ("h", "24/58", "MINUTES - OVERVIEW AND SCRUTINY BOARD - 15 JANUARY 2025"),
    ("p", "The minutes of the meeting of the Overview and Scrutiny Board held on 15 January "
          "2025 were submitted and approved as a correct record."),

    ("h", "24/59", "EXECUTIVE FORWARD WORK PROGRAMME"),
    ("p", "The Head of Governance, Policy and Information submitted a report which identified "
          "the forthcoming issues to be considered by the Executive, as outlined in Appendix A "
          "to the report."),
    ("p", "The report provided the Overview and Scrutiny Board with the opportunity to "
          "consider whether any item contained within the Executive Forward Work Programme "
          "should be considered by the Board, or referred to a scrutiny panel."),
    ("p", "A Member queried whether the key decision on the recommissioning of the home care "
          "contract, which was scheduled for the Executive meeting on 9 April 2025, would be "
          "considered by scrutiny before the decision was taken. The Democratic Services "
          "Officer advised that the item had been added to the work programme of the Adult "
          "Social Care and Services Scrutiny Panel for its meeting on 17 March 2025, and that "
          "the panel's comments would be reported to the Executive alongside the report."),
    ("agreed", " that the Executive Forward Work Programme be noted."),

    ("h", "24/60", "EXECUTIVE MEMBER UPDATE - EXECUTIVE MEMBER FOR ADULT SOCIAL CARE AND "
                   "PUBLIC HEALTH"),
    ("p", "The Executive Member for Adult Social Care and Public Health was in attendance and "
          "provided an update to the Board in respect of her aims and aspirations, progress "
          "made to date and emerging issues relating to her portfolio."),
    ("p", "The Executive Member advised that the key areas of focus since her last update to "
          "the Board in July 2024 had included:"),
    ("b", "the Care Quality Commission (CQC) assessment of the Council's adult social care "
          "functions, the outcome of which had been published in November 2024 and had rated "
          "the Council as \u201cRequires Improvement\u201d;"),
    ("b", "the development of an improvement plan in response to the CQC's findings, which "
          "was being overseen by an Improvement Board chaired by the Chief Executive;"),
    ("b", "a reduction in the number of people waiting for a Care Act assessment, from 412 in "
          "April 2024 to 187 at the end of January 2025;"),
    ("b", "the Ormesfield Stop Smoking Service, which had supported 1,046 residents to set a "
          "quit date in 2023/24, and the additional Local Stop Smoking Services and Support "
          "Grant of \u00a3317,000 allocated to the Council for 2024/25; and"),
    ("b", "continued joint work with Ormesfield and Northdale NHS Foundation Trust and the "
          "Integrated Care Board on hospital discharge, including the expansion of the "
          "discharge to assess service at Orchard Lodge."),
    ("p", "It was highlighted that the increase in employers' National Insurance contributions "
          "from April 2025 would add an estimated \u00a32.4m to the cost of care purchased by "
          "the Council from independent providers, and that the Council was in discussion "
          "with providers regarding fee levels for 2025/26."),
    ("p", "A Member queried what the main reasons had been for the Requires Improvement "
          "rating. The Executive Member advised that the CQC had identified waiting times for "
          "assessments and reviews, and the quality of information and advice available to "
          "people who arranged and paid for their own care, as the main areas for "
          "improvement. Inspectors had, however, commented positively on the commitment of "
          "front line staff and on the Council's partnership working with the NHS."),
    ("p", "A Member expressed concern regarding the number of care homes in the town that had "
          "been rated as Requires Improvement or Inadequate by the CQC, and asked what support "
          "was being provided to those homes. In response, the Director of Adult Social Care "
          "and Health Integration explained that the Council's Quality Assurance Team visited "
          "every contracted care home at least once a year, and more frequently where "
          "concerns had been raised, and worked with the homes on action plans following "
          "inspection. Two homes were currently subject to a suspension on new placements by "
          "the Council."),
    ("p", "With regard to hospital discharge, a Member asked how many Ormesfield residents were "
          "currently waiting in hospital for a package of care. The Director advised that the "
          "figure changed daily, but that on Friday 7 February 2025 there had been 14 "
          "Ormesfield residents in Ormesfield General Hospital who were medically fit for "
          "discharge, of whom six were waiting for home care and the remainder for a "
          "residential or nursing home placement or for an assessment. The Director added "
          "that the home care market in Ormesfield was more stable than it had been two years "
          "ago and that there was currently no waiting list for home care. A Member queried "
          "whether the Council would consider bringing some home care provision back "
          "in-house, given the difficulties that independent providers had experienced in "
          "recruiting and retaining care workers. The Executive Member stated that all "
          "options would be considered as part of the recommissioning of the home care "
          "contract, but that the cost of in-house provision was considerably higher than "
          "that of the independent sector and any change would need to be affordable within "
          "the Council's financial position."),
    ("p", "A Member asked how the additional stop smoking grant was being spent and what had "
          "been achieved to date. The Director of Public Health advised that the grant had "
          "funded two additional stop smoking advisers, a vaping-to-quit offer for people in "
          "contact with drug and alcohol services and a targeted programme for pregnant women "
          "and their partners. Figures for quarter three showed a 22 per cent increase in the "
          "number of four week quits compared with the same period in 2023/24."),
    ("p", "The Chair requested that a copy of the CQC improvement plan be circulated to "
          "Members of the Board. The Executive Member agreed that this would be circulated "
          "following its consideration by the Improvement Board in March."),
    ("p", "A Member commented that, although the reduction in waiting times for assessments "
          "was welcome, residents were still contacting ward councillors because they had "
          "been unable to get through to the Council's adult social care contact centre by "
          "telephone."),
    ("p", "The Chair thanked the Executive Member for her attendance and update."),
    ("agreed", " that the information presented be noted."),

    ("h", "24/61", "REVENUE AND CAPITAL BUDGET - FORECAST YEAR-END OUTTURN POSITION AT QUARTER "
                   "THREE 2024/25"),
    ("p", "The Executive Member for Finance and Governance and the Director of Finance "
          "(Section 151 Officer) were in attendance and presented the Council's forecast "
          "year-end revenue and capital outturn position at Quarter Three 2024/25, which had "
          "been considered by the Executive on 5 February 2025."),
    ("p", "The Board was advised that:"),
    ("b", "the Council's net revenue budget for 2024/25 was \u00a3146.832m, and the forecast "
          "year-end outturn at Quarter Three was an overspend of \u00a33.408m (2.3%), an "
          "improvement of \u00a31.126m on the position reported at Quarter Two;"),
    ("b", "the main areas of pressure were Children's Care (\u00a34.915m), predominantly as a "
          "result of the cost of external residential placements, and Adult Social Care "
          "(\u00a30.871m), which were partly offset by underspends in Finance, Legal and "
          "Governance Services and in Environment and Community Services;"),
    ("b", "\u00a32.906m of the \u00a34.100m of savings approved for 2024/25 were forecast to be "
          "delivered, with the remaining \u00a31.194m at risk;"),
    ("b", "the forecast overspend would be met from the General Fund Reserve, which was "
          "forecast to reduce to \u00a310.9m by 31 March 2025; and"),
    ("b", "the revised capital programme for 2024/25 was \u00a361.294m, with \u00a38.770m of "
          "slippage forecast into 2025/26."),
    ("p", "A Member queried the reasons for the continued overspend on children's external "
          "residential placements. The Director of Finance explained that the number of "
          "children in external residential placements had reduced from 68 in April 2024 to "
          "61, but that the average weekly cost of a placement had risen to over \u00a36,100, "
          "with some individual placements costing in excess of \u00a315,000 per week. The "
          "Council's strategy was to increase its own residential provision, and two new "
          "children's homes were due to open in 2025/26."),
    ("p", "In response to a question about the use of agency social workers in Children's "
          "Services, the Director of Finance advised that spending on agency staff was "
          "\u00a30.6m lower than at the same point in the previous year following the "
          "introduction of the Council's recruitment and retention package for social "
          "workers, although 19 social worker posts continued to be covered by agency staff."),
    ("p", "A Member asked whether the Council would need to apply to the Government for "
          "Exceptional Financial Support in 2025/26. The Executive Member for Finance and "
          "Governance advised that the Council had received Exceptional Financial Support in "
          "both 2023/24 and 2024/25, in the form of permission to use capital receipts to "
          "fund revenue expenditure, and that a request for up to \u00a35.2m for 2025/26 had "
          "been submitted to the Ministry of Housing, Communities and Local Government as a "
          "precaution. A response was expected before the Council met to set the budget on "
          "5 March 2025."),
    ("p", "A Member expressed concern that the savings at risk included the proposed "
          "reduction in opening hours at community hubs and libraries, and asked whether the "
          "public consultation on the proposals had closed. The Director of Finance confirmed "
          "that the consultation had closed on 24 January 2025, that over 1,300 responses had "
          "been received and that the outcome would be reported to the Executive in March "
          "2025 before any decision was taken."),
    ("p", "A Member queried the level of slippage in the capital programme and whether "
          "schemes were being profiled realistically when the programme was set. The Director "
          "of Finance acknowledged that the level of slippage remained too high. A review of "
          "the governance of the capital programme had been commissioned from the Council's "
          "internal auditors and would be reported to the Corporate Affairs and Audit "
          "Committee in April 2025."),
    ("agreed", " that:"),
    ("n", "1.", "the forecast year-end revenue and capital outturn position at Quarter Three "
                "2024/25 be noted; and"),
    ("n", "2.", "a breakdown of the savings at risk, by directorate, be circulated to Members "
                "of the Board."),

    ("h", "24/62", "FINAL REPORT OF THE HEALTH SCRUTINY PANEL - ACCESS TO GP SERVICES IN "
                   "ORMESFIELD"),
    ("p", "The Chair of the Health Scrutiny Panel presented the panel's final report following "
          "its review of access to GP services in Ormesfield. The panel had received evidence "
          "from the Integrated Care Board (ICB), the Ormesfield GP Federation, the Local "
          "Medical Committee, Healthwatch Ormesfield, community pharmacies and residents, and "
          "had visited two practices in the east of the town."),
    ("p", "The panel had concluded that, although the number of appointments offered by "
          "Ormesfield practices had increased by 11 per cent since 2022, demand had grown "
          "faster, and that there were significant differences in the experience of patients "
          "between practices. The panel had made seven recommendations, including that:"),
    ("n", "a)", "the ICB work with the GP Federation to develop a workforce plan for general "
                "practice in Ormesfield, with a particular focus on the east of the town;"),
    ("n", "b)", "every practice continue to offer a telephone and a face-to-face route for "
                "booking appointments alongside online consultation;"),
    ("n", "c)", "the Council and the ICB undertake a joint campaign to raise awareness of "
                "Pharmacy First and the other services available from community pharmacies; "
                "and"),
    ("n", "d)", "the ICB report back to the Health Scrutiny Panel in 12 months on progress."),
    ("p", "The ICB's Director of Place was in attendance to respond to questions from Members."),
    ("p", "A Member asked what the ICB was doing to address the difference in the number of "
          "GPs per head of population between the east and west of the town. The Director of "
          "Place advised that the east of the town had 0.38 fully qualified GPs per 1,000 "
          "patients, compared with 0.52 in the west, and that the ICB had funded a GP "
          "retention scheme with the GP Federation from January 2025, which offered protected "
          "time for training and mentoring to newly qualified GPs who committed to working in "
          "the east of the town for two years."),
    ("p", "A Member commented that residents in her ward were told to telephone their surgery "
          "at 8.00am and often waited for over an hour only to be told that all of the day's "
          "appointments had been taken."),
    ("p", "A Member queried how many community pharmacies in Ormesfield were taking part in "
          "Pharmacy First and whether residents were aware of the service. In response, the "
          "Director of Place advised that 27 of the town's 31 community pharmacies were signed "
          "up to the scheme and that the joint communications campaign recommended by the "
          "panel would be launched in March 2025."),
    ("p", "Concerns were expressed that the increasing use of online consultation tools by GP "
          "practices could disadvantage older residents and those without access to the "
          "internet. The Chair of the Health Scrutiny Panel advised that this had been a "
          "recurring theme in the evidence received from Healthwatch Ormesfield and was the "
          "reason for the panel's recommendation that every practice retain a telephone and "
          "face-to-face route for booking appointments."),
    ("p", "The Vice-Chair requested that the Executive's response to the recommendations, "
          "together with the ICB's response to those recommendations directed to it, be "
          "reported back to the Board. The Chair confirmed that this would be added to the "
          "Board's work programme."),
    ("p", "The Chair thanked the Health Scrutiny Panel and the Director of Place for their work "
          "and attendance."),
    ("agreed", " that the findings and recommendations of the Health Scrutiny Panel's final "
               "report on access to GP services in Ormesfield be endorsed and referred to the "
               "Executive for consideration."),

    ("h", "24/63", "SCRUTINY CHAIRS UPDATE"),
    ("p", "The scrutiny chairs provided updates in respect of the work undertaken by their "
          "respective panels since the last meeting of the Board, including:"),
    ("b", "Adult Social Care and Services Scrutiny Panel \u2013 had continued its review of day "
          "services for adults with learning disabilities and had visited the Beechwood "
          "Centre and the Lingfield Day Service;"),
    ("b", "Children and Young People's Learning Scrutiny Panel \u2013 had received evidence "
          "from headteachers on school attendance and elective home education;"),
    ("b", "Environment Scrutiny Panel \u2013 had considered the draft fly-tipping enforcement "
          "policy;"),
    ("b", "Health Scrutiny Panel \u2013 had concluded its review of access to GP services (see "
          "minute 24/62) and had agreed to examine NHS dental services as its next topic; and"),
    ("b", "Place Scrutiny Panel \u2013 had received evidence from the Head of Housing Options "
          "on the use of temporary accommodation, including bed and breakfast placements."),
    ("p", "In relation to the Place Scrutiny Panel's review, a Member asked whether the panel "
          "would be looking at the cost to the Council of bed and breakfast placements. The "
          "Chair of the Place Scrutiny Panel confirmed that the cost of placements had been "
          "discussed at the panel's last meeting and that the figures would be included in "
          "the panel's final report."),
    ("agreed", " that the content of the updates be noted."),

    ("h", "24/64", "ANY OTHER URGENT ITEMS WHICH IN THE OPINION OF THE CHAIR, MAY BE "
                   "CONSIDERED"),
    ("p", "The Chair advised that she had been contacted by a number of Members regarding the "
          "announcement by Ormesfield and Northdale NHS Foundation Trust that the Urgent "
          "Treatment Centre at Netherby Road Health Centre would close overnight from 1 March "
          "2025 for a period of six months, owing to difficulties in staffing the overnight "
          "rota. The Board agreed that representatives of the Trust be invited to attend its "
          "meeting on 12 March 2025 to explain the reasons for the closure and the "
          "arrangements in place for patients during the night."),
]

TEXT_INDENT = Cm(2.0)


def _no_borders(table):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _page_field(paragraph):
    run = paragraph.add_run()
    fld_begin = OxmlElement("w:fldChar")
    fld_begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    fld_sep = OxmlElement("w:fldChar")
    fld_sep.set(qn("w:fldCharType"), "separate")
    num = OxmlElement("w:t")
    num.text = "1"
    fld_end = OxmlElement("w:fldChar")
    fld_end.set(qn("w:fldCharType"), "end")
    for el in (fld_begin, instr, fld_sep, num, fld_end):
        run._r.append(el)


def _body_para(doc, text="", bold_lead=None):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = TEXT_INDENT
    p.paragraph_format.space_after = Pt(8)
    if bold_lead:
        p.add_run(bold_lead).bold = True
    if text:
        p.add_run(text)
    return p


def build_minutes(path: Path) -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")

    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)

    hp = sec.header.paragraphs[0]
    hp.text = "Overview and Scrutiny Board 12 February 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(fp)

    t = doc.add_paragraph()
    r = t.add_run("OVERVIEW AND SCRUTINY BOARD")
    r.bold = True
    r.font.size = Pt(12)
    t.paragraph_format.space_after = Pt(12)
    doc.add_paragraph("A meeting of the Overview and Scrutiny Board was held on Wednesday "
                      "12 February 2025.").paragraph_format.space_after = Pt(12)

    table = doc.add_table(rows=0, cols=2)
    _no_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for label, names in ATTENDANCE:
        cells = table.add_row().cells
        cells[0].width, cells[1].width = Cm(4.6), Cm(11.8)
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(names)
        cells[1].paragraphs[0].paragraph_format.space_after = Pt(8)
    doc.add_paragraph()

    for block in BLOCKS:
        kind = block[0]
        if kind == "h":
            p = doc.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = TEXT_INDENT
            pf.first_line_indent = -TEXT_INDENT
            pf.tab_stops.add_tab_stop(TEXT_INDENT)
            pf.space_before = Pt(10)
            pf.space_after = Pt(8)
            pf.keep_with_next = True
            p.add_run(f"{block[1]}\t{block[2]}").bold = True
        elif kind == "p":
            _body_para(doc, block[1])
        elif kind == "agreed":
            _body_para(doc, block[1], bold_lead="AGREED")
        elif kind == "b":
            p = doc.add_paragraph(block[1], style="List Bullet")
            p.paragraph_format.left_indent = Cm(2.63)
            p.paragraph_format.first_line_indent = Cm(-0.63)
            p.paragraph_format.space_after = Pt(4)
        elif kind == "n":
            p = doc.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = Cm(3.0)
            pf.first_line_indent = Cm(-1.0)
            pf.tab_stops.add_tab_stop(Cm(3.0))
            pf.space_after = Pt(6)
            p.add_run(f"{block[1]}\t{block[2]}")
        elif kind == "decl":
            rows = block[1]
            tbl = doc.add_table(rows=0, cols=3, style="Table Grid")
            for i, row in enumerate(rows):
                cells = tbl.add_row().cells
                for c, txt, w in zip(cells, row, (Cm(4.6), Cm(3.4), Cm(8.4))):
                    c.width = w
                    c.paragraphs[0].add_run(txt).bold = i == 0
            doc.add_paragraph()
        else:
            raise ValueError(kind)

    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Overview and Scrutiny Board - 12 February 2025 - Minutes"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    _write_deterministic_zip(buf.getvalue(), path)


def _write_deterministic_zip(data: bytes, path: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------------------
# The document that is not minutes: a council news story
# --------------------------------------------------------------------------------------
NEWS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Councillors back plan to make it easier to see a GP | Ormesfield Council</title>
<meta name="description" content="Scrutiny councillors have backed seven recommendations to improve access to GP services in Ormesfield.">
<link rel="stylesheet" href="/assets/css/site.css">
</head>
<body class="news-article">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a class="logo" href="/"><img src="/assets/img/ormesfield-logo.svg" alt="Ormesfield Council"></a>
  <form class="site-search" action="/search" method="get">
    <label for="q">Search this site</label>
    <input id="q" name="q" type="search">
    <button type="submit">Search</button>
  </form>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/bins-and-recycling">Bins and recycling</a></li>
      <li><a href="/council-tax">Council Tax</a></li>
      <li><a href="/adult-social-care">Adult social care</a></li>
      <li><a href="/housing">Housing</a></li>
      <li><a href="/council-and-democracy">Council and democracy</a></li>
      <li><a href="/news">News</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/news">News</a></li>
    <li aria-current="page">Councillors back plan to make it easier to see a GP</li>
  </ol>
</nav>
<main id="main">
<article>
  <h1>Councillors back plan to make it easier to see a GP</h1>
  <p class="meta">Published: <time datetime="2025-02-14">14 February 2025</time> &middot; Health and wellbeing, Council and democracy</p>
  <img src="/media/news/2025/gp-access-review.jpg" alt="Members of the Health Scrutiny Panel visiting a GP surgery in east Ormesfield">
  <p class="lead">A plan to make it easier for Ormesfield residents to see a GP has been backed by councillors and will now go to the Mayor and Executive.</p>
  <p>The Council's Overview and Scrutiny Board met on Wednesday 12 February and endorsed the final report of the Health Scrutiny Panel, which has spent six months looking at how people in the town get appointments with their doctor.</p>
  <p>The panel heard from GP practices, the Integrated Care Board, community pharmacies, Healthwatch Ormesfield and more than 400 residents who filled in its online and paper survey.</p>
  <p>It found that practices in Ormesfield are offering more appointments than ever before, but that demand has grown even faster, and that people in the east of the town find it much harder to get through than those in the west.</p>
  <h2>What did residents tell the panel?</h2>
  <p>Panel chair Councillor Nadia Kirkbride said: &ldquo;We asked people a simple question: how easy is it to see your GP when you need to? Hundreds of you answered, and the message was loud and clear. People are fed up with ringing at eight o&rsquo;clock in the morning and being told there is nothing left.&rdquo;</p>
  <p>&ldquo;We also heard from older residents who worry that they will be left behind as more surgeries move to online booking. That is why we are asking every practice to keep a phone line and a front desk for people who need them.&rdquo;</p>
  <h2>What has the panel recommended?</h2>
  <p>The panel has made seven recommendations. They include:</p>
  <ul>
    <li>a workforce plan for general practice in Ormesfield, focusing on the east of the town, to be drawn up by the Integrated Care Board and the Ormesfield GP Federation</li>
    <li>every practice continuing to offer telephone and face-to-face booking alongside online forms</li>
    <li>a joint campaign by the Council and the NHS to tell people about Pharmacy First, which lets pharmacists treat seven common conditions without a GP appointment</li>
    <li>the NHS reporting back to councillors in a year&rsquo;s time on what has changed</li>
  </ul>
  <h2>What happens next?</h2>
  <p>The report will be considered by the Executive at a future meeting. The Executive will decide whether to accept each recommendation and will set out what action it will take. The Integrated Care Board has also been asked to respond to the recommendations aimed at the NHS.</p>
  <p>Councillor Tracey Garbutt, Chair of the Overview and Scrutiny Board, said: &ldquo;This is scrutiny doing what it should: listening to residents and asking hard questions of the people who run our services. We will be keeping a close eye on what happens next.&rdquo;</p>
  <aside class="callout">
    <h2>Need to see someone today?</h2>
    <dl>
      <dt>Can a pharmacy help me instead of my GP?</dt>
      <dd>Yes. Under Pharmacy First, most pharmacies in Ormesfield can give advice and, if needed, treatment for conditions such as sinusitis, sore throat, earache and urinary tract infections in women. You do not need an appointment.</dd>
      <dt>What if it is urgent but not an emergency?</dt>
      <dd>Call NHS 111 or use 111 online. They can book you an appointment at an urgent treatment centre if you need one.</dd>
      <dt>How can I give feedback about my GP practice?</dt>
      <dd>Contact Healthwatch Ormesfield on 01632 960 418 or speak to your practice's Patient Participation Group.</dd>
    </dl>
  </aside>
  <p>You can read the Health Scrutiny Panel's final report, and watch the Overview and Scrutiny Board meeting, on our <a href="/council-and-democracy/meetings">meetings pages</a>.</p>
  <section class="related">
    <h2>Related news</h2>
    <ul>
      <li><a href="/news/2025/01/have-your-say-on-community-hubs">Have your say on community hub opening hours</a></li>
      <li><a href="/news/2024/11/adult-social-care-inspection-report">Inspection report published for adult social care</a></li>
      <li><a href="/news/2024/10/stop-smoking-service-record-year">Stop smoking service has record year</a></li>
    </ul>
  </section>
</article>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/contact-us">Contact us</a></li>
    <li><a href="/accessibility">Accessibility statement</a></li>
    <li><a href="/privacy">Privacy and cookies</a></li>
    <li><a href="/news/media-enquiries">Media enquiries</a></li>
  </ul>
  <p>&copy; Ormesfield Council 2025. Town Hall, Corporation Road, Ormesfield OR1 2QQ.</p>
</footer>
</body>
</html>
"""


def build_news(path: Path) -> None:
    path.write_text(NEWS_HTML, encoding="utf-8", newline="\n")


# --------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------
def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def res(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


GOLD_MINUTES = {
    "document": MINUTES,
    "doc_type": "minutes",
    "committee": "Overview and Scrutiny Board",
    "meeting_date": "2025-02-12",
    "items": [
        {"number": "24/56", "title": "WELCOME AND FIRE EVACUATION PROCEDURE"},
        {"number": "24/57", "title": "DECLARATIONS OF INTEREST"},
        {"number": "24/58", "title": "MINUTES - OVERVIEW AND SCRUTINY BOARD - 15 JANUARY 2025"},
        {"number": "24/59", "title": "EXECUTIVE FORWARD WORK PROGRAMME"},
        {"number": "24/60", "title": "EXECUTIVE MEMBER UPDATE - EXECUTIVE MEMBER FOR ADULT "
                                     "SOCIAL CARE AND PUBLIC HEALTH"},
        {"number": "24/61", "title": "REVENUE AND CAPITAL BUDGET - FORECAST YEAR-END OUTTURN "
                                     "POSITION AT QUARTER THREE 2024/25"},
        {"number": "24/62", "title": "FINAL REPORT OF THE HEALTH SCRUTINY PANEL - ACCESS TO GP "
                                     "SERVICES IN ORMESFIELD"},
        {"number": "24/63", "title": "SCRUTINY CHAIRS UPDATE"},
        {"number": "24/64", "title": "ANY OTHER URGENT ITEMS WHICH IN THE OPINION OF THE CHAIR, "
                                     "MAY BE CONSIDERED"},
    ],
    "questions": [
        q("24/59", "question",
          "whether the key decision on the recommissioning of the home care contract",
          None,
          "the item had been added to the work programme of the Adult Social Care",
          "Democratic Services Officer",
          ["subcontracting", "adult-social-care", "governance"]),
        q("24/60", "question",
          "queried what the main reasons had been for the Requires Improvement rating",
          None,
          "the CQC had identified waiting times for assessments and reviews",
          "Executive Member",
          ["governance", "adult-social-care"]),
        q("24/60", "concern",
          "expressed concern regarding the number of care homes in the town",
          None,
          "Quality Assurance Team visited every contracted care home at least once a year",
          "Director of Adult Social Care and Health Integration",
          ["adult-social-care", "governance"]),
        q("24/60", "question",
          "how many Ormesfield residents were currently waiting in hospital for a package of care",
          None,
          "the figure changed daily, but that on Friday 7 February 2025",
          "Director",
          ["adult-social-care"]),
        q("24/60", "question",
          "whether the Council would consider bringing some home care provision back in-house",
          None,
          "all options would be considered as part of the recommissioning of the home care contract",
          "Executive Member",
          ["privatisation", "subcontracting", "adult-social-care", "workforce", "finance"]),
        q("24/60", "question",
          "asked how the additional stop smoking grant was being spent",
          None,
          "the grant had funded two additional stop smoking advisers",
          "Director of Public Health",
          ["public-health", "finance"]),
        q("24/60", "request",
          "requested that a copy of the CQC improvement plan be circulated",
          "Chair",
          "this would be circulated following its consideration by the Improvement Board",
          "Executive Member",
          ["governance"]),
        q("24/60", "comment",
          "been unable to get through to the Council's adult social care contact centre",
          None, None, None,
          ["adult-social-care"]),
        q("24/61", "question",
          "queried the reasons for the continued overspend on children's external residential placements",
          None,
          "the number of children in external residential placements had reduced from 68",
          "Director of Finance",
          ["finance", "children-and-families"]),
        q("24/61", "question",
          "a question about the use of agency social workers in Children's Services",
          None,
          "following the introduction of the Council's recruitment and retention package",
          "Director of Finance",
          ["workforce", "finance", "children-and-families"]),
        q("24/61", "question",
          "whether the Council would need to apply to the Government for Exceptional Financial Support",
          None,
          "in the form of permission to use capital receipts to fund revenue expenditure",
          "Executive Member for Finance and Governance",
          ["finance"]),
        q("24/61", "concern",
          "the savings at risk included the proposed reduction in opening hours at community hubs",
          None,
          "confirmed that the consultation had closed on 24 January 2025",
          "Director of Finance",
          ["finance", "patient-and-public-input"]),
        q("24/61", "question",
          "queried the level of slippage in the capital programme and whether schemes",
          None,
          "acknowledged that the level of slippage remained too high",
          "Director of Finance",
          ["finance", "governance"]),
        q("24/62", "question",
          "address the difference in the number of GPs per head of population",
          None,
          "the ICB had funded a GP retention scheme with the GP Federation",
          "Director of Place",
          ["primary-care", "workforce"]),
        q("24/62", "comment",
          "often waited for over an hour only to be told that all",
          None, None, None,
          ["primary-care"]),
        q("24/62", "question",
          "how many community pharmacies in Ormesfield were taking part in Pharmacy First",
          None,
          "27 of the town's 31 community pharmacies were signed up to the scheme",
          "Director of Place",
          ["primary-care"]),
        q("24/62", "concern",
          "the increasing use of online consultation tools by GP practices could disadvantage",
          None,
          "had been a recurring theme in the evidence received from Healthwatch Ormesfield",
          "Chair of the Health Scrutiny Panel",
          ["primary-care", "patient-and-public-input"]),
        q("24/62", "request",
          "requested that the Executive's response to the recommendations, together with the ICB's response",
          "Vice-Chair",
          "this would be added to the Board's work programme",
          "Chair",
          ["governance"]),
        q("24/63", "question",
          "would be looking at the cost to the Council of bed and breakfast placements",
          None,
          "the figures would be included in the panel's final report",
          "Chair of the Place Scrutiny Panel",
          ["housing", "finance"]),
    ],
    "resolutions": [
        res("24/58", "held on 15 January 2025 were submitted and approved as a correct record",
            "agreed", []),
        res("24/59", "that the Executive Forward Work Programme be noted", "noted", []),
        res("24/60", "AGREED that the information presented be noted", "noted", []),
        res("24/61", "a breakdown of the savings at risk, by directorate, be circulated",
            "agreed", ["finance"]),
        res("24/62", "be endorsed and referred to the Executive for consideration",
            "recommended", ["primary-care"]),
        res("24/63", "AGREED that the content of the updates be noted", "noted", []),
        res("24/64", "representatives of the Trust be invited to attend its meeting on 12 March 2025",
            "agreed", []),
    ],
    "attendees": [
        att("T Garbutt", "Chair", "present"),
        att("R Hodgson", "Vice-Chair", "present"),
        att("S Amin", None, "present"),
        att("K Barnfather", None, "present"),
        att("L Craddock", None, "present"),
        att("J Ferriday", None, "present"),
        att("P Hussain", None, "present"),
        att("N Kirkbride", None, "present"),
        att("M Nattrass", None, "present"),
        att("D Pounder", None, "present"),
        att("E Threlfall", "Executive Member for Adult Social Care and Public Health",
            "in_attendance"),
        att("G Wardle", "Executive Member for Finance and Governance", "in_attendance"),
        att("M Oyelaran", "Northern Counties Integrated Care Board", "in_attendance"),
        att("J Lavery", "Local Democracy Reporting Service", "in_attendance"),
        att("A Beadnell", None, "in_attendance"),
        att("C Dunwell", None, "in_attendance"),
        att("H Marwood", None, "in_attendance"),
        att("R Pickersgill", None, "in_attendance"),
        att("S Tindale", None, "in_attendance"),
        att("F Younis", None, "in_attendance"),
        att("B Cowey", None, "apologies"),
        att("A Rowbotham", None, "apologies"),
    ],
}

GOLD_NEWS = {"document": NEWS, "doc_type": "news"}


# --------------------------------------------------------------------------------------
# Build and check
# --------------------------------------------------------------------------------------
def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES)
    build_news(DOCS / NEWS)
    for gold in (GOLD_MINUTES, GOLD_NEWS):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES}, {DOCS / NEWS} and their gold files")


def doc_text(path: Path) -> str:
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.extend(p.text for p in cell.paragraphs)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    return path.read_text(encoding="utf-8")


def norm(text: str, space: bool = False) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]", " " if space else "", text)
    return " ".join(text.split())


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("lw-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            problems += 1
            continue
        raw = doc_text(doc)
        texts = {False: norm(raw), True: norm(raw, True)}
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        item_numbers = {i["number"] for i in gold.get("items", [])}
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            if row["item"] not in item_numbers:
                print(f"{gold_path.name}: unknown item {row['item']}")
                problems += 1
        for kind, phrase in phrases:
            n_words = len(norm(phrase).split())
            if not 6 <= n_words <= 15:
                print(f"{gold_path.name}: {kind} has {n_words} words: {phrase!r}")
                problems += 1
            for space, text in texts.items():
                count = text.count(norm(phrase, space))
                if count != 1:
                    print(f"{gold_path.name}: {kind} found {count} times "
                          f"({'space' if space else 'strip'}): {phrase!r}")
                    problems += 1
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("OK" if problems == 0 else f"{problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
