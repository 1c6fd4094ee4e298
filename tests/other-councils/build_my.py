#!/usr/bin/env python3
"""Build the "my-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_my.py           build documents/my-* and gold/my-*.json
        build_my.py --check   verify every gold phrase occurs once in its document
"""

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
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES = "my-cradlebrook-hasc-scrutiny-2025-01-14.docx"
REPORT = "my-cradlebrook-ecm-report-home-care-fee-rates-2025-26.pdf"

FIXED = dt.datetime(2025, 1, 21, 9, 30, 0)
FONTS = Path("/usr/share/fonts/truetype/dejavu")

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------

PRESENT = ("Present – Councillors Ashurst (Chairman), Mrs. Holden (Vice-Chairman), "
           "Barlow, Cundliffe, Entwisle, Hargreaves, Iqbal, Mrs. Latham, Parvez and "
           "Whittle.")

ALSO = [
    ("Councillor Mrs. Royle", "Executive Cabinet Member for Adult Social Care"),
    ("Councillor Sutcliffe", "Executive Cabinet Member for Wellbeing"),
    ("Mr. K. Openshaw", "Healthwatch Cradlebrook"),
    ("Ms. R. Kershaw", "Director of Adult Social Services"),
    ("Dr. H. Mistry", "Director of Public Health"),
    ("Mr. J. Fairbrother", "Assistant Director, Commissioning and Market Development"),
    ("Mrs. L. Pendlebury", "Head of Quality and Performance, Adult Services"),
    ("Mr. P. Tattersall", "Deputy Director of Finance"),
    ("Mr. G. Whitehead", "Chief Operating Officer, Cradlebrook NHS Foundation Trust"),
    ("Mrs. S. Kenyon", "Associate Director of Integrated Care, Cradlebrook NHS Foundation Trust"),
    ("Ms. A. Duckworth", "Associate Director of Primary Care, NHS Hollinmoor Integrated Care Board"),
    ("Mrs. C. Lomax", "Principal Democratic Services Officer"),
]

APOLOGIES = ("Apologies for absence were submitted by Councillors Mrs. Grundy and Warburton "
             "and by Mrs. J. Ormerod (Director of Nursing, Cradlebrook NHS Foundation Trust).")

CHAIR = "Councillor Ashurst in the Chair."

