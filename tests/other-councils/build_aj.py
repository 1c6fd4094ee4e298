#!/usr/bin/env python3
"""Build the "aj-" documents of the other-councils evaluation set and their gold annotations.

Documents (all councils, people, places and figures invented):

  documents/aj-ravensmoor-asch-scrutiny-2025-01-23.docx
      Minutes of an Adult Social Care and Health Scrutiny Committee saved from an old
      Word 97-era council template: "MINUTE 55/24" in bold capitals with the title on the
      next line (a manual line break for the first items, separate paragraphs later on),
      Times New Roman, manual line breaks (Shift+Enter) inside paragraphs, tab-aligned
      two-column attendance, "It was RESOLVED:" followed by automatic Word numbering
      "i), ii)" (lowerRoman, restarted for every block), Public Speaking item, a ward
      member who is not on the Committee.

  documents/aj-haxtead-housing-panel-2025-03-04.txt
      Minutes of a Housing and Homelessness Scrutiny Panel as plain text saved from a PDF
      by Acrobat "Save as Text": CRLF line ends, hard-wrapped lines, running headers and
      page numbers inside the text, words hyphenated across lines, bullets turned into
      U+F0B7 / "?" / "•".

  documents/aj-marlford-scrutiny-tracker.html
      A council web page "Scrutiny recommendations tracker" listing recommendations,
      executive responses and progress (not minutes).

Run with --check to verify that every gold phrase occurs verbatim (ignoring case,
punctuation and runs of white space) exactly once in its document's source text.
"""
import html
import io
import json
import re
import sys
import unicodedata
import zipfile
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

# ---------------------------------------------------------------------------
# Document 1: Word minutes (old council template)
# ---------------------------------------------------------------------------

DOC1 = "aj-ravensmoor-asch-scrutiny-2025-01-23.docx"

# Attendance, printed name <TAB> role. One paragraph with manual line breaks for members.
MEMBERS = [
    ("Councillor Mrs J. Pettifer", "(Chairman)"),
    ("Councillor R. Denholm", "(Vice-Chairman)"),
    ("Councillor A. Bhatti", ""),
    ("Councillor S. Crowther", ""),
    ("Councillor P. Gallimore", ""),
    ("Councillor Mrs L. Hartigan", "(substitute for Councillor K. Yeoman)"),
    ("Councillor D. Ollerenshaw", ""),
    ("Councillor T. Quayle", ""),
]
COOPTED = [("Mr H. Ndlovu", "Healthwatch Ravensmoor (non-voting co-opted member)")]
ALSO = [
    ("Councillor G. Fairbrother", "Cabinet Member for Adult Social Care and Wellbeing"),
    ("Councillor N. Ashworth", "Ward Member for Moorside (for Minute 57/24)"),
]
OFFICERS = [
    ("Ms C. Venables", "Executive Director of Adults, Health and Housing"),
    ("Mr I. Rathbone", "Assistant Director – Commissioning and Market Shaping"),
    ("Dr F. Adeyemi", "Director of Public Health"),
    ("Mrs K. Lumb", "Head of Provider Services"),
    ("Ms R. Ellery", "Associate Director of Partnerships, NHS Calder and Moorlands Integrated Care Board"),
    ("Mr J. Hebblethwaite", "Democratic Services Officer"),
]
APOLOGIES = [("Councillor K. Yeoman", ""), ("Councillor B. Stirrup", "")]

BR = "\n"  # a manual line break (Shift+Enter) inside a paragraph

