#!/usr/bin/env python3
"""Build the "hx-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_hx.py           build documents/hx-* and gold/hx-*.json
        build_hx.py --check   verify every gold phrase occurs once in its document
"""
import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "hx-wansmoor-health-wellbeing-board-2025-03-13.docx"
REPORT_NAME = "hx-wansmoor-hwb-report-draft-pharmaceutical-needs-assessment-2025.docx"

FIXED = dt.datetime(2025, 3, 20, 9, 30, 0)
ZIP_TIME = (2025, 3, 20, 9, 30, 0)

DOTS = "\u2026" * 12


# --------------------------------------------------------------------------- helpers

def base_document(author):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), "Arial")
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    for name in ("List Bullet", "Header", "Footer"):
        st = doc.styles[name]
        st.font.name = "Arial"
        st.font.size = Pt(11) if name == "List Bullet" else Pt(9)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = Cm(2.2)
    sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3
    cp.title = ""
    return doc


def add_field(paragraph, instr):
    """Insert a simple Word field (PAGE, NUMPAGES) with a cached result."""
    run = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    run._r.append(b)
    run2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    run2._r.append(it)
    run3 = paragraph.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    run3._r.append(s)
    paragraph.add_run("1")
    run5 = paragraph.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run5._r.append(e)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def set_col_widths(table, widths):
    for row in table.rows:
        for idx, w in enumerate(widths):
            row.cells[idx].width = w