# Each item: (number as Word will print it, title, blocks). Block kinds:
#   p   a body paragraph            pi  an italic body paragraph
#   b   a list of Word bullets      r   a resolution: first line, then clause lines
ITEMS = [
    ("27", "MINUTES OF PREVIOUS MEETING", [
        ("p", "The minutes of the proceedings of the meeting of the Committee held on 12th "
              "November, 2024 were submitted and signed as a correct record."),
    ]),
    ("28", "HOSPITAL DISCHARGE AND WINTER PRESSURES 2024/25", [
        ("p", "Mr. G. Whitehead, Chief Operating Officer, Cradlebrook NHS Foundation Trust and "
              "Mrs. S. Kenyon, Associate Director of Integrated Care, gave a presentation which "
              "provided Members with an update on the position across the Cradlebrook health and "
              "care system during the winter period and on the joint arrangements for discharging "
              "patients from the Royal Cradlebrook Hospital."),
        ("p", "The presentation included details of –"),
        ("b", [
            "emergency department attendances, which had averaged 412 a day during December, "
            "2024, an increase of 6% on the same period in the previous year;",
            "the number of patients with no criteria to reside, which had peaked at 96 on 30th "
            "December;",
            "the work of the Integrated Discharge Hub at Moorend House, which brought together "
            "hospital discharge staff and the Council's hospital social work team;",
            "the use of 18 interim ‘discharge to assess’ beds purchased from independent care "
            "homes; and",
            "the additional £1.9m allocated from the Better Care Fund to support the system "
            "over the winter.",
        ]),
        ("p", "In the discussion which followed, Members raised the following issues:-"),
        ("b", [
            "Concern was expressed about the number of patients waiting more than twelve hours "
            "in the emergency department, with some older patients remaining on trolleys "
            "overnight. Mr. Whitehead acknowledged that this was not acceptable and advised that "
            "a new acute medical unit would open in March, providing an additional 28 beds;",
            "A Member asked how many people were currently medically fit for discharge but "
            "remained in a hospital bed. Mrs. Kenyon advised that on the morning of the meeting "
            "the figure had been 74 and that the main delays were for people waiting for home "
            "care packages or for a nursing home placement;",
            "Councillor Iqbal sought clarification as to whether the additional discharge "
            "funding would continue beyond March, 2025. The Executive Cabinet Member for Adult "
            "Social Care stated that the Council was still awaiting confirmation of the "
            "allocation from the Government and that this represented a significant risk to "
            "the budget for 2025/26;",
            "Members questioned the increasing use of care home placements outside the borough "
            "for people leaving hospital, which made it difficult for families to visit;",
            "Mr. Openshaw reported that Healthwatch Cradlebrook had received feedback from "
            "patients who had been discharged late at night without their medication, and it "
            "was agreed that the Trust would look into the individual cases if details were "
            "provided; and",
            "Councillor Whittle asked whether the Trust was able to recruit sufficient nursing "
            "staff for the winter escalation wards. Mr. Whitehead explained that the Trust had "
            "reduced its reliance on agency staff by 40% over the past year through "
            "international recruitment, although some shifts were still being filled through "
            "the Trust's own staff bank.",
        ]),
        ("r", ["Resolved – That the presentation be noted and Mr. Whitehead and Mrs. Kenyon be "
               "thanked for their attendance."]),
    ]),
    ("29", "ADULT SOCIAL CARE – PREPARATION FOR CQC ASSESSMENT", [
        ("p", "The Director of Adult Social Services submitted a report which updated Members on "
              "the preparations being made for the assessment of the Council's adult social care "
              "functions by the Care Quality Commission under the Health and Care Act 2022."),
        ("p", "The report explained that the Council's self-assessment had been refreshed in "
              "November, 2024 and identified as the main areas for improvement the waiting times "
              "for Care Act assessments, the timeliness of annual reviews and the support "
              "offered to unpaid carers. Members were advised that at the end of December there "
              "were 612 people waiting for an assessment, of whom 138 had been waiting for longer "
              "than six months. A peer challenge had been undertaken by a neighbouring authority "
              "in October and its findings were set out at Appendix 2 to the report."),
        ("p", "Councillor Mrs. Latham asked how the views of people who used services and their "
              "carers would be included in the assessment. Ms. Kershaw explained that the CQC "
              "would speak directly to a sample of people and that the Council had commissioned "
              "Healthwatch Cradlebrook to carry out a survey of 300 carers, the results of which "
              "would be available in February. Councillor Barlow questioned whether the waiting "
              "list was due to a shortage of social workers and was informed that there were "
              "currently 14 vacant social worker posts, the majority of which were covered by "
              "agency social workers at an additional cost of around £450,000 a year. Councillor "
              "Barlow commented that this was a poor use of public money."),
        ("p", "A Member requested that the self-assessment be circulated to all Members of the "
              "Committee before the assessment took place. The Director agreed to do so, subject "
              "to the removal of information which identified individual providers."),
        ("r", ["Resolved – (i)\tThat the report be noted.",
               "(ii)\tThat a further report be submitted to the Committee following the CQC "
               "on-site assessment."]),
    ]),
    ("30", "RECOMMISSIONING OF HOME CARE SERVICES", [
        ("pi", "(Councillor Entwisle declared a personal interest in this item as a member of her "
               "family was employed by a home care provider in the borough and took no part in "
               "the discussion.)"),
        ("p", "Mr. J. Fairbrother, Assistant Director, Commissioning and Market Development, "
              "submitted a report which sought the views of the Committee on the proposed "
              "approach to the recommissioning of home care services in the borough, the current "
              "contracts for which would expire on 31st October, 2025."),
        ("p", "The report advised that home care was currently delivered by 31 providers under "
              "a framework agreement, with around 1,450 people receiving 19,800 hours of care "
              "each week. It was proposed to move to a model of four geographical zones, each with "
              "a lead provider, supported by a smaller framework of approved providers. The "
              "proposed hourly rate for 2025/26 was £24.10, compared with the current rate of "
              "£22.46."),
        ("p", "Members made the following comments and asked the following questions:-"),
        ("b", [
            "Concern was expressed that all home care in the borough was now delivered by "
            "private companies, some of which were owned by national groups with private equity "
            "backing, and Members asked whether consideration had been given to bringing some "
            "provision back in-house. Mr. Fairbrother explained that an options appraisal had "
            "been carried out and that an in-house service had been discounted on the grounds of "
            "cost, as the Council's own terms and conditions would add an estimated £3.2m a "
            "year;",
            "Councillor Mrs. Holden asked whether the new contracts would require providers to "
            "pay care workers for their travel time between calls and to pay the Real Living "
            "Wage. It was confirmed that the specification would require payment for travel "
            "time, but that the Real Living Wage could not be guaranteed within the current "
            "budget;",
            "A Member queried how the proposed hourly rate compared with neighbouring "
            "authorities. Mr. Fairbrother reported that the rate was in the middle of the range "
            "across the North West;",
            "Members asked how people who received home care and their families had been "
            "involved in designing the new model. Mrs. Pendlebury stated that 212 people had "
            "responded to a survey and that three focus groups had been held with carers;",
            "Concern was raised that the proposed zones did not reflect the difficulty of "
            "recruiting care staff in the more rural wards of Ladyfield and Hallbrook, where "
            "calls were often missed or cut short; and",
            "Councillor Cundliffe requested that the Committee be given the opportunity to "
            "comment on the service specification before the tender was advertised. The "
            "Executive Cabinet Member for Adult Social Care agreed that this would be brought to "
            "the meeting in March.",
        ]),
        ("r", ["Resolved – (i)\tThat the report be noted.",
               "(ii)\tThat the Executive Cabinet Member for Adult Social Care be recommended to "
               "ensure that the service specification requires all providers to pay care workers "
               "for travel time."]),
    ]),
    ("31", "ACCESS TO GP AND DENTAL SERVICES IN CRADLEBROOK", [
        ("p", "Ms. A. Duckworth, Associate Director of Primary Care, NHS Hollinmoor Integrated "
              "Care Board, submitted a report which provided an update on access to general "
              "practice and NHS dental services in the borough."),
        ("p", "The report stated that the 38 GP practices in Cradlebrook had provided 1.41 million "
              "appointments in 2023/24, 11% more than before the pandemic, and that 71% of "
              "patients had described their experience of making an appointment as good in the "
              "national GP Patient Survey. Only 41% of adults had seen an NHS dentist in the past "
              "two years, against 52% nationally, and two practices in the borough had handed "
              "back their NHS contracts during 2024."),
        ("p", "Councillor Parvez referred to the difficulties residents experienced in getting "
              "through to their surgery by telephone at 8.00 a.m. and asked what was being done to "
              "address this. Ms. Duckworth explained that all practices had now moved to "
              "cloud-based telephone systems with a call-back facility, and that practices were "
              "required to offer an online route to request appointments."),
        ("p", "In response to a question from Councillor Hargreaves about the closure of the "
              "pharmacy on Station Road, Moorend, Ms. Duckworth advised that the decision had been "
              "made by the company concerned and that the ICB had assessed that there remained "
              "adequate access to pharmacies within one mile."),
        ("p", "Members expressed concern that children in the borough were unable to register "
              "with an NHS dentist and that some families were travelling over 20 miles for "
              "treatment. It was noted that the ICB had commissioned an additional 6,000 urgent "
              "dental appointments through a flexible commissioning scheme, but that no new "
              "general dental contracts had been awarded."),
        ("p", "Councillor Mrs. Latham commented that the number of appointments was less "
              "important than continuity of care, particularly for older people with long term "
              "conditions, and that many residents no longer knew who their own doctor was."),
        ("p", "The Committee agreed that a further update on NHS dental services, including the "
              "outcome of the ICB's dental recovery plan, be submitted to the meeting in July, "
              "2025."),
    ]),
    ("32", "DRAFT BUDGET PROPOSALS 2025/26 – ADULT SOCIAL CARE AND PUBLIC HEALTH", [
        ("p", "The Deputy Director of Finance submitted a report which set out the savings "
              "options for 2025/26 within the Adult Social Care and Wellbeing portfolios, as part "
              "of the Council's budget strategy. The Committee was advised that the Council faced "
              "a funding gap of £14.6m in 2025/26, of which adult social care accounted for £6.1m "
              "of the pressures. Savings options totalling £3.4m had been identified, including a "
              "review of day services at Ladyfield and Hallbrook, increased charges for community "
              "alarms and a reduction of £250,000 in the contribution from the public health "
              "grant to lifestyle services."),
        ("p", "Councillor Whittle asked what the impact of the proposed changes to day services "
              "would be on carers, who relied on them to have a break. Ms. Kershaw explained that "
              "no day centre would close until every person attending had been reassessed and "
              "that a full equality impact assessment would be carried out. Councillor Whittle "
              "also asked whether the proposals would be subject to public consultation and was "
              "informed that a twelve week consultation would begin on 3rd February, 2025."),
        ("p", "In response to a question from Councillor Iqbal regarding the use of reserves, "
              "the Deputy Director of Finance explained that general reserves stood at £12.3m and "
              "that it would not be prudent to use them to meet ongoing costs."),
        ("p", "Concern was expressed that the reduction in lifestyle services, including stop "
              "smoking and weight management support, would widen health inequalities in the "
              "most deprived wards. Dr. Mistry responded that the stop smoking service would be "
              "protected in full, as it was funded separately through a national grant, and that "
              "the reduction would fall mainly on the weight management programme."),
        ("p", "Whereupon –"),
        ("p", "It was moved by Councillor Barlow, seconded by Councillor Cundliffe, that the "
              "Committee recommend to the Cabinet that the proposed review of day services at "
              "Ladyfield and Hallbrook be removed from the savings options for 2025/26. On being "
              "put to the vote, the motion was lost."),
        ("r", ["Resolved – (i)\tThat the report be noted.",
               "(ii)\tThat the comments of the Committee, as set out above, be submitted to the "
               "Cabinet at its meeting on 10th February, 2025."]),
    ]),
    ("33", "HEALTHWATCH CRADLEBROOK – ENTER AND VIEW VISITS TO CARE HOMES", [
        ("p", "Mr. K. Openshaw, Healthwatch Cradlebrook, presented a report which summarised the "
              "findings of the enter and view visits carried out at six care homes in the borough "
              "between July and October, 2024. The visits had found that residents were "
              "generally positive about the care they received, but had identified concerns "
              "about the lack of activities at weekends, the high use of agency staff at two of "
              "the homes and the quality of the information given to families about fees."),
        ("p", "Councillor Hargreaves asked whether the findings had been shared with the CQC. "
              "Mr. Openshaw confirmed that all reports were sent to the CQC and to the Council's "
              "quality assurance team, and that the two homes concerned had produced action "
              "plans."),
        ("p", "A Member commented that the families of self-funders were often unaware of the "
              "fees they would be charged when their savings ran out. Ms. Kershaw undertook to "
              "review the information about care home fees given to families by the Council."),
        ("r", ["Resolved – That the report be noted and Healthwatch Cradlebrook be thanked for "
               "its work."]),
    ]),
    ("34", "WORK PROGRAMME 2024/25", [
        ("p", "The Principal Democratic Services Officer submitted the Committee's work programme "
              "for the remainder of the 2024/25 municipal year."),
        ("p", "Members suggested that the Committee should consider the findings of the "
              "Cradlebrook Suicide Prevention Audit and the arrangements for the transition of "
              "young people from children's to adult mental health services."),
        ("r", ["Resolved – That the work programme be approved, subject to the inclusion of the "
               "items referred to above."]),
    ]),
]

