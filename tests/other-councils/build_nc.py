#!/usr/bin/env python3
"""Build the "nc-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_nc.py           build documents/nc-* and gold/nc-*.json
        build_nc.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import copy
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

MINUTES_NAME = "nc-sevenbridge-health-wellbeing-board-2025-07-17.docx"
REPORT_NAME = "nc-sevenbridge-hwb-report-pharmaceutical-needs-assessment-2025.pdf"

FIXED_DT = datetime(2025, 7, 21, 9, 30, 0)
ZIP_DT = (2025, 7, 21, 9, 30, 0)

# ---------------------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------------------

OPENING = (
    "Minutes of a meeting of the Sevenbridge Health and Wellbeing Board held on Thursday "
    "17th July 2025 at 4.00pm in Rooms 5.01 - 5.03, 5th Floor, Sevenbridge City Hall, "
    "40 Kingsway Row, London, SW1V 9QZ."
)

MEMBERS_PRESENT = (
    "Councillor Miriam Castellane (Chair), Councillor Daniel Achebe-Ward (Cabinet Member for "
    "Children and Young People), Councillor Rosalind Petrakis, Helen Marchbank (Bi-Borough "
    "Executive Director of Adult Social Care and Health), Dr Tobias Renshaw (Bi-Borough "
    "Director of Public Health), Gareth Lindqvist (Bi-Borough Executive Director of "
    "Children's Services), Dr Priya Venkataraman (Borough Director, Sevenbridge, North West "
    "Thames Integrated Care Board), Janet Osei-Bonsu (Director of Strategy, Tyburn Vale "
    "Hospitals NHS Foundation Trust), Olwen Fairbairn (Chair, Healthwatch Sevenbridge) and "
    "Andrew Kimura (Voluntary Sector Representative, One Sevenbridge)."
)

ALSO_PRESENT = (
    "Ellis Tranmere (Head of Health Partnerships), Farah Noorani (Public Health Principal "
    "and PNA Lead), Sophie Delacroix-Hart (Consultant in Public Health, Children and Young "
    "People), Matthew Quaye (Associate Director of Transformation, North West Thames ICB), "
    "Callum Brierley (Head of Housing Needs and Temporary Accommodation) and Natasha Ilori "
    "(Governance Officer)."
)

APOLOGIES = (
    "Councillor Liam Sarrazin, Professor Nadia Whitcombe (Chief Executive, Tyburn Vale "
    "Hospitals NHS Foundation Trust) and Dr Rachel Amadi (Clinical Director, Hallowgate and "
    "Queenshithe Primary Care Network)."
)

# Blocks: ("item", number, title) | ("para", number, text) | ("bullets", [texts])
#         ("resolved", number, lead or None, [clauses]) | ("resolved1", number, text)
BODY = [
    ("item", "1", "MEMBERSHIP"),
    ("para", "1.1",
     "Apologies for absence were received from Councillor Liam Sarrazin, Professor Nadia "
     "Whitcombe and Dr Rachel Amadi. Janet Osei-Bonsu attended as a substitute for Professor "
     "Whitcombe."),
    ("para", "1.2",
     "The Chair welcomed Andrew Kimura, who had succeeded Bernadette Clough as the voluntary "
     "sector representative on the Board, to his first meeting. The Chair placed on record "
     "the Board's thanks to Bernadette for her contribution over the previous six years."),

    ("item", "2", "DECLARATIONS OF INTEREST"),
    ("para", "2.1",
     "Olwen Fairbairn declared that she was a volunteer mentor with the Church Meadow Young "
     "People's Counselling Service, which was referred to in the report at item 6. She "
     "remained in the meeting for that item."),
    ("para", "2.2", "There were no other declarations of interest."),

    ("item", "3", "MINUTES AND ACTIONS"),
    ("resolved", "3.1", None, [
        "That the minutes of the meeting held on 20th March 2025 be agreed as a correct "
        "record of proceedings; and",
        "That the progress on the action tracker be noted.",
    ]),
    ("para", "3.2",
     "Under action 14 (GP appointment data), Olwen Fairbairn asked when the Board would "
     "receive the breakdown of GP appointment availability by Primary Care Network that had "
     "been promised at the previous meeting. Ellis Tranmere advised that the data had been "
     "requested from the Integrated Care Board and would be circulated to Board members "
     "ahead of the September meeting."),

    ("item", "4", "PHARMACEUTICAL NEEDS ASSESSMENT 2025"),
    ("para", "4.1",
     "Dr Tobias Renshaw introduced the report, reminding the Board that it had a statutory "
     "duty to publish a Pharmaceutical Needs Assessment (PNA) every three years and that "
     "the current assessment had to be replaced by 1st October 2025. The draft PNA had been "
     "published for the statutory 60-day consultation between 7th April and 6th June 2025 "
     "and 47 responses had been received, including responses from the Local Pharmaceutical "
     "Committee, Healthwatch Sevenbridge and 31 residents."),
    ("para", "4.2",
     "Farah Noorani presented the key findings. The assessment concluded that there was no "
     "current gap in the provision of necessary services in the City, with 58 community "
     "pharmacies and two distance-selling pharmacies serving the population. However, four "
     "pharmacies had closed since the last assessment, three of them in Tollbridge and "
     "Queenshithe wards, and the PNA identified an improvement to access in the evenings "
     "and on Sundays in the north of the City which would be kept under review."),
    ("para", "4.3",
     "Councillor Rosalind Petrakis expressed concern that the closure of two pharmacies on "
     "Tollbridge Road had left many older and disabled residents on the Cranmore Estate with "
     "a considerably longer walk to collect their prescriptions, and asked whether the "
     "assessment had taken account of residents with limited mobility. Farah Noorani "
     "explained that the assessment used travel-time measures consistent with national "
     "guidance and that 98% of residents lived within a 15-minute walk of a pharmacy. The "
     "home delivery services offered by local and distance-selling pharmacies had been "
     "mapped, and the concerns raised by Tollbridge residents through the consultation were "
     "summarised in section 7 of the final document."),
    ("para", "4.4",
     "Olwen Fairbairn asked how the ICB was monitoring the Pharmacy First service, noting "
     "that Healthwatch Sevenbridge continued to hear from residents who had been sent to a "
     "pharmacy for a Pharmacy First consultation only to be told that no pharmacist was "
     "available to see them. Dr Priya Venkataraman responded that the ICB had taken on "
     "delegated responsibility for pharmaceutical services in 2023 and was reviewing "
     "Pharmacy First activity data with each Primary Care Network monthly; pharmacies with "
     "repeated temporary closures were contacted by the ICB's primary care team."),
    ("para", "4.5",
     "In response to a question from the Chair about whether the Board could object to "
     "applications to open or relocate pharmacies, Dr Tobias Renshaw advised that the Board "
     "was consulted on market entry applications and would use the PNA as the basis of its "
     "response, but that decisions on applications were taken by the ICB's Pharmaceutical "
     "Services Regulations Committee."),
    ("para", "4.6",
     "Andrew Kimura asked how the consultation had reached residents whose first language "
     "was not English. Farah Noorani advised that the consultation summary had been "
     "translated into Arabic, Bengali and Portuguese and shared through the community "
     "champions network and the City's family hubs."),
    ("resolved", "4.7", "That the Board:", [
        "Approved the Pharmaceutical Needs Assessment 2025 for publication by 1st October "
        "2025;",
        "Delegated authority to the Bi-Borough Director of Public Health, in consultation "
        "with the Chair, to make any minor amendments to the PNA prior to publication; and",
        "Noted that supplementary statements would be published if there were further "
        "changes to pharmacy provision before the next full assessment.",
    ]),

    ("item", "5", "BETTER CARE FUND PLAN 2025-26"),
    ("para", "5.1",
     "Helen Marchbank introduced the report, which sought the Board's ratification of the "
     "Better Care Fund (BCF) Plan for 2025-26, submitted to NHS England on 31st March 2025 "
     "under delegated authority because of the national deadline. The pooled budget for "
     "2025-26 was £41.2 million, including the Discharge Fund of £3.9 million, and the plan "
     "had been developed jointly by the Council and the ICB. The national metrics for "
     "2025-26 had been reduced to three: emergency admissions, the time people spent in "
     "hospital once they were ready to leave, and long-term admissions to residential and "
     "nursing care. The City had met its target for reablement in 2024-25 but had not met "
     "the target for discharges to a person's usual place of residence, largely because of "
     "the number of people discharged from Tyburn Vale to placements outside the City. "
     "Matthew Quaye added that the plan had been aligned with the North West Thames winter "
     "plan and that the ICB's contribution had increased by 3.9% in line with the national "
     "minimum."),
    ("para", "5.2",
     "Janet Osei-Bonsu reported that Tyburn Vale Hospitals still had on average 36 patients "
     "a day who no longer met the criteria to reside, of whom around a third were "
     "Sevenbridge residents, and asked whether the additional discharge to assess beds "
     "funded through the plan would be in place before the winter. Helen Marchbank replied "
     "that 12 step-down beds at Fernleigh House had been commissioned from October 2025 and "
     "that the Council's brokerage team now worked seven days a week from the hospital's "
     "integrated discharge hub."),
    ("para", "5.3",
     "Councillor Daniel Achebe-Ward asked whether home care providers funded through the "
     "BCF were paying their care workers the London Living Wage, including for travel time "
     "between visits. Helen Marchbank confirmed that payment of the London Living Wage was a "
     "condition of all of the Council's home care contracts and that compliance was checked "
     "each year through contract monitoring, including a sample of staff payslips."),
    ("para", "5.4",
     "Andrew Kimura raised concern that grants to voluntary sector organisations funded "
     "through the BCF had again been rolled forward for a single year, which made it "
     "difficult for small charities to plan ahead and to retain their staff. Helen "
     "Marchbank acknowledged that this was a long-standing issue and explained that the "
     "Council could not commit funding beyond the national BCF settlement, which had again "
     "been confirmed for one year only."),
    ("para", "5.5",
     "The Chair asked that the review of BCF schemes due to report in the autumn consider "
     "multi-year funding arrangements for the voluntary and community sector."),
    ("resolved1", "5.6",
     "That the Board ratified the Better Care Fund Plan 2025-26 as submitted to NHS England "
     "on 31st March 2025."),

    ("item", "6",
     "CHILDREN AND YOUNG PEOPLE'S MENTAL HEALTH AND EMOTIONAL WELLBEING"),
    ("para", "6.1",
     "Gareth Lindqvist and Sophie Delacroix-Hart presented the report, which set out the "
     "local picture of children and young people's mental health and the progress made "
     "against the local transformation plan. Mental Health Support Teams were now working "
     "in 34 of the City's 52 schools; referrals to Child and Adolescent Mental Health "
     "Services (CAMHS) were 18% higher than two years earlier; and the median wait for a "
     "first CAMHS appointment had fallen from 16 weeks to 11 weeks over the year. The new "
     "single point of access for emotional wellbeing support had gone live in April 2025."),
    ("para", "6.2",
     "The Board discussed the report and the following points were raised:"),
    ("bullets", [
        "Councillor Daniel Achebe-Ward asked about the waiting list for neurodevelopmental "
        "assessments and what support was offered to families while they waited. Sophie "
        "Delacroix-Hart explained that 1,140 children and young people were waiting for an "
        "autism or ADHD assessment, with the longest waits over two years, and that a "
        "\u201cwaiting well\u201d offer, including parent workshops and a named contact, had "
        "been introduced in January 2025.",
        "Olwen Fairbairn asked how young people had been involved in designing the new "
        "single point of access. Gareth Lindqvist advised that the Sevenbridge Youth Council "
        "and a group of young people with lived experience of CAMHS had co-designed the "
        "referral form and the website, and would take part in the evaluation.",
        "Councillor Rosalind Petrakis expressed concern that Mental Health Support Teams did "
        "not yet cover the Tollbridge Pupil Referral Unit, where need was likely to be "
        "highest. Gareth Lindqvist advised that the Pupil Referral Unit would be included in "
        "the next wave of Mental Health Support Teams from January 2026, subject to "
        "confirmation of national funding.",
        "Dr Priya Venkataraman commented that the ICB had agreed to extend funding for the "
        "online counselling service for young people aged 16 to 25 for a further year, and "
        "that the transition from children's to adult mental health services remained a "
        "priority across North West Thames.",
    ]),
    ("para", "6.3",
     "The Chair requested that a further update, including the outcomes of the school-based "
     "pilot in Church Meadow, be brought to the Board in twelve months' time."),
    ("resolved1", "6.4",
     "That the Board noted the report and the priorities for 2025-26 set out in section 5."),

    ("item", "7", "HOUSING AND HEALTH: TEMPORARY ACCOMMODATION"),
    ("para", "7.1",
     "Callum Brierley introduced the report, which had been requested by the Board in March "
     "to help it understand the health impacts of living in temporary accommodation. There "
     "were 2,940 households in temporary accommodation, including 3,800 children, and 41% "
     "were placed outside the City because of the shortage and cost of suitable properties. "
     "The report set out the work of the joint health and housing group, including a "
     "specialist health visitor for families in temporary accommodation, a damp and mould "
     "response team and a pilot hospital housing liaison post at Tyburn Vale."),
    ("para", "7.2",
     "Dr Tobias Renshaw asked how the Council ensured that households placed outside the "
     "borough remained registered with a GP and kept their hospital appointments. Callum "
     "Brierley explained that all households were now given a health and wellbeing "
     "information pack on placement and that the resettlement team checked GP registration "
     "at the first visit; however, he acknowledged that the Council did not yet hold "
     "reliable data on registration for out-of-borough placements."),
    ("para", "7.3",
     "Councillor Rosalind Petrakis raised concerns about reports of damp and mould in "
     "private sector leased properties used as temporary accommodation, particularly where "
     "children had asthma, and asked whether the requirements of Awaab's Law would apply to "
     "these properties. Callum Brierley confirmed that the first phase of Awaab's Law, "
     "which would come into force in October 2025, applied to social landlords, but that "
     "the Council had decided to apply the same timescales for investigating hazards to all "
     "of its temporary accommodation, including private sector leased homes, from the same "
     "date."),
    ("para", "7.4",
     "Olwen Fairbairn requested that health visitors and GPs be notified automatically when "
     "families with babies or young children were moved between temporary accommodation "
     "placements."),
    ("para", "7.5",
     "Janet Osei-Bonsu noted that the Trust's emergency department saw a high number of "
     "attendances from people who were homeless or living in temporary accommodation, and "
     "welcomed the hospital housing liaison pilot, which the Trust hoped to continue beyond "
     "March 2026."),
    ("para", "7.6",
     "The Board noted the report and thanked officers for the joint work between health and "
     "housing services."),

    ("item", "8", "HEALTHWATCH SEVENBRIDGE ANNUAL REPORT 2024-25"),
    ("para", "8.1",
     "Olwen Fairbairn presented the annual report, highlighting that Healthwatch Sevenbridge "
     "had heard from 2,310 people during the year, had carried out Enter and View visits to "
     "four care homes and one mental health ward, and had published a survey of 640 "
     "residents on access to GP appointments which found that one in four respondents had "
     "given up trying to book an appointment at least once in the previous six months."),
    ("para", "8.2",
     "Councillor Daniel Achebe-Ward asked whether the survey had found differences between "
     "age groups in the use of online booking and the NHS App. Olwen Fairbairn replied that "
     "residents over 75 and those whose first language was not English were much less "
     "likely to book online, and that Healthwatch would be recommending that every practice "
     "kept a telephone and walk-in route for those who could not go online."),
    ("para", "8.3",
     "Helen Marchbank welcomed the findings of the Enter and View visits and commented that "
     "the recommendations on activities and mealtimes in care homes would be followed up by "
     "the Council's care home quality team with the providers concerned."),
    ("resolved1", "8.4",
     "That the Healthwatch Sevenbridge Annual Report 2024-25 be noted."),

    ("item", "9", "FORWARD PLAN"),
    ("para", "9.1",
     "Ellis Tranmere presented the Board's forward plan for 2025-26, noting that the "
     "September meeting would take the form of a development session on the refresh of the "
     "Joint Health and Wellbeing Strategy."),
    ("para", "9.2",
     "Olwen Fairbairn requested that an item on access to NHS dentistry for children be "
     "added to the forward plan, given the length of the waits reported to Healthwatch. "
     "Ellis Tranmere agreed to discuss timing with the ICB and suggested the January 2026 "
     "meeting."),
    ("resolved1", "9.3",
     "That the forward plan be agreed, subject to the addition of an item on access to NHS "
     "dentistry in January 2026."),

    ("item", "10", "ANY OTHER BUSINESS"),
    ("para", "10.1",
     "The Chair informed the Board that this would be Gareth Lindqvist's last meeting before "
     "his retirement and thanked him, on behalf of the Board, for his leadership of "
     "children's services across both boroughs."),
    ("para", "10.2",
     "It was noted that the next meeting of the Board would take place on Thursday 18th "
     "September 2025 at 4.00pm."),
]


def _set_cell_text(cell, text, bold=False, size=None, align=None):
    from docx.shared import Pt
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def _add_page_field(paragraph):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE \\* MERGEFORMAT")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


class _Numbering:
    """Restart Word's 'List Number' numbering for each RESOLVED block."""

    def __init__(self, doc):
        from docx.oxml.ns import qn
        self.qn = qn
        self.doc = doc
        style = doc.styles["List Number"]
        numpr = style.element.pPr.find(qn("w:numPr"))
        self.base_num_id = numpr.find(qn("w:numId")).get(qn("w:val"))
        self.numbering = doc.part.numbering_part.element
        abstract = None
        for num in self.numbering.findall(qn("w:num")):
            if num.get(qn("w:numId")) == self.base_num_id:
                abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        self.abstract_id = abstract
        self.next_id = 1 + max(int(n.get(qn("w:numId")))
                               for n in self.numbering.findall(qn("w:num")))

    def new_list(self):
        from docx.oxml import OxmlElement
        qn = self.qn
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(self.next_id))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), self.abstract_id)
        num.append(a)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        self.numbering.append(num)
        self.next_id += 1
        return self.next_id - 1

    def apply(self, paragraph, num_id):
        from docx.oxml import OxmlElement
        qn = self.qn
        pPr = paragraph._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), "0")
        nid = OxmlElement("w:numId")
        nid.set(qn("w:val"), str(num_id))
        numpr.append(ilvl)
        numpr.append(nid)
        pPr.insert(0, numpr) if pPr.find(qn("w:pStyle")) is None else \
            pPr.find(qn("w:pStyle")).addnext(numpr)


