#!/usr/bin/env python3
"""Build the "oz-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_oz.py           build documents/oz-* and gold/oz-*.json
        build_oz.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "oz-weaverdale-east-scrutiny-committee-2025-01-16.txt"
REPORT_NAME = "oz-weaverdale-east-stroke-rehabilitation-scrutiny-report.docx"

FIXED = dt.datetime(2025, 1, 6, 9, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Blocks: a plain string is a paragraph (hard-wrapped as pdftotext gives it);
# ("raw", text) is kept line for line; ("list", [items]) is a bulleted list with no
# blank lines between its bullets.

WIDTH = 86
LINES_PER_PAGE = 50

HEAD = [
    ("raw", "Public Document Pack"),
    ("raw", "WEAVERDALE EAST COUNCIL"),
    ("raw", "Minutes of a meeting of the Scrutiny Committee\n"
            "held on Thursday, 16th January, 2025 in the Committee Suite 1, 2 & 3,\n"
            "Brookfields, Hollinsbank Road, Saltwich, SX11 4QT"),
    ("raw", "PRESENT"),
    ("raw", "Councillor R Ashdown-Pyke (Chair)\nCouncillor T Okereke (Vice-Chair)"),
    ("raw", "Councillors B Dunstan, H Faulconer, G Ibbotson, K Marsland, P Quayle,\n"
            "S Rimmington, D Thewlis, L Vosper and A Yardley"),
    ("raw", "OFFICERS IN ATTENDANCE"),
    ("raw", "Joanne Whitmore-Bell, Executive Director of Adults, Health and Integration\n"
            "Dr Kieran Sowerby, Director of Public Health\n"
            "Ruth Calloway, Director of Commissioning and Integration\n"
            "Nadia Pettifer, Scrutiny Officer\n"
            "Amir Latchford, Democratic Services Officer"),
    ("raw", "ALSO PRESENT"),
    ("raw", "Councillor F Brereton-Lowe, Chair of the Adults and Health Committee\n"
            "Sally Ormerod, Place Director (Weaverdale East), Weaver and Dee Integrated Care\n"
            "Board\n"
            "Dr Neil Garside, Chief Operating Officer, Mid Weaverdale Hospitals NHS Foundation\n"
            "Trust\n"
            "Yvonne Thackeray, Senior Primary Care Commissioning Manager (Dental), Weaver and\n"
            "Dee Integrated Care Board\n"
            "Carl Denholm, Associate Director of Operations, Weaver and Dee Partnership NHS\n"
            "Foundation Trust\n"
            "Lorraine Abberley, Chief Executive, Healthwatch Weaverdale East"),
]


def minute(number: str, title: str) -> list:
    return [("raw", number), ("raw", title)]


BODY = [
    *minute("38", "APOLOGIES FOR ABSENCE"),
    "Apologies for absence were received from Councillors M Cresswell and J Pimblott. "
    "Councillor G Ibbotson attended as a substitute for Councillor Cresswell.",
    "Councillor L Vosper attended the meeting virtually as a non-voting member.",

    *minute("39", "DECLARATIONS OF INTEREST"),
    "In the interests of openness, Councillor P Quayle declared that a close family member "
    "was employed in the emergency department at Warmcroft Hospital, and Councillor "
    "D Thewlis declared that he was a volunteer driver for the Saltwich Stroke Club.",

    *minute("40", "MINUTES OF PREVIOUS MEETING"),
    ("raw", "RESOLVED:"),
    "That the minutes of the meeting held on 14 November 2024 be approved as a correct "
    "record, subject to Councillor H Faulconer being added to the list of apologies.",

    *minute("41", "PUBLIC SPEAKING/OPEN SESSION"),
    "Mrs Eileen Kenworthy, a resident of Hulmewich, attended the meeting and spoke in "
    "relation to item 43, Proposed Changes to Community Stroke Rehabilitation Services. "
    "Mrs Kenworthy explained that her husband had received six weeks of rehabilitation "
    "on the Oakhurst Unit following a stroke in 2023. She expressed concern that families "
    "without a car would struggle to visit relatives if the beds were moved to Warmcroft "
    "Hospital, and asked that the committee take account of journey times by bus from the "
    "east of the borough before reaching a view.",
    "The Chair thanked Mrs Kenworthy for attending.",
    "Mr Dennis Ollerhead, Chair of the Prestonford Surgery Patient Participation Group, "
    "asked what the council was doing to improve the uptake of flu and COVID-19 "
    "vaccinations among older residents in the rural parts of the borough, where the "
    "nearest pharmacy offering vaccinations could be several miles away. The Director of "
    "Public Health responded that uptake among those aged 65 and over currently stood at "
    "71%, slightly below the national ambition of 75%, and that the council had funded "
    "a mobile vaccination clinic which had visited eleven rural villages during the "
    "autumn. He undertook to share the dates and locations of the spring clinics with the "
    "Patient Participation Group once they had been confirmed.",

    *minute("42", "WEAVERDALE EAST PLACE - WINTER PLAN AND URGENT AND EMERGENCY CARE\nPERFORMANCE"),
    "The committee received a presentation from the Place Director (Weaverdale East), "
    "Weaver and Dee Integrated Care Board (ICB), and the Chief Operating Officer, Mid "
    "Weaverdale Hospitals NHS Foundation Trust, on the delivery of the Weaverdale East "
    "Place winter plan and on performance against the urgent and emergency care "
    "standards. The presentation highlighted that:",
    ("list", [
        "performance against the four-hour standard at Warmcroft Hospital had been 68.4% "
        "in December 2024, against a national ambition of 78% by March 2025;",
        "average ambulance handover times had reduced from 52 minutes in December 2023 to "
        "38 minutes in December 2024, following the opening of a dedicated ambulance "
        "receiving area;",
        "on an average day in December there had been 74 patients in the hospital who no "
        "longer met the criteria to reside, around half of whom were waiting for a "
        "package of care or a care home placement;",
        "14 additional escalation beds had been opened on Ward 9 from 2 December 2024 and "
        "would remain open until the end of March; and",
        "the urgent community response service had received 1,912 referrals between "
        "October and December, 82% of which had been seen within two hours.",
    ]),
    "Committee members asked questions and made comments in relation to:",
    ("list", [
        "the number of patients who had been cared for on corridors at Warmcroft Hospital "
        "and the effect on their privacy and dignity;",
        "whether the escalation beds on Ward 9 were staffed by the trust's own nurses or "
        "by agency staff;",
        "the length of time that older people in rural areas were left waiting on the "
        "floor for an ambulance after a fall; and",
        "the contribution that community pharmacies could make through the Pharmacy First "
        "scheme in diverting patients away from the emergency department.",
    ]),
    "Councillor S Rimmington asked how many people had been discharged through the "
    "discharge to assess pathway since the Weaverdale Care Hub had opened in October. The "
    "Executive Director of Adults, Health and Integration explained that 311 people had "
    "been discharged through the hub, that the average time between being declared "
    "medically fit and leaving hospital had fallen from 6.2 days to 3.9 days, and that the "
    "council had block-purchased 30 short-term care home beds to support the pathway "
    "until 31 March 2025.",
    "In response to a question from Councillor B Dunstan about whether the trust expected "
    "to meet the national ambition for the four-hour standard by the end of March, the "
    "Chief Operating Officer stated that the trust's internal forecast was 73% and that "
    "reaching 78% would depend on a sustained fall in the number of patients with no "
    "criteria to reside.",
    "Councillor H Faulconer expressed concern that the trust had reported a deficit of "
    "£11.3m at month eight and asked whether any of the winter schemes were at risk of "
    "being withdrawn before the end of March. The Place Director confirmed that all of "
    "the schemes in the winter plan were funded from the ICB's urgent and emergency care "
    "allocation and would continue until 31 March 2025, although decisions on schemes "
    "beyond that date would be taken as part of the 2025/26 planning round.",
    "The Vice-Chair requested that future performance reports show the figures for "
    "Warmcroft Hospital and for the Prestonford Minor Injuries Unit separately, rather "
    "than as a single figure for the trust.",
    ("raw", "RESOLVED:"),
    "That the presentation be noted and that a further update on urgent and emergency "
    "care performance, including an evaluation of the winter plan, be provided to the "
    "committee in June 2025.",

    *minute("43", "PROPOSED CHANGES TO COMMUNITY STROKE REHABILITATION SERVICES"),
    "The committee considered a report from Weaver and Dee Integrated Care Board which "
    "set out proposals to consolidate community inpatient stroke rehabilitation, "
    "currently provided on the Oakhurst Unit at Hulmewich Community Hospital (12 beds) "
    "and on Larch Ward at Prestonford Community Hospital (10 beds), into a single 20-bed "
    "unit on the Warmcroft Hospital site, alongside an expansion of the early supported "
    "discharge service so that more patients could receive their rehabilitation at home. "
    "The committee was asked to determine whether the proposals constituted a "
    "substantial variation in the provision of health services in the borough, under "
    "the Local Authority (Public Health, Health and Wellbeing Boards and Health Scrutiny) "
    "Regulations 2013.",
    "The Place Director reported that a period of pre-engagement had taken place between "
    "September and November 2024, during which 412 responses had been received to an "
    "online survey and six drop-in sessions had been held across the borough. The issues "
    "raised most often had been travel and access for visitors, continuity of therapy and "
    "the future of the existing sites. The ICB's view was that the proposals did "
    "constitute a substantial variation and that a formal consultation of 12 weeks should "
    "begin in March 2025, subject to the view of the committee.",
    "Concerns were raised by several members about travel for patients' families and "
    "carers, particularly from the east of the borough, where a journey to Warmcroft "
    "Hospital by public transport could take more than 90 minutes and involve two changes "
    "of bus. The Place Director acknowledged that travel had been the issue raised most "
    "frequently during pre-engagement and advised that the ICB was working with the "
    "voluntary sector on a volunteer transport scheme and would publish a travel impact "
    "assessment alongside the consultation documents.",
    "Councillor A Yardley asked what evidence there was that a single, larger unit would "
    "improve outcomes for patients. The Chief Operating Officer advised that national "
    "clinical guidelines recommended that stroke rehabilitation be provided by specialist "
    "teams seeing enough patients to maintain their skills, and that neither of the "
    "existing units was able to offer therapy seven days a week because of the size of "
    "its team.",
    "Councillor H Faulconer queried whether any staff would be at risk of redundancy. It "
    "was confirmed that no redundancies were proposed and that all staff would be offered "
    "posts at Warmcroft Hospital or in the expanded early supported discharge team, with "
    "excess travel costs reimbursed for four years.",
    "Councillor D Thewlis commented that the Saltwich Stroke Club had not been made aware "
    "of the pre-engagement exercise, and asked that groups supporting stroke survivors and "
    "their carers be contacted directly during the formal consultation. The Place Director "
    "apologised for the omission and agreed that this would be done.",
    "Councillor P Quayle questioned whether a decision had in effect already been taken, "
    "given that the ICB's financial plan for 2025/26 included a saving of £640,000 from "
    "the reconfiguration. The Place Director stated that no decision had been made, and "
    "that the financial plan contained a number of schemes which remained subject to "
    "consultation and would be revised if necessary.",
    "The Chair asked what would happen to the Oakhurst Unit and to Larch Ward if the beds "
    "were moved, and whether the space would be kept for NHS use.",
    "Councillor P Quayle proposed, and Councillor A Yardley seconded, an amendment that "
    "the committee inform the ICB that it opposed the proposals in their current form. "
    "Upon being put to the vote, the amendment was lost.",
    ("raw", "RESOLVED (by majority):"),
    "That the Scrutiny Committee",
    "1. determines that the proposed changes to community stroke rehabilitation "
    "services constitute a substantial variation in the provision of health services in "
    "Weaverdale East;",
    "2. requests that Weaver and Dee Integrated Care Board undertake a formal public "
    "consultation on the proposals of not less than 12 weeks, and that groups representing "
    "stroke survivors and carers be engaged directly; and",
    "3. requests that the outcome of the consultation, together with the travel impact "
    "assessment, be reported to the committee before any decision is taken by the ICB.",

    *minute("44", "ACCESS TO NHS DENTAL SERVICES"),
    "The committee received a report from Weaver and Dee Integrated Care Board on access "
    "to NHS dental services in Weaverdale East. The Senior Primary Care Commissioning "
    "Manager (Dental) reported that there were 31 NHS dental practices in the borough, "
    "that 47% of adults had seen an NHS dentist in the previous 24 months and 58% of "
    "children in the previous 12 months, and that the ICB had commissioned 9,800 "
    "additional urgent dental appointments in 2024/25 through its dental access scheme.",
    "The Chief Executive of Healthwatch Weaverdale East reported that dentistry remained "
    "the subject most frequently raised with Healthwatch, accounting for one in five of "
    "all enquiries received in the last quarter.",
    "In response to questions from committee members, it was noted that:",
    ("list", [
        "in relation to the closure of the Bridgegate Dental Practice in Saltwich in "
        "October, around 4,200 patients had been affected and the ICB had re-procured the "
        "contract value, with a new provider expected to open in the town in the summer;",
        "with regard to children who had never been seen by a dentist, the supervised "
        "toothbrushing programme had been extended to 38 early years settings and a "
        "further 20 settings would join in 2025/26;",
        "asked why practices were handing back their NHS contracts, the Senior Primary "
        "Care Commissioning Manager explained that the national contract paid the same for "
        "one filling as for several, which made some courses of treatment uneconomic, and "
        "that reform of the contract was a matter for the Government;",
        "as to whether there was a waiting list for patients seeking an NHS dentist, "
        "patients were not registered with a dental practice in the way that they were "
        "with a GP, but the ICB's dental helpline could direct callers to practices with "
        "capacity; and",
        "Councillor L Vosper requested that information on which practices were accepting "
        "new NHS patients be made available in libraries and community hubs for residents "
        "without internet access, and the ICB agreed to provide a monthly list to the "
        "council's communications team.",
    ]),
    ("raw", "RESOLVED (unanimously):"),
    "That",
    ("raw", "1. the report be noted; and"),
    "2. the Chair write to the Secretary of State for Health and Social Care on behalf "
    "of the committee, asking that reform of the NHS dental contract be brought forward "
    "as a matter of urgency.",

    *minute("45", "MENTAL HEALTH INPATIENT CAPACITY AND OUT OF AREA PLACEMENTS"),
    "The committee considered a report from Weaver and Dee Partnership NHS Foundation "
    "Trust on adult mental health inpatient capacity and the use of out of area "
    "placements. The Associate Director of Operations reported that the trust's adult "
    "acute wards at the Brackenfield Centre had operated at an average bed occupancy of "
    "98% during 2024, that 23 people from Weaverdale East had been placed in beds outside "
    "the trust's area between April and November 2024, and that the trust aimed to end "
    "inappropriate out of area placements by the end of 2025/26 through its new crisis "
    "alternatives and the 24-hour mental health crisis line.",
    "Members sought clarification on the distance from home at which patients had been "
    "placed, and were informed that the furthest placement had been in Kent and that the "
    "average distance was 86 miles. Councillor T Okereke asked what proportion of the "
    "patients on the acute wards were clinically ready for discharge but unable to leave "
    "because suitable accommodation was not available, to which the Associate Director "
    "replied that on the day the report was written 11 patients were in that position, "
    "most of them awaiting supported accommodation. The Executive Director of Adults, "
    "Health and Integration added that the council was working with two housing "
    "associations to open a 12-unit step-down scheme in Hulmewich in the autumn. "
    "Councillor K Marsland raised the number of young people aged 18 to 25 presenting in "
    "crisis at the emergency department and asked whether arrangements for transition "
    "from CAMHS to adult services were working. The Associate Director acknowledged that "
    "transition remained a point of weakness and said that a new 16 to 25 pathway would "
    "be piloted from April 2025. Councillor B Dunstan asked whether the trust had "
    "assessed the effect of the closure of the Saltwich crisis cafe on attendances at the "
    "emergency department.",
    "The committee noted the report and thanked the Associate Director of Operations for "
    "attending.",

    *minute("46", "WORK PROGRAMME"),
    "The committee considered its work programme for the remainder of the 2024/25 "
    "municipal year. The Scrutiny Officer advised that the Community Safety Partnership "
    "annual report had been moved from March to the first meeting of 2025/26 at the "
    "request of the Partnership.",
    "Councillor S Rimmington requested that an item on the council's suicide prevention "
    "action plan be added to the work programme, in light of the increase in deaths by "
    "suicide in the borough reported by the Director of Public Health in his annual "
    "report. The Chair agreed that this would be scheduled for the March meeting.",
    ("raw", "RESOLVED:"),
    "That the work programme be approved, subject to the addition of an item on the "
    "suicide prevention action plan at the meeting on 13 March 2025.",
    ("raw", "The meeting commenced at 10.00 am and concluded at 1.14 pm"),
    ("raw", "Councillor R Ashdown-Pyke (Chair)"),
]


def block_lines(block) -> list[str]:
    if isinstance(block, tuple):
        kind, content = block
        if kind == "raw":
            return content.split("\n")
        if kind == "list":
            out: list[str] = []
            for entry in content:
                out.extend(textwrap.wrap("\u2022 " + entry, WIDTH,
                                         break_long_words=False, break_on_hyphens=False))
            return out
        raise ValueError(kind)
    return textwrap.wrap(block, WIDTH, break_long_words=False, break_on_hyphens=False)


def minutes_text() -> str:
    lines: list[str] = []
    for block in HEAD + BODY:
        if lines:
            lines.append("")
        lines.extend(block_lines(block))
    pages: list[list[str]] = []
    cur: list[str] = []
    for line in lines:
        if len(cur) >= LINES_PER_PAGE:
            pages.append(cur)
            cur = []
        if not cur and line == "":
            continue  # a page never starts with a blank line
        cur.append(line)
    if cur:
        pages.append(cur)
    out = []
    for n, page in enumerate(pages, 1):
        while page and page[-1] == "":
            page.pop()
        out.append("\n".join(page) + f"\n\nPage {n}\n\f")
    return "".join(out)


# ---------------------------------------------------------------------------
# The report (not minutes)
# ---------------------------------------------------------------------------

def build_report(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(12)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("OPEN")
    r.bold = True

    for text in ("Scrutiny Committee", "16 January 2025"):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(16)
    p = doc.add_paragraph()
    r = p.add_run("Proposed Changes to Community Stroke Rehabilitation Services \u2013 "
                  "Consideration of Substantial Variation")
    r.bold = True
    r.font.size = Pt(14)

    for label, value in (
        ("Report of: ", "Director of Governance and Compliance (Monitoring Officer)"),
        ("Report Reference No: ", "SC/19/24-25"),
        ("Ward(s) Affected: ", "All Wards"),
    ):
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(value)

    counter = [0]

    def para(text: str) -> None:
        counter[0] += 1
        doc.add_paragraph(f"{counter[0]}\t{text}")

    def heading(text: str) -> None:
        doc.add_heading(text, level=1)

    heading("Purpose of Report")
    para("This report asks the Scrutiny Committee to consider proposals from Weaver and Dee "
         "Integrated Care Board (ICB) to consolidate community inpatient stroke "
         "rehabilitation beds in Weaverdale East onto a single site, and to determine "
         "whether the proposals constitute a substantial variation in the provision of "
         "health services in the borough.")
    para("The committee's health scrutiny role supports the Corporate Plan priority of "
         "a council which empowers and cares about people.")

    heading("Executive Summary")
    para("Community inpatient stroke rehabilitation is currently provided on the Oakhurst "
         "Unit at Hulmewich Community Hospital (12 beds) and on Larch Ward at Prestonford "
         "Community Hospital (10 beds). The ICB proposes to bring these beds together in a "
         "single 20-bed unit at Warmcroft Hospital and to expand the early supported "
         "discharge service.")
    para("Under the Local Authority (Public Health, Health and Wellbeing Boards and Health "
         "Scrutiny) Regulations 2013, NHS bodies must consult the local authority on any "
         "proposal for a substantial development or variation of the health service in its "
         "area. It is for the committee to decide whether a proposal is substantial.")
    para("The ICB has written to the council stating its view that the proposals are a "
         "substantial variation and that it intends to hold a 12-week public consultation "
         "beginning in March 2025. The ICB's pre-engagement report is attached as "
         "Appendix 1.")

    heading("RECOMMENDATIONS")
    doc.add_paragraph("The Scrutiny Committee is recommended to:")
    for i, text in enumerate((
        "Determine whether the proposed changes to community stroke rehabilitation "
        "services constitute a substantial variation in the provision of health services "
        "in Weaverdale East.",
        "If the committee determines that the proposals are a substantial variation, "
        "request that the ICB undertake a formal consultation of not less than 12 weeks "
        "and report its outcome to the committee before a decision is made.",
        "Agree the committee's response to the ICB on the scope of the consultation, "
        "including the lines of enquiry set out in paragraph 9.",
    ), 1):
        doc.add_paragraph(f"{i}.\t{text}")

    heading("Background")
    para("The ICB's case for change states that neither existing unit can currently provide "
         "therapy seven days a week, that both units have carried therapy vacancies for "
         "more than a year, and that patients in Weaverdale East spend on average 41 days "
         "in a community stroke bed compared with 33 days across the ICB area.")
    para("The ICB carried out pre-engagement between September and November 2024. It "
         "received 412 responses to its online survey and held six drop-in sessions. The "
         "main themes were travel and access for visitors, continuity of therapy after "
         "discharge, and the future use of the two existing sites.")
    para("The ICB's 2025/26 financial plan includes a saving of \u00a3640,000 attributed to "
         "the reconfiguration. The ICB has advised that this figure is provisional and "
         "depends on the outcome of consultation.")

    heading("Questions the committee may wish to ask")
    para("In considering the proposals, members may wish to explore the following lines "
         "of enquiry with representatives of the ICB and of Mid Weaverdale Hospitals NHS "
         "Foundation Trust:")
    for q in (
        "What evidence is there that a single, larger unit will improve outcomes and "
        "reduce length of stay for patients?",
        "How long will journeys to Warmcroft Hospital take by public transport from the "
        "east of the borough, and what help with transport will be offered to families "
        "and carers?",
        "What will happen to the Oakhurst Unit and to Larch Ward if the beds are moved?",
        "Will any staff be at risk of redundancy, and how will staff be supported to "
        "move?",
        "How will the views of stroke survivors, carers and voluntary groups be sought "
        "during the consultation?",
        "Has any decision been taken in advance of consultation, given the saving "
        "included in the 2025/26 financial plan?",
    ):
        doc.add_paragraph(q, style="List Bullet")

    heading("Consultation and Engagement")
    para("The ICB's pre-engagement is summarised above. Healthwatch Weaverdale East has been "
         "invited to attend the meeting and comment on the feedback it has received.")

    heading("Reasons for Recommendations")
    para("The council has a statutory duty to review and scrutinise matters relating to the "
         "planning, provision and operation of the health service in its area, and to "
         "respond to NHS bodies that consult it on substantial variations.")

    heading("Other Options Considered")
    table = doc.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    for row, cells in zip(table.rows, (
        ("Option", "Impact", "Risk"),
        ("Do nothing", "The committee would not give a view on whether the proposals are "
         "a substantial variation.", "The council would not fulfil its health scrutiny "
         "role and residents' views may not be heard."),
        ("Determine that the proposals are not a substantial variation", "The ICB could "
         "proceed without formal consultation.", "Decisions affecting residents would "
         "be taken without full public consultation."),
    )):
        for cell, text in zip(row.cells, cells):
            cell.text = text

    heading("Implications and Comments")
    for title, text in (
        ("Monitoring Officer/Legal", "The committee's powers are set out in the Health and "
         "Social Care Act 2012 and the 2013 Regulations. Should the committee later "
         "consider that consultation has been inadequate, it may report to the Secretary "
         "of State in accordance with the Regulations."),
        ("Section 151 Officer/Finance", "There are no direct financial implications for "
         "the council arising from this report."),
        ("Policy", "The proposals support the aims of the Weaverdale East Joint Health and "
         "Wellbeing Strategy on reducing the time people spend in hospital."),
        ("Equality, Diversity and Inclusion", "The ICB will publish an equality impact "
         "assessment with its consultation documents."),
        ("Human Resources", "There are no direct human resources implications for the "
         "council."),
        ("Risk Management", "There are no direct risks to the council arising from this "
         "report."),
        ("Rural Communities", "Residents of rural areas in the east of the borough may "
         "face longer journeys to visit relatives."),
        ("Children and Young People including Cared for Children, care leavers and "
         "Children with special educational needs and disabilities (SEND)",
         "There are no direct implications for children and young people."),
        ("Public Health", "Stroke is a leading cause of disability in the borough. Good "
         "rehabilitation improves outcomes and independence."),
        ("Climate Change", "Longer journeys by car for visitors may increase emissions."),
    ):
        doc.add_heading(title, level=2)
        para(text)

    heading("Access to Information")
    info = doc.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    for row, (a, b) in zip(info.rows, (
        ("Contact Officer:", "Nadia Pettifer, Scrutiny Officer\n"
         "nadia.pettifer@weaverdaleeast.gov.uk"),
        ("Appendices:", "Appendix 1 \u2013 Weaver and Dee ICB: Community Stroke "
         "Rehabilitation Pre-engagement Report, December 2024"),
        ("Background Papers:", "None"),
    )):
        row.cells[0].text = a
        row.cells[1].text = b

    cp = doc.core_properties
    cp.author = "Nadia Pettifer"
    cp.last_modified_by = "Nadia Pettifer"
    cp.title = "Community Stroke Rehabilitation - Substantial Variation"
    cp.revision = 3
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)

    buf = io.BytesIO()
    doc.save(buf)
    # python-docx stamps zip members with the current time: rewrite them fixed.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info_ in src.infolist():
            zi = zipfile.ZipInfo(info_.filename, date_time=(2025, 1, 6, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info_.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def res(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Scrutiny Committee",
    "meeting_date": "2025-01-16",
    "items": [
        {"number": "38", "title": "APOLOGIES FOR ABSENCE"},
        {"number": "39", "title": "DECLARATIONS OF INTEREST"},
        {"number": "40", "title": "MINUTES OF PREVIOUS MEETING"},
        {"number": "41", "title": "PUBLIC SPEAKING/OPEN SESSION"},
        {"number": "42", "title": "WEAVERDALE EAST PLACE - WINTER PLAN AND URGENT AND "
                                  "EMERGENCY CARE PERFORMANCE"},
        {"number": "43", "title": "PROPOSED CHANGES TO COMMUNITY STROKE REHABILITATION "
                                  "SERVICES"},
        {"number": "44", "title": "ACCESS TO NHS DENTAL SERVICES"},
        {"number": "45", "title": "MENTAL HEALTH INPATIENT CAPACITY AND OUT OF AREA "
                                  "PLACEMENTS"},
        {"number": "46", "title": "WORK PROGRAMME"},
    ],
    "questions": [
        # 41 public speaking
        q("41", "concern",
          "expressed concern that families without a car would struggle to visit relatives",
          "Mrs Eileen Kenworthy", None, None, []),
        q("41", "question",
          "asked what the council was doing to improve the uptake of flu",
          "Mr Dennis Ollerhead",
          "uptake among those aged 65 and over currently stood at 71",
          "Director of Public Health", ["public-health", "primary-care"]),
        # 42 winter plan: the list of topics (no answers recorded)
        q("42", "concern",
          "the number of patients who had been cared for on corridors",
          None, None, None, []),
        q("42", "question",
          "whether the escalation beds on Ward 9 were staffed by the trust's own nurses",
          None, None, None, ["workforce"]),
        q("42", "concern",
          "older people in rural areas were left waiting on the floor for an ambulance",
          None, None, None, []),
        q("42", "comment",
          "the contribution that community pharmacies could make through the Pharmacy First scheme",
          None, None, None, ["primary-care"]),
        q("42", "question",
          "asked how many people had been discharged through the discharge to assess pathway",
          "Councillor S Rimmington",
          "the average time between being declared medically fit and leaving hospital",
          "Executive Director of Adults, Health and Integration",
          ["adult-social-care", "integration"]),
        q("42", "question",
          "whether the trust expected to meet the national ambition for the four-hour standard",
          "Councillor B Dunstan",
          "the trust's internal forecast was 73% and that reaching 78% would depend",
          "Chief Operating Officer", []),
        q("42", "concern",
          "expressed concern that the trust had reported a deficit of £11.3m at month eight",
          "Councillor H Faulconer",
          "the schemes in the winter plan were funded from the ICB's urgent",
          "Place Director", ["finance"]),
        q("42", "request",
          "requested that future performance reports show the figures for Warmcroft Hospital",
          "Vice-Chair", None, None, []),
        # 43 stroke rehabilitation
        q("43", "concern",
          "Concerns were raised by several members about travel for patients' families and carers",
          None,
          "would publish a travel impact assessment alongside the consultation documents",
          "Place Director", ["patient-and-public-input"]),
        q("43", "question",
          "asked what evidence there was that a single, larger unit would improve outcomes",
          "Councillor A Yardley",
          "neither of the existing units was able to offer therapy seven days a week",
          "Chief Operating Officer", []),
        q("43", "question",
          "queried whether any staff would be at risk of redundancy",
          "Councillor H Faulconer",
          "no redundancies were proposed and that all staff would be offered posts",
          None, ["workforce"]),
        q("43", "request",
          "asked that groups supporting stroke survivors and their carers be contacted directly",
          "Councillor D Thewlis",
          "apologised for the omission and agreed that this would be done",
          "Place Director", ["patient-and-public-input"]),
        q("43", "question",
          "questioned whether a decision had in effect already been taken",
          "Councillor P Quayle",
          "the financial plan contained a number of schemes which remained subject to consultation",
          "Place Director", ["finance", "governance"]),
        q("43", "question",
          "asked what would happen to the Oakhurst Unit and to Larch Ward",
          "Chair", None, None, []),
        # 44 dentistry ("In response to questions from committee members, it was noted that:")
        q("44", "question",
          "in relation to the closure of the Bridgegate Dental Practice in Saltwich",
          None,
          "around 4,200 patients had been affected and the ICB had re-procured the contract value",
          None, ["primary-care", "subcontracting"]),
        q("44", "question",
          "with regard to children who had never been seen by a dentist",
          None,
          "the supervised toothbrushing programme had been extended to 38 early years settings",
          None, ["primary-care", "children-and-families", "public-health"]),
        q("44", "question",
          "asked why practices were handing back their NHS contracts",
          None,
          "the national contract paid the same for one filling as for several",
          "Senior Primary Care Commissioning Manager", ["primary-care", "finance"]),
        q("44", "question",
          "whether there was a waiting list for patients seeking an NHS dentist",
          None,
          "the ICB's dental helpline could direct callers to practices with capacity",
          None, ["primary-care"]),
        q("44", "request",
          "requested that information on which practices were accepting new NHS patients",
          "Councillor L Vosper",
          "the ICB agreed to provide a monthly list to the council's communications team",
          None, ["primary-care"]),
        # 45 mental health
        q("45", "question",
          "Members sought clarification on the distance from home at which patients had been placed",
          None,
          "the furthest placement had been in Kent and that the average distance was 86 miles",
          None, ["mental-health"]),
        q("45", "question",
          "asked what proportion of the patients on the acute wards were clinically ready for discharge",
          "Councillor T Okereke",
          "on the day the report was written 11 patients were in that position",
          "Associate Director", ["mental-health", "housing"]),
        q("45", "concern",
          "raised the number of young people aged 18 to 25 presenting in crisis",
          "Councillor K Marsland",
          "transition remained a point of weakness and said that a new 16 to 25 pathway",
          "Associate Director", ["mental-health", "children-and-families"]),
        q("45", "question",
          "asked whether the trust had assessed the effect of the closure",
          "Councillor B Dunstan", None, None, ["mental-health"]),
        # 46 work programme
        q("46", "request",
          "requested that an item on the council's suicide prevention action plan be added",
          "Councillor S Rimmington",
          "The Chair agreed that this would be scheduled for the March meeting",
          "Chair", ["mental-health"]),
    ],
    "resolutions": [
        res("40", "the minutes of the meeting held on 14 November 2024 be approved",
            "agreed", []),
        res("42", "That the presentation be noted and that a further update on urgent",
            "agreed", []),
        res("43", "the committee inform the ICB that it opposed the proposals in their current form",
            "rejected", []),
        res("43", "determines that the proposed changes to community stroke rehabilitation",
            "agreed", ["governance", "patient-and-public-input"]),
        res("44", "reform of the NHS dental contract be brought forward as a matter of urgency",
            "agreed", ["primary-care"]),
        res("45", "The committee noted the report and thanked the Associate Director of Operations",
            "noted", ["mental-health"]),
        res("46", "the work programme be approved, subject to the addition of an item",
            "agreed", ["mental-health"]),
    ],
    "attendees": [
        att("Councillor R Ashdown-Pyke", "Chair", "present"),
        att("Councillor T Okereke", "Vice-Chair", "present"),
        att("Councillor B Dunstan", None, "present"),
        att("Councillor H Faulconer", None, "present"),
        att("Councillor G Ibbotson", None, "present"),
        att("Councillor K Marsland", None, "present"),
        att("Councillor P Quayle", None, "present"),
        att("Councillor S Rimmington", None, "present"),
        att("Councillor D Thewlis", None, "present"),
        att("Councillor L Vosper", None, "present"),
        att("Councillor A Yardley", None, "present"),
        att("Councillor M Cresswell", None, "apologies"),
        att("Councillor J Pimblott", None, "apologies"),
        att("Joanne Whitmore-Bell", "Executive Director of Adults, Health and Integration",
            "in_attendance"),
        att("Dr Kieran Sowerby", "Director of Public Health", "in_attendance"),
        att("Ruth Calloway", "Director of Commissioning and Integration", "in_attendance"),
        att("Nadia Pettifer", "Scrutiny Officer", "in_attendance"),
        att("Amir Latchford", "Democratic Services Officer", "in_attendance"),
        att("Councillor F Brereton-Lowe", "Chair of the Adults and Health Committee",
            "in_attendance"),
        att("Sally Ormerod",
            "Place Director (Weaverdale East), Weaver and Dee Integrated Care Board",
            "in_attendance"),
        att("Dr Neil Garside",
            "Chief Operating Officer, Mid Weaverdale Hospitals NHS Foundation Trust",
            "in_attendance"),
        att("Yvonne Thackeray",
            "Senior Primary Care Commissioning Manager (Dental), Weaver and Dee Integrated "
            "Care Board", "in_attendance"),
        att("Carl Denholm",
            "Associate Director of Operations, Weaver and Dee Partnership NHS Foundation Trust",
            "in_attendance"),
        att("Lorraine Abberley", "Chief Executive, Healthwatch Weaverdale East",
            "in_attendance"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_bytes(minutes_text().encode("utf-8"))
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def extract(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".txt":
        return path.read_text(encoding="utf-8")
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    raise ValueError(path)


def norm_delete(s: str) -> str:
    s = re.sub(r"[^\w\s]", "", s.lower())
    return " ".join(s.split())


def norm_space(s: str) -> str:
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return " ".join(s.split())


def count(phrase: str, text: str, norm) -> int:
    p, t = norm(phrase), norm(text)
    return len(re.findall(r"(?<!\w)" + re.escape(p) + r"(?!\w)", t))


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("oz-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            problems += 1
            continue
        text = extract(doc)
        if gold["doc_type"] != "minutes":
            print(f"ok   {doc.name}: {gold['doc_type']}, {len(text.split())} words")
            continue
        phrases = []
        for row in gold["questions"]:
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in gold["resolutions"]:
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            words = len(norm_delete(phrase).split())
            for norm in (norm_delete, norm_space):
                n = count(phrase, text, norm)
                if n != 1:
                    print(f"FAIL {doc.name}: {kind} found {n} times ({norm.__name__}): {phrase!r}")
                    problems += 1
            if not 6 <= words <= 15:
                print(f"FAIL {doc.name}: {kind} has {words} words: {phrase!r}")
                problems += 1
        pages = text.count("\f")
        print(f"ok   {doc.name}: {len(phrases)} phrases checked, {pages} pages, "
              f"{len(gold['items'])} items, {len(gold['questions'])} questions, "
              f"{len(gold['resolutions'])} resolutions, {len(gold['attendees'])} attendees")
    if problems:
        print(f"{problems} problem(s)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\ngold in {GOLD}")