CLOSING = "(The meeting started at 5.00 p.m. and finished at 7.20 p.m.)"

# ---------------------------------------------------------------------------
# Gold for the minutes (annotated from the text above, by hand)
# ---------------------------------------------------------------------------

ECM_ASC = "Executive Cabinet Member for Adult Social Care"

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}

def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}

QUESTIONS = [
    q("28", "concern", "patients waiting more than twelve hours in the emergency department",
      None, "a new acute medical unit would open in March", "Mr. Whitehead", []),
    q("28", "question", "asked how many people were currently medically fit for discharge",
      None, "the main delays were for people waiting for home care packages",
      "Mrs. Kenyon", ["adult-social-care"]),
    q("28", "question",
      "sought clarification as to whether the additional discharge funding would continue",
      "Councillor Iqbal", "still awaiting confirmation of the allocation from the Government",
      ECM_ASC, ["finance", "integration"]),
    q("28", "concern",
      "increasing use of care home placements outside the borough for people leaving hospital",
      None, None, None, ["adult-social-care"]),
    q("28", "comment", "had received feedback from patients who had been discharged late at night",
      "Mr. Openshaw", "the Trust would look into the individual cases if details were provided",
      None, ["patient-and-public-input"]),
    q("28", "question", "asked whether the Trust was able to recruit sufficient nursing staff",
      "Councillor Whittle", "reduced its reliance on agency staff by 40% over the past year",
      "Mr. Whitehead", ["workforce"]),
    q("29", "question",
      "asked how the views of people who used services and their carers",
      "Councillor Mrs. Latham",
      "commissioned Healthwatch Cradlebrook to carry out a survey of 300 carers",
      "Ms. Kershaw", ["patient-and-public-input", "adult-social-care"]),
    q("29", "question",
      "questioned whether the waiting list was due to a shortage of social workers",
      "Councillor Barlow", "there were currently 14 vacant social worker posts", None,
      ["workforce"]),
    q("29", "comment", "commented that this was a poor use of public money",
      "Councillor Barlow", None, None, ["finance"]),
    q("29", "request",
      "be circulated to all Members of the Committee before the assessment took place",
      None, "subject to the removal of information which identified individual providers",
      "The Director", ["governance"]),
    q("30", "concern", "all home care in the borough was now delivered by private companies",
      None, "explained that an options appraisal had been carried out",
      "Mr. Fairbrother", ["privatisation", "adult-social-care"]),
    q("30", "question",
      "would require providers to pay care workers for their travel time between calls",
      "Councillor Mrs. Holden",
      "the Real Living Wage could not be guaranteed within the current budget", None,
      ["workforce", "subcontracting"]),
    q("30", "question", "queried how the proposed hourly rate compared with neighbouring authorities",
      None, "the rate was in the middle of the range across the North West",
      "Mr. Fairbrother", ["finance"]),
    q("30", "question",
      "people who received home care and their families had been involved in designing",
      None, "212 people had responded to a survey and that three focus groups",
      "Mrs. Pendlebury", ["patient-and-public-input", "adult-social-care"]),
    q("30", "concern", "proposed zones did not reflect the difficulty of recruiting care staff",
      None, None, None, ["workforce", "adult-social-care"]),
    q("30", "request",
      "requested that the Committee be given the opportunity to comment on the service specification",
      "Councillor Cundliffe", "this would be brought to the meeting in March", ECM_ASC,
      ["subcontracting"]),
    q("31", "question",
      "difficulties residents experienced in getting through to their surgery by telephone",
      "Councillor Parvez",
      "practices were required to offer an online route to request appointments",
      "Ms. Duckworth", ["primary-care"]),
    q("31", "question",
      "question from Councillor Hargreaves about the closure of the pharmacy on Station Road",
      "Councillor Hargreaves", "there remained adequate access to pharmacies within one mile",
      "Ms. Duckworth", ["primary-care"]),
    q("31", "concern", "children in the borough were unable to register with an NHS dentist",
      None, "had commissioned an additional 6,000 urgent dental appointments", None,
      ["primary-care", "children-and-families"]),
    q("31", "comment", "many residents no longer knew who their own doctor was",
      "Councillor Mrs. Latham", None, None, ["primary-care"]),
    q("32", "question",
      "what the impact of the proposed changes to day services would be on carers",
      "Councillor Whittle",
      "no day centre would close until every person attending had been reassessed",
      "Ms. Kershaw", ["adult-social-care", "finance"]),
    q("32", "question", "asked whether the proposals would be subject to public consultation",
      "Councillor Whittle", "a twelve week consultation would begin on 3rd February", None,
      ["patient-and-public-input"]),
    q("32", "question", "question from Councillor Iqbal regarding the use of reserves",
      "Councillor Iqbal", "would not be prudent to use them to meet ongoing costs",
      "Deputy Director of Finance", ["finance"]),
    q("32", "concern", "would widen health inequalities in the most deprived wards",
      None, "the stop smoking service would be protected in full", "Dr. Mistry",
      ["public-health", "finance"]),
    q("33", "question", "asked whether the findings had been shared with the CQC",
      "Councillor Hargreaves", "the two homes concerned had produced action plans",
      "Mr. Openshaw", ["governance"]),
    q("33", "comment", "were often unaware of the fees they would be charged",
      None, "undertook to review the information about care home fees given to families",
      "Ms. Kershaw", ["adult-social-care", "finance"]),
    q("34", "request",
      "should consider the findings of the Cradlebrook Suicide Prevention Audit",
      None, None, None, ["mental-health"]),
]

