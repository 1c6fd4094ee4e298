#!/usr/bin/env python3
"""Build the "ie-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ie.py           build documents/ie-* and gold/ie-*.json
        build_ie.py --check   verify every gold phrase occurs once in its document
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
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES = "ie-wrexford-hwe-scrutiny-2025-09-22.docx"
REPORT = "ie-wrexford-dfg-housing-assistance-policy-report.docx"

FIXED = dt.datetime(2025, 9, 23, 9, 30, 0)
ZIP_DATE = (2025, 9, 23, 9, 30, 0)

COMMITTEE = "Health, Wellbeing and Environment Scrutiny Committee"
WEB = "https://moderngov.wrexford-under-edge.gov.uk"

THEMES = {
    "privatisation", "subcontracting", "patient-and-public-input", "public-health",
    "finance", "governance", "integration", "workforce", "primary-care", "mental-health",
    "children-and-families", "adult-social-care", "housing",
}


# --------------------------------------------------------------------------- docx helpers

def base_document() -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = Cm(2.2)
    sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    cp = doc.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    return doc


def add_field(run, instr: str, placeholder: str = "1") -> None:
    """Insert a simple complex field (PAGE, NUMPAGES) into a run."""
    r = run._r
    fld_begin = OxmlElement("w:fldChar")
    fld_begin.set(qn("w:fldCharType"), "begin")
    instr_el = OxmlElement("w:instrText")
    instr_el.set(qn("xml:space"), "preserve")
    instr_el.text = f" {instr} "
    fld_sep = OxmlElement("w:fldChar")
    fld_sep.set(qn("w:fldCharType"), "separate")
    txt = OxmlElement("w:t")
    txt.text = placeholder
    fld_end = OxmlElement("w:fldChar")
    fld_end.set(qn("w:fldCharType"), "end")
    for el in (fld_begin, instr_el, fld_sep, txt, fld_end):
        r.append(el)


def add_hyperlink(paragraph, text: str, url: str) -> None:
    part = paragraph.part
    r_id = part.relate_to(url, RT.HYPERLINK, is_external=True)
    hl = OxmlElement("w:hyperlink")
    hl.set(qn("r:id"), r_id)
    new_run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "0563C1")
    u = OxmlElement("w:u")
    u.set(qn("w:val"), "single")
    rpr.append(color)
    rpr.append(u)
    new_run.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    new_run.append(t)
    hl.append(new_run)
    paragraph._p.append(hl)


def no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def grid_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tbl_pr.append(borders)


def shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def set_widths(table, widths_cm) -> None:
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def cell_text(cell, text: str, bold: bool = False, size: float | None = None) -> None:
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(3)


def save_deterministic(doc: Document, path: Path) -> None:
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------- the minutes

IND = Cm(1.4)


def heading(doc, number: str, title: str) -> None:
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = IND
    pf.first_line_indent = -IND
    pf.tab_stops.add_tab_stop(IND)
    pf.space_before = Pt(10)
    pf.space_after = Pt(8)
    pf.keep_with_next = True
    r = p.add_run(f"{number}.\t{title}")
    r.bold = True


def body(doc, text: str) -> None:
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = IND
    pf.space_after = Pt(8)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run(text)


def resolved(doc, clauses: list[str]) -> None:
    """'Resolved:' + tab + (a) + tab + clause, following clauses hung under (a)."""
    label_end = Cm(4.2)
    text_at = Cm(5.2)
    for i, clause in enumerate(clauses):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = text_at
        pf.tab_stops.add_tab_stop(label_end)
        pf.tab_stops.add_tab_stop(text_at)
        pf.space_after = Pt(6)
        if len(clauses) == 1:
            pf.left_indent = label_end
            pf.first_line_indent = -(label_end - IND)
            r = p.add_run("Resolved:")
            r.bold = True
            p.add_run("\t" + clause)
        elif i == 0:
            pf.first_line_indent = -(text_at - IND)
            r = p.add_run("Resolved:")
            r.bold = True
            p.add_run(f"\t({chr(97 + i)})\t{clause}")
        else:
            pf.first_line_indent = -(text_at - label_end)
            p.add_run(f"({chr(97 + i)})\t{clause}")


def watch(doc, anchor: str) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = IND
    p.paragraph_format.space_after = Pt(10)
    add_hyperlink(p, "Watch the debate here", f"{WEB}/ieListDocuments.aspx?MId=4417#{anchor}")


def build_minutes() -> None:
    doc = base_document()
    sec = doc.sections[0]
    sec.header_distance = Cm(1.0)
    sec.footer_distance = Cm(1.0)
    hp = sec.header.paragraphs[0]
    hr = hp.add_run(f"{COMMITTEE} - 22/09/25")
    hr.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run()
    fr.font.size = Pt(9)
    add_field(fr, "PAGE")

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(COMMITTEE.upper())
    r.bold = True
    r.font.size = Pt(13)
    t.paragraph_format.space_after = Pt(12)

    for line in ("Monday, 22nd September, 2025", "Time of Commencement: 7.00 pm"):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(line).bold = True
        p.paragraph_format.space_after = Pt(6)

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    add_hyperlink(p, "View the agenda here", f"{WEB}/ieListDocuments.aspx?CId=162&MId=4417")
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(10)
    add_hyperlink(p, "Watch the meeting here", "https://www.youtube.com/@WrexfordBC/streams")

    # attendance, as the committee template lays it out: a borderless 4-column table
    rows = [
        ("Present:", [("Councillor Hannah Pickford (Chair)", 3)]),
        ("", []),
        ("Councillors:", [("Bromley", 1), ("Fairclough", 1), ("Holdcroft", 1)]),
        ("", [("Dunnett", 1), ("Grocott", 1), ("Mellor", 1)]),
        ("", [("Whalley", 1), ("", 1), ("", 1)]),
        ("", []),
        ("Apologies:", [("Councillor(s) Whitmore and Lathom", 3)]),
        ("", []),
        ("Substitutes:", [("Councillor Joel Eardley (In place of Councillor Whitmore)", 3)]),
        ("", []),
        ("Officers:", [("Karen Sherratt", 1), ("Service Director - Strategic Housing", 2)]),
        ("", [("Alison Birtles", 1), ("Home Improvement Agency Manager", 2)]),
        ("", [("Paul Hancock", 1), ("Head of Leisure and Wellbeing", 2)]),
        ("", [("Neil Bagnall", 1), ("Democratic Services Officer", 2)]),
        ("", []),
        ("Also in attendance:", [("Councillor Sarah Colclough", 1),
                                 ("Portfolio Holder - Community Safety and Wellbeing", 2)]),
        ("", [("Councillor Andrew Lowndes", 1),
              ("Portfolio Holder - Leisure, Culture and Heritage", 2)]),
        ("", [("Dr Priya Mahal", 1),
              ("Associate Director of Primary Care, Severnshire and Wrexford Integrated "
               "Care Board", 2)]),
        ("", [("Lorraine Beech", 1),
              ("Head of Primary Care Contracting, Severnshire and Wrexford Integrated "
               "Care Board", 2)]),
    ]
    table = doc.add_table(rows=len(rows), cols=4)
    no_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    widths = [3.8, 4.3, 4.3, 4.2]
    set_widths(table, widths)
    for ri, (label, cells) in enumerate(rows):
        row = table.rows[ri]
        if label:
            cell_text(row.cells[0], label, bold=True)
        col = 1
        for text, span in cells:
            cell = row.cells[col]
            if span > 1:
                cell = cell.merge(row.cells[col + span - 1])
            if text:
                cell_text(cell, text)
            col += span

    doc.add_paragraph().paragraph_format.space_after = Pt(6)

    # ---------------------------------------------------------------- 1
    heading(doc, "1", "DECLARATIONS OF INTEREST")
    body(doc, "Councillor Fairclough declared an other registrable interest in agenda item 4 "
              "(Disabled Facilities Grants) as a board member of Edgeview Housing Association, "
              "and indicated that she would leave the meeting for that item.")

    # ---------------------------------------------------------------- 2
    heading(doc, "2", "MINUTES OF PREVIOUS MEETING(S)")
    resolved(doc, ["That the minutes of the meeting held on 30th June 2025 be agreed as a "
                   "correct record."])
    watch(doc, "item2")

    # ---------------------------------------------------------------- 3
    heading(doc, "3", "UPDATE FROM THE SEVERNSHIRE AND WREXFORD INTEGRATED CARE BOARD - "
                      "ACCESS TO GENERAL PRACTICE")
    body(doc, "The Chair welcomed Dr Priya Mahal, Associate Director of Primary Care, and "
              "Lorraine Beech, Head of Primary Care Contracting, from the Severnshire and "
              "Wrexford Integrated Care Board (ICB) to the meeting.")
    body(doc, "Dr Mahal gave a presentation on access to general practice in the borough. The "
              "presentation covered the number of appointments delivered by the borough's 14 "
              "practices in the year to July 2025, which had increased by 6% on the previous "
              "year; the move by practices to the modern general practice access model, under "
              "which requests for an appointment could be made online as well as by telephone "
              "and were triaged on the same day; the roll out of cloud based telephony; the "
              "Pharmacy First service, under which community pharmacies could treat seven "
              "common conditions without the patient needing to see a GP; and the work "
              "underway on the business case for the proposed health and wellbeing hub at "
              "Talbot Street, Bradwell.")
    body(doc, "Councillor Bromley asked what proportion of patients were able to get an "
              "appointment within two weeks, as residents in his ward continued to tell him "
              "that they could not get through to their surgery on the telephone at 8.00 am "
              "and were told to ring back the following day. Dr Mahal stated that 84% of "
              "appointments in the borough were delivered within two weeks of booking, which "
              "was slightly above the national average, and that all but two practices had "
              "now moved to cloud based telephony which gave callers their position in the "
              "queue and the option of a call back. The two remaining practices would move "
              "over by the end of November.")
    body(doc, "Councillor Dunnett expressed concern at the closure of the pharmacy on Church "
              "Street, Audley Green, which had left that part of her ward without a pharmacy "
              "within walking distance, and said that older residents without a car were "
              "having to take two buses to collect their prescriptions. Ms Beech advised that "
              "the ICB had been notified of the closure in May and had carried out a review "
              "against the pharmaceutical needs assessment, which had concluded that there was "
              "sufficient provision within a mile of the site. She acknowledged that this did "
              "not reflect the difficulties faced by residents who did not drive and offered "
              "to share the review with the Committee.")
    body(doc, "Councillor Holdcroft referred to the 1,150 homes planned at Chatterley Fields "
              "and asked how the ICB would ensure that GP capacity kept pace with new housing "
              "development, and whether the ICB had been successful in securing Section 106 "
              "contributions towards health facilities. He also queried why the Talbot Street "
              "hub had been delayed for a second time, given that it had originally been due "
              "to open in 2024. Dr Mahal explained that the ICB was consulted on all major "
              "planning applications and had secured contributions from three developments in "
              "the borough to date, although the sums involved did not cover the full cost of "
              "providing additional clinical space and the ICB was working with the Council's "
              "planning team on the forthcoming Local Plan. In relation to the hub, the "
              "business case had had to be resubmitted to NHS England following a significant "
              "increase in construction costs, and she anticipated that a decision would be "
              "made before the end of the year.")
    body(doc, "Councillor Eardley requested that future updates to the Committee include "
              "figures for each practice in the borough, rather than for each Primary Care "
              "Network as a whole, as the averages masked very different experiences between "
              "practices. Dr Mahal agreed to provide this information.")
    body(doc, "Councillor Whalley asked whether there were any plans to improve access to NHS "
              "dentistry, as she was aware of families who had been told that no practice in "
              "the borough was accepting new adult NHS patients. Ms Beech advised that dental "
              "commissioning had transferred to the ICB in 2023 and that the ICB had funded "
              "additional urgent dental care sessions at two practices in the borough; however "
              "the recruitment of dentists to NHS work remained the main constraint and the "
              "national dental contract was outside the ICB's control.")
    body(doc, "Councillor Mellor commented that the Pharmacy First service was a welcome "
              "development but that many residents were not aware of it, and that the ICB "
              "should do more to publicise the service locally, including through the "
              "Council's own Wrexford Life magazine.")
    body(doc, "The Chair thanked Dr Mahal and Ms Beech for attending and for the detailed "
              "presentation.")
    resolved(doc, [
        "That the update be received.",
        "That the ICB be requested to provide practice level appointment data for the "
        "borough to Members of the Committee.",
        "That a further update, including progress on the Talbot Street health and "
        "wellbeing hub, be brought to the Committee in March 2026.",
    ])
    watch(doc, "item3")

    # ---------------------------------------------------------------- 4
    heading(doc, "4", "DISABLED FACILITIES GRANTS - ANNUAL UPDATE AND REVISED HOUSING "
                      "ASSISTANCE POLICY")
    body(doc, "Councillor Fairclough left the meeting for the duration of this item.")
    body(doc, "The Portfolio Holder for Community Safety and Wellbeing introduced the report, "
              "which provided an update on the delivery of Disabled Facilities Grants (DFGs) "
              "during 2024/25 and sought the Committee's views on a revised Housing Assistance "
              "Policy before it was considered by Cabinet.")
    body(doc, "The Home Improvement Agency Manager advised that 187 adaptations had been "
              "completed during the year at a total cost of £1.72 million, funded from the "
              "Council's Better Care Fund allocation passed through by the County Council. The "
              "most common adaptations continued to be level access showers and stair lifts, "
              "with a smaller number of extensions for children with complex disabilities. The "
              "average time from referral to completion had reduced from 41 weeks to 33 weeks. "
              "The revised policy proposed to introduce a discretionary relocation grant of up "
              "to £10,000 for people for whom moving to a more suitable property would be a "
              "better option than adapting their current home, to remove the means test for "
              "adaptations costing less than £7,500, and to allow applicants to use their own "
              "contractor.")
    body(doc, "Councillor Grocott asked how long residents were waiting for an occupational "
              "therapy assessment before a referral reached the Council, as in her experience "
              "this was where the longest delays occurred. The Home Improvement Agency Manager "
              "confirmed that assessments were carried out by the County Council's "
              "occupational therapists, but the average wait was currently around 14 weeks. "
              "The Council had funded a trusted assessor post from its DFG allocation to carry "
              "out assessments for straightforward cases such as stair lifts and level access "
              "showers, which had reduced waits for those cases to four weeks.")
    body(doc, "Concerns were expressed about the length of time some residents had waited for "
              "works to start once a grant had been approved, with Members reporting cases of "
              "residents waiting several months because no contractor was available. The "
              "Service Director - Strategic Housing advised that the contractor framework had "
              "been re-tendered in April and now included seven contractors, compared with "
              "four previously, and that allowing applicants to use their own contractor, "
              "where quotes were in line with the framework's schedule of rates, should also "
              "help.")
    body(doc, "Councillor Eardley queried why £214,000 of the 2024/25 allocation had not been "
              "spent and whether there was a risk that it would have to be returned to the "
              "County Council. Officers advised that the underspend related to schemes that "
              "had been approved but not completed by the end of the financial year, that it "
              "had been carried forward and was fully committed, and that there was no "
              "requirement to return unspent DFG monies.")
    body(doc, "Councillor Whalley asked whether the proposed relocation grant would be means "
              "tested, and whether help would be given to find a suitable property. The Home "
              "Improvement Agency Manager stated that the relocation grant would not be means "
              "tested but applicants would need to show that adapting their existing home was "
              "not reasonably practicable; the Council's housing options team would work with "
              "registered providers to identify suitable properties, including bungalows.")
    resolved(doc, [
        "That the report be received.",
        "That the Committee supports the revised Housing Assistance Policy, including the "
        "new relocation grant, and recommends it to Cabinet for approval at its meeting on "
        "14th October 2025.",
        "That the Committee receive an update on waiting times for occupational therapy "
        "assessments from the County Council at a future meeting.",
    ])
    watch(doc, "item4")
    body(doc, "Councillor Fairclough returned to the meeting.")

    # ---------------------------------------------------------------- 5
    heading(doc, "5", "EXERCISE ON REFERRAL AND HEALTHY LIVING PROGRAMME - ANNUAL REVIEW")
    body(doc, "The Head of Leisure and Wellbeing presented the annual review of the Exercise on "
              "Referral and Healthy Living Programme, which was delivered by Wrexford Active "
              "from Kingsway Leisure Centre and the Bradwell Community Hub. 1,146 people had "
              "been referred in 2024/25, mainly by GPs and physiotherapists, of whom 62% had "
              "completed the twelve week programme. Participants reported improvements in "
              "blood pressure, weight and wellbeing, and 41% were still attending the leisure "
              "centre six months after completing the programme. The programme was funded by a "
              "grant from Severnshire County Council's Public Health team which was due to end "
              "in March 2026, and the County Council had indicated that the service would be "
              "recommissioned through a competitive tender for the whole county.")
    body(doc, "Members welcomed the report and the outcomes achieved by the programme. "
              "Councillor Mellor asked what would happen to the staff employed on the "
              "programme if the Council was not successful in the tender, and whether the "
              "Council intended to bid. The Portfolio Holder for Leisure, Culture and Heritage "
              "stated that the Council did intend to submit a bid, possibly jointly with "
              "neighbouring districts, and that the four staff employed on the programme would "
              "be protected under TUPE should the service transfer to another provider. "
              "Councillor Dunnett expressed concern that a single county wide contract would be "
              "awarded to a large private operator and that local people would lose the link "
              "with their own leisure centre, and asked that the Committee's view that the "
              "service should remain with the Council be conveyed to the County Council. The "
              "Portfolio Holder agreed to write to the County Council's Cabinet Member for "
              "Public Health setting out the Committee's views.")
    body(doc, "Councillor Bromley queried the lower completion rate among people referred from "
              "the most deprived wards in the borough and asked what was being done to reduce "
              "health inequalities. The Head of Leisure and Wellbeing explained that completion "
              "rates in the four most deprived wards were 48%, compared with 62% overall. "
              "Sessions were offered free of charge to anyone in receipt of benefits, and a "
              "pilot was underway at the Bradwell Community Hub with a peer mentor who "
              "contacted participants who had missed two sessions.")
    body(doc, "In response to a question from Councillor Grocott about whether people with "
              "anxiety or depression could be referred, it was confirmed that around a fifth "
              "of referrals were for mental health conditions and that the programme worked "
              "closely with the NHS Talking Therapies service, which was able to refer people "
              "directly.")
    resolved(doc, [
        "That the report be received.",
        "That the Portfolio Holder for Leisure, Culture and Heritage write to Severnshire "
        "County Council setting out the Committee's support for the Exercise on Referral "
        "programme continuing to be delivered locally by Wrexford Active.",
    ])
    watch(doc, "item5")

    # ---------------------------------------------------------------- 6
    heading(doc, "6", "SEVERNSHIRE COUNTY COUNCIL HEALTH AND CARE OVERVIEW AND SCRUTINY "
                      "COMMITTEE - VERBAL UPDATE")
    body(doc, "Councillor Grocott, the Council's representative on the County Council's Health "
              "and Care Overview and Scrutiny Committee, provided a verbal update on the "
              "meeting held on 8th September 2025. The main item had been the ICB's proposal "
              "to consolidate stroke rehabilitation beds at the Royal Severn Hospital, which "
              "would see the eight beds at Bradwell Community Hospital close, and the County "
              "Committee had asked for the results of the public consultation to be reported "
              "to its meeting in November. The County Committee had also received the Director "
              "of Public Health's annual report, which focused on healthy ageing.")
    body(doc, "Councillor Holdcroft expressed concern that residents of the borough would have "
              "to travel over twenty miles to visit relatives at the Royal Severn Hospital, and "
              "that public transport to the hospital from the north of the borough was poor, "
              "and asked that this be raised when the consultation results were considered. "
              "Councillor Grocott undertook to raise the matter at the County Committee's "
              "meeting in November.")
    body(doc, "Councillor Whalley asked whether the consultation on the stroke rehabilitation "
              "proposals had been promoted in the borough, as she had seen no publicity in "
              "Bradwell and understood that the only drop-in event had been held at the Royal "
              "Severn.")
    body(doc, "The Committee noted the verbal update from Councillor Grocott.")
    watch(doc, "item6")

    # ---------------------------------------------------------------- 7
    heading(doc, "7", "WORK PROGRAMME")
    body(doc, "The Chair introduced the Committee's work programme for 2025/26 and reminded "
              "Members that suggestions for future items could be submitted to the Democratic "
              "Services Officer at any time.")
    body(doc, "Councillor Mellor requested that an item on damp and mould in private rented "
              "housing be added to the work programme, following the introduction of Awaab's "
              "Law for social landlords and the Government's stated intention to extend it to "
              "the private rented sector. The Chair agreed that the item be scheduled for the "
              "January meeting.")
    body(doc, "The Democratic Services Officer advised that the Air Quality Annual Status "
              "Report would now be considered at the meeting on 24th November 2025 rather than "
              "in October, to allow the latest monitoring data to be included.")
    resolved(doc, ["That the work programme be noted, subject to the addition of an item on "
                   "damp and mould in private rented housing for the meeting in January 2026."])
    watch(doc, "item7")

    # ---------------------------------------------------------------- 8
    heading(doc, "8", "PUBLIC QUESTION TIME")
    body(doc, "There were no questions from members of the public.")

    # ---------------------------------------------------------------- 9
    heading(doc, "9", "URGENT BUSINESS")
    body(doc, "There was no Urgent Business.")

    for text, bold, before in (("COUNCILLOR HANNAH PICKFORD", True, 30), ("Chair", False, 0),
                               ("", False, 0), ("Meeting concluded at 8.47 pm", False, 12)):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(before)
        p.paragraph_format.left_indent = Cm(9.5)
        if text:
            p.add_run(text).bold = bold

    save_deterministic(doc, DOCS / MINUTES)


# --------------------------------------------------------------------------- the report

def num_para(doc, num: str, text: str) -> None:
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(1.25)
    pf.first_line_indent = Cm(-1.25)
    pf.tab_stops.add_tab_stop(Cm(1.25))
    pf.space_after = Pt(8)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run(f"{num}\t{text}")


def sec_head(doc, num: str, text: str) -> None:
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(1.25)
    pf.first_line_indent = Cm(-1.25)
    pf.tab_stops.add_tab_stop(Cm(1.25))
    pf.space_before = Pt(8)
    pf.space_after = Pt(8)
    pf.keep_with_next = True
    p.add_run(f"{num}\t{text}").bold = True


def plain(doc, text: str, bold: bool = False, after: float = 8, indent: float = 0) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(after)
    if indent:
        p.paragraph_format.left_indent = Cm(indent)
    p.add_run(text).bold = bold


def build_report() -> None:
    doc = base_document()
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run()
    fr.font.size = Pt(9)
    add_field(fr, "PAGE")
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr = hp.add_run("Classification: OFFICIAL")
    hr.font.size = Pt(8)
    hr.font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    for text, size, after in (("WREXFORD-UNDER-EDGE BOROUGH COUNCIL", 14, 10),
                              ("EXECUTIVE MANAGEMENT TEAM'S REPORT TO", 11, 4),
                              ("Health, Wellbeing and Environment Scrutiny Committee", 12, 4),
                              ("22 September 2025", 11, 14)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(after)

    info = [
        ("Report Title:", "Disabled Facilities Grants – Annual Update 2024/25 and Revised "
                          "Housing Assistance Policy"),
        ("Submitted by:", "Service Director - Strategic Housing"),
        ("Portfolios:", "Community Safety and Wellbeing"),
        ("Ward(s) affected:", "All"),
    ]
    t = doc.add_table(rows=len(info), cols=2)
    no_borders(t)
    set_widths(t, [4.5, 12.0])
    for i, (k, v) in enumerate(info):
        cell_text(t.rows[i].cells[0], k, bold=True)
        cell_text(t.rows[i].cells[1], v)

    plain(doc, "", after=4)
    plain(doc, "Purpose of the Report", bold=True, after=6)
    kd = doc.add_paragraph()
    kd.paragraph_format.tab_stops.add_tab_stop(Cm(12.5), WD_TAB_ALIGNMENT.LEFT)
    kd.add_run("\tKey Decision   Yes ☐   No ☒").bold = True
    plain(doc, "To update the Committee on the delivery of Disabled Facilities Grants in "
               "2024/25 and to seek the Committee's views on a revised Housing Assistance "
               "Policy before it is considered by Cabinet on 14 October 2025.")

    plain(doc, "Recommendation", bold=True, after=6)
    plain(doc, "That the Committee:", after=6)
    for n, text in (("1.", "Notes the performance of the Disabled Facilities Grant service in "
                           "2024/25 as set out in section 2 of this report."),
                    ("2.", "Considers the revised Housing Assistance Policy at Appendix 1 and "
                           "recommends it to Cabinet for approval."),
                    ("3.", "Identifies any issues it wishes officers to raise with the County "
                           "Council regarding occupational therapy assessment waiting times.")):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.25)
        p.paragraph_format.first_line_indent = Cm(-0.75)
        p.paragraph_format.space_after = Pt(6)
        p.add_run(f"{n}\t{text}")

    plain(doc, "Reasons", bold=True, after=6)
    plain(doc, "The Council has a statutory duty under the Housing Grants, Construction and "
               "Regeneration Act 1996 to provide mandatory grants for adaptations to the homes "
               "of disabled people. The Regulatory Reform (Housing Assistance) (England and "
               "Wales) Order 2002 allows the Council to provide discretionary assistance where "
               "this is set out in a published policy. The current policy was adopted in 2021 "
               "and needs to be updated to reflect the increase in the Council's grant "
               "allocation and the lessons learned from the review of waiting times.")

    sec_head(doc, "1.", "Background")
    num_para(doc, "1.1", "Disabled Facilities Grants (DFGs) are funded through the Better Care "
                         "Fund. Severnshire County Council receives the allocation for the "
                         "county and passes the element for each district council through to "
                         "it. The Council's allocation for 2024/25 was £1,934,000, an increase "
                         "of 8% on the previous year.")
    num_para(doc, "1.2", "Referrals for adaptations are made by the County Council's "
                         "occupational therapy service following an assessment of the "
                         "person's needs. The Council's Home Improvement Agency then carries "
                         "out the test of resources (the means test), prepares a schedule of "
                         "works and appoints a contractor from the Council's framework.")

    sec_head(doc, "2.", "Issues")
    num_para(doc, "2.1", "During 2024/25, 187 adaptations were completed at a total cost of "
                         "£1.72 million. The average cost of an adaptation was £9,198. The "
                         "average time from the receipt of a referral to the completion of the "
                         "works fell from 41 weeks in 2023/24 to 33 weeks in 2024/25.")
    t = doc.add_table(rows=6, cols=3)
    grid_borders(t)
    set_widths(t, [8.0, 4.0, 4.0])
    data = [("Adaptation type", "Number completed", "Average cost"),
            ("Level access shower", "104", "£6,420"),
            ("Stair lift", "51", "£3,870"),
            ("Ramp / external access", "17", "£4,950"),
            ("Extension", "9", "£48,300"),
            ("Other", "6", "£5,210")]
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, bold=(i == 0), size=10)
            if i == 0:
                shade(t.rows[i].cells[j], "D9E2F3")
    plain(doc, "", after=4)
    num_para(doc, "2.2", "An underspend of £214,000 was carried forward into 2025/26. This "
                         "relates to schemes approved in the final quarter of the year which "
                         "had not been completed by 31 March 2025. The carried forward sum is "
                         "fully committed.")
    num_para(doc, "2.3", "Waiting times for an occupational therapy assessment remain the "
                         "largest single cause of delay. The County Council reports an average "
                         "wait of 14 weeks. Since October 2024 the Council has funded a trusted "
                         "assessor post to assess straightforward cases, which has reduced waits "
                         "for those cases to around four weeks.")
    num_para(doc, "2.4", "A customer satisfaction survey was sent to all applicants whose "
                         "adaptations were completed in 2024/25; 96 were returned. 91% of "
                         "respondents were satisfied or very satisfied with the service. The "
                         "questions and comments most often raised, and the service's response, "
                         "are set out at Appendix 2.")

    sec_head(doc, "3.", "Proposal")
    num_para(doc, "3.1", "It is proposed that the revised Housing Assistance Policy at Appendix "
                         "1 is recommended to Cabinet for approval. The main changes are:")
    for b in ("a discretionary relocation grant of up to £10,000 where moving to a more "
              "suitable property is a better option than adapting the current home;",
              "removal of the means test for adaptations costing less than £7,500;",
              "allowing applicants to use a contractor of their own choice, where quotes are "
              "within the framework's schedule of rates; and",
              "continued funding of the trusted assessor post from the DFG allocation."):
        p = doc.add_paragraph(style="List Bullet")
        p.paragraph_format.left_indent = Cm(1.9)
        p.paragraph_format.space_after = Pt(4)
        p.add_run(b)
    plain(doc, "", after=2)

    sec_head(doc, "4.", "Reasons for Proposed Solution")
    num_para(doc, "4.1", "The changes are expected to reduce waiting times further, make "
                         "better use of the increased grant allocation and help people remain "
                         "independent in their own homes for longer.")
    sec_head(doc, "5.", "Options Considered")
    num_para(doc, "5.1", "To retain the current policy. This is not recommended as it would not "
                         "make full use of the flexibility allowed by the 2002 Order.")
    sec_head(doc, "6.", "Legal and Statutory Implications")
    num_para(doc, "6.1", "The Council has a duty to determine applications for mandatory grants "
                         "within six months and to pay grants within twelve months of approval.")
    sec_head(doc, "7.", "Equality Impact Assessment")
    num_para(doc, "7.1", "An Equality Impact Assessment has been completed and is available "
                         "from the author of this report. The proposed changes are expected to "
                         "have a positive impact on disabled and older residents.")
    sec_head(doc, "8.", "Financial and Resource Implications")
    num_para(doc, "8.1", "All proposals will be funded from the Better Care Fund DFG "
                         "allocation. There are no implications for the Council's General "
                         "Fund.")
    sec_head(doc, "9.", "Major Risks & Mitigation")
    num_para(doc, "9.1", "The main risk is that demand exceeds the grant allocation. Spend is "
                         "monitored monthly and reported to the Better Care Fund Board.")
    sec_head(doc, "10.", "UN Sustainable Development Goals (UNSDG) and Climate Change "
                         "Implications")
    num_para(doc, "10.1", "The proposals support Goal 3 (Good Health and Well-being) and "
                          "Goal 10 (Reduced Inequalities).")
    sec_head(doc, "11.", "Key Decision Information")
    num_para(doc, "11.1", "This is not a key decision.")
    sec_head(doc, "12.", "Earlier Cabinet/Committee Resolutions")
    num_para(doc, "12.1", "Cabinet, 13 July 2021 – Housing Assistance Policy 2021 adopted.")
    sec_head(doc, "13.", "List of Appendices")
    num_para(doc, "13.1", "Appendix 1 – Revised Housing Assistance Policy 2025 (to follow).")
    num_para(doc, "13.2", "Appendix 2 – What applicants asked us: customer survey 2024/25.")
    sec_head(doc, "14.", "Background Papers")
    num_para(doc, "14.1", "None.")

    doc.add_page_break()
    plain(doc, "Appendix 2 – What applicants asked us: customer survey 2024/25", bold=True,
          after=10)
    t = doc.add_table(rows=1, cols=2)
    grid_borders(t)
    set_widths(t, [7.5, 9.0])
    cell_text(t.rows[0].cells[0], "You asked / told us", bold=True, size=10)
    cell_text(t.rows[0].cells[1], "Our response", bold=True, size=10)
    for c in t.rows[0].cells:
        shade(c, "D9E2F3")
    qa = [
        ("Why did I have to wait so long for someone to come and assess me?",
         "Assessments are carried out by the County Council. We now fund a trusted assessor "
         "who can assess straightforward cases such as stair lifts within about four weeks."),
        ("Can I choose my own builder?",
         "Under the revised policy you will be able to use your own contractor if their quote "
         "is within our schedule of rates."),
        ("I was told I had to pay a contribution for a small job. Is that right?",
         "We propose to remove the means test for adaptations costing less than £7,500."),
        ("The contractor left a mess and did not come back to finish the tiling.",
         "We have re-tendered our contractor framework and now monitor every job on "
         "completion. Please contact us if work has not been finished."),
        ("Would it be easier to move instead of adapting my house?",
         "We agree this can be the better option and propose a relocation grant of up to "
         "£10,000, subject to Cabinet approval."),
    ]
    for q, a in qa:
        row = t.add_row()
        cell_text(row.cells[0], q, size=10)
        cell_text(row.cells[1], a, size=10)
    set_widths(t, [7.5, 9.0])

    save_deterministic(doc, DOCS / REPORT)


# --------------------------------------------------------------------------- gold

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
    "committee": COMMITTEE,
    "meeting_date": "2025-09-22",
    "items": [
        {"number": "1", "title": "DECLARATIONS OF INTEREST"},
        {"number": "2", "title": "MINUTES OF PREVIOUS MEETING(S)"},
        {"number": "3", "title": "UPDATE FROM THE SEVERNSHIRE AND WREXFORD INTEGRATED CARE "
                                 "BOARD - ACCESS TO GENERAL PRACTICE"},
        {"number": "4", "title": "DISABLED FACILITIES GRANTS - ANNUAL UPDATE AND REVISED "
                                 "HOUSING ASSISTANCE POLICY"},
        {"number": "5", "title": "EXERCISE ON REFERRAL AND HEALTHY LIVING PROGRAMME - ANNUAL "
                                 "REVIEW"},
        {"number": "6", "title": "SEVERNSHIRE COUNTY COUNCIL HEALTH AND CARE OVERVIEW AND "
                                 "SCRUTINY COMMITTEE - VERBAL UPDATE"},
        {"number": "7", "title": "WORK PROGRAMME"},
        {"number": "8", "title": "PUBLIC QUESTION TIME"},
        {"number": "9", "title": "URGENT BUSINESS"},
    ],
    "questions": [
        q("3", "question",
          "asked what proportion of patients were able to get an appointment within two weeks",
          "Councillor Bromley",
          "84% of appointments in the borough were delivered within two weeks of booking",
          "Dr Mahal", ["primary-care"]),
        q("3", "concern",
          "expressed concern at the closure of the pharmacy on Church Street",
          "Councillor Dunnett",
          "had carried out a review against the pharmaceutical needs assessment",
          "Ms Beech", ["primary-care"]),
        q("3", "question",
          "asked how the ICB would ensure that GP capacity kept pace with new housing "
          "development",
          "Councillor Holdcroft",
          "had secured contributions from three developments in the borough to date",
          "Dr Mahal", ["primary-care", "finance"]),
        q("3", "question",
          "He also queried why the Talbot Street hub had been delayed for a second time",
          "Councillor Holdcroft",
          "the business case had had to be resubmitted to NHS England",
          "Dr Mahal", ["primary-care", "finance"]),
        q("3", "request",
          "requested that future updates to the Committee include figures for each practice",
          "Councillor Eardley",
          "Dr Mahal agreed to provide this information",
          "Dr Mahal", ["primary-care"]),
        q("3", "question",
          "asked whether there were any plans to improve access to NHS dentistry",
          "Councillor Whalley",
          "the ICB had funded additional urgent dental care sessions at two practices",
          "Ms Beech", ["primary-care", "workforce"]),
        q("3", "comment",
          "commented that the Pharmacy First service was a welcome development",
          "Councillor Mellor", None, None, ["primary-care"]),
        q("4", "question",
          "asked how long residents were waiting for an occupational therapy assessment",
          "Councillor Grocott",
          "assessments were carried out by the County Council's occupational therapists",
          "Home Improvement Agency Manager", ["housing", "adult-social-care"]),
        q("4", "concern",
          "Concerns were expressed about the length of time some residents had waited",
          None,
          "the contractor framework had been re-tendered in April and now included seven "
          "contractors",
          "Service Director - Strategic Housing", ["housing", "subcontracting"]),
        q("4", "question",
          "queried why £214,000 of the 2024/25 allocation had not been spent",
          "Councillor Eardley",
          "the underspend related to schemes that had been approved but not completed",
          "Officers", ["finance", "housing"]),
        q("4", "question",
          "asked whether the proposed relocation grant would be means tested",
          "Councillor Whalley",
          "the relocation grant would not be means tested but applicants would need",
          "Home Improvement Agency Manager", ["housing"]),
        q("5", "question",
          "asked what would happen to the staff employed on the programme",
          "Councillor Mellor",
          "the Council did intend to submit a bid, possibly jointly with neighbouring "
          "districts",
          "Portfolio Holder for Leisure, Culture and Heritage",
          ["workforce", "subcontracting"]),
        q("5", "concern",
          "expressed concern that a single county wide contract would be awarded",
          "Councillor Dunnett",
          "Portfolio Holder agreed to write to the County Council's Cabinet Member",
          "Portfolio Holder", ["privatisation", "subcontracting"]),
        q("5", "question",
          "queried the lower completion rate among people referred from the most deprived "
          "wards",
          "Councillor Bromley",
          "completion rates in the four most deprived wards were 48%",
          "Head of Leisure and Wellbeing", ["public-health"]),
        q("5", "question",
          "a question from Councillor Grocott about whether people with anxiety or depression",
          "Councillor Grocott",
          "around a fifth of referrals were for mental health conditions",
          None, ["mental-health", "public-health"]),
        q("6", "concern",
          "expressed concern that residents of the borough would have to travel over twenty "
          "miles",
          "Councillor Holdcroft",
          "Councillor Grocott undertook to raise the matter at the County Committee's meeting",
          "Councillor Grocott", []),
        q("6", "question",
          "asked whether the consultation on the stroke rehabilitation proposals had been "
          "promoted",
          "Councillor Whalley", None, None, ["patient-and-public-input"]),
        q("7", "request",
          "requested that an item on damp and mould in private rented housing be added",
          "Councillor Mellor",
          "The Chair agreed that the item be scheduled for the January meeting",
          "Chair", ["housing"]),
    ],
    "resolutions": [
        res("2", "minutes of the meeting held on 30th June 2025 be agreed", "agreed", []),
        res("3", "That the ICB be requested to provide practice level appointment data",
            "agreed", ["primary-care"]),
        res("4", "recommends it to Cabinet for approval at its meeting on 14th October 2025",
            "recommended", ["housing"]),
        res("5", "setting out the Committee's support for the Exercise on Referral programme",
            "agreed", ["public-health"]),
        res("6", "The Committee noted the verbal update from Councillor Grocott", "noted", []),
        res("7", "subject to the addition of an item on damp and mould", "agreed",
            ["housing"]),
    ],
    "attendees": [
        att("Councillor Hannah Pickford", "Chair", "present"),
        att("Bromley", None, "present"),
        att("Fairclough", None, "present"),
        att("Holdcroft", None, "present"),
        att("Dunnett", None, "present"),
        att("Grocott", None, "present"),
        att("Mellor", None, "present"),
        att("Whalley", None, "present"),
        att("Whitmore", None, "apologies"),
        att("Lathom", None, "apologies"),
        att("Councillor Joel Eardley", None, "present"),
        att("Karen Sherratt", "Service Director - Strategic Housing", "in_attendance"),
        att("Alison Birtles", "Home Improvement Agency Manager", "in_attendance"),
        att("Paul Hancock", "Head of Leisure and Wellbeing", "in_attendance"),
        att("Neil Bagnall", "Democratic Services Officer", "in_attendance"),
        att("Councillor Sarah Colclough", "Portfolio Holder - Community Safety and Wellbeing",
            "in_attendance"),
        att("Councillor Andrew Lowndes", "Portfolio Holder - Leisure, Culture and Heritage",
            "in_attendance"),
        att("Dr Priya Mahal", "Associate Director of Primary Care, Severnshire and Wrexford "
                              "Integrated Care Board", "in_attendance"),
        att("Lorraine Beech", "Head of Primary Care Contracting, Severnshire and Wrexford "
                              "Integrated Care Board", "in_attendance"),
    ],
}

GOLD_REPORT = {"document": REPORT, "doc_type": "report"}


def write_gold() -> None:
    for g in (GOLD_MINUTES, GOLD_REPORT):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")


# --------------------------------------------------------------------------- check

def norm(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path: Path) -> str:
    d = Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            seen = set()
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                parts.append(c.text)
    return "\n".join(parts)


def check() -> int:
    errors = 0
    for g in (GOLD_MINUTES, GOLD_REPORT):
        path = DOCS / g["document"]
        gold_path = GOLD / (Path(g["document"]).stem + ".json")
        if not path.exists() or not gold_path.exists():
            print(f"MISSING {path.name} or its gold")
            errors += 1
            continue
        if json.loads(gold_path.read_text(encoding="utf-8")) != g:
            print(f"STALE gold file {gold_path.name}")
            errors += 1
        text = " " + norm(docx_text(path)) + " "
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
            assert row["kind"] in {"question", "concern", "request", "comment"}
            assert set(row["themes"]) <= THEMES, row
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
            assert row["outcome"] in {"noted", "agreed", "recommended", "deferred",
                                      "rejected", "other"}
            assert set(row["themes"]) <= THEMES, row
        for kind, ph in phrases:
            n = len(norm(ph).split())
            count = text.count(" " + norm(ph) + " ")
            ok = count == 1 and 6 <= n <= 15
            if not ok:
                errors += 1
                print(f"FAIL {path.name} {kind} ({n} words, {count} hits): {ph}")
        for a in g.get("attendees", []):
            if norm(a["name"]) not in text:
                errors += 1
                print(f"FAIL attendee not found: {a['name']}")
            if a["role"] and norm(a["role"]) not in text:
                errors += 1
                print(f"FAIL role not found: {a['role']}")
        for it in g.get("items", []):
            if norm(it["title"]) not in text:
                errors += 1
                print(f"FAIL item title not found: {it['title']}")
        print(f"checked {path.name}: {len(phrases)} phrases")
    print("OK" if not errors else f"{errors} problem(s)")
    return 1 if errors else 0


def main() -> int:
    if "--check" in sys.argv[1:]:
        return check()
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes()
    build_report()
    write_gold()
    print(f"wrote {DOCS / MINUTES}\nwrote {DOCS / REPORT}\nwrote gold files to {GOLD}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