def _deterministic_zip(raw: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_minutes(path: Path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(8)
    for name in ("List Number", "List Bullet"):
        st = doc.styles[name]
        st.font.name = "Arial"
        st.font.size = Pt(11)

    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    sec.different_first_page_header_footer = True

    # running header (not on the first page) and page number footer on every page
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr = hp.add_run("Health and Wellbeing Board 17 July 2025")
    hr.font.size = Pt(9)
    hr.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    for footer in (sec.footer, sec.first_page_footer):
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _add_page_field(fp)

    # title block: "MINUTES" left, the council's name right, no borders
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    _set_cell_text(t.cell(0, 0), "MINUTES", bold=True, size=26)
    p = _set_cell_text(t.cell(0, 1), "City of Sevenbridge", bold=True, size=14,
                       align=WD_ALIGN_PARAGRAPH.RIGHT)
    doc.add_paragraph()

    p = doc.add_paragraph()
    r = p.add_run("Health and Wellbeing Board")
    r.bold = True
    r.font.size = Pt(16)

    p = doc.add_paragraph()
    r = p.add_run("MINUTES OF PROCEEDINGS")
    r.bold = True

    doc.add_paragraph(OPENING)

    for label, text in (("Members Present:", MEMBERS_PRESENT),
                        ("Also Present:", ALSO_PRESENT),
                        ("Apologies for Absence:", APOLOGIES)):
        p = doc.add_paragraph()
        p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        r = p.add_run(label)
        r.bold = True
        p.add_run(" " + text)

    numbering = _Numbering(doc)
    indent = Cm(1.27)

    def numbered_para(num, text=None, bold_lead=None):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = indent
        pf.first_line_indent = -indent
        pf.tab_stops.add_tab_stop(indent)
        p.add_run(num + "\t")
        if bold_lead:
            r = p.add_run(bold_lead)
            r.bold = True
        if text:
            p.add_run(text)
        return p

    def indented(text, bold=False):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = indent
        r = p.add_run(text)
        r.bold = bold
        return p

    for block in BODY:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = indent
            p.paragraph_format.first_line_indent = -indent
            p.paragraph_format.tab_stops.add_tab_stop(indent)
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.keep_with_next = True
            r = p.add_run(f"{num}\t{title}")
            r.bold = True
        elif kind == "para":
            _, num, text = block
            p = numbered_para(num, text)
            p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "bullets":
            for text in block[1]:
                p = doc.add_paragraph(text, style="List Bullet")
                p.paragraph_format.left_indent = Cm(1.9)
                p.paragraph_format.first_line_indent = Cm(-0.63)
                p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "resolved":
            _, num, lead, clauses = block
            p = numbered_para(num, None, "RESOLVED:")
            p.paragraph_format.keep_with_next = True
            if lead:
                indented(lead)
            nid = numbering.new_list()
            for c in clauses:
                cp = doc.add_paragraph(c, style="List Number")
                numbering.apply(cp, nid)
                cp.paragraph_format.left_indent = Cm(1.9)
                cp.paragraph_format.first_line_indent = Cm(-0.63)
        elif kind == "resolved1":
            _, num, text = block
            p = numbered_para(num, None, "RESOLVED:")
            p.paragraph_format.keep_with_next = True
            indented(text)
        else:  # pragma: no cover
            raise ValueError(kind)

    doc.add_paragraph()
    p = doc.add_paragraph("The Meeting ended at 6.07pm")
    doc.add_paragraph()
    sig = doc.add_table(rows=1, cols=2)
    _set_cell_text(sig.cell(0, 0), "CHAIR:\t____________________")
    _set_cell_text(sig.cell(0, 1), "DATE\t____________________")

    cp = doc.core_properties
    cp.author = "Natasha Ilori"
    cp.last_modified_by = "Natasha Ilori"
    cp.title = "Health and Wellbeing Board - Minutes - 17 July 2025"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_deterministic_zip(buf.getvalue()))


# ---------------------------------------------------------------------------------------
# The report (not minutes): a Board cover report in the council's template
# ---------------------------------------------------------------------------------------

REPORT_FRONT = [
    ("Meeting:", "Health and Wellbeing Board"),
    ("Date:", "17th July 2025"),
    ("Classification:", "General Release"),
    ("Title:", "Pharmaceutical Needs Assessment 2025"),
    ("Report of:", "Bi-Borough Director of Public Health"),
    ("Wards Involved:", "All"),
    ("Financial Summary:",
     "There are no direct financial implications arising from this report. The PNA was "
     "produced within the existing public health budget."),
    ("Report Author and Contact Details:",
     "Farah Noorani, Public Health Principal and PNA Lead\n"
     "fnoorani@sevenbridge.gov.example"),
]

REPORT_SECTIONS = [
    ("1. Executive Summary", [
        "1.1 Every Health and Wellbeing Board has a statutory duty to publish a "
        "Pharmaceutical Needs Assessment (PNA) for its area and to revise it at least every "
        "three years. The current Sevenbridge PNA was published in October 2022 and must be "
        "replaced by 1st October 2025.",
        "1.2 The draft PNA 2025 was published for a 60-day consultation from 7th April to "
        "6th June 2025. This report summarises the responses received, the changes made to "
        "the draft and the conclusions of the final assessment, which is attached as "
        "Appendix 1.",
    ]),
    ("2. Key Matters for the Board", [
        "2.1 The Board is asked to:",
        "a) Approve the final Pharmaceutical Needs Assessment 2025 for publication by 1st "
        "October 2025;",
        "b) Delegate authority to the Bi-Borough Director of Public Health, in consultation "
        "with the Chair, to make minor amendments prior to publication; and",
        "c) Note the process for issuing supplementary statements where there are changes "
        "to pharmacy provision between full assessments.",
        "2.2 The Board may also wish to consider the following questions: Does the "
        "assessment give sufficient weight to the closures in Tollbridge and Queenshithe? "
        "How should the Board respond to future applications to open or relocate a "
        "pharmacy in the north of the City?",
    ]),
    ("3. Background", [
        "3.1 Pharmaceutical services are commissioned by the North West Thames Integrated "
        "Care Board (ICB), which took on delegated responsibility from NHS England in April "
        "2023. The PNA is used by the ICB when it decides applications to join the "
        "pharmaceutical list, and by the Board when it is consulted on those applications.",
        "3.2 A steering group of the Council, the ICB, the Local Pharmaceutical Committee, "
        "the Local Medical Committee and Healthwatch Sevenbridge oversaw the assessment.",
    ]),
    ("4. Consultation", [
        "4.1 Forty-seven responses were received: 31 from residents, 9 from pharmacy "
        "contractors and 7 from organisations. The consultation asked:",
        "Q1. Has the purpose of the PNA been explained clearly?",
        "Q2. Do you agree that the draft PNA reflects the current provision of "
        "pharmaceutical services in Sevenbridge?",
        "Q3. Are there any needs for pharmaceutical services that have not been identified?",
        "Q4. Do you agree with the conclusions of the draft PNA?",
        "4.2 Most respondents (83%) agreed with the conclusions. The main themes raised were "
        "the closures on Tollbridge Road, the availability of pharmacists for Pharmacy "
        "First consultations and the limited opening on Sundays. Section 7 of the final PNA "
        "has been strengthened in response, and a table of responses and the steering "
        "group's replies is provided at Appendix 2.",
    ]),
    ("5. Conclusions of the Assessment", [
        "5.1 There are 58 community pharmacies and two distance-selling pharmacies in the "
        "City, a rate of 27.6 pharmacies per 100,000 population against an England average "
        "of 18.4. The assessment finds no current gap in the provision of necessary "
        "services. It identifies an improvement to access in the evenings and on Sundays in "
        "the north of the City, which the ICB will keep under review.",
    ]),
    ("6. Legal Implications", [
        "6.1 The duty to publish a PNA is set out in section 128A of the National Health "
        "Service Act 2006 and the NHS (Pharmaceutical and Local Pharmaceutical Services) "
        "Regulations 2013. Failure to publish a revised assessment by 1st October 2025 "
        "would leave the Board open to challenge.",
    ]),
    ("7. Financial Implications", [
        "7.1 None arising directly from this report.",
    ]),
]

REPORT_END = [
    "If you have any queries about this Report or wish to inspect any of the Background "
    "Papers please contact: Farah Noorani, fnoorani@sevenbridge.gov.example",
    "APPENDICES: Appendix 1 - Pharmaceutical Needs Assessment 2025 (final); Appendix 2 - "
    "Consultation responses and steering group replies.",
    "BACKGROUND PAPERS: Sevenbridge Pharmaceutical Needs Assessment 2022.",
]


def build_report(path: Path):
    from fpdf import FPDF

    font_dir = "/usr/share/fonts/truetype/dejavu/"
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime(2025, 7, 8, 12, 0, 0, tzinfo=timezone.utc))
    pdf.set_title("Pharmaceutical Needs Assessment 2025 - Health and Wellbeing Board report")
    pdf.set_author("City of Sevenbridge")
    pdf.add_font("DejaVu", "", font_dir + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", font_dir + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 20)

    def footer():
        pdf.set_y(-15)
        pdf.set_font("DejaVu", "", 8)
        pdf.cell(0, 5, str(pdf.page_no()), align="C")

    pdf.footer = footer  # type: ignore[assignment]
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "City of Sevenbridge", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 18)
    pdf.cell(0, 10, "Health and Wellbeing Board Report", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    pdf.set_font("DejaVu", "", 10)
    label_w = 55
    text_w = pdf.w - pdf.l_margin - pdf.r_margin - label_w
    for label, value in REPORT_FRONT:
        y0 = pdf.get_y()
        pdf.set_font("DejaVu", "B", 10)
        pdf.multi_cell(label_w, 6, label, border="LT", new_x="RIGHT", new_y="TOP", align="L")
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(text_w, 6, value, border="LTR", new_x="LMARGIN", new_y="NEXT", align="L")
        y1 = pdf.get_y()
        pdf.line(pdf.l_margin, y0, pdf.l_margin, y1)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(6)

    for heading, paras in REPORT_SECTIONS:
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)
        for para in paras:
            indent = 8 if re.match(r"^(?:[a-c]\)|Q\d\.)", para) else 0
            pdf.set_x(pdf.l_margin + indent)
            pdf.multi_cell(0, 5.2, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        pdf.ln(2)

    pdf.set_font("DejaVu", "", 9)
    for para in REPORT_END:
        pdf.multi_cell(0, 5, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    pdf.output(str(path))


# ---------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------

def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def A(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health and Wellbeing Board",
    "meeting_date": "2025-07-17",
    "items": [
        {"number": "1", "title": "MEMBERSHIP"},
        {"number": "2", "title": "DECLARATIONS OF INTEREST"},
        {"number": "3", "title": "MINUTES AND ACTIONS"},
        {"number": "4", "title": "PHARMACEUTICAL NEEDS ASSESSMENT 2025"},
        {"number": "5", "title": "BETTER CARE FUND PLAN 2025-26"},
        {"number": "6",
         "title": "CHILDREN AND YOUNG PEOPLE'S MENTAL HEALTH AND EMOTIONAL WELLBEING"},
        {"number": "7", "title": "HOUSING AND HEALTH: TEMPORARY ACCOMMODATION"},
        {"number": "8", "title": "HEALTHWATCH SEVENBRIDGE ANNUAL REPORT 2024-25"},
        {"number": "9", "title": "FORWARD PLAN"},
        {"number": "10", "title": "ANY OTHER BUSINESS"},
    ],
    "questions": [
        Q("3", "question",
          "asked when the Board would receive the breakdown of GP appointment availability",
          "Olwen Fairbairn",
          "the data had been requested from the Integrated Care Board",
          "Ellis Tranmere", ["primary-care"]),

        Q("4", "concern",
          "expressed concern that the closure of two pharmacies on Tollbridge Road",
          "Councillor Rosalind Petrakis",
          "98% of residents lived within a 15-minute walk of a pharmacy",
          "Farah Noorani", ["primary-care"]),
        Q("4", "question",
          "asked how the ICB was monitoring the Pharmacy First service",
          "Olwen Fairbairn",
          "was reviewing Pharmacy First activity data with each Primary Care Network monthly",
          "Dr Priya Venkataraman", ["primary-care"]),
        Q("4", "question",
          "a question from the Chair about whether the Board could object",
          "the Chair",
          "decisions on applications were taken by the ICB's Pharmaceutical Services "
          "Regulations Committee",
          "Dr Tobias Renshaw", ["primary-care", "governance"]),
        Q("4", "question",
          "asked how the consultation had reached residents whose first language",
          "Andrew Kimura",
          "the consultation summary had been translated into Arabic, Bengali and Portuguese",
          "Farah Noorani", ["patient-and-public-input"]),

        Q("5", "question",
          "asked whether the additional discharge to assess beds funded through the plan",
          "Janet Osei-Bonsu",
          "12 step-down beds at Fernleigh House had been commissioned from October 2025",
          "Helen Marchbank", ["adult-social-care", "integration"]),
        Q("5", "question",
          "asked whether home care providers funded through the BCF were paying",
          "Councillor Daniel Achebe-Ward",
          "payment of the London Living Wage was a condition of all",
          "Helen Marchbank", ["adult-social-care", "workforce"]),
        Q("5", "concern",
          "raised concern that grants to voluntary sector organisations funded through the BCF",
          "Andrew Kimura",
          "Council could not commit funding beyond the national BCF settlement",
          "Helen Marchbank", ["finance", "workforce"]),
        Q("5", "request",
          "asked that the review of BCF schemes due to report in the autumn",
          "The Chair", None, None, ["finance", "integration"]),

        Q("6", "question",
          "asked about the waiting list for neurodevelopmental assessments and what support",
          "Councillor Daniel Achebe-Ward",
          "offer, including parent workshops and a named contact, had been introduced",
          "Sophie Delacroix-Hart", ["children-and-families", "mental-health"]),
        Q("6", "question",
          "asked how young people had been involved in designing the new single point",
          "Olwen Fairbairn",
          "had co-designed the referral form and the website",
          "Gareth Lindqvist",
          ["children-and-families", "mental-health", "patient-and-public-input"]),
        Q("6", "concern",
          "expressed concern that Mental Health Support Teams did not yet cover",
          "Councillor Rosalind Petrakis",
          "the Pupil Referral Unit would be included in the next wave",
          "Gareth Lindqvist", ["children-and-families", "mental-health"]),
        Q("6", "comment",
          "the ICB had agreed to extend funding for the online counselling service",
          "Dr Priya Venkataraman", None, None,
          ["children-and-families", "mental-health", "finance"]),
        Q("6", "request",
          "requested that a further update, including the outcomes of the school-based pilot",
          "The Chair", None, None, ["children-and-families", "mental-health"]),

        Q("7", "question",
          "asked how the Council ensured that households placed outside the borough",
          "Dr Tobias Renshaw",
          "the resettlement team checked GP registration at the first visit",
          "Callum Brierley", ["housing", "primary-care"]),
        Q("7", "concern",
          "raised concerns about reports of damp and mould in private sector leased properties",
          "Councillor Rosalind Petrakis",
          "the Council had decided to apply the same timescales for investigating hazards",
          "Callum Brierley", ["housing", "children-and-families"]),
        Q("7", "request",
          "requested that health visitors and GPs be notified automatically when families",
          "Olwen Fairbairn", None, None,
          ["housing", "children-and-families", "primary-care"]),
        Q("7", "comment",
          "the Trust's emergency department saw a high number of attendances",
          "Janet Osei-Bonsu", None, None, ["housing"]),

        Q("8", "question",
          "asked whether the survey had found differences between age groups",
          "Councillor Daniel Achebe-Ward",
          "residents over 75 and those whose first language was not English",
          "Olwen Fairbairn", ["primary-care", "patient-and-public-input"]),
        Q("8", "comment",
          "welcomed the findings of the Enter and View visits and commented",
          "Helen Marchbank", None, None,
          ["adult-social-care", "patient-and-public-input"]),

        Q("9", "request",
          "requested that an item on access to NHS dentistry for children be added",
          "Olwen Fairbairn",
          "agreed to discuss timing with the ICB and suggested the January 2026 meeting",
          "Ellis Tranmere", ["primary-care", "children-and-families"]),
    ],
    "resolutions": [
        R("3", "minutes of the meeting held on 20th March 2025 be agreed as a correct "
               "record", "agreed", []),
        R("4", "Approved the Pharmaceutical Needs Assessment 2025 for publication by 1st "
               "October 2025", "agreed", ["primary-care"]),
        R("5", "ratified the Better Care Fund Plan 2025-26 as submitted to NHS England",
          "agreed", ["integration"]),
        R("6", "noted the report and the priorities for 2025-26 set out in section 5",
          "noted", ["children-and-families", "mental-health"]),
        R("7", "The Board noted the report and thanked officers for the joint work",
          "noted", ["housing"]),
        R("8", "That the Healthwatch Sevenbridge Annual Report 2024-25 be noted", "noted",
          ["patient-and-public-input"]),
        R("9", "the forward plan be agreed, subject to the addition of an item", "agreed",
          []),
    ],
    "attendees": [
        A("Councillor Miriam Castellane", "Chair", "present"),
        A("Councillor Daniel Achebe-Ward", "Cabinet Member for Children and Young People",
          "present"),
        A("Councillor Rosalind Petrakis", None, "present"),
        A("Helen Marchbank",
          "Bi-Borough Executive Director of Adult Social Care and Health", "present"),
        A("Dr Tobias Renshaw", "Bi-Borough Director of Public Health", "present"),
        A("Gareth Lindqvist", "Bi-Borough Executive Director of Children's Services",
          "present"),
        A("Dr Priya Venkataraman",
          "Borough Director, Sevenbridge, North West Thames Integrated Care Board",
          "present"),
        A("Janet Osei-Bonsu",
          "Director of Strategy, Tyburn Vale Hospitals NHS Foundation Trust", "present"),
        A("Olwen Fairbairn", "Chair, Healthwatch Sevenbridge", "present"),
        A("Andrew Kimura", "Voluntary Sector Representative, One Sevenbridge", "present"),
        A("Ellis Tranmere", "Head of Health Partnerships", "in_attendance"),
        A("Farah Noorani", "Public Health Principal and PNA Lead", "in_attendance"),
        A("Sophie Delacroix-Hart", "Consultant in Public Health, Children and Young People",
          "in_attendance"),
        A("Matthew Quaye",
          "Associate Director of Transformation, North West Thames ICB", "in_attendance"),
        A("Callum Brierley", "Head of Housing Needs and Temporary Accommodation",
          "in_attendance"),
        A("Natasha Ilori", "Governance Officer", "in_attendance"),
        A("Councillor Liam Sarrazin", None, "apologies"),
        A("Professor Nadia Whitcombe",
          "Chief Executive, Tyburn Vale Hospitals NHS Foundation Trust", "apologies"),
        A("Dr Rachel Amadi",
          "Clinical Director, Hallowgate and Queenshithe Primary Care Network",
          "apologies"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------------------

def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}")
    print(f"wrote {DOCS / REPORT_NAME}")
    print(f"wrote gold files in {GOLD}")


def normalise(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip()


def document_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    failures = 0
    for gold_path in sorted(GOLD.glob("nc-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = DOCS / gold["document"]
        if not doc_path.exists():
            print(f"MISSING {doc_path}")
            failures += 1
            continue
        text = " " + normalise(document_text(doc_path)) + " "
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, phrase in phrases:
            n = normalise(phrase)
            words = len(n.split())
            count = text.count(" " + n + " ")
            raw = text.count(n)
            if count != 1 or raw != 1:
                print(f"FAIL {gold_path.name}: {kind} found {count}/{raw} times: {phrase!r}")
                failures += 1
            if not 6 <= words <= 15:
                print(f"FAIL {gold_path.name}: {kind} has {words} words: {phrase!r}")
                failures += 1
        for att in gold.get("attendees", []):
            if normalise(att["name"]) not in text:
                print(f"FAIL {gold_path.name}: attendee not found: {att['name']!r}")
                failures += 1
            if att.get("role") and normalise(att["role"]) not in text:
                print(f"FAIL {gold_path.name}: role not found: {att['role']!r}")
                failures += 1
        for item in gold.get("items", []):
            if normalise(item["title"]) not in text:
                print(f"FAIL {gold_path.name}: item title not found: {item['title']!r}")
                failures += 1
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("check passed" if not failures else f"check FAILED ({failures})")
    return 1 if failures else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