RESOLUTIONS = [
    r("27", "meeting of the Committee held on 12th November, 2024 were submitted and signed",
      "agreed", []),
    r("28", "That the presentation be noted and Mr. Whitehead and Mrs. Kenyon be thanked",
      "noted", []),
    r("29", "a further report be submitted to the Committee following the CQC", "agreed",
      ["governance"]),
    r("30", "be recommended to ensure that the service specification requires all providers",
      "recommended", ["workforce", "subcontracting"]),
    r("31", "The Committee agreed that a further update on NHS dental services", "agreed",
      ["primary-care"]),
    r("32", "On being put to the vote, the motion was lost", "rejected",
      ["adult-social-care", "finance"]),
    r("32", "be submitted to the Cabinet at its meeting on 10th February, 2025", "agreed",
      ["finance"]),
    r("33", "the report be noted and Healthwatch Cradlebrook be thanked for its work", "noted",
      ["patient-and-public-input"]),
    r("34", "the work programme be approved, subject to the inclusion of the items", "agreed",
      []),
]

ATTENDEES = (
    [{"name": "Councillor Ashurst", "role": "Chairman", "attendance": "present"},
     {"name": "Councillor Mrs. Holden", "role": "Vice-Chairman", "attendance": "present"}]
    + [{"name": "Councillor " + n, "role": None, "attendance": "present"}
       for n in ["Barlow", "Cundliffe", "Entwisle", "Hargreaves", "Iqbal", "Mrs. Latham",
                 "Parvez", "Whittle"]]
    + [{"name": n, "role": role, "attendance": "in_attendance"} for n, role in ALSO]
    + [{"name": "Councillor Mrs. Grundy", "role": None, "attendance": "apologies"},
       {"name": "Councillor Warburton", "role": None, "attendance": "apologies"},
       {"name": "Mrs. J. Ormerod", "role": "Director of Nursing, Cradlebrook NHS Foundation Trust",
        "attendance": "apologies"}]
)