# ("h", number, title, soft_break) | ("p", text) | ("res", [clauses]) | ("pi", text) italic note
DOC1_BODY = [
    ("h", "52/24", "Apologies for Absence and Substitutions", True),
    ("p", "Apologies for absence were received from Councillors K. Yeoman and B. Stirrup."
          + BR + "Councillor Mrs L. Hartigan attended as substitute for Councillor Yeoman."),

    ("h", "53/24", "Declarations of Interest", True),
    ("p", "Councillor A. Bhatti declared a personal interest in Minute 56/24 (Recommissioning of "
          "Home Care Services) as a close family member is employed as a care worker by an agency on "
          "the Council’s home care framework. He remained in the meeting and took part in the discussion."
          + BR + "Councillor T. Quayle declared a personal interest in Minute 58/24 as a public governor "
          "of Ravensmoor Royal Infirmary NHS Foundation Trust."),

    ("h", "54/24", "Minutes", True),
    ("p", "The minutes of the meeting of the Committee held on 28th November 2024 were submitted."),
    ("res", ["That the minutes of the meeting held on 28th November 2024 be approved as a correct "
             "record and signed by the Chairman."]),

    ("h", "55/24", "Public Speaking", True),
    ("p", "The Chairman reported that three requests to speak had been received in accordance with "
          "the Committee’s Public Speaking Scheme. Each speaker was allowed up to three minutes."),
    ("p", "Mrs Doreen Scholes, whose mother had lived at Fernleigh House for four years, spoke about "
          "the proposals for the future of the home (Minute 57/24 below refers). She asked why families "
          "had first learned of the proposals from the Moorside Advertiser rather than from the Council."
          + BR + "Councillor Fairbrother, Cabinet Member for Adult Social Care and Wellbeing, apologised "
          "that families had heard of the proposals in that way and explained that the letters to "
          "relatives had been held up by a mailing error; a meeting for residents and families had since "
          "been held at the home on 9th January."),
    ("p", "Mr Colin Marsden, speaking on behalf of Ravensmoor Carers’ Voice, expressed concern that unpaid "
          "carers were waiting up to fourteen weeks for a carer’s assessment and that respite breaks had "
          "been cut back since the summer."
          + BR + "He requested that the Committee look in detail at the support offered to unpaid carers "
          "as part of its work programme."
          + BR + "The Executive Director of Adults, Health and Housing acknowledged that waiting times were "
          "too long and advised that two additional assessors would start in post in February."
          + BR + "The Chairman thanked Mr Marsden and confirmed that support for carers would be picked up "
          "under the work programme item later in the agenda."),
    ("p", "Ms Priya Chauhan, a community pharmacist in Whitmoor, asked whether the Council would reconsider "
          "its decision to end the pharmacy stop smoking service, which she said had helped more than 300 "
          "local people to quit in the last year."
          + BR + "Dr Adeyemi, Director of Public Health, replied that the service was not ending: it would be "
          "re-procured as part of the new integrated lifestyle contract from 1st April 2025, and community "
          "pharmacies would be able to deliver it as sub-contractors to the lead provider."),
    ("res", ["That the speakers be thanked for attending and for their contributions.",
             "That the Executive Director of Adults, Health and Housing send Mr Marsden a written response "
             "on waiting times for carers’ assessments."]),

    ("h", "56/24", "Recommissioning of Home Care (Domiciliary Care) Services", True),
    ("p", "The Assistant Director – Commissioning and Market Shaping presented a report on the proposed "
          "recommissioning of home care services from 1st October 2025. The existing framework of 23 "
          "providers, let in 2019, would expire on 30th September 2025. The preferred option was a zoned "
          "model with a lead provider in each of five zones, supported by an open framework for additional "
          "capacity. The estimated annual value of the new arrangements was £31.4 million."),
    ("p", "Councillor Crowther asked how the Council would make sure that providers paid their care workers "
          "at least the Real Living Wage, as the Committee had recommended in March 2024."
          + BR + "The Assistant Director replied that payment of the Real Living Wage would be a contractual "
          "requirement from the start of the new contracts and that the hourly rate paid to providers had "
          "been modelled on that basis, with compliance tested through open-book reviews."
          + BR + BR + "Councillor Ollerenshaw questioned whether the move to five lead providers would squeeze "
          "out the small local agencies, several of which were family run."
          + BR + "In response, the Assistant Director advised that the zones had been sized so that "
          "medium-sized local providers could bid, and that lead providers would be expected to "
          "sub-contract to smaller agencies where they could not meet demand themselves."),
    ("p", "Councillor Bhatti raised concern that some care workers were still paid only for contact time and "
          "not for travelling between calls."
          + BR + "Mrs Lumb, Head of Provider Services, confirmed that the specification required travel time "
          "to be paid and that electronic call monitoring data would be used to evidence this."),
    ("p", "The Vice-Chairman sought clarification on what would happen to people already receiving care if "
          "their current provider was not successful."
          + BR + "It was explained that any change of provider would be phased over twelve weeks, that TUPE "
          "was likely to apply to the staff concerned, and that every person would have a review before moving."
          + BR + BR + "Mr Ndlovu asked whether people who use home care had been involved in writing the "
          "service specification."
          + BR + "The Assistant Director replied that 140 people had responded to a survey last autumn and "
          "that a reference group of service users and carers had co-produced the outcomes framework."),
    ("res", ["That the proposed zoned model for home care services be supported.",
             "That Cabinet be recommended to make payment of travel time and the Real Living Wage mandatory "
             "conditions of the new home care contracts.",
             "That a progress report on the procurement be brought to the Committee in July 2025."]),

    ("h", "57/24", "Future of Fernleigh House Residential Care Home", True),
    ("p", "The Executive Director of Adults, Health and Housing introduced a report setting out options for "
          "Fernleigh House, a 32-bed Council-run residential home in Moorside, following a Care Quality "
          "Commission rating of ‘Requires Improvement’ and a building survey which estimated that £2.6 million "
          "of works were needed to bring the home up to current standards. The options were (a) refurbishment "
          "and retention of the home in-house; (b) transfer of the home to an independent provider on a long "
          "lease; or (c) closure, with residents supported to move to other homes. There were currently 19 "
          "permanent residents. Cabinet would consider the matter on 12th February 2025 and the views of the "
          "Committee were sought."),
    ("p", "With the consent of the Chairman, Councillor N. Ashworth addressed the Committee as Ward Member for "
          "Moorside. She said that the home was highly valued by the community and that residents and families "
          "were strongly opposed to it passing to a private operator. She asked that the Committee urge Cabinet "
          "to keep the home in public ownership and fund the refurbishment from the capital programme."
          + BR + "The Cabinet Member responded that no decision had been taken and that retaining the home "
          "in-house remained an option, but that the cost of the works had to be weighed against other "
          "pressures on the capital programme."),
    ("p", "Councillor Gallimore asked what had happened to the £900,000 set aside for Fernleigh House in the "
          "2022/23 capital programme."
          + BR + "The Executive Director explained that the allocation had been spent on urgent fire safety works "
          "and a new nurse call system, and that the remaining requirement was for the roof, heating and "
          "bathroom replacement."
          + BR + BR + "Councillor Quayle asked whether any independent providers had expressed an interest in "
          "taking on the home, and on what terms."
          + BR + "Mr Rathbone advised that soft market testing had attracted four expressions of interest, two "
          "of them from not-for-profit organisations, but that the details were commercially confidential at "
          "this stage."),
    ("p", "Councillor Mrs Hartigan expressed concern about the effect of a move on residents living with "
          "dementia, referring to evidence that moving home could shorten the lives of frail older people."
          + BR + "The Head of Provider Services assured the Committee that if closure were chosen each resident "
          "would have an individual transition plan agreed with their family, and that nobody would be asked "
          "to move until a suitable alternative place had been secured."),
    ("p", "Members requested that the views of residents, families and staff gathered during the "
          "consultation be reported to Cabinet in full rather than in summary."
          + BR + "The Cabinet Member undertook that the full consultation report would be appended to the "
          "Cabinet report."),
    ("res", ["That Cabinet be informed that the Committee does not support the transfer of Fernleigh House "
             "to an independent provider.",
             "That Cabinet be recommended to give further consideration to option (a), refurbishment and "
             "retention in-house, including phasing the works over two financial years.",
             "That the full consultation responses be appended to the Cabinet report."]),
    ("pi", "(Councillor D. Ollerenshaw asked that his vote against resolution i) above be recorded.)"),

    ("h", "58/24", "Hospital Discharge and Intermediate Care – Update from NHS Calder and Moorlands "
                   "Integrated Care Board", False),
    ("p", "Ms R. Ellery, Associate Director of Partnerships, NHS Calder and Moorlands Integrated Care Board, "
          "gave a presentation on winter pressures and hospital discharge. In December the number of patients "
          "at Ravensmoor Royal Infirmary who no longer met the criteria to reside had averaged 61 a day, "
          "against a plan of 40. The Better Care Fund was paying for 24 additional step-down beds in two "
          "independent care homes until the end of March."),
    ("p", "Councillor Denholm asked why the number of delayed discharges had gone up despite the extra "
          "step-down beds."
          + BR + "Ms Ellery explained that the beds had only opened in mid-December and that the main cause of "
          "delay was now the time taken to arrange home care packages in the rural west of the borough."
          + BR + BR + "Mr Ndlovu reported that Healthwatch had received complaints from families about "
          "discharges at short notice, sometimes late in the evening, and asked what was being done about it."
          + BR + "Ms Ellery said that the Trust had introduced a rule of no discharges of older patients after "
          "8.00 p.m. from January and would share the Healthwatch findings with the transfer of care hub."),
    ("res", ["That the update be noted and Ms Ellery be thanked for attending."]),

    ("h", "59/24", "Integrated Lifestyle and Substance Misuse Services – Procurement", False),
    ("p", "The Director of Public Health presented a report on the procurement of an integrated lifestyle "
          "service (stop smoking, weight management and NHS Health Checks) and an adult drug and alcohol "
          "treatment service, with a combined value of £48 million over seven years (five years plus an "
          "optional two). It was proposed to use the competitive flexible procedure under the Procurement "
          "Act 2023, which would come into force on 24th February 2025."),
    ("p", "Councillor Ollerenshaw asked whether putting drug and alcohol treatment together with lifestyle "
          "services would simply hand the whole contract to one large national company."
          + BR + "Dr Adeyemi acknowledged the risk and advised that the contract would be let in two lots, so "
          "that bidders could bid for either or both, and that social value would carry 15 per cent of the "
          "evaluation."
          + BR + BR + "Councillor Gallimore requested that the Committee see the evaluation criteria before the "
          "tender was published."
          + BR + "The Director agreed to circulate the draft evaluation criteria to all Members by 14th "
          "February."),
    ("res", ["That the proposed procurement approach for integrated lifestyle and substance misuse services "
             "be endorsed.",
             "That the draft evaluation criteria be circulated to Members of the Committee before the tender "
             "is published."]),

    ("h", "60/24", "Work Programme 2024/25", False),
    ("p", "The Democratic Services Officer presented the Committee’s work programme for the remainder of "
          "the municipal year. Further to Minute 55/24, Councillor Mrs Hartigan requested that a short task "
          "and finish review of support for unpaid carers be set up."
          + BR + "The Democratic Services Officer advised that a review could begin in March, subject to the "
          "availability of Members and officers."),
    ("res", ["That the work programme be approved, subject to the addition of an item on support for unpaid "
             "carers at the March meeting.",
             "That a task and finish group of four Members be established to review carers’ assessments, "
             "with membership to be agreed by the Chairman and Vice-Chairman."]),

    ("h", "61/24", "Date of Next Meeting", False),
    ("p", "The next meeting of the Committee will be held on Thursday, 20th March 2025 at 6.00 p.m. in the "
          "Council Chamber, Town Hall."),
]


def _set_run_font(run, bold=None, italic=None, size=None):
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), "Times New Roman")
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic
    if size is not None:
        run.font.size = Pt(size)


def _add_text_with_breaks(par, text, bold=None, italic=None, size=None):
    """Add text to a paragraph, turning "\\n" into manual line breaks (w:br)."""
    parts = text.split(BR)
    for i, part in enumerate(parts):
        run = par.add_run(part)
        _set_run_font(run, bold, italic, size)
        if i < len(parts) - 1:
            run.add_break(WD_BREAK.LINE)
    return par


