#!/usr/bin/env python3
"""Build the "ny-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ny.py           build documents/ny-* and gold/ny-*.json
        build_ny.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "ny-pennifold-adult-social-care-health-osc-2025-02-25.docx"
REPORT_NAME = "ny-pennifold-day-opportunities-report-paper-25-71.pdf"

FIXED = datetime(2025, 3, 4, 9, 30, 0, tzinfo=timezone.utc)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

COMMITTEE = "Adult Social Care and Health Overview and Scrutiny Committee"

# --------------------------------------------------------------------------------------
# The minutes
# --------------------------------------------------------------------------------------

ATTENDANCE = [
    ("Present:",
     ["Councillor Okonjo-Fairley (Chair);",
      "Councillor Hallworth (Deputy Chair);",
      "Councillors Ames, Brightwell, Cahill, Dervish, Goldring, Mrs Hyde and Lattimer."]),
    ("Co-opted Member:",
     ["Ms D. Quayle (Healthwatch Pennifold)."]),
    ("Also Present:",
     ["Councillor Corrin (Cabinet Member for Adult Social Care and Health);",
      "Councillor Varley (Ward Councillor, Linford – for minute 44)."]),
    ("In Attendance:",
     ["Dr Imran Sethi (Clinical Director, Pennifold Place, South Thames Integrated Care Board);",
      "Ms Fiona Gillard (Director of Operations, St Aldric’s Hospital NHS Foundation Trust)."]),
    ("Apologies for Absence:",
     ["Councillor Ellery;",
      "Mr P. Tierney (Co-opted Member, Pennifold Carers’ Forum)."]),
]

# Blocks: ("h", number, title) item heading; ("p", text) paragraph; ("res", text) a
# "RESOLVED –" paragraph; ("clause", text) an indented clause; ("vote", text) a vote line;
# ("bullet", text) a bulleted point; ("sign", text) the closing lines.
BLOCKS = [
    ("h", "41", "DECLARATIONS OF INTEREST"),
    ("p", "Councillor Dervish declared a non-pecuniary interest in minute 44 (Paper No. 25-71) "
          "as a member of her family attended the Linford Road Day Centre. She remained in the "
          "meeting and took part in the discussion and the vote on that item."),
    ("p", "Ms Quayle declared that Healthwatch Pennifold received grant funding from the Council "
          "under its statutory contract, and that she would take no part in any discussion of that "
          "contract."),

    ("h", "42", "MINUTES – 14TH JANUARY 2025"),
    ("res", "That the Chair be authorised to sign, as a correct record, the minutes of the "
            "meeting of the Committee held on 14th January 2025."),

    ("h", "43", "DEPUTATION – LINFORD ROAD DAY CENTRE"),
    ("p", "The Committee received a deputation from Mrs Alison Brady on behalf of the Linford "
          "Road Carers’ Group in relation to the proposals set out in Paper No. 25-71 (minute 44 "
          "below). Mrs Brady said that the centre had been used by some families for more than "
          "twenty years, that many of the people who attended had complex needs and found change "
          "very distressing, and that carers had not been persuaded that community-based "
          "activities could offer the same safety and continuity as a building with familiar "
          "staff. The deputation requested that the Committee recommend to the Executive that the "
          "Linford Road building be kept open until the alternative provision at Cressfield had "
          "been shown to work for every person who would have to move."),
    ("p", "Councillor Goldring asked how many of the families in the Carers’ Group had responded "
          "to the consultation. Mrs Brady replied that she believed at least forty families had "
          "done so, most of them on paper forms because the online survey had been difficult for "
          "older parents to complete."),
    ("p", "Councillor Cahill asked whether carers had been offered a meeting with the Cabinet "
          "Member before the proposals were finalised. Mrs Brady said that one meeting had taken "
          "place in December, but that carers had felt it came too late to make any difference."),
    ("p", "The Chair thanked Mrs Brady for attending and said that the points made in the "
          "deputation would be taken into account when the Committee considered Paper No. 25-71."),

    ("h", "44", "DAY OPPORTUNITIES FOR ADULTS WITH LEARNING DISABILITIES – OUTCOME OF "
                "CONSULTATION AND PROPOSED MODEL (Paper No. 25-71)"),
    ("p", "The Committee considered a report by the Executive Director of Adult Social Services "
          "(Paper No. 25-71) which set out the outcome of the twelve-week public consultation on "
          "the future of building-based day opportunities for adults with learning disabilities, "
          "and sought the Executive’s approval to consolidate building-based provision at the "
          "Cressfield Resource Centre, to commission additional community-based opportunities "
          "from voluntary sector organisations and to close the Linford Road Day Centre in stages "
          "from October 2025. The report was introduced by the Cabinet Member for Adult Social "
          "Care and Health, who said that the proposals had been changed in a number of respects "
          "in the light of the consultation responses."),
    ("p", "With the consent of the Chair, Councillor Varley addressed the Committee as a ward "
          "councillor for Linford. He urged members to seek a firm commitment that the closure "
          "would not go ahead until every person had a transition plan agreed with their family, "
          "and asked that the Linford Road site be retained for community use. The Cabinet Member "
          "said that the first of these commitments was already included in the revised proposals "
          "at paragraph 6.4 of the report."),
    ("p", "Councillor Lattimer questioned whether the consultation had been genuinely open when "
          "the Council’s preferred option had been set out in the consultation document from the "
          "outset, and asked what weight had been given to the 212 responses received, 68 per "
          "cent of which had opposed the closure of Linford Road. The Executive Director replied "
          "that the consultation had presented three options, that every response had been read "
          "and analysed, and that the responses had led to material changes, including the phased "
          "timetable and the guarantee that nobody would move until a personal transition plan "
          "had been agreed. Councillor Brightwell asked about transport, noting that the journey "
          "from the north of the borough to Cressfield could take more than an hour in the "
          "morning. The Head of Commissioning (Adults) confirmed that an individual travel "
          "assessment would be carried out for every person affected and that journey times "
          "would be monitored monthly against a target of no more than 45 minutes. Councillor "
          "Ames asked whether the capital receipt from any sale of the Linford Road site would be "
          "reinvested in services for adults with learning disabilities. The Cabinet Member said "
          "that no decision had been taken on the future of the site, which would be a matter for "
          "the Executive in due course, but that she would press for any receipt to be used for "
          "supported housing."),
    ("p", "Ms Quayle said that carers who had contacted Healthwatch were anxious about losing "
          "staff who knew their relatives well, and asked whether the day centre staff would "
          "transfer to Cressfield. The Executive Director advised that all permanent staff at "
          "Linford Road would be offered posts at Cressfield or in the new community outreach "
          "team and that no compulsory redundancies were expected."),
    ("p", "Councillor Cahill expressed concern that the voluntary organisations expected to "
          "provide the new community-based opportunities were themselves under severe financial "
          "pressure, several having lost grant funding over the last two years, and said that the "
          "Council risked closing a service that worked in favour of one that existed largely on "
          "paper."),
    ("p", "Councillor Mrs Hyde requested that the Committee receive a report in six months’ time "
          "on how the move had gone for each person affected, including any complaints received "
          "from families. The Chair agreed that this should be added to the work programme for "
          "September 2025."),
    ("p", "The recommendations in paragraph 3 of Paper No. 25-71 were put to the vote, with the "
          "following result:"),
    ("vote", "For (6):\tCouncillors Okonjo-Fairley, Hallworth, Brightwell, Dervish, Goldring "
             "and Mrs Hyde"),
    ("vote", "Against (3):\tCouncillors Ames, Cahill and Lattimer"),
    ("vote", "Abstentions (0)"),
    ("res", "That the Executive be recommended to approve the recommendations in paragraph 3 of "
            "Paper No. 25-71, subject to a report on the transition of each service user being "
            "submitted to this Committee in September 2025."),

    ("h", "45", "CARE QUALITY COMMISSION ASSESSMENT OF ADULT SOCIAL CARE – PREPARATION AND "
                "SELF-ASSESSMENT (Paper No. 25-72)"),
    ("p", "The Committee considered a report by the Executive Director of Adult Social Services "
          "(Paper No. 25-72) on the Council’s preparation for assessment by the Care Quality "
          "Commission (CQC) under the local authority assurance framework, which included a "
          "summary of the draft self-assessment and of the improvement plan agreed by the Adult "
          "Social Care Leadership Team in December 2024."),
    ("p", "Councillor Hallworth asked when the Council expected to be notified of its assessment. "
          "The Executive Director said that the CQC had so far published assessments of nine "
          "London boroughs and that notification could come at any time; the Council would then "
          "have three weeks to submit its information return, and the on-site visit would usually "
          "follow some months later."),
    ("p", "Councillor Goldring noted that the self-assessment identified waiting times for Care "
          "Act assessments as an area for improvement, and asked how many people were currently "
          "waiting. The Director of Operations (Adult Social Care) reported that 317 people were "
          "awaiting an assessment at the end of January 2025, of whom 41 had waited for more than "
          "28 days, and that the number waiting had fallen by a third since the summer following "
          "the recruitment of six additional social workers."),
    ("p", "Ms Quayle asked how the views of people who used services and their carers would be "
          "reflected in the self-assessment, given that the response rate to the most recent "
          "adult social care survey had been below 30 per cent. In reply, the Head of Quality and "
          "Practice said that a series of workshops had been held with service users and carers "
          "during the autumn, that their comments had been quoted throughout the self-assessment, "
          "and that Healthwatch Pennifold would be invited to help design further engagement work "
          "in 2025/26."),
    ("p", "Councillor Lattimer asked why the number of carers’ assessments completed in the year "
          "to date had fallen by 15 per cent compared with the previous year. The Executive "
          "Director said that part of the fall reflected a change in the way joint assessments "
          "were recorded, but accepted that the figure was too low and said that a new carers’ "
          "strategy would be brought forward in the summer."),
    ("p", "Councillor Ames commented that the improvement plan contained more than sixty actions, "
          "many of them without clear timescales or a named lead, and suggested that it be "
          "reduced to a small number of priorities which members could track from meeting to "
          "meeting. The Cabinet Member accepted that the plan could be sharper and undertook to "
          "bring a revised version to the Committee."),
    ("res", "That –"),
    ("clause", "(1)\tthe report be noted; and"),
    ("clause", "(2)\ta revised improvement plan, with clear timescales and named leads, be "
               "submitted to the Committee’s meeting on 26th June 2025."),

    ("h", "46", "HOME CARE RECOMMISSIONING – AWARD OF CONTRACTS (Paper No. 25-73)"),
    ("p", "The Committee considered a report by the Executive Director of Adult Social Services "
          "(Paper No. 25-73) which sought the Executive’s approval to award contracts for the "
          "provision of home care in four geographical zones from 1st July 2025, for a period of "
          "five years with the option to extend for up to two further years, following a "
          "competitive tender process. Details of the bids received and of their evaluation were "
          "contained in an exempt appendix (Paper No. 25-73A), which was considered at minute 51 "
          "below. The Head of Commissioning (Adults) explained that the new model would reduce "
          "the number of lead providers from eleven to four, with a framework of approved "
          "providers to pick up packages that the lead providers could not cover."),
    ("p", "Councillor Lattimer asked whether the new contracts would require providers to pay "
          "care workers the London Living Wage and to pay them for their travel time between "
          "visits. The Head of Commissioning confirmed that both were conditions of the contract, "
          "and that compliance would be checked through quarterly contract monitoring, including "
          "spot checks of payslips and of electronic call monitoring data. Councillor Brightwell "
          "asked what would happen to people whose current provider had not been successful. She "
          "was informed that 138 people would change provider, that each of them would be "
          "visited by a member of the brokerage team before the change, and that the outgoing "
          "providers had been asked to transfer staff under TUPE so that, wherever possible, "
          "people would keep the same care workers."),
    ("p", "Councillor Cahill questioned whether the Council should continue to rely so heavily on "
          "private providers for home care, and asked whether officers had considered bringing "
          "part of the service back in-house. The Cabinet Member replied that an in-house option "
          "had been costed as part of the options appraisal at Appendix 2 of the report but would "
          "have cost an estimated £4.2 million more each year, which could not be met within the "
          "Council’s budget. Councillor Cahill said that he was not persuaded that the comparison "
          "had taken account of the cost of provider failure and re-procurement."),
    ("p", "Councillor Dervish asked how the new hourly rate compared with those paid by "
          "neighbouring boroughs. The Head of Commissioning advised that the average rate of "
          "£24.86 an hour was in line with the sub-regional benchmark and above the rates paid by "
          "two of the three neighbouring boroughs."),
    ("p", "The Committee agreed, without a vote, to recommend the Executive to approve the "
          "recommendations in paragraph 4 of Paper No. 25-73, and asked that the results of the "
          "first year’s contract monitoring, including the payment of travel time, be reported to "
          "the Committee in the summer of 2026."),

    ("h", "47", "HOSPITAL DISCHARGE AND WINTER PRESSURES – PRESENTATION BY HEALTH PARTNERS"),
    ("p", "The Committee received a presentation from Dr Imran Sethi, Clinical Director, "
          "Pennifold Place (South Thames Integrated Care Board), and Ms Fiona Gillard, Director "
          "of Operations, St Aldric’s Hospital NHS Foundation Trust, on the pressures on local "
          "health and care services over the winter, on the use of the Better Care Fund "
          "discharge allocation and on the work of the joint discharge hub at St Aldric’s "
          "Hospital, which had brought together hospital, community health and Council social "
          "work staff in one team since October 2024."),
    ("p", "Points raised by members in the discussion which followed included:"),
    ("bullet", "Councillor Hallworth asked why the number of patients in St Aldric’s with no "
               "criteria to reside had risen in January despite the additional discharge "
               "funding. Ms Gillard explained that the rise had been driven by a spike in flu and "
               "norovirus admissions in the first two weeks of the year, and that the figure had "
               "since fallen back to about 45 patients a day."),
    ("bullet", "Councillor Mrs Hyde raised concern about reports from residents that older "
               "patients were being discharged late in the evening without care in place at "
               "home. Ms Gillard said that the Trust did not discharge patients after 8 p.m. "
               "unless the patient or their family asked for this, and asked that details of any "
               "individual cases be passed to her so that they could be investigated."),
    ("bullet", "Councillor Goldring asked whether the discharge to assess beds at Holmwood Lodge "
               "would continue after March, when the winter funding came to an end. Dr Sethi said "
               "that the ICB and the Council were discussing whether the beds could be funded "
               "from the pooled budget in 2025/26 but that no decision had yet been made."),
    ("bullet", "Councillor Ames asked about access to GP appointments for people living alone "
               "who had recently come out of hospital. Dr Sethi said that all GP practices in the "
               "borough now received an electronic discharge summary within 24 hours, and that "
               "the primary care networks had employed care coordinators to telephone vulnerable "
               "patients within two days of discharge."),
    ("bullet", "Councillor Dervish asked about delays in discharging patients with dementia to "
               "nursing homes. Ms Gillard said that patients with dementia were over-represented "
               "among the longest delays because few homes in the area were able to meet their "
               "needs, and the Executive Director added that the Council was working with two "
               "local providers to increase the number of specialist dementia nursing beds."),
    ("bullet", "Councillor Lattimer requested that the number of delayed discharges attributable "
               "to social care, broken down by reason, be circulated to members. The Executive "
               "Director undertook to circulate the figures before the next meeting."),
    ("p", "The Chair thanked Dr Sethi and Ms Gillard for attending and for their presentation."),
    ("res", "That the presentation on hospital discharge and winter pressures be noted."),

    ("h", "48", "ADULT SOCIAL CARE AND PUBLIC HEALTH PERFORMANCE AND BUDGET MONITORING – "
                "QUARTER 3, 2024/25 (Paper No. 25-74)"),
    ("p", "The Committee considered a report by the Executive Director of Adult Social Services "
          "and the Director of Public Health (Paper No. 25-74) on performance against the key "
          "indicators for adult social care and public health at the end of the third quarter of "
          "2024/25, together with the projected outturn, which showed a forecast overspend of "
          "£3.1 million on the adult social care budget, largely attributable to the rising "
          "number and cost of care packages for working-age adults and to the continued use of "
          "agency staff."),
    ("p", "Councillor Goldring asked what proportion of the overspend related to placements "
          "outside the borough. The Executive Director said that about £1.2 million was "
          "attributable to out-of-borough residential placements, mainly because there was too "
          "little specialist supported accommodation in Pennifold, and that the Council was "
          "working with the Housing department to develop two new supported living schemes, the "
          "first of which was expected to open in 2026."),
    ("p", "In response to a question from Councillor Cahill about how many social work posts "
          "were covered by agency staff and at what cost, it was reported that 19 of the 112 "
          "social work and occupational therapy posts were currently filled by agency workers, at "
          "an additional cost of approximately £640,000 a year, and that a new recruitment and "
          "retention package, including a market supplement for senior practitioners, had been "
          "introduced in January."),
    ("p", "Councillor Brightwell noted that uptake of NHS Health Checks in the three most "
          "deprived wards was less than half that in the rest of the borough and asked what was "
          "being done about it. The Director of Public Health said that the outreach programme "
          "run with the primary care networks had been extended to community venues and places of "
          "worship, and that health checks would in future be offered alongside the stop smoking "
          "service at the Broadwater Health Centre."),
    ("p", "Councillor Lattimer asked whether the forecast took account of the increase in "
          "employers’ national insurance contributions from April 2025, which providers had "
          "warned would add significantly to their costs. The Executive Director said that it did "
          "not, as the increase would fall in 2025/26, but that an estimate of its effect on "
          "provider fees was being prepared as part of the budget."),
    ("p", "The Committee noted the report and the forecast outturn for 2024/25."),

    ("h", "49", "WORK PROGRAMME (Paper No. 25-75)"),
    ("p", "The Committee considered its work programme (Paper No. 25-75) for the remainder of the "
          "municipal year and the provisional programme for 2025/26."),
    ("p", "Councillor Mrs Hyde asked that an item on the borough’s suicide prevention action plan "
          "be included, as the plan was due to be refreshed during 2025. Councillor Lattimer "
          "requested a report on the impact on local care providers of the rise in employers’ "
          "national insurance contributions. The Chair agreed that both items would be "
          "scheduled, and noted that the report on day opportunities requested under minute 44 "
          "would be taken in September."),
    ("res", "That the work programme be agreed, subject to the addition of the items referred "
            "to above."),

    ("h", "50", "EXCLUSION OF THE PRESS AND PUBLIC"),
    ("res", "That, under Section 100A(4) of the Local Government Act 1972, the press and public be "
            "excluded from the meeting for the following item of business on the grounds that it "
            "involved the likely disclosure of exempt information as defined in paragraph 3 of "
            "Part 1 of Schedule 12A to the Act (information relating to the financial or business "
            "affairs of any particular person, including the authority holding that "
            "information)."),

    ("h", "51", "HOME CARE RECOMMISSIONING – AWARD OF CONTRACTS: EXEMPT APPENDIX "
                "(Paper No. 25-73A)"),
    ("p", "The Committee noted the information in the exempt appendix and had no further "
          "comments to add to those recorded at minute 46 above."),

    ("sign", "The meeting ended at 9.48 p.m."),
]


def build_minutes(path: Path) -> None:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    normal.paragraph_format.space_after = Pt(6)

    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    sec.different_first_page_header_footer = True

    def page_field(par):
        r = par.add_run("- ")
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), "PAGE")
        inner = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        inner.append(t)
        fld.append(inner)
        par._p.append(fld)
        par.add_run(" -")
        return r

    hp = sec.header.paragraphs[0]
    hp.text = "Adult Social Care and Health Overview and Scrutiny Committee – 25th February 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(9)
        r.italic = True
    for footer in (sec.footer, sec.first_page_footer):
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_field(fp)
        for r in fp.runs:
            r.font.size = Pt(9)

    def centred(text, bold=False, size=11, after=0):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(after)
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)
        return p

    centred("LONDON BOROUGH OF PENNIFOLD", bold=True, size=12, after=6)
    centred("ADULT SOCIAL CARE AND HEALTH OVERVIEW AND SCRUTINY COMMITTEE", bold=True, size=12,
            after=6)
    centred("Tuesday, 25th February 2025 at 7.30 p.m.", after=0)
    centred("Committee Room 1, The Town Hall, Pennifold", after=12)

    table = doc.add_table(rows=0, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    for label, lines in ATTENDANCE:
        row = table.add_row()
        row.cells[0].width = Cm(4.6)
        row.cells[1].width = Cm(11.8)
        lp = row.cells[0].paragraphs[0]
        lp.add_run(label).bold = True
        first = True
        for line in lines:
            cp = row.cells[1].paragraphs[0] if first else row.cells[1].add_paragraph()
            cp.paragraph_format.space_after = Pt(0)
            cp.add_run(line)
            first = False
        row.cells[1].paragraphs[-1].paragraph_format.space_after = Pt(6)

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.add_run("MINUTES").bold = True

    IND = Cm(1.27)
    for block in BLOCKS:
        kind = block[0]
        if kind == "h":
            _, num, title = block
            p = doc.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = IND
            pf.first_line_indent = -IND
            pf.space_before = Pt(10)
            pf.keep_with_next = True
            pf.tab_stops.add_tab_stop(IND)
            p.add_run(f"{num}.\t{title}").bold = True
        elif kind == "p":
            p = doc.add_paragraph(block[1])
            p.paragraph_format.left_indent = IND
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "bullet":
            p = doc.add_paragraph(block[1], style="List Bullet")
            p.paragraph_format.left_indent = Cm(1.9)
            p.paragraph_format.first_line_indent = Cm(-0.63)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "vote":
            p = doc.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = Cm(4.6)
            pf.first_line_indent = Cm(-2.6)
            pf.space_after = Pt(2)
            pf.tab_stops.add_tab_stop(Cm(4.6), WD_TAB_ALIGNMENT.LEFT)
            p.add_run(block[1])
        elif kind == "res":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = IND
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.add_run("RESOLVED – ").bold = True
            p.add_run(block[1])
        elif kind == "clause":
            p = doc.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = Cm(2.4)
            pf.first_line_indent = Cm(-1.13)
            pf.tab_stops.add_tab_stop(Cm(2.4))
            p.add_run(block[1])
        elif kind == "sign":
            p = doc.add_paragraph(block[1])
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.left_indent = IND

    for line in ("", "Chair ……………………………………", "", "Date ……………………………………"):
        p = doc.add_paragraph(line)
        p.paragraph_format.left_indent = Cm(8)
        p.paragraph_format.space_after = Pt(0)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    r = p.add_run("The next meeting of the Committee will be held on Thursday, 26th June 2025 "
                  "at 7.30 p.m.")
    r.italic = True
    r.font.size = Pt(10)

    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Minutes – Adult Social Care and Health Overview and Scrutiny Committee"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    _write_fixed_zip(buf.getvalue(), path)


def _write_fixed_zip(data: bytes, path: Path) -> None:
    """Re-pack a .docx with fixed timestamps so the output is byte-for-byte stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 4, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------------------
