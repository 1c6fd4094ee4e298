#!/usr/bin/env python3
"""Build the "nq-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_nq.py           build documents/nq-* and gold/nq-*.json
        build_nq.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from datetime import datetime, timezone
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

MINUTES_NAME = "nq-teiseford-overview-scrutiny-2025-02-11.docx"
REPORT_NAME = "nq-teiseford-os-report-leisure-management-options-2025-02-11.pdf"

FIXED = datetime(2025, 2, 17, 9, 30, 0)
FONTS = Path("/usr/share/fonts/truetype/dejavu")

# ---------------------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------------------
# Block kinds:
#   ("min", title)               minute heading, numbered by Word (numId MIN_NUM)
#   ("p", text)                  body paragraph; "**" toggles bold
#   ("letters", [texts])         (a), (b) ... points numbered by Word, restarting
#   ("clauses", [texts])         1., 2. ... clauses numbered by Word, restarting
#   ("note", text)               italic note
#   ("link", text)               web link line

HOUSING = "Temporary Accommodation and Homelessness Prevention: Six-Month Update"
LEISURE = ("Leisure Services: Future Management Options for Teiseford Leisure Centre and "
           "Brookmead Pool")
CSP = "Community Safety Partnership Plan 2024-25: Mid-Year Review"

BLOCKS = [
    ("min", "APOLOGIES FOR ABSENCE"),
    ("p", "Apologies for absence were received from Councillors Dunmore and Lyle."),

    ("min", "NOTIFICATION OF SUBSTITUTE MEMBERS"),
    ("p", "Councillor Whitlock was present as Substitute Member for Councillor Dunmore."),

    ("min", "URGENT ITEMS"),
    ("p", "The Chairman stated that he had agreed to take the urgent update to Item 15 – "
          f"{LEISURE}, as it contained the outcome of the soft market testing exercise, which "
          "had not been available when the agenda was published."),

    ("min", "NOTIFICATION OF VISITING MEMBERS"),
    ("p", f"Councillor Ashby was present as a Visiting Member for Item 14 – {HOUSING}, in his "
          "capacity as Cabinet Member for Housing and Health."),
    ("p", f"Councillor Mrs Fenwick was present as a Visiting Member for Item 15 – {LEISURE}, "
          "in her capacity as Cabinet Member for Leisure, Arts and Culture."),
    ("p", f"Councillor Quenby was present as a Visiting Member for Item 16 – {CSP}, in his "
          "capacity as Cabinet Member for Safer and Stronger Communities."),

    ("min", "DISCLOSURES BY MEMBERS AND OFFICERS"),
    ("p", "Councillor Pattinson stated that she was a volunteer with the Teiseford Churches "
          f"Night Shelter, which was referred to in the report at Item 14 – {HOUSING}, but "
          "that this did not amount to an interest that would prevent her from taking part in "
          "the discussion."),
    ("p", "There were no other disclosures by Members or Officers."),

    ("min", "DISCLOSURES OF LOBBYING"),
    ("p", "Councillors Brindle, Cox, Garside, Mrs Hale and Tranter stated that they had been "
          f"lobbied on Item 15 – {LEISURE}."),

    ("min", "EXEMPT ITEMS"),
    ("p", "**RESOLVED:** That all items be taken in public as proposed, unless any Member of the "
          "Committee wished to discuss the information contained within Exempt Appendix 2 to "
          "Item 15, in which case the Committee would enter into closed session due to the "
          "possible disclosure of exempt information for the reasons specified, having applied "
          "the public interest test."),

    ("min", "MINUTES OF THE MEETING HELD ON 14 JANUARY 2025"),
    ("p", "**RESOLVED:** That the Minutes of the meeting held on 14 January 2025 be approved as "
          "a correct record and signed."),

    ("min", "QUESTIONS AND ANSWER SESSION FOR MEMBERS OF THE PUBLIC"),
    ("p", "**Question from Mrs Jill Penfold to the Chairman of the Overview and Scrutiny "
          "Committee**"),
    ("p", "‘The report on tonight’s agenda says that more than a thousand residents answered "
          "the Council’s leisure survey last autumn. Can the Chairman explain why the survey "
          "never asked residents whether they would prefer the leisure centre to be run by the "
          "Council itself rather than by a private company?’"),
    ("p", "The Chairman responded to the question."),
    ("p", "Mrs Penfold asked the following supplementary question:"),
    ("p", "‘Will this Committee ask the Cabinet to hold a proper public consultation on who "
          "runs our leisure centre before any new contract is signed?’"),
    ("p", "The Chairman responded to the supplementary question."),
    ("p", "The full response was recorded on the webcast and made available to view on the "
          "Teiseford Borough Council website."),
    ("p", "To access the webcast recording, please use the below link:"),
    ("link", "https://www.youtube.com/watch?v=tBC-os110225"),

    ("min", "COMMITTEE WORK PROGRAMME 2024/25"),
    ("p", "The Democratic Services Officer introduced the Committee Work Programme and reminded "
          "Members that the Cabinet Member for Planning, Infrastructure and Economic Development "
          "would attend the meeting on 11 March 2025 to answer questions on the emerging Local "
          "Plan Review."),
    ("p", "Councillor J Rowe requested that an item on damp and mould in the homes used by the "
          "Council as temporary accommodation be added to the work programme. The Democratic "
          "Services Officer confirmed that this could be scheduled for the meeting on 8 April "
          "2025, together with the annual report of the Private Sector Housing Team."),
    ("p", "Councillor Tranter asked whether the Committee could also receive a report on the "
          "performance of the waste and recycling collection contract before the end of the "
          "municipal year, given the number of missed collections reported in his ward over "
          "the Christmas period."),
    ("p", "**RESOLVED:** That the Committee Work Programme 2024/25 be noted, subject to the "
          "addition of an item on damp and mould in temporary accommodation to the meeting on "
          "8 April 2025."),

    ("min", HOUSING.upper()),
    ("p", "The Cabinet Member for Housing and Health introduced the report, which provided the "
          "Committee with a six-monthly update on the delivery of the Homelessness and Rough "
          "Sleeping Strategy 2023-28 and on the use of temporary accommodation in the period to "
          "31 December 2024. The Cabinet Member stated that demand had continued to rise, "
          "largely because of the ending of private rented sector tenancies, and that the "
          "Council was now accommodating 214 households in temporary accommodation, of which "
          "131 included children, compared with 163 households a year earlier."),
    ("p", "The Head of Housing and Community Services added that the net cost of temporary "
          "accommodation to the Council was forecast to be £2.41 million in 2024/25 against a "
          "budget of £1.65 million, and that the overspend had been reported to Cabinet as part "
          "of the Quarter 3 budget monitoring report. The acquisition programme agreed by "
          "Cabinet in July 2024 had so far delivered 17 of the planned 40 homes, all of which "
          "were let as temporary accommodation at a lower cost to the Council than nightly-paid "
          "placements, and a further nine purchases were expected to complete by the end of "
          "March."),
    ("p", "In response to a question from Councillor Pattinson on the number of families placed "
          "in bed and breakfast accommodation for longer than the six-week legal limit, the Head "
          "of Housing and Community Services stated that there had been nine such families at "
          "the end of December, compared with 23 in June 2024, and that each case was reviewed "
          "weekly by the Housing Solutions Manager. Councillor Pattinson asked that these "
          "figures be circulated to all Members every month, and the Cabinet Member for Housing "
          "and Health agreed to do so. Councillor Cox expressed concern that families were "
          "being placed in accommodation outside the borough, which meant that some children "
          "were travelling for more than an hour each way to school; the Housing Solutions "
          "Manager explained that out-of-area placements had reduced from 41 to 28 households "
          "since the summer, and that where children were in school the Council would meet the "
          "cost of their travel until a placement in the borough could be found."),
    ("p", "Councillor Kimber asked what assessment had been made of the likely impact of the "
          "Renters’ Rights Bill on the number of households approaching the Council as "
          "homeless once the Bill came into force."),
    ("p", "The Committee went on to discuss the support available to single people sleeping "
          "rough in the borough, and the following points were raised:"),
    ("letters", [
        "Members asked whether the street outreach service, which was commissioned from the "
        "voluntary sector, would continue beyond March 2025, when the current grant funding "
        "was due to end. The Head of Housing and Community Services confirmed that the Rough "
        "Sleeping Initiative grant had been extended for a further year and that the contract "
        "with Stonecross Outreach would therefore be extended to 31 March 2026;",
        "Concern was expressed that many of the people sleeping rough in the town centre had "
        "mental health or substance misuse needs that the outreach team could not meet on its "
        "own. The Housing Solutions Manager stated that a mental health nurse funded by the "
        "Integrated Care Board now worked alongside the team two days a week, and that the "
        "drug and alcohol service had agreed to hold a weekly session at the night shelter;",
        "Councillor Ollerenshaw requested a breakdown of the £2.41 million forecast cost by "
        "type of accommodation, including the amount spent on bed and breakfast and on "
        "nightly-paid self-contained units. The Head of Housing and Community Services "
        "undertook to circulate this to the Committee after the meeting; and",
        "The Committee welcomed the improvement in homelessness prevention, with 58% of "
        "households owed the prevention duty having their homelessness prevented or relieved, "
        "compared with 46% in 2023/24, and asked that its thanks be passed on to the Housing "
        "Solutions team.",
    ]),
    ("p", "**RESOLVED:** That"),
    ("clauses", [
        "The update on temporary accommodation and homelessness prevention be noted;",
        "The Cabinet Member for Housing and Health be asked to provide all Members with monthly "
        "figures on the number of families in bed and breakfast accommodation for longer than "
        "six weeks; and",
        "A further update be brought to the Committee in September 2025, to include the "
        "progress of the temporary accommodation acquisition programme.",
    ]),
    ("p", "**Voting:** Unanimous"),

    ("min", LEISURE.upper()),
    ("p", "The Cabinet Member for Leisure, Arts and Culture introduced the report, which set out "
          "the options for the management of Teiseford Leisure Centre and Brookmead Pool when "
          "the current contract with Vantage Leisure Trust ended on 31 March 2026. The options "
          "considered were Option 1, a two-year extension of the existing contract; Option 2, a "
          "new contract let through a competitive tender; Option 3, bringing the service "
          "in-house; and Option 4, the establishment of a local authority trading company. The "
          "urgent update set out the outcome of the soft market testing exercise, in which five "
          "operators had expressed an interest in the contract."),
    ("p", "The Head of Leisure and Cultural Services stated that the recommended option was "
          "Option 2, for a term of ten years with the option to extend by up to five years, and "
          "that the specification would require the operator to continue the GP exercise "
          "referral scheme and the free swimming offer for under-16s during school holidays. Mr "
          "Kieran Doyle, Partnership Manager at Vantage Leisure Trust, also attended the meeting "
          "and explained that visits to both sites had returned to pre-pandemic levels, with "
          "just over 610,000 visits in 2023/24, but that energy costs and the increase in "
          "employers’ National Insurance contributions had placed the Trust under significant "
          "financial pressure."),
    ("p", "Councillor Tranter questioned why the in-house option had been discounted, given that "
          "several councils in the region had brought their leisure services back in-house in "
          "recent years. The Head of Leisure and Cultural Services explained that running the "
          "service directly would cost the Council an estimated additional £410,000 each year, "
          "mainly because the Council could not claim the mandatory business rates relief "
          "available to a charitable trust, and because staff transferring to the Council would "
          "be entitled to join the Local Government Pension Scheme. Councillor Tranter "
          "responded that the figures took no account of the surplus that an operator would "
          "make from the contract, and that the Council would have more control over prices and "
          "opening hours if it ran the centres itself."),
    ("p", "Councillor Mrs Hale sought clarification on how residents’ views would be taken into "
          "account in drawing up the specification, noting that the survey carried out in the "
          "autumn had received 1,184 responses. The Cabinet Member for Leisure, Arts and Culture "
          "stated that the survey results had been used to draft the outcomes in the "
          "specification, and that residents and user groups would be consulted on the "
          "detailed service specification in the spring, before the tender was issued."),
    ("p", "Councillor Brindle asked Mr Doyle whether Vantage Leisure Trust intended to bid for "
          "the new contract. Mr Doyle stated that the Trust’s board had not yet taken a "
          "decision, and that it would want to see the tender documents, and in particular the "
          "proposed management fee, before doing so."),
    ("p", "Members raised concerns about the condition of Brookmead Pool, which was nearly fifty "
          "years old, and asked whether funding for its replacement had been identified. The "
          "Director of Finance and Business Improvement stated that £1.2 million had been "
          "included in the capital programme for essential works to the pool plant and roof "
          "over the next two years, but that no decision had been taken on a replacement pool, "
          "which would require a separate business case. In response to a further question from "
          "Councillor J Rowe, the Head of Leisure and Cultural Services confirmed that the staff "
          "currently employed at both sites would transfer to any new operator under TUPE, and "
          "that their existing terms and conditions would be protected."),
    ("note", "Note: Councillor Kimber left the meeting at 8.20 p.m., during consideration of "
             "this item."),
    ("p", "Councillor Tranter proposed, and Councillor Cox seconded, that the recommendation be "
          "amended so that Cabinet be recommended to carry out a full appraisal of Option 3 "
          "alongside the procurement, with the results reported to this Committee before a "
          "contract was awarded. On being put to the vote, the amendment was LOST."),
    ("p", "**Voting:** For: 3 Against: 6 Abstentions: 0"),
    ("p", "**RESOLVED to RECOMMEND to CABINET:** That"),
    ("clauses", [
        "Option 2, the procurement of a new contract for the management of Teiseford Leisure "
        "Centre and Brookmead Pool through a competitive tender, for a term of ten years with "
        "the option to extend by up to five years, be approved;",
        "Delegated authority be given to the Director of Finance and Business Improvement, in "
        "consultation with the Cabinet Member for Leisure, Arts and Culture, to finalise the "
        "service specification and the evaluation criteria; and",
        "The results of the consultation on the service specification be reported to this "
        "Committee before the invitation to tender is issued.",
    ]),
    ("p", "**Voting:** For: 6 Against: 3 Abstentions: 0"),

    ("min", CSP.upper()),
    ("p", "The Community Protection Manager introduced the report, which set out progress "
          "against the four priorities of the Teiseford Community Safety Partnership Plan "
          "2024-25: tackling anti-social behaviour, reducing violence against women and girls, "
          "protecting vulnerable people from exploitation, and reducing the harm caused by drugs "
          "and alcohol. Chief Inspector Rachel Onslow, District Commander for Teiseford, "
          "attended the meeting and gave a verbal update on policing in the borough, including "
          "the results of the summer operation in the town centre, during which reports of "
          "anti-social behaviour had fallen by 22% compared with the previous summer."),
    ("p", "Councillor Whitlock raised the issue of e-scooters and e-bikes being ridden on the "
          "pavements in the High Street and Wharf Road, and asked what enforcement action was "
          "being taken. Chief Inspector Onslow stated that 43 e-scooters had been seized in the "
          "borough since April 2024, and that the neighbourhood team would carry out a further "
          "operation in the town centre in March."),
    ("p", "In response to a question from Councillor Ollerenshaw about the rise in reported "
          "shoplifting, Chief Inspector Onslow explained that the increase partly reflected a "
          "new arrangement under which retailers in the Business Improvement District reported "
          "incidents online, and that the number of arrests for shop theft had also risen. "
          "Councillor Pattinson queried whether the Partnership was aware of young people from "
          "schools in the borough being drawn into county lines drug dealing, and what "
          "diversionary activities were available to them. The Community Protection Manager "
          "stated that the Partnership had commissioned a detached youth work project in the "
          "Sutton Marsh and Hollowfield wards, funded through the Safer Streets Fund, and that "
          "a summary of the project’s first six months would be circulated to Members."),
    ("p", "Members expressed concern that the CCTV control room was only staffed until 2.00 a.m. "
          "on Friday and Saturday nights, when the night-time economy was at its busiest. The "
          "Cabinet Member for Safer and Stronger Communities stated that the staffing hours "
          "would be reviewed as part of the 2025/26 budget, and that he would report back to the "
          "Committee."),
    ("p", "The Committee noted the mid-year review of the Community Safety Partnership Plan and "
          "thanked Chief Inspector Onslow and the Community Protection Manager for attending."),

    ("min", "DURATION OF MEETING"),
    ("p", "6.30 p.m. to 9.14 p.m."),
]

FIRST_MINUTE = 104

# Gold rows: (item, kind, text, asked_by, answer, given_by, themes)
MIN_QUESTIONS = [
    ("112", "question",
     "never asked residents whether they would prefer the leisure centre to be run",
     "Mrs Jill Penfold", None, None,
     ["privatisation", "patient-and-public-input"]),
    ("112", "question",
     "Will this Committee ask the Cabinet to hold a proper public consultation",
     "Mrs Penfold", None, None,
     ["patient-and-public-input", "subcontracting"]),
    ("113", "request",
     "an item on damp and mould in the homes used by the Council",
     "Councillor J Rowe",
     "confirmed that this could be scheduled for the meeting on 8 April 2025",
     "Democratic Services Officer",
     ["housing"]),
    ("113", "question",
     "performance of the waste and recycling collection contract before the end",
     "Councillor Tranter", None, None,
     ["subcontracting"]),
    ("114", "question",
     "the number of families placed in bed and breakfast accommodation for longer",
     "Councillor Pattinson",
     "there had been nine such families at the end of December",
     "Head of Housing and Community Services",
     ["housing", "children-and-families"]),
    ("114", "request",
     "asked that these figures be circulated to all Members every month",
     "Councillor Pattinson",
     "the Cabinet Member for Housing and Health agreed to do so",
     "Cabinet Member for Housing and Health",
     ["housing"]),
    ("114", "concern",
     "expressed concern that families were being placed in accommodation outside the borough",
     "Councillor Cox",
     "out-of-area placements had reduced from 41 to 28 households since the summer",
     "Housing Solutions Manager",
     ["housing", "children-and-families"]),
    ("114", "question",
     "what assessment had been made of the likely impact of the Renters’ Rights Bill",
     "Councillor Kimber", None, None,
     ["housing"]),
    ("114", "question",
     "Members asked whether the street outreach service, which was commissioned from the "
     "voluntary sector",
     None,
     "the Rough Sleeping Initiative grant had been extended for a further year",
     "Head of Housing and Community Services",
     ["housing", "subcontracting", "finance"]),
    ("114", "concern",
     "many of the people sleeping rough in the town centre had mental health",
     None,
     "a mental health nurse funded by the Integrated Care Board now worked alongside",
     "Housing Solutions Manager",
     ["housing", "mental-health", "public-health", "integration"]),
    ("114", "request",
     "Councillor Ollerenshaw requested a breakdown of the £2.41 million forecast cost",
     "Councillor Ollerenshaw",
     "undertook to circulate this to the Committee after the meeting",
     "Head of Housing and Community Services",
     ["housing", "finance"]),
    ("114", "comment",
     "The Committee welcomed the improvement in homelessness prevention, with 58% of households",
     None, None, None,
     ["housing"]),
    ("115", "question",
     "Councillor Tranter questioned why the in-house option had been discounted",
     "Councillor Tranter",
     "would cost the Council an estimated additional £410,000 each year",
     "Head of Leisure and Cultural Services",
     ["privatisation", "finance", "workforce"]),
    ("115", "comment",
     "the figures took no account of the surplus that an operator would make",
     "Councillor Tranter", None, None,
     ["privatisation", "finance"]),
    ("115", "question",
     "sought clarification on how residents’ views would be taken into account",
     "Councillor Mrs Hale",
     "the survey results had been used to draft the outcomes in the specification",
     "Cabinet Member for Leisure, Arts and Culture",
     ["patient-and-public-input", "subcontracting"]),
    ("115", "question",
     "asked Mr Doyle whether Vantage Leisure Trust intended to bid for the new contract",
     "Councillor Brindle",
     "the Trust’s board had not yet taken a decision",
     "Mr Doyle",
     ["subcontracting"]),
    ("115", "concern",
     "Members raised concerns about the condition of Brookmead Pool",
     None,
     "£1.2 million had been included in the capital programme for essential works",
     "Director of Finance and Business Improvement",
     ["finance"]),
    ("115", "question",
     "In response to a further question from Councillor J Rowe",
     "Councillor J Rowe",
     "would transfer to any new operator under TUPE",
     "Head of Leisure and Cultural Services",
     ["workforce", "subcontracting"]),
    ("116", "question",
     "raised the issue of e-scooters and e-bikes being ridden on the pavements",
     "Councillor Whitlock",
     "43 e-scooters had been seized in the borough since April 2024",
     "Chief Inspector Onslow",
     []),
    ("116", "question",
     "In response to a question from Councillor Ollerenshaw about the rise in reported "
     "shoplifting",
     "Councillor Ollerenshaw",
     "the increase partly reflected a new arrangement under which retailers",
     "Chief Inspector Onslow",
     []),
    ("116", "question",
     "queried whether the Partnership was aware of young people from schools",
     "Councillor Pattinson",
     "had commissioned a detached youth work project in the Sutton Marsh",
     "Community Protection Manager",
     ["children-and-families", "subcontracting"]),
    ("116", "concern",
     "Members expressed concern that the CCTV control room was only staffed",
     None,
     "the staffing hours would be reviewed as part of the 2025/26 budget",
     "Cabinet Member for Safer and Stronger Communities",
     ["workforce", "finance"]),
]

# (item, text, outcome, themes)
MIN_RESOLUTIONS = [
    ("110", "That all items be taken in public as proposed, unless any Member",
     "agreed", ["governance"]),
    ("111", "the Minutes of the meeting held on 14 January 2025 be approved",
     "agreed", []),
    ("113", "That the Committee Work Programme 2024/25 be noted, subject to the addition",
     "agreed", ["housing"]),
    ("114", "The update on temporary accommodation and homelessness prevention be noted",
     "agreed", ["housing", "finance", "children-and-families"]),
    ("115", "be recommended to carry out a full appraisal of Option 3",
     "rejected", ["privatisation"]),
    ("115", "the procurement of a new contract for the management of Teiseford Leisure Centre",
     "recommended", ["subcontracting", "privatisation", "patient-and-public-input"]),
    ("116", "The Committee noted the mid-year review of the Community Safety Partnership Plan",
     "noted", []),
]

MIN_ATTENDEES = [
    ("Councillor Garside", "Chairman", "present"),
    ("Councillor Brindle", None, "present"),
    ("Councillor Cox", None, "present"),
    ("Councillor Mrs Hale", None, "present"),
    ("Councillor Kimber", None, "present"),
    ("Councillor Ollerenshaw", None, "present"),
    ("Councillor Pattinson", None, "present"),
    ("Councillor J Rowe", None, "present"),
    ("Councillor Tranter", None, "present"),
    ("Councillor Whitlock", None, "present"),
    ("Councillor Ashby", None, "in_attendance"),
    ("Councillor Mrs Fenwick", None, "in_attendance"),
    ("Councillor Quenby", None, "in_attendance"),
    ("Councillor Dunmore", None, "apologies"),
    ("Councillor Lyle", None, "apologies"),
]


# ---------------------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------------------
MIN_NUM = 60          # numId of the minute numbering
CLAUSE_ABS = 61       # abstractNum of "1." clauses
LETTER_ABS = 62       # abstractNum of "(a)" points


def _abstract(abs_id: int, nsid: str, fmt: str, text: str, start: int, left: int,
              hanging: int, bold: bool) -> str:
    rpr = "<w:rPr><w:b/><w:bCs/></w:rPr>" if bold else "<w:rPr><w:b w:val=\"0\"/></w:rPr>"
    return (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abs_id}">'
        f'<w:nsid w:val="{nsid}"/><w:multiLevelType w:val="singleLevel"/>'
        f'<w:tmpl w:val="0809000F"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{left}"/></w:tabs>'
        f'<w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>{rpr}</w:lvl>'
        f'</w:abstractNum>'
    )


class Numbering:
    def __init__(self, doc):
        self.el = doc.part.numbering_part.element
        first_num = self.el.find(qn("w:num"))
        for xml in (
            _abstract(MIN_NUM, "5A1C3E01", "decimal", "%1.", FIRST_MINUTE, 720, 720, True),
            _abstract(CLAUSE_ABS, "5A1C3E02", "decimal", "%1.", 1, 1440, 720, False),
            _abstract(LETTER_ABS, "5A1C3E03", "lowerLetter", "(%1)", 1, 1440, 720, False),
        ):
            first_num.addprevious(parse_xml(xml))
        self.el.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{MIN_NUM}"><w:abstractNumId w:val="{MIN_NUM}"/>'
            f'</w:num>'))
        self.next_id = 70

    def restart(self, abs_id: int) -> int:
        num_id = self.next_id
        self.next_id += 1
        self.el.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abs_id}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
            f'</w:num>'))
        return num_id


def set_num(par, num_id: int) -> None:
    numpr = par._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id


def add_runs(par, text: str, italic: bool = False) -> None:
    for i, seg in enumerate(text.split("**")):
        if not seg:
            continue
        run = par.add_run(seg)
        if i % 2 == 1:
            run.bold = True
        if italic:
            run.italic = True


def fmt(par, left_cm: float = 1.27, after: int = 8, keep_next: bool = False) -> None:
    pf = par.paragraph_format
    pf.left_indent = Cm(left_cm)
    pf.space_after = Pt(after)
    pf.space_before = Pt(0)
    if keep_next:
        pf.keep_with_next = True


def add_page_field(par) -> None:
    def fld(kind):
        r = parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="{kind}"/></w:r>')
        par._p.append(r)
    fld("begin")
    par._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'))
    fld("separate")
    par._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t>1</w:t></w:r>'))
    fld("end")


def no_borders(table) -> None:
    tblpr = table._tbl.tblPr
    borders = parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{s} w:val="nil"/>' for s in
                  ("top", "left", "bottom", "right", "insideH", "insideV"))
        + '</w:tblBorders>')
    # keep the schema order of w:tblPr children
    for tag in ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption"):
        later = tblpr.find(qn(tag))
        if later is not None:
            later.addprevious(borders)
            return
    tblpr.append(borders)


def deterministic_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 17, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_minutes(path: Path) -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(12)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), "Arial")

    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = "OVERVIEW AND SCRUTINY COMMITTEE – 11 FEBRUARY 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(9)
    for footer in (sec.footer, sec.first_page_footer):
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_page_field(fp)

    numbering = Numbering(doc)

    for line, size in (("TEISEFORD BOROUGH COUNCIL", 14),
                       ("OVERVIEW AND SCRUTINY COMMITTEE", 12),
                       ("MINUTES OF THE MEETING HELD ON TUESDAY 11 FEBRUARY 2025", 12)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        r.bold = True
        r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(12)

    table = doc.add_table(rows=2, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    no_borders(table)
    rows = [
        ("Present:", "Councillor Garside (Chairman), and Councillors Brindle, Cox, Mrs Hale, "
                     "Kimber, Ollerenshaw, Pattinson, J Rowe, Tranter and Whitlock"),
        ("Also Present:", "Councillors Ashby, Mrs Fenwick and Quenby"),
    ]
    for row, (label, names) in zip(table.rows, rows):
        row.cells[0].width = Cm(3.6)
        row.cells[1].width = Cm(12.8)
        c0 = row.cells[0].paragraphs[0]
        c0.add_run(label).bold = True
        row.cells[1].paragraphs[0].add_run(names)
        for c in row.cells:
            c.paragraphs[0].paragraph_format.space_after = Pt(10)
    doc.add_paragraph()

    for kind, content in BLOCKS:
        if kind == "min":
            p = doc.add_paragraph()
            set_num(p, MIN_NUM)
            r = p.add_run(content)
            r.bold = True
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.space_after = Pt(8)
            p.paragraph_format.keep_with_next = True
        elif kind == "p":
            p = doc.add_paragraph()
            add_runs(p, content)
            fmt(p)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if content.endswith(":") or content.endswith("That"):
                p.paragraph_format.keep_with_next = True
        elif kind == "note":
            p = doc.add_paragraph()
            add_runs(p, content, italic=True)
            fmt(p)
        elif kind == "link":
            p = doc.add_paragraph()
            r = p.add_run(content)
            r.underline = True
            fmt(p)
        elif kind in ("letters", "clauses"):
            num_id = numbering.restart(LETTER_ABS if kind == "letters" else CLAUSE_ABS)
            for text in content:
                p = doc.add_paragraph()
                add_runs(p, text)
                set_num(p, num_id)
                p.paragraph_format.space_after = Pt(8)
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        else:
            raise ValueError(kind)

    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Minutes - Overview and Scrutiny Committee - 11 February 2025"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(deterministic_zip(buf.getvalue()))


# ---------------------------------------------------------------------------------------
# The report (not minutes), PDF
# ---------------------------------------------------------------------------------------
class ReportPDF(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font("DejaVu", "B", 10)
            self.set_xy(150, 8)
            self.cell(45, 7, "Agenda Item 15", border=1, align="C")
            self.ln(14)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 9)
        self.cell(0, 8, str(self.page_no()), align="C")


def build_report(path: Path) -> None:
    pdf = ReportPDF(format="A4")
    pdf.set_creation_date(datetime(2025, 1, 31, 12, 0, 0, tzinfo=timezone.utc))
    pdf.set_title("Leisure Services - Future Management Options")
    pdf.set_author("Teiseford Borough Council")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    W = pdf.w - 40

    def head(text, size=11, gap=2):
        pdf.set_font("DejaVu", "B", size)
        pdf.multi_cell(W, 6, text, align="L")
        pdf.ln(gap)

    def para(text, num=None):
        pdf.set_font("DejaVu", "", 10.5)
        if num:
            pdf.cell(14, 5.6, num)
            pdf.multi_cell(W - 14, 5.6, text, align="J")
        else:
            pdf.multi_cell(W, 5.6, text, align="J")
        pdf.ln(2.5)

    head("OVERVIEW AND SCRUTINY COMMITTEE", 12, 0)
    head("11 February 2025", 11, 5)
    head("LEISURE SERVICES: FUTURE MANAGEMENT OPTIONS FOR TEISEFORD LEISURE CENTRE AND "
         "BROOKMEAD POOL", 12, 4)

    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Timetable", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    with pdf.table(col_widths=(110, 60), text_align="LEFT", line_height=6) as t:
        for a, b in (("Meeting", "Date"),
                     ("Overview and Scrutiny Committee", "11 February 2025"),
                     ("Cabinet", "19 March 2025")):
            row = t.row()
            row.cell(a)
            row.cell(b)
    pdf.ln(4)
    with pdf.table(col_widths=(70, 100), text_align="LEFT", line_height=6,
                   first_row_as_headings=False) as t:
        for a, b in (
            ("Will this be a Key Decision?", "Yes"),
            ("Urgency", "Not Applicable"),
            ("Final Decision-Maker", "Cabinet"),
            ("Lead Head of Service", "Head of Leisure and Cultural Services"),
            ("Lead Officer and Report Author", "Leisure Contracts Manager"),
            ("Classification", "Public report with Exempt Appendix 2 – Financial Appraisal "
                               "of Options (exempt under paragraph 3 of Part 1 of Schedule 12A "
                               "to the Local Government Act 1972)"),
            ("Wards affected", "All"),
        ):
            row = t.row()
            row.cell(a)
            row.cell(b)
    pdf.ln(5)

    head("Executive Summary")
    para("The contract under which Vantage Leisure Trust manages Teiseford Leisure Centre and "
         "Brookmead Pool on the Council’s behalf ends on 31 March 2026. This report sets out "
         "four options for the future management of the two sites, the results of the "
         "residents’ leisure survey carried out between September and November 2024, and a "
         "recommended way forward. A decision is needed now so that a procurement, if one is "
         "chosen, can be completed in time for a new contract to start on 1 April 2026.")
    head("Purpose of Report")
    para("Recommendation to Cabinet")
    head("This report makes the following recommendations to this Committee:", 10.5)
    para("That the Committee considers the options set out in this report and recommends to "
         "Cabinet:", None)
    para("That Option 2, the procurement of a new leisure management contract for a term of "
         "ten years with the option to extend by up to five years, be approved.", "1.")
    para("That delegated authority be given to the Director of Finance and Business "
         "Improvement, in consultation with the Cabinet Member for Leisure, Arts and Culture, to "
         "finalise the service specification and evaluation criteria.", "2.")

    head("1. CROSS-CUTTING ISSUES AND IMPLICATIONS")
    pdf.set_font("DejaVu", "", 9.5)
    with pdf.table(col_widths=(35, 100, 35), text_align="LEFT", line_height=5) as t:
        for a, b, c in (
            ("Issue", "Implications", "Sign-off"),
            ("Impact on Corporate Priorities",
             "The recommendations support the Council’s priority of Safe, Clean and Green and "
             "the commitment to improve residents’ health and wellbeing.",
             "Head of Leisure and Cultural Services"),
            ("Risk Management", "Refer to section 5 of the report.",
             "Head of Leisure and Cultural Services"),
            ("Financial",
             "The current management fee paid to the Trust is £186,000 a year. The financial "
             "appraisal in Exempt Appendix 2 estimates that Option 3 would cost the Council an "
             "additional £410,000 a year compared with Option 2.",
             "Section 151 Officer & Finance Team"),
            ("Staffing",
             "Staff employed at both sites would transfer to any new operator, or to the "
             "Council, under the Transfer of Undertakings (Protection of Employment) "
             "Regulations 2006.",
             "Head of Leisure and Cultural Services"),
            ("Legal",
             "The procurement will be carried out under the Procurement Act 2023. Legal "
             "Services will advise on the form of contract.",
             "Team Leader (Contracts and Commissioning), Legal Services"),
            ("Equalities",
             "An Equalities Impact Assessment has been carried out and is attached at Appendix "
             "3.", "Equalities and Communities Officer"),
            ("Public Health",
             "The continuation of the GP exercise referral scheme will be a requirement of the "
             "specification.", "Public Health Officer"),
        ):
            row = t.row()
            row.cell(a)
            row.cell(b)
            row.cell(c)
    pdf.ln(5)

    head("2. INTRODUCTION AND BACKGROUND")
    para("The Council owns Teiseford Leisure Centre, which opened in 2004, and Brookmead Pool, "
         "which opened in 1976. Both sites have been managed by Vantage Leisure Trust since "
         "April 2016 under a ten-year contract, which cannot be extended beyond 31 March 2026 "
         "without a new procurement.", "2.1")
    para("In 2023/24 the two sites received just over 610,000 visits. The Trust has told the "
         "Council that rising energy costs and the increase in employers’ National Insurance "
         "contributions from April 2025 mean that it could not continue on the current terms.",
         "2.2")

    head("3. AVAILABLE OPTIONS")
    para("Option 1 – Extend the existing contract for two years. This would require a direct "
         "award, which officers consider would be open to challenge, and would only defer the "
         "decision.", "3.1")
    para("Option 2 – Procure a new contract through a competitive tender. Soft market testing "
         "in January 2025 found that five operators, including charitable trusts and private "
         "companies, would be interested in bidding.", "3.2")
    para("Option 3 – Bring the service in-house. The Council would employ the staff directly "
         "and bear all of the financial risk, and would lose the business rates relief "
         "available to a charitable operator.", "3.3")
    para("Option 4 – Establish a local authority trading company. This would take at least "
         "eighteen months to set up and would require start-up funding that is not in the "
         "Medium Term Financial Strategy.", "3.4")

    head("4. PREFERRED OPTION AND REASONS FOR RECOMMENDATIONS")
    para("Option 2 is recommended because it offers the best balance of cost, quality and "
         "risk. The Committee may wish to consider: Does the proposed contract length give "
         "enough certainty for an operator to invest in the sites? How should residents be "
         "involved in evaluating the bids?", "4.1")

    head("5. RISK")
    para("The main risks are that no affordable bids are received, or that the procurement is "
         "delayed beyond the end of the current contract. These risks are recorded on the "
         "Leisure Services risk register and will be reported to the Audit, Governance and "
         "Standards Committee.", "5.1")

    head("6. CONSULTATION RESULTS AND PREVIOUS COMMITTEE FEEDBACK")
    para("The residents’ leisure survey received 1,184 responses. Respondents were asked the "
         "following questions:", "6.1")
    for q in ("How often do you use Teiseford Leisure Centre or Brookmead Pool?",
              "How satisfied are you with the facilities and the activities on offer?",
              "What would encourage you to use the centres more often?",
              "Which opening hours matter most to you and your family?"):
        para("•  " + q, "")
    para("76% of respondents were satisfied or very satisfied with Teiseford Leisure Centre, "
         "but only 41% with Brookmead Pool. Longer opening hours for public swimming and lower "
         "prices for over-65s were the most common requests.", "6.2")

    head("7. NEXT STEPS: COMMUNICATION AND IMPLEMENTATION OF THE DECISION")
    para("The Committee’s recommendations will be reported to Cabinet on 19 March 2025. If "
         "Option 2 is agreed, the tender will be published in June 2025 and the contract "
         "awarded in November 2025.", "7.1")

    head("8. REPORT APPENDICES")
    para("Appendix 1: Summary of the Residents’ Leisure Survey 2024\n"
         "Appendix 2: Financial Appraisal of Options (Exempt)\n"
         "Appendix 3: Equalities Impact Assessment")
    head("9. BACKGROUND PAPERS")
    para("None.")

    pdf.output(str(path))


# ---------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------
def minutes_items():
    items = []
    n = FIRST_MINUTE
    for kind, content in BLOCKS:
        if kind == "min":
            items.append({"number": str(n), "title": content})
            n += 1
    return items


def gold_minutes():
    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": "Overview and Scrutiny Committee",
        "meeting_date": "2025-02-11",
        "items": minutes_items(),
        "questions": [
            {"item": i, "kind": k, "text": t, "asked_by": a, "answer": ans,
             "given_by": g, "themes": th}
            for i, k, t, a, ans, g, th in MIN_QUESTIONS
        ],
        "resolutions": [
            {"item": i, "text": t, "outcome": o, "themes": th}
            for i, t, o, th in MIN_RESOLUTIONS
        ],
        "attendees": [
            {"name": n, "role": r, "attendance": a} for n, r, a in MIN_ATTENDEES
        ],
    }


def gold_report():
    return {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------------------
def norm(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def docx_blocks(path: Path) -> list[str]:
    doc = Document(str(path))
    out = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            for cell in row.cells:
                out.extend(p.text for p in cell.paragraphs)
    return out


def pdf_text(path: Path) -> str:
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("nq-*.json")):
        gold = json.loads(gold_path.read_text())
        doc_path = DOCS / gold["document"]
        if doc_path.suffix == ".docx":
            blocks = docx_blocks(doc_path)
        elif doc_path.suffix == ".pdf":
            blocks = [pdf_text(doc_path)]
        else:
            blocks = [doc_path.read_text()]
        full = " " + norm("\n".join(blocks)) + " "
        nblocks = [" " + norm(b) + " " for b in blocks]
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for what, ph in phrases:
            n = norm(ph)
            words = len(n.split())
            count = full.count(" " + n + " ")
            inside = any(" " + n + " " in b for b in nblocks)
            ok = count == 1 and inside and 6 <= words <= 15
            if not ok:
                bad += 1
                print(f"FAIL {gold_path.name} {what}: {ph!r} count={count} "
                      f"in_one_paragraph={inside} words={words}")
        print(f"{gold_path.name}: {len(phrases)} phrases checked, "
              f"{len(blocks)} text blocks")
    if bad:
        print(f"{bad} problem(s)")
        return 1
    print("check passed")
    return 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for g in (gold_minutes(), gold_report()):
        stem = Path(g["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