def _add_page_field(par):
    for xml in (f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>',
                f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
                f'<w:r {nsdecls("w")}><w:t>1</w:t></w:r>',
                f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'):
        par._p.append(parse_xml(xml))


def build_doc1(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), "Times New Roman")
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        if rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)

    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.54)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.2)

    # Header and footer as in the old template.
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(15.9), WD_TAB_ALIGNMENT.RIGHT)
    _add_text_with_breaks(hp, "Adult Social Care and Health Scrutiny Committee\t23rd January 2025", size=9)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(8.0), WD_TAB_ALIGNMENT.CENTER)
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(15.9), WD_TAB_ALIGNMENT.RIGHT)
    _add_text_with_breaks(fp, "\t", size=9)
    _add_page_field(fp)
    _add_text_with_breaks(fp, "\tChairman’s Initials ……………", size=9)

    # Numbering: lowerRoman "i)" for resolutions; a new w:num (restart) per block.
    numbering = d.part.numbering_part.element
    absn = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:nsid w:val="1A2B3C90"/><w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="0809001B"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%1)"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="1440"/></w:tabs>'
        '<w:ind w:left="1440" w:hanging="720"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/></w:rPr>'
        '</w:lvl></w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    next_num = [200]

    def new_num():
        next_num[0] += 1
        n = next_num[0]
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{n}"><w:abstractNumId w:val="90"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
        return n

    def para(text="", bold=None, italic=None, align=None, space_after=12, size=None):
        p = d.add_paragraph()
        if text:
            _add_text_with_breaks(p, text, bold=bold, italic=italic, size=size)
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(space_after)
        return p

    # Title block
    para("RAVENSMOOR BOROUGH COUNCIL", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6, size=14)
    para("ADULT SOCIAL CARE AND HEALTH SCRUTINY COMMITTEE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
         space_after=12)
    para("MINUTES of a meeting of the Adult Social Care and Health Scrutiny Committee held in the Council "
         "Chamber, Town Hall, Ravensmoor on Thursday, 23rd January 2025 at 6.00 p.m.",
         align=WD_ALIGN_PARAGRAPH.JUSTIFY, space_after=12)

    def attendance(label, rows, space_after=12):
        # One paragraph; label at the margin, names at 3 cm, roles at 9.5 cm; Shift+Enter between rows.
        p = d.add_paragraph()
        pf = p.paragraph_format
        pf.tab_stops.add_tab_stop(Cm(3.0))
        pf.tab_stops.add_tab_stop(Cm(9.5))
        pf.left_indent = Cm(0)
        pf.space_after = Pt(space_after)
        lines = []
        for i, (name, role) in enumerate(rows):
            lead = label if i == 0 else ""
            line = f"{lead}\t{name}" + (f"\t{role}" if role else "")
            lines.append(line)
        r = p.add_run(lines[0].split("\t")[0])
        _set_run_font(r, bold=True)
        rest = "\t" + "\t".join(lines[0].split("\t")[1:])
        _add_text_with_breaks(p, rest + (BR + BR.join(lines[1:]) if len(lines) > 1 else ""))
        return p

    attendance("PRESENT:", MEMBERS)
    attendance("Co-opted:", COOPTED)
    attendance("Apologies:", APOLOGIES)
    attendance("Also Present:", ALSO)
    # Officers: one paragraph per officer (the template's "Officers" block)
    for i, (name, role) in enumerate(OFFICERS):
        p = d.add_paragraph()
        pf = p.paragraph_format
        pf.tab_stops.add_tab_stop(Cm(3.0))
        pf.tab_stops.add_tab_stop(Cm(9.5))
        pf.left_indent = Cm(9.5)
        pf.first_line_indent = Cm(-9.5)
        pf.space_after = Pt(12 if i == len(OFFICERS) - 1 else 0)
        if i == 0:
            r = p.add_run("Officers:")
            _set_run_font(r, bold=True)
        _add_text_with_breaks(p, f"\t{name}\t{role}")

    for block in DOC1_BODY:
        kind = block[0]
        if kind == "h":
            _, num, title, soft = block
            if soft:
                p = d.add_paragraph()
                _add_text_with_breaks(p, f"MINUTE {num}" + BR + title, bold=True)
                p.paragraph_format.keep_with_next = True
                p.paragraph_format.space_before = Pt(6)
                p.paragraph_format.space_after = Pt(12)
            else:
                p = para(f"MINUTE {num}", bold=True, space_after=0)
                p.paragraph_format.keep_with_next = True
                p.paragraph_format.space_before = Pt(6)
                p = para(title, bold=True, space_after=12)
                p.paragraph_format.keep_with_next = True
        elif kind == "p":
            para(block[1], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif kind == "pi":
            para(block[1], italic=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif kind == "res":
            p = d.add_paragraph()
            r = p.add_run("It was ")
            _set_run_font(r)
            r = p.add_run("RESOLVED:")
            _set_run_font(r, bold=True)
            p.paragraph_format.space_after = Pt(6)
            p.paragraph_format.keep_with_next = True
            n = new_num()
            clauses = block[1]
            for j, clause in enumerate(clauses):
                cp = d.add_paragraph()
                pPr = cp._p.get_or_add_pPr()
                pPr.insert(0, parse_xml(
                    f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{n}"/></w:numPr>'))
                _add_text_with_breaks(cp, clause)
                cp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                cp.paragraph_format.space_after = Pt(12 if j == len(clauses) - 1 else 6)

    para("The meeting closed at 8.47 p.m.", space_after=36)
    para("……………………………………" + BR + "Chairman", space_after=0)

    # Word 97-2003 style compatibility settings.
    settings = d.settings.element
    for cs in settings.iter(qn("w:compatSetting")):
        if cs.get(qn("w:name")) == "compatibilityMode":
            cs.set(qn("w:val"), "11")

    cp = d.core_properties
    cp.author = "jhebblethwaite"
    cp.last_modified_by = "Democratic Services"
    cp.title = "MINUTES"
    cp.subject = "Adult Social Care and Health Scrutiny Committee"
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 4
    cp.created = datetime(2025, 1, 27, 9, 14, 0)
    cp.modified = datetime(2025, 1, 29, 16, 2, 0)
    cp.last_printed = datetime(2025, 1, 29, 16, 0, 0)

    buf = io.BytesIO()
    d.save(buf)
    _rewrite_zip_deterministic(buf.getvalue(), path, app_xml=APP_XML_DOC1)


APP_XML_DOC1 = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<Template>RBC COMMITTEE MINUTES 97.DOT</Template><TotalTime>212</TotalTime><Pages>5</Pages>'
    '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
    '<Company>Ravensmoor Borough Council</Company><AppVersion>16.0000</AppVersion></Properties>')


def _rewrite_zip_deterministic(data, path, app_xml=None):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if app_xml and info.filename == "docProps/app.xml":
                blob = app_xml.encode("utf-8")
            if info.filename == "docProps/thumbnail.jpeg":
                continue
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 29, 16, 2, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if info.filename in ("_rels/.rels",):
                blob = re.sub(rb'<Relationship[^>]*thumbnail\.jpeg"[^>]*/>', b"", blob)
            if info.filename == "[Content_Types].xml":
                blob = blob.replace(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")
            zout.writestr(zi, blob)
    path.write_bytes(out.getvalue())


GOLD1 = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": "Adult Social Care and Health Scrutiny Committee",
    "meeting_date": "2025-01-23",
    "items": [
        {"number": "52/24", "title": "Apologies for Absence and Substitutions"},
        {"number": "53/24", "title": "Declarations of Interest"},
        {"number": "54/24", "title": "Minutes"},
        {"number": "55/24", "title": "Public Speaking"},
        {"number": "56/24", "title": "Recommissioning of Home Care (Domiciliary Care) Services"},
        {"number": "57/24", "title": "Future of Fernleigh House Residential Care Home"},
        {"number": "58/24", "title": "Hospital Discharge and Intermediate Care – Update from NHS Calder and "
                                     "Moorlands Integrated Care Board"},
        {"number": "59/24", "title": "Integrated Lifestyle and Substance Misuse Services – Procurement"},
        {"number": "60/24", "title": "Work Programme 2024/25"},
        {"number": "61/24", "title": "Date of Next Meeting"},
    ],
    "questions": [
        {"item": "55/24", "kind": "question",
         "text": "asked why families had first learned of the proposals from the Moorside Advertiser",
         "asked_by": "Mrs Doreen Scholes",
         "answer": "the letters to relatives had been held up by a mailing error",
         "given_by": "Councillor Fairbrother",
         "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "55/24", "kind": "concern",
         "text": "unpaid carers were waiting up to fourteen weeks for a carer’s assessment",
         "asked_by": "Mr Colin Marsden",
         "answer": "advised that two additional assessors would start in post in February",
         "given_by": "The Executive Director of Adults, Health and Housing",
         "themes": ["adult-social-care", "workforce"]},
        {"item": "55/24", "kind": "request",
         "text": "requested that the Committee look in detail at the support offered to unpaid carers",
         "asked_by": "Mr Colin Marsden",
         "answer": "support for carers would be picked up under the work programme item",
         "given_by": "The Chairman",
         "themes": ["adult-social-care", "governance"]},
        {"item": "55/24", "kind": "question",
         "text": "asked whether the Council would reconsider its decision to end the pharmacy stop smoking service",
         "asked_by": "Ms Priya Chauhan",
         "answer": "re-procured as part of the new integrated lifestyle contract from 1st April 2025",
         "given_by": "Dr Adeyemi",
         "themes": ["public-health", "primary-care", "subcontracting"]},
        {"item": "56/24", "kind": "question",
         "text": "asked how the Council would make sure that providers paid their care workers",
         "asked_by": "Councillor Crowther",
         "answer": "payment of the Real Living Wage would be a contractual requirement",
         "given_by": "The Assistant Director",
         "themes": ["workforce", "subcontracting", "adult-social-care"]},
        {"item": "56/24", "kind": "question",
         "text": "questioned whether the move to five lead providers would squeeze out the small local agencies",
         "asked_by": "Councillor Ollerenshaw",
         "answer": "lead providers would be expected to sub-contract to smaller agencies",
         "given_by": "the Assistant Director",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "56/24", "kind": "concern",
         "text": "raised concern that some care workers were still paid only for contact time",
         "asked_by": "Councillor Bhatti",
         "answer": "the specification required travel time to be paid",
         "given_by": "Mrs Lumb",
         "themes": ["workforce", "adult-social-care"]},
        {"item": "56/24", "kind": "question",
         "text": "sought clarification on what would happen to people already receiving care",
         "asked_by": "The Vice-Chairman",
         "answer": "any change of provider would be phased over twelve weeks",
         "given_by": None,
         "themes": ["adult-social-care", "subcontracting", "workforce"]},
        {"item": "56/24", "kind": "question",
         "text": "asked whether people who use home care had been involved in writing the service specification",
         "asked_by": "Mr Ndlovu",
         "answer": "a reference group of service users and carers had co-produced the outcomes framework",
         "given_by": "The Assistant Director",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "57/24", "kind": "request",
         "text": "asked that the Committee urge Cabinet to keep the home in public ownership",
         "asked_by": "Councillor N. Ashworth",
         "answer": "no decision had been taken and that retaining the home in-house remained an option",
         "given_by": "The Cabinet Member",
         "themes": ["privatisation", "adult-social-care", "finance"]},
        {"item": "57/24", "kind": "question",
         "text": "asked what had happened to the £900,000 set aside for Fernleigh House",
         "asked_by": "Councillor Gallimore",
         "answer": "the allocation had been spent on urgent fire safety works",
         "given_by": "The Executive Director",
         "themes": ["finance", "adult-social-care"]},
        {"item": "57/24", "kind": "question",
         "text": "asked whether any independent providers had expressed an interest in taking on the home",
         "asked_by": "Councillor Quayle",
         "answer": "soft market testing had attracted four expressions of interest",
         "given_by": "Mr Rathbone",
         "themes": ["privatisation", "subcontracting", "adult-social-care"]},
        {"item": "57/24", "kind": "concern",
         "text": "expressed concern about the effect of a move on residents living with dementia",
         "asked_by": "Councillor Mrs Hartigan",
         "answer": "each resident would have an individual transition plan agreed with their family",
         "given_by": "The Head of Provider Services",
         "themes": ["adult-social-care", "mental-health"]},
        {"item": "57/24", "kind": "request",
         "text": "requested that the views of residents, families and staff gathered during the consultation",
         "asked_by": "Members",
         "answer": "the full consultation report would be appended to the Cabinet report",
         "given_by": "The Cabinet Member",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "58/24", "kind": "question",
         "text": "asked why the number of delayed discharges had gone up despite the extra",
         "asked_by": "Councillor Denholm",
         "answer": "the main cause of delay was now the time taken to arrange home care packages",
         "given_by": "Ms Ellery",
         "themes": ["adult-social-care", "integration"]},
        {"item": "58/24", "kind": "question",
         "text": "Healthwatch had received complaints from families about discharges at short notice",
         "asked_by": "Mr Ndlovu",
         "answer": "introduced a rule of no discharges of older patients after 8.00 p.m.",
         "given_by": "Ms Ellery",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "59/24", "kind": "question",
         "text": "would simply hand the whole contract to one large national company",
         "asked_by": "Councillor Ollerenshaw",
         "answer": "the contract would be let in two lots, so that bidders could bid",
         "given_by": "Dr Adeyemi",
         "themes": ["subcontracting", "privatisation", "public-health"]},
        {"item": "59/24", "kind": "request",
         "text": "requested that the Committee see the evaluation criteria before the tender was published",
         "asked_by": "Councillor Gallimore",
         "answer": "agreed to circulate the draft evaluation criteria to all Members by 14th",
         "given_by": "The Director",
         "themes": ["subcontracting", "governance"]},
        {"item": "60/24", "kind": "request",
         "text": "requested that a short task and finish review of support for unpaid carers",
         "asked_by": "Councillor Mrs Hartigan",
         "answer": "a review could begin in March, subject to the availability of Members",
         "given_by": "The Democratic Services Officer",
         "themes": ["adult-social-care", "governance"]},
    ],
    "resolutions": [
        {"item": "54/24", "outcome": "agreed", "themes": [],
         "text": "be approved as a correct record and signed by the Chairman"},
        {"item": "55/24", "outcome": "agreed", "themes": ["adult-social-care"],
         "text": "That the speakers be thanked for attending and for their contributions"},
        {"item": "56/24", "outcome": "recommended", "themes": ["adult-social-care", "subcontracting", "workforce"],
         "text": "That Cabinet be recommended to make payment of travel time and the Real Living Wage"},
        {"item": "57/24", "outcome": "recommended",
         "themes": ["adult-social-care", "privatisation", "finance", "patient-and-public-input"],
         "text": "the Committee does not support the transfer of Fernleigh House to an independent provider"},
        {"item": "58/24", "outcome": "noted", "themes": ["adult-social-care"],
         "text": "That the update be noted and Ms Ellery be thanked for attending"},
        {"item": "59/24", "outcome": "agreed", "themes": ["public-health", "subcontracting"],
         "text": "the proposed procurement approach for integrated lifestyle and substance misuse services"},
        {"item": "60/24", "outcome": "agreed", "themes": ["adult-social-care", "governance"],
         "text": "That the work programme be approved, subject to the addition of an item"},
    ],
    "attendees": (
        [{"name": n, "role": (r.strip("()") or None), "attendance": "present"} for n, r in MEMBERS]
        + [{"name": n, "role": r, "attendance": "present"} for n, r in COOPTED]
        + [{"name": n, "role": None, "attendance": "apologies"} for n, _ in APOLOGIES]
        + [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in ALSO]
        + [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in OFFICERS]
    ),
}


# ---------------------------------------------------------------------------
# Document 2: plain text saved from a PDF by Acrobat ("Save as Text")
# ---------------------------------------------------------------------------

DOC2 = "aj-haxtead-housing-panel-2025-03-04.txt"

PUA_BULLET = "\uf0b7"  # Symbol-font bullet as Acrobat writes it

# ("t", text) title line kept as is | ("p", text) wrapped paragraph |
# ("b", bullet, text) wrapped bullet | ("h", text) item heading | ("gap",) blank line
DOC2_BODY = [
    ("t", "HAXTEAD DISTRICT COUNCIL"),
    ("gap",),
    ("t", "HOUSING AND HOMELESSNESS SCRUTINY PANEL"),
    ("gap",),
    ("p", "Minutes of the meeting of the Housing and Homelessness Scrutiny Panel held on Tuesday, 4 March "
          "2025 at 6.30 pm in the Council Chamber, Haxtead House, Mill Street, Haxtead"),
    ("gap",),
    ("p", "Present: Councillors L Marchetti (Chair), D Fenwick-Oyelaran (Vice-Chair), C Abernethy, S Burrows, "
          "M Kaur, J Penhaligon, R Sutcliffe and W Trinder"),
    ("p", "Co-opted (non-voting): Mrs P Grainger (Haxtead Homes Tenants’ Forum)"),
    ("p", "Also present: Councillor H Dobbs (Portfolio Holder for Housing and Communities)"),
    ("p", "Officers in attendance: Grant Lockyer (Director of Housing and Communities), Sian Maddox (Housing "
          "Options and Homelessness Manager), Neil Travers (Strategic Housing and Enabling Lead), Abi Cheung "
          "(Private Sector Housing Team Leader) and Ruth Oldroyd (Democratic Services Officer)"),
    ("p", "Apologies: Councillor F Nwachukwu"),
    ("p", "Absent: Councillor T Hollis"),
    ("gap",),
    ("h", "47. APOLOGIES FOR ABSENCE AND SUBSTITUTE MEMBERS"),
    ("p", "Apologies for absence were received from Councillor F Nwachukwu. No substitute member had been "
          "appointed."),
    ("gap",),
    ("h", "48. DECLARATIONS OF INTEREST"),
    ("p", "Councillor S Burrows declared an Other Registrable Interest in item 52 (Private Rented Sector: "
          "Standards and Enforcement) as he lets two residential properties in the district. He took part in "
          "the discussion but did not vote on the item."),
    ("p", "Councillor M Kaur declared a Non-Registrable Interest in item 51 as she volunteers at the Haxtead "
          "Foodbank, which supports many households living in temporary accommodation."),
    ("gap",),
    ("h", "49. MINUTES"),
    ("p", "RESOLVED: That the minutes of the meeting of the Panel held on 21 January 2025 be confirmed as a "
          "correct record and signed by the Chair."),
    ("gap",),
    ("h", "50. PUBLIC QUESTIONS"),
    ("p", "No questions had been received from members of the public under Procedure Rule 9."),
    ("gap",),
    ("h", "51. TEMPORARY ACCOMMODATION: DEMAND, COSTS AND USE OF BED AND BREAKFAST"),
    ("p", "The Housing Options and Homelessness Manager presented report HHSP/25/04, which updated the Panel "
          "on the use of temporary accommodation. The key points were:"),
    ("b", PUA_BULLET, "142 households were in temporary accommodation on 31 January 2025, compared with 97 a "
                      "year earlier, and 88 of them included dependent children;"),
    ("b", PUA_BULLET, "31 households were in bed and breakfast, including 14 families with children who had "
                      "been there for longer than six weeks;"),
    ("b", PUA_BULLET, "the net cost of temporary accommodation was forecast at £3.21 million for 2024/25 "
                      "against a budget of £1.95 million; and"),
    ("b", PUA_BULLET, "the main causes of homelessness were the ending of private rented tenancies (41 per "
                      "cent) and family or friends no longer being willing to accommodate (23 per cent)."),
    ("gap",),
    ("p", "Councillor Abernethy asked what the Council was doing to end the unlawful use of bed and breakfast "
          "for families for longer than six weeks. The Housing Options and Homelessness Manager replied that "
          "the number of such families had fallen from 22 in October to 14, and that the aim was to end the "
          "practice by the summer by leasing a further 30 homes from local landlords."),
    ("gap",),
    ("p", "Councillor Kaur queried why the overspend was so large when the number of households had risen by "
          "less than half. The Director of Housing and Communities explained that housing benefit subsidy for "
          "nightly-paid accommodation was capped at 90 per cent of the January 2011 Local Housing Allowance "
          "rate, which left the Council to meet a gap of around £1.1 million a year from its own resources."),
    ("gap",),
    ("p", "Councillor Penhaligon raised concern that some families were being placed up to 40 miles away, "
          "which disrupted children’s schooling and their support networks. In reply, the Manager confirmed "
          "that nine households were currently placed outside the district, that help with school transport "
          "was offered in every case, and that families placed out of area were given priority to return."),
    ("gap",),
    ("p", "Councillor Trinder asked whether buying homes would work out cheaper than leasing them. The "
          "Strategic Housing and Enabling Lead advised that Cabinet had approved a £6 million acquisition "
          "programme in 2024, part-funded by the Local Authority Housing Fund, and that 18 homes had been "
          "bought so far; over four years each purchase cost the Council less than a nightly-paid placement."),
    ("gap",),
    ("p", "Mrs Grainger asked how the views of people living in temporary accommodation were being heard. "
          "The Manager said that a survey of residents in temporary accommodation had been carried out in "
          "the autumn, with 61 responses, and that following complaints about damp and security the Council "
          "had stopped using one hotel in Castle Street."),
    ("gap",),
    ("p", "RESOLVED: That"),
    ("p", "(a) the report be noted;"),
    ("p", "(b) the Panel recommends to Cabinet that the temporary accommodation acquisition programme be "
          "increased by a further £4 million in 2025/26, subject to a business case; and"),
    ("p", "(c) the Panel receives a further update on the use of bed and breakfast at its meeting in "
          "September 2025."),
    ("gap",),
    ("h", "52. PRIVATE RENTED SECTOR: STANDARDS AND ENFORCEMENT"),
    ("p", "The Private Sector Housing Team Leader introduced the annual report on private sector housing "
          "enforcement. In 2024 the team had received 412 complaints about disrepair, served 57 improvement "
          "notices and issued 6 civil penalties totalling £31,500. The Renters’ Rights Bill, expected to "
          "receive Royal Assent later in 2025, would abolish section 21 “no fault” evictions and place new "
          "enforcement duties on councils."),
    ("p", "The following comments were made by Members:"),
    ("b", "?", "that six civil penalties in a year seemed very low when compared with the number of "
               "complaints received;"),
    ("b", "?", "that many tenants were afraid to report disrepair for fear of being served with a section 21 "
               "notice;"),
    ("b", "?", "the Council’s website should make it much simpler for tenants to report damp and mould "
               "online; and"),
    ("b", "?", "a request that the Panel be told what additional funding the Government would provide to "
               "councils for the new duties."),
    ("p", "The Portfolio Holder for Housing and Communities thanked Members for their comments and said that "
          "they would help to shape the revised enforcement policy."),
    ("gap",),
    ("p", "RESOLVED: That the report be noted."),
    ("gap",),
    ("h", "53. ROUGH SLEEPING AND SEVERE WEATHER PROVISION"),
    ("p", "The Housing Options and Homelessness Manager reported on the winter period. The Severe Weather "
          "Emergency Protocol (SWEP) had been activated on 23 nights between November and February, and 41 "
          "different people had been offered an emergency bed. Street outreach was delivered under contract "
          "by Haven Street Outreach, a local charity, funded through the Rough Sleeping Initiative grant; the "
          "contract was due to end on 31 March 2025."),
    ("gap",),
    ("p", "Councillor Sutcliffe asked how many of the 41 people had moved on into settled accommodation. The "
          "Manager replied that 17 had moved into supported or settled housing, 9 had been reconnected with "
          "other areas and the remainder were still being worked with by the outreach team."),
    ("gap",),
    ("p", "Councillor Burrows asked whether the contract with Haven Street Outreach would be extended, given "
          "the uncertainty about future grant. The Director of Housing and Communities confirmed that the "
          "Rough Sleeping Initiative grant had been confirmed for 2025/26 only, and that it was proposed to "
          "use the extension option in the contract for twelve months rather than go out to tender again."),
    ("gap",),
    ("p", "The Vice-Chair expressed concern that there was still no women-only emergency provision anywhere "
          "in the district. In response the Manager advised that officers were working with Haxtead Women’s "
          "Aid and the county council on a pilot of four women-only rooms from April."),
    ("gap",),
    ("p", "RESOLVED: That the Panel"),
    ("p", "(a) notes the arrangements for severe weather emergency provision and thanks the staff and "
          "volunteers involved; and"),
    ("p", "(b) supports the proposed twelve-month extension of the street outreach contract with Haven "
          "Street Outreach."),
    ("gap",),
    ("h", "54. HOUSING ALLOCATIONS POLICY – CONSULTATION FEEDBACK"),
    ("p", "The Strategic Housing and Enabling Lead summarised the 286 responses to the consultation on the "
          "draft Housing Allocations Policy, which had closed on 7 February 2025. Members commented as "
          "follows:"),
    ("b", "•", "concern was expressed that the proposed five-year local connection rule would disadvantage "
               "people who had moved to the district to escape domestic abuse;"),
    ("b", "•", "Members asked that care leavers placed outside the district by other councils be treated as "
               "having a local connection; and"),
    ("b", "•", "it was suggested that the policy should give greater priority to households who were "
               "overcrowded by two or more bedrooms."),
    ("gap",),
    ("p", "RESOLVED: That Cabinet be recommended to approve the draft Housing Allocations Policy subject to:"),
    ("p", "(i) an exemption from the local connection rule for people fleeing domestic abuse;"),
    ("p", "(ii) care leavers placed outside the district being deemed to have a local connection; and"),
    ("p", "(iii) the residence requirement being reduced from five years to three years."),
    ("gap",),
    ("h", "55. WORK PROGRAMME 2025/26"),
    ("p", "The Democratic Services Officer presented the draft work programme for 2025/26."),
    ("p", "RESOLVED: That the work programme be agreed, with the addition of the draft Private Sector Housing "
          "Enforcement Policy for pre-decision scrutiny on 17 June 2025."),
    ("gap",),
    ("p", "The meeting ended at 8.52 pm."),
    ("gap",),
    ("t", "CHAIR"),
]

# Words that the PDF's justification engine split across lines, and where.
HYPHENATE = {
    "accommodation": 7, "homelessness": 8, "households": 5, "temporary": 5, "acquisition": 5,
    "enforcement": 7, "Strategic": 4, "provision": 5, "emergency": 4, "Councillor": 7, "councils": 4,
    "discussion": 6, "properties": 6, "penalties": 5, "supported": 3, "extension": 5, "business": 4,
    "Allocations": 6, "connection": 6, "disadvantage": 5, "registrable": 8, "Homelessness": 8,
    "breakfast": 5, "placements": 5, "complaints": 3, "improvement": 7, "volunteers": 5,
    "overcrowded": 4, "residential": 7, "consultation": 8, "requirement": 7,
    "Communities": 6, "arrangements": 7, "Initiative": 5, "uncertainty": 5, "disrepair": 3,
    "practice": 4, "resources": 3, "responses": 6, "schooling": 6, "networks": 3, "Registrable": 8,
    "confirmed": 3, "evictions": 2, "Enforcement": 7, "allocations": 6, "Protocol": 3, "reconnected": 2,
}
WRAP = 94
HEADER = ["Housing and Homelessness Scrutiny Panel", "Tuesday, 4 March 2025"]
LINES_PER_PAGE = 48


def _syllable_split(word):
    """A crude hyphenation point for long words not in HYPHENATE: a vowel-consonant
    boundary nearest the middle of the word."""
    if len(word) < 9 or not word.isalpha():
        return None
    best = None
    for i in range(3, len(word) - 3):
        if word[i - 1].lower() in "aeiou" and word[i].lower() not in "aeiouy":
            if best is None or abs(i - len(word) / 2) < abs(best - len(word) / 2):
                best = i
    return best


def _wrap(text, width=WRAP, first_prefix=""):
    """Greedy line filling as in the PDF, splitting listed words with a hyphen."""
    words = text.split(" ")
    lines, cur, empty = [], first_prefix, True
    for w in words:
        cand = (cur + w) if empty else (cur + " " + w)
        if len(cand) <= width:
            cur, empty = cand, False
            continue
        core = w.strip(".,;:()“”’")
        split = HYPHENATE.get(core) or _syllable_split(core)
        if split and w.startswith(core) and not empty and "-" not in core and "/" not in core:
            head = w[:split] + "-"
            if len(cur + " " + head) <= width:
                lines.append(cur + " " + head)
                cur = w[split:]
                continue
        lines.append(cur)
        cur = w
    lines.append(cur)
    return lines


def render_doc2():
    flow = []  # logical lines before pagination
    for block in DOC2_BODY:
        kind = block[0]
        if kind == "t":
            flow.append(block[1])
        elif kind == "gap":
            flow.append("")
        elif kind == "h":
            # number and title were in separate tab columns in the PDF; long titles wrap
            num, title = block[1].split(" ", 1)
            flow.extend(_wrap(title, width=64, first_prefix=num + "\t"))
        elif kind == "p":
            flow.extend(_wrap(block[1]))
        elif kind == "b":
            _, bullet, text = block
            sep = "\t" if bullet == "•" else " "
            flow.extend(_wrap(text, first_prefix=bullet + sep))
    # Paginate: page 1 has no running header; later pages start with it.
    pages, cur = [], []
    body_room_first = LINES_PER_PAGE - 3
    body_room = LINES_PER_PAGE - 3 - len(HEADER)
    room = body_room_first
    for line in flow:
        if len(cur) >= room:
            pages.append(cur)
            cur, room = [], body_room
        if not cur and line == "" and pages:
            continue  # Acrobat drops blank lines at the top of a page
        cur.append(line)
    pages.append(cur)
    out = []
    for i, body in enumerate(pages, start=1):
        if i > 1:
            out.extend(HEADER)
        while body and body[-1] == "":
            body.pop()
        out.extend(body)
        out.append("")
        out.append("Chair’s initials ……………")
        out.append(str(i))
        out.append("")
    # Acrobat writes CRLF and leaves a trailing space on justified lines
    text = "\r\n".join((l + " ") if (l and not l.endswith((" ", "-")) and len(l) > 60) else l for l in out)
    return text


def build_doc2(path):
    path.write_bytes(render_doc2().encode("utf-8"))


GOLD2 = {
    "document": DOC2,
    "doc_type": "minutes",
    "committee": "Housing and Homelessness Scrutiny Panel",
    "meeting_date": "2025-03-04",
    "items": [
        {"number": "47", "title": "APOLOGIES FOR ABSENCE AND SUBSTITUTE MEMBERS"},
        {"number": "48", "title": "DECLARATIONS OF INTEREST"},
        {"number": "49", "title": "MINUTES"},
        {"number": "50", "title": "PUBLIC QUESTIONS"},
        {"number": "51", "title": "TEMPORARY ACCOMMODATION: DEMAND, COSTS AND USE OF BED AND BREAKFAST"},
        {"number": "52", "title": "PRIVATE RENTED SECTOR: STANDARDS AND ENFORCEMENT"},
        {"number": "53", "title": "ROUGH SLEEPING AND SEVERE WEATHER PROVISION"},
        {"number": "54", "title": "HOUSING ALLOCATIONS POLICY – CONSULTATION FEEDBACK"},
        {"number": "55", "title": "WORK PROGRAMME 2025/26"},
    ],
    "questions": [
        {"item": "51", "kind": "question",
         "text": "asked what the Council was doing to end the unlawful use of bed",
         "asked_by": "Councillor Abernethy",
         "answer": "the number of such families had fallen from 22 in October to 14",
         "given_by": "The Housing Options and Homelessness Manager",
         "themes": ["housing", "children-and-families"]},
        {"item": "51", "kind": "question",
         "text": "queried why the overspend was so large when the number of households",
         "asked_by": "Councillor Kaur",
         "answer": "which left the Council to meet a gap of around £1.1 million",
         "given_by": "The Director of Housing and Communities",
         "themes": ["housing", "finance"]},
        {"item": "51", "kind": "concern",
         "text": "raised concern that some families were being placed up to 40 miles away",
         "asked_by": "Councillor Penhaligon",
         "answer": "help with school transport was offered in every case",
         "given_by": "the Manager",
         "themes": ["housing", "children-and-families"]},
        {"item": "51", "kind": "question",
         "text": "asked whether buying homes would work out cheaper than leasing them",
         "asked_by": "Councillor Trinder",
         "answer": "18 homes had been bought so far; over four years each purchase",
         "given_by": "The Strategic Housing and Enabling Lead",
         "themes": ["housing", "finance"]},
        {"item": "51", "kind": "question",
         "text": "asked how the views of people living in temporary accommodation were being heard",
         "asked_by": "Mrs Grainger",
         "answer": "following complaints about damp and security the Council had stopped using one hotel",
         "given_by": "The Manager",
         "themes": ["housing", "patient-and-public-input"]},
        {"item": "52", "kind": "concern",
         "text": "that six civil penalties in a year seemed very low",
         "asked_by": "Members", "answer": None, "given_by": None,
         "themes": ["housing", "governance"]},
        {"item": "52", "kind": "concern",
         "text": "many tenants were afraid to report disrepair for fear of being served",
         "asked_by": "Members", "answer": None, "given_by": None,
         "themes": ["housing"]},
        {"item": "52", "kind": "comment",
         "text": "website should make it much simpler for tenants to report damp and mould online",
         "asked_by": "Members", "answer": None, "given_by": None,
         "themes": ["housing", "patient-and-public-input"]},
        {"item": "52", "kind": "request",
         "text": "a request that the Panel be told what additional funding the Government would provide",
         "asked_by": "Members", "answer": None, "given_by": None,
         "themes": ["housing", "finance"]},
        {"item": "53", "kind": "question",
         "text": "asked how many of the 41 people had moved on into settled",
         "asked_by": "Councillor Sutcliffe",
         "answer": "The Manager replied that 17 had moved into supported or settled housing",
         "given_by": "The Manager",
         "themes": ["housing"]},
        {"item": "53", "kind": "question",
         "text": "asked whether the contract with Haven Street Outreach would be extended",
         "asked_by": "Councillor Burrows",
         "answer": "use the extension option in the contract for twelve months rather than go out",
         "given_by": "The Director of Housing and Communities",
         "themes": ["housing", "subcontracting", "finance"]},
        {"item": "53", "kind": "concern",
         "text": "expressed concern that there was still no women-only emergency provision anywhere",
         "asked_by": "The Vice-Chair",
         "answer": "a pilot of four women-only rooms from April",
         "given_by": "the Manager",
         "themes": ["housing"]},
        {"item": "54", "kind": "concern",
         "text": "the proposed five-year local connection rule would disadvantage people",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["housing"]},
        {"item": "54", "kind": "request",
         "text": "asked that care leavers placed outside the district by other councils be treated",
         "asked_by": "Members", "answer": None, "given_by": None,
         "themes": ["housing", "children-and-families"]},
        {"item": "54", "kind": "comment",
         "text": "it was suggested that the policy should give greater priority to households",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["housing"]},
    ],
    "resolutions": [
        {"item": "49", "outcome": "agreed", "themes": [],
         "text": "held on 21 January 2025 be confirmed as a correct record"},
        {"item": "51", "outcome": "recommended", "themes": ["housing", "finance"],
         "text": "the Panel recommends to Cabinet that the temporary accommodation acquisition programme"},
        {"item": "52", "outcome": "noted", "themes": ["housing"],
         "text": "RESOLVED: That the report be noted."},
        {"item": "53", "outcome": "agreed", "themes": ["housing", "subcontracting"],
         "text": "supports the proposed twelve-month extension of the street outreach contract"},
        {"item": "54", "outcome": "recommended", "themes": ["housing", "children-and-families"],
         "text": "That Cabinet be recommended to approve the draft Housing Allocations Policy subject to"},
        {"item": "55", "outcome": "agreed", "themes": ["housing", "governance"],
         "text": "That the work programme be agreed, with the addition of the draft"},
    ],
    "attendees": [
        {"name": "Councillor L Marchetti", "role": "Chair", "attendance": "present"},
        {"name": "Councillor D Fenwick-Oyelaran", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor C Abernethy", "role": None, "attendance": "present"},
        {"name": "Councillor S Burrows", "role": None, "attendance": "present"},
        {"name": "Councillor M Kaur", "role": None, "attendance": "present"},
        {"name": "Councillor J Penhaligon", "role": None, "attendance": "present"},
        {"name": "Councillor R Sutcliffe", "role": None, "attendance": "present"},
        {"name": "Councillor W Trinder", "role": None, "attendance": "present"},
        {"name": "Mrs P Grainger", "role": "Haxtead Homes Tenants’ Forum", "attendance": "present"},
        {"name": "Councillor H Dobbs", "role": "Portfolio Holder for Housing and Communities",
         "attendance": "in_attendance"},
        {"name": "Grant Lockyer", "role": "Director of Housing and Communities", "attendance": "in_attendance"},
        {"name": "Sian Maddox", "role": "Housing Options and Homelessness Manager", "attendance": "in_attendance"},
        {"name": "Neil Travers", "role": "Strategic Housing and Enabling Lead", "attendance": "in_attendance"},
        {"name": "Abi Cheung", "role": "Private Sector Housing Team Leader", "attendance": "in_attendance"},
        {"name": "Ruth Oldroyd", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Councillor F Nwachukwu", "role": None, "attendance": "apologies"},
        {"name": "Councillor T Hollis", "role": None, "attendance": "absent"},
    ],
}


# ---------------------------------------------------------------------------
# Document 3: HTML scrutiny recommendations tracker (not minutes)
# ---------------------------------------------------------------------------

DOC3 = "aj-marlford-scrutiny-tracker.html"

# (ref, recommendation, made to, response, response text, lead, target, update, status)
TRACKER = [
    ("Review of access to NHS dentistry", "Task and finish group report to Cabinet, 10 September 2024", [
        ("HASC-24-01",
         "That the Cabinet Member for Health and Wellbeing writes to the Secretary of State for Health and "
         "Social Care calling for reform of the 2006 NHS dental contract so that practices are paid fairly "
         "for treating patients with high needs.",
         "Cabinet", "Accepted",
         "The Cabinet Member wrote to the Secretary of State on 1 October 2024. A copy of the letter is "
         "published with the Cabinet papers.",
         "Director of Public Health", "October 2024",
         "Letter sent. A holding reply was received from the Department of Health and Social Care on "
         "18 November 2024.", "Complete"),
        ("HASC-24-02",
         "That NHS Severn Marches Integrated Care Board publishes, every quarter, the number of practices in "
         "the city accepting new adult and child NHS patients.",
         "NHS Severn Marches ICB", "Partially accepted",
         "The ICB will publish the figures twice a year rather than quarterly, as practice data is collected "
         "through a six-monthly survey.",
         "ICB Head of Primary Care Commissioning (Dental)", "March 2025",
         "First publication due with the ICB Board papers for March 2025.", "In progress"),
        ("HASC-24-03",
         "That the Council funds a supervised toothbrushing programme in every primary school in the five "
         "most deprived wards from April 2025.",
         "Cabinet", "Accepted",
         "Funding of £85,000 a year has been identified from the Public Health Grant. The programme will be "
         "commissioned from the community dental service.",
         "Consultant in Public Health", "April 2025",
         "37 of 41 eligible schools have signed up. Training for school staff starts in March.", "On track"),
        ("HASC-24-04",
         "That the ICB considers using its flexible commissioning powers to open an urgent dental care "
         "centre in the north of the city.",
         "NHS Severn Marches ICB", "Not accepted",
         "The ICB does not currently have the recurrent funding to commission a new centre. Additional urgent "
         "care sessions have been bought from existing practices instead.",
         "ICB Head of Primary Care Commissioning (Dental)", "–",
         "The Committee asked to review this response again in June 2025.", "Not accepted"),
    ]),
    ("Review of the home care market", "Committee report to Cabinet, 14 November 2024", [
        ("HASC-24-05",
         "That the Council sets a minimum hourly rate for home care that allows providers to pay care "
         "workers the Real Living Wage and to pay for travel time between visits.",
         "Cabinet", "Accepted in principle",
         "The Cabinet agreed the principle and asked officers to model the cost as part of the 2025/26 budget "
         "setting process.",
         "Director of Adult Social Care", "February 2025",
         "Included in the draft 2025/26 budget at a cost of £2.4 million. Subject to Council approval on "
         "26 February 2025.", "In progress"),
        ("HASC-24-06",
         "That the Council reviews the case for bringing some home care back in-house, starting with "
         "reablement and hard-to-place rural packages.",
         "Cabinet", "Accepted",
         "An options appraisal will be carried out by the Commissioning team with support from an external "
         "adviser.",
         "Assistant Director – Commissioning", "June 2025",
         "Options appraisal started in January 2025. Interim findings will be shared with the Committee in "
         "April.", "On track"),
        ("HASC-24-07",
         "That contract monitoring reports on home care providers are shared with the Committee twice a year.",
         "Cabinet", "Accepted",
         "Summary contract monitoring reports will be provided, with commercially sensitive information "
         "removed.",
         "Assistant Director – Commissioning", "May 2025",
         "No update since the last report.", "Overdue"),
    ]),
    ("Children’s residential placements (spotlight review)", "Committee meeting, 16 January 2025", [
        ("HASC-25-01",
         "That the Cabinet Member for Children and Families provides a breakdown of the cost of the ten most "
         "expensive residential placements and the providers concerned.",
         "Cabinet Member for Children and Families", "Awaiting response",
         "Response due within two months of the recommendation being made.",
         "Director of Children’s Services", "March 2025",
         "–", "Awaiting response"),
    ]),
]


def build_doc3(path):
    e = html.escape
    status_class = {"Complete": "status--green", "On track": "status--green", "In progress": "status--amber",
                    "Overdue": "status--red", "Not accepted": "status--grey", "Awaiting response": "status--grey"}
    out = []
    out.append('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
               '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
               '<title>Scrutiny recommendations tracker – Health and Adult Social Care Scrutiny Committee | '
               'Marlford City Council</title>\n'
               '<meta name="description" content="Progress on recommendations made by the Health and Adult '
               'Social Care Scrutiny Committee.">\n'
               '<link rel="stylesheet" href="/site/css/main.min.css?v=4.12">\n</head>\n<body class="page-standard">\n'
               '<a class="skip-link" href="#main">Skip to main content</a>\n'
               '<header class="site-header"><div class="container">'
               '<a class="site-header__logo" href="/"><img src="/site/img/marlford-logo.svg" alt="Marlford City '
               'Council home page" width="180" height="52"></a>\n'
               '<nav class="site-header__nav" aria-label="Main"><ul><li><a href="/residents">Residents</a></li>'
               '<li><a href="/business">Business</a></li><li><a href="/council-and-democracy">Council and '
               'democracy</a></li><li><a href="/contact-us">Contact us</a></li></ul></nav></div></header>\n'
               '<div class="container">\n<nav class="breadcrumb" aria-label="Breadcrumb"><ol>'
               '<li><a href="/">Home</a></li><li><a href="/council-and-democracy">Council and democracy</a></li>'
               '<li><a href="/council-and-democracy/scrutiny">Scrutiny</a></li>'
               '<li aria-current="page">Recommendations tracker</li></ol></nav>\n'
               '<main id="main">\n')
    out.append('<h1>Scrutiny recommendations tracker: Health and Adult Social Care Scrutiny Committee</h1>\n'
               '<p class="lead">This page shows the recommendations the Health and Adult Social Care Scrutiny '
               'Committee has made to the Cabinet and to our NHS partners, the response that was given, and '
               'what has happened since.</p>\n'
               '<p>The tracker is updated by Democratic Services before each meeting of the Committee, using '
               'information from the lead officer for each recommendation. The Committee reviews the tracker '
               'at every meeting and can ask for a fuller update on any recommendation, or ask the Cabinet '
               'Member to attend to explain a response.</p>\n'
               '<p class="meta">Last updated: <time datetime="2025-02-14">14 February 2025</time></p>\n'
               '<h2>Status key</h2>\n<ul class="status-key">'
               '<li><span class="status status--green">Complete</span> or <span class="status status--green">'
               'On track</span> – the action has been completed or is on course to meet its target date</li>'
               '<li><span class="status status--amber">In progress</span> – work has started but is not yet '
               'finished</li>'
               '<li><span class="status status--red">Overdue</span> – the target date has passed</li>'
               '<li><span class="status status--grey">Not accepted</span> or <span class="status '
               'status--grey">Awaiting response</span> – no action is planned, or the response is not yet '
               'due</li></ul>\n')
    for title, source, rows in TRACKER:
        out.append(f'<h2>{e(title)}</h2>\n<p class="source">Made at: {e(source)}</p>\n')
        out.append('<div class="table-wrapper"><table class="tracker">\n<thead><tr>'
                   '<th scope="col">Ref</th><th scope="col">Recommendation</th><th scope="col">Made to</th>'
                   '<th scope="col">Response</th><th scope="col">Lead officer</th>'
                   '<th scope="col">Target date</th><th scope="col">Progress update</th>'
                   '<th scope="col">Status</th></tr></thead>\n<tbody>\n')
        for ref, rec, to, resp, resp_text, lead, target, update, status in rows:
            out.append(f'<tr><th scope="row">{e(ref)}</th><td>{e(rec)}</td><td>{e(to)}</td>'
                       f'<td><strong>{e(resp)}</strong><br>{e(resp_text)}</td><td>{e(lead)}</td>'
                       f'<td>{e(target)}</td><td>{e(update)}</td>'
                       f'<td><span class="status {status_class[status]}">{e(status)}</span></td></tr>\n')
        out.append('</tbody>\n</table></div>\n')
    out.append('<h2>Related pages</h2>\n<ul>'
               '<li><a href="/council-and-democracy/scrutiny/health-adult-social-care">Health and Adult Social '
               'Care Scrutiny Committee – meetings, agendas and minutes</a></li>'
               '<li><a href="/council-and-democracy/scrutiny/suggest-a-topic">Suggest a topic for scrutiny</a>'
               '</li><li><a href="/council-and-democracy/scrutiny/annual-report">Scrutiny annual report '
               '2023/24</a></li></ul>\n'
               '<div class="contact-box"><h2>Contact us</h2><p>Scrutiny Team, Democratic Services, Marlford '
               'City Council, Guildhall Square, Marlford<br>Email: <a href="mailto:scrutiny@marlford.example.gov.uk">'
               'scrutiny@marlford.example.gov.uk</a><br>Telephone: 01632 960 418</p></div>\n')
    out.append('</main>\n</div>\n<footer class="site-footer"><div class="container"><ul>'
               '<li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li>'
               '<li><a href="/cookies">Cookies</a></li></ul><p>&copy; Marlford City Council 2025</p></div>'
               '</footer>\n</body>\n</html>\n')
    path.write_text("".join(out), encoding="utf-8")


GOLD3 = {"document": DOC3, "doc_type": "other"}


# ---------------------------------------------------------------------------
# Source text extraction and --check
# ---------------------------------------------------------------------------

class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in ("br", "p", "li", "tr", "td", "th", "h1", "h2", "h3", "div"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def source_text(path):
    if path.suffix == ".docx":
        d = docx.Document(str(path))
        return "\n".join(p.text for p in d.paragraphs)
    if path.suffix == ".html":
        t = _Text()
        t.feed(path.read_text(encoding="utf-8"))
        return "".join(t.parts)
    return path.read_bytes().decode("utf-8")


def _norm_drop(s):
    s = "".join("" if unicodedata.category(c).startswith(("P", "S")) else c for c in s.lower())
    return " ".join(s.split())


def _norm_space(s):
    s = "".join(" " if unicodedata.category(c).startswith(("P", "S")) else c for c in s.lower())
    return " ".join(s.split())


def _count(hay, needle):
    n, i = 0, hay.find(needle)
    while i != -1:
        # whole-word match at both ends
        before = hay[i - 1] if i > 0 else " "
        after = hay[i + len(needle)] if i + len(needle) < len(hay) else " "
        if before == " " and after == " ":
            n += 1
        i = hay.find(needle, i + 1)
    return n


def check(golds):
    ok = True
    for g in golds:
        path = DOCS / g["document"]
        text = source_text(path)
        exact = " ".join(text.lower().split())
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            words = len(ph.split())
            problems = []
            if not 6 <= words <= 15:
                problems.append(f"{words} words")
            if " ".join(ph.lower().split()) not in exact:
                problems.append("not verbatim")
            for norm in (_norm_drop, _norm_space):
                c = _count(norm(text), norm(ph))
                if c != 1:
                    problems.append(f"{norm.__name__}: {c} matches")
            if problems:
                ok = False
                print(f"FAIL {g['document']} {kind}: {ph!r}: {', '.join(problems)}")
        themes_ok = True
        for row in g.get("questions", []) + g.get("resolutions", []):
            for t in row["themes"]:
                if t not in THEMES:
                    themes_ok = ok = False
                    print(f"FAIL {g['document']}: unknown theme {t}")
        items = {i["number"] for i in g.get("items", [])}
        for row in g.get("questions", []) + g.get("resolutions", []):
            if row["item"] not in items:
                ok = False
                print(f"FAIL {g['document']}: row refers to unknown item {row['item']}")
        for row in g.get("questions", []):
            if row["kind"] not in ("question", "concern", "request", "comment"):
                ok = False
                print(f"FAIL bad kind {row}")
        for row in g.get("resolutions", []):
            if row["outcome"] not in ("noted", "agreed", "recommended", "deferred", "rejected", "other"):
                ok = False
                print(f"FAIL bad outcome {row}")
        for a in g.get("attendees", []):
            if a["attendance"] not in ("present", "apologies", "in_attendance", "absent"):
                ok = False
                print(f"FAIL bad attendance {a}")
            if _norm_space(a["name"].split()[-1]) not in _norm_space(text):
                ok = False
                print(f"FAIL {g['document']}: attendee name not in text: {a['name']}")
            if a.get("role") and _norm_space(a["role"]) not in _norm_space(text):
                ok = False
                print(f"FAIL {g['document']}: attendee role not in text: {a['role']}")
        for it in g.get("items", []):
            if _norm_space(it["title"]) not in _norm_space(text):
                ok = False
                print(f"FAIL {g['document']}: item title not in text: {it['title']}")
        print(f"{g['document']}: {len(g.get('items', []))} items, {len(g.get('questions', []))} questions, "
              f"{len(g.get('resolutions', []))} resolutions, {len(g.get('attendees', []))} attendees")
    return ok


THEMES = {"privatisation", "subcontracting", "patient-and-public-input", "public-health", "finance",
          "governance", "integration", "workforce", "primary-care", "mental-health",
          "children-and-families", "adult-social-care", "housing"}


def main():
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    golds = [GOLD1, GOLD2, GOLD3]
    if "--check" in sys.argv:
        sys.exit(0 if check(golds) else 1)
    build_doc1(DOCS / DOC1)
    build_doc2(DOCS / DOC2)
    build_doc3(DOCS / DOC3)
    for g in golds:
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("built", DOC1, DOC2, DOC3)


if __name__ == "__main__":
    main()