def minutes_gold():
    return {
        "document": MINUTES,
        "doc_type": "minutes",
        "committee": "Health and Adult Social Care Scrutiny Committee",
        "meeting_date": "2025-01-14",
        "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
        "questions": QUESTIONS,
        "resolutions": RESOLUTIONS,
        "attendees": ATTENDEES,
    }


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

ITEM_ABSTRACT = f"""
<w:abstractNum {W_NS} w:abstractNumId="40">
  <w:multiLevelType w:val="singleLevel"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="27"/>
    <w:numFmt w:val="decimal"/>
    <w:lvlText w:val="%1."/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:tabs><w:tab w:val="num" w:pos="851"/></w:tabs><w:ind w:left="851" w:hanging="851"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/></w:rPr>
  </w:lvl>
</w:abstractNum>
"""

ITEM_NUM = f'<w:num {W_NS} w:numId="40"><w:abstractNumId w:val="40"/></w:num>'


def add_item_numbering(doc):
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    abstract = parse_xml(ITEM_ABSTRACT)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(ITEM_NUM))


def set_num(paragraph, num_id, ilvl=0):
    ppr = paragraph._p.get_or_add_pPr()
    numpr = parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    ppr.insert(0, numpr)


def para(doc, text="", bold=False, italic=False, align=None, left=None, hanging=None,
         after=8, underline=False, size=None):
    p = doc.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold = bold
        run.italic = italic
        run.underline = underline
        if size:
            run.font.size = Pt(size)
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(0)
    if align is not None:
        p.alignment = align
    if left is not None:
        pf.left_indent = Cm(left)
    if hanging is not None:
        pf.first_line_indent = Cm(-hanging)
    return p