# The report (not minutes)
# --------------------------------------------------------------------------------------

def build_report(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class Report(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("Sans", "", 8)
                self.cell(0, 5, "Paper No. 25-71", align="R",
                          new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                self.ln(2)

        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 8)
            self.cell(0, 5, f"{self.page_no()}", align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Paper No. 25-71 Day opportunities for adults with learning disabilities")
    pdf.set_author("London Borough of Pennifold")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def para(text, size=10, bold=False, after=2.5, indent=0.0, h=5.0):
        if bold:
            ensure(22)
        pdf.set_font("Sans", "B" if bold else "", size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(W - indent, h, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(after)

    def ensure(space):
        if pdf.get_y() + space > pdf.page_break_trigger:
            pdf.add_page()

    def numbered(num, text, indent=10.0):
        pdf.set_font("Sans", "", 10)
        ensure(12)
        y = pdf.get_y()
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(indent, 5, num)
        pdf.set_xy(pdf.l_margin + indent, y)
        pdf.multi_cell(W - indent, 5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2.5)

    pdf.set_font("Sans", "", 9)
    pdf.cell(0, 5, "LONDON BOROUGH OF PENNIFOLD", align="R", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.set_font("Sans", "B", 14)
    pdf.cell(0, 8, "PAPER NO. 25-71", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    para("ADULT SOCIAL CARE AND HEALTH OVERVIEW AND SCRUTINY COMMITTEE – 25TH FEBRUARY 2025",
         bold=True, after=1)
    para("EXECUTIVE – 10TH MARCH 2025", bold=True, after=5)
    para("Report by the Executive Director of Adult Social Services on the outcome of the "
         "consultation on the future of day opportunities for adults with learning disabilities "
         "and the proposed model of provision", size=11, bold=True, after=5)

    para("SUMMARY", bold=True)
    para("Between 30th September and 20th December 2024 the Council consulted on three options "
         "for the future of building-based day opportunities for adults with learning "
         "disabilities. This report summarises the 212 responses received and the changes made "
         "to the proposals as a result, and seeks approval to consolidate building-based "
         "provision at the Cressfield Resource Centre, to commission a wider range of "
         "community-based opportunities and to close the Linford Road Day Centre in stages from "
         "October 2025. The proposals would achieve savings of £380,000 a year from 2026/27.")
    para("RECOMMENDATIONS", bold=True)
    numbered("1.", "The Adult Social Care and Health Overview and Scrutiny Committee is "
             "recommended to support the recommendations in paragraph 3. If the Committee "
             "approves any views, comments or additional recommendations on this report, these "
             "will be submitted to the Executive for its consideration.")
    numbered("2.", "The Health and Wellbeing Board has been informed of the proposals and its "
             "comments will be reported orally to the Executive.")
    numbered("3.", "The Executive is recommended to –")
    for letter, text in [
        ("(a)", "note the outcome of the consultation summarised in paragraphs 6 to 8 and set "
                "out in full in Appendix 1;"),
        ("(b)", "approve the consolidation of building-based day opportunities at the Cressfield "
                "Resource Centre;"),
        ("(c)", "approve the phased closure of the Linford Road Day Centre from October 2025, "
                "subject to no person moving until a personal transition plan has been agreed "
                "with them and their family or representative; and"),
        ("(d)", "delegate to the Executive Director of Adult Social Services, in consultation "
                "with the Cabinet Member for Adult Social Care and Health, authority to "
                "commission community-based day opportunities up to a value of £450,000 a "
                "year."),
    ]:
        y = pdf.get_y()
        pdf.set_font("Sans", "", 10)
        pdf.set_xy(pdf.l_margin + 10, y)
        pdf.cell(10, 5, letter)
        pdf.set_xy(pdf.l_margin + 20, y)
        pdf.multi_cell(W - 20, 5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)
    pdf.ln(2)

    para("BACKGROUND", bold=True)
    numbered("4.", "The Council currently provides building-based day opportunities for 164 "
             "adults with learning disabilities at two centres: Linford Road (72 places) and "
             "Cressfield (110 places). Average daily attendance across both centres has fallen "
             "from 148 in 2019/20 to 121 in 2024/25, as more younger adults choose to use "
             "direct payments to arrange activities in the community.")
    numbered("5.", "The Linford Road building was built in 1974 and a condition survey in 2023 "
             "identified £1.6 million of essential repairs, including the roof, the heating "
             "system and the accessible bathrooms. Cressfield was refurbished in 2019 and has "
             "capacity for all current Linford Road attenders with complex needs.")
    numbered("6.", "Following the consultation, the proposals have been revised so that the "
             "closure will take place in stages over twelve months; no one will move until a "
             "personal transition plan has been agreed; staff will move with the people they "
             "support wherever possible; and a carers’ reference group will oversee the "
             "changes.")

    para("CONSULTATION", bold=True)
    numbered("7.", "The consultation ran for twelve weeks and included an online and paper "
             "survey, six drop-in sessions at the two centres, easy-read materials and "
             "individual conversations with 58 people who use the service, supported by "
             "advocates. The main themes raised and the Council’s response are set out below.")

    pdf.set_font("Sans", "", 9)
    rows = [
        ("What people told us", "Number", "Our response"),
        ("Worried about losing familiar staff", "96",
         "Staff will transfer with the people they support wherever possible"),
        ("Journey to Cressfield is too long", "71",
         "Individual travel assessments; journeys monitored against a 45-minute target"),
        ("Community activities are not safe or reliable enough", "64",
         "Providers to be quality assured and reviewed after six months"),
        ("Linford Road should stay open", "145",
         "Closure phased over twelve months with no move before a plan is agreed"),
    ]
    with pdf.table(col_widths=(60, 18, 88), text_align=("LEFT", "CENTER", "LEFT"),
                   line_height=5) as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)

    numbered("8.", "Questions asked at the drop-in sessions, and the answers given, included the "
             "following.")
    for q, a in [
        ("Will my son keep the same key worker if he moves to Cressfield?",
         "Wherever possible, yes. All permanent staff at Linford Road will be offered posts at "
         "Cressfield or in the new community outreach team."),
        ("What happens if the new arrangements do not work for my daughter?",
         "Her transition plan will be reviewed after six weeks and again after six months, and "
         "alternative arrangements will be made if needed."),
        ("Will the Council sell the Linford Road site?",
         "No decision has been made. Any proposal for the site will be reported to the "
         "Executive separately."),
    ]:
        para("Q: " + q, indent=10, after=0.5)
        para("A: " + a, indent=10, after=2.5)

    para("FINANCIAL IMPLICATIONS", bold=True)
    numbered("9.", "The revenue cost of the two centres in 2024/25 is £3.42 million. The "
             "proposed model is estimated to cost £3.04 million a year from 2026/27, a saving of "
             "£380,000, after allowing for £450,000 a year for community-based opportunities "
             "and £120,000 for additional transport. Avoiding the essential repairs at Linford "
             "Road removes a capital liability of £1.6 million.")
    para("LEGAL IMPLICATIONS", bold=True)
    numbered("10.", "Under the Care Act 2014 the Council must meet the eligible needs of each "
             "person, but it is not required to meet them in a particular building. Each person "
             "affected will have their needs reviewed before any change is made.")
    para("EQUALITY IMPLICATIONS", bold=True)
    numbered("11.", "An equality impact assessment is attached at Appendix 2. The proposals "
             "affect disabled people and, indirectly, their carers, many of whom are older "
             "women. The mitigations are set out in paragraph 6.")
    pdf.ln(3)
    para("The Town Hall,\nPennifold.\n14th February 2025", after=4)
    para("Background papers: There are no background papers to this report.", after=2)
    para("All reports are available on the Council’s website.", after=4)
    para("Officer contact: Sophie Marchetti, Head of Commissioning (Adults), "
         "telephone 020 7946 0371, email smarchetti@pennifold.example.gov.uk", size=9)

    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------

ITEMS = [
    ("41", "DECLARATIONS OF INTEREST"),
    ("42", "MINUTES – 14TH JANUARY 2025"),
    ("43", "DEPUTATION – LINFORD ROAD DAY CENTRE"),
    ("44", "DAY OPPORTUNITIES FOR ADULTS WITH LEARNING DISABILITIES – OUTCOME OF CONSULTATION "
           "AND PROPOSED MODEL (Paper No. 25-71)"),
    ("45", "CARE QUALITY COMMISSION ASSESSMENT OF ADULT SOCIAL CARE – PREPARATION AND "
           "SELF-ASSESSMENT (Paper No. 25-72)"),
    ("46", "HOME CARE RECOMMISSIONING – AWARD OF CONTRACTS (Paper No. 25-73)"),
    ("47", "HOSPITAL DISCHARGE AND WINTER PRESSURES – PRESENTATION BY HEALTH PARTNERS"),
    ("48", "ADULT SOCIAL CARE AND PUBLIC HEALTH PERFORMANCE AND BUDGET MONITORING – QUARTER 3, "
           "2024/25 (Paper No. 25-74)"),
    ("49", "WORK PROGRAMME (Paper No. 25-75)"),
    ("50", "EXCLUSION OF THE PRESS AND PUBLIC"),
    ("51", "HOME CARE RECOMMISSIONING – AWARD OF CONTRACTS: EXEMPT APPENDIX (Paper No. 25-73A)"),
]


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


QUESTIONS = [
    q("43", "request",
      "Linford Road building be kept open until the alternative provision at Cressfield",
      "Mrs Alison Brady",
      "the points made in the deputation would be taken into account", "The Chair",
      ["adult-social-care"]),
    q("43", "question",
      "asked how many of the families in the Carers’ Group had responded",
      "Councillor Goldring",
      "at least forty families had done so, most of them on paper forms", "Mrs Brady",
      ["patient-and-public-input", "adult-social-care"]),
    q("43", "question",
      "asked whether carers had been offered a meeting with the Cabinet Member",
      "Councillor Cahill",
      "one meeting had taken place in December, but that carers had felt", "Mrs Brady",
      ["adult-social-care", "patient-and-public-input"]),

    q("44", "request",
      "urged members to seek a firm commitment that the closure would not go ahead",
      "Councillor Varley",
      "the first of these commitments was already included in the revised proposals",
      "The Cabinet Member",
      ["adult-social-care"]),
    q("44", "question",
      "questioned whether the consultation had been genuinely open when the Council’s preferred "
      "option",
      "Councillor Lattimer",
      "the consultation had presented three options, that every response had been read",
      "The Executive Director",
      ["patient-and-public-input", "adult-social-care"]),
    q("44", "question",
      "asked about transport, noting that the journey from the north of the borough",
      "Councillor Brightwell",
      "an individual travel assessment would be carried out for every person affected",
      "The Head of Commissioning (Adults)",
      ["adult-social-care"]),
    q("44", "question",
      "whether the capital receipt from any sale of the Linford Road site would be reinvested",
      "Councillor Ames",
      "no decision had been taken on the future of the site", "The Cabinet Member",
      ["finance", "adult-social-care"]),
    q("44", "question",
      "asked whether the day centre staff would transfer to Cressfield",
      "Ms Quayle",
      "all permanent staff at Linford Road would be offered posts at Cressfield",
      "The Executive Director",
      ["workforce", "adult-social-care"]),
    q("44", "concern",
      "the voluntary organisations expected to provide the new community-based opportunities",
      "Councillor Cahill", None, None,
      ["subcontracting", "finance", "adult-social-care"]),
    q("44", "request",
      "requested that the Committee receive a report in six months’ time",
      "Councillor Mrs Hyde",
      "The Chair agreed that this should be added to the work programme", "The Chair",
      ["adult-social-care"]),

    q("45", "question",
      "asked when the Council expected to be notified of its assessment",
      "Councillor Hallworth",
      "the CQC had so far published assessments of nine London boroughs",
      "The Executive Director",
      ["governance"]),
    q("45", "question",
      "identified waiting times for Care Act assessments as an area for improvement",
      "Councillor Goldring",
      "317 people were awaiting an assessment at the end of January 2025",
      "The Director of Operations (Adult Social Care)",
      ["adult-social-care"]),
    q("45", "question",
      "how the views of people who used services and their carers would be reflected",
      "Ms Quayle",
      "a series of workshops had been held with service users and carers",
      "the Head of Quality and Practice",
      ["patient-and-public-input", "adult-social-care", "governance"]),
    q("45", "question",
      "asked why the number of carers’ assessments completed in the year to date",
      "Councillor Lattimer",
      "part of the fall reflected a change in the way joint assessments were recorded",
      "The Executive Director",
      ["adult-social-care"]),
    q("45", "comment",
      "the improvement plan contained more than sixty actions, many of them without clear "
      "timescales",
      "Councillor Ames",
      "accepted that the plan could be sharper and undertook to bring a revised version",
      "The Cabinet Member",
      ["governance"]),

    q("46", "question",
      "require providers to pay care workers the London Living Wage",
      "Councillor Lattimer",
      "both were conditions of the contract, and that compliance would be checked",
      "The Head of Commissioning",
      ["workforce", "subcontracting", "adult-social-care"]),
    q("46", "question",
      "asked what would happen to people whose current provider had not been successful",
      "Councillor Brightwell",
      "138 people would change provider, that each of them would be visited",
      None,
      ["adult-social-care", "subcontracting"]),
    q("46", "question",
      "questioned whether the Council should continue to rely so heavily on private providers",
      "Councillor Cahill",
      "an in-house option had been costed as part of the options appraisal",
      "The Cabinet Member",
      ["privatisation", "subcontracting", "finance", "adult-social-care"]),
    q("46", "comment",
      "was not persuaded that the comparison had taken account of the cost of provider failure",
      "Councillor Cahill", None, None,
      ["finance", "subcontracting"]),
    q("46", "question",
      "asked how the new hourly rate compared with those paid by neighbouring boroughs",
      "Councillor Dervish",
      "was in line with the sub-regional benchmark and above the rates paid",
      "The Head of Commissioning",
      ["finance", "adult-social-care"]),

    q("47", "question",
      "the number of patients in St Aldric’s with no criteria to reside had risen",
      "Councillor Hallworth",
      "the rise had been driven by a spike in flu and norovirus admissions",
      "Ms Gillard",
      ["adult-social-care", "finance"]),
    q("47", "concern",
      "reports from residents that older patients were being discharged late in the evening",
      "Councillor Mrs Hyde",
      "the Trust did not discharge patients after 8 p.m. unless the patient",
      "Ms Gillard",
      ["adult-social-care"]),
    q("47", "question",
      "the discharge to assess beds at Holmwood Lodge would continue after March",
      "Councillor Goldring",
      "discussing whether the beds could be funded from the pooled budget",
      "Dr Sethi",
      ["integration", "finance", "adult-social-care"]),
    q("47", "question",
      "asked about access to GP appointments for people living alone",
      "Councillor Ames",
      "all GP practices in the borough now received an electronic discharge summary",
      "Dr Sethi",
      ["primary-care"]),
    q("47", "question",
      "asked about delays in discharging patients with dementia to nursing homes",
      "Councillor Dervish",
      "patients with dementia were over-represented among the longest delays",
      "Ms Gillard",
      ["mental-health", "adult-social-care"]),
    q("47", "request",
      "the number of delayed discharges attributable to social care, broken down by reason",
      "Councillor Lattimer",
      "undertook to circulate the figures before the next meeting",
      "The Executive Director",
      ["adult-social-care"]),

    q("48", "question",
      "what proportion of the overspend related to placements outside the borough",
      "Councillor Goldring",
      "about £1.2 million was attributable to out-of-borough residential placements",
      "The Executive Director",
      ["finance", "adult-social-care", "housing"]),
    q("48", "question",
      "how many social work posts were covered by agency staff and at what cost",
      "Councillor Cahill",
      "19 of the 112 social work and occupational therapy posts were currently filled",
      None,
      ["workforce", "finance"]),
    q("48", "question",
      "uptake of NHS Health Checks in the three most deprived wards was less than half",
      "Councillor Brightwell",
      "the outreach programme run with the primary care networks had been extended",
      "The Director of Public Health",
      ["public-health"]),
    q("48", "question",
      "asked whether the forecast took account of the increase",
      "Councillor Lattimer",
      "as the increase would fall in 2025/26, but that an estimate",
      "The Executive Director",
      ["finance", "workforce", "adult-social-care"]),

    q("49", "request",
      "an item on the borough’s suicide prevention action plan be included",
      "Councillor Mrs Hyde",
      "The Chair agreed that both items would be scheduled", "The Chair",
      ["mental-health"]),
    q("49", "request",
      "requested a report on the impact on local care providers of the rise",
      "Councillor Lattimer",
      "The Chair agreed that both items would be scheduled", "The Chair",
      ["finance", "workforce", "adult-social-care"]),
]


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


RESOLUTIONS = [
    r("42", "authorised to sign, as a correct record, the minutes of the meeting", "agreed", []),
    r("44", "subject to a report on the transition of each service user being submitted",
      "recommended", ["adult-social-care"]),
    r("45", "a revised improvement plan, with clear timescales and named leads, be submitted",
      "agreed", ["governance"]),
    r("46", "to recommend the Executive to approve the recommendations in paragraph 4",
      "recommended", ["subcontracting", "adult-social-care"]),
    r("47", "the presentation on hospital discharge and winter pressures be noted", "noted",
      ["adult-social-care"]),
    r("48", "The Committee noted the report and the forecast outturn", "noted", ["finance"]),
    r("49", "the work programme be agreed, subject to the addition of the items", "agreed", []),
    r("50", "the press and public be excluded from the meeting for the following item",
      "agreed", ["governance"]),
    r("51", "noted the information in the exempt appendix and had no further comments",
      "noted", []),
]


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


ATTENDEES = [
    a("Councillor Okonjo-Fairley", "Chair", "present"),
    a("Councillor Hallworth", "Deputy Chair", "present"),
    a("Councillor Ames", None, "present"),
    a("Councillor Brightwell", None, "present"),
    a("Councillor Cahill", None, "present"),
    a("Councillor Dervish", None, "present"),
    a("Councillor Goldring", None, "present"),
    a("Councillor Mrs Hyde", None, "present"),
    a("Councillor Lattimer", None, "present"),
    a("Ms D. Quayle", "Healthwatch Pennifold", "present"),
    a("Councillor Corrin", "Cabinet Member for Adult Social Care and Health", "in_attendance"),
    a("Councillor Varley", "Ward Councillor, Linford", "in_attendance"),
    a("Dr Imran Sethi",
      "Clinical Director, Pennifold Place, South Thames Integrated Care Board", "in_attendance"),
    a("Ms Fiona Gillard",
      "Director of Operations, St Aldric’s Hospital NHS Foundation Trust", "in_attendance"),
    a("Councillor Ellery", None, "apologies"),
    a("Mr P. Tierney", "Co-opted Member, Pennifold Carers’ Forum", "apologies"),
]


def minutes_gold() -> dict:
    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": COMMITTEE,
        "meeting_date": "2025-02-25",
        "items": [{"number": n, "title": t} for n, t in ITEMS],
        "questions": QUESTIONS,
        "resolutions": RESOLUTIONS,
        "attendees": ATTENDEES,
    }


def report_gold() -> dict:
    return {"document": REPORT_NAME, "doc_type": "report"}


# --------------------------------------------------------------------------------------
# Build and check
# --------------------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for gold in (minutes_gold(), report_gold()):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\nwrote gold files in {GOLD}")


def norm(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def doc_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("ny-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            problems += 1
            continue
        text = norm(doc_text(doc))
        if not text:
            print(f"NO TEXT extracted from {doc.name}")
            problems += 1
        numbers = {i["number"] for i in gold.get("items", [])}
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["item"], row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["item"], row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["item"], row["text"]))
        for kind, item, phrase in phrases:
            if numbers and item not in numbers:
                print(f"{doc.name}: {kind} refers to unknown item {item}")
                problems += 1
            words = len(norm(phrase).split())
            if not 6 <= words <= 15:
                print(f"{doc.name}: {kind} phrase has {words} words: {phrase!r}")
                problems += 1
            count = text.count(norm(phrase))
            if count != 1:
                print(f"{doc.name}: {kind} phrase found {count} times: {phrase!r}")
                problems += 1
        print(f"{doc.name}: {len(phrases)} phrases checked")
    print("OK" if problems == 0 else f"{problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