def para(doc, text="", bold=False, italic=False, underline=False, align=None,
         left=None, first=None, after=None, before=None, keep=False, size=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = underline
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    if left is not None:
        pf.left_indent = left
    if first is not None:
        pf.first_line_indent = first
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    if keep:
        pf.keep_with_next = True
    return p


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------- minutes

IND = Cm(1.5)     # body text indent under a minute
HANG = Cm(1.0)    # (a) (b) hanging indent


def minute_heading(doc, number, title):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = IND
    pf.first_line_indent = -IND
    pf.space_before = Pt(12)
    pf.space_after = Pt(6)
    pf.keep_with_next = True
    pf.tab_stops.add_tab_stop(IND)
    r = p.add_run(f"{number}.\t{title}")
    r.bold = True
    return p


def sub_title(doc, text):
    return para(doc, text, bold=True, left=IND, keep=True)


def body(doc, text):
    p = para(doc, text, left=IND)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def bullet(doc, text):
    p = doc.add_paragraph(style="List Bullet")
    p.add_run(text)
    pf = p.paragraph_format
    pf.left_indent = Cm(2.2)
    pf.first_line_indent = Cm(-0.7)
    pf.space_after = Pt(6)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def resolved(doc, rest, clauses=()):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = IND
    p.paragraph_format.keep_with_next = bool(clauses)
    r = p.add_run("RESOLVED")
    r.bold = True
    p.add_run(" " + rest)
    for letter, text in clauses:
        c = doc.add_paragraph()
        pf = c.paragraph_format
        pf.left_indent = IND + HANG
        pf.first_line_indent = -HANG
        pf.tab_stops.add_tab_stop(IND + HANG)
        c.add_run(f"({letter})\t{text}")
        c.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY


def build_minutes():
    doc = base_document("Democratic Services")
    sec = doc.sections[0]

    # running footer as the council prints it: initials box line, then title/date and page
    footer = sec.footer
    fp = footer.paragraphs[0]
    fp.text = ""
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Ch.\u2019s Initials\u2026\u2026\u2026")
    fp2 = footer.add_paragraph()
    fp2.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT)
    fp2.add_run("Health and Wellbeing Board, Thursday, 13 March 2025\t")
    add_field(fp2, "PAGE")

    para(doc, "WANSMOOR COUNTY COUNCIL", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0, size=12)
    para(doc, "", after=0)
    para(doc, "HEALTH AND WELLBEING BOARD", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=12, size=12)
    p = para(doc, "At a meeting of the Health and Wellbeing Board held in the Council Chamber, "
             "County Hall, Morwick on Thursday, 13 March 2025 at 10.00 a.m.",
             align=WD_ALIGN_PARAGRAPH.CENTER, after=12)

    para(doc, "PRESENT", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    para(doc, "Councillor H.G. Robson", align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    para(doc, "(Chair, in the Chair)", align=WD_ALIGN_PARAGRAPH.CENTER, after=12)

    para(doc, "BOARD MEMBERS", bold=True, underline=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    members = [("Bell, T.", "Lockhart, S."), ("Charlton, R.", "Ord, C."),
               ("Dunn, K.", "Pringle, M."), ("Fenwick, A.", "Tait, E."),
               ("Hedley, P.", "Wilkinson, J.")]
    t = doc.add_table(rows=0, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    for a, b in members:
        row = t.add_row()
        row.cells[0].text = a
        row.cells[1].text = b
    set_col_widths(t, [Cm(5.5), Cm(5.5)])
    para(doc, "", after=0)

    para(doc, "IN ATTENDANCE", bold=True, underline=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    attend = [
        ("S. Errington", "Head of Commissioning, Adult Social Care"),
        ("Dr A. Hall", "Clinical Director for Mental Health, North Border ICB"),
        ("L. Kirkup", "Democratic Services Officer"),
        ("R. Laidler", "Head of Housing Services"),
        ("J. Milburn", "Trading Standards Manager"),
        ("F. Scott", "Engagement Lead, Healthwatch Wansmoor"),
        ("N. Waugh", "Senior Public Health Manager"),
    ]
    t2 = doc.add_table(rows=0, cols=2)
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t2)
    for a, b in attend:
        row = t2.add_row()
        row.cells[0].text = a
        row.cells[1].text = b
    set_col_widths(t2, [Cm(4.0), Cm(11.0)])
    para(doc, "", after=0)
    para(doc, "One member of the press was also present.", align=WD_ALIGN_PARAGRAPH.CENTER, after=6)

    # ------------------------------------------------------------------ 71
    minute_heading(doc, "71", "APOLOGIES FOR ABSENCE")
    body(doc, "Apologies for absence were received from Councillor L. Carr, D. Graham, G. Harle "
              "and Superintendent P. Thirlwell. K. Dunn attended as substitute for D. Graham.")

    # ------------------------------------------------------------------ 72
    minute_heading(doc, "72", "MINUTES")
    resolved(doc, "that the minutes of the meeting of the Health and Wellbeing Board held on "
                  "Thursday, 13 February 2025, as circulated, be confirmed as a true record and "
                  "signed by the Chair.")

    # ------------------------------------------------------------------ 73
    minute_heading(doc, "73", "DISCLOSURE OF MEMBERS\u2019 INTERESTS")
    body(doc, "Councillor Hedley declared a personal interest in minute 75 (Better Care Fund) as a "
              "close family member was employed by a domiciliary care provider which held a "
              "contract with the Council. She remained in the meeting but took no part in the "
              "decision on that item.")

    # ------------------------------------------------------------------ 74
    minute_heading(doc, "74", "REPORT OF THE EXECUTIVE DIRECTOR OF PUBLIC HEALTH, INEQUALITIES "
                              "AND STRONGER COMMUNITIES")
    sub_title(doc, "Draft Pharmaceutical Needs Assessment 2025")
    body(doc, "The report sought the Board\u2019s approval of the draft Pharmaceutical Needs "
              "Assessment (PNA) 2025 for the purposes of the statutory 60 day consultation. "
              "(Copy of report enclosed with the signed minutes.)")
    body(doc, "N. Waugh, Senior Public Health Manager, introduced the report. She explained that the "
              "Board had a statutory duty to publish a PNA every three years and that the current "
              "assessment would expire on 1 October 2025. The draft had been prepared by a steering "
              "group which included the Integrated Care Board (ICB), the Local Pharmaceutical "
              "Committee and Healthwatch Wansmoor. The main conclusion was that there was adequate "
              "provision of pharmaceutical services across the county, with 68 community "
              "pharmacies, 11 dispensing GP practices and two distance selling pharmacies. However, "
              "four pharmacies had closed since the last PNA was published and opening hours had "
              "been reduced in several of the market towns, particularly on Saturday afternoons and "
              "Sundays. No gaps in the provision of essential services had been identified, but the "
              "steering group had recommended that the position in the west of the county be kept "
              "under review and that a supplementary statement be issued if any further closures "
              "took place during the lifetime of the assessment.")
    body(doc, "Councillor Fenwick asked whether the closure of the pharmacy on Hexfield Road, "
              "Brackenmouth in December had been taken into account, as many of her residents were "
              "now travelling to Cramford or relying on home deliveries. Ms Waugh replied that the "
              "closure had been included in the draft and that the remaining pharmacies in "
              "Brackenmouth had confirmed they had capacity to absorb the additional prescriptions. "
              "The steering group had concluded that the closure did not create a gap in "
              "provision, but this would be tested through the consultation.")
    body(doc, "Councillor Pringle expressed concern that pharmacies were increasingly closing at "
              "lunchtime or at short notice because they could not find a locum pharmacist, and "
              "that patients often found out only when they arrived at a locked door. Mr Ord "
              "acknowledged that temporary closures had risen over the past year. Pharmacies were "
              "required to notify the ICB and display a notice, unplanned closures were monitored "
              "through the ICB\u2019s contract management arrangements and repeated breaches were "
              "followed up with the contractor concerned.")
    body(doc, "Mr Wilkinson welcomed the draft but asked that the consultation be promoted through "
              "parish councils, GP surgeries and community venues as well as online, as many of the "
              "people most affected by closures did not use the internet. Ms Waugh agreed to share "
              "the communications plan with Healthwatch and confirmed that paper copies of the "
              "questionnaire would be available in all libraries and on request.")
    body(doc, "Councillor Bell queried what weight the assessment gave to dispensing doctors in "
              "rural areas and whether patients living more than a mile from a pharmacy were aware "
              "that they could have their medicines dispensed by their own practice. It was "
              "explained that 11 practices were currently approved to dispense to around 19,000 "
              "patients and that the rurality rules were set nationally and were not within the "
              "Board\u2019s control; however, the point about awareness would be raised with the "
              "practices concerned.")
    body(doc, "The Chair commented that the Board should be prepared to write to the Department of "
              "Health and Social Care if the funding settlement for community pharmacy in 2025-26 "
              "did not address the pressures described in the report.")
    resolved(doc, "that:-", [
        ("a", "the draft Pharmaceutical Needs Assessment 2025 be approved for the purposes of "
              "statutory consultation for a period of 60 days from 1 April 2025; and"),
        ("b", "authority be delegated to the Executive Director of Public Health, Inequalities and "
              "Stronger Communities, in consultation with the Chair, to approve any minor "
              "amendments to the draft before the consultation begins."),
    ])

    # ------------------------------------------------------------------ 75
    minute_heading(doc, "75", "REPORT OF THE EXECUTIVE DIRECTOR OF ADULT SOCIAL CARE AND HEALTH "
                              "INTEGRATION")
    sub_title(doc, "Better Care Fund \u2013 Quarter 3 Return 2024-25 and Planning Requirements "
                   "for 2025-26")
    body(doc, "The report informed the Board of the Quarter 3 return for the Better Care Fund (BCF), "
              "which had been submitted to NHS England on 7 February 2025 subject to the Board\u2019s "
              "endorsement, and set out the national planning requirements for 2025-26. (Copy of "
              "report enclosed with the signed minutes.)")
    body(doc, "S. Errington, Head of Commissioning, Adult Social Care, presented the report. The "
              "pooled budget for 2024-25 was \u00a368.4 million, including the Discharge Fund "
              "allocations from the Council and the ICB. The county was on track to meet two of "
              "its three national metrics: the proportion of people discharged to their usual "
              "place of residence was 93.1% against a plan of 92.5%, and permanent admissions to "
              "residential and nursing care for people aged 65 and over were below the planned "
              "level. The metric on emergency hospital admissions due to falls had not been met. "
              "The planning guidance for 2025-26 had been published later than usual, with a "
              "submission date of 31 March 2025, and the Board was asked to delegate sign-off of "
              "the plan as no meeting was scheduled before that date. The NHS minimum contribution "
              "would increase by 1.7%, but the Discharge Fund would be merged into the main BCF "
              "allocation from April, which would reduce the flexibility available locally.")
    body(doc, "In the discussion which followed, the following points were raised:-")
    bullet(doc, "Councillor Charlton asked why the falls metric had not been met when the Council "
                "had invested in a falls prevention service during the year. Mr Errington advised "
                "that admissions had risen during a period of icy weather in January and that the "
                "service had only been fully staffed since November; the trend over the last two "
                "months was improving.")
    bullet(doc, "Councillor Hedley raised concerns about the number of people waiting in hospital "
                "for a package of home care in the west of the county, where she understood some "
                "patients had waited more than a week. Ms Lockhart confirmed that home care "
                "capacity in the Hexfield and upper valley area remained the main pressure, with "
                "14 people awaiting a package on the day of the most recent snapshot. The Council "
                "had increased the hourly rate for rural calls and was working with two providers "
                "to recruit local carers, but she acknowledged that this had not yet resolved the "
                "problem.")
    bullet(doc, "Mr Wilkinson asked how the Board would know whether merging the Discharge Fund "
                "into the main allocation had any effect on patients. Ms Lockhart replied that "
                "every scheme funded from the Discharge Fund had been reviewed and all were "
                "expected to continue in 2025-26, and that performance against the metrics would "
                "continue to be reported to the Board each quarter.")
    bullet(doc, "Councillor Bell noted that the BCF was described as a partnership fund but that "
                "most decisions appeared to be taken by officers, and asked that Board members be "
                "given an opportunity to comment on the draft 2025-26 plan before it was "
                "submitted. The Chair agreed that the draft would be circulated to all Board "
                "members for comment by 21 March 2025.")
    resolved(doc, "that:-", [
        ("a", "the Quarter 3 Better Care Fund return for 2024-25 be endorsed;"),
        ("b", "the national planning requirements for 2025-26 be noted; and"),
        ("c", "authority be delegated to the Executive Director of Adult Social Care and Health "
              "Integration, in consultation with the Chair and the Director of Place (Wansmoor), "
              "North Border ICB, to approve the Better Care Fund plan for 2025-26 for submission "
              "to NHS England."),
    ])

    # ------------------------------------------------------------------ 76
    minute_heading(doc, "76", "HEALTHWATCH WANSMOOR")
    sub_title(doc, "What people told us about mental health support in Wansmoor")
    body(doc, "The Board received a presentation from F. Scott, Engagement Lead, Healthwatch "
              "Wansmoor, on the findings of its engagement with 412 residents about their "
              "experiences of seeking help with their mental health. (A copy of the presentation "
              "has been filed with the signed minutes.)")
    body(doc, "Ms Scott reported that two thirds of respondents had first sought help from their GP "
              "and most had found the GP supportive, but people described long waits for talking "
              "therapies, confusion about which service to contact out of hours and having to repeat "
              "their story to several different teams. Carers had said they were not always told "
              "when the person they cared for was discharged from the crisis team. Healthwatch had "
              "made six recommendations, including a single point of contact for advice, better "
              "information for carers and the publication of waiting times for each service.")
    body(doc, "Councillor Pringle said that the findings on waits for adult talking therapies "
              "matched what she heard from residents, and asked what was being done to bring the "
              "waiting times down. Dr Hall advised that additional therapists had been recruited "
              "during the year and the average wait from referral to first treatment had fallen "
              "from 14 weeks to 9 weeks, although waits remained longer for people who needed a "
              "specific therapy or a therapist who spoke their first language.")
    body(doc, "Councillor Charlton said that young people in her area had told her that they did "
              "not know where to go for help until they had reached crisis point, and that the "
              "services described in the presentation seemed to be designed around adults.")
    body(doc, "Ms Tait asked whether the engagement had reached men in sufficient numbers, as the "
              "most recent suicide audit had shown that middle aged men in the county remained at "
              "the highest risk. Ms Scott replied that men made up only 27% of respondents and that "
              "Healthwatch was planning a targeted piece of work with sports clubs, workplaces and "
              "the farming community during the summer.")
    body(doc, "The Chair thanked Ms Scott for the presentation and the Board agreed that the "
              "Healthwatch recommendations be referred to the Mental Health Partnership Board for a "
              "response, to be reported back to the Board in September 2025.")

    # ------------------------------------------------------------------ 77
    minute_heading(doc, "77", "REPORT OF THE EXECUTIVE DIRECTOR OF PUBLIC HEALTH, INEQUALITIES "
                              "AND STRONGER COMMUNITIES")
    sub_title(doc, "Tobacco Control and Youth Vaping \u2013 Progress Report")
    body(doc, "The report updated the Board on progress against the Wansmoor Tobacco Control Plan "
              "2023-2026 and on the actions being taken by the Council and its partners to reduce "
              "vaping among children and young people. (Copy of report enclosed with the signed "
              "minutes.)")
    body(doc, "E. Tait, Executive Director of Public Health, Inequalities and Stronger Communities, "
              "and J. Milburn, Trading Standards Manager, presented the report. Smoking prevalence "
              "among adults in the county had fallen to 11.8%, but remained above 20% among people "
              "in routine and manual occupations and among people with a serious mental illness. "
              "Smoking at the time of delivery stood at 9.6% against a national ambition of 6%. "
              "The school health survey carried out in the autumn showed that 18% of Year 10 pupils "
              "had vaped in the previous month, and the majority of those who vaped had obtained "
              "vapes from shops or from older friends.")
    body(doc, "Members welcomed the report. Councillor Fenwick asked what action was being taken "
              "against shops selling vapes to children, and Mr Milburn explained that Trading "
              "Standards had carried out 46 test purchases in 2024, 13 of which had resulted in a "
              "sale to an under-age volunteer, and that two retailers had been prosecuted and "
              "seized stock destroyed. Councillor Bell asked whether the Local Stop Smoking "
              "Services and Support Grant would continue beyond March 2026; Ms Tait replied that "
              "the grant had been confirmed for 2025-26 only, at \u00a3612,000 for the county, and "
              "that the expanded service had been designed so that it could be scaled back if "
              "national funding came to an end. In response to a further question, it was "
              "confirmed that the ban on the sale of single use vapes would come into effect on 1 "
              "June 2025 and that every registered retailer in the county had been written to. "
              "Ms Dunn observed that the figure of 9.6% for smoking at the time of "
              "delivery had barely changed in three years.")
    body(doc, "Councillor Hedley asked that future reports include figures on smoking in pregnancy "
              "for each locality, as the county average masked much higher rates in the former "
              "mining communities in the south east of the county. Ms Tait agreed that this would "
              "be included in the next update.")
    resolved(doc, "that:-", [
        ("a", "the report be noted; and"),
        ("b", "the Board endorse the Wansmoor Declaration on Tobacco Control and that partner "
              "organisations represented on the Board be invited to sign it."),
    ])

    # ------------------------------------------------------------------ 78
    minute_heading(doc, "78", "REPORT OF THE EXECUTIVE DIRECTOR OF HOUSING AND PLANNING")
    sub_title(doc, "Housing and Health \u2013 Homelessness and Rough Sleeping Strategy 2025-2030")
    body(doc, "The report presented the draft Homelessness and Rough Sleeping Strategy 2025-2030, "
              "and set out the links between housing and health which had been identified in its "
              "development. (Copy of report enclosed with the signed minutes.)")
    body(doc, "R. Laidler, Head of Housing Services, advised that homelessness presentations had "
              "risen by 22% in two years, with the ending of private tenancies now the most common "
              "reason. The number of households in temporary accommodation had reached 96, "
              "including 41 families with children, and bed and breakfast was being used more "
              "often than the Council would wish. The strategy contained a priority on health, "
              "which included a hospital discharge protocol with the acute trust and the mental "
              "health trust, and a commitment to a named housing officer for people leaving "
              "hospital with no settled address.")
    body(doc, "Councillor Charlton queried how many people had been discharged from hospital "
              "without anywhere to live in the last year. Mr Laidler replied that 37 people had "
              "been referred to the Council under the duty to refer by the acute trust and 15 by "
              "the mental health trust, and that he believed the true number was higher as "
              "referrals were not always made before discharge.")
    body(doc, "Councillor Fenwick asked whether the Council was using its Disabled Facilities Grant "
              "allocation in full, as she was aware of residents who had waited over a year for "
              "an adaptation. Mr Laidler undertook to provide the figures to Councillor Fenwick "
              "after the meeting.")
    body(doc, "Mr Ord commented that the ICB would welcome a discussion about funding a housing "
              "officer post based in the hospital discharge team, as had been done elsewhere in "
              "the region.")
    para(doc, "The Board noted the report and the links between the strategy and the Joint Health "
              "and Wellbeing Strategy.", left=IND)

    # ------------------------------------------------------------------ 79
    minute_heading(doc, "79", "HEALTH AND WELLBEING BOARD \u2013 FORWARD PLAN")
    body(doc, "Members received the Forward Plan of agenda items for forthcoming meetings of the "
              "Board. (Copy enclosed with the signed minutes.)")
    body(doc, "Councillor Fenwick asked that an item on access to NHS dentistry be added to the "
              "Forward Plan, given the number of residents contacting members who could not "
              "register with a dentist. Mr Ord advised that the ICB was due to publish its dental "
              "access plan in May and suggested that the item be considered in June.")
    resolved(doc, "that the Forward Plan be noted, subject to the addition of an item on access to "
                  "NHS dentistry at the meeting in June 2025.")

    # ------------------------------------------------------------------ 80
    minute_heading(doc, "80", "DATE OF NEXT MEETING")
    body(doc, "It was noted that the next meeting would take place on Thursday, 10 April 2025 at "
              "10.00 a.m. in County Hall, Morwick.")

    para(doc, "", after=24)
    p = para(doc, f"CHAIR\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026"
                  f"\u2026\u2026\u2026\u2026\u2026", align=WD_ALIGN_PARAGRAPH.RIGHT, after=24)
    p = para(doc, f"DATE\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026"
                  f"\u2026\u2026\u2026\u2026\u2026\u2026", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return doc


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health and Wellbeing Board",
    "meeting_date": "2025-03-13",
    "items": [
        {"number": "71", "title": "APOLOGIES FOR ABSENCE"},
        {"number": "72", "title": "MINUTES"},
        {"number": "73", "title": "DISCLOSURE OF MEMBERS\u2019 INTERESTS"},
        {"number": "74", "title": "REPORT OF THE EXECUTIVE DIRECTOR OF PUBLIC HEALTH, INEQUALITIES "
                                  "AND STRONGER COMMUNITIES"},
        {"number": "75", "title": "REPORT OF THE EXECUTIVE DIRECTOR OF ADULT SOCIAL CARE AND "
                                  "HEALTH INTEGRATION"},
        {"number": "76", "title": "HEALTHWATCH WANSMOOR"},
        {"number": "77", "title": "REPORT OF THE EXECUTIVE DIRECTOR OF PUBLIC HEALTH, INEQUALITIES "
                                  "AND STRONGER COMMUNITIES"},
        {"number": "78", "title": "REPORT OF THE EXECUTIVE DIRECTOR OF HOUSING AND PLANNING"},
        {"number": "79", "title": "HEALTH AND WELLBEING BOARD \u2013 FORWARD PLAN"},
        {"number": "80", "title": "DATE OF NEXT MEETING"},
    ],
    "questions": [
        # 74 Pharmaceutical Needs Assessment
        {"item": "74", "kind": "question",
         "text": "asked whether the closure of the pharmacy on Hexfield Road, Brackenmouth",
         "asked_by": "Councillor Fenwick",
         "answer": "the remaining pharmacies in Brackenmouth had confirmed they had capacity",
         "given_by": "Ms Waugh", "themes": ["primary-care"]},
        {"item": "74", "kind": "concern",
         "text": "expressed concern that pharmacies were increasingly closing at lunchtime or at short notice",
         "asked_by": "Councillor Pringle",
         "answer": "acknowledged that temporary closures had risen over the past year",
         "given_by": "Mr Ord", "themes": ["primary-care", "workforce"]},
        {"item": "74", "kind": "request",
         "text": "asked that the consultation be promoted through parish councils, GP surgeries",
         "asked_by": "Mr Wilkinson",
         "answer": "paper copies of the questionnaire would be available in all libraries",
         "given_by": "Ms Waugh", "themes": ["patient-and-public-input", "primary-care"]},
        {"item": "74", "kind": "question",
         "text": "queried what weight the assessment gave to dispensing doctors in rural areas",
         "asked_by": "Councillor Bell",
         "answer": "11 practices were currently approved to dispense to around 19,000 patients",
         "given_by": None, "themes": ["primary-care"]},
        {"item": "74", "kind": "comment",
         "text": "the Board should be prepared to write to the Department of Health and Social Care",
         "asked_by": "The Chair", "answer": None, "given_by": None,
         "themes": ["primary-care", "finance"]},
        # 75 Better Care Fund
        {"item": "75", "kind": "question",
         "text": "asked why the falls metric had not been met when the Council",
         "asked_by": "Councillor Charlton",
         "answer": "admissions had risen during a period of icy weather in January",
         "given_by": "Mr Errington", "themes": ["public-health", "integration"]},
        {"item": "75", "kind": "concern",
         "text": "raised concerns about the number of people waiting in hospital for a package",
         "asked_by": "Councillor Hedley",
         "answer": "home care capacity in the Hexfield and upper valley area remained the main pressure",
         "given_by": "Ms Lockhart", "themes": ["adult-social-care", "workforce"]},
        {"item": "75", "kind": "question",
         "text": "asked how the Board would know whether merging the Discharge Fund",
         "asked_by": "Mr Wilkinson",
         "answer": "every scheme funded from the Discharge Fund had been reviewed",
         "given_by": "Ms Lockhart", "themes": ["integration", "finance"]},
        {"item": "75", "kind": "request",
         "text": "asked that Board members be given an opportunity to comment on the draft 2025-26 plan",
         "asked_by": "Councillor Bell",
         "answer": "the draft would be circulated to all Board members for comment",
         "given_by": "The Chair", "themes": ["integration", "governance"]},
        # 76 Healthwatch - mental health
        {"item": "76", "kind": "question",
         "text": "asked what was being done to bring the waiting times down",
         "asked_by": "Councillor Pringle",
         "answer": "the average wait from referral to first treatment had fallen from 14 weeks",
         "given_by": "Dr Hall", "themes": ["mental-health", "workforce"]},
        {"item": "76", "kind": "comment",
         "text": "young people in her area had told her that they did not know",
         "asked_by": "Councillor Charlton", "answer": None, "given_by": None,
         "themes": ["mental-health", "children-and-families"]},
        {"item": "76", "kind": "question",
         "text": "asked whether the engagement had reached men in sufficient numbers",
         "asked_by": "Ms Tait",
         "answer": "men made up only 27% of respondents",
         "given_by": "Ms Scott", "themes": ["mental-health", "patient-and-public-input"]},
        # 77 Tobacco control and vaping
        {"item": "77", "kind": "question",
         "text": "asked what action was being taken against shops selling vapes to children",
         "asked_by": "Councillor Fenwick",
         "answer": "Trading Standards had carried out 46 test purchases in 2024",
         "given_by": "Mr Milburn", "themes": ["public-health", "children-and-families"]},
        {"item": "77", "kind": "question",
         "text": "asked whether the Local Stop Smoking Services and Support Grant would continue",
         "asked_by": "Councillor Bell",
         "answer": "the grant had been confirmed for 2025-26 only, at £612,000 for the county",
         "given_by": "Ms Tait", "themes": ["public-health", "finance"]},
        {"item": "77", "kind": "question",
         "text": "In response to a further question, it was confirmed that the ban",
         "asked_by": None,
         "answer": "the sale of single use vapes would come into effect on 1 June 2025",
         "given_by": None, "themes": ["public-health"]},
        {"item": "77", "kind": "comment",
         "text": "observed that the figure of 9.6% for smoking at the time of delivery",
         "asked_by": "Ms Dunn", "answer": None, "given_by": None,
         "themes": ["public-health"]},
        {"item": "77", "kind": "request",
         "text": "asked that future reports include figures on smoking in pregnancy for each locality",
         "asked_by": "Councillor Hedley",
         "answer": "agreed that this would be included in the next update",
         "given_by": "Ms Tait", "themes": ["public-health"]},
        # 78 Housing and health
        {"item": "78", "kind": "question",
         "text": "queried how many people had been discharged from hospital without anywhere to live",
         "asked_by": "Councillor Charlton",
         "answer": "37 people had been referred to the Council under the duty to refer",
         "given_by": "Mr Laidler", "themes": ["housing", "adult-social-care"]},
        {"item": "78", "kind": "question",
         "text": "asked whether the Council was using its Disabled Facilities Grant allocation in full",
         "asked_by": "Councillor Fenwick",
         "answer": "undertook to provide the figures to Councillor Fenwick after the meeting",
         "given_by": "Mr Laidler", "themes": ["housing", "finance"]},
        {"item": "78", "kind": "comment",
         "text": "the ICB would welcome a discussion about funding a housing officer post",
         "asked_by": "Mr Ord", "answer": None, "given_by": None,
         "themes": ["housing", "integration", "finance"]},
        # 79 Forward plan
        {"item": "79", "kind": "request",
         "text": "asked that an item on access to NHS dentistry be added to the Forward Plan",
         "asked_by": "Councillor Fenwick",
         "answer": "the ICB was due to publish its dental access plan in May",
         "given_by": "Mr Ord", "themes": ["primary-care"]},
    ],
    "resolutions": [
        {"item": "72",
         "text": "as circulated, be confirmed as a true record and signed by the Chair",
         "outcome": "agreed", "themes": []},
        {"item": "74",
         "text": "the draft Pharmaceutical Needs Assessment 2025 be approved for the purposes of statutory consultation",
         "outcome": "agreed", "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "75",
         "text": "the Quarter 3 Better Care Fund return for 2024-25 be endorsed",
         "outcome": "agreed", "themes": ["integration"]},
        {"item": "76",
         "text": "the Board agreed that the Healthwatch recommendations be referred to the Mental Health Partnership Board",
         "outcome": "agreed", "themes": ["mental-health", "patient-and-public-input"]},
        {"item": "77",
         "text": "the Board endorse the Wansmoor Declaration on Tobacco Control",
         "outcome": "agreed", "themes": ["public-health"]},
        {"item": "78",
         "text": "The Board noted the report and the links between the strategy",
         "outcome": "noted", "themes": ["housing"]},
        {"item": "79",
         "text": "the Forward Plan be noted, subject to the addition of an item",
         "outcome": "agreed", "themes": ["primary-care"]},
    ],
    "attendees": [
        {"name": "Councillor H.G. Robson", "role": "Chair", "attendance": "present"},
        {"name": "Bell, T.", "role": None, "attendance": "present"},
        {"name": "Charlton, R.", "role": None, "attendance": "present"},
        {"name": "Dunn, K.", "role": None, "attendance": "present"},
        {"name": "Fenwick, A.", "role": None, "attendance": "present"},
        {"name": "Hedley, P.", "role": None, "attendance": "present"},
        {"name": "Lockhart, S.", "role": None, "attendance": "present"},
        {"name": "Ord, C.", "role": None, "attendance": "present"},
        {"name": "Pringle, M.", "role": None, "attendance": "present"},
        {"name": "Tait, E.", "role": None, "attendance": "present"},
        {"name": "Wilkinson, J.", "role": None, "attendance": "present"},
        {"name": "S. Errington", "role": "Head of Commissioning, Adult Social Care", "attendance": "in_attendance"},
        {"name": "Dr A. Hall", "role": "Clinical Director for Mental Health, North Border ICB", "attendance": "in_attendance"},
        {"name": "L. Kirkup", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "R. Laidler", "role": "Head of Housing Services", "attendance": "in_attendance"},
        {"name": "J. Milburn", "role": "Trading Standards Manager", "attendance": "in_attendance"},
        {"name": "F. Scott", "role": "Engagement Lead, Healthwatch Wansmoor", "attendance": "in_attendance"},
        {"name": "N. Waugh", "role": "Senior Public Health Manager", "attendance": "in_attendance"},
        {"name": "Councillor L. Carr", "role": None, "attendance": "apologies"},
        {"name": "D. Graham", "role": None, "attendance": "apologies"},
        {"name": "G. Harle", "role": None, "attendance": "apologies"},
        {"name": "Superintendent P. Thirlwell", "role": None, "attendance": "apologies"},
    ],
}


# --------------------------------------------------------------------------- report

def ruled(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tblPr.append(borders)


def rhead(doc, text):
    p = para(doc, text, bold=True, before=12, after=6, keep=True)
    return p


def rnum(doc, n, text):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(1.0)
    pf.first_line_indent = Cm(-1.0)
    pf.tab_stops.add_tab_stop(Cm(1.0))
    p.add_run(f"{n}\t{text}")
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def build_report():
    doc = base_document("Public Health")
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(fp, "PAGE")

    para(doc, "Wansmoor County Council", bold=True, size=14, after=0)
    para(doc, "Health and Wellbeing Board", bold=True, size=12, after=0)
    para(doc, "Thursday, 13 March 2025", after=12)

    para(doc, "Draft Pharmaceutical Needs Assessment 2025", bold=True, size=14, after=12)

    t = doc.add_table(rows=0, cols=2)
    ruled(t)
    for a, b in [("Report of:", "Executive Director of Public Health, Inequalities and Stronger Communities"),
                 ("Responsible Cabinet Member:", "Councillor H.G. Robson, Adult Wellbeing and Health"),
                 ("Report status:", "Open"),
                 ("Key decision:", "No")]:
        row = t.add_row()
        row.cells[0].text = a
        row.cells[0].paragraphs[0].runs[0].bold = True
        row.cells[1].text = b
    set_col_widths(t, [Cm(5.5), Cm(11.0)])

    rhead(doc, "1. Purpose of report")
    para(doc, "To present the draft Pharmaceutical Needs Assessment (PNA) 2025 to the Health and "
              "Wellbeing Board and to seek approval for a statutory consultation of at least 60 "
              "days.")

    rhead(doc, "2. Recommendations")
    para(doc, "It is recommended that the Health and Wellbeing Board:")
    rnum(doc, "2.1", "Approves the draft Pharmaceutical Needs Assessment 2025 (Appendix 1) for "
                     "consultation for a period of 60 days from 1 April 2025.")
    rnum(doc, "2.2", "Delegates authority to the Executive Director of Public Health, Inequalities "
                     "and Stronger Communities, in consultation with the Chair of the Board, to "
                     "make minor amendments to the draft before the consultation begins.")
    rnum(doc, "2.3", "Notes that the final PNA will be brought back to the Board for approval in "
                     "September 2025 before publication by 1 October 2025.")

    rhead(doc, "3. Link to Corporate Plan")
    para(doc, "This report is relevant to the \u2018Tackling inequalities\u2019 and \u2018Living well "
              "for longer\u2019 priorities of the Corporate Plan 2023-2026 and to the Joint Health "
              "and Wellbeing Strategy theme of Access to Services.")

    rhead(doc, "4. Key issues")
    rnum(doc, "4.1", "Every Health and Wellbeing Board must publish a PNA at least every three "
                     "years. The current PNA for Wansmoor expires on 1 October 2025.")
    rnum(doc, "4.2", "The draft PNA concludes that there is adequate provision of necessary "
                     "pharmaceutical services across the county and that no current gaps have "
                     "been identified.")
    rnum(doc, "4.3", "Four pharmacies have closed since October 2022 and opening hours have been "
                     "reduced in several market towns. The steering group proposes that the "
                     "position in the west of the county is kept under review.")
    rnum(doc, "4.4", "The ICB uses the PNA when it decides applications to open, move or merge "
                     "pharmacies, so the assessment must be robust and must reflect the views of "
                     "residents.")

    rhead(doc, "5. Background")
    para(doc, "What is a Pharmaceutical Needs Assessment?", italic=True, keep=True)
    rnum(doc, "5.1", "A PNA describes the pharmaceutical services available to the population of "
                     "an area, identifies any gaps and sets out any improvements or better access "
                     "that would help meet future needs. It is a statutory document under the NHS "
                     "(Pharmaceutical and Local Pharmaceutical Services) Regulations 2013.")
    para(doc, "Who has prepared the draft?", italic=True, keep=True)
    rnum(doc, "5.2", "The draft was prepared by a steering group chaired by the Senior Public "
                     "Health Manager, with members from the ICB, the Local Pharmaceutical "
                     "Committee, the Local Medical Committee and Healthwatch Wansmoor. A survey "
                     "of 1,137 residents and a survey of all community pharmacy contractors were "
                     "carried out in the autumn of 2024.")
    para(doc, "What will the consultation ask?", italic=True, keep=True)
    rnum(doc, "5.3", "The consultation will ask residents, contractors and partners whether they "
                     "agree that current provision is adequate, whether the draft correctly "
                     "describes services in their area, and whether there are any needs it has "
                     "not identified. Questions for respondents will include:")
    for q in ["Do you agree with the conclusion that there are no gaps in the provision of "
              "essential services in Wansmoor?",
              "Has the draft considered the needs of people who find it difficult to travel to a "
              "pharmacy?",
              "Are there any pharmaceutical services you would like to see provided in your area "
              "that are not available now?"]:
        bp = doc.add_paragraph(style="List Bullet")
        bp.add_run(q)
        bp.paragraph_format.left_indent = Cm(1.7)
    para(doc, "What happens next?", italic=True, keep=True)
    rnum(doc, "5.4", "Responses will be analysed by the steering group, and the final PNA, "
                     "together with a consultation report, will be presented to the Board in "
                     "September 2025.")

    rhead(doc, "6. Implications")
    t2 = doc.add_table(rows=1, cols=2)
    ruled(t2)
    t2.rows[0].cells[0].text = "Policy"
    t2.rows[0].cells[1].text = ("The PNA is a statutory duty of the Health and Wellbeing Board.")
    for a, b in [
        ("Finance and value for money", "The cost of the consultation will be met from the "
         "existing public health budget. There are no other financial implications."),
        ("Legal", "The Board must consult for at least 60 days on the draft PNA with the bodies "
         "listed in Regulation 8."),
        ("Procurement", "None."),
        ("Human resources", "None."),
        ("Property", "None."),
        ("Equalities (Impact Assessment attached) Yes \u2610 No \u2612 N/A \u2610",
         "The PNA considers the needs of people with protected characteristics."),
        ("Risk assessment", "If a PNA is not published by 1 October 2025, the ICB may be unable "
         "to determine market entry applications lawfully."),
        ("Crime and disorder", "None."),
        ("Customer considerations", "The consultation will be available online and on paper."),
        ("Carbon reduction", "None."),
        ("Health and wellbeing", "Access to community pharmacy supports self-care and reduces "
         "pressure on general practice."),
        ("Wards", "All."),
    ]:
        row = t2.add_row()
        row.cells[0].text = a
        row.cells[1].text = b
    for row in t2.rows:
        row.cells[0].paragraphs[0].runs[0].bold = True
    set_col_widths(t2, [Cm(5.5), Cm(11.0)])

    rhead(doc, "7. Background papers")
    para(doc, "Wansmoor Pharmaceutical Needs Assessment 2022.")

    rhead(doc, "8. Report sign off")
    t3 = doc.add_table(rows=1, cols=2)
    ruled(t3)
    t3.rows[0].cells[0].text = ""
    t3.rows[0].cells[1].text = "Full name of officer"
    for a, b in [("Monitoring Officer/Legal", "G. Straughan"),
                 ("Executive Director of Finance & S151 Officer", "P. Rutherford"),
                 ("Relevant Executive Director", "E. Tait"),
                 ("Chief Executive", "M. Elliot"),
                 ("Portfolio Holder(s)", "H.G. Robson")]:
        row = t3.add_row()
        row.cells[0].text = a
        row.cells[1].text = b
    set_col_widths(t3, [Cm(9.0), Cm(7.5)])

    rhead(doc, "9. Author and contact details")
    para(doc, "Nicola Waugh, Senior Public Health Manager", after=0)
    para(doc, "Email: public.health@wansmoor.example.gov.uk")
    return doc


REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# --------------------------------------------------------------------------- check

def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    d = Document(str(path))
    parts = [p.text for p in d.paragraphs]

    def walk(tables):
        for t in tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.extend(p.text for p in cell.paragraphs)
                    walk(cell.tables)
    walk(d.tables)
    return "\n".join(parts)


def check():
    ok = True
    for gfile in sorted(GOLD.glob("hx-*.json")):
        g = json.loads(gfile.read_text(encoding="utf-8"))
        doc_path = DOCS / g["document"]
        if not doc_path.exists():
            print(f"MISSING document {doc_path}")
            ok = False
            continue
        text = norm(docx_text(doc_path))
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = text.count(norm(ph))
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print(f"{gfile.name}: {kind} found {c}x, {n} words: {ph!r}")
        print(f"{gfile.name}: {len(phrases)} phrases checked, {len(g.get('items', []))} items, "
              f"{len(g.get('attendees', []))} attendees")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    save_deterministic(build_minutes(), DOCS / MINUTES_NAME)
    save_deterministic(build_report(), DOCS / REPORT_NAME)
    for name, gold in ((MINUTES_NAME, MINUTES_GOLD), (REPORT_NAME, REPORT_GOLD)):
        (GOLD / (Path(name).stem + ".json")).write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("written", MINUTES_NAME, REPORT_NAME)


if __name__ == "__main__":
    main()