def no_borders(table):
    tbl = table._tbl
    tblpr = tbl.tblPr
    borders = parse_xml(
        f'<w:tblBorders {W_NS}>'
        + "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right",
                                                     "insideH", "insideV"))
        + '</w:tblBorders>')
    tblpr.append(borders)


def page_field_header(section, prefix):
    header = section.header
    p = header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = p.add_run(prefix)
    run.bold = True
    fld = parse_xml(
        f'<w:fldSimple {W_NS} w:instr=" PAGE \\* MERGEFORMAT ">'
        '<w:r><w:rPr><w:b/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>')
    p._p.append(fld)


def save_docx_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 21, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def build_minutes(path):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    lb = doc.styles["List Bullet"]
    lb.paragraph_format.left_indent = Cm(2.0)
    lb.paragraph_format.first_line_indent = Cm(-0.6)

    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    page_field_header(sec, "D")

    add_item_numbering(doc)

    para(doc, "HEALTH AND ADULT SOCIAL CARE SCRUTINY COMMITTEE", bold=True,
         align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    para(doc, "MEETING, 14TH JANUARY, 2025", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
         after=14)
    para(doc, PRESENT, align=WD_ALIGN_PARAGRAPH.JUSTIFY, left=2.5, hanging=2.5, after=10)
    para(doc, "Also in Attendance", bold=True, after=4)

    table = doc.add_table(rows=0, cols=3)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    no_borders(table)
    widths = (Cm(5.2), Cm(0.6), Cm(10.6))
    for name, role in ALSO:
        cells = table.add_row().cells
        for cell, value, w in zip(cells, (name, "–", role), widths):
            cell.width = w
            cell.paragraphs[0].add_run(value)
            cell.paragraphs[0].paragraph_format.space_after = Pt(1)
    para(doc, "", after=4)
    para(doc, APOLOGIES, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=10)
    para(doc, CHAIR, bold=True, after=14)

    for number, title, blocks in ITEMS:
        h = para(doc, title, bold=True, after=8)
        h.paragraph_format.keep_with_next = True
        set_num(h, 40)
        for kind, content in blocks:
            if kind == "p":
                para(doc, content, align=WD_ALIGN_PARAGRAPH.JUSTIFY, left=1.5, after=8)
            elif kind == "pi":
                para(doc, content, italic=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY, left=1.5,
                     after=8)
            elif kind == "b":
                for i, text in enumerate(content):
                    bp = doc.add_paragraph(text, style="List Bullet")
                    bp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                    bp.paragraph_format.space_after = Pt(6 if i == len(content) - 1 else 4)
            elif kind == "r":
                first, *rest = content
                rp = para(doc, first, align=WD_ALIGN_PARAGRAPH.JUSTIFY, left=1.5, after=4)
                if rest:
                    rp.paragraph_format.tab_stops.add_tab_stop(Cm(4.6))
                for line in rest:
                    cp = para(doc, line, align=WD_ALIGN_PARAGRAPH.JUSTIFY, left=4.6,
                              hanging=1.0, after=4)
                rp.paragraph_format.space_after = Pt(4)
                para(doc, "", after=4)
    para(doc, CLOSING, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)

    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Health and Adult Social Care Scrutiny Committee - 14 January 2025"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3
    save_docx_deterministic(doc, path)


# ---------------------------------------------------------------------------
# The document that is not minutes: a report to an Executive Cabinet Member
# ---------------------------------------------------------------------------

COVER = [
    ("Report to:", "Executive Cabinet Member for Adult Social Care"),
    ("Date:", "3rd February 2025"),
    ("Report of:", "Director of Adult Social Services"),
    ("Report No:", "ASC/07/25"),
    ("Contact Officer:", "J. Fairbrother, Assistant Director, Commissioning and Market Development"),
    ("Tele No:", "332416"),
    ("Report Title:", "Home Care and Supported Living Fee Rates 2025/26"),
    ("Non Confidential:", "This report does not contain information which warrants its "
                          "consideration in the absence of the press or members of the public."),
    ("Purpose:", "To seek approval to the hourly rates to be paid to external providers of home "
                 "care and supported living from 7th April 2025, following engagement with "
                 "providers."),
]

RECOMMENDATIONS = [
    "approve an hourly rate of £24.10 for home care under the current framework agreement from "
    "7th April 2025;",
    "approve an hourly rate of £23.35 for supported living services from the same date;",
    "note the outcome of the engagement with providers set out at section 4 of this report; and",
    "agree that the Director of Adult Social Services, in consultation with the Executive "
    "Cabinet Member, be authorised to agree individual rates for complex packages of care.",
]

SECTIONS = [
    ("1. Introduction", [
        "1.1 The Council purchases approximately 19,800 hours of home care a week from 31 "
        "external providers, and a further 11,200 hours of supported living. The rates paid to "
        "providers are reviewed each year to take account of changes in the National Living "
        "Wage, employers' National Insurance contributions and other costs.",
        "1.2 The National Living Wage will increase from £11.44 to £12.21 an hour on 1st April "
        "2025, an increase of 6.7%. The threshold at which employers pay National Insurance will "
        "also fall from £9,100 to £5,000 a year and the rate will rise to 15%.",
    ]),
    ("2. Proposed rates", [
        "2.1 The proposed rates have been calculated using the cost of care model agreed with "
        "providers in 2022, updated for the changes above. The home care rate of £24.10 "
        "represents an increase of 7.3% on the current rate of £22.46.",
        "2.2 The proposed rate would allow providers to pay care workers at least £12.60 an hour "
        "and to pay for travel time between calls. It does not fund the Real Living Wage.",
    ]),
    ("3. Financial implications", [
        "3.1 The full year cost of the proposed increases is £2.38m, of which £1.61m is included "
        "within the draft budget for 2025/26. The balance will be met from the Market "
        "Sustainability and Improvement Fund.",
    ]),
    ("4. Engagement with providers", [
        "4.1 An engagement event was held with providers on 9th December 2024, attended by 24 "
        "organisations. The questions raised, and the responses given, are summarised below.",
    ]),
]

PROVIDER_QA = [
    ("Will the Council fund the increase in employers' National Insurance in full?",
     "The proposed rate includes the additional National Insurance costs calculated on the "
     "cost of care model."),
    ("Why is the rural zone not paid a higher rate, given the longer travel times?",
     "A rural supplement of £0.65 an hour is proposed for calls in Ladyfield and Hallbrook."),
    ("Can the rates be paid from April rather than from the first full week?",
     "Rates will apply from 7th April 2025, the start of the Council's payment cycle."),
    ("Will providers be consulted on the new specification for the recommissioned service?",
     "Yes. A draft specification will be shared in March 2025 before the tender is advertised."),
]

AFTER_QA = [
    ("5. Legal implications", [
        "5.1 The Council has a duty under the Care Act 2014 to promote an efficient and effective "
        "market for care and support and to have regard to the sustainability of that market.",
    ]),
    ("6. Equality impact", [
        "6.1 An equality impact assessment has been completed. No adverse impact has been "
        "identified for people who receive care; the increase is expected to support the "
        "recruitment and retention of care workers, the majority of whom are women.",
    ]),
]


class ReportPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Cradlebrook Council – Executive Cabinet Member Decision Report",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(3)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 8, f"Page {self.page_no()}", align="C")


def build_report(path):
    pdf = ReportPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Home Care and Supported Living Fee Rates 2025/26")
    pdf.set_author("Cradlebrook Council")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "CRADLEBROOK COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    pdf.set_font("DejaVu", "", 10)
    label_w = 42
    for label, value in COVER:
        y = pdf.get_y()
        pdf.set_font("DejaVu", "B", 10)
        pdf.multi_cell(label_w, 6, label, border="LTB", new_x="RIGHT", new_y="TOP")
        pdf.set_xy(20 + label_w, y)
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 6, value, border="RTB", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Recommendations:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5.5, "The Executive Cabinet Member is recommended to:",
                   new_x="LMARGIN", new_y="NEXT")
    for i, rec in enumerate(RECOMMENDATIONS):
        numeral = ["(i)", "(ii)", "(iii)", "(iv)"][i]
        y = pdf.get_y()
        pdf.cell(10, 5.5, numeral)
        pdf.set_xy(30, y)
        pdf.multi_cell(0, 5.5, rec, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(42, 6, "Decision:", border=1)
    pdf.cell(0, 6, "", border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(42, 6, "Background Doc(s):", border=1)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 6, "Cost of Care Exercise report, October 2022", border=1,
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    def sections(items):
        for heading, paras in items:
            pdf.set_font("DejaVu", "B", 11)
            pdf.cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", 10)
            for text in paras:
                pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            pdf.ln(1)

    sections(SECTIONS)

    pdf.set_font("DejaVu", "B", 10)
    with pdf.table(col_widths=(80, 90), line_height=5.5, text_align="LEFT") as table:
        row = table.row()
        row.cell("Question raised by providers")
        row.cell("Response")
        pdf.set_font("DejaVu", "", 10)
        for question, answer in PROVIDER_QA:
            row = table.row()
            row.cell(question)
            row.cell(answer)
    pdf.ln(5)

    sections(AFTER_QA)

    pdf.set_font("DejaVu", "", 10)
    pdf.ln(4)
    pdf.cell(0, 6, "Signed: ....................................................",
             new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Executive Cabinet Member for Adult Social Care", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Date: ..................................", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def report_gold():
    return {"document": REPORT, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def write_json(path, data):
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES)
    build_report(DOCS / REPORT)
    write_json(GOLD / (Path(MINUTES).stem + ".json"), minutes_gold())
    write_json(GOLD / (Path(REPORT).stem + ".json"), report_gold())
    print("wrote", DOCS / MINUTES, DOCS / REPORT, sep="\n  ")


def norm(text):
    text = text.lower()
    text = re.sub(r"[^\w\s]|_", "", text)
    return re.sub(r"\s+", " ", text).strip()


def docx_blocks(path):
    from docx import Document as D
    d = D(str(path))
    blocks = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                blocks.extend(p.text for p in cell.paragraphs)
    return blocks


def pdf_blocks(path):
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def html_blocks(path):
    from bs4 import BeautifulSoup
    return [BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")]


def blocks_of(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        return docx_blocks(path)
    if ext == ".pdf":
        return pdf_blocks(path)
    if ext in (".html", ".htm"):
        return html_blocks(path)
    return [path.read_text(encoding="utf-8")]


def count(phrase, text):
    return (" " + text + " ").count(" " + phrase + " ")


THEMES = {"privatisation", "subcontracting", "patient-and-public-input", "public-health",
          "finance", "governance", "integration", "workforce", "primary-care", "mental-health",
          "children-and-families", "adult-social-care", "housing"}

OUTCOMES = {"noted", "agreed", "recommended", "deferred", "rejected", "other"}
KINDS = {"question", "concern", "request", "comment"}


def check():
    ok = True
    for gold_path in sorted(GOLD.glob("my-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = DOCS / gold["document"]
        if not doc_path.exists():
            print(f"MISSING {doc_path}")
            ok = False
            continue
        blocks = [norm(b) for b in blocks_of(doc_path)]
        full = norm(" ".join(blocks))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            n = norm(phrase)
            words = len(n.split())
            hits = count(n, full)
            in_one_block = sum(count(n, b) for b in blocks)
            if hits != 1 or in_one_block != 1 or not 6 <= words <= 15:
                ok = False
                print(f"FAIL {gold['document']}: {kind} {phrase!r}: {hits} hits, "
                      f"{in_one_block} within one paragraph, {words} words")
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            bad = set(row["themes"]) - THEMES
            if bad or row.get("kind", "question") not in KINDS \
                    or row.get("outcome", "noted") not in OUTCOMES:
                ok = False
                print(f"FAIL {gold['document']}: bad slug, kind or outcome in {row}")
        items = {i["number"] for i in gold.get("items", [])}
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            if row["item"] not in items:
                ok = False
                print(f"FAIL {gold['document']}: unknown item {row['item']}")
        print(f"{gold['document']}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
