#!/usr/bin/env python3
"""Build the "ij-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ij.py           build documents/ij-* and gold/ij-*.json
        build_ij.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401  (kept for clarity of intent)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES = "ij-cranmoor-overview-scrutiny-committee-2026-01-22.docx"
SCOPING = "ij-cranmoor-damp-mould-task-group-scoping.docx"

FIXED = dt.datetime(2026, 1, 27, 9, 30, 0)
ZIP_TIME = (2026, 1, 27, 9, 30, 0)

THEME_SLUGS = {
    "privatisation", "subcontracting", "patient-and-public-input", "public-health",
    "finance", "governance", "integration", "workforce", "primary-care", "mental-health",
    "children-and-families", "adult-social-care", "housing",
}

INDENT = Cm(2.75)
FONT = "Arial"


# --------------------------------------------------------------------------- helpers

def set_cell_borders_none(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def set_table_borders_single(table, size=4):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(size))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tblPr.append(borders)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def add_field(run, instr):
    """Append a simple field (PAGE, NUMPAGES) to a run."""
    fld_begin = OxmlElement("w:fldChar")
    fld_begin.set(qn("w:fldCharType"), "begin")
    instr_el = OxmlElement("w:instrText")
    instr_el.set(qn("xml:space"), "preserve")
    instr_el.text = f" {instr} "
    fld_sep = OxmlElement("w:fldChar")
    fld_sep.set(qn("w:fldCharType"), "separate")
    txt = OxmlElement("w:t")
    txt.text = "1"
    fld_end = OxmlElement("w:fldChar")
    fld_end.set(qn("w:fldCharType"), "end")
    for el in (fld_begin, instr_el, fld_sep, txt, fld_end):
        run._r.append(el)


def add_hyperlink(paragraph, text, url):
    part = paragraph.part
    r_id = part.relate_to(
        url,
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
        is_external=True,
    )
    hl = OxmlElement("w:hyperlink")
    hl.set(qn("r:id"), r_id)
    new_run = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    rstyle = OxmlElement("w:color")
    rstyle.set(qn("w:val"), "0563C1")
    rPr.append(rstyle)
    u = OxmlElement("w:u")
    u.set(qn("w:val"), "single")
    rPr.append(u)
    new_run.append(rPr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    new_run.append(t)
    hl.append(new_run)
    paragraph._p.append(hl)


def base_document():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    st.paragraph_format.space_after = Pt(8)
    st.paragraph_format.space_before = Pt(0)
    for name in ("List Bullet", "Heading 1", "Heading 2", "Title"):
        s = doc.styles[name]
        s.font.name = FONT
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = Cm(2.0)
    sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    return doc


def fix_properties(doc, title, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""


def save_deterministic(doc, path: Path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------- minutes

class Minutes:
    def __init__(self):
        self.doc = base_document()
        self._setup_header_footer()

    def _setup_header_footer(self):
        sec = self.doc.sections[0]
        sec.different_first_page_header_footer = True
        # first-page header: the council's name where the logo sits
        fp = sec.first_page_header.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = fp.add_run("Cranmoor")
        r.bold = True
        r.font.size = Pt(20)
        r.font.color.rgb = RGBColor(0x00, 0x5E, 0x7B)
        r = fp.add_run(" Council")
        r.font.size = Pt(20)
        r.font.color.rgb = RGBColor(0x00, 0x5E, 0x7B)
        # other pages: no header text; footer with committee, date and page
        for footer in (sec.footer, sec.first_page_footer):
            p = footer.paragraphs[0]
            p.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT)
            r = p.add_run("Overview and Scrutiny Committee\tThursday, 22 January 2026")
            r.font.size = Pt(9)
            p2 = footer.add_paragraph()
            p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p2.add_run()
            r.font.size = Pt(9)
            add_field(r, "PAGE")

    # -- building blocks
    def top_table(self, rows):
        t = self.doc.add_table(rows=0, cols=2)
        set_cell_borders_none(t)
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        t.autofit = False
        for label, value, big in rows:
            cells = t.add_row().cells
            cells[0].width = Cm(4.5)
            cells[1].width = Cm(12.5)
            p = cells[0].paragraphs[0]
            r = p.add_run(label)
            r.font.size = Pt(12)
            p = cells[1].paragraphs[0]
            r = p.add_run(value)
            if big:
                r.bold = True
                r.font.size = Pt(16)
        return t

    def para(self, text, indent=True, bold=False, italic=False, after=8):
        p = self.doc.add_paragraph()
        if indent:
            p.paragraph_format.left_indent = INDENT
        p.paragraph_format.space_after = Pt(after)
        if isinstance(text, str):
            r = p.add_run(text)
            r.bold = bold
            r.italic = italic
        else:
            for chunk, b, i in text:
                r = p.add_run(chunk)
                r.bold = b
                r.italic = i
        return p

    def item(self, number, title, keep_with_next=True):
        p = self.doc.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = INDENT
        pf.first_line_indent = -INDENT
        pf.tab_stops.add_tab_stop(INDENT)
        pf.space_before = Pt(10)
        pf.space_after = Pt(6)
        pf.keep_with_next = keep_with_next
        r = p.add_run(f"{number}\t{title}")
        r.bold = True
        return p

    def bullet(self, text):
        p = self.doc.add_paragraph(style="List Bullet")
        p.paragraph_format.left_indent = Cm(3.5)
        p.paragraph_format.first_line_indent = Cm(-0.63)
        p.paragraph_format.space_after = Pt(6)
        p.add_run(text)
        return p

    def resolved(self, label, clauses):
        p = self.para(label, bold=True, after=4)
        p.paragraph_format.keep_with_next = True
        if isinstance(clauses, str):
            self.para(clauses)
            return
        for n, clause in enumerate(clauses, 1):
            q = self.doc.add_paragraph()
            q.paragraph_format.left_indent = INDENT + Cm(0.75)
            q.paragraph_format.first_line_indent = Cm(-0.75)
            q.paragraph_format.tab_stops.add_tab_stop(INDENT + Cm(0.75))
            q.paragraph_format.space_after = Pt(4)
            q.add_run(f"{n}.\t{clause}")
        self.doc.paragraphs[-1].paragraph_format.space_after = Pt(8)


def build_minutes(path: Path):
    m = Minutes()
    doc = m.doc

    m.top_table([
        ("Minutes of", "Overview and Scrutiny Committee", True),
        ("Meeting date", "Thursday, 22 January 2026", False),
        ("Members present:",
         "Councillor Alan Whitworth (Chair), Councillor Ruth Ashcroft (Vice-Chair) and "
         "Councillors Imran Bhatti, Sandra Clegg, Martin Dewhurst, Gail Fazackerley, "
         "Tom Hindle, Nadia Khan, Paul Leyland and Kath Rigby", False),
        ("Other Members:",
         "Councillor Peter Gorton (Executive Member (Resources))", False),
        ("Officers:",
         "Helen Barraclough (Director of Finance), Simon Aspinall (Director of Change and "
         "Delivery), Rachel Ormerod (Head of Communities), Daniel Pilling (Community Safety "
         "Manager), Karen Eastham (Performance and Partnerships Manager) and Joanne Seddon "
         "(Democratic and Member Services Officer)", False),
        ("Apologies:", "Councillors Brian Marsden and Christine Walsh", False),
        ("Also in attendance:",
         "Chief Inspector Mark Goulding (District Commander, Brackshire Constabulary), "
         "Sergeant Lisa Haworth (Neighbourhood Policing Team, Brackshire Constabulary), "
         "Station Manager Andrew Crossley (Brackshire Fire and Rescue Service), Julie "
         "Hesketh (Associate Director of Primary Care, Brackshire and Lyme Vale Integrated "
         "Care Board) and Dr Owen Kershaw (Clinical Director, Cranmoor Primary Care Network)",
         False),
    ])
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    p = m.para("A video recording of the public session of this meeting is available to view on YouTube ",
               indent=False)
    add_hyperlink(p, "here", "https://www.youtube.com/@CranmoorCouncil/streams")

    # 41 ---------------------------------------------------------------
    m.item("25.OSC.41", "Declarations of Any Interests")
    m.para("Councillor Nadia Khan declared a non-pecuniary interest in item 25.OSC.44 "
           "(Community Safety Partnership) as a trustee of Cranmoor Women's Refuge. She "
           "remained in the meeting and took part in the discussion of that item.")

    # 42 ---------------------------------------------------------------
    m.item("25.OSC.42", "Minutes of meeting Thursday, 20 November 2025 of Overview and Scrutiny Committee")
    m.resolved("Resolved:",
               "That the minutes of the Overview and Scrutiny Committee held on 20 November "
               "2025 be confirmed as a correct record for signing by the Chair.")

    # 43 ---------------------------------------------------------------
    m.item("25.OSC.43", "Public Questions")
    m.para("One public question had been received, from Mrs Janet Openshaw, a resident of "
           "Holmbank. Mrs Openshaw was unable to attend the meeting and the Chair read out "
           "the question on her behalf:")
    m.para([("\u201cSince the public toilets at Holmbank Recreation Ground were closed in the "
             "summer, older residents and families with young children have told me they no "
             "longer visit the park. Will the Council commit to reopening them before the "
             "next summer season, and what would it cost to do so?\u201d", False, True)])
    m.para("Councillor Peter Gorton, Executive Member (Resources), responded that the toilets "
           "had been closed in July following repeated vandalism and damage to the water "
           "supply. The estimated cost of refurbishing the block to a standard that could be "
           "kept open was \u00a338,000, which had not been included in the draft capital "
           "programme. Officers were, however, in discussion with Holmbank Community "
           "Association about a community-managed model, and a report on the options would "
           "be taken to Executive Cabinet in March. A written response would be sent to "
           "Mrs Openshaw.")

    # 44 ---------------------------------------------------------------
    m.item("25.OSC.44", "Community Safety Partnership")
    m.para("The Committee, in its capacity as the Council\u2019s crime and disorder committee, "
           "received a presentation from Chief Inspector Mark Goulding, District Commander, "
           "and Daniel Pilling, Community Safety Manager, on the work of the Cranmoor "
           "Community Safety Partnership during 2025 and the partnership\u2019s priorities for "
           "2026/27.")
    m.para("The presentation highlighted that overall recorded crime in the borough had "
           "fallen by 4% compared with the previous year, although shoplifting had increased "
           "by 21% and was concentrated in Cranmoor town centre and at the Crossfold retail "
           "park. The partnership\u2019s priorities for the coming year would be anti-social "
           "behaviour, serious violence, domestic abuse and retail crime. Chief Inspector "
           "Goulding also reported that the neighbourhood policing team had been "
           "restructured in October, with two sergeants and eleven police community "
           "support officers (PCSOs) now covering the borough, and that the front counter at "
           "Cranmoor police station had closed on 1 December 2025.")
    m.para("Members asked about the reduction in the number of PCSOs since 2023 and whether "
           "this had affected the visibility of officers in the rural parts of the borough. "
           "Chief Inspector Goulding acknowledged that PCSO numbers had reduced from fifteen "
           "to eleven as a result of the Constabulary\u2019s budget position, but explained "
           "that officers were now deployed using a \u201chotspot\u201d model based on demand "
           "data and that every ward still had a named PCSO. He undertook to provide ward "
           "level patrol figures to Members.")
    m.para("Councillor Kath Rigby raised concerns about anti-social behaviour involving "
           "off-road motorbikes on the old railway line between Brindley Green and Heapey "
           "Moss, which residents had reported repeatedly without any visible response. "
           "Sergeant Haworth advised that a dedicated operation had been running since "
           "November, two bikes had been seized under section 59 of the Police Reform Act "
           "2002, and residents were encouraged to keep reporting incidents through the "
           "online portal so that patrols could be targeted at the right times.")
    m.para("In response to a question about the rise in shoplifting, the Community Safety "
           "Manager explained that the partnership had set up a retailers\u2019 forum with "
           "the Cranmoor Business Improvement District and was sharing images of prolific "
           "offenders with shops through a secure app. Members queried whether the increase "
           "was linked to the cost of living; Chief Inspector Goulding said that a large "
           "proportion of offences were committed by a small number of people with drug or "
           "alcohol dependency and that referrals to the substance misuse service had been "
           "built into the retail crime plan, alongside enforcement.")
    m.para("Councillor Imran Bhatti asked what was being done to stop young people under the "
           "age of eighteen from buying vapes, noting that several shops near secondary "
           "schools in Cranmoor were believed to be selling to children. The Head of "
           "Communities advised that Trading Standards at Brackshire County Council carried "
           "out test purchasing in the borough on the partnership\u2019s behalf and that "
           "test purchases in 2025 had led to one prosecution and two formal warnings. The "
           "Council\u2019s licensing team would also be writing to every retailer in the "
           "borough before the Easter holidays to remind them of the law.")
    m.para("Councillor Sandra Clegg commented that the closure of the front counter at "
           "Cranmoor police station had made it harder for older residents, who were less "
           "likely to use online reporting, to contact the police in person.")
    m.para("Members requested that future reports include a breakdown of domestic abuse "
           "incidents by ward and information on the availability of safe accommodation "
           "for victims fleeing abuse. The Community Safety Manager confirmed that the "
           "Council\u2019s Safe Accommodation Strategy was being refreshed jointly with "
           "Brackshire County Council and that the draft would be shared with the Committee "
           "when it was available.")
    m.para("In response to a question from Councillor Martin Dewhurst regarding the number "
           "of deliberate fires in the borough, Station Manager Crossley explained that "
           "deliberate secondary fires, mainly involving refuse and grassland, had risen over "
           "the summer months and that the fire service was working with the Council\u2019s "
           "streetscene team to remove fly-tipped waste more quickly.")
    m.resolved("Resolved (unanimously):", [
        "That the presentation be noted.",
        "That the thanks of the Committee be passed to Brackshire Constabulary and the "
        "partner organisations for their attendance.",
        "That ward level patrol figures and domestic abuse figures be circulated to all "
        "Members of the Committee.",
    ])

    # 45 ---------------------------------------------------------------
    m.item("25.OSC.45", "Access to Primary Care in Cranmoor")
    m.para("Julie Hesketh, Associate Director of Primary Care at Brackshire and Lyme Vale "
           "Integrated Care Board (ICB), and Dr Owen Kershaw, Clinical Director of Cranmoor "
           "Primary Care Network, attended the meeting and presented a report on access to "
           "GP services in the borough. The report set out the number of appointments "
           "offered by the eight practices in Cranmoor, the proportion seen on the same day, "
           "the results of the most recent GP Patient Survey and the ICB\u2019s plans for "
           "recovering access to general practice. The Committee had asked for the report "
           "following a number of complaints from residents about getting through to their "
           "surgery by telephone.")
    m.para("Members raised a number of questions, and the following points were noted:")
    m.bullet("Members expressed concern that residents were still being told to telephone "
             "their practice at 8am and were often unable to get through. The Associate "
             "Director explained that all practices in the borough had now moved to "
             "cloud-based telephony, which allowed calls to be queued and call-backs to be "
             "offered, and that online consultation requests would be available throughout "
             "the day at every practice from April 2026.")
    m.bullet("A Member asked how many GPs were working in the borough compared with five "
             "years ago. Dr Kershaw said that the number of fully qualified GPs had remained "
             "broadly the same, but the primary care network now employed 46 staff in "
             "additional roles, including clinical pharmacists, physiotherapists and mental "
             "health practitioners, through the national reimbursement scheme.")
    m.bullet("Councillor Gail Fazackerley asked whether patients of the Crossfold branch "
             "surgery, which had been closed temporarily since the summer, would be "
             "consulted before any decision was made on its future. The Associate Director "
             "confirmed that the practice had applied to the ICB to close the branch "
             "permanently and that a six-week patient engagement exercise, including "
             "drop-in sessions at Crossfold Community Centre, would begin in February.")
    m.bullet("Members raised concerns about the lack of NHS dentists accepting new adult "
             "patients in the borough. It was acknowledged that this was a significant "
             "problem across Brackshire; the ICB had commissioned additional urgent dental "
             "sessions at two practices in Cranmoor town centre and would report back on "
             "the national reforms when these were known.")
    m.bullet("Members requested that practice-level data on the time patients waited for a "
             "routine appointment be shared with the Committee.")
    m.para("The Vice-Chair, as the Council\u2019s representative on the Brackshire County "
           "Council Health Scrutiny Committee, gave a brief update on that committee\u2019s "
           "meeting of 10 December 2025, which had considered winter pressures and "
           "discharge arrangements at Brackshire General Hospital. Members asked whether "
           "delays in discharging patients from hospital into care homes were affecting "
           "Cranmoor residents in particular and were advised that the figures were not "
           "broken down by district, but that the Vice-Chair would ask the County Council "
           "for this information.")
    m.resolved("Resolved:", [
        "That the report and the update be noted.",
        "That the ICB be asked to provide practice-level appointment data to the "
        "Committee and to attend a further meeting in six months\u2019 time.",
        "That the Committee respond to the ICB\u2019s engagement on the future of the "
        "Crossfold branch surgery, with the final wording delegated to the Chair and "
        "Vice-Chair.",
    ])

    # 46 ---------------------------------------------------------------
    m.item("25.OSC.46", "Quarter Two Performance Monitoring Report 2025/26")
    m.para("The Committee considered the report of the Director of Change and Delivery which "
           "set out the performance of the Council against the Corporate Strategy and the "
           "key performance indicators for the second quarter of 2025/26, 1 July to "
           "30 September 2025. Councillor Peter Gorton, Executive Member (Resources), "
           "introduced the report and advised that overall performance was good, with 82% "
           "of Corporate Strategy projects rated green and 74% of key performance "
           "indicators performing on or above target. Indicators performing below target "
           "had action plans set out in the report.")
    m.para("Members asked about the number of households in temporary accommodation, which "
           "had risen to 64 at the end of the quarter against a target of 40. The Director "
           "of Change and Delivery explained that demand for homelessness services had "
           "increased sharply, largely because of evictions from the private rented sector, "
           "and that the Council had purchased six properties through its capital programme "
           "to reduce the use of bed and breakfast accommodation. A further four properties "
           "would be acquired before the end of the financial year. In response to a "
           "question regarding staff sickness absence, which at 9.2 days per full time "
           "equivalent was above the target of 8 days, the Director advised that long term "
           "absence accounted for most of the days lost, with stress and musculoskeletal "
           "conditions the main causes, and that the Council\u2019s wellbeing offer had been "
           "extended to include on-site physiotherapy and access to counselling.")
    m.para("Councillor Tom Hindle queried why the percentage of major planning applications "
           "determined within the statutory period had dropped to 60%. The Executive Member "
           "(Resources) stated that two complex applications had been delayed by late "
           "responses from statutory consultees and that the figure was expected to recover "
           "in quarter three.")
    m.para("Members asked whether the leisure centres, which had been brought back in-house "
           "in April 2024, were now covering their costs. The Director of Finance confirmed "
           "that income from memberships was 12% above the budgeted level and that the "
           "subsidy required from the Council had reduced by \u00a3210,000 compared with the "
           "final year of the previous management contract.")
    m.resolved("Resolved:",
               "That the Quarter Two performance monitoring report be noted.")

    # 47 ---------------------------------------------------------------
    m.item("25.OSC.47", "Draft Budget and Summary Position over the Medium Term 2026/27 to 2028/29")
    m.para("Councillor Peter Gorton, Executive Member (Resources), presented the draft budget "
           "report, which had been considered by Executive Cabinet on 15 January 2026. The "
           "report set out the draft budget proposals for 2026/27, including a proposed "
           "council tax increase of 2.99%, new investment of \u00a31.1 million and savings and "
           "efficiencies of \u00a3850,000, together with a forecast budget gap of \u00a32.4 "
           "million in 2028/29 before further savings were identified. The budget "
           "consultation with residents had closed on 9 January 2026 and 1,012 responses had "
           "been received, the highest number for several years.")
    m.para("Councillor Nadia Khan asked how confident officers were that the savings of "
           "\u00a3850,000 could be achieved, given that some savings in the current year had "
           "slipped. The Director of Finance explained that each saving had been assessed for "
           "deliverability, that \u00a3520,000 related to contracts that had already been "
           "renegotiated, and that a contingency of \u00a3200,000 had been built into the "
           "budget to cover any slippage.")
    m.para("Members expressed concern about the proposal to increase the garden waste "
           "collection charge from \u00a340 to \u00a345 a year and the possible effect on "
           "take-up. The Executive Member (Resources) said that the charge would remain below "
           "the average for Brackshire districts and that take-up had not fallen when the "
           "charge was last increased.")
    m.para("A question was asked about the level of general reserves. The Director of Finance "
           "confirmed that general reserves were forecast to be \u00a34.3 million at 31 March "
           "2026, which was above the minimum level set out in her statement on the "
           "robustness of the estimates, but cautioned that reserves could only be spent "
           "once and should not be used to balance the budget on an ongoing basis.")
    m.para("Councillor Paul Leyland suggested that the Council should consider bringing the "
           "waste collection contract, which was due to end in March 2028, back in-house as "
           "it had done with leisure, and asked whether an options appraisal had been "
           "carried out. The Executive Member (Resources) advised that an options appraisal, "
           "covering a retendered contract, a wholly owned company and direct delivery by "
           "the Council, would be presented to Executive Cabinet in the autumn.")
    m.para("Members commented that the consultation results showed strong support for "
           "investment in town centre events and asked that in future years the responses "
           "be broken down by ward.")
    m.resolved("Resolved:", [
        "That the Committee recommend to Executive Cabinet that the proposed increase in "
        "the garden waste charge be reconsidered in the light of the concerns raised by "
        "Members.",
        "That the options appraisal for the future of the waste collection service be "
        "brought to this Committee for pre-decision scrutiny before a decision is taken.",
    ])

    # 48 ---------------------------------------------------------------
    m.item("25.OSC.48", "Scrutiny Task Group - Damp and Mould in Private Rented Homes: Draft Scope")
    m.para("The Committee considered the draft scoping document for its next task group "
           "review, which would examine the Council\u2019s approach to tackling damp and mould "
           "in privately rented homes following the introduction of Awaab\u2019s Law in the "
           "social housing sector. The Chair explained that the review would focus on "
           "enforcement, advice to tenants and landlords, and joint working with health "
           "partners, and would report to the Committee in July 2026.")
    m.para("Councillor Ruth Ashcroft asked whether registered providers of social housing "
           "would be included. The Chair replied that they would be invited to give "
           "evidence, but that the main focus would remain the private rented sector, where "
           "the Council had direct enforcement powers. Members requested that the task group "
           "hear from tenants directly and not only from landlords and letting agents. It "
           "was agreed that a short survey of tenants would be carried out through the "
           "Council\u2019s website and social media channels.")
    m.resolved("Resolved:", [
        "That the scope of the task group review be approved, subject to the inclusion of "
        "a survey of private tenants.",
        "That Councillors Ruth Ashcroft, Imran Bhatti, Sandra Clegg, Gail Fazackerley and "
        "Kath Rigby be appointed to the task group, with Councillor Ashcroft as lead member.",
    ])

    # 49 ---------------------------------------------------------------
    m.item("25.OSC.49", "Executive Cabinet Forward Plan")
    m.para("The Committee considered the Executive Cabinet Forward Plan for the period "
           "1 February to 31 May 2026.")
    m.para("Councillor Martin Dewhurst asked when the key decision on the disposal of the "
           "former Eccleswood depot would be taken, as it had already been deferred twice. "
           "The Director of Change and Delivery advised that legal advice on a restrictive "
           "covenant was awaited and that the item would now be considered in April.")
    m.para("The Committee noted the Executive Cabinet Forward Plan for the period.")

    # 50 ---------------------------------------------------------------
    m.item("25.OSC.50", "Overview and Scrutiny Work Programme 2025/26")
    m.para("The Democratic and Member Services Officer presented the work programme for the "
           "remainder of 2025/26 and the items already suggested for 2026/27.")
    m.para("Councillor Sandra Clegg suggested that the bus operator be invited to a future "
           "meeting to explain the withdrawal of the evening service to Heapey Moss. The "
           "Chair agreed to discuss this with officers and with Brackshire County Council as "
           "the transport authority.")
    m.resolved("Resolved:",
               "That the work programme be approved, subject to the addition of the items "
               "agreed under minutes 25.OSC.44, 25.OSC.47 and 25.OSC.48.")

    # signature ----------------------------------------------------------
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.0))
    p.add_run("Chair\tDate")

    fix_properties(doc, "Minutes of Overview and Scrutiny Committee, 22/01/2026", "Joanne Seddon")
    save_deterministic(doc, path)


# --------------------------------------------------------------------------- scoping document

def build_scoping(path: Path):
    doc = base_document()
    st = doc.styles["Normal"]
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Cranmoor Council")
    r.bold = True
    r.font.color.rgb = RGBColor(0x00, 0x5E, 0x7B)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Agenda Page ")
    r.font.size = Pt(9)
    r = fp.add_run()
    r.font.size = Pt(9)
    add_field(r, "PAGE")

    def heading(text, size=14):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
        return p

    # report cover table
    t = doc.add_table(rows=0, cols=2)
    set_table_borders_single(t)
    for label, value in [
        ("Report of", "Director of Change and Delivery"),
        ("Meeting", "Overview and Scrutiny Committee"),
        ("Date", "Thursday, 22 January 2026"),
        ("Is this report confidential?", "No"),
        ("Is this decision key?", "Not applicable"),
    ]:
        cells = t.add_row().cells
        cells[0].width = Cm(6)
        cells[1].width = Cm(11)
        shade(cells[0], "D9E2F3")
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(value)
    doc.add_paragraph()
    heading("Scrutiny Task Group: Damp and Mould in Private Rented Homes \u2013 Draft Scoping Document", 14)

    heading("Purpose of the Report", 12)
    doc.add_paragraph("1.\tTo present the draft scope for the Committee\u2019s next task group "
                      "review, on how the Council tackles damp and mould in privately rented "
                      "homes, and to ask the Committee to agree the scope and the membership of "
                      "the task group.")
    heading("Recommendations to Overview and Scrutiny Committee", 12)
    doc.add_paragraph("2.\tThat the Committee approves the scope of the review set out at "
                      "Appendix A.")
    doc.add_paragraph("3.\tThat the Committee appoints five Members to the task group and "
                      "nominates a lead member.")
    heading("Reasons for recommendations", 12)
    doc.add_paragraph("4.\tThe topic was chosen at the Committee\u2019s work programming session "
                      "in June 2025, after Members reported a rise in casework from private "
                      "tenants living with damp and mould, and following the Coroner\u2019s "
                      "findings that led to Awaab\u2019s Law.")
    heading("Background to the report", 12)
    doc.add_paragraph("5.\tAround 7,400 homes in the borough are privately rented, about 17% "
                      "of the housing stock. In 2024/25 the Private Sector Housing team received "
                      "412 service requests about disrepair, of which 163 concerned damp and "
                      "mould. Fourteen improvement notices were served and one civil penalty "
                      "was issued.")
    doc.add_paragraph("6.\tAwaab\u2019s Law applies to social landlords from October 2025. The "
                      "Renters\u2019 Rights Act 2025 provides for the same requirements to be "
                      "applied to private landlords at a later date, which will be set out in "
                      "regulations.")

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    heading("Appendix A \u2013 Task Group Scoping Document", 13)
    t = doc.add_table(rows=0, cols=2)
    set_table_borders_single(t)
    rows = [
        ("Review title", "Damp and Mould in Private Rented Homes"),
        ("Lead Member", "To be appointed by the Overview and Scrutiny Committee"),
        ("Task group members", "Five Members of the Overview and Scrutiny Committee"),
        ("Lead officer", "Rachel Ormerod, Head of Communities"),
        ("Aim of the review",
         "To establish whether the Council is doing all it reasonably can to protect private "
         "tenants from the health risks of damp and mould, and to recommend improvements."),
        ("Objectives",
         "a) Understand the scale of damp and mould in the private rented sector in Cranmoor.\n"
         "b) Review how complaints from tenants are handled, from first contact to enforcement.\n"
         "c) Consider the advice and support available to landlords.\n"
         "d) Identify how health partners can refer households at risk."),
        ("Key questions",
         "1. How many privately rented homes are likely to have serious damp and mould?\n"
         "2. How quickly does the Council respond when a tenant reports damp and mould?\n"
         "3. Are tenants afraid to complain because of the risk of eviction?\n"
         "4. Does the Council have enough enforcement officers to inspect homes promptly?\n"
         "5. What can GPs, health visitors and school nurses do to identify children living "
         "in damp homes?\n"
         "6. What do other councils do that works well?"),
        ("Evidence sources",
         "Council data; interviews with officers and the Executive Member (Homes and Housing); "
         "a survey of tenants; landlords\u2019 forum; Citizens Advice Cranmoor; the ICB\u2019s "
         "public health team; good practice from other councils."),
        ("Outside scope", "Social housing owned by registered providers, except as comparison."),
        ("Timescale", "Evidence sessions February to May 2026; final report to the Committee in "
                      "July 2026 and to Executive Cabinet in September 2026."),
        ("Possible outcomes",
         "Recommendations to Executive Cabinet on enforcement policy, resources and joint "
         "working. Any recommendation with a cost will need to be considered as part of the "
         "2027/28 budget."),
    ]
    for label, value in rows:
        cells = t.add_row().cells
        cells[0].width = Cm(5)
        cells[1].width = Cm(12)
        shade(cells[0], "F2F2F2")
        cells[0].paragraphs[0].add_run(label).bold = True
        lines = value.split("\n")
        cells[1].paragraphs[0].add_run(lines[0])
        for line in lines[1:]:
            cells[1].add_paragraph(line)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Background papers: ").bold = True
    p.add_run("none. Report author: Joanne Seddon, Democratic and Member Services Officer, "
              "ext. 5123.")

    fix_properties(doc, "Task Group Scoping Document - Damp and Mould", "Joanne Seddon")
    save_deterministic(doc, path)


# --------------------------------------------------------------------------- gold

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def res(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


def minutes_gold():
    stem = MINUTES.rsplit(".", 1)[0]
    return stem, {
        "document": MINUTES,
        "doc_type": "minutes",
        "committee": "Overview and Scrutiny Committee",
        "meeting_date": "2026-01-22",
        "items": [
            {"number": "25.OSC.41", "title": "Declarations of Any Interests"},
            {"number": "25.OSC.42", "title": "Minutes of meeting Thursday, 20 November 2025 of Overview and Scrutiny Committee"},
            {"number": "25.OSC.43", "title": "Public Questions"},
            {"number": "25.OSC.44", "title": "Community Safety Partnership"},
            {"number": "25.OSC.45", "title": "Access to Primary Care in Cranmoor"},
            {"number": "25.OSC.46", "title": "Quarter Two Performance Monitoring Report 2025/26"},
            {"number": "25.OSC.47", "title": "Draft Budget and Summary Position over the Medium Term 2026/27 to 2028/29"},
            {"number": "25.OSC.48", "title": "Scrutiny Task Group - Damp and Mould in Private Rented Homes: Draft Scope"},
            {"number": "25.OSC.49", "title": "Executive Cabinet Forward Plan"},
            {"number": "25.OSC.50", "title": "Overview and Scrutiny Work Programme 2025/26"},
        ],
        "questions": [
            # 43 public question
            q("25.OSC.43", "question",
              "Will the Council commit to reopening them before the next summer season",
              "Mrs Janet Openshaw",
              "a report on the options would be taken to Executive Cabinet in March",
              "Councillor Peter Gorton", ["finance", "patient-and-public-input"]),
            # 44 community safety
            q("25.OSC.44", "question",
              "Members asked about the reduction in the number of PCSOs since 2023",
              None,
              "officers were now deployed using a hotspot model based on demand data",
              "Chief Inspector Goulding", ["workforce", "finance"]),
            q("25.OSC.44", "concern",
              "raised concerns about anti-social behaviour involving off-road motorbikes on the old railway line",
              "Councillor Kath Rigby",
              "a dedicated operation had been running since November",
              "Sergeant Haworth", []),
            q("25.OSC.44", "question",
              "In response to a question about the rise in shoplifting",
              None,
              "had set up a retailers\u2019 forum with the Cranmoor Business Improvement District",
              "the Community Safety Manager", []),
            q("25.OSC.44", "question",
              "Members queried whether the increase was linked to the cost of living",
              None,
              "referrals to the substance misuse service had been built into the retail crime plan",
              "Chief Inspector Goulding", ["public-health"]),
            q("25.OSC.44", "question",
              "what was being done to stop young people under the age of eighteen",
              "Councillor Imran Bhatti",
              "Trading Standards at Brackshire County Council carried out test purchasing",
              "The Head of Communities", ["public-health", "children-and-families"]),
            q("25.OSC.44", "comment",
              "commented that the closure of the front counter at Cranmoor police station",
              "Councillor Sandra Clegg", None, None, []),
            q("25.OSC.44", "request",
              "requested that future reports include a breakdown of domestic abuse incidents by ward",
              None,
              "Safe Accommodation Strategy was being refreshed jointly with Brackshire County Council",
              "The Community Safety Manager", ["housing"]),
            q("25.OSC.44", "question",
              "regarding the number of deliberate fires in the borough",
              "Councillor Martin Dewhurst",
              "working with the Council\u2019s streetscene team to remove fly-tipped waste more quickly",
              "Station Manager Crossley", []),
            # 45 primary care
            q("25.OSC.45", "concern",
              "residents were still being told to telephone their practice at 8am",
              None,
              "all practices in the borough had now moved to cloud-based telephony",
              "The Associate Director", ["primary-care"]),
            q("25.OSC.45", "question",
              "A Member asked how many GPs were working in the borough",
              None,
              "the primary care network now employed 46 staff in additional roles",
              "Dr Kershaw", ["primary-care", "workforce"]),
            q("25.OSC.45", "question",
              "asked whether patients of the Crossfold branch surgery",
              "Councillor Gail Fazackerley",
              "a six-week patient engagement exercise, including drop-in sessions at Crossfold Community Centre",
              "The Associate Director", ["primary-care", "patient-and-public-input"]),
            q("25.OSC.45", "concern",
              "Members raised concerns about the lack of NHS dentists accepting new adult patients",
              None,
              "the ICB had commissioned additional urgent dental sessions at two practices",
              None, ["primary-care"]),
            q("25.OSC.45", "request",
              "data on the time patients waited for a routine appointment be shared with the Committee",
              None, None, None, ["primary-care"]),
            q("25.OSC.45", "question",
              "delays in discharging patients from hospital into care homes were affecting Cranmoor residents",
              None,
              "the figures were not broken down by district",
              None, ["adult-social-care"]),
            # 46 performance
            q("25.OSC.46", "question",
              "Members asked about the number of households in temporary accommodation",
              None,
              "demand for homelessness services had increased sharply largely because of evictions",
              "The Director of Change and Delivery", ["housing", "finance"]),
            q("25.OSC.46", "question",
              "In response to a question regarding staff sickness absence",
              None,
              "long term absence accounted for most of the days lost",
              "the Director", ["workforce"]),
            q("25.OSC.46", "question",
              "queried why the percentage of major planning applications determined within the statutory period",
              "Councillor Tom Hindle",
              "two complex applications had been delayed by late responses from statutory consultees",
              "The Executive Member (Resources)", []),
            q("25.OSC.46", "question",
              "Members asked whether the leisure centres, which had been brought back in-house",
              None,
              "income from memberships was 12% above the budgeted level",
              "The Director of Finance", ["privatisation", "finance", "subcontracting"]),
            # 47 budget
            q("25.OSC.47", "question",
              "asked how confident officers were that the savings of \u00a3850,000 could be achieved",
              "Councillor Nadia Khan",
              "each saving had been assessed for deliverability",
              "The Director of Finance", ["finance", "subcontracting"]),
            q("25.OSC.47", "concern",
              "Members expressed concern about the proposal to increase the garden waste collection charge",
              None,
              "the charge would remain below the average for Brackshire districts",
              "The Executive Member (Resources)", ["finance"]),
            q("25.OSC.47", "question",
              "A question was asked about the level of general reserves",
              None,
              "general reserves were forecast to be \u00a34.3 million at 31 March 2026",
              "The Director of Finance", ["finance"]),
            q("25.OSC.47", "question",
              "suggested that the Council should consider bringing the waste collection contract",
              "Councillor Paul Leyland",
              "covering a retendered contract, a wholly owned company and direct delivery by the Council",
              "The Executive Member (Resources)", ["privatisation", "subcontracting"]),
            q("25.OSC.47", "request",
              "asked that in future years the responses be broken down by ward",
              None, None, None, ["patient-and-public-input"]),
            # 48 task group scope
            q("25.OSC.48", "question",
              "asked whether registered providers of social housing would be included",
              "Councillor Ruth Ashcroft",
              "they would be invited to give evidence, but that the main focus",
              "The Chair", ["housing"]),
            q("25.OSC.48", "request",
              "requested that the task group hear from tenants directly",
              None,
              "a short survey of tenants would be carried out through the Council\u2019s website",
              None, ["housing", "patient-and-public-input"]),
            # 49 forward plan
            q("25.OSC.49", "question",
              "asked when the key decision on the disposal of the former Eccleswood depot",
              "Councillor Martin Dewhurst",
              "legal advice on a restrictive covenant was awaited",
              "The Director of Change and Delivery", ["governance"]),
            # 50 work programme
            q("25.OSC.50", "request",
              "suggested that the bus operator be invited to a future meeting",
              "Councillor Sandra Clegg",
              "Chair agreed to discuss this with officers and with Brackshire County Council",
              "The Chair", []),
        ],
        "resolutions": [
            res("25.OSC.42",
                "be confirmed as a correct record for signing by the Chair",
                "agreed", []),
            res("25.OSC.44",
                "That the thanks of the Committee be passed to Brackshire Constabulary",
                "agreed", []),
            res("25.OSC.45",
                "That the ICB be asked to provide practice-level appointment data",
                "agreed", ["primary-care", "patient-and-public-input"]),
            res("25.OSC.46",
                "That the Quarter Two performance monitoring report be noted",
                "noted", []),
            res("25.OSC.47",
                "recommend to Executive Cabinet that the proposed increase in the garden waste charge",
                "recommended", ["finance", "governance"]),
            res("25.OSC.48",
                "That the scope of the task group review be approved",
                "agreed", ["housing", "patient-and-public-input"]),
            res("25.OSC.49",
                "The Committee noted the Executive Cabinet Forward Plan for the period",
                "noted", []),
            res("25.OSC.50",
                "That the work programme be approved, subject to the addition of the items",
                "agreed", []),
        ],
        "attendees": [
            att("Councillor Alan Whitworth", "Chair", "present"),
            att("Councillor Ruth Ashcroft", "Vice-Chair", "present"),
            att("Imran Bhatti", None, "present"),
            att("Sandra Clegg", None, "present"),
            att("Martin Dewhurst", None, "present"),
            att("Gail Fazackerley", None, "present"),
            att("Tom Hindle", None, "present"),
            att("Nadia Khan", None, "present"),
            att("Paul Leyland", None, "present"),
            att("Kath Rigby", None, "present"),
            att("Councillor Peter Gorton", "Executive Member (Resources)", "in_attendance"),
            att("Helen Barraclough", "Director of Finance", "in_attendance"),
            att("Simon Aspinall", "Director of Change and Delivery", "in_attendance"),
            att("Rachel Ormerod", "Head of Communities", "in_attendance"),
            att("Daniel Pilling", "Community Safety Manager", "in_attendance"),
            att("Karen Eastham", "Performance and Partnerships Manager", "in_attendance"),
            att("Joanne Seddon", "Democratic and Member Services Officer", "in_attendance"),
            att("Brian Marsden", None, "apologies"),
            att("Christine Walsh", None, "apologies"),
            att("Chief Inspector Mark Goulding", "District Commander, Brackshire Constabulary", "in_attendance"),
            att("Sergeant Lisa Haworth", "Neighbourhood Policing Team, Brackshire Constabulary", "in_attendance"),
            att("Station Manager Andrew Crossley", "Brackshire Fire and Rescue Service", "in_attendance"),
            att("Julie Hesketh", "Associate Director of Primary Care, Brackshire and Lyme Vale Integrated Care Board", "in_attendance"),
            att("Dr Owen Kershaw", "Clinical Director, Cranmoor Primary Care Network", "in_attendance"),
        ],
    }


def scoping_gold():
    stem = SCOPING.rsplit(".", 1)[0]
    return stem, {"document": SCOPING, "doc_type": "report"}


# --------------------------------------------------------------------------- check

def docx_text(path: Path) -> str:
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


def norm(s: str, space: bool) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", " " if space else "", s)
    return re.sub(r"\s+", " ", s).strip()


def count(phrase: str, text: str, space: bool) -> int:
    p = " " + norm(phrase, space) + " "
    t = " " + norm(text, space) + " "
    n, i = 0, t.find(p)
    while i != -1:
        n += 1
        i = t.find(p, i + 1)
    return n


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("ij-*.json")):
        g = json.loads(gold_path.read_text())
        doc_path = DOCS / g["document"]
        text = docx_text(doc_path)
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["answer"]))
            for th in row["themes"]:
                if th not in THEME_SLUGS:
                    print(f"{gold_path.name}: unknown theme {th}")
                    bad += 1
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
            for th in row["themes"]:
                if th not in THEME_SLUGS:
                    print(f"{gold_path.name}: unknown theme {th}")
                    bad += 1
        for kind, ph in phrases:
            words = max(len(norm(ph, False).split()), len(norm(ph, True).split()))
            for space in (False, True):
                c = count(ph, text, space)
                if c != 1:
                    print(f"{gold_path.name}: {kind} phrase found {c} times "
                          f"({'space' if space else 'removed'}): {ph!r}")
                    bad += 1
            if not 6 <= words <= 15:
                print(f"{gold_path.name}: {kind} phrase has {words} words: {ph!r}")
                bad += 1
        for item in g.get("items", []):
            if count(item["number"] + " " + item["title"], text, False) < 1:
                print(f"{gold_path.name}: item heading not found: {item['number']} {item['title']}")
                bad += 1
        for a in g.get("attendees", []):
            if count(a["name"], text, False) < 1:
                print(f"{gold_path.name}: attendee not found: {a['name']}")
                bad += 1
            if a["role"] and count(a["role"], text, False) < 1:
                print(f"{gold_path.name}: role not found: {a['role']}")
                bad += 1
        n = len(g.get("questions", [])) + len(g.get("resolutions", []))
        print(f"{gold_path.name}: {len(phrases)} phrases checked, {n} rows")
    print("check OK" if bad == 0 else f"check FAILED: {bad} problem(s)")
    return 0 if bad == 0 else 1


# --------------------------------------------------------------------------- main

def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES)
    build_scoping(DOCS / SCOPING)
    for stem, data in (minutes_gold(), scoping_gold()):
        (GOLD / f"{stem}.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {DOCS / MINUTES}\nwrote {DOCS / SCOPING}\nwrote gold files in {GOLD}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
