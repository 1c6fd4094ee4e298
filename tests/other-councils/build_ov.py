#!/usr/bin/env python3
"""Build the "ov-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ov.py           build documents/ov-* and gold/ov-*.json
        build_ov.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "ov-hartbury-selworth-jhosc-2025-11-18.docx"
REPORT_NAME = "ov-hartbury-jhosc-report-stroke-services-scrutiny.pdf"

FIXED = dt.datetime(2025, 11, 25, 9, 30, 0)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

COMMITTEE = "Hartbury and Selworth Joint Health Overview and Scrutiny Committee"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------

ALSO_PRESENT = [
    ("Dr Nadia Chaudhry", "Chief Medical Officer, Hartbury and Selworth Integrated Care Board (HSICB)"),
    ("Marcus Tennant", "Director of Strategy and Transformation, HSICB"),
    ("Sarah Whitfield", "Director of Urgent and Emergency Care, HSICB"),
    ("Louise Carrow", "Director of Primary Care, HSICB"),
    ("Professor Alan Redfern", "Consultant Stroke Physician and Clinical Lead, University Hospitals Hartbury NHS Foundation Trust"),
    ("Karen Oduya", "Director of Adult Social Care, Hartbury City Council"),
    ("Jonathan Pryce", "Assistant Director, Adult Social Care, Selworth Metropolitan Borough Council"),
    ("Rachel Doyle", "Chief Executive, Healthwatch Hartbury"),
    ("Fiona Latham", "Scrutiny Officer, Hartbury City Council"),
    ("Gareth Quine", "Senior Overview and Scrutiny Officer, Selworth Metropolitan Borough Council"),
    ("Amrit Sandhu", "Committee Services, Hartbury City Council"),
]

DECLARATIONS_TEXT = (
    "Members were reminded that they must declare all relevant pecuniary and other "
    "registerable interests arising from any business to be discussed at this meeting. "
    "If a disclosable pecuniary interest is declared a Member must not participate in any "
    "discussion or vote on the matter and must not remain in the room unless they have been "
    "granted a dispensation. If other registerable interests are declared a Member may speak "
    "on the matter only if members of the public are allowed to speak at the meeting but "
    "otherwise must not take part in any discussion or vote on the matter and must not remain "
    "in the room unless they have been granted a dispensation. If it is a \u2018sensitive "
    "interest\u2019, Members do not have to disclose the nature of the interest, just that they "
    "have an interest. Any declarations will be recorded in the minutes of the meeting."
)


def build_minutes(path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_SECTION  # noqa: F401  (kept for readers of the script)
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Cm, Pt

    doc = Document()
    cp = doc.core_properties
    cp.author = "Amrit Sandhu"
    cp.last_modified_by = "Amrit Sandhu"
    cp.title = "Minutes - Hartbury and Selworth JHOSC - 18 November 2025"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 4

    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = Cm(2.2)
    sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)

    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.space_before = Pt(0)

    # The council template's own styles (no built-in Heading styles).
    st_title = doc.styles.add_style("BCC Title", WD_STYLE_TYPE.PARAGRAPH)
    st_title.base_style = normal
    st_title.font.bold = True
    st_title.font.size = Pt(12)
    st_title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    st_title.paragraph_format.space_after = Pt(4)

    st_head = doc.styles.add_style("Minute Heading", WD_STYLE_TYPE.PARAGRAPH)
    st_head.base_style = normal
    st_head.font.bold = True
    st_head.paragraph_format.left_indent = Cm(2)
    st_head.paragraph_format.space_before = Pt(6)
    st_head.paragraph_format.keep_with_next = True

    st_body = doc.styles.add_style("Minute Text", WD_STYLE_TYPE.PARAGRAPH)
    st_body.base_style = normal
    st_body.paragraph_format.left_indent = Cm(2)
    st_body.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    # ---- Word numbering: bullets and "(i)" resolution clauses -------------------
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    next_abs = [max(abs_ids + [0]) + 1]
    next_num = [max(num_ids + [0]) + 1]

    def add_abstract(xml_body: str) -> int:
        aid = next_abs[0]
        next_abs[0] += 1
        el = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
            f'<w:multiLevelType w:val="singleLevel"/>{xml_body}</w:abstractNum>'
        )
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(el)
        else:
            numbering.append(el)
        return aid

    bullet_abs = add_abstract(
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        '<w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="1701" w:hanging="567"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:lvl>'
    )
    roman_abs = add_abstract(
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/>'
        '<w:lvlText w:val="(%1)"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="1701" w:hanging="567"/></w:pPr></w:lvl>'
    )

    def new_num(aid: int) -> int:
        nid = next_num[0]
        next_num[0] += 1
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        ))
        return nid

    def set_num(p, nid: int) -> None:
        pPr = p._p.get_or_add_pPr()
        numPr = pPr.get_or_add_numPr()
        numPr.get_or_add_ilvl().val = 0
        numPr.get_or_add_numId().val = nid

    def rule(p) -> None:
        pPr = p._p.get_or_add_pPr()
        bdr = parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="1" '
            f'w:color="auto"/></w:pBdr>'
        )
        pPr.insert_element_before(
            bdr, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
            "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
            "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
            "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
            "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
            "w:rPr", "w:sectPr", "w:pPrChange",
        )

    # ---- header and footer ----------------------------------------------------
    sec.different_first_page_header_footer = True

    def page_field(par, instr: str, cached: str) -> None:
        par._p.append(parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr="{instr}"><w:r><w:t>{cached}</w:t></w:r>'
            f'</w:fldSimple>'
        ))

    def footer_text(footer) -> None:
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run("Page ")
        page_field(fp, " PAGE ", "1")
        fp.add_run(" of ")
        page_field(fp, " NUMPAGES ", "6")
        for r in fp.runs:
            r.font.size = Pt(9)

    hp = sec.header.paragraphs[0]
    hp.text = f"{COMMITTEE} \u2013 18 November 2025"
    hp.runs[0].font.size = Pt(9)
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    footer_text(sec.footer)
    footer_text(sec.first_page_footer)

    # ---- helpers ----------------------------------------------------------------
    def title(text: str):
        return doc.add_paragraph(text, style="BCC Title")

    def plain(text: str = "", bold: bool = False, indent: bool = False, after: int | None = None):
        p = doc.add_paragraph(style="Minute Text" if indent else "Normal")
        if text:
            r = p.add_run(text)
            r.bold = bold
        if after is not None:
            p.paragraph_format.space_after = Pt(after)
        return p

    def heading(text: str):
        return doc.add_paragraph(text, style="Minute Heading")

    def first(num: str, text: str, bold: bool = False):
        """The first paragraph of a minute: its number in the margin, then a tab."""
        p = doc.add_paragraph(style="Minute Text")
        p.paragraph_format.first_line_indent = Cm(-2)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(2))
        p.add_run(f"{num}\t")
        r = p.add_run(text)
        r.bold = bold
        return p

    def para(text: str):
        return doc.add_paragraph(text, style="Minute Text")

    def bullets(items: list[str]):
        nid = new_num(bullet_abs)
        for t in items:
            p = doc.add_paragraph(t, style="Minute Text")
            p.paragraph_format.left_indent = None
            set_num(p, nid)

    def clauses(items: list[str]):
        nid = new_num(roman_abs)
        for t in items:
            p = doc.add_paragraph(t, style="Minute Text")
            p.paragraph_format.left_indent = None
            set_num(p, nid)

    def resolved():
        p = para("RESOLVED:-")
        p.runs[0].bold = True
        p.paragraph_format.keep_with_next = True
        return p

    def end_item():
        p = doc.add_paragraph(style="Normal")
        p.paragraph_format.space_after = Pt(6)
        rule(p)

    # ---- title block ------------------------------------------------------------
    title("HARTBURY CITY COUNCIL")
    title("HARTBURY AND SELWORTH JOINT HEALTH OVERVIEW AND SCRUTINY COMMITTEE")
    title("TUESDAY, 18 NOVEMBER 2025")
    plain()
    p = plain(
        "MINUTES OF A MEETING OF THE HARTBURY AND SELWORTH JOINT HEALTH OVERVIEW AND "
        "SCRUTINY COMMITTEE HELD ON TUESDAY 18 NOVEMBER 2025 AT 1400 HOURS IN COMMITTEE "
        "ROOMS 3 AND 4, COUNCIL HOUSE, CHAMBERLAIN SQUARE, HARTBURY, HB1 1BB",
        bold=True,
    )
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    plain()
    plain("PRESENT:-", bold=True)
    plain("Councillor Hannah Okoro in the Chair;")
    p = plain()
    r = p.add_run("Hartbury City Council: ")
    r.bold = True
    p.add_run("Councillors Colin Bramhall, Denise Fairweather and Tariq Mahmood.")
    p = plain()
    r = p.add_run("Selworth Metropolitan Borough Council: ")
    r.bold = True
    p.add_run(
        "Councillors Anne Corby, Sunil Dhaliwal, Margaret Ellery (Vice-Chair) and "
        "Peter Hatherley."
    )
    plain()
    plain("ALSO PRESENT:-", bold=True)
    for name, role in ALSO_PRESENT:
        plain(f"{name} \u2013 {role}", after=0)
    plain()
    p = plain("*************************************")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # ---- 19 -------------------------------------------------------------------------
    heading("NOTICE OF RECORDING/WEBCAST")
    first("19", "The Chair advised, and the Committee noted, that this meeting would be webcast "
          "for live or subsequent broadcast via the Council\u2019s meeting YouTube site and that "
          "members of the press/public may record and take photographs except where there are "
          "confidential or exempt items.")
    end_item()

    # ---- 20 -------------------------------------------------------------------------
    heading("APOLOGIES")
    first("20", "Apologies were submitted on behalf of Councillor Joan Whitcombe (Hartbury) and "
          "Councillor Ravi Bains (Selworth).")
    para("Apologies were also received from Paul Jennings, Chief Executive, HSICB, who was "
         "represented at the meeting by Marcus Tennant.")
    end_item()

    # ---- 21 -------------------------------------------------------------------------
    heading("DECLARATIONS OF INTERESTS")
    first("21", DECLARATIONS_TEXT)
    para("Councillor Denise Fairweather declared an other registerable interest in agenda "
         "items 5 and 6 as she was employed as a staff nurse by University Hospitals Hartbury "
         "NHS Foundation Trust. Councillor Sunil Dhaliwal declared an other registerable "
         "interest in agenda item 7 as a partner in a community pharmacy in Selworth.")
    end_item()

    # ---- 22 -------------------------------------------------------------------------
    heading("MINUTES AND MATTERS ARISING")
    first("22", "The minutes of the meeting held on 16 September 2025, having been circulated, "
          "were confirmed and signed by the Chair.")
    para("Arising from Minute No. 12 (Ambulance Handover Delays), Councillor Tariq Mahmood "
         "asked whether the breakdown of handover times by hospital site which had been "
         "requested at the last meeting had been received. Fiona Latham, Scrutiny Officer, "
         "confirmed that the information had been circulated to Members by email on 3 October "
         "2025 and would be added to the Committee\u2019s web pages with the minutes.")
    end_item()

    # ---- 23 -------------------------------------------------------------------------
    heading("FUTURE OF STROKE SERVICES IN HARTBURY AND SELWORTH \u2013 OUTCOME OF PUBLIC "
            "CONSULTATION AND DECISION-MAKING BUSINESS CASE")
    first("23", "The following report of the Hartbury and Selworth Integrated Care Board was "
          "submitted:-")
    para("(See document No. 1)")
    para("Marcus Tennant, Director of Strategy and Transformation, HSICB, and Professor Alan "
         "Redfern, Consultant Stroke Physician and Clinical Lead, University Hospitals Hartbury "
         "NHS Foundation Trust (UHH), presented the report and highlighted the following key "
         "points:-")
    bullets([
        "The 12-week public consultation had closed on 31 August 2025. It had received 2,914 "
        "responses to the survey, and 41 public meetings, drop-in sessions and focus groups had "
        "been held across both boroughs.",
        "The preferred option was to bring hyper-acute stroke care together in a single "
        "hyper-acute stroke unit at Hartbury General Hospital, with acute stroke beds and "
        "inpatient rehabilitation kept at both Hartbury General Hospital and Selworth Manor "
        "Hospital.",
        "61% of respondents had agreed or strongly agreed with the preferred option, although "
        "support among respondents living in Selworth was lower at 44%.",
        "The consultation responses had been analysed independently by a research company and "
        "the full analysis was appended to the decision-making business case.",
        "The ICB Board would make its final decision at its meeting on 11 December 2025 and, if "
        "approved, the changes would be phased in from the autumn of 2026.",
    ])
    para("In discussion, and in response to Members\u2019 questions, the following were among "
         "the main points made:-")
    bullets([
        "Members expressed concern about travel times for Selworth residents, particularly "
        "those without a car who would need to visit relatives at Hartbury General Hospital. "
        "Marcus Tennant advised that a travel and transport group had been established with "
        "the combined authority and local bus companies, and that a patient and visitor "
        "transport scheme would be in place before any change took effect.",
        "Councillor Margaret Ellery asked what the clinical evidence was for concentrating "
        "hyper-acute care on one site when it would mean longer ambulance journeys for many "
        "patients. Professor Redfern explained that the evidence from areas that had already "
        "centralised their services showed that more lives were saved by getting patients "
        "to a specialist unit with consultant cover at all times, even where the journey was "
        "longer, and that thrombectomy could only be provided safely from one site.",
        "In response to a question from Councillor Sunil Dhaliwal about whether the ambulance "
        "service could cope with the additional journeys between hospitals, it was confirmed "
        "that the ambulance trust had been part of the modelling and had agreed the extra "
        "crews that would be needed, which would be funded by the ICB.",
        "Councillor Colin Bramhall commented that the consultation had not reached enough "
        "people in communities where English was not the first language, and that the views "
        "of those communities were therefore under-represented in the findings.",
        "Members sought assurance on the staffing of the new unit. Professor Redfern advised "
        "that recruitment to stroke consultant and specialist nurse posts had been difficult "
        "on two sites and that consolidation would allow a single rota with round-the-clock "
        "consultant cover. No staff would be made redundant and staff at Selworth Manor "
        "Hospital had helped to design the new pathways.",
        "Rachel Doyle, Healthwatch Hartbury, reported that people who had contacted Healthwatch "
        "were broadly supportive of the clinical case but were anxious about the rehabilitation "
        "they would receive once back at home, and asked that community stroke rehabilitation "
        "be given the same priority as the hospital changes. Dr Chaudhry agreed and advised that "
        "\u00a31.2m of recurrent funding had been identified to expand the early supported "
        "discharge team across both boroughs.",
        "A Member queried whether the ICB Board would take its decision before the Committee "
        "had been able to see the ICB\u2019s response to the issues it had raised. Marcus "
        "Tennant confirmed that the ICB Board papers would include the Committee\u2019s comments "
        "and the ICB\u2019s response to each of them, and that these would be shared with "
        "Members before the Board met.",
    ])
    para("Councillor Peter Hatherley moved, and Councillor Colin Bramhall seconded, that the "
         "Committee request the Secretary of State for Health and Social Care to call in the "
         "proposals on the grounds that the consultation had not adequately addressed the "
         "concerns of Selworth residents. Upon being put to a vote it was 2 in favour, 5 "
         "against and 1 abstention and the motion was lost.")
    resolved()
    clauses([
        "That the report and the outcome of the public consultation be noted;",
        "That the Committee\u2019s comments, as set out above, be submitted to the ICB Board for "
        "consideration at its meeting on 11 December 2025;",
        "That the ICB be requested to provide a progress report on the travel and transport "
        "arrangements and on community stroke rehabilitation to the meeting in March 2026; and",
        "That the Committee does not wish to request that the Secretary of State call in the "
        "proposals at this time.",
    ])
    end_item()

    # ---- 24 -------------------------------------------------------------------------
    heading("URGENT AND EMERGENCY CARE: WINTER PLAN 2025/26")
    first("24", "The following joint report of the Hartbury and Selworth Integrated Care Board "
          "and the Directors of Adult Social Care of both Councils was submitted:-")
    para("(See document No. 2)")
    para("Sarah Whitfield, Director of Urgent and Emergency Care, HSICB, introduced the report, "
         "which set out the health and care system\u2019s plan for managing demand over the "
         "winter period, including additional community capacity, the expansion of virtual "
         "wards to 240 beds, a new acute respiratory hub in each borough and the joint "
         "discharge arrangements agreed through the Better Care Fund. Karen Oduya, Director of "
         "Adult Social Care, Hartbury City Council, outlined the actions being taken by the two "
         "local authorities to support timely discharge from hospital, including the purchase "
         "of 60 additional short-term home care packages, the extension of the discharge to "
         "assess model to Selworth Manor Hospital and seven-day working by the hospital social "
         "work teams from December.")
    para("In response to a question from Councillor Tariq Mahmood regarding the number of "
         "patients who remained in hospital beds despite being medically fit for discharge, "
         "Karen Oduya advised that on the day of the meeting there were 87 such patients across "
         "the two acute trusts, compared with 131 at the same point last year. The main reasons "
         "for delay were waiting for a care home placement or for a package of care in the "
         "more rural parts of Selworth, and Jonathan Pryce added that Selworth had recently "
         "agreed new hourly rates with its home care providers to attract more carers into "
         "those areas.")
    para("Councillor Denise Fairweather raised concerns about the number of patients being "
         "cared for in corridors at Hartbury General Hospital during periods of high demand, "
         "and the impact this had on the dignity of patients and on staff morale. Sarah "
         "Whitfield acknowledged that corridor care had been used on 19 days in October and "
         "said that this was not acceptable; the ICB had set a target to eliminate it by the "
         "end of March 2026 and every instance was now reported to the ICB Board. She added "
         "that additional wellbeing support had been put in place for emergency department "
         "staff over the winter.")
    para("Councillor Peter Hatherley asked whether the Selworth urgent treatment centre would "
         "remain open overnight throughout the winter, as residents had been told that it "
         "might close at midnight. Sarah Whitfield confirmed that there were no plans to change "
         "the opening hours this winter, but undertook to confirm the longer-term position in "
         "writing.")
    para("Members asked about the uptake of flu and COVID-19 vaccinations among health and care "
         "staff. Dr Nadia Chaudhry advised that 38% of frontline NHS staff had so far been "
         "vaccinated against flu, which was lower than last year, while the figure for care "
         "home staff was not yet known and a targeted campaign was under way with the care "
         "home managers\u2019 network.")
    para("The Chair requested that the figures for ambulance handover delays and corridor care "
         "be shared with the Committee every month over the winter. Sarah Whitfield agreed to "
         "provide these through the Scrutiny Officer.")
    resolved()
    para("That the report be noted and that monthly data on ambulance handover delays and "
         "corridor care be circulated to Members over the winter period.")
    end_item()

    # ---- 25 -------------------------------------------------------------------------
    heading("ACCESS TO GENERAL PRACTICE AND COMMUNITY PHARMACY")
    first("25", "Louise Carrow, Director of Primary Care, HSICB, gave a presentation on access "
          "to general practice and community pharmacy across Hartbury and Selworth.")
    para("(See document No. 3)")
    para("The presentation reported that the number of GP appointments had increased by 7% "
         "compared with the same period in 2024 and that 44% of appointments were now provided "
         "on the day they were booked. Eleven community pharmacies had closed in the past two "
         "years, eight of them in the most deprived wards of Hartbury, and the ICB was working "
         "with the two Health and Wellbeing Boards on the refresh of the pharmaceutical needs "
         "assessment. Councillor Sunil Dhaliwal, having declared an interest, left the room "
         "during the discussion of this item.")
    para("The following were among the main points raised in discussion:-")
    bullets([
        "The Chair commented that residents continued to describe the 8am rush for "
        "appointments and that the figures presented did not match their experience of "
        "trying to get through on the telephone. Louise Carrow accepted that patients\u2019 "
        "experience varied greatly between practices and said that all practices had now "
        "moved to cloud-based telephony which allowed callers to be offered a call back "
        "instead of waiting in a queue.",
        "Members queried how the new roles in general practice, such as physician associates "
        "and clinical pharmacists, were being explained to patients, as there was confusion "
        "about who patients would be seeing. Louise Carrow advised that a public information "
        "campaign developed with the patient participation groups would be launched in "
        "January 2026.",
        "Concern was expressed about the closure of community pharmacies in deprived areas and "
        "the effect on older residents who relied on them for repeat prescriptions and advice. "
        "It was noted that the pharmaceutical needs assessment had found no gap in provision "
        "overall, but that the ICB would look again at whether the closures in the east of "
        "the city amounted to a gap.",
        "Councillor Margaret Ellery asked what was being done about NHS dentistry, as she was "
        "regularly contacted by families unable to register a child with a dentist anywhere in "
        "Selworth. Louise Carrow explained that dentistry had been delegated to the ICB in 2023 "
        "and that an urgent dental access scheme had been commissioned from 14 practices, but "
        "accepted that access to routine dental care remained very poor.",
        "Councillor Colin Bramhall requested that the Committee receive a full report on "
        "dental access at a future meeting. The Chair agreed that this would be added to the "
        "work programme.",
    ])
    resolved()
    para("(i)\tThat the presentation be noted; and")
    para("(ii)\tThat a report on access to NHS dentistry, including children\u2019s dental "
         "health, be brought to a future meeting of the Committee.")
    end_item()

    # ---- 26 -------------------------------------------------------------------------
    heading("WORK PROGRAMME 2025/26")
    first("26", "Fiona Latham, Scrutiny Officer, presented the Committee\u2019s work programme "
          "for the remainder of 2025/26.")
    para("(See document No. 4)")
    para("Councillor Tariq Mahmood asked that the Committee look at the ICB\u2019s plans for "
         "mental health inpatient beds, following reports that some patients from both "
         "boroughs were still being placed out of area. The Scrutiny Officer advised that the "
         "ICB had offered a briefing on this and that it could be scheduled for the March 2026 "
         "meeting alongside the stroke services progress report.")
    resolved()
    para("That the work programme be agreed, subject to the addition of items on NHS dental "
         "access and mental health inpatient beds.")
    end_item()

    # ---- 27 -------------------------------------------------------------------------
    heading("DATE AND TIME OF NEXT MEETING")
    first("27", "It was noted that the next meeting would be held on Tuesday 20 January 2026 at "
          "1400 hours at Selworth Council House.")
    end_item()

    # ---- 28 -------------------------------------------------------------------------
    heading("OTHER URGENT BUSINESS")
    first("28", "There was no other urgent business.")
    end_item()

    # ---- 29 -------------------------------------------------------------------------
    heading("AUTHORITY TO CHAIR AND OFFICERS")
    first("29", "RESOLVED:-", bold=True)
    para("That in an urgent situation between meetings the Chair, jointly with the relevant "
         "Chief Officer, has authority to act on behalf of the Committee.")
    end_item()

    plain()
    plain("The meeting ended at 1617 hours.")
    plain()
    plain()
    p = plain("\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = plain("CHAIR", bold=True)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue()))


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed member timestamps so the output is reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-11-18",
    "items": [
        {"number": "19", "title": "NOTICE OF RECORDING/WEBCAST"},
        {"number": "20", "title": "APOLOGIES"},
        {"number": "21", "title": "DECLARATIONS OF INTERESTS"},
        {"number": "22", "title": "MINUTES AND MATTERS ARISING"},
        {"number": "23", "title": "FUTURE OF STROKE SERVICES IN HARTBURY AND SELWORTH \u2013 "
                                  "OUTCOME OF PUBLIC CONSULTATION AND DECISION-MAKING BUSINESS CASE"},
        {"number": "24", "title": "URGENT AND EMERGENCY CARE: WINTER PLAN 2025/26"},
        {"number": "25", "title": "ACCESS TO GENERAL PRACTICE AND COMMUNITY PHARMACY"},
        {"number": "26", "title": "WORK PROGRAMME 2025/26"},
        {"number": "27", "title": "DATE AND TIME OF NEXT MEETING"},
        {"number": "28", "title": "OTHER URGENT BUSINESS"},
        {"number": "29", "title": "AUTHORITY TO CHAIR AND OFFICERS"},
    ],
    "questions": [
        {"item": "22", "kind": "question",
         "text": "asked whether the breakdown of handover times by hospital site",
         "asked_by": "Councillor Tariq Mahmood",
         "answer": "the information had been circulated to Members by email on 3 October 2025",
         "given_by": "Fiona Latham, Scrutiny Officer",
         "themes": []},
        {"item": "23", "kind": "concern",
         "text": "Members expressed concern about travel times for Selworth residents",
         "asked_by": None,
         "answer": "a travel and transport group had been established with the combined authority",
         "given_by": "Marcus Tennant",
         "themes": []},
        {"item": "23", "kind": "question",
         "text": "asked what the clinical evidence was for concentrating hyper-acute care on one site",
         "asked_by": "Councillor Margaret Ellery",
         "answer": "more lives were saved by getting patients to a specialist unit",
         "given_by": "Professor Redfern",
         "themes": []},
        {"item": "23", "kind": "question",
         "text": "whether the ambulance service could cope with the additional journeys between hospitals",
         "asked_by": "Councillor Sunil Dhaliwal",
         "answer": "the ambulance trust had been part of the modelling and had agreed the extra crews",
         "given_by": None,
         "themes": ["finance"]},
        {"item": "23", "kind": "comment",
         "text": "the consultation had not reached enough people in communities where English",
         "asked_by": "Councillor Colin Bramhall",
         "answer": None,
         "given_by": None,
         "themes": ["patient-and-public-input"]},
        {"item": "23", "kind": "question",
         "text": "Members sought assurance on the staffing of the new unit",
         "asked_by": None,
         "answer": "consolidation would allow a single rota with round-the-clock consultant cover",
         "given_by": "Professor Redfern",
         "themes": ["workforce"]},
        {"item": "23", "kind": "request",
         "text": "asked that community stroke rehabilitation be given the same priority as the hospital changes",
         "asked_by": "Rachel Doyle",
         "answer": "recurrent funding had been identified to expand the early supported discharge team",
         "given_by": "Dr Chaudhry",
         "themes": ["patient-and-public-input", "finance"]},
        {"item": "23", "kind": "question",
         "text": "A Member queried whether the ICB Board would take its decision",
         "asked_by": None,
         "answer": "the ICB Board papers would include the Committee's comments and the ICB's response",
         "given_by": "Marcus Tennant",
         "themes": ["governance"]},
        {"item": "24", "kind": "question",
         "text": "patients who remained in hospital beds despite being medically fit for discharge",
         "asked_by": "Councillor Tariq Mahmood",
         "answer": "The main reasons for delay were waiting for a care home placement",
         "given_by": "Karen Oduya",
         "themes": ["adult-social-care"]},
        {"item": "24", "kind": "concern",
         "text": "raised concerns about the number of patients being cared for in corridors",
         "asked_by": "Councillor Denise Fairweather",
         "answer": "the ICB had set a target to eliminate it by the end of March 2026",
         "given_by": "Sarah Whitfield",
         "themes": ["workforce"]},
        {"item": "24", "kind": "question",
         "text": "asked whether the Selworth urgent treatment centre would remain open overnight",
         "asked_by": "Councillor Peter Hatherley",
         "answer": "there were no plans to change the opening hours this winter",
         "given_by": "Sarah Whitfield",
         "themes": []},
        {"item": "24", "kind": "question",
         "text": "Members asked about the uptake of flu and COVID-19 vaccinations",
         "asked_by": None,
         "answer": "the figure for care home staff was not yet known and a targeted campaign",
         "given_by": "Dr Nadia Chaudhry",
         "themes": ["public-health", "workforce"]},
        {"item": "24", "kind": "request",
         "text": "The Chair requested that the figures for ambulance handover delays",
         "asked_by": "The Chair",
         "answer": "Sarah Whitfield agreed to provide these through the Scrutiny Officer",
         "given_by": "Sarah Whitfield",
         "themes": []},
        {"item": "25", "kind": "comment",
         "text": "residents continued to describe the 8am rush for appointments",
         "asked_by": "The Chair",
         "answer": "all practices had now moved to cloud-based telephony which allowed callers",
         "given_by": "Louise Carrow",
         "themes": ["primary-care"]},
        {"item": "25", "kind": "question",
         "text": "Members queried how the new roles in general practice",
         "asked_by": None,
         "answer": "a public information campaign developed with the patient participation groups",
         "given_by": "Louise Carrow",
         "themes": ["primary-care", "workforce", "patient-and-public-input"]},
        {"item": "25", "kind": "concern",
         "text": "Concern was expressed about the closure of community pharmacies in deprived areas",
         "asked_by": None,
         "answer": "the pharmaceutical needs assessment had found no gap in provision overall",
         "given_by": None,
         "themes": ["primary-care"]},
        {"item": "25", "kind": "question",
         "text": "asked what was being done about NHS dentistry",
         "asked_by": "Councillor Margaret Ellery",
         "answer": "an urgent dental access scheme had been commissioned from 14 practices",
         "given_by": "Louise Carrow",
         "themes": ["primary-care", "children-and-families"]},
        {"item": "25", "kind": "request",
         "text": "requested that the Committee receive a full report on dental access",
         "asked_by": "Councillor Colin Bramhall",
         "answer": "The Chair agreed that this would be added to the work programme",
         "given_by": "The Chair",
         "themes": ["primary-care"]},
        {"item": "26", "kind": "request",
         "text": "asked that the Committee look at the ICB's plans for mental health inpatient beds",
         "asked_by": "Councillor Tariq Mahmood",
         "answer": "the ICB had offered a briefing on this and that it could be scheduled",
         "given_by": "The Scrutiny Officer",
         "themes": ["mental-health"]},
    ],
    "resolutions": [
        {"item": "19",
         "text": "The Chair advised, and the Committee noted, that this meeting would be webcast",
         "outcome": "noted", "themes": []},
        {"item": "22",
         "text": "were confirmed and signed by the Chair",
         "outcome": "agreed", "themes": []},
        {"item": "23",
         "text": "it was 2 in favour, 5 against and 1 abstention and the motion was lost",
         "outcome": "rejected", "themes": ["governance"]},
        {"item": "23",
         "text": "be submitted to the ICB Board for consideration at its meeting on 11 December 2025",
         "outcome": "agreed", "themes": ["governance"]},
        {"item": "24",
         "text": "monthly data on ambulance handover delays and corridor care be circulated to Members",
         "outcome": "agreed", "themes": []},
        {"item": "25",
         "text": "a report on access to NHS dentistry, including children's dental health",
         "outcome": "agreed", "themes": ["primary-care", "children-and-families"]},
        {"item": "26",
         "text": "That the work programme be agreed, subject to the addition of items",
         "outcome": "agreed", "themes": ["primary-care", "mental-health"]},
        {"item": "27",
         "text": "It was noted that the next meeting would be held on Tuesday 20 January 2026",
         "outcome": "noted", "themes": []},
        {"item": "29",
         "text": "has authority to act on behalf of the Committee",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": (
        [
            {"name": "Councillor Hannah Okoro", "role": "Chair", "attendance": "present"},
            {"name": "Councillor Colin Bramhall", "role": None, "attendance": "present"},
            {"name": "Councillor Denise Fairweather", "role": None, "attendance": "present"},
            {"name": "Councillor Tariq Mahmood", "role": None, "attendance": "present"},
            {"name": "Councillor Anne Corby", "role": None, "attendance": "present"},
            {"name": "Councillor Sunil Dhaliwal", "role": None, "attendance": "present"},
            {"name": "Councillor Margaret Ellery", "role": "Vice-Chair", "attendance": "present"},
            {"name": "Councillor Peter Hatherley", "role": None, "attendance": "present"},
        ]
        + [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in ALSO_PRESENT]
        + [
            {"name": "Councillor Joan Whitcombe", "role": None, "attendance": "apologies"},
            {"name": "Councillor Ravi Bains", "role": None, "attendance": "apologies"},
            {"name": "Paul Jennings", "role": "Chief Executive, HSICB", "attendance": "apologies"},
        ]
    ),
}

# ---------------------------------------------------------------------------
# The document that is not minutes: the host council's scrutiny cover report
# ---------------------------------------------------------------------------

REPORT_SECTIONS = [
    ("1", "Purpose of report", [
        ("1.1", "To present the Hartbury and Selworth Integrated Care Board\u2019s (HSICB) "
                "decision-making business case on the future of stroke services, following the "
                "public consultation held between 2 June and 31 August 2025, and to set out the "
                "options open to the Joint Committee in responding to it."),
        ("1.2", "The business case itself is attached as Appendix 1 (document No. 1 on the "
                "agenda). This covering report has been prepared by the Scrutiny Office on "
                "behalf of both Councils."),
    ]),
    ("2", "Recommendations", [
        ("", "That the Joint Committee:"),
        ("2.1", "Considers the outcome of the public consultation and the ICB\u2019s preferred "
                "option for hyper-acute stroke services;"),
        ("2.2", "Agrees the comments it wishes to submit to the ICB Board before the Board "
                "takes its decision on 11 December 2025;"),
        ("2.3", "Decides whether it considers that the proposals are in the interests of the "
                "health service in Hartbury and Selworth and, if not, whether it wishes to ask "
                "the Secretary of State for Health and Social Care to call in the proposals; and"),
        ("2.4", "Agrees when it wishes to receive a progress report on implementation."),
    ]),
    ("3", "Background", [
        ("3.1", "At its meeting on 11 March 2025 the Joint Committee agreed that the proposed "
                "changes to stroke services amounted to a substantial variation in the "
                "provision of health services and that the ICB should consult both Councils "
                "through this Joint Committee."),
        ("3.2", "The ICB\u2019s preferred option is to bring hyper-acute stroke care together at "
                "Hartbury General Hospital, with acute stroke beds and inpatient rehabilitation "
                "kept at both Hartbury General Hospital and Selworth Manor Hospital. Members "
                "raised questions at the pre-consultation stage about travel, the ambulance "
                "service, workforce and community rehabilitation."),
    ]),
    ("4", "The Joint Committee\u2019s powers", [
        ("4.1", "Since 31 January 2024 a local authority can no longer refer a proposal to the "
                "Secretary of State. Instead, the Joint Committee may ask the Secretary of State "
                "to consider calling in a proposal, using the call-in request form. The "
                "Secretary of State expects local options to have been exhausted first."),
        ("4.2", "Any decision to make a call-in request is a matter for the Joint Committee as "
                "a whole and should be supported by evidence that the proposal is not in the "
                "interests of the health service in the area."),
    ]),
    ("5", "Suggested lines of enquiry", [
        ("", "Members may wish to consider the following questions:"),
        ("\u2022", "How will patients and visitors from Selworth without a car travel to "
                   "Hartbury General Hospital, and who will pay for the transport scheme?"),
        ("\u2022", "Has the ambulance service confirmed that it can meet the additional "
                   "journeys, and how will this be funded?"),
        ("\u2022", "What will happen to the stroke workforce at Selworth Manor Hospital?"),
        ("\u2022", "Why was support for the preferred option lower among Selworth residents, and "
                   "how did the ICB reach communities where English is not the first language?"),
        ("\u2022", "What investment is planned in community stroke rehabilitation and early "
                   "supported discharge?"),
    ]),
    ("6", "Legal implications", [
        ("6.1", "The Local Authority (Public Health, Health and Wellbeing Boards and Health "
                "Scrutiny) Regulations 2013, as amended, require a relevant NHS body to consult "
                "the local authority on any proposal for a substantial variation. Where two or "
                "more authorities are consulted, they must appoint a joint committee to respond."),
    ]),
    ("7", "Financial implications", [
        ("7.1", "There are no direct financial implications for either Council arising from "
                "this report. The cost of the proposals falls to the ICB."),
    ]),
    ("8", "Public Sector Equality Duty", [
        ("8.1", "The ICB has published an integrated impact assessment alongside the business "
                "case. Members may wish to satisfy themselves that the needs of older people, "
                "disabled people and people on low incomes have been taken into account."),
    ]),
]


def build_report(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 11, 7, 12, 0, 0, tzinfo=dt.timezone.utc))
    pdf.set_title("Future of Stroke Services - Scrutiny Report")
    pdf.set_author("Hartbury City Council")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft Word")
    pdf.add_font("Sans", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 22)

    def footer():
        pdf.set_y(-15)
        pdf.set_font("Sans", "", 8)
        pdf.cell(0, 5, f"Page {pdf.page_no()}", align="C")

    pdf.footer = footer  # type: ignore[method-assign]
    pdf.add_page()

    pdf.set_font("Sans", "B", 14)
    pdf.cell(0, 8, "HARTBURY CITY COUNCIL", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, 6, "PUBLIC REPORT", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    rows = [
        ("Report to:", COMMITTEE),
        ("Report of:", "Head of Scrutiny Services"),
        ("Date of meeting:", "18 November 2025"),
        ("Subject:", "FUTURE OF STROKE SERVICES \u2013 THE JOINT COMMITTEE\u2019S RESPONSE TO "
                     "THE ICB\u2019S DECISION-MAKING BUSINESS CASE"),
        ("Wards affected:", "All wards in Hartbury and Selworth"),
        ("Contact officer:", "Fiona Latham, Scrutiny Officer, fiona.latham@hartbury.example.gov.uk"),
    ]
    pdf.set_draw_color(0)
    for label, value in rows:
        y0 = pdf.get_y()
        pdf.set_font("Sans", "B", 10)
        pdf.multi_cell(42, 6, label, border=0, new_x="RIGHT", new_y="TOP")
        pdf.set_font("Sans", "", 10)
        pdf.multi_cell(0, 6, value, border=0, align="L", new_x="LMARGIN", new_y="NEXT")
        y1 = pdf.get_y()
        pdf.rect(pdf.l_margin, y0, pdf.epw, y1 - y0)
    pdf.ln(6)

    for num, heading, paras in REPORT_SECTIONS:
        pdf.set_font("Sans", "B", 11)
        pdf.cell(10, 7, num)
        pdf.cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 10)
        for pnum, text in paras:
            if pnum:
                pdf.cell(10, 5.5, pnum)
                pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_x(pdf.l_margin + 10)
                pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        pdf.ln(2)

    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 7, "Appendices", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(0, 5.5, "Appendix 1 \u2013 HSICB: Future of Stroke Services, Decision-Making "
                           "Business Case (November 2025)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 7, "Background papers", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(0, 5.5, "Minutes of the Joint Committee, 11 March 2025 and 16 September "
                           "2025; HSICB consultation document \u2018Better Stroke Care for "
                           "Hartbury and Selworth\u2019 (June 2025).",
                   new_x="LMARGIN", new_y="NEXT")
    path.write_bytes(bytes(pdf.output()))


REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}

# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------


def normalise(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def document_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".docx":
        from docx import Document

        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.extend(p.text for p in cell.paragraphs)
        return "\n".join(parts)
    if ext == ".pdf":
        import pdfplumber

        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup

        return BeautifulSoup(path.read_bytes(), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\nwrote gold files to {GOLD}")


VALID_KINDS = {"question", "concern", "request", "comment"}
VALID_OUTCOMES = {"noted", "agreed", "recommended", "deferred", "rejected", "other"}
VALID_ATT = {"present", "apologies", "in_attendance", "absent"}
VALID_THEMES = {
    "privatisation", "subcontracting", "patient-and-public-input", "public-health", "finance",
    "governance", "integration", "workforce", "primary-care", "mental-health",
    "children-and-families", "adult-social-care", "housing",
}


def check() -> int:
    problems: list[str] = []
    for gold_path in sorted(GOLD.glob("ov-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = DOCS / gold["document"]
        if not doc_path.exists():
            problems.append(f"{gold_path.name}: missing document {doc_path.name}")
            continue
        text = normalise(document_text(doc_path))
        if not text:
            problems.append(f"{doc_path.name}: no text extracted")
        items = {i["number"] for i in gold.get("items", [])}
        phrases: list[tuple[str, str]] = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"] is not None:
                phrases.append(("answer", q["answer"]))
            if q["kind"] not in VALID_KINDS:
                problems.append(f"bad kind {q['kind']}")
            if q["item"] not in items:
                problems.append(f"question item {q['item']} not in items")
            if q["answer"] is None and q["given_by"] is not None:
                problems.append(f"given_by without answer: {q['text']}")
            problems.extend(f"bad theme {t}" for t in q["themes"] if t not in VALID_THEMES)
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
            if r["outcome"] not in VALID_OUTCOMES:
                problems.append(f"bad outcome {r['outcome']}")
            if r["item"] not in items:
                problems.append(f"resolution item {r['item']} not in items")
            problems.extend(f"bad theme {t}" for t in r["themes"] if t not in VALID_THEMES)
        for a in gold.get("attendees", []):
            if a["attendance"] not in VALID_ATT:
                problems.append(f"bad attendance {a['attendance']}")
            surname = normalise(a["name"]).split()[-1]
            if surname not in text:
                problems.append(f"attendee {a['name']} not found")
        for kind, phrase in phrases:
            n = normalise(phrase)
            words = len(n.split())
            if not 6 <= words <= 15:
                problems.append(f"{doc_path.name}: {kind} phrase has {words} words: {phrase!r}")
            count = text.count(n)
            if count != 1:
                problems.append(f"{doc_path.name}: {kind} phrase found {count} times: {phrase!r}")
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    for p in problems:
        print("PROBLEM:", p)
    print("check passed" if not problems else f"check FAILED ({len(problems)} problems)")
    return 1 if problems else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
